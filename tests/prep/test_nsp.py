"""Statistical and structural checks of the sentence-pair builder (Google's NSP, ALBERT's SOP)."""

import random

import numpy as np
import pytest

from prep.nsp import NspExample, create_examples, flatten_documents, plan_pairs, to_row, trim_counts


def _corpus(n_docs=200, seed=0):
    """Documents whose token ids encode (document, sentence): id = doc * 1000 + sentence * 10 + k."""
    rng = random.Random(seed)
    docs = []
    for d in range(n_docs):
        docs.append([[d * 1000 + s * 10 + k for k in range(rng.randint(3, 9))] for s in range(rng.randint(2, 12))])
    return docs


def _doc_of(token):
    return token // 1000


@pytest.fixture(scope="module", params=["nsp", "sop"])
def objective_examples(request):
    examples = create_examples(_corpus(), random.Random(1), max_seq_len=64, short_seq_prob=0.1, nsp_prob=0.5,
                               objective=request.param)
    return request.param, examples


def test_lengths_never_exceed_max_seq_len_and_segments_not_empty(objective_examples):
    _, examples = objective_examples
    assert len(examples) > 200
    for ex in examples:
        assert len(ex.tokens_a) >= 1 and len(ex.tokens_b) >= 1
        assert len(ex.tokens_a) + len(ex.tokens_b) + 3 <= 64


def test_random_next_share_is_near_nsp_prob():
    examples = create_examples(_corpus(), random.Random(1), 64, 0.1, 0.5)
    share = sum(ex.label for ex in examples) / len(examples)
    # single-sentence chunks are forced random, so the share sits a little above nsp_prob
    assert 0.45 <= share <= 0.62, share
    assert not any(ex.label for ex in create_examples(_corpus(), random.Random(1), 64, 0.0, 0.0)
                   if len(ex.tokens_a) > 12)  # nsp_prob 0: only forced (single-sentence) chunks are random


def test_nsp_positives_stay_in_one_document_in_order_and_negatives_never_do():
    for ex in create_examples(_corpus(), random.Random(1), 64, 0.1, 0.5):
        docs_a = {_doc_of(t) for t in ex.tokens_a}
        docs_b = {_doc_of(t) for t in ex.tokens_b}
        assert len(docs_a) == 1 and len(docs_b) == 1
        if ex.label:
            assert docs_a != docs_b  # the random B is never from A's own document
        else:
            assert docs_a == docs_b
            assert max(ex.tokens_a) < min(ex.tokens_b)  # B continues A, in order


def test_two_documents_negatives_always_come_from_the_other_one():
    docs = [[[d * 1000 + s * 10 + k for k in range(4)] for s in range(30)] for d in range(2)]
    examples = create_examples(docs, random.Random(3), 32, 0.5, 0.9, dupe_factor=3)
    negatives = [ex for ex in examples if ex.label]
    assert len(negatives) > 20
    assert all(_doc_of(ex.tokens_a[0]) != _doc_of(ex.tokens_b[0]) for ex in negatives)


def test_sop_pairs_are_one_document_swapped_half_the_time():
    examples = create_examples(_corpus(400), random.Random(4), 64, 0.1, 0.5, objective="sop")
    swapped = 0
    for ex in examples:
        assert len({_doc_of(t) for t in ex.tokens_a + ex.tokens_b}) == 1  # never a random document
        if ex.label:
            assert max(ex.tokens_b) < min(ex.tokens_a)  # B comes first in the document
            swapped += 1
        else:
            assert max(ex.tokens_a) < min(ex.tokens_b)
    share = swapped / len(examples)
    # each example is swapped independently with probability 0.5: 5 standard deviations
    sd = (0.25 / len(examples)) ** 0.5
    assert abs(share - 0.5) < 5 * sd, share
    low = create_examples(_corpus(400), random.Random(4), 64, 0.1, 0.2, objective="sop")
    assert abs(sum(ex.label for ex in low) / len(low) - 0.2) < 5 * (0.16 / len(low)) ** 0.5


def test_sop_cuts_a_single_sentence_chunk_inside_the_sentence():
    docs = [[[d * 1000 + k for k in range(40)]] for d in range(20)]  # one long sentence per document
    examples = create_examples(docs, random.Random(0), 32, 0.0, 0.5, objective="sop")
    assert len(examples) == 20
    for ex in examples:
        assert _doc_of(ex.tokens_a[0]) == _doc_of(ex.tokens_b[0])
        first, second = (ex.tokens_b, ex.tokens_a) if ex.label else (ex.tokens_a, ex.tokens_b)
        assert max(first) < min(second) and len(first) + len(second) <= 29
    assert not create_examples([[[5]], [[1006]]], random.Random(0), 32, 0.0, 0.5, objective="sop")  # 1 token


def test_short_target_share():
    # 13 sentences of 10 tokens: a full target (125) takes the whole document as one chunk, trimmed to
    # 125 tokens; only a short target (drawn with short_seq_prob, per document) gives a shorter example
    docs = [[[d * 1000 + s * 10 + k for k in range(10)] for s in range(13)] for d in range(2000)]
    examples = create_examples(docs, random.Random(2), 128, short_seq_prob=0.1, nsp_prob=0.0)
    short_docs = {_doc_of(ex.tokens_a[0]) for ex in examples if len(ex.tokens_a) + len(ex.tokens_b) < 125}
    share = len(short_docs) / len(docs)
    # expected 0.1 * P(target <= 120) = 0.1 * 119/124 = 0.096; sd = 0.0066
    assert 0.07 <= share <= 0.125, share
    full = create_examples(docs, random.Random(2), 128, 0.0, 0.0)
    assert all(len(ex.tokens_a) + len(ex.tokens_b) == 125 for ex in full)


@pytest.mark.parametrize("objective", ["nsp", "sop"])
def test_empty_documents_and_sentences_are_skipped(objective):
    docs = [[], [[1, 2], [], [3, 4], [5]], [[]], [[7, 8, 9], [10, 11]], []]  # trailing empty document too
    examples = create_examples(docs, random.Random(0), 16, 0.0, 1.0, objective=objective)
    assert examples
    tokens = {t for ex in examples for t in ex.tokens_a + ex.tokens_b}
    assert tokens <= {1, 2, 3, 4, 5, 7, 8, 9, 10, 11}


def test_single_document_has_no_negatives():
    examples = create_examples([[[1, 2], [3, 4], [5]]], random.Random(0), 16, 0.0, 1.0)
    assert examples and not any(ex.label for ex in examples)


def test_deterministic_for_a_seed():
    a = create_examples(_corpus(), random.Random(5), 64, 0.1, 0.5, dupe_factor=2)
    b = create_examples(_corpus(), random.Random(5), 64, 0.1, 0.5, dupe_factor=2)
    c = create_examples(_corpus(), random.Random(6), 64, 0.1, 0.5, dupe_factor=2)
    assert a == b and a != c
    assert len(a) > 1.8 * len(create_examples(_corpus(), random.Random(5), 64, 0.1, 0.5))


def test_trim_counts_is_the_closed_form_of_googles_loop():
    for len_a in range(0, 40):
        for len_b in range(0, 40):
            for max_tokens in (5, 17, 30):
                a, b = len_a, len_b
                while a + b > max_tokens:  # truncate_seq_pair, counting instead of deleting
                    if a > b:
                        a -= 1
                    else:
                        b -= 1
                assert trim_counts(len_a, len_b, max_tokens) == (len_a - a, len_b - b)


def test_trimming_takes_from_both_ends():
    # A and B of 40 tokens each, 61 allowed: Google's loop removes 9 from A and 10 from B, each token
    # from the front or the back with probability 1/2, so A's front cut is Binomial(9, 1/2): mean 4.5, sd 1.5
    docs = [[[d * 1000 + k for k in range(40)], [d * 1000 + 500 + k for k in range(40)]] for d in range(400)]
    examples = create_examples(docs, random.Random(0), 64, 0.0, 0.0)
    assert len(examples) == 400
    fronts = np.array([ex.tokens_a[0] % 1000 for ex in examples])
    assert abs(fronts.mean() - 4.5) < 0.5 and 1.0 < fronts.std() < 2.0
    assert all(len(ex.tokens_a) == 31 and len(ex.tokens_b) == 30 for ex in examples)
    assert all(ex.tokens_a == list(range(ex.tokens_a[0], ex.tokens_a[-1] + 1)) for ex in examples)  # contiguous


def test_plan_pairs_spans_index_the_flat_tokens():
    docs = _corpus(30)
    flat, sent_offsets, doc_offsets = flatten_documents(docs)
    assert flat.tolist() == [t for d in docs for s in d for t in s]
    assert len(doc_offsets) == 31 and sent_offsets[-1] == len(flat)
    spans = plan_pairs(sent_offsets, doc_offsets, random.Random(0), 64, 0.1, 0.5)
    assert len(spans) and (spans.a_lo < spans.a_hi).all() and (spans.b_lo < spans.b_hi).all()
    with pytest.raises(ValueError, match="objective"):
        plan_pairs(sent_offsets, doc_offsets, random.Random(0), 64, 0.1, 0.5, objective="mlm")


def test_row_layout():
    ids, num_a, label = to_row(NspExample([7, 8], [9], 1), cls_id=2, sep_id=3)
    assert ids == [2, 7, 8, 3, 9, 3] and num_a == 4 and label == 1
