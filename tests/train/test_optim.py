import math

import pytest
import torch

from train.config import OptimConfig
from train.optim import Lamb, build_optimizer, lr_factor
from train.trainer import Trainer


def test_lamb_step_matches_the_paper_update():
    torch.manual_seed(0)
    w0 = torch.randn(4, 3)
    grads = [torch.randn(4, 3) for _ in range(2)]
    p = torch.nn.Parameter(w0.clone())
    opt = Lamb([p], lr=0.1, betas=(0.9, 0.99), eps=1e-6, weight_decay=0.01)
    w, m, v = w0.clone(), torch.zeros(4, 3), torch.zeros(4, 3)
    for t, g in enumerate(grads, start=1):
        p.grad = g.clone()
        opt.step()
        m = 0.9 * m + 0.1 * g
        v = 0.99 * v + 0.01 * g * g
        u = (m / (1 - 0.9**t)) / ((v / (1 - 0.99**t)).sqrt() + 1e-6) + 0.01 * w
        w = w - 0.1 * (w.norm() / u.norm()) * u
        assert torch.allclose(p.detach(), w, atol=1e-6), t
    # the trust ratio makes the step size relative to the weight's norm, whatever the gradient's scale
    q = torch.nn.Parameter(w0.clone())
    big = Lamb([q], lr=0.1, betas=(0.9, 0.99), eps=1e-6, weight_decay=0.01)
    q.grad = grads[0] * 1000
    big.step()
    assert (q.detach() - w0).norm() == pytest.approx(0.1 * w0.norm().item(), rel=1e-4)


def test_lamb_leaves_a_zero_weight_trust_ratio_at_one():
    p = torch.nn.Parameter(torch.zeros(3))
    opt = Lamb([p], lr=0.5)
    p.grad = torch.tensor([1.0, -1.0, 0.0])
    opt.step()
    assert p.detach().abs().max().item() == pytest.approx(0.5, rel=1e-4)


def test_lr_schedule_warms_up_then_decays_linearly_or_by_cosine_to_the_floor():
    linear = OptimConfig(warmup_steps=4, max_steps=12, min_lr_ratio=0.1)
    assert [lr_factor(s, linear) for s in range(4)] == [0.25, 0.5, 0.75, 1.0]
    assert lr_factor(8, linear) == pytest.approx(0.1 + 0.9 * 0.5)
    assert lr_factor(12, linear) == pytest.approx(0.1) and lr_factor(50, linear) == pytest.approx(0.1)
    cosine = OptimConfig(warmup_steps=0, max_steps=10, schedule="cosine")
    assert lr_factor(0, cosine) == 1.0 and lr_factor(5, cosine) == pytest.approx(0.5)
    assert lr_factor(10, cosine) == pytest.approx(0.0, abs=1e-12)
    assert lr_factor(2, cosine) == pytest.approx(0.5 * (1 + math.cos(math.pi * 0.2)))


def test_weight_decay_skips_biases_and_layer_norms():
    model = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.LayerNorm(4))
    opt = build_optimizer(model, OptimConfig(optimizer="lamb", weight_decay=0.1), torch.device("cpu"))
    assert isinstance(opt, Lamb)
    decayed, plain = opt.param_groups
    assert [p.shape for p in decayed["params"]] == [(4, 4)] and decayed["weight_decay"] == 0.1
    assert len(plain["params"]) == 3 and plain["weight_decay"] == 0.0


def test_a_tiny_model_learns_with_lamb_and_resumes_its_state(make_config, tmp_path):
    from train import checkpoint as ckpt

    cfg = make_config(optim={"optimizer": "lamb", "lr": 5e-2, "max_steps": 20})
    trainer = Trainer(cfg, tmp_path / "run")
    try:
        values = [float(trainer.train_step()["loss"]) for _ in range(20)]
        path = trainer.save_checkpoint()
    finally:
        trainer.close()
    assert sum(values[-3:]) / 3 < sum(values[:3]) / 3 - 0.5, values
    state = ckpt.load_checkpoint(path)["optimizer"]["state"]
    assert len(state) > 10 and {"exp_avg", "exp_avg_sq", "step"} <= set(state[0])
