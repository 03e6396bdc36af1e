"""A word glued from common words with a capital inside (round 20): a brand or a product, not a person.

Brands, apps and products are written as one word of two capitalized parts: `GlobalProtect`, `DoorDash`, `SharePoint`,
`BlueCross`, `PepsiCo`. After a label or a word of contact (`Client: GlobalProtect 6.2`, `someone tell PepsiCo`) the
name readers read a person, as the word is in no list. What tells the brand is the lexicon: every part is a word
English writes in lower case (`door`, `dash`, `share`, `point`), at least three letters long and written as a word
clearly more often than as a name; or a proper noun that is no name before a company's `Co` (`PepsiCo`). A person's
name written the same way has a part that is no such word: a name's particle (`VanDyke`, `MacKenzie`, `DeShawn`,
`McAllister`, `LeBron`), two first names (`MaryBeth`, `JoAnn`), a romanized Korean syllable (`SeoYeon`, `MinJun`,
`SunHee`), a part written as a name about as often as a word (`StoneRidge`: `Stone` is a surname too) or one the
lexicon does not know. Chat handles glued from a name (`ToledoTim`) keep the name's part and stay.

The same test reads a Discord speaker written in lower case (round 21): a handle glued or hyphenated from words
(`scrapbasket`, `titanmain`, `quilting-circle`) is no one's name (handles are not labelled); `sarahm`, `jaybird`, a
rare name (`tsering`), a double first name (`lily-may`) and a surname glued from words (`stonebridge`) stay.
"""

from __future__ import annotations

import regex

from prep.pii.names_en_slots import contacted, person_slot
from prep.pii.names_en_words import FIRST, KOREAN, LAST, WORD, load_lexicon

_PARTS = regex.compile(r"\p{Lu}\p{Ll}+")
_CAMEL = regex.compile(r"\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+")
# The particles of surnames and given names written with a capital inside (`VanDyke`, `MacArthur`, `DiCaprio`).
_PARTICLES = frozenset(
    "mc mac van von der de di da du la le del della dos st fitz ben bin abu al el ka ja ke ta".split())
# A group named after the brand (`SharePoint admins`, `SalesForce team`): the brand is its modifier, not someone
_GROUP_AFTER = regex.compile(r"[ ](?:team|admins?|support|staff|folks|people|crew|reps?|app|account)\b")
COMMON_WORD = 3.0  # a part's word frequency (zipf) at least
WORDNESS = 1.0  # a part that is a name too is written as a word at least this much more often (zipf)
HANDLE_WORD = 2.5  # the same for a lower-case handle's parts (`glued_handle`), which are never first names
# The words English surnames end in (`Stonebridge`, `Brightwater`, `Lovegood`, `Rainbird`, `Oakwood`, `Fairfield`)
_SURNAME_ENDS = frozenset(
    "bridge water good bird wood field ford ton ham well worth brook stone hill land man son by ley low smith wright "
    "more moor wick dale berg burg stein ridge way gate house hall ward mond win love fellow lake".split())


def camel_brand(text: str, start: int, end: int) -> bool:
    """`text[start:end]` is a brand glued from common words (`camel_compound`) in no person's slot: not a chat speaker
    (`[7:45] SweetPea:`), not after a title, a greeting or a word of contact (`Coach BlackWell`, `Hey TrueBlue`,
    `Tell MommaBear`), not before an age or a role (`names_en_slots`). A company's `Co` (`PepsiCo`) is no one's name,
    and a group named after the word is in the slot instead of it (`Ask SharePoint admins`)."""
    word = text[start:end]
    if not camel_compound(word):
        return False
    if word.endswith("Co") or _GROUP_AFTER.match(text, end):
        return True  # `tell PepsiCo`; `Ask SharePoint admins`, `Thanks, SalesForce team`: the slot is the group's
    return not (person_slot(text, start, end, bare_speaker=True) or contacted(text, start))


def camel_compound(word: str) -> bool:
    """`word` is glued from common words with a capital inside (the module's doc)."""
    if not _CAMEL.fullmatch(word):
        return False
    parts = [p.lower() for p in _PARTS.findall(word)]
    if parts[0] in _PARTICLES:
        return False
    lexicon = load_lexicon()
    whole = lexicon.get(word.lower())
    if whole is not None and whole[0] & (FIRST | LAST):
        return False  # `GoodMan`, `ArmStrong`, `HighTower`: a surname written with a capital inside
    if len(parts) == 2 and parts[1] == "co":  # `PepsiCo`: a proper noun that is no name, and the company's `Co`
        entry = lexicon.get(parts[0])
        return entry is not None and not entry[0] & (FIRST | LAST | KOREAN) and entry[2] >= COMMON_WORD
    return all(_common_part(lexicon.get(p), p) for p in parts)


def glued_handle(word: str) -> bool:
    """`word` is a lower-case handle glued or hyphenated from two or three words (`scrapbasket`, `quilting-circle`) and
    no name itself; a handle's parts may be rarer words than a brand's (`quilting`, `titan`) and are never first
    names."""
    if not regex.fullmatch(r"\p{Ll}+(?:[-_]\p{Ll}+){0,2}", word):
        return False
    lexicon = load_lexicon()
    pieces = regex.split(r"[-_]", word)
    if len(pieces) == 1:
        return not _named(lexicon.get(word)) and _two_words(lexicon, word)
    return all(_handle_part(lexicon.get(p), p) or _two_words(lexicon, p) for p in pieces)


def _named(entry) -> bool:
    return entry is not None and bool(entry[0] & (FIRST | LAST | KOREAN))


def _two_words(lexicon, word: str) -> bool:
    """`word` is two words glued (`scrap|basket`), each of three letters or more, and no name: not a surname glued from
    words either (`stone|bridge`, `bright|water`, `love|good`, `rain|bird`; round 21's review)."""
    return not _named(lexicon.get(word)) and any(
        _handle_part(lexicon.get(word[:k]), word[:k]) and _handle_part(lexicon.get(word[k:]), word[k:])
        and word[k:] not in _SURNAME_ENDS for k in range(3, len(word) - 2))


def _handle_part(entry, part: str) -> bool:
    """A word of a handle: a word written as such, never a first name (`lily` in `lily-may`: double first names stay
    people; round 21's review)."""
    return entry is not None and len(part) >= 3 and bool(entry[0] & WORD) and not entry[0] & (
        KOREAN | FIRST) and entry[2] >= HANDLE_WORD


def _common_part(entry, part: str) -> bool:
    if entry is None or len(part) < 3 or not entry[0] & WORD or entry[0] & KOREAN or entry[2] < COMMON_WORD:
        return False
    return not entry[0] & (FIRST | LAST) or entry[2] - entry[1] >= WORDNESS
