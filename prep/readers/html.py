"""`.html` / `.htm` reader (optional extra `html`: trafilatura): one document per file, the main text only.

trafilatura removes the boilerplate (navigation, headers, footers, cookie banners, scripts, styles,
comments) and keeps the main text, tables included; each block it returns (heading, paragraph, list
item) becomes a paragraph. A page with no main text is counted as `dropped_no_text`. The bytes are
given to trafilatura as they are, so it reads the page's own charset declaration. Nothing is fetched:
links are never followed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from prep.config import InputConfig
from prep.readers.base import IngestCounts, RawDocument, require_extra


def read_html_documents(
    raw: BinaryIO, path: str | Path, cfg: InputConfig, counts: IngestCounts
) -> Iterator[RawDocument]:
    """The one document of an HTML file: its main text, boilerplate removed."""
    trafilatura = require_extra("html", path)
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    text = trafilatura.extract(
        raw.read(), output_format="txt", include_comments=False, include_tables=True, include_links=False,
        include_images=False, with_metadata=False,
    )
    counts.counts["docs_in"] += 1
    if not text or not text.strip():
        counts.drop("no_text", str(path), "no main text found in the page")
        return
    yield RawDocument({cfg.text_field: text.replace("\n", "\n\n")}, str(path))
