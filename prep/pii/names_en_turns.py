"""Names that a document's layout shows (round 12), for the English context reader.

- `plain_turns`: a chat copied without times, `Name: message` on each line (`Sanjay: send me the number`,
  `Phil K: I saw that too`, `priya.n: thx ben`). One `Label: text` line is a form's field; a chat is a block of
  three such lines or more where one speaker speaks again after another spoke, two speakers at least are names and
  one is a person by the lexicon (a first name, a rare word of five letters or more that no list has, or a handle
  `first.x`; `Rx:`, `Sig:`, `Disp:` are a prescription's). A speaker is a name unless a role, a month or day, a
  place, capitals (a form's or a transcript's labels) or a common word; a common word only when it speaks twice
  and is no noun for a person (`Mere`, a Maori name, is an English word too; `Visitor:` is a role). Fields
  (`Note:`, `Status:`), logs (`Error:`/`Warning:`), schedules (`Mon:`) and markets (`Sterling: up`, `Euro: flat`)
  have no two people among their labels; brands compared line by line (`Pfizer: phase 3`, `Moderna: phase 2`) have
  no message that speaks to someone (a pronoun, `ok`, `thanks`, a verb like `is`, `got`, a question), which one turn
  of a chat must have.
- `caption_parties`: a court caption's parties in capitals before their side (`BETWEEN  HEMI TE AWA ROPATA
  Appellant`, `Between:\\nPRIYA SHAH-MORRISON  Claimant`), in a document with `BETWEEN`; not the Crown or a company.
- `counsel`: an advocate named by initials and surname before the side they appear for (`A J Whitmore for
  Appellant`, `Ms K. L. Osei for the Respondent`).
- `initialled`: a name of initials and a surname on a line of its own after a letter's closing (`Yours sincerely,\n
  H. Oduya`, `Kind regards,\nT J Nakamura`) or after a name's label (`Account name: A J PEMBERTON`).
- `signed_lower`: a lower-case signature after a dash on the text's last line or before a number in brackets
  (`— nils (651 ...)`, `— gbenga o.`; not a list's last `- kubectl`): a first name no dictionary has as a word, or
  a word no list has at all.
- `kin_possessive`: a lower-case first name's possessive after a word of kinship or friendship (`my friend
  siobhan's grandmother`, `my brother mark's bike`): any first name, a word too (the possessive says who).
- `kin_name`: after a word of kinship a first name that is also a place or a month is a name (`my grandson Tyler`,
  `Wife June called`), not before a date (`wife May 3`).
- `possessive_thing`: a found name's possessive repeat before an eponym's noun (`Raynaud's phenomenon`) is no person.
"""

from __future__ import annotations

import re
import unicodedata

import regex

from prep.pii.gated_scan import LineStartPattern
from prep.pii.names_en_cues import listed_name
from prep.pii.names_en_words import FIRST, KOREAN, KOREAN_GIVEN, LAST, NOT_NAMES, PLACE, ROLES, WORD, is_common_word

SCORE = 0.6
# Accented Latin letters to their base letter, one for one (the context reader's folded text keeps its length):
# a name written `Siobhán` and `siobhan`, `José` and `Jose` in one document is one name
ACCENTED = re.compile("[\u00c0-\u024f]")  # a cheap look before the translation (Korean text has none)
ACCENT_FOLD = {code: base for code in range(0xC0, 0x250)
               if (base := unicodedata.normalize("NFD", chr(code))[0]) != chr(code) and base.isascii()}
_HANDLE = r"\p{Ll}{2,}\.\p{Ll}{1,12}"  # `priya.n`, `daniel.oh`
_WORD = r"\p{L}[\p{L}'’\-]*"
_TURN = regex.compile(
    rf"(?m)^[ \t]*({_HANDLE}|\p{{Lu}}{_WORD}(?:[ ]\p{{Lu}}\.?(?![\p{{L}}])|[ ]\p{{Lu}}[\p{{L}}'’\-]+)?)"
    r"[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?:[ \t]+(?=\S)")
_SPLIT = regex.compile(r"[ .]+")
_CHATTY = regex.compile(  # a message that speaks to someone: a pronoun, a reply word, a question
    r"(?i)(?<![\p{L}'’])(?:i|i'm|i’m|i'll|i’ll|i've|me|my|you|your|u|we|us|our|ok|okay|lol|thx|thanks|yes|yeah|yep|no"
    r"|nope|hi|hey|pls|please|sure|is|are|was|am|can|will|did|don't|got|just|here|now)(?![\p{L}'’])|\?")
_PERSON_NOUN = regex.compile(r"(?:or|er|ist|ant|ent|ee|ian|man|woman|person|ess|ive|ary)$")  # a noun for a person
TURN_COMMON_ZIPF = 4.5  # a common word as a speaker (`Mere`) only if rarer than `question`, `answer`, `update`
_SIDES = r"(?:Claimants?|Appellants?|Respondents?|Defendants?|Applicants?|Petitioners?|Plaintiffs?)"
_SIDE_STEMS = ("laimant", "ppellant", "espondent", "efendant", "pplicant", "etitioner", "laintiff")  # a cheap look
_PARTY = regex.compile(
    r"(?m)(?:^(?!BETWEEN\b|AND\b)|(?<=^(?:BETWEEN|Between:?|AND|and)[ \t]+))"
    r"(\p{Lu}[\p{Lu}'’\-]+(?:[ ]\p{Lu}[\p{Lu}'’\-]+){1,4})"
    rf"(?=(?:[ \t]{{2,}}|[ \t]*\n[ \t]*){_SIDES}[ \t]*(?:\n|$))")
_NOT_PARTY = frozenset("""
the king queen crown state people republic united kingdom commonwealth council borough city county limited ltd llp
plc inc llc bank trust company corporation group holdings ventures partners secretary minister commissioner
commissioners attorney general revenue customs department authority board university hospital police service
services nhs england scotland wales london transport catering trustees trustee scheme pension fund society union
association agency office ministry executive institute college school foundation charity club
""".split())
_COUNSEL = regex.compile(
    r"(?<![\p{L}\p{N}'’.])(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ ])?((?:\p{Lu}\.?[ ]){1,3}\p{Lu}\p{Ll}[\p{L}'’\-]*)"
    rf"(?=,?[ ](?:QC|KC|SC)?,?[ ]?for[ ](?:the[ ])?(?:first[ ]|second[ ])?{_SIDES}\b)")
# Words of kinship and trades before a name, beside the context reader's `CUES` (`my grandson Tyler`, `our wedding
# planner Will`, `Tour guide Abebe`)
MORE_CUES = frozenset("""
grandson granddaughter grandchild grandmother grandfather stepson stepdaughter stepmother stepfather guide planner
photographer nanny babysitter plumber electrician mechanic realtor florist caterer housekeeper gardener
""".split())
KIN = frozenset("""
wife husband son daughter sister brother mother father grandson granddaughter grandchild grandmother grandfather
stepson stepdaughter niece nephew cousin aunt uncle fiance fiancé fiancee fiancée boyfriend girlfriend
""".split())
# Kin words written as a title before a name, which may be a nickname or a word (`Aunty Mere`, `Uncle Buck`).
KIN_TITLES = frozenset("aunt auntie aunty uncle grandma grandpa granny gran nana nonna".split())
_KIN_TITLE_WORD_ZIPF = 4.5  # a word as common as `said`, `will`, `leaves` after the title is a headline's verb
_CAPITALIZED_AFTER = regex.compile(r"(?:['’]s)?[ ]\p{Lu}")
_KIN_BEFORE_POSSESSIVE = regex.compile(  # searched before each `'s` (speed: no scan of the whole text)
    r"(?<![\p{L}])(?i:wife|husband|son|daughter|sister|brother|cousin|friend|bestie|neighbou?r|roommate|flatmate"
    r"|boyfriend|girlfriend|colleague)[ ](\p{Ll}{3,})$")
_DATE_AFTER = regex.compile(r"[ ]?\d")
_INITIALS = r"((?:\p{Lu}\.?[ ]){1,3}\p{Lu}[\p{L}'’\-]*\p{Ll}[\p{L}'’\-]*|(?:\p{Lu}\.?[ ]){1,3}\p{Lu}{2,}[\p{Lu}'’\-]*)"
_INITIALLED = regex.compile(rf"{_INITIALS}[ \t]*(?=\n|$)")
_INITIALS_AT = re.compile(r"(?:\n|:)[ \t]*(?=(?:[A-Z]\.? ){1,3}[A-Z])")  # where such a name may start (speed)
_CLOSING_LINE = regex.compile(
    r"(?i)[ \t]*(?:yours[ ]|kind[ ]|warm[ ]|best[ ])?(?:regards|sincerely|faithfully|truly|best|best wishes|thanks"
    r"|thank you|cheers|warmly|respectfully),?[ \t]*")
_NAME_LABEL = regex.compile(
    r"(?i)(?<![\p{L}])(?:name|account name|account holder|payee|beneficiary|cardholder|signed|signature)[ \t]*$")
_CHAT_ABBREVIATIONS = frozenset("ttyl lmk brb thx ty np idk imo imho fyi asap lol omg xoxo cheers thanks tia "
                                "btw afaik iirc gg gl hf wfh ooo eod eta".split())  # `- ttyl`: a sign-off, no name
_SIGNED = LineStartPattern(regex.compile(r"(?m)^[ \t]*[—–~-][ ]?(\p{Ll}{3,}(?:[ ]\p{Ll}\.?)?)[ \t]*(?=$|[ ]?\(|,[ ])"))


def layout_names(text: str, lexicon) -> list[tuple[int, int, float]]:
    """The context reader's readings of this module that its `_keep` judges: chats, signatures, kin's possessives."""
    return plain_turns(text, lexicon) + signed_lower(text, lexicon) + kin_possessive(text, lexicon)


def court_and_letters(text: str) -> list[tuple[int, int, float]]:
    """The readings that their own tests judge (the context reader keeps them as they are): captions, counsel,
    initials after a closing or a name's label."""
    return caption_parties(text) + counsel(text) + initialled(text)


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")


def month_speakers(lines: list, lexicon) -> list:
    """The label lines of `lines` (matches whose group 1 is the label) that are a month that is a first name too
    (`JUNE`, `April`), as a transcript's speakers: read where a speaker with a name that is no month speaks in it
    (`ELLIOT:`, the caller's test); months alone, and a month beside the label line of the month before or after
    it, are a report's labels (`MAY: flat`, `MAY: flat\nJUNE: up 3%\nELLIOT: noted`)."""
    months = [m.group(1).lower() if m.group(1).lower() in _MONTHS else None for m in lines]
    out = []
    for i, month in enumerate(months):
        entry = lexicon.get(month) if month else None
        if entry is None or not entry[0] & FIRST:
            continue
        beside = [months[k] for k in (i - 1, i + 1) if 0 <= k < len(months) and months[k]]
        if all(abs(_MONTHS.index(month) - _MONTHS.index(b)) not in (1, 11) for b in beside):  # (December, January)
            out.append(lines[i])
    return out


def kin_possessive(text: str, lexicon) -> list[tuple[int, int, float]]:
    """A lower-case first name's possessive after kin or a friend (the module's doc)."""
    out = []
    for mark in ("'s", "’s"):
        at = text.find(mark)
        while at >= 0:
            m = None if text[at + 2:at + 3].isalpha() else _KIN_BEFORE_POSSESSIVE.search(text, max(0, at - 40), at)
            entry = lexicon.get(m.group(1)) if m else None
            if entry is not None and entry[0] & FIRST and m.group(1) not in NOT_NAMES:
                out.append((m.start(1), m.end(1), SCORE))
            at = text.find(mark, at + 2)
    return out


def plain_turns(text: str, lexicon) -> list[tuple[int, int, float]]:
    """The speakers of a chat without times (the module's doc)."""
    if text.count(": ") < 3 or text.count("\n") < 2:
        return []  # three turns need three colons and three lines (a cheap look before the scan: speed)
    lines = list(_TURN.finditer(text))
    if len(lines) < 3:
        return []
    speakers = [m.group(1) for m in lines]
    counts = {s: speakers.count(s) for s in speakers}
    again = any(s in speakers[:i - 1] and speakers[i - 1] != s for i, s in enumerate(speakers) if i >= 2)
    named = {s for s, n in counts.items() if _speaker(lexicon, s, n)}
    if len(named) < 2 or not again or not any(_person(lexicon, s) for s in named):
        return []  # two people talk: `Sterling: up\nEuro: flat\nSterling: down` is a market report
    if not any(_CHATTY.search(text, m.end(), _line_end(text, m.end())) for m in lines):
        return []  # people talk to each other (`you`, `I`, `ok`, `?`): `Pfizer: phase 3\nModerna: phase 2` compares
    return [(m.start(1), m.end(1), SCORE) for m in lines if m.group(1) in named]


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _person(lexicon, label: str) -> bool:
    """A speaker label the lexicon calls a person: a first name no more a word than a name, a rare capitalized
    word no list has (`Sanjay`), a handle whose first part is a first name (`priya.n`)."""
    word = _SPLIT.split(label)[0]
    low = word.lower()
    if low in ROLES or low in NOT_NAMES:
        return False
    entry = lexicon.get(low)
    if entry is None or not entry[0]:  # no list has it: a name of five letters or more (`Sig`, `Disp`: a record's)
        return len(word) >= 5 and (word[0].isupper() or KOREAN_GIVEN.fullmatch(low) is not None) and (
            entry is None or entry[2] < 3.3)
    flags, name_zipf, word_zipf = entry
    if flags & PLACE:
        return False
    return bool(flags & (FIRST | KOREAN)) and (not flags & WORD or word_zipf - name_zipf < 1.3)


def _speaker(lexicon, label: str, count: int) -> bool:
    """A speaker of a chat that is a name: no role, month, day, place or common word (one that speaks twice and is
    rarer than `TURN_COMMON_ZIPF` may be)."""
    words = [w for w in _SPLIT.split(label) if w]
    low = words[0].lower()
    if low in ROLES or low in NOT_NAMES or len(words[0]) < 2 or label.isupper():
        return False  # capitals: a form's labels (`DAW:`) or a transcript's, which the context reader reads
    if _person(lexicon, label):
        return True
    entry = lexicon.get(low)
    if entry is None or entry[0] & PLACE:
        return entry is None and len(low) >= 3
    if entry[0] & (FIRST | LAST):
        return True
    return count >= 2 and is_common_word(low) and entry[2] < TURN_COMMON_ZIPF and words[0][0].isupper() and \
        not _PERSON_NOUN.search(low)  # `Visitor:`, `Resident:`: a role, not a name


def caption_parties(text: str) -> list[tuple[int, int, float]]:
    """A court caption's parties in capitals before their side (the module's doc)."""
    if "BETWEEN" not in text and "Between:" not in text and "Between\n" not in text:
        return []
    out = []
    for m in _PARTY.finditer(text):
        words = m.group(1).lower().split()
        if any(w in _NOT_PARTY for w in words) or all(is_common_word(w) for w in words):
            continue
        out.append((m.start(1), m.end(1), SCORE))
    return out


def initialled(text: str) -> list[tuple[int, int, float]]:
    """Initials and a surname after a closing or a name's label (the module's doc)."""
    out = []
    for at in _INITIALS_AT.finditer(text):
        m = _INITIALLED.match(text, at.end())
        if m is None or is_common_word(m.group(1).rpartition(" ")[2]):
            continue
        line_start = text.rfind("\n", 0, at.start()) + 1
        if text[at.start()] == "\n" and _CLOSING_LINE.fullmatch(text, line_start, at.start()) or \
                text[at.start()] == ":" and _NAME_LABEL.search(text, line_start, at.start()):
            out.append((m.start(1), m.end(1), SCORE))
    return out


def counsel(text: str) -> list[tuple[int, int, float]]:
    """Advocates by initials and surname before the side they appear for (the module's doc)."""
    if " for " not in text or not any(side in text for side in _SIDE_STEMS):
        return []
    return [(m.start(1), m.end(1), SCORE) for m in _COUNSEL.finditer(text) if " " in m.group(1)
            and not is_common_word(m.group(1).rpartition(" ")[2])]  # not `Form E Guidance for Applicants`


def signed_lower(text: str, lexicon) -> list[tuple[int, int, float]]:
    """A lower-case signature after a dash on a line of its own (the module's doc)."""
    if "— " not in text and "– " not in text and "\n-" not in text and "~" not in text:
        return []
    out = []
    for m in _SIGNED.finditer(text):
        word = m.group(1).split()[0]
        entry = lexicon.get(word)
        if word in NOT_NAMES or word in ROLES or word in _CHAT_ABBREVIATIONS or text[m.end():].strip() and not (
                text.startswith("(", m.end() + (text[m.end():m.end() + 1] == " "))):
            continue  # a list's item (`- kubectl`): a signature ends the text or has a number after it
        before = text[text.rfind("\n", 0, max(0, m.start() - 1)) + 1:max(0, m.start() - 1)].lstrip()
        if before.startswith(("-", "—", "–", "~", "*", "•")):
            continue  # the last item of a list
        if entry is None and word.isalpha() or entry is not None and entry[0] & (FIRST | LAST) and not entry[0] & (
                WORD | PLACE):
            out.append((m.start(1), m.end(1), SCORE))
    return out


def possessive_thing(detector, text: str, start: int, end: int) -> bool:
    """`Raynaud's phenomenon`, `Cooper's hawk`: a found name's possessive repeat before an eponym's noun."""
    if text[end:end + 2] not in ("'s", "’s"):
        return False
    return detector._looks_like_thing(f"{text[start:end].lower()}'s", text[max(0, start - 12):start],
                                      text[end + 2:end + 42], False)


def kin_name(cue: str, word: str, entry, text: str, end: int) -> bool:
    """A first name that is also a place or a month, capitalized after a word of kinship (the module's doc); after
    a kin word used as a title (`Aunty Moana`, `Nana Won`), a name of the lists or a word of no dictionary, less
    common than `said`, that no capitalized word follows (not `Aunt Leaves Fortune`, `Nana Banana`, `Grandpa Pipe`)."""
    if cue in KIN_TITLES and word[0].isupper() and not word.isupper() and len(word) >= 3 and (
            entry is None or not entry[0] & WORD or listed_name(word)) and (
            entry is None or entry[2] < _KIN_TITLE_WORD_ZIPF) and not _CAPITALIZED_AFTER.match(text, end):
        return True
    return cue in KIN and word[0].isupper() and not word.isupper() and entry is not None and bool(
        entry[0] & FIRST) and not _DATE_AFTER.match(text, end)
