"""The shared CLI plumbing: a command table becomes a parser; user errors become one line and exit 2."""

import errno
import os
from dataclasses import dataclass

import pytest

from privbert.cli import Command, add_config_arguments, load_with_shortcuts, make_parser, run_parsed


@dataclass(frozen=True)
class Toy:
    size: int = 1
    name: str = "a"

    def __post_init__(self):
        if self.size < 1:
            raise ValueError(f"size must be >= 1, found {self.size}")


def _fail(exc):
    def run(args):
        raise exc

    return run


def _config_args(p):
    add_config_arguments(p, "a TOML file", "size=2")
    p.add_argument("--size", type=int)


COMMANDS = {
    "ok": Command("returns its status", lambda p: p.add_argument("--code", type=int), lambda a: a.code),
    "bad": Command("raises ValueError", lambda p: None, _fail(ValueError("input.jsonl:3: no text; add one"))),
    "full": Command("disk full", lambda p: None, _fail(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), "/out/x"))),
    "bug": Command("raises anything else", lambda p: None, _fail(KeyError("bug"))),
    "cfg": Command("loads a Toy", _config_args, lambda a: load_with_shortcuts(Toy, a, ("size",)).size),
}


def _run(argv, hint=""):
    return run_parsed(make_parser("prog", "a toy", COMMANDS).parse_args(argv), hint)


def test_the_table_lists_every_command_with_its_help(capsys):
    with pytest.raises(SystemExit) as exit_info:
        make_parser("prog", "a toy", COMMANDS).parse_args(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert all(name in out for name in COMMANDS) and "raises ValueError" in out


def test_status_and_user_errors_become_exit_codes(capsys):
    assert _run(["ok"]) == 0 and _run(["ok", "--code", "3"]) == 3
    assert _run(["bad"]) == 2
    assert capsys.readouterr().err == "error: input.jsonl:3: no text; add one\n"
    assert _run(["full"], hint="`x --resume` continues") == 2
    err = capsys.readouterr().err
    assert err.startswith("error: /out/x: No space left on device; free some space") and "`x --resume`" in err
    with pytest.raises(KeyError):  # a bug keeps its traceback
        _run(["bug"])


def test_config_then_set_then_shortcut_flags(tmp_path, capsys):
    toml = tmp_path / "toy.toml"
    toml.write_text('size = 2\nname = "b"\n')
    assert _run(["cfg", "--config", str(toml)]) == 2  # the size as the exit status
    assert _run(["cfg", "--config", str(toml), "--set", "size=4"]) == 4
    assert _run(["cfg", "--set", "size=4", "--size", "5"]) == 5
    capsys.readouterr()
    assert _run(["cfg", "--set", "colour=red"]) == 2
    assert "unknown key(s) colour; valid keys are: name, size" in capsys.readouterr().err
    assert _run(["cfg", "--size", "0"]) == 2
    assert "size must be >= 1, found 0" in capsys.readouterr().err
