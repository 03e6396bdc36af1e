"""Nothing lost: `kill -9` at any moment, then `--resume`, gives exactly what an uninterrupted run gives.

Prep: one uninterrupted build is the reference (and times the build). Then a chain of builds of the
same config is started and SIGKILLed, process group and all (the local runner's spawned workers
die with the driver), each resuming what the previous one left; the kill points are spread over the
whole build: two by wall time in the start-up, then after the k-th of the build's N unit
completions for k evenly spaced over 1..N, each plus a random delay, and one while the finished
build shuts its workers down. Kill points are placed by progress rather than by fractions of the
wall-clock duration because on these shared 2-core machines the start-up (spawning workers that
load Presidio) is 60-80% of a small build's duration and varies threefold with load, so
wall-clock fractions would nearly all land in it. Every process start is one trial, so 11 kills
cost about as much as 11 starts. After every kill, each file under a final name (shards,
tokenizer, manifest, split parts, markers) must be complete: identical to the reference's or
parseable. The last resume must finish with the reference's shards, tokenizer and counts.

Train: a run is killed inside `save_checkpoint` (after the weights of the new checkpoint are
written), resumed, killed again at a random step by SIGKILL from outside, resumed again: its
per-step losses equal those of an uninterrupted run, bit for bit, and each resume starts from the
last complete checkpoint. A crash while an old checkpoint is being deleted leaves no
half-deleted checkpoint under a step name.
"""

from __future__ import annotations

import json
import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from privbert.build_format import sha256_file, verify_build
from tests.robustness.conftest import ROOT, cli_env, prep_config, run_cli, train_config, write_corpus

N_DOCS, DOCS_PER_PART = 300, 20  # 15 parts: 15 scrub units, 1 tokenizer, 15 shard units (+ ingest)
BUDGET_S = 420  # the whole prep kill test, with all its builds; it stops with a message past this

PROGRESS = re.compile(r"^\[(\w+)\] (?:unit (\d+)/\d+ done|(\d+) of \d+ units already done)")


class BuildProcess:
    """`python -m prep build` in its own process group, with its progress lines counted as they come."""

    def __init__(self, args: list[str]):
        self.started = time.monotonic()
        self.proc = subprocess.Popen([sys.executable, "-m", "prep", "build", *args], cwd=ROOT, env=cli_env(),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                     start_new_session=True)
        self.done_by_stage: dict[str, int] = {}
        self.lines: list[str] = []
        self.changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.proc.stderr:
            with self.changed:
                self.lines.append(line.rstrip())
                if m := PROGRESS.match(line):
                    self.done_by_stage[m.group(1)] = int(m.group(2) or m.group(3))
                self.changed.notify_all()
        with self.changed:
            self.changed.notify_all()

    @property
    def units_done(self) -> int:
        return sum(self.done_by_stage.values())

    def wait_for_units(self, n: int, timeout: float) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: self.units_done >= n or self.proc.poll() is not None, timeout)

    def kill(self) -> None:
        """SIGKILL the whole process group (driver + spawned workers) and wait until none is left."""
        pgid = self.proc.pid
        try:
            os.killpg(pgid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait(timeout=30)
        self._reader.join(timeout=30)
        deadline = time.monotonic() + 30
        while _live_members(pgid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _live_members(pgid), "processes of the killed build are still running"

    def finish(self, timeout: float) -> int:
        code = self.proc.wait(timeout=timeout)
        self._reader.join(timeout=30)
        return code


def _live_members(pgid: int) -> list[int]:
    """Processes of a group that are not zombies (a container's init may be slow to reap them)."""
    alive = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            alive.append(int(stat.parent.name))
    return alive


def _hashes(folder: Path, pattern: str) -> dict[str, str]:
    return {p.name: sha256_file(p) for p in sorted(folder.glob(pattern))} if folder.is_dir() else {}


def _check_only_complete_files(out: Path, ref: Path) -> dict[str, int]:
    """Every file under a final name is whole: equal to the reference's, or parseable. Returns the state."""
    ref_shards, ref_split = _hashes(ref / "shards", "shard-*.arrow"), _hashes(ref / "work/split", "part-*.txt")
    shards, split = _hashes(out / "shards", "shard-*.arrow"), _hashes(out / "work/split", "part-*.txt")
    for name, digest in shards.items():
        assert digest == ref_shards[name], f"{out}/shards/{name} is visible but not the complete shard"
    for name, digest in split.items():
        assert digest == ref_split[name], f"{out}/work/split/{name} is visible but incomplete"
    ref_tok = json.loads((ref / "manifest.json").read_text())["tokenizer"]["files"]
    for name, digest in _hashes(out / "tokenizer", "*").items():
        assert digest == ref_tok[name], f"{out}/tokenizer/{name} is visible but incomplete"
    for path in [out / "manifest.json", out / "work/config.json", *sorted((out / "work/done").glob("*.json"))]:
        if path.exists():
            json.loads(path.read_text())  # complete JSON, or this raises
    if (out / "manifest.json").exists():
        manifest = json.loads((out / "manifest.json").read_text())
        assert manifest["shards"] == json.loads((ref / "manifest.json").read_text())["shards"]
    return {"split": len(split), "tokenizer": int((out / "tokenizer").is_dir()), "shards": len(shards),
            "manifest": int((out / "manifest.json").exists()),
            "temporaries": sum(".tmp-" in p.name for p in out.rglob("*"))}


def test_prep_build_killed_at_any_moment_resumes_to_identical_shards(tmp_path):
    began = time.monotonic()
    corpus = write_corpus(tmp_path / "corpus.jsonl", n_docs=N_DOCS, seed=5)
    config = prep_config(tmp_path / "prep.toml", corpus, tmp_path / "unused", workers=2,
                         docs_per_part=DOCS_PER_PART, shards={"dupe_factor": 64})  # shard units long enough to hit
    ref = tmp_path / "reference"
    reference = BuildProcess(["--config", str(config), "--output-dir", str(ref)])
    assert reference.finish(timeout=BUDGET_S) == 0, "\n".join(reference.lines[-20:])
    duration = time.monotonic() - reference.started
    total_units = reference.units_done  # every unit of every stage
    # ingest: read 1, hash partitions 16, parts 15, planting 1; near-dedup: signatures per part 15, bucket
    # partitions 8, clusters 1; scrub 15; tokenizer: words per part 15, count partitions 16, the vocabulary 1; shards 15
    assert total_units == (1 + 16 + 15 + 1) + (15 + 8 + 1) + 15 + (15 + 16 + 1) + 15
    ref_manifest = verify_build(ref)

    rng = random.Random(20240601)
    out = tmp_path / "killed"
    args = ["--config", str(config), "--output-dir", str(out)]
    # (kind, value): wall-clock seconds after start, or "after this many units", or "after the manifest"
    plan = [("wall", 0.3), ("wall", 0.25 * duration)]
    # after so many units: inside ingest, near-dedup, scrub (twice), word counting, count merging, shards (twice)
    plan += [("units", n) for n in (10, 40, 61, 67, 85, 98, 109, 114)]
    plan += [("manifest", 0)]
    states = []
    for i, (kind, value) in enumerate(plan):
        assert time.monotonic() - began < BUDGET_S, f"over the time budget after {i} kills"
        build = BuildProcess(args if i == 0 else [*args, "--resume"])
        if kind == "wall":
            time.sleep(value)
        elif kind == "units":
            build.wait_for_units(value, timeout=BUDGET_S / 4)
            time.sleep(rng.uniform(0, 0.05))
        else:
            while not (out / "manifest.json").exists() and build.proc.poll() is None:
                time.sleep(0.005)
        finished = build.proc.poll() is not None
        build.kill()
        assert finished is False or build.proc.returncode == 0, "\n".join(build.lines[-20:])
        states.append((kind, value, _check_only_complete_files(out, ref)))

    final = BuildProcess([*args, "--resume"])
    assert final.finish(timeout=BUDGET_S) == 0, "\n".join(final.lines[-20:])
    manifest = verify_build(out)
    assert manifest["shards"] == ref_manifest["shards"]  # same names, rows, bytes and sha256
    assert manifest["tokenizer"] == ref_manifest["tokenizer"]
    assert manifest["counts"] == ref_manifest["counts"]
    assert manifest["counts"]["docs_in"] == manifest["counts"]["docs_out"] + manifest["counts"]["dropped_total"]
    assert not (out / "work" / "parts").exists(), "raw ingested text left behind"
    assert not [p for p in out.rglob("*") if ".tmp-" in p.name], "temporary files left behind"
    # the kills landed in different places: before anything, mid-scrub, mid-shards, after the manifest ...
    distinct = {tuple(s.values())[:4] for _, _, s in states}
    assert len(distinct) >= 5, states
    assert any(0 < s["shards"] < 15 or 0 < s["split"] < 15 for _, _, s in states), states
    print(f"reference build {duration:.1f} s; {len(states)} kills, (split, tokenizer, shards, manifest, temporaries): "
          f"{[tuple(s.values()) for _, _, s in states]}")


# ---- training --------------------------------------------------------------------------------------

DIE_IN_SAVE = """
import os, signal, sys
import train.checkpoint as ckpt

original = ckpt.save_weights


def save_weights_then_die(state, path):
    original(state, path)  # the new checkpoint's weights are on disk, in its temporary folder
    if "step-000006" in str(path):
        os.kill(os.getpid(), signal.SIGKILL)


ckpt.save_weights = save_weights_then_die
from train.cli import main

sys.exit(main(sys.argv[1:]))
"""


def _losses(run_dir: Path) -> list[tuple[int, float]]:
    return [(r["step"], r["loss"]) for r in map(json.loads, (run_dir / "log.jsonl").read_text().splitlines())]


@pytest.fixture(scope="module")
def reference_run(pipeline_run, tmp_path_factory):
    root = tmp_path_factory.mktemp("train-ref")
    config = train_config(root / "train.toml", pipeline_run.build, root / "run", max_steps=12,
                          run={"tensorboard": False, "export": False})
    done = run_cli("train", "run", "--config", str(config))
    assert done.returncode == 0, done.stderr[-3000:]
    return _losses(root / "run")


def test_training_killed_in_a_checkpoint_save_and_at_a_random_step_resumes_exactly(
    pipeline_run, reference_run, tmp_path
):
    from train.checkpoint import list_checkpoints, load_checkpoint

    run_dir = tmp_path / "run"
    config = train_config(tmp_path / "train.toml", pipeline_run.build, run_dir, max_steps=12,
                          run={"tensorboard": False, "export": False})
    # 1. killed (SIGKILL, by itself) in the middle of writing checkpoint 6
    died = subprocess.run([sys.executable, "-c", DIE_IN_SAVE, "run", "--config", str(config)], cwd=ROOT,
                          env=cli_env(), capture_output=True, text=True, timeout=240)
    assert died.returncode == -signal.SIGKILL, died.stderr[-2000:]
    assert [p.name for p in list_checkpoints(run_dir)] == ["step-000003"]  # the half-written one is not listed
    assert list((run_dir / "checkpoints").glob(".step-000006.tmp-*/model.safetensors"))
    assert load_checkpoint(list_checkpoints(run_dir)[-1])["step"] == 3

    # 2. resumed from step 3, and killed again from outside a moment after it logs step 8
    proc = subprocess.Popen([sys.executable, "-m", "train", "run", "--config", str(config), "--resume"], cwd=ROOT,
                            env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)
    seen = []
    for line in proc.stdout:
        seen.append(line)
        if re.search(r"step\s+8/12", line):
            time.sleep(random.Random(8).uniform(0, 0.3))
            os.killpg(proc.pid, signal.SIGKILL)
            break
    proc.wait(timeout=60)
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL, "".join(seen[-20:])
    assert any("resuming from" in line and "step-000003 at step 3" in line for line in seen), "".join(seen)
    steps = [int(p.name.split("-")[1]) for p in list_checkpoints(run_dir)]
    assert steps and steps[-1] >= 6
    for path in list_checkpoints(run_dir):  # every listed checkpoint is whole
        assert load_checkpoint(path)["step"] == int(path.name.split("-")[1])

    # 3. resumed to the end: the same losses, step for step, as the run that never stopped
    done = run_cli("train", "run", "--config", str(config), "--resume")
    assert done.returncode == 0, done.stderr[-3000:]
    assert f"at step {steps[-1]}" in done.stdout
    assert _losses(run_dir) == reference_run  # bit for bit, each step exactly once
    assert not list((run_dir / "checkpoints").glob(".*")), "a stale temporary checkpoint was not swept"


def test_a_torn_log_line_from_a_kill_does_not_block_the_resume(pipeline_run, tmp_path):
    """A kill in the middle of a log write leaves half a JSON line; the resume drops it and goes on."""
    from privbert.config import from_dict
    from train.config import TrainConfig
    from train.trainer import run_training

    settings = {
        "data": {"build_dir": str(pipeline_run.build), "batch_size": 8, "num_workers": 0},
        "model": {"preset": "tiny", "hidden_size": 64, "num_heads": 2},
        "optim": {"lr": 2e-3, "warmup_steps": 2, "max_steps": 4},
        "run": {"output_dir": str(tmp_path / "run"), "log_every": 1, "checkpoint_every": 3, "keep_checkpoints": 2,
                "device": "cpu", "cpu_threads": 1, "tensorboard": False, "export": False},
    }
    run_training(from_dict(TrainConfig, settings))
    log = tmp_path / "run" / "log.jsonl"
    lines = log.read_text().splitlines()
    log.write_text("\n".join(lines[:3]) + "\n" + lines[3][: len(lines[3]) // 2])  # step 4 torn mid-write
    (tmp_path / "run" / "checkpoints" / "step-000004").rename(tmp_path / "gone")
    run_training(from_dict(TrainConfig, settings), resume=True)
    assert [step for step, _ in _losses(tmp_path / "run")] == [1, 2, 3, 4]


def test_a_crash_while_pruning_or_replacing_a_checkpoint_leaves_only_whole_ones(pipeline_run, tmp_path, monkeypatch):
    """`shutil.rmtree` deletes file by file; a crash half-way must not leave a half checkpoint under a step name."""
    import shutil

    import train.checkpoint as ckpt
    from privbert.config import from_dict
    from train.config import TrainConfig
    from train.trainer import Trainer

    cfg = from_dict(TrainConfig, {
        "data": {"build_dir": str(pipeline_run.build), "batch_size": 8, "num_workers": 0},
        "model": {"preset": "tiny", "hidden_size": 64, "num_heads": 2},
        "optim": {"max_steps": 4},
        "run": {"output_dir": str(tmp_path / "run"), "keep_checkpoints": 1, "device": "cpu", "cpu_threads": 1},
    })
    root = tmp_path / "run" / "checkpoints"
    real_rmtree = shutil.rmtree

    def rmtree_weights_then_crash(path, *args, **kwargs):
        next(Path(path).rglob(ckpt.WEIGHTS_NAME)).unlink()  # the weights go first, then the process "dies"
        raise KeyboardInterrupt("simulated crash while deleting")

    def save_and_crash_in_the_delete(trainer):
        for stale in root.glob(".*"):  # what the next save would sweep, swept with the real rmtree
            real_rmtree(stale)
        monkeypatch.setattr(ckpt.shutil, "rmtree", rmtree_weights_then_crash)
        try:
            with pytest.raises(KeyboardInterrupt):
                trainer.save_checkpoint()
        finally:
            monkeypatch.setattr(ckpt.shutil, "rmtree", real_rmtree)

    trainer = Trainer(cfg, tmp_path / "run")
    try:
        trainer.train_step()
        trainer.save_checkpoint()  # step-000001
        expected = sorted(p.relative_to(root / "step-000001") for p in (root / "step-000001").rglob("*"))
        trainer.train_step()
        save_and_crash_in_the_delete(trainer)  # step-000002 written, then pruning step-000001 crashes
        assert [p.name for p in ckpt.list_checkpoints(tmp_path / "run")] == ["step-000002"]
        save_and_crash_in_the_delete(trainer)  # step 2 saved again: deleting the replaced step-000002 crashes
        for path in ckpt.list_checkpoints(tmp_path / "run"):  # every checkpoint under a step name is whole
            assert sorted(p.relative_to(path) for p in path.rglob("*")) == expected
            assert ckpt.load_checkpoint(path)["step"] == 2
        trainer.train_step()
        trainer.save_checkpoint()  # the next save sweeps the half-deleted leftovers
    finally:
        trainer.close()
    assert sorted(p.name for p in root.iterdir()) == ["step-000003"]
