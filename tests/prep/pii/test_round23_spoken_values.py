"""Round 23, values in noisy spoken and typed text beyond the birth dates of `test_round23_dates`: `다시` said for a
dash between digit groups, the middle dots `ㆍ`/`·` between a phone's groups, OCR's `O` in a phone group beside plain
groups, a typed e-mail's stray space after a dot, `생인데` after a birth date, a date said as three numbers after
`date of birth` on the line before, a speaker's label between the cue and the date. Written fresh for the classes
(no tuning row copied), each with look-alikes that must stay."""

from __future__ import annotations

import pytest

FOUND = [
    ("상담사: 주민등록번호 불러주세요\n고객: 네 920415 다시 1357246이요", "KR_RRN", "920415 다시 1357246"),
    ("고객: 신한이요 일일공 삼사오 다시 육칠팔구공일이요", "BANK_ACCOUNT", "일일공 삼사오 다시 육칠팔구공일"),
    ("새 주소 불러드릴게요 부산 동래구 명륜로 187 다시 5 이요", "STREET_ADDRESS", "187 다시 5"),
    ("연락은 문자로 010ㆍ7788ㆍ1234", "PHONE_NUMBER", "010ㆍ7788ㆍ1234"),
    ("휴대폰 010·5521·9087 로 주세요", "PHONE_NUMBER", "010·5521·9087"),
    ("보호자 연락처  O1O 6612 3098", "PHONE_NUMBER", "O1O 6612 3098"),
    ("Mobile 07700 9O0 451", "PHONE_NUMBER", "07700 9O0 451"),
    ("이메일 minji.park@ daum. net 으로 보내주세요", "EMAIL_ADDRESS", "minji.park@ daum. net"),
    ("야 나 1999.4.21생인데 아직 20대임", "DATE_OF_BIRTH", "1999.4.21"),
    ("Nurse: date of birth\nPatient: four nineteen sixty two", "DATE_OF_BIRTH", "four nineteen sixty two"),
    ("IVR: please say your date of birth\nCALLER: March 3rd, 1984", "DATE_OF_BIRTH", "March 3rd, 1984"),
]

STAYS = [
    "오늘 2 다시 3 으로 졌다 ㅠ 다시 보자",
    "담당자: 10시 다시 11시로 미뤄요 회의실 3 다시 예약",
    "3·1절 기념식 100·200 미터 달리기",
    "가격 12,000ㆍ15,000ㆍ18,000원 (세 종류)",
    "Model O1O 2024 edition, ships in 2 days",
    "Order O12 3456 7890 shipped",
    "email me @ home. Com is down",
    "2002.1.9 생산된 제품인데 리콜 대상인가요",
    "ep.3 이 영상 2019년 3월 2일 생방송 다시보기",
    "IVR: please enter your order number\nCALLER: eleven twelve ninety",
    "Speaker 2: version eleven twelve ninety is the build we shipped",
    "Nurse: date of birth confirmed\nPatient: thanks, one two three go",
    "상담사: 결제하신 금액이 삼만 이천 원 맞으시죠\n고객: 네 삼월 이일에 결제했어요",
    "영수증\n2024.03.02 14:32\n아메리카노 2 9,000\n합계 9,000 승인번호 30021455",
]


@pytest.mark.parametrize(("text", "entity", "value"), FOUND)
def test_noisy_values_are_found(scrubber, text, entity, value):
    result = scrubber.scrub(text)
    covered = set()
    for f in result.findings:
        if f.entity == entity:
            covered.update(range(f.start, f.end))
    start = text.index(value)
    assert all(i in covered for i in range(start, start + len(value)) if not text[i].isspace())


@pytest.mark.parametrize("text", STAYS)
def test_look_alikes_stay(scrubber, text):
    result = scrubber.scrub(text)
    assert [f for f in result.findings if f.entity != "PERSON"] == []
