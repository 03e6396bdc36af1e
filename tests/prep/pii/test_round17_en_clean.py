"""Round 17, English clean rows: places in a place's slot, fixtures, a streaming service, storms called back.

Written fresh for the classes (no tuning row copied), both ways:
- `CLEAN`: a gazetteer's place after a place's preposition, closed by its state in the agencies' form, or leading a
  list of places; a storm named in full and then alone where the sentence speaks of what storms do: nothing found;
- `PEOPLE`: the same words with a person's mark (a person's slot or verb, a title, kin, an appositive, a
  possessive, a census first name after `in`): they stay found.
"""

from __future__ import annotations

import pytest

CLEAN = [
    # places (`names_en_places`)
    'The storm knocked out power across Cardiff overnight.',
    'Flights were diverted to Galway after the fog rolled in.',
    'The plant, built in Lodi, Calif., employs 300 people.',
    'A factory outside Hornell, N.Y., will close in June.',
    'Our new office opens in Asheville next spring.',
    'The team flew into Denver late on Sunday.',
    'Snow is forecast for Galway, Sligo and the hills.',
    'Registered office: Swansea, Wales (full address on file)',
    'Our supplier ships from Cheonan, South Korea, every Monday.',
    'The conference moves to Aberdeen, Scotland next year.',
    # a fixture's sides (`names_en_places._fixture_side`): a town's side against a club or another town
    'Cup draw: Bayer Leverkusen vs Leeds United.',
    'Friendly: Bayer Leverkusen vs Cardiff City, 8 pm.',
    # a streaming service in its platform's slot (`names_en_brands`)
    'The finale is now streaming on Max.',
    'All eight episodes are available on Max from Thursday.',
    'The documentary premieres Friday on Max.',
    'You can binge it on Max this weekend.',
    'The second season premieres Monday on Max and Peacock.',
    # storms called back (`names_en_storms`)
    'Hurricane Ian strengthened overnight. Ian is expected to make landfall near Fort Myers on Wednesday.',
    'Typhoon Gaemi lashed Taiwan on Thursday. Gaemi brought gusts of 160 km/h to the east coast.',
    'After Hurricane Beryl, crews restored power. Beryl came ashore as a Category 1 storm near Matagorda.',
    'Hurricane Helene update: Helene has sustained winds of 130 mph and a dangerous storm surge.',
    'Cyclone Alfred stalled off the coast; Alfred was downgraded late Saturday.',
    'Hurricane Rafael hit western Cuba. Rafael weakened over the Gulf and fell apart by Sunday.',
    'Hurricane Oscar brushed Cuba. Oscar made landfall near Baracoa with 80 mph winds.',
]

PEOPLE = [
    ('I told Salinas the deadline moved.', ['Salinas']),
    ('Please forward the invoice to Jackson Reed by Friday.', ['Jackson Reed']),
    ('Maria Lopez, TX, won the second prize.', ['Maria Lopez']),
    ('Call Cardiff when you land.', ['Cardiff']),
    ('Send this to Denver Smith in accounts.', ['Denver Smith']),
    ('The letter from Galway said he would come back.', ['Galway']),
    ('Ask Cornwall to sign the form.', ['Cornwall']),
    ('I was sitting next to Brittany at dinner.', ['Brittany']),
    ('We met in Cardiff, Devon and I, and talked for hours.', ['Devon']),
    # surnames that are towns too, in slots both take (the first try lost five of these)
    ('Note from Braga: running late, start without me.', ['Braga']),
    ('Ask for Ueda at the front desk.', ['Ueda']),
    ('Hand the badge to Modena when she arrives.', ['Modena']),
    ('Signed for the club: Braga, Portugal international', ['Braga']),
    ('Top finishers: Sanchez, Calif., and Nguyen, Texas.', ['Sanchez']),
    ('Letters: Brennan, Ore., writes that the fees are too high.', ['Brennan']),
    ('Squad news: Ramsey, Wales, is fit again; Bale, Wales, is not.', ['Ramsey', 'Bale']),
    ('Contact: Lincoln, Nebraska office manager Dana Price.', ['Dana Price']),
    ('Head office: Hamilton, Ontario', ['Hamilton']),
    ('Paul Boston 12, Seattle 10 in the relay heats.', ['Paul Boston']),
    ('Spelling bee: Marshall 12, Okafor 11, Toledo 9.', ['Marshall']),
    ('Class vote: Butler 14, Houston 12.', ['Butler']),
    ('Doubles: Sanchez vs. Cardiff, court 3.', ['Sanchez']),
    ('Singles final: Maria Lima vs. Ana Costa, 2 pm.', ['Maria Lima', 'Ana Costa']),
    ('The pressure is now on Max to finish the deck.', ['Max']),
    ('We are counting on Max for the slides.', ['Max']),
    ("I was streaming on Max's laptop because mine died.", ["Max"]),
    ('Everything depends on Max now.', ['Max']),
    ('Hurricane Ian hit our town. Ian, my son, said the 90 mph winds scared him.', ['Ian']),
    ('During Hurricane Milton I called Milton to check on his house; the gusts were wild.', ['Milton']),
    ("Hurricane Debby cancelled our trip. Debby told me the landfall was near her aunt's place.", ['Debby']),
    ("Hurricane Helene came through. Helene's roof held up against the 100 mph winds.", ['Helene']),
    ('Hurricane Season planning: Ian will lead the storm surge drill next week.', ['Ian']),
    ('Our neighbour Helene stayed inside while Hurricane Helene made landfall.', ['Helene']),
    ('Hurricane Milton is coming. Milton, our intern, asked whether the 100 mph winds will close the office.',
     ['Milton']),
    ('Typhoon Gaemi warnings are out. My brother Gaemi says the gusts are fine here.', ['Gaemi']),
]

# Round 17 review: people the first vetoes lost, one class each (A-G), in fresh wording.
REVIEW_PEOPLE = [
    # A: a town closed by a region, where the town is a name in some list or the region a possessive
    ("Injury update: Mesa, Mexico's captain, misses the friendly.", ['Mesa']),
    ("Congrats Windsor, England's number one keeper!", ['Windsor']),
    ("Gold went to Bristol, England's scrum-half.", ['Bristol']),
    # B: a town before an AP state, where the town is a name or a person follows
    ('Signings: Kingston, Calif., and Mensah, N.Y.', ['Kingston']),
    ('Mailbag: Burnley, Wash., wants to know why the toll went up.', ['Burnley']),
    ('Tee times: Matsuyama, Calif., with Fowler, Ore.', ['Matsuyama']),
    ('Letters: Doncaster, Ore., writes that the buses are late.', ['Doncaster']),
    # C: a score line whose side is a person's name
    ('Kane 3, Spain 2? We wish.', ['Kane']),
    ("Trivia night: Priya 9, Ohio 7 (Ohio was my uncle's team).", ['Priya']),
    ('Poll of the class: Aiden 14, Canada 11.', ['Aiden']),
    ('Tally: Nguyen 64, Oregon 60.', ['Nguyen']),
    # D: a fixture between two people whose surnames are towns
    ('Judo final: Kazuki Ueda vs Ryo Ota.', ['Kazuki Ueda', 'Ryo Ota']),
    ('Koki Ikeda vs Evan Dunfee in the 20km walk.', ['Koki Ikeda']),
    ('Quarter-final: Shota Iwata vs Kento Toyota.', ['Kento Toyota']),
    # E: a name after a preposition or in a list (the branch is gone)
    ("I got the cable off Kingston; he doesn't need it.", ['Kingston']),
    ('Congrats to Matsuyama on a great season.', ['Matsuyama']),
    ('Can you loop in Takasaki, Chiba and Ueda?', ['Takasaki', 'Chiba', 'Ueda']),
    # F: a storm's name that is a person somewhere in the document
    ('Hurricane Isaac hit in 2012; Isaac was born during the landfall.', ['Isaac']),
    ('Hurricane Helene hit us. Helene from payroll says the gusts broke her window.', ['Helene']),
    ('Hurricane Milton: Milton and her husband left before landfall.', ['Milton']),
    ('Hi Milton, after Hurricane Milton made landfall are you safe? Milton, call me if the gusts hit the roof.',
     ['Milton']),
    ('Hurricane Florence hit. Florence Diaz, 60, stayed. Florence watched 90 mph gusts bend the oak.', ['Florence']),
    ('Tropical Storm Sara: Sara from the desk said the storm weakened.', ['Sara']),
    ('Hurricane Andrew remembered: Andrew remembers the 165 mph winds.', ['Andrew']),
    # G: Max after a platform's phrase, where the clause goes on with a person
    ("We're streaming on Max and Nora's channel tonight.", ['Max']),
    ('The show premieres tonight on Max, who has waited all year.', ['Max']),
    ('All eyes exclusively on Max tonight as he walks out.', ['Max']),
    ('Spotlight exclusively on Max: employee of the year!', ['Max']),
    ('Now streaming on Max who is hosting the charity run.', ['Max']),
]


@pytest.mark.parametrize("text", CLEAN)
def test_places_and_storms_kept(en_names, text):
    assert en_names(text) == []


@pytest.mark.parametrize(("text", "names"), PEOPLE + REVIEW_PEOPLE)
def test_people_found(en_names, text, names):
    found = en_names(text)
    for name in names:
        assert any(name in span for span in found), (name, found)
