"""OCR's letters for digits and digits for letters, read back in the normalized view (`prep.pii.normalized_view`).

A scanned form or a re-typed label reads `0` as `O` or `o` and `1` as `l` or `I` inside numbers (`4O9 W. Magnolia
St`, `Apt 1O4`, `HI 968l5`, `l4 Hollis Court`, `4O1호`, `5O2-3381`), and the other way round inside words (`0rchard
St`, `S0UTH`, `Sprlngfie1d`, `Po1icy`). In the view:
- a token (a run of ASCII letters and digits) made only of digits and those four letters, with at least as many
  digits as letters (a phone's plain groups one space beside it count: `O1O 5573 8821`), is a misread number: its
  letters become the digits they stand for, so the patterns for house
  numbers, units, postcodes, phones and dates read it;
- a token of letters with a few `0`s or `1`s inside it (and no other digit; at most half as many as letters) is a
  misread word: `0` becomes `O`/`o` and `1` becomes `l`/`I` by the case around them, so a street or city reads as a
  word. A digit at a word's end or a `1` at its start is a footnote's mark (`Fontaine¹`, `¹University`) and stays.
Tokens with other letters and digits (`CO2`, `H2O`, `B12`, `Win10`, `1st`, `x10`) and short mixes (`N0`, `I1`) are
left as written: they are codes, not misreads, or too short to tell.
"""

from __future__ import annotations

import re

import regex

_AS_DIGIT = {"O": "0", "o": "0", "l": "1", "I": "1"}
# Necessary condition: a digit beside one of the letters, a 0/1 run between letters, or a leading 0 before lower case
# (a stdlib scan on every text; `1st`, `10th`, `Win10` do not wake it). Every alternative starts at a digit, which
# `re` skips to (5x faster than `[OolI][0-9]|...`).
OCR_TRIGGER = re.compile(r"[0-9](?:[OolI]|(?<=[OolI].)|(?<=[A-Za-z][01])[01]*[A-Za-z]|(?<=0)(?<![A-Za-z0-9]0)[a-z])")
# A number's groups joined by `-./:` count together (`O1O-2233-4l56`, `l985.O3.2l`); the run has a letter.
_NUMBER = regex.compile(r"(?<![A-Za-z0-9])(?=[-./:0-9]*[OolI])[0-9OolI]+(?:[-./:][0-9OolI]+)*(?![A-Za-z0-9])")
# A phone's groups beside a misread one, one space apart (`O1O 5573 8821`, `07700 9OO 862`): they count with it.
_GROUPS_AFTER = regex.compile(r"(?:[ ][0-9]{3,5})+(?![A-Za-z0-9])")
_GROUPS_BEFORE = regex.compile(r"(?<![A-Za-z0-9])(?:[0-9]{3,5}[ ])+$")
_WORD = regex.compile(r"(?<![A-Za-z0-9])[A-Za-z01]*(?:[01][A-Za-z]|[A-Za-z][01])[A-Za-z01]*(?![A-Za-z0-9])")


def _as_letter(token: str, i: int) -> str:
    """The letter a misread `0` or `1` at `token[i]` stands for, in the case of the letters around it."""
    before = next((c for c in reversed(token[:i]) if c.isalpha()), "")
    after = next((c for c in token[i + 1:] if c.isalpha()), "")
    upper = before.isupper() if before else after.isupper() or token[i] == "0"
    if token[i] == "0":
        return "O" if upper else "o"
    return "I" if upper else "l"


def _inside(token: str, i: int) -> bool:
    """A misread digit sits between letters (`W0rth`, `Wi11iam`), or is a leading `0` before lower case (`0rchard`);
    a digit at a word's end or a `1` before it is a footnote's mark (`Fontaine¹`, `¹University`), not a letter."""
    if i == 0:
        return token[0] == "0" and token[1:2].islower()
    return i < len(token) - 1 and token[i + 1 :].lstrip("01")[:1].isalpha()


def _digits_beside(text: str, match, token: str) -> int:
    """The digits of a phone's plain groups one space before and after a misread group that holds a digit itself."""
    if not any(c.isdigit() for c in token):
        return 0
    after = _GROUPS_AFTER.match(text, match.end())
    before = _GROUPS_BEFORE.search(text, max(0, match.start() - 24), match.start())
    return sum(len(m.group()) - m.group().count(" ") for m in (after, before) if m)


def ocr_digit_edits(text: str) -> list[tuple[int, int, str]]:
    """One edit per misread character of each misread number or word (see the module's docstring)."""
    edits = []
    numbers: set[int] = set()  # where a number was read: its letters are no word's (`O1O-...`)
    for match in _NUMBER.finditer(text):
        token = match.group()
        letters = sum(c in _AS_DIGIT for c in token)
        if letters <= sum(c.isdigit() for c in token) + _digits_beside(text, match, token):
            numbers.update(range(match.start(), match.end()))
            edits.extend((match.start() + i, match.start() + i + 1, _AS_DIGIT[c]) for i, c in enumerate(token)
                         if c in _AS_DIGIT)
    for match in _WORD.finditer(text):
        token = match.group()
        if match.start() in numbers:
            continue
        digits = [i for i, c in enumerate(token) if c in "01"]
        if 2 * len(digits) <= len(token) - len(digits) and all(_inside(token, i) for i in digits):
            edits.extend((match.start() + i, match.start() + i + 1, _as_letter(token, i)) for i in digits)
    return sorted(edits)


# Round 23: a scan or a phone's typist spaces a Korean address's house number digit by digit after its road
# (`신림로23길 1 6 - 4`, `관평로 1 7 0 번길`, `달구벌대로 2 4 5 0`): in the view the digits join (`16-4`, `170`,
# `2450`), so the address patterns read the number. Only right after a road's or an area's last syllable (`로`, `길`,
# `리`, `가`; not `동`, whose spaced unit `4 0 2 동 1 1 0 1 호` the unit patterns read as written), two to five single
# digits one space apart, a hyphen's spaces too.
SPACED_HOUSE_TRIGGER = re.compile(r"[로길리가] ?\d [\d-]")
_SPACED_HOUSE = regex.compile(r"(?<=[로길리가][ ]?)\d(?:[ ](?:-[ ]?)?\d|[ ]?-[ ]\d){1,5}(?![\d])")
_INNER_GAP = regex.compile(r"[ ]+")


def spaced_house_number_edits(text: str) -> list[tuple[int, int, str]]:
    """The spaces inside a house number spaced digit by digit after its road (above), deleted in the view."""
    edits = []
    for match in _SPACED_HOUSE.finditer(text):
        edits.extend((g.start(), g.end(), "") for g in _INNER_GAP.finditer(text, match.start(), match.end()))
    return edits
