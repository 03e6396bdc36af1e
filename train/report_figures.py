"""The report's figures: PNG bytes from plain data, rendered by matplotlib's Agg with no pyplot state.

Kept apart from `train.report_data` (data) and `train.report` (HTML) so that a figure can change
without touching the page.
"""

from __future__ import annotations

import io
from typing import Any

import numpy as np

from train.report_data import Table, is_number, log_series


def _new_figure(width: float = 7.0, height: float = 3.2):
    from matplotlib.figure import Figure  # a Figure renders with Agg on its own; no global backend switch

    return Figure(figsize=(width, height), dpi=100, layout="constrained")


def _png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})  # no tool URL inside the file
    return buf.getvalue()


def histogram_figure(counts: np.ndarray, xlabel: str, limit: int | None = None) -> bytes:
    """A histogram of lengths given as a bincount; one bar per length up to 128, 64 bins beyond."""
    fig = _new_figure()
    ax = fig.add_subplot()
    top = int(np.flatnonzero(counts)[-1]) if counts.any() else 0
    bins = np.arange(0, top + 2) - 0.5 if top <= 128 else 64
    ax.hist(np.arange(len(counts)), bins=bins, weights=counts, color="#4c72b0")
    if limit:
        ax.axvline(limit, color="#c44e52", linestyle="--", linewidth=1, label=str(limit))
        ax.legend(title="limit", loc="upper right")
    ax.set_xlabel(xlabel)
    ax.set_ylabel("count")
    return _png(fig)


def bar_figure(labels: list[str], values: list[int], xlabel: str) -> bytes:
    fig = _new_figure(height=max(1.6, 0.35 * len(labels) + 0.8))
    ax = fig.add_subplot()
    ax.barh(labels[::-1], values[::-1], color="#4c72b0")
    ax.set_xlabel(xlabel)
    return _png(fig)


def curves_figure(log: list[dict[str, Any]], panels: list[tuple[str, list[str]]]) -> bytes:
    """One panel per (ylabel, fields): every field's values against the step."""
    fig = _new_figure(width=7.0, height=2.4 * len(panels))
    axes = fig.subplots(len(panels), 1, sharex=True, squeeze=False)[:, 0]
    for ax, (ylabel, names) in zip(axes, panels, strict=True):
        for name in names:
            steps, values = log_series(log, name)
            if len(steps):
                ax.plot(steps, values, label=name, linewidth=1.4)
        ax.set_ylabel(ylabel)
        ax.grid(alpha=0.3)
        if ax.get_legend_handles_labels()[0]:
            ax.legend(loc="best", fontsize=8)
    axes[-1].set_xlabel("step")
    return _png(fig)


def audit_comparison_figure(labels: list[str], runs: list[list[dict[str, Any]]], chance: float | None) -> bytes:
    """Exposure of every canary against its repeats, one colour per model, with the chance level."""
    fig = _new_figure()
    ax = fig.add_subplot()
    for k, (label, run) in enumerate(zip(labels, runs, strict=True)):
        jitter = 1 + 0.06 * (k - (len(runs) - 1) / 2)  # side by side on the log axis, not on top of each other
        ax.scatter([c["repeats"] * jitter for c in run], [c["exposure_bits"] for c in run], label=label, alpha=0.75)
    if chance is not None:
        ax.axhline(chance, color="#57606a", linestyle="--", linewidth=1, label=f"chance ({chance:.2f} bits)")
    ax.set_xscale("log")
    ax.set_xlabel("repeats (documents the canary was planted into)")
    ax.set_ylabel("exposure (bits)")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    return _png(fig)


def audit_figure(table: Table) -> bytes | None:
    """Exposure (bits) of every canary against its repeats (or its row), one series per exposure column."""
    columns = [i for i, h in enumerate(table.headers) if h.split(".")[-1].startswith("exposure")]
    x_col = next((i for i, h in enumerate(table.headers) if h.split(".")[-1] == "repeats"), None)
    xs = [row[x_col] if x_col is not None else i for i, row in enumerate(table.rows)]
    fig = _new_figure()
    ax = fig.add_subplot()
    for col in columns:
        points = [(x, row[col]) for x, row in zip(xs, table.rows, strict=True) if is_number(x) and is_number(row[col])]
        if points:
            ax.scatter(*zip(*points, strict=True), label=table.headers[col], alpha=0.7)
    if not ax.collections:
        return None
    if x_col is not None and all(is_number(x) and x > 0 for x in xs):
        ax.set_xscale("log")  # canaries are planted 1, 10, 100... times
    ax.set_xlabel(table.headers[x_col] if x_col is not None else "canary (row)")
    ax.set_ylabel("exposure (bits)")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    return _png(fig)
