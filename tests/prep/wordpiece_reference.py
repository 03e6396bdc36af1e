"""REFERENCE ONLY: the merge loop as it was before `prep/wordpiece.py` (strings as symbols, a pair -> word-set
index, every changed pair re-pushed), kept verbatim so tests can check the fast loop gives the same vocabulary
(same tokens, same ids, same order) and `benchmarks/bench_wordpiece.py` can time it beside the fast one.
Do not import it from prep/ or train/.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Sequence

from prep.wordpiece import CONTINUATION_PREFIX, SPECIAL_TOKENS


def learn_wordpiece_vocab(
    word_counts: Counter[str], vocab_size: int, min_frequency: int, limit_alphabet: int, seed: Sequence[str] = ()
) -> dict[str, int]:
    """BPE merges as HF's WordPieceTrainer does them, with deterministic tie-breaking.

    Ids: the special tokens, then the alphabet (most frequent characters first, at most
    `limit_alphabet`, each also as a `##` continuation), then merged pieces in merge order until
    `vocab_size`, then the `seed` characters not there yet, as pieces and continuations in the given
    order: on top of `vocab_size` (at most 2 x len(seed) entries) and beyond `limit_alphabet`.
    """
    char_counts: Counter[str] = Counter()
    for word, n in word_counts.items():
        for ch in word:
            char_counts[ch] += n
    alphabet = {ch for ch, _ in sorted(char_counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit_alphabet]}
    alphabet.update(seed)
    vocab: dict[str, int] = {t: i for i, t in enumerate(SPECIAL_TOKENS)}

    words: list[list[str]] = []
    counts: list[int] = []
    for word, n in sorted(word_counts.items()):
        if any(ch not in alphabet for ch in word):
            continue  # such a word becomes [UNK] whatever we learn
        words.append([word[0]] + [CONTINUATION_PREFIX + ch for ch in word[1:]])
        counts.append(n)
    initial = Counter(sym for w, n in zip(words, counts, strict=True) for sym in w)
    for sym, _ in sorted(initial.items(), key=lambda kv: (-kv[1], kv[0])):
        vocab.setdefault(sym, len(vocab))

    pair_counts: Counter[tuple[str, str]] = Counter()
    where: dict[tuple[str, str], set[int]] = {}
    for i, (w, n) in enumerate(zip(words, counts, strict=True)):
        for pair in zip(w, w[1:], strict=False):
            pair_counts[pair] += n
            where.setdefault(pair, set()).add(i)
    heap = [(-n, pair) for pair, n in pair_counts.items()]
    heapq.heapify(heap)
    while len(vocab) < vocab_size and heap:
        neg, pair = heapq.heappop(heap)
        if pair_counts.get(pair, 0) != -neg:
            continue  # stale entry; the current count was pushed when it changed
        if -neg < min_frequency:
            break
        a, b = pair
        merged = a + b[len(CONTINUATION_PREFIX):] if b.startswith(CONTINUATION_PREFIX) else a + b
        vocab.setdefault(merged, len(vocab))
        changed: set[tuple[str, str]] = set()
        for i in sorted(where.pop(pair, ())):
            w, n = words[i], counts[i]
            for old in zip(w, w[1:], strict=False):
                pair_counts[old] -= n
                changed.add(old)
            j, out = 0, []
            while j < len(w):
                if j + 1 < len(w) and w[j] == a and w[j + 1] == b:
                    out.append(merged)
                    j += 2
                else:
                    out.append(w[j])
                    j += 1
            words[i] = out
            for new in zip(out, out[1:], strict=False):
                pair_counts[new] += n
                where.setdefault(new, set()).add(i)
                changed.add(new)
        pair_counts.pop(pair, None)
        for p in sorted(changed):
            if pair_counts.get(p, 0) > 0:
                heapq.heappush(heap, (-pair_counts[p], p))
            else:
                pair_counts.pop(p, None)
    for ch in seed:  # on top of `vocab_size`: a small vocabulary keeps its merges
        vocab.setdefault(ch, len(vocab))
        vocab.setdefault(CONTINUATION_PREFIX + ch, len(vocab))
    return vocab
