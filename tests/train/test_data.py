import json

import numpy as np
import pyarrow as pa
import pytest
import torch
from transformers import AutoTokenizer

from privbert.build_format import MANIFEST_NAME, TOKENIZER_DIR
from train.data import PretrainingCollator, PretrainingLoader, SampleOrder, ShardDataset


def shard_paths(build):
    manifest = json.loads((build / MANIFEST_NAME).read_text())
    return [build / s["file"] for s in manifest["shards"]]


@pytest.fixture(scope="module")
def tokenizer(shared_build):
    return AutoTokenizer.from_pretrained(shared_build / TOKENIZER_DIR)


def test_dataset_reads_back_exactly_what_was_written(shared_build):
    rows = json.loads((shared_build / "rows.json").read_text())
    ds = ShardDataset(shard_paths(shared_build))
    assert len(ds) == len(rows)
    for i in (0, 1, 63, 64, 205, 206, len(rows) - 1):  # record-batch and shard boundaries
        raw = ds.raw(i)
        assert raw["input_ids"].tolist() == rows[i]["input_ids"]
        assert raw["num_a_tokens"] == rows[i]["num_a_tokens"]
        assert raw["next_sentence_label"] == rows[i]["next_sentence_label"]
        assert raw["word_start"].tolist() == rows[i]["word_start"]
    with pytest.raises(IndexError):
        ds.raw(len(rows))


def test_dataset_memory_maps_instead_of_copying(shared_build):
    before = pa.total_allocated_bytes()
    ds = ShardDataset(shard_paths(shared_build))
    view = ds.raw(3)["input_ids"]
    assert pa.total_allocated_bytes() - before < 1024  # the shards were not read into Arrow's memory pool
    assert not view.flags.owndata and view.dtype == np.uint16


def test_features_follow_the_contract(shared_build):
    ds = ShardDataset(shard_paths(shared_build))
    raw, ex = ds.raw(10), ds.features(10)
    n, a = len(raw["input_ids"]), raw["num_a_tokens"]
    assert ex["token_type_ids"] == [0] * a + [1] * (n - a)
    assert ex["attention_mask"] == [1] * n
    assert [i for i, s in enumerate(ex["special_tokens_mask"]) if s] == [0, a - 1, n - 1]
    assert ex["next_sentence_label"] == raw["next_sentence_label"]


def test_sample_order_is_a_deterministic_permutation_per_epoch():
    order = SampleOrder(10, seed=3)
    first, second = order.indices(0, 10), order.indices(10, 20)
    assert sorted(first.tolist()) == list(range(10)) and sorted(second.tolist()) == list(range(10))
    assert first.tolist() != second.tolist()
    assert order.indices(7, 13).tolist() == first[7:].tolist() + second[:3].tolist()
    assert SampleOrder(10, seed=3).indices(0, 20).tolist() == order.indices(0, 20).tolist()
    assert SampleOrder(10, seed=4).indices(0, 10).tolist() != first.tolist()


def test_ranks_take_disjoint_shares_of_each_global_batch(shared_build, tokenizer):
    from train.data import PretrainingBatchSampler

    order = SampleOrder(120, seed=0)  # 5 global batches = one epoch
    samplers = [iter(PretrainingBatchSampler(order, 8, rank=r, world_size=3)) for r in range(3)]
    seen = []
    for _ in range(5):
        items = [next(s) for s in samplers]
        assert len({it[0] for it in items}) == 1  # same global batch index
        seen += [i for it in items for i in it[2]]
    assert sorted(seen) == list(range(120))  # every example once per epoch, across all ranks


def test_collator_pads_to_multiple_of_8_and_never_masks_special_positions(shared_build, tokenizer):
    ds = ShardDataset(shard_paths(shared_build))
    collator = PretrainingCollator(tokenizer, seed=5, mlm_probability=0.5)
    examples = [ds.features(i) for i in range(12)]
    batch = collator(examples, batch_index=0)
    lengths = [len(e["input_ids"]) for e in examples]
    width = batch["input_ids"].shape[1]
    assert width % 8 == 0 and max(lengths) <= width < max(lengths) + 8
    assert batch["next_sentence_label"].tolist() == [e["next_sentence_label"] for e in examples]
    assert batch["next_sentence_label"].dtype == torch.long
    assert set(batch) == {"input_ids", "token_type_ids", "attention_mask", "labels", "next_sentence_label"}
    masked = batch["labels"] != -100
    assert masked.sum() > 0
    for row, e in enumerate(examples):
        n = len(e["input_ids"])
        special = torch.tensor(e["special_tokens_mask"]).bool()
        assert not masked[row, :n][special].any() and not masked[row, n:].any()
        assert batch["input_ids"][row, :n][special].tolist() == torch.tensor(e["input_ids"])[special].tolist()
        assert (batch["input_ids"][row, n:] == tokenizer.pad_token_id).all()
        assert batch["attention_mask"][row].sum() == n
    # the same batch index gives the same masks; another index gives others
    assert torch.equal(collator(examples, 0)["labels"], batch["labels"])
    assert not torch.equal(collator(examples, 1)["labels"], batch["labels"])


def test_whole_word_masking_masks_every_piece_of_a_word(tokenizer):
    collator = PretrainingCollator(tokenizer, seed=1, mlm_probability=0.3, whole_word_mask=True)
    n = 40
    ids = list(range(10, 10 + n))
    ids[0], ids[-1] = tokenizer.cls_token_id, tokenizer.sep_token_id
    word_start = np.array([True] + [i % 3 == 1 for i in range(1, n - 1)] + [True])  # 3-piece words
    special = [1] + [0] * (n - 2) + [1]
    example = {"input_ids": ids, "token_type_ids": [0] * n, "attention_mask": [1] * n,
               "special_tokens_mask": special, "next_sentence_label": 0, "word_start": word_start}
    for b in range(5):
        masked = (collator([example], b)["labels"][0, :n] != -100).tolist()
        assert not masked[0] and not masked[-1]
        for start in range(1, n - 3, 3):
            assert len(set(masked[start : start + 3])) == 1  # all pieces of a word or none


def test_loader_resumes_at_the_exact_batch(shared_build, tokenizer):
    def make(workers):
        ds = ShardDataset(shard_paths(shared_build))
        return PretrainingLoader(ds, PretrainingCollator(tokenizer, seed=9), batch_size=64, seed=9,
                                 num_workers=workers)

    straight = make(0)
    expected = [next(straight) for _ in range(10)]  # 640 samples: crosses an epoch of 412
    first = make(1)
    for _ in range(4):
        next(first)
    state = first.state_dict()
    first.close()
    assert state["next_batch"] == 4 and state["next_sample"] == 256
    resumed = make(1)
    resumed.load_state_dict(state)
    for want in expected[4:]:
        got = next(resumed)
        for key in want:
            assert torch.equal(got[key], want[key]), key
    resumed.close()
    other = make(0)
    with pytest.raises(ValueError, match="same build"):
        other.load_state_dict({**state, "num_rows": 5})


@pytest.mark.parametrize("n", [1, 2, 3, 17, 1000, 4097])
def test_feistel_permutation_is_a_bijection_in_constant_memory(n):
    from train.data import FeistelPermutation

    perm = FeistelPermutation(n, [5, 0])
    values = perm(np.arange(n))
    assert sorted(values.tolist()) == list(range(n))
    assert perm(np.arange(n)[n // 2 :]).tolist() == values[n // 2 :].tolist()  # pointwise: any slice alone
    if n >= 17:
        assert values.tolist() != list(range(n))
        assert FeistelPermutation(n, [6, 0])(np.arange(n)).tolist() != values.tolist()


def test_length_bucketing_groups_similar_lengths_and_stays_a_permutation(shared_build):
    from train.data import BucketedSampleOrder

    ds = ShardDataset(shard_paths(shared_build))
    n = len(ds)
    order = BucketedSampleOrder(n, seed=3, lengths=ds.lengths, global_batch_size=16, window_batches=8)
    epoch = order.indices(0, n)
    assert sorted(epoch.tolist()) == list(range(n))
    assert order.indices(n, 2 * n).tolist() != epoch.tolist()
    assert order.indices(37, 90).tolist() == epoch[37:90].tolist()  # any position is reachable alone
    plain = SampleOrder(n, seed=3).indices(0, n)

    def padding(indices):  # pad tokens when each batch of 16 is padded to its longest
        total = 0
        for i in range(0, 16 * (len(indices) // 16), 16):
            lengths = ds.lengths(indices[i : i + 16])
            total += int((lengths.max() - lengths).sum())
        return total

    assert padding(epoch) < 0.5 * padding(plain)
    lengths = ds.lengths(epoch)
    assert np.corrcoef(np.arange(n), lengths)[0, 1] < 0.5  # batches shuffled: no long run from short to long
    assert (ds.lengths(np.array([0, 5])) == [len(ds.raw(0)["input_ids"]), len(ds.raw(5)["input_ids"])]).all()


def make_loader(build, tokenizer, world_size=1, rank=0, bucketing=False, batch_size=8):
    ds = ShardDataset(shard_paths(build))
    return PretrainingLoader(ds, PretrainingCollator(tokenizer, seed=9, rank=rank), batch_size=batch_size, seed=9,
                             rank=rank, world_size=world_size, length_bucketing=bucketing, bucket_batches=4)


def test_a_position_from_two_ranks_continues_on_one_rank(shared_build, tokenizer):
    ranks = [make_loader(shared_build, tokenizer, world_size=2, rank=r) for r in range(2)]
    seen = []
    for _ in range(3):
        for loader in ranks:
            seen += next(loader)["example_index"].tolist()
    single = make_loader(shared_build, tokenizer)
    single.load_state_dict(ranks[0].state_dict())
    assert single.next_sample == 48 and single.next_batch == 3
    seen += [i for _ in range(2) for i in next(single)["example_index"].tolist()]
    straight = make_loader(shared_build, tokenizer)
    assert seen == [i for _ in range(8) for i in next(straight)["example_index"].tolist()]


def test_bucketed_loader_resumes_exactly_but_refuses_another_global_batch(shared_build, tokenizer):
    straight = make_loader(shared_build, tokenizer, bucketing=True)
    expected = [next(straight)["example_index"].tolist() for _ in range(6)]
    first = make_loader(shared_build, tokenizer, bucketing=True)
    for _ in range(3):
        next(first)
    resumed = make_loader(shared_build, tokenizer, bucketing=True)
    resumed.load_state_dict(first.state_dict())
    assert [next(resumed)["example_index"].tolist() for _ in range(3)] == expected[3:]
    wider = make_loader(shared_build, tokenizer, world_size=2, bucketing=True)
    with pytest.raises(ValueError, match="same world size and batch size"):
        wider.load_state_dict(first.state_dict())
    with pytest.raises(ValueError, match="length_bucketing = true"):
        make_loader(shared_build, tokenizer).load_state_dict(first.state_dict())
