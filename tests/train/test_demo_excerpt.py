"""`python -m train demo-excerpt`: the README's demo figures come from the demo's outputs, never typed.

(1) The README's marked block is the committed docs/demo_excerpt.md, byte for byte: a hand edit of
either fails here. (2) On a tiny run (conftest's build, a few training steps, an audit file and a
metrics file written here) the excerpt holds the outputs' figures. (3) A missing output is refused
with a message that names it, and nothing is written.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from privbert.config import from_dict
from privbert.io import write_json_atomic
from privbert.run_format import AUDIT_NAME, EXPORT_DIR, LOG_NAME
from tests.train.conftest import make_build
from train.audit import exposure_bits, summarize_rows, verdict
from train.cli import main
from train.config import TrainConfig
from train.demo_excerpt import END, HEADER, START, document, excerpt, readme_block, replace_block, side_by_side
from train.finetune import METRICS_NAME
from train.trainer import run_training

REPO = Path(__file__).resolve().parents[2]
SECRET = "010-9876-5432"  # a canary secret as the key file holds it: must never reach the excerpt


def test_readme_block_is_the_committed_excerpt_byte_for_byte():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    start, end = readme_block(readme)
    committed = (REPO / "docs" / "demo_excerpt.md").read_text(encoding="utf-8")
    assert readme[start:end] == committed, (
        "README.md's demo excerpt differs from docs/demo_excerpt.md; both are written by `make demo` "
        "(python -m train demo-excerpt): rerun it instead of editing either by hand"
    )
    assert committed.startswith(HEADER) and committed.endswith("```\n")


def _report(model: str, mode: str, ranks: list[float]) -> dict:
    rows = []
    for (kind, lang, repeats), rank in zip(
        [("PHONE_NUMBER", "ko", 1), ("PHONE_NUMBER", "ko", 50), ("PERSON", "en", 1), ("PERSON", "en", 50)],
        ranks, strict=True,
    ):
        rows.append({"id": f"{kind.lower()}-{lang}-r{repeats}-0", "kind": kind, "lang": lang, "repeats": repeats,
                     "rank": rank, "candidates": 1000, "exposure_bits": round(exposure_bits(rank, 1000), 3),
                     "scrubber": "unscrubbed" if mode == "off" else "caught", "uninformative": False})
    label = "UNSCRUBBED" if mode == "off" else f"scrubbed ({mode})"
    report = {"model": f"{model}/export", "build": {"dir": "build/x", "scrub_mode": mode, "label": label},
              "canaries": rows, "summary": {**summarize_rows(rows, 1000), "seed": 0}}
    report["verdict"] = verdict(report)
    return report


METRICS = {
    "model": "run/export", "labels": ["animals", "food"], "n_train": 8, "n_eval": 2, "device": "cpu",
    "accuracy": 0.5, "macro_f1": 0.3333, "seconds": 12.34,
    "per_class": {"animals": {"precision": 0.5, "recall": 1.0, "f1": 0.667, "support": 1},
                  "food": {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 1}},
    "majority_baseline": {"label": "animals", "accuracy": 0.5, "macro_f1": 0.3333},
    "from_scratch_baseline": {"accuracy": 0.25, "macro_f1": 0.2, "train_loss": [0.7]},
}


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> Path:
    """What `make demo` leaves, in small: a trained and exported run, its audit of two models, fine-tuning
    metrics, fill-mask probes, and a README with the two markers."""
    root = tmp_path_factory.mktemp("excerpt")
    build = make_build(root / "build")
    cfg = from_dict(TrainConfig, {
        "data": {"build_dir": str(build), "batch_size": 16, "num_workers": 0},
        "model": {"preset": "tiny", "hidden_size": 64, "num_heads": 2},
        "optim": {"lr": 2e-3, "warmup_steps": 2, "max_steps": 6},
        "run": {"output_dir": str(root / "run"), "log_every": 2, "checkpoint_every": 0, "device": "cpu",
                "cpu_threads": 1, "tensorboard": False},
    })
    run = run_training(cfg)
    audit = {"reports": [_report("run", "placeholder", [530, 700, 12, 3]), _report("raw-run", "off", [400, 1, 9, 2])]}
    audit["reports"][0]["canaries"][0]["secret"] = SECRET  # were one ever written, the excerpt must not print it
    write_json_atomic(run / AUDIT_NAME, audit)
    (root / "finetune").mkdir()
    write_json_atomic(root / "finetune" / METRICS_NAME, METRICS)
    (root / "probes.jsonl").write_text(
        json.dumps({"text": "the red [MASK] eats apples in the garden .", "expected": ["cat", "dog"]}) + "\n",
        encoding="utf-8")
    (root / "README.md").write_text(f"# x\n\nbefore\n\n{START}typed by hand\n{END}\n\nafter\n", encoding="utf-8")
    return root


def _args(root: Path, **changes: str) -> list[str]:
    paths = {"--run": root / "run", "--finetune": root / "finetune", "--probes": root / "probes.jsonl",
             "--output": root / "docs" / "demo_excerpt.md", "--readme": root / "README.md", **changes}
    return ["demo-excerpt", *(x for k, v in paths.items() for x in (k, str(v)))]


def test_excerpt_holds_the_outputs_figures(outputs):
    run = outputs / "run"
    text = excerpt(run, run / AUDIT_NAME, outputs / "finetune", outputs / "probes.jsonl")
    lines = text.splitlines()
    log = [json.loads(x) for x in (run / LOG_NAME).read_text().splitlines()]

    # the manifest's PII counts beside its corpus counts (conftest's make_build: 41 PERSON, 17 PHONE_NUMBER)
    assert lines[0].startswith("PII found and replaced (by type)") and "Corpus build: " in lines[0]
    assert any(x.startswith("PERSON") and x.split()[1] == "41" and "documents in" in x for x in lines)
    assert any(x.startswith("total") and x.split()[1] == "58" for x in lines)
    assert any("documents out " in x and x.split()[-1] == "120" for x in lines)
    # the training log's first and last line
    loss = next(x for x in lines if x.startswith("loss "))
    assert loss.split()[1:] == [f"{log[0]['loss']:.4f}", f"{log[-1]['loss']:.4f}"]
    # the probes, run on the export
    assert any(x.startswith("Fill-mask top-5 (") for x in lines)
    assert any(x.startswith("the red [MASK] eats apples in the garden .") and "cat/dog" in x for x in lines)
    # the audit: both models, per canary kind (missed by the scrubber, exposed, mean bits), the means, the verdicts
    assert "model A: run/export  [scrubbed (placeholder), build build/x]" in lines
    assert "model B: raw-run/export  [UNSCRUBBED, build build/x]" in lines
    start = next(i for i, x in enumerate(lines) if x.startswith("Per kind (exposed: rank in the top 0.01"))
    phone = next(x for x in lines[start:] if x.startswith("PHONE_NUMBER"))
    assert phone.split()[:3] == ["PHONE_NUMBER", "2", "0"]  # 2 canaries, none missed by the scrubber
    assert phone.split()[3] == "0" and phone.split()[6] == "1"  # exposed: none in A, the rank-1 one in B
    assert not any(x.startswith(("phone_number-ko-r50-0", "person-en-r1-0")) for x in lines)  # kinds, not canaries
    means = lines[lines.index("Mean exposure by repeats"):]
    assert means[3].split() == ["1", f"{(exposure_bits(530, 1000) + exposure_bits(12, 1000)) / 2:.2f}",
                                f"{(exposure_bits(400, 1000) + exposure_bits(9, 1000)) / 2:.2f}"]
    assert any(x.startswith("VERDICT A: no canary missed by the scrubber") for x in lines)
    assert any(x.startswith("VERDICT B: ") and "[UNSCRUBBED twin]" in x for x in lines)
    # the fine-tuning scores, without the seconds (the one figure two identical runs differ in)
    assert "fine-tuned run/export on 8 examples, evaluated on 2 (2 classes, cpu)" in lines
    assert [x.split()[-2:] for x in lines if x.startswith(("fine-tuned  ", "from scratch"))] == [
        ["0.5000", "0.3333"], ["0.2500", "0.2000"]]
    assert SECRET not in text and "12.3" not in text


def test_the_command_writes_the_file_and_the_readme_block_the_same_and_again_identically(outputs, capsys):
    assert main(_args(outputs)) == 0
    written = (outputs / "docs" / "demo_excerpt.md").read_text(encoding="utf-8")
    readme = (outputs / "README.md").read_text(encoding="utf-8")
    start, end = readme_block(readme)
    assert readme[start:end] == written and written.startswith(HEADER + "```\nPII found")
    assert readme.startswith("# x\n\nbefore\n\n" + START) and readme.endswith(END + "\n\nafter\n")
    assert "typed by hand" not in readme and "excerpt written to" in capsys.readouterr().out
    assert main(_args(outputs)) == 0  # deterministic: a second run rewrites the same bytes
    assert (outputs / "docs" / "demo_excerpt.md").read_text(encoding="utf-8") == written
    assert (outputs / "README.md").read_text(encoding="utf-8") == readme


@pytest.mark.parametrize(
    ("missing", "message"),
    [
        (f"run/{AUDIT_NAME}", "audit.json is missing (the memorization audit"),
        (f"finetune/{METRICS_NAME}", "metrics.json is missing (the fine-tuning scores"),
        (f"run/{EXPORT_DIR}", "is missing (the exported model"),
        (f"run/{LOG_NAME}", "log.jsonl is missing (the training log)"),
        ("probes.jsonl", "probes.jsonl is missing (the fill-mask probes)"),
    ],
)
def test_a_missing_output_is_refused_by_name_and_nothing_is_written(outputs, tmp_path, capsys, missing, message):
    root = tmp_path / "copy"
    shutil.copytree(outputs, root)
    shutil.rmtree(root / "docs", ignore_errors=True)
    target = root / missing
    shutil.rmtree(target) if target.is_dir() else target.unlink()
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert main(_args(root)) == 2
    err = capsys.readouterr().err
    assert message in err and "make demo" in err
    assert not (root / "docs").exists() and (root / "README.md").read_text(encoding="utf-8") == readme


def test_a_missing_run_folder_and_a_readme_without_markers_are_refused(outputs, tmp_path, capsys):
    assert main(_args(outputs, **{"--run": str(tmp_path / "nowhere")})) == 2
    assert "nowhere is missing (the demo's training run" in capsys.readouterr().err
    plain = tmp_path / "README.md"
    plain.write_text("# no markers\n", encoding="utf-8")
    assert main(_args(outputs, **{"--readme": str(plain), "--output": str(tmp_path / "x.md")})) == 2
    assert "demo-excerpt:start" in capsys.readouterr().err and not (tmp_path / "x.md").exists()
    with pytest.raises(ValueError, match="one <!-- demo-excerpt:start -->"):
        replace_block(f"{END}\n{START}", "x")


def test_side_by_side_pads_by_terminal_width_and_document_wraps_a_code_block():
    assert side_by_side("ab\n한글", "x\ny\nz", gap=2) == "ab    x\n한글  y\n      z"
    assert side_by_side("a\nb", "c", gap=1) == "a c\nb"
    assert document("t\n") == f"{HEADER}```\nt\n```\n"
