"""The tagger's renamed training copies (`prep.pii.tagger_augment`, round 19): the same row with other people in
it, each name of the same shape, spans that still point at the names, the same copies run to run."""

from __future__ import annotations

import pytest

from prep.pii.tagger_augment import NamePool, _has_final, renamed, with_values


@pytest.fixture(scope="module")
def pool() -> NamePool:
    return NamePool()


def _row(text: str, names: list[str], entity: str = "PERSON") -> dict:
    spans, at = [], 0
    for name in names:
        start = text.index(name, at)
        spans.append({"entity": entity, "start": start, "end": start + len(name), "text": name})
        at = start + len(name)
    return {"id": "x", "lang": "ko", "text": text, "spans": spans}


def _gaps(row: dict) -> list[str]:
    spans = row["spans"]
    return [row["text"][a["end"]:b["start"]] for a, b in zip(spans, spans[1:], strict=False)]


ROWS = [
    _row("지민아 오늘 서연이랑 영화 봐? 서연이 표 샀대", ["지민", "서연", "서연"]),
    _row("[박서연] 네 알겠습니다\n[김하준] 내일 봬요", ["박서연", "김하준"]),
    _row("tell MARIA and maria's brother Tom Rivera hi", ["MARIA", "maria", "Tom Rivera"]),
    _row("별이랑 솔이 왔어", ["별", "솔"]),
]


def test_every_span_points_at_its_new_name_and_the_rest_is_the_row(pool):
    for row in ROWS:
        (copy,) = renamed([row], 1, pool)
        for span, old in zip(copy["spans"], row["spans"], strict=True):
            assert copy["text"][span["start"]:span["end"]] == span["text"]
            assert span["entity"] == old["entity"]
        assert _gaps(copy) == _gaps(row)  # what lies between the names is the row's own text


def test_a_name_keeps_its_shape(pool):
    copies = renamed(ROWS, 20, pool)
    for k, copy in enumerate(copies):
        row = ROWS[k // 20]
        for span, old in zip(copy["spans"], row["spans"], strict=True):
            new, was = span["text"], old["text"]
            assert len(new.split(" ")) == len(was.split(" "))
            if "가" <= was[0] <= "힣":
                assert len(new) == len(was) and _has_final(new[-1]) == _has_final(was[-1])  # the particle still reads
            else:
                assert new.isupper() == was.isupper() and new.islower() == was.islower()


def test_the_same_name_is_renamed_the_same_way_in_its_row(pool):
    for copy in renamed([ROWS[0]], 10, pool):
        assert copy["spans"][1]["text"] == copy["spans"][2]["text"]


def test_names_change_and_rows_without_people_give_none(pool):
    copies = renamed(ROWS, 5, pool)
    assert sum(c["text"] != ROWS[k // 5]["text"] for k, c in enumerate(copies)) >= len(copies) - 2
    assert renamed([_row("서울시 강남구", ["강남구"], "STREET_ADDRESS")], 3, pool) == []


def test_the_copies_are_the_same_run_to_run(pool):
    assert renamed(ROWS, 3, pool) == renamed(ROWS, 3, NamePool())


# --- copies of clean rows with values put in (round 20) -----------------------------------------------------------

VALUE_ROWS = [
    _row("연락처 010-2233-4455 로 주세요", ["010-2233-4455"], "PHONE_NUMBER"),
    {"id": "c1", "lang": "ko", "text": "버스가 오늘 늦는대 남성 휴게실 앞에서 봐", "spans": []},
    {"id": "c2", "lang": "ko", "text": "한줄", "spans": []},  # no space: no place to put a value
    {"id": "c3", "lang": "en", "text": "no english values to draw from", "spans": []},
]


def test_clean_rows_get_values_of_their_language_between_their_words():
    copies = with_values(VALUE_ROWS, 3)
    assert len(copies) == 3 and all(c["id"] == "c1" for c in copies)  # span rows and rows with no gap: none
    for copy in copies:
        assert 1 <= len(copy["spans"]) <= 3
        for span in copy["spans"]:
            assert (span["entity"], copy["text"][span["start"]:span["end"]]) == ("PHONE_NUMBER", "010-2233-4455")
        assert " ".join(w for w in copy["text"].split() if w != "010-2233-4455") == VALUE_ROWS[1]["text"]


def test_value_copies_are_the_same_run_to_run():
    assert with_values(VALUE_ROWS, 4) == with_values(VALUE_ROWS, 4) != with_values(VALUE_ROWS, 4, seed=1)
