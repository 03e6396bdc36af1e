"""Professional sports clubs called by their nickname (round 18), for `names_en_things.drop_things`.

A club's nickname (`Mets`, `Red Sox`, `Maple Leafs`) is a capitalised word no dictionary holds, so the detector reads
it as a surname, and with the city before it as a full name (`The New York Mets signed` -> `York Mets`). A found
span goes when it ends in the nickname of a club of the major leagues: MLB, NBA, NFL, NHL, MLS, the KBO and the
Premier League's own nicknames, written below as the leagues list them (a short list that changes with a
relocation, not with the text read). Recall first, the list leaves out every nickname that is a first name in any
list (`Dinos`, `Astros`), a census name itself, or whose singular is one (`Browns`, `Kings`, `Bills`, `Rays`, `Sparks`,
`Eagles`: `the Browns next door`, `Nicholas Sparks` are people), so a nickname kept here is a word no person carries.
A title before the span keeps it (`Mr. Mets`). Only that mention goes. The look is a set lookup of the span's last
words: nothing is scanned.
"""

from __future__ import annotations

import functools

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
_CENSUS = 2.5  # a name's zipf above the default of a name outside the census: a real surname or first name


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
        entry = lexicon.get(word, (0, 0.0, 0.0))
        if not entry[0] & FIRST and all(lexicon.get(w, (0, 0.0, 0.0))[1] <= _CENSUS for w in (word, singular)):
            out.add(nick)
    return frozenset(out)


def club_nicknames(text: str, found: list[tuple[int, int, float]]) -> set[int]:
    """The starts of the spans of `found` that end in a club's nickname and have no title before them."""
    out = set()
    nicknames = _nicknames()
    for start, end, _ in found:
        words = text[start:end].removesuffix("'s").removesuffix("’s").rstrip("'’").split()
        last_two = " ".join(words[-2:])
        if (words[-1] in nicknames or last_two in nicknames) and not titled(text, start):
            out.add(start)  # `The New York Mets signed`, `Yankees, Mets, Red Sox in on`
    return out
