"""Round 16 (Korean clean rows), written fresh (no tuning row copied), both ways: the look-alike kept (`CLEAN`) and
the name found (`PEOPLE`).

Class (`prep.pii.names_ko_compounds`, read by the lone-word veto of `prep.pii.names_ko_alone`): two common words of
two syllables glued (`예정|신고`, `연장|근로`), the detector's candidate their first three syllables and the only one of
its document. The same syllables with a person's mark (a title, a kin or role word, a field, a speaker's slot, an
age), beside another name, or followed by a name's particle or a word of their own stay names; and so do compounds
of a common word and a noun-forming syllable (`이동식`, `이수자`) in every slot, which read as names do (the round's
tried-and-dropped reading: `이동식 발표 순서는`, `문의 이동식`).
"""

from __future__ import annotations

import pytest

CLEAN = [
    "3분기 예정신고 마감이 다가옵니다. 서류를 미리 챙기세요.",
    "양도소득세 예정신고는 두 달 안에 해야 합니다.",
    "주 52시간을 넘는 연장근로는 노사 합의가 필요하다.",
    "휴일 연장근로 수당 계산 방법",
]

PEOPLE = [
    # a title, a kin or role word, a field, an honorific, an age
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
    # the subject or object of a verb, a name's particle after glued words (`연봉|수가`)
    ("어제 고정식이 전화했어.", ["고정식"]),
    ("이동식은 \"내일 보자\"고 말했다.", ["이동식"]),
    ("유효성과 통화했는데 내일 온대.", ["유효성"]),
    ("오늘 이수자를 만나서 점심을 먹었다.", ["이수자"]),
    ("이장이던 연봉수가 마을 길을 넓혔다.", ["연봉수"]),
    # a common word and a noun-forming syllable before a verbal noun or closing a line: a name as often
    ("이동식 발표 순서는 세 번째입니다.", ["이동식"]),
    ("고정식 결재 부탁드립니다", ["고정식"]),
    ("유효성 출장 중", ["유효성"]),
    ("이동식 내일 온대", ["이동식"]),
    ("발표 이동식", ["이동식"]),
    ("회의록 작성 이수자", ["이수자"]),
    ("다음 차례는 고정식", ["고정식"]),
]


@pytest.mark.parametrize("text", CLEAN)
def test_round16_ko_glued_words_are_left_alone(scrubber, text):
    result = scrubber.scrub(text, "ko")
    assert not result.findings, [(f.entity, text[f.start:f.end]) for f in result.findings]


@pytest.mark.parametrize(("text", "values"), PEOPLE)
def test_round16_ko_names_in_the_same_slots_are_found(scrubber, text, values):
    result = scrubber.scrub(text, "ko")
    assert all(v not in result.text for v in values), result.text
