"""Round 22, English clean rows: a drug before its dose and the goods of a shelf's, a cabinet's or a pharmacy's list
(`names_en_terms`: `_DOSE_AFTER`, `_GOODS_LABELS`).

Written fresh for the classes (no tuning row copied), both ways:
- `*_CLEAN`: the look-alike with no person found;
- `*_PEOPLE`: a person in the same slot: they stay found.
"""

from __future__ import annotations

import pytest


def _people(scrubber, text):
    return [text[f.start:f.end] for f in scrubber.scrub(text).findings if f.entity == "PERSON"]


GOODS_CLEAN = [
    "Medications: Xarelto, Eliquis, Jardiance, Ozempic",
    "Supplements: Centrum, Emergen-C, Metamucil",
    "Pharmacy restock: Advil, Motrin IB, Claritin, Mucinex, Neosporin.",
    "Current meds: metformin 500 mg BID, Crestor 10 mg nightly, aspirin 81 mg daily.",
    "Switched from Crestor 10 mg to Zetia 10 mg last month.",
    "Took Zyrtec 10mg this morning and still sneezing.",
]
GOODS_PEOPLE = [
    ("Supplies: Okonkwo, Adeyemi, Nwosu.", "Nwosu"),
    ("Restock: Priya, Dana, Marcus", "Priya"),
    ("Pantry: Okonkwo, Adeyemi, Nwosu, Eze", "Okonkwo"),
    ("Groceries: Maria Lopez, Ken Ito, Joe Park", "Maria Lopez"),
    ("Essentials: Grace Obi, Hope Mensah, Faith Adeyemi", "Grace Obi"),
    ("Meds: given by Nurse Okafor, checked by Dr. Patel, logged by Tom", "Okafor"),
    ("Gave Grace 20 mg of melatonin at bedtime.", "Grace"),
    ("Asked Nwosu 2 units of blood be crossmatched.", "Nwosu"),
    ("Brennan 10 mg was charted by the night nurse.", "Brennan"),
    ("Thanks Eze 3 g was enough.", "Eze"),
    ("Priya 20 mg, Dana 10 mg, Marcus 5 mg of the new drug in the trial.", "Dana"),
    ("Adebayo 500 mg BID per Dr. Lee", "Adebayo"),
    ("Dr. Lipinski 20 mg is what he prescribed.", "Lipinski"),
]


@pytest.mark.parametrize("text", GOODS_CLEAN)
def test_goods_and_dosed_drugs_kept(scrubber, text):
    assert _people(scrubber, text) == []


@pytest.mark.parametrize(("text", "name"), GOODS_PEOPLE)
def test_people_in_the_same_slots_found(scrubber, text, name):
    assert any(name in span for span in _people(scrubber, text)), _people(scrubber, text)
