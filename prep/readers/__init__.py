"""Readers: raw input files -> a stream of documents, each either kept or dropped with a reason.

Formats: `.jsonl` (one JSON object per line; text field configurable, every other field kept, so an
`id` stays with its text), `.txt` (layout judged per file with `input.txt_mode = "auto"`: documents
separated by a blank line, or a blank line after every line = one wrapped document; `txt_layout`),
each optionally `.gz` or `.zst`, `.parquet` (read in record batches; the text, id and lang columns are
kept), and through optional extras `.pdf`, `.docx` and `.html` / `.htm` (one document per file, page
furniture removed: `furniture`). A file without a suffix is sniffed (`sniff`). One module per format;
`sources` turns input entries (files, folders, globs, fsspec URLs) into files and byte streams and
lists what a folder held that no reader takes; `lines` cuts a stream into lines.

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
from prep.readers.docx import read_docx_documents
from prep.readers.html import read_html_documents
from prep.readers.jsonl import read_jsonl_documents
from prep.readers.lines import byte_blocks, byte_lines
from prep.readers.parquet import read_parquet_documents
from prep.readers.pdf import read_pdf_documents
from prep.readers.sniff import detect_format
from prep.readers.sources import (
    InputScan,
    decompressed,
    describe_input,
    describe_inputs,
    expand_inputs,
    is_url,
    open_input,
    scan_inputs,
)
from prep.readers.txt import read_txt_blocks, read_txt_lines
from prep.readers.txt_layout import HEAD_BYTES, detect_txt_layout, peek, unwrap_blank_line_layout

__all__ = [
    "FORMATS", "SUPPORTED_SUFFIXES", "IngestCounts", "InputScan", "RawDocument", "describe_input", "describe_inputs",
    "expand_inputs", "input_format", "is_url", "open_input", "read_documents", "scan_inputs",
]
_WHOLE_FILE_READERS = {  # formats read from the (seekable) file itself, one document per file or per row
    "parquet": read_parquet_documents, "pdf": read_pdf_documents, "docx": read_docx_documents,
    "html": read_html_documents,
}


def read_documents(
    path: str | Path, text_field: str, counts: IngestCounts, cfg: InputConfig | None = None
) -> Iterator[RawDocument]:
    """Yield the documents of one file (a local path or an fsspec URL); unusable records are counted
    in `counts` (with a warning naming the file and line) and skipped. `cfg` supplies the reading
    options (`invalid_utf8`, `txt_mode`, `max_chars`, id/lang fields); `text_field` wins over its own."""
    cfg = with_options(cfg, text_field=text_field)
    fmt, compression = detect_format(path, open_input)
    counts.counts["files_in"] += 1
    docs_before = counts.counts["docs_in"]
    try:
        with open_input(path) as raw:
            if fmt in _WHOLE_FILE_READERS:
                yield from _WHOLE_FILE_READERS[fmt](raw, path, cfg, counts)
            elif fmt == "jsonl":
                lines = byte_lines(decompressed(raw, path, compression), path, max_line_bytes(cfg))
                yield from read_jsonl_documents(lines, path, cfg, counts)
            else:
                yield from _read_txt(decompressed(raw, path, compression), path, cfg, counts)
    except BinaryInputError as exc:
        counts.counts["docs_in"] += 1
        counts.drop("binary_file", None)
        counts.warn("dropped_binary_file", f"{exc}; skipped (dropped_binary_file)")
        return
    if counts.counts["docs_in"] == docs_before:
        counts.counts["files_empty"] += 1
        counts.warn("files_empty", f"input {path} holds no document")


def _read_txt(stream, path: str | Path, cfg: InputConfig, counts: IngestCounts) -> Iterator[RawDocument]:
    """A `.txt` stream by `cfg.txt_mode`; "auto" picks the layout from the file's first 64 KiB and counts
    the choice as `txt_layout_<layout>` (files)."""
    mode = cfg.txt_mode
    if mode == "auto":
        head, stream = peek(stream, HEAD_BYTES)
        mode = detect_txt_layout(head.decode("utf-8", "replace"), complete=len(head) < HEAD_BYTES)
        counts.counts[f"txt_layout_{mode}"] += 1
    if mode == "blank_line":
        yield from read_txt_blocks(byte_blocks(stream, path, max_line_bytes(cfg)), path, cfg, counts)
        return
    lines = byte_lines(stream, path, max_line_bytes(cfg))
    for doc in read_txt_lines(lines, path, with_options(cfg, txt_mode="file"), counts):
        if mode == "wrapped":
            doc.fields[cfg.text_field] = unwrap_blank_line_layout(doc.fields[cfg.text_field])
            doc.wrapped = True
        yield doc
