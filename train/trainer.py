"""The training loop: a `Trainer` with a small surface, and `run_training` that owns the run folder.

`Trainer` is built from a `TrainConfig` by `_build_*` helpers, advances one optimizer step per
`train_step()`, and round-trips everything a resume needs through `state_dict()` /
`load_state_dict()`: weights, optimizer, scheduler, RNG and the data position. A resumed run
therefore produces the same losses, step for step, as one that never stopped.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import time
from pathlib import Path
from typing import Any

import torch
from transformers import AutoTokenizer

from common.config import to_dict
from common.shard_format import TOKENIZER_DIR, verify_build, write_json_atomic
from train import checkpoint as ckpt
from train.config import TrainConfig
from train.data import PretrainingCollator, PretrainingLoader, ShardDataset
from train.model import build_bert_config, build_model, pretraining_loss

TRAINER_STATE_VERSION = 1
LOG_NAME = "log.jsonl"
RUN_CONFIG_NAME = "config.json"
EXPORT_DIR = "export"
_RUN_MARKERS = (RUN_CONFIG_NAME, LOG_NAME, ckpt.CHECKPOINT_DIR, EXPORT_DIR)


def resolve_device(name: str) -> torch.device:
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if name.startswith("cuda") and not torch.cuda.is_available():
        raise ValueError(
            f'run.device is {name!r} but no CUDA device is visible; set run.device = "cpu" or "auto"'
        )
    return torch.device(name)


def cpu_threads(requested: int, data_workers: int) -> int:
    """Oversubscribed cores make torch's thread pool spin: on 2 cores with one busy data worker,
    2 compute threads ran a tiny model 10-20x slower than 1. So leave a core to each worker."""
    if requested:
        return requested
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, cores - data_workers)


class Trainer:
    """BERT pretraining (MLM + NSP) on one device; `train()` runs to `optim.max_steps`."""

    def __init__(self, cfg: TrainConfig, run_dir: str | Path | None = None):
        self.cfg = cfg
        self.run_dir = Path(run_dir if run_dir is not None else cfg.run.output_dir)
        self.rank, self.world_size = self._build_distributed()
        self.device = resolve_device(cfg.run.device)
        if self.device.type == "cpu":
            torch.set_num_threads(cpu_threads(cfg.run.cpu_threads, cfg.data.num_workers))
        else:
            torch.set_float32_matmul_precision("high")  # TF32 for whatever runs outside bf16 autocast
        self.step = 0
        self.build_dir, self.manifest, self.tokenizer = self._build_data_source()
        torch.manual_seed(cfg.run.seed)  # the initial weights depend on the seed only
        self.model_config = build_bert_config(
            cfg.model, len(self.tokenizer), self.max_seq_len, self.tokenizer.pad_token_id
        )
        self.model = build_model(self.model_config).to(self.device)
        self.optimizer = self._build_optimizer()
        self.scheduler = self._build_scheduler()
        self.loader = self._build_loader()

    # ---- construction -------------------------------------------------------------------------

    def _build_distributed(self) -> tuple[int, int]:
        world_size = int(os.environ.get("WORLD_SIZE", "1"))
        if world_size != 1:
            raise ValueError(
                f"WORLD_SIZE={world_size}: multi-process (DDP) training is not wired into the trainer yet; "
                "run a single process (the data sampler already shards by rank for when it is)"
            )
        return 0, 1

    def _build_data_source(self):
        build_dir = Path(self.cfg.data.build_dir)
        manifest = verify_build(build_dir, check_hashes=self.cfg.data.check_hashes)
        tokenizer = AutoTokenizer.from_pretrained(build_dir / TOKENIZER_DIR)
        if tokenizer.mask_token is None or tokenizer.pad_token is None:
            raise ValueError(
                f"tokenizer in {build_dir / TOKENIZER_DIR} lacks a [MASK] or [PAD] token; rebuild with prep"
            )
        try:
            self.max_seq_len = int(manifest["stages"]["shards"]["max_seq_len"])
        except (KeyError, TypeError, ValueError):
            raise ValueError(
                f"{build_dir}/manifest.json has no stages.shards.max_seq_len; rebuild with prep"
            ) from None
        return build_dir, manifest, tokenizer

    def _build_optimizer(self) -> torch.optim.Optimizer:
        """AdamW; biases and LayerNorm weights (the 1-d parameters) get no weight decay, as in BERT."""
        o = self.cfg.optim
        decay = [p for p in self.model.parameters() if p.requires_grad and p.ndim >= 2]
        no_decay = [p for p in self.model.parameters() if p.requires_grad and p.ndim < 2]
        groups = [
            {"params": decay, "weight_decay": o.weight_decay},
            {"params": no_decay, "weight_decay": 0.0},
        ]
        fused = self.device.type == "cuda"
        return torch.optim.AdamW(groups, lr=o.lr, betas=tuple(o.betas), eps=o.eps, fused=fused)

    def _build_scheduler(self) -> torch.optim.lr_scheduler.LRScheduler:
        warmup, total = self.cfg.optim.warmup_steps, self.cfg.optim.max_steps

        def factor(step: int) -> float:  # linear warmup to the peak, then linear decay to 0 at max_steps
            if step < warmup:
                return (step + 1) / warmup
            return max(0.0, (total - step) / max(1, total - warmup))

        return torch.optim.lr_scheduler.LambdaLR(self.optimizer, factor)

    def _build_loader(self) -> PretrainingLoader:
        d = self.cfg.data
        shards = [self.build_dir / entry["file"] for entry in self.manifest["shards"]]
        collator = PretrainingCollator(
            self.tokenizer,
            seed=self.cfg.run.seed,
            rank=self.rank,
            mlm_probability=d.mlm_probability,
            whole_word_mask=d.whole_word_mask,
        )
        return PretrainingLoader(
            ShardDataset(shards),
            collator,
            d.batch_size,
            self.cfg.run.seed,
            num_workers=d.num_workers,
            pin_memory=self.device.type == "cuda",
            rank=self.rank,
            world_size=self.world_size,
        )

    # ---- the loop -------------------------------------------------------------------------------

    def _autocast(self):
        if self.device.type == "cuda":
            return torch.autocast("cuda", dtype=torch.bfloat16)
        return contextlib.nullcontext()  # fp32 on CPU

    def train_step(self) -> dict[str, Any]:
        """One optimizer step over `grad_accum_steps` micro-batches.

        Losses and counts come back as 0-d tensors on the device (no host sync per step); call
        `float()` on them when you need the number.
        """
        self.model.train()
        accum = self.cfg.optim.grad_accum_steps
        sums: dict[str, torch.Tensor] = {}
        tokens = seqs = 0
        data_wait = 0.0
        for _ in range(accum):
            t0 = time.perf_counter()
            batch = next(self.loader)
            data_wait += time.perf_counter() - t0
            tokens += int(batch["attention_mask"].sum())
            seqs += int(batch["input_ids"].shape[0])
            batch = {k: v.to(self.device, non_blocking=True) for k, v in batch.items()}
            with self._autocast():
                loss, parts = pretraining_loss(self.model, batch)
            (loss / accum).backward()
            parts["loss"] = loss.detach()
            for key, value in parts.items():
                sums[key] = sums[key] + value if key in sums else value
        if self.cfg.optim.max_grad_norm > 0:
            sums["grad_norm"] = torch.nn.utils.clip_grad_norm_(
                self.model.parameters(), self.cfg.optim.max_grad_norm
            )
        lr = self.scheduler.get_last_lr()[0]
        self.optimizer.step()
        self.scheduler.step()
        self.optimizer.zero_grad(set_to_none=True)
        self.step += 1
        for key in ("loss", "mlm_loss", "nsp_loss"):
            sums[key] = sums[key] / accum
        return {**sums, "lr": lr, "tokens": tokens, "seqs": seqs, "data_wait_s": data_wait}

    def train(self) -> None:
        """Run to `optim.max_steps`: log every `log_every` steps, checkpoint, and export at the end."""
        run = self.cfg.run
        max_steps = self.cfg.optim.max_steps
        self.run_dir.mkdir(parents=True, exist_ok=True)
        window = _LogWindow()
        with open(self.run_dir / LOG_NAME, "a", encoding="utf-8") as log:
            while self.step < max_steps:
                window.add(self.train_step())
                if self.step % run.log_every == 0 or self.step == max_steps:
                    record = window.flush(self.step)
                    log.write(json.dumps(record) + "\n")
                    log.flush()
                    print(format_progress(record, max_steps), flush=True)
                if run.checkpoint_every and self.step % run.checkpoint_every == 0 and self.step < max_steps:
                    t0 = time.perf_counter()
                    self.save_checkpoint()
                    window.started += time.perf_counter() - t0  # keep tokens/s about training only
        final = self.save_checkpoint()
        print(f"checkpoint {final}", flush=True)
        if run.export:
            out = ckpt.export_model(self.model, self.build_dir / TOKENIZER_DIR, self.run_dir / EXPORT_DIR)
            print(f"exported to {out}", flush=True)

    # ---- state ----------------------------------------------------------------------------------

    def state_dict(self) -> dict[str, Any]:
        rng = {"torch": torch.get_rng_state()}
        if self.device.type == "cuda":
            rng["cuda"] = torch.cuda.get_rng_state_all()
        return {
            "version": TRAINER_STATE_VERSION,
            "step": self.step,
            "model": self.model.state_dict(),
            "optimizer": self.optimizer.state_dict(),
            "scheduler": self.scheduler.state_dict(),
            "rng": rng,
            "data": self.loader.state_dict(),
        }

    def load_state_dict(self, state: dict[str, Any]) -> None:
        if state.get("version") != TRAINER_STATE_VERSION:
            raise ValueError(
                f"trainer state has version {state.get('version')!r}, this code reads {TRAINER_STATE_VERSION}"
            )
        self.model.load_state_dict(state["model"])
        self.optimizer.load_state_dict(state["optimizer"])
        self.scheduler.load_state_dict(state["scheduler"])
        torch.set_rng_state(state["rng"]["torch"])
        if "cuda" in state["rng"] and self.device.type == "cuda":
            torch.cuda.set_rng_state_all(state["rng"]["cuda"])
        self.loader.load_state_dict(state["data"])
        self.step = int(state["step"])

    def save_checkpoint(self) -> Path:
        return ckpt.save_checkpoint(
            self.run_dir,
            self.state_dict(),
            to_dict(self.cfg),
            self.model_config,
            self.build_dir / TOKENIZER_DIR,
            keep=self.cfg.run.keep_checkpoints,
        )

    def close(self) -> None:
        self.loader.close()


class _LogWindow:
    """Sums `train_step` results between two log lines; the only place that syncs with the device."""

    def __init__(self):
        self._reset()

    def _reset(self):
        self.sums: dict[str, Any] = {}
        self.steps = 0
        self.started = time.perf_counter()

    def add(self, metrics: dict[str, Any]) -> None:
        self.steps += 1
        for key, value in metrics.items():
            if key != "lr":
                self.sums[key] = self.sums[key] + value if key in self.sums else value
        self.lr = metrics["lr"]

    def flush(self, step: int) -> dict[str, Any]:
        s = {k: float(v) for k, v in self.sums.items()}
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        record = {
            "step": step,
            "loss": s["loss"] / self.steps,
            "mlm_loss": s["mlm_loss"] / self.steps,
            "nsp_loss": s["nsp_loss"] / self.steps,
            "mlm_acc": s["mlm_correct"] / max(s["mlm_count"], 1.0),
            "nsp_acc": s["nsp_correct"] / max(s["nsp_count"], 1.0),
            "lr": self.lr,
            "tokens_per_s": s["tokens"] / elapsed,
            "seqs_per_s": s["seqs"] / elapsed,
            "data_wait_s": s["data_wait_s"],
        }
        if "grad_norm" in s:
            record["grad_norm"] = s["grad_norm"] / self.steps
        self._reset()
        return record


def format_progress(record: dict[str, Any], max_steps: int) -> str:
    return (
        f"step {record['step']:>6}/{max_steps} | loss {record['loss']:.4f} "
        f"(mlm {record['mlm_loss']:.4f}, nsp {record['nsp_loss']:.4f}) | "
        f"mlm_acc {record['mlm_acc']:.3f} nsp_acc {record['nsp_acc']:.3f} | lr {record['lr']:.2e} | "
        f"{record['tokens_per_s']:,.0f} tok/s {record['seqs_per_s']:,.1f} seq/s | "
        f"data wait {record['data_wait_s']:.2f}s"
    )


# ---- the run folder -------------------------------------------------------------------------------


def prepare_run_dir(run_dir: Path, overwrite: bool, resume: bool) -> Path | None:
    """Refuse to clobber a run by accident; return the checkpoint to resume from, if any."""
    if overwrite and resume:
        raise ValueError("pass either --overwrite (start again) or --resume (continue), not both")
    if not run_dir.exists() or not any(run_dir.iterdir()):
        run_dir.mkdir(parents=True, exist_ok=True)
        return None
    if resume:
        found = ckpt.list_checkpoints(run_dir)
        return found[-1] if found else None
    if overwrite:
        if not any((run_dir / marker).exists() for marker in _RUN_MARKERS):
            raise ValueError(
                f"{run_dir} is not empty and does not look like a training run (no config.json, log.jsonl or "
                "checkpoints/); refusing to delete it, choose another run.output_dir"
            )
        shutil.rmtree(run_dir)
        run_dir.mkdir(parents=True)
        return None
    raise ValueError(
        f"run folder {run_dir} is not empty; pass --overwrite to start again or --resume to continue "
        "from its last checkpoint"
    )


def _check_resumable(run_dir: Path, cfg: TrainConfig) -> None:
    saved_path = run_dir / RUN_CONFIG_NAME
    if not saved_path.is_file():
        return
    saved = json.loads(saved_path.read_text(encoding="utf-8"))
    now = to_dict(cfg)
    for section in ("model",):
        if saved.get(section) != now[section]:
            raise ValueError(
                f"--resume: the [{section}] section differs from the one {run_dir} was started with "
                f"({saved.get(section)} vs {now[section]}); resume with the same settings or use --overwrite"
            )


def _trim_log(run_dir: Path, step: int) -> None:
    """Drop log lines written after the checkpoint we resume from: those steps are about to be redone."""
    path = run_dir / LOG_NAME
    if not path.is_file():
        return
    lines = path.read_text(encoding="utf-8").splitlines()
    kept = [line for line in lines if line.strip() and json.loads(line).get("step", 0) <= step]
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text("".join(line + "\n" for line in kept), encoding="utf-8")
    os.replace(tmp, path)


def run_training(cfg: TrainConfig, overwrite: bool = False, resume: bool = False) -> Path:
    """`python -m train run`: prepare the folder, build, (resume,) train, export; close in `finally`."""
    run_dir = Path(cfg.run.output_dir)
    if resume:
        _check_resumable(run_dir, cfg)
    checkpoint = prepare_run_dir(run_dir, overwrite, resume)
    trainer = Trainer(cfg, run_dir)
    try:
        if checkpoint is not None:
            trainer.load_state_dict(ckpt.load_checkpoint(checkpoint))
            _trim_log(run_dir, trainer.step)
            print(f"resuming from {checkpoint} at step {trainer.step}", flush=True)
        elif resume:
            print(f"no checkpoint in {run_dir}; starting from step 0", flush=True)
        write_json_atomic(run_dir / RUN_CONFIG_NAME, to_dict(cfg))
        params = sum(p.numel() for p in trainer.model.parameters())
        print(
            f"training {params / 1e6:.2f}M parameters on {trainer.device} for {cfg.optim.max_steps} steps; "
            f"{len(trainer.loader.examples)} examples in {trainer.build_dir}",
            flush=True,
        )
        trainer.train()
    finally:
        trainer.close()
    return run_dir
