import json
import shutil

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
                     "seqs_per_s", "data_wait_s", "data_wait_share", "mfu", "model_tflops_per_s", "step_time_s"}
    assert expected_keys <= set(log[0])
    assert log[0]["mfu"] is None and log[0]["model_tflops_per_s"] > 0  # no peak known for a CPU
    assert 0 <= log[0]["data_wait_share"] < 1
    assert list((run_dir / "tensorboard").glob("events.out.tfevents.*"))
    assert [p.name for p in ckpt.list_checkpoints(run_dir)] == ["step-000006", "step-000008"]
    saved = json.loads((run_dir / "config.json").read_text())
    assert saved["optim"]["max_steps"] == 8
    assert json.loads((run_dir / "checkpoints/step-000008/config.json").read_text()) == saved
    assert (run_dir / "export/model.safetensors").is_file() and (run_dir / "export/tokenizer.json").is_file()
    out = capsys.readouterr().out
    assert "step      8/8 (100%) | loss" in out and "mfu n/a" in out and "eta 0:00" in out

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


def test_an_unscrubbed_build_is_refused_unless_allowed(build_copy, make_config, tmp_path):
    manifest = json.loads((build_copy / "manifest.json").read_text(encoding="utf-8"))
    manifest["stages"]["scrub"] = {"mode": "off"}
    (build_copy / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ValueError, match="UNSCRUBBED"):
        Trainer(make_config(data={"build_dir": str(build_copy)}))
    trainer = Trainer(make_config(data={"build_dir": str(build_copy), "allow_unscrubbed": True}), tmp_path / "run")
    trainer.close()


@pytest.mark.gpu
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_cuda_path_trains_checkpoints_and_resumes(make_config, tmp_path):
    cfg = make_config(data={"num_workers": 1}, optim={"max_steps": 4}, run={"device": "cuda"})
    trainer = Trainer(cfg, tmp_path / "run")
    try:
        assert trainer.autocast_dtype is torch.bfloat16 and trainer.optimizer.defaults["fused"]
        assert trainer.loader.pin_memory
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


def test_sparse_and_dense_mlm_heads_give_the_same_loss_and_gradients(make_config):
    from train.model import pretraining_loss

    trainer = Trainer(make_config())
    try:
        batch = next(trainer.loader)
        batch.pop("example_index")
        trainer.model.eval()  # no dropout: the two passes see the same network
        results = []
        for sparse in (True, False):
            trainer.model.zero_grad()
            loss, parts = pretraining_loss(trainer.model, batch, sparse_head=sparse)
            loss.backward()
            grad = trainer.model.cls.predictions.transform.dense.weight.grad.clone()
            results.append((loss.detach(), parts["mlm_correct"], grad))
    finally:
        trainer.close()
    (loss_s, correct_s, grad_s), (loss_d, correct_d, grad_d) = results
    assert torch.allclose(loss_s, loss_d, rtol=1e-5) and correct_s == correct_d
    assert torch.allclose(grad_s, grad_d, rtol=1e-4, atol=1e-7)


def test_bf16_autocast_bucketing_and_whole_word_masking_train_on_cpu(make_config):
    cfg = make_config(
        data={"length_bucketing": True, "bucket_batches": 4, "whole_word_mask": True},
        model={"sparse_mlm_head": False},
        run={"precision": "bf16"},
    )
    trainer = Trainer(cfg)
    try:
        assert trainer.autocast_dtype is torch.bfloat16
        values = [float(trainer.train_step()["loss"]) for _ in range(4)]
    finally:
        trainer.close()
    assert all(torch.isfinite(torch.tensor(values))) and trainer.loader.state_dict()["length_bucketing"]


def test_resume_trims_the_sample_log_and_changing_the_head_is_allowed(make_config):
    cfg = make_config(optim={"max_steps": 4}, run={"log_samples": True, "checkpoint_every": 2, "export": False,
                                                    "keep_checkpoints": 3})
    run_dir = run_training(cfg)
    log = run_dir / "samples/rank-00000.jsonl"
    before = log.read_text().splitlines()
    assert [json.loads(line)["step"] for line in before] == [1, 2, 3, 4]
    shutil.rmtree(run_dir / "checkpoints/step-000004")  # killed after step 4, before its checkpoint
    other_head = make_config(optim={"max_steps": 4}, model={"sparse_mlm_head": False},
                             run={"log_samples": True, "checkpoint_every": 2, "export": False})
    run_training(other_head, resume=True)
    assert log.read_text().splitlines() == before  # steps 3-4 trimmed and redone with the same samples


@pytest.mark.slow
def test_torch_compile_runs_a_step_with_the_same_loss(make_config):
    """Slow on a cold cache: inductor's first CPU compilation takes ~45 s on 2 cores (~5 s once cached
    under /tmp/torchinductor_$USER); the GPU benchmark is where compile pays off."""
    losses_by_mode = []
    for compiled in (False, True):
        trainer = Trainer(make_config(run={"compile": compiled}, model={"dropout": 0.0}))
        try:
            losses_by_mode.append([float(trainer.train_step()["loss"]) for _ in range(2)])
            keys = set(trainer.model.state_dict())
        finally:
            trainer.close()
        assert "bert.embeddings.word_embeddings.weight" in keys  # compiled in place: keys unchanged
    assert losses_by_mode[1] == pytest.approx(losses_by_mode[0], rel=1e-4)
