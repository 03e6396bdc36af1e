"""The addressee: the name on the line right above a street address (a shipping label, an envelope, a form).

Why a reading of its own: the name readers judge a word by the words around it, and on a label the name
stands alone on its line (`LI WEI`, `JUNE PARK-WHITAKER`, `김어진`) with no cue at all; what says "a person"
is the address on the next line, which another recognizer (or the tagger) finds. So this runs after them, as
a `ModelRecognizer` that reads what they found, and only in texts where a street address was found.

A line counts when, less a label before a colon (`TO:`, `Attn:`, `받는 분:`), it is a name and nothing else:
- Latin script: two to four words, the first capitalized, no digits, each a name, a rare word or an initial
  (`EnglishNameDetector.classify`, the lexicon's name flags), no possessive and no company or place word
  (`Acme Supply Co`, `Billing Address`, `Trader Joe's`);
- Hangul: a plausible Korean full name of three or four syllables (`NameModel.name_plausible`), an honorific after
  it allowed (`김어진 님`, `귀하`); not a branch, building or office (`강남점`, `신관`).
"""

from __future__ import annotations

import regex
from presidio_analyzer import RecognizerResult

from prep.pii.names_en import EnglishNameDetector, shared_detector
from prep.pii.names_en_words import _KOREAN_SURNAME, _NAME, _UNKNOWN, FIRST, WORD, load_lexicon
from prep.pii.names_ko import load_model
from prep.pii.user_models import FoundReader

_LABEL = regex.compile(r"^[^:\n]{1,20}:[ \t]*")  # `TO:`, `Ship to:`, `받는 분:` before the name
_LATIN_NAME = regex.compile(r"\p{Lu}[\p{L}'’.\-]*(?:[ ]\p{L}[\p{L}'’.\-]*){1,3}")  # two to four words
# a full name (3-4 syllables), not a branch, a building or an office (`강남점`, `신관`, `민원실`)
_HANGUL_NAME = regex.compile(r"(?P<v>[가-힣]{3,4})(?<![점관청팀부실층])(?:[ ]?(?:님|귀하|앞|씨))?")
# Words of a company, an office or a place on a label's first line: the line names no person.
_NOT_PERSON = frozenset("""
inc llc ltd co corp corporation company store shop hotel hospital university college school bank office
department dept team center centre services service group clinic church pharmacy market studio labs lab
partners associates foundation institute agency gmbh plc pty trust club library museum warehouse attn address
billing shipping residence apartments apts tower building return sender recipient resident occupant current to from
of the and for
""".split())
# A title before the name stays out of the span, as the rules keep it (`SGT MICHAEL DUROCHER`, `Mr T. Ashworth`).
_TITLE = regex.compile(
    r"(?i:mr|mrs|ms|mx|miss|dr|prof|rev|sgt|lt|spc|cpl|pvt|cpt|capt|maj|col|gen|sir|dame)\.?[ ]+(?=\p{Lu})")


class AddresseeRecognizer(FoundReader):
    """PERSON: the line above a street address that `found` holds, when that line is a name (module doc)."""

    def read(self, text: str, found: list[RecognizerResult]) -> list[tuple[int, int]]:
        return [span for r in found if r.entity_type == "STREET_ADDRESS" and (span := addressee(text, r.start))]


def addressee(text: str, address_start: int) -> tuple[int, int] | None:
    """The span of the name on the line above an address that opens its line at `address_start`, or None."""
    line_start = text.rfind("\n", 0, address_start) + 1
    if line_start == 0 or text[line_start:address_start].strip():
        return None  # the address does not open its line, or there is no line above
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start:line_start - 1]
    label = _LABEL.match(above)
    offset = above_start + (label.end() if label else 0)
    value = text[offset:line_start - 1].rstrip(" \t,")
    lead = len(value) - len(value.lstrip(" \t"))
    value, offset = value.strip(" \t"), offset + lead
    if title := _TITLE.match(value):
        value, offset = value[title.end():], offset + title.end()
    if _LATIN_NAME.fullmatch(value) and _latin_person(value):
        return offset, offset + len(value)
    korean = _HANGUL_NAME.fullmatch(value)
    if korean and load_model().name_plausible(korean["v"]):
        return offset, offset + len(korean["v"])
    return None


def _latin_person(value: str) -> bool:
    """Every word a name, a rare word or an initial (`LI WEI`, `JUNE PARK-WHITAKER`, `Mei T. Okafor`); no possessive,
    no plain word (`Trader Joe's`, `Golden Gate Bakery`, `Thai Basil Kitchen`, `Lincoln Elementary`)."""
    words = [w.strip(".") for w in value.split()]
    if "'" in value or "’" in value or any(w.lower() in _NOT_PERSON for w in words):
        return False
    detector, lexicon = shared_detector(), load_lexicon()
    parts = [part for w in words for part in w.split("-") if part]
    return all(len(part) == 1 or _name_word(part, detector, lexicon.get(part.lower())) for part in parts)


def _name_word(part: str, detector: EnglishNameDetector, entry) -> bool:
    """A name as the detector reads it, or a first name of any wordness (`JUNE`); a surname only where it is more
    a name than a word (`Kitchen` is a word)."""
    if entry is not None and entry[0] & WORD and entry[2] > entry[1] and not entry[0] & FIRST:
        return False
    return detector.classify(part)[0] in (_NAME, _UNKNOWN, _KOREAN_SURNAME) or entry is not None and bool(
        entry[0] & FIRST)
