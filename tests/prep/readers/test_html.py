"""HTML reader: the main text (Korean and English), navigation, header, footer and scripts removed."""

from __future__ import annotations

import pytest

from prep.config import InputConfig
from prep.readers import IngestCounts, read_documents

pytest.importorskip("trafilatura")

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>t</title><style>p{}</style></head><body>
<nav><a href="/">홈</a> | <a href="/about">사이트 소개</a></nav>
<header>사이트 머리말 배너</header>
<article><h1>아동 보호 법안</h1>
<p>제1조(목적) 이 법은 아동의 보살핌이 필요한 나이이나 보호자가 없는 경우를 정한다.</p>
<p>The international agreement applies to every member state. It was signed in 2020.</p>
<ul><li>첫째 항목입니다.</li><li>둘째 항목입니다.</li></ul></article>
<footer>Copyright 2024 All rights reserved</footer><script>var secret = 1;</script></body></html>"""


def test_html_main_text_only(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    counts = IngestCounts(log=lambda _: None)
    [doc] = list(read_documents(tmp_path / "page.html", "text", counts, InputConfig()))
    text = doc.fields["text"]
    assert "제1조(목적) 이 법은 아동의 보살핌이" in text and "It was signed in 2020." in text
    assert "첫째 항목입니다." in text
    for boilerplate in ("사이트 소개", "머리말 배너", "Copyright", "secret"):
        assert boilerplate not in text
    assert "\n\n" in text  # each block a paragraph


def test_htm_suffix_and_empty_page(tmp_path):
    (tmp_path / "empty.htm").write_text("<html><body><script>var x = 1;</script></body></html>", encoding="utf-8")
    counts = IngestCounts(log=lambda _: None)
    assert list(read_documents(tmp_path / "empty.htm", "text", counts, InputConfig())) == []
    assert counts.counts["dropped_no_text"] == 1 and counts.counts["docs_in"] == 1
