"""DDP under `torchrun --nproc_per_node 2` on CPU (gloo): disjoint samples, exact resume, another world size.

One 2-rank run (4 steps, checkpoints at 2 and 4) is shared by the tests; each test works on a copy.
Every rank logs the example indices of its batches (run.log_samples), which is what is compared.
"""

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from privbert.config import from_dict
from train.config import TrainConfig
from train.data import SampleOrder
from train.trainer import run_training

ROOT = Path(__file__).resolve().parents[2]
BATCH = 8
SEED = 1234


def settings(build: Path, run_dir: Path, max_steps: int) -> dict:
    return {
        "data": {"build_dir": str(build), "batch_size": BATCH, "num_workers": 0},
        "model": {"preset": "tiny", "hidden_size": 64, "num_heads": 2},
        "optim": {"lr": 2e-3, "warmup_steps": 2, "max_steps": max_steps},
        "run": {
            "output_dir": str(run_dir),
            "seed": SEED,
            "log_every": 1,
            "checkpoint_every": 2,
            "keep_checkpoints": 3,
            "device": "cpu",
            "cpu_threads": 1,
            "tensorboard": False,
            "export": False,
            "log_samples": True,
        },
    }


def write_toml(path: Path, data: dict) -> Path:
    lines = []
    for section, values in data.items():
        lines.append(f"[{section}]")
        lines += [f"{key} = {json.dumps(value)}" for key, value in values.items()]  # JSON scalars are TOML
    path.write_text("\n".join(lines) + "\n")
    return path


def torchrun(config: Path, *flags: str, nproc: int = 2) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("WORLD_SIZE", "RANK", "LOCAL_RANK", "MASTER_ADDR")}
    command = [sys.executable, "-m", "torch.distributed.run", "--standalone", f"--nproc_per_node={nproc}",
               "-m", "train", "run", "--config", str(config), *flags]
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=300)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # the ranks too, not only torchrun
        _kill_ranks(config)  # a rank left in a session of its own outlives the group and holds the pipes open
        proc.communicate(timeout=60)
        raise
    return subprocess.CompletedProcess(command, proc.returncode, out, err)


def _kill_ranks(config: Path) -> None:
    """SIGKILL every process whose command line names `config` (a hung run's ranks, whatever their session)."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if str(config).encode() in (entry / "cmdline").read_bytes():
                os.kill(int(entry.name), signal.SIGKILL)
        except (OSError, ValueError):
            continue  # gone already, or not ours to read


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def samples(run_dir: Path) -> dict[tuple[int, int], list[int]]:
    """(step, rank) -> example indices, from every rank's sample log."""
    out = {}
    for path in sorted((run_dir / "samples").glob("rank-*.jsonl")):
        rank = int(path.stem.split("-")[1])
        for record in read_jsonl(path):
            assert (record["step"], rank) not in out, "a step logged twice"
            out[(record["step"], rank)] = record["indices"]
    return out


def stream(seen: dict[tuple[int, int], list[int]]) -> list[int]:
    """The samples in the order the global stream handed them out: by step, then by rank."""
    return [i for key in sorted(seen) for i in seen[key]]


def once_more_if_hung(attempt_run):
    """`attempt_run(attempt)` for attempt 1, and once more for attempt 2 (in a fresh folder) if the first hung:
    about once in ten runs on a loaded 2-core machine, one rank was left waiting until the subprocess timeout
    (cause not found yet; train/ had not changed). A second hang, or any failure that is not a hang, still fails."""
    for attempt in (1, 2):
        try:
            return attempt_run(attempt)
        except subprocess.TimeoutExpired:
            if attempt == 2:
                raise
            print("two-rank torchrun run hung; retrying once in a fresh folder", file=sys.stderr)
    raise AssertionError("unreachable")


@pytest.fixture(scope="module")
def two_rank_run(shared_build, tmp_path_factory):
    def attempt_run(attempt: int):
        root = tmp_path_factory.mktemp("ddp")
        config = write_toml(root / "train.toml", settings(shared_build, root / "run", max_steps=4))
        return root, torchrun(config)

    root, done = once_more_if_hung(attempt_run)
    assert done.returncode == 0, done.stderr[-3000:]
    return root / "run", done.stdout


def test_two_ranks_train_on_disjoint_slices_of_the_global_stream(two_rank_run, shared_build):
    run_dir, stdout = two_rank_run
    assert "x 2 ranks" in stdout and "step      4/4" in stdout
    assert [r["step"] for r in read_jsonl(run_dir / "log.jsonl")] == [1, 2, 3, 4]  # rank 0 only writes
    seen = samples(run_dir)
    assert sorted(seen) == [(s, r) for s in range(1, 5) for r in (0, 1)]
    num_rows = len(json.loads((shared_build / "rows.json").read_text()))
    order = SampleOrder(num_rows, SEED)
    for step in range(1, 5):
        rank0, rank1 = seen[(step, 0)], seen[(step, 1)]
        assert len(rank0) == len(rank1) == BATCH and not set(rank0) & set(rank1)
        lo = (step - 1) * 2 * BATCH
        assert rank0 + rank1 == order.indices(lo, lo + 2 * BATCH).tolist()
    assert [p.name for p in sorted((run_dir / "checkpoints").iterdir())] == ["step-000002", "step-000004"]


def test_a_killed_two_rank_run_resumes_with_the_same_losses(two_rank_run, tmp_path, shared_build):
    run_dir, _ = two_rank_run
    expected = read_jsonl(run_dir / "log.jsonl")

    def attempt_run(attempt: int):
        copy = tmp_path / f"run-{attempt}"
        shutil.copytree(run_dir, copy)
        shutil.rmtree(copy / "checkpoints/step-000004")  # as if killed after step 4 but before its checkpoint
        config = write_toml(tmp_path / f"train-{attempt}.toml", settings(shared_build, copy, max_steps=4))
        return copy, torchrun(config, "--resume")

    copy, done = once_more_if_hung(attempt_run)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "resuming from" in done.stdout and "at step 2" in done.stdout
    got = read_jsonl(copy / "log.jsonl")
    assert [r["step"] for r in got] == [1, 2, 3, 4]
    assert [r["loss"] for r in got] == [r["loss"] for r in expected]  # bit-for-bit, not approximately
    assert samples(copy) == samples(run_dir)


def test_resume_with_one_rank_continues_the_global_stream(two_rank_run, tmp_path, shared_build):
    run_dir, _ = two_rank_run
    copy = tmp_path / "resumed"
    shutil.copytree(run_dir, copy)
    # 4 steps x 2 ranks x 8, then 4 more steps x 1 rank x 8: 96 samples
    run_training(from_dict(TrainConfig, settings(shared_build, copy, max_steps=8)), resume=True)
    straight = tmp_path / "straight"
    run_training(from_dict(TrainConfig, settings(shared_build, straight, max_steps=12)))  # 12 x 8 = 96
    resumed = stream(samples(copy))
    assert resumed == stream(samples(straight))  # nothing repeated, nothing skipped, same order
    assert len(resumed) == 96


def test_a_shard_only_rank_0_finds_corrupt_stops_every_rank(build_copy, tmp_path):
    shard = build_copy / "shards/shard-00000.arrow"
    data = bytearray(shard.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same size: only the hash (rank 0's check) sees it
    shard.write_bytes(data)
    config = write_toml(tmp_path / "train.toml", settings(build_copy, tmp_path / "run", max_steps=2))
    done = torchrun(config)
    assert done.returncode != 0
    assert "shard-00000.arrow has sha256" in done.stderr and "rank 0:" in done.stderr  # rank 1 says whose
