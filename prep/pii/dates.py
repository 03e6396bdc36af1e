"""Dates of birth: the date shapes, the birth cues, and where a date counts as one's birth date.

A date alone is no personal data (a meeting, a deadline); a date marked as a birth date is. The marks: a birth
cue before it (`생년월일: 1990-01-02`, `DOB 3/14/90`; short forms only here), on the line before when that line
asks or labels (`date of birth?\nCALLER: April 2, 1971`), `생`/`출생`/`태어` after it (`1990년 1월 2일생`), a yymmdd in
parentheses after a Korean name (`홍길동 (900314)`), or a table whose header names a birth-date column
(`성명 / 생년월일 / 연락처`, then a row per person): `prep.pii.patterns` puts them in the recognizer table.
"""

from __future__ import annotations

import re

import regex

from prep.pii.view_spoken import ONES, TEENS, TENS

YYMMDD = r"\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = (
    r"(?:(?:19|20)\d{2}[\-./][ ]?(?:0?[1-9]|1[0-2])[\-./][ ]?(?:0?[1-9]|[12]\d|3[01])\.?"  # 1990-01-02, 1990. 1. 2.
    r"|(?:19|20)?\d{2}년[ ]?(?:0?[1-9]|1[0-2])월[ ]?(?:0?[1-9]|[12]\d|3[01])일"  # 1990년 1월 2일
    r"|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:19|20)\d{2}"  # 01/02/1990
    rf"|{_MONTHS}[ ](?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?[ ](?:19|20)\d{{2}}"  # January 2, 1990
    rf"|(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[ ]{_MONTHS},?[ ](?:19|20)\d{{2}})"  # 2 January 1990
)
# After a birth cue only, the short forms too: `3/14/90`, `14/03/1990`, `90.03.14`, `900314`, `5-Mar-90`.
_DAY = r"(?:0?[1-9]|[12]\d|3[01])"
_DOB_DATE = (
    rf"(?:{_DATE}|{_DAY}/{_DAY}/(?:(?:19|20)\d{{2}}|\d{{2}})|{_DAY}[.\-]{_DAY}[.\-](?:19|20)\d{{2}}"
    rf"|\d{{2}}[.\-](?:0?[1-9]|1[0-2])[.\-]{_DAY}|{YYMMDD}|{_DAY}[\- ]{_MONTHS}[\- ](?:(?:19|20)\d{{2}}|\d{{2}})"
    r"|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"  # `5-Mar-90`, `19900305`
    # ... and a scan's letter O for a zero (`DOB O9/2O/1990`), after the cue only (the plain forms come first)
    r"|(?<![A-Za-z])[0-3O]?[\dO]/[0-3O]?[\dO]/(?:19|20)[\dO]{2})"
)
# Read out in a call (`june ninth nineteen seventy one`, `the twenty second of may nineteen forty four`,
# `칠십구년 사월 십팔일`, `유월`, `시월`): `DOB_SPOKEN`, after a cue that names the birth date itself.
_UNIT_W = "(?:" + "|".join(w for w, n in ONES.items() if n) + ")"  # the number words `view_spoken` reads
_TEEN_W = "(?:" + "|".join(TEENS) + ")"
_TENS_W = "(?:" + "|".join(TENS) + ")"
_TWO_DIGITS_W = rf"(?:{_TENS_W}(?:[ \-]{_UNIT_W})?|{_TEEN_W}|(?:oh|o)[ ]{_UNIT_W})"
_YEAR_W = (rf"(?:(?:nineteen|twenty)[ ](?:hundred(?:[ ]and)?[ ])?{_TWO_DIGITS_W}"
           rf"|two[ ]thousand(?:[ ]and)?(?:[ ](?:{_TWO_DIGITS_W}|{_UNIT_W}))?)")
_ORDINAL_W = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
              r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|"
              r"(?:twenty|thirty)[ \-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))")
_DAY_W = rf"(?:{_ORDINAL_W}|(?:twenty|thirty)(?:[ \-]{_UNIT_W})?|{_TEEN_W}|{_UNIT_W})"
_MONTH_W = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_HANJA_NUM = r"[일이삼사오육칠팔구십백천공영]"
# ... and a month said as its number (`eleven twelve ninety`), the year in two words or more
_MONTH_NUM_W = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SPOKEN_DATE = (rf"(?:{_MONTH_W}[ ](?:the[ ])?{_DAY_W},?[ ](?:of[ ])?{_YEAR_W}"
                rf"|{_MONTH_NUM_W}[ ]{_DAY_W}[ ](?:{_YEAR_W}|{_TWO_DIGITS_W})(?![ \-]?[A-Za-z])"
                rf"|(?:the[ ])?{_DAY_W}[ ]of[ ]{_MONTH_W},?[ ]{_YEAR_W}"
                rf"|(?:{_HANJA_NUM}{{1,6}}|\d{{2,4}})년[ ]?(?:{_HANJA_NUM}{{1,3}}|유|시)월[ ]?{_HANJA_NUM}{{1,4}}일)")
DOB_CUES = ("생년월일", "생일", "출생", "태어", "date of birth", "birth", "born", "dob", "d.o.b", "birthday", "bday",
            "b-day")
# The cues as the pattern reads them: `생일` not inside `발생일시` (the date of an accident).
_DOB_CUE_REGEX = "|".join("(?<!발)생일" if c == "생일" else regex.escape(c) for c in DOB_CUES)
# Only a date marked as a birth date: a cue at most 25 characters before it, or `생`/`출생`/`태어` after it.
# ... or a cue that asks or labels at the end of a line and the date at the start of the next, after a speaker's
# label (`date of birth?\nCALLER: April 2, 1971`, `생년월일 말씀해주세요.\n고객: 1979년 11월 3일이요`); a transcript may
# end on `니다` (`생년월일 말씀 부탁드립니다`) or drop the question mark after the cue where the next line's speaker has
# no colon (`and her date of birth\ncaller june ninth ...`).
_DOB_NEXT_LINE = r"[^\n\d]{0,30}?(?:\?|요[.?]?|니다[.?]?|:)[ ]*\n[^\n\d]{0,16}?"
# ... the cue that names the birth date itself, ending its line with no mark at all (a transcript's `and her date of
# birth\ncaller ...`; not `Firstborn\nPublished ...`, `Happy birthday\nparty on ...`, `저출생\n기사입력 ...`)
_DOB_ITSELF = r"(?<![A-Za-z])(?:date[ ]of[ ]birth|birth[ ]?date|d\.?o\.?b\b|생년월일|출생일)"
DOB_ITSELF_TRIGGER = r"(?i)date of birth|birth ?date|d\.?o\.?b|생년월일|출생일"  # where `DOB_SPOKEN` starts
# ... or a transcript's speaker: in capitals or a caller's role (`CALLER: `, `Patient: `, `고객: `)
_SPEAKER = (r"(?:[A-Z][A-Z ]{1,15}|(?i:caller|customer|patient|client|member|user|guest)|고객|손님|환자|민원인)"
            r"[ ]?(?:\([^\n()]{0,10}\))?[:：][ ]*")
_DOB_BARE_NEXT_LINE = rf"{_DOB_ITSELF}[ ]*\n(?:[^\n\d:：]{{2,16}}?|{_SPEAKER})"
DOB = (rf"(?:(?:{_DOB_CUE_REGEX})(?:[^\n\d]{{0,25}}?|{_DOB_NEXT_LINE})|{_DOB_BARE_NEXT_LINE})"
       rf"(?<![\d])(?P<v>{_DOB_DATE})(?![\d/])")
# ... a date read out, only after `date of birth`/`생년월일` (a company `was born on`, a `birthday party`: no one's)
DOB_SPOKEN = rf"(?:{_DOB_ITSELF}(?:[^\n\d]{{0,25}}?|{_DOB_NEXT_LINE})|{_DOB_BARE_NEXT_LINE})(?P<v>{_SPOKEN_DATE})"
DOB_SUFFIX = (rf"(?<![\d])(?=[\d년월일. \-/에]{{6,18}}?(?:생|출생|태어))(?P<v>{_DATE})"  # the lookahead: fast
              rf"(?:[ ]?생(?:(?![가-힣]{{2}})|(?=[인이임입][가-힣]))|에?[ ]?(?:출생|태어))")  # `2002.1.9생인데`
# A life's span (an obituary's `Jan. 22, 1949 – Mar. 30, 2025`, a wiki's `(馬相吉, 1958년 10월 3일 ~ )`): its first date
# is a birth date (`life_span_births`): the years 15 to 110 apart, or the span open before its bracket's `)`; not a
# period a label before it names (a term, a tenure, a contract, a war, a season, a marriage: `_PERIOD_LABEL`).
_LIFE_DATE = (
    rf"(?:{_MONTHS}[ ]{_DAY},?[ ](?P<y>(?:19|20)\d\d)|{_DAY}[ ]{_MONTHS},?[ ](?P<y>(?:19|20)\d\d)"
    rf"|(?P<y>(?:19|20)\d\d)(?:년[ ]?{_DAY}월[ ]?{_DAY}일|[.\-/][ ]?{_DAY}[.\-/][ ]?{_DAY}\.?)"
    rf"|{_DAY}/{_DAY}/(?P<y>(?:19|20)\d\d))"
)
_LIFE_SPAN = regex.compile(
    rf"(?<![\d.\-/])(?P<v>{_LIFE_DATE})[ ]?(?:–|—|-(?!\d)|~|to)[ ]?"
    rf"(?:(?P<open>\))|(?:{_MONTHS}[ ]{_DAY},?[ ]|{_DAY}[ ]{_MONTHS},?[ ]|{_DAY}/{_DAY}/)?(?P<z>(?:19|20)\d\d)(?!\d))",
    regex.IGNORECASE)
_PERIOD_LABEL = regex.compile(
    r"(?i:term|tenure|employ|service|served|marri|wedding|war\b|presiden|contract|lease|warranty|season|semester|"
    r"fiscal|fy\b|project|sprint|exhibit|tour|deploy|educat|senator|mayor|governor|office|reign|career|coverage|"
    r"policy|membership|subscription|study|data|period|from|valid|effective|cohort|range|window)"
    r"|기간|기한|재임|재직|근무|임기|계약|보험|혼인|결혼|재위|복무")
# Where a span could be: a year, then within the rest of its date a dash that starts no number (`2024-03-01` passes
# by; a span's dash before a number takes a space), a tilde or `to` (a cheap look before the span's own scan)
_LIFE_GATE = re.compile(r"(?:19|20)\d\d[^\n]{0,14}?(?:[–—~]|-(?!\d)|to)")


def life_span_births(text: str) -> list[tuple[int, int]]:
    """(start, end) of each life span's first date in `text` (see above)."""
    if not _LIFE_GATE.search(text):
        return []
    out = []
    for m in _LIFE_SPAN.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _PERIOD_LABEL.search(text, max(line_start, m.start() - 40), m.start()):
            continue
        if m["open"]:
            if "(" not in text[max(line_start, m.start() - 30):m.start()]:
                continue
        elif not 15 <= int(m["z"]) - int(m["y"]) <= 110:
            continue
        out.append(m.span("v"))
    return out


# A genealogy's or an obituary's mark right before the date: `ABERNATHY, Josiah b. 12 Mar 1901` (`b.` after a word,
# not an item's letter: `Exhibit b.`, `Answer: b.`, `a. ... b. ...`), `Sunrise April 4, 1946 — Sunset ...` (not a
# sunrise's time: `Sunrise April 4, 2024 06:32`).
DOB_MARK = (
    r"(?<=\p{L}[,]?[ ])(?<!(?i:exhibit|para|paragraph|section|item|option|options|answer|appendix|part|step|note"
    r"|annex|schedule|clause|article|question|plan|q)[ ])b\."
    rf"[ ]?(?P<v>{_DATE})(?![\d/])"
    rf"|(?<![A-Za-z])sunrise:?[ ]?(?P<v>{_DATE})(?=[ ,.;—–\-]{{0,6}}(?i:sunset))")
# A yymmdd in parentheses right after a Korean name: `홍길동 (900314)`, `두이든(610803, 운전)`: reports, rosters.
DOB_PAREN = rf"(?<=[가-힣][ ]?\()(?P<v>{YYMMDD})(?=\)|,[ ])"

# A table whose header line names a birth-date column among others (separated by `/`, `|`, a tab or a wide gap):
# the first full date of each of the next 12 lines is a row's birth date (`성명     출생연월일     주민등록번호`, then
# `본인  ...  1990년 03월 14일  ...`): one match from the column's name on, a `v` capture per row. (A lookbehind
# to the header from every date instead cost 30% of the scrubber's time.)
_COLUMN_GAP = r"(?:[ ]{2,}|[ ]?[/|\t][ ]?)"
_BIRTH_WORDS = r"생년월일|출생연월일|출생일|date[ ]of[ ]birth|birth[ ]?date|d\.?o\.?b\.?"
# ... a column's name, not a form's label with its value after a colon (`이름: ... / 생년월일: 1989.04.22 / ...`)
_BIRTH_COLUMN = rf"(?<![A-Za-z])(?i:{_BIRTH_WORDS})(?![A-Za-z]|[ ]?[:：])"
_ROW = rf"(?:[^\n]*?(?<![\d.\-/])(?P<v>{_DATE})(?![\d/]))?[^\n]*"
DOB_TABLE = (
    rf"(?:(?<={_COLUMN_GAP}){_BIRTH_COLUMN}|{_BIRTH_COLUMN}(?={_COLUMN_GAP}))[^\n]*(?:\n{_ROW}){{1,12}}"
)
DOB_TABLE_TRIGGER = "(?i)(?:" + _BIRTH_WORDS.replace("[ ]", " ") + ")"  # the column's name: where a match starts

# The shapes `dates_loose` reads a spoken or scanned birth date with (round 23), under public names.
DATE, DAY_WORDS, MONTH_WORDS, YEAR_WORDS = _DATE, _DAY_W, _MONTH_W, _YEAR_W
