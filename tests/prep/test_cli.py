"""`python -m prep`: the command table, each command's help, and the module entry point."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from prep.cli import COMMANDS, main

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_of_the_table_has_help(command, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0 and f"python -m prep {command}" in capsys.readouterr().out


def test_module_entry_point_lists_the_commands():
    out = subprocess.run(
        [sys.executable, "-m", "prep", "--help"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    for command in ("build", "scrub", "split", "tokenizer", "shards", "verify", *COMMANDS):
        assert command in out


def test_bad_input_exits_2_with_one_error_line(tmp_path, capsys):
    assert main(["build", "--config", str(tmp_path / "missing.toml")]) == 2
    assert capsys.readouterr().err == f"error: config file {tmp_path / 'missing.toml'} does not exist; pass an existing TOML file to --config\n"  # noqa: E501


def test_build_without_an_output_folder_is_refused_and_writes_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["build"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: no output folder named: pass --output DIR") and err.count("\n") == 1
    assert not any(tmp_path.iterdir())  # no build/demo, no work/


def test_build_input_takes_files_folders_and_globs_and_replaces_the_config(tmp_path, capsys):
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    texts = {
        docs / "a.txt": "The river flooded the village in spring. Farmers moved their cattle to the hills.\n",
        docs / "sub" / "b.txt": "계약 해지는 서면으로 통지해야 합니다. 통지 후 30일이 지나면 효력이 생깁니다.\n",
        tmp_path / "c1.txt": "The central bank raised interest rates. Inflation slowed in the following months.\n",
        tmp_path / "c2.txt": "도서관은 주말에도 문을 엽니다. 대출 기간은 2주입니다.\n",
        tmp_path / "single.txt": "A good bread needs time to rise. Bakers start before dawn every day.\n",
    }
    for path, text in texts.items():
        path.write_text(text * 3, encoding="utf-8")
    config = tmp_path / "c.toml"
    config.write_text('workers = 1\n[input]\npaths = ["elsewhere.jsonl"]\n[tokenizer]\nvocab_size = 200\n')
    out = tmp_path / "out"
    code = main(["build", "--config", str(config), "--input", str(docs), str(tmp_path / "c*.txt"),
                 str(tmp_path / "single.txt"), "--output", str(out)])
    assert code == 0, capsys.readouterr().err
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(Path(i["path"]).name for i in manifest["inputs"]) == ["a.txt", "b.txt", "c1.txt", "c2.txt",
                                                                        "single.txt"]
    assert manifest["build"]["output_dir"] == str(out)
