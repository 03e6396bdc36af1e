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

from prep.pii.names_en_cues import KOREAN_TITLE_AFTER, run_cue
from prep.pii.names_en_places import place_name
from prep.pii.names_en_words import (
    _KOREAN_SURNAME,
    _NAME,
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
# `Albert Park, Melbourne`: a town after the comma, read with the gazetteer
_TOWN_AFTER = regex.compile(r",[ ](?P<town>\p{Lu}\p{L}*(?:[ ]\p{Lu}\p{L}+)?)")
_AUXILIARY_BEFORE = regex.compile(r"(?<![\p{L}])(?i:would|did|does|do|will|should|could|can|what)[ ]$")
_SONG_AFTER = regex.compile(r"[ ](?i:lyrics|chords|tabs|karaoke|cover|playlist|as[ ]favou?rite)\b")
_SET_LIST = regex.compile(r"(?i:set[ ]?list|playlist|setlist|hymns?|songs?)")
# A person's verb or apposition right after the pair (not `is`, `has`, `hosted`: a park's too).
_PERSON_AFTER = regex.compile(
    r"[ ](?:said|says|told|asked|wrote|replied|texted|emailed|called|joins|joined|scores|scored|signed|testified"
    r"|spoke|resigned|retired|married|(?:is|was)[ ](?:my|our|his|her)[ ]\p{Ll}+"
    r"|(?:is|was)[ ]an?[ ](?:\p{L}+[ ])?(?:actress|actor|singer|writer|teacher|player|doctor|nurse|student|lawyer))\b"
    r"|,[ ](?:CEO|CTO|CFO|head|founder|director)\b"
    r"|[ ]\(\d{1,3}\)")  # `Victoria Park (28)`: an age
_PERSON_LABEL = regex.compile(
    r"(?i:name|patient|client|customer|cast|guests?|attendees?|participants?|members?|employee|author|reporter"
    r"|speaker|host|contact|from|to|cc|signed|witness|manager|owner|student|teacher|photo|by|담당자|작성자|참석자)"
    r"[ \t]*:[ \t]*(?:[^:\n]*(?:,|;|/|[ ]and|[ ]&)[ \t]*)?$")
_CLOSING = regex.compile(r"(?i)[ \t]*(?:(?:kind|best|warm)[ ])?(?:regards|sincerely|best|thanks|cheers),?[ \t]*")
_HANGUL = regex.compile(r"[가-힣]")
# In a Korean sentence a park, a station or a hotel is named with its Korean head or a locative particle.
_KO_PLACE_AFTER = regex.compile(r"[ ]?(?:공원|역|호텔|파크|센터|에서|에|으로|로|까지|부근|근처|앞|쪽)(?![가-힣])")
_ROLE_LINE = regex.compile(r"(?i:manager|analyst|engineer|director|officer|president|lead|head|coordinator|"
                           r"consultant|specialist|associate|assistant)\b")


def first_name_and_surname(text: str, run: list) -> bool | None:
    """Whether `run` (the detector's tokens) is first names and a Korean surname that is also a word, as a person;
    None for a `Park` pair with no person's sign of its own, which the detector keeps only beside a found person on
    its line or where the document names the pair elsewhere with a sign (`EnglishNameDetector.find`)."""
    last = run[-1]
    if last[2] != _KOREAN_SURNAME or not any(
            t[2] == _NAME and t[3] & FIRST and not t[3] & KOREAN_GIVEN_ONLY for t in run[:-1]):
        return False
    if any(t[2] == _KOREAN_SURNAME for t in run[:-1]) or _NUMBER_AFTER.match(text, last[1]):
        return False
    start = run[0][0]
    if _AUXILIARY_BEFORE.search(text, max(0, start - 12), start) or _SONG_AFTER.match(text, last[1]) or \
            _SET_LIST.search(text, text.rfind("\n", 0, start) + 1, start):
        return False  # `What Would Jesus Do`, `did Tom Do wrong`, `Grace Song lyrics`, `set list: Grace Song`
    cue = run_cue(text, start, last[1], text[last[1]:last[1] + 40], False)
    lexicon = load_lexicon()
    if text[last[0]:last[1]].lower().removesuffix("'s").removesuffix("’s") not in _PLACE_SURNAMES:
        # `Daniel Song`, `Nathan Do`; a first name that is a word needs a cue (`Grace Song`, `Max Min`, `Joy Song`)
        return cue is not None or not any(lexicon.get(text[t[0]:t[1]].lower(), (0,))[0] & WORD for t in run[:-1])
    if _PLACE_BEFORE.search(text, max(0, start - 12), start):
        return False  # `in Stanley Park`, `through Jackson Park`
    if place_name(text[start:last[1]].lower().removesuffix("'s").removesuffix("’s")):
        return False  # `Menlo Park`, `Lincoln Park`: a town or a district
    town = _TOWN_AFTER.match(text, last[1])
    if town and place_name(town["town"]):
        return False  # `Albert Park, Melbourne`
    if _korean_line(text, start, last[1]) and not _KO_PLACE_AFTER.match(text, last[1]) and not any(
            lexicon.get(text[t[0]:t[1]].lower(), (0,))[0] & WORD for t in run[:-1]):
        return True  # `저는 대학 시절 Daniel Park 교수님의`, `3. Emily Park`: Korean text names a park in Korean
    return True if _park_sign(text, start, last[1], cue, lexicon) else None


def _korean_line(text: str, start: int, end: int) -> bool:
    """Whether the line around `start:end` is written in Korean: a Hangul syllable on it or, for a list's item
    alone on its line (`2. Emily Park`), on the line before or after it."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if _HANGUL.search(text, line_start, line_end):
        return True
    before = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    after = text.find("\n", line_end + 1)
    return bool(_HANGUL.search(text, before, line_start) or _HANGUL.search(
        text, line_end, len(text) if after < 0 else after))


def _park_sign(text: str, start: int, end: int, cue: str | None, lexicon) -> bool:
    """A person's sign beside `Stanley Park`, which names a park as often: a cue of contact or a title, a role or an
    age after it, a person's verb after it, a person's label, a signature's line; not a Korean particle alone
    (`Stanley Park가 넓었어`)."""
    if cue in ("before", "chat", "email", "title", "near") or _PERSON_AFTER.match(text, end):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if cue == "label":
        return bool(_PERSON_LABEL.search(text, line_start, start))
    if cue == "alone":  # `Best,\nGRACE PARK`, `GRACE PARK\nSenior Analyst`; not an address's first line
        before = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)]
        line_end = text.find("\n", end)
        after = text[line_end + 1:text.find("\n", line_end + 1) % (len(text) + 1)] if line_end >= 0 else ""
        return bool(_CLOSING.fullmatch(before) or _ROLE_LINE.search(after))
    return False


def titled_surname(text: str, run: list) -> bool:
    """`Park 교수님`, `Song 대리가`, `Ha 씨`: the Korean surname alone before a Korean title or honorific."""
    start, end = run[0][0], run[0][1]
    if len(run) != 1 or run[0][2] != _KOREAN_SURNAME or not text[start + 1:end].islower() or not (
            "가" <= text[end:end + 2].lstrip(" ")[:1] <= "힣"):
        return False
    cue = run_cue(text, start, end, text[end:end + 40], False)
    return cue in ("before", "title") or cue == "label" and bool(KOREAN_TITLE_AFTER.match(text, end))
