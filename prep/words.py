"""Word counts for the tokenizer: counted per split part, shuffled by word into partitions, merged, capped.

Three steps, each a unit of the build (`prep.units`, `prep.stages.tokenizer_stage`):

    count   (per part)       the words of one split file -> `part-NNNNN.arrow`: one record batch per
                             partition (word, count), the partition chosen by `partition_of(word)`
    merge   (per partition)  that batch of every part summed -> the partition's characters and its
                             `max_words` most frequent words, sorted by (count desc, word asc)
    select  (one)            a k-way merge of the sorted partitions -> the global `max_words` words

Since every word lives in exactly one partition, the global top `max_words` are among the partitions'
tops, so the words kept (and the vocabulary) are the same for any number of partitions, parts or
workers. The characters are counted over every word, before any cap, so the alphabet is the corpus's.

The text is not sent to the Rust normalizer and pre-tokenizer line by line (~2 MB/s, a Python call
and a Python object per word): it is cut at spaces and newlines into tokens, counted in Python (C
speed), and each *distinct* token is normalized and pre-tokenized once, many tokens per call, its
words counted as often as the token. That is exact: both steps act on each character alone (clean
text, CJK spacing, per-character lower-casing: no final sigma; whitespace split, punctuation and
middle dots cut out) and both treat a space and a newline as whitespace, so cutting there first
changes no word (tests/prep/test_words.py holds it to per-line counting on odd text, fixed and
random). Cutting at every Python whitespace instead would not be exact: the normalizer deletes
U+0085 and U+001C-U+001F as control characters, gluing their neighbours. The partition hash is zlib's
CRC-32 of the word's UTF-8, the same in every process (Python's `hash` is salted per process).
"""

from __future__ import annotations

import heapq
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from operator import itemgetter
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from prep.arrow_files import publish_table, read_table
from privbert.io import publish, temporary_name

CHUNK_CHARS = 1_000_000  # characters of text read and split into tokens at once
TOKEN_GROUP_CHARS = 32_000  # characters of distinct tokens per normalizer / pre-tokenizer call
MERGE_FAN_IN = 32  # parts' batches concatenated before each re-aggregation of a partition
ROWS_PER_BATCH = 1 << 16  # rows per record batch of a merged partition (read back batch by batch)
WORD_SCHEMA = pa.schema([("word", pa.string()), ("count", pa.int64())])
CHAR_SCHEMA = pa.schema([("char", pa.string()), ("count", pa.int64())])
PART_COUNTS = "part-{:05d}.arrow"  # one split part's counts, a batch per partition
MERGED_WORDS = "words-{:05d}.arrow"  # one partition's most frequent words, sorted
MERGED_CHARS = "chars-{:05d}.arrow"  # one partition's character counts (every word of it)


# ---------------------------------------------------------------- counting: pure cores


def placeholder_pattern(exclude: Sequence[str]) -> re.Pattern | None:
    """The pattern of the placeholders removed before counting (they become whole tokens later)."""
    return re.compile("|".join(re.escape(t) for t in exclude)) if exclude else None


def count_tokens(text: str, drop: re.Pattern | None, tokens: Counter) -> None:
    """Add the space-separated tokens of `text` (whole lines) to `tokens`, placeholders (`drop`) removed."""
    if drop is not None:
        text = drop.sub(" ", text)
    tokens.update(text.replace("\n", " ").split(" "))


def words_of_tokens(tokens: Mapping[str, int], normalizer, pre_tokenizer,
                    group_chars: int = TOKEN_GROUP_CHARS) -> Counter:
    """The words of counted tokens: each distinct token normalized and pre-tokenized once, its words
    counted as often as the token. Tokens of one count go to the Rust calls together, `group_chars`
    characters at a time (joined by spaces, which both treat as whitespace)."""
    by_count: dict[int, list[str]] = {}
    for token, n in tokens.items():
        if token:
            by_count.setdefault(n, []).append(token)
    counts: Counter = Counter()
    for n, group in by_count.items():
        start = 0
        while start < len(group):
            end, size = start, 0
            while end < len(group) and (end == start or size + len(group[end]) < group_chars):
                size += len(group[end]) + 1
                end += 1
            text = normalizer.normalize_str(" ".join(group[start:end]))
            found = Counter(map(itemgetter(0), pre_tokenizer.pre_tokenize_str(text)))
            if n == 1:
                counts.update(found)
            else:
                for word, k in found.items():
                    counts[word] += k * n
            start = end
    return counts


def text_chunks(path: str | Path, chunk_chars: int = CHUNK_CHARS) -> Iterator[str]:
    """The file's text in runs of whole lines of about `chunk_chars` characters, read as `for line in f`
    reads it (universal newlines: a lone `\r` ends a line too)."""
    with open(path, encoding="utf-8") as f:
        while lines := f.readlines(chunk_chars):
            yield "".join(lines)


def count_files(
    files: Iterable[str | Path], normalizer, pre_tokenizer, exclude: Sequence[str] = (),
    chunk_chars: int = CHUNK_CHARS, group_chars: int = TOKEN_GROUP_CHARS,
) -> Counter:
    """Every word of sentence-per-line `files` with its count (their distinct tokens held at once)."""
    drop = placeholder_pattern(exclude)
    tokens: Counter = Counter()
    for path in files:
        for chunk in text_chunks(path, chunk_chars):
            count_tokens(chunk, drop, tokens)
    return words_of_tokens(tokens, normalizer, pre_tokenizer, group_chars)


def char_counts_of(word_counts: Mapping[str, int]) -> Counter:
    """How often each character occurs in the counted words."""
    chars: Counter = Counter()
    for word, n in word_counts.items():
        for ch in word:
            chars[ch] += n
    return chars


def partition_of(word: str, partitions: int) -> int:
    """The partition of `word`: stable across processes, machines and runs."""
    return zlib.crc32(word.encode("utf-8")) % partitions


def rank_key(item: tuple[str, int]) -> tuple[int, str]:
    """(count desc, word asc): the order in which words are kept."""
    return -item[1], item[0]


def top_words(word_counts: Mapping[str, int], max_words: int) -> dict[str, int]:
    """The `max_words` most frequent words (ties: by code points); all of them if `max_words` is 0."""
    if not max_words or len(word_counts) <= max_words:
        return dict(word_counts)
    return dict(heapq.nsmallest(max_words, word_counts.items(), key=rank_key))


# ---------------------------------------------------------------- the files of the three steps


def write_part_counts(counts: Mapping[str, int], path: str | Path, partitions: int) -> None:
    """One part's counts as an Arrow IPC file of `partitions` record batches (batch p: partition p,
    words in code-point order), written under a temporary name and renamed into place."""
    buckets: list[list[str]] = [[] for _ in range(partitions)]
    for word in counts:
        buckets[partition_of(word, partitions)].append(word)
    tmp = temporary_name(path)
    with pa.OSFile(str(tmp), "wb") as sink, pa.ipc.new_file(sink, WORD_SCHEMA) as writer:
        for words in buckets:
            words.sort()
            writer.write_batch(pa.record_batch([pa.array(words, pa.string()),
                                                pa.array([counts[w] for w in words], pa.int64())],
                                               schema=WORD_SCHEMA))
    publish(tmp, path)


def read_partition(path: str | Path, partition: int, partitions: int) -> pa.Table:
    """Batch `partition` of one part's counts file, checked to hold `partitions` batches."""
    with pa.memory_map(str(path)) as source:
        reader = pa.ipc.open_file(source)
        if reader.num_record_batches != partitions:
            raise ValueError(
                f"{path} holds {reader.num_record_batches} partitions, the build counts {partitions}; "
                "it was written under another tokenizer.count_partitions: rerun the build with --overwrite"
            )
        return pa.Table.from_batches([reader.get_batch(partition)], schema=WORD_SCHEMA)


def sum_counts(tables: Sequence[pa.Table]) -> pa.Table:
    """The tables' (word, count) rows with each word once, its counts summed."""
    table = pa.concat_tables(tables)
    summed = table.group_by("word").aggregate([("count", "sum")])
    return summed.rename_columns(["word", "count"]).cast(WORD_SCHEMA)


def merge_partition(part_files: Sequence[str | Path], partition: int, partitions: int,
                    max_words: int) -> tuple[pa.Table, Counter, int]:
    """Partition `partition` over every part: (its `max_words` most frequent words sorted by (count
    desc, word asc), the character counts of all its words, how many distinct words it has). Summed
    `MERGE_FAN_IN` parts at a time, so memory holds the partition's distinct words plus that many parts'
    batches."""
    total = pa.table({"word": pa.array([], pa.string()), "count": pa.array([], pa.int64())})
    for start in range(0, len(part_files), MERGE_FAN_IN):
        batch = [read_partition(p, partition, partitions) for p in part_files[start:start + MERGE_FAN_IN]]
        total = sum_counts([total, *batch])
    chars = char_counts_of(dict(zip(total.column("word").to_pylist(), total.column("count").to_pylist(),
                                    strict=True)))
    order = pc.sort_indices(total, sort_keys=[("count", "descending"), ("word", "ascending")])
    if max_words:
        order = order[:max_words]
    return total.take(order).combine_chunks(), chars, total.num_rows


def write_merged(path: str | Path, table: pa.Table) -> None:
    """A merged partition's words (or characters), in record batches of `ROWS_PER_BATCH` rows: the k-way
    merge reads them back one batch at a time."""
    publish_table(path, table, ROWS_PER_BATCH)


def char_table(chars: Mapping[str, int]) -> pa.Table:
    ordered = sorted(chars)
    return pa.table([pa.array(ordered, pa.string()), pa.array([chars[c] for c in ordered], pa.int64())],
                    schema=CHAR_SCHEMA)


def _sorted_rows(path: str | Path) -> Iterator[tuple[int, str]]:
    """(-count, word) of a merged partition file, one record batch in memory at a time."""
    with pa.memory_map(str(path)) as source:
        reader = pa.ipc.open_file(source)
        for i in range(reader.num_record_batches):
            batch = reader.get_batch(i)
            for word, n in zip(batch.column(0).to_pylist(), batch.column(1).to_pylist(), strict=True):
                yield -n, word


def select_top_words(merged_files: Sequence[str | Path], max_words: int) -> dict[str, int]:
    """The global `max_words` most frequent words (0: all) from the partitions' sorted files, by a
    k-way merge that holds one record batch per partition besides the words kept."""
    rows = heapq.merge(*(_sorted_rows(p) for p in merged_files))
    return {word: -neg for neg, word in islice(rows, max_words or None)}


def sum_char_files(char_files: Sequence[str | Path]) -> Counter:
    """Every partition's character counts summed: those of the whole corpus."""
    chars: Counter = Counter()
    for path in char_files:
        table = read_table(path)
        for ch, n in zip(table.column("char").to_pylist(), table.column("count").to_pylist(), strict=True):
            chars[ch] += n
    return chars
