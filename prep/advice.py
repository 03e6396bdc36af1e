"""The size advisor: a WordPiece vocabulary size and a number of training steps for the corpus at hand.

Pure functions of counts a build has anyway (never of any text), so the advice is the same wherever
and however often it is computed. Rules of thumb, sources and the demo measurements behind them:
`docs/README_byo_cli.md` ("How big a vocabulary, how many steps").

- Vocabulary: `8000 * (characters / 3e6) ** 0.25`, rounded to 1000, within [2000, 32000]: 8k for a
  few MB of text, 32k from about 1 GB (BERT's 30k WordPiece on 3.3B words; KoBERT's 8k on Korean
  Wikipedia). The slow growth follows Heaps' law (distinct words ~ corpus size ** 0.4-0.6), which
  WordPiece merges flatten further. A larger vocabulary on a small corpus leaves most entries seen
  a handful of times: their embeddings never train, and a model predicts only frequent pieces.
- Steps: `PASSES` passes over the corpus's sentence pairs at the reference batch, at least
  `MIN_STEPS`, never more than BERT-base's budget (1M steps of 256 x 512 tokens). The demo (0.9M
  characters, 5.6k pairs a pass) gets all its probes right at 1,500 steps of 32, about 8.6 passes.
"""

from __future__ import annotations

import math
from typing import Any

VOCAB_ANCHOR = (3e6, 8000)  # (characters, vocabulary): "8k for a few MB"
VOCAB_EXPONENT = 0.25  # x4 per x256 of text: 32k at ~0.8G characters
VOCAB_RANGE = (2000, 32000)
TOO_LARGE, TOO_SMALL = 2.0, 0.25  # configured / recommended at or beyond these: a WARNING line
PASSES = 10
MIN_STEPS = 1000  # the demo's MLM loss stays on the unigram plateau until ~700 steps, whatever the corpus
REFERENCE_BATCH = 32  # sequences per step (configs/demo_train.toml); steps scale with 32 / batch_size
BERT_BUDGET_TOKENS = 1_000_000 * 256 * 512  # BERT-base: 1M steps of 256 sequences of up to 512 tokens


def recommend_vocab_size(characters: int) -> int:
    """The WordPiece vocabulary for a corpus of `characters` (the split, scrubbed text)."""
    chars, vocab = VOCAB_ANCHOR
    raw = vocab * (max(characters, 1) / chars) ** VOCAB_EXPONENT
    low, high = VOCAB_RANGE
    return int(min(max(round(raw / 1000) * 1000, low), high))


def recommend_steps(pairs_per_pass: int, max_seq_len: int, batch_size: int = REFERENCE_BATCH) -> int:
    """Training steps of `batch_size` sequences: `PASSES` passes over the pairs, at least `MIN_STEPS`
    (scaled to the batch), capped at BERT's budget."""
    steps = max(math.ceil(PASSES * pairs_per_pass / batch_size), math.ceil(MIN_STEPS * REFERENCE_BATCH / batch_size))
    return min(steps, BERT_BUDGET_TOKENS // (batch_size * max_seq_len))


def vocab_advice(characters: int, configured: int) -> dict[str, Any]:
    """The manifest's `advice` fields known before the tokenizer trains."""
    recommended = recommend_vocab_size(characters)
    ratio = configured / recommended
    verdict = "too_large" if ratio >= TOO_LARGE else "too_small" if ratio <= TOO_SMALL else "ok"
    return {"characters": characters, "vocab_size": recommended, "configured_vocab_size": configured,
            "vocab_verdict": verdict}


def steps_advice(examples: int, dupe_factor: int, max_seq_len: int) -> dict[str, Any]:
    """The manifest's `advice` fields known once the shards are written (`examples` over `dupe_factor` passes)."""
    pairs = math.ceil(examples / max(dupe_factor, 1))
    steps = recommend_steps(pairs, max_seq_len)
    return {"pairs_per_pass": pairs, "passes": max(1, round(steps * REFERENCE_BATCH / max(pairs, 1))),
            "batch_size": REFERENCE_BATCH, "steps": steps}


def format_vocab_advice(advice: dict[str, Any]) -> list[str]:
    """The `[advice]` line, and a WARNING line when the configured vocabulary is far off."""
    lines = [f"[advice] {advice['characters'] / 1e6:.2f} M characters of text: tokenizer.vocab_size ~ "
             f"{advice['vocab_size']:,} (configured {advice['configured_vocab_size']:,})"]
    ratio = advice["configured_vocab_size"] / advice["vocab_size"]
    if advice["vocab_verdict"] != "ok":
        why = ("most entries will be too rare to learn" if advice["vocab_verdict"] == "too_large"
               else "words will be cut into many pieces")
        lines.append(f"WARNING: tokenizer.vocab_size = {advice['configured_vocab_size']:,} is {ratio:.2g}x the "
                     f"{advice['vocab_size']:,} this corpus supports: {why}; rebuild with "
                     f"--set tokenizer.vocab_size={advice['vocab_size']}")
    return lines


def format_advice(advice: dict[str, Any]) -> str:
    """One line: the vocabulary and the training steps (the summary's and the build log's)."""
    line = f"vocab_size ~ {advice['vocab_size']:,} (configured {advice['configured_vocab_size']:,}"
    line += ", far off)" if advice["vocab_verdict"] != "ok" else ")"
    if "steps" in advice:
        line += (f"; train ~ {advice['steps']:,} steps of {advice['batch_size']} sequences "
                 f"({advice['passes']} passes over {advice['pairs_per_pass']:,} pairs; "
                 f"x {advice['batch_size']}/batch_size for another batch)")
    return line
