"""Could a trained second stage over the scrubber's PERSON findings cut the clean rows it changes? Leave-one-set-out.

    python benchmarks/finding_veto_cv.py [--features base|rich] [--negative-weight 5]

Round 23's rerun of round 9's experiment (`lone_name_veto_cv.py`, kept as it was) on ~60 tuning sets of two dozen
writers, with what the row-level targets need: every PERSON finding of the default scrubber on every tuning set (but
the validation set of the round, `HELD_OUT`) is an example, real where it overlaps a gold PERSON span. `base` is
round 9's features; `rich` adds the lexicons' facts (the English census and word frequencies of the first and last
word, the Korean given-name count, surname and dictionary word), the span's syllables and edges, its line's shape
around it, and how often the text repeats it. A logistic regression over hashed features (torch, one thread,
seeded) is trained on every set but one and scores the one left out. The table says, per threshold, how many
findings a veto below it drops, and what that does to the two figures `prep pii-eval` reports: the clean rows
changed and the gold person spans found (a span counts as found when any kept finding overlaps it).
Nothing here runs in the scrubber (docs/scrub.md, "Round 23": not kept).
"""

from __future__ import annotations

import argparse
import glob
import math
import os
import re
import sys
import zlib
from pathlib import Path

import numpy as np

os.environ.setdefault("POLARS_MAX_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.lone_name_veto_cv import features as base_features  # noqa: E402
from prep.config import ScrubConfig  # noqa: E402
from prep.eval.pii_sets import read_set  # noqa: E402
from prep.pii.names_en_words import load_lexicon  # noqa: E402
from prep.pii.names_ko import load_model  # noqa: E402
from prep.pii.scrub import Scrubber  # noqa: E402

BUCKETS = 1 << 18
HELD_OUT = ("pii_t25",)  # the round's validation set: never read, so never trained or scored on here
THRESHOLDS = (0.03, 0.05, 0.1, 0.15, 0.2, 0.3)
_LETTERS = re.compile(r"[A-Za-z]+")


def _shape(text: str) -> str:
    return re.sub(r"[가-힣]", "가", re.sub(r"[A-Za-z]", "a", re.sub(r"\d", "9", text)))


def rich_features(text: str, start: int, end: int, recognizer: str, lang: str, people: int, other: int,
                  english: dict, korean) -> list[str]:
    """Round 9's features plus the lexicons' facts, the span's syllables and edges and its line's shape."""
    out = base_features(text, start, end, recognizer, lang, people, other)
    span = text[start:end]
    low = span.lower()
    words = _LETTERS.findall(span)
    for place, word in (("first", words[0] if words else None), ("last", words[-1] if len(words) > 1 else None)):
        if word is None:
            continue
        flags, name_zipf, word_zipf = english.get(word.lower(), (0, 0.0, 0.0))
        wordness = math.floor(word_zipf - name_zipf)
        lower_elsewhere = len(re.findall(rf"(?<![A-Za-z]){re.escape(word.lower())}(?![A-Za-z])", text))
        out += [f"{place}_flags={flags}", f"{place}_nz={math.floor(name_zipf)}", f"{place}_wz={math.floor(word_zipf)}",
                f"{place}_wmn={wordness}", f"{place}_wmn_rec={wordness}|{recognizer}",
                f"{place}_lower_elsewhere={min(lower_elsewhere, 2)}"]
    hangul = re.sub(r"[^가-힣]", "", span)
    if hangul:
        given = korean.given_names.get(hangul[-2:], 0)
        out += [f"ko_given={min(int(math.log2(given + 1)), 6)}", f"ko_len={min(len(hangul), 5)}",
                f"ko_surname={hangul[0] in korean.surnames}", f"ko_word={hangul in korean.words}|{recognizer}",
                f"ko_full={hangul in korean.full_names}", f"ko_last_next={hangul[-1]}|{text[end:end + 1]}"]
        out += [f"ko_pair={hangul[i:i + 2]}" for i in range(len(hangul) - 1)]
    line_start = text.rfind("\n", 0, start) + 1
    before, after = _shape(text[line_start:start])[-6:], _shape(text[end:end + 12].split("\n")[0])
    out += [f"pre3={low[:3]}", f"suf3={low[-3:]}", f"lang_word={lang}|{low}", f"score={0}",
            f"before_shape={before}", f"after_shape={after[:6]}", f"after_rec={after[:4]}|{recognizer}",
            f"repeats={min(text.count(span), 4)}", f"length={min(len(text) // 200, 8)}"]
    return out


def examples(kind: str) -> tuple[list[dict], list[tuple[int, int, str, int, list[str]]]]:
    """Every row of the tuning sets with its gold spans and findings, and one example per PERSON finding:
    (row index, finding index, set name, real, features)."""
    scrubber = Scrubber(ScrubConfig())
    english, korean = (load_lexicon(), load_model()) if kind == "rich" else (None, None)
    rows, out = [], []
    for path in sorted(glob.glob(str(Path(__file__).resolve().parents[1] / "data/eval/tuning/pii_*.jsonl"))):
        if any(part in Path(path).name for part in HELD_OUT):
            continue
        labeled = [r for r in read_set(path) if "spans" in r and "text" in r]
        for row, result in zip(labeled, scrubber.scrub_batch([r["text"] for r in labeled]), strict=True):
            if isinstance(result, BaseException):
                continue
            text, index = row["text"], len(rows)
            findings = [(f.start, f.end, f.entity, f.recognizer) for f in result.findings]
            rows.append({"lang": row["lang"], "gold": [(s["start"], s["end"]) for s in row["spans"]
                                                       if s["entity"] == "PERSON"],
                         "clean": not row["spans"], "findings": findings})
            gold = {i for s, e in rows[-1]["gold"] for i in range(s, e)}
            people = {text[s:e] for s, e, entity, _ in findings if entity == "PERSON"}
            other = sum(entity != "PERSON" for _, _, entity, _ in findings)
            for k, (s, e, entity, recognizer) in enumerate(findings):
                if entity != "PERSON":
                    continue
                args = (text, s, e, recognizer, row["lang"], len(people - {text[s:e]}), other)
                feats = rich_features(*args, english, korean) if kind == "rich" else base_features(*args)
                out.append((index, k, Path(path).name, int(any(i in gold for i in range(s, e))), feats))
    return rows, out


def _bags(feature_lists):
    import torch

    ids = [[zlib.crc32(x.encode()) % BUCKETS for x in feats] for feats in feature_lists]
    flat = torch.tensor([i for row in ids for i in row])
    offsets = torch.tensor(np.cumsum([0] + [len(row) for row in ids[:-1]]))
    return flat, offsets


def fit_and_score(train, test, negative_weight: float, epochs: int = 40) -> np.ndarray:
    import torch

    torch.manual_seed(0)
    torch.set_num_threads(1)
    bag = torch.nn.EmbeddingBag(BUCKETS, 1, mode="sum")
    torch.nn.init.zeros_(bag.weight)
    bias = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.Adam([*bag.parameters(), bias], lr=0.05)
    flat, offsets = _bags([feats for *_, feats in train])
    y = torch.tensor([real for _, _, _, real, _ in train], dtype=torch.float32)
    weight = torch.where(y == 0, negative_weight, 1.0)
    for _ in range(epochs):
        optimizer.zero_grad()
        logits = bag(flat, offsets).squeeze(1) + bias
        loss = torch.nn.functional.binary_cross_entropy_with_logits(logits, y, weight=weight)
        (loss + 1e-4 * (bag.weight ** 2).sum()).backward()
        optimizer.step()
    flat, offsets = _bags([feats for *_, feats in test])
    with torch.no_grad():
        return torch.sigmoid(bag(flat, offsets).squeeze(1) + bias).numpy()


def row_figures(rows: list[dict], dropped: set[tuple[int, int]], lang: str) -> tuple[int, int, int, int, int, int]:
    """(clean rows changed before, after, clean rows, person spans found before, after, person spans)."""
    changed_before = changed_after = clean = found_before = found_after = spans = 0
    for index, row in enumerate(rows):
        if row["lang"] != lang:
            continue
        kept = [f for k, f in enumerate(row["findings"]) if (index, k) not in dropped]
        if row["clean"]:
            clean += 1
            changed_before += bool(row["findings"])
            changed_after += bool(kept)
        for s, e in row["gold"]:
            spans += 1
            found_before += any(f[0] < e and f[1] > s for f in row["findings"])
            found_after += any(f[0] < e and f[1] > s for f in kept)
    return changed_before, changed_after, clean, found_before, found_after, spans


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--features", choices=("base", "rich"), default="rich")
    parser.add_argument("--negative-weight", type=float, default=5.0)
    args = parser.parse_args()
    rows, data = examples(args.features)
    scores = np.zeros(len(data))
    for held_out in sorted({name for _, _, name, _, _ in data}):
        test = [k for k, x in enumerate(data) if x[2] == held_out]
        scores[test] = fit_and_score([x for x in data if x[2] != held_out], [data[k] for k in test],
                                     args.negative_weight)
    real = np.array([x[3] for x in data])
    ranks = np.empty(len(scores))
    ranks[np.argsort(scores)] = np.arange(len(scores))
    auc = (ranks[real == 1].sum() - real.sum() * (real.sum() - 1) / 2) / (real.sum() * (1 - real).sum())
    print(f"{args.features} features: {len(data)} PERSON findings on {len({x[2] for x in data})} tuning sets, "
          f"{int(real.sum())} real, {int((1 - real).sum())} false; held-out AUC {auc:.3f}")
    print("| veto below | false dropped | real dropped | clean rows changed en | ko | person spans found en | ko |")
    print("|---|---|---|---|---|---|---|")
    for threshold in THRESHOLDS:
        drop = scores < threshold
        dropped = {(data[k][0], data[k][1]) for k in np.flatnonzero(drop)}
        en, ko = row_figures(rows, dropped, "en"), row_figures(rows, dropped, "ko")
        print(f"| {threshold} | {int((drop & (real == 0)).sum())} | {int((drop & (real == 1)).sum())} | "
              f"{en[0]} -> {en[1]} of {en[2]} | {ko[0]} -> {ko[1]} of {ko[2]} | "
              f"{en[3]} -> {en[4]} of {en[5]} | {ko[3]} -> {ko[4]} of {ko[5]} |")


if __name__ == "__main__":
    main()
