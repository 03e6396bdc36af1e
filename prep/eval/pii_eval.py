"""`python -m prep pii-eval`: recall and precision of the scrubber on the generated benchmark.

Matching rule (per entity type, by character-span overlap):
- a labeled value is *found* when a replaced span of the same type overlaps it (recall);
- a replaced span is *correct* when it overlaps a labeled value of the same type (precision);
- a labeled value is *masked* when replaced spans of any type cover every one of its characters
  (what privacy needs: a value found under the wrong type, or only in part, is not masked).
Names with no cue at all (`{PERSON!}` slots) are reported on their own line and left out of the
PERSON row: a cue-based recognizer cannot find them, and that is stated rather than averaged away.
On the no-PII prose, `untouched` is the share of whitespace-separated words that no replaced span
touches.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from prep.eval.pii_bench import BenchDoc, generate_bench, prose_documents
from prep.pii.scrub import Finding, Scrubber

TARGET_RECALL_ENTITY = 0.95
TARGET_RECALL_OVERALL = 0.97
TARGET_PRECISION = 0.95
TARGET_UNTOUCHED = 0.99


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    masked: int = 0
    predicted: int = 0
    correct: int = 0

    def add(self, other: Tally) -> None:
        for k in ("gold", "found", "masked", "predicted", "correct"):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else float("nan")

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else float("nan")

    @property
    def masked_rate(self) -> float:
        return self.masked / self.gold if self.gold else float("nan")


@dataclass
class EvalReport:
    by_entity_lang: dict[tuple[str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    uncued: Tally = field(default_factory=Tally)
    prose_words: int = 0
    prose_touched: int = 0
    docs: int = 0
    errors: int = 0

    def total(self, lang: str | None = None, entity: str | None = None) -> Tally:
        t = Tally()
        for (e, lg), tally in self.by_entity_lang.items():
            if (lang is None or lg == lang) and (entity is None or e == entity):
                t.add(tally)
        return t

    @property
    def untouched(self) -> float:
        return 1 - self.prose_touched / self.prose_words if self.prose_words else float("nan")

    def failures(self) -> list[str]:
        """The targets missed, as lines (empty: every target met)."""
        out = []
        for (e, lg), t in sorted(self.by_entity_lang.items()):
            if t.gold and t.recall < TARGET_RECALL_ENTITY:
                out.append(f"recall {e}/{lg} {t.recall:.3f} < {TARGET_RECALL_ENTITY}")
            if t.predicted and t.precision < TARGET_PRECISION:
                out.append(f"precision {e}/{lg} {t.precision:.3f} < {TARGET_PRECISION}")
        overall = self.total()
        if overall.recall < TARGET_RECALL_OVERALL:
            out.append(f"overall recall {overall.recall:.3f} < {TARGET_RECALL_OVERALL}")
        if self.untouched < TARGET_UNTOUCHED:
            out.append(f"untouched prose words {self.untouched:.4f} < {TARGET_UNTOUCHED}")
        if self.errors:
            out.append(f"{self.errors} documents raised")
        return out


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def score_document(doc: BenchDoc, findings: tuple[Finding, ...], report: EvalReport) -> None:
    cued = [s for s in doc.spans if not s["uncued"]]
    for span in doc.spans:
        tally = report.uncued if span["uncued"] else report.by_entity_lang[(span["entity"], doc.lang)]
        tally.gold += 1
        same = [f for f in findings if f.entity == span["entity"] and _overlaps(f.start, f.end, span["start"], span["end"])]  # noqa: E501
        tally.found += bool(same)
        covered = set()
        for f in findings:
            covered.update(range(max(f.start, span["start"]), min(f.end, span["end"])))
        value = doc.text[span["start"]:span["end"]]
        tally.masked += all(i in covered or value[i - span["start"]].isspace() for i in range(span["start"], span["end"]))  # noqa: E501
    for f in findings:
        tally = report.by_entity_lang[(f.entity, doc.lang)]
        if any(_overlaps(f.start, f.end, s["start"], s["end"]) and s["uncued"] for s in doc.spans):
            report.uncued.predicted += 1
            report.uncued.correct += f.entity == "PERSON"
            continue
        tally.predicted += 1
        tally.correct += any(s["entity"] == f.entity and _overlaps(f.start, f.end, s["start"], s["end"]) for s in cued)


def evaluate(scrubber: Scrubber, docs: list[BenchDoc], prose: list[BenchDoc], batch_size: int = 256) -> EvalReport:
    report = EvalReport()
    for i in range(0, len(docs), batch_size):
        batch = docs[i:i + batch_size]
        results = scrubber.scrub_batch([d.text for d in batch], [d.lang for d in batch])
        for doc, result in zip(batch, results, strict=True):
            report.docs += 1
            if isinstance(result, Exception):
                report.errors += 1
                continue
            score_document(doc, result.findings, report)
    for doc, result in zip(prose, scrubber.scrub_batch([d.text for d in prose], [d.lang for d in prose]), strict=True):
        if isinstance(result, Exception):
            report.errors += 1
            continue
        pos = 0
        for word in doc.text.split():
            start = doc.text.index(word, pos)
            pos = start + len(word)
            report.prose_words += 1
            report.prose_touched += any(_overlaps(f.start, f.end, start, pos) for f in result.findings)
    return report


def _fmt(x: float) -> str:
    return "  -  " if x != x else f"{x:.3f}"


def format_report(report: EvalReport, entities: tuple[str, ...]) -> str:
    lines = [
        "| entity | ko recall | ko precision | en recall | en precision | all recall | all precision | masked | n |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for e in entities:
        ko, en, both = report.total("ko", e), report.total("en", e), report.total(None, e)
        lines.append(
            f"| {e} | {_fmt(ko.recall)} | {_fmt(ko.precision)} | {_fmt(en.recall)} | {_fmt(en.precision)} | "
            f"{_fmt(both.recall)} | {_fmt(both.precision)} | {_fmt(both.masked_rate)} | {both.gold} |"
        )
    ko, en, both = report.total("ko"), report.total("en"), report.total()
    lines.append(
        f"| **all** | {_fmt(ko.recall)} | {_fmt(ko.precision)} | {_fmt(en.recall)} | {_fmt(en.precision)} | "
        f"{_fmt(both.recall)} | {_fmt(both.precision)} | {_fmt(both.masked_rate)} | {both.gold} |"
    )
    lines.append("")
    lines.append(
        f"names with no cue (not a target; needs an NER model): recall {_fmt(report.uncued.recall)} "
        f"of {report.uncued.gold}"
    )
    lines.append(f"no-PII prose: {report.untouched:.2%} of {report.prose_words} words untouched")
    lines.append(f"documents: {report.docs} labeled, {report.errors} raised")
    return "\n".join(lines)


def run_eval(scrubber: Scrubber, n_docs: int = 2000, seed: int = 0) -> EvalReport:
    return evaluate(scrubber, generate_bench(n_docs, seed), prose_documents())
