"""`.jsonl` reader: one JSON object per line; the text field is configurable and every other field is
kept, so an `id` stays with its text. A bad line is dropped and counted, named by file and line only."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from prep.config import InputConfig
from prep.readers.base import IngestCounts, RawDocument, max_line_bytes, note_repaired


def read_jsonl_documents(
    lines: Iterable[tuple[int, bytes | None]], path: str | Path, cfg: InputConfig, counts: IngestCounts
) -> Iterator[RawDocument]:
    """The objects of `byte_lines` items that hold a string `cfg.text_field`; blank lines are skipped."""
    prefix = f"{path}:"
    for lineno, raw_line in lines:
        if raw_line is not None and (not raw_line or raw_line.isspace()):
            continue
        counts.counts["docs_in"] += 1
        source = prefix + str(lineno)
        if raw_line is None:
            counts.drop("too_long", source, f"line longer than {max_line_bytes(cfg)} bytes (input.max_chars)")
            continue
        line = _decode(raw_line, source, cfg.invalid_utf8, counts)
        if line is None:
            counts.drop("invalid_utf8", source, "invalid UTF-8 (input.invalid_utf8 = \"drop\")")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            counts.drop("bad_json", source, f"not JSON ({exc.msg} at column {exc.colno})")
            continue
        except RecursionError:  # `[[[[...` thousands deep: the parser's stack, not a traceback for the user
            counts.drop("bad_json", source, "not JSON (nested too deeply)")
            continue
        if not isinstance(obj, dict):
            counts.drop("not_an_object", source, f"a JSON {type(obj).__name__}, not an object")
            continue
        if not isinstance(obj.get(cfg.text_field), str):
            counts.drop("no_text", source, f"no string field {cfg.text_field!r} (input.text_field)")
            continue
        yield RawDocument(obj, source)


def _decode(line: bytes, source: str, policy: str, counts: IngestCounts) -> str | None:
    """UTF-8 text of `line`; invalid bytes are repaired (U+FFFD, counted) or the line refused (None)."""
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        if policy == "drop":
            return None
        note_repaired(counts, source)
        return line.decode("utf-8", "replace")
