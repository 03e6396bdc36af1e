"""Chat words that read as names in a speaker's or a date's slot (round 23), for `names_en_things.drop_things`.

- A speaker's whole reply made of interjections, written as chats write them: stretched by a letter written three
  times or more (`yesss`, `okkk`, `noooo`) or doubled (`ok ok`, `yes yes`). `names_en_words.opens_reply` reads one
  interjection as written; `Ok` is a Korean surname and `yesss` a word no list has, so the run was a name after the
  speaker's colon. A name in the reply is no interjection, stretched or not (`Son: jake took it`, `Mom: jakeee?`,
  `Student: Donne`: a listed name is never read as a stretched word; round 23's review).
- A weekday in a date's slot: `2024/03/07(Thu)` (a chat export's day header), `Tuesday's on` (a day's possessive
  before a time or an availability word); a weekday alone stays a name (`Sunday`, `Friday` are given names too).
"""

from __future__ import annotations

import regex

from prep.pii.names_en_words import _SPEAKER_BEFORE, INTERJECTIONS

_STRETCHED = regex.compile(r"(\p{L})\1+")
_STRETCHED3 = regex.compile(r"(\p{L})\1\1")
_REPLY_WORD = regex.compile(r"\p{L}+")
# What may close the reply on its line: punctuation and emoji, no other word.
_REPLY_END = regex.compile(r"[ \t]*[^\p{L}\p{N}\n]{0,6}[ \t]*(?:\n|$)")
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_DAY_SHORT = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
# A date with its day in brackets right after it (`2024/03/07(Thu)`, `07.03.2024 (Thu)`).
_DATE_BEFORE = regex.compile(r"\d{1,4}[./-]\d{1,2}(?:[./-]\d{1,4})?[ ]?\($")
# After a day's possessive: a time or an availability word (`Tuesday's on, 6pm`, `Saturday's fine`, `Friday's out`).
_DAY_AFTER = regex.compile(r"(?i)[ ](?:on|off|out|fine|ok|okay|good|free|busy|booked|full|works|better|\d)(?![\p{L}])")


def _interjection(word: str) -> bool:
    """An interjection as written, or stretched by a letter written three times or more (`okkk`, `yesss`; not
    `Donne`, `Coll`, `Gott`: names the lexicon lists, squeezed onto `done`, `col`, `got`)."""
    low = word.lower()
    return low in INTERJECTIONS or bool(_STRETCHED3.search(low)) and _STRETCHED.sub(r"\1", low) in _SQUEEZED


_SQUEEZED = frozenset(_STRETCHED.sub(r"\1", w) for w in INTERJECTIONS)


def interjection_reply(text: str, start: int, end: int) -> bool:
    """The finding `text[start:end]` is a speaker's whole reply of interjections (`Son: ok ok`, `Kid: yesss!!`)."""
    words = _REPLY_WORD.findall(text[start:end])
    if not words or not all(map(_interjection, words)):
        return False
    return _SPEAKER_BEFORE.search(text, max(0, start - 30), start) is not None and bool(_REPLY_END.match(text, end))


def weekday_in_date(text: str, start: int, end: int) -> bool:
    """The finding is a weekday as a day: in brackets after a date (`2024/03/07(Thu)`), or a full weekday's
    possessive before a time or an availability word (`Tuesday's on, 6pm`, `Saturday's fine`). A full weekday alone
    stays: `Sunday` and `Friday` are given names too (`Brother Sunday`, `cc: Sunday, Tunde`; round 23's review)."""
    word = text[start:end]
    if regex.fullmatch(_DAY_SHORT, word) and _DATE_BEFORE.search(text, max(0, start - 12), start):
        return text.startswith(")", end)
    key = word.lower()
    return key[:-2] in WEEKDAYS and key[-2:] in ("'s", "’s") and bool(_DAY_AFTER.match(text, end))
