"""`LocalRunner`: the units of a stage on this machine, inline or in one pool of spawned processes."""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from prep.executors.base import Progress, Unit, UnitLedger, UnitResult, print_progress, run_unit


class LocalRunner:
    """Runs units inline (workers=1) or in one pool of spawned processes kept for the whole build; with a pool,
    a stage of one unit runs there too, as on Ray, so the driver stays lean and every peak is a worker's.

    The pool lives as long as the runner, like Ray's workers, so the per-process start-up (imports,
    a Presidio analyzer, a tokenizer) is paid once per worker, not once per stage, until the build calls
    `release_workers` (after the scrub: the later stages do not need the scrubber's memory).
    """

    def __init__(self, workers: int = 1, progress: Progress | None = None):
        self.workers = workers
        self.progress = progress or print_progress
        self._pool: ProcessPoolExecutor | None = None
        self.peak_rss_mb: dict[str, float] = {}

    def run(self, task: Callable[[Unit], UnitResult], units: Sequence[Unit], marker_dir: Path) -> list[UnitResult]:
        ledger = UnitLedger(units, marker_dir, self.progress)
        todo = ledger.todo
        if self.workers <= 1 or not todo:
            for unit in todo:
                ledger.finish(unit, *run_unit(task, unit))
        else:
            if self._pool is None:
                ctx = mp.get_context("spawn")  # no fork: the parent holds Rust thread pools (tokenizers)
                self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx)
            futures = {self._pool.submit(run_unit, task, unit): unit for unit in todo}
            for future in as_completed(futures):
                ledger.finish(futures[future], *future.result())
        ledger.record_peak(self.peak_rss_mb)
        return ledger.in_order()

    def release_workers(self) -> None:
        """Shut the pool down: the next `run` spawns fresh processes (a second or two), without the scrubber
        and the heaps of the stages before."""
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None
