"""Peak memory and time of the near-dedup stage's units against corpus size (issue #20: flat in the corpus).

Generates the templated corpora of `benchmarks.bench_build` (more than half near-duplicates), ingests each
once into `--workdir`, then runs the three dedup steps as `prep build` does (`prep.stages.near_dedup`,
local processes) and prints, per corpus, each step's seconds and the largest per-unit peak RSS
(VmHWM reset per unit: `prep.executors.base`), the figure the manifest records as `resources.peak_rss_mb`.
Run it with another checkout first on PYTHONPATH to measure that checkout's stage on the same inputs.

    python benchmarks/bench_dedup_memory.py --mb 50 150 --workers 2
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_build import write_corpus
from prep.build import find_inputs, record_inputs
from prep.config import PrepConfig
from prep.executors import make_runner
from prep.stages import DEDUP_DIR, ingest_stage, near_dedup
from privbert.config import from_dict

STEPS = ("dedup_sig", "dedup_edges", "dedup_clusters")


class TimedRunner:
    """A runner that also records each stage's wall seconds."""

    def __init__(self, runner):
        self.runner, self.seconds = runner, {}

    def run(self, task, units, marker_dir):
        t0 = time.perf_counter()
        out = self.runner.run(task, units, marker_dir)
        self.seconds[units[0].stage if units else "?"] = time.perf_counter() - t0
        return out


def measure(mb: int, workdir: Path, workers: int, sets: dict) -> dict:
    corpus = workdir / f"corpus{mb}"
    real_mb = write_corpus(corpus, mb, 64)
    out = workdir / f"build{mb}"
    cfg = from_dict(PrepConfig, {"output_dir": str(out), "workers": workers, "input": {"paths": [str(corpus)]},
                                 "dedup": sets})
    work = out / "work"
    runner = make_runner("local", workers, progress=lambda msg: None)
    try:
        parts_file = out / "n_parts.json"
        if not parts_file.is_file():
            shutil.rmtree(out, ignore_errors=True)
            work.mkdir(parents=True)
            files, inputs, _ = find_inputs(out, cfg, lambda msg: None)
            n_parts, counts = ingest_stage(cfg, files, record_inputs(out, inputs), work, runner)
            parts_file.write_text(json.dumps({"n_parts": n_parts}))
        info = json.loads(parts_file.read_text())
        info["docs"] = sum(sum(1 for _ in open(p, "rb")) for p in (work / "parts").glob("*.jsonl"))
        shutil.rmtree(work / DEDUP_DIR, ignore_errors=True)
        for marker in (work / "done").glob("dedup_*.json"):
            marker.unlink()
        timed = TimedRunner(runner)
        t0 = time.perf_counter()
        counts = near_dedup(cfg, work, info["n_parts"], timed, lambda msg: None)
        total = time.perf_counter() - t0
        return {"mb": real_mb, "docs": info["docs"], "parts": info["n_parts"], "seconds": total,
                "step_seconds": timed.seconds, "peak_rss_mb": {s: runner.peak_rss_mb.get(s, 0.0) for s in STEPS},
                "counts": dict(sorted(counts.items()))}
    finally:
        runner.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, nargs="+", default=[50, 150])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "bench_dedup_memory")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=INT", help="a [dedup] key: partitions=16")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    sets = {k: int(v) for k, v in (s.split("=", 1) for s in args.set)}
    results = [measure(mb, args.workdir, args.workers, sets) for mb in args.mb]
    print("| corpus MB | documents | " + " | ".join(f"{s} s | {s} MB" for s in STEPS) + " | dedup s |")
    print("|---:|---:|" + "---:|" * (2 * len(STEPS) + 1))
    for r in results:
        cells = [f"{r['step_seconds'].get(s, 0):.1f} | {r['peak_rss_mb'][s]:.0f}" for s in STEPS]
        print(f"| {r['mb']:.0f} | {r['docs']:,} | " + " | ".join(cells) + f" | {r['seconds']:.1f} |")
    for r in results:
        print(f"counts {r['mb']:.0f} MB: {json.dumps(r['counts'])}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
