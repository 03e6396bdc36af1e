"""Round 17 (English person recall and a lower-case false finding), written fresh (no tuning row copied), both ways:
the name found (`*_FOUND`) and the look-alike kept (`*_KEPT`).
"""

from __future__ import annotations

import pytest

from prep.pii.names_en_coordinated import coordinated_names
from prep.pii.names_en_words import load_lexicon

# A: `its` before a lower-case dictionary word after a verb or a preposition is the possessive, not a chat's
# self-introduction (`prep.pii.names_en_lower.possessive_its`).
ITS_FOUND = [
    ("its grace lol, new number", "grace"),
    ("hi its madison from the front desk", "madison"),
    ("ok its hunter again, did u get my text", "hunter"),
]
ITS_KEPT = [
    "Heavy rain made the creek burst its banks overnight.",
    "the flood broke its banks yesterday",
    "the agency lost its hunter to a rival firm",
    "the club changed its mark this season",
    "the old chapel kept its grace after the fire",
    "the label dropped its rose logo",
]


@pytest.mark.parametrize(("text", "name"), ITS_FOUND)
def test_its_introduction_found(en_names, text, name):
    assert name in en_names(text)


@pytest.mark.parametrize("text", ITS_KEPT)
def test_its_possessive_kept(en_names, text):
    assert en_names(text) == []


# B: a capitalised first name that is a word (`Summer`, `May`, `Jun`), joined by `and`, `&` or a comma to a found
# person, before what ends a subject or an object (`prep.pii.names_en_coordinated`).
COORDINATED_FOUND = [
    ("This week Rebecca Stone and Jun walk through the archive.", "Jun"),
    ("I moved May and Grant Whitfield to the Sunday rota.", "May"),
    ("Tonight Mallory and Jun dig into the old case.", "Jun"),
    ("Priya Nair, Hope and Grace will run the bake sale.", "Hope"),
    ("Karen Brooks and River led the hike.", "River"),
]
COORDINATED_KEPT = [
    ("Rebecca Stone and June 12 deadlines were both missed.", "June"),
    ("Priya Nair and Summer Street residents signed the petition.", "Summer"),
    ("Marcus Webb and April showers were the theme of the talk.", "April"),
    ("Priya Nair and May 5 are the dates we discussed.", "May"),
    ("We met in May and Grant Whitfield came too.", "May"),
]


@pytest.mark.parametrize(("text", "name"), COORDINATED_FOUND)
def test_coordinated_found(en_names, text, name):
    assert name in en_names(text)


@pytest.mark.parametrize(("text", "word"), COORDINATED_KEPT)
def test_coordinated_kept(en_names, text, word):
    assert word not in en_names(text)


@pytest.mark.parametrize("text", ["Priya Nair, Will you sign the form?", "Priya Nair, Hope you rest now"])
def test_coordinated_reading_leaves_a_sentence_opening(text):
    """The reading itself adds nothing before a subject pronoun (other readings may still judge the word)."""
    assert coordinated_names(text, [(0, 10, 0.6)], load_lexicon()) == []


# C: a capitalised first name (a place's too), a romanized Korean given name or a word no list has, before `'s` and
# a person's own thing (`prep.pii.names_en_lower.capital_possessives`).
POSSESSIVE_FOUND = [
    ("Kairo's real name is Kyle, fyi", "Kairo"),
    ("Thanks again for writing Jordan's recommendation letter.", "Jordan"),
    ("do u still have Brooklyn's charger", "Brooklyn"),
    ("table is booked under Jiyeon's name", "Jiyeon"),
    ("Is Dakota's mom picking us up?", "Dakota"),
    ("Austin's dad coaches the under-10s.", "Austin"),
]
POSSESSIVE_KEPT = [
    "Tesla's charger network keeps growing.",
    "Jordan's economy grew 2% last year.",
    "Brooklyn's real estate market cooled.",
    "Samsung's phone sales fell again.",
    "Netflix's real name was never a secret.",
    "Wendy's birthday deal ends soon.",
    "Amazon's recommendation engine is scary.",
    "Texas's governor signed it.",
]


@pytest.mark.parametrize(("text", "name"), POSSESSIVE_FOUND)
def test_capital_possessive_found(en_names, text, name):
    assert name in en_names(text)


@pytest.mark.parametrize("text", POSSESSIVE_KEPT)
def test_capital_possessive_kept(en_names, text):
    assert en_names(text) == []


# D: a first name of any wordness before `from` and a workplace's team (`prep.pii.names_en_coordinated.team_names`).
TEAM_FOUND = [
    ("Many thanks to April from Payroll and June from Legal for the cover.", ["April", "June"]),
    ("Hope from HR will send the new forms.", ["Hope"]),
    ("Will from Facilities fixed the lift.", ["Will"]),
]
TEAM_KEPT = [
    "The figures for April from Finance are late.",
    "Revenue in June from Sales rose 4%.",
    "Reports are due by May from Payroll and HR.",
    "Since March from Marketing we have had no update.",
]


@pytest.mark.parametrize(("text", "names"), TEAM_FOUND)
def test_team_found(en_names, text, names):
    found = en_names(text)
    for name in names:
        assert name in found, (name, found)


@pytest.mark.parametrize("text", TEAM_KEPT)
def test_team_kept(en_names, text):
    assert en_names(text) == []


# F: a chat of one-word speakers that are words, one of them called by name in a message
# (`prep.pii.names_en_speakers.called_speakers`).
CALLED_FOUND = [
    ("Sunny: guess who got the job!!\nRain: ahh thank you Sunny\nStorm: drinks are on me", ["Rain", "Storm"]),
    ("River: running late sorry\nSky: np, save a seat for River\nMeadow: ok", ["Sky", "Meadow"]),
]
CALLED_KEPT = [
    "Rain: 20mm expected by noon\nSnow: none this week\nStorm: warning issued for the coast",
    "Pros: fast, cheap\nCons: thanks to the fan it is loud\nVerdict: buy it",
]


@pytest.mark.parametrize(("text", "names"), CALLED_FOUND)
def test_called_speakers_found(en_names, text, names):
    found = en_names(text)
    for name in names:
        assert name in found, (name, found)


@pytest.mark.parametrize("text", CALLED_KEPT)
def test_called_speakers_kept(en_names, text):
    assert en_names(text) == []


# G: a venue's name before a found address (`prep.pii.address_completion._BUILDING`).
VENUE_FOUND = [
    ("Reception: Cedar Creek Farm, 402 Old Mill Rd, Woodstock, VT 05091",
     "Cedar Creek Farm, 402 Old Mill Rd, Woodstock, VT 05091"),
    ("Ceremony at St. Anne's Chapel, 55 Church Street, Salem, MA 01970",
     "St. Anne's Chapel, 55 Church Street, Salem, MA 01970"),
    ("Hilltop Vineyard, 7 Vine Lane, Napa, CA 94558", "Hilltop Vineyard, 7 Vine Lane, Napa, CA 94558"),
]
VENUE_KEPT = [
    "We loved the barn, 1820 was the year it was built.",
    "Final score: Millbrook 3, Salem 2",
]


def _addresses(scrubber, text: str) -> list[str]:
    return [text[f.start:f.end] for f in scrubber.scrub(text).findings if f.entity == "STREET_ADDRESS"]


@pytest.mark.parametrize(("text", "address"), VENUE_FOUND)
def test_venue_found(scrubber, text, address):
    assert address in _addresses(scrubber, text)


@pytest.mark.parametrize("text", VENUE_KEPT)
def test_venue_look_alike_kept(scrubber, text):
    assert _addresses(scrubber, text) == []
