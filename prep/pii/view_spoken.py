"""House numbers, units and postcodes read out in English words, as digits in the normalized view.

A call-centre transcript says an address the way people read it aloud: `forty two elmwood drive columbus ohio four
three two one four`, `three twelve north ash street apartment four`, `Eighteen oh nine Pleasant Valley Road`. The
address patterns read digits; this pass rewrites, in the view (`prep.pii.normalized_view`), a number said in two or
more words right before a street (at most three words, then a street type: `drive`, `street`, `Road`), and on the
rest of that line a unit's number and letter (`apartment four`, `unit two b`) and a postcode said digit by digit (`six
four one one six`), up to a word that starts another number (`phone`, `card`, `order`: `phone six one four five five
five one two one two` is a phone, and its last five words are no postcode).
Digit groups are read as they are said: `three twelve` 312, `forty-two eleven` 4211, `eighteen oh nine` 1809, `two
hundred five` 205. A number in one word (`Twelve Oaks Drive`, `Eight Mile Road`) is a street's name and stays, and
so does every number said away from a street (`two or three of them`), a year's tail (`two thousand twenty four
Olympic Way`) and a street named before an event (`two thirty Park Lane meeting`, `fourteen eighty five Tudor Square
celebration`: a time and a year).
"""

from __future__ import annotations

import re

import regex

from prep.pii.addresses import STREET_TYPES
from prep.pii.names_en_words import trie_pattern

ONES = {"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_WORDS = (*ONES, *TEENS, *TENS, "hundred")
_WORD = "(?:" + trie_pattern(_WORDS) + ")"
_NUMBER = rf"(?<![A-Za-z'\-]){_WORD}(?:(?:[ ]+|-)(?:and[ ]+)?{_WORD})*(?![A-Za-z'\-])"
_DIGIT_WORD = "(?:" + trie_pattern(ONES) + ")"
# A street named before one of these is where something happens (`Park Lane meeting`), not someone's address.
_EVENT = (r"(?:meeting|celebration|festival|parade|party|event|concert|market|fair|game|match|show|anniversary"
          r"|ceremony|rally|march|exhibition|conference|project|massacre|riots?|agreement|accord|treaty|station)")
# A house number of two or more words, then at most three words (a direction among them) and a street type.
HOUSE = regex.compile(
    rf"(?<![A-Za-z'\-])(?<!(?:thousand|hundred|million)(?:[ ]+|-)(?:and[ ]+)?)"  # not a year's tail
    rf"{_WORD}(?:(?:[ ]+|-)(?:and[ ]+)?{_WORD})+(?![A-Za-z'\-])"
    rf"(?=[ ]+(?:[A-Za-z][A-Za-z'.]*[ ]+){{0,3}}(?:{STREET_TYPES})\.?(?![A-Za-z])(?![ ]+{_EVENT}(?![A-Za-z])))",
    regex.IGNORECASE,
)
# A unit's number, and its letter where the unit ends there (`unit two b`; not `apartment four a few`).
_UNIT = regex.compile(rf"(?<![A-Za-z])(?:apartment|apt|unit|suite|flat|number|no)\.?,?[ ]+(?P<n>{_NUMBER})"
                      r"(?:[ ]+(?P<letter>[a-h])(?=[ ]*(?:[,.;!?]|$)))?", regex.IGNORECASE | regex.MULTILINE)
# Five digit words and no more on either side: the last five words of a phone's are no postcode.
_POSTCODE = regex.compile(rf"(?<![A-Za-z'\-])(?<!{_WORD}[ ,\-]+){_DIGIT_WORD}(?:[ ,\-]+{_DIGIT_WORD}){{4}}"
                          rf"(?![ ,\-]*{_WORD})(?![A-Za-z'\-])", regex.IGNORECASE)
# A word that starts another number on the line: the address's unit and postcode come before it.
_OTHER_NUMBER = regex.compile(
    r"(?<![A-Za-z])(?:phone|cell|mobile|call|text|fax|extension|ext|card|order|account|acct|routing|pin|ssn|social"
    r"|confirmation|reference|ref|ticket|invoice|tracking|policy|member|id|date|birth|born|ending|last[ ]four)"
    r"(?![A-Za-z])", regex.IGNORECASE)
_TOKEN = regex.compile(r"[A-Za-z]+")
# Necessary condition, a stdlib scan: two number words in a row (any case as written: `Forty two`, `FORTY TWO`).
_CASED = "(?:" + trie_pattern(w for word in _WORDS for w in (word, word.title(), word.upper())) + ")"
SPOKEN_TRIGGER = re.compile(rf"{_CASED}(?:[ ]+|-){_CASED}")


def spoken_number(words: str) -> str | None:
    """The digits of a number said in words, each group as said (`three twelve` -> `312`); None if it is no number."""
    tokens = [t.lower() for t in _TOKEN.findall(words) if t.lower() != "and"]
    digits: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token in TENS:
            value = TENS[token]
            if i + 1 < len(tokens) and tokens[i + 1] in ONES and ONES[tokens[i + 1]]:
                value += ONES[tokens[i + 1]]
                i += 1
        elif token in TEENS or token in ONES:
            value = TEENS.get(token, ONES.get(token))
        else:
            return None  # `hundred` with no number before it
        i += 1
        if i < len(tokens) and tokens[i] == "hundred":
            if not value:
                return None
            value *= 100
            i += 1
            rest = spoken_number(" ".join(tokens[i:i + 2])) if i < len(tokens) else None
            if rest is not None and len(rest) <= 2 and tokens[i] not in ("oh", "zero"):
                taken = 2 if (tokens[i] in TENS and i + 1 < len(tokens) and tokens[i + 1] in ONES) else 1
                value += int(spoken_number(" ".join(tokens[i:i + taken])))
                i += taken
        digits.append(str(value))
    return "".join(digits) or None


def spoken_address_edits(text: str) -> list[tuple[int, int, str]]:
    """Each house number said before a street, and the unit and postcode said after it on its line, as digits."""
    edits: list[tuple[int, int, str]] = []
    taken = 0
    for house in HOUSE.finditer(text):
        if house.start() < taken:
            continue
        number = spoken_number(house.group())
        if number is None:
            continue
        edits.append((house.start(), house.end(), number))
        line_end = text.find("\n", house.end())
        taken = line_end = len(text) if line_end < 0 else line_end
        other = _OTHER_NUMBER.search(text, house.end(), line_end)
        line_end = other.start() if other else line_end
        for unit in _UNIT.finditer(text, house.end(), line_end):
            value = spoken_number(unit.group("n"))
            if value is not None:
                end = unit.end("letter") if unit.group("letter") else unit.end("n")
                edits.append((unit.start("n"), end, value + (unit.group("letter") or "").upper()))
        for code in _POSTCODE.finditer(text, house.end(), line_end):
            if not any(s < code.end() and code.start() < e for s, e, _ in edits):
                edits.append((code.start(), code.end(), spoken_number(code.group())))
    return sorted(edits)
