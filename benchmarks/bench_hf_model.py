"""Scrub throughput with `scrub.hf_model` against the default scrub, on one core (docs/scrub.md, "A model of your own").

    taskset -c 0 python benchmarks/bench_hf_model.py [--docs 200] [--base]

Corpus: `benchmarks/bench_scrub.py`'s (labeled PII documents and prose, Korean + English). Rows:
- `default`: `Scrubber.scrub_batch`, no model;
- `+ tiny model`: the hand-built model of `tests/prep/pii/test_user_models.py` (no hidden layer, 24-token
  windows): what the plumbing costs (tokenizer, windows, spans), not what a real model costs;
- `+ BERT-base shape` (`--base`): random weights of BERT-base's size (12 layers, 768 wide, 512-token windows)
  with the same tiny vocabulary (every unknown word is one [UNK]: fewer tokens than a real vocabulary gives,
  so this is an upper bound on a real BERT-base's speed).
MB are UTF-8 bytes of input; one torch thread; the fastest of --repeat runs counts.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("POLARS_MAX_THREADS", "1")

import torch  # noqa: E402
import transformers  # noqa: E402

from benchmarks.bench_scrub import corpus  # noqa: E402
from prep.config import ScrubConfig  # noqa: E402
from prep.pii.scrub import Scrubber  # noqa: E402
from tests.prep.pii.test_user_models import build_model  # noqa: E402


def base_shape(tiny: Path, folder: Path) -> str:
    """BERT-base's shape with random weights, the tiny model's tokenizer and labels."""
    small = transformers.AutoConfig.from_pretrained(tiny, local_files_only=True)
    config = transformers.BertConfig(vocab_size=small.vocab_size, id2label=small.id2label, label2id=small.label2id)
    transformers.BertForTokenClassification(config).save_pretrained(folder, safe_serialization=True)
    transformers.AutoTokenizer.from_pretrained(tiny, local_files_only=True).save_pretrained(folder)
    return str(folder)


def best_seconds(scrubber: Scrubber, texts: list[str], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        out = scrubber.scrub_batch(texts)
        times.append(time.perf_counter() - start)
        assert not any(isinstance(r, Exception) for r in out)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=200, help="labeled documents (prose is added)")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--base", action="store_true", help="also a BERT-base-sized model (random weights)")
    args = parser.parse_args()
    torch.set_num_threads(1)
    texts, _ = corpus(args.docs)
    mb = sum(len(t.encode()) for t in texts) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        tiny = build_model(Path(tmp) / "tiny")
        rows = [("default", ScrubConfig()), ("+ tiny model", ScrubConfig(hf_model=str(tiny), model_device="cpu"))]
        if args.base:
            rows.append(("+ BERT-base shape", ScrubConfig(hf_model=base_shape(tiny, Path(tmp) / "base"),
                                                          model_device="cpu")))
        print(f"{len(texts)} documents, {mb:.2f} MB, 1 core")
        print("| scrub | s | MB/s per core |")
        print("|---|---|---|")
        for name, cfg in rows:
            scrubber = Scrubber(cfg)
            scrubber.scrub_batch(texts[:5])  # warm up
            seconds = best_seconds(scrubber, texts, args.repeat)
            print(f"| {name} | {seconds:.2f} | {mb / seconds:.3f} |")


if __name__ == "__main__":
    main()
