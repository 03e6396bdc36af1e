"""What would a veto of lone English names cost? A census of the documents whose only finding is one name.

    python benchmarks/lone_names_census.py

Round 15's count (docs/scrub.md, "Round 15"). For every English row of every tuning set whose default scrub finds
one PERSON value and nothing else, the table says who found it (recognizer, score, one word or more) and what it was:
a real name (it overlaps a gold PERSON span), a clean row (the row has no span) or a false name in a row with other
spans. A veto of a kind of lone finding fixes its clean rows and loses its real names. Counts only: no text is printed.
"""

from __future__ import annotations

import collections
import glob
import os
import sys
from pathlib import Path

os.environ.setdefault("POLARS_MAX_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from prep.config import ScrubConfig  # noqa: E402
from prep.eval.pii_sets import read_set  # noqa: E402
from prep.pii.scrub import Scrubber  # noqa: E402


def census(pattern: str = "data/eval/tuning/pii_*.jsonl en_*.jsonl") -> collections.Counter:
    """Counts per (recognizer, score, words, what it was) over the PII sets (`split_*.jsonl` are sentence sets)."""
    scrubber = Scrubber(ScrubConfig())
    tally: collections.Counter = collections.Counter()
    paths = [p for part in pattern.split() for p in glob.glob(part if "/" in part else f"data/eval/tuning/{part}")]
    for path in sorted(paths):
        rows = [r for r in read_set(path) if r["lang"] == "en"]
        for row, result in zip(rows, scrubber.scrub_batch([r["text"] for r in rows]), strict=True):
            if isinstance(result, BaseException):
                continue
            found = result.findings
            values = {row["text"][f.start:f.end] for f in found}
            if not found or len(values) != 1 or any(f.entity != "PERSON" for f in found):
                continue
            f = found[0]
            if not row["spans"]:
                kind = "clean row"
            elif any(s["entity"] == "PERSON" and s["start"] < f.end and f.start < s["end"] for s in row["spans"]):
                kind = "real name"
            else:
                kind = "false name in a row with spans"
            words = "one word" if len(row["text"][f.start:f.end].split()) == 1 else "two or more"
            tally[(f.recognizer, f"{f.score:.2f}", words, kind)] += 1
    return tally


def main() -> None:
    print("| recognizer | score | words | what it was | documents |\n|---|---|---|---|---|")
    for (recognizer, score, words, kind), n in sorted(census().items()):
        print(f"| {recognizer} | {score} | {words} | {kind} | {n} |")


if __name__ == "__main__":
    main()
