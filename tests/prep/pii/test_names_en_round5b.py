"""Round 5b of the English name detector (issue #15): each class fixed on `pii_v5_ex_blind` with fresh cases
(not rows of the tuning set) and clean counterparts that must stay."""

from __future__ import annotations

import pytest

NAMES = [
    # `Surname, First` before a bracket, a semicolon or a line end: one span, the comma with it
    ("Introduced by Sen. Abernathy, Lorraine [I-VT]; Sen. Kowalski, Dennis [R-ID]",
     ["Abernathy, Lorraine", "Kowalski, Dennis"]),
    ("Name: de Souza, Maria Clara\nDOB: 02/11/1981", ["de Souza, Maria Clara"]),
    # an attribution after a quotation
    ('"We will appeal," said Vandermolen, who chairs the board.', ["Vandermolen"]),
    # a dialogue of three turns or more: speakers that are words or no list's (`Will:`, `Tunde:`)
    ("Harriet: who's driving\nWill: me i guess\nTunde: i'll bring snacks", ["Harriet", "Will", "Tunde"]),
    # a party in a court filing; a role before a name
    ("The jury found Defendant Wierzbicki liable.", ["Wierzbicki"]),
    ("My hygienist Marisol was lovely.", ["Marisol"]),
]

CLEAN = [
    "Ship to: Loading Dock B · Bill to: Finance Office, Carter & Sons Ltd",
    '"It works," said The Times in its review.',
    "Note: bring chairs\nAgenda: budget\nWill: to be read by the executor",
    "The defendant argued that the plaintiff waited too long.",
]


@pytest.mark.parametrize(("text", "names"), NAMES)
def test_names_found(en_names, text, names):
    spans = en_names(text)
    for name in names:
        assert name in spans, (name, spans)


@pytest.mark.parametrize("text", CLEAN)
def test_clean_stays(en_names, text):
    assert en_names(text) == []
