"""`GatedPattern`, `ScreenedPattern`, `LineStartPattern`: every gated scan of the package finds what its pattern's
own scan finds."""

from __future__ import annotations

import importlib
import json
import pkgutil
import random
from pathlib import Path

import pytest
import regex

import prep.pii
from prep.eval.pii_bench import generate_bench, prose_documents
from prep.pii.gated_scan import GatedPattern, LineStartPattern, ScreenedPattern

TUNING = Path(__file__).resolve().parents[3] / "data" / "eval" / "tuning"


def _gated_patterns() -> dict[str, GatedPattern | ScreenedPattern | LineStartPattern]:
    found = {}
    for info in pkgutil.iter_modules(prep.pii.__path__):
        module = importlib.import_module(f"prep.pii.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, (GatedPattern, ScreenedPattern, LineStartPattern)):
                found[f"{info.name}.{name}"] = value
    return found


GATED = _gated_patterns()


def _texts() -> list[str]:
    texts = [d.text for d in generate_bench(600, seed=13)] + [d.text for d in prose_documents()]
    for path in sorted(TUNING.glob("*.jsonl")):
        texts += [json.loads(line).get("text", "") for line in path.read_text().splitlines() if line.strip()]
    return [t for t in texts if t]


def _noise(texts: list[str], n: int, seed: int) -> list[str]:
    """Random strings of the corpus's own words (cues among them), letters, digits and marks, joined by spaces,
    punctuation and line breaks: matches beside near misses (a cue inside a word, after an apostrophe, before a
    digit, at a line start)."""
    rng = random.Random(seed)
    words = [w for t in texts for w in t.split()[:100] if w.isascii()]  # as often as the corpus has them
    odd = list("aZé1'’-.,:가_") + ["", " "]
    out = []
    for _ in range(n):
        pieces = [rng.choice(words) if rng.random() < 0.8 else "".join(rng.choice(odd) for _ in range(3))
                  for _ in range(rng.randint(1, 12))]
        out.append("".join(p + rng.choice(["", " ", " ", " ", "  ", ". ", ", ", ": ", "\n", "'", "-"]) for p in pieces))
    return out


def _matches(ms) -> list[tuple]:
    return [(m.span(), m.regs) for m in ms]


def test_the_package_has_gated_scans():
    assert GATED


@pytest.mark.parametrize("name", sorted(GATED))
def test_a_gated_scan_finds_what_its_pattern_finds(name):
    gated = GATED[name]
    texts = _texts()
    noise = _noise(texts, 20_000, seed=len(name))
    texts += noise + [t.lower() for t in texts + noise]
    for text in texts:
        assert _matches(gated.finditer(text)) == _matches(gated.pattern.finditer(text)), (name, text[:200])


def test_a_gate_too_narrow_would_be_seen():
    """The comparison above catches a gate that misses a match (here: no cue after a space)."""
    narrow = GatedPattern(regex.compile(r"(?<!\w)hi[ ]+(\w+)"), r"(?<=\n)(?=hi )")
    text = "x hi bob\nhi ann"
    assert _matches(narrow.finditer(text)) != _matches(narrow.pattern.finditer(text))
    wide = GatedPattern(narrow.pattern, r"(?=h)")
    assert _matches(wide.finditer(text)) == _matches(narrow.pattern.finditer(text))


def test_line_start_patterns_see_only_line_feeds_as_line_breaks():
    """`regex`'s `(?m)^` starts a line after `\\n` only, not after `\\r`, `\\x85`, U+2028; so does the wrapper."""
    lines = [p for p in GATED.values() if isinstance(p, LineStartPattern)]
    assert len(lines) >= 5
    rng = random.Random(17)
    pieces = ["Dear Ana,", "ANA DIAZ", "1. Ana Diaz", "— tess", "ana diaz — today at 9:00", "Diaz, Ana", "x", " ", ""]
    seps = ["\n", "\r\n", "\r", "\x85", "\u2028", "\n\n", " "]
    texts = ["".join(rng.choice(pieces) + rng.choice(seps) for _ in range(rng.randint(1, 6))) for _ in range(5000)]
    for scan in lines:
        for text in texts:
            assert _matches(scan.finditer(text)) == _matches(scan.pattern.finditer(text)), text
