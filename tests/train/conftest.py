"""A tiny prep build made without `prep`: the trainer reads only the contract in `privbert.build_format`.

Generated template sentences (so a tiny model can learn them within a few dozen steps), a WordPiece
tokenizer trained on them with HF `tokenizers`, NSP examples in two Arrow stream shards, and a
manifest written last, exactly as the contract describes.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pyarrow as pa
import pytest
from tokenizers import Tokenizer, decoders, models, normalizers, pre_tokenizers, processors, trainers
from transformers import PreTrainedTokenizerFast

from privbert.build_format import (
    FORMAT_VERSION,
    MANIFEST_NAME,
    SHARD_DIR,
    SHARD_PATTERN,
    TOKENIZER_DIR,
    sha256_file,
    shard_schema,
    tokenizer_hash,
)
from privbert.io import write_json_atomic

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "[PERSON]", "[PHONE_NUMBER]"]
COLORS = ["red", "blue", "green", "yellow", "black", "white"]
ANIMALS = ["cat", "dog", "horse", "rabbit", "elephant", "giraffe"]
FOODS = ["apples", "carrots", "bread", "cheese", "grass", "noodles"]
PLACES = ["garden", "kitchen", "forest", "village", "river", "meadow"]


def make_documents(num_docs: int, seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    docs = []
    for _ in range(num_docs):
        animal = rng.choice(ANIMALS)
        sentences = []
        for _ in range(rng.randint(3, 6)):
            template = rng.choice(
                [
                    "the {c} {a} eats {f} in the {p} .",
                    "every morning the {a} walks to the {p} .",
                    "[PERSON] saw a {c} {a} near the {p} .",
                    "the {a} likes {f} more than anything .",
                    "call [PHONE_NUMBER] if the {a} leaves the {p} .",
                ]
            )
            sentences.append(template.format(c=rng.choice(COLORS), a=animal, f=rng.choice(FOODS), p=rng.choice(PLACES)))
        docs.append(sentences)
    return docs


def train_tokenizer(sentences: list[str], vocab_size: int = 300) -> PreTrainedTokenizerFast:
    tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tok.normalizer = normalizers.BertNormalizer(lowercase=True)
    tok.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    tok.decoder = decoders.WordPiece()
    trainer = trainers.WordPieceTrainer(vocab_size=vocab_size, min_frequency=1, special_tokens=SPECIALS)
    tok.train_from_iterator(sentences, trainer)
    cls_id, sep_id = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    tok.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]",
        pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", cls_id), ("[SEP]", sep_id)],
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=tok,
        unk_token="[UNK]",
        pad_token="[PAD]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
        additional_special_tokens=["[PERSON]", "[PHONE_NUMBER]"],
    )


def encode_words(tokenizer: PreTrainedTokenizerFast, text: str) -> tuple[list[int], list[bool]]:
    enc = tokenizer(text, add_special_tokens=False)
    word_ids = enc.word_ids()
    starts = [i == 0 or word_ids[i] != word_ids[i - 1] for i in range(len(word_ids))]
    return enc["input_ids"], starts


def make_examples(docs: list[list[str]], tokenizer: PreTrainedTokenizerFast, max_seq_len: int, seed: int):
    """NSP pairs: B is A's next sentence (label 0) or a sentence of another document (label 1)."""
    rng = random.Random(seed)
    cls_id, sep_id = tokenizer.cls_token_id, tokenizer.sep_token_id
    rows = []
    for d, doc in enumerate(docs):
        for i in range(len(doc) - 1):
            if rng.random() < 0.5:
                b_text, label = doc[i + 1], 0
            else:
                other = rng.choice([j for j in range(len(docs)) if j != d])
                b_text, label = rng.choice(docs[other]), 1
            a_ids, a_ws = encode_words(tokenizer, doc[i])
            b_ids, b_ws = encode_words(tokenizer, b_text)
            budget = max_seq_len - 3
            a_ids, a_ws = a_ids[: budget // 2], a_ws[: budget // 2]
            b_ids, b_ws = b_ids[: budget - len(a_ids)], b_ws[: budget - len(a_ids)]
            rows.append(
                {
                    "input_ids": [cls_id, *a_ids, sep_id, *b_ids, sep_id],
                    "num_a_tokens": len(a_ids) + 2,
                    "next_sentence_label": label,
                    "word_start": [True, *a_ws, True, *b_ws, True],
                }
            )
    return rows


def write_shard(path: Path, rows: list[dict], vocab_size: int) -> None:
    schema = shard_schema(vocab_size)
    table = pa.Table.from_pylist(rows, schema=schema)
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_stream(sink, schema) as writer:
        for batch in table.to_batches(max_chunksize=64):  # several record batches per shard
            writer.write_batch(batch)


def make_build(root: Path, num_docs: int = 120, max_seq_len: int = 64, num_shards: int = 2, seed: int = 7) -> Path:
    """Write a complete build folder under `root` and return it; `rows` lists the examples in order."""
    docs = make_documents(num_docs, seed)
    tokenizer = train_tokenizer([s for doc in docs for s in doc])
    (root / TOKENIZER_DIR).mkdir(parents=True)
    tokenizer.save_pretrained(root / TOKENIZER_DIR)
    rows = make_examples(docs, tokenizer, max_seq_len, seed)
    (root / SHARD_DIR).mkdir()
    per_shard = -(-len(rows) // num_shards)
    entries = []
    for s in range(num_shards):
        part = rows[s * per_shard : (s + 1) * per_shard]
        rel = f"{SHARD_DIR}/{SHARD_PATTERN.format(s)}"
        write_shard(root / rel, part, len(tokenizer))
        entries.append(
            {
                "file": rel,
                "rows": len(part),
                "bytes": (root / rel).stat().st_size,
                "sha256": sha256_file(root / rel),
            }
        )
    manifest = {
        "format_version": FORMAT_VERSION,
        "seed": seed,
        "tokenizer": {"sha256": tokenizer_hash(root), "vocab_size": len(tokenizer)},
        "stages": {"shards": {"max_seq_len": max_seq_len}},
        "counts": {
            "docs_in": num_docs + 3,
            "docs_out": num_docs,
            "dropped_too_short": 3,
            "sentences": sum(len(d) for d in docs),
            "examples": len(rows),
            "pii_PERSON": 41,
            "pii_PHONE_NUMBER": 17,
        },
        "shards": entries,
    }
    write_json_atomic(root / MANIFEST_NAME, manifest)
    write_json_atomic(root / "rows.json", rows)  # test-only: what was written, to compare reads against
    return root


@pytest.fixture(scope="session")
def shared_build(tmp_path_factory) -> Path:
    """One read-only build for the whole session (tests that modify it take `build_copy`)."""
    return make_build(tmp_path_factory.mktemp("build") / "demo")


@pytest.fixture
def build_copy(shared_build: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "build"
    shutil.copytree(shared_build, dest)
    return dest


@pytest.fixture
def make_config(shared_build: Path, tmp_path: Path):
    """A factory of small, fast TrainConfigs on the shared build: `make_config(optim={"max_steps": 6})`."""
    from privbert.config import from_dict
    from train.config import TrainConfig

    def factory(**sections) -> TrainConfig:
        data = {
            "data": {"build_dir": str(shared_build), "batch_size": 16, "num_workers": 0},
            "model": {"preset": "tiny", "hidden_size": 64, "num_heads": 2},
            "optim": {"lr": 2e-3, "warmup_steps": 3, "max_steps": 30},
            "run": {
                "output_dir": str(tmp_path / "run"),
                "log_every": 5,
                "checkpoint_every": 0,
                "device": "cpu",
                "cpu_threads": 1,  # a tiny model gains nothing from a second thread
            },
        }
        for name, values in sections.items():
            data[name] = {**data[name], **values}
        return from_dict(TrainConfig, data)

    return factory
