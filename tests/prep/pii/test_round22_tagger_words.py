"""Round 22: what the English rules know is no name (a role, a kin word, a place, a lone capital letter) is no name in
the shipped taggers' PERSON spans either (`prep.pii.tagger_words_en`)."""

import pytest

from prep.pii.tagger_words_en import english_no_name


@pytest.mark.parametrize("span", ["Pastor", "Captain", "Cousin", "Husband", "Deacon", "Alto", "Tenor", "Driver",
                                  "Scoutmaster", "A", "D", "Tulsa"])
def test_roles_places_and_letters_are_no_name(span):
    assert english_no_name(f"{span}: see you at 6", 0, len(span))


@pytest.mark.parametrize("span", ["Grace", "Dean", "Mason", "Hunter", "Carter", "Bishop", "Baker", "Cook", "Young",
                                  "Kim Min-jun", "grace", "emma", "Salinas", "Moore", "Jo", "Pastor Kim", "민준"])
def test_names_stay(span):
    assert not english_no_name(f"{span}: see you at 6", 0, len(span))


def test_a_letter_of_a_spelled_out_name_stays():
    text = "Name on card: R 0 B E R T  A L V A R E Z"
    assert not english_no_name(text, text.index("Z"), text.index("Z") + 1)


def test_the_tagger_reads_no_role_speaker_but_the_names_beside_it(scrubber):
    text = ("[8/10/24, 3:30:02 PM] Captain: regatta results are up\n"
            "[8/10/24, 3:31:10 PM] Priya Raman: we finished 4th\n"
            "[8/10/24, 3:40:00 PM] Captain: West Marine has the cleats")
    found = {text[f.start:f.end] for f in scrubber.scrub(text).findings if f.entity == "PERSON"}
    assert "Captain" not in found and "Priya Raman" in found

