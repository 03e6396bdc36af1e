"""The writer of the split stage's output: BERT-format document blocks into one file or size-limited parts,
published atomically (moved out of `prep.split`, which holds the sentence rules)."""

from __future__ import annotations

import contextlib
from pathlib import Path

from privbert.io import publish, temporary_name


class RollingTextWriter:
    """Writes BERT-format document blocks to `path`, or, with `max_bytes` > 0, to `<stem>-00000<suffix>`,
    `<stem>-00001<suffix>`, ... each holding whole documents and at most `max_bytes` bytes (more only when
    one document alone is larger). Files are written under temporary names and renamed on success;
    after an error none is left behind."""

    def __init__(self, path: str | Path, max_bytes: int = 0):
        if max_bytes < 0:
            raise ValueError(f"--max-bytes must be >= 0 (0: one file), found {max_bytes}")
        self.path, self.max_bytes = Path(path), max_bytes
        self.paths: list[Path] = []
        self._tmp: list[Path] = []
        self._file = None
        self._size = 0
        self._buffer: list[str] = []
        self._buffered = 0

    def __enter__(self) -> RollingTextWriter:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        return self

    def write(self, block: str) -> None:
        if self.max_bytes:
            size = len(block) if block.isascii() else len(block.encode("utf-8"))
            if self._file is None or (self._size and self._size + size > self.max_bytes):
                self._roll()
            self._size += size
        elif self._file is None:
            self._roll()
        self._buffer.append(block)  # encoded and written in ~1 MB batches: one call per batch, not per document
        self._buffered += len(block)
        if self._buffered >= 1 << 20:
            self._flush()

    def _flush(self) -> None:
        if self._buffer:
            self._file.write("".join(self._buffer).encode("utf-8"))
            self._buffer, self._buffered = [], 0

    def _roll(self) -> None:
        if self._file is not None:
            self._flush()
            self._file.close()
        name = self.path if not self.max_bytes else self.path.with_name(
            f"{self.path.stem}-{len(self.paths):05d}{self.path.suffix}")
        self.paths.append(name)
        self._tmp.append(temporary_name(name))
        self._file = open(self._tmp[-1], "wb")
        self._size = 0

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if self._file is None and exc_type is None:
                self._roll()  # no document at all: still one (empty) output file
            if self._file is not None:
                if exc_type is None:
                    self._flush()
                self._file.close()
            if exc_type is None:
                for tmp, final in zip(self._tmp, self.paths, strict=True):
                    publish(tmp, final)
                return
        except BaseException:  # the last flush or a rename failed too (a full disk): no temporary left behind
            if self._file is not None and not self._file.closed:
                with contextlib.suppress(OSError):
                    self._file.close()
            self._remove_temporaries()
            raise
        self._remove_temporaries()

    def _remove_temporaries(self) -> None:
        for tmp in self._tmp:
            tmp.unlink(missing_ok=True)
