"""The scrub stage core: texts in, texts with typed placeholders (or surrogates, or hashes) out.

PII is removed *before* the tokenizer and the model see the corpus, so a masked language model
cannot learn to fill `[MASK]` with someone's phone number. Detection is the Presidio recognizers of
`prep.pii.recognizers`; replacement is Presidio's anonymizer operators (`replace` for placeholders,
`custom` for surrogates and hashes). Everything runs offline: no spaCy model is needed (an installed
spaCy NER pipeline can be added with `scrub.spacy_model`), and no recognizer touches the network.

Why not `AnalyzerEngine.analyze` + `AnonymizerEngine.anonymize` per document: on these pattern
recognizers most of their time is per-call bookkeeping (NLP artifacts, context enhancement,
explanations, registry look-ups, operator look-ups and validation per value) and scanning every
pattern over every document. `Scrubber.scrub_batch` calls the same recognizer objects directly,
after a pre-filter in polars (Rust regex) over the whole batch that tells, per text, which patterns
can match and where the first possible match starts; replacement runs the same anonymizer operators
on the merged spans. The results are identical with and without the pre-filter and identical to the
two engines (all tested on the benchmark); `analyze_with_presidio` and `anonymize_with_presidio`
keep the plain path for that comparison.

Fail-closed: a document whose analysis raises gets its exception in place of a result (and `scrub`
raises); the caller drops and counts it. Raw text is never returned on failure, and nothing here
logs or raises with document text in it.
"""

from __future__ import annotations

import gc
import os
import re
import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field

import numpy as np
import polars as pl
from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer import pattern_recognizer as _presidio_pattern_recognizer
from presidio_analyzer.nlp_engine import NoOpNlpEngine
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import ConflictResolutionStrategy, OperatorConfig
from presidio_anonymizer.operators import Operator, OperatorType

from prep.config import ScrubConfig
from prep.pii.recognizers import (
    CUE_GROUPS,
    TRIGGER_GROUPS,
    ascii_trigger,
    build_recognizers,
    exotic_class,
    rust_escape,
)
from prep.pii.surrogate import SurrogateMap, entity_hash
from prep.pii.types import PII_ENTITIES, PLACEHOLDERS, placeholder  # noqa: F401 -- re-exported

_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")  # syllables and jamo
_LATIN = re.compile(r"[A-Za-z]")
KO_SHARE = 0.3  # Hangul share of letters above which a text is Korean; a syllable carries ~2-3 Latin letters


_NOT_HANGUL_RUST = "[^\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+"  # the complement of `_HANGUL`, for polars
_NOT_LATIN_RUST = "[^A-Za-z]+"


def _language_of(hangul: int, latin: int) -> str:
    letters = hangul + latin
    return "ko" if letters and hangul / letters >= KO_SHARE else "en"


def detect_language(text: str) -> str:
    """`ko` or `en` from the share of Hangul among letters; cheap enough to run on every document."""
    return _language_of(len(_HANGUL.findall(text)), len(_LATIN.findall(text)))


def detect_languages(texts: list[str]) -> list[str]:
    """`detect_language` of many texts, counting in polars (Rust): the characters left after deleting
    every run of the complement class are exactly those the Python class finds."""
    try:
        counts = pl.DataFrame({"t": texts}, schema={"t": pl.String}).select(
            pl.col("t").str.replace_all(_NOT_HANGUL_RUST, "").str.len_chars().alias("h"),
            pl.col("t").str.replace_all(_NOT_LATIN_RUST, "").str.len_chars().alias("l"),
        )
    except Exception:  # noqa: BLE001 -- a text polars cannot hold (a lone surrogate): Python counts it
        return [detect_language(t) for t in texts]
    return [_language_of(h, n) for h, n in counts.iter_rows()]


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
        if cfg.mode == "off":
            raise ValueError('scrub.mode = "off" means no scrubbing; it is accepted only by `prep build`, '
                             "for the unscrubbed twin of a memorization audit (docs/audit.md)")
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
        self._build_prefilter(self.recognizers[cfg.languages[0]])
        if prefilter:  # a regex polars cannot compile fails here, once, not on every batch (fail-closed drops)
            try:
                self._trigger_matrix([""])
            except Exception as exc:  # noqa: BLE001 -- polars' own error types
                raise ValueError(f"the scrub pre-filter's regexes do not compile in polars: {exc}") from None
        # Where every language has the same recognizers, a document's language changes nothing but the
        # surrogates (Korean or English fakes): only that mode pays for detecting it.
        self.detect = cfg.mode == "surrogate" or len({_signature(rs) for rs in self.recognizers.values()}) > 1
        self.anonymizer = AnonymizerEngine()
        self.placeholder_operators = {e: OperatorConfig("replace", {"new_value": placeholder(e)}) for e in PII_ENTITIES}
        self._operator_objects: dict[str, Operator] = {}
        self._placeholder_prepared: dict[str, tuple[Operator, dict]] = {}
        self._placeholder_texts: dict[str, str] = {}
        self._analyzer: AnalyzerEngine | None = None
        self.deadline_reruns = 0  # batches analyzed again because their one deadline passed (`analyze_batch`)

    def _build_prefilter(self, recognizers: list[EntityRecognizer]) -> None:
        """The pre-filter's regexes: one per trigger group (`TRIGGER_GROUPS`) and one per cue group,
        in their ASCII form (`ascii_trigger`), and the class of characters for which that form is not
        enough (`exotic_class`).

        Recognizers are language-tagged copies of one set, so the columns are the same for every
        language. `self.slots[r][k]` = (trigger column, cue column or -1) of pattern k of recognizer r;
        a recognizer without patterns (spaCy) has one slot (-1, -1): always run, from 0. A pattern
        gets a cue column when none of its values can reach the threshold without a cue.
        """
        groups: dict[str, list[str]] = {}
        cue_groups: dict[str, list[str]] = {}
        self.slots: list[list[tuple[int, int]]] = []
        for recognizer in recognizers:
            patterns = getattr(recognizer, "patterns", None)
            if not patterns:
                self.slots.append([(-1, -1)])
                continue
            cues = recognizer.cue_trigger() if hasattr(recognizer, "cue_trigger") else None
            slots = []
            for pattern in patterns:
                members = groups.setdefault(TRIGGER_GROUPS.get(pattern.name, pattern.name), [])
                if pattern.trigger not in members:
                    members.append(pattern.trigger)
                cue = -1
                if cues is not None and recognizer.needs_cue(pattern, self.cfg.score_threshold):
                    members = cue_groups.setdefault(CUE_GROUPS.get(recognizer.name, recognizer.name), [])
                    members.extend(c for c in recognizer.cues if c not in members)
                    cue = list(cue_groups).index(CUE_GROUPS.get(recognizer.name, recognizer.name))
                slots.append((list(groups).index(TRIGGER_GROUPS.get(pattern.name, pattern.name)), cue))
            self.slots.append(slots)
        unions = [t[0] if len(t) == 1 else "|".join(f"(?:{x})" for x in t) for t in groups.values()]
        self.group_regexes = [ascii_trigger(u) for u in unions]
        self.cue_regexes = [ascii_trigger("(?i)" + "|".join(map(rust_escape, cues))) for cues in cue_groups.values()]
        self.exotic_regex = exotic_class()

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

    def _check_language(self, language: str) -> str:
        if language not in self.cfg.languages:
            raise ValueError(f"language {language!r} is not in scrub.languages {list(self.cfg.languages)}")
        return language

    def _detected(self, texts: list[str]) -> list[str]:
        """Detected languages; one that is not configured falls back to the first configured one."""
        languages = self.cfg.languages
        if not self.detect:
            return [languages[0]] * len(texts)
        return [lang if lang in languages else languages[0] for lang in detect_languages(texts)]

    def _trigger_matrix(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray] | None:
        """(starts, cues): starts[i, g] = UTF-8 byte offset of the first match of group g's regex in
        text i, or -1; cues[i, c] = does text i hold a word of cue group c. None: no pre-filter.

        No value of a pattern can start before its trigger's first match, nor before the group's
        (a union of triggers); one of a cued pattern's values scores under the threshold unless a
        cue comes before it. A text with an exotic character (`exotic_class`) is not pre-filtered:
        every group starts at 0 and every cue is present.
        """
        if not self.prefilter:
            return None
        col = pl.col("t")
        frame = pl.DataFrame({"t": texts}, schema={"t": pl.String}).select(
            [col.str.find(g).fill_null(-1).cast(pl.Int64).alias(f"g{k}") for k, g in enumerate(self.group_regexes)]
            + [col.str.contains(c).alias(f"c{k}") for k, c in enumerate(self.cue_regexes)]
            + [col.str.contains(self.exotic_regex).alias("x")]
        )
        n, m = len(self.group_regexes), len(self.cue_regexes)
        # writable: a one-column frame converts without a copy, read-only, and exotic rows are set below
        empty = np.zeros((len(texts), 0), np.int64)
        starts = frame.select(frame.columns[:n]).to_numpy(writable=True) if n else empty
        cues = frame.select(frame.columns[n:n + m]).to_numpy(writable=True) if m else empty.astype(bool)
        exotic = frame.get_column("x").to_numpy()
        if exotic.any():
            starts[exotic] = 0
            cues[exotic] = True
        return starts, cues

    def analyze_batch(
        self, texts: list[str], languages: list[str]
    ) -> list[list[RecognizerResult] | Exception]:
        """Every recognizer's results above the threshold, per text; for a text on which a recognizer
        raised (a regex timeout included), that exception instead, and the other texts go on.

        Recognizer by recognizer, on the texts where one of its patterns may match, each pattern
        scanned from its trigger group's first match: each text's results come in the same order as
        from calling every recognizer on the whole text in turn.

        Fail-closed timeouts without their per-scan cost: where it can (`_Watchdog`), the batch runs
        its scans without `regex` timeouts under one deadline of `REGEX_TIMEOUT_SECONDS` for the whole
        batch; past it, the batch is analyzed again with a timeout on every scan, as everywhere else.
        Either way the results are the same; only a batch that is slow as a whole pays twice.
        """
        watchdog = _Watchdog(_presidio_pattern_recognizer.REGEX_TIMEOUT_SECONDS)
        out = watchdog.run(lambda: self._analyze_batch(texts, languages, None))
        if out is not None:
            return out
        self.deadline_reruns += watchdog.expired
        return self._analyze_batch(texts, languages, -1.0)

    def _analyze_batch(
        self, texts: list[str], languages: list[str], timeout: float | None
    ) -> list[list[RecognizerResult] | Exception]:
        matrix = self._trigger_matrix(texts)
        threshold = self.cfg.score_threshold
        out: list[list[RecognizerResult]] = [[] for _ in texts]
        failed: dict[int, Exception] = {}  # text -> what a recognizer raised on it (it is not analyzed further)
        converted: dict[int, dict[int, int]] = {}  # text -> UTF-8 byte offset -> character offset
        encoded: dict[int, bytes] = {}

        def char_offset(i: int, offset: int) -> int:  # polars gives UTF-8 byte offsets
            if offset == 0:
                return 0
            known = converted.get(i)
            if known is None:
                known = converted[i] = _ASCII if texts[i].isascii() else {}
            if known is _ASCII:
                return offset
            char = known.get(offset)
            if char is None:
                if i not in encoded:
                    encoded[i] = texts[i].encode()
                char = known[offset] = len(encoded[i][:offset].decode())
            return char

        entities = list(self.entities)
        for r, slots in enumerate(self.slots):
            if matrix is None or slots[0][0] < 0:
                rows, offsets = range(len(texts)), None
            else:
                starts, cues = matrix
                sub = starts[:, [g for g, _ in slots]]
                for k, (_, c) in enumerate(slots):
                    if c >= 0:
                        sub[~cues[:, c], k] = -1
                hit = (sub >= 0).any(axis=1)
                rows = np.flatnonzero(hit).tolist()
                offsets = sub[hit].tolist()
            by_language = {lang: recognizers[r] for lang, recognizers in self.recognizers.items()}
            for k, i in enumerate(rows):
                if i in failed:
                    continue
                recognizer = by_language[languages[i]]
                try:
                    if not hasattr(recognizer, "analyze_patterns"):
                        found = [f for f in recognizer.analyze(texts[i], list(entities), None) if f.score >= threshold]
                    elif offsets is None:
                        found = recognizer.analyze_patterns(
                            texts[i], recognizer.patterns, min_score=threshold, timeout=timeout)
                    else:
                        row = offsets[k]
                        if len(row) == 1:  # a hit row of a one-pattern recognizer: its offset is >= 0
                            patterns, starts_i = recognizer.patterns, [char_offset(i, row[0])]
                        else:
                            patterns = [p for p, b in zip(recognizer.patterns, row, strict=True) if b >= 0]
                            starts_i = [char_offset(i, b) for b in row if b >= 0]
                        found = recognizer.analyze_patterns(
                            texts[i], patterns, min_score=threshold, starts=starts_i, timeout=timeout)
                except Exception as exc:  # noqa: BLE001 -- fail this text closed; the batch goes on
                    failed[i] = exc
                    continue
                if found:
                    out[i].extend(found)
        return [failed.get(i, found) for i, found in enumerate(out)]

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

    def _operators(self, text: str, language: str, entities: set[str]) -> dict[str, OperatorConfig]:
        if self.cfg.mode == "placeholder":
            return {e: self.placeholder_operators[e] for e in entities}
        if self.cfg.mode == "hash":
            secret = self.secret
            return {e: OperatorConfig("custom", {"lambda": lambda v, e=e: entity_hash(secret, e, v)}) for e in entities}
        fakes = SurrogateMap(self.secret, text, language)
        return {e: OperatorConfig("custom", {"lambda": lambda v, e=e: fakes.fake(e, v)}) for e in entities}

    def replace(self, text: str, language: str, results: list[RecognizerResult]) -> ScrubResult:
        """Merge overlapping results and replace each span with its Presidio anonymizer operator.

        What `AnonymizerEngine.anonymize` does, without its per-call and per-span bookkeeping: on
        merged spans (sorted, disjoint, none empty) its conflict resolution changes nothing, and it
        then runs each span's operator (`replace`, or `custom` with our function) from the last span
        to the first and splices the outputs in. Same operator objects, same order of calls (which
        surrogates depend on), same text; `anonymize_with_presidio` is the engine path, and the two
        are tested equal in every mode. The merged spans are plain lists here (`_merge`), not copies
        of the results; the placeholder operators are validated once, not per document.
        """
        spans = _merge(results)
        if not spans:
            return ScrubResult(text, {})
        pieces, end, counts = [], len(text), {}
        if self.cfg.mode == "placeholder":
            # Presidio's `replace` returns its `new_value` whatever the text: one string per type.
            fixed = self._placeholder_texts
            if not fixed.keys() >= {s[2] for s in spans}:
                for entity, (operator, params) in self._prepared({s[2] for s in spans}, text, language).items():
                    fixed[entity] = operator.operate(params=params, text="")
            for start, span_end, entity, _, _ in reversed(spans):
                assert start < span_end <= end, "merged spans must be sorted, disjoint and not empty"
                pieces.append(text[span_end:end])
                pieces.append(fixed[entity])
                end = start
                counts[entity] = counts.get(entity, 0) + 1
        else:
            prepared = self._prepared({s[2] for s in spans}, text, language)
            for start, span_end, entity, _, _ in reversed(spans):
                assert start < span_end <= end, "merged spans must be sorted, disjoint and not empty"
                operator, params = prepared[entity]
                pieces.append(text[span_end:end])
                pieces.append(operator.operate(params=params, text=text[start:span_end]))
                end = start
                counts[entity] = counts.get(entity, 0) + 1
        pieces.append(text[:end])
        pieces.reverse()
        return ScrubResult("".join(pieces), counts, tuple(
            _new_finding(entity, start, span_end, name, round(score, 3))
            for start, span_end, entity, score, name in spans
        ))

    def _prepared(self, entities: set[str], text: str, language: str) -> dict[str, tuple[Operator, dict]]:
        """entity -> (operator object, validated params) for `replace`; placeholders' are built once."""
        if self.cfg.mode == "placeholder":
            cache = self._placeholder_prepared
            missing = [e for e in entities if e not in cache]
            if missing:
                cache.update(self._prepare({e: self.placeholder_operators[e] for e in missing}))
            return cache
        return self._prepare(self._operators(text, language, entities))

    def _prepare(self, operators: dict[str, OperatorConfig]) -> dict[str, tuple[Operator, dict]]:
        prepared: dict[str, tuple[Operator, dict]] = {}
        for entity, config in operators.items():
            operator = self._operator_objects.get(config.operator_name)
            if operator is None:
                operator = self.anonymizer.operators_factory.create_operator_class(
                    config.operator_name, OperatorType.Anonymize
                )
                self._operator_objects[config.operator_name] = operator
            params = dict(config.params, entity_type=entity)
            operator.validate(params=params)
            prepared[entity] = (operator, params)
        return prepared

    def anonymize_with_presidio(self, text: str, language: str, results: list[RecognizerResult]) -> ScrubResult:
        """The plain path: merge overlaps, then `AnonymizerEngine.anonymize` (benchmarks and tests)."""
        spans = merge_overlaps(results)
        if not spans:
            return ScrubResult(text, {})
        anonymized = self.anonymizer.anonymize(
            text=text,
            analyzer_results=spans,
            operators=self._operators(text, language, {s.entity_type for s in spans}),
            conflict_resolution=ConflictResolutionStrategy.REMOVE_INTERSECTIONS,
            merge_entities_with_spaces=False,
        )
        counts: dict[str, int] = {}
        for item in anonymized.items:
            counts[item.entity_type] = counts.get(item.entity_type, 0) + 1
        return ScrubResult(anonymized.text, counts, _findings(spans))

    # --- entry points ----------------------------------------------------------------------------

    def scrub_batch(
        self, texts: list[str], languages: list[str | None] | None = None
    ) -> list[ScrubResult | Exception]:
        """One result per text, or the exception that text raised (fail-closed: the caller drops it).

        `languages[i]` must be one of `scrub.languages` or None (detected; a detected language that
        is not configured falls back to the first configured one: the recognizers are the same).
        Python's cyclic garbage collector is paused while the batch runs (`_collector_paused`).
        """
        with _collector_paused():
            return self._scrub_batch(texts, languages)

    def _scrub_batch(
        self, texts: list[str], languages: list[str | None] | None
    ) -> list[ScrubResult | Exception]:
        languages = languages or [None] * len(texts)
        out: list[ScrubResult | Exception | None] = [None] * len(texts)
        todo, todo_langs = [], []
        for i, (text, lang) in enumerate(zip(texts, languages, strict=True)):
            try:
                if not isinstance(text, str):
                    raise TypeError(f"scrub expects str, found {type(text).__name__}")
                resolved = None if lang is None else self._check_language(lang)
            except (TypeError, ValueError) as exc:
                out[i] = exc
                continue
            if not text:
                out[i] = ScrubResult(text, {})
            else:
                todo.append(i)
                todo_langs.append(resolved)
        undetected = [k for k, lang in enumerate(todo_langs) if lang is None]
        for k, lang in zip(undetected, self._detected([texts[todo[k]] for k in undetected]), strict=True):
            todo_langs[k] = lang
        if todo:
            analyzed = self._analyze_or_halve([texts[i] for i in todo], todo_langs)
            for k, i in enumerate(todo):
                found = analyzed[k]
                if isinstance(found, Exception):
                    out[i] = found
                    continue
                try:
                    out[i] = self.replace(texts[i], todo_langs[k], found)
                except Exception as exc:  # noqa: BLE001 -- fail closed on any error; the message may hold PII
                    out[i] = exc
        return out  # type: ignore[return-value]

    def _analyze_or_halve(
        self, texts: list[str], languages: list[str]
    ) -> list[list[RecognizerResult] | Exception]:
        """`analyze_batch`; where it raises as a whole, each half again, down to the documents that fail alone.

        A recognizer's error on one text already fails only that text (`analyze_batch`); this is for
        what fails a whole batch (the pre-filter on a text polars cannot hold). A text's results do
        not depend on the rest of its batch, so the halves give the same results; one such document
        in a batch of n costs about 2 log2(n) extra passes, not n.
        """
        try:
            return self.analyze_batch(texts, languages)
        except Exception as exc:  # noqa: BLE001 -- the caller fails the document closed
            if len(texts) == 1:
                return [exc]
        half = len(texts) // 2
        return self._analyze_or_halve(texts[:half], languages[:half]) + self._analyze_or_halve(
            texts[half:], languages[half:])

    def scrub(self, text: str, language: str | None = None) -> ScrubResult:
        """Replace every detected value; raise on any failure (fail-closed)."""
        result = self.scrub_batch([text], [language])[0]
        if isinstance(result, Exception):
            raise result
        return result


@contextmanager
def _collector_paused():
    """No cyclic garbage collection inside: reference counting still frees everything at once.

    A batch piles up results, spans and findings (no cycles among them) until its end, and the
    collector, triggered by every 700 allocations, scans the growing pile again and again: about a
    quarter of `scrub_batch`'s time on the benchmark. Where the collector was on, it is back on
    when the block ends; the few cycles made inside (an exception and its traceback) wait for its
    next collection.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Deadline(BaseException):
    """The watchdog's alarm (a BaseException, so that no `except Exception` on the way swallows it)."""


def _check_pending_signals() -> None:
    """A Python-level call: the interpreter runs any signal handler that is pending before it returns."""


class _Watchdog:
    """`run(func)`: func() under one SIGALRM deadline; None where it cannot arm or where the deadline passed.

    It arms only where that is safe: in the main thread, on a platform with `setitimer`, with no timer
    and no SIGALRM handler of someone else's in place, and for a deadline of a second or more (a smaller
    one, as in tests, means "time out now": the per-scan timeouts do that). `regex` checks for signals
    while it matches, so a runaway scan is interrupted too. The timer is one-shot and stopped on the
    way out, an alarm still pending is taken before the previous handler is restored, and a result
    computed while the alarm went off is never returned (even if something on the way swallowed it).
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.expired = False

    def _fire(self, signum, frame) -> None:  # noqa: ARG002 -- signal handler signature
        self.expired = True
        raise _Deadline

    def can_arm(self) -> bool:
        return (
            self.seconds >= 1.0
            and hasattr(signal, "setitimer")
            and threading.current_thread() is threading.main_thread()
            and signal.getitimer(signal.ITIMER_REAL)[0] == 0
            and signal.getsignal(signal.SIGALRM) == signal.SIG_DFL  # None: a C handler we could not restore
        )

    def run(self, func):
        if not self.can_arm():
            return None
        previous = signal.signal(signal.SIGALRM, self._fire)
        try:
            try:
                signal.setitimer(signal.ITIMER_REAL, self.seconds)
                result = func()
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
                _check_pending_signals()  # an alarm that came just now is raised here, inside the try
        except _Deadline:
            return None
        finally:
            signal.signal(signal.SIGALRM, previous)
        return None if self.expired else result


_ASCII: dict[int, int] = {}  # `char_offset`'s marker for a text whose byte offsets are character offsets


def _signature(recognizers: list[EntityRecognizer]) -> tuple:
    """What a recognizer list does, language tag aside: classes, patterns, flags, scores, cues."""
    return tuple(
        (type(r).__name__, r.supported_entities[0], getattr(r, "cues", None), getattr(r, "cue_window", None),
         tuple((p.name, p.regex, p.score, getattr(p, "flags", None), getattr(p, "needs_cue", None))
               for p in getattr(r, "patterns", None) or ()))
        for r in recognizers
    )


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


def _merge(results: list[RecognizerResult]) -> list[list]:
    """`merge_overlaps` as [start, end, entity, score, recognizer name] lists (no result copies), for `replace`."""
    merged: list[list] = []
    key = RecognizerResult.RECOGNIZER_NAME_KEY
    last = None
    for result in sorted(results, key=lambda r: (r.start, -r.end)):
        start, end = result.start, result.end
        if last is None or start >= last[1]:
            last = [start, end, result.entity_type, result.score, (result.recognition_metadata or {}).get(key, "")]
            merged.append(last)
            continue
        if (result.score, end - start) > (last[3], last[1] - last[0]):
            last[2], last[3] = result.entity_type, result.score
            last[4] = (result.recognition_metadata or {}).get(key, "")
        if end > last[1]:
            last[1] = end
    return merged


_object_setattr = object.__setattr__


def _new_finding(entity: str, start: int, end: int, recognizer: str, score: float) -> Finding:
    """`Finding(...)` without the frozen dataclass's five `object.__setattr__` calls."""
    finding = object.__new__(Finding)
    _object_setattr(finding, "__dict__", {"entity": entity, "start": start, "end": end, "recognizer": recognizer,
                                          "score": score})
    return finding
