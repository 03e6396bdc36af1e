"""Canaries: synthetic secrets planted into the corpus before scrubbing, for the memorization audit.

Why (Carlini et al., "The Secret Sharer"): a scrubbed build should teach the model nothing about a
personal value, however often it occurs. To measure that, we plant sentences carrying random values
of PII formats (`privbert.canary_formats`), each into a known number of documents, build and train,
and let `python -m train audit` ask the model how much it prefers each true value over look-alikes.
An unscrubbed twin (`scrub.mode = "off"`) with the same canaries shows what the audit finds when
the model *has* seen them.

How they are planted: each canary sentence is inserted into `repeats` distinct, seeded-random
existing documents of its language, at a seeded-random sentence boundary. Inserting into documents
(rather than adding documents of their own) keeps the document counts and the NSP pairing of the
corpus as they were, puts the secret among ordinary text as real PII is, and keeps exact dedup from
collapsing the repeats (no two target documents are equal). Planting happens in the ingest unit,
after exact dedup and before scrubbing, on the ingested parts: one pass notes each document's
language, then only the parts holding a target are rewritten (temporary name, then rename).

With `canaries.hosts = "near_duplicates"`, a canary's repeats go instead into near-duplicate copies
of ONE host document, as templated corpora repeat a record with small edits: `repeats` documents of
its language (disjoint from every other canary's) are chosen as today, the first one's text is the
host, the canary is inserted into it once, and every chosen document's text is replaced by a copy of
that planted host with a small edit (a header line, a changed word, re-wrapped lines; copy 0 is the
planted host itself). The canary sentence is never edited, so the copies carry it verbatim and exact
dedup (which ran before) keeps them all; near-dedup (`[dedup]`) keeps one. Document counts stay as
they were, the records keep their other fields, and `canaries_planted` counts the copies.

The secrets are written to `canaries.secrets_file` (default `<build>/canaries.jsonl`): that file is
the audit's key and the only place the values are stored; the manifest gets counts only
(`canaries`, `canaries_planted`). The values are synthetic, generated from `canaries.seed`.

Did the scrubber catch them? The scrub unit runs a `CanaryTally` over each document: it finds the
planted sentences in the text it scrubs, checks whether the scrubber's findings cover every character
of each secret, and counts the findings inside canary sentences apart from the document's own PII
(so "PII found" never counts the build's own plants). Its counts travel as unit results keyed by
canary id (never by value); the build folds them into the key file (`scrubber`: caught / missed per
canary) and into the manifest's `canaries` section (`canary_section`).
"""

from __future__ import annotations

import bisect
import random
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from prep.config import CanaryConfig
from prep.pii.language import detect_language
from privbert.canary_formats import CARRIERS, ENTITY_OF, SECRETS_NAME, carrier, generate_secret
from privbert.io import write_jsonl

_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


@dataclass(frozen=True)
class Canary:
    """One canary: where it goes (kind, language, repeats) and what it carries (the secret)."""

    id: str
    kind: str
    lang: str
    repeats: int
    key: str  # the claim number in the sentence: gives each canary its own context; not secret
    template: str  # the carrier sentence with `{secret}` as the value's slot
    secret: str

    @property
    def sentence(self) -> str:
        return self.template.replace("{secret}", self.secret)


def make_canaries(cfg: CanaryConfig) -> list[Canary]:
    """Every canary of the config, in a fixed order; the same config always gives the same secrets."""
    rng = random.Random(f"canaries:{cfg.seed}")
    keys: set[str] = set()
    canaries = []
    for kind in cfg.kinds:
        for lang in cfg.languages:
            if (kind, lang) not in CARRIERS:  # a Korean-only way of writing
                continue
            for repeats in cfg.repeats:
                for i in range(cfg.per_kind):
                    key = str(rng.randint(1000, 9999))
                    while key in keys:
                        key = str(rng.randint(1000, 9999))
                    keys.add(key)
                    canaries.append(Canary(
                        id=f"{kind.lower()}-{lang}-r{repeats}-{i}", kind=kind, lang=lang, repeats=repeats,
                        key=key, template=carrier(kind, lang, key), secret=generate_secret(kind, lang, rng),
                    ))
    return canaries


def document_language(record: dict[str, Any], text_field: str, lang_field: str) -> str:
    """The record's `lang_field` when it says ko/en, else the scrubber's rule (`detect_language`)."""
    lang = record.get(lang_field)
    if lang in ("ko", "en"):
        return lang
    return detect_language(record.get(text_field) or "")


def choose_documents(doc_langs: Sequence[str], canaries: Sequence[Canary], seed: int) -> dict[int, list[int]]:
    """Document index -> indices of the canaries planted into it; each canary into `repeats` distinct
    documents of its language. Too few documents of a language is a ValueError naming the fix."""
    by_lang: dict[str, list[int]] = {}
    for index, lang in enumerate(doc_langs):
        by_lang.setdefault(lang, []).append(index)
    plan: dict[int, list[int]] = {}
    for c_index, canary in enumerate(canaries):
        pool = by_lang.get(canary.lang, [])
        if len(pool) < canary.repeats:
            raise ValueError(
                f"canary {canary.id} must go into {canary.repeats} distinct {canary.lang} documents but the corpus "
                f"has {len(pool)}; lower canaries.repeats or drop {canary.lang!r} from canaries.languages"
            )
        for doc in random.Random(f"plant:{seed}:{canary.id}").sample(pool, canary.repeats):
            plan.setdefault(doc, []).append(c_index)
    return plan


def insert_sentence(text: str, sentence: str, rng: random.Random) -> str:
    """`text` with `sentence` inserted after a seeded-random sentence end (or at the start, or the end)."""
    boundaries = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    at = rng.choice(boundaries)
    if at == 0:
        return f"{sentence} {text}" if text else sentence
    return f"{text[:at]} {sentence}{text[at:]}"


def choose_copies(doc_langs: Sequence[str], canaries: Sequence[Canary], seed: int) -> dict[int, tuple[int, int]]:
    """Document index -> (canary index, copy number) for `hosts = "near_duplicates"`: each canary gets
    `repeats` documents of its language, no document shared between canaries (each one's text becomes
    a copy of its canary's host); copy 0 is the host. Too few documents is a ValueError naming the fix."""
    by_lang: dict[str, list[int]] = {}
    for index, lang in enumerate(doc_langs):
        by_lang.setdefault(lang, []).append(index)
    pools = {lang: random.Random(f"near-dup:{seed}:{lang}").sample(docs, len(docs)) for lang, docs in by_lang.items()}
    needed = Counter()
    for canary in canaries:
        needed[canary.lang] += canary.repeats
    for lang, n in sorted(needed.items()):
        if len(pools.get(lang, [])) < n:
            raise ValueError(
                f"near-duplicate canaries need {n} distinct {lang} documents (the sum of their repeats) but the "
                f"corpus has {len(pools.get(lang, []))}; lower canaries.repeats or canaries.per_kind, or set "
                f"canaries.hosts = \"distinct\""
            )
    plan: dict[int, tuple[int, int]] = {}
    taken = Counter()
    for c_index, canary in enumerate(canaries):
        start = taken[canary.lang]
        docs = sorted(pools[canary.lang][start:start + canary.repeats])  # copy 0 (the host) first in input order
        taken[canary.lang] += canary.repeats
        for copy, doc in enumerate(docs):
            plan[doc] = (c_index, copy)
    return plan


_WORD = re.compile(r"[^\W\d_]{2,}")  # a word of letters (Hangul included), no digits or punctuation
_HEADERS = {"ko": "문서 번호 {n}", "en": "Ref. no. {n}"}


def _outside(span: tuple[int, int], start: int, end: int) -> bool:
    return end <= span[0] or start >= span[1]


def change_word(text: str, span: tuple[int, int], rng: random.Random) -> str:
    """`text` with one word outside `span` replaced by another word of the text (unchanged if none differs)."""
    words = [m for m in _WORD.finditer(text) if _outside(span, m.start(), m.end())]
    if len(words) < 2:
        return text
    target = rng.choice(words)
    others = [m.group() for m in words if m.group() != target.group()]
    if not others:
        return text
    return text[:target.start()] + rng.choice(others) + text[target.end():]


def rewrap(text: str, span: tuple[int, int], width: int) -> str:
    """`text` with spaces outside `span` turned into line breaks every ~`width` characters (a re-wrap)."""
    out, column = [], 0
    for i, ch in enumerate(text):
        if ch == " " and column >= width and not span[0] <= i < span[1]:
            out.append("\n")
            column = 0
            continue
        out.append(ch)
        column = 0 if ch == "\n" else column + 1
    return "".join(out)


def near_duplicate_copy(planted: str, sentence: str, lang: str, copy: int, rng: random.Random) -> str:
    """Copy number `copy` of a host `planted` with the canary `sentence`: copy 0 is the host itself; the
    others get one small edit in turn (a header line, a changed word, re-wrapped lines), never touching
    the sentence."""
    if copy == 0:
        return planted
    at = planted.index(sentence)
    span = (at, at + len(sentence))
    edit = copy % 3
    if edit == 1:
        return _HEADERS[lang].format(n=rng.randint(100, 999)) + "\n" + planted
    if edit == 2:
        return change_word(planted, span, rng)
    return rewrap(planted, span, width=rng.randint(30, 80))


def plant(record: dict[str, Any], sentences: Sequence[str], text_field: str, rng: random.Random) -> dict[str, Any]:
    record = dict(record)
    for sentence in sentences:
        record[text_field] = insert_sentence(record[text_field], sentence, rng)
    return record


def plant_into_parts(
    parts_dir: str | Path, n_parts: int, part_pattern: str, text_field: str, lang_field: str, cfg: CanaryConfig
) -> dict[str, int]:
    """The edge: plant every canary of `cfg` into the ingested JSONL parts; returns counts."""
    from privbert.io import read_jsonl

    canaries = make_canaries(cfg)
    paths = [Path(parts_dir) / f"{part_pattern.format(i)}.jsonl" for i in range(n_parts)]
    doc_langs, first_doc = [], []
    for path in paths:
        first_doc.append(len(doc_langs))
        doc_langs.extend(document_language(r, text_field, lang_field) for r in read_jsonl(path))
    if cfg.hosts == "near_duplicates":
        copies = choose_copies(doc_langs, canaries, cfg.seed)
        hosts = _planted_hosts(paths, first_doc, copies, canaries, text_field, cfg.seed)
        replace = {doc: near_duplicate_copy(hosts[c], canaries[c].sentence, canaries[c].lang, copy,
                                            random.Random(f"copy:{cfg.seed}:{canaries[c].id}:{copy}"))
                   for doc, (c, copy) in copies.items()}

        def rewrite(doc: int, record: dict[str, Any]) -> dict[str, Any]:
            return {**record, text_field: replace[doc]} if doc in replace else record
        targets = set(replace)
        planted = len(replace)
    else:
        plan = choose_documents(doc_langs, canaries, cfg.seed)

        def rewrite(doc: int, record: dict[str, Any]) -> dict[str, Any]:
            if doc not in plan:
                return record
            rng = random.Random(f"insert:{cfg.seed}:{doc}")
            return plant(record, [canaries[i].sentence for i in plan[doc]], text_field, rng)
        targets = set(plan)
        planted = sum(len(v) for v in plan.values())
    touched = {bisect.bisect_right(first_doc, doc) - 1 for doc in targets}
    for part, path in enumerate(paths):
        if part in touched:
            start = first_doc[part]
            write_jsonl(path, [rewrite(start + offset, r) for offset, r in enumerate(read_jsonl(path))])
    return {"canaries": len(canaries), "canaries_planted": planted}


def _planted_hosts(paths: Sequence[Path], first_doc: Sequence[int], copies: Mapping[int, tuple[int, int]],
                   canaries: Sequence[Canary], text_field: str, seed: int) -> dict[int, str]:
    """Canary index -> its host document's text with the canary inserted (read from the parts: hosts only)."""
    from privbert.io import read_jsonl

    host_of = {doc: c for doc, (c, copy) in copies.items() if copy == 0}
    parts = {bisect.bisect_right(first_doc, doc) - 1 for doc in host_of}
    hosts: dict[int, str] = {}
    for part in sorted(parts):
        for offset, record in enumerate(read_jsonl(paths[part])):
            c = host_of.get(first_doc[part] + offset)
            if c is not None:
                rng = random.Random(f"host:{seed}:{canaries[c].id}")
                hosts[c] = insert_sentence(record.get(text_field) or "", canaries[c].sentence, rng)
    return hosts


# --- did the scrubber catch them: counted per canary id in the scrub unit, folded in by the build ------

INSERTED = "canary_inserted:"  # + id: planted sentences the scrub unit found in the text it scrubbed
MISSED = "canary_missed:"  # + id: ... of which the findings left part of the secret uncovered
CANARY_PII = "canary_pii_"  # + entity: findings inside canary sentences (not the corpus's own PII)
CAUGHT, MISSED_STATUS, UNSCRUBBED, NOT_SEEN = "caught", "missed", "unscrubbed", "not seen"


class CanaryTally:
    """Finds planted canary sentences in the documents a unit scrubs and tells whether each secret was caught."""

    def __init__(self, canaries: Sequence[Canary]):
        self.canaries = [(c, c.sentence, c.template.index("{secret}"), len(c.secret)) for c in canaries]
        self.counts: Counter = Counter()

    def observe(self, text: str, findings: Iterable[Any]) -> Counter:
        """Tally `text` (as scrubbed) against its `findings` (entity, start, end); returns the entity
        counts of the findings outside canary sentences: the document's own PII."""
        findings = list(findings)
        sentences: list[tuple[int, int]] = []
        for canary, sentence, offset, length in self.canaries:
            at = text.find(sentence)
            while at != -1:
                start = at + offset
                self.counts[INSERTED + canary.id] += 1
                if not _covered(start, start + length, findings):
                    self.counts[MISSED + canary.id] += 1
                sentences.append((at, at + len(sentence)))
                at = text.find(sentence, at + 1)
        own: Counter = Counter()
        for f in findings:
            inside = any(f.start < end and f.end > start for start, end in sentences)
            (self.counts if inside else own)[(CANARY_PII if inside else "") + f.entity] += 1
        return own


def _covered(start: int, end: int, findings: Sequence[Any]) -> bool:
    """Every character of [start, end) lies in some finding's span."""
    for f in sorted(findings, key=lambda f: f.start):
        if f.start <= start < f.end:
            start = f.end
        if start >= end:
            return True
    return start >= end


def pop_canary_counts(counts: Counter) -> Counter:
    """Remove the tally's keys from a build's summed unit counts and return them (they are per canary,
    not per build: they go to the key file and the manifest's `canaries` section, not to `counts`)."""
    found = Counter({k: v for k, v in counts.items() if k.startswith((INSERTED, MISSED, CANARY_PII))})
    for key in found:
        del counts[key]
    return found


def scrubber_status(canary: Canary, tally: Mapping[str, int], scrubbed: bool) -> dict[str, Any]:
    """The key file's record of one canary: caught (every planted copy fully replaced), missed, not seen."""
    inserted, missed = tally.get(INSERTED + canary.id, 0), tally.get(MISSED + canary.id, 0)
    if not scrubbed:
        status = UNSCRUBBED
    elif not inserted:
        status = NOT_SEEN  # not found in the scrubbed text (a resumed build made before the tally)
    else:
        status = MISSED_STATUS if missed else CAUGHT
    return {"scrubber": status, "found_planted": inserted, "survived": missed}


def canary_section(canaries: Sequence[Canary], tally: Mapping[str, int], counts: Mapping[str, int],
                   scrubbed: bool) -> dict[str, Any]:
    """The manifest's `canaries` section: insertions and scrubber results per kind, counts only (no value)."""
    by_kind: dict[str, dict[str, int]] = {}
    for canary in canaries:
        row = by_kind.setdefault(canary.kind, {"canaries": 0, "insertions": 0, "caught": 0, "missed": 0})
        status = scrubber_status(canary, tally, scrubbed)["scrubber"]
        row["canaries"] += 1
        row["insertions"] += canary.repeats
        row["caught"] += status == CAUGHT
        row["missed"] += status == MISSED_STATUS
    return {
        "canaries": counts.get("canaries", len(canaries)),
        "insertions": counts.get("canaries_planted", sum(c.repeats for c in canaries)),
        "scrubbed": scrubbed,
        "caught": sum(r["caught"] for r in by_kind.values()),
        "missed": sum(r["missed"] for r in by_kind.values()),
        "missed_kinds": sorted(k for k, r in by_kind.items() if r["missed"]),
        "pii_in_canaries": {k.removeprefix(CANARY_PII): v for k, v in sorted(tally.items())
                            if k.startswith(CANARY_PII)},
        "by_kind": {k: {**by_kind[k], "entity": ENTITY_OF[k]} for k in sorted(by_kind)},
    }


def secrets_path(cfg: CanaryConfig, output_dir: str | Path) -> Path:
    return Path(cfg.secrets_file) if cfg.secrets_file else Path(output_dir) / SECRETS_NAME


def write_secrets(path: str | Path, canaries: Sequence[Canary], tally: Mapping[str, int] | None = None,
                  scrubbed: bool = True) -> Path:
    """The audit's key: one JSON object per canary, its secret included (synthetic values only); with the
    scrub unit's `tally`, each also says whether the scrubber caught it (`scrubber_status`)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_jsonl(path, ({**asdict(c), **(scrubber_status(c, tally, scrubbed) if tally is not None else {})}
                       for c in canaries))
    return path
