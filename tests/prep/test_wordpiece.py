"""The fast merge loop (prep/wordpiece.py) gives the reference loop's vocabulary: same tokens, ids and order."""

import json
import random
from collections import Counter
from pathlib import Path

import pytest

from prep.tokenizer import MIDDLE_DOTS, bert_pre_tokenizer
from prep.wordpiece import SPECIAL_TOKENS, learn_wordpiece_vocab
from tests.prep.wordpiece_reference import learn_wordpiece_vocab as reference_vocab

DEMO_CORPUS = Path(__file__).resolve().parents[2] / "data" / "demo" / "corpus.jsonl"


def assert_same(word_counts, vocab_size, min_frequency, limit_alphabet, seed=()):
    fast = learn_wordpiece_vocab(word_counts, vocab_size, min_frequency, limit_alphabet, seed)
    ref = reference_vocab(word_counts, vocab_size, min_frequency, limit_alphabet, seed)
    assert list(fast.items()) == list(ref.items())
    return fast


@pytest.fixture(scope="module")
def demo_counts() -> Counter:
    """The demo corpus's words, counted as `train_wordpiece` counts them (lowercased BERT normalizer)."""
    from tokenizers import normalizers

    normalizer = normalizers.BertNormalizer(clean_text=True, handle_chinese_chars=True, strip_accents=False,
                                            lowercase=True)
    pre = bert_pre_tokenizer()
    counts: Counter = Counter()
    with open(DEMO_CORPUS, encoding="utf-8") as f:
        for line in f:
            for part in json.loads(line)["text"].splitlines():
                counts.update(w for w, _ in pre.pre_tokenize_str(normalizer.normalize_str(part)))
    return counts


@pytest.mark.parametrize("vocab_size,limit_alphabet", [(3000, 3000), (1200, 300)])
def test_demo_corpus_vocabulary_is_identical(demo_counts, vocab_size, limit_alphabet):
    vocab = assert_same(demo_counts, vocab_size, 2, limit_alphabet)
    assert len(vocab) == vocab_size


def test_demo_corpus_with_the_hangul_seed(demo_counts):
    from prep.tokenizer import common_hangul_syllables

    assert_same(demo_counts, 2000, 2, 500, common_hangul_syllables())


@pytest.mark.parametrize("seed", range(6))
def test_random_counts_with_many_ties(seed):
    rng = random.Random(seed)
    for _ in range(40):
        alphabet = rng.choice(["ab", "abc", "abcde", "가나다a", "xyz#"])
        counts = Counter()
        for _ in range(rng.randint(1, 80)):
            counts["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10)))] += rng.randint(1, 3)
        assert_same(counts, rng.randint(5, 90), rng.randint(1, 3), rng.randint(1, 6),
                    tuple(rng.sample("abxyz", rng.randint(0, 2))))


def test_repeated_symbols_merge_left_to_right():
    vocab = assert_same(Counter({"aaaa": 7, "aaaaa": 3, "aaa": 2, "baaab": 4}), 100, 1, 10)
    assert "##aa" in vocab and "aaaa" in vocab


def test_one_string_from_two_merges_is_one_token():
    # `ab` + `##c` and `a` + `##bc` both spell `abc`: one vocabulary entry, one symbol in the words
    counts = Counter({"abc": 10, "ab": 9, "bc": 8, "xbc": 8, "abd": 1, "abcd": 5, "abcbc": 2})
    vocab = assert_same(counts, 100, 1, 10)
    assert list(vocab).count("abc") == 1


def test_seed_alphabet_comes_on_top_and_keeps_words_with_seeded_characters():
    counts = Counter({"aqa": 5, "qq": 3, "ab": 2})
    vocab = assert_same(counts, 12, 1, 1, ("q", "z"))
    assert {"z", "##z", "q", "##q"} <= set(vocab)


def test_limit_alphabet_drops_words_with_rarer_characters():
    counts = Counter({"ab": 10, "ac": 2, "cd": 1, "bb": 4})
    vocab = assert_same(counts, 50, 1, 2)
    assert "c" not in vocab and "##c" not in vocab


def test_min_frequency_stops_the_merges():
    counts = Counter({"ab": 5, "cd": 2, "ef": 1})
    vocab = assert_same(counts, 100, 2, 10)
    assert "ab" in vocab and "cd" in vocab and "ef" not in vocab


def test_vocab_size_below_the_alphabet_makes_no_merge():
    counts = Counter({"abcdef": 5, "fedcba": 3})
    vocab = assert_same(counts, 8, 1, 100)
    assert len(vocab) == len(SPECIAL_TOKENS) + 8  # a, f and ##a..##f: every piece, no merge


def test_words_of_one_character_and_empty_input():
    assert_same(Counter({"a": 3, "b": 1}), 100, 1, 10)
    assert learn_wordpiece_vocab(Counter(), 100, 1, 10) == {t: i for i, t in enumerate(SPECIAL_TOKENS)}


def test_middle_dots_and_punctuation_words():
    assert_same(Counter({MIDDLE_DOTS[0]: 4, "#": 9, "##": 2, "a#b": 3, "[pad]": 2}), 60, 1, 20)


def test_a_vocabulary_too_large_for_one_sort_key_takes_the_argsort_path():
    rng = random.Random(11)
    counts = Counter("".join(rng.choice("abcd") for _ in range(rng.randint(2, 7))) for _ in range(300))
    assert_same(counts, 1 << 28, 1, 10)  # 2 x 29-bit symbol ids + word ids do not fit 63 bits


def test_pairs_of_a_symbol_spelled_again_are_recounted(monkeypatch):
    import prep.wordpiece as wordpiece

    recounts = []
    real = wordpiece._recount
    monkeypatch.setattr(wordpiece, "_recount", lambda *a: recounts.append(a[0]) or real(*a))
    rng = random.Random(3)
    for _ in range(60):
        counts = Counter()
        for _ in range(rng.randint(5, 60)):
            counts["".join(rng.choice("ab#") for _ in range(rng.randint(1, 9)))] += rng.randint(1, 3)
        assert_same(counts, rng.randint(10, 80), 1, 3)
    assert recounts  # the case was exercised


@pytest.mark.parametrize("seed", range(3))
def test_the_numpy_path_for_large_merges_gives_the_same_vocabulary(monkeypatch, demo_counts, seed):
    import prep.wordpiece as wordpiece

    monkeypatch.setattr(wordpiece, "_MANY_WORDS", 1)  # every merge through `_merge_many`
    if seed == 0:
        assert_same(demo_counts, 3000, 2, 3000)
    rng = random.Random(100 + seed)
    for _ in range(40):
        alphabet = rng.choice(["ab", "abc", "가나다a", "ab#"])
        counts = Counter()
        for _ in range(rng.randint(1, 80)):
            counts["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 10)))] += rng.randint(1, 3)
        assert_same(counts, rng.randint(5, 90), rng.randint(1, 3), rng.randint(1, 6))


def test_an_empty_word_is_ignored():
    counts = Counter({"ab": 3, "abc": 2})
    assert learn_wordpiece_vocab(Counter({"": 4, **counts}), 50, 1, 10) == learn_wordpiece_vocab(counts, 50, 1, 10)
