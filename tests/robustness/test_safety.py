"""Safe by construction: no code execution from data files, and nothing reaches the network.

1. The source of `common/`, `prep/` and `train/` (and the benchmarks) is scanned for the ways a data
   file can run code: pickle, `torch.load` without `weights_only=True`, `trust_remote_code`,
   `yaml.load` without a safe loader, `eval(` / `exec(`. `benchmarks/seed_recipe.py` is the old recipe
   being measured and pickles on purpose; it is exempt by name.
2. A build and a short training run succeed with the network blocked: a `sitecustomize.py` makes every
   Python process (the local runner's spawned workers too) refuse and record any connection or name
   lookup that is not local, and `unshare -n` removes the network device where that is permitted.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.robustness.conftest import ROOT

SCANNED = ("common", "prep", "train", "benchmarks")
EXEMPT = {"benchmarks/seed_recipe.py": "the old transformers recipe the benchmarks measure; it pickles on purpose"}


def _sources() -> list[Path]:
    files = [p for folder in SCANNED for p in sorted((ROOT / folder).rglob("*.py"))]
    assert len(files) > 30
    return [p for p in files if p.relative_to(ROOT).as_posix() not in EXEMPT]


def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            yield node, ast.unparse(node.func)


def _unsafe(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source, filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(a.name.split(".")[0] in ("pickle", "dill", "cloudpickle")
                                                for a in node.names):
            found.append(f"{path}:{node.lineno}: import pickle")
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in ("pickle", "dill", "cloudpickle"):
            found.append(f"{path}:{node.lineno}: from pickle import")
    for call, name in _calls(tree):
        keywords = {k.arg: k.value for k in call.keywords}
        where = f"{path}:{call.lineno}"
        if name.endswith(("pickle.load", "pickle.loads")) or name in ("eval", "exec", "builtins.eval"):
            found.append(f"{where}: {name}(")
        if name.endswith("torch.load"):
            value = keywords.get("weights_only")
            if not (isinstance(value, ast.Constant) and value.value is True):
                found.append(f"{where}: torch.load without weights_only=True")
        if name.endswith("yaml.load"):
            loader = keywords.get("Loader")
            if loader is None or "Safe" not in ast.unparse(loader):
                found.append(f"{where}: yaml.load without SafeLoader")
        value = keywords.get("trust_remote_code")
        if value is not None and not (isinstance(value, ast.Constant) and value.value is False):
            found.append(f"{where}: trust_remote_code")
    if re.search(r"trust_remote_code\s*=\s*True", source):
        found.append(f"{path}: trust_remote_code=True")
    return found


def test_no_code_execution_from_data_in_the_source_tree():
    problems = [p for path in _sources() for p in _unsafe(path)]
    assert not problems, "\n".join(problems)


def test_the_scanner_finds_what_it_looks_for(tmp_path):
    """The scan above is only worth something if it fires on each pattern."""
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import pickle\nimport torch, yaml\nfrom transformers import AutoModel\n"
        "a = pickle.load(open('x', 'rb'))\nb = torch.load('x')\nc = torch.load('x', weights_only=False)\n"
        "d = yaml.load('x')\ne = AutoModel.from_pretrained('m', trust_remote_code=True)\n"
        "f = eval('1')\nexec('g = 1')\nok = torch.load('x', weights_only=True)\n"
        "ok2 = yaml.load('x', Loader=yaml.SafeLoader)\n"
    )
    found = _unsafe(bad)
    for pattern in ("import pickle", "pickle.load(", "torch.load without", "yaml.load without", "trust_remote_code",
                    "eval(", "exec("):
        assert any(pattern in f for f in found), pattern
    assert sum("torch.load without" in f for f in found) == 2 and not any(":11:" in f or ":12:" in f for f in found)


def test_the_exempt_file_is_the_only_pickle_user_and_still_exists():
    for name, why in EXEMPT.items():
        assert (ROOT / name).is_file(), f"{name} is exempt ({why}) but no longer exists: drop the exemption"
        assert _unsafe(ROOT / name), f"{name} is exempt but no longer unsafe: drop the exemption"


def test_build_and_training_succeed_with_the_network_blocked(pipeline_run):
    sandbox = pipeline_run.sandbox
    for name, proc in pipeline_run.outputs.items():
        assert proc.returncode == 0, f"{name}: {proc.stderr[-2000:]}"
    assert sandbox.blocked_attempts() == [], "a command tried to reach the network"
    # the block was really in place: the build's driver and its 2 spawned workers (+ their helper), and the trainer
    assert sandbox.processes() >= 4, sandbox.log.read_text()
    assert (pipeline_run.build / "manifest.json").is_file() and (pipeline_run.run / "export").is_dir()


def test_the_network_block_refuses_a_connection(tmp_path):
    """The sandbox itself works: a child process that tries to connect out is refused and recorded."""
    from tests.robustness.conftest import offline_sandbox

    sandbox = offline_sandbox(tmp_path)
    code = ("import socket, urllib.request\n"
            "try:\n    socket.create_connection(('93.184.216.34', 80), timeout=2)\nexcept OSError as e:\n"
            "    print('refused', e)\n"
            "try:\n    socket.getaddrinfo('huggingface.co', 443)\nexcept OSError as e:\n    print('refused', e)\n")
    proc = subprocess.run([*sandbox.prefix, sys.executable, "-c", code], env=sandbox.env, capture_output=True,
                          text=True, timeout=60, check=False)
    assert proc.stdout.count("refused") == 2, proc.stdout + proc.stderr
    assert len(sandbox.blocked_attempts()) == 2


def test_the_commands_ran_without_a_network_device_where_permitted(pipeline_run):
    """Where `unshare -n` works, the commands ran in a namespace where even a raw connect cannot leave."""
    from tests.robustness.conftest import unshare_works

    if not unshare_works():
        pytest.skip("unshare -n is not permitted here: the sitecustomize block alone was used")
    assert pipeline_run.sandbox.prefix == ("unshare", "-n")
    code = "import socket\ntry:\n    socket.create_connection(('192.0.2.1', 80), timeout=5)\nexcept OSError as e:\n" \
           "    print(type(e).__name__, e.errno)\n"
    proc = subprocess.run(["unshare", "-n", sys.executable, "-S", "-c", code], capture_output=True, text=True,
                          timeout=60, check=False)  # -S: no sitecustomize, only the namespace
    assert "OSError 101" in proc.stdout, proc.stdout + proc.stderr  # ENETUNREACH
