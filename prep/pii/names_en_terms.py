"""Words that stand for a relation, a clinical sign or a numbered place, not a person (round 19), for
`names_en_things.drop_things`.

Each reading drops one-word findings only, each mention on its own, and is tried only on findings the rules made
(no scan of a document without one):
- a kin word used as a name: a chat speaker or a vocative that is a family term (`Sis: did you pay`, `22:12 - Bro:`,
  `thanks gran`). Only kin words the lexicon holds as no first name: `Nana`, `Nan` and `Nanna` are given names
  too and stay found; a title before keeps a surname (`Mr. Bro`);
- a possessive eponym before `sign` in a clinical frame: a finding before or after it (`positive Murphy's sign`,
  `Murphy's sign negative`, `no Kernig's sign`); `Anna's sign at the rally`, `Murphy's sign-off` stay;
- a surname that is no first name before a statistical or surgical procedure's noun, in a method's slot (`controlled
  via Hochberg procedure`, `underwent Nuss procedure`); a first name keeps its person (`using Grace procedure
  notes`), and so does any other slot (`Bed 4: Okafor procedure tomorrow`, `Dr. Whipple procedure notes`);
- a numbered place of a building, a port or a bank that is a name too, before its number: `Berth 4`, `Stall 12`,
  and `Branch 0412` with three digits or more (`Branch 12` is a player's line in a box score).
"""

from __future__ import annotations

import regex

from prep.pii.names_en_words import FIRST, load_lexicon, titled

# Family terms of address (a closed class, any writer's): those the lexicon holds as no first name are dropped.
KIN_WORDS = frozenset("""
sis sissy bro bruv gran granny grandma grandpa gramps grammy nonna mom mommy mum mummy dad daddy papa mama pops
auntie aunty hubby wifey bestie cuz
""".split())
_CLINICAL_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:positive|negative|equivocal|no|absent|present|elicited|\+ve|-ve|\(\+\)|\(-\))[ ]$")
_SIGN_AFTER = regex.compile(r"[ ]signs?(?![\p{L}\-])")
_CLINICAL_AFTER = regex.compile(
    r"(?i)[ ]?(?::[ ]?)?(?:(?:was|is|were)[ ])?(?:positive|negative|equivocal|absent|present|elicited|\+ve|-ve"
    r"|\(\+\)|\(-\)|\+(?![\p{L}\p{N}]))")
_PROCEDURE_AFTER = regex.compile(r"[ ](?:procedure|correction|adjustment)s?(?![\p{L}\-])")
# A method's slot before the surname (`controlled via Hochberg procedure`, `underwent Nuss procedure`): a clinical
# handover's `Bed 4: Okafor procedure tomorrow` is a patient's.
_METHOD_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:via|using|underwent|undergoing|undergoes|(?:adjusted|corrected|controlled|correcting"
    r"|adjusting|controlling)[ ](?:by|with|for|using))[ ]$")
_UNIT_ANY_NUMBER = frozenset("berth stall".split())
_NUMBER_AFTER = regex.compile(r"[ ]#?\d{1,4}[A-Za-z]?(?![\p{L}\p{N}])")
_LONG_NUMBER_AFTER = regex.compile(r"[ ]#?(?:0\d{1,5}|\d{3,6})(?![\p{L}\p{N}])")


def term_mentions(text: str, lone: list[tuple[int, int, float]]) -> set[int]:
    """The starts of the one-word findings that are a kin word, an eponym's sign or procedure, or a numbered place."""
    out = set()
    lexicon = None
    for start, end, _ in lone:
        word = text[start:end]
        key = word.lower()
        if key in KIN_WORDS:
            lexicon = lexicon or load_lexicon()
            entry = lexicon.get(key)
            if (entry is None or not entry[0] & FIRST) and not titled(text, start):
                out.add(start)  # `Sis: did you pay`, `thanks gran`; not `Nana` (a given name too)
        elif word.endswith(("'s", "’s")):
            if _SIGN_AFTER.match(text, end) and not titled(text, start) and (
                    _CLINICAL_BEFORE.search(text, max(0, start - 12), start)
                    or _CLINICAL_AFTER.match(text, _SIGN_AFTER.match(text, end).end())):
                out.add(start)  # `positive Murphy's sign`, `Murphy's sign negative`
        elif _PROCEDURE_AFTER.match(text, end):
            lexicon = lexicon or load_lexicon()
            entry = lexicon.get(key)
            if entry is not None and not entry[0] & FIRST and _METHOD_BEFORE.search(text, max(0, start - 24), start):
                out.add(start)  # `via Hochberg procedure`; not `Ask Grace procedure questions`
        elif key in _UNIT_ANY_NUMBER and _NUMBER_AFTER.match(text, end) or key == "branch" and _LONG_NUMBER_AFTER.match(
                text, end):
            out.add(start)  # `Berth 4`, `Branch 0412`
    return out
