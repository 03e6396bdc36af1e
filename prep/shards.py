"""Sentence-per-line text -> tokenized sentence-pair examples -> Arrow shards (format in `privbert.build_format`).

`build_shard` is the unit of work of this stage: one split part in, one shard out, seeded from
(build seed, unit id) so the bytes do not depend on how many processes ran the stage. It streams:

    read documents -> tokenize them in groups (`SentenceEncoder`, Rust) -> a buffer of at most
    `ShardsConfig.buffer_mb` of text, held only as token ids -> `prep.nsp.plan_pairs` (spans of the
    buffer's flat token array) -> rows gathered with numpy, a block at a time -> `ArrowShardWriter`

so memory is bounded by the buffer, not by the part or the corpus, and no Python list of tokens is
ever built. `ArrowShardWriter` writes one shard to a temporary name and renames it into place on a
clean exit, so a shard is visible under its final name only when complete.
"""

from __future__ import annotations

import contextlib
import random
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
from tokenizers import AddedToken, Tokenizer

from prep.config import ShardsConfig
from prep.nsp import PairSpans, plan_pairs
from prep.tokenizer import CONTINUATION_PREFIX
from privbert.build_format import shard_schema, token_id_type
from privbert.io import publish, temporary_name

ROWS_PER_BATCH = 1024  # fixed, so record-batch boundaries (and bytes) are deterministic
ROWS_PER_BLOCK = 8 * ROWS_PER_BATCH  # rows gathered at once: bounds the temporary index arrays
GROUP_CHARS = 1 << 13  # documents are joined into strings of about this many characters to tokenize
GROUPS_PER_CALL = 32  # strings per `encode_batch` call (the Rust thread pool splits them)
SENTENCE_BOUNDARY = "\n"  # never inside a line of split text; an added token marks sentence ends


class ArrowShardWriter:
    """Context manager writing example rows to one Arrow IPC stream file, atomically.

    Rows come in blocks of flat numpy arrays (`write_rows`) and leave as record batches of exactly
    `ROWS_PER_BATCH` rows (the last one shorter), whatever the block sizes were.
    """

    def __init__(self, path: str | Path, vocab_size: int):
        self.path = Path(path)
        self.schema = shard_schema(vocab_size)
        self._id_type = token_id_type(vocab_size)
        self._tmp = temporary_name(self.path)
        self._pending: list[tuple[np.ndarray, ...]] = []
        self._pending_rows = 0
        self._writer: pa.ipc.RecordBatchStreamWriter | None = None
        self._sink = None
        self.rows = 0

    def __enter__(self) -> ArrowShardWriter:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._sink = pa.OSFile(str(self._tmp), "wb")
        self._writer = pa.ipc.new_stream(self._sink, self.schema)
        return self

    def write(self, input_ids: Sequence[int], num_a_tokens: int, label: int, word_start: Sequence[bool]) -> None:
        """One row (slow path, for tests and small callers)."""
        self.write_rows(
            np.asarray(input_ids, dtype=np.int64), np.asarray([len(input_ids)]), np.asarray([num_a_tokens]),
            np.asarray([label]), np.asarray(word_start, dtype=bool),
        )

    def write_rows(
        self, values: np.ndarray, lengths: np.ndarray, num_a: np.ndarray, labels: np.ndarray, word_start: np.ndarray
    ) -> None:
        """A block of rows: row r is `values[sum(lengths[:r]):][:lengths[r]]` (same for `word_start`)."""
        if len(values) != int(lengths.sum()) or len(word_start) != len(values):
            raise ValueError(f"{len(values)} ids and {len(word_start)} word starts for rows of {lengths.sum()}")
        self._pending.append((values, lengths, num_a, labels, word_start))
        self._pending_rows += len(lengths)
        if self._pending_rows >= ROWS_PER_BATCH:
            self._flush(final=False)

    def _flush(self, final: bool) -> None:
        if not self._pending_rows:
            return
        values, lengths, num_a, labels, starts = (np.concatenate(parts) for parts in zip(*self._pending, strict=True))
        offsets = np.zeros(len(lengths) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        n_out = len(lengths) if final else len(lengths) - len(lengths) % ROWS_PER_BATCH
        list_type = self.schema.field("input_ids").type
        for r0 in range(0, n_out, ROWS_PER_BATCH):
            r1 = min(r0 + ROWS_PER_BATCH, n_out)
            o0, o1 = offsets[r0], offsets[r1]
            rel = pa.array((offsets[r0:r1 + 1] - o0).astype(np.int32))
            batch = pa.record_batch(
                [
                    pa.ListArray.from_arrays(rel, pa.array(values[o0:o1].astype(self._id_type.to_pandas_dtype())),
                                             type=list_type),
                    pa.array(num_a[r0:r1].astype(np.uint16)),
                    pa.array(labels[r0:r1].astype(np.int8)),
                    pa.ListArray.from_arrays(rel, pa.array(starts[o0:o1]), type=self.schema.field("word_start").type),
                ],
                schema=self.schema,
            )
            self._writer.write_batch(batch)
        self.rows += n_out
        rest = offsets[n_out]
        self._pending = [] if n_out == len(lengths) else [
            (values[rest:], lengths[n_out:], num_a[n_out:], labels[n_out:], starts[rest:])
        ]
        self._pending_rows = len(lengths) - n_out

    def __exit__(self, exc_type, exc, tb) -> None:
        # Rename only when the last batch, the end-of-stream marker and the close all went to disk:
        # they can fail too (a full disk), and a partial shard must never appear under its final name.
        complete = False
        try:
            if exc_type is None:
                self._flush(final=True)
            self._writer.close()
            self._sink.close()
            complete = exc_type is None
        finally:
            if complete:
                publish(self._tmp, self.path)
            else:
                with contextlib.suppress(OSError):  # the first error is the one to report
                    self._sink.close()
                self._tmp.unlink(missing_ok=True)


def read_split_documents(path: str | Path) -> Iterator[list[str]]:
    """Documents of a BERT-format file: sentences one per line, a blank line between documents."""
    for doc, _ in read_split_documents_sized(path):
        yield doc


def read_split_documents_sized(path: str | Path) -> Iterator[tuple[list[str], int]]:
    """(sentences, bytes of the file they took) per document; lines end at `\\n` only."""
    doc: list[str] = []
    size = 0
    with open(path, "rb") as f:
        for raw in f:
            size += len(raw)
            line = raw.decode("utf-8").strip()
            if line:
                doc.append(line)
            elif doc:
                yield doc, size
                doc, size = [], 0
    if doc:
        yield doc, size


def continuation_table(tok: Tokenizer) -> np.ndarray:
    """Boolean per vocabulary id: True for `##` word-piece continuations."""
    table = np.zeros(tok.get_vocab_size(with_added_tokens=True), dtype=bool)
    for token, idx in tok.get_vocab(with_added_tokens=True).items():
        table[idx] = token.startswith(CONTINUATION_PREFIX)
    return table


@dataclass
class TokenBuffer:
    """Tokenized documents, flat: sentence s is `ids[sent_offsets[s]:sent_offsets[s + 1]]`, document d
    holds sentences `doc_offsets[d]` to `doc_offsets[d + 1] - 1`; empty sentences and documents dropped."""

    ids: np.ndarray  # int32
    sent_offsets: list[int]
    doc_offsets: list[int]
    documents_read: int
    length_counts: np.ndarray  # [tokens] -> sentences read, empty ones included (the manifest's sentence_tokens)


class SentenceEncoder:
    """Token ids of many sentences at once, identical to encoding each sentence on its own.

    Encoding sentence by sentence pays a Python round trip and an `Encoding` object per sentence.
    Instead, consecutive sentences are joined into strings of about `GROUP_CHARS` characters with
    `\\n` after each one, and a copy of the tokenizer knows `\\n` as an added special token: added
    tokens are cut out of the raw text before normalization, so every sentence is tokenized exactly
    as if alone and the `\\n` ids mark where each one ends (tests compare whole corpora). Each call
    also checks its first sentences against per-sentence encoding, and falls back to that for good
    if a tokenizer ever disagrees, or already has `\\n` in its vocabulary.
    """

    def __init__(self, tok: Tokenizer):
        self._single = Tokenizer.from_str(tok.to_str())
        self._single.no_truncation()
        self._single.no_padding()
        self._joined: Tokenizer | None = None
        self._boundary = -1
        if tok.token_to_id(SENTENCE_BOUNDARY) is None:
            self._joined = Tokenizer.from_str(self._single.to_str())
            self._joined.add_special_tokens([AddedToken(SENTENCE_BOUNDARY, special=True, normalized=False)])
            self._boundary = self._joined.token_to_id(SENTENCE_BOUNDARY)

    @property
    def joins_sentences(self) -> bool:
        return self._joined is not None

    def encode(self, sentences: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(flat int32 ids, per-sentence lengths) of the sentences in order."""
        if self._joined is not None:
            result = self._encode_joined(sentences)
            if result is not None:
                return result
            self._joined = None  # this tokenizer does not cut sentences cleanly: never try again
        ids = [e.ids for e in self._single.encode_batch_fast(list(sentences), add_special_tokens=False)]
        return _concat_ids(ids), np.fromiter(map(len, ids), np.int64, count=len(ids))

    def _encode_joined(self, sentences: Sequence[str]) -> tuple[np.ndarray, np.ndarray] | None:
        texts, current, chars = [], [], 0
        for sentence in sentences:
            current.append(sentence)
            chars += len(sentence)
            if chars >= GROUP_CHARS:
                texts.append(SENTENCE_BOUNDARY.join(current) + SENTENCE_BOUNDARY)
                current, chars = [], 0
        if current:
            texts.append(SENTENCE_BOUNDARY.join(current) + SENTENCE_BOUNDARY)
        ids = _concat_ids([e.ids for e in self._joined.encode_batch_fast(texts, add_special_tokens=False)])
        ends = np.flatnonzero(ids == self._boundary)
        if len(ends) != len(sentences):
            return None
        lengths = np.diff(ends, prepend=-1) - 1
        ids = ids[ids != self._boundary]
        sample = list(sentences[:8])
        expected = [e.ids for e in self._single.encode_batch_fast(sample, add_special_tokens=False)]
        found = np.split(ids[: int(lengths[: len(sample)].sum())], np.cumsum(lengths[: len(sample)])[:-1])
        if [f.tolist() for f in found] != expected:
            return None
        return ids, lengths


def _concat_ids(lists: list[list[int]]) -> np.ndarray:
    return np.fromiter((t for ids in lists for t in ids), dtype=np.int32, count=sum(map(len, lists)))


def buffered_documents(
    documents: Iterable[tuple[list[str], int]], encoder: SentenceEncoder, buffer_bytes: int
) -> Iterator[TokenBuffer]:
    """Token buffers of consecutive documents, each closed once it holds `buffer_bytes` of text.

    Text is tokenized as it is read, `GROUPS_PER_CALL * GROUP_CHARS` characters at a time, so only
    token ids (not strings) are held for the whole buffer.
    """
    ids_parts: list[np.ndarray] = []
    len_parts: list[np.ndarray] = []
    doc_sizes: list[int] = []  # sentences per document
    pending: list[str] = []
    buffered = 0

    def encode_pending() -> None:
        if pending:
            ids, lengths = encoder.encode(pending)
            ids_parts.append(ids)
            len_parts.append(lengths)
            pending.clear()

    def close() -> TokenBuffer:
        encode_pending()
        lengths = np.concatenate(len_parts)
        kept = lengths > 0
        per_doc = np.add.reduceat(kept.astype(np.int64), np.cumsum([0, *doc_sizes[:-1]]))  # sentences kept per document
        buffer = TokenBuffer(
            ids=np.concatenate(ids_parts),
            sent_offsets=[0, *np.cumsum(lengths[kept]).tolist()],
            doc_offsets=[0, *np.cumsum(per_doc[per_doc > 0]).tolist()],
            documents_read=len(doc_sizes),
            length_counts=np.bincount(lengths),
        )
        ids_parts.clear()
        len_parts.clear()
        doc_sizes.clear()
        return buffer

    pending_chars = 0
    for sentences, size in documents:
        pending.extend(sentences)
        pending_chars += sum(map(len, sentences))
        doc_sizes.append(len(sentences))
        buffered += size
        if pending_chars >= GROUPS_PER_CALL * GROUP_CHARS:
            encode_pending()
            pending_chars = 0
        if buffered >= buffer_bytes:
            yield close()
            buffered, pending_chars = 0, 0
    if doc_sizes:
        yield close()


def gather_rows(
    ids: np.ndarray, spans: PairSpans, cls_id: int, sep_id: int, is_continuation: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(values, lengths, num_a, word_start) of `[CLS] A [SEP] B [SEP]` rows, all with numpy.

    Each row is five pieces (CLS, a range of `ids`, SEP, a range, SEP); a flat source index for
    every output position is built as a "ragged arange" and the ids are taken in one fancy index.
    """
    len_a = spans.a_hi - spans.a_lo
    len_b = spans.b_hi - spans.b_lo
    lengths = len_a + len_b + 3
    n = len(lengths)
    source = np.concatenate([ids, np.asarray([cls_id, sep_id], dtype=ids.dtype)])
    cls_at, sep_at = len(ids), len(ids) + 1
    piece_start = np.empty((n, 5), dtype=np.int64)
    piece_len = np.ones((n, 5), dtype=np.int64)
    piece_start[:, 0], piece_start[:, 2], piece_start[:, 4] = cls_at, sep_at, sep_at
    piece_start[:, 1], piece_len[:, 1] = spans.a_lo, len_a
    piece_start[:, 3], piece_len[:, 3] = spans.b_lo, len_b
    piece_start, piece_len = piece_start.ravel(), piece_len.ravel()
    total = int(lengths.sum())
    dest = np.cumsum(piece_len) - piece_len
    index = np.repeat(piece_start - dest, piece_len) + np.arange(total)
    values = source[index]
    word_start = ~is_continuation[values]
    row_start = np.cumsum(lengths) - lengths
    num_a = len_a + 2
    word_start[row_start] = False  # [CLS]
    word_start[row_start + num_a - 1] = False  # the first [SEP]
    word_start[row_start + lengths - 1] = False  # the last [SEP]
    return values, lengths, num_a, word_start


_ENCODERS: dict[int, tuple[Tokenizer, SentenceEncoder, np.ndarray]] = {}


def _encoder(tok: Tokenizer) -> tuple[SentenceEncoder, np.ndarray]:
    """One encoder and continuation table per tokenizer object (a worker builds many shards)."""
    if id(tok) not in _ENCODERS:
        _ENCODERS[id(tok)] = (tok, SentenceEncoder(tok), continuation_table(tok))  # holds tok: id stays unique
    _, encoder, table = _ENCODERS[id(tok)]
    return encoder, table


def build_shard(
    split_path: Path, shard_path: Path, tok: Tokenizer, cfg: ShardsConfig, seed: int,
    sentence_tokens: Counter | None = None,
) -> tuple[int, int]:
    """One unit of the shards stage; returns (documents read, examples written).

    `sentence_tokens`, when given, counts the part's sentences by their length in tokens (no special
    tokens): the report's sentence length histogram, taken from the encoding this stage does anyway.
    """
    cls_id, sep_id = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    if cls_id is None or sep_id is None:
        raise ValueError("the tokenizer has no [CLS] or [SEP] token; use a tokenizer from `python -m prep tokenizer`")
    encoder, is_continuation = _encoder(tok)
    rng = random.Random(seed)
    documents = 0
    with ArrowShardWriter(shard_path, tok.get_vocab_size(with_added_tokens=True)) as writer:
        buffers = buffered_documents(read_split_documents_sized(split_path), encoder, cfg.buffer_mb * 1_000_000)
        for buffer in buffers:
            documents += buffer.documents_read
            if sentence_tokens is not None:
                sentence_tokens.update({n: int(c) for n, c in enumerate(buffer.length_counts) if c})
            spans = plan_pairs(
                buffer.sent_offsets, buffer.doc_offsets, rng, cfg.max_seq_len, cfg.short_seq_prob, cfg.nsp_prob,
                cfg.objective, cfg.dupe_factor,
            )
            for r0 in range(0, len(spans), ROWS_PER_BLOCK):
                block = PairSpans(*(column[r0:r0 + ROWS_PER_BLOCK] for column in (
                    spans.a_lo, spans.a_hi, spans.b_lo, spans.b_hi, spans.label)))
                values, lengths, num_a, word_start = gather_rows(buffer.ids, block, cls_id, sep_id, is_continuation)
                writer.write_rows(values, lengths, num_a, block.label, word_start)
    return documents, writer.rows
