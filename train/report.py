"""`python -m train report RUN`: one self-contained HTML page about a build and the run trained on it.

Counts, histograms, curves and audit figures only: no text of the corpus and no canary secret ever
reaches the page. Figures are PNGs written next to the page and embedded in it as data URIs, so the
page opens anywhere (a mail attachment, an artifact store) without the folder beside it.

Like `train.summary`, every missing piece (manifest, sentence lengths, log, audit) becomes a line
saying it is absent rather than an error: a report of a half-finished run is still useful. It reads
the run folder and the build's manifest and shards only (never prep's work folder), and needs no torch.
"""

from __future__ import annotations

import argparse
import base64
import html
import json
import math
from pathlib import Path
from typing import Any

from privbert.build_format import Manifest
from privbert.io import atomic_write
from privbert.run_format import AUDIT_NAME, LOG_NAME, REPORT_DIR, REPORT_NAME
from train.report_data import (
    ShardStats,
    Table,
    audit_comparison,
    audit_tables,
    is_number,
    label_rows,
    length_summary,
    near_dup_rows,
    read_audit,
    shard_stats,
    throughput_rows,
)
from train.report_figures import (
    audit_comparison_figure,
    audit_figure,
    bar_figure,
    curves_figure,
    histogram_figure,
)
from train.summary import corpus_rows, find_build, pii_counts, read_log

CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; margin: 2rem auto; max-width: 60rem;
       padding: 0 1rem; color: #1f2328; line-height: 1.45; }
h1 { margin-bottom: 0.2rem; } h2 { border-bottom: 1px solid #d0d7de; padding-bottom: 0.2rem; margin-top: 2.2rem; }
h3 { margin-bottom: 0.3rem; }
.meta, .note { color: #57606a; } .meta code { font-size: 0.9em; }
nav a { margin-right: 0.9rem; white-space: nowrap; }
table { border-collapse: collapse; margin: 0.6rem 0 1rem; font-size: 0.92rem; }
th, td { border: 1px solid #d0d7de; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.label { white-space: pre; } tr.total td { font-weight: 600; }
figure { margin: 0.6rem 0 1.2rem; } figure img { max-width: 100%; height: auto; border: 1px solid #eaeef2; }
figcaption { color: #57606a; font-size: 0.9rem; }
.wide { overflow-x: auto; max-width: 100%; }  /* an audit table with many columns scrolls, not the page */
"""

SECTIONS = [
    ("corpus", "Corpus"),
    ("pii", "PII found and replaced"),
    ("sentences", "Sentence lengths"),
    ("sequences", "Sequence lengths"),
    ("labels", "NSP label balance"),
    ("leaks", "What got through: canaries and leak check"),
    ("training", "Training curves"),
    ("throughput", "Throughput"),
    ("near_dups", "Near-duplicates removed"),  # repetition is what a model memorizes: next to the audit
    ("audit", "Memorization audit"),
]


def _fmt(value: Any) -> str:
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.4g}"
    return str(value)


def table_html(table: Table, total_row: bool = False) -> str:
    """An HTML table; numbers right-aligned, every cell escaped."""
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in table.headers)
    body = []
    for i, row in enumerate(table.rows):
        cells = []
        for j, value in enumerate(row):
            cls = ' class="num"' if is_number(value) else (' class="label"' if j == 0 else "")
            cells.append(f"<td{cls}>{html.escape(_fmt(value))}</td>")
        cls = ' class="total"' if total_row and i == len(table.rows) - 1 else ""
        body.append(f"<tr{cls}>{''.join(cells)}</tr>")
    if not body:
        body.append(f'<tr><td colspan="{len(table.headers)}">(none)</td></tr>')
    caption = f"<h3>{html.escape(table.title)}</h3>\n" if table.title else ""
    table_tag = f'<div class="wide"><table><thead><tr>{head}</tr></thead><tbody>\n'
    return f"{caption}{table_tag}" + "\n".join(body) + "\n</tbody></table></div>\n"


def _note(text: str) -> str:
    return f'<p class="note">{html.escape(text)}</p>\n'


class _Figures:
    """Writes each PNG next to the page and returns the <figure> that embeds the same bytes."""

    def __init__(self, output_dir: Path):
        self.output_dir = output_dir
        self.written: list[Path] = []

    def __call__(self, name: str, png: bytes, caption: str) -> str:
        path = self.output_dir / f"{name}.png"
        path.write_bytes(png)
        self.written.append(path)
        data = base64.b64encode(png).decode("ascii")
        alt = html.escape(caption)
        return (
            f'<figure><img src="data:image/png;base64,{data}" alt="{alt}">'
            f"<figcaption>{alt} ({html.escape(path.name)})</figcaption></figure>\n"
        )


def _stats_table(title: str, summary: dict[str, float], unit: str) -> Table:
    names = {
        "count": "count",
        "mean": f"mean {unit}",
        "median": f"median {unit}",
        "p95": f"p95 {unit}",
        "max": f"max {unit}",
    }
    return Table(title, ["", "value"], [[names[k], v] for k, v in summary.items()])


def _corpus_section(build_dir: Path | None, manifest: Manifest | None, problem: str) -> str:
    if manifest is None:
        return _note(f"No manifest read from the build folder {build_dir} (RUN/config.json's data.build_dir): "
                     f"{problem}")
    parts = [table_html(Table("", ["", "value"], corpus_rows(manifest)))]
    timings = [[k, v] for k, v in manifest.timings.items()]
    if timings:
        parts.append(table_html(Table("Prep stage seconds", ["stage", "seconds"], timings)))
    peaks = [[k, v] for k, v in manifest.peak_rss_mb.items()]
    if peaks:
        parts.append(table_html(Table("Prep stage peak memory (one process, one unit)", ["stage", "MB"], peaks)))
    return "".join(parts)


def _near_dup_section(manifest: Manifest | None) -> str:
    rows = near_dup_rows(manifest)
    if not rows:
        return _note("No near-duplicate clusters in the manifest: none found, or dedup.enabled = false.")
    counts = manifest.counts
    summary = [["documents dropped", counts.get("dropped_near_duplicate", 0)],
               ["clusters", counts.get("near_dup_clusters", 0)],
               ["largest cluster", counts.get("near_dup_largest_cluster", 0)]]
    return (table_html(Table("", ["", "value"], summary))
            + table_html(Table("Clusters by size", ["documents", "clusters"], rows))
            + _note("One document of each cluster is kept (dedup.keep); counts only, no text (docs/dedup.md)."))


AUDIT_SCOPE = (
    "What the audit can see: whether the model memorized the canaries the build planted (synthetic values in "
    "fixed sentences, some in forms the scrubber catches and some in forms real text takes), and whether the "
    "scrubber caught each one. What it cannot see: the corpus's own personal data. A clean audit says the "
    "canary forms did not get through; a name written in a way no canary imitates can still be in the text. "
    "`python -m prep leak-check BUILD --known FILE` looks at the corpus itself (counts only)."
)


def _leaks_section(build_dir: Path | None, manifest: Manifest | None) -> str:
    """Canary insertions apart from PII found, per kind what the scrubber caught, and `prep leak-check`'s counts."""
    parts = [_note(AUDIT_SCOPE)]
    c = manifest.canaries if manifest is not None else {}
    if c:
        rows = [[kind, r["entity"], r["canaries"], r["insertions"], r["caught"], r["missed"]]
                for kind, r in c["by_kind"].items()]
        rows.append(["total", "", c["canaries"], c["insertions"], c["caught"], c["missed"]])
        parts.append(table_html(Table("Canaries (planted by the build; not counted in 'PII found and replaced')",
                                      ["kind", "entity", "canaries", "insertions", "caught", "missed"], rows),
                                total_row=True))
        if c["missed_kinds"]:
            parts.append(_note(f"LEAK: the scrubber missed canaries of kinds {', '.join(c['missed_kinds'])}: "
                               "values written that way reach the tokenizer and the model."))
    elif manifest is not None and manifest.canary_insertions:
        parts.append(_note(f"{manifest.canary_insertions} canary insertions (a build made before canaries were "
                           "counted apart: its PII counts include them)."))
    found = build_dir / "leak_check.json" if build_dir is not None else None
    if found is not None and found.is_file():
        counts = json.loads(found.read_text(encoding="utf-8"))
        rows = [[f"vocabulary: {k}", v] for k, v in counts.get("vocabulary", {}).items() if isinstance(v, int)]
        rows += [[f"sentences: {k}", v] for k, v in counts.get("sentences", {}).items() if isinstance(v, (int, float))]
        rows += [[f"known identifiers: {k}", v] for k, v in counts.get("known", {}).items() if isinstance(v, int)]
        parts.append(table_html(Table(f"prep leak-check ({found.name}; counts only)", ["", "value"], rows)))
        if counts.get("failures"):
            parts.append(_note("LEAK CHECK FAILED: " + "; ".join(map(str, counts["failures"]))))
    else:
        parts.append(_note("No leak_check.json in the build: run `python -m prep leak-check BUILD` to add its counts."))
    return "".join(parts)


def _pii_section(manifest: Manifest | None, figure: _Figures) -> str:
    pii = pii_counts(manifest)
    if not pii:
        return _note("The manifest holds no pii_* counts: either nothing was found or the build did not scrub.")
    rows = [[entity, n] for entity, n in pii]
    parts = [table_html(Table("", ["entity", "count"], [*rows, ["total", sum(n for _, n in pii)]]), total_row=True)]
    parts.append(
        figure("pii", bar_figure([e for e, _ in pii], [n for _, n in pii], "replaced"), "PII replaced, by type")
    )
    parts.append(_note("Counts by type only: the replaced values are not kept by prep and not shown here."))
    return "".join(parts)


def _sentence_section(build_dir: Path | None, manifest: Manifest | None, figure: _Figures) -> str:
    counts = manifest.sentence_tokens if manifest is not None else None
    if counts is None:
        return _note(
            f"The manifest of {build_dir} records no sentence lengths (`sentence_tokens`: builds made before prep "
            "counted them, or none read), so there is no sentence length histogram; rebuild with prep to add it."
        )
    sentences = int(counts.sum())
    max_seq_len = manifest.max_seq_len
    budget = max_seq_len - 3 if max_seq_len is not None else None
    total = manifest.counts.get("sentences")
    read = f"{sentences:,} of {total:,}" if total is not None else f"{sentences:,}"
    note = (f"From the manifest's sentence_tokens, counted by prep's shards stage: {read} sentences read "
            "(the build's tokenizer, no special tokens).")
    summary = _stats_table("", length_summary(counts), "tokens")
    drawn = None
    if budget:
        over = int(counts[budget + 1 :].sum())
        summary.rows.append([f"over {budget} tokens", f"{100 * over / max(sentences, 1):.1f}%"])
        drawn = budget if len(counts) - 1 >= budget / 2 else None  # a far-off line would squash the bars
        note += f" A pair holds at most {budget} tokens of text (max_seq_len - 3); longer sentences are truncated"
        note += " (dashed line)." if drawn else "."
    return (
        figure("sentence_lengths", histogram_figure(counts, "tokens per sentence", drawn), "Tokens per sentence")
        + table_html(summary)
        + _note(note)
    )


def _sequence_section(stats: ShardStats, manifest: Manifest | None, figure: _Figures) -> str:
    parts = []
    if stats.missing:
        missing = ", ".join(stats.missing[:3]) + (" ..." if len(stats.missing) > 3 else "")
        parts.append(_note(f"{len(stats.missing)} shard(s) listed in the manifest are missing: {missing}"))
    if not stats.examples:
        return "".join(parts) + _note("No examples found in the build's shards.")
    max_seq_len = manifest.max_seq_len if manifest is not None else None
    table = _stats_table("", length_summary(stats.length_counts), "tokens")
    if max_seq_len is not None:
        full = int(stats.length_counts[max_seq_len]) if max_seq_len < len(stats.length_counts) else 0
        table.rows.append(["max_seq_len", max_seq_len])
        table.rows.append(["share at max_seq_len", f"{100 * full / stats.examples:.1f}%"])
    parts.append(
        figure(
            "sequence_lengths",
            histogram_figure(stats.length_counts, "tokens per example", max_seq_len),
            "Tokens per example ([CLS] A [SEP] B [SEP], no padding), from the shards",
        )
    )
    parts.append(table_html(table))
    return "".join(parts)


def _label_section(stats: ShardStats, manifest: Manifest | None) -> str:
    if not stats.label_counts or manifest is None:
        return _note("No examples found in the build's shards.")
    objective = manifest.objective
    table = Table("", ["label", "meaning", "examples", "share"], label_rows(stats.label_counts, objective))
    return table_html(table) + _note(f"Objective: {objective}; counted over every example of every shard.")


def _training_section(log: list[dict[str, Any]], figure: _Figures) -> str:
    if not log:
        return _note(f"No {LOG_NAME} in the run folder: the run has not logged a step yet.")
    panels = [
        ("loss", ["loss", "mlm_loss", "nsp_loss"]),
        ("accuracy", ["mlm_acc", "nsp_acc"]),
        ("learning rate", ["lr"]),
    ]
    first, last = log[0], log[-1]
    rows = [
        [name, first.get(name, "absent"), last.get(name, "absent")]
        for name in ("step", "loss", "mlm_loss", "nsp_loss", "mlm_acc", "nsp_acc", "lr")
    ]
    return figure(
        "training", curves_figure(log, panels), "Loss, MLM and NSP accuracy, learning rate against the step"
    ) + table_html(Table("First and last log line", ["", "first", "last"], rows))


def _throughput_section(log: list[dict[str, Any]], figure: _Figures) -> str:
    rows = throughput_rows(log)
    if not rows:
        return _note("No throughput fields in the log.")
    panels = [
        ("tokens/s", ["tokens_per_s"]),
        ("sequences/s", ["seqs_per_s"]),
        ("seconds", ["step_time_s", "data_wait_s"]),
    ]
    return (
        figure("throughput", curves_figure(log, panels), "Throughput and data wait per log interval")
        + table_html(Table("", ["", "median", "mean", "last"], rows))
        + _note("data_wait_s: time the step waited for a batch; data_wait_share: its share of the step time.")
    )


def _audit_section(audit_path: Path, figure: _Figures) -> str:
    if not audit_path.is_file():
        return _note(f"No audit file at {audit_path}: run the memorization audit to add canary exposures here.")
    audit = read_audit(audit_path)
    comparison = audit_comparison(audit)
    if comparison is not None:
        labels, tables, runs = comparison
        chance = tables[0].rows[0][4]
        return (
            _note(f"From {audit_path}: the rank of each canary's secret among same-format candidates, and its "
                  "exposure = log2(N+1) - log2(rank) bits. Secrets are never shown.")
            + figure("audit", audit_comparison_figure(labels, runs, chance if is_number(chance) else None),
                     "Canary exposure against repeats, per model")
            + "".join(table_html(t) for t in tables)
        )
    tables = audit_tables(audit)
    if not tables:
        return _note(f"{audit_path} holds no rows to show.")
    parts = [_note(f"From {audit_path}. Canary secrets and model outputs are left out; ids, ranks and exposures only.")]
    for i, table in enumerate(tables):
        png = audit_figure(table)
        if png is not None:
            parts.append(figure(f"audit_{i}", png, f"{table.title}: exposure against repeats"))
        parts.append(table_html(table))
    return "".join(parts)


def write_report(
    run_dir: str | Path,
    output_dir: str | Path | None = None,
    audit_path: str | Path | None = None,
) -> Path:
    """Write OUTPUT/report.html (default RUN/report/) and its PNGs; return the page's path."""
    run_dir = Path(run_dir)
    if not run_dir.is_dir():
        raise ValueError(f"run folder {run_dir} does not exist; run `python -m train run` first")
    if audit_path is not None and not Path(audit_path).is_file():
        raise ValueError(f"audit file {audit_path} does not exist; run the audit first or leave out --audit")
    output_dir = Path(output_dir) if output_dir is not None else run_dir / REPORT_DIR
    output_dir.mkdir(parents=True, exist_ok=True)
    figure = _Figures(output_dir)

    build_dir, manifest, problem = find_build(run_dir)
    stats = shard_stats(build_dir, manifest) if build_dir is not None and manifest is not None else ShardStats()
    log = read_log(run_dir / LOG_NAME)
    bodies = {
        "corpus": _corpus_section(build_dir, manifest, problem),
        "near_dups": _near_dup_section(manifest),
        "pii": _pii_section(manifest, figure),
        "sentences": _sentence_section(build_dir, manifest, figure),
        "sequences": _sequence_section(stats, manifest, figure),
        "labels": _label_section(stats, manifest),
        "leaks": _leaks_section(build_dir, manifest),
        "training": _training_section(log, figure),
        "throughput": _throughput_section(log, figure),
        "audit": _audit_section(Path(audit_path) if audit_path is not None else run_dir / AUDIT_NAME, figure),
    }
    nav = " ".join(f'<a href="#{key}">{html.escape(title)}</a>' for key, title in SECTIONS)
    sections = "\n".join(
        f'<section id="{key}">\n<h2>{html.escape(title)}</h2>\n{bodies[key]}</section>' for key, title in SECTIONS
    )
    page = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>Pretraining report: {html.escape(run_dir.name)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<h1>Pretraining report</h1>\n"
        f'<p class="meta">Run <code>{html.escape(str(run_dir))}</code>, '
        f"build <code>{html.escape(str(build_dir))}</code>. "
        "Counts, histograms, curves and audit figures only: no corpus text and no canary secret.</p>\n"
        f"<nav>{nav}</nav>\n{sections}\n</body>\n</html>\n"
    )
    path = output_dir / REPORT_NAME
    with atomic_write(path) as f:
        f.write(page)
    return path


# ---------------------------------------------------------------- command line


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of `python -m train report` (its table is train/cli.py's)."""
    parser.add_argument("run_dir", help="the run folder (run.output_dir)")
    parser.add_argument("--output", help=f"folder for {REPORT_NAME} and its PNGs (default RUN_DIR/{REPORT_DIR})")
    parser.add_argument("--audit", help=f"audit JSON to include (default RUN_DIR/{AUDIT_NAME} when it exists)")


def main(args: argparse.Namespace) -> int:
    path = write_report(args.run_dir, args.output, args.audit)
    print(f"report written to {path}")
    return 0

