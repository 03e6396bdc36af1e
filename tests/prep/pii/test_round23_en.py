"""Round 23, English clean rows: a speaker's reply of stretched or doubled interjections and a weekday in a date's slot
(`names_en_replies`), more compounds of a word-like first name and its head (`names_en_modifiers`). The review's
lost names stay found (`REVIEWED`): the handles' and the speaking roles' readings were reverted, the others narrowed.

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
    "Sister: should I bake a victoria sponge for Sunday?",
    "Order: pressure-treated Douglas fir posts, 12 units",
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


# Round 23's review: names the first version lost, in the reviewer's shapes (written afresh)
REVIEWED = [
    ("Teacher: Who wrote the Holy Sonnets?\nStudent: Donne", "Donne"),
    ("Dad: who's coming?\nDaughter: Coll", "Coll"),
    ("Greeters today: Brother Sunday and Sister Ruth", "Sunday"),
    ("cc: Sunday, Tunde, Ada", "Sunday"),
    ("Dev: hey, running 10 min late", "Dev"),
    ("Landlord: rent is due\nCook: paid yesterday", "Cook"),
    ("Welcome our new hire Rahul Dev to the team", "Rahul Dev"),
    ("rajsharma — Today at 7:02 PM\nanyone up", "rajsharma"),
    ("When you call the shop, Frank answers.", "Frank"),
    ("Every morning, Dev logs the fridge temps.", "Dev"),
    ("Please e-mail Frank feedback by Friday.", "Frank"),
]


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_are_no_people(scrubber, text):
    assert _people(scrubber, text) == []


@pytest.mark.parametrize(("text", "name"), [p for p in PEOPLE if p[1]])
def test_people_in_the_same_slots_stay(scrubber, text, name):
    assert name in _people(scrubber, text)


@pytest.mark.parametrize(("text", "name"), REVIEWED)
def test_the_reviews_names_stay(scrubber, text, name):
    assert name in " ".join(_people(scrubber, text))
