"""Round 16 (English person and address recall), written fresh (no tuning row copied), both ways: the name or the
address found whole (`*_FOUND`) and the look-alike kept (`*_KEPT`).
"""

from __future__ import annotations

import pytest

# A: a block of three or more `Surname, First` lines with a mark or a number before and one short cell after
# (`prep.pii.names_en_lists.ListReader._roster`).
ROSTER_FOUND = [
    ("SQUAD\n#2 LINDQVIST, Oskar — D\n#9 MBEKI, Thandiwe — F\n#15 CARRUTHERS, Neil — G", ["LINDQVIST, Oskar"]),
    ("SQUAD\n#2 LINDQVIST, Oskar — D\n#9 MBEKI, Thandiwe — F\n#21 O'DONNELL, Siobhan R. — F",
     ["O'DONNELL, Siobhan R."]),
    ("Shift sign-in\nAlvarez, Rosa 7.5\nKowalczyk, Piotr 8.0\nHenderson, Maeve 6.0", ["Kowalczyk, Piotr"]),
    ("Returned parcels\n- Tanaka, Hiroshi (Apt 12) – 1 box\n- Brandt, Liesel (Apt 3) – 2 boxes\n"
     "- Osei, Kofi (Apt 9) – 1 box", ["Brandt, Liesel"]),
    ("Depth chart\n3. WEBB, Carter — QB\n7. HALE, Jordan — WR\n12. SOTO, Israel — TE", ["HALE, Jordan"]),
    ("Pickup list\n* Moreau, Camille | 2 bags\n* Okafor, Emeka | 1 bag\n* Lindgren, Astrid | 3 bags",
     ["Okafor, Emeka"]),
]
ROSTER_KEPT = [
    "Venues\nPortland, Oregon 2 nights\nAustin, Texas 3 nights\nDenver, Colorado 1 night",
    "Tour stops\n#1 Paris, France — May\n#2 Madrid, Spain — July\n#3 Oslo, Norway — August",
    "Inventory\nBolts, hex 12.0\nNuts, wing 4.0\nScrews, wood 30.0",
    "Standings\nBoston, Celtics 52\nMiami, Heat 44\nDallas, Mavericks 41",
]


@pytest.mark.parametrize(("text", "names"), ROSTER_FOUND)
def test_roster_found(en_names, text, names):
    found = en_names(text)
    for name in names:
        assert name in found, (name, found)


@pytest.mark.parametrize("text", ROSTER_KEPT)
def test_roster_kept(en_names, text):
    assert en_names(text) == []
