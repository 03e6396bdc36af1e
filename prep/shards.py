"""Sentence-per-line text -> tokenized NSP examples -> Arrow shards (format in `common.shard_format`).

`ArrowShardWriter` writes one shard to a temporary name and renames it into place on a clean exit,
so a shard is visible under its final name only when complete. `build_shard` is the unit of work
of this stage: one split part in, one shard out, seeded from (build seed, unit id) so the bytes do
not depend on how many processes ran the stage.
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
from tokenizers import Tokenizer

from common.shard_format import sha256_file, shard_schema
from prep.config import ShardsConfig
from prep.nsp import create_examples, to_row
from prep.tokenizer import CONTINUATION_PREFIX

ROWS_PER_BATCH = 1024  # fixed, so record-batch boundaries (and bytes) are deterministic


@dataclass(frozen=True)
class ShardInfo:
    file: str
    rows: int
    bytes: int
    sha256: str


class ArrowShardWriter:
    """Context manager writing NSP rows to one Arrow IPC stream file, atomically."""

    def __init__(self, path: str | Path, vocab_size: int):
        self.path = Path(path)
        self.schema = shard_schema(vocab_size)
        self._tmp = self.path.with_name(f".{self.path.name}.tmp-{os.getpid()}")
        self._rows: list[tuple[list[int], int, int, list[bool]]] = []
        self._writer: pa.ipc.RecordBatchStreamWriter | None = None
        self._sink = None
        self.rows = 0

    def __enter__(self) -> ArrowShardWriter:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._sink = pa.OSFile(str(self._tmp), "wb")
        self._writer = pa.ipc.new_stream(self._sink, self.schema)
        return self

    def write(self, input_ids: list[int], num_a_tokens: int, label: int, word_start: list[bool]) -> None:
        self._rows.append((input_ids, num_a_tokens, label, word_start))
        if len(self._rows) >= ROWS_PER_BATCH:
            self._flush()

    def _flush(self) -> None:
        if not self._rows:
            return
        ids, num_a, labels, starts = zip(*self._rows, strict=True)
        batch = pa.record_batch(
            [
                pa.array(ids, type=self.schema.field("input_ids").type),
                pa.array(num_a, type=pa.uint16()),
                pa.array(labels, type=pa.int8()),
                pa.array(starts, type=pa.list_(pa.bool_())),
            ],
            schema=self.schema,
        )
        self._writer.write_batch(batch)
        self.rows += len(self._rows)
        self._rows = []

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self._flush()
            self._writer.close()
            self._sink.close()
        finally:
            if exc_type is None:
                os.replace(self._tmp, self.path)
            else:
                self._tmp.unlink(missing_ok=True)

    def info(self, relative_to: Path) -> ShardInfo:
        return ShardInfo(
            file=self.path.relative_to(relative_to).as_posix(),
            rows=self.rows,
            bytes=self.path.stat().st_size,
            sha256=sha256_file(self.path),
        )


def read_split_documents(path: str | Path) -> Iterator[list[str]]:
    """Documents of a BERT-format file: sentences one per line, a blank line between documents."""
    doc: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                doc.append(line)
            elif doc:
                yield doc
                doc = []
    if doc:
        yield doc


def continuation_table(tok: Tokenizer) -> np.ndarray:
    """Boolean per vocabulary id: True for `##` word-piece continuations."""
    table = np.zeros(tok.get_vocab_size(with_added_tokens=True), dtype=bool)
    for token, idx in tok.get_vocab(with_added_tokens=True).items():
        table[idx] = token.startswith(CONTINUATION_PREFIX)
    return table


def build_shard(
    split_path: Path, shard_path: Path, tok: Tokenizer, cfg: ShardsConfig, seed: int
) -> tuple[int, int]:
    """One unit of the shards stage; returns (documents used, examples written)."""
    cls_id, sep_id = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    is_continuation = continuation_table(tok)
    documents = []
    for sentences in read_split_documents(split_path):
        encodings = tok.encode_batch(sentences, add_special_tokens=False)
        documents.append([enc.ids for enc in encodings])
    examples = create_examples(
        documents, random.Random(seed), cfg.max_seq_len, cfg.short_seq_prob, cfg.nsp_prob, cfg.dupe_factor
    )
    with ArrowShardWriter(shard_path, tok.get_vocab_size(with_added_tokens=True)) as writer:
        for example in examples:
            ids, num_a, label = to_row(example, cls_id, sep_id)
            starts = (~is_continuation[ids]).tolist()
            starts[0] = starts[num_a - 1] = starts[-1] = False  # special tokens start no word
            writer.write(ids, num_a, label, starts)
    return len(documents), writer.rows
