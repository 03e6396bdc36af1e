"""Person names that records and forms write in their own shapes, which the run reader cannot join (round 4).

`EnglishNameDetector.find` reads runs of capitalized words; records write names in shapes that break runs or
hide the first name (`prep.pii.names_en_forms` covers reference lists, citations and line-initial LAST, First):
- LAST, First [M.] wherever a record puts it (`Pt: Hrabowski, Gideon W.   MRN`, `Juror 2  Adeyemi, Hunter`,
  `SUBJ: FONSECA, HUNTER S  W/M 34`): a surname, a comma, a first name, then the end of the field;
- an initial and a surname (`Verified: F. Mbeki`) and a first name and an initial (`Blue: Ffion B., Vikram H.`);
- a booking's LAST/FIRST before a title (`PASSENGER 1: MACREADY/AMBER MR`);
- the cells of a table's or CSV's name columns (`| Last | First |`, `first_name,last_name`);
- a family by its surname (`the Okafor family`, `the Pellegrinos`), a nickname in quotes (`Marisol "Sully" Ek`).
Each shape checks its words against the lexicon: a place, a month, a common word as a first name stays.
"""

from __future__ import annotations

import re

import regex

from prep.pii.names_en_words import (
    CREDENTIALS,
    FIRST,
    LAST,
    NOT_NAMES,
    PARTICLES,
    PLACE,
    RARE_ZIPF,
    WORD,
    is_org_name,
    trie_pattern,
)

SCORE = 0.6
_PARTICLE = r"(?:(?:[Vv][ao]n|[Dd][eiau]|[Dd]el|[Dd]er|[Dd]en|[Ll][ea]|[Aa]l|[Ee]l|St\.)[ ])"
_CAP_WORD = r"\p{Lu}[\p{L}'’\-]*\p{L}"
_COMMA_CAP = regex.compile(r",[ ](?=\p{Lu})")
_SURNAME_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{N}}'’\-.])({_PARTICLE}*{_CAP_WORD})$")
# The end of an inverted name's cell: a line's end, a wide gap, a bracket, a list's end, a closing quote before a
# cell's comma or an address (`"Okonkwo-Reyes, Chidi" <...>`, `A-33,"O'Connell, Siobhan",+353`), a cell's bar
# (`Chen, Yichen | ...`) or a list's middle dot (`HAMIDI, PARISA · IWU`); a second given name may come first
# (`Name: Nguyen, Bao Anh   Emp ID`; not a credential: `Elkridge, Columbia MD`).
_FIRST_AFTER = regex.compile(
    rf"({_CAP_WORD})((?:[ ](?!{CREDENTIALS}\b){_CAP_WORD}(?=[ \t]{{2,}}|[ \t]*(?:\n|$)|[\"”]))?"
    r"(?:[ ]\p{Lu}\.?){0,2})"
    r"(?=[ \t]*(?:\n|$)|[ \t]{2,}|\t|[ ]\(|[,;][ \t]*(?:\n|$)|[\"”][ \t]*(?:[,<\n]|$)|[ ]<|[ ]?[|·•][ ])"
)
_LABEL_BEFORE = regex.compile(r"(?:^|\n)[^\n:]{0,40}[:#][^\n:]{0,12}$|(?:^|\n)[ \t]*(?:\d{1,3}[.)]?[ \t]*)?$")
_INITIAL_SURNAME = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}.'’&°])\p{{Lu}}\.[ ]({_PARTICLE}?\p{{Lu}}[\p{{Ll}}'’]+(?:-\p{{Lu}}\p{{Ll}}+)?)"
    r"(?![\p{L}'’\-]|[ ]\p{Lu}\p{Ll}|\.\p{L})"
)
_FIRST_INITIAL = regex.compile(
    r"(?<![\p{L}\p{N}'’\-.])(\p{Lu}\p{Ll}+)[ ]\p{Lu}\.(?=[,;]|[ \t]*(?:\n|$)|[ ](?:&|and)[ ]|[ ]\p{Ll})"
)
_BOOKING = regex.compile(r"(?<![\p{L}/])(\p{Lu}[\p{Lu}'\-]+)/(\p{Lu}[\p{Lu}'\-]+(?:[ ]\p{Lu}[\p{Lu}'\-]+)?)"
                         r"(?=[ ](?:MR|MRS|MS|MISS|MSTR|DR|PROF|CHD|INF)\b)")
_FAMILY = regex.compile(
    r"(?<![\p{L}])[Tt]he[ ](\p{Lu}[\p{Ll}'’\-]+?)(?:[ ](?:family|household|twins|kids|home|residence)\b"
    r"|s(?=[ \t]*(?:\n|$|[.,;!])))"
)
_NICKNAME = regex.compile(r"(?<=(?<![\p{L}'’\-])(\p{Lu}\p{Ll}+)[ ])[\"“]\p{Lu}[\p{L}.\-]*[\"”][ ](\p{Lu}[\p{L}'’\-]+)")
# Cheap tests (the standard library's engine) before the patterns that read the names.
# `T. Underwood` after a space or at the text's start: `(?:^|\s)[A-Z]\.` with the capital first (`re` skips to it)
_GATE_INITIALS = re.compile(r"[A-Z]\.(?<!\S..)")
_GATE_INLINE = re.compile(r" [A-Z]\.")
_STAT = regex.compile(r"[^\n]*\d")  # `T. Underwood 28 pts`
_GATE_WIDE = re.compile(r"[a-z]  {1,2}[A-Z]")

_SPACED = regex.compile(  # `N a m e :  H O R A T I O   YBARRA`: OCR's spaced letters, then the surname
    r"(?<![\p{L}\p{N}])((?:\p{Lu}[ ]){2,}\p{Lu})(?![\p{L}])"
    r"(?:[ ]{1,4}(\p{Lu}[\p{Lu}'’\-]+(?:[ ]\p{Lu}[\p{Lu}'’\-]+){0,2}))?"
)
_WIDE_PAIR = regex.compile(  # and a generation after a wide gap too (`Michael  Ogunbiyi  Jr`)
    r"(?<![\p{L}'’\-])(\p{Lu}\p{Ll}+)[ ]{2,3}(\p{Lu}[\p{L}'’\-]+)(?![\p{L}])(?:[ ]{1,3}(?:Jr|Sr|II|III|IV)\b\.?)?")
_POSSESSOR = regex.compile(
    r"(?<=(?<![\p{L}'’\-])(\p{Lu}\p{Ll}+))['’]s[ ](?=(?:lab|laboratory|group|office|team|house|flat|car|mother"
    r"|father|wife|husband|son|daughter|mum|mom|dad|sister|brother|funeral|estate|account|case|desk|farm)\b)"
)
_CELL = regex.compile(r"[ \t]*(\p{L}[\p{L}'’.\- ]{0,40}?\p{L}\.?)[ \t]*")
NAME_HEADERS = frozenset("""
first|first name|first_name|firstname|given name|given_name|forename|middle name|last|last name|last_name|lastname
|surname|family name|family_name|name|full name|full_name|fullname|patient|patient name|student|student name
|employee|employee name|customer|customer name|member|member name|guest|guest name|contact|contact name|owner
|tenant|resident|visitor|attendee|participant|player|volunteer|signature|signed|printed name
""".replace("\n", "").split("|"))


# A header's id column of a thing, not a person (`campaign_id`, `product no`, `sku`): a bare `name` beside it is the
# thing's name; a person's id (`customer_id`, `emp_no`) leaves it a person's.
_THING_ID = regex.compile(
    r"(?!(?:customer|client|cust|employee|emp|member|patient|user|student|guest|contact|owner|tenant|resident|visitor|store|"
    r"attendee|participant|player|volunteer|staff|person|holder|applicant|candidate|driver|caller|agent|rep)"
    r"[ _\-]?(?:id|no|number|code|#)$)[a-z]+[ _\-]?(?:id|no|number|code|#)"
    r"|sku|product|item|campaign|course|event|project|plan|model|brand|category|vessel")
_HEADER_CELL = regex.compile(  # a name header as a whole cell: the cheap test before the lines are split
    r"(?:^|[\n|,\t])[ \t]*(?i:" + trie_pattern(NAME_HEADERS) + r")[ \t]*:?[ \t]*(?:[|,\t]|\n|$)"
)


# An e-mail's local part (also written `name @ host`), and the marks that join its parts (`sunny.m.pak`).
_MAILBOX = regex.compile(r"(?<![\w.+\-])([\w.+\-]{3,64})[ ]?@[ ]?[\w\-]+\.")
_LOCAL_SPLIT = regex.compile(r"[._+\-\d]+")
_LATIN_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{L}[\p{L}'’]*(?![\p{L}\p{N}])")
_CAPITAL_WORD_AFTER = regex.compile(r"[ ]\p{Lu}\p{Ll}")  # `Summer Camp`, `Rose Garden`: a name of a thing
_CAPITAL_WORD_BEFORE = regex.compile(r"(?:The|the)[ ]$|\p{Lu}\p{Ll}+[ ]$")
_ROLE_MAILBOXES = frozenset("""
info sales support admin contact hello team billing noreply reply office help service services careers jobs hr
press media news newsletter marketing accounts accounting finance legal privacy security abuse postmaster webmaster
mail inbox orders order shop store booking bookings reservations events feedback enquiries inquiries ops dev devops
it helpdesk customer customers care member members student students staff faculty dept hostmaster root user test
""".split())


def _outline_item(text: str, start: int) -> bool:
    """`D. ...` then `E. Grant such other relief`: a letter at a line's start after the letter before it, or before
    the letter after it, each at a line's start, is an outline's mark, no initial (a box score's `T. ...` then
    `S. ...` is not in order)."""
    if start and text[start - 1] != "\n":
        return False
    letter = ord(text[start])
    before = text[:start]
    return f"\n{chr(letter - 1)}. " in before or before.startswith(f"{chr(letter - 1)}. ") or (
        f"\n{chr(letter + 1)}. " in text[start:])


class FieldReader:
    """`find(text)` -> spans (start, end, score) of the names the record shapes above show."""

    def __init__(self, detector):
        self.lexicon = detector.lexicon  # token -> (flags, name zipf, word zipf)

    def find(self, text: str) -> list[tuple[int, int, float]]:
        out: list[tuple[int, int, float]] = []
        if ", " in text:
            out += self._last_first(text)
        initials = _GATE_INITIALS.search(text) is not None
        if initials:
            found = [m for m in _INITIAL_SURNAME.finditer(text) if self._surname(m.group(1))
                     and not (text[m.end():m.end() + 1] == "." and self._abbreviation(m.group(1)))
                     and not _outline_item(text, m.start())]
            if _GATE_INLINE.search(text) is None:  # initials at lines' starts only
                found = self._line_start_people(text, found)
            out += [(m.start(), m.end(), SCORE) for m in found]
        if initials:
            out += [(m.start(1), m.end(), SCORE) for m in _FIRST_INITIAL.finditer(text)
                    if self._first(m.group(1), True)]
        if "/" in text and " M" in text:
            out += [(m.start(), m.end(), SCORE) for m in _BOOKING.finditer(text)
                    if self._surname(m.group(1)) and self._first(m.group(2).split()[0], True)]
        if "amily" in text or "household" in text or "he " in text and ("s\n" in text or " home" in text
                                                                         or " residence" in text):
            out += [(m.start(1), m.end(1) + (text[m.end(1)] == "s"), SCORE) for m in _FAMILY.finditer(text)
                    if self._surname(m.group(1), strict=True)]
        if '"' in text or "“" in text:
            out += [(m.start(1), m.end(), SCORE) for m in _NICKNAME.finditer(text)
                    if self._first(m.group(1), True) and self._surname(m.group(2))]
        if "  " in text and _GATE_WIDE.search(text):
            out += [(m.start(1), m.end(), SCORE) for m in _WIDE_PAIR.finditer(text)
                    if self._first(m.group(1), False) and self._surname(m.group(2), strict=True)]
        if "'s " in text or "’s " in text:
            out += [(m.start(1), m.end(1), SCORE) for m in _POSSESSOR.finditer(text)
                    if self._surname(m.group(1), strict=True) and not self._first(m.group(1), False)]
        if ("|" in text or "\t" in text or text.count(",") >= 4 and "\n" in text) and _HEADER_CELL.search(text):
            out += self._columns(text)
        if "@" in text:
            out += self._mailbox_names(text)
        return out

    def _mailbox_names(self, text: str) -> list[tuple[int, int, float]]:
        """The words of the document that spell a part of a person's mailbox (`Reply to Sunny at sunny.m.pak @
        gmail.com`, `Colm <colm.brennan@...>`): a mailbox named after its owner names the person beside it. A
        mailbox is a person's when a part of it is a name more than a word (`pak`, `colm`), and none a role's
        (`careers`, `info`); its parts of 3+ letters that are names or rare words count, a name that is also a
        common word only capitalized (`Sunny`, not `sunny weather`), and never inside a longer capitalized phrase
        (`summer.camp@...` and `Summer Camp`, `rose.garden@...` and `The Rose Garden` are no people's)."""
        parts: dict[str, bool] = {}  # part -> also a common word (then only its capitalized occurrences count)
        for m in _MAILBOX.finditer(text):
            local = [p for p in _LOCAL_SPLIT.split(m.group(1).lower()) if p]
            entries = [self.lexicon.get(p) for p in local]
            if any(p in _ROLE_MAILBOXES for p in local) or not any(
                    e is not None and e[0] & (FIRST | LAST) and not e[0] & PLACE and not (e[0] & WORD and e[2] > e[1])
                    for e in entries):
                continue
            for part, entry in zip(local, entries, strict=True):
                if len(part) >= 3 and part.isalpha() and part not in NOT_NAMES and (
                        entry is None or entry[0] & (FIRST | LAST) and not entry[0] & PLACE):
                    parts[part] = entry is not None and bool(entry[0] & WORD) and entry[2] > entry[1]
        if not parts:
            return []
        return [(m.start(), m.end(), SCORE) for m in _LATIN_WORD.finditer(text)
                if (word := m.group().lower()) in parts and not (parts[word] and m.group()[0].islower())
                and text[m.end():m.end() + 1] not in ("@", ".", "_")
                and text[m.start() - 1:m.start()] not in (".", "_", "@")
                and not _CAPITAL_WORD_AFTER.match(text, m.end())
                and not (parts[word] and _CAPITAL_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start()))]

    def spaced(self, text: str) -> list[tuple[int, int, float]]:
        """OCR's spaced capitals that spell a first name, and the surname after (`H O R A T I O   YBARRA`): no
        thing is spelled so, and the single letters would read as words to the thing test."""
        if "  " not in text:
            return []
        return [(m.start(), m.end(), SCORE) for m in _SPACED.finditer(text)
                if self._first(m.group(1).replace(" ", ""), False)]

    # -- shapes ------------------------------------------------------------------------------------
    def _last_first(self, text: str) -> list[tuple[int, int, float]]:
        out = []
        for m in _COMMA_CAP.finditer(text):
            before = _SURNAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
            after = _FIRST_AFTER.match(text, m.end())
            if before is None or after is None:
                continue
            if text[max(0, before.start() - 2):before.start()] in (", ", "; ", "& "):
                continue  # `Abebe, Ngozi, Thanh, Dagny`: a list of names, no LAST, First
            surname, first = before.group(1), after.group(1)
            labelled = _LABEL_BEFORE.search(text, max(0, before.start() - 60), before.start()) is not None
            caps = surname.isupper() and first.isupper()
            if caps != (surname.isupper() or first.isupper()) and not labelled:
                continue  # `SMITH, Grace`: mixed case only in a field
            end = after.end(1) + len(after.group(2).rstrip())
            quoted = text[before.start() - 1:before.start()] in ('"', "“") and text[end:end + 1] in ('"', "”")
            listed = text[max(0, before.start() - 2):before.start()] in ("· ", "• ", "| ")  # `NOAH · HAMIDI, PARISA`
            titled = self._titled(text, before.start(), surname, end)  # `Discharge summary — Okonkwo, Chidi`
            loose = labelled or quoted or listed or titled
            if self._surname(surname, strict=not labelled) and self._first(first, loose):
                out.append((before.start(), end, SCORE))  # a quoted cell, a list's item are fields too
        return out

    def _titled(self, text: str, start: int, surname: str, end: int) -> bool:
        """A heading's dash before an inverted name that ends its line, the surname one the lexicon lists as a surname
        and never a word (`Referral letter – Haddad, Lerato`; not `Partners — Deloitte, Accenture`)."""
        if text[max(0, start - 3):start] not in (" — ", " – ") or text[end:end + 1] not in ("", "\n"):
            return False
        entry = self._entry(surname)
        return entry is not None and bool(entry[0] & LAST) and not entry[0] & (WORD | PLACE)

    def _columns(self, text: str) -> list[tuple[int, int, float]]:
        """Cells under a header naming a person column, in the rows that follow with as many cells."""
        out = []
        lines = text.split("\n")
        offset, starts = 0, []
        for line in lines:
            starts.append(offset)
            offset += len(line) + 1
        i = 0
        while i < len(lines):
            sep = "|" if "|" in lines[i] else "\t" if "\t" in lines[i] else "," if "," in lines[i] else None
            cells = lines[i].split(sep) if sep else []
            columns = [k for k, c in enumerate(cells) if c.strip().lower().rstrip(":") in NAME_HEADERS]
            if any(_THING_ID.fullmatch(c.strip().lower()) for c in cells):  # `campaign_id,name`: the thing's name
                columns = [k for k in columns if cells[k].strip().lower().rstrip(":") != "name"]
            if not columns or len(cells) < 2 or len(columns) == len([c for c in cells if c.strip()]):
                i += 1
                continue
            j = i + 1
            while j < len(lines) and lines[j].count(sep) == len(cells) - 1 and lines[j].strip():
                pos = starts[j]
                row = lines[j].split(sep)
                for k, cell in enumerate(row):
                    m = _CELL.fullmatch(cell) if k in columns else None
                    if m and not set(cell.strip()) <= set("-: ") and self._cell_name(m.group(1)):
                        out.append((pos + m.start(1), pos + m.end(1), SCORE))
                    pos += len(cell) + 1
                j += 1
            i = j
        return out

    # -- words ---------------------------------------------------------------------------------------
    def _entry(self, word: str):
        return self.lexicon.get(word.lower().removesuffix("'s").removesuffix("’s"))

    def _line_start_people(self, text: str, found: list) -> list:
        """An initial opening a line is often a genus, a place's or a brand's (`E. Coli`, `E. Sussex`, `J. Crew`):
        a person's there only with a surname that is no word, no place and seldom a word, beside a number on its line
        or a second such line (a roster)."""
        people = [m for m in found if self._plain_surname(m.group(1))]
        return [m for m in people if len(people) >= 2 or _STAT.match(text, m.end())]

    def _plain_surname(self, word: str) -> bool:
        entry = self._entry(word)  # (no list's word: `Castellano`; a seldom one no list flags is a genus: `Coli`)
        return entry is None or bool(entry[0] & LAST) and not entry[0] & (WORD | PLACE) and entry[2] - entry[1] <= 0.5

    def _surname(self, words: str, strict: bool = False) -> bool:
        """Every word a surname, a name or a rare word; no place, month or acronym. `strict`: no common word."""
        parts = [w for w in words.split() if w.lower() not in PARTICLES and w != "St."]
        if not parts or is_org_name(words):
            return False
        for word in parts:
            low = word.lower()
            if low in NOT_NAMES or len(word) < 3 or word.isupper() and len(word) <= 3:
                return False
            entry = self._entry(word)
            if entry is None:
                continue
            flags, name_zipf, word_zipf = entry
            if flags & PLACE:
                return False
            if flags & LAST and (not flags & WORD or not strict):
                continue
            if flags & (FIRST | LAST) and not flags & WORD:
                continue
            if not flags & WORD and word_zipf < RARE_ZIPF:
                continue
            return False
        return True

    def _abbreviation(self, word: str) -> bool:
        """A word before a full stop, short or in no list of surnames: an abbreviation (`Fed. R. Crim.`, `J. Appl.`)."""
        entry = self._entry(word)
        return len(word) <= 5 or entry is None or not entry[0] & LAST

    def _first(self, word: str, loose: bool) -> bool:
        """A first name; `loose`: also a rare word no dictionary lists (`Ffion`, `Vikram`)."""
        low = word.lower()
        if low in NOT_NAMES or len(word) < 2:
            return False
        entry = self._entry(word)
        if entry is None:
            return loose and len(word) >= 3
        flags, name_zipf, word_zipf = entry
        if flags & PLACE:
            return False
        if flags & FIRST:
            return not flags & WORD or loose or word_zipf - name_zipf < 1.3
        return loose and not flags & WORD and word_zipf < RARE_ZIPF

    def _cell_name(self, cell: str) -> bool:
        words = cell.replace(",", " ").split()
        if not words or len(words) > 4 or any(w[0].islower() and w not in PARTICLES for w in words):
            return False
        return all(w.lower() not in NOT_NAMES for w in words) and not is_org_name(cell)
