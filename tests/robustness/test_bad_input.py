"""Bad input, one row per case: a clear error (exit 2, `error: ...` naming the file and the fix) or a counted skip.

Every case runs a real command line (`prep.cli.main` / `train.cli.main`, the code `python -m prep|train`
runs, in this process so the 40-odd cases share one Presidio start-up): mostly a whole `prep build`
of a small valid corpus plus the bad file. A case that completes must reconcile its counts:
`docs_in == docs_out + dropped_total` in the manifest (or in the printed counts of `prep split`).
A case that fails must exit 2 with one `error:` line and no traceback, leave no manifest, and leave
no file under a final name in the shards folder. The full-disk cases run the build on a real
80 KB and 120 KB tmpfs (full while scrubbing, full while writing shards) where the system permits a
private mount (`unshare -m`), then give it room and resume; and in any case in-process, with the
shard writer's file made to fail with ENOSPC in its last write.

Table legend: `files` are written into the case's folder; `inputs` are added to input.paths after
the valid corpus; `Skip(counts)` = the build completes and these counts appear; `Error(*texts)` =
exit 2 and the error line holds every text (`{dir}` is the case's folder).
"""

from __future__ import annotations

import errno
import gzip
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.robustness.conftest import ROOT, cli_env, toml_text

VALID_DOCS = [
    {"id": f"v{i}", "text": text}
    for i, text in enumerate([
        "The river flooded the village in spring. Farmers moved their cattle to the hills.",
        "계약 해지는 서면으로 통지해야 합니다. 통지 후 30일이 지나면 효력이 생깁니다.",
        "Refund requests are handled by the billing department. They answer within three days.",
        "지구는 태양 주위를 1년에 한 번 돈다. 달은 지구 주위를 돈다.",
        "The central bank raised interest rates. Inflation slowed in the following months.",
        "회의는 오후 세 시에 시작합니다. 자료는 미리 읽어 오세요.",
        "A good bread needs time to rise. Bakers start before dawn every day.",
        "도서관은 주말에도 문을 엽니다. 대출 기간은 2주입니다.",
    ])
]
VALID_JSONL = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in VALID_DOCS).encode()
GOOD = {"id": "g", "text": "One more good document. It has two sentences."}


def jl(*objects) -> bytes:
    return "".join((o if isinstance(o, str) else json.dumps(o, ensure_ascii=False)) + "\n" for o in objects).encode()


def _zstd(data: bytes) -> bytes:
    zstandard = pytest.importorskip("zstandard")
    return zstandard.ZstdCompressor().compress(data)


@dataclass(frozen=True)
class Skip:
    counts: dict[str, int]
    warns: tuple[str, ...] = ()  # substrings of stderr (`{dir}` = the case folder)


@dataclass(frozen=True)
class Error:
    texts: tuple[str, ...]

    def __init__(self, *texts: str):
        object.__setattr__(self, "texts", texts)


@dataclass(frozen=True)
class Case:
    files: dict[str, bytes | Callable[[Path], None]] = field(default_factory=dict)
    inputs: tuple[str, ...] = ()  # added to input.paths after the valid corpus
    settings: dict[str, dict] = field(default_factory=dict)  # config sections merged over the base
    command: str = "build"  # build | split | scrub | tokenizer | shards | train
    args: tuple[str, ...] = ()  # extra CLI arguments (`{dir}` = the case folder)
    expect: Skip | Error = Skip({})


def _mkdir(name: str) -> Callable[[Path], None]:
    return lambda d: (d / name).mkdir()


def _dangling(name: str) -> Callable[[Path], None]:
    return lambda d: (d / name).symlink_to(d / "nowhere" / "x.jsonl")


def _fifo(name: str) -> Callable[[Path], None]:
    return lambda d: os.mkfifo(d / name)


def _other_build(d: Path) -> None:
    (d / "out" / "work").mkdir(parents=True)
    (d / "out" / "work" / "config.json").write_text(json.dumps({"seed": 1, "input": {"paths": ["elsewhere"]}}))
    (d / "out" / "manifest.json").write_text("{}")


def _unreadable(name: str) -> Callable[[Path], None]:
    def make(d: Path) -> None:
        (d / name).write_bytes(jl(GOOD))
        (d / name).chmod(0)
        try:
            (d / name).read_bytes()
        except PermissionError:
            return
        pytest.skip("running as root: chmod 000 does not block reads (covered by the folder, FIFO and "
                    "dangling-symlink cases)")

    return make


CASES: dict[str, Case] = {
    # ---- files that are not text, or hold nothing: counted, the build goes on
    "empty-txt": Case({"empty.txt": b""}, ("{dir}/empty.txt",),
                      expect=Skip({"files_empty": 1}, ("{dir}/empty.txt holds no document",))),
    "whitespace-only-jsonl": Case({"blank.jsonl": b"\n  \n\t\n"}, ("{dir}/blank.jsonl",),
                                  expect=Skip({"files_empty": 1})),
    "empty-gz": Case({"e.jsonl.gz": b""}, ("{dir}/e.jsonl.gz",), expect=Skip({"files_empty": 1})),
    "binary-png-as-txt": Case({"img.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8},
                              ("{dir}/img.txt",), expect=Skip({"dropped_binary_file": 1}, ("{dir}/img.txt is not",))),
    "binary-nul-bytes-jsonl": Case({"nul.jsonl": b'{"text": "a"}\n\x00\x00\x00\x00binary\x00'}, ("{dir}/nul.jsonl",),
                                   expect=Skip({"dropped_binary_file": 1})),
    "utf16-text": Case({"u16.txt": "안녕하세요. 반갑습니다.".encode("utf-16")}, ("{dir}/u16.txt",),
                       expect=Skip({"dropped_binary_file": 1})),
    "garbage-parquet": Case({"g.parquet": b"PAR1 not really parquet"}, ("{dir}/g.parquet",),
                            expect=Skip({"dropped_binary_file": 1})),
    # ---- bad JSONL lines: counted by reason, with file:line
    "jsonl-not-json": Case({"b.jsonl": jl(GOOD, "this is not json")}, ("{dir}/b.jsonl",),
                           expect=Skip({"dropped_bad_json": 1}, ("{dir}/b.jsonl:2: not JSON",))),
    "jsonl-truncated-object": Case({"b.jsonl": jl(GOOD, '{"text": "cut in the mid')}, ("{dir}/b.jsonl",),
                                   expect=Skip({"dropped_bad_json": 1})),
    "jsonl-nested-100k-deep": Case({"b.jsonl": jl(GOOD, "[" * 100_000 + "]" * 100_000)}, ("{dir}/b.jsonl",),
                                   expect=Skip({"dropped_bad_json": 1}, ("nested too deeply",))),
    "jsonl-list-not-object": Case({"b.jsonl": jl(GOOD, ["a", "list"])}, ("{dir}/b.jsonl",),
                                  expect=Skip({"dropped_not_an_object": 1}, ("{dir}/b.jsonl:2: a JSON list",))),
    "jsonl-string-not-object": Case({"b.jsonl": jl(GOOD, '"just a string"')}, ("{dir}/b.jsonl",),
                                    expect=Skip({"dropped_not_an_object": 1})),
    "jsonl-missing-text-field": Case({"b.jsonl": jl(GOOD, {"id": 1, "body": "wrong field"})}, ("{dir}/b.jsonl",),
                                     expect=Skip({"dropped_no_text": 1}, ("no string field 'text'",))),
    "jsonl-text-null": Case({"b.jsonl": jl(GOOD, {"text": None})}, ("{dir}/b.jsonl",),
                            expect=Skip({"dropped_no_text": 1})),
    "jsonl-text-number": Case({"b.jsonl": jl(GOOD, {"text": 42})}, ("{dir}/b.jsonl",),
                              expect=Skip({"dropped_no_text": 1})),
    "jsonl-text-object": Case({"b.jsonl": jl(GOOD, {"text": {"nested": "x"}})}, ("{dir}/b.jsonl",),
                              expect=Skip({"dropped_no_text": 1})),
    # ---- encodings and odd characters
    "invalid-utf8-repaired": Case({"b.txt": b"Caf\xe9 au lait. It is good.\n\nAnother \xff\xfe doc here.\n"},
                                  ("{dir}/b.txt",), expect=Skip({"repaired_invalid_utf8": 2}, ("{dir}/b.txt:1:",))),
    "invalid-utf8-dropped": Case({"b.jsonl": b'{"text": "caf\xe9 ok."}\n'}, ("{dir}/b.jsonl",),
                                 settings={"input": {"invalid_utf8": "drop"}},
                                 expect=Skip({"dropped_invalid_utf8": 1})),
    "cp949-korean": Case({"k.txt": "한국어 문서입니다. 인코딩이 다릅니다.".encode("cp949")}, ("{dir}/k.txt",),
                         expect=Skip({"repaired_invalid_utf8": 1})),
    "lone-surrogate-escape": Case({"s.jsonl": jl('{"text": "lone \\ud800 surrogate. Then more text."}')},
                                  ("{dir}/s.jsonl",), expect=Skip({})),
    "control-chars-only": Case({"c.jsonl": jl({"text": "\u0000\u0001\u200b\u00ad\u0007  "})}, ("{dir}/c.jsonl",),
                               expect=Skip({"dropped_empty": 1})),
    "utf8-bom-and-crlf": Case({"b.txt": b"\xef\xbb\xbfFirst line.\r\nSecond line.\r\n\r\nNext doc.\r\n"},
                              ("{dir}/b.txt",), expect=Skip({})),
    # ---- sizes
    "huge-line-skipped-while-reading": Case({"h.txt": b"Small doc.\n\n" + b"word " * 1_000_000}, ("{dir}/h.txt",),
                                            settings={"input": {"max_chars": 10_000}},
                                            expect=Skip({"dropped_too_long": 1}, ("{dir}/h.txt:3: longer than",))),
    "huge-jsonl-line": Case({"h.jsonl": jl(GOOD, {"text": "word " * 1_000_000})}, ("{dir}/h.jsonl",),
                            settings={"input": {"max_chars": 10_000}},
                            expect=Skip({"dropped_too_long": 1}, ("{dir}/h.jsonl:2: line longer than",))),
    "word-of-100k-letters": Case({"w.jsonl": jl({"text": "a" * 100_000 + ". Short one."})}, ("{dir}/w.jsonl",),
                                 expect=Skip({})),
    "too-short": Case({"s.jsonl": jl({"text": "Hi."})}, ("{dir}/s.jsonl",), settings={"input": {"min_chars": 10}},
                      expect=Skip({"dropped_too_short": 1})),
    "duplicates-across-files": Case({"d.jsonl": VALID_JSONL}, ("{dir}/d.jsonl",),
                                    expect=Skip({"dropped_duplicate": len(VALID_DOCS)})),
    # ---- compression
    "gz-that-is-not-gzip": Case({"f.jsonl.gz": b"plain text, not gzip"}, ("{dir}/f.jsonl.gz",),
                                expect=Error("{dir}/f.jsonl.gz", "cannot be decompressed", "re-create it")),
    "gz-truncated": Case({"t.jsonl.gz": gzip.compress(VALID_JSONL * 50)[:200]}, ("{dir}/t.jsonl.gz",),
                         expect=Error("{dir}/t.jsonl.gz", "cannot be decompressed")),
    "zst-truncated": Case({"t.jsonl.zst": lambda d: (d / "t.jsonl.zst").write_bytes(_zstd(VALID_JSONL * 50)[:-20])},
                          ("{dir}/t.jsonl.zst",), expect=Error("{dir}/t.jsonl.zst", "cannot be decompressed")),
    "zst-that-is-not-zstd": Case({"n.jsonl.zst": b"not zstd at all"}, ("{dir}/n.jsonl.zst",),
                                 expect=Error("{dir}/n.jsonl.zst", "cannot be decompressed")),
    # ---- paths
    "missing-file": Case({}, ("{dir}/absent.jsonl",), expect=Error("{dir}/absent.jsonl", "does not exist")),
    "glob-matching-nothing": Case({}, ("{dir}/*.nothing.jsonl",), expect=Error("{dir}/*.nothing.jsonl")),
    "unsupported-suffix": Case({"t.csv": b"a,b\n"}, ("{dir}/t.csv",), expect=Error("{dir}/t.csv", "unsupported")),
    "folder-named-like-a-file": Case({"dir.jsonl": _mkdir("dir.jsonl")}, ("{dir}/dir.jsonl",),
                                     expect=Error("{dir}/dir.jsonl", "matches no file")),
    "dangling-symlink": Case({"link.jsonl": _dangling("link.jsonl")}, ("{dir}/link.jsonl",),
                             expect=Error("{dir}/link.jsonl", "does not exist")),
    "fifo-instead-of-file": Case({"pipe.jsonl": _fifo("pipe.jsonl")}, ("{dir}/pipe.jsonl",),
                                 expect=Error("{dir}/pipe.jsonl", "not a file")),
    "unreadable-chmod-000": Case({"locked.jsonl": _unreadable("locked.jsonl")}, ("{dir}/locked.jsonl",),
                                 expect=Error("{dir}/locked.jsonl")),
    "parquet-without-text-column": Case(
        {"p.parquet": lambda d: __import__("pyarrow.parquet").parquet.write_table(
            __import__("pyarrow").table({"body": ["x"]}), d / "p.parquet")},
        ("{dir}/p.parquet",), expect=Error("{dir}/p.parquet", "no column 'text'", "input.text_field")),
    "nothing-survives": Case({"only.jsonl": jl({"text": "   "})}, settings={"input": {"paths": ["{dir}/only.jsonl"]}},
                             expect=Error("no document survived ingestion", "input.paths")),
    # ---- configuration
    "vocab-size-zero": Case(settings={"tokenizer": {"vocab_size": 0}}, expect=Error("tokenizer.vocab_size", "found 0")),
    "max-seq-len-3": Case(settings={"shards": {"max_seq_len": 3}}, expect=Error("shards.max_seq_len", "found 3")),
    "docs-per-part-zero": Case(settings={"input": {"docs_per_part": 0}}, expect=Error("input.docs_per_part")),
    "unknown-config-key": Case(args=("--set", "tokenizer.vocab=100"), expect=Error("unknown key", "vocab_size")),
    "config-value-of-wrong-type": Case(args=("--set", "seed=abc"), expect=Error("seed", "expected int")),
    "config-file-not-toml": Case({"bad.toml": b"seed = [\n"}, args=("--config", "{dir}/bad.toml"),
                                 expect=Error("{dir}/bad.toml", "not valid TOML")),
    # ---- the output folder
    "output-holds-another-build": Case({"out": _other_build}, expect=Error("{dir}/out", "not empty", "--overwrite")),
    "resume-another-build": Case({"out": _other_build}, args=("--resume",),
                                 expect=Error("{dir}/out", "another config", "--overwrite")),
    "output-is-a-file": Case({"out": b"a file"}, expect=Error("{dir}/out", "is a file")),
    "output-under-a-file": Case({"f": b"a file"}, settings={"": {"output_dir": "{dir}/f/out"}},
                                expect=Error("{dir}/f", "Not a directory")),
    # ---- the other stages' command lines
    "split-nested-json": Case({"n.jsonl": jl(GOOD, "[" * 50_000)}, command="split",
                              args=("--input", "{dir}/n.jsonl", "--output", "{dir}/o.txt"),
                              expect=Skip({"dropped_bad_json": 1})),
    "split-output-is-a-folder": Case({"o": _mkdir("o"), "in.jsonl": jl(GOOD)}, command="split",
                                     args=("--input", "{dir}/in.jsonl", "--output", "{dir}/o"),
                                     expect=Error("{dir}/o", "Is a directory")),
    "scrub-nested-json": Case({"n.jsonl": jl(GOOD, "[" * 50_000)}, command="scrub",
                              args=("--input", "{dir}/n.jsonl", "--output", "{dir}/o.jsonl"),
                              expect=Skip({"dropped_bad_json": 1})),
    "tokenizer-on-empty-text": Case({"e.txt": b""}, command="tokenizer",
                                    args=("--input", "{dir}/e.txt", "--output", "{dir}/tok"),
                                    expect=Error("no vocabulary", "empty")),
    "shards-without-tokenizer": Case({"s.txt": b"A sentence.\n\n", "tok": _mkdir("tok")}, command="shards",
                                     args=("--input", "{dir}/s.txt", "--tokenizer", "{dir}/tok", "--output",
                                           "{dir}/b"), expect=Error("{dir}/b/tokenizer/tokenizer.json", "not found")),
    "train-build-dir-missing": Case(command="train", settings={"data": {"build_dir": "{dir}/nobuild"}},
                                    expect=Error("{dir}/nobuild/manifest.json", "not found", "prep build")),
    "train-max-steps-zero": Case(command="train", settings={"optim": {"max_steps": 0}},
                                 expect=Error("optim.max_steps", "found 0")),
    "train-output-is-a-file": Case({"run": b"a file"}, command="train", settings={"run": {"output_dir": "{dir}/run"}},
                                   expect=Error("{dir}/run", "is a file")),
}


def _fill(value, d: Path):
    if isinstance(value, str):
        return value.replace("{dir}", str(d))
    if isinstance(value, list | tuple):
        return type(value)(_fill(v, d) for v in value)
    if isinstance(value, dict):
        return {k: _fill(v, d) for k, v in value.items()}
    return value


def _prep_toml(d: Path, case: Case) -> Path:
    (d / "valid.jsonl").write_bytes(VALID_JSONL)
    data = {
        "": {"seed": 5, "workers": 1, "output_dir": str(d / "out")},
        "input": {"paths": [str(d / "valid.jsonl"), *_fill(case.inputs, d)], "docs_per_part": 4},
        "tokenizer": {"vocab_size": 200},
        "shards": {"max_seq_len": 32},
    }
    for name, values in _fill(case.settings, d).items():
        data[name] = {**data.get(name, {}), **values}
    (d / "prep.toml").write_text(toml_text(data))
    return d / "prep.toml"


def _train_toml(d: Path, case: Case, build: Path) -> Path:
    data = {
        "data": {"build_dir": str(build), "batch_size": 4, "num_workers": 0},
        "model": {"preset": "tiny", "hidden_size": 32, "num_heads": 2},
        "optim": {"max_steps": 1},
        "run": {"output_dir": str(d / "run"), "device": "cpu", "cpu_threads": 1},
    }
    for name, values in _fill(case.settings, d).items():
        data[name] = {**data.get(name, {}), **values}
    (d / "train.toml").write_text(toml_text(data))
    return d / "train.toml"


def _run(case: Case, d: Path, capsys, build: Path | None) -> tuple[int, str, str]:
    for name, content in case.files.items():
        if callable(content):
            content(d)
        else:
            (d / name).write_bytes(content)
    args = list(_fill(case.args, d))
    if case.command == "train":
        from train.cli import main as train_main

        code = train_main(["run", "--config", str(_train_toml(d, case, build)), *args])
    else:
        from prep.cli import main as prep_main

        if case.command == "build":
            config = [] if "--config" in args else ["--config", str(_prep_toml(d, case))]
            code = prep_main(["build", *config, *args])
        else:
            code = prep_main([case.command, *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def small_build(tmp_path_factory) -> Path:
    """A finished build for the training cases."""
    from prep.cli import main

    d = tmp_path_factory.mktemp("small")
    assert main(["build", "--config", str(_prep_toml(d, Case()))]) == 0
    return d / "out"


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input(name, tmp_path, capsys, request):
    case = CASES[name]
    build = request.getfixturevalue("small_build") if case.command == "train" else None
    d = tmp_path / "case"
    d.mkdir()
    code, out, err = _run(case, d, capsys, build)
    assert "Traceback" not in err
    if isinstance(case.expect, Error):
        errors = [line for line in err.splitlines() if line.startswith("error: ")]
        assert code == 2 and len(errors) == 1, err[-2000:]
        for text in _fill(case.expect.texts, d):
            assert text in errors[0], f"{text!r} not in {errors[0]!r}"
        if case.command == "build":
            assert not (d / "out" / "manifest.json").is_file() or name.endswith("another-build")
            assert not list((d / "out" / "shards").glob("shard-*")) if (d / "out").is_dir() else True
        return
    assert code == 0, err[-2000:]
    if case.command == "build":
        counts = json.loads((d / "out" / "manifest.json").read_text())["counts"]
    else:
        counts = json.loads(out)
        counts.setdefault("dropped_total", sum(v for k, v in counts.items() if k.startswith("dropped_")))
    for key, value in case.expect.counts.items():
        assert counts.get(key) == value, (key, counts)
    assert counts["docs_in"] == counts["docs_out"] + counts["dropped_total"], counts
    for text in _fill(case.expect.warns, d):
        assert text in err, f"{text!r} not in stderr"


def test_the_table_has_at_least_30_distinct_cases():
    assert len(CASES) >= 30
    assert sum(isinstance(c.expect, Error) for c in CASES.values()) >= 10
    assert sum(isinstance(c.expect, Skip) for c in CASES.values()) >= 10


# ---- a disk that fills up ---------------------------------------------------------------------------


def _every_final_file_is_whole(out: Path) -> None:
    from privbert.build_format import open_shard

    for shard in (out / "shards").glob("shard-*.arrow") if (out / "shards").is_dir() else []:
        open_shard(shard)  # a complete Arrow stream, or ValueError
    for path in out.rglob("*.json"):
        if not path.name.startswith("."):
            json.loads(path.read_text())


def test_a_full_disk_in_the_shard_writer_fails_cleanly_without_a_partial_shard(tmp_path, capsys, monkeypatch):
    """ENOSPC while the shard writer writes its last batch (in `__exit__`): no partial shard may be renamed in."""
    import pyarrow as pa

    from prep.cli import main

    class FullDisk:
        """A file that accepts 600 bytes (the schema and a little more), then fails like a full disk."""

        def __init__(self, path, mode="wb"):
            self.raw, self.written, self.closed = open(path, mode), 0, False

        def write(self, data):
            self.written += len(data)
            if self.written > 600:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), self.raw.name)
            return self.raw.write(data)

        def flush(self):
            self.raw.flush()

        def close(self):
            self.closed = True
            self.raw.close()

    real_os_file = pa.OSFile

    def full_disk_under_shards(path, mode="rb"):  # the other stages' Arrow files (ingest hashes, word counts) fit
        return FullDisk(path, mode) if Path(path).parent.name == "shards" else real_os_file(path, mode)

    monkeypatch.setattr(pa, "OSFile", full_disk_under_shards)
    d = tmp_path / "case"
    d.mkdir()
    # near-dedup off: its signature files are Arrow too, and this case is about the shard writer
    code = main(["build", "--config", str(_prep_toml(d, Case(settings={"dedup": {"enabled": False}})))])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err, err[-2000:]
    error = [line for line in err.splitlines() if line.startswith("error: ")][-1]
    assert "No space left on device" in error and "free some space" in error and str(d / "out" / "shards") in error
    assert not list((d / "out" / "shards").glob("shard-*.arrow")), "a partial shard is visible under its final name"
    assert not list((d / "out" / "shards").glob(".*")), "a temporary shard was left behind"
    assert not (d / "out" / "manifest.json").exists()
    monkeypatch.undo()
    assert main(["build", "--config", str(d / "prep.toml"), "--resume"]) == 0  # space freed: the build finishes
    capsys.readouterr()


def _private_tmpfs_works() -> bool:
    if not shutil.which("unshare"):
        return False
    probe = subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt && umount /mnt"],
                           capture_output=True, timeout=30, check=False)
    return probe.returncode == 0


@pytest.mark.skipif(not _private_tmpfs_works(), reason="no private tmpfs mount here (needs root: unshare -m, mount)")
@pytest.mark.parametrize("size_kb", [80, 120])  # full while scrubbing (Python writes) / writing shards (Arrow)
def test_a_real_full_disk_fails_cleanly_and_resumes_once_space_is_freed(tmp_path, size_kb):
    """`prep build` on a tiny tmpfs: exit 2 naming the build folder, only whole files left; given room, it resumes."""
    d = tmp_path / "case"
    d.mkdir()
    config = _prep_toml(d, Case(settings={"input": {"docs_per_part": 40}}))
    (d / "valid.jsonl").write_bytes(VALID_JSONL + b"".join(
        jl({"id": f"x{i}", "text": f"Extra document {i} about rivers and bread. It has {i} more words."})
        for i in range(300)))
    mnt, copy = d / "disk", d / "after-failure"
    mnt.mkdir()
    script = (
        f"mount -t tmpfs -o size={size_kb}k tmpfs {mnt} || exit 99\n"
        f"python -m prep build --config {config} --output-dir {mnt}/out > {d}/out1 2> {d}/err1; echo $? > {d}/rc1\n"
        f"cp -a {mnt}/out {copy}\n"
        f"mount -o remount,size=20m {mnt}\n"
        f"python -m prep build --config {config} --output-dir {mnt}/out --resume > {d}/out2 2> {d}/err2; "
        f"echo $? > {d}/rc2\n"
        f"python -m prep verify {mnt}/out > {d}/verify 2>&1; echo $? > {d}/rc3\n"
        f"cp {mnt}/out/manifest.json {d}/manifest.json\n"
    )
    env = cli_env(PATH=f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}")
    done = subprocess.run(["unshare", "-m", "sh", "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=400, check=False)
    assert done.returncode != 99, done.stderr
    err1 = (d / "err1").read_text()
    assert (d / "rc1").read_text().strip() == "2" and "Traceback" not in err1, err1[-2000:]
    error = [line for line in err1.splitlines() if line.startswith("error: ")][-1]
    assert f"error: {mnt}/out" in error and "No space left on device" in error and "free some space" in error, error
    _every_final_file_is_whole(copy)
    assert not (copy / "manifest.json").exists() and not (copy / "work" / "parts").exists()
    assert (d / "rc2").read_text().strip() == "0", (d / "err2").read_text()[-2000:]
    assert (d / "rc3").read_text().strip() == "0", (d / "verify").read_text()
    counts = json.loads((d / "manifest.json").read_text())["counts"]
    assert counts["docs_in"] == 308 == counts["docs_out"] + counts["dropped_total"]
