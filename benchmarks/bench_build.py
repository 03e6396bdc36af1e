"""Corpus scale: `prep build` on generated corpora of growing size, per stage, beside HF's WordPiece trainer.

    python -m benchmarks.bench_build                       # 50, 200 MB; 2 workers; default scrub
    python -m benchmarks.bench_build --mb 50 200 620 --workers 2 --scrub default names_off
    python -m benchmarks.bench_build --mb 50 200 --json docs/scale_results.json --plot docs/img/scale.png
    python -m benchmarks.bench_build --project docs/scale_results.json   # the 100 GB projection from saved results

Each size is a folder of JSONL files of ~`--file-mb` MB (mixed Korean/English documents of
`prep.demo.corpus`, a new seed per batch of 2,000), written once under `--workdir` and reused. The demo's
templates know ~40,000 distinct words whatever the size, where real text keeps meeting new ones (Heaps'
law): so each document also gets a sentence of `VOCAB_SHARE` more words drawn from an open vocabulary
with Zipf's law (`VOCAB_ZIPF`; Korean or Latin syllables), ~0.4 M distinct words at 200 MB and ~1 M at
620 MB. Without them the tokenizer stage and HF's trainer would be measured on a toy vocabulary. Each
build runs in its own process tree with `tokenizer.vocab_size = 32000`; a sampler adds up the
resident memory of the whole tree (driver and workers) every 0.2 s for the build's peak, and the
manifest gives each stage's seconds and the peak of one process running one of its units. Then HF's
`BertWordPieceTokenizer.train` (same normalizer settings, vocab_size, min_frequency, limit_alphabet) runs
on the build's own split text in a fresh process: the tokenizer stage's anchor, side by side.

Scrub variants: `default` (every detector, as `prep build` runs) and `names_off` (`scrub.entities`
without PERSON and STREET_ADDRESS: the pattern recognizers of the other 13 types, without the name
and address detectors; the issue's "pattern scrubber").

MB/s per core = corpus MB / (seconds x cores used); cores used = min(workers, the machine's cores).
CPU s = user + system seconds of the build's whole process tree (`getrusage(RUSAGE_CHILDREN)`): on a shared
machine the wall seconds depend on the other jobs, the CPU seconds much less, so growth is read from both.
The machine is shared: read ratios within one run, not absolute seconds across runs.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

from prep.ingest_units import INGEST_STAGES

ROOT = Path(__file__).resolve().parents[1]
SEED = 20261205
GEN_BATCH = 2000
STAGES = ("ingest", "dedup", "scrub_split", "tokenizer", "shards")
# The manifest's unit stages behind each timing (peak memory: the largest of them)
STAGE_UNITS = {
    "ingest": INGEST_STAGES,
    "dedup": ("dedup_sig", "dedup_edges", "dedup_clusters"),
    "scrub_split": ("scrub",),
    "tokenizer": ("words", "word_merge", "tokenizer"),
    "shards": ("shards",),
}
NAME_DETECTOR_ENTITIES = ("PERSON", "STREET_ADDRESS")  # what the name and address detectors find


def scrub_variant(name: str) -> list[str]:
    """`prep build` arguments of a scrub variant: "default", or "names_off" (every other entity type)."""
    if name == "default":
        return []
    from prep.pii.types import PII_ENTITIES

    kept = [e for e in PII_ENTITIES if e not in NAME_DETECTOR_ENTITIES]
    return ["--set", "scrub.entities=" + json.dumps(kept)]


SCRUB_VARIANTS = ("default", "names_off")
HF_SCRIPT = """
import json, sys, time
from tokenizers import BertWordPieceTokenizer
from prep.executors.base import peak_rss_bytes
files = sys.argv[1:]
t0 = time.perf_counter()
tok = BertWordPieceTokenizer(clean_text=True, handle_chinese_chars=True, strip_accents=False, lowercase=True)
tok.train(files, vocab_size=32000, min_frequency=2, limit_alphabet=3000, show_progress=False)
print(json.dumps({"seconds": time.perf_counter() - t0, "vocab": tok.get_vocab_size(),
                  "peak_mb": peak_rss_bytes() / 2**20}))  # VmHWM: ru_maxrss would carry the parent's peak over
"""


# The open vocabulary's words, one per rank: Korean or Latin syllables (the rank's digits in their base)
KO_SYLLABLES = ("가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후"
                "기니디리미비시이지치키티피히개내대래매배새애재채강남당랑망방상앙장창검넘덤럼멈범섬엄점첨곤논돈론몬본손온존촌")
EN_SYLLABLES = ("ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu "
                "ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za zen mar tor lin das").split()
VOCAB_ZIPF = 1.25  # the exponent of the extra words' ranks: distinct words grow ~ tokens ** 0.8
VOCAB_SHARE = 0.25  # extra words per document, as a share of its own words
VOCAB_RANKS = 50_000_000  # ranks wrap here: words stay 2-6 syllables long


def vocabulary_word(rank: int) -> str:
    """The open vocabulary's word of `rank`: Korean syllables for odd ranks, Latin ones for even ranks."""
    syllables = KO_SYLLABLES if rank % 2 else EN_SYLLABLES
    rank //= 2
    word = []
    while True:
        rank, digit = divmod(rank, len(syllables))
        word.append(syllables[digit])
        if rank == 0:
            break
    if len(word) == 1:
        word.append(syllables[0])
    return "".join(word)


def with_vocabulary(doc: dict, rng) -> dict:
    """`doc` with a sentence of open-vocabulary words appended (Zipf-distributed ranks, `rng`'s draws)."""
    n = max(1, round(len(doc["text"].split()) * VOCAB_SHARE))
    ranks = rng.zipf(VOCAB_ZIPF, n) % VOCAB_RANKS
    return {**doc, "text": doc["text"] + " " + " ".join(vocabulary_word(int(r)) for r in ranks) + "."}


def write_corpus(folder: Path, megabytes: int, file_mb: int) -> float:
    """Generated JSONL files totalling `megabytes` MB in `folder` (reused when already there); returns MB."""
    import numpy as np

    from prep.demo.corpus import generate_corpus

    done = folder / "corpus.json"
    params = {"megabytes": megabytes, "file_mb": file_mb, "seed": SEED,
              "vocabulary": {"zipf": VOCAB_ZIPF, "share": VOCAB_SHARE, "ranks": VOCAB_RANKS}}
    if done.is_file() and json.loads(done.read_text())["params"] == params:
        return json.loads(done.read_text())["mb"]
    folder.mkdir(parents=True, exist_ok=True)
    target, written, batch, index = megabytes * 1_000_000, 0, 0, 0
    out = None
    while written < target:
        rng = np.random.default_rng(SEED + batch)
        for doc in generate_corpus(GEN_BATCH, seed=SEED + batch):
            doc = with_vocabulary(doc, rng)
            if out is None or out.tell() >= file_mb * 1_000_000:
                if out is not None:
                    out.close()
                out = open(folder / f"corpus-{index:04d}.jsonl", "w", encoding="utf-8", newline="\n")
                index += 1
            line = json.dumps(doc, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
        batch += 1
    out.close()
    done.write_text(json.dumps({"params": params, "mb": written / 1e6}))
    return written / 1e6


class TreeMemory:
    """The largest total resident memory of a process and its descendants, sampled every `every` seconds."""

    def __init__(self, pid: int, every: float = 0.2):
        self.root = psutil.Process(pid)
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, args=(every,), daemon=True)
        self._thread.start()

    def _sample(self, every: float) -> None:
        while not self._stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
                total = 0
                for p in procs:
                    try:
                        total += p.memory_info().rss
                    except psutil.Error:
                        pass
                self.peak = max(self.peak, total)
            except psutil.Error:
                pass
            self._stop.wait(every)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return self.peak / 2**20


def children_cpu() -> float:
    """User + system CPU seconds of this process's finished children and the children they waited for (a build's
    driver and its worker processes): the time figure a shared machine disturbs least."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_build(corpus: Path, out: Path, workers: int, scrub: str) -> dict:
    """One `prep build` in a child process: wall and CPU seconds, the tree's peak RSS, and its manifest."""
    cmd = [sys.executable, "-m", "prep", "build", "--input", str(corpus), "--output", str(out), "--overwrite",
           "--workers", str(workers), "--set", "tokenizer.vocab_size=32000", *scrub_variant(scrub)]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TQDM_DISABLE": "1"}
    t0, cpu0 = time.perf_counter(), children_cpu()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    memory = TreeMemory(proc.pid)
    _, err = proc.communicate()
    seconds, cpu_seconds = time.perf_counter() - t0, children_cpu() - cpu0
    peak = memory.stop()
    if proc.returncode:
        raise RuntimeError(f"prep build failed ({proc.returncode}):\n{err[-3000:]}")
    manifest = json.loads((out / "manifest.json").read_text())
    return {"seconds": seconds, "cpu_seconds": cpu_seconds, "tree_peak_mb": peak, "timings": manifest["timings"],
            "peak_rss_mb": manifest.get("resources", {}).get("peak_rss_mb", {}),
            "vocab_size": manifest["tokenizer"]["vocab_size"], "tokenizer_sha256": manifest["tokenizer"]["sha256"]}


def run_hf(split_dir: Path) -> dict:
    files = sorted(str(p) for p in split_dir.glob("*.txt"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", HF_SCRIPT, *files], cwd=ROOT, env=env, capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def stage_row(mb: float, cores: int, result: dict) -> list[str]:
    timings, peaks = result["timings"], result["peak_rss_mb"]
    cells = []
    for stage in STAGES:
        s = timings.get(f"{stage}_s")
        peak = max((peaks.get(u, 0.0) for u in STAGE_UNITS[stage]), default=0.0)
        cells.append("-" if s is None else f"{s:.0f} s / {peak:.0f} MB")
    return cells


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, nargs="+", default=[50, 200])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--scrub", nargs="+", choices=SCRUB_VARIANTS, default=["default"])
    parser.add_argument("--file-mb", type=int, default=64, help="size of each generated input file")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "bench_build")
    parser.add_argument("--no-hf", action="store_true", help="skip HF's trainer (the tokenizer stage's anchor)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--plot", type=Path, help="also draw time and memory against corpus size here (PNG)")
    parser.add_argument("--project", type=Path, help="only print the projection from results saved with --json")
    args = parser.parse_args(argv)
    if args.project:
        print_projection(json.loads(args.project.read_text()))
        return
    cores = min(args.workers, os.cpu_count() or 1)
    results = []
    for megabytes in args.mb:
        corpus = args.workdir / f"corpus-{megabytes}mb"
        mb = write_corpus(corpus, megabytes, args.file_mb)
        for scrub in args.scrub:
            out = args.workdir / f"build-{megabytes}mb-{scrub}"
            result = run_build(corpus, out, args.workers, scrub)
            result.update({"mb": round(mb, 1), "scrub": scrub, "workers": args.workers, "cores": cores})
            if not args.no_hf and scrub == args.scrub[0]:
                result["hf"] = run_hf(out / "work" / "split")
            results.append(result)
            print(f"[bench_build] {mb:.0f} MB {scrub}: {result['seconds']:.0f} s", file=sys.stderr, flush=True)
    print_tables(results)
    print_projection(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")
    if args.plot:
        plot(results, args.plot)


def print_tables(results: list[dict]) -> None:
    print(f"\nWhole build (workers {results[0]['workers']}, cores used {results[0]['cores']}; machine: "
          f"{os.cpu_count()} cores, shared)\n")
    print("| corpus MB | scrub | build s | CPU s | MB per CPU s | MB/s per core | peak RSS, whole tree (MB) | "
          + " | ".join(f"{s} (s / peak MB)" for s in STAGES) + " |")
    print("|---" * (7 + len(STAGES)) + "|")
    for r in results:
        rate = r["mb"] / (r["seconds"] * r["cores"])
        cpu = r.get("cpu_seconds")
        cpu_cells = f"{cpu:.0f} | {r['mb'] / cpu:.2f}" if cpu else "- | -"
        print(f"| {r['mb']:.0f} | {r['scrub']} | {r['seconds']:.0f} | {cpu_cells} | {rate:.2f} | "
              f"{r['tree_peak_mb']:.0f} | "
              + " | ".join(stage_row(r["mb"], r["cores"], r)) + " |")
    with_hf = [r for r in results if "hf" in r]
    if with_hf:
        print("\nTokenizer stage beside HF's BertWordPieceTokenizer.train on the same split text (vocab 32,000)\n")
        print("| corpus MB | prep tokenizer s | its peak MB (largest unit) | HF train s | HF peak MB | time ratio |")
        print("|---|---|---|---|---|---|")
        for r in with_hf:
            ours = r["timings"].get("tokenizer_s", 0.0)
            peak = max((r["peak_rss_mb"].get(u, 0.0) for u in STAGE_UNITS["tokenizer"]), default=0.0)
            hf = r["hf"]
            print(f"| {r['mb']:.0f} | {ours:.1f} | {peak:.0f} | {hf['seconds']:.1f} | {hf['peak_mb']:.0f} | "
                  f"{ours / hf['seconds']:.2f} |")
    sizes = sorted({r["mb"] for r in results if r["scrub"] == results[0]["scrub"]})
    if len(sizes) >= 2:
        first = {r["mb"]: r for r in results if r["scrub"] == results[0]["scrub"]}
        lo, hi = first[sizes[0]], first[sizes[-1]]
        cpu = f", CPU time x{hi['cpu_seconds'] / lo['cpu_seconds']:.2f}" if lo.get("cpu_seconds") else ""
        print(f"\nGrowth {sizes[0]:.0f} -> {sizes[-1]:.0f} MB: size x{hi['mb'] / lo['mb']:.2f}, "
              f"time x{hi['seconds'] / lo['seconds']:.2f}{cpu}, "
              f"peak RSS x{hi['tree_peak_mb'] / lo['tree_peak_mb']:.2f}")


PROJECTIONS = (("one machine, 32 cores", 1, 32), ("Ray cluster, 8 nodes x 32 cores", 8, 32))  # (name, machines, cores)


def print_projection(results: list[dict], target_mb: float = 100_000) -> None:
    """Each stage's time at `target_mb` from its measured core-seconds per MB at the largest size measured
    (per scrub variant), on each machine of `PROJECTIONS`; memory per core from the largest unit peak."""
    for scrub in sorted({r["scrub"] for r in results}):
        r = max((r for r in results if r["scrub"] == scrub), key=lambda r: r["mb"])
        per_mb = {s: r["timings"].get(f"{s}_s", 0.0) * r["cores"] / r["mb"] for s in STAGES}
        peak = max(r["peak_rss_mb"].values(), default=0.0)
        print(f"\nProjection to {target_mb / 1000:.0f} GB, scrub {scrub}, from the {r['mb']:.0f} MB run "
              f"(core-seconds per MB x size / cores; every stage's units spread over the cores)\n")
        print("| machine | " + " | ".join(f"{s} h" for s in STAGES) + " | total h | limiting stage | RAM per machine "
              f"(cores x {peak / 1024:.2f} GB) |")
        print("|---" * (4 + len(STAGES)) + "|")
        for name, machines, cores in PROJECTIONS:
            hours = {s: per_mb[s] * target_mb / (machines * cores) / 3600 for s in STAGES}
            print(f"| {name} | " + " | ".join(f"{hours[s]:.2f}" for s in STAGES) + f" | {sum(hours.values()):.2f} | "
                  f"{max(hours, key=hours.get)} | {cores * peak / 1024:.0f} GB |")


def plot(results: list[dict], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
    for scrub in sorted({r["scrub"] for r in results}):
        rows = sorted((r for r in results if r["scrub"] == scrub), key=lambda r: r["mb"])
        mbs = [r["mb"] for r in rows]
        left.plot(mbs, [r["seconds"] for r in rows], marker="o", label=f"build ({scrub})")
        right.plot(mbs, [r["tree_peak_mb"] for r in rows], marker="o", label=f"whole tree ({scrub})")
        if scrub == results[0]["scrub"]:
            for stage in STAGES:
                left.plot(mbs, [r["timings"].get(f"{stage}_s", 0.0) for r in rows], linestyle="--", label=stage)
            hf = [r for r in rows if "hf" in r]
            if hf:
                left.plot([r["mb"] for r in hf], [r["hf"]["seconds"] for r in hf], linestyle=":", label="HF trainer")
                right.plot([r["mb"] for r in hf], [r["hf"]["peak_mb"] for r in hf], linestyle=":", label="HF trainer")
    left.set(xlabel="corpus MB", ylabel="seconds", title="time")
    right.set(xlabel="corpus MB", ylabel="peak RSS MB", title="memory")
    for ax in (left, right):
        ax.legend(fontsize=7)
        ax.grid(alpha=0.3)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)


if __name__ == "__main__":
    main()
