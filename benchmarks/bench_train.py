"""This trainer vs plain HF `Trainer` + `DataCollatorForLanguageModeling`, same shards, same device, one run.

    python -m benchmarks.bench_train                      # GPU: BERT-base at 128 and 512; CPU: tiny at 128
    python -m benchmarks.bench_train --build build/demo --seq-len 128 --steps 30
    python -m benchmarks.bench_train --compile            # also torch.compile this trainer's encoder

Shards come from `prep`: without `--build`, `python -m prep build --config configs/demo.toml` is run
once per sequence length into `--workdir` (reused when present). Both sides train the same
`BertForPreTraining` (same config, same initial weights, bf16 autocast on CUDA, fp32 on CPU, SDPA
attention, fused AdamW on CUDA) on the same examples, `--warmup` steps untimed, then `--steps` timed:

    this trainer   train.Trainer: collation on DataLoader workers from the memory-mapped shards,
                   stored special-tokens mask, pinned memory + non_blocking copies, sparse MLM head
    HF Trainer     transformers.Trainer on `datasets.Dataset.from_file` of the same shards, with
                   `DataCollatorForLanguageModeling` (15%, 80/10/10, pad to a multiple of 8),
                   `dataloader_num_workers` = the same worker count, the defaults otherwise

Reported per side: non-pad tokens/s, sequences/s, MFU (train/metrics.py: model FLOPs of the head each
side runs, over the bf16 dense peak of the GPU; n/a on a CPU unless --peak-tflops is given) and the
share of step time spent waiting for the next batch (measured inside this trainer; HF Trainer does
not expose it: n/a). The last column is this trainer's tokens/s over HF Trainer's.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from privbert.build_format import MANIFEST_NAME, TOKENIZER_DIR  # noqa: E402
from privbert.config import from_dict  # noqa: E402
from train.config import TrainConfig  # noqa: E402
from train.metrics import batch_counts, peak_flops_per_device, training_flops  # noqa: E402


def ensure_build(workdir: Path, seq_len: int, prep_config: str) -> Path:
    """A prep build of the demo corpus at `seq_len`, built once and reused."""
    out = workdir / f"shards-{seq_len}"
    manifest = out / MANIFEST_NAME
    if manifest.is_file() and json.loads(manifest.read_text())["stages"]["shards"]["max_seq_len"] == seq_len:
        return out
    print(f"building shards at max_seq_len={seq_len} into {out} (once) ...", flush=True)
    subprocess.run(
        [sys.executable, "-m", "prep", "build", "--config", prep_config, "--overwrite",
         "--set", f"output_dir={out}", "--set", f"shards.max_seq_len={seq_len}"],
        cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
    )
    return out


def sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def config_for(args, build: Path, run_dir: Path, batch_size: int) -> TrainConfig:
    return from_dict(TrainConfig, {
        "data": {"build_dir": str(build), "batch_size": batch_size, "num_workers": args.workers,
                 "check_hashes": False},
        "model": {"preset": args.preset, "dropout": 0.1},
        "optim": {"lr": 1e-4, "warmup_steps": 10, "max_steps": args.warmup + args.steps + 1},
        "run": {"output_dir": str(run_dir), "device": args.device, "compile": args.compile,
                "peak_tflops": args.peak_tflops, "tensorboard": False, "export": False},
    })


def bench_ours(cfg: TrainConfig, args) -> dict:
    from train.trainer import Trainer

    trainer = Trainer(cfg)
    try:
        for _ in range(args.warmup):
            trainer.train_step()
        sync(trainer.device)
        totals = {"tokens": 0, "seqs": 0, "flops": 0.0, "data_wait_s": 0.0}
        t0 = time.perf_counter()
        for _ in range(args.steps):
            metrics = trainer.train_step()
            for key in totals:
                totals[key] += metrics[key]
        float(metrics["loss"])  # one host sync at the end
        sync(trainer.device)
        elapsed = time.perf_counter() - t0
        peak = trainer.peak_flops
    finally:
        trainer.close()
        del trainer
    return summarize(totals, elapsed, peak)


def summarize(totals: dict, elapsed: float, peak: float | None) -> dict:
    return {
        "tokens_per_s": totals["tokens"] / elapsed,
        "seqs_per_s": totals["seqs"] / elapsed,
        "mean_len": totals["tokens"] / max(totals["seqs"], 1),
        "mfu": totals["flops"] / elapsed / peak if peak else None,
        "data_wait": totals["data_wait_s"] / elapsed if totals.get("data_wait_s") is not None else None,
    }


def bench_hf(cfg: TrainConfig, args) -> dict:
    """Plain `transformers.Trainer`: what a user writes after reading the HF docs."""
    import datasets
    from transformers import (
        AutoTokenizer,
        BertForPreTraining,
        DataCollatorForLanguageModeling,
        Trainer,
        TrainerCallback,
        TrainingArguments,
    )

    from train.model import build_bert_config
    from train.trainer import resolve_device

    build = Path(cfg.data.build_dir)
    manifest = json.loads((build / MANIFEST_NAME).read_text())
    tokenizer = AutoTokenizer.from_pretrained(build / TOKENIZER_DIR)
    shards = [datasets.Dataset.from_file(str(build / s["file"])) for s in manifest["shards"]]
    dataset = datasets.concatenate_datasets(shards)

    def to_features(batch):  # the stored pair -> BERT inputs, per example, as a with_transform
        out = {"input_ids": [], "token_type_ids": [], "next_sentence_label": []}
        for ids, num_a, label in zip(batch["input_ids"], batch["num_a_tokens"], batch["next_sentence_label"],
                                     strict=True):
            out["input_ids"].append(list(ids))
            out["token_type_ids"].append([0] * num_a + [1] * (len(ids) - num_a))
            out["next_sentence_label"].append(int(label))
        return out

    dataset = dataset.with_transform(to_features)
    device = resolve_device(cfg.run.device)
    torch.manual_seed(cfg.run.seed)
    model = BertForPreTraining(
        build_bert_config(cfg.model, len(tokenizer), int(manifest["stages"]["shards"]["max_seq_len"]),
                          tokenizer.pad_token_id)
    )
    model_config = model.config
    counts = {"tokens": 0, "seqs": 0, "flops": 0.0}
    timing: dict[str, float] = {}

    def count(module, _args, kwargs):  # tokens of the timed steps, read on the host from the batch
        if "t0" in timing and "t1" not in timing and module.training:
            c = batch_counts({"attention_mask": kwargs["attention_mask"], "labels": kwargs["labels"]})
            counts["tokens"] += c["tokens"]
            counts["seqs"] += c["seqs"]
            counts["flops"] += training_flops(model_config, c["tokens"], c["sum_sq_lengths"], c["masked"],
                                              c["seqs"], sparse_head=False)

    class Clock(TrainerCallback):
        def on_step_end(self, _args, state, _control, **_kw):
            if state.global_step == args.warmup:
                sync(device)
                timing["t0"] = time.perf_counter()
            elif state.global_step == args.warmup + args.steps:
                sync(device)
                timing["t1"] = time.perf_counter()

    model.register_forward_pre_hook(count, with_kwargs=True)
    with tempfile.TemporaryDirectory() as out:
        training_args = TrainingArguments(
            output_dir=out,
            per_device_train_batch_size=cfg.data.batch_size,
            max_steps=args.warmup + args.steps,
            learning_rate=cfg.optim.lr,
            warmup_steps=cfg.optim.warmup_steps,
            weight_decay=cfg.optim.weight_decay,
            bf16=device.type == "cuda",
            use_cpu=device.type == "cpu",
            dataloader_num_workers=cfg.data.num_workers,
            remove_unused_columns=False,  # with_transform: the columns only exist after the transform
            save_strategy="no",
            logging_strategy="no",
            report_to="none",
            disable_tqdm=True,
            seed=cfg.run.seed,
        )
        collator = DataCollatorForLanguageModeling(tokenizer, mlm_probability=0.15, pad_to_multiple_of=8)
        hf = Trainer(model=model, args=training_args, train_dataset=dataset, data_collator=collator,
                     callbacks=[Clock()])
        hf.train()
    elapsed = timing["t1"] - timing["t0"]
    # the hook counts forward calls between the two clock readings: exactly `steps` batches
    result = summarize({**counts, "data_wait_s": None}, elapsed, peak_flops_per_device(device, args.peak_tflops))
    del hf, model
    return result


def percent(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def main(argv: list[str] | None = None) -> int:
    cuda = torch.cuda.is_available()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", help="an existing prep build (its max_seq_len is used); default: build with prep")
    parser.add_argument("--seq-len", type=int, nargs="+", default=[128, 512] if cuda else [128])
    parser.add_argument("--preset", default="base" if cuda else "tiny")
    parser.add_argument("--batch-size", type=int, nargs="+",
                        help="per sequence length (default: 256 / 64 on GPU, 32 on CPU)")
    parser.add_argument("--steps", type=int, default=100 if cuda else 30, help="timed steps per side")
    parser.add_argument("--warmup", type=int, default=20 if cuda else 5, help="untimed steps first")
    parser.add_argument("--workers", type=int, default=min(8, max(1, (os.cpu_count() or 2) - 2)) if cuda else 1)
    parser.add_argument("--device", default="auto")
    parser.add_argument("--compile", action="store_true", help="torch.compile this trainer's encoder")
    parser.add_argument("--peak-tflops", type=float, default=0.0, help="dense peak of the device (0: look it up)")
    parser.add_argument("--prep-config", default="configs/demo.toml")
    parser.add_argument("--workdir", default="build/bench-train")
    parser.add_argument("--skip-hf", action="store_true", help="only this trainer")
    args = parser.parse_args(argv)

    workdir = ROOT / args.workdir
    if args.build:
        builds = [Path(args.build)]
    else:
        builds = [ensure_build(workdir, n, args.prep_config) for n in args.seq_len]
    default_batch = {128: 256, 512: 64} if cuda else {}
    rows = []
    for i, build in enumerate(builds):
        seq_len = json.loads((build / MANIFEST_NAME).read_text())["stages"]["shards"]["max_seq_len"]
        if args.batch_size:
            batch = args.batch_size[min(i, len(args.batch_size) - 1)]
        else:
            batch = default_batch.get(seq_len, 32)
        cfg = config_for(args, build, workdir / "run", batch)
        ours = bench_ours(cfg, args)
        gc.collect()
        hf = None if args.skip_hf else bench_hf(cfg, args)
        gc.collect()
        if cuda:
            torch.cuda.empty_cache()
        rows.append((seq_len, batch, ours, hf))

    device = torch.cuda.get_device_name() if cuda else f"CPU ({os.cpu_count()} cores)"
    print(f"\n{args.preset} preset on {device}, torch {torch.__version__}; {args.steps} timed steps after "
          f"{args.warmup} warm-up steps; {args.workers} data worker(s) per side")
    header = f"{'seq':>4} {'batch':>5} {'side':<14} {'mean len':>8} {'tokens/s':>11} {'seqs/s':>9} {'MFU':>7} " \
             f"{'data wait':>9} {'x HF':>6}"
    print(header)
    print("-" * len(header))
    for seq_len, batch, ours, hf in rows:
        for name, r in (("this trainer", ours), ("HF Trainer", hf)):
            if r is None:
                continue
            ratio = f"{ours['tokens_per_s'] / hf['tokens_per_s']:.2f}" if (hf and r is ours) else ""
            print(f"{seq_len:>4} {batch:>5} {name:<14} {r['mean_len']:>8.1f} {r['tokens_per_s']:>11,.0f} "
                  f"{r['seqs_per_s']:>9,.1f} {percent(r['mfu']):>7} {percent(r['data_wait']):>9} {ratio:>6}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
