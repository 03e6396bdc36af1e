"""Units of work of the parallel stages, and the file-level edges of the standalone stage commands.

Each task takes plain, picklable arguments plus a `Unit`, writes its outputs under temporary names,
renames them into place, and returns counts. Heavy objects (a Presidio analyzer, a tokenizer) are
built once per worker process and cached here, never once per document.

Fail-closed: a document whose scrubbing raises is dropped and counted as `dropped_scrub_error`;
its text is never written, and the error message (which could quote the text) is not logged.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

from prep.config import ScrubConfig, ShardsConfig, SplitConfig
from prep.ingest import read_jsonl
from prep.runner import Unit, UnitResult

PART_PATTERN = "part-{:05d}"


@cache
def _scrubber(cfg: ScrubConfig):
    from prep.scrub import Scrubber  # Presidio import is slow; only workers that scrub pay for it

    return Scrubber(cfg)


@cache
def _tokenizer(tok_dir: str):
    from prep.tokenizer import load_tokenizer

    return load_tokenizer(tok_dir)


def scrub_records(
    records: Iterable[dict[str, Any]], cfg: ScrubConfig, text_field: str, lang_field: str, counts: Counter
) -> Iterator[dict[str, Any]]:
    """Records with `text_field` scrubbed (all other fields and their order kept); failures dropped."""
    scrubber = _scrubber(cfg)
    for record in records:
        lang = record.get(lang_field)
        try:
            result = scrubber.scrub(record[text_field], language=lang if lang in cfg.languages else None)
        except Exception:  # noqa: BLE001 -- fail closed on *any* analyzer error; message may hold PII
            counts["dropped_scrub_error"] += 1
            continue
        for entity, n in result.counts.items():
            counts[f"pii_{entity}"] += n
        record = dict(record)
        record[text_field] = result.text
        yield record


def split_records(
    records: Iterable[dict[str, Any]], cfg: SplitConfig, text_field: str, counts: Counter
) -> Iterator[str]:
    """BERT-format text of each document: one sentence per line, then a blank line."""
    from prep.split import format_document, split_sentences

    for record in records:
        sentences = split_sentences(record[text_field], min_sentence_chars=cfg.min_sentence_chars)
        if not sentences:
            counts["dropped_empty_after_scrub"] += 1
            continue
        counts["docs_out"] += 1
        counts["sentences"] += len(sentences)
        counts["chars_out"] += sum(len(s) for s in sentences)
        yield format_document(sentences) + "\n"


def scrub_split_part(
    parts_dir: str, split_dir: str, scrub_cfg: ScrubConfig, split_cfg: SplitConfig,
    text_field: str, lang_field: str, unit: Unit,
) -> UnitResult:
    """Unit task: one ingested part (JSONL) -> scrubbed, sentence-split text (BERT format)."""
    name = PART_PATTERN.format(unit.index)
    counts: Counter = Counter()
    records = read_jsonl(Path(parts_dir) / f"{name}.jsonl")
    scrubbed = scrub_records(records, scrub_cfg, text_field, lang_field, counts)
    out = Path(split_dir) / f"{name}.txt"
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for block in split_records(scrubbed, split_cfg, text_field, counts):
            f.write(block)
    os.replace(tmp, out)
    return dict(counts)


def shard_part(split_dir: str, shard_dir: str, tok_dir: str, cfg: ShardsConfig, seed: int, unit: Unit) -> UnitResult:
    """Unit task: one split part -> one Arrow shard of NSP examples, seeded from (seed, unit)."""
    from common.shard_format import SHARD_PATTERN
    from prep.shards import build_shard

    shard_path = Path(shard_dir) / SHARD_PATTERN.format(unit.index)
    _, examples = build_shard(
        Path(split_dir) / f"{PART_PATTERN.format(unit.index)}.txt", shard_path, _tokenizer(tok_dir), cfg,
        unit.seed(seed),
    )
    return {"examples": examples}
