"""A storm called back by its name alone (round 17), for `names_en_things.drop_things`.

News names a storm once in full (`Hurricane Milton`, `Tropical Storm Debby`, `Typhoon Gaemi`) and then by its name
alone (`Milton came ashore with 120 mph winds`), which the detector reads as a person's first name. A lone finding
goes when the document names a storm `X` in full and the sentence of this mention speaks of what storms do: a wind
speed, landfall, coming ashore, a category, a surge, gusts, weakening or strengthening. A person's mark keeps it: a
possessive, a title, a person's slot or kin before it (`told Milton`, `called Milton`, `our neighbour Helene`), an
appositive after it (`Ian, my son,`), a person's verb after it (`Milton said`), a
surname after it (a run the detector finds whole). Gated on the literal storm words: nothing is read otherwise.
"""

from __future__ import annotations

import regex

from prep.pii.names_en_compounds import person_slot
from prep.pii.names_en_words import titled

_GATE = ("urricane ", "yphoon ", "Tropical Storm ", "Cyclone ")  # the literal words `_NAMED` needs
_NAMED = regex.compile(
    r"(?<![\p{L}])(?:Hurricane|Typhoon|Tropical[ ]Storm|Cyclone|hurricane|typhoon)[ ](\p{Lu}\p{Ll}+)")
_STORM_DOES = regex.compile(
    r"(?i:(?<![\p{L}])(?:\d+[ ]?(?:mph|km/h|kph|knots)|landfall|ashore|category[ ]\d|storm[ ]surge|gusts?"
    r"|sustained[ ]winds|weaken(?:s|ed|ing)|strengthen(?:s|ed|ing)|downgraded|upgraded|eyewall)(?![\p{L}]))")
_PERSON_AFTER = regex.compile(
    r"[ ](?:said|says|told|asked|wrote|thinks|thought|wants|wanted|replied|added|texted|emailed|and[ ]I)(?![\p{L}])")
# A person's word right before (`called Milton`, `our neighbour Helene`) or an appositive after (`Ian, my son,`).
_PERSON_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:called|phoned|rang|texted|visited|met|neighbou?r|friend|son|daughter|wife|husband|mom|mum|dad"
    r"|brother|sister|cousin|uncle|aunt|grandma|grandpa|colleague|boss|and)[ ]$")
_APPOSITIVE = regex.compile(r",[ ](?:my|our|his|her|their|your|a|an|the)[ ]")
_SENTENCE_END = regex.compile(r"[.!?\n]")


def storm_mentions(text: str, lone: list[tuple[int, int, float]]) -> set[int]:
    """The starts of the one-word findings that are a storm the document names in full (the module's doc)."""
    if not lone or not any(g in text for g in _GATE):
        return set()
    storms = {m.group(1) for m in _NAMED.finditer(text)}
    out = set()
    for start, end, _ in lone:
        if text[start:end] not in storms or text.startswith(("'s", "’s"), end):
            continue
        if titled(text, start) or person_slot(text, start) or _PERSON_AFTER.match(text, end) or _APPOSITIVE.match(
                text, end) or _PERSON_BEFORE.search(text, max(0, start - 14), start):
            continue
        begin = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=0)
        stop = _SENTENCE_END.search(text, end)
        if _STORM_DOES.search(text, begin, stop.start() if stop else len(text)):
            out.add(start)  # `Milton came ashore late Wednesday with 120 mph winds`
    return out
