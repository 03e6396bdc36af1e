"""Inputs given as fsspec URLs (`file://`, `memory://`) read exactly like local paths."""

import gzip
import hashlib
import json
import uuid
from pathlib import Path

import pytest

from prep.build import build
from prep.config import PrepConfig
from prep.demo.corpus import generate_corpus
from prep.ingest import ingest
from prep.readers import IngestCounts, describe_input, read_documents
from privbert.config import from_dict

fsspec = pytest.importorskip("fsspec")

JSONL = "".join(
    json.dumps(d, ensure_ascii=False) + "\n" for d in generate_corpus(n_docs=40, seed=9)
) + "not json\n"
TXT = "first document\nhard-wrapped line\n\nsecond document\n"


@pytest.fixture
def memory_dir():
    """A fresh folder on fsspec's in-memory filesystem, removed afterwards."""
    fs = fsspec.filesystem("memory")
    root = f"/test-ingest-{uuid.uuid4().hex}"
    yield f"memory://{root}"
    if fs.exists(root):
        fs.rm(root, recursive=True)


def _put(url: str, data: bytes) -> str:
    with fsspec.open(url, "wb") as f:
        f.write(data)
    return url


def _read(path) -> tuple[list[dict], dict]:
    counts = IngestCounts()
    docs = [d.fields for d in read_documents(path, "text", counts)]
    return docs, dict(counts.counts)


def test_file_and_memory_urls_read_like_the_local_path(tmp_path, memory_dir):
    local = tmp_path / "corpus.jsonl"
    local.write_text(JSONL, encoding="utf-8")
    expected = _read(local)
    assert len(expected[0]) == 40 and expected[1]["dropped_bad_json"] == 1
    assert _read(local.as_uri()) == expected  # file:///...
    assert _read(_put(f"{memory_dir}/corpus.jsonl", JSONL.encode())) == expected
    assert _read(_put(f"{memory_dir}/corpus.jsonl.gz", gzip.compress(JSONL.encode()))) == expected


def test_txt_through_a_url_and_source_names_the_url(memory_dir):
    url = _put(f"{memory_dir}/docs.txt", TXT.encode())
    counts = IngestCounts()
    docs = list(read_documents(url, "text", counts))
    assert [d.fields["text"] for d in docs] == ["first document\nhard-wrapped line", "second document"]
    assert docs[1].source == f"{url}:4"
    assert list(ingest([url], "text", 1, counts))[0]["text"] == "first document hard-wrapped line"


def test_describe_input_hashes_urls_and_local_paths_alike(tmp_path, memory_dir):
    local = tmp_path / "corpus.jsonl"
    local.write_text(JSONL, encoding="utf-8")
    url = _put(f"{memory_dir}/corpus.jsonl", JSONL.encode())
    by_path, by_url = describe_input(str(local)), describe_input(url)
    assert by_url["path"] == url  # a URL is recorded as given
    assert (by_url["bytes"], by_url["sha256"]) == (by_path["bytes"], by_path["sha256"]) == (
        local.stat().st_size, hashlib.sha256(local.read_bytes()).hexdigest()
    )


def test_missing_url_and_unknown_protocol_are_errors_naming_the_input(memory_dir):
    with pytest.raises(ValueError, match=f"input {memory_dir}/absent.jsonl does not exist"):
        _read(f"{memory_dir}/absent.jsonl")
    with pytest.raises(ValueError, match="input nosuchproto://x/a.jsonl: .*fsspec knows"):
        _read("nosuchproto://x/a.jsonl")


def test_build_from_a_memory_url_writes_the_shards_of_the_local_path(tmp_path, memory_dir):
    local = tmp_path / "corpus.jsonl"
    local.write_text(JSONL, encoding="utf-8")
    url = _put(f"{memory_dir}/corpus.jsonl", JSONL.encode())

    def run(name: str, path: str) -> dict:
        return build(from_dict(PrepConfig, {
            "output_dir": str(tmp_path / name), "workers": 1, "seed": 3,
            "input": {"paths": [path], "docs_per_part": 20},
            "tokenizer": {"vocab_size": 600}, "shards": {"max_seq_len": 64},
        }), log=lambda msg: None)

    by_path, by_url = run("local", str(local)), run("url", url)
    assert [s["sha256"] for s in by_url["shards"]] == [s["sha256"] for s in by_path["shards"]]
    assert by_url["inputs"][0]["path"] == url
    assert by_url["inputs"][0]["sha256"] == by_path["inputs"][0]["sha256"]
    assert Path(tmp_path / "url" / "manifest.json").is_file()
