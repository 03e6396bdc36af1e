"""Replacement values for the `surrogate` and `hash` scrub modes.

Both modes are keyed by a user secret (read from the environment variable that `scrub.secret_env`
names; the secret itself never enters a config, a manifest or a log).

- `hash`: `[ENTITY_<12 hex>]`, the first 48 bits of HMAC-SHA256(secret, entity + value). The same
  value maps to the same token across the whole corpus (linkable pseudonyms); without the secret
  nobody can test a guessed value against a token. The bracketed, typed form never looks like a real
  phone number or name, so it cannot be mistaken for one.
- `surrogate`: a fake value of the same type and locale (a Korean name for a Korean name, a phone
  number with the same separators). Within one document the same value always gets the same fake.
  The fakes are drawn from an RNG seeded by HMAC(secret, document text), never from the value alone:
  a fake is no function of the real value, so a dictionary of phone numbers cannot invert it. A fake
  is never equal to the value it replaces, and two values of one document never share a fake.
  Emails use the reserved domains of RFC 2606 and IPs the documentation ranges of RFC 5737; the
  other fakes are random and may, by chance, equal someone's real number or name, but carry no link
  to the person they replace.
"""

from __future__ import annotations

import hashlib
import hmac
import random
import re

from privbert.fake_pii import (
    DOCUMENTATION_IPV4_PREFIXES,
    KO_SURNAMES,
    RESERVED_EMAIL_DOMAINS,
    SURROGATE_EN_FIRST,
    SURROGATE_EN_LAST,
    SURROGATE_EN_STREETS,
    SURROGATE_KO_DISTRICTS,
    SURROGATE_KO_GIVEN,
    SURROGATE_KO_ROADS,
    redraw_digits,
    with_luhn_check_digit,
)


def entity_hash(secret: bytes, entity: str, value: str) -> str:
    """The `hash` mode token of one value."""
    digest = hmac.new(secret, f"{entity}\x1f{value}".encode(), hashlib.sha256).hexdigest()
    return f"[{entity}_{digest[:12]}]"


class SurrogateMap:
    """Fake values for one document: same value -> same fake, never the value itself."""

    def __init__(self, secret: bytes, document: str, language: str):
        seed = hmac.new(secret, document.encode(), hashlib.sha256).digest()
        self.rng = random.Random(seed)
        self.language = language
        self.fakes: dict[tuple[str, str], str] = {}
        self.used: set[str] = set()

    def fake(self, entity: str, value: str) -> str:
        key = (entity, value)
        if key not in self.fakes:
            for _ in range(100):
                candidate = self._draw(entity, value)
                if candidate != value and candidate not in self.used:
                    break
            else:  # pragma: no cover -- 100 collisions in a row cannot happen with these pools
                candidate = f"[{entity}]"
            self.used.add(candidate)
            self.fakes[key] = candidate
        return self.fakes[key]

    def _draw(self, entity: str, value: str) -> str:
        rng = self.rng
        korean = self.language == "ko" or bool(re.search(r"[가-힣]", value))
        if entity == "PERSON":
            if re.search(r"[가-힣]", value):
                return rng.choice(KO_SURNAMES) + "".join(rng.choice(SURROGATE_KO_GIVEN) for _ in range(2))
            if " " in value:
                return f"{rng.choice(SURROGATE_EN_FIRST)} {rng.choice(SURROGATE_EN_LAST)}"
            return rng.choice(SURROGATE_EN_LAST)
        if entity == "EMAIL_ADDRESS":
            first, last = rng.choice(SURROGATE_EN_FIRST).lower(), rng.choice(SURROGATE_EN_LAST).lower()
            return f"{first}.{last}{rng.randrange(100)}@{rng.choice(RESERVED_EMAIL_DOMAINS)}"
        if entity == "IP_ADDRESS":
            if ":" in value:
                return f"2001:db8::{rng.randrange(1, 0xFFFF):x}"  # RFC 3849 documentation prefix
            return f"{rng.choice(DOCUMENTATION_IPV4_PREFIXES)}.{rng.randrange(1, 255)}"
        if entity == "PHONE_NUMBER":
            keep = 3 if value.lstrip("(").startswith("01") else (2 if value.startswith("+") else 1)
            return redraw_digits(rng, value, keep=keep)
        if entity in ("KR_RRN", "KR_FRN"):
            yy, mm, dd = rng.randrange(100), rng.randrange(1, 13), rng.randrange(1, 29)
            rest = redraw_digits(rng, value[6:], keep=1)  # keeps the sex/century digit's class
            return f"{yy:02d}{mm:02d}{dd:02d}{rest}"
        if entity == "CREDIT_CARD":
            return with_luhn_check_digit(redraw_digits(rng, value, keep=1))
        if entity == "DATE_OF_BIRTH":
            return self._date(value)
        if entity == "STREET_ADDRESS":
            if korean:
                district, road = rng.choice(SURROGATE_KO_DISTRICTS), rng.choice(SURROGATE_KO_ROADS)
                return f"{district} {road} {rng.randrange(1, 300)}"
            return f"{rng.randrange(10, 9999)} {rng.choice(SURROGATE_EN_STREETS)} Street"
        if entity in ("KR_PASSPORT", "IBAN_CODE"):
            return value[:2] + redraw_digits(rng, value[2:])
        return redraw_digits(rng, value)  # KR_DRIVER_LICENSE, KR_BRN, BANK_ACCOUNT, US_SSN: same shape

    def _date(self, value: str) -> str:
        runs = iter(range(3))

        def repl(m: re.Match) -> str:
            width = len(m.group())
            if width == 4:
                return str(self.rng.randrange(1950, 2006))
            n = self.rng.randrange(1, 13) if next(runs, 2) == 0 else self.rng.randrange(1, 29)
            return f"{n:0{width}d}" if width == 2 else str(n)

        return re.sub(r"\d+", repl, value)

