"""A Korean address's numbers read out in Hangul, as digits in the normalized view (`prep.pii.normalized_view`).

A call-centre transcript writes what the customer said: `인천 부평구 부평대로 삼십팔 번길 이십 오층 오백삼호`, `부천시
원미구 상동 사오공 다시 일 한아름마을 이천백삼동 칠백이호`, `관악구 남부순환로 이십일길 삼십사 이층`. On a line where a
시/군/구 name comes before a road or an area (`...로`, `...길`, `...동`, `...읍`, `...면`, `...리`) whose number is said
in Hangul, every number said after that road, to the line's end, becomes its digits in the view: read by place
(`삼십팔` 38, `이천백삼` 2103, `오백삼` 503) or, with no 십/백/천, digit by digit (`사오공` 450); `다시` between two
numbers is the lot number's hyphen (`450-1`). A number stands alone only with two or more syllables (`이십`, `사오공`)
or after `다시`; one syllable needs a unit after it (`오층`, `이호`, `삼동`). The address patterns then read the line as
they read digits. Nothing is rewritten on a line without a district before a spoken road (`이층 침대`, `오층 석탑`,
`구호 물품`, `이동 중`), and nothing after the address ends: a word that starts another number (`연락처`, `전화`,
`번호`, `계좌`), a number after a spoken ending (`...번지고 전화는`), or a run that starts with 공 (`공일공 일이삼사
오육칠팔`: a phone's or an account's, which the spelled-digit pass reads as it is). A number before a count or a
measure is no address's (`삼십 퍼센트`, `구십 팔 분`, `이천 십팔 년`, `사십 층 건물`).
"""

from __future__ import annotations

import re

import regex

from prep.pii.addresses import KO_COUNTERS

_DIGITS = {"공": 0, "영": 0, "일": 1, "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9}
_PLACES = {"십": 10, "백": 100, "천": 1000}
_D = "[일이삼사오육칠팔구]"
_BY_PLACE = rf"(?:{_D}?천)?(?:{_D}?백)?(?:{_D}?십)?{_D}?"
_BY_DIGIT = "[공영일이삼사오육칠팔구]+"
_UNIT = "(?:번길|길|번지|호|동|층|단지|차)"
# What may follow a number said aloud: not Hangul, or a spoken ending (`칠백이호요`, `이층이요`, `육백일호입니다`).
# A number before a counter, maybe through another number, is a count (`이십 분 거리`, `구십 팔 분`, `이천 십팔 년`,
# `삼십 퍼센트`, `사십 층 건물`), not an address's; the day's 일 is no counter before a number (`이십 일이삼사`).
_MEASURES = ("평|미터|킬로|키로|여|쯤|정도|가량|퍼센트|프로|만|억|점"
             "|도(?![가-힣])|주(?![가-힣])|층[ ]?(?:건물|짜리|빌딩)")  # degrees, weeks, a building's storeys
_COUNTED = (rf"(?![ ]?(?:[공영일이삼사오육칠팔구십백천]{{1,5}}[ ]?)?"
            rf"(?:(?!일[공영일이삼사오육칠팔구십백천]){KO_COUNTERS}|{_MEASURES}))")
_ENDING = rf"{_COUNTED}(?:[^가-힣0-9]|$|(?:이요|요|이에요|에요|예요|입니다|이고|고|으로|로|이야|야|까지|에)(?![가-힣]))"
# A road or an area after a district on the line, and its number said in Hangul, two syllables or more, maybe with
# its side road (`부평대로 삼십팔`, `상동 사오공`, `남부순환로 이십일길`; not `사직로 이동 중`).
ANCHOR = regex.compile(
    rf"(?<![가-힣])[가-힣]{{1,8}}+(?<=[시군구])(?:[ ][가-힣0-9]{{1,12}}+){{0,2}}?"
    rf"[ ][가-힣0-9]{{1,14}}+(?<=[로길동읍면리])[ ]?"
    rf"(?=[공영일이삼사오육칠팔구십백천]{{2,}}(?:[ ]?(?:번길|길))?{_ENDING})",
    regex.MULTILINE,
)
# A token of the rest of the line: a number, its unit (kept as written), or `다시`.
_TOKEN = regex.compile(
    rf"(?<![가-힣])(?:(?P<n>{_BY_DIGIT}|(?:[일이삼사오육칠팔구]?[십백천])+{_D}?)(?P<sp>[ ]?)(?P<u>{_UNIT})?"
    rf"|(?P<dash>다시))(?={_ENDING})"
)
# Where the address ends: a word that starts another number (a phone, an account, a birth date).
_OTHER_NUMBER = regex.compile("연락처|전화|번호|휴대폰|핸드폰|폰|계좌|주민|생년월일|생일|카드|메일")
# Necessary condition (stdlib): a road's or an area's last syllable, then a Hangul digit or place.
SPOKEN_KO_TRIGGER = re.compile("[로길동읍면리][ ]?[공영일이삼사오육칠팔구십백천]")


def hangul_number(said: str) -> str | None:
    """`삼십팔` -> `38`, `이천백삼` -> `2103`; `사오공` -> `450` (no place word: digit by digit); None if no number."""
    if not any(c in _PLACES for c in said):
        return "".join(str(_DIGITS[c]) for c in said) if said and all(c in _DIGITS for c in said) else None
    if not regex.fullmatch(_BY_PLACE, said):
        return None
    value, digit = 0, None
    for c in said:
        if c in _PLACES:
            value += (digit or 1) * _PLACES[c]
            digit = None
        else:
            digit = _DIGITS[c]
    return str(value + (digit or 0))


def spoken_ko_address_edits(text: str) -> list[tuple[int, int, str]]:
    """The numbers said after a district's spoken road, to the end of its line, as digits (see the docstring)."""
    edits: list[tuple[int, int, str]] = []
    done = 0
    for anchor in ANCHOR.finditer(text):
        if anchor.start() < done:
            continue
        line_end = text.find("\n", anchor.end())
        done = line_end = len(text) if line_end < 0 else line_end
        other = _OTHER_NUMBER.search(text, anchor.end(), line_end)
        short_ok = False  # a number of one syllable may stand alone after `다시` or a side road
        for token in _TOKEN.finditer(text, anchor.end(), other.start() if other else line_end):
            if token.group("dash"):
                short_ok = True
                edits.append((token.start(), token.end(), "-"))
                continue
            said = token.group("n")
            if said[0] in "공영":
                break  # a phone's or an account's first group: the address has ended
            digits = hangul_number(said)
            alone = not token.group("u")
            word = alone and said in _WORDS and not short_ok and not text.startswith(" 다시", token.end())
            if digits is None or (alone and len(said) < 2 and not short_ok) or word:
                short_ok = False
                continue
            short_ok = bool(token.group("u")) and token.group("u").endswith("길")  # `삼십이 길 십`: 32길 10
            edits.append((token.start(), token.end("n"), digits))
            if token.group("sp") and token.group("u"):
                edits.append((token.end("n"), token.end("sp"), ""))  # `삼십팔 번길` -> `38번길`, `사 번지` -> `4번지`
            if regex.match("[가-힣]", text[token.end():token.end() + 1]):
                break  # a spoken ending (`...번지고`, `...삼층이요`): the address has ended
    # `다시` only between two numbers: drop one with no number right before and after it
    numbers = {(s, e) for s, e, new in edits if new != "-"}
    return [edit for edit in edits if edit[2] != "-" or _between(edit, numbers, text)]


# Words of numbers' syllables that are words when they stand alone (`이사` move, `오이` cucumber, `사이` between).
# `일이` work, `오일` oil or a five-day market, `이구 동성`, `구구 팔팔`.
_WORDS = frozenset({"이사", "사이", "오이", "구이", "이오", "일일", "이이", "일이", "오일", "이구", "구구", "팔팔"})


def _between(dash: tuple[int, int, str], numbers: set[tuple[int, int]], text: str) -> bool:
    start, end, _ = dash
    before = any(e <= start and not text[e:start].strip() for _, e in numbers)
    after = any(s >= end and not text[end:s].strip() for s, _ in numbers)
    return before and after
