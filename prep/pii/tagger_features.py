"""The words of a text and what the name tagger knows about each: hashed features, cached per word.

`tokens(text)` cuts a text into words, numbers and single marks, and marks where lines start and end;
`Featurizer.encode(tokens)` gives, for each token, the indices of its features in the tagger's weight table.
A feature is a string (`w=smith`, `-1w=dear`, `ko3:tail=이랑`) hashed with CRC-32 into the table's rows, so
the table has a fixed size and a feature never seen in training costs nothing. What a word says about
itself (its form, its affixes, what the name lexicons and the rules' word classes know of it) and what it
says about a neighbour (`-1w=dear`) depend on the word alone, so both are computed once per distinct word;
only the line flags and `lowseen` (`doc_flags`) depend on the document.

The lexicons are the rule detectors' own (`names_en`, `names_ko`): the tagger learns how much weight each of
their facts deserves in which surroundings, instead of the hand-set thresholds of the rules.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from itertools import chain

import numpy as np

from prep.pii.names_en import shared_detector
from prep.pii.names_en_words import (
    BRANDS,
    BUILDING_ENDS,
    FIRST,
    KOREAN,
    LAST,
    PLACE,
    STREET_NAME_ENDS,
    THING_LABELS,
    WORD,
)
from prep.pii.names_ko import is_name_tail, load_model

# Names for `EnglishNameDetector.classify`'s kinds, in the order `names_en_words` numbers them (`_NAME, _UNKNOWN, ...`)
_KINDS = ("name", "unknown", "initial", "particle", "plain", "korean")
CACHE_SIZE = 200_000  # distinct words remembered
NEIGHBOURS = (-2, -1, 1, 2)  # the tokens around a token that it reads

# A line break (read for the line flags, then dropped), a word (letters, inner `'’-.`: `O'Brien`, `Al-Sayed`,
# `e.g`), a number, or one mark.
TOKEN = re.compile(r"\n|[^\W\d_]+(?:['’\-.][^\W\d_]+)*|\d+|[^\w\s]|_")
HANGUL = re.compile(r"[가-힣]")
_NUMBERS = ["0" * n for n in range(13)]


@dataclass(frozen=True)
class Tokens:
    """The tokens of a text: offsets, words, and whether each starts or ends its line."""

    starts: list[int]
    ends: list[int]
    words: list[str]
    line_start: list[bool]  # per token (the first token starts its line); plain lists: a batch makes one array

    def __len__(self) -> int:
        return len(self.words)

    @property
    def line_end(self) -> list[bool]:
        """A token ends its line where the next one starts a line; the last token ends its line."""
        return self.line_start[1:] + [True] if self.line_start else []


def tokens(text: str) -> Tokens:
    """The tokens of `text` (`TOKEN`), with where their lines start and end."""
    starts, ends, words, line_start = [], [], [], []
    new_line = True
    for m in TOKEN.finditer(text):
        word = m.group()
        if word == "\n":
            new_line = True
            continue
        starts.append(m.start())
        ends.append(m.end())
        words.append(word if not word[0].isdigit() else _NUMBERS[min(len(word), 12)])  # `0000`: any 4 digits
        line_start.append(new_line)
        new_line = False
    return Tokens(starts, ends, words, line_start)


FLAGS = ("bol", "eol", "lowseen")  # per token in its document: line start, line end, written lower case elsewhere


def shape(word: str) -> str:
    """`Xx`, `XX`, `x`, `d`, `가`, `X.`: the word's letter classes, runs collapsed."""
    out = []
    for ch in word:
        if "가" <= ch <= "힣":
            c = "가"
        elif ch.isupper():
            c = "X"
        elif ch.isalpha():
            c = "x"
        elif ch.isdigit():
            c = "d"
        else:
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out[:6])


def _bucket(x: float, step: float = 1.0) -> str:
    return str(round(x / step))


def _count_bucket(n: int) -> str:
    return "0" if n <= 0 else str(min(int(np.log2(n)), 12))


class Featurizer:
    """Feature indices per token; the lexicons are loaded once."""

    def __init__(self, buckets: int, cache: bool = True):
        self.buckets = buckets
        self.cache = cache  # per-word feature lists kept (training); the tagger keeps summed vectors instead
        self.english = shared_detector()
        self.lexicon = self.english.lexicon
        self.ko = load_model()
        self._own: dict[str, list[int]] = {}
        self._as_neighbour: dict[str, tuple[list[int], ...]] = {}

    def hash(self, feature: str) -> int:
        return zlib.crc32(feature.encode()) % self.buckets

    def own_features(self, word: str, form: str) -> list[str]:
        """What a word says about itself (`form`: its `shape`)."""
        low = word.lower()
        feats = ["bias", "w=" + low, "shape=" + form, "len=" + str(min(len(word), 12))]
        if word[0].isalpha() and not HANGUL.match(word):
            feats += ["p2=" + low[:2], "p3=" + low[:3], "s2=" + low[-2:], "s3=" + low[-3:]]
            kind, flags = self.english.classify(word)  # the rules' reading of the word alone
            feats.append(f"en:kind={_KINDS[kind]}{flags}")
            entry = self.lexicon.get(low.rstrip("."))
            if entry is None:
                feats.append("en:unknown")
            else:
                flags, name_zipf, word_zipf = entry
                for bit, name in ((FIRST, "F"), (LAST, "L"), (KOREAN, "K"), (WORD, "W"), (PLACE, "P")):
                    if flags & bit:
                        feats.append("en:" + name)
                feats += ["en:nz=" + _bucket(name_zipf), "en:wz=" + _bucket(word_zipf)]
                if flags & WORD:
                    feats.append("en:wordness=" + _bucket(word_zipf - name_zipf, 0.5))
                case = "U" if word.isupper() else "T" if word[0].isupper() else "l"
                feats += [f"en:{case}{'F' if flags & FIRST else ''}{'L' if flags & LAST else ''}"
                          f"{'W' if flags & WORD else ''}"]
        elif HANGUL.match(word):
            feats += self._korean(word)
        return feats

    def _korean(self, word: str) -> list[str]:
        ko = self.ko
        feats = ["ko:first=" + word[0], "ko:last=" + word[-1], "ko:last2=" + word[-2:],
                 "ko:sur1" if word[0] in ko.surnames else "ko:nosur1"]
        if len(word) >= 2 and word[:2] in ko.surnames:
            feats.append("ko:sur2")
        for k in (2, 3, 4):
            if len(word) < k:
                break
            stem, rest = word[:k], word[k:]
            pre = f"ko{k}:"
            feats.append(pre + ("tail=" + rest if is_name_tail(rest) else "badtail"))
            if is_name_tail(rest):
                given = stem[-2:]
                surname = stem[:-2]
                feats.append(pre + "given=" + _count_bucket(ko.given_names.get(given, 0)))
                feats.append(pre + "g1=" + _count_bucket(ko.first.get(given[0], 0)))
                feats.append(pre + "g2=" + _count_bucket(ko.second.get(given[1], 0)))
                if surname:
                    feats.append(pre + ("sur" if surname in ko.surnames else "nosur"))
                if stem in ko.full_names:
                    feats.append(pre + "full")
                if stem in ko.common_words:
                    feats.append(pre + "common")
                elif stem in ko.words:
                    feats.append(pre + "word")
                if len(stem) == 3 and surname in ko.surnames and ko.word_form(stem, word):
                    feats.append(pre + "wordform")
        if word in ko.words:
            feats.append("ko:isword")
        return feats

    def neighbour_features(self, word: str, form: str) -> list[str]:
        """What a word says about the token next to it (prefixed with its offset when used)."""
        low = word.lower()
        feats = ["w=" + low, "shape=" + form]
        if word[0].isalpha() and not HANGUL.match(word):
            entry = self.lexicon.get(low.rstrip("."))
            feats.append("name" if entry is not None and entry[0] & (FIRST | LAST) else "noname")
            for group, words in (("building", BUILDING_ENDS), ("street", STREET_NAME_ENDS), ("brand", BRANDS),
                                 ("thing", THING_LABELS)):
                if low in words:
                    feats.append(group)
        elif HANGUL.match(word):
            feats += ["ko:last=" + word[-1], "ko:first=" + word[0]]
        return feats

    def word_features(self, word: str) -> tuple[list[int], tuple[list[int], ...]]:
        """(own feature indices, indices as each neighbour in `NEIGHBOURS`) of a word, cached."""
        known = self._own.get(word)
        if known is not None:
            return known, self._as_neighbour[word]
        form = shape(word)
        own = [self.hash(f) for f in self.own_features(word, form)]
        near = tuple([self.hash(f"{d}{f}") for f in self.neighbour_features(word, form)] for d in NEIGHBOURS)
        if self.cache:
            if len(self._own) > CACHE_SIZE:
                self._own.clear()
                self._as_neighbour.clear()
            self._own[word], self._as_neighbour[word] = own, near
        return own, near

    def edge_features(self) -> list[int]:
        """The index of "no token here" as each neighbour (a text's start and end)."""
        return [self.hash(f"{d}w=<edge>") for d in NEIGHBOURS]

    def flag_features(self) -> list[int]:
        """The indices of `FLAGS`, in order."""
        return [self.hash(f) for f in FLAGS]

    def encode(self, toks: Tokens) -> list[list[int]]:
        """Feature indices of each token (training; `prep.pii.tagger` sums the same rows per word at scrub time)."""
        cached = [self.word_features(w) for w in toks.words]
        edge = self.edge_features()
        flags = self.flag_features()
        marks = doc_flags(toks)
        out = []
        n = len(toks)
        for i in range(n):
            feats = list(cached[i][0])
            for j, d in enumerate(NEIGHBOURS):
                k = i + d
                feats += cached[k][1][j] if 0 <= k < n else [edge[j]]
            feats += [flags[f] for f in range(len(FLAGS)) if marks[i, f]]
            out.append(feats)
        return out


def doc_flags(toks: Tokens) -> np.ndarray:
    """`FLAGS` of each token: [n, 3] bool. `lowseen`: a capitalized word the document also writes in lower case."""
    marks = np.zeros((len(toks), len(FLAGS)), dtype=bool)
    marks[:, 0] = toks.line_start
    marks[:, 1] = toks.line_end
    if seen := _lowseen(toks.words):
        marks[:, 2] = [w in seen for w in toks.words]
    return marks


def _lowseen(words) -> set[str]:
    """The capitalized words of `words` that `words` also holds in lower case."""
    distinct = set(words)
    lower = {w for w in distinct if w.islower()}
    return {w for w in distinct if w[0].isupper() and w.lower() in lower}


def batch_flags(docs: list[Tokens]) -> np.ndarray:
    """`doc_flags` of each document, concatenated, as float32: [sum of lengths, 3]; one array for the batch
    instead of one per document (the same values: `lowseen` is still read within each document)."""
    marks = np.zeros((sum(len(toks) for toks in docs), len(FLAGS)), dtype=np.float32)
    if not len(marks):
        return marks
    starts = np.fromiter(chain.from_iterable(toks.line_start for toks in docs), dtype=bool, count=len(marks))
    marks[:, 0] = starts
    # `line_end` of the documents laid end to end: each document's first token starts a line, so the token
    # before it, its predecessor's last, ends one, as in `Tokens.line_end`
    marks[:-1, 1] = starts[1:]
    marks[-1, 1] = True
    # A capitalized word is `lowseen` only where the batch has its lower-case form (`candidates`), and then in a
    # document that holds both forms. Most documents hold `The` and `the`, so instead of a set of each document's
    # words, only the tokens that are a candidate or a candidate's lower case are read, grouped by document.
    words = list(chain.from_iterable(toks.words for toks in docs))
    candidates = _lowseen(words)
    if not candidates:
        return marks
    relevant = candidates | {w.lower() for w in candidates}
    rows = np.flatnonzero(np.fromiter(map(relevant.__contains__, words), dtype=bool, count=len(words))).tolist()
    ends = np.cumsum([len(toks) for toks in docs])
    cuts = np.searchsorted(rows, ends).tolist()  # the rows of document k: rows[cuts[k - 1]:cuts[k]]
    at = 0
    for cut in cuts:
        if cut > at:
            group = rows[at:cut]
            present = {words[i] for i in group}
            seen = {w for w in present if w in candidates and w.lower() in present}
            for i in group:
                if words[i] in seen:
                    marks[i, 2] = 1.0
        at = cut
    return marks
