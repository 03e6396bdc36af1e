"""Human-readable summary of a finished build (counts by type only: never any document content)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from prep.advice import format_advice
from privbert.build_format import MANIFEST_NAME, Manifest


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
        f"  sentences   {counts.get('sentences', 0)}",
        f"  examples    {counts.get('examples', 0)} NSP pairs",
        f"  shards      {len(manifest.shards)} files, {shard_bytes / 1e6:.2f} MB",
        f"  tokenizer   {tokenizer['vocab_size']} entries, sha256 {tokenizer['sha256'][:12]}",
        *([f"  advice      {format_advice(manifest.advice)}"] if manifest.advice else []),
        "  PII replaced by type:",
    ]
    width = max((len(k) for k in pii), default=0)
    lines += [f"    {k:<{width}}  {v}" for k, v in sorted(pii.items(), key=lambda kv: -kv[1])] or ["    none"]
    return "\n".join(lines)


def print_build_summary(manifest: Mapping[str, Any] | Manifest, out: Path, seconds: float) -> None:
    print(format_build_summary(manifest, out, seconds))


def _kv(d: dict[str, int]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(d.items()))
