"""The demo's closing summary: what prep found and kept, how training went, what the model fills in.

Reads only files a run leaves behind (RUN/config.json -> the build's manifest, RUN/log.jsonl,
RUN/export/), and treats every missing piece as absent or zero instead of failing: a summary of
a half-finished run is still useful. Needs no torch unless it runs the fill-mask probes.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

from privbert.build_format import Manifest, read_manifest
from privbert.run_format import EXPORT_DIR, HF_CONFIG_NAME, LOG_NAME, RUN_CONFIG_NAME, run_build_dir


def format_table(title: str, headers: list[str], rows: list[list[Any]]) -> str:
    cells = [[str(h) for h in headers]] + [[_cell(v) for v in row] for row in rows]
    widths = [max(text_width(r[i]) for r in cells) for i in range(len(headers))]
    numeric = [bool(rows) and all(isinstance(r[i], (int, float)) for r in rows) for i in range(len(headers))]

    def line(row: list[str]) -> str:
        padded = [
            " " * (w - text_width(c)) + c if num else c + " " * (w - text_width(c))
            for c, w, num in zip(row, widths, numeric, strict=True)
        ]
        return "  ".join(padded).rstrip()

    rule = "  ".join("-" * w for w in widths)
    body = [line(r) for r in cells[1:]] or ["(none)"]
    return "\n".join([title, line(cells[0]), rule, *body])


def text_width(text: str) -> int:
    """Terminal columns: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.4f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def read_log(path: Path) -> list[dict[str, Any]]:
    if not path.is_file():
        return []
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            continue  # a line cut short by a crash
    return records


def find_build(run_dir: Path) -> tuple[Path | None, Manifest | None, str]:
    """The build a run trained on (RUN/config.json's data.build_dir), its manifest (None when it cannot
    be read) and, then, why not."""
    build_dir = run_build_dir(run_dir)
    if build_dir is None:
        return None, None, f"{run_dir / RUN_CONFIG_NAME} names no data.build_dir"
    try:
        return build_dir, read_manifest(build_dir), ""
    except ValueError as exc:
        return build_dir, None, str(exc)


def pii_counts(manifest: Manifest | None) -> list[tuple[str, int]]:
    """(entity, count) for every `pii_<ENTITY>` count of the manifest, sorted by entity."""
    return manifest.pii_counts() if manifest is not None else []


def corpus_rows(manifest: Manifest | None) -> list[list[Any]]:
    """[label, value] rows: documents in/out, dropped by reason, sentences, examples, shards."""
    counts = manifest.counts if manifest is not None else {}
    dropped = manifest.dropped_counts() if manifest is not None else []
    dropped_total = counts.get("dropped_total", sum(v for _, v in dropped))
    shards = manifest.shards if manifest is not None else []
    return [
        ["documents in", counts.get("docs_in", 0)],
        ["documents out", counts.get("docs_out", 0)],
        ["documents dropped", dropped_total],
        *[[f"  dropped: {reason}", v] for reason, v in dropped],
        ["sentences", counts.get("sentences", 0)],
        ["NSP examples", counts.get("examples", 0)],
        *([["canary insertions (audit)", counts["canaries_planted"]]] if "canaries_planted" in counts else []),
        ["shards", len(shards)],
        ["shard bytes", sum(s.bytes for s in shards)],
    ]


def build_tables(run_dir: Path) -> list[str]:
    """The manifest and training tables (everything except the fill-mask probes)."""
    build_dir, manifest, _ = find_build(run_dir)
    tables = []
    if manifest is not None and manifest.scrub_mode == "off":
        tables.append(f"WARNING: {build_dir} is UNSCRUBBED (scrub.mode = \"off\"): a memorization-audit twin only")

    pii = pii_counts(manifest)
    tables.append(
        format_table(
            "PII found and replaced (by type)",
            ["entity", "count"],
            [*map(list, pii), ["total", sum(v for _, v in pii)]],
        )
    )

    source = str(build_dir) if manifest is not None else f"{build_dir} (no manifest found)"
    tables.append(format_table(f"Corpus build: {source}", ["", "value"], corpus_rows(manifest)))

    log = read_log(run_dir / LOG_NAME)
    if log:
        first, last = log[0], log[-1]
        rows = [
            [name, first.get(name, "absent"), last.get(name, "absent")]
            for name in ("step", "loss", "mlm_loss", "nsp_loss", "mlm_acc", "nsp_acc")
        ]
        tables.append(format_table("Training (first and last log line)", ["", "first", "last"], rows))
    else:
        tables.append(format_table("Training", ["", "value"], [[LOG_NAME, "absent"]]))
    return tables


def probe_table(model_dir: Path, probes_path: Path, top_k: int = 5) -> str:
    from train.fill_mask import load_fill_mask, predict, read_texts  # torch: only for the probes

    probes = read_texts(probes_path)
    if not probes:
        return format_table(f"Fill-mask probes ({probes_path})", ["text"], [])
    pipe = load_fill_mask(model_dir)
    predictions = predict(pipe, [p["text"] for p in probes], top_k=top_k)
    rows = []
    for probe, preds in zip(probes, predictions, strict=True):
        tokens = [p["token"] for p in preds]
        hit = any(e in tokens for e in probe["expected"]) if probe["expected"] else "-"
        rows.append(
            [
                probe["text"],
                ", ".join(tokens),
                "/".join(probe["expected"]) or "-",
                {True: "yes", False: "no"}.get(hit, hit),
            ]
        )
    hits = sum(1 for r in rows if r[3] == "yes")
    scored = sum(1 for r in rows if r[3] != "-")
    return format_table(
        f"Fill-mask top-{top_k} ({hits}/{scored} probes have an expected word in the top {top_k})",
        ["text", f"top {top_k}", "expected", "hit"],
        rows,
    )


def summarize(run_dir: str | Path, probes: str | Path | None = None) -> str:
    run_dir = Path(run_dir)
    if not run_dir.is_dir():
        raise ValueError(f"run folder {run_dir} does not exist; run `python -m train run` first")
    tables = build_tables(run_dir)
    if probes is not None:
        export = run_dir / EXPORT_DIR
        if (export / HF_CONFIG_NAME).is_file():
            tables.append(probe_table(export, Path(probes)))
        else:
            tables.append(format_table("Fill-mask probes", ["", "value"], [[EXPORT_DIR, "absent"]]))
    return "\n\n".join(tables)
