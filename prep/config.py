"""Configuration of a prep build: one frozen dataclass per stage under the root `PrepConfig`.

Loaded from TOML (`configs/*.toml`), overridden with `--set section.key=value`, validated here, and
saved resolved into the manifest.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from prep.pii.types import PII_ENTITIES
from privbert.canary_formats import ALL_KINDS as CANARY_KINDS
from privbert.canary_formats import FORMATS as CANARY_FORMATS

SCRUB_MODES = ("placeholder", "surrogate", "hash", "off")  # "off": unscrubbed, for memorization-audit twins only
LANGUAGES = ("ko", "en")
CANARY_HOSTS = ("distinct", "near_duplicates")  # where a canary's repeats go (prep/canaries.py)
EXECUTORS = ("local", "ray")
OBJECTIVES = ("nsp", "sop")  # shards.objective
INVALID_UTF8_POLICIES = ("repair", "drop")  # input.invalid_utf8
TXT_MODES = ("auto", "blank_line", "file", "wrapped")  # input.txt_mode (prep/readers/txt_layout.py)
SPLIT_BACKENDS = ("rules", "kiwi")  # split.backend
HANGUL_SEEDS = ("common", "none")  # tokenizer.hangul_syllables
DEDUP_KEEP = ("first", "longest")  # dedup.keep: which document of a near-duplicate cluster stays
MODEL_DEVICES = ("auto", "cpu", "cuda")  # scrub.model_device: "auto" is cuda when torch sees one, else cpu


class FrozenTable(dict):
    """A TOML table as a config value: read-only and hashable (a config is a cache key), JSON-able as a dict."""

    def _refuse(self, *args, **kwargs):
        raise TypeError("a config table is read-only; build a new config with dataclasses.replace")

    __setitem__ = __delitem__ = update = pop = popitem = clear = setdefault = __ior__ = _refuse  # type: ignore

    def __hash__(self):
        return hash(tuple(sorted(self.items())))

    def __reduce__(self):  # pickling (worker processes) rebuilds it whole, not item by item
        return (FrozenTable, (dict(self),))


def _terms(where: str, value) -> tuple[str, ...]:
    """A list of words as a tuple of stripped non-empty strings, or ValueError naming `where`."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{where} must be a list of non-empty strings, found {value!r}")
    return tuple(" ".join(v.split()) for v in value)


def _entity_table(where: str, value) -> Mapping:
    if not isinstance(value, Mapping):
        raise ValueError(f"{where} must be a table of entity type -> value, e.g. {{\"PERSON\" = ...}}; found {value!r}")
    unknown = [k for k in value if k not in PII_ENTITIES]
    if unknown:
        raise ValueError(f"{where} has unknown entity type(s) {unknown}; choose from {list(PII_ENTITIES)}")
    return value


@dataclass(frozen=True)
class InputConfig:
    """Where the raw documents come from and how they are cut into units of work."""

    paths: tuple[str, ...] = ("data/demo/corpus.jsonl",)
    text_field: str = "text"
    id_field: str = "id"
    lang_field: str = "lang"  # optional per-document language override (`ko` / `en`)
    # One part = one unit of work for the parallel stages, and one scrub batch at most: the scrub pays a
    # fixed start-up per batch: 20-25% of its time at 500 short documents, 1-5% at 2,000 (bench_scrub.py).
    docs_per_part: int = 2000
    min_chars: int = 1  # documents shorter than this after normalization are dropped
    max_chars: int = 10_000_000  # ... and longer than this (0: no limit); also bounds the memory of one line
    invalid_utf8: str = "repair"  # "repair": invalid bytes become U+FFFD (counted); "drop": the document is dropped
    # .txt inputs: "auto" judges each file ("blank_line" or "wrapped"); "blank_line": a blank line separates
    # documents; "file": one document per file; "wrapped": one per file, a blank line after every line
    txt_mode: str = "auto"
    # How `prep build` runs the ingest stage, not what it writes (the parts are the same for any values;
    # a resume must use the saved ones): input files are read in units of consecutive files up to this many
    # MB (a bigger file is a unit alone), and exact dedup shuffles the content hashes into this many partitions.
    unit_mb: float = 64  # a read unit per 64 MB: 2 units already at 128 MB, ~1,600 at 100 GB
    hash_partitions: int = 16

    def __post_init__(self):
        if not self.paths:
            raise ValueError("input.paths is empty; list at least one file, folder or glob")
        if self.docs_per_part < 1:
            raise ValueError(f"input.docs_per_part must be >= 1, found {self.docs_per_part}")
        if self.min_chars < 0:
            raise ValueError(f"input.min_chars must be >= 0, found {self.min_chars}")
        if self.max_chars < 0 or 0 < self.max_chars < self.min_chars:
            raise ValueError(f"input.max_chars must be 0 (no limit) or >= min_chars, found {self.max_chars}")
        if self.invalid_utf8 not in INVALID_UTF8_POLICIES:
            raise ValueError(f"input.invalid_utf8 must be one of {INVALID_UTF8_POLICIES}, found {self.invalid_utf8!r}")
        if self.txt_mode not in TXT_MODES:
            raise ValueError(f"input.txt_mode must be one of {TXT_MODES}, found {self.txt_mode!r}")
        if not self.unit_mb > 0:
            raise ValueError(f"input.unit_mb must be > 0 (MB of input files per ingest unit), found {self.unit_mb}")
        if not 1 <= self.hash_partitions <= 4096:
            raise ValueError(f"input.hash_partitions must be between 1 and 4096, found {self.hash_partitions}")


@dataclass(frozen=True)
class ScrubConfig:
    """PII scrubbing with Presidio (offline; nothing is downloaded)."""

    languages: tuple[str, ...] = LANGUAGES
    entities: tuple[str, ...] = ()  # empty: every entity type the scrubber supports
    score_threshold: float = 0.4
    mode: str = "placeholder"  # `[ENTITY_TYPE]`; "surrogate": fake values; "hash": `[ENTITY_<hmac>]`
    secret_env: str = "PREP_SCRUB_SECRET"  # env var holding the surrogate/hash key (the key is never stored)
    # The project's own name tagger (prep/pii/tagger.py, shipped weights): PERSON where its probability reaches
    # `name_tagger_threshold`, in the documents where the rules found a person; at `name_tagger_beside_threshold`
    # where they found other personal data but no person (an address, a phone: someone's, most likely; None: off);
    # set `name_tagger_alone_threshold` to read the others too (a probability, e.g. 0.995; off by default: clean
    # look-alikes); added to the rules' findings; false turns it off. `name_tagger_file`: weights of your own
    # (`python -m prep.pii.tagger_train --sets 'your/*.jsonl' --out FILE`); empty: the two shipped ones, read together
    # (round 20: each token's surer name reading of the two).
    name_tagger: bool = True
    name_tagger_threshold: float = 0.7
    name_tagger_beside_threshold: float | None = 0.8
    name_tagger_alone_threshold: float | None = None
    # ... and its street addresses, in the documents where the rules found any personal data (None: off)
    name_tagger_address_threshold: float | None = 0.9
    # ... and its veto: an English rule's PERSON finding (Latin script, not a possessive) whose every word the
    # tagger scores under this probability is dropped (prep/pii/tagger_veto.py; 0: off)
    name_tagger_veto_threshold: float = 0.003
    name_tagger_file: str = ""
    spacy_model: str = ""  # optional installed spaCy NER pipeline (name or path) adding PERSON; none by default
    # Optional local Hugging Face token-classification folder (safetensors, no remote code; docs/scrub.md,
    # "A model of your own"), run on `model_device`; its labels (B-/I- stripped) -> entity types by `hf_labels`,
    # or when that is empty PER/PERSON/PS -> PERSON, ADDRESS/STREET_ADDRESS/ADDR -> STREET_ADDRESS
    hf_model: str = ""
    model_device: str = "auto"
    hf_labels: Mapping[str, str] = field(default_factory=FrozenTable)  # model label -> entity type
    # Controls (docs/scrub.md, "Controls"); all off by default. Terms are matched case-insensitively, whitespace
    # runs as any whitespace; a Korean term also with a particle glued after it (`홍길동이`). Inline terms are
    # saved in the manifest with the rest of the config: put names in the files, which the manifest records
    # by path, sha256 and term count only.
    deny_terms: tuple[str, ...] = ()  # always replaced, as `deny_entity`
    deny_file: str = ""  # UTF-8, one term per line, `#` starts a comment
    deny_entity: str = "PERSON"
    allow_terms: tuple[str, ...] = ()  # never replaced: a finding equal to or inside one of them is dropped
    allow_file: str = ""
    extra_cues: Mapping[str, tuple[str, ...]] = field(default_factory=FrozenTable)  # entity -> more cue words
    thresholds: Mapping[str, float] = field(default_factory=FrozenTable)  # entity -> its score_threshold

    def __post_init__(self):
        self._check_controls()
        bad = [lang for lang in self.languages if lang not in LANGUAGES]
        if bad or not self.languages:
            raise ValueError(f"scrub.languages must be a non-empty subset of {LANGUAGES}, found {self.languages}")
        if not 0.0 <= self.score_threshold <= 1.0:
            raise ValueError(f"scrub.score_threshold must be in [0, 1], found {self.score_threshold}")
        if self.mode not in SCRUB_MODES:
            raise ValueError(f"scrub.mode must be one of {SCRUB_MODES}, found {self.mode!r}")
        if not self.secret_env.isidentifier():
            raise ValueError(f"scrub.secret_env must name an environment variable, found {self.secret_env!r}")
        self._check_models()

    def _check_models(self):
        if not isinstance(self.name_tagger, bool):
            raise ValueError(f"scrub.name_tagger must be true or false, found {self.name_tagger!r}")
        for name in ("name_tagger_threshold", "name_tagger_beside_threshold", "name_tagger_alone_threshold",
                     "name_tagger_address_threshold"):
            value = getattr(self, name)
            if value is None and name != "name_tagger_threshold":
                continue
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 < value <= 1.0:
                raise ValueError(f"scrub.{name} must be a probability in (0, 1], found {value!r}")
        veto = self.name_tagger_veto_threshold
        if isinstance(veto, bool) or not isinstance(veto, (int, float)) or not 0.0 <= veto < 1.0:
            raise ValueError(f"scrub.name_tagger_veto_threshold must be in [0, 1) (0: off), found {veto!r}")
        for name in ("spacy_model", "hf_model", "name_tagger_file"):
            if not isinstance(getattr(self, name), str):
                raise ValueError(f"scrub.{name} must be a string (a path), or empty for none")
        if self.model_device not in MODEL_DEVICES:
            raise ValueError(f"scrub.model_device must be one of {MODEL_DEVICES}, found {self.model_device!r}")
        labels = self.hf_labels
        if not isinstance(labels, Mapping) or not all(isinstance(k, str) and k.strip() for k in labels):
            raise ValueError(f'scrub.hf_labels must be a table of model label -> entity type, e.g. {{PER = "PERSON"}}; '
                             f"found {labels!r}")
        unknown = sorted({v for v in labels.values() if v not in PII_ENTITIES}, key=str)
        if unknown:
            raise ValueError(f"scrub.hf_labels maps to unknown entity type(s) {unknown}; "
                             f"choose from {list(PII_ENTITIES)}")
        object.__setattr__(self, "hf_labels", FrozenTable((k.strip().upper(), v) for k, v in labels.items()))

    def _check_controls(self):
        set_ = object.__setattr__  # frozen: normalized values are set once, here
        for name in ("deny_terms", "allow_terms"):
            set_(self, name, _terms(f"scrub.{name}", getattr(self, name)))
        if self.deny_entity not in PII_ENTITIES:
            raise ValueError(f"scrub.deny_entity must be one of {list(PII_ENTITIES)}, found {self.deny_entity!r}")
        for name in ("deny_file", "allow_file"):
            if not isinstance(getattr(self, name), str):
                raise ValueError(f"scrub.{name} must be a path (a string), or empty for none")
        cues = _entity_table("scrub.extra_cues", self.extra_cues)
        cues = FrozenTable((e, _terms(f"scrub.extra_cues.{e}", v)) for e, v in cues.items())
        for entity, words in cues.items():
            cased = [w for w in words if any(not c.isascii() and c.lower() != c.upper() for c in w)]
            if cased:  # the pre-filter folds ASCII case only (prep.pii.prefilter.ascii_trigger)
                raise ValueError(f"scrub.extra_cues.{entity}: {cased} hold a non-ASCII letter with case "
                                 "(é, ß); write the cue without it (Hangul and ASCII are fine)")
        set_(self, "extra_cues", cues)
        thresholds = _entity_table("scrub.thresholds", self.thresholds)
        for entity, value in thresholds.items():
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0.0 <= value <= 1.0:
                raise ValueError(f"scrub.thresholds.{entity} must be a number in [0, 1], found {value!r}")
        set_(self, "thresholds", FrozenTable((e, float(v)) for e, v in thresholds.items()))

    def threshold(self, entity: str) -> float:
        """The score a value of `entity` needs to count: `thresholds[entity]`, else `score_threshold`."""
        return self.thresholds.get(entity, self.score_threshold)


@dataclass(frozen=True)
class SplitConfig:
    """Sentence splitting into the BERT input format (one sentence per line)."""

    min_sentence_chars: int = 1  # shorter fragments are merged into the previous sentence
    backend: str = "rules"  # "rules": prep.split (fast, default); "kiwi": kiwipiepy for Korean (pip install kiwipiepy)

    def __post_init__(self):
        if self.min_sentence_chars < 1:
            raise ValueError(f"split.min_sentence_chars must be >= 1, found {self.min_sentence_chars}")
        if self.backend not in SPLIT_BACKENDS:
            raise ValueError(f"split.backend must be one of {SPLIT_BACKENDS}, found {self.backend!r}")


@dataclass(frozen=True)
class TokenizerConfig:
    """WordPiece training with HF tokenizers, on the scrubbed, split text only."""

    vocab_size: int = 8000
    min_frequency: int = 2
    lowercase: bool = True
    limit_alphabet: int = 3000  # Hangul needs far more than the 1000 characters of English BERT
    # "common": the 2,350 everyday Hangul syllables are always in the vocabulary, so a word with a
    # syllable the scrubbed corpus lacks (a name) is not one [UNK]; they come on top of vocab_size (at
    # most 4,700 entries with their ## forms, fewer the more Korean the corpus has); "none": only the
    # corpus's characters
    hangul_syllables: str = "common"
    # The vocabulary is learned from the max_words most frequent words (ties: the word's code points),
    # the alphabet from every word's characters; 0: every word. This bounds the merge loop's time and memory
    # whatever the corpus size (~430 MB at 500k words); the vocabulary's overlap with an uncapped one was 0.957
    # at 1.2 M distinct words (docs/tokenizer.md, "Measured"); a corpus with fewer distinct words is unaffected
    max_words: int = 500_000
    # Word counts are shuffled into this many partitions by a hash of the word, merged one unit each:
    # more partitions, less memory per merge unit (the vocabulary is the same for any number)
    count_partitions: int = 16

    def __post_init__(self):
        if self.max_words < 0:
            raise ValueError(f"tokenizer.max_words must be >= 0 (0: no cap), found {self.max_words}")
        if not 1 <= self.count_partitions <= 4096:
            raise ValueError(f"tokenizer.count_partitions must be in [1, 4096], found {self.count_partitions}")
        if self.vocab_size < 100:
            raise ValueError(f"tokenizer.vocab_size must be >= 100, found {self.vocab_size}")
        if self.min_frequency < 1:
            raise ValueError(f"tokenizer.min_frequency must be >= 1, found {self.min_frequency}")
        if self.hangul_syllables not in HANGUL_SEEDS:
            raise ValueError(
                f"tokenizer.hangul_syllables must be one of {HANGUL_SEEDS}, found {self.hangul_syllables!r}"
            )


@dataclass(frozen=True)
class ShardsConfig:
    """Sentence-pair examples (Google's create_pretraining_data.py; ALBERT's SOP) and Arrow shard writing."""

    objective: str = "nsp"  # "nsp": B is A's continuation or random; "sop": B and A swapped or not
    max_seq_len: int = 128
    short_seq_prob: float = 0.1
    nsp_prob: float = 0.5  # probability of label 1: B random (nsp) or the pair swapped (sop)
    dupe_factor: int = 1  # passes over each unit with different pairings
    buffer_mb: int = 32  # documents held at once (and the pool of random B's): this much text

    def __post_init__(self):
        if self.objective not in OBJECTIVES:
            raise ValueError(f"shards.objective must be one of {OBJECTIVES}, found {self.objective!r}")
        if self.max_seq_len < 8:
            raise ValueError(f"shards.max_seq_len must be >= 8 ([CLS] A [SEP] B [SEP]), found {self.max_seq_len}")
        if self.max_seq_len > 1 << 16:
            raise ValueError(f"shards.max_seq_len must be <= 65536 (stored as uint16), found {self.max_seq_len}")
        for name in ("short_seq_prob", "nsp_prob"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"shards.{name} must be in [0, 1], found {value}")
        if self.dupe_factor < 1:
            raise ValueError(f"shards.dupe_factor must be >= 1, found {self.dupe_factor}")
        if self.buffer_mb < 1:
            raise ValueError(f"shards.buffer_mb must be >= 1, found {self.buffer_mb}")


@dataclass(frozen=True)
class CanaryConfig:
    """Canaries for the memorization audit (`prep/canaries.py`, `docs/audit.md`); off by default.

    Each (kind, language, repeat level) gets `per_kind` canaries: a sentence with a synthetic secret,
    inserted into `repeats` distinct documents of its language before scrubbing. The secrets go to
    `secrets_file` (empty: `<output_dir>/canaries.jsonl`), the audit's key; the manifest gets counts only.
    `kinds` defaults to every kind: the ones the scrubber is built to catch and the realistic forms it
    may miss (`privbert.canary_formats.REALISTIC_KINDS`); a Korean-only form is planted in Korean only.
    `hosts = "near_duplicates"` plants each canary's repeats into near-duplicate copies of ONE host
    document instead (small edits per copy: a header line, a changed word, re-wrapped lines), as
    templated corpora repeat a record: what near-dedup (`[dedup]`) removes.
    """

    enabled: bool = False
    kinds: tuple[str, ...] = CANARY_KINDS
    languages: tuple[str, ...] = LANGUAGES
    per_kind: int = 1  # canaries per (kind, language, repeat level)
    repeats: tuple[int, ...] = (1, 10, 50)  # documents each canary is planted into, one level per entry
    seed: int = 20190301  # secrets, claim numbers and target documents; independent of the build seed
    secrets_file: str = ""
    hosts: str = "distinct"  # "distinct" documents, or "near_duplicates" of one host document per canary

    def __post_init__(self):
        if self.hosts not in CANARY_HOSTS:
            raise ValueError(f"canaries.hosts must be one of {CANARY_HOSTS}, found {self.hosts!r}")
        bad = [k for k in self.kinds if k not in CANARY_KINDS]
        if bad or not self.kinds:
            raise ValueError(f"canaries.kinds must be a non-empty subset of {CANARY_KINDS}, found {self.kinds}")
        bad = [lang for lang in self.languages if lang not in LANGUAGES]
        if bad or not self.languages:
            raise ValueError(f"canaries.languages must be a non-empty subset of {LANGUAGES}, found {self.languages}")
        if not any((kind, lang) in CANARY_FORMATS for kind in self.kinds for lang in self.languages):
            raise ValueError(f"canaries.kinds {self.kinds} have no form in canaries.languages {self.languages}; "
                             "add \"ko\" to the languages or a kind with an English form")
        if self.per_kind < 1:
            raise ValueError(f"canaries.per_kind must be >= 1, found {self.per_kind}")
        if not self.repeats or any(r < 1 for r in self.repeats):
            raise ValueError(f"canaries.repeats must be a non-empty list of counts >= 1, found {self.repeats}")


@dataclass(frozen=True)
class DedupConfig:
    """Near-duplicate removal with MinHash LSH (`prep/dedup/`, docs/dedup.md); on by default.

    Shingles are `shingle_size` characters of the text lowercased with whitespace runs made one space
    (Hangul needs no word breaks; re-wrapped lines shingle alike). A pair is a candidate when one of
    `bands` bands of `rows` signature values match, and a near-duplicate when the signatures agree on
    at least `threshold` of their `num_perm` values (the estimated Jaccard similarity).
    """

    enabled: bool = True
    shingle_size: int = 5  # characters
    num_perm: int = 128
    bands: int = 16
    rows: int = 8  # bands * rows <= num_perm; candidates from about (1 / bands) ** (1 / rows) similarity
    threshold: float = 0.7
    keep: str = "first"  # "first" in input order, or "longest" (ties: the first)
    partitions: int = 8  # units of the LSH bucket shuffle: each holds ~bands/partitions rows per document
    bucket_rows: int = 100_000  # band rows of a partition taken at once: ~100 B each + <= num_perm x 4 B of signature
    seed: int = 1  # of the MinHash permutations

    def __post_init__(self):
        if not 1 <= self.shingle_size <= 64:
            raise ValueError(f"dedup.shingle_size must be in [1, 64] characters, found {self.shingle_size}")
        if not 1 <= self.num_perm <= 1024:
            raise ValueError(f"dedup.num_perm must be in [1, 1024], found {self.num_perm}")
        if self.bands < 1 or self.rows < 1 or self.bands * self.rows > self.num_perm:
            raise ValueError(
                f"dedup.bands * dedup.rows must be >= 1 and <= num_perm ({self.num_perm}), found "
                f"{self.bands} * {self.rows}; lower one of them or raise num_perm"
            )
        if not 0.0 < self.threshold <= 1.0:
            raise ValueError(f"dedup.threshold must be in (0, 1], found {self.threshold}")
        if self.keep not in DEDUP_KEEP:
            raise ValueError(f"dedup.keep must be one of {DEDUP_KEEP}, found {self.keep!r}")
        if not 1 <= self.partitions <= 4096:
            raise ValueError(f"dedup.partitions must be in [1, 4096], found {self.partitions}")
        if self.bucket_rows < 1:
            raise ValueError(f"dedup.bucket_rows must be >= 1, found {self.bucket_rows}")
        if self.seed < 0:
            raise ValueError(f"dedup.seed must be >= 0, found {self.seed}")


@dataclass(frozen=True)
class PrepConfig:
    seed: int = 12345
    output_dir: str = ""  # the build folder; no default: `prep build --output DIR` or the config names it
    workers: int = 2  # local processes for the parallel stages (scrub + split, shards); CPUs of a local Ray
    executor: str = "local"  # "local" (processes on this machine) or "ray"; never changes the output bytes
    ray_address: str = ""  # executor "ray": cluster address; empty -> env RAY_ADDRESS -> start a local Ray
    input: InputConfig = field(default_factory=InputConfig)
    dedup: DedupConfig = field(default_factory=DedupConfig)
    scrub: ScrubConfig = field(default_factory=ScrubConfig)
    split: SplitConfig = field(default_factory=SplitConfig)
    tokenizer: TokenizerConfig = field(default_factory=TokenizerConfig)
    shards: ShardsConfig = field(default_factory=ShardsConfig)
    canaries: CanaryConfig = field(default_factory=CanaryConfig)

    def __post_init__(self):
        if self.workers < 1:
            raise ValueError(f"workers must be >= 1, found {self.workers}")
        if self.executor not in EXECUTORS:
            raise ValueError(f"executor must be one of {EXECUTORS}, found {self.executor!r}")
        if self.scrub.mode == "off" and not self.canaries.enabled:
            raise ValueError(
                'scrub.mode = "off" (no scrubbing) is accepted only for a memorization-audit twin build; '
                "enable [canaries] as in the scrubbed build, or use a scrub mode"
            )
        if self.ray_address and self.executor != "ray":
            raise ValueError(f"ray_address is set but executor is {self.executor!r}; set executor = \"ray\"")
