"""Near-dedup throughput per core: this project's stage (rensa + numpy) vs datatrove's MinHash pipeline
and datasketch's MinHash + MinHashLSH.

    python benchmarks/bench_dedup.py [--mb 30] [--docs-per-part 2000] [--repeat 2] [--skip datasketch]

One generated corpus (the labeled set's ko + en documents, with a near-duplicate copy of every fifth)
is written as ingested parts; then, on one core, side by side and interleaved `--repeat` times:

  stage        prep.dedup.stage's three steps as `prep build` runs them (signatures + band keys per part,
               the bucket shuffle per partition, clusters), inline (1 worker), files and all
  datatrove    datatrove's four MinHash stages used as a library (MinhashDedupSignature, MinhashDedupBuckets,
               MinhashDedupCluster, MinhashDedupFilter) over the same parts (JsonlReader), each stage a
               LocalPipelineExecutor with workers=1 (tasks=1; the bucket stage needs tasks = num_buckets,
               run one after another); its own shingles (word 5-grams, spaCy's blank "en" tokenizer: the
               corpus is mixed, datatrove takes one language), the same bands x rows, 64-bit hashes; it has
               no verification step (sharing a bucket makes a duplicate)
  datasketch   MinHash(num_perm) per document over the same shingles (update_batch), MinHashLSH insert
               and query with the same bands x rows, same verification threshold: the usual
               single-process recipe

Prints MB/s of input text per core (best round) and the near-duplicate documents each side found.
"""

from __future__ import annotations

import argparse
import contextlib
import io
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


def write_parts(texts: list[str], docs_per_part: int, parts: Path) -> int:
    """`texts` as ingested parts (part-NNNNN.jsonl) in `parts`; returns the number of parts."""
    parts.mkdir()
    n_parts = 0
    for start in range(0, len(texts), docs_per_part):
        write_jsonl(parts / f"part-{n_parts:05d}.jsonl", [{"text": t} for t in texts[start:start + docs_per_part]])
        n_parts += 1
    return n_parts


def run_stage(texts: list[str], docs_per_part: int, cfg: DedupConfig) -> tuple[float, int]:
    work = Path(tempfile.mkdtemp(prefix="bench_dedup_"))
    try:
        n_parts = write_parts(texts, docs_per_part, work / "parts")
        prep_cfg = PrepConfig(input=InputConfig(paths=("-",)), dedup=cfg)
        t0 = time.perf_counter()
        counts = near_dedup(prep_cfg, work, n_parts, LocalRunner(1, progress=lambda m: None), lambda m: None)
        return time.perf_counter() - t0, counts["near_dup_docs_in_clusters"] - counts["near_dup_clusters"]
    finally:
        shutil.rmtree(work)


def run_datatrove(texts: list[str], docs_per_part: int, cfg: DedupConfig) -> tuple[float, int]:
    """datatrove's MinHash stages 1-4 on the same parts, one worker each; returns (seconds, dropped)."""
    import xxhash
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.dedup import (
        MinhashDedupBuckets,
        MinhashDedupCluster,
        MinhashDedupFilter,
        MinhashDedupSignature,
    )
    from datatrove.pipeline.dedup.minhash import MinhashConfig
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.utils.hashes import xxhash as datatrove_xxhash
    from datatrove.utils.hashing import HashConfig
    from loguru import logger

    # datatrove 0.10 hashes str shingles with xxhash<4, which encoded them as UTF-8 itself; this venv has
    # xxhash 4 (pinned by `datasets`), which wants bytes: the same encode, done here
    datatrove_xxhash.xxhash64 = lambda data: xxhash.xxh64_intdigest(data.encode() if isinstance(data, str) else data)
    logger.remove()  # datatrove logs every step to stderr (and to its logging_dir, kept here)
    work = Path(tempfile.mkdtemp(prefix="bench_datatrove_"))
    try:
        write_parts(texts, docs_per_part, work / "parts")
        mh = MinhashConfig(n_grams=5, num_buckets=cfg.bands, hashes_per_bucket=cfg.rows, seed=cfg.seed,
                           hash_config=HashConfig(precision=64))
        stages = [
            ([JsonlReader(str(work / "parts")),
              MinhashDedupSignature(str(work / "sigs"), config=mh, language="en")], 1),
            ([MinhashDedupBuckets(str(work / "sigs"), str(work / "buckets"), config=mh)], cfg.bands),
            ([MinhashDedupCluster(str(work / "buckets"), str(work / "remove"), config=mh)], 1),
            ([JsonlReader(str(work / "parts")), MinhashDedupFilter(str(work / "remove"))], 1),
        ]
        t0 = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):  # its per-stage stats, printed on completion
            for i, (pipeline, tasks) in enumerate(stages):
                LocalPipelineExecutor(pipeline, tasks=tasks, workers=1, logging_dir=str(work / f"logs{i}")).run()
        seconds = time.perf_counter() - t0
        dropped = sum(f.stat().st_size for f in (work / "remove").glob("*.remove")) // 4  # one uint32 per drop
        return seconds, dropped
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
    parser.add_argument("--skip", action="append", default=[], choices=("datatrove", "datasketch"),
                        help="leave an anchor out (repeatable)")
    args = parser.parse_args()
    cfg = DedupConfig()
    texts = make_corpus(args.mb)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"corpus: {len(texts):,} documents, {mb:.1f} MB (ko + en); config: shingle_size {cfg.shingle_size}, "
          f"num_perm {cfg.num_perm}, {cfg.bands} x {cfg.rows}, threshold {cfg.threshold}; one core each")
    best: dict[str, tuple[float, int]] = {}
    for _ in range(args.repeat):
        for name, fn in (("stage", partial(run_stage, texts, args.docs_per_part, cfg)),
                         ("datatrove", partial(run_datatrove, texts, args.docs_per_part, cfg)),
                         ("datasketch", partial(run_datasketch, texts, cfg))):
            if name in args.skip:
                continue
            sigs.clear()
            seconds, dropped = fn()
            if name not in best or seconds < best[name][0]:
                best[name] = (seconds, dropped)
    anchor = next((a for a in ("datatrove", "datasketch") if a in best), "stage")
    print(f"{'implementation':<14} {'seconds':>8} {'MB/s/core':>10} {'dropped':>8} {'vs ' + anchor:>14}")
    for name, (seconds, dropped) in best.items():
        ratio = best[anchor][0] / seconds
        print(f"{name:<14} {seconds:>8.2f} {mb / seconds:>10.2f} {dropped:>8,} {ratio:>13.1f}x")


if __name__ == "__main__":
    main()
