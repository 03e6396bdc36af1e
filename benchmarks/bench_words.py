"""Word counting for the tokenizer: line by line (before prep/words.py), ~1 MB per Rust call, and
prep.words' count of each distinct token once; per core.

    python -m benchmarks.bench_words                # 30 MB of split text, about a minute on 2 cores
    python -m benchmarks.bench_words --mb 10        # quicker
    python -m benchmarks.bench_words --corpus zipf  # many more distinct words (a harder case)

The split text is `benchmarks.bench_shards.write_corpus`'s (the demo generator's Korean and English,
sentence per line, in parts; its vocabulary is small: few distinct words) or, with `--corpus zipf`,
words drawn from a Zipf law (s = 1.1) over 2 million made-up Korean and Latin words, a quarter with
punctuation attached: far more distinct tokens per MB than real text, the hard case for counting
each distinct token once. Written under `--workdir` and reused when present. Both ways count the
same files in this one process with RAYON_NUM_THREADS=1 (one core), placeholders removed first; the
counts must be equal. Reported: MB/s of wall time and MB per CPU-second (user + system of this
process, which a loaded machine disturbs less); the fastest of `--repeat` runs. The last row is the
build's whole counting stage (`prep.build.tokenizer_stage`'s `words` and `word_merge` units, Arrow files
included, without the WordPiece unit) on `--workers` local processes: MB/s of wall time.
"""

from __future__ import annotations

import argparse
import os
import re
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

os.environ.setdefault("RAYON_NUM_THREADS", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def count_per_line(files: Iterable[str | Path], lowercase: bool, exclude: Sequence[str]) -> Counter:
    """The counting `prep.tokenizer.train_wordpiece` did before prep/words.py: one normalizer and one
    pre-tokenizer call per line (the reference the batched counting is held to, here and in the tests)."""
    from prep.tokenizer import bert_normalizer, bert_pre_tokenizer

    normalizer, pre_tokenizer = bert_normalizer(lowercase), bert_pre_tokenizer()
    drop = re.compile("|".join(re.escape(t) for t in exclude)) if exclude else None
    counts: Counter = Counter()
    for path in files:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if drop is not None:
                    line = drop.sub(" ", line)
                counts.update(w for w, _ in pre_tokenizer.pre_tokenize_str(normalizer.normalize_str(line)))
    return counts


def write_zipf_corpus(directory: Path, megabytes: int, parts: int = 8, seed: int = 5) -> dict:
    """Sentence-per-line parts of Zipf-drawn made-up words; reused if already written."""
    import json

    import numpy as np

    done = directory / "corpus.json"
    if done.is_file():
        return json.loads(done.read_text())
    (directory / "split").mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    syllables = [chr(c) for c in range(0xAC00, 0xAC00 + 2000, 7)] + [
        a + b for a in "bcdfgklmnprstvz" for b in "aeiou"]
    types: dict[int, str] = {}
    punct = [".", ",", "?", "!", ")", "'s", "(", ""]

    def word(rank: int) -> str:
        if rank not in types:
            r = np.random.default_rng(rank)
            w = "".join(syllables[i] for i in r.integers(0, len(syllables), r.integers(1, 5)))
            types[rank] = w.capitalize() if r.random() < 0.1 else w
        return types[rank]

    per_part = megabytes * 1_000_000 // parts
    docs = 0
    for part in range(parts):
        lines, size = [], 0
        while size < per_part:
            ranks = rng.zipf(1.1, 2000)
            ranks = ranks[ranks < 2_000_000]
            tails = rng.integers(0, len(punct) * 4, len(ranks))
            words = [word(int(k)) + (punct[t] if t < len(punct) else "") for k, t in zip(ranks, tails, strict=True)]
            for i in range(0, len(words), 12):
                lines.append(" ".join(words[i:i + 12]))
                size += len(lines[-1].encode("utf-8")) + 1
            lines.append("")
            docs += 1
        (directory / "split" / f"part-{part:05d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    info = {"documents": docs}
    done.write_text(json.dumps(info))
    return info


def count_chunks(files: Iterable[str | Path], lowercase: bool, exclude: Sequence[str]) -> Counter:
    """~1 MB of whole lines per normalizer and pre-tokenizer call (the newline is whitespace to both):
    fewer calls, but still a Python object per word."""
    from operator import itemgetter

    from prep.tokenizer import bert_normalizer, bert_pre_tokenizer
    from prep.words import placeholder_pattern, text_chunks

    normalizer, pre_tokenizer = bert_normalizer(lowercase), bert_pre_tokenizer()
    drop = placeholder_pattern(exclude)
    counts: Counter = Counter()
    for path in files:
        for chunk in text_chunks(path):
            chunk = drop.sub(" ", chunk) if drop is not None else chunk
            counts.update(map(itemgetter(0), pre_tokenizer.pre_tokenize_str(normalizer.normalize_str(chunk))))
    return counts


def _timed(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def main(argv: list[str] | None = None) -> None:
    from benchmarks.bench_shards import write_corpus
    from prep.pii.types import PLACEHOLDERS
    from prep.tokenizer import bert_normalizer, bert_pre_tokenizer
    from prep.words import count_files

    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--mb", type=int, default=30)
    p.add_argument("--docs-per-part", type=int, default=2000)
    p.add_argument("--workdir", default="/tmp/bench_words")
    p.add_argument("--repeat", type=int, default=2)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--corpus", choices=("demo", "zipf"), default="demo")
    args = p.parse_args(argv)
    workdir = Path(args.workdir)
    corpus = workdir / f"{args.corpus}-{args.mb}mb"
    if args.corpus == "demo":
        info = write_corpus(corpus, args.mb, args.docs_per_part)
    else:
        info = write_zipf_corpus(corpus, args.mb)
    files = sorted((corpus / "split").glob("part-*.txt"))
    mb = sum(f.stat().st_size for f in files) / 1e6
    print(f"{mb:.1f} MB of split text in {len(files)} parts ({info['documents']} documents); "
          f"{os.cpu_count()} CPUs, RAYON_NUM_THREADS={os.environ['RAYON_NUM_THREADS']}")
    ways = {
        "line by line (before)": lambda: count_per_line(files, True, PLACEHOLDERS),
        "~1 MB of lines per Rust call": lambda: count_chunks(files, True, PLACEHOLDERS),
        "distinct tokens (prep.words)": lambda: count_files(files, bert_normalizer(True), bert_pre_tokenizer(),
                                                            PLACEHOLDERS),
    }
    best: dict[str, tuple[float, float]] = {}
    results = {}
    for _ in range(args.repeat):  # alternated, so a burst of load hits both
        for name, fn in ways.items():
            results[name], wall, cpu = _timed(fn)
            best[name] = min(best.get(name, (wall, cpu)), (wall, cpu))
    counts = list(results.values())
    assert all(c == counts[0] for c in counts), "the counts differ from the per-line counts"
    print(f"{sum(counts[0].values())} words, {len(counts[0])} distinct: the same counts every way\n")
    print(f"corpus: {args.corpus}")
    print("| counting | MB/s (wall) | MB per CPU-second | vs line by line |")
    print("|---|---:|---:|---:|")
    base = best["line by line (before)"][1]
    for name, (wall, cpu) in best.items():
        print(f"| {name}, 1 core | {mb / wall:.2f} | {mb / cpu:.2f} | {base / cpu:.2f}x |")
    wall = _stage_seconds(files, workdir / "stage", args.workers)
    print(f"| words + word_merge units, {args.workers} local processes | {mb / wall:.2f} | - | - |")


def _nothing(unit) -> dict:
    return {}


def _stage_seconds(files: list[Path], work: Path, workers: int) -> float:
    """Wall seconds of the `words` and `word_merge` units of the build on `files`."""
    import shutil
    from functools import partial

    from prep.config import TokenizerConfig
    from prep.executors import LocalRunner, Unit
    from prep.units import count_words_part, merge_word_partition

    shutil.rmtree(work, ignore_errors=True)
    (work / "words").mkdir(parents=True)
    cfg = TokenizerConfig()
    runner = LocalRunner(workers, progress=lambda msg: None)
    try:
        runner.run(_nothing, [Unit("warm", i) for i in range(workers)], work / "warm")  # start the pool
        t0 = time.perf_counter()
        task = partial(count_words_part, tuple(map(str, files)), str(work / "words"), cfg)
        runner.run(task, [Unit("words", i) for i in range(len(files))], work / "done")
        task = partial(merge_word_partition, str(work / "words"), len(files), cfg)
        runner.run(task, [Unit("word_merge", p) for p in range(cfg.count_partitions)], work / "done")
        return time.perf_counter() - t0
    finally:
        runner.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
