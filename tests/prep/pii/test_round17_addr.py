"""Round 17, street addresses (issue 15): a noun with the particle 으로 before a number is no road.

Korean road names end in 로 or 길, but none ends in the particle 으로: `사정으로 12/8(화)에` is a reason and a date,
`기준으로 3일` a measure. Roads whose name ends in a plain 로 keep their addresses, with a district before them or
without one.
"""

from __future__ import annotations

import pytest

KEPT = [
    "회수 요청 상품은 택배사 사정으로 12/8(화)에 수거합니다.",
    "택배사 사정으로 3/14(금) 출고 예정입니다.",
    "배송 기사 사정으로 12에 도착 예정이라고 하네요.",
    "택배는 주문 기준으로 3-5일 걸립니다.",
    "배송지 변경은 고객센터 전화으로 2번 누르세요.",
]
FOUND = [  # (text, the address as written)
    ("택배 주소 테헤란로 152, 1203호로 보내주세요", "테헤란로 152, 1203호"),
    ("배송지: 서울 중구 을지로 12 3층", "서울 중구 을지로 12 3층"),
    ("택배는 성남시 분당구 판교역로 235 에이치스퀘어 N동 7층으로", "성남시 분당구 판교역로 235 에이치스퀘어 N동 7층"),
    ("반품은 부산 해운대구 센텀중앙로 97 1502호로 보내 주세요", "부산 해운대구 센텀중앙로 97 1502호"),
]


@pytest.mark.parametrize("text", KEPT)
def test_round17_ko_particle_euro_is_no_road(scrubber, text):
    result = scrubber.scrub(text, "ko")
    assert not [f for f in result.findings if f.entity == "STREET_ADDRESS"], result.text


@pytest.mark.parametrize(("text", "address"), FOUND)
def test_round17_ko_roads_keep_their_addresses(scrubber, text, address):
    result = scrubber.scrub(text, "ko")
    assert address not in result.text, result.text
