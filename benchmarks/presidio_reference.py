"""The plain-Presidio reference path that the scrubber's fast path is checked against.

`PresidioReference(scrubber)` runs the scrubber's own recognizers through `AnalyzerEngine.analyze`
(NoOp NLP engine) and replaces through `AnonymizerEngine.anonymize` with the scrubber's operators,
one call each per document: what a plain Presidio integration does. `Scrubber.scrub_batch` must give
exactly the same text, counts and findings (tests in `tests/prep/eval/test_pii_eval.py`;
`benchmarks/bench_scrub.py` also times both). Not production code: `prep` never imports it.
"""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import NoOpNlpEngine
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import ConflictResolutionStrategy

from prep.pii.normalized_view import normalized_view
from prep.pii.scrub import Finding, Scrubber, ScrubResult
from prep.pii.tagger import TAGGER_NAME, NameTaggerRecognizer
from prep.pii.user_models import ModelRecognizer


class PresidioReference:
    """Presidio's two engines around one `Scrubber`'s recognizers, threshold, entities and mode."""

    def __init__(self, scrubber: Scrubber):
        self.scrubber = scrubber
        languages = list(scrubber.cfg.languages)
        # The pattern recognizers run inside `AnalyzerEngine`; the model recognizers after it, each with what the
        # recognizers before it found, as the scrubber runs them (`Scrubber._run_models`).
        registry = RecognizerRegistry(
            recognizers=[r for lang in languages for r in scrubber.recognizers[lang]
                         if not isinstance(r, ModelRecognizer)], supported_languages=languages
        )
        self.models = {lang: [r for r in scrubber.recognizers[lang] if isinstance(r, ModelRecognizer)]
                       for lang in languages}
        nlp_engine = NoOpNlpEngine(models=[{"lang_code": lang, "model_name": "none"} for lang in languages])
        self.analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=languages)
        self.anonymizer = AnonymizerEngine()

    def analyze(self, text: str, language: str) -> list[RecognizerResult]:
        """`AnalyzerEngine.analyze` with the scrubber's recognizers, entities and threshold, on the text and,
        where it differs, on its normalized view (`prep.pii.normalized_view`), as the scrubber does."""
        found = self.analyzer.analyze(
            text=text, language=language, entities=list(self.scrubber.entities),
            score_threshold=self.scrubber.cfg.score_threshold,
        )
        for model in self.models[language]:  # the tagger applies its own thresholds, as in `Scrubber._run_models`
            threshold = 0.0 if isinstance(model, NameTaggerRecognizer) else min(
                self.scrubber.cfg.threshold(e) for e in model.supported_entities)
            found = found + [r for r in model.analyze_texts([text], [found])[0] if r.score >= threshold]
        view = normalized_view(text)
        if view is None:
            return found
        return found + [
            RecognizerResult(r.entity_type, *view.span(r.start, r.end), r.score,
                             recognition_metadata=r.recognition_metadata)
            for r in self.analyze(view.text, language)
        ]

    def anonymize(self, text: str, language: str, results: list[RecognizerResult]) -> ScrubResult:
        """Merge overlaps, then `AnonymizerEngine.anonymize` with the scrubber's operators."""
        spans = merge_overlaps(results)
        if not spans:
            return ScrubResult(text, {})
        anonymized = self.anonymizer.anonymize(
            text=text,
            analyzer_results=spans,
            operators=self.scrubber.operators(text, language, {s.entity_type for s in spans}),
            conflict_resolution=ConflictResolutionStrategy.REMOVE_INTERSECTIONS,
            merge_entities_with_spaces=False,
        )
        counts: dict[str, int] = {}
        for item in anonymized.items:
            counts[item.entity_type] = counts.get(item.entity_type, 0) + 1
        return ScrubResult(anonymized.text, counts, _findings(spans))

    def scrub(self, text: str, language: str) -> ScrubResult:
        return self.anonymize(text, language, self.analyze(text, language))


def _findings(spans: list[RecognizerResult]) -> tuple[Finding, ...]:
    name = RecognizerResult.RECOGNIZER_NAME_KEY
    return tuple(
        Finding(s.entity_type, s.start, s.end, (s.recognition_metadata or {}).get(name, ""), round(s.score, 3))
        for s in spans
    )


def merge_overlaps(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """One span per group of overlapping results, covering their union, typed by the best score.

    Written on Presidio's result objects, apart from the scrubber's `_merge`, so that the two check
    each other. Presidio's own conflict handling trims or drops a loser, which is right for labels but
    not for scrubbing; a union guarantees no fragment of any detected value survives.
    """
    merged: list[RecognizerResult] = []
    for result in sorted(results, key=lambda r: (r.start, -r.end)):
        last = merged[-1] if merged else None
        if last is None or result.start >= last.end:
            merged.append(
                RecognizerResult(
                    result.entity_type, result.start, result.end, result.score,
                    recognition_metadata=dict(result.recognition_metadata or {}),
                )
            )
            continue
        if (_decides(result), result.score, result.end - result.start) > (_decides(last), last.score,
                                                                         last.end - last.start):
            last.entity_type, last.score = result.entity_type, result.score
            last.recognition_metadata = dict(result.recognition_metadata or {})
        last.end = max(last.end, result.end)
    return merged


def _decides(result: RecognizerResult) -> bool:
    """Whether a result may type its group over the name tagger's (whose probability is no pattern score)."""
    return (result.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY) != TAGGER_NAME
