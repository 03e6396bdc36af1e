"""Round 13: numbers a table's header names, birth dates read out in a call, and a life's span."""

from __future__ import annotations

import pytest

from prep.config import ScrubConfig
from prep.pii.scrub import Scrubber
from prep.pii.table_columns import column_values


@pytest.fixture(scope="module")
def scrubber():
    return Scrubber(ScrubConfig())


def _values(scrubber, text: str, entity: str) -> list[str]:
    return [text[f.start:f.end] for f in scrubber.scrub_batch([text])[0].findings if f.entity == entity]


@pytest.mark.parametrize(("text", "entity", "values"), [
    ("emp_no,full_name,mobile,team\n7713,Gareth Penn,7205550143,Ops\n7714,Ida Moss,(303) 555 0199,QA",
     "PHONE_NUMBER", ["7205550143", "(303) 555 0199"]),
    ("| 순번 | 수취인 | 입금계좌 | 금액 |\n|---|---|---|---|\n| 1 | 박소율 | 356-1120-4471-23 | 50,000 |",
     "BANK_ACCOUNT", ["356-1120-4471-23"]),
    ("Player\tBirth date\tSquad no\nKeane, Rory\t3/11/09\t14\nAbara, Tobi\t2008-12-30\t7",
     "DATE_OF_BIRTH", ["3/11/09", "2008-12-30"]),
    ("성명 | 생일 | 반\n윤하람 | 170422 | 해님반\n석도윤 | 2017.09.30 | 달님반",
     "DATE_OF_BIRTH", ["170422", "2017.09.30"]),
    ("ref,customer,shipping address,qty\nQ-1,Ana Lim,\"48 Corran Street, Dunedin 9016\",2",
     "STREET_ADDRESS", ["48 Corran Street, Dunedin 9016"]),
])
def test_a_cell_under_a_column_that_names_personal_data_goes(scrubber, text, entity, values):
    found = _values(scrubber, text, entity)
    assert all(any(v in f for f in found) for v in values), found


@pytest.mark.parametrize("text", [
    "sku,product,price,phone_case_size\nA-10,Bumper,12.99,6.1",  # the column's word in another name
    "Order | Phone model | Qty\n5521034 | Galaxy S24 | 2",  # `Phone model` names no phone number
    "Order | Phone | Total\n1001 | 000-0000-0000 | $5\n1002 | call desk | $7",  # a form's zeros, words
    "No | Account | Status\n1 | Marketing | active\n2 | Finance | closed",  # an account's name, no digits
    "Team | Born | Goals\nRovers | 1888 | 52",  # a club's founding year: no date
    "Item, Address, Note\nLobby, see map, closed",  # no digit
])
def test_a_column_with_no_value_of_its_kind_leaves_the_cells(text):
    assert column_values(text) == []


def test_rows_end_at_a_blank_line_or_another_width():
    text = "name|phone\nAda|415 555 0112\n\nPrices|2024|0800 123 4567\nlast|4155550113"
    assert [text[a:b] for _, a, b in column_values(text)] == ["415 555 0112"]


@pytest.mark.parametrize(("text", "value"), [
    ("agent and his date of birth\ncaller march third nineteen eighty two", "march third nineteen eighty two"),
    ("rep: can I have the date of birth?\nmember: the ninth of october two thousand four",
     "the ninth of october two thousand four"),
    ("상담원 생년월일 말씀해 주시겠어요\n고객 팔십팔년 삼월 이십구일이요", "팔십팔년 삼월 이십구일"),
    ("상담사 확인을 위해 생년월일 말씀 부탁드립니다\n고객 네 구십일년 유월 육일입니다", "구십일년 유월 육일"),
])
def test_a_birth_date_read_out_after_the_question_goes(scrubber, text, value):
    found = _values(scrubber, text, "DATE_OF_BIRTH")
    assert any(value in f or f in value and len(f) > 8 for f in found), found


@pytest.mark.parametrize("text", [
    "the launch is march third twenty twenty five",  # no birth cue
    "Place of birth: Leeds\nVisit on 2024-05-06",
    "대상: 짝수년도 출생자\n기간: 2025. 12. 31.까지",  # a label on the next line: no answer to a question
    "생일 축하해\n2025년 6월 6일 오후 8:00, 지우 : 고마워",  # a chat's timestamp line
])
def test_a_date_that_answers_no_birth_question_stays(scrubber, text):
    assert _values(scrubber, text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(("text", "value"), [
    ("In loving memory\nMarch 4, 1938 – October 2, 2024", "March 4, 1938"),
    ("류경민(柳京敏, 1961년 2월 8일 ~ )은 대한민국의 건축가이다.", "1961년 2월 8일"),
    ("故 탁병수 (1944. 7. 1. ~ 2023. 11. 9.)", "1944. 7. 1."),
    ("Henrietta Vale (12 June 1952 - 3 January 2025)", "12 June 1952"),
])
def test_a_life_span_s_first_date_goes(scrubber, text, value):
    assert value in _values(scrubber, text, "DATE_OF_BIRTH")


@pytest.mark.parametrize("text", [
    "접수 기간: 2024.03.01 ~ 2024.03.31",  # one decade: an event's period
    "FY 2023-01-01 - 2024-12-31 budget",
    "보험기간 2019.03.01 ~ 2029.02.28",  # a period its label names
    "Term: 01/01/2015 - 12/31/2030",
    "Conference March 3, 2024 – March 5, 2024",
])
def test_a_period_that_is_no_life_stays(scrubber, text):
    assert _values(scrubber, text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(("text", "value"), [
    ("Mum's mobile for bookings: 07700 900461", "07700 900461"),
    ("Nana's cell for appointments: (503) 555-0178", "(503) 555-0178"),
    ("Secretary\nDirect: 01632 960 118", "01632 960 118"),
])
def test_a_person_s_own_line_goes(scrubber, text, value):
    assert value in _values(scrubber, text, "PHONE_NUMBER")


@pytest.mark.parametrize("text", [
    "Booking line: (503) 555-0178",
    "For appointments: 503-555-0178",
])
def test_an_organisation_s_line_stays(scrubber, text):
    assert _values(scrubber, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize(("text", "value"), [
    ("PELLEGRINI, Anna Maria b. 3 Feb 1903, m. 1921", "3 Feb 1903"),
    ("Celebrating the life of Odell Gaines\nSunrise: June 2, 1940   Sunset: May 1, 2025", "June 2, 1940"),
])
def test_a_genealogy_s_birth_mark_goes(scrubber, text, value):
    assert value in _values(scrubber, text, "DATE_OF_BIRTH")


@pytest.mark.parametrize("text", [
    "Appendix b. 2024 figures",
    "Sunrise at 6:12 am on March 3, 2024; sunset 7:40 pm",
    "Herb. 12 March 2024 harvest log",
])
def test_a_mark_that_is_no_birth_stays(scrubber, text):
    assert _values(scrubber, text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(("text", "value"), [
    ("caller yeah it's d underscore reyes at outlook dot com", "d underscore reyes at outlook dot com"),
    ("고객 제 메일은 에스와이 언더바 윤 골뱅이 네이버 점 컴이에요", "에스와이 언더바 윤 골뱅이 네이버 점 컴"),
    ("고객 jw 점 seo 골뱅이 한메일 닷넷이요", "jw 점 seo 골뱅이 한메일 닷넷"),
])
def test_an_e_mail_address_read_out_goes(scrubber, text, value):
    assert value in _values(scrubber, text, "EMAIL_ADDRESS")


@pytest.mark.parametrize("text", [
    "골뱅이 무침 맛집은 다음 점 컴퓨터 매장 옆이에요",
    "the dash at the end of the line dot com era",
])
def test_words_that_only_sound_like_an_address_stay(scrubber, text):
    assert _values(scrubber, text, "EMAIL_ADDRESS") == []


# --- the review's look-alikes (round 13): each stays ----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "He served as chief engineer (March 3, 1988 – June 1, 2008).",  # a tenure: its label before it
    "World War II (1 September 1939 – 2 September 1945)",  # six years: no life
    "Marriage: June 4, 1960 – March 2, 2010",
    "재직 2015.03.02 ~ 2021.02.28 (주)한빛",
    "Exhibition runs 12 Oct 2019 – 5 Jan 2020 at the museum.",
    "Title: Firstborn\nPublished May 5, 2020",
    "Happy birthday\nparty on May 5, 2024 at noon",
    "[속보] 역대 최저 저출생\n기사입력 2024.02.28",
    "The foal was born march third two thousand twenty.",  # a spoken date after no question of one's birth date
    "Plan b. 2021-01-01 start",
    "Options: a. 2/3/2020 b. 3/4/2021",
    "sunrise 2024-04-04 06:32, sunset 2024-04-04 19:21",
    "Sunrise: April 4, 2024 06:32",
])
def test_a_date_that_is_no_one_s_birth_stays(scrubber, text):
    assert _values(scrubber, text, "DATE_OF_BIRTH") == []


@pytest.mark.parametrize("text", [
    "Order 01234 567 890 shipped today.",  # a UK landline's shape with no cue
    "Office phone for scheduling: 555-201-3346",  # a desk's line, no one's own
    "Call our cell for reservations: 555-201-4459",
])
def test_a_number_that_is_no_one_s_line_stays(scrubber, text):
    assert _values(scrubber, text, "PHONE_NUMBER") == []


@pytest.mark.parametrize("text", [
    "Agency | Phone | Region\nFEMA | 800-621-3362 | National",  # toll-free
    "| 업체 | 대표번호 | 비고 |\n| 한빛전자 | 1588-1234 | 고객센터 |",
    "Metric,Mobile,Desktop\nSessions,1234567,890123",  # a device's share, not a number to call
    "Item | Cell | Capacity\nLG HG2 | 18650-3000 | 3000mAh",
    "Account | Description | Balance\n1010-000-00 | Cash | 12,000\n2010-100-00 | Payables | 8,000",
    "Dog,Born,Breed\nRex,2019-04-12,Lab",  # a `Born` column beside no person's
    "| 행사 | 생일 | 장소 |\n| 회사 창립 | 2020.03.01 | 본사 |",
    "Symbol,Address,Section\nmain,00401000,.text",
    "Wallet | Address | Balance\nMain | 0x5290ee7 | 1.2 ETH",
    "| 사이트 | 웹주소 | 비고 |\n| 블로그 | https://blog.example.com/2024 | 개인 |",
    "Address, phone, and email are required.\nOn 12 March 2024, we moved the office, and then the team grew.",
])
def test_a_table_whose_column_holds_no_one_s_data_stays(text):
    assert column_values(text) == []
