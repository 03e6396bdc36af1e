"""Configuration of a prep build: one frozen dataclass per stage under the root `PrepConfig`.

Loaded from TOML (`configs/*.toml`), overridden with `--set section.key=value`, validated here, and
saved resolved into the manifest.
"""

from __future__ import annotations

from dataclasses import dataclass, field

SCRUB_MODES = ("placeholder",)
LANGUAGES = ("ko", "en")


@dataclass(frozen=True)
class InputConfig:
    """Where the raw documents come from and how they are cut into units of work."""

    paths: tuple[str, ...] = ("data/demo/corpus.jsonl",)
    text_field: str = "text"
    id_field: str = "id"
    lang_field: str = "lang"  # optional per-document language override (`ko` / `en`)
    docs_per_part: int = 500  # one part = one unit of work for the parallel stages
    min_chars: int = 1  # documents shorter than this after normalization are dropped

    def __post_init__(self):
        if not self.paths:
            raise ValueError("input.paths is empty; list at least one .jsonl or .txt file")
        if self.docs_per_part < 1:
            raise ValueError(f"input.docs_per_part must be >= 1, found {self.docs_per_part}")
        if self.min_chars < 0:
            raise ValueError(f"input.min_chars must be >= 0, found {self.min_chars}")


@dataclass(frozen=True)
class ScrubConfig:
    """PII scrubbing with Presidio (offline; nothing is downloaded)."""

    languages: tuple[str, ...] = LANGUAGES
    entities: tuple[str, ...] = ()  # empty: every entity type the scrubber supports
    score_threshold: float = 0.4
    mode: str = "placeholder"  # detected values become `[ENTITY_TYPE]`

    def __post_init__(self):
        bad = [lang for lang in self.languages if lang not in LANGUAGES]
        if bad or not self.languages:
            raise ValueError(f"scrub.languages must be a non-empty subset of {LANGUAGES}, found {self.languages}")
        if not 0.0 <= self.score_threshold <= 1.0:
            raise ValueError(f"scrub.score_threshold must be in [0, 1], found {self.score_threshold}")
        if self.mode not in SCRUB_MODES:
            raise ValueError(f"scrub.mode must be one of {SCRUB_MODES}, found {self.mode!r}")


@dataclass(frozen=True)
class SplitConfig:
    """Sentence splitting into the BERT input format (one sentence per line)."""

    min_sentence_chars: int = 1  # shorter fragments are merged into the previous sentence

    def __post_init__(self):
        if self.min_sentence_chars < 1:
            raise ValueError(f"split.min_sentence_chars must be >= 1, found {self.min_sentence_chars}")


@dataclass(frozen=True)
class TokenizerConfig:
    """WordPiece training with HF tokenizers, on the scrubbed, split text only."""

    vocab_size: int = 8000
    min_frequency: int = 2
    lowercase: bool = True
    limit_alphabet: int = 3000  # Hangul needs far more than the 1000 characters of English BERT

    def __post_init__(self):
        if self.vocab_size < 100:
            raise ValueError(f"tokenizer.vocab_size must be >= 100, found {self.vocab_size}")
        if self.min_frequency < 1:
            raise ValueError(f"tokenizer.min_frequency must be >= 1, found {self.min_frequency}")


@dataclass(frozen=True)
class ShardsConfig:
    """NSP example creation (Google's create_pretraining_data.py) and Arrow shard writing."""

    max_seq_len: int = 128
    short_seq_prob: float = 0.1
    nsp_prob: float = 0.5  # probability that B is a random span from another document
    dupe_factor: int = 1  # passes over each unit with different pairings

    def __post_init__(self):
        if self.max_seq_len < 8:
            raise ValueError(f"shards.max_seq_len must be >= 8 ([CLS] A [SEP] B [SEP]), found {self.max_seq_len}")
        for name in ("short_seq_prob", "nsp_prob"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"shards.{name} must be in [0, 1], found {value}")
        if self.dupe_factor < 1:
            raise ValueError(f"shards.dupe_factor must be >= 1, found {self.dupe_factor}")


@dataclass(frozen=True)
class PrepConfig:
    seed: int = 12345
    output_dir: str = "build/demo"
    workers: int = 2  # local processes for the parallel stages (scrub + split, shards)
    input: InputConfig = field(default_factory=InputConfig)
    scrub: ScrubConfig = field(default_factory=ScrubConfig)
    split: SplitConfig = field(default_factory=SplitConfig)
    tokenizer: TokenizerConfig = field(default_factory=TokenizerConfig)
    shards: ShardsConfig = field(default_factory=ShardsConfig)

    def __post_init__(self):
        if self.workers < 1:
            raise ValueError(f"workers must be >= 1, found {self.workers}")
