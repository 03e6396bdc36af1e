"""Readers: raw input files -> a stream of documents, each either kept or dropped with a reason.

Formats: `.jsonl` (one JSON object per line; text field configurable, every other field kept, so an
`id` stays with its text), `.txt` (documents separated by a blank line, or one document per file with
`input.txt_mode = "file"`), each optionally `.gz` or `.zst`, and `.parquet` (read in record batches;
the text, id and lang columns are kept). An input entry is a file, a folder (every supported file under
it, sorted), a glob (`data/**/*.jsonl.zst`) or an `fsspec` URL (`file:///...`, `memory://...`, `s3://...`
with `s3fs` installed, ...): local paths are opened directly, URLs through `fsspec`, so a corpus is read
where it lies. `expand_inputs` is the one place that turns entries into files.

Text files are read in 1 MiB chunks and cut into lines, so memory stays bounded by the largest kept
document, never by the corpus or by one absurd line (`input.max_chars` bounds that too). Invalid UTF-8
is repaired (U+FFFD, counted as `repaired_invalid_utf8`) or drops the document (`input.invalid_utf8`).
A binary file (NUL bytes or a UTF-16 byte-order mark at its start) or an unreadable Parquet file is
skipped whole and counted as one `dropped_binary_file`; a corrupt or truncated compressed file stops
the run (what it held past the damage would be lost without a trace).

Nothing here prints document content: a bad line is reported by file and line number only.
"""

from __future__ import annotations

import glob
import gzip
import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, BinaryIO

from prep.config import InputConfig
from prep.normalize import normalize_text

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


def input_format(path: str | Path) -> str:
    """"jsonl", "txt" or "parquet" by the file name; anything else is a ValueError naming the file."""
    name = str(path).lower()
    for suffix in SUPPORTED_SUFFIXES:
        if name.endswith(suffix):
            return suffix.split(".")[1]
    raise ValueError(f"{path}: unsupported input type; use one of {', '.join(SUPPORTED_SUFFIXES)}")


def _is_supported(path: str | Path) -> bool:
    name = Path(str(path)).name
    return not name.startswith(".") and name.lower().endswith(SUPPORTED_SUFFIXES)


def expand_inputs(paths: Iterable[str | Path]) -> list[str]:
    """The input files named by `paths`, in order, each once: a file as given; a folder -> every supported
    file under it, recursively, sorted; a glob (`*`, `?`, `[`) -> its sorted matches; the same for fsspec
    URLs. A missing file, or a folder or glob without one supported file, is a ValueError naming it."""
    files: dict[str, None] = {}
    for entry in map(str, paths):
        if is_url(entry):
            found = _expand_url(entry)
        elif any(c in entry for c in "*?["):
            found = sorted(p for p in glob.glob(entry, recursive=True) if _is_supported(p) and Path(p).is_file())
        elif Path(entry).is_dir():
            found = sorted(str(p) for p in Path(entry).rglob("*") if _is_supported(p) and p.is_file())
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
    return sorted(fs.unstrip_protocol(p) for p in matches if _is_supported(p) and fs.isfile(p))


def describe_inputs(paths: Iterable[str | Path]) -> list[dict[str, Any]]:
    """The manifest's record of every input file that `paths` names (folders and globs expanded)."""
    return [describe_input(p) for p in expand_inputs(paths)]


def is_url(path: str | Path) -> bool:
    """`proto://...` is read through fsspec; anything else is a local path."""
    return isinstance(path, str) and "://" in path


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


def read_documents(
    path: str | Path, text_field: str, counts: IngestCounts, cfg: InputConfig | None = None
) -> Iterator[RawDocument]:
    """Yield the documents of one file (a local path or an fsspec URL); unusable records are counted
    in `counts` (with a warning naming the file and line) and skipped. `cfg` supplies the reading
    options (`invalid_utf8`, `txt_mode`, `max_chars`, id/lang fields); `text_field` wins over its own."""
    cfg = _options(cfg, text_field=text_field)
    fmt = input_format(path)
    counts.counts["files_in"] += 1
    docs_before = counts.counts["docs_in"]
    try:
        with open_input(path) as raw:
            if fmt == "parquet":
                yield from _read_parquet(raw, path, cfg, counts)
            else:
                stream = _decompressed(raw, path)
                if fmt == "txt" and cfg.txt_mode == "blank_line":
                    yield from _read_txt_blocks(_txt_blocks(stream, path, _max_line_bytes(cfg)), path, cfg, counts)
                else:
                    lines = _byte_lines(stream, path, _max_line_bytes(cfg))
                    yield from (_read_jsonl if fmt == "jsonl" else _read_txt)(lines, path, cfg, counts)
    except BinaryInputError as exc:
        counts.counts["docs_in"] += 1
        counts.drop("binary_file", None)
        counts.warn("dropped_binary_file", f"{exc}; skipped (dropped_binary_file)")
        return
    if counts.counts["docs_in"] == docs_before:
        counts.counts["files_empty"] += 1
        counts.warn("files_empty", f"input {path} holds no document")


def _options(cfg: InputConfig | None, **overrides: Any) -> InputConfig:
    cfg = cfg or InputConfig()
    changed = {k: v for k, v in overrides.items() if getattr(cfg, k) != v}
    return replace(cfg, **changed) if changed else cfg


def _decompressed(raw: BinaryIO, path: str | Path) -> BinaryIO:
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
    not ended when the input runs out raises `EOFError`, which `_chunks` reports naming the file.
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


_CHUNK_BYTES = 1 << 20
_SNIFF_BYTES = 8192
_UTF8_BOM = b"\xef\xbb\xbf"


def _chunks(stream: BinaryIO, path: str | Path, lines_read: Callable[[], int]) -> Iterator[bytes]:
    """The stream in 1 MiB chunks, a leading UTF-8 byte-order mark removed.

    Raises `BinaryInputError` for a binary file (NUL bytes or a UTF-16/32 byte-order mark in its
    first 8 KiB) and `ValueError` naming the file and `lines_read()` for a corrupt or truncated
    compressed stream."""
    first = True
    while True:
        try:
            chunk = stream.read(_CHUNK_BYTES)
        except (OSError, EOFError, ValueError) as exc:  # gzip.BadGzipFile, zstd errors, truncated streams
            raise ValueError(
                f"input {path}: cannot be decompressed after line {lines_read()} ({type(exc).__name__}); "
                "the file is corrupt or truncated: re-create it or remove it from input.paths"
            ) from None
        if first:
            first = False
            if chunk.startswith(_UTF8_BOM):
                chunk = chunk[len(_UTF8_BOM):]
            elif b"\x00" in chunk[:_SNIFF_BYTES] or chunk[:2] in (b"\xff\xfe", b"\xfe\xff"):
                raise BinaryInputError(f"input {path} is not UTF-8 text (NUL bytes or a UTF-16 byte-order mark)")
        if not chunk:
            return
        yield chunk


def _byte_lines(stream: BinaryIO, path: str | Path, max_line_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line without its "\\n" / "\\r\\n") for each line, read in 1 MiB chunks so memory stays
    bounded: a line longer than `max_line_bytes` (0: no limit) is skipped without being held, as `None`.

    Raises `ValueError` naming the file for a binary file (NUL bytes or a UTF-16/32 byte-order mark in
    its first 8 KiB) and for a compressed stream that is corrupt or truncated."""
    carry: list[bytes] = []
    carried = 0
    skipping = False
    lineno = 0
    for chunk in _chunks(stream, path, lambda: lineno):  # noqa: B023 -- the current count, on purpose
        pieces = chunk.split(b"\n")
        for piece in pieces[:-1]:
            lineno += 1
            if skipping:
                skipping = False
                yield lineno, None
                continue
            if carry:
                piece = b"".join(carry) + piece
                carry, carried = [], 0
            if max_line_bytes and len(piece) > max_line_bytes:
                yield lineno, None
                continue
            yield lineno, piece[:-1] if piece.endswith(b"\r") else piece
        tail = pieces[-1]
        if tail and not skipping:
            carry.append(tail)
            carried += len(tail)
            if max_line_bytes and carried > max_line_bytes:
                carry, carried, skipping = [], 0, True
    if skipping or carry:
        lineno += 1
        if skipping:
            yield lineno, None
        else:
            piece = b"".join(carry)
            yield lineno, piece[:-1] if piece.endswith(b"\r") else piece


class BinaryInputError(ValueError):
    """An input that is not text at all: skipped as a whole and counted as `dropped_binary_file`."""


def _decode(line: bytes, source: str, policy: str, counts: IngestCounts) -> str | None:
    """UTF-8 text of `line`; invalid bytes are repaired (U+FFFD, counted) or the line refused (None)."""
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        if policy == "drop":
            return None
        _note_repaired(counts, source)
        return line.decode("utf-8", "replace")


def _note_repaired(counts: IngestCounts, source: str) -> None:
    counts.counts["repaired_invalid_utf8"] += 1
    counts.warn("repaired_invalid_utf8", f"{source}: invalid UTF-8 replaced by U+FFFD (input.invalid_utf8)")


def _read_jsonl(
    lines: Iterable[tuple[int, bytes | None]], path: str | Path, cfg: InputConfig, counts: IngestCounts
) -> Iterator[RawDocument]:
    prefix = f"{path}:"
    for lineno, raw_line in lines:
        if raw_line is not None and (not raw_line or raw_line.isspace()):
            continue
        counts.counts["docs_in"] += 1
        source = prefix + str(lineno)
        if raw_line is None:
            counts.drop("too_long", source, f"line longer than {_max_line_bytes(cfg)} bytes (input.max_chars)")
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


def _finish_txt_document(
    lines: list[str], source: str, bad: bool, too_long: bool, cfg: InputConfig, counts: IngestCounts
) -> Iterator[RawDocument]:
    """One `.txt` document counted in, then yielded or counted as dropped (both `.txt` readers end here)."""
    counts.counts["docs_in"] += 1
    if too_long:
        counts.drop("too_long", source, f"longer than input.max_chars = {cfg.max_chars}")
    elif bad:
        counts.drop("invalid_utf8", source, "invalid UTF-8 (input.invalid_utf8 = \"drop\")")
    else:
        yield RawDocument({cfg.text_field: "\n".join(lines)}, source)


def _read_txt(
    lines: Iterable[tuple[int, bytes | None]], path: str | Path, cfg: InputConfig, counts: IngestCounts
) -> Iterator[RawDocument]:
    """Documents separated by blank lines (`txt_mode = "blank_line"`) or the whole file (`"file"`)."""
    per_file = cfg.txt_mode == "file"
    doc: list[str] = []
    start, bad, too_long, size = 1, False, False, 0
    limit = cfg.max_chars * 4 if cfg.max_chars else 0  # UTF-8 bytes: stop holding a document past this

    def finish() -> Iterator[RawDocument]:
        return _finish_txt_document(doc, f"{path}:{start}", bad, too_long, cfg, counts)

    for lineno, raw_line in lines:
        text, invalid = None, False
        if raw_line is not None:
            try:
                text = raw_line.decode("utf-8")
            except UnicodeDecodeError:
                text, invalid = raw_line.decode("utf-8", "replace"), True
            if not per_file and (not text or text.isspace()):  # a blank line (any Unicode whitespace) ends a doc
                if doc or bad or too_long:
                    yield from finish()
                    doc, bad, too_long, size = [], False, False, 0
                continue
        if not (doc or bad or too_long):
            start = lineno
        if raw_line is None:
            too_long, doc = True, []
        if too_long or bad:
            continue
        size += len(raw_line)
        if limit and size > limit:
            too_long, doc = True, []
            continue
        if invalid:
            if cfg.invalid_utf8 == "drop":
                bad, doc = True, []
                continue
            _note_repaired(counts, f"{path}:{lineno}")
        doc.append(text)
    if per_file:
        doc = doc if any(line.strip() for line in doc) else []
    if doc or bad or too_long:
        yield from finish()


# The blank-line `.txt` fast path (`_txt_blocks` -> `_read_txt_blocks`): a block of whole lines (up to
# 1 MiB) is decoded at once and cut into documents on runs of blank lines with one regex split. A block
# with invalid UTF-8 is cut with the bytes regex instead, and each document in it that does not decode
# goes through the per-line rules of `_read_txt` (so repairs, drops and warnings name the same lines),
# as does any line near `max_line_bytes`. `_BLANK_BODY` spells every str.isspace character but "\n" in
# UTF-8 (all lie below U+3001; a test checks the whole range).
_WHITESPACE = sorted({chr(c).encode("utf-8") for c in range(0x3001) if chr(c).isspace()} - {b"\n"})
_BLANK_BODY = b"(?:" + b"|".join(re.escape(w) for w in _WHITESPACE) + b")*\n"  # one blank line (str.isspace)
_BLANK_RUN = re.compile(b"\n(?:" + _BLANK_BODY + b")+")  # the newline ending a line, then blank lines
_LEADING_BLANKS = re.compile(b"(?:" + _BLANK_BODY + b")+")
_BLANK_RUN_TEXT = re.compile(r"(\n(?:[^\S\n]*\n)+)")  # the same on decoded text (`\s` is str.isspace)
_LEADING_BLANKS_TEXT = re.compile(r"(?:[^\S\n]*\n)+")


def _txt_blocks(
    stream: BinaryIO, path: str | Path, max_line_bytes: int
) -> Iterator[tuple[int, bytes | None, bool]]:
    """Like `_byte_lines`, but yields (line number before it, block of whole lines each ending in "\\n",
    True) while a block fits in `max_line_bytes`, and (line number, line or None, False) items, line by
    line with `_byte_lines`'s rules, only where it does not (a line near or over the limit)."""
    carry = b""
    lineno = 0
    skipping = False
    for chunk in _chunks(stream, path, lambda: lineno):  # noqa: B023 -- the current count, on purpose
        if skipping:  # inside a line already known to be too long: drop bytes up to its end
            end = chunk.find(b"\n")
            if end < 0:
                continue
            lineno += 1
            skipping = False
            yield lineno, None, False
            chunk = chunk[end + 1:]
        data = carry + chunk if carry else chunk
        cut = data.rfind(b"\n") + 1
        if not max_line_bytes or len(data) <= max_line_bytes:
            if cut:
                yield lineno, data[:cut], True
                lineno += data.count(b"\n", 0, cut)
            carry = data[cut:]
            continue
        pieces = data.split(b"\n")
        for piece in pieces[:-1]:
            lineno += 1
            if len(piece) > max_line_bytes:
                yield lineno, None, False
            else:
                yield lineno, piece[:-1] if piece.endswith(b"\r") else piece, False
        carry = pieces[-1]
        if len(carry) > max_line_bytes:
            carry, skipping = b"", True
    if skipping:
        yield lineno + 1, None, False
    elif carry:
        yield lineno + 1, carry[:-1] if carry.endswith(b"\r") else carry, False


def _txt_events(items: Iterable[tuple[int, bytes | None, bool]], limit: int) -> Iterator[tuple]:
    """`_txt_blocks` items as events for `_read_txt_blocks`: (None,) for a blank line (or a run of them),
    (first line, text, UTF-8 bytes less line ends or 0 when `limit` is 0) for valid non-blank lines in a
    row, and (line number, raw line or None, None) for a line to take by the per-line rules."""
    blank = (None,)
    for lineno, data, is_block in items:
        if not is_block:
            yield lineno, data, None
            continue
        pos, line = 0, lineno
        lead = _LEADING_BLANKS.match(data)
        if lead:
            yield blank
            pos = lead.end()
            line += data.count(b"\n", 0, pos)
        end = len(data) - 1  # the block ends in "\n"
        while pos <= end:
            m = _BLANK_RUN.search(data, pos)
            stop = m.start() if m else end
            seg = data[pos:stop]
            if b"\r" in seg:
                seg = seg.replace(b"\r\n", b"\n")
                if seg.endswith(b"\r"):
                    seg = seg[:-1]
            try:
                text = seg.decode("utf-8")
            except UnicodeDecodeError:  # the per-line rules: repairs and warnings name the line
                for i, piece in enumerate(data[pos:stop].split(b"\n")):
                    yield line + 1 + i, piece[:-1] if piece.endswith(b"\r") else piece, None
            else:
                yield line + 1, text, (len(seg) - seg.count(b"\n")) if limit else 0
            if not m:
                break
            yield blank
            line += data.count(b"\n", pos, m.end())
            pos = m.end()


def _read_txt_blocks(
    items: Iterable[tuple[int, bytes | None, bool]], path: str | Path, cfg: InputConfig, counts: IngestCounts
) -> Iterator[RawDocument]:
    """`_read_txt` in blank-line mode over `_txt_blocks`: the same documents, drops, counts and warnings."""
    doc: list[str] = []
    start, bad, too_long, size = 1, False, False, 0
    limit = cfg.max_chars * 4 if cfg.max_chars else 0  # UTF-8 bytes: stop holding a document past this

    def finish() -> Iterator[RawDocument]:
        return _finish_txt_document(doc, f"{path}:{start}", bad, too_long, cfg, counts)

    field_name = cfg.text_field
    for lineno, data, is_block in items:
        text = None
        if is_block:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                pass
        if text is None:  # a line by itself, or a block with invalid UTF-8: document by document, line by line
            for event in _txt_events(((lineno, data, is_block),), limit):
                if len(event) == 1:  # blank line(s)
                    if doc or bad or too_long:
                        yield from finish()
                        doc, bad, too_long, size = [], False, False, 0
                    continue
                lineno, payload, nbytes = event
                invalid = False
                if nbytes is None:  # one line by the per-line rules of `_read_txt`
                    raw_line = payload
                    if raw_line is not None:
                        try:
                            payload = raw_line.decode("utf-8")
                        except UnicodeDecodeError:
                            payload, invalid = raw_line.decode("utf-8", "replace"), True
                        if not payload or payload.isspace():
                            if doc or bad or too_long:
                                yield from finish()
                                doc, bad, too_long, size = [], False, False, 0
                            continue
                        nbytes = len(raw_line)
                if not (doc or bad or too_long):
                    start = lineno
                if payload is None:
                    too_long, doc = True, []
                if too_long or bad:
                    continue
                size += nbytes
                if limit and size > limit:
                    too_long, doc = True, []
                    continue
                if invalid:
                    if cfg.invalid_utf8 == "drop":
                        bad, doc = True, []
                        continue
                    _note_repaired(counts, f"{path}:{lineno}")
                doc.append(payload)
            continue
        # A valid block of whole lines: cut into documents on runs of blank lines, in C.
        if "\r" in text:
            text = text.replace("\r\n", "\n")
        line = lineno
        lead = _LEADING_BLANKS_TEXT.match(text)
        if lead:
            if doc or bad or too_long:
                yield from finish()
                doc, bad, too_long, size = [], False, False, 0
            line += text.count("\n", 0, lead.end())
            text = text[lead.end():]
        parts = _BLANK_RUN_TEXT.split(text)  # [lines, blank run, lines, ..., lines + "\n" or ""]
        last = len(parts) - 1
        # Exact UTF-8 sizes only where a document could pass the limit within this block; the part left
        # open at its end (it may go on in the next block) is always measured.
        exact = limit and size + len(data) > limit
        for i in range(0, last + 1, 2):
            seg = parts[i]
            if i == last:
                if not seg:
                    break
                seg = seg[:-1]
            first = line + 1
            if i < last:
                line += seg.count("\n") + parts[i + 1].count("\n")
            if 0 < i < last and not exact:  # a whole document inside the block: the common case
                counts.counts["docs_in"] += 1
                yield RawDocument({field_name: seg}, f"{path}:{first}")
                continue
            if not (doc or bad or too_long):
                start = first
            if not (too_long or bad):
                if limit and (exact or i == last):
                    size += len(seg.encode("utf-8")) - seg.count("\n")
                if limit and size > limit:
                    too_long, doc = True, []
                else:
                    doc.append(seg)
            if i < last:  # a blank line ends the document
                yield from finish()
                doc, bad, too_long, size = [], False, False, 0
    if doc or bad or too_long:
        yield from finish()


def _read_parquet(raw: BinaryIO, path: str | Path, cfg: InputConfig, counts: IngestCounts) -> Iterator[RawDocument]:
    """Rows of a Parquet file in record batches (bounded memory); the text, id and lang columns are kept."""
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
    for batch in parquet.iter_batches(batch_size=1024, columns=columns):
        for record in batch.to_pylist():
            row += 1
            counts.counts["docs_in"] += 1
            if not isinstance(record.get(cfg.text_field), str):
                counts.drop("no_text", f"{path}:row {row}", f"no string in column {cfg.text_field!r}")
                continue
            yield RawDocument(record, f"{path}:row {row}")


def _max_line_bytes(cfg: InputConfig) -> int:
    """A JSONL line may spell a character as a 12-byte escape pair: past this no line can hold a kept text."""
    return 12 * cfg.max_chars + 4096 if cfg.max_chars else 0


def ingest(
    paths: Iterable[str | Path], text_field: str, min_chars: int, counts: IngestCounts,
    cfg: InputConfig | None = None,
) -> Iterator[dict[str, Any]]:
    """Read, normalize, length-filter and exact-dedup documents across all inputs, in input order.

    `paths` may name folders and globs (`expand_inputs`). Yields records whose `text_field` holds the
    normalized text; dedup is by content hash over the whole build (about 100 bytes of memory per kept document), so a
    document repeated in two files is kept once. Documents shorter than `min_chars` or longer than
    `cfg.max_chars` characters (after normalization) are dropped and counted.
    """
    cfg = _options(cfg, text_field=text_field, min_chars=min_chars)
    min_len, max_len = max(cfg.min_chars, 1), cfg.max_chars or sys.maxsize
    seen: set[bytes] = set()
    for path in expand_inputs(paths):
        for doc in read_documents(path, text_field, counts, cfg):
            text = normalize_text(doc.fields[text_field])
            if not min_len <= len(text) <= max_len:
                if len(text) > max_len:
                    counts.drop("too_long", doc.source, f"longer than input.max_chars = {cfg.max_chars}")
                else:
                    counts.drop("empty" if not text else "too_short")
                continue
            digest = hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()
            if digest in seen:
                counts.drop("duplicate")
                continue
            seen.add(digest)
            doc.fields[text_field] = text
            yield doc.fields


def write_jsonl(path: Path, records: Iterable[dict[str, Any]]) -> int:
    """Write records as JSONL (UTF-8, key order kept); returns the number written."""
    n = 0
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False))
            f.write("\n")
            n += 1
    return n


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Read a JSONL file this build wrote itself (trusted: no skipping)."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)
