"""A first name that is also a word, modifying the common noun after it: a compound, not a person (round 22).

`Heather grey`, `Reed diffuser`, `Jasmine rice`, `Rosemary sourdough`, `Grace period`: English's compounds of such a
word and a noun that it names a kind of (`COMPOUNDS`). The heads are nouns only, never a verb a person's name could
take after it (`Grace called`, `Heather is` stay people). Read for that mention only,
and only where the name opens its phrase (a line, a sentence, a list item, a quote, or after `the`, `my`, `of`,
`with`, `and` ...), not after a verb that takes a person (`gave Heather candles`, `told Rose gold was cheaper`).
"""

from __future__ import annotations

import regex

# The compounds English writes with a first name that is a word, each word with the heads it names a kind of. A list
# of pairs, not of heads: a name before any item is a person's shorthand (`Potluck: Rose salad, Iris cupcakes`, `Grace
# socks, Ivy candle`, `Jack wine, Frank bread`; round 22's review lost 214 names to heads alone).
COMPOUNDS = {word: frozenset(heads.split()) for word, heads in (
    ("heather", "grey gray"), ("rose", "gold quartz wine petals bushes hips water"), ("jasmine", "rice tea"),
    ("reed", "diffuser diffusers"), ("grace", "period"), ("sage", "green"), ("rosemary", "sourdough focaccia"),
    ("amber", "alert ale fragrance"), ("ginger", "ale snaps"), ("olive", "oil branch green"), ("ivy", "league"),
    ("holly", "wreath berries"), ("lily", "pad pads"), ("basil", "pesto"), ("hazel", "eyes"), ("daisy", "chain"),
    ("summer", "camp squash solstice"), ("hope", "chest"), ("jade", "plant"), ("iris", "scan"),
    # round 23: a cake, a tree, a tendon and an adjective's noun (`victoria sponge`, `Douglas fir`, `Frank opinion`)
    ("victoria", "sponge"), ("douglas", "fir firs"), ("achilles", "tendon tendons heel"),
    ("frank", "opinion assessment discussion conversation"),
)}
_HEAD_AFTER = regex.compile(r"[ ](\p{Ll}+)(?![\p{L}'’\-])")
# Where a phrase opens: a line, a sentence, a list item, a quote or bracket, a chat speaker's colon, or a determiner or
# preposition that takes a thing (`the`, `my`, `of`, `with`, `and`, `or`, `in`).
_OPENS_BEFORE = regex.compile(
    r"(?:^|[\n.!?:;,(\[\"“'‘>•·|/–—-]|(?<![\p{L}])(?i:the|a|an|my|our|your|their|his|her|its|this|that|these|those"
    r"|some|no|any|of|with|and|or|in)|(?<![\p{L}])\p{L}+-\p{Ll}+ed)[ \t]*$")  # round 23: `kiln-dried Douglas fir`


def noun_modifiers(text: str, lone: list[tuple[int, int, float]]) -> set[int]:
    """Starts of the one-word findings in `lone` that modify a compound head after them (the module's doc)."""
    out: set[int] = set()
    for start, end, _ in lone:
        word = text[start:end]
        if not word[1:].islower() or not word.isalpha():  # `Heather`, `victoria` (round 23); not `HEATHER`
            continue
        m = _HEAD_AFTER.match(text, end)
        if m is None or m.group(1) not in COMPOUNDS.get(word.lower(), ()):
            continue
        if _OPENS_BEFORE.search(text, max(0, start - 24), start):
            out.add(start)
    return out
