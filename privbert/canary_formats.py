"""Canary formats: the synthetic secrets a build plants and the memorization audit scores.

A canary (Carlini et al., "The Secret Sharer", 2019) is a sentence that carries a random secret of a
PII kind, planted into the corpus a known number of times. After training, the audit asks the model
how much it prefers the true secret over other values drawn from the same generator: a model that
memorized the canary ranks it first among thousands of look-alikes.

This module is shared by `prep.canaries` (generation and planting) and `train.audit` (candidates of
the same format), which is why it lives in `privbert/`: `train/` never imports `prep/`. Its pools and digit and RRN
generators come from `privbert.fake_pii`, the one source of fake personal data.

Two families of kinds. `KINDS` (named as the scrubber's entity types) have carriers built so the
recognizers catch the secret (a phone number after `휴대폰 번호:`, an RRN after a registration-number
cue, an email, a name after `filed by` or before `씨`); `tests/prep/test_canaries.py` checks that on
many generated values. They test the *model*. `REALISTIC_KINDS` put values the way personal data
really appears: a name with no cue word, with a particle glued on (`김민준에게`), in a list, as a chat
speaker label; a phone number with spaces, dots or `ㅡ` for separators; an address of 동/호. The
scrubber may miss them, and that is the point: the build records per canary whether it was caught
(`prep.canaries.CanaryTally`), so a missed canary shows up as a scrubber leak. `ENTITY_OF` maps each
kind to the entity it stands for. The secrets are
ordinary token sequences (digits, romanized words, Hangul syllables), so a model *can* memorize them.
Values are drawn from Python's `random.Random` with the caller's seed: the same seed gives the same
secrets and the same candidates on any machine.
"""

from __future__ import annotations

import random
from collections.abc import Collection

from privbert.fake_pii import (
    CANARY_EMAIL_DOMAINS,
    CANARY_EMAIL_WORDS,
    CANARY_EN_FIRST,
    CANARY_EN_LAST,
    CANARY_KO_APARTMENTS,
    CANARY_KO_GIVEN_FIRST,
    CANARY_KO_GIVEN_SECOND,
    KO_SURNAMES,
    kr_mobile,
    kr_rrn,
    personal_area_code,
    random_digits,
)

SECRETS_NAME = "canaries.jsonl"  # the audit's key: prep writes it into the build folder, the audit reads it
KINDS = ("PHONE_NUMBER", "KR_RRN", "EMAIL_ADDRESS", "PERSON")  # named as the scrubber's entity types
REALISTIC_KINDS = (
    "PERSON_BARE", "PERSON_PARTICLE", "PERSON_LIST", "PERSON_CHAT",
    "PHONE_SPACED", "PHONE_DOTS", "PHONE_KO_DASH", "ADDRESS_DONG_HO",
)
ALL_KINDS = KINDS + REALISTIC_KINDS
ENTITY_OF = {  # the scrubber entity each kind's value is
    **{kind: kind for kind in KINDS},
    "PERSON_BARE": "PERSON", "PERSON_PARTICLE": "PERSON", "PERSON_LIST": "PERSON", "PERSON_CHAT": "PERSON",
    "PHONE_SPACED": "PHONE_NUMBER", "PHONE_DOTS": "PHONE_NUMBER", "PHONE_KO_DASH": "PHONE_NUMBER",
    "ADDRESS_DONG_HO": "STREET_ADDRESS",
}
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
    # realistic forms: no cue word next to the value, or the separators people type
    ("PERSON_BARE", "ko"): "청구 {key}번 서류는 {secret} 확인 후 접수했다.",
    ("PERSON_BARE", "en"): "{secret} checked the claim {key} papers this morning.",
    ("PERSON_PARTICLE", "ko"): "청구 {key}번 환급금은 {secret}에게 지급했다.",
    ("PERSON_LIST", "ko"): "청구 {key}번 회의 참석: 박서연, {secret}, 이도윤.",
    ("PERSON_LIST", "en"): "Present for claim {key}: Mia Lee, {secret}, Noah Park.",
    ("PERSON_CHAT", "ko"): "{secret}: 청구 {key}번 서류 방금 보냈어요.",
    ("PERSON_CHAT", "en"): "{secret}: sent the claim {key} forms just now.",
    ("PHONE_SPACED", "ko"): "청구 {key}번 건은 {secret} 으로 연락 주세요.",
    ("PHONE_SPACED", "en"): "For claim {key} call {secret} after noon.",
    ("PHONE_DOTS", "ko"): "청구 {key}번 건은 {secret} 으로 연락 주세요.",
    ("PHONE_DOTS", "en"): "For claim {key} call {secret} after noon.",
    ("PHONE_KO_DASH", "ko"): "청구 {key}번 건은 {secret} 으로 연락 주세요.",
    ("ADDRESS_DONG_HO", "ko"): "청구 {key}번 고객은 {secret}에 산다.",
}
FORMATS = tuple(CARRIERS)  # the (kind, language) pairs that have a carrier: Korean-only forms have no "en"


def _phone(rng: random.Random, lang: str) -> str:
    if lang == "ko":
        return kr_mobile(rng)
    area = personal_area_code(lambda: f"{rng.randint(2, 9)}{random_digits(rng, 2)}")
    exchange = f"{rng.randint(2, 9)}{random_digits(rng, 2)}"
    return f"{area}-{exchange}-{random_digits(rng, 4)}"


def _rrn(rng: random.Random, lang: str) -> str:  # noqa: ARG001 -- one format for both languages
    return kr_rrn(rng)


def _email(rng: random.Random, lang: str) -> str:  # noqa: ARG001
    return f"{rng.choice(CANARY_EMAIL_WORDS)}{random_digits(rng, 2)}@{rng.choice(CANARY_EMAIL_DOMAINS)}"


def _person(rng: random.Random, lang: str) -> str:
    if lang == "ko":
        return rng.choice(KO_SURNAMES) + rng.choice(CANARY_KO_GIVEN_FIRST) + rng.choice(CANARY_KO_GIVEN_SECOND)
    return f"{rng.choice(CANARY_EN_FIRST)} {rng.choice(CANARY_EN_LAST)}"


def _separated(separator: str):
    def phone(rng: random.Random, lang: str) -> str:
        return _phone(rng, lang).replace("-", separator)
    return phone


def _dong_ho(rng: random.Random, lang: str) -> str:  # noqa: ARG001 -- Korean only
    return f"{rng.choice(CANARY_KO_APARTMENTS)} {rng.randint(101, 130)}동 {rng.randint(1, 25)}{rng.randint(1, 4):02d}호"


_GENERATORS = {
    "PHONE_NUMBER": _phone, "KR_RRN": _rrn, "EMAIL_ADDRESS": _email, "PERSON": _person,
    "PERSON_BARE": _person, "PERSON_PARTICLE": _person, "PERSON_LIST": _person, "PERSON_CHAT": _person,
    "PHONE_SPACED": _separated(" "), "PHONE_DOTS": _separated("."), "PHONE_KO_DASH": _separated("ㅡ"),
    "ADDRESS_DONG_HO": _dong_ho,
}

# How many distinct values each generator can give (the candidate pool must be larger than N).
SPACE_SIZES = {
    ("PHONE_NUMBER", "ko"): 10**8,
    ("PHONE_NUMBER", "en"): 8 * 100 * 8 * 100 * 10**4,
    ("KR_RRN", "ko"): 60 * 12 * 28 * 2 * 10**6,
    ("KR_RRN", "en"): 60 * 12 * 28 * 2 * 10**6,
    ("EMAIL_ADDRESS", "ko"): len(CANARY_EMAIL_WORDS) * 100 * len(CANARY_EMAIL_DOMAINS),
    ("EMAIL_ADDRESS", "en"): len(CANARY_EMAIL_WORDS) * 100 * len(CANARY_EMAIL_DOMAINS),
    ("PERSON", "ko"): len(KO_SURNAMES) * len(CANARY_KO_GIVEN_FIRST) * len(CANARY_KO_GIVEN_SECOND),
    ("PERSON", "en"): len(CANARY_EN_FIRST) * len(CANARY_EN_LAST),
}
SPACE_SIZES.update({
    (kind, lang): SPACE_SIZES[(ENTITY_OF[kind], lang)] for kind, lang in FORMATS if kind in REALISTIC_KINDS
    and kind != "ADDRESS_DONG_HO"
})
SPACE_SIZES[("ADDRESS_DONG_HO", "ko")] = len(CANARY_KO_APARTMENTS) * 30 * 25 * 4


def check_format(kind: str, lang: str) -> None:
    if kind not in ALL_KINDS:
        raise ValueError(f"unknown canary kind {kind!r}; choose from {list(ALL_KINDS)}")
    if lang not in LANGS:
        raise ValueError(f"unknown canary language {lang!r}; choose from {list(LANGS)}")
    if (kind, lang) not in CARRIERS:
        raise ValueError(f"canary kind {kind!r} has no {lang!r} form (it is a Korean way of writing); "
                         "it is planted in Korean documents only")


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
