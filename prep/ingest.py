"""Readers: raw input files -> a stream of documents, each either kept or dropped with a reason.

Formats: `.jsonl` (one JSON object per line; text field configurable, every other field kept) and
`.txt` (documents separated by a blank line), either optionally `.gz`. Files are read line by line,
so memory stays bounded by the largest document, not the corpus.

Nothing here prints document content: a bad line is reported by file and line number only.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from prep.normalize import normalize_text

SUPPORTED_SUFFIXES = (".jsonl", ".txt", ".jsonl.gz", ".txt.gz")


@dataclass
class RawDocument:
    """One document as read: its fields (`text` included) and where it came from."""

    fields: dict[str, Any]
    source: str  # "path:line" of the document's first line, for error messages


@dataclass
class IngestCounts:
    counts: Counter = field(default_factory=Counter)

    def drop(self, reason: str) -> None:
        self.counts[f"dropped_{reason}"] += 1


def input_format(path: str | Path) -> str:
    name = str(path).lower()
    for suffix in SUPPORTED_SUFFIXES:
        if name.endswith(suffix):
            return suffix.split(".")[1]
    raise ValueError(f"{path}: unsupported input type; use one of {', '.join(SUPPORTED_SUFFIXES)}")


def _open_text(path: Path) -> TextIO:
    raw = gzip.open(path, "rb") if str(path).endswith(".gz") else open(path, "rb")
    # errors="replace": invalid UTF-8 becomes U+FFFD instead of aborting the whole file.
    return io.TextIOWrapper(raw, encoding="utf-8", errors="replace", newline=None)


def read_documents(path: str | Path, text_field: str, counts: IngestCounts) -> Iterator[RawDocument]:
    """Yield the documents of one file; unusable records are counted in `counts` and skipped."""
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"input {path} does not exist or is not a file")
    fmt = input_format(path)
    with _open_text(path) as f:
        if fmt == "jsonl":
            yield from _read_jsonl(f, path, text_field, counts)
        else:
            yield from _read_txt(f, path, counts)


def _read_jsonl(f: TextIO, path: Path, text_field: str, counts: IngestCounts) -> Iterator[RawDocument]:
    for lineno, line in enumerate(f, 1):
        if not line.strip():
            continue
        counts.counts["docs_in"] += 1
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            counts.drop("bad_json")
            continue
        if not isinstance(obj, dict):
            counts.drop("not_an_object")
            continue
        if not isinstance(obj.get(text_field), str):
            counts.drop("no_text")
            continue
        yield RawDocument(obj, f"{path}:{lineno}")


def _read_txt(f: TextIO, path: Path, counts: IngestCounts) -> Iterator[RawDocument]:
    lines: list[str] = []
    start = 1
    for lineno, line in enumerate(f, 1):
        if line.strip():
            if not lines:
                start = lineno
            lines.append(line.rstrip("\n"))
        elif lines:
            counts.counts["docs_in"] += 1
            yield RawDocument({"text": "\n".join(lines)}, f"{path}:{start}")
            lines = []
    if lines:
        counts.counts["docs_in"] += 1
        yield RawDocument({"text": "\n".join(lines)}, f"{path}:{start}")


def ingest(
    paths: Iterable[str | Path], text_field: str, min_chars: int, counts: IngestCounts
) -> Iterator[dict[str, Any]]:
    """Read, normalize, length-filter and exact-dedup documents across all inputs, in input order.

    Yields records whose `text_field` holds the normalized text; dedup is by content hash over the
    whole build, so a document repeated in two files is kept once.
    """
    seen: set[bytes] = set()
    for path in paths:
        for doc in read_documents(path, text_field, counts):
            text = normalize_text(doc.fields[text_field])
            if len(text) < max(min_chars, 1):
                counts.drop("empty" if not text else "too_short")
                continue
            digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
            if digest in seen:
                counts.drop("duplicate")
                continue
            seen.add(digest)
            doc.fields[text_field] = text
            yield doc.fields


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> int:
    """Write records as JSONL (UTF-8, key order kept); returns the number written."""
    n = 0
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False))
            f.write("\n")
            n += 1
    return n


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Read a JSONL file this build wrote itself (trusted: no skipping)."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)
