"""Words a document itself shows to be things, not people: every lone occurrence of such a word goes back.

The English name detector (`prep.pii.names_en`) judges each run of names where it stands, which is right for
people (`Julia said` is a person wherever `Julia` stands) but leaves a thing's other mentions behind once one
mention shows what it is: `Julia 1.11` is a language, so `Haskell vs Julia` in the same note is too;
`hugo server` in a code span makes `Hugo (Go)` and `Pick Hugo` the site generator. The kinds of evidence, each
read from the whole document, and only for words that are names and things both:
- software and programming languages named like people (`TECH_NAMED`), used as software somewhere: a version
  after them (`Julia 1.11`, `hugo v0.139.0`, `ruby:3.3`, `Haskell (GHC 9.8)`), lower case in code (```ruby,
  `hugo server`), a word only software has after them (`Ruby toolchain`, `Julia's JIT`), for the tools more software
  words (`Jenkins plugins`, `Kafka topics`; not possessive: `Hugo's project` is a person's), or in brackets after
  another such word (`Jekyll (Ruby)`);
- `Thu` in a calendar (`Mon · Standup`, `Fri: demo`) or after `on`/`by`/`until`/`next` (`to Thu` is a person's);
- colours seldom first names (`Sage`, `Ivory`) where the document speaks of colours, herbs in lower case in a
  recipe (`1 tbsp chopped rosemary`);
- colours' two-word shade names (`Hunter Green`, `Dusty Rose`) where the document speaks of colours;
- a reply opening a speaker's line (`Agent: Done!`; `names_en_words.opens_reply`, which the cue recognizer reads too).
Round 9 added readings of one mention, not of the word (the word's other mentions stay people): a team before its
score in a sports report (`Jefferson 1 (OT)`), a tool joined to a known technology (`Java/Kotlin`, `Ruby or
Python`), a possessive eponym named elsewhere with its noun (`Raynaud's is common`, not after a title), and a
first name that is a verb opening a question (`Can someone`, `names_en_words.verb_opening`).

Round 11 added readings of one mention (narrowed by reviews): a weather word before a forecast's reading (`Mon:
Sunny, high 71°F`), a flower or herb before a garden's noun that is no verb (`Rose pruning workshop`), and a name
before a company's legal form or kind (`names_en_amp.company_named`: `Grace Biotherapeutics, Inc.`).

Apart from a company's name, only one-word findings are dropped (`Julia Roberts` stays a person), and only for these
words: recall first.
"""

from __future__ import annotations

import regex

from prep.pii.names_en_amp import company_named
from prep.pii.names_en_brands import trade_brands
from prep.pii.names_en_camel import camel_brand
from prep.pii.names_en_compounds import named_compounds
from prep.pii.names_en_heads import phrase_heads
from prep.pii.names_en_kinds import named_kinds
from prep.pii.names_en_legal import legal_form_closed
from prep.pii.names_en_modifiers import noun_modifiers
from prep.pii.names_en_objects import named_objects
from prep.pii.names_en_places import place_mentions
from prep.pii.names_en_replies import interjection_reply, weekday_in_date
from prep.pii.names_en_storms import storm_mentions
from prep.pii.names_en_teams import club_nicknames
from prep.pii.names_en_terms import listed_things, saints_houses, term_mentions
from prep.pii.names_en_words import _AFTER_SPEECH, SERVICE_ROLES, eponym_after, opens_reply, titled, verb_opening

# Software, tools and programming languages that are people's names too (first names or surnames).
TECH_NAMED = frozenset(
    "jenkins hudson haskell jekyll sinatra kafka django hugo julia ruby ada pascal crystal perl swift jasmine "
    "sage cassandra travis jade".split()
)
# Of these, the tools: more software words after them count (`_AS_TOOL`); the others (`Julia`, `Ruby`) need a version,
# code or a word only software has.
TOOLS = frozenset("jenkins hudson haskell jekyll sinatra kafka django hugo cassandra travis".split())
# After any of them (possessive or not): words only software has (`Ruby toolchain`, `Julia's JIT`).
_SOFTWARE_ONLY = (
    r"toolchain|REPL|interpreter|compiler|JIT|runtime|SDK|gems?|on Rails|bindings?|syntax|libraries|library|modules?"
    r"|programmers?"
)
_AS_SOFTWARE = regex.compile(  # a version (`Julia 1.11`, `Haskell (GHC 9.8)`, `ruby:3.3`) or a word only software has
    rf"(?:['’]s)?[ ](?:v?\d+(?:\.\d+)+\b|(?:{_SOFTWARE_ONLY})(?![\p{{L}}]))|:\d|[ ]\([^)\n]{{0,20}}\d\.\d"
)
# After a tool, not possessive: words that software has and people seldom (`Jenkins job`, `Kafka topics`, `Hugo site`;
# but `Hugo's project`, `Travis (the new hire)` stay people), and a menu path (`Manage Jenkins > Plugins`).
_AS_TOOL = regex.compile(
    r"[ ](?:server|site|builds?|jobs?|plugins?|pipelines?|CI|config|instance|cluster|packages?|scripts?|integration"
    r"|setup|streams?|install|binary|binaries|CLI|API|workers?|topics?|brokers?|templates?|notebooks?|output|landing"
    r"|themes?)(?![\p{L}])|[ ]?>[ ]"
)
_CODE_BEFORE = regex.compile(r"(?:`|```|\$ ?)$")  # ```ruby, `hugo server`, $ jekyll build
_BRACKETED_AFTER = regex.compile(r"(\p{L}+)[ ]\($")  # `Jekyll (Ruby)`: the word before the bracket
# a calendar's day: `Mon · Standup`, `[ ] Wed  [ ] Thu`, `Sat 10:00` (not `Sun Li`, `Sat with`, `See you Fri.`)
_WEEKDAYS_SHORT = regex.compile(
    r"(?:^|[\n·|,(\]])[ \t]*(?:Mon|Tue|Tues|Wed|Fri|Sat|Sun)(?:[ \t]*[·:|,\-–\[]|[ ]\d)")
_THU_AS_DAY = regex.compile(  # `review it on Thu.`, `Thu 11 PM`, `Thu  6:00a`, `Thu, Mar 5` (not `to Thu`: a person's)
    r"(?<![\p{L}])(?i:on|by|until|till|next|this|every)[ ]Thu(?![\p{L}])"
    r"|(?<![\p{L}])Thu,?[ \t]+(?:\d{1,2}(?::\d\d)?[ ]?(?i:am?|pm?)(?![\p{L}])|\d{1,2}/\d"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?[ ]\d)")
# Round 22: `Thu` in a line that lists days (`Mon me / Tue my sister / ... / Thu the neighbor`, `Wed — x; Thu — y`):
# joined by `/` or a dash to another day (`Tue/Thu`, `Mon–Thu`), or opening an item of a line where two other days open
# items too (`Nguyen Thu`, `Hi Thu,`, `Thu said ... Mon` and `Thu, Mon and Tue` stay people's).
_DAY = r"(?:Mon|Tue|Tues|Wed|Fri|Sat|Sun)"
_THU_JOINED = regex.compile(  # no space at the joint: `Tue Thu / Wed Hai`, `Thu - Tue` pair a day with a person
    rf"(?<![\p{{L}}]){_DAY}[/–—-]Thu(?![\p{{L}}])|(?<![\p{{L}}])Thu[/–—-]{_DAY}(?![\p{{L}}])")
_ITEM_START = r"(?:^|(?<=[/;|·,(\[][ \t]*))"
_DAY_ITEM = regex.compile(rf"(?m)(?:{_ITEM_START}|(?<=:[ \t]*)){_DAY}(?![\p{{L}}])")
_PERSON_AFTER = regex.compile(rf"[ ](?:and|&|or)[ ]\p{{Lu}}|{_AFTER_SPEECH.pattern}")  # `Thu and Lan cover Tue`
_THU_ITEM = regex.compile(rf"(?m){_ITEM_START}Thu(?![\p{{L}}])")


def thu_in_day_list(text: str, start: int) -> bool:
    """The `Thu` at `start` is a day of a list of days (see `_THU_JOINED`): that mention only."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", start) % (len(text) + 1)
    line = text[line_start:line_end]
    at = start - line_start
    if _PERSON_AFTER.match(line, at + 3):
        return False
    if any(m.start() <= at < m.end() for m in _THU_JOINED.finditer(line)):
        return True
    return bool(_THU_ITEM.match(line, at)) and sum(1 for _ in _DAY_ITEM.finditer(line)) >= 2


# A role of `SERVICE_ROLES` as a role, not a person called so (`Ask Deacon to call`): a speaker's label (`Deacon:`,
# `[Tenor]`, `Alto section lead:`) or after a determiner (`the Associate Rector`, `our deacon`).
_ROLE_SPEAKS = regex.compile(r"(?:[ ](?i:section|lead|leader|team|group|part|choir|desk))*[ \t]*[:\]]")
_ROLE_DETERMINED = regex.compile(r"(?<![\p{L}])(?i:the|a|an|each|every)[ ](?:\p{Lu}\p{Ll}+[ ])?$")


def service_role(text: str, start: int, end: int, found: list) -> bool:
    """Is the one-word finding `text[start:end]` a role of `SERVICE_ROLES` as a role: a speaker whose text names no
    person speaking (`Deacon:` beside `Soprano:`; not beside `Maya:`), or after an article (`the Associate Rector`)?
    `ta` only as `TA` (`Ta` is a surname too). Round 22 and its review."""
    word = text[start:end]
    if _key(word) not in SERVICE_ROLES or _key(word) == "ta" and word != "TA":
        return False
    if _ROLE_DETERMINED.search(text, max(0, start - 30), start):
        return True
    if not _ROLE_SPEAKS.match(text, end):
        return False
    return not any(a != start and _key(text[a:b]) not in SERVICE_ROLES and _ROLE_SPEAKS.match(text, b)
                   for a, b, _ in found)  # another speaker found as a person: this one may be one too


# A sports report: the words of a match, and a lone name right before its score (`Lincoln East 2, Jefferson 1 (OT)`)
# or right before `led 1-0`: a team (schools are named after presidents); that mention only (`Okafor 2 touchdowns`,
# `Johnson 24 points` are players; `vs.` alone is no match: polls and lists use it).
_SPORTS = regex.compile(
    r"(?i:(?<![\p{L}])(?:halftime|half-time|overtime|quarterfinals?|semifinals?|playoffs?|innings?|penalty kick"
    r"|kickoff|tip-off|goalkeeper|touchdowns?|scoreboard)(?![\p{L}]))|\(OT\)")
_TEAM_AFTER = regex.compile(r"[ ](?:\d{1,3}(?=,|;|[ ]\(|[ ]*$|[ ]*\n)|(?:led|leads|trailed|trails)[ ]\d{1,3}-\d{1,3})")
# A stack of tools: a tool or language named like a person (`TECH_NAMED`) joined by `/`, `,` or `or` to a known
# technology (`Java/Kotlin`, `Ruby or Python`, `Kafka, Redis`), that mention only (`Thanks Travis for the Docker
# fixes` stays a person).
_TECH_WORDS = (r"Java|JavaScript|TypeScript|Python|Kotlin|Scala|Golang|Rust|C\+\+|C#|PHP|Spring(?: Boot)?|Django|"
               r"Flask|React|Vue|Angular|Node(?:\.js)?|MySQL|PostgreSQL|Postgres|MongoDB|Redis|RabbitMQ|Docker|"
               r"Kubernetes|K8s|AWS|GCP|Azure|Terraform|Linux|GraphQL|Spark|Hadoop|Airflow|Elasticsearch")
_TECH_BESIDE = regex.compile(rf"(?<![\p{{L}}])(?:{_TECH_WORDS})(?:[ ]?/[ ]?|,[ ]|[ ]or[ ])$")
_TECH_AFTER = regex.compile(rf"(?:[ ]?/[ ]?|,[ ]|[ ]or[ ])(?:{_TECH_WORDS})(?![\p{{L}}])")
# Colours named like people that are seldom first names, in a document about colours (`Colours: Sage, Ivory`).
COLOUR_NAMED = frozenset("sage ivory olive linen sienna coral taupe ebony mauve fern".split())
_COLOUR_WORDS = frozenset("green rose blue red grey gray pink brown white black yellow purple gold silver".split())
_COLOUR_CONTEXT = regex.compile(r"(?i:(?<![\p{L}])(?:colou?rs?|colorways?|shades|swatch(?:es)?)(?![\p{L}]))")
# Herbs and flowers named like people, written in lower case in a recipe or about a garden (`2 cups basil, 1 tbsp
# chopped rosemary`, `the basil and sage are doing great in the raised bed`, `sweet william along the fence`).
KITCHEN_NAMED = frozenset(
    "rosemary sage basil olive pepper heather iris ivy holly hazel lily daisy violet jasmine poppy myrtle laurel "
    "willow fern william rose ginger lavender marigold camellia magnolia dahlia peony clover saffron".split())
_KITCHEN = regex.compile(
    r"(?i:(?<![\p{L}])(?:cups?|tsp|tbsp|teaspoons?|tablespoons?|minced|chopped|sprigs?|pinch|raised beds?|potting"
    r"|perennials?|seedlings?|self-seeded|mulch|compost|pruning|overwinter(?:ing)?|hardiness zone)(?![\p{L}]))")
_GREETED = regex.compile(r"(?i:\b(?:hi|hey|hello|dear|thanks|thank you|ask|tell|told|with)[ ,]*)$")
# Weather words named like people before a forecast's reading (`Mon: Sunny, high 71°F`, `Thu: Windy, gusts to 30 mph`):
# that mention only (`Sunny said the forecast ...`, `Tomorrow: Misty picks up the kids` are people).
WEATHER_NAMED = frozenset("sunny windy stormy misty rainy cloudy breezy snowy frosty foggy".split())
_FORECAST_AFTER = regex.compile(r"[,;]?[ ](?:high|low|gusts?)\b|[,;]?[ ]?-?\d{1,3}°")
# A flower or herb named like a person right before a garden's or a kitchen's noun that is no verb (`Rose pruning
# workshop`, `Basil pesto`, `Lily bulbs`): that mention only; `Rose's garden`, `Heather gardens on Sundays` stay.
# Round 16: a product's scent or pattern (`Daisy print tea towel`, `Rose scented candle`, `Iris & ivy spray`: a
# second plant in lower case after `&`; `Daisy print the labels` and `Iris & Ivy` stay people).
_PLANT_NOUN_AFTER = regex.compile(
    r"[ ](?i:pruning|bush(?:es)?|garden(?![ ](?:party|center|centre))|cuttings|petals|bulbs|tubers|pesto|oil|syrup"
    r"|bouquets?|blossoms?|scents?|candles?|print(?![ ](?:the|a|an|this|that|it|them|my|your|out|off|these"
    r"|those|\d|\p{L}+'s|labels|copies|queue)(?![\p{L}])))(?![\p{L}])"
    rf"|[ ](?:&|and)[ ](?:{'|'.join(sorted(KITCHEN_NAMED))})(?![\p{{L}}])(?![ ](?:and|or|&|came|come|will|would|can"
    r"|could|are|were|went|set|arrived|have|had|is|was|\p{Ll}+ed)(?![\p{L}]))(?=[ ]\p{Ll})")
# Before a plant name and `print`: a person's slot (`Can Daisy print`, `Tell Rose print queue is jammed`).
_ASKED_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:can|could|will|would|should|have|has|tell|ask|let|did)[ ]$")

def drop_things(text: str, found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """`found` less the spans this document shows to be things or replies (the module's doc)."""
    if not found:
        return found
    words = {_key(text[a:b]) for a, b, _ in found}
    things = {w for w in words & TECH_NAMED if _used_as_software(text, w)}
    if "thu" in words and (_WEEKDAYS_SHORT.search(text) or _THU_AS_DAY.search(text)):
        things.add("thu")
    if words & COLOUR_NAMED and _COLOUR_CONTEXT.search(text):
        things |= words & COLOUR_NAMED
    shades = {w for w in words if " " in w and w.rpartition(" ")[2] in _COLOUR_WORDS}
    if shades and _COLOUR_CONTEXT.search(text):
        things |= shades  # `Colour: Hunter Green`, `also in Dusty Rose`: a shade's name in a document about colours
    kitchen = words & KITCHEN_NAMED and _KITCHEN.search(text) is not None
    lone = [f for f in found if " " not in text[f[0]:f[1]]]
    here = {a for a, b, _ in lone if _TEAM_AFTER.match(text, b)}
    if here and not _SPORTS.search(text):  # the score beside the name first (cheap), the match's words then
        here = set()
    if here:  # a surname found after its first name is a player's in a box score (`Jalen Brooks 21 ... (Brooks 3,`)
        surnames = {text[a:b].rpartition(" ")[2] for a, b, _ in found if " " in text[a:b]}
        here = {a for a in here if text[a:text.find(" ", a)] not in surnames}
    here |= {a for a, b, _ in lone if _key(text[a:b]) in TECH_NAMED and (
        _TECH_BESIDE.search(text, max(0, a - 30), a) or _TECH_AFTER.match(text, b))}
    possessive = [(a, _key(text[a:b])) for a, b, _ in lone if text[a:b].endswith(("'s", "’s"))]
    eponyms = {w for w in {w for _, w in possessive} if any(eponym_after(text, m.end()) for m in _mentions(text, w))}
    here |= {a for a, w in possessive if w in eponyms and not titled(text, a)}  # `Raynaud's is` (not `Mrs. Okafor's`)
    here |= {a for a, b, _ in lone if verb_opening(text, a, b)}
    here |= {a for a, b, _ in lone if text[a:b] == "Thu" and thu_in_day_list(text, a)}  # `Tue/Thu`, `...; Thu — tacos`
    here |= {a for a, b, _ in lone if service_role(text, a, b, found)}  # `Deacon:` among roles, `the Associate Rector`
    here |= noun_modifiers(text, lone)  # `Heather grey`, `Reed diffuser`, `Grace period`
    here |= {a for a, b, _ in found if company_named(text, a, b)}  # `Roper Technologies`, `Grace Bio, Inc.`
    here |= {a for a, b, _ in found if legal_form_closed(text, a, b)}  # `NORDSTAR SHIPPING AS` closing its line
    here |= {a for a, b, _ in lone if _key(text[a:b]) in KITCHEN_NAMED and _PLANT_NOUN_AFTER.match(text, b)
             and not text[a:b].endswith(("'s", "’s")) and not _ASKED_BEFORE.search(text, max(0, a - 8), a)}
    here |= {a for a, b, _ in lone if _key(text[a:b]) in WEATHER_NAMED and _FORECAST_AFTER.match(text, b)}
    here |= phrase_heads(text, lone)  # `Bill of Materials`, `Joy of Cooking`
    here |= named_objects(text, found)  # `a 2009 Subaru Forester`, `Jasper Hall 3rd floor`, `Vessel: Maersk Essen`
    here |= named_compounds(text, found)  # `Miranda rights`, `Roth IRA`, `Queen Mary 2`, `Ireland 27, England 22`
    here |= trade_brands(text, lone)  # `Chase Business`, `Wells Fargo and Chase`, `Max bundles`
    here |= storm_mentions(text, lone)  # `Hurricane Milton ... Milton came ashore with 120 mph winds`
    here |= place_mentions(text, found)  # `red warning for Galway, Mayo`, `built in Hornell, N.Y.`
    here |= club_nicknames(text, found)  # `The New York Mets signed`, `Yankees, Mets, Red Sox`
    here |= named_kinds(text, found)  # call signs, bots, `Messaging team`, `eggs Benedict`, `Rose gold` in an order
    here |= term_mentions(text, lone, found)  # `Sis:`, `positive Murphy's sign`, `via Hochberg procedure`, `Berth 4`
    here |= listed_things(text, found)  # `Skills: Go, Rust, Postgres`, `Top holdings: Johnson & Johnson, Roche`
    here |= saints_houses(text, found)  # `St. Brendan's Parish`
    here |= {a for a, b, _ in lone if camel_brand(text, a, b)}  # `Client: GlobalProtect`, `tell PepsiCo`
    here |= {a for a, b, _ in lone if weekday_in_date(text, a, b)}  # `2024/03/07(Thu)`, `Tuesday's on` (round 23)
    here |= {a for a, b, _ in found if interjection_reply(text, a, b)}  # `Son: ok ok`, `Kid: yesss` (round 23)
    kept = []
    for f in found:
        span = text[f[0]:f[1]]
        key = _key(span)
        if f[0] in here:
            continue  # a team's score, `Java/Kotlin`, `Raynaud's is`, `Can someone ...` (this mention only)
        if key in things or kitchen and key in KITCHEN_NAMED and span.islower() and not _GREETED.search(
                text, max(0, f[0] - 12), f[0]):
            continue  # `Julia` beside `Julia 1.11`, `Sage` in a colour list, `rosemary` in a recipe
        if opens_reply(text, f[0], f[1]):
            continue  # `Analyst: Thanks. Can you ...`, `Agent: Done!`
        kept.append(f)
    return kept


def _key(span: str) -> str:
    return span.lower().removesuffix("'s").removesuffix("’s")


def _mentions(text: str, word: str):
    return regex.finditer(rf"(?<![\p{{L}}\d])(?i:{regex.escape(word)})(?![\p{{L}}\d])", text)


def _used_as_software(text: str, word: str) -> bool:
    for m in _mentions(text, word):
        if _AS_SOFTWARE.match(text, m.end()):
            return True
        before = text[max(0, m.start() - 40):m.start()]
        if m.group().islower() and _CODE_BEFORE.search(before):
            return True
        if word in TOOLS and _AS_TOOL.match(text, m.end()):
            return True  # `Jenkins job`, `Manage Jenkins > Plugins`
        if text.startswith(")", m.end()) and (prev := _BRACKETED_AFTER.search(before)) and (
                prev.group(1).lower() in TECH_NAMED):
            return True
    return False
