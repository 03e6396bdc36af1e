"""Round 20, English clean rows: a first name opening a quoted title of a work or an event (`names_en_titles`); a
brand glued from common words with a capital inside (`names_en_camel`); companies named like people
(`names_en_orgs`).

Written fresh for the classes (no tuning row copied), both ways:
- `*_CLEAN`: the look-alike with no person found;
- `*_PEOPLE`: a person in the same slot, or a person's mark beside the same words: they stay found.
"""

from __future__ import annotations

import pytest

TITLES_CLEAN = [
    'The carollers finished with "Joy to the World" at nine.',
    "Finished 'Klara and the Sun' last night, what next?",
    'Session 3 — "Patience and Prudence: Saving Without Pain" — Hall B',
    'Tour the restored barge "Belle of the Delta" this summer.',
    'Gallery talk: "Grace and Grit: Farm Wives of the Plains"',
    'Our parade float, "Ruby and the Paper Lanterns", won second place.',
    "Shelf: ‘Olive and the Harbour Light’, ‘Winter on Salt Road’",
    '| 4 | "Rose of the Highlands" | 3:41 |',
    'Reminder: "Charity and Community: Giving Back Locally" panel, Friday',
]

TITLES_PEOPLE = [
    ('The banner said "Happy Birthday Grace" in gold letters.', "Grace"),
    ('He wrote "A Song for Maria" for his wife Maria.', "Maria"),
    ('Outlook: "Coffee with Grace" 09:30', "Grace"),
    ('Carved on the bench: "Grace and Tom Forever"', "Tom"),
    ('Carved on the bench: "Grace and Tom Forever"', "Grace"),
    ('The talk "Patience and Prudence: Saving Well" is given by Patience Okoye.', "Patience"),
    ('He said "Grace will bring the Keys tomorrow" and hung up.', "Grace"),
    ('Invite: "Tea with Bill and Grace at the Library"', "Grace"),
    ('Invite: "Tea with Bill and Grace at the Library"', "Bill"),
]


def _people(scrubber, text):
    return [text[f.start:f.end] for f in scrubber.scrub(text).findings if f.entity == "PERSON"]


@pytest.mark.parametrize("text", TITLES_CLEAN)
def test_quoted_titles_kept(scrubber, text):
    assert _people(scrubber, text) == []


@pytest.mark.parametrize(("text", "name"), TITLES_PEOPLE)
def test_people_in_quotes_found(scrubber, text, name):
    assert any(name in span for span in _people(scrubber, text)), _people(scrubber, text)


# A quote typed in title case that is a sentence (a verb after the name): the person stays, for any reader that finds
# them; the title reading never drops them.
@pytest.mark.parametrize("text", [
    'Text from Ama: "Hope Is At The Station Now"',
    'Subject: "Grace Will Bring The Cake To The Party"',
    '"Ruby And The Dog Are Asleep" she texted at nine',
])
def test_title_reading_keeps_a_sentence(text):
    from prep.pii.names_en_titles import quoted_titles

    start = text.index('"') + 1
    end = text.index(" ", start)  # the first word of the quote, as if a reader had found it
    assert quoted_titles(text, [(start, end, 0.5)], [(start, end, 0.5)]) == set()


CAMEL_CLEAN = [
    "can somebody tell PepsiCo to bring it back",
    "Client: GlobalProtect 6.1 on macOS",
    "ask DoorDash for the refund, not the driver",
    "Platform: SharePoint Online",
    "From: SkyBlue Windows <sales@example.com>",
]

CAMEL_PEOPLE = [
    ("Hi DeShawn, the parcel is at the desk.", "DeShawn"),
    ("ask MacKenzie for the spare key", "MacKenzie"),
    ("Dear VanDyke, thanks for the quick reply.", "VanDyke"),
    ("Contact: MaryBeth Olsen, ext 214", "MaryBeth"),
    ("Tell SeoYeon the class moved to 5", "SeoYeon"),
    ("Owner: DeLong", "DeLong"),
]


@pytest.mark.parametrize("text", CAMEL_CLEAN)
def test_glued_brands_kept(scrubber, text):
    assert _people(scrubber, text) == []


@pytest.mark.parametrize(("text", "name"), CAMEL_PEOPLE)
def test_glued_names_found(scrubber, text, name):
    assert any(name in span for span in _people(scrubber, text)), _people(scrubber, text)


@pytest.mark.parametrize(("word", "brand"), [
    ("GlobalProtect", True), ("PowerPoint", True), ("PepsiCo", True), ("MaryBeth", False), ("MinJun", False),
    ("VanMeter", False), ("StoneRidge", False), ("ToledoTim", False), ("Bluecross", False),
])
def test_camel_compound(word, brand):
    from prep.pii.names_en_camel import camel_compound

    assert camel_compound(word) is brand


ORGS_CLEAN = [
    "Our registry is at Williams Sonoma, thanks all!",
    "Kaiser Permanente: a new message from your care team is ready.",
    "The trial was funded by Eli Lilly and Company.",
    "Shares of Novo Nordisk fell 3% on Tuesday.",
    "who wants Krispy Kreme? I'm at the drive-thru",
    "Pizza night: Papa John's or the local place?",
]

ORGS_PEOPLE = [
    ("Herman Miller called about the delivery.", "Herman Miller"),
    ("Contact: Raymond James, 555-0199", "Raymond James"),
    ("Eli and Lilly are coming for dinner.", "Eli"),
    ("Eli and Lilly are coming for dinner.", "Lilly"),
    ("Patient: Mercedes Benitez, DOB 03/04/1980", "Mercedes Benitez"),
]


@pytest.mark.parametrize("text", ORGS_CLEAN)
def test_companies_named_like_people_kept(scrubber, text):
    assert _people(scrubber, text) == []


@pytest.mark.parametrize(("text", "name"), ORGS_PEOPLE)
def test_people_beside_company_names_found(scrubber, text, name):
    assert any(name in span for span in _people(scrubber, text)), _people(scrubber, text)
