"""Fake personal data: the one home of its checksums, digit helpers, value pools and shared generators.

Four places make fake PII: the demo corpus (`prep.demo.corpus`), the PII benchmark
(`prep.eval.pii_bench`), scrub surrogates (`prep.pii.surrogate`) and canaries
(`privbert.canary_formats`, used by `train/` too, which is why this lives in `privbert/`). Each
composes its values from what is here, so a checksum or a pool is written once.

The pools that differ are kept apart on purpose, and each says why: committed artifacts (the demo
corpus, the canary secrets behind the demo manifest's shard hashes, the benchmark and the scrub
outputs it checks) depend on every draw. A pool's content and order are part of that contract:
`rng.choice` over a pool picks by index, so reordering, merging or extending one changes outputs.
(A string and a tuple of the same characters draw the same, and `choice(string.digits)` draws what
`randrange(10)` does.)
"""

from __future__ import annotations

import random
from collections.abc import Callable

# --- checksums ----------------------------------------------------------------------------------


def luhn_check_digit(payload: str) -> str:
    """The digit that makes `payload` + digit pass Luhn (card numbers)."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:  # doubled: these sit in odd positions once the check digit is appended
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def is_luhn_valid(number: str) -> bool:
    """Whether the digits of `number` (separators ignored) pass Luhn."""
    digits = [c for c in number if c.isdigit()]
    return len(digits) > 1 and luhn_check_digit("".join(digits[:-1])) == digits[-1]


def luhn_complete(payload: str) -> str:
    """`payload` followed by its Luhn check digit."""
    return payload + luhn_check_digit(payload)


def with_luhn_check_digit(number: str) -> str:
    """`number` with its last digit replaced so that it passes Luhn; separators stay where they are."""
    digits = [c for c in number if c.isdigit()]
    last = max(i for i, c in enumerate(number) if c.isdigit())
    return number[:last] + luhn_check_digit("".join(digits[:-1])) + number[last + 1:]


def rrn_check_digit(first12: str) -> str:
    """The 13th digit of a Korean resident registration number (RRNs issued since October 2020 have none)."""
    weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    total = sum(int(c) * w for c, w in zip(first12, weights, strict=True))
    return str((11 - total % 11) % 10)


def brn_check_digit(first9: str) -> str:
    """The 10th digit of a Korean business registration number."""
    keys = [1, 3, 7, 1, 3, 7, 1, 3]
    total = sum(int(c) * k for c, k in zip(first9[:8], keys, strict=True))
    total += int(first9[8]) * 5 + (int(first9[8]) * 5) // 10
    return str((10 - total % 10) % 10)


def iban_check_digits(country: str, bban: str) -> str:
    """The two check digits after the country code of an IBAN (ISO 13616, mod 97)."""
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(numeric) % 97:02d}"


# --- digits and shared generators ---------------------------------------------------------------


def random_digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def redraw_digits(rng: random.Random, value: str, keep: int = 0) -> str:
    """Same shape, every digit after the first `keep` digits drawn anew."""
    out, seen = [], 0
    for ch in value:
        if ch.isdigit():
            seen += 1
            out.append(ch if seen <= keep else str(rng.randrange(10)))
        else:
            out.append(ch)
    return "".join(out)


def kr_mobile(rng: random.Random) -> str:
    """A Korean mobile number as most people write it: 010-XXXX-XXXX."""
    return f"010-{random_digits(rng, 4)}-{random_digits(rng, 4)}"


# North American toll-free area codes: an organisation's number, never a person's line (the scrubber
# leaves them, so no generator draws one for a person).
NANP_TOLL_FREE_AREAS = frozenset(("800", "833", "844", "855", "866", "877", "888"))


def personal_area_code(draw: Callable[[], str]) -> str:
    """A North American area code for a person's line: `draw()` again while it is toll-free. Each generator
    keeps its own draw, so its other values stay as they were."""
    while (area := draw()) in NANP_TOLL_FREE_AREAS:
        pass
    return area


def kr_rrn(rng: random.Random) -> str:
    """A resident registration number of someone born 1950-2009 (day <= 28), dashed, no checksum."""
    year = rng.randint(1950, 2009)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    sex = rng.choice("12") if year < 2000 else rng.choice("34")  # the century/sex digit
    return f"{year % 100:02d}{month:02d}{day:02d}-{sex}{random_digits(rng, 6)}"


# --- pools shared by several generators ---------------------------------------------------------

# The 20 most common one-syllable surnames (canaries and surrogates).
KO_SURNAMES = tuple("김이박최정강조윤장임한오서신권황안송류홍")
# RFC 2606 reserved domains: no real mailbox (demo corpus and surrogates).
RESERVED_EMAIL_DOMAINS = ("example.com", "example.org", "example.net")

# --- demo corpus: names with romanizations, so a person's email matches their name ---------------

DEMO_KO_SURNAMES = (  # (Hangul, romanized); with four two-syllable surnames
    ("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"), ("강", "kang"), ("조", "cho"),
    ("윤", "yoon"), ("장", "jang"), ("임", "lim"), ("한", "han"), ("오", "oh"), ("서", "seo"), ("신", "shin"),
    ("권", "kwon"), ("황", "hwang"), ("송", "song"), ("홍", "hong"),
    ("남궁", "namgung"), ("황보", "hwangbo"), ("제갈", "jegal"), ("선우", "sunwoo"),
)
DEMO_KO_GIVEN = (  # whole given names, with three one-syllable ones
    ("민준", "minjun"), ("서연", "seoyeon"), ("도윤", "doyun"), ("지우", "jiwoo"), ("하준", "hajun"),
    ("서윤", "seoyun"), ("예준", "yejun"), ("하은", "haeun"), ("지호", "jiho"), ("수아", "sua"),
    ("현우", "hyunwoo"), ("지민", "jimin"), ("유진", "yujin"), ("건우", "gunwoo"), ("은서", "eunseo"),
    ("준서", "junseo"), ("다은", "daeun"), ("우진", "woojin"), ("혁", "hyuk"), ("진", "jin"), ("훈", "hoon"),
)
DEMO_EN_MALE = ("James", "John", "Robert", "Michael", "David", "Daniel", "Thomas", "Kevin", "Brian", "Jason")
DEMO_EN_FEMALE = ("Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Sarah", "Karen", "Emily", "Laura", "Rachel")
DEMO_EN_LAST = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Wilson", "Anderson",
    "Taylor", "Moore", "Martin", "Clark", "Lewis", "Walker", "Allen", "Wright", "Scott", "Baker",
)

# --- surrogates: unisex first names (a fake guesses no one's sex), syllable-drawn Korean given names ---

SURROGATE_KO_GIVEN = tuple("민서준지현우하윤도예수아연은호진영성주원채희태시유건경나")  # drawn per syllable
SURROGATE_EN_FIRST = (
    "Alex Jordan Taylor Morgan Casey Riley Jamie Avery Quinn Parker Rowan Drew Skyler Reese Emerson Finley Hayden "
    "Logan Peyton Sawyer"
).split()
SURROGATE_EN_LAST = (
    "Rivera Foster Hayes Bennett Brooks Sanders Price Coleman Perry Powell Long Patterson Hughes Flores Butler "
    "Barnes Fisher Henderson Ross Jenkins"
).split()
SURROGATE_EN_STREETS = "Maple Cedar Willow Birch Aspen Chestnut Juniper Hawthorn Sycamore Magnolia".split()
SURROGATE_KO_ROADS = "가람로 누리로 다솜길 바른로 새솔길 아라로 한울로 온새미로 미리내길 라온로".split()
SURROGATE_KO_DISTRICTS = [
    "서울특별시 중구", "부산광역시 동구", "대전광역시 서구", "경기도 수원시 팔달구", "광주광역시 북구",
]
DOCUMENTATION_IPV4_PREFIXES = ("192.0.2", "198.51.100", "203.0.113")  # RFC 5737: no real host

# --- canaries: per-position pools, so each format's value count (SPACE_SIZES) is a product of lengths --

CANARY_KO_GIVEN_FIRST = "민 서 지 하 도 예 시 수 주 준 현 유 은 재 동 성 영 태 우 진".split()
CANARY_KO_GIVEN_SECOND = "준 윤 우 호 원 아 연 린 훈 빈 희 혁 수 경 석 민 율 찬 규 진".split()
CANARY_EN_FIRST = (  # two per initial letter
    "Aaron Abigail Adrian Alice Andrew Anna Benjamin Brooke Caleb Chloe Daniel Diana Edward Elena Ethan Fiona "
    "Gavin Grace Henry Hannah Isaac Ivy Jacob Julia Kevin Laura Liam Lucy Mason Megan Nathan Nora Oliver Olivia "
    "Patrick Paige Quentin Rachel Samuel Sophia Trevor Tessa Victor Violet Walter Wendy Xavier Yvonne Zachary Zoe"
).split()
CANARY_EN_LAST = (
    "Adams Baker Barnes Bennett Brooks Carter Coleman Cooper Dawson Ellis Fisher Foster Griffin Hayes Hughes "
    "Jenkins Jordan Keller Lawson Marshall Mitchell Morgan Murphy Nelson Owens Palmer Parker Porter Reed Reynolds "
    "Russell Sanders Shaw Simmons Spencer Stewart Sullivan Tucker Turner Wallace Warren Watson Webb Wells Wheeler"
).split()
CANARY_EMAIL_WORDS = (
    "minho jisoo seojun haeun doyun yerin alex blake casey dana emery finley harper jamie jordan kendall logan "
    "morgan parker quinn reese riley rowan sage skyler taylor avery bailey cameron drew ellis hayden jesse kai "
    "lane peyton remy sasha"
).split()
CANARY_EMAIL_DOMAINS = ("mailbox.kr", "inbox.co.kr", "postbox.net", "webmail.org", "letters.io", "example.com")
# Apartment complexes for the 동/호 address canaries (made-up names; with 동 101-130 and 호 101-2504: 30,000 each).
CANARY_KO_APARTMENTS = "한빛마을 푸른숲 새솔아파트 가람빌 누리타운 미리내 다솜마을 온누리 라온빌 한울아파트".split()

# --- PII benchmark: broad, frequency-like pools, real mail domains, so recall is measured on variety --

BENCH_KO_SURNAMES = (  # 김, 이, 박 repeated about as often as in the population, plus the rare two-syllable ones
    ["김"] * 20 + ["이"] * 14 + ["박"] * 8
    + "최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 노 남궁 선우 제갈 황보".split()
)
BENCH_KO_GIVEN = SURROGATE_KO_GIVEN + tuple("혜동상재승정미소다빈훈석규혁인선율온결람")  # the surrogates' and 20 more
BENCH_EN_FIRST = (
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara Richard Susan Joseph "
    "Jessica Thomas Sarah Charles Karen Daniel Nancy Matthew Lisa Anthony Betty Mark Sandra Steven Ashley Andrew "
    "Kimberly Joshua Emily Kevin Donna Brian Michelle George Carol Edward Amanda Ronald Melissa Olivia Ethan Chloe "
    "Grace Henry Lucas Sophia Noah Mia Liam Ava Hannah Isaac Nora Owen Zoe"
).split()
BENCH_EN_LAST = (
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson "
    "Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis "
    "Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera "
    "Campbell Mitchell Carter Roberts O'Connor McAllister Park Kim Choi Fitzgerald Sullivan"
).split()
BENCH_EMAIL_DOMAINS = [
    "gmail.com", "naver.com", "daum.net", "kakao.com", "hanmail.net", "outlook.com", "yahoo.com",
    "company.co.kr", "lawfirm.kr", "hospital.or.kr", "univ.ac.kr", "example.org", "mail.acme.io",
]
BENCH_ROMAN_SYLLABLES = (
    "min seo jun ji hyun woo ha yoon do ye su a yeon eun ho jin young sung ju won chae hee tae"
).split()
BENCH_KO_PROVINCES = (
    "서울특별시 서울시 부산광역시 인천광역시 대구광역시 경기도 강원특별자치도 충청남도 전라북도 경상남도 제주특별자치도"
).split()
BENCH_KO_DISTRICTS = [
    "강남구", "서초구", "마포구", "종로구", "해운대구", "수원시 영통구", "성남시 분당구", "고양시 일산동구",
    "남동구", "수성구", "천안시 동남구", "전주시 완산구", "창원시 성산구", "제주시",
]
BENCH_KO_ROADS = (
    "테헤란로 세종대로 올림픽로 판교역로 월드컵북로 센텀중앙로 광교중앙로 동탄대로 중앙대로 번영로 "
    "연북로 충장로 한누리대로 마포대로 효자로"
).split()
BENCH_KO_DONGS = ["역삼동", "청운동", "서교동", "우동", "정자동", "이의동", "연동", "구월동", "범어동", "효자동"]
BENCH_EN_STREETS = [
    "Main", "Oak", "Maple", "Cedar", "Elm", "Washington", "Lake", "Hill", "Park", "Pine", "Sunset", "Highland",
    "Jefferson", "Lincoln", "Madison",
]
BENCH_EN_STREET_TYPES = "Street St. Avenue Ave Road Rd. Boulevard Lane Drive Court Way Place".split()
BENCH_EN_CITIES = [
    ("Springfield", "IL"), ("Austin", "TX"), ("Portland", "OR"), ("Denver", "CO"), ("Columbus", "OH"),
    ("San Jose", "CA"), ("Madison", "WI"), ("Raleigh", "NC"),
]
BENCH_KO_BANKS = ["국민은행", "신한은행", "우리은행", "하나은행", "농협", "기업은행", "카카오뱅크", "토스뱅크"]
BENCH_BANK_ACCOUNT_SHAPES = [(6, 2, 6), (3, 3, 6), (4, 3, 6), (3, 6, 5), (3, 4, 4, 2), (3, 6, 2, 3), (4, 2, 7)]
EN_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
]
