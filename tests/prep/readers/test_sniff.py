"""Files without a suffix are sniffed; files of an unknown type in a folder are counted and named."""

from __future__ import annotations

import gzip
import json

import pytest

from prep.config import InputConfig
from prep.ingest import ingest
from prep.readers import IngestCounts, read_documents, scan_inputs
from prep.readers.sniff import detect_format, sniff_format
from prep.readers.sources import open_input
from prep.summary import input_lines


@pytest.mark.parametrize("head, expected", [
    (b"%PDF-1.7\n...", ("pdf", "")),
    (b"PK\x03\x04....word/document.xml", ("docx", "")),
    (b"PAR1\x00\x00", ("parquet", "")),
    (b'{"text": "hello", "id": 1}\n{"text": "x"}\n', ("jsonl", "")),
    (b"\xef\xbb\xbf<!DOCTYPE html><html><body>x</body></html>", ("html", "")),
    ("첫 줄입니다.\n\n둘째 문단.".encode(), ("txt", "")),
    ("{괄호로 시작하는 글}\n".encode(), ("txt", "")),  # starts like JSON, is not
    (gzip.compress(b'{"text": "a"}\n'), ("jsonl", "gz")),
    (gzip.compress("평문".encode()), ("txt", "gz")),
    ("가나다".encode()[:-1], ("txt", "")),  # a character cut at the head's end
    (b"\x89PNG\r\n\x1a\n\x00\x00", None),
    (b"\xff\xfe\x00a", None),
    (b"\xc3\x28 invalid utf-8 early", None),
])
def test_sniff_format(head, expected):
    assert sniff_format(head) == expected


def test_zstd_text_is_sniffed():
    zstandard = pytest.importorskip("zstandard")
    assert sniff_format(zstandard.ZstdCompressor().compress(b'{"text": "a"}\n')) == ("jsonl", "zst")


def test_file_without_suffix_is_read_by_what_it_holds(tmp_path):
    (tmp_path / "records").write_text(json.dumps({"text": "첫 문서입니다.", "id": "a"}) + "\n", encoding="utf-8")
    (tmp_path / "notes").write_text("문서 하나.\n\n문서 둘.\n", encoding="utf-8")
    (tmp_path / "packed").write_bytes(gzip.compress(b"packed text one.\n\npacked text two.\n"))
    assert detect_format(tmp_path / "records", open_input) == ("jsonl", "")
    counts = IngestCounts(log=lambda _: None)
    docs = [d.fields for name in ("records", "notes", "packed")
            for d in read_documents(tmp_path / name, "text", counts, InputConfig())]
    texts = [d["text"] for d in docs]
    assert texts == ["첫 문서입니다.", "문서 하나.", "문서 둘.", "packed text one.", "packed text two."]
    assert docs[0]["id"] == "a"


def test_unknown_files_in_a_folder_are_counted_and_named(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "a.txt").write_text("글 하나.\n", encoding="utf-8")
    (corpus / "sub" / "slides.pptx").write_bytes(b"PK\x03\x04 not word")
    (corpus / "sub" / "b.pptx").write_bytes(b"x")
    (corpus / "image").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")  # no suffix, not text
    (corpus / ".DS_Store").write_bytes(b"\x00\x00")
    (corpus / ".git").mkdir()
    (corpus / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    scan = scan_inputs([corpus])
    assert scan.files == [str(corpus / "a.txt")]
    assert scan.skipped == ["image", "sub/b.pptx", "sub/slides.pptx"]  # relative to the input folder
    assert scan.counts() == {"skipped_unsupported_nosuffix": 1, "skipped_unsupported_pptx": 2, "skipped_hidden": 2}
    messages = []
    counts = IngestCounts(log=messages.append)
    assert [r["text"] for r in ingest([corpus], "text", 1, counts, InputConfig())] == ["글 하나."]
    assert counts.counts["skipped_unsupported_pptx"] == 2
    assert any("sub/slides.pptx" in m for m in messages)
    [line] = [line for line in input_lines(counts.counts, scan.skipped) if line.startswith("skipped")]
    assert "3 files" in line and "pptx 2" in line and "sub/b.pptx" in line and "2 hidden" in line


def test_explicit_files_of_unknown_type_are_refused(tmp_path):
    (tmp_path / "deck.pptx").write_bytes(b"x")
    (tmp_path / "blob").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    with pytest.raises(ValueError, match="unsupported input type"):
        scan_inputs([tmp_path / "deck.pptx"])
    with pytest.raises(ValueError, match="has no suffix and its bytes match no supported type"):
        scan_inputs([tmp_path / "blob"])
