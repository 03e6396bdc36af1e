"""A first name that is a word, coordinated with a found person (round 17), for `ListReader.find`.

Rotas, thanks and credits pair people: `Mallory and Jun dig into`, `I moved May and Grant to Sunday`, `Priya Nair,
Hope and Grace will run`. A capitalised first name of any wordness (`Summer`, `May`, `Will`, `Jun`) joined by `and`,
`&` or a comma to a person already found stands where that person stands, and is one too, when what follows it
ends the pair as a subject or an object ends: a punctuation mark, `and`, a preposition, or a verb in the plural
that two people take (`cover`, `dig`, `are`; no `-s`). A capitalised word after it makes a longer proper noun
(`Summer Street`, `Hope Valley Farm`), a number a date (`May 5`), a temporal preposition before it a month (`in
May and Grant`), and a word in `-s` after it the noun the word modifies (`Summer interns`, `April showers`): these
stay words.
"""

from __future__ import annotations

import regex

from prep.pii.names_en_words import FIRST, ROLES, WORD

SCORE = 0.6
_JOIN = r"(?:,[ ]|[ ]and[ ]|,[ ]and[ ]|[ ]&[ ])"
_CAP_WORD = r"(\p{Lu}\p{Ll}{2,})"
_AFTER_SPAN = regex.compile(_JOIN + _CAP_WORD + r"(?=[ ,.;:!?)'’\n]|$)")
_BEFORE_SPAN = regex.compile(r"(?<![\p{L}\p{N}'’\-])" + _CAP_WORD + _JOIN + r"$")
_FOLLOWER = regex.compile(r"[ ]+(\p{Ll}[\p{Ll}'’]*)")
_PREV = regex.compile(r"([\p{L}]+)[ ]+$")
_TEMPORAL = frozenset("""
in on since until till by of during before after last next this every from through early late mid between for due
""".split())
_PRONOUNS = frozenset("i you u we they he she it your".split())  # a sentence opens: `Will you`, `Hope you`, `May I`
_VERBS_IN_S = frozenset("is was has does says goes".split())  # verbs, not plural nouns (`Hope is coming`)


def coordinated_names(text: str, spans: list, lexicon) -> list[tuple[int, int, float]]:
    """The words of the module's doc beside the found `spans` of `text`."""
    out: list[tuple[int, int, float]] = []
    for start, end, _ in spans:
        after = _AFTER_SPAN.match(text, end)
        if after is not None and _person(text, after.start(1), after.end(1), lexicon):
            out.append((after.start(1), after.end(1), SCORE))
        before = _BEFORE_SPAN.search(text, max(0, start - 24), start)
        if before is not None and _person(text, before.start(1), before.end(1), lexicon):
            out.append((before.start(1), before.end(1), SCORE))
    return out


def _person(text: str, start: int, end: int, lexicon) -> bool:
    word = text[start:end].lower()
    entry = lexicon.get(word)
    if entry is None or not entry[0] & FIRST or word in ROLES:
        return False
    rest = text[end:end + 30]
    if rest[:1] == " " and (rest[1:2].isupper() or rest[1:2].isdigit()):
        return False  # `Summer Street`, `May 5`: a longer proper noun, a date
    if rest[:2] == ", " and rest[2:3].isdigit():
        return False  # `June, 2024`
    prev = _PREV.search(text, max(0, start - 16), start)
    if prev is not None and prev.group(1).lower() in _TEMPORAL:
        return False  # `in May and Grant's absence`: a month
    follower = _FOLLOWER.match(rest)
    if follower is not None:
        w = follower.group(1)
        if w.endswith("s") and w not in _VERBS_IN_S or w in _PRONOUNS:
            return False  # `Summer interns`, `April showers`: a noun the word modifies; `, Will you`, `, Hope you`
    return not (word in MONTHS and _month_reading(text, start, end, follower))


# A month's name is a month beside another month (`April and May sales`, `Jun and Jul`), before its own `'s` or a
# noun (`May's election`, `June rent`, `August camp dates`), or alone after a byline's comma (`by Ana Ruiz, May`).
_FULL_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
MONTHS = _FULL_MONTHS | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_NEXT_MONTH = regex.compile(r",?[ ](?:and|&|or|to)[ ](\p{Lu}\p{Ll}{2,})|,[ ](\p{Lu}\p{Ll}{2,})")
# What may follow a person in a pair (`Tom Harris and May for the help`, `and June went well`); a month followed by
# any other lower-case word is that word's month (`June rent received`).
_PERSON_FOLLOWERS = frozenset("""
for to from with at on in is are was were will would can could should has have had and or but went came left said
says called joined did do does both too also who helped made took brought got go come dig walk run lead host present
share talk discuss cover join take make meet visit review look bring explain sit chat weigh answer
""".split())


def _month_reading(text: str, start: int, end: int, follower) -> bool:
    after = _NEXT_MONTH.match(text, end)
    if after is not None and (after.group(1) or after.group(2)).lower() in MONTHS:
        return True  # `April and May sales`, `Jun and Jul totals`
    if text[end:end + 2] in ("'s", "’s"):
        return True  # `Tom Walsh and May's election results`
    if follower is not None and follower.group(1) not in _PERSON_FOLLOWERS and not (
            follower.group(1).endswith("ed")) and text[start:end].lower() in _FULL_MONTHS:
        return True  # `Tom Walsh, June rent received`, `Coach Tom Lee and August camp dates` (not `Jun`, a name too)
    tail = text[end:end + 2]
    return text[max(0, start - 2):start] == ", " and (tail == "" or tail[:1] in ";\n" or tail in (".", ". ", ".\n"))


# A first name before `from` and a team of a workplace (`April from Payroll`, `Will from Facilities fixed`): the team
# names the person's place, as a surname would. A word much more often a first name than a word (`Virginia`,
# `Destiny`) needs only that; a word first (`Cash`, `Grant`, `Price`, `Case`, `Star`, a month) needs a person's verb
# after the team (`Bill from Accounts sent`, `Ray from Maintenance is here`) or a colon before what a person says
# (`Hope from Support: you'll be fine`; not `Miles from Dispatch: 42`). A determiner before the word, a label's colon
# or a temporal preposition before a month, or a noun after the team make it a modifier (`The April from Finance
# numbers`, `Forecast: May from Sales`, `for April from Finance`, `Drew from Research data`).
_TEAMS = (
    r"Accounts|Accounting|Payroll|Legal|Sales|IT|HR|Finance|Marketing|Support|Engineering|Ops|Operations|Procurement"
    r"|Facilities|Admissions|Billing|Reception|Security|Design|Product|Compliance|Logistics|Purchasing|Research"
    r"|Editorial|Dispatch|Housekeeping|Maintenance|Recruiting|Recruitment|Admin|Administration|QA|Underwriting|Claims"
    r"|Customer[ ]Service|Customer[ ]Success|Front[ ]Desk|People[ ]Ops|Accounts[ ]Payable|Accounts[ ]Receivable"
)
_FROM_TEAM = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’\-])(\p{{Lu}}\p{{Ll}}{{2,}})[ ]from[ ](?:the[ ])?(?:{_TEAMS})(?![\p{{L}}'’])"
)
_AFTER_TEAM = regex.compile(r"[ ]*:[ ]*([^\n.!?]*)|[ ]+(\p{Ll}+)(?:[ ]+(\p{Ll}+))?")
_DETERMINERS = frozenset("the a an this that these those net total gross some any each every no".split())
_PERSON_VERBS = frozenset("""
said says called calls replied replies asked asks wrote writes sent sends came comes found finds fixed fixes signed
signs approved approves checked checks shared shares handled handles left ordered closed reached confirmed rebooted
mentioned told tells noticed emailed texted phoned messaged stopped dropped helped joined agreed wants wanted needs
thinks thought will would can could
""".split())
_BE = frozenset("is was".split())
_BEING = frozenset("here there back out away off in sick".split())  # `Rich from Sales is back`; `-ing` too
_SPEECH = regex.compile(r"\b(?:i|i'm|i’m|you|you'll|you’ll|we|we'll|we’re|we're|he|she|they|thanks|hi|\p{Ll}+ed)\b")


# Before the word, what greets or thanks a person (`Congratulations to April from Accounts`, `Ask Georgia from IT`),
# or a person found the same way and `and` (`... and June from Legal`).
_GREETED = regex.compile(
    r"(?i:(?:thanks|thank[ ]you|congratulations|congrats|kudos|shout-?outs?|welcome|farewell)[ ]to|ask|cc|ping|tell)"
    r"[ ]$"
)


def team_names(text: str, lexicon) -> list[tuple[int, int, float]]:
    """The first names before a team of the block above in `text` (its caller looks for ` from ` first)."""
    out: list[tuple[int, int, float]] = []
    person_end = -1  # where the last person's team ends
    for m in _FROM_TEAM.finditer(text):
        word = m.group(1).lower()
        entry = lexicon.get(word)
        if entry is None or not entry[0] & FIRST or word in ROLES:
            continue
        prev = _PREV.search(text, max(0, m.start() - 16), m.start())
        before = prev.group(1).lower() if prev is not None else ""
        if before in _DETERMINERS or word in MONTHS and (before in _TEMPORAL or text[:m.start()].endswith(": ")):
            continue  # `The April from Finance numbers`, `Net Cash from Operations`; `for April`, `Forecast: May`
        tail = _AFTER_TEAM.match(text, m.end())
        said, verb, next_word = tail.groups() if tail is not None else (None, None, None)
        acts = verb in _PERSON_VERBS or verb in _BE and next_word is not None and (
            next_word in _BEING or next_word.endswith("ing"))
        says = said is not None and not regex.search(r"\d", said) and bool(_SPEECH.search(said.lower()))
        first = word not in MONTHS and (not entry[0] & WORD or entry[1] >= entry[2] + 0.5)
        greeted = _GREETED.search(text, max(0, m.start() - 20), m.start()) is not None or (
            text[person_end:m.start()] == " and ")
        if acts or says or greeted or first and (verb is None or verb in _BE or verb.endswith("ed")):
            out.append((m.start(1), m.end(1), SCORE))
            person_end = m.end()
    return out
