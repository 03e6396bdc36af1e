#!/usr/bin/env python3
"""Build tuning/pii_t12_clean.jsonl from the hand-written blocks in this folder.

Each rows_*.txt file holds one block per row:
    ## <genre> <source>
    <text lines ...>
Blocks are numbered in file order (rows_ko_1..5, then rows_en_1..5); leading and
trailing blank lines of a block are dropped, trailing spaces are stripped.
Deterministic, standard library only.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "pii_t12_clean.jsonl"))
FILES = {
    "ko": ["rows_ko_%d.txt" % i for i in range(1, 6)],
    "en": ["rows_en_%d.txt" % i for i in range(1, 6)],
}
HEADER = re.compile(r"^## (\S+) (generated|real-format)$")


def parse(path):
    blocks = []
    cur = None
    with open(path, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            line = raw.rstrip()
            m = HEADER.match(line)
            if m:
                if cur is not None:
                    blocks.append(cur)
                cur = {"genre": m.group(1), "source": m.group(2), "lines": []}
            elif line.startswith("##"):
                raise SystemExit("%s: malformed header %r" % (path, line))
            elif cur is None:
                if line:
                    raise SystemExit("%s: text before first header" % path)
            else:
                cur["lines"].append(line)
    if cur is not None:
        blocks.append(cur)
    for b in blocks:
        lines = b.pop("lines")
        while lines and not lines[0]:
            lines.pop(0)
        while lines and not lines[-1]:
            lines.pop()
        b["text"] = "\n".join(lines)
    return blocks


def main():
    rows = []
    for lang in ("ko", "en"):
        n = 0
        for name in FILES[lang]:
            for b in parse(os.path.join(HERE, name)):
                n += 1
                rows.append({
                    "id": "t12-%s-%04d" % (lang, n),
                    "lang": lang,
                    "genre": b["genre"],
                    "source": b["source"],
                    "text": b["text"],
                    "spans": [],
                })
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), os.path.relpath(OUT, HERE)))


if __name__ == "__main__":
    main()
