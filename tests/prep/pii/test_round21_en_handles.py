"""Round 21: a Discord speaker in lower case glued or hyphenated from words is a handle, not a name
(`prep.pii.names_en_camel.glued_handle`); names in the same slot, in any case, stay found. Written fresh."""

from __future__ import annotations

import pytest

from prep.pii.names_en_camel import glued_handle
from tests.prep.pii.test_round15_ko_recall import _covered

HANDLES = ["quilting-circle", "titanmain", "scrapbasket", "feederwatch", "wowclassic", "artshare"]
NOT_HANDLES = ["sarahm", "jaybird", "tsering", "mike", "grace", "sarahmiller", "jenny_k", "kimberly", "brandon",
               "marklee", "rosemary", "madison", "dawson",
               # review of this round: double first names, surnames glued from words, a first name's part
               "lily-may", "poppy-may", "stonebridge", "brightwater", "lovegood", "rainbird", "summerrain"]


@pytest.mark.parametrize("word", HANDLES)
def test_round21_glued_handle(word):
    assert glued_handle(word)


@pytest.mark.parametrize("word", NOT_HANDLES)
def test_round21_name_is_no_glued_handle(word):
    assert not glued_handle(word)


def test_round21_discord_handles_stay_and_names_go(scrubber):
    text = ("cheesewizard — Today at 8:14 PM\nanyone up for a dungeon run?\n"
            "rosemary — Today at 8:15 PM\nin, give me 5\n"
            "snackbucket — Today at 8:16 PM\nsame\n"
            "tsering — Today at 8:20 PM\nok ready")
    result = scrubber.scrub(text, "en")
    found = [text[f.start:f.end] for f in result.findings]
    assert "cheesewizard" not in found and "snackbucket" not in found, found
    assert _covered(result, text, "rosemary") and _covered(result, text, "tsering"), found
