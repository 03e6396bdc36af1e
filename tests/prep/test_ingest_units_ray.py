"""The ingest units on Ray: the same parts, byte for byte, as the one-process ingest (skipped without Ray)."""

import os

import pytest

from prep.build import ingest_stage
from prep.config import PrepConfig
from prep.readers import describe_input
from privbert.config import from_dict
from tests.prep.test_ingest_units import _corpus, _sums


def test_ray_writes_the_parts_of_the_one_process_ingest(tmp_path):
    ray = pytest.importorskip("ray", reason="Ray is not installed (pip install '.[distributed]')")
    from prep.executors.ray import RayRunner
    from prep.ingest_units import ingest_in_one_process

    paths = _corpus(tmp_path / "in")
    cfg = from_dict(PrepConfig, {"input": {"paths": paths, "docs_per_part": 17, "min_chars": 5,
                                           "unit_mb": 0.000001, "hash_partitions": 4}})
    n_parts, counts = ingest_in_one_process(cfg.input, tmp_path / "ref")
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        work = tmp_path / "ray" / "work"
        work.mkdir(parents=True)
        got = ingest_stage(cfg, paths, [describe_input(p) for p in paths], work, RayRunner(progress=lambda m: None))
    finally:
        ray.shutdown()
    assert (got[0], dict(got[1]), _sums(work / "parts")) == (n_parts, counts, _sums(tmp_path / "ref"))
