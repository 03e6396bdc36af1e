"""Train the name tagger (`prep.pii.tagger`) from the committed tuning sets: `python -m prep.pii.tagger_train`.

    python -m prep.pii.tagger_train [--out prep/pii/data/names_tagger.safetensors] [--sets GLOB]
    python -m prep.pii.tagger_train --wide    # the second shipped tagger, prep/pii/data/names_tagger_wide.safetensors

Training data: every labeled row of `data/eval/tuning/*.jsonl` but the sets of `NOT_YET_TRAINED` (Korean and
English, by a dozen writers; clean rows with look-alikes included). `--exclude` replaces that list (`--exclude ""`
trains on every set). The blind sets (`data/eval/blind/`) are never read. Each
token gets a class from the PERSON and STREET_ADDRESS spans (`CLASSES`, `token_classes`): a letter token is a name,
part of one (its first 2-4 characters: `박서연|이랑`, `Ravi|'s`), an address token or none; a number is an address
token or none; marks, and tokens a span covers only in part otherwise, are left out of the loss.

Seeded and on one thread, so the same sets give the same file byte for byte (a test rebuilds the first and
compares; the second, a quarter of an hour's training, is checked by the sets it records).
torch is needed here only; the scrubber reads the weights with numpy.
"""

from __future__ import annotations

import argparse
import glob
import hashlib
import json
import time
from pathlib import Path

import numpy as np

from prep.eval.pii_sets import read_set
from prep.pii.tagger import ADDRESS, CLASSES, MODEL_PATH, WIDE_MODEL_PATH
from prep.pii.tagger_augment import renamed, with_values
from prep.pii.tagger_features import Featurizer, Tokens, tokens

ROOT = Path(__file__).resolve().parents[2]
SETS = str(ROOT / "data" / "eval" / "tuning" / "*.jsonl")
BUCKETS = 1 << 17
HIDDEN = 16
EPOCHS = 3
# Renamed copies of each row with a person (`tagger_augment`, `--renamed-copies`): none for the first shipped weights,
# two for the second (`WIDE`).
# Round 19 measured 2 copies with a 32-wide layer (`--hidden 32`): more names on three held-out sets, but more false
# names in documents with other personal data (docs/scrub.md, "Round 19"); an option for your own retraining.
RENAMED_COPIES = 0
# Copies of each clean row with other personal data put in (`tagger_augment.with_values`, `--value-copies`, round
# 20): none for the first shipped weights, one for the second (`WIDE`). With 1 copy, Korean precision on the generated
# bench rose (0.975 -> 0.980) and the precision tests failed less; with 3 it fell (0.932) (docs/scrub.md, "Round 20").
VALUE_COPIES = 0
BATCH = 512
LEARNING_RATE = 0.01
NAME_WEIGHT = 3.0  # the loss weight of a name class against "not a name": recall first
SEED = 0
IGNORE = -1
# Sets added in round 7 that the shipped weights are not trained on yet: trained with them, the tagger tagged a
# Korean verb after a name (`납부자 ...이 냈다`) and a demo-corpus address, and scored lower on blind v7 (addresses
# 0.978 -> 0.933, context 0.976 -> 0.970). Fold them in when a round can tune the training on them. Round 8 added
# the clean set t12 (rules tuned on it, the tagger not retrained), round 9 the former blind sets v11 and v12, rounds
# 10 and 11 the former blind sets v13, v14 and v15 and the new tuning sets t13 and t14, round 12 v16 and v17, and
# so on: each round's sets join here (round 22: v34, v35, t23 and t24; round 23: v36, v37 and t25 to t28).
NOT_YET_TRAINED = (
    "pii_v6_ex_blind", "pii_v7_ex_blind", "pii_v8_ex_blind", "pii_t10_addr", "pii_t11_clean", "pii_t12_clean",
    "pii_v11_ex_blind", "pii_v12_ex_blind", "pii_v13_ex_blind", "pii_v14_ex_blind", "pii_v15_ex_blind",
    "pii_t13_domain", "pii_t14_ko_names", "pii_v16_ex_blind", "pii_v17_ex_blind", "pii_v18_ex_blind",
    "pii_v19_ex_blind", "pii_v20_ex_blind", "pii_v21_ex_blind", "pii_v22_ex_blind", "pii_v23_ex_blind",
    "pii_t15_media", "pii_v25_ex_blind", "pii_t16_mixed", "pii_v24_ex_blind", "pii_t17_news",
    "pii_v26_ex_blind", "pii_v27_ex_blind", "pii_t18_web", "pii_v28_ex_blind", "pii_v29_ex_blind",
    "pii_t19_chats", "pii_v30_ex_blind", "pii_v31_ex_blind", "pii_t20_groups", "pii_v32_ex_blind", "pii_v33_ex_blind",
    "pii_t21_mixed", "pii_t22_clean_chats", "pii_v34_ex_blind", "pii_v35_ex_blind",
    "pii_t23_everyday", "pii_t24_clean_docs", "pii_v36_ex_blind", "pii_v37_ex_blind",
    "pii_t25_media", "pii_t26_clean_chats", "pii_t27_spoken", "pii_t28_typed")


# The second shipped tagger (`--wide`, round 20): 32 wide, every tuning set but three left out to measure it (the
# validation sets t19 and t20, and v31: blind until round 20; v32 to v37 and t21 to t28 came later), two
# renamed copies of each row with a person and one copy of each clean row with values put in. Read with the first, it
# keeps each token's surer name reading (`tagger._surer_names`); docs/scrub.md, "Round 20". Retrained on every set
# but t21 in round 21, it scored no better on t21 (docs/scrub.md, "Round 21").
WIDE = {"exclude": ("pii_t19_chats", "pii_v31_ex_blind", "pii_t20", "pii_v32_ex_blind", "pii_v33_ex_blind", "pii_t21",
                    "pii_t22", "pii_v34_ex_blind", "pii_v35_ex_blind", "pii_t23", "pii_t24", "pii_v36_ex_blind",
                    "pii_v37_ex_blind", "pii_t25", "pii_t26", "pii_t27",
                    "pii_t28"),
        "hidden": 32, "copies": 2, "value_copies": 1}


def token_classes(text: str, toks: Tokens, spans: list[dict]) -> list[int]:
    """The class of each token from the row's PERSON and STREET_ADDRESS spans; `IGNORE` where no class fits.
    Numbers count for addresses only (outside one they are "not an address"); other marks never count."""
    person = np.zeros(len(text) + 1, dtype=bool)
    address = np.zeros(len(text) + 1, dtype=bool)
    for span in spans:
        if span["entity"] in ("PERSON", "STREET_ADDRESS"):
            (person if span["entity"] == "PERSON" else address)[span["start"]:span["end"]] = True
    out = []
    for start, end, word in zip(toks.starts, toks.ends, toks.words, strict=True):
        covered = person[start:end]
        in_address = address[start:end]
        if in_address.any():
            out.append(ADDRESS if in_address.all() and word[0].isalnum() else IGNORE)
        elif not word[0].isalpha():
            out.append(0 if word[0].isdigit() else IGNORE)
        elif not covered.any():
            out.append(0)
        elif covered.all():
            out.append(1)
        else:
            k = int(covered.argmin())  # a name, then its particle: `박서연|이랑`
            out.append(k if 2 <= k <= 4 and covered[:k].all() and not covered[k:].any() else IGNORE)
    return out


def training_rows(pattern: str = SETS, exclude: tuple[str, ...] = NOT_YET_TRAINED) -> tuple[list[dict], list[str]]:
    """The labeled rows of the sets matching `pattern` (sorted by path) but those whose name contains one of
    `exclude`, and `name:sha256[:12]` of each file."""
    rows, files = [], []
    for path in sorted(glob.glob(pattern)):
        if any(part in Path(path).name for part in exclude):
            continue
        if "/blind/" in path.replace("\\", "/"):
            raise ValueError(f"{path}: the blind sets are never trained on")
        labeled = [r for r in read_set(path) if "spans" in r and "text" in r]
        if labeled:
            rows += labeled
            files.append(f"{Path(path).name}:{hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]}")
    if not rows:
        raise ValueError(f"no labeled rows match {pattern}")
    return rows, files


def train(rows: list[dict], epochs: int = EPOCHS, buckets: int = BUCKETS, hidden: int = HIDDEN,
          copies: int = RENAMED_COPIES, value_copies: int = VALUE_COPIES) -> dict:
    """The tagger's tensors (numpy) trained on `rows`, `copies` renamed copies of each row with a person and
    `value_copies` copies of each clean row with values put in."""
    import torch

    rows = rows + (renamed(rows, copies) if copies else []) + (with_values(rows, value_copies) if value_copies else [])
    threads, deterministic = torch.get_num_threads(), torch.are_deterministic_algorithms_enabled()
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    try:
        return _train(torch, rows, epochs, buckets, hidden)
    finally:  # the caller's torch settings back (tests train in the same process as other torch work)
        torch.set_num_threads(threads)
        torch.use_deterministic_algorithms(deterministic)


def _train(torch, rows: list[dict], epochs: int, buckets: int, hidden: int) -> dict:
    torch.manual_seed(SEED)
    featurizer = Featurizer(buckets)
    feats: list[list[int]] = []
    labels: list[int] = []
    for row in rows:
        toks = tokens(row["text"])
        for f, y in zip(featurizer.encode(toks), token_classes(row["text"], toks, row["spans"]),
                        strict=True):
            if y != IGNORE:
                feats.append(f)
                labels.append(y)
    y_all = torch.tensor(labels)
    embedding = torch.nn.EmbeddingBag(buckets, hidden, mode="sum")
    torch.nn.init.normal_(embedding.weight, std=0.02)
    head = torch.nn.Linear(hidden, len(CLASSES))
    params = [*embedding.parameters(), *head.parameters()]
    optimizer = torch.optim.Adam(params, lr=LEARNING_RATE)
    weight = torch.tensor([1.0] + [NAME_WEIGHT] * (len(CLASSES) - 1))
    generator = torch.Generator().manual_seed(SEED)
    for _ in range(epochs):
        for b in torch.randperm(len(labels), generator=generator).split(BATCH):
            batch = [feats[i] for i in b.tolist()]
            flat = torch.tensor([i for f in batch for i in f])
            offsets = torch.tensor(np.cumsum([0] + [len(f) for f in batch[:-1]]))
            logits = head(torch.relu(embedding(flat, offsets)))
            loss = torch.nn.functional.cross_entropy(logits, y_all[b], weight=weight)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    return {"embedding": embedding.weight.detach().numpy().astype(np.float16),
            "weight": head.weight.detach().numpy().astype(np.float32),
            "bias": head.bias.detach().numpy().astype(np.float32)}


def save(tensors: dict, path: Path, files: list[str], epochs: int = EPOCHS, copies: int = RENAMED_COPIES,
         value_copies: int = VALUE_COPIES) -> None:
    from safetensors.numpy import save_file

    meta = {"buckets": str(tensors["embedding"].shape[0]), "hidden": str(tensors["embedding"].shape[1]),
            "classes": ",".join(CLASSES), "epochs": str(epochs), "seed": str(SEED), "trained_on": " ".join(files)}
    if copies:
        meta["renamed_copies"] = str(copies)
    if value_copies:
        meta["value_copies"] = str(value_copies)
    path.parent.mkdir(parents=True, exist_ok=True)
    # One metadata key: safetensors writes several in hash-map order, and the file should not change run to run.
    save_file(tensors, str(path), metadata={"tagger": json.dumps(meta, sort_keys=True)})


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help=f"default: {MODEL_PATH} ({WIDE_MODEL_PATH} with --wide)")
    parser.add_argument("--wide", action="store_true",
                        help="the second shipped tagger's recipe (`WIDE`: its sets, width and copies)")
    parser.add_argument("--sets", default=SETS, help="glob of labeled tuning sets (never a blind one)")
    parser.add_argument("--exclude", action="append", default=None,
                        help="leave out the sets whose file name contains this (a held-out figure); repeatable; "
                             "replaces NOT_YET_TRAINED (--exclude '' leaves out none)")
    parser.add_argument("--hidden", type=int, default=HIDDEN, help="the hidden layer's width")
    parser.add_argument("--renamed-copies", type=int, default=RENAMED_COPIES,
                        help="renamed copies of each row with a person (`tagger_augment`)")
    parser.add_argument("--value-copies", type=int, default=VALUE_COPIES,
                        help="copies of each clean row with other personal data put in (`tagger_augment`)")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    if args.wide:
        exclude, hidden, copies, value_copies = WIDE["exclude"], WIDE["hidden"], WIDE["copies"], WIDE["value_copies"]
    else:
        exclude = NOT_YET_TRAINED if args.exclude is None else tuple(e for e in args.exclude if e)
        hidden, copies, value_copies = args.hidden, args.renamed_copies, args.value_copies
    out = args.out or (WIDE_MODEL_PATH if args.wide else MODEL_PATH)
    rows, files = training_rows(args.sets, exclude)
    save(train(rows, hidden=hidden, copies=copies, value_copies=value_copies), out, files, copies=copies,
         value_copies=value_copies)
    print(f"trained on {len(rows)} rows of {len(files)} sets in {time.perf_counter() - start:.0f} s -> {out}")


if __name__ == "__main__":
    main()
