"""What around a run of Latin-script name words says it is a person: the cue that `EnglishNameDetector` asks for
when the words alone do not make a name (a surname alone, rare words, all caps)."""

from __future__ import annotations

import regex

from prep.pii.names_en_words import (
    _AFTER_CUE,
    _AFTER_EMAIL,
    _AFTER_SPEECH,
    _BEFORE_PREPOSITION,
    _BEFORE_WORD,
    _BEFORE_WORD_LOWER,
    _BULLET,
    _CHAT_PREFIX,
    _LABEL,
    _LINE_ALONE_AFTER,
    CAPS_WORDNESS,
    FIRST,
    KOREAN,
    LAST,
    load_lexicon,
)
from prep.pii.names_ko_titles import HEAD_TITLES, MORE_TITLES, TITLES

_INITIALS_END = regex.compile(r"(?<![\p{L}\p{N}.'’])(?:\p{Lu}\.[ ]?){1,3}$")  # a name's leading initials
# Korean particles after a Latin-script name (`Tom이`, `Grace가`, `Daniel 교수님께서`).
KOREAN_PARTICLES = (r"(?:이|가|은|는|을|를|의|도|께서|께|에게|한테|이랑|랑|하고|와|과|아|야|만"
                    r"|이가|이는|이도|이한테|이를|이의)")
# A Korean title or honorific after the name, glued or after one space, closed by particles (`Duc님도`,
# `Park 교수님이`); not the head of a longer noun (`대리점`, `교수진`). `씨` marks a person whatever the word (a title
# before an English name); a role needs a name (`Kim 대리가`; not `Kakao 대표`).
_KOREAN_HONORIFIC_AFTER = regex.compile(rf"[ ]?씨{KOREAN_PARTICLES}{{0,2}}(?![가-힣])")
# (not a head's title, which follows a company as often: `Toyota 회장`, `Adobe 대표`)
_PERSON_TITLES = "|".join(t for t in f"{TITLES}|{MORE_TITLES}".split("|") if t not in HEAD_TITLES.split("|"))
KOREAN_TITLE_AFTER = regex.compile(rf"[ ]?(?:{_PERSON_TITLES}){KOREAN_PARTICLES}{{0,2}}(?![가-힣])")
_ROLE_COLON_AFTER = regex.compile(r"[ ]\([^()\n]{1,30}\)[ ]?:")  # a contact saved with a role: `Anand (Plumber):`
_SIGN_OFF_DASH = regex.compile(r"\S[ ][-–—~][ ]?$")  # a message's words, then a dash before the writer's name


def listed_name(word: str) -> bool:
    """A first name, a surname or a Korean surname in the name lists, written as a name about as often as a word:
    `Nguyen`, `Okafor`, `Grace`, `Won`; not a brand or a thing that a census lists too (`Uber`, `Slack`, `Meta`,
    `Banana`)."""
    entry = load_lexicon().get(word.lower())
    return entry is not None and bool(entry[0] & KOREAN or entry[0] & (FIRST | LAST) and
                                      entry[2] - entry[1] < CAPS_WORDNESS)


def _listed_run(text: str, start: int, end: int) -> bool:
    return any(listed_name(w) for w in regex.findall(r"\p{L}+", text[start:end]))


def run_cue(text: str, start: int, end: int, after: str, lower: bool) -> str | None:
    """What around the run says it is a person, the strongest first: a cue of contact (`_CONTACT_CUES`:
    a greeting or contact word before it, a chat speaker's colon, an e-mail address after it, a bullet),
    "title" (a Korean title after it), "near" (a role in parentheses, an age, a time stamp after it), "speech" (a
    verb after it), "alone"
    (a line of its own), "label" (right after a label, or a list separator on a label line) or None."""
    line_start = text.rfind("\n", 0, start) + 1
    prefix = text[line_start:start]
    if prefix.endswith(". "):
        prefix = _INITIALS_END.sub("", prefix)  # `Dr. A.B. Okafor`, `Contact J. Smith`: the cue is before them
    if (_BEFORE_WORD_LOWER if lower else _BEFORE_WORD).search(prefix[-30:]):
        return "before"
    if "가" <= after[:2].lstrip(" ")[:1] <= "힣" and not lower:
        if _KOREAN_HONORIFIC_AFTER.match(after):
            return "before"  # `Aigerim 씨가`
        if len(prefix) < 200 and _LABEL.fullmatch(prefix):
            return "label"  # `담당자: SMITH 팀장`: the label is the stronger cue (an all-caps run needs it)
        if KOREAN_TITLE_AFTER.match(after) and after[0] != "님" and _listed_run(text, start, end):
            return "title"  # `Kim 대리가`, `Okafor 교수님`; a glued `님` is as often a tool's (`Jira님 알림`)
    if not lower and _BEFORE_PREPOSITION.search(prefix[-12:]):
        return "near"
    if (after.lstrip(" \t").startswith(":") or after.startswith(" (") and _ROLE_COLON_AFTER.match(after) and
            _listed_run(text, start, end)) and _CHAT_PREFIX.search(prefix):
        return "chat"  # a chat export's speaker: `[1:08 PM] Kofi:`, `12/09/2025, 12:15 - Aziz Sato (Plumber):`
    if _AFTER_EMAIL.match(after):
        return "email"
    if (_BULLET.fullmatch(prefix) or _SIGN_OFF_DASH.search(prefix)) and _LINE_ALONE_AFTER.match(after):
        return "bullet"  # `- Oluwaseun` under a post, `pls help - tyler` at a message's end
    if _AFTER_CUE.match(after):
        return "near"
    if _AFTER_SPEECH.match(after):
        return "speech"
    if not prefix.strip(" \t-–—•*") and _LINE_ALONE_AFTER.match(after):
        return "alone"  # a line of its own: a signature, an address label, a party in a caption
    if len(prefix) < 200 and _LABEL.fullmatch(prefix):
        return "label"
    return None

