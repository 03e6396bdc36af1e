"""The only module that knows about processes and ranks: torchrun's environment -> a process group.

`torchrun` sets RANK, LOCAL_RANK and WORLD_SIZE (and the rendezvous address); without them the
run is one process and nothing here does anything. The backend is NCCL when the ranks train on
CUDA devices, gloo on CPUs (the CPU tests use gloo). `agree` runs a step that may fail with a
`ValueError` on every rank and makes all ranks fail together with the first message, so a bad
build or run folder stops the job instead of leaving the other ranks waiting in a collective.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import TypeVar

import torch
import torch.distributed as dist

T = TypeVar("T")


@dataclass(frozen=True)
class DistInfo:
    rank: int = 0
    local_rank: int = 0
    world_size: int = 1

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    @property
    def enabled(self) -> bool:
        return self.world_size > 1


def env_world_size() -> int:
    return int(os.environ.get("WORLD_SIZE", "1"))


def init_distributed(use_cuda: bool, timeout_s: int = 1800) -> DistInfo:
    """Join torchrun's process group (once per process); a single process gets rank 0 of 1."""
    world_size = env_world_size()
    if world_size == 1:
        return DistInfo()
    local_rank = int(os.environ.get("LOCAL_RANK", "0"))
    if not dist.is_initialized():
        if "MASTER_ADDR" not in os.environ:
            raise ValueError(
                f"WORLD_SIZE={world_size} but no MASTER_ADDR: launch multi-process training with torchrun, "
                "e.g. `torchrun --nproc_per_node 8 -m train run --config ...`"
            )
        if use_cuda:
            torch.cuda.set_device(local_rank)  # before NCCL's first collective, or every rank uses GPU 0
        dist.init_process_group("nccl" if use_cuda else "gloo", timeout=timedelta(seconds=timeout_s))
    return DistInfo(dist.get_rank(), local_rank, dist.get_world_size())


def destroy_distributed() -> None:
    if dist.is_initialized():
        dist.destroy_process_group()


def barrier(info: DistInfo) -> None:
    if info.enabled:
        dist.barrier()


def broadcast_from_main(info: DistInfo, value: T) -> T:
    """Rank 0's `value` on every rank (any picklable object; small ones only)."""
    if not info.enabled:
        return value
    box = [value if info.is_main else None]
    dist.broadcast_object_list(box, src=0)
    return box[0]


def agree(info: DistInfo, step: Callable[[], T]) -> T:
    """Run `step` on every rank; if it raised ValueError on any rank, raise it on all of them."""
    result, error = None, None
    try:
        result = step()
    except ValueError as exc:
        error = str(exc)
    if info.enabled:
        errors: list[str | None] = [None] * info.world_size
        dist.all_gather_object(errors, error)
        error = next((e if i == info.rank else f"rank {i}: {e}" for i, e in enumerate(errors) if e), None)
    if error is not None:
        raise ValueError(error)
    return result
