"""Builds split_en_extra_v1.jsonl from src/split_en_extra_v1.txt (deterministic; run from any folder).

Source format: a block per paragraph, opened by `# <lang> <genre> <layout>`; each following line is one
logical line of the flowing original, its sentences separated by ` || `. Gold sentences are the pieces;
raw is built from them: flowing = logical lines joined by "\\n" (sentences on a line by one space),
wrapped = each logical line hard-wrapped (en 64, ko 36 chars; words never split, except that a Korean
all-Hangul word is sometimes split between syllables, seeded by row id), blank_line_wrapped = wrapped
with every physical line followed by a blank line. Labels follow data/eval/SPLIT_SETS.md.
"""

import json
import random
import re
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
WIDTH = {"en": 64, "ko": 36}
LAYOUTS = ("flowing", "wrapped", "blank_line_wrapped")


def wrap_line(line: str, lang: str, rng: random.Random) -> list[str]:
    lines = textwrap.wrap(line, WIDTH[lang], break_long_words=False, break_on_hyphens=False)
    if lang == "ko":
        for i in range(len(lines) - 1):
            first, _, rest = lines[i + 1].partition(" ")
            if re.fullmatch(r"[가-힣]{3,}", first) and rng.random() < 0.35:
                cut = rng.randint(1, len(first) - 1)
                lines[i] = lines[i] + " " + first[:cut]
                lines[i + 1] = (first[cut:] + (" " + rest if rest else ""))
    return lines


def build() -> list[dict]:
    rows, counters = [], {}
    block = None
    blocks = []
    for line in (HERE / "src" / "split_en_extra_v1.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            lang, genre, layout = line[2:].split()
            assert layout in LAYOUTS, line
            block = {"lang": lang, "genre": genre, "layout": layout, "lines": []}
            blocks.append(block)
        elif line.strip():
            block["lines"].append([s.strip() for s in line.split(" || ")])
    for b in blocks:
        counters[b["lang"]] = counters.get(b["lang"], 0) + 1
        row_id = f"extra-{b['lang']}-{counters[b['lang']]:03d}"
        sentences = [s for line in b["lines"] for s in line]
        logical = [" ".join(line) for line in b["lines"]]
        if b["layout"] == "flowing":
            raw = "\n".join(logical)
        else:
            rng = random.Random(row_id)
            physical = [p for line in logical for p in wrap_line(line, b["lang"], rng)]
            raw = ("\n" if b["layout"] == "wrapped" else "\n\n").join(physical)
        for s in sentences:
            assert s and s == s.strip() and "\n" not in s and "  " not in s and "||" not in s, (row_id, s)
        assert re.sub(r"\s+", "", raw) == re.sub(r"\s+", "", "".join(sentences)), row_id
        rows.append({"id": row_id, "lang": b["lang"], "genre": b["genre"], "layout": b["layout"],
                     "sentences": sentences, "raw": raw})
    return rows


if __name__ == "__main__":
    rows = build()
    with open(HERE / "split_en_extra_v1.jsonl", "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    for lang in ("en", "ko"):
        sel = [r for r in rows if r["lang"] == lang]
        print(lang, len(sel), "paragraphs", sum(len(r["sentences"]) for r in sel), "sentences",
              {k: sum(r["layout"] == k for r in sel) for k in LAYOUTS})
