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

import functools

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from prep.pii.names_en_amp import lone_surname
from prep.pii.names_en_context import ContextReader  # noqa: E402 -- after the words it reads
from prep.pii.names_en_cues import run_cue
from prep.pii.names_en_korean import first_name_and_surname, titled_surname
from prep.pii.names_en_lists import firm_possessive, is_brand, join_last_first, join_spoken, lower_thing, name_ends
from prep.pii.names_en_slots import companies_as_people
from prep.pii.names_en_things import drop_things
from prep.pii.names_en_words import (  # noqa: F401 -- also what the bench and the tests import from here
    _A_LA,
    _AFTER_COORDINATED_EPONYM,
    _AFTER_CUE,
    _AFTER_EMAIL,
    _AFTER_EPONYM,
    _AFTER_POSSESSIVE_EPONYM,
    _AFTER_SPEECH,
    _AFTER_SPEECH_STRONG,
    _AFTER_THING,
    _AT_PLACE_BEFORE,
    _BEFORE_PREPOSITION,
    _BEFORE_WORD,
    _BEFORE_WORD_LOWER,
    _BULLET,
    _CHAT_PREFIX,
    _CONTACT_CUES,
    _DATE_AFTER,
    _DETERMINER_BEFORE,
    _IDENTIFIER_AFTER,
    _IN_PLACE_BEFORE,
    _INDEFINITE_BEFORE,
    _INITIAL,
    _KOREAN_SURNAME,
    _LAB_VALUE_AFTER,
    _LABEL,
    _LABEL_BEFORE,
    _LINE_ALONE_AFTER,
    _NAME,
    _NAME_CASE,
    _PARTICLE,
    _PLACE_AFTER,
    _PLACE_PREFIX,
    _PLAIN,
    _PREV_WORD,
    _SENTENCE_START,
    _STATE_AFTER,
    _STORM_BEFORE,
    _UNIT_NUMBER_AFTER,
    _UNIT_WORDS,
    _UNKNOWN,
    _WORD,
    BRANDS,
    BUILDING_ENDS,
    CAPS_WORDNESS,
    DEFAULT_NAME_ZIPF,
    ELEMENT_SYMBOLS,
    FIRST,
    KOREAN,
    KOREAN_GIVEN,
    KOREAN_GIVEN_ONLY,
    LAST,
    LOWER_WORDNESS,
    NOT_NAMES,
    NOT_PROPER_BEFORE,
    PARTICLES,
    PLACE,
    QUOTED_START,
    RARE_ZIPF,
    SCORE_PAIR,
    SCORE_SINGLE,
    STREET_NAME_ENDS,
    THING_LABELS,
    TITLE_WORDNESS,
    WORD,
    is_named_thing,
    is_org_name,
    is_rare_pair,
    lab_or_bird,
    label_before_number,
    load_lexicon,
    street_name,
    thing_beside,
)

_UNSET = object()  # a cue not looked for yet
_TITLE_BEFORE = regex.compile(r"(\p{L}+)\.?[ ]$")
_ME_AND = regex.compile(r"(?i:me[ ]and|and[ ]i|with)[ ]$")


class EnglishNameDetector:
    """`find(text)` -> [(start, end, score)] of person names in the Latin-script parts of `text`."""

    CACHE_SIZE = 200_000  # words whose class is remembered (a class depends on the word alone)

    def __init__(self, lexicon: dict[str, tuple[int, float, float]] | None = None):
        self.lexicon = lexicon if lexicon is not None else load_lexicon()
        self._classes: dict[str, tuple[int, int]] = {}
        self.context = ContextReader(self)

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
            if entry is None and len(head) == 1 and head.isupper() and tail[:1].isupper() and tail[1:2].isalpha():
                return self._apostrophe_name(tail)  # `D'Souza`, `N'Diaye`, `O'Shaughnessy`
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
            if not flags & WORD and word_zipf < RARE_ZIPF:  # `Yuna` beside `Choi`: a romanized Korean given name
                return (_NAME, KOREAN_GIVEN_ONLY) if not flags and KOREAN_GIVEN.fullmatch(word) else (_UNKNOWN, flags)
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
            if flags and not all(kind == _NAME and f & FIRST for kind, f in parts):
                flags = flags & ~FIRST | LAST  # `Smith-Jones`, `Holm-Bonferroni`: a surname (or two), not `Mary-Jane`
            return (_NAME, flags) if flags else (_UNKNOWN, 0)
        return _UNKNOWN, 0

    def _apostrophe_name(self, tail: str) -> tuple[int, int]:
        """`D'Souza`, `N'Diaye`: a one-letter prefix and a name; a surname, never a plain word."""
        kind, flags = self.classify(tail)
        return (_NAME, flags & ~FIRST | LAST) if kind == _NAME else (_UNKNOWN, 0)

    def find(self, text: str) -> list[tuple[int, int, float]]:
        found: list[tuple[int, int, float]] = []
        run: list[tuple[int, int, int, int, bool]] = []  # (start, end, kind, flags, lower)
        classes, classify = self._classes, self.classify
        if len(classes) > self.CACHE_SIZE:
            classes.clear()
        last_end = -1
        pending: list[tuple[int, int]] = []  # `Stanley Park` with no sign of a person (`first_name_and_surname`)
        for m in _WORD.finditer(text):
            word = m.group()
            known = classes.get(word)
            if known is None:
                known = classes[word] = classify(word)
            kind, flags = known
            if kind == _PLAIN and not run:
                continue  # most words: no run to end, none to start (`last_end` is read only while a run is open)
            start, end = m.span()
            if kind == _INITIAL and end < len(text) and text[end] == ".":
                end += 1
            lower = not word[0].isupper()
            if run and (start != last_end + 1 or text[last_end] != " " or kind == _PLAIN
                        or (lower and kind == _UNKNOWN and not run[-1][4])):
                self._judge(text, run, found, pending)
                run = []
            if kind != _PLAIN and not (lower and kind == _UNKNOWN and not run):
                run.append((start, end, kind, flags, lower))
            last_end = end
        if run:
            self._judge(text, run, found, pending)
        if pending:
            found = sorted(found + self._confirmed(text, pending, found))
        found = drop_things(text, join_spoken(text, self.context.extend(text, join_last_first(text, found))))
        people = companies_as_people(text, found)  # `Dr. Simon Schuster`, `Mercedes Benz, 34,`: people after all
        return sorted(found + people) if people else found

    @staticmethod
    def _confirmed(text: str, pending: list, found: list) -> list[tuple[int, int, float]]:
        """The `Park` pairs of `pending` that stand beside a found person on their line (`Cast: Olivia Song, Ethan
        Park`) or that the document names elsewhere with a person's sign."""
        names = {text[s:e] for s, e, _ in found}
        out = []
        for start, end in pending:
            line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end) % (len(text) + 1)
            if text[start:end] in names or any(line_start <= s and e <= line_end for s, e, _ in found):
                out.append((start, end, SCORE_PAIR))
        return out

    def _judge(self, text: str, run: list, found: list, pending: list) -> None:
        """Add the run's person span to `found` if it is one (see the module docstring); a `Park` pair that waits for
        the rest of the document to `pending`."""
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
        pair = not korean_pair and any(t[2] == _KOREAN_SURNAME for t in core) and first_name_and_surname(text, run)
        if pair is None:
            pending.append((run[0][0], run[-1][1]))
            return
        if not korean_pair and any(t[2] == _KOREAN_SURNAME for t in core) and not pair:
            if titled_surname(text, run):
                found.append((run[0][0], run[0][1], SCORE_SINGLE))  # `Park 교수님`
                return
            # `Park Avenue`, `WON`: the Korean-surname reading needs a given name; judge the rest alone.
            pieces: list[list] = [[]]
            for t in run:
                if t[2] == _KOREAN_SURNAME:
                    pieces.append([])
                else:
                    pieces[-1].append(t)
            for piece in pieces:
                if piece:
                    self._judge(text, piece, found, pending)
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
        proper_phrase = self._inside_proper_phrase(text, end, caps, lower, len(core) > 1 and core[0][3] & FIRST) or (
            len(core) == 1 and not (caps or lower) and self._after_proper_word(text, start, end)
        )
        cue = _UNSET
        score = None
        if len(core) >= 2:
            if (flags & FIRST or korean_pair) and not proper_phrase and not self._place_and_nickname(core):
                if not lower or self._plain_lower_name(text, core[0][0], core[0][1]):
                    score = SCORE_PAIR
                else:
                    cue = run_cue(text, start, end, after, lower)
                    score = SCORE_PAIR if cue is not None else None
            elif names and not (lower or caps or proper_phrase) and (
                core[-1][3] & LAST or any(t[2] == _INITIAL for t in run)
            ):
                score = SCORE_SINGLE  # `Lerato Haddad`, `Oluwaseun T. Torres`
            elif not (lower or proper_phrase) and len(core) <= 3 and is_rare_pair(text, core, caps) and not \
                    _IN_PLACE_BEFORE.search(before):  # `in Nizhny Novgorod`, `at Shinjuku Gyoen`: a place
                score = SCORE_SINGLE  # `Sanjay Raghunathan`, `DILIP SANDHU`: a culture the first-name lists miss
        elif flags & FIRST and not caps and not proper_phrase and not _STATE_AFTER.match(after) and (
            not lower or self._plain_lower_name(text, start, end)
        ) and not (flags & WORD and _SENTENCE_START.search(before) and self._more_word_than_name(text[start:end])):
            # `Grace periods end`, `Brown rice`; but `John called`, `Maria's test` (more often names than words)
            score = SCORE_SINGLE
        if score is None:
            if cue is _UNSET:
                cue = run_cue(text, start, end, after, lower)
            if not self._cue_suffices(cue, text, start, end, after, names, lower, caps, len(core)):
                return
            if proper_phrase and cue not in _CONTACT_CUES and ":" not in after.partition("\n")[0]:
                return  # `Final: Vegas Golden Knights 2`, `to King's Cross`; but `Name: Ana Diaz DOB: ...`
            score = SCORE_PAIR
        lone = len(core) == 1 and lone_surname(text[start:end], flags, after)
        if self._looks_like_thing(text[start:end].lower(), before, after, lone) or thing_beside(text, start, end,
                                                                                                   self.classify):
            return
        if len(core) == 1 and label_before_number(flags & FIRST, before, after) and self._more_word_than_name(
                text[start:end]):
            return  # `Parcel 841486217396 will arrive`, `· Price $189`: a noun before its number, a field's amount
        if lower and len(core) == 1 and _DETERMINER_BEFORE.search(before):
            return  # `some amber ale`, `of rose petals`: a lower-case word after a determiner is no name
        if "&" in before and firm_possessive(text[start:end], before) or lower and len(core) == 1 and lower_thing(
                text[start:end], flags, after, self.classify):
            return  # `Ben & Jerry's`; `kelvin (K)`, `frank and tender`
        if len(core) >= 2 and text[run[-1][0]:end].lower() in BUILDING_ENDS and (
                self._thing_label(text, start) or _AT_PLACE_BEFORE.search(before) or (
                    (label := _LABEL_BEFORE.search(before)) and label.group(1).lower() in THING_LABELS)):
            return  # `Room: Franklin Hall`, `at Okafor House`: a building named after someone
        if len(core) == 1 and (flags & PLACE or self._place_after(after) or self._thing_label(text, start)):
            if cue is _UNSET:
                cue = run_cue(text, start, end, after, lower)
            if cue not in _CONTACT_CUES:
                return  # `Savannah, GA`, `in German`, `Milestone: Hudson`; but `[3:37 PM] Eugene:`
        if (prev := _TITLE_BEFORE.search(before)) and is_org_name(f"{prev.group(1)} {text[start:end]}"):
            return  # `Dr. Martens`, `Mrs Fields`, `Aunt Jemima`: a brand that starts with a title
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
        if cue == "speech" and not _AFTER_SPEECH_STRONG.match(after) and QUOTED_START.search(text, 0, start) \
                and self._more_word_than_name(text[start:end]) and not any(t[3] & FIRST for t in names):
            return False  # `Parcel left with`: a noun (a surname too) opening a sentence before a weak verb
        if cue == "label" and (self._thing_label(text, start) or names and regex.match(r"[ ]\p{Ll}", after)
                               and self._more_word_than_name(text[start:end])):
            return False  # `Component: Billing`, `Milestone: Hudson`, `Term dates: Autumn term ends`
        if cue == "near" and names and not any(t[3] & FIRST for t in names) and self._more_word_than_name(
                text[start:end]):
            return False  # `forwarded to Billing`: a surname that is more often a word, after a preposition
        if not names:  # a rare word alone: a cue of contact, or an item of a list on a label line
            return cue in _CONTACT_CUES or cue == "label" and self._in_list(text, start)
        return not caps or cue in _CONTACT_CUES or cue == "label"  # `Traceback (most...`, `Item: Paperwhite`

    def _looks_like_thing(self, words: str, before: str, after: str, single_surname: bool) -> bool:
        """A company, brand, place, date or eponym with a person's name in it."""
        if is_org_name(words) or is_brand(words, after):
            return True  # `Estée Lauder`, `Mercedes-Benz`
        prev = _PREV_WORD.search(before)
        if prev and is_org_name(f"{prev.group(1)} {words}"):
            return True  # `General Mills`: a title before a name, but a company here
        possessive = words.endswith(("'s", "’s"))
        if _AFTER_EPONYM.match(after) or before.lower().endswith("the ") or _INDEFINITE_BEFORE.search(before):
            return True  # `the White House`; `a Tom Collins`, `an Earl Grey`: a kind of thing, not someone
        if not possessive and _AFTER_THING.match(after):
            return True  # `Turing test`, `Caesar salad`; but `Maria's test results`
        if possessive and _AFTER_POSSESSIVE_EPONYM.match(after):
            return True  # `Brouwer's fixed-point theorem`, `Cooper's hawk`
        if _AFTER_COORDINATED_EPONYM.match(after):
            return True  # `Hoehn and Yahr stage`: the first of two eponyms before their noun
        if _A_LA.search(before) or _STORM_BEFORE.search(before):
            return True  # `chicken à la King`, `Hurricane Helene`
        if words in ELEMENT_SYMBOLS and _LAB_VALUE_AFTER.match(after) or lab_or_bird(words, after):
            return True  # `Na 138, K 4.1`: a lab value; `Bradford assay`, `Cooper's hawk`
        if after[:1] == "–" and after[1:2].isupper() or before.endswith("–") and before[-2:-1].isalpha():
            return True  # `Floyd–Warshall`, `Cauchy–Schwarz`: two eponyms joined by an en dash
        if single_surname and (after.startswith(" & ") or before.endswith((" & ", " of ", " in ", " at "))):
            return True  # `Johnson & Johnson`, `Smith & Wesson`, `University of Leeds`, `in Jackson`
        if " " not in words and _PLACE_PREFIX.search(before):
            return True  # `San Diego`, `Fort Worth`
        if _PLACE_PREFIX.match(words.partition(" ")[0].title() + " "):
            return True  # `San Diego` as one run
        if street_name(words, after) or words in STREET_NAME_ENDS and _PREV_WORD.search(before):
            return True  # `Cedar Lane`, `Abbey Road`; `Church Lane`: the street word after a plain capitalized word
        if words in _UNIT_WORDS and _UNIT_NUMBER_AFTER.match(after) or _IDENTIFIER_AFTER.match(after):
            return True  # `Ward 7C`, `JIRA-2757`, `Goods-in`
        return words == "thu" and bool(_DATE_AFTER.match(after))  # `Thu Mar 5` (but `Thu Nguyen`)

    def _plain_lower_name(self, text: str, start: int, end: int) -> bool:
        """A lower-case first name alone without a cue: a census name of 4+ letters, not a dictionary word used more
        as a word than as a name (`brown sugar`, `to be frank`) unless with `me and`, not in code (`len(`)."""
        entry = self.lexicon.get(text[start:end])
        word_first = entry is not None and entry[0] & WORD and entry[2] >= entry[1] and not _ME_AND.search(
            text, max(0, start - 8), start)  # `brown sugar`, `to be frank`; but `me and frank went`, `hector`
        return (entry is not None and entry[1] > DEFAULT_NAME_ZIPF and end - start >= 4 and not word_first
                and (start == 0 or text[start - 1] not in "._([=/\\") and text[end:end + 1] not in "(._[=/")

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

    def _after_proper_word(self, text: str, start: int, end: int) -> bool:
        """A capitalized word mid-sentence right before a lone name (`Nike Air Max`, `JPMorgan Chase`,
        `the Westminster Abbey`): the name ends a longer proper noun. Titles, kin and greetings
        (`Coach Carter`, `Happy Birthday Priya`) and a sentence's first word (`Ask Svetlana`) do not count."""
        window = text[max(0, start - 40):start]
        m = _PREV_WORD.search(window)
        if m is None or m.group(1).isupper() or m.group(1).lower() in NOT_PROPER_BEFORE:
            return False
        if m.start() > 0 and not _SENTENCE_START.search(window[:m.start()]):
            return True
        if self._plural_noun(m.group(1)):
            return True  # `Eggs Benedict`: a plural noun opening the sentence names a thing (`Ask Svetlana` stays)
        # A line's heading, a plain word then the name and a colon (`Eggs Benedict:`, `Pizza Margherita: ...`):
        # a dish or a product; a speaker's role before a name (`Coach Carter:`) is in PERSON_BEFORE.
        line = text[text.rfind("\n", 0, start) + 1:start]
        return text[end:end + 1] == ":" and line.strip() == m.group(1) and self.classify(m.group(1))[0] == _PLAIN

    def _plural_noun(self, word: str) -> bool:
        """`Eggs`, `Parcels`: a common word ending in -s whose stem is a common word, no name, no verb of speech."""
        low = word.lower()
        if len(low) < 4 or not low.endswith("s") or low.endswith("ss") or _AFTER_SPEECH.match(" " + low):
            return False
        entry, stem = self.lexicon.get(low), self.lexicon.get(low[:-1])
        return all(e is not None and e[0] & WORD and not e[0] & (FIRST | LAST) for e in (entry, stem))

    @staticmethod
    def _inside_proper_phrase(text: str, end: int, caps: bool, lower: bool, first_last: bool) -> bool:
        """A capitalized plain word right after the run (`Orlando Magic`): the run names a thing."""
        if caps or lower or end + 2 > len(text) or text[end] != " ":
            return False
        return text[end + 1].isupper() and not name_ends(text, end, first_last)


@functools.cache
def shared_detector() -> EnglishNameDetector:
    """One detector per process (its caches are per word): the recognizers, the tagger's features, the addressee."""
    return EnglishNameDetector()


class EnglishNameRecognizer(EntityRecognizer):
    """Presidio recognizer (entity PERSON) around `EnglishNameDetector`, on every text and in any language: no
    patterns, so the scrubber's pre-filter runs it everywhere; an exception fails that document closed."""

    patterns: tuple = ()

    def __init__(self, supported_language: str = "en", detector: EnglishNameDetector | None = None):
        self.detector = detector or shared_detector()
        super().__init__(supported_entities=["PERSON"], name="EnglishNameRecognizer",
                         supported_language=supported_language)

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: ARG002 -- Presidio's signature
        meta = {RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
        return [RecognizerResult("PERSON", start, end, score, recognition_metadata=dict(meta))
                for start, end, score in self.detector.find(text)]
