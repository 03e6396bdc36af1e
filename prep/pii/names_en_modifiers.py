"""A first name that is also a word, modifying the common noun after it: a compound, not a person (round 22).

`Heather grey`, `Reed diffuser`, `Jasmine rice`, `Rosemary sourdough`, `Grace period`: the word before a noun of a
product, a colour, a food, a scent or a span of time names a kind of that noun. The noun heads (`COMPOUND_HEADS`)
are nouns only, never a verb a person's name could take after it (`Grace called`, `Heather is`, `Jack left` stay
people: a verb, a past tense, an adverb or a time word follows them, none of them a head). Read for that mention only,
and only where the name opens its phrase (a line, a sentence, a list item, a quote, or after `the`, `my`, `of`,
`with`, `and` ...), not after a verb that takes a person (`gave Heather candles`, `told Rose gold was cheaper`).
"""

from __future__ import annotations

import regex

from prep.pii.names_en_words import WORD, load_lexicon

COMPOUND_HEADS = frozenset("""
period grey gray gold silver quartz velvet linen tweed satin wool yarn
rice tea bread loaf sourdough focaccia cake cupcakes pie tart sauce pesto butter jelly syrup liqueur cocktail latte
ale lager wine vinegar salad soup muffin muffins scone scones chutney sorbet gelato
candle candles diffuser diffusers soap lotion shampoo perfume fragrance incense potpourri sachet
clasp pendant necklace bracelet earrings locket
bulbs petals seedlings bushes shrub vine
hoodie hoodies sweater cardigan scarf beanie socks leggings wallpaper curtains cushion cushions pillow pillows
blanket duvet towel towels
""".split())
_HEAD_AFTER = regex.compile(r"[ ](\p{Ll}+)(?![\p{L}'’\-])")
# Where a phrase opens: a line, a sentence, a list item, a quote or bracket, a chat speaker's colon, or a determiner or
# preposition that takes a thing (`the`, `my`, `of`, `with`, `and`, `or`, `in`).
_OPENS_BEFORE = regex.compile(
    r"(?:^|[\n.!?:;,(\[\"“'‘>•·|/–—-]|(?<![\p{L}])(?i:the|a|an|my|our|your|their|his|her|its|this|that|these|those"
    r"|some|no|any|of|with|and|or|in))[ \t]*$")


def noun_modifiers(text: str, lone: list[tuple[int, int, float]]) -> set[int]:
    """Starts of the one-word findings in `lone` that modify a compound head after them (the module's doc)."""
    out: set[int] = set()
    lexicon = load_lexicon()
    for start, end, _ in lone:
        word = text[start:end]
        if not word[:1].isupper() or word.isupper() or not word[1:].islower():
            continue
        m = _HEAD_AFTER.match(text, end)
        if m is None or m.group(1) not in COMPOUND_HEADS:
            continue
        entry = lexicon.get(word.lower())
        if entry is None or not entry[0] & WORD:
            continue  # `Priya rice bowl`: a name that is no word stays a person (a dropped possessive)
        if _OPENS_BEFORE.search(text, max(0, start - 12), start):
            out.add(start)
    return out
