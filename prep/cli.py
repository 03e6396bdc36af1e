"""`python -m prep <stage>`: parse, build, run. Bad input exits with status 2 and a one-line message."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import sys
import time
from collections import Counter
from pathlib import Path

from prep.config import PrepConfig
from privbert.build_format import (
    MANIFEST_NAME,
    SHARD_DIR,
    SHARD_PATTERN,
    TOKENIZER_DIR,
    verify_build,
)
from privbert.config import load_config
from privbert.errors import describe_os_error
from privbert.io import write_json_atomic

RESUME_HINT = "`prep build --resume` continues a build"  # after a full disk


def _config_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", help="TOML file (see configs/demo.toml); defaults apply without one")
    p.add_argument(
        "--set", dest="overrides", action="append", default=[], metavar="KEY=VALUE",
        help="override a config value, e.g. --set tokenizer.vocab_size=16000 (repeatable)",
    )


def _load(args: argparse.Namespace) -> PrepConfig:
    cfg = load_config(PrepConfig, args.config, args.overrides)
    flags = {}
    for flag in ("workers", "seed", "output_dir", "executor", "ray_address"):
        value = getattr(args, flag, None)
        if value is not None:
            flags[flag] = value
    if flags.get("ray_address") and "executor" not in flags:
        flags["executor"] = "ray"  # --ray-address alone means "run on that cluster"
    return dataclasses.replace(cfg, **flags) if flags else cfg


def cmd_build(args: argparse.Namespace) -> None:
    from prep.build import build
    from prep.summary import print_build_summary

    cfg = _load(args)
    start = time.perf_counter()
    manifest = build(cfg, overwrite=args.overwrite, resume=args.resume)
    print_build_summary(manifest, Path(cfg.output_dir), time.perf_counter() - start)


def cmd_scrub(args: argparse.Namespace) -> None:
    from prep.ingest import IngestCounts, read_documents

    cfg = _load(args)
    for flag, key in (("mode", "mode"), ("secret_env", "secret_env")):
        if getattr(args, flag, None):
            cfg = dataclasses.replace(cfg, scrub=dataclasses.replace(cfg.scrub, **{key: getattr(args, flag)}))
    from prep.units import scrubber_for

    scrubber_for(cfg.scrub)  # Presidio's import (seconds) and the patterns: start-up, not in the rate below
    counts = IngestCounts()
    text_bytes = 0

    def documents():
        nonlocal text_bytes
        for d in read_documents(args.input, cfg.input.text_field, counts):
            text = d.fields.get(cfg.input.text_field)
            text_bytes += len(text.encode("utf-8", "surrogatepass")) if isinstance(text, str) else 0
            yield d.fields

    audit = open(args.audit_file, "w", encoding="utf-8") if args.audit_file else None
    start = time.perf_counter()
    try:
        _write_scrubbed(args, cfg, documents(), counts, audit)
    finally:
        if audit is not None:
            audit.close()
    seconds = time.perf_counter() - start
    print(f"scrubbed {counts.counts['docs_out']} documents, {text_bytes / 1e6:.2f} MB of text, in {seconds:.2f} s "
          f"({text_bytes / 1e6 / max(seconds, 1e-9):.2f} MB/s: reading, scrubbing, writing)", file=sys.stderr)
    _print_counts(counts.counts)


def _write_scrubbed(args, cfg, docs, counts, audit) -> None:
    from prep.ingest import input_format, write_jsonl
    from prep.units import scrub_records

    scrubbed = scrub_records(
        docs, cfg.scrub, cfg.input.text_field, cfg.input.lang_field, counts.counts, audit=audit,
        id_field=cfg.input.id_field,
    )
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    if input_format(out) == "jsonl":
        n = write_jsonl(tmp, scrubbed)
    else:
        n = 0
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            for record in scrubbed:
                f.write(record[cfg.input.text_field].strip() + "\n\n")
                n += 1
    os.replace(tmp, out)
    counts.counts["docs_out"] = n


def cmd_pii_eval(args: argparse.Namespace) -> None:
    from prep.eval.pii_eval import format_report, run_eval
    from prep.pii.scrub import PII_ENTITIES, Scrubber

    cfg = _load(args)
    start = time.perf_counter()
    report = run_eval(Scrubber(cfg.scrub), n_docs=args.docs, seed=args.seed)
    print(format_report(report, PII_ENTITIES))
    failures = report.failures()
    print(f"targets: {'all met' if not failures else '; '.join(failures)} ({time.perf_counter() - start:.1f} s)")
    if failures and args.strict:
        raise SystemExit(1)


def cmd_split(args: argparse.Namespace) -> None:
    from prep.ingest import IngestCounts, ingest
    from prep.split import RollingTextWriter
    from prep.units import split_records

    cfg = _load(args)
    counts = IngestCounts()
    docs = ingest(args.input, cfg.input.text_field, cfg.input.min_chars, counts, cfg.input)
    try:
        with RollingTextWriter(args.output, args.max_bytes) as writer:
            for block in split_records(docs, cfg.split, cfg.input.text_field, counts.counts):
                writer.write(block)
    except OSError as exc:  # unreadable input folder, full disk, ...: a message, not a traceback
        if exc.filename is None:
            exc.filename = args.output
        raise ValueError(describe_os_error(exc, RESUME_HINT)) from exc
    counts.counts["output_files"] = len(writer.paths)
    _print_counts(counts.counts)


def cmd_split_eval(args: argparse.Namespace) -> None:
    from prep.eval.split_eval import evaluate, format_table

    print(format_table(evaluate(args.backend)))


def cmd_tokenizer(args: argparse.Namespace) -> None:
    from prep.pii.types import PLACEHOLDERS
    from prep.tokenizer import save_bert_tokenizer, train_wordpiece

    cfg = _load(args)
    tok = train_wordpiece(args.input, cfg.tokenizer, exclude=PLACEHOLDERS)
    save_bert_tokenizer(tok, args.output, cfg.tokenizer, PLACEHOLDERS, cfg.shards.max_seq_len)
    print(f"saved a WordPiece tokenizer of {tok.get_vocab_size()} entries (+{len(PLACEHOLDERS)} placeholders) "
          f"to {args.output}")


def cmd_shards(args: argparse.Namespace) -> None:
    """Standalone shards stage: split text files + a tokenizer -> a build folder train can read."""
    from prep.build import make_manifest
    from prep.executors import Unit
    from prep.ingest import describe_inputs
    from prep.shards import build_shard
    from prep.tokenizer import load_tokenizer

    cfg = _load(args)
    out = Path(args.output)
    if out.exists() and any(out.iterdir()):
        if not args.overwrite:
            raise ValueError(f"output folder {out} is not empty; pass --overwrite to replace it")
        shutil.rmtree(out)
    shutil.copytree(args.tokenizer, out / TOKENIZER_DIR)
    tok = load_tokenizer(out / TOKENIZER_DIR)
    counts: Counter = Counter()
    for i, path in enumerate(args.input):
        docs, examples = build_shard(
            Path(path), out / SHARD_DIR / SHARD_PATTERN.format(i), tok, cfg.shards, Unit("shards", i).seed(cfg.seed)
        )
        counts["docs_out"] += docs
        counts["examples"] += examples
    cfg = dataclasses.replace(cfg, input=dataclasses.replace(cfg.input, paths=tuple(args.input)))
    write_json_atomic(out / MANIFEST_NAME, make_manifest(cfg, out, counts, {}, describe_inputs(args.input)))
    _print_counts(counts)


def cmd_verify(args: argparse.Namespace) -> None:
    manifest = verify_build(args.build_dir)
    rows = sum(s["rows"] for s in manifest["shards"])
    print(f"OK: {len(manifest['shards'])} shards, {rows} rows, hashes and row counts match {args.build_dir}")


def cmd_demo_corpus(args: argparse.Namespace) -> None:
    from prep.demo.corpus import write_corpus

    kwargs = {"n_docs": args.n_docs} if args.n_docs is not None else {}
    write_corpus(args.output, seed=args.seed, **kwargs)
    print(f"wrote the demo corpus to {args.output}")


def _print_counts(counts: Counter) -> None:
    print(json.dumps(dict(sorted(counts.items())), indent=2))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m prep", description="Privacy-first BERT data preparation.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("build", help="run every stage: ingest, scrub, split, tokenizer, shards, manifest")
    _config_args(p)
    p.add_argument("--output-dir", help="build folder (overrides output_dir)")
    p.add_argument("--workers", type=int, help="local worker processes, or CPUs of a local Ray (overrides workers)")
    p.add_argument(
        "--executor", choices=("local", "ray"),
        help="where the per-part stages run: local processes (default) or Ray; the output bytes are the same",
    )
    p.add_argument(
        "--ray-address", metavar="ADDRESS",
        help="Ray cluster to run on (implies --executor ray); default: env RAY_ADDRESS, else a local Ray",
    )
    p.add_argument("--seed", type=int, help="build seed (overrides seed)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--overwrite", action="store_true", help="replace a non-empty output folder")
    mode.add_argument("--resume", action="store_true", help="finish an interrupted build of the same config")
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("scrub", help="replace personal data with typed placeholders (Presidio, ko + en)")
    p.add_argument("--input", required=True, help=".jsonl (one object per line with a text field) or .txt")
    p.add_argument("--output", required=True, help=".jsonl keeps every field and the order; .txt: blank-line docs")
    p.add_argument("--mode", choices=("placeholder", "surrogate", "hash"), help="overrides scrub.mode")
    p.add_argument("--secret-env", help="env var holding the surrogate/hash secret (overrides scrub.secret_env)")
    p.add_argument("--audit-file", help="JSONL of replaced spans: doc, entity, start, end, recognizer, score (no values)")  # noqa: E501
    _config_args(p)
    p.set_defaults(func=cmd_scrub)

    p = sub.add_parser("pii-eval", help="recall/precision per entity and language on the generated PII benchmark")
    p.add_argument("--docs", type=int, default=2000, help="labeled documents to generate (half ko, half en)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    _config_args(p)
    p.set_defaults(func=cmd_pii_eval)

    p = sub.add_parser("split", help="normalize and split into one sentence per line, blank line between docs")
    p.add_argument(
        "--input", required=True, nargs="+",
        help=".jsonl / .txt (+ .gz / .zst) / .parquet files, folders or globs (quote them), or fsspec URLs",
    )
    p.add_argument("--output", required=True, help="BERT-format text file (with --max-bytes: OUT-00000.txt, ...)")
    p.add_argument(
        "--max-bytes", type=int, default=0, metavar="N",
        help="roll over to a new output file before one would exceed N bytes (whole documents; 0: one file)",
    )
    _config_args(p)
    p.set_defaults(func=cmd_split)

    p = sub.add_parser("split-eval", help="sentence-boundary precision/recall/F1 on the project's labeled set")
    p.add_argument(
        "--backend", nargs="+", default=None, choices=("rules", "kiwi"),
        help="backends to score (default: rules, and kiwi when kiwipiepy is installed)",
    )
    p.set_defaults(func=cmd_split_eval)

    p = sub.add_parser("tokenizer", help="train a WordPiece tokenizer on sentence-per-line files")
    p.add_argument("--input", required=True, nargs="+", help="split text files (scrubbed!)")
    p.add_argument("--output", required=True, help="folder for the transformers tokenizer")
    _config_args(p)
    p.set_defaults(func=cmd_tokenizer)

    p = sub.add_parser("shards", help="NSP examples from split text -> Arrow shards + manifest")
    p.add_argument("--input", required=True, nargs="+", help="split text files, one shard each")
    p.add_argument("--tokenizer", required=True, help="tokenizer folder (from `prep tokenizer`)")
    p.add_argument("--output", required=True, help="build folder to write")
    p.add_argument("--overwrite", action="store_true", help="replace a non-empty output folder")
    _config_args(p)
    p.set_defaults(func=cmd_shards)

    p = sub.add_parser("verify", help="re-hash shards and check row counts against the manifest")
    p.add_argument("build_dir")
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("demo-corpus", help="regenerate the bundled demo corpus (deterministic)")
    p.add_argument("--output", default="data/demo/corpus.jsonl")
    p.add_argument("--n-docs", type=int, default=None)
    p.add_argument("--seed", type=int, default=0)
    p.set_defaults(func=cmd_demo_corpus)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        args.func(args)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a full disk, an unwritable or odd output path: a message naming the file, no traceback
        print(f"error: {describe_os_error(exc, RESUME_HINT)}", file=sys.stderr)
        return 2
    return 0
