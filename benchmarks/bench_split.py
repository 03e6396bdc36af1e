"""Ingest + normalize + split throughput and peak memory: `python -m prep split` on a generated corpus.

    python -m benchmarks.bench_split                  # a 100 MB corpus in each input format, ~2 min on 2 cores
    python -m benchmarks.bench_split --mb 20          # quicker

The corpus is the demo generator's (`prep.demo.corpus`: Korean and English documents of five domains,
fake PII left in, some paragraphs hard-wrapped), generated with a new seed per 2,000 documents until it
reaches `--mb` megabytes of JSONL, and written under `--workdir` (default /tmp/bench_split) as `.jsonl`,
`.jsonl.zst` (level 3) and `.txt` (blank-line separated), reused when present.

Each row is one `python -m prep split --input <corpus> --output <file>` run in a fresh process, the
whole command: imports, reading, decompressing, JSON decoding, normalizing, dedup, splitting, writing.
`MB/s per core` is input megabytes (uncompressed: the `.jsonl` size for every JSONL row) divided by the
CPU seconds (user + sys) of that single-threaded process, so other load on the machine does not count
against it; wall-clock MB/s is shown too. Peak RSS is the child's `ru_maxrss`. Targets (issue 4): at
least 20 MB/s per core and under 1 GB peak memory.

A second table splits the per-core time of one process into its stages on the first 20 MB (CPU time,
best of 3): read (decode + JSON), normalize, split, and what the whole `ingest` + `split_records` pipeline adds.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

CORPUS_SEED = 20240601
GEN_BATCH = 2000
TARGET_MB_PER_CORE = 20.0
TARGET_PEAK_MB = 1000.0


def write_corpora(workdir: Path, megabytes: int) -> dict[str, Path]:
    """The corpus as .jsonl, .jsonl.zst and .txt; reused when the same size was written before."""
    from prep.demo.corpus import generate_corpus

    workdir.mkdir(parents=True, exist_ok=True)
    paths = {name: workdir / f"corpus.{name}" for name in ("jsonl", "jsonl.zst", "txt")}
    done = workdir / "corpus.json"
    params = {"megabytes": megabytes, "seed": CORPUS_SEED}
    if done.is_file() and json.loads(done.read_text()) == params and all(p.is_file() for p in paths.values()):
        return paths
    target, written, batch = megabytes * 1_000_000, 0, 0
    with open(paths["jsonl"], "w", encoding="utf-8", newline="\n") as jf, \
            open(paths["txt"], "w", encoding="utf-8", newline="\n") as tf:
        while written < target:
            for doc in generate_corpus(GEN_BATCH, seed=CORPUS_SEED + batch):
                line = json.dumps(doc, ensure_ascii=False) + "\n"
                jf.write(line)
                tf.write(doc["text"].strip() + "\n\n")
                written += len(line.encode("utf-8"))
            batch += 1
    import zstandard

    with open(paths["jsonl"], "rb") as src, open(paths["jsonl.zst"], "wb") as dst:
        zstandard.ZstdCompressor(level=3).copy_stream(src, dst)
    done.write_text(json.dumps(params))
    return paths


def measure_split(input_path: Path, output: Path) -> dict:
    """One `prep split` run in a child process: wall and CPU seconds, peak RSS, the printed counts."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "prep", "split", "--input", str(input_path), "--output", str(output)],
        capture_output=True, text=True, check=False,
    )
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"prep split failed on {input_path}: {proc.stderr.strip()}")
    counts = json.loads(proc.stdout)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall_s": wall, "cpu_s": cpu, "peak_rss_mb": after.ru_maxrss * 1024 / 1e6, "counts": counts}


def stage_breakdown(jsonl: Path, megabytes: int = 20) -> dict[str, float]:
    """CPU ms per input MB of each stage, in this process, on the first `megabytes` of the JSONL corpus."""
    from collections import Counter

    from prep.config import SplitConfig
    from prep.ingest import ingest
    from prep.normalize import normalize_text
    from prep.readers import IngestCounts, read_documents
    from prep.split import split_sentences
    from prep.units import split_records

    sample = jsonl.with_name("sample.jsonl")
    with open(jsonl, "rb") as src, open(sample, "wb") as dst:
        taken = 0
        for line in src:
            dst.write(line)
            taken += len(line)
            if taken >= megabytes * 1_000_000:
                break
    mb = sample.stat().st_size / 1e6

    def best(fn, repeat=3):
        times, result = [], None
        for _ in range(repeat):
            t0 = time.process_time()
            result = fn()
            times.append(time.process_time() - t0)
        return min(times) * 1000 / mb, result

    read_ms, texts = best(lambda: [d.fields["text"] for d in read_documents(sample, "text", IngestCounts())])
    norm_ms, normalized = best(lambda: [normalize_text(t) for t in texts])
    split_ms, _ = best(lambda: [split_sentences(t) for t in normalized])
    total_ms, _ = best(lambda: sum(len(b) for b in split_records(
        ingest([sample], "text", 1, IngestCounts()), SplitConfig(), "text", Counter())))
    sample.unlink()
    return {"read": read_ms, "normalize": norm_ms, "split": split_ms,
            "ingest + split_records": total_ms}


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m benchmarks.bench_split", description=__doc__.splitlines()[0])
    p.add_argument("--mb", type=int, default=100, help="corpus size in MB of JSONL (the issue asks for >= 100)")
    p.add_argument("--workdir", default="/tmp/bench_split")
    args = p.parse_args(argv)

    os.environ.setdefault("POLARS_MAX_THREADS", "1")
    workdir = Path(args.workdir)
    t0 = time.perf_counter()
    corpora = write_corpora(workdir, args.mb)
    print(f"corpus written/reused in {time.perf_counter() - t0:.0f} s under {workdir}", file=sys.stderr, flush=True)
    jsonl_mb = corpora["jsonl"].stat().st_size / 1e6

    rows = []
    for fmt, path in corpora.items():
        mb = jsonl_mb if fmt.startswith("jsonl") else path.stat().st_size / 1e6
        r = measure_split(path, workdir / f"out-{fmt.replace('.', '-')}.txt")
        rows.append((fmt, mb, path.stat().st_size / 1e6, r))
        print(f"  {fmt}: {r['cpu_s']:.1f} CPU-s", file=sys.stderr, flush=True)

    print("\n| input | MB (uncompressed) | MB on disk | docs in | docs out | sentences | wall s | CPU s "
          "| MB/s wall | MB/s per core | peak RSS MB | target |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for fmt, mb, disk_mb, r in rows:
        c = r["counts"]
        per_core = mb / r["cpu_s"]
        met = per_core >= TARGET_MB_PER_CORE and r["peak_rss_mb"] < TARGET_PEAK_MB
        print(f"| .{fmt} | {mb:.1f} | {disk_mb:.1f} | {c.get('docs_in', 0):,} | {c.get('docs_out', 0):,} "
              f"| {c.get('sentences', 0):,} | {r['wall_s']:.1f} | {r['cpu_s']:.1f} | {mb / r['wall_s']:.1f} "
              f"| {per_core:.1f} | {r['peak_rss_mb']:.0f} | {'met' if met else 'MISSED'} |")
    print(f"\n(target: >= {TARGET_MB_PER_CORE:.0f} MB/s per core and < {TARGET_PEAK_MB:.0f} MB peak RSS)")

    stages = stage_breakdown(corpora["jsonl"])
    print("\n| stage (20 MB of JSONL, one process) | CPU ms per MB | MB/s per core |")
    print("|---|---:|---:|")
    for name, ms in stages.items():
        print(f"| {name} | {ms:.1f} | {1000 / ms:.1f} |")


if __name__ == "__main__":
    main()
