"""Round 19: a unit and its building's name with no building word before a found address (`Flat 12, Shanti Kunj,
44 Carter Road`), on the line above it, or running into it; round 5's tagger weights covered these, the retrained
ones did not."""

from __future__ import annotations

import pytest


def _addresses(scrubber, text: str) -> list[str]:
    return [text[f.start:f.end] for f in scrubber.scrub(text, "en").findings if f.entity == "STREET_ADDRESS"]


@pytest.mark.parametrize("text, address", [
    ("Deliver to: Flat 7, Green Acre Towers Block, 18 MG Road, Pune 411001",
     "Flat 7, Green Acre Towers Block, 18 MG Road"),
    ("Send it to Flat 3C, Rajhans Vatika, 9 Linking Road, Mumbai 400054 please",
     "Flat 3C, Rajhans Vatika, 9 Linking Road, Mumbai 400054"),
    ("Office: Suite 210, Harbour View\nWaterford, Co. Waterford X91 KD12", "Suite 210, Harbour View\nWaterford"),
    ("c/o Priya, Flat 9A, Ocean Pearl Residency, 12 Juhu Tara Road, Mumbai 400049",
     "Flat 9A, Ocean Pearl Residency, 12 Juhu Tara Road"),
])
def test_a_unit_and_its_buildings_name_join_the_address(scrubber, text, address):
    assert any(address in found for found in _addresses(scrubber, text)), _addresses(scrubber, text)


@pytest.mark.parametrize("text", [
    "Chapter 3, Section Two covers it. The rest is in the appendix.",
    "Gate 12, Terminal B, boards at noon.",
])
def test_no_address_without_one_found(scrubber, text):
    assert _addresses(scrubber, text) == []
