"""A model of the user's own as a Presidio recognizer: a spaCy NER pipeline or a local Hugging Face
token-classification folder (`scrub.spacy_model`, `scrub.hf_model`; docs/scrub.md, "A model of your own").

Both are opt-in and add to the rule-based recognizers, never replace them. spaCy, torch and transformers
are imported only when such a key is set. A Hugging Face folder is loaded from local files only, from
safetensors only, and never with code of its own (`trust_remote_code`): a config that names custom code
(`auto_map`) is refused, since loading it would run that code. The model runs in eval mode under
`torch.inference_mode`, on `scrub.model_device`.

`ModelRecognizer.analyze_texts` takes a batch of texts at once; the scrubber calls it once per batch,
outside the regex deadline (`prep.pii.deadline.Watchdog`), whose rerun would run the model twice.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Mapping

from presidio_analyzer import EntityRecognizer, RecognizerResult

from prep.config import ScrubConfig

# Model labels (prefix stripped, upper case) -> entity type, where `scrub.hf_labels` is empty.
DEFAULT_HF_LABELS = {"PER": "PERSON", "PERSON": "PERSON", "PS": "PERSON",
                     "ADDRESS": "STREET_ADDRESS", "STREET_ADDRESS": "STREET_ADDRESS", "ADDR": "STREET_ADDRESS"}
_TAG = re.compile(r"^([BIESLU])[-_](.+)$")  # BIO / BIOES / BILOU prefixes
MAX_WINDOW = 512  # tokens per window at most, whatever the model's position table allows
WINDOWS_PER_BATCH = 32


class ModelRecognizer(EntityRecognizer):
    """A recognizer that runs a model: texts in batches (`analyze_texts`), no patterns."""

    def load(self) -> None:
        pass

    def analyze_texts(self, texts: list[str], found: list[list[RecognizerResult]] | None = None
                      ) -> list[list[RecognizerResult]]:
        """Results per text; `found`, where given, holds what the recognizers before this one found in each."""
        raise NotImplementedError

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: ARG002 -- Presidio's signature
        return self.analyze_texts([text])[0]

    def analyze_each(self, texts: list[str], found: list[list[RecognizerResult]] | None = None
                     ) -> list[list[RecognizerResult] | Exception]:
        """`analyze_texts`; where the batch raises, text by text, each failure in place of its results."""
        try:
            return self.analyze_texts(texts, found)
        except Exception:  # noqa: BLE001 -- find the texts that fail alone; they fail closed
            out: list[list[RecognizerResult] | Exception] = []
            for k, text in enumerate(texts):
                try:
                    out.append(self.analyze_texts([text], None if found is None else [found[k]])[0])
                except Exception as exc:  # noqa: BLE001
                    out.append(exc)
            return out

    def _result(self, entity: str, start: int, end: int, score: float) -> RecognizerResult:
        meta = {RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
        return RecognizerResult(entity, start, end, score, recognition_metadata=meta)


class FoundReader(ModelRecognizer):
    """PERSON spans read from what the recognizers before it found in each text (the addressee, the other mentions):
    a subclass gives `read(text, found)`, the (start, end) spans of one text."""

    SCORE = 0.6

    def __init__(self, language: str):
        super().__init__(supported_entities=["PERSON"], name=type(self).__name__, supported_language=language)

    def analyze_texts(self, texts: list[str], found: list[list[RecognizerResult]] | None = None
                      ) -> list[list[RecognizerResult]]:
        if found is None:
            return [[] for _ in texts]
        return [[self._result("PERSON", start, end, self.SCORE) for start, end in self.read(text, found_k)]
                for text, found_k in zip(texts, found, strict=True)]

    def read(self, text: str, found: list[RecognizerResult]) -> list[tuple[int, int]]:
        raise NotImplementedError


class SpacyPersonRecognizer(ModelRecognizer):
    """PERSON entities of an installed spaCy NER pipeline (opt-in: `scrub.spacy_model`)."""

    LABELS = frozenset({"PERSON", "PER", "PS"})

    def __init__(self, model: str, language: str, nlp=None):
        self.nlp = nlp if nlp is not None else load_spacy(model)
        super().__init__(supported_entities=["PERSON"], name="SpacyPersonRecognizer", supported_language=language)

    def analyze_texts(self, texts: list[str], found=None) -> list[list[RecognizerResult]]:  # noqa: ARG002
        return [[self._result("PERSON", ent.start_char, ent.end_char, 0.85) for ent in doc.ents
                 if ent.label_ in self.LABELS] for doc in self.nlp.pipe(texts)]


def load_spacy(model: str):
    try:
        import spacy

        return spacy.load(model)
    except (ImportError, OSError) as exc:
        raise ValueError(
            f"scrub.spacy_model {model!r} cannot be loaded ({type(exc).__name__}); install the pipeline "
            "as a package (pip install <its wheel>) or give the path of a saved pipeline, or leave "
            "scrub.spacy_model empty (the default needs no model)"
        ) from None


def split_label(label: str) -> tuple[str | None, str]:
    """`B-PER` -> ("B", "PER"); `PER` -> (None, "PER"); upper case."""
    label = label.strip().upper()
    match = _TAG.match(label)
    return (match.group(1), match.group(2)) if match else (None, label)


def label_entities(id2label: Mapping[int, str], table: Mapping[str, str]) -> list[tuple[str | None, str | None]]:
    """Per class id: (BIO tag, entity type or None where the label is not mapped); `table` keys may carry a tag."""
    mapping = {split_label(k)[1]: v for k, v in (table or DEFAULT_HF_LABELS).items()}
    out = []
    for i in range(len(id2label)):
        tag, name = split_label(str(id2label[i]))
        out.append((tag, mapping.get(name)))
    return out


def check_folder(folder: str) -> None:
    """ValueError unless `folder` is a local model folder with safetensors weights and no custom code."""
    key = "scrub.hf_model"
    if not os.path.isdir(folder):
        raise ValueError(f"{key} {folder!r} is not a folder; give the path of a local Hugging Face "
                         "token-classification folder (save_pretrained), or leave it empty (nothing is downloaded)")
    names = set(os.listdir(folder))
    if "config.json" not in names:
        raise ValueError(f"{key} {folder!r} has no config.json; save the model there with save_pretrained")
    for name in ("config.json", "tokenizer_config.json"):
        if name in names:
            try:
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    content = json.load(f)
            except (OSError, ValueError) as exc:
                raise ValueError(f"{key}: {name} in {folder!r} cannot be read ({type(exc).__name__})") from None
            if isinstance(content, dict) and "auto_map" in content:
                raise ValueError(
                    f"{key}: {name} in {folder!r} names custom code (auto_map), which loading would run; "
                    "only model types built into transformers are accepted (remote code is never trusted)")
    if not names & {"model.safetensors", "model.safetensors.index.json"}:
        has_bin = any(n.startswith("pytorch_model") and n.endswith((".bin", ".bin.index.json")) for n in names)
        what = "only pytorch_model.bin (a pickle, which can run code when loaded)" if has_bin else "no weights"
        raise ValueError(f"{key} {folder!r} has {what}; weights are read from model.safetensors only: convert them "
                         "once where you trust the file: model.save_pretrained(folder, safe_serialization=True)")


def model_files(cfg: ScrubConfig) -> dict[str, dict]:
    """For the manifest: `scrub.hf_model`'s folder by path and the sha256 of each of its files, so two builds
    (or a resumed one) can be told apart when the folder's weights changed under the same path."""
    if not cfg.hf_model:
        return {}
    from privbert.build_format import sha256_file

    folder = cfg.hf_model
    files = {n: sha256_file(os.path.join(folder, n)) for n in sorted(os.listdir(folder))
             if os.path.isfile(os.path.join(folder, n))}
    return {"hf_model": {"path": folder, "files": files}}


def resolve_device(device: str) -> str:
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda" and not torch.cuda.is_available():
        raise ValueError('scrub.model_device = "cuda" but torch sees no CUDA device; use "auto" or "cpu"')
    return device


class TokenClassifier:
    """A local Hugging Face token-classification model with its fast tokenizer: texts -> entity spans."""

    def __init__(self, folder: str, device: str, labels: Mapping[str, str]):
        check_folder(folder)
        self.device = resolve_device(device)
        try:
            import torch
            from transformers import AutoModelForTokenClassification, AutoTokenizer
            from transformers.utils import logging as hf_logging

            hf_logging.disable_progress_bar()  # a "Loading weights" bar per worker process: noise in a build's log
            local = {"local_files_only": True, "trust_remote_code": False}
            self.tokenizer = AutoTokenizer.from_pretrained(folder, **local)
            model = AutoModelForTokenClassification.from_pretrained(folder, use_safetensors=True, **local)
        except Exception as exc:  # noqa: BLE001 -- any loading failure is a config error
            raise ValueError(
                f"scrub.hf_model {folder!r} cannot be loaded ({type(exc).__name__}: {str(exc)[:200]}); it must be a "
                "token-classification model of a type built into transformers, saved with save_pretrained "
                "(safetensors) next to its tokenizer; or leave scrub.hf_model empty (the default needs no model)"
            ) from None
        if not getattr(self.tokenizer, "is_fast", False):
            raise ValueError(f"scrub.hf_model {folder!r} needs a fast tokenizer (tokenizer.json) for character "
                             "offsets; save one with AutoTokenizer.from_pretrained(..).save_pretrained(folder)")
        if self.device == "cpu":
            model = model.float()
        self.model = model.to(self.device).eval()
        self.torch = torch
        self.id2label = {int(k): str(v) for k, v in model.config.id2label.items()}
        self.labels = label_entities(self.id2label, labels)
        positions = getattr(model.config, "max_position_embeddings", None) or MAX_WINDOW
        self.window = min(int(self.tokenizer.model_max_length), int(positions), MAX_WINDOW)
        self.stride = self.window // 4  # tokens shared by consecutive windows of a long text

    def entities(self) -> set[str]:
        return {entity for _, entity in self.labels if entity}

    def spans(self, texts: list[str]) -> list[list[tuple[str, int, int, float]]]:
        """Per text: (entity, start, end, score) in characters, merged over words and windows."""
        enc = self.tokenizer(texts, truncation=True, max_length=self.window, stride=self.stride,
                             return_overflowing_tokens=True, return_offsets_mapping=True,
                             return_special_tokens_mask=True)
        windows = list(range(len(enc["input_ids"])))
        windows.sort(key=lambda w: len(enc["input_ids"][w]))  # similar lengths share a batch: less padding
        found: list[list[list]] = [[] for _ in texts]
        for b in range(0, len(windows), WINDOWS_PER_BATCH):
            batch = windows[b:b + WINDOWS_PER_BATCH]
            probs, preds = self._predict([enc["input_ids"][w] for w in batch])
            for row, w in enumerate(batch):
                n = len(enc["input_ids"][w])
                found[enc["overflow_to_sample_mapping"][w]].extend(self._window_spans(
                    enc["offset_mapping"][w], enc["special_tokens_mask"][w], enc.encodings[w].word_ids,
                    preds[row][:n], probs[row][:n]))
        return [_merged(spans) for spans in found]

    def _predict(self, ids: list[list[int]]) -> tuple[list[list[float]], list[list[int]]]:
        torch = self.torch
        pad = self.tokenizer.pad_token_id or 0
        width = max(len(row) for row in ids)
        input_ids = torch.tensor([row + [pad] * (width - len(row)) for row in ids], device=self.device)
        mask = torch.tensor([[1] * len(row) + [0] * (width - len(row)) for row in ids], device=self.device)
        with torch.inference_mode():
            logits = self.model(input_ids=input_ids, attention_mask=mask).logits
            best = torch.softmax(logits.float(), dim=-1).max(dim=-1)
        return best.values.cpu().tolist(), best.indices.cpu().tolist()

    def _window_spans(self, offsets, special, word_ids, preds, probs) -> list[list]:
        """[entity, start, end, token probabilities] per entity in one window; a span grows to whole words."""
        spans: list[list] = []
        current = None
        words: dict[int, list[int]] = {}  # word id -> [start, end] in characters
        for (start, end), word in zip(offsets, word_ids, strict=True):
            if word is not None and end > start:
                bounds = words.setdefault(word, [start, end])
                bounds[0], bounds[1] = min(bounds[0], start), max(bounds[1], end)
        for (start, end), is_special, word, pred, prob in zip(offsets, special, word_ids, preds, probs, strict=True):
            if is_special or end <= start:
                continue
            tag, entity = self.labels[pred]
            if entity is None:
                current = None
                continue
            # Recall first: a span that starts or ends inside a word covers the whole word.
            first, last = words[word] if word is not None else (start, end)
            if current is None or current[0] != entity or tag in ("B", "S", "U"):  # (a B inside a word: `_merged`)
                current = [entity, first, last, []]
                spans.append(current)
            current[2] = last
            current[3].append(prob)
            if tag in ("E", "L", "S", "U"):
                current = None
        return spans


def _merged(spans: list[list]) -> list[tuple[str, int, int, float]]:
    """Spans of one entity type that overlap or touch (words, windows) as one, scored by their tokens' mean."""
    out: list[list] = []
    for entity, start, end, probs in sorted(spans, key=lambda s: (s[0], s[1], s[2])):
        last = out[-1] if out else None
        if last is not None and last[0] == entity and start <= last[2]:
            last[2] = max(last[2], end)
            last[3] = last[3] + probs
            continue
        out.append([entity, start, end, list(probs)])
    return [(entity, start, end, sum(probs) / len(probs)) for entity, start, end, probs in out]


class HfTokenRecognizer(ModelRecognizer):
    """The entities of a local Hugging Face token-classification model (opt-in: `scrub.hf_model`)."""

    def __init__(self, classifier: TokenClassifier, entities: Iterable[str], thresholds: Mapping[str, float],
                 language: str):
        self.classifier = classifier
        self.thresholds = dict(thresholds)
        super().__init__(supported_entities=sorted(entities), name="HfTokenRecognizer", supported_language=language)

    def analyze_texts(self, texts: list[str], found=None) -> list[list[RecognizerResult]]:  # noqa: ARG002
        wanted = self.thresholds
        return [[self._result(entity, start, end, score) for entity, start, end, score in spans
                 if entity in wanted and score >= wanted[entity]]
                for spans in self.classifier.spans(texts)]


def user_recognizers(cfg: ScrubConfig, entities: Iterable[str]) -> dict[str, list[ModelRecognizer]]:
    """Per language in `scrub.languages`, the recognizers of the configured models (each model loaded once)."""
    entities = set(entities)
    out: dict[str, list[ModelRecognizer]] = {lang: [] for lang in cfg.languages}
    if cfg.spacy_model and "PERSON" in entities:
        nlp = load_spacy(cfg.spacy_model)
        for lang in cfg.languages:
            out[lang].append(SpacyPersonRecognizer(cfg.spacy_model, lang, nlp))
    if cfg.hf_model:
        classifier = TokenClassifier(cfg.hf_model, cfg.model_device, cfg.hf_labels)
        wanted = classifier.entities() & entities
        if not wanted:
            labels = sorted({split_label(v)[1] for v in classifier.id2label.values()})
            raise ValueError(f"scrub.hf_model: none of the model's labels {labels[:20]} maps to an entity type of "
                             "scrub.entities; map them with scrub.hf_labels, e.g. {PER = \"PERSON\"}")
        thresholds = {e: cfg.threshold(e) for e in wanted}
        for lang in cfg.languages:
            out[lang].append(HfTokenRecognizer(classifier, wanted, thresholds, lang))
    return out
