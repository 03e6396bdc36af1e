"""Chat speakers of more apps' layouts (round 11), for the English context reader (`names_en_context`).

The reader's own layouts are bracketed times, WhatsApp dates and Slack's two-space times. Exports we did not write
show more: Slack with one space before the time (`jiwon 2:14 PM`), Discord (`yoonji — Today at 9:14 PM`, `— 오늘
오후 9:14`), a time in parentheses (`Gyeol (09:33): ...`) or brackets (`Tae [오후 2:14] ...`). Schedules,
timetables, medication lists and TV guides share these shapes (`Standup 9:30 AM`, `Daejeon — 2 nights`,
`Backend (09:33):`), so a match counts only when a message follows (the next line, or the rest of the line) and is no
timetable row itself, and only in a document where one of these speakers is a person by the lexicon: a first name
that is no place and not used more as a word, or a romanized Korean given name (`jiwon`) that is no romanized word or
place (`soju`, `daejeon`). A second review found these false positives in 63 of its 124 clean probes before the
narrowing and 2 after.
"""

from __future__ import annotations

import regex

from prep.pii.names_en_words import FIRST, KOREAN, KOREAN_GIVEN, NOT_NAMES, PLACE, ROLES, WORD

# Romanized Korean words and places that the syllable pattern reads as given names.
KO_ROMAN_NOT_NAMES = frozenset("""
soju yuja jinja jinro hoho haha hanok hanbok hanji sunbae seonbae dosa soba boba sundae hansik suwon daejeon jeonju
jinju wonju yeosu andong sejong hongdae seongsu myeongdong sinsa dobong jinhae naju hadong daechi gimpo
""".split())
_TIMED_LINE = regex.compile(r"[ \t]*[^\n]{1,40}?[ ]\d{1,2}:\d\d(?::\d\d)?[ ]?(?:[AaPp]\.?[Mm]\.?)?[ \t]*(?:\n|$)")
_SPEAKER = r"[\p{L}][\p{L}.'’_\-]*(?:[ ][\p{L}][\p{L}.'’_\-]*){0,3}"
APP_LINE = regex.compile(
    rf"(?m)^({_SPEAKER})(?:[ ]\d{{1,2}}:\d\d[ ]?[AaPp]\.?[Mm]\.?[ \t]*\n(?=[ \t]*\S)"  # Slack, one space
    # Discord
    r"|[ ][—–-][ ](?:Today|Yesterday|오늘|어제|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}:\d\d)[^\n]*\n(?=[ \t]*\S)"
    r"|[ ]?\((?:오전[ ]|오후[ ])?\d{1,2}:\d\d(?::\d\d)?(?:[ ]?[AaPp][Mm])?\)[ ]?:[ ]*\S"  # `Gyeol (09:33): ...`
    r"|[ ]\[(?:(?:오전|오후|AM|PM)[ ]?)?\d{1,2}:\d\d(?:[ ]?[AaPp][Mm])?\][ ]*\S)"  # `Tae [오후 2:14] ...`
)
_SPLIT = regex.compile(r"[ ._]+")


def app_speakers(text: str, lexicon, speaker_name) -> list[tuple[int, int, float]]:
    """Speakers of `APP_LINE` in `text` (the module's doc); `speaker_name(name, any_case)` is the reader's test of a
    speaker label (no role, no common word)."""
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
