"""The normalized view (values in other clothes) and the scrubber's use of it: offsets back, fail-closed, speed path."""

from __future__ import annotations

import re

import polars as pl
import pytest

from prep.config import ScrubConfig
from prep.eval.pii_bench import generate_bench
from prep.pii.normalized_view import (
    PASSES,
    SCREENED_PASSES,
    compat_table,
    needs_view,
    normalized_view,
    screened_trigger,
)
from prep.pii.prefilter import normalized_views
from prep.pii.scrub import Scrubber


@pytest.mark.parametrize(
    ("text", "value", "plain"),
    [
        ("새 폰번호 ０１１－７７２３－０４５８ 저장해", "０１１－７７２３－０４５８", "011-7723-0458"),
        ("집 전화 031ㅡ555ㅡ0192 로 해주세요", "031ㅡ555ㅡ0192", "031-555-0192"),
        ("등록번호 850917 — 2034561", "850917 — 2034561", "850917-2034561"),
        ("엄마 번호 공일공 칠칠사 구공일이 야", "공일공 칠칠사 구공일이", "010-774-9012"),
        ("휴대폰은 영일공 삼삼이일 팔팔영구", "영일공 삼삼이일 팔팔영구", "010-3321-8809"),
        ("번호 불러드릴게요 공일공에 사삼칠칠에 일일공이 입니다", "공일공에 사삼칠칠에 일일공이", "010-4377-1102"),
        ("it's two one two - five five five - zero one nine eight",
         "two one two - five five five - zero one nine eight", "212-555-0198"),
        ("메일: seoyeon.park 골뱅이 daum 점 net", "seoyeon.park 골뱅이 daum 점 net", "seoyeon.park@daum.net"),
        ("mail tom.h {at} lab-mail {dot} io now", "tom.h {at} lab-mail {dot} io", "tom.h@lab-mail.io"),
        ("contact: ana AT uni DOT edu DOT mx", "ana AT uni DOT edu DOT mx", "ana@uni.edu.mx"),
        ("주소 kim_77 @ hanmail.net 으로", "kim_77 @ hanmail.net", "kim_77@hanmail.net"),
        ("ＭＡＩＬ：ｌｅｅ＠ｅｘａｍｐｌｅ．ｃｏｍ", "ｌｅｅ＠ｅｘａｍｐｌｅ．ｃｏｍ", "lee@example.com"),
    ],
)
def test_the_view_spells_values_plainly_and_maps_back_to_the_original(text, value, plain):
    view = normalized_view(text)
    assert view is not None
    start = view.text.index(plain)
    assert view.span(start, start + len(plain)) == (text.index(value), text.index(value) + len(value))


@pytest.mark.parametrize(
    "text",
    [
        "plain ascii text with 010-1234-5678 and kim@example.com",
        "이사 가는 날 사이가 좋았다. 일이 많다.",  # digit syllables, but words
        "ㅋㅋㅋ ㅠㅠ ㅡㅡ 그래… 알았어",  # compatibility jamo and `…` stay
        "reach me at example.com or meet at the office",  # a bare `at` with no spelled dot is prose
        "1990. 3. 14. 에 태어났다",  # spaced dots: how Korean writes dates, read as written
        "one or two of them, three at most",
    ],
)
def test_texts_without_clothes_get_no_view(text):
    assert normalized_view(text) is None


def test_every_view_character_maps_to_a_nonempty_original_range():
    text = "０１０ㅡ１２３４ㅡ５６７８ / 공일공 이이삼삼 사사오오 / x [at] y [dot] com"
    view = normalized_view(text)
    assert len(view.starts) == len(view.ends) == len(view.text)
    assert all(0 <= s < e <= len(text) for s, e in zip(view.starts, view.ends, strict=True))
    assert view.starts == sorted(view.starts)


def test_compat_table_maps_only_to_plain_ascii():
    table = compat_table()
    assert table["０"] == "0" and table["－"] == "-" and table["\u3000"] == " " and table["①"] == "1"
    assert "…" not in table and "ㅡ" not in table and "ㅋ" not in table
    assert all(v.isascii() for v in table.values())


def test_needs_view_is_a_necessary_condition():
    for text in ("０１０", "공일공 일이삼사 오육칠팔", "010ㅡ1", "a 골뱅이 b", "x @ y.com", "six six six, one two"):
        assert needs_view(text)
    assert not needs_view("nothing here 2024-01-01 at noon")


@pytest.mark.parametrize(
    ("text", "entity", "left"),
    [
        ("새 폰번호 ０１１－７７２３－０４５８ 저장해", "PHONE_NUMBER", "새 폰번호 [PHONE_NUMBER] 저장해"),
        ("엄마 번호 공일공 칠칠사 구공일이 야", "PHONE_NUMBER", "엄마 번호 [PHONE_NUMBER] 야"),
        ("주민등록번호: ８５０９１７－２０３４５６１", "KR_RRN", "주민등록번호: [KR_RRN]"),
        ("메일: seoyeon.park 골뱅이 daum 점 net 으로", "EMAIL_ADDRESS", "메일: [EMAIL_ADDRESS] 으로"),
        ("it's two one two - five five five - zero one nine eight ok", "PHONE_NUMBER", "it's [PHONE_NUMBER] ok"),
    ],
)
def test_the_replacement_covers_the_original_characters(scrubber, text, entity, left):
    result = scrubber.scrub(text)
    assert result.text == left and result.counts == {entity: 1}
    finding = result.findings[0]
    assert text[finding.start:finding.end].strip()  # offsets are the original text's


def test_views_give_the_same_results_with_and_without_the_prefilter(scrubber):
    texts = ["연락처 ０１０－２２３３－４４５５ 이고 메일은 ab 골뱅이 cd 점 com", "plain", "공일공 일일일일 이이이이",
             "call nine one seven, five five five, two two one zero", "ip 2406:da14:8e2:b100::7에서 접속"]
    plain = Scrubber(ScrubConfig(), prefilter=False)
    assert scrubber.scrub_batch(texts) == plain.scrub_batch(texts)
    assert [r.findings for r in scrubber.scrub_batch(texts)] == [r.findings for r in plain.scrub_batch(texts)]


def test_an_error_on_the_view_fails_the_document_closed(monkeypatch):
    scrubber = Scrubber(ScrubConfig(entities=("PHONE_NUMBER",)))
    recognizer = scrubber.recognizers["ko"][0]
    original = recognizer.analyze_patterns

    def raise_on_views(text, *args, **kwargs):
        if "010-" in text and "ㅡ" not in text:  # only the view of the second text
            raise RuntimeError("boom")
        return original(text, *args, **kwargs)

    monkeypatch.setattr(recognizer, "analyze_patterns", raise_on_views)
    out = scrubber.scrub_batch(["전화 010ㅡ1234ㅡ5678", "nothing to see"])
    assert isinstance(out[0], RuntimeError)
    assert out[1].text == "nothing to see"


def test_batch_views_equal_the_views_of_each_text():
    """`prefilter.normalized_views` tests three passes' triggers for a whole batch in polars (`SCREENED_PASSES`):
    the same views as `normalized_view` text by text, where an earlier pass changes the text first too (full-width,
    OCR)."""
    texts = [
        "it's two one two - five five five - zero one nine eight", "엄마 번호 공일공 칠칠사 구공일이 야",
        "집 전화 031ㅡ555ㅡ0192", "등록번호 850917 — 2034561", "acct 12  34", "x 1_234", "전화 02 쩜 123",
        "forty two elmwood drive, unit four", "FORTY-TWO Elm", "０１０ 공일공 칠칠사 구공일이",
        "O1O-2233-4l56 six six six",
        "ab 골뱅이 cd 점 com", "tom [at] lab [dot] io", "plain text", "ſix ſeven", "\u212aelvin 1\t-\t2", "١٢٣ - ٤٥٦",
        "two\u00a0one two", "one\r\ntwo three", "",
    ]
    texts += [doc.text for doc in generate_bench(300, seed=3)]
    assert normalized_views(texts) == [normalized_view(text) for text in texts]


def test_the_screened_trigger_reads_the_same_in_rust_and_re():
    """No construct that Rust's `regex` reads otherwise than `re` (`\\d`, `\\w`, `\\s`, `\\b`, `\\<`, flags,
    lookarounds), and the same texts matched by polars as by the passes' own triggers."""
    trigger = screened_trigger()
    assert {m for m in re.findall(r"\\.", trigger)} <= {"\\-", "\\t", "\\[", "\\(", "\\{", "\\]"}
    assert set(re.findall(r"\(\?.", trigger)) == {"(?:"}
    texts = ["two one two", "TWO-ONE", "공일공 이", "1 - 2", "1\t\t2", "1ㅡ2", "12 점 345", "1_234", "ſix ſix",
             "Two  One", "a <at> b", "a<dot>", "x @ y", "(at)", "ab 골뱅이", "x\u212a dot y", "k [DOT] m"]
    rust = pl.DataFrame({"t": texts}).select(pl.col("t").str.contains(trigger)).to_series().to_list()
    assert rust == [re.search(trigger, text) is not None for text in texts]
    assert rust == [any(t.search(text) for k in SCREENED_PASSES for t in PASSES[k][1]) for text in texts]
