"""A first name that opens a quoted title of a work, an event or a talk (round 20), for `names_en_things.drop_things`.

Posts, parish bulletins, book chats and event listings quote titles written in title case: `"Joy to the World"`, `'Klara
and the Sun'`, `"Patience and Prudence: Building Wealth Slowly"`, `"Belle of the Bayou"`. The name reader sees a first
name alone and reads a person. What makes the quote a title and not a person's words is its shape: three to twelve
words, every word that is not a short function word capitalized, and a capitalized word the lexicon knows as a common
word and not as a first name (`World`, `Bayou`, `Wealth`) or any capitalized word after `the` (`the Sun`). The one-word
finding goes only where it opens the title, or follows `and`, `&`, `or` or a comma in a title that a finding opens
(`"Patience and Prudence: ..."`; not `"Bread and Rose Jam"`, left to the other readings): a title that names someone
after a preposition, a greeting or another word (`"A Letter to Maria"`, `"Happy Birthday Grace"`, `"Coffee with Grace"`)
keeps its person (and a name joined to it: `"Tea with Bill and Grace"`), and so does a quote with a kin word, a role or
a title word in it or before it on its line (`"Grace and Dad's Big Day"`, `"Coach Hope Returns"`, `| Host | "Rose and
the Night Shift" |`), a possessive (`"Grace's Big Day"`), a verb of speech or an auxiliary in the quote (`"Hope Is At
The Station Now"`, `"Ruby And The Dog Are Asleep"`: a text typed in title case), a quote with two findings that the
census lists as names (`"Grace and Tom Forever"`, not `"Grace and Grit: ..."`), a title before its author's name
(`'Klara and the Sun' by Ishiguro`: the tagger reads a document only where the rules found a person), and a name the
document also has outside the quote (`the workshop "Patience and Prudence: ..." led by Patience Mbeki`). Titles of two
words (`"Grace Period"`) are left to the other readings. Only that mention goes.
"""

from __future__ import annotations

import regex

from prep.pii.names_en_terms import KIN_WORDS
from prep.pii.names_en_words import _SPEECH, DEFAULT_NAME_ZIPF, FIRST, LAST, ROLES, WORD, load_lexicon

# A quote on one line: straight or curly, double or single (a single one opens after a space, a line's start or a
# colon and closes before no letter, so `Domino's or Papa John's` holds no quote).
_QUOTED = regex.compile(
    r"(?:(?<![\p{L}\p{N}])\"([^\"\n]{5,120})\"|“([^“”\n]{5,120})”|‘([^‘’\n]{5,120})’"
    r"|(?<![\p{L}\p{N}'])'(\p{Lu}[^'\n]{4,120})'(?![\p{L}]))")
_BY_AFTER = regex.compile(r"[,.]?[ ](?:by|from|with)[ ]\p{Lu}")
# A verb of speech or an auxiliary anywhere in the quote makes it a sentence typed in title case (`"Hope Is At The
# Station Now"`, `"Ruby And The Dog Are Asleep"`).
_VERB = regex.compile(
    rf"[ ](?i:{_SPEECH}|are|were|am|be|been|can|could|should|did|does|got|gets|just|still)(?![\p{{L}}])")
_WORD = regex.compile(r"[\p{L}][\p{L}'’\-]*")
_OPENING = frozenset("\"“‘'")
# Words a title writes in lower case.
_SMALL = frozenset("""
a an the and or nor but of to in on at for with by from as vs via de du la le da del von van""".split())
_JOINERS = frozenset("and or &".split())
_PERSON_WORDS = (ROLES | KIN_WORDS) - _SMALL - frozenset("big little young old night morning evening day".split())


def quoted_titles(text: str, lone: list[tuple[int, int, float]], found: list[tuple[int, int, float]]) -> set[int]:
    """The starts of the one-word spans of `lone` that open or are joined into a quoted title (the module's doc)."""
    if not any(a > 0 and text[a - 1] in _OPENING for a, _, _ in lone):
        return set()  # (cheap: a title's reading needs a finding right after an opening quote)
    out: set[int] = set()
    for m in _QUOTED.finditer(text):
        group = next(g for g in range(1, 5) if m.group(g) is not None)
        a, b = m.span(group)
        inside = sorted(f for f in found if a <= f[0] and f[1] <= b)
        if not inside or inside[0][0] != a or any(" " in text[f[0]:f[1]] for f in inside) or not _title(text, a, b):
            continue
        keys = {text[f[0]:f[1]].lower() for f in inside}
        line = text[max(text.rfind("\n", 0, m.start()) + 1, m.start() - 30):m.start()]
        if any(w.lower() in _PERSON_WORDS for w in _WORD.findall(line)):
            continue  # `| Host | "Rose and the Night Shift" |`, `Mom: "Hope and the Kids Say Hi"`: a person's label
        if _BY_AFTER.match(text, m.end()):
            continue  # `'Klara and the Sun' by Ishiguro`: the author is a person, whom the tagger reads only in a
            # document with one
        if sum(_census_name(k) for k in keys) >= 2:
            continue  # `"Grace and Tom Forever"`: two people carved in a title's words
        outside = {w.lower() for f in found if f[1] <= a or f[0] >= b for w in _WORD.findall(text, f[0], f[1])}
        if all(text[end:end + 1] not in ("'", "’") and text[start:end].lower() not in outside
               and _opens_or_joined(text, a, start) for start, end, _ in inside) and not _VERB.search(text, a, b):
            out |= {f[0] for f in inside}  # not `"Grace's Big Day"`, `... led by Patience Mbeki`, `"Tea with Bill and
            # Grace"` (one of them after a preposition: both stay)
    return out


def _title(text: str, a: int, b: int) -> bool:
    """The quote `text[a:b]` is a title: 3-12 words, title case, no person's word, a common word's anchor."""
    words = _WORD.findall(text, a, b)
    if not 3 <= len(words) <= 12 or not words[0][0].isupper():
        return False
    lexicon = load_lexicon()
    anchor = False
    for i, word in enumerate(words):
        low = word.lower().removesuffix("'s").removesuffix("’s")
        if low in _SMALL:
            continue
        if not word[0].isupper() or low in _PERSON_WORDS:
            return False  # a sentence (`"Grace said we should go"`), or kin or a role (`"Grace and Dad's Big Day"`)
        entry = lexicon.get(low)
        if i > 0 and words[i - 1].lower() == "the" or entry is not None and entry[0] & WORD and not entry[0] & FIRST \
                and entry[2] >= 3.0 and entry[2] > entry[1]:
            anchor = True  # `the Sun`, `World`, `Wealth`
    return anchor


def _census_name(word: str) -> bool:
    """A name the census lists (`Tom`, `Grace`; not `Grit`, `Prudence`), or a word the lexicon does not know
    (`Tsering`)."""
    entry = load_lexicon().get(word)
    return entry is None or bool(entry[0] & (FIRST | LAST)) and entry[1] > DEFAULT_NAME_ZIPF


def _opens_or_joined(text: str, a: int, start: int) -> bool:
    """The finding at `start` opens the quote at `a` or follows a joiner or a comma in it (`Patience and Prudence`,
    `Grace, Hope and Faith`), not a preposition or a greeting (`A Letter to Maria`, `Happy Birthday Grace`)."""
    before = text[a:start].rstrip()
    if not before:
        return True
    if before.endswith(","):
        return True
    words = _WORD.findall(before) or [before.split()[-1]]
    return before.endswith("&") or words[-1].lower() in _JOINERS
