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

FORMATS = ("jsonl", "txt", "parquet", "pdf", "docx", "html")
SUPPORTED_SUFFIXES = (
    ".jsonl", ".txt", ".parquet", ".jsonl.gz", ".txt.gz", ".jsonl.zst", ".txt.zst", ".pdf", ".docx", ".html", ".htm",
)
_FORMAT_ALIASES = {"htm": "html"}
# Formats read through an optional extra: (module to import, extra, PyPI package).
EXTRAS = {"pdf": ("pypdf", "pdf", "pypdf"), "docx": ("docx", "docx", "python-docx"),
          "html": ("trafilatura", "html", "trafilatura")}


@dataclass
class RawDocument:
    """One document as read: its fields (`text` included) and where it came from."""

    fields: dict[str, Any]
    source: str  # "path:line" of the document's first line, for error messages
    wrapped: bool = False  # known hard-wrapped (a PDF text layer, a blank-line-wrapped .txt): every line re-joined


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
    """One of `FORMATS` by the file name; anything else is a ValueError naming the file."""
    fmt = format_by_name(path)
    if fmt is None:
        raise ValueError(f"{path}: unsupported input type; use one of {', '.join(SUPPORTED_SUFFIXES)}")
    return fmt


def format_by_name(path: str | Path) -> str | None:
    """One of `FORMATS` by a supported suffix of the file name, else None."""
    name = str(path).lower()
    for suffix in SUPPORTED_SUFFIXES:
        if name.endswith(suffix):
            fmt = suffix.split(".")[1]
            return _FORMAT_ALIASES.get(fmt, fmt)
    return None


def has_no_suffix(path: str | Path) -> bool:
    """A file name without any `.suffix` (`README`, `bill_2101234`): its type is sniffed from its bytes."""
    return "." not in Path(str(path).rstrip("/")).name.lstrip(".")


def require_extra(fmt: str, path: str | Path):
    """The module that reads `fmt` (an `EXTRAS` format), imported; if it is missing, a ValueError with the
    pip command (raised at the first file of that format, before anything of it is read)."""
    import importlib

    module, extra, package = EXTRAS[fmt]
    try:
        return importlib.import_module(module)
    except ImportError:
        raise ValueError(
            f"input {path} is {fmt.upper()}, which needs the optional {package!r}; install it with "
            f"pip install 'privacy-bert-pretrain[{extra}]' (or pip install {package})"
        ) from None


def is_supported(path: str | Path) -> bool:
    """A file a folder or glob expands to without a look inside: a supported suffix, and not hidden."""
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
