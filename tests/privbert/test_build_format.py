import numpy as np
import pyarrow as pa
import pytest

from privbert.build_format import (
    FORMAT_VERSION,
    expand_example,
    open_shard,
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
