"""A normalized view of a text for PII detection, and the map from its offsets back to the text's.

People write the same value in other clothes: full-width digits (`０１０－１２３４－５６７８`), digits
spelled in Hangul or English (`공일공 일이삼사 오육칠팔`, `six three one, two three four ...`), `ㅡ`,
dashes or spaced hyphens between digit groups (`010ㅡ1234ㅡ5678`, `911028 - 1234567`), e-mail
addresses with the `@` and dots spelled out (`hong 골뱅이 naver 점 com`, `john [at] example [dot] com`).
The recognizers' patterns are written for the plain forms; `normalized_view(text)` rewrites those
clothes into the plain forms, keeping for every character of the view the range of the text it came
from, so a value found in the view is replaced over its ORIGINAL characters (`NormalizedView.span`).

Pure and dependency-free (stdlib `unicodedata` + `regex`): the scrubber runs the recognizers on the
text and, where the view differs, on the view too, and takes the union. A text that needs no
rewriting costs one regex search (`normalized_view` returns None).

What is rewritten, in this order (each pass sees the previous one's output; the maps compose):
1. `compat`: the compatibility characters whose NFKC form is ASCII text (full-width digits, letters and
   punctuation, the ideographic and other Unicode spaces, circled and super/subscript digits,
   mathematical digits). Hangul compatibility jamo (`ㅋ`, `ㅡ`) and characters whose NFKC form is only
   punctuation of several characters (`…` -> `...`) stay.
2. `spelled`: runs of at least `MIN_SPELLED_DIGITS` digits spelled in Hangul (공/영 0, 일 1, 이 2 ...) or
   in English words (zero/oh, one ... nine), in groups; the groups are joined by `-` (the STT form
   `공일공에 삼이일팔에 ...` included). Shorter runs are words (`이사`, `사이`, `one or two`).
3. `separators`: `ㅡ`, dashes, minus signs, spaced hyphens, `다시` said for a dash (round 23) and `ㆍ`/`·` between
   groups of 3+ digits between two digits become one `-`; runs
   of spaces between digits become one space.
Between 1 and 2, two readings with modules of their own: `view_ocr` (OCR's letters for digits inside numbers, `4O9`,
`968l5`, and digits for letters inside words, `S0UTH`), `view_spoken` (a house number said in words before a
street, and the unit and postcode said after it: `forty two elmwood drive ... four three two one four`) and
`view_spoken_ko` (a district's road and its numbers said in Hangul: `부평대로 삼십팔 번길 이십 오층 오백삼호`).
4. `emails`: an address whose `@` is spelled (`골뱅이`, `[at]`, `(at)`, `{at}`, `<at>`, ` @ `) with its dots
   plain or spelled (`점`, `닷`, `[dot]`, `(dot)`, ` dot `), in the local part too (`john dot smith at ...`),
   and `.com` said as one word (`naver 닷컴`); or `x at y dot com` with a bare `at` only when a dot is spelled
   too (`reach me at example.com` is prose, not an address).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import regex

from prep.pii.names_en_words import trie_pattern
from prep.pii.view_ocr import OCR_TRIGGER, SPACED_HOUSE_TRIGGER, ocr_digit_edits, spaced_house_number_edits
from prep.pii.view_spoken import SPOKEN_TRIGGER, spoken_address_edits
from prep.pii.view_spoken_email import SPOKEN_EMAIL_TRIGGER, spoken_email_edits
from prep.pii.view_spoken_ko import SPOKEN_KO_TRIGGER, spoken_ko_address_edits

MIN_SPELLED_DIGITS = 7  # a phone number has 9+, an RRN 13, a yymmdd date 6 (spelled birth dates: not handled)

# --- the view and its offset map -----------------------------------------------------------------


@dataclass(frozen=True)
class NormalizedView:
    """`text`, and for each of its characters j the range `[starts[j], ends[j])` of the original it came from."""

    text: str
    starts: list[int]
    ends: list[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original range covering view range `[start, end)` (not empty): every character it came from,
        and every character deleted between them (a separator folded away lies inside)."""
        return self.starts[start], self.ends[end - 1]


Edit = tuple[int, int, str]  # (start, end, replacement): text[start:end] becomes the replacement, never empty source


def _apply(text: str, edits: list[Edit]) -> tuple[str, list[int], list[int]]:
    """Apply sorted, disjoint edits; every character of a replacement maps to its whole source range."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for start, end, new in edits:
        if start > at:
            pieces.append(text[at:start])
            starts.extend(range(at, start))
            ends.extend(range(at + 1, start + 1))
        pieces.append(new)
        starts.extend([start] * len(new))
        ends.extend([end] * len(new))
        at = end
    pieces.append(text[at:])
    starts.extend(range(at, len(text)))
    ends.extend(range(at + 1, len(text) + 1))
    return "".join(pieces), starts, ends


# --- pass 1: compatibility characters ------------------------------------------------------------

# Where the compatibility forms with an ASCII NFKC form live (the rest of Unicode has none worth a scan):
# Latin-1 (NBSP, superscripts), general punctuation (spaces, the non-breaking hyphen), super/subscripts,
# number forms, enclosed alphanumerics (①), the ideographic space, CJK compatibility (㎡ stays: not ASCII
# alnum only), half/full-width forms, mathematical alphanumerics (𝟎).
_COMPAT_RANGES = ((0xA0, 0xBF), (0x2000, 0x206F), (0x2070, 0x209F), (0x2150, 0x218F), (0x2460, 0x24FF),
                  (0x3000, 0x3000), (0xFF00, 0xFFEF), (0x1D400, 0x1D7FF))


def _range_class(ranges: tuple[tuple[int, int], ...]) -> str:
    return "[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]"


_COMPAT_BLOCKS = re.compile(_range_class(_COMPAT_RANGES))  # a superset of the table's keys: one class scan
_KEEP_PUNCT = set("@.-+()/:#,_%&'\"[]{}<>!?;=*~ ")


@cache
def compat_table() -> dict[str, str]:
    """character -> its NFKC form, for the compatibility characters whose NFKC form is plain ASCII text:
    alphanumerics, spaces, or one punctuation character (`…` -> `...` is left alone)."""
    table = {}
    for first, last in _COMPAT_RANGES:
        for code in range(first, last + 1):
            char = chr(code)
            form = unicodedata.normalize("NFKC", char)
            if form == char or not form.isascii() or not form:
                continue
            if any(c.isalnum() for c in form) or (len(form) == 1 and form in _KEEP_PUNCT):
                table[char] = form
    return table


def _compat_edits(text: str) -> list[Edit]:
    table = compat_table()
    return [(m.start(), m.end(), table[m.group()]) for m in _COMPAT_BLOCKS.finditer(text) if m.group() in table]


# --- pass 1b: letter-spaced runs ----------------------------------------------------------------

# OCR of wide-set print and forms typed one character a box write each character apart (`서 울 시  종 로 구`,
# `2 0 8 M a p l e   A v e`): a run of at least `MIN_SPACED_CHARACTERS` one-character tokens, most of them one
# space apart. Inside it a single space is no word break and goes; a wider gap is one, and becomes one space
# (so does a wide gap on either side of the run: `통 일 로  684` -> `통일로 684`). Where a word runs from digits
# into Latin letters (`2 0 8 M a p l e`) a space stays between them (`208 Maple`): a house number and its street.
MIN_SPACED_CHARACTERS = 5
SPACED_RUN = regex.compile(r"(?:(?<=\S)[ ]{2,})?(?<!\S)\S(?!\S)(?:[ ]{1,4}\S(?!\S)){4,}(?:[ ]{2,}(?=\S))?")
_GAP = regex.compile(r"[ ]+")


def _spaced_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for match in SPACED_RUN.finditer(text):
        gaps = list(_GAP.finditer(text, match.start(), match.end()))
        inner = [g for g in gaps if g.start() > match.start() and g.end() < match.end()]
        if sum(g.end() - g.start() == 1 for g in inner) < MIN_SPACED_CHARACTERS - 2:
            continue  # mostly wide gaps: a list of one-character words (`a  b  c`), not one spaced word
        for gap in gaps:  # every gap lies between two characters of the text
            before, after = text[gap.start() - 1], text[gap.end()]
            if gap.end() - gap.start() > 1:
                edits.append((gap.start(), gap.end(), " "))
            elif not (before.isascii() and before.isdigit() and after.isascii() and after.isalpha()):
                edits.append((gap.start(), gap.end(), ""))
    return edits


# --- pass 2: spelled digits ----------------------------------------------------------------------

_HANGUL_DIGITS = {"공": "0", "영": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6", "륙": "6",
                  "칠": "7", "팔": "8", "구": "9"}
_ENGLISH_DIGITS = {"zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
                   "six": "6", "seven": "7", "eight": "8", "nine": "9"}
_HG = "[" + "".join(_HANGUL_DIGITS) + "]"
# Groups of 2+ spelled digits, joined by spaces, `에`, or one of `-.,ㅡ` with optional spaces.
HANGUL_RUN = regex.compile(
    rf"(?<![가-힣]){_HG}{{2,}}(?:(?:[ ]?에[ ]?|[ ]*[\-.,ㅡ][ ]*|[ ]+다시[ ]+|[ ]+){_HG}{{2,}})+"
)
_EW_DIGIT = "(?:" + "|".join(_ENGLISH_DIGITS) + ")"
_EW = f"(?:(?:double|triple)[ ]+)?{_EW_DIGIT}"  # `double oh`: 00, as numbers are read out
ENGLISH_RUN = regex.compile(
    rf"(?<![A-Za-z]){_EW}(?:(?:[ ]*[,\-][ ]*|[ ]+){_EW}){{{MIN_SPELLED_DIGITS - 1},}}(?![A-Za-z])", regex.IGNORECASE
)
_AFTER_COPULA = frozenset("요에고다라며야죠예")  # `이요`, `이에요`, `이고`, `이다` after a number said aloud
_ENGLISH_WORD = regex.compile(rf"(?:(?P<times>double|triple)[ ]+)?(?P<digit>{_EW_DIGIT})(?![A-Za-z])", regex.IGNORECASE)
_TIMES = {"double": 2, "triple": 3}


def _spelled_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    for match in HANGUL_RUN.finditer(text):
        if sum(c in _HANGUL_DIGITS for c in match.group()) < MIN_SPELLED_DIGITS:
            continue
        at, end_ = match.start(), match.end()
        last = regex.search(rf"{_HG}+$", match.group()).group()  # a phone's last group has four: `...오사삼이예요` 5432
        phone_end = len(last) == 4 and last != match.group()
        if text[end_ - 1] == "이" and text[end_:end_ + 1] in _AFTER_COPULA and not phone_end:
            end_ -= 1  # `...구일공팔이요`: the copula `이` ends the run, no digit 2
        for group in regex.finditer(rf"{_HG}+", text[at:end_]):
            start, end = match.start() + group.start(), match.start() + group.end()
            if start > at:
                edits.append((at, start, "-"))  # the separator between two groups
            edits.extend((i, i + 1, _HANGUL_DIGITS[text[i]]) for i in range(start, end))
            at = end
    for match in ENGLISH_RUN.finditer(text):
        at = match.start()
        for word in _ENGLISH_WORD.finditer(text, match.start(), match.end()):
            if word.start() > at:
                gap = text[at:word.start()]
                edits.append((at, word.start(), "-" if ("," in gap or "-" in gap) else ""))
            times = _TIMES[word.group("times").lower()] if word.group("times") else 1
            edits.append((word.start(), word.end(), _ENGLISH_DIGITS[word.group("digit").lower()] * times))
            at = word.end()
    return sorted(edits)  # an empty replacement deletes (a space inside a spelled group): `_apply` maps around it


# --- pass 3: separators between digits -----------------------------------------------------------

_DASHES = "ㅡ\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63"
# (Spaced dots stay: `1990. 1. 2.` is how Korean writes dates, and the patterns read it as written.)
# An underscore between groups of 2+ and 3+ digits is a dash too (`010_3382_1904`: a form that forbids hyphens);
# not in identifiers' short parts (`v2_1`, `img_3_4`).
# A dot said aloud between a number's groups is one too (`010 쩜 2817 쩜 6654`, as a phone number is read out).
SEPARATOR = regex.compile(
    rf"(?<=\d)(?:[ \t]*[{_DASHES}][ \t]*|[ \t]+-[ \t]*|-[ \t]+|[ \t]{{2,}}|(?<=\d\d)_(?=\d{{3}})"
    rf"|(?<=\d\d)[ \t]*[쩜점][ \t]*(?=\d{{3}})|[ ]다시[ ]|(?<=\d{{3}})[ㆍ·](?=\d{{3}}))(?=\d)"
)


def _separator_edits(text: str) -> list[Edit]:
    edits = []
    for match in SEPARATOR.finditer(text):
        sep = match.group().strip(" \t")
        new = "-" if sep else " "
        if match.group() != new:
            edits.append((match.start(), match.end(), new))
    return edits


# --- pass 4: spelled e-mail addresses ------------------------------------------------------------

_LOCAL = r"[A-Za-z0-9._%+\-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
_SPELLED_AT = r"(?:[ ]*(?:\[[ ]?at[ ]?\]|\([ ]?at[ ]?\)|\{[ ]?at[ ]?\}|<[ ]?at[ ]?>|골뱅이|앳)[ ]*|[ ]+@[ ]*|[ ]*@[ ]+)"
_SPELLED_DOT = r"(?:[ ]*(?:\[[ ]?dot[ ]?\]|\([ ]?dot[ ]?\)|\{[ ]?dot[ ]?\}|<[ ]?dot[ ]?>|점|쩜|닷)[ ]*|[ ]+dot[ ]+)"
_DOT = rf"(?:{_SPELLED_DOT}|\.(?:[ ](?=(?-i:com|net|org|co|kr)\b))?)"  # `naver. com`: a typed dot's stray space
# ... and a local part's underscore or dash said (`m underscore okafor at yahoo dot com`, `hy 언더바 kim`)
_SPELLED_JOIN = r"(?:[ ]+(?:underscore|under score|dash|hyphen)[ ]+|[ ]*(?:언더바|언더스코어|하이픈)[ ]*)"
_JOINS = {"underscore": "_", "under score": "_", "언더바": "_", "언더스코어": "_",
          "dash": "-", "hyphen": "-", "하이픈": "-"}
_SPOKEN_TLD = r"[ ]*(?P<tld>닷컴|닷넷|닷오알지)"  # `naver 닷컴`: `.com` said as one word
_SPOKEN_TLDS = {"닷컴": ".com", "닷넷": ".net", "닷오알지": ".org"}
EMAIL_SPELLED = regex.compile(  # a local part's dots may be spelled too (`john dot smith at gmail dot com`)
    rf"(?<![A-Za-z0-9._%+\-])(?P<local>{_LOCAL}(?:(?:{_SPELLED_DOT}|{_SPELLED_JOIN}){_LOCAL})*)"
    rf"(?:(?P<at>{_SPELLED_AT})|(?P<bare>[ ]+at[ ]+))"
    rf"{_LABEL}(?:(?:{_DOT}{_LABEL})*{_DOT}[A-Za-z]{{2,24}}(?![A-Za-z0-9\-])|(?:{_DOT}{_LABEL})*{_SPOKEN_TLD})",
    regex.IGNORECASE,
)
_DOT_TOKEN = regex.compile(_DOT, regex.IGNORECASE)
_JOIN_TOKEN = regex.compile(_SPELLED_JOIN, regex.IGNORECASE)
_AT_TOKEN = regex.compile(rf"{_SPELLED_AT}|[ ]+at[ ]+", regex.IGNORECASE)


def _email_edits(text: str) -> list[Edit]:
    edits: list[Edit] = []
    taken = 0  # end of the last address rewritten: a refused match (`me at x.y`) must not hide a later one
    for match in EMAIL_SPELLED.finditer(text, overlapped=True):
        if match.start() < taken:
            continue
        at = _AT_TOKEN.match(text, match.end("local"))
        tld = match.span("tld") if match.group("tld") else (match.end(), match.end())
        dots = [d for d in _DOT_TOKEN.finditer(text, at.end(), tld[0]) if d.group() != "."]
        if match.group("bare") is not None and not dots and not match.group("tld"):
            continue  # `reach me at example.com`: prose
        local_dots = [d for d in _DOT_TOKEN.finditer(text, match.start(), match.end("local")) if d.group() != "."]
        edits.extend((d.start(), d.end(), ".") for d in local_dots)
        edits.extend((j.start(), j.end(), _JOINS[j.group().strip().lower()])
                     for j in _JOIN_TOKEN.finditer(text, match.start(), match.end("local")))
        edits.append((at.start(), at.end(), "@"))
        edits.extend((d.start(), d.end(), ".") for d in dots)
        if match.group("tld"):
            start = tld[0]
            while text[start - 1] == " ":  # the spaces before it go too: `naver 닷컴` -> `naver.com`
                start -= 1
            edits.append((start, tld[1], _SPOKEN_TLDS[match.group("tld")]))
        taken = match.end()
    return edits


# --- the view ------------------------------------------------------------------------------------

# Per pass, necessary conditions for it to change the text, as stdlib `re` searches (no lookbehinds, no case
# folding, whole Unicode blocks for the compatibility characters): the passes' own patterns are ~20x slower.
# As a trie (`o(?:ne|h)`): one pass per position instead of 36 alternatives (the trigger runs on every text).
_EW_CASED = "(?:" + trie_pattern(w for word in _ENGLISH_DIGITS for w in (word, word.title(), word.upper())) + ")"
# A run of 7+ spelled digits in groups of 2+ has a group of 3+, or starts with two groups of 2.
_HANGUL_TRIGGER = re.compile(f"{_HG}{{2}}(?:{_HG}|(?:[ ]?에[ ]?|[ ]*[\\-.,ㅡ][ ]*|[ ]+다시[ ]+|[ ]+){_HG}{{2}})")
_ENGLISH_TRIGGER = re.compile(rf"{_EW_CASED}[ ,\-]+{_EW_CASED}[ ,\-]+{_EW_CASED}")
_SPACED_TRIGGER = re.compile(r"(?<!\S)\S \S \S {1,4}\S(?!\S)")  # four one-character tokens, most one space apart
# Each alternative starts with one literal character (`\[`, not `[\[({<]`): `re` then skips to those (1.7x faster).
_EMAIL_TRIGGER = re.compile("|".join((
    "골뱅이", "앳", *(rf"\{o}[ ]?(?:[aA][tT]|[dD][oO][tT])[ ]?[\])}}>]" for o in "[({<"),
    "[ ]@", "@[ ]", "[ ](?:dot|DOT|Dot)[ ]",
)))
_SEPARATOR_TRIGGER = re.compile(
    rf"[0-9](?:[ \t]*[{_DASHES}]|[ \t]+-|-[ \t]+[0-9]|[ \t]{{2,}}[0-9]|_[0-9]{{3}})"
    rf"|[0-9]{{2}}[ \t]*[쩜점][ \t]*[0-9]{{3}}|[0-9][ ]다시[ ][0-9]|[0-9]{{3}}[ㆍ·][0-9]{{3}}")


class _Gated:
    """A trigger behind a cheaper condition that each of its matches meets (`in` tests, a scan led by a literal
    or a small class): the same answer, and most texts pay only the gate."""

    __slots__ = ("gate", "trigger")

    def __init__(self, gate, trigger: re.Pattern):
        self.gate, self.trigger = gate, trigger

    def search(self, text: str):
        return self.trigger.search(text) if self.gate(text) else None


_SPACED_GATE = re.compile(r" \S \S ")  # the middle of every `_SPACED_TRIGGER` match
_DASH = re.compile(f"[{_DASHES}]")
_BRACKET_AT = re.compile(r"[\[({<][ ]?[aAdD]")  # the start of `_EMAIL_TRIGGER`'s bracketed at / dot


def _separator_gate(t: str) -> bool:  # each alternative of `_SEPARATOR_TRIGGER` in turn; its dashes are not ASCII
    return (" -" in t or "- " in t or "\t" in t or "  " in t or "_" in t
            or not t.isascii() and (_DASH.search(t) is not None or "쩜" in t or "점" in t or "다시" in t
                                    or "ㆍ" in t or "·" in t))


def _email_gate(t: str) -> bool:  # `@` with a space, a spaced `dot`, a bracketed at or dot, the Korean words
    return ("@" in t or " dot " in t or " DOT " in t or " Dot " in t or _BRACKET_AT.search(t) is not None
            or not t.isascii() and ("앳" in t or "골뱅이" in t))


PASSES = (  # (needs a non-ASCII character, triggers, edits): in this order
    (True, (_COMPAT_BLOCKS,), _compat_edits),
    (False, (OCR_TRIGGER,), ocr_digit_edits),
    (True, (SPACED_HOUSE_TRIGGER,), spaced_house_number_edits),
    (False, (_Gated(lambda t: _SPACED_GATE.search(t) is not None, _SPACED_TRIGGER),), _spaced_edits),
    (False, (SPOKEN_TRIGGER,), spoken_address_edits),
    (True, (SPOKEN_KO_TRIGGER,), spoken_ko_address_edits),
    (False, (_Gated(lambda t: not t.isascii(), _HANGUL_TRIGGER), _ENGLISH_TRIGGER), _spelled_edits),
    (False, (_Gated(_separator_gate, _SEPARATOR_TRIGGER),), _separator_edits),
    (True, (SPOKEN_EMAIL_TRIGGER,), spoken_email_edits),
    (False, (_Gated(_email_gate, _EMAIL_TRIGGER),), _email_edits),
)


# The passes whose triggers Rust's `regex` reads exactly as `re` does (ASCII and Hangul literals and classes: no
# lookaround, no `\S`): `prep.pii.prefilter.normalized_views` tests them for a whole batch in one polars scan, ~10x
# faster than their `re` searches text by text.
SCREENED_PASSES = frozenset(k for k, p in enumerate(PASSES) if p[2] in (spoken_address_edits, _spelled_edits,
                                                                          _separator_edits, _email_edits))


def screened_trigger() -> str:
    """One regex, the same in Rust and `re`, that matches where a trigger of a `SCREENED_PASSES` pass matches. `\\<`
    is a plain `<` to `re` and a word's start to Rust: written `<`."""
    triggers = (t.trigger if isinstance(t, _Gated) else t for k in sorted(SCREENED_PASSES) for t in PASSES[k][1])
    return "|".join("(?:" + t.pattern.replace("\\<", "<") + ")" for t in triggers)


def _runs(pass_: tuple, text: str, ascii_only: bool) -> bool:
    non_ascii, triggers, _ = pass_
    if non_ascii and ascii_only:
        return False
    for trigger in triggers:  # a plain loop: every text pays this ~9 times, a generator costs more than the search
        if trigger.search(text):
            return True
    return False


def needs_view(text: str) -> bool:
    """False when no pass can change `text` (most texts: a few searches, no rewriting)."""
    ascii_only = text.isascii()
    return any(_runs(p, text, ascii_only) for p in PASSES)


def normalized_view(text: str, screened: bool = False) -> NormalizedView | None:
    """The text with its values in plain clothes, with the offset map back; None if nothing changes. `screened`: no
    trigger of `SCREENED_PASSES` is in `text` (`normalized_views` found none), so they pass while the view is `text`."""
    starts: list[int] | None = None
    ends: list[int] | None = None
    view = text
    ascii_only = text.isascii()  # no pass makes a non-ASCII character
    for k, pass_ in enumerate(PASSES):
        if screened and view is text and k in SCREENED_PASSES:
            continue
        if not _runs(pass_, view, ascii_only):
            continue
        edits = pass_[2](view)
        if not edits:
            continue
        view, s, e = _apply(view, edits)
        if starts is None:
            starts, ends = s, e
        else:  # compose: view char j came from previous-view range [s[j], e[j]), itself from the text
            starts, ends = [starts[k] for k in s], [ends[k - 1] for k in e]
    if starts is None:
        return None
    return NormalizedView(view, starts, ends)
