"""Configuration of a training run: one frozen dataclass per component under the root `TrainConfig`.

Loaded from TOML (`configs/demo_train.toml`) with `common.config.load_config`, overridden with
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


@dataclass(frozen=True)
class DataConfig:
    """Where the prep build lives and how its examples are batched and masked."""

    build_dir: str = "build/demo"
    batch_size: int = 32  # sequences per micro-batch per rank
    num_workers: int = 2  # DataLoader worker processes (collation and masking happen there)
    mlm_probability: float = 0.15
    whole_word_mask: bool = False  # mask every piece of a word together (uses the shards' word_start)
    check_hashes: bool = True  # sha256 every shard before training (slow for TB-scale builds)

    def __post_init__(self):
        if not self.build_dir:
            raise ValueError("data.build_dir is empty; point it at a finished `python -m prep build` output")
        if self.batch_size < 1:
            raise ValueError(f"data.batch_size must be >= 1, found {self.batch_size}")
        if self.num_workers < 0:
            raise ValueError(f"data.num_workers must be >= 0, found {self.num_workers}")
        if not 0.0 < self.mlm_probability < 1.0:
            raise ValueError(f"data.mlm_probability must be in (0, 1), found {self.mlm_probability}")


@dataclass(frozen=True)
class ModelConfig:
    """A BERT size preset; any field set here overrides the preset's value."""

    preset: str = "tiny"
    num_layers: int | None = None
    hidden_size: int | None = None
    num_heads: int | None = None
    intermediate_size: int | None = None  # default 4 * hidden_size
    dropout: float = 0.1  # hidden and attention dropout

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
    """AdamW with linear warmup then linear decay to zero at `max_steps` (optimizer steps)."""

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


@dataclass(frozen=True)
class TrainConfig:
    data: DataConfig = field(default_factory=DataConfig)
    model: ModelConfig = field(default_factory=ModelConfig)
    optim: OptimConfig = field(default_factory=OptimConfig)
    run: RunConfig = field(default_factory=RunConfig)
