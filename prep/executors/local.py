"""Executors for units of work. Only this module (and `prep.executors.ray`) knows about processes.

A stage hands the runner a task (a picklable callable taking a `Unit`) and its units. Each unit's
result (a small dict of counts) is saved as a marker file once the unit's outputs are in place; a
rerun skips units that have a marker, so an interrupted build redoes only unfinished work. Results
come back in unit order whatever order the workers finished in, and each unit derives its random
seed from (build seed, stage, index), so outputs do not depend on the number of workers.

`LocalRunner` (processes on this machine) is the default; `prep.executors.ray.RayRunner` runs the same
tasks on a Ray cluster behind the same `run` signature. `make_runner` picks one from the config.
Markers are written by the driver in both, so a build started on one executor resumes on the other.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing as mp
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from privbert.io import write_json_atomic

UnitResult = dict[str, Any]
Progress = Callable[[str], None]


@dataclass(frozen=True)
class Unit:
    stage: str
    index: int

    @property
    def name(self) -> str:
        return f"{self.stage}-{self.index:05d}"

    def seed(self, build_seed: int) -> int:
        """A 63-bit seed from (build seed, stage, index): stable across runs, machines and worker counts."""
        digest = hashlib.blake2b(f"{build_seed}/{self.stage}/{self.index}".encode(), digest_size=8).digest()
        return int.from_bytes(digest, "big") >> 1


class Runner(Protocol):
    def run(self, task: Callable[[Unit], UnitResult], units: Sequence[Unit], marker_dir: Path) -> list[UnitResult]:
        ...

    def close(self) -> None:
        ...


def _stderr(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


class UnitLedger:
    """The marker bookkeeping both executors share: what is done, what is left, results in unit order."""

    def __init__(self, units: Sequence[Unit], marker_dir: Path, progress: Progress):
        self.units = list(units)
        self.marker_dir = marker_dir
        self.progress = progress
        self.stage = self.units[0].stage if self.units else "?"
        self.results: dict[int, UnitResult] = {}
        marker_dir.mkdir(parents=True, exist_ok=True)
        self.todo: list[Unit] = []
        for unit in self.units:
            marker = self._marker(unit)
            if marker.is_file():
                self.results[unit.index] = json.loads(marker.read_text(encoding="utf-8"))
            else:
                self.todo.append(unit)
        if len(self.todo) < len(self.units):
            done = len(self.units) - len(self.todo)
            progress(f"[{self.stage}] {done} of {len(self.units)} units already done, skipping them")

    def _marker(self, unit: Unit) -> Path:
        return self.marker_dir / f"{unit.name}.json"

    def finish(self, unit: Unit, result: UnitResult) -> None:
        """Record a unit whose outputs are in place (called by the driver, never by a worker)."""
        write_json_atomic(self._marker(unit), result)
        self.results[unit.index] = result
        self.progress(f"[{self.stage}] unit {len(self.results)}/{len(self.units)} done")

    def in_order(self) -> list[UnitResult]:
        return [self.results[unit.index] for unit in self.units]


class LocalRunner:
    """Runs units inline (workers=1) or in one pool of spawned processes kept for the whole build.

    The pool lives as long as the runner, like Ray's workers, so the per-process start-up (imports,
    a Presidio analyzer, a tokenizer) is paid once per worker, not once per stage.
    """

    def __init__(self, workers: int = 1, progress: Progress | None = None):
        self.workers = workers
        self.progress = progress or _stderr
        self._pool: ProcessPoolExecutor | None = None

    def run(self, task: Callable[[Unit], UnitResult], units: Sequence[Unit], marker_dir: Path) -> list[UnitResult]:
        ledger = UnitLedger(units, marker_dir, self.progress)
        todo = ledger.todo
        if self.workers <= 1 or len(todo) <= 1:
            for unit in todo:
                ledger.finish(unit, task(unit))
        else:
            if self._pool is None:
                ctx = mp.get_context("spawn")  # no fork: the parent holds Rust thread pools (tokenizers)
                self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx)
            futures = {self._pool.submit(task, unit): unit for unit in todo}
            for future in as_completed(futures):
                ledger.finish(futures[future], future.result())
        return ledger.in_order()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


def make_runner(executor: str, workers: int, ray_address: str = "", progress: Progress | None = None) -> Runner:
    """The runner a build asked for: `local` processes, or `ray` (an existing cluster or a local one)."""
    if executor == "local":
        return LocalRunner(workers, progress=progress)
    if executor == "ray":
        from prep.executors.ray import RayRunner

        return RayRunner(address=ray_address, num_cpus=workers, progress=progress)
    raise ValueError(f"executor must be 'local' or 'ray', found {executor!r}")
