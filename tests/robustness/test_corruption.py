"""Corruption is refused, naming the file: `python -m prep verify` and `python -m train run` alike.

Each case damages a copy of the build `pipeline_run` made (a real `prep build`): a flipped byte, a
truncated or missing shard, edits to the manifest, a changed or added tokenizer file. Both commands
must exit with status 2 and one `error: ...` line naming the damaged file, never a traceback, and
the trainer must stop before its first step. Every case goes through both command lines in fresh
processes (`train run` on the cases the table marks, the others through `train.cli.main` in this
process, which is the same code minus the interpreter start-up).
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.robustness.conftest import run_cli, train_config


def _flip_byte(build: Path) -> None:
    shard = build / "shards" / "shard-00001.arrow"
    data = bytearray(shard.read_bytes())
    data[len(data) // 2] ^= 0x01
    shard.write_bytes(bytes(data))


def _truncate(build: Path) -> None:
    shard = build / "shards" / "shard-00001.arrow"
    shard.write_bytes(shard.read_bytes()[:-100])


def _delete(build: Path) -> None:
    (build / "shards" / "shard-00001.arrow").unlink()


def _edit_manifest(change: Callable[[dict], None]) -> Callable[[Path], None]:
    def edit(build: Path) -> None:
        manifest = json.loads((build / "manifest.json").read_text())
        change(manifest)
        (build / "manifest.json").write_text(json.dumps(manifest, indent=2))

    return edit


def _set_shard_hash(m: dict) -> None:
    m["shards"][1]["sha256"] = "0" * 64


def _set_rows(m: dict) -> None:
    m["shards"][1]["rows"] += 1


def _drop_shard_entry(m: dict) -> None:
    del m["shards"][1]


def _set_version(m: dict) -> None:
    m["format_version"] = 99


def _shrink_max_seq_len(m: dict) -> None:
    m["stages"]["shards"]["max_seq_len"] = 16


def _set_tokenizer_hash(m: dict) -> None:
    m["tokenizer"]["sha256"] = "f" * 64


def _truncate_manifest(build: Path) -> None:
    text = (build / "manifest.json").read_text()
    (build / "manifest.json").write_text(text[: len(text) // 2])


def _edit_tokenizer_json(build: Path) -> None:
    path = build / "tokenizer" / "tokenizer.json"
    tok = json.loads(path.read_text())
    vocab = tok["model"]["vocab"]
    a, b = sorted(vocab, key=vocab.get)[200:202]
    vocab[a], vocab[b] = vocab[b], vocab[a]  # two ids swapped: same size, different tokenizer
    path.write_text(json.dumps(tok, ensure_ascii=False))


def _edit_tokenizer_config(build: Path) -> None:
    path = build / "tokenizer" / "tokenizer_config.json"
    path.write_text(path.read_text().replace("true", "false", 1))


def _add_tokenizer_file(build: Path) -> None:
    (build / "tokenizer" / "added_tokens.json").write_text('{"[SECRET]": 5}')


# case id -> (damage, file the message must name, text the message must hold, run `train run` in a subprocess)
CASES = {
    "flipped-byte-in-shard": (_flip_byte, "shard-00001.arrow", "sha256", True),
    "truncated-shard": (_truncate, "shard-00001.arrow", "bytes", True),
    "missing-shard": (_delete, "shard-00001.arrow", "missing", True),
    "manifest-shard-hash-edited": (_edit_manifest(_set_shard_hash), "shard-00001.arrow", "sha256", True),
    "manifest-rows-edited": (_edit_manifest(_set_rows), "shard-00001.arrow", "rows", False),
    "manifest-shard-entry-removed": (_edit_manifest(_drop_shard_entry), "shard-00001.arrow", "not listed", False),
    "manifest-format-version-edited": (_edit_manifest(_set_version), "manifest.json", "format_version", False),
    "manifest-max-seq-len-edited": (_edit_manifest(_shrink_max_seq_len), "shard-", "max_seq_len", False),
    "manifest-tokenizer-hash-edited": (_edit_manifest(_set_tokenizer_hash), "tokenizer.json", "sha256", False),
    "manifest-truncated": (_truncate_manifest, "manifest.json", "not valid JSON", False),
    "tokenizer-json-edited": (_edit_tokenizer_json, "tokenizer.json", "sha256", True),
    "tokenizer-config-edited": (_edit_tokenizer_config, "tokenizer_config.json", "sha256", False),
    "tokenizer-file-added": (_add_tokenizer_file, "added_tokens.json", "not listed", False),
}


@pytest.fixture
def damaged(pipeline_run, tmp_path, request):
    build = tmp_path / "build"
    shutil.copytree(pipeline_run.build, build)
    damage, *_ = CASES[request.param]
    damage(build)
    return build


def _assert_refused(proc_code: int, stderr: str, file: str, text: str) -> None:
    lines = [line for line in stderr.splitlines() if line.startswith("error: ")]
    assert proc_code == 2 and lines, stderr[-2000:]
    assert file in lines[-1] and text in lines[-1], lines[-1]
    assert "Traceback" not in stderr


def test_the_intact_build_verifies(pipeline_run):
    proc = run_cli("prep", "verify", str(pipeline_run.build))
    assert proc.returncode == 0 and proc.stdout.startswith("OK:"), proc.stderr


@pytest.mark.parametrize("damaged", list(CASES), indirect=True)
def test_prep_verify_refuses_naming_the_file(damaged, request):
    _, file, text, _ = CASES[request.node.callspec.params["damaged"]]
    proc = run_cli("prep", "verify", str(damaged))
    _assert_refused(proc.returncode, proc.stderr, file, text)


@pytest.mark.parametrize("damaged", list(CASES), indirect=True)
def test_train_run_refuses_naming_the_file_before_any_step(damaged, request, tmp_path, capsys):
    _, file, text, in_subprocess = CASES[request.node.callspec.params["damaged"]]
    config = train_config(tmp_path / "train.toml", damaged, tmp_path / "run", max_steps=2)
    if in_subprocess:
        proc = run_cli("train", "run", "--config", str(config))
        code, stdout, stderr = proc.returncode, proc.stdout, proc.stderr
    else:
        from train.cli import main

        code = main(["run", "--config", str(config)])
        stdout, stderr = capsys.readouterr()
    _assert_refused(code, stderr, file, text)
    assert "step " not in stdout and not (tmp_path / "run" / "checkpoints").exists()
