"""Lower-case first names in possessives before what only a person has (round 16), for `ListReader.find`.

Chats and call notes write names in lower case: `what's madison's date of birth`, `for her mom edith's 80th`, `it
was tyler's idea`. A lower-case first name that is no word (`madison`, not `hope`; no kin word, `nana`) before `'s`
and a noun of a person's own (a birthday, an age, a relative, a phone, a home, an idea) is a person; the same
possessive before anything else is often a shop (`at wendy's`, `macy's sale`, `denny's breakfast`), so it stays.
"""

from __future__ import annotations

import regex

from prep.pii.names_en_words import BRANDS, FIRST, NOT_NAMES, PERSON_BEFORE, ROLES, WORD

SCORE = 0.6
_OWN = (
    r"date[ ]of[ ]birth|dob|birthday|bday|\d{1,3}(?:st|nd|rd|th)\b|age|mom|mum|dad|mother|father|wife|husband"
    r"|son|daughter|kids?|brother|sister|boyfriend|girlfriend|partner|fiance|fiancee|grandma|grandpa|aunt|uncle"
    r"|phone|number|cell|email|address|idea|place|house|apartment|flat|room|car|wedding|funeral|baby|name"
    r"|ssn|license|licence|passport|account|policy|claim|lawyer|doctor|teacher|boss"
)
_LOWER_POSSESSIVE = regex.compile(rf"(?<![\p{{L}}'’.@_\-])(\p{{Ll}}{{3,}})['’]s[ ](?=(?:{_OWN})(?![\p{{L}}]))")


def lower_possessives(text: str, lexicon) -> list[tuple[int, int, float]]:
    """The names of the module's doc in `text`."""
    out = []
    for m in _LOWER_POSSESSIVE.finditer(text):
        word = m.group(1)
        entry = lexicon.get(word)
        if entry is None or not entry[0] & FIRST or entry[0] & WORD or word in NOT_NAMES or word in BRANDS or (
                word in ROLES or word in PERSON_BEFORE):
            continue  # a first name that is no word, no role and no kin word (`nana`)
        out.append((m.start(1), m.end(1), SCORE))
    return out
