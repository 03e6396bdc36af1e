"""Input formats (.txt/.jsonl + .gz/.zst, .parquet, folders, globs), reading options and bad input.

Bad input never gives a traceback: a bad document is counted as dropped with a warning naming the file
and line; a problem that would lose data silently (missing path, corrupt compressed file, a Parquet
file without the text column) stops `python -m prep split` with exit status 2 and a one-line message.
"""

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from prep.cli import main
from prep.config import InputConfig
from prep.ingest import ingest
from prep.readers import IngestCounts, expand_inputs, read_documents

DOCS = [
    {"id": "a", "text": "첫 번째 문서입니다. 두 번째 문장이다."},
    {"id": "b", "text": "The second document. It has two sentences."},
    {"id": "c", "text": "세 번째\n문서는 줄이 바뀌었다."},
]
JSONL = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in DOCS)


def _ingest(paths, cfg: InputConfig | None = None, **kw) -> tuple[list[dict], dict, list[str]]:
    cfg = cfg or InputConfig(**kw)
    warnings: list[str] = []
    counts = IngestCounts(log=warnings.append)
    docs = list(ingest(paths, cfg.text_field, cfg.min_chars, counts, cfg))
    return docs, dict(counts.counts), warnings


def _split(capsys, *args: str) -> tuple[int, dict | None, str]:
    code = main(["split", *args])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if code == 0 else None), err


def _dropped_total(counts: dict) -> int:
    return sum(v for k, v in counts.items() if k.startswith("dropped_"))


# ------------------------------------------------------------------------------------------ formats


def test_compressed_jsonl_reads_like_plain(tmp_path):
    zstandard = pytest.importorskip("zstandard")

    plain = tmp_path / "c.jsonl"
    plain.write_text(JSONL, encoding="utf-8")
    (tmp_path / "c.jsonl.gz").write_bytes(gzip.compress(JSONL.encode()))
    (tmp_path / "c.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(JSONL.encode()))
    expected = _ingest([plain])[0]
    # two short lines, no sign of wrapping: kept as written (prep.normalize); a PDF or wrapped .txt re-joins them
    assert [d["id"] for d in expected] == ["a", "b", "c"] and expected[2]["text"] == "세 번째\n문서는 줄이 바뀌었다."
    for name in ("c.jsonl.gz", "c.jsonl.zst"):
        counts = IngestCounts()
        assert [d.fields for d in read_documents(tmp_path / name, "text", counts)] == DOCS
        assert counts.counts["docs_in"] == 3


def test_parquet_in_batches_keeps_id_and_counts_null_text(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    n = 2500  # more than one record batch (1024 rows)
    table = pa.table({
        "id": [f"d{i}" for i in range(n)],
        "body": [None if i == 7 else f"Document number {i} is here." for i in range(n)],
        "extra": list(range(n)),
    })
    pq.write_table(table, tmp_path / "c.parquet", row_group_size=700)
    docs, counts, warnings = _ingest([tmp_path / "c.parquet"], text_field="body")
    assert len(docs) == n - 1 and docs[0] == {"id": "d0", "body": "Document number 0 is here."}
    assert counts["dropped_no_text"] == 1 and counts["docs_in"] == n
    assert warnings == [f"warning: {tmp_path / 'c.parquet'}:row 8: no string in column 'body'; dropped (no_text)"]
    with pytest.raises(ValueError, match=r"c.parquet has no column 'text' \(columns: id, body, extra\)"):
        _ingest([tmp_path / "c.parquet"])


def test_txt_blank_line_and_file_modes(tmp_path):
    (tmp_path / "a.txt").write_text("one\nwrapped line.\n\n\ntwo.\r\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("three.\n\nfour.", encoding="utf-8")
    docs, counts, _ = _ingest([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert [d["text"] for d in docs] == ["one wrapped line.", "two.", "three.", "four."]
    docs, counts, _ = _ingest([tmp_path / "a.txt", tmp_path / "b.txt"], txt_mode="file")
    assert [d["text"] for d in docs] == ["one wrapped line.\n\ntwo.", "three.\n\nfour."]
    assert counts["docs_in"] == 2


def test_folders_and_globs_expand_sorted_and_dedup_spans_files(tmp_path):
    sub = tmp_path / "corpus" / "deeper"
    sub.mkdir(parents=True)
    (tmp_path / "corpus" / "b.jsonl").write_text(JSONL, encoding="utf-8")
    (sub / "a.txt").write_text("The second document. It has two sentences.\n\nOnly here.", encoding="utf-8")
    (tmp_path / "corpus" / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / "corpus" / ".hidden.txt").write_text("ignored", encoding="utf-8")
    files = expand_inputs([tmp_path / "corpus"])
    assert files == [str(tmp_path / "corpus" / "b.jsonl"), str(sub / "a.txt")]
    assert expand_inputs([f"{tmp_path}/corpus/**/*.txt", tmp_path / "corpus" / "b.jsonl"]) == [
        str(sub / "a.txt"), str(tmp_path / "corpus" / "b.jsonl")]
    docs, counts, _ = _ingest([tmp_path / "corpus"])
    assert len(docs) == 4 and counts["dropped_duplicate"] == 1  # the English document repeated in a.txt
    assert counts["docs_in"] == len(docs) + _dropped_total(counts)
    with pytest.raises(ValueError, match="matches no file of a supported type"):
        expand_inputs([f"{tmp_path}/corpus/*.parquet"])


def test_length_filters(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps({"text": t}) + "\n" for t in ["x", "just right.", "y" * 50, "  "]))
    docs, counts, warnings = _ingest([path], min_chars=2, max_chars=20)
    assert [d["text"] for d in docs] == ["just right."]
    assert (counts["dropped_too_short"], counts["dropped_too_long"], counts["dropped_empty"]) == (1, 1, 1)
    assert warnings == [f"warning: {path}:3: longer than input.max_chars = 20; dropped (too_long)"]
    with pytest.raises(ValueError, match="max_chars"):
        InputConfig(min_chars=5, max_chars=3)


# ---------------------------------------------------------------------------------------- bad input


def test_bad_jsonl_lines_are_counted_with_file_and_line(tmp_path, capsys):
    path = tmp_path / "c.jsonl"
    path.write_text(JSONL + "not json\n[1, 2]\n{\"title\": \"no text\"}\n\n{\"text\": 5}\n", encoding="utf-8")
    code, counts, err = _split(capsys, "--input", str(path), "--output", str(tmp_path / "out.txt"))
    assert code == 0
    assert (counts["dropped_bad_json"], counts["dropped_not_an_object"], counts["dropped_no_text"]) == (1, 1, 2)
    assert counts["docs_in"] == 7 == counts["docs_out"] + _dropped_total(counts)
    assert f"{path}:4: not JSON" in err and f"{path}:5: a JSON list, not an object" in err
    assert f"{path}:6: no string field 'text'" in err and f"{path}:8:" in err
    assert "Traceback" not in err and "no text" not in err  # file and line only, never the content


def test_empty_and_binary_files_are_reported_not_fatal(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_bytes(b"\n \n")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (tmp_path / "utf16.txt").write_bytes("안녕하세요.".encode("utf-16"))
    (tmp_path / "garbage.parquet").write_bytes(b"not parquet at all")
    (tmp_path / "ok.txt").write_text("A real document.", encoding="utf-8")
    code, counts, err = _split(capsys, "--input", str(tmp_path), "--output", str(tmp_path / "out" / "o.txt"))
    assert code == 0 and counts["docs_out"] == 1
    assert counts["dropped_binary_file"] == 3 and counts["files_empty"] == 2 and counts["files_in"] == 6
    assert counts["docs_in"] == counts["docs_out"] + _dropped_total(counts)
    for name in ("image.txt", "utf16.txt", "garbage.parquet"):
        assert f"input {tmp_path / name} is not" in err
    assert f"input {tmp_path / 'empty.txt'} holds no document" in err
    assert (tmp_path / "out" / "o.txt").read_text(encoding="utf-8") == "A real document.\n\n"


def test_invalid_and_mixed_encodings_repair_or_drop(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("UTF-8 문서입니다.\n\n".encode() + "CP949 문서입니다.".encode("cp949") + b"\n\nLatin \xe9t\xe9.\n")
    docs, counts, warnings = _ingest([path])
    assert len(docs) == 3 and counts["repaired_invalid_utf8"] == 2
    assert "\ufffd" in docs[1]["text"] and docs[2]["text"] == "Latin \ufffdt\ufffd."
    assert warnings[0] == f"warning: {path}:3: invalid UTF-8 replaced by U+FFFD (input.invalid_utf8)"
    docs, counts, warnings = _ingest([path], invalid_utf8="drop")
    assert [d["text"] for d in docs] == ["UTF-8 문서입니다."] and counts["dropped_invalid_utf8"] == 2
    assert f"{path}:5: invalid UTF-8" in warnings[-1]
    jsonl = tmp_path / "m.jsonl"
    jsonl.write_bytes(b'{"text": "caf\xe9 ok."}\n{"text": "fine."}\n')
    docs, counts, _ = _ingest([jsonl], invalid_utf8="drop")
    assert [d["text"] for d in docs] == ["fine."] and counts["dropped_invalid_utf8"] == 1


def test_a_50_mb_line_is_dropped_as_too_long_with_bounded_memory(tmp_path, capsys):
    line = b"word " * 10_000_000  # 50 MB, no newline at all
    (tmp_path / "huge.txt").write_bytes(b"Small document.\n\n" + line)
    (tmp_path / "huge.jsonl").write_bytes(b'{"text": "Small."}\n{"text": "' + line + b'"}\n')
    code, counts, err = _split(capsys, "--input", str(tmp_path / "huge.txt"), str(tmp_path / "huge.jsonl"),
                               "--output", str(tmp_path / "o.txt"), "--set", "input.max_chars=1000000")
    assert code == 0 and counts["docs_out"] == 2 and counts["dropped_too_long"] == 2
    assert f"{tmp_path / 'huge.txt'}:3: longer than input.max_chars" in err  # skipped while reading
    assert f"{tmp_path / 'huge.jsonl'}:2: line longer than" in err


def test_a_5_mb_line_without_limit_is_split(tmp_path):
    sentence = "이 문장은 아주 긴 한 줄에 들어 있다. This sentence repeats on one line. "
    path = tmp_path / "long.txt"
    path.write_text(sentence * (5_000_000 // len(sentence.encode())), encoding="utf-8")
    docs, counts, _ = _ingest([path], max_chars=0)
    assert len(docs) == 1 and counts["docs_in"] == 1


def test_missing_path_and_corrupt_gzip_exit_2_without_traceback(tmp_path):
    (tmp_path / "bad.jsonl.gz").write_bytes(gzip.compress(JSONL.encode() * 200)[:300])
    for inputs, message in (
        ([str(tmp_path / "absent.jsonl")], f"error: input {tmp_path / 'absent.jsonl'} does not exist"),
        ([str(tmp_path / "bad.jsonl.gz")], f"error: input {tmp_path / 'bad.jsonl.gz'}: cannot be decompressed"),
        ([str(tmp_path / "x.csv")], "unsupported input type"),
    ):
        if inputs[0].endswith(".csv"):
            Path(inputs[0]).write_text("a,b\n")
        proc = subprocess.run(
            [sys.executable, "-m", "prep", "split", "--input", *inputs, "--output", str(tmp_path / "o.txt")],
            capture_output=True, text=True, check=False,
        )
        assert proc.returncode == 2, proc.stderr
        assert message in proc.stderr and "Traceback" not in proc.stderr
        assert not (tmp_path / "o.txt").exists()


# ------------------------------------------------------------------------------------------- output


def test_max_bytes_rolls_whole_documents_into_bounded_files(tmp_path, capsys):
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps({"text": f"Document {i}. It has words."}) + "\n" for i in range(200)))
    code, one, _ = _split(capsys, "--input", str(path), "--output", str(tmp_path / "one.txt"))
    code, rolled, _ = _split(capsys, "--input", str(path), "--output", str(tmp_path / "r.txt"), "--max-bytes", "1000")
    assert code == 0 and one["output_files"] == 1 and rolled["output_files"] > 5
    files = sorted(tmp_path.glob("r-*.txt"))
    assert len(files) == rolled["output_files"] and files[0].name == "r-00000.txt"
    assert all(f.stat().st_size <= 1000 for f in files)
    assert all(f.read_text().endswith("It has words.\n\n") for f in files)  # whole documents only
    assert "".join(f.read_text() for f in files) == (tmp_path / "one.txt").read_text()
