"""Presidio recognizers for the PII that Korean and English corpora carry, built to run offline.

Why our own patterns instead of Presidio's predefined ones:
- Korean particles are glued to values (`hong@example.com으로`, `010-1234-5678이고`) and Hangul is a
  word character, so the `\\b` of the stock patterns never fires there. Boundaries here are
  digit/ASCII lookarounds.
- Presidio's context enhancement compares context words with spaCy *lemmas*; the offline NLP engine
  (no model may be downloaded) produces none, so weak patterns that rely on context (business
  numbers, passports, bank accounts) never reach the threshold. `CuedRecognizerMixin` looks for its
  cue words in the raw text before the value instead, in Korean and English.
- Resident registration numbers issued since October 2020 carry no checksum: a failed checksum
  keeps the pattern's score instead of rejecting the value.
- The stock email validation fetches a public suffix list over the network.
- Without an NER model names are found next to a title, a label, an introduction or a signature;
  the cue stays in the text (a `v` group marks the value; repeated `v` captures give one result per
  name in a list).

Every recognizer is a Presidio `PatternRecognizer` subclass (reusing Presidio's validation: Luhn,
RRN/FRN/BRN checksums, IBAN mod-97), so `AnalyzerEngine` runs them unchanged; `analyze` is our own
loop so that the `v` group, the cues and fail-closed timeouts work. Each recognizer also carries a
`trigger`: a regex (Rust `regex` syntax, run by polars over a whole batch) that every text in which
one of its patterns can match must contain. `prep.pii.scrub` skips a recognizer on a text without its
trigger, which cannot change a result (tested on the benchmark).
"""

from __future__ import annotations

from functools import cache
from itertools import chain

import regex
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer import pattern_recognizer as _presidio_pattern_recognizer
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    EmailRecognizer,
    IbanRecognizer,
    IpRecognizer,
    KrBrnRecognizer,
    KrDriverLicenseRecognizer,
    KrFrnRecognizer,
    KrPassportRecognizer,
    KrRrnRecognizer,
    UsSsnRecognizer,
)

from prep.pii.types import PII_ENTITIES

FORMAT_FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.V0
NAME_FLAGS = regex.MULTILINE | regex.V0  # names need case: `Mr. john` is not a name but `Mr. John` is


class RegexTimeoutError(RuntimeError):
    """A pattern ran out of time on a document, which therefore was not fully scrubbed."""


class FailClosedPattern(Pattern):
    """A Presidio `Pattern` with its own flags, compiled once; a timeout raises instead of skipping.

    Presidio catches `TimeoutError` per pattern, logs it and carries on, which would let that
    pattern's PII through; `RegexTimeoutError` is no `TimeoutError`, so it reaches the caller.
    """

    def __init__(self, name: str, pattern: str, score: float, flags: int = FORMAT_FLAGS):
        super().__init__(name, pattern, score)
        self.flags = flags
        self.needs_cue = False  # a validated value still needs a cue (bare digit runs: order numbers, EANs)
        assert "\\G" not in pattern and "\\A" not in pattern, "`spans(text, pos)` needs no anchor at the scan start"
        self._compiled = regex.compile(pattern, flags)
        self.trigger = trigger_of(pattern, flags)
        self.has_value_group = "v" in self._compiled.groupindex

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
            matches = self._compiled.finditer(text, pos, timeout=timeout)
            if self.has_value_group:
                return [span for match in matches for span in match.spans("v")]
            return [match.span() for match in matches]
        except TimeoutError:
            raise RegexTimeoutError("a PII pattern timed out; the document was not scrubbed") from None


def rust_escape(literal: str) -> str:
    """`literal` as a Rust `regex` pattern (only its meta characters escaped; Rust rejects some other escapes)."""
    return "".join("\\" + c if c in "\\.+*?()|[]{}^$#&-~" else c for c in literal)


def trigger_of(pattern: str, flags: int) -> str:
    """`pattern` without its lookarounds, word boundaries and back-references, in Rust `regex` syntax.

    Dropping a lookaround or replacing `\\1` by the group it repeats only widens what matches, so
    every text where `pattern` matches also contains a match of the trigger: a necessary condition,
    cheap to test for a whole batch in polars.
    """
    out: list[str] = []
    groups: dict[int, str] = {}  # capturing group number (named ones count, as in `regex`) -> its text
    opened = 0  # capturing groups opened so far: their numbers go by opening order
    stack: list[tuple[int, bool, int]] = []  # (start index in out, is lookaround, group number or 0)
    i, n, in_class = 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\":
            if not in_class and i + 1 < n and pattern[i + 1].isdigit():
                number = int(pattern[i + 1])
                if pattern[i + 2:i + 3].isdigit() or number not in groups:
                    raise ValueError(f"trigger_of: back-reference at {i} not to a closed group 1-9: {pattern[:80]!r}")
                out.append(f"(?:{groups[number]})")
            elif not in_class and pattern[i + 1:i + 2] in ("b", "B"):
                pass  # a word boundary is a lookaround too (and keeps Rust's fast DFA off non-ASCII text)
            else:
                out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = c != "]"
            out.append(c)
        elif c == "[":
            in_class = True
            out.append(c)
            if pattern[i + 1:i + 2] == "]":  # a literal ] first in the class
                out.append("]")
                i += 1
        elif c == "(":
            if pattern.startswith("(?P=", i):
                raise ValueError(f"trigger_of: named back-reference at {i}: {pattern[:80]!r}")
            look = pattern.startswith(("(?=", "(?!", "(?<=", "(?<!"), i)
            named = pattern.startswith("(?P<", i)
            capturing = named or not pattern.startswith("(?", i)
            opened += capturing
            stack.append((len(out), look, opened if capturing else 0))
            if named:
                i = pattern.index(">", i) + 1
                out.append("(?:")
                continue
            out.append(c)
        elif c == ")":
            start, look, number = stack.pop()
            if look:
                del out[start:]
            else:
                out.append(c)
                if number:  # out[start] is its `(` (a named one's `(?:`): the group's text follows
                    groups[number] = "".join(out[start + 1:-1])
        else:
            out.append(c)
        i += 1
    prefix = ("(?i)" if flags & regex.IGNORECASE else "") + ("(?m)" if flags & regex.MULTILINE else "")
    return prefix + "".join(out)


# --- the pre-filter's ASCII form of a trigger ---------------------------------------------------
#
# Polars hands every call a fresh copy of a cached regex, so Rust's lazy DFA rebuilds its states on
# every batch, and Unicode `\d` (71 ranges) and Unicode case folding (`s` is also `ſ`, `k` the Kelvin
# sign) make many of them: most of the pre-filter's time on small batches. `ascii_trigger` spells a
# trigger with ASCII digits and ASCII case only. On a text without an `exotic_class()` character the
# two match exactly the same places (for Python's `regex` as for Rust's), and the scrubber does not
# pre-filter a text that has one: it scans it whole, as without a pre-filter.

_FLAG_GROUP = regex.compile(r"\(\?([ims]*)([:)])")  # flags that Rust and Python read alike


def _escape(pattern: str, i: int) -> str:
    """The escape at `i` as `ascii_trigger` writes it: `\\d` as a class body (`0-9`); escaped punctuation
    and the control escapes as they are. Any other (`\\w`, `\\p{..}`, `\\x41`, a back-reference) may
    match by Unicode property or case, which no ASCII form covers: ValueError."""
    escape = pattern[i:i + 2]
    if escape == r"\d":
        return "0-9"
    if len(escape) == 2 and (not escape[1].isalnum() or escape[1] in "tnrfv"):
        return escape
    raise ValueError(f"ascii_trigger: unsupported escape {escape!r} at {i} in {pattern[:80]!r}")


def ascii_trigger(trigger: str) -> str:
    """`trigger` (Rust syntax, as `trigger_of` writes it) without Unicode digits or case folding.

    `\\d` -> `[0-9]`; under `(?i)` or inside `(?i:...)`, an ASCII letter `x` -> `[xX]` and a class
    gets the other case of its ASCII letters; the `i` flag is dropped. What no ASCII form covers, or
    what Rust and Python may read differently, raises ValueError: a case-insensitive non-ASCII letter,
    an escape other than `\\d`, punctuation and `\\t\\n\\r\\f\\v`, a flag other than `i`, `m`, `s`, a
    range with an escaped end, a nested class or a class operator (`&&`, `--`, `~~`).
    """
    out: list[str] = []
    saved: list[bool] = []  # case-insensitivity to restore at each ")"
    fold = False
    i, n = 0, len(trigger)
    while i < n:
        c = trigger[i]
        if c == "\\":
            escape = _escape(trigger, i)
            out.append("[0-9]" if escape == "0-9" else escape)
            i += 2
        elif c == "[":
            end = _class_end(trigger, i)
            out.append(_ascii_class(trigger[i + 1:end], fold))
            i = end + 1
        elif c == "(":
            saved.append(fold)
            if trigger.startswith("(?", i):
                flags = _FLAG_GROUP.match(trigger, i)
                if flags is None:
                    raise ValueError(f"ascii_trigger: unsupported group at {i} in {trigger[:80]!r}")
                letters, kind = flags.groups()
                fold = fold or "i" in letters
                kept = letters.replace("i", "")
                if kind == ")":  # `(?i)`: from here to the end of the enclosing group
                    saved.pop()
                    out.append(f"(?{kept})" if kept else "")
                else:
                    out.append(f"(?{kept}:")
                i = flags.end()
            else:
                out.append(c)
                i += 1
        elif c == ")":
            fold = saved.pop()
            out.append(c)
            i += 1
        else:
            if fold and c.isascii() and c.isalpha():
                out.append(f"[{c.lower()}{c.upper()}]")
            elif fold and c.lower() != c.upper():
                raise ValueError(f"ascii_trigger: case-insensitive non-ASCII letter {c!r} in {trigger[:80]!r}")
            else:
                out.append(c)
            i += 1
    return "".join(out)


def _class_end(pattern: str, start: int) -> int:
    """Index of the `]` that closes the class opened at `start` (a `]` first in the class is a literal)."""
    i = start + 1
    if pattern[i:i + 1] == "^":
        i += 1
    if pattern[i:i + 1] == "]":
        i += 1
    while pattern[i] != "]":
        if pattern[i] == "[" or pattern[i:i + 2] in ("&&", "--", "~~"):
            raise ValueError(f"ascii_trigger: nested class or class operator at {i} in {pattern[:80]!r}")
        i += 2 if pattern[i] == "\\" else 1
    return i


def _ascii_class(body: str, fold: bool) -> str:
    """`[body]` with `\\d` as `0-9` and, when `fold`, the other case of every ASCII letter it holds."""
    items: list[tuple[str, str]] = []  # (first, last) characters; an escape is its own item
    i = 1 if body.startswith("^") else 0
    while i < len(body):
        if body[i] == "\\":
            if i + 3 < len(body) and body[i + 2] == "-":
                raise ValueError(f"ascii_trigger: a class range from an escape in [{body}]")
            items.append((body[i:i + 2], body[i:i + 2]))
            i += 2
        elif i + 2 < len(body) and body[i + 1] == "-":
            if body[i + 2] == "\\":
                raise ValueError(f"ascii_trigger: a class range to an escape in [{body}]")
            items.append((body[i], body[i + 2]))
            i += 3
        else:
            items.append((body[i], body[i]))
            i += 1
    parts = ["^"] if body.startswith("^") else []
    extra: set[str] = set()
    for first, last in items:
        if first.startswith("\\"):
            parts.append(_escape(first, 0))
            continue
        parts.append(first if first == last else f"{first}-{last}")
        if not fold:
            continue
        for code in range(ord(first), ord(last) + 1):
            char = chr(code)
            if char.isascii() and char.isalpha():
                extra.add(char.swapcase())
            elif char.lower() != char.upper():
                raise ValueError(f"ascii_trigger: case-insensitive class with non-ASCII letter {char!r}")
    return "[" + "".join(parts) + "".join(sorted(extra)) + "]"


@cache
def exotic_class() -> str:
    """A Rust class of the characters on which `ascii_trigger` may differ from its trigger.

    The non-ASCII characters that the installed `regex` matches with `\\d`, or case-insensitively
    (simple folding, as the patterns use) with an ASCII letter: other scripts' digits, `İ` and `ı`, `ſ`,
    the Kelvin sign. Both cases are probed: `regex` folds `İ` onto `i` and `ı` onto `I` only. Computed,
    not listed, so that a newer Unicode in `regex` is covered too.
    """
    chars = "".join(map(chr, chain(range(0x80, 0xD800), range(0xE000, 0x110000))))
    letters = regex.findall(r"[a-zA-Z]", chars, flags=regex.IGNORECASE | regex.V0)
    found = {*regex.findall(r"\d", chars), *letters}
    codes = sorted(map(ord, found))
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "[" + "".join(f"\\x{{{a:x}}}" if a == b else f"\\x{{{a:x}}}-\\x{{{b:x}}}" for a, b in ranges) + "]"


class CuedRecognizerMixin:
    """Our `analyze` for any Presidio `PatternRecognizer`: `v` groups, raw-text cues, a trigger.

    A value whose preceding `cue_window` characters hold one of `cues` (case-insensitive) scores at
    least `cue_score`; weak shapes (a bare 12-digit number) get a score under the threshold and
    count only with a cue. Validation is the Presidio class's own `validate_result` /
    `invalidate_result`: True -> score 1.0, False -> dropped, None -> the pattern's score.
    """

    # Can `validate_result` return True (score 1.0 without a cue)? Presidio's `PatternRecognizer` default
    # returns None; a class that overrides it says False here only when its override never returns True.
    VALIDATES = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "VALIDATES" not in cls.__dict__:
            cls.VALIDATES = cls.validate_result is not PatternRecognizer.validate_result

    def __init__(self, *args, cues: tuple[str, ...] = (), cue_score: float = 0.85,
                 cue_window: int = 30, anti_cue: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        # Every text in which a pattern can match contains the pattern's trigger, so their union too.
        self.trigger = "|".join(f"(?:{p.trigger})" for p in self.patterns)
        # A value right after an anti-cue (`version 10.2.0.1`) is dropped; the anti-cue must start a
        # word (`Server 172.16.4.20` ends in "ver", and is an IP address all the same).
        self._anti_cue = (
            regex.compile(rf"(?<![A-Za-z])(?:{anti_cue})[ ]*$", regex.IGNORECASE) if anti_cue else None
        )
        self.cue_score = cue_score
        self.cue_window = cue_window
        self.cues = cues
        self._cue_regex = regex.compile("|".join(regex.escape(c) for c in cues), regex.IGNORECASE) if cues else None

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: ARG002 -- Presidio's signature
        return self.analyze_patterns(text, self.patterns)

    def analyze_patterns(
        self, text: str, patterns, min_score: float = 0.0, starts: list[int] | None = None,
        timeout: float | None = -1.0,
    ) -> list[RecognizerResult]:
        """`analyze` restricted to `patterns` (the pre-filter passes those whose trigger matched).

        `starts[k]`: where pattern k's scan starts (the first match of its trigger; no value starts
        earlier). A value whose score ends under `min_score` is left out here rather than built and
        dropped by the caller's threshold (the same results, fewer objects). `timeout`: as in
        `FailClosedPattern.spans`.
        """
        entity = self.supported_entities[0]
        name, ident = self.name, self.id
        validate, invalidate = self.validate_result, self.invalidate_result
        anti_cue, cue_regex, cue_score, cue_window = self._anti_cue, self._cue_regex, self.cue_score, self.cue_window
        if timeout is not None and timeout < 0:
            timeout = _presidio_pattern_recognizer.REGEX_TIMEOUT_SECONDS
        results = []
        for k, pattern in enumerate(patterns):
            for start, end in pattern.span_list(text, starts[k] if starts is not None else 0, timeout):
                if start == end:
                    continue
                value = text[start:end]
                validated = validate(value)
                if validated is False or invalidate(value):
                    continue
                if anti_cue is not None and anti_cue.search(text, max(0, start - 20), start):
                    continue
                score = EntityRecognizer.MAX_SCORE if validated and not pattern.needs_cue else pattern.score
                if score < cue_score and cue_regex is not None and cue_regex.search(
                    text, max(0, start - cue_window), start
                ):
                    score = cue_score
                if score < min_score:
                    continue
                results.append(RecognizerResult(entity, start, end, score, recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: ident}))
        return results

    def needs_cue(self, pattern: FailClosedPattern, threshold: float) -> bool:
        """True when no value of `pattern` can reach `threshold` without one of the cues before it.

        The best score without a cue is the pattern's own, or 1.0 where validation can say True
        (`VALIDATES`) and the pattern is not marked `needs_cue`; only a cue lifts it, to `cue_score`.
        """
        best = pattern.score if pattern.needs_cue or not self.VALIDATES else EntityRecognizer.MAX_SCORE
        return best < threshold and self._cue_regex is not None

    def cue_trigger(self) -> str | None:
        """The cues as one case-insensitive Rust regex: a document without any of them has no cued value."""
        if not self.cues:
            return None
        return "(?i)" + "|".join(rust_escape(c) for c in self.cues)


# --- shared pieces ------------------------------------------------------------------------------

_D0 = r"(?<![\d\-])"  # no digit or dash before: not the tail of a longer number
_D1 = r"(?!\d|-\d)"  # no digit, or dash-digit, after
_YYMMDD = r"\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"

# --- email, IP, cards ---------------------------------------------------------------------------

# ASCII domain labels only, so a Korean particle after the TLD is not swallowed into the domain.
EMAIL = (
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9\-])"
)
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
IPV4 = rf"(?<![\d.]){_OCTET}(?:\.{_OCTET}){{3}}(?!\.?\d)"
# Luhn (Presidio's) decides; the pattern gives the shapes: 4-4-4-4 with one separator, Amex 4-6-5,
# or 13-19 contiguous digits.
CARD_GROUPED = rf"{_D0}\d{{4}}([ \-]?)\d{{4}}\1\d{{4}}\1\d{{4}}(?:\1\d{{1,3}})?{_D1}"
CARD_AMEX = rf"{_D0}3[47]\d{{2}}([ \-]?)\d{{6}}\1\d{{5}}{_D1}"
CARD_PLAIN = rf"{_D0}\d{{13,19}}{_D1}"

# --- Korean national numbers --------------------------------------------------------------------

RRN = rf"{_D0}{_YYMMDD}-[1-4]\d{{6}}{_D1}"  # the 7th digit: 1-4 citizens (9/0: born in the 1800s)
RRN_BARE = rf"{_D0}{_YYMMDD}[1-4]\d{{6}}{_D1}"
FRN = rf"{_D0}{_YYMMDD}-[5-8]\d{{6}}{_D1}"  # 5-8: registered foreigners
FRN_BARE = rf"{_D0}{_YYMMDD}[5-8]\d{{6}}{_D1}"
_RRN_CUES = ("주민", "등록번호", "외국인", "rrn", "frn", "resident", "registration", "alien")
PASSPORT_NEW = r"(?<![A-Za-z0-9])[MSROD]\d{3}[A-Z]\d{4}(?![A-Za-z0-9])"  # since 2021: M123A4567
PASSPORT_OLD = r"(?<![A-Za-z0-9])[MSROD]\d{8}(?![A-Za-z0-9])"  # M12345678
_KO_REGIONS = "서울|부산|경기|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산"
DRIVER_LICENSE = rf"{_D0}(?:1[1-9]|2[0-8])-\d{{2}}-\d{{6}}-\d{{2}}{_D1}"
DRIVER_LICENSE_REGION = rf"(?:{_KO_REGIONS})[ ]?\d{{2}}-\d{{6}}-\d{{2}}{_D1}"
DRIVER_LICENSE_BARE = rf"{_D0}(?:1[1-9]|2[0-8])[ ]?\d{{2}}[ ]?\d{{6}}[ ]?\d{{2}}{_D1}"
BRN = rf"{_D0}\d{{3}}-\d{{2}}-\d{{5}}{_D1}"
BRN_BARE = rf"{_D0}\d{{10}}{_D1}"

# Korean bank accounts: 10-14 digits in 2-4 dash groups (국민 6-2-6, 신한 3-3-6, 우리 4-3-6, 하나 3-6-5,
# 농협 3-4-4-2, 기업 3-6-2-3, 카카오뱅크 4-2-7), or bare; the shapes overlap phone numbers and other
# ids, so only a bank word or `계좌`/`account` before it makes it an account.
BANK_ACCOUNT = rf"{_D0}\d{{2,6}}(?:-\d{{2,7}}){{1,3}}{_D1}"
BANK_ACCOUNT_BARE = rf"{_D0}\d{{10,14}}{_D1}"
_BANK_CUES = (
    "계좌", "입금", "송금", "이체", "예금주", "은행", "국민", "신한", "우리", "하나", "농협", "기업", "카카오뱅크",
    "토스뱅크", "케이뱅크", "새마을금고", "우체국", "수협", "SC제일", "씨티", "account", "acct", "a/c", "bank",
    "deposit", "wire", "transfer",
)

# --- US numbers, IBAN ---------------------------------------------------------------------------

SSN = rf"{_D0}(?!000|666|9\d\d)\d{{3}}([- ])(?!00)\d{{2}}\1(?!0000)\d{{4}}{_D1}"
SSN_BARE = rf"{_D0}(?!000|666|9\d\d)\d{{9}}{_D1}"
# Two letters, two check digits, 11-30 alphanumerics in groups of four (mod-97 decides).
IBAN = r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?(?![A-Za-z0-9])"

# --- phone numbers ------------------------------------------------------------------------------

_SEP = r"[\-. ]"
PHONE_KR_MOBILE = rf"(?<![\d+\-])01[016789]{_SEP}?\d{{3,4}}{_SEP}?\d{{4}}{_D1}"
PHONE_KR_INTL = rf"(?<![\d+])\+82{_SEP}?(?:\(0\))?0?(?:1[016789]|2|[3-6][1-5]|70){_SEP}?\d{{3,4}}{_SEP}?\d{{4}}{_D1}"
# Landlines need a separator or parentheses: bare 9-10 digit runs are too often other numbers.
PHONE_KR_LANDLINE = (
    r"(?<![\d+\-])(?:\(0(?:2|[3-6][1-5]|70|50\d)\)[ ]?|0(?:2|[3-6][1-5]|70|50\d)[\-. )])\d{3,4}[\-. ]\d{4}(?!\d|-\d)"
)
PHONE_KR_BARE = rf"{_D0}0(?:2|[3-6][1-5]|70)\d{{7,8}}{_D1}"  # with a cue only
PHONE_US = rf"(?<![\d+\-])(?:\+1[\-. ]?)?(?:\([2-9]\d{{2}}\)[ ]?|[2-9]\d{{2}}[\-. ])\d{{3}}[\-. ]\d{{4}}{_D1}"
# Other countries: `+CC` then 2-5 digit groups, 8-15 digits in all (checked in `PhoneRecognizer`).
PHONE_INTL = r"(?<![\d+])\+(?!82|1[\s.\-(])[1-9]\d{0,2}(?:[ .\-]?\(?\d{1,5}\)?){2,6}(?!\d)"
_PHONE_CUES = ("전화", "연락처", "휴대폰", "핸드폰", "번호", "tel", "phone", "call", "mobile", "cell", "fax", "팩스")

# --- dates of birth -----------------------------------------------------------------------------

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = (
    r"(?:(?:19|20)\d{2}[\-./][ ]?(?:0?[1-9]|1[0-2])[\-./][ ]?(?:0?[1-9]|[12]\d|3[01])\.?"  # 1990-01-02, 1990. 1. 2.
    r"|(?:19|20)?\d{2}년[ ]?(?:0?[1-9]|1[0-2])월[ ]?(?:0?[1-9]|[12]\d|3[01])일"  # 1990년 1월 2일
    r"|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:19|20)\d{2}"  # 01/02/1990
    rf"|{_MONTHS}[ ](?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?[ ](?:19|20)\d{{2}}"  # January 2, 1990
    rf"|(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[ ]{_MONTHS},?[ ](?:19|20)\d{{2}})"  # 2 January 1990
)
_DOB_CUES = ("생년월일", "생일", "출생", "태어", "birth", "born", "dob", "d.o.b", "birthday")
# Only a date marked as a birth date: a cue at most 25 characters before it, or `생` right after it.
DOB = rf"(?:{'|'.join(regex.escape(c) for c in _DOB_CUES)})[^\n\d]{{0,25}}?(?<![\d])(?P<v>{_DATE})(?!\d)"
DOB_SUFFIX = rf"(?<![\d])(?P<v>{_DATE})[ ]?생(?![가-힣]{{2}})"  # `1990년 1월 2일생`

# --- street addresses ---------------------------------------------------------------------------

_KO_PROVINCE = r"[가-힣]{1,6}(?:특별자치시|특별자치도|특별시|광역시|도|시)"
_KO_DISTRICT = r"[가-힣]{1,6}(?:시|군|구)"
_KO_UNIT = r"(?:[ ]?,?[ ]?(?:[가-힣A-Za-z0-9]{1,12}(?:아파트|빌딩|빌라|타워|오피스텔|맨션))?[ ]?(?:\d{1,4}동)?[ ]?(?:\d{1,5}호|\d{1,3}층))?"  # noqa: E501
_KO_ROAD = r"[가-힣0-9]{1,10}(?:로|길)[ ]?\d{1,4}(?:-\d{1,4})?(?:번길[ ]?\d{1,4}(?:-\d{1,4})?)?"
_KO_LOT = r"[가-힣0-9]{1,8}(?:동|리|가)[ ]?\d{1,4}(?:-\d{1,4})?(?:번지)?"
# Road or lot address after at least one province/city/district name; alone with a cue only.
KO_ADDRESS = rf"(?<![가-힣])(?:{_KO_PROVINCE}[ ])?(?:{_KO_DISTRICT}[ ]){{1,3}}(?:{_KO_ROAD}|{_KO_LOT}){_KO_UNIT}(?!\d)"
KO_ADDRESS_BARE = rf"(?<![가-힣])(?:{_KO_ROAD}){_KO_UNIT}(?!\d)"
_STREET_TYPES = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|"
    r"Parkway|Pkwy|Circle|Cir|Highway|Hwy)"
)
US_ADDRESS = (
    rf"(?<![\w$#.,])\d{{1,6}}[ ](?:[NSEW]\.?[ ])?(?:[A-Z][a-z]+|\d{{1,3}}(?:st|nd|rd|th))(?:[ ][A-Z][a-z]+){{0,2}}"
    rf"[ ]{_STREET_TYPES}\.?(?![a-z])"
    r"(?:,?[ ](?:Apt|Suite|Ste|Unit|#)\.?[ ]?[A-Za-z0-9\-]{1,6})?"
    r"(?:,[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+)?(?:,[ ][A-Z]{2}(?:[ ]\d{5}(?:-\d{4})?)?)?)?"
)
_ADDRESS_CUES = ("주소", "거주", "배송지", "소재지", "address", "lives at", "located at", "ship to", "deliver")

# --- persons ------------------------------------------------------------------------------------

# Common Korean surnames (two-syllable ones first so they win the alternation).
_KO_SURNAMES = (
    "남궁|황보|제갈|선우|독고|사공|서문|"
    "김|이|박|최|정|강|조|윤|장|임|한|오|서|신|권|황|안|송|류|유|전|홍|고|문|양|손|배|백|허|남|"
    "심|노|하|곽|성|차|주|우|구|민|진|나|지|엄|채|원|천|방|공|현|함|변|염|여|추|도|소|석|선|설|마|"
    "길|연|위|표|명|기|반|라|왕|금|옥|육|인|맹|제|모|탁|국|어|은|편|용|예|경|봉|사|부|가|복|태|목|"
    "형|피|두|감|음|빈|동|온|호|범|좌|팽|승|간|상|시|갈|단|견|당"
)
_KO_NAME = rf"(?<![가-힣])(?:{_KO_SURNAMES})[가-힣]{{1,2}}"
# After a label nothing marks the end of the name but a particle, so a last syllable that is a
# particle closing the word (`장훈의`, `권진과`) is left out; `은`/`이` stay in (`박지은`, whole).
_KO_NAME_BEFORE_PARTICLE = (
    rf"(?<![가-힣])(?:{_KO_SURNAMES})[가-힣](?:(?!(?:의|과|와|를|을|가|는|도|에|께|로|만)(?![가-힣]))[가-힣])?"
)
_KO_TITLES = (
    r"선생님|선생|교수님|교수|변호사님|변호사|기자님|기자|의원님|의원|대표님|대표|팀장님|팀장|과장님|과장|"
    r"부장님|부장|차장님|차장|사장님|사장|원장님|원장|실장님|실장|대리님|대리|주임|회장님|회장|이사님|이사|"
    r"박사님|박사|간호사|의사|약사|판사|검사|환자분|환자|고객님|님|씨|"
    r"(?:군|양)(?:(?:이|은|에게|의|과|와)(?![가-힣])|(?![ ]?[가-힣]))"  # `김민지 양` but not `변경은 양 당사자`
)
_KO_PARTICLES = r"에게서|에게|께서|한테|은|는|이|가|을|를|의|과|와|도|께|로|만|이고|이며|이다|입니다|이에요|예요|이야|야|아"  # noqa: E501
_KO_LABELS = (
    r"성명|이름|작성자|신청인|피신청인|피고인|피고|원고|증인|참고인|피해자|의뢰인|발신자|발신인|수신자|수신인|"
    r"담당자|보호자|환자명|고객명|예금주|대표자|상담원|상담사|문의자|신고인|민원인|진술인|채무자|채권자|연락자|"
    r"주치의|작성인|보낸 사람|받는 사람"
)
_KO_ROLES_BEFORE = r"간호사|의사|교수|변호사|변호인|기자|대표|팀장|과장|부장|상담원|주치의|원장|검사|판사|환자"
_KO_LIST_LABELS = r"참석자|참석|명단|참조|수신|출연|위원|당사자|관계자|구성원"
# Name right before a title, glued or after one space: `김민준 씨는` -> `[PERSON] 씨는`.
KO_PERSON_TITLE = rf"(?P<v>{_KO_NAME})(?:[ ]?\(\d{{1,3}}(?:세)?\))?[ ]?(?:{_KO_TITLES})"
# Name after a label, optionally followed by a particle, then no more Hangul.
KO_PERSON_LABEL = (
    rf"(?<![가-힣])(?:{_KO_LABELS}|{_KO_ROLES_BEFORE})(?:[ \t]*[:：][ \t]*|[ \t]+|은[ ]|는[ ])"
    rf"(?!(?:{_KO_LABELS}|{_KO_ROLES_BEFORE})(?![가-힣]))"
    rf"(?P<v>{_KO_NAME_BEFORE_PARTICLE})(?=(?:{_KO_PARTICLES})?(?![가-힣]))"
)
# Lists after a label: `참석자: 김민준, 이서연, 박지훈` -> one result per name.
KO_PERSON_LIST = (
    rf"(?<![가-힣])(?:{_KO_LIST_LABELS}|{_KO_LABELS})[ \t]*[:：][ \t]*"
    rf"(?P<v>{_KO_NAME})(?=[,·/ ]|$)(?:[ ]?[,·/][ ]?(?P<v>{_KO_NAME})(?![가-힣]|[ ]?[:：]))+"
)
# Self-introductions: `저는 김민준입니다`, `제 이름은 이서연이에요`, `나 박지훈인데`.
KO_PERSON_INTRO = (
    rf"(?<![가-힣])(?:저는|전|제 이름은|이름은|나는|난|저|나)[ ](?P<v>{_KO_NAME_BEFORE_PARTICLE})"
    r"(?=(?:입니다|이에요|예요|이라고|라고|인데|이고|이야|야))"
)

# Words that look like surname + 1-2 syllables and sit before a title or after a label in prose.
KO_NOT_NAMES = frozenset(
    """
    우리 저희 마음 여러 선생 고객 사장 부장 회장 원장 과장 차장 실장 국장 소장 교장 이사 주교 신부
    목사 하느 하나 사모 조교 반장 시장 도지사 구청장 군수 상무 전무 전무이사 대리 주임 사원 기사
    간호 박사 석사 학생 정부 한국 한국인 국회 국민 신문 방송 회사 기업 공동 상임 지역 전국 시민
    주민 동네 이웃 부모 고령 중증 경증 여성 남성 노인 소아 어린이 성인 외국인 내국인 일반 기존
    신규 해당 모든 각각 다른 가족 동료 전문 주요 주치 담당 현직 전직 전임 후임 신임 수석 부대표
    공동대표 대표 의원 교수 기자 변호 환자 팀장 여당 야당 민주 국민의 진보 보수 소속 지방 시의
    구의 도의 경제 사회 문화 과학 정치 연구 연구진 현장 지원 기술 사업 영업 개발 인사 총무 재무
    법무 마케팅 고문 자문 위원 위원장 이번 이후 이전 이상 이하 이사장 부사장 대표이사 전문가 상담
    지난 오늘 전체 정말 조합 기존 안내 문의 연락 고객 방문 담당 본인 해당 상대 상대방 모두 다음
    최근 당시 당일 주간 야간 사내 사외 외부 내부 시청 구청 도청 법원 검찰 경찰 의사 약사 판사 검사
    간호사 치과 한의 내과 외과 소아과 안과 가정 보건 정신 재활 영양 임상 수간호 주임 선임 책임
    수습 인턴 원고 피고 증인 신청 작성 발신 수신 성명 이름 명단 참석 출연 구성 관계 당사 채무 채권
    그분 이분 저분 어느 무슨 어떤 아무 한분 두분 세분 여러분 모든분 이모 고모 삼촌 조카 형님 동생
    사흘 나흘 이틀 하루 닷새 엿새 열흘 보름 오전 오후 어제 내일 모레 지금 현재 이미 아직 다시 계속 매일 항상 자주
    가끔 연락처 주소지 전화 전화번호 휴대폰 생년월일 주민번호 이메일 정보 동의 서명 확인 요청 진술 주장 의견 답변
    부서 부처 부문 본부 지점 지사 센터 창구 연구팀 연구원 연구소 연구실 기자단 기자회견 의원실
    대표단 대표팀 교수진 교수팀 의료진 간호팀 상담팀 상담실 고객센터
    오빠 언니 누나 아들 딸 남편 아내 부인 어머 아버 할머 할아 손자 손녀 사위 며느 장모 장인
    """.split()
)
# A "name" ending like this is a word with a particle (`고령의 환자`), not a name.
KO_NOT_NAME_ENDINGS = ("의", "에", "들", "적", "를", "을", "는", "과", "와", "로", "께")

# `Smith`, `Mary-Jane`, `O'Neil`, `McDonald`.
_EN_NAME = r"(?:[A-Z]'|Mc|Mac)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_EN_FIELD_WORDS = r"Name|Phone|Email|E-mail|Tel|Mobile|Address|Title|Date|DOB|Account|Card|Patient|Street|Ave|Road"
# Further words of a name, but not the label that starts the next field (`Karen Brown Name: ...`).
_EN_NEXT_NAME = rf"[ ](?!(?:{_EN_FIELD_WORDS})\b){_EN_NAME}"
_EN_FULL_NAME = rf"{_EN_NAME}(?:[ ][A-Z]\.)?(?:{_EN_NEXT_NAME}){{0,2}}"
_EN_TWO_NAMES = rf"{_EN_NAME}(?:[ ][A-Z]\.)?(?:{_EN_NEXT_NAME}){{1,2}}"
_EN_STOPWORDS = (
    r"(?!(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|The|A|An|This|That|These|Those|It|We|I|You|He|She|They|Our|My|Your|His|Her|Their|All|Team|Not|"
    r"Sure|Happy|Sorry|Glad|Here|There|Going|Writing|Available|In|At|On|From|With|For|To|And|Or|But|If|"
    r"Customer|Support|Service|Care|Center|Desk|Sales|Billing|Management|Department|Office|Staff|Everyone|Hello|Hi|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow|Yesterday|Please|Thanks|"
    r"Korean|American|English|British|Canadian|Chinese|Japanese|Asian|European|Seoul|Korea)\b)"
)
_EN_TITLES = (
    r"Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Professor|MR|MRS|MS|DR|PROF|Judge|Justice|Officer|Detective|Sgt|Sergeant|"
    r"Capt|Captain|Lt|Rev|Sen|Senator|Rep|Gov|Governor|Nurse|Attorney|Counsel|Coach|Dean|Mayor|Sir|Dame"
)
_EN_LABELS = (
    r"name|full name|patient|patient name|client|customer|customer name|plaintiff|defendant|petitioner|"
    r"respondent|witness|applicant|claimant|attorney|author|reporter|contact|contact person|from|to|attn|cc|"
    r"signed|signature|account holder|cardholder|employee|agent|caller|guardian|beneficiary|insured|member|"
    r"physician|doctor|prepared by|submitted by|reviewed by|written by|assigned to|requested by"
)
EN_PERSON_TITLE = rf"\b(?:{_EN_TITLES})\.?[ ]+(?P<v>{_EN_FULL_NAME})"
EN_PERSON_LABEL = rf"(?<![A-Za-z])(?i:{_EN_LABELS})[ \t]*:[ \t]*{_EN_STOPWORDS}(?P<v>{_EN_FULL_NAME})"
EN_PERSON_INTRO = (
    rf"\b(?i:my name is|my name's|name is|this is|i am|i'm|it's|call me|named|called)[ ]+{_EN_STOPWORDS}"
    rf"(?P<v>{_EN_TWO_NAMES}|{_EN_NAME}(?=[ ]?(?:[,.!;)]|from|here|speaking|calling|and)))"
)
EN_PERSON_GREETING = rf"\b(?i:dear|hi|hello|hey|attention)[ ]+{_EN_STOPWORDS}(?P<v>{_EN_FULL_NAME})(?=[ ]?[,:!\n])"
EN_PERSON_SIGNATURE = (
    rf"(?i:regards|sincerely|best wishes|yours truly|yours sincerely|cheers|thanks|thank you|best|warmly|respectfully|"
    rf"cordially|signed),[ \t]*\n?[ \t]*{_EN_STOPWORDS}(?P<v>{_EN_FULL_NAME})"
)
# Capitalized first + last name next to a verb of speech or contact: `said John Smith`, `John Smith said`.
_EN_VERBS = (
    r"said|says|told|asked|wrote|added|explained|noted|reported|called|emailed|contacted|met|visited|"
    r"spoke with|spoke to|talked to|according to|thanks to|signed by|filed by|represented by|treated by|"
    r"seen by|referred by|interviewed|accompanied by|married|with"
)
EN_PERSON_VERB_BEFORE = rf"\b(?i:{_EN_VERBS})[ ]+{_EN_STOPWORDS}(?P<v>{_EN_TWO_NAMES})(?![A-Za-z])"
# `(?=[A-Z])` before the lookbehind (the same matches): `regex` then tests the cheap one first (20% faster).
EN_PERSON_VERB_AFTER = (
    rf"(?=[A-Z])(?<![A-Za-z])(?P<v>{_EN_STOPWORDS}{_EN_TWO_NAMES})"
    r",?[ ](?:said|says|told|asked|wrote|added|explained|noted|called|emailed|visited|filed|signed|"
    r"testified|reported|complained|requested|agreed|denied|confirmed)\b"
)
EN_PERSON_AGE = rf"(?=[A-Z])(?<![A-Za-z])(?P<v>{_EN_STOPWORDS}{_EN_TWO_NAMES}),[ ]\d{{1,3}},"  # `John Smith, 45,`

_EN_ROLES = (
    r"plaintiff|defendant|petitioner|respondent|witness|applicant|claimant|appellant|appellee|reporter|"
    r"correspondent|attorney|lawyer|counsel|patient|nurse|physician|surgeon|officer|victim|suspect|"
    r"spokesperson|spokesman|spokeswoman|editor|author"
)
# A role word then a capitalized first and last name: `Plaintiff Lucas Harris`, `reporter Ann Lee`.
EN_PERSON_ROLE = rf"\b(?i:{_EN_ROLES})[ ]+{_EN_STOPWORDS}(?P<v>{_EN_TWO_NAMES})(?![A-Za-z])"



class CuedPatternRecognizer(CuedRecognizerMixin, PatternRecognizer):
    """A plain pattern recognizer with cues and a trigger (dates of birth, street addresses)."""


class CardRecognizer(CuedRecognizerMixin, CreditCardRecognizer):
    """Presidio's Luhn check decides: a valid number scores 1.0, an invalid one is dropped."""


class IpAddressRecognizer(CuedRecognizerMixin, IpRecognizer):
    """Presidio's `ipaddress` validation on boundaries that also end at a glued Korean particle."""


class PassportRecognizer(CuedRecognizerMixin, KrPassportRecognizer):
    """The 2021 format (M123A4567) counts alone; the older M12345678 only after `여권`/`passport`."""


class OfflineEmailRecognizer(CuedRecognizerMixin, EmailRecognizer):
    """Presidio's email recognizer without its `tldextract` check, which downloads a suffix list.

    A mail-shaped value with an unlisted suffix (`kim@corp.local`) is still personal data, so the
    pattern alone decides.
    """

    VALIDATES = False

    def validate_result(self, pattern_text: str) -> bool | None:
        return None


class PhoneRecognizer(CuedRecognizerMixin, PatternRecognizer):
    """Korean, US and `+CC` international numbers; an international one has 8-15 digits."""

    def invalidate_result(self, pattern_text: str) -> bool:
        digits = sum(c.isdigit() for c in pattern_text)
        return not 8 <= digits <= 15


class RrnRecognizer(CuedRecognizerMixin, KrRrnRecognizer):
    """Presidio's RRN checksum: valid -> 1.0; invalid keeps the pattern score (post-2020 RRNs have none)."""


class FrnRecognizer(CuedRecognizerMixin, KrFrnRecognizer):
    """As RRN, for foreigners (7th digit 5-8)."""


class BrnRecognizer(CuedRecognizerMixin, KrBrnRecognizer):
    """Presidio's BRN checksum: a valid one counts; a failed one only with a cue."""

    def validate_result(self, pattern_text: str) -> bool | None:
        return True if super().validate_result(pattern_text) else None


class DriverLicenseRecognizer(CuedRecognizerMixin, KrDriverLicenseRecognizer):
    """Presidio's region-code check, extended to the older `서울 12-345678-90` form."""

    VALIDATES = False  # None or False, never True

    def validate_result(self, pattern_text: str) -> bool | None:
        if pattern_text[:2] in _KO_REGIONS.split("|"):
            return None
        return None if super().validate_result(pattern_text) else False


class BankAccountRecognizer(CuedRecognizerMixin, PatternRecognizer):
    """Account shapes after a bank cue; a mobile number is never taken for an account."""

    _MOBILE = regex.compile(r"01[016789]-?\d{3,4}-?\d{4}")

    def invalidate_result(self, pattern_text: str) -> bool:
        digits = sum(c.isdigit() for c in pattern_text)
        return not 10 <= digits <= 14 or bool(self._MOBILE.fullmatch(pattern_text))


class SsnRecognizer(CuedRecognizerMixin, UsSsnRecognizer):
    """Presidio's SSN pruning (repeated digits, mismatched delimiters) on our patterns."""


class OfflineIbanRecognizer(CuedRecognizerMixin, IbanRecognizer):
    """Presidio's mod-97 validation on a pattern that also ends at a glued Korean particle."""

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        return CuedRecognizerMixin.analyze(self, text, entities, nlp_artifacts, regex_flags)

    def validate_result(self, pattern_text: str) -> bool | None:
        return True if super().validate_result(pattern_text) else False


class KoreanPersonRecognizer(CuedRecognizerMixin, PatternRecognizer):
    """Korean names next to a title, a label or in a self-introduction, minus common nouns."""

    _LABELS = frozenset(_KO_LABELS.split("|")) | frozenset(_KO_LIST_LABELS.split("|"))

    def invalidate_result(self, pattern_text: str) -> bool:
        return (
            pattern_text in KO_NOT_NAMES or pattern_text in self._LABELS or pattern_text.endswith(KO_NOT_NAME_ENDINGS)
        )


class EnglishPersonRecognizer(CuedRecognizerMixin, PatternRecognizer):
    """English names after titles, labels, introductions, greetings, signatures, verbs of speech."""

    _NOT_NAMES = frozenset("New York|Los Angeles|San Francisco|United States|Supreme Court|Main Street".split("|"))

    def invalidate_result(self, pattern_text: str) -> bool:
        return pattern_text in self._NOT_NAMES


# Hand-written triggers where the derived one is slow in polars (Rust's DFA on Unicode `\\d` repeats):
# each is still necessary, and its first match starts no later than the pattern's first value.
# Every bare-digit shape below (brn/ssn/account/card/rrn/frn/phone `_bare`) starts with 9+ digits;
# `DOB` starts with one of its cue words.
_TRIGGER_9_DIGITS = r"\d{9}"
_TRIGGER_DOB_CUE = "(?i)(?:" + "|".join(rust_escape(c) for c in _DOB_CUES) + ")"


def _p(name: str, pattern: str, score: float, flags: int = FORMAT_FLAGS, needs_cue: bool = False,
       trigger: str | None = None) -> FailClosedPattern:
    pattern = FailClosedPattern(name, pattern, score, flags)
    pattern.needs_cue = needs_cue
    if trigger is not None:
        pattern.trigger = trigger
    return pattern


def build_recognizers(language: str) -> list[EntityRecognizer]:
    """Every recognizer, tagged with `language`.

    The same set serves Korean and English: documents mix both (an English signature under a
    Korean letter), and each pattern is anchored on its own script, so it stays quiet elsewhere.
    Scores: 0.5-1.0 count on their own (threshold 0.4); 0.3 counts only with a cue (-> 0.85).
    """
    lang = {"supported_language": language}
    return [
        OfflineEmailRecognizer(patterns=[_p("email", EMAIL, 0.9)], **lang),
        PhoneRecognizer(
            "PHONE_NUMBER",
            name="PhoneRecognizer",
            patterns=[
                _p("kr_mobile", PHONE_KR_MOBILE, 0.8),
                _p("kr_intl", PHONE_KR_INTL, 0.85),
                _p("kr_landline", PHONE_KR_LANDLINE, 0.6),
                _p("kr_bare", PHONE_KR_BARE, 0.3, trigger=_TRIGGER_9_DIGITS),
                _p("us", PHONE_US, 0.6),
                _p("intl", PHONE_INTL, 0.6),
            ],
            cues=_PHONE_CUES,
            cue_window=20,
            **lang,
        ),
        RrnRecognizer(
            patterns=[_p("rrn", RRN, 0.85), _p("rrn_bare", RRN_BARE, 0.3, needs_cue=True, trigger=_TRIGGER_9_DIGITS)],
            cues=_RRN_CUES,
            **lang,
        ),
        FrnRecognizer(
            patterns=[_p("frn", FRN, 0.85), _p("frn_bare", FRN_BARE, 0.3, needs_cue=True, trigger=_TRIGGER_9_DIGITS)],
            cues=_RRN_CUES,
            **lang,
        ),
        PassportRecognizer(
            patterns=[
                _p("passport_new", PASSPORT_NEW, 0.6, regex.MULTILINE),
                _p("passport_old", PASSPORT_OLD, 0.3, regex.MULTILINE),
            ],
            cues=("여권", "passport"),
            **lang,
        ),
        DriverLicenseRecognizer(
            patterns=[
                _p("dl", DRIVER_LICENSE, 0.6),
                _p("dl_region", DRIVER_LICENSE_REGION, 0.6),
                _p("dl_bare", DRIVER_LICENSE_BARE, 0.3),
            ],
            cues=("운전면허", "면허번호", "면허증", "driver", "license", "licence"),
            **lang,
        ),
        BrnRecognizer(
            patterns=[_p("brn", BRN, 0.3), _p("brn_bare", BRN_BARE, 0.2, trigger=_TRIGGER_9_DIGITS)],
            cues=("사업자", "등록번호", "business registration", "brn", "tax id", "business number"),
            **lang,
        ),
        CardRecognizer(
            patterns=[_p("card_grouped", CARD_GROUPED, 0.3), _p("card_amex", CARD_AMEX, 0.3),
                      _p("card_plain", CARD_PLAIN, 0.3, needs_cue=True, trigger=_TRIGGER_9_DIGITS)],
            cues=("카드", "card", "visa", "master", "amex", "결제", "credit", "debit"),
            **lang,
        ),
        BankAccountRecognizer(
            "BANK_ACCOUNT",
            name="BankAccountRecognizer",
            patterns=[
                _p("account", BANK_ACCOUNT, 0.3), _p("account_bare", BANK_ACCOUNT_BARE, 0.3, trigger=_TRIGGER_9_DIGITS)
            ],
            cues=_BANK_CUES,
            cue_window=15,
            anti_cue=r"주문번호|주문|운송장 번호|운송장|송장번호|바코드|order|order no\.?|tracking(?: number)?|invoice|barcode|#",  # noqa: E501
            **lang,
        ),
        OfflineIbanRecognizer(
            patterns=[_p("iban", IBAN, 0.5, regex.MULTILINE)], **lang
        ),
        SsnRecognizer(
            patterns=[_p("ssn", SSN, 0.6), _p("ssn_bare", SSN_BARE, 0.3, trigger=_TRIGGER_9_DIGITS)],
            cues=("ssn", "social security", "사회보장번호"),
            **lang,
        ),
        IpAddressRecognizer(
            patterns=[_p("ipv4", IPV4, 0.8)]
            + [_p(p.name, p.regex, 0.8) for p in IpRecognizer.PATTERNS if p.name == "IPv6"],
            anti_cue=r"version|ver\.?|v|build|release|버전|빌드|릴리스",
            **lang,
        ),
        CuedPatternRecognizer(
            "DATE_OF_BIRTH",
            name="DateOfBirthRecognizer",
            patterns=[_p("date", DOB, 0.85, trigger=_TRIGGER_DOB_CUE), _p("date_saeng", DOB_SUFFIX, 0.85)],
            cues=_DOB_CUES,
            cue_window=25,
            **lang,
        ),
        CuedPatternRecognizer(
            "STREET_ADDRESS",
            name="StreetAddressRecognizer",
            patterns=[
                _p("ko_address", KO_ADDRESS, 0.7),
                _p("ko_address_bare", KO_ADDRESS_BARE, 0.2),
                _p("us_address", US_ADDRESS, 0.7, NAME_FLAGS),
            ],
            cues=_ADDRESS_CUES,
            cue_window=20,
            **lang,
        ),
        KoreanPersonRecognizer(
            "PERSON",
            name="KoreanPersonRecognizer",
            patterns=[
                _p("ko_name_title", KO_PERSON_TITLE, 0.7, NAME_FLAGS),
                _p("ko_name_label", KO_PERSON_LABEL, 0.7, NAME_FLAGS),
                _p("ko_name_list", KO_PERSON_LIST, 0.7, NAME_FLAGS),
                _p("ko_name_intro", KO_PERSON_INTRO, 0.6, NAME_FLAGS),
            ],
            **lang,
        ),
        EnglishPersonRecognizer(
            "PERSON",
            name="EnglishPersonRecognizer",
            patterns=[
                _p("en_name_title", EN_PERSON_TITLE, 0.7, NAME_FLAGS),
                _p("en_name_label", EN_PERSON_LABEL, 0.7, NAME_FLAGS),
                _p("en_name_intro", EN_PERSON_INTRO, 0.6, NAME_FLAGS),
                _p("en_name_greeting", EN_PERSON_GREETING, 0.6, NAME_FLAGS),
                _p("en_name_signature", EN_PERSON_SIGNATURE, 0.6, NAME_FLAGS),
                _p("en_name_verb_before", EN_PERSON_VERB_BEFORE, 0.5, NAME_FLAGS),
                _p("en_name_verb_after", EN_PERSON_VERB_AFTER, 0.5, NAME_FLAGS),
                _p("en_name_age", EN_PERSON_AGE, 0.5, NAME_FLAGS),
                _p("en_name_role", EN_PERSON_ROLE, 0.6, NAME_FLAGS),
            ],
            **lang,
        ),
    ]


# The pre-filter's regexes, grouped. Polars keeps about 32 compiled regexes per thread; beyond that it
# compiles every trigger anew for every batch (~0.3 ms each, more than the scan), so the scrubber runs
# one regex per group below: the union of its patterns' triggers. A pattern of a group may then run on
# a text where only a sibling's trigger matched (never a different result: the union still holds for
# every member), so the groups join patterns that are cheap or whose triggers hit the same texts.
# A pattern not named here has a group of its own. Cue groups likewise share one cue regex.
TRIGGER_GROUPS: dict[str, str] = {
    "kr_intl": "phone_plus", "intl": "phone_plus",
    "rrn": "dashed_ids", "frn": "dashed_ids", "dl": "dashed_ids", "dl_region": "dashed_ids",
    "passport_new": "letter_ids", "passport_old": "letter_ids", "iban": "letter_ids",
    "ssn": "ssn_brn", "brn": "ssn_brn",
    "brn_bare": "bare_digits", "ssn_bare": "bare_digits", "account_bare": "bare_digits", "card_plain": "bare_digits",
    "rrn_bare": "bare_digits", "frn_bare": "bare_digits", "kr_bare": "bare_digits", "dl_bare": "bare_digits",
    "kr_mobile": "phone_kr", "kr_landline": "phone_kr",
    "en_name_intro": "en_name_intro_label", "en_name_label": "en_name_intro_label",
    "en_name_verb_after": "en_name_two_names", "en_name_age": "en_name_two_names",
    "card_grouped": "cards", "card_amex": "cards",
    "date": "dob", "date_saeng": "dob",
    "ko_name_intro": "ko_name_intro_list", "ko_name_list": "ko_name_intro_list",
    "en_name_greeting": "en_name_greeting_signature", "en_name_signature": "en_name_greeting_signature",
}
CUE_GROUPS: dict[str, str] = {  # recognizer name -> cue group (rare cues share one regex)
    "RrnRecognizer": "rare", "FrnRecognizer": "rare", "PassportRecognizer": "rare",
    "DriverLicenseRecognizer": "rare", "SsnRecognizer": "rare",
    "CardRecognizer": "card_address", "StreetAddressRecognizer": "card_address",
}

# The entity types `build_recognizers` can emit, in the fixed order the scrubber publishes.
RECOGNIZED_ENTITIES = PII_ENTITIES
