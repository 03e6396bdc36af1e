"""The near-duplicate stage's units of work: signatures per part, the LSH shuffle per partition, clusters.

    dedup_sig      (per part)       part JSONL -> signatures.arrow + buckets-PPPPP.arrow (band keys, by partition)
    dedup_edges    (per partition)  every part's buckets-PPPPP -> candidate pairs -> verified edges-PPPPP.arrow
    dedup_clusters (one unit)       every edge -> union-find -> drops/part-NNNNN.arrow (documents to skip)

Everything on disk is Arrow IPC holding numbers only (hashes, positions, lengths): no text, so
these files may outlive the raw parts. Memory is bounded by one part (signatures), one partition
of bucket rows and its candidate pairs (the pairs' signatures `VERIFY_BATCH` at a time), and the edges
(near-duplicate pairs only); signatures are read back memory-mapped.
Each unit writes under a temporary name and renames into place, so a killed unit leaves nothing a
resume could mistake for done; the results are in unit order, so any worker count or executor gives
the same bytes. A document is named by `doc_id(part, position in the part)`: input order.
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import numpy as np
import pyarrow as pa

from prep.arrow_files import publish_dir, read_table, write_table
from prep.config import DedupConfig
from prep.dedup.minhash import band_keys, estimated_jaccard, signatures
from prep.executors import Unit, UnitResult
from privbert.io import publish, read_jsonl, temporary_name

PART_PATTERN = "part-{:05d}"  # = prep.units.PART_PATTERN (the ingested parts' names); kept in step by a test
SIGNATURES = "signatures.arrow"
BUCKETS = "buckets-{:05d}.arrow"
EDGES = "edges-{:05d}.arrow"
DROPS = "drops"
SIZE_BINS = (2, 3, 5, 9, 17, 33, 65)
# Candidate pairs verified per batch: their two signature rows (2 x num_perm x 4 bytes each) held at once, ~100 MB
# at 128 permutations, however many pairs a partition has (a corpus of templated documents has millions)
VERIFY_BATCH = 100_000  # cluster-size histogram: [2], [3, 4], [5, 8], ... [65, inf)


def doc_id(part: np.ndarray | int, position: np.ndarray | int):
    """One uint64 per document, ordered like the input: the part in the high 32 bits, the position low."""
    return (np.asarray(part, dtype=np.uint64) << np.uint64(32)) | np.asarray(position, dtype=np.uint64)


def part_dir(dedup_dir: str | Path, part: int) -> Path:
    return Path(dedup_dir) / "parts" / PART_PATTERN.format(part)


def signature_part(parts_dir: str, dedup_dir: str, cfg: DedupConfig, text_field: str, unit: Unit) -> UnitResult:
    """Unit task: one ingested part -> its signatures and its band keys, split by partition (key % partitions)."""
    texts = [r.get(text_field) or "" for r in read_jsonl(Path(parts_dir) / f"{PART_PATTERN.format(unit.index)}.jsonl")]
    sigs = signatures(texts, cfg)
    keys = band_keys(sigs, cfg.bands, cfg.rows)
    final = part_dir(dedup_dir, unit.index)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = temporary_name(final)
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    flat = pa.array(sigs.reshape(-1), type=pa.uint32())
    write_table(tmp / SIGNATURES, pa.table({
        "signature": pa.FixedSizeListArray.from_arrays(flat, cfg.num_perm),
        "chars": pa.array([len(t) for t in texts], type=pa.int64()),
    }))
    n = len(texts)
    band = np.tile(np.arange(cfg.bands, dtype=np.uint16), n)
    flat_keys = keys.reshape(-1)
    ids = np.repeat(doc_id(unit.index, np.arange(n)), cfg.bands)
    partition = flat_keys % np.uint64(cfg.partitions)
    for p in range(cfg.partitions):
        pick = partition == p
        write_table(tmp / BUCKETS.format(p), pa.table({"band": band[pick], "key": flat_keys[pick], "doc": ids[pick]}))
    publish_dir(tmp, final)
    return {"docs": n}


class SignatureStore:
    """Signature rows of any document, read from the parts' memory-mapped signature files on demand."""

    def __init__(self, dedup_dir: str | Path, num_perm: int):
        self.dedup_dir = dedup_dir
        self.num_perm = num_perm
        self._parts: dict[int, tuple[np.ndarray, np.ndarray]] = {}

    def _part(self, part: int) -> tuple[np.ndarray, np.ndarray]:
        if part not in self._parts:
            table = read_table(part_dir(self.dedup_dir, part) / SIGNATURES)
            sig = table.column("signature").combine_chunks().values.to_numpy().reshape(-1, self.num_perm)
            self._parts[part] = (sig, table.column("chars").to_numpy())
        return self._parts[part]

    def rows(self, ids: np.ndarray) -> np.ndarray:
        out = np.empty((len(ids), self.num_perm), dtype=np.uint32)
        parts = (ids >> np.uint64(32)).astype(np.int64)
        positions = (ids & np.uint64(0xFFFFFFFF)).astype(np.int64)
        for part in np.unique(parts):
            pick = parts == part
            out[pick] = self._part(int(part))[0][positions[pick]]
        return out

    def chars(self, ids: np.ndarray) -> np.ndarray:
        parts = (ids >> np.uint64(32)).astype(np.int64)
        positions = (ids & np.uint64(0xFFFFFFFF)).astype(np.int64)
        return np.array([self._part(int(p))[1][i] for p, i in zip(parts, positions, strict=True)], dtype=np.int64)


def candidate_pairs(band: np.ndarray, key: np.ndarray, doc: np.ndarray) -> np.ndarray:
    """(m, 2) uint64 pairs (a < b) of documents sharing a band key, unique and sorted.

    A bucket of k documents gives each member (after the first, in input order) two pairs: with the
    first and with its predecessor, so the work stays linear in the bucket; clusters still connect
    through the union-find, and the pair with the first is what `keep = "first"` needs."""
    if len(doc) == 0:
        return np.zeros((0, 2), dtype=np.uint64)
    order = np.lexsort((doc, key, band))
    band, key, doc = band[order], key[order], doc[order]
    new_group = np.ones(len(doc), dtype=bool)
    new_group[1:] = (band[1:] != band[:-1]) | (key[1:] != key[:-1])
    group = np.cumsum(new_group) - 1
    first = doc[np.flatnonzero(new_group)][group]
    later = ~new_group
    pairs = np.concatenate([
        np.stack([first[later], doc[later]], axis=1),
        np.stack([doc[:-1][later[1:]], doc[1:][later[1:]]], axis=1),
    ])
    pairs = pairs[pairs[:, 0] != pairs[:, 1]]  # (a document meets itself only through a repeated key: never)
    return np.unique(pairs, axis=0) if len(pairs) else pairs


def edge_partition(dedup_dir: str, n_parts: int, cfg: DedupConfig, unit: Unit) -> UnitResult:
    """Unit task: one partition of every part's band keys -> candidate pairs -> edges whose signatures
    agree on >= `cfg.threshold` of their values."""
    tables = [read_table(part_dir(dedup_dir, i) / BUCKETS.format(unit.index)) for i in range(n_parts)]
    rows = pa.concat_tables(tables) if tables else pa.table({"band": [], "key": [], "doc": []})
    pairs = candidate_pairs(*(rows.column(c).to_numpy() for c in ("band", "key", "doc")))
    store = SignatureStore(dedup_dir, cfg.num_perm)
    similar = np.zeros(len(pairs), dtype=bool)
    for lo in range(0, len(pairs), VERIFY_BATCH):  # signatures of a batch of pairs at a time: bounded memory
        batch = pairs[lo:lo + VERIFY_BATCH]
        jaccard = estimated_jaccard(store.rows(batch[:, 0]), store.rows(batch[:, 1]))
        similar[lo:lo + len(batch)] = jaccard >= cfg.threshold
    edges = pairs[similar] if len(pairs) else pairs
    out = Path(dedup_dir) / EDGES.format(unit.index)
    tmp = temporary_name(out)
    write_table(tmp, pa.table({"a": edges[:, 0].copy(), "b": edges[:, 1].copy()}))
    publish(tmp, out)
    return {"candidate_pairs": int(len(pairs)), "edges": int(len(edges))}


def find_clusters(edges: np.ndarray) -> dict[int, list[int]]:
    """{smallest id: sorted member ids} of the connected components of `edges` ((m, 2) uint64)."""
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges.tolist():
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)  # the root is always the first in input order
    clusters: dict[int, list[int]] = {}
    for node in sorted(parent):
        clusters.setdefault(root(node), []).append(node)
    return clusters


def size_histogram(sizes: list[int]) -> dict[str, int]:
    """Cluster sizes counted in `SIZE_BINS` (names like `near_dup_clusters_size_3-4`): counts, no text."""
    hist: Counter = Counter()
    for size in sizes:
        i = int(np.searchsorted(SIZE_BINS, size, side="right")) - 1
        lo, hi = SIZE_BINS[i], (SIZE_BINS[i + 1] - 1 if i + 1 < len(SIZE_BINS) else None)
        hist[f"near_dup_clusters_size_{lo}" + ("" if hi == lo else f"-{hi}" if hi else "+")] += 1
    return dict(hist)


def cluster_drops(dedup_dir: str, n_parts: int, cfg: DedupConfig, unit: Unit) -> UnitResult:
    """Unit task (the only unit of its stage): every edge -> clusters -> per-part lists of the positions
    to drop (all of a cluster but the one `cfg.keep` names) in `drops/`, and cluster counts."""
    tables = [read_table(Path(dedup_dir) / EDGES.format(p)) for p in range(cfg.partitions)]
    edges = np.stack([np.concatenate([t.column(c).to_numpy() for t in tables]) for c in ("a", "b")], axis=1)
    clusters = find_clusters(edges)
    store = SignatureStore(dedup_dir, cfg.num_perm)
    dropped: list[int] = []
    for first, members in clusters.items():
        keep = first
        if cfg.keep == "longest":
            ids = np.array(members, dtype=np.uint64)
            keep = members[int(np.argmax(store.chars(ids)))]  # argmax: the first of equal lengths
        dropped.extend(m for m in members if m != keep)
    drop_ids = np.array(sorted(dropped), dtype=np.uint64)
    final = Path(dedup_dir) / DROPS
    tmp = temporary_name(final)
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    parts = drop_ids >> np.uint64(32)
    for part in range(n_parts):
        positions = (drop_ids[parts == part] & np.uint64(0xFFFFFFFF)).astype(np.uint32)
        write_table(tmp / f"{PART_PATTERN.format(part)}.arrow", pa.table({"position": positions}))
    publish_dir(tmp, final)
    sizes = [len(m) for m in clusters.values()]
    return {
        "near_dup_clusters": len(sizes),
        "near_dup_largest_cluster": max(sizes, default=0),
        "near_dup_docs_in_clusters": sum(sizes),
        **size_histogram(sizes),
    }


def dropped_positions(dedup_dir: str | Path | None, part: int) -> frozenset[int]:
    """Positions in ingested part `part` that near-dedup dropped (empty without a dedup folder)."""
    if not dedup_dir:
        return frozenset()
    table = read_table(Path(dedup_dir) / DROPS / f"{PART_PATTERN.format(part)}.arrow")
    return frozenset(table.column("position").to_pylist())
