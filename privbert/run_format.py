"""The run folder's layout: what `python -m train run` writes and `report`, `summary`, `audit` read.

    config.json            the resolved training config (its data.build_dir names the build)
    log.jsonl              one line per log interval (rank 0 only)
    checkpoints/step-000100/  config.json, model_config.json, model.safetensors, trainer_state.pt,
                           tokenizer/ (see `train.checkpoint`)
    export/                the final model in HF format (config.json, weights, tokenizer files)
    tensorboard/  samples/rank-00000.jsonl  audit.json  report/report.html

One home for these names, free of torch, so the readers of a run (report, summary, audit) need
neither the trainer nor torch to find its files.
"""

from __future__ import annotations

import json
from pathlib import Path

RUN_CONFIG_NAME = "config.json"
LOG_NAME = "log.jsonl"
CHECKPOINT_DIR = "checkpoints"
EXPORT_DIR = "export"
TENSORBOARD_DIR = "tensorboard"
SAMPLES_DIR = "samples"
AUDIT_NAME = "audit.json"
REPORT_DIR = "report"
REPORT_NAME = "report.html"

# inside a checkpoint folder
WEIGHTS_NAME = "model.safetensors"
STATE_NAME = "trainer_state.pt"
TRAIN_CONFIG_NAME = RUN_CONFIG_NAME  # the same resolved config as RUN/config.json
MODEL_CONFIG_NAME = "model_config.json"
TOKENIZER_SUBDIR = "tokenizer"

# inside an export folder: the file `save_pretrained` writes and every HF model folder has
HF_CONFIG_NAME = "config.json"

# any of these in a folder means a run wrote there
RUN_MARKERS = (RUN_CONFIG_NAME, LOG_NAME, CHECKPOINT_DIR, EXPORT_DIR)


def run_build_dir(run_dir: str | Path) -> Path | None:
    """The build a run trained on (RUN/config.json's data.build_dir); None when the run does not say."""
    try:
        config = json.loads((Path(run_dir) / RUN_CONFIG_NAME).read_text(encoding="utf-8"))
        build_dir = config["data"]["build_dir"]
    except (OSError, KeyError, TypeError, json.JSONDecodeError):
        return None
    return Path(build_dir) if isinstance(build_dir, str) and build_dir else None


def resolve_model(path: str | Path) -> tuple[Path, Path | None]:
    """(export folder, run folder or None): a command's `--model` may name a run folder (RUN/export is
    used) or an export folder (its run is the folder above when that holds a training log)."""
    path = Path(path)
    if (path / EXPORT_DIR / HF_CONFIG_NAME).is_file():
        return path / EXPORT_DIR, path
    if (path / HF_CONFIG_NAME).is_file() and (path.parent / LOG_NAME).is_file():
        return path, path.parent
    if (path / LOG_NAME).is_file() or (path / CHECKPOINT_DIR).is_dir():
        raise ValueError(
            f"{path} is a run folder without {EXPORT_DIR}/ (the run has not finished); export a checkpoint with "
            f"python -m train export --checkpoint {path / CHECKPOINT_DIR}/step-... --output {path / EXPORT_DIR}"
        )
    return path, None
