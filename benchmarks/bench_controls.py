"""How the deny list's 10,000 terms cost most cheaply (docs/scrub.md, "Controls"): the scrub of the demo
corpus without a deny list, with `DenyListRecognizer` run on every text (no patterns: the pre-filter
cannot skip it), and the alternative it was measured against, a trigger of every term in polars that
would pick the texts to scan.

    PYTHONPATH=. python benchmarks/bench_controls.py [--terms 10000] [--docs 3000]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import polars as pl  # noqa: E402

from prep.config import ScrubConfig  # noqa: E402
from prep.pii.controls import terms_regex  # noqa: E402
from prep.pii.scrub import Scrubber  # noqa: E402

SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
SYLLABLES = "민서준지현우예도하윤수영진성경은혜정호재"
FIRST = ["James", "Mary", "Robert", "Linda", "Michael", "Susan", "David", "Karen", "Daniel", "Nancy"]
LAST = ["Quill", "Varga", "Odell", "Pryce", "Stroud", "Tamsin", "Ulrich", "Vance", "Wexler", "Yarrow"]


def names(n: int, rng: random.Random) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        if rng.random() < 0.5:
            out.add(rng.choice(SURNAMES) + "".join(rng.choice(SYLLABLES) for _ in range(2)))
        else:
            out.add(f"{rng.choice(FIRST)} {rng.choice(LAST)}{rng.randrange(100)}")
    return sorted(out)


def timed(fn, repeat: int = 2) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--terms", type=int, default=10_000)
    parser.add_argument("--docs", type=int, default=3000)
    args = parser.parse_args()
    rng = random.Random(7)
    with open("data/demo/corpus.jsonl", encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f][:args.docs]
    terms = names(args.terms, rng)
    chars = sum(map(len, texts))
    t0 = time.perf_counter()
    pattern = terms_regex(tuple(terms))
    compile_s = time.perf_counter() - t0
    plain, denied = Scrubber(ScrubConfig()), Scrubber(ScrubConfig(deny_terms=tuple(terms)))
    base = timed(lambda: plain.scrub_batch(texts))
    deny = timed(lambda: denied.scrub_batch(texts))
    scan = timed(lambda: [list(pattern.finditer(t)) for t in texts])
    # the alternative: one trigger (the terms, lookarounds dropped) in polars, then scan the hit texts only
    trigger = "(?i)(?:" + "|".join(sorted({" ".join(t.lower().split()).replace(" ", r"\s+") for t in terms})) + ")"
    frame = pl.DataFrame({"t": texts})
    polars_s = timed(lambda: frame.select(pl.col("t").str.contains(trigger)).to_series().to_list())
    print(f"{len(texts)} documents, {chars:,} characters, {len(terms):,} deny terms; "
          f"regex compiled in {compile_s:.2f} s")
    print("| what | seconds | characters/s |")
    print("|---|---:|---:|")
    rows = (("scrub, no deny list", base), ("scrub, deny list (no patterns: every text)", deny),
            ("deny regex alone, every text", scan), ("polars trigger of every term (the alternative)", polars_s))
    for name, s in rows:
        print(f"| {name} | {s:.3f} | {chars / s:,.0f} |")


if __name__ == "__main__":
    main()
