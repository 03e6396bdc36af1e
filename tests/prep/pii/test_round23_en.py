"""Round 23, English clean rows: a speaker's reply of stretched or doubled interjections and a weekday in a date's slot
(`names_en_replies`), Discord handles glued from words whose only name reading is outside the census
(`names_en_camel`), a team's and a kitchen's roles as speakers (`names_en_things.service_role`), more compounds of a
word-like first name and its head (`names_en_modifiers`).

Written fresh for the classes (no tuning row copied), both ways:
- `*_CLEAN`: the look-alike with no person found;
- `*_PEOPLE`: a person in the same slot, or a person's mark beside the same words: they stay found.
"""

from __future__ import annotations

import pytest


def _people(scrubber, text):
    return [text[f.start:f.end] for f in scrubber.scrub(text).findings if f.entity == "PERSON"]


CLEAN = [
    "Mom: did you take out the recycling?\nKid: okkk",
    "Dad: pizza tonight?\nDaughter: yesss!!",
    "Grandma: we land at 6\nSon: ok ok",
    "Chat export\n2023/11/02(Thu)\n21:04\tme\tare we still on for lunch",
    "Trainer: Wednesday's fine, 7am at the track",
    "driftwood — Today at 8:10 PM\nanyone seen the patch notes\nquietriver — Today at 8:12 PM\nnot yet",
    "rainstorm — Today at 9:40 PM\nqueue up?",
    "Lead: release branch is cut\nDev: great, tagging now\nLead: thanks",
    "[5:50 PM] Prep Cook: onions are done\n[5:52 PM] Expo: fire table 4",
    "Sister: should I bake a victoria sponge for Sunday?",
    "Order: pressure-treated Douglas fir posts, 12 units",
    "Dev log #3: the renderer finally works",
]
PEOPLE = [
    ("Mom: did you take out the recycling?\nKid: jake did", "jake"),
    ("Son: Jake took it", "Jake"),
    ("Hi Tuesday, thanks for the card!", None),
    ("Lead: release branch is cut\nDev: tagging now\nPriya: thanks", "Dev"),
    ("Ask Dev to call me back about the invoice", "Dev"),
    ("[5:50 PM] Tim Cook: onions are done", "Tim Cook"),
    ("Cook: the order is up\nGrace: thanks", "Grace"),
    ("told Victoria sponge cake was fine", "Victoria"),
    ("Douglas finished the fir planting", "Douglas"),
    ("Frank: answer the door please\nMia: ok", "Frank"),
    ("marklee — Today at 9:00 PM\nyo", "marklee"),
    ("poppy-may — Today at 9:01 PM\nhi", "poppy-may"),
    ("calgamer — Today at 1:00 PM\ngg", "calgamer"),
    ("jakestorm — Today at 1:00 PM\ngg", "jakestorm"),
    ("frostfern — Today at 1:00 PM\ngg", "frostfern"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_are_no_people(scrubber, text):
    assert _people(scrubber, text) == []


@pytest.mark.parametrize(("text", "name"), [p for p in PEOPLE if p[1]])
def test_people_in_the_same_slots_stay(scrubber, text, name):
    assert name in _people(scrubber, text)
