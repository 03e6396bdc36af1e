"""`RayRunner`: the units of a stage as Ray tasks, on an existing cluster or a local one.

Same contract as `LocalRunner.run`: the same task and unit (so the same seed and the same output
bytes), results in unit order, markers written by the driver as each unit finishes, so a rerun
skips completed units whichever executor ran them. Failed tasks are retried by Ray (`max_retries`,
application errors included: a flaky read from shared storage should not end a long build).

Heavy objects are built once per worker, not per unit: Ray keeps its worker processes alive across
tasks, and `prep.units` caches the scrubber and the tokenizer per process (`functools.cache`).

On a multi-node cluster every worker opens the paths the task names, so the build folder (and
local-path inputs) must be on storage every node mounts at the same path, and the project must be
installed on every node. The driver only reads the inputs (ingest) and hashes the results.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from prep.executors.base import Progress, Unit, UnitLedger, UnitResult, print_progress, run_unit

INSTALL_HINT = "pip install '.[distributed]'"


def _call(task: Callable[[Unit], UnitResult], unit: Unit) -> tuple[UnitResult, int]:
    return run_unit(task, unit)


class RayRunner:
    """Runs each unit as a Ray task; connects to `address` (or `RAY_ADDRESS`), else starts a local Ray.

    A local Ray gets `num_cpus` CPUs and no dashboard, with usage stats off: nothing leaves the
    machine. If Ray is already initialized in this process (a notebook, a test), it is used as is
    and left running on `close()`.
    """

    def __init__(
        self, address: str = "", num_cpus: int | None = None, max_retries: int = 3, progress: Progress | None = None
    ):
        try:
            import ray
        except ImportError as exc:
            raise ImportError(
                f"executor 'ray' needs Ray, which is not installed here; install it with {INSTALL_HINT} "
                "(or pick executor 'local')"
            ) from exc
        self._ray = ray
        self.max_retries = max_retries
        self.progress = progress or print_progress
        self.started = False
        self.peak_rss_mb: dict[str, float] = {}
        if not ray.is_initialized():
            address = address or os.environ.get("RAY_ADDRESS", "")
            if address:
                ray.init(address=address)
            else:
                os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
                ray.init(address="local", num_cpus=num_cpus, include_dashboard=False)
            self.started = True
        self._remote = ray.remote(_call).options(num_cpus=1, max_retries=max_retries, retry_exceptions=True)

    def run(self, task: Callable[[Unit], UnitResult], units: Sequence[Unit], marker_dir: Path) -> list[UnitResult]:
        ray = self._ray
        ledger = UnitLedger(units, marker_dir, self.progress)
        if not ledger.todo:
            return ledger.in_order()
        task_ref = ray.put(task)  # shipped once, not once per unit
        pending = {self._remote.remote(task_ref, unit): unit for unit in ledger.todo}
        while pending:
            ready, _ = ray.wait(list(pending), num_returns=1)
            unit = pending.pop(ready[0])
            try:
                result, peak = ray.get(ready[0])
            except Exception:
                # Ray re-raises the task's own exception type (a bad input stays a ValueError).
                self.progress(f"[{ledger.stage}] unit {unit.name} failed after {self.max_retries} retries")
                for ref in pending:
                    ray.cancel(ref)
                raise
            ledger.finish(unit, result, peak)
        ledger.record_peak(self.peak_rss_mb)
        return ledger.in_order()

    def release_workers(self) -> None:
        """Nothing: Ray reuses its worker processes across tasks and ends idle ones itself, so a worker that
        scrubbed may count words with the scrubber still loaded (size a cluster's memory for the scrub)."""

    def close(self) -> None:
        """Shut down a Ray this runner started; a cluster or session started by someone else stays up."""
        if self.started:
            self._ray.shutdown()
            self.started = False
