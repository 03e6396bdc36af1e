"""English names the document shows: lower-case chats without times, rosters in capitals, particles, titled brands."""

from __future__ import annotations

import pytest


def test_a_lower_case_chat_without_times_loses_its_speakers_and_the_names_in_it(scrubber):
    text = "priya: is kofi driving tonight\ndmitri: no kofi took the bus\npriya: ok see you at 8"
    out = scrubber.scrub(text, "en").text
    assert "priya" not in out and "dmitri" not in out and "kofi" not in out
    assert "driving tonight" in out and "took the bus" in out


@pytest.mark.parametrize("text", [
    "host: localhost is the default\nport: 8080 unless you set it\nuser: admin on a new install",
    "note: bring the keys back\ntodo: call the plumber today\nedit: fixed the typo above",
    "q: where is the form\na: on the second floor desk",
])
def test_fields_and_notes_in_lower_case_are_no_chat(scrubber, text):
    assert scrubber.scrub(text, "en").text == text


def test_a_roster_in_capitals_goes_line_by_line_when_half_its_lines_are_found_names(scrubber):
    text = "SQUAD\n1. MARTA KOWALSKA\n2. JOSE FERREIRA\n3. LIN WEI\n4. TENDAI MOYO\nKit: home"
    out = scrubber.scrub(text, "en").text
    for name in ("KOWALSKA", "FERREIRA", "LIN WEI", "TENDAI"):
        assert name not in out


def test_headings_in_capitals_are_no_roster(scrubber):
    text = "TERMS AND CONDITIONS\nPAYMENT SCHEDULE\nGENERAL PROVISIONS\nGOVERNING LAW"
    assert scrubber.scrub(text, "en").text == text


def test_particles_between_parts_of_a_name_go_with_it(scrubber):
    out = scrubber.scrub("Reviewed by Dr. Van der Meer before discharge.", "en").text
    assert "Meer" not in out and " der " not in out and "before discharge" in out


@pytest.mark.parametrize("text", [
    "The Dr Pepper machine in the lobby is broken again.",
    "Grab a bottle of Jack Daniel's and some Mr Kipling cakes.",
])
def test_brands_named_with_a_title_or_a_possessive_stay(scrubber, text):
    assert scrubber.scrub(text, "en").text == text


@pytest.mark.parametrize("text, gone", [
    ("big shoutout to amara okafor for the lift home", "amara"),
    ("congrats to tomasz wielki on the new job!!", "tomasz"),
    ("maria de los santos  9:41 AM\nrunning late, start without me", "santos"),
])
def test_lower_case_names_after_a_shout_out_and_long_slack_names_go(scrubber, text, gone):
    assert gone not in scrubber.scrub(text, "en").text


def test_a_shout_out_to_a_group_stays(scrubber):
    text = "shoutout to the night shift for covering the weekend"
    assert scrubber.scrub(text, "en").text == text
