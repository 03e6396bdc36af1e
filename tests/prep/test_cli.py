"""`python -m prep`: the command table, each command's help, and the module entry point."""

import subprocess
import sys
from pathlib import Path

import pytest

from prep.cli import COMMANDS, main

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_of_the_table_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0 and f"python -m prep {command}" in capsys.readouterr().out


def test_module_entry_point_lists_the_commands():
    out = subprocess.run(
        [sys.executable, "-m", "prep", "--help"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    for command in ("build", "scrub", "split", "tokenizer", "shards", "verify", *COMMANDS):
        assert command in out


def test_bad_input_exits_2_with_one_error_line(tmp_path, capsys):
    assert main(["build", "--config", str(tmp_path / "missing.toml")]) == 2
    assert capsys.readouterr().err == f"error: config file {tmp_path / 'missing.toml'} does not exist; pass an existing TOML file to --config\n"  # noqa: E501
