import json
from pathlib import Path

import numpy as np
import pyarrow as pa
import pytest

from privbert.build_format import (
    FORMAT_VERSION,
    MANIFEST_FIELDS,
    MANIFEST_NAME,
    Manifest,
    ShardEntry,
    expand_example,
    manifest_dict,
    open_shard,
    read_manifest,
    shard_schema,
    token_id_type,
)


def test_id_type_is_the_narrowest_that_fits():
    assert token_id_type(30_000) == pa.uint16()
    assert token_id_type(65_536) == pa.uint16()
    assert token_id_type(65_537) == pa.int32()
    with pytest.raises(ValueError):
        token_id_type(0)


def test_schema_is_pinned():
    schema = shard_schema(1000)
    assert [(f.name, str(f.type)) for f in schema] == [
        ("input_ids", "list<item: uint16>"),
        ("num_a_tokens", "uint16"),
        ("next_sentence_label", "int8"),
        ("word_start", "list<item: bool>"),
    ]
    assert schema.metadata == {b"format_version": str(FORMAT_VERSION).encode()}


def test_expand_example():
    out = expand_example(np.array([2, 10, 11, 3, 12, 3], dtype=np.uint16), num_a_tokens=4)
    assert out["token_type_ids"].tolist() == [0, 0, 0, 0, 1, 1]
    assert out["special_tokens_mask"].tolist() == [1, 0, 0, 1, 0, 1]
    assert out["attention_mask"].tolist() == [1] * 6
    assert out["input_ids"].dtype == np.int64


def test_open_shard_refuses_other_versions_and_garbage(tmp_path):
    schema = shard_schema(100).with_metadata({b"format_version": b"99"})
    path = tmp_path / "s.arrow"
    with pa.ipc.new_stream(str(path), schema) as w:
        w.write_table(pa.table({"input_ids": [[1]], "num_a_tokens": [1], "next_sentence_label": [0],
                                "word_start": [[True]]}, schema=schema))
    with pytest.raises(ValueError, match="format version 99"):
        open_shard(path)
    junk = tmp_path / "junk.arrow"
    junk.write_bytes(b"not arrow at all")
    with pytest.raises(ValueError, match="junk.arrow"):
        open_shard(junk)


def _manifest_fields(**changes):
    fields = {
        "seed": 1, "inputs": [], "skipped_inputs": [],
        "stages": {"scrub": {"mode": "off"}, "shards": {"max_seq_len": 64, "objective": "sop"},
                                           "canaries": {"secrets_file": "key.jsonl"}},
        "build": {}, "tokenizer": {"sha256": "0" * 64}, "shards": [{"file": "shards/shard-00000.arrow", "rows": 3,
                                                                    "bytes": 10, "sha256": "1" * 64}],
        "counts": {"docs_in": 3, "docs_out": 2, "dropped_too_short": 1, "dropped_total": 1, "pii_PERSON": 4,
                   "pii_EMAIL_ADDRESS": 2},
        "timings": {"shards_s": 0.5}, "versions": {"python": "3"},
    }
    return {**fields, **changes}


def test_manifest_dict_orders_the_fields_and_refuses_unknown_or_missing_ones():
    manifest = manifest_dict(**_manifest_fields(), sentence_tokens={10: 1, 2: 5}, canaries={"insertions": 3},
                             advice={"vocab_size": 4000}, resources={"peak_rss_mb": {"scrub": 812.5}})
    assert list(manifest) == list(MANIFEST_FIELDS)
    assert Manifest(Path(MANIFEST_NAME), manifest).peak_rss_mb == {"scrub": 812.5}
    assert "canaries" not in manifest_dict(**_manifest_fields())  # builds without canaries
    assert manifest["format_version"] == FORMAT_VERSION and manifest["sentence_tokens"] == {"2": 5, "10": 1}
    assert manifest["advice"] == {"vocab_size": 4000}
    bare = manifest_dict(**_manifest_fields())  # builds that did not count or advise (`prep shards`, older ones)
    assert "sentence_tokens" not in bare and "advice" not in bare and Manifest(Path(MANIFEST_NAME), bare).advice is None
    assert "resources" not in bare and Manifest(Path(MANIFEST_NAME), bare).peak_rss_mb == {}
    with pytest.raises(ValueError, match="differ"):
        manifest_dict(**_manifest_fields(), extra=1)
    fields = _manifest_fields()
    del fields["counts"]
    with pytest.raises(ValueError, match="differ"):
        manifest_dict(**fields)


def test_read_manifest_is_typed_and_refuses_other_versions(tmp_path):
    (tmp_path / MANIFEST_NAME).write_text(json.dumps(manifest_dict(**_manifest_fields(), sentence_tokens={3: 2})))
    manifest = read_manifest(tmp_path)
    assert (manifest.format_version, manifest.max_seq_len, manifest.objective) == (FORMAT_VERSION, 64, "sop")
    assert (manifest.scrub_mode, manifest.canary_secrets_file) == ("off", "key.jsonl")
    assert manifest.pii_counts() == [("EMAIL_ADDRESS", 2), ("PERSON", 4)]
    assert manifest.dropped_counts() == [("too_short", 1)]
    assert manifest.shards == [ShardEntry("shards/shard-00000.arrow", 3, 10, "1" * 64)]
    assert manifest.sentence_tokens.tolist() == [0, 0, 0, 2] and manifest["seed"] == 1
    assert manifest.build_dir == tmp_path

    (tmp_path / MANIFEST_NAME).write_text(json.dumps({**manifest.data, "format_version": 99}))
    with pytest.raises(ValueError, match=f"format_version 99, this code reads version {FORMAT_VERSION}"):
        read_manifest(tmp_path)
    (tmp_path / MANIFEST_NAME).write_text(json.dumps({"format_version": FORMAT_VERSION}))
    bare = read_manifest(tmp_path)  # a hand-made build: every section reads as empty
    assert (bare.max_seq_len, bare.objective, bare.scrub_mode, bare.shards, bare.sentence_tokens) == (
        None, "nsp", None, [], None)
    (tmp_path / MANIFEST_NAME).write_text("[1, 2]")
    with pytest.raises(ValueError, match="no JSON object"):
        read_manifest(tmp_path)
    with pytest.raises(ValueError, match="not found"):
        read_manifest(tmp_path / "nowhere")
