"""What every executor shares: a unit of work, the runner protocol, and the marker ledger.

A stage hands the runner a task (a picklable callable taking a `Unit`) and its units. Each unit's
result (a small dict of counts) is saved as a marker file once the unit's outputs are in place; a
rerun skips units that have a marker, so an interrupted build redoes only unfinished work. Results
come back in unit order whatever order the workers finished in, and each unit derives its random
seed from (build seed, stage, index), so outputs do not depend on the number of workers.

`prep.executors.local.LocalRunner` (processes on this machine) is the default; `prep.executors.ray.RayRunner`
runs the same tasks on a Ray cluster behind the same `run` signature; `prep.executors.make_runner` picks one.
Markers are written by the driver in both, so a build started on one executor resumes on the other.

Each unit runs through `run_unit`, which also measures the unit's peak resident memory in the process
that ran it; the runner keeps the largest per stage (`Runner.peak_rss_mb`), which the build records in
its manifest: the figure that shows whether a stage's memory grows with the corpus.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import re
import resource
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
    peak_rss_mb: dict[str, float]  # stage -> the largest peak resident memory of one of its units, in MB

    def run(self, task: Callable[[Unit], UnitResult], units: Sequence[Unit], marker_dir: Path) -> list[UnitResult]:
        ...

    def release_workers(self) -> None:
        """End the worker processes and whatever they cached (a scrubber holds ~0.5 GB per worker): the
        next stage starts lean ones. A runner whose workers it cannot end (Ray's) keeps them."""
        ...

    def close(self) -> None:
        ...


def reset_peak_rss() -> bool:
    """Lower this process's peak-RSS mark to its current RSS (Linux >= 4.0: `clear_refs` 5); False where
    the kernel does not allow it, and the next `peak_rss_bytes` is then the process's lifetime peak."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def peak_rss_bytes() -> int:
    """This process's peak resident memory since its start or the last `reset_peak_rss`, in bytes."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            found = re.search(r"^VmHWM:\s+(\d+) kB", f.read(), re.MULTILINE)
        if found:
            return int(found.group(1)) * 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kB on Linux, bytes on macOS
    return peak if sys.platform == "darwin" else peak * 1024


def run_unit(task: Callable[[Unit], UnitResult], unit: Unit) -> tuple[UnitResult, int]:
    """Run one unit in this process: (its result, the process's peak resident bytes while it ran).

    A worker process keeps what earlier units imported and cached (Presidio, a tokenizer), so the
    figure is what the process held at most during this unit, those included: what a machine running
    one such worker per core must have per core."""
    reset_peak_rss()
    result = task(unit)
    peak = peak_rss_bytes()
    release_memory()
    return result, peak


def release_memory() -> None:
    """Give back what a finished unit freed, so the worker's next unit (maybe of another stage) starts from
    what the process needs, not from the last unit's high water: pyarrow's allocator keeps freed blocks
    cached and glibc keeps a freed heap; both are returned to the system here (no `gc.collect()`: a quarter
    of a second in a process holding Presidio, per unit, and the units' data has no reference cycles)."""
    if "pyarrow" in sys.modules:
        sys.modules["pyarrow"].default_memory_pool().release_unused()
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):  # another C library (musl): nothing to trim
            pass


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
        self.peak_rss = 0  # bytes: the largest of the units this run ran (units done before are not measured)
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

    def finish(self, unit: Unit, result: UnitResult, peak_rss: int = 0) -> None:
        """Record a unit whose outputs are in place (called by the driver, never by a worker)."""
        write_json_atomic(self._marker(unit), result)
        self.peak_rss = max(self.peak_rss, peak_rss)
        self.results[unit.index] = result
        if self.bar.disable:
            self.progress(f"[{self.stage}] unit {len(self.results)}/{len(self.units)} done")
        else:
            self.bar.update(1)

    def record_peak(self, peaks: dict[str, float]) -> None:
        """Fold this run's largest unit peak into `peaks` (stage -> MB), the runner's record."""
        if self.peak_rss:
            peaks[self.stage] = max(peaks.get(self.stage, 0.0), round(self.peak_rss / 2**20, 1))

    def in_order(self) -> list[UnitResult]:
        self.bar.close()
        return [self.results[unit.index] for unit in self.units]
