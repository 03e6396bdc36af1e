"""MinHash signatures and LSH band keys of documents: the pure core of near-duplicate removal.

Shingles are character n-grams of the text lowercased with every whitespace run made one space, so
Hangul (often no spaces between words) and re-wrapped lines shingle alike. The n-grams are hashed in
numpy over a whole part at once (a polynomial over the code points, then a splitmix64 finalizer),
and rensa (Rust) turns each document's shingle hashes into `num_perm` MinHash values: no Python
loop runs per shingle. Everything here is a function of the texts and the config alone, so a
signature is the same in any process, on any machine and under any worker count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from prep.config import DedupConfig

WHITESPACE = re.compile(r"\s+")
PAD = "\0"  # pads a document shorter than one shingle (ingest removed control characters, so no text has it)
_PRIME = np.uint64(0x100000001B3)  # FNV-64 prime: the base of the shingle polynomial
_C1, _C2, _C3 = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)
INSTALL_HINT = "pip install 'rensa>=0.5,<0.6'"


def shingle_text(text: str) -> str:
    """The text that is shingled: lowercased, whitespace runs made one space, stripped."""
    return WHITESPACE.sub(" ", text.lower()).strip()


def splitmix64(x: np.ndarray) -> np.ndarray:
    """splitmix64's finalizer, elementwise on uint64 (wrapping arithmetic): spreads every input bit."""
    z = x + _C1
    z = (z ^ (z >> np.uint64(30))) * _C2
    z = (z ^ (z >> np.uint64(27))) * _C3
    return z ^ (z >> np.uint64(31))


def shingle_hashes(texts: Sequence[str], size: int) -> tuple[np.ndarray, np.ndarray]:
    """(hashes, offsets): every `size`-character shingle of every text as a uint64, and row offsets
    (document i's shingles are `hashes[offsets[i]:offsets[i + 1]]`). A text shorter than one
    shingle is padded to one; an empty text gives one shingle too (all empties are alike)."""
    shingled = [shingle_text(t) for t in texts]
    padded = [t if len(t) >= size else t + PAD * (size - len(t)) for t in shingled]
    lengths = np.fromiter((len(t) for t in padded), dtype=np.int64, count=len(padded))
    counts = lengths - size + 1
    offsets = np.zeros(len(padded) + 1, dtype=np.uint64)
    np.cumsum(counts, out=offsets[1:])
    if not padded:
        return np.zeros(0, dtype=np.uint64), offsets
    codes = np.frombuffer("".join(padded).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    n = len(codes) - size + 1
    rolling = np.zeros(n, dtype=np.uint64)
    for j in range(size):  # a polynomial over each window of `size` code points
        rolling = rolling * _PRIME + codes[j : j + n]
    hashes = splitmix64(rolling)
    doc_starts = np.zeros(len(padded), dtype=np.int64)
    np.cumsum(lengths[:-1], out=doc_starts[1:])
    total = int(offsets[-1])
    within = np.arange(total, dtype=np.int64) - np.repeat(offsets[:-1].astype(np.int64), counts)
    return hashes[np.repeat(doc_starts, counts) + within], offsets


def _rensa():
    try:
        import rensa
    except ImportError as exc:
        raise ImportError(f"dedup needs rensa (Rust MinHash), which is not installed here; {INSTALL_HINT}, "
                          "or set dedup.enabled = false") from exc
    return rensa


def signatures(texts: Sequence[str], cfg: DedupConfig) -> np.ndarray:
    """The (len(texts), num_perm) uint32 MinHash signatures of `texts`."""
    if not texts:
        return np.zeros((0, cfg.num_perm), dtype=np.uint32)
    hashes, offsets = shingle_hashes(texts, cfg.shingle_size)
    matrix = _rensa().RMinHash.digest_matrix_from_flat_token_hashes(hashes, offsets, cfg.num_perm, cfg.seed)
    return np.asarray(matrix.to_rows(), dtype=np.uint32).reshape(len(texts), cfg.num_perm)


def band_keys(sigs: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """(n, bands) uint64: one key per band of `rows` signature values (documents sharing a key are candidates)."""
    keys = np.empty((sigs.shape[0], bands), dtype=np.uint64)
    for b in range(bands):
        key = np.full(sigs.shape[0], b + 1, dtype=np.uint64)
        for value in sigs[:, b * rows : (b + 1) * rows].T:
            key = splitmix64(key ^ value.astype(np.uint64))
        keys[:, b] = key
    return keys


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Row-wise share of equal MinHash values of two (n, num_perm) signature arrays: Jaccard estimates."""
    return (a == b).mean(axis=1) if len(a) else np.zeros(0)


def jaccard(a: str, b: str, size: int) -> float:
    """The exact Jaccard similarity of two texts' shingle sets (for evaluation and tests)."""
    ha, _ = shingle_hashes([a], size)
    hb, _ = shingle_hashes([b], size)
    sa, sb = set(ha.tolist()), set(hb.tolist())
    return len(sa & sb) / len(sa | sb)
