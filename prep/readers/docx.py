"""`.docx` reader (optional extra `docx`: python-docx): one document per file.

The body is read in order, paragraphs and tables alike (a table row becomes one line, its cells
separated by spaces); each paragraph ends with a blank line, so `prep.normalize` keeps Word's paragraph
breaks and re-joins only the manual line breaks inside one. Page furniture needs no detection here:
headers, footers and page numbers live in their own parts of the file and are never read; footnotes,
comments and text boxes are not read either. A file python-docx cannot open is skipped whole and
counted as `dropped_binary_file`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from prep.config import InputConfig
from prep.readers.base import BinaryInputError, IngestCounts, RawDocument, require_extra


def read_docx_documents(
    raw: BinaryIO, path: str | Path, cfg: InputConfig, counts: IngestCounts
) -> Iterator[RawDocument]:
    """The one document of a DOCX file: its body's paragraphs and table rows, in order."""
    docx = require_extra("docx", path)
    try:
        document = docx.Document(raw)
    except Exception as exc:  # noqa: BLE001 -- not a zip, no word/document.xml, bad XML, ...
        raise BinaryInputError(f"input {path} is not a readable DOCX file ({type(exc).__name__})") from None
    paragraphs = list(docx_paragraphs(document))
    counts.counts["docs_in"] += 1
    if not paragraphs:
        counts.drop("no_text", str(path), "no text in the document body")
        return
    yield RawDocument({cfg.text_field: "\n\n".join(paragraphs)}, str(path))


def docx_paragraphs(document) -> Iterator[str]:
    """The non-blank paragraphs of a python-docx `Document` body, table rows as one line each, in order."""
    from docx.table import Table

    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells = list(dict.fromkeys(c.text.strip() for c in row.cells))  # a merged cell repeats
                line = " ".join(c for c in cells if c)
                if line:
                    yield line
        elif block.text.strip():
            yield block.text.strip()
