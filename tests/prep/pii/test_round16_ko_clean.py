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
    # a common word and the person-forming `자` before `로`: a role, not a name
    "안전교육 이수자로 자격을 제한한다.",
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


# A three-syllable name and its particle, never two glued words (round 16's review): `로`, `로도`, `로만`, `로부터`
# after a name whose first two syllables are a common word and whose last syllable + `로` is one too (`이민|호로`),
# and the other particles after the same names.
NAME_PARTICLES = [
    # a common given name in `자` (`미자`, `순자`), unlike the role `이수|자로`
    ("무대 첫 순서는 이미자로 잡혔다.", ["이미자"]),
    ("부녀회장은 이순자로 뽑혔다.", ["이순자"]),
    ("경리 담당은 정영자로 바꿨다.", ["정영자"]),
    ("대표 연사는 조영조로 확정됐다.", ["조영조"]),
    ("주전 포수는 정승철로 바뀐다.", ["정승철"]),
    ("오늘 사회자는 이재구로 하겠습니다.", ["이재구"]),
    ("후반에 노정호로 바꿨다.", ["노정호"]),
    ("선발은 고선호로 간다.", ["고선호"]),
    ("팀장은 박재철로 정했어요.", ["박재철"]),
    ("새 반장은 박재수로 뽑혔다.", ["박재수"]),
    ("감독 대행은 고명철로 발표됐다.", ["고명철"]),
    ("연출은 구영재로 확정.", ["구영재"]),
    ("여주인공은 서현주로 낙점됐다.", ["서현주"]),
    ("첫 타자는 주영조로 나선다.", ["주영조"]),
    ("총무는 정재철로 바꾸자.", ["정재철"]),
    ("심사위원장은 서종수로 위촉됐다.", ["서종수"]),
    ("마지막 주자는 남영철로 한다.", ["남영철"]),
    ("골키퍼가 이민호로 바뀌었다.", ["이민호"]),
    ("대타는 이민수로 결정.", ["이민수"]),
    ("간사는 유정호로 선임했다.", ["유정호"]),
    ("발표 순서는 장형수로 시작합니다.", ["장형수"]),
    ("오늘 선발은 장형기로 예고됐다.", ["장형기"]),
    ("대상 수상자는 공성철로 밝혀졌다.", ["공성철"]),
    ("진행자는 문성주로 교체.", ["문성주"]),
    ("담당자를 이상수로 바꿔 드릴게요.", ["이상수"]),
    ("당번을 이동수로 정했습니다.", ["이동수"]),
    ("회계는 이상기로 하자.", ["이상기"]),
    ("다음 타석은 이정수로 이어진다.", ["이정수"]),
    ("사회는 정민호로 갑니다.", ["정민호"]),
    ("위원장은 이재호로 뽑혔다.", ["이재호"]),
    ("담당의는 정진호로 변경됐습니다.", ["정진호"]),
    ("간사 역할은 오세기로 넘어갔다.", ["오세기"]),
    ("야간 근무자는 조영호로 바뀜.", ["조영호"]),
    ("신인상은 이태호로 돌아갔다.", ["이태호"]),
    ("주연은 이민기로 낙점.", ["이민기"]),
    ("마무리 투수는 정상호로.", ["정상호"]),
    ("대표는 이슬기로 정했다.", ["이슬기"]),
    ("수비는 이민호로도 충분해 보인다.", ["이민호"]),
    ("이번 공연은 이민호로만 채웠다.", ["이민호"]),
    ("주장은 이재호로부터 완장을 넘겨받았다.", ["이재호"]),
    ("서현주부터 입장하세요.", ["서현주"]),
    ("정재철까지 왔다.", ["정재철"]),
    ("이정수한테 물어봐.", ["이정수"]),
    ("이슬기에게 연락했다.", ["이슬기"]),
    ("이민호처럼 뛰고 싶다.", ["이민호"]),
    ("공성철보다 빨랐다.", ["공성철"]),
    ("이상수랑 같이 갔다.", ["이상수"]),
    ("박재수께서 오셨다.", ["박재수"]),
    ("이동수야 밥 먹자.", ["이동수"]),
]


@pytest.mark.parametrize("text", CLEAN)
def test_round16_ko_glued_words_are_left_alone(scrubber, text):
    result = scrubber.scrub(text, "ko")
    assert not result.findings, [(f.entity, text[f.start:f.end]) for f in result.findings]


@pytest.mark.parametrize(("text", "values"), PEOPLE + NAME_PARTICLES)
def test_round16_ko_names_in_the_same_slots_are_found(scrubber, text, values):
    result = scrubber.scrub(text, "ko")
    assert all(v not in result.text for v in values), result.text
