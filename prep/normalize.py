"""Text normalization before scrubbing and splitting: one canonical form for every document.

Why each step exists:
- NFC: decomposed Hangul (conjoining jamo from macOS file names, some PDFs) and composed Hangul must
  be the same string, or dedup, the PII recognizers and the tokenizer see two spellings of one word.
- Control and invisible format characters (NUL, bidi marks, zero-width joiners, soft hyphens, BOM,
  lone surrogates) are deleted: they are invisible to a reader, split words for a regex, and BERT's
  own tokenizer drops them anyway. `\\f`, `\\v`, NEL and U+2028 become "\\n"; U+2029 a paragraph break.
- Tabs and odd spaces (NBSP, U+2000..U+200B incl. zero-width space, ideographic space) become one
  plain space, runs of spaces collapse, lines are stripped, 3+ newlines become one blank line.
- Hard-wrapped lines are re-joined: a single "\\n" is kept only where `prep.split` would end a
  sentence anyway, where the next line starts a list item (`1.`, `2)`, `-`, `•`, `※`, `가.`), or after
  a short whole line such as a heading, greeting or sign-off (`Hi Sam,`); otherwise it
  becomes a space. `hyphen-\\nated` Latin words lose only the newline (`hyphen-ated`: no character is
  dropped, and `well-\\nknown` stays right). A blank line (paragraph break) is always kept.

Every step is a compiled regex or a C-level string method over the whole text; the only Python loop
is per line of a paragraph that has single newlines. The result is a fixed point:
`normalize_text(normalize_text(t)) == normalize_text(t)`.
"""

from __future__ import annotations

import re
import unicodedata
from itertools import accumulate, count
from operator import add

from prep.split import sentence_ending_line_breaks

_LINE_BREAKS_RE = re.compile("\r\n?|[\x0b\x0c\x85\u2028]")
_DELETED_CHARS_RE = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"  # C0/C1 controls except \t \n (\v \f \r \x85 handled above)
    "\u00ad\u180e\u200c-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"  # soft hyphen, ZWNJ/ZWJ, bidi
    "\ufeff\ufff9-\ufffb\ud800-\udfff]"  # BOM, interlinear annotation, lone surrogates
)
_ODD_SPACES_RE = re.compile("[\t\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000]")
_SPACE_RUN_RE = re.compile(" {2,}")
_SPACE_AT_LINE_EDGE_RE = re.compile(" \n ?|\n ")
_EXTRA_NEWLINES_RE = re.compile("\n{3,}")
_HYPHENATED_WRAP_RE = re.compile(r"(?<=[a-z]-)\n(?=[a-z])")
# " \n", "-\n", "\n " or "\n\n\n": one scan that stops only at line breaks (the pattern starts with "\n").
_AROUND_LINE_BREAK_RE = re.compile("\n(?:(?<=[ -]\n)| |\n\n)")
# A line that starts a list item keeps its own line: bullets, `1.` / `2)` / `(3)` (not a date `11. 12.`),
# `a)` / `b.`, Korean `가.` / `나)`, and a statute article `제2조(정의)`.
_LIST_ITEM_START_RE = re.compile(
    r"(?:[-*•·▪‣◦–—※]\s|\(?\d{1,3}[.)]\s(?!\d)|[A-Za-z][.)]\s|[가나다라마바사아자차카타파하][.)]\s|[①-⑳]"
    r"|제\d{1,3}조(?:의\d{1,2})?\()"
)


def normalize_text(text: str, wrapped: bool = False) -> str:
    """Unicode NFC (Hangul jamo composed), control chars and NULs removed (keep \\n), \\r\\n and \\r -> \\n,
    tabs/odd spaces (NBSP, zero-width, ideographic space) -> plain space, runs of spaces collapsed, lines
    stripped, 3+ newlines -> one blank line, hard-wrapped lines re-joined: a single \\n inside a sentence
    (previous line does not end with sentence-final punctuation or a Korean sentence ending) becomes a space;
    a blank line (paragraph break) is kept as "\\n\\n". Returns "" for whitespace-only input.

    `wrapped`: the text is known to be hard-wrapped (a PDF's text layer, a `.txt` file in the blank-line-
    after-every-line layout), so every paragraph is re-joined; otherwise a paragraph whose short lines look
    like its structure (chat lines, a heading over its text) keeps them (`_looks_hard_wrapped`)."""
    # Fast path: `str.isprintable()` is False for every character the first three regexes touch (controls,
    # format characters, surrogates, line/paragraph separators, tabs and non-ASCII spaces; tested), so most
    # documents skip those scans. Each later step is skipped when the substring it needs is absent.
    if not text.replace("\n", " ").isprintable():
        text = _LINE_BREAKS_RE.sub("\n", text).replace("\u2029", "\n\n")
        text = _DELETED_CHARS_RE.sub("", text)
        text = unicodedata.normalize("NFC", text)  # after deletion: a removed char may have split a jamo run
        text = _ODD_SPACES_RE.sub(" ", text)
    else:
        text = unicodedata.normalize("NFC", text)  # CPython answers already-NFC text with a quick check
    if "  " in text:
        text = _SPACE_RUN_RE.sub(" ", text)
    if "\n" not in text:
        return text.strip(" ")
    if _AROUND_LINE_BREAK_RE.search(text) is None:  # most texts: none of the next three steps has work
        text = text.strip(" \n")
        if "\n" not in text:
            return text
    else:
        if " \n" in text or "\n " in text:  # two C searches: the regex stops at every space
            text = _SPACE_AT_LINE_EDGE_RE.sub("\n", text)
        text = text.strip(" \n")
        if "\n\n\n" in text:
            text = _EXTRA_NEWLINES_RE.sub("\n\n", text)
        if "\n" not in text:
            return text
        if "-\n" in text:
            text = _HYPHENATED_WRAP_RE.sub("", text)
    paragraphs = text.split("\n\n")
    if text.count("\n") == 2 * len(paragraphs) - 2:
        return text  # paragraph breaks only: no line to re-join
    return "\n\n".join([paragraph if "\n" not in paragraph else _rejoin_hard_wraps(paragraph, wrapped)
                        for paragraph in paragraphs])


def _rejoin_hard_wraps(paragraph: str, wrapped: bool = False) -> str:
    """Turn each single "\\n" into a space unless a sentence ends there or a list item starts there, when
    the paragraph looks hard-wrapped (`_looks_hard_wrapped`); keep every "\\n" of a paragraph whose lines
    are its structure (chat lines, a heading over its text, a greeting and a signature).

    Sentence ends are judged with every "\\n" read as a space, so the decision does not depend on which
    newlines an earlier pass kept. A paragraph left as it is stays so; a re-joined one keeps only
    breaks that both modes keep: that makes the function idempotent.

    The Python work is per break that would be removed, and only while the wrap test is undecided; the
    rest (line offsets, list-item starts, the re-joining) runs in C.
    """
    if "\n" not in paragraph:
        return paragraph
    keep = sentence_ending_line_breaks(paragraph)
    lines = paragraph.split("\n")
    breaks = list(map(add, accumulate(map(len, lines[:-1])), count()))  # offset of the "\n" after lines[i]
    joins = [i for i, offset in enumerate(breaks)
             if offset not in keep and _LIST_ITEM_START_RE.match(lines[i + 1]) is None]
    if not joins or not (wrapped or _looks_hard_wrapped(lines, joins)):
        return paragraph
    if not wrapped:  # known-wrapped text (a PDF) wraps short lines too: `보살핌이 필요 / 한 나이이나`
        joins = _without_lines_that_stand_alone(lines, joins)
        if not joins:
            return paragraph
    if len(joins) == len(breaks):
        return paragraph.replace("\n", " ")
    pieces, start = [], 0
    for i in joins:
        pieces += (paragraph[start:breaks[i]], " ")
        start = breaks[i] + 1
    pieces.append(paragraph[start:])
    return "".join(pieces)


def _without_lines_that_stand_alone(lines: list[str], joins: list[int]) -> list[int]:
    """`joins` less the breaks after a line that is a unit of its own even in wrapped text: a heading,
    greeting or sign-off (`Quick start`, `Hi Sam,`, `Best regards,`) -- a whole line (the paragraph's
    first, or one after a kept break) no longer than half the widest line, not ending in a run-on word,
    followed by a line that opens with a capital or Hangul -- and the break after a lead-in `...:` before
    a `(a)` / `(ii)` item. A wrapper fills its lines, so a short whole line was ended by the writer.
    Whether a line stands alone does not change when other breaks are joined: normalizing stays idempotent."""
    width = max(map(len, lines))
    kept: list[int] = []
    for i in joins:
        line, after = lines[i], lines[i + 1]
        if (2 * len(line) <= width and (i == 0 or not kept or kept[-1] != i - 1)
                and (after[0].isupper() or "가" <= after[0] <= "힣")
                and _RUNS_ON_END_RE.search(line, max(0, len(line) - _RUNS_ON_END_CHARS)) is None):
            continue
        if line[-1] == ":" and _LETTER_ITEM_START_RE.match(after):
            continue
        kept.append(i)
    return kept


def _looks_hard_wrapped(lines: list[str], joins: list[int]) -> bool:
    """Whether the line breaks that end no sentence (after `lines[i]` for each i in `joins`) were made by
    wrapping rather than by the writer.

    A break counts for wrapping when the line before is full (the next word would not have fitted in
    the paragraph's widest line, and the line is no short chat line or heading) and again when the text
    runs on across it (`_runs_on`); a break with neither counts against. Wrapped wins only when it
    counts more, so chat lines, headings and signatures keep their lines. When full lines alone are a
    majority the answer is known without the run-on test (the common hard-wrapped paragraph)."""
    width = max(map(len, lines))
    full = [len(lines[i]) >= _MIN_WRAPPED_LINE and len(lines[i]) + 1 + len(lines[i + 1].split(" ", 1)[0]) > width
            for i in joins]
    evidence = sum(full)
    if 2 * evidence > len(joins):
        return True
    against = 0
    for i, is_full in zip(joins, full, strict=False):
        if _runs_on(lines[i], lines[i + 1]):
            evidence += 1
        elif not is_full:
            against += 1
    return evidence > against


# A line shorter than this is not taken as a full wrapped line (chat lines, headings).
_MIN_WRAPPED_LINE = 25
# An item `(a)` / `(iv)` opening a line after a lead-in that ends in `:`.
_LETTER_ITEM_START_RE = re.compile(r"\((?:[a-zA-Z]|[ivx]{2,4})\)\s")
# The text runs on across a break: the next line starts lowercase or with punctuation that continues
# (`.002)`, `, and`), or the line ends in a function word, a hyphen or `=`, a period that ends no
# sentence (`Mr.`, `2010.`: only such lines reach this test), or a Korean particle or connective
# ending (`정확도는`, `동물을`, `아프고`, `[PERSON]에게`).
_RUNS_ON_NEXT_RE = re.compile(r"[a-z.,;:)\]}%]")
_RUNS_ON_END_RE = re.compile(
    r"(?:[-=/(&.]|에게|한테|\b(?:and|or|nor|but|the|a|an|of|to|in|on|at|for|with|by|from|that|as|than|is|are|was|were|be)"
    r"|[가-힣][은는을를의에로와과고며서면께랑및한할될된인적던히])$"
)
# `_RUNS_ON_END_RE` matches at most this many characters (`than`, `에게`), so it is searched in the line's tail
# only (`\b` still sees the character before).
_RUNS_ON_END_CHARS = 4


def _runs_on(before: str, after: str) -> bool:
    return _RUNS_ON_NEXT_RE.match(after) is not None or _RUNS_ON_END_RE.search(
        before, max(0, len(before) - _RUNS_ON_END_CHARS)) is not None
