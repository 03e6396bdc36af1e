"""normalize_text and split_sentences speed, this checkout against another one, side by side in one run.

    git worktree add /tmp/split-old 49aed79
    python -m benchmarks.bench_split_compare --old /tmp/split-old

Input: the tuning set's raw texts (data/eval/tuning/split_v1.jsonl) repeated `--reps` times (300: ~3.3 MB).
Each checkout is timed in its own fresh processes, alternating, 2 processes each: normalize_text over
the raw texts, and split_sentences over that checkout's own normalize_text output, best of 5 CPU-time
runs per process; a third row splits the OTHER checkout's normalize output with both splitters (the same
lines for both). MB/s are of raw text, CPU time, so other load on the machine counts less.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data/eval/tuning/split_v1.jsonl"


def time_one(data: Path, reps: int, texts_file: str | None) -> dict[str, float]:
    """Runs in the checkout being timed (its `prep` first on the path)."""
    from prep.normalize import normalize_text
    from prep.split import split_sentences

    raws = [json.loads(line)["raw"] for line in open(data, encoding="utf-8")] * reps
    texts = json.load(open(texts_file)) * reps if texts_file else [normalize_text(raw) for raw in raws]
    megabytes = sum(len(raw.encode()) for raw in raws) / 1e6
    best_split = best_normalize = float("inf")
    for _ in range(5):
        start = time.process_time()
        for text in texts:
            split_sentences(text)
        best_split = min(best_split, time.process_time() - start)
        start = time.process_time()
        for raw in raws:
            normalize_text(raw)
        best_normalize = min(best_normalize, time.process_time() - start)
    return {"mb": megabytes, "split": megabytes / best_split, "normalize": megabytes / best_normalize}


def _run(tree: Path, data: Path, reps: int, texts_file: str | None = None) -> dict[str, float]:
    command = [sys.executable, __file__, "--one", "--old", "-", "--data", str(data), "--reps", str(reps)]
    if texts_file:
        command += ["--texts", texts_file]
    env = {**os.environ, "PYTHONPATH": str(tree)}  # this file runs by path; `prep` comes from `tree`
    return json.loads(subprocess.run(command, cwd=tree, env=env, capture_output=True, text=True, check=True).stdout)


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m benchmarks.bench_split_compare", description=__doc__.splitlines()[0])
    p.add_argument("--old", required=True, help="another checkout (git worktree add /tmp/split-old <commit>)")
    p.add_argument("--data", default=str(DATA))
    p.add_argument("--reps", type=int, default=300)
    p.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--texts", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.one:
        print(json.dumps(time_one(Path(args.data), args.reps, args.texts)))
        return
    trees = {"old": Path(args.old).resolve(), "new": Path(__file__).resolve().parent.parent}
    with tempfile.TemporaryDirectory() as tmp:
        old_texts = os.path.join(tmp, "old_normalized.json")
        subprocess.run([sys.executable, "-c", "import json, sys; from prep.normalize import normalize_text; json.dump("
                        "[normalize_text(json.loads(l)['raw']) for l in open(sys.argv[1])], open(sys.argv[2], 'w'))",
                        args.data, old_texts], cwd=trees["old"], env={**os.environ, "PYTHONPATH": str(trees["old"])},
                       check=True)
        best = {name: {"normalize": 0.0, "split": 0.0, "same": 0.0} for name in trees}
        for _ in range(2):
            for name, tree in trees.items():
                own = _run(tree, Path(args.data), args.reps)
                same = _run(tree, Path(args.data), args.reps, old_texts)
                best[name]["normalize"] = max(best[name]["normalize"], own["normalize"])
                best[name]["split"] = max(best[name]["split"], own["split"])
                best[name]["same"] = max(best[name]["same"], same["split"])
    print(f"input: {Path(args.data).name} raw texts x{args.reps} = {own['mb']:.1f} MB; MB/s of raw text per core "
          "(CPU time, best of 5 runs x 2 processes)")
    print(f"| function | old ({trees['old'].name}) MB/s | new MB/s | new/old |")
    print("|---|---:|---:|---:|")
    for key, label in (("normalize", "normalize_text"), ("split", "split_sentences (each on its own normalize output)"),
                       ("same", "split_sentences (both on the old normalize output)")):
        old, new = best["old"][key], best["new"][key]
        print(f"| {label} | {old:.1f} | {new:.1f} | {new / old:.2f} |")


if __name__ == "__main__":
    main()
