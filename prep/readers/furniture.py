"""Page furniture: what a paginated document repeats on its pages and a reader of its text does not want.

`strip_page_furniture(pages)` is a pure function from the text of each page to the document's text:

- page numbers: a line in the top or bottom `EDGE_LINES` lines of a page that is only a page number
  (`3`, `- 3 -`, `Page 3`, `Page 3 of 10`, `3 / 10`, `p. 3`, `3쪽`, `- 3 쪽 -`) is removed;
- running headers and footers: a line in those edge lines that recurs (digits read as one `#`, so
  `제3장 ... 12` and `제3장 ... 13` are one line) in the edge lines of more than half of the pages,
  on at least 3 pages, is removed from every page's edges (a title said once in a body is kept);
- hyphenation: `inter-\\nnational` at a line end becomes `international` when the document spells
  `international` elsewhere and never `inter-national`; otherwise the newline stays and the normalizer
  keeps the hyphen (`well-\\nknown` -> `well-known`: no character is ever guessed away);
- pages are joined with a newline, so a sentence running over a page break is re-joined, like any
  other wrapped line, by `prep.normalize` (a single newline inside a sentence becomes a space).

Only the edge lines are touched: a number alone in the middle of a page (a table cell) stays.
"""

from __future__ import annotations

import re
from collections import Counter

EDGE_LINES = 2  # lines at the top and at the bottom of a page where headers, footers and numbers sit
MIN_REPEATED_PAGES = 3
_PAGE_NUMBER = re.compile(
    r"[-–—\s]*(?:(?:page|p\.|pg\.?)\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*(?:쪽|페이지|면)?[-–—\s]*", re.I
)
_ROMAN_PAGE = re.compile(r"[-–—\s]*[ivxlc]{1,6}[-–—\s]*", re.I)
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
_HYPHEN_WRAP = re.compile(r"\b([A-Za-z]+)-\n([a-z]+)\b")
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def is_page_number(line: str) -> bool:
    """A line that is only a page number, in one of the common spellings."""
    line = line.strip()
    return bool(line) and (_PAGE_NUMBER.fullmatch(line) is not None or
                           (len(line) <= 8 and _ROMAN_PAGE.fullmatch(line) is not None and line.isascii()))


def strip_page_furniture(pages: list[str]) -> tuple[str, Counter]:
    """(text, counts) of a document given as the text of its pages; counts: `furniture_page_numbers`,
    `furniture_running_lines` (header/footer lines removed) and `rejoined_hyphenations`."""
    counts: Counter = Counter()
    lines_of = [[line.strip() for line in page.splitlines()] for page in pages]
    lines_of = [[line for line in lines if line] for lines in lines_of]
    running = _running_lines(lines_of)
    kept_pages = []
    for lines in lines_of:
        keep = [True] * len(lines)
        for i in _edge_indexes(len(lines)):
            if is_page_number(lines[i]):
                keep[i] = False
                counts["furniture_page_numbers"] += 1
            elif _shape(lines[i]) in running:
                keep[i] = False
                counts["furniture_running_lines"] += 1
        kept_pages.append("\n".join(line for line, k in zip(lines, keep, strict=True) if k))
    text = "\n".join(page for page in kept_pages if page)
    if "-\n" in text:
        text, counts["rejoined_hyphenations"] = rejoin_hyphenation(text)
    return text, +counts


def rejoin_hyphenation(text: str) -> tuple[str, int]:
    """(text, n): `word-\\npart` -> `wordpart` where the document spells `wordpart` elsewhere and never
    `word-part` (a line-end hyphen inserted by the layout); other line-end hyphens are left alone."""
    words = Counter(m.group(0).lower() for m in _WORD.finditer(text.replace("-\n", "\0")))
    joined = 0

    def join(m: re.Match) -> str:
        nonlocal joined
        whole, hyphenated = (m.group(1) + m.group(2)).lower(), f"{m.group(1)}-{m.group(2)}".lower()
        if words[whole] and not words[hyphenated]:
            joined += 1
            return m.group(1) + m.group(2)
        return m.group(0)

    return _HYPHEN_WRAP.sub(join, text), joined


def _edge_indexes(n: int) -> list[int]:
    return sorted(set(range(min(EDGE_LINES, n))) | set(range(max(n - EDGE_LINES, 0), n)))


def _shape(line: str) -> str:
    """A line as a running header/footer is compared: digits as one `#`, spaces collapsed, lowercase."""
    return _SPACES.sub(" ", _DIGITS.sub("#", line)).lower()


def _running_lines(lines_of: list[list[str]]) -> set[str]:
    """Shapes of the edge lines found on more than half of the pages (and on at least 3)."""
    if len(lines_of) < MIN_REPEATED_PAGES:
        return set()
    pages_with: Counter = Counter()
    for lines in lines_of:
        pages_with.update({_shape(lines[i]) for i in _edge_indexes(len(lines))})
    need = max(MIN_REPEATED_PAGES, len(lines_of) // 2 + 1)
    return {shape for shape, n in pages_with.items() if n >= need}
