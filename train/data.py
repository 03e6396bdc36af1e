"""The training data path: memory-mapped shards -> deterministic sample order -> masked batches.

Everything here is a function of (build, seed, position), so a resumed run sees exactly the batches
and masks an uninterrupted run would have seen:

* `ShardDataset` memory-maps every shard of a build and indexes rows through numpy views of the
  Arrow list offsets and values: no row is copied until a batch needs it.
* `SampleOrder` is the global sample stream: epoch `e` is a permutation keyed by (seed, e),
  evaluated pointwise (a Feistel network, so memory does not grow with the dataset), and epochs
  follow each other without a gap, so a position is one integer: the number of samples all ranks
  have consumed together. `BucketedSampleOrder` sorts windows of that stream by length.
* `PretrainingBatchSampler` cuts that stream into global batches; rank `r` of `w` takes its own
  slice of every global batch, so ranks never see the same example in a step. Because the position
  is global, a resume with another world size continues the same stream without repeating or
  skipping a sample (with length bucketing the order depends on the global batch size: refused).
* `PretrainingCollator` pads and masks with HF's `DataCollatorForLanguageModeling`, reseeded from
  (seed, batch index, rank) for every batch, so masks do not depend on which worker made the batch.
* `PretrainingLoader` wraps the DataLoader and counts what the trainer *consumed* (not what the
  workers prefetched); its `state_dict()` is the data position saved in checkpoints.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import torch
from transformers import DataCollatorForLanguageModeling, PreTrainedTokenizerBase

from privbert.build_format import expand_example, open_shard

DATA_STATE_VERSION = 2


class ShardDataset:
    """Random access to the NSP examples of a list of shards, without copying the shards into memory.

    The constructor maps the shards to learn the row count; the mapped views are dropped on
    pickling, so a DataLoader worker started with `spawn` maps the files again itself instead of
    receiving a copy of the data through a pipe (with `fork` it shares the parent's mapping).
    """

    def __init__(self, shard_paths: list[Path]):
        self.shard_paths = [Path(p) for p in shard_paths]
        if not self.shard_paths:
            raise ValueError("the build lists no shards; rebuild it with `python -m prep build`")
        self._chunks: list[dict[str, Any]] | None = None
        self._starts: list[int] = []
        self._num_rows = 0
        self._open()

    def __len__(self) -> int:
        return self._num_rows

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_chunks"] = None  # reopened (memory-mapped again) on first use in the worker
        return state

    def _open(self) -> None:
        chunks: list[dict[str, Any]] = []
        start = 0
        for path in self.shard_paths:
            table = open_shard(path)
            for batch in table.to_batches():
                if batch.num_rows == 0:
                    continue
                ids: pa.ListArray = batch.column("input_ids")
                words: pa.ListArray = batch.column("word_start")
                chunks.append(
                    {
                        "start": start,
                        # zero-copy views into the memory map
                        "offsets": ids.offsets.to_numpy(zero_copy_only=True),
                        "values": ids.values.to_numpy(zero_copy_only=True),
                        "num_a": batch.column("num_a_tokens").to_numpy(zero_copy_only=True),
                        "nsp": batch.column("next_sentence_label").to_numpy(zero_copy_only=True),
                        "word_offsets": words.offsets.to_numpy(zero_copy_only=True),
                        "word_values": words.values,  # bit-packed booleans stay in Arrow
                    }
                )
                start += batch.num_rows
        self._chunks = chunks
        self._num_rows = start
        self._starts = [c["start"] for c in chunks] + [start]

    def _locate(self, index: int) -> tuple[dict[str, Any], int]:
        if self._chunks is None:
            self._open()
        if not 0 <= index < self._num_rows:
            raise IndexError(f"example {index} out of range (dataset has {self._num_rows} rows)")
        chunk = self._chunks[bisect.bisect_right(self._starts, index) - 1]
        return chunk, index - chunk["start"]

    def lengths(self, indices: np.ndarray) -> np.ndarray:
        """Token counts of the given examples, read from the Arrow offsets only (no token is touched)."""
        if self._chunks is None:
            self._open()
        indices = np.asarray(indices, dtype=np.int64)
        out = np.empty(len(indices), dtype=np.int64)
        which = np.searchsorted(np.asarray(self._starts), indices, side="right") - 1
        for c in np.unique(which):
            chunk = self._chunks[c]
            sel = which == c
            rows = indices[sel] - chunk["start"]
            out[sel] = chunk["offsets"][rows + 1] - chunk["offsets"][rows]
        return out

    def raw(self, index: int, with_word_start: bool = True) -> dict[str, Any]:
        """The stored columns of one example; `input_ids` is a view into the memory map."""
        chunk, row = self._locate(index)
        lo, hi = chunk["offsets"][row], chunk["offsets"][row + 1]
        example = {
            "input_ids": chunk["values"][lo:hi],
            "num_a_tokens": int(chunk["num_a"][row]),
            "next_sentence_label": int(chunk["nsp"][row]),
        }
        if with_word_start:  # unpacking bits costs a copy: only for whole-word masking
            wlo, whi = chunk["word_offsets"][row], chunk["word_offsets"][row + 1]
            example["word_start"] = chunk["word_values"].slice(wlo, whi - wlo).to_numpy(zero_copy_only=False)
        return example

    def features(self, index: int, with_word_start: bool = False) -> dict[str, Any]:
        """One example as the collator wants it: model inputs, special-tokens mask and the NSP label."""
        raw = self.raw(index, with_word_start)
        example: dict[str, Any] = {
            k: v.tolist() for k, v in expand_example(raw["input_ids"], raw["num_a_tokens"]).items()
        }
        example["next_sentence_label"] = raw["next_sentence_label"]
        if with_word_start:
            example["word_start"] = raw["word_start"]
        return example


class FeistelPermutation:
    """A pseudo-random permutation of `range(n)` computed pointwise, in O(1) memory whatever `n` is.

    A balanced Feistel network is a bijection on `[0, 2**bits)`; values that land at or above `n`
    are encrypted again ("cycle walking") until they fall inside, which keeps it a bijection on
    `[0, n)`. The domain is under 4n, so a few rounds of walking at most, on a handful of values.
    """

    ROUNDS = 6
    _MUL1 = np.uint64(0xBF58476D1CE4E5B9)
    _MUL2 = np.uint64(0x94D049BB133111EB)

    def __init__(self, n: int, key: list[int]):
        if n < 1:
            raise ValueError(f"a permutation needs n >= 1, found {n}")
        self.n = n
        bits = max(2, (n - 1).bit_length())
        bits += bits % 2
        self.half = np.uint64(bits // 2)
        self.mask = np.uint64((1 << (bits // 2)) - 1)
        self.keys = np.random.default_rng(key).integers(0, 1 << 63, size=self.ROUNDS, dtype=np.uint64)

    def _mix(self, value: np.ndarray, key: np.uint64) -> np.ndarray:
        h = (value ^ key) * self._MUL1  # uint64 arithmetic wraps, as a hash should
        h ^= h >> np.uint64(31)
        h *= self._MUL2
        h ^= h >> np.uint64(29)
        return h & self.mask

    def _encrypt(self, x: np.ndarray) -> np.ndarray:
        left, right = x >> self.half, x & self.mask
        for key in self.keys:
            left, right = right, left ^ self._mix(right, key)
        return (left << self.half) | right

    def __call__(self, positions: np.ndarray) -> np.ndarray:
        out = self._encrypt(np.asarray(positions, dtype=np.uint64))
        outside = out >= self.n
        while outside.any():
            out[outside] = self._encrypt(out[outside])
            outside = out >= self.n
        return out.astype(np.int64)


class SampleOrder:
    """The global stream of example indices: epoch after epoch, each a permutation keyed by (seed, epoch)."""

    def __init__(self, num_rows: int, seed: int):
        if num_rows < 1:
            raise ValueError("the build has no examples; rebuild it with more input text")
        self.num_rows = num_rows
        self.seed = seed
        self._cache: tuple[int, FeistelPermutation] | None = None

    def _permutation(self, epoch: int) -> FeistelPermutation:
        if self._cache is None or self._cache[0] != epoch:
            self._cache = (epoch, FeistelPermutation(self.num_rows, [self.seed, epoch]))
        return self._cache[1]

    def epoch_slice(self, epoch: int, lo: int, hi: int) -> np.ndarray:
        """Example indices at positions [lo, hi) of one epoch."""
        return self._permutation(epoch)(np.arange(lo, hi, dtype=np.int64))

    def indices(self, start: int, stop: int) -> np.ndarray:
        """Example indices at global stream positions [start, stop), crossing epochs as needed."""
        out = []
        pos = start
        while pos < stop:
            epoch, offset = divmod(pos, self.num_rows)
            take = min(stop - pos, self.num_rows - offset)
            out.append(self.epoch_slice(epoch, offset, offset + take))
            pos += take
        return np.concatenate(out) if out else np.empty(0, dtype=np.int64)


class BucketedSampleOrder(SampleOrder):
    """`SampleOrder` with length bucketing: still one permutation per epoch, so a position is one integer.

    Each epoch is cut into windows of `window_batches` global batches; inside a window the examples
    are sorted by length (stable, so ties keep the shuffled order), cut into global batches, and
    the batches shuffled by (seed, epoch, window). A batch then holds similar lengths and little
    padding, while the order of lengths along the run stays random. The windows depend on the
    global batch size, which is why a resume must keep it.
    """

    def __init__(self, num_rows: int, seed: int, lengths, global_batch_size: int, window_batches: int):
        super().__init__(num_rows, seed)
        self.lengths = lengths  # callable: example indices -> token counts
        self.global_batch_size = global_batch_size
        self.window = global_batch_size * window_batches
        self._window_cache: tuple[tuple[int, int], np.ndarray] | None = None

    def _window(self, epoch: int, w: int) -> np.ndarray:
        if self._window_cache is None or self._window_cache[0] != (epoch, w):
            lo = w * self.window
            hi = min(lo + self.window, self.num_rows)
            shuffled = super().epoch_slice(epoch, lo, hi)
            by_length = shuffled[np.argsort(self.lengths(shuffled), kind="stable")]
            size = self.global_batch_size
            batches = [by_length[i : i + size] for i in range(0, len(by_length), size)]
            order = np.random.default_rng([self.seed, epoch, w, 1]).permutation(len(batches))
            self._window_cache = ((epoch, w), np.concatenate([batches[i] for i in order]))
        return self._window_cache[1]

    def epoch_slice(self, epoch: int, lo: int, hi: int) -> np.ndarray:
        out = []
        pos = lo
        while pos < hi:
            w, offset = divmod(pos, self.window)
            take = min(hi - pos, self.window - offset)
            out.append(self._window(epoch, w)[offset : offset + take])
            pos += take
        return np.concatenate(out) if out else np.empty(0, dtype=np.int64)


class PretrainingBatchSampler:
    """Yields `(batch_index, sample_index, example_indices)` for this rank, forever, from a position.

    Global batch `k` covers stream positions [sample_index, sample_index + batch_size * world_size);
    rank `r` takes the `r`-th slice of `batch_size`.
    """

    def __init__(
        self,
        order: SampleOrder,
        batch_size: int,
        start_batch: int = 0,
        start_sample: int = 0,
        rank: int = 0,
        world_size: int = 1,
    ):
        if not 0 <= rank < world_size:
            raise ValueError(f"rank {rank} is outside world size {world_size}")
        self.order = order
        self.batch_size = batch_size
        self.start_batch = start_batch
        self.start_sample = start_sample
        self.rank = rank
        self.world_size = world_size

    @property
    def global_batch_size(self) -> int:
        return self.batch_size * self.world_size

    def __iter__(self) -> Iterator[tuple[int, int, list[int]]]:
        batch, sample = self.start_batch, self.start_sample
        while True:
            lo = sample + self.rank * self.batch_size
            yield batch, sample, self.order.indices(lo, lo + self.batch_size).tolist()
            batch += 1
            sample += self.global_batch_size


def batch_seed(seed: int, batch_index: int, rank: int) -> int:
    """The masking seed of one batch: independent of worker count, prefetching and restarts."""
    return int(np.random.SeedSequence([seed, batch_index, rank]).generate_state(1)[0])


class PretrainingCollator:
    """Pads to a multiple of 8, masks with HF's collator and passes the NSP label through.

    The HF collator is built with `seed=None` on purpose: with a seed it re-creates its generator
    per process as `seed + worker_id`, which would tie masks to the worker that made the batch.
    Instead `self.mlm.generator` is replaced before every batch with one seeded by `batch_seed`.
    """

    def __init__(
        self,
        tokenizer: PreTrainedTokenizerBase,
        seed: int,
        rank: int = 0,
        mlm_probability: float = 0.15,
        whole_word_mask: bool = False,
        pad_to_multiple_of: int = 8,
    ):
        self.seed = seed
        self.rank = rank
        self.whole_word_mask = whole_word_mask
        self.pad_to_multiple_of = pad_to_multiple_of
        self.mlm = DataCollatorForLanguageModeling(
            tokenizer,
            mlm_probability=mlm_probability,
            whole_word_mask=whole_word_mask,
            # HF's whole-word masking only replaces with [MASK]; say so instead of being warned
            mask_replace_prob=1.0 if whole_word_mask else 0.8,
            random_replace_prob=0.0 if whole_word_mask else 0.1,
            pad_to_multiple_of=pad_to_multiple_of,
            return_tensors="pt",
        )

    def __call__(self, examples: list[dict[str, Any]], batch_index: int) -> dict[str, torch.Tensor]:
        if self.whole_word_mask:
            examples = self._with_offsets(examples)
        self.mlm.generator = torch.Generator().manual_seed(batch_seed(self.seed, batch_index, self.rank))
        batch = self.mlm(examples)
        batch["next_sentence_label"] = batch["next_sentence_label"].long()
        return dict(batch)

    def _with_offsets(self, examples: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Encode `word_start` as the character offsets HF's whole-word masking reads.

        Each token spans one character and a gap of one character opens before every word start,
        so "token starts where the previous one ended" means "same word". Offsets are padded here
        because the tokenizer's `pad` leaves unknown keys alone.
        """
        longest = max(len(e["input_ids"]) for e in examples)
        width = -(-longest // self.pad_to_multiple_of) * self.pad_to_multiple_of
        out = []
        for example in examples:
            example = dict(example)
            word_start = np.asarray(example.pop("word_start"), dtype=np.int64)
            offsets = np.zeros((width, 2), dtype=np.int64)
            starts = np.arange(len(word_start)) + np.cumsum(word_start)
            offsets[: len(word_start), 0] = starts
            offsets[: len(word_start), 1] = starts + 1
            example["offset_mapping"] = offsets.tolist()
            out.append(example)
        return out


class _BatchDataset(torch.utils.data.Dataset):
    """Maps one sampler item to a finished batch, so collation runs inside the DataLoader workers."""

    def __init__(self, examples: ShardDataset, collator: PretrainingCollator):
        self.examples = examples
        self.collator = collator

    def __getitem__(self, item: tuple[int, int, list[int]]) -> dict[str, torch.Tensor]:
        batch_index, _, indices = item
        rows = [self.examples.features(i, self.collator.whole_word_mask) for i in indices]
        batch = self.collator(rows, batch_index)
        batch["example_index"] = torch.tensor(indices, dtype=torch.long)  # for the sample log; not a model input
        return batch


class PretrainingLoader:
    """An endless, resumable stream of masked batches.

    `state_dict()` is the position after the last batch *taken*, whatever the workers prefetched.
    """

    def __init__(
        self,
        examples: ShardDataset,
        collator: PretrainingCollator,
        batch_size: int,
        seed: int,
        num_workers: int = 0,
        pin_memory: bool = False,
        rank: int = 0,
        world_size: int = 1,
        length_bucketing: bool = False,
        bucket_batches: int = 64,
        prefetch_factor: int = 4,
    ):
        self.examples = examples
        self.collator = collator
        self.batch_size = batch_size
        self.seed = seed
        self.num_workers = num_workers
        self.pin_memory = pin_memory
        self.rank = rank
        self.world_size = world_size
        self.length_bucketing = length_bucketing
        self.prefetch_factor = prefetch_factor
        if length_bucketing:
            self.order: SampleOrder = BucketedSampleOrder(
                len(examples), seed, examples.lengths, batch_size * world_size, bucket_batches
            )
        else:
            self.order = SampleOrder(len(examples), seed)
        self.next_batch = 0  # global batch index of the next batch to hand out
        self.next_sample = 0  # global stream position where that batch starts
        self._iterator: Iterator | None = None

    def _start(self) -> Iterator:
        sampler = PretrainingBatchSampler(
            self.order, self.batch_size, self.next_batch, self.next_sample, self.rank, self.world_size
        )
        loader = torch.utils.data.DataLoader(
            _BatchDataset(self.examples, self.collator),
            sampler=sampler,
            batch_size=None,  # the dataset returns whole batches
            num_workers=self.num_workers,
            pin_memory=self.pin_memory,
            persistent_workers=False,
            prefetch_factor=self.prefetch_factor if self.num_workers else None,
            # its own generator: creating an iterator must not draw from the global torch RNG,
            # or a resumed run's dropout would differ from an uninterrupted one
            generator=torch.Generator().manual_seed(self.seed),
        )
        return iter(loader)

    def __iter__(self) -> PretrainingLoader:
        return self

    def __next__(self) -> dict[str, torch.Tensor]:
        if self._iterator is None:
            self._iterator = self._start()
        batch = next(self._iterator)
        self.next_batch += 1
        self.next_sample += self.batch_size * self.world_size
        return batch

    def state_dict(self) -> dict[str, Any]:
        """The position after the last batch taken. `next_sample` counts samples over all ranks."""
        return {
            "version": DATA_STATE_VERSION,
            "next_batch": self.next_batch,
            "next_sample": self.next_sample,
            "num_rows": len(self.examples),
            "seed": self.seed,
            "world_size": self.world_size,
            "batch_size": self.batch_size,
            "length_bucketing": self.length_bucketing,
            "bucket_window": getattr(self.order, "window", 0),
        }

    def load_state_dict(self, state: dict[str, Any]) -> None:
        if state.get("version") != DATA_STATE_VERSION:
            raise ValueError(
                f"data position has version {state.get('version')!r}, this code reads {DATA_STATE_VERSION}; "
                "start a new run with --overwrite"
            )
        if state["num_rows"] != len(self.examples) or state["seed"] != self.seed:
            raise ValueError(
                f"checkpoint was taken on a build with {state['num_rows']} examples and seed "
                f"{state['seed']}, this run has {len(self.examples)} examples and seed {self.seed}; resume "
                "with the same build and run.seed, or start a new run with --overwrite"
            )
        if state["length_bucketing"] != self.length_bucketing:
            raise ValueError(
                f"checkpoint was taken with data.length_bucketing = {str(state['length_bucketing']).lower()}; "
                "the sample order depends on it: resume with the same setting"
            )
        if self.length_bucketing and state["bucket_window"] != self.order.window:
            raise ValueError(
                f"checkpoint was taken with {state['world_size']} rank(s) x data.batch_size {state['batch_size']} "
                f"and length bucketing; this run has {self.world_size} x {self.batch_size}. The bucketed order "
                "depends on the global batch size and data.bucket_batches, so it cannot continue without "
                "repeating or skipping samples: resume with the same world size and batch size, or turn "
                "length bucketing off for both runs"
            )
        self.close()
        self.next_batch = int(state["next_batch"])
        self.next_sample = int(state["next_sample"])

    def close(self) -> None:
        """Stop the workers (they are restarted from the current position on the next batch)."""
        self._iterator = None  # dropping the last reference shuts the DataLoader's workers down
