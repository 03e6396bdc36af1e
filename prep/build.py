"""`python -m prep build`: every prep stage in order, then the manifest (written last).

    ingest    (4 steps)     raw inputs -> normalized, deduplicated JSONL parts of `docs_per_part`: read units
                            per group of files, exact dedup per hash partition, parts, canaries (prep/ingest_units.py)
    dedup     (3 steps)     MinHash LSH near-duplicates: signatures per part, buckets per partition,
                            clusters (one unit) -> per-part drop lists the scrub skips (prep/dedup/)
    scrub     (per part)    Presidio -> placeholders, then sentence split -> BERT-format text
    tokenizer (3 steps)     words counted per part, merged per partition (`prep.words`), then
                            WordPiece on the most frequent (one unit): the split text only
    shards    (per part)    NSP/SOP examples -> Arrow shards
    manifest  (here)        inputs, resolved config, tokenizer hash, shards with sha256, counts

Every stage's units go through the chosen runner (local processes or Ray), so each stage runs
under the chosen executor; the tokenizer is one unit because the vocabulary spans the whole build.

Layout of the output folder: see `privbert.build_format`; intermediates live under `work/`. Each
stage leaves markers, so `--resume` after a crash redoes only unfinished units; the manifest is
written only once everything else is closed and hashed. The raw ingested parts are deleted as soon
as every part is scrubbed: a finished build folder holds no unscrubbed text (unless it is the
`scrub.mode = "off"` twin of a memorization audit, which warns and is marked in the manifest). With
`[canaries]`, `canaries.jsonl` holds the canaries' synthetic secrets: the audit's key.
"""

from __future__ import annotations

import dataclasses
import errno
import json
import platform
import shutil
import sys
import time
from collections import Counter
from functools import partial
from importlib import metadata
from pathlib import Path
from typing import Any

from prep.advice import format_advice, format_vocab_advice, steps_advice, vocab_advice
from prep.canaries import canary_section, make_canaries, pop_canary_counts, secrets_path, write_secrets
from prep.config import PrepConfig
from prep.executors import Runner, Unit, make_runner
from prep.ingest_units import INGEST_DIR, INGEST_STAGES
from prep.readers import InputScan, describe_input, describe_inputs, scan_inputs
from prep.stages import DEDUP_DIR, ingest_stage, near_dedup, tokenizer_stage
from prep.summary import input_lines
from prep.units import PART_PATTERN, SPLIT_DIR, WORK_DIR, scrub_split_part, shard_part, shard_text
from privbert.build_format import (
    MANIFEST_NAME,
    SHARD_DIR,
    SHARD_PATTERN,
    TOKENIZER_DIR,
    TOKENIZER_HASHED_FILE,
    manifest_dict,
    sha256_file,
    shard_entry,
    tokenizer_hash,
)
from privbert.config import to_dict
from privbert.io import TEMPORARY_MARK, is_temporary, write_json_atomic

INPUTS_NAME = "inputs.json"  # in WORK_DIR: the inputs as the build found them when it started
# Root settings that choose how the build runs, never what it writes: a build may resume under others.
RUNTIME_KEYS = ("workers", "executor", "ray_address", "output_dir")
UNSCRUBBED_WARNING = (
    "WARNING: scrub.mode = \"off\": this build is UNSCRUBBED. Personal data goes into the tokenizer and the\n"
    "WARNING: shards as it is. Use it only as the twin of a memorization audit (docs/audit.md); never train a\n"
    "WARNING: model to keep or share on it, and delete the folder when the audit is done."
)
WRITE_ERRORS = (errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EROFS)  # errors of the disk under the build folder
NO_OUTPUT_MESSAGE = (
    "no output folder named: pass --output DIR (e.g. python -m prep build --input my_docs/ --output build/my-corpus), "
    "or set output_dir in the --config TOML"
)
KEY_LIBRARIES = ("presidio-analyzer", "presidio-anonymizer", "tokenizers", "transformers", "pyarrow", "numpy")


def prepare_output_dir(out: Path, cfg: PrepConfig, overwrite: bool, resume: bool) -> None:
    """Refuse a non-empty folder unless asked to overwrite it, or to resume the same build."""
    resolved = to_dict(cfg)
    saved = out / WORK_DIR / "config.json"
    if out.exists() and not out.is_dir():
        raise ValueError(f"output_dir {out} is a file, not a folder; choose another output_dir")
    if out.exists() and any(out.iterdir()):
        if overwrite:
            shutil.rmtree(out)
        elif resume:
            if saved.is_file():
                if _outputs_config(json.loads(saved.read_text(encoding="utf-8"))) != _outputs_config(resolved):
                    raise ValueError(f"{out} holds a build with another config; use --overwrite or the same config")
            elif any(p.is_file() and not is_temporary(p) for p in out.rglob("*")):
                raise ValueError(f"{out} holds files but no interrupted build; use --overwrite or another folder")
            # (else: a build killed before it saved its config left only empty folders; it starts afresh)
            remove_stale_temporaries(out)
        else:
            raise ValueError(
                f"output folder {out} is not empty; pass --overwrite to replace it or --resume to finish "
                "an interrupted build of the same config"
            )
    (out / WORK_DIR).mkdir(parents=True, exist_ok=True)
    if not saved.is_file():
        write_json_atomic(saved, resolved)


def find_inputs(out: Path, cfg: PrepConfig, log) -> tuple[list[str], list[dict[str, Any]], InputScan]:
    """(files, record, scan): the input files this build reads, their (path, bytes, sha256) now, and the
    scan of the inputs (what folders held that no reader takes: `scan.skipped`, `scan.counts()`).

    Called before the output folder is touched, so a bad input path or a glob that matches nothing
    refuses the run with nothing written. Files under the output folder are left out: a build never
    reads its own output (an input folder that holds it would otherwise feed the build its own split
    text on a resume).
    """
    scan = scan_inputs(cfg.input.paths, exclude=out)
    files = scan.files
    if scan.excluded:
        log(f"[ingest] {scan.excluded} file(s) under the output folder {out} left out of the inputs")
    if not files:
        raise ValueError(f"input.paths name no file outside the output folder {out}")
    return files, [describe_input(f) for f in files], scan


def record_inputs(out: Path, inputs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The record of the inputs this build started from, saved in the build folder.

    A resumed build keeps the parts it scrubbed before, so its inputs must be the ones it started
    from: if a file changed, appeared or went away since, the resume is refused.
    """
    saved = out / WORK_DIR / INPUTS_NAME
    if not saved.is_file():  # a new build (or one started before builds recorded their inputs)
        write_json_atomic(saved, inputs)
        return inputs
    before = json.loads(saved.read_text(encoding="utf-8"))
    changed = inputs_changed(before, inputs)
    if changed:
        raise ValueError(
            f"{out} holds an interrupted build of other inputs ({changed}); its finished parts came from the "
            "old ones. Restore them, or pass --overwrite to build from the inputs as they are now"
        )
    return before


def inputs_changed(before: list[dict[str, Any]], now: list[dict[str, Any]]) -> str:
    """What differs between two records of the inputs ("" if nothing), naming files, never contents.

    Compared by content (bytes, sha256) in order, so that the same files seen from another working
    folder (the paths are shown relative to it) are still the same inputs."""
    if len(before) != len(now):
        return f"{len(now)} input files now, {len(before)} when it started"
    for old, new in zip(before, now, strict=True):
        if (old["bytes"], old["sha256"]) != (new["bytes"], new["sha256"]):
            return f"{new['path']} changed"
    return ""


def remove_stale_temporaries(out: Path) -> None:
    """Delete the `.NAME.tmp-PID` files and folders a killed build left (every writer renames its
    temporary into place only when complete, so these are never needed: a resume redoes their unit)."""
    for path in sorted(out.rglob(f".*{TEMPORARY_MARK}*"), reverse=True):  # deepest first
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)


def _outputs_config(resolved: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in resolved.items() if k not in RUNTIME_KEYS}


def build(cfg: PrepConfig, overwrite: bool = False, resume: bool = False, log=None) -> dict[str, Any]:
    """Run every stage; returns the manifest (also written to `<output_dir>/manifest.json`).

    Everything that can be checked before the run starts (the output folder named and usable, every
    input found and readable) is checked before the output folder is created: a run refused then
    leaves nothing behind. A new build that finds no document at all removes the folder it made.
    """
    log = log or (lambda msg: print(msg, file=sys.stderr, flush=True))
    if not cfg.output_dir:
        raise ValueError(NO_OUTPUT_MESSAGE)
    out = Path(cfg.output_dir).absolute()  # tasks run in other processes, maybe other nodes: no relative paths
    files, inputs, scan = find_inputs(out, cfg, log)
    existed, new = out.exists(), False
    runner = make_runner(cfg.executor, cfg.workers, cfg.ray_address, progress=log)  # Ray refuses here, if it does
    try:
        prepare_output_dir(out, cfg, overwrite, resume)
        new = not existed or overwrite or not (out / WORK_DIR / INPUTS_NAME).is_file()
        return run_stages(cfg, out, runner, log, files, record_inputs(out, inputs), scan)
    except BaseException as exc:
        remove_raw_parts(out, forget_ingest=True)  # a failed build must not leave raw text behind either
        if isinstance(exc, NoDocumentsError) and new:
            remove_new_output(out, existed)
        if isinstance(exc, OSError) and exc.filename is None and exc.errno in WRITE_ERRORS:
            exc.filename = str(out)  # a file object's write names no file: name the folder that is full
        raise
    finally:
        runner.close()


class NoDocumentsError(ValueError):
    """The inputs hold no usable document: the build is refused, not failed."""


def remove_new_output(out: Path, existed: bool) -> None:
    """Undo the folder a new build made before it found that it had nothing to build (an empty folder
    that was there before stays, empty)."""
    if existed:
        for child in out.iterdir():
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
    else:
        shutil.rmtree(out, ignore_errors=True)


def remove_raw_parts(out: Path, forget_ingest: bool = False) -> None:
    """Delete the ingested parts and the ingest stage's staged text, the only files of a build that hold
    unscrubbed text.

    After a failure the ingest stage's markers go too, so `--resume` re-ingests (deterministically: the
    same parts) before the unfinished scrub units run; finished units are still skipped.
    """
    raw = [out / WORK_DIR / "parts", out / WORK_DIR / INGEST_DIR]
    found = [folder for folder in raw if folder.exists()]  # none once every part is scrubbed: nothing to redo
    for folder in found:
        shutil.rmtree(folder, ignore_errors=True)
    if forget_ingest and found and (out / WORK_DIR / "done").is_dir():
        for stage in INGEST_STAGES:
            for marker in (out / WORK_DIR / "done").glob(f"{stage}-[0-9]*.json"):
                marker.unlink(missing_ok=True)
    for folder in raw:
        if folder.exists():
            raise RuntimeError(f"could not delete {folder}, which holds unscrubbed text; delete it by hand")


def run_stages(
    cfg: PrepConfig, out: Path, runner: Runner, log, files: list[str], inputs: list[dict[str, Any]], scan: InputScan
) -> dict[str, Any]:
    """Every stage runs on `runner`: ingest and the tokenizer as one unit each, scrub and shards per part.
    `files`, `scan`: the input files and what else the input folders held (`find_inputs`); `inputs`: the
    files' record (`record_inputs`)."""
    work = out / WORK_DIR
    timings: dict[str, float] = {}

    t0 = time.perf_counter()
    if cfg.scrub.mode == "off":
        log(UNSCRUBBED_WARNING)
    n_parts, counts = ingest_stage(cfg, files, inputs, work, runner)
    counts.update(scan.counts())
    timings["ingest_s"] = time.perf_counter() - t0
    if cfg.canaries.enabled:  # the audit's key: the only file that holds the (synthetic) secrets
        secrets = write_secrets(secrets_path(cfg.canaries, out), make_canaries(cfg.canaries))
        log(f"[canaries] {counts['canaries']} canaries planted {counts['canaries_planted']} times; key: {secrets}")
    log(f"[ingest] {counts['docs_in']} documents read into {n_parts} parts")
    for line in input_lines(counts, scan.skipped):
        log(f"[ingest] {line}")
    if n_parts == 0:
        raise NoDocumentsError("no document survived ingestion; check input.paths and input.text_field")

    dedup_dir = ""
    if cfg.dedup.enabled:
        t0 = time.perf_counter()
        dedup_dir = str(work / DEDUP_DIR)
        counts.update(near_dedup(cfg, work, n_parts, runner, log))
        timings["dedup_s"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    split_dir = work / SPLIT_DIR
    split_dir.mkdir(exist_ok=True)
    task = partial(
        scrub_split_part, str(work / "parts"), str(split_dir), cfg.scrub, cfg.split,
        cfg.input.text_field, cfg.input.lang_field, dedup_dir=dedup_dir, canaries=cfg.canaries,
    )
    for result in runner.run(task, [Unit("scrub", i) for i in range(n_parts)], work / "done"):
        counts.update(result)
    runner.release_workers()  # the scrubber's memory, per worker: the tokenizer and shard stages start lean
    canaries = None
    if cfg.canaries.enabled:  # caught or missed, per canary: into the key file; counts into the manifest
        tally, scrubbed = pop_canary_counts(counts), cfg.scrub.mode != "off"
        planted = make_canaries(cfg.canaries)
        write_secrets(secrets_path(cfg.canaries, out), planted, tally, scrubbed)
        canaries = canary_section(planted, tally, counts, scrubbed)
        if canaries["missed"]:
            log(f"[canaries] LEAK: the scrubber missed {canaries['missed']} of {canaries['canaries']} canaries "
                f"(kinds {', '.join(canaries['missed_kinds'])}); `python -m prep leak-check` and the audit show them")
    reruns = counts.pop("scrub_batches_rerun", 0)  # timing, not content: kept out of the counts
    if reruns:
        timings["scrub_batches_rerun"] = reruns
        log(f"[scrub] {reruns} batch(es) passed their one deadline and were analyzed again with a timeout per "
            "scan (the same results; slow documents?)")
    # The ingested parts still hold the raw text: once every part is scrubbed nothing needs them,
    # and a build folder must never carry personal data to wherever it is copied next.
    remove_raw_parts(out)
    shutil.rmtree(work / DEDUP_DIR, ignore_errors=True)  # hashes only, but no longer needed (markers stay)
    timings["scrub_split_s"] = time.perf_counter() - t0
    advice = vocab_advice(counts["chars_out"], cfg.tokenizer.vocab_size) if "chars_out" in counts else None
    for line in format_vocab_advice(advice) if advice else ():
        log(line)

    t0 = time.perf_counter()
    log("[tokenizer] training WordPiece on the scrubbed text")
    texts = [str(split_dir / f"{PART_PATTERN.format(i)}.txt") for i in range(n_parts)]
    tokenizer_stage(cfg.tokenizer, texts, work, out / TOKENIZER_DIR, cfg.shards.max_seq_len, runner, log)
    timings["tokenizer_s"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    shard_dir = out / SHARD_DIR
    shard_dir.mkdir(exist_ok=True)
    task = partial(shard_part, str(split_dir), str(shard_dir), str(out / TOKENIZER_DIR), cfg.shards, cfg.seed)
    sentence_tokens: Counter | None = Counter()
    for result in runner.run(task, [Unit("shards", i) for i in range(n_parts)], work / "done"):
        part_histogram = result.pop("sentence_tokens", None)
        if part_histogram is None:  # a unit finished by a prep that did not record it (resumed build)
            sentence_tokens = None
        elif sentence_tokens is not None:
            sentence_tokens.update({int(n): c for n, c in part_histogram.items()})
        counts.update(result)
    timings["shards_s"] = time.perf_counter() - t0
    if advice:
        advice.update(steps_advice(counts["examples"], cfg.shards.dupe_factor, cfg.shards.max_seq_len))
        log(f"[advice] {format_advice(advice)}")

    manifest = make_manifest(cfg, out, counts, timings, inputs, sentence_tokens, canaries, advice,
                             skipped_inputs=scan.skipped, resources={"peak_rss_mb": dict(runner.peak_rss_mb)})
    write_json_atomic(out / MANIFEST_NAME, manifest)
    return manifest


def shards_from_text(
    cfg: PrepConfig, texts: list[str], tokenizer_dir: str | Path, out: Path, overwrite: bool = False
) -> Counter:
    """`prep shards`: the shard stage alone, on split text made elsewhere (one shard per file, in order)
    and an existing tokenizer (copied into `out`), then the manifest. Returns the counts."""
    from prep.tokenizer import load_tokenizer

    if out.exists() and any(out.iterdir()):
        if not overwrite:
            raise ValueError(f"output folder {out} is not empty; pass --overwrite to replace it")
        shutil.rmtree(out)
    shutil.copytree(tokenizer_dir, out / TOKENIZER_DIR)
    tokenizer = load_tokenizer(out / TOKENIZER_DIR)
    counts: Counter = Counter()
    sentence_tokens: Counter = Counter()
    for i, path in enumerate(texts):
        docs, examples = shard_text(path, out / SHARD_DIR, tokenizer, cfg.shards, cfg.seed, Unit("shards", i),
                                    sentence_tokens)
        counts["docs_out"] += docs
        counts["examples"] += examples
    cfg = dataclasses.replace(cfg, input=dataclasses.replace(cfg.input, paths=tuple(texts)))
    manifest = make_manifest(cfg, out, counts, {}, describe_inputs(texts), sentence_tokens)
    write_json_atomic(out / MANIFEST_NAME, manifest)
    return counts


def make_manifest(
    cfg: PrepConfig, out: Path, counts: Counter, timings: dict[str, float], inputs: list[dict[str, Any]],
    sentence_tokens: Counter | None = None, canaries: dict[str, Any] | None = None,
    advice: dict[str, Any] | None = None, skipped_inputs: list[str] | None = None,
    resources: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The manifest of the build in `out` (fields and their order: `privbert.build_format.manifest_dict`)."""
    shards = [shard_entry(path, out) for path in sorted((out / SHARD_DIR).glob(SHARD_PATTERN.replace("{:05d}", "*")))]
    tok_dir = out / TOKENIZER_DIR
    with open(tok_dir / TOKENIZER_HASHED_FILE, encoding="utf-8") as f:
        tok_json = json.load(f)
    config = to_dict(cfg)
    stages = {name: config[name] for name in ("input", "dedup", "scrub", "split", "tokenizer", "shards", "canaries")}
    if cfg.scrub.deny_file or cfg.scrub.allow_file:  # by path, sha256 and term count: never a term of the files
        from prep.pii.controls import control_files

        stages["scrub"]["control_files"] = control_files(cfg.scrub)
    if cfg.scrub.hf_model:  # the model folder by path and each file's sha256: the weights behind the scrub
        from prep.pii.user_models import model_files

        stages["scrub"]["model_files"] = model_files(cfg.scrub)
    from prep.pii.tagger import tagger_weights  # the tagger's weights by sha256: retrained weights, another scrub

    if weights := tagger_weights(cfg.scrub):
        stages["scrub"]["name_tagger_weights"] = weights
    dropped = sum(v for k, v in counts.items() if k.startswith("dropped_"))
    ordered_counts = {k: counts[k] for k in sorted(counts)}
    ordered_counts["dropped_total"] = dropped
    return manifest_dict(
        seed=cfg.seed,
        inputs=inputs,
        skipped_inputs=list(skipped_inputs or []),
        stages=stages,
        build={"workers": cfg.workers, "executor": cfg.executor, "output_dir": cfg.output_dir},
        tokenizer={
            "dir": TOKENIZER_DIR,
            "sha256": tokenizer_hash(out),
            "files": {p.name: sha256_file(p) for p in sorted(tok_dir.iterdir()) if p.is_file()},
            "vocab_size": len(tok_json["model"]["vocab"]) + sum(
                1 for t in tok_json["added_tokens"] if t["content"] not in tok_json["model"]["vocab"]
            ),
            "placeholders": [t["content"] for t in tok_json["added_tokens"] if not t["special"]],
        },
        shards=shards,
        counts=ordered_counts,
        sentence_tokens=sentence_tokens,
        canaries=canaries,
        advice=advice,
        resources=resources,
        timings={k: round(v, 3) for k, v in timings.items()},
        versions=versions(),
    )


def versions() -> dict[str, str]:
    found = {"python": platform.python_version()}
    for name in ("privacy-bert-pretrain", *KEY_LIBRARIES):
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found
