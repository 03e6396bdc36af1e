"""Person names that the run reader of `prep.pii.names_en` cannot judge word by word, found from the document.

`EnglishNameDetector.find` reads each run of name-like words on its own; a name that is an ordinary word
(`Will`, `hope`, `Faith`), a lower-case nickname (`mikey`) or a rare surname alone (`Vukovic`) is no name
on its face. Four readings over the whole text add them (recall first: a doubtful span goes):
- speakers: the name before the colon of a chat export line (`[07:40] hope:`, `12/03/26, 8:13 PM - Will:`),
  a Slack export header (`kwame.asante  10:32 AM`) or a transcript turn (`DESMOND: Hi`, two turns or more);
- cued words: a word right after a word of contact, kinship or a title (`Thanks Kit!`, `tell Bunny`, `its bea`,
  `wife tess`, `DR. FITZGERALD`, `midfielder Tshabalala`), when it is a first name of any wordness, a rare
  word or a surname; a following surname joins it;
- list siblings: a name-like word beside a found name across `, ` / ` and ` / `; ` (`Senators Halloran,
  Okafor, Baptiste-Reyes and Lindgren`);
- repeats: every other occurrence of a found name's words (`jasper quill ... customer says jasper`,
  `Ingrid Halvorsen ... HALVORSEN:`), in the same case (lower-case only for words seldom written as words).
Roles (`Admin:`, `mom:`, `INTERVIEWER:`), common words and places stay.
"""

from __future__ import annotations

import regex

from prep.pii import names_en_turns as layout
from prep.pii.gated_scan import GatedPattern, LineStartPattern, ScreenedPattern
from prep.pii.names_en_fields import FieldReader
from prep.pii.names_en_forms import FormReader
from prep.pii.names_en_lists import ListReader, pair_goes_on
from prep.pii.names_en_lower import possessive_its
from prep.pii.names_en_speakers import KO_ROMAN_NOT_NAMES, app_speakers, glued_to_korean
from prep.pii.names_en_words import (
    _NAME,
    _PLAIN,
    _UNKNOWN,
    FIRST,
    KOREAN,
    KOREAN_GIVEN,
    KOREAN_GIVEN_ONLY,
    LAST,
    NOT_NAMES,
    PARTICLES,
    PLACE,
    PRONOUN_CONTRACTION,
    ROLES,
    WORD,
    is_common_word,
    is_named_thing,
    is_org_name,
    thing_beside,
    trie_pattern,
)
from prep.pii.span_cover import uncovered

_NOT_REPEATED = NOT_NAMES | PARTICLES | ROLES  # words a found name's repeat never is (one set, not one per word)
_NAME_WORD = r"\p{L}[\p{L}'’\-]*"
_CHAT_LINE = regex.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*|\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4},?[ \t]+\d{1,2}:\d\d(?::\d\d)?"
    rf"(?:[ \t]?[AaPp]\.?[Mm]\.?)?[ \t]*[-–][ \t]*)({_NAME_WORD}(?:[ ]{_NAME_WORD}){{0,2}})[ \t]*:")
_SLACK_LINE = regex.compile(
    r"(?m)^([\p{L}][\p{L}.'’_\-]*(?:[ ][\p{L}][\p{L}.'’_\-]*){0,3})[ \t]{2,}\d{1,2}:\d\d(?:[ ]?[AaPp][Mm])?[ \t]*$"
)
# A chat export without times, in lower case (`noor: just leave it at the door`): a word, a colon, then words
_BARE_CHAT_LINE = regex.compile(r"(?m)^[ \t]*(\p{Ll}[\p{Ll}'’\-]{1,24}):[ \t]+(?=\p{L}[^\n]*?[ ]\p{L})")
_CAPS_LINE = LineStartPattern(regex.compile(
    r"(?m)^[ \t]*(?:\d{1,3}[.)][ \t]*)?(\p{Lu}[\p{Lu}'’\-]+(?:,?[ ]\p{Lu}[\p{Lu}'’\-]*){1,3})[ \t]*$"))
# Between two parts of one name: particles (`Van der Berg`, `de la Cruz`, `St. Clair`) or a middle initial
_JOIN_GAP = regex.compile(
    r"[ ](?:(?:van|von|der|den|de|del|della|la|le|du|da|dos|das|di|bin|ibn|al|el|ter|ten|st\.?)[ ])+|[ ]\p{Lu}\.[ ]",
    regex.IGNORECASE)
_CAPITALIZED = regex.compile(r"\p{Lu}[\p{Ll}'’\-]+(?![\p{L}\p{N}])")
_LOWER_WORD = regex.compile(r"(?<![\p{L}\p{N}'’_\-@./])\p{Ll}{3,}(?![\p{L}\p{N}_\-@]|[.'’]\p{L})")
_SCRIPT_LINE = regex.compile(
    r"(?m)^((?:\p{Lu}[\p{Lu}'’\-]+|\p{Lu}\p{Ll}+)(?:[ ]\p{Lu}[\p{L}'’\-]+){0,2}):[ \t]+\p{L}[\p{L}'’]*(?:[ ,.!?]|$)")
# Words before a name: contact and greetings, kinship, roles and titles (any case).
CUES = frozenset("""
hi|hey|hiya|yo|dear|thanks|thank you|thx|tell|ask|told|asked|cc|attn|love|welcome|say hi to|hi to|thanks to
|congrats|congrats to|congratulations|congratulations to|shout out to|shoutout to|bring|met|call|text|ping|contact
|questions to|its|it's|it’s|this is|i'm|im|i am|name is|named|called|goes by|aka
|wife|husband|son|daughter|sister|brother|boyfriend|girlfriend|fiance|fiancé|fiancee|fiancée|cousin|aunt|auntie
|aunty|uncle|nonna|nana|nan|grandma|grandpa|granny|gran|niece|nephew|bestie|friend|mate|bro|sis|flatmate
|husband of|wife of|widow of|widower of|father of|mother of|son of|daughter of|sister of|brother of|friend of
|midfielder|striker|defender|goalkeeper|forward|coach|teammate|colleague|neighbour|neighbor|roommate|caller
|co-driver|driver|tenant|landlord|np|rn|dr|mr|mrs|ms|mx|miss|prof|professor|hon|judge|justice
|senator|senators|sen|sens|rep|reps|representative|representatives|councillor|councillors|councilor|councilors
|council member|council members|alderman|aldermen|commissioner|commissioners|trustee|trustees|delegate|delegates
|for|officer|det|sgt|capt|lt|tpr|ofc|cpl|supt|insp|asst|tech|dvm|patient|pt|customer|client|by|with|w|to|from
|manager|inspector|detective|ds|di|dc|pc|sergeant|constable|minister|chancellor|governor|mayor|pastor
|reverend|rev|vicar|imam|rabbi|bishop|chef|director|supervisor|principal|headteacher|teacher|editor|reporter
|spokesperson|spokesman|spokeswoman|chairman|chairwoman|president|secretary|captain|skipper|winger|boss
|nurse|midwife|surgeon|consultant|solicitor|barrister|attorney|paramedic|deputy|sheriff|marshal|trooper
|server|waiter|waitress|bartender|barista|cashier|receptionist|technician|instructor|tutor|caregiver|carer
|stylist|hairdresser|trainer|usher|ushers|bailiff|juror|partner|pharmacist|therapist|dentist|lawyer
|dearest|looping in|loop in|looped in|looping|cc'ing|cc’ing|attention|owner|recruiter|seller|sellers|buyer|buyers
|defendant|plaintiff|appellant|petitioner|respondent|hygienist|physio|physiotherapist|optometrist|counsellor|counselor
""".replace("\n", "").split("|")) | layout.MORE_CUES  # before a name: contact, kinship, roles, titles (any case)
# A cue, then `.`, `,` or `:` and spaces, then the word (a lookahead: it may be the next cue, `hey its bea`).
# Run on the lower-cased text (faster than a case-insensitive alternation), tried only where a cue and a space
# follow a position that no ASCII letter, digit or apostrophe precedes (`GatedPattern`: half the time, same matches).
_CUE_WORDS = trie_pattern(CUES)
_CUE = GatedPattern(
    regex.compile(r"(?<![\p{L}\p{N}'’])" + _CUE_WORDS + r"\.?[,:]?[ ]+(?=(\p{L}[\p{L}'’\-]*))"),
    r"(?<![a-z0-9'’])(?=" + _CUE_WORDS + r"\.?[,:]?[ ])",
)
# The cues (lower case, as `CUES` spells them) after which a lower-case word may be a name (`wife tess`).
_LOWER_CUE = frozenset("""
its|it's|it’s|this is|i'm|im|i am|name is|named|called|goes by|aka|yo|hey|hi|wife|husband|son|daughter|sister
|brother|boyfriend|girlfriend|cousin|bestie|aunt|uncle|caller|customer|client|patient|tenant|driver|thanks|thx
|love|tell|ask|met|text|call|by|w|to|with|for|thanks to|auntie|aunty
|grandma|grandpa|granny|gran|nana|nan|nonna|neighbour|neighbor|colleague|friend|mate|bro|sis|roommate|flatmate
|shout out to|shoutout to|congrats to|congratulations to|mr|mrs|ms|dr|prof
""".replace("\n", "").split("|"))
# Lower-case cues strong enough that a word no list has after them is a name (`tell zanele`, `neighbour ngozi`).
_LOWER_STRONG = frozenset("""
tell ask met wife husband son daughter sister brother boyfriend girlfriend cousin bestie aunt uncle neighbour
neighbor colleague friend roommate flatmate mr mrs ms dr prof
""".split())
_ROLE_CUES = frozenset("""
patient pt customer client caller driver co-driver tenant landlord dr mr mrs ms mx miss prof professor hon judge
justice senator senators sen sens rep reps representative representatives officer det sgt capt lt np rn
""".split())  # cues after which an unlisted word in capitals is a surname (`PATIENT: ADEBAYO`), not an acronym
# Titles and ranks: the word after one is a surname however often it is also a word (`DS Frost`, `Mr Church`).
_TITLE_CUES = frozenset("""
dr mr mrs ms mx miss prof professor det sgt ds di dc pc inspector detective constable sergeant officer judge justice
rev reverend captain capt lt senator sen councillor councilor
""".split())
_INTRO_CUE = frozenset(("it's", "it’s", "this is", "i'm", "im", "i am", "name is", "named", "goes by", "aka"))
# Weak cues (prepositions): a Title-case first name only, a lower-case one after `by`, `w`, `thanks to` only.
_WEAK_CUE = frozenset(("by", "with", "w", "thanks to", "to", "from", "for"))
_LOWER_WEAK = frozenset(("by", "w", "thanks to", "to", "with", "for"))  # prepositions that cue a lower-case name
_PLAIN_WEAK = frozenset(("to", "with", "for"))  # before a lower-case word: a first name only (`dinner w hana`)
# A verb of speech after a surname alone (`Vukovic shrugged`); scanned only in a text where `re` finds the words.
_SPEECH_AFTER = ScreenedPattern(
    r"[ ](?:said|says|told|asked|shrugged|smiled|laughed|nodded|insisted|admitted|added|replied|wrote|recalled|"
    r"warned|sighed|opened|explained|argued)", r"\b")
# Endings of surnames of many cultures: a word no list has that ends so is a surname before `said`.
_SURNAME_ENDING = regex.compile(
    r"(?:ovi[cć]|evi[cć]|ski|sky|wicz|sson|sen|enko|chuk|oglu|oğlu|opoulos|idis|escu|ini|elli|stein|berg|"
    r"mann|ez|yan|ian|adze|ashvili|awa|moto|uchi)$")
_PLACE_ENDS = frozenset("park square gardens heights hall center centre plaza station bridge".split())
_STRONG_SPEECH = regex.compile(r"[ ](?:said|says|told|asked|replied|wrote)\b")
_CAPITAL_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’\-]*[ ]$")
_CAPITAL_AFTER = regex.compile(r"[ ]\p{Lu}")
_FINAL_INITIALS = regex.compile(r"(?:[ ]\p{L}\.?)+$")
_LAST_FIRST_AFTER = regex.compile(r",[ ](\p{Lu}[\p{Lu}'’\-]+)")
_SIBLING_AFTER = regex.compile(r"(?:,[ ]|,?[ ]and[ ]|;[ ]|[ ]&[ ]|[ ]/[ ])(\p{L}[\p{L}'’\-]*)")
_SIBLING_BEFORE = regex.compile(r"(?<![\p{L}'’\-])(\p{L}[\p{L}'’\-]*)(?:,[ ]|,?[ ]and[ ]|;[ ]|[ ]&[ ]|[ ]/[ ])$")
_TOKEN = regex.compile(r"\p{L}[\p{L}'’\-]*")
_PREV_TOKEN = regex.compile(r"\p{L}[\p{L}'’\-]*$")
_ANY_INITIAL = regex.compile(r"(?<![^ ])\p{Lu}\.(?=[ ])")  # `H. Lindqvist`, `Ezekiel E. Black`: the initial is no word
_INITIAL_AFTER = regex.compile(r"[ ]\p{Lu}\.")
_LATIN = regex.compile(r"\p{Latin}")
_SPEAKER_SPLIT = regex.compile(r"[ ._]+")
_IDENTIFIER_CHARS = "'’-_`/\\.=@$"  # beside these a word is code or a path (`RAY_ADDRESS`, `test_ray.py`)
LOWER_REPEAT_WORDNESS = 0.5  # a lower-case word repeats a found name only if it is seldom a word (`jasper`)


class ContextReader:
    """`extend(text, found)` -> `found` with the names that only the document around them shows."""

    def __init__(self, detector):
        self.detector = detector  # an `EnglishNameDetector`: its lexicon and word classes
        self.lexicon = detector.lexicon
        self.forms = FormReader(detector)
        self.fields = FieldReader(detector)
        self.lists = ListReader(detector, ROLES)

    def extend(self, text: str, found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
        if not text.isascii() and not _LATIN.search(text):
            return found
        found = [(start, self._initial(text, end), score) for start, end, score in found]
        ends = {start: end for start, end, _ in found}  # a reading's span inside a found one adds nothing
        new = [s for s in self._speakers(text) + self._cued(text) if ends.get(s[0], -1) < s[1]]
        forms = [s for s in self.forms.find(text) + self.fields.find(text) if ends.get(s[0], -1) < s[1]]
        spans = _merge(found + self._keep(text, new) + self._keep(text, forms, amp_ok=True) + self.fields.spaced(text)
                       + layout.court_and_letters(text))  # `names_en_turns`: by their own tests
        listed, sure = self.lists.find(text, spans)
        spans = _merge(spans + self._keep(text, uncovered(listed, spans), amp_ok=True) + sure)
        spans = _merge(spans + self._keep(text, uncovered(self._siblings(text, spans), spans), amp_ok=True))
        spans = _merge(spans + self._keep(text, uncovered(self._repeats(text, spans), spans)))  # `span_cover`
        spans = _join(text, self.lists.edges(text, _merge(spans + self._roster(text, spans))))
        return self.lists.join_inverted(text, spans)

    def _roster(self, text: str, spans: list) -> list[tuple[int, int, float]]:
        """Lines of names in capitals (a team sheet, a passenger list: `WEI MOREAU`, `2. NWOSU, GARETH`): in a block
        of two such lines or more where half the lines hold a found name, every line's words are a name."""
        head = text[:2000]
        if "\n" not in text or head == head.lower():  # no line breaks or no capitals: no roster (C-speed tests)
            return []
        out, block = [], []
        for m in [*_CAPS_LINE.finditer(text), None]:
            name_line = m is not None and not all(is_common_word(w) for w in _TOKEN.findall(m.group(1)))
            if name_line and block and text.count("\n", block[-1].end(), m.start()) == 1:
                block.append(m)
                continue
            if len(block) >= 2:
                hits = sum(any(a < ln.end(1) and ln.start(1) < b for a, b, _ in spans) for ln in block)
                if 2 * hits >= len(block):
                    out += [(ln.start(1), ln.end(1), 0.6) for ln in block]
            block = [m] if name_line else []
        return out

    def _keep(self, text: str, spans: list, amp_ok: bool = False) -> list:
        """The spans that name no company, brand, eponym or place (`Granny Smith apples`, `Johnson & Johnson`);
        `amp_ok`: a form that puts people's names around `&` (a citation's `Okafor & Lindqvist`)."""
        out = []
        for start, end, score in spans:
            words = text[start:end]
            before, after = text[max(0, start - 12):start], text[end:end + 40]
            prev, nxt = _PREV_TOKEN.search(text, max(0, start - 30), max(0, start - 1)), _TOKEN.match(text, end + 1)
            if _named_thing(words) or not amp_ok and (after.startswith(" & ") or before.endswith(" & ")) or (
                    prev and is_org_name(f"{prev.group()} {words}")) or (nxt and is_org_name(f"{words} {nxt.group()}")):
                continue
            if self.detector._looks_like_thing(words.lower(), before if not amp_ok else "", after, False) or \
                    thing_beside(text, start, end, self.detector.classify):
                continue
            out.append((start, end, score))
        return out

    # -- the four readings ---------------------------------------------------------------------------
    def _speakers(self, text: str) -> list[tuple[int, int, float]]:
        out, colon = [], ":" in text  # chat, Slack and script lines all hold a colon: no scan of them without one
        for pattern, any_case in ((_CHAT_LINE, True), (_SLACK_LINE, True)) if colon else ():
            for m in pattern.finditer(text):
                if self._speaker_name(m.group(1), any_case):
                    out.append((m.start(1), m.end(1), 0.6))
        out += app_speakers(text, self.lexicon, self._speaker_name)  # one-space Slack, Discord, `(09:33):`
        out += glued_to_korean(text, self.lexicon)  # `Jiyeon님도`, `Minho야`
        out += self._lower_chat(text) + layout.layout_names(text, self.lexicon)  # `names_en_turns`
        lines = list(_SCRIPT_LINE.finditer(text)) if colon else []
        turns = [m for m in lines if self._speaker_name(m.group(1), False)]
        turns += layout.month_speakers(lines, self.lexicon) if turns else []  # `JUNE:` by `ELLIOT:`
        roles = [m for m in lines if m.group(1).lower() in ROLES]
        if turns and len(turns) + len(roles) >= 2:  # a dialogue: two named turns, or a named turn and a role's
            out += [(m.start(1), m.end(1), 0.6) for m in turns]
        out += self.lists.turns(lines, turns)
        return out

    def _lower_chat(self, text: str) -> list[tuple[int, int, float]]:
        """A lower-case chat without times: 2+ speakers (`noor:`, `mateo:`), one a first name, the rest first names or
        words no dictionary has; then every lower-case first name in it that is no word (`did tariq get the keys`)."""
        if ":" not in text:
            return []
        lines = [m for m in _BARE_CHAT_LINE.finditer(text) if m.group(1) not in ROLES and m.group(1) not in NOT_NAMES]
        speakers = {m.group(1) for m in lines}
        entries = {w: self.lexicon.get(w) for w in speakers}
        if len(speakers) < 2 or not any(e is not None and e[0] & FIRST for e in entries.values()) or not all(
                e is None and w.isalpha() and len(w) >= 3 or e is not None and e[0] & (FIRST | LAST)
                and not is_common_word(w) for w, e in entries.items()):
            return []  # `note:`, `host:`, `port:`: a list of fields, not a chat
        out = [(m.start(1), m.end(1), 0.6) for m in lines]
        for m in _LOWER_WORD.finditer(text):
            entry = self.lexicon.get(m.group())
            if entry is not None and entry[0] & FIRST and not entry[0] & (WORD | PLACE) and m.group() not in NOT_NAMES:
                out.append((m.start(), m.end(), 0.6))
        return out

    def _speaker_name(self, name: str, any_case: bool) -> bool:
        words = [w for w in _SPEAKER_SPLIT.split(name) if w]
        if not words or words[0].lower() in ROLES or words[0].lower() in NOT_NAMES:
            return False
        if all(is_common_word(w) or w.lower() in ROLES for w in words):
            return False
        if any_case:
            return any(self._name_like(w, loose=True) if w[0].isupper() else self._lower_speaker(w) for w in words)
        return all(self._name_like(w, loose=False) and self.lexicon.get(w.lower(), (0,))[0] & (FIRST | LAST)
                   for w in words)

    def _name_like(self, word: str, loose: bool) -> bool:
        """A first name of any wordness (loose) or one used as a name at least as often; a surname or a rare word."""
        low = word.lower()
        if low in NOT_NAMES or low in PARTICLES or low in ROLES or len(word) < 2:
            return False
        entry = self.lexicon.get(low)
        if entry is None:
            return len(word) >= 3
        flags, name_zipf, word_zipf = entry
        if flags & PLACE and not loose:
            return False
        if flags & FIRST and (loose or not flags & WORD or word_zipf - name_zipf < 1.3):
            return True
        if flags & LAST and (not flags & WORD or word_zipf - name_zipf < 1.0):
            return True
        return not flags & WORD and word_zipf < 4.0 and len(word) >= 3  # `mikey`, `dre`

    def _cued(self, text: str) -> list[tuple[int, int, float]]:
        out = []
        folded = _fold(text)
        for m in _CUE.finditer(folded):
            start = m.start(1)
            word = text[start:m.end(1)]
            cue = folded[m.start():start].rstrip(" ,.:")
            weak = cue in _WEAK_CUE
            if "." in folded[m.start() + len(cue):start] and (cue in _LOWER_CUE or cue in layout.MORE_CUES) and \
                    cue not in _TITLE_CUES:
                continue  # `Thanks. Can you ...`: a sentence ended after the cue (`Dr. Okafor` is a title's period)
            if weak and word[0].islower() and cue not in _LOWER_WEAK:
                continue  # the common case, `to the`: settled before any lookup
            entry = self.lexicon.get(word.lower())
            if word.lower() in NOT_NAMES and not layout.kin_name(cue, word, entry, text, m.end(1)) or \
                    PRONOUN_CONTRACTION.fullmatch(word) or text[m.end(1):m.end(1) + 1] in ("_", "("):
                continue  # `for easter`, `by monday`, `Hi, I'm`; `Call grant_role(...)`: code
            if word[0].islower():
                if cue not in _LOWER_CUE or "-" in word or "'" in word or "’" in word or cue == "its" and not (
                        entry and entry[0] & FIRST and not (entry[0] & WORD and possessive_its(folded, m.start()))):
                    continue  # `its config`, `burst its banks`: a possessive, not `hey its hope`
                if cue in _PLAIN_WEAK and not (entry is not None and entry[0] & FIRST and not entry[0] & WORD):
                    continue  # `to ward`, `with romaine`: after a preposition only a first name no dictionary has
                if cue in _TITLE_CUES and len(word) >= 3 and (entry is None or entry[0] & LAST) and \
                        not is_common_word(word):
                    pass  # `mrs. abernathy`: a surname in lower case after a title
                elif entry is None and not (cue in _INTRO_CUE and len(word) >= 3 or cue in _LOWER_STRONG
                                          and len(word) >= 4 and word.isalpha()) or entry is not None and \
                        not self._lower_name(entry, weak=cue in _LOWER_WEAK):
                    continue  # `it's jonno`: a word no list has, after a self-introduction
            elif layout.kin_name(cue, word, entry, text, m.end(1)):
                pass  # `my grandson Tyler`, `Wife June called`: a place's or a month's name after kin
            elif len(word) < 3 or weak and not (entry is not None and entry[0] & FIRST) or cue == "its":
                continue
            elif word.isupper() and not (entry and entry[0] & (FIRST | LAST)) and cue not in _ROLE_CUES:
                continue  # `text: NUL`, acronyms; but `PATIENT: ADEBAYO`
            elif not (self._name_like(word, loose=not weak) or cue in _TITLE_CUES and entry is not None
                      and entry[0] & (FIRST | LAST) and word.lower() not in NOT_NAMES
                      and (word.isupper() or not text[m.start():start].rstrip(" ,.:").isupper())) or entry is not None \
                    and entry[0] & PLACE:
                continue
            end = self._extend(text, m.end(1))
            if _named_thing(text[start:end]) or (weak or text[end - 2:end] in ("'s", "’s")) and _CAPITAL_AFTER.match(
                    text, end) or is_org_name(f"{cue} {text[start:end]}"):
                continue  # `Charles Schwab`; `to Jackson Hole`, `Aunt Sally's Bakery`: a longer proper noun
            if weak and " " in text[start:end] and text[start:end].rpartition(" ")[2].lower() in _PLACE_ENDS:
                continue  # `to Jefferson Park`: a place named after someone
            out.append((start, end, 0.6))
        for m in _SPEECH_AFTER.finditer(text):
            w = _PREV_TOKEN.search(text, max(0, m.start() - 40), m.start())
            if w is None or not w.group()[0].isupper() or w.group().isupper():
                continue
            entry = self.lexicon.get(w.group().lower())
            if entry is None and _SURNAME_ENDING.search(w.group()) or entry is not None and entry[0] & LAST and not (
                    entry[0] & PLACE or entry[0] & WORD and entry[2] > entry[1]):
                out.append((w.start(), w.end(), 0.6))
            elif entry is not None and entry[0] & FIRST and not entry[0] & PLACE and w.group().lower() not in \
                    NOT_NAMES and _STRONG_SPEECH.match(text, m.start()) and not _CAPITAL_BEFORE.search(
                    text, max(0, w.start() - 30), w.start()):
                out.append((w.start(), w.end(), 0.6))  # `Will said`, `Hope told`: a first name that is also a word
        return out

    def _lower_speaker(self, word: str) -> bool:
        """A lower-case chat speaker: a first name however often it is a word (`hope:`), or no dictionary word."""
        entry = self.lexicon.get(word)  # or a romanized Korean given name no list has (`jiwon`, `yoonji`)
        return KOREAN_GIVEN.fullmatch(word) is not None and word not in KO_ROMAN_NOT_NAMES if entry is None else bool(
            entry[0] & FIRST) or self._lower_name(entry, weak=False)

    @staticmethod
    def _lower_name(entry: tuple[int, float, float], weak: bool) -> bool:
        """A lower-case word after a cue: a first name seldom used as a word (`tess`, `jasper`; `ward` only
        after a strong cue) or a word no dictionary has (`mikey`)."""
        flags, name_zipf, word_zipf = entry
        if flags & FIRST:
            return not flags & WORD or word_zipf - name_zipf < (0.5 if weak else 1.0)
        return not weak and not flags & (WORD | LAST) and word_zipf < 4.0

    def _extend(self, text: str, end: int) -> int:
        """The end of a name whose first word ends at `end`: surnames after it in its case, `LAST, FIRST`
        in capitals, a final initial (`Dmitri V.`)."""
        lower = text[end - 1].islower() and not text[text.rfind(" ", 0, end) + 1].isupper()
        for n in _TOKEN.finditer(text, end, min(len(text), end + 40)):
            w = n.group()
            if n.start() != end + 1 or text[end] != " " or w[0].isupper() == lower or not self._surname(w):
                break
            end = n.end()
        comma = _LAST_FIRST_AFTER.match(text, end)
        if comma and text[end - 1].isupper() and text[end - 2:end].isupper() and self._name_like(comma.group(1), True):
            end = comma.end()
        return self._initial(text, end)

    @staticmethod
    def _initial(text: str, end: int) -> int:
        """`Dmitri V.`: a last initial at the end of a name, before a line end or punctuation."""
        initial = _INITIAL_AFTER.match(text, end)
        if initial and (initial.end() == len(text) or not text[initial.end()].isalpha()) and text[end - 1].isalpha():
            return initial.end()
        return end

    def _surname(self, word: str) -> bool:
        entry = self.lexicon.get(word.lower())
        if entry is None:
            return word[0].isupper() and len(word) >= 3 and "'" not in word and "’" not in word
        if word.lower() in NOT_NAMES or word.lower() in PARTICLES or entry[0] & PLACE:
            return False
        if entry[0] & KOREAN and not entry[0] & KOREAN_GIVEN_ONLY and word[0].isupper():
            return True  # after a found first name, `Park`, `Kim`, `Lee` are surnames (`Noah Park`), not words
        return bool(entry[0] & (FIRST | LAST)) and (not entry[0] & WORD or entry[2] - entry[1] < 1.5)

    def _siblings(self, text: str, spans: list) -> list[tuple[int, int, float]]:
        out, seen = [], set()
        todo = [(start, end, False) for start, end, _ in spans]
        while todo:
            start, end, listed = todo.pop()
            for m in (_SIBLING_AFTER.match(text, end), _SIBLING_BEFORE.search(text, max(0, start - 40), start)):
                and_only = m is not None and not any(c in m.group() for c in ",;/")
                if m and m.span(1) not in seen and self._sibling(m.group(1), text[start:end], and_only and not listed
                                                                 and (pair_goes_on(text, max(end, m.end(1))) or None)):
                    seen.add(m.span(1))
                    out.append((m.start(1), self._extend(text, m.end(1)) if m.start(1) >= end else m.end(1), 0.6))
                    todo.append((out[-1][0], out[-1][1], not and_only))
        return out

    def _sibling(self, word: str, beside: str, and_only: bool | None) -> bool:  # None: by `and`, no clause after
        if not _LATIN.match(word):
            return False  # `Yuna / 생년월일`: a Hangul word beside a romanized name is the Korean reader's
        if word[0].islower() != beside[0].islower() or word.isupper() != beside.isupper() or is_common_word(word):
            return False
        entry = self.lexicon.get(word.lower())
        if entry is not None and entry[0] & PLACE or is_named_thing(word):
            return False
        kind, _ = self.detector.classify(word)
        if kind == _PLAIN:
            return word[0].isupper() and self._name_like(word, loose=True) and bool(entry and entry[0] & FIRST)
        if and_only is not False:  # `Nordstrom and Macy's`: by `and` beside a lone name, a first name only, or a rare
            # word beside a first name (`Hiroshi and Oleksandr`), or beside one that is a surname too if the word is
            # unlisted and a clause goes on (`Jamal and Sunita in Q4`; not `Morgan and Terraform configs`)
            near = self.lexicon.get(beside.lower()) or (0,)
            return kind == _NAME and bool(entry and entry[0] & FIRST) or kind == _UNKNOWN and len(word) >= 4 and " " \
                not in beside and near[0] & (FIRST | PLACE | WORD | (LAST if entry or not and_only else 0)) == FIRST
        return kind == _NAME or kind == _UNKNOWN and len(word) >= 3

    def _repeats(self, text: str, spans: list) -> list[tuple[int, int, float]]:
        words = set()
        for start, end, _ in spans:
            for m in _TOKEN.finditer(text, start, end):
                w = m.group().removesuffix("'s").removesuffix("’s")
                if len(w) >= 3 and w.lower() not in _NOT_REPEATED:
                    words.add(w)
        if not words:
            return []
        out, lower_ok = [], {}
        for low in {_fold(w) for w in words}:
            entry = self.lexicon.get(low)
            seldom_word = entry is None or not entry[0] & WORD
            lower_ok[low] = seldom_word or entry[2] - entry[1] <= LOWER_REPEAT_WORDNESS and any(
                w.islower() for w in words if w.lower() == low) and low.title() not in words  # `ray`, no `Ray`: repeats
        covered = {start for start, _, _ in spans}
        folded = _fold(text)
        for low, lower_too in lower_ok.items():
            at = folded.find(low)
            while at >= 0:
                end = at + len(low)
                w = text[at:end]
                if at not in covered and (w[0].isupper() or lower_too and w.islower()) and _word_at(text, at, end) \
                        and not layout.possessive_thing(self.detector, text, at, end):
                    out.append((at, self._extend(text, end), 0.6))
                at = folded.find(low, end)
        return out


def _fold(text: str) -> str:
    """`text` in lower case, Latin accents dropped (`names_en_turns`), as long as `text` (`İ` lowers to two: stays)."""
    folded = text.lower()
    if len(folded) != len(text):
        folded = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return folded if folded.isascii() or not layout.ACCENTED.search(folded) else folded.translate(layout.ACCENT_FOLD)


def _word_at(text: str, start: int, end: int) -> bool:
    """`text[start:end]` is a whole word (`Ana` in `Ana's`, not in `Banana` or `test_ana.py`)."""
    end += 2 if text[end:end + 2] in ("'s", "’s") else 0  # a possessive (`Haddad's album`), not an identifier
    return (start == 0 or not (text[start - 1].isalnum() or text[start - 1] in _IDENTIFIER_CHARS)) and (
        end == len(text) or not (text[end].isalnum() or text[end] in _IDENTIFIER_CHARS))


def _named_thing(words: str) -> bool:
    """`is_named_thing` of a name without its final initials and commas; one word only as a company's."""
    bare = _FINAL_INITIALS.sub("", words).replace(",", "")
    if ". " in bare:
        bare = " ".join(_ANY_INITIAL.sub("", bare).split())
    return is_named_thing(bare) if " " in bare else is_org_name(bare)


def _join(text: str, spans: list) -> list[tuple[int, int, float]]:
    """Sorted spans with two parts of one name joined across particles or a middle initial (`[Dr. Van] der [Berg]`)."""
    out: list[tuple[int, int, float]] = []
    for i, (start, end, score) in enumerate(spans):
        if out and _JOIN_GAP.fullmatch(text, out[-1][1], start):
            out[-1] = (out[-1][0], end, max(score, out[-1][2]))
        else:
            out.append((start, end, score))
        gap = _JOIN_GAP.match(text, out[-1][1])  # ... or a surname after them (`Dr. [Van] der Meer`)
        last = _CAPITALIZED.match(text, gap.end()) if gap and not gap.group().lstrip()[0].isupper() else None
        if last and (i + 1 == len(spans) or last.end() <= spans[i + 1][0]):
            out[-1] = (out[-1][0], last.end(), out[-1][2])
    return out


def _merge(spans: list) -> list[tuple[int, int, float]]:
    """Sorted spans, overlapping ones joined (their highest score kept)."""
    out: list[tuple[int, int, float]] = []
    for start, end, score in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]), max(score, out[-1][2]))
        else:
            out.append((start, end, score))
    return out
