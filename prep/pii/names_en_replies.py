"""Chat words that read as names in a speaker's or a date's slot (round 23), for `names_en_things.drop_things`.

- A speaker's whole reply made of interjections, written as chats write them: stretched (`yesss`, `okkk`, `noooo`)
  or doubled (`ok ok`, `yes yes`). `names_en_words.opens_reply` reads one interjection as written; `Ok` is a
  Korean surname and `yesss` a word no list has, so the run was a name after the speaker's colon. A name in the
  reply is no interjection, stretched or not (`Son: jake took it`, `Mom: jakeee?`).
- A weekday in a date's slot: `2024/03/07(Thu)` (a chat export's day header), `Tuesday's on` (a day's possessive or
  contraction); a weekday written in full is a name only after a greeting or a title (`Hi Tuesday,`).
"""

from __future__ import annotations

import regex

from prep.pii.names_en_words import _SPEAKER_BEFORE, INTERJECTIONS

_STRETCHED = regex.compile(r"(\p{L})\1+")
_REPLY_WORD = regex.compile(r"\p{L}+")
# What may close the reply on its line: punctuation and emoji, no other word.
_REPLY_END = regex.compile(r"[ \t]*[^\p{L}\p{N}\n]{0,6}[ \t]*(?:\n|$)")
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_DAY_SHORT = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
# A date with its day in brackets right after it (`2024/03/07(Thu)`, `07.03.2024 (Thu)`).
_DATE_BEFORE = regex.compile(r"\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?[ ]?\($")
_GREETED_OR_TITLED = regex.compile(r"(?i)(?<![\p{L}])(?:hi|hey|hello|dear|thanks|miss|mrs?|ms|dr)\.?,?[ ]$")


def _interjection(word: str) -> bool:
    low = word.lower()
    return low in INTERJECTIONS or _STRETCHED.sub(r"\1", low) in _SQUEEZED


_SQUEEZED = frozenset(_STRETCHED.sub(r"\1", w) for w in INTERJECTIONS)


def interjection_reply(text: str, start: int, end: int) -> bool:
    """The finding `text[start:end]` is a speaker's whole reply of interjections (`Son: ok ok`, `Kid: yesss!!`)."""
    words = _REPLY_WORD.findall(text[start:end])
    if not words or not all(map(_interjection, words)):
        return False
    return _SPEAKER_BEFORE.search(text, max(0, start - 30), start) is not None and bool(_REPLY_END.match(text, end))


def weekday_in_date(text: str, start: int, end: int) -> bool:
    """The finding is a weekday as a day: in brackets after a date (`2024/03/07(Thu)`), or a full weekday's name not
    after a greeting or a title (`Tuesday's on, 6pm`; `Hi Tuesday,` stays)."""
    word = text[start:end]
    if regex.fullmatch(_DAY_SHORT, word) and _DATE_BEFORE.search(text, max(0, start - 12), start):
        return text.startswith(")", end)
    key = word.lower().removesuffix("'s").removesuffix("’s")
    return key in WEEKDAYS and not _GREETED_OR_TITLED.search(text, max(0, start - 8), start)
