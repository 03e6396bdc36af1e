"""Street addresses, round 4 (issue 15): one case per fixed class, with clean counterparts.

Fresh cases written for these tests (not copies of tuning rows): Korean roads with a number inside or first, 읍/면
before a lot, glued runs, letter and lone building dongs, units after the reference dong, at a field start, in a
detail-address field or next door, 사서함 with its region; English multi-place tails, Irish/NZ postcodes, numbered
and grid streets, numbered routes, rural-route and military boxes, comma-separated forms ending in a postcode, and the
cued forms (lower case with no tail, no street type, a unit alone).
"""

from __future__ import annotations

import pytest

from prep.pii.addresses import ADDRESS_PATTERNS

KO_ADDRESSES = [  # (text, the address as written)
    ("새 집은 세종시 보람7로 33, 104동 202호 입니다", "세종시 보람7로 33, 104동 202호"),
    ("사무실: 서울 중구 퇴계로36가길 9-1 2층", "서울 중구 퇴계로36가길 9-1 2층"),
    ("본가는 제주시 1100로 105 이야", "제주시 1100로 105"),
    ("토지 소재지 충북 괴산군 청천면 후평리 88-3", "충북 괴산군 청천면 후평리 88-3"),
    ("보내실곳 경기도수원시팔달구행궁로15 2층", "경기도수원시팔달구행궁로15 2층"),
    ("인천 서구 청라대로 200 C동 1203호로 와", "인천 서구 청라대로 200 C동 1203호"),
    ("구로구 개봉동 403 한마을아파트 8동 살아요", "구로구 개봉동 403 한마을아파트 8동"),
    ("마포구 성미산로17길 34 (연남동) 3층 카페 옆", "마포구 성미산로17길 34 (연남동) 3층"),
    ("수령지: 도곡렉슬 112동 503호", "도곡렉슬 112동 503호"),
    ("상세주소: 1102호", "1102호"),
    ("아랫집 903호 아저씨가 또 올라왔어요", "903호"),
    ("위문편지는 경북 영천시 사서함 77-3호 로", "경북 영천시 사서함 77-3호"),
    ("피고 주소 같은 리 203-5", "같은 리 203-5"),
    ("Address: 1503-201, 12, Dongtan-daero 21-gil, Hwaseong-si", "1503-201, 12, Dongtan-daero 21-gil, Hwaseong-si"),
    ("경남 통영시 미수해안로 3길 14 에 있어요", "경남 통영시 미수해안로 3길 14"),
    ("광주 남구 봉선로 77, 무등파크 104-1102 로 보내주세요", "광주 남구 봉선로 77, 무등파크 104-1102"),
    ("대구 북구 칠곡중앙대로 300 한솔타운 108-905호", "대구 북구 칠곡중앙대로 300 한솔타운 108-905호"),
    ("경기 의왕시 내손동 612 포일숲속마을 3단지 아파트 305동 1701호",
     "경기 의왕시 내손동 612 포일숲속마을 3단지 아파트 305동 1701호"),
]
EN_ADDRESSES = [
    ("Lessee: 88 Linden Ave, Unit 3, Burlington, Vermont 05401.", "88 Linden Ave, Unit 3, Burlington, Vermont 05401"),
    ("Mr K Osei\n4 Ashdown Road\nCrawley\nRH10 5QP\n", "4 Ashdown Road\nCrawley\nRH10 5QP"),
    ("c/o 7 Strand Road, Howth, Co. Dublin D13 K2W9", "7 Strand Road, Howth, Co. Dublin D13 K2W9"),
    ("Home: 45 Rata Street, Ponsonby, Auckland 1011", "45 Rata Street, Ponsonby, Auckland 1011"),
    ("Mail: RR 4 Box 22, Lindsay, ON K9V 4R4", "RR 4 Box 22, Lindsay, ON K9V 4R4"),
    ("Box: HC 61 Box 9A, Kalispell, MT 59901", "HC 61 Box 9A, Kalispell, MT 59901"),
    ("Write to CMR 480 Box 2211, APO AE 09128 soon", "CMR 480 Box 2211, APO AE 09128"),
    ("Moved to 4410 23 Mile Rd, Shelby Township, MI 48316", "4410 23 Mile Rd, Shelby Township, MI 48316"),
    ("Rear unit at 2218 1/2 Elm Ave, Fresno CA 93701", "2218 1/2 Elm Ave, Fresno CA 93701"),
    ("Site: W240 N1221 Pewaukee Rd, Waukesha, WI 53188", "W240 N1221 Pewaukee Rd, Waukesha, WI 53188"),
    ("Residence 820 N 300 W, Provo, UT 84601", "820 N 300 W, Provo, UT 84601"),
    ("Farm at 31200 State Highway 94, Boonville, MO 65233", "31200 State Highway 94, Boonville, MO 65233"),
    ("Resident of Lot 7, 220 Pine Hollow Rd since May", "Lot 7, 220 Pine Hollow Rd"),
    ("my addr is 41 larch hill rd", "41 larch hill rd"),
    ("I live at 250 Bowery now", "250 Bowery"),
    ("Address line 2: Apt 12", "Apt 12"),
    ("Flat No. 12B, Lakeview Residency, 4th Main, Indiranagar, Bengaluru 560038",
     "Flat No. 12B, Lakeview Residency, 4th Main, Indiranagar, Bengaluru 560038"),
    ("Apt. 7D, 415 W 57th St, New York, NY 10019", "Apt. 7D, 415 W 57th St, New York, NY 10019"),
    ("Office: #305 - 988 Howe St, Vancouver, BC V6Z 1N9", "#305 - 988 Howe St, Vancouver, BC V6Z 1N9"),
    ("Box 77, Lamoni, IA 50140", "Box 77, Lamoni, IA 50140"),
    ("HQ: 120 Wacker Drive, 21st Floor, Chicago, IL 60606", "120 Wacker Drive, 21st Floor, Chicago, IL 60606"),
    ("Send it to 9 MacKinnon Road, Oban PA34 4LU", "9 MacKinnon Road, Oban PA34 4LU"),
    ("9 O'Hara Lane, Cork T12 X8Y2", "9 O'Hara Lane, Cork T12 X8Y2"),
    ("Home is 30 St. Clair Avenue, Toronto, ON M4V 1L5", "30 St. Clair Avenue, Toronto, ON M4V 1L5"),
    ("Unit 5/18 Waratah Cres, Dee Why NSW 2099", "Unit 5/18 Waratah Cres, Dee Why NSW 2099"),
    ("Flat 6 Rowan House, 21 Station Road, Hitchin SG4 9TY", "Flat 6 Rowan House, 21 Station Road, Hitchin SG4 9TY"),
    ("Ivy House, Mill Lane, Great Barton, Bury St Edmunds IP31 2RQ",
     "Ivy House, Mill Lane, Great Barton, Bury St Edmunds IP31 2RQ"),
]
NOT_ADDRESSES = [
    "음성사서함 2개가 와 있어요",
    "혹시 노원구 가보셨어요?",
    "5로 나누면 3이 남는다",
    "A동 2층 회의실로 오세요",
    "아랫집 고양이가 3마리래요",
    "본점 테헤란로 152 대표번호 1588-1234",
    "상세주소는 나중에 알려드릴게요",
    "시청역 2번 출구 앞 스타벅스 3층",
    "Take Route 9 north to exit 12.",
    "The meeting moved to room 643 The agenda follows.",
    "We drove 3 miles down the road to the lake.",
    "Please deliver 20 boxes by Friday.",
    "Address line 2 is optional.",
    "Apollo 11 landed in 1969.",
    "Box 3 of 12 arrived.",
    "He bought 2 Apples. Drive safely home.",
    "Meet in Room 5 Building C, 12 people expected.",
    "Residents of the 400 block of Pine Street met.",
]


@pytest.mark.parametrize(("text", "address"), KO_ADDRESSES + EN_ADDRESSES)
def test_round4_addresses_are_replaced_whole(scrubber, text, address):
    result = scrubber.scrub(text)
    assert result.counts.get("STREET_ADDRESS") == 1, result.text
    assert set(result.counts) <= {"STREET_ADDRESS", "PERSON"}  # `Mr K Osei` above a label address is a person
    start = text.index(address)
    finding = next(f for f in result.findings if f.entity == "STREET_ADDRESS")
    assert finding.start <= start and finding.end >= start + len(address), text[finding.start:finding.end]


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_round4_look_alikes_stay(scrubber, text):
    assert "STREET_ADDRESS" not in scrubber.scrub(text).counts  # names in these are the name helpers' concern


def test_round4_patterns_start_no_earlier_than_their_triggers(scrubber):
    """Each address value starts at or after its pattern's first trigger match (the pre-filter's premise)."""
    texts = [t for t, _ in KO_ADDRESSES + EN_ADDRESSES] + NOT_ADDRESSES
    starts, _ = scrubber.prefilter.matrix(texts)
    names = {a.name for a in ADDRESS_PATTERNS}
    checked = 0
    for r, recognizer in enumerate(scrubber.recognizers["ko"]):
        for k, pattern in enumerate(getattr(recognizer, "patterns", None) or ()):
            if pattern.name not in names:
                continue
            first = starts[:, scrubber.prefilter.slots[r][k][0]]
            for text, byte in zip(texts, first, strict=True):
                found = [m.start() for m in pattern._compiled.finditer(text)]
                if found:
                    checked += 1
                    assert 0 <= byte <= len(text[:found[0]].encode()), (pattern.name, text)
    assert checked >= len(KO_ADDRESSES + EN_ADDRESSES)


def test_address_table_names_are_unique_and_scored():
    names = [a.name for a in ADDRESS_PATTERNS]
    assert len(names) == len(set(names))
    assert all(0.0 < a.score <= 1.0 and not (a.trigger and a.head) for a in ADDRESS_PATTERNS)
