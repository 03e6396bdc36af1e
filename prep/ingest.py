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
from prep.readers import IngestCounts, expand_inputs, read_documents
from prep.readers.base import with_options


def ingest(
    paths: Iterable[str | Path], text_field: str, min_chars: int, counts: IngestCounts,
    cfg: InputConfig | None = None,
) -> Iterator[dict[str, Any]]:
    """Read, normalize, length-filter and exact-dedup documents across all inputs, in input order.

    `paths` may name folders and globs (`expand_inputs`). Yields records whose `text_field` holds the
    normalized text; dedup is by content hash over the whole build (about 100 bytes of memory per kept document), so a
    document repeated in two files is kept once. Documents shorter than `min_chars` or longer than
    `cfg.max_chars` characters (after normalization) are dropped and counted.
    """
    cfg = with_options(cfg, text_field=text_field, min_chars=min_chars)
    min_len, max_len = max(cfg.min_chars, 1), cfg.max_chars or sys.maxsize
    seen: set[bytes] = set()
    for path in expand_inputs(paths):
        for doc in read_documents(path, text_field, counts, cfg):
            text = normalize_text(doc.fields[text_field])
            if not min_len <= len(text) <= max_len:
                if len(text) > max_len:
                    counts.drop("too_long", doc.source, f"longer than input.max_chars = {cfg.max_chars}")
                else:
                    counts.drop("empty" if not text else "too_short")
                continue
            digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
            if digest in seen:
                counts.drop("duplicate")
                continue
            seen.add(digest)
            doc.fields[text_field] = text
            yield doc.fields
