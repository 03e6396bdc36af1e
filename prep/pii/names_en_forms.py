"""Person names that a document's *form* shows, where the words alone do not (`prep.pii.names_en_context` calls it).

Four forms of real documents put a surname or a name that is no name on its face where only a person goes:
- academic citations: `Okafor, K.` / `Okafor, K. T.` in a reference list, `(Okafor & Lindqvist, 2019)`,
  `Okafor et al. (2020)`, `Okafor and Baptiste (2018)`: every surname of the citation;
- registers in `LAST, First` order (`Gutiérrez, Alejandro<TAB>present`, `HADDAD, Mustafa`) at a line's start:
  one span with its comma, when the second word is a first name;
- parliamentary and court records where a role speaks and the name follows in parentheses
  (`The Minister for Transport (Lewandowski):`);
- chat or support transcripts whose speaker is a role and a name (`[10:02] Agent Sunita:`), where the role alone
  would be no person (`Agent:`).
A word counts when the detector reads it as a name, a rare capitalized word or a Korean surname that is also a word
(`classify`: `Park, M.`), never another common word, a place or an acronym (`(WHO, 2019)`, `(Microsoft, 2020)`,
`Washington, D.C.`).
"""

from __future__ import annotations

import regex

from prep.pii.names_en_words import (
    _KOREAN_SURNAME,
    _NAME,
    _UNKNOWN,
    FIRST,
    KOREAN,
    KOREAN_GIVEN_ONLY,
    LAST,
    NOT_NAMES,
    PLACE,
    WORD,
    is_common_word,
)

_CAP = r"\p{Lu}[\p{L}'’\-]+"
_SURNAME = rf"(?:(?:van|von|de|del|da|di|al|el|Mac|Mc)[ ])?{_CAP}"
_YEAR = r"(?:19|20)\d\d[a-z]?"
_COMMA_INITIAL = regex.compile(r",[ ]\p{Lu}\.")
_ANY_YEAR = regex.compile(r"(?:19|20)\d\d")
_WORD_BEFORE = regex.compile(r"\p{Lu}\p{Ll}+[ ]$")  # `Stanley Park, B.C.`: a place's name, not `Park, M.`
# `Okafor, K.`, `Okafor, K. T.`, `Okafor, K.-T.`: a reference list's author.
_AUTHOR_INITIALS = regex.compile(rf"(?<![\p{{L}}\-])({_SURNAME}),[ ](\p{{Lu}}\.(?:[ \-]?\p{{Lu}}\.)*)(?=[,;:&( ]|$)",
                                 regex.MULTILINE)
# `(Okafor & Lindqvist, 2019)`, `(Okafor et al., 2020; Baptiste 2018)`, `Okafor and Lindqvist (2019)`.
_CITE_PAREN = regex.compile(
    rf"(?:\(|;[ ])({_SURNAME})(?:[ ](?:&|and)[ ]({_SURNAME}))?(?:[ ]et[ ]al\.?)?,?[ ]{_YEAR}\b"
)
_CITE_NARRATIVE = regex.compile(
    rf"(?<![\p{{L}}\-])({_SURNAME})(?:[ ](?:&|and)[ ]({_SURNAME}))?(?:[ ]et[ ]al\.?)?[ ]\({_YEAR}[),;]"
)
_LAST_FIRST_LINE = regex.compile(  # anchored on the comma: a lookbehind for the line start is ~3x faster than ^
    rf"(?<=(?:^|\n)[ \t]*(?:\d{{1,3}}[.)]?[ \t]+|[-*•][ \t]+)?({_CAP})),[ ]({_CAP})(?=[ \t]*(?:\t|$|[(,;]|[ ][-–|]))",
    regex.MULTILINE,
)
_ROLE_WORDS = (
    "minister|secretary|speaker|chair|chairman|chairwoman|president|leader|member|deputy|chancellor|attorney"
    "|solicitor|mayor|governor|commissioner|director|judge|prime|spokesperson|clerk|counsel"
)
_ROLE_PAREN_SPEAKER = regex.compile(
    rf"(?m)^[ \t]*(?i:the[ ])?[^\n:()]{{0,50}}\b(?i:{_ROLE_WORDS})\b[^\n:()]{{0,40}}"
    rf"\(({_CAP}(?:[ ]{_CAP}){{0,2}})\)[ \t]*:"
)
_ROLE_SPEAKER = regex.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*|\d{1,2}:\d\d(?:[ ]?[AaPp][Mm])?[ \t]+)?"
    r"(?:Agent|Advisor|Adviser|Rep|Support|Operator|Nurse|Dr\.?|Officer|Coach|Host|Moderator|Mod|Tech|Technician"
    rf"|Specialist|Pharmacist|Dispatcher|Teacher)[ \t]+({_CAP}(?:[ ]{_CAP})?)[ \t]*:"
)


# Two capitalized words: a first name that is also a word (`Faith`, `Will`, `Destiny`) and a surname (`Iyer`).
_TITLE_PAIR = regex.compile(r"(?<![\p{L}'’\-])(\p{Lu}\p{Ll}+)[ ](\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}'’\-])")
_CAPITAL_NEXT = regex.compile(r"[ ]\p{Lu}")
_DATE_WORD = regex.compile(r"(?<![\p{L}])(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                           r"(?=[ ]?\d|[\-–,/])")  # `Sat 9-5, Sun Park closed`, `Mon-Sun`: the line's other dates
WORDY_FIRST = 3.0  # the most a first name may be used more as a word than as a name (`Will` 3.0, `The` 5.2)
_BEFORE_THING = regex.compile(r"(?<![\p{L}])(?i:the|a|an)[ ]$")


class FormReader:
    """`find(text)` -> spans (start, end, score) of the names the four forms above show."""

    def __init__(self, detector):
        self.detector = detector  # an `EnglishNameDetector`: its lexicon and `classify`

    def find(self, text: str) -> list[tuple[int, int, float]]:
        out: list[tuple[int, int, float]] = []
        if "," in text:
            if _COMMA_INITIAL.search(text):
                for m in _AUTHOR_INITIALS.finditer(text):
                    if self._surname(m.group(1), korean_word=not _WORD_BEFORE.search(text, 0, m.start())):
                        out.append((m.start(), m.end(), 0.6))
            for m in _LAST_FIRST_LINE.finditer(text):
                if self._surname(m.group(1)) and self._first(m.group(2)):
                    out.append((m.start(1), m.end(2), 0.6))
        if "(" in text and _ANY_YEAR.search(text):
            for pattern in (_CITE_PAREN, _CITE_NARRATIVE):
                for m in pattern.finditer(text):
                    names = [g for g in (1, 2) if m.group(g)]
                    # a Korean surname that is also a word only in `Park et al.` or `(Song & Lee, 2019)`, never a
                    # title's year (`Jurassic Park (1993)`, `Big Bang (2019)`)
                    korean_word = " et al" in m.group() or pattern is _CITE_PAREN and len(names) == 2
                    if all(self._surname(m.group(g), korean_word) and not m.group(g).isupper() for g in names):
                        out += [(m.start(g), m.end(g), 0.6) for g in names]
        out += self._word_first_pairs(text)
        if ":" in text:
            for pattern in (_ROLE_PAREN_SPEAKER, _ROLE_SPEAKER) if "):" in text else (_ROLE_SPEAKER,):
                for m in pattern.finditer(text):
                    if all(self._surname(w) for w in m.group(1).split()):
                        out.append((m.start(1), m.end(1), 0.6))
        return out

    def _word_first_pairs(self, text: str) -> list[tuple[int, int, float]]:
        """`Faith Iyer`, `Destiny Oyelowo`: a first name the run reader takes for a word, then a surname (or a rare
        capitalized word) that is no word (`Faith Healing`, `Will Power` stay; so does a longer proper phrase,
        `Grace Iyer Hall`). A Korean given name spelled like a date's word before a Korean surname (`Jun Park`,
        `Sun Lee`) too."""
        out = []
        lexicon, classify = self.detector.lexicon, self.detector.classify
        for m in _TITLE_PAIR.finditer(text):
            first, last = m.group(1), m.group(2)
            entry = lexicon.get(first.lower())
            if entry is not None and entry[0] & KOREAN and first.lower() in NOT_NAMES:
                line = text[text.rfind("\n", 0, m.start()) + 1:m.start()] + text[m.end():text.find("\n", m.end()) % (
                    len(text) + 1)]
                if self._korean_surname(last) and not _CAPITAL_NEXT.match(text, m.end()) and not _DATE_WORD.search(
                        line):
                    out.append((m.start(), m.end(), 0.6))  # `Jun Park`, `Sun Lee`: a Korean given name, no date
                continue
            if entry is None or not entry[0] & FIRST or entry[0] & PLACE or first.lower() in NOT_NAMES or \
                    entry[2] - entry[1] > WORDY_FIRST:  # `The Hudson`: a function word, whatever the census says
                continue
            if classify(first)[0] == _NAME:
                continue  # the run reader judges it
            kind, flags = classify(last)
            tail = lexicon.get(last.lower().removesuffix("'s").removesuffix("’s"))
            if not (kind == _NAME and flags & (FIRST | LAST) or kind == _UNKNOWN and len(last) >= 4) or \
                    tail is not None and tail[0] & (WORD | PLACE):
                continue
            if _BEFORE_THING.search(text, max(0, m.start() - 4), m.start()) or _CAPITAL_NEXT.match(text, m.end()):
                continue
            out.append((m.start(), m.end(), 0.6))
        return out

    def _korean_surname(self, word: str) -> bool:
        """`Park`, `Kim`, `Lee`: a romanized Korean surname (a word too or not), no given name."""
        kind, flags = self.detector.classify(word)
        return kind == _KOREAN_SURNAME or kind == _NAME and bool(flags & KOREAN) and not flags & KOREAN_GIVEN_ONLY

    def _surname(self, words: str, korean_word: bool = False) -> bool:
        """Each word a name or a rare capitalized word: no common word, place, month or acronym; a Korean surname
        that is also a word (`Park`) only where `korean_word` says the citation's form is an author's."""
        for word in words.split():
            low = word.lower()
            if low in ("van", "von", "de", "del", "da", "di", "al", "el", "mac", "mc"):
                continue
            if word.isupper() and len(word) <= 3 or low in NOT_NAMES:
                return False
            if korean_word and self.detector.classify(word)[0] == _KOREAN_SURNAME:
                continue  # `Park, M.`, `(Song & Lee, 2019)`: a Korean surname that is also a word, in a citation's form
            if is_common_word(word):
                return False
            entry = self.detector.lexicon.get(low)
            if entry is not None and entry[0] & PLACE:
                return False
            if self.detector.classify(word)[0] not in (_NAME, _UNKNOWN):
                return False
        return True

    def _first(self, word: str) -> bool:
        entry = self.detector.lexicon.get(word.lower())
        return entry is not None and bool(entry[0] & FIRST) and self._surname(word)
