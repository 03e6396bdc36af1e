"""`python -m train run|export|fill-mask|summary|report|audit|finetune`: parse, build, run, close.

The work lives elsewhere; commands of their own module register their arguments there
(`add_parser(subparsers)`) and run through its `main(args) -> int`.
"""

from __future__ import annotations

import argparse
import sys
from importlib import import_module
from pathlib import Path

from privbert.config import load_config
from privbert.errors import describe_os_error
from train.config import TrainConfig

# command -> the module that defines it with `add_parser(subparsers)` and `main(args) -> int`
MODULE_COMMANDS = {"report": "train.report", "audit": "train.audit", "finetune": "train.finetune"}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m train", description="BERT pretraining on a prep build")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="verify the build, train, checkpoint and export")
    run.add_argument("--config", required=True, help="training TOML, e.g. configs/demo_train.toml")
    run.add_argument(
        "--set",
        dest="overrides",
        action="append",
        default=[],
        metavar="SECTION.KEY=VALUE",
        help="override one config value (repeatable), e.g. --set optim.max_steps=50",
    )
    run.add_argument("--overwrite", action="store_true", help="delete an existing run folder and start again")
    run.add_argument("--resume", action="store_true", help="continue from the run folder's last checkpoint")

    export = sub.add_parser("export", help="write a checkpoint as an HF model folder (+ tokenizer)")
    export.add_argument("--checkpoint", required=True, help="RUN/checkpoints/step-XXXXXX")
    export.add_argument("--output", required=True, help="folder to write the model to")

    fill = sub.add_parser("fill-mask", help="print the top-k predictions for texts with [MASK]")
    fill.add_argument("--model", required=True, help="an exported model folder (RUN/export)")
    fill.add_argument("--top-k", type=int, default=5)
    fill.add_argument("--file", help='.jsonl ({"text": ...} per line) or .txt (one text a line)')
    fill.add_argument("--device", default="auto", help="auto | cpu | cuda")
    fill.add_argument("texts", nargs="*", help="texts containing [MASK]")

    summary = sub.add_parser("summary", help="the demo's closing tables: PII counts, corpus, loss, probes")
    where = summary.add_mutually_exclusive_group(required=True)
    where.add_argument("--run", help="the run folder (run.output_dir)")
    where.add_argument("--config", help="the training TOML; its run.output_dir is the run folder")
    summary.add_argument("--set", dest="overrides", action="append", default=[], metavar="SECTION.KEY=VALUE")
    summary.add_argument("--probes", help='JSONL of {"text": ..., "expected": [...]} fill-mask probes')
    for module in MODULE_COMMANDS.values():
        import_module(module).add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # one line per log step is the progress; no weight-loading bars
    try:
        if args.command == "run":
            from train.trainer import run_training

            cfg = load_config(TrainConfig, args.config, args.overrides)
            run_training(cfg, overwrite=args.overwrite, resume=args.resume)
        elif args.command == "export":
            from train.checkpoint import export_checkpoint

            print(f"exported to {export_checkpoint(args.checkpoint, args.output)}")
        elif args.command == "fill-mask":
            from train.fill_mask import format_predictions, load_fill_mask, predict, read_texts

            items = [{"text": t, "expected": []} for t in args.texts]
            if args.file:
                items += read_texts(args.file)
            if not items:
                raise ValueError("give texts with [MASK] as arguments or --file FILE")
            pipe = load_fill_mask(args.model, args.device)
            for item, preds in zip(items, predict(pipe, [i["text"] for i in items], args.top_k), strict=True):
                print(format_predictions(item["text"], preds, item["expected"]))
        elif args.command == "summary":
            from train.summary import summarize

            run_dir = args.run or load_config(TrainConfig, args.config, args.overrides).run.output_dir
            print(summarize(Path(run_dir), args.probes))
        else:
            return import_module(MODULE_COMMANDS[args.command]).main(args)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a full disk, an output path that is a file, ...: a message, not a traceback
        print(f"error: {describe_os_error(exc, '`train run --resume` continues from the last checkpoint')}",
              file=sys.stderr)
        return 2
    return 0
