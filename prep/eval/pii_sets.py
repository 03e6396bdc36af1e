"""`python -m prep pii-eval --set FILE`: what the scrubber removes from a labeled set written apart from it.

The sets in data/eval/ (tuning and frozen blind, ko + en) were written by sessions that never read the
recognizers, so these figures measure detection rather than memory (the generated benchmark of
`prep.eval.pii_eval` was written together with the recognizers). A row is
`{"id", "lang", "genre", "text", "spans": [{"start", "end", "entity", "text"}]}`; a row without spans is
clean text, often with look-alikes (titles, institutions, documentation IP ranges).

What counts, all from the character offsets of the replaced spans (`Finding`s), never by type:
- token recall: a *token* is a maximal run of non-space characters inside a labeled span; it is removed
  when every one of its characters lies inside a replaced span (a partly replaced token leaks the rest);
- span recall (per entity): a labeled span is removed when all of its tokens are;
- context kept: of the tokens outside labeled spans in rows with PII, the share no replaced span touches;
- clean rows changed: of the rows without spans, the share where anything was replaced;
- character precision: of the replaced characters, the share inside labeled spans.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from privbert.io import read_jsonl_objects

_TOKEN = re.compile(r"\S+")

TARGETS = {  # issue 15's targets, on held-out sets
    "token_recall": 0.90,
    "person_recall": 0.90,
    "address_recall": 0.85,
    "context_kept": 0.97,
    "clean_rows_changed": 0.03,  # at most
}


@dataclass
class LangTally:
    tokens: int = 0
    tokens_removed: int = 0
    context_tokens: int = 0
    context_kept: int = 0
    clean_rows: int = 0
    clean_rows_changed: int = 0
    replaced_chars: int = 0
    replaced_chars_in_gold: int = 0
    spans: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # entity -> [n, removed]
    # "ENTITY by Recognizer" -> clean rows where that recognizer replaced something (counts only, never values)
    clean_changed_by: Counter = field(default_factory=Counter)

    def ratio(self, name: str) -> float | None:
        pairs = {
            "token_recall": (self.tokens_removed, self.tokens),
            "context_kept": (self.context_kept, self.context_tokens),
            "clean_rows_changed": (self.clean_rows_changed, self.clean_rows),
            "char_precision": (self.replaced_chars_in_gold, self.replaced_chars),
            "person_recall": tuple(self.spans["PERSON"][::-1]) if "PERSON" in self.spans else (0, 0),
            "address_recall": tuple(self.spans["STREET_ADDRESS"][::-1]) if "STREET_ADDRESS" in self.spans else (0, 0),
        }
        hit, total = pairs[name]
        return hit / total if total else None


def read_set(path: str | Path) -> list[dict[str, Any]]:
    """Rows of a labeled set; a span whose offsets do not give its text is an error naming the row."""
    rows = []
    for line_no, row in read_jsonl_objects(path, "a labeled set has one row object per line"):
        for span in row.get("spans", []):
            if row["text"][span["start"]:span["end"]] != span["text"]:
                raise ValueError(f"{path}:{line_no}: span offsets {span['start']}-{span['end']} do not give "
                                 "the span's text; fix the set (its offsets are Python str offsets)")
        rows.append(row)
    if not rows:
        raise ValueError(f"{path} holds no rows")
    return rows


def score_row(row: dict[str, Any], replaced: list[tuple[int, int]], tally: LangTally,
              sources: set[str] | frozenset[str] = frozenset()) -> None:
    """Add one row's figures to its language's tally; `replaced` = (start, end) of every replaced span,
    `sources` = what replaced them (`ENTITY by Recognizer`), counted for clean rows."""
    text = row["text"]
    covered = np.zeros(len(text) + 1, dtype=bool)
    for start, end in replaced:
        covered[start:end] = True
    gold = np.zeros(len(text) + 1, dtype=bool)
    for span in row["spans"]:
        gold[span["start"]:span["end"]] = True
    tally.replaced_chars += int(covered.sum())
    tally.replaced_chars_in_gold += int((covered & gold).sum())
    if not row["spans"]:
        tally.clean_rows += 1
        tally.clean_rows_changed += bool(replaced)
        tally.clean_changed_by.update(sources)
        return
    for span in row["spans"]:
        tokens = [(span["start"] + m.start(), span["start"] + m.end()) for m in _TOKEN.finditer(span["text"])]
        removed = [bool(covered[a:b].all()) for a, b in tokens]
        tally.tokens += len(tokens)
        tally.tokens_removed += sum(removed)
        counts = tally.spans[span["entity"]]
        counts[0] += 1
        counts[1] += all(removed)
    for m in _TOKEN.finditer(text):
        if not gold[m.start():m.end()].any():
            tally.context_tokens += 1
            tally.context_kept += not covered[m.start():m.end()].any()


def evaluate_set(scrubber, rows: list[dict[str, Any]], batch_size: int = 256) -> dict[str, LangTally]:
    """Scrub every row's text as `prep scrub` does (language detected, not read from the row) and tally
    by the row's language; a row that fails is dropped by a build, so it counts as fully replaced."""
    tallies: dict[str, LangTally] = defaultdict(LangTally)
    for i in range(0, len(rows), batch_size):
        batch = rows[i:i + batch_size]
        results = scrubber.scrub_batch([r["text"] for r in batch])
        for row, result in zip(batch, results, strict=True):
            if isinstance(result, BaseException):
                replaced, sources = [(0, len(row["text"]))], {"failed"}
            else:
                replaced = [(f.start, f.end) for f in result.findings]
                sources = {f"{f.entity} by {f.recognizer}" for f in result.findings}
            score_row(row, replaced, tallies[row["lang"]], sources)
    return dict(tallies)


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def format_set_report(name: str, tallies: dict[str, LangTally]) -> str:
    langs = sorted(tallies)
    lines = [f"{name}: " + ", ".join(f"{lang} {sum(tallies[lang].spans[e][0] for e in tallies[lang].spans)} spans, "
                                     f"{tallies[lang].clean_rows} clean rows" for lang in langs)]
    header = f"{'figure':<22}" + "".join(f"{lang:>9}" for lang in langs) + "   target"
    lines.append(header)
    for metric in ("token_recall", "person_recall", "address_recall", "context_kept", "clean_rows_changed",
                   "char_precision"):
        target = TARGETS.get(metric)
        bound = "" if target is None else (f"<= {target:.2f}" if metric == "clean_rows_changed" else f">= {target:.2f}")
        lines.append(f"{metric:<22}" + "".join(f"{_fmt(tallies[lang].ratio(metric)):>9}" for lang in langs)
                     + f"   {bound}")
    entities = sorted({e for t in tallies.values() for e in t.spans})
    lines.append("span recall by entity (removed / spans)")
    for entity in entities:
        cells = []
        for lang in langs:
            n, removed = tallies[lang].spans.get(entity, (0, 0))
            cells.append(f"{removed}/{n}" if n else "-")
        lines.append(f"  {entity:<20}" + "".join(f"{c:>9}" for c in cells))
    sources = sorted({k for t in tallies.values() for k in t.clean_changed_by},
                     key=lambda k: (-sum(t.clean_changed_by[k] for t in tallies.values()), k))
    if sources:
        lines.append("clean rows changed, by what changed them (a row counts once per source)")
        for source in sources:
            lines.append(f"  {source:<44}" + "".join(f"{tallies[lang].clean_changed_by[source]:>9}" for lang in langs))
    return "\n".join(lines)


def missed_targets(tallies: dict[str, LangTally]) -> list[str]:
    missed = []
    for lang, tally in sorted(tallies.items()):
        for metric, target in TARGETS.items():
            value = tally.ratio(metric)
            if value is None:
                continue
            if (value > target) if metric == "clean_rows_changed" else (value < target):
                missed.append(f"{lang} {metric} {value:.3f}")
    return missed
