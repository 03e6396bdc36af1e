"""`python -m prep split-eval`: sentence-boundary precision, recall and F1 per language and backend.

Each labeled paragraph (`prep.eval.split_eval_data`) is laid out as raw text, normalized with
`normalize_text` and split with the backend, exactly as `prep split` does. Boundaries are compared as
positions in the paragraph's non-whitespace characters (the position after each sentence but the last),
so whitespace changes made by normalization do not matter. A predicted boundary at a gold position is
a true positive; any other predicted one a false positive; a gold one not predicted a false negative.

`--labeled FILE...` scores sets written apart from the splitter instead (data/eval/, see
data/eval/SPLIT_SETS.md): each row's `raw` goes the build's way (`split_row`: the blank-line layout read as
wrapped lines, `normalize_text`, `split_sentences`), and its boundaries are compared with the gold
`sentences` in the text with all whitespace removed; figures per language, layout and genre, plus the
share of paragraphs split exactly right. Those figures are the evidence; the built-in set's are a
regression check.
"""

from __future__ import annotations

import re
import textwrap
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from prep.eval.split_eval_data import SAMPLES, WRAP_WIDTH
from prep.normalize import normalize_text
from prep.readers.txt_layout import unwrap_blank_line_layout
from prep.split import sentence_splitter, split_sentences
from privbert.io import read_jsonl_objects

TARGET_F1 = 0.95
_WHITESPACE_RE = re.compile(r"\s+")


@dataclass
class BoundaryScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    by_genre: Counter = field(default_factory=Counter)  # (genre, "tp"/"fp"/"fn") -> n

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def genre_f1(self, genre: str) -> float:
        return _f1(self.by_genre, genre)


def raw_text(lang: str, layout: str, sentences: list[str]) -> str:
    """The raw paragraph of a sample: sentences joined by spaces, hard-wrapped, or one per line."""
    if layout == "lines":
        return "\n".join(sentences)
    joined = " ".join(sentences)
    if layout == "wrap":
        return "\n".join(textwrap.wrap(joined, WRAP_WIDTH[lang], break_long_words=False, break_on_hyphens=False))
    if layout == "space":
        return joined
    raise ValueError(f"unknown layout {layout!r}; use space, wrap or lines")


def boundary_positions(sentences: list[str]) -> set[int]:
    """End of each sentence but the last, counted in non-whitespace characters from the paragraph start."""
    positions, total = set(), 0
    for sentence in sentences[:-1]:
        total += sum(1 for ch in sentence if not ch.isspace())
        positions.add(total)
    return positions


def available_backends() -> list[str]:
    try:
        import kiwipiepy  # noqa: F401
    except ImportError:
        return ["rules"]
    return ["rules", "kiwi"]


def evaluate(backends: list[str] | None = None) -> dict[tuple[str, str], BoundaryScore]:
    """(backend, language) -> score over every labeled paragraph."""
    scores: dict[tuple[str, str], BoundaryScore] = {}
    for backend in backends or available_backends():
        cut_offsets = sentence_splitter(backend)
        for lang, genre, layout, gold in SAMPLES:
            predicted = split_sentences(normalize_text(raw_text(lang, layout, gold)), cut_offsets=cut_offsets)
            expected_chars = sum(1 for s in gold for ch in s if not ch.isspace())
            if sum(1 for s in predicted for ch in s if not ch.isspace()) != expected_chars:
                raise ValueError(f"{lang}/{genre}: the split changed the text; the sample or the splitter is wrong")
            want, got = boundary_positions(gold), boundary_positions(predicted)
            score = scores.setdefault((backend, lang), BoundaryScore())
            for key, n in (("tp", len(want & got)), ("fp", len(got - want)), ("fn", len(want - got))):
                setattr(score, key, getattr(score, key) + n)
                score.by_genre[(genre, key)] += n
    return scores


def format_table(scores: dict[tuple[str, str], BoundaryScore]) -> str:
    genres = list(dict.fromkeys(genre for _, genre, _, _ in SAMPLES))
    n_sentences = Counter()
    for lang, _, _, gold in SAMPLES:
        n_sentences[lang] += len(gold)
    head = f"{'backend':8} {'lang':4} {'sents':>5} {'gold':>5} {'tp':>4} {'fp':>3} {'fn':>3} " \
           f"{'precision':>9} {'recall':>7} {'F1':>6}  target  " + " ".join(f"{g[:8]:>8}" for g in genres)
    lines = [head, "-" * len(head)]
    for (backend, lang), s in scores.items():
        met = "met" if s.f1 >= TARGET_F1 else "MISSED"
        by_genre = " ".join(f"{s.genre_f1(g):8.3f}" for g in genres)
        lines.append(
            f"{backend:8} {lang:4} {n_sentences[lang]:5d} {s.tp + s.fn:5d} {s.tp:4d} {s.fp:3d} {s.fn:3d} "
            f"{s.precision:9.3f} {s.recall:7.3f} {s.f1:6.3f}  {met:6}  {by_genre}"
        )
    lines.append(f"(F1 target >= {TARGET_F1} for the default backend `rules`; per-genre columns are F1)")
    return "\n".join(lines)


# ------------------------------------------------------------------ labeled sets written apart (data/eval/)

@dataclass
class SetScore(BoundaryScore):
    """A language's figures on a labeled set: boundaries, plus paragraphs split exactly right, by genre and layout."""

    paragraphs: int = 0
    exact: int = 0
    by_layout: Counter = field(default_factory=Counter)  # (layout, "tp"/"fp"/"fn") -> n


def read_split_set(path: str | Path) -> list[dict[str, Any]]:
    """Rows `{"id", "lang", "genre", "layout", "sentences", "raw"}` of a labeled set; a row whose raw text
    is not its sentences (whitespace aside) is an error naming the row."""
    rows = []
    for line_no, row in read_jsonl_objects(path, "a labeled set has one row object per line"):
        missing = {"lang", "sentences", "raw"} - row.keys()
        if missing:
            raise ValueError(f"{path}:{line_no}: row lacks {sorted(missing)}; rows need lang, sentences and raw")
        if _squeeze(row["raw"]) != _squeeze("".join(row["sentences"])):
            raise ValueError(f"{path}:{line_no}: raw is not the gold sentences with other whitespace; fix the set")
        rows.append(row)
    if not rows:
        raise ValueError(f"{path} holds no rows")
    return rows


_SINGLE_LINE_BREAK_RE = re.compile(r"[^\n]\n[^\n]")


def undo_blank_line_layout(raw: str) -> str:
    """`raw` as the `.txt` reader hands on a file in the blank-line-after-every-line layout (PDF exports),
    which `input.txt_mode = "auto"` detects in a file of some length (`prep.readers.txt_layout`): one
    document of wrapped lines. A labeled paragraph is too short for that judgment, so its structure
    decides: no single line break at all. Other text is returned unchanged."""
    if "\n\n" not in raw or _SINGLE_LINE_BREAK_RE.search(raw):
        return raw
    return unwrap_blank_line_layout(raw)


def split_row(raw: str, cut_offsets: Callable[[str], list[int]] | None = None) -> list[str]:
    """What the build makes of `raw` arriving as one document: layout read, `normalize_text` (ingest), then
    `split_sentences` (`prep.units.split_records`, default `min_sentence_chars` = 1)."""
    return split_sentences(normalize_text(undo_blank_line_layout(raw)), cut_offsets=cut_offsets)


def evaluate_set(rows: list[dict[str, Any]], backend: str = "rules") -> dict[str, SetScore]:
    """Language -> figures of `backend` over the rows; boundaries compared in the whitespace-free text."""
    cut_offsets = sentence_splitter(backend)
    scores: dict[str, SetScore] = {}
    for row in rows:
        predicted = split_row(row["raw"], cut_offsets)
        if _squeeze("".join(predicted)) != _squeeze(row["raw"]):
            raise ValueError(f"row {row.get('id')}: the split changed the text; the splitter is wrong")
        want, got = boundary_positions(row["sentences"]), boundary_positions(predicted)
        score = scores.setdefault(row["lang"], SetScore())
        score.paragraphs += 1
        score.exact += want == got
        for key, n in (("tp", len(want & got)), ("fp", len(got - want)), ("fn", len(want - got))):
            setattr(score, key, getattr(score, key) + n)
            score.by_genre[(row.get("genre", "-"), key)] += n
            score.by_layout[(row.get("layout", "-"), key)] += n
    return scores


def boundary_errors(row: dict[str, Any], backend: str = "rules", context: int = 12) -> list[str]:
    """The row's missed (`FN`) and false (`FP`) boundaries, each shown as `left | right` in the
    whitespace-free text (for tuning sets only: it prints the text)."""
    text = _squeeze(row["raw"])
    want = boundary_positions(row["sentences"])
    got = boundary_positions(split_row(row["raw"], sentence_splitter(backend)))
    return [f"{kind} {text[max(0, p - context):p]} | {text[p:p + context]}"
            for kind, positions in (("FN", want - got), ("FP", got - want)) for p in sorted(positions)]


def format_set_table(path: str | Path, backend: str, scores: dict[str, SetScore]) -> str:
    """One line per language (P, R, F1, exact paragraphs, target), then F1 by layout and genre."""
    lines = [f"{path} (backend {backend})",
             f"{'lang':4} {'pars':>4} {'gold':>5} {'tp':>4} {'fp':>3} {'fn':>3} {'precision':>9} {'recall':>7} "
             f"{'F1':>6} {'exact':>6}  target"]
    for lang, s in sorted(scores.items()):
        met = "met" if s.f1 >= TARGET_F1 else "MISSED"
        lines.append(f"{lang:4} {s.paragraphs:4d} {s.tp + s.fn:5d} {s.tp:4d} {s.fp:3d} {s.fn:3d} {s.precision:9.3f} "
                     f"{s.recall:7.3f} {s.f1:6.3f} {s.exact / s.paragraphs:6.3f}  {met}")
    for lang, s in sorted(scores.items()):
        for title, counter in (("layout", s.by_layout), ("genre", s.by_genre)):
            names = sorted({name for name, _ in counter})
            f1 = " ".join(f"{name} {_f1(counter, name):.3f}" for name in names)
            lines.append(f"  {lang} F1 by {title}: {f1}")
    return "\n".join(lines)


def _f1(counter: Counter, name: str) -> float:
    tp, fp, fn = (counter[(name, k)] for k in ("tp", "fp", "fn"))
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def _squeeze(text: str) -> str:
    return _WHITESPACE_RE.sub("", text)
