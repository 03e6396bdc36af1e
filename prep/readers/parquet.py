"""`.parquet` reader: rows in record batches (bounded memory); the text, id and lang columns are kept.
A file pyarrow cannot open is skipped whole as a binary file; one without the text column stops the run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from prep.config import InputConfig
from prep.readers.base import BinaryInputError, IngestCounts, RawDocument

BATCH_ROWS = 1024


def read_parquet_documents(
    raw: BinaryIO, path: str | Path, cfg: InputConfig, counts: IngestCounts
) -> Iterator[RawDocument]:
    """The rows of a Parquet file whose text column holds a string; the others are dropped and counted."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(raw)
    except (pa.ArrowException, OSError) as exc:
        raise BinaryInputError(f"input {path} is not a readable Parquet file ({type(exc).__name__})") from None
    names = parquet.schema_arrow.names
    if cfg.text_field not in names:
        raise ValueError(
            f"input {path} has no column {cfg.text_field!r} (columns: {', '.join(names)}); set input.text_field"
        )
    columns = [c for c in dict.fromkeys((cfg.id_field, cfg.text_field, cfg.lang_field)) if c in names]
    row = 0
    for batch in parquet.iter_batches(batch_size=BATCH_ROWS, columns=columns):
        for record in batch.to_pylist():
            row += 1
            counts.counts["docs_in"] += 1
            if not isinstance(record.get(cfg.text_field), str):
                counts.drop("no_text", f"{path}:row {row}", f"no string in column {cfg.text_field!r}")
                continue
            yield RawDocument(record, f"{path}:row {row}")
