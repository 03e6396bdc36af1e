"""Korean names in a box score or a leader board: the items of a stat line beside a found name (round 18).

`KCC: 허웅 27, 라건아 21, 송교창 14`, `GS칼텍스 실바 31득점, 유서연 9득점`, `T3 윤이나, 방신실 -10`: a report lists
the players of a side as items that each carry a count. Where one item is a name the lexicon knows, its neighbours
in the same shape are people too, where the syllable model alone would doubt them (`허웅`: one syllable given;
`마레이`, `뮬러`: a foreign player the foreign names' list holds as a name only). An item must carry its own count
and be name-shaped (`_name_shaped`: a surname and given syllables the full-name check takes, or a foreign name that
is no other word), so a list of words, goods, brands, towns or teams beside a name keeps them (`득점 27`, `서울 3`,
`냉장고 8`, `삼성전자 5`, `토트넘 2`): the dictionary lacks many of them, a name's shape does not (a rare given name
the full-name check refuses, `방신실`, stays unread). Read from the found names outward, item by item, so a line is
read whole; a name beside no count costs two character looks.

A leader board one player a line (`1 김시우 -9` / `T3 리디아 박 -10` / `5 뮬러 -7`): three lines at least of a rank,
a name and a score to par make a board; where one of its items is name-shaped (`NameModel.name_plausible`), every
item of a name's shape is a player (`뮬러`); a board of towns, goods or teams is of words (`삼성전자`, `세븐틴`). A
text without ` -` or ` +` pays one substring look.
"""

from __future__ import annotations

import re

from prep.pii.names_ko_long import STAT_UNITS, STAT_WORDS, long_name
from prep.pii.names_ko_things import KO_THINGS

# One count after a name: `27`, `-10`, `31득점`, `리바운드 11`; up to three in a row (`27점 11리바운드`).
_COUNT = rf"[ ](?:(?:{STAT_WORDS})[ ])?[-+]?\d{{1,3}}(?:{STAT_UNITS})?(?![\d가-힣.:\-])"
_SEPARATOR = r"[ ]?[,/ㆍ·][ ]?"
_RANK = r"(?:T?\d{1,3}[ ])?"  # a leader board's rank before the name (`/ 2 셰플러 -11`, `/ T3 안병훈`)
# After a found name (and its counts): the next item, which carries a count of its own.
_NEXT = re.compile(rf"(?:{_COUNT}){{0,3}}{_SEPARATOR}{_RANK}(?P<v>[가-힣]{{2,4}})(?={_COUNT})")
# Before a found name: the previous item with its counts.
_PREVIOUS = re.compile(rf"(?<![가-힣])(?P<v>[가-힣]{{2,4}})(?:{_COUNT}){{1,3}}{_SEPARATOR}{_RANK}\Z")
_SEPARATORS = frozenset(",/ㆍ·")
_WINDOW = 40  # characters beside a found name where the next item or the previous one and its counts may start


def _name_shaped(model, value: str, foreign: frozenset[str], not_names: frozenset[str]) -> bool:
    """Is a list's item `value` shaped as a name: a foreign name that is no other word (`셰플러`, `load_foreign`'s
    first set), or a surname and given syllables the detector's full-name check takes (`허웅`, `송교창`), and no word,
    brand or team of the model (`냉장고`, `갤럭시`, `정관장`)?"""
    if value in model.words or value in not_names or value in KO_THINGS:
        return False
    if value in foreign:
        return True
    if len(value) == 2:
        return model.short_name(value)
    if len(value) == 4 and long_name(model, value):
        return True
    return model.full_name(value, value, lax=True)


def add_stat_siblings(model, text: str, spans: list, not_names: frozenset[str],
                      foreign: frozenset[str] = frozenset()) -> None:
    """Append to `spans` the items of a stat line beside a found name (`허웅 27, 라건아 21`); `not_names`: words that
    name no one (`본인`, `막내`); `foreign`: foreign names in Hangul that are no other word."""
    todo, seen = list(spans), set(spans)
    while todo:
        start, end = todo.pop()
        after = _NEXT.match(text, end) if text[end:end + 1] in " ,/ㆍ·" and not _SEPARATORS.isdisjoint(
            text[end:end + _WINDOW]) else None
        before = None if _SEPARATORS.isdisjoint(text[max(0, start - 6):start]) else _PREVIOUS.search(
            text, max(0, start - _WINDOW), start)
        for match in (after, before):
            if match is None or match.span("v") in seen:
                continue
            if not _name_shaped(model, match["v"], foreign, not_names):
                continue  # `득점 27`, `서울 3`, `냉장고 8`: a word, a town or a good with its count
            seen.add(match.span("v"))
            spans.append(match.span("v"))
            todo.append(match.span("v"))


# A leader board's line: a rank, one or more names, a score to par (`T3 윤이나, 방신실 -10`); three lines make a board.
_BOARD_LINE = re.compile(r"(?m)^[ \t]*T?\d{1,3}[ ]+(?P<items>[^\n]{2,40}?)[ ]+(?:[-+]\d{1,2}|E)[ \t]*$")
_BOARD_SCORE = re.compile(r"[ ][-+]\d{1,2}[ \t]*(?:\n|$)")
_BOARD_MIN = 3
_ITEM = re.compile("(?:^|(?<=,)[ ]?)(?P<v>[가-힣]{2,4})(?=,|$)")  # an item of Hangul alone (not `리디아 박`)


def add_board_names(model, text: str, spans: list, not_names: frozenset[str],
                    foreign: frozenset[str] = frozenset()) -> None:
    """Append to `spans` the name-shaped items of a leader board's lines (`1 임하솔 -14`), three lines at least."""
    if " -" not in text and " +" not in text or len(_BOARD_SCORE.findall(text)) < _BOARD_MIN:
        return
    lines = list(_BOARD_LINE.finditer(text))
    if len(lines) < _BOARD_MIN:
        return
    items = [(line.start("items") + item.start("v"), item["v"]) for line in lines
             for item in _ITEM.finditer(line["items"]) if _name_shaped(model, item["v"], foreign, not_names)]
    if any(model.name_plausible(value) for _, value in items):  # a board of people: a foreign player's name goes too
        spans.extend((at, at + len(value)) for at, value in items)
