"""Sentence-pair examples (NSP, or ALBERT's SOP), faithful to Google's `create_pretraining_data.py`.

For each document, sentences are gathered into a chunk until a target length is reached
(`max_seq_len - 3`, or with `short_seq_prob` a random shorter target, drawn once per document);
segment A takes a random number of leading sentences of the chunk. Then:

- NSP (BERT): B is the rest of the chunk (label 0) or, with `nsp_prob` and always when the chunk is
  a single sentence, a span of another document starting at a random sentence (label 1), in which
  case the chunk's unused sentences are put back;
- SOP (ALBERT): B is always the rest of the chunk, and with `nsp_prob` the two are swapped (label 1).

The longer segment is then trimmed, from the front or the back at random, until the pair fits.

The work happens on *spans*: the sentences of a buffer of documents are concatenated into one flat
token array, and every segment is a contiguous range of it (A and B are runs of consecutive
sentences, and trimming only shortens a range). So the Python loop only moves integers, never
token lists; `flatten_documents` and `create_examples` give the list-of-tokens view for tests.

Differences from Google's script, all deliberate:
- negatives come from the other documents of the same buffer (the unit of work, at most
  `ShardsConfig.buffer_mb` of text), not from the whole corpus, so memory does not grow with the
  corpus (see the README for what this changes);
- a "random" B is never drawn from the same document (Google retries 10 times and then accepts the
  same document); a buffer with a single document gives only true-continuation pairs, and its
  single-sentence chunks (which Google pairs with a random B) are skipped;
- empty documents and empty sentences are skipped instead of crashing;
- trimming draws the number of front removals per segment at once (a binomial, one `getrandbits`)
  instead of one coin per removed token: the same distribution, fewer draws;
- SOP: a chunk of a single sentence (ALBERT pairs it with a random document, which is not a sentence
  *order* example) is cut inside the sentence at a random token; a one-token chunk is skipped.
"""

from __future__ import annotations

import random
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from prep.config import OBJECTIVES

Document = Sequence[Sequence[int]]  # sentences of token ids


@dataclass(frozen=True)
class PairSpans:
    """Examples as ranges `[a_lo, a_hi)` and `[b_lo, b_hi)` of a flat token array, with their label.

    label: NSP 0 = B continues A, 1 = B is random; SOP 0 = A then B in document order, 1 = swapped.
    """

    a_lo: np.ndarray
    a_hi: np.ndarray
    b_lo: np.ndarray
    b_hi: np.ndarray
    label: np.ndarray  # int8

    def __len__(self) -> int:
        return len(self.label)


@dataclass(frozen=True)
class NspExample:
    tokens_a: list[int]
    tokens_b: list[int]
    label: int  # see PairSpans


def flatten_documents(documents: Sequence[Document]) -> tuple[np.ndarray, list[int], list[int]]:
    """(flat tokens, sentence offsets, document offsets) with empty sentences and documents dropped.

    Sentence `s` is `flat[sent_offsets[s]:sent_offsets[s + 1]]`; document `d` holds sentences
    `doc_offsets[d]` to `doc_offsets[d + 1] - 1`.
    """
    pieces: list[Sequence[int]] = []
    sent_offsets, doc_offsets = [0], [0]
    for doc in documents:
        for sentence in doc:
            if len(sentence):
                pieces.append(sentence)
                sent_offsets.append(sent_offsets[-1] + len(sentence))
        if len(sent_offsets) - 1 > doc_offsets[-1]:
            doc_offsets.append(len(sent_offsets) - 1)
    flat = np.fromiter((t for s in pieces for t in s), dtype=np.int64, count=sent_offsets[-1])
    return flat, sent_offsets, doc_offsets


def plan_pairs(
    sent_offsets: Sequence[int],
    doc_offsets: Sequence[int],
    rng: random.Random,
    max_seq_len: int,
    short_seq_prob: float,
    nsp_prob: float,
    objective: str = "nsp",
    dupe_factor: int = 1,
) -> PairSpans:
    """Every example of one buffer of documents, shuffled (the unit's rng makes it deterministic).

    Offsets as returned by `flatten_documents`: every sentence non-empty, every document non-empty.
    """
    if objective not in OBJECTIVES:
        raise ValueError(f"objective must be one of {OBJECTIVES}, found {objective!r}")
    sop = objective == "sop"
    cum = sent_offsets
    n_docs = len(doc_offsets) - 1
    max_tokens = max_seq_len - 3  # [CLS], [SEP], [SEP]
    out: list[int] = []
    for _ in range(dupe_factor):
        for d in range(n_docs):
            first, end = doc_offsets[d], doc_offsets[d + 1]
            target = max_tokens
            if rng.random() < short_seq_prob:
                target = rng.randint(2, max_tokens)
            i = first
            while i < end:
                # the chunk is sentences i..p-1: the fewest that reach `target`, or the rest of the document
                p = bisect_left(cum, cum[i] + target, i + 1, end)
                n_chunk = p - i
                a_end = i + (rng.randint(1, n_chunk - 1) if n_chunk >= 2 else 1)
                a_lo, a_hi = cum[i], cum[a_end]
                next_i = p
                if sop:
                    if n_chunk == 1:
                        if a_hi - a_lo < 2:
                            i = p
                            continue
                        a_hi = rng.randint(a_lo + 1, a_hi - 1)  # cut inside the single sentence
                    b_lo, b_hi = a_hi, cum[p]
                    label = int(rng.random() < nsp_prob)
                    if label:
                        a_lo, a_hi, b_lo, b_hi = b_lo, b_hi, a_lo, a_hi
                elif n_docs > 1 and (n_chunk == 1 or rng.random() < nsp_prob):
                    label = 1
                    other = rng.randint(0, n_docs - 2)
                    other += other >= d  # uniform over the other documents, never this one
                    o_first, o_end = doc_offsets[other], doc_offsets[other + 1]
                    start = rng.randint(o_first, o_end - 1)
                    # sentences from `start` until B reaches target - len(A) (at least one sentence)
                    stop = bisect_left(cum, cum[start] + target - (a_hi - a_lo), start + 1, o_end)
                    b_lo, b_hi = cum[start], cum[stop]
                    next_i = a_end  # put the chunk's unused sentences back
                else:
                    label = 0
                    b_lo, b_hi = cum[a_end], cum[p]
                    if b_lo == b_hi:  # a single-sentence chunk with no other document to draw from
                        i = p
                        continue
                cut_a, cut_b = trim_counts(a_hi - a_lo, b_hi - b_lo, max_tokens)
                if cut_a:
                    front = rng.getrandbits(cut_a).bit_count()  # Binomial(cut_a, 1/2) removals from the front
                    a_lo, a_hi = a_lo + front, a_hi - (cut_a - front)
                if cut_b:
                    front = rng.getrandbits(cut_b).bit_count()
                    b_lo, b_hi = b_lo + front, b_hi - (cut_b - front)
                out += (a_lo, a_hi, b_lo, b_hi, label)
                i = next_i
    rows = np.asarray(out, dtype=np.int64).reshape(-1, 5)
    rows = rows[np.random.default_rng(rng.getrandbits(64)).permutation(len(rows))]
    return PairSpans(rows[:, 0], rows[:, 1], rows[:, 2], rows[:, 3], rows[:, 4].astype(np.int8))


def trim_counts(len_a: int, len_b: int, max_tokens: int) -> tuple[int, int]:
    """Tokens to remove from A and from B: Google's loop trims the longer segment (B on a tie) one
    token at a time until the pair fits; this is its closed form."""
    excess = len_a + len_b - max_tokens
    if excess <= 0:
        return 0, 0
    first = min(excess, abs(len_a - len_b))  # from the longer one, until both are equal
    rest = excess - first  # then alternately, B first
    cut_a, cut_b = rest // 2, rest - rest // 2
    if len_a > len_b:
        cut_a += first
    else:
        cut_b += first
    return cut_a, cut_b


def create_examples(
    documents: Sequence[Document],
    rng: random.Random,
    max_seq_len: int,
    short_seq_prob: float,
    nsp_prob: float,
    dupe_factor: int = 1,
    objective: str = "nsp",
) -> list[NspExample]:
    """`plan_pairs` over token lists: all examples of the documents as lists of ids, shuffled."""
    flat, sent_offsets, doc_offsets = flatten_documents(documents)
    spans = plan_pairs(sent_offsets, doc_offsets, rng, max_seq_len, short_seq_prob, nsp_prob, objective, dupe_factor)
    ids = flat.tolist()
    return [
        NspExample(ids[a_lo:a_hi], ids[b_lo:b_hi], label)
        for a_lo, a_hi, b_lo, b_hi, label in zip(
            spans.a_lo.tolist(), spans.a_hi.tolist(), spans.b_lo.tolist(), spans.b_hi.tolist(),
            spans.label.tolist(), strict=True,
        )
    ]


def to_row(example: NspExample, cls_id: int, sep_id: int) -> tuple[list[int], int, int]:
    """`[CLS] A [SEP] B [SEP]` ids, the length of `[CLS] A [SEP]`, and the label."""
    ids = [cls_id, *example.tokens_a, sep_id, *example.tokens_b, sep_id]
    return ids, len(example.tokens_a) + 2, int(example.label)
