"""The split speed work (issue #19) changed no output: `normalize_text` and `split_sentences` give, byte for
byte, what main's code gave before it (77f31b2), and the whole-document fast path cuts where the per-line
path cuts.

`_EXPECTED` holds SHA-256 digests of the outputs of main's code at 77f31b2 on fixed inputs: the demo
corpus, the tuning sets (never the blind ones) and a seeded soup of fragments built to hit the edges of
the regex shortcuts (abbreviations in every case, Unicode case-fold look-alikes `ſ K İ ı`, Roman
numerals, 4-digit numbers, Korean endings, emoticons, parentheses, every line-break character).
They were computed by this module's `_digest` with main's `prep` at 77f31b2 first on the path (`git archive
77f31b2 | tar -x -C /tmp/ref`; the names only the other tests import stubbed there); `python -m
tests.prep.test_split_identity` prints this checkout's digests. The demo corpus's digest was computed again the
same way (77f31b2's code) when the corpus was rewritten in round 7 (23 documents' phone numbers) and in round 12
(52 documents' IP addresses); that code gives the old digest on the old corpus.
"""

import hashlib
import json
import random
import re
import sys
from pathlib import Path

from prep.normalize import normalize_text
from prep.split import (
    _ASCII_CANDIDATE_FIRST,
    _CANDIDATE_FIRST,
    _CASE_FOLD_EXTRAS,
    _split_by_rules,
    sentence_cut_offsets,
    split_sentences,
)

_ROOT = Path(__file__).resolve().parents[2]
_EXPECTED = {
    "demo_corpus": "502d7baff69789c66f2b040d5ca8c3022db8bfcc792abd0bb197386fab1732a1",
    "tuning_sets": "db85150ccea1b80be192163d2982b18dfb41237865a0d9309bf0c43f7024eeec",
    "soup": "2f2c63d01679458b1fb85122feb54def16af3bb043bdc4f71c8b1dafe2771af2",
}
_TOKENS = (
    "Mr Dr St Mt No Fig etc Inc U.S a.m p.m e.g i.e approx Approx journal bill ii IV xiv civil first museums al ms "
    "Kal ſt ſec K İt ıt The He But I A the and was dying swapped said whispered Louis Pier Springfield Main "
    "Appendix B C J R 1 12 123 1234 2010 11 010-1234-5678 $4,500 3.14 10:30 Jan Friday 9 "
    "다 했다 있다 한다 합니다 해요 좋아요 그리고 다른 바다 포함 게임 식단함 됨 냐 먹음 하고 보니 [PERSON] 가 나 "
    "ㅋㅋ ㅎㅎ ㅠㅠ ;; ^^ :) :D 🎉 👍"
).split()
_PUNCT = list(". . . . ! ? … 。 ？ .. ... ?! \" ' ” ’ ) ] » 」 ( [ “ ‘ , ; : - • ※ 1. 가. (a)") + [
    ".", '."', ".)", '?"', "!)"]
_SPACES = [" "] * 12 + ["\n"] * 3 + ["\n\n", "  ", " \n", "\n ", "\t", "\u00a0", "\r\n", "\u2028", "\x0c", "\u200b"]


def _soup(n: int = 4000, seed: int = 19) -> list[str]:
    """Random texts of tokens, punctuation and spaces; every second one without `(` and odd spaces, so the
    whole-document fast path (`_split_by_rules`) gets its share."""
    rng = random.Random(seed)
    texts = []
    for i in range(n):
        punct = _PUNCT if i % 2 else [p for p in _PUNCT if "(" not in p]
        spaces = _SPACES if i % 2 else _SPACES[:19]
        out = []
        for _ in range(rng.randint(1, 40)):
            r = rng.random()
            out.append(rng.choice(_TOKENS) if r < 0.55 else rng.choice(punct) if r < 0.8 else rng.choice(spaces))
            if rng.random() < 0.6:
                out.append(rng.choice(spaces))
        texts.append("".join(out))
    return texts


def _edges() -> list[str]:
    """Each word before each end and each next word, opening a line and inside one."""
    words = ("1 12 123 1234 12345 2010.11.12 ii IV xiv civil bill mr Mr MR ms MS mrs Mrs St st ſt K İt ıt al Al "
             "journal first museums approx Approx APPROX etc Inc U.S e.g x.St 1mr éSt 가 바다 했다 ㅋㅋ").split()
    texts = []
    for word in words:
        for end in (".", ".)", '."', "?", "..."):
            for after in ("The", "the", "1", "다", "(a)", ":)", "🎉", ", and"):
                texts += [f"{word}{end} {after} x.", f"Intro {word}{end} {after}", f"x.\n{word}{end} {after}"]
    return texts


# The tuning sets there were at 77f31b2 (sets added later are not in the digest: they would change it)
_TUNING_SETS = ("en_lookalikes_v1", "en_lookalikes_v2", "pii_v1", "split_en_extra_v1", "split_v1")


def _tuning_texts() -> list[str]:
    texts = []
    for path in (_ROOT / "data/eval/tuning" / f"{name}.jsonl" for name in _TUNING_SETS):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts += [row[key] for key in ("text", "raw") if key in row]
    return texts


def _demo_texts() -> list[str]:
    lines = (_ROOT / "data/demo/corpus.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines]


def _digest(texts: list[str]) -> str:
    """Normalized text (both modes), its sentences (min 1 and 20 chars) and the raw text's sentences."""
    h = hashlib.sha256()
    for text in texts:
        for wrapped in (False, True):
            normalized = normalize_text(text, wrapped=wrapped)
            h.update(normalized.encode("utf-8", "surrogatepass") + b"\0")
            for min_chars in (1, 20):
                h.update("\n".join(split_sentences(normalized, min_sentence_chars=min_chars)).encode(
                    "utf-8", "surrogatepass") + b"\0")
        h.update("\n".join(split_sentences(text)).encode("utf-8", "surrogatepass") + b"\1")
    return h.hexdigest()


def _inputs() -> dict[str, list[str]]:
    return {"demo_corpus": _demo_texts(), "tuning_sets": _tuning_texts(), "soup": _soup() + _edges()}


def test_outputs_equal_mains_before_the_speed_work():
    for name, texts in _inputs().items():
        assert _digest(texts) == _EXPECTED[name], name


def test_whole_document_path_cuts_where_the_per_line_path_cuts():
    per_line = lambda line: sentence_cut_offsets(line)  # noqa: E731 -- another callable: the per-line path
    fast = 0
    for text in _soup() + _edges() + _demo_texts()[:500]:
        for variant in (text, normalize_text(text)):
            assert split_sentences(variant) == split_sentences(variant, cut_offsets=per_line), repr(variant)
            if variant.replace("\n", " ").isprintable():
                assert split_sentences(variant) == _split_by_rules(variant)
                fast += 1
    assert fast > 3000  # the fast path really ran


def test_case_classes_match_what_ignorecase_matches():
    """`_case_trie` writes `(?i:x)` as `[xX...]`: the same code points over all of Unicode."""
    everything = "".join(map(chr, range(0x110000)))
    for letter in "abcdefghijklmnopqrstuvwxyz":
        ignorecase = re.findall(f"(?i:{letter})", everything)
        assert ignorecase == re.findall(f"[{letter}{letter.upper()}{_CASE_FOLD_EXTRAS.get(letter, '')}]", everything)


def test_ascii_candidate_characters_are_those_of_the_full_class():
    full = re.compile(f"[{_CANDIDATE_FIRST}]")
    assert sorted(_ASCII_CANDIDATE_FIRST) == [chr(c) for c in range(128) if full.fullmatch(chr(c))]


if __name__ == "__main__":  # print the digests of this checkout's code (see the module docstring)
    json.dump({name: _digest(texts) for name, texts in _inputs().items()}, sys.stdout, indent=4)
