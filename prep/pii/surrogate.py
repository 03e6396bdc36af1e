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

_KO_SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍"
_KO_GIVEN = "민서준지현우하윤도예수아연은호진영성주원채희태시유건경나"
_EN_FIRST = (
    "Alex Jordan Taylor Morgan Casey Riley Jamie Avery Quinn Parker Rowan Drew Skyler Reese Emerson Finley Hayden "
    "Logan Peyton Sawyer"
).split()
_EN_LAST = (
    "Rivera Foster Hayes Bennett Brooks Sanders Price Coleman Perry Powell Long Patterson Hughes Flores Butler "
    "Barnes Fisher Henderson Ross Jenkins"
).split()
_EN_STREETS = "Maple Cedar Willow Birch Aspen Chestnut Juniper Hawthorn Sycamore Magnolia".split()
_KO_ROADS = "가람로 누리로 다솜길 바른로 새솔길 아라로 한울로 온새미로 미리내길 라온로".split()
_KO_DISTRICTS = ["서울특별시 중구", "부산광역시 동구", "대전광역시 서구", "경기도 수원시 팔달구", "광주광역시 북구"]


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

    def _digits(self, value: str, keep: int = 0) -> str:
        """Same shape, every digit after the first `keep` digits drawn anew."""
        out, seen = [], 0
        for ch in value:
            if ch.isdigit():
                seen += 1
                out.append(ch if seen <= keep else str(self.rng.randrange(10)))
            else:
                out.append(ch)
        return "".join(out)

    def _draw(self, entity: str, value: str) -> str:
        rng = self.rng
        korean = self.language == "ko" or bool(re.search(r"[가-힣]", value))
        if entity == "PERSON":
            if re.search(r"[가-힣]", value):
                return rng.choice(_KO_SURNAMES) + "".join(rng.choice(_KO_GIVEN) for _ in range(2))
            return f"{rng.choice(_EN_FIRST)} {rng.choice(_EN_LAST)}" if " " in value else rng.choice(_EN_LAST)
        if entity == "EMAIL_ADDRESS":
            local = f"{rng.choice(_EN_FIRST).lower()}.{rng.choice(_EN_LAST).lower()}{rng.randrange(100)}"
            return f"{local}@{rng.choice(('example.com', 'example.org', 'example.net'))}"
        if entity == "IP_ADDRESS":
            if ":" in value:
                return f"2001:db8::{rng.randrange(1, 0xFFFF):x}"  # RFC 3849 documentation prefix
            return f"{rng.choice(('192.0.2', '198.51.100', '203.0.113'))}.{rng.randrange(1, 255)}"
        if entity == "PHONE_NUMBER":
            keep = 3 if value.lstrip("(").startswith("01") else (2 if value.startswith("+") else 1)
            return self._digits(value, keep=keep)
        if entity in ("KR_RRN", "KR_FRN"):
            yy, mm, dd = rng.randrange(100), rng.randrange(1, 13), rng.randrange(1, 29)
            rest = self._digits(value[6:], keep=1)  # keeps the sex/century digit's class
            return f"{yy:02d}{mm:02d}{dd:02d}{rest}"
        if entity == "CREDIT_CARD":
            return _luhn_fix(self._digits(value, keep=1))
        if entity == "DATE_OF_BIRTH":
            return self._date(value)
        if entity == "STREET_ADDRESS":
            if korean:
                return f"{rng.choice(_KO_DISTRICTS)} {rng.choice(_KO_ROADS)} {rng.randrange(1, 300)}"
            return f"{rng.randrange(10, 9999)} {rng.choice(_EN_STREETS)} Street"
        if entity in ("KR_PASSPORT", "IBAN_CODE"):
            return value[:2] + self._digits(value[2:])
        return self._digits(value)  # KR_DRIVER_LICENSE, KR_BRN, BANK_ACCOUNT, US_SSN: same shape

    def _date(self, value: str) -> str:
        runs = iter(range(3))

        def repl(m: re.Match) -> str:
            width = len(m.group())
            if width == 4:
                return str(self.rng.randrange(1950, 2006))
            n = self.rng.randrange(1, 13) if next(runs, 2) == 0 else self.rng.randrange(1, 29)
            return f"{n:0{width}d}" if width == 2 else str(n)

        return re.sub(r"\d+", repl, value)


def _luhn_fix(number: str) -> str:
    """Set the last digit so that the number passes Luhn (a fake card still looks like a card)."""
    digits = [int(c) for c in number if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits[:-1])):
        d = d * 2 if i % 2 == 0 else d
        total += d - 9 if d > 9 else d
    check = (10 - total % 10) % 10
    last = max(i for i, c in enumerate(number) if c.isdigit())
    return number[:last] + str(check) + number[last + 1:]
