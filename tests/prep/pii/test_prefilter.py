"""The pre-filter: trigger derivation, the ASCII form, the exotic fallback, and that it changes no result."""

from __future__ import annotations

import polars as pl
import pytest

from prep.config import ScrubConfig
from prep.eval.pii_bench import generate_bench, prose_documents
from prep.pii.prefilter import CharOffsets, ascii_trigger, exotic_class, trigger_of
from prep.pii.recognizers import build_recognizers
from prep.pii.scrub import Scrubber


@pytest.fixture(scope="module")
def bench():
    return generate_bench(400, seed=11)


def test_every_pattern_match_contains_its_trigger(bench):
    """The pre-filter's premise, pattern by pattern: no match where the trigger says none can be,
    and none that starts before the trigger's (and its group's) first match, where the scan starts."""
    scrubber = Scrubber(ScrubConfig())
    texts = [d.text for d in bench[:150]] + [d.text for d in prose_documents()]
    frame = pl.DataFrame({"t": texts})
    starts, _ = scrubber.prefilter.matrix(texts)
    for r, recognizer in enumerate(build_recognizers("ko")):
        for k, pattern in enumerate(recognizer.patterns):
            first = frame.select(pl.col("t").str.find(pattern.trigger)).to_series().to_list()
            # none of these texts has an exotic character: the ASCII form finds the same places
            assert frame.select(pl.col("t").str.find(ascii_trigger(pattern.trigger))).to_series().to_list() == first
            group = starts[:, scrubber.prefilter.slots[r][k][0]].tolist()
            offsets = CharOffsets(texts)  # polars' offsets as Python's (`str.find`: bytes up to polars 2.1)
            for i, (text, own, grouped) in enumerate(zip(texts, first, group, strict=True)):
                spans = list(pattern._compiled.finditer(text))
                if own is None:
                    assert not spans, f"{recognizer.name}.{pattern.name}"
                    continue
                assert 0 <= grouped <= own
                assert all(m.start() >= offsets(i, own) for m in spans), f"{recognizer.name}.{pattern.name}"
                assert list(pattern.spans(text)) == list(pattern.spans(text, offsets(i, grouped)))


def test_prefilter_regexes_fit_in_the_polars_regex_cache():
    """Polars keeps ~32 compiled regexes; more would recompile every trigger for every batch (slow, not wrong).
    The pre-filter's groups, cues and exotic class, and the two of language detection (surrogate mode)."""
    scrubber = Scrubber(ScrubConfig())
    assert len(scrubber.prefilter.group_regexes) + len(scrubber.prefilter.cue_regexes) + 1 + 2 <= 32


@pytest.mark.parametrize("text", [
    "이번 달 회비 14,000원 79533395141 (신한은행, 예금주 제하준)로 보내주세요",
    "회비 327-1461-8274-45 우리 으로 보내줘~",
    "잔금은 110-123-456789 kb 로 보내줘",
])
def test_a_number_before_a_bank_name_is_found_with_the_prefilter(text):
    """`account_bank_after`'s own trigger runs from the value's first digit to the bank: one that began at the
    last digit would start the scan past the value's start and miss it."""
    fast, plain = Scrubber(ScrubConfig()), Scrubber(ScrubConfig(), prefilter=False)
    expected = plain.scrub(text)
    assert expected.counts.get("BANK_ACCOUNT")
    assert fast.scrub(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "mobİle 0212345678 after hours",  # `İ` is an `i` to the cue's case-insensitive `regex`
        "Write to yıldız@firma.com.tr today.",  # and `ı` an `I`: the email's `[A-Za-z]` takes it
        "mobile 0212345678 after hours",
        "연락처 010-１２３４-5678입니다",  # fullwidth digits are `\d` to `regex`
        "card ٤١١١-١١١١-١١١١-١١١١ on file",  # Arabic-Indic digits
        "Reſident registration 900101-1234568, Kelvin sign K",
    ],
)
def test_exotic_characters_turn_the_prefilter_off_for_their_text(text):
    """A text with a character the ASCII triggers do not cover is scanned whole: the same result as with no
    pre-filter, where the ASCII triggers alone would miss the value."""
    fast, plain = Scrubber(ScrubConfig()), Scrubber(ScrubConfig(), prefilter=False)
    expected = plain.scrub(text)
    assert expected.counts  # something is caught, so the comparison means something
    assert fast.scrub(text) == expected
    assert fast.scrub_batch(["nothing here", text, "hong@example.com"])[1] == expected


@pytest.mark.parametrize("entities", [(), ("EMAIL_ADDRESS",), ("PHONE_NUMBER",), ("CREDIT_CARD", "BANK_ACCOUNT")])
def test_exotic_texts_scrub_under_any_entity_selection(entities):
    """One trigger group or one cue group gives one-column arrays: the exotic rows must still be settable."""
    fast = Scrubber(ScrubConfig(entities=entities))
    plain = Scrubber(ScrubConfig(entities=entities), prefilter=False)
    texts = ["mail kim@example.com ſ", "연락처 010-１２３４-5678", "card ٤١١١-١١١١-١١١١-١١١١", "plain text"]
    assert fast.scrub_batch(texts) == plain.scrub_batch(texts)
    assert not any(isinstance(r, Exception) for r in fast.scrub_batch(texts))


def test_without_the_exotic_fallback_the_ascii_triggers_would_miss_values():
    fast, plain = Scrubber(ScrubConfig()), Scrubber(ScrubConfig(), prefilter=False)
    fast.prefilter.exotic_regex = r"\A\z"  # never matches a non-empty text
    # (full-width digits no longer show it: the normalized view spells them in ASCII; Devanagari digits stay)
    missed = [t for t in ("mobİle 0212345678 after hours", "연락처 010-१२३४-5678입니다", "card ٤١١١-١١١١-١١١١-١١١١",
                          "Write to yıldız@firma.com.tr today.") if fast.scrub(t) != plain.scrub(t)]
    assert len(missed) == 4


def test_ascii_trigger_spells_digits_and_case_in_ascii():
    assert ascii_trigger(r"(?i)(?m)\d{4}([ \-]?)\d{4}") == r"(?m)[0-9]{4}([ \-]?)[0-9]{4}"
    assert ascii_trigger(r"(?m)(?i:name|id)[ \t]*:[A-Z]") == r"(?m)(?:[nN][aA][mM][eE]|[iI][dD])[ \t]*:[A-Z]"
    assert ascii_trigger(r"(?:(?i)ab)|(?:Cd)") == r"(?:[aA][bB])|(?:Cd)"  # `(?i)` ends with its group
    assert ascii_trigger(r"(?i)[^a-cX\d]계좌") == r"[^a-cX0-9ABCx]계좌"
    assert ascii_trigger(r"(?i)[가-힣]{2}") == r"[가-힣]{2}"
    with pytest.raises(ValueError, match="non-ASCII letter"):
        ascii_trigger("(?i)é")
    with pytest.raises(ValueError, match="unsupported group"):
        ascii_trigger("(?=a)")


def test_prefilter_changes_nothing_on_mutated_texts(bench):
    """Seeded fuzz: benchmark texts with characters inserted, deleted, swapped in case or replaced (ASCII,
    Hangul, odd spaces, and the exotic characters), scrubbed with and without the pre-filter."""
    import random

    rng = random.Random(7)
    pool = "0123456789-. ()+/:@_%,\n\tAaIiKkSsMmRrZz가김님씨로길동호\u00a0\u3000：ıİſK０１٣߀"
    docs = [d.text for d in bench[:300]] + [d.text for d in prose_documents()]

    def mutate(text):
        chars = list(text)
        for _ in range(rng.randint(1, 6)):
            op, at = rng.random(), rng.randrange(len(chars))
            if op < 0.4:
                chars.insert(at, rng.choice(pool))
            elif op < 0.6:
                del chars[at]
            elif op < 0.8:
                chars[at] = chars[at].swapcase()
            else:
                chars[at] = rng.choice(pool)
        return "".join(chars)

    texts = [mutate(rng.choice(docs)) for _ in range(3000)]
    fast, plain = Scrubber(ScrubConfig()), Scrubber(ScrubConfig(), prefilter=False)
    assert fast.scrub_batch(texts) == plain.scrub_batch(texts)


def test_a_prefilter_regex_that_does_not_compile_fails_the_scrubber_at_once(monkeypatch):
    import prep.pii.prefilter

    monkeypatch.setattr(prep.pii.prefilter, "exotic_class", lambda: "[unclosed")
    with pytest.raises(ValueError, match="do not compile in polars"):
        Scrubber(ScrubConfig())
    Scrubber(ScrubConfig(), prefilter=False)  # nothing to compile


def test_trigger_of_numbers_groups_as_regex_does():
    assert trigger_of(r"(a(b))\1", 0) == r"(a(b))(?:a(b))"  # \1 is the outer group: opened first
    assert trigger_of(r"(?P<v>x)(y)\2", 0) == r"(?:x)(y)(?:y)"  # a named group has a number too
    with pytest.raises(ValueError, match="back-reference"):
        trigger_of(r"(a)\2", 0)
    with pytest.raises(ValueError, match="named back-reference"):
        trigger_of(r"(?P<v>a)(?P=v)", 0)


def test_trigger_drops_lookarounds_and_backreferences():
    assert trigger_of(r"(?<!\d)\d{4}([ \-]?)\d{4}\1\d{4}(?!\d)", 0) == r"\d{4}([ \-]?)\d{4}(?:[ \-]?)\d{4}"
    assert trigger_of(r"\b(?:Mr|Dr)\.?[ ]+(?P<v>[A-Z][a-z]+)(?=[,.])", 0) == r"(?:Mr|Dr)\.?[ ]+(?:[A-Z][a-z]+)"
    assert trigger_of(r"[(?=]x", 0) == r"[(?=]x"  # a class is not a group


@pytest.mark.parametrize("trigger", [r"(?i)[a-\x7a]", r"(?i)\x{41}", r"(?i)[\p{Lu}]x", r"\w", r"[a&&b]", r"(?x)a",
                                     r"(?i)[\.-z]", r"(?-i)a"])
def test_ascii_trigger_refuses_what_it_cannot_spell_in_ascii(trigger):
    with pytest.raises(ValueError, match="ascii_trigger"):
        ascii_trigger(trigger)


def test_exotic_class_holds_every_non_ascii_digit_and_ascii_case_partner():
    import regex

    exotic = pl.Series(["\u0130", "\u0131", "\u017f", "\u212a", "\uff11", "\u0661", "\U0001d7ce", "a", "1", "가", "é"])
    assert exotic.str.contains(exotic_class()).to_list() == [True] * 7 + [False] * 4
    assert regex.match(r"\d", "\U0001d7ce") and regex.match(r"(?i)s", "\u017f")


def test_char_offsets_give_python_offsets_whatever_polars_find_gives():
    """polars' `str.find` gave UTF-8 byte offsets up to 2.1 and gives character offsets from 2.2 on (a fresh
    install resolved 2.2 in round 20 and 287 tests failed): either way a match's offset is Python's."""
    texts = ["로그인 기록에서 fd3c:4a21::1", "plain ascii fd3c", "é fd3c"]
    found = pl.DataFrame({"t": texts}).select(pl.col("t").str.find("fd3c")).to_series().to_list()
    offsets = CharOffsets(texts)
    assert [offsets(i, found[i]) for i in range(len(texts))] == [t.index("fd3c") for t in texts]
