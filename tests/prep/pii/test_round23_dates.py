"""Round 23: birth dates said aloud, typed loosely or scanned (`prep.pii.dates_loose`), and the look-alikes that
stay: no cue, a form's other dates after its birth date, a count or a price said aloud."""

import pytest

from prep.pii.dates_loose import loose_birth_dates


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e in loose_birth_dates(text)]


@pytest.mark.parametrize(("text", "date"), [
    ("상담원: 본인 확인 위해 생년월일 여섯 자리 부탁드려요\n고객: 팔팔 공칠 이삼이요", "팔팔 공칠 이삼"),
    ("직원: 생년월일이요?\n손님: 아 칠구공일일오요", "칠구공일일오"),
    ("챗봇: 생년월일 8자리를 말씀해 주세요\n사용자: 이공일공공육이구", "이공일공공육이구"),
    ("상담사: 주민번호 앞자리만 불러주세요\n고객: 팔사 일일 이오", "팔사 일일 이오"),
    ("엄마 생일 육삼년 유월 이십일이니까 잊지 마", "육삼년 유월 이십일"),
    ("할머니는 삼십팔년 시월 삼일생이셔", "삼십팔년 시월 삼일"),
    ("저는 95년생 11월 4일이에요", "95년생 11월 4일"),
    ("생 년 월 일 : 1 9 7 3 년 4 월 2 2 일", "1 9 7 3 년 4 월 2 2 일"),
    ("생년월일  1988년O3월 1 5일", "1988년O3월 1 5일"),
    ("생년 월일 2OO5. O2. 11.", "2OO5. O2. 11."),
    ("생일 알려달래서 보냄\n840917", "840917"),
    ("Agent: can I get your date of birth\nCaller: the third of March, 1967", "the third of March, 1967"),
    ("Nurse: DOB please?\nPatient: it's uh\nNurse: august fourth, nineteen seventy two",
     "august fourth, nineteen seventy two"),
    ("생년월일 말씀해 주시겠어요\n고객: 일구구일 공이 일사\n상담원: 네 1991년 2월 14일 확인됐습니다",
     "일구구일 공이 일사"),
])
def test_birth_dates_said_typed_or_scanned(text, date):
    assert date in _found(text)


def test_a_read_back_after_spelled_digits():
    text = "생년월일 말씀해 주시겠어요\n고객: 일구구일 공이 일사\n상담원: 네 1991년 2월 14일 확인됐습니다"
    assert "1991년 2월 14일" in _found(text)


@pytest.mark.parametrize("text", [
    "상담사: 주문번호 불러주시겠어요\n고객: 구공공삼공이요",  # no birth cue
    "생일 파티 인원 이삼 명 더 와요",  # a count said aloud
    "이천이십사년 삼월 이일 계약 체결",  # a date with no cue
    "출생신고는 30일 이내에 해야 합니다. 처리번호 20240230",  # not a day of any year, and not a line's start
    "Patient: Okafor, Ngozi   DOB: 04/11/1978\nAdmitted: 03/02/2024   Discharged: 03/06/2024",  # a form's other dates
    "DOB field added in v2.3 (released March 3, 2024)",  # the cue on the date's own line: the date patterns' part
    "Happy birthday! See you on the ninth of July, 2025",  # not a cue that names a birth date
    "이름/생년월일/연락처\n2024년 3월 6일 오후 9:15, 총무 : 양식 올렸어요",  # a chat's date header
    "상담사: 생년월일 확인됐고요 주문하신 수량이 이사 오육 개 맞나요",
])
def test_look_alikes_stay(text):
    assert _found(text) == []


def test_the_day_of_a_request_after_a_birth_date_stays():
    assert _found("성명: 강민수\n생년월일: 1991.07.23\n요청일 2026.11.30") == ["1991.07.23"]


def test_the_scrubber_removes_a_spelled_birth_date(scrubber):
    text = "상담원: 생년월일 여섯 자리 말씀해 주세요\n고객: 음 구일 일일 이팔이요"
    result = scrubber.scrub(text)
    assert "구일 일일 이팔" not in result.text
    assert any(f.entity == "DATE_OF_BIRTH" for f in result.findings)
