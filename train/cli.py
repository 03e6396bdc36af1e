"""`python -m train run|export|fill-mask|summary|report|audit|finetune|demo-excerpt`: parse and call.

`COMMANDS` is the table: each command's help line, its arguments and the function it calls. The
work lives elsewhere; a command with a module of its own declares its arguments there
(`add_arguments(parser)`) and runs through that module's `main(args) -> int`.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from privbert.cli import Command, add_config_arguments, make_parser, run_parsed
from privbert.config import load_config
from train import audit, demo_excerpt, fill_mask, finetune, report
from train.config import TrainConfig

RESUME_HINT = "`train run --resume` continues from the last checkpoint"  # after a full disk
SET_EXAMPLE = "optim.max_steps=50"


def _run_args(p: argparse.ArgumentParser) -> None:
    add_config_arguments(p, "training TOML, e.g. configs/demo_train.toml", SET_EXAMPLE, required=True)
    p.add_argument("--overwrite", action="store_true", help="delete an existing run folder and start again")
    p.add_argument("--resume", action="store_true", help="continue from the run folder's last checkpoint")


def cmd_run(args: argparse.Namespace) -> None:
    from train.trainer import run_training

    run_training(load_config(TrainConfig, args.config, args.overrides), overwrite=args.overwrite, resume=args.resume)


def _export_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--checkpoint", required=True, help="RUN/checkpoints/step-XXXXXX")
    p.add_argument("--output", required=True, help="folder to write the model to")


def cmd_export(args: argparse.Namespace) -> None:
    from train.checkpoint import export_checkpoint

    print(f"exported to {export_checkpoint(args.checkpoint, args.output)}")


def _summary_args(p: argparse.ArgumentParser) -> None:
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--run", help="the run folder (run.output_dir)")
    add_config_arguments(
        p, "the training TOML; its run.output_dir is the run folder", SET_EXAMPLE, config_group=where
    )
    p.add_argument("--probes", help='JSONL of {"text": ..., "expected": [...]} fill-mask probes')


def cmd_summary(args: argparse.Namespace) -> None:
    from train.summary import summarize

    run_dir = args.run or load_config(TrainConfig, args.config, args.overrides).run.output_dir
    print(summarize(Path(run_dir), args.probes))


COMMANDS = {
    "run": Command("verify the build, train, checkpoint and export", _run_args, cmd_run),
    "export": Command("write a checkpoint as an HF model folder (+ tokenizer)", _export_args, cmd_export),
    "fill-mask": Command(
        "print the top-k predictions for texts with [MASK]", fill_mask.add_arguments, fill_mask.main
    ),
    "summary": Command(
        "the demo's closing tables: PII counts, corpus, loss, probes", _summary_args, cmd_summary
    ),
    "report": Command(
        "one self-contained HTML page: corpus, PII counts, lengths, curves, throughput, audit",
        report.add_arguments, report.main,
    ),
    "audit": Command(
        "memorization audit: exposure of the build's canaries in a trained model (docs/audit.md)",
        audit.add_arguments, audit.main,
    ),
    "finetune": Command(
        "fine-tune a sequence classifier on labeled text and report accuracy / macro F1",
        finetune.add_arguments, finetune.main,
    ),
    "demo-excerpt": Command(
        "the README's demo figures from the demo's outputs (docs/demo_excerpt.md + the README's marked block)",
        demo_excerpt.add_arguments, demo_excerpt.main,
    ),
}


def build_parser() -> argparse.ArgumentParser:
    return make_parser("python -m train", "BERT pretraining on a prep build", COMMANDS)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # one line per log step is the progress; no weight-loading bars
    return run_parsed(args, RESUME_HINT)
