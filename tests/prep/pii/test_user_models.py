"""`scrub.hf_model`: a local Hugging Face token-classification folder as a recognizer (prep.pii.user_models).

The model is built here, by hand, so that its output is known: no hidden layer, word embeddings that point
one way for the tokens of a name (`zor`, `##blax`, `quint`, `홍`, `##길동`) and the other way for the rest,
and a classifier that reads that direction: B-PER on a name's first token, I-PER on the next, O elsewhere.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from prep.config import ScrubConfig  # noqa: E402
from prep.pii.scrub import Scrubber  # noqa: E402
from prep.pii.user_models import HfTokenRecognizer, label_entities, split_label  # noqa: E402

WORDS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "the", "award", "went", "to", "yesterday", ".", ",", "and",
         "내", "이름은", "zor", "##blax", "quint", "홍", "##길동", "##이"]
BEGIN, INSIDE = {"zor", "홍"}, {"##blax", "quint", "##길동"}
MAX_LEN = 24
TEXT = "😀 내 홍길동이 and the award went to zorblax quint yesterday."


def build_model(folder, labels=("O", "B-PER", "I-PER")):
    """The tiny model above, saved with its fast WordPiece tokenizer (safetensors)."""
    vocab = {w: i for i, w in enumerate(WORDS)}
    tokenizer = transformers.BertTokenizerFast(vocab=vocab, do_lower_case=True, strip_accents=False,
                                               model_max_length=MAX_LEN)
    config = transformers.BertConfig(
        vocab_size=len(WORDS), hidden_size=4, num_hidden_layers=0, num_attention_heads=1, intermediate_size=4,
        max_position_embeddings=MAX_LEN, id2label=dict(enumerate(labels)),
        label2id={v: k for k, v in enumerate(labels)})
    model = transformers.BertForTokenClassification(config)
    with torch.no_grad():
        emb = model.bert.embeddings
        emb.position_embeddings.weight.zero_()
        emb.token_type_embeddings.weight.zero_()
        emb.LayerNorm.weight.fill_(1.0)
        emb.LayerNorm.bias.zero_()
        for word, i in vocab.items():
            emb.word_embeddings.weight[i] = torch.tensor(
                [1.0, -1, 1, -1] if word in BEGIN else [1.0, -1, -1, 1] if word in INSIDE else [-1.0, 1, 0, 0])
        model.classifier.weight.copy_(torch.tensor([[-4.0, 0, 0, 0], [2, 0, 2, 0], [2, 0, -2, 0]]))
        model.classifier.bias.zero_()
    model.save_pretrained(folder, safe_serialization=True)
    tokenizer.save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    return str(build_model(tmp_path_factory.mktemp("hf") / "ner"))


@pytest.fixture(scope="module")
def scrubber(model_dir):
    return Scrubber(ScrubConfig(hf_model=model_dir, model_device="cpu"))


def hf_recognizer(scrubber: Scrubber) -> HfTokenRecognizer:
    return next(r for r in scrubber.recognizers["ko"] if isinstance(r, HfTokenRecognizer))


def test_the_hand_built_model_gives_the_labels_it_was_built_for(model_dir):
    tokenizer = transformers.AutoTokenizer.from_pretrained(model_dir, local_files_only=True)
    model = transformers.AutoModelForTokenClassification.from_pretrained(model_dir, local_files_only=True)
    enc = tokenizer(TEXT, return_tensors="pt")
    with torch.inference_mode():
        probs = model(**enc).logits.softmax(-1)[0]
    labels = [model.config.id2label[int(i)] for i in probs.argmax(-1)]
    got = [(t, lab) for t, lab in zip(enc.tokens(), labels, strict=True) if lab != "O"]
    assert got == [("홍", "B-PER"), ("##길동", "I-PER"), ("zor", "B-PER"), ("##blax", "I-PER"), ("quint", "I-PER")]
    assert 0.95 < float(probs.max(-1).values.min()) < 1.0


def test_offsets_map_back_through_emoji_and_korean_and_words_are_whole(scrubber):
    results = hf_recognizer(scrubber).analyze_texts([TEXT])[0]
    # `홍 ##길동` ends inside the word `홍길동이`: the span grows to the word's end (recall first);
    # `zor ##blax quint`: three sub-tokens of one entity, one span
    found = [(r.entity_type, TEXT[r.start:r.end]) for r in results]
    assert found == [("PERSON", "홍길동이"), ("PERSON", "zorblax quint")]
    assert all(0.95 < r.score < 1.0 for r in results)


def test_scrubber_replaces_exactly_the_names(scrubber):
    assert Scrubber(ScrubConfig()).scrub(TEXT).counts == {}  # the rules alone find neither
    result = scrubber.scrub(TEXT)
    assert result.text == "😀 내 [PERSON] and the award went to [PERSON] yesterday."
    assert result.counts == {"PERSON": 2}
    assert {f.recognizer for f in result.findings} == {"HfTokenRecognizer"}
    batch = ["the award went to zorblax quint yesterday.", "nothing here", TEXT]
    assert scrubber.scrub_batch(batch) == [scrubber.scrub(t) for t in batch]


def test_a_name_past_the_first_window_is_found_once(scrubber):
    for filler in range(8, 30):  # the name falls on every position of the windows, their overlaps included
        text = "the award, " * filler + "went to zorblax quint yesterday."
        result = scrubber.scrub(text)
        assert result.text == "the award, " * filler + "went to [PERSON] yesterday.", filler
        assert result.counts == {"PERSON": 1}


def test_thresholds_apply_to_the_model_probability(model_dir):
    cfg = ScrubConfig(hf_model=model_dir, model_device="cpu", thresholds={"PERSON": 0.99})
    assert Scrubber(cfg).scrub(TEXT).counts == {}  # the names score ~0.98


def test_label_mapping_and_hf_labels(model_dir, tmp_path):
    assert split_label("B-PER") == ("B", "PER") and split_label("s_addr") == ("S", "ADDR")
    assert split_label("PERSON") == (None, "PERSON")
    assert label_entities({0: "O", 1: "B-PS", 2: "I-STREET_ADDRESS", 3: "B-ORG"}, {}) == [
        (None, None), ("B", "PERSON"), ("I", "STREET_ADDRESS"), ("B", None)]
    # hf_labels replaces the default table: PER now means an address
    moved = Scrubber(ScrubConfig(hf_model=model_dir, model_device="cpu", hf_labels={"per": "STREET_ADDRESS"}))
    assert moved.scrub("the award went to zorblax quint yesterday.").counts == {"STREET_ADDRESS": 1}
    custom = str(build_model(tmp_path / "custom", labels=("O", "B-CUSTOMER", "I-CUSTOMER")))
    with pytest.raises(ValueError, match="hf_labels"):  # labels not mapped are ignored: here, all of them
        Scrubber(ScrubConfig(hf_model=custom, model_device="cpu"))
    mapped = Scrubber(ScrubConfig(hf_model=custom, model_device="cpu", hf_labels={"B-CUSTOMER": "PERSON"}))
    assert mapped.scrub(TEXT).text == "😀 내 [PERSON] and the award went to [PERSON] yesterday."


def test_folders_that_are_refused(model_dir, tmp_path):
    with pytest.raises(ValueError, match="scrub.hf_model .* is not a folder"):
        Scrubber(ScrubConfig(hf_model=str(tmp_path / "missing")))
    pickled = tmp_path / "bin_only"
    pickled.mkdir()
    shutil.copy(f"{model_dir}/config.json", pickled / "config.json")
    (pickled / "pytorch_model.bin").write_bytes(b"not read")
    with pytest.raises(ValueError, match="only pytorch_model.bin .*model.safetensors only"):
        Scrubber(ScrubConfig(hf_model=str(pickled)))
    remote = tmp_path / "remote"
    shutil.copytree(model_dir, remote)
    config = json.loads((remote / "config.json").read_text())
    config["auto_map"] = {"AutoModelForTokenClassification": "modeling_evil.EvilModel"}
    (remote / "config.json").write_text(json.dumps(config))
    with pytest.raises(ValueError, match="auto_map"):
        Scrubber(ScrubConfig(hf_model=str(remote)))
    broken = tmp_path / "broken"
    shutil.copytree(model_dir, broken)
    (broken / "model.safetensors").write_bytes(b"garbage")
    with pytest.raises(ValueError, match="scrub.hf_model .* cannot be loaded"):
        Scrubber(ScrubConfig(hf_model=str(broken)))


def test_model_device_and_hf_labels_are_validated(model_dir):
    with pytest.raises(ValueError, match=r"scrub.model_device must be one of \('auto', 'cpu', 'cuda'\)"):
        ScrubConfig(model_device="gpu")
    with pytest.raises(ValueError, match="scrub.hf_labels maps to unknown entity"):
        ScrubConfig(hf_labels={"PER": "NAME"})
    with pytest.raises(ValueError, match="scrub.hf_labels must be a table"):
        ScrubConfig(hf_labels=["PER"])
    assert ScrubConfig(hf_labels={" per ": "PERSON"}).hf_labels == {"PER": "PERSON"}
    auto = Scrubber(ScrubConfig(hf_model=model_dir))
    assert hf_recognizer(auto).classifier.device == ("cuda" if torch.cuda.is_available() else "cpu")
    if not torch.cuda.is_available():
        with pytest.raises(ValueError, match='model_device = "cuda" but torch sees no CUDA'):
            Scrubber(ScrubConfig(hf_model=model_dir, model_device="cuda"))


def test_the_default_scrub_needs_no_torch():
    # Presidio itself imports torch when present (its device detector), so "torch not in sys.modules" cannot
    # hold; what this checks is that the default scrub runs where torch cannot be imported at all
    code = ("import sys; sys.modules['torch'] = None\n"
            "from prep.config import ScrubConfig\nfrom prep.pii.scrub import Scrubber\n"
            "print(Scrubber(ScrubConfig()).scrub('call 010-1234-5678').text)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True)
    assert out.stdout.strip() == "call [PHONE_NUMBER]"


@pytest.mark.gpu
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_on_the_gpu_the_same_spans_as_on_the_cpu(scrubber, model_dir):
    on_gpu = Scrubber(ScrubConfig(hf_model=model_dir, model_device="cuda"))
    assert next(hf_recognizer(on_gpu).classifier.model.parameters()).device.type == "cuda"
    texts = [TEXT, "the award, " * 30 + "went to zorblax quint yesterday.", "nothing here"]
    assert [r.text for r in on_gpu.scrub_batch(texts)] == [r.text for r in scrubber.scrub_batch(texts)]


def test_the_manifest_records_the_model_files(model_dir):
    from pathlib import Path

    from prep.pii.user_models import model_files

    weights = Path(model_dir) / "model.safetensors"

    files = model_files(ScrubConfig(hf_model=str(model_dir)))["hf_model"]
    assert files["path"] == str(model_dir)
    assert "model.safetensors" in files["files"] and all(len(h) == 64 for h in files["files"].values())
    before = files["files"]["model.safetensors"]
    weights.write_bytes(weights.read_bytes() + b" ")
    try:
        assert model_files(ScrubConfig(hf_model=str(model_dir)))["hf_model"]["files"]["model.safetensors"] != before
    finally:
        weights.write_bytes(weights.read_bytes()[:-1])
    assert model_files(ScrubConfig()) == {}
