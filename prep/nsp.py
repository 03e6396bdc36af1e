"""Next-sentence-prediction examples, faithful to Google's `create_pretraining_data.py`.

A document is a list of tokenized sentences (lists of token ids). For each document, sentences
are gathered into a chunk until a target length is reached (`max_seq_len - 3`, or with
`short_seq_prob` a random shorter target); segment A takes a random number of leading sentences of
the chunk; B is the true continuation or, with `nsp_prob` (and always when the chunk is a single
sentence), a span from another document, in which case the chunk's unused sentences are put back;
the longer segment is then truncated from the front or the back at random until the pair fits.

Differences from Google's script, all deliberate:
- negatives come from the other documents of the same unit of work (a bounded buffer), not from
  the whole corpus, so memory does not grow with the corpus;
- a "random" B is never drawn from the same document (Google retries 10 times and then accepts the
  same document); a unit with a single document produces only true-continuation pairs;
- empty documents and empty sentences are skipped instead of crashing.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

Document = Sequence[Sequence[int]]  # sentences of token ids


@dataclass(frozen=True)
class NspExample:
    tokens_a: list[int]
    tokens_b: list[int]
    is_random_next: bool


def create_examples(
    documents: Sequence[Document],
    rng: random.Random,
    max_seq_len: int,
    short_seq_prob: float,
    nsp_prob: float,
    dupe_factor: int = 1,
) -> list[NspExample]:
    """All examples of one unit of work, shuffled (the unit's rng makes this deterministic)."""
    docs = [[list(s) for s in doc if len(s) > 0] for doc in documents]
    docs = [d for d in docs if d]
    examples: list[NspExample] = []
    for _ in range(dupe_factor):
        for index in range(len(docs)):
            examples.extend(_examples_from_document(docs, index, rng, max_seq_len, short_seq_prob, nsp_prob))
    rng.shuffle(examples)
    return examples


def _examples_from_document(
    docs: list[list[list[int]]],
    index: int,
    rng: random.Random,
    max_seq_len: int,
    short_seq_prob: float,
    nsp_prob: float,
) -> Iterator[NspExample]:
    document = docs[index]
    max_num_tokens = max_seq_len - 3  # [CLS], [SEP], [SEP]
    target_len = max_num_tokens
    if rng.random() < short_seq_prob:
        target_len = rng.randint(2, max_num_tokens)

    chunk: list[list[int]] = []
    chunk_len = 0
    i = 0
    while i < len(document):
        chunk.append(document[i])
        chunk_len += len(document[i])
        if i == len(document) - 1 or chunk_len >= target_len:
            a_end = rng.randint(1, len(chunk) - 1) if len(chunk) >= 2 else 1
            tokens_a = [t for sentence in chunk[:a_end] for t in sentence]
            tokens_b: list[int] = []
            has_other_doc = len(docs) > 1
            is_random_next = has_other_doc and (len(chunk) == 1 or rng.random() < nsp_prob)
            if is_random_next:
                target_b_len = target_len - len(tokens_a)
                other = rng.randint(0, len(docs) - 2)
                other += other >= index  # uniform over the other documents, never this one
                random_doc = docs[other]
                start = rng.randint(0, len(random_doc) - 1)
                for sentence in random_doc[start:]:
                    tokens_b.extend(sentence)
                    if len(tokens_b) >= target_b_len:
                        break
                i -= len(chunk) - a_end  # put the unused sentences back
            else:
                tokens_b = [t for sentence in chunk[a_end:] for t in sentence]
            _truncate_pair(tokens_a, tokens_b, max_num_tokens, rng)
            if tokens_a and tokens_b:
                yield NspExample(tokens_a, tokens_b, is_random_next)
            chunk = []
            chunk_len = 0
        i += 1


def _truncate_pair(tokens_a: list[int], tokens_b: list[int], max_num_tokens: int, rng: random.Random) -> None:
    """Trim the longer segment, from the front or the back at random, until the pair fits."""
    while len(tokens_a) + len(tokens_b) > max_num_tokens:
        longer = tokens_a if len(tokens_a) > len(tokens_b) else tokens_b
        if rng.random() < 0.5:
            del longer[0]
        else:
            longer.pop()


def to_row(example: NspExample, cls_id: int, sep_id: int) -> tuple[list[int], int, int]:
    """`[CLS] A [SEP] B [SEP]` ids, the length of `[CLS] A [SEP]`, and the NSP label (1 = random)."""
    ids = [cls_id, *example.tokens_a, sep_id, *example.tokens_b, sep_id]
    return ids, len(example.tokens_a) + 2, int(example.is_random_next)
