"""Street addresses (ko + en, PO boxes), numbers in other shapes, dates of birth, special-use IP addresses.

Cases written for these tests (not copies of the tuning rows): each failure class of issue 15's list,
and look-alikes in clean text that must stay.
"""

from __future__ import annotations

import pytest

from prep.pii.normalized_view import normalized_view
from prep.pii.prefilter import CharOffsets
from tests.prep.pii.test_addresses_round7 import ADDRESSES as ROUND7_ADDRESSES

KO_ADDRESSES = [  # (text, the address as written)
    ("택배는 판교역로 235 에이치스퀘어 N동 7층으로 보내주세요", "판교역로 235 에이치스퀘어 N동 7층"),
    ("우리집 강남대로94길 21 이야", "강남대로94길 21"),
    ("새 사무실 위치는 논현로508 이에요", "논현로508"),
    ("저 이사했어요 목동 신시가지아파트 512동 1101호", "목동 신시가지아파트 512동 1101호"),
    ("경기 성남시 분당구 정자일로 95, 1204동 803호로 보내주세요", "경기 성남시 분당구 정자일로 95, 1204동 803호"),
    ("작업실은 연희동 188-12 2층 입니다", "연희동 188-12 2층"),
    ("부산 해운대구 우동 1408 센텀리더스마크 3605호", "부산 해운대구 우동 1408 센텀리더스마크 3605호"),
    ("마포구 합정동 메세나폴리스 201동 1504호 (합정동)", "마포구 합정동 메세나폴리스 201동 1504호 (합정동)"),
    ("문 앞에 두세요 ㅎㅎ 302동 1802호 입니다", "302동 1802호"),
    ("세종 한누리대로 2130, 5층", "세종 한누리대로 2130, 5층"),
    ("우편물은 사서함 21호로", "사서함 21호"),
]
EN_ADDRESSES = [
    ("Mail it to PO Box 4411, Tulsa, OK 74101 please", "PO Box 4411, Tulsa, OK 74101"),
    ("send to p.o. box 92", "p.o. box 92"),
    ("Flat: 221B Baker Street, London NW1 6XE", "221B Baker Street, London NW1 6XE"),
    ("Ship to 4470 n lincoln ave apt 2, chicago il 60625 asap", "4470 n lincoln ave apt 2, chicago il 60625"),
    ("Unit 5, 12 Harbour Road, Auckland", "Unit 5, 12 Harbour Road, Auckland"),
    ("ADDRESS: 1200 PENNSYLVANIA AVE NW, WASHINGTON DC 20004", "1200 PENNSYLVANIA AVE NW, WASHINGTON DC 20004"),
    ("RETURN TO:\n77 OAK HILL DRIVE SUITE 10\nAUSTIN, TX 78701\n", "77 OAK HILL DRIVE SUITE 10\nAUSTIN, TX 78701"),
    ("Our unit is 7/41 Beach Road, Manly NSW 2095.", "7/41 Beach Road, Manly NSW 2095"),
    ("office: 88 Gangnam-daero, Seocho-gu, Seoul", "88 Gangnam-daero, Seocho-gu, Seoul"),
]
NOT_ADDRESSES = [
    "이 경로로 3번 더 시도했다", "속도로 2배 빨라졌다", "가로3m 세로5m 크기", "다음 단계로 2개를 더 만든다",
    "우리는 5월로 3일 미뤘다", "최종적으로 3건이 남았다", "제3조 제2항에 따라", "1층 로비에서 기다려",
    "3동 주민센터 앞에서 만나", "헬리오시티 전용 84㎡ 실거래가", "We walked 5 blocks down the street.",
    "3 days on the road were enough.", "Route 66 is long.", "I took 2nd place in the race",
]


@pytest.mark.parametrize(("text", "address"), KO_ADDRESSES + EN_ADDRESSES)
def test_addresses_are_replaced_whole(scrubber, text, address):
    result = scrubber.scrub(text)
    assert result.counts == {"STREET_ADDRESS": 1}, result.text
    start = text.index(address)
    finding = result.findings[0]
    assert finding.start <= start and finding.end >= start + len(address), text[finding.start:finding.end]


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_look_alikes_are_not_addresses(scrubber, text):
    assert scrubber.scrub(text).counts == {}


NUMBERS = [  # (text, entity): numbers in other clothes and shapes
    ("폰 010ㅡ2345ㅡ6789", "PHONE_NUMBER"),
    ("연락처 ０１０ ９８７６ ５４３２", "PHONE_NUMBER"),
    ("번호 공일공 사사오오 일이삼사 로 연락주세요", "PHONE_NUMBER"),
    ("Phone: 4155550137", "PHONE_NUMBER"),
    ("text me 6465550112 tonight", "PHONE_NUMBER"),
    ("mobile 07700 900123", "PHONE_NUMBER"),
    ("주민번호 ９００１０１－１２３４５６８", "KR_RRN"),
    ("주민등록번호 900101 - 1234568", "KR_RRN"),
    ("sort code 20-00-00, account number 73154618", "BANK_ACCOUNT"),
    ("새마을금고 9002-12-345678-9 로 보내", "BANK_ACCOUNT"),
    ("login from fe80::1c2b:3aff:fe4d:5e6f%en0 failed", "IP_ADDRESS"),
    ("접속 IP 2406:da14:8e2:b100::7에서 로그인", "IP_ADDRESS"),
    ("user=kim src=81.24.2.77 blocked", "IP_ADDRESS"),
    ("DOB 07/04/86", "DATE_OF_BIRTH"),
    ("생년월일 880212", "DATE_OF_BIRTH"),
    ("born 12.05.1979", "DATE_OF_BIRTH"),
    ("피해자 김하늘 (950611) 경상", "DATE_OF_BIRTH"),
    ("email jane.doe (at) acme (dot) org", "EMAIL_ADDRESS"),
    ("write to bob AT mail DOT co DOT uk", "EMAIL_ADDRESS"),
]


@pytest.mark.parametrize(("text", "entity"), NUMBERS)
def test_numbers_in_other_clothes_are_found(scrubber, text, entity):
    assert entity in scrubber.scrub(text).counts


@pytest.mark.parametrize(
    "text",
    [
        "발생일시: 2023년 4월 2일 14:10",  # `생일` inside `발생일시`
        "In this example the client at 192.0.2.10 talks to 198.51.100.7 (RFC 5737).",
        "문서용 예시 주소 203.0.113.5 와 2001:db8::10 을 쓰세요. 공유기는 192.168.0.1, DNS 8.8.8.8",
        "netmask 255.255.255.0, loopback 127.0.0.1, any 0.0.0.0, ::1",
        "Join by phone: +1 646-555-0110 PIN 123 456",
        "v1.2.3.4 release notes",
    ],
)
def test_non_personal_numbers_stay(scrubber, text):
    assert scrubber.scrub(text).counts == {}


def test_every_address_pattern_starts_no_earlier_than_its_trigger(scrubber):
    """The hand-written address triggers keep the pre-filter's premise on these cases and their views."""
    texts = [t for t, _ in KO_ADDRESSES + EN_ADDRESSES + ROUND7_ADDRESSES] + NOT_ADDRESSES + [t for t, _ in NUMBERS]
    texts += [v.text for v in map(normalized_view, texts) if v is not None]
    starts, _ = scrubber.prefilter.matrix(texts)
    for r, recognizer in enumerate(scrubber.recognizers["ko"]):
        for k, pattern in enumerate(getattr(recognizer, "patterns", None) or ()):
            first = starts[:, scrubber.prefilter.slots[r][k][0]]
            offsets = CharOffsets(texts)  # polars' offsets as Python's (`str.find`: bytes up to polars 2.1)
            for i, (text, at) in enumerate(zip(texts, first.tolist(), strict=True)):
                found = [m.start() for m in pattern._compiled.finditer(text)]
                if found:
                    assert at >= 0 and min(found) >= offsets(i, at), (pattern.name, text)
