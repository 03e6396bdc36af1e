"""A Presidio `Pattern` that fails closed: compiled once with its own flags, a timeout raises.

Kept apart from `prep.pii.recognizers` so that every recognizer module (the pattern table's and the
name detectors', which `recognizers` registers) can use it without importing `recognizers`.
"""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern
from presidio_analyzer import pattern_recognizer as _presidio_pattern_recognizer

from prep.pii.patterns import FORMAT_FLAGS
from prep.pii.prefilter import trigger_of


class RegexTimeoutError(RuntimeError):
    """A pattern ran out of time on a document, which therefore was not fully scrubbed."""


class FailClosedPattern(Pattern):
    """A Presidio `Pattern` with its own flags, compiled once; a timeout raises instead of skipping.

    Presidio catches `TimeoutError` per pattern, logs it and carries on, which would let that
    pattern's PII through; `RegexTimeoutError` is no `TimeoutError`, so it reaches the caller.
    """

    def __init__(self, name: str, pattern: str, score: float, flags: int = FORMAT_FLAGS, trigger: str | None = None,
                 gate: str | None = None):
        super().__init__(name, pattern, score)
        self.flags = flags
        self.needs_cue = False  # a validated value still needs a cue (bare digit runs: order numbers, EANs)
        assert "\\G" not in pattern and "\\A" not in pattern, "`spans(text, pos)` needs no anchor at the scan start"
        self._compiled = regex.compile(pattern, flags)
        self.trigger = trigger if trigger is not None else trigger_of(pattern, flags)  # a hand-written one or derived
        self.has_value_group = "v" in self._compiled.groupindex
        # A part that every match holds, found by a cheap scan: a text without it skips the slow one (same matches)
        self._gate = regex.compile(gate, flags) if gate is not None else None

    def spans(self, text: str, pos: int = 0, timeout: float | None = -1.0):
        """(start, end) of every value; with a `v` group, each capture of it (one per listed name).

        `pos`: where to start the scan, at most the first position where the trigger matches (no match
        can start before it); lookbehinds, `^` and `\\b` still see the text before `pos`. `timeout`:
        seconds for the scan, by default Presidio's `REGEX_TIMEOUT_SECONDS`; None only under a caller's
        own deadline (`prep.pii.scrub`'s watchdog), since `regex` charges ~1.5 us per call plus ~20% for one.
        """
        if timeout is not None and timeout < 0:
            timeout = _presidio_pattern_recognizer.REGEX_TIMEOUT_SECONDS
        try:
            if self._gate is not None and self._gate.search(text, pos, timeout=timeout) is None:
                return
            for match in self._compiled.finditer(text, pos, timeout=timeout):
                if self.has_value_group:
                    yield from match.spans("v")
                else:
                    yield match.span()
        except TimeoutError:
            raise RegexTimeoutError("a PII pattern timed out; the document was not scrubbed") from None

    def span_list(self, text: str, pos: int, timeout: float | None) -> list[tuple[int, int]]:
        """`list(spans(text, pos, timeout))` without a generator; `timeout` as resolved by the caller."""
        try:
            if self._gate is not None and self._gate.search(text, pos, timeout=timeout) is None:
                return []
            matches = self._compiled.finditer(text, pos, timeout=timeout)
            if self.has_value_group:
                return [span for match in matches for span in match.spans("v")]
            return [match.span() for match in matches]
        except TimeoutError:
            raise RegexTimeoutError("a PII pattern timed out; the document was not scrubbed") from None
