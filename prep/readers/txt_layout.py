"""How a `.txt` file is laid out, judged from its first 64 KiB (`input.txt_mode = "auto"`, the default).

Two layouts are told apart:

- `blank_line`: documents (or paragraphs) separated by a blank line: the classic corpus layout;
- `wrapped`: a blank line after EVERY line, as PDF exports (bills, reports) often have. Read as
  blank-line-separated, each wrapped line would become a document (25 bills -> 2,857 "documents",
  sentences cut at every line break). In this layout the whole file is one document: one blank line
  is only a line break, two or more a paragraph break, and `prep.normalize` re-joins the wrapped lines.

A file is `wrapped` when at least `MIN_LINES` non-blank lines were seen, at least 90% of its blocks
(runs of non-blank lines between blank lines) are one line long, and at least a quarter of those
lines stop mid-sentence (they end in neither sentence-final punctuation nor a Korean sentence
ending): a list of one-line documents separated by blank lines ends its lines with full stops and
stays `blank_line`.
"""

from __future__ import annotations

import re
from typing import BinaryIO

HEAD_BYTES = 1 << 16
MIN_LINES = 6
SINGLE_LINE_SHARE = 0.9
MID_SENTENCE_SHARE = 0.25
LAYOUTS = ("blank_line", "wrapped")
_SENTENCE_END = re.compile(r"(?:[.!?。！？…:;]|다|요|죠|음|함|됨|임)[\"'”’)\]」』]*$")
_BLANK_RUN = re.compile(r"\n(?:[^\S\n]*\n)+")


def detect_txt_layout(head: str, complete: bool = True) -> str:
    """"wrapped" or "blank_line" for a file whose first characters are `head` (the whole file when
    `complete`; else its last line may be cut and is not judged). See the module doc."""
    lines = head.replace("\r\n", "\n").split("\n")
    if not complete:
        lines = lines[:-1]
    blocks: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            blocks[-1].append(line.strip())
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    n_lines = sum(len(b) for b in blocks)
    if n_lines < MIN_LINES:
        return "blank_line"
    single = [b[0] for b in blocks if len(b) == 1]
    if len(single) < SINGLE_LINE_SHARE * len(blocks):
        return "blank_line"
    mid_sentence = sum(1 for line in single if not _SENTENCE_END.search(line))
    return "wrapped" if mid_sentence >= MID_SENTENCE_SHARE * len(single) else "blank_line"


def unwrap_blank_line_layout(text: str) -> str:
    """Text of the `wrapped` layout as ordinary text: one blank line -> a line break, more -> one blank line."""
    return _BLANK_RUN.sub(lambda m: "\n" if m.group(0).count("\n") == 2 else "\n\n", text)


def peek(stream: BinaryIO, n: int = HEAD_BYTES) -> tuple[bytes, BinaryIO]:
    """(the first `n` bytes of `stream`, a stream that still yields every byte from the first on)."""
    head = stream.read(n)
    return head, _PrefixedStream(head, stream)


class _PrefixedStream:
    """`head`, then the rest of `stream`: what a reader gets after the layout was judged from `head`."""

    def __init__(self, head: bytes, stream: BinaryIO):
        self._head, self._stream = head, stream

    def read(self, size: int = -1) -> bytes:
        if not self._head:
            return self._stream.read(size)
        if size < 0:
            out, self._head = self._head + self._stream.read(), b""
            return out
        out, self._head = self._head[:size], self._head[size:]
        return out
