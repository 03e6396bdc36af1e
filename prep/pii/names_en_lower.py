"""Lower-case first names in possessives before what only a person has (round 16), for `ListReader.find`.

Chats and call notes write names in lower case: `what's madison's date of birth`, `for her mom edith's 80th`, `it
was tyler's idea`. A lower-case first name that is no word (`madison`, not `hope`; no kin word, `nana`) before `'s`
and a noun of a person's own (a birthday, a relative, a phone, an idea) is a person. A noun that a shop, a bank or a
place has too (a number, an account, a policy, an age, a name, a house) takes only a name that is none of them:
`tyler's number`, not `wendy's account`, `michael's account`, `texas's license`, `india's number`. A character of a
film or a game (`barbie's house`, `mario's brother`) stays; `place` is left out (`joe's place`: a diner).

`its` without its apostrophe is a chat's self-introduction (`hey its hope`, `hi grandma its lily`, `thanks its
grace`) unless there is evidence of the possessive: a verb or a preposition of a closed list right before it (`the
river burst its banks`, `the plan has its grace period`) and a dictionary word after it (`possessive_its`).
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
CHARACTERS = frozenset("barbie elsa ariel mario luigi zelda peach simba belle moana aladdin".split())


# Before a possessive `its`: verbs that take an object and prepositions (`burst its banks`, `on its hunter`). Any
# other word (a greeting, kin, `thanks`, `so`, `btw`) leaves the self-introduction (`hey mom its grace`).
_POSSESSIVE_BEFORE = frozenset("""
burst broke breaks break lost lose loses losing left leave leaves has had have having keeps kept keep keeping
changed change changes changing dropped drop drops found find finds got gets get made make makes showed shows
shed sheds raised raises cut cuts named names renamed opened opens closed closes sold sells bought buys won wins
earned earns regained regain held holds hold retained retains reached reaches lived lives did does do
of in on for with by to from at into onto over under about through within without across against around behind
beyond toward towards upon via after before during despite like than along alongside beside near past inside outside
beneath below above among amid throughout underneath up down off out
""".split())
_WORD_BEFORE = regex.compile(r"([\p{L}'’]+)[ ]+$")


def possessive_its(folded: str, at: int) -> bool:
    """`its` at `at` in lower-cased `folded` is the possessive: a verb or a preposition of `_POSSESSIVE_BEFORE` stands
    right before it (`burst its banks`); the caller asks for a dictionary word after it."""
    prev = _WORD_BEFORE.search(folded, max(0, at - 24), at)
    return prev is not None and prev.group(1) in _POSSESSIVE_BEFORE


def lower_possessives(text: str, lexicon) -> list[tuple[int, int, float]]:
    """The names of the module's doc in `text`."""
    out = []
    for m in _LOWER_POSSESSIVE.finditer(text):
        word = m.group(1)
        entry = lexicon.get(word)
        if entry is None or not entry[0] & FIRST or entry[0] & WORD or word in NOT_NAMES or word in CHARACTERS or (
                word in ROLES or word in PERSON_BEFORE):
            continue  # a first name that is no word, no role and no kin word (`nana`)
        if m.group(2) is None and (entry[0] & PLACE or word in NATIONS or word in _REGIONS or word in _SHOPS
                                   or f"{word}'s" in BRANDS):
            continue  # `texas's license`, `wendy's account`: a place's or a shop's
        out.append((m.start(1), m.end(1), SCORE))
    return out


# Round 17: the same slot with a capital (`Jordan's recommendation letter`, `Dakota's mom`, `Jiyeon's name`).
_KIN = (r"mom|mum|dad|mother|father|wife|husband|son|daughter|brother|sister|boyfriend|girlfriend|fiance|fiancee"
        r"|grandma|grandpa|aunt|uncle|kids|parents")
_OWN = (r"real[ ]name|real[ ]email|birthday|bday|recommendation[ ]letter|letter[ ]of[ ]recommendation|charger|phone"
        r"|laptop|keys|name")
_CAPITAL_POSSESSIVE = regex.compile(
    rf"(?<![\p{{L}}'’.@_\-])(\p{{Lu}}\p{{Ll}}{{2,}})['’]s[ ](?:({_KIN})|({_OWN}))(?![\p{{L}}])(?:[ ]+(\p{{Ll}}+))?"
)
# Kin that places, churches and clubs have too (`Paris's sister city`, `the mother church`).
_PLACE_KIN = frozenset("sister brother mother father parents".split())
# A place's or a brand's name has a story (`Brooklyn's real name`, `Kotlin's name`) and a brand sells chargers
# (`Realme's charger`): a place needs neither, a word no list has no plain `name` and no device (`Kairo's real name`).
_NAMING = frozenset(("name", "real name"))
_DEVICES = frozenset("charger phone laptop keys".split())
# After the person's thing, a lower-case word that goes on the noun makes it a thing's (`Tesla's charger network`,
# `Brooklyn's real estate`); these words end a noun phrase instead.
_ENDS_PHRASE = frozenset("""
is was are were and or but to from for on in at by with if so when because please pls lol too again yet still
""".split())

_IRREGULAR_PAST = frozenset("died broke fell got went came ran rang lost left".split())  # `Sydney's phone died`


def capital_possessives(text: str, lexicon) -> list[tuple[int, int, float]]:
    """A capitalised first name, a place's name that is a first name too (`Jordan`, `Brooklyn`) or a romanized
    Korean given name, before `'s` and a person's own thing. A place's name needs what a place has not: no name
    (`Chelsea's name is derived`), no sister (`Paris's sister city`). A word no list has needs a thing no brand or
    language has (`Kairo's real name`; `Realme's charger`, `Kotlin's name` stay). A word that wordfreq holds with
    no name's flag is a brand's (`Tesla`, `Netflix`), a shop's (`Wendy's`), a nation's or a region's stays; so does
    the thing when a noun goes on after it (`phone sales`), unless it is kin (`Dakota's mom picking up`) or a verb
    in the past."""
    out = []
    for m in _CAPITAL_POSSESSIVE.finditer(text):
        word = m.group(1).lower()
        entry = lexicon.get(word)
        if word in NOT_NAMES or word in ROLES or word in PERSON_BEFORE or word in CHARACTERS or word in NATIONS or (
                word in _REGIONS or word in _SHOPS or f"{word}'s" in BRANDS):
            continue
        if entry is not None and not entry[0] & FIRST or entry is not None and entry[0] & WORD and not (
                entry[0] & PLACE) and entry[2] > entry[1]:
            continue  # `Tesla`, `Apple`: a brand's or a word's; `Grace` is left to the words' readings
        thing = (m.group(2) or m.group(3)).lower()
        if entry is None and not KOREAN_GIVEN.fullmatch(word) and (thing == "name" or thing in _DEVICES):
            continue  # `Kotlin's name`, `Realme's charger`: a language's, a brand's
        if entry is not None and entry[0] & PLACE and (thing in _NAMING or thing in _PLACE_KIN):
            continue  # `Chelsea's name is derived`, `Austin's sister city`: a place's
        if m.group(2) is None and m.group(4) is not None and m.group(4) not in _ENDS_PHRASE and not (
                m.group(4).endswith("ed") or m.group(4) in _IRREGULAR_PAST):
            continue  # `Samsung's phone sales`, `Amazon's recommendation engine`
        out.append((m.start(1), m.end(1), SCORE))
    return out
