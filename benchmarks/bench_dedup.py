"""Near-dedup throughput per core: this project's stage (rensa + numpy) vs datasketch's MinHash + MinHashLSH.

    python benchmarks/bench_dedup.py [--mb 30] [--docs-per-part 2000] [--repeat 2]

One generated corpus (the labeled set's ko + en documents, with a near-duplicate copy of every fifth)
is written as ingested parts; then, on one core, side by side and interleaved `--repeat` times:

  stage        prep.dedup.stage's three steps as `prep build` runs them (signatures + band keys per part,
               the bucket shuffle per partition, clusters), inline (1 worker), files and all
  datasketch   MinHash(num_perm) per document over the same shingles (update_batch), MinHashLSH insert
               and query with the same bands x rows, same verification threshold: the usual
               single-process recipe (datatrove is not installed here; datasketch is its common anchor)

Prints MB/s of input text per core (best round) and the near-duplicate documents each side found.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from prep.build import near_dedup  # noqa: E402
from prep.config import DedupConfig, InputConfig, PrepConfig  # noqa: E402
from prep.dedup.minhash import shingle_text  # noqa: E402
from prep.eval.near_dup import labeled_pairs  # noqa: E402
from prep.executors import LocalRunner  # noqa: E402
from privbert.io import write_jsonl  # noqa: E402


def make_corpus(mb: float, seed: int = 0) -> list[str]:
    """Documents of the labeled set (both sides of every pair, so ~half have a near-duplicate), to `mb` MB."""
    rng = random.Random(seed)
    texts: list[str] = []
    size = 0
    round_ = 0
    while size < mb * 1e6:
        for pair in labeled_pairs(n_per_kind=200, seed=seed + round_):
            for text in (pair.a, pair.b) if rng.random() < 0.2 else (pair.a,):
                texts.append(text)
                size += len(text.encode("utf-8"))
        round_ += 1
    return texts


def run_stage(texts: list[str], docs_per_part: int, cfg: DedupConfig) -> tuple[float, int]:
    work = Path(tempfile.mkdtemp(prefix="bench_dedup_"))
    try:
        parts = work / "parts"
        parts.mkdir()
        n_parts = 0
        for start in range(0, len(texts), docs_per_part):
            write_jsonl(parts / f"part-{n_parts:05d}.jsonl", [{"text": t} for t in texts[start:start + docs_per_part]])
            n_parts += 1
        prep_cfg = PrepConfig(input=InputConfig(paths=("-",)), dedup=cfg)
        t0 = time.perf_counter()
        counts = near_dedup(prep_cfg, work, n_parts, LocalRunner(1, progress=lambda m: None), lambda m: None)
        return time.perf_counter() - t0, counts["near_dup_docs_in_clusters"] - counts["near_dup_clusters"]
    finally:
        shutil.rmtree(work)


def run_datasketch(texts: list[str], cfg: DedupConfig) -> tuple[float, int]:
    from datasketch import MinHash, MinHashLSH

    t0 = time.perf_counter()
    lsh = MinHashLSH(num_perm=cfg.num_perm, params=(cfg.bands, cfg.rows))
    k = cfg.shingle_size
    dropped = 0
    for i, text in enumerate(texts):
        t = shingle_text(text)
        mh = MinHash(num_perm=cfg.num_perm, seed=cfg.seed)
        mh.update_batch([t[j:j + k].encode("utf-8") for j in range(max(len(t) - k + 1, 1))])
        if any(mh.jaccard(other) >= cfg.threshold for other in (sigs[c] for c in lsh.query(mh))):
            dropped += 1  # a near-duplicate of an earlier document: keep the first, drop this one
        else:
            lsh.insert(i, mh)
            sigs[i] = mh
    return time.perf_counter() - t0, dropped


sigs: dict = {}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=30)
    parser.add_argument("--docs-per-part", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    cfg = DedupConfig()
    texts = make_corpus(args.mb)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"corpus: {len(texts):,} documents, {mb:.1f} MB (ko + en); config: shingle_size {cfg.shingle_size}, "
          f"num_perm {cfg.num_perm}, {cfg.bands} x {cfg.rows}, threshold {cfg.threshold}; one core each")
    best: dict[str, tuple[float, int]] = {}
    for _ in range(args.repeat):
        for name, fn in (("stage", partial(run_stage, texts, args.docs_per_part, cfg)),
                         ("datasketch", partial(run_datasketch, texts, cfg))):
            sigs.clear()
            seconds, dropped = fn()
            if name not in best or seconds < best[name][0]:
                best[name] = (seconds, dropped)
    print(f"{'implementation':<14} {'seconds':>8} {'MB/s/core':>10} {'dropped':>8} {'vs datasketch':>14}")
    for name, (seconds, dropped) in best.items():
        ratio = best["datasketch"][0] / seconds
        print(f"{name:<14} {seconds:>8.2f} {mb / seconds:>10.2f} {dropped:>8,} {ratio:>13.1f}x")


if __name__ == "__main__":
    main()
