"""Digest of every finding of the default scrub: speed work must leave it unchanged.

    PYTHONPATH=. python benchmarks/scrub_identity.py                       # this checkout
    PYTHONPATH=/path/to/main python benchmarks/scrub_identity.py           # another checkout's code

Scrubs, with `Scrubber(ScrubConfig())` on the batches `prep scrub` makes, every row of the tuning
PII sets (`data/eval/tuning/pii_*.jsonl`, not the round-21 ones), the bundled demo corpus and the
generated speed benchmark (`bench_scrub_cpu.py`'s corpus), and prints two digests: one of each
document's findings as (entity, start, end), and one that adds recognizer, score and the output text.
The code scrubbed is whatever `prep` the path resolves to (printed), so the same file checks any checkout.
A document that fails closed enters the digests as its exception's type name.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

os.environ.setdefault("POLARS_MAX_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
EXCLUDED = ("pii_t21",)  # held apart this round: never read


def corpora(root: Path, bench_docs: int) -> dict[str, list[str]]:
    """name -> texts: each tuning PII set, the demo corpus and the generated benchmark."""
    sets = {}
    for path in sorted((root / "data/eval/tuning").glob("pii_*.jsonl")):
        if path.name.startswith(EXCLUDED):
            continue
        with open(path, encoding="utf-8") as fh:
            sets[path.name] = [json.loads(line)["text"] for line in fh if line.strip()]
    with open(root / "data/demo/corpus.jsonl", encoding="utf-8") as fh:
        sets["demo/corpus.jsonl"] = [json.loads(line)["text"] for line in fh if line.strip()]
    from benchmarks.bench_scrub import corpus

    sets["bench_scrub_cpu"] = corpus(bench_docs)[0]
    return sets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT), help="the checkout whose data/ is read (default: this one)")
    parser.add_argument("--bench-docs", type=int, default=3000)
    parser.add_argument("--dump", default=None, help="also write one line of findings per document here")
    args = parser.parse_args()

    import prep
    from prep.config import ScrubConfig
    from prep.pii.scrub import Scrubber
    from prep.units import scrub_batches

    print(f"code: {Path(prep.__file__).resolve().parent}", file=sys.stderr)
    scrubber = Scrubber(ScrubConfig())
    spans, full = hashlib.sha256(), hashlib.sha256()
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    docs = failed = found = 0
    try:
        for name, texts in corpora(Path(args.data), args.bench_docs).items():
            batches = [[r["text"] for r in b] for b in scrub_batches(({"text": t} for t in texts), "text")]
            k = 0
            for batch in batches:
                for result in scrubber.scrub_batch(batch):
                    if isinstance(result, Exception):
                        failed += 1
                        short = long = ["failed", type(result).__name__]
                    else:
                        short = [(f.entity, f.start, f.end) for f in result.findings]
                        long = [[(f.entity, f.start, f.end, f.recognizer, f.score) for f in result.findings],
                                result.text]
                        found += len(short)
                    line = json.dumps([name, k, short], ensure_ascii=False)
                    spans.update(line.encode() + b"\n")
                    full.update(json.dumps([name, k, long], ensure_ascii=False).encode() + b"\n")
                    if dump:
                        dump.write(line + "\n")
                    k += 1
                    docs += 1
    finally:
        if dump:
            dump.close()
    print(f"{docs} documents, {found} findings, {failed} failed closed")
    print(f"findings (entity, start, end): {spans.hexdigest()[:32]}")
    print(f"with recognizer, score, text:  {full.hexdigest()[:32]}")


if __name__ == "__main__":
    main()
