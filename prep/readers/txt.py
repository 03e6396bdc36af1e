"""`.txt` reader: documents separated by a blank line (`input.txt_mode = "blank_line"`), or one
document per file (`"file"`).

One `TxtDocumentBuilder` holds the rules (where a document starts, `input.max_chars`, invalid UTF-8
repaired or dropped, which line a warning names); it is fed either lines (`read_txt_lines`, for the
per-file mode) or blocks (`read_txt_blocks`, the blank-line fast path). A blank line is any line of
Unicode whitespace (`str.isspace`).

The fast path: a block of whole lines (up to 1 MiB) is decoded at once and cut into documents on runs
of blank lines with one regex split; a whole document inside a block is yielded without touching the
builder. A block with invalid UTF-8 is cut with the bytes regex instead, and each document in it that
does not decode goes to the builder line by line (so repairs, drops and warnings name the same lines),
as does any line near `max_line_bytes`. `_BLANK_BODY` spells every str.isspace character but "\\n" in
UTF-8 (all lie below U+3001; a test checks the whole range).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from prep.config import InputConfig
from prep.readers.base import IngestCounts, RawDocument, note_repaired

_WHITESPACE = sorted({chr(c).encode("utf-8") for c in range(0x3001) if chr(c).isspace()} - {b"\n"})
_BLANK_BODY = b"(?:" + b"|".join(re.escape(w) for w in _WHITESPACE) + b")*\n"  # one blank line (str.isspace)
_BLANK_RUN = re.compile(b"\n(?:" + _BLANK_BODY + b")+")  # the newline ending a line, then blank lines
_LEADING_BLANKS = re.compile(b"(?:" + _BLANK_BODY + b")+")
_BLANK_RUN_TEXT = re.compile(r"(\n(?:[^\S\n]*\n)+)")  # the same on decoded text (`\s` is str.isspace)
_LEADING_BLANKS_TEXT = re.compile(r"(?:[^\S\n]*\n)+")


class TxtDocumentBuilder:
    """The `.txt` document being gathered: lines or decoded text go in, a finished document comes out.

    Past `4 * input.max_chars` UTF-8 bytes a document is no longer held, only remembered as too long;
    one with a bad line under `input.invalid_utf8 = "drop"` likewise. Either is counted as dropped,
    named by its first line, when it ends. The methods that can end a document return it in a tuple
    (empty when none is ready, or it was dropped), so that a reader can `yield from` them."""

    def __init__(self, path: str | Path, cfg: InputConfig, counts: IngestCounts):
        self.path, self.cfg, self.counts = path, cfg, counts
        self.per_file = cfg.txt_mode == "file"
        self.limit = cfg.max_chars * 4 if cfg.max_chars else 0  # UTF-8 bytes: stop holding a document past this
        self.start = 1  # line number of the open document's first line
        self._reset()

    def _reset(self) -> None:
        self.lines: list[str] = []
        self.bad = self.too_long = False
        self.size = 0  # UTF-8 bytes held, line ends not counted (measured only when `limit` is set)

    def add_line(self, lineno: int, raw_line: bytes | None) -> tuple[RawDocument, ...]:
        """One line (None: over the line limit); returns the document a blank line ends, if any."""
        if raw_line is None:
            self.add(lineno, None, 0)
            return ()
        invalid = False
        try:
            text = raw_line.decode("utf-8")
        except UnicodeDecodeError:
            text, invalid = raw_line.decode("utf-8", "replace"), True
        if not self.per_file and (not text or text.isspace()):  # a blank line ends a document
            return self.end()
        self.add(lineno, text, len(raw_line), invalid)
        return ()

    def add(self, first: int, text: str | None, nbytes: int, invalid: bool = False) -> None:
        """Non-blank text from line `first` on (None: a line too long to hold), `nbytes` of it in UTF-8."""
        if not (self.lines or self.bad or self.too_long):
            self.start = first
        if text is None:
            self.too_long, self.lines = True, []
        if self.too_long or self.bad:
            return
        self.size += nbytes
        if self.limit and self.size > self.limit:
            self.too_long, self.lines = True, []
            return
        if invalid:
            if self.cfg.invalid_utf8 == "drop":
                self.bad, self.lines = True, []
                return
            note_repaired(self.counts, f"{self.path}:{first}")
        self.lines.append(text)

    def end(self) -> tuple[RawDocument, ...]:
        """End the open document, if any: counted in, then returned or counted as dropped."""
        if not (self.lines or self.bad or self.too_long):
            return ()
        counts, source = self.counts, f"{self.path}:{self.start}"
        counts.counts["docs_in"] += 1
        done = ()
        if self.too_long:
            counts.drop("too_long", source, f"longer than input.max_chars = {self.cfg.max_chars}")
        elif self.bad:
            counts.drop("invalid_utf8", source, "invalid UTF-8 (input.invalid_utf8 = \"drop\")")
        else:
            done = (RawDocument({self.cfg.text_field: "\n".join(self.lines)}, source),)
        self._reset()
        return done

    def close(self) -> tuple[RawDocument, ...]:
        """The end of the file ends the open document (in `"file"` mode: unless it is all blank)."""
        if self.per_file and not any(line.strip() for line in self.lines):
            self.lines = []
        return self.end()


def read_txt_lines(
    lines: Iterable[tuple[int, bytes | None]], path: str | Path, cfg: InputConfig, counts: IngestCounts
) -> Iterator[RawDocument]:
    """The documents of `byte_lines` items, by `cfg.txt_mode`, line by line."""
    building = TxtDocumentBuilder(path, cfg, counts)
    for lineno, raw_line in lines:
        yield from building.add_line(lineno, raw_line)
    yield from building.close()


def read_txt_blocks(
    items: Iterable[tuple[int, bytes | None, bool]], path: str | Path, cfg: InputConfig, counts: IngestCounts
) -> Iterator[RawDocument]:
    """The blank-line documents of `byte_blocks` items: the same documents, drops, counts and warnings as
    `read_txt_lines`, with a valid block decoded and cut at once."""
    building = TxtDocumentBuilder(path, cfg, counts)
    limit = building.limit
    field_name = cfg.text_field
    for lineno, data, is_block in items:
        text = None
        if is_block:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                pass
        if text is None:  # a line by itself, or a block with invalid UTF-8: document by document, line by line
            yield from _add_undecoded(building, lineno, data, is_block)
            continue
        # A valid block of whole lines: cut into documents on runs of blank lines, in C.
        if "\r" in text:
            text = text.replace("\r\n", "\n")
        line = lineno
        lead = _LEADING_BLANKS_TEXT.match(text)
        if lead:
            yield from building.end()
            line += text.count("\n", 0, lead.end())
            text = text[lead.end():]
        parts = _BLANK_RUN_TEXT.split(text)  # [lines, blank run, lines, ..., lines + "\n" or ""]
        last = len(parts) - 1
        # Exact UTF-8 sizes only where a document could pass the limit within this block; the part left
        # open at its end (it may go on in the next block) is always measured.
        exact = limit and building.size + len(data) > limit
        for i in range(0, last + 1, 2):
            seg = parts[i]
            if i == last:
                if not seg:
                    break
                seg = seg[:-1]
            first = line + 1
            if i < last:
                line += seg.count("\n") + parts[i + 1].count("\n")
            if 0 < i < last and not exact:  # a whole document inside the block: the common case
                counts.counts["docs_in"] += 1
                yield RawDocument({field_name: seg}, f"{path}:{first}")
                continue
            nbytes = 0
            if limit and (exact or i == last) and not (building.too_long or building.bad):
                nbytes = len(seg.encode("utf-8")) - seg.count("\n")
            building.add(first, seg, nbytes)
            if i < last:  # a blank line ends the document
                yield from building.end()
    yield from building.close()


def _add_undecoded(
    building: TxtDocumentBuilder, lineno: int, data: bytes | None, is_block: bool
) -> Iterator[RawDocument]:
    """A `byte_blocks` item the fast path cannot take, into `building`: a single line by the per-line
    rules; a block cut on blank runs in bytes, its valid documents whole, the others line by line."""
    if not is_block:
        yield from building.add_line(lineno, data)
        return
    pos, line = 0, lineno
    lead = _LEADING_BLANKS.match(data)
    if lead:
        yield from building.end()
        pos = lead.end()
        line += data.count(b"\n", 0, pos)
    end = len(data) - 1  # the block ends in "\n"
    while pos <= end:
        m = _BLANK_RUN.search(data, pos)
        stop = m.start() if m else end
        seg = data[pos:stop]
        if b"\r" in seg:
            seg = seg.replace(b"\r\n", b"\n")
            if seg.endswith(b"\r"):
                seg = seg[:-1]
        try:
            text = seg.decode("utf-8")
        except UnicodeDecodeError:  # the per-line rules: repairs and warnings name the line
            for i, piece in enumerate(data[pos:stop].split(b"\n")):
                yield from building.add_line(line + 1 + i, piece[:-1] if piece.endswith(b"\r") else piece)
        else:
            building.add(line + 1, text, (len(seg) - seg.count(b"\n")) if building.limit else 0)
        if not m:
            break
        yield from building.end()
        line += data.count(b"\n", pos, m.end())
        pos = m.end()
