"""The deterministic WordPiece merge loop: word counts in, vocabulary out (pure; no files, no `tokenizers`).

HF `tokenizers`' WordPieceTrainer breaks ties between equally frequent pairs in hash-map order, so its
vocabulary changes from run to run; this loop makes the same merges with ties broken by the pair's symbol
strings. It is built for a few million distinct words:

- symbols are int ids (one per distinct string: `a`+`##bc` and `ab`+`##c` give the same symbol `abc`),
  words one flat `array('i')` with a start and a length per word, a pair one int (`left << shift | right`);
- the first pair count and the pair -> words index are built with numpy in one pass (the index is a
  sorted array of word ids per pair, CSR style; pairs born later get an `array('i')` each; a word that
  no longer holds the pair stays listed and is skipped when scanned);
- a merge rewrites only the affected words and changes only the pairs around each occurrence (HF's
  `Word::merge`), in Python for a few words, in numpy for 64 or more (`_merge_many`, the same result);
- the heap is lazy, as in HF's trainer: after a merge only the pairs that grew are pushed; a popped entry
  whose count is out of date is pushed back with its current count (counts of other pairs only shrink);
- a pair below `min_frequency` is dropped from counts, heap and index: only a pair with the merged symbol
  grows, and when a merge spells a symbol that existed already, that symbol's pairs are counted afresh.

The first valid pop is always the pair with the highest count, ties by (left string, right string), as
the eager loop this replaced (kept as `tests/prep/wordpiece_reference.py`), so the vocabulary is the same.
"""

from __future__ import annotations

import heapq
from array import array
from collections import defaultdict
from collections.abc import Mapping, Sequence

import numpy as np

SPECIAL_TOKENS = ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")
CONTINUATION_PREFIX = "##"
_UNICODE = 0x110000  # code points; a continuation symbol's provisional id is its code point + _UNICODE
_CHUNK_WORDS = 1 << 16  # words encoded per numpy pass (bounds the temporary arrays)
_MANY_WORDS = 64  # a merge touching at least this many words runs in numpy (`_merge_many`)


def learn_wordpiece_vocab(
    word_counts: Mapping[str, int], vocab_size: int, min_frequency: int, limit_alphabet: int, seed: Sequence[str] = (),
    char_counts: Mapping[str, int] | None = None,
) -> dict[str, int]:
    """BPE merges as HF's WordPieceTrainer does them, with deterministic tie-breaking.

    Ids: the special tokens, then the alphabet (most frequent characters first, at most
    `limit_alphabet`, each also as a `##` continuation), then merged pieces in merge order until
    `vocab_size`, then the `seed` characters not there yet, as pieces and continuations in the given
    order: on top of `vocab_size` (at most 2 x len(seed) entries) and beyond `limit_alphabet`.
    Counts are positive (counted from text); an empty word is ignored. `char_counts` (default: derived from
    `word_counts`) chooses the alphabet: given whole when `word_counts` holds only the most frequent words
    (`tokenizer.max_words`), so the alphabet is that of the whole corpus.
    """
    vocab: dict[str, int] = {t: i for i, t in enumerate(SPECIAL_TOKENS)}
    words = list(word_counts)
    counts = np.fromiter(word_counts.values(), dtype=np.int64, count=len(words))
    if "" in word_counts:
        i = words.index("")
        words.pop(i)
        counts = np.delete(counts, i)
    if char_counts is None:
        alphabet = _alphabet(words, counts, limit_alphabet, seed)
    else:
        alphabet = _keep(sorted(char_counts.items(), key=lambda kv: (-kv[1], kv[0])), limit_alphabet, seed)
    corpus = _WordTable(words, counts, alphabet)
    del words, counts
    for name in corpus.names:
        vocab.setdefault(name, len(vocab))
    if len(vocab) < vocab_size and corpus.n_words:
        _merge(corpus, vocab, vocab_size, min_frequency)
    for ch in seed:  # on top of `vocab_size`: a small vocabulary keeps its merges
        vocab.setdefault(ch, len(vocab))
        vocab.setdefault(CONTINUATION_PREFIX + ch, len(vocab))
    return vocab


def _chunks(words: list[str]):
    """(first word index, code points, word lengths) for `_CHUNK_WORDS` words at a time."""
    for lo in range(0, len(words), _CHUNK_WORDS):
        part = words[lo:lo + _CHUNK_WORDS]
        points = np.frombuffer("".join(part).encode("utf-32-le", "surrogatepass"), dtype="<u4")
        yield lo, points, np.fromiter(map(len, part), dtype=np.int64, count=len(part))


def _alphabet(words: list[str], counts: np.ndarray, limit_alphabet: int, seed: Sequence[str]) -> np.ndarray:
    """A bool per code point: in the `limit_alphabet` most frequent characters (ties by character) or the seed."""
    weighted = np.zeros(_UNICODE, dtype=np.int64)
    present = np.zeros(_UNICODE, dtype=bool)
    for lo, points, lengths in _chunks(words):
        weights = np.repeat(counts[lo:lo + len(lengths)], lengths)
        order = np.argsort(points, kind="stable")
        pts, wts = points[order], weights[order]
        starts = np.flatnonzero(np.r_[True, pts[1:] != pts[:-1]])
        weighted[pts[starts]] += np.add.reduceat(wts, starts)
        present[pts[starts]] = True
    chars = np.flatnonzero(present)
    ranked = sorted(zip(map(chr, chars.tolist()), weighted[chars].tolist(), strict=True),
                    key=lambda kv: (-kv[1], kv[0]))
    return _keep(ranked, limit_alphabet, seed)


def _keep(ranked: list[tuple[str, int]], limit_alphabet: int, seed: Sequence[str]) -> np.ndarray:
    """A bool per code point: the first `limit_alphabet` of `ranked` ((character, count), most frequent first)
    and the seed."""
    keep = np.zeros(_UNICODE, dtype=bool)
    for ch, _ in ranked[:limit_alphabet]:
        keep[ord(ch)] = True
    for ch in seed:
        if len(ch) == 1:
            keep[ord(ch)] = True
    return keep


class _WordTable:
    """The words whose characters are all in the alphabet, as symbol ids in one flat array.

    `names[i]` is symbol i's string and `ids` the reverse; the first symbols are the alphabet's pieces
    and continuations in vocabulary order (most distinct-word occurrences first, ties by string).
    """

    def __init__(self, words: list[str], counts: np.ndarray, alphabet: np.ndarray):
        provisional, kept_lengths, kept_counts = [], [], []
        for lo, points, lengths in _chunks(words):
            ends = np.cumsum(lengths)
            starts = ends - lengths
            bad = np.add.reduceat((~alphabet[points]).astype(np.int32), starts) > 0
            keep = ~bad
            pos_keep = np.repeat(keep, lengths)
            pts = points[pos_keep].astype(np.int32)
            lens = lengths[keep]
            first = np.zeros(len(pts), dtype=bool)
            first[(np.cumsum(lens) - lens)] = True
            pts[~first] += _UNICODE  # continuation
            provisional.append(pts)
            kept_lengths.append(lens)
            kept_counts.append(counts[lo:lo + len(lengths)][keep])
        flat = np.concatenate(provisional) if provisional else np.zeros(0, dtype=np.int32)
        self.lengths = np.concatenate(kept_lengths) if kept_lengths else np.zeros(0, dtype=np.int64)
        self.counts = np.concatenate(kept_counts) if kept_counts else np.zeros(0, dtype=np.int64)
        self.n_words = len(self.lengths)
        occurrences = np.bincount(flat, minlength=2 * _UNICODE)
        used = np.flatnonzero(occurrences)
        names = [chr(p) if p < _UNICODE else CONTINUATION_PREFIX + chr(p - _UNICODE) for p in used.tolist()]
        order = sorted(range(len(used)), key=lambda i: (-int(occurrences[used[i]]), names[i]))
        self.names: list[str] = [names[i] for i in order]
        self.ids: dict[str, int] = {name: i for i, name in enumerate(self.names)}
        remap = np.zeros(2 * _UNICODE, dtype=np.int32)
        remap[used[order]] = np.arange(len(order), dtype=np.int32)
        self.flat = remap[flat]


def _pair_index(corpus: _WordTable, shift: int, min_frequency: int):
    """Counts of the pairs seen at least `min_frequency` times (dict pair -> count) and their words, CSR
    style: sorted pair keys, offsets, word ids. Rarer pairs can only grow back through `_recount`."""
    flat, lengths, n_words = corpus.flat, corpus.lengths, corpus.n_words
    if not (lengths > 1).any():
        return {}, np.zeros(0, dtype=np.int64), np.zeros(1, dtype=np.int64), np.zeros(0, dtype=np.int32)
    inner = np.ones(len(flat), dtype=bool)
    inner[np.cumsum(lengths) - 1] = False  # a word's last symbol starts no pair
    inner = inner[:-1]
    owner = np.repeat(np.arange(n_words, dtype=np.int32), lengths)[:-1][inner]
    keys = flat[:-1][inner].astype(np.int64)
    keys <<= shift
    keys |= flat[1:][inner]
    del inner
    word_bits = max(n_words - 1, 1).bit_length()
    positions = len(keys)
    if 2 * shift + word_bits <= 63:  # (pair, word) in one int64, sorted in place: no argsort array
        keys <<= word_bits
        keys |= owner
        del owner
        keys.sort()
        first = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
        keys = keys[first]
        owner = (keys & ((1 << word_bits) - 1)).astype(np.int32)
        keys >>= word_bits
    else:
        order = np.argsort(keys, kind="stable")
        keys, owner = keys[order], owner[order]
        del order
        first = np.flatnonzero(np.r_[True, (keys[1:] != keys[:-1]) | (owner[1:] != owner[:-1])])
        keys, owner = keys[first], owner[first]
    times = np.diff(np.r_[first, positions])  # occurrences of the pair in the word
    del first
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    sums = np.add.reduceat(corpus.counts[owner] * times, starts)
    keep = sums >= max(min_frequency, 1)
    sizes = np.diff(np.r_[starts, len(keys)])
    words = owner[np.repeat(keep, sizes)]
    offsets = np.r_[0, np.cumsum(sizes[keep])]
    unique_keys = keys[starts[keep]]
    return dict(zip(unique_keys.tolist(), sums[keep].tolist(), strict=True)), unique_keys, offsets, words


def _merge(corpus: _WordTable, vocab: dict[str, int], vocab_size: int, min_frequency: int) -> None:
    """Merge the most frequent pair (ties by its strings) until `vocab_size` or `min_frequency` stops it."""
    names, ids = corpus.names, corpus.ids
    # ids stay below len(names) + merges; a merge adds a symbol and no vocabulary entry only by spelling a special token
    shift = (len(names) + vocab_size + len(SPECIAL_TOKENS) + 1).bit_length()
    mask = (1 << shift) - 1
    pair_counts, csr_keys, csr_offsets, csr_words = _pair_index(corpus, shift, min_frequency)
    csr_used: set[int] = set()
    born: dict[int, array] = {}  # pair -> words, for pairs that appear after the first index
    sym = array("i", corpus.flat.astype(np.int32).tobytes())
    start = array("q", (np.cumsum(corpus.lengths) - corpus.lengths).tobytes())
    length = array("i", corpus.lengths.astype(np.int32).tobytes())
    count = array("q", corpus.counts.astype(np.int64).tobytes())
    del corpus.flat, corpus.lengths, corpus.counts
    views = tuple(np.frombuffer(x, dtype=np.int32 if x.typecode == "i" else np.int64)
                  for x in (sym, start, length, count))  # the same memory, for `_merge_many`
    # a pair below min_frequency never enters the heap: counts only shrink, except a pair's that grows, and
    # those are pushed when they grow (ending on an empty heap is the reference's stop at the first such pair)
    heap = [(-n, names[k >> shift], names[k & mask], k) for k, n in pair_counts.items() if n >= min_frequency]
    heapq.heapify(heap)
    while len(vocab) < vocab_size and heap:
        neg, left, right, key = heapq.heappop(heap)
        current = pair_counts.get(key, 0)
        if current != -neg:
            if 0 < current < -neg and current >= min_frequency:  # shrank since pushed: back in at its count
                heapq.heappush(heap, (-current, left, right, key))
            continue  # grown pairs were pushed when they grew
        if -neg < min_frequency:
            break
        merged = left + right[len(CONTINUATION_PREFIX):] if right.startswith(CONTINUATION_PREFIX) else left + right
        vocab.setdefault(merged, len(vocab))
        new = ids.get(merged)
        reused = new is not None
        if new is None:
            new = ids[merged] = len(names)
            names.append(merged)
        holders = born.pop(key, None)
        where = [] if holders is None else holders.tolist()
        i = int(np.searchsorted(csr_keys, key))
        if i < len(csr_keys) and csr_keys[i] == key and key not in csr_used:
            csr_used.add(key)
            where = csr_words[csr_offsets[i]:csr_offsets[i + 1]].tolist() + where
        if len(where) >= _MANY_WORDS:
            delta, grown = _merge_many(where, key >> shift, key & mask, new, shift, views,
                                       0 if reused else max(min_frequency, 1))
        else:
            delta, grown = _merge_words(where, key >> shift, key & mask, new, shift, sym, start, length, count)
        pair_counts.pop(key, None)
        delta.pop(key, None)  # the merged pair is gone, as in the reference loop
        floor = max(min_frequency, 1)
        for k, d in delta.items():
            n = pair_counts.get(k)
            if n is None:  # new, or dropped below `floor` before: it can only shrink, or be recounted (below)
                if d >= floor:
                    pair_counts[k] = d
            elif n + d >= floor:
                pair_counts[k] = n + d
            else:
                del pair_counts[k]
                born.pop(k, None)
        if reused:  # pairs with `new` existed before and may have been dropped: count them afresh
            grown = _recount(new, key, shift, mask, pair_counts, sym, start, length, count)
        for k, holders in grown.items():
            if k not in pair_counts:
                continue
            target = born.get(k)
            if target is None:
                born[k] = array("i", holders)
            else:
                target.extend(holders)
            if k != key:
                heapq.heappush(heap, (-pair_counts[k], names[k >> shift], names[k & mask], k))


def _recount(new, key, shift, mask, pair_counts, sym, start, length, count):
    """Exact counts and holders of every pair with `new` (the merged pair `key` stays gone), for a merge whose
    string spelled a symbol that existed already (`a`+`##bc` after `ab`+`##c`); a full scan, but rare."""
    for k in [k for k in pair_counts if k >> shift == new or k & mask == new]:
        del pair_counts[k]
    counts: defaultdict[int, int] = defaultdict(int)
    holders: defaultdict[int, list[int]] = defaultdict(list)
    for w in range(len(length)):
        s = start[w]
        seg = sym[s:s + length[w]].tolist()
        if new not in seg:
            continue
        for x, y in zip(seg, seg[1:], strict=False):
            if new in (x, y) and (k := (x << shift) | y) != key:
                counts[k] += count[w]
                holders[k].append(w)
    pair_counts.update(counts)
    return holders


def _merge_words(where, a, b, new, shift, sym, start, length, count):
    """Replace `a b` by `new` (left to right) in the listed words; the pair count changes and, per pair
    that gained occurrences, the words that gained it (a word may be listed twice)."""
    delta: defaultdict[int, int] = defaultdict(int)
    grown: defaultdict[int, list[int]] = defaultdict(list)
    b_left, new_left = b << shift, new << shift
    for w in where:
        s = start[w]
        seg = sym[s:s + length[w]].tolist()
        try:
            i = seg.index(a)
        except ValueError:
            continue  # listed, but the pair left this word in an earlier merge
        hit = False
        n = count[w]
        while True:
            if i + 1 < len(seg) and seg[i + 1] == b:
                hit = True
                if i:
                    p = seg[i - 1] << shift
                    delta[p | a] -= n
                    delta[p | new] += n
                    grown[p | new].append(w)
                seg[i:i + 2] = (new,)
                if i + 1 < len(seg):
                    nx = seg[i + 1]
                    delta[b_left | nx] -= n
                    delta[new_left | nx] += n
                    grown[new_left | nx].append(w)
            try:
                i = seg.index(a, i + 1)
            except ValueError:
                break
        if hit:
            sym[s:s + len(seg)] = array("i", seg)
            length[w] = len(seg)
    return delta, grown


def _merge_many(where, a, b, new, shift, views, floor):
    """`_merge_words` for many words at once, in numpy: the same rewrites, pair count changes and holders,
    less the pairs with `new` that end below `floor` (`new` is a fresh symbol: their change is their count)."""
    sym, start, length, count = views
    words = np.unique(np.asarray(where, dtype=np.int64))
    lens = length[words].astype(np.int64)
    firsts = np.cumsum(lens) - lens
    owner = np.repeat(np.arange(len(words)), lens)  # index into `words` per position
    local = np.arange(int(lens.sum())) - firsts[owner]
    places = start[words][owner] + local
    seg = sym[places].astype(np.int64)
    last = local == lens[owner] - 1
    match = seg == a
    match[:-1] &= (seg[1:] == b) & ~last[:-1]
    match[-1] = False
    if a == b:  # in a run of `a`s the pairs are taken left to right: every other position
        run_start = (seg == a) & np.r_[True, (seg[:-1] != a) | last[:-1]]
        pos = np.arange(len(seg))
        match &= (pos - np.maximum.accumulate(np.where(run_start, pos, 0))) % 2 == 0
    m = np.flatnonzero(match)
    if not len(m):
        return {}, {}
    n = count[words][owner[m]]
    holder = words[owner[m]]
    has_prev = local[m] > 0
    pm = m[has_prev]
    prev = seg[pm - 1]
    prev[(local[pm] >= 2) & match[np.maximum(pm - 2, 0)]] = new  # the pair before was merged too
    has_next = local[m] + 2 < lens[owner[m]]
    nx = seg[m[has_next] + 2]
    minus = np.concatenate([(prev << shift) | a, (b << shift) | nx])
    plus = np.concatenate([(prev << shift) | new, (new << shift) | nx])
    weight = np.concatenate([n[has_prev], n[has_next]])
    delta: dict[int, int] = {}
    grown: dict[int, list[int]] = {}
    if len(plus):  # else every match was a whole word
        keys = np.concatenate([minus, plus])
        order = np.argsort(keys, kind="stable")
        keys, change = keys[order], np.concatenate([-weight, weight])[order]
        starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
        keys, change = keys[starts], np.add.reduceat(change, starts)
        lost = (((keys >> shift) == new) | ((keys & ((1 << shift) - 1)) == new)) & (change < floor)
        delta = dict(zip(keys[~lost].tolist(), change[~lost].tolist(), strict=True))
        gained = np.concatenate([holder[has_prev], holder[has_next]])
        kept = ~lost[np.searchsorted(keys, plus)]
        order = np.lexsort((gained[kept], plus[kept]))
        plus, gained = plus[kept][order], gained[kept][order]
        if len(plus):
            starts = np.flatnonzero(np.r_[True, plus[1:] != plus[:-1]])
            bounds = zip(plus[starts].tolist(), starts.tolist(), np.r_[starts[1:], len(plus)].tolist(), strict=True)
            grown = {k: gained[i:j].tolist() for k, i, j in bounds}
    keep = np.ones(len(seg), dtype=bool)
    keep[m + 1] = False
    seg[m] = new
    removed = np.cumsum(~keep)
    shift_left = removed - removed[firsts][owner]  # positions removed before this one in its word
    sym[(places - shift_left)[keep]] = seg[keep]
    length[words] = lens - np.bincount(owner[m], minlength=len(words))
    return delta, grown
