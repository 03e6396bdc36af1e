"""`span_cover.uncovered`: leaving out the candidates it drops never changes `_merge` (the context reader's merge)."""

import random

from prep.pii.names_en_context import _merge
from prep.pii.span_cover import uncovered


def test_dropped_candidates_never_change_the_merge():
    rng = random.Random(7)
    scores = (0.5, 0.6, 0.85, 0.9)
    dropped = 0
    for _ in range(20_000):
        spans = _merge([(a, a + rng.randint(1, 12), rng.choice(scores))
                        for a in (rng.randint(0, 60) for _ in range(rng.randint(0, 5)))])
        candidates = [(a, a + rng.randint(1, 10), rng.choice(scores))
                      for a in (rng.randint(0, 70) for _ in range(rng.randint(0, 6)))]
        kept = uncovered(candidates, spans)
        dropped += len(candidates) - len(kept)
        assert kept == [c for c in candidates if c in kept]  # a sub-list, in order
        for subset in (candidates, candidates[::2], candidates[1::2]):  # whatever `_keep` then keeps of them
            assert _merge(spans + subset) == _merge(spans + [c for c in subset if c in kept])
    assert dropped > 2_000  # the case tested is common


def test_a_candidate_with_a_higher_score_or_past_the_span_stays():
    spans = [(0, 10, 0.6), (20, 30, 0.9)]
    assert uncovered([(2, 8, 0.6), (2, 8, 0.85), (8, 12, 0.6), (21, 30, 0.9), (12, 18, 0.5)], spans) == [
        (2, 8, 0.85), (8, 12, 0.6), (12, 18, 0.5)]
    assert uncovered([(1, 2, 0.6)], []) == [(1, 2, 0.6)]
