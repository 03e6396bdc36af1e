"""Slots that hold things, whatever the name tagger reads there (`prep.pii.tagger_slots`, round 20's review of the
second shipped tagger): the thing goes, a person in the same line stays."""

from __future__ import annotations

import pytest

from prep.pii.tagger_slots import thing_slot


def _at(text: str, word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


@pytest.mark.parametrize(("text", "word"), [
    ("The pool is open June to August, call 010-2233-4455", "August"),
    ("Pickup on August 14, ring 555-201-3344", "August"),
    ("Patient record: Gender Male, phone 555-201-3344", "Male"),
    ("Shift: Summer hours 9-5, call Greg at 555-201-3344", "Summer"),
    ("Items: Winter jacket, 555-201-3344", "Winter"),
    ("Preferred season: Summer. Member 555-201-3344", "Summer"),
    ("Name Lena Berg | Country of birth: Chad | 555-201-3344", "Chad"),
    ("Nationality Jordan, phone 555-201-3344", "Jordan"),
    ("국적: 케냐 / 연락처 010-2233-4455", "케냐"),
    ("이름 정수민 010-4444-6666 / 좋아하는 색: 보라, 분홍", "보라"),
    ("성명 오승민 / 종교: 무교 / 010-3000-0008", "무교"),
    ("성명 오승민 / 종교: 불교 / 010-3000-0008", "종교"),
    ("참가자 한도희 010-3000-0006 / 응원팀: 기아", "기아"),
    ("문의 010-1357-1111 / 향수: 샤넬, 디올", "디올"),
    ("주문자 010-1357-3333 / 반려견 이름: 해피, 코코, 뽀삐", "뽀삐"),
])
def test_things_in_their_slots_are_no_names(text, word):
    assert thing_slot(text, *_at(text, word))


@pytest.mark.parametrize(("text", "word"), [
    ("June called about the lease, 010-2233-4455", "June"),
    ("Thanks August! 555-201-3344", "August"),
    ("Hi Ray, 555-0205 is my number. Summer said she would call back.", "Summer"),
    ("Winter Nguyen, 555-201-3344", "Winter"),
    ("Nationality: Korean, contact Kim Minji at 010-2222-3333", "Kim"),
    ("Jordan Lee, nationality unknown, 555-201-3344", "Jordan"),
    ("팀: 김민수, 이지은 010-2222-3333", "이지은"),
    ("색상 문의는 보라 님께 010-2222-3333", "보라"),
    ("국적: 한국 / 성명: 홍길동 / 010-2222-3333", "홍길동"),
])
def test_people_in_the_same_lines_stay(text, word):
    assert not thing_slot(text, *_at(text, word))
