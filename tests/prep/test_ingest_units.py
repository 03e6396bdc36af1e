"""The ingest stage as parallel units: the same parts, byte for byte, as the one-process ingest, for any
unit size, partition count, worker count or executor; resumable; no raw text left behind."""

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest

from prep.build import build
from prep.config import CanaryConfig, InputConfig, PrepConfig
from prep.demo.corpus import generate_corpus
from prep.executors import LocalRunner
from prep.ingest_units import first_occurrences, group_inputs, ingest_in_one_process, part_slices
from prep.readers import describe_input
from prep.stages import ingest_stage
from privbert.config import from_dict


def _corpus(folder: Path) -> list[str]:
    """Several files: duplicates across files and within one, empty and too-short documents, a file of
    duplicates only, .txt and .jsonl."""
    folder.mkdir(parents=True, exist_ok=True)
    docs = [{"id": d["id"], "text": d["text"]} for d in generate_corpus(n_docs=120, seed=5)]
    line = lambda d: json.dumps(d, ensure_ascii=False) + "\n"  # noqa: E731
    files = {
        "a.jsonl": [line(d) for d in docs[:50]] + [line(docs[3]), line({"id": "e", "text": "  "}),
                                                   line({"id": "s", "text": "ab"})],
        "b.jsonl": [line(d) for d in docs[40:90]] + [line(docs[0])],  # overlaps a.jsonl
        "c.jsonl": [line(docs[i]) for i in (1, 2, 45, 60, 1)],  # duplicates only
        "d.txt": ["first text document\nstill the first\n\nsecond text document\n\n",
                  docs[5]["text"] + "\n\n", "first text document\nstill the first\n"],
        "e.jsonl": [line(d) for d in docs[90:]] + [line(docs[100])],
    }
    paths = []
    for name, lines in files.items():
        (folder / name).write_text("".join(lines), encoding="utf-8")
        paths.append(str(folder / name))
    return paths


def _sums(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _staged(tmp: Path, name: str, paths: list[str], workers: int = 1, canaries: bool = False, **input_options):
    cfg = from_dict(PrepConfig, {
        "output_dir": str(tmp / name), "input": {"paths": paths, "docs_per_part": 17, "min_chars": 5,
                                                 **input_options},
        "canaries": {"enabled": canaries, "repeats": [1, 2], "kinds": ["EMAIL_ADDRESS"]},
    })
    work = tmp / name / "work"
    work.mkdir(parents=True)
    runner = LocalRunner(workers, progress=lambda m: None)
    try:
        n_parts, counts = ingest_stage(cfg, paths, [describe_input(p) for p in paths], work, runner)
    finally:
        runner.close()
    assert not (work / "ingest").exists()  # the staged raw text is gone once the parts are published
    return n_parts, counts, _sums(work / "parts")


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("ingest_units")
    paths = _corpus(tmp / "in")
    cfg = InputConfig(paths=tuple(paths), docs_per_part=17, min_chars=5)
    n_parts, counts = ingest_in_one_process(cfg, tmp / "ref")
    return tmp, paths, n_parts, counts, _sums(tmp / "ref")


@pytest.mark.parametrize("unit_mb, partitions, workers", [
    (256, 16, 1), (0.000001, 1, 1), (0.02, 3, 2), (0.000001, 7, 2),
])
def test_parts_are_byte_identical_to_the_one_process_ingest(reference, unit_mb, partitions, workers):
    tmp, paths, n_parts, counts, sums = reference
    name = f"u{unit_mb}-p{partitions}-w{workers}"
    got_parts, got_counts, got_sums = _staged(tmp, name, paths, workers, unit_mb=unit_mb, hash_partitions=partitions)
    assert counts["dropped_duplicate"] >= 8 and counts["dropped_empty"] and counts["dropped_too_short"]
    assert (got_parts, dict(got_counts)) == (n_parts, counts)
    assert got_sums == sums and len(sums) == n_parts > 3


def test_planted_canaries_are_the_same_as_planted_by_the_one_process_ingest(reference):
    tmp, paths, _, _, _ = reference
    cfg = InputConfig(paths=tuple(paths), docs_per_part=17, min_chars=5)
    canaries = CanaryConfig(enabled=True, repeats=(1, 2), kinds=("EMAIL_ADDRESS",))
    n_parts, counts = ingest_in_one_process(cfg, tmp / "ref-canaries", canaries)
    got_parts, got_counts, got_sums = _staged(tmp, "canaries", paths, 2, canaries=True, unit_mb=0.000001)
    assert counts["canaries_planted"] > 0
    assert (got_parts, dict(got_counts), got_sums) == (n_parts, counts, _sums(tmp / "ref-canaries"))


def test_groups_are_consecutive_files_up_to_the_size_and_a_bigger_file_alone():
    mb = 1_000_000
    assert group_inputs([mb, mb, 3 * mb, mb, 0, 2 * mb], 2) == [(0, 2), (2, 3), (3, 5), (5, 6)]
    assert group_inputs([], 2) == [] and group_inputs([0], 1) == [(0, 1)]


def test_the_first_in_input_order_of_equal_hashes_is_kept():
    digest = np.array([[1, 2], [1, 2], [3, 4], [1, 2], [1, 3]], dtype=np.uint64)
    unit = np.array([1, 0, 0, 0, 0], dtype=np.uint32)
    position = np.array([0, 9, 1, 4, 2], dtype=np.uint64)
    assert first_occurrences(digest, unit, position).tolist() == [True, True, False, False, False]


def test_part_slices_cut_kept_documents_in_input_order():
    assert part_slices([5, 0, 7], 4, 0) == [(0, 0, 4)]
    assert part_slices([5, 0, 7], 4, 1) == [(0, 4, 5), (2, 0, 3)]
    assert part_slices([5, 0, 7], 4, 2) == [(2, 3, 7)]


@pytest.mark.parametrize("value, message", [({"unit_mb": 0}, "unit_mb"), ({"hash_partitions": 0}, "hash_partitions")])
def test_bad_ingest_settings_are_refused(value, message):
    with pytest.raises(ValueError, match=message):
        InputConfig(**value)


def _build_cfg(tmp: Path, paths: list[str], name: str) -> PrepConfig:
    return from_dict(PrepConfig, {
        "output_dir": str(tmp / name), "seed": 7, "workers": 1,
        "input": {"paths": paths, "docs_per_part": 40, "min_chars": 5, "unit_mb": 0.000001, "hash_partitions": 3},
        "tokenizer": {"vocab_size": 600}, "shards": {"max_seq_len": 64},
    })


def test_a_unit_failing_mid_ingest_resumes_to_the_same_parts(reference, monkeypatch):
    """What a killed build leaves (no cleanup ran): the finished units' outputs and markers; the rerun
    skips them and gives the parts of the one-process ingest."""
    import prep.stages as stages_module

    tmp, paths, n_parts, counts, sums = reference
    original = stages_module.ingest_unit

    def crash_on_unit_2(*args, **kwargs):
        if args[-1].index == 2:
            raise RuntimeError("simulated crash in ingest unit 2")
        return original(*args, **kwargs)

    monkeypatch.setattr(stages_module, "ingest_unit", crash_on_unit_2)
    with pytest.raises(RuntimeError, match="simulated crash"):
        _staged(tmp, "resumed", paths, 1, unit_mb=0.000001, hash_partitions=3)
    done = tmp / "resumed" / "work" / "done"
    assert sorted(p.name for p in done.iterdir()) == ["ingest-00000.json", "ingest-00001.json"]
    monkeypatch.undo()
    cfg = from_dict(PrepConfig, {"input": {"paths": paths, "docs_per_part": 17, "min_chars": 5,
                                           "unit_mb": 0.000001, "hash_partitions": 3}})
    messages = []
    runner = LocalRunner(1, progress=messages.append)
    work = tmp / "resumed" / "work"
    got_parts, got_counts = ingest_stage(cfg, paths, [describe_input(p) for p in paths], work, runner)
    assert any("[ingest] 2 of 5 units already done" in m for m in messages)
    assert (got_parts, dict(got_counts), _sums(work / "parts")) == (n_parts, counts, sums)


def test_a_failed_build_deletes_the_staged_raw_text(reference, monkeypatch):
    import prep.stages as stages_module

    tmp, paths, _, _, _ = reference
    cfg = _build_cfg(tmp, paths, "fails-in-parts")
    original = stages_module.write_part

    def crash_on_part_1(*args, **kwargs):
        if args[-1].index == 1:
            assert (Path(cfg.output_dir) / "work" / "ingest").exists()  # staged text exists at this point
            raise RuntimeError("simulated crash writing part 1")
        return original(*args, **kwargs)

    monkeypatch.setattr(stages_module, "write_part", crash_on_part_1)
    with pytest.raises(RuntimeError, match="simulated crash"):
        build(cfg, log=lambda m: None)
    work = Path(cfg.output_dir) / "work"
    assert not (work / "ingest").exists() and not (work / "parts").exists()
    assert not [p for p in (work / "done").iterdir() if p.name.startswith("ingest")]  # a resume re-ingests


def test_a_resume_with_other_ingest_units_is_refused(reference, monkeypatch):
    """unit_mb and hash_partitions are in the saved config: a resume under other values is refused rather
    than mixing markers of units cut two ways."""
    import dataclasses

    import prep.build as build_module

    tmp, paths, _, _, _ = reference
    cfg = _build_cfg(tmp, paths, "other-units")
    monkeypatch.setattr(build_module, "near_dedup", lambda *a, **k: (_ for _ in ()).throw(RuntimeError("stop")))
    with pytest.raises(RuntimeError, match="stop"):
        build(dataclasses.replace(cfg, dedup=dataclasses.replace(cfg.dedup, enabled=True)), log=lambda m: None)
    other = dataclasses.replace(cfg, input=dataclasses.replace(cfg.input, unit_mb=1.0),
                                dedup=dataclasses.replace(cfg.dedup, enabled=True))
    with pytest.raises(ValueError, match="another config"):
        build(other, resume=True, log=lambda m: None)
