"""`split-eval --labeled`: rows scored on whitespace-free offsets through the build's normalize + split path."""

import json

import pytest

from prep.cli import main
from prep.eval.split_eval import evaluate_set, read_split_set, undo_blank_line_layout


def _write(tmp_path, rows):
    path = tmp_path / "set.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_scores_boundaries_per_language_and_reports_misses(tmp_path, capsys):
    rows = [
        {"id": "a", "lang": "en", "genre": "g", "layout": "flowing", "sentences": ["It rained.", "We stayed."],
         "raw": "It rained. We stayed."},
        {"id": "b", "lang": "en", "genre": "g", "layout": "wrapped", "sentences": ["Mr. Lee came home late."],
         "raw": "Mr. Lee came\nhome late."},
        {"id": "c", "lang": "ko", "genre": "g", "layout": "blank_line_wrapped",
         "sentences": ["오후부터 많은 비가 내려 행사가 취소되었다.", "우리는 집에 있었다."],
         "raw": "오후부터 많은 비가 내려 행사가 취소되었다. 우리는\n\n집에 있었다."},
    ]
    scores = evaluate_set(read_split_set(_write(tmp_path, rows)))
    assert (scores["en"].tp, scores["en"].fp, scores["en"].fn, scores["en"].exact) == (1, 0, 0, 2)
    assert (scores["ko"].tp, scores["ko"].fp, scores["ko"].fn) == (1, 0, 0)
    assert main(["split-eval", "--labeled", str(_write(tmp_path, rows))]) == 0
    assert "target F1 >= 0.95: met" in capsys.readouterr().out


def test_a_missed_boundary_counts_and_a_bad_row_is_refused(tmp_path):
    rows = [{"id": "x", "lang": "en", "sentences": ["Done at 5", "Then home."], "raw": "Done at 5 Then home."}]
    score = evaluate_set(read_split_set(_write(tmp_path, rows)))["en"]
    assert (score.tp, score.fn, score.f1) == (0, 1, 0.0)
    bad = [{"id": "y", "lang": "en", "sentences": ["One."], "raw": "Two."}]
    with pytest.raises(ValueError, match="raw is not the gold sentences"):
        read_split_set(_write(tmp_path, bad))


def test_blank_line_layout_is_read_as_wrapped_lines_only_when_every_break_is_doubled():
    assert undo_blank_line_layout("a\n\nb\n\nc") == "a\nb\nc"
    assert undo_blank_line_layout("a\nb\n\nc") == "a\nb\n\nc"
