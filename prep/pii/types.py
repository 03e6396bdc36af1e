"""The PII entity types the scrubber emits, and their placeholders.

Kept apart from `prep.pii.scrub` (which imports Presidio, ~4 s) so the tokenizer stage, which only
needs the placeholder strings to register them as never-split tokens, stays light.
`prep.pii.recognizers` builds recognizers for exactly these types (tested).
"""

PII_ENTITIES: tuple[str, ...] = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "KR_RRN", "KR_FRN", "KR_PASSPORT", "KR_DRIVER_LICENSE", "KR_BRN",
    "CREDIT_CARD", "BANK_ACCOUNT", "IBAN_CODE", "US_SSN", "IP_ADDRESS", "STREET_ADDRESS", "DATE_OF_BIRTH",
)


def placeholder(entity: str) -> str:
    """The token that replaces a value of `entity`, e.g. `[PHONE_NUMBER]`."""
    return f"[{entity}]"


PLACEHOLDERS: tuple[str, ...] = tuple(placeholder(e) for e in PII_ENTITIES)
