"""Word counting for the tokenizer (prep/words.py) and its three build stages: batched counts equal
per-line counts, and the same tokenizer.json for any worker count, partition count, executor, and after
a resume; the word cap keeps the most frequent words with ties broken by the word."""

import dataclasses
import json
import random
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.bench_words import count_per_line
from prep.build import build, tokenizer_stage
from prep.cli import main
from prep.config import PrepConfig, TokenizerConfig
from prep.executors import LocalRunner
from prep.pii.types import PLACEHOLDERS
from prep.tokenizer import bert_normalizer, bert_pre_tokenizer, save_bert_tokenizer, train_wordpiece
from prep.words import (
    char_counts_of,
    count_files,
    merge_partition,
    partition_of,
    select_top_words,
    top_words,
    write_merged,
    write_part_counts,
)
from tests.prep.executors.test_ray import _cfg as _cfg_of_build  # 60 demo documents, 3 parts, 16 partitions
from tests.prep.executors.test_ray import ray_session  # noqa: F401 -- the fixture: a local Ray, 2 CPUs

ODD_LINES = [
    "plain words, and punctuation!",
    "control \x00chars\x01 here\x07\x1f and DEL\x7f and C1 \x85\x9f end",
    "replacement \ufffd char\ufffd\ufffdglued",
    "CJK 中文字符混合English 漢字かなカナ",
    "combining e\u0301 n\u0303 and cafe\u0301 Å",
    "Korean 서울은 대한민국의 수도이다. 홍길동ㆍ김철수·이영희",
    "call [PERSON]",
    "[PHONE_NUMBER]",
    "write to [EMAIL_ADDRESS] or [PERSON][PERSON]x",
    "carriage\rreturn alone and crlf\r\nnext",
    "final sigma ΟΔΟΣ",
    "ΣΑΣ after",
    "spaces\u00a0nbsp\u3000ideographic\u2028line-sep\u2029para\u200bzwsp\ttab",
    "emoji 👍🏽 and flags 🇰🇷 ZWJ 👨\u200d👩\u200d👧",
    "   ",
    "",
    "ＦＵＬＬＷＩＤＴＨ ﬁ ligature İstanbul ß STRASSE",
    "no newline at the end of the file",
]
ODD_TEXT = "\n".join(ODD_LINES)  # no final newline


@pytest.mark.parametrize("lowercase", [True, False])
@pytest.mark.parametrize(("chunk_chars", "group_chars"), [(1, 1), (7, 7), (64, 30), (1_000_000, 32_000)])
def test_batched_counts_equal_per_line_counts_on_odd_text(tmp_path, lowercase, chunk_chars, group_chars):
    odd = tmp_path / "odd.txt"
    odd.write_bytes(ODD_TEXT.encode("utf-8"))  # bytes: the \r and \r\n stay as written
    shuffled = tmp_path / "shuffled.txt"
    rng = random.Random(1)
    shuffled.write_text("\n".join(rng.sample(ODD_LINES * 5, len(ODD_LINES) * 5)) + "\n", encoding="utf-8")
    files = [odd, shuffled]
    expected = count_per_line(files, lowercase, PLACEHOLDERS)
    got = count_files(files, bert_normalizer(lowercase), bert_pre_tokenizer(), PLACEHOLDERS, chunk_chars, group_chars)
    assert got == expected
    assert "person" not in got and "[" not in got  # placeholders removed before counting
    assert sum(got.values()) > 100


ODD_CHARS = list("aZ9 \t\n\r\x00\x01\x1c\x1f\x7f\x85\xa0\u2028\u3000\u200b\ufffd.,!?'\"-_()[]{}#@ㆍ·∙中文かカ"
                 "가힣\u0301\u0303ΣσςİßﬁＡ👍\u200d\U0001F1F0") + list(PLACEHOLDERS)


@pytest.mark.parametrize("seed", range(5))
def test_counts_equal_per_line_counts_on_random_odd_text(tmp_path, seed):
    rng = random.Random(seed)
    path = tmp_path / "random.txt"
    path.write_bytes("".join(rng.choice(ODD_CHARS) for _ in range(4000)).encode("utf-8"))
    for lowercase in (True, False):
        got = count_files([path], bert_normalizer(lowercase), bert_pre_tokenizer(), PLACEHOLDERS, 50, 40)
        assert got == count_per_line([path], lowercase, PLACEHOLDERS)


def _corpus_files(tmp: Path, n_files: int = 3, lines: int = 400) -> list[str]:
    """Split-like files: sentences of words drawn with a Zipf-like skew, so counts tie and differ."""
    rng = random.Random(7)
    words = [f"w{i}{chr(0xAC00 + i % 400)}" for i in range(300)] + ["the", "of", "서울", "Paris", "ㆍ", "..."]
    weights = [1 / (i + 1) for i in range(len(words))]
    paths = []
    for f in range(n_files):
        path = tmp / f"part-{f:05d}.txt"
        text = "\n".join(" ".join(rng.choices(words, weights, k=rng.randint(3, 12))) for _ in range(lines))
        path.write_text(text + "\n[PERSON] 씨\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def _cfg(**kw) -> TokenizerConfig:
    return TokenizerConfig(vocab_size=400, min_frequency=2, hangul_syllables="none", **kw)


def _staged(tmp: Path, files: list[str], cfg: TokenizerConfig, workers: int = 1) -> bytes:
    runner = LocalRunner(workers, progress=lambda msg: None)
    try:
        tokenizer_stage(cfg, files, tmp / "work", tmp / "tok", 64, runner, log=lambda msg: None)
    finally:
        runner.close()
    assert not (tmp / "work" / "words").exists()  # the counts go once the tokenizer is in place
    assert (tmp / "work" / "done" / "words-00000.json").is_file()  # the markers stay
    return (tmp / "tok" / "tokenizer.json").read_bytes()


def _in_memory(tmp: Path, files: list[str], cfg: TokenizerConfig) -> bytes:
    save_bert_tokenizer(train_wordpiece(files, cfg, PLACEHOLDERS), tmp / "mem", cfg, PLACEHOLDERS, 64)
    return (tmp / "mem" / "tokenizer.json").read_bytes()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return _corpus_files(tmp_path_factory.mktemp("corpus"))


@pytest.mark.parametrize("max_words", [0, 60])
def test_same_tokenizer_for_any_worker_or_partition_count(tmp_path, corpus, max_words):
    expected = _in_memory(tmp_path, corpus, _cfg(max_words=max_words))
    for i, (workers, partitions) in enumerate([(1, 16), (2, 16), (1, 1), (2, 3), (1, 257)]):
        got = _staged(tmp_path / str(i), corpus, _cfg(max_words=max_words, count_partitions=partitions), workers)
        assert got == expected, (workers, partitions)


def test_the_alphabet_comes_from_every_word_not_only_the_kept_ones(tmp_path):
    # kept (max_words=2): aa x10, cc x9; capped away: b, bd, be x8 each. Over every word b (24) and a (20)
    # are the two most frequent characters, so with limit_alphabet=2 "cc" has a character outside the
    # alphabet and is left out; counted over the kept words only, c (18) would have been in instead of b.
    text = tmp_path / "part-00000.txt"
    text.write_text("aa\n" * 10 + "cc\n" * 9 + "b bd be\n" * 8, encoding="utf-8")
    cfg = TokenizerConfig(vocab_size=100, min_frequency=1, limit_alphabet=2, hangul_syllables="none", max_words=2)
    expected = _in_memory(tmp_path, [str(text)], cfg)
    vocab = json.loads(expected)["model"]["vocab"]
    assert "a" in vocab and "c" not in vocab and "##c" not in vocab
    assert _staged(tmp_path / "staged", [str(text)], cfg) == expected


def test_cap_keeps_the_most_frequent_words_ties_by_code_points():
    counts = {"b": 2, "a": 2, "c": 3, "d": 1, "가": 2, "B": 2}
    assert top_words(counts, 3) == {"c": 3, "B": 2, "a": 2}
    assert list(top_words(counts, 0)) == list(counts)  # 0: no cap


@pytest.mark.parametrize("partitions", [1, 2, 5])
@pytest.mark.parametrize("max_words", [0, 1, 4, 100])
def test_partitioned_merge_and_selection_equal_the_in_memory_cap(tmp_path, partitions, max_words):
    rng = random.Random(partitions * 100 + max_words)
    parts = [Counter({f"w{rng.randint(0, 30)}{'가' * rng.randint(0, 2)}": rng.randint(1, 3) for _ in range(40)})
             for _ in range(4)]
    files = []
    for i, counts in enumerate(parts):
        files.append(tmp_path / f"part-{i:05d}.arrow")
        write_part_counts(counts, files[-1], partitions)
    total = sum(parts, Counter())
    merged, chars = [], Counter()
    for p in range(partitions):
        top, part_chars, distinct = merge_partition(files, p, partitions, max_words)
        assert distinct == sum(1 for w in total if partition_of(w, partitions) == p)
        merged.append(tmp_path / f"words-{p:05d}.arrow")
        write_merged(merged[-1], top)
        chars.update(part_chars)
    selected = select_top_words(merged, max_words)
    assert selected == top_words(total, max_words)
    assert list(selected) == sorted(selected, key=lambda w: (-selected[w], w))
    assert chars == char_counts_of(total)  # every word's characters, whatever the cap


def test_part_counts_are_byte_identical_run_to_run(tmp_path):
    counts = Counter({"서울": 3, "paris": 2, "the": 9, "x": 1})
    write_part_counts(counts, tmp_path / "a.arrow", 4)
    write_part_counts(dict(reversed(list(counts.items()))), tmp_path / "b.arrow", 4)
    assert (tmp_path / "a.arrow").read_bytes() == (tmp_path / "b.arrow").read_bytes()
    assert partition_of("서울", 16) == 14  # pinned: CRC-32 of the UTF-8, the same in every process and release


def test_a_part_counted_under_another_partition_count_is_refused(tmp_path):
    write_part_counts({"a": 1}, tmp_path / "p.arrow", 4)
    with pytest.raises(ValueError, match="another tokenizer.count_partitions"):
        merge_partition([tmp_path / "p.arrow"], 0, 8, 0)


def test_cli_tokenizer_runs_the_same_stage(tmp_path, corpus):
    out = tmp_path / "cli"
    assert main(["tokenizer", "--input", *corpus, "--output", str(out), "--set", "tokenizer.vocab_size=400",
                 "--set", "tokenizer.hangul_syllables=none", "--set", "workers=1"]) in (0, None)
    assert (out / "tokenizer.json").read_bytes() == _in_memory(tmp_path, corpus, _cfg())
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []  # its word counts are gone


# --- whole builds: resume after a kill in the counting stage, and Ray ------------------------------------------


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("words_build")
    return tmp, build(_cfg_of_build(tmp, "whole"), log=lambda msg: None)


def _killed_then_resumed(tmp: Path, name: str, task: str, index: int, monkeypatch) -> tuple[PrepConfig, dict, list]:
    """Build `name` with unit `index` of `prep.stages`'s `task` killed, then resume it: (cfg, manifest, log)."""
    import prep.stages as stages_module

    cfg = _cfg_of_build(tmp, name)
    original = getattr(stages_module, task)

    def killed(*args, **kwargs):
        if args[-1].index == index:
            raise KeyboardInterrupt  # a kill, not an error of the data
        return original(*args, **kwargs)

    monkeypatch.setattr(stages_module, task, killed)
    with pytest.raises(KeyboardInterrupt):
        build(cfg, log=lambda msg: None)
    monkeypatch.undo()
    out = Path(cfg.output_dir)
    assert not (out / "tokenizer").exists() and (out / "work" / "words").is_dir()
    messages: list[str] = []
    return cfg, build(cfg, resume=True, log=messages.append), messages


def test_a_build_killed_while_counting_words_resumes_to_the_same_tokenizer(uninterrupted, monkeypatch):
    tmp, whole = uninterrupted
    cfg, resumed, messages = _killed_then_resumed(tmp, "killed", "count_words_part", 1, monkeypatch)
    assert "[words] 1 of 3 units already done, skipping them" in messages
    assert resumed["tokenizer"]["sha256"] == whole["tokenizer"]["sha256"]
    assert [s["sha256"] for s in resumed["shards"]] == [s["sha256"] for s in whole["shards"]]
    out = Path(cfg.output_dir)
    assert not (out / "work" / "words").exists()  # the counts go once the tokenizer is in place
    assert (out / "work" / "done" / "words-00001.json").is_file()  # the markers stay


def test_a_build_killed_while_merging_word_counts_resumes_to_the_same_tokenizer(uninterrupted, monkeypatch):
    tmp, whole = uninterrupted
    _, resumed, messages = _killed_then_resumed(tmp, "killed_merging", "merge_word_partition", 2, monkeypatch)
    assert "[words] 3 of 3 units already done, skipping them" in messages
    assert "[word_merge] 2 of 16 units already done, skipping them" in messages
    assert resumed["tokenizer"]["sha256"] == whole["tokenizer"]["sha256"]


def test_two_workers_build_the_same_tokenizer(uninterrupted):
    tmp, whole = uninterrupted
    other = build(_cfg_of_build(tmp, "two", workers=2), log=lambda msg: None)
    assert other["tokenizer"]["sha256"] == whole["tokenizer"]["sha256"]


@pytest.mark.usefixtures("ray_session")
def test_ray_counts_words_into_the_same_tokenizer(uninterrupted, tmp_path, corpus):
    tmp, whole = uninterrupted
    on_ray = build(_cfg_of_build(tmp, "ray", executor="ray", workers=2), log=lambda msg: None)
    assert on_ray["tokenizer"]["sha256"] == whole["tokenizer"]["sha256"]
    from prep.executors.ray import RayRunner

    runner = RayRunner(num_cpus=2, progress=lambda msg: None)
    cfg = dataclasses.replace(_cfg(max_words=60), count_partitions=3)
    tokenizer_stage(cfg, corpus, tmp_path / "work", tmp_path / "tok", 64, runner, log=lambda msg: None)
    assert (tmp_path / "tok" / "tokenizer.json").read_bytes() == _in_memory(tmp_path, corpus, cfg)
