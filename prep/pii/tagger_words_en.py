"""English spans the shipped taggers may read as a name that no name can be (round 22): what the English rules
already know is no name, applied to the tagger's PERSON spans too (`tagger.ModelRecognizer` drops them).

- One capitalized word that is a role, a kin word or a speaker's part and no list of names has (`Captain`,
  `Pastor`, `Cousin`, `Husband`, `Alto`, `Driver`): a chat's speaker or a heading, as the rules read them.
- One capital letter (`A:` of a Q&A, a song's key `D`): an initial alone is no one's name; not a letter of a name
  spelled out (`R O B E R T`).
- A place of the lexicon that no list of names has (`Tulsa`, `Jeju`), alone.
"""

from __future__ import annotations

import regex

from prep.pii.names_en_terms import KIN_WORDS
from prep.pii.names_en_words import (
    DEFAULT_NAME_ZIPF,
    FIRST,
    KOREAN,
    LAST,
    PLACE,
    ROLES,
    SERVICE_ROLES,
    TITLE_WORDNESS,
    load_lexicon,
)

# Roles and parts that head a chat's line or a list and are no name: the rules' own (`ROLES`, the service roles of
# `names_en_things.service_role`, the kin words of `names_en_terms`), and a family's, a band's and a crew's (a speaker
# of an app's export: `Alto · Wed 6:10 PM`, `Husband: ...`); `ta` only as the rules read it (`TA`, not the surname).
_MORE_ROLES = (SERVICE_ROLES - {"ta"}) | KIN_WORDS | frozenset("""
husband wife son daughter sister brother cousin niece nephew aunt uncle grandson granddaughter grandmother grandfather
stepmom stepdad in-law bass drums keys guitar vocals pastor elder priest minister cantor usher steward treasurer
secretary captain skipper crew driver electrician dispatcher receptionist server bartender
""".split())
_WORD = r"\p{Latin}+(?:['’\-]\p{Latin}+)*"
_LATIN_SPAN = regex.compile(rf"{_WORD}(?:[ ]{_WORD})*")
_NAME_FLAGS = FIRST | LAST | KOREAN
_SPACED_LETTER = regex.compile(r"(?<![\p{L}\d])[\p{L}\d][ ][\p{L}\d](?![\p{L}\d])")  # two letters of a word spelled out


def english_no_name(text: str, start: int, end: int) -> bool:
    """Is the tagger's PERSON span `text[start:end]` (Latin script) one the English rules would never read as a
    name?"""
    span = text[start:end]
    if not _LATIN_SPAN.fullmatch(span):
        return False  # Hangul, digits, punctuation inside: the Korean filter's or a name's
    words = span.split(" ")
    lexicon = load_lexicon()
    if len(words) != 1 or span.islower():
        return False
    word = words[0]
    if len(word) == 1:
        return _SPACED_LETTER.search(text, max(0, start - 2), min(len(text), end + 2)) is None  # not `R O B E R T`
    entry = lexicon.get(word.lower())
    low = word.lower()
    if (low in ROLES or low in _MORE_ROLES) and (
            entry is None or not entry[0] & _NAME_FLAGS or entry[1] <= DEFAULT_NAME_ZIPF
                                                 or entry[2] - entry[1] > TITLE_WORDNESS):
        return True  # `Pastor`, `Deacon`: in a list of surnames, but rare ones or far more often words
    return entry is not None and bool(entry[0] & PLACE) and not entry[0] & _NAME_FLAGS

