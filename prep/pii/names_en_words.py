"""What the English name detector (`prep.pii.names_en`) knows: its lexicon's flags and thresholds, the
word lists of things that look like names (brands, companies named after people, eponyms, labels of
things) and the context patterns around a run of names. Data and small lookups; the reading is there."""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

import regex

from prep.pii.names_en_menu import COMMON_FIRST_ZIPF, DISH_OR_PRODUCT_TAILS, menu_item
from prep.pii.names_en_orgs import MORE_ORG_PAIRS, org_key

LEXICON_PATH = Path(__file__).with_name("data") / "names_en.tsv.gz"

FIRST, LAST, KOREAN, WORD, PLACE = 1, 2, 4, 8, 32  # lexicon flags (F, L, K, W, P in the file)
KOREAN_GIVEN_ONLY = 16  # a romanized Korean given name without a hyphen: a name only beside a Korean surname
_FLAG_BITS = {"F": FIRST, "L": LAST, "K": KOREAN | LAST, "W": WORD, "P": PLACE}

# How much more a token may be used as a word than as a name and still count as a name (zipf units).
TITLE_WORDNESS = 1.3  # `Mark` (0.2), `Grant` (0.8) are names; `Will` (3.0), `Hope` (1.8) are not
CAPS_WORDNESS = 0.8  # all-caps text is headings and forms: stricter
LOWER_WORDNESS = 0.1  # lower case: `john` (0.0) may be a name, `mark` (0.2) and `brown` as a first name not
RARE_ZIPF = 3.3  # a capitalized word rarer than this, never written lower case, may be a name
DEFAULT_NAME_ZIPF = 2.5  # the lexicon's name_zipf of a name outside the census (`prep.pii.names_en_build`)

SCORE_PAIR = 0.6  # first + last name, or any run with a cue
SCORE_SINGLE = 0.5  # a first name alone

# Romanized Korean given names: two syllables, joined, hyphenated or spaced (`Minjun`, `Seo-yeon`).
_KO_SYLLABLES = (
    "a ae ah an ba bae baek beom bin bo bok bom bong byeol byul byung byeong chae chan chang cheol chul cheon chun "
    "choon da dae dam dan do dong du eon eun gi ki geon gun geun keun gil gu goo gyu kyu gyeong kyung gwang kwang "
    "ha hae han hee hui heon ho hong hoon hun hwa hwan hye hyo hyuk hyeok hyun hyeon hyung hyeong il in ja jae "
    "jeong jung jeon ji jin jo jong joo ju jun joon kyeong mi min mo mun moon myung myeong na nam ok pil ra rae "
    "ri rin rim ro ryun ryeon sa sae sang se seo seok suk seon sun seong sung seul seung si sik sin shin so sol "
    "song soo su sook soon sub seop tae u woo uk wook won wan woong ye yeo yeon yun yeol yul yi yo yong yu yoon "
    "young yeong ung ram reum bit neul som nu hwi hyeop seob gyo kyo chi"
).split()
_KO_SYL = "(?:" + "|".join(sorted(_KO_SYLLABLES, key=len, reverse=True)) + ")"
KOREAN_GIVEN = regex.compile(rf"{_KO_SYL}(?:-{_KO_SYL}|{_KO_SYL})", regex.IGNORECASE)

# Capitals inside a name only after a prefix: `McDonald`, `MacLeod`, `DeShawn`, `LaToya`, `O'Neil`.
_NAME_CASE = regex.compile(
    r"(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|Du|Fitz|St|O['’])?\p{Lu}(?:\p{Ll}+|\p{Lu}+)(?:[-'’]\p{L}+)*"
)
_WORD = regex.compile(r"\p{Latin}+(?:['’\-]\p{Latin}+)*")
PARTICLES = frozenset("van von der den de del della di da dos das du la le bin ibn al el ter ten y e".split())
# Capitalized words that are names in some list but here mean something else.
NOT_NAMES = frozenset("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday christmas easter god lord
mon tue wed fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
mr mrs ms mx dr prof sir madam miss dear hi hello hey thanks regards best cheers team
firstname lastname tpr ofc cpl pvt supt insp asst
juneteenth thanksgiving halloween hanukkah chanukah kwanzaa diwali deepavali passover whitsun hogmanay
""".split())
# A pronoun's contraction (`I'm calling`, `we're`, `that's`) after a cue of contact is never a name.
PRONOUN_CONTRACTION = regex.compile(r"(?i:i|you|we|they|he|she|it|that|there|here|let|what|who)['’](?i:m|s|re|ve|ll|d)")
# Replies, questions, praise and chat shorthand (round 19: from `lovely`) opening a speaker's line (`CALLER: No`,
# `Agent: Lovely, done`): a label's value, never a name; not `oh`, `um`, `do`, `will`, `ah`, `ty` (`Dr. Oh`, `Will,`).
INTERJECTIONS = frozenset(
    "no yes yeah yep nope ok okay sure well uh hmm sorry right great how what why where which is are can could "
    "would does did anything thank thanks please good done nice hello hi hey perfect got noted understood "
    "exactly absolutely correct awesome cool fine alright agreed sounds definitely certainly also maybe "
    "actually honestly welcome bye cheers wow oops lovely brilliant brill excellent wonderful fantastic superb "
    "splendid marvellous marvelous amazing super sweet pls plz thx yay aha ahh ooh haha lol omg gotcha indeed totally "
    "nah yup mhm hm er erm whoops ugh kk apologies congrats morning evening afternoon howdy hiya".split())
# A speaker's label right before (`CALLER: `, `COUNSEL FOR PLAINTIFF: `), after a chat's time too (`[10:02] Agent: `,
# `22:10 - Agent: `, round 19): searched in the 30 characters before a word.
_SPEAKER_BEFORE = regex.compile(r"(?m)(?:^[ \t]*|\][ \t]*|\d:\d{2}(?::\d{2})?(?:[ ]?[AaPp][Mm])?[ \t]+(?:-[ \t]+)?)"
                                r"[A-Z][A-Za-z .'-]{0,24}:[ \t]*$")


def opens_reply(text: str, start: int, end: int) -> bool:
    """A reply or a question opening a speaker's line (`CALLER: No, that's all`, `Agent: Done!`): no name."""
    return text[start:end].lower() in INTERJECTIONS and _SPEAKER_BEFORE.search(
        text, max(0, start - 30), start) is not None
# Software named like people, as a brand where software words are near (`Manage Jenkins > Plugins`, `Hugo (Go)
# builds`, `hugo server`), a person elsewhere (`Ask Hudson about the keys`); not the languages that are common first
# names too (Julia, Ruby).
SOFTWARE = frozenset("jenkins hudson haskell jekyll sinatra kafka django hugo".split())
SOFTWARE_AFTER = regex.compile(
    r"[ ]?(?:\(|>|v?\d+(?:\.\d+)+|(?i:server|site|builds?|jobs?|plugins?|pipelines?|CI|config|instance|cluster"
    r"|package|gem|app|script|code|integration|setup|streams?|install))"
)
# Brands that are also first names: alone they stay (places are flagged P in the lexicon).
BRANDS = frozenset(
    "dell tesla ford chanel mercedes porsche ferrari lexus kia siri alexa cortana disney boeing nike "
    # chains and schools that are also names (`Wendy's ran out`, `Hilton next time?`, `Columbia's campus`)
    "wendy's denny's macy's kohl's lowe's dillard's hilton marriott hyatt columbia stanford harvard yale safari "
    "firefox".split()
)
# Companies, marques and places named after people: a pair the lexicon would take for a person.
ORG_PAIRS = frozenset("""
morgan stanley|wells fargo|goldman sachs|dow jones|charles schwab|merrill lynch|rolls royce|harley davidson
|hewlett packard|calvin klein|ralph lauren|louis vuitton|tommy hilfiger|estee lauder|walt disney|lehman brothers
|marks spencer|ernst young|procter gamble|johnson johnson|baker mckenzie|edward jones|john deere|jack daniels
|ben jerry|kellogg|bausch lomb|smith wesson|abercrombie fitch|barnes noble|warner bros|paul mitchell
|berkshire hathaway|kraft heinz|general mills|austin healey|aston martin|aston villa|monte carlo|tim hortons
|dolce gabbana|marks and spencer|johnson and johnson|ben and jerry|jimmy choo|tory burch|kate spade
|dr pepper|dr martens|dr oetker|dr scholls|mrs fields|mr kipling|uncle bens|aunt jemima|sara lee|mcdonalds
|trader joes|mr coffee|mr clean|mr muscle
|apple pay|google pay|samsung pay|john doe|jane doe|baby doe|john roe|jane roe|richard roe|sallie mae|ginnie mae
|brooks brothers|eddie bauer|lane bryant|ruby tuesday|hugo boss|christian dior|giorgio armani|fannie mae|freddie mac
""".replace("\n", "").split("|")) | MORE_ORG_PAIRS
NAME_SUFFIXES = frozenset("jr sr ii iii iv esq phd md dds rn cpa".split())
# A noun after a name that makes the whole an eponym or a thing, not a person. Eponym nouns follow a
# possessive too (`Dijkstra's algorithm`), the strictest ones with a modifier between (`Gödel's
# incompleteness theorems`); the others only the bare name (`Turing test`, `Caesar salad`), as
# `Maria's test results` are a person's.
_EPONYM_STRICT = "algorithm|theorem|conjecture|lemma|inequality|equation|transform|paradox|syndrome|disease"
_EPONYM_NOUNS = (
    f"{_EPONYM_STRICT}|distribution|principle|palsy|maneuver|manoeuvre|lymphoma|sarcoma|tendon|tendinopathy|"
    "tendinitis|reflex|phenomenon|thesis|hypothesis|constant|criterion|approximation|method|law|filter|filtering|optimizer|"
    "formula|integral|modulus|equilibrium|equilibria|coefficient|estimator"
)
# A lab method after a one-word name, a noun in lower case with no object after it (`Bradford assay`, `Gram stain`; not
# `Nora Pierce staining slides`, `Had Kevin stain the deck`), and a bird after a one-word possessive with no noun of
# the owner's after it (`Cooper's hawk`, `Steller's jay`; not `Linda's hummingbird feeder`, `Jack Sparrow`).
_LAB_AFTER = regex.compile(
    r"[ ](?:assays?|stain|staining|reagent)\b(?![ ](?:the|a|an|my|his|her|their|our|its?|them|this|that|those)\b)")
_POSSESSIVE_BIRD = regex.compile(
    r"[ ](?i:hawk|warbler|hummingbird|wren|thrush|sparrow|jay|gull|petrel|vireo|flycatcher|kestrel|shearwater|plover"
    r"|tern)s?\b(?![ ](?:feeders?|photos?|pictures?|house|nest|box|bath|cage|drawings?)\b)")


def lab_or_bird(words: str, after: str) -> bool:
    """`words` (lower case) is an eponym of a lab method or a bird by `after` (see `_LAB_AFTER`)."""
    if " " in words:
        return False
    name = words.removesuffix("'s").removesuffix("’s")
    return bool(_LAB_AFTER.match(after) if name == words else _POSSESSIVE_BIRD.match(after))
_THING_NOUNS = (
    "process|effect|number|test|index|model|curve|space|function|series|prize|award|scale|rule|sequence|"
    "machine|network|chain|score|path|circuit|cycle|graph|salad|sauce|mustard|dressing|pizza|sandwich|apple|cake|pie|cocktail|steak|"
    "soup|engine|plugin|framework|cluster|pipeline|stage|staging|sign|classification|criteria|ratio|operator|dish|crude|"
    "airport|terminal|stadium|museum|hospital|driver|bindings|databind|library|job|support|sneaker|shoe|trainer|boot|"
    "entrance|exit|wing|room|suite"
)
# A street named without a number (`on Cedar Lane`): its last word is a street type (a person's name
# ending in one, `Lois Lane`, is fiction's).
STREET_NAME_ENDS = frozenset("street avenue road lane boulevard drive terrace crescent highway".split())
# Street types written short, after a name or as a run's last word (`Grant Ave`); not `St.`: `Dana St. John`
_STREET_ABBREVIATIONS = frozenset("ave rd blvd hwy pkwy".split())
_STREET_TYPE_AFTER = regex.compile(  # (not `Lane`, `Court`, `Way`: surnames too)
    r"[ ](?:Jr\.?[ ])?(?:"
    + "|".join(sorted(w.title() for w in STREET_NAME_ENDS - {"lane"}))
    + "|" + "|".join(sorted(w.title() + r"\.?" for w in _STREET_ABBREVIATIONS))
    + r")(?![\p{L}])"
)
_STREET_ENDS = STREET_NAME_ENDS | _STREET_ABBREVIATIONS


def street_name(words: str, after: str) -> bool:
    """A street named without a number: its last word is a street type (`Cedar Lane`, `Grant Ave`), or a street
    type follows (`Abbey Road`, `Martin Luther King Jr. Blvd`)."""
    return " " in words and words.rpartition(" ")[2].rstrip(".") in _STREET_ENDS or \
        _STREET_TYPE_AFTER.match(after) is not None

# A place inside a building before its number (`Ward 7C`, `Gate 12`, `Bay 4`), a tracker key
# (`JIRA-2757`, `OPS-12`), a word joined to a lower-case word (`Goods-in`).
_UNIT_WORDS = frozenset("ward bay gate dock platform bed room pier hall block unit level".split())
_UNIT_NUMBER_AFTER = regex.compile(r"[ ]\d{1,4}[A-Za-z]?\b")
# `JIRA-2757`, `Goods-in`; `Bill to:` (an invoice's field label)
_IDENTIFIER_AFTER = regex.compile(r"-(?:\d|[a-z]{2,}\b)|[ ](?:to|from)[ ]?:|\.[a-z_]\w*\(")  # `Bill.mark_paid()` too
_AFTER_EPONYM = regex.compile(rf"[ ](?:{_EPONYM_NOUNS})(?:e?s)?\b", regex.IGNORECASE)
_AFTER_THING = regex.compile(rf"[ ](?:{_THING_NOUNS})(?:e?s)?\b", regex.IGNORECASE)
_AFTER_POSSESSIVE_EPONYM = regex.compile(
    rf"[ ][a-z][a-z\-]+[ ](?:{_EPONYM_STRICT})s?\b"
    r"|[ ](?:zeroth|first|second|third|fourth)[ ](?:law|rule|principle)s?\b")


def eponym_after(text: str, end: int) -> bool:
    """A disease, law or theorem named after the name that ends at `end` (`Lou Gehrig's disease`, `Bayes rule`)."""
    if text.startswith(("'s", "’s"), end):
        end += 2
        return bool(_AFTER_EPONYM.match(text, end) or _AFTER_POSSESSIVE_EPONYM.match(text, end))
    return _AFTER_EPONYM.match(text, end) is not None


# The first of two eponyms joined before their noun: `Hoehn and Yahr stage`, `Bellman-Ford and the
# Floyd-Warshall algorithm`, `Kaplan or Meier curves`.
_AFTER_COORDINATED_EPONYM = regex.compile(
    rf"[ ](?:and|or|&)[ ](?:the[ ])?\p{{Lu}}[\p{{L}}'’\-]*[ ](?i:{_EPONYM_NOUNS}|{_THING_NOUNS})(?:e?s)?\b"
)
# A name in a French style phrase: `chicken à la King`, `à la Russe`.
_A_LA = regex.compile(r"(?<![\p{L}])(?i:a|à)[ ]la[ ]$")
# Two-letter chemical symbols that are also given names, before a number: a lab value (`Na 138`, `Al 2.1`).
ELEMENT_SYMBOLS = frozenset("na al li co ca ga ge se sr mo ru ag cd in sn te ce ra ir".split())
_LAB_VALUE_AFTER = regex.compile(r"[ ]?[<>]?\d")
# Storms and cyclones are named like people: `Hurricane Helene`, `Typhoon Mangkhut`.
# An indefinite article right before: `a Tom Collins`, `an Earl Grey` (people are seldom "a Firstname Lastname")
_INDEFINITE_BEFORE = regex.compile(r"(?<![\p{L}'’])(?i:a|an)[ ]$")
_STORM_BEFORE = regex.compile(r"\b(?:Hurricane|Typhoon|Cyclone|Tropical[ ]Storm|Storm)[ ]$")
# Labels of things, not people: a name-like word after `Component:` or `Milestone:` is a product or code name.
THING_LABELS = frozenset("""
component milestone keywords keyword tags tag labels label status priority severity category
product item sku location venue city state country region project release version build platform environment
os browser device model brand vendor company organization service route
station stop destination origin warning note notice agenda result final genre album track song book course
section chapter topic title summary issue type resolution reason cause diagnosis medication drug procedure
allergy allergies condition channel repo repository branch package library module hotel restaurant airline
room hall building campus codename shade color colour flavor flavour scent finish style variant edition
""".split())
# Capitalized words that may stand right before a person's name (`Coach Carter`, `Happy Birthday Priya`);
# any other capitalized word there, mid-sentence, makes the name part of a longer proper noun (`Air Max`).
PERSON_BEFORE = frozenset("""
president vice senator sen representative rep governor gov mayor judge justice general gen colonel col
major maj captain capt lieutenant lt sergeant sgt officer ofc detective det agent coach nurse doctor
professor dean chancellor minister secretary ambassador pastor reverend rev father fr sister brother
mother uncle aunt auntie cousin grandma grandpa granny nana papa mama mom dad mum king queen prince
princess lady saint rabbi imam bishop cardinal pope chef director manager chairman chairwoman chair
commissioner chief inspector constable corporal private admiral commander principal teacher counsel
attorney speaker leader member candidate host anchor reporter correspondent editor analyst engineer
intern student patient client customer plaintiff defendant witness victim suspect driver pilot author
writer singer actor actress rapper artist producer founder partner associate baby little big young old
congrats congratulations welcome birthday morning afternoon evening night bye goodbye goodnight sorry ok
okay yes no please love thank happy merry and or with for from to by of the a an at in on as than
meet ask call tell says said via per about featuring feat starring vs versus cc bcc attn re fwd
moderator admin guest user operator staff email text ping invite remind thank contact message
""".split())
NOT_PROPER_BEFORE = PERSON_BEFORE | NOT_NAMES  # before a lone name: not the end of a longer proper noun
# Round 22: a parish's, choir's, troop's or shop's roles speaking among roles (`names_en_things.service_role`).
SERVICE_ROLES = frozenset(("deacon deaconess rector vicar curate chaplain verger sexton acolyte organist accompanist "
                           "choirmaster soprano alto tenor baritone scoutmaster stocker cashier barista plumber "
                           "electrician handyman janitor custodian ta tutor trimmer").split())
# Speakers that are roles or software, not people (bots of chat exports: `github  11:02 AM`).
ROLES = frozenset("""
me you we us all everyone admin administrator bot system server moderator mod interviewer interviewee agent
caller operator narrator announcer audience court clerk host guest user unknown group support staff team
q a question answer note notes mom mum dad mother father grandma grandpa teacher nurse doctor doc customer
client patient witness defendant plaintiff counsel judge speaker chair chairman member members student
subj susp comp ro rp vic boss manager supervisor lead coach captain intern
ceo cfo coo cto cio cmo cpo vp svp evp analyst presenter panelist reporter anchor facilitator instructor emcee
consignee consignor shipper tenant landlord lessor lessee borrower lender insured claimant applicant assignee
approver reviewer payee payer beneficiary guarantor employer employee contractor licensee licensor appellant
github gitlab bitbucket jira slackbot jenkins circleci pagerduty datadog sentry zapier trello asana notion figma
dependabot renovate zoom calendly opsgenie
""".split()) | PERSON_BEFORE
# What after a run makes it a person: an e-mail, a role in parentheses, an age, a Discord/Slack time
# stamp, a verb of speech.
_SPEECH = (
    "said|says|told|asked|wrote|added|noted|explained|argued|stated|testified|replied|reported|confirmed|"
    "owes|texted|emailed|called|agreed|denied|thinks|thought|wants|was|is|has|had|will|would|joined|left"
)
_CONTACT_CUES = ("before", "chat", "email", "bullet")
_AFTER_EMAIL = regex.compile(r"[ ]?<[^>\n]*@")
_AFTER_CUE = regex.compile(r"[ ]\((?:[a-z][a-z \-]{1,20}|Me|Host|Co-host|Guest|Organi[sz]er|Presenter)\)"
                           r"|,[ ]\d{1,3}\b|[ ]+[—–-][ ]+(?:Today|Yesterday|\d)")
_AFTER_SPEECH = regex.compile(rf"[ ](?:{_SPEECH})\b")
_AFTER_SPEECH_STRONG = regex.compile(r"[ ](?:said|says|told|asked|owes|texted|wrote|replied|thinks)\b")
_STATE_AFTER = regex.compile(
    r",[ ](?:[A-Z]{2}\b|[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?,?[ ]\d|(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|"
    r"Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wyo|N\.[A-Z]|S\.[A-Z])\.)"
)
_PLACE_AFTER = regex.compile(r",[ ](\p{Lu}\p{Ll}+)(?:[,.;:]|[ ]\d|$)")  # `Perry, Florida,`: checked for P
_PREV_WORD = regex.compile(r"(\p{Lu}[\p{L}'’]*)[ ]$")
_DATE_AFTER = regex.compile(r",?[ ](?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_SENTENCE_START = regex.compile(r"(?:^|[.!?:][ \t]+|\n[ \t]*)$")  # (not after a bullet: `- Grant to send the invoices`)
# The same, or an opening quote or bracket there, or a quoted cell's start: read only for a surname that is more often
# a word before a weak verb (`,"Billing is confusing."`). A first name there stays a person's: dialogue and quoted
# cells or values (`"Hunter scored," coach said.`, `"17","Hunter","Price"`, `{"user": "Mason"}`).
QUOTED_START = regex.compile(r"(?:(?:^|[.!?:][ \t]+|\n[ \t]*)[\"“(\[]?|,[\"“])$")
_PLACE_PREFIX = regex.compile(
    r"\b(?:San|Santa|Los|Las|New|Fort|Ft|Saint|St|Lake|Mount|Mt|Port|Cape|Glen|North|South|East|West|Upper|"
    r"Lower|Little|Great|Grand|Palm|El|La|Le|Baton|Costa|Puerto|Sri|Hong|Kuala|Buenos|Rio|Sao|São)\.?[ ]$"
)
# What before a run makes it a person, on its line: a chat time stamp (before a speaker's colon), a word
# of contact or greeting (`talked to`, `with`, `tell`, `Hi`, `cc`), a list bullet, a label (`Guests: `).
_CHAT_PREFIX = regex.compile(r"(?:[\])][ \t]*|\d[ \t]*[-–][ \t]*|\d:\d\d(?:[ ]?[AaPp][Mm])?[ \t]+)$")
_BEFORE_WORD = regex.compile(
    r"\b(?i:tell|ask|told|asked|met|call|text|texted|hi|hey|dear|thanks|thank you|cc|bcc|"
    r"love|attn|ping|ask for|name|this is|i am|i'm|named|called|name is)[ ,]+$|@$|"
    r"\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Det|Sgt|Ofc|Capt|Lt|Rev|Hon)\.?[ ]+$"
)
# In lower-case text (chats), prepositions alone are too weak (`from sys import`): verbs of contact.
_BEFORE_WORD_LOWER = regex.compile(
    r"\b(?i:(?:talk(?:ed|ing)?|spoke|speak(?:ing)?|went|go(?:ing)?|sent|send|gave|give|said|say|replied|"
    r"wrote|married|meet(?:ing)?|hung out|hang(?:ing)? out|dinner|lunch|coffee|drinks|belongs) (?:to|with)|"
    r"ran into|run into|with|tell|ask|told|asked|met|hi|hey|thanks|thank you|love|cc|bcc|text|call|ping|dm|"
    r"dear|miss)[ ,]+$"
)
# Prepositions before a capitalized word: a person (`talked to Mateo`) as often as a place (`flew to Austin`).
_BEFORE_PREPOSITION = regex.compile(r"\b(?i:to|with|from|by|via|for|owner)[ ,:]+$")
_BULLET = regex.compile(r"[ \t]*[-–—•*][ \t]*")
_LINE_ALONE_AFTER = regex.compile(r"[ \t]*[,.;!]?[ \t]*(?:\n|$)")
# A label, or a list after a label on the same line (`Attendees: Kim, Lee and `); a list that crosses a
# sentence end is prose after a heading (`Caesar salad (serves 4): whisk ... mustard. Toss with croutons and `)
_LABEL = regex.compile(r"[^:\n]{1,40}:[ \t]*(?:(?:(?![.!?][ \t]+\p{Lu})[^\n])*(?:,|;|/|[ ]and|[ ]&)[ \t]*)?$")


@lru_cache(maxsize=16384)
def is_org_name(words: str) -> bool:
    """A company, brand or team named after people (`Wells Fargo`, `Estée Lauder`, `Johnson & Johnson`, `Dr Pepper`),
    or the law's placeholder for an unnamed person (`John Doe`), any case."""
    joined = org_key(words)
    return joined in ORG_PAIRS or words.endswith(("'s", "’s")) and joined[:-1] in ORG_PAIRS  # `Freddie Mac's fees`


def is_named_thing(words: str) -> bool:
    """A capitalized phrase that a cue (`with`, `said`, `Thanks,`) puts where a name goes, but that names a
    company or a thing: a company of `ORG_PAIRS`, or a first or last word that is a common token and in no
    list of names (`Google Drive`, `Mecklenburg County`, `Colorado Rockies`, `Dear Counsel`, `Primary Care`).
    A surname that is also a word (`Jack Black`, `Grace Park`) and a suffix (`Martin Luther King Jr`) keep
    the name."""
    if is_org_name(words):
        return True
    if is_common_word(words.partition(" ")[0]):
        return True  # `Dear Counsel`, `with Primary Care`, `Ship-to: Warehouse 4`: a role or a thing
    last = words.rsplit(" ", 1)[-1].lower().rstrip(".")
    if " " not in words or last in NAME_SUFFIXES:
        return False
    if any(_plain_word(w) for w in words.split()):
        return True  # `Gusts May Reach`: a headline's dictionary word, however rare, in no list of names
    return is_common_word(last)


def _plain_word(word: str) -> bool:
    """A word English writes in lower case (W) that no list of names has (`gusts`; not `Jun`, `May`)."""
    entry = load_lexicon().get(word.lower().rstrip(".,"))
    return entry is not None and bool(entry[0] & WORD) and not entry[0] & (FIRST | LAST | KOREAN)


def is_common_word(word: str) -> bool:
    """A frequent English word that no list of first or last names has (`counsel`, `warehouse`, `drive`)."""
    entry = load_lexicon().get(word.lower().rstrip("."))
    return entry is not None and not entry[0] & (FIRST | LAST | KOREAN) and entry[2] >= RARE_ZIPF


@lru_cache(maxsize=1)
def load_lexicon(path: Path = LEXICON_PATH) -> dict[str, tuple[int, float, float]]:
    """token (lower case) -> (flags, name_zipf, word_zipf), from the committed TSV."""
    lexicon = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            token, flags, name_zipf, word_zipf = line.rstrip("\n").split("\t")
            bits = 0
            for c in flags:
                bits |= _FLAG_BITS[c]
            lexicon[token] = (bits, float(name_zipf), float(word_zipf))
    return lexicon


# Round 3: a noun before an identifier's number (`Parcel 8414...`), a determiner before a lower-case word
# (`some amber ale`), a label or preposition before a building named after someone (`Room: Franklin Hall`).
_NUMBER_AFTER = regex.compile(r"[ ](?:#?\d{4,}|[$€£¥]\d)")  # `Price $189.00`: a field before its amount too
_FIELD_BEFORE = regex.compile(r"(?:^|[\n·|•;]|[ ][-–—])[ \t]*$")  # a field opens its line or follows a separator


def label_before_number(first: int, before: str, after: str) -> bool:
    """`Parcel 841486217396`: a noun before an identifier's number; `· Price $189`: a field before its amount,
    even a first name (but `owes Mark $20`)."""
    return _NUMBER_AFTER.match(after) is not None and (
        not first or after[1:2] in "$€£¥" and _FIELD_BEFORE.search(before) is not None)
# `Rosemary & Thyme`, `Salt & Pepper`: a name joined by `&` to a plain capitalized word no one is named (`Grace &
# Will`, `Hannah & Theo`, `Jenna & Family` stay people); `at Pinkham Notch`, `near Tuckerman Ravine`: a place named
# after someone (landforms that are no surnames: not `Hill`, `Woods`, `Bay`).
_AMP_WORD_AFTER = regex.compile(r"[ ]&[ ](\p{Lu}\p{Ll}+)")
_AMP_PEOPLE = frozenset("family friends kids children sons daughters co".split())
_LANDFORM_ENDS = frozenset(
    "notch gulch canyon creek glacier ravine reservoir summit falls gorge fjord trailhead".split())
_PLACE_PREPOSITION_BEFORE = regex.compile(r"(?<![\p{L}])(?i:at|in|near|to|from|on|up|via|into|below|above)[ ]$")
# Words that open a thing's name with a person's name after them: a storm, a ship, a car's make (`Storm Bert`,
# `USS Gerald R. Ford`, `Toyota Camry`), never a surname after it (`Storm Reid`, `Ford Williams`, `Kia Thompson`);
# a typeface's last word (`Gill Sans`); drinks and dishes named after people whose first word is no common name.
CAR_MAKES = frozenset("""
toyota honda nissan hyundai kia ford chevrolet chevy subaru mazda volkswagen vw bmw audi lexus tesla jeep dodge buick
cadillac chrysler volvo porsche mercedes mitsubishi acura infiniti
""".split())
_THING_HEADS = frozenset("storm hurricane typhoon cyclone uss hms rms hmcs hmas".split()) | CAR_MAKES
# A person's credential after their name (`Ebony Tate RN`, `Omar Haddad, PhD`)
CREDENTIALS = r"(?:RN|LPN|LVN|CNA|NP|APRN|CRNA|MD|DO|DDS|DMD|PhD|PharmD|RPh|CPA|Esq|EMT|LCSW|MSW|DPT|PA-C)"
_THING_TAILS = frozenset("sans serif mono neue".split())
NAMED_DISHES = frozenset("""
bloody mary|shirley temple|peach melba|eggs benedict|beef wellington|oysters rockefeller|bananas foster|earl grey
|granny smith|baby ruth|tom collins|arnold palmer|rob roy|harvey wallbanger|bellini
|sloppy joe|beef stroganoff|chicken tetrazzini
""".replace("\n", "").split("|"))
_HEAD_BEFORE = regex.compile(r"(\p{Lu}\p{L}*)[ ]$")


def thing_beside(text: str, start: int, end: int, classify) -> bool:
    """A thing named with a person's name: the name and `&` and a plain word (`Rosemary & Thyme`), a landform
    after a preposition (`at Pinkham Notch`), a thing's head word before or in it (`Storm Bert`, `gray Toyota
    Camry`), a typeface, a drink or a dish (`Bloody Mary`)."""
    amp = _AMP_WORD_AFTER.match(text, end)
    lexicon = load_lexicon()
    if amp and amp.group(1).lower() not in _AMP_PEOPLE and classify(amp.group(1))[0] == _PLAIN and not (
            lexicon.get(amp.group(1).lower(), (0,))[0] & FIRST):
        return True
    words = text[start:end].split()
    if len(words) >= 2 and words[-1].lower() in _LANDFORM_ENDS and _PLACE_PREPOSITION_BEFORE.search(
            text, max(0, start - 8), start):
        return True
    if len(words) >= 2 and words[-1].lower() in _THING_TAILS:
        return True
    head = _HEAD_BEFORE.search(text, max(0, start - 20), start)  # a capitalized word right before the run
    if len(words) >= 2 and words[-1].lower() in DISH_OR_PRODUCT_TAILS:
        first = lexicon.get(words[0].lower(), (0, 0.0, 0.0))
        if menu_item(text, start, len(words), first[0] & FIRST and first[1] >= COMMON_FIRST_ZIPF, head is not None):
            return True
    surname_after = lexicon.get(words[-1].lower().removesuffix("'s"), (0,))[0] & LAST  # `Storm Reid`, `Chevy Chase`
    if len(words) >= 2 and words[0].lower() in _THING_HEADS and words[0][0].isupper() and not surname_after:
        return True
    if head and head.group(1).lower() in _THING_HEADS and not surname_after:
        return True
    span = text[start:end].lower()
    return span in NAMED_DISHES or bool(head) and f"{head.group(1).lower()} {span}" in NAMED_DISHES


_DETERMINER_BEFORE = regex.compile(r"(?<![\p{L}])(?:some|any|more|much|less|of|this|that|these|those|pale|dark)[ ]$")
_LABEL_BEFORE = regex.compile(r"(\p{L}+):[ ]*$")
_IN_PLACE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:in|into|at|near|across|around|outside|inside|visit|visiting|via)[ ]$"
)  # before a rare pair: a place of a culture the lists miss (`in Nizhny Novgorod`), not a person
# before a building named after someone: a preposition of place, or a room in it (`Room 203, Gates Hall`)
_AT_PLACE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:at|in|inside|outside|near|to|(?:room|rm\.?|suite|floor|lab)[ ]\w+,)[ ]$")
# The last word of a building or institution named after a person (`Franklin Hall`, `Okafor House`).
BUILDING_ENDS = frozenset("""
hall house building centre center library college tower chapel theatre theater arena stadium museum school
academy institute hospital clinic lodge pavilion wing annex
""".split())


# token kinds
_NAME, _UNKNOWN, _INITIAL, _PARTICLE, _PLAIN, _KOREAN_SURNAME = range(6)


def is_rare_pair(text: str, core: list, caps: bool) -> bool:
    """Two or three words, each a surname that is no English word or a rare capitalized word no list has
    (in capitals, at least one a listed surname): the shape of a full name from a culture the first-name
    lists miss. A place among them (`Lagos`) or a long all-unknown title case phrase is no such pair."""
    listed = 0
    for start, end, kind, flags, _ in core:
        if kind == _NAME:
            if flags & (WORD | PLACE | KOREAN) or not flags & LAST:
                return False
            listed += 1
        elif kind != _UNKNOWN or end - start < 3 or not caps and text[start:end].isupper():
            return False  # `EWCA Civ`: an acronym among title-case words
    return listed >= 1 if caps else True


def trie_pattern(words) -> str:
    """A regex alternation of `words` as a trie (`a(?:gent|sk)`): the `regex` module tries a flat list of
    200 alternatives one by one at every position, a trie in one pass (2.4x faster on the bench corpus).
    A word that is a prefix of another matches the longer first, then backtracks, as the flat list does."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [regex.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


# A first name that is also a verb, opening a sentence before a pronoun: a question (`Can someone bring me?`,
# `Will you send it`, `May I`), never a person addressed.
_VERB_OPENING = regex.compile(
    r"[ ](?:you|u|we|i|someone|somebody|anyone|anybody|everyone|everybody|they|he|she|it|there)(?![\p{L}'’])",
    regex.IGNORECASE)  # not `the`, `my`, `this`: `Frank the mechanic`, `Bill my landlord`, `Grant this is Kevin`


# A modal opening a question before a determiner (`Will the weekly giveaway still run?`; not `Will the plumber said`:
# no question mark on the line).
_MODAL_QUESTION = regex.compile(  # no comma and no finite verb before the `?` (`Will your mom said ..., can you go?`)
    r"[ ](?:the|this|that|these|those|my|our|your|his|her|their|a|an|any|all)[ ]"
    r"(?:(?![ ](?:is|are|was|were|said|says|has|have|had|did)[ ])[^\n?,]){0,80}\?", regex.IGNORECASE)
_MODALS = frozenset("will can may shall should could would must".split())


def verb_opening(text: str, start: int, end: int) -> bool:
    """The capitalized word at `start:end` opens a sentence (or a speaker's line) and reads as a verb there."""
    if not text[start:start + 1].isupper() or _VERB_OPENING.match(text, end) is None and not (
            text[start:end].lower() in _MODALS and _MODAL_QUESTION.match(text, end)):
        return False
    entry = load_lexicon().get(text[start:end].lower())
    opens = _SENTENCE_START.search(text, max(0, start - 40), start) is not None
    return opens and entry is not None and bool(entry[0] & WORD)


_TITLE_RIGHT_BEFORE = regex.compile(r"(?<![\p{L}])(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Sir|Dame)\.?[ ]$")


def titled(text: str, start: int) -> bool:
    """A title right before `start` (`Dr. Okafor's thesis`, `Mrs. Okafor's appointment`): a person, whatever follows."""
    return _TITLE_RIGHT_BEFORE.search(text, max(0, start - 8), start) is not None

