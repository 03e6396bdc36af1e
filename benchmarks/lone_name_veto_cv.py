"""Could a trained reader of a candidate's surroundings veto the rules' false names? Leave-one-set-out over tuning sets.

    python benchmarks/lone_name_veto_cv.py

Round 9's experiment (docs/scrub.md, "Round 9"), kept so its figures can be checked. Every PERSON finding of the
default scrubber on every tuning set is a training example: a real name where it overlaps a gold PERSON span, a
false one otherwise. Each gets hashed features that could generalise across writers: the recognizer, the span's
shape and words, the two tokens on each side, the line (a price on it, `|`, a label before, its first word) and the
document (other names found, other personal data found). A logistic regression (torch, one thread, seeded) is
trained on all sets but one and scores the one left out; the table says, per threshold, how many false names a
veto below it removes and how many real names it loses. Nothing here runs in the scrubber.
"""

from __future__ import annotations

import glob
import os
import re
import sys
import zlib
from pathlib import Path

import numpy as np

os.environ.setdefault("POLARS_MAX_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from prep.config import ScrubConfig  # noqa: E402
from prep.eval.pii_sets import read_set  # noqa: E402
from prep.pii.scrub import Scrubber  # noqa: E402

BUCKETS = 1 << 16
_TOKEN = re.compile(r"\w+(?:'\w+)?|[^\w\s]")
_PRICE = re.compile(r"[$€£₩]\s?\d|\d원|\d+\.\d\d\b")


def _shape(word: str) -> str:
    if re.search(r"[가-힣]", word):
        return "H"
    return "U" if word.isupper() and len(word) > 1 else "C" if word[:1].isupper() else "l" if word.islower() else "o"


def features(text: str, start: int, end: int, recognizer: str, lang: str, people: int, other: int) -> list[str]:
    span = text[start:end]
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) % (len(text) + 1)
    line = text[line_start:line_end]
    before = _TOKEN.findall(text[max(line_start, start - 60):start])
    after = _TOKEN.findall(text[end:min(line_end, end + 60)])
    words = span.split()
    out = [f"rec={recognizer}", f"lang={lang}", f"nw={min(len(words), 3)}", f"w={span.lower()}",
           f"shape={''.join(_shape(w) for w in words[:3])}", f"people={min(people, 4)}", f"other={min(other, 3)}",
           f"price={bool(_PRICE.search(line))}", f"bar={'|' in line}", f"colon={':' in line[:start - line_start]}",
           f"lead={(line.split() or [''])[0].lower()[:12]}", f"linestart={not line[:start - line_start].strip()}"]
    for k in (1, 2):
        out.append(f"p{k}={before[-k].lower() if len(before) >= k else '<s>'}")
        out.append(f"n{k}={after[k - 1].lower() if len(after) >= k else '</s>'}")
    if re.search(r"[가-힣]", span):
        out += [f"last={span[-1]}", f"first={span[0]}", f"next={text[end:end + 2]}"]
    return out


def examples() -> list[tuple[str, int, list[str]]]:
    scrubber = Scrubber(ScrubConfig())
    out = []
    for path in sorted(glob.glob(str(Path(__file__).resolve().parents[1] / "data/eval/tuning/*.jsonl"))):
        rows = [r for r in read_set(path) if "spans" in r]
        for row, result in zip(rows, scrubber.scrub_batch([r["text"] for r in rows]), strict=True):
            text = row["text"]
            gold = {i for s in row["spans"] if s["entity"] == "PERSON" for i in range(s["start"], s["end"])}
            people = [f for f in result.findings if f.entity == "PERSON"]
            other = sum(f.entity != "PERSON" for f in result.findings)
            for f in people:
                others = len({text[g.start:g.end] for g in people} - {text[f.start:f.end]})
                real = int(any(i in gold for i in range(f.start, f.end)))
                out.append((Path(path).name, real, features(text, f.start, f.end, f.recognizer, row["lang"], others,
                                                            other)))
    return out


def _bags(rows):
    import torch

    ids = [[zlib.crc32(x.encode()) % BUCKETS for x in feats] for _, _, feats in rows]
    flat = torch.tensor([i for row in ids for i in row])
    offsets = torch.tensor(np.cumsum([0] + [len(row) for row in ids[:-1]]))
    return flat, offsets


def fit_and_score(train, test, epochs: int = 30, negative_weight: float = 5.0) -> np.ndarray:
    import torch

    torch.manual_seed(0)
    torch.set_num_threads(1)
    bag = torch.nn.EmbeddingBag(BUCKETS, 1, mode="sum")
    torch.nn.init.zeros_(bag.weight)
    bias = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.Adam([*bag.parameters(), bias], lr=0.05)
    flat, offsets = _bags(train)
    y = torch.tensor([real for _, real, _ in train], dtype=torch.float32)
    weight = torch.where(y == 0, negative_weight, 1.0)
    for _ in range(epochs):
        optimizer.zero_grad()
        logits = bag(flat, offsets).squeeze(1) + bias
        loss = torch.nn.functional.binary_cross_entropy_with_logits(logits, y, weight=weight)
        (loss + 1e-4 * (bag.weight ** 2).sum()).backward()
        optimizer.step()
    flat, offsets = _bags(test)
    with torch.no_grad():
        return torch.sigmoid(bag(flat, offsets).squeeze(1) + bias).numpy()


def main() -> None:
    rows = examples()
    scores = np.zeros(len(rows))
    for held_out in sorted({name for name, _, _ in rows}):
        test = [k for k, row in enumerate(rows) if row[0] == held_out]
        scores[test] = fit_and_score([row for row in rows if row[0] != held_out], [rows[k] for k in test])
    real = np.array([r for _, r, _ in rows])
    order = np.argsort(scores)
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(len(scores))
    auc = (ranks[real == 1].sum() - real.sum() * (real.sum() - 1) / 2) / (real.sum() * (1 - real).sum())
    print(f"{len(rows)} PERSON findings on the tuning sets: {int(real.sum())} real, {int((1 - real).sum())} false; "
          f"held-out AUC {auc:.3f}")
    print("| veto below | false names removed | real names lost |\n|---|---|---|")
    for threshold in (0.05, 0.1, 0.2, 0.3, 0.5):
        drop = scores < threshold
        print(f"| {threshold} | {int((drop & (real == 0)).sum())} of {int((real == 0).sum())} | "
              f"{int((drop & (real == 1)).sum())} of {int(real.sum())} |")


if __name__ == "__main__":
    main()
