"""The scrub stage core: texts in, texts with typed placeholders (or surrogates, or hashes) out.

PII is removed *before* the tokenizer and the model see the corpus, so a masked language model
cannot learn to fill `[MASK]` with someone's phone number. Detection is the Presidio recognizers of
`prep.pii.recognizers`; replacement is Presidio's anonymizer operators (`replace` for placeholders,
`custom` for surrogates and hashes). Everything runs offline: no spaCy model is needed (an installed
spaCy NER pipeline or a local Hugging Face token-classification folder can be added with `scrub.spacy_model`
/ `scrub.hf_model`: `prep.pii.user_models`), and no recognizer touches the network.

Why not `AnalyzerEngine.analyze` + `AnonymizerEngine.anonymize` per document: on these pattern
recognizers most of their time is per-call bookkeeping (NLP artifacts, context enhancement,
explanations, registry look-ups, operator look-ups and validation per value) and scanning every
pattern over every document. `Scrubber.scrub_batch` calls the same recognizer objects directly,
after a pre-filter in polars (Rust regex) over the whole batch that tells, per text, which patterns
can match and where the first possible match starts; replacement runs the same anonymizer operators
on the merged spans. The results are identical with and without the pre-filter and identical to the
two engines (all tested on the benchmark; the plain path for that comparison is
`benchmarks/presidio_reference.py`).

Fail-closed: a document whose analysis raises gets its exception in place of a result (and `scrub`
raises); the caller drops and counts it. Raw text is never returned on failure, and nothing here
logs or raises with document text in it.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass, field

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer import pattern_recognizer as _presidio_pattern_recognizer
from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer.entities import OperatorConfig
from presidio_anonymizer.operators import Operator, OperatorType

from prep.config import ScrubConfig
from prep.pii.address_fields import AddressFieldRecognizer
from prep.pii.addressee import AddresseeRecognizer
from prep.pii.controls import DENY_RECOGNIZER, ScrubControls, with_extra_cues
from prep.pii.deadline import Watchdog, collector_paused
from prep.pii.language import detect_languages
from prep.pii.life_spans import birth_date_recognizers
from prep.pii.mentions import MentionsRecognizer
from prep.pii.normalized_view import NormalizedView
from prep.pii.prefilter import CharOffsets, Prefilter, normalized_views
from prep.pii.recognizers import build_recognizers
from prep.pii.surrogate import SurrogateMap, entity_hash
from prep.pii.table_columns import TableColumnRecognizer
from prep.pii.tagger import TAGGER_NAME, NameTaggerRecognizer, tagger_recognizers
from prep.pii.tagger_veto import veto
from prep.pii.types import PII_ENTITIES, PLACEHOLDERS, placeholder  # noqa: F401 -- re-exported
from prep.pii.user_models import ModelRecognizer, SpacyPersonRecognizer, user_recognizers  # noqa: F401 -- re-exported


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
    # `scrub.deny_*` / `allow_*` at work in this document: deny_hits (deny-list matches), allow_dropped
    # (findings the allow list removed); empty without controls
    controls: dict[str, int] = field(default_factory=dict, compare=False, repr=False)


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
        self.entities = cfg.entities or PII_ENTITIES
        self.secret = self._secret(cfg)
        self.controls = ScrubControls.of(cfg)  # reads scrub.deny_file / allow_file: errors name the file
        self.recognizers: dict[str, list[EntityRecognizer]] = {}
        models = user_recognizers(cfg, self.entities)  # `scrub.spacy_model` / `hf_model`: each loaded once
        tagger = tagger_recognizers(cfg, self.entities)  # `scrub.name_tagger`: the project's own (on by default)
        for lang in cfg.languages:
            built = with_extra_cues(build_recognizers(lang), cfg.extra_cues, lang)
            addressee = [AddresseeRecognizer(lang)] if {"PERSON", "STREET_ADDRESS"} <= set(self.entities) else []
            fields = [AddressFieldRecognizer(lang)] if "STREET_ADDRESS" in self.entities else []
            columns = TableColumnRecognizer(lang, self.entities)
            fields += [columns] if columns.supported_entities else []
            fields += birth_date_recognizers(lang) if "DATE_OF_BIRTH" in self.entities else []
            mentions = [MentionsRecognizer(lang)] if "PERSON" in self.entities else []
            recognizers = [r for r in built if r.supported_entities[0] in self.entities] + fields + tagger[lang] + \
                addressee + models[lang] + mentions
            deny = self.controls.deny_recognizer(cfg.deny_entity, lang)  # whatever scrub.entities says
            self.recognizers[lang] = recognizers + ([deny] if deny is not None else [])
        # The score each recognizer's values need (`scrub.thresholds`, else `score_threshold`); a model
        # recognizer of several types gets the lowest and applies each type's own.
        self.thresholds = [min(cfg.threshold(e) for e in r.supported_entities)
                           for r in self.recognizers[cfg.languages[0]]]
        # Recognizers of every language are copies of one set: one pre-filter serves them all; it keeps
        # a pattern off the texts without its cue where no value could reach the lowest threshold without one.
        lowest = min([cfg.score_threshold, *self.thresholds])
        self.prefilter = Prefilter(self.recognizers[cfg.languages[0]], lowest) if prefilter else None
        # Where every language has the same recognizers, a document's language changes nothing but the
        # surrogates (Korean or English fakes): only that mode pays for detecting it.
        self.detect = cfg.mode == "surrogate" or len({_signature(rs) for rs in self.recognizers.values()}) > 1
        self.anonymizer = AnonymizerEngine()
        self.placeholder_operators = {e: OperatorConfig("replace", {"new_value": placeholder(e)}) for e in PII_ENTITIES}
        self._operator_objects: dict[str, Operator] = {}
        self._placeholder_prepared: dict[str, tuple[Operator, dict]] = {}
        self._placeholder_texts: dict[str, str] = {}
        self.deadline_reruns = 0  # batches analyzed again because their one deadline passed (`analyze_batch`)

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

    def analyze_batch(
        self, texts: list[str], languages: list[str]
    ) -> list[list[RecognizerResult] | Exception]:
        """Every recognizer's results above the threshold, per text; for a text on which a recognizer
        raised (a regex timeout included), that exception instead, and the other texts go on.

        Recognizer by recognizer, on the texts where one of its patterns may match, each pattern
        scanned from its trigger group's first match: each text's results come in the same order as
        from calling every recognizer on the whole text in turn.

        Fail-closed timeouts without their per-scan cost: where it can (`Watchdog`), the batch runs
        its scans without `regex` timeouts under one deadline of `REGEX_TIMEOUT_SECONDS` for the whole
        batch; past it, the batch is analyzed again with a timeout on every scan, as everywhere else.
        Either way the results are the same; only a batch that is slow as a whole pays twice.

        Normalized views (`prep.pii.normalized_view`): a text with values in other clothes (full-width or
        spelled digits, `ㅡ` between digit groups, a spelled `@`) is analyzed twice, as written and as its
        view, and gets the union, the view's spans mapped back onto the characters they came from. A
        failure on either fails the text. Texts without such clothes (almost all) pay one regex search.
        """
        views = normalized_views(texts)
        extra = [k for k, view in enumerate(views) if view is not None]
        if extra:  # the views go through the same batch as more texts; their results are mapped back below
            texts = texts + [views[k].text for k in extra]
            languages = languages + [languages[k] for k in extra]
        watchdog = Watchdog(_presidio_pattern_recognizer.REGEX_TIMEOUT_SECONDS)
        out = watchdog.run(lambda: self._analyze_batch(texts, languages, None))
        if out is None:
            self.deadline_reruns += watchdog.expired
            out = self._analyze_batch(texts, languages, -1.0)
        self._run_models(texts, languages, out)
        return _with_views(out, views, extra)

    def _run_models(self, texts: list[str], languages: list[str], out: list) -> None:
        """Add the model recognizers' results (`prep.pii.user_models`) to `out`, in place: a batch of the texts
        not failed yet per language, after and outside the regex deadline (a rerun would run the model twice)."""
        for r, first in enumerate(self.recognizers[self.cfg.languages[0]]):
            if not isinstance(first, ModelRecognizer):
                continue
            if isinstance(first, NameTaggerRecognizer) and self.cfg.name_tagger_veto_threshold > 0:
                self._veto(first, texts, out)  # first: a document whose only name is vetoed has no person to it
            # the name tagger applies its own (`scrub.name_tagger_threshold`): a probability, no pattern score
            limit = 0.0 if isinstance(first, NameTaggerRecognizer) else self.thresholds[r]
            for lang, recognizers in self.recognizers.items():
                rows = [i for i, text_lang in enumerate(languages)
                        if text_lang == lang and not isinstance(out[i], Exception)]
                if not rows:
                    continue
                results = recognizers[r].analyze_each([texts[i] for i in rows], [out[i] for i in rows])
                for i, found in zip(rows, results, strict=True):
                    if isinstance(found, Exception):
                        out[i] = found  # fail closed
                    else:
                        out[i] = out[i] + [f for f in found if f.score >= limit]

    def _veto(self, tagger: NameTaggerRecognizer, texts: list[str], out: list) -> None:
        """The tagger's veto on the rules' Latin-script names (`prep.pii.tagger_veto`), in place: before the tagger
        reads (what the rules found decides where it reads) and before the readers that carry a found name along."""
        rows = [i for i, found in enumerate(out) if not isinstance(found, Exception)]
        kept = veto(tagger.tagger, [texts[i] for i in rows], [out[i] for i in rows],
                    self.cfg.name_tagger_veto_threshold)
        for i, found in zip(rows, kept, strict=True):
            out[i] = found

    def _analyze_batch(
        self, texts: list[str], languages: list[str], timeout: float | None
    ) -> list[list[RecognizerResult] | Exception]:
        matrix = self.prefilter.matrix(texts) if self.prefilter is not None else None
        out: list[list[RecognizerResult]] = [[] for _ in texts]
        failed: dict[int, Exception] = {}  # text -> what a recognizer raised on it (it is not analyzed further)
        char_offset = CharOffsets(texts)  # polars gives UTF-8 byte offsets (up to 2.1) or character offsets
        entities = list(self.entities)
        for r, first in enumerate(self.recognizers[self.cfg.languages[0]]):
            if isinstance(first, ModelRecognizer):
                continue  # `_run_models`
            hits = self.prefilter.hits(matrix, r) if matrix is not None else None
            rows, offsets = hits if hits is not None else (range(len(texts)), None)
            by_language = {lang: recognizers[r] for lang, recognizers in self.recognizers.items()}
            threshold = self.thresholds[r]
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

    # --- replacement -----------------------------------------------------------------------------

    def operators(self, text: str, language: str, entities: set[str]) -> dict[str, OperatorConfig]:
        """entity -> the Presidio operator config that replaces its values in `text` (in `scrub.mode`)."""
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
        surrogates depend on), same text; the engine path is `benchmarks/presidio_reference.py`, and
        the two are tested equal in every mode. The merged spans are plain lists here (`_merge`), not
        copies of the results; the placeholder operators are validated once, not per document.
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
        return self._prepare(self.operators(text, language, entities))

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

    # --- entry points ----------------------------------------------------------------------------

    def scrub_batch(
        self, texts: list[str], languages: list[str | None] | None = None
    ) -> list[ScrubResult | Exception]:
        """One result per text, or the exception that text raised (fail-closed: the caller drops it).

        `languages[i]` must be one of `scrub.languages` or None (detected; a detected language that
        is not configured falls back to the first configured one: the recognizers are the same).
        Python's cyclic garbage collector is paused while the batch runs (`collector_paused`).
        """
        with collector_paused():
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
                    found, controls = self._controlled(texts[i], found)
                    out[i] = self.replace(texts[i], todo_langs[k], found)
                    if controls:
                        out[i] = dataclasses.replace(out[i], controls=controls)
                except Exception as exc:  # noqa: BLE001 -- fail closed on any error; the message may hold PII
                    out[i] = exc
        return out  # type: ignore[return-value]

    def _controlled(self, text: str, found: list[RecognizerResult]) -> tuple[list[RecognizerResult], dict[str, int]]:
        """`found` less what the allow list drops (`scrub.allow_*`; never a deny-list finding), and the
        counts of the controls at work: deny_hits, allow_dropped (absent when 0)."""
        controls = {}
        if self.controls.deny is not None:
            key = RecognizerResult.RECOGNIZER_NAME_KEY
            hits = sum(1 for f in found if (f.recognition_metadata or {}).get(key) == DENY_RECOGNIZER)
            if hits:
                controls["deny_hits"] = hits
        if self.controls.allow is not None and found:
            kept = self.controls.allow.keep(text, found)
            if len(kept) < len(found):
                controls["allow_dropped"] = len(found) - len(kept)
            found = kept
        return found, controls

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


def _with_views(
    out: list[list[RecognizerResult] | Exception], views: list[NormalizedView | None], extra: list[int]
) -> list[list[RecognizerResult] | Exception]:
    """Each text's results plus its view's (the texts after the first len(views)), mapped back to the text."""
    n = len(views)
    merged = out[:n]
    for j, k in enumerate(extra):
        found, seen = merged[k], out[n + j]
        if isinstance(found, Exception):
            continue
        if isinstance(seen, Exception):
            merged[k] = seen  # fail-closed: the view's error fails the text
            continue
        view = views[k]
        merged[k] = found + [_moved(result, *view.span(result.start, result.end)) for result in seen]
    return merged


def _moved(result: RecognizerResult, start: int, end: int) -> RecognizerResult:
    """`result` at [start, end) of the original text."""
    return RecognizerResult(result.entity_type, start, end, result.score,
                            recognition_metadata=result.recognition_metadata)


def _signature(recognizers: list[EntityRecognizer]) -> tuple:
    """What a recognizer list does, language tag aside: classes, patterns, flags, scores, cues."""
    return tuple(
        (type(r).__name__, r.supported_entities[0], getattr(r, "cues", None), getattr(r, "cue_window", None),
         tuple((p.name, p.regex, p.score, getattr(p, "flags", None), getattr(p, "needs_cue", None))
               for p in getattr(r, "patterns", None) or ()))
        for r in recognizers
    )


def _merge(results: list[RecognizerResult]) -> list[list]:
    """One span per group of overlapping results, covering their union, typed by the best score, as
    [start, end, entity, score, recognizer name] lists (no result copies), for `replace`. The name tagger's
    results type a group only where nothing else does: its probability is no measure against a pattern's
    score, and a value it overlaps (`bob AT mail DOT com`) is better named by the pattern.

    Presidio's own conflict handling trims or drops a loser, which is right for labels but not for
    scrubbing; a union guarantees no fragment of any detected value survives.
    """
    merged: list[list] = []
    key = RecognizerResult.RECOGNIZER_NAME_KEY
    last = None
    for result in sorted(results, key=lambda r: (r.start, -r.end)):
        start, end = result.start, result.end
        if last is None or start >= last[1]:
            last = [start, end, result.entity_type, result.score, (result.recognition_metadata or {}).get(key, "")]
            merged.append(last)
            continue
        name = (result.recognition_metadata or {}).get(key, "")
        if (name != TAGGER_NAME, result.score, end - start) > (last[4] != TAGGER_NAME, last[3], last[1] - last[0]):
            last[2], last[3], last[4] = result.entity_type, result.score, name
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
