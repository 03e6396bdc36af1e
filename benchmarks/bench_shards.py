"""Shards stage vs the seed recipe: throughput and peak memory on one generated Korean+English corpus.

    python -m benchmarks.bench_shards                 # corpora of 25 and 50 MB, a few minutes on 2 cores
    python -m benchmarks.bench_shards --sizes 10 20   # quicker

The corpus is the demo generator's (`prep.demo.corpus`, Korean and English, fake PII left in: no
scrubbing here), sentence-split into the BERT format and cut into parts of `--docs-per-part`
documents, written under `--workdir` (default /tmp/bench_shards) and reused when present. One
WordPiece tokenizer (the project's trainer, 8,000 entries) serves every run.

Every measurement runs in a fresh Python process, timed from after its imports to the end of its
work (loading the tokenizer and, for the stage, starting the worker pool are inside the timing).
Reported: MB/s of wall time; MB per CPU-second (user + system time of the process and its workers,
which a busy machine disturbs far less than wall time); peak RSS, the `VmHWM` of the largest single
process (each worker is bounded on its own; with 2 processes the machine holds about twice that).
`--repeat N` keeps the fastest of N runs.

    seed            benchmarks/seed_recipe.py on the whole corpus as one file
    stage           `prep.units.shard_part` over the parts through `LocalRunner` (as `prep build` runs it)
    stage, 1 file   `prep.shards.build_shard` on the whole corpus as one file (as `prep shards` runs it)

Every process runs with RAYON_NUM_THREADS=1 and TOKENIZERS_PARALLELISM=false, so "1 process" is
one core: the Rust tokenizer would otherwise spread `encode_batch` over every core.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

CORPUS_SEED = 20240601
GEN_BATCH = 2000  # documents per call of the demo generator (each call with its own seed)
TOKENIZER_VOCAB = 8000
MAX_SEQ_LEN = 128


def write_corpus(directory: Path, megabytes: int, docs_per_part: int) -> dict:
    """Split parts + the same text as one file, deterministic; reused if already written."""
    from prep.demo.corpus import generate_corpus
    from prep.split import format_document, split_sentences
    from prep.units import PART_PATTERN

    done = directory / "corpus.json"
    params = {"megabytes": megabytes, "docs_per_part": docs_per_part, "seed": CORPUS_SEED, "trailing_blank": False}
    if done.is_file() and json.loads(done.read_text())["params"] == params:
        return json.loads(done.read_text())
    shutil.rmtree(directory, ignore_errors=True)
    (directory / "split").mkdir(parents=True)
    target, written, n_docs, parts = megabytes * 1_000_000, 0, 0, 0
    part, whole = None, open(directory / "corpus.txt", "w", encoding="utf-8", newline="\n")
    batch = 0
    while written < target:
        for doc in generate_corpus(GEN_BATCH, seed=CORPUS_SEED + batch):
            sentences = split_sentences(doc["text"])
            if not sentences:
                continue
            if n_docs % docs_per_part == 0:
                if part:
                    part.close()
                part = open(directory / "split" / f"{PART_PATTERN.format(parts)}.txt", "w", encoding="utf-8",
                            newline="\n")
                parts += 1
            block = format_document(sentences) + "\n"
            part.write(block)
            whole.write(block)
            written += len(block.encode("utf-8"))
            n_docs += 1
            if written >= target:
                break
        batch += 1
    part.close()
    whole.close()
    # The seed recipe crashes on a file that ends with a blank line (an empty last document, drawn as a
    # "random" document sooner or later): drop it from the one-file copy so the baseline can finish.
    os.truncate(directory / "corpus.txt", written - 1)
    info = {"params": params, "bytes": written - 1, "documents": n_docs, "parts": parts}
    done.write_text(json.dumps(info))
    return info


def ensure_tokenizer(workdir: Path, corpus_dir: Path) -> Path:
    from prep.config import TokenizerConfig
    from prep.pii.types import PLACEHOLDERS
    from prep.tokenizer import save_bert_tokenizer, train_wordpiece

    tok_dir = workdir / "tokenizer"
    if not (tok_dir / "tokenizer.json").is_file():
        cfg = TokenizerConfig(vocab_size=TOKENIZER_VOCAB)
        files = sorted((corpus_dir / "split").glob("*.txt"))[:8]
        save_bert_tokenizer(train_wordpiece(files, cfg), tok_dir, cfg, PLACEHOLDERS, MAX_SEQ_LEN)
    return tok_dir


def _cpu_seconds() -> float:
    """User + system time of this process and its finished children (the workers)."""
    usage = (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN))
    return sum(u.ru_utime + u.ru_stime for u in usage)


def _peak_rss_mb() -> float:
    """This process's peak resident set (VmHWM), in MB. Not `ru_maxrss`: Linux carries that over
    from the parent through fork and exec, so every child would report at least its parent's peak."""
    from prep.executors.base import peak_rss_bytes

    return peak_rss_bytes() / 1e6


def _measured_shard_part(*args, **kwargs) -> dict:
    """`shard_part` reporting the peak memory of the worker that ran it."""
    from prep.units import shard_part

    return {**shard_part(*args, **kwargs), "peak_rss_mb": _peak_rss_mb()}


def child(args: argparse.Namespace) -> None:
    """One measured run; prints a JSON line."""
    corpus, tok_dir, out = Path(args.corpus), Path(args.tokenizer), Path(args.out)
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    if args.child == "seed":
        from benchmarks.seed_recipe import run_seed_recipe

        cpu0, t0 = _cpu_seconds(), time.perf_counter()
        examples = run_seed_recipe(corpus / "corpus.txt", tok_dir, out, block_size=MAX_SEQ_LEN)
    else:
        from prep.config import ShardsConfig
        from prep.executors import LocalRunner, Unit
        from prep.shards import build_shard
        from prep.tokenizer import load_tokenizer

        cfg = ShardsConfig(max_seq_len=MAX_SEQ_LEN)
        cpu0, t0 = _cpu_seconds(), time.perf_counter()
        worker_rss = 0.0
        if args.child == "stage-file":
            _, examples = build_shard(corpus / "corpus.txt", out / "shard-00000.arrow", load_tokenizer(tok_dir), cfg,
                                      Unit("shards", 0).seed(1))
        else:
            n_parts = len(list((corpus / "split").glob("*.txt")))
            task = partial(_measured_shard_part, str(corpus / "split"), str(out), str(tok_dir), cfg, 1)
            results = LocalRunner(args.workers, progress=lambda _: None).run(
                task, [Unit("shards", i) for i in range(n_parts)], out / "done")
            examples = sum(r["examples"] for r in results)
            worker_rss = max(r["peak_rss_mb"] for r in results)
    seconds = time.perf_counter() - t0
    rss = max(_peak_rss_mb(), 0.0 if args.child == "seed" else worker_rss)
    print(json.dumps({"seconds": seconds, "cpu_seconds": _cpu_seconds() - cpu0, "peak_rss_mb": rss,
                      "examples": examples}))


def measure(mode: str, corpus: Path, tok_dir: Path, workers: int = 1, repeat: int = 1) -> dict:
    """The fastest of `repeat` fresh runs (least disturbed by whatever else the machine is doing)."""
    env = dict(os.environ, RAYON_NUM_THREADS="1", TOKENIZERS_PARALLELISM="false")
    best = None
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(prefix="bench_shards_") as out:
            cmd = [sys.executable, "-m", "benchmarks.bench_shards", "--child", mode, "--corpus", str(corpus),
                   "--tokenizer", str(tok_dir), "--out", out, "--workers", str(workers)]
            proc = subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1])
        if proc.returncode != 0:
            raise RuntimeError(f"{mode} failed:\n{proc.stderr[-3000:]}")
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        if best is None or result["seconds"] < best["seconds"]:
            best = result
    return best


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m benchmarks.bench_shards", description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[25, 50], help="corpus sizes in MB")
    p.add_argument("--workdir", default="/tmp/bench_shards")
    p.add_argument("--docs-per-part", type=int, default=2000)
    p.add_argument("--repeat", type=int, default=1, help="runs per measurement; the fastest is reported")
    p.add_argument("--child", choices=("seed", "stage", "stage-file"), help=argparse.SUPPRESS)
    p.add_argument("--corpus", help=argparse.SUPPRESS)
    p.add_argument("--tokenizer", help=argparse.SUPPRESS)
    p.add_argument("--out", help=argparse.SUPPRESS)
    p.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        child(args)
        return

    workdir = Path(args.workdir)
    corpora = {}
    for mb in args.sizes:
        t0 = time.perf_counter()
        corpora[mb] = (workdir / f"corpus-{mb}mb", write_corpus(workdir / f"corpus-{mb}mb", mb, args.docs_per_part))
        print(f"corpus {mb} MB: {corpora[mb][1]['documents']} documents in {corpora[mb][1]['parts']} parts "
              f"({time.perf_counter() - t0:.0f} s)", file=sys.stderr, flush=True)
    tok_dir = ensure_tokenizer(workdir, corpora[min(args.sizes)][0])

    runs = [("seed recipe", "seed", 1), ("shards stage", "stage", 1), ("shards stage", "stage", 2),
            ("shards stage, 1 file", "stage-file", 1)]
    rows = []
    for mb in args.sizes:
        corpus_dir, info = corpora[mb]
        seed = None
        for label, mode, workers in runs:
            r = measure(mode, corpus_dir, tok_dir, workers, args.repeat)
            r["mb"] = info["bytes"] / 1e6
            seed = seed or r
            rows.append((label, workers, r, seed))
            print(f"  {mb} MB {label} x{workers}: {r['seconds']:.1f} s", file=sys.stderr, flush=True)

    print("\n| corpus MB | method | processes | MB/s | vs seed | MB per CPU-s | vs seed | peak RSS MB | examples |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    for label, workers, r, seed in rows:
        wall, cpu = r["mb"] / r["seconds"], r["mb"] / r["cpu_seconds"]
        seed_wall, seed_cpu = seed["mb"] / seed["seconds"], seed["mb"] / seed["cpu_seconds"]
        print(f"| {r['mb']:.1f} | {label} | {workers} | {wall:.2f} | {wall / seed_wall:.1f}x | {cpu:.2f} | "
              f"{cpu / seed_cpu:.1f}x | {r['peak_rss_mb']:.0f} | {r['examples']} |")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\n{os.cpu_count()} CPUs (load average now {load}); RAYON_NUM_THREADS=1 per process; "
          f"max_seq_len {MAX_SEQ_LEN}, dupe_factor 1, tokenizer {TOKENIZER_VOCAB} WordPiece entries")


if __name__ == "__main__":
    main()
