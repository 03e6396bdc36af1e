import json

import pytest
import torch

from train import checkpoint as ckpt
from train.trainer import Trainer, prepare_run_dir, run_training


def losses(trainer, steps):
    return [float(trainer.train_step()["loss"]) for _ in range(steps)]


def test_a_tiny_model_learns_within_30_steps(make_config):
    trainer = Trainer(make_config())
    try:
        values = losses(trainer, 30)
    finally:
        trainer.close()
    first, last = sum(values[:3]) / 3, sum(values[-3:]) / 3
    assert last < first - 1.0, values
    assert trainer.scheduler.get_last_lr()[0] == pytest.approx(0.0, abs=1e-12)  # decayed to 0 at max_steps


def test_resume_from_a_checkpoint_repeats_the_same_losses_exactly(make_config, tmp_path):
    cfg = make_config(data={"num_workers": 1}, optim={"max_steps": 6, "warmup_steps": 2})
    straight = Trainer(cfg, tmp_path / "a")
    try:
        expected = losses(straight, 6)
    finally:
        straight.close()

    first = Trainer(cfg, tmp_path / "b")
    try:
        got = losses(first, 3)
        path = first.save_checkpoint()
    finally:
        first.close()
    assert path.name == "step-000003" and not list(path.parent.glob(".*tmp*"))

    torch.manual_seed(999)  # disturb the global RNG: the checkpoint must restore it
    resumed = Trainer(cfg, tmp_path / "b")
    try:
        resumed.load_state_dict(ckpt.load_checkpoint(path))
        assert resumed.step == 3 and resumed.loader.next_batch == 3
        got += losses(resumed, 3)
    finally:
        resumed.close()
    assert got == expected  # bit-for-bit, not approximately


def test_grad_accumulation_consumes_that_many_batches(make_config):
    trainer = Trainer(make_config(optim={"grad_accum_steps": 3}))
    try:
        metrics = trainer.train_step()
    finally:
        trainer.close()
    assert trainer.loader.next_batch == 3 and metrics["seqs"] == 48 and trainer.step == 1


def test_run_writes_log_checkpoints_config_and_export(make_config, capsys):
    cfg = make_config(optim={"max_steps": 8}, run={"log_every": 2, "checkpoint_every": 2, "keep_checkpoints": 2})
    run_dir = run_training(cfg)
    log = [json.loads(line) for line in (run_dir / "log.jsonl").read_text().splitlines()]
    assert [r["step"] for r in log] == [2, 4, 6, 8]
    expected_keys = {"step", "loss", "mlm_loss", "nsp_loss", "mlm_acc", "nsp_acc", "lr", "tokens_per_s",
                     "seqs_per_s", "data_wait_s"}
    assert expected_keys <= set(log[0])
    assert [p.name for p in ckpt.list_checkpoints(run_dir)] == ["step-000006", "step-000008"]
    saved = json.loads((run_dir / "config.json").read_text())
    assert saved["optim"]["max_steps"] == 8
    assert json.loads((run_dir / "checkpoints/step-000008/config.json").read_text()) == saved
    assert (run_dir / "export/model.safetensors").is_file() and (run_dir / "export/tokenizer.json").is_file()
    assert "step      8/8 | loss" in capsys.readouterr().out

    with pytest.raises(ValueError, match="--overwrite.*--resume"):
        run_training(cfg)
    # resume with a longer schedule continues from step 8 and trims nothing that was kept
    longer = make_config(optim={"max_steps": 10}, run={"log_every": 2, "checkpoint_every": 2})
    run_training(longer, resume=True)
    log = [json.loads(line) for line in (run_dir / "log.jsonl").read_text().splitlines()]
    assert [r["step"] for r in log] == [2, 4, 6, 8, 10]
    wider = make_config(model={"hidden_size": 128})
    with pytest.raises(ValueError, match=r"\[model\] section differs"):
        run_training(wider, resume=True)
    run_training(make_config(optim={"max_steps": 2}, run={"export": False}), overwrite=True)
    assert [p.name for p in ckpt.list_checkpoints(run_dir)] == ["step-000002"]


def test_overwrite_refuses_a_folder_that_is_not_a_run(tmp_path):
    other = tmp_path / "precious"
    other.mkdir()
    (other / "notes.txt").write_text("keep me")
    with pytest.raises(ValueError, match="does not look like a training run"):
        prepare_run_dir(other, overwrite=True, resume=False)
    assert (other / "notes.txt").exists()


def test_a_corrupted_shard_is_refused_by_name(build_copy, make_config):
    shard = build_copy / "shards/shard-00001.arrow"
    data = bytearray(shard.read_bytes())
    data[len(data) // 2] ^= 0xFF
    shard.write_bytes(data)
    with pytest.raises(ValueError, match=r"shard .*shard-00001\.arrow has sha256"):
        Trainer(make_config(data={"build_dir": str(build_copy)}))


def test_a_build_without_manifest_is_refused(tmp_path, make_config):
    with pytest.raises(ValueError, match="not a finished prep build"):
        Trainer(make_config(data={"build_dir": str(tmp_path)}))


@pytest.mark.gpu
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_cuda_path_trains_checkpoints_and_resumes(make_config, tmp_path):
    cfg = make_config(data={"num_workers": 1}, optim={"max_steps": 4}, run={"device": "cuda"})
    trainer = Trainer(cfg, tmp_path / "run")
    try:
        first = [float(trainer.train_step()["loss"]) for _ in range(2)]
        path = trainer.save_checkpoint()
    finally:
        trainer.close()
    assert all(torch.isfinite(torch.tensor(first)))
    resumed = Trainer(cfg, tmp_path / "run")
    try:
        resumed.load_state_dict(ckpt.load_checkpoint(path))
        assert torch.isfinite(resumed.train_step()["loss"]).item() and resumed.step == 3
    finally:
        resumed.close()
