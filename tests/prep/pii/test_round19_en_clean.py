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
    "Neuro exam: no Kernig's sign, neck supple.",
    "Murphy's sign (+)",
    # a surname before a procedure's noun in a method's slot
    'P values were controlled via Hochberg procedure.',
    'Type I error rate adjusted using Hochberg correction across endpoints.',
    # a numbered place of a port or a bank
    'Sat: MV Coral Princess, Berth 7, 07:00-18:00',
    'Tender boats leave from Berth 12 every half hour.',
    'Cash counted at Branch 0271 before close.',
    'Deposit slips go to Branch 10234 on Fridays.',
    'Stall 14 sells smoked cheese on Saturdays.',
    # a saint's church or school after `St.`
    "Our St. Kevin's Parish picnic is on Sunday.",
    "St. Oswald's Parish Hall: jumble sale, 10am",
    # a first name that is a verb, an imperative opening a line or a sentence or after a bracketed tag, before a
    # determiner or a pronoun and `as` with a record's state
    'Re: [Todo] Mark all receipts as paid before the audit',
    'Mark as unread to come back to it later.',
    'Done with the batch. Mark them as reviewed, please.',
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

# Review r19 (enc): people the readings above took; each class in fresh words, all must stay found.
REVIEW_PEOPLE = [
    # A: a name-verb as a subject, after a colon, a bullet, a dash, a quote, a bracket, or before a verb
    ('Update: Mark has the form as done now, thanks.', ['Mark']),
    ('- Drew marked that thread as spam, can you undo it?', ['Drew']),
    ('"Bill filed the claim as closed," the adjuster wrote.', ['Bill']),
    ('(Jack entered the order as shipped this morning.)', ['Jack']),
    ('* Drew tagged both tickets as resolved before lunch.', ['Drew']),
    ('— Mark keeps the draft as sent, oddly.', ['Mark']),
    # B: people under a label of people's work, a role before a name, two people in an inventory's list
    ('Tech: Nina Park, Omar Haddad, Lucy Grant', ['Nina Park', 'Omar Haddad']),
    ('Lab tech: Rita Shah, Tom Baker, Eve Long', ['Rita Shah', 'Tom Baker']),
    ('Tools: Asana, Miro, Notion, Owner Helen Brooks', ['Helen Brooks']),
    ('Ingredients: Thyme, Mint, Dill; Chef Paolo Rossi', ['Paolo Rossi']),
    ('Stocks: Apple, Intel, Nvidia, Analyst Rachel Green', ['Rachel Green']),
    ('Our favourite ingredients: Maria Santos, Ken Ito, and Joe Park.', ['Maria Santos', 'Ken Ito']),
    ('Top holdings: Warren Buffett, Charlie Munger, Peter Lynch', ['Warren Buffett', 'Charlie Munger']),
    # C: a first name's sign, whatever the frame
    ("The coach said Jenny's sign was positive for the parade.", ['Jenny']),
    ("Emma's sign is present at the gate for the bake sale.", ['Emma']),
    ("No Tom's sign on the lawn after the wind.", ['Tom']),
    # D: a player's yards after `Branch` (three digits)
    ('Rushing: Branch 128, Moss 40, Dunn 9', ['Branch']),
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
PLACES_CLEAN = ['Attn: Dock 3 supervisor', 'Collect from: Gate 9']
PLACES_PEOPLE = [('Coach Hall 14 wins this season', 'Hall'), ('Dear Bay,\nThanks for the tickets.', 'Bay')]
# After an address's label the place's word stays, so the address after it is still read (review r19, class F).
ADDRESSES_AFTER_PLACES = ['Ship to: Dock 6, Harbour Road warehouse', 'Deliver to: Bay 14, North Road warehouse']
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


@pytest.mark.parametrize(("text", "names"), PEOPLE + REVIEW_PEOPLE)
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


@pytest.mark.parametrize("text", ADDRESSES_AFTER_PLACES)
def test_addresses_after_numbered_places_found(scrubber, text):
    found = scrubber.scrub(text).findings
    assert any(f.entity == "STREET_ADDRESS" and "Road" in text[f.start:f.end] for f in found), found


# A surname before a procedure's noun that is a person's elsewhere, or before a desk's noun: the lone mention stays.
PROCEDURE_PEOPLE = [
    ('Sent via Khan procedure desk (ask Imran Khan).', 'Khan'),
    ('Cases were referred via Mehta procedure clinic (Dr. Ravi Mehta).', 'Mehta'),
]


@pytest.mark.parametrize(("text", "name"), PROCEDURE_PEOPLE)
def test_procedure_surname_found(en_names, text, name):
    assert name in en_names(text)
