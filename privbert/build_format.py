"""The contract between `prep` and `train`: the shard schema, the build folder layout and the manifest.

A build folder (what `python -m prep build` writes and `python -m train run` reads) holds:

    manifest.json          written last; lists every shard with rows, bytes and sha256, the counts
                           and sentence lengths in tokens (read it with `read_manifest`)
    tokenizer/             tokenizer.json + tokenizer_config.json (AutoTokenizer loads it)
    shards/shard-00000.arrow ...

Each shard is an Arrow IPC *stream* file (the format `datasets.Dataset.from_file` memory-maps;
pyarrow and polars read it too) with one row per sentence-pair example:

    input_ids            list<uint16> (int32 when the vocabulary has more than 65,536 entries)
                         the full sequence `[CLS] A [SEP] B [SEP]`, no padding
    num_a_tokens         uint16  length of `[CLS] A [SEP]`: token_type_ids are 0 for these
                         positions and 1 for the rest
    next_sentence_label  int8    the pair label; its meaning depends on the build's objective,
                         recorded in the manifest as `stages.shards.objective`:
                           "nsp" (BERT)   0 = B is A's true continuation, 1 = B is random (the
                                          convention of `BertForPreTraining`'s `next_sentence_label`)
                           "sop" (ALBERT) 0 = A then B in document order, 1 = swapped (B came
                                          first); both always from one document
                         Both are binary, so `BertForPreTraining`'s 2-way head trains on either.
    word_start           list<bool>  True where a token starts a word (for whole-word masking);
                         False on the three special positions

The attention mask is all ones over `input_ids`; the special-tokens mask is True at position 0,
at `num_a_tokens - 1` and at the last position. `expand_example` rebuilds all of them.

Everything `train/` needs to know about the data lives here; change the schema only together with
`FORMAT_VERSION`, and readers refuse any other version with a message saying what they found.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
SHARD_DIR = "shards"
TOKENIZER_DIR = "tokenizer"
SHARD_PATTERN = "shard-{:05d}.arrow"
TOKENIZER_HASHED_FILE = "tokenizer.json"  # the tokenizer's identity: vocab, normalizer, added tokens


def token_id_type(vocab_size: int) -> pa.DataType:
    """The narrowest id type that holds every id of the vocabulary."""
    if vocab_size <= 0:
        raise ValueError(f"vocab_size must be positive, found {vocab_size}")
    return pa.uint16() if vocab_size <= 1 << 16 else pa.int32()


def shard_schema(vocab_size: int) -> pa.Schema:
    return pa.schema(
        [
            pa.field("input_ids", pa.list_(token_id_type(vocab_size)), nullable=False),
            pa.field("num_a_tokens", pa.uint16(), nullable=False),
            pa.field("next_sentence_label", pa.int8(), nullable=False),
            pa.field("word_start", pa.list_(pa.bool_()), nullable=False),
        ],
        metadata={"format_version": str(FORMAT_VERSION)},
    )


def expand_example(input_ids: np.ndarray, num_a_tokens: int) -> dict[str, np.ndarray]:
    """token_type_ids, attention_mask and special_tokens_mask for one stored example."""
    n = len(input_ids)
    token_type_ids = np.zeros(n, dtype=np.int64)
    token_type_ids[num_a_tokens:] = 1
    special = np.zeros(n, dtype=np.int64)
    special[[0, num_a_tokens - 1, n - 1]] = 1
    return {
        "input_ids": input_ids.astype(np.int64),
        "token_type_ids": token_type_ids,
        "attention_mask": np.ones(n, dtype=np.int64),
        "special_tokens_mask": special,
    }


def open_shard(path: str | Path) -> pa.Table:
    """Memory-map one shard (no copy of the file) and check its schema version."""
    path = Path(path)
    try:
        reader = pa.ipc.open_stream(pa.memory_map(str(path), "r"))
        table = reader.read_all()
    except (OSError, pa.ArrowInvalid) as exc:
        raise ValueError(f"shard {path} cannot be read as an Arrow stream ({exc}); rebuild it with prep") from None
    found = (table.schema.metadata or {}).get(b"format_version", b"?").decode()
    if found != str(FORMAT_VERSION):
        raise ValueError(f"shard {path} has format version {found}, this code reads version {FORMAT_VERSION}")
    return table


def sha256_file(path: str | Path, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def tokenizer_hash(build_dir: str | Path) -> str:
    return sha256_file(Path(build_dir) / TOKENIZER_DIR / TOKENIZER_HASHED_FILE)


# ---------------------------------------------------------------- the manifest: writer and reader side by side

# The manifest's top-level fields in the order the writer puts them. The optional ones are absent from
# builds made before prep recorded them: `sentence_tokens`; `canaries` (also from builds without
# canaries); `advice` (also from `prep shards` builds, which know no corpus size). `skipped_inputs` (the
# files that input folders held and no reader takes, by path relative to their folder) reads as [] when
# absent. Every other field is written by every build.
MANIFEST_FIELDS = (
    "format_version", "seed", "inputs", "skipped_inputs", "stages", "build", "tokenizer", "shards", "counts",
    "canaries", "sentence_tokens", "advice", "timings", "resources", "versions",
)
OPTIONAL_FIELDS = ("canaries", "sentence_tokens", "advice", "resources")


def manifest_dict(
    sentence_tokens: Mapping[int, int] | None = None, canaries: Mapping[str, Any] | None = None,
    advice: Mapping[str, Any] | None = None, resources: Mapping[str, Any] | None = None, **fields: Any
) -> dict[str, Any]:
    """The manifest's JSON: every field of `MANIFEST_FIELDS` in that order, with this code's `FORMAT_VERSION`.

    `sentence_tokens` ({tokens: sentences}), `canaries` (the canary insertions and what the scrubber
    caught of them, `prep.canaries.canary_section`), `advice` (`prep.advice`) and `resources` (peak memory
    per stage) are left out when None;
    a missing or unknown field is refused, so the writer cannot drift from the reader.
    """
    fields["format_version"] = FORMAT_VERSION
    if sentence_tokens is not None:
        fields["sentence_tokens"] = {str(k): int(sentence_tokens[k]) for k in sorted(sentence_tokens)}
    if canaries is not None:
        fields["canaries"] = dict(canaries)
    if advice is not None:
        fields["advice"] = dict(advice)
    if resources is not None:
        fields["resources"] = dict(resources)
    expected = {name for name in MANIFEST_FIELDS if name not in OPTIONAL_FIELDS or name in fields}
    if set(fields) != expected:
        raise ValueError(f"manifest fields {sorted(fields)} differ from {sorted(expected)}")
    return {name: fields[name] for name in MANIFEST_FIELDS if name in fields}


def shard_entry(path: Path, build_dir: Path) -> dict[str, Any]:
    """A shard's line in the manifest: its file relative to the build, rows, bytes and sha256."""
    return {
        "file": path.relative_to(build_dir).as_posix(),
        "rows": open_shard(path).num_rows,
        "bytes": path.stat().st_size,
        "sha256": sha256_file(path),
    }


@dataclass(frozen=True)
class ShardEntry:
    file: str  # relative to the build folder
    rows: int
    bytes: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    """A build's manifest.json, read once and checked for its version (`read_manifest`).

    Typed accessors cover what readers need; `data` (also reachable as `manifest["field"]`) is the
    JSON as written, for callers that compare whole sections. Sections a hand-made test build leaves
    out read as empty.
    """

    path: Path
    data: Mapping[str, Any]

    def __post_init__(self) -> None:
        found = self.data.get("format_version")
        if found != FORMAT_VERSION:
            raise ValueError(f"{self.path} has format_version {found!r}, this code reads version {FORMAT_VERSION}")

    def __getitem__(self, field: str) -> Any:
        return self.data[field]

    @property
    def build_dir(self) -> Path:
        return self.path.parent

    @property
    def format_version(self) -> int:
        return int(self.data["format_version"])

    def stage(self, name: str) -> dict[str, Any]:
        """A stage's resolved config (`stages.<name>`), {} when the manifest does not record it."""
        found = self.data.get("stages", {}).get(name, {})
        return found if isinstance(found, dict) else {}

    @property
    def max_seq_len(self) -> int | None:
        found = self.stage("shards").get("max_seq_len")
        return found if isinstance(found, int) and not isinstance(found, bool) else None

    @property
    def objective(self) -> str:
        """The pair label's meaning: "nsp" (BERT) or "sop" (ALBERT); builds before SOP were NSP."""
        return str(self.stage("shards").get("objective", "nsp"))

    @property
    def scrub_mode(self) -> str | None:
        """None when not recorded; "off" marks the unscrubbed twin of a memorization audit."""
        return self.stage("scrub").get("mode")

    @property
    def canary_secrets_file(self) -> str:
        """The configured `canaries.secrets_file`; "" means the default BUILD/canaries.jsonl."""
        return str(self.stage("canaries").get("secrets_file", "") or "")

    @property
    def counts(self) -> dict[str, int]:
        """The integer counts (docs_in, dropped_<reason>, pii_<ENTITY>, sentences, examples, ...)."""
        return {k: v for k, v in self.data.get("counts", {}).items() if isinstance(v, int) and not isinstance(v, bool)}

    @property
    def skipped_inputs(self) -> list[str]:
        """Files the input folders held that no reader takes (paths relative to their folder); [] if none."""
        return list(self.data.get("skipped_inputs", []))

    @property
    def canaries(self) -> dict[str, Any]:
        """The canaries the build planted, apart from the PII it found: {"canaries", "insertions",
        "scrubbed", "caught", "missed", "missed_kinds", "pii_in_canaries", "by_kind"}; {} without any."""
        found = self.data.get("canaries")
        return dict(found) if isinstance(found, dict) else {}

    @property
    def canary_insertions(self) -> int:
        """Canary sentences planted (0 without canaries); builds before the `canaries` field: from counts."""
        return int(self.canaries.get("insertions", self.counts.get("canaries_planted", 0)))

    @property
    def canary_missed_kinds(self) -> list[str]:
        """Canary kinds of which the scrubber missed at least one (empty when none or not recorded)."""
        return list(self.canaries.get("missed_kinds", []))

    def pii_counts(self) -> list[tuple[str, int]]:
        """(entity, count) for every `pii_<ENTITY>` count, sorted by entity: the corpus's own PII (builds
        that record a `canaries` section count the findings inside canary sentences there instead)."""
        return sorted((k.removeprefix("pii_"), v) for k, v in self.counts.items() if k.startswith("pii_"))

    def dropped_counts(self) -> list[tuple[str, int]]:
        """(reason, count) for every `dropped_<reason>` count but the total, sorted by reason."""
        return sorted((k.removeprefix("dropped_"), v) for k, v in self.counts.items()
                      if k.startswith("dropped_") and k != "dropped_total")

    @property
    def shards(self) -> list[ShardEntry]:
        entries = self.data.get("shards", [])
        return [ShardEntry(e["file"], int(e["rows"]), int(e["bytes"]), e["sha256"]) for e in entries]

    @property
    def tokenizer(self) -> dict[str, Any]:
        """{"sha256", "files", "vocab_size", "placeholders", ...} of the build's tokenizer."""
        return dict(self.data.get("tokenizer", {}))

    @property
    def timings(self) -> dict[str, float]:
        return {k: v for k, v in self.data.get("timings", {}).items() if isinstance(v, (int, float))}

    @property
    def peak_rss_mb(self) -> dict[str, float]:
        """Stage -> the most resident memory one process held while running one of the stage's units, in MB
        (`resources.peak_rss_mb`); {} for builds made before prep measured it, or by `prep shards`."""
        found = self.data.get("resources", {}).get("peak_rss_mb", {})
        return {k: v for k, v in found.items() if isinstance(v, (int, float))} if isinstance(found, dict) else {}

    @property
    def sentence_tokens(self) -> np.ndarray | None:
        """Sentences by length in tokens as a bincount (`counts[tokens]` = sentences); None for a build
        made before prep recorded it."""
        found = self.data.get("sentence_tokens")
        if not isinstance(found, dict):
            return None
        histogram = {int(k): int(v) for k, v in found.items()}
        counts = np.zeros(max(histogram, default=0) + 1, dtype=np.int64)
        for tokens, n in histogram.items():
            counts[tokens] = n
        return counts

    @property
    def advice(self) -> dict[str, Any] | None:
        """The size advisor's recommendation (`prep.advice`: vocab_size, steps, ...); None for a build made
        before prep recorded it, or by `prep shards`."""
        found = self.data.get("advice")
        return dict(found) if isinstance(found, dict) else None


def read_manifest(build_dir: str | Path) -> Manifest:
    """Load a build's manifest and check its format version."""
    path = Path(build_dir) / MANIFEST_NAME
    if not path.is_file():
        raise ValueError(f"{path} not found: {build_dir} is not a finished prep build (run `python -m prep build`)")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path} is not valid JSON ({exc}); rebuild with `python -m prep build`") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path} holds no JSON object; rebuild with `python -m prep build`")
    return Manifest(path, data)


def verify_build(build_dir: str | Path, check_hashes: bool = True) -> Manifest:
    """Check the manifest against the files: tokenizer hash, every shard's presence, bytes, sha256, rows.

    Returns the manifest; raises ValueError naming the first file that does not match.
    """
    build_dir = Path(build_dir)
    manifest = read_manifest(build_dir)
    expected_tok = manifest.tokenizer["sha256"]
    tok_path = build_dir / TOKENIZER_DIR / TOKENIZER_HASHED_FILE
    if not tok_path.is_file():
        raise ValueError(f"tokenizer file {tok_path} is missing")
    found_tok = sha256_file(tok_path)
    if found_tok != expected_tok:
        raise ValueError(f"tokenizer {tok_path} has sha256 {found_tok}, the manifest expects {expected_tok}")
    listed_files = manifest.tokenizer.get("files", {})
    for name, expected in listed_files.items():
        if name == TOKENIZER_HASHED_FILE:
            continue  # checked just above
        path = build_dir / TOKENIZER_DIR / name
        found = sha256_file(path) if path.is_file() else "missing"
        if found != expected:
            raise ValueError(f"tokenizer file {path} has sha256 {found}, the manifest expects {expected}")
    # Files the manifest does not know would change what is read: AutoTokenizer picks up any
    # tokenizer file in the folder, and a shard dropped from the manifest's list would be silently unused.
    if listed_files:
        for path in sorted((build_dir / TOKENIZER_DIR).iterdir()):
            if path.is_file() and path.name not in listed_files:
                raise ValueError(f"tokenizer file {path} is not listed in the manifest; remove it or rebuild")
    max_seq_len = manifest.max_seq_len
    listed_shards = {entry.file for entry in manifest.shards}
    for path in sorted((build_dir / SHARD_DIR).glob(SHARD_PATTERN.replace("{:05d}", "*"))):
        if path.relative_to(build_dir).as_posix() not in listed_shards:
            raise ValueError(f"shard {path} is not listed in the manifest {build_dir / MANIFEST_NAME}; "
                             "the manifest was edited or belongs to another build: rebuild with prep")
    for entry in manifest.shards:
        path = build_dir / entry.file
        if not path.is_file():
            raise ValueError(f"shard {path} listed in the manifest is missing")
        size = path.stat().st_size
        if size != entry.bytes:
            raise ValueError(f"shard {path} has {size} bytes, the manifest expects {entry.bytes}")
        if check_hashes:
            digest = sha256_file(path)
            if digest != entry.sha256:
                raise ValueError(f"shard {path} has sha256 {digest}, the manifest expects {entry.sha256}")
        table = open_shard(path)
        if table.num_rows != entry.rows:
            raise ValueError(f"shard {path} has {table.num_rows} rows, the manifest expects {entry.rows}")
        # rows longer than the positions the model will have would fail deep inside the first forward pass
        longest = pc.max(pc.list_value_length(table.column("input_ids"))).as_py() if table.num_rows else 0
        if max_seq_len is not None and longest > max_seq_len:
            raise ValueError(f"shard {path} has rows of {longest} tokens, longer than the manifest's "
                             f"stages.shards.max_seq_len {max_seq_len}; the manifest was edited: rebuild with prep")
    return manifest
