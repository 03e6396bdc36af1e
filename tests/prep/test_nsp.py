"""Statistical and structural checks of the NSP example builder (Google's algorithm)."""

import random

import pytest

from prep.nsp import create_examples, to_row


def _corpus(n_docs=200, seed=0):
    """Documents whose token ids encode (document, sentence): id = doc * 1000 + sentence * 10 + k."""
    rng = random.Random(seed)
    docs = []
    for d in range(n_docs):
        docs.append([[d * 1000 + s * 10 + k for k in range(rng.randint(3, 9))] for s in range(rng.randint(2, 12))])
    return docs


def _doc_of(token):
    return token // 1000


@pytest.fixture(scope="module")
def examples():
    return create_examples(_corpus(), random.Random(1), max_seq_len=64, short_seq_prob=0.1, nsp_prob=0.5)


def test_lengths_never_exceed_max_seq_len_and_segments_not_empty(examples):
    for ex in examples:
        assert len(ex.tokens_a) >= 1 and len(ex.tokens_b) >= 1
        assert len(ex.tokens_a) + len(ex.tokens_b) + 3 <= 64


def test_random_next_share_is_near_nsp_prob(examples):
    share = sum(ex.is_random_next for ex in examples) / len(examples)
    # single-sentence chunks are forced random, so the share sits a little above nsp_prob
    assert 0.45 <= share <= 0.62, share


def test_positives_stay_in_one_document_and_negatives_never_do(examples):
    for ex in examples:
        docs_a = {_doc_of(t) for t in ex.tokens_a}
        docs_b = {_doc_of(t) for t in ex.tokens_b}
        assert len(docs_a) == 1 and len(docs_b) == 1
        if ex.is_random_next:
            assert docs_a != docs_b
        else:
            assert docs_a == docs_b
            assert max(ex.tokens_a) < min(ex.tokens_b)  # B continues A, in order


def test_short_target_share():
    docs = [[[d * 1000 + s * 10 + k for k in range(10)] for s in range(40)] for d in range(60)]
    ex_long = create_examples(docs, random.Random(2), 128, short_seq_prob=0.0, nsp_prob=0.0)
    ex_short = create_examples(docs, random.Random(2), 128, short_seq_prob=1.0, nsp_prob=0.0)
    mean = lambda exs: sum(len(e.tokens_a) + len(e.tokens_b) for e in exs) / len(exs)  # noqa: E731
    assert mean(ex_long) > 100  # full-length targets fill the sequence
    assert mean(ex_short) < 0.75 * mean(ex_long)


def test_empty_documents_and_sentences_are_skipped_single_doc_has_no_negatives():
    docs = [[], [[1, 2], [], [3, 4], [5]], [[]]]
    examples = create_examples(docs, random.Random(0), 16, 0.0, 1.0)
    assert examples and not any(ex.is_random_next for ex in examples)


def test_deterministic_for_a_seed():
    a = create_examples(_corpus(), random.Random(5), 64, 0.1, 0.5, dupe_factor=2)
    b = create_examples(_corpus(), random.Random(5), 64, 0.1, 0.5, dupe_factor=2)
    c = create_examples(_corpus(), random.Random(6), 64, 0.1, 0.5, dupe_factor=2)
    assert a == b and a != c
    assert len(a) > len(create_examples(_corpus(), random.Random(5), 64, 0.1, 0.5))


def test_row_layout():
    from prep.nsp import NspExample

    ids, num_a, label = to_row(NspExample([7, 8], [9], True), cls_id=2, sep_id=3)
    assert ids == [2, 7, 8, 3, 9, 3] and num_a == 4 and label == 1
