"""Readers: raw input files -> a stream of documents, each either kept or dropped with a reason.

Formats: `.jsonl` (one JSON object per line; text field configurable, every other field kept, so an
`id` stays with its text), `.txt` (documents separated by a blank line, or one document per file with
`input.txt_mode = "file"`), each optionally `.gz` or `.zst`, and `.parquet` (read in record batches;
the text, id and lang columns are kept). One module per format; `sources` turns input entries (files,
folders, globs, fsspec URLs) into files and byte streams, `lines` cuts a stream into lines.

Invalid UTF-8 is repaired (U+FFFD, counted as `repaired_invalid_utf8`) or drops the document
(`input.invalid_utf8`). A binary file (NUL bytes or a UTF-16 byte-order mark at its start) or an
unreadable Parquet file is skipped whole and counted as one `dropped_binary_file`; a corrupt or
truncated compressed file stops the run. Nothing here prints document content: a bad line is reported
by file and line number only.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from prep.config import InputConfig
from prep.readers.base import (
    FORMATS,
    SUPPORTED_SUFFIXES,
    BinaryInputError,
    IngestCounts,
    RawDocument,
    input_format,
    max_line_bytes,
    with_options,
)
from prep.readers.jsonl import read_jsonl_documents
from prep.readers.lines import byte_blocks, byte_lines
from prep.readers.parquet import read_parquet_documents
from prep.readers.sources import decompressed, describe_input, describe_inputs, expand_inputs, is_url, open_input
from prep.readers.txt import read_txt_blocks, read_txt_lines

__all__ = [
    "FORMATS", "SUPPORTED_SUFFIXES", "IngestCounts", "RawDocument", "describe_input", "describe_inputs",
    "expand_inputs", "input_format", "is_url", "open_input", "read_documents",
]


def read_documents(
    path: str | Path, text_field: str, counts: IngestCounts, cfg: InputConfig | None = None
) -> Iterator[RawDocument]:
    """Yield the documents of one file (a local path or an fsspec URL); unusable records are counted
    in `counts` (with a warning naming the file and line) and skipped. `cfg` supplies the reading
    options (`invalid_utf8`, `txt_mode`, `max_chars`, id/lang fields); `text_field` wins over its own."""
    cfg = with_options(cfg, text_field=text_field)
    fmt = input_format(path)
    counts.counts["files_in"] += 1
    docs_before = counts.counts["docs_in"]
    try:
        with open_input(path) as raw:
            if fmt == "parquet":
                yield from read_parquet_documents(raw, path, cfg, counts)
            else:
                stream = decompressed(raw, path)
                if fmt == "txt" and cfg.txt_mode == "blank_line":
                    yield from read_txt_blocks(byte_blocks(stream, path, max_line_bytes(cfg)), path, cfg, counts)
                else:
                    lines = byte_lines(stream, path, max_line_bytes(cfg))
                    yield from (read_jsonl_documents if fmt == "jsonl" else read_txt_lines)(lines, path, cfg, counts)
    except BinaryInputError as exc:
        counts.counts["docs_in"] += 1
        counts.drop("binary_file", None)
        counts.warn("dropped_binary_file", f"{exc}; skipped (dropped_binary_file)")
        return
    if counts.counts["docs_in"] == docs_before:
        counts.counts["files_empty"] += 1
        counts.warn("files_empty", f"input {path} holds no document")
