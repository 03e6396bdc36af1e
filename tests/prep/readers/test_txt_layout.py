"""`.txt` layout judged per file: the blank-line-after-every-line layout is one wrapped document."""

from __future__ import annotations

import pytest

from prep.config import InputConfig
from prep.ingest import ingest
from prep.readers import IngestCounts, read_documents
from prep.readers.txt_layout import detect_txt_layout, unwrap_blank_line_layout
from prep.summary import input_lines

BILL_LINES = [
    "제1조(목적) 이 법은 아동의 보살핌이 필요",
    "한 나이이나 보호자가 없는 경우를 정함을",
    "목적으로 한다.",
    "제2조(정의) 이 법에서 사용하는 용어의",
    "뜻은 다음과 같다.",
    "1. \"아동\"이란 18세 미만인 사람을 말한다.",
    "The licence is granted to every person",
    "who obtains a copy of the software.",
]
BILL = "\n\n".join(BILL_LINES) + "\n"  # a blank line after every line, as PDF exports have
ONE_LINE_DOCS = "\n\n".join(f"문서 {i}번은 한 줄짜리 글입니다." for i in range(10)) + "\n"
PARAGRAPHS = "첫 문서의 첫 줄이\n이어지는 둘째 줄.\n\n둘째 문서의 첫 줄이\n이어지는 줄.\n\n셋째 문서.\n"


def test_detect_layouts():
    assert detect_txt_layout(BILL) == "wrapped"
    assert detect_txt_layout(ONE_LINE_DOCS) == "blank_line"  # lines end their sentences: separate documents
    assert detect_txt_layout(PARAGRAPHS) == "blank_line"
    assert detect_txt_layout("\n\n".join(BILL_LINES[:3])) == "blank_line"  # too few lines to judge
    assert detect_txt_layout(BILL + "cut in the mid", complete=False) == "wrapped"


def test_unwrap_keeps_paragraph_breaks():
    assert unwrap_blank_line_layout("a\n\nb\n \nc\n\n\n\nd") == "a\nb\nc\n\nd"


def test_wrapped_file_is_one_document_with_sentences_rejoined(tmp_path):
    (tmp_path / "bill.txt").write_text(BILL, encoding="utf-8")
    (tmp_path / "docs.txt").write_text(ONE_LINE_DOCS, encoding="utf-8")
    counts = IngestCounts(log=lambda _: None)
    records = list(ingest([tmp_path], "text", 1, counts, InputConfig()))
    assert len(records) == 1 + 10
    bill = records[0]["text"]
    assert "보살핌이 필요 한 나이이나" in bill and "obtains a copy of the software." in bill
    assert "\n1. \"아동\"이란" in bill  # a list item keeps its line
    assert counts.counts["txt_layout_wrapped"] == 1 and counts.counts["txt_layout_blank_line"] == 1
    lines = input_lines(counts.counts, [])
    assert any("1 files blank-line-wrapped -> 1 document each" in line for line in lines)


@pytest.mark.parametrize("mode, n_docs", [("blank_line", 8), ("file", 1), ("wrapped", 1), ("auto", 1)])
def test_explicit_modes_still_work(tmp_path, mode, n_docs):
    (tmp_path / "bill.txt").write_text(BILL, encoding="utf-8")
    counts = IngestCounts(log=lambda _: None)
    docs = list(read_documents(tmp_path / "bill.txt", "text", counts, InputConfig(txt_mode=mode)))
    assert len(docs) == n_docs
    assert ("txt_layout_wrapped" in counts.counts) == (mode == "auto")
    if mode == "wrapped":
        assert "\n\n" not in docs[0].fields["text"]


def test_bad_mode_is_refused():
    with pytest.raises(ValueError, match="input.txt_mode must be one of"):
        InputConfig(txt_mode="lines")
