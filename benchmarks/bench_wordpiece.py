"""WordPiece vocabulary learning: the reference merge loop, `prep/wordpiece.py` and HF's WordPieceTrainer, side by side.

    python -m benchmarks.bench_wordpiece --mb 10 50          # ~10 min on a loaded 2-core machine
    python -m benchmarks.bench_wordpiece --mb 50 --rare-words 1000000   # the long tail of a real corpus

The corpus is `benchmarks.bench_split`'s (the demo generator, mixed Korean/English, reused when present),
its `.txt` form, with `--rare-words` rare words appended (`add_rare_words`). Its words are counted once,
as `prep.tokenizer.train_wordpiece` counts them (BERT normalizer, lowercase, accents kept,
`bert_pre_tokenizer`, a Python call per line: the "count" row), and written as `word<TAB>count` lines.
Each contender then runs in a fresh process:

- `reference`: `tests/prep/wordpiece_reference.py` (the loop before this change) on the counts;
- `fast`: `prep.wordpiece.learn_wordpiece_vocab` on the counts (its vocabulary is compared with the reference's);
- `fast top K`: the same on the K most frequent words only (ties by word), with the share of the uncapped
  vocabulary's tokens it keeps (the figure a `tokenizer.max_words` cap is chosen by);
- `hf`: `tokenizers.Tokenizer.train_from_iterator` with `WordPieceTrainer` (same vocab_size, min_frequency,
  limit_alphabet, normalizer and pre-tokenizer) fed the text's lines: its time includes its own word counting
  (in Rust, on every core), so compare it with `count` + `fast` too.

Seconds are wall-clock (the machine may be shared; CPU seconds beside them). Peak MB is the process's VmHWM;
"over start" subtracts what the process held before the timed call (interpreter, imports, the counts).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.bench_shards import _cpu_seconds, _peak_rss_mb

CONTENDERS = ("reference", "fast", "hf")


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024 / 1e6
    raise RuntimeError("no VmRSS in /proc/self/status (Linux only)")


def count_words(text: Path, counts_path: Path) -> dict:
    """The text's word counts as `train_wordpiece` makes them, written as `word<TAB>count` lines."""
    from collections import Counter

    from tokenizers import normalizers

    from prep.tokenizer import bert_pre_tokenizer

    normalizer = normalizers.BertNormalizer(clean_text=True, handle_chinese_chars=True, strip_accents=False,
                                            lowercase=True)
    pre = bert_pre_tokenizer()
    t0, c0 = time.perf_counter(), _cpu_seconds()
    counts: Counter[str] = Counter()
    with open(text, encoding="utf-8") as f:
        for line in f:
            counts.update(w for w, _ in pre.pre_tokenize_str(normalizer.normalize_str(line)))
    seconds, cpu = time.perf_counter() - t0, _cpu_seconds() - c0
    with open(counts_path, "w", encoding="utf-8", newline="\n") as f:
        f.writelines(f"{w}\t{n}\n" for w, n in counts.items())
    return {"seconds": seconds, "cpu_s": cpu, "words": len(counts)}


def _read_counts(path: Path, top: int | None):
    from collections import Counter

    counts: Counter[str] = Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            w, n = line.rstrip("\n").rsplit("\t", 1)
            counts[w] = int(n)
    if top is not None and top < len(counts):
        counts = Counter(dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]))
    return counts


def child(args: argparse.Namespace) -> None:
    """One contender in this (fresh) process; prints its figures as JSON and writes its vocabulary."""
    if args.child == "hf":
        from tokenizers import Tokenizer, models, normalizers, trainers

        from prep.tokenizer import bert_pre_tokenizer
        from prep.wordpiece import SPECIAL_TOKENS

        tok = Tokenizer(models.WordPiece(unk_token="[UNK]"))
        tok.normalizer = normalizers.BertNormalizer(clean_text=True, handle_chinese_chars=True, strip_accents=False,
                                                    lowercase=True)
        tok.pre_tokenizer = bert_pre_tokenizer()
        trainer = trainers.WordPieceTrainer(vocab_size=args.vocab_size, min_frequency=args.min_frequency,
                                            limit_alphabet=args.limit_alphabet, special_tokens=list(SPECIAL_TOKENS),
                                            show_progress=False)

        def batches():
            with open(args.text, encoding="utf-8") as f:
                batch = []
                for line in f:
                    batch.append(line)
                    if len(batch) == 1000:
                        yield batch
                        batch = []
                yield batch

        start, words = _rss_mb(), None
        t0, c0 = time.perf_counter(), _cpu_seconds()
        tok.train_from_iterator(batches(), trainer)
        vocab = tok.get_vocab()
    else:
        if args.child == "reference":
            from tests.prep.wordpiece_reference import learn_wordpiece_vocab
        else:
            from prep.wordpiece import learn_wordpiece_vocab
        counts = _read_counts(Path(args.counts), args.top)
        start, words = _rss_mb(), len(counts)
        t0, c0 = time.perf_counter(), _cpu_seconds()
        vocab = learn_wordpiece_vocab(counts, args.vocab_size, args.min_frequency, args.limit_alphabet)
    seconds, cpu = time.perf_counter() - t0, _cpu_seconds() - c0
    peak = _peak_rss_mb()
    Path(args.vocab_out).write_text(json.dumps(sorted(vocab, key=vocab.get), ensure_ascii=False), encoding="utf-8")
    print(json.dumps({"seconds": seconds, "cpu_s": cpu, "peak_mb": peak, "over_start_mb": peak - start,
                      "words": words, "tokens": len(vocab)}))


def run_child(name: str, args: argparse.Namespace, text: Path, counts: Path, vocab_out: Path,
              top: int | None = None) -> dict:
    cmd = [sys.executable, "-m", "benchmarks.bench_wordpiece", "--child", name, "--text", str(text),
           "--counts", str(counts), "--vocab-out", str(vocab_out), "--vocab-size", str(args.vocab_size),
           "--min-frequency", str(args.min_frequency), "--limit-alphabet", str(args.limit_alphabet)]
    if top is not None:
        cmd += ["--top", str(top)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{name} failed: {proc.stderr.strip()[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def add_rare_words(text: Path, out: Path, n_words: int, seed: int = 0) -> Path:
    """`text` plus `n_words` rare words (1-4 times each) spliced from a prefix and a suffix of two of its words.

    The demo generator's vocabulary saturates (41 k distinct words at 50 MB) where real text keeps adding rare
    words (the issue's 620 MB build had 2 M): this long tail is what the merge loop's memory grows with.
    """
    import random

    if out.is_file() and out.stat().st_mtime > text.stat().st_mtime:
        return out
    rng = random.Random(seed)
    with open(text, encoding="utf-8") as f:
        pool = f.read(5_000_000).split()
    with open(out, "w", encoding="utf-8", newline="\n") as dst, open(text, encoding="utf-8") as src:
        dst.writelines(src)
        for _ in range(n_words):
            a, b = rng.choice(pool), rng.choice(pool)
            word = a[:rng.randint(1, len(a))] + b[rng.randrange(len(b)):]
            dst.write(" ".join([word] * min(4, int(rng.expovariate(1.5)) + 1)) + "\n")
    return out


def bench_size(mb: int, args: argparse.Namespace) -> list[str]:
    from benchmarks.bench_split import write_corpora

    workdir = Path(args.workdir) / f"{mb}mb"
    text = write_corpora(workdir, mb)["txt"]
    if args.rare_words:
        text = add_rare_words(text, workdir / f"corpus+{args.rare_words}.txt", args.rare_words)
        workdir = workdir / f"rare{args.rare_words}"
        workdir.mkdir(exist_ok=True)
    counts = workdir / "counts.tsv"
    counted = count_words(text, counts)
    text_mb = text.stat().st_size / 1e6
    rows = [f"| {text_mb:.0f} | count (prep's line loop) | {counted['seconds']:.1f} | {counted['cpu_s']:.1f} "
            f"| - | - | {counted['words']:,} | - | - |"]
    vocabs = {}
    names = [c for c in CONTENDERS if c != "reference" or args.reference]
    for name in names:
        out = workdir / f"vocab-{name}.json"
        r = run_child(name, args, text, counts, out)
        vocabs[name] = json.loads(out.read_text(encoding="utf-8"))
        same = "-"
        if name == "fast" and "reference" in vocabs:
            same = "yes" if vocabs["fast"] == vocabs["reference"] else "**NO**"
        words = f"{r['words']:,}" if r["words"] is not None else "(counts itself)"
        rows.append(f"| {text_mb:.0f} | {name} | {r['seconds']:.1f} | {r['cpu_s']:.1f} | {r['peak_mb']:.0f} "
                    f"| {r['over_start_mb']:.0f} | {words} | {r['tokens']:,} | {same} |")
        print(rows[-1], file=sys.stderr, flush=True)
    full = set(vocabs["fast"])
    for top in args.caps:
        if top >= counted["words"]:
            continue
        out = workdir / f"vocab-top{top}.json"
        r = run_child("fast", args, text, counts, out, top)
        kept = len(full & set(json.loads(out.read_text(encoding="utf-8")))) / len(full)
        rows.append(f"| {text_mb:.0f} | fast, top {top:,} words | {r['seconds']:.1f} | {r['cpu_s']:.1f} "
                    f"| {r['peak_mb']:.0f} | {r['over_start_mb']:.0f} | {r['words']:,} | {r['tokens']:,} "
                    f"| {kept:.3f} of uncapped |")
        print(rows[-1], file=sys.stderr, flush=True)
    return rows


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="python -m benchmarks.bench_wordpiece", description=__doc__.splitlines()[0])
    p.add_argument("--mb", type=int, nargs="+", default=[10, 50], help="corpus sizes in MB of JSONL")
    p.add_argument("--workdir", default="/tmp/bench_wordpiece")
    p.add_argument("--vocab-size", type=int, default=32000)
    p.add_argument("--min-frequency", type=int, default=2)
    p.add_argument("--limit-alphabet", type=int, default=3000)
    p.add_argument("--caps", type=int, nargs="*", default=[100_000, 250_000, 500_000],
                   help="top-K word caps to run the fast loop on (skipped when K >= the distinct words)")
    p.add_argument("--rare-words", type=int, default=0,
                   help="append this many rare spliced words to the text (a real corpus's long tail)")
    p.add_argument("--no-reference", dest="reference", action="store_false", help="skip the slow reference loop")
    p.add_argument("--child", choices=CONTENDERS, help=argparse.SUPPRESS)
    for name in ("--text", "--counts", "--vocab-out"):
        p.add_argument(name, help=argparse.SUPPRESS)
    p.add_argument("--top", type=int, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        child(args)
        return
    rows = ["| text MB | contender | seconds | CPU s | peak MB | over start MB | distinct words | tokens "
            "| same as reference / overlap |", "|---|---|---|---|---|---|---|---|---|"]
    for mb in args.mb:
        rows += bench_size(mb, args)
    print(f"vocab_size={args.vocab_size} min_frequency={args.min_frequency} limit_alphabet={args.limit_alphabet}")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
