"""Canaries planted into near-duplicate copies of one host (`canaries.hosts = "near_duplicates"`): near-dedup
keeps one copy of each, without it the model sees every copy (what `make dedup-effect` measures)."""

import json
from pathlib import Path

import pytest

from prep.build import build
from prep.config import PrepConfig
from prep.demo.corpus import generate_corpus
from privbert.config import from_dict

REPEATS = (1, 6)


def _build(tmp: Path, name: str, dedup: bool):
    corpus = tmp / "corpus.jsonl"
    if not corpus.exists():
        docs = generate_corpus(n_docs=90, seed=6)
        corpus.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    cfg = from_dict(PrepConfig, {
        "output_dir": str(tmp / name), "workers": 1, "seed": 3,
        "input": {"paths": [str(corpus)], "docs_per_part": 30},
        "scrub": {"mode": "off"}, "dedup": {"enabled": dedup, "partitions": 2},
        "tokenizer": {"vocab_size": 600}, "shards": {"max_seq_len": 64},
        "canaries": {"enabled": True, "kinds": ["PHONE_NUMBER", "PERSON"], "repeats": list(REPEATS),
                     "hosts": "near_duplicates"},
    })
    manifest = build(cfg, log=lambda m: None)
    out = Path(cfg.output_dir)
    secrets = [json.loads(line) for line in (out / "canaries.jsonl").read_text(encoding="utf-8").splitlines()]
    split_text = "".join(p.read_text(encoding="utf-8") for p in sorted((out / "work" / "split").glob("*.txt")))
    return manifest, secrets, split_text


@pytest.fixture(scope="module")
def twins(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("dedup_canaries")
    return _build(tmp, "on", dedup=True), _build(tmp, "off", dedup=False)


def test_near_dedup_keeps_one_copy_of_each_canary(twins):
    (on, secrets, on_text), (off, secrets_off, off_text) = twins
    assert secrets == secrets_off  # the same canaries in both twins
    for manifest in (on, off):
        c = manifest["counts"]
        assert c["canaries"] == 8 and c["canaries_planted"] == 4 * sum(REPEATS)
        assert c["docs_in"] == c["docs_out"] + c["dropped_total"]
    # the split text is sentence-split, so count the secret (it sits inside one sentence)
    assert {s["id"]: off_text.count(s["secret"]) for s in secrets} == {s["id"]: s["repeats"] for s in secrets}
    assert {s["id"]: on_text.count(s["secret"]) for s in secrets} == {s["id"]: 1 for s in secrets}
    dropped = on["counts"]["dropped_near_duplicate"]
    assert dropped >= 4 * (REPEATS[1] - 1) and on["counts"]["near_dup_largest_cluster"] >= REPEATS[1]
    assert "dropped_near_duplicate" not in off["counts"] or off["counts"]["dropped_near_duplicate"] == 0
