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
- a storm after `storm named` (`the storm named ophelia`; `a storm named after Sarah` and `the storm named Mike as
  emergency contact` keep the person), and `Storm X` beside `named` with no object (`Storm Darragh named by`) or with
  weather words in its sentence (`Storm Bert and Storm Conall brought flooding`); two `Storm X` are two children as
  often as two storms, and `Storm Reid named her puppy` is a person;
- a title that fills the quotes right after an arts desk's label opening the line (`Theatre: "Hamilton" returns`,
  `Album review: "Stella"`); a quote that goes on after the name is speech (`Review: "Carmen was the best part,"`),
  and a role, an aside or a pronoun after it is a person's (`Theatre: "Leah", our stage manager`);
- a country or a home nation before its score where another place scores on the same line (`Ireland 27, England 22`;
  `Jordan 31, Pippen 20` stays a box score).
Only one-mention readings: the same word elsewhere is judged where it stands.

After the review (round 16): a compound word that is also a verb (`Miranda warning the kids`, `Oscar nominated
Priya`) makes the compound only in the noun's structure (`verb_reading`); a greeting or a time phrase before
`Christmas Carol` is a person's; a stock name's words at the start of a longer name (`Peeping Tom Jenkins`) or in
lower case are not the stock name; Kelvin needs a unit list or a number; an airport's name before a verb is a
person's (`Boston Logan proposed`).
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
    "oscar": r"nominations?|nominees?|nominated|winners?|-winning|ceremony|statuettes?|hopefuls?",
    "emmy": r"nominations?|nominees?|nominated|winners?|-winning|ceremony|statuettes?",
    "tony": r"awards?|nominations?|nominees?|-winning",
    "lloyd's": r"of[ ]London|underwriters?|syndicates?",
    # the imperative idiom, closed by punctuation or `for` (`Mark your calendar is full`: a person's)
    "mark": r"(?:your|the)[ ](?:calendars?|diar(?:y|ies)|dates?)"
            r"(?=[ ]*(?:[!.,:;—–(]|-[ ]|\n|$)|[ ](?:for|now|today|and)[ ])",
    "grace": r"periods?",
    "bill": r"pay(?![ ](?:me|us|him|her|them|you|it|this|that|the|a|an|my|your|his|our|their|for|back|up|off|attention"
            r"|rent|bills?|cash|what|when|now|today|tomorrow|later)(?![\p{L}]))(?![ ]?[!?])",
    "carol": r"singers|concerts?|service(?![ ](?:the|a|an|my|your|his|her|our|their|it)(?![\p{L}]))",
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
sherlock holmes|indiana jones|forrest gump|mary poppins|jack reacher|ferris bueller|donnie darko
|hannah montana|lara croft|luke skywalker|darth vader|huckleberry finn|jane eyre|anna karenina
|atticus finch|holden caulfield|jay gatsby|hercule poirot|frasier crane|marge simpson|fred flintstone|rocky balboa
|tony soprano|leslie knope|arya stark|sansa stark|frodo baggins|bilbo baggins|tyrion lannister|cersei lannister
|daenerys targaryen|katniss everdeen|sabrina spellman|buffy summers|mickey mouse|minnie mouse|donald duck|daisy duck
|paddington bear|peppa pig|curious george|ebenezer scrooge|willy wonka|hermione granger|ron weasley|albus dumbledore
|severus snape|lord voldemort|jean-luc picard|benjamin button|hannibal lecter|ace ventura
|elmer fudd|bugs bunny|big bird
|fleetwood mac|pink floyd|franz ferdinand|jethro tull|steely dan|lynyrd skynyrd|molly hatchet|uriah heep
|sierra leone|sierra madre|martha's vineyard|boca raton|sao tome|average joe
|joe bloggs|joe public|john q. public|plain jane|nervous nellie|debbie downer|doubting thomas|peeping tom
|tom thumb|auld lang syne|ave maria|queen anne's lace
""".replace("\n", "").split("|"))
_NAMED_BY_WORD: dict[str, list[tuple[str, int]]] = {}
for _entry in NAMED_LIKE_PEOPLE:
    for _m in regex.finditer(r"[\p{L}'.\-]+", _entry):
        _NAMED_BY_WORD.setdefault(_m.group().removesuffix("'s"), []).append((_entry, _m.start()))
_WORD_BEFORE = regex.compile(r"(?<![\p{L}])\p{Lu}\p{Ll}+$")
# What may stand before that word for it to be the compound's (`The Queen Mary 2`, `on Queen Mary 2`), not a name's
# (`Latifah Queen Mary 2 B`: a person's names run on; round 18 review).
_OPENS_COMPOUND = regex.compile(r"(?:^|[\n.!?:;,(\"“—–-]|(?<![\p{L}])(?:The|A|An|\p{Ll}+))[ ]*$")
_SECOND_WORDS = frozenset(k.rpartition(" ")[2] for k in _AFTER if " " in k)  # `mary` of `queen mary`
_AFTER_RE = {k: regex.compile(rf"[ \-]?(?i:{v})(?![\p{{L}}\p{{N}}])") for k, v in _AFTER.items()}
# Round 16 fix: compound words that are also a verb or a participle (`Miranda warning the kids`, `Brady lists three
# concerns`, `Oscar nominated Priya`). They make the compound only in the noun's structure (`verb_reading`).
_VERB_LIKE = frozenset("""
rights warning warnings plan plans list lists alert alerts bears nominated crackers beds melts melt cup knife line
line's wheel wheels accounts account grants jars counters checking loans deposits transfers prices
""".split())
# Right before the name: a determiner or possessive makes the noun phrase (`his Miranda rights`, `an Amber alert`).
_DETERMINER_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:the|a|an|his|her|their|our|my|your|its|this|that|these|those|no|any|every|some|each"
    r"|several|two|three|four|five|\d+)[ ]$")
# Right before the name: a person's slot (`Ask Elizabeth`, `Did Marshall`, `Thanks to Amber`, `Priya and Teddy`).
_PERSON_SLOT = regex.compile(
    r"(?i:(?<![\p{L}])(?:ask|asked|tell|told|let|saw|see|said|says|say|thinks?|think|mentioned|per|with|did|does|do"
    r"|is|was|can|could|will|would|should|have|has|thanks[ ]to|thank|thanks|sorry|hey|hi|dear|me|I)[,]?[ ]$)"
    r"|(?:\p{Lu}\p{Ll}+|(?i:you|I))[ ](?:and|&)[ ]$")
# Right after the compound word, the start of a verb's object or particle (`warning the kids`, `lists three`, `beds
# down`, `nominated Priya`); a noun after it goes on with the compound (`Elizabeth line services`,
# `Amber alert system`).
_OBJECT_START = regex.compile(
    r"[ ](?:(?i:the|a|an|his|her|their|our|my|your|its|this|that|these|those|them|him|us|me|it|everyone|everybody"
    r"|someone|anyone|no|every|all|some|several|one|two|three|four|five|six|seven|eight|nine|ten|down|up|out|off"
    r"|back|over|away|of)|\d+|\p{Lu}\p{Ll}*)(?![\p{L}])")
# Verb + particle that the noun never takes (`Roth accounts for most`, `Chase checking in early`, `transfers to`).
_VERB_PARTICLE = regex.compile(r"(?i)(?:accounts?[ ]for|checking[ ](?:in|on|out|up)|transfers?[ ]to|plans[ ]to"
                            r"|nominated[ ]by|line[ ](?:managers?|up))(?![\p{L}])")
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
    r"|exhibition|concert|gig|music|stage)(?:[ ](?i:review|preview))?:[ ]?[\"“]$")
# After the closing quote, a role, an aside or a speaker's pronoun: a person's name (`Theatre: "Leah", our stage
# manager`, `Stage: "Omar" — he stepped in`, `Theater: "Sarah" (front of house) reported`).
_ROLE_AFTER_QUOTE = regex.compile(
    r"[ ]?[,(—–]|[ ]-[ ]|[ ](?i:he|she|they|joins|tells|talks|called|said|says|reported|will)(?![\p{L}])")
_AS_OR_TO = regex.compile(r"[ ](?:as|to)[ ]")  # `the storm named Mike as emergency contact`, `called Priya to check`
_AIRPORTS = frozenset("boston logan|washington dulles|houston hobby".split("|"))
# A verb right after an airport's name: the run is a person's (`in Boston Logan proposed`, `Boston Logan picks us up`).
_VERB_AFTER = regex.compile(r"[ ](?!(?:arrivals|departures|terminals|flights|gates|lounges|delays)(?![\p{L}]))"
                            r"\p{Ll}+(?:ed|s)(?![\p{L}])|,[ ]\d{1,3},")  # `Boston Logan, 28, of Quincy`
_OPEN_QUOTES = frozenset('"“')
_CLOSE_QUOTES = frozenset('"”')
_SCORE_AFTER = regex.compile(r"[ ]\d{1,3}(?![\p{N}.:%])")
_SCORE_PAIR = regex.compile(
    r"(\p{Lu}\p{Ll}+)[ ]\d{1,3}[ ]?(?:,|-|–|—|v|vs\.?)[ ]?(\p{Lu}\p{Ll}+)[ ]\d{1,3}(?![\p{N}.:%])")


# Round 18's idioms made of a common first name are read only where an imperative or a heading opens: a sentence, a
# line, a clause after a semicolon, a subject, after a dash or a colon (`Mark your calendars!`, `Subject: Carol
# service`). After a verb or any other word the name is a person's (`send Mark the dates`, `Make Bill pay`, `Booked
# Carol service`; round 18 review), and so is one with a person's slot, kin before it, or the same name found
# elsewhere (doubt goes).
_IDIOMS = frozenset("mark carol grace bill".split())
# A statement's date or amount (`04/11 Bill pay`) and a term's length (`a 21-day Grace period`) open it too: a column or
# a count, no word of a sentence.
_IDIOM_OPENS = regex.compile(
    r"(?:^|[\n.!?:;—–]|[ ]-|^-)[ \t]*(?:[*•>\"“(][ ]*)?$|(?<![\p{L}\p{N}])\d[\d/.\-]*(?:-?(?:day|week|month)s?)?[ ]$")
_KIN_BEFORE = regex.compile(
    r"(?i:(?<![\p{L}])(?:my|our|your|his|her|dad|mom|mum|father|mother|brother|sister|uncle|aunt|son|daughter|wife"
    r"|husband|friend|boss|cousin|grandpa|grandma)[ ]$)")


def _idiom_person(text: str, start: int, key: str, found: list[tuple[int, int, float]]) -> bool:
    if not _IDIOM_OPENS.search(text, max(0, start - 12), start):
        return True  # `send Mark the dates`: only an opening reads the idiom
    if person_slot(text, start) or _KIN_BEFORE.search(text, max(0, start - 12), start):
        return True
    return any(a != start and text[a:b].split(" ", 1)[0].lower() == key for a, b, _ in found)


def named_compounds(text: str, found: list[tuple[int, int, float]]) -> set[int]:
    """The starts of the findings that are part of a fixed compound, a unit, a storm or a nation's score here."""
    out = set()
    for start, end, _ in found:
        key = text[start:end].lower().replace("’", "'")
        after = _AFTER_RE.get(key)
        if key in _SECOND_WORDS and text[start - 1:start] == " " and (prev := _WORD_BEFORE.search(
                text, max(0, start - 9), start - 1)):
            if not person_slot(text, prev.start()) and _OPENS_COMPOUND.search(text, max(0, prev.start() - 12),
                                                                              prev.start()):
                # `The Queen Mary 2`: `Queen` a title; not `Dear Queen ...`, `Latifah Queen Mary 2`
                after = _AFTER_RE.get(f"{prev.group().lower()} {key}", after)
        if key in _IDIOMS and _idiom_person(text, start, key, found):
            after = None  # `Ask Grace period questions`, `My dad Bill pay slips`, `Grace period? Grace Lee said`
        before = _BEFORE_RE.get(key)
        if key in _WHOLE and not (key in _AIRPORTS and _VERB_AFTER.match(text, end)) or _named_like_people(
                text, start, end, key):
            out.add(start)  # `Pell Grant`, `Fleetwood Mac`, `Sierra Leone`
        elif (m := after.match(text, end) if after is not None else None) and not text.startswith(
                ("'s", "’s"), end) and not verb_reading(text, start, end, m.end()):
            out.add(start)  # `Miranda rights`, `Roth IRA`, `Queen Mary 2`
        elif before is not None and before.search(text, max(0, start - 12), start) and not _before_is_person(
                text, start, end, key):
            out.add(start)  # `Christmas carol`, `Lazy Susan`
        elif key in _UNITS and _other_unit(text, start, end, key):
            out.add(start)  # `Celsius, Fahrenheit, and Kelvin`
        elif " " not in key and _STORM_NAMED.search(text, max(0, start - 20), start) and not _AS_OR_TO.match(
                text, end):
            out.add(start)  # `the storm named ophelia`
        elif text[start - 1:start] in _OPEN_QUOTES and text[end:end + 1] in _CLOSE_QUOTES and _ARTS_LABEL.search(
                text, max(0, start - 40), start) and not _ROLE_AFTER_QUOTE.match(text, end + 1):
            out.add(start)  # `Theatre: "Hamilton" returns`
        elif key.startswith("storm ") and _storm_named(text, start, end, key):
            out.add(start)  # `Storm Darragh named`, `Storm Bert and Storm Conall`
        elif key in NATIONS and _SCORE_AFTER.match(text, end) and _nations_score(text, start, end):
            out.add(start)  # `Ireland 27, England 22`
    return out


def verb_reading(text: str, start: int, end: int, word_end: int) -> bool:
    """The word after the name (`text[end:word_end]`) is a verb or a participle here, so the name is a person's: a
    person's slot before the name, a verb's particle after the word, or a verb's object after it (`Miranda warning
    the kids`, `Brady lists three`, `Ask Elizabeth line by line`). A determiner before the name, a
    capitalised word (`Stanley Cup`) or a word that is no verb keeps the compound."""
    word = text[end:word_end].strip(" -").lower()
    if word not in _VERB_LIKE or text[end:word_end].strip(" -")[:1].isupper():
        return False
    if _VERB_PARTICLE.match(text, end + 1):
        return True  # `Our Elizabeth line manager`, `Oscar nominated by Priya`
    if _DETERMINER_BEFORE.search(text, max(0, start - 12), start):
        return False
    if person_slot(text, start):
        return True
    return bool(_OBJECT_START.match(text, word_end))


def person_slot(text: str, start: int) -> bool:
    """Right before the name, a person's slot (`Ask Elizabeth`, `Did Marshall`, `Thanks to Amber`, `Emma and Chase`)."""
    return bool(_PERSON_SLOT.search(text, max(0, start - 16), start))


# Before the holiday: a greeting or a time phrase (`Merry Christmas Carol!`, `After Christmas Carol flew`).
_GREETING_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:merry|happy|after|over|before|since|during|until|this|last|by)[ ]\p{L}+[ ]$")
_SUSAN_THING = regex.compile(r"[ ](?i:on|in|at|from|for|with|spins?|turns?)(?![\p{L}])")


def _before_is_person(text: str, start: int, end: int, key: str) -> bool:
    if key in ("carol", "carols"):
        return text[start].isupper() and bool(_GREETING_BEFORE.search(text, max(0, start - 24), start))
    if key == "susan":  # `Lazy Susan didn't`; `the lazy Susan`, `lazy Susan on the table` stay things
        return not (_DETERMINER_BEFORE.search(text, max(0, start - 20), start - 5) or _SUSAN_THING.match(text, end))
    return False


_UNIT_BEFORE = regex.compile(r"(?i)(?:celsius|fahrenheit|rankine|centigrade|kelvin)(?:,|[ ]and|[ ]or|[ ]to|/)[ ]?$"
                             r"|\d[ ]?(?:°[ ]?)?$")


def _other_unit(text: str, start: int, end: int, key: str) -> bool:
    """A list of units (`Celsius, Fahrenheit and Kelvin`, `in Celsius and Kelvin`) or a number before (`300 Kelvin`);
    a degree sign nearby is not enough (`Kelvin set the thermostat to 68°`)."""
    if _UNIT_BEFORE.search(text, max(0, start - 16), start):
        return True
    near = text[max(0, start - 40):end + 40].lower()
    return sum(u in near for u in _UNITS - {key}) >= 2


def _nations_score(text: str, start: int, end: int) -> bool:
    """Both sides of a score on this line are nations (`Ireland 27, England 22`)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if regex.search(rf"\p{{Lu}}\p{{Ll}}+[ ]{regex.escape(text[start:end])}(?![\p{{L}}])", text):
        return False  # `Tom England beat Sam Ireland`: the places on the score line are players' surnames
    for m in _SCORE_PAIR.finditer(line, overlapped=True):
        if line_start + m.start(1) == start or line_start + m.start(2) == start:
            return m.group(1).lower() in NATIONS and m.group(2).lower() in NATIONS
    return False


def _named_like_people(text: str, start: int, end: int, key: str) -> bool:
    """The finding is inside a work's, a band's, a place's or a stock figure's name (`NAMED_LIKE_PEOPLE`), written as
    a name (capitals), and not the start of a longer name (`Peeping Tom Jenkins`, `Sierra Leone Johnson`) nor a street
    abbreviation and a first name (`5th Ave Maria will meet you`)."""
    for entry, offset in _NAMED_BY_WORD.get(key.split(" ", 1)[0].removesuffix("'s"), ()):
        at = start - offset
        stop = at + len(entry)
        written = text[at:stop]
        if at < 0 or written.lower().replace("’", "'") != entry or text[at - 1:at].isalpha() or text[
                stop:stop + 1].isalpha() or end > stop:
            continue
        if any(w[:1].islower() and w not in _LOWER_IN_NAME for w in written.split(" ")):
            continue  # `our curious George`, `Martha's vineyard in Napa`
        if _NAME_AFTER.match(text, stop) or entry == "ave maria" and _STREET_BEFORE.search(text, max(0, at - 12), at):
            continue
        return True
    return False


_LOWER_IN_NAME = frozenset("lace lang syne of the".split())
_NAME_AFTER = regex.compile(r"[ ]\p{Lu}\p{Ll}+(?![\p{L}])(?![ ]\d)")
_STREET_BEFORE = regex.compile(r"(?:\p{Lu}\p{Ll}*|\d+(?:st|nd|rd|th))[ ]$")



def _storm_named(text: str, start: int, end: int, key: str) -> bool:
    """`Storm X named` without an object (`named by the Met Office`; `Storm Reid named her puppy` is a person's),
    `named Storm X`, or weather words in the same sentence (`Storm Bert ... brought flooding`, `Weather: Storm Agnes`).
    A second `Storm X` in the document is not enough: two children may be called Storm."""
    if _NAMED_NO_OBJECT.match(text, end) or text[max(0, start - 6):start] == "named ":
        return True
    if _SPEECH_AFTER.match(text, end):
        return False  # `Storm Reid said the wind on set was fierce`
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    right = min((i for i in (text.find(c, end) for c in ".!?\n") if i >= 0), default=len(text))
    return bool(_WEATHER.search(text, left, right))


_NAMED_NO_OBJECT = regex.compile(r"[ ]named(?:[ ](?:by|as|on|in|at|after|overnight|today|yesterday|this|last)"
                                 r"(?![\p{L}])|[ ]?[.,;:!?]|\s*$)")
_SPEECH_AFTER = regex.compile(r"[ ](?:said|says|told|tells|asked|wrote|added|replied)(?![\p{L}])")
_WEATHER = regex.compile(
    r"(?i)(?<![\p{L}])(?:weather|met[ ]office|met[ ]éireann|mph|km/h|gusts?|winds|flood(?:s|ed|ing)?|rain(?:fall)?"
    r"|landfall|power[ ]cuts?|outages?|forecast|snow|coast(?:al)?|atlantic|amber[ ]warning|red[ ]warning)(?![\p{L}])")
