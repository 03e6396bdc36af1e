"""Round 17 (English person recall and a lower-case false finding), written fresh (no tuning row copied), both ways:
the name found (`*_FOUND`) and the look-alike kept (`*_KEPT`).
"""

from __future__ import annotations

import pytest

# A: `its` before a lower-case dictionary word after a verb or a preposition is the possessive, not a chat's
# self-introduction (`prep.pii.names_en_lower.possessive_its`).
ITS_FOUND = [
    ("its grace lol, new number", "grace"),
    ("hi its madison from the front desk", "madison"),
    ("ok its hunter again, did u get my text", "hunter"),
]
ITS_KEPT = [
    "Heavy rain made the creek burst its banks overnight.",
    "the flood broke its banks yesterday",
    "the agency lost its hunter to a rival firm",
    "the club changed its mark this season",
    "the old chapel kept its grace after the fire",
    "the label dropped its rose logo",
]


@pytest.mark.parametrize(("text", "name"), ITS_FOUND)
def test_its_introduction_found(en_names, text, name):
    assert name in en_names(text)


@pytest.mark.parametrize("text", ITS_KEPT)
def test_its_possessive_kept(en_names, text):
    assert en_names(text) == []
