"""The rest of a person found once: other mentions and the missing half of a name, whoever found the first.

Why a reading of its own: each name reader completes only its own finds (the Korean rules carry a full name's
given name through the document, the English rules read first + last name together). A name found by another
reader (the tagger, the addressee, a user's model) or found in part (the tagger flags `Marcus` in `Marcus Towns`,
`Nguyen` in `April Nguyen`) left its other mentions and its other half in the text. This runs last, as a
`ModelRecognizer` that reads every PERSON found before it in the document:

- Korean: a name of three or four syllables is a name wherever else it stands, syllable-spaced too (`구 경 모요`
  after `구경모`), and so is its given name alone (`나래가` after `구나래`, `웨이가` after `왕웨이`); each part of a
  name of several words (`유키` after `다나카 유키`). A mention must stand as a word (no Hangul before it) with at most
  a particle after it (`is_name_tail`); a name that is a word too (`하늘`, `회원` of a false `정회원`) only before a
  particle or a title (`하늘이가`, `하늘아`, `하늘 씨`; not `하늘 색`, `회원 여러분`).
- Latin script: a name of one title-case word takes the title-case word right after it as its surname (`Marcus
  Towns`, `Olamide Adeyemi-Cross`) where it is a first name or a word the lexicon does not know, and a first name
  right before it (`April Nguyen`) where it is a surname; a capitals surname takes the initial after its comma
  (`PATEL, N`). Calendar, function and heading words are never a half (`Jenna Monday`, `Kim And`).

Recall first: a name's other mention that is also a word (`하늘`) goes too; the cost is context in a document that
already names that person, never a clean row.
"""

from __future__ import annotations

import regex
from presidio_analyzer import RecognizerResult

from prep.pii.names_en_words import FIRST, LAST, WORD, load_lexicon
from prep.pii.names_ko import is_name_tail, load_model
from prep.pii.patterns import KO_NOT_NAMES
from prep.pii.user_models import FoundReader

_HANGUL_NAME = regex.compile(r"[가-힣]+(?:[ ][가-힣]+){0,3}")
_LATIN_WORD = regex.compile(r"\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?")
_AFTER = regex.compile(r"[ ](?P<w>\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\d])")
_BEFORE = regex.compile(r"(?<![\p{L}\d.])(?P<w>\p{Lu}\p{Ll}+)[ ]$")
# What follows a name that is also a word where it names a person: a particle (`하늘이가`, `나래가`, `보람아`); not
# nothing (`하늘 색`, `회원 여러분`). Recall first: `하늘이 맑다` goes too, in a document that names 김하늘.
_PERSON_TAILS = frozenset(
    "이가 가 이는 는 은 이 이도 도 이를 이랑 랑 아 야 한테 한테는 이한테 에게 이에게 씨 님 이네 네".split())
_CAPS_INITIAL = regex.compile(r", \p{Lu}\.?(?![\p{L}\d])")
# Never the other half of a name: calendar words, function words, titles and the words of headings and companies.
_NOT_HALF = frozenset("""
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march july september october november december jan feb mar apr jun jul aug sep sept oct nov dec
the a an and or but nor if then so for at in on to from with by of as is are was were be been has have had do does
did will would can could shall should may might must not no yes this that these those here there it its i me my we
our you your he him his she her they them their who whom what when where why how all any each every some
please thanks thank hi hello hey dear re fwd cc bcc ok okay sir madam team staff inc llc ltd co corp company group
street st avenue ave road rd lane ln drive dr boulevard blvd court ct place pl way suite apt unit floor
mr mrs ms mx miss dr prof rev sgt lt capt jr sr ii iii iv md phd rn esq
""".split())


class MentionsRecognizer(FoundReader):
    """PERSON: other mentions and missing halves of the persons that `found` holds (module doc)."""

    def read(self, text: str, found: list[RecognizerResult]) -> list[tuple[int, int]]:
        persons = sorted({(r.start, r.end) for r in found if r.entity_type == "PERSON"})
        return sorted(set(korean_mentions(text, persons) + latin_halves(text, persons))) if persons else []


def korean_mentions(text: str, persons: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The other mentions of the Korean names in `persons`: whole, syllable-spaced, given name alone, each part."""
    model = load_model()
    names: set[str] = set()
    for start, end in persons:
        value = text[start:end]
        if not _HANGUL_NAME.fullmatch(value):
            continue
        words = value.split(" ")
        joined = "".join(words)
        if len(words) == 1 or all(len(w) == 1 for w in words):  # `구경모`, `구 경 모`
            if 3 <= len(joined) <= 4 and joined[:-2] in model.surnames:
                names.update((joined, joined[-2:]))
            elif len(joined) >= 2:
                names.add(joined)
        else:  # `다나카 유키`, `응우옌 반 안`: the parts of two syllables or more that are no word (`주임`, `구현`)
            names.update(w for w in words if len(w) >= 2 and w not in model.words and w not in KO_NOT_NAMES)
    covered = _covered(persons)
    spans: list[tuple[int, int]] = []
    for name in names:
        if name in KO_NOT_NAMES:
            continue  # a rank or a role the tagger took for a name (`주임`)
        word = name in model.words
        for at, end in _occurrences(text, name):
            if at > 0 and "가" <= text[at - 1] <= "힣":
                continue
            run_end = end
            while run_end < len(text) and "가" <= text[run_end] <= "힣":
                run_end += 1
            tail = text[end:run_end]
            if word and tail not in _PERSON_TAILS and not text.startswith((" 씨", " 님", " 선생님"), run_end):
                continue  # a name that is a word (`하늘`, `회원` of a false `정회원`) only as a person is called
            if (is_name_tail(tail) or tail == "요") and not covered(at, end):  # `구 경 모요`: an answer's `요`
                spans.append((at, end))
    return spans


def _occurrences(text: str, name: str):
    """(start, end) of each occurrence of `name` in `text`, and of it syllable-spaced (`구 경 모`) if it has three or
    more syllables; plain string searches first (a regex is compiled only where a spaced form may be)."""
    at = text.find(name)
    while at >= 0:
        yield at, at + len(name)
        at = text.find(name, at + 1)
    if len(name) >= 3 and (f"{name[0]} {name[1]}" in text or f"{name[-2]} {name[-1]}" in text):
        for match in regex.finditer(" ?".join(name), text):
            if " " in match.group():
                yield match.span()
    elif len(name) == 2 and f"{name[0]} {name[1]}" in text:  # a given name spaced before a title (`민 수 씨`)
        for match in regex.finditer(f"{name[0]} {name[1]}(?=[ ]?(?:씨|님))", text):
            yield match.span()


def latin_halves(text: str, persons: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The surname after a found first name, the first name before a found surname, the initial after `PATEL,`."""
    lexicon = load_lexicon()
    covered = _covered(persons)
    spans: list[tuple[int, int]] = []
    for start, end in persons:
        value = text[start:end]
        if value.isupper() and value.isalpha() and len(value) >= 2:
            if initial := _CAPS_INITIAL.match(text, end):
                spans.append((start, initial.end()))
            continue
        if not _LATIN_WORD.fullmatch(value):
            continue
        flags, name_zipf, word_zipf = lexicon.get(value.lower(), (0, 0.0, 0.0))
        first = not flags or flags & FIRST and not (flags & WORD and word_zipf > name_zipf)  # not `Hall`, `Summer`
        after = _AFTER.match(text, end)
        if after and first and not covered(*after.span("w")) and _half(after["w"]) and _surname_like(
                after["w"], lexicon):
            spans.append((start, after.end("w")))
        before = _BEFORE.search(text, max(0, start - 30), start)
        if before and not covered(*before.span("w")) and _half(before["w"]) and flags & LAST and \
                lexicon.get(before["w"].lower(), (0,))[0] & FIRST:
            spans.append((before.start("w"), end))
    return spans


def _surname_like(word: str, lexicon) -> bool:
    """A surname of the lexicon (a word too: `Towns`, `Fields`) or a word it does not know (`Adeyemi-Cross`); not a
    plain word, a place or a brand (`Python`, `Chicago`, `Barbados`, `Google`)."""
    entry = lexicon.get(word.lower()) or lexicon.get(word.split("-")[0].lower())
    return entry is None or bool(entry[0] & LAST)


def _half(word: str) -> bool:
    return word.lower() not in _NOT_HALF and word.split("-")[0].lower() not in _NOT_HALF


def _covered(persons: list[tuple[int, int]]):
    """Is `[start, end)` inside one of the found spans?"""
    def covered(start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in persons)
    return covered
