"""`.pdf` reader (optional extra `pdf`: pypdf): one document per file, its pages' text joined.

pypdf extracts the text layer of each page (a scanned PDF without one yields nothing: counted as
`dropped_no_text`, "needs OCR"); `prep.readers.furniture` then removes page numbers and running
headers/footers and re-joins line-end hyphenation; `prep.normalize` re-joins the wrapped lines. A
file pypdf cannot open, or an encrypted one that opens only with a password, is skipped whole and
counted as `dropped_binary_file` (like an unreadable Parquet file); a page that fails alone is counted
as `pdf_pages_failed` and the rest of the document kept. pypdf was measured against pdfminer.six on
Korean and English (docs/ingest_and_split.md, "Your own documents").
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from prep.config import InputConfig
from prep.readers.base import BinaryInputError, IngestCounts, RawDocument, require_extra
from prep.readers.furniture import strip_page_furniture


def read_pdf_documents(
    raw: BinaryIO, path: str | Path, cfg: InputConfig, counts: IngestCounts
) -> Iterator[RawDocument]:
    """The one document of a PDF file, furniture removed (see the module doc)."""
    pypdf = require_extra("pdf", path)
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings name objects, never help the user
    try:
        reader = pypdf.PdfReader(raw)
        if reader.is_encrypted and not reader.decrypt(""):
            raise BinaryInputError(f"input {path} is an encrypted PDF that needs a password")
        pages = list(reader.pages)
    except BinaryInputError:
        raise
    except Exception as exc:  # noqa: BLE001 -- pypdf raises many types for a damaged file
        raise BinaryInputError(f"input {path} is not a readable PDF ({type(exc).__name__})") from None
    texts = []
    for page in pages:
        try:
            texts.append(page.extract_text() or "")
        except Exception:  # noqa: BLE001 -- one damaged page: keep the others
            counts.counts["pdf_pages_failed"] += 1
    counts.counts["pdf_pages"] += len(texts)
    text, furniture = strip_page_furniture(texts)
    counts.counts.update(furniture)
    counts.counts["docs_in"] += 1
    if not text.strip():
        counts.drop("no_text", str(path), "no text layer (a scanned PDF needs OCR first)")
        return
    yield RawDocument({cfg.text_field: text}, str(path), wrapped=True)
