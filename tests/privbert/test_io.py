"""`privbert.io`: a file appears whole or not at all, and temporaries keep the name prep's sweep knows."""

import os

import pytest

from privbert.io import atomic_write, is_temporary, publish, read_jsonl, temporary_name, write_json_atomic, write_jsonl


def test_atomic_write_renames_a_complete_file_into_place(tmp_path):
    path = tmp_path / "out.txt"
    path.write_text("old")
    with atomic_write(path) as f:
        f.write("line one\nline two\n")
        assert path.read_text() == "old"  # nothing visible under the final name before the block ends
        assert temporary_name(path).is_file()
    assert path.read_bytes() == b"line one\nline two\n"
    assert list(tmp_path.iterdir()) == [path]
    with atomic_write(path, "wb", fsync=True) as f:
        f.write(b"\x00\x01")
    assert path.read_bytes() == b"\x00\x01"


def test_atomic_write_removes_its_temporary_on_an_exception(tmp_path):
    path = tmp_path / "out.txt"
    path.write_text("old")
    with pytest.raises(RuntimeError, match="disk full"):
        with atomic_write(path) as f:
            f.write("half")
            raise RuntimeError("disk full")
    assert path.read_text() == "old" and list(tmp_path.iterdir()) == [path]
    with pytest.raises(RuntimeError):
        with atomic_write(tmp_path / "new.txt") as f:
            raise RuntimeError
    assert not (tmp_path / "new.txt").exists() and list(tmp_path.iterdir()) == [path]
    with pytest.raises(ValueError, match="mode"):
        with atomic_write(path, "a"):
            pass


def test_temporary_names_are_hidden_and_recognizable(tmp_path):
    tmp = temporary_name(tmp_path / "shard-00000.arrow")
    assert tmp.name == f".shard-00000.arrow.tmp-{os.getpid()}" and is_temporary(tmp)
    assert tmp.match(".*.tmp-*")  # the pattern prep.build's resume sweeps up
    assert not is_temporary(tmp_path / "shard-00000.arrow")
    tmp.mkdir()
    publish(tmp, tmp_path / "folder")
    assert (tmp_path / "folder").is_dir() and not tmp.exists()


def test_json_and_jsonl_round_trip(tmp_path):
    write_json_atomic(tmp_path / "a.json", {"한": 1})
    assert (tmp_path / "a.json").read_text(encoding="utf-8") == '{\n  "한": 1\n}\n'
    records = [{"text": "김민수", "n": 1}, {"text": "b"}]
    assert write_jsonl(tmp_path / "a.jsonl", records) == 2
    assert (tmp_path / "a.jsonl").read_bytes() == '{"text": "김민수", "n": 1}\n{"text": "b"}\n'.encode()
    assert list(read_jsonl(tmp_path / "a.jsonl")) == records


def test_read_jsonl_objects_numbers_lines_and_names_the_bad_one_without_its_content(tmp_path):
    from privbert.io import read_jsonl_objects

    path = tmp_path / "rows.jsonl"
    path.write_text('\ufeff{"a": 1}\n\n{"b": 2}\n', encoding="utf-8")  # a BOM, a blank line
    assert list(read_jsonl_objects(path)) == [(1, {"a": 1}), (3, {"b": 2})]
    path.write_text('{"a": 1}\n{"secret": "010-1234-5678"\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"rows.jsonl:2: not valid JSON .*; one object a line") as info:
        list(read_jsonl_objects(path, "one object a line"))
    assert "010-1234-5678" not in str(info.value)
    path.write_text('[1, 2]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="rows.jsonl:1: expected a JSON object, found list"):
        list(read_jsonl_objects(path))
