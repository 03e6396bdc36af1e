"""The name tagger's veto on the English rules' names (`prep.pii.tagger_veto`, round 19): which findings it may
drop at all, what it leaves beside other personal data, and that it frees clean look-alikes the rules flag
while the people in the same slots stay found."""

from __future__ import annotations

import dataclasses

import pytest
from presidio_analyzer import RecognizerResult

from prep.config import ScrubConfig
from prep.pii.scrub import Scrubber
from prep.pii.tagger_veto import _beside_other, vetoed


def _result(entity: str, start: int, end: int, recognizer: str = "EnglishNameRecognizer") -> RecognizerResult:
    return RecognizerResult(entity, start, end, 0.85,
                            recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY: recognizer})


def _at(text: str, word: str, entity: str = "PERSON", recognizer: str = "EnglishNameRecognizer") -> RecognizerResult:
    start = text.index(word)
    return _result(entity, start, start + len(word), recognizer)


@pytest.mark.parametrize("text, word, recognizer, may", [
    ("Customer: pls send it", "pls", "EnglishNameRecognizer", True),
    ("Caller: Yeah, that works", "Yeah", "EnglishPersonRecognizer", True),
    ("Top holdings: Exxon Mobil and others", "Exxon Mobil", "EnglishNameRecognizer", True),  # (the lexicon: later)
    ("ask Skylar's mum", "Skylar's", "EnglishNameRecognizer", False),  # a possessive: one odd word to the tagger
    ("ask Skylar’s mum", "Skylar’s", "EnglishNameRecognizer", False),
    ("내일 Sophie랑 만나", "Sophie", "EnglishNameRecognizer", False),  # a Korean particle glued on
    ("Caller: Oh-seven-nine-four-six, two", "Oh-seven-nine-four-six", "EnglishPersonRecognizer", False),
    ("내일 김하늘 만나", "김하늘", "KoreanNameRecognizer", False),  # Korean findings are never vetoed
    ("Dear pls team", "pls", "NameTaggerRecognizer", False),  # nor the tagger's, a user's model's, the deny list's
    ("Dear pls team", "pls", "DenyListRecognizer", False),
])
def test_which_findings_the_tagger_may_veto(text, word, recognizer, may):
    assert vetoed(text, _at(text, word, recognizer=recognizer)) is may


@pytest.mark.parametrize("text, word, other, beside", [
    ("Rua das Laranjeiras 417, apto 802", "Rua das Laranjeiras", "apto 802", True),  # digits between: one value
    ("Grand Central, +1 212 555 0100", "Grand Central", "+1 212 555 0100", True),
    ("Grand Central is far. Call +1 212 555 0100", "Grand Central", "+1 212 555 0100", False),
])
def test_a_name_beside_another_value_stays(text, word, other, beside):
    found = [_at(text, word), _at(text, other, "STREET_ADDRESS" if "apto" in other else "PHONE_NUMBER", "X")]
    assert _beside_other(found[0], found, text) is beside


@pytest.mark.parametrize("value", [-0.1, 1.0, True, "0.01"])
def test_the_threshold_is_checked(value):
    with pytest.raises(ValueError, match="name_tagger_veto_threshold"):
        dataclasses.replace(ScrubConfig(), name_tagger_veto_threshold=value)


@pytest.fixture(scope="module")
def scrubbers() -> tuple[Scrubber, Scrubber]:
    """The default scrubber (veto on) and one with the veto off."""
    return Scrubber(ScrubConfig()), Scrubber(dataclasses.replace(ScrubConfig(), name_tagger_veto_threshold=0.0))


def _people(scrubber: Scrubber, text: str) -> list[str]:
    return [text[f.start:f.end] for f in scrubber.scrub(text, "en").findings if f.entity == "PERSON"]


@pytest.mark.parametrize("text, look_alike", [  # (`pls`, `Yeah` after a speaker: `names_en_terms` reads them now)
    ("SPEAKER 2 (Caller): The parcel never came.", "Caller"),
])
def test_the_veto_frees_look_alikes_the_rules_flag(scrubbers, text, look_alike):
    on, off = scrubbers
    assert look_alike in _people(off, text)  # the rules flag it ...
    assert _people(on, text) == []  # ... and the tagger's veto drops it, and nothing else is found


@pytest.mark.parametrize("text, people", [
    ("Contact Pat or Morgan on extension 4410 for the keys.", ["Pat", "Morgan"]),  # listed with a kept person
    ("ask tsering to call me back", ["tsering"]),  # a word the lexicon never saw: a rare name as often as a brand
    ("ask ife to call me", ["ife"]),  # a rare word
    ("Ask Deacon to call me back.", ["Deacon"]),  # a first name to the lexicon, however word-like
    ("Mr. Tiger arrived.", ["Tiger"]),  # a title before it
    ("Signed, Story", ["Story"]),
    ("Dear Bay,\nThanks for the tickets.", ["Bay"]),  # a greeting
    ("Tamati: where did you park\nMere: level 3 by the lifts\nTamati: coming\nMere: hurry", ["Tamati", "Mere"]),
    ("I asked Will to water the plants while we are away.", ["Will"]),
    ("Please send the signed lease to Oluwaseun Adebayo by Friday.", ["Oluwaseun Adebayo"]),
    ("lol tell priya i said hi", ["priya"]),
    ("The hiking guide, Pemba Sherpa, carried the oxygen.", ["Pemba Sherpa"]),
    ("Thanks, Grace! See you at the standup.", ["Grace"]),
])
def test_people_in_the_same_slots_stay_found(scrubbers, text, people):
    on, _ = scrubbers
    assert [p for p in people if p not in _people(on, text)] == []


@pytest.mark.parametrize("text, word, may", [
    ("Haddad's second album is out", "Haddad", False),  # before its possessive
    ("the reply came, pls", "pls", True),  # at the end of the text
])
def test_what_follows_the_finding(text, word, may):
    assert vetoed(text, _at(text, word)) is may


def test_another_mention_of_a_kept_person_stays(scrubbers):
    on, _ = scrubbers
    text = "Producer Noor Haddad signed on. Critics say Haddad is the reason the record works."
    assert _people(on, text).count("Haddad") + _people(on, text).count("Noor Haddad") >= 2


@pytest.mark.parametrize("text, name", [
    ("Sunny: guys Rain got the job!!\nRain: ahh thanks Sunny\nStorm: drinks on Rain", "Rain"),  # a speaker
    ("Advised re: the process. Det. Simmons to follow up.", "Simmons"),  # a title
])
def test_every_mention_of_a_kept_person_stays(scrubbers, text, name):
    on, off = scrubbers
    assert _people(on, text).count(name) == _people(off, text).count(name) >= 1
