"""The scrub stage core: texts in, texts with typed placeholders (or surrogates, or hashes) out.

PII is removed *before* the tokenizer and the model see the corpus, so a masked language model
cannot learn to fill `[MASK]` with someone's phone number. Detection is the Presidio recognizers of
`prep.recognizers`; replacement is Presidio's AnonymizerEngine (`replace` for placeholders, `custom`
for surrogates and hashes). Everything runs offline: no spaCy model is needed (an installed spaCy
NER pipeline can be added with `scrub.spacy_model`), and no recognizer touches the network.

Why not `AnalyzerEngine.analyze` per document: on these pattern recognizers most of its time is
per-call bookkeeping (NLP artifacts, context enhancement, explanations, registry look-ups) and
scanning every pattern over every document. `Scrubber.scrub_batch` calls the same recognizer
objects directly, and first runs each recognizer's `trigger` (a regex every text it can match must
contain) over the whole batch in polars (Rust), skipping recognizers that cannot find anything. The
results are identical with and without that pre-filter, and identical to `AnalyzerEngine` with the
same recognizers (both tested on the benchmark); `analyze_with_presidio` keeps the plain path for
that comparison.

Fail-closed: a document whose analysis raises gets its exception in place of a result (and `scrub`
raises); the caller drops and counts it. Raw text is never returned on failure, and nothing here
logs or raises with document text in it.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

import polars as pl
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import NoOpNlpEngine
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import ConflictResolutionStrategy, OperatorConfig

from prep.config import ScrubConfig
from prep.pii_surrogate import SurrogateMap, entity_hash
from prep.pii_types import PII_ENTITIES, PLACEHOLDERS, placeholder  # noqa: F401 -- re-exported
from prep.recognizers import build_recognizers

ANONYMIZE_CHUNK = 32  # texts per anonymizer call in `replace_batch`

_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")  # syllables and jamo
_LATIN = re.compile(r"[A-Za-z]")
KO_SHARE = 0.3  # Hangul share of letters above which a text is Korean; a syllable carries ~2-3 Latin letters


def detect_language(text: str) -> str:
    """`ko` or `en` from the share of Hangul among letters; cheap enough to run on every document."""
    hangul = len(_HANGUL.findall(text))
    letters = hangul + len(_LATIN.findall(text))
    return "ko" if letters and hangul / letters >= KO_SHARE else "en"


@dataclass(frozen=True)
class Finding:
    """One replaced span, for the audit file: type, offsets in the input, recognizer, score; never the value."""

    entity: str
    start: int
    end: int
    recognizer: str
    score: float


@dataclass(frozen=True)
class ScrubResult:
    text: str
    counts: dict[str, int]  # entity type -> number of values replaced in this document
    findings: tuple[Finding, ...] = field(default=(), compare=False, repr=False)


class SpacyPersonRecognizer(EntityRecognizer):
    """PERSON entities of an installed spaCy NER pipeline (opt-in: `scrub.spacy_model`)."""

    LABELS = frozenset({"PERSON", "PER", "PS"})

    def __init__(self, model: str, language: str):
        try:
            import spacy

            self.nlp = spacy.load(model)
        except (ImportError, OSError) as exc:
            raise ValueError(
                f"scrub.spacy_model {model!r} cannot be loaded ({type(exc).__name__}); install the pipeline "
                "as a package (pip install <its wheel>) or give the path of a saved pipeline, or leave "
                "scrub.spacy_model empty (the default needs no model)"
            ) from None
        super().__init__(supported_entities=["PERSON"], name="SpacyPersonRecognizer", supported_language=language)

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: ARG002 -- Presidio's signature
        meta = {RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
        return [
            RecognizerResult("PERSON", ent.start_char, ent.end_char, 0.85, recognition_metadata=dict(meta))
            for ent in self.nlp(text).ents
            if ent.label_ in self.LABELS
        ]


class Scrubber:
    """Built once per worker (patterns are compiled here), then `scrub_batch` or `scrub`."""

    def __init__(self, cfg: ScrubConfig, prefilter: bool = True):
        unknown = [e for e in cfg.entities if e not in PII_ENTITIES]
        if unknown:
            raise ValueError(
                f"scrub.entities has unknown type(s) {unknown}; choose from {list(PII_ENTITIES)} "
                "or leave it empty for all"
            )
        self.cfg = cfg
        self.prefilter = prefilter
        self.entities = cfg.entities or PII_ENTITIES
        self.secret = self._secret(cfg)
        self.recognizers: dict[str, list[EntityRecognizer]] = {}
        for lang in cfg.languages:
            recognizers = [r for r in build_recognizers(lang) if r.supported_entities[0] in self.entities]
            if cfg.spacy_model and "PERSON" in self.entities:
                recognizers.append(SpacyPersonRecognizer(cfg.spacy_model, lang))
            self.recognizers[lang] = recognizers
        # Recognizers are language-tagged copies of one set, so trigger j is the same for every language.
        # One column per pattern; a recognizer without patterns (spaCy) gets one always-true column.
        self.triggers: list[str | None] = []
        self.columns: list[list[int]] = []  # recognizer index -> its columns
        for recognizer in self.recognizers[cfg.languages[0]]:
            patterns = getattr(recognizer, "patterns", None) or [None]
            self.columns.append(list(range(len(self.triggers), len(self.triggers) + len(patterns))))
            self.triggers.extend(getattr(p, "trigger", None) for p in patterns)
        self.anonymizer = AnonymizerEngine()
        self.placeholder_operators = {e: OperatorConfig("replace", {"new_value": placeholder(e)}) for e in PII_ENTITIES}
        self._analyzer: AnalyzerEngine | None = None

    @staticmethod
    def _secret(cfg: ScrubConfig) -> bytes | None:
        if cfg.mode == "placeholder":
            return None
        secret = os.environ.get(cfg.secret_env, "")
        if len(secret) < 16:
            raise ValueError(
                f"scrub.mode={cfg.mode!r} needs a secret of at least 16 characters in the environment variable "
                f"{cfg.secret_env} (scrub.secret_env); e.g. export {cfg.secret_env}=$(openssl rand -hex 32)"
            )
        return secret.encode()

    # --- detection -------------------------------------------------------------------------------

    def _language(self, text: str, language: str | None) -> str:
        languages = self.cfg.languages
        if language is None:
            detected = detect_language(text)
            return detected if detected in languages else languages[0]
        if language not in languages:
            raise ValueError(f"language {language!r} is not in scrub.languages {list(languages)}")
        return language

    def _trigger_matrix(self, texts: list[str]) -> list[tuple[bool, ...]]:
        """Row i, column j: may pattern j match in text i? (its trigger, in polars' Rust regex, whole batch)."""
        if not self.prefilter:
            return [[True] * len(self.triggers) for _ in texts]
        frame = pl.DataFrame({"t": texts}, schema={"t": pl.String})
        columns = [
            (pl.col("t").str.contains(t) if t is not None else pl.lit(True)).alias(str(j))
            for j, t in enumerate(self.triggers)
        ]
        return frame.select(columns).rows()

    def analyze_batch(self, texts: list[str], languages: list[str]) -> list[list[RecognizerResult]]:
        """Every recognizer's results above the threshold, per text (a recognizer error propagates)."""
        out = []
        for text, lang, row in zip(texts, languages, self._trigger_matrix(texts), strict=True):
            results = []
            for recognizer, columns in zip(self.recognizers[lang], self.columns, strict=True):
                if not any(row[c] for c in columns):
                    continue
                if hasattr(recognizer, "analyze_patterns"):
                    patterns = [p for p, c in zip(recognizer.patterns, columns, strict=True) if row[c]]
                    results.extend(recognizer.analyze_patterns(text, patterns))
                else:
                    results.extend(recognizer.analyze(text, list(self.entities), None))
            out.append([r for r in results if r.score >= self.cfg.score_threshold])
        return out

    def analyze_with_presidio(self, text: str, language: str) -> list[RecognizerResult]:
        """The plain path: `AnalyzerEngine.analyze` with the same recognizers (benchmarks and tests)."""
        if self._analyzer is None:
            languages = list(self.cfg.languages)
            registry = RecognizerRegistry(
                recognizers=[r for lang in languages for r in self.recognizers[lang]], supported_languages=languages
            )
            nlp_engine = NoOpNlpEngine(models=[{"lang_code": lang, "model_name": "none"} for lang in languages])
            self._analyzer = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine, supported_languages=languages)
        return self._analyzer.analyze(
            text=text, language=language, entities=list(self.entities), score_threshold=self.cfg.score_threshold
        )

    # --- replacement -----------------------------------------------------------------------------

    def _operators(self, text: str, language: str, spans: list[RecognizerResult]) -> dict[str, OperatorConfig]:
        entities = {s.entity_type for s in spans}
        if self.cfg.mode == "placeholder":
            return {e: self.placeholder_operators[e] for e in entities}
        if self.cfg.mode == "hash":
            secret = self.secret
            return {e: OperatorConfig("custom", {"lambda": lambda v, e=e: entity_hash(secret, e, v)}) for e in entities}
        fakes = SurrogateMap(self.secret, text, language)
        return {e: OperatorConfig("custom", {"lambda": lambda v, e=e: fakes.fake(e, v)}) for e in entities}

    def replace(self, text: str, language: str, results: list[RecognizerResult]) -> ScrubResult:
        """Merge overlapping results and replace them through Presidio's anonymizer."""
        spans = merge_overlaps(results)
        if not spans:
            return ScrubResult(text, {})
        anonymized = self.anonymizer.anonymize(
            text=text,
            analyzer_results=spans,
            operators=self._operators(text, language, spans),
            conflict_resolution=ConflictResolutionStrategy.REMOVE_INTERSECTIONS,
            merge_entities_with_spaces=False,
        )
        counts: dict[str, int] = {}
        for item in anonymized.items:
            counts[item.entity_type] = counts.get(item.entity_type, 0) + 1
        return ScrubResult(anonymized.text, counts, _findings(spans))

    def replace_batch(
        self, texts: list[str], languages: list[str], results: list[list[RecognizerResult]]
    ) -> list[ScrubResult]:
        """`replace` for many texts with one anonymizer call (placeholder mode; the per-call cost dominates).

        The texts are joined with a separator none of them contains and no placeholder contains,
        spans shifted, anonymized once and split back; a batch where that cannot hold, or another
        mode (whose operators depend on the document), goes text by text.
        """
        sep = "\x00\x1e\x00"
        if len(texts) > ANONYMIZE_CHUNK:  # Presidio rebuilds the text per replacement: keep each call small
            return [r for i in range(0, len(texts), ANONYMIZE_CHUNK) for r in self.replace_batch(
                texts[i:i + ANONYMIZE_CHUNK], languages[i:i + ANONYMIZE_CHUNK], results[i:i + ANONYMIZE_CHUNK])]
        if self.cfg.mode != "placeholder" or len(texts) < 2 or any(sep in t for t in texts):
            return [self.replace(t, lang, r) for t, lang, r in zip(texts, languages, results, strict=True)]
        merged = [merge_overlaps(r) for r in results]
        shifted, offset = [], 0
        for text, spans in zip(texts, merged, strict=True):
            for span in spans:
                shifted.append(RecognizerResult(span.entity_type, span.start + offset, span.end + offset, span.score))
            offset += len(text) + len(sep)
        if not shifted:
            return [ScrubResult(t, {}) for t in texts]
        anonymized = self.anonymizer.anonymize(
            text=sep.join(texts),
            analyzer_results=shifted,
            operators={e: self.placeholder_operators[e] for e in {s.entity_type for s in shifted}},
            conflict_resolution=ConflictResolutionStrategy.REMOVE_INTERSECTIONS,
            merge_entities_with_spaces=False,
        )
        pieces = anonymized.text.split(sep)
        assert len(pieces) == len(texts), "a separator was lost in anonymization"
        ends, pos = [], 0
        for piece in pieces:
            pos += len(piece) + len(sep)
            ends.append(pos)
        counts: list[dict[str, int]] = [{} for _ in texts]
        k = 0
        for item in sorted(anonymized.items, key=lambda it: it.start):
            while item.start >= ends[k]:
                k += 1
            counts[k][item.entity_type] = counts[k].get(item.entity_type, 0) + 1
        return [
            ScrubResult(piece, c, _findings(spans)) for piece, c, spans in zip(pieces, counts, merged, strict=True)
        ]

    # --- entry points ----------------------------------------------------------------------------

    def scrub_batch(
        self, texts: list[str], languages: list[str | None] | None = None
    ) -> list[ScrubResult | Exception]:
        """One result per text, or the exception that text raised (fail-closed: the caller drops it).

        `languages[i]` must be one of `scrub.languages` or None (detected; a detected language that
        is not configured falls back to the first configured one: the recognizers are the same).
        """
        languages = languages or [None] * len(texts)
        out: list[ScrubResult | Exception | None] = [None] * len(texts)
        todo, todo_langs = [], []
        for i, (text, lang) in enumerate(zip(texts, languages, strict=True)):
            try:
                if not isinstance(text, str):
                    raise TypeError(f"scrub expects str, found {type(text).__name__}")
                resolved = self._language(text, lang)
            except (TypeError, ValueError) as exc:
                out[i] = exc
                continue
            if not text:
                out[i] = ScrubResult(text, {})
            else:
                todo.append(i)
                todo_langs.append(resolved)
        if todo:
            texts_todo = [texts[i] for i in todo]
            try:
                batch = self.analyze_batch(texts_todo, todo_langs)
            except Exception:  # noqa: BLE001 -- find the failing documents one by one
                batch = None
            replaced = None
            if batch is not None:
                try:
                    replaced = self.replace_batch(texts_todo, todo_langs, batch)
                except Exception:  # noqa: BLE001 -- find the failing documents one by one
                    replaced = None
            for k, i in enumerate(todo):
                if replaced is not None:
                    out[i] = replaced[k]
                    continue
                try:
                    results = batch[k] if batch is not None else self.analyze_batch([texts[i]], [todo_langs[k]])[0]
                    out[i] = self.replace(texts[i], todo_langs[k], results)
                except Exception as exc:  # noqa: BLE001 -- fail closed on any error; the message may hold PII
                    out[i] = exc
        return out  # type: ignore[return-value]

    def scrub(self, text: str, language: str | None = None) -> ScrubResult:
        """Replace every detected value; raise on any failure (fail-closed)."""
        result = self.scrub_batch([text], [language])[0]
        if isinstance(result, Exception):
            raise result
        return result


def _findings(spans: list[RecognizerResult]) -> tuple[Finding, ...]:
    return tuple(
        Finding(s.entity_type, s.start, s.end, (s.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY, ""),  # noqa: E501
                round(s.score, 3))
        for s in spans
    )


def merge_overlaps(results: list[RecognizerResult]) -> list[RecognizerResult]:
    """One span per group of overlapping results, covering their union, typed by the best score.

    Presidio's own conflict handling trims or drops a loser, which is right for labels but not for
    scrubbing; a union guarantees no fragment of any detected value survives.
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
        if (result.score, result.end - result.start) > (last.score, last.end - last.start):
            last.entity_type, last.score = result.entity_type, result.score
            last.recognition_metadata = dict(result.recognition_metadata or {})
        last.end = max(last.end, result.end)
    return merged
