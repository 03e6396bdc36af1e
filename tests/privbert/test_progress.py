"""Progress bars: on a terminal, units / canaries done with rate and ETA; off a terminal, nothing (plain lines)."""

import io
import sys

from prep.executors import LocalRunner, Unit
from privbert.progress import progress_bar


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _double(unit: Unit) -> dict:
    return {"value": unit.index * 2}


def test_bar_only_on_a_terminal(monkeypatch):
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert progress_bar(range(3), desc="[x]", unit="unit").disable
    monkeypatch.setattr(sys, "stderr", Terminal())
    assert not progress_bar(range(3), desc="[x]", unit="unit").disable


def test_stage_units_show_a_bar_on_a_terminal_and_lines_elsewhere(tmp_path, monkeypatch):
    units = [Unit("scrub", i) for i in range(3)]
    lines: list[str] = []
    monkeypatch.setattr(sys, "stderr", io.StringIO())  # a pipe or a log file: the per-unit lines, no bar
    LocalRunner(1, progress=lines.append).run(_double, units, tmp_path / "a")
    assert lines == [f"[scrub] unit {i}/3 done" for i in (1, 2, 3)] and sys.stderr.getvalue() == ""

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    lines.clear()
    results = LocalRunner(1, progress=lines.append).run(_double, units, tmp_path / "b")
    assert [r["value"] for r in results] == [0, 2, 4] and lines == []
    shown = terminal.getvalue()
    assert "[scrub]" in shown and "3/3" in shown and "unit/s" in shown


def test_audit_progress_counts_canaries_and_never_shows_a_secret(monkeypatch, tmp_path):
    from tests.train.test_audit import _canary
    from train.audit import run_audit

    canaries = [_canary("PHONE_NUMBER", "en", seed=1), _canary("KR_RRN", "ko", seed=2)]
    canaries[1]["id"] += "-b"
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    report = run_audit(tmp_path, canaries, n_candidates=5, scorer=lambda items: [0.0] * len(items))
    shown = terminal.getvalue()
    assert len(report["canaries"]) == 2 and "[audit] canaries" in shown and "2/2" in shown
    assert all(c["secret"] not in shown for c in canaries)
