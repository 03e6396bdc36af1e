"""Professional sports clubs called by their nickname (round 18), for `names_en_things.drop_things`.

A club's nickname (`Mets`, `Red Sox`, `Maple Leafs`) is a capitalised word no dictionary holds, so the detector reads
it as a surname, and with the city before it as a full name (`The New York Mets signed` -> `York Mets`). A found
span goes when it ends in the nickname of a club of the major leagues: MLB, NBA, NFL, NHL, MLS, the KBO and the
Premier League's own nicknames, written below as the leagues list them (a short list that changes with a
relocation, not with the text read). Recall first, the list leaves out every nickname that is a first name in any
list (`Dinos`, `Astros`), a census name itself, or whose singular is one (`Browns`, `Kings`, `Bills`, `Rays`, `Sparks`,
`Eagles`: `the Browns next door`, `Nicholas Sparks` are people), so a nickname kept here is a word no person carries.
Only what is the club goes: the nickname alone, or after a place (the gazetteer's, or a club's city it lacks: `New
York Mets`, `Kansas City Royals`, `Tampa Bay Rays`). Any other word before it keeps the span (round 18 review: box
scores join a player to his club, `Juan Soto Mets 41 HR`, and a surname may be a nickname, `Carla Rams`), and so
does a title (`Mr. Mets`). Only that mention goes. The look is a set lookup of the span's last words and of the
capitalised words right before it: nothing is scanned.
"""

from __future__ import annotations

import functools

import regex

from prep.pii.names_en_places import census_name, place_name
from prep.pii.names_en_words import FIRST, load_lexicon, titled

# The major leagues' club nicknames (plural ones: a singular nickname, `Heat`, `Magic`, `Jazz`, is a word or a name
# the detector already weighs as one). Two-word nicknames are matched whole.
_NICKNAMES = (
    # MLB
    "Orioles Red-Sox Yankees Rays Blue-Jays White-Sox Guardians Tigers Royals Twins Astros Angels Athletics Mariners "
    "Rangers Braves Marlins Mets Phillies Nationals Cubs Reds Brewers Pirates Cardinals Diamondbacks Rockies Dodgers "
    "Padres Giants Sox "
    # NBA
    "Celtics Nets Knicks 76ers Sixers Raptors Bulls Cavaliers Cavs Pistons Pacers Bucks Hawks Hornets Wizards "
    "Nuggets Timberwolves Trail-Blazers Blazers Warriors Clippers Lakers Suns Kings Mavericks Mavs Rockets Grizzlies "
    "Pelicans Spurs "
    # NFL
    "Bills Dolphins Patriots Jets Ravens Bengals Browns Steelers Texans Colts Jaguars Titans Broncos Chiefs Raiders "
    "Chargers Cowboys Eagles Commanders Bears Lions Packers Vikings Falcons Panthers Saints Buccaneers Bucs Rams "
    "49ers Niners Seahawks "
    # NHL
    "Bruins Sabres Red-Wings Canadiens Habs Senators Maple-Leafs Hurricanes Blue-Jackets Devils Islanders Flyers "
    "Penguins Capitals Blackhawks Stars Predators Blues Ducks Flames Oilers Sharks Canucks Golden-Knights "
    # MLS, KBO, WNBA
    "Sounders Timbers Whitecaps Earthquakes Rapids Red-Bulls Landers Heroes Dinos Aces Sparks Mystics Valkyries "
    # Premier League clubs' nicknames
    "Gunners Toffees Hammers Magpies Foxes Wolves Canaries Seagulls Cherries Villans Clarets Blades Bees"
)
# Clubs' cities and regions the gazetteer lacks as written before a nickname.
_CLUB_PLACES = frozenset({"tampa bay", "golden state", "new england", "vegas", "la", "ny", "st louis", "bay area"})
_CAPITALS_BEFORE = regex.compile(r"(?:\p{Lu}[\p{L}.]*[ ]){1,2}$")  # `Los ` before a span `Angeles Dodgers`


@functools.cache
def _nicknames() -> frozenset[str]:
    """The nicknames no person carries: no first name, and neither it nor its singular a census name (two-word ones
    whole)."""
    lexicon = load_lexicon()
    out = set()
    for nick in _NICKNAMES.split():
        if "-" in nick:
            out.add(nick.replace("-", " "))
            continue
        word = nick.lower()
        singular = word[:-3] + "y" if word.endswith("ies") else word[:-1]
        if not lexicon.get(word, (0,))[0] & FIRST and not any(census_name(w) for w in (word, singular)):
            out.add(nick)
    return frozenset(out)


def club_nicknames(text: str, found: list[tuple[int, int, float]]) -> set[int]:
    """The starts of the spans of `found` that are a club: its nickname alone or after a place, no title before."""
    out = set()
    nicknames = _nicknames()
    for start, end, _ in found:
        words = text[start:end].removesuffix("'s").removesuffix("’s").rstrip("'’").split()
        if " ".join(words[-2:]) in nicknames and len(words) > 1:
            before = words[:-2]
        elif words[-1] in nicknames:
            before = words[:-1]
        else:
            continue
        if not titled(text, start) and (not before or _place(text, start, " ".join(before))):
            out.add(start)  # `The New York Mets signed`, `Yankees, Mets, Red Sox in on`; not `Juan Soto Mets`
    return out


def _place(text: str, start: int, words: str) -> bool:
    """`words` (before the nickname) are a place, alone or after the capitalised words right before the span."""
    capitals = _CAPITALS_BEFORE.search(text, max(0, start - 24), start)
    runs = [words] + ([f"{capitals.group()}{words}", f"{capitals.group().split()[-1]} {words}"] if capitals else [])
    return any(run.lower() in _CLUB_PLACES or place_name(run) for run in runs)
