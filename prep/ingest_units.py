"""The ingest stage's units of work: read in parallel, exact dedup as a shuffle by hash, parts cut in input order.

    ingest        (per group of input files)  read + normalize + length-filter -> staged JSONL chunks, and
                                              the documents' content hashes split by hash prefix
    ingest_dedup  (per hash partition)        every unit's hashes of the partition -> the positions to drop
                                              (all but the first of equal hashes, in input order)
    ingest_parts  (per output part)           staged lines minus the drops -> work/ingest/parts/part-NNNNN.jsonl
    ingest_plant  (one unit)                  canaries planted (`prep.canaries`), the parts published as work/parts

The parts are byte-identical to `ingest_in_one_process` (today's reading, normalizing and dedup in one
process, cut every `docs_per_part` kept documents) for any `unit_mb`, `hash_partitions`, worker count or
executor: a unit's staged lines are the exact JSONL lines that process would write, and dedup keeps,
for each hash, the document first in input order ((unit, position) order is input order).

Memory: an `ingest` unit holds its own documents' hashes (24 bytes each, `unit_mb` of input at most);
an `ingest_dedup` unit one partition of the whole build's hashes (about 40 bytes x documents / P while
sorting); an `ingest_parts` unit the kept-row index of the units its part spans (8 bytes per document
of each). The driver holds one count per unit. Nothing else grows with the corpus.

Everything under work/ingest/ is written under a temporary name and renamed into place, so a killed
unit leaves nothing a resume could take for done. The staged chunks and unplanted parts hold raw
text: the build deletes work/ingest/ as soon as the parts are published, and on any failure
(`prep.build.remove_raw_parts`).
"""

from __future__ import annotations

import bisect
import os
import shutil
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pyarrow as pa

from prep.arrow_files import publish_dir, read_table, write_table
from prep.config import CanaryConfig, InputConfig
from prep.executors import Unit, UnitResult
from prep.ingest import content_digest, ingest, normalized_documents
from prep.readers import IngestCounts
from prep.units import PART_PATTERN
from privbert.io import atomic_write, dump_jsonl_line, publish, temporary_name, write_jsonl

INGEST_DIR = "ingest"  # in WORK_DIR: staged raw text, hashes, drop lists and unplanted parts (deleted when done)
INGEST_STAGES = ("ingest", "ingest_dedup", "ingest_parts", "ingest_plant")  # their markers go when a build fails
UNIT_DIR = "unit-{:05d}"  # in INGEST_DIR: one read unit's chunks and hashes
CHUNK = "chunk-{:05d}.jsonl"  # in a unit folder: `docs_per_part` staged documents (the last one fewer)
HASHES = "hashes-{:05d}.arrow"  # in a unit folder: (digest, position) of its documents in one partition
DROPS = "drops-{:05d}.arrow"  # in INGEST_DIR: (unit, position) to drop, found by one partition, sorted
STAGED_PARTS = "parts"  # in INGEST_DIR: the parts before canaries are planted and they are published
DIGEST = pa.binary(16)


def group_inputs(sizes: Sequence[int], unit_mb: float) -> list[tuple[int, int]]:
    """[start, end) index ranges of consecutive files of up to `unit_mb` MB together; a bigger file is alone."""
    limit = unit_mb * 1_000_000
    groups: list[tuple[int, int]] = []
    start, total = 0, 0
    for i, size in enumerate(sizes):
        if i > start and total + size > limit:
            groups.append((start, i))
            start, total = i, 0
        total += size
    if len(sizes) > start:
        groups.append((start, len(sizes)))
    return groups


def hash_partition(digest: bytes, partitions: int) -> int:
    return int.from_bytes(digest[:8], "big") % partitions


def ingest_unit(files: Sequence[Sequence[str]], cfg: InputConfig, ingest_dir: str, unit: Unit) -> UnitResult:
    """Unit task: the files of group `unit.index` -> staged chunks + hashes by partition; counts and documents."""
    counts = IngestCounts()
    final = Path(ingest_dir) / UNIT_DIR.format(unit.index)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = temporary_name(final)
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    digests: list[list[bytes]] = [[] for _ in range(cfg.hash_partitions)]  # this unit's documents only
    positions: list[list[int]] = [[] for _ in range(cfg.hash_partitions)]
    n, chunk = 0, None
    try:
        for doc in normalized_documents(files[unit.index], cfg.text_field, cfg.min_chars, counts, cfg):
            if n % cfg.docs_per_part == 0:
                if chunk is not None:
                    chunk.close()
                chunk = open(tmp / CHUNK.format(n // cfg.docs_per_part), "w", encoding="utf-8", newline="\n")
            chunk.write(dump_jsonl_line(doc))
            digest = content_digest(doc[cfg.text_field])
            p = hash_partition(digest, cfg.hash_partitions)
            digests[p].append(digest)
            positions[p].append(n)
            n += 1
    finally:
        if chunk is not None:
            chunk.close()
    for p in range(cfg.hash_partitions):
        write_table(tmp / HASHES.format(p), pa.table({
            "digest": pa.array(digests[p], type=DIGEST), "position": pa.array(positions[p], type=pa.uint64())}))
    publish_dir(tmp, final)
    return {"docs": n, "counts": dict(counts.counts)}


def first_occurrences(digest: np.ndarray, unit: np.ndarray, position: np.ndarray) -> np.ndarray:
    """Mask of the rows that are not the first in (unit, position) order among rows of equal digest.

    `digest` is (n, 2) uint64 (the 16 bytes as two numbers)."""
    if len(unit) == 0:
        return np.zeros(0, dtype=bool)
    order = np.lexsort((position, unit, digest[:, 1], digest[:, 0]))
    d = digest[order]
    later = np.zeros(len(order), dtype=bool)
    later[1:] = (d[1:, 0] == d[:-1, 0]) & (d[1:, 1] == d[:-1, 1])
    mask = np.zeros(len(order), dtype=bool)
    mask[order] = later
    return mask


def dedup_partition(ingest_dir: str, n_units: int, unit: Unit) -> UnitResult:
    """Unit task: partition `unit.index` of every read unit's hashes -> DROPS-PPPPP.arrow sorted by
    (unit, position); returns `dropped_duplicate` and the drops per read unit (only units with some)."""
    tables, owners = [], []
    for u in range(n_units):
        table = read_table(Path(ingest_dir) / UNIT_DIR.format(u) / HASHES.format(unit.index))
        tables.append(table)
        owners.append(np.full(table.num_rows, u, dtype=np.uint32))
    rows = pa.concat_tables(tables)
    digest, position = np.zeros((0, 2), dtype=np.uint64), np.zeros(0, dtype=np.uint64)
    if rows.num_rows:
        raw = rows.column("digest").combine_chunks()
        digest = np.frombuffer(raw.buffers()[1], dtype=">u8", count=2 * rows.num_rows, offset=raw.offset * 16)
        digest = digest.reshape(-1, 2).astype(np.uint64)
        position = rows.column("position").to_numpy()
    owner = np.concatenate(owners)
    drop = first_occurrences(digest, owner, position)
    owner, position = owner[drop], position[drop]
    order = np.lexsort((position, owner))
    out = Path(ingest_dir) / DROPS.format(unit.index)
    tmp = temporary_name(out)
    write_table(tmp, pa.table({"unit": owner[order], "position": position[order]}))
    publish(tmp, out)
    per_unit = np.bincount(owner, minlength=n_units) if len(owner) else np.zeros(n_units, dtype=np.int64)
    return {"dropped_duplicate": int(len(owner)), "drops": {str(u): int(c) for u, c in enumerate(per_unit) if c}}


def unit_drops(ingest_dir: str | Path, partitions: int, read_unit: int) -> np.ndarray:
    """The sorted positions of read unit `read_unit` that dedup drops (memory-mapped slices of each partition)."""
    found = []
    for p in range(partitions):
        table = read_table(Path(ingest_dir) / DROPS.format(p))
        units = table.column("unit").to_numpy()
        lo, hi = np.searchsorted(units, read_unit, "left"), np.searchsorted(units, read_unit, "right")
        found.append(table.column("position").to_numpy()[lo:hi])
    return np.sort(np.concatenate(found)) if found else np.zeros(0, dtype=np.uint64)


def part_slices(kept: Sequence[int], docs_per_part: int, part: int) -> list[tuple[int, int, int]]:
    """(read unit, first, end) ranges of kept documents (numbered within their unit) forming output `part`."""
    starts = np.concatenate([[0], np.cumsum(kept)]).tolist()
    lo, hi = part * docs_per_part, min((part + 1) * docs_per_part, starts[-1])
    slices = []
    u = bisect.bisect_right(starts, lo) - 1
    while lo < hi:
        end = min(hi, starts[u + 1])
        if end > lo:
            slices.append((u, lo - starts[u], end - starts[u]))
        lo = end
        u += 1
    return slices


def write_part(ingest_dir: str, kept: Sequence[int], docs_per_part: int, partitions: int, unit: Unit) -> UnitResult:
    """Unit task: output part `unit.index` <- its staged lines (copied as bytes), drops skipped."""
    out = Path(ingest_dir) / STAGED_PARTS / f"{PART_PATTERN.format(unit.index)}.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with atomic_write(out, "wb") as f:
        for read_unit, first, end in part_slices(kept, docs_per_part, unit.index):
            drops = unit_drops(ingest_dir, partitions, read_unit)
            total = int(kept[read_unit]) + len(drops)
            rows = np.delete(np.arange(total, dtype=np.uint64), drops.astype(np.int64))[first:end]
            folder = Path(ingest_dir) / UNIT_DIR.format(read_unit)
            for c in np.unique(rows // docs_per_part).tolist():
                wanted = set((rows[rows // docs_per_part == c] % docs_per_part).tolist())
                with open(folder / CHUNK.format(c), "rb") as chunk:
                    for i, line in enumerate(chunk):
                        if i in wanted:
                            f.write(line)
                            n += 1
    return {"docs": n}


def plant_and_publish(ingest_dir: str, parts_dir: str, n_parts: int, cfg: InputConfig,
                      canaries: CanaryConfig | None, unit: Unit) -> UnitResult:
    """Unit task (one): the staged parts linked into a temporary folder, canaries planted there (a planted
    part is rewritten under a new inode, so the staged one stays as it was for a rerun), published as `parts_dir`."""
    staged, final = Path(ingest_dir) / STAGED_PARTS, Path(parts_dir)
    tmp = temporary_name(final)
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    for i in range(n_parts):
        name = f"{PART_PATTERN.format(i)}.jsonl"
        try:
            os.link(staged / name, tmp / name)
        except OSError:  # a file system without hard links
            shutil.copyfile(staged / name, tmp / name)
    counts: dict[str, int] = {}
    if canaries is not None and canaries.enabled and n_parts:
        from prep.canaries import plant_into_parts

        counts = plant_into_parts(tmp, n_parts, PART_PATTERN, cfg.text_field, cfg.lang_field, canaries)
    publish_dir(tmp, final)
    return counts


def ingest_in_one_process(cfg: InputConfig, parts_dir: str | Path, canaries: CanaryConfig | None = None
                          ) -> tuple[int, dict[str, int]]:
    """The reference the units reproduce byte for byte: every input read, deduplicated with one in-memory
    set and cut into parts in one process, canaries planted; (parts, counts). For tests and benchmarks."""
    out = Path(parts_dir)
    out.mkdir(parents=True, exist_ok=True)
    counts = IngestCounts()
    docs = ingest(cfg.paths, cfg.text_field, cfg.min_chars, counts, cfg)
    n_parts = 0
    while batch := [doc for _, doc in zip(range(cfg.docs_per_part), docs, strict=False)]:
        write_jsonl(out / f"{PART_PATTERN.format(n_parts)}.jsonl", batch)
        n_parts += 1
    if canaries is not None and canaries.enabled and n_parts:
        from prep.canaries import plant_into_parts

        counts.counts.update(plant_into_parts(out, n_parts, PART_PATTERN, cfg.text_field, cfg.lang_field, canaries))
    return n_parts, dict(counts.counts)
