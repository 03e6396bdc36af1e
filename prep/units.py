"""Units of work of the parallel stages, and the file-level edges of the standalone stage commands.

Each task takes plain, picklable arguments plus a `Unit`, writes its outputs under temporary names,
renames them into place, and returns counts. Heavy objects (a Presidio analyzer, a tokenizer) are
built once per worker process and cached here, never once per document.

Fail-closed: a document whose scrubbing raises is dropped and counted as `dropped_scrub_error`;
its text is never written, and the error message (which could quote the text) is not logged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import IO, Any

from prep.config import CanaryConfig, ScrubConfig, ShardsConfig, SplitConfig, TokenizerConfig
from prep.dedup.stage import dropped_positions
from prep.executors import Unit, UnitResult
from privbert.io import atomic_write, publish, read_jsonl, temporary_name

PART_PATTERN = "part-{:05d}"
WORK_DIR = "work"  # in the build folder: the intermediates (raw parts while scrubbing, split text, markers)
SPLIT_DIR = "split"  # in WORK_DIR: the scrubbed, sentence-split text, one file per part
WORDS_DIR = "words"  # in WORK_DIR: word counts per part and per partition (`prep.words`), until the tokenizer


@cache
def scrubber_for(cfg: ScrubConfig):
    """This process's `Scrubber` for `cfg`, built once (Presidio's import is slow: only processes that scrub pay)."""
    from prep.pii.scrub import Scrubber

    return Scrubber(cfg)


@cache
def _tokenizer(tok_dir: str):
    from prep.tokenizer import load_tokenizer

    return load_tokenizer(tok_dir)


# One `Scrubber.scrub_batch` call takes documents up to this many characters, or this many documents:
# the pre-filter's regexes start cold on every call (~7 ms a batch here), so small batches cost up to
# a third of the throughput (benchmarks/bench_scrub.py, its `batches of 256 documents` row).
SCRUB_BATCH_CHARS = 1_000_000
SCRUB_BATCH_DOCS = 10_000


def scrub_batches(records: Iterator[dict[str, Any]], text_field: str) -> Iterator[list[dict[str, Any]]]:
    """`records` in lists of up to `SCRUB_BATCH_DOCS` records or `SCRUB_BATCH_CHARS` characters of text
    (a longer document makes a batch of its own)."""
    batch: list[dict[str, Any]] = []
    chars = 0
    for record in records:
        text = record.get(text_field)
        size = len(text) if isinstance(text, str) else 0
        if batch and (chars + size > SCRUB_BATCH_CHARS or len(batch) == SCRUB_BATCH_DOCS):
            yield batch
            batch, chars = [], 0
        batch.append(record)
        chars += size
    if batch:
        yield batch


def scrub_records(
    records: Iterable[dict[str, Any]], cfg: ScrubConfig, text_field: str, lang_field: str, counts: Counter,
    audit: IO[str] | None = None, id_field: str = "id", tally=None,
) -> Iterator[dict[str, Any]]:
    """Records with `text_field` scrubbed (all other fields and their order kept); failures dropped.

    With `audit`, one JSON line per replaced value: document id (the `id_field` value, else the
    document's position), entity type, offsets in the input text, recognizer, score; never the value.
    With `tally` (a `prep.canaries.CanaryTally`), findings inside planted canary sentences are tallied
    there and left out of the `pii_<ENTITY>` counts, which then count the corpus's own PII only.
    """
    import json

    scrubber = scrubber_for(cfg)
    position = 0
    for batch in scrub_batches(iter(records), text_field):
        languages = [r.get(lang_field) if r.get(lang_field) in cfg.languages else None for r in batch]
        reruns = scrubber.deadline_reruns
        results = scrubber.scrub_batch([r.get(text_field) for r in batch], languages)
        if scrubber.deadline_reruns > reruns:  # slow, not wrong: the results are the same
            counts["scrub_batches_rerun"] += scrubber.deadline_reruns - reruns
        for record, result in zip(batch, results, strict=True):
            position += 1
            if isinstance(result, Exception):  # fail closed on *any* analyzer error; its message may hold PII
                counts["dropped_scrub_error"] += 1
                continue
            found = result.counts if tally is None else tally.observe(record.get(text_field), result.findings)
            for entity, n in found.items():
                counts[f"pii_{entity}"] += n
            counts.update(result.controls)  # deny_hits, allow_dropped (scrub.deny_* / allow_*)
            if audit is not None:
                doc = record.get(id_field, position - 1)
                for f in result.findings:
                    audit.write(json.dumps({"doc": doc, "entity": f.entity, "start": f.start, "end": f.end,
                                            "recognizer": f.recognizer, "score": f.score}) + "\n")
            record = dict(record)
            record[text_field] = result.text
            yield record


def split_records(
    records: Iterable[dict[str, Any]], cfg: SplitConfig, text_field: str, counts: Counter
) -> Iterator[str]:
    """BERT-format text of each document: one sentence per line, then a blank line."""
    from prep.split import sentence_splitter, split_sentences

    cut_offsets = sentence_splitter(cfg.backend)
    for record in records:
        sentences = split_sentences(
            record[text_field], min_sentence_chars=cfg.min_sentence_chars, cut_offsets=cut_offsets
        )
        if not sentences:
            counts["dropped_empty_after_scrub"] += 1
            continue
        block = "\n".join(sentences)  # = format_document(sentences) minus its checks: split_sentences' output
        counts["docs_out"] += 1
        counts["sentences"] += len(sentences)
        counts["chars_out"] += len(block) - len(sentences) + 1
        yield block + "\n\n"


def scrub_split_part(
    parts_dir: str, split_dir: str, scrub_cfg: ScrubConfig, split_cfg: SplitConfig,
    text_field: str, lang_field: str, unit: Unit, dedup_dir: str = "", canaries: CanaryConfig | None = None,
) -> UnitResult:
    """Unit task: one ingested part (JSONL) -> scrubbed, sentence-split text (BERT format).

    With `dedup_dir`, the documents near-dedup dropped from this part are skipped (never scrubbed nor
    written) and counted as `dropped_near_duplicate`. With enabled `canaries`, the result also holds the
    `CanaryTally`'s per-canary counts."""
    name = PART_PATTERN.format(unit.index)
    counts: Counter = Counter()
    records = read_jsonl(Path(parts_dir) / f"{name}.jsonl")
    drops = dropped_positions(dedup_dir, unit.index)
    if drops:
        records = _skip_positions(records, drops, counts)
    tally = None
    if canaries is not None and canaries.enabled and scrub_cfg.mode != "off":
        from prep.canaries import CanaryTally, make_canaries

        tally = CanaryTally(make_canaries(canaries))
    if scrub_cfg.mode == "off":  # the unscrubbed twin of a memorization audit; prep.build warned loudly
        scrubbed = records
    else:
        scrubbed = scrub_records(records, scrub_cfg, text_field, lang_field, counts, tally=tally)
    with atomic_write(Path(split_dir) / f"{name}.txt") as f:
        for block in split_records(scrubbed, split_cfg, text_field, counts):
            f.write(block)
    if tally is not None:
        counts.update(tally.counts)
    return dict(counts)


def _skip_positions(
    records: Iterable[dict[str, Any]], drops: frozenset[int], counts: Counter
) -> Iterator[dict[str, Any]]:
    for position, record in enumerate(records):
        if position in drops:
            counts["dropped_near_duplicate"] += 1
        else:
            yield record


def shard_part(split_dir: str, shard_dir: str, tok_dir: str, cfg: ShardsConfig, seed: int, unit: Unit) -> UnitResult:
    """Unit task: one split part -> one Arrow shard of NSP examples, seeded from (seed, unit).

    Returns the examples written and `sentence_tokens`, the part's {tokens: sentences} histogram
    (string keys: the result is stored as JSON), which the build sums into the manifest.
    """
    text = Path(split_dir) / f"{PART_PATTERN.format(unit.index)}.txt"
    sentence_tokens: Counter = Counter()
    _, examples = shard_text(text, shard_dir, _tokenizer(tok_dir), cfg, seed, unit, sentence_tokens)
    return {"examples": examples, "sentence_tokens": {str(n): c for n, c in sorted(sentence_tokens.items())}}


def shard_text(text: str | Path, shard_dir: str | Path, tokenizer, cfg: ShardsConfig, seed: int,
               unit: Unit, sentence_tokens: Counter | None = None) -> tuple[int, int]:
    """BERT-format text -> the Arrow shard numbered `unit.index`, seeded from (seed, unit): (documents, examples).

    The shard stage's one step, for `prep build` (a split part) and `prep shards` (any split file);
    `sentence_tokens`, when given, counts sentences by length in tokens."""
    from prep.shards import build_shard
    from privbert.build_format import SHARD_PATTERN

    shard_path = Path(shard_dir) / SHARD_PATTERN.format(unit.index)
    return build_shard(Path(text), shard_path, tokenizer, cfg, unit.seed(seed), sentence_tokens)


@cache
def _word_splitter(lowercase: bool) -> tuple[Any, Any]:
    """This process's (normalizer, pre-tokenizer) of the vocabulary, built once."""
    from prep.tokenizer import bert_normalizer, bert_pre_tokenizer

    return bert_normalizer(lowercase), bert_pre_tokenizer()


def count_words_part(texts: tuple[str, ...], words_dir: str, cfg: TokenizerConfig, unit: Unit) -> UnitResult:
    """Unit task: split file `texts[unit.index]` -> its word counts, a record batch per partition."""
    from prep.pii.types import PLACEHOLDERS
    from prep.words import PART_COUNTS, count_files, write_part_counts

    normalizer, pre_tokenizer = _word_splitter(cfg.lowercase)
    counts = count_files([texts[unit.index]], normalizer, pre_tokenizer, exclude=PLACEHOLDERS)
    write_part_counts(counts, Path(words_dir) / PART_COUNTS.format(unit.index), cfg.count_partitions)
    return {"words": sum(counts.values()), "distinct_words": len(counts)}


def merge_word_partition(words_dir: str, n_parts: int, cfg: TokenizerConfig, unit: Unit) -> UnitResult:
    """Unit task: partition `unit.index` of every part's counts -> its most frequent words and its characters."""
    from prep.words import MERGED_CHARS, MERGED_WORDS, PART_COUNTS, char_table, merge_partition, write_merged

    out = Path(words_dir)
    parts = [out / PART_COUNTS.format(i) for i in range(n_parts)]
    top, chars, distinct = merge_partition(parts, unit.index, cfg.count_partitions, cfg.max_words)
    write_merged(out / MERGED_CHARS.format(unit.index), char_table(chars))
    write_merged(out / MERGED_WORDS.format(unit.index), top)
    return {"distinct_words": distinct, "kept_words": top.num_rows}


def train_tokenizer(words_dir: str, tok_dir: str, cfg: TokenizerConfig, max_seq_len: int, unit: Unit) -> UnitResult:
    """Unit task (the only unit of its stage): the partitions' merged word counts -> WordPiece -> tokenizer folder."""
    import shutil

    from prep.pii.types import PLACEHOLDERS
    from prep.tokenizer import save_bert_tokenizer, wordpiece_from_counts
    from prep.words import MERGED_CHARS, MERGED_WORDS, select_top_words, sum_char_files

    final = Path(tok_dir)
    tmp = temporary_name(final)
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.rmtree(final, ignore_errors=True)  # a rerun of an unfinished stage starts clean
    partitions = range(cfg.count_partitions)
    words = select_top_words([Path(words_dir) / MERGED_WORDS.format(p) for p in partitions], cfg.max_words)
    chars = sum_char_files([Path(words_dir) / MERGED_CHARS.format(p) for p in partitions])
    tok = wordpiece_from_counts(words, cfg, chars)
    save_bert_tokenizer(tok, tmp, cfg, PLACEHOLDERS, max_seq_len)
    publish(tmp, final)
    return {"vocab_size": tok.get_vocab_size(), "words_kept": len(words)}
