"""The scrub pre-filter: which patterns can match in which text, for a whole batch at once, in polars.

Each pattern carries a `trigger` (`trigger_of`): a regex in Rust `regex` syntax that every text in
which the pattern can match must contain. `Prefilter.matrix` runs every trigger over a batch in
polars (Rust); the scrubber then runs a recognizer only on the texts where one of its patterns may
match, each pattern scanned from its trigger's first match. This cannot change a result (tested on
the benchmark and on fuzzed texts).
"""

from __future__ import annotations

from functools import cache
from itertools import chain

import numpy as np
import polars as pl
import regex

from prep.pii.addresses import ADDRESS_PATTERNS
from prep.pii.normalized_view import NormalizedView, normalized_view, screened_trigger


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
def _non_ascii() -> str:
    """Every non-ASCII character but the surrogates, in one string (to probe the installed `regex` with)."""
    return "".join(map(chr, chain(range(0x80, 0xD800), range(0xE000, 0x110000))))


@cache
def ascii_case_partners() -> str:
    """The non-ASCII characters that the installed `regex` matches case-insensitively (simple folding, as the
    patterns use) with an ASCII letter: `İ`, `ı`, `ſ`, the Kelvin sign (computed, as `exotic_class`)."""
    return "".join(regex.findall(r"[a-zA-Z]", _non_ascii(), flags=regex.IGNORECASE | regex.V0))


@cache
def exotic_class() -> str:
    """A Rust class of the characters on which `ascii_trigger` may differ from its trigger.

    The non-ASCII characters that the installed `regex` matches with `\\d`, or case-insensitively
    (simple folding, as the patterns use) with an ASCII letter: other scripts' digits, `İ` and `ı`, `ſ`,
    the Kelvin sign. Both cases are probed: `regex` folds `İ` onto `i` and `ı` onto `I` only. Computed,
    not listed, so that a newer Unicode in `regex` is covered too.
    """
    found = {*regex.findall(r"\d", _non_ascii()), *ascii_case_partners()}
    codes = sorted(map(ord, found))
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "[" + "".join(f"\\x{{{a:x}}}" if a == b else f"\\x{{{a:x}}}-\\x{{{b:x}}}" for a, b in ranges) + "]"


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
    "ssn": "dashed_ids", "brn": "dashed_ids",  # a slot for `date_saeng`'s own group
    "brn_bare": "bare_digits", "ssn_bare": "bare_digits", "account_bare": "bare_digits", "card_plain": "bare_digits",
    "rrn_bare": "bare_digits", "frn_bare": "bare_digits", "kr_bare": "bare_digits", "dl_bare": "bare_digits",
    "kr_mobile": "phone_kr", "kr_landline": "phone_kr", "uk_mobile": "phone_kr", "uk_landline": "phone_kr",
    "uk_landline_split": "phone_kr",
    "us_bare": "bare_digits",
    **{a.name: a.group for a in ADDRESS_PATTERNS},  # street addresses: their table says, but for ...
    # ... these of its `en_address` group: polars ran the union of that group's 14 triggers 4x slower than two
    # unions (0.069 -> 0.017 s on the generated bench's 4,500 texts: its lazy DFA thrashes) ...
    **dict.fromkeys(("en_address_after_phrase", "en_address_eu", "po_box", "en_box_tailed", "en_ship", "ko_romanized",
                     "jp_address", "id_address", "ph_address"), "en_address_more"),
    # ... and its slot: the bank-after account (1 text of the bench) joins `date_saeng` (94): 30 regexes again, 32
    # with language detection's two (`prep.pii.language`); at 33 polars recompiles every one of them on every batch
    "account_bank_after": "date_saeng",
    "date_paren": "dob", "account": "accounts", "account_uk": "accounts", "account_kakao": "accounts",
    "rrn_after_name": "bare_digits",  # not "account_bank_after": see its trigger
    "IPv6": "ipv4",  # a slot (the IPv6 scans: +0.007 s on the bench corpus)
    "en_name_intro": "en_name_intro_label", "en_name_label": "en_name_intro_label",
    "en_name_verb_after": "en_name_two_names", "en_name_age": "en_name_two_names",
    "card_grouped": "cards", "card_amex": "cards",
    "date": "dob", "date_table": "dob", "date_spoken": "dob", "date_mark": "dob",
    # not "date_saeng": its own trigger (`생`, `출생`) hits 1 text in 16 of dob's
    "ko_name_intro": "ko_name_intro_list", "ko_name_list": "ko_name_intro_list",
    # not "ko_name_hangul" (`prep.pii.names_ko`: any Hangul): beside the title trigger it would start the
    # title pattern's scan at the first Hangul instead of the first titled name (3x its scan time)
    "en_name_greeting": "en_name_greeting_signature", "en_name_signature": "en_name_greeting_signature",
    "en_name_role": "en_name_title",  # a role or a title before a name: a slot for `ko_name_hangul`'s own group
}
CUE_GROUPS: dict[str, str] = {  # recognizer name -> cue group (rare cues share one regex)
    "RrnRecognizer": "rare", "FrnRecognizer": "rare", "PassportRecognizer": "rare",
    "DriverLicenseRecognizer": "rare", "SsnRecognizer": "rare",
    "CardRecognizer": "card_address", "StreetAddressRecognizer": "card_address",
}


class Prefilter:
    """The pre-filter's regexes for one recognizer list, and `matrix`/`hits` to run them on a batch.

    One regex per trigger group (`TRIGGER_GROUPS`) and one per cue group, in their ASCII form
    (`ascii_trigger`), and the class of characters for which that form is not enough (`exotic_class`).
    Recognizers of every language are tagged copies of one set, so one pre-filter serves them all.
    `slots[r][k]` = (trigger column, cue column or -1) of pattern k of recognizer r; a recognizer
    without patterns (spaCy) has one slot (-1, -1): always run, from 0. A pattern gets a cue column
    when none of its values can reach `threshold` without a cue.
    """

    def __init__(self, recognizers: list, threshold: float):
        groups: dict[str, list[str]] = {}
        cue_groups: dict[str, list[str]] = {}
        self.slots: list[list[tuple[int, int]]] = []
        for recognizer in recognizers:
            patterns = getattr(recognizer, "patterns", None)
            if not patterns:
                self.slots.append([(-1, -1)])
                continue
            cues = recognizer.cue_trigger() if hasattr(recognizer, "cue_trigger") else None
            slots = []
            for pattern in patterns:
                members = groups.setdefault(TRIGGER_GROUPS.get(pattern.name, pattern.name), [])
                if pattern.trigger not in members:
                    members.append(pattern.trigger)
                cue = -1
                if cues is not None and recognizer.needs_cue(pattern, threshold):
                    members = cue_groups.setdefault(CUE_GROUPS.get(recognizer.name, recognizer.name), [])
                    members.extend(c for c in recognizer.cues if c not in members)
                    cue = list(cue_groups).index(CUE_GROUPS.get(recognizer.name, recognizer.name))
                slots.append((list(groups).index(TRIGGER_GROUPS.get(pattern.name, pattern.name)), cue))
            self.slots.append(slots)
        unions = [t[0] if len(t) == 1 else "|".join(f"(?:{x})" for x in t) for t in groups.values()]
        self.group_regexes = [ascii_trigger(u) for u in unions]
        self.cue_regexes = [ascii_trigger("(?i)" + "|".join(map(rust_escape, cues))) for cues in cue_groups.values()]
        self.exotic_regex = exotic_class()
        try:  # a regex polars cannot compile fails here, once, not on every batch (fail-closed drops)
            self.matrix([""])
        except Exception as exc:  # noqa: BLE001 -- polars' own error types
            raise ValueError(f"the scrub pre-filter's regexes do not compile in polars: {exc}") from None

    def matrix(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(starts, cues): starts[i, g] = the offset `str.find` gives (`CharOffsets`) of the first match of group
        g's regex in text i, or -1; cues[i, c] = does text i hold a word of cue group c.

        No value of a pattern can start before its trigger's first match, nor before the group's
        (a union of triggers); one of a cued pattern's values scores under the threshold unless a
        cue comes before it. A text with an exotic character (`exotic_class`) is not pre-filtered:
        every group starts at 0 and every cue is present.
        """
        col = pl.col("t")
        frame = pl.DataFrame({"t": texts}, schema={"t": pl.String}).select(
            [col.str.find(g).fill_null(-1).cast(pl.Int64).alias(f"g{k}") for k, g in enumerate(self.group_regexes)]
            + [col.str.contains(c).alias(f"c{k}") for k, c in enumerate(self.cue_regexes)]
            + [col.str.contains(self.exotic_regex).alias("x")]
        )
        n, m = len(self.group_regexes), len(self.cue_regexes)
        # writable: a one-column frame converts without a copy, read-only, and exotic rows are set below
        empty = np.zeros((len(texts), 0), np.int64)
        starts = frame.select(frame.columns[:n]).to_numpy(writable=True) if n else empty
        cues = frame.select(frame.columns[n:n + m]).to_numpy(writable=True) if m else empty.astype(bool)
        exotic = frame.get_column("x").to_numpy()
        if exotic.any():
            starts[exotic] = 0
            cues[exotic] = True
        return starts, cues

    def hits(self, matrix: tuple[np.ndarray, np.ndarray], r: int) -> tuple[list[int], list[list[int]]] | None:
        """(rows, offsets) for recognizer r: the texts where one of its patterns may match, and per such
        text the offset (`CharOffsets`) where each pattern's scan starts (-1: not run). None: run it on every text."""
        slots = self.slots[r]
        if slots[0][0] < 0:
            return None
        starts, cues = matrix
        sub = starts[:, [g for g, _ in slots]]
        for k, (_, c) in enumerate(slots):
            if c >= 0:
                sub[~cues[:, c], k] = -1
        hit = (sub >= 0).any(axis=1)
        return np.flatnonzero(hit).tolist(), sub[hit].tolist()


_ASCII: dict[int, int] = {}  # `CharOffsets`' marker for a text whose byte offsets are character offsets


def _find_gives_bytes() -> bool:
    """Does this polars' `str.find` give UTF-8 byte offsets (up to 2.1) or character offsets (2.2 on)? Asked once."""
    return pl.DataFrame({"t": ["é a"]}).select(pl.col("t").str.find("a")).item() == 3


FIND_GIVES_BYTES = _find_gives_bytes()


class CharOffsets:
    """Character offsets of the offsets polars' `str.find` gives, per text of a batch, each computed once: UTF-8
    byte offsets up to polars 2.1, converted here; character offsets from 2.2 on, passed through
    (`FIND_GIVES_BYTES`)."""

    def __init__(self, texts: list[str]):
        self.texts = texts
        self.converted: dict[int, dict[int, int]] = {}  # text -> UTF-8 byte offset -> character offset
        self.encoded: dict[int, bytes] = {}

    def __call__(self, i: int, offset: int) -> int:
        if offset == 0 or not FIND_GIVES_BYTES:
            return offset
        known = self.converted.get(i)
        if known is None:
            known = self.converted[i] = _ASCII if self.texts[i].isascii() else {}
        if known is _ASCII:
            return offset
        char = known.get(offset)
        if char is None:
            if i not in self.encoded:
                self.encoded[i] = self.texts[i].encode()
            char = known[offset] = len(self.encoded[i][:offset].decode())
        return char


def normalized_views(texts: list[str]) -> list[NormalizedView | None]:
    """`normalized_view` of each text, with the triggers of three of its passes tested for the whole batch in one
    polars scan (`SCREENED_PASSES`): the same views, for a fraction of the cost. Where polars cannot hold the batch,
    each text is read alone, as before (the pre-filter then fails the batch as it would have)."""
    try:
        hits = pl.DataFrame({"t": texts}, schema={"t": pl.String}).select(
            pl.col("t").str.contains(_screened_trigger())).to_series().to_list()
    except Exception:  # noqa: BLE001 -- polars' own error types
        return [normalized_view(text) for text in texts]
    return [normalized_view(text, screened=not hit) for text, hit in zip(texts, hits, strict=True)]


@cache
def _screened_trigger() -> str:
    return screened_trigger()
