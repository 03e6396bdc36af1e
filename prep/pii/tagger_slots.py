"""Slots that hold things, not people, whatever the name tagger reads into them (round 20).

The second shipped tagger (`tagger.WIDE_MODEL_PATH`) reads a name's slot well enough to read the words of a form's
or a list's value there too, where other personal data stands. Its review (315 probes of the reviewer's own) found
these classes; each is a span of the tagger that is dropped, for any weights (a user's own too):
- a month that ends a range of months or starts a date (`runs June to August`, `August 14`);
- a sex (`Gender Male`, `성별: 남성`, `1985.03.15생 남성`: the Korean words are in `tagger.KO_ROLE_WORDS`);
- a season before a noun of time, clothes or events, or after `season:` (`Summer hours`, `Winter jacket`, `Summer
  League`); `Summer said` stays a name;
- the value right after a field for a country (`Nationality: Jordan`, `Country of birth: Chad`, `국적: 케냐`), and
  the values of a Korean field for things, to its line's next mark (`/`, `|`, `;`): `색상: 하늘, 보라`, `종교: 무교`,
  `응원팀: 기아`, `향수: 디올`, `와인: 메를로`, `반려견 이름: 뽀삐`; the labels `종교` and `국적` themselves.
"""

from __future__ import annotations

import re

from privbert.fake_pii import EN_MONTHS

MONTHS = frozenset(EN_MONTHS)
_MONTH_RANGE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(MONTHS))})[ ]?(?:to|through|till|until|-|–)[ ]?$")
_DAY_AFTER = re.compile(r"[ ]\d{1,2}\b")
_SEXES = frozenset("male female Male Female MALE FEMALE".split())
_SEASONS = frozenset("Spring Summer Autumn Fall Winter".split())
_SEASON_NOUN_AFTER = re.compile(
    r"(?i)[ ](?:hours?|shifts?|sessions?|camps?|dress(?:es)?|jackets?|coats?|shoes|clothes|league|term|semester|break"
    r"|sales?|collection|schedule|program(?:me)?|cleanup|festival|olympics|games|menu|special|season|vacation|holiday"
    r"|time|solstice|edition|reading|school|classes|tires|tyres|catalog(?:ue)?|issue|intern(?:ship)?s?)\b")
_SEASON_LABEL_BEFORE = re.compile(r"(?i)season[ ]?:[ ]?$")
_COUNTRY_FIELD_BEFORE = re.compile(
    r"(?:(?i:nationality|citizenship|country(?:[ ]of[ ](?:birth|origin|residence))?|born[ ]in)|국적)[ ]?[:：]?[ ]?$")
_THINGS_FIELD = ("색상?|좋아하는[ ]색|종교|응원팀|향수|와인|맥주|제품|브랜드|반려견[ ]이름|반려동물[ ]이름"
                 "|메뉴|품목")
_THINGS_VALUE_BEFORE = re.compile(rf"(?:^|[\s/|;(,])(?:{_THINGS_FIELD})[ ]?[:：][ ]?[^\n/|;:：]*$")
_FIELD_LABELS = frozenset({"종교", "국적"})


def thing_slot(text: str, start: int, end: int) -> bool:
    """Is the tagger's PERSON span text[start:end] in one of the slots above?"""
    word = text[start:end]
    if word in MONTHS:
        return (_MONTH_RANGE_BEFORE.search(text, max(0, start - 20), start) is not None
                or _DAY_AFTER.match(text, end) is not None)
    if word in _SEXES or word in _FIELD_LABELS:
        return True
    if word in _SEASONS and (_SEASON_NOUN_AFTER.match(text, end) or _SEASON_LABEL_BEFORE.search(text, 0, start)):
        return True
    if _COUNTRY_FIELD_BEFORE.search(text, max(0, start - 30), start):
        return True
    return _THINGS_VALUE_BEFORE.search(text, text.rfind("\n", 0, start) + 1, start) is not None
