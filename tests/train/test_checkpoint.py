import json

import torch
from transformers import AutoModelForMaskedLM, AutoTokenizer, pipeline

from train import checkpoint as ckpt
from train.trainer import Trainer


def test_weights_round_trip_with_tied_embeddings(make_config, tmp_path):
    trainer = Trainer(make_config())
    try:
        trainer.train_step()
        state = trainer.model.state_dict()
        ckpt.save_weights(state, tmp_path / "w.safetensors")
    finally:
        trainer.close()
    loaded = ckpt.load_weights(tmp_path / "w.safetensors")
    assert loaded.keys() == state.keys()
    assert all(torch.equal(loaded[k], state[k]) for k in state)
    assert loaded["cls.predictions.decoder.weight"] is loaded["bert.embeddings.word_embeddings.weight"]


def test_checkpoint_state_loads_with_weights_only(make_config, tmp_path):
    trainer = Trainer(make_config(), tmp_path / "run")
    stale = tmp_path / "run/checkpoints/.step-000001.tmp-99999"
    stale.mkdir(parents=True)  # as a run killed mid-save leaves it
    try:
        trainer.train_step()
        path = trainer.save_checkpoint()
    finally:
        trainer.close()
    state = torch.load(path / ckpt.STATE_NAME, weights_only=True)
    assert state["step"] == 1 and state["data"]["next_batch"] == 1 and "model" not in state
    assert not stale.exists() and [p.name for p in ckpt.list_checkpoints(tmp_path / "run")] == ["step-000001"]
    assert json.loads((path / ckpt.MODEL_CONFIG_NAME).read_text())["vocab_size"] > 100


def test_export_loads_as_masked_lm_and_fills_masks(make_config, tmp_path):
    trainer = Trainer(make_config(), tmp_path / "run")
    try:
        for _ in range(3):
            trainer.train_step()
        path = trainer.save_checkpoint()
    finally:
        trainer.close()
    out = ckpt.export_checkpoint(path, tmp_path / "export")
    model = AutoModelForMaskedLM.from_pretrained(out)
    tokenizer = AutoTokenizer.from_pretrained(out)
    assert type(model).__name__ == "BertForMaskedLM"
    reference = trainer.model.state_dict()
    for name, tensor in model.state_dict().items():
        if name in reference:
            assert torch.equal(tensor, reference[name]), name
    fill = pipeline("fill-mask", model=str(out), tokenizer=str(out), device="cpu")
    predictions = fill(f"the red {tokenizer.mask_token} eats apples in the garden .", top_k=5)
    assert len(predictions) == 5 and all(0.0 <= p["score"] <= 1.0 for p in predictions)
