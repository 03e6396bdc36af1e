"""Round 5 passes of the normalized view: letter-spaced runs, underscores between digit groups, `쩜` as a dot."""

from __future__ import annotations

import pytest

from prep.pii.normalized_view import normalized_view


@pytest.mark.parametrize(("text", "plain"), [
    ("주 소 :  광 주 시  서 구  상 무 대 로  11", "주소: 광주시 서구 상무대로 11"),
    ("NAME: J U N E   P A R K", "NAME: JUNE PARK"),
    ("home 4 1 7 E l m   S t", "home 417 Elm St"),  # a space stays where digits run into letters
    ("연락처 010_4471_2093 으로", "연락처 010-4471-2093 으로"),
    ("메일 minji.k 골뱅이 naver 쩜 com", "메일 minji.k@naver.com"),
])
def test_round5_views(text, plain):
    view = normalized_view(text)
    assert view is not None and view.text == plain


@pytest.mark.parametrize("text", [
    "pick a  b  c  d  or e",  # one-character words, wide apart: a list, not one spaced word
    "file img_3_4 and v2_10",  # identifiers' short digit parts
    "좀 더 잘 해보자",  # three one-syllable words
])
def test_round5_look_alikes_need_no_view(text):
    assert normalized_view(text) is None


def test_a_spaced_value_maps_back_over_its_spaces():
    text = "ID: 9 0 0 1 0 1 - 1 2 3 4 5 6 7 end"
    view = normalized_view(text)
    start = view.text.index("900101-1234567")
    assert view.span(start, start + 14) == (text.index("9 0"), text.index(" end"))


@pytest.mark.parametrize(("text", "plain"), [
    ("고객: 공일공에 팔이삼칠에 사오일팔이요.", "고객: 010-8237-4518이요."),  # the copula `이요`, no digit 2
    ("번호 공일공 구구팔팔 삼사오팔이고요", "번호 010-9988-3458이고요"),
    ("공일공 칠칠팔팔 오오육이 맞아요", "010-7788-5562 맞아요"),  # a 2 ending the number, no copula
])
def test_round5b_a_number_said_aloud_before_its_copula(text, plain):
    view = normalized_view(text)
    assert view is not None and view.text == plain
