import json
import subprocess
import sys
from pathlib import Path

import pytest

from privbert.build_format import MANIFEST_NAME
from train.cli import COMMANDS, main
from train.trainer import run_training

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "command, flag",
    [("run", "--resume"), ("export", "--checkpoint"), ("fill-mask", "--top-k"), ("summary", "--probes")],
)
def test_help_of_each_command(command, flag, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert flag in capsys.readouterr().out


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_of_the_table_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0 and f"python -m train {command}" in capsys.readouterr().out


def test_module_entry_point_lists_the_commands():
    out = subprocess.run(
        [sys.executable, "-m", "train", "--help"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    for command in ("run", "export", "fill-mask", "summary", *COMMANDS):
        assert command in out


def test_bad_input_exits_with_a_message_not_a_traceback(tmp_path, capsys):
    assert main(["run", "--config", str(tmp_path / "missing.toml")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["summary", "--run", str(tmp_path / "nowhere")]) == 2


def test_fill_mask_names_a_run_folder_that_has_no_export_yet(tmp_path, capsys):
    run = tmp_path / "run"
    run.mkdir()
    (run / "config.json").write_text("{}")  # the training config: not a model
    (run / "log.jsonl").write_text("")
    assert main(["fill-mask", "--model", str(run), "a [MASK] ."]) == 2
    err = capsys.readouterr().err
    assert "is a run folder without export/" in err and "python -m train export --checkpoint" in err


@pytest.fixture
def finished_run(make_config, tmp_path):
    return run_training(make_config(optim={"max_steps": 10}))


def test_fill_mask_and_export_commands(finished_run, tmp_path, capsys):
    probes = tmp_path / "probes.jsonl"
    probes.write_text(json.dumps({"text": "the [MASK] eats apples in the garden .", "expected": ["cat"]}) + "\n")
    assert (
        main(
            [
                "fill-mask",
                "--model",
                str(finished_run / "export"),
                "--top-k",
                "3",
                "--file",
                str(probes),
                "every morning the dog walks to the [MASK] .",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert out.count("  1. ") == 2 and out.count("  3. ") == 2 and "  4. " not in out
    assert main(["fill-mask", "--model", str(finished_run / "export"), "no mask here"]) == 2

    # a run folder means its export, as `train audit` takes it: the same predictions
    by_export = main(["fill-mask", "--model", str(finished_run / "export"), "--file", str(probes)])
    export_out = capsys.readouterr().out
    assert by_export == 0 and main(["fill-mask", "--model", str(finished_run), "--file", str(probes)]) == 0
    assert capsys.readouterr().out == export_out

    checkpoint = finished_run / "checkpoints/step-000010"
    assert main(["export", "--checkpoint", str(checkpoint), "--output", str(tmp_path / "exp")]) == 0
    assert (tmp_path / "exp/config.json").is_file() and (tmp_path / "exp/tokenizer.json").is_file()


def test_summary_prints_counts_losses_and_probes(finished_run, tmp_path, capsys):
    probes = tmp_path / "probes.jsonl"
    probes.write_text(json.dumps({"text": "the red cat eats [MASK] in the garden .", "expected": ["apples"]}) + "\n")
    assert main(["summary", "--run", str(finished_run), "--probes", str(probes)]) == 0
    out = capsys.readouterr().out
    assert "PERSON" in out and "41" in out and "PHONE_NUMBER" in out
    assert "documents dropped" in out and "too_short" in out
    assert "NSP examples" in out and "shard bytes" in out
    assert "first" in out and "last" in out and "Fill-mask top-5" in out


def test_summary_survives_missing_counts_and_log(build_copy, make_config, capsys):
    cfg = make_config(data={"build_dir": str(build_copy)}, optim={"max_steps": 1}, run={"export": False})
    run_dir = run_training(cfg)
    manifest = json.loads((build_copy / MANIFEST_NAME).read_text())
    manifest["counts"] = {"docs_in": 5}
    (build_copy / MANIFEST_NAME).write_text(json.dumps(manifest))
    (run_dir / "log.jsonl").unlink()
    assert main(["summary", "--run", str(run_dir), "--probes", "unused.jsonl"]) == 0
    out = capsys.readouterr().out
    summary = out[out.index("PII found") :]
    assert "total" in summary and "PERSON" not in summary  # no PII counts: a zero total, no crash
    assert "documents out" in summary and "log.jsonl  absent" in summary and "export  absent" in summary
