"""How many copies of the canaries each build's training text holds, by repeat level (for `make dedup-effect`).

    python benchmarks/canary_copies.py KEY.jsonl NAME=BUILD_DIR [NAME=BUILD_DIR ...]

Counts every canary's secret in BUILD_DIR/work/split/*.txt (an unscrubbed twin's split text, before it
is removed) and prints, per repeat level, the copies each build kept: with near-duplicate hosts and
near-dedup on, 1 per canary; off, `repeats` per canary. Counts only; no secret is printed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def copies_by_repeats(key: list[dict], text: str) -> dict[int, int]:
    """Repeat level -> copies of that level's canary secrets found in `text`."""
    found: dict[int, int] = {}
    for canary in key:
        found[canary["repeats"]] = found.get(canary["repeats"], 0) + text.count(canary["secret"])
    return found


def main(argv: list[str]) -> None:
    key = [json.loads(line) for line in Path(argv[0]).read_text(encoding="utf-8").splitlines()]
    builds = dict(arg.split("=", 1) for arg in argv[1:])
    counts = {name: copies_by_repeats(key, "".join(p.read_text(encoding="utf-8")
                                                   for p in sorted(Path(d, "work", "split").glob("*.txt"))))
              for name, d in builds.items()}
    levels = sorted({c["repeats"] for c in key})
    print(f"{'repeats':>7} {'canaries':>8} " + " ".join(f"{'copies ' + n:>14}" for n in builds))
    for r in levels:
        n = sum(c["repeats"] == r for c in key)
        print(f"{r:>7} {n:>8} " + " ".join(f"{counts[name].get(r, 0):>14}" for name in builds))


if __name__ == "__main__":
    main(sys.argv[1:])
