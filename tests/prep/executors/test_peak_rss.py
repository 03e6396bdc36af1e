"""Each unit's peak resident memory is measured in the process that ran it, and kept per stage."""

import pytest

from prep.executors import LocalRunner, Unit
from prep.executors.base import peak_rss_bytes, reset_peak_rss, run_unit

MB = 2**20


def _hold(unit: Unit) -> dict:
    """Touch `unit.index` x 50 MB, then let it go."""
    block = bytearray(unit.index * 50 * MB)
    block[:: 4096] = b"x" * len(block[:: 4096])  # every page resident
    return {"held_mb": len(block) // MB}


def test_a_unit_that_holds_memory_shows_it():
    result, peak = run_unit(_hold, Unit("hold", 4))
    assert result == {"held_mb": 200} and peak >= 200 * MB


def test_the_peak_is_per_unit_where_the_kernel_can_reset_it():
    run_unit(_hold, Unit("hold", 4))
    if not reset_peak_rss():
        pytest.skip("this kernel does not let a process reset its peak RSS (/proc/self/clear_refs)")
    _, small = run_unit(_hold, Unit("hold", 0))
    assert small < peak_rss_bytes() + 50 * MB and small < 150 * MB + _baseline()


def _baseline() -> int:
    reset_peak_rss()
    return peak_rss_bytes()


@pytest.mark.parametrize("workers", [1, 2])
def test_the_runner_keeps_the_largest_unit_peak_of_each_stage(tmp_path, workers):
    runner = LocalRunner(workers, progress=lambda msg: None)
    try:
        runner.run(_hold, [Unit("big", i) for i in (1, 3)], tmp_path / "done")
        runner.run(_hold, [Unit("small", 0)], tmp_path / "done")
    finally:
        runner.close()
    assert runner.peak_rss_mb["big"] >= 150
    assert set(runner.peak_rss_mb) == {"big", "small"}


def _pid(unit: Unit) -> dict:
    import os

    return {"pid": os.getpid()}


def test_released_workers_are_new_processes_for_the_next_stage(tmp_path):
    """After the scrub the build releases the pool: the tokenizer's units run in processes that never held
    the scrubber (its ~0.5 GB would count in their peak and the machine's)."""
    runner = LocalRunner(2, progress=lambda msg: None)
    try:
        before = {r["pid"] for r in runner.run(_pid, [Unit("a", i) for i in range(4)], tmp_path / "done")}
        again = {r["pid"] for r in runner.run(_pid, [Unit("b", i) for i in range(4)], tmp_path / "done")}
        runner.release_workers()
        after = {r["pid"] for r in runner.run(_pid, [Unit("c", i) for i in range(4)], tmp_path / "done")}
    finally:
        runner.close()
    assert again <= before  # kept between stages until released
    assert not after & before
