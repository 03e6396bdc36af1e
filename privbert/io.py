"""Writing files so that a reader never sees half of one, and the project's JSONL dialect.

Every file and folder the project writes goes to a temporary name beside its final one
(`.NAME.tmp-PID`) and is renamed into place when complete: a crash leaves either the whole file or
none, plus a temporary that `temporary_name` makes recognizable (prep's resume sweeps them up).
This module is the one home of that step; writers that stream (shards, split text) use
`temporary_name` and `publish`, the rest `atomic_write` or `write_json_atomic`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

TEMPORARY_MARK = ".tmp-"  # in every temporary name: `.NAME.tmp-PID`


def temporary_name(final: str | Path, suffix: str = "") -> Path:
    """The hidden name beside `final` that a writer fills before `publish` renames it into place."""
    final = Path(final)
    return final.with_name(f".{final.name}{TEMPORARY_MARK}{os.getpid()}{suffix}")


def is_temporary(path: str | Path) -> bool:
    return TEMPORARY_MARK in Path(path).name


def publish(tmp: str | Path, final: str | Path) -> None:
    """Rename a completed temporary file or folder into place (atomic on one file system)."""
    os.replace(tmp, final)


@contextmanager
def atomic_write(path: str | Path, mode: str = "w", fsync: bool = False) -> Iterator[IO]:
    """Open a temporary beside `path` for writing; rename it to `path` only if the block completes.

    Text mode is UTF-8 with '\\n' line ends whatever the platform. On an exception the temporary is
    removed and the exception propagates; `path` is left as it was.
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_write writes new files only (mode 'w' or 'wb'), got {mode!r}")
    tmp = temporary_name(path)
    text = {"encoding": "utf-8", "newline": "\n"} if mode == "w" else {}
    try:
        with open(tmp, mode, **text) as f:
            yield f
            if fsync:
                f.flush()
                os.fsync(f.fileno())
        publish(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_json_atomic(path: str | Path, data: Any) -> None:
    """JSON (indented, UTF-8 as is), flushed to disk before it is renamed into place."""
    with atomic_write(path, fsync=True) as f:
        json.dump(data, f, indent=2, ensure_ascii=False, sort_keys=False)
        f.write("\n")


def dump_jsonl_line(record: dict[str, Any]) -> str:
    """One JSONL line as every writer of the project spells it (UTF-8 as is, no key sorting)."""
    return json.dumps(record, ensure_ascii=False) + "\n"


def write_jsonl(path: str | Path, records: Iterable[dict[str, Any]]) -> int:
    """Write records as JSONL atomically; returns how many were written."""
    n = 0
    with atomic_write(path) as f:
        for record in records:
            f.write(dump_jsonl_line(record))
            n += 1
    return n


def read_jsonl_objects(path: str | Path, fix: str = "write one JSON object per line") -> Iterator[tuple[int, dict]]:
    """(line number, object) of every non-blank line of a JSONL file a person gave us. A line that is not
    JSON, or not an object, is a ValueError naming the file and the line, never its content, and ending
    with `fix` (what the file should be). A byte-order mark (files saved on Windows) is skipped."""
    with open(path, encoding="utf-8-sig") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{number}: not valid JSON ({exc.msg}, column {exc.colno}); {fix}") from None
            if not isinstance(value, dict):
                raise ValueError(f"{path}:{number}: expected a JSON object, found {type(value).__name__}; {fix}")
            yield number, value


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """Records of a JSONL file the project wrote (blank lines skipped)."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)
