"""Person names that a list, a roster or a record line shows, where the words alone do not (round 5).

`prep.pii.names_en_context.ContextReader` calls `ListReader.find(text, spans)` after its own readings. Each
shape puts only people where it puts a word, so a name that is an ordinary word (`Sky`, `June`, `grace`) or
a word no list has (`Dre`, `tayen`) goes when the shape holds:
- a Discord-style speaker line, any case: `grace — Today at 11:41 PM`, `DEVON — Yesterday at 9:02 PM`;
- a block of three or more `last, first` lines (an attendance roster), any case, most second words first names;
- a numbered roster block: `#23 Dre Washington  RB`, two lines or more, one with a first name;
- a judge in a court heading: `HOLLIS, District Judge:`, `MARTÍNEZ, J.`;
- a nickname in quotes between a first name and a surname, any case: `WALTER "BUD" KESSLER`;
- the names after a plural kin word: `grandchildren Hunter, Brooke, and Sky`, `daughters Lorraine and June`;
- a record's `LAST, First [M]` with or without the space (`ROBERTSON,KATHLEEN M`, `ABERNATHY, Josiah`);
- list items that start with a particle beside a found name (`Pettigrew, St. Clair, Van der Berg`);
- lower-case chat names that are ordinary words, before a verb only a person takes (`autumn's getting
  married`, `hope is bringing the cooler`, `will and faith got engaged`).
Each shape checks its words: roles, months as a whole list, common words where a first name must stand stay.
"""

from __future__ import annotations

import re

import regex

from prep.pii.gated_scan import LineStartGate, LineStartPattern
from prep.pii.names_en_camel import glued_handle
from prep.pii.names_en_coordinated import coordinated_names, team_names
from prep.pii.names_en_labels import dialogue_labels
from prep.pii.names_en_lower import capital_possessives, lower_possessives
from prep.pii.names_en_repeats import lower_repeats
from prep.pii.names_en_speakers import called_speakers
from prep.pii.names_en_things import COLOUR_NAMED
from prep.pii.names_en_words import (
    _PLAIN,
    BRANDS,
    CREDENTIALS,
    FIRST,
    LAST,
    NOT_NAMES,
    PARTICLES,
    PLACE,
    SOFTWARE,
    SOFTWARE_AFTER,
    WORD,
    is_common_word,
    is_named_thing,
    is_org_name,
    load_lexicon,
)

SCORE = 0.6
_W = r"\p{L}[\p{L}'’\-]*"
_CAP = r"\p{Lu}[\p{L}'’\-]*"
# `grace — Today at 11:41 PM`, `DEVON — 03/02/2026 9:12 PM`
_DISCORD = LineStartPattern(regex.compile(
    rf"(?m)^[ \t]*({_W}(?:[ ._]{_W}){{0,2}})[ \t]+[—–-][ \t]+"
    r"(?:(?i:today|yesterday)(?:[ ]at)?|\d{1,2}/\d{1,2}/\d{2,4})[ ]\d{1,2}:\d\d"
))
# `Reyes, Cristina`, `#4 WHITFIELD, Jordan — G`, `- Kim, Jae-won (Unit 508)`, `Patel, Arjun 6.0`: a mark or a number
# before, a middle initial, and one short cell after (a position, hours, a unit) that holds no comma
_ROSTER_LINE = LineStartPattern(regex.compile(
    rf"(?m)^[ \t]*(?:\d{{1,3}}[.)][ \t]*|#\d{{1,3}}[ \t]+|[-*•][ \t]+)?({_W}),[ ]?({_W}(?:[ ]\p{{Lu}}\.)?)"
    r"(?:[ \t]*[—–|][ \t]*[^\n,]{1,30}|[ \t]+[\d(&][^\n,]{0,30})?[ \t]*$"
))
_NUMBERED_LINE = LineStartPattern(regex.compile(
    rf"(?m)^[ \t]*#?\d{{1,3}}[.)]?[ \t]+({_CAP}(?:[ ]{_CAP}){{1,2}})(?:[ \t]{{2,}}|\t|[ ]*[|,–—-][ ]*)\p{{Lu}}{{1,3}}\b"
))
_JUDGE = regex.compile(
    r"(?<![\p{L}'’\-])(\p{Lu}[\p{L}'’\-]+),[ ](?:(?:Chief|Senior|District|Circuit|Magistrate|Bankruptcy|Associate"
    r"|Presiding|Appellate|U\.S\.)[ ])*(?:Judge|Justice)\b"
    r"|(?<![\p{L}'’\-])(\p{Lu}{3,}[\p{Lu}'’\-]*),[ ](?:C\.[ ]?)?J\.(?:,|:|$)",
    regex.MULTILINE,
)
_NICKNAME = regex.compile(
    r"(?<![\p{L}'’\-])(\p{Lu}[\p{L}'’\-]+)[ ][\"“‘']\p{Lu}[\p{L}.\-]*[\"”’'][ ](\p{Lu}[\p{L}'’\-]+)(?![\p{L}])"
)
_SALUTATION = LineStartPattern(regex.compile(
    rf"(?m)^[ \t]*(?:Dear|Dearest|My[ ]dear|Hi|Hello|Hey|Hiya)[ ]+({_CAP}(?:[ ]{_CAP})?)[ \t]*[,!:]?[ \t]*$"))
_KIN = regex.compile(
    r"(?<![\p{L}])(?i:children|daughters|sons|grandchildren|great-grandchildren|grandsons|granddaughters"
    r"|sisters|brothers|stepchildren)(?:,|:)?[ ]"
    rf"({_CAP}(?:[ ]{_CAP}){{0,2}}(?:(?:,[ ]|,?[ ]and[ ]|[ ]&[ ]){_CAP}(?:[ ]{_CAP}){{0,2}})*)"
)
_KIN_SPLIT = regex.compile(r",[ ]and[ ]|,[ ]|[ ]and[ ]|[ ]&[ ]")
_RECORD_LAST_FIRST = regex.compile(
    r"(?<![\p{L}\p{N}'’\-])(\p{Lu}{2}[\p{Lu}'’\-]+),[ ]?(\p{Lu}[\p{L}'’\-]+)"
    r"((?:[ ]\p{Lu}(?:\.|(?![\p{L}])|(?=(?:DOB|SSN|MRN|SEX|AGE|ADDR|ID|PHONE|DX)\b)))?)"
)
_PARTICLE_ITEM = regex.compile(
    r"(?:,[ ]|;[ ]|,?[ ]and[ ])((?i:st\.|van|von|de|del|della|da|di|du|la|le|mac|mc)[ ]"
    r"(?:(?i:der|den|de|la|le|van)[ ])?\p{Lu}[\p{L}'’\-]+)(?=[,;.]|[ ]and[ ]|[ \t]*(?:\n|$))"
)
_GERUND = "getting|going|coming|bringing|gonna"
_LOWER_VERB = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}'’_\-@./#])(\p{{Ll}}{{3,}})(?:(?:['’]s|[ ]is|[ ]was)[ ](?:{_GERUND})\b(?![ ](?:to[ ])?be\b)"
    r"|[ ]and[ ](\p{Ll}{3,})[ ](?:got[ ](?:engaged|married|back[ ]together)|broke[ ]up|are[ ](?:dating|engaged)"
    r"|split[ ]up|eloped|had[ ]a[ ]baby))"
)
# `Rosalind J. Achebe`, `Tobias Whitcombe Jr.`: a middle initial or a suffix, no longer proper noun
# What may follow a person's name and still end it: an initial, a generation, a credential (`Ebony Tate RN`, `Omar
# Haddad, PhD` ...): not the next word of a longer proper noun.
MIDDLE_INITIAL = regex.compile(rf"[ ](?:\p{{Lu}}\.|(?:Jr|Sr|II|III|IV|{CREDENTIALS})(?![\p{{L}}\p{{N}}]))")
_PLACE_CODE = regex.compile(r"[ ](?:MD|NP)(?![\p{L}\p{N}])")  # a credential, or Maryland's code and a national park's
_ZIP_AFTER = regex.compile(r",?[ ]\d{5}(?!\d)")


def name_ends(text: str, end: int, first_last: bool) -> bool:
    """An initial, a generation or a credential right after `end` ends a name there (`MIDDLE_INITIAL`); letters that
    are a state's or a park's too (`MD`, `NP`) only after a first name and a surname (`first_last`) and before no ZIP
    code (`Holly Park NP`, `Grace Obi MD`; not `Laurel MD`, `Mesa Verde NP`, `Chevy Chase MD 20815`)."""
    m = MIDDLE_INITIAL.match(text, end)
    if m is None or not _PLACE_CODE.match(text, end):
        return m is not None
    return first_last and not _ZIP_AFTER.match(text, m.end())


_ABBREVIATION_AFTER = regex.compile(r"[ ]\((\p{Lu})\p{L}{0,2}\)")  # `kelvin (K)`: a unit or a term and its symbol
_COORDINATED_LOWER = regex.compile(r"[ ](?:and|or)[ ](\p{Ll}+)")  # `frank and tender`
_FIRM_BEFORE = regex.compile(r"\p{Lu}\p{Ll}+[ ]&[ ]$")  # `Ben & Jerry's`: a firm of two names
_POSSESSIVE = regex.compile(r"\p{L}+['’]s\b")
_PARTICLE_BEFORE = regex.compile(
    r"(?<![\p{L}'’\-])((?i:st\.|van|von|de|del|della|da|di|du|la|le|mac|mc)[ ](?:(?i:der|den|de|la|le|van)[ ])?"
    r"\p{Lu}[\p{L}'’\-]+)(?:,[ ]|;[ ]|,?[ ]and[ ])$")
_NAME_FIELD = regex.compile(
    r"(?<![\p{L}])(?i:surname|last[ ]name|family[ ]name|given[ ]names?|first[ ]name|forenames?)"
    r"(?:[ ]and[ ](?:middle[ ])?initial)?[ \t]*:?[ \t]+(\p{Lu}[\p{L}'’\-]*(?:[ ]\p{Lu}[\p{L}'’\-]*){0,2})(?![\p{L}.])")
_SUFFIX_AFTER = regex.compile(r",?[ ](?:Jr\.|Sr\.|Jr|Sr|II|III|IV)(?![\p{L}\p{N}])")
_LEAD_INITIAL = regex.compile(r"(?<![\p{L}\p{N}.'’])\p{Lu}\.(?:\p{Lu}\.){0,2}[ ]$")  # `J. `, `E.J. `, `A.B.C. `
_THE_BEFORE = regex.compile(r"(?<![\p{L}])(?i:the)[ ]$")
# Cheap tests with the standard library's engine before the readings.
_FIELD_WORDS = ("surname", "last name", "family name", "given name", "first name", "forename")  # and `name`
# A person's words after a quotation (`..." said Okafor, whose`): a news story's attribution
_QUOTE_SAID = regex.compile(
    r"[,!?][\"”'’][ ](?:said|says|asked|added|replied|wrote|recalled|explained|insisted)[ ]"
    r"(\p{Lu}\p{Ll}[\p{L}'’\-]*(?:[ ]\p{Lu}\p{Ll}[\p{L}'’\-]*)?)(?=[,.;:!?)]|[ ](?:who|whose)\b|$)")
# After `Surname, First`: a line end, a bracket or a semicolon (`Rep. Okonjo, Theresa [D-MN-4];`)
_INVERTED_END = regex.compile(r"[ \t]*(?:$|[\n\[(;<])")  # `Brennan, Colm <colm@...>`: a display name too
# A record's next cell (`Okafor, Chidi 250.00`, `Varga, Petra — 3 May`, `Acheampong, Kwesi & Efua`, `patient=Greer,
# Annabel src=...`, `"o'brien, kathleen"`): there the surname is no first name (`Tom, Anna & Leo` is a list)
_INVERTED_CELL = regex.compile(r"[ \t]*(?:[\"”|—–&]|\d|\p{Ll}+=)")
_COLOUR_AFTER = re.compile(r" (?:green|blue|grey|gray|pink|red|white|black|brown|yellow|purple|beige|gold)(?![\w-])")
_HANDLE = regex.compile(r"\p{Ll}\p{Lu}|\d|_")  # capitals inside a word, digits, underscores: a handle
_GATE_DISCORD = re.compile(r"(?i)[—–-] (?:today|yesterday|\d{1,2}/)")
# At a line's start: `LineStartGate` finds them from the line breaks (speed; the same answer as `(?m)^` + body).
_GATE_NUMBERED = LineStartGate(r"[ \t]*#?\d{1,3}[.)]?[ \t]+[A-Z]")
_GATE_SALUTATION = LineStartGate(r"[ \t]*(?:Dear|Dearest|My dear|Hi|Hello|Hey|Hiya) ")
_GATE_ROSTER = LineStartGate(r"[ \t]*(?:[#\d\-*•][\d.)]*[ \t]*)?[^\W\d_][\w'’\-]*, ?[^\W\d_]")


def _caps_before_comma(text: str) -> bool:
    """Two capitals right before a comma somewhere (`ROBERTSON,`): a few `find`s, faster than any pattern."""
    at = text.find(",", 2)
    while at >= 0:
        if text[at - 2:at].isupper():
            return True
        at = text.find(",", at + 1)
    return False


# What follows a pair of people joined by `and` (`Jamal and Sunita in Q4`, `Morgan and Yevgenia married`, `Kennedy
# and Bolsonaro spoke.`): the sentence's end, a preposition, a conjunction or a verb; not a noun the pair qualifies
# or a title's colon (`Morgan and Terraform configs`, `Taylor and Grafana dashboards`, `Lewis and Ozempic: a view`).
_PAIR_GOES_ON = regex.compile(
    r"[ ]*(?:[.,!?;)\n]|$)|[ ](?:in|on|at|for|with|from|to|of|about|after|before|during|over|and|or|but|both|each|also"
    r"|are|were|have|had|will|would|can|could|should|did|do|said|spoke|met|ran|went|came|left|took|gave|made|got|led"
    r"|won|lost|wrote|told|saw|sat|fought|became|grew|swam|drove|flew|sang|taught|bought|sold|built|began|kept"
    r"|\p{Ll}+ed|co-\p{Ll}+)(?![\p{L}\-])")


def pair_goes_on(text: str, end: int) -> bool:
    """Whether a person's clause goes on after a pair joined by `and` that ends at `end` (`_PAIR_GOES_ON`)."""
    return _PAIR_GOES_ON.match(text, end) is not None


def is_brand(words: str, after: str = "") -> bool:
    """`Mercedes-Benz`, `Wendy's`, `Columbia's`: a brand that is also a name, possessive or not; or software named
    like a person with a software word after it (`Jenkins plugins`, `Hugo (Go)`: `SOFTWARE_AFTER`)."""
    head = words.split("-")[0].replace("’", "'")
    if head in BRANDS or head[-2:] == "'s" and head[:-2] in BRANDS or (
            head in COLOUR_NAMED and _COLOUR_AFTER.match(after)):
        return True  # a brand; a colour's name before its colour word (`Sage green`; not `Emma pink`, `Rose Green`)
    return head in SOFTWARE and SOFTWARE_AFTER.match(after) is not None


def lower_thing(word: str, flags: int, after: str, classify) -> bool:
    """`kelvin (K)`: a unit before its symbol; `frank and tender`: a name that is also a word, beside a plain word."""
    abbreviation = _ABBREVIATION_AFTER.match(after)
    if abbreviation and abbreviation.group(1).lower() == word[0]:
        return True
    other = _COORDINATED_LOWER.match(after)
    return bool(flags & WORD and other and classify(other.group(1))[0] == _PLAIN)


def firm_possessive(words: str, before: str) -> bool:
    """`Ben & Jerry's`: a possessive name after `Name & `, a firm named after two people."""
    return bool(_FIRM_BEFORE.search(before) and _POSSESSIVE.match(words))


class ListReader:
    """`find(text, spans)` -> the spans the shapes above add, given the spans found so far."""

    def __init__(self, detector, roles: frozenset):
        self.detector = detector
        self.lexicon = detector.lexicon
        self.roles = roles  # `prep.pii.names_en_context.ROLES`: speakers that are roles, not people

    def find(self, text: str, spans: list) -> tuple[list, list]:
        """(spans to check for things, spans whose shape admits only people: no check). Each shape runs only
        where a literal it needs is in the text (`in` on the lower-cased text: the cheapest test there is)."""
        out: list[tuple[int, int, float]] = []
        sure: list[tuple[int, int, float]] = []
        low = text.lower()
        if "\n" in text:
            if (" today" in low or " yesterday" in low or "/" in text) and _GATE_DISCORD.search(text):
                sure += self._discord(text)
            if "," in text and _GATE_ROSTER.search(text):
                sure += self._roster(text)
            if _GATE_NUMBERED.search(text):
                sure += self._numbered(text)
            if _GATE_SALUTATION.search(text):
                out += self._salutations(text)
            if ": " in text or "<" in text:
                out += dialogue_labels(text, spans, self.lexicon)  # `sunny rivera:`, `JUNO PARK:` after `Q:`, `<kwame>`
                if spans:
                    sure += called_speakers(text, spans, self.lexicon)  # `Rain: thanks Sunny` beside `Sunny:`
        if "'s " in text or "’s " in text:
            out += lower_possessives(text, self.lexicon)  # `madison's date of birth`, `edith's 80th`
            out += capital_possessives(text, self.lexicon)  # `Kairo's real name`, `Jordan's recommendation letter`
        if spans:
            out += lower_repeats(text, spans, self.lexicon)  # `mason carried ...` beside `Mason Reyes`
            if " and " in text or ", " in text or " & " in text:
                out += coordinated_names(text, spans, self.lexicon)  # `Mallory and Jun dig into`
        if "," in text:
            if _caps_before_comma(text):
                out += self._records(text)
            if spans:
                sure += self._particles(text, spans)
        if " from " in text:
            out += team_names(text, self.lexicon)  # `April from Payroll`, `Hope from HR`
        if "name" in low and any(w in low for w in _FIELD_WORDS):
            sure += self._form_fields(text)
        if "judge" in low or "justice" in low or ", j." in low or "c.j." in low:
            sure += [(m.start(i), m.end(i), SCORE) for m in _JUDGE.finditer(text) for i in (1, 2) if m.group(i)
                     and not is_common_word(m.group(i))]
        if '"' in text or "“" in text or " '" in text or " ‘" in text:
            out += self._nicknames(text)
            if " said " in text or " says " in text or " asked " in text or " added " in text or " re" in text:
                out += self._quote_said(text)
        if "children" in low or "daughters" in low or "sons" in low or "sisters" in low or "brothers" in low:
            out += self._kin(text)
        if "ing " in low and ("getting" in low or "going" in low or "coming" in low or "bringing" in low) or (
                "gonna" in low or "engaged" in low or "broke up" in low or "married" in low):
            out += self._lower_verbs(text)
        return out, sure

    @staticmethod
    def edges(text: str, spans: list) -> list[tuple[int, int, float]]:
        """`J. Thorne`, `Luis Carrasco Jr.`: a capital initial before a found name that starts with a capital, and
        a generational suffix after one, join it."""
        out = []
        for start, end, score in spans:
            m = _LEAD_INITIAL.search(text, max(0, start - 7), start) if start >= 3 and text[start].isupper() else None
            if m and _THE_BEFORE.search(text, max(0, m.start() - 4), m.start()):
                m = None  # `the U.S. Kennedy`: a country's initials end a sentence, no one's name
            suffix = _SUFFIX_AFTER.match(text, end) if text[end - 1:end].isalpha() else None
            out.append((m.start() if m else start, suffix.end() if suffix else end, score))
        return out

    # -- the shapes -----------------------------------------------------------------------------------
    def _entry(self, word: str):
        return self.lexicon.get(word.lower().replace("’", "'").removesuffix("'s"))

    def _first(self, word: str) -> bool:
        """A first name of any wordness, no place (`August`, `Sky`, `jaylen`)."""
        entry = self._entry(word)
        return entry is not None and bool(entry[0] & FIRST) and not entry[0] & PLACE

    def _surname(self, word: str) -> bool:
        """A surname that is no word and no place (`Whitfield`, `ADEYEMI`)."""
        entry = self._entry(word)
        return entry is not None and bool(entry[0] & LAST) and not entry[0] & (PLACE | WORD)

    def _place_line(self, m) -> bool:
        """`Paris, France`, `Rome, Italy`: a place before the comma, or a place that is no first name after it."""
        before, after = self._entry(m.group(1)), self._entry(m.group(2).split()[0])
        return before is not None and bool(before[0] & PLACE) or (
            after is not None and bool(after[0] & PLACE) and not after[0] & FIRST)

    def _nameish(self, word: str) -> bool:
        """No role, particle or common word without a name's flag: a name, a rare word, a name that is a word."""
        low = word.lower()
        if low in PARTICLES or len(word) < 2:
            return False
        entry = self._entry(word)
        return entry is None or bool(entry[0] & (FIRST | LAST)) or not (entry[0] & WORD) and entry[2] < 4.0

    def _discord(self, text: str) -> list:
        out = []
        for m in _DISCORD.finditer(text):
            words = regex.split(r"[ ._]+", m.group(1))
            if words[0].lower() in self.roles or words[0].lower() in NOT_NAMES or not all(map(self._nameish, words)) \
                    or _HANDLE.search(m.group(1)) or glued_handle(m.group(1)):
                continue  # a role; a gamer's handle (`xXcrowbarXx`, `NightOwl99`, `scrapbasket`) is no name
            out.append((m.start(1), m.end(1), SCORE))
        return out

    def _roster(self, text: str) -> list:
        """Three or more consecutive `last, first` lines, most with a first name second."""
        out, block = [], []
        for m in [*_ROSTER_LINE.finditer(text), None]:
            if m is not None and block and text.count("\n", block[-1].end(), m.start()) == 1:
                block.append(m)
                continue
            named = sum(self._first(b.group(2).split()[0]) or self._surname(b.group(1)) for b in block)
            if len(block) >= 3 and 2 * named > len(block) and not any(map(self._place_line, block)) and all(
                    self._nameish(b.group(1)) and not is_common_word(b.group(1)) for b in block):
                out += [(b.start(1), b.end(2), SCORE) for b in block]
            block = [m] if m is not None else []
        return out

    def _numbered(self, text: str) -> list:
        """A numbered roster (`#23 Dre Washington  RB`): two lines or more, one with a first name first."""
        lines = list(_NUMBERED_LINE.finditer(text))
        if len(lines) < 2 or 2 * sum(self._first(m.group(1).split()[0]) for m in lines) < len(lines):
            return []
        return [(m.start(1), m.end(1), SCORE) for m in lines if not is_org_name(m.group(1))
                and not all(is_common_word(w) for w in m.group(1).split())]

    def _salutations(self, text: str) -> list:
        """`Dearest Pip,` on a line of its own: the words after a greeting, unless a role or a common word."""
        out = []
        for m in _SALUTATION.finditer(text):
            words = m.group(1).split()
            if all(w.lower() not in self.roles and w.lower() not in NOT_NAMES and (
                    self._first(w) or not is_common_word(w)) for w in words):
                out.append((m.start(1), m.end(1), SCORE))
        return out

    def _nicknames(self, text: str) -> list:
        return [(m.start(1), m.end(2), SCORE) for m in _NICKNAME.finditer(text)
                if self._first(m.group(1)) and m.group(1).lower() not in NOT_NAMES and self._nameish(m.group(2))]

    def _kin(self, text: str) -> list:
        """`grandchildren Hunter, Brooke, and Sky`: every item, when one is a first name."""
        out = []
        for m in _KIN.finditer(text):
            at, items = m.start(1), []
            for part in _KIN_SPLIT.split(m.group(1)):
                at = text.index(part, at)
                items.append((at, at + len(part)))
                at += len(part)
            words = [text[a:b] for a, b in items]
            if any(self._first(w.split()[0]) for w in words) and not any(is_named_thing(w) for w in words):
                out += [(a, b, SCORE) for a, b in items]
        return out

    def _records(self, text: str) -> list:
        """`ROBERTSON,KATHLEEN M`, `ABERNATHY, Josiah`: a surname in capitals, a comma, a first name."""
        out = []
        for m in _RECORD_LAST_FIRST.finditer(text):
            last, first = m.group(1), m.group(2)
            entry = self._entry(last)
            if not self._first(first) or first.lower() in NOT_NAMES or is_common_word(last) or (
                    entry is not None and entry[0] & PLACE):
                continue
            out.append((m.start(1), m.end(3) if m.group(3) else m.end(2), SCORE))
        return out

    def _particles(self, text: str, spans: list) -> list:
        """`Pettigrew, St. Clair, Van der Berg`: a particle's item in a list beside a found name or another item."""
        out, todo = [], [(start, end) for start, end, _ in spans]
        seen = set()
        while todo:
            start, end = todo.pop()
            after = _PARTICLE_ITEM.match(text, end) if text[end:end + 2] in (", ", "; ", " a") else None
            before = _PARTICLE_BEFORE.search(text, max(0, start - 40), start) if text[start - 2:start] in (
                ", ", "; ", "d ") else None
            for m in (after, before):
                if m is not None and m.span(1) not in seen:
                    seen.add(m.span(1))
                    out.append((m.start(1), m.end(1), SCORE))
                    todo.append(m.span(1))
        return out

    def _form_fields(self, text: str) -> list:
        """`Surname: PARK`, `Last name Oduya`: the words after a name field's label, any case."""
        out = []
        for m in _NAME_FIELD.finditer(text):
            words = m.group(1).split()
            if all(self._nameish(w) and (self._entry(w) is None or not is_common_word(w) or self._entry(w)[0] & (
                    FIRST | LAST)) and w.lower() not in NOT_NAMES for w in words):
                out.append((m.start(1), m.end(1), SCORE))
        return out

    def _lower_verbs(self, text: str) -> list:
        """`autumn's getting married`, `will and faith got engaged`: lower-case first names before a verb that
        only a person takes (not the future's `going to be`: `summer is going to be chill`); a lower-case text
        writes its names in lower case."""
        out = []
        for m in _LOWER_VERB.finditer(text):
            for i in (1, 2):
                w = m.group(i)
                if w and self._first(w) and w not in NOT_NAMES:
                    out.append((m.start(i), m.end(i), SCORE))
        return out

    def _quote_said(self, text: str) -> list:
        """`"...," said Okafor, whose`: the capitalized words after a quotation and a verb of speech, unless a
        common word, a role or a company."""
        return [(m.start(1), m.end(1), SCORE) for m in _QUOTE_SAID.finditer(text) if not is_org_name(m.group(1))
                and all(not is_common_word(w) and w.lower() not in self.roles and w.lower() not in NOT_NAMES
                        for w in m.group(1).split())]

    def turns(self, lines: list, named: list) -> list:
        """In a dialogue of three turns or more, one of them named (`Grace:`), a one-word speaker that is a first
        name of any wordness (`Will:`, `Hope:`) or, not in capitals, a word no list has (`Segun:`)."""
        if not named:
            return []
        starts, out = {m.start(1) for m in named}, []
        for m in lines:
            w = m.group(1)
            if m.start(1) in starts or " " in w or w.lower() in self.roles or w.lower() in NOT_NAMES:
                continue
            if self._first(w) or self._entry(w) is None and len(w) >= 3 and w.isalpha() and not w.isupper():
                out.append((m.start(1), m.end(1), SCORE))
        speakers = [w for w in (m.group(1).split()[0] for m in lines) if w.lower() not in self.roles
                    and not is_common_word(w)]
        return out if len(speakers) >= 3 else []

    def join_inverted(self, text: str, spans: list) -> list:
        """`Okonjo, Theresa [D-MN-4]`, `de la Cruz, Miguel Ángel` (a line end after): a surname, a comma and a first
        name before a line end, a bracket or a semicolon are one name, the comma with it."""
        out: list[tuple[int, int, float]] = []
        for start, end, score in spans:
            if out and text[out[-1][1]:start] == ", " and self._inverted(text, out[-1][0], out[-1][1], start, end):
                out[-1] = (out[-1][0], end, max(score, out[-1][2]))
            else:
                out.append((start, end, score))
        return out

    def _inverted(self, text: str, left: int, comma: int, start: int, end: int) -> bool:
        words = text[left:comma].split()
        cell = not _INVERTED_END.match(text, end)
        if len(words) > 1 and words[0].lower() not in PARTICLES or cell and not _INVERTED_CELL.match(text, end):
            return False
        entry = self._entry(words[-1])
        return (entry is None or bool(entry[0] & LAST) and not (cell and entry[0] & FIRST)) and self._first(
            text[start:end].split()[0])


# A spoken name's middle initial and surname at a line's or a sentence's end (`caller rosalind m achebe`)
_SPOKEN_INITIAL_SURNAME = regex.compile(r"[ ]\p{Ll}[ ](\p{Ll}[\p{Ll}'’\-]{2,})(?=[ \t]*(?:[,.;!?]|\n|$))")


def join_last_first(text: str, found: list) -> list:
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


def join_spoken(text: str, found: list) -> list:
    """A lower-case first name and a spoken initial and surname after it at a line's or a sentence's end (`caller
    rosalind m achebe`) as one span: the surname a rare word or a surname more than a word (not `grace a lot`)."""
    out = []
    for span in found:
        if text[span[0]:span[1]].islower() and (m := _SPOKEN_INITIAL_SURNAME.match(text, span[1])):
            entry = load_lexicon().get(m.group(1))
            if entry is None or entry[0] & LAST and not (entry[0] & WORD and entry[2] > entry[1]):
                span = (span[0], m.end(), span[2])
        out.append(span)
    return out
