"""`train.report`: the HTML page's sections and numbers, its PNGs, that it is self-contained and keeps
canary secrets out, and that headless Chromium renders it without errors (skipped without Chromium)."""

from __future__ import annotations

import base64
import fcntl
import json
import os
import re
import select
import shutil
import subprocess
import time
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from privbert.build_format import MANIFEST_NAME, TOKENIZER_DIR, TOKENIZER_HASHED_FILE, read_manifest
from privbert.config import from_dict
from privbert.io import write_json_atomic
from tests.train.conftest import make_documents
from train.cli import main
from train.config import TrainConfig
from train.report import write_report
from train.report_data import audit_comparison, audit_tables, length_summary, shard_stats
from train.trainer import run_training

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SECRETS = ["010-9876-5432", "kim.minsu@example.com", "900101-1234567"]
AUDIT = {
    "canaries": [
        {
            "id": "c0",
            "kind": "phone",
            "lang": "ko",
            "repeats": 1,
            "rank": 412,
            "candidates": 1000,
            "exposure_bits": 1.3,
            "secret": SECRETS[0],
        },
        {
            "id": "c1",
            "kind": "email",
            "lang": "en",
            "repeats": 10,
            "rank": 3,
            "candidates": 1000,
            "exposure_bits": 8.4,
            "value": SECRETS[1],
        },
        {
            "id": "c2",
            "kind": "rrn",
            "lang": "ko",
            "repeats": 100,
            "candidates": 1000,
            "models": {"raw": {"rank": 1, "exposure_bits": 9.97}, "scrubbed": {"rank": 530, "exposure_bits": 0.9}},
            "canary": {"secret_text": SECRETS[2], "template": "my number is {}"},
        },
    ],
    "summary": {"canaries": 3, "mean_exposure_bits": 4.1, "models": {"raw": {"max_rank": 412}}},
}


def _tiny_run(build_dir: Path, run_dir: Path) -> Path:
    cfg = from_dict(
        TrainConfig,
        {
            "data": {"build_dir": str(build_dir), "batch_size": 16, "num_workers": 0},
            "model": {"preset": "tiny", "hidden_size": 64, "num_heads": 2},
            "optim": {"lr": 2e-3, "warmup_steps": 2, "max_steps": 8},
            "run": {
                "output_dir": str(run_dir),
                "log_every": 2,
                "checkpoint_every": 0,
                "device": "cpu",
                "cpu_threads": 1,
                "export": False,
                "tensorboard": False,
            },
        },
    )
    return run_training(cfg)


@pytest.fixture(scope="module")
def report(shared_build, tmp_path_factory) -> Path:
    """A tiny trained run on a copy of the shared build whose manifest also has prep's sentence lengths
    (as the shards stage counts them), and its report."""
    from tokenizers import Tokenizer

    root = tmp_path_factory.mktemp("report")
    build = root / "build"
    shutil.copytree(shared_build, build)
    docs = make_documents(120, seed=7)  # the documents conftest's make_build made the shards from
    tokenizer = Tokenizer.from_file(str(build / TOKENIZER_DIR / TOKENIZER_HASHED_FILE))
    encodings = tokenizer.encode_batch([s for d in docs for s in d], add_special_tokens=False)
    manifest = json.loads((build / MANIFEST_NAME).read_text())
    manifest["sentence_tokens"] = {str(n): c for n, c in sorted(Counter(len(e.ids) for e in encodings).items())}
    write_json_atomic(build / MANIFEST_NAME, manifest)
    run_dir = _tiny_run(build, root / "run")
    (run_dir / "audit.json").write_text(json.dumps(AUDIT), encoding="utf-8")
    return write_report(run_dir)


def test_report_has_every_section_and_the_manifests_numbers(report):
    page = report.read_text(encoding="utf-8")
    assert report == report.parents[2] / "run" / "report" / "report.html"
    for title in [
        "Corpus",
        "PII found and replaced",
        "Sentence lengths",
        "Sequence lengths",
        "NSP label balance",
        "Training curves",
        "Throughput",
        "Memorization audit",
    ]:
        assert f"<h2>{title}</h2>" in page
    manifest = json.loads((report.parents[2] / "build" / MANIFEST_NAME).read_text())
    counts = manifest["counts"]
    cell = '<td class="num">{:,}</td>'.format
    assert "<td>PERSON</td>" not in page  # entity names are label cells
    assert '<td class="label">PERSON</td>' + cell(counts["pii_PERSON"]) in page
    assert '<td class="label">PHONE_NUMBER</td>' + cell(counts["pii_PHONE_NUMBER"]) in page
    assert '<td class="label">total</td>' + cell(counts["pii_PERSON"] + counts["pii_PHONE_NUMBER"]) in page
    assert '<td class="label">documents in</td>' + cell(counts["docs_in"]) in page
    assert '<td class="label">  dropped: too_short</td>' + cell(counts["dropped_too_short"]) in page
    assert '<td class="label">NSP examples</td>' + cell(counts["examples"]) in page
    rows = json.loads((report.parents[2] / "build" / "rows.json").read_text())
    labels = Counter(r["next_sentence_label"] for r in rows)
    assert "<td>B follows A (IsNext)</td>" + cell(labels[0]) in page
    assert "<td>B is random (NotNext)</td>" + cell(labels[1]) in page
    assert f"{counts['sentences']:,} of {counts['sentences']:,} sentences read" in page  # the histogram was found
    assert '<td class="label">max tokens</td>' + cell(max(len(r["input_ids"]) for r in rows)) in page
    assert '<td class="label">step</td><td class="num">2</td><td class="num">8</td>' in page  # first, last log line


def test_report_pngs_are_written_embedded_and_valid(report):
    import matplotlib.image

    page = report.read_text(encoding="utf-8")
    names = {p.name for p in report.parent.glob("*.png")}
    assert {"pii.png", "sentence_lengths.png", "sequence_lengths.png", "training.png", "throughput.png"} <= names
    assert any(n.startswith("audit_") for n in names)  # the exposure scatter of the canary table
    embedded = re.findall(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"', page)
    assert len(embedded) == len(names)
    for path in report.parent.glob("*.png"):
        data = path.read_bytes()
        assert data.startswith(PNG_SIGNATURE)
        assert base64.b64encode(data).decode() in embedded  # the page embeds exactly the file's bytes
        pixels = matplotlib.image.imread(path)
        assert pixels.ndim == 3 and pixels.shape[0] > 100 and pixels.shape[1] > 300 and pixels.std() > 0.05


def test_report_is_self_contained(report):
    page = report.read_text(encoding="utf-8")
    assert "http://" not in page and "https://" not in page and "<script" not in page.lower()
    for attr, url in re.findall(r'\b(src|href|action|poster)\s*=\s*"([^"]*)"', page):
        assert url.startswith("data:image/png;base64,") if attr == "src" else url.startswith("#"), (attr, url[:40])
    assert "url(" not in page and "@import" not in page  # no stylesheet fetches either


def test_audit_rows_render_generically_without_secrets(report):
    page = report.read_text(encoding="utf-8")
    audit = page[page.index('<section id="audit">') :]
    for secret in SECRETS:
        assert secret not in page
    assert not re.search(r"<t[hd][^>]*>[^<]*secret", audit, re.IGNORECASE)  # not even the column names
    for header in [
        "id",
        "kind",
        "lang",
        "repeats",
        "rank",
        "candidates",
        "exposure_bits",
        "models.raw.rank",
        "models.scrubbed.exposure_bits",
        "canary.template",
    ]:
        assert f"<th>{header}</th>" in audit
    assert '<td class="label">c2</td><td>rrn</td><td>ko</td>' in audit
    assert '<td class="label">mean_exposure_bits</td><td class="num">4.1</td>' in audit
    assert "summary.models" in audit  # a nested summary becomes its own key/value table


def test_audit_tables_drop_private_keys_at_every_depth():
    tables = audit_tables([{"id": 1, "Secret": "x", "value": "y", "text": "z", "m": {"prefix": "p", "rank": 2}}])
    assert [(t.title, t.headers, t.rows) for t in tables] == [("canaries", ["id", "m.rank"], [[1, 2]])]
    assert audit_tables("not an object") == [] and audit_tables({"secret_key": 3}) == []


def test_audit_tables_of_two_compared_models():
    """The shape `python -m train audit --model A --model B --output F` writes: {"reports": [A, B]}."""

    def one(model: str, rank: float) -> dict:
        row = {
            "id": "c0",
            "kind": "phone",
            "lang": "ko",
            "repeats": 10,
            "rank": rank,
            "candidates": 1000,
            "exposure_bits": 3.2,
            "secret_pieces": 4,
        }
        summary = {"canaries": 1, "mean_bits": 3.2, "by_kind": {"phone": 3.2}, "by_repeats": {"10": 3.2}}
        return {"model": model, "build": {"dir": "build/x", "label": "scrubbed"}, "canaries": [row], "summary": summary}

    tables = {t.title: t for t in audit_tables({"reports": [one("raw/export", 1.0), one("scrubbed/export", 77.5)]})}
    assert tables["reports 1.canaries"].headers == [
        "id",
        "kind",
        "lang",
        "repeats",
        "rank",
        "candidates",
        "exposure_bits",
    ]  # secret_pieces left out
    assert tables["reports 2.canaries"].rows == [["c0", "phone", "ko", 10, 77.5, 1000, 3.2]]
    assert tables["reports 2"].rows == [["model", "scrubbed/export"]]
    assert tables["reports 1.summary.by_repeats"].rows == [["10", 3.2]]
    assert "reports 1.build" in tables

    labels, side_by_side, runs = audit_comparison({"reports": [one("raw/export", 1.0), one("scrubbed/export", 77.5)]})
    by_title = {t.title: t for t in side_by_side}
    assert labels == ["A: scrubbed", "B: scrubbed"] and len(runs) == 2
    assert by_title["Canary exposure (bits)"].rows == [["c0", "phone", "ko", 10, 1.0, 3.2, 77.5, 3.2]]
    assert by_title["Mean exposure by repeats"].rows == [[10, 3.2, 3.2]]
    assert audit_comparison({"rows": [{"id": 1}]}) is None  # another shape: the generic tables above
    secret = one("m", 1.0)
    secret["canaries"][0]["secret"] = "010-1234-5678"
    assert "010-1234-5678" not in repr(audit_comparison(secret)[1])


def test_length_summary_of_a_bincount():
    counts = np.bincount([3, 3, 4, 10])
    assert length_summary(counts) == {"count": 4, "mean": 5.0, "median": 3, "p95": 10, "max": 10}
    assert length_summary(np.zeros(3, dtype=np.int64)) == {"count": 0}


def test_shard_stats_count_every_example(shared_build):
    manifest = read_manifest(shared_build)
    rows = json.loads((shared_build / "rows.json").read_text())
    stats = shard_stats(shared_build, manifest)
    assert stats.examples == len(rows) and not stats.missing
    assert list(np.flatnonzero(stats.length_counts)) == sorted({len(r["input_ids"]) for r in rows})
    assert stats.label_counts == dict(Counter(r["next_sentence_label"] for r in rows))


def test_cli_helpers_take_output_and_audit_and_report_absent_pieces(report, shared_build, tmp_path, capsys):
    run_dir = tmp_path / "run"  # a run folder on the shared build, whose manifest has no sentence lengths
    run_dir.mkdir()
    config = json.loads((report.parents[1] / "config.json").read_text())
    config["data"]["build_dir"] = str(shared_build)
    (run_dir / "config.json").write_text(json.dumps(config))
    audit = tmp_path / "elsewhere.json"
    audit.write_text(json.dumps({"canaries": [{"id": "k9", "rank": 7, "exposure_bits": 2.0}]}))
    out = tmp_path / "out"
    assert main(["report", str(run_dir), "--output", str(out), "--audit", str(audit)]) == 0
    assert str(out / "report.html") in capsys.readouterr().out
    page = (out / "report.html").read_text(encoding="utf-8")
    assert '<td class="label">k9</td>' in page and "no sentence length histogram" in page and "No log.jsonl" in page
    assert not (out / "training.png").exists() and (out / "sequence_lengths.png").exists()
    assert main(["report", str(run_dir), "--audit", str(tmp_path / "none.json")]) == 2
    assert main(["report", str(tmp_path / "nowhere")]) == 2
    assert "does not exist" in capsys.readouterr().err


# ------------------------------------------------------------- headless Chromium, driven over --remote-debugging-pipe


def _find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        if path := shutil.which(name):
            return path
    return None


def _move_above(fd: int, lowest: int) -> int:
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, lowest)
    os.close(fd)
    return moved


class DevToolsPipe:
    """The Chrome DevTools Protocol over --remote-debugging-pipe (fd 3 in, fd 4 out, NUL-framed JSON)."""

    def __init__(self, binary: str, user_data_dir: Path, timeout_s: float = 60.0):
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()
        # the child's ends move above 9 first, so that dup2 onto 3 and 4 cannot overwrite one with the other
        to_chrome_r, from_chrome_w = (_move_above(fd, 10) for fd in (to_chrome_r, from_chrome_w))
        flags = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--remote-debugging-pipe",
            f"--user-data-dir={user_data_dir}",
        ]

        def onto_3_and_4() -> None:  # in the child, before exec: the two fds Chromium's pipe mode reads
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)

        self.proc = subprocess.Popen(
            [binary, *flags],
            preexec_fn=onto_3_and_4,
            close_fds=False,  # keeps 3 and 4 (dup2 makes them inheritable); Python's own fds are close-on-exec
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.deadline = time.monotonic() + timeout_s
        self.events: list[dict] = []
        self._buffer = b""
        self._next_id = 0

    def _read_message(self) -> dict:
        while b"\0" not in self._buffer:
            left = self.deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_chrome], [], [], left)[0]:
                raise TimeoutError("Chromium did not answer in time")
            chunk = os.read(self._from_chrome, 1 << 16)
            if not chunk:
                raise RuntimeError(f"Chromium closed the pipe (exit code {self.proc.poll()})")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_chrome, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read_message()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]
            self.events.append(reply)

    def wait_for(self, method: str) -> dict:
        while not any(e.get("method") == method for e in self.events):
            self.events.append(self._read_message())
        return next(e for e in self.events if e.get("method") == method)

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except (OSError, RuntimeError, TimeoutError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._to_chrome)
        os.close(self._from_chrome)


def render(page: Path, tmp_path: Path, width: int = 1200, height: int = 2000) -> tuple[bytes, dict, list[str], list]:
    """Load `page` in headless Chromium: (viewport screenshot PNG, DOM facts, requested URLs, error events)."""
    binary = _find_chromium()
    if binary is None:
        pytest.skip(
            "chromium not found (Debian: apt-get install chromium; `make test` installs it as root): "
            "the report's browser check is skipped"
        )
    chrome = DevToolsPipe(binary, tmp_path / "chromium-profile")
    try:
        target = chrome.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = chrome.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            chrome.send(f"{domain}.enable", session=session)
        chrome.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
            session=session,
        )
        chrome.send("Page.navigate", {"url": page.resolve().as_uri()}, session=session)
        chrome.wait_for("Page.loadEventFired")
        facts = chrome.send(
            "Runtime.evaluate",
            {
                "expression": "JSON.stringify({images: Array.from(document.images).map(i => [i.complete, "
                "i.naturalWidth]), h2: Array.from(document.querySelectorAll('h2')).map(h => h.textContent), "
                "tables: document.querySelectorAll('table').length, overflow: document.documentElement.scrollWidth "
                "> window.innerWidth})",
                "returnByValue": True,
            },
            session=session,
        )["result"]["value"]
        shot = chrome.send("Page.captureScreenshot", {"format": "png"}, session=session)["data"]
    finally:
        chrome.close()
    requests = [e["params"]["request"]["url"] for e in chrome.events if e.get("method") == "Network.requestWillBeSent"]
    errors = [
        e["params"]
        for e in chrome.events
        if e.get("method") in ("Runtime.exceptionThrown", "Network.loadingFailed")
        or (e.get("method") == "Log.entryAdded" and e["params"]["entry"]["level"] == "error")
        or (e.get("method") == "Runtime.consoleAPICalled" and e["params"]["type"] in ("error", "assert"))
    ]
    return base64.b64decode(shot), json.loads(facts), requests, errors


def test_report_renders_in_headless_chromium(report, tmp_path):
    import matplotlib.image

    png, facts, requests, errors = render(report, tmp_path)
    assert errors == []
    assert all(url.startswith(("file:", "data:")) for url in requests), requests  # nothing fetched from a network
    assert facts["images"] and all(complete and width > 0 for complete, width in facts["images"]), facts["images"]
    assert not facts["overflow"]  # nothing wider than the window: no sideways scrolling
    assert facts["h2"][:3] == ["Corpus", "PII found and replaced", "Sentence lengths"] and facts["tables"] >= 8
    (tmp_path / "screenshot.png").write_bytes(png)  # left in pytest's tmp folder for a person to look at
    pixels = matplotlib.image.imread(tmp_path / "screenshot.png")[..., :3]
    assert pixels.shape[:2] == (2000, 1200)
    not_white = (pixels < 0.95).any(axis=-1).mean()
    assert 0.03 < not_white < 0.9 and pixels.std() > 0.05, (not_white, pixels.std())


def test_leaks_section_counts_canaries_apart_and_says_what_the_audit_cannot_see(tmp_path):
    from privbert.build_format import FORMAT_VERSION, Manifest
    from train import report

    section = {"canaries": 2, "insertions": 20, "scrubbed": True, "caught": 1, "missed": 1,
               "missed_kinds": ["PERSON_BARE"], "pii_in_canaries": {"PERSON": 10},
               "by_kind": {"PERSON": {"canaries": 1, "insertions": 10, "caught": 1, "missed": 0, "entity": "PERSON"},
                           "PERSON_BARE": {"canaries": 1, "insertions": 10, "caught": 0, "missed": 1,
                                           "entity": "PERSON"}}}
    manifest = Manifest(tmp_path / "manifest.json", {"format_version": FORMAT_VERSION, "canaries": section,
                                                      "counts": {"canaries_planted": 20, "pii_PERSON": 5}})
    assert manifest.canary_insertions == 20 and manifest.canary_missed_kinds == ["PERSON_BARE"]
    (tmp_path / "leak_check.json").write_text(json.dumps({"vocabulary": {"ko_name": 3}, "failures": ["x"]}))
    page = report._leaks_section(tmp_path, manifest)
    assert "cannot see" in page and "LEAK: the scrubber missed canaries of kinds PERSON_BARE" in page
    assert "not counted in" in page and "vocabulary: ko_name" in page and "LEAK CHECK FAILED" in page
    assert "No leak_check.json" in report._leaks_section(tmp_path / "none", manifest)
