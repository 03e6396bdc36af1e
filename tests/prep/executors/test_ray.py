"""The Ray executor: same shards as the local one, resume across executors, retries, once-per-worker objects.

The Ray tests start a local Ray with 2 CPUs (no dashboard, usage stats off: nothing leaves the
machine) and shut it down at the end; they are skipped only where Ray is not installed.
"""

import json
import os
import shutil
import sys
from collections import Counter
from functools import partial
from pathlib import Path

import pytest

from prep.build import build, prepare_output_dir
from prep.cli import _load, build_parser
from prep.config import PrepConfig
from prep.demo.corpus import generate_corpus
from prep.executors import Unit
from privbert.build_format import MANIFEST_NAME
from privbert.config import from_dict


def _cfg(tmp: Path, name: str, **root) -> PrepConfig:
    corpus = tmp / "corpus.jsonl"
    if not corpus.exists():
        corpus.write_text(
            "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in generate_corpus(n_docs=60, seed=5)),
            encoding="utf-8",
        )
    return from_dict(PrepConfig, {
        "output_dir": str(tmp / name), "workers": 1, "seed": 11, **root,
        "input": {"paths": [str(corpus)], "docs_per_part": 20},
        "tokenizer": {"vocab_size": 800},
        "shards": {"max_seq_len": 64},
    })


# --- without Ray -----------------------------------------------------------------------------------------------


def test_missing_ray_is_reported_at_construction_with_the_install_command(monkeypatch):
    from prep.executors.ray import RayRunner

    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` raises ImportError
    with pytest.raises(ImportError, match=r"pip install '\.\[distributed\]'"):
        RayRunner()


def test_executor_is_validated_and_ray_address_needs_the_ray_executor(tmp_path):
    with pytest.raises(ValueError, match="executor must be one of"):
        _cfg(tmp_path, "x", executor="spark")
    with pytest.raises(ValueError, match="ray_address is set but executor is 'local'"):
        _cfg(tmp_path, "x", ray_address="10.0.0.1:6379")


def test_cli_ray_address_implies_the_ray_executor():
    args = build_parser().parse_args(["build", "--ray-address", "10.0.0.1:6379"])
    cfg = _load(args)
    assert (cfg.executor, cfg.ray_address) == ("ray", "10.0.0.1:6379")
    assert _load(build_parser().parse_args(["build", "--executor", "ray"])).executor == "ray"
    assert _load(build_parser().parse_args(["build"])).executor == "local"


def test_resume_accepts_another_executor_or_worker_count_but_not_another_output_setting(tmp_path):
    out = tmp_path / "b"
    prepare_output_dir(out, _cfg(tmp_path, "b"), overwrite=False, resume=False)
    (out / "marker").write_text("x")  # non-empty: an interrupted build
    prepare_output_dir(out, _cfg(tmp_path, "b", executor="ray", ray_address="h:1", workers=4), False, resume=True)
    with pytest.raises(ValueError, match="another config"):
        prepare_output_dir(out, _cfg(tmp_path, "b", executor="ray", seed=12), False, resume=True)


# --- on a local Ray cluster ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ray_session():
    ray = pytest.importorskip("ray", reason="Ray is not installed (pip install '.[distributed]')")
    from ray import cloudpickle

    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    # the helper tasks below travel by value: workers need not find this test module on their path
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    ray.init(address="local", num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        yield ray
    finally:
        ray.shutdown()
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])


@pytest.fixture(scope="module")
def local_build(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("ray")
    cfg = _cfg(tmp, "local", workers=1)
    return tmp, build(cfg, log=lambda msg: None)


def _shards(manifest):
    return [(s["file"], s["rows"], s["sha256"]) for s in manifest["shards"]]


def test_ray_build_writes_the_same_shards_as_the_local_build(ray_session, local_build):
    tmp, local = local_build
    on_ray = build(_cfg(tmp, "ray", executor="ray", workers=2), log=lambda msg: None)
    assert len(local["shards"]) == 3
    assert _shards(on_ray) == _shards(local)
    assert on_ray["tokenizer"]["sha256"] == local["tokenizer"]["sha256"]
    assert on_ray["counts"] == local["counts"]
    assert on_ray["build"]["executor"] == "ray" and local["build"]["executor"] == "local"
    assert ray_session.is_initialized()  # a Ray the build did not start is left running


def test_a_local_build_resumes_on_ray_redoing_only_the_missing_unit(ray_session, local_build):
    tmp, local = local_build
    out = tmp / "local"
    (out / "shards" / "shard-00001.arrow").unlink()  # a crash after the scrub stage of unit 1
    (out / "work" / "done" / "shards-00001.json").unlink()
    (out / MANIFEST_NAME).unlink()
    cfg = from_dict(PrepConfig, {**json.loads((out / "work" / "config.json").read_text()),
                                 "executor": "ray", "workers": 2})
    messages = []
    resumed = build(cfg, resume=True, log=messages.append)
    assert _shards(resumed) == _shards(local)
    assert "[scrub] 3 of 3 units already done, skipping them" in messages
    assert "[shards] 2 of 3 units already done, skipping them" in messages
    assert sum("[shards] unit" in m for m in messages) == 1  # one unit ran


def _fails_on_first_attempt(flag_dir: str, unit: Unit) -> dict:
    flag = Path(flag_dir) / unit.name
    if not flag.exists():
        flag.touch()
        raise RuntimeError(f"transient failure of {unit.name}")
    return {"index": unit.index, "pid": os.getpid()}


def test_failed_tasks_are_retried_and_results_come_back_in_unit_order(ray_session, tmp_path):
    from prep.executors.ray import RayRunner

    units = [Unit("flaky", i) for i in range(4)]
    task = partial(_fails_on_first_attempt, str(tmp_path))
    results = RayRunner(max_retries=1, progress=lambda msg: None).run(task, units, tmp_path / "done")
    assert [r["index"] for r in results] == [0, 1, 2, 3]
    assert sorted(p.name for p in (tmp_path / "done").iterdir()) == [f"{u.name}.json" for u in units]

    other = [Unit("once", i) for i in range(2)]
    with pytest.raises(RuntimeError, match="transient failure of once-"):
        RayRunner(max_retries=0, progress=lambda msg: None).run(task, other, tmp_path / "done")
    assert not any(p.name.startswith("once-") for p in (tmp_path / "done").iterdir())  # no marker for a failure


def _tokenizer_probe(tok_dir: str, unit: Unit) -> dict:
    from prep.units import _tokenizer

    before = _tokenizer.cache_info().misses
    _tokenizer(tok_dir)
    return {"pid": os.getpid(), "built": _tokenizer.cache_info().misses - before}


def test_the_tokenizer_is_built_once_per_worker_not_per_unit(ray_session, local_build, tmp_path):
    from prep.executors.ray import RayRunner

    tmp, _ = local_build
    tok_dir = tmp_path / "tok"  # a folder no worker has loaded yet
    shutil.copytree(tmp / "local" / "tokenizer", tok_dir)
    units = [Unit("probe", i) for i in range(8)]
    results = RayRunner(progress=lambda msg: None).run(partial(_tokenizer_probe, str(tok_dir)), units, tmp_path / "d")
    built = Counter()
    for r in results:
        built[r["pid"]] += r["built"]
    assert set(built.values()) == {1}  # every worker process that ran units built it exactly once
    assert len(built) < len(units)  # 2 CPUs: worker processes are reused across units
