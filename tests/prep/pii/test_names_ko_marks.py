"""Round-5b Korean name contexts (`prep.pii.names_ko_marks`, roster and vetoes of `names_ko_cues`):
fresh cases for each class, each with look-alikes that must stay."""

from __future__ import annotations

import pytest

from prep.pii.names_ko import KoreanNameDetector


@pytest.fixture(scope="module")
def detector() -> KoreanNameDetector:
    return KoreanNameDetector()


def names(detector: KoreanNameDetector, text: str) -> set[str]:
    return {text[s:e] for s, e in detector.find(text)}


@pytest.mark.parametrize("text, name", [
    ('From: "탁서윤" <seoyun.tak@example.co.kr>\n제목: 회의록', "탁서윤"),  # a mail's display name
    ("받는사람: 편하린 <harin@example.com>", "편하린"),
    ("주문번호 1182 고객명탁수빈 연락처010-2231-0099", "탁수빈"),  # a glued field, the next one space on
    ("환자명편도윤 생년월일1990.01.02", "편도윤"),
    ("오늘은 지훈 매니저가 마감할 거예요", "지훈"),  # a given name before an occupation
    ("채혈은 은지 간호사님이 해주셨어요", "은지"),
    ("담당: 탁은솔 사회복지사", "탁은솔"),  # a full name before an occupation
    ("요가는 편서하 쌤이 제일 잘 가르쳐요", "편서하"),  # a full name before `쌤`
    ("궁금한 건 점장 탁은솔한테 물어보세요", "탁은솔"),  # a role right before a full name with a rare surname
    ("담당의 편서준 선생님 외래", "편서준"),
    ("감사합니다.\n독고 준 올림", "독고 준"),  # a compound surname apart from the given name
    ("[황보 민서] [오후 3:10] 도착했어", "황보 민서"),
])
def test_a_name_in_these_contexts_is_found(detector, text, name):
    assert name in names(detector, text)


@pytest.mark.parametrize("text", [
    'From: "고객센터" <help@example.com>',  # a service, no person
    "주문번호 1182 고객명 입력 후 연락처 확인",  # a label with no value
    "○○병원 간호사 모집 공고",  # a place's staff
    "우리 매장 매니저가 바뀌었어요",  # a word before the occupation
    "영어 선생님이 숙제를 내주셨다",
    "서문 작성은 내일 할게요",
    "팀장 회의에서 결정했어요",  # a role, then a word
    "담임 선생님께 여쭤봐",  # `서문` is a word, no compound surname here
    "[작성 예시] 성명: ○○○  연락처: 010-0000-0000",  # a form's label with a placeholder
    "고객: 배달 언제 와요?\n사장님: 지금 출발했습니다",  # a role with `님` as a speaker
])
def test_their_look_alikes_stay(detector, text):
    assert names(detector, text) == set()


def test_timed_messenger_lines(detector):
    chat = "2026.03.01 일요일\n09:12 장하윤 오늘 점심 뭐 먹지\n09:14 탁서진 김밥 어때"
    assert {"장하윤", "탁서진"} <= names(detector, chat)
    # no line's speaker a found name: the time lines stay (a timetable)
    table = "09:00 개회사 및 인사\n09:30 기조강연 시작"
    assert names(detector, table) == set()


def test_a_roster_line_below_a_roster_needs_one_found_name(detector):
    roster = "선수 명단\nGK 1 김도윤  DF 3 박서준\nMF 7 이하준  MF 8 오바다"
    assert "오바다" in names(detector, roster)
    alone = "상품 목록\n7 이하준  8 오바다"  # no roster above: one found name is not enough
    assert "오바다" not in names(detector, alone)
