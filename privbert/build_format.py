"""The contract between `prep` and `train`: the shard schema, the build folder layout and the manifest.

A build folder (what `python -m prep build` writes and `python -m train run` reads) holds:

    manifest.json          written last; lists every shard with rows, bytes and sha256
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
import os
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


def write_json_atomic(path: str | Path, data: Any) -> None:
    """Write JSON to a temporary name and rename it into place, so a reader never sees half a file."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, ensure_ascii=False, sort_keys=False)
        f.write("\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def read_manifest(build_dir: str | Path) -> dict[str, Any]:
    """Load a build's manifest and check its format version."""
    path = Path(build_dir) / MANIFEST_NAME
    if not path.is_file():
        raise ValueError(f"{path} not found: {build_dir} is not a finished prep build (run `python -m prep build`)")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path} is not valid JSON ({exc}); rebuild with `python -m prep build`") from None
    found = manifest.get("format_version")
    if found != FORMAT_VERSION:
        raise ValueError(f"{path} has format_version {found!r}, this code reads version {FORMAT_VERSION}")
    return manifest


def verify_build(build_dir: str | Path, check_hashes: bool = True) -> dict[str, Any]:
    """Check the manifest against the files: tokenizer hash, every shard's presence, bytes, sha256, rows.

    Returns the manifest; raises ValueError naming the first file that does not match.
    """
    build_dir = Path(build_dir)
    manifest = read_manifest(build_dir)
    expected_tok = manifest["tokenizer"]["sha256"]
    tok_path = build_dir / TOKENIZER_DIR / TOKENIZER_HASHED_FILE
    if not tok_path.is_file():
        raise ValueError(f"tokenizer file {tok_path} is missing")
    found_tok = sha256_file(tok_path)
    if found_tok != expected_tok:
        raise ValueError(f"tokenizer {tok_path} has sha256 {found_tok}, the manifest expects {expected_tok}")
    listed_files = manifest["tokenizer"].get("files", {})
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
    max_seq_len = manifest.get("stages", {}).get("shards", {}).get("max_seq_len")
    listed_shards = {entry["file"] for entry in manifest["shards"]}
    for path in sorted((build_dir / SHARD_DIR).glob(SHARD_PATTERN.replace("{:05d}", "*"))):
        if path.relative_to(build_dir).as_posix() not in listed_shards:
            raise ValueError(f"shard {path} is not listed in the manifest {build_dir / MANIFEST_NAME}; "
                             "the manifest was edited or belongs to another build: rebuild with prep")
    for entry in manifest["shards"]:
        path = build_dir / entry["file"]
        if not path.is_file():
            raise ValueError(f"shard {path} listed in the manifest is missing")
        size = path.stat().st_size
        if size != entry["bytes"]:
            raise ValueError(f"shard {path} has {size} bytes, the manifest expects {entry['bytes']}")
        if check_hashes:
            digest = sha256_file(path)
            if digest != entry["sha256"]:
                raise ValueError(f"shard {path} has sha256 {digest}, the manifest expects {entry['sha256']}")
        table = open_shard(path)
        if table.num_rows != entry["rows"]:
            raise ValueError(f"shard {path} has {table.num_rows} rows, the manifest expects {entry['rows']}")
        # rows longer than the positions the model will have would fail deep inside the first forward pass
        longest = pc.max(pc.list_value_length(table.column("input_ids"))).as_py() if table.num_rows else 0
        if isinstance(max_seq_len, int) and longest > max_seq_len:
            raise ValueError(f"shard {path} has rows of {longest} tokens, longer than the manifest's "
                             f"stages.shards.max_seq_len {max_seq_len}; the manifest was edited: rebuild with prep")
    return manifest
