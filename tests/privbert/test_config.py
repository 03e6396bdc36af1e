import dataclasses

import pytest

from prep.config import PrepConfig
from privbert.config import from_dict, load_config, to_dict


def test_defaults_load_without_a_file():
    cfg = load_config(PrepConfig)
    assert cfg == PrepConfig()


def test_toml_and_overrides(tmp_path):
    path = tmp_path / "c.toml"
    path.write_text('seed = 7\n[tokenizer]\nvocab_size = 500\n[input]\npaths = ["a.jsonl", "b.txt"]\n')
    cfg = load_config(PrepConfig, path, ["tokenizer.vocab_size=900", "shards.nsp_prob=0.3", "output_dir=out"])
    assert cfg.seed == 7
    assert cfg.tokenizer.vocab_size == 900  # the CLI wins over the file
    assert cfg.shards.nsp_prob == 0.3
    assert cfg.output_dir == "out"
    assert cfg.input.paths == ("a.jsonl", "b.txt")
    with pytest.raises(dataclasses.FrozenInstanceError):
        cfg.seed = 1


@pytest.mark.parametrize(
    "data, message",
    [
        ({"tokenizr": {}}, "unknown key(s) tokenizr; valid keys are: "),
        ({"tokenizer": {"vocab": 5}}, "tokenizer: unknown key(s) vocab"),
        ({"seed": "x"}, "seed: expected int"),
        ({"shards": {"max_seq_len": 3}}, "max_seq_len must be >= 8"),
        ({"scrub": {"languages": ["fr"]}}, "scrub.languages"),
    ],
)
def test_bad_config_is_refused_with_a_clear_message(data, message):
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        from_dict(PrepConfig, data)


def test_missing_file_and_bad_toml(tmp_path):
    with pytest.raises(ValueError, match="does not exist"):
        load_config(PrepConfig, tmp_path / "nope.toml")
    bad = tmp_path / "bad.toml"
    bad.write_text("seed = = 3")
    with pytest.raises(ValueError, match="not valid TOML"):
        load_config(PrepConfig, bad)


def test_to_dict_round_trips():
    cfg = load_config(PrepConfig, None, ["tokenizer.vocab_size=1234"])
    assert from_dict(PrepConfig, to_dict(cfg)) == cfg
