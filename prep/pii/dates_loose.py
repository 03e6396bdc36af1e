"""DATE_OF_BIRTH said aloud, typed loosely or scanned (round 23): the birth dates of transcripts, phone typing and OCR.

The date patterns (`prep.pii.dates`) read digits in the usual shapes. A call-centre transcript writes what was said,
a phone's typist writes what is quick, and a scan splits and misreads; each is a birth date the patterns miss:

- **spelled in Hangul digits** after a birth cue, in groups or as one run, six digits (yymmdd) or eight (yyyymmdd):
  `생년월일이요 / 고객: 구공공삼공이요`, `주민번호 앞자리 ... 구삼 일이 이팔이요`, `생년월일 여덟 자리 ... 일구팔구 공구
  일팔` (the normalized view reads spelled runs of 7+ digits only: six are words as often, `이사`, `사이`);
- **said as a date in Hangul numerals** after a birth cue: `아빠 생일 오칠년 이월 십일`, `팔칠년 사월 십구일`
  (`dates.DOB_SPOKEN` takes them after `생년월일` only);
- **a birth year with its day**: `90년생 3월 2일`, `96년생 8월 17일` (`년생` marks the birth; no cue needed);
- **a whole date read back** a line or two after a cue that names the birth date itself (not `birthday party`), in
  digits, words or both (`IVR: I heard January thirtieth, two thousand one`, `the ninth of July, 1975`, `상담원: 네
  1989년 9월 18일 맞으시고`);
- **a scanned date after its label**, spaces inside and `O` for `0`: `생 년 월 일  2O13년 5월 19일`, `생년월일:
  1 9 6 2 년 7 월 1 일`, `2000년1 1월3 0일`, `1994. 11. O7.`.

A cue counts within `CUE_WINDOW` characters before the date and at most two line breaks back (a transcript asks on
one line and the customer answers on the next, or the agent reads it back a line later). Every reading checks the
date: a real day of a year 1900-2029 (a six-digit run is yymmdd). A date with no cue (`구공년 삼월 이일에
계약`), a price or a count said aloud (`이삼 만원`, `구십 팔 분`) and an event's date (`발생일시`) are left.
"""

from __future__ import annotations

import datetime
import re

import regex

from prep.pii.dates import DATE, DAY_WORDS, MONTH_WORDS, YEAR_WORDS
from prep.pii.view_spoken_ko import hangul_number

CUE_WINDOW = 90
# A digit (not a count of digits: `생년월일 8자리`), or another number's name between the cue and the date (`생년월일
# 확인되셨고요 오늘 접수번호는 ...`: that number is the receipt's)
_ANY_DIGIT = re.compile(r"\d(?![ ]?자리)|번호|(?i:number|no\.)")
_ITSELF = r"(?i)생[ ]?년[ ]?월[ ]?일|출생일|앞자리|date[ ]of[ ]birth|birth[ ]?date|\bd\.?o\.?b\b|\bb-?day\b"
_CUE = regex.compile(rf"{_ITSELF}|(?<!발)생일|출생|태어|(?i:birth)")
_CUE_ITSELF = regex.compile(_ITSELF)  # the cues that name the birth date itself (not `birthday party`)
_HD = "[공영일이삼사오육칠팔구륙]"
_DIGIT = {"공": "0", "영": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6", "륙": "6", "칠": "7",
          "팔": "8", "구": "9"}
# Spelled digits: one run of 6 or 8, or groups of 2-4 joined by one space (`구삼 일이 이팔`, `일구팔구 공구 일팔`),
# or 6 or 8 plain digits opening a line after the cue's (`생일 넣으래\n990908`); not inside a longer Hangul word, and
# ended by a spoken ending or no Hangul (`구공공삼공이요`, `... 일오 이천일년`).
_LINE_START = r"(?<=^|^[^\n:]{1,15}:[ ]?)"  # the line's start, or after its speaker's label
_SPELLED = regex.compile(
    rf"(?<![가-힣\d])(?P<v>{_HD}{{6}}|{_HD}{{8}}|{_HD}{{2,4}}?(?:[ ]{_HD}{{2,4}}?){{1,3}}"
    rf"|{_LINE_START}\d{{6}}(?:\d\d)?)"
    r"(?=(?:이요|요|입니다|이에요|예요|이고|이구요|요\.|이었나|생)?(?:[^가-힣]|$))", regex.MULTILINE)
_NUM = "[일이삼사오육칠팔구십공영]"
# Hangul numerals with 년/월/일: `오칠년 이월 십일`, `구삼년 십이월 이십팔일`, `이공이공 일월 칠일`.
_SAID = regex.compile(
    rf"(?<![가-힣])(?P<v>(?P<y>{_NUM}{{2,4}})년[ ]?(?P<m>{_NUM}{{1,2}}|유|시)월[ ]?(?P<d>{_NUM}{{1,3}})일)")
# `90년생 3월 2일`: the birth year marks it.
_YEAR_BORN = regex.compile(r"(?<!\d)(?P<v>(?:19|20)?\d{2}년생[ ,]?(?P<m>\d{1,2})월[ ]?(?P<d>\d{1,2})일)")
# A scanned date: digits (or `O`), its marks and stray spaces, right after its label on the line.
_SCANNED = regex.compile(
    r"(?i:생[ ]?년[ ]?월[ ]?일|출[ ]?생[ ]?일|date[ ]of[ ]birth|d\.?o\.?b\.?)[ ]*[:：]?[ ]*"
    r"(?P<v>[0-9O](?:[0-9O년월일./\-]|[ ](?=[0-9O년월일.]))*[0-9O.일])")
_SCANNED_SHAPE = re.compile(
    r"(?P<y>(?:19|20)\d\d)(?:년(?P<m>\d{1,2})월(?P<d>\d{1,2})일|[./\-](?P<m2>\d{1,2})[./\-](?P<d2>\d{1,2})\.?)"
    r"|(?P<yy>\d\d)[./\-](?P<m3>\d{1,2})[./\-](?P<d3>\d{1,2})\.?")
# A whole date, in digits or words or both, read back a line or two after the cue (`date of birth?\nCALLER: ...\nIVR:
# I heard January thirtieth, two thousand one`, `the ninth of July, 1975`, `상담원: 네 1989년 9월 18일 맞으시고`).
_DAY_ANY = rf"(?:{DAY_WORDS}|\d{{1,2}}(?:st|nd|rd|th)?)"
_YEAR_ANY = rf"(?:{YEAR_WORDS}|(?:19|20)\d\d)"
_WHOLE = regex.compile(
    rf"(?<![\w/.\-])(?P<v>{DATE}|(?i:{MONTH_WORDS}[ ](?:the[ ])?{_DAY_ANY},?[ ](?:of[ ])?{_YEAR_ANY}"
    rf"|(?:the[ ])?{_DAY_ANY}[ ]of[ ]{MONTH_WORDS},?[ ]{_YEAR_ANY}))(?![\w/])")
# ... said by a speaker: the line opens with a speaker's label and a few words (`Nurse: `, `상담원: 네 `), not a form's
# field or a chat's date header
_SPEAKER_BEFORE = regex.compile(r"[^\n:\d]{1,20}:[ ]?[^\n\d:]{0,20}")
# Necessary condition (stdlib): every reading needs one of these (a cue, `년생`, a date's `일생`), not any `생`
# (`학생`, `생각`, `발생`).
TRIGGER = re.compile(r"생[ ]?년|생일|년생|일생|출[ ]?생|태어|앞자리|(?i:birth|dob|d\.o\.b|b-?day)")


def _valid(year: int, month: int, day: int) -> bool:
    try:
        return 1900 <= year <= 2029 and bool(datetime.date(year, month, day))
    except ValueError:
        return False


def _spelled_date(said: str) -> bool:
    digits = "".join(_DIGIT.get(c, c) for c in said if c != " ")
    if len(digits) == 6:
        year = int(digits[:2])
        return _valid(1900 + year if year > 29 else 2000 + year, int(digits[2:4]), int(digits[4:]))
    return len(digits) == 8 and _valid(int(digits[:4]), int(digits[4:6]), int(digits[6:]))


def _said_date(match: regex.Match) -> bool:
    year = hangul_number(match["y"])
    month = {"유": "6", "시": "10"}.get(match["m"]) or hangul_number(match["m"])
    day = hangul_number(match["d"])
    if not (year and month and day):
        return False
    y = int(year)
    y = y if y >= 1900 else 1900 + y if y > 29 else 2000 + y
    return _valid(y, int(month), int(day))


def _cued(text: str, start: int, cue: regex.Pattern = _CUE, own_line: bool = True) -> bool:
    """A birth cue within `CUE_WINDOW` characters before `start`, at most two line breaks back (not on `start`'s own
    line unless `own_line`: there the date patterns read a whole date), and no digit between the last cue and
    `start`: a form's `DOB: 1952-11-09 / MRN ... / Admit: 09/28/2024` gave its birth date already, and the dates
    after it are others'."""
    first = max(0, start - CUE_WINDOW)
    breaks = [i for i in range(start - 1, first - 1, -1) if text[i] == "\n"][:3]
    lo = breaks[2] + 1 if len(breaks) == 3 else first
    hi = start if own_line else (breaks[0] if breaks else lo)
    cues = list(cue.finditer(text, lo, hi))
    return bool(cues) and not _ANY_DIGIT.search(text, cues[-1].end(), start)


def _scanned_date(value: str) -> bool:
    plain = value.replace(" ", "").replace("O", "0").rstrip(".")
    match = _SCANNED_SHAPE.fullmatch(plain)
    if not match:
        return False
    if match["yy"]:
        year = int(match["yy"])
        return _valid(1900 + year if year > 29 else 2000 + year, int(match["m3"]), int(match["d3"]))
    return _valid(int(match["y"]), int(match["m"] or match["m2"]), int(match["d"] or match["d2"]))


def loose_birth_dates(text: str) -> list[tuple[int, int]]:
    """(start, end) of each birth date said aloud, typed loosely or scanned in `text` (module doc)."""
    if not TRIGGER.search(text):
        return []
    out = [m.span("v") for m in _YEAR_BORN.finditer(text) if _valid(2000, int(m["m"]), int(m["d"]))]
    out += [m.span("v") for m in _SCANNED.finditer(text) if _scanned_date(m["v"])]
    out += [m.span("v") for m in _SPELLED.finditer(text) if _spelled_date(m["v"]) and _cued(text, m.start())]
    out += [m.span("v") for m in _SAID.finditer(text) if _said_date(m) and (_cued(text, m.start())
                                                                           or text.startswith("생", m.end()))]
    out += [m.span("v") for m in _WHOLE.finditer(text) if _cued(text, m.start(), _CUE_ITSELF, own_line=False)
            and _SPEAKER_BEFORE.fullmatch(text, text.rfind("\n", 0, m.start()) + 1, m.start())]
    return sorted(set(out))
