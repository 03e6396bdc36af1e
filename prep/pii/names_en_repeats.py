"""A found person's first name written again in lower case (round 16), for `ListReader.find`.

Chats and comment threads name a person once with capitals and again without: `think mason carried the squad` then
`Mason Reyes is the real MVP`; `mark from underwriting said` then `tell Mark thanks`. When a first name that is a word
too (`mason`, `mark`, `will`) is already found capitalised as a person in the same document, its lower-case mentions
are the person, unless the words around make it the word: a determiner, a possessive or a verb that takes an object
before it (`the bill`, `my will`, `say grace`, `i'll mark`), or an object after it (`mark it`, `will be`).
"""

from __future__ import annotations

import regex

from prep.pii.names_en_words import FIRST, NOT_NAMES, ROLES

SCORE = 0.6
_CAPITAL_WORD = regex.compile(r"\p{Lu}\p{Ll}+")
_BEFORE_WORD = frozenset("""
the a an my your his her our their its this that these those no any some every each of to will would can could
should must might may shall i we you they he she it please pls gonna wanna lets let's let’s don't dont didn't didnt
won't wont can't cant not never also just say says saying said have has had pay paid give gave lose lost keep kept
with without for in on at by into than more most less much such what which whose
""".split())
_AFTER_WORD = frozenset("""
it its this that these those them me him her us you the a an my your his our their be been being is are was were
have has not up down out off over as of to in on at for with by into onto than
""".split())
_GLUE = "'’@_.-"
_PREV = regex.compile(r"([\p{L}'’]+)[ ]+$")
_NEXT = regex.compile(r"[ ]+([\p{L}'’]+)")


def lower_repeats(text: str, spans: list, lexicon) -> list[tuple[int, int, float]]:
    """The lower-case mentions of the module's doc in `text`, given the spans found so far."""
    names = set()
    for start, end, _ in spans:
        head = _CAPITAL_WORD.match(text, start)
        if head is not None and head.end() <= end:
            low = head.group().lower()
            entry = lexicon.get(low)
            if entry is not None and entry[0] & FIRST and low not in NOT_NAMES and low not in ROLES:
                names.add(low)
    out: list[tuple[int, int, float]] = []
    for low in names:
        if low not in text:
            continue
        at = text.find(low)
        while at >= 0:
            start, end, at = at, at + len(low), text.find(low, at + len(low))
            if start and (text[start - 1].isalnum() or text[start - 1] in _GLUE) or end < len(text) and (
                    text[end].isalnum() or text[end] in "@_-"):
                continue  # inside a word, a handle or an address
            prev = _PREV.search(text, max(0, start - 20), start)
            nxt = _NEXT.match(text, end)
            if prev is not None and prev.group(1).lower() in _BEFORE_WORD:
                continue
            if nxt is not None and nxt.group(1).lower() in _AFTER_WORD:
                continue
            out.append((start, end, SCORE))
    return out
