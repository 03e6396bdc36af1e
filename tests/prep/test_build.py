"""End-to-end prep build on a small generated corpus: counts, determinism, resume, manifest, verify."""

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from prep.build import build
from prep.config import PrepConfig
from prep.demo.corpus import generate_corpus
from privbert.build_format import MANIFEST_NAME, verify_build
from privbert.config import from_dict

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((ROOT / "data_manifests" / "manifest.schema.json").read_text())


def _write_corpus(path: Path, n_docs: int = 90) -> None:
    lines = [json.dumps(d, ensure_ascii=False) for d in generate_corpus(n_docs=n_docs, seed=3)]
    lines += [
        "this line is not json",
        json.dumps(["a list, not an object"]),
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "empty", "text": "   \u0000  "}),
        lines[0],  # exact duplicate of the first document
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _cfg(tmp_path: Path, name: str, workers: int = 1) -> PrepConfig:
    corpus = tmp_path / "corpus.jsonl"
    if not corpus.exists():
        _write_corpus(corpus)
    return from_dict(PrepConfig, {
        "output_dir": str(tmp_path / name), "workers": workers, "seed": 7,
        "input": {"paths": [str(corpus)], "docs_per_part": 30},
        "tokenizer": {"vocab_size": 800},
        "shards": {"max_seq_len": 64},
    })


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("build")
    cfg = _cfg(tmp, "one", workers=1)
    return tmp, cfg, build(cfg, log=lambda msg: None)


def test_counts_reconcile_every_document_written_or_dropped(built):
    _, _, manifest = built
    c = manifest["counts"]
    assert c["docs_in"] == 95
    assert c["dropped_bad_json"] == 1 and c["dropped_not_an_object"] == 1 and c["dropped_no_text"] == 1
    assert c["dropped_empty"] == 1 and c["dropped_duplicate"] == 1
    assert c["docs_in"] == c["docs_out"] + c["dropped_total"]
    assert c["examples"] == sum(s["rows"] for s in manifest["shards"]) > 0
    assert sum(v for k, v in c.items() if k.startswith("pii_")) > 0


def test_no_planted_personal_data_in_any_file_of_the_build(built):
    _, cfg, _ = built
    planted = {p["value"] for d in generate_corpus(n_docs=90, seed=3, with_pii_spans=True) for p in d["pii"]}
    assert len(planted) > 20
    files = [p for p in Path(cfg.output_dir).rglob("*") if p.is_file()]
    assert any(p.suffix == ".txt" for p in files)  # the scrubbed split text is there and scanned
    for path in files:
        content = path.read_bytes().decode("utf-8", errors="ignore")
        found = [v for v in planted if v in content]
        assert not found, f"{path} holds {len(found)} planted values"


def test_no_planted_personal_data_in_the_shards_decoded(built):
    """The shards hold token ids, so a byte scan proves nothing there: decode them and look again."""
    from transformers import AutoTokenizer

    from privbert.build_format import open_shard

    _, cfg, manifest = built
    tok = AutoTokenizer.from_pretrained(str(Path(cfg.output_dir) / "tokenizer"))
    squash = lambda text: "".join(text.lower().split())  # noqa: E731 -- decoding spaces out punctuation
    planted = {squash(p["value"]) for d in generate_corpus(n_docs=90, seed=3, with_pii_spans=True) for p in d["pii"]}
    planted = {v for v in planted if len(v) >= 6}  # short values (2-syllable names) could occur by chance
    assert len(planted) > 20
    decoded = []
    for entry in manifest["shards"]:
        for ids in open_shard(Path(cfg.output_dir) / entry["file"]).column("input_ids").to_pylist():
            decoded.append(squash(tok.decode(ids)))
    text = "\n".join(decoded)
    assert "[person]" in text or "[phone_number]" in text  # placeholders survive decoding
    found = [v for v in planted if v in text]
    assert not found, f"{len(found)} planted values in the decoded shards"


def test_manifest_matches_schema_and_verifies(built):
    tmp, cfg, manifest = built
    jsonschema.validate(manifest, SCHEMA)
    on_disk = json.loads((Path(cfg.output_dir) / MANIFEST_NAME).read_text())
    assert on_disk == manifest
    assert manifest["stages"]["shards"]["max_seq_len"] == 64
    assert manifest["tokenizer"]["placeholders"]  # PII placeholders registered in the tokenizer
    verify_build(cfg.output_dir)


def test_same_shards_whatever_the_number_of_workers(built):
    tmp, _, manifest = built
    other = build(_cfg(tmp, "two", workers=2), log=lambda msg: None)
    assert [s["sha256"] for s in other["shards"]] == [s["sha256"] for s in manifest["shards"]]
    assert other["tokenizer"]["sha256"] == manifest["tokenizer"]["sha256"]


def test_non_empty_output_is_refused_and_resume_redoes_only_missing_units(built):
    tmp, cfg, manifest = built
    with pytest.raises(ValueError, match="not empty; pass --overwrite"):
        build(cfg, log=lambda msg: None)
    out = Path(cfg.output_dir)
    # simulate a crash after the scrub stage of unit 1: its shard and marker are gone
    (out / "shards" / "shard-00001.arrow").unlink()
    (out / "work" / "done" / "shards-00001.json").unlink()
    (out / MANIFEST_NAME).unlink()
    messages = []
    resumed = build(cfg, resume=True, log=messages.append)
    assert resumed["shards"] == manifest["shards"]
    assert any("already done, skipping" in m for m in messages)
    changed = from_dict(PrepConfig, {**json.loads((out / "work" / "config.json").read_text()), "seed": 8})
    with pytest.raises(ValueError, match="another config"):
        build(changed, resume=True, log=lambda msg: None)


def test_resume_refuses_inputs_that_changed_since_the_build_started(tmp_path):
    cfg = _cfg(tmp_path, "out")
    build(cfg, log=lambda msg: None)
    out = Path(cfg.output_dir)
    (out / "work" / "done" / "shards-00001.json").unlink()  # an interrupted build ...
    corpus = Path(cfg.input.paths[0])
    corpus.write_text(corpus.read_text(encoding="utf-8") + '{"id": "new", "text": "one more document"}\n',
                      encoding="utf-8")  # ... whose input then changed: its finished parts are of the old one
    with pytest.raises(ValueError, match=r"other inputs \(.*corpus.jsonl changed\).*--overwrite"):
        build(cfg, resume=True, log=lambda msg: None)
    manifest = build(cfg, overwrite=True, log=lambda msg: None)  # from the inputs as they are now
    assert manifest["inputs"] == json.loads((out / "work" / "inputs.json").read_text(encoding="utf-8"))
    assert manifest["counts"]["docs_in"] == 96


def test_a_build_never_reads_its_own_output_folder(tmp_path):
    """An input folder that holds the output folder: the build's own files (split text, canaries) stay out."""
    data = tmp_path / "data"
    data.mkdir()
    _write_corpus(data / "corpus.jsonl")
    cfg = from_dict(PrepConfig, {
        "output_dir": str(data / "build"), "workers": 1, "seed": 7,
        "input": {"paths": [str(data)], "docs_per_part": 30}, "canaries": {"enabled": True, "repeats": [1, 5]},
        "tokenizer": {"vocab_size": 800}, "shards": {"max_seq_len": 64},
    })
    first = build(cfg, log=lambda msg: None)
    out = Path(cfg.output_dir)
    (out / "work" / "done" / "shards-00001.json").unlink()  # interrupted, resumed: its own files are there now
    messages = []
    resumed = build(cfg, resume=True, log=messages.append)
    assert [i["path"] for i in resumed["inputs"]] == [i["path"] for i in first["inputs"]]
    assert len(first["inputs"]) == 1 and first["inputs"][0]["path"].endswith("corpus.jsonl")
    assert resumed["counts"] == first["counts"] and resumed["shards"] == first["shards"]
    assert any("under the output folder" in m for m in messages)


def test_batches_analyzed_again_are_timings_not_counts(tmp_path, monkeypatch):
    from prep.pii.deadline import Watchdog

    monkeypatch.setattr(Watchdog, "run", lambda self, func: setattr(self, "expired", True))
    messages = []
    manifest = build(_cfg(tmp_path, "out"), log=messages.append)
    assert manifest["timings"]["scrub_batches_rerun"] >= 1 and "scrub_batches_rerun" not in manifest["counts"]
    assert any("analyzed again" in m for m in messages)


def test_verify_names_a_corrupted_shard(built, tmp_path):
    import shutil

    _, cfg, _ = built
    copy = tmp_path / "copy"
    shutil.copytree(cfg.output_dir, copy)
    shard = copy / "shards" / "shard-00000.arrow"
    data = bytearray(shard.read_bytes())
    data[len(data) // 2] ^= 0xFF
    shard.write_bytes(bytes(data))
    with pytest.raises(ValueError, match="shard-00000.arrow has sha256"):
        verify_build(copy)
    result = subprocess.run([sys.executable, "-m", "prep", "verify", str(copy)], capture_output=True, text=True)
    assert result.returncode == 2 and "shard-00000.arrow" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("stage", ["build", "scrub", "split", "tokenizer", "shards", "verify", "demo-corpus"])
def test_every_stage_has_help(stage):
    result = subprocess.run([sys.executable, "-m", "prep", stage, "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "usage: python -m prep" in result.stdout


def test_standalone_stages_chain_into_a_build_train_can_read(tmp_path):
    corpus = tmp_path / "in.jsonl"
    _write_corpus(corpus, n_docs=40)
    run = lambda *a: subprocess.run([sys.executable, "-m", "prep", *a], capture_output=True, text=True)  # noqa: E731
    r = run("scrub", "--input", str(corpus), "--output", str(tmp_path / "scrubbed.jsonl"))
    assert r.returncode == 0, r.stderr
    scrubbed = [json.loads(line) for line in (tmp_path / "scrubbed.jsonl").read_text().splitlines()]
    originals = generate_corpus(n_docs=40, seed=3)
    assert [d["id"] for d in scrubbed[:40]] == [d["id"] for d in originals]  # order and fields kept
    assert list(scrubbed[0]) == list(originals[0])
    r = run("split", "--input", str(tmp_path / "scrubbed.jsonl"), "--output", str(tmp_path / "split.txt"))
    assert r.returncode == 0, r.stderr
    r = run("tokenizer", "--input", str(tmp_path / "split.txt"), "--output", str(tmp_path / "tok"),
            "--set", "tokenizer.vocab_size=500")
    assert r.returncode == 0, r.stderr
    r = run("shards", "--input", str(tmp_path / "split.txt"), "--tokenizer", str(tmp_path / "tok"),
            "--output", str(tmp_path / "build"))
    assert r.returncode == 0, r.stderr
    assert verify_build(tmp_path / "build")["counts"]["examples"] > 0


def test_a_failed_build_leaves_no_raw_text_and_resumes_to_the_same_shards(built, monkeypatch):
    import prep.build as build_module

    tmp, _, manifest = built
    cfg = _cfg(tmp, "fails", workers=1)
    original = build_module.scrub_split_part

    def crash_on_unit_1(*args, **kwargs):
        if args[-1].index == 1:
            raise RuntimeError("simulated crash while scrubbing part 1")
        return original(*args, **kwargs)

    monkeypatch.setattr(build_module, "scrub_split_part", crash_on_unit_1)
    with pytest.raises(RuntimeError, match="simulated crash"):
        build(cfg, log=lambda msg: None)
    out = Path(cfg.output_dir)
    assert not (out / "work" / "parts").exists()  # the only unscrubbed files are gone
    assert not (out / "work" / "done" / "ingest-00000.json").exists()  # so a resume re-ingests
    assert (out / "work" / "done" / "scrub-00000.json").exists()  # finished units are kept
    monkeypatch.undo()
    messages = []
    resumed = build(cfg, resume=True, log=messages.append)
    assert any("1 of " in m and "already done" in m for m in messages)
    assert [s["sha256"] for s in resumed["shards"]] == [s["sha256"] for s in manifest["shards"]]
    assert resumed["counts"] == manifest["counts"]


def test_verify_refuses_an_edited_tokenizer_file(built, tmp_path):
    import shutil

    _, cfg, _ = built
    copy = tmp_path / "copy"
    shutil.copytree(cfg.output_dir, copy)
    config = copy / "tokenizer" / "tokenizer_config.json"
    config.write_text(config.read_text().replace('"do_lower_case": true', '"do_lower_case": false'))
    with pytest.raises(ValueError, match="tokenizer_config.json has sha256"):
        verify_build(copy)


# ---- a run refused before it starts leaves nothing behind (issue 19)


@pytest.mark.parametrize("inputs, message", [
    (["{d}/missing.jsonl"], "does not exist"),
    (["{d}/nothing-*.jsonl"], "matches no file"),
])
def test_a_bad_input_path_is_refused_before_the_output_folder_exists(tmp_path, inputs, message):
    cfg = from_dict(PrepConfig, {"output_dir": str(tmp_path / "out"), "workers": 1,
                                 "input": {"paths": [p.format(d=tmp_path) for p in inputs]}})
    with pytest.raises(ValueError, match=message):
        build(cfg, log=lambda msg: None)
    assert not (tmp_path / "out").exists()


def test_no_output_folder_is_refused_naming_the_flag(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _write_corpus(tmp_path / "corpus.jsonl", n_docs=5)
    cfg = from_dict(PrepConfig, {"input": {"paths": [str(tmp_path / "corpus.jsonl")]}})
    assert cfg.output_dir == ""  # no silent build/demo
    with pytest.raises(ValueError, match="--output DIR"):
        build(cfg, log=lambda msg: None)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus.jsonl"]


def test_inputs_without_any_document_leave_no_folder(tmp_path):
    (tmp_path / "empty.txt").write_text("\n\n", encoding="utf-8")
    cfg = from_dict(PrepConfig, {"output_dir": str(tmp_path / "out"), "workers": 1,
                                 "input": {"paths": [str(tmp_path / "empty.txt")]}})
    with pytest.raises(ValueError, match="no document survived ingestion"):
        build(cfg, log=lambda msg: None)
    assert not (tmp_path / "out").exists()
    (tmp_path / "kept").mkdir()  # an empty folder named by the user stays, and stays empty
    with pytest.raises(ValueError, match="no document survived ingestion"):
        build(dataclasses.replace(cfg, output_dir=str(tmp_path / "kept")), log=lambda msg: None)
    assert (tmp_path / "kept").is_dir() and not any((tmp_path / "kept").iterdir())


def test_manifest_and_summary_carry_the_size_advice(built):
    from prep.advice import steps_advice, vocab_advice
    from prep.summary import format_build_summary
    from privbert.build_format import read_manifest

    _, cfg, manifest = built
    counts = manifest["counts"]
    expected = {**vocab_advice(counts["chars_out"], 800), **steps_advice(counts["examples"], 1, 64)}
    assert manifest["advice"] == expected and read_manifest(cfg.output_dir).advice == expected
    jsonschema.validate(manifest, SCHEMA)
    assert f"  advice      vocab_size ~ {expected['vocab_size']:,} (configured 800" in format_build_summary(
        manifest, Path(cfg.output_dir), 1.0)


def test_manifest_records_each_stages_peak_memory(built):
    from prep.summary import format_build_summary
    from privbert.build_format import Manifest

    _, cfg, manifest = built
    peaks = manifest["resources"]["peak_rss_mb"]
    for stage in ("ingest", "scrub", "tokenizer", "shards"):
        assert 10 < peaks[stage] < 4000, (stage, peaks[stage])  # a Python process with the stage's libraries
    assert Manifest(Path(cfg.output_dir) / MANIFEST_NAME, manifest).peak_rss_mb == peaks
    assert "  peak memory " in format_build_summary(manifest, Path(cfg.output_dir), 1.0)
