from pathlib import Path

import pytest

from privbert.config import load_config, to_dict
from train.config import TrainConfig

DEMO = Path(__file__).resolve().parents[2] / "configs" / "demo_train.toml"


def test_demo_config_loads_with_the_documented_values():
    cfg = load_config(TrainConfig, DEMO)
    assert cfg.data.build_dir == "build/demo"
    assert cfg.run.output_dir == "build/demo-run"
    assert cfg.model.preset == "tiny"
    assert (cfg.model.resolved_num_layers, cfg.model.resolved_hidden_size, cfg.model.resolved_num_heads) == (2, 128, 2)


def test_override_and_round_trip_to_plain_data():
    cfg = load_config(TrainConfig, DEMO, ["optim.max_steps=7", "model.hidden_size=64", "run.device=cpu"])
    assert cfg.optim.max_steps == 7
    assert cfg.model.resolved_hidden_size == 64
    assert cfg.model.resolved_intermediate_size == 256
    plain = to_dict(cfg)
    assert plain["optim"]["max_steps"] == 7 and plain["optim"]["betas"] == [0.9, 0.999]


def test_unknown_key_is_rejected_with_the_valid_ones(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[optim]\nlearning_rate = 0.1\n')
    with pytest.raises(ValueError, match="learning_rate.*valid keys are: .*lr"):
        load_config(TrainConfig, bad)
    with pytest.raises(ValueError, match="unknown key"):
        load_config(TrainConfig, DEMO, ["run.sed=3"])


@pytest.mark.parametrize(
    "override, message",
    [
        ("model.preset=huge", "model.preset must be one of"),
        ("model.num_heads=3", "divisible"),
        ("optim.warmup_steps=-1", "warmup_steps"),
        ("run.device=tpu", "run.device"),
        ("data.batch_size=0", "batch_size"),
        ("data.bucket_batches=0", "bucket_batches"),
        ("optim.optimizer=sgd", "optim.optimizer must be one of adamw, lamb"),
        ("optim.schedule=step", "optim.schedule must be one of"),
        ("model.attention=xformers", "model.attention must be one of"),
        ("run.precision=fp16", "run.precision must be one of auto, bf16, fp32"),
        ("run.peak_tflops=-1", "peak_tflops"),
    ],
)
def test_invalid_values_are_refused(override, message):
    with pytest.raises(ValueError, match=message):
        load_config(TrainConfig, DEMO, [override])
