"""Round-5 Korean name contexts (`prep.pii.names_ko_cues`): fresh cases for each class, with look-alikes."""

from __future__ import annotations

import pytest

from prep.pii.names_ko import KoreanNameDetector
from prep.pii.names_ko_cues import foreign_list


@pytest.fixture(scope="module")
def detector() -> KoreanNameDetector:
    return KoreanNameDetector()


def names(detector: KoreanNameDetector, text: str) -> set[str]:
    return {text[s:e] for s, e in detector.find(text)}


@pytest.mark.parametrize("text, name", [
    ("내일 발표는 혜원 선배가 맡기로 했어", "혜원"),  # a given name before a kin word or rank
    ("이번 주 일정은 가은쌤한테 물어봐", "가은"),  # glued
    ("서류는 민호 대리가 보내 줄 거예요", "민호"),
    ("어제 수진 언니랑 영화 봤어", "수진"),
    ("이 자리에는 남궁진 부시장도 함께했다", "남궁진"),  # a full name before a rank
    ("주연은 남궁솔이 맡았다", "남궁솔"),  # a compound surname and one syllable
    ("송금 완료: 황보민 님께 30,000원", "황보민"),
    ("피보험자 하은결  생년월일 1990. 1. 2.", "하은결"),  # a person's role word before a rare full name
    ("안녕하세요, 마케팅 직무에 지원한 빈예담입니다.", "빈예담"),  # a self-introduction
    ("불참: 길하준(출장)", "길하준"),  # a note in parentheses
    ("문의는 010-1234-5678 (백리윤)으로 주세요", "백리윤"),
    ("[정다운] [오후 7:22] 집에 도착했어", "정다운"),  # a bracketed chat speaker, a word too
    ("주문서 성명:류하경주소:부산광역시", "류하경"),  # glued form fields
    ("상담사: 성함이요?\n고객: 노 하 윤이요.", "노 하 윤"),  # syllables apart, an answer's particle after
])
def test_a_name_in_these_contexts_is_found(detector, text, name):
    assert name in names(detector, text)


@pytest.mark.parametrize("text", [
    "학교 선배가 추천해 준 책이야",  # a word that says whose senior
    "우리 언니랑 같이 갈게",
    "사공이 많으면 배가 산으로 간다",  # a compound surname that is a word
    "근로자 임금을 올린다",  # a role word, then a word
    "이번 문제입니다.",
    "부칙 제3조(시행일) 이 법은 공포 후 6개월이 지난 날부터 시행한다.",  # a heading in parentheses
    "화면 나가기(_L)",
    "[팀장] [오후 1:02] 보고서 부탁해요\n[대리] [오후 1:03] 네",  # ranks as speakers
    "[배송기사] [오전 9:10] 문 앞에 두었습니다",
    "[단톡] 회장님: 다음 모임은 15일입니다",  # a word and its particle
])
def test_their_look_alikes_stay(detector, text):
    assert names(detector, text) == set()


def test_bare_speakers_on_two_lines_and_an_interview(detector):
    chat = "우람: 형 카드 좀 빌려줘\n도윤: 싫은데"
    assert {"우람", "도윤"} <= names(detector, chat)
    interview = "기자: 요즘 어떠세요?\n차은결: 바빠요.\n기자: 다음 계획은요?"
    found = names(detector, interview)
    assert "차은결" in found and "기자" not in found


def test_one_syllable_and_kin_speakers(detector):
    chat = "누리: 어디야?\n솔: 몰라\n누리: 알았어"
    assert {"누리", "솔"} <= names(detector, chat)
    kin = "기쁨: 하랑이 오늘 안 왔어\n하랑 엄마: 아 감기예요"
    assert "기쁨" in names(detector, kin)
    me = "은지: 확인해봐\n나: 버스 탔어"
    assert "나" not in names(detector, me)


def test_a_form_whose_fields_are_no_chat(detector):
    assert names(detector, "주소: 서울\n연락처: 없음") == set()


def test_foreign_names_in_a_list_and_baptismal_names(detector):
    roster = "수료생\n다나카 히로시, 응우옌 티 흐엉, 마리아 산토스\n수고하셨습니다"
    assert {"다나카 히로시", "응우옌 티 흐엉", "마리아 산토스"} <= names(detector, roster)
    wedding = "혼배미사: 안드레아 김성현 ♥ 마리아 송지나."
    assert {"안드레아 김성현", "마리아 송지나"} <= names(detector, wedding)
    one = "오늘 다나카 히로시 이야기를 읽었다"  # one run, no list, no title: not enough
    assert "다나카 히로시" not in names(detector, one)


def test_a_foreign_name_may_start_past_the_fourth_word(detector):
    text = "오늘 이 자리에 모신 분은 마르틴 슈나이더 박사님입니다."
    assert "마르틴 슈나이더" in names(detector, text)


def test_foreign_list_needs_a_list_gap():
    text = "가나 다라, 마바 사아 자차"
    assert foreign_list(text, [(0, 5), (7, 12)]) == [(0, 5), (7, 12)]
    assert foreign_list(text, [(0, 5)]) == []
    assert foreign_list("가나 다라 마바 사아", [(0, 5), (6, 11)]) == []


def test_a_numbered_roster_takes_its_other_items(detector):
    text = "명단\n1 강나린  2 경도훈  3 이 건  4 마루(주장)"
    found = names(detector, text)
    assert {"강나린", "경도훈", "이 건", "마루"} <= found
    assert names(detector, "준비물\n1 연필  2 공책  3 지우개") == set()
