"""Text normalization: Unicode, invisible characters, whitespace, and re-joining hard-wrapped lines."""

import random
import unicodedata

import pytest

from prep.normalize import normalize_text


def test_nfc_composes_decomposed_hangul():
    decomposed = unicodedata.normalize("NFD", "한국어")
    assert decomposed != "한국어" and len(decomposed) > 3
    assert normalize_text(decomposed) == "한국어"
    assert normalize_text("Cafe\u0301") == "Café"


def test_control_characters_and_nuls_are_removed():
    assert normalize_text("a\x00b\x07c\x1bd\x7fe\x9ff") == "abcdef"
    # invisible format characters: soft hyphen, zero-width joiners, bidi marks, BOM, lone surrogate
    assert normalize_text("\ufeffin\u00advisi\u200dble\u200e\u202e\ud800") == "invisible"
    # a deleted character between decomposed jamo does not keep them apart
    assert normalize_text("\u1112\u200d\u1161\u11ab") == "한"


def test_line_endings_become_newlines():
    assert normalize_text("One.\r\nTwo.\rThree.\x0cFour.\u2028Five.") == "One.\nTwo.\nThree.\nFour.\nFive."
    assert normalize_text("One.\u2029Two.") == "One.\n\nTwo."
    assert normalize_text("One.\r\n\r\nTwo.") == "One.\n\nTwo."


def test_odd_spaces_become_one_plain_space():
    assert normalize_text("a\u00a0b\tc\u3000d\u200be\u2009f\u202fg") == "a b c d e f g"
    assert normalize_text("a  \t\u00a0 b") == "a b"
    assert normalize_text("  padded line  \n\n   next  ") == "padded line\n\nnext"


def test_three_or_more_newlines_become_one_blank_line():
    assert normalize_text("First.\n\n\n\n\nSecond.") == "First.\n\nSecond."
    assert normalize_text("First.\n \n\t\n\nSecond.") == "First.\n\nSecond."


def test_hard_wrapped_paragraph_is_rejoined():
    wrapped = "This sentence was wrapped\nby an old editor at seventy\ncolumns. The next one\nstarts here."
    assert normalize_text(wrapped) == (
        "This sentence was wrapped by an old editor at seventy columns. The next one starts here.")
    korean = "오늘은 날씨가 맑고\n바람이 불어서 산책을\n했다\n그리고 집에 돌아왔습니다.\n저녁은 맛있었다"
    assert normalize_text(korean) == (
        "오늘은 날씨가 맑고 바람이 불어서 산책을 했다\n그리고 집에 돌아왔습니다.\n저녁은 맛있었다")


def test_line_break_kept_after_sentence_end_but_not_after_an_abbreviation():
    assert normalize_text("It ended.\nThen we left!\nDid we?\n네.\n좋아요") == (
        "It ended.\nThen we left!\nDid we?\n네.\n좋아요")
    assert normalize_text("We met Mr.\nSmith and\ne.g.\nhis wife on 2010.\n11. 12.\nThey sat.\nWe too.") == (
        "We met Mr. Smith and e.g. his wife on 2010. 11. 12. They sat.\nWe too.")


def test_paragraph_break_is_kept():
    assert normalize_text("First paragraph\nwrapped here\n\nSecond paragraph\nwrapped too") == (
        "First paragraph wrapped here\n\nSecond paragraph wrapped too")


def test_list_items_keep_their_lines():
    text = ("준비물\n1. 밀가루\n2) sugar\n- eggs\n• 우유\n가. 하위 항목\n"
            "(3) 셋째\nwrapped list item\ncontinues")
    assert normalize_text(text) == (
        "준비물\n1. 밀가루\n2) sugar\n- eggs\n• 우유\n가. 하위 항목\n(3) 셋째 wrapped list item continues")
    # a date at a line start is not a list item
    assert normalize_text("판결은\n11. 12. 선고되었다") == "판결은 11. 12. 선고되었다"


def test_hyphenated_wrap_drops_only_the_newline():
    assert normalize_text("a well-\nknown infor-\nmation source - \nfine") == (
        "a well-known infor-mation source - fine")


def test_whitespace_only_input_gives_empty_string():
    for blank in ("", " ", "\n\n", "\t\u00a0\u3000\r\n", "\x00\u200b"):
        assert normalize_text(blank) == ""


def test_placeholders_pass_through_unchanged():
    text = "[PERSON]에게\n[PHONE_NUMBER]로 연락했다. Mail [EMAIL_ADDRESS]."
    assert normalize_text(text) == "[PERSON]에게 [PHONE_NUMBER]로 연락했다. Mail [EMAIL_ADDRESS]."


_PIECES = [
    "word", "단어", "했다", "Mr.", "end.", "끝.", "1.", "- ", "• ", "a-", "x", "[PERSON]", "3.14", "...",
    "\u1112\u1161\u11ab", "\u0301", " ", "  ", "\t", "\n", "\n", "\n\n", "\n\n\n", "\r\n", "\r", "\u00a0",
    "\u200b", "\u200d", "\u2028", "\u2029", "\u3000", "\x00", "\x0c", "\ufeff",
]


@pytest.mark.parametrize("seed", range(300))
def test_normalize_is_idempotent_and_clean(seed):
    rng = random.Random(seed)
    raw = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 80)))
    once = normalize_text(raw)
    assert normalize_text(once) == once
    assert once == once.strip() and "\n\n\n" not in once and "  " not in once
    assert not any(line != line.strip() for line in once.split("\n"))
    assert unicodedata.is_normalized("NFC", once)
    assert not any(ch in once for ch in "\r\t\x00\u00a0\u200b\u200d\u3000\ufeff\u2028\u2029\x0c")


def test_known_wrapped_text_is_rejoined_even_where_its_lines_are_short():
    """A PDF's text layer (or a blank-line-wrapped .txt) is wrapped by definition: `wrapped=True` re-joins
    short lines that the structure test would keep (`보살핌이 필요 / 한 나이이나` is one sentence)."""
    text = "이 법은 아동의 보살핌이 필요\n한 나이이나 보호자가 없는 경우를 정한다."
    assert normalize_text(text, wrapped=True) == "이 법은 아동의 보살핌이 필요 한 나이이나 보호자가 없는 경우를 정한다."
    assert normalize_text("점심 뭐 먹지\n짜장면 어때", wrapped=True) == "점심 뭐 먹지 짜장면 어때"
    assert normalize_text("점심 뭐 먹지\n짜장면 어때") == "점심 뭐 먹지\n짜장면 어때"  # chat lines keep their lines
