"""Default scrub throughput in CPU seconds on one core: a figure that a loaded machine disturbs little.

    taskset -c 1 python benchmarks/bench_scrub_cpu.py [--docs 3000] [--jsonl data/demo/corpus.jsonl]

The corpus is `bench_scrub.py`'s (the generated benchmark plus prose without PII, ko + en). Wall-clock
tables beside plain Presidio are `bench_scrub.py`'s; this one answers "MB/s per core" when other jobs
share the machine. To compare with another commit, run the same file with that commit's checkout first
on the path: `git worktree add /tmp/old REV && (cd /tmp/old && PYTHONPATH=. python $PWD/benchmarks/bench_scrub_cpu.py)`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("POLARS_MAX_THREADS", "1")
sys.path.insert(0, os.getcwd())
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

from benchmarks.bench_scrub import corpus, run_scrub  # noqa: E402
from prep.config import ScrubConfig  # noqa: E402

try:
    from prep.pii.scrub import Scrubber  # noqa: E402
except ImportError:  # a checkout from before prep/pii/
    from prep.scrub import Scrubber  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-name-tagger", action="store_true", help="scrub.name_tagger = false (the rules alone)")
    parser.add_argument("--jsonl", default=None, help="scrub this JSONL's `text` fields instead of the generated "
                        "corpus (e.g. data/demo/corpus.jsonl, the bundled demo corpus)")
    args = parser.parse_args()
    if args.jsonl:
        with open(args.jsonl, encoding="utf-8") as fh:
            texts = [json.loads(line)["text"] for line in fh if line.strip()]
    else:
        texts, _ = corpus(args.docs)
    mb = sum(len(t.encode()) for t in texts) / 1e6
    scrubber = Scrubber(ScrubConfig(name_tagger=False) if args.no_name_tagger else ScrubConfig())
    run_scrub(scrubber, texts[:200])  # warm-up: compiled patterns, lexicons loaded
    times = []
    for _ in range(args.repeat):
        start = time.process_time()
        run_scrub(scrubber, texts)
        times.append(time.process_time() - start)
    best = min(times)  # the first pass also meets each word once (the name tagger's per-word cache)
    print(f"{len(texts)} documents, {mb:.2f} MB: scrub {best:.2f} s CPU, {mb / best:.2f} MB/s per core (CPU time; "
          f"first pass {mb / times[0]:.2f} MB/s)")


if __name__ == "__main__":
    main()
