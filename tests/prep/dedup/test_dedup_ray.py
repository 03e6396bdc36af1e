"""The near-dedup stage on Ray: the same drop lists and counts as on local processes (skipped without Ray)."""

import os
from pathlib import Path

import pytest

from prep.config import DedupConfig, InputConfig, PrepConfig
from prep.dedup.stage import DROPS
from prep.executors import LocalRunner
from prep.ingest_units import ingest_in_one_process
from prep.stages import near_dedup
from tests.prep.dedup.test_dedup_build import _write_corpus


def _stage(tmp: Path, name: str, runner) -> tuple[dict, dict[str, bytes]]:
    corpus = tmp / "corpus.jsonl"
    if not corpus.exists():
        _write_corpus(corpus)
    work = tmp / name
    inputs = InputConfig(paths=(str(corpus),), docs_per_part=25)
    n_parts, _ = ingest_in_one_process(inputs, work / "parts")
    cfg = PrepConfig(input=inputs, dedup=DedupConfig(partitions=3))
    counts = near_dedup(cfg, work, n_parts, runner, lambda m: None)
    drops = {p.name: p.read_bytes() for p in sorted((work / "dedup" / DROPS).iterdir())}
    return dict(counts), drops


def test_ray_gives_the_same_drop_lists_as_local_processes(tmp_path):
    ray = pytest.importorskip("ray", reason="Ray is not installed (pip install '.[distributed]')")
    from prep.executors.ray import RayRunner

    local = _stage(tmp_path, "local", LocalRunner(1, progress=lambda m: None))
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        on_ray = _stage(tmp_path, "ray", RayRunner(progress=lambda m: None))
    finally:
        ray.shutdown()
    assert local[0]["near_dup_clusters"] >= 1
    assert on_ray == local
