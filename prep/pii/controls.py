"""The user's scrub controls (`scrub.deny_*`, `scrub.allow_*`, `scrub.extra_cues`; docs/scrub.md "Controls").

- A deny list: terms always replaced, by `DenyListRecognizer`, whatever the other recognizers say.
- An allow list: terms never replaced; `AllowList.keep` drops a finding equal to one, or inside one of
  its occurrences, after analysis and before merging (a deny-list finding is never dropped: deny wins).
- Extra cue words: added to the cues of the entity's recognizers, and for PERSON, labels before a name.

Terms are matched case-insensitively, a run of whitespace in a term as any whitespace, on boundaries that
work for Korean: a term is not the middle of a longer word of its script, but a term ending in Hangul
matches with anything glued after it (particles: `홍길동이` -> `[PERSON]이`). All terms are one regex, a
trie of their characters (prefixes shared), compiled once per worker. Terms never go into logs, errors
or counts; the manifest records a file by path, sha256 and term count (`control_files`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import regex
from presidio_analyzer import EntityRecognizer, RecognizerResult

from prep.config import ScrubConfig
from prep.pii.patterns import NAME_FLAGS, PatternSpec, person_label_regexes
from prep.pii.recognizers import CuedRecognizerMixin, EnglishPersonRecognizer, KoreanPersonRecognizer, pattern_of

DENY_RECOGNIZER = "DenyListRecognizer"  # the recognizer name in findings and the audit file
LABEL_PATTERN = "extra_cue_label"  # both patterns of the PERSON label recognizers: one pre-filter group
_HANGUL = "가-힣"
# Boundaries: a Hangul edge must not continue a Hangul word before it (and may have anything glued after:
# particles); another edge must not continue a word of letters or digits other than Hangul (`Kim이` matches).
_BEFORE = {True: rf"(?<![{_HANGUL}])", False: rf"(?<![^\W{_HANGUL}])"}
_AFTER = {True: "", False: rf"(?![^\W{_HANGUL}])"}


def normalize_term(term: str) -> str:
    """The form terms are compared in: lower case, whitespace runs as one space, stripped."""
    return " ".join(term.lower().split())


def read_terms(path: str, key: str) -> tuple[str, ...]:
    """The terms of a control file: UTF-8, one per line, `#` to the end of the line a comment, blank lines
    skipped. Errors name the file and the `scrub.<key>` that names it, never a term."""
    file = Path(path)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise ValueError(f"scrub.{key} {path} cannot be read ({type(exc).__name__}: {exc.strerror}); "
                         "give the path of an existing UTF-8 text file, one term per line") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise ValueError(f"scrub.{key} {path} is not UTF-8 (line {line}); save it as UTF-8") from None
    terms = []
    for number, line in enumerate(text.splitlines(), 1):
        term = " ".join(line.split("#", 1)[0].split())
        if not term:
            continue
        if len(term) < 2:
            raise ValueError(f"scrub.{key} {path} line {number}: a term of one character would match "
                             "everywhere; remove it or write the whole word")
        terms.append(term)
    return tuple(terms)


def file_digest(path: str) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def control_files(cfg: ScrubConfig) -> dict[str, dict]:
    """For the manifest: each control file by path, sha256 and number of terms; never a term."""
    return {key: {"path": path, "sha256": file_digest(path), "terms": len(read_terms(path, key))}
            for key, path in (("deny_file", cfg.deny_file), ("allow_file", cfg.allow_file)) if path}


def terms_regex(terms: tuple[str, ...]) -> regex.Pattern | None:
    """One case-insensitive regex for every term, on the module's boundaries; None for no terms.

    Terms are grouped by whether they start and end in Hangul (their boundaries differ); each group is a
    trie, so 10,000 names cost a scan of their shared prefixes, not 10,000 alternatives per position.
    """
    groups: dict[tuple[bool, bool], dict] = {}
    for term in {normalize_term(t) for t in terms}:
        if not term:
            continue
        node = groups.setdefault((_is_hangul(term[0]), _is_hangul(term[-1])), {})
        for char in term:
            node = node.setdefault(char, {})
        node[""] = {}  # a term ends here
    if not groups:
        return None
    parts = [f"{_BEFORE[start]}(?:{_trie(trie)}){_AFTER[end]}" for (start, end), trie in sorted(groups.items())]
    return regex.compile("|".join(parts), regex.IGNORECASE | regex.V0)


def _is_hangul(char: str) -> bool:
    return "가" <= char <= "힣"


def _trie(node: dict) -> str:
    """The regex of a trie node's continuations; a term ending here makes the rest optional (greedy:
    the longest term first, a shorter one where the longer one's boundary fails)."""
    ends = "" in node
    branches = [(r"\s+" if char == " " else regex.escape(char)) + _trie(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body


class DenyListRecognizer(EntityRecognizer):
    """Every occurrence of a deny-listed term, as `entity`, score 1.0.

    No patterns: the pre-filter runs it on every text (`prep.pii.prefilter.Prefilter`), which for 10,000
    terms costs less than a trigger of all of them in polars (docs/scrub.md, "Controls"). An error fails the
    document, as for every recognizer.
    """

    def __init__(self, pattern: regex.Pattern, entity: str, supported_language: str):
        super().__init__(supported_entities=[entity], name=DENY_RECOGNIZER, supported_language=supported_language)
        self.pattern = pattern

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: ARG002 -- Presidio's signature
        meta = {RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
        entity = self.supported_entities[0]
        score = EntityRecognizer.MAX_SCORE
        return [RecognizerResult(entity, m.start(), m.end(), score, recognition_metadata=dict(meta))
                for m in self.pattern.finditer(text) if m.end() > m.start()]


@dataclass(frozen=True)
class AllowList:
    """Terms never replaced: `keep` says which findings stay."""

    terms: frozenset[str]  # normalized (`normalize_term`)
    pattern: regex.Pattern

    @classmethod
    def of(cls, terms: tuple[str, ...]) -> AllowList | None:
        pattern = terms_regex(terms)
        return None if pattern is None else cls(frozenset(map(normalize_term, terms)), pattern)

    def keep(self, text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
        """`results` less those equal to an allowed term or inside an occurrence of one (deny-list ones stay)."""
        if not results:
            return results
        spans = [m.span() for m in self.pattern.finditer(text)]
        name = RecognizerResult.RECOGNIZER_NAME_KEY
        return [r for r in results
                if (r.recognition_metadata or {}).get(name) == DENY_RECOGNIZER
                or not (normalize_term(text[r.start:r.end]) in self.terms
                        or any(s <= r.start and r.end <= e for s, e in spans))]


@dataclass(frozen=True)
class ScrubControls:
    """The controls of one `ScrubConfig`, their files read (at `Scrubber` construction)."""

    deny: regex.Pattern | None
    allow: AllowList | None

    @classmethod
    def of(cls, cfg: ScrubConfig) -> ScrubControls:
        deny = cfg.deny_terms + (read_terms(cfg.deny_file, "deny_file") if cfg.deny_file else ())
        allow = cfg.allow_terms + (read_terms(cfg.allow_file, "allow_file") if cfg.allow_file else ())
        return cls(terms_regex(deny), AllowList.of(allow))

    def deny_recognizer(self, entity: str, language: str) -> DenyListRecognizer | None:
        return None if self.deny is None else DenyListRecognizer(self.deny, entity, language)


def with_extra_cues(recognizers: list[EntityRecognizer], extra_cues, language: str) -> list[EntityRecognizer]:
    """`recognizers` with `extra_cues` (entity -> words) added to the cues of each cued recognizer of the
    entity; PERSON's recognizers take no cues (a name has no shape of its own), so its words become labels
    before a name (`수령인 김민준`, `beneficiary: Jane Doe`), two recognizers more, at the end."""
    for recognizer in recognizers:
        words = extra_cues.get(recognizer.supported_entities[0])
        if words and isinstance(recognizer, CuedRecognizerMixin) and recognizer.cues:
            recognizer.add_cues(words)
    labels = extra_cues.get("PERSON")
    if not labels:
        return recognizers
    ko, en = person_label_regexes(labels)
    return recognizers + [
        cls(supported_entity="PERSON", name=name, supported_language=language,
            patterns=[pattern_of(PatternSpec(LABEL_PATTERN, pattern, 0.7, NAME_FLAGS))])
        for cls, name, pattern in ((KoreanPersonRecognizer, "ExtraCueKoreanPersonRecognizer", ko),
                                   (EnglishPersonRecognizer, "ExtraCueEnglishPersonRecognizer", en))
    ]
