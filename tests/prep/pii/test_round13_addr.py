"""Round 13, street addresses (issue 15): one case per class the round added, written fresh (no tuning row copied).

OCR (`OCR`, `prep/pii/view_ocr.py`): letters read for digits inside numbers and digits for letters inside words, read
back in the normalized view; the look-alikes (`OCR_CLEAN`) are codes that mix letters and digits on purpose.
Spoken (`SPOKEN`, `prep/pii/view_spoken.py`): a house number said in two or more words before a street, its unit and
postcode said after it; the look-alikes (`SPOKEN_CLEAN`) say numbers near streets that are no one's address.
"""

from __future__ import annotations

import pytest

from prep.pii.normalized_view import normalized_view

OCR = [
    ("en", "Mailing addr: 2O7 Birch Lane, Apt l2, Dayton OH 454O2\nMember since 2019", "2O7 Birch Lane", "454O2"),
    ("en", "SHIP TO 11O5 Cedar Ridge Rd, Austin TX 787O1", "11O5", "787O1"),
    ("en", "Tenant address (scanned): 9l Quarry H1ll Road, Montpe1ier VT O56O2\nRent: $900", "9l Quarry", "O56O2"),
    ("en", "Addr 44 0ak Street, Bost0n MA 021l6", "44 0ak Street", "021l6"),
    ("en", "Mobile: (6l7) 4O2-88l9 (after six)", "(6l7) 4O2-88l9", "4O2"),
    ("ko", "연락처 O1O-2233-4l56 / 생년월일 l985.O3.2l", "O1O-2233-4l56", "l985.O3.2l"),
    ("ko", "주소: 서울 마포구 월드컵로 12O, 3O2호\n연락처 없음", "12O, 3O2호", "월드컵로"),
]

OCR_CLEAN = [
    ("en", "The CO2 reading was 4OO ppm in room B12 and H2O stayed clear."),
    ("en", "Order #A1O4-77 shipped; invoice INV-2O24-0042, total $1,2O4.5O."),
    ("en", "Flight BA1O9 departs at 1O:3O from gate l2."),
    ("en", "Call our helpline 1-8OO-555-0199 for help with Win10 and Office 2O19."),
    ("en", "Chapter lO, page 2O: the 1st rule of the l0l course."),
    ("en", "Meet at the library, Room l01, on the 2nd floor."),
    ("en", "Reference: lot 4O2, batch O7, serial 0O1l3"),
]

SPOKEN = [
    ("en", "rep: where should we send the replacement\ncustomer: seven fifty five cherry hill lane unit twelve, dover "
     "delaware one nine nine zero one\nrep: thanks", "seven fifty five cherry hill lane", "one nine nine zero one"),
    ("en", "customer: please ship to two hundred five maple court, springfield", "two hundred five maple court",
     "two hundred"),
    ("en", "Operator: Can you confirm the service address?\nCaller: Sixty one oh four West Grand Avenue, Chicago",
     "Sixty one oh four West Grand Avenue", "Sixty"),
    ("en", "AGENT: and where do you live now\nCALLER: it's ninety-one twelve Old Mill Road, apartment three",
     "ninety-one twelve Old Mill Road", "apartment three"),
]

SPOKEN_CLEAN = [
    ("en", "We walked two or three blocks down Main Street before lunch."),
    ("en", "Turn left at Twelve Oaks Drive, then right on Eight Mile Road."),
    ("en", "She has two kids on the road and one more at home."),
    ("en", "The team scored twenty one points on Maple Street field last night."),
    ("en", "Drive forty five minutes up the highway, then take the exit."),
    ("en", "I counted fifty two cars parked along Oak Avenue this morning."),
    ("en", "take the forty two bus to Main Street and get off there"),
    ("en", "agent: what is your zip code\ncaller: nine oh two one oh"),
]


@pytest.mark.parametrize(("lang", "text", "first", "second"), OCR + SPOKEN)
def test_round13_ocr_and_spoken_addresses_go(scrubber, lang, text, first, second):
    result = scrubber.scrub(text, lang)
    assert first not in result.text and second not in result.text, result.text


@pytest.mark.parametrize(("lang", "text"), OCR_CLEAN + SPOKEN_CLEAN)
def test_round13_codes_and_numbers_near_streets_stay(scrubber, lang, text):
    result = scrubber.scrub(text, lang)
    assert not result.findings, [(f.entity, text[f.start:f.end]) for f in result.findings]


@pytest.mark.parametrize(("text", "read"), [
    ("Apt 1O4, HI 968l5", "Apt 104, HI 96815"),
    ("l4 Hollis Ct", "14 Hollis Ct"),
    ("S0UTH 0rchard Sprlngfie1d", "SOUTH Orchard Sprlngfield"),
    ("Fontaine¹, ²University", "Fontaine1, 2University"),  # a footnote's mark stays a digit
    ("CO2 H2O B12 Win10 1st N0", None),
])
def test_round13_the_view_reads_misread_characters(text, read):
    view = normalized_view(text)
    assert (view.text if view else None) == read


@pytest.mark.parametrize(("words", "digits"), [
    ("forty two", "42"), ("three twelve", "312"), ("forty-two eleven", "4211"), ("Eighteen oh nine", "1809"),
    ("two hundred and forty two", "242"), ("twelve hundred", "1200"), ("six four one one six", "64116"),
    ("hundred two", None),
])
def test_round13_spoken_numbers_read_as_said(words, digits):
    from prep.pii.view_spoken import spoken_number

    assert spoken_number(words) == digits
