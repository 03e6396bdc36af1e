"""The build's multi-step stages: each runs its units on the runner, in order, and returns what the build needs.

    ingest_stage     read units -> exact dedup per hash partition -> parts -> canaries (`prep.ingest_units`)
    near_dedup       signatures per part -> LSH buckets per partition -> clusters (`prep.dedup.stage`)
    tokenizer_stage  words counted per split part -> merged per partition -> WordPiece (`prep.words`, `prep.units`)

The per-part stages (scrub + split, shards) are one `runner.run` each and stay in `prep.build.run_stages`.
Every step's units leave markers under `work/done`, so a resumed build redoes only unfinished units.
"""

from __future__ import annotations

import dataclasses
import shutil
from collections import Counter
from functools import partial
from pathlib import Path
from typing import Any

from prep.config import PrepConfig, TokenizerConfig
from prep.dedup.stage import cluster_drops, edge_partition, signature_part
from prep.executors import Runner, Unit
from prep.ingest_units import INGEST_DIR, dedup_partition, group_inputs, ingest_unit, plant_and_publish, write_part
from prep.units import WORDS_DIR, count_words_part, merge_word_partition, train_tokenizer

DEDUP_DIR = "dedup"  # in WORK_DIR: near-dedup's signatures, buckets, edges and drop lists (numbers, no text)


def ingest_stage(cfg: PrepConfig, files: list[str], inputs: list[dict[str, Any]], work: Path, runner: Runner
                 ) -> tuple[int, Counter]:
    """The ingest stage (`prep.ingest_units`): read units over groups of consecutive input files, exact
    dedup per hash partition, the parts cut in input order, canaries planted; returns (parts, counts).
    The staged raw text (work/ingest/) is deleted as soon as the parts are published."""
    input_cfg = dataclasses.replace(cfg.input, paths=tuple(files))  # exactly the recorded files, in order
    staging, done, partitions = str(work / INGEST_DIR), work / "done", cfg.input.hash_partitions
    groups = group_inputs([record["bytes"] for record in inputs], cfg.input.unit_mb)
    task = partial(ingest_unit, tuple(tuple(files[a:b]) for a, b in groups), input_cfg, staging)
    read = runner.run(task, [Unit("ingest", i) for i in range(len(groups))], done)
    found = runner.run(partial(dedup_partition, staging, len(groups)),
                       [Unit("ingest_dedup", p) for p in range(partitions)], done)
    counts, drops = Counter(), Counter()
    for result in read:
        counts.update(result["counts"])
    for result in found:
        counts.update({"dropped_duplicate": result["dropped_duplicate"]} if result["dropped_duplicate"] else {})
        drops.update({int(u): n for u, n in result["drops"].items()})
    kept = tuple(result["docs"] - drops[u] for u, result in enumerate(read))  # one number per read unit
    n_parts = -(-sum(kept) // cfg.input.docs_per_part)
    task = partial(write_part, staging, kept, cfg.input.docs_per_part, partitions)
    runner.run(task, [Unit("ingest_parts", j) for j in range(n_parts)], done)
    task = partial(plant_and_publish, staging, str(work / "parts"), n_parts, input_cfg, cfg.canaries)
    [planted] = runner.run(task, [Unit("ingest_plant", 0)], done)
    counts.update(planted)
    shutil.rmtree(work / INGEST_DIR, ignore_errors=True)  # raw text: the published parts are all that is needed
    return n_parts, counts


def near_dedup(cfg: PrepConfig, work: Path, n_parts: int, runner: Runner, log) -> Counter:
    """The near-duplicate stage (`prep.dedup.stage`): signatures per part, then the LSH shuffle per
    partition, then clusters (one unit); returns the cluster counts. What it drops, the scrub skips."""
    dedup_dir = str(work / DEDUP_DIR)
    task = partial(signature_part, str(work / "parts"), dedup_dir, cfg.dedup, cfg.input.text_field)
    runner.run(task, [Unit("dedup_sig", i) for i in range(n_parts)], work / "done")
    task = partial(edge_partition, dedup_dir, n_parts, cfg.dedup)
    found = runner.run(task, [Unit("dedup_edges", p) for p in range(cfg.dedup.partitions)], work / "done")
    task = partial(cluster_drops, dedup_dir, n_parts, cfg.dedup)
    [clusters] = runner.run(task, [Unit("dedup_clusters", 0)], work / "done")
    pairs, edges = sum(r["candidate_pairs"] for r in found), sum(r["edges"] for r in found)
    log(f"[dedup] {pairs} candidate pairs, {edges} near-duplicate pairs, {clusters['near_dup_clusters']} clusters "
        f"(largest {clusters['near_dup_largest_cluster']})")
    return Counter(clusters)


def tokenizer_stage(
    cfg: TokenizerConfig, texts: list[str], work: Path, tok_dir: Path, max_seq_len: int, runner: Runner, log
) -> dict[str, Any]:
    """The tokenizer from split text files: words counted per file, merged per partition, then WordPiece
    (one unit); markers in `work`/done, the counts in `work`/WORDS_DIR until the tokenizer is in place.
    Returns the tokenizer unit's result."""
    from prep.tokenizer import NO_TEXT_MESSAGE

    if not texts:
        raise ValueError(NO_TEXT_MESSAGE)
    words_dir, done = work / WORDS_DIR, work / "done"
    words_dir.mkdir(parents=True, exist_ok=True)
    task = partial(count_words_part, tuple(texts), str(words_dir), cfg)
    counted = runner.run(task, [Unit("words", i) for i in range(len(texts))], done)
    task = partial(merge_word_partition, str(words_dir), len(texts), cfg)
    merged = runner.run(task, [Unit("word_merge", p) for p in range(cfg.count_partitions)], done)
    # The merge loop's unit in a fresh process: a worker that counted words keeps ~140 MB of heap it cannot give
    # back, which would count in the stage's peak (at 200 MB of corpus: 302 MB in a used worker, 191 MB fresh)
    runner.release_workers()
    task = partial(train_tokenizer, str(words_dir), str(tok_dir), cfg, max_seq_len)
    [result] = runner.run(task, [Unit("tokenizer", 0)], done)
    log(f"[tokenizer] {sum(r['words'] for r in counted)} words, {sum(r['distinct_words'] for r in merged)} distinct;"
        f" the vocabulary learned from the {result.get('words_kept', '?')} most frequent")
    shutil.rmtree(words_dir, ignore_errors=True)  # counts only, but no longer needed (markers stay)
    return result
