"""The bounded-memory near-dedup steps give exactly the results of the earlier all-in-memory ones.

`reference_*` below are copies of the implementation before issue #20's memory work (every part's
signatures cached memory-mapped, a whole partition of bucket rows at once, a Python dict union-find):
the drops, the edges and the counts (their order included: the manifest keeps it) must be the same
bytes for any partition count, `keep` and chunk size, on a corpus where most documents are near-duplicates.
"""

import json
import shutil
from collections import Counter
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

from prep.arrow_files import read_table, write_table
from prep.config import DedupConfig
from prep.dedup import stage
from prep.dedup.minhash import estimated_jaccard
from prep.demo.corpus import generate_corpus
from prep.executors import Unit

DOCS_PER_PART = 90


class ReferenceSignatureStore:
    def __init__(self, dedup_dir, num_perm):
        self.dedup_dir, self.num_perm, self._parts = dedup_dir, num_perm, {}

    def _part(self, part):
        if part not in self._parts:
            table = read_table(stage.part_dir(self.dedup_dir, part) / stage.SIGNATURES)
            sig = table.column("signature").combine_chunks().values.to_numpy().reshape(-1, self.num_perm)
            self._parts[part] = (sig, table.column("chars").to_numpy())
        return self._parts[part]

    def rows(self, ids):
        out = np.empty((len(ids), self.num_perm), dtype=np.uint32)
        parts = (ids >> np.uint64(32)).astype(np.int64)
        positions = (ids & np.uint64(0xFFFFFFFF)).astype(np.int64)
        for part in np.unique(parts):
            pick = parts == part
            out[pick] = self._part(int(part))[0][positions[pick]]
        return out

    def chars(self, ids):
        parts = (ids >> np.uint64(32)).astype(np.int64)
        positions = (ids & np.uint64(0xFFFFFFFF)).astype(np.int64)
        return np.array([self._part(int(p))[1][i] for p, i in zip(parts, positions, strict=True)], dtype=np.int64)


def reference_candidate_pairs(band, key, doc):
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
    pairs = pairs[pairs[:, 0] != pairs[:, 1]]
    return np.unique(pairs, axis=0) if len(pairs) else pairs


def reference_edge_partition(dedup_dir, n_parts, cfg, unit):
    tables = [read_table(stage.part_dir(dedup_dir, i) / stage.BUCKETS.format(unit.index)) for i in range(n_parts)]
    rows = pa.concat_tables(tables)
    pairs = reference_candidate_pairs(*(rows.column(c).to_numpy() for c in ("band", "key", "doc")))
    store = ReferenceSignatureStore(dedup_dir, cfg.num_perm)
    similar = estimated_jaccard(store.rows(pairs[:, 0]), store.rows(pairs[:, 1])) >= cfg.threshold
    edges = pairs[similar] if len(pairs) else pairs
    write_table(Path(dedup_dir) / stage.EDGES.format(unit.index), pa.table({"a": edges[:, 0].copy(),
                                                                             "b": edges[:, 1].copy()}))
    return {"candidate_pairs": int(len(pairs)), "edges": int(len(edges))}


def reference_find_clusters(edges):
    parent = {}

    def root(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges.tolist():
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    clusters = {}
    for node in sorted(parent):
        clusters.setdefault(root(node), []).append(node)
    return clusters


def reference_size_histogram(sizes):
    hist = Counter()
    for size in sizes:
        i = int(np.searchsorted(stage.SIZE_BINS, size, side="right")) - 1
        lo = stage.SIZE_BINS[i]
        hi = stage.SIZE_BINS[i + 1] - 1 if i + 1 < len(stage.SIZE_BINS) else None
        hist[f"near_dup_clusters_size_{lo}" + ("" if hi == lo else f"-{hi}" if hi else "+")] += 1
    return dict(hist)


def reference_cluster_drops(dedup_dir, n_parts, cfg):
    tables = [read_table(Path(dedup_dir) / stage.EDGES.format(p)) for p in range(cfg.partitions)]
    edges = np.stack([np.concatenate([t.column(c).to_numpy() for t in tables]) for c in ("a", "b")], axis=1)
    clusters = reference_find_clusters(edges)
    store = ReferenceSignatureStore(dedup_dir, cfg.num_perm)
    dropped = []
    for first, members in clusters.items():
        keep = first
        if cfg.keep == "longest":
            keep = members[int(np.argmax(store.chars(np.array(members, dtype=np.uint64))))]
        dropped.extend(m for m in members if m != keep)
    drop_ids = np.array(sorted(dropped), dtype=np.uint64)
    (Path(dedup_dir) / stage.DROPS).mkdir()
    parts = drop_ids >> np.uint64(32)
    for part in range(n_parts):
        positions = (drop_ids[parts == part] & np.uint64(0xFFFFFFFF)).astype(np.uint32)
        write_table(Path(dedup_dir) / stage.DROPS / f"{stage.PART_PATTERN.format(part)}.arrow",
                    pa.table({"position": positions}))
    sizes = [len(m) for m in clusters.values()]
    return {"near_dup_clusters": len(sizes), "near_dup_largest_cluster": max(sizes, default=0),
            "near_dup_docs_in_clusters": sum(sizes), **reference_size_histogram(sizes)}


def _texts() -> list[str]:
    """Templated documents plus chains of edited copies (each copy an edit of the previous), of many lengths."""
    texts = [d["text"] for d in generate_corpus(n_docs=300, seed=11)]
    rng = np.random.default_rng(5)
    for i in range(260):
        base = texts[int(rng.integers(0, 30))] if i % 4 else texts[-1]
        cut = int(rng.integers(0, max(1, len(base) - 1)))
        texts.append(base[:cut] + "xyz"[i % 3] + base[cut + 1:] + " ok" * int(rng.integers(0, 4)))
    order = rng.permutation(len(texts))
    return [texts[i] for i in order]


@pytest.fixture(scope="module")
def signed(tmp_path_factory):
    """Parts and their signatures (`dedup_sig`), per partition count."""
    root = tmp_path_factory.mktemp("dedup_memory")
    texts = _texts()
    parts = root / "parts"
    parts.mkdir()
    n_parts = -(-len(texts) // DOCS_PER_PART)
    for p in range(n_parts):
        rows = texts[p * DOCS_PER_PART:(p + 1) * DOCS_PER_PART]
        (parts / f"{stage.PART_PATTERN.format(p)}.jsonl").write_text(
            "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in rows), encoding="utf-8")
    signed = {}
    for partitions in (1, 3, 8):
        dedup_dir = root / f"signed-{partitions}"
        cfg = DedupConfig(partitions=partitions)
        for p in range(n_parts):
            stage.signature_part(str(parts), str(dedup_dir), cfg, "text", Unit("dedup_sig", p))
        signed[partitions] = dedup_dir
    return root, n_parts, signed


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _run(run_edges, run_drops, signed_dir: Path, out: Path, n_parts: int, cfg: DedupConfig):
    shutil.copytree(signed_dir, out)
    found = [run_edges(str(out), n_parts, cfg, Unit("dedup_edges", p)) for p in range(cfg.partitions)]
    counts = run_drops(str(out), n_parts, cfg)
    return found, counts, _files(out / stage.DROPS), {k: v for k, v in _files(out).items() if k.startswith("edges")}


@pytest.mark.parametrize("partitions", [1, 3, 8])
@pytest.mark.parametrize("keep", ["first", "longest"])
@pytest.mark.parametrize("bucket_rows", [500_000, 300])
def test_bounded_steps_give_the_reference_results(signed, partitions, keep, bucket_rows):
    root, n_parts, dirs = signed
    cfg = DedupConfig(partitions=partitions, keep=keep, bucket_rows=bucket_rows)
    name = f"{partitions}-{keep}-{bucket_rows}"
    ref_found, ref_counts, ref_drops, ref_edges = _run(
        reference_edge_partition, reference_cluster_drops, dirs[partitions], root / f"ref-{name}", n_parts, cfg)
    found, counts, drops, edges = _run(
        stage.edge_partition, lambda d, n, c: stage.cluster_drops(d, n, c, Unit("dedup_clusters", 0)),
        dirs[partitions], root / f"new-{name}", n_parts, cfg)
    assert ref_counts["near_dup_docs_in_clusters"] > len(_texts()) / 3  # a corpus of many near-duplicates
    assert ref_counts["near_dup_largest_cluster"] >= 10 and ref_counts["near_dup_clusters"] >= 20
    assert list(counts.items()) == list(ref_counts.items())  # values and order: the manifest keeps both
    assert drops == ref_drops and edges == ref_edges
    assert [f["edges"] for f in found] == [f["edges"] for f in ref_found]
    if bucket_rows == 300:
        assert all(f["bucket_chunks"] > 1 for f in found)
    else:
        assert [f["candidate_pairs"] for f in found] == [f["candidate_pairs"] for f in ref_found]


def test_clusters_of_an_empty_graph_and_the_histogram_order():
    nodes, labels = stage.cluster_labels(np.zeros((0, 2), dtype=np.uint64))
    assert len(nodes) == len(labels) == 0
    assert stage.kept_mask(labels).tolist() == []
    assert list(stage.size_histogram([9, 2, 2, 70])) == [
        "near_dup_clusters_size_9-16", "near_dup_clusters_size_2", "near_dup_clusters_size_65+"]


def test_signature_reader_reads_rows_of_many_parts_in_any_order(signed):
    _, n_parts, dirs = signed
    reader = stage.SignatureReader(dirs[1], DedupConfig().num_perm)
    ref = ReferenceSignatureStore(dirs[1], DedupConfig().num_perm)
    ids = stage.doc_id(np.array([n_parts - 1, 0, 2, 0, 1]), np.array([3, 7, 0, 7, 89]))
    assert np.array_equal(reader.rows(ids), ref.rows(ids))
    assert reader.chars(ids).tolist() == ref.chars(ids).tolist()
    assert reader.rows(ids[:0]).shape == (0, DedupConfig().num_perm)
