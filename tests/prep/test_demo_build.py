"""The bundled demo build is reproducible: rebuilding it gives the shards of the committed manifest."""

import json
from pathlib import Path

import jsonschema
import pytest

from prep.build import build
from prep.config import PrepConfig
from privbert.config import load_config

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "data_manifests" / "demo" / "manifest.json"


@pytest.mark.slow
def test_demo_build_reproduces_the_committed_manifest(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)  # the demo config's paths are relative to the repository
    cfg = load_config(PrepConfig, ROOT / "configs" / "demo.toml", [f"output_dir={tmp_path / 'demo'}"])
    manifest = build(cfg, log=lambda msg: None)
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    jsonschema.validate(committed, json.loads((ROOT / "data_manifests" / "manifest.schema.json").read_text()))
    assert manifest["inputs"] == committed["inputs"]
    assert manifest["tokenizer"]["sha256"] == committed["tokenizer"]["sha256"]
    assert [(s["file"], s["rows"], s["sha256"]) for s in manifest["shards"]] == [
        (s["file"], s["rows"], s["sha256"]) for s in committed["shards"]
    ]
    assert manifest["counts"] == committed["counts"]
