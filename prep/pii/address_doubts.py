"""Addresses the grammar finds that the words around them do not bear out (round 10).

The grammar of `prep.pii.addresses` reads a shape; some of its shapes are also the shape of ordinary text, so what it
finds there must show one more sign of an address, or it is dropped (`doubtful`):
- a street whose type is also a common noun (`Run`, `Landing`, `Crossing`, `Bend`, `Hollow`) or a lettered street
  (`K St`), with nothing after it (no city, no postcode): only after a word that places someone there (`pickup at 19
  Fox Run`, `address: 4 Deer Hollow`), not in `the Boston 26 Mile Run`, `Apollo 11 Moon Landing`, `40 Animal Crossing
  copies`, `3 C Street signs`;
- a city, a state and a ZIP alone in a parcel's tracking history (`Out for Delivery - SAN ANTONIO, TX 78205`,
  `Arrived at Post Office - ...`): a facility's place, no one's home, only on a tracking line (its event first, the
  place in capitals or last, no `my/our/home/me/I`: `We arrived at our new home in Boise, ID 83702` stays found)
  (round 14);
- a unit in brackets after a word that is no household's and no person's name (`Toyota Corolla (Unit 204)`), and a
  Thai, Hong Kong or Gulf head with a plain word after it (`Building 5, Road 3, Phase 2 of ...`) (round 14's review);
- a street line and a postcode + city line (`Kurfürstendamm 212\\n10719 Berlin`): the city must be a place or a word
  the lexicon does not know, not a plain word (`Americano 2\\n9000 KRW`, `Level 3\\n5000 Points`, `Chapter 12\\n1500
  Words`), and the street no plain word either unless it is a street word (`Lindenstraße`, `Rue`, not `Gate 12`);
  a hyphenated postcode too (`Room 3\\n20-100 Lublin`).
"""

from __future__ import annotations

import regex

from prep.pii.address_formats import OTHER_ADDRESS
from prep.pii.address_words import EU_STREET_WORDS
from prep.pii.names_en_words import FIRST, KOREAN, KOREAN_GIVEN, LAST, PLACE, WORD, load_lexicon

_WEAK_STREET = regex.compile(  # the weak type ends the street (`40 Fox Run Drive` has a street type after it)
    r"\d{1,6}[A-Za-z]?[ ](?:(?:\p{Lu}\p{Ll}+[ ]){1,3}(?:Run|Hollow|Bend|Crossing|Landing)|\p{Lu}[ ](?:St|Street))\.?"
    r"(?![\p{L}])(?![ ]\p{Lu})")
_PLACED_BEFORE = regex.compile(
    r"(?i:\b(?:at|on|to|from|near|in|into|c/o|address(?:[ ]is)?|addr|pickup|pick-up|drop-off|deliver(?:y|ed)?"
    r"(?:[ ]to)?|lives?|living|then|and|or)[ :]*|[:,&][ ]*)\Z")  # or after another (`, then 42 Fox Run`)
_TAIL = regex.compile(r",|\b\d{5}\b|\b[A-Z]{2}[ ]\d{5}")  # a city or a postcode after the street
_LINES = regex.compile(
    r"(?P<street>\p{Lu}[\p{L}'’.\-]+(?:[ ]\p{L}[\p{L}'’.\-]+){0,3})[ ]\d{1,4}[A-Za-z]?[ \t]*\n[ \t]*"
    r"(?:[A-Z]{1,2}-)?(?:\d{4,5}|\d{2}-\d{3}|\d{4}-\d{3})[ ](?P<city>\p{Lu}[\p{L}\-]*)")  # (`00-590`, `1100-420`)
# the address grammar's street words (`rue`, `straße`, `via`), and German ones it reads without (`Kurfürstendamm`)
_STREET_WORD = regex.compile(rf"{EU_STREET_WORDS}|(?i:damm|ring|ufer)(?!\p{{L}})")


# A parcel's tracking line: its event first on the line (after a date, a time or a label, if any), the place right
# after a dash or `in`/`at`, the place in capitals or last on the line, and no one's own words (`our new home in
# Boise, ID`).
_TRACKING_EVENT = regex.compile(
    r"[ \t]*(?:(?:\d[\d/:.\-]*|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?)(?:[ ]?(?i:am|pm))?"
    r"[ ,\t]+){0,6}(?:\p{Lu}[\p{L} ]{0,20}:[ ]+)?"  # a date and a time (`March 12, 2025, 7:45 am`), a label
    r"(?:(?i:your[ ])?(?i:package|parcel|shipment|item)[ ](?:(?i:was|has[ ]been|is)[ ])?)?"
    r"(?i:out[ ]for[ ]delivery|in[ ]transit|arrived|departed|accepted|processed|post[ ]office|sorting"
    r"|picked[ ]up|delivered|scanned|shipment[ ]received|origin|destination)\b[^\n]*(?:[ ][-–—][ ]|\b(?:in|at)[ ])\Z")
_CITY_STATE_ZIP = regex.compile(r"[\p{L} .'\-]+,[ ]?[A-Z]{2}[ ]\d{5}(?:-\d{4})?")
_OWN_WORDS = regex.compile(r"\b(?:(?i:my|our|home|me|we|us)|I)\b")


def _tracking_line(text: str, start: int, end: int) -> bool:
    """Is the city, state and ZIP at `text[start:end]` a facility's place in a parcel's tracking history?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end]
    if _OWN_WORDS.search(line) or not _TRACKING_EVENT.fullmatch(text, line_start, start):
        return False
    return text[start:end].isupper() or not line[end - line_start:].strip(" \t.")

# A unit in brackets is a home after a household's word or a person's name (`the Abernathy family (Apt. 11C)`,
# `Kim, Jae-won (Unit 508)`, `Mr. Kim (Unit 1203)`), not after a thing's (`Toyota Corolla (Unit 204)`).
_BRACKET_UNIT = regex.compile(r"(?:Apt|Apartment|Flat|Unit)\b")
_WORDS_BEFORE = regex.compile(r"(?:(?P<prev>[\p{L}'’.\-]+)[ ,]+)?(?P<last>[\p{L}'’\-]+)[ ]\(\Z")
_HOUSEHOLD = frozenset("family household residence residents tenants tenant neighbours neighbors home".split())
_TITLE = regex.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?")


def _name_like(word: str, first: bool = False) -> bool:
    """Is `word` a person's name by the lexicon (a Korean surname or given name too), or a capitalised word it lacks?"""
    if KOREAN_GIVEN.fullmatch(word) and "-" in word:
        return True
    entry = load_lexicon().get(word.lower())
    if entry is None:
        return word[:1].isupper() and word[1:].islower()
    flags = entry[0]
    if first:
        return bool(flags & FIRST) and not flags & WORD
    return bool(flags & (FIRST | LAST | KOREAN)) and (not flags & WORD or bool(flags & KOREAN))


def _homeless_bracket_unit(text: str, start: int) -> bool:
    """Is the unit in brackets at `start` after a word that is neither a household's nor a person's name?"""
    words = _WORDS_BEFORE.search(text, max(0, start - 60), start)
    if words is None:
        return True
    last, prev = words["last"], words["prev"] or ""
    if last.lower() in _HOUSEHOLD or _TITLE.fullmatch(prev):
        return False
    return not (_name_like(last) or prev[:1].isupper() and _name_like(prev, first=True) and last[:1].isupper())

# A Thai, Hong Kong or Gulf head needs a place after it: a building's part, a street or a name the lexicon does not
# hold as a plain word (`, Sukhumvit Rd`, `, Block 3`, `, Al Barsha 2`), not `, Phase 2 of the project`.
_OTHER_HEAD = regex.compile(rf"{OTHER_ADDRESS},[ ]?(?P<next>\p{{L}}+)")
_PLACE_PARTS = frozenset("block tower wing road street soi tambon amphoe building".split())


def _placeless_head(text: str, start: int) -> bool:
    """Is the address at `start` a Thai, Hong Kong or Gulf head with a plain word after it, not a place?"""
    head = _OTHER_HEAD.match(text, start)
    if head is None:
        return False
    entry = load_lexicon().get(head["next"].lower())
    return head["next"].lower() not in _PLACE_PARTS and entry is not None and bool(entry[0] & WORD)


def doubtful(text: str, start: int, end: int) -> bool:
    """Is the address found at `text[start:end]` one of the module's shapes without the sign it needs?"""
    value = text[start:end]
    if start > 0 and text[start - 1] == "(" and _BRACKET_UNIT.match(value):
        return _homeless_bracket_unit(text, start)
    if _placeless_head(text, start):
        return True
    if _CITY_STATE_ZIP.fullmatch(value):
        return _tracking_line(text, start, end)
    weak = _WEAK_STREET.match(value)
    if weak and not _TAIL.search(value, weak.end()):
        return not _PLACED_BEFORE.search(text, max(0, start - 24), start)
    lines = _LINES.fullmatch(value.rstrip())  # the street line and the postcode line only (not `Unit 5\n1234 Elm St`)
    if lines and "," not in value:
        lexicon = load_lexicon()
        city = lexicon.get(lines["city"].lower())
        if not lines["city"][1:].islower() or city is not None and city[0] & WORD and not city[0] & PLACE:
            return True
        street = lexicon.get(lines["street"].split(" ")[0].lower())
        alone = " " not in lines["street"]  # a street word alone is a facility's (`Gate 12`), as `Rua da Prata` is not
        return street is not None and bool(street[0] & WORD) and (alone or not _STREET_WORD.search(lines["street"]))
    return False
