"""The size advisor: rules of thumb as pure functions of counts (prep/advice.py)."""

import pytest

from prep.advice import (
    BERT_BUDGET_TOKENS,
    format_advice,
    format_vocab_advice,
    recommend_steps,
    recommend_vocab_size,
    steps_advice,
    vocab_advice,
)


@pytest.mark.parametrize("characters, vocab", [
    (10_000, 2000),  # the floor
    (150_000, 4000),  # ~360 KB of Korean bills (issue 19): 8,000 is twice too many
    (886_489, 6000),  # the demo corpus: its configured 6,000
    (3_000_000, 8000),  # "8k for a few MB"
    (800_000_000, 32000),  # ~1 GB and up: BERT's order of magnitude
    (10**12, 32000),  # the ceiling
])
def test_vocabulary_grows_slowly_with_the_corpus(characters, vocab):
    assert recommend_vocab_size(characters) == vocab


def test_far_off_vocabularies_get_a_warning_line_and_near_ones_none():
    assert format_vocab_advice(vocab_advice(886_489, 6000))[1:] == []
    large = format_vocab_advice(vocab_advice(150_000, 8000))
    assert large[0].startswith("[advice] 0.15 M characters of text: tokenizer.vocab_size ~ 4,000 (configured 8,000)")
    assert large[1].startswith("WARNING: tokenizer.vocab_size = 8,000 is 2x the 4,000 this corpus supports")
    assert large[1].endswith("--set tokenizer.vocab_size=4000")
    small = vocab_advice(800_000_000, 4000)
    assert small["vocab_verdict"] == "too_small" and "is 0.12x the 32,000" in format_vocab_advice(small)[1]


def test_steps_are_passes_over_the_pairs_capped_at_berts_budget():
    demo = steps_advice(examples=11225, dupe_factor=2, max_seq_len=128)  # the demo build
    assert demo == {"pairs_per_pass": 5613, "passes": 10, "batch_size": 32, "steps": 1755}
    assert recommend_steps(10**12, 512) == BERT_BUDGET_TOKENS // (32 * 512)  # BERT-base's 1M x 256 x 512 tokens
    tiny = steps_advice(examples=351, dupe_factor=1, max_seq_len=128)  # 0.2 M characters in one document
    assert tiny == {"pairs_per_pass": 351, "passes": 91, "batch_size": 32, "steps": 1000}  # the floor
    assert recommend_steps(351, 128, batch_size=64) == 500
    line = format_advice({**vocab_advice(886_489, 6000), **demo})
    assert line == ("vocab_size ~ 6,000 (configured 6,000); train ~ 1,755 steps of 32 sequences "
                    "(10 passes over 5,613 pairs; x 32/batch_size for another batch)")
