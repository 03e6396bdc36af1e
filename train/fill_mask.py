"""Fill-mask predictions from an exported model, for a quick look at what it learned.

Loads through `transformers.pipeline("fill-mask")` exactly as a user of the export would, so this
also checks that the export is a working HF model folder.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import torch

from privbert.io import read_jsonl_objects
from privbert.run_format import HF_CONFIG_NAME, resolve_model


def load_fill_mask(model_dir: str | Path, device: str = "auto"):
    from transformers import pipeline
    from transformers.utils import logging as hf_logging

    model_dir, _ = resolve_model(model_dir)  # a run folder means its export
    if not (model_dir / HF_CONFIG_NAME).is_file():
        raise ValueError(
            f"{model_dir} is not an exported model or a run folder with one (no {HF_CONFIG_NAME}); "
            "pass RUN or RUN/export, or run `python -m train export`"
        )
    if device == "auto":
        device = "cuda" if torch.cuda.is_available() else "cpu"
    verbosity = hf_logging.get_verbosity()
    hf_logging.set_verbosity_error()  # the unused NSP head is expected, not worth a warning
    try:
        return pipeline("fill-mask", model=str(model_dir), tokenizer=str(model_dir), device=device)
    finally:
        hf_logging.set_verbosity(verbosity)


def read_texts(path: str | Path) -> list[dict[str, Any]]:
    """Probe lines from `.jsonl` (`{"text": ..., "expected": [...]}`) or `.txt` (one text a line)."""
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"{path} does not exist; pass a .jsonl or .txt file of texts with [MASK]")
    if path.suffix != ".jsonl":
        return [{"text": line.strip(), "expected": []}
                for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = []
    for number, item in read_jsonl_objects(path, 'write one {"text": ..., "expected": [...]} object per line'):
        if not isinstance(item.get("text"), str):
            raise ValueError(f'{path}:{number}: expected an object with a "text" string')
        items.append({"text": item["text"], "expected": list(item.get("expected", []))})
    return items


def predict(pipe, texts: list[str], top_k: int = 5) -> list[list[dict[str, Any]]]:
    """Top-k `{token, score}` for the first [MASK] of each text; texts without a [MASK] are refused."""
    mask = pipe.tokenizer.mask_token
    results = []
    for text in texts:
        count = text.count(mask)
        if count == 0:
            raise ValueError(f"text {text!r} has no {mask}; put {mask} where the model should fill in a word")
        out = pipe(text, top_k=top_k)
        if count > 1:  # the pipeline answers one list per mask; show the first
            out = out[0]
        results.append([{"token": o["token_str"].strip(), "score": float(o["score"])} for o in out])
    return results


def format_predictions(text: str, predictions: list[dict[str, Any]], expected: list[str] = ()) -> str:
    lines = [text]
    for rank, p in enumerate(predictions, start=1):
        mark = "  <- expected" if p["token"] in expected else ""
        lines.append(f"  {rank}. {p['token']:<20} {p['score']:.4f}{mark}")
    return "\n".join(lines)


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The arguments of `python -m train fill-mask` (its table is train/cli.py's)."""
    p.add_argument("--model", required=True, help="a run folder (RUN/export is used) or an export folder")
    p.add_argument("--top-k", type=int, default=5)
    p.add_argument("--file", help='.jsonl ({"text": ...} per line) or .txt (one text a line)')
    p.add_argument("--device", default="auto", help="auto | cpu | cuda")
    p.add_argument("texts", nargs="*", help="texts containing [MASK]")


def main(args: argparse.Namespace) -> int:
    """Print the top-k predictions of each text given as an argument, then of each text in `--file`."""
    items = [{"text": t, "expected": []} for t in args.texts]
    if args.file:
        items += read_texts(args.file)
    if not items:
        raise ValueError("give texts with [MASK] as arguments or --file FILE")
    pipe = load_fill_mask(args.model, args.device)
    for item, preds in zip(items, predict(pipe, [i["text"] for i in items], args.top_k), strict=True):
        print(format_predictions(item["text"], preds, item["expected"]))
    return 0
