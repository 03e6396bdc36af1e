"""Shards: the writer's round trip (pyarrow, polars, datasets, by memory map), the batched sentence
encoder against per-sentence encoding, and `build_shard` against the plain list-based reference."""

import random

import numpy as np
import polars as pl
import pyarrow as pa
import pytest
from datasets import Dataset
from tokenizers import AddedToken, Tokenizer

from prep.config import ShardsConfig, TokenizerConfig
from prep.demo.corpus import generate_corpus
from prep.nsp import create_examples, to_row
from prep.shards import (
    ROWS_PER_BATCH,
    ArrowShardWriter,
    SentenceEncoder,
    buffered_documents,
    build_shard,
    continuation_table,
    read_split_documents,
    read_split_documents_sized,
)
from prep.split import format_document, split_sentences
from prep.tokenizer import save_bert_tokenizer, train_wordpiece
from privbert.build_format import expand_example, open_shard

ROWS = [
    ([2, 10, 11, 3, 12, 13, 3], 4, 0, [False, True, False, False, True, True, False]),
    ([2, 14, 3, 15, 3], 3, 1, [False, True, False, True, False]),
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """A Korean+English split file (placeholders, odd lines, blank runs, trailing blank lines) and its tokenizer."""
    tmp = tmp_path_factory.mktemp("shards")
    blocks = []
    for doc in generate_corpus(120, seed=11):
        blocks.append(format_document(split_sentences(doc["text"])))
    blocks[3] = "[PERSON] 님이 [PHONE_NUMBER] 로 연락했다.\nCall [PERSON] at [EMAIL_ADDRESS]  now!\n"
    blocks[5] = "\x07\n"  # a line the tokenizer reduces to nothing: an empty document after tokenization
    blocks[7] = "ÅNGSTRÖM café   naïve\tTAB.\nx\n"
    split = tmp / "part-00000.txt"
    split.write_text("\n".join(blocks) + "\n\n\n", encoding="utf-8")  # trailing empty documents
    cfg_tok = TokenizerConfig(vocab_size=600, min_frequency=1)
    save_bert_tokenizer(train_wordpiece([split], cfg_tok), tmp / "tok", cfg_tok,
                        ["[PERSON]", "[PHONE_NUMBER]", "[EMAIL_ADDRESS]"], 64)
    return tmp, split, Tokenizer.from_file(str(tmp / "tok" / "tokenizer.json"))


def _per_sentence(tok, sentences):
    return [tok.encode(s, add_special_tokens=False).ids for s in sentences]


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


def test_writer_batches_are_fixed_size_whatever_the_blocks(tmp_path):
    rng = np.random.default_rng(0)
    lengths = rng.integers(5, 20, size=3000)
    values = rng.integers(0, 70000, size=int(lengths.sum()))
    rows = (values, lengths, lengths // 2, (lengths % 2).astype(np.int8), values % 3 == 0)

    def write(path, cuts):
        offsets = np.concatenate([[0], np.cumsum(lengths)])
        with ArrowShardWriter(path, vocab_size=70000) as w:
            for r0, r1 in zip(cuts, cuts[1:], strict=False):
                o0, o1 = offsets[r0], offsets[r1]
                w.write_rows(values[o0:o1], lengths[r0:r1], rows[2][r0:r1], rows[3][r0:r1], rows[4][o0:o1])
        return w.rows

    assert write(tmp_path / "a.arrow", [0, 3000]) == 3000
    assert write(tmp_path / "b.arrow", [0, 7, 1500, 1501, 2999, 3000]) == 3000
    assert (tmp_path / "a.arrow").read_bytes() == (tmp_path / "b.arrow").read_bytes()
    reader = pa.ipc.open_stream(pa.memory_map(str(tmp_path / "a.arrow")))
    assert [b.num_rows for b in reader] == [ROWS_PER_BATCH] * 2 + [3000 - 2 * ROWS_PER_BATCH]
    table = open_shard(tmp_path / "a.arrow")
    assert table.column("input_ids").type == pa.list_(pa.int32())  # vocabulary above 65,536 ids
    assert table.column("input_ids")[1234].as_py() == values[lengths[:1234].sum():][:lengths[1234]].tolist()


def test_writer_leaves_no_file_when_interrupted(tmp_path):
    path = tmp_path / "shard-00000.arrow"
    with pytest.raises(RuntimeError):
        with ArrowShardWriter(path, vocab_size=100) as w:
            w.write(*ROWS[0])
            raise RuntimeError("killed")
    assert list(tmp_path.iterdir()) == []


def test_read_split_documents(tmp_path):
    p = tmp_path / "s.txt"
    p.write_text("a one.\na two.\n\n\nb one.\n\nc one.\nc two.\n\n\n", encoding="utf-8")
    assert list(read_split_documents(p)) == [["a one.", "a two."], ["b one."], ["c one.", "c two."]]
    assert sum(size for _, size in read_split_documents_sized(p)) <= p.stat().st_size


def test_sentence_encoder_matches_per_sentence_encoding(corpus):
    _, split, tok = corpus
    sentences = [s for doc in read_split_documents(split) for s in doc]
    expected = _per_sentence(tok, sentences)
    encoder = SentenceEncoder(tok)
    assert encoder.joins_sentences
    ids, lengths = encoder.encode(sentences)
    assert lengths.tolist() == [len(e) for e in expected]
    assert ids.tolist() == [t for e in expected for t in e]
    assert 0 in lengths.tolist()  # the control-character line tokenizes to nothing and is kept as empty

    with_newline = Tokenizer.from_str(tok.to_str())
    with_newline.add_special_tokens([AddedToken("\n", special=True, normalized=False)])
    fallback = SentenceEncoder(with_newline)
    assert not fallback.joins_sentences  # "\n" already means something: encode one sentence at a time
    ids, lengths = fallback.encode(sentences)
    assert ids.tolist() == [t for e in expected for t in e]


def test_buffers_split_documents_without_changing_tokens(corpus):
    _, split, tok = corpus
    encoder = SentenceEncoder(tok)
    whole = list(buffered_documents(read_split_documents_sized(split), encoder, 1 << 30))
    small = list(buffered_documents(read_split_documents_sized(split), encoder, 2000))
    assert len(whole) == 1 and len(small) > 5
    assert sum(b.documents_read for b in small) == whole[0].documents_read == len(list(read_split_documents(split)))
    assert np.array_equal(np.concatenate([b.ids for b in small]), whole[0].ids)
    assert sum(len(b.doc_offsets) - 1 for b in small) == len(whole[0].doc_offsets) - 1  # same non-empty documents


@pytest.mark.parametrize("objective", ["nsp", "sop"])
def test_build_shard_equals_the_list_based_reference(corpus, objective):
    """The fast path (joined encoding, spans, numpy gather, block writer) gives the rows that per-sentence
    encoding, `create_examples` and `to_row` give with the same seed."""
    tmp, split, tok = corpus
    cfg = ShardsConfig(max_seq_len=48, objective=objective, dupe_factor=2)
    docs, rows = build_shard(split, tmp / f"{objective}.arrow", tok, cfg, seed=3)
    documents = [_per_sentence(tok, doc) for doc in read_split_documents(split)]
    reference = create_examples(documents, random.Random(3), 48, cfg.short_seq_prob, cfg.nsp_prob, 2, objective)
    assert docs == len(documents) and rows == len(reference) > 200
    cls_id, sep_id = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    table = open_shard(tmp / f"{objective}.arrow")
    expected = [to_row(ex, cls_id, sep_id) for ex in reference]
    assert table.column("input_ids").to_pylist() == [r[0] for r in expected]
    assert table.column("num_a_tokens").to_pylist() == [r[1] for r in expected]
    assert table.column("next_sentence_label").to_pylist() == [r[2] for r in expected]


@pytest.mark.parametrize("objective", ["nsp", "sop"])
def test_build_shard_rows_are_well_formed_and_deterministic(corpus, objective):
    tmp, split, tok = corpus
    cfg = ShardsConfig(max_seq_len=48, objective=objective)
    build_shard(split, tmp / "a.arrow", tok, cfg, seed=5)
    build_shard(split, tmp / "b.arrow", tok, cfg, seed=5)
    build_shard(split, tmp / "c.arrow", tok, cfg, seed=6)
    assert (tmp / "a.arrow").read_bytes() == (tmp / "b.arrow").read_bytes()  # deterministic bytes
    assert (tmp / "a.arrow").read_bytes() != (tmp / "c.arrow").read_bytes()
    table = open_shard(tmp / "a.arrow")
    cls_id, sep_id = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    is_continuation = continuation_table(tok)
    labels = table.column("next_sentence_label").to_pylist()
    assert 0.35 < sum(labels) / len(labels) < 0.7
    for ids, num_a, starts in zip(table.column("input_ids").to_pylist(), table.column("num_a_tokens").to_pylist(),
                                  table.column("word_start").to_pylist(), strict=True):
        assert len(ids) <= 48 and len(starts) == len(ids) and 3 <= num_a <= len(ids) - 2
        assert ids[0] == cls_id and ids[num_a - 1] == sep_id and ids[-1] == sep_id
        assert ids.count(sep_id) == 2 and ids.count(cls_id) == 1
        special = {0, num_a - 1, len(ids) - 1}
        assert starts == [i not in special and not is_continuation[t] for i, t in enumerate(ids)]
        types = expand_example(np.asarray(ids), num_a)["token_type_ids"].tolist()
        assert types == [0] * num_a + [1] * (len(ids) - num_a)


def test_shards_open_by_memory_map_without_a_copy(corpus):
    tmp, split, tok = corpus
    build_shard(split, tmp / "m.arrow", tok, ShardsConfig(max_seq_len=48, dupe_factor=3), seed=1)
    size = (tmp / "m.arrow").stat().st_size
    before = pa.total_allocated_bytes()
    table = open_shard(tmp / "m.arrow")
    ds = Dataset.from_file(str(tmp / "m.arrow"))
    assert table.nbytes > size // 2 and ds.num_rows == table.num_rows
    assert pa.total_allocated_bytes() - before < 4096  # the buffers are the mapped file, not copies of it
    assert pl.from_arrow(table).height == pl.read_ipc_stream(tmp / "m.arrow").height == table.num_rows
