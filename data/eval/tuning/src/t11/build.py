#!/usr/bin/env python3
"""Build data/eval/tuning/pii_t11_clean.jsonl from the hand-written row files.

Row files (rows_ko_*.txt, rows_en_*.txt) hold one document per block. A block starts
with a header line `## <genre> <source>` and its text is every following line up to
the next header (trailing blank lines dropped). Each document was written by hand;
the builder only numbers them and serialises them. Deterministic: same input, same bytes.
"""
import json, os, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "pii_t11_clean.jsonl"))


def parse(path):
    rows, cur = [], None
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("## "):
                if cur is not None:
                    rows.append(cur)
                parts = line[3:].split()
                if len(parts) != 2:
                    sys.exit(f"bad header in {path}: {line!r}")
                cur = {"genre": parts[0], "source": parts[1], "lines": []}
            elif cur is not None:
                cur["lines"].append(line)
            elif line.strip():
                sys.exit(f"text before first header in {path}: {line!r}")
    if cur is not None:
        rows.append(cur)
    out = []
    for r in rows:
        lines = r["lines"]
        while lines and not lines[-1].strip():
            lines.pop()
        while lines and not lines[0].strip():
            lines.pop(0)
        out.append((r["genre"], r["source"], "\n".join(l.rstrip() for l in lines)))
    return out


def main():
    rows = []
    for lang in ("ko", "en"):
        files = sorted(glob.glob(os.path.join(HERE, f"rows_{lang}_*.txt")))
        n = 0
        for p in files:
            for genre, source, text in parse(p):
                n += 1
                rows.append({"id": f"t11-{lang}-{n:04d}", "lang": lang, "genre": genre,
                             "source": source, "text": text, "spans": []})
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows -> {OUT}")


if __name__ == "__main__":
    main()
