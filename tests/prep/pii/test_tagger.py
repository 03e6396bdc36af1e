"""The name tagger (prep.pii.tagger): the project's own trained PERSON detector, on by default.

The sentences here are not rows of any evaluation set; each name in them is one the rules alone leave
(checked below with `scrub.name_tagger = false`), so each case shows what the tagger adds.
"""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest

from prep.config import ScrubConfig
from prep.pii.scrub import Scrubber
from prep.pii.tagger import MODEL_PATH, WIDE_MODEL_PATH, NameTagger, NameTaggerRecognizer, load_tagger
from prep.pii.tagger_features import tokens
from prep.pii.tagger_train import IGNORE, save, token_classes, train, training_rows

torch = pytest.importorskip("torch")


@pytest.fixture(scope="module")
def scrubbers():
    return Scrubber(ScrubConfig()), Scrubber(ScrubConfig(name_tagger=False))


@pytest.mark.parametrize(("text", "name"), [
    ("Notes from standup: Ezinne owns the migration, Thandiwe reviews, Marguerite Okafor signs off.",
     "Marguerite Okafor"),
    ("Marguerite Okafor asked whether kwabena had sent the slides; he had not.", "kwabena"),
    ("회의록: 김도현 팀장 참석. 정하은이 발표 맡았고 한서준이 질문함.", "정하은"),
    ("박서연 씨가 전화했는데, 어제 봉하람이 다녀갔대요.", "봉하람"),
])
def test_tagger_finds_names_the_rules_leave(scrubbers, text, name):
    on, off = scrubbers
    assert name in off.scrub(text).text  # the rules alone leave it
    scrubbed = on.scrub(text).text
    assert "[PERSON]" in scrubbed
    pieces = name.split() if name.isascii() else [name[k:k + 2] for k in range(len(name) - 1)]
    assert not any(piece in scrubbed for piece in pieces)  # no piece of it either (`[PERSON]은이`)


@pytest.mark.parametrize("text", [
    "The Kalman filter and Dijkstra's algorithm are covered in week 3.",
    "Kraft Heinz and General Mills both lowered guidance.",
    "Now hiring: line cooks at the Westlake store. Apply online.",
    "We drove from Houston to St. Louis, then flew to Washington.",
    "어제 회의에서 예산안이 통과되었습니다. 다음 주 일정은 추후 공지합니다.",
])
@pytest.mark.parametrize("person", ["Ms. Harriet Okonjo wrote: ", "김민준 님이 남긴 글: "])
def test_clean_look_alikes_stay_where_the_tagger_reads(scrubbers, person, text):
    """After a name the rules find, so that the tagger reads the document."""
    on, _ = scrubbers
    result = on.scrub(person + text)
    assert result.counts == {"PERSON": 1}
    assert result.text.endswith(text)


def test_the_threshold_follows_what_the_rules_found():
    """A document where the rules found a person is read with `threshold`; one where they found none with
    `alone_threshold` (None: not read at all)."""
    tagger = load_tagger("", 0.5)
    text = "Marguerite Okafor asked whether kwabena had sent the slides."
    spans = [(a, b, s) for entity, a, b, s in tagger.spans(text) if entity == "PERSON"]
    assert spans and all(0.5 <= s <= 1.0 for _, _, s in spans)
    recognizer = NameTaggerRecognizer(tagger, "en", threshold=0.5, alone_threshold=None)
    person = Scrubber(ScrubConfig(name_tagger=False)).analyze_batch([text], ["en"])[0]
    assert any(r.entity_type == "PERSON" for r in person)
    with_person, without = recognizer.analyze_texts([text, text], [person, []])
    assert [(r.start, r.end) for r in with_person] == [(a, b) for a, b, _ in spans]
    assert without == []
    assert recognizer.analyze_texts([text]) == [[]]  # analyzed on its own: the alone threshold
    alone = NameTaggerRecognizer(tagger, "en", threshold=0.5, alone_threshold=0.5).analyze_texts([text], [[]])[0]
    assert [(r.start, r.end) for r in alone] == [(a, b) for a, b, _ in spans]


def test_cached_word_vectors_equal_the_feature_sums():
    """Scrub time sums each word's embedding rows once (`_row_ids`); training sums them per token: the same."""
    tagger = NameTagger(MODEL_PATH, 0.5)
    texts = ["Hi Ezinne,\nthe 42 boxes went to 김도현 님 (Busan).", "ok\n\nthanks kwabena — 9:41"]
    docs = [tokens(t) for t in texts]
    batch = tagger.probabilities(docs)
    for toks, p in zip(docs, batch, strict=True):
        hidden = np.stack([tagger.embedding[ids].sum(axis=0) for ids in tagger.features.encode(toks)])
        logits = np.maximum(hidden, 0) @ tagger.weight.T + tagger.bias
        expected = np.exp(logits - logits.max(axis=1, keepdims=True))
        expected /= expected.sum(axis=1, keepdims=True)
        np.testing.assert_allclose(p, expected, atol=1e-5)
        np.testing.assert_allclose(tagger.probabilities([toks])[0], p, atol=1e-6)  # alone = in a batch


def test_tokens_and_line_flags():
    toks = tokens("Kim Lee:\n  010 1234\nok")
    assert toks.words == ["Kim", "Lee", ":", "000", "0000", "ok"]  # numbers by length only
    assert toks.line_start == [True, False, False, True, False, True]
    assert toks.line_end == [False, False, True, False, True, True]
    assert len(tokens("")) == 0


def test_token_classes():
    text = "박서연이랑 Ann O'Neil, 홍 하 린."
    toks = tokens(text)
    spans = [{"start": 0, "end": 3, "entity": "PERSON"}, {"start": 6, "end": 16, "entity": "PERSON"},
             {"start": 18, "end": 23, "entity": "PERSON"}]
    classes = dict(zip(toks.words, token_classes(text, toks, spans), strict=True))
    assert classes["박서연이랑"] == 3  # the name is the word's first three syllables
    assert classes["Ann"] == classes["O'Neil"] == classes["홍"] == classes["린"] == 1
    assert classes[","] == classes["."] == IGNORE  # marks never count
    toks = tokens("Ravi's bag")
    assert token_classes("Ravi's bag", toks, [{"start": 0, "end": 4, "entity": "PERSON"}]) == [4, 0]


def test_training_reads_no_blind_set(tmp_path):
    blind = tmp_path / "blind"
    blind.mkdir()
    (blind / "x.jsonl").write_text(json.dumps({"id": "a", "lang": "en", "text": "Ann", "spans": []}) + "\n")
    with pytest.raises(ValueError, match="blind"):
        training_rows(str(blind / "*.jsonl"))


def test_shipped_weights_are_the_training_output(tmp_path):
    """`python -m prep.pii.tagger_train` on the committed tuning sets gives the shipped file byte for byte:
    a change to the sets or the features without a rebuild fails here."""
    rows, files = training_rows()
    out = tmp_path / "t.safetensors"
    save(train(rows), out, files)
    assert hashlib.sha256(out.read_bytes()).hexdigest() == hashlib.sha256(MODEL_PATH.read_bytes()).hexdigest(), (
        "rebuild the shipped tagger: python -m prep.pii.tagger_train")


def test_a_wrong_or_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="tagger_train"):
        NameTagger(tmp_path / "none.safetensors")
    rows, files = training_rows()
    small = tmp_path / "small.safetensors"
    save(train(rows[:20], epochs=1, buckets=1 << 10, hidden=4), small, files)
    tagger = NameTagger(small)  # a smaller layout of the same features loads
    assert tagger.embedding.shape == (1 << 10, 4)
    small.write_bytes(small.read_bytes().replace(b"NAME,PREFIX2", b"NAME,PREFIX9"))
    with pytest.raises(ValueError, match="feature layout"):
        NameTagger(small)


@pytest.mark.parametrize(("key", "value"), [("name_tagger", "yes"), ("name_tagger_threshold", 0.0),
                                            ("name_tagger_alone_threshold", 1.5), ("name_tagger_threshold", True),
                                            ("name_tagger_beside_threshold", 0.0)])
def test_config_checks(key, value):
    with pytest.raises(ValueError, match=key):
        ScrubConfig(**{key: value})


def test_on_by_default_and_off_by_config(scrubbers):
    on, off = scrubbers
    assert any(isinstance(r, NameTaggerRecognizer) for r in on.recognizers["en"])
    assert not any(isinstance(r, NameTaggerRecognizer) for r in off.recognizers["en"])
    only_phones = Scrubber(ScrubConfig(entities=("PHONE_NUMBER",)))
    assert not any(isinstance(r, NameTaggerRecognizer) for r in only_phones.recognizers["ko"])


def test_the_manifest_records_the_weights_by_sha256(tmp_path):
    from prep.pii.tagger import tagger_weights

    shipped = tagger_weights(ScrubConfig())
    assert shipped == {"file": "shipped", "sha256": hashlib.sha256(MODEL_PATH.read_bytes()).hexdigest(),
                       "wide_sha256": hashlib.sha256(WIDE_MODEL_PATH.read_bytes()).hexdigest()}
    own = tmp_path / "own.safetensors"
    own.write_bytes(MODEL_PATH.read_bytes())
    assert tagger_weights(ScrubConfig(name_tagger_file=str(own)))["file"] == str(own)


def test_a_raise_leaves_the_word_cache_whole(monkeypatch):
    """A text the tagger raises on fails (closed, by the scrubber); the words it met are not cached half-made."""
    tagger = NameTagger(MODEL_PATH, 0.5)
    text = "Marguerite Okafor asked whether kwabena had sent the slides."
    fresh = NameTagger(MODEL_PATH, 0.5).spans(text)
    real = tagger.features.word_features

    def failing(word):
        if word == "zzqx":
            raise RuntimeError("boom")
        return real(word)

    monkeypatch.setattr(tagger.features, "word_features", failing)
    with pytest.raises(RuntimeError):
        tagger.spans("Ask kwabena zzqx and Marguerite Okafor.")
    monkeypatch.setattr(tagger.features, "word_features", real)
    assert tagger.spans(text) == fresh


def test_a_failing_text_is_dropped_not_written(monkeypatch):
    scrubber = Scrubber(ScrubConfig())
    tagger = next(r for r in scrubber.recognizers["en"] if isinstance(r, NameTaggerRecognizer)).tagger

    def failing(texts):
        if any("zzqx" in t for t in texts):
            raise RuntimeError("boom")
        return NameTagger.spans_batch(tagger, texts)

    monkeypatch.setattr(tagger, "spans_batch", failing)
    ok, bad = "Mr Smith met kwabena.", "Mr Smith met zzqx."
    results = scrubber.scrub_batch([ok, bad])
    assert not isinstance(results[0], BaseException) and "kwabena" not in results[0].text
    assert isinstance(results[1], BaseException)


def test_empty_and_mark_only_texts_in_a_batch():
    tagger = NameTagger(MODEL_PATH, 0.5)
    texts = ["Marguerite Okafor asked kwabena.", "", "!!! ---", "\n\n", "박서연 씨가 봉하람이랑 왔다."]
    batch = tagger.spans_batch(texts)
    assert batch == [tagger.spans(t) for t in texts]
    assert batch[1] == batch[2] == batch[3] == [] and batch[0] and batch[4]


def test_a_span_stops_before_the_particle_of_a_name_the_rules_found(scrubbers):
    on, _ = scrubbers
    assert on.scrub("신청인 장훈의 주장, 증인 박지은").text == "신청인 [PERSON]의 주장, 증인 [PERSON]"


@pytest.mark.parametrize(("text", "address"), [
    ("Ship to Harriet Okonjo, 52 dunmore st, call 555-201-7788 if no answer.", "52 dunmore st"),
    ("오늘 이서연 씨가 수원 영통구 매탄동 삼성래미안 3단지로 이사했대", "영통구 매탄동 삼성래미안 3단지"),
])
def test_addresses_the_rules_leave_in_documents_with_personal_data(text, address):
    rules = Scrubber(ScrubConfig(name_tagger_address_threshold=None))
    assert address in rules.scrub(text).text
    scrubbed = Scrubber(ScrubConfig()).scrub(text)
    assert address not in scrubbed.text and "STREET_ADDRESS" in scrubbed.counts


def test_no_address_reading_without_personal_data_or_without_the_entity():
    tagger = load_tagger("", 0.7, 0.9)
    text = "Flat 3, Rosewood Court\nKilburn Lane\n"
    assert any(entity == "STREET_ADDRESS" for entity, *_ in tagger.spans(text))
    recognizer = NameTaggerRecognizer(tagger, "en", 0.7, None, 0.9, ("PERSON", "STREET_ADDRESS"))
    assert recognizer.analyze_texts([text], [[]]) == [[]]  # the rules found nothing here: not read
    only_people = Scrubber(ScrubConfig(entities=("PERSON", "PHONE_NUMBER")))
    doc = "Ship to Harriet Okonjo, 52 dunmore st, call 555-201-7788 if no answer."
    assert "STREET_ADDRESS" not in only_people.scrub(doc).counts


def test_a_name_takes_every_syllable_its_classes_give_it():
    from prep.pii.tagger import _name_length, _name_reach

    def length(word, probs):
        names = np.array([probs], dtype=np.float32)
        return _name_length(word, _name_reach(names, names.sum(axis=1))[0])

    # [NAME, PREFIX2, PREFIX3, PREFIX4]: `정하|은이` (0.55) against `정하은|이` (0.40): the longer reading wins
    assert length("정하은이", [0.0, 0.55, 0.40, 0.0]) == 3
    assert length("정하은이", [0.0, 0.9, 0.05, 0.0]) == 2  # a clear two-syllable name
    assert length("Marguerite", [0.9, 0.05, 0.0, 0.0]) == 10
    assert length("J", [1.0, 0.0, 0.0, 0.0]) == 1


def test_the_batch_reach_is_the_per_token_loop():
    """`_name_reach` over many rows gives what the loop it replaced gave, row by row, in float32."""
    from prep.pii.tagger import EXTENT, _name_length, _name_reach

    def loop(word, probs):
        total = float(probs.sum())
        length = min(len(word), 2)
        for k in range(3, len(word) + 1):
            reach = probs[0] + (probs[k - 1:4].sum() if k <= 4 else 0.0)
            if reach < EXTENT * total:
                break
            length = k
        return length

    rng = np.random.default_rng(5)
    p = rng.dirichlet(np.ones(6), size=20_000).astype(np.float32)
    p[::7, 1:5] = np.float32(0.25) * p[::7, 1:2]  # ties on the threshold's edge
    names = p[:, 1:5]
    reach = _name_reach(names, names.sum(axis=1))
    for word in ("정하", "정하은", "정하은이", "Marguerite"):
        assert [_name_length(word, r) for r in reach] == [loop(word, names[i]) for i in range(len(p))]


def test_batch_flags_are_each_documents_flags():
    """The batch's one array of line and `lowseen` flags equals the documents' own, laid end to end (empty
    documents and documents of one line among them)."""
    from prep.pii.tagger_features import batch_flags, doc_flags

    texts = ["Kim Lee:\n  010 1234\nok", "", "one line only", "\n\nGrace said grace\n", "x", "Ann\nann"]
    docs = [tokens(t) for t in texts]
    expected = np.concatenate([doc_flags(d) for d in docs]).astype(np.float32)
    np.testing.assert_array_equal(batch_flags(docs), expected)


def test_beside_other_personal_data_the_tagger_reads_names():
    """Round 9: a letter whose rules found an address but no person (`Aloha Keala, ...`) is read at the beside
    threshold; with it off, only where the rules found a person."""
    from presidio_analyzer import RecognizerResult

    text = "Aloha Keala, your surfboard is ready for pickup at the shop."
    address = [RecognizerResult("STREET_ADDRESS", 50, 58, 0.6)]
    tagger = NameTagger(threshold=0.7)
    beside = NameTaggerRecognizer(tagger, "en", 0.7, None, beside_threshold=0.8)
    off = NameTaggerRecognizer(tagger, "en", 0.7, None, beside_threshold=None)
    assert [(r.start, r.end) for r in beside.analyze_texts([text], [address])[0]] == [(6, 11)]
    assert off.analyze_texts([text], [address]) == [[]]
    assert beside.analyze_texts([text], [[]]) == [[]]  # nothing found by the rules: not read


@pytest.mark.parametrize(("text", "word"), [
    ("후배가 술 사줬어 010-7284-8391", "후배"),
    ("조카가 벌써 초등학생이래 010-6969-7070", "조카"),
    ("우리 팀장님은 친절하시다 010-2525-3636", "팀장"),
])
def test_korean_titles_and_kin_words_are_no_tagger_names(scrubbers, text, word):
    """Round 19: the retrained weights read `X가` before a phone as a name's slot; a title or kin word there is none."""
    on, _ = scrubbers
    assert word in on.scrub(text).text


# --- the second shipped tagger, read with the first (round 20) ---------------------------------------------------

def test_the_wide_weights_record_the_sets_and_recipe_they_were_trained_on():
    """`python -m prep.pii.tagger_train --wide` (a quarter of an hour, so not rerun here): a tuning set changed,
    added or removed without a rebuild (or without leaving it out in `WIDE`) fails here."""
    from safetensors import safe_open

    from prep.pii.tagger_train import WIDE

    with safe_open(str(WIDE_MODEL_PATH), framework="numpy") as f:
        meta = json.loads(f.metadata()["tagger"])
    _, files = training_rows(exclude=WIDE["exclude"])
    assert meta["trained_on"] == " ".join(files), "rebuild: python -m prep.pii.tagger_train --wide"
    assert (int(meta["hidden"]), int(meta["renamed_copies"]), int(meta["value_copies"])) == (
        WIDE["hidden"], WIDE["copies"], WIDE["value_copies"])


def test_the_pair_keeps_each_tokens_surer_name_reading():
    from prep.pii.tagger import _surer_names

    p = np.array([[0.9, 0.1, 0, 0, 0, 0.0], [0.1, 0.8, 0, 0, 0, 0.1], [0.5, 0.0, 0, 0, 0, 0.5]])
    q = np.array([[0.1, 0.0, 0.9, 0, 0, 0.0], [0.7, 0.3, 0, 0, 0, 0.0], [0.0, 0.2, 0, 0, 0, 0.8]])
    out = _surer_names(p.copy(), q)
    assert out[0].tolist() == [0.9, 0.0, 0.9, 0, 0, 0.0]  # the second's name classes (surer), the first's rest
    assert out[1].tolist() == p[1].tolist()  # the first is surer: all its own
    assert out[2].tolist() == [0.5, 0.2, 0, 0, 0, 0.5]  # addresses stay the first's


def test_the_shipped_pair_finds_what_the_first_tagger_finds():
    """Recall first: reading the second tagger too never loses a name the first one reads."""
    texts = ["어제 서연이랑 하준이 만났어 010-2345-6789", "Penny baked bread; call Travis at 555-201-3344"]
    first = NameTagger(MODEL_PATH, 0.7)
    pair = load_tagger("", 0.7)
    for text in texts:
        found = {(s, e) for kind, s, e, _ in pair.spans(text) if kind == "PERSON"}
        assert {(s, e) for kind, s, e, _ in first.spans(text) if kind == "PERSON"} <= found

