"""Korean names, round 2 (`prep.pii.names_ko`, the Korean look-alikes of `prep.pii.patterns`): one test per
class that `data/eval/tuning/pii_v2_ko.jsonl` showed missed or wrongly replaced, on sentences written for
these tests (none is a tuning row), each with the look-alikes that must stay."""

from __future__ import annotations

import pytest

from prep.pii.names_ko import KoreanNameDetector


@pytest.fixture(scope="module")
def detector() -> KoreanNameDetector:
    return KoreanNameDetector()



def names(detector: KoreanNameDetector, text: str) -> list[str]:
    return [text[s:e] for s, e in detector.find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("결국 임윤서가 이겼다", "임윤서"),  # 임윤|서 reads as a word plus a tail; 윤서 is a common given name
    ("신입으로 오혜란이 합류했다", "오혜란"),
    ("우승은 박혜란에게 돌아갔다", "박혜란"),
    ("주말에 공시우랑 만났어", "공시우"),  # 공시 is a word, but 랑 takes a person
])
def test_full_names_whose_start_is_a_word(detector, text, expected):
    assert expected in names(detector, text)


@pytest.mark.parametrize("text", [
    "이상한 일이다", "정부가 발표했다", "도시형 주택이 늘었다", "공시 자료를 봤다",
    "그 국장 문제다.", "그 감독 문제다.",
])
def test_words_with_tails_stay(detector, text):
    assert names(detector, text) == []


def test_bulleted_and_numbered_line_lists(detector):
    assert names(detector, "[참석]\n- 강지원\n- 배민호\n- 추승연\n끝") == ["강지원", "배민호", "추승연"]
    assert names(detector, "명단\n1. 다현\n2. 준서\n3. 태윤\n끝") == ["다현", "준서", "태윤"]  # the heading stays
    assert names(detector, "장보기\n- 사과\n- 배추\n- 양파\n끝") == []


def test_names_apart_by_spaces_after_a_list_label(detector):
    assert names(detector, "참석자: 배민호 추승연 석도영 방재웅") == ["배민호", "추승연", "석도영", "방재웅"]
    assert names(detector, "안건: 예산 조정 일정 확인") == []


def test_chat_speakers_without_times(detector):
    assert names(detector, "윤호: 어디야\n세린: 가는 중\n윤호: ㅇㅋ") == ["윤호", "세린", "윤호"]
    assert names(detector, "주소: 서울\n안건: 예산\n결론: 보류") == []  # a form: no label speaks twice
    assert names(detector, "참고: 첫째\n주의: 둘째\n참고: 셋째") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("담당자) 배지환 010-2345-6789", "배지환"),
    ("| 신청인 | 남다혜 | 연락처 |", "남다혜"),
    ("성    명  윤세린\n주    소  서울", "윤세린"),
    ("작성: 추승연 / 검토: 방재웅", "방재웅"),
    ("석도영 선임이 맡는다", "석도영"),
    ("배민호 국장: 답변드리겠습니다", "배민호"),
])
def test_more_field_labels_and_titles(detector, text, expected):
    assert expected in names(detector, text)


def test_a_surname_apart_from_its_given_name(detector):
    assert "석 지훈" in names(detector, "그 사람 이름 석 지훈 맞지?")
    assert names(detector, "이 사람 정말 좋다") == []


def test_a_given_name_alone_as_subject(detector):
    assert names(detector, "어제 윤호가 먼저 왔어") == ["윤호"]
    assert names(detector, "말순은 요즘 바쁘대") == ["말순"]
    for text in ("새봄이 왔다", "정복이 끝났다", "사고 경위는 조사 중이다"):  # dictionary words stay
        assert names(detector, text) == []


@pytest.mark.parametrize("text", [
    "경찰은 박모(52)씨를 불러 조사했다.",
    "[부고] 총무팀 과장 모친상, 빈소는 3호실",
    "상담원: 성함 확인 부탁드립니다.",
    "회원님, 이번 달 혜택을 확인하세요.",
    "주문번호 5123456789 / 운송장 4123456789",
])
def test_korean_look_alikes_are_not_replaced(scrubber, text):
    assert scrubber.scrub(text).text == text


def test_a_mobile_number_with_its_prefix_in_parentheses(scrubber):
    assert "(010)" not in scrubber.scrub("휴대폰: (010)2345-6789").text


def test_an_account_with_the_bank_named_after_it(scrubber):
    assert scrubber.scrub("회비는 110-987-654321 신한으로 보내줘").text == "회비는 [BANK_ACCOUNT] 신한으로 보내줘"
    assert scrubber.scrub("3333-02-7654321 카카오뱅크, 예금주 확인").text.startswith("[BANK_ACCOUNT]")
    for text in ("2024-11-05 우리 집에서 모임", "주문 1234-5678-90 우리은행 지점 앞"):  # a date, an order: no account
        assert scrubber.scrub(text).text == text


def test_a_name_given_as_an_answer_after_a_label(detector):
    assert names(detector, "상담원: 성함이 어떻게 되세요?\n고객: 배지환이요. 번호는요") == ["배지환"]
    assert names(detector, "담당: 추승연입니다. 감사합니다") == ["추승연"]
    assert names(detector, "결론: 보류입니다.") == []
    assert names(detector, "고객: 환불이요.") == []
