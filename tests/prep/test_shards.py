"""Write-then-read round trip of a shard, through pyarrow, polars and datasets."""

import numpy as np
import polars as pl
import pyarrow as pa
import pytest
from datasets import Dataset
from tokenizers import Tokenizer

from common.shard_format import expand_example, open_shard
from prep.config import ShardsConfig, TokenizerConfig
from prep.shards import ArrowShardWriter, build_shard, read_split_documents
from prep.tokenizer import save_bert_tokenizer, train_wordpiece

ROWS = [
    ([2, 10, 11, 3, 12, 13, 3], 4, 0, [False, True, False, False, True, True, False]),
    ([2, 14, 3, 15, 3], 3, 1, [False, True, False, True, False]),
]


def test_writer_round_trip_pyarrow_polars_datasets(tmp_path):
    path = tmp_path / "shard-00000.arrow"
    with ArrowShardWriter(path, vocab_size=100) as w:
        for row in ROWS:
            w.write(*row)
    assert not list(tmp_path.glob(".*tmp*"))  # nothing left under a temporary name
    table = open_shard(path)
    assert table.num_rows == 2
    assert table.column("input_ids").type == pa.list_(pa.uint16())
    assert table.column("input_ids").to_pylist() == [r[0] for r in ROWS]
    assert table.column("word_start").to_pylist() == [r[3] for r in ROWS]
    assert pl.read_ipc_stream(path)["num_a_tokens"].to_list() == [4, 3]
    ds = Dataset.from_file(str(path))
    assert ds[1]["next_sentence_label"] == 1 and ds[0]["input_ids"] == ROWS[0][0]
    row = expand_example(np.asarray(ds[0]["input_ids"]), ds[0]["num_a_tokens"])
    assert row["token_type_ids"].tolist() == [0, 0, 0, 0, 1, 1, 1]


def test_writer_leaves_no_file_when_interrupted(tmp_path):
    path = tmp_path / "shard-00000.arrow"
    with pytest.raises(RuntimeError):
        with ArrowShardWriter(path, vocab_size=100) as w:
            w.write(*ROWS[0])
            raise RuntimeError("killed")
    assert list(tmp_path.iterdir()) == []


def test_read_split_documents(tmp_path):
    p = tmp_path / "s.txt"
    p.write_text("a one.\na two.\n\n\nb one.\n\nc one.\nc two.\n", encoding="utf-8")
    assert list(read_split_documents(p)) == [["a one.", "a two."], ["b one."], ["c one.", "c two."]]


def test_build_shard_end_to_end(tmp_path):
    sentences = [f"sentence number {i} of document {d} talks about topic {d % 7}." for d in range(40) for i in range(6)]
    split = tmp_path / "part.txt"
    split.write_text("".join("\n".join(sentences[d * 6:(d + 1) * 6]) + "\n\n" for d in range(40)), encoding="utf-8")
    cfg_tok = TokenizerConfig(vocab_size=200, min_frequency=1)
    save_bert_tokenizer(train_wordpiece([split], cfg_tok), tmp_path / "tok", cfg_tok, ["[PERSON]"], 32)
    tok = Tokenizer.from_file(str(tmp_path / "tok" / "tokenizer.json"))
    cfg = ShardsConfig(max_seq_len=32)
    docs, rows = build_shard(split, tmp_path / "a.arrow", tok, cfg, seed=3)
    build_shard(split, tmp_path / "b.arrow", tok, cfg, seed=3)
    assert docs == 40 and rows > 40
    assert (tmp_path / "a.arrow").read_bytes() == (tmp_path / "b.arrow").read_bytes()  # deterministic bytes
    table = open_shard(tmp_path / "a.arrow")
    cls_id, sep_id = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    for ids, num_a, starts in zip(table.column("input_ids").to_pylist(), table.column("num_a_tokens").to_pylist(),
                                  table.column("word_start").to_pylist(), strict=True):
        assert len(ids) <= 32 and len(starts) == len(ids)
        assert ids[0] == cls_id and ids[num_a - 1] == sep_id and ids[-1] == sep_id
        assert ids.count(sep_id) == 2 and ids.count(cls_id) == 1
        pieces = [tok.id_to_token(i) for i in ids]
        assert all(s == (not p.startswith("##")) for s, p, i in zip(starts, pieces, range(len(ids)), strict=True)
                   if i not in (0, num_a - 1, len(ids) - 1))
