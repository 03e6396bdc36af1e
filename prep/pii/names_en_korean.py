"""A first name and a romanized Korean surname that is also an English word (round 18): `Daniel Park`, `Amy Ha`.

`Park`, `Song`, `Ha`, `Won`, `Bang`, `Do`, `Min` are read as a Korean surname only beside a Korean given name
(`Park Ji-woo`), so that `Park Avenue` and `WON` stay words. After a first name the pair is a person too (`Daniel
Park`, `Nathan Do`, `SOPHIE MIN`): the surname closes the run, so no street word follows it (a capitalized word after
the run is read as a longer proper phrase by the detector, `Grant Park Drive`). `Park` alone of them names a place
after a first name (`Stanley Park`, `Lincoln Park`), so there the pair is no person where places stand: a preposition
of place before it (`in`, `at`, `through`), a town in the gazetteer (`Allen Park`, `Menlo Park`) or a place after a
comma (`Albert Park, Melbourne`); a possessive or a title keeps the person (`at Daniel Park's desk`).

Korean documents write such names with Korean marks: the surname alone before a Korean title or honorific is a
person (`Park 교수님`, `Song 대리가`), and a first name glued to a particle (`Tom이`, `Grace가`) is read as a name
even where English would read the word (`Grace periods`), since the sentence is Korean.
"""

from __future__ import annotations

import regex

from prep.pii.names_en_cues import KOREAN_PARTICLES, run_cue
from prep.pii.names_en_places import _gazetteer
from prep.pii.names_en_words import (
    _KOREAN_SURNAME,
    _NAME,
    DEFAULT_NAME_ZIPF,
    FIRST,
    KOREAN_GIVEN_ONLY,
    WORD,
    load_lexicon,
)

_PLACE_SURNAMES = frozenset({"park"})  # the Korean surnames that are also the head noun of a place's name
_PLACE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:in|into|at|to|near|across|around|outside|inside|through|thru|via|visit|visiting|visited|past"
    r"|toward|towards|along|opposite|beside)[ ]$")
_NUMBER_AFTER = regex.compile(r"\.[ ]?[\p{N}#]")  # `Grant No. 2112345`, `John Doe No. 1`: an abbreviation
_PARTICLE_AFTER = regex.compile(rf"{KOREAN_PARTICLES}{{1,2}}(?![가-힣])")
_TOWN_AFTER = regex.compile(r",[ ]\p{Lu}")  # `Albert Park, Melbourne`: read with the gazetteer


def first_name_and_surname(text: str, run: list) -> bool:
    """Whether `run` (the detector's tokens) is first names and a Korean surname that is also a word, as a person."""
    last = run[-1]
    if last[2] != _KOREAN_SURNAME or not any(
            t[2] == _NAME and t[3] & FIRST and not t[3] & KOREAN_GIVEN_ONLY for t in run[:-1]):
        return False
    if any(t[2] == _KOREAN_SURNAME for t in run[:-1]) or _NUMBER_AFTER.match(text, last[1]):
        return False
    if text[last[0]:last[1]].lower() not in _PLACE_SURNAMES or text[last[1]:last[1] + 2] in ("'s", "’s"):
        return True
    start = run[0][0]
    entry = load_lexicon().get(text[start:run[0][1]].lower())
    if entry is not None and entry[0] & WORD and entry[2] > entry[1] and run_cue(
            text, start, last[1], text[last[1]:last[1] + 40], False) is None:
        return False  # `Green Park`: a first name more often a word names a place as often as a person, without a cue
    if _PLACE_BEFORE.search(text, max(0, start - 12), start):
        return False  # `in Stanley Park`, `through Jackson Park`
    places, _ = _gazetteer()
    if text[start:last[1]].lower() in places:
        return False  # `Menlo Park`, `Lincoln Park`: a town or a district
    m = _TOWN_AFTER.match(text, last[1])
    if m:
        town = regex.match(r"\p{L}+(?:[ ]\p{Lu}\p{L}+)?", text[m.end() - 1:m.end() + 40])
        if town and town.group().lower() in places:
            return False  # `Albert Park, Melbourne`
    return True


def titled_surname(text: str, run: list) -> bool:
    """`Park 교수님`, `Song 대리가`, `Ha 씨`: the Korean surname alone before a Korean title or honorific."""
    return len(run) == 1 and run[0][2] == _KOREAN_SURNAME and text[run[0][0] + 1:run[0][1]].islower() and (
        run_cue(text, run[0][0], run[0][1], text[run[0][1]:run[0][1] + 40], False) in ("before", "title")
        and "가" <= text[run[0][1]:run[0][1] + 2].lstrip(" ")[:1] <= "힣")


def particle_after(text: str, end: int) -> bool:
    """`Tom이 픽업`, `Grace가 맞대`: a Korean particle glued to the word; the sentence is Korean, so the English
    reading of a first name that is more often a word (`Grace periods`, `Mark the box`) does not apply."""
    if not "가" <= text[end:end + 1] <= "힣" or _PARTICLE_AFTER.match(text, end) is None:
        return False
    start = end - len(regex.search(r"\p{L}+$", text[max(0, end - 40):end]).group())
    entry = load_lexicon().get(text[start:end].lower())
    return entry is not None and entry[1] > DEFAULT_NAME_ZIPF  # a census name (`Max`, `Grace`), not `Ember`
