"""Fine-tuning check: a tiny export fine-tuned on a tiny generated labeled set, metrics, split and bad input."""

import json
import random

import pytest
import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer, BertConfig, BertForPreTraining

from privbert.build_format import TOKENIZER_DIR
from privbert.cli import load_with_shortcuts
from tests.train.conftest import ANIMALS, COLORS, FOODS, PLACES
from train import finetune as ft
from train.checkpoint import export_model
from train.cli import build_parser
from train.cli import main as cli_main
from train.optim import build_optimizer, lr_factor

LABELS = ANIMALS[:3]  # the label is the animal a sentence is about


@pytest.fixture(scope="module")
def tiny_export(shared_build, tmp_path_factory):
    """An export folder as `python -m train export` writes it, of a 1-layer BERT on the shared build's tokenizer."""
    tokenizer = AutoTokenizer.from_pretrained(shared_build / TOKENIZER_DIR)
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=len(tokenizer),
        hidden_size=32,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=64,
        pad_token_id=tokenizer.pad_token_id,
    )
    return export_model(BertForPreTraining(config), shared_build / TOKENIZER_DIR, tmp_path_factory.mktemp("export"))


def write_labeled(path, n=60, seed=0):
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            animal = LABELS[i % len(LABELS)]
            text = f"the {rng.choice(COLORS)} {animal} eats {rng.choice(FOODS)} in the {rng.choice(PLACES)} ."
            f.write(json.dumps({"text": text, "label": animal}) + "\n")
    return path


FAST = ft.FinetuneConfig(epochs=30, batch_size=8, lr=3e-3, max_seq_len=32, device="cpu", cpu_threads=1)


def test_finetune_writes_a_loadable_classifier_and_metrics(tiny_export, tmp_path):
    data = write_labeled(tmp_path / "labeled.jsonl")
    metrics = ft.finetune(tiny_export, data, tmp_path / "out", FAST, from_scratch_baseline=True)

    assert metrics["labels"] == sorted(LABELS) and (metrics["n_train"], metrics["n_eval"]) == (48, 12)
    assert metrics["accuracy"] == 1.0 > metrics["majority_baseline"]["accuracy"]  # the animal word decides
    assert set(metrics["per_class"]) == set(LABELS) and 0.0 <= metrics["from_scratch_baseline"]["macro_f1"] <= 1.0
    assert json.loads((tmp_path / "out" / ft.METRICS_NAME).read_text()) == json.loads(json.dumps(metrics))
    assert (tmp_path / "out/model.safetensors").is_file() and not list((tmp_path / "out").glob("*.bin"))

    model = AutoModelForSequenceClassification.from_pretrained(tmp_path / "out", local_files_only=True)
    tokenizer = AutoTokenizer.from_pretrained(tmp_path / "out", local_files_only=True)
    assert type(model).__name__ == "BertForSequenceClassification"
    assert model.config.id2label == dict(enumerate(sorted(LABELS)))
    with torch.no_grad():
        logits = model(**tokenizer(["the red cat eats bread in the garden ."], return_tensors="pt")).logits
    assert logits.shape == (1, len(LABELS))

    again = ft.finetune(tiny_export, data, tmp_path / "out", FAST, overwrite=True)  # deterministic on the CPU
    assert again["train_loss"] == metrics["train_loss"] and again["per_class"] == metrics["per_class"]
    with pytest.raises(ValueError, match="not empty; pass --overwrite"):
        ft.finetune(tiny_export, data, tmp_path / "out", FAST)


def test_cli_main_with_an_eval_file_prints_the_table(tiny_export, tmp_path, capsys):
    train, held_out = write_labeled(tmp_path / "train.jsonl", 30), write_labeled(tmp_path / "eval.jsonl", 9, seed=1)
    argv = ["finetune", "--model", str(tiny_export), "--train", str(train), "--eval", str(held_out),
            "--output", str(tmp_path / "out"), "--epochs", "1", "--device", "cpu", "--cpu-threads", "1",
            "--from-scratch-baseline"]  # fmt: skip
    assert cli_main(argv) == 0
    out = capsys.readouterr().out
    assert "on 30 examples, evaluated on 9" in out and "majority (cat)" in out and "from scratch" in out


def _config_of(argv):
    args = build_parser().parse_args(["finetune", "--model", "m", "--train", "t", "--output", "o", *argv])
    return load_with_shortcuts(ft.FinetuneConfig, args, ft.SHORTCUTS)


def test_config_comes_from_toml_and_set_and_flags_win(tmp_path):
    assert _config_of([]) == ft.FinetuneConfig()
    toml = tmp_path / "ft.toml"
    toml.write_text("epochs = 2\nlr = 1e-3\nbatch_size = 4\n")
    cfg = _config_of(["--config", str(toml), "--set", "epochs=5", "--set", "seed=7", "--epochs", "6"])
    assert (cfg.epochs, cfg.lr, cfg.batch_size, cfg.seed) == (6, 1e-3, 4, 7)
    with pytest.raises(ValueError, match="unknown key.*epoch.*valid keys are"):
        _config_of(["--set", "epoch=2"])
    with pytest.raises(ValueError, match="warmup_ratio must be in"):
        _config_of(["--warmup-ratio", "1.5"])


def test_bad_config_exits_2_with_one_error_line(tmp_path, capsys):
    argv = ["finetune", "--model", str(tmp_path), "--train", "t.jsonl", "--output", str(tmp_path / "o")]
    assert cli_main([*argv, "--set", "lr=fast"]) == 2
    assert capsys.readouterr().err.startswith("error: lr: expected float")


def test_optimizer_and_schedule_are_pretraining_s(tiny_export):
    """AdamW with no decay on 1-d parameters; warmup then linear decay to 0, as fine-tuning always had."""
    model = ft.load_classifier(tiny_export, ["a", "b"])
    optim = ft.optim_config(ft.FinetuneConfig(weight_decay=0.05, warmup_ratio=0.1), total_steps=40)
    optimizer = build_optimizer(model, optim, torch.device("cpu"))
    decay, no_decay = optimizer.param_groups
    assert decay["weight_decay"] == 0.05 and no_decay["weight_decay"] == 0.0 and decay["eps"] == 1e-8
    assert all(p.ndim >= 2 for p in decay["params"]) and all(p.ndim < 2 for p in no_decay["params"])
    factors = [lr_factor(step, optim) for step in range(41)]
    assert factors[:4] == [0.25, 0.5, 0.75, 1.0] and factors[-1] == 0.0
    assert factors[22] == pytest.approx((40 - 22) / 36)


def test_classification_metrics_on_a_known_case():
    m = ft.classification_metrics([0, 0, 1, 1, 2], [0, 1, 1, 1, 0], ["a", "b", "c"])
    assert m["accuracy"] == pytest.approx(0.6)
    assert m["per_class"]["a"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "support": 2}
    assert m["per_class"]["b"] == pytest.approx({"precision": 2 / 3, "recall": 1.0, "f1": 0.8, "support": 2})
    assert m["per_class"]["c"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}  # never predicted
    assert m["macro_f1"] == pytest.approx((0.5 + 0.8 + 0.0) / 3)
    majority = ft.majority_baseline([1, 0, 1, 0, 2], [0, 1, 2, 1], ["a", "b", "c"])  # tie 0/1: the lowest id
    assert majority["label"] == "a" and majority["accuracy"] == 0.25


def test_split_is_deterministic_disjoint_and_stratified():
    examples = [(f"text {i}", "ab"[i % 3 == 0]) for i in range(100)]  # 34 "b", 66 "a"
    labels = [label for _, label in examples]
    train, held_out = ft.split_examples(examples, labels, 0.2, seed=3)
    assert (train, held_out) == ft.split_examples(examples, labels, 0.2, seed=3)
    assert ft.split_examples(examples, labels, 0.2, seed=4)[1] != held_out
    assert not set(train) & set(held_out) and sorted(train + held_out) == sorted(examples)
    assert [label for _, label in held_out].count("b") == 7 and len(held_out) == 7 + 13
    assert train == sorted(train, key=examples.index)  # the input order is kept
    with pytest.raises(ValueError, match="in \\(0, 1\\)"):
        ft.split_examples(examples, labels, 1.0, seed=0)


def test_csv_input_and_custom_fields(tmp_path):
    path = tmp_path / "data.csv"
    path.write_text('body,tag,extra\n"hello, world",greet,x\n\nbye now,leave,y\n', encoding="utf-8")
    assert ft.read_labeled(path, "body", "tag") == [("hello, world", "greet"), ("bye now", "leave")]
    with pytest.raises(ValueError, match=r"data.csv:1: the CSV header .* lacks \['text', 'label'\]"):
        ft.read_labeled(path)


@pytest.mark.parametrize(
    ("content", "match"),
    [
        ('{"text": "a", "label": "x"}\n{"text": "b"}\n', r"bad.jsonl:2: no \"label\" field"),
        ('{"text": "a", "label": "x"}\n\n{"text": "  ", "label": "y"}\n', r"bad.jsonl:3: \"text\" is empty"),
        ('{"text": "a", "label": "x"}\n{"text": 5, "label": "x"}\n', r"bad.jsonl:2: \"text\" must be a string"),
        ('{"text": "a", "label": "x"\n', r"bad.jsonl:1: not valid JSON"),
        ("", r"bad.jsonl holds no examples"),
    ],
)
def test_bad_jsonl_names_file_and_line(tmp_path, content, match):
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=match):
        ft.read_labeled(path)


def test_unreadable_missing_and_single_class_inputs_are_refused(tiny_export, tmp_path):
    binary = tmp_path / "binary.jsonl"
    binary.write_bytes(b"\xff\xfe\x00\x81 not utf-8")
    with pytest.raises(ValueError, match="binary.jsonl could not be read as UTF-8"):
        ft.read_labeled(binary)
    with pytest.raises(ValueError, match="missing.jsonl does not exist"):
        ft.read_labeled(tmp_path / "missing.jsonl")
    with pytest.raises(ValueError, match="unknown format '.txt'"):
        (tmp_path / "a.txt").write_text("x\n")
        ft.read_labeled(tmp_path / "a.txt")
    one = tmp_path / "one.jsonl"
    one.write_text('{"text": "a", "label": "x"}\n{"text": "b", "label": "x"}\n')
    with pytest.raises(ValueError, match="one.jsonl: every example has the label 'x'; a classifier needs at least 2"):
        ft.finetune(tiny_export, one, tmp_path / "out", FAST)
    train = write_labeled(tmp_path / "train.jsonl", 9)
    other = tmp_path / "other.jsonl"
    other.write_text('{"text": "a", "label": "zebra"}\n')
    with pytest.raises(ValueError, match=r"other.jsonl: labels \['zebra'\] never occur in"):
        ft.finetune(tiny_export, train, tmp_path / "out", FAST, eval_path=other)
    with pytest.raises(ValueError, match="is not an exported model"):
        ft.finetune(tmp_path, train, tmp_path / "out2", FAST)
