"""Places named like people, in a place's slot (round 17), for `names_en_things.drop_things`.

Towns, counties and regions carry people's surnames by the thousand (`Galway`, `Cardiff`, `Salinas`), and a
capitalised word after `in` or before `, N.Y.` reads to the detector like a lone surname. A found span goes when a
gazetteer says it is a place (`data/places_en.txt.gz`, built from GeoNames by `names_en_places_build`: countries,
US states and counties, cities of 15,000 people or more) and it stands where places stand:
- after a preposition that takes places more than people (`in`, `near`, `off`, `outside`, `across`, `throughout`,
  `inside`, `via`), when it is no name in any of the lexicon's lists or one used as a word far more than a rare
  surname is (`in Cardiff`, `in Tijuana`; `near Ueda`, `in Ota` stay: surnames that are towns too);
- after `at`, `from`, `to`, `for` (people's slots as often: `Note from Braga`, `Ask for Ueda`), only when it is no
  name in any list (`at Asheville`);
- never a census name, whatever the slot (`in Madison`, `confided in Salinas`, `believe in Jordan`);
- as the first of a list of places after any of these (`in Cornwall, Devon and`); the list's later members with
  it when they are places or well-known words and no census name (`Dorset`, `Essex`; `in Cornwall, Devon` keeps
  `Devon`, a first name as often);
- a town the gazetteer holds closed by a country, a US state or a UK nation (`Registered office: Cardiff, Wales`,
  `Lodi, California`), unless either is a census first name (`WHITFIELD, Jordan` on a roster is Last, First);
- one side of a score line whose other side is a place and no census name (`Duke 78, North Carolina 74`; `Okafor
  12, Toledo 9` on a spelling bee's board keeps both), or a fixture's side named for its town after a word that is
  no first name (`Bayer Leverkusen vs Bayern`; `Sanchez vs. Cardiff` keeps the player);
- or a town of any size closed by its state in the news agencies' form (`Hornell, N.Y.`, `Lodi, Calif.`), the
  form itself being the evidence, when the town is no census name or rare surname (`Sanchez, Calif.` on a list of
  winners is a person); not a two-letter code (`Maria Lopez, TX` on a list of winners is a person).
A person's mark keeps the span whatever the slot: a possessive, a title before it, a person's slot (`told`, `with`,
`Emma and`) or a person's verb after it (`in Madison said`: the sentence goes on with a person).
Names and shapes are read only when a candidate stands after one of these prepositions or before a comma: the
gazetteer is loaded the first time one does.
"""

from __future__ import annotations

import functools
import gzip

import regex

from prep.pii.names_en_compounds import person_slot
from prep.pii.names_en_places_build import PLACES_PATH
from prep.pii.names_en_words import FIRST, LAST, load_lexicon, titled

_STRONG = r"in|near|off|outside|across|throughout|inside|via"
_FAMOUS_ZIPF = 3.0
_WEAK = r"at|from|to|for"
_PREP_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?i:({_STRONG})|({_WEAK}))[ ]$")
# The news agencies' state abbreviations and the states written out (AP style).
_AP_STATES = (r"Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev"
              r"|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo|D\.C")
_STATE_CLOSE = regex.compile(rf"^(\p{{Lu}}\p{{L}}+(?:[ ]\p{{Lu}}\p{{L}}+)?),[ ](?:{_AP_STATES})\.$")
_STATE_AFTER = regex.compile(rf",[ ](?:{_AP_STATES})\.(?![\p{{L}}])")
_JOIN = regex.compile(r",?[ ](?:and|&)[ ]|,[ ]")
_LIST_AFTER = regex.compile(r",[ ](\p{Lu}[\p{L}\-]+(?:[ ]\p{Lu}[\p{L}\-]+)?)")
# A fixture or a score line between two sides (`Duke 78, North Carolina 74`, `Bayer Leverkusen vs Bayern`).
_SIDE = r"\p{Lu}[\p{L}.'\-]+(?:[ ]\p{Lu}[\p{L}.'\-]+){0,2}"
_SCORE_AFTER = regex.compile(rf"[ ]\d{{1,3}},[ ]({_SIDE})[ ]\d{{1,3}}(?![\p{{N}}\-:.,]\d)")
_SCORE_BEFORE = regex.compile(rf"(?<![\p{{L}}])({_SIDE})[ ]\d{{1,3}},[ ]$")
_SCORE_OWN = regex.compile(r"[ ]\d{1,3}(?![\p{N}\-:]|[.,]\d)")
_MORE_SIDES_AFTER = regex.compile(r",[ ]\p{Lu}\p{L}+(?:[ ]\p{Lu}\p{L}+)?[ ]\d")
_MORE_SIDES_BEFORE = regex.compile(r"\d,[ ]$")
_VS_AFTER = regex.compile(rf"[ ]vs?\.?[ ]({_SIDE})")
_VS_BEFORE = regex.compile(rf"(?<![\p{{L}}])({_SIDE})[ ]vs?\.?[ ]$")
_PERSON_VERB_AFTER = regex.compile(
    r"[ ](?:said|says|told|asked|wrote|thinks|thought|wants|wanted|replied|added|called|texted|emailed|who|and[ ]I"
    r"|is[ ](?:a|an|my|our|the)[ ])(?![\p{L}])")


@functools.cache
def _gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    """(every place name, the regions a town is closed by: countries, US states, the UK's nations)."""
    with gzip.open(PLACES_PATH, "rt", encoding="utf-8") as f:
        lines = f.read().split("\n")
    return frozenset(n.partition("\t")[0] for n in lines), frozenset(n[:-2] for n in lines if n.endswith("\tR"))


def _places() -> frozenset[str]:
    return _gazetteer()[0]


def _census(word: str, first_only: bool) -> bool:
    """A name the census lists (its name zipf above the default of a name outside it)."""
    flags, name_zipf, _ = load_lexicon().get(word.lower(), (0, 0.0, 0.0))
    return name_zipf > 2.5 and (flags & FIRST or not first_only)


def place_mentions(text: str, found: list[tuple[int, int, float]]) -> set[int]:
    """The starts of the spans of `found` that are places in a place's slot here (the module's doc)."""
    out = set()
    surnames = {text[a:b].rpartition(" ")[2] for a, b, _ in found if " " in text[a:b]}
    for start, end, _ in found:
        span = text[start:end]
        if span.endswith(("'s", "’s")) or text.startswith(("'s", "’s"), end):
            continue
        if (town := _STATE_CLOSE.match(span)) or _STATE_AFTER.match(text, end) and " " not in span:
            name = (town.group(1) if town else span).split()[-1]
            if not _person_marked(text, start, end) and _famous(name) and not _census(name, False):
                out.add(start)  # `built in Hornell, N.Y.`
            continue
        if "," in span or text.startswith(", ", end):
            if _closed_by_region(text, start, end):
                out.add(start)  # `Registered office: Cardiff, Wales`
                continue
        if (_SCORE_OWN.match(text, end) or " v" in text[max(0, start - 40):end + 5]) and span not in surnames and (
                _fixture_side(text, start, end)):
            out.add(start)  # `Duke 78, North Carolina 74`, `Bayer Leverkusen vs Bayern`
            continue
        prep = _PREP_BEFORE.search(text, max(0, start - 12), start)
        if not prep:
            continue
        parts = [p.strip() for p in regex.split(r",[ ]|[ ](?:and|&)[ ]", span)]
        places = _places()
        if not all(p.lower() in places for p in parts[:1]) or _person_marked(text, start, end):
            continue
        listed = len(parts) > 1 and any(p.lower() in places for p in parts[1:]) or (
            (n := _LIST_AFTER.match(text, end)) and n.group(1).lower() in places)
        head = parts[0]
        if _census(head, False):
            continue  # `in Madison`, `in Jackson`, `confided in Salinas`: a census name is a person as often
        if listed or (prep.group(1) and _famous(head)) or (prep.group(2) and not _name_anywhere(head)):
            out.add(start)
            out |= _list_members(text, end, found)
    return out


def _list_members(text: str, end: int, found: list[tuple[int, int, float]]) -> set[int]:
    """The places listed right after a place (`in Cornwall, Dorset and Essex`): a member that is a gazetteer place
    or no census name at all, with no person's mark (`in Cardiff, Devon and I` keeps `Devon`)."""
    out: set[int] = set()
    starts = {a: (a, b) for a, b, _ in found}
    while (m := _JOIN.match(text, end)) and m.end() in starts:
        a, b = starts[m.end()]
        word = text[a:b]
        if word.endswith(("'s", "’s")) or _census(word, False) or not (word.lower() in _places() or _famous(word)) or (
                _PERSON_VERB_AFTER.match(text, b) or text.startswith((" and I", " and me"), b)):
            break
        out.add(a)
        end = b
    return out


def _fixture_side(text: str, start: int, end: int) -> bool:
    """One side of a score line whose other side is a place and no census name (`Duke 78, North Carolina 74`), or
    a fixture's side named for its town (`Bayer Leverkusen vs Bayern`: a place, no census name, after a word that
    is no first name). A side that is a player's surname found in the document (`England 2, Wales 0 (Amy England
    beat ...)`) is the player's.
    A box score of players (`Jordan 31, Houston 20`) has census names on both sides and keeps them, and so does a
    line of three sides or more (`Vidal 8, Osei 7, Brenner 6`), an other side that is a surname in any of the
    lexicon's lists and no country or state (`Osei`), and a first name and a surname (`Paul Boston 12, Seattle 10`)."""
    span = text[start:end]
    places = _gazetteer()[0]
    other = None
    if _SCORE_OWN.match(text, end) and (" " not in span or not _first_name(span.split()[0])):
        m = _SCORE_AFTER.match(text, end)
        b = None if m else _SCORE_BEFORE.search(text, max(0, start - 40), start)
        line_from, line_to = (start, m.end()) if m else (b.start(), _SCORE_OWN.match(text, end).end()) if b else (0, 0)
        if _MORE_SIDES_AFTER.match(text, line_to) or _MORE_SIDES_BEFORE.search(text, max(0, line_from - 8), line_from):
            return False  # `Vidal 8, Osei 7, Brenner 6`: ratings or a box score, players
        other = m.group(1) if m else b.group(1) if b else None
        if other and " " not in other and other.lower() not in _gazetteer()[1] and _name_anywhere(other):
            return False  # the other side a surname somewhere in the world (`Osei`): players
    elif _VS_AFTER.match(text, end) or _VS_BEFORE.search(text, max(0, start - 40), start):
        first, _, last = span.rpartition(" ")  # a side named for its town; a lone side stays (`Sanchez vs. Cardiff`)
        return bool(first) and last.lower() in places and not _census(last, False) and not _first_name(
            first.split()[0]) and not _person_marked(text, start, end)
    if other is None or other.lower() not in places or (
            _census(other, False) if " " not in other else _first_name(other.split()[0])):
        return False
    return not _person_marked(text, start, end)


def _famous(word: str) -> bool:
    """No name in any list, or one used as a word far more than a surname is (zipf 3 or more: `Galway` 3.2,
    `Cardiff` 3.9, `Tijuana` 3.0; the surnames `Ueda` 2.3, `Braga` 2.6, `Ota` 2.97 are not)."""
    flags, _, word_zipf = load_lexicon().get(word.lower(), (0, 0.0, 0.0))
    return not flags & (FIRST | LAST) or word_zipf >= _FAMOUS_ZIPF


def _name_anywhere(word: str) -> bool:
    """A first name or surname in any list the lexicon holds (census or Faker's locales)."""
    return bool(load_lexicon().get(word.lower(), (0, 0.0, 0.0))[0] & (FIRST | LAST))


def _first_name(word: str) -> bool:
    return bool(load_lexicon().get(word.lower(), (0, 0.0, 0.0))[0] & FIRST)


def _closed_by_region(text: str, start: int, end: int) -> bool:
    """A town the gazetteer holds and no rare surname (`_famous`: `Braga, Portugal` on a results list is a player),
    then a comma and a country, a US state, a province or a UK nation, neither a census first name (a roster's
    `WHITFIELD, Jordan` is Last, First), inside the span (`Cardiff, Wales` found whole) or right after it; no
    person's mark."""
    head, _, region = text[start:end].partition(", ")
    if not region and (m := _LIST_AFTER.match(text, end)):
        region = m.group(1)
    places, regions = _gazetteer()
    return head.lower() in places and _famous(head) and region.lower() in regions and not _census(
        head, True) and not _census(region, True) and not _person_marked(text, start, end)


def _person_marked(text: str, start: int, end: int) -> bool:
    return titled(text, start) or person_slot(text, start) or bool(_PERSON_VERB_AFTER.match(text, end))
