"""The report's data: what the shards, the training log and the audit file say, as tables and counts.

Pure: no HTML, no figures (`train.report` renders these, `train.report_figures` draws them), no torch.
Audit files are read through a whitelist of row keys and a blacklist of private keys, so no planted
secret or model output can reach a table.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow.compute as pc

from privbert.build_format import Manifest, open_shard

# Audit keys that may hold a planted secret or model output: never rendered, at any depth.
PRIVATE_KEYS = frozenset({"secret", "value", "text", "prefix", "suffix", "prompt", "completion", "prediction"})
LABEL_MEANINGS = {
    "nsp": {0: "B follows A (IsNext)", 1: "B is random (NotNext)"},
    "sop": {0: "A then B (in order)", 1: "B then A (swapped)"},
}


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def log_series(log: list[dict[str, Any]], name: str) -> tuple[np.ndarray, np.ndarray]:
    """(steps, values) of one log field, skipping lines without a number for it (null, absent)."""
    points = [
        (r["step"], r[name])
        for r in log
        if is_number(r.get("step")) and is_number(r.get(name)) and math.isfinite(r[name])
    ]
    if not points:
        return np.zeros(0), np.zeros(0)
    steps, values = zip(*points, strict=True)
    return np.asarray(steps, dtype=float), np.asarray(values, dtype=float)


@dataclass
class Table:
    title: str
    headers: list[str]
    rows: list[list[Any]]


@dataclass
class ShardStats:
    """What the shards hold, without reading a token: example lengths and pair labels."""

    length_counts: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # [length] -> examples
    label_counts: dict[int, int] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # shard files the manifest lists but that are not there

    @property
    def examples(self) -> int:
        return int(self.length_counts.sum())


def shard_stats(build_dir: Path, manifest: Manifest) -> ShardStats:
    """Lengths of `input_ids` and label counts over every shard, memory-mapped, one bincount per shard."""
    stats = ShardStats()
    for entry in manifest.shards:
        path = build_dir / entry.file
        if not path.is_file():
            stats.missing.append(str(path))
            continue
        table = open_shard(path)
        lengths = pc.list_value_length(table.column("input_ids")).to_numpy()
        counts = np.bincount(lengths.astype(np.int64))
        if len(counts) > len(stats.length_counts):
            counts[: len(stats.length_counts)] += stats.length_counts
            stats.length_counts = counts
        else:
            stats.length_counts[: len(counts)] += counts
        labels = table.column("next_sentence_label").to_numpy()
        for label, n in zip(*np.unique(labels, return_counts=True), strict=True):
            stats.label_counts[int(label)] = stats.label_counts.get(int(label), 0) + int(n)
    return stats


def length_summary(counts: np.ndarray) -> dict[str, float]:
    """count, mean, median, p95 and max of lengths given as a bincount (`counts[length]` = how many)."""
    total = int(counts.sum())
    if total == 0:
        return {"count": 0}
    cumulative = np.cumsum(counts)
    return {
        "count": total,
        "mean": float((np.arange(len(counts)) * counts).sum() / total),
        "median": int(np.searchsorted(cumulative, 0.5 * total)),
        "p95": int(np.searchsorted(cumulative, 0.95 * total)),
        "max": int(np.flatnonzero(counts)[-1]),
    }


def label_rows(label_counts: dict[int, int], objective: str) -> list[list[Any]]:
    meanings = LABEL_MEANINGS.get(objective, {})
    total = sum(label_counts.values()) or 1
    return [
        [label, meanings.get(label, "?"), n, f"{100 * n / total:.1f}%"] for label, n in sorted(label_counts.items())
    ]


def throughput_rows(log: list[dict[str, Any]]) -> list[list[Any]]:
    """median, mean and last of the throughput fields (the first log line carries warm-up, so the median)."""
    rows = []
    for name in ("tokens_per_s", "seqs_per_s", "step_time_s", "data_wait_s", "data_wait_share", "mfu"):
        _, values = log_series(log, name)
        if len(values):
            rows.append([name, float(np.median(values)), float(values.mean()), float(values[-1])])
    return rows


def _is_private(key: str) -> bool:
    key = key.lower()
    return key in PRIVATE_KEYS or "secret" in key


def _flatten(obj: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested dicts become dotted keys (`model_a.rank`); private keys are dropped at every depth."""
    flat: dict[str, Any] = {}
    for key, value in obj.items():
        if _is_private(str(key)):
            continue
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{name}."))
        elif isinstance(value, list):
            scalars = all(isinstance(v, (int, float, bool)) or v is None for v in value)
            flat[name] = ", ".join(map(str, value)) if scalars and len(value) <= 8 else f"({len(value)} items)"
        else:
            flat[name] = value
    return flat


def _is_row_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, dict) for v in value)


def audit_tables(audit: Any, title: str = "audit") -> list[Table]:
    """Every list of objects in the audit JSON becomes a table (columns = the union of their keys, in
    first-seen order) and the scalars beside them a key/value table, whatever the audit's exact fields."""
    if _is_row_list(audit):
        audit = {"canaries": audit}
    if not isinstance(audit, dict):
        return []
    tables: list[Table] = []
    scalars: list[list[Any]] = []
    for key, value in audit.items():
        if _is_private(str(key)):
            continue
        path = f"{title}.{key}" if title != "audit" else str(key)
        if _is_row_list(value) and any(_is_row_list(v) for item in value for v in item.values()):
            for i, item in enumerate(value, 1):  # e.g. {"reports": [model A's audit, model B's audit]}
                tables.extend(audit_tables(item, f"{path} {i}"))
        elif _is_row_list(value):
            rows = [_flatten(v) for v in value]
            headers = list(dict.fromkeys(k for r in rows for k in r))
            tables.append(Table(path, headers, [[r.get(h, "") for h in headers] for r in rows]))
        elif isinstance(value, dict):
            tables.extend(audit_tables(value, path))
        elif isinstance(value, list):
            scalars.append([key, _flatten({key: value}).get(key, "")])
        else:
            scalars.append([key, value])
    if scalars:
        tables.insert(0, Table(title, ["", "value"], scalars))
    return tables


AUDIT_ROW_KEYS = ("id", "kind", "lang", "repeats", "rank", "exposure_bits")  # what `train.audit` rows carry


def audit_comparison(audit: Any) -> tuple[list[str], list[Table], list[list[dict[str, Any]]]] | None:
    """`train.audit`'s own output (one report, or {"reports": [A, B, ...]}) as side-by-side tables:
    (model labels, [models, canaries, mean by repeats], rows per model); None for any other shape.
    Only the whitelisted row keys are read, so nothing else in the file can reach the page."""
    reports = audit.get("reports") if isinstance(audit, dict) and "reports" in audit else [audit]
    def is_audit(report: Any) -> bool:
        rows = report.get("canaries") if isinstance(report, dict) else None
        return _is_row_list(rows) and all(k in row for row in rows for k in AUDIT_ROW_KEYS)

    if not isinstance(reports, list) or not reports or not all(map(is_audit, reports)):
        return None
    letters = [chr(ord("A") + i) for i in range(len(reports))]
    labels = [f"{x}: {r.get('build', {}).get('label', 'model')}" for x, r in zip(letters, reports, strict=True)]
    runs = [r["canaries"] for r in reports]
    if any([c["id"] for c in run] != [c["id"] for c in runs[0]] for run in runs):
        return None  # audited with different canaries: not comparable row by row
    models = Table("Models", ["", "model", "build", "mean bits", "chance bits", "max bits"], [
        [x, str(r.get("model", "")), str(r.get("build", {}).get("label", "")), *(
            r.get("summary", {}).get(k, "") for k in ("mean_bits", "chance_bits", "max_bits"))]
        for x, r in zip(letters, reports, strict=True)
    ])
    rows = []
    for i, first in enumerate(runs[0]):
        rows.append([first[k] for k in ("id", "kind", "lang", "repeats")]
                    + [v for run in runs for v in (run[i]["rank"], run[i]["exposure_bits"])])
    headers = ["canary", "kind", "lang", "repeats"] + [f"{h} {x}" for x in letters for h in ("rank", "bits")]
    by_repeats = sorted({c["repeats"] for c in runs[0]})
    means = [
        [rep] + [round(float(np.mean([c["exposure_bits"] for c in run if c["repeats"] == rep])), 3) for run in runs]
        for rep in by_repeats
    ]
    tables = [models, Table("Canary exposure (bits)", headers, rows),
              Table("Mean exposure by repeats", ["repeats", *(f"bits {x}" for x in letters)], means)]
    return labels, tables, runs


def read_audit(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"audit file {path} is not valid JSON ({exc}); rerun the audit to rewrite it") from None


NEAR_DUP_SIZE_PREFIX = "near_dup_clusters_size_"  # = prep.dedup.stage's histogram names (counts, no text)


def near_dup_rows(manifest: Manifest | None) -> list[list[Any]]:
    """(cluster size, clusters) rows of the build's near-duplicate histogram, smallest sizes first."""
    if manifest is None:
        return []
    sizes = [(k.removeprefix(NEAR_DUP_SIZE_PREFIX), v) for k, v in manifest.counts.items()
             if k.startswith(NEAR_DUP_SIZE_PREFIX)]
    return [[size, n] for size, n in sorted(sizes, key=lambda kv: int(kv[0].split("-")[0].rstrip("+")))]
