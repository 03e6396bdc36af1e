"""Latin-script person names wherever they stand: no title or label needed, any case, many cultures.

Why a lexicon and not an NER model: no English NER model can be downloaded here, and the one spaCy
pipeline installable from PyPI finds fewer of these names at ~1/50 of the speed (docs/scrub.md has the
measured table). The lexicon (`prep/pii/data/names_en.tsv.gz`, rebuilt by `python -m prep.pii.names_en_build`)
knows ~100k first and last names of many cultures and, for every token, how often it is written as a
name and as an ordinary word, which is what separates `Mark said` from `mark the box` and `Grace
Okafor` from `grace period`.

How a text is read: every Latin-script word is a *name* (in the lexicon, used more as a name than as a
word for its case: lower-case names only when English never writes them lower case), *unknown* (a
rare capitalized word: a name from a culture the lists miss, or a brand or place), an initial (`S.`),
a particle (`van`, `der`, `bin`) or a plain word. Runs of names and unknowns joined by single spaces
are the candidates:
- two or more words with a first name (or a romanized Korean surname + given name) are a person;
- one first name alone (`Thanks, Priya`) is a person unless it is a place, brand, month or part of a
  longer capitalized phrase (`Jordan Brand`, `Orlando Magic`);
- anything weaker (a surname alone, only unknown words, all caps alone) needs a cue: a label line
  (`Guests: ...`), a chat speaker (`Moshe:`), an e-mail display name (`<...@...>`), a line of its own,
  a verb of speech or a role after it (`Yilmaz said`, `(chair)`).
Doubtful spans go (recall first); product, company and place look-alikes stay (tested).
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import lru_cache
from pathlib import Path

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

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
    "a ae ah an bae baek beom bin bo bok bom bong byeol byul byung byeong chae chan chang cheol chul cheon chun "
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
""".split())
# Brands that are also first names: alone they stay (places are flagged P in the lexicon).
BRANDS = frozenset(
    "dell tesla ford chanel mercedes porsche ferrari lexus kia siri alexa cortana disney boeing nike".split()
)
# Companies, marques and places named after people: a pair the lexicon would take for a person.
ORG_PAIRS = frozenset("""
morgan stanley|wells fargo|goldman sachs|dow jones|charles schwab|merrill lynch|rolls royce|harley davidson
|hewlett packard|calvin klein|ralph lauren|louis vuitton|tommy hilfiger|estee lauder|walt disney|lehman brothers
|marks spencer|ernst young|procter gamble|johnson johnson|baker mckenzie|edward jones|john deere|jack daniels
|ben jerry|kellogg|bausch lomb|smith wesson|abercrombie fitch|barnes noble|warner bros|paul mitchell
|berkshire hathaway|kraft heinz|general mills|austin healey|aston martin|aston villa|monte carlo|tim hortons
|dolce gabbana|marks and spencer|johnson and johnson|ben and jerry|jimmy choo|tory burch|kate spade
""".replace("\n", "").split("|"))
NAME_SUFFIXES = frozenset("jr sr ii iii iv esq phd md dds rn cpa".split())
_ORG_SEPARATORS = regex.compile(r"[ .&]+")
# A noun after a name that makes the whole an eponym or a thing, not a person. Eponym nouns follow a
# possessive too (`Dijkstra's algorithm`), the strictest ones with a modifier between (`Gödel's
# incompleteness theorems`); the others only the bare name (`Turing test`, `Caesar salad`), as
# `Maria's test results` are a person's.
_EPONYM_STRICT = "algorithm|theorem|conjecture|lemma|inequality|equation|transform|paradox|syndrome|disease"
_EPONYM_NOUNS = (
    f"{_EPONYM_STRICT}|distribution|principle|palsy|maneuver|manoeuvre|lymphoma|sarcoma|tendon|tendinopathy|"
    "tendinitis|reflex|phenomenon|thesis|hypothesis|constant|criterion|approximation|method|law|filter|optimizer|formula|integral"
)
_THING_NOUNS = (
    "process|effect|number|test|index|model|curve|space|function|series|prize|award|scale|rule|sequence|"
    "machine|network|chain|score|path|circuit|cycle|graph|salad|sauce|mustard|dressing|pizza|sandwich|apple|cake|pie|cocktail|steak|"
    "soup|engine|plugin|framework|cluster|pipeline"
)
_AFTER_EPONYM = regex.compile(rf"[ ](?:{_EPONYM_NOUNS})(?:e?s)?\b", regex.IGNORECASE)
_AFTER_THING = regex.compile(rf"[ ](?:{_THING_NOUNS})(?:e?s)?\b", regex.IGNORECASE)
_AFTER_POSSESSIVE_EPONYM = regex.compile(rf"[ ][a-z][a-z\-]+[ ](?:{_EPONYM_STRICT})s?\b")
# Labels of things, not people: a name-like word after `Component:` or `Milestone:` is a product or code name.
THING_LABELS = frozenset("""
component milestone keywords keyword tags tag labels label status priority severity category
product item sku location venue city state country region project release version build platform environment
os browser device model brand vendor company organization service route
station stop destination origin warning note notice agenda result final genre album track song book course
section chapter topic title summary issue type resolution reason cause diagnosis medication drug procedure
allergy allergies condition channel repo repository branch package library module hotel restaurant airline
room hall building campus codename
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
""".split())
# What after a run makes it a person: an e-mail, a role in parentheses, an age, a Discord/Slack time
# stamp, a verb of speech.
_SPEECH = (
    "said|says|told|asked|wrote|added|noted|explained|argued|stated|testified|replied|reported|confirmed|"
    "owes|texted|emailed|called|agreed|denied|thinks|thought|wants|was|is|has|had|will|would|joined|left"
)
_CONTACT_CUES = ("before", "chat", "email", "bullet")
_AFTER_EMAIL = regex.compile(r"[ ]?<[^>\n]*@")
_AFTER_CUE = regex.compile(r"[ ]\([a-z][a-z \-]{1,20}\)|,[ ]\d{1,3}\b|[ ]+[—–-][ ]+(?:Today|Yesterday|\d)")
_AFTER_SPEECH = regex.compile(rf"[ ](?:{_SPEECH})\b")
_AFTER_SPEECH_STRONG = regex.compile(r"[ ](?:said|says|told|asked|owes|texted|wrote|replied|thinks)\b")
_STATE_AFTER = regex.compile(
    r",[ ](?:[A-Z]{2}\b|[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?,?[ ]\d|(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|"
    r"Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Vt|Va|Wash|Wis|Wyo|N\.[A-Z]|S\.[A-Z])\.)"
)
_PLACE_AFTER = regex.compile(r",[ ](\p{Lu}\p{Ll}+)(?:[,.;:]|[ ]\d|$)")  # `Perry, Florida,`: checked for P
_PREV_WORD = regex.compile(r"(\p{Lu}[\p{L}'’]*)[ ]$")
_DATE_AFTER = regex.compile(r",?[ ](?:\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
_SENTENCE_START = regex.compile(r"(?:^|[.!?:][ \t]+|\n[ \t]*)$")
_PLACE_PREFIX = regex.compile(
    r"\b(?:San|Santa|Los|Las|New|Fort|Ft|Saint|St|Lake|Mount|Mt|Port|Cape|Glen|North|South|East|West|Upper|"
    r"Lower|Little|Great|Grand|Palm|El|La|Le|Baton|Costa|Puerto|Sri|Hong|Kuala|Buenos|Rio|Sao|São)[ ]$"
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
_LABEL = regex.compile(r"[^:\n]{1,40}:[ \t]*(?:[^\n]*(?:,|;|/|[ ]and|[ ]&)[ \t]*)?$")


def is_org_name(words: str) -> bool:
    """A company or team named after people (`Wells Fargo`, `Estée Lauder`, `Johnson & Johnson`), any case."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", words.lower()) if not unicodedata.combining(c))
    return " ".join(w for w in _ORG_SEPARATORS.split(folded) if w) in ORG_PAIRS


def is_named_thing(words: str) -> bool:
    """A capitalized phrase that a cue (`with`, `said`, `Thanks,`) puts where a name goes, but that names a
    company or a thing: a company of `ORG_PAIRS`, or a last word that is a common token and in no list of
    names (`Google Drive`, `Mecklenburg County`, `Colorado Rockies`). A surname that is also a word
    (`Jack Black`, `Grace Park`) and a suffix (`Martin Luther King Jr`) keep the name."""
    if is_org_name(words):
        return True
    last = words.rsplit(" ", 1)[-1].lower().rstrip(".")
    entry = load_lexicon().get(last)
    if " " not in words or entry is None or last in NAME_SUFFIXES:
        return False
    flags, _, word_zipf = entry
    return not flags & (FIRST | LAST | KOREAN) and word_zipf >= RARE_ZIPF


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


# token kinds
_NAME, _UNKNOWN, _INITIAL, _PARTICLE, _PLAIN, _KOREAN_SURNAME = range(6)
_UNSET = object()  # a cue not looked for yet


class EnglishNameDetector:
    """`find(text)` -> [(start, end, score)] of person names in the Latin-script parts of `text`."""

    CACHE_SIZE = 200_000  # words whose class is remembered (a class depends on the word alone)

    def __init__(self, lexicon: dict[str, tuple[int, float, float]] | None = None):
        self.lexicon = lexicon if lexicon is not None else load_lexicon()
        self._classes: dict[str, tuple[int, int]] = {}

    def classify(self, word: str) -> tuple[int, int]:
        """(kind, name flags) of one word as written; the case decides how much it takes to be a name.

        A token English never writes in lower case (no W flag) is a proper noun wherever wordfreq saw
        it, so its frequency is no evidence against a name (`Liam`, `Singh`); a dictionary word is a
        name only where the census says it is used as one about as often (`Mark`, `Brown`)."""
        low = word.lower()
        entry = self.lexicon.get(low)
        if low in NOT_NAMES:
            return _PLAIN, 0
        if low in PARTICLES:
            return _PARTICLE, 0
        if "'" in word or "’" in word:
            head, _, tail = word.replace("’", "'").partition("'")
            if tail.lower() in ("s", "ll", "ve", "re", "d", "t", "m"):  # `Kofi's`, `I'll`
                return self.classify(head) if tail.lower() == "s" and len(head) > 1 else (_PLAIN, 0)
        if not word[0].isupper():
            if entry is None:
                return _UNKNOWN, 0  # a rare lower-case word: a surname only right after a lower-case first name
            flags, name_zipf, word_zipf = entry
            name_like = not flags & WORD or word_zipf - name_zipf <= LOWER_WORDNESS  # `jorge`, `john`; not `mark`
            if flags & FIRST and name_like:
                return _NAME, flags
            if flags & LAST and name_like or not flags & WORD and word_zipf < RARE_ZIPF - 0.8:
                return _UNKNOWN, 0  # `smith`, `kealoha` after `john`, `jorge`
            return _PLAIN, 0
        if len(word) == 1:
            return _INITIAL, 0
        if not _NAME_CASE.fullmatch(word):
            return _PLAIN, 0  # `NaN`, `TarFile`, `iPhone`: code and brands (`McDonald`, `DeShawn` pass)
        caps = word.isupper()
        if caps and len(word) <= 3 and entry is not None and not entry[0] & KOREAN and (
            not entry[0] & FIRST or entry[1] <= DEFAULT_NAME_ZIPF
        ):
            return _PLAIN, 0  # `IP`, `RA`, `MRN`: acronyms; `AMY`, `KIM`, `LEE` stay names
        if entry is not None:
            flags, name_zipf, word_zipf = entry
            wordness = word_zipf - name_zipf if flags & WORD else 0.0
            if flags & (FIRST | LAST) and wordness < (CAPS_WORDNESS if caps else TITLE_WORDNESS):
                return _NAME, flags
            if flags & KOREAN:
                return _KOREAN_SURNAME, flags  # `Park`, `Won`, `HA`: a name beside a Korean given name only
            if not flags & WORD and word_zipf < RARE_ZIPF:
                return _UNKNOWN, flags
            if word_zipf >= RARE_ZIPF or flags & WORD:
                return _PLAIN, 0
        if KOREAN_GIVEN.fullmatch(word):
            return _NAME, (FIRST | KOREAN) if "-" in word else KOREAN_GIVEN_ONLY
        if "-" in word:  # `Al-Sayed`, `Mary-Jane`: a name when its parts are
            parts = [self.classify(p) for p in word.split("-") if p]
            if any(kind == _PLAIN for kind, _ in parts):
                return _PLAIN, 0
            flags = 0
            for kind, f in parts:
                flags |= f if kind == _NAME else 0
            return (_NAME, flags) if flags else (_UNKNOWN, 0)
        return _UNKNOWN, 0

    def find(self, text: str) -> list[tuple[int, int, float]]:
        found: list[tuple[int, int, float]] = []
        run: list[tuple[int, int, int, int, bool]] = []  # (start, end, kind, flags, lower)
        classes, classify = self._classes, self.classify
        if len(classes) > self.CACHE_SIZE:
            classes.clear()
        last_end = -1
        for m in _WORD.finditer(text):
            start, end = m.span()
            word = m.group()
            known = classes.get(word)
            if known is None:
                known = classes[word] = classify(word)
            kind, flags = known
            if kind == _INITIAL and end < len(text) and text[end] == ".":
                end += 1
            lower = not word[0].isupper()
            if run and (start != last_end + 1 or text[last_end] != " " or kind == _PLAIN
                        or (lower and kind == _UNKNOWN and not run[-1][4])):
                self._judge(text, run, found)
                run = []
            if kind != _PLAIN and not (lower and kind == _UNKNOWN and not run):
                run.append((start, end, kind, flags, lower))
            last_end = end
        if run:
            self._judge(text, run, found)
        return self._join_last_first(text, found)

    def _judge(self, text: str, run: list, found: list) -> None:
        """Add the run's person span to `found` if it is one (see the module docstring)."""
        while run and run[-1][2] in (_INITIAL, _PARTICLE):
            run = run[:-1]
        while run and run[0][2] in (_INITIAL, _PARTICLE):
            run = run[1:]
        core = [t for t in run if t[2] in (_NAME, _UNKNOWN, _KOREAN_SURNAME)]
        if not core:
            return
        surname = any(t[2] == _KOREAN_SURNAME or (t[3] & KOREAN and not t[3] & KOREAN_GIVEN_ONLY) for t in core)
        given = any(t[3] & KOREAN_GIVEN_ONLY or (t[3] & (FIRST | KOREAN) == FIRST | KOREAN and "-" in text[t[0]:t[1]])
                    for t in core)
        korean_pair = surname and given and len(core) >= 2
        if not korean_pair and any(t[2] == _KOREAN_SURNAME for t in core):
            # `Park Avenue`, `WON`: the Korean-surname reading needs a given name; judge the rest alone.
            pieces: list[list] = [[]]
            for t in run:
                if t[2] == _KOREAN_SURNAME:
                    pieces.append([])
                else:
                    pieces[-1].append(t)
            for piece in pieces:
                if piece:
                    self._judge(text, piece, found)
            return
        names = [t for t in core if t[2] == _NAME and (korean_pair or not t[3] & KOREAN_GIVEN_ONLY)]
        lower = all(t[4] for t in core)
        caps = not lower and all(text[t[0]:t[1]].isupper() for t in core)
        if (lower or caps) and not names:
            return  # unknown words alone in lower case or capitals are never names (`KAIST`, `isinstance`)
        flags = 0
        for t in names:
            flags |= t[3]
        start, end = run[0][0], run[-1][1]
        after = text[end:end + 40]
        before = text[max(0, start - 12):start]
        proper_phrase = self._inside_proper_phrase(text, end, caps, lower) or (
            len(core) == 1 and not (caps or lower) and self._after_proper_word(text, start)
        )
        cue = _UNSET
        score = None
        if len(core) >= 2:
            if (flags & FIRST or korean_pair) and not proper_phrase and not self._place_and_nickname(core):
                if not lower or self._plain_lower_name(text, core[0][0], core[0][1]):
                    score = SCORE_PAIR
                else:
                    cue = self._cue(text, start, end, after, lower)
                    score = SCORE_PAIR if cue is not None else None
            elif names and not (lower or caps or proper_phrase) and (
                core[-1][3] & LAST or any(t[2] == _INITIAL for t in run)
            ):
                score = SCORE_SINGLE  # `Lerato Haddad`, `Oluwaseun T. Torres`
        elif flags & FIRST and not caps and not proper_phrase and not _STATE_AFTER.match(after) and (
            not lower or self._plain_lower_name(text, start, end)
        ) and not (flags & WORD and _SENTENCE_START.search(before) and self._more_word_than_name(text[start:end])):
            # `Grace periods end`, `Brown rice`; but `John called`, `Maria's test` (more often names than words)
            score = SCORE_SINGLE
        if score is None:
            if cue is _UNSET:
                cue = self._cue(text, start, end, after, lower)
            if not self._cue_suffices(cue, text, start, end, after, names, lower, caps, len(core)):
                return
            if proper_phrase and cue not in _CONTACT_CUES and ":" not in after.partition("\n")[0]:
                return  # `Final: Vegas Golden Knights 2`, `to King's Cross`; but `Name: Ana Diaz DOB: ...`
            score = SCORE_PAIR
        if self._looks_like_thing(text[start:end].lower(), before, after, len(core) == 1 and flags & LAST):
            return
        if len(core) == 1 and (flags & PLACE or self._place_after(after) or self._thing_label(text, start)):
            if cue is _UNSET:
                cue = self._cue(text, start, end, after, lower)
            if cue not in _CONTACT_CUES:
                return  # `Savannah, GA`, `in German`, `Milestone: Hudson`; but `[3:37 PM] Eugene:`
        found.append((start, end, score))

    def _cue_suffices(self, cue, text, start, end, after, names, lower, caps, n_words) -> bool:
        """Whether `cue` makes a run that is no name on its face a person."""
        if cue is None:
            return False
        if lower and cue not in _CONTACT_CUES and not (cue == "speech" and _AFTER_SPEECH_STRONG.match(after)):
            return False  # lower case: `len is`, `conn was` in code
        if n_words > 1:
            return True
        if end - start < 3:
            return False
        if cue == "label" and self._thing_label(text, start):
            return False  # `Component: Billing`, `Milestone: Hudson`
        if not names:  # a rare word alone: a cue of contact, or an item of a list on a label line
            return cue in _CONTACT_CUES or cue == "label" and self._in_list(text, start)
        return not caps or cue in _CONTACT_CUES or cue == "label"  # `Traceback (most...`, `Item: Paperwhite`

    def _looks_like_thing(self, words: str, before: str, after: str, single_surname: bool) -> bool:
        """A company, brand, place, date or eponym with a person's name in it."""
        if is_org_name(words) or words.split("-")[0] in BRANDS:
            return True  # `Estée Lauder`, `Mercedes-Benz`
        prev = _PREV_WORD.search(before)
        if prev and is_org_name(f"{prev.group(1)} {words}"):
            return True  # `General Mills`: a title before a name, but a company here
        possessive = words.endswith(("'s", "’s"))
        if _AFTER_EPONYM.match(after) or before.lower().endswith("the "):
            return True
        if not possessive and _AFTER_THING.match(after):
            return True  # `Turing test`, `Caesar salad`; but `Maria's test results`
        if possessive and _AFTER_POSSESSIVE_EPONYM.match(after):
            return True  # `Brouwer's fixed-point theorem`
        if after[:1] == "–" and after[1:2].isupper() or before.endswith("–") and before[-2:-1].isalpha():
            return True  # `Floyd–Warshall`, `Cauchy–Schwarz`: two eponyms joined by an en dash
        if single_surname and (after.startswith(" & ") or before.endswith((" & ", " of ", " in ", " at "))):
            return True  # `Johnson & Johnson`, `Smith & Wesson`, `University of Leeds`, `in Jackson`
        if " " not in words and _PLACE_PREFIX.search(before):
            return True  # `San Diego`, `Fort Worth`
        if _PLACE_PREFIX.match(words.partition(" ")[0].title() + " "):
            return True  # `San Diego` as one run
        return words == "thu" and bool(_DATE_AFTER.match(after))  # `Thu Mar 5` (but `Thu Nguyen`)

    def _plain_lower_name(self, text: str, start: int, end: int) -> bool:
        """A lower-case first name alone without a cue: a census name of 4+ letters, not in code (`len(`)."""
        entry = self.lexicon.get(text[start:end])
        return (
            entry is not None and entry[1] > DEFAULT_NAME_ZIPF and end - start >= 4
            and (start == 0 or text[start - 1] not in "._([=/\\")
            and text[end:end + 1] not in ("(", ".", "_", "[", "=", "/")
        )

    @staticmethod
    def _in_list(text: str, start: int) -> bool:
        """The run is an item of a list on a label line (`Volunteers: Abebe, Ngozi, Thanh`)."""
        line_end = text.find("\n", start)
        line = text[text.rfind("\n", 0, start) + 1:line_end if line_end >= 0 else len(text)]
        return line.count(", ") + line.count("; ") >= 2

    @staticmethod
    def _place_and_nickname(core: list) -> bool:
        """A place and words that are no surname: a team or a brand (`Houston Astros`, `Electrify America`),
        which needs a cue to be a person. `Austin Smith` (a surname) and `Austin Kealoha` (a rare word
        after the place) stay pairs."""
        head, tail = core[0], core[1:]
        if head[3] & PLACE and all(t[2] == _NAME and not t[3] & LAST for t in tail):
            return True
        return bool(core[-1][3] & PLACE) and all(t[2] == _UNKNOWN for t in core[:-1])

    def _more_word_than_name(self, word: str) -> bool:
        """`grace`, `brown` are written as words a little more often than as names; `john`, `maria` less."""
        entry = self.lexicon.get(word.lower().replace("’", "'").removesuffix("'s"))
        return entry is None or entry[2] > entry[1]

    def _place_after(self, after: str) -> bool:
        """`Perry, Florida,`: a place name after a comma makes the run a town."""
        m = _PLACE_AFTER.match(after)
        entry = m and self.lexicon.get(m.group(1).lower())
        return bool(entry and entry[0] & PLACE)

    @staticmethod
    def _thing_label(text: str, start: int) -> bool:
        """The run's label line names a thing (`Component:`, `Milestone:`, `Keywords:`), not a person."""
        line = text[text.rfind("\n", 0, start) + 1:start]
        words = line.partition(":")[0].split()
        return bool(words) and words[-1].lower() in THING_LABELS

    @staticmethod
    def _after_proper_word(text: str, start: int) -> bool:
        """A capitalized word mid-sentence right before a lone name (`Nike Air Max`, `JPMorgan Chase`,
        `the Westminster Abbey`): the name ends a longer proper noun. Titles, kin and greetings
        (`Coach Carter`, `Happy Birthday Priya`) and a sentence's first word (`Ask Svetlana`) do not count."""
        window = text[max(0, start - 40):start]
        m = _PREV_WORD.search(window)
        if m is None or m.group(1).isupper() or m.group(1).lower() in PERSON_BEFORE | NOT_NAMES:
            return False
        return m.start() > 0 and not _SENTENCE_START.search(window[:m.start()])

    @staticmethod
    def _inside_proper_phrase(text: str, end: int, caps: bool, lower: bool) -> bool:
        """A capitalized plain word right after the run (`Orlando Magic`): the run names a thing."""
        if caps or lower or end + 2 > len(text) or text[end] != " ":
            return False
        return text[end + 1].isupper()

    @staticmethod
    def _cue(text: str, start: int, end: int, after: str, lower: bool) -> str | None:
        """What around the run says it is a person, the strongest first: a cue of contact (`_CONTACT_CUES`:
        a greeting or contact word before it, a chat speaker's colon, an e-mail address after it, a bullet),
        "near" (a role in parentheses, an age, a time stamp after it), "speech" (a verb after it), "alone"
        (a line of its own), "label" (right after a label, or a list separator on a label line) or None."""
        line_start = text.rfind("\n", 0, start) + 1
        prefix = text[line_start:start]
        if (_BEFORE_WORD_LOWER if lower else _BEFORE_WORD).search(prefix[-30:]):
            return "before"
        if not lower and _BEFORE_PREPOSITION.search(prefix[-12:]):
            return "near"
        if after.lstrip(" \t").startswith(":") and _CHAT_PREFIX.search(prefix):
            return "chat"  # a chat export's speaker: `[1:08 PM] Kofi:`, `12/09/2025, 12:15 - Aziz Sato:`
        if _AFTER_EMAIL.match(after):
            return "email"
        if _BULLET.fullmatch(prefix) and _LINE_ALONE_AFTER.match(after):
            return "bullet"  # `- Oluwaseun` under a post
        if _AFTER_CUE.match(after):
            return "near"
        if _AFTER_SPEECH.match(after):
            return "speech"
        if not prefix.strip(" \t-–—•*") and _LINE_ALONE_AFTER.match(after):
            return "alone"  # a line of its own: a signature, an address label, a party in a caption
        if len(prefix) < 200 and _LABEL.fullmatch(prefix):
            return "label"
        return None

    @staticmethod
    def _join_last_first(text: str, found: list) -> list:
        """`JOHNSON, MOSHE` (a form's LAST, FIRST) as one span, so the comma between goes with it."""
        out: list[tuple[int, int, float]] = []
        for span in found:
            if out and text[out[-1][1]:span[0]] == ", " and "\n" not in text[out[-1][0]:span[1]] and (
                text[out[-1][0]:span[1]].isupper() and " " not in text[out[-1][0]:out[-1][1]]
            ):
                out[-1] = (out[-1][0], span[1], max(out[-1][2], span[2]))
            else:
                out.append(span)
        return out



class EnglishNameRecognizer(EntityRecognizer):
    """Presidio recognizer (entity PERSON) around `EnglishNameDetector`; runs on every text, any language.

    No regex patterns (`patterns` is empty), so the scrubber's pre-filter runs it on every text; an
    exception it raises fails that document closed, as any recognizer's does."""

    patterns: tuple = ()

    def __init__(self, supported_language: str = "en", detector: EnglishNameDetector | None = None):
        self.detector = detector or EnglishNameDetector()
        super().__init__(supported_entities=["PERSON"], name="EnglishNameRecognizer",
                         supported_language=supported_language)

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: ARG002 -- Presidio's signature
        meta = {RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
        return [RecognizerResult("PERSON", start, end, score, recognition_metadata=dict(meta))
                for start, end, score in self.detector.find(text)]
