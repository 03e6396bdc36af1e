"""Side by side: ways to find English (Latin-script) person names, on the tuning set and our own cases.

    python benchmarks/bench_names_en.py [--spacy-model PATH]

Rows: the cue patterns alone (titles, labels, verbs: what the scrubber had), a lexicon alone (every
word in a first- or last-name list), the lexicon with the word-frequency / dictionary filter, and the
default detector (`prep.pii.names_en`, filter + runs + cues). `--spacy-model` adds a spaCy pipeline's
PERSON entities (no English model can be downloaded here; a re-upload on PyPI can be pointed at).
Columns: recall and precision of Latin-script PERSON spans on data/eval/tuning/pii_v1.jsonl (a span is
found when one detected span covers it; a detected span is correct when it overlaps a labeled PERSON),
the share of this repo's own held-out cases passed (tests/prep/pii/test_names_en.py: names found,
look-alikes left), spans per 1,000 words on text without personal data worth the name (docs/*.md and
150 modules of Python's standard library: real author names in it count too), and MB/s on one core.
"""

from __future__ import annotations

import argparse
import glob
import json
import sys
import sysconfig
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from prep.pii.names_en import _NAME, _WORD, FIRST, LAST, EnglishNameDetector  # noqa: E402
from prep.pii.recognizers import build_recognizers  # noqa: E402
from tests.prep.pii.test_names_en import CLEAN, NAMES  # noqa: E402


def cue_patterns():
    recognizer = next(r for r in build_recognizers("en") if r.name == "EnglishPersonRecognizer")
    return lambda text: [(r.start, r.end) for r in recognizer.analyze(text, ["PERSON"])]


def _name_runs(text: str, is_name) -> list[tuple[int, int]]:
    """Spans of the words `is_name` accepts, neighbours one space apart joined into one run."""
    spans: list[tuple[int, int]] = []
    for m in _WORD.finditer(text):
        if is_name(m.group()):
            if spans and text[spans[-1][1]:m.start()] == " ":
                spans[-1] = (spans[-1][0], m.end())
            else:
                spans.append(m.span())
    return spans


def lexicon_only(detector: EnglishNameDetector):
    """Every word in a first- or last-name list, adjacent ones joined: no word filter, no context."""
    lexicon = detector.lexicon

    def is_name(word: str) -> bool:
        entry = lexicon.get(word.lower())
        return bool(entry and entry[0] & (FIRST | LAST))

    return lambda text: _name_runs(text, is_name)


def lexicon_filtered(detector: EnglishNameDetector):
    """The detector's word classes (frequency and dictionary filter, case), every run holding a name."""
    return lambda text: _name_runs(text, lambda word: detector.classify(word)[0] == _NAME)


def default_detector(detector: EnglishNameDetector):
    return lambda text: [(a, b) for a, b, _ in detector.find(text)]


def spacy_person(path: str):
    import spacy

    nlp = spacy.load(path, disable=["parser", "lemmatizer", "tagger", "attribute_ruler", "senter"])

    def find(text):  # in pieces of at most ~100k characters (spaCy's length limit), cut at line ends
        spans, offset = [], 0
        while offset < len(text):
            cut = text.rfind("\n", offset, offset + 100_000) + 1 if len(text) - offset > 100_000 else len(text)
            cut = cut if cut > offset else min(len(text), offset + 100_000)
            spans += [(offset + e.start_char, offset + e.end_char) for e in nlp(text[offset:cut]).ents
                      if e.label_ == "PERSON"]
            offset = cut
        return spans
    return find


def latin(s: str) -> bool:
    return any("a" <= c.lower() <= "z" for c in s)


def score(find, rows, clean_text: str, english: str) -> dict:
    gold_n = hit = predicted = correct = 0
    for row in rows:
        text, spans = row["text"], find(row["text"])
        gold = [(s["start"], s["end"]) for s in row["spans"] if s["entity"] == "PERSON" and latin(s["text"])]
        gold_n += len(gold)
        hit += sum(any(a <= s and b >= e for a, b in spans) for s, e in gold)
        persons = [(s["start"], s["end"]) for s in row["spans"] if s["entity"] == "PERSON"]
        for a, b in spans:
            if latin(text[a:b]):
                predicted += 1
                correct += any(a < e and b > s for s, e in persons)
    cases = 0
    for text, names in NAMES:
        got = [text[a:b] for a, b in find(text)]
        cases += all(n in got for n in names)
    cases += sum(not find(text) for text in CLEAN)
    per_1k = len(find(clean_text)) / len(clean_text.split()) * 1000
    start = time.perf_counter()
    find(english)
    seconds = time.perf_counter() - start
    n_cases = len(NAMES) + len(CLEAN)
    return {"recall": hit / gold_n, "precision": correct / max(predicted, 1), "cases": cases / n_cases,
            "per_1k_words": per_1k, "mb_s": len(english.encode()) / seconds / 1e6}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--spacy-model", help="path of an installed or unpacked spaCy pipeline")
    args = parser.parse_args()
    rows = [json.loads(line) for line in open(ROOT / "data/eval/tuning/pii_v1.jsonl", encoding="utf-8")]
    docs = [open(f, encoding="utf-8").read() for f in sorted(glob.glob(str(ROOT / "docs/*.md")))]
    stdlib = sorted(glob.glob(sysconfig.get_paths()["stdlib"] + "/*.py"))[:150]
    clean_text = "\n".join(docs + [open(f, encoding="utf-8", errors="replace").read() for f in stdlib])
    english_rows = "\n\n".join(r["text"] for r in rows if r["lang"] == "en")
    english = "\n\n".join([english_rows] * 20 + docs)  # ~0.55 MB of English, dense in names: forms, chats, mail
    detector = EnglishNameDetector()
    candidates = [
        ("cue patterns only (titles, labels, verbs)", cue_patterns()),
        ("lexicon only (census + Faker names)", lexicon_only(detector)),
        ("lexicon + wordfreq/dictionary filter", lexicon_filtered(detector)),
        ("detector: filter + runs + cues (default)", default_detector(detector)),
    ]
    if args.spacy_model:
        candidates.append((f"spaCy {Path(args.spacy_model).name} PERSON", spacy_person(args.spacy_model)))
    print(f"English text for speed: {len(english.encode()) / 1e6:.2f} MB; clean text: {len(clean_text.split())} words")
    print("| candidate | recall | precision | own cases | spans / 1k words (docs + stdlib) | MB/s (1 core) |")
    print("|---|---|---|---|---|---|")
    for name, find in candidates:
        s = score(find, rows, clean_text, english)
        print(f"| {name} | {s['recall']:.3f} | {s['precision']:.3f} | {s['cases']:.3f} | "
              f"{s['per_1k_words']:.2f} | {s['mb_s']:.2f} |")


if __name__ == "__main__":
    main()
