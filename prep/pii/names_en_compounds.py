"""Fixed English compounds that hold a person's name but name a thing (round 16), for `names_en_things.drop_things`.

English keeps a stock of compounds made of a name and a common word, written the same by every writer: a procedure
(`Tommy John surgery`), a right or a warning (`Miranda rights`), an account or a grant (`Roth IRA`, `Pell Grant`),
an object (`Ferris wheel`, `Mason jar`, `Bunsen burner`), an alert (`Amber alert`), a statistic (`Cox proportional
hazards`, `Schoenfeld residuals`), a dish (`Caesar wrap`, `graham crackers`), a trophy (`Stanley Cup`), an award
(`Oscar nominations`), a firm's full name (`Lloyd's of London`), a ship with its number (`Queen Mary 2`), a song
(`Christmas carol`), a railway line or an airport (`Elizabeth line`, `Boston Logan`), a flower (`Lily of the
valley`). The dictionary below holds the name and the words that may follow (or precede) it; a finding goes only
where the text holds the whole compound, so the name keeps its person everywhere else (`Miranda said`, `Mason's
jar`, `Carol sang`). Three readings more, each by structure:
- a unit of temperature beside another (`Celsius, Fahrenheit, and Kelvin`; `Kelvin` alone stays a person);
- a storm after `storm named` (`the storm named ophelia`; `a storm named after Sarah` keeps her), and `Storm X`
  beside `named` or where the document names a second storm (`Storm Bert and Storm Conall`; a lone `Storm Field`
  stays a person);
- a title that fills the quotes right after an arts desk's label opening the line (`Theatre: "Hamilton" returns`,
  `Album review: "Stella"`); a quote that goes on after the name is speech (`Review: "Carmen was the best part,"`);
- a country or a home nation before its score where another place scores on the same line (`Ireland 27, England 22`;
  `Jordan 31, Pippen 20` stays a box score).
Only one-mention readings: the same word elsewhere is judged where it stands.
"""

from __future__ import annotations

import regex

# name as found (lower case) -> the words right after it that make the compound (case-insensitive, whole words).
_AFTER = {
    "tommy john": r"surger(?:y|ies)|procedures?|ligament",
    "miranda": r"rights|warnings?|waivers?",
    "weingarten": r"rights",
    "brady": r"material|violations?|disclosures?|lists?",
    "roth": r"IRAs?|401\(?k\)?|conversions?|accounts?|contributions?",
    "keogh": r"plans?|accounts?",
    "coverdell": r"ESAs?|accounts?",
    "pell": r"grants?",
    "fulbright": r"scholars?|scholarships?|grants?|fellows?|fellowships?|program(?:me)?",
    "rhodes": r"scholars?|scholarships?|trust",
    "marshall": r"scholars?|scholarships?|plan",
    "ferris": r"wheels?",
    "mason": r"jars?|lids?",
    "bunsen": r"burners?",
    "petri": r"dish(?:es)?",
    "venn": r"diagrams?",
    "geiger": r"counters?",
    "gatling": r"guns?",
    "bowie": r"knife|knives",
    "murphy": r"beds?",
    "hobart": r"mixers?|dishwashers?|slicers?",
    "ponzi": r"schemes?",
    "molotov": r"cocktails?",
    "teddy": r"bears?",
    "amber": r"alerts?|warnings?|(?:wind|weather|rain|snow|heat|flood|ice|fog|thunderstorm)[ ]warnings?",
    "cox": r"proportional|regressions?|models?",
    "schoenfeld": r"residuals?",
    "kaplan": r"meier|curves?",
    "pearson": r"correlations?|coefficients?|chi-squared?",
    "spearman": r"correlations?|rank",
    "wilcoxon": r"signed-rank|rank-sum|tests?",
    "caesar": r"wraps?|salads?|dressing",
    "graham": r"crackers?|flour",
    "reuben": r"sandwich(?:es)?|melts?",
    "salisbury": r"steaks?",
    "earl grey": r"tea",
    "stanley": r"cup|knife|thermos",
    "ryder": r"cup",
    "davis": r"cup",
    "heisman": r"trophy|winner|finalists?|hopefuls?",
    "oscar": r"nominations?|nominees?|nominated|winners?|-winning|ceremony|night|statuettes?|hopefuls?",
    "emmy": r"nominations?|nominees?|nominated|winners?|-winning|ceremony|night|statuettes?",
    "tony": r"awards?|nominations?|nominees?|-winning",
    "lloyd's": r"of[ ]London|underwriters?|syndicates?|names",
    "queen mary": r"2",
    "queen elizabeth": r"2",
    "achilles": r"heel|tendon",
    "rosetta": r"stone",
    "dewey": r"decimal",
    "elizabeth": r"line(?:'s)?",
    "lily": r"of[ ]the[ ]valley",
}
# name as found (lower case) -> the words right before it that make the compound.
_BEFORE = {
    "carol": r"christmas|xmas|easter|advent",
    "carols": r"christmas|xmas|easter|advent",
    "susan": r"lazy",
    "joe": r"sloppy",
    "ben": r"big",
    "tom": r"peeping",
}
# compounds the detector takes whole as a run (`Pell Grant`: `Grant` is a name too).
_WHOLE = frozenset(
    "pell grant|pell grants|stanley cup|ryder cup|davis cup|walker cup|heisman trophy|earl grey|boston logan"
    "|washington dulles|houston hobby".split("|"))
# Names of works, characters, bands, places and stock figures written like a person's, each with a part the lexicon
# holds as no name or a rare one (`Gump`, `Skywalker`, `Fleetwood`, `Madre`; `Sierra Leone` a country): no one is
# called that. Not `Harry Potter`, `Annie Hall`, `Jon Snow`, `Jack Frost`, `Uncle Sam`, `Tom and Jerry`: ordinary
# people's names or a relative's too, they stay.
NAMED_LIKE_PEOPLE = frozenset("""
sherlock holmes|indiana jones|forrest gump|mary poppins|jack reacher|jason bourne|ted lasso|ferris bueller|donnie darko
|hannah montana|lara croft|luke skywalker|darth vader|huckleberry finn|jane eyre|anna karenina|dorian gray
|atticus finch|holden caulfield|jay gatsby|hercule poirot|frasier crane|marge simpson|fred flintstone|rocky balboa
|tony soprano|leslie knope|arya stark|sansa stark|frodo baggins|bilbo baggins|tyrion lannister|cersei lannister
|daenerys targaryen|katniss everdeen|sabrina spellman|buffy summers|mickey mouse|minnie mouse|donald duck|daisy duck
|paddington bear|peppa pig|curious george|ebenezer scrooge|willy wonka|hermione granger|ron weasley|albus dumbledore
|severus snape|lord voldemort|jean-luc picard|benjamin button|hannibal lecter|ace ventura
|elmer fudd|bugs bunny|big bird
|fleetwood mac|pink floyd|franz ferdinand|jethro tull|steely dan|lynyrd skynyrd|molly hatchet|uriah heep
|jim beam|sierra leone|sierra madre|sierra nevada|martha's vineyard|boca raton|sao tome|average joe
|joe bloggs|joe public|john q. public|plain jane|nervous nellie|debbie downer|doubting thomas|peeping tom
|tom thumb|auld lang syne|ave maria|queen anne's lace|big mac
""".replace("\n", "").split("|"))
_NAMED_BY_WORD: dict[str, list[tuple[str, int]]] = {}
for _entry in NAMED_LIKE_PEOPLE:
    for _m in regex.finditer(r"[\p{L}'.\-]+", _entry):
        _NAMED_BY_WORD.setdefault(_m.group().removesuffix("'s"), []).append((_entry, _m.start()))
_AFTER_RE = {k: regex.compile(rf"[ \-]?(?i:{v})(?![\p{{L}}\p{{N}}])") for k, v in _AFTER.items()}
_BEFORE_RE = {k: regex.compile(rf"(?<![\p{{L}}])(?i:{v})[ ]$") for k, v in _BEFORE.items()}
_UNITS = frozenset("celsius fahrenheit kelvin rankine".split())
_STORM_NAMED = regex.compile(r"(?<![\p{L}])(?i:storm|hurricane|typhoon|cyclone)[ ](?i:named|called)[ ]$")
# A place that scores, and another place's score on its line (`Ireland 27, England 22`, `Wales 10 - Italy 3`).
NATIONS = frozenset("""
england scotland wales ireland france italy spain portugal germany netherlands belgium argentina brazil australia
fiji samoa tonga georgia japan canada mexico uruguay chile romania namibia croatia denmark norway sweden poland
austria switzerland ukraine turkey greece serbia senegal ghana nigeria cameroon morocco tunisia egypt iran
korea china india pakistan jamaica ecuador colombia peru paraguay venezuela iceland hungary czechia slovakia
""".split())
# An arts desk's label opening the line, then an opening quote (`Theatre: "`, `Live album review: “`).
_ARTS_LABEL = regex.compile(
    r"(?m)^[ \t]*(?:\p{Lu}\p{Ll}+[ ])?(?i:theatre|theater|opera|ballet|dance|film|movie|books?|musical|album|tv"
    r"|exhibition|concert|gig|music|podcast|stage)(?:[ ](?i:review|preview))?:[ ]?[\"“]$")
_OPEN_QUOTES = frozenset('"“')
_CLOSE_QUOTES = frozenset('"”')
_NAMED_STORM = regex.compile(r"(?<![\p{L}])Storm[ ](\p{Lu}\p{Ll}+)(?![\p{L}])")
_SCORE_AFTER = regex.compile(r"[ ]\d{1,3}(?![\p{N}.:%])")
_SCORE_PAIR = regex.compile(
    r"(\p{Lu}\p{Ll}+)[ ]\d{1,3}[ ]?(?:,|-|–|—|v|vs\.?)[ ]?(\p{Lu}\p{Ll}+)[ ]\d{1,3}(?![\p{N}.:%])")


def named_compounds(text: str, found: list[tuple[int, int, float]]) -> set[int]:
    """The starts of the findings that are part of a fixed compound, a unit, a storm or a nation's score here."""
    out = set()
    for start, end, _ in found:
        key = text[start:end].lower().replace("’", "'")
        after = _AFTER_RE.get(key)
        before = _BEFORE_RE.get(key)
        if key in _WHOLE or _named_like_people(text, start, key):
            out.add(start)  # `Pell Grant`, `Fleetwood Mac`, `Sierra Leone`
        elif after is not None and after.match(text, end) and not text.startswith(("'s", "’s"), end):
            out.add(start)  # `Miranda rights`, `Roth IRA`, `Queen Mary 2`
        elif before is not None and before.search(text, max(0, start - 12), start):
            out.add(start)  # `Christmas carol`, `Lazy Susan`
        elif key in _UNITS and _other_unit(text, start, end, key):
            out.add(start)  # `Celsius, Fahrenheit, and Kelvin`
        elif " " not in key and _STORM_NAMED.search(text, max(0, start - 20), start):
            out.add(start)  # `the storm named ophelia`
        elif text[start - 1:start] in _OPEN_QUOTES and text[end:end + 1] in _CLOSE_QUOTES and _ARTS_LABEL.search(
                text, max(0, start - 40), start):
            out.add(start)  # `Theatre: "Hamilton" returns`
        elif key.startswith("storm ") and _storm_named(text, start, end, key):
            out.add(start)  # `Storm Darragh named`, `Storm Bert and Storm Conall`
        elif key in NATIONS and _SCORE_AFTER.match(text, end) and _nations_score(text, start, end):
            out.add(start)  # `Ireland 27, England 22`
    return out


def _other_unit(text: str, start: int, end: int, key: str) -> bool:
    near = text[max(0, start - 40):end + 40].lower()
    return any(u in near for u in _UNITS - {key}) or "°" in near or "degrees" in near


def _nations_score(text: str, start: int, end: int) -> bool:
    """Both sides of a score on this line are nations (`Ireland 27, England 22`)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    for m in _SCORE_PAIR.finditer(line, overlapped=True):
        if line_start + m.start(1) == start or line_start + m.start(2) == start:
            return m.group(1).lower() in NATIONS and m.group(2).lower() in NATIONS
    return False


def _named_like_people(text: str, start: int, key: str) -> bool:
    """The finding is inside a work's, a band's, a place's or a stock figure's name (`NAMED_LIKE_PEOPLE`)."""
    for entry, offset in _NAMED_BY_WORD.get(key.split(" ", 1)[0].removesuffix("'s"), ()):
        at = start - offset
        if at >= 0 and text[at:at + len(entry)].lower().replace("’", "'") == entry and not (
                text[at - 1:at].isalpha() or text[at + len(entry):at + len(entry) + 1].isalpha()):
            return True
    return False



def _storm_named(text: str, start: int, end: int, key: str) -> bool:
    """`Storm X` beside `named`, or two storms of different names in the document (the module's doc)."""
    if text.startswith(" named", end) or text[max(0, start - 6):start] == "named ":
        return True
    return len({m.group(1) for m in _NAMED_STORM.finditer(text)}) >= 2
