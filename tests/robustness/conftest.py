"""Shared pieces of the robustness suite: CLI runners, small configs, a network-blocked pipeline run.

`pipeline_run` is the expensive fixture: one `python -m prep build` and one short `python -m train run`
through the real command lines, with the network blocked (see `offline_env`), on a generated corpus
with known personal data planted in it. The leak tests scan what it wrote and printed, the safety
tests check it ran offline, and the corruption tests damage copies of its build.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Hand-written documents with personal data, on top of the generator's; every value must vanish.
PLANTED_DOCS = [
    {"id": "p-ko-1", "text": "제 이름은 김철수입니다. 연락처는 010-2345-6789이고 이메일은 "
                             "chulsoo.kim@example.co.kr 입니다."},
    {"id": "p-ko-2", "text": "주민등록번호 880214-1234567 로 본인 확인을 했습니다. 담당자 이영희 님께 카드번호 "
                             "5425-2334-3010-9903 확인을 요청했습니다."},
    {"id": "p-en-1", "text": "My name is Margaret Thornbury and you can call me at (415) 555-0137. The login came "
                             "from IP 81.24.100.23 yesterday."},
    {"id": "p-en-2", "text": "Please charge card 4539 1488 0343 6467 and email receipts to m.thornbury@example.org "
                             "today. Dr. Harold Finch approved it."},
]
PLANTED_VALUES = [
    "김철수", "010-2345-6789", "chulsoo.kim@example.co.kr", "880214-1234567", "이영희", "5425-2334-3010-9903",
    "Margaret Thornbury", "(415) 555-0137", "81.24.100.23", "4539 1488 0343 6467", "m.thornbury@example.org",
    "Harold Finch",
]
CORPUS_DOCS, CORPUS_SEED = 160, 11


def write_corpus(path: Path, n_docs: int = CORPUS_DOCS, seed: int = CORPUS_SEED, extra: list[dict] = ()) -> Path:
    """The demo generator's Korean/English documents (about 40% with fake PII) plus `extra` documents."""
    from prep.demo.corpus import generate_corpus

    docs = [*generate_corpus(n_docs=n_docs, seed=seed), *extra]
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


def planted_values(n_docs: int = CORPUS_DOCS, seed: int = CORPUS_SEED) -> set[str]:
    """Every fake value the generator planted, plus the hand-written ones."""
    from prep.demo.corpus import generate_corpus

    found = {p["value"] for d in generate_corpus(n_docs=n_docs, seed=seed, with_pii_spans=True) for p in d["pii"]}
    return found | set(PLANTED_VALUES)


def toml_text(data: dict) -> str:
    """A TOML file from {section: {key: value}} (root keys under ""); JSON scalars and lists are TOML."""
    lines = [f"{k} = {json.dumps(v)}" for k, v in data.get("", {}).items()]
    for section, values in data.items():
        if section:
            lines.append(f"[{section}]")
            lines += [f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in values.items()]
    return "\n".join(lines) + "\n"


def prep_config(path: Path, corpus: Path, out: Path, workers: int = 1, docs_per_part: int = 40, **sections) -> Path:
    data = {
        "": {"seed": 7, "workers": workers, "output_dir": str(out)},
        "input": {"paths": [str(corpus)], "docs_per_part": docs_per_part},
        "tokenizer": {"vocab_size": 600},
        "shards": {"max_seq_len": 64},
    }
    for name, values in sections.items():
        data[name] = {**data.get(name, {}), **values}
    path.write_text(toml_text(data), encoding="utf-8")
    return path


def train_config(path: Path, build: Path, run_dir: Path, max_steps: int = 6, **sections) -> Path:
    """A tiny BERT that takes a few seconds on one CPU thread (as in tests/train/conftest.py)."""
    data = {
        "data": {"build_dir": str(build), "batch_size": 8, "num_workers": 0},
        "model": {"preset": "tiny", "hidden_size": 64, "num_heads": 2},
        "optim": {"lr": 2e-3, "warmup_steps": 2, "max_steps": max_steps},
        "run": {"output_dir": str(run_dir), "log_every": 1, "checkpoint_every": 3, "keep_checkpoints": 2,
                "device": "cpu", "cpu_threads": 1},
    }
    for name, values in sections.items():
        data[name] = {**data.get(name, {}), **values}
    path.write_text(toml_text(data), encoding="utf-8")
    return path


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("WORLD_SIZE", "RANK", "LOCAL_RANK", "MASTER_ADDR")}
    env.update(TOKENIZERS_PARALLELISM="false", RAYON_NUM_THREADS="1", **extra)
    return env


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 240,
            prefix: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    """`python -m prep|train ...` in a fresh process from the repository root; output captured as text."""
    return subprocess.run([*prefix, sys.executable, "-m", *args], cwd=ROOT, env=env or cli_env(),
                          capture_output=True, text=True, timeout=timeout, check=False)


# ---- the network block ----------------------------------------------------------------------------

SITECUSTOMIZE = '''
"""Installed by tests/robustness: any connection or lookup that leaves this machine raises and is recorded."""
import os, socket

_LOG = os.environ["ROBUSTNESS_NET_LOG"]
_LOCAL = ("127.", "::1", "localhost", "0.0.0.0")


def _local(address):
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    host = str(address[0]) if address else ""
    return host.startswith(_LOCAL) or host == ""


def _refuse(what, address):
    with open(_LOG, "a") as f:
        f.write(f"{os.getpid()} {what} {address!r}\\n")
    raise OSError(f"network access blocked by the test: {what} {address!r}")


_connect, _connect_ex = socket.socket.connect, socket.socket.connect_ex
_getaddrinfo, _create_connection = socket.getaddrinfo, socket.create_connection


def connect(self, address):
    if self.family != socket.AF_UNIX and not _local(address):
        _refuse("connect", address)
    return _connect(self, address)


def connect_ex(self, address):
    if self.family != socket.AF_UNIX and not _local(address):
        _refuse("connect_ex", address)
    return _connect_ex(self, address)


def getaddrinfo(host, *args, **kwargs):
    if host is not None and not _local((host,)):
        _refuse("getaddrinfo", host)
    return _getaddrinfo(host, *args, **kwargs)


def create_connection(address, *args, **kwargs):
    if not _local(address):
        _refuse("create_connection", address)
    return _create_connection(address, *args, **kwargs)


socket.socket.connect, socket.socket.connect_ex = connect, connect_ex
socket.getaddrinfo, socket.create_connection = getaddrinfo, create_connection
with open(_LOG, "a") as f:
    f.write(f"{os.getpid()} loaded\\n")
'''


def unshare_works() -> bool:
    """`unshare -n` (a network namespace with no interface but a down loopback) needs root or user namespaces."""
    if not shutil.which("unshare"):
        return False
    try:
        return subprocess.run(["unshare", "-n", "true"], capture_output=True, timeout=20).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@dataclass
class OfflineSandbox:
    env: dict[str, str]
    prefix: tuple[str, ...]  # ("unshare", "-n") where permitted: no network device at all
    log: Path  # one "PID loaded" line per Python process started, one line per blocked attempt

    def blocked_attempts(self) -> list[str]:
        lines = self.log.read_text().splitlines() if self.log.exists() else []
        return [line for line in lines if not line.endswith(" loaded")]

    def processes(self) -> int:
        lines = self.log.read_text().splitlines() if self.log.exists() else []
        return sum(line.endswith(" loaded") for line in lines)


def offline_sandbox(root: Path) -> OfflineSandbox:
    """Environment for CLI subprocesses with the network blocked in every Python process they start.

    A `sitecustomize.py` on PYTHONPATH is imported by every interpreter, the spawned workers of the
    local runner included (they inherit the environment); on top of it, `unshare -n` when it works.
    """
    site = root / "offline_site"
    site.mkdir(parents=True, exist_ok=True)
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE)
    log = root / "network_attempts.log"
    pythonpath = os.pathsep.join(p for p in (str(site), str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    env = cli_env(PYTHONPATH=pythonpath, ROBUSTNESS_NET_LOG=str(log))
    for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE"):
        env.pop(name, None)  # the code must stay offline by itself, not because the environment says so
    return OfflineSandbox(env, ("unshare", "-n") if unshare_works() else (), log)


# ---- one offline build + training run, shared -----------------------------------------------------


@dataclass
class PipelineRun:
    root: Path
    build: Path
    run: Path
    outputs: dict[str, subprocess.CompletedProcess]  # "build", "train"
    sandbox: OfflineSandbox


@pytest.fixture(scope="session")
def pipeline_run(tmp_path_factory) -> PipelineRun:
    root = tmp_path_factory.mktemp("pipeline")
    corpus = write_corpus(root / "corpus.jsonl", extra=PLANTED_DOCS)
    build, run_dir = root / "build", root / "run"
    sandbox = offline_sandbox(root)
    outputs = {
        "build": run_cli("prep", "build", "--config", str(prep_config(root / "prep.toml", corpus, build, workers=2)),
                         env=sandbox.env, prefix=sandbox.prefix),
    }
    assert outputs["build"].returncode == 0, outputs["build"].stderr[-3000:]
    outputs["train"] = run_cli("train", "run", "--config", str(train_config(root / "train.toml", build, run_dir)),
                               env=sandbox.env, prefix=sandbox.prefix)
    assert outputs["train"].returncode == 0, outputs["train"].stderr[-3000:]
    return PipelineRun(root, build, run_dir, outputs, sandbox)
