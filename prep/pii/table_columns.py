"""A table's column says what its cells hold: phone numbers, bank accounts, birth dates, addresses (round 13).

Exports and reports put personal data in tables: a CSV's `phone` column, a payroll's `지급계좌` column, a roster's
`| 생년월일 |` column. The value recognizers read a number by its shape and a cue word before it; in a table the
cue is the header, lines away, so a bare `4805527719` or `110-377-204815` in its cell has none. Here the header
decides: a line of at least two cells (split by `|`, a tab or a comma, quotes respected) with a cell naming one of
the kinds below is a header, and each following line with as many cells is a row; the row's cell under that column
is its value where it has the kind's shape (`_SHAPE`: digits enough for a phone or an account, a date's digits, a
number in an address). The rows end at a blank line, a line of another width, or `_MAX_ROWS`.

What the review of round 13 taught (each a test in `tests/prep/pii/test_round13_numbers.py`): a header is a line of
labels, not prose with commas; `Account` alone names a user's account as often as a bank's; a `Born` column is a
dog's or a company's unless a person's column stands beside it; a `Mobile` column may hold counts; a toll-free line is
an organisation's; an `Address` column may hold a memory address or a URL.

Names in tables are the name readers' (`names_en_fields`, `names_ko_layouts`); e-mails and cards are read by their
own shapes anywhere.
"""

from __future__ import annotations

import csv

import regex
from presidio_analyzer import RecognizerResult

from prep.pii.address_fields import EN_SIGNAL, KO_SIGNAL
from prep.pii.gated_scan import LineStartGate
from prep.pii.user_models import ModelRecognizer

# What a header cell says, after `:`, `#`, `.`, `_` and `-` are read as spaces and the case folded.
_KINDS: dict[str, regex.Pattern] = {
    "PHONE_NUMBER": regex.compile(
        r"(?:(?:home|work|mobile|cell|contact|emergency|guardian|parent|customer|cust|owner)[ ]?)?"
        r"(?:phone|tel|telephone|mobile|cell|cellphone|mob|ph|hp|h\.?p)(?:[ ]?(?:no|num|number|#))?"
        r"|(?:(?:보호자|비상|고객|수령인|수취인|신청인|본인|담당자?)[ ]?)?"
        r"(?:연락처|전화|전화번호|휴대폰|휴대폰번호|휴대전화|핸드폰|핸드폰번호|휴대전화번호|연락처[ ]?\d)"),
    "BANK_ACCOUNT": regex.compile(  # `Account` alone names a user's or an ad account as often: not it
        r"(?:bank|payout|payment|refund|deposit|direct deposit)[ ]?(?:account|acct|a/c)(?:[ ]?(?:no|num|number|#))?"
        r"|(?:account|acct|a/c)[ ]?(?:no|num|number|#)"
        r"|bank details|(?:[가-힣]{0,4})계좌(?:[ ]?번호)?|입금처"),
    "DATE_OF_BIRTH": regex.compile(
        r"dob|d\.o\.b\.?|date of birth|birth ?date|birthday|born|생년월일|생일|출생일|출생연월일|생년"),
    "STREET_ADDRESS": regex.compile(
        r"(?:(?:home|mailing|postal|shipping|delivery|billing|street|residential|customer|current)[ ]?)?"
        r"(?:address|addr)(?:[ ]?(?:line[ ]?1|1))?"
        r"|(?:자택|집|현|실|배송|수령|도로명|지번|상세|거주|우편|고객|회원|본인)?[ ]?주소(?:지)?"
        r"|거주지|배송지|수령지|소재지"),
}
# A value of each kind: the part of the cell taken (`v`), by its shape.
_SHAPE: dict[str, regex.Pattern] = {
    "PHONE_NUMBER": regex.compile(r"(?P<v>\+?\(?\d[\d()\-. *]{5,18}\d)(?:[ ]?(?:x|ext\.?)[ ]?\d{1,5})?"),
    "BANK_ACCOUNT": regex.compile(r"(?P<v>\d[\d\- ]{6,22}\d)"),
    "DATE_OF_BIRTH": regex.compile(r"(?P<v>\S(?:.{0,18}\S)?)"),
    "STREET_ADDRESS": regex.compile(r"(?P<v>\S.*\S)"),
}
_MIN_DIGITS = {"PHONE_NUMBER": 9, "BANK_ACCOUNT": 8, "DATE_OF_BIRTH": 4, "STREET_ADDRESS": 1}
_MAX_DIGITS = {"PHONE_NUMBER": 15, "BANK_ACCOUNT": 16, "DATE_OF_BIRTH": 8, "STREET_ADDRESS": 40}
_DIGIT = regex.compile(r"\d")
# A birth date's cell holds a date: digits and date marks (`1985-06-17`, `7/2/16`, `850617`, `1980. 11. 2.`,
# `1990년 3월 4일`, `Mar 4, 1990`), not a name or a count.
_DATE_CELL = regex.compile(
    r"(?i:\d{6}|\d{8}|\d{1,4}(?:[ ]?(?:[./\-]|년|월|일)[ ]?\d{1,4}){1,2}(?:[ ]?(?:\.|일))?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ ]\d{1,2}(?:st|nd|rd|th)?,?[ ]\d{2,4}"
    r"|\d{1,2}(?:st|nd|rd|th)?[ \-](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \-,]+\d{2,4})")
# A toll-free line is an organisation's (`1-800-555-0199`, `080-123-4567`); a `Mobile`/`Cell` column holds counts as
# often as numbers (`Sessions,1234567`): there a value needs a phone's shape (groups, or a leading 0 or +).
_TOLL_FREE = regex.compile(r"\+?1?[ \-.(]*8(?:00|33|44|55|66|77|88)\b|080[ \-.]|1[5-8]\d\d[ \-.]\d{4}$")
_DEVICE_WORDS = regex.compile(r"(?:mobile|cell)$")
_PHONE_SHAPE = regex.compile(r"[+0(]\d[\d()\-. ]*|\d{2,4}[ \-.]\d{3,4}[ \-.]\d{4}")
# A `Born`/`Birthday` column is a person's only beside a person's column (a dog, a horse, an album is born too);
# `DOB`/`생년월일` says so itself. A four-digit birth year is between 1900 and 2029.
_PERSON_COLUMN = regex.compile(
    r"(?:full |first |last |given |family |patient |student |employee |member |child |player |guest )?name|성명|이름|"
    r"first|last|surname|patient|student|employee|member|child|player|guest|staff|성|환자|학생|직원|회원|선수|아동|자녀")
_LOOSE_BIRTH = regex.compile(r"born|birthday|생일|생년")
_BAD_YEAR = regex.compile(r"(?<!\d)(?!19\d\d|20[0-2]\d)\d{4}(?!\d)")
# A header is a line of labels, not prose with commas (`Address, phone, and email are required.`): each cell at most
# three words, none a sentence's end.
_HEADER_CELL = regex.compile(r"(?:\S+[ ]){0,2}[^ .!?。]+[:：]?|")
_MAX_ROWS = 200
_MAX_HEADER_CELL = 24
# Where a table could be: two lines in a row with a cell border each, and a kind's word (looks cheaper than `_GATE`).
# `(?m)^` + it, found from the line breaks by stdlib `re` (`LineStartGate`: ~2x faster than `regex`'s own `^` scan).
_TWO_ROWS = LineStartGate(r"[^\n|\t,]*[|\t,][^\n]*\n[^\n|\t,]*[|\t,]")
# A kind's words (`_WORDS` looks for them alone, `_GATE` beside a cell border).
_HEADER_WORDS = (r"phone|tel|mobile|cell|\bhp\b|account|acct|a/c|dob|birth|born|address|addr|연락처|전화|휴대|"
                 r"핸드폰|계좌|입금처|생년|생일|출생|주소|거주지|배송지|수령지|소재지")
_WORDS = regex.compile(_HEADER_WORDS, regex.IGNORECASE)
# Where a header could be: a line with a kind's word next to a cell border (a cheap look before the lines are split).
_GATE = regex.compile(
    rf"(?im)(?:^|[|\t,])[ \"]*(?:[\p{{L}} ._#/\-]{{0,12}})(?:{_HEADER_WORDS})"
    rf"[\p{{L}} ._#/\-]{{0,12}}[ \"]*(?:[|\t,]|$)")


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """The (start, end) of each cell of `line` split by `sep` (a comma line as CSV: a quoted cell may hold commas),
    stripped of blanks and quotes; a table's outer bars (`| a | b |`) open and close no cell."""
    if sep == ",":
        try:
            values = next(csv.reader([line]))
        except csv.Error:
            return []
        spans, at = [], 0
        for value in values:  # find each value again in the line, in order
            k = line.find(value, at) if value else at
            if k < 0:
                return []
            spans.append((k, k + len(value)))
            at = k + len(value)
            comma = line.find(",", at)
            at = comma + 1 if comma >= 0 else len(line)
        return spans
    spans, at = [], 0
    for part in line.split(sep):
        start, end = at, at + len(part)
        at = end + 1
        while start < end and line[start] in " \"'":
            start += 1
        while end > start and line[end - 1] in " \"'":
            end -= 1
        spans.append((start, end))
    if sep == "|":
        if spans and spans[0][0] == spans[0][1]:
            spans = spans[1:]
        if spans and spans[-1][0] == spans[-1][1]:
            spans = spans[:-1]
    return spans


def _key(cell: str) -> str:
    """A header cell as the kinds read it: `:`, `#`, `.`, `_`, `-` as spaces, case folded."""
    return regex.sub(r"[:#._\-]+", " ", cell.casefold()).strip()


def _header_kind(cell: str) -> str | None:
    """The kind a header cell names, or None."""
    if not cell or len(cell) > _MAX_HEADER_CELL or _DIGIT.search(cell.rstrip("0123456789")):
        return None
    key = _key(cell)
    return next((kind for kind, words in _KINDS.items() if words.fullmatch(key)), None)


def _separator(line: str) -> str | None:
    for sep in ("|", "\t", ","):
        if sep in line:
            return sep
    return None


def column_values(text: str) -> list[tuple[str, int, int]]:
    """(entity, start, end) of each cell under a column whose header names a kind of personal data (module doc)."""
    if not (_TWO_ROWS.search(text) and _WORDS.search(text) and _GATE.search(text)):  # cheapest first
        return []
    out: list[tuple[str, int, int]] = []
    lines, offsets, at = text.split("\n"), [], 0
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    k = 0
    while k < len(lines):
        line = lines[k]
        sep = _separator(line)
        cells = _cells(line, sep) if sep else []
        kinds = {j: kind for j, (a, b) in enumerate(cells) if (kind := _header_kind(line[a:b]))}
        if kinds and not all(_HEADER_CELL.fullmatch(line[a:b]) for a, b in cells):
            kinds = {}
        person = any(_PERSON_COLUMN.fullmatch(_key(line[a:b])) for a, b in cells)
        kinds = {j: kind for j, kind in kinds.items()  # a `Born` column beside no person's is none
                 if kind != "DATE_OF_BIRTH" or person or not _LOOSE_BIRTH.fullmatch(_key(line[slice(*cells[j])]))}
        if len(cells) < 2 or not kinds or len(kinds) == len(cells):
            k += 1
            continue
        rows = 0
        k += 1
        while k < len(lines) and rows < _MAX_ROWS:
            row = lines[k]
            if set(row.strip()) <= set("|-:+= \t"):  # a rule under the header (`|---|---|`) or a blank line
                if not row.strip():
                    break
                k += 1
                continue
            row_cells = _cells(row, sep)
            if len(row_cells) != len(cells):
                break
            for j, kind in kinds.items():
                a, b = row_cells[j]
                device = kind == "PHONE_NUMBER" and _DEVICE_WORDS.search(_key(line[slice(*cells[j])]))
                if (value := _value(kind, row[a:b], bool(device))) is not None:
                    out.append((kind, offsets[k] + a + value[0], offsets[k] + a + value[1]))
            rows += 1
            k += 1
    return out


def _value(kind: str, cell: str, device: bool = False) -> tuple[int, int] | None:
    """Where in `cell` a value of `kind` is, if it has that kind's shape; `device`: under a `Mobile`/`Cell` header."""
    match = _SHAPE[kind].search(cell)
    if match is None:
        return None
    value = match["v"]
    found = _DIGIT.findall(value)
    digits = len(found)
    if not _MIN_DIGITS[kind] <= digits <= _MAX_DIGITS[kind]:
        return None
    if kind == "DATE_OF_BIRTH" and not (_DATE_CELL.fullmatch(value) and not _BAD_YEAR.search(value)):
        return None
    if kind == "PHONE_NUMBER" and (_TOLL_FREE.match(value) or device and not _PHONE_SHAPE.fullmatch(value)):
        return None
    if kind == "STREET_ADDRESS" and not (EN_SIGNAL.search(value) or KO_SIGNAL.search(value)):
        return None  # a place where someone lives (`address_fields`), not `0x7ffe5a3c`, a URL or `Platform 4`
    if kind in ("PHONE_NUMBER", "BANK_ACCOUNT") and len(set(found)) < 3:  # `000-0000-0000`
        return None
    return match.span("v")


class TableColumnRecognizer(ModelRecognizer):
    """PHONE_NUMBER, BANK_ACCOUNT, DATE_OF_BIRTH, STREET_ADDRESS: a table's cells under a column that names them
    (module doc)."""

    SCORE = 0.7

    def __init__(self, language: str, entities: list[str]):
        super().__init__(supported_entities=[e for e in _KINDS if e in entities], name=type(self).__name__,
                         supported_language=language)

    def analyze_texts(self, texts: list[str], found: list[list[RecognizerResult]] | None = None  # noqa: ARG002
                      ) -> list[list[RecognizerResult]]:
        wanted = set(self.supported_entities)
        return [[self._result(kind, start, end, self.SCORE) for kind, start, end in column_values(text)
                 if kind in wanted] for text in texts]
