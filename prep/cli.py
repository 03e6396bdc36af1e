"""`python -m prep <stage>`: parse and call. Bad input exits with status 2 and a one-line message.

`COMMANDS` is the table: each command's help line, its arguments and the function it calls.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from collections import Counter
from pathlib import Path

from prep.config import PrepConfig
from privbert.build_format import verify_build
from privbert.cli import Command, add_config_arguments, load_with_shortcuts, make_parser, run_parsed
from privbert.io import atomic_write

RESUME_HINT = "`prep build --resume` continues a build"  # after a full disk
CONFIG_HELP = "TOML file (see configs/demo.toml); defaults apply without one"
SHORTCUTS = ("workers", "seed", "output_dir", "executor", "ray_address")  # flags that replace a root config value


def _config_args(p: argparse.ArgumentParser) -> None:
    add_config_arguments(p, CONFIG_HELP, "tokenizer.vocab_size=16000")


def _load(args: argparse.Namespace) -> PrepConfig:
    if getattr(args, "ray_address", None) and getattr(args, "executor", None) is None:
        args = argparse.Namespace(**{**vars(args), "executor": "ray"})  # --ray-address alone: "run on that cluster"
    return load_with_shortcuts(PrepConfig, args, SHORTCUTS)


def cmd_build(args: argparse.Namespace) -> None:
    from prep.build import build
    from prep.summary import print_build_summary

    cfg = _load(args)
    if args.input:  # --input replaces input.paths
        cfg = dataclasses.replace(cfg, input=dataclasses.replace(cfg.input, paths=tuple(args.input)))
    start = time.perf_counter()
    manifest = build(cfg, overwrite=args.overwrite, resume=args.resume)
    print_build_summary(manifest, Path(cfg.output_dir), time.perf_counter() - start)


def cmd_scrub(args: argparse.Namespace) -> None:
    from prep.readers import IngestCounts, read_documents

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
    from prep.readers import input_format
    from prep.units import scrub_records
    from privbert.io import write_jsonl

    scrubbed = scrub_records(
        docs, cfg.scrub, cfg.input.text_field, cfg.input.lang_field, counts.counts, audit=audit,
        id_field=cfg.input.id_field,
    )
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    if input_format(out) == "jsonl":
        n = write_jsonl(out, scrubbed)
    else:
        n = 0
        with atomic_write(out) as f:
            for record in scrubbed:
                f.write(record[cfg.input.text_field].strip() + "\n\n")
                n += 1
    counts.counts["docs_out"] = n


def cmd_pii_eval(args: argparse.Namespace) -> None:
    from prep.eval.pii_eval import format_report, run_eval
    from prep.eval.pii_sets import evaluate_set, format_set_report, missed_targets, read_set
    from prep.pii.scrub import PII_ENTITIES, Scrubber

    cfg = _load(args)
    start = time.perf_counter()
    scrubber = Scrubber(cfg.scrub)
    if args.labeled:  # sets written apart from the recognizers (data/eval/): the figures that are evidence
        failures = []
        for path in args.labeled:
            tallies = evaluate_set(scrubber, read_set(path))
            print(format_set_report(path, tallies), end="\n\n")
            failures += [f"{path}: {miss}" for miss in missed_targets(tallies)]
    else:
        report = run_eval(scrubber, n_docs=args.docs, seed=args.seed)
        print(format_report(report, PII_ENTITIES))
        failures = report.failures()
    print(f"targets: {'all met' if not failures else '; '.join(failures)} ({time.perf_counter() - start:.1f} s)")
    if failures and args.strict:
        raise SystemExit(1)


def cmd_split(args: argparse.Namespace) -> None:
    from prep.ingest import ingest
    from prep.readers import IngestCounts
    from prep.split_writer import RollingTextWriter
    from prep.units import split_records

    cfg = _load(args)
    counts = IngestCounts()
    docs = ingest(args.input, cfg.input.text_field, cfg.input.min_chars, counts, cfg.input)
    try:
        with RollingTextWriter(args.output, args.max_bytes) as writer:
            for block in split_records(docs, cfg.split, cfg.input.text_field, counts.counts):
                writer.write(block)
    except OSError as exc:  # unreadable input folder, full disk, ...: name the output when the error names no file
        if exc.filename is None:
            exc.filename = args.output
        raise
    counts.counts["output_files"] = len(writer.paths)
    _print_counts(counts.counts)


def cmd_split_eval(args: argparse.Namespace) -> None:
    from prep.eval.split_eval import (
        TARGET_F1,
        boundary_errors,
        evaluate,
        evaluate_set,
        format_set_table,
        format_table,
        read_split_set,
    )

    if not args.labeled:
        print(format_table(evaluate(args.backend)))
        return
    missed = []
    for path in args.labeled:
        rows = read_split_set(path)
        for backend in args.backend or ["rules"]:
            scores = evaluate_set(rows, backend)
            print(format_set_table(path, backend, scores), end="\n\n")
            missed += [f"{path} {backend} {lang}" for lang, s in scores.items() if s.f1 < TARGET_F1]
        if args.errors:  # prints the text around each error: for tuning sets only
            for row in rows:
                for error in boundary_errors(row):
                    print(f"{row.get('id', '?')}: {error}")
    print(f"target F1 >= {TARGET_F1}: {'met' if not missed else 'MISSED by ' + '; '.join(missed)}")


def cmd_tokenizer(args: argparse.Namespace) -> None:
    """Standalone tokenizer stage, the build's own (`prep.stages.tokenizer_stage`) on `cfg.workers` local
    processes; the word counts go to a hidden folder inside --output, deleted at the end."""
    import shutil
    import tempfile

    from prep.executors import LocalRunner
    from prep.pii.types import PLACEHOLDERS
    from prep.stages import tokenizer_stage

    cfg = _load(args)
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    texts = [str(Path(p).absolute()) for p in args.input]
    runner = LocalRunner(cfg.workers)
    try:
        with tempfile.TemporaryDirectory(prefix=".prep-tokenizer-", dir=out) as work:
            tok_dir = Path(work) / "tokenizer"
            log = lambda msg: print(msg, file=sys.stderr, flush=True)  # noqa: E731
            result = tokenizer_stage(cfg.tokenizer, texts, Path(work), tok_dir, cfg.shards.max_seq_len, runner, log)
            for path in sorted(tok_dir.iterdir()):
                shutil.copy2(path, out / path.name)
    finally:
        runner.close()
    print(f"saved a WordPiece tokenizer of {result['vocab_size']} entries (+{len(PLACEHOLDERS)} placeholders) "
          f"to {args.output}")


def cmd_shards(args: argparse.Namespace) -> None:
    """Standalone shards stage: split text files + a tokenizer -> a build folder train can read."""
    from prep.build import shards_from_text

    _print_counts(shards_from_text(_load(args), args.input, args.tokenizer, Path(args.output), args.overwrite))


def cmd_verify(args: argparse.Namespace) -> None:
    manifest = verify_build(args.build_dir)
    rows = sum(s["rows"] for s in manifest["shards"])
    print(f"OK: {len(manifest['shards'])} shards, {rows} rows, hashes and row counts match {args.build_dir}")


def cmd_leak_check(args: argparse.Namespace) -> int:
    from prep.leak_check import Gates, format_counts, run, write_result

    result = run(args.build_dir, args.known, args.sample, args.seed)
    gates = Gates(args.max_known_hits, args.max_flagged_share, args.max_vocab_names)
    failures = gates.failures(result.counts)
    for line in format_counts(result.counts):
        print(line)
    if args.show:  # the operator's eyes only: these are values from the build
        for place, values in result.values.items():
            print(f"\n--show: {place} ({len(values)})")
            for value in values:
                print(f"  {value}")
    print(f"counts written to {write_result(args.build_dir, result.counts, failures)}")
    if failures:
        print("LEAK CHECK FAILED: " + "; ".join(failures))
        return 1
    return 0


def cmd_demo_corpus(args: argparse.Namespace) -> None:
    from prep.demo.corpus import write_corpus

    kwargs = {"n_docs": args.n_docs} if args.n_docs is not None else {}
    write_corpus(args.output, seed=args.seed, **kwargs)
    print(f"wrote the demo corpus to {args.output}")


def _print_counts(counts: Counter) -> None:
    print(json.dumps(dict(sorted(counts.items())), indent=2))


def _build_args(p: argparse.ArgumentParser) -> None:
    _config_args(p)
    p.add_argument(
        "--input", nargs="+", metavar="PATH",
        help="files, folders or globs (quote them) to build from (replaces input.paths); e.g. --input my_docs/",
    )
    p.add_argument("--output", "--output-dir", dest="output_dir", metavar="DIR",
                   help="build folder to write (replaces output_dir); required unless the config names one")
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


def _scrub_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--input", required=True, help=".jsonl (one object per line with a text field) or .txt")
    p.add_argument("--output", required=True, help=".jsonl keeps every field and the order; .txt: blank-line docs")
    p.add_argument("--mode", choices=("placeholder", "surrogate", "hash"), help="overrides scrub.mode")
    p.add_argument("--secret-env", help="env var holding the surrogate/hash secret (overrides scrub.secret_env)")
    p.add_argument("--audit-file", help="JSONL of replaced spans: doc, entity, start, end, recognizer, score (no values)")  # noqa: E501
    _config_args(p)


def _pii_eval_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--docs", type=int, default=2000, help="labeled documents to generate (half ko, half en)")
    p.add_argument("--labeled", nargs="+", metavar="FILE",
                   help="score labeled JSONL sets instead (data/eval/tuning/pii_v1.jsonl, data/eval/blind/...)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    _config_args(p)


def _split_args(p: argparse.ArgumentParser) -> None:
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


def _split_eval_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--backend", nargs="+", default=None, choices=("rules", "kiwi"),
        help="backends to score (default: rules, and kiwi when kiwipiepy is installed; with --labeled: rules)",
    )
    p.add_argument("--labeled", nargs="+", metavar="FILE",
                   help="score labeled JSONL sets instead (data/eval/tuning/split_v1.jsonl, data/eval/blind/...)")
    p.add_argument("--errors", action="store_true",
                   help="with --labeled: print each missed/false boundary with its context (tuning sets only)")


def _tokenizer_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--input", required=True, nargs="+", help="split text files (scrubbed!)")
    p.add_argument("--output", required=True, help="folder for the transformers tokenizer")
    _config_args(p)


def _shards_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--input", required=True, nargs="+", help="split text files, one shard each")
    p.add_argument("--tokenizer", required=True, help="tokenizer folder (from `prep tokenizer`)")
    p.add_argument("--output", required=True, help="build folder to write")
    p.add_argument("--overwrite", action="store_true", help="replace a non-empty output folder")
    _config_args(p)


def _verify_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("build_dir")


def _leak_check_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("build_dir")
    p.add_argument("--known", metavar="FILE", help="identifiers to look for, one a line (customers, employees, ...)")
    p.add_argument("--sample", type=int, default=2000, help="sentences the second detector reads (default %(default)s)")
    p.add_argument("--seed", type=int, default=0, help="seed of the sentence sample")
    p.add_argument("--show", action="store_true", help="also print the flagged values (operator only: personal data)")
    p.add_argument("--max-known-hits", type=int, metavar="N", help="exit 1 when more known identifiers are found")
    p.add_argument("--max-flagged-share", type=float, metavar="X",
                   help="exit 1 when more than this share of sampled sentences is flagged (0-1)")
    p.add_argument("--max-vocab-names", type=int, metavar="N", help="exit 1 when more name-shaped pieces are found")


def _demo_corpus_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--output", default="data/demo/corpus.jsonl")
    p.add_argument("--n-docs", type=int, default=None)
    p.add_argument("--seed", type=int, default=0)


COMMANDS = {
    "build": Command(
        "run every stage: ingest, near-dedup, scrub, split, tokenizer, shards, manifest", _build_args, cmd_build
    ),
    "scrub": Command("replace personal data with typed placeholders (Presidio, ko + en)", _scrub_args, cmd_scrub),
    "pii-eval": Command(
        "recall/precision on the generated PII benchmark, or on labeled sets (--labeled)", _pii_eval_args, cmd_pii_eval
    ),
    "split": Command("normalize and split into one sentence per line, blank line between docs", _split_args, cmd_split),
    "split-eval": Command(
        "sentence-boundary precision/recall/F1 on the project's set, or on labeled sets (--labeled)",
        _split_eval_args, cmd_split_eval,
    ),
    "tokenizer": Command("train a WordPiece tokenizer on sentence-per-line files", _tokenizer_args, cmd_tokenizer),
    "shards": Command("NSP examples from split text -> Arrow shards + manifest", _shards_args, cmd_shards),
    "verify": Command("re-hash shards and check row counts against the manifest", _verify_args, cmd_verify),
    "leak-check": Command(
        "what got through: name-shaped vocabulary, a second detector, known identifiers (counts only)",
        _leak_check_args, cmd_leak_check,
    ),
    "demo-corpus": Command("regenerate the bundled demo corpus (deterministic)", _demo_corpus_args, cmd_demo_corpus),
}


def build_parser() -> argparse.ArgumentParser:
    return make_parser("python -m prep", "Privacy-first BERT data preparation.", COMMANDS)


def main(argv: list[str] | None = None) -> int:
    return run_parsed(build_parser().parse_args(argv), RESUME_HINT)
