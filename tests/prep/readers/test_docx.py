"""DOCX reader: body paragraphs and tables in order, headers and footers never read."""

from __future__ import annotations

import pytest

from prep.config import InputConfig
from prep.ingest import ingest
from prep.readers import IngestCounts, read_documents

docx = pytest.importorskip("docx")


def _write_docx(path) -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "머리말: 내부 문서"
    document.sections[0].footer.paragraphs[0].text = "Page footer 1"
    document.add_heading("아동 보호 법안", level=1)
    document.add_paragraph("제1조(목적) 이 법은 아동의 보살핌이 필요한 나이이나 보호자가 없는 경우를 정한다.")
    document.add_paragraph("")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "구분"
    table.rows[0].cells[1].text = "내용"
    p = document.add_paragraph("The licence applies to every copy")
    p.add_run().add_break()
    p.add_run("of the software.")
    document.save(str(path))


def test_docx_body_in_order_without_header_footer(tmp_path):
    _write_docx(tmp_path / "bill.docx")
    counts = IngestCounts(log=lambda _: None)
    [doc] = list(read_documents(tmp_path / "bill.docx", "text", counts, InputConfig()))
    assert doc.fields["text"].split("\n\n") == [
        "아동 보호 법안",
        "제1조(목적) 이 법은 아동의 보살핌이 필요한 나이이나 보호자가 없는 경우를 정한다.",
        "구분 내용",
        "The licence applies to every copy\nof the software.",
    ]
    assert counts.counts["docs_in"] == 1


def test_docx_line_break_rejoined_by_normalizer(tmp_path):
    _write_docx(tmp_path / "bill.docx")
    [record] = list(ingest([tmp_path], "text", 1, IngestCounts(log=lambda _: None), InputConfig()))
    assert "every copy of the software." in record["text"] and "머리말" not in record["text"]


def test_damaged_docx_is_counted(tmp_path):
    (tmp_path / "bad.docx").write_bytes(b"PK\x03\x04 not a zip")
    counts = IngestCounts(log=lambda _: None)
    assert list(read_documents(tmp_path / "bad.docx", "text", counts, InputConfig())) == []
    assert counts.counts["dropped_binary_file"] == 1
