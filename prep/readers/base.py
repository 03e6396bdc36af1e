"""What every reader shares: the document it yields, the counts it keeps, and which files it takes.

A reader turns one input file into `RawDocument`s; every record it cannot use is counted in
`IngestCounts` under a fixed `dropped_<reason>` name, with a warning that names the file and line
(never the content).
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from prep.config import InputConfig

FORMATS = ("jsonl", "txt", "parquet")
SUPPORTED_SUFFIXES = (
    ".jsonl", ".txt", ".parquet", ".jsonl.gz", ".txt.gz", ".jsonl.zst", ".txt.zst",
)


@dataclass
class RawDocument:
    """One document as read: its fields (`text` included) and where it came from."""

    fields: dict[str, Any]
    source: str  # "path:line" of the document's first line, for error messages


@dataclass
class IngestCounts:
    """Counts by fixed name, plus warnings that name the file and line (never the content): the first
    `warn_limit` of each kind go to `log` (stderr when None), the rest are only counted."""

    counts: Counter = field(default_factory=Counter)
    log: Any = None  # callable(str) -> None
    warn_limit: int = 5
    _warned: Counter = field(default_factory=Counter, repr=False)

    def drop(self, reason: str, source: str | None = None, why: str = "") -> None:
        self.counts[f"dropped_{reason}"] += 1
        if source is not None:
            self.warn(f"dropped_{reason}", f"{source}: {why}; dropped ({reason})" if why else f"{source}: dropped")

    def warn(self, kind: str, message: str) -> None:
        self._warned[kind] += 1
        n = self._warned[kind]
        if n <= self.warn_limit:
            log = self.log or (lambda msg: print(msg, file=sys.stderr, flush=True))
            log(f"warning: {message}" if n < self.warn_limit else
                f"warning: {message} (further {kind} warnings are only counted)")


class BinaryInputError(ValueError):
    """An input that is not text at all: skipped as a whole and counted as `dropped_binary_file`."""


def input_format(path: str | Path) -> str:
    """"jsonl", "txt" or "parquet" by the file name; anything else is a ValueError naming the file."""
    name = str(path).lower()
    for suffix in SUPPORTED_SUFFIXES:
        if name.endswith(suffix):
            return suffix.split(".")[1]
    raise ValueError(f"{path}: unsupported input type; use one of {', '.join(SUPPORTED_SUFFIXES)}")


def is_supported(path: str | Path) -> bool:
    """A file a folder or glob expands to: a supported suffix, and not hidden."""
    name = Path(str(path)).name
    return not name.startswith(".") and name.lower().endswith(SUPPORTED_SUFFIXES)


def with_options(cfg: InputConfig | None, **overrides: Any) -> InputConfig:
    """`cfg` (defaults when None) with `overrides` applied; the same object when they change nothing."""
    cfg = cfg or InputConfig()
    changed = {k: v for k, v in overrides.items() if getattr(cfg, k) != v}
    return replace(cfg, **changed) if changed else cfg


def max_line_bytes(cfg: InputConfig) -> int:
    """A JSONL line may spell a character as a 12-byte escape pair: past this no line can hold a kept text."""
    return 12 * cfg.max_chars + 4096 if cfg.max_chars else 0


def note_repaired(counts: IngestCounts, source: str) -> None:
    counts.counts["repaired_invalid_utf8"] += 1
    counts.warn("repaired_invalid_utf8", f"{source}: invalid UTF-8 replaced by U+FFFD (input.invalid_utf8)")
