"""Places named like people, in a place's slot (round 17), for `names_en_things.drop_things`.

Towns, counties and regions carry people's surnames by the thousand (`Swansea`, `Cardiff`, `Hornell`), and a
capitalised word before `, N.Y.` reads to the detector like a lone surname. A found span goes when a gazetteer says
it is a place (`data/places_en.txt.gz`, built from GeoNames by `names_en_places_build`: countries, US states and
counties, cities of 15,000 people or more) and it stands where places stand:
- a town closed by a country, a US state or a UK nation (`Registered office: Swansea, Wales`), only when the town
  is in no name list at all and the region no possessive (`Lyon, Australia's spinner` is a player);
- a town closed by its state in the news agencies' form (`Hornell, N.Y.`), the form itself being the evidence, only
  when the town is in no name list and no person follows the state (`Matsuyama, Calif., with Scheffler`;
  `Kingston, N.Y., writes` and `Sanchez, Calif.` are people); not a two-letter code (`Maria Lopez, TX`);
- one side of a fixture or a score line that is itself a place and no first name or census surname, against
  another place or a club (`Bayer Leverkusen vs Leeds United`); `Kane 2, Italy 1`, `Kazuki Ueda vs Ryo Ota` stay.
A person's mark keeps the span: a possessive, a title before it, a person's slot (`told`, `with`, `Emma and`) or a
person's verb after it. Round 17's review (59 probes that lost a person) took out the preposition's slot and the
lists after it (`off Kingston`, `to Matsuyama`, `in Takasaki, Chiba and Ueda` are people as often) and narrowed the
rest to the above. The gazetteer is loaded the first time a candidate stands before a comma or in a fixture.
"""

from __future__ import annotations

import functools
import gzip

import regex

from prep.pii.names_en_compounds import person_slot
from prep.pii.names_en_places_build import PLACES_PATH
from prep.pii.names_en_words import DEFAULT_NAME_ZIPF, FIRST, LAST, load_lexicon, titled

# The news agencies' state abbreviations and the states written out (AP style).
_AP_STATES = (r"Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev"
              r"|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Vt|Va|Wash|W\.Va|Wis|Wyo|D\.C")
_STATE_CLOSE = regex.compile(rf"^(\p{{Lu}}\p{{L}}+(?:[ ]\p{{Lu}}\p{{L}}+)?),[ ](?:{_AP_STATES})\.$")
_STATE_AFTER = regex.compile(rf",[ ](?:{_AP_STATES})\.(?![\p{{L}}])")
# A person after the town and its state (`Matsuyama, Calif., with Scheffler`, `Windsor, Vt., writes`).
_PERSON_AFTER_STATE = regex.compile(
    r",?[ ](?:with|writes|wrote|asks|asked|says|said|and|vs\.?|who|is|was|won|beat|shot|finished)(?![\p{L}])")
_LIST_AFTER = regex.compile(r",[ ](\p{Lu}[\p{L}\-]+(?:[ ]\p{Lu}[\p{L}\-]+)?)(?![\p{L}'’])")
# A fixture or a score line between two sides (`Duke 78, North Carolina 74`, `Bayer Leverkusen vs Bayern`).
_SIDE = r"\p{Lu}[\p{L}.'\-]+(?:[ ]\p{Lu}[\p{L}.'\-]+){0,2}"
_SCORE_AFTER = regex.compile(rf"[ ]\d{{1,3}},[ ]({_SIDE})[ ]\d{{1,3}}(?![\p{{N}}\-:.,]\d)")
_SCORE_BEFORE = regex.compile(rf"(?<![\p{{L}}])({_SIDE})[ ]\d{{1,3}},[ ]$")
_SCORE_OWN = regex.compile(r"[ ]\d{1,3}(?![\p{N}\-:]|[.,]\d)")
_MORE_SIDES_AFTER = regex.compile(r",[ ]\p{Lu}\p{L}+(?:[ ]\p{Lu}\p{L}+)?[ ]\d")
_MORE_SIDES_BEFORE = regex.compile(r"\d,[ ]$")
_VS_AFTER = regex.compile(rf"[ ]vs?\.?[ ]({_SIDE})")
_VS_BEFORE = regex.compile(rf"(?<![\p{{L}}])({_SIDE})[ ]vs?\.?[ ]$")
_CLUB_WORDS = frozenset({"fc", "afc", "cf", "sc", "united", "city", "athletic", "rovers", "wanderers", "albion",
                         "hotspur", "rangers", "town", "county"})
_PERSON_VERB_AFTER = regex.compile(
    r"[ ](?:said|says|told|asked|wrote|thinks|thought|wants|wanted|replied|added|called|texted|emailed|who|and[ ]I"
    r"|is[ ](?:a|an|my|our|the)[ ])(?![\p{L}])")


@functools.cache
def _gazetteer() -> tuple[frozenset[str], frozenset[str]]:
    """(every place name, the regions a town is closed by: countries, US states, the UK's nations)."""
    with gzip.open(PLACES_PATH, "rt", encoding="utf-8") as f:
        lines = f.read().split("\n")
    return frozenset(n.partition("\t")[0] for n in lines), frozenset(n[:-2] for n in lines if n.endswith("\tR"))


def place_name(words: str) -> bool:
    """The words, as a whole, are a place the gazetteer holds (`New York`, `Kansas City`)."""
    return words.lower() in _gazetteer()[0]


def census_name(word: str, first_only: bool = False) -> bool:
    """A name the census lists (its name zipf above the default of a name outside it); a first name if `first_only`."""
    flags, name_zipf, _ = load_lexicon().get(word.lower(), (0, 0.0, 0.0))
    return name_zipf > DEFAULT_NAME_ZIPF and (flags & FIRST or not first_only)


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
            after = end if town else _STATE_AFTER.match(text, end).end()
            if not _person_marked(text, start, end) and not _name_anywhere(name) and not _PERSON_AFTER_STATE.match(
                    text, after):
                out.add(start)  # `built in Hornell, N.Y.`
            continue
        if "," in span or text.startswith(", ", end):
            if _closed_by_region(text, start, end):
                out.add(start)  # `Registered office: Swansea, Wales`
                continue
        if (_SCORE_OWN.match(text, end) or " v" in text[max(0, start - 40):end + 5]) and span not in surnames and (
                _fixture_side(text, start, end)):
            out.add(start)  # `Bayer Leverkusen vs Leeds United`
    return out


def _fixture_side(text: str, start: int, end: int) -> bool:
    """One side of a score line or a fixture (`Bayer Leverkusen vs Bayern`), only where the side itself is a
    gazetteer place and no first name or census surname, and the other side is a place too or a club's word
    (`United`, `FC`). A lone side that is a name keeps the person (`Kane 2, Italy 1`, `Nguyen 88, Ohio 85`), and so
    does a two-word side led by a first name or by a word no list holds (`Kazuki Ueda vs Ryo Ota`: Japanese names
    are towns too). A box score of players (`Vidal 8, Osei 7, Brenner 6`) and an other side that is a surname and no
    country or state (`Osei`) keep theirs too."""
    span = text[start:end]
    other = None
    if _SCORE_OWN.match(text, end):
        m = _SCORE_AFTER.match(text, end)
        b = None if m else _SCORE_BEFORE.search(text, max(0, start - 40), start)
        line_from, line_to = (start, m.end()) if m else (b.start(), _SCORE_OWN.match(text, end).end()) if b else (0, 0)
        if _MORE_SIDES_AFTER.match(text, line_to) or _MORE_SIDES_BEFORE.search(text, max(0, line_from - 8), line_from):
            return False  # `Vidal 8, Osei 7, Brenner 6`: ratings or a box score, players
        other = m.group(1) if m else b.group(1) if b else None
        if other and " " not in other and other.lower() not in _gazetteer()[1] and _name_anywhere(other):
            return False  # the other side a surname somewhere in the world (`Osei`): players
    elif m := _VS_AFTER.match(text, end) or _VS_BEFORE.search(text, max(0, start - 40), start):
        other = m.group(1)
    other = other and other.rstrip(".")  # `vs Leeds United.`: the sentence's stop
    if not other or not _town_side(span) or not (_club_side(other) or _place_side(other)):
        return False
    return not _person_marked(text, start, end)


def _place_side(side: str) -> bool:
    return side.lower() in _gazetteer()[0] or side.rpartition(" ")[2].lower() in _gazetteer()[0]


def _club_side(side: str) -> bool:
    return any(w.lower() in _CLUB_WORDS for w in side.split())


def _town_side(side: str) -> bool:
    """A side that is a place and no person's name: no first name, no census surname, and a two-word side led by a
    word some list holds as a surname only (`Bayer Leverkusen`, not `Koki Ikeda`)."""
    words = side.split()
    if not _place_side(side) or _first_name(words[0]) or census_name(words[-1], False):
        return False
    return len(words) == 1 or _name_anywhere(words[0])


def _name_anywhere(word: str) -> bool:
    """A first name or surname in any list the lexicon holds (census or Faker's locales)."""
    return bool(load_lexicon().get(word.lower(), (0, 0.0, 0.0))[0] & (FIRST | LAST))


def _first_name(word: str) -> bool:
    return bool(load_lexicon().get(word.lower(), (0, 0.0, 0.0))[0] & FIRST)


def _closed_by_region(text: str, start: int, end: int) -> bool:
    """A town the gazetteer holds and no name in any list (`Lyon, Australia's spinner` and `Braga, Portugal` on a
    results list are players; `Swansea, Wales` is a town), then a comma and a country, a US state, a province or a
    UK nation, no census first name and no possessive (`Australia's` names the player's side), inside the span
    (`Swansea, Wales` found whole) or right after it; no person's mark."""
    head, _, region = text[start:end].partition(", ")
    if not region and (m := _LIST_AFTER.match(text, end)):
        region = m.group(1)
    places, regions = _gazetteer()
    return head.lower() in places and not _name_anywhere(head) and region.lower() in regions and not census_name(
        head, True) and not census_name(region, True) and not _person_marked(text, start, end)


def _person_marked(text: str, start: int, end: int) -> bool:
    return titled(text, start) or person_slot(text, start) or bool(_PERSON_VERB_AFTER.match(text, end))
