"""Near-dedup inside `prep build`: counts, the same shards for any worker count, resume after a kill in the stage."""

import json
from pathlib import Path

import pytest

import prep.stages
from prep.build import build
from prep.config import PrepConfig
from prep.dedup import stage
from prep.demo.corpus import generate_corpus
from prep.units import PART_PATTERN
from privbert.config import from_dict

N_BASE, N_COPIES = 80, 12


def _write_corpus(path: Path) -> None:
    docs = generate_corpus(n_docs=N_BASE, seed=4)
    for i, doc in enumerate(docs[:N_COPIES]):  # near-duplicates: an edit and a new footer, ko and en alike
        text = doc["text"].replace(".", ",", 1) + ("\n전송: 모바일" if i % 2 else "\nSent from my phone")
        docs.append({"id": f"copy-{i}", "domain": doc["domain"], "text": text})
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")


def _cfg(tmp: Path, name: str, workers: int = 1, **dedup) -> PrepConfig:
    corpus = tmp / "corpus.jsonl"
    if not corpus.exists():
        _write_corpus(corpus)
    return from_dict(PrepConfig, {
        "output_dir": str(tmp / name), "workers": workers, "seed": 3,
        "input": {"paths": [str(corpus)], "docs_per_part": 25},
        "dedup": {"partitions": 3, **dedup},
        "tokenizer": {"vocab_size": 600},
        "shards": {"max_seq_len": 64},
    })


def _shards(manifest) -> list[str]:
    return [s["sha256"] for s in manifest["shards"]]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("dedup")
    return tmp, build(_cfg(tmp, "one"), log=lambda msg: None)


def test_counts_reconcile_and_name_the_clusters(built):
    _, manifest = built
    c = manifest["counts"]
    assert c["docs_in"] == N_BASE + N_COPIES
    assert c["dropped_near_duplicate"] >= N_COPIES  # every copy (the demo's templated documents may add more)
    assert c["docs_in"] == c["docs_out"] + c["dropped_total"]
    assert c["near_dup_docs_in_clusters"] - c["near_dup_clusters"] == c["dropped_near_duplicate"]
    assert c["near_dup_largest_cluster"] >= 2
    assert sum(v for k, v in c.items() if k.startswith("near_dup_clusters_size_")) == c["near_dup_clusters"]
    assert manifest["stages"]["dedup"]["threshold"] == PrepConfig().dedup.threshold
    assert "dedup_s" in manifest["timings"]


def test_no_text_is_left_behind_and_dedup_intermediates_are_gone(built):
    tmp, _ = built
    work = tmp / "one" / "work"
    assert not (work / "parts").exists() and not (work / "dedup").exists()
    assert (work / "done" / "dedup_clusters-00000.json").is_file()


def test_the_copies_are_dropped_and_the_originals_kept(built):
    tmp, _ = built
    text = "".join(p.read_text(encoding="utf-8") for p in sorted((tmp / "one" / "work" / "split").glob("*.txt")))
    assert "Sent from my phone" not in text and "전송: 모바일" not in text


def test_two_workers_give_the_same_shards(built):
    tmp, manifest = built
    assert _shards(build(_cfg(tmp, "two", workers=2), log=lambda msg: None)) == _shards(manifest)


def test_disabled_dedup_keeps_the_copies(built):
    tmp, manifest = built
    off = build(_cfg(tmp, "off", enabled=False), log=lambda msg: None)
    assert "dropped_near_duplicate" not in off["counts"] and "dedup_s" not in off["timings"]
    assert off["counts"]["docs_out"] > manifest["counts"]["docs_out"]


def test_resume_after_a_kill_inside_the_stage_gives_the_same_shards(built, monkeypatch):
    tmp, manifest = built
    cfg = _cfg(tmp, "killed")
    real = stage.edge_partition

    def dies_on_the_second_partition(*args, unit):
        if unit.index == 1:
            raise KeyboardInterrupt  # what a kill looks like from inside the driver's process
        return real(*args, unit=unit)

    monkeypatch.setattr(prep.stages, "edge_partition", lambda *a: dies_on_the_second_partition(*a[:-1], unit=a[-1]))
    with pytest.raises(KeyboardInterrupt):
        build(cfg, log=lambda msg: None)
    done = tmp / "killed" / "work" / "done"
    assert (done / "dedup_edges-00000.json").is_file() and not (done / "dedup_edges-00001.json").exists()
    assert not (tmp / "killed" / "work" / "parts").exists()  # the failed build deleted the raw text
    monkeypatch.setattr(prep.stages, "edge_partition", real)
    logs: list[str] = []
    resumed = build(cfg, resume=True, log=logs.append)
    assert any("[dedup_sig]" in m and "already done" in m for m in logs)
    assert _shards(resumed) == _shards(manifest)
    assert resumed["counts"] == manifest["counts"]


def test_part_names_match_the_ingested_parts():
    assert stage.PART_PATTERN == PART_PATTERN


def test_pairs_verified_in_small_batches_give_the_same_shards(built, monkeypatch):
    tmp, manifest = built
    monkeypatch.setattr(stage, "VERIFY_BATCH", 2)  # every partition's candidate pairs in many batches
    other = build(_cfg(tmp, "batched"), log=lambda msg: None)
    assert _shards(other) == _shards(manifest) and other["counts"] == manifest["counts"]
