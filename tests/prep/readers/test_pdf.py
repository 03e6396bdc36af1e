"""PDF reader: Korean and English text layers, page numbers and running headers removed, hyphenation
re-joined, wrapped lines re-joined by the normalizer; the page-furniture core on its own."""

from __future__ import annotations

import pytest

from prep.config import InputConfig
from prep.ingest import ingest
from prep.readers import IngestCounts, read_documents
from prep.readers.furniture import is_page_number, rejoin_hyphenation, strip_page_furniture

TOPICS = ["목적", "정의", "적용 범위", "다른 법률과의 관계"]
ENDINGS = ["Alpha closes the page.", "Beta closes it.", "Gamma ends here.", "Delta is last."]
BODY = [
    "이 법은 아동의 보살핌이 필요",
    "한 나이이나 보호자가 없는 경우를 정한다.",
    "The inter-",
    "national agreement applies. An international court decides.",
]


def _write_pdf(path, pages: int = 4) -> None:
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))  # a standard Korean CID font: nothing embedded
    c = canvas.Canvas(str(path))
    for page in range(1, pages + 1):
        c.setFont("HYSMyeongJo-Medium", 11)
        c.drawString(72, 800, f"국회 의안 제2101234호  {page}")  # running header, its page number varying
        y = 760
        for line in [f"제{page}조({TOPICS[page - 1]})", *BODY, ENDINGS[page - 1]]:  # the page's own first/last lines
            c.drawString(72, y, line)
            y -= 16
        c.drawString(290, 40, f"- {page} -")
        c.showPage()
    c.save()


def test_pdf_document_has_its_text_without_page_furniture(tmp_path):
    pytest.importorskip("pypdf")
    _write_pdf(tmp_path / "bill.pdf")
    counts = IngestCounts(log=lambda _: None)
    [doc] = list(read_documents(tmp_path / "bill.pdf", "text", counts, InputConfig()))
    text = doc.fields["text"]
    assert "국회 의안" not in text and "- 2 -" not in text
    assert text.count("보호자가 없는 경우를 정한다.") == 4 and "제3조(적용 범위)" in text  # body lines are all kept
    assert "Delta is last." in text
    assert "international agreement" in text  # spelled "international" elsewhere: the hyphen was the layout's
    assert counts.counts["pdf_pages"] == 4 and counts.counts["furniture_page_numbers"] == 4
    assert counts.counts["furniture_running_lines"] == 4 and counts.counts["rejoined_hyphenations"] == 4
    assert counts.counts["docs_in"] == 1


def test_pdf_through_ingest_rejoins_wrapped_lines(tmp_path):
    pytest.importorskip("pypdf")
    _write_pdf(tmp_path / "bill.pdf", pages=3)
    counts = IngestCounts(log=lambda _: None)
    [record] = list(ingest([tmp_path], "text", 1, counts, InputConfig()))
    assert "보살핌이 필요 한 나이이나" in record["text"]  # one sentence again, not cut at the PDF line break


def test_a_damaged_pdf_is_counted_not_fatal(tmp_path):
    pytest.importorskip("pypdf")
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4\nnot really a pdf")
    counts = IngestCounts(log=lambda _: None)
    assert list(read_documents(tmp_path / "bad.pdf", "text", counts, InputConfig())) == []
    assert counts.counts["dropped_binary_file"] == 1 and counts.counts["docs_in"] == 1


def test_missing_extra_names_the_pip_command(tmp_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_pypdf(name, *args, **kwargs):
        if name == "pypdf":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pypdf)
    monkeypatch.setattr("importlib.import_module", lambda name: no_pypdf(name))
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4\n")
    with pytest.raises(ValueError, match=r"pip install 'privacy-bert-pretrain\[pdf\]'"):
        list(read_documents(tmp_path / "a.pdf", "text", IngestCounts(), InputConfig()))


@pytest.mark.parametrize("line", ["3", "- 3 -", "– 12 –", "Page 3", "page 3 of 10", "3 / 10", "p. 7", "3쪽", "- 3 쪽 -",
                                  "iv"])
def test_page_number_spellings(line):
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["3.5%", "2024년 3월", "Section 3", "제3조", "10,000", "Chapter iv begins"])
def test_lines_that_are_not_page_numbers(line):
    assert not is_page_number(line)


def test_furniture_only_at_page_edges_and_on_most_pages():
    words = ["Alpha", "Beta", "Gamma", "Delta"]
    pages = [f"Annual Report 2024\n{w} opens.\n42\nmiddle text\nmore text\n{w} ends.\n{i}"
             for i, w in enumerate(words, 1)]
    text, counts = strip_page_furniture(pages)
    assert "Annual Report" not in text and "42" in text  # a number inside the page body stays
    assert counts == {"furniture_running_lines": 4, "furniture_page_numbers": 4}
    two_pages, _ = strip_page_furniture(pages[:2])  # too few pages to call anything "running"
    assert two_pages.count("Annual Report") == 2


def test_hyphenation_rejoined_only_when_the_document_says_so():
    assert rejoin_hyphenation("the inter-\nnational court; international law")[0].startswith("the international")
    assert rejoin_hyphenation("a well-\nknown fact")[0] == "a well-\nknown fact"  # left to the normalizer
    assert rejoin_hyphenation("well-\nknown, and well-known")[1] == 0
