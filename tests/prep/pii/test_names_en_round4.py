"""Round 4 of the English name detector (issue #15): each class fixed on `pii_v4_en` with fresh cases (not rows of
the tuning set) and clean counterparts that must stay."""

from __future__ import annotations

import pytest

NAMES = [
    # LAST, First [M.] wherever a record puts it, in any case, a middle initial included
    ("Patient: Kowalewski, Theodora J.   Room 4B", ["Kowalewski, Theodora J."]),
    ("SUSPECT: ABERCROMBY, DESMOND K  H/M 41", ["ABERCROMBY, DESMOND K"]),
    ("Seat 3  Underwood, Philomena\nSeat 4  Nakagawa, Reiko\n", ["Underwood, Philomena", "Nakagawa, Reiko"]),
    ("Drawn by: Stone, M.   Checked: Whitlock, Amos", ["Stone, M.", "Whitlock, Amos"]),
    # an initial and a surname; a first name and an initial
    ("Approved by: T. Okwuosa\nDate: 3 May", ["T. Okwuosa"]),
    ("Group B: Ottoline R., Jaswinder K.\n", ["Ottoline R.", "Jaswinder K."]),
    # a booking's LAST/FIRST before a title
    ("PAX 1: ACHEBE/NNAMDI MR\nPAX 2: ACHEBE/ADAEZE MRS", ["ACHEBE/NNAMDI", "ACHEBE/ADAEZE"]),
    # the cells of a table's or a CSV's name columns, whatever their words
    ("| Surname | Given name | Dept |\n|---|---|---|\n| Field | Hope | Sales |\n",
     ["Field", "Hope"]),
    ("id,first_name,last_name\n7,Marigold,Brown\n8,Isidore,Quennell\n",
     ["Marigold", "Brown", "Isidore", "Quennell"]),
    # a family by its surname
    ("Please remember the Ogunbanjo family this week.", ["Ogunbanjo"]),
    # a nickname in quotes inside the name
    ('Cornelius "Corky" Vandermeer ran the ferry for forty years.', ['Cornelius "Corky" Vandermeer']),
    # OCR's spaced letters and wide gaps in a form field
    ("N a m e :  G W E N D O L Y N   ACHTERBERG\n", ["G W E N D O L Y N   ACHTERBERG"]),
    ("Pr inted  name :  Philomena  Quennell-Agbaje\n", ["Philomena  Quennell-Agbaje"]),
    # a surname owning a thing
    ("We used Okwuosa's lab for the assays.", ["Okwuosa"]),
    # lower-case first names after a preposition or a grandparent; a role before a name
    ("movie night with jolanta tomorrow?", ["jolanta"]),
    ("say hi to nana beatrice for me", ["beatrice"]),
    ("Our waiter Evander was lovely.", ["Evander"]),
    ("Investigating officer: Tpr. Okonjo", ["Okonjo"]),
]

CLEAN = [
    # a place and a state, a city and a country, a heading pair: no LAST, First
    "Shipped from Boise, Idaho on Monday.",
    "Offices in Lyon, France and Porto.",
    # legal and journal abbreviations, a temperature before a verb
    "See Fed. R. Evid. 702 and Fed. R. Crim. P. 11.",
    "Published in J. Chem. Phys. 12 (2020).",
    "Preheat to 180°C. Stir well.",
    # pairs of a name and a word that name things
    "We stopped at Jackson Hole and had Earl Grey tea.",
    "Bill Pay is down tonight; use the Chase Bank app.",
    "Running Proxmox on the spare box.",
    "The Sterling Ridge trail is closed.",
    # lower-case words after a preposition, a brand after a title
    "Critical values were phoned to ward.",
    "Toss with romaine and serve.",
    "New Dr. Martens boots and an Aunt Sally's Bakery pie.",
    # police-form labels and rank abbreviations are no names
    "COMP: see attached\nRO: see attached\nSUBJ: none\n",
    # a table without name columns
    "| Item | Qty |\n|---|---|\n| Harbour Blend | 2 |\n",
    # spaced capitals that spell no name, a company's office
    "R E S U L T S   SUMMARY\n",
    "We met at Google's office in Dublin.",
    # tech words before a tech noun
    "Cassandra driver ready; Jenkins job queued; Pascal support dropped.",
]


@pytest.mark.parametrize(("text", "names"), NAMES)
def test_round4_names(en_names, text: str, names: list[str]) -> None:
    assert en_names(text) == names


@pytest.mark.parametrize("text", CLEAN)
def test_round4_clean(en_names, text: str) -> None:
    assert en_names(text) == []
