"""A first name that heads a phrase of words (round 13), for `names_en_things.drop_things`.

One word found as a first name alone is no person when the lexicon says it is written as a word more often than as
a name (`Bill`, `Joy`, `Grace`, `Mark`; not `John`, `Maria`) and it heads a title's `X of Y`: after an article or a
demonstrative whatever `Y` is (`the Bill of Lading`, `The Mark of Zorro`, `By the Grace of God`), or else where `Y` is
one capitalized word that is a word more often than a name or a place and names no department or team (`Bill of
Materials`, `Joy of Cooking`, `Bill of Rights`). A department, a team, a ward or a place after `of` is a person's
(`Joy of Payroll`, `Mark of Legal`, `Grace of Ward 4`, `Joy of Westbrook`, `Sister Grace of Mercy Hospital`), and so is
a title, kin or a word of contact right before it (`Dr. Grace of ...`, `thanks Bill of ...`); names used more as
names keep theirs (`Joan of Arc`). Such a word is a verb, not a person, where it opens its line after symbols or a
quote only (`📣 Mark your calendars`, `"Mark as spam" button`) and `your` or `as` follows (an appositive's `the`,
`my` stay a person's: `Bill my landlord`), and a model's name where a Roman numeral follows (`Mark VII Transport`,
`Mark IV binder`). Only that mention goes.
"""

from __future__ import annotations

import regex

from prep.pii.names_en_words import FIRST, PLACE, WORD, load_lexicon

_IMPERATIVE_AFTER = regex.compile(r"[ ](?:your|as)[ ]")
_NUMERAL_AFTER = regex.compile(r"[ ](?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)(?![\p{L}\p{N}])")
_LINE_OPENING = regex.compile(r"(?:^|\n)[^\p{L}\p{N}\n\-–—•*]*$")  # symbols, quotes, brackets (no bullet) before it
# `Y` of `X of Y`: one capitalized word, no number or second capitalized word after it (`Grace of Ward 4`, `Bill of
# accounts`, `Grace of Mercy Hospital`, `Joy of Guest Services`: a place's or a team's name).
_OF_AFTER = regex.compile(r"[ ]of[ ](\p{Lu}\p{Ll}+)(?![ ]?[\p{N}#]|[ ]\p{Lu})")
_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}])(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)[ ]$")
_PERSON_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:mr|mrs|ms|mx|miss|dr|prof|sir|dame|aunt|auntie|uncle|grandma|grandpa|mom|mum|dad|hi|hey|hello"
    r"|dear|thanks|thank[ ]you|ask|asked|tell|told|met|meet|call|called|page|paged|ping|text|texted|email|emailed"
    r"|with|cc|from|by|to|and|&|sister|sr|brother|father|fr|mother|saint|pastor|rev|nurse|coach)\.?,?[ ]$")
# Departments and teams: `Joy of Payroll`, `Mark of Legal` (a person's place of work, not a title's noun).
DEPARTMENTS = frozenset("""
accounting accounts admin administration admissions analytics audit benefits billing catering claims communications
compliance construction customer delivery design development dispatch engineering estates events facilities finance
fundraising grounds housekeeping infrastructure insurance intake kitchen legal logistics maintenance marketing
nursing operations ops outreach partnerships payroll pharmacy planning plumbing procurement product production
purchasing quality radiology reception receiving records recruiting recruitment research retail risk safety sales
security service services shipping staffing strategy supply support surgery tax training transport treasury
underwriting warehouse
""".split())


def phrase_heads(text: str, lone: list[tuple[int, int, float]]) -> set[int]:
    """The starts of the one-word spans of `lone` that head a phrase of words here (the module's doc)."""
    out = set()
    for start, end, _ in lone:
        of = _OF_AFTER.match(text, end)
        numeral = _NUMERAL_AFTER.match(text, end)
        if not (of or numeral or _IMPERATIVE_AFTER.match(text, end)) or not text[start:start + 1].isupper():
            continue
        entry = load_lexicon().get(text[start:end].lower())
        if entry is None or not entry[0] & FIRST or not entry[0] & WORD or entry[2] <= entry[1]:
            continue
        window = max(0, start - 12)
        if numeral or of and _title_of(text, window, start, of.group(1)) or not of and _LINE_OPENING.search(
                text, window, start):
            out.add(start)
    return out


def _title_of(text: str, window: int, start: int, noun: str) -> bool:
    """`X of <noun>` at `start` reads as a title's name, not a person's and their department or place."""
    if _PERSON_BEFORE.search(text, window, start):
        return False
    if _ARTICLE_BEFORE.search(text, window, start):
        return True
    entry = load_lexicon().get(noun.lower())
    return entry is not None and bool(entry[0] & WORD) and not entry[0] & PLACE and entry[2] > entry[1] and \
        noun.lower() not in DEPARTMENTS
