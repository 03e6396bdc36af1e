"""Checkpoints and export: what goes on disk, written so a crash never leaves half a checkpoint.

A checkpoint folder `RUN/checkpoints/step-000100/` holds

    config.json          the resolved training config (same as RUN/config.json)
    model_config.json    the BertConfig, so export needs neither the build nor the TOML
    model.safetensors    the weights (tied weights stored once, their aliases in the metadata)
    trainer_state.pt     step, optimizer, scheduler, RNG and data position (tensors and plain data
                         only: loaded with `torch.load(weights_only=True)`, no pickle of code)
    tokenizer/           a copy of the build's tokenizer

It is written into `.step-000100.tmp-PID` and renamed when complete; older ones beyond `keep` are pruned
(renamed out of sight first, so a crash never leaves a half-deleted checkpoint under a step name).
An export is `save_pretrained` of `BertForPreTraining` plus the tokenizer: `AutoModelForMaskedLM`
and `pipeline("fill-mask")` load it (the NSP head is simply unused there).
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import torch
from safetensors import safe_open
from safetensors.torch import save_file
from transformers import BertConfig, BertForPreTraining

from privbert.io import TEMPORARY_MARK, publish, temporary_name, write_json_atomic
from privbert.run_format import (
    CHECKPOINT_DIR,
    MODEL_CONFIG_NAME,
    STATE_NAME,
    TOKENIZER_SUBDIR,
    TRAIN_CONFIG_NAME,
    WEIGHTS_NAME,
)

CHECKPOINT_PATTERN = re.compile(r"^step-(\d{6,})$")


def checkpoint_name(step: int) -> str:
    return f"step-{step:06d}"


def list_checkpoints(run_dir: str | Path) -> list[Path]:
    """Complete checkpoints of a run, oldest first (temporary folders are ignored)."""
    root = Path(run_dir) / CHECKPOINT_DIR
    if not root.is_dir():
        return []
    found = [
        (int(m.group(1)), p) for p in root.iterdir() if (m := CHECKPOINT_PATTERN.match(p.name)) and p.is_dir()
    ]
    return [p for _, p in sorted(found)]


def save_weights(state: dict[str, torch.Tensor], path: Path) -> None:
    """safetensors refuses shared tensors, so each storage is written once and its other names recorded."""
    unique: dict[str, torch.Tensor] = {}
    aliases: dict[str, str] = {}
    seen: dict[tuple, str] = {}
    for name, tensor in state.items():
        key = (
            tensor.device,
            tensor.untyped_storage().data_ptr(),
            tensor.storage_offset(),
            tuple(tensor.shape),
            tuple(tensor.stride()),
        )
        if key in seen:
            aliases[name] = seen[key]
        else:
            seen[key] = name
            unique[name] = tensor.detach().to("cpu").contiguous()
    save_file(unique, str(path), metadata={"aliases": json.dumps(aliases)})


def load_weights(path: Path) -> dict[str, torch.Tensor]:
    with safe_open(str(path), framework="pt") as f:
        state = {name: f.get_tensor(name) for name in f.keys()}
        aliases = json.loads((f.metadata() or {}).get("aliases", "{}"))
    for name, target in aliases.items():
        state[name] = state[target]
    return state


def save_checkpoint(
    run_dir: str | Path,
    state: dict[str, Any],
    train_config: dict[str, Any],
    model_config: BertConfig,
    tokenizer_dir: str | Path,
    keep: int,
) -> Path:
    """Write `state` (a `Trainer.state_dict()`) as `RUN/checkpoints/step-XXXXXX`, then prune to `keep`."""
    root = Path(run_dir) / CHECKPOINT_DIR
    root.mkdir(parents=True, exist_ok=True)
    final = root / checkpoint_name(state["step"])
    for stale in root.glob(f".step-*{TEMPORARY_MARK}*"):  # left by a run killed while saving
        shutil.rmtree(stale)
    tmp = temporary_name(final)
    tmp.mkdir()
    rest = {k: v for k, v in state.items() if k != "model"}
    save_weights(state["model"], tmp / WEIGHTS_NAME)
    torch.save(rest, tmp / STATE_NAME)
    write_json_atomic(tmp / TRAIN_CONFIG_NAME, train_config)
    write_json_atomic(tmp / MODEL_CONFIG_NAME, model_config.to_dict())
    shutil.copytree(tokenizer_dir, tmp / TOKENIZER_SUBDIR)
    replace_folder(tmp, final)  # the same step may be saved again (e.g. after a resume): replaced whole
    for old in list_checkpoints(run_dir)[:-keep]:
        remove_folder(old)
    return final


def _move_aside(path: Path) -> Path:
    trash = temporary_name(path, "-deleted")
    publish(path, trash)
    return trash


def remove_folder(path: Path) -> None:
    """Rename a folder out of sight, then delete it.

    `shutil.rmtree` removes one file at a time: a process killed halfway would leave a checkpoint
    with files missing under its final name, which a resume would then load as the last good one.
    The hidden `.NAME.tmp-*` folder left by an interrupted delete is swept up by the next save.
    """
    shutil.rmtree(_move_aside(path))


def replace_folder(tmp: Path, final: Path) -> None:
    """Put a complete folder in place of `final`, which is never seen half-deleted or half-written."""
    trash = _move_aside(final) if final.exists() else None
    publish(tmp, final)
    if trash is not None:
        shutil.rmtree(trash)


def load_checkpoint(path: str | Path) -> dict[str, Any]:
    """The trainer state saved by `save_checkpoint`, weights included, on the CPU."""
    path = Path(path)
    for name in (WEIGHTS_NAME, STATE_NAME):
        if not (path / name).is_file():
            raise ValueError(f"checkpoint {path} has no {name}; pass a folder under RUN/{CHECKPOINT_DIR}/")
    state = torch.load(path / STATE_NAME, map_location="cpu", weights_only=True)
    state["model"] = load_weights(path / WEIGHTS_NAME)
    return state


def export_model(model: BertForPreTraining, tokenizer_dir: str | Path, output_dir: str | Path) -> Path:
    """HF format (safetensors; transformers 5 always writes them) plus the tokenizer, in one folder.

    Written into a temporary folder and renamed into place, like a checkpoint: a process killed
    while exporting leaves the previous export (or none), never a folder missing its weights.
    """
    final = Path(output_dir).resolve()  # resolved: "." or ".." have no name to derive a temporary one from
    if final.exists() and any(final.iterdir()) and not (final / WEIGHTS_NAME).is_file():
        raise ValueError(f"{output_dir} is not empty and holds no exported model; export into a new or empty folder")
    final.parent.mkdir(parents=True, exist_ok=True)
    for stale in final.parent.glob(f".{final.name}{TEMPORARY_MARK}*"):  # left by a run killed while exporting
        shutil.rmtree(stale)
    tmp = temporary_name(final)
    tmp.mkdir()
    model.save_pretrained(tmp)
    for item in Path(tokenizer_dir).iterdir():
        if item.is_file():
            shutil.copy2(item, tmp / item.name)
    replace_folder(tmp, final)
    return Path(output_dir)


def export_checkpoint(checkpoint: str | Path, output_dir: str | Path) -> Path:
    """Export a checkpoint folder without the build or the run config it came from."""
    checkpoint = Path(checkpoint)
    if not (checkpoint / MODEL_CONFIG_NAME).is_file():
        raise ValueError(
            f"{checkpoint} has no {MODEL_CONFIG_NAME}; pass a folder under RUN/{CHECKPOINT_DIR}/"
        )
    config = BertConfig.from_dict(json.loads((checkpoint / MODEL_CONFIG_NAME).read_text(encoding="utf-8")))
    model = BertForPreTraining(config)
    model.load_state_dict(load_weights(checkpoint / WEIGHTS_NAME))
    return export_model(model, checkpoint / TOKENIZER_SUBDIR, output_dir)
