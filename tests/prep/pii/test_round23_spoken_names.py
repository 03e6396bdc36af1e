"""Round 23: Korean names said syllable by syllable in speech (`prep.pii.names_ko_spaced`): a speaker's own name in a
self-introduction closed by a copula (`said_self`) and a list of spaced given names (`spaced_lists`); the look-alikes
(a word typed with stray spaces, a list of sizes or ingredients) stay. Written fresh, no tuning row copied."""

import pytest


def _people(scrubber, text):
    return [text[f.start:f.end] for f in scrubber.scrub(text, "ko").findings if f.entity == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("진행자: 한 말씀 부탁드려요\n게스트: 네 안녕하세요 저는 하 윤입니다", "하 윤"),
    ("[음성메모] 팀장님 저 우 지 호인데요 내일 반차 쓰겠습니다", "우 지 호"),
    ("야 나 채 은인데 폰 바꿨어", "채 은"),
    ("상담사: 성함이요?\n고객: 제 이름은 모 세 린이고 예약 변경하려고요", "모 세 린"),
    ("출석: 예 린, 도 윤, 시 우 모두 참석", "예 린"),
])
def test_spaced_names_in_speech_are_found(scrubber, text, name):
    assert any(name in p or p in name for p in _people(scrubber, text))


@pytest.mark.parametrize("text", [
    "저는 사 과입니다 ㅋㅋ 오타",
    "나 진 짜 화났어",
    "저는 한 국인입니다",
    "사이즈: 대 형, 중 형, 소 형",
    "재료: 소 금, 후 추, 설 탕 약간",
    "좌석은 가 열, 나 열 중에 고르세요",
])
def test_spaced_words_stay(scrubber, text):
    assert _people(scrubber, text) == []


@pytest.mark.parametrize("text", [
    "주소 불러줄게 서울시관악구신림로23길 1 6 - 4 지층 B01호",
    "할머니댁 주소 보낸다 충남 공주시 웅진로 4 5-2",
])
def test_a_house_number_spaced_digit_by_digit_is_in_the_address(scrubber, text):
    """Round 23 (`view_ocr.spaced_house_number_edits`): the view joins the digits, the address covers them."""
    assert "[STREET_ADDRESS]" in scrubber.scrub(text, "ko").text
    assert not any(c.isdigit() for c in scrubber.scrub(text, "ko").text.split("]")[-1][:3])


@pytest.mark.parametrize("text", ["2호선 강남역 3 4번 출구", "김밥 2 3 개 주문했어요"])
def test_spaced_counts_stay(scrubber, text):
    assert scrubber.scrub(text, "ko").text == text
