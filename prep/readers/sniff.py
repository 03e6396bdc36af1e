"""What a file is, by its name or, for a name without a suffix, by its first bytes.

Real corpora arrive with names like `bill_2101234` or `export` (no suffix): such a file is sniffed
instead of refused. The first 8 KiB decide: `%PDF-` is a PDF, a zip holding `word/document.xml` a
DOCX, `PAR1` Parquet, a gzip or zstd stream is decompressed a little and sniffed again (JSONL or
text inside), text whose first non-blank line is a JSON object is JSONL, text that opens with an HTML
tag is HTML, and any other UTF-8 text is `.txt`. What none of these match (images, archives, NUL
bytes) is not read: a folder input lists it as skipped (`skipped_unsupported_<suffix>`).
"""

from __future__ import annotations

import json
import re
import zipfile
import zlib
from pathlib import Path

from prep.readers.base import format_by_name, has_no_suffix, input_format

SNIFF_BYTES = 8192
_HTML_START = re.compile(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)


def sniff_format(head: bytes) -> tuple[str, str] | None:
    """(format, compression) of a file whose first bytes are `head`: compression "" (none), "gz" or
    "zst"; format one of `FORMATS`, or "zip" for a zip that `head` alone cannot tell (see
    `detect_format`). None: not a format the readers take."""
    if head.startswith(b"%PDF-"):
        return "pdf", ""
    if head.startswith(b"PK\x03\x04"):
        return ("docx", "") if b"word/" in head else ("zip", "")
    if head.startswith(b"PAR1"):
        return "parquet", ""
    for compression, magic in (("gz", b"\x1f\x8b"), ("zst", b"\x28\xb5\x2f\xfd")):
        if head.startswith(magic):
            inner = _sniff_text(_decompress_head(head, compression))
            return (inner, compression) if inner in ("jsonl", "txt") else None
    fmt = _sniff_text(head)
    return (fmt, "") if fmt else None


def detect_format(path: str | Path, opener) -> tuple[str, str]:
    """(format, compression) of `path`: by its suffix, or sniffed when its name has none. `opener(path)`
    opens it for binary reading. A name with no suffix whose bytes match nothing is a ValueError."""
    fmt = format_by_name(path)
    if fmt is not None:
        name = str(path).lower()
        return fmt, next((c for c in ("gz", "zst") if name.endswith("." + c)), "")
    if not has_no_suffix(path):
        input_format(path)  # raises: an unsupported suffix, named with the supported ones
    with opener(path) as f:
        head = f.read(SNIFF_BYTES)
        found = sniff_format(head)
        if found == ("zip", ""):
            found = ("docx", "") if _zip_is_docx(f) else None
    if found is None:
        raise ValueError(f"{path}: has no suffix and its bytes match no supported type (text, JSONL, PDF, DOCX, "
                         "HTML, Parquet, gzip or zstd text); convert it or remove it from the inputs")
    return found


def _zip_is_docx(f) -> bool:
    try:
        f.seek(0)
        with zipfile.ZipFile(f) as z:
            return "word/document.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _decompress_head(head: bytes, compression: str) -> bytes:
    """As much of the decompressed stream as `head` holds ("" if it does not decompress)."""
    try:
        if compression == "gz":
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, SNIFF_BYTES)
        import zstandard

        return zstandard.ZstdDecompressor().decompressobj().decompress(head)[:SNIFF_BYTES]
    except Exception:  # noqa: BLE001 -- a corrupt or unknown stream is simply not sniffed as text
        return b""


def _sniff_text(head: bytes) -> str | None:
    """"jsonl", "html" or "txt" for UTF-8 text (a character cut at the end of `head` allowed), else None."""
    if not head or b"\x00" in head or head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return None
    head = head.removeprefix(b"\xef\xbb\xbf")
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # invalid before the last (possibly cut) character: not UTF-8 text
            return None
        text = head[:exc.start].decode("utf-8")
    if _HTML_START.match(head):
        return "html"
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if first.startswith("{"):
        if len(first) == len(text.strip()) and not text.endswith("\n") and len(head) >= SNIFF_BYTES:
            return "jsonl"  # one line longer than the head: cannot be parsed here, but opens like an object
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except json.JSONDecodeError:
            pass
    return "txt"
