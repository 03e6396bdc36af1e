"""Round 5 (issue 15): street-address shapes the v5 and former-blind tuning sets showed, and non-address values.

Fresh cases written for these tests (no tuning row copied): each cause fixed, with look-alikes in clean text.
"""

from __future__ import annotations

import pytest

from prep.pii.addresses import ADDRESS_PATTERNS
from prep.pii.normalized_view import normalized_view

ADDRESSES = [  # (text, the address as written)
    # street types people abbreviate their own way
    ("Mail goes to 41 Lantern Hill Terr, Dover, DE 19901 now", "41 Lantern Hill Terr, Dover, DE 19901"),
    ("She rents 6 Marine Pde, Southport PR8 1RX", "6 Marine Pde, Southport PR8 1RX"),
    # the type first (Spanish, French, Portuguese), and `Avenue of the ...`
    ("escrow for 310 Calle Luna #2, Santa Fe, NM 87501 closed", "310 Calle Luna #2, Santa Fe, NM 87501"),
    ("villa at 15 Camino de la Vista, Ojai, CA 93023", "15 Camino de la Vista, Ojai, CA 93023"),
    ("bureau: 8 Rue des Lilas, Lyon 69003", "8 Rue des Lilas, Lyon 69003"),
    ("HQ 1345 Avenue of the Americas, New York, NY 10105", "1345 Avenue of the Americas, New York, NY 10105"),
    # one place and a 4-6 digit postcode after a comma; a numbered locality
    ("Deliver: Flat 2, 40 Kauri Street, Hamilton 3204", "Flat 2, 40 Kauri Street, Hamilton 3204"),
    ("Shop 3, 22 Allen Avenue, Ikeja Phase 2, Lagos 100271", "Shop 3, 22 Allen Avenue, Ikeja Phase 2, Lagos 100271"),
    ("Post it to PO Box 908, Nelson 7040 thanks", "PO Box 908, Nelson 7040"),
    # a unit on a line of its own between the street and the city
    ("SHIP TO\n73 Larch Close\nApt 12\nDerby DE1 3QT\n", "73 Larch Close\nApt 12\nDerby DE1 3QT"),
    # city, state and ZIP alone (the street in another field)
    ("City/State/ZIP: Dayton, OH 45402", "Dayton, OH 45402"),
    # Korean: a 4-digit side road, an address glued to its label
    ("수령지 부산광역시해운대구센텀로1024길7-2", "부산광역시해운대구센텀로1024길7-2"),
    ("송장인식결과받는분정하늘주소인천광역시연수구송도과학로27번길15", "인천광역시연수구송도과학로27번길15"),
    # letter-spaced (OCR, one character a box)
    ("주 소 :  대 전 시  유 성 구  대 학 로  291", "대 전 시  유 성 구  대 학 로  291"),
    ("Addr: 5 1 2 B i r c h   S t ,   D u l u t h ,   M N   5 5 8 0 2",
     "5 1 2 B i r c h   S t ,   D u l u t h ,   M N   5 5 8 0 2"),
    ("수령 주소 대구 중구 국채보상로 670 , 3 0 1 동 1 2 0 4 호", "대구 중구 국채보상로 670 , 3 0 1 동 1 2 0 4 호"),
]
NOT_ADDRESSES = [
    "The 2 Avenue Cafe opened downtown.",
    "Option 2 Via Email is faster.",
    "Order ID 12345 shipped on Monday.",
    "The Big Apple NY 10001 is a zip code in the guide.",
    "Top 5 Crown Heights bakeries, ranked.",
    "I am a b c d e f",
    "주소변경로3번 시도",
    "주소가 바뀌었으니 알려주세요",
]


@pytest.mark.parametrize(("text", "address"), ADDRESSES)
def test_round5_addresses_are_replaced_whole(scrubber, text, address):
    result = scrubber.scrub(text)
    found = [f for f in result.findings if f.entity == "STREET_ADDRESS"]
    start = text.index(address)
    covered = set()
    for f in found:
        covered.update(range(f.start, f.end))
    assert all(i in covered for i in range(start, start + len(address)) if not text[i].isspace()), result.text


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_round5_look_alikes_stay(scrubber, text):
    assert "STREET_ADDRESS" not in scrubber.scrub(text).counts


def test_round5_patterns_start_no_earlier_than_their_triggers(scrubber):
    """Each address value starts at or after its pattern's first trigger match (the pre-filter's premise)."""
    texts = [t for t, _ in ADDRESSES] + NOT_ADDRESSES
    texts += [v.text for v in map(normalized_view, texts) if v is not None]
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
    assert checked >= 10
