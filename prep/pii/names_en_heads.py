"""A first name that heads a phrase of words (round 13), for `names_en_things.drop_things`.

One word found as a first name alone is no person when the lexicon says it is written as a word more often than as
a name (`Bill`, `Joy`, `Grace`, `Mark`; not `John`, `Maria`) and it heads an `X of Y` phrase whose `Y` is a
capitalized word with no number after it: `Bill of Materials`, `Joy of Cooking`, `Grace of God`, `Rose of Sharon`
(a department or a ward names a person's place: `Bill of accounts`, `Grace of Ward 4`). A title, kin or a word of
contact right before it keeps it a person (`Dr. Grace of ...`, `thanks Bill of ...`); names used more as names keep
theirs (`Joan of Arc`, `Catherine of Aragon`: historical people). Such a word is a verb, not a person, where it
opens its line after symbols or a quote only (`📣 Mark your calendars`, `"Mark as spam" button`) and `your` or `as`
follows (an appositive's `the`, `my` stay a person's: `Bill my landlord`), and a model's name where a Roman numeral
follows (`Mark VII Transport`, `Mark IV binder`). Only that mention goes.
"""

from __future__ import annotations

import regex

from prep.pii.names_en_words import FIRST, WORD, load_lexicon

_IMPERATIVE_AFTER = regex.compile(r"[ ](?:your|as)[ ]")
_NUMERAL_AFTER = regex.compile(r"[ ](?:II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)(?![\p{L}\p{N}])")
_LINE_OPENING = regex.compile(r"(?:^|\n)[^\p{L}\p{N}\n\-–—•*]*$")  # symbols, quotes, brackets (no bullet) before it
_OF_AFTER = regex.compile(r"[ ]of[ ]\p{Lu}\p{Ll}+(?![ ]?[\p{N}#])")  # not `Grace of Ward 4`, `Bill of accounts`
_PERSON_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:mr|mrs|ms|mx|miss|dr|prof|sir|dame|aunt|auntie|uncle|grandma|grandpa|mom|mum|dad|hi|hey|hello"
    r"|dear|thanks|thank[ ]you|ask|asked|tell|told|met|meet|call|called|page|paged|ping|text|texted|email|emailed"
    r"|with|cc|from|by|to|and|&)\.?,?[ ]$")


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
        if numeral or of and _PERSON_BEFORE.search(text, window, start) is None or not of and _LINE_OPENING.search(
                text, window, start):
            out.add(start)
    return out
