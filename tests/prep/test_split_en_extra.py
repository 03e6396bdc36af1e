"""English cases found by data/eval/tuning/split_en_extra_v1.jsonl (forum, licence, ticket, news, email text):
informal lowercase sentences, `St.` as Street, more sentence starters after an ambiguous abbreviation,
no boundary inside a parenthesis, and short whole lines (headings, greetings, sign-offs, `(a)` items) that
keep their line in hard-wrapped text."""

import json
from pathlib import Path

from prep.eval.split_eval import evaluate_set, read_split_set
from prep.normalize import normalize_text
from prep.split import split_sentences

EXTRA_SET = Path(__file__).resolve().parents[2] / "data" / "eval" / "tuning" / "split_en_extra_v1.jsonl"


def split(text: str) -> list[str]:
    return split_sentences(normalize_text(text))


def test_a_period_after_an_ordinary_word_ends_a_lowercase_sentence():
    assert split("turned out the PSU was dying. swapped it for a new supply. thanks all!!") == [
        "turned out the PSU was dying.", "swapped it for a new supply.", "thanks all!!"]
    assert split("don't buy the 2023 model. mine died after a year.") == [
        "don't buy the 2023 model.", "mine died after a year."]


def test_a_period_after_a_shorthand_or_number_before_lowercase_is_no_boundary():
    for text in ("a fire dept. spokesman said", "approx. one week apart", "called cust. at noon",
                 "fruit, e.g. apples", "Steps: 1. open the app", "See Fig. a for details", "v2. the end",
                 "It is Mr. smith's", "The ratio (approx. half) stays"):
        assert split(text) == [text], text


def test_st_after_a_capitalized_word_is_street_and_can_end_a_sentence():
    assert split("It started in a warehouse on Pier St. Firefighters arrived at 2 a.m.") == [
        "It started in a warehouse on Pier St.", "Firefighters arrived at 2 a.m."]
    for text in ("We moved to St. Louis in May.", "They climbed Mount St. Helens last year.",
                 "Send it to 12 Main St. Springfield, IL.", "The house on Elm St. had been empty."):
        assert split(text) == [text], text


def test_more_sentence_starters_after_an_ambiguous_abbreviation():
    assert split("It is governed by the laws of Delaware, U.S.A. Any dispute goes to court.") == [
        "It is governed by the laws of Delaware, U.S.A.", "Any dispute goes to court."]
    assert split("Shares of Example Corp. Holdings fell.") == ["Shares of Example Corp. Holdings fell."]


def test_no_boundary_inside_a_parenthesis_that_closes_on_the_line():
    for text in ("Same room (Bldg. 4, Rm. 210). Agenda:", "The room (Rm. 3.14) is closed.",
                 "It failed (see the log. It is long.) and we stopped."):
        assert len(split(text)) == 1 + text.endswith("Agenda:"), text
    assert split("Eleven were excluded. (A list is in Appendix A.) The rest stayed.") == [
        "Eleven were excluded.", "(A list is in Appendix A.)", "The rest stayed."]
    assert split("Oops :( But it worked. Then (later) it broke.") == [
        "Oops :(", "But it worked.", "Then (later) it broke."]
    assert split("An open (paren. Never closed.") == ["An open (paren.", "Never closed."]


def test_short_whole_lines_keep_their_line_in_hard_wrapped_text():
    text = ("Dear Mr. Patel,\n"
            "Thank you for your application for the position of Data Analyst\n"
            "at Example Co. We were impressed by your background and would\n"
            "like to invite you to a second interview on Thursday.\n"
            "Best regards,\n"
            "Dana")
    assert split(text) == [
        "Dear Mr. Patel,",
        "Thank you for your application for the position of Data Analyst at Example Co.",
        "We were impressed by your background and would like to invite you to a second interview on Thursday.",
        "Best regards,", "Dana"]
    assert normalize_text(normalize_text(text)) == normalize_text(text)


def test_a_short_line_inside_a_sentence_is_still_joined():
    text = ("The committee met on Tuesday to review the draft budget and\n"
            "the new hiring plan for\n"
            "Engineering and Sales teams in the second half of the year.")
    assert split(text) == [text.replace("\n", " ")]


def test_a_lead_in_keeps_its_letter_items_on_their_lines():
    text = ("You may distribute copies of the Work, provided that You meet the\n"
            "following conditions:\n"
            "(a) You must give any other recipients of the Work a copy of this\n"
            "License.\n"
            "(b) You must cause any modified files to carry prominent notices.")
    assert split(text) == [
        "You may distribute copies of the Work, provided that You meet the following conditions:",
        "(a) You must give any other recipients of the Work a copy of this License.",
        "(b) You must cause any modified files to carry prominent notices."]
    assert normalize_text(normalize_text(text)) == normalize_text(text)


def test_the_extra_english_set_is_valid_and_meets_the_target():
    rows = read_split_set(EXTRA_SET)
    assert sum(row["lang"] == "en" for row in rows) >= 60
    assert len({row["id"] for row in rows}) == len(rows)
    assert all(json.loads(json.dumps(row)) == row for row in rows)
    assert evaluate_set(rows)["en"].f1 >= 0.98
