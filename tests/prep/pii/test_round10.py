"""Round 10 (issue 15): one case per class the round added, written fresh (no tuning row copied).

Recall: the other mentions and the missing half of a person whoever found it (`prep.pii.mentions`): a Korean
given name alone, a syllable-spaced full name, a part of a foreign name, a surname after a first name, a first name
before a surname, the initial after a capitals surname; a Korean surname glued to a rank or to `씨`, before a
church title; Vietnamese names in Hangul.
Clean look-alikes: see `CLEAN`.
"""

from __future__ import annotations

import pytest

from prep.pii.mentions import korean_mentions, latin_halves


def _spans(text: str, *values: str) -> list[tuple[int, int]]:
    return [(text.index(v), text.index(v) + len(v)) for v in values]


@pytest.mark.parametrize(("text", "found", "more"), [
    # a Korean name found once (here by the tagger, say): its given name, its spaced form, a foreign name's part
    ("학생: 구하람 / 상담: 담임\n- 하람이가 요즘 발표를 잘 함", "구하람", ["하람"]),
    ("문의자 성함 엄 태 린요 / 엄태린 님 회신 요망", "엄태린", ["엄 태 린"]),
    ("스즈키 하루토 씨 입국 서류 확인\n하루토 씨 여권 사본 첨부", "스즈키 하루토", ["하루토"]),
])
def test_a_korean_name_found_once_is_found_everywhere(text, found, more):
    got = [text[s:e] for s, e in korean_mentions(text, _spans(text, found))]
    assert sorted(got) == sorted(more)


def test_a_korean_mention_stands_as_a_word():
    text = "대표: 나하람\n나하람대학교 하람관에서"
    assert korean_mentions(text, _spans(text, "나하람")) == []


@pytest.mark.parametrize(("text", "found", "whole"), [
    ("Pallbearers: Desmond Fields, Arlo Benn", "Desmond", "Desmond Fields"),  # a first name takes its surname
    ("Student: Ifeoma Okafor-Lane (ID 4471)", "Ifeoma", "Ifeoma Okafor-Lane"),
    ("crew: April Nguyen, Bo", "Nguyen", "April Nguyen"),  # a surname takes the first name before it
    ("Refill request - Dr. OKONJO, B\npharmacy will call back", "OKONJO", "OKONJO, B"),
])
def test_a_name_found_in_part_is_completed(text, found, whole):
    got = [text[s:e] for s, e in latin_halves(text, _spans(text, found))]
    assert got == [whole]


@pytest.mark.parametrize(("text", "found"), [
    ("Schedule: Priya Monday, then the handover", "Priya"),  # a weekday is no surname
    ("Ask Priya The question", "Priya"),  # nor a function word
    ("Hall Whitman", "Hall"),  # a plain word found as a name takes no other half
])
def test_no_half_is_added_from_a_stop_word_or_a_plain_word(text, found):
    assert latin_halves(text, _spans(text, found)) == []

PII = [
    # a surname glued to a rank, before `씨`, before a church title
    ("ko", "마감은 남궁 과장이 아니라 석과장이 맡기로 했다", ["석과장"]),
    ("ko", "편씨는 그날 가게 문을 일찍 닫았다고 말했다", ["편씨"]),
    ("ko", "대표기도 현 집사, 축도 방 목사", ["방 목사"]),
    # Vietnamese names in Hangul
    ("ko", "근로자 명단: 팜 반 꽝, 부이 티 란", ["팜 반 꽝", "부이 티 란"]),
    ("ko", "통역 담당 레 꾸옥 흐엉 씨에게 연락 바람", ["레 꾸옥 흐엉"]),
]



@pytest.mark.parametrize(("lang", "text", "values"), PII)
def test_round10_personal_values_go(scrubber, lang, text, values):
    result = scrubber.scrub(text, lang)
    assert all(v not in result.text for v in values), result.text


def test_korean_surname_words_stay(scrubber):
    """`섭씨`, `성씨` and `이사장` spell words, and `한 씨` is a number and a seed: no surname there."""
    for text in ("낮 기온은 섭씨 31도까지 오르겠습니다", "희귀 성씨 모임 안내", "이사장이 직접 발표했다"):
        assert not scrubber.scrub(text, "ko").findings, text
