"""Fine-tuning check: sequence classification on top of an exported model, the classic downstream test.

`BertForSequenceClassification` is initialised from an export folder (`RUN/export`: its encoder and
pooler, a new classifier on the [CLS] pooled output), fine-tuned with a plain PyTorch loop (AdamW,
linear warmup and decay, dynamic padding) on labeled text from JSONL or CSV, and scored on a held-out
split: accuracy, macro F1, per-class precision / recall / F1. Two baselines give the number a scale:
the majority class of the training split, and (`--from-scratch-baseline`) the same fine-tuning of a
randomly initialised model of the same config, which shows what pretraining bought.

Loading is local and safe: safetensors only, `local_files_only`, no `trust_remote_code`. Runs are
deterministic on the CPU for a given seed (one generator for the split, one for the batch order).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import shutil
import time
from collections import Counter
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import torch

from privbert.cli import add_config_arguments, load_with_shortcuts
from privbert.io import read_jsonl_objects, write_json_atomic
from privbert.progress import progress_bar
from train.config import OptimConfig
from train.optim import build_optimizer, build_scheduler
from train.trainer import resolve_device

METRICS_NAME = "metrics.json"
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json")
DEVICES = ("auto", "cpu", "cuda")


@dataclass(frozen=True)
class FinetuneConfig:
    """Hyperparameters of one fine-tuning run (`--config` TOML and `--set key=value`; saved into metrics.json)."""

    epochs: int = 3
    batch_size: int = 32
    lr: float = 1e-4  # tiny and mini BERTs want more than the 2e-5..5e-5 of BERT-base
    warmup_ratio: float = 0.1
    weight_decay: float = 0.01
    max_grad_norm: float = 1.0
    max_seq_len: int | None = None  # None: the model's max_position_embeddings
    seed: int = 0
    device: str = "auto"
    cpu_threads: int = 0  # 0: torch's default

    def __post_init__(self):
        for name in ("epochs", "batch_size", "max_seq_len"):
            if getattr(self, name) is not None and getattr(self, name) < 1:
                raise ValueError(f"{name} must be >= 1, found {getattr(self, name)}")
        if not self.lr > 0:
            raise ValueError(f"lr must be > 0, found {self.lr}")
        if not 0.0 <= self.warmup_ratio < 1.0:
            raise ValueError(f"warmup_ratio must be in [0, 1), found {self.warmup_ratio}")
        if self.weight_decay < 0 or self.max_grad_norm <= 0:
            raise ValueError("weight_decay must be >= 0 and max_grad_norm > 0")
        if self.device not in DEVICES:
            raise ValueError(f"device must be one of {', '.join(DEVICES)}, found {self.device!r}")
        if self.cpu_threads < 0:
            raise ValueError(f"cpu_threads must be >= 0, found {self.cpu_threads}")


# ---------------------------------------------------------------------------------------------- data


def read_labeled(path: str | Path, text_field: str = "text", label_field: str = "label") -> list[tuple[str, str]]:
    """(text, label) pairs from `.jsonl` (one object a line) or `.csv` (a header naming both columns).

    Labels are kept as strings (an integer label in JSONL becomes its decimal string). Any bad row is
    refused with the file and line, so a mislabeled set never trains silently.
    """
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"{path} does not exist; pass a .jsonl or .csv file of labeled texts")
    try:
        content = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path} could not be read as UTF-8 text ({exc}); save it as UTF-8 .jsonl or .csv") from None
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        rows = list(read_jsonl_objects(path))
    elif suffix == ".csv":
        rows = _csv_rows(path, content, (text_field, label_field))
    else:
        raise ValueError(f"{path}: unknown format {suffix!r}; use .jsonl or .csv")
    examples = []
    for line, row in rows:
        where = f"{path}:{line}"
        for name in (text_field, label_field):
            if name not in row or row[name] is None:
                raise ValueError(f'{where}: no "{name}" field; every row needs "{text_field}" and "{label_field}"')
        text, label = row[text_field], row[label_field]
        if not isinstance(text, str):
            raise ValueError(f'{where}: "{text_field}" must be a string, found {type(text).__name__}')
        if not text.strip():
            raise ValueError(f'{where}: "{text_field}" is empty; remove the row or fill it in')
        if isinstance(label, bool) or not isinstance(label, str | int):
            raise ValueError(f'{where}: "{label_field}" must be a string, found {type(label).__name__}')
        label = str(label).strip()
        if not label:
            raise ValueError(f'{where}: "{label_field}" is empty; every row needs a label')
        examples.append((text, label))
    if not examples:
        raise ValueError(f"{path} holds no examples")
    return examples


def _csv_rows(path: Path, content: str, needed: tuple[str, str]) -> list[tuple[int, dict]]:
    reader = csv.DictReader(content.splitlines())
    header = reader.fieldnames or []
    missing = [name for name in needed if name not in header]
    if missing:
        raise ValueError(
            f"{path}:1: the CSV header {header} lacks {missing}; name the columns or pass --text-field/--label-field"
        )
    rows = []
    try:
        for row in reader:  # line_num: the line the row ends on (a quoted field may span lines)
            if any((v or "").strip() for v in row.values() if isinstance(v, str)):
                rows.append((reader.line_num, row))
    except csv.Error as exc:
        raise ValueError(f"{path}:{reader.line_num}: bad CSV ({exc})") from None
    return rows


def label_names(examples: list[tuple[str, str]], source: str | Path) -> list[str]:
    """The sorted label set: id i is the i-th name. A single class cannot be classified."""
    names = sorted({label for _, label in examples})
    if len(names) < 2:
        raise ValueError(f"{source}: every example has the label {names[0]!r}; a classifier needs at least 2 classes")
    return names


def split_examples(examples: list, labels: list[str], eval_fraction: float, seed: int) -> tuple[list, list]:
    """A deterministic stratified hold-out: `eval_fraction` of every class (rounded, at least one when a
    class has two or more examples); both sides keep the input order."""
    if not 0.0 < eval_fraction < 1.0:
        raise ValueError(f"eval fraction must be in (0, 1), found {eval_fraction}")
    rng = random.Random(seed)
    held: set[int] = set()
    for name in sorted(set(labels)):
        members = [i for i, label in enumerate(labels) if label == name]
        rng.shuffle(members)
        n = min(len(members) - 1, max(1, round(eval_fraction * len(members))))
        held.update(members[:n])
    train = [x for i, x in enumerate(examples) if i not in held]
    held_out = [x for i, x in enumerate(examples) if i in held]
    if not held_out:
        raise ValueError("the eval split is empty; add examples or raise --eval-fraction")
    return train, held_out


# ------------------------------------------------------------------------------------------- metrics


def classification_metrics(y_true: list[int], y_pred: list[int], names: list[str]) -> dict[str, Any]:
    """Accuracy, macro F1 over every class in `names`, and per-class precision / recall / F1 / support.

    A class never predicted has precision 0 (and never present, recall 0), as sklearn's zero_division=0.
    """
    if len(y_true) != len(y_pred) or not y_true:
        raise ValueError(f"need as many predictions as labels (and at least one): {len(y_true)} vs {len(y_pred)}")
    per_class = {}
    for k, name in enumerate(names):
        tp = sum(1 for t, p in zip(y_true, y_pred, strict=True) if t == k and p == k)
        predicted = sum(1 for p in y_pred if p == k)
        support = sum(1 for t in y_true if t == k)
        precision = tp / predicted if predicted else 0.0
        recall = tp / support if support else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[name] = {"precision": precision, "recall": recall, "f1": f1, "support": support}
    correct = sum(1 for t, p in zip(y_true, y_pred, strict=True) if t == p)
    return {
        "accuracy": correct / len(y_true),
        "macro_f1": sum(c["f1"] for c in per_class.values()) / len(names),
        "per_class": per_class,
    }


def majority_baseline(train_ids: list[int], eval_ids: list[int], names: list[str]) -> dict[str, Any]:
    """Always predict the training split's most frequent class (ties: the lowest id)."""
    counts = Counter(train_ids)
    majority = min(counts, key=lambda k: (-counts[k], k))
    scores = classification_metrics(eval_ids, [majority] * len(eval_ids), names)
    return {"label": names[majority], "accuracy": scores["accuracy"], "macro_f1": scores["macro_f1"]}


# ------------------------------------------------------------------------------------- model and loop


def load_tokenizer(model_dir: Path):
    from transformers import PreTrainedTokenizerFast

    if not (model_dir / "tokenizer.json").is_file():
        raise ValueError(f"{model_dir} has no tokenizer.json; pass an export folder (python -m train export)")
    return PreTrainedTokenizerFast.from_pretrained(str(model_dir), local_files_only=True)


def load_classifier(model_dir: Path, names: list[str], from_scratch: bool = False):
    """BertForSequenceClassification with the export's encoder and pooler, or random weights of its config."""
    from transformers import BertConfig, BertForSequenceClassification
    from transformers.utils import logging as hf_logging

    if not (model_dir / "config.json").is_file():
        raise ValueError(f"{model_dir} is not an exported model (no config.json); run `python -m train export`")
    labels = {
        "num_labels": len(names),
        "id2label": dict(enumerate(names)),
        "label2id": {name: i for i, name in enumerate(names)},
    }
    if from_scratch:
        config = BertConfig.from_pretrained(str(model_dir), local_files_only=True, **labels)
        config.architectures = ["BertForSequenceClassification"]
        return BertForSequenceClassification(config)
    verbosity = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()  # "classifier newly initialised, MLM/NSP heads unused" is the point here
    try:
        return BertForSequenceClassification.from_pretrained(
            str(model_dir), local_files_only=True, use_safetensors=True, trust_remote_code=False, **labels
        )
    finally:
        hf_logging.set_verbosity(verbosity)


def encode(tokenizer, texts: list[str], max_seq_len: int) -> list[list[int]]:
    return tokenizer(texts, truncation=True, max_length=max_seq_len)["input_ids"]


def collate(rows: list[list[int]], pad_id: int) -> dict[str, torch.Tensor]:
    """Dynamic padding: to the longest sequence of this batch only."""
    width = max(len(r) for r in rows)
    ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for i, r in enumerate(rows):
        ids[i, : len(r)] = torch.tensor(r, dtype=torch.long)
        mask[i, : len(r)] = 1
    return {"input_ids": ids, "attention_mask": mask, "token_type_ids": torch.zeros_like(ids)}


def optim_config(cfg: FinetuneConfig, total_steps: int) -> OptimConfig:
    """The pretraining optimizer and schedule, set for fine-tuning: AdamW (torch's eps), no decay on
    biases and LayerNorm weights, `warmup_ratio` of the steps warming up, then linear decay to 0."""
    return OptimConfig(
        lr=cfg.lr, weight_decay=cfg.weight_decay, warmup_steps=int(cfg.warmup_ratio * total_steps),
        max_steps=total_steps, eps=1e-8,
    )


def train_classifier(model, rows: list[list[int]], targets: list[int], pad_id: int, cfg: FinetuneConfig,
                     device: torch.device) -> list[float]:
    """The loop: shuffled batches (a generator seeded per run), AdamW, warmup + linear decay, clipping.
    Returns the mean training loss of each epoch."""
    model.to(device).train()
    optim = optim_config(cfg, math.ceil(len(rows) / cfg.batch_size) * cfg.epochs)
    optimizer = build_optimizer(model, optim, device)
    scheduler = build_scheduler(optimizer, optim)
    order_rng = torch.Generator().manual_seed(cfg.seed)
    epoch_losses = []
    for _ in progress_bar(range(cfg.epochs), desc="[finetune] epochs", unit="epoch"):
        order = torch.randperm(len(rows), generator=order_rng).tolist()
        total_loss = 0.0
        for start in range(0, len(order), cfg.batch_size):
            picked = order[start : start + cfg.batch_size]
            batch = {k: v.to(device, non_blocking=True) for k, v in collate([rows[i] for i in picked], pad_id).items()}
            labels = torch.tensor([targets[i] for i in picked], device=device)
            loss = model(**batch, labels=labels).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), cfg.max_grad_norm)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad(set_to_none=True)
            total_loss += loss.item() * len(picked)
        epoch_losses.append(total_loss / len(rows))
    return epoch_losses


@torch.no_grad()
def predict_ids(model, rows: list[list[int]], pad_id: int, batch_size: int, device: torch.device) -> list[int]:
    model.to(device).eval()
    preds: list[int] = []
    for start in range(0, len(rows), batch_size):
        batch = {k: v.to(device) for k, v in collate(rows[start : start + batch_size], pad_id).items()}
        preds.extend(model(**batch).logits.argmax(dim=-1).tolist())
    return preds


def _fit_and_score(model_dir: Path, names, tokenizer, train_rows, train_ids, eval_rows, eval_ids,
                   cfg: FinetuneConfig, device: torch.device, from_scratch: bool):
    torch.manual_seed(cfg.seed)  # the new classifier (or the whole random model) starts from the same draw
    model = load_classifier(model_dir, names, from_scratch)
    losses = train_classifier(model, train_rows, train_ids, tokenizer.pad_token_id, cfg, device)
    preds = predict_ids(model, eval_rows, tokenizer.pad_token_id, cfg.batch_size * 2, device)
    return model, {**classification_metrics(eval_ids, preds, names), "train_loss": losses}


# ------------------------------------------------------------------------------------------------ run


def finetune(
    model_dir: str | Path,
    train_path: str | Path,
    output_dir: str | Path,
    cfg: FinetuneConfig = FinetuneConfig(),
    eval_path: str | Path | None = None,
    eval_fraction: float = 0.2,
    text_field: str = "text",
    label_field: str = "label",
    from_scratch_baseline: bool = False,
    overwrite: bool = False,
) -> dict[str, Any]:
    """Read, split, fine-tune, score, save the model (safetensors) + tokenizer + metrics.json; return the metrics."""
    started = time.perf_counter()
    model_dir, output_dir = Path(model_dir), Path(output_dir)
    if model_dir.resolve().is_relative_to(output_dir.resolve()):  # --overwrite would delete the model read
        raise ValueError(f"--output {output_dir} holds the model folder {model_dir}; write elsewhere")
    if output_dir.exists() and any(output_dir.iterdir()) and not overwrite:
        raise ValueError(f"{output_dir} is not empty; pass --overwrite to replace it or choose another --output")
    if not (model_dir / "config.json").is_file():
        raise ValueError(f"{model_dir} is not an exported model (no config.json); run `python -m train export`")
    if cfg.cpu_threads:
        torch.set_num_threads(cfg.cpu_threads)
    device = resolve_device(cfg.device)

    examples = read_labeled(train_path, text_field, label_field)
    if eval_path is not None:
        train, held_out = examples, read_labeled(eval_path, text_field, label_field)
        names = label_names(train, train_path)
        unknown = sorted({label for _, label in held_out} - set(names))
        if unknown:
            raise ValueError(
                f"{eval_path}: labels {unknown} never occur in {train_path}; the model cannot predict them"
            )
    else:
        names = label_names(examples, train_path)
        train, held_out = split_examples(examples, [label for _, label in examples], eval_fraction, cfg.seed)
    label_id = {name: i for i, name in enumerate(names)}
    train_ids = [label_id[label] for _, label in train]
    eval_ids = [label_id[label] for _, label in held_out]

    tokenizer = load_tokenizer(model_dir)
    positions = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))["max_position_embeddings"]
    if cfg.max_seq_len is None:
        cfg = replace(cfg, max_seq_len=positions)
    elif cfg.max_seq_len > positions:
        raise ValueError(
            f"max_seq_len {cfg.max_seq_len} exceeds the model's {positions} positions; pass {positions} or less"
        )
    train_rows = encode(tokenizer, [t for t, _ in train], cfg.max_seq_len)
    eval_rows = encode(tokenizer, [t for t, _ in held_out], cfg.max_seq_len)
    data = (tokenizer, train_rows, train_ids, eval_rows, eval_ids, cfg, device)

    model, scores = _fit_and_score(model_dir, names, *data, from_scratch=False)
    metrics: dict[str, Any] = {
        "model": str(model_dir),
        "train_file": str(train_path),
        "eval_file": str(eval_path) if eval_path is not None else None,
        "eval_fraction": None if eval_path is not None else eval_fraction,
        "labels": names,
        "n_train": len(train),
        "n_eval": len(held_out),
        **scores,
        "majority_baseline": majority_baseline(train_ids, eval_ids, names),
        "config": asdict(cfg),
        "device": str(device),
    }
    if output_dir.exists():  # only now: a run refused above leaves the old output alone
        shutil.rmtree(output_dir)
    output_dir.mkdir(parents=True)
    model.save_pretrained(output_dir)  # safetensors (transformers 5 writes nothing else)
    for name in TOKENIZER_FILES:
        if (model_dir / name).is_file():
            shutil.copy2(model_dir / name, output_dir / name)
    if from_scratch_baseline:
        _, scratch = _fit_and_score(model_dir, names, *data, from_scratch=True)
        metrics["from_scratch_baseline"] = {k: scratch[k] for k in ("accuracy", "macro_f1", "train_loss")}
    metrics["seconds"] = round(time.perf_counter() - started, 2)
    write_json_atomic(output_dir / METRICS_NAME, metrics)
    return metrics


def format_metrics(metrics: dict[str, Any], timing: bool = True) -> str:
    """The table `main` prints: per-class scores, then the model against its baselines (`timing=False`: without
    the seconds, the one figure that differs between two identical runs)."""
    majority = metrics["majority_baseline"]
    rows = [("fine-tuned", metrics), (f"majority ({majority['label']})", majority)]
    if "from_scratch_baseline" in metrics:
        rows.append(("from scratch", metrics["from_scratch_baseline"]))
    width = max(12, *(len(n) for n in metrics["labels"]), *(len(n) for n, _ in rows))
    lines = [
        f"fine-tuned {metrics['model']} on {metrics['n_train']} examples, evaluated on {metrics['n_eval']} "
        f"({len(metrics['labels'])} classes, {metrics['device']}"
        + (f", {metrics['seconds']:.1f} s)" if timing else ")"),
        f"{'class':<{width}}  precision  recall      f1  support",
    ]
    for name in metrics["labels"]:
        c = metrics["per_class"][name]
        lines.append(f"{name:<{width}}  {c['precision']:9.3f}  {c['recall']:6.3f}  {c['f1']:6.3f}  {c['support']:7d}")
    lines.append("")
    lines.append(f"{'':<{width}}   accuracy  macro_f1")
    for name, m in rows:
        lines.append(f"{name:<{width}}  {m['accuracy']:9.4f}  {m['macro_f1']:8.4f}")
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------------ CLI


# Flags that set one FinetuneConfig field (the same as `--set FIELD=VALUE`; a flag wins over --set).
SHORTCUTS = {
    "epochs": (int, ""), "batch_size": (int, ""), "lr": (float, ""), "warmup_ratio": (float, ""),
    "weight_decay": (float, ""), "max_seq_len": (int, "default: the model's positions"), "seed": (int, ""),
    "device": (str, ""), "cpu_threads": (int, "torch threads on the CPU (default 0: torch's own)"),
}


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The arguments of `python -m train finetune` (its table is train/cli.py's)."""
    p.add_argument("--model", required=True, help="an exported model folder (RUN/export)")
    p.add_argument("--train", required=True, help='labeled .jsonl ({"text": ..., "label": ...}) or .csv (header)')
    where = p.add_mutually_exclusive_group()
    where.add_argument("--eval", help="held-out file, same format (default: carve --eval-fraction out of --train)")
    where.add_argument("--eval-fraction", type=float, default=0.2, help="stratified, seeded hold-out (default 0.2)")
    p.add_argument("--output", required=True, help="folder for the fine-tuned model and metrics.json")
    p.add_argument("--overwrite", action="store_true", help="replace a non-empty --output")
    p.add_argument("--text-field", default="text")
    p.add_argument("--label-field", default="label")
    add_config_arguments(p, "TOML of FinetuneConfig keys (epochs, lr, ...); defaults apply without one", "lr=5e-4")
    d = FinetuneConfig()
    for name, (kind, note) in SHORTCUTS.items():
        p.add_argument(
            f"--{name.replace('_', '-')}", type=kind, help=note or f"default {getattr(d, name)}",
            **({"choices": DEVICES} if name == "device" else {}),
        )
    p.add_argument(
        "--from-scratch-baseline",
        action="store_true",
        help="also fine-tune a randomly initialised model of the same config, to show what pretraining adds",
    )


def main(args: argparse.Namespace) -> int:
    metrics = finetune(
        args.model,
        args.train,
        args.output,
        load_with_shortcuts(FinetuneConfig, args, SHORTCUTS),
        eval_path=args.eval,
        eval_fraction=args.eval_fraction,
        text_field=args.text_field,
        label_field=args.label_field,
        from_scratch_baseline=args.from_scratch_baseline,
        overwrite=args.overwrite,
    )
    print(format_metrics(metrics))
    print(f"model and {METRICS_NAME} written to {args.output}")
    return 0

