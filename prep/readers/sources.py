"""Where input bytes come from: entries -> files, files -> decompressed byte streams, and their record.

An input entry is a file, a folder (every supported file under it, sorted), a glob
(`data/**/*.jsonl.zst`) or an `fsspec` URL (`file:///...`, `memory://...`, `s3://...` with `s3fs`
installed, ...): local paths are opened directly, URLs through `fsspec`, so a corpus is read where it
lies. `expand_inputs` is the one place that turns entries into files. `.gz` and `.zst` files are
decompressed as they are read; a corrupt or truncated one stops the run (what it held past the damage
would be lost without a trace).
"""

from __future__ import annotations

import glob
import gzip
import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any, BinaryIO

from prep.readers.base import SUPPORTED_SUFFIXES, input_format, is_supported


def is_url(path: str | Path) -> bool:
    """`proto://...` is read through fsspec; anything else is a local path."""
    return isinstance(path, str) and "://" in path


def expand_inputs(paths: Iterable[str | Path]) -> list[str]:
    """The input files named by `paths`, in order, each once: a file as given; a folder -> every supported
    file under it, recursively, sorted; a glob (`*`, `?`, `[`) -> its sorted matches; the same for fsspec
    URLs. A missing file, or a folder or glob without one supported file, is a ValueError naming it."""
    files: dict[str, None] = {}
    for entry in map(str, paths):
        if is_url(entry):
            found = _expand_url(entry)
        elif any(c in entry for c in "*?["):
            found = sorted(p for p in glob.glob(entry, recursive=True) if is_supported(p) and Path(p).is_file())
        elif Path(entry).is_dir():
            found = sorted(str(p) for p in Path(entry).rglob("*") if is_supported(p) and p.is_file())
        elif Path(entry).is_file():
            input_format(entry)
            found = [entry]
        else:
            raise ValueError(f"input {entry} does not exist or is not a file")
        if not found:
            raise ValueError(f"input {entry} matches no file of a supported type ({', '.join(SUPPORTED_SUFFIXES)})")
        files.update(dict.fromkeys(found))
    return list(files)


def _expand_url(url: str) -> list[str]:
    fs, inner = _url_fs(url)
    if any(c in inner for c in "*?["):
        matches = fs.glob(inner)
    elif fs.isdir(inner):
        matches = fs.find(inner)
    else:
        input_format(url)
        return [url]
    return sorted(fs.unstrip_protocol(p) for p in matches if is_supported(p) and fs.isfile(p))


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


def decompressed(raw: BinaryIO, path: str | Path) -> BinaryIO:
    """The decompressed byte stream of `raw`, by the name's suffix (`.gz`, `.zst`), else `raw` itself."""
    name = str(path).lower()
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
