"""The training loop: a `Trainer` with a small surface, and `run_training` that owns the run folder.

`Trainer` is built from a `TrainConfig` by `_build_*` helpers, advances one optimizer step per
`train_step()`, and round-trips everything a resume needs through `state_dict()` /
`load_state_dict()`: weights, optimizer, scheduler and the data position. The random state is
not saved but derived: every step reseeds torch from (seed, step, rank), so dropout after a resume
(with any world size) is what it would have been. A resumed run therefore produces the same
losses, step for step, as one that never stopped.

Under `torchrun` every rank runs the same loop on its own slice of each global batch; DDP averages
the gradients; only rank 0 writes logs, TensorBoard, checkpoints and the export.
"""

from __future__ import annotations

import contextlib
import inspect
import json
import os
import shutil
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch
from transformers import AutoTokenizer

from privbert.build_format import TOKENIZER_DIR, verify_build
from privbert.config import to_dict
from privbert.io import atomic_write, write_json_atomic
from privbert.run_format import (
    CHECKPOINT_DIR,
    EXPORT_DIR,
    LOG_NAME,
    RUN_CONFIG_NAME,
    RUN_MARKERS,
    SAMPLES_DIR,
    TENSORBOARD_DIR,
)
from train import checkpoint as ckpt
from train.config import ARCHITECTURE_KEYS, TrainConfig
from train.data import PretrainingCollator, PretrainingLoader, ShardDataset
from train.distributed import DistInfo, agree, barrier, broadcast_from_main, destroy_distributed, init_distributed
from train.metrics import LogWindow, batch_counts, format_progress, peak_flops_per_device, training_flops
from train.model import PretrainingModule, build_bert_config, build_model
from train.optim import build_optimizer, build_scheduler

TRAINER_STATE_VERSION = 2  # 2: RNG derived from (seed, step, rank) instead of saved


def resolve_device(name: str, local_rank: int | None = None) -> torch.device:
    """`auto`/`cuda` under torchrun mean this rank's GPU (LOCAL_RANK)."""
    if name == "auto":
        name = "cuda" if torch.cuda.is_available() else "cpu"
    if name.startswith("cuda") and not torch.cuda.is_available():
        raise ValueError(
            f'run.device is {name!r} but no CUDA device is visible; set run.device = "cpu" or "auto"'
        )
    if name == "cuda" and local_rank is not None:
        return torch.device("cuda", local_rank)
    return torch.device(name)


def cpu_threads(requested: int, data_workers: int) -> int:
    """Oversubscribed cores make torch's thread pool spin: on 2 cores with one busy data worker,
    2 compute threads ran a tiny model 10-20x slower than 1. So leave a core to each worker, and
    share the cores between the ranks torchrun started on this machine."""
    if requested:
        return requested
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    local_ranks = int(os.environ.get("LOCAL_WORLD_SIZE", "1"))
    return max(1, cores // local_ranks - data_workers)


def step_seed(seed: int, step: int, rank: int) -> int:
    """The torch seed of one optimizer step on one rank (dropout, anything else that draws)."""
    return int(np.random.SeedSequence([seed, step, rank, 2]).generate_state(1)[0])


class Trainer:
    """BERT pretraining (MLM + NSP) on one device per process; `train()` runs to `optim.max_steps`."""

    def __init__(self, cfg: TrainConfig, run_dir: str | Path | None = None):
        self.cfg = cfg
        self.run_dir = Path(run_dir if run_dir is not None else cfg.run.output_dir)
        self.dist, self.device = self._build_distributed()
        if self.device.type == "cpu":
            torch.set_num_threads(cpu_threads(cfg.run.cpu_threads, cfg.data.num_workers))
        else:
            torch.set_float32_matmul_precision("high")  # TF32 for whatever runs outside bf16 autocast
        self.step = 0
        self.build_dir, self.manifest, self.tokenizer = agree(self.dist, self._build_data_source)
        torch.manual_seed(cfg.run.seed)  # the initial weights depend on the seed only (same on every rank)
        self.model_config = build_bert_config(
            cfg.model, len(self.tokenizer), self.max_seq_len, self.tokenizer.pad_token_id
        )
        self.model = build_model(self.model_config).to(self.device)
        self.forward_module = self._build_forward_module()
        self.optimizer = build_optimizer(self.model, cfg.optim, self.device)
        self.scheduler = build_scheduler(self.optimizer, cfg.optim)
        self.loader = self._build_loader()
        self.peak_flops = peak_flops_per_device(self.device, cfg.run.peak_tflops)
        self._sample_log = None

    # ---- construction -------------------------------------------------------------------------

    def _build_distributed(self) -> tuple[DistInfo, torch.device]:
        wanted = resolve_device(self.cfg.run.device)
        info = init_distributed(wanted.type == "cuda", self.cfg.run.dist_timeout_s)
        if info.enabled and wanted.type == "cuda" and self.cfg.run.device in ("auto", "cuda"):
            return info, resolve_device("cuda", info.local_rank)
        return info, wanted

    def _build_data_source(self):
        build_dir = Path(self.cfg.data.build_dir)
        # hashing every shard once is enough: rank 0 does it while the others check sizes and rows
        manifest = verify_build(build_dir, check_hashes=self.cfg.data.check_hashes and self.dist.is_main)
        if manifest.scrub_mode == "off":
            if not self.cfg.data.allow_unscrubbed:
                raise ValueError(
                    f"{build_dir} is UNSCRUBBED (scrub.mode = \"off\"); train on it only as a memorization-audit "
                    "twin, with --set data.allow_unscrubbed=true (docs/audit.md)"
                )
            if self.dist.is_main:
                print(f"WARNING: training on the UNSCRUBBED build {build_dir}: an audit twin, not a model to keep")
        tokenizer = AutoTokenizer.from_pretrained(build_dir / TOKENIZER_DIR)
        if tokenizer.mask_token is None or tokenizer.pad_token is None:
            raise ValueError(
                f"tokenizer in {build_dir / TOKENIZER_DIR} lacks a [MASK] or [PAD] token; rebuild with prep"
            )
        if manifest.max_seq_len is None:
            raise ValueError(f"{manifest.path} has no stages.shards.max_seq_len; rebuild with prep")
        self.max_seq_len = manifest.max_seq_len
        # the pair label is NSP (BERT) or SOP (ALBERT); both train the same 2-way head
        self.pair_objective = manifest.objective
        return build_dir, manifest, tokenizer

    def _build_forward_module(self) -> torch.nn.Module:
        """Model + loss in one module; compiled encoder (optional); DDP-wrapped under torchrun."""
        if self.cfg.run.compile:
            # in place, so state_dict keys stay those of BertForPreTraining; the sparse head's gather
            # has a data-dependent shape, so it stays outside the compiled graph
            self.model.bert.compile(dynamic=None)
        module = PretrainingModule(self.model, self.cfg.model.sparse_mlm_head)
        if not self.dist.enabled:
            return module
        ddp = torch.nn.parallel.DistributedDataParallel
        # BERT's buffers (position ids) are constants: no broadcast before every forward
        no_buffer_sync = (
            {"forward_sync_buffers": False}
            if "forward_sync_buffers" in inspect.signature(ddp.__init__).parameters
            else {"broadcast_buffers": False}
        )
        return ddp(
            module,
            device_ids=[self.device.index] if self.device.type == "cuda" else None,
            gradient_as_bucket_view=True,
            **no_buffer_sync,
        )

    def _build_loader(self) -> PretrainingLoader:
        d = self.cfg.data
        shards = [self.build_dir / entry.file for entry in self.manifest.shards]
        collator = PretrainingCollator(
            self.tokenizer,
            seed=self.cfg.run.seed,
            rank=self.dist.rank,
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
            rank=self.dist.rank,
            world_size=self.dist.world_size,
            length_bucketing=d.length_bucketing,
            bucket_batches=d.bucket_batches,
            prefetch_factor=d.prefetch_factor,
        )

    # ---- the loop -------------------------------------------------------------------------------

    @property
    def autocast_dtype(self) -> torch.dtype | None:
        precision = self.cfg.run.precision
        if precision == "bf16" or (precision == "auto" and self.device.type == "cuda"):
            return torch.bfloat16
        return None  # fp32

    def _autocast(self):
        dtype = self.autocast_dtype
        if dtype is None:
            return contextlib.nullcontext()
        return torch.autocast(self.device.type, dtype=dtype)

    def _log_samples(self, batch_index: int, indices: torch.Tensor) -> None:
        if self._sample_log is None:
            path = self.run_dir / SAMPLES_DIR / f"rank-{self.dist.rank:05d}.jsonl"
            path.parent.mkdir(parents=True, exist_ok=True)
            self._sample_log = open(path, "a", encoding="utf-8")
        record = {"step": self.step + 1, "batch": batch_index, "indices": indices.tolist()}
        self._sample_log.write(json.dumps(record) + "\n")

    def train_step(self) -> dict[str, Any]:
        """One optimizer step over `grad_accum_steps` micro-batches.

        Losses and counts come back as 0-d tensors on the device (no host sync per step); call
        `float()` on them when you need the number.
        """
        torch.manual_seed(step_seed(self.cfg.run.seed, self.step, self.dist.rank))
        self.forward_module.train()
        accum = self.cfg.optim.grad_accum_steps
        sums: dict[str, torch.Tensor] = {}
        tokens = seqs = 0
        flops = data_wait = 0.0
        for micro in range(accum):
            t0 = time.perf_counter()
            batch = next(self.loader)
            data_wait += time.perf_counter() - t0
            indices = batch.pop("example_index")
            if self.cfg.run.log_samples:
                self._log_samples(self.loader.next_batch - 1, indices)
            counts = batch_counts(batch)
            tokens += counts["tokens"]
            seqs += counts["seqs"]
            flops += training_flops(
                self.model_config, counts["tokens"], counts["sum_sq_lengths"], counts["masked"], counts["seqs"],
                self.cfg.model.sparse_mlm_head,
            )
            batch = {k: v.to(self.device, non_blocking=True) for k, v in batch.items()}
            # DDP: all-reduce the gradients once, on the last micro-batch
            sync = micro == accum - 1 or not self.dist.enabled
            with contextlib.nullcontext() if sync else self.forward_module.no_sync():
                with self._autocast():
                    loss, parts = self.forward_module(batch)
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
        return {**sums, "lr": lr, "tokens": tokens, "seqs": seqs, "flops": flops, "data_wait_s": data_wait}

    def _open_tensorboard(self):
        try:
            from torch.utils.tensorboard import SummaryWriter
        except ImportError:
            print(
                "TensorBoard logging is off: `pip install tensorboard` to turn it on "
                "(or set run.tensorboard = false to silence this line)",
                flush=True,
            )
            return None
        # purge_step drops events of steps a resumed run is about to redo
        return SummaryWriter(str(self.run_dir / TENSORBOARD_DIR), purge_step=self.step + 1 if self.step else None)

    def train(self) -> None:
        """Run to `optim.max_steps`: log every `log_every` steps, checkpoint, and export at the end."""
        run = self.cfg.run
        max_steps = self.cfg.optim.max_steps
        main = self.dist.is_main
        self.run_dir.mkdir(parents=True, exist_ok=True)
        window = LogWindow(self.peak_flops, self.dist.world_size)
        started, first_step = time.perf_counter(), self.step
        saving = 0.0
        with contextlib.ExitStack() as stack:
            log = stack.enter_context(open(self.run_dir / LOG_NAME, "a", encoding="utf-8")) if main else None
            board = self._open_tensorboard() if main and run.tensorboard else None
            if board is not None:
                stack.callback(board.close)
            while self.step < max_steps:
                window.add(self.train_step())
                if self.step % run.log_every == 0 or self.step == max_steps:
                    record = window.flush(self.step)  # a collective under DDP: every rank calls it
                    if self._sample_log is not None:
                        self._sample_log.flush()
                    if main:
                        log.write(json.dumps(record) + "\n")
                        log.flush()
                        if board is not None:
                            for key, value in record.items():
                                if key != "step" and value is not None:
                                    board.add_scalar(f"train/{key}", value, self.step)
                        per_step = (time.perf_counter() - started - saving) / (self.step - first_step)
                        print(format_progress(record, max_steps, per_step * (max_steps - self.step)), flush=True)
                if run.checkpoint_every and self.step % run.checkpoint_every == 0 and self.step < max_steps:
                    t0 = time.perf_counter()
                    self.save_checkpoint()
                    window.started += time.perf_counter() - t0  # keep tokens/s about training only
                    saving += time.perf_counter() - t0
        final = self.save_checkpoint()
        if main:
            print(f"checkpoint {final}", flush=True)
            if run.export:
                out = ckpt.export_model(self.model, self.build_dir / TOKENIZER_DIR, self.run_dir / EXPORT_DIR)
                print(f"exported to {out}", flush=True)
        barrier(self.dist)

    # ---- state ----------------------------------------------------------------------------------

    def state_dict(self) -> dict[str, Any]:
        return {
            "version": TRAINER_STATE_VERSION,
            "step": self.step,
            "world_size": self.dist.world_size,
            "model": self.model.state_dict(),
            "optimizer": self.optimizer.state_dict(),
            "scheduler": self.scheduler.state_dict(),
            "data": self.loader.state_dict(),
        }

    def load_state_dict(self, state: dict[str, Any]) -> None:
        if state.get("version") != TRAINER_STATE_VERSION:
            raise ValueError(
                f"trainer state has version {state.get('version')!r}, this code reads {TRAINER_STATE_VERSION}; "
                "export it with `python -m train export` or start a new run with --overwrite"
            )
        self.loader.load_state_dict(state["data"])  # first: it refuses a position it cannot continue
        self.model.load_state_dict(state["model"])
        self.optimizer.load_state_dict(state["optimizer"])
        self.scheduler.load_state_dict(state["scheduler"])
        self.step = int(state["step"])

    def save_checkpoint(self) -> Path:
        """Rank 0 writes; every rank waits until the checkpoint is complete."""
        path = self.run_dir / CHECKPOINT_DIR / ckpt.checkpoint_name(self.step)
        if self.dist.is_main:
            path = ckpt.save_checkpoint(
                self.run_dir,
                self.state_dict(),
                to_dict(self.cfg),
                self.model_config,
                self.build_dir / TOKENIZER_DIR,
                keep=self.cfg.run.keep_checkpoints,
            )
        barrier(self.dist)
        return path

    def close(self) -> None:
        self.loader.close()
        if self._sample_log is not None:
            self._sample_log.close()
            self._sample_log = None


# ---- the run folder -------------------------------------------------------------------------------


def prepare_run_dir(run_dir: Path, overwrite: bool, resume: bool) -> Path | None:
    """Refuse to clobber a run by accident; return the checkpoint to resume from, if any."""
    if overwrite and resume:
        raise ValueError("pass either --overwrite (start again) or --resume (continue), not both")
    if run_dir.exists() and not run_dir.is_dir():
        raise ValueError(f"run.output_dir {run_dir} is a file, not a folder; choose another run.output_dir")
    if not run_dir.exists() or not any(run_dir.iterdir()):
        run_dir.mkdir(parents=True, exist_ok=True)
        return None
    if resume:
        found = ckpt.list_checkpoints(run_dir)
        return found[-1] if found else None
    if overwrite:
        if not any((run_dir / marker).exists() for marker in RUN_MARKERS):
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
    saved = json.loads(saved_path.read_text(encoding="utf-8")).get("model", {})
    now = to_dict(cfg)["model"]
    changed = [k for k in ARCHITECTURE_KEYS if saved.get(k) != now[k]]
    if changed:
        was = {k: saved.get(k) for k in changed}
        raise ValueError(
            f"--resume: the [model] section differs from the one {run_dir} was started with "
            f"({was} vs {dict((k, now[k]) for k in changed)}); resume with the same settings or use --overwrite"
        )


def _trim_jsonl(path: Path, step: int) -> None:
    """Drop lines written after the checkpoint we resume from: those steps are about to be redone."""
    if not path.is_file():
        return
    kept = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line torn by a kill in the middle of its write: its step is redone anyway
        if isinstance(record, dict) and record.get("step", 0) <= step:
            kept.append(line)
    with atomic_write(path) as f:
        f.write("".join(line + "\n" for line in kept))


def _trim_logs(run_dir: Path, step: int) -> None:
    _trim_jsonl(run_dir / LOG_NAME, step)
    for path in sorted((run_dir / SAMPLES_DIR).glob("rank-*.jsonl")):  # every rank's, whatever the world size
        _trim_jsonl(path, step)


def run_training(cfg: TrainConfig, overwrite: bool = False, resume: bool = False) -> Path:
    """`python -m train run`: prepare the folder, build, (resume,) train, export; close in `finally`.

    Under torchrun rank 0 prepares the folder and picks the checkpoint; every rank then loads it
    (so RUN must be on a filesystem all nodes share).
    """
    run_dir = Path(cfg.run.output_dir)
    info = init_distributed(resolve_device(cfg.run.device).type == "cuda", cfg.run.dist_timeout_s)
    try:

        def prepare() -> str | None:
            if not info.is_main:
                return None
            if resume:
                _check_resumable(run_dir, cfg)
            found = prepare_run_dir(run_dir, overwrite, resume)
            return None if found is None else str(found)

        checkpoint = broadcast_from_main(info, agree(info, prepare))
        trainer = Trainer(cfg, run_dir)
        try:
            if checkpoint is not None:
                state = agree(info, lambda: ckpt.load_checkpoint(checkpoint))
                trainer.load_state_dict(state)
                del state
                if info.is_main:
                    _trim_logs(run_dir, trainer.step)
                    print(f"resuming from {checkpoint} at step {trainer.step}", flush=True)
                barrier(info)
            elif resume and info.is_main:
                _trim_logs(run_dir, 0)  # a run killed before its first checkpoint: its log lines are redone
                print(f"no checkpoint in {run_dir}; starting from step 0", flush=True)
            if info.is_main:
                write_json_atomic(run_dir / RUN_CONFIG_NAME, to_dict(cfg))
                params = sum(p.numel() for p in trainer.model.parameters())
                ranks = f" x {info.world_size} ranks" if info.enabled else ""
                print(
                    f"training {params / 1e6:.2f}M parameters on {trainer.device}{ranks} for {cfg.optim.max_steps} "
                    f"steps; {len(trainer.loader.examples)} examples ({trainer.pair_objective}) in {trainer.build_dir}",
                    flush=True,
                )
            trainer.train()
        finally:
            trainer.close()
    finally:
        destroy_distributed()
    return run_dir
