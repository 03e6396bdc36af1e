"""Round 18, English clean rows: clubs by their nickname, ships (a vessel's noun, `Queen Mary 2`), storms in apposition,
companies closed by a legal form, idioms of a first name (`Mark your calendars`, `Carol singers`,
`Grace period`, `Bill pay`).

Written fresh for the classes (no tuning row copied), both ways:
- `CLEAN`: the look-alike with nothing found;
- `PEOPLE`: a person in the same slot, or a person's mark beside the same words: they stay found.
"""

from __future__ import annotations

import pytest

CLEAN = [
    # a club's nickname ending the span (`names_en_teams`)
    'The Baltimore Orioles traded their closer on Tuesday.',
    'Rumours: Dodgers, Padres and Phillies all called about the lefty.',
    'lol the Mets bullpen did it again',
    'Table: Mariners 4, Orioles 2 | Rangers 7, Tigers 1',
    'Headline: Toronto Maple Leafs part ways with their coach',
    'Boston Red Sox 6, Texas 3 in ten innings.',
    'The Dallas Cowboys host the Eagles on Sunday night.',
    'KBO roundup: SSG Landers edge NC Dinos in extra innings.',
    # a ship's name after a vessel's noun (`names_en_objects`)
    'The ship Northwind Joy, a cable-laying vessel, finished the repair.',
    'The tanker Arcadia Rose was refloated.',
    'Port log: the tanker Stena Impero sailed at 06:00.',
    'The research vessel Polar Stern returned from the Arctic.',
    'BREAKING: cargo vessel Ever Summit runs aground in the canal',
    'The restored paddle steamer "Rose of Natchez" opens to visitors in May.',
    # a storm named in apposition to its kind, with a storm's own verb (`names_en_storms`)
    'A Category 4 hurricane, Ian, is expected to make landfall near Fort Myers with 140 mph winds.',
    "The season's second hurricane, Beryl, made landfall on the island with 150 mph winds.",
    'The tropical storm, Alberto, made landfall in Mexico with gusts of 60 mph.',
    'The cyclone, Freddy, weakened over Mozambique after 1,200 km.',
    # a ship named by a compound whose first word the detector reads as a title (`names_en_compounds`)
    'We sailed on the Queen Elizabeth 2 in 1998.',
    'Arrivals: the Queen Mary 2 berths at dawn.',
    'Queen Elizabeth 2 calls at Sydney were popular with locals.',
    # idioms made of a first name (`names_en_compounds`)
    'Newsletter: Mark your diaries for the summer fete!',
    'Reminder - Mark your calendars: the food drive is next week.',
    'The Carol singers meet at the church gate at six.',
    'Tickets for the Carol concert are on sale now.',
    'Your card has a 21-day Grace period on purchases.',
    'Statement: 04/11 Bill pay - GAS CO -48.10',
    # round 18 review: what is the club, a quoted ship's name that is no person's, a storm with its own verb,
    # a company with a trade's word, an idiom opening a line
    'The Kansas City Royals beat the Twins 5-2.',
    'Fans of the Seattle Sounders and the Portland Timbers filled the bar.',
    'Our neighbour\'s sailboat was moored next to the steamer "Spirit of the Sound".',
    'The typhoon, Gaemi, weakened after landfall in Fujian.',
    'Subject: Carol service times',
    '- Mark the date: 14 June, town hall',
    'Open 9-5 on Monday; Grace period for late returns ends Friday.',
    'Party: WESTFJORD MARINE AS',
    # a company's name closed by its legal form (`names_en_legal`)
    'BETWEEN:\nBRAEMOOR OFFSHORE SERVICES LIMITED\nClaimant\n- and -\nKVITSTAD TANKERS AS\nDefendant',
    'Charter party between FJORDLINE BULK CARRIERS ASA and the charterer.',
]

PEOPLE = [
    # a club's nickname: census surnames and their plurals, titles, people beside a club
    ('Nicholas Sparks signed copies of his new novel.', ['Nicholas Sparks']),
    ('Mets owner Steve Cohen said payroll will rise.', ['Steve Cohen']),
    ('Jets quarterback Aaron Rodgers spoke after practice.', ['Aaron Rodgers']),
    ('Kevin Durant joined the Suns in 2023.', ['Kevin Durant']),
    ('Author Ann Landers answered letters for decades.', ['Ann Landers']),
    ("Dinos said he'd bring the chairs.", ['Dinos']),
    ('Text from Astros: running 10 min late', ['Astros']),
    # a vessel's noun before a first name: a person in a relative clause (doubt goes)
    ('We took the ferry Tom recommended and it was great.', ['Tom']),
    ("That's the boat Sarah Jones bought last summer.", ['Sarah Jones']),
    ('The vessel Maria Lopez captained for ten years was sold.', ['Maria Lopez']),
    ('I missed the ferry Grace took to work.', ['Grace']),
    ('Aboard the freighter Kim Nguyen met her husband.', ['Kim Nguyen']),
    ('The liner Jordan Smith worked on was retired.', ['Jordan Smith']),
    ('on the ship Daniel told me he was seasick', ['Daniel']),
    ('We took the ferry Chidi Okafor recommended.', ['Chidi Okafor']),
    ('Our letter carrier Delgado Ramos retired after 30 years.', ['Delgado Ramos']),
    # a storm's kind before a person's appositive, or a participle a person shares
    ('After the hurricane, Beryl, my aunt, moved to Houston.', ['Beryl']),
    ('After the storm, Andrew, weakened by flu, stayed in bed while gusts hit 70 mph.', ['Andrew']),
    ('During the storm, Grace, battered and bruised, kept the shelter running.', ['Grace']),
    ('Before the storm, Milton, who runs the shelter, said he was ready for 100 mph winds.', ['Milton']),
    ('During the typhoon, Lan, my colleague, came ashore on a rescue boat at 2 a.m.', ['Lan']),
    ('Katrina was born the week Hurricane Katrina made landfall.', ['Katrina']),
    # a royal title before a name and a number that is no ship's
    ('My grandmother Mary 2 years ago moved to Leeds.', ['Mary']),
    ('Earl Smith 2 points, 5 rebounds', ['Earl Smith']),
    # the idioms' words with a person's verb after them
    ('hey Mark your calendars are out of sync again', ['Mark']),
    ('Carol singing in the shower woke the whole house.', ['Carol']),
    ('Carol services the machines every Friday.', ['Carol']),
    ('Carol concert at 7; Carol will play piano.', ['Carol']),
    ('Ask Grace period questions at the desk.', ['Grace']),
    ('My dad Bill pay slips are in the drawer.', ['Bill']),
    ('So Bill pay the deposit or not?', ['Bill']),
    ("Grace period? Grace Lee said it's 30 days.", ['Grace']),
    # round 18 review, A: a player joined to his club's nickname, a surname that is a nickname
    ('Leaders: Freddie Freeman Dodgers 22 HR, Francisco Lindor Mets 19 HR', ['Francisco Lindor']),
    ('The lease was co-signed by Diane Rams on Monday.', ['Diane Rams']),
    # B: the verb `ship`, a driver's trade, an owner's relative clause, a surname-first name, a quoted call
    ('Please ship Tran Van Minh the invoice copy.', ['Tran Van Minh']),
    ('Could we ship Suzuki Kenji two more units?', ['Suzuki Kenji']),
    ('Route sheet: tanker Chinedu Eze unloaded at depot 4.', ['Chinedu Eze']),
    ('The yacht Li Na owns sleeps ten guests.', ['Li Na']),
    ('The ferry Wong Mei booked leaves at noon.', ['Wong Mei']),
    ('From the deck of the ferry "Tomasz!" he shouted.', ['Tomasz']),
    # C: a bare storm, a person coming ashore or upgraded, beside a storm's words
    ('Through the storm, Nadia, came ashore with the rescue crew in 50 mph gusts.', ['Nadia']),
    ('Thanks to the typhoon, Rafael, was upgraded to a suite after landfall delays.', ['Rafael']),
    ('In the hurricane, Omar, came ashore to check the boats before landfall.', ['Omar']),
    # D: a firm named only by its owner's names, dictionary words or not
    ('Seller: FAITH HARPER GMBH', ['FAITH HARPER']),
    ('Claimant: DAWN FIELDS AB', ['DAWN FIELDS']),
    # E: the idioms' words after a verb or another word: a person's
    ('Could you email Mark the dates by Friday?', ['Mark']),
    ('Hand Mark your timesheet before you leave.', ['Mark']),
    ('We will make Bill pay for the window.', ['Bill']),
    ('Ordered Carol concert tickets as a surprise.', ['Carol']),
    ('Booked Carol service at the garage on Monday.', ['Carol']),
    ('Forward Grace period details to me.', ['Grace']),
    # F: a name run on before the title word of a ship's compound (the mentions reader completes `Amara Queen Mary`)
    ('Amara Queen Mary 2 C', ['Mary']),
    # capitals that end in the word `as`, a person's names before a form, a comma inside
    ('RESOLVED: APPOINTMENT OF JOHN SMITH AS DIRECTOR', ['JOHN SMITH']),
    ('Brief: counsel for MARTIN LEE CHAN AS EXECUTOR', ['MARTIN LEE CHAN']),
    ('The guarantee was signed by OLA NORDMANN AS\nauthorised signatory.', ['OLA NORDMANN']),
    ('Note: NILS ERIK AB', ['NILS ERIK']),
    ('Tenant: JAMES ROBERT WILSON\nLandlord: ELMWOOD PROPERTY HOLDINGS LIMITED', ['JAMES ROBERT WILSON']),
]


@pytest.mark.parametrize("text", CLEAN)
def test_look_alikes_kept(en_names, text):
    assert en_names(text) == []


@pytest.mark.parametrize(("text", "names"), PEOPLE)
def test_people_found(en_names, text, names):
    found = en_names(text)
    for name in names:
        assert any(name in span for span in found), (name, found)
