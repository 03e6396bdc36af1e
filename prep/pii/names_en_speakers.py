"""Chat speakers of more apps' layouts and names glued to Korean (round 11), for the English context reader.

The reader's own layouts are bracketed times, WhatsApp dates and Slack's two-space times. Exports we did not write
show more: Slack with one space before the time (`jiwon 2:14 PM`, the message below it or, round 12, after two
spaces), Discord (`yoonji — Today at 9:14 PM`, `— 오늘 오후 9:14`), a time in parentheses (`Gyeol (09:33): ...`) or
brackets (`Tae [오후 2:14] ...`). Schedules,
timetables, medication lists and TV guides share these shapes (`Standup 9:30 AM`, `Daejeon — 2 nights`,
`Backend (09:33):`), so a match counts only when a message follows (the next line, or the rest of the line) and is no
timetable row itself, and only in a document where one of these speakers is a person by the lexicon: a first name
that is no place and not used more as a word, or a romanized Korean given name (`jiwon`) that is no romanized word or
place (`soju`, `daejeon`). A second review found these false positives in 63 of its 124 clean probes before the
narrowing and 2 after.

`glued_to_korean`: a romanized Korean given name or a first name that is no word or place, written in Latin
letters inside Korean text with a Korean particle or title glued on or after a space (`Jiyeon님도`, `Minho야`,
`Sujin이랑`, `SEOYUN 언니`; `Ryu 원장님` takes a surname); not a place, bank or tool of `KO_ROMAN_NOT_NAMES`, and
not before a copula (`Incheon입니다`). 14 names in the tuning sets and no other match there or in the demo corpus.
"""

from __future__ import annotations

import regex

from prep.pii.gated_scan import LineStartPattern
from prep.pii.names_en_lower import CHARACTERS
from prep.pii.names_en_words import FIRST, KOREAN, KOREAN_GIVEN, LAST, NOT_NAMES, PLACE, ROLES, WORD

# Romanized Korean words and places that the syllable pattern reads as given names.
KO_ROMAN_NOT_NAMES = frozenset("""
soju yuja jinja jinro hoho haha hanok hanbok hanji sunbae seonbae dosa soba boba sundae hansik suwon daejeon jeonju
jinju wonju yeosu andong sejong hongdae seongsu myeongdong sinsa dobong jinhae naju hadong daechi gimpo incheon daegu
gwangju busan ulsan seoul jeju gangnam yeouido pangyo bundang ilsan mokpo pohang gumi cheonan sinchon itaewon
shinhan woori kyobo baemin kakao naver coupang nonghyup kookmin hanwha lotte posco yonsei korea sogang jira
""".split())
_TIMED_LINE = regex.compile(r"[ \t]*[^\n]{1,40}?[ ]\d{1,2}:\d\d(?::\d\d)?[ ]?(?:[AaPp]\.?[Mm]\.?)?[ \t]*(?:\n|$)")
_SPEAKER = r"[\p{L}][\p{L}.'’_\-]*(?:[ ][\p{L}][\p{L}.'’_\-]*){0,3}"
APP_LINE = LineStartPattern(regex.compile(
    rf"(?m)^({_SPEAKER})(?:[ ]\d{{1,2}}:\d\d[ ]?[AaPp]\.?[Mm]\.?(?:[ \t]*\n(?=[ \t]*\S)|[ ]{{2,}}(?=\p{{L}}))"  # Slack
    # Discord
    r"|[ ][—–-][ ](?:Today|Yesterday|오늘|어제|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d\d)[^\n]*\n(?=[ \t]*\S)"
    r"|[ ]?\((?:오전[ ]|오후[ ])?\d{1,2}:\d\d(?::\d\d)?(?:[ ]?[AaPp][Mm])?\)[ ]?:[ ]*\S"  # `Gyeol (09:33): ...`
    r"|[ ]\[(?:(?:오전|오후|AM|PM)[ ]?)?\d{1,2}:\d\d(?:[ ]?[AaPp][Mm])?\][ ]*\S)"  # `Tae [오후 2:14] ...`
))
_SPLIT = regex.compile(r"[ ._]+")
_CLOCK = regex.compile(r"\d:\d\d")
_KO_TITLES = r"님|씨|쌤|언니|오빠|누나|형|선생님|원장님|사장님|기사님|대리님?|과장님?|팀장님?"
_KO_AFTER = r"(?:이|은|는|도|께서?|의|한테|에게|이랑|랑|가)?(?![가-힣])"
_GLUED = regex.compile(
    rf"(?<![\p{{L}}\d])(\p{{Latin}}[\p{{Latin}}\-]{{1,14}})(?=(?:{_KO_TITLES}){_KO_AFTER}|(?:야|아|이랑|랑|이가|이는|한테"
    rf"|에게|이한테|이네)(?![가-힣])|[ ](?:{_KO_TITLES}){_KO_AFTER})")
_HANGUL = regex.compile(r"[가-힣]")


def app_speakers(text: str, lexicon, speaker_name) -> list[tuple[int, int, float]]:
    """Speakers of `APP_LINE` in `text` (the module's doc); `speaker_name(name, any_case)` is the reader's test of a
    speaker label (no role, no common word)."""
    if not (":" in text and _CLOCK.search(text) or "— " in text or "– " in text or " - " in text):
        return []  # no clock time and no Discord dash: one cheap look instead of the layouts' scan (speed)
    found = [m for m in APP_LINE.finditer(text) if speaker_name(m.group(1), True)
             and not (text[m.end() - 1] == "\n" and _TIMED_LINE.match(text, m.end()))]  # not a timetable's rows
    if not any(person_speaker(lexicon, m.group(1)) for m in found):
        return []
    return [(m.start(1), m.end(1), 0.6) for m in found]


def person_speaker(lexicon, name: str) -> bool:
    """Is some word of the speaker label a first name (no place, no more a word than a name) or a romanized Korean
    given name no list has?"""
    for word in (w for w in _SPLIT.split(name) if w):
        low = word.lower()
        if low in ROLES or low in NOT_NAMES:
            return False
        entry = lexicon.get(low)
        if entry is None and KOREAN_GIVEN.fullmatch(low) and low not in KO_ROMAN_NOT_NAMES:
            return True
        if entry is not None and entry[0] & (FIRST | KOREAN) and not entry[0] & PLACE and (
                not entry[0] & WORD or entry[2] - entry[1] < 1.3):
            return True
    return False


def glued_to_korean(text: str, lexicon) -> list[tuple[int, int, float]]:
    """Latin-script names with a Korean particle or title glued on (the module's doc)."""
    if not _HANGUL.search(text):
        return []
    out = []
    for m in _GLUED.finditer(text):
        word = m.group(1)
        if word.lower() in KO_ROMAN_NOT_NAMES:
            continue  # `Incheon이랑`, `Jira님`: a place, a bank, a tool
        entry = lexicon.get(word.lower())
        if KOREAN_GIVEN.fullmatch(word) and (entry is None or not entry[0] & WORD) or entry is not None and (
                entry[0] & (FIRST | KOREAN) and not entry[0] & (WORD | PLACE) or entry[0] & KOREAN and entry[0] & LAST
                and text.startswith(" ", m.end())):
            out.append((m.start(1), m.end(1), 0.6))
    return out


# A chat line's one-word speaker and its line (`Rain: ahh thanks Sunny`, `HOPE: thank u`).
_ONE_WORD_TURN = regex.compile(r"(?m)^[ \t]*(\p{Lu}[\p{L}'’\-]+):[ \t]+(\S[^\n]*)")
# One word that is still said, not a value (`Kai: lol`, `Storm: sup`; not `Rain: likely`, `Price: cost`).
_SAID_ALONE = frozenset("""
lol lmao haha hahaha hey hi hiya hello yo sup ok okay k yes yeah yep yup no nope thanks thx ty bye omg wait what
why sure np hmm ugh ahh ah oh
""".split())
_VALUE = regex.compile(r"[\p{N}$£€¥%]|^(?:a|an)[ ]", regex.IGNORECASE)


def _speech(line: str) -> bool:
    """A chat message, not a price, a quantity, a percentage, a definition (`a debt security`) or a value."""
    words = line.strip(" \t.!?,").split()
    if not words or _VALUE.search(line.strip()):
        return False
    return len(words) >= 2 or words[0].lower() in _SAID_ALONE


def called_speakers(text: str, spans: list, lexicon) -> list[tuple[int, int, float]]:
    """Round 17. In a chat of three turns or more whose speakers are words (`Sunny:`, `Rain:`, `Storm:`), one speaker
    called by name in a message (`ahh thanks Sunny`, found by a cue) makes it a chat of people: every one-word
    speaker that is a first name or a surname of any wordness (`Rain`, `Storm`) or, not in capitals, a word no list
    has, is one. Only labels whose lines read as speech count, the called one too: a forecast, a glossary or a tally
    (`Rain: 60%`, `Bond: a debt security`, `Wind: strong`, `Gray: 7`) names none of its labels as a person; nor do
    a game's characters (`Mario:`)."""
    turns = list(_ONE_WORD_TURN.finditer(text))
    if len(turns) < 3:
        return []
    heads = {m.start(1) for m in turns}
    called = {text[a:b].lower() for a, b, _ in spans if a not in heads}
    talking = {m.group(1).lower() for m in turns if _speech(m.group(2))} - CHARACTERS
    if not talking & called:
        return []
    out = []
    for m in turns:
        word = m.group(1).lower()
        entry = lexicon.get(word)
        if word in ROLES or word in NOT_NAMES or word not in talking:
            continue
        if entry is not None and entry[0] & (FIRST | LAST) or entry is None and len(word) >= 3 and (
                not m.group(1).isupper()):
            out.append((m.start(1), m.end(1), 0.6))
    return out
