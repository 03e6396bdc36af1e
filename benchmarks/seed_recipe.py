"""The baseline: the seed project's NSP recipe, transformers 4.x `TextDatasetForNextSentencePrediction`.

Re-implemented here (transformers 5 removed it) so the benchmark measures what it replaced, step for
step: the file read line by line, each line tokenized on its own (`tokenizer.tokenize` then
`convert_tokens_to_ids`), every document of the file kept in memory, examples built in Python with
the module-level `random`, each one a dict of three torch tensors, and the whole list pickled to a
cache file. The only things left out are the `FileLock` around the build and the cache *read*
(pickle is written, as the seed did, and never loaded back: this is a measurement, not a loader).

Its known bugs are kept, since they are part of what is measured:
- a trailing blank line leaves an empty last document, and drawing it as the "random" document
  crashes (`randint(0, -1)`);
- the "random next" B may come from the same document (after 10 unlucky draws);
- `max_num_tokens` subtracts the special tokens twice (block_size 128 -> pairs of at most 122
  tokens + 3 specials) and nothing truncates a random B that overshoots its target.

Transformers 5 also dropped `build_inputs_with_special_tokens` / `create_token_type_ids_from_sequences`
from fast tokenizers; `_with_special_tokens` below is what BERT's 4.x versions returned.
"""

from __future__ import annotations

import os
import pickle
import random
from pathlib import Path

import torch


class SeedNspDataset:
    """transformers 4.x `TextDatasetForNextSentencePrediction`, minus the file lock and cache read."""

    def __init__(self, tokenizer, file_path: str | Path, block_size: int, cache_dir: str | Path,
                 short_seq_probability: float = 0.1, nsp_probability: float = 0.5):
        self.tokenizer = tokenizer
        self.block_size = block_size - tokenizer.num_special_tokens_to_add(pair=True)
        self.short_seq_probability = short_seq_probability
        self.nsp_probability = nsp_probability
        self.documents: list[list[list[int]]] = [[]]
        with open(file_path, encoding="utf-8") as f:
            while True:
                line = f.readline()
                if not line:
                    break
                line = line.strip()
                if not line and len(self.documents[-1]) != 0:  # a blank line starts the next document
                    self.documents.append([])
                ids = tokenizer.convert_tokens_to_ids(tokenizer.tokenize(line))
                if ids:
                    self.documents[-1].append(ids)
        self.examples: list[dict[str, torch.Tensor]] = []
        for doc_index, document in enumerate(self.documents):
            self._examples_from_document(document, doc_index)
        cache = Path(cache_dir) / f"cached_nsp_{type(tokenizer).__name__}_{block_size}_{Path(file_path).name}"
        with open(cache, "wb") as handle:
            pickle.dump(self.examples, handle, protocol=pickle.HIGHEST_PROTOCOL)
        self.cache_bytes = os.path.getsize(cache)

    def _examples_from_document(self, document: list[list[int]], doc_index: int) -> None:
        max_num_tokens = self.block_size - self.tokenizer.num_special_tokens_to_add(pair=True)
        target_seq_length = max_num_tokens
        if random.random() < self.short_seq_probability:
            target_seq_length = random.randint(2, max_num_tokens)
        current_chunk: list[list[int]] = []
        current_length = 0
        i = 0
        while i < len(document):
            current_chunk.append(document[i])
            current_length += len(document[i])
            if i == len(document) - 1 or current_length >= target_seq_length:
                if current_chunk:
                    a_end = 1
                    if len(current_chunk) >= 2:
                        a_end = random.randint(1, len(current_chunk) - 1)
                    tokens_a = [t for segment in current_chunk[:a_end] for t in segment]
                    tokens_b: list[int] = []
                    if len(current_chunk) == 1 or random.random() < self.nsp_probability:
                        is_random_next = True
                        target_b_length = target_seq_length - len(tokens_a)
                        for _ in range(10):  # the seed's retry: may still end on the same document
                            random_document_index = random.randint(0, len(self.documents) - 1)
                            if random_document_index != doc_index:
                                break
                        random_document = self.documents[random_document_index]
                        random_start = random.randint(0, len(random_document) - 1)  # crashes on []
                        for j in range(random_start, len(random_document)):
                            tokens_b.extend(random_document[j])
                            if len(tokens_b) >= target_b_length:
                                break
                        i -= len(current_chunk) - a_end  # put the unused segments back
                    else:
                        is_random_next = False
                        tokens_b = [t for segment in current_chunk[a_end:] for t in segment]
                    assert len(tokens_a) >= 1
                    assert len(tokens_b) >= 1
                    input_ids, token_type_ids = self._with_special_tokens(tokens_a, tokens_b)
                    self.examples.append(
                        {
                            "input_ids": torch.tensor(input_ids, dtype=torch.long),
                            "token_type_ids": torch.tensor(token_type_ids, dtype=torch.long),
                            "next_sentence_label": torch.tensor(1 if is_random_next else 0, dtype=torch.long),
                        }
                    )
                current_chunk = []
                current_length = 0
            i += 1

    def _with_special_tokens(self, tokens_a: list[int], tokens_b: list[int]) -> tuple[list[int], list[int]]:
        cls, sep = [self.tokenizer.cls_token_id], [self.tokenizer.sep_token_id]
        return cls + tokens_a + sep + tokens_b + sep, [0] * (len(tokens_a) + 2) + [1] * (len(tokens_b) + 1)

    def __len__(self) -> int:
        return len(self.examples)


def run_seed_recipe(file_path: str | Path, tokenizer_dir: str | Path, cache_dir: str | Path, seed: int = 0,
                    block_size: int = 128) -> int:
    """Load the tokenizer as the seed did (`AutoTokenizer`, fast), build, pickle; returns the example count."""
    from transformers import AutoTokenizer

    random.seed(seed)
    tokenizer = AutoTokenizer.from_pretrained(str(tokenizer_dir))
    return len(SeedNspDataset(tokenizer, file_path, block_size, cache_dir))
