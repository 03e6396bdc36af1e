"""Configuration of a training run: one frozen dataclass per component under the root `TrainConfig`.

Loaded from TOML (`configs/demo_train.toml`) with `privbert.config.load_config`, overridden with
`--set section.key=value`, validated here, and saved resolved into `RUN/config.json` and every
checkpoint, so a run can always be traced back to the exact settings that produced it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# name -> (num_layers, hidden_size, num_heads); intermediate size is 4x hidden as in the BERT paper.
MODEL_PRESETS: dict[str, tuple[int, int, int]] = {
    "tiny": (2, 128, 2),
    "mini": (4, 256, 4),
    "small": (4, 512, 8),
    "base": (12, 768, 12),
    "large": (24, 1024, 16),
}

ATTENTION_IMPLEMENTATIONS = ("sdpa", "eager", "flash_attention_2")
OPTIMIZERS = ("adamw", "lamb")
SCHEDULES = ("linear", "cosine")
PRECISIONS = ("auto", "bf16", "fp32")
# model fields that change the weights' shapes or meaning: a resume must keep them (the rest may change)
ARCHITECTURE_KEYS = ("preset", "num_layers", "hidden_size", "num_heads", "intermediate_size")


@dataclass(frozen=True)
class DataConfig:
    """Where the prep build lives and how its examples are batched and masked."""

    build_dir: str = "build/demo"
    batch_size: int = 32  # sequences per micro-batch per rank
    num_workers: int = 2  # DataLoader worker processes (collation and masking happen there)
    mlm_probability: float = 0.15
    whole_word_mask: bool = False  # mask every piece of a word together (uses the shards' word_start)
    check_hashes: bool = True  # sha256 every shard before training (slow for TB-scale builds)
    # a build made with scrub.mode = "off" (the unscrubbed twin of a memorization audit) is refused
    # unless this is set: a model trained on it has personal data in its weights
    allow_unscrubbed: bool = False
    # length bucketing: within each window of `bucket_batches` global batches, examples are sorted by
    # length and the window's batches shuffled, so a batch holds similar lengths and pads little
    length_bucketing: bool = False
    bucket_batches: int = 64
    prefetch_factor: int = 4  # batches each worker prepares ahead

    def __post_init__(self):
        if not self.build_dir:
            raise ValueError("data.build_dir is empty; point it at a finished `python -m prep build` output")
        if self.batch_size < 1:
            raise ValueError(f"data.batch_size must be >= 1, found {self.batch_size}")
        if self.num_workers < 0:
            raise ValueError(f"data.num_workers must be >= 0, found {self.num_workers}")
        if not 0.0 < self.mlm_probability < 1.0:
            raise ValueError(f"data.mlm_probability must be in (0, 1), found {self.mlm_probability}")
        if self.bucket_batches < 1:
            raise ValueError(f"data.bucket_batches must be >= 1, found {self.bucket_batches}")
        if self.prefetch_factor < 1:
            raise ValueError(f"data.prefetch_factor must be >= 1, found {self.prefetch_factor}")


@dataclass(frozen=True)
class ModelConfig:
    """A BERT size preset; any field set here overrides the preset's value."""

    preset: str = "tiny"
    num_layers: int | None = None
    hidden_size: int | None = None
    num_heads: int | None = None
    intermediate_size: int | None = None  # default 4 * hidden_size
    dropout: float = 0.1  # hidden and attention dropout
    # run the MLM prediction head on masked positions only (same weights, same loss; saves the
    # vocabulary projection on ~85% of the positions). false: BertForPreTraining.forward's dense head
    sparse_mlm_head: bool = True
    attention: str = "sdpa"  # sdpa (PyTorch scaled_dot_product_attention) | eager | flash_attention_2

    def __post_init__(self):
        if self.preset not in MODEL_PRESETS:
            raise ValueError(f"model.preset must be one of {', '.join(MODEL_PRESETS)}, found {self.preset!r}")
        for name in ("num_layers", "hidden_size", "num_heads", "intermediate_size"):
            value = getattr(self, name)
            if value is not None and value < 1:
                raise ValueError(f"model.{name} must be >= 1 when set, found {value}")
        if self.resolved_hidden_size % self.resolved_num_heads:
            raise ValueError(
                f"model.hidden_size ({self.resolved_hidden_size}) must be divisible by model.num_heads "
                f"({self.resolved_num_heads}); change one of them"
            )
        if not 0.0 <= self.dropout < 1.0:
            raise ValueError(f"model.dropout must be in [0, 1), found {self.dropout}")
        if self.attention not in ATTENTION_IMPLEMENTATIONS:
            raise ValueError(
                f"model.attention must be one of {', '.join(ATTENTION_IMPLEMENTATIONS)}, found {self.attention!r}"
            )

    @property
    def resolved_num_layers(self) -> int:
        return self.num_layers or MODEL_PRESETS[self.preset][0]

    @property
    def resolved_hidden_size(self) -> int:
        return self.hidden_size or MODEL_PRESETS[self.preset][1]

    @property
    def resolved_num_heads(self) -> int:
        return self.num_heads or MODEL_PRESETS[self.preset][2]

    @property
    def resolved_intermediate_size(self) -> int:
        return self.intermediate_size or 4 * self.resolved_hidden_size


@dataclass(frozen=True)
class OptimConfig:
    """AdamW (fused on CUDA) or LAMB; linear warmup, then linear or cosine decay to
    `min_lr_ratio * lr` at `max_steps` (optimizer steps)."""

    optimizer: str = "adamw"  # adamw | lamb (layer-wise trust ratio, for very large global batches)
    schedule: str = "linear"  # linear | cosine (the decay after warmup)
    min_lr_ratio: float = 0.0

    lr: float = 5e-4
    weight_decay: float = 0.01
    warmup_steps: int = 100
    max_steps: int = 1000
    grad_accum_steps: int = 1
    max_grad_norm: float = 1.0  # 0 disables clipping
    betas: tuple[float, ...] = (0.9, 0.999)
    eps: float = 1e-6

    def __post_init__(self):
        if self.lr <= 0:
            raise ValueError(f"optim.lr must be > 0, found {self.lr}")
        if self.weight_decay < 0:
            raise ValueError(f"optim.weight_decay must be >= 0, found {self.weight_decay}")
        if self.max_steps < 1:
            raise ValueError(f"optim.max_steps must be >= 1, found {self.max_steps}")
        if self.warmup_steps < 0:  # may exceed max_steps: then the whole run is warm-up (short test runs)
            raise ValueError(f"optim.warmup_steps must be >= 0, found {self.warmup_steps}")
        if self.grad_accum_steps < 1:
            raise ValueError(f"optim.grad_accum_steps must be >= 1, found {self.grad_accum_steps}")
        if self.max_grad_norm < 0:
            raise ValueError(f"optim.max_grad_norm must be >= 0, found {self.max_grad_norm}")
        if len(self.betas) != 2 or not all(0.0 <= b < 1.0 for b in self.betas):
            raise ValueError(f"optim.betas must be two numbers in [0, 1), found {self.betas}")
        if self.optimizer not in OPTIMIZERS:
            raise ValueError(f"optim.optimizer must be one of {', '.join(OPTIMIZERS)}, found {self.optimizer!r}")
        if self.schedule not in SCHEDULES:
            raise ValueError(f"optim.schedule must be one of {', '.join(SCHEDULES)}, found {self.schedule!r}")
        if not 0.0 <= self.min_lr_ratio <= 1.0:
            raise ValueError(f"optim.min_lr_ratio must be in [0, 1], found {self.min_lr_ratio}")


@dataclass(frozen=True)
class RunConfig:
    """Where the run writes, how often it logs and checkpoints, and on which device."""

    output_dir: str = "build/demo-run"
    seed: int = 1234
    log_every: int = 10
    checkpoint_every: int = 100  # 0: only the final checkpoint
    keep_checkpoints: int = 2
    device: str = "auto"  # auto | cpu | cuda | cuda:N
    cpu_threads: int = 0  # torch threads on CPU; 0: one per core not taken by a data worker
    export: bool = True  # write RUN/export (HF format + tokenizer) at the end
    precision: str = "auto"  # auto: bf16 autocast on CUDA, fp32 on CPU | bf16 | fp32
    compile: bool = False  # torch.compile the encoder (minutes of compilation; pays off on long GPU runs)
    peak_tflops: float = 0.0  # dense peak of ONE device for MFU; 0: look the GPU up (H100 bf16: 989), n/a on CPU
    tensorboard: bool = True  # also write RUN/tensorboard (needs `pip install tensorboard`)
    log_samples: bool = False  # each rank writes RUN/samples/rank-NNNNN.jsonl: the example indices of every batch
    dist_timeout_s: int = 1800  # torchrun: how long a rank waits for the others (rank 0 hashing shards, saving)

    def __post_init__(self):
        if not self.output_dir:
            raise ValueError("run.output_dir is empty; name the folder the run should write to")
        if self.log_every < 1:
            raise ValueError(f"run.log_every must be >= 1, found {self.log_every}")
        if self.checkpoint_every < 0:
            raise ValueError(f"run.checkpoint_every must be >= 0, found {self.checkpoint_every}")
        if self.keep_checkpoints < 1:
            raise ValueError(f"run.keep_checkpoints must be >= 1, found {self.keep_checkpoints}")
        if self.cpu_threads < 0:
            raise ValueError(f"run.cpu_threads must be >= 0 (0 = automatic), found {self.cpu_threads}")
        if not (self.device in ("auto", "cpu", "cuda") or self.device.startswith("cuda:")):
            raise ValueError(f"run.device must be auto, cpu, cuda or cuda:N, found {self.device!r}")
        if self.precision not in PRECISIONS:
            raise ValueError(f"run.precision must be one of {', '.join(PRECISIONS)}, found {self.precision!r}")
        if self.peak_tflops < 0:
            raise ValueError(f"run.peak_tflops must be >= 0 (0 = look the device up), found {self.peak_tflops}")
        if self.dist_timeout_s < 1:
            raise ValueError(f"run.dist_timeout_s must be >= 1, found {self.dist_timeout_s}")


@dataclass(frozen=True)
class TrainConfig:
    data: DataConfig = field(default_factory=DataConfig)
    model: ModelConfig = field(default_factory=ModelConfig)
    optim: OptimConfig = field(default_factory=OptimConfig)
    run: RunConfig = field(default_factory=RunConfig)
