"""The checksums and digit helpers of `privbert.fake_pii`: known values, and agreement with Presidio's validators."""

import random

import pytest

from privbert.fake_pii import (
    brn_check_digit,
    iban_check_digits,
    is_luhn_valid,
    luhn_check_digit,
    luhn_complete,
    random_digits,
    redraw_digits,
    rrn_check_digit,
    with_luhn_check_digit,
)


def test_luhn_known_values():
    assert is_luhn_valid("4111 1111 1111 1111") and not is_luhn_valid("4111 1111 1111 1112")
    assert luhn_check_digit("7992739871") == "3"
    assert luhn_complete("7992739871") == "79927398713"
    assert with_luhn_check_digit("4111-1111-1111-1119") == "4111-1111-1111-1111"


def test_luhn_round_trip():
    rng = random.Random(0)
    for _ in range(500):
        payload = random_digits(rng, rng.randrange(1, 19))
        assert is_luhn_valid(luhn_complete(payload))
        assert is_luhn_valid(with_luhn_check_digit(payload + "0"))


def test_iban_check_digits_known_value():
    assert iban_check_digits("GB", "WEST12345698765432") == "82"  # GB82 WEST 1234 5698 7654 32


def test_checksums_agree_with_presidio():
    recognizers = pytest.importorskip("presidio_analyzer.predefined_recognizers")
    rrn, brn = recognizers.KrRrnRecognizer(), recognizers.KrBrnRecognizer()
    rng = random.Random(1)
    for _ in range(200):
        birth = f"{rng.randrange(100):02d}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}"
        region = f"{rng.randrange(96):02d}"  # Presidio validates only region codes 00-95
        first12 = birth + rng.choice("1234") + region + random_digits(rng, 3)
        assert rrn.validate_result(first12 + rrn_check_digit(first12)) is True
        first9 = random_digits(rng, 9)
        assert brn.validate_result(first9 + brn_check_digit(first9)) is True


def test_redraw_digits_keeps_the_shape():
    rng = random.Random(2)
    out = redraw_digits(rng, "+82 10-1234-5678", keep=3)
    assert out[:6] == "+82 10" and len(out) == 16 and out[6] == "-" and out[11] == "-"
    assert random_digits(rng, 7).isdigit()
