"""Executors: run units of work on local processes (`local`) or a Ray cluster (`ray`).

The only package in prep/ that knows about processes, ranks and Ray."""

from prep.executors.base import Progress, Runner, Unit, UnitLedger, UnitResult
from prep.executors.local import LocalRunner

__all__ = ["LocalRunner", "Progress", "Runner", "Unit", "UnitLedger", "UnitResult", "make_runner"]


def make_runner(executor: str, workers: int, ray_address: str = "", progress: Progress | None = None) -> Runner:
    """The runner a build asked for: `local` processes, or `ray` (an existing cluster or a local one)."""
    if executor == "local":
        return LocalRunner(workers, progress=progress)
    if executor == "ray":
        from prep.executors.ray import RayRunner

        return RayRunner(address=ray_address, num_cpus=workers, progress=progress)
    raise ValueError(f"executor must be 'local' or 'ray', found {executor!r}")
