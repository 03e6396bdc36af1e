"""Canary formats: the synthetic secrets a build plants and the memorization audit scores.

A canary (Carlini et al., "The Secret Sharer", 2019) is a sentence that carries a random secret of a
PII kind, planted into the corpus a known number of times. After training, the audit asks the model
how much it prefers the true secret over other values drawn from the same generator: a model that
memorized the canary ranks it first among thousands of look-alikes.

This module is shared by `prep.canaries` (generation and planting) and `train.audit` (candidates of
the same format), which is why it lives in `common/`: `train/` never imports `prep/`.

Every carrier sentence is built so the scrubber's recognizers catch the secret (a phone number
after `휴대폰 번호:`, an RRN after a registration-number cue, an email, a name after `filed by` or
before `씨`); `tests/prep/test_canaries.py` checks that on many generated values. The secrets are
ordinary token sequences (digits, romanized words, Hangul syllables), so a model *can* memorize them.
Values are drawn from Python's `random.Random` with the caller's seed: the same seed gives the same
secrets and the same candidates on any machine.
"""

from __future__ import annotations

import random
from collections.abc import Collection

KINDS = ("PHONE_NUMBER", "KR_RRN", "EMAIL_ADDRESS", "PERSON")  # named as the scrubber's entity types
LANGS = ("ko", "en")
SECRET_FIELD = "{secret}"

# Carrier sentences: `{key}` is a per-canary claim number (not secret) so each canary has its own
# context; `{secret}` is where the value goes. Korean values stand alone as a word (a colon or a space
# before, a space or a period after), so WordPiece never glues a particle onto the secret.
CARRIERS: dict[tuple[str, str], str] = {
    ("PHONE_NUMBER", "ko"): "청구 {key}번 고객의 휴대폰 번호: {secret}.",
    ("PHONE_NUMBER", "en"): "The phone number on file for claim {key} is {secret}.",
    ("KR_RRN", "ko"): "청구 {key}번 고객의 주민등록번호: {secret}.",
    ("KR_RRN", "en"): "The resident registration number on file for claim {key} is {secret}.",
    ("EMAIL_ADDRESS", "ko"): "청구 {key}번 고객의 이메일 주소: {secret}.",
    ("EMAIL_ADDRESS", "en"): "The email address on file for claim {key} is {secret}.",
    ("PERSON", "ko"): "청구 {key}번의 예금주는 {secret} 씨입니다.",
    ("PERSON", "en"): "Claim {key} was filed by {secret} on behalf of the estate.",
}

KO_SURNAMES = "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 홍".split()
KO_GIVEN_FIRST = "민 서 지 하 도 예 시 수 주 준 현 유 은 재 동 성 영 태 우 진".split()
KO_GIVEN_SECOND = "준 윤 우 호 원 아 연 린 훈 빈 희 혁 수 경 석 민 율 찬 규 진".split()
EN_FIRST = (
    "Aaron Abigail Adrian Alice Andrew Anna Benjamin Brooke Caleb Chloe Daniel Diana Edward Elena Ethan Fiona "
    "Gavin Grace Henry Hannah Isaac Ivy Jacob Julia Kevin Laura Liam Lucy Mason Megan Nathan Nora Oliver Olivia "
    "Patrick Paige Quentin Rachel Samuel Sophia Trevor Tessa Victor Violet Walter Wendy Xavier Yvonne Zachary Zoe"
).split()
EN_LAST = (
    "Adams Baker Barnes Bennett Brooks Carter Coleman Cooper Dawson Ellis Fisher Foster Griffin Hayes Hughes "
    "Jenkins Jordan Keller Lawson Marshall Mitchell Morgan Murphy Nelson Owens Palmer Parker Porter Reed Reynolds "
    "Russell Sanders Shaw Simmons Spencer Stewart Sullivan Tucker Turner Wallace Warren Watson Webb Wells Wheeler"
).split()
EMAIL_WORDS = (
    "minho jisoo seojun haeun doyun yerin alex blake casey dana emery finley harper jamie jordan kendall logan "
    "morgan parker quinn reese riley rowan sage skyler taylor avery bailey cameron drew ellis hayden jesse kai "
    "lane peyton remy sasha"
).split()
EMAIL_DOMAINS = ("mailbox.kr", "inbox.co.kr", "postbox.net", "webmail.org", "letters.io", "example.com")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _phone(rng: random.Random, lang: str) -> str:
    if lang == "ko":
        return f"010-{_digits(rng, 4)}-{_digits(rng, 4)}"
    return f"{rng.randint(2, 9)}{_digits(rng, 2)}-{rng.randint(2, 9)}{_digits(rng, 2)}-{_digits(rng, 4)}"


def _rrn(rng: random.Random, lang: str) -> str:  # noqa: ARG001 -- one format for both languages
    year = rng.randint(1950, 2009)
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    sex = rng.choice("12") if year < 2000 else rng.choice("34")
    return f"{year % 100:02d}{month:02d}{day:02d}-{sex}{_digits(rng, 6)}"


def _email(rng: random.Random, lang: str) -> str:  # noqa: ARG001
    return f"{rng.choice(EMAIL_WORDS)}{_digits(rng, 2)}@{rng.choice(EMAIL_DOMAINS)}"


def _person(rng: random.Random, lang: str) -> str:
    if lang == "ko":
        return rng.choice(KO_SURNAMES) + rng.choice(KO_GIVEN_FIRST) + rng.choice(KO_GIVEN_SECOND)
    return f"{rng.choice(EN_FIRST)} {rng.choice(EN_LAST)}"


_GENERATORS = {"PHONE_NUMBER": _phone, "KR_RRN": _rrn, "EMAIL_ADDRESS": _email, "PERSON": _person}

# How many distinct values each generator can give (the candidate pool must be larger than N).
SPACE_SIZES = {
    ("PHONE_NUMBER", "ko"): 10**8,
    ("PHONE_NUMBER", "en"): 8 * 100 * 8 * 100 * 10**4,
    ("KR_RRN", "ko"): 60 * 12 * 28 * 2 * 10**6,
    ("KR_RRN", "en"): 60 * 12 * 28 * 2 * 10**6,
    ("EMAIL_ADDRESS", "ko"): len(EMAIL_WORDS) * 100 * len(EMAIL_DOMAINS),
    ("EMAIL_ADDRESS", "en"): len(EMAIL_WORDS) * 100 * len(EMAIL_DOMAINS),
    ("PERSON", "ko"): len(KO_SURNAMES) * len(KO_GIVEN_FIRST) * len(KO_GIVEN_SECOND),
    ("PERSON", "en"): len(EN_FIRST) * len(EN_LAST),
}


def check_format(kind: str, lang: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown canary kind {kind!r}; choose from {list(KINDS)}")
    if lang not in LANGS:
        raise ValueError(f"unknown canary language {lang!r}; choose from {list(LANGS)}")


def generate_secret(kind: str, lang: str, rng: random.Random) -> str:
    """One value of `kind`'s format (in `lang`'s convention) from the caller's generator."""
    check_format(kind, lang)
    return _GENERATORS[kind](rng, lang)


def carrier(kind: str, lang: str, key: str) -> str:
    """The carrier sentence of a canary with its key filled in and `{secret}` left as the slot."""
    check_format(kind, lang)
    return CARRIERS[(kind, lang)].replace("{key}", key)


def fill(template: str, secret: str) -> tuple[str, int, int]:
    """(sentence, start, end): the template with the value in its slot and the value's character span."""
    start = template.index(SECRET_FIELD)
    return template[:start] + secret + template[start + len(SECRET_FIELD):], start, start + len(secret)


def draw_candidates(kind: str, lang: str, exclude: str | Collection[str], n: int, seed: int | str) -> list[str]:
    """`n` distinct values of the same format, never one of `exclude` (the secret), seeded.

    The audit ranks the true secret among these: under a model that learned nothing about it, the
    secret is just one more draw from the same generator, so its rank is uniform. The audit also
    excludes the other canaries' secrets: a name planted 50 times must not outrank, as a mere
    candidate, the secret of a canary planted once.
    """
    check_format(kind, lang)
    excluded = {exclude} if isinstance(exclude, str) else set(exclude)
    if n + len(excluded) > SPACE_SIZES[(kind, lang)]:
        raise ValueError(
            f"{n} candidates requested but the {kind}/{lang} format has only {SPACE_SIZES[(kind, lang)]} values; "
            "lower --candidates"
        )
    rng = random.Random(f"candidates:{seed}:{kind}:{lang}")
    found: dict[str, None] = {}
    while len(found) < n:
        value = _GENERATORS[kind](rng, lang)
        if value not in excluded:
            found[value] = None
    return list(found)
