"""`python -m prep leak-check BUILD`: what a reviewer looks at before signing a build off.

Three looks at a finished build, each printed as counts only (a value reaches the terminal only with
`--show`, for the operator):

1. the vocabulary: pieces shaped like personal data, by kind. `ko_name`: a whole-word piece of three
   Hangul syllables starting with a common surname that the Korean analyzer reads as a proper noun or
   does not know (kiwipiepy: an NNP tag, or a noun scored below `OOV_SCORE`); `phone`: a piece of
   digits shaped like a Korean mobile number; `long_digits`: six or more digits; `email`: a piece
   holding `@` (BERT's pre-tokenizer splits at punctuation, so this one is rare by construction).
2. a second, slower detector on a seeded sample of scrubbed sentences (the build's split text under
   `work/split/`, else decoded from the shards): Korean names by the analyzer (same rule as above),
   English names as a capitalized first name + last name pair of the US census name lists (the
   `names` package), phone numbers with spaces, dots or `ㅡ`, e-mail addresses. Counted by reason.
3. `--known FILE` (one identifier a line: customers, employees, sponsors): how many still occur in
   the split text, in the vocabulary (each word of it one whole piece), in the decoded shards.

Thresholds (`--max-known-hits`, `--max-flagged-share`, `--max-vocab-names`) make it exit 1 with a
`LEAK CHECK FAILED` line, so a pipeline can gate on it. The counts go to `BUILD/leak_check.json`,
which `prep/summary.py` and `train/report.py` show. The core functions are pure; `run` is the edge.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from prep.units import SPLIT_DIR, WORK_DIR
from privbert.build_format import TOKENIZER_DIR, TOKENIZER_HASHED_FILE, read_manifest
from privbert.fake_pii import KO_SURNAMES
from privbert.io import write_json_atomic

RESULT_NAME = "leak_check.json"
OOV_SCORE = -18.0  # kiwipiepy scores a noun it does not know (a made-up name) well below its dictionary words
PLACEHOLDER = re.compile(r"\[[A-Z_]+\]")
HANGUL = re.compile(r"^[가-힣]+$")
PHONE_PIECE = re.compile(r"^01[016-9]\d{7,8}$")
LONG_DIGITS = re.compile(r"^\d{6,}$")
PHONE_TEXT = re.compile(r"(?<!\d)(?:01[016-9]|\d{3})[ .ㅡ-]\d{3,4}[ .ㅡ-]\d{4}(?!\d)")
EMAIL_TEXT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
EN_PAIR = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b")
VOCAB_KINDS = ("ko_name", "phone", "long_digits", "email")
SENTENCE_REASONS = ("ko_name", "en_name", "phone", "email")


# --- detectors (pure but for the lazily loaded analyzer and lexicon) ---------------------------------


@cache
def kiwi():
    """The Korean analyzer, or None when kiwipiepy is not installed (`pip install '.[leak]'`)."""
    try:
        from kiwipiepy import Kiwi
    except ImportError:
        return None
    return Kiwi()


@cache
def en_names() -> tuple[frozenset[str], frozenset[str]] | None:
    """(first names, last names) of the US census lists the `names` package ships, or None without it."""
    try:
        from importlib.resources import files

        folder = files("names")
        first = {line.split()[0].capitalize() for f in ("dist.male.first", "dist.female.first")
                 for line in folder.joinpath(f).read_text().splitlines() if line.strip()}
        last = [line.split()[0].capitalize() for line in folder.joinpath("dist.all.last").read_text().splitlines()
                if line.strip()]
    except (ImportError, ModuleNotFoundError, FileNotFoundError):
        return None
    return frozenset(first), frozenset(last[:20000])  # the rarest last names are mostly ordinary words


def ko_name_runs(tokens: Sequence[Any]) -> list[str]:
    """Name-shaped noun runs among kiwipiepy tokens: adjacent nouns (no space between) of three Hangul
    syllables, starting with a common surname, read as a proper noun or not known to the analyzer."""
    found, run = [], []
    for token in [*tokens, None]:
        if token is not None and token.tag in ("NNP", "NNG") and (not run or token.start == run[-1].end):
            run.append(token)
            continue
        text = "".join(t.form for t in run)
        if (len(text) == 3 and HANGUL.match(text) and text[0] in KO_SURNAMES
                and any(t.tag == "NNP" or t.score < OOV_SCORE for t in run)):
            found.append(text)
        run = [token] if token is not None and token.tag in ("NNP", "NNG") else []
    return found


def vocab_flags(pieces: Iterable[str], analyzer=None) -> dict[str, list[str]]:
    """Vocabulary pieces shaped like personal data, by kind (`VOCAB_KINDS`); `analyzer`: kiwipiepy's
    Kiwi, or None for the shape alone (every three-syllable piece starting with a surname)."""
    flags: dict[str, list[str]] = {kind: [] for kind in VOCAB_KINDS}
    for piece in pieces:
        word = piece.removeprefix("##")
        if "@" in word and len(word) > 1:  # "@" alone is punctuation BERT keeps as a piece
            flags["email"].append(piece)
        elif PHONE_PIECE.match(word):
            flags["phone"].append(piece)
        elif LONG_DIGITS.match(word):
            flags["long_digits"].append(piece)
        elif word == piece and len(word) == 3 and HANGUL.match(word) and word[0] in KO_SURNAMES:
            if analyzer is None or ko_name_runs(analyzer.tokenize(word)):
                flags["ko_name"].append(piece)
    return flags


def sentence_flags(sentences: Sequence[str], analyzer=None, lexicon=None) -> list[list[tuple[str, str]]]:
    """Per sentence, the (reason, value) pairs the second detector finds (`SENTENCE_REASONS`)."""
    out: list[list[tuple[str, str]]] = [[] for _ in sentences]
    cleaned = [PLACEHOLDER.sub(" ", s) for s in sentences]
    for i, text in enumerate(cleaned):
        out[i] += [("phone", m.group()) for m in PHONE_TEXT.finditer(text)]
        out[i] += [("email", m.group()) for m in EMAIL_TEXT.finditer(text)]
        if lexicon is not None:
            first, last = lexicon
            out[i] += [("en_name", m.group()) for m in EN_PAIR.finditer(text)
                       if m.group(1) in first and m.group(2) in last]
    if analyzer is not None:
        korean = [i for i, text in enumerate(cleaned) if re.search("[가-힣]", text)]
        for i, tokens in zip(korean, analyzer.tokenize([cleaned[i] for i in korean]), strict=True):
            out[i] += [("ko_name", name) for name in ko_name_runs(tokens)]
    return out


def squash(text: str) -> str:
    """Lowercase, no whitespace: how a value is compared with decoded shards (WordPiece drops spaces)."""
    return "".join(text.lower().split())


def known_hits(known: Sequence[str], split_text: str, vocab: set[str], decoded: str, lowercase: bool) -> dict:
    """Per place, the known identifiers found there: split text (as written, case-insensitively),
    vocabulary (every word of it one whole piece), decoded shards (squashed)."""
    low = split_text.lower()
    hits: dict[str, list[str]] = {"split_text": [], "vocabulary": [], "shards": []}
    for name in known:
        if name.lower() in low:
            hits["split_text"].append(name)
        words = (name.lower() if lowercase else name).split()
        if words and all(w in vocab for w in words):
            hits["vocabulary"].append(name)
        if decoded and squash(name) in decoded:
            hits["shards"].append(name)
    return hits


# --- the edge: read a build, count, gate -----------------------------------------------------------


@dataclass
class Gates:
    max_known_hits: int | None = None  # known identifiers found in any place
    max_flagged_share: float | None = None  # sampled sentences the second detector flags
    max_vocab_names: int | None = None  # name-shaped vocabulary pieces

    def failures(self, result: dict[str, Any]) -> list[str]:
        found = []
        known = result.get("known", {}).get("found_anywhere")
        if self.max_known_hits is not None and known is not None and known > self.max_known_hits:
            found.append(f"{known} known identifiers found (--max-known-hits {self.max_known_hits})")
        share = result["sentences"]["flagged_share"]
        if self.max_flagged_share is not None and share > self.max_flagged_share:
            found.append(f"{share:.2%} of sampled sentences flagged (--max-flagged-share {self.max_flagged_share})")
        names = result["vocabulary"]["ko_name"]
        if self.max_vocab_names is not None and names > self.max_vocab_names:
            found.append(f"{names} name-shaped vocabulary pieces (--max-vocab-names {self.max_vocab_names})")
        return found


@dataclass
class LeakCheck:
    """The counts (what is printed and saved) and the values (shown with --show only, never saved)."""

    counts: dict[str, Any]
    values: dict[str, list[str]] = field(default_factory=dict)


def split_sentences_of(build: Path) -> tuple[list[str], str]:
    """The build's scrubbed sentences and where they came from: work/split/*.txt, else the shards decoded."""
    files = sorted((build / WORK_DIR / SPLIT_DIR).glob("*.txt"))
    if files:
        lines = [line for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
        return lines, "split text"
    return decoded_rows(build), "decoded shards"


def decoded_rows(build: Path) -> list[str]:
    from transformers import AutoTokenizer

    from privbert.build_format import open_shard

    tok = AutoTokenizer.from_pretrained(str(build / TOKENIZER_DIR))
    rows = []
    for entry in read_manifest(build).shards:
        rows += tok.batch_decode(open_shard(build / entry.file).column("input_ids").to_pylist(),
                                 skip_special_tokens=True)
    return rows


def sample(items: Sequence[str], n: int, seed: int) -> list[str]:
    return list(items) if len(items) <= n else random.Random(seed).sample(list(items), n)


def run(build: str | Path, known_file: str | Path | None = None, sample_size: int = 2000, seed: int = 0) -> LeakCheck:
    """Every look at `build`; counts in `.counts`, the flagged values in `.values`."""
    build = Path(build)
    manifest = read_manifest(build)
    with open(build / TOKENIZER_DIR / TOKENIZER_HASHED_FILE, encoding="utf-8") as f:
        tok = json.load(f)
    vocab = set(tok["model"]["vocab"])
    lowercase = bool(manifest.stage("tokenizer").get("lowercase", True))
    analyzer, lexicon = kiwi(), en_names()
    flags = vocab_flags(sorted(vocab), analyzer)
    sentences, source = split_sentences_of(build)
    picked = sample(sentences, sample_size, seed)
    found = sentence_flags(picked, analyzer, lexicon)
    reasons = Counter(reason for pairs in found for reason in {r for r, _ in pairs})
    flagged = sum(1 for pairs in found if pairs)
    counts: dict[str, Any] = {
        "build": str(build),
        "vocabulary": {"pieces": len(vocab), **{k: len(v) for k, v in flags.items()},
                       "ko_name_rule": "shape + analyzer" if analyzer else "shape only (kiwipiepy not installed)"},
        "sentences": {"source": source, "total": len(sentences), "sampled": len(picked), "flagged": flagged,
                      "flagged_share": round(flagged / len(picked), 4) if picked else 0.0,
                      **{f"by_{r}": reasons.get(r, 0) for r in SENTENCE_REASONS},
                      "detectors": [d for d, on in (("kiwipiepy", analyzer), ("names lexicon", lexicon)) if on]
                      + ["phone/e-mail patterns"]},
        "canaries": manifest.canaries,
    }
    values = {f"vocabulary {k}": v for k, v in flags.items()}
    values["sentences flagged"] = [f"{', '.join(f'{r}={v}' for r, v in pairs)} | {s}"
                                   for s, pairs in zip(picked, found, strict=True) if pairs]
    if known_file is not None:
        known = read_known(known_file)
        text = "\n".join(sentences) if source == "split text" else ""
        decoded = squash("\n".join(decoded_rows(build)))
        hits = known_hits(known, text, vocab, decoded, lowercase)
        anywhere = {n for v in hits.values() for n in v}
        counts["known"] = {"identifiers": len(known), "found_anywhere": len(anywhere),
                           **{f"in_{k}": len(v) for k, v in hits.items()}}
        values.update({f"known in {k}": v for k, v in hits.items()})
    return LeakCheck(counts, values)


def read_known(path: str | Path) -> list[str]:
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"--known {path} does not exist; give a text file with one identifier a line")
    known = list(dict.fromkeys(line.strip() for line in path.read_text(encoding="utf-8").splitlines()))
    known = [k for k in known if k and not k.startswith("#")]
    if not known:
        raise ValueError(f"--known {path} holds no identifier (one a line; # starts a comment)")
    return known


def format_counts(counts: dict[str, Any]) -> Iterator[str]:
    """The printed report: counts only, never a value."""
    v, s = counts["vocabulary"], counts["sentences"]
    yield f"leak check of {counts['build']}"
    yield (f"  vocabulary     {v['pieces']} pieces; shaped like personal data: ko_name {v['ko_name']}, "
           f"phone {v['phone']}, long_digits {v['long_digits']}, email {v['email']} ({v['ko_name_rule']})")
    yield (f"  sentences      {s['sampled']} of {s['total']} sampled from the {s['source']}; flagged by a second "
           f"detector: {s['flagged']} ({s['flagged_share']:.2%}): " + ", ".join(
               f"{r} {s[f'by_{r}']}" for r in SENTENCE_REASONS) + f" [{', '.join(s['detectors'])}]")
    if "known" in counts:
        k = counts["known"]
        yield (f"  known ids      {k['found_anywhere']} of {k['identifiers']} found: split text {k['in_split_text']}, "
               f"vocabulary {k['in_vocabulary']}, shards {k['in_shards']}")
    c = counts.get("canaries") or {}
    if c:
        missed = f" (kinds {', '.join(c['missed_kinds'])})" if c["missed_kinds"] else ""
        yield (f"  canaries       {c['canaries']} planted {c['insertions']} times (not counted as PII found); "
               f"scrubber caught {c['caught']}, missed {c['missed']}{missed}")


def write_result(build: str | Path, counts: dict[str, Any], failures: Sequence[str]) -> Path:
    path = Path(build) / RESULT_NAME
    write_json_atomic(path, {**counts, "failures": list(failures)})
    return path
