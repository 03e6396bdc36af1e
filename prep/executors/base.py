"""What every executor shares: a unit of work, the runner protocol, and the marker ledger.

A stage hands the runner a task (a picklable callable taking a `Unit`) and its units. Each unit's
result (a small dict of counts) is saved as a marker file once the unit's outputs are in place; a
rerun skips units that have a marker, so an interrupted build redoes only unfinished work. Results
come back in unit order whatever order the workers finished in, and each unit derives its random
seed from (build seed, stage, index), so outputs do not depend on the number of workers.

`prep.executors.local.LocalRunner` (processes on this machine) is the default; `prep.executors.ray.RayRunner`
runs the same tasks on a Ray cluster behind the same `run` signature; `prep.executors.make_runner` picks one.
Markers are written by the driver in both, so a build started on one executor resumes on the other.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from privbert.io import write_json_atomic
from privbert.progress import progress_bar

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


def print_progress(msg: str) -> None:
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
        # On a terminal a bar (units done / total, rate, ETA) replaces the per-unit lines; elsewhere it is off
        self.bar = progress_bar(desc=f"[{self.stage}]", unit="unit", total=len(self.units),
                                initial=len(self.units) - len(self.todo))

    def _marker(self, unit: Unit) -> Path:
        return self.marker_dir / f"{unit.name}.json"

    def finish(self, unit: Unit, result: UnitResult) -> None:
        """Record a unit whose outputs are in place (called by the driver, never by a worker)."""
        write_json_atomic(self._marker(unit), result)
        self.results[unit.index] = result
        if self.bar.disable:
            self.progress(f"[{self.stage}] unit {len(self.results)}/{len(self.units)} done")
        else:
            self.bar.update(1)

    def in_order(self) -> list[UnitResult]:
        self.bar.close()
        return [self.results[unit.index] for unit in self.units]
