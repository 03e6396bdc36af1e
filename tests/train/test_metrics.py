import pytest
import torch
from transformers import BertConfig, BertForPreTraining

from train.metrics import LogWindow, batch_counts, format_progress, peak_flops_per_device, training_flops


def test_flops_reduce_to_six_n_t_for_a_dense_head_without_attention_or_nsp():
    config = BertConfig(vocab_size=500, hidden_size=64, num_hidden_layers=3, num_attention_heads=4,
                        intermediate_size=256, max_position_embeddings=64)
    model = BertForPreTraining(config)
    # every matmul weight the tokens pass through: the layers' and the MLM head's (decoder = embeddings)
    matmul_params = sum(p.numel() for n, p in model.bert.encoder.named_parameters() if p.ndim == 2)
    matmul_params += model.cls.predictions.transform.dense.weight.numel() + config.vocab_size * config.hidden_size
    tokens = 1000
    assert training_flops(config, tokens, 0, 0, 0, sparse_head=False) == 6 * matmul_params * tokens
    # the sparse head counts masked positions only; attention grows with the squared lengths
    sparse = training_flops(config, tokens, 0, 150, 0, sparse_head=True)
    assert sparse < training_flops(config, tokens, 0, 0, 0, sparse_head=False)
    attention = training_flops(config, tokens, 10 * 100**2, 0, 0, True) - training_flops(config, tokens, 0, 0, 0, True)
    assert attention == 3 * 3 * 4 * 64 * 10 * 100**2


def test_batch_counts_ignore_padding():
    batch = {"attention_mask": torch.tensor([[1, 1, 1, 0], [1, 1, 0, 0]]),
             "labels": torch.tensor([[-100, 5, -100, -100], [7, -100, -100, -100]])}
    assert batch_counts(batch) == {"tokens": 5, "sum_sq_lengths": 13, "masked": 2, "seqs": 2}


def test_peak_is_configured_or_unknown_on_cpu():
    assert peak_flops_per_device(torch.device("cpu")) is None
    assert peak_flops_per_device(torch.device("cpu"), 2.5) == 2.5e12


def test_log_window_reports_mfu_against_the_peak_and_data_wait_share():
    window = LogWindow(peak_flops=1e12)
    one = torch.tensor(1.0)
    for _ in range(2):
        window.add({"loss": one, "mlm_loss": one, "nsp_loss": one, "mlm_correct": torch.tensor(3),
                    "mlm_count": torch.tensor(4), "nsp_correct": torch.tensor(1), "nsp_count": torch.tensor(2),
                    "lr": 0.1, "tokens": 100, "seqs": 2, "flops": 1e9, "data_wait_s": 0.0})
    window.started -= 1.0  # pretend the two steps took a second
    record = window.flush(2)
    assert record["mlm_acc"] == 0.75 and record["nsp_acc"] == 0.5 and record["loss"] == 1.0
    assert record["tokens_per_s"] == pytest.approx(200, rel=0.05)
    assert record["mfu"] == pytest.approx(2e9 / 1e12, rel=0.05) and record["data_wait_share"] == 0.0
    line = format_progress(record, 4, eta_s=3725)
    assert "mfu 0.2%" in line and "( 50%)" in line and "eta 1:02:05" in line
