"""The ingest stage: the one-process ingest (one in-memory dedup set) vs the parallel units, seconds and peak RSS.

    python benchmarks/bench_ingest.py [--mb 150] [--files 8] [--unit-mb 20] [--repeat 1] [--work DIR]

Writes a generated ko + en corpus (`bench_dedup.make_corpus`) as `--files` JSONL files, every tenth
document repeated exactly in the next file and every fiftieth twice within its file, then runs each
side in a fresh process (so its peak RSS is its own: VmHWM of the process, `ru_maxrss` of its workers):
`old` = `ingest_in_one_process` (what `prep build` ran as its single ingest unit), `new-1` / `new-2` =
`prep.build.ingest_stage` with 1 and 2 local workers. Prints seconds, MB/s, peak RSS, and checks that
every side wrote the same parts (sha256 of each).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIDES = ("old", "new-1", "new-2")
RUN_SIDE = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from prep.build import ingest_stage
from prep.config import InputConfig, PrepConfig
from prep.executors import LocalRunner
from prep.ingest_units import ingest_in_one_process
from prep.readers import describe_input
side, paths, work = {side!r}, {paths!r}, {work!r}
cfg = PrepConfig(input=InputConfig(paths=tuple(paths), docs_per_part=2000, unit_mb={unit_mb}))
t0 = time.perf_counter()
if side == "old":
    n_parts, counts = ingest_in_one_process(cfg.input, work + "/parts")
else:
    runner = LocalRunner(int(side[-1]), progress=lambda m: None)
    n_parts, counts = ingest_stage(cfg, paths, [describe_input(p) for p in paths], __import__("pathlib").Path(work),
                                   runner)
    runner.close()
seconds = time.perf_counter() - t0
hwm = [int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:")][0]
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({{"seconds": seconds, "rss_mb": hwm / 1024, "worker_rss_mb": workers / 1024,
                   "parts": n_parts, "counts": dict(counts)}}))
"""


def write_corpus(folder: Path, mb: float, files: int) -> list[str]:
    from benchmarks.bench_dedup import make_corpus

    texts = make_corpus(mb)
    per_file = -(-len(texts) // files)
    paths = []
    for f in range(files):
        chunk = texts[f * per_file:(f + 1) * per_file]
        lines = []
        for i, text in enumerate(chunk):
            lines.append(json.dumps({"id": f"{f}-{i}", "text": text}, ensure_ascii=False))
            if i % 50 == 0:  # an exact duplicate within the file (same text, another id)
                lines.append(json.dumps({"id": f"{f}-{i}-again", "text": text}, ensure_ascii=False))
        if f:
            prev = texts[(f - 1) * per_file:f * per_file]
            lines += [json.dumps({"id": f"copy-{f}-{i}", "text": t}, ensure_ascii=False) for i, t in
                      enumerate(prev) if i % 10 == 0]  # exact duplicates of the previous file's documents
        path = folder / f"corpus-{f:02d}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def run_side(side: str, paths: list[str], work: Path, unit_mb: float) -> dict:
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    code = RUN_SIDE.format(root=str(ROOT), side=side, paths=paths, work=str(work), unit_mb=unit_mb)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    found = json.loads(result.stdout.strip().splitlines()[-1])
    found["sums"] = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((work / "parts").iterdir())}
    shutil.rmtree(work)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=150)
    parser.add_argument("--files", type=int, default=8)
    parser.add_argument("--unit-mb", type=float, default=20)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--work", default="")
    args = parser.parse_args()
    work = Path(args.work or tempfile.mkdtemp(prefix="bench_ingest_"))
    corpus = work / "corpus"
    if not corpus.is_dir():
        corpus.mkdir(parents=True)
        write_corpus(corpus, args.mb, args.files)
    paths = sorted(str(p) for p in corpus.iterdir())
    mb = sum(Path(p).stat().st_size for p in paths) / 1e6
    best: dict[str, dict] = {}
    for _ in range(args.repeat):  # rounds interleaved, so a burst of load elsewhere hits every side alike
        for side in SIDES:
            found = run_side(side, paths, work / side, args.unit_mb)
            if side not in best or found["seconds"] < best[side]["seconds"]:
                best[side] = found
    ref = best["old"]
    print(f"corpus: {len(paths)} files, {mb:.1f} MB, {ref['counts']['docs_in']:,} documents, "
          f"{ref['counts'].get('dropped_duplicate', 0):,} exact duplicates; unit_mb {args.unit_mb}, docs_per_part 2000")
    print("| side | ingest s | MB/s | peak RSS MB (driver) | peak RSS MB (worker) | parts | same parts as old |")
    print("|---|---|---|---|---|---|---|")
    for side in SIDES:
        r = best[side]
        same = r["sums"] == ref["sums"] and r["counts"] == ref["counts"]
        worker = f"{r['worker_rss_mb']:.0f}" if r["worker_rss_mb"] else "-"
        print(f"| {side} | {r['seconds']:.1f} | {mb / r['seconds']:.2f} | {r['rss_mb']:.0f} | {worker} | "
              f"{r['parts']} | {'yes' if same else 'NO'} |")


if __name__ == "__main__":
    main()
