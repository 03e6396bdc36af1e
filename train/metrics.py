"""What a log line reports: throughput, model FLOPs utilization (MFU) and the time spent waiting for data.

MFU = model FLOPs per second / (peak dense FLOP/s of one device x number of devices).

Model FLOPs of one optimizer step are counted from the batches themselves (`training_flops`):
matrix multiplies only, 2 FLOPs per multiply-add, backward = 2 x forward, so training = 3 x forward.
For a BERT with L layers, hidden size H, intermediate size I and vocabulary V, per batch:

    encoder    L * 2 * (4*H*H + 2*H*I) * T     T: non-pad tokens (QKV + output projections, FFN)
    attention  L * 2 * 2 * H * sum(n_i^2)      n_i: non-pad length of sequence i (Q.K^T and P.V)
    MLM head   2 * (H*H + H*V) * P             P: masked positions (sparse head) or T (dense head)
    NSP head   2 * (H*H + 2*H) * S             S: sequences (pooler + classifier)

Padding is not counted (it is waste, so MFU shows what bucketing or padding costs); embedding
lookups, LayerNorm, softmax and GELU are not matmuls and are left out, as in the usual 6*N*T rule
(which this reduces to for long sequences and a dense head: 6 * non-embedding params * tokens).
The peak is `run.peak_tflops` when set, else the bf16 dense figure of a known GPU (`PEAK_TFLOPS`);
on a CPU without a configured peak MFU is reported as n/a.
"""

from __future__ import annotations

import time
from typing import Any

import torch
from transformers import BertConfig

# bf16 dense tensor-core peak (TFLOP/s, no sparsity) by a substring of torch.cuda.get_device_name(),
# first match wins (so "H100 PCIe" is tried before "H100").
PEAK_TFLOPS: tuple[tuple[str, float], ...] = (
    ("H100 PCIe", 756.0),
    ("H100 NVL", 835.0),
    ("H100", 989.0),  # SXM (HBM3)
    ("H200", 989.0),
    ("GH200", 989.0),
    ("B200", 2250.0),
    ("A100", 312.0),
    ("L40S", 362.0),
    ("L4", 121.0),
    ("A10G", 70.0),
)


def peak_flops_per_device(device: torch.device, configured_tflops: float = 0.0) -> float | None:
    """FLOP/s of one device, or None when it is unknown (a CPU or an unlisted GPU without run.peak_tflops)."""
    if configured_tflops > 0:
        return configured_tflops * 1e12
    if device.type != "cuda":
        return None
    name = torch.cuda.get_device_name(device)
    for key, tflops in PEAK_TFLOPS:
        if key in name:
            return tflops * 1e12
    return None


def training_flops(
    config: BertConfig, tokens: int, sum_sq_lengths: int, masked: int, seqs: int, sparse_head: bool
) -> float:
    """Model FLOPs of forward + backward over one batch; the formula is in the module docstring."""
    h, i, v, n_layers = config.hidden_size, config.intermediate_size, config.vocab_size, config.num_hidden_layers
    encoder = n_layers * 2 * (4 * h * h + 2 * h * i) * tokens
    attention = n_layers * 2 * 2 * h * sum_sq_lengths
    head = 2 * (h * h + h * v) * (masked if sparse_head else tokens)
    nsp = 2 * (h * h + 2 * h) * seqs
    return 3.0 * (encoder + attention + head + nsp)


def batch_counts(batch: dict[str, torch.Tensor]) -> dict[str, int]:
    """Non-pad tokens, sum of squared lengths, masked positions and sequences of a (CPU) batch."""
    lengths = batch["attention_mask"].sum(dim=1)
    return {
        "tokens": int(lengths.sum()),
        "sum_sq_lengths": int((lengths * lengths).sum()),
        "masked": int((batch["labels"] != -100).sum()),
        "seqs": int(lengths.numel()),
    }


class LogWindow:
    """Sums `train_step` results between two log lines; the only place that syncs with the device.

    Under DDP `flush` all-reduces the sums (one collective per log line, on every rank): losses and
    accuracies are over all ranks, throughput is the whole job's.
    """

    REDUCED = ("loss", "mlm_loss", "nsp_loss", "mlm_correct", "mlm_count", "nsp_correct", "nsp_count",
               "tokens", "seqs", "flops", "data_wait_s", "grad_norm")

    def __init__(self, peak_flops: float | None = None, world_size: int = 1):
        self.peak_flops = peak_flops
        self.world_size = world_size
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

    def _reduced(self) -> dict[str, float]:
        keys = [k for k in self.REDUCED if k in self.sums]
        values = [self.sums[k] for k in keys]
        device = next((v.device for v in values if isinstance(v, torch.Tensor)), torch.device("cpu"))
        packed = torch.stack([torch.as_tensor(v, dtype=torch.float64, device=device) for v in values])
        if self.world_size > 1:
            torch.distributed.all_reduce(packed)
        out = dict(zip(keys, packed.tolist(), strict=True))
        for key in ("loss", "mlm_loss", "nsp_loss", "data_wait_s", "grad_norm"):  # means over ranks
            if key in out:
                out[key] /= self.world_size
        return out

    def flush(self, step: int) -> dict[str, Any]:
        s = self._reduced()
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        flops_per_s = s["flops"] / elapsed
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
            "step_time_s": elapsed / self.steps,
            "data_wait_s": s["data_wait_s"],
            "data_wait_share": s["data_wait_s"] / elapsed,
            "model_tflops_per_s": flops_per_s / 1e12,
            "mfu": flops_per_s / (self.peak_flops * self.world_size) if self.peak_flops else None,
        }
        if "grad_norm" in s:
            record["grad_norm"] = s["grad_norm"] / self.steps
        self._reset()
        return record


def format_progress(record: dict[str, Any], max_steps: int, eta_s: float | None = None) -> str:
    mfu = "n/a" if record.get("mfu") is None else f"{100 * record['mfu']:.1f}%"
    eta = "" if eta_s is None else f" | eta {_duration(eta_s)}"
    return (
        f"step {record['step']:>6}/{max_steps} ({100 * record['step'] / max_steps:3.0f}%) | "
        f"loss {record['loss']:.4f} (mlm {record['mlm_loss']:.4f}, nsp {record['nsp_loss']:.4f}) | "
        f"mlm_acc {record['mlm_acc']:.3f} nsp_acc {record['nsp_acc']:.3f} | lr {record['lr']:.2e} | "
        f"{record['tokens_per_s']:,.0f} tok/s {record['seqs_per_s']:,.1f} seq/s | mfu {mfu} | "
        f"data wait {100 * record['data_wait_share']:.1f}%{eta}"
    )


def _duration(seconds: float) -> str:
    seconds = int(max(0, seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"
