"""The name tagger: a compact token classifier the project trains itself: PERSON (and STREET_ADDRESS), ko + en.

Why a trained one beside the rules (`names_en`, `names_ko`): every blind set written by someone who had not
read the rules brought name shapes they had not listed, and five rounds of listing moved the next unseen set by
0.00-0.01 (docs/scrub.md, "Held-out sets"). The tagger weighs the same facts (what the name lexicons know of a
word, its form, the words around it, where its line starts; `prep.pii.tagger_features`) by what ~3,000 labeled
rows written by a dozen writers show, so a name in surroundings nobody listed still scores high.

The model: each token's hashed features summed into a 16-wide vector (an embedding bag), ReLU, a linear layer
to six classes: not a name, a whole word of a name, a name that is the first 2/3/4 characters of its word (a
Hangul name before its particle: `박서연|이랑`), a token of a street address. It is trained by
`python -m prep.pii.tagger_train` (torch, seeded, one thread: the same file byte for byte) from the committed
tuning sets, and shipped as safetensors (`data/names_tagger.safetensors`: 2^17 hashed rows in float16, 4 MB);
here it runs in numpy, on any machine, with no download.

Since round 20 a second tagger is read with it (`WIDE_MODEL_PATH`, 32 wide, 8 MB; `python -m prep.pii.tagger_train
--wide`): trained on every tuning set but three kept out to measure it, with renamed copies of the rows with a person,
it reads names in slots round 5's weights never saw, and common words there too. Each token keeps the name classes of
whichever is surer (`_surer_names`), so no name the first reads is lost; slots that hold things are no name for
either (`tagger_slots`).

On by default (`scrub.name_tagger`). Names come in company: the tagger reads the documents in which the rules
found a person, at `scrub.name_tagger_threshold` (0.7), those with other personal data at
`name_tagger_beside_threshold` (0.8, round 9); the others only where `name_tagger_alone_threshold` is
set, since on clean text with look-alikes (`Pasta Alfredo`, `an Arnold Palmer`, `Kraft Heinz`) it is too sure of
itself. Street addresses are read where the rules found any personal data (`name_tagger_address_threshold`).
These choices were made on the tuning sets, each scored by a tagger trained without it (docs/scrub.md, "The name
tagger"). Its findings add to the rules' (recall first); a text it fails on fails closed like any recognizer's.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import numpy as np
from presidio_analyzer import RecognizerResult
from safetensors import safe_open

from prep.config import ScrubConfig
from prep.pii.addresses import complete_address
from prep.pii.names_en_camel import glued_handle
from prep.pii.names_ko import is_name_tail, load_model
from prep.pii.names_ko_forms import TITLE_WORDS
from prep.pii.names_ko_kin import PERSON_WORDS
from prep.pii.names_ko_layouts import NOT_SPEAKERS
from prep.pii.names_ko_speakers import role_label, role_speakers
from prep.pii.names_ko_things import KO_THINGS
from prep.pii.tagger_features import CACHE_SIZE, HANGUL, NEIGHBOURS, Featurizer, Tokens, batch_flags, tokens
from prep.pii.tagger_slots import thing_slot
from prep.pii.tagger_words_en import english_no_name
from prep.pii.user_models import ModelRecognizer

MODEL_PATH = Path(__file__).parent / "data" / "names_tagger.safetensors"
# The second shipped tagger (round 20): 32 wide, trained on two dozen writers' sets with renamed copies
# (`tagger_train.WIDE`); read with the first, each token's name classes from the surer of the two (`_surer_names`)
WIDE_MODEL_PATH = Path(__file__).parent / "data" / "names_tagger_wide.safetensors"
# PREFIXk: a name that is the first k characters of its word: a Hangul name before its particle (`박서연|이랑`),
# now and then a Latin one before its ending (`Ravi|'s`)
CLASSES = ("O", "NAME", "PREFIX2", "PREFIX3", "PREFIX4", "ADDRESS")
NAMES = slice(1, 5)  # the name classes
ADDRESS = 5  # a token of a street address (words and numbers)
EXTENT = 0.3  # the share of a token's name probability that carries the name over one more character
ADDRESS_EXTEND = 0.3  # an address token's probability that extends a run of surer ones (`NameTagger._addresses`)
TAGGER_NAME = "NameTaggerRecognizer"  # its results' recognizer name (the scrubber ranks them last in typing)


class NameTagger:
    """`spans(text)` -> [(entity, start, end, probability)]: person names (adjacent name tokens joined) and, where
    `address_threshold` is set, street addresses.

    The embedding bag is a sum, so what a word adds to a token's hidden vector (its own features, or its
    features as the token before or after) is one vector per word and position: computed once per distinct
    word (`_rows`), a text then costs a handful of gathers."""

    def __init__(self, path: Path = MODEL_PATH, threshold: float = 0.9, address_threshold: float | None = None,
                 second: Path | None = None):
        try:
            with safe_open(str(path), framework="numpy") as f:
                meta = json.loads((f.metadata() or {}).get("tagger", "{}"))
                self.embedding = f.get_tensor("embedding").astype(np.float32)
                self.weight = f.get_tensor("weight").astype(np.float32)
                self.bias = f.get_tensor("bias").astype(np.float32)
        except FileNotFoundError:
            raise ValueError(f"{path} is missing: rebuild it with `python -m prep.pii.tagger_train` "
                             "(or set scrub.name_tagger = false)") from None
        except Exception as exc:  # noqa: BLE001 -- a corrupt or foreign file: say which and what to do
            raise ValueError(f"{path} is not a name tagger's safetensors file ({type(exc).__name__}); rebuild it "
                             "with `python -m prep.pii.tagger_train`") from None
        buckets, hidden = self.embedding.shape if self.embedding.ndim == 2 else (-1, -1)
        if (int(meta.get("buckets", -2)) != buckets or meta.get("classes") != ",".join(CLASSES)
                or self.weight.shape != (len(CLASSES), hidden) or self.bias.shape != (len(CLASSES),)):
            raise ValueError(f"{path} does not match this code's feature layout; rebuild it with "
                             "`python -m prep.pii.tagger_train`")
        self.threshold = threshold
        self.address_threshold = address_threshold
        self.second = NameTagger(second) if second is not None else None
        self.features = Featurizer(self.embedding.shape[0], cache=False)  # `_rows` is the cache here
        self.flags = self.embedding[self.features.flag_features()]  # [len(FLAGS), hidden]
        self._clear()

    def _clear(self) -> None:
        hidden = self.embedding.shape[1]
        self._rows: dict[str, int] = {}
        self._own = np.zeros((1024, hidden), dtype=np.float32)  # row 0: the edge of a text (own: unused)
        # one table per neighbour, each contiguous: `take` copies a strided table whole before it gathers
        self._near = np.zeros((len(NEIGHBOURS), 1024, hidden), dtype=np.float32)
        self._near[:, 0] = self.embedding[self.features.edge_features()]

    def _row_ids(self, words: list[str]) -> np.ndarray:
        rows = self._rows
        if len(rows) < CACHE_SIZE:  # every word known (most batches once the cache is warm): one gather, no set
            try:
                return np.fromiter(map(rows.__getitem__, words), dtype=np.int64, count=len(words))
            except KeyError:
                pass
        new = [w for w in set(words) if w not in rows]
        if len(rows) + len(new) >= CACHE_SIZE:
            self._clear()
            rows = self._rows
            new = list(set(words))
        if new:
            features = [self.features.word_features(w) for w in new]  # may raise: nothing is registered yet
            own = self._bag([own for own, _ in features])
            near = [self._bag([near[j] for _, near in features]) for j in range(len(NEIGHBOURS))]
            first = len(rows) + 1
            need = first + len(new)
            if need > len(self._own):
                size = max(need, 2 * len(self._own))
                self._own = np.resize(self._own, (size, self._own.shape[1]))
                grown = np.zeros((len(NEIGHBOURS), size, self._near.shape[2]), dtype=np.float32)
                grown[:, :self._near.shape[1]] = self._near
                self._near = grown
            at = slice(first, need)
            self._own[at] = own
            for j, vectors in enumerate(near):
                self._near[j, at] = vectors
            rows.update((w, first + k) for k, w in enumerate(new))  # last: a word is cached whole or not at all
        return np.fromiter(map(rows.__getitem__, words), dtype=np.int64, count=len(words))

    def _bag(self, lists: list[list[int]]) -> np.ndarray:
        """The sum of the embedding rows of each list (none is empty)."""
        flat = np.fromiter((i for ids in lists for i in ids), dtype=np.int64)
        starts = np.cumsum([0] + [len(ids) for ids in lists[:-1]])
        return np.add.reduceat(self.embedding[flat], starts, axis=0)

    def probabilities(self, docs: list[Tokens]) -> list[np.ndarray]:
        """Class probabilities of each document's tokens (one row per token), the documents in one pass."""
        p, ends = self._probabilities(docs)
        return np.split(p, ends[:-1])

    def _probabilities(self, docs: list[Tokens], batch: _Batch | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The probabilities of every token of the batch, one row each, and where each document's rows end.
        `batch`: the documents' words, line flags and places, where the first tagger has laid them out already."""
        batch = batch if batch is not None else _Batch(docs)
        ids = self._row_ids(batch.words)
        # `take` gathers rows ~2-3x faster than fancy indexing, the same rows
        hidden = self._own.take(ids, axis=0) + batch.marks @ self.flags
        padded = np.zeros(batch.padded_size, dtype=np.int64)
        padded[batch.where] = ids
        for j, places in enumerate(batch.neighbours):
            hidden += self._near[j].take(padded.take(places), axis=0)
        logits = np.maximum(hidden, 0.0) @ self.weight.T + self.bias
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        if self.second is not None:
            p = _surer_names(p, self.second._probabilities(docs, batch)[0])
        return p, batch.ends

    def spans(self, text: str) -> list[tuple[str, int, int, float]]:
        return self.spans_batch([text])[0]

    def spans_batch(self, texts: list[str]) -> list[list[tuple[str, int, int, float]]]:
        """(entity, start, end, probability) of the PERSON and STREET_ADDRESS spans of each text."""
        docs = [tokens(text) for text in texts]
        nonempty = [k for k, toks in enumerate(docs) if len(toks)]
        out: list[list[tuple[str, int, int, float]]] = [[] for _ in texts]
        if nonempty:
            p, ends = self._probabilities([docs[k] for k in nonempty])
            name = p[:, NAMES].sum(axis=1)  # each row's sum, as per document
            starts = (ends - [len(docs[k]) for k in nonempty]).tolist()
            # the tokens over each threshold, found once for the batch, then cut per document
            hot = np.flatnonzero(name >= self.threshold)
            names = _per_document(hot, starts, ends)
            reach = iter(_name_reach(p[hot, NAMES], name[hot]))  # in the order of `names`' rows
            addresses = names if self.address_threshold is None else _per_document(
                np.flatnonzero(p[:, ADDRESS] >= min(ADDRESS_EXTEND, self.address_threshold)), starts, ends)
            for j, (k, start, end) in enumerate(zip(nonempty, starts, ends.tolist(), strict=True)):
                out[k] = self._names(texts[k], docs[k], name[start:end], names[j], [next(reach) for _ in names[j]]) \
                    + self._addresses(texts[k], docs[k], p[start:end], addresses[j])
        return out

    def _names(self, text: str, toks: Tokens, name: np.ndarray, hot: list[int], reach: list[int]
               ) -> list[tuple[str, int, int, float]]:
        """`name`: each token's probability of a name class (`p[:, NAMES].sum(axis=1)`); `hot`: the tokens where
        it reaches `threshold`, in order; `reach`: theirs by `_name_reach`."""
        flagged = [(i, r) for i, r in zip(hot, reach, strict=True) if toks.words[i][0].isalpha()]
        picked = {i for i, _ in flagged}
        out: list[list] = []
        for i, r in flagged:
            word, start = toks.words[i], toks.starts[i]
            if len(word) == 1 and HANGUL.match(word) and i - 1 not in picked and i + 1 not in picked:
                continue  # one syllable alone is a name only written apart with the rest (`홍 하 린`)
            end = start + _name_length(word, r)
            if end - start == 1 and text[end:end + 1] == ".":
                end += 1  # an initial's period (`A.`)
            gap = text[out[-1][1]:start] if out else "\n"
            if out and (gap == "" or gap.strip(" .-") == "" and "\n" not in gap and len(gap) <= 2):
                out[-1][1] = end
                out[-1][2] = max(out[-1][2], float(name[i]))
            else:
                out.append([start, end, float(name[i])])
        return [("PERSON", start, end, score) for start, end, score in out]

    def _addresses(self, text: str, toks: Tokens, p: np.ndarray, hot: list[int]) -> list[tuple[str, int, int, float]]:
        """Runs of address tokens (words and numbers), joined across `, - # / ( )` and line breaks: tokens from
        `ADDRESS_EXTEND` on make a run, and a run with one token at `address_threshold` is an address (the street
        number and type beside a sure street name: `52 dunmore st`). `hot`: the tokens from `ADDRESS_EXTEND` on."""
        if self.address_threshold is None:
            return []
        out: list[list] = []
        for i in hot:
            if not toks.words[i][0].isalnum():
                continue
            start, end = toks.starts[i], toks.ends[i]
            gap = text[out[-1][1]:start] if out else "x"
            if out and len(gap) <= 3 and not any(ch.isalnum() for ch in gap):
                out[-1][1] = end
                out[-1][2] = max(out[-1][2], float(p[i, ADDRESS]))
            else:
                out.append([start, end, float(p[i, ADDRESS])])
        return [("STREET_ADDRESS", start, end, score) for start, end, score in out
                if end - start > 3 and score >= self.address_threshold]


class _Batch:
    """What the tagger reads of a batch of documents whatever its weights, laid out once for both shipped taggers:
    the words, the line flags (`batch_flags`), and each token's place between its document's edge rows, and its
    neighbours' places (`NEIGHBOURS`): each document between two edge rows (0) on either side, so no token reads
    another document's words."""

    def __init__(self, docs: list[Tokens]):
        sizes = [len(toks) for toks in docs]
        self.words = [w for toks in docs for w in toks.words]
        self.marks = batch_flags(docs)
        self.ends = np.cumsum(sizes)
        doc = np.repeat(np.arange(len(sizes)), sizes)
        self.where = np.arange(len(self.words)) + 2 + 2 * doc  # each token's place in the padded row ids
        self.padded_size = len(self.words) + 2 * len(sizes) + 2
        self.neighbours = [self.where + d for d in NEIGHBOURS]


def _surer_names(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """`p` with each token's name classes taken from `q` where `q` is surer of a name (recall first: a name either
    tagger reads stays; addresses and "no name" are `p`'s)."""
    take = q[:, NAMES].sum(axis=1) > p[:, NAMES].sum(axis=1)
    p[take, NAMES] = q[take, NAMES]
    return p


def _per_document(rows: np.ndarray, starts: list[int], ends: np.ndarray) -> list[list[int]]:
    """Sorted rows of a batch, per document (`starts`, `ends`: each document's rows), as the document's own indices."""
    rows_list, out, at = rows.tolist(), [], 0
    for start, cut in zip(starts, np.searchsorted(rows, ends).tolist(), strict=True):
        out.append([r - start for r in rows_list[at:cut]])
        at = cut
    return out


def _name_reach(names: np.ndarray, total: np.ndarray) -> list[int]:
    """How far a name may reach in each word, from the name classes' probabilities [NAME, PREFIX2..4] of its
    token (rows of `names`) and their sum (`total`): as far as a character that the name carries with at least
    `EXTENT` of that mass (recall first: `정하은|이` over `정하|은이`, where the two readings are close, and no
    syllable of a name left behind). 2: two characters; 3, 4: that many; 5: the whole word (`_name_length`).

    One pass over a batch's flagged tokens instead of a loop per token, in the same float32 arithmetic: NAME
    plus the PREFIXj with j >= k reaches character k (PREFIX3 + PREFIX4 for the third, PREFIX4 for the fourth,
    NAME alone after it), compared with `EXTENT * total` rounded to float32, as numpy compares a float32 with a
    Python float."""
    limit = (EXTENT * total.astype(np.float64)).astype(np.float32)
    first = names[:, 0]
    third = ~(first + (names[:, 2] + names[:, 3]) < limit)
    fourth = ~(first + names[:, 3] < limit)
    further = ~(first < limit)
    return np.where(third, np.where(fourth, np.where(further, 5, 4), 3), 2).tolist()


def _name_length(word: str, reach: int) -> int:
    """How much of `word` the name takes, by its `_name_reach` (a word of one or two characters: all of it)."""
    return len(word) if reach == 5 or len(word) < 3 else min(reach, len(word))


@functools.cache
def load_tagger(path: str, threshold: float, address_threshold: float | None = None) -> NameTagger:
    """A tagger's weights (empty path: the two shipped ones, read together), loaded once per process (and
    thresholds)."""
    if path:
        return NameTagger(Path(path), threshold, address_threshold)
    return NameTagger(MODEL_PATH, threshold, address_threshold, second=WIDE_MODEL_PATH)


class NameTaggerRecognizer(ModelRecognizer):
    """PERSON (and STREET_ADDRESS) by the tagger (on by default: `scrub.name_tagger`), for every language: it reads
    both scripts. `found` (what the rules found in each text) decides what it reads: names at `threshold` where the
    rules found a person, at `beside_threshold` where they found other personal data only (a rule's false name no
    longer decides whether the tagger reads a letter's real one), at `alone_threshold` elsewhere and in a text
    analyzed on its own (None: not there);
    addresses at `address_threshold` (None: never) where the rules found any personal data, and only those that
    touch nothing the rules found (their spans have the better bounds: `[IBAN_CODE]로 송금` keeps its particle)."""

    def __init__(self, tagger: NameTagger, language: str, threshold: float, alone_threshold: float | None,
                 address_threshold: float | None = None, entities: tuple[str, ...] = ("PERSON",),
                 beside_threshold: float | None = None):
        self.tagger = tagger
        self.threshold = threshold
        self.beside_threshold = beside_threshold
        self.alone_threshold = alone_threshold
        self.address_threshold = address_threshold if "STREET_ADDRESS" in entities else None
        super().__init__(supported_entities=sorted(entities), name=TAGGER_NAME, supported_language=language)

    def analyze_texts(self, texts: list[str], found: list[list[RecognizerResult]] | None = None
                      ) -> list[list[RecognizerResult]]:
        seen = [{r.entity_type for r in found[k]} if found is not None else set() for k in range(len(texts))]
        role_spans: dict[int, tuple] = {}  # each text's role labels, read once for the bar and for the spans
        for k, text in enumerate(texts):  # round 23's review: people speak beside the role speakers the rules drop
            if "PERSON" not in seen[k] and "[" in text:
                role_spans[k] = _role_spans(text)
                if _people_beside_roles(text, role_spans[k]):
                    seen[k].add("PERSON")
        names = [self.threshold if "PERSON" in types else self.beside_threshold if types and self.beside_threshold
                 is not None else self.alone_threshold for types in seen]
        addresses = [self.address_threshold if types else None for types in seen]
        read = [k for k in range(len(texts)) if names[k] is not None or addresses[k] is not None]
        out: list[list[RecognizerResult]] = [[] for _ in texts]
        for k, spans in zip(read, self.tagger.spans_batch([texts[k] for k in read]), strict=True):
            before = found[k] if found is not None else []
            people = [(r.start, r.end) for r in before if r.entity_type == "PERSON"]
            roles = role_spans[k] if k in role_spans else _role_spans(texts[k])
            wanted = {"PERSON": names[k], "STREET_ADDRESS": addresses[k]}
            out[k] = [self._result(entity, start, _particle_out(texts[k], start, end, people), score)
                      if entity == "PERSON" else self._result(entity, *complete_address(texts[k], start, end), score)
                      for entity, start, end, score in spans
                      if wanted[entity] is not None and score >= wanted[entity] and entity in self.supported_entities
                      and (entity == "PERSON" and not _PLACE_TYPE_AFTER.match(texts[k], end)
                           and not _no_name_word(texts[k][start:end]) and not glued_handle(texts[k][start:end])
                           and not _role(texts[k], start, end, roles)
                           and not english_no_name(texts[k], start, end)
                           and not thing_slot(texts[k], start, end)
                           or entity != "PERSON" and not any(r.start < end and start < r.end for r in before)
                           and not _numbered_record(texts[k], start, end))]
        return out


# Korean titles, ranks and kin words are no name alone, whatever the tagger reads into the slot before their
# particle (`후배가 술 사줬어`, `조카가 벌써`, `팀장님은`: round 19's review of weights retrained with renamed copies,
# which read `X가 ... 늦는대` as a name's slot; for any weights, a user's own too): a PERSON span of the tagger that
# is one of them is dropped.
KO_ROLE_WORDS = TITLE_WORDS | PERSON_WORDS | frozenset("어머니 아버지 외삼촌 숙모 사촌 장모 장인 시어머니 시아버지"
                                                        " 남성 여성 남자 여자".split())  # sexes: `1985.03.15생 남성`
# ... and brands and goods named like people (`names_ko_things`), and what heads a chat's line as no one's name (`처제`,
# `조리원`, `회원`; round 21)
_NO_NAME_WORDS = KO_ROLE_WORDS | KO_THINGS | NOT_SPEAKERS
# Pronouns, alone or with a particle glued on: `ㄹㅇ? 누구랑` in a chat (round 21). Only these are read with their
# particle: a name may end in one (`권사랑`, `나은`), a pronoun never takes a name's place.
_PRONOUNS = frozenset("누구 아무 다들 저희 너희 걔네 쟤네 얘네".split())
_PARTICLE_AFTER = re.compile(r"(?:이랑|랑|한테|에게|이가|가|는|도|야)\Z")


# A chat message's verb or word, where the tagger reads the slot after a found speaker as a name's (`<동희> 도착하면
# 연락줘`, `애들 재웠어`, `ㅇㅋ 확인`; round 21's review): an ending no given name has, or a word of a message.
# (A past tense's `ㅆ` before the last syllable, `재웠어`, `탔음`: no given name has a syllable that ends in `ㅆ`; not
# the copula's `였`, `었`, which follows a name: `범인은 민재였어`, `지훈이었어`.)
_VERB_END = re.compile(r"(?:줘|봐|지마|할게|[았갔왔탔났겠됐웠랐렸셨졌켰쳤봤줬했썼있][어음다])\Z")
_MESSAGE_WORDS = frozenset("확인 도착 출발 퇴근 출근 아니 정모 번개 ㅇㅋ 오키 넵 네네".split())


def _role_spans(text: str) -> tuple:
    """(model, spans): the spans of `text`'s chat labels that the Korean rules read as a role, a group's member or a
    handle (`[동창]` among roles; `prep.pii.names_ko_speakers`, round 23)."""
    model = load_model()
    return model, role_speakers(model, text) if HANGUL.search(text) else set()


# A bracketed chat speaker before its time (`[김 하늘] [오후 7:01]`, `[🍀은혜] [오후 7:01]`, `[지수 (3반)]`): any label,
# not only those `names_ko_speakers` reads (Hangul and digits only); a time in brackets (a colon) is no speaker.
_ANY_SPEAKER = re.compile(r"(?m)^\[(?P<v>[^\]\n:]{1,20})\][ ]?\[")
_LABEL_HANGUL = re.compile(r"[가-힣]+(?:[ ][가-힣]+)?")  # `김 하늘`, `지수` of `지수 (3반)`, `은혜` of `🍀은혜`


def _people_beside_roles(text: str, role_spans: tuple) -> bool:
    """Does a chat whose role speakers the rules dropped (`[팬]`, `[권사님]`) have a speaker whose label is a name's
    shape (`_name_shaped_label`)? Then the tagger reads it at the person bar, as it did when the rules took the roles
    for people (round 23's review: `[김 하늘]` beside `[팬]`). `role_spans`: `_role_spans(text)`."""
    model, roles = role_spans
    return bool(roles) and any(_name_shaped_label(model, m["v"]) for m in _ANY_SPEAKER.finditer(text))


def _name_shaped_label(model, label: str) -> bool:
    """A speaker's label whose Hangul is a given name seen 5 times or more, or a surname and one (`김 하늘`, `🍀은혜`,
    `하늘 🌸`), and no role."""
    run = _LABEL_HANGUL.search(label)
    hangul = run.group().replace(" ", "") if run else ""
    given = hangul[1:] if len(hangul) == 3 and hangul[0] in model.surnames else hangul
    return model.given_names.get(given, 0) >= 5 and not role_label(model, hangul)


def _role(text: str, start: int, end: int, roles: tuple) -> bool:
    """Is the tagger's span a chat label read as a role, or a sure role, member or handle anywhere (`운영진한테`)?"""
    return (start, end) in roles[1] or role_label(roles[0], text[start:end])


def _no_name_word(span: str) -> bool:
    """Is the tagger's span one of `_NO_NAME_WORDS`, a pronoun with or without its particle (`누구랑`), or a message's
    verb or word (`연락줘`, `재웠어`, `도착`)?"""
    return span in _NO_NAME_WORDS or _PARTICLE_AFTER.sub("", span) in _PRONOUNS or span in _MESSAGE_WORDS \
        or _VERB_END.search(span) is not None


# A street's or a place's type right after a name: the name is the place's (`Dolores St`, `Mission Dolores Park`)
_PLACE_TYPE_AFTER = re.compile(
    r"[ ](?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Park|Square|Sq|Lane|Ln|Way|Plaza|Bridge|Station|Terrace"
    r"|Highway|Hwy|Parkway|Pkwy)\b")


# A record's number that ends like a unit's (`공고 제2024-512호`, `허가번호: 제2024-대기-031호`) and a coma score shaped
# like a Canadian postcode (`GCS E3V4M6`): no street address, whatever the tagger reads there.
_DOCUMENT_NUMBER = re.compile(r"제[ ]?\d{2,4}(?:-[0-9A-Za-z가-힣]{1,6}){1,3}호")
_COMA_SCORE = re.compile(r"E[1-4]V[1-5T]M[1-6]")
_COMA_CUE = re.compile(r"GCS|Glasgow|혼수")


def _numbered_record(text: str, start: int, end: int) -> bool:
    """Is a tagger address `text[start:end]` inside a record's number or a coma score (round 12)?"""
    if text[end - 1:end] == "호" and "제" in text[max(0, start - 24):start]:
        return any(m.start() <= start and end <= m.end() for m in _DOCUMENT_NUMBER.finditer(text, max(0, start - 24),
                                                                                          min(len(text), end + 1)))
    return _COMA_SCORE.fullmatch(text, start, end) is not None and _COMA_CUE.search(
        text, max(0, start - 40), start) is not None


def _particle_out(text: str, start: int, end: int, people: list[tuple[int, int]]) -> int:
    """The end of a tagger span, short of the particle after a name the rules found in the same word
    (`장훈의`: the rules end at `장훈`, and the particle stays, as in every other finding)."""
    for a, b in people:
        if a <= start < b < end and " " not in text[b:end] and is_name_tail(text[b:end]):
            return b
    return end


def tagger_recognizers(cfg: ScrubConfig, entities) -> dict[str, list[ModelRecognizer]]:
    """Per language in `scrub.languages`, the tagger's recognizer where `scrub.name_tagger` is on."""
    wanted = tuple(e for e in ("PERSON", "STREET_ADDRESS") if e in set(entities))
    if not cfg.name_tagger or "PERSON" not in wanted:
        return {lang: [] for lang in cfg.languages}
    low, alone, address = cfg.name_tagger_threshold, cfg.name_tagger_alone_threshold, cfg.name_tagger_address_threshold
    beside = cfg.name_tagger_beside_threshold
    address = address if "STREET_ADDRESS" in wanted else None
    tagger = load_tagger(cfg.name_tagger_file, min(t for t in (low, alone, beside) if t is not None), address)
    return {lang: [NameTaggerRecognizer(tagger, lang, low, alone, address, wanted, beside)] for lang in cfg.languages}


def tagger_weights(cfg: ScrubConfig) -> dict[str, str]:
    """For the manifest: the tagger's weights file (`shipped` or the configured path) and its sha256; {} where the
    scrub runs no tagger (`scrub.name_tagger` off, or PERSON not among `scrub.entities`)."""
    from privbert.build_format import sha256_file

    if not cfg.name_tagger or cfg.entities and "PERSON" not in cfg.entities:
        return {}
    if cfg.name_tagger_file:
        return {"file": cfg.name_tagger_file, "sha256": sha256_file(cfg.name_tagger_file)}
    return {"file": "shipped", "sha256": sha256_file(str(MODEL_PATH)), "wide_sha256": sha256_file(str(WIDE_MODEL_PATH))}
