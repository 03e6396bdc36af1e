"""`python -m prep split-eval`: sentence-boundary precision, recall and F1 per language and backend.

Each labeled paragraph (`prep.eval.split_eval_data`) is laid out as raw text, normalized with
`normalize_text` and split with the backend, exactly as `prep split` does. Boundaries are compared as
positions in the paragraph's non-whitespace characters (the position after each sentence but the last),
so whitespace changes made by normalization do not matter. A predicted boundary at a gold position is
a true positive; any other predicted one a false positive; a gold one not predicted a false negative.
"""

from __future__ import annotations

import textwrap
from collections import Counter
from dataclasses import dataclass, field

from prep.eval.split_eval_data import SAMPLES, WRAP_WIDTH
from prep.normalize import normalize_text
from prep.split import sentence_splitter, split_sentences

TARGET_F1 = 0.95


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
        tp, fp, fn = (self.by_genre[(genre, k)] for k in ("tp", "fp", "fn"))
        return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


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
