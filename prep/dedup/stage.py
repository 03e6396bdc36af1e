"""The near-duplicate stage's units of work: signatures per part, the LSH shuffle per partition, clusters.

    dedup_sig      (per part)       part JSONL -> signatures.arrow + buckets-PPPPP.arrow (band keys, by partition)
    dedup_edges    (per partition)  every part's buckets-PPPPP -> candidate pairs -> verified edges-PPPPP.arrow
    dedup_clusters (one unit)       every edge -> connected components -> drops/part-NNNNN.arrow (to skip)

Everything on disk is Arrow IPC holding numbers only (hashes, positions, lengths): no text, so
these files may outlive the raw parts. Memory is bounded by one part (signatures), one chunk of a
partition's bucket rows (`dedup.bucket_rows`) and its candidate pairs (the pairs' signatures
`VERIFY_BATCH` at a time, each part's file mapped only while its rows are copied out), and the edges
(near-duplicate pairs only, 16 bytes each) with the documents they join: never by the corpus size itself.
Each unit writes under a temporary name and renames into place, so a killed unit leaves nothing a
resume could mistake for done; the results are in unit order, so any worker count or executor gives
the same bytes. A document is named by `doc_id(part, position in the part)`: input order.
"""

from __future__ import annotations

import shutil
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
SIZE_BINS = (2, 3, 5, 9, 17, 33, 65)  # cluster-size histogram: [2], [3, 4], [5, 8], ... [65, inf)
# Candidate pairs compared per batch: their two signature rows (2 x num_perm x 4 bytes each) gathered at once,
# ~10 MB at 128 permutations, however many pairs a chunk has (a corpus of templated documents has millions)
VERIFY_BATCH = 10_000


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


class SignatureReader:
    """Signature rows and lengths of any documents, read part by part: each part's file is memory-mapped
    only while its rows are copied out, then released, so a unit holds the rows it asked for, not the
    touched pages of every part it ever read. Ask for many ids at once (sorted or not): each part is
    opened once per call."""

    def __init__(self, dedup_dir: str | Path, num_perm: int):
        self.dedup_dir = dedup_dir
        self.num_perm = num_perm

    def _gather(self, ids: np.ndarray, column: str, out: np.ndarray) -> np.ndarray:
        parts = (ids >> np.uint64(32)).astype(np.int64)
        positions = (ids & np.uint64(0xFFFFFFFF)).astype(np.int64)
        order = np.argsort(parts, kind="stable")
        bounds = np.flatnonzero(np.diff(parts[order])) + 1
        for pick in np.split(order, bounds) if len(order) else []:
            table = read_table(part_dir(self.dedup_dir, int(parts[pick[0]])) / SIGNATURES)
            values = table.column(column)  # one record batch as `signature_part` writes it: no copy
            values = values.chunk(0) if values.num_chunks == 1 else values.combine_chunks()
            if column == "signature":
                values = values.values.to_numpy().reshape(-1, self.num_perm)
            else:
                values = values.to_numpy()
            out[pick] = values[positions[pick]]  # a copy: the mapping goes with `table` below
            del table, values
        return out

    def rows(self, ids: np.ndarray) -> np.ndarray:
        """(len(ids), num_perm) uint32 signature rows of documents `ids`."""
        return self._gather(ids, "signature", np.empty((len(ids), self.num_perm), dtype=np.uint32))

    def chars(self, ids: np.ndarray) -> np.ndarray:
        """The lengths (characters) of documents `ids`."""
        return self._gather(ids, "chars", np.empty(len(ids), dtype=np.int64))


def unique_pairs(pairs: np.ndarray) -> np.ndarray:
    """The distinct rows of (m, 2) `pairs`, sorted (as `np.unique(pairs, axis=0)`, without its copies)."""
    if len(pairs) == 0:
        return pairs
    pairs = pairs[np.lexsort((pairs[:, 1], pairs[:, 0]))]
    new = np.ones(len(pairs), dtype=bool)
    new[1:] = (pairs[1:, 0] != pairs[:-1, 0]) | (pairs[1:, 1] != pairs[:-1, 1])
    return pairs[new]


def candidate_pairs(band: np.ndarray, key: np.ndarray, doc: np.ndarray) -> np.ndarray:
    """(m, 2) uint64 pairs (a < b) of documents sharing a band key, unique and sorted.

    A bucket of k documents gives each member (after the first, in input order) two pairs: with the
    first and with its predecessor, so the work stays linear in the bucket; clusters still connect
    through the connected components, and the pair with the first is what `keep = "first"` needs."""
    if len(doc) == 0:
        return np.zeros((0, 2), dtype=np.uint64)
    order = np.lexsort((doc, key, band))
    band, key, doc = band[order], key[order], doc[order]
    del order
    new_group = np.ones(len(doc), dtype=bool)
    new_group[1:] = (band[1:] != band[:-1]) | (key[1:] != key[:-1])
    del band, key
    group = np.cumsum(new_group) - 1
    first = doc[np.flatnonzero(new_group)][group]
    del group
    later = ~new_group
    pairs = np.concatenate([
        np.stack([first[later], doc[later]], axis=1),
        np.stack([doc[:-1][later[1:]], doc[1:][later[1:]]], axis=1),
    ])
    pairs = pairs[pairs[:, 0] != pairs[:, 1]]  # (a document meets itself only through a repeated key: never)
    return unique_pairs(pairs)


def bucket_rows(files: list[Path], partitions: int, chunks: int, chunk: int) -> tuple[np.ndarray, ...]:
    """(band, key, doc) of every file's rows in key chunk `chunk` of `chunks` (`key // partitions % chunks`:
    a bucket is never split), one file mapped at a time."""
    columns: tuple[list, list, list] = ([], [], [])
    for path in files:
        table = read_table(path)
        band, key, doc = (table.column(c).to_numpy() for c in ("band", "key", "doc"))
        if chunks > 1:
            pick = (key // np.uint64(partitions)) % np.uint64(chunks) == np.uint64(chunk)
            band, key, doc = band[pick], key[pick], doc[pick]
        for out, values in zip(columns, (band, key, doc), strict=True):
            out.append(values.copy() if chunks == 1 else values)
        del table, band, key, doc
    empty = (np.zeros(0, np.uint16), np.zeros(0, np.uint64), np.zeros(0, np.uint64))
    return tuple(np.concatenate(c) if c else e for c, e in zip(columns, empty, strict=True))


def verified_pairs(pairs: np.ndarray, reader: SignatureReader, threshold: float) -> np.ndarray:
    """The pairs whose signatures agree on >= `threshold` of their values. The rows of every document in
    `pairs` are read once, in one sweep over the parts (no more documents than the chunk's band rows), then
    compared `VERIFY_BATCH` pairs at a time."""
    ids = np.unique(pairs.reshape(-1))
    rows = reader.rows(ids)
    similar = np.zeros(len(pairs), dtype=bool)
    for lo in range(0, len(pairs), VERIFY_BATCH):
        batch = pairs[lo:lo + VERIFY_BATCH]
        a, b = rows[np.searchsorted(ids, batch[:, 0])], rows[np.searchsorted(ids, batch[:, 1])]
        similar[lo:lo + len(batch)] = estimated_jaccard(a, b) >= threshold
    return pairs[similar]


def edge_partition(dedup_dir: str, n_parts: int, cfg: DedupConfig, unit: Unit) -> UnitResult:
    """Unit task: one partition of every part's band keys -> candidate pairs -> edges whose signatures
    agree on >= `cfg.threshold` of their values. The partition's rows are taken in key chunks of at most
    about `cfg.bucket_rows` (the count of chunks follows from the partition's size), so a unit's memory is
    one chunk's rows, pairs and documents' signatures plus the partition's edges (near-duplicate pairs,
    16 bytes each), whatever the corpus size."""
    files = [part_dir(dedup_dir, i) / BUCKETS.format(unit.index) for i in range(n_parts)]
    total = sum(read_table(f).num_rows for f in files)
    chunks = max(1, -(-total // cfg.bucket_rows))
    reader = SignatureReader(dedup_dir, cfg.num_perm)
    found, edges = 0, [np.zeros((0, 2), dtype=np.uint64)]
    for chunk in range(chunks):
        pairs = candidate_pairs(*bucket_rows(files, cfg.partitions, chunks, chunk))
        found += len(pairs)  # a pair in two chunks is counted twice, as a pair in two partitions always was
        edges.append(verified_pairs(pairs, reader, cfg.threshold))
        del pairs
    edges = unique_pairs(np.concatenate(edges))
    out = Path(dedup_dir) / EDGES.format(unit.index)
    tmp = temporary_name(out)
    write_table(tmp, pa.table({"a": edges[:, 0].copy(), "b": edges[:, 1].copy()}))
    publish(tmp, out)
    return {"candidate_pairs": int(found), "edges": int(len(edges)), "bucket_chunks": chunks}


def cluster_labels(edges: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(nodes, labels): the sorted distinct ids of `edges` ((m, 2) uint64) and the connected component of
    each, numbered in the order of the components' smallest ids (the root: the first in input order).
    scipy's graph search over int32 indices, no Python object per document (imported here: the scrub's
    workers import this module for `dropped_positions` and need no scipy)."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components

    nodes = np.unique(edges.reshape(-1))
    a = np.searchsorted(nodes, edges[:, 0]).astype(np.int32)
    b = np.searchsorted(nodes, edges[:, 1]).astype(np.int32)
    graph = csr_matrix((np.ones(len(a), dtype=np.int8), (a, b)), shape=(len(nodes),) * 2)
    del a, b
    _, labels = connected_components(graph, directed=False)
    del graph
    _, first = np.unique(labels, return_index=True)  # each component's smallest node (nodes are sorted)
    rank = np.empty(len(first), dtype=np.int32)
    rank[np.argsort(first)] = np.arange(len(first), dtype=np.int32)
    return nodes, rank[labels]


def root_edges(nodes: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """(root, member) pairs joining every non-root node to its component's root: a graph with the same
    components as the edges `nodes, labels` came from, one pair per clustered document."""
    _, first = np.unique(labels, return_index=True)  # component k's root: its first node (nodes are sorted)
    members = np.ones(len(nodes), dtype=bool)
    members[first] = False
    roots = nodes[first]
    return np.stack([roots[labels[members]], nodes[members]], axis=1)


def find_clusters(edges: np.ndarray) -> dict[int, list[int]]:
    """{smallest id: sorted member ids} of the connected components of `edges` (for small graphs: tests,
    tools; the stage keeps `cluster_labels`' arrays)."""
    nodes, labels = cluster_labels(edges)
    clusters: dict[int, list[int]] = {}
    for node, label in zip(nodes.tolist(), labels.tolist(), strict=True):
        clusters.setdefault(label, []).append(node)
    return {members[0]: members for members in clusters.values()}


def kept_mask(labels: np.ndarray, chars: np.ndarray | None = None) -> np.ndarray:
    """True at the one kept node of each component (`labels` numbered by root): its first node (the root),
    or with `chars` the longest, the first of equal lengths."""
    keep = np.zeros(len(labels), dtype=bool)
    if len(labels) == 0:
        return keep
    order = np.lexsort((np.arange(len(labels)), labels)) if chars is None else np.lexsort(
        (np.arange(len(labels)), -chars, labels))
    starts = np.ones(len(order), dtype=bool)
    starts[1:] = labels[order][1:] != labels[order][:-1]
    keep[order[starts]] = True
    return keep


def size_histogram(sizes) -> dict[str, int]:
    """Cluster sizes counted in `SIZE_BINS` (names like `near_dup_clusters_size_3-4`), in the order each
    bin is first met: counts, no text."""
    sizes = np.asarray(sizes, dtype=np.int64)
    bins = np.searchsorted(SIZE_BINS, sizes, side="right") - 1
    found, first, counts = np.unique(bins, return_index=True, return_counts=True)
    hist = {}
    for i in np.argsort(first):
        b = int(found[i])
        lo, hi = SIZE_BINS[b], (SIZE_BINS[b + 1] - 1 if b + 1 < len(SIZE_BINS) else None)
        hist[f"near_dup_clusters_size_{lo}" + ("" if hi == lo else f"-{hi}" if hi else "+")] = int(counts[i])
    return hist


def cluster_drops(dedup_dir: str, n_parts: int, cfg: DedupConfig, unit: Unit) -> UnitResult:
    """Unit task (the only unit of its stage): every edge -> clusters -> per-part lists of the positions
    to drop (all of a cluster but the one `cfg.keep` names) in `drops/`, and cluster counts. Memory: the
    edges and the documents in clusters (arrays of a few bytes each), whatever the corpus size."""
    nodes, labels = np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.int32)
    for p in range(cfg.partitions):  # one partition's edges at a time, merged into the clusters so far
        table = read_table(Path(dedup_dir) / EDGES.format(p))
        forest = root_edges(nodes, labels)
        edges = np.empty((len(forest) + table.num_rows, 2), dtype=np.uint64)
        edges[:len(forest)] = forest
        edges[len(forest):, 0] = table.column("a").to_numpy()
        edges[len(forest):, 1] = table.column("b").to_numpy()
        del table, forest, nodes, labels
        nodes, labels = cluster_labels(edges)
        del edges
    chars = SignatureReader(dedup_dir, cfg.num_perm).chars(nodes) if cfg.keep == "longest" else None
    drop_ids = nodes[~kept_mask(labels, chars)]  # sorted: nodes are
    final = Path(dedup_dir) / DROPS
    tmp = temporary_name(final)
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    bounds = np.searchsorted(drop_ids >> np.uint64(32), np.arange(n_parts + 1, dtype=np.uint64))
    for part in range(n_parts):
        positions = (drop_ids[bounds[part]:bounds[part + 1]] & np.uint64(0xFFFFFFFF)).astype(np.uint32)
        write_table(tmp / f"{PART_PATTERN.format(part)}.arrow", pa.table({"position": positions}))
    publish_dir(tmp, final)
    sizes = np.bincount(labels) if len(labels) else np.zeros(0, dtype=np.int64)  # components by root: input order
    return {
        "near_dup_clusters": len(sizes),
        "near_dup_largest_cluster": int(sizes.max(initial=0)),
        "near_dup_docs_in_clusters": int(sizes.sum()),
        **size_histogram(sizes),
    }


def dropped_positions(dedup_dir: str | Path | None, part: int) -> frozenset[int]:
    """Positions in ingested part `part` that near-dedup dropped (empty without a dedup folder)."""
    if not dedup_dir:
        return frozenset()
    table = read_table(Path(dedup_dir) / DROPS / f"{PART_PATTERN.format(part)}.arrow")
    return frozenset(table.column("position").to_pylist())
