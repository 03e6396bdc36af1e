"""Nothing leaked: planted personal data never reaches any file or any console line of a build + training.

`pipeline_run` (conftest) ran `python -m prep build` and `python -m train run` through their command
lines on a corpus with ~100 fake values (generator) plus hand-written Korean and English ones: names
with cues, phones, emails, RRNs, card numbers, IP addresses. Here every file both commands wrote
(manifest, work/ folder, tokenizer, shards, log.jsonl, TensorBoard events, checkpoints with their
metadata and optimizer state, the export) and their captured stdout/stderr are scanned for every
planted value; the shards and the vocabulary hold token ids and word pieces, so they are decoded
and scanned again. `tests/prep/test_build.py` does the byte and decoded scans for a build alone.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tests.robustness.conftest import PLANTED_DOCS, PLANTED_VALUES, planted_values


def _squash(text: str) -> str:
    """Lowercase without whitespace: decoding puts spaces around punctuation and lowercases."""
    return "".join(text.lower().split())


def _texts_of(path: Path) -> list[str]:
    """The file's bytes as UTF-8 and as UTF-16 (a binary format may hold either), invalid bytes dropped."""
    data = path.read_bytes()
    return [data.decode("utf-8", errors="ignore"), data.decode("utf-16-le", errors="ignore")]


def test_the_planted_values_were_in_the_input_and_were_found(pipeline_run):
    corpus = (pipeline_run.root / "corpus.jsonl").read_text(encoding="utf-8")
    values = planted_values()
    assert len(values) > 60 and all(v in corpus for v in values)
    counts = json.loads((pipeline_run.build / "manifest.json").read_text())["counts"]
    for entity in ("PERSON", "PHONE_NUMBER", "EMAIL_ADDRESS", "KR_RRN", "CREDIT_CARD", "IP_ADDRESS"):
        assert counts.get(f"pii_{entity}", 0) > 0, entity


def test_no_planted_value_in_any_file_written_by_build_or_training(pipeline_run):
    values = planted_values()
    files = [p for folder in (pipeline_run.build, pipeline_run.run) for p in folder.rglob("*") if p.is_file()]
    kinds = {p.name for p in files} | {p.suffix for p in files}
    # the scan covers every kind of output: logs, TensorBoard, checkpoints, optimizer state, export, vocab
    for expected in ("manifest.json", "log.jsonl", "model.safetensors", "trainer_state.pt", "tokenizer.json",
                     "config.json", ".arrow", ".txt"):
        assert expected in kinds, f"no {expected} among the files scanned"
    assert any("tfevents" in p.name for p in files) and (pipeline_run.run / "export").is_dir()
    leaks = {}
    for path in files:
        texts = _texts_of(path)
        found = [v for v in values if any(v in text for text in texts)]
        if found:
            leaks[str(path)] = len(found)  # never print the values themselves
    assert not leaks, f"planted values found in: {leaks}"


def test_no_planted_value_on_the_console_of_either_command(pipeline_run):
    values = planted_values()
    for name, proc in pipeline_run.outputs.items():
        for stream in (proc.stdout, proc.stderr):
            assert not [v for v in values if v in stream], f"{name} printed planted values"
    assert "PII replaced by type" in pipeline_run.outputs["build"].stderr + pipeline_run.outputs["build"].stdout


def test_no_planted_value_in_the_decoded_shards_or_the_vocabulary(pipeline_run):
    from transformers import AutoTokenizer

    from privbert.build_format import open_shard

    build = pipeline_run.build
    tok = AutoTokenizer.from_pretrained(str(build / "tokenizer"))
    manifest = json.loads((build / "manifest.json").read_text())
    decoded = "\n".join(
        _squash(tok.decode(ids))
        for entry in manifest["shards"]
        for ids in open_shard(build / entry["file"]).column("input_ids").to_pylist()
    )
    assert "[person]" in decoded and "[phone_number]" in decoded  # the placeholders are what the model sees
    # short values (two-syllable given names) can occur by chance once spaces are gone: hand-written ones
    # are all checked, generated ones from 6 characters on (as in tests/prep/test_build.py)
    values = {_squash(v) for v in planted_values() if len(_squash(v)) >= 6} | {_squash(v) for v in PLANTED_VALUES}
    found = [v for v in values if v in decoded]
    assert not found, f"{len(found)} planted values in the decoded shards"
    vocab = {_squash(piece.removeprefix("##")) for piece in tok.get_vocab()}
    assert not [v for v in values if v in vocab], "a planted value is a vocabulary entry"


def test_a_scrubber_error_drops_only_that_document_and_the_build_goes_on(tmp_path, monkeypatch):
    """Fail-closed at the build level: the failing document is counted and written nowhere."""
    import prep.pii.scrub
    from prep.build import build
    from prep.config import PrepConfig
    from privbert.config import from_dict
    from tests.robustness.conftest import write_corpus

    poison = {"id": "poison", "text": "POISONED document of Jane Roe, call 010-3131-4242 now. It has two sentences."}
    corpus = write_corpus(tmp_path / "corpus.jsonl", n_docs=40, extra=[poison, *PLANTED_DOCS])
    original = prep.pii.scrub.Scrubber.analyze_batch

    def analyze_batch(self, texts, languages):
        if any("POISONED" in t for t in texts):
            raise RuntimeError("simulated analyzer failure quoting the text: " + " | ".join(texts))
        return original(self, texts, languages)

    monkeypatch.setattr(prep.pii.scrub.Scrubber, "analyze_batch", analyze_batch)
    cfg = from_dict(PrepConfig, {"output_dir": str(tmp_path / "out"), "workers": 1, "seed": 3,
                                 "input": {"paths": [str(corpus)], "docs_per_part": 20},
                                 "tokenizer": {"vocab_size": 300}, "shards": {"max_seq_len": 32}})
    messages: list[str] = []
    counts = Counter(build(cfg, log=messages.append)["counts"])
    assert counts["dropped_scrub_error"] == 1
    assert counts["docs_in"] == 45 == counts["docs_out"] + counts["dropped_total"]
    for path in (tmp_path / "out").rglob("*"):
        if path.is_file():
            assert not any(s in text for text in _texts_of(path) for s in ("POISONED", "010-3131-4242", "Jane Roe"))
    assert not any("POISONED" in m or "simulated" in m for m in messages)


@pytest.mark.parametrize("stream", ["stdout", "stderr"])
def test_console_output_holds_counts_not_documents(pipeline_run, stream):
    """No document text on the console either: no sentence of the planted documents is printed."""
    sentences = [s.strip() for d in PLANTED_DOCS for s in d["text"].split(". ") if len(s.strip()) > 15]
    for proc in pipeline_run.outputs.values():
        text = getattr(proc, stream)
        assert not [s for s in sentences if s in text]
