"""A storm called back by its name alone (round 17), for `names_en_things.drop_things`.

News names a storm once in full (`Hurricane Milton`, `Tropical Storm Debby`, `Typhoon Gaemi`) and then by its name
alone (`Milton came ashore with 120 mph winds`), which the detector reads as a person's first name. The bare
mentions of `X` go when the document names a storm `X` in full and EVERY bare mention of `X` in it (no surname
after it, no storm word before it) does what storms do as its own verb (`Milton came ashore`, `Milton weakened`)
in a sentence about a storm (wind speed, landfall, category, gusts, surge). One person's mark anywhere keeps them
all (round 17 review: 16 people lost to the first rule): `Helene from accounting`, `Helene, who`, `Milton and his
wife`, `Helene herself`, `Isaac was born`, `Andrew remembers`, `my grandfather Ian`, `Hi Milton`, `Milton, let me
know`, a title, a possessive, a person's slot or verb. Gated on the literal storm words: nothing is read otherwise.
"""

from __future__ import annotations

import regex

from prep.pii.names_en_compounds import person_slot
from prep.pii.names_en_words import titled

_GATE = ("urricane ", "yphoon ", "Tropical Storm ", "Cyclone ")  # the literal words `_NAMED` needs
_NAMED = regex.compile(
    r"(?<![\p{L}])(?:Hurricane|Typhoon|Tropical[ ]Storm|Cyclone|hurricane|typhoon)[ ](\p{Lu}\p{Ll}+)")
_SURNAME_AFTER = regex.compile(r"[ ]\p{Lu}\p{Ll}")  # `Milton Reyes`: a person's full name, no bare mention
_STORM_DOES = regex.compile(
    r"(?i:(?<![\p{L}])(?:\d+[ ]?(?:mph|km/h|kph|knots)|landfall|ashore|category[ ]\d|storm[ ]surge|gusts?"
    r"|sustained[ ]winds|weaken(?:s|ed|ing)|strengthen(?:s|ed|ing)|downgraded|upgraded|eyewall)(?![\p{L}]))")
# What a storm does, as the name's own verb (`Milton came ashore`, `Ian is expected to make landfall`).
_STORM_VERB = regex.compile(
    r"[ ](?:(?:is|was|has|had|will|could|may)[ ](?:been[ ]|be[ ]|now[ ])?|is[ ]expected[ ]to[ ])?"
    r"(?:c(?:ame|omes?)[ ]ashore|ma(?:de|kes?)[ ]landfall|(?:weaken|strengthen|intensifi|stall)(?:s|ed|es|ing)?"
    r"|(?:down|up)graded|sustained[ ]winds|brought|brings|dropped|drops|lashed|lashes|battered"
    r"|batters|slammed|slams|flattened|hit|hits|pounded|pounds|(?:made|makes)[ ]its[ ]way)(?![\p{L}])")
# A person's mark anywhere in the document (`Helene from accounting`, `Isaac was born`, `Milton, let me know`).
_PERSON_AFTER = regex.compile(
    r"(?:[ ](?:said|says|told|asked|wrote|thinks|thought|wants|wanted|replied|added|texted|emailed|remembers"
    r"|recalls|from|herself|himself|and[ ](?:I|his|her|me))|,[ ]who|[ ](?:was|is)[ ]born|[ ]turned[ ]\d)(?![\p{L}])"
    r"|[’']s[ ]|:[ ]|,[ ](?:let|please|can|could|call|text|tell|send|check|are[ ]you|do[ ]you|don't)(?![\p{L}])")
# A person's word right before (`called Milton`, `our neighbour Helene`, `Hi Milton`) or an appositive after.
_PERSON_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:called|phoned|rang|texted|visited|met|neighbou?r|friend|son|daughter|wife|husband|mom|mum|dad"
    r"|brother|sister|cousin|uncle|aunt|grandma|grandpa|grandmother|grandfather|mother|father|colleague|boss|and"
    r"|hi|hey|hello|dear|thanks|from)[ ]$")
_APPOSITIVE = regex.compile(r",[ ](?:my|our|his|her|their|your|a|an|the)[ ]")
_SENTENCE_END = regex.compile(r"[.!?\n]")
# Round 18: a storm named in apposition to its kind, with a storm's own verb after the closing comma (`A Category 3
# hurricane, Beryl, made landfall`). The kind is never a bare `storm` (`in the storm, Rosa, came ashore to help`), and
# the verb is one no person shares (`came ashore`, `was upgraded` are a person's too; round 18 review).
_KIND_BEFORE = regex.compile(r"(?<![\p{L}])(?i:hurricane|typhoon|cyclone|tropical[ ]storm),[ ]$")
_OWN_VERB_AFTER = regex.compile(
    r",[ ](?:(?:has|had|will|is[ ]expected[ ]to|is[ ]forecast[ ]to)[ ])?"
    r"(?:ma(?:de|kes?)[ ]landfall|(?:strengthen|weaken|intensifi|dissipat|stall)(?:ed|es|s|e)?)(?![\p{L}])")


def storm_mentions(text: str, lone: list[tuple[int, int, float]]) -> set[int]:
    """The starts of the one-word findings that are a storm the document names in full (the module's doc)."""
    if not lone:
        return set()
    out = set()
    apposed = {}  # read where the finding stands: no scan of the document
    for a, b, _ in lone:
        if text[a - 2:a] == ", " and _KIND_BEFORE.search(text, max(0, a - 18), a) and _OWN_VERB_AFTER.match(text, b) \
                and _storm_sentence(text, a, b) and not _PERSON_BEFORE.search(text, max(0, a - 14), a):
            apposed[a] = text[a:b]
            out.add(a)  # `A Category 3 hurricane, Beryl, made landfall`
    if not apposed and not any(g in text for g in _GATE):
        return out
    storms = {m.start(1): m.group(1) for m in _NAMED.finditer(text)} | apposed
    starts = {a for a, _, _ in lone}
    for name in set(storms.values()) & {text[a:b] for a, b, _ in lone}:
        bare = [a for a in _mentions(text, name) if a not in storms and not _SURNAME_AFTER.match(text, a + len(name))]
        if all(_storm_does(text, a, a + len(name)) for a in bare):
            out |= set(bare) & starts  # `Hurricane Milton ... Milton came ashore with 120 mph winds`
    return out


def _mentions(text: str, name: str) -> list[int]:
    """The starts of `name` as a whole word in `text` (a plain scan: no pattern is built from a found name)."""
    out, at = [], text.find(name)
    while at >= 0:
        end = at + len(name)
        if not (at and text[at - 1].isalpha()) and not (end < len(text) and text[end].isalpha()):
            out.append(at)
        at = text.find(name, at + 1)
    return out


def _storm_does(text: str, start: int, end: int) -> bool:
    """The mention does what storms do as its own verb, in a sentence about a storm, with no person's mark."""
    if titled(text, start) or person_slot(text, start) or _PERSON_AFTER.match(text, end) or _APPOSITIVE.match(
            text, end) or _PERSON_BEFORE.search(text, max(0, start - 14), start) or not _STORM_VERB.match(text, end):
        return False
    return _storm_sentence(text, start, end)


def _storm_sentence(text: str, start: int, end: int) -> bool:
    """The sentence around the mention speaks of a storm (wind speed, landfall, category, gusts, surge)."""
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=0)
    stop = _SENTENCE_END.search(text, end)
    return bool(_STORM_DOES.search(text, begin, stop.start() if stop else len(text)))
