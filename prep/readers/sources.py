"""Where input bytes come from: entries -> files, files -> decompressed byte streams, and their record.

An input entry is a file, a folder (every supported file under it, sorted), a glob
(`data/**/*.jsonl.zst`) or an `fsspec` URL (`file:///...`, `memory://...`, `s3://...` with `s3fs`
installed, ...): local paths are opened directly, URLs through `fsspec`, so a corpus is read where it
lies. `scan_inputs` is the one place that turns entries into files: inside a folder or a glob, a file
of an unsupported type is never dropped silently but listed as skipped (by its path relative to the
folder) and counted as `skipped_unsupported_<suffix>`; files under a hidden name (`.git/`, `.DS_Store`)
are only counted (`skipped_hidden`); a file without a suffix is sniffed (`prep.readers.sniff`).
`.gz` and `.zst` files are decompressed as they are read; a corrupt or truncated one stops the run
(what it held past the damage would be lost without a trace).
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from prep.readers.base import SUPPORTED_SUFFIXES, format_by_name, has_no_suffix
from prep.readers.sniff import detect_format


def is_url(path: str | Path) -> bool:
    """`proto://...` is read through fsspec; anything else is a local path."""
    return isinstance(path, str) and "://" in path


@dataclass
class InputScan:
    """What the input entries name: the files to read, in order, and what folders and globs held besides."""

    files: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # unsupported files, relative to their folder (or as matched)
    hidden: int = 0  # files under a name starting with "." (only counted)
    excluded: int = 0  # files under `exclude` (a build's own output folder): neither read nor listed

    def counts(self) -> Counter:
        """`skipped_unsupported_<suffix>` (`nosuffix` for a name without one) and `skipped_hidden`."""
        found = Counter(f"skipped_unsupported_{_suffix_key(name)}" for name in self.skipped)
        if self.hidden:
            found["skipped_hidden"] = self.hidden
        return found


def expand_inputs(paths: Iterable[str | Path]) -> list[str]:
    """The input files named by `paths` (`scan_inputs(paths).files`)."""
    return scan_inputs(paths).files


def scan_inputs(paths: Iterable[str | Path], exclude: str | Path | None = None) -> InputScan:
    """The input files named by `paths`, in order, each once: a file as given (one without a suffix is
    sniffed); a folder -> every readable file under it, recursively, sorted; a glob (`*`, `?`, `[`) -> its
    sorted matches; the same for fsspec URLs. Other files under a folder or glob are listed in `skipped`.
    A missing file, an explicit file of an unsupported type, or a folder or glob without one readable file
    is a ValueError naming it. Local files under the folder `exclude` are left out (counted in `excluded`)."""
    scan = InputScan()
    outside = Path(exclude).resolve() if exclude is not None else None
    files: dict[str, None] = {}
    for entry in map(str, paths):
        if is_url(entry):
            root, found = _expand_url(entry)
        elif any(c in entry for c in "*?["):
            root, found = "", sorted(p for p in glob.glob(entry, recursive=True) if Path(p).is_file())
        elif Path(entry).is_dir():
            root, found = entry, sorted(str(p) for p in Path(entry).rglob("*") if p.is_file())
        elif Path(entry).is_file():
            detect_format(entry, open_input)  # an explicit file must be readable: a ValueError names it
            root, found = "", [entry]
        else:
            raise ValueError(f"input {entry} does not exist or is not a file")
        readable = []
        for path in found:
            shown = _relative(path, root)
            if outside is not None and not is_url(path) and Path(path).resolve().is_relative_to(outside):
                scan.excluded += 1
            elif any(part.startswith(".") for part in Path(shown).parts):
                scan.hidden += 1
            elif _readable(path):
                readable.append(path)
            else:
                scan.skipped.append(shown)
        if not readable and not scan.excluded:
            raise ValueError(f"input {entry} matches no file of a supported type ({', '.join(SUPPORTED_SUFFIXES)})")
        files.update(dict.fromkeys(readable))
    scan.files = list(files)
    return scan


def _readable(path: str) -> bool:
    if format_by_name(path) is not None:
        return True
    if not has_no_suffix(path):
        return False
    try:
        detect_format(path, open_input)
    except (ValueError, OSError):
        return False
    return True


def _relative(path: str, root: str) -> str:
    """`path` relative to the folder `root` names (as given when there is no root)."""
    if not root:
        return path
    rel = path[len(root):] if path.startswith(root) else path
    return rel.lstrip("/") or Path(path).name


def _suffix_key(name: str) -> str:
    suffix = Path(name).suffix.lower().lstrip(".")
    if not suffix or has_no_suffix(name):
        return "nosuffix"
    return suffix if re.fullmatch(r"[a-z0-9]{1,10}", suffix) else "other"


def _expand_url(url: str) -> tuple[str, list[str]]:
    """(root, files) of an fsspec URL: the folder whose paths the files are shown relative to."""
    fs, inner = _url_fs(url)
    if any(c in inner for c in "*?["):
        return "", sorted(fs.unstrip_protocol(p) for p in fs.glob(inner) if fs.isfile(p))
    if fs.isdir(inner):
        return fs.unstrip_protocol(inner).rstrip("/"), sorted(fs.unstrip_protocol(p) for p in fs.find(inner))
    detect_format(url, open_input)
    return "", [url]


def _url_fs(url: str):
    """(filesystem, path inside it) for an fsspec URL; a missing backend is a ValueError naming the fix."""
    try:
        from fsspec.core import url_to_fs
    except ImportError as exc:
        raise ValueError(f"input {url} is a URL, which needs fsspec; install it with pip install fsspec") from exc
    try:
        return url_to_fs(url)
    except ImportError as exc:  # e.g. s3:// without s3fs; fsspec's message names the package
        raise ValueError(f"input {url}: {exc}") from exc
    except ValueError as exc:  # unknown protocol
        raise ValueError(f"input {url}: {exc}; use a local path or a URL of a protocol fsspec knows") from exc


def open_input(path: str | Path) -> BinaryIO:
    """Open a local path or an fsspec URL for binary reading; a missing file is a ValueError naming it."""
    if is_url(path):
        fs, inner = _url_fs(str(path))
        if not fs.isfile(inner):
            raise ValueError(f"input {path} does not exist or is not a file")
        return fs.open(inner, "rb")
    if not Path(path).is_file():
        raise ValueError(f"input {path} does not exist or is not a file")
    return open(path, "rb")


def describe_inputs(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """The manifest's record of every input file that `paths` names (folders and globs expanded)."""
    return [describe_input(p) for p in expand_inputs(paths)]


def describe_input(path: str | Path) -> dict[str, Any]:
    """The manifest's record of one input: path (relative to the working folder when inside it), bytes, sha256."""
    h = hashlib.sha256()
    size = 0
    with open_input(path) as f:
        while block := f.read(1 << 20):
            h.update(block)
            size += len(block)
    shown = str(path)
    if not is_url(path):
        resolved, cwd = Path(path).resolve(), Path.cwd().resolve()
        if resolved.is_relative_to(cwd):
            shown = resolved.relative_to(cwd).as_posix()
    return {"path": shown, "bytes": size, "sha256": h.hexdigest()}


def decompressed(raw: BinaryIO, path: str | Path, compression: str | None = None) -> BinaryIO:
    """The decompressed byte stream of `raw`, by `compression` ("gz", "zst", "": none; None: by the
    name's suffix `.gz` / `.zst`), else `raw` itself."""
    name = str(path).lower()
    if compression is not None:
        name = "." + compression
    if name.endswith(".gz"):
        return gzip.GzipFile(fileobj=raw, mode="rb")
    if name.endswith(".zst"):
        try:
            import zstandard
        except ImportError as exc:
            raise ValueError(f"input {path} is zstd-compressed, which needs zstandard; pip install zstandard") from exc
        return ZstdFramesReader(raw, zstandard)
    return raw


class ZstdFramesReader:
    """The decompressed bytes of one or more zstd frames, read in blocks; a cut-short file raises.

    `zstandard`'s `stream_reader` ends quietly at the end of the input even in the middle of a
    frame (a truncated file then loses its tail without a word); here a frame that has started but
    not ended when the input runs out raises `EOFError`, which `lines.chunks` reports naming the file.
    """

    INPUT_BYTES = 1 << 17  # compressed bytes fed at once: bounds the output of one call

    def __init__(self, raw: BinaryIO, zstandard):
        self._raw, self._error = raw, zstandard.ZstdError
        self._new = zstandard.ZstdDecompressor().decompressobj
        self._frame = self._new()
        self._in_frame = False  # bytes of the current frame were fed, and its end not seen yet
        self._buffer = bytearray()
        self._eof = False

    def read(self, size: int = -1) -> bytes:
        while not self._eof and (size < 0 or len(self._buffer) < size):
            block = self._raw.read(self.INPUT_BYTES)
            if not block:
                if self._in_frame:
                    raise EOFError("the last zstd frame is cut short")
                self._eof = True
            else:
                self._feed(block)
        size = len(self._buffer) if size < 0 else min(size, len(self._buffer))
        out = bytes(self._buffer[:size])
        del self._buffer[:size]
        return out

    def _feed(self, data: bytes) -> None:
        while data:
            try:
                self._buffer += self._frame.decompress(data)
            except self._error as exc:
                raise ValueError(f"not valid zstd data ({exc})") from None
            self._in_frame = True
            if not self._frame.eof:
                return
            data, self._frame, self._in_frame = self._frame.unused_data, self._new(), False
