"""Human-readable summary of a finished build (counts by type only: never any document content)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from prep.advice import format_advice
from privbert.build_format import MANIFEST_NAME, TOKENIZER_DIR, TOKENIZER_HASHED_FILE, Manifest


def format_build_summary(manifest: Mapping[str, Any] | Manifest, out: Path, seconds: float) -> str:
    """`manifest`: what `prep.build.build` returned (the JSON it wrote), or the typed `Manifest`."""
    if not isinstance(manifest, Manifest):
        manifest = Manifest(Path(out) / MANIFEST_NAME, manifest)
    counts = manifest.counts
    pii = dict(manifest.pii_counts())
    dropped = dict(manifest.dropped_counts())
    shard_bytes = sum(s.bytes for s in manifest.shards)
    tokenizer = manifest.tokenizer
    lines = [
        f"build {out} finished in {seconds:.1f} s",
        f"  documents   in {counts.get('docs_in', 0)}, out {counts.get('docs_out', 0)}, "
        f"dropped {counts.get('dropped_total', 0)}" + (f" ({_kv(dropped)})" if dropped else ""),
        *input_lines(counts, manifest.skipped_inputs, indent="  "),
        *([f"  near-dups   {counts['near_dup_clusters']} clusters, largest {counts.get('near_dup_largest_cluster', 0)}"]
          if counts.get("near_dup_clusters") else []),
        f"  sentences   {counts.get('sentences', 0)}",
        f"  examples    {counts.get('examples', 0)} NSP pairs",
        f"  shards      {len(manifest.shards)} files, {shard_bytes / 1e6:.2f} MB",
        f"  tokenizer   {tokenizer['vocab_size']} entries, sha256 {tokenizer['sha256'][:12]}",
        *([f"  advice      {format_advice(manifest.advice)}"] if manifest.advice else []),
        *([f"  peak memory {_kv({k: f'{v:.0f} MB' for k, v in manifest.peak_rss_mb.items()})} (per process, per stage)"]
          if manifest.peak_rss_mb else []),
        "  PII replaced by type:",
    ]
    width = max((len(k) for k in pii), default=0)
    lines += [f"    {k:<{width}}  {v}" for k, v in sorted(pii.items(), key=lambda kv: -kv[1])] or ["    none"]
    lines += leak_lines(manifest, Path(out))
    return "\n".join(lines)


def input_lines(counts: Mapping[str, int], skipped: list[str], indent: str = "", shown: int = 20) -> list[str]:
    """What was read, chosen and skipped, one counted line each (no line for what did not happen):
    input files and PDF pages, the `.txt` layout chosen per file, page furniture removed, and the
    files of an unsupported type named (paths only; the manifest's `skipped_inputs` lists them all)."""
    lines = [f"files       {counts.get('files_in', 0)} read"
             + (f", {counts['pdf_pages']} PDF pages" if counts.get("pdf_pages") else "")
             + (f", {counts['files_empty']} empty" if counts.get("files_empty") else "")]
    wrapped, separated = counts.get("txt_layout_wrapped", 0), counts.get("txt_layout_blank_line", 0)
    if wrapped or separated:
        layouts = []
        if wrapped:
            layouts.append(f"{wrapped} files blank-line-wrapped -> 1 document each")
        if separated:
            layouts.append(f"{separated} files blank-line-separated -> 1 document per block")
        lines.append("txt layout  " + "; ".join(layouts))
    furniture = [(counts.get("furniture_page_numbers", 0), "page numbers"),
                 (counts.get("furniture_running_lines", 0), "header/footer lines"),
                 (counts.get("rejoined_hyphenations", 0), "hyphenations re-joined")]
    if any(n for n, _ in furniture):
        lines.append("furniture   " + ", ".join(f"{n} {what}" for n, what in furniture if n) + " (removed/fixed)")
    if skipped or counts.get("skipped_hidden"):
        kinds = {k.removeprefix("skipped_unsupported_"): v for k, v in counts.items()
                 if k.startswith("skipped_unsupported_")}
        line = f"skipped     {len(skipped)} files of an unsupported type" + (f" ({_kv(kinds)})" if kinds else "")
        if skipped:
            more = f" and {len(skipped) - shown} more" if len(skipped) > shown else ""
            line += ": " + ", ".join(skipped[:shown]) + more
        if counts.get("skipped_hidden"):
            line += f"; {counts['skipped_hidden']} hidden files (names starting with '.')"
        lines.append(line)
    return [indent + line for line in lines]


def leak_lines(manifest: Manifest, out: Path) -> list[str]:
    """The build summary's leak-check section: canaries apart from PII, what the scrubber missed, and
    the name-shaped vocabulary pieces by shape alone (counts; `python -m prep leak-check` looks closer)."""
    from prep.leak_check import VOCAB_KINDS, vocab_flags

    lines = ["  leak check (counts only; `python -m prep leak-check BUILD --known FILE` for more):"]
    c = manifest.canaries
    if c:
        missed = f" (kinds {', '.join(c['missed_kinds'])})" if c["missed_kinds"] else ""
        lines.append(f"    canary insertions {c['insertions']} ({c['canaries']} canaries; not counted as PII above); "
                     + (f"scrubber caught {c['caught']}, missed {c['missed']}{missed}" if c["scrubbed"]
                        else "UNSCRUBBED twin"))
    elif manifest.canary_insertions:
        lines.append(f"    canary insertions {manifest.canary_insertions} (included in the PII counts above)")
    tokenizer_json = out / TOKENIZER_DIR / TOKENIZER_HASHED_FILE
    if tokenizer_json.is_file():
        vocab = json.loads(tokenizer_json.read_text(encoding="utf-8"))["model"]["vocab"]
        flags = vocab_flags(vocab)
        lines.append("    vocabulary pieces shaped like personal data (shape only): "
                     + ", ".join(f"{k} {len(flags[k])}" for k in VOCAB_KINDS))
    return lines


def print_build_summary(manifest: Mapping[str, Any] | Manifest, out: Path, seconds: float) -> None:
    print(format_build_summary(manifest, out, seconds))


def _kv(d: Mapping[str, Any]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(d.items()))
