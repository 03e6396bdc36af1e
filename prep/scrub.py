"""The scrub stage core: text in, text with typed placeholders and per-type counts out.

PII is removed *before* the tokenizer and the model see the corpus, so a masked language model
cannot learn to fill `[MASK]` with someone's phone number. Detection is Presidio's AnalyzerEngine
with the pattern recognizers of `prep.recognizers`; replacement is Presidio's AnonymizerEngine
(`replace` operator). Everything runs offline: the NLP engine is Presidio's `NoOpNlpEngine`
(no spaCy model to download) and no recognizer touches the network.

Fail-closed: any error while analysing raises, and the caller drops and counts the document. Raw
text is never returned on failure, and nothing here logs or raises with document text in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import NoOpNlpEngine
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import ConflictResolutionStrategy, OperatorConfig

from prep.config import ScrubConfig
from prep.recognizers import RECOGNIZED_ENTITIES, build_recognizers

PII_ENTITIES: tuple[str, ...] = RECOGNIZED_ENTITIES


def placeholder(entity: str) -> str:
    """The token that replaces a value of `entity`, e.g. `[PHONE_NUMBER]`."""
    return f"[{entity}]"


PLACEHOLDERS: tuple[str, ...] = tuple(placeholder(e) for e in PII_ENTITIES)

_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")  # syllables and jamo
_LATIN = re.compile(r"[A-Za-z]")
KO_SHARE = 0.3  # Hangul share of letters above which a text is Korean; a syllable carries ~2-3 Latin letters


def detect_language(text: str) -> str:
    """`ko` or `en` from the share of Hangul among letters; cheap enough to run on every document."""
    hangul = len(_HANGUL.findall(text))
    letters = hangul + len(_LATIN.findall(text))
    return "ko" if letters and hangul / letters >= KO_SHARE else "en"


@dataclass(frozen=True)
class ScrubResult:
    text: str
    counts: dict[str, int]  # entity type -> number of values replaced in this document


class Scrubber:
    """Built once per worker (recognizers compile their patterns lazily on first use), then `scrub`."""

    def __init__(self, cfg: ScrubConfig):
        unknown = [e for e in cfg.entities if e not in PII_ENTITIES]
        if unknown:
            raise ValueError(
                f"scrub.entities has unknown type(s) {unknown}; choose from {list(PII_ENTITIES)} "
                "or leave it empty for all"
            )
        self.cfg = cfg
        self.entities = cfg.entities or PII_ENTITIES
        languages = list(cfg.languages)
        registry = RecognizerRegistry(
            recognizers=[r for lang in languages for r in build_recognizers(lang)],
            supported_languages=languages,
        )
        nlp_engine = NoOpNlpEngine(models=[{"lang_code": lang, "model_name": "none"} for lang in languages])
        self.analyzer = AnalyzerEngine(
            registry=registry, nlp_engine=nlp_engine, supported_languages=languages
        )
        self.anonymizer = AnonymizerEngine()
        self.operators = {e: OperatorConfig("replace", {"new_value": placeholder(e)}) for e in PII_ENTITIES}

    def scrub(self, text: str, language: str | None = None) -> ScrubResult:
        """Replace every detected value with its placeholder; raise on any failure (fail-closed).

        `language` must be one of `scrub.languages`; left out, it is detected, and a detected
        language that is not configured falls back to the first configured one (the recognizers
        are the same for every language, so nothing is lost).
        """
        if not isinstance(text, str):
            raise TypeError(f"scrub expects str, found {type(text).__name__}")
        languages = self.cfg.languages
        if language is None:
            language = detect_language(text)
            if language not in languages:
                language = languages[0]
        elif language not in languages:
            raise ValueError(f"language {language!r} is not in scrub.languages {list(languages)}")
        if not text:
            return ScrubResult(text, {})

        results = self.analyzer.analyze(
            text=text,
            language=language,
            entities=list(self.entities),
            score_threshold=self.cfg.score_threshold,
        )

        spans = merge_overlaps(results)
        anonymized = self.anonymizer.anonymize(
            text=text,
            analyzer_results=spans,
            operators=self.operators,
            conflict_resolution=ConflictResolutionStrategy.REMOVE_INTERSECTIONS,
            merge_entities_with_spaces=False,
        )
        counts: dict[str, int] = {}
        for item in anonymized.items:
            counts[item.entity_type] = counts.get(item.entity_type, 0) + 1
        return ScrubResult(anonymized.text, counts)


def merge_overlaps(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """One span per group of overlapping results, covering their union, typed by the best score.

    Presidio's own conflict handling trims or drops a loser, which is right for labels but not for
    scrubbing; a union guarantees no fragment of any detected value survives.
    """
    merged: list[RecognizerResult] = []
    for result in sorted(results, key=lambda r: (r.start, -r.end)):
        last = merged[-1] if merged else None
        if last is None or result.start >= last.end:
            merged.append(RecognizerResult(result.entity_type, result.start, result.end, result.score))
            continue
        if (result.score, result.end - result.start) > (last.score, last.end - last.start):
            last.entity_type, last.score = result.entity_type, result.score
        last.end = max(last.end, result.end)
    return merged
