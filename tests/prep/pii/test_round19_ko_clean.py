"""Round 19 (Korean clean rows of domain records), written fresh (no tuning row copied), both ways: the look-alike
kept (`*_KEPT`) and a real name in the same slot found (`*_FOUND`). The reading: `prep.pii.names_ko_terms`."""

from __future__ import annotations

import pytest

from tests.prep.pii.test_round15_ko_recall import _covered  # every mention inside a PERSON finding

# A: a verbal noun and a verb's ending after a role word (nursing notes, requests), or a topic's particle before a
# phone menu's key to press; a particle elsewhere stays (`피고인 장온은`).
ENDING_KEPT = [
    "ARS 안내: 통화 연결은 0번을 눌러 주세요.",
    "요금 조회는 1번, 주소 변경은 2번을 눌러 주세요.",
    "외래 일정 안내함.\n다음 방문 2주 후.",
    "우리 고양이 옷 추천해 주세요! 회색 줄무늬 수컷이에요.",
    "퇴원 수속 완료됨.",
]
# After a person's label or role a note's verb is read as the name it may be (`검사 안내함`, `이름 추천해 주세요`,
# `보호자 동의함.` are found again: review r19's rule, a person's slot before the word keeps it a name); so is a menu's
# item after a role (`상담원 연결은 9번을 눌러`, as `보호자 장온은 3번을 눌러` is a name).
ENDING_FOUND = [
    ("상담사 이상은 님이 답변드렸습니다.", ["이상은"]),
    ("보호자: 안도은 (딸) 010-3321-4420", ["안도은"]),
    ("상담원 추가은 연결되었습니다.", ["추가은"]),
    ("간호사 연수은 선생님이 투약함.", ["연수은"]),
    ("발표자 명단: 조수해, 김가은, 정다은", ["조수해", "김가은", "정다은"]),
    ("상담원 김현은 오늘 쉽니다", ["김현"]),
    ("주임 노을은 휴가", ["노을"]),
    ("담당 간호사 한지은이 설명함.", ["한지은"]),
    ("교수 이지함 연구실 앞에서 만나요.", ["이지함"]),
    ("피고인 장온은(주민등록번호 생략)은 위 장소에서", ["장온은"]),
    # review r19: a label or a role before the name, a list's comma after it, a word after `해` that is no auxiliary
    ("성명: 김순해 주소: 서울특별시 마포구 월드컵로 12", ["김순해"]),
    ("신청인 박순해 주민번호 610203-2000000", ["박순해"]),
    ("환자 김미해 보호자 이철수 (010-4411-2233)", ["김미해", "이철수"]),
    ("이름 강태해 주소 광주광역시 북구 용봉로 7", ["강태해"]),
    ("담당자 최기해 보냄", ["최기해"]),
    ("간호사 이미해 보고: 활력징후 안정", ["이미해"]),
    ("받는 사람 오미해 보냄 김철수", ["오미해"]),
    ("참석자: 박영함, 이수진, 최민호", ["박영함", "이수진", "최민호"]),
    ("결재: 이재함, 박수진", ["이재함", "박수진"]),
    ("작성: 윤재함\n검토: 김민수", ["윤재함", "김민수"]),
    ("확인자: 한지함", ["한지함"]),
    ("기안자 성명: 한재함", ["한재함"]),
    # review r19: a role before a name with its topic's particle, before a key to press
    ("보호자 장온은 2번을 눌러 주세요", ["장온"]),
    ("환자 조민은 4번을 누르세요", ["조민"]),
    ("보호자 한민은 1번을 눌러 접수해 주세요.", ["한민"]),
    ("안내: 환자 장온은 5번을 눌러 대기해 주세요", ["장온"]),
    ("ㅋㅋ 나 이온은이야 번호 저장해", ["이온은"]),
    ("피고인 장온은 2018년 4월 위 장소에서", ["장온은"]),
    ("대기 순번: 환자 이온은 5번, 환자 김민수는 6번. 호출 버튼을 눌러 주세요.", ["이온은", "김민수"]),
    ("번호표를 누르고 기다리세요. 상담사 장온은 3번 창구입니다.", ["장온은"]),
]

# B: a study's arm or a risk group in 군 (trials, nursing scales, welfare notices).
GROUP_KEPT = [
    "치료군과 위약군의 1차 평가변수를 비교하였다.",
    "[임상 요약] 시험약 투여군 vs 위약군: HR 0.71",
    "낙상 위험도 평가 총점 85 → 고위험군\n중재: 침상 난간 올림",
    "위약군 32명 중 3명이 중도 탈락했다.",
    "위험군 분류: 고위험군 12명, 중위험군 30명",
    "시험약군은 평균 4.8점 낮아져 위약군(1.1점)보다 개선 폭이 컸다.",
    "고위험군(총점 45 이상)은 매일 재평가",
]
GROUP_FOUND = [
    ("담임: 한결군은 오늘 결석입니다.", ["한결"]),
    ("조카 하늘군이 올해 입학했어요.", ["하늘"]),
    ("김현군과 박서연양이 대표로 선서했습니다.", ["김현", "박서연"]),
    ("수상자: 고위훈군, 서민아양", ["고위훈", "서민아"]),
    ("학생회장 위정군이 인사말을 했다.", ["위정"]),
    ("우리 반 나라군이 발표했습니다.", ["나라"]),
    ("반장 하람군, 부반장 이음양", ["하람"]),
    ("김현군(12)이 1등", ["김현"]),
    ("민준군(10세) 보호자 연락 바람", ["민준"]),
]

# E: a verbal noun, 하 and a connective ending (family chats).
VERB_KEPT = [
    "할머니: 김장하러 언제 오니",
    "[가족방] 고모: 박수하러 가",
    "다음 주 김장하러 시골 간다 ㅎㅎ",
]
VERB_FOUND = [
    ("나: 김장하 선생님 오셨어요", ["김장하"]),
    ("담당: 김장하", ["김장하"]),
    ("서문하니 씨", ["서문하니"]),
    ("동방하니 학생 (3반)", ["동방하니"]),
    ("김하나래 학생 상장", ["김하나래"]),
]

# C: an abstract noun in 성 beside another one; D: a word spelled out in a ruling's header before a title.
TERM_KEPT = [
    "본 연구는 신기술의 안전성과 가능성을 검토하였다.",
    "기술의 안전성 및 가능성 평가",
    "판 결\n사 건 2025도1234 사기\n피 고 인 A\n상 고 인 검사\n원 심 판 결 서울고등법원 2025. 1. 9. 선고",
]
# `유효성 및 안전성` is found again: the lexicon holds `유효성` as a full name (review r19: no full name in the pair).
TERM_FOUND = [
    ("발표: 정진성과 남현성 (고려대 화학과)", ["정진성", "남현성"]),  # review r19: two names in 성 beside each other
    ("안전성 및 유효성 담당 남현성, 최주성", ["남현성"]),
    ("발표: 유효성 및 박현성 연구원", ["박현성"]),
    ("유효성 대리와 안전성 과장이 보고했다.", ["유효성", "안전성"]),
    ("참석자: 김지성 및 이민성", ["김지성", "이민성"]),
    ("피 고 인 박 민 수\n상 고 인 피고인", ["박 민 수"]),
    ("곽성민  ㅡㅡ 야 나총무 그런말 한적 없다", ["나"]),
    ("그 때 인 검사가 말했다", ["인"]),
]


@pytest.mark.parametrize("text", ENDING_KEPT + GROUP_KEPT + VERB_KEPT + TERM_KEPT)
def test_round19_domain_words_are_left_alone(scrubber, text):
    result = scrubber.scrub(text, "ko")
    assert not [f for f in result.findings if f.entity == "PERSON"], [
        (f.entity, text[f.start:f.end]) for f in result.findings]


@pytest.mark.parametrize(("text", "values"), ENDING_FOUND + GROUP_FOUND + VERB_FOUND + TERM_FOUND)
def test_round19_names_in_the_same_slot_are_found(scrubber, text, values):
    result = scrubber.scrub(text, "ko")
    assert all(_covered(result, text, v) for v in values), [text[f.start:f.end] for f in result.findings]
