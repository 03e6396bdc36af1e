"""The .txt reader: the block-wise fast path gives the same documents, counts and warnings as the same
builder fed line by line, on inputs chosen to break it (every Unicode blank, CRLF, invalid UTF-8, long
lines, chunk edges anywhere)."""

import gzip
import io
import sys
from collections import Counter

import pytest

import prep.readers.lines as lines_mod
from prep.config import InputConfig
from prep.readers import IngestCounts, read_documents, txt
from prep.readers.base import max_line_bytes
from prep.readers.lines import byte_blocks, byte_lines
from prep.readers.txt import read_txt_blocks, read_txt_lines


def _tricky_txt(seed: int) -> bytes:
    """Blank lines of every kind of Unicode whitespace, CRLF and stray CRs, invalid and truncated UTF-8,
    lines past the per-line limit of max_chars = 10, a BOM; sometimes no trailing newline."""
    import random

    rng = random.Random(seed)
    pool = [
        b"", b"", b" ", b"\t \xe3\x80\x80", b"\xc2\x85", b"\x1c\x1f", b"\r", b"  \r", b"\xe2\x80\xa8",
        b"hello world", "한국어 텍스트 줄".encode(), b"two\r\r", b"mid\xe2\x80\xa8line", b"\xef\xbb\xbfbom mid",
        b"bad \xff byte", b"cut \xe4\xb8", b"\xe4\xb8", b"x" * 30, b"y" * 5000, b" " * 5000, b"z\r" * 10,
    ]
    out = [b"\xef\xbb\xbf"] if seed % 3 == 0 else []
    for _ in range(rng.randrange(50, 400)):
        out.append(rng.choice(pool) + rng.choice([b"\n", b"\n", b"\r\n"]))
    if seed % 2:
        out.append(rng.choice(pool[9:]))
    return b"".join(out)


@pytest.mark.parametrize("chunk", [3, 64, 1 << 20])
def test_txt_fast_path_matches_the_per_line_path(monkeypatch, chunk):
    monkeypatch.setattr(lines_mod, "CHUNK_BYTES", chunk)
    compared = 0
    for seed in range(24):
        data = _tricky_txt(seed)
        for max_chars in (0, 10, 2000, 200_000):
            for policy in ("repair", "drop"):
                cfg = InputConfig(max_chars=max_chars, invalid_utf8=policy)
                runs = []
                for fast in (False, True):
                    logged: list[str] = []
                    counts = IngestCounts(log=logged.append, warn_limit=10**9)
                    limit = max_line_bytes(cfg)
                    if fast:
                        items = byte_blocks(io.BytesIO(data), "t.txt", limit)
                        docs = read_txt_blocks(items, "t.txt", cfg, counts)
                    else:
                        lines = byte_lines(io.BytesIO(data), "t.txt", limit)
                        docs = read_txt_lines(lines, "t.txt", cfg, counts)
                    runs.append(([(d.fields, d.source) for d in docs], dict(counts.counts), logged))
                assert runs[1] == runs[0], (seed, max_chars, policy)
                compared += len(runs[0][0]) + sum(runs[0][1].values())
    assert compared > 1000  # the inputs produce documents, drops and repairs


def test_txt_fast_path_blank_lines_cover_all_unicode_whitespace():
    for c in range(sys.maxunicode + 1):
        if chr(c).isspace() and c != 10:
            line = chr(c).encode("utf-8", "surrogatepass") + b"\n"
            assert txt._LEADING_BLANKS.fullmatch(line), hex(c)
            assert txt._LEADING_BLANKS_TEXT.fullmatch(chr(c) + "\n"), hex(c)
    assert not txt._LEADING_BLANKS.match(b"\xc2\xa0x\n")
    assert not txt._LEADING_BLANKS_TEXT.match("\u3000x\n")


def test_read_documents_takes_the_txt_fast_path_with_per_line_results(tmp_path):
    data = b"".join(_tricky_txt(seed) + b"\n" for seed in range(1, 40, 2))
    (tmp_path / "t.txt").write_bytes(data)
    gz = tmp_path / "t.txt.gz"
    gz.write_bytes(gzip.compress(data))
    cfg = InputConfig(max_chars=2000)
    ref_counts = IngestCounts(log=lambda _: None)
    lines = byte_lines(io.BytesIO(data), "t", max_line_bytes(cfg))
    ref = [d.fields for d in read_txt_lines(lines, "t", cfg, ref_counts)]
    for path in (tmp_path / "t.txt", gz):
        counts = IngestCounts(log=lambda _: None)
        assert [d.fields for d in read_documents(path, "text", counts, cfg)] == ref
        assert counts.counts == ref_counts.counts + Counter(files_in=1, txt_layout_blank_line=1)  # "auto" judged it
