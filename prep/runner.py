"""Executors for units of work. Only this module knows about processes.

A stage hands the runner a task (a picklable callable taking a `Unit`) and its units. Each unit's
result (a small dict of counts) is saved as a marker file once the unit's outputs are in place; a
rerun skips units that have a marker, so an interrupted build redoes only unfinished work. Results
come back in unit order whatever order the workers finished in, and each unit derives its random
seed from (build seed, stage, index), so outputs do not depend on the number of workers.

`LocalRunner` (processes on this machine) is the default; a Ray executor plugs in behind the same
`run` signature.
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
from typing import Any

from common.shard_format import write_json_atomic

UnitResult = dict[str, Any]


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


class LocalRunner:
    """Runs units inline (workers=1) or in a pool of spawned processes."""

    def __init__(self, workers: int = 1, progress: Callable[[str], None] | None = None):
        self.workers = workers
        self.progress = progress or (lambda msg: print(msg, file=sys.stderr, flush=True))

    def run(self, task: Callable[[Unit], UnitResult], units: Sequence[Unit], marker_dir: Path) -> list[UnitResult]:
        marker_dir.mkdir(parents=True, exist_ok=True)
        results: dict[int, UnitResult] = {}
        todo = []
        for unit in units:
            marker = marker_dir / f"{unit.name}.json"
            if marker.is_file():
                results[unit.index] = json.loads(marker.read_text(encoding="utf-8"))
            else:
                todo.append(unit)
        stage = units[0].stage if units else "?"
        if len(todo) < len(units):
            self.progress(f"[{stage}] {len(units) - len(todo)} of {len(units)} units already done, skipping them")

        def finish(unit: Unit, result: UnitResult) -> None:
            write_json_atomic(marker_dir / f"{unit.name}.json", result)
            results[unit.index] = result
            self.progress(f"[{stage}] unit {len(results)}/{len(units)} done")

        if self.workers <= 1 or len(todo) <= 1:
            for unit in todo:
                finish(unit, task(unit))
        else:
            ctx = mp.get_context("spawn")  # no fork: the parent holds Rust thread pools (tokenizers)
            with ProcessPoolExecutor(max_workers=min(self.workers, len(todo)), mp_context=ctx) as pool:
                futures = {pool.submit(task, unit): unit for unit in todo}
                for future in as_completed(futures):
                    finish(futures[future], future.result())
        return [results[unit.index] for unit in units]
