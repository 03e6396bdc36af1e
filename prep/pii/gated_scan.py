"""A `regex` scan tried only where a cheaper stdlib `re` gate says a match can start: the same matches, faster.

The `regex` module has no skip-ahead for a pattern led by a lookbehind or a long alternation (`_CUE`: a
lookbehind, then a trie of 300 cue words): it runs the pattern at every position of the text, ~70 ns each.
The stdlib `re` engine walks a plain lookahead over the text about twice as fast. `GatedPattern` lets `re`
find the positions where a match could start (`gate`: a condition that every match meets at its start) and
runs the `regex` pattern itself, unchanged, only there (`match` at that position: lookbehinds, `^` and `\\b`
still see the text before it).

Why the matches are the same: `finditer` returns the leftmost match at or after the end of the previous
one. Every position where the pattern matches is a gate position (the gate is a necessary condition), so
the first gate position from there at which the pattern matches is that leftmost match, and the pattern
decides there exactly as in its own scan. The gate decides nothing: a gate too wide only costs time; a
gate too narrow would lose matches, so each gate is written as a prefix that every match holds and is
checked against the pattern's own scan in `tests/prep/pii/test_gated_scan.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex


class GatedPattern:
    """`finditer(text)`: `pattern.finditer(text)`, the pattern tried only where `gate` matches.

    `pattern`: a compiled `regex` pattern that never matches the empty string. `gate`: a stdlib `re`
    pattern of lookarounds only (it matches the empty string: no candidate hides another), true at the start
    of every match of `pattern`.
    """

    def __init__(self, pattern: regex.Pattern, gate: str):
        self.pattern = pattern
        self.gate = re.compile(gate)

    def finditer(self, text: str) -> Iterator[regex.Match]:
        end, match = 0, self.pattern.match
        for candidate in self.gate.finditer(text):
            start = candidate.start()
            if start < end:
                continue  # inside the previous match: `finditer` goes on from its end
            m = match(text, start)
            if m is not None:
                end = m.end()
                yield m


class ScreenedPattern:
    """`finditer(text)`: `pattern.finditer(text)` where a stdlib `re` search finds the pattern's `head`; elsewhere none.

    The pattern is `head + tail`, and `head` reads the same in `re` and `regex` (literals, `[ ]`, alternations; no
    flags), so every match starts with a match of `head` and a text without one has no match. Most texts have none
    (`names_en_context._SPEECH_AFTER`: a verb of speech); `re` looks for a literal alternation ~2x faster than `regex`.
    """

    def __init__(self, head: str, tail: str):
        self.pattern = regex.compile(head + tail)
        self.screen = re.compile(head)

    def finditer(self, text: str) -> Iterator[regex.Match]:
        return self.pattern.finditer(text) if self.screen.search(text) else iter(())


class LineStartGate:
    """`search(text)`: does `(?m)^` + `body` match in `text`? The same answer as that scan, found as `body` at the
    text's start or `\\n` + `body` anywhere: `re` skips to a literal first, but tries a leading `^` at every position
    (3x slower on the bench). `body` holds no anchor of its own (`^`, `$`)."""

    def __init__(self, body: str, flags: int = 0):
        assert "^" not in body.replace("[^", "") and "$" not in body, "a line anchor inside the body reads otherwise"
        self._first = re.compile(body, flags)
        self._later = re.compile("\n" + body, flags)

    def search(self, text: str) -> bool:
        return self._first.match(text) is not None or self._later.search(text) is not None


class LineStartPattern:
    """`finditer(text)`: `pattern.finditer(text)` for a `regex` pattern led by `(?m)^`, tried only at line starts.

    `regex` runs such a pattern at every position of the text; every match starts at a line start (the text's
    start or after a `\\n`), so trying each of those in order, past the previous match's end, finds the same
    matches (`GatedPattern`'s argument, the line breaks found by `str.find`): 1.5-4x faster on the bench.
    `pattern`: never matches the empty string.
    """

    def __init__(self, pattern: regex.Pattern):
        assert pattern.pattern.startswith("(?m)^") and pattern.match("") is None, "led by (?m)^, never empty"
        self.pattern = pattern

    def finditer(self, text: str) -> Iterator[regex.Match]:
        match, find = self.pattern.match, text.find
        start, end = 0, 0
        while start >= 0:
            if start >= end and (m := match(text, start)) is not None:
                end = m.end()
                yield m
            start = find("\n", start)
            start = start + 1 if start >= 0 else -1
