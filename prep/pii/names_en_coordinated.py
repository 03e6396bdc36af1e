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

from prep.pii.names_en_words import FIRST, ROLES

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
    return True


# A first name before `from` and a team of a workplace (`April from Payroll`, `Hope from HR`, `Will from Facilities`):
# the team names the person's place, as a surname would; a month after a temporal preposition stays (`for April from
# Finance`, `in June from Sales`), and so does the team's own possessive after (`Summer from Marketing's view`).
_TEAMS = (
    r"Accounts|Accounting|Payroll|Legal|Sales|IT|HR|Finance|Marketing|Support|Engineering|Ops|Operations|Procurement"
    r"|Facilities|Admissions|Billing|Reception|Security|Design|Product|Compliance|Logistics|Purchasing|Research"
    r"|Editorial|Dispatch|Housekeeping|Maintenance|Recruiting|Recruitment|Admin|Administration|QA|Underwriting|Claims"
    r"|Customer[ ]Service|Customer[ ]Success|Front[ ]Desk|People[ ]Ops|Accounts[ ]Payable|Accounts[ ]Receivable"
)
_FROM_TEAM = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’\-])(\p{{Lu}}\p{{Ll}}{{2,}})[ ]from[ ](?:the[ ])?(?:{_TEAMS})(?![\p{{L}}'’])"
)


def team_names(text: str, lexicon) -> list[tuple[int, int, float]]:
    """The first names before a team of the block above in `text` (its caller looks for ` from ` first)."""
    out = []
    for m in _FROM_TEAM.finditer(text):
        word = m.group(1).lower()
        entry = lexicon.get(word)
        if entry is None or not entry[0] & FIRST or word in ROLES:
            continue
        prev = _PREV.search(text, max(0, m.start() - 16), m.start())
        if prev is not None and prev.group(1).lower() in _TEMPORAL:
            continue  # `for April from Finance`: a month
        out.append((m.start(1), m.end(1), SCORE))
    return out
