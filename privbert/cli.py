"""The plumbing both command lines share (`python -m prep`, `python -m train`).

A CLI is a table of `Command`s: the help line, how the command declares its arguments, and the
function it calls. `make_parser` makes the parser from the table; `run_parsed` calls the command
and turns the user's errors into one `error: ...` line and exit status 2, never a traceback: a
`ValueError` says what is wrong and what to do; an `OSError` (a full disk, a file where a folder
should be) is described by `privbert.errors.describe_os_error`. Anything else is a bug and keeps
its traceback.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from privbert.config import load_config
from privbert.errors import describe_os_error

T = TypeVar("T")


@dataclass(frozen=True)
class Command:
    """One subcommand: its help line, a function declaring its arguments, and the function it runs
    (returning an exit status, or None for 0)."""

    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int | None]


def make_parser(prog: str, description: str, commands: Mapping[str, Command]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=prog, description=description)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, command in commands.items():
        p = sub.add_parser(name, help=command.help)
        command.arguments(p)
        p.set_defaults(_run=command.run)  # not `run`: `train summary --run` is a flag
    return parser


def run_parsed(args: argparse.Namespace, resume_hint: str = "") -> int:
    """Call the parsed command; bad input or a failing disk exits 2 with one `error:` line.

    `resume_hint` says how the command continues after a full disk is cleared (see describe_os_error).
    """
    try:
        return args._run(args) or 0
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a full disk, an output path that is a file, ...: a message naming the path
        print(f"error: {describe_os_error(exc, resume_hint)}", file=sys.stderr)
        return 2


def add_config_arguments(
    parser: argparse.ArgumentParser,
    config_help: str,
    example: str,
    required: bool = False,
    config_group: Any = None,
) -> None:
    """`--config FILE.toml` and repeatable `--set section.key=value` (into `args.config`, `args.overrides`).

    `config_group`: a mutually exclusive group to put `--config` in (e.g. `--run` or `--config`).
    """
    (config_group or parser).add_argument("--config", required=required, help=config_help)
    parser.add_argument(
        "--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE",
        help=f"override one config value (repeatable), e.g. --set {example}",
    )


def load_with_shortcuts(cls: type[T], args: argparse.Namespace, shortcuts: Iterable[str] = ()) -> T:
    """`cls` from `--config` and `--set`, then each shortcut flag given on the command line (its `dest`
    is the field's name; None means not given) replaces its field: flags win over `--set`."""
    cfg = load_config(cls, args.config, args.overrides)
    given = {name: getattr(args, name) for name in shortcuts if getattr(args, name, None) is not None}
    return dataclasses.replace(cfg, **given) if given else cfg

