"""Round 16 (Korean clean rows), written fresh (no tuning row copied), both ways: the look-alike kept (`CLEAN`) and
the name found (`PEOPLE`).

Class (`prep.pii.names_ko_compounds`, read by the lone-word veto of `prep.pii.names_ko_alone`): a compound that
MeCab-ko's dictionary holds in its parts and lists whole as a person too, the only candidate of its document: a
common word and a noun-forming syllable in a thing's slot (`이동|식 단속`, `반응|조를`, `설명|회는`, `교육 이수|자로`),
or two common words glued (`예정|신고`, `연장|근로`). The same words with a person's mark (a title, a kin or role word,
a field, a speaker's slot, an age), beside another name, or as the subject or object of a verb stay names.
And a count of people before a word (`(2인 이상)`) is no role noun in `-인` (`수령인`, `보증인`) marking it.
"""

from __future__ import annotations

import pytest

CLEAN = [
    # a common word and a noun-forming syllable, before a noun, a particle of place or means, a bracket or a line's end
    "다음 달부터 이동식 과속 카메라가 시내 곳곳에 배치됩니다.",
    "[공지] 가을 신학기 준비물 안내",
    "주민 설명회는 다음 주 목요일 저녁 7시에 열립니다.",
    "폐수는 반응조를 거쳐 침전지로 보내집니다.",
    "정기총회에서 정회원 자격 기준이 바뀌었다.",
    "공장 권상기 점검 결과: 이상 없음.",
    "이번 사업 설명회 자료는 홈페이지에서 받으세요.",
    "셔틀버스 배차일 변경 안내: 토요일은 운행하지 않습니다.",
    "작업장 출입은 안전교육 이수자로 제한합니다.",
    "도로변에 고정식 CCTV를 설치했다.",
    # two common words glued, the candidate their start
    "3분기 예정신고 마감이 다가옵니다. 서류를 미리 챙기세요.",
    "부가세 예정신고와 종합소득세 신고 일정을 정리했습니다.",
    "주 52시간을 넘는 연장근로는 노사 합의가 필요하다.",
    # a count of people (`2인`) is no role noun in `-인` (`수령인`): the word after it is no person's
    "점심 한정식 코스 (2인 이상 주문)",
    "[오늘의 메뉴] 저녁 한정식 코스\n- 전골 (3인 기준) 45,000원",
]

PEOPLE = [
    # a title, a kin or role word, a field, an honorific
    ("이동식 과장이 회의 자료를 보냈다.", ["이동식"]),
    ("정신영 씨가 오늘 상담을 받았습니다.", ["정신영"]),
    ("예정 신고자 김예정 씨에게 연락 바랍니다.", ["김예정"]),
    ("담당: 이수자 (총무팀)", ["이수자"]),
    ("고정식 선생님께 감사 인사를 드립니다.", ["고정식"]),
    ("우리 아빠 이동식은 올해 환갑이다.", ["이동식"]),
    ("신청자 이수자, 접수 완료.", ["이수자"]),
    ("보호자: 고정식 (부)", ["고정식"]),
    ("축사를 맡은 반응조 교수는 연구 성과를 소개했다.", ["반응조"]),
    ("이동식(42)은 현장에서 체포됐다.", ["이동식"]),
    # beside other names, a phone, a chat speaker's slot
    ("참석자: 김민수, 이동식, 박지은", ["이동식"]),
    ("이동식 010-2345-6789", ["이동식"]),
    ("이동식: 내일 몇 시에 만나?\n이동식: 7시 어때?", ["이동식"]),
    # the subject or object of a verb (a particle a person takes), or a particle after two glued words
    ("어제 고정식이 전화했어.", ["고정식"]),
    ("이동식은 \"내일 보자\"고 말했다.", ["이동식"]),
    ("유효성과 통화했는데 내일 온대.", ["유효성"]),
    ("오늘 이수자를 만나서 점심을 먹었다.", ["이수자"]),
    ("이장이던 연봉수가 마을 길을 넓혔다.", ["연봉수"]),
    # a role noun in `-인` before a name stays a mark
    ("보증인 이상민 서명", ["이상민"]),
    ("한정식 예약: 2인 이상, 예약자 보람", ["보람"]),
]


@pytest.mark.parametrize("text", CLEAN)
def test_round16_ko_compounds_are_left_alone(scrubber, text):
    result = scrubber.scrub(text, "ko")
    assert not result.findings, [(f.entity, text[f.start:f.end]) for f in result.findings]


@pytest.mark.parametrize(("text", "values"), PEOPLE)
def test_round16_ko_names_in_the_same_slots_are_found(scrubber, text, values):
    result = scrubber.scrub(text, "ko")
    assert all(v not in result.text for v in values), result.text
