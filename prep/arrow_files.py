"""The Arrow IPC work files of the parallel stages (ingest hashes, near-dedup signatures and buckets, word
counts): numbers and words, never document text. One home for how they are written and read.

Read back memory-mapped: pages come in as they are touched, so a unit that reads many files holds what it
uses, not their sizes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.ipc as ipc

from privbert.io import publish, temporary_name


def write_table(path: str | Path, table: pa.Table, max_chunksize: int | None = None) -> None:
    """`table` as an Arrow IPC file at `path` (inside a unit's temporary folder, or use `publish_table`),
    in record batches of at most `max_chunksize` rows."""
    with pa.OSFile(str(path), "wb") as sink, ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table, max_chunksize=max_chunksize)


def publish_table(path: str | Path, table: pa.Table, max_chunksize: int | None = None) -> None:
    """`write_table` under a temporary name, renamed into place when complete."""
    tmp = temporary_name(path)
    write_table(tmp, table, max_chunksize)
    publish(tmp, path)


def read_table(path: str | Path) -> pa.Table:
    """A whole Arrow IPC file, memory-mapped (zero-copy)."""
    return ipc.open_file(pa.memory_map(str(path), "r")).read_all()


def publish_dir(tmp: Path, final: Path) -> None:
    """A unit's completed temporary folder renamed into place, replacing what a unit killed after its
    rename but before its marker left there (the unit was redone)."""
    shutil.rmtree(final, ignore_errors=True)
    publish(tmp, final)
