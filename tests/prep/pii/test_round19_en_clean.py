"""Round 19, English clean rows: kin words used as names, eponyms' clinical signs and procedures, numbered places
(`names_en_terms`), whole items of an inventory's list (`Skills: Go, Rust, Postgres`); praise and chat shorthand
opening a speaker's line (`names_en_words.INTERJECTIONS`).

Written fresh for the classes (no tuning row copied), both ways:
- `CLEAN`: the look-alike with nothing found;
- `PEOPLE`: a person in the same slot, or a person's mark beside the same words: they stay found.
"""

from __future__ import annotations

import pytest

CLEAN = [
    # a kin word as a chat speaker or a vocative (no first name in the lexicon)
    '[Signal] 4/2/26, 18:40 - Sis: did the landlord call back',
    '4/2/26, 18:41 - Bro: not yet, will ping him',
    'Gran: is the kettle on?\nMe: yes, sit down gran',
    'Dad: who took the car\nSis: not me\nBro: lol',
    '[group: cousins]\nPops: kickoff at 8\nHubby: recording it',
    # a possessive eponym's sign in a clinical frame
    "Exam: positive Murphy's sign, abdomen otherwise soft.",
    "RUQ tender. Murphy's sign negative, no guarding.",
    "Neuro: no Kernig's sign, neck supple.",
    # a surname before a procedure's noun in a method's slot
    'P values were controlled via Hochberg procedure.',
    'Type I error rate adjusted using Hochberg correction across endpoints.',
    # a numbered place of a port or a bank
    'Sat: MV Coral Princess, Berth 7, 07:00-18:00',
    'Tender boats leave from Berth 12 every half hour.',
    'Cash counted at Branch 0271 before close.',
    'Stall 14 sells smoked cheese on Saturdays.',
    # a saint's church or school after `St.`
    "Our St. Kevin's Parish picnic is on Sunday.",
    "St. Oswald's Parish Hall: jumble sale, 10am",
    # a first name that is a verb, opening a clause, before an object and `as` with a record's state
    'Re: [Todo] Mark both receipts as paid before the audit',
    'Why is the "Mark as unread" option greyed out?',
    '- Mark the older request as duplicate, then close it.',
    # a bank field's acronym in capitals before its value
    'Payee: Harbour Dental Ltd, IBAN DE89 3704 0044 0532 0130 00',
    # whole items of a list under an inventory's label
    'Skills: Go, Rust, Postgres, Terraform',
    'Backend stack: Django, Celery, Redis, Nginx',
    'Top holdings: Johnson & Johnson, Nestlé, Roche, Alphabet',
    'Brands: Smartwool, Patagonia, Osprey, Darn Tough',
    'Ingredients: Rosemary, Thyme, Sage, Basil',
]

PEOPLE = [
    # given names that are kin words too, a title before a kin word, a kin word before a full name
    ('Nana: supper at 7, don\'t be late\nKwame: ok', ['Nana']),
    ('[09:15] Nana Boateng: the bus is late again', ['Nana Boateng']),
    ('Nan Goldin photographed her friends for decades.', ['Nan Goldin']),
    ('Mr. Bro testified on Tuesday.', ['Bro']),
    ('Sis: tell Maya I said hi\nMaya: hi!!', ['Maya']),
    # a person's sign, a sign-off, a signature
    ("We saw Anna's sign at the march, it said vote.", ["Anna"]),
    ("Murphy's sign-off on the budget is due Friday.", ["Murphy"]),
    ("Positive: Maria's sign language class was full.", ["Maria"]),
    ("Patient Rosa Murphy's signature is on the form.", ["Rosa Murphy"]),
    # a procedure's noun after a person: any slot but a method's, a first name, a title
    ('Bed 4: Hochberg procedure tomorrow, NPO after midnight.', ['Hochberg']),
    ('Ask Grace procedure questions before Friday.', ['Grace']),
    ('Dr. Hochberg procedure notes are attached.', ['Hochberg']),
    ('Notes written using Grace procedure templates.', ['Grace']),
    # a place word that is a surname, with a player's number or a name before it
    ('Box score: Branch 12, Okafor 9, Lee 7.', ['Branch']),
    ('Deshawn Branch 14 pts, 6 reb.', ['Deshawn Branch']),
    ("Stall 7: Jo Berth's jam stand", ['Jo Berth']),
    ('Tell Iban 3 boxes are ready.', ['Iban']),
    ('Please ask Mark to mark both receipts as paid.', ['Mark']),
    ('- Drew as open as ever, took questions for an hour.', ['Drew']),
    ('Re: [Todo] Mark said the receipts are paid', ['Mark']),
    ("Tom St. Brendan's Parish talk was great.", ['Brendan']),
    ('Ask Dana St. John about the parish rota.', ['Dana']),
    ('Account holder: IBAN OKAFOR', ['OKAFOR']),
    # people under another label, with a lower-case word in their item, or a label of people's lists
    ('Stack: Go, Rust, Python. Owners: Maria Lopez, Ken Adams, Jo Park', ['Maria Lopez', 'Jo Park']),
    ("Tools: drill, saw, Maria's ladder", ['Maria']),
    ('Holdings: Apple, Alphabet, Amazon; managed by Ruth Adeyemi, CFA', ['Ruth Adeyemi']),
    ('Languages: Korean, Japanese, Mandarin; tutor Grace Holm', ['Grace Holm']),
    ('Positions: CEO Maria Lopez, CFO Ken Adams, COO Jo Park', ['Maria Lopez', 'Ken Adams']),
    ('Frameworks: Flask, Rails, Phoenix\nMaintainers: Grace Holm, Will Adams, Hope Ng', ['Grace Holm', 'Hope Ng']),
]

# Praise, chat shorthand, a greeting of the day opening a speaker's line (after a chat's time too): both recognizers
# read them, so the whole scrubber is asked.
REPLIES_CLEAN = [
    "Rep: Lovely, your refund is on its way.",
    'Buyer: pls send tracking',
    "[14:05] Agent: Brilliant, I've updated the address.",
    '2/9/26, 08:01 - Support: Morning, the outage is fixed.',
    'Host: Amazing! Next question.',
]
# A place's word before its number after a label (the cue recognizer), and a titled surname in the same shape.
PLACES_CLEAN = ['Ship to: Dock 4, rear gate', 'Deliver to: Bay 12, loading entrance', 'Attn: Dock 3 supervisor']
PLACES_PEOPLE = [('Coach Hall 14 wins this season', 'Hall'), ('Dear Bay,\nThanks for the tickets.', 'Bay')]
REPLIES_PEOPLE = [  # a name after the same openers, or a given name that is a word
    ('Agent: Lovely Sharma, please confirm your postcode.', 'Lovely Sharma'),
    ('[14:05] Agent: Grace, can you confirm the account?', 'Grace'),
    ('Tutor: Super, Priya. Now try the next one.', 'Priya'),
    ('[07:30] Nurse: Morning Mrs Okafor, how did you sleep?', 'Okafor'),
    ('Customer: Will, are you still there?', 'Will'),
]


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_kept(en_names, text):
    assert en_names(text) == []


@pytest.mark.parametrize(("text", "names"), PEOPLE)
def test_people_found(en_names, text, names):
    found = en_names(text)
    for name in names:
        assert any(name in span for span in found), (name, found)


def _people(scrubber, text):
    return [text[f.start:f.end] for f in scrubber.scrub(text).findings if f.entity == "PERSON"]


@pytest.mark.parametrize("text", REPLIES_CLEAN)
def test_replies_kept(scrubber, text):
    assert _people(scrubber, text) == []


@pytest.mark.parametrize(("text", "name"), REPLIES_PEOPLE)
def test_people_after_replies_found(scrubber, text, name):
    assert any(name in span for span in _people(scrubber, text))


@pytest.mark.parametrize("text", PLACES_CLEAN)
def test_numbered_places_kept(scrubber, text):
    assert _people(scrubber, text) == []


@pytest.mark.parametrize(("text", "name"), PLACES_PEOPLE)
def test_people_before_numbers_found(scrubber, text, name):
    assert any(name in span for span in _people(scrubber, text))
