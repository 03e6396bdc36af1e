"""The one byte-line splitter: a decompressed stream -> blocks of whole lines, or lines, in bounded memory.

Text is read in 1 MiB chunks, so memory stays bounded by the largest kept document, never by the
corpus or by one absurd line: a line longer than `max_line_bytes` (0: no limit) is skipped without
being held. `byte_blocks` hands over whole blocks of lines (the `.txt` fast path decodes and cuts a
block at once); `byte_lines` is the same stream cut into lines, for the readers that go line by line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from prep.readers.base import BinaryInputError

CHUNK_BYTES = 1 << 20
_SNIFF_BYTES = 8192
_UTF8_BOM = b"\xef\xbb\xbf"


def chunks(stream: BinaryIO, path: str | Path, lines_read: Callable[[], int]) -> Iterator[bytes]:
    """The stream in 1 MiB chunks, a leading UTF-8 byte-order mark removed.

    Raises `BinaryInputError` for a binary file (NUL bytes or a UTF-16/32 byte-order mark in its
    first 8 KiB) and `ValueError` naming the file and `lines_read()` for a corrupt or truncated
    compressed stream."""
    first = True
    while True:
        try:
            chunk = stream.read(CHUNK_BYTES)
        except (OSError, EOFError, ValueError) as exc:  # gzip.BadGzipFile, zstd errors, truncated streams
            raise ValueError(
                f"input {path}: cannot be decompressed after line {lines_read()} ({type(exc).__name__}); "
                "the file is corrupt or truncated: re-create it or remove it from input.paths"
            ) from None
        if first:
            first = False
            if chunk.startswith(_UTF8_BOM):
                chunk = chunk[len(_UTF8_BOM):]
            elif b"\x00" in chunk[:_SNIFF_BYTES] or chunk[:2] in (b"\xff\xfe", b"\xfe\xff"):
                raise BinaryInputError(f"input {path} is not UTF-8 text (NUL bytes or a UTF-16 byte-order mark)")
        if not chunk:
            return
        yield chunk


def byte_blocks(
    stream: BinaryIO, path: str | Path, max_line_bytes: int
) -> Iterator[tuple[int, bytes | None, bool]]:
    """(line number before it, block of whole lines each ending in "\\n", True) while a block fits in
    `max_line_bytes`, and (line number, line without its "\\n" / "\\r\\n", False) items, line by line,
    only where it does not (a line near or over the limit); a line over the limit comes as `None`.

    Raises `BinaryInputError` for a binary file and `ValueError` naming the file for a compressed
    stream that is corrupt or truncated (`chunks`)."""
    carry = b""
    lineno = 0
    skipping = False
    for chunk in chunks(stream, path, lambda: lineno):  # noqa: B023 -- the current count, on purpose
        if skipping:  # inside a line already known to be too long: drop bytes up to its end
            end = chunk.find(b"\n")
            if end < 0:
                continue
            lineno += 1
            skipping = False
            yield lineno, None, False
            chunk = chunk[end + 1:]
        data = carry + chunk if carry else chunk
        cut = data.rfind(b"\n") + 1
        if not max_line_bytes or len(data) <= max_line_bytes:
            if cut:
                yield lineno, data[:cut], True
                lineno += data.count(b"\n", 0, cut)
            carry = data[cut:]
            continue
        pieces = data.split(b"\n")
        for piece in pieces[:-1]:
            lineno += 1
            if len(piece) > max_line_bytes:
                yield lineno, None, False
            else:
                yield lineno, piece[:-1] if piece.endswith(b"\r") else piece, False
        carry = pieces[-1]
        if len(carry) > max_line_bytes:
            carry, skipping = b"", True
    if skipping:
        yield lineno + 1, None, False
    elif carry:
        yield lineno + 1, carry[:-1] if carry.endswith(b"\r") else carry, False


def byte_lines(stream: BinaryIO, path: str | Path, max_line_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line without its "\\n" / "\\r\\n", or None when over `max_line_bytes`) for each line:
    `byte_blocks` with its blocks cut into lines."""
    for lineno, data, is_block in byte_blocks(stream, path, max_line_bytes):
        if not is_block:
            yield lineno, data
            continue
        pieces = data.split(b"\n")
        pieces.pop()  # the empty piece after the block's last "\n"
        for piece in pieces:
            lineno += 1
            yield lineno, piece[:-1] if piece.endswith(b"\r") else piece
