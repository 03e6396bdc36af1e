"""Ingest stage: every input's documents (`prep.readers`) -> normalized, length-filtered, exact-deduplicated
records, in input order, with every dropped document counted by reason.

Reading (formats, folders, globs, URLs, decompression, bad input) lives in `prep.readers`; this module
is only the stage built on it.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from prep.config import InputConfig
from prep.normalize import normalize_text
from prep.readers import IngestCounts, read_documents, scan_inputs
from prep.readers.base import with_options


def ingest(
    paths: Iterable[str | Path], text_field: str, min_chars: int, counts: IngestCounts,
    cfg: InputConfig | None = None,
) -> Iterator[dict[str, Any]]:
    """Read, normalize, length-filter and exact-dedup documents across all inputs, in input order.

    `paths` may name folders and globs (`scan_inputs`; the files they hold that no reader takes are
    counted as `skipped_unsupported_<suffix>` and named in a warning). Yields records whose `text_field` holds the
    normalized text; dedup is by content hash over the whole build (about 100 bytes of memory per kept document), so a
    document repeated in two files is kept once. Documents shorter than `min_chars` or longer than
    `cfg.max_chars` characters (after normalization) are dropped and counted. `prep build` runs the same
    steps as parallel units with the dedup as a shuffle by hash (`prep.ingest_units`); this is the one-process form.
    """
    seen: set[bytes] = set()
    for doc in normalized_documents(paths, text_field, min_chars, counts, cfg):
        digest = content_digest(doc[text_field])
        if digest in seen:
            counts.drop("duplicate")
            continue
        seen.add(digest)
        yield doc


def content_digest(text: str) -> bytes:
    """The 16-byte content hash exact dedup compares (two documents are duplicates when these are equal)."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


def normalized_documents(
    paths: Iterable[str | Path], text_field: str, min_chars: int, counts: IngestCounts,
    cfg: InputConfig | None = None,
) -> Iterator[dict[str, Any]]:
    """`ingest` without the dedup: every document read, normalized and length-filtered, in input order."""
    cfg = with_options(cfg, text_field=text_field, min_chars=min_chars)
    min_len, max_len = max(cfg.min_chars, 1), cfg.max_chars or sys.maxsize
    scan = scan_inputs(paths)
    note_skipped(scan.skipped, scan.counts(), counts)
    for path in scan.files:
        for doc in read_documents(path, text_field, counts, cfg):
            text = normalize_text(doc.fields[text_field], wrapped=doc.wrapped)
            if not min_len <= len(text) <= max_len:
                if len(text) > max_len:
                    counts.drop("too_long", doc.source, f"longer than input.max_chars = {cfg.max_chars}")
                else:
                    counts.drop("empty" if not text else "too_short")
                continue
            doc.fields[text_field] = text
            yield doc.fields


def note_skipped(skipped: list[str], skip_counts: dict[str, int], counts: IngestCounts, shown: int = 20) -> None:
    """Count the files a folder or glob held that no reader takes, and name them (paths only) in a warning."""
    counts.counts.update(skip_counts)
    if skipped:
        names = ", ".join(skipped[:shown]) + (f" and {len(skipped) - shown} more" if len(skipped) > shown else "")
        counts.warn("skipped_unsupported", f"{len(skipped)} input file(s) of an unsupported type skipped: {names}")
