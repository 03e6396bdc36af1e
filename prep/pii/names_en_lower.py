"""Lower-case first names in possessives before what only a person has (round 16), for `ListReader.find`.

Chats and call notes write names in lower case: `what's madison's date of birth`, `for her mom edith's 80th`, `it
was tyler's idea`. A lower-case first name that is no word (`madison`, not `hope`; no kin word, `nana`) before `'s`
and a noun of a person's own (a birthday, a relative, a phone, an idea) is a person. A noun that a shop, a bank or a
place has too (a number, an account, a policy, an age, a name, a house) takes only a name that is none of them:
`tyler's number`, not `wendy's account`, `michael's account`, `texas's license`, `india's number`. A character of a
film or a game (`barbie's house`, `mario's brother`) stays; `place` is left out (`joe's place`: a diner).

`its` without its apostrophe is a chat's self-introduction (`hey its hope`) only where a message or a clause starts
with it or a greeting or a reply word stands before it; after a verb or a preposition it is the possessive
(`the river burst its banks`, `on its hunter`), and a dictionary word after it is a noun (`possessive_its`).
"""

from __future__ import annotations

import regex

from prep.pii.names_en_compounds import NATIONS
from prep.pii.names_en_words import BRANDS, FIRST, KOREAN_GIVEN, NOT_NAMES, PERSON_BEFORE, PLACE, ROLES, WORD

SCORE = 0.6
_PERSONAL = (
    r"date[ ]of[ ]birth|dob|birthday|bday|\d{1,3}(?:st|nd|rd|th)\b|mom|mum|dad|mother|father|wife|husband"
    r"|son|daughter|kids?|brother|sister|boyfriend|girlfriend|partner|fiance|fiancee|grandma|grandpa|aunt|uncle"
    r"|phone|cell|email|idea|wedding|funeral|baby|ssn|passport|lawyer|doctor|teacher|boss"
)
_SHARED = r"number|address|house|apartment|flat|room|car|name|license|licence|account|policy|claim|age"
_LOWER_POSSESSIVE = regex.compile(
    rf"(?<![\p{{L}}'’.@_\-])(?<!trader[ ])(\p{{Ll}}{{3,}})['’]s[ ](?:({_PERSONAL})|{_SHARED})(?![\p{{L}}])"
)
# Shops and banks named after a person (`BRANDS` keeps the ones the capitalised reader needs), provinces the lexicon
# does not flag as places, and characters.
_SHOPS = frozenset("carter claire casey michael marshall tiffany harley lincoln morgan marcus".split())
_REGIONS = frozenset("alberta ontario quebec manitoba saskatchewan tasmania queensland".split())
_CHARACTERS = frozenset("barbie elsa ariel mario luigi zelda peach simba belle moana aladdin".split())


# Before an introducing `its`: a greeting, a reply word or a laugh (`hey its grace`, `lol its hope`, `yes its will`).
_INTRO_BEFORE = frozenset("""
hey hi hiya yo hello oh omg lol haha hahaha yes yeah ya yep ok okay no nope sorry wait guys ahh ah um uh
""".split())
_WORD_BEFORE = regex.compile(r"([\p{L}'’]+)[ ]+$")


def possessive_its(folded: str, at: int) -> bool:
    """`its` at `at` in lower-cased `folded` is the possessive: a word other than a greeting stands before it in
    its clause (`burst its banks`), not a line's, a sentence's or a greeting's start (`hey its hope`)."""
    prev = _WORD_BEFORE.search(folded, max(0, at - 24), at)
    return prev is not None and prev.group(1) not in _INTRO_BEFORE


def lower_possessives(text: str, lexicon) -> list[tuple[int, int, float]]:
    """The names of the module's doc in `text`."""
    out = []
    for m in _LOWER_POSSESSIVE.finditer(text):
        word = m.group(1)
        entry = lexicon.get(word)
        if entry is None or not entry[0] & FIRST or entry[0] & WORD or word in NOT_NAMES or word in _CHARACTERS or (
                word in ROLES or word in PERSON_BEFORE):
            continue  # a first name that is no word, no role and no kin word (`nana`)
        if m.group(2) is None and (entry[0] & PLACE or word in NATIONS or word in _REGIONS or word in _SHOPS
                                   or f"{word}'s" in BRANDS):
            continue  # `texas's license`, `wendy's account`: a place's or a shop's
        out.append((m.start(1), m.end(1), SCORE))
    return out


# Round 17: the same slot with a capital (`Jordan's recommendation letter`, `Kairo's real name`, `Jiyeon's name`).
_KIN = (r"mom|mum|dad|mother|father|wife|husband|son|daughter|brother|sister|boyfriend|girlfriend|fiance|fiancee"
        r"|grandma|grandpa|aunt|uncle|kids|parents")
_OWN = (r"real[ ]name|real[ ]email|birthday|bday|recommendation[ ]letter|letter[ ]of[ ]recommendation|charger|phone"
        r"|laptop|keys|name")
_CAPITAL_POSSESSIVE = regex.compile(
    rf"(?<![\p{{L}}'’.@_\-])(\p{{Lu}}\p{{Ll}}{{2,}})['’]s[ ](?:({_KIN})|{_OWN})(?![\p{{L}}])(?:[ ]+(\p{{Ll}}+))?"
)
# After the person's thing, a lower-case word that goes on the noun makes it a thing's (`Tesla's charger network`,
# `Brooklyn's real estate`); these words end a noun phrase instead.
_ENDS_PHRASE = frozenset("""
is was are were and or but to from for on in at by with if so when because please pls lol too again yet still
""".split())

_IRREGULAR_PAST = frozenset("died broke fell got went came ran rang lost left".split())  # `Sydney's phone died`


def capital_possessives(text: str, lexicon) -> list[tuple[int, int, float]]:
    """A capitalised first name (a place's too: `Jordan`, `Brooklyn`), a romanized Korean given name or a word no
    list has (`Kairo`), before `'s` and a person's own thing. A word that wordfreq holds with no name's flag is a
    brand's (`Tesla`, `Netflix`), a shop's (`Wendy's`), a nation's or a region's stays; so does the thing when a
    noun goes on after it (`phone sales`), unless it is kin (`Dakota's mom picking up`) or a verb in the past."""
    out = []
    for m in _CAPITAL_POSSESSIVE.finditer(text):
        word = m.group(1).lower()
        entry = lexicon.get(word)
        if word in NOT_NAMES or word in ROLES or word in PERSON_BEFORE or word in _CHARACTERS or word in NATIONS or (
                word in _REGIONS or word in _SHOPS or f"{word}'s" in BRANDS):
            continue
        if entry is None and not KOREAN_GIVEN.fullmatch(word) and len(word) < 4 or entry is not None and not (
                entry[0] & FIRST) or entry is not None and entry[0] & WORD and not entry[0] & PLACE and (
                entry[2] > entry[1]):
            continue  # `Tesla`, `Apple`: a brand's or a word's; `Grace` is left to the words' readings
        if m.group(2) is None and m.group(3) is not None and m.group(3) not in _ENDS_PHRASE and not (
                m.group(3).endswith("ed") or m.group(3) in _IRREGULAR_PAST):
            continue  # `Samsung's phone sales`, `Amazon's recommendation engine`
        out.append((m.start(1), m.end(1), SCORE))
    return out
