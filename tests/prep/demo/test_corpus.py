"""The bundled demo corpus: deterministic, balanced, PII in the scrubber's formats, probes answerable."""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, trainers

from prep.demo.corpus import (
    PROBES,
    generate_corpus,
    with_particle,
    write_corpus,
    write_probes,
)
from prep.demo.templates import DOMAINS, FACTS
from privbert.fake_pii import is_luhn_valid

ROOT = Path(__file__).resolve().parents[3]
CORPUS_PATH = ROOT / "data" / "demo" / "corpus.jsonl"
PROBES_PATH = ROOT / "configs" / "demo_probes.jsonl"
HANGUL = re.compile("[가-힣]")

PII_FORMATS = {
    "EMAIL_ADDRESS": re.compile(r"[a-z0-9]+(\.[a-z0-9]+)?@example\.(com|org|net)"),
    "PHONE_NUMBER": re.compile(
        r"010-\d{4}-\d{4}|010\d{8}|\+82 10-\d{4}-\d{4}|02-\d{3}-\d{4}|0\d{2}-\d{3}-\d{4}"
        r"|\(\d{3}\) \d{3}-\d{4}|\d{3}-\d{3}-\d{4}"
    ),
    "KR_RRN": re.compile(r"\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])-[1-4]\d{6}"),
    "CREDIT_CARD": re.compile(r"\d{4}([ -])\d{4}\1\d{4}\1\d{4}"),
    "IP_ADDRESS": re.compile(r"(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}"),
    "PERSON": re.compile(r"[가-힣]{2,4}|[A-Z][a-z]+ [A-Z][a-z]+"),
}
KO_PERSON_CONTEXT = (
    r"(?:성명: |작성자: |신청인 |원고 |증인 ){name}|{name} ?(?:씨|님|선생님|교수|기자|대표|팀장|변호사|환자)"
)
EN_PERSON_CONTEXT = r"(?:(?:Mr|Ms|Mrs|Dr)\. |My name is |Name: |Regards, ){name}"


@pytest.fixture(scope="module")
def docs() -> list[dict]:
    return generate_corpus(with_pii_spans=True)


def _is_korean(doc: dict) -> bool:
    return bool(HANGUL.search(doc["text"]))


def test_same_arguments_give_identical_output_and_seeds_differ():
    assert generate_corpus(60, seed=3) == generate_corpus(60, seed=3)
    assert generate_corpus(60, seed=3) != generate_corpus(60, seed=4)
    assert generate_corpus(0) == []
    with pytest.raises(ValueError, match="n_docs"):
        generate_corpus(-1)


def test_committed_corpus_is_byte_identical_to_a_fresh_write(tmp_path):
    """Fails when the generator changed without `python -m prep.demo.corpus` being rerun."""
    fresh = tmp_path / "corpus.jsonl"
    write_corpus(fresh)
    assert fresh.read_bytes() == CORPUS_PATH.read_bytes()
    assert CORPUS_PATH.stat().st_size < 2.5e6


def test_jsonl_format_keys_and_ids(tmp_path):
    path = tmp_path / "sub" / "c.jsonl"
    write_corpus(path, n_docs=20, seed=1)
    raw = path.read_bytes()
    assert b"\r" not in raw and raw.endswith(b"\n") and raw.count(b"\n") == 20
    lines = raw.decode("utf-8").splitlines()
    objs = [json.loads(line) for line in lines]
    assert [list(o) for o in objs] == [["id", "domain", "text"]] * 20  # no "pii" key in the file
    assert [o["id"] for o in objs] == [f"demo-{i:05d}" for i in range(20)]
    assert all(json.dumps(o, ensure_ascii=False) == line for o, line in zip(objs, lines, strict=True))
    assert any(HANGUL.search(line) for line in lines)  # Hangul is written raw, not \uXXXX-escaped
    assert objs == generate_corpus(20, seed=1)


def test_languages_balanced_and_every_domain_present(docs):
    korean = sum(_is_korean(d) for d in docs)
    assert 0.4 < korean / len(docs) < 0.6
    domains = Counter(d["domain"] for d in docs)
    assert set(domains) == set(DOMAINS)
    assert min(domains.values()) > len(docs) / len(DOMAINS) / 2
    for domain in DOMAINS:  # both languages in every domain
        assert {_is_korean(d) for d in docs if d["domain"] == domain} == {True, False}


def test_documents_are_non_empty_prose_with_some_line_structure(docs):
    for doc in docs:
        text = doc["text"]
        assert text.strip() == text and len(text) > 40
        assert "\n\n\n" not in text and "  " not in text
        closings = re.findall(r"^(?:Regards, |Name: |성명: |작성자: )", text, re.MULTILINE)
        assert len(closings) <= 1
        last_line = text.rsplit("\n", 1)[-1]
        assert text[-1] in ".!?" or (closings and last_line.startswith(closings[0]))
    with_paragraphs = sum("\n\n" in d["text"] for d in docs)
    with_single_breaks = sum(bool(re.search(r"[^\n]\n[^\n]", d["text"])) for d in docs)
    assert 0.1 * len(docs) < with_paragraphs < 0.6 * len(docs)
    assert with_single_breaks > 0.1 * len(docs)
    assert len({d["text"] for d in docs}) > 0.99 * len(docs)  # templates and fillers vary


def test_each_pii_kind_is_planted_often_in_its_exact_format(docs):
    counts = Counter(p["entity"] for d in docs for p in d["pii"])
    assert set(counts) == set(PII_FORMATS)
    assert min(counts.values()) >= 80, counts
    assert 0.3 < sum(bool(d["pii"]) for d in docs) / len(docs) < 0.5
    assert sum(len(d["pii"]) > 1 for d in docs) > 200  # several values in some documents
    for doc in docs:
        for item in doc["pii"]:
            assert item["value"] in doc["text"]
            assert PII_FORMATS[item["entity"]].fullmatch(item["value"]), item


def test_card_numbers_pass_luhn(docs):
    cards = [p["value"] for d in docs for p in d["pii"] if p["entity"] == "CREDIT_CARD"]
    assert cards and all(is_luhn_valid(card) for card in cards)
    assert {card[4] for card in cards} == {" ", "-"}  # the checksum's own known values: tests/privbert


def test_every_format_variant_appears(docs):
    values = [(p["entity"], p["value"], d["text"]) for d in docs for p in d["pii"]]
    phones = [v for e, v, _ in values if e == "PHONE_NUMBER"]
    variants = [
        r"010-\d{4}-\d{4}",
        r"010\d{8}",
        r"\+82 10-.*",
        r"02-.*",
        r"0[3-6]\d-.*",
        r"\(\d{3}\) .*",
        r"[2-9]\d\d-.*",
    ]
    for variant in variants:
        assert any(re.fullmatch(variant, p) for p in phones), variant
    glued = [(v, t) for e, v, t in values if e in ("PHONE_NUMBER", "EMAIL_ADDRESS")]
    assert any(re.search(re.escape(v) + "(으로|로)", t) for v, t in glued if "@" in v)
    assert any(re.search(re.escape(v) + "(이고|으로|로)", t) for v, t in glued if "@" not in v)
    assert {v.rsplit(".", 1)[1] for e, v, _ in values if e == "EMAIL_ADDRESS"} == {"com", "org", "net"}


def test_person_names_sit_in_the_contexts_the_scrubber_catches(docs):
    seen_ko = seen_en = 0
    for doc in docs:
        for item in doc["pii"]:
            if item["entity"] != "PERSON":
                continue
            name = re.escape(item["value"])
            if HANGUL.match(item["value"]):
                seen_ko += 1
                assert re.search(KO_PERSON_CONTEXT.format(name=name), doc["text"]), doc["id"]
            else:
                seen_en += 1
                assert re.search(EN_PERSON_CONTEXT.format(name=name), doc["text"]), doc["id"]
    assert seen_ko > 100 and seen_en > 100


def test_korean_particles_follow_the_last_sound():
    assert with_particle("김민준", "은", "는") == "김민준은"
    assert with_particle("이지우", "은", "는") == "이지우는"
    assert with_particle("010-1234-5673", "으로", "로") == "010-1234-5673으로"  # 삼
    assert with_particle("010-1234-5671", "으로", "로") == "010-1234-5671로"  # 일: ㄹ takes 로
    assert with_particle("02-123-4562", "으로", "로") == "02-123-4562로"  # 이
    assert with_particle("a.b@example.com", "으로", "로") == "a.b@example.com으로"
    assert with_particle("a.b@example.org", "으로", "로") == "a.b@example.org로"


def test_committed_probes_match_the_generator(tmp_path):
    fresh = tmp_path / "probes.jsonl"
    write_probes(fresh)
    assert fresh.read_bytes() == PROBES_PATH.read_bytes()
    probes = [json.loads(line) for line in PROBES_PATH.read_text(encoding="utf-8").splitlines()]
    assert 6 <= len(probes) <= 10
    assert {bool(HANGUL.search(p["text"])) for p in probes} == {True, False}
    for probe in probes:
        assert probe["text"].count("[MASK]") == 1
        assert probe["expected"] and all(e == e.lower() and " " not in e for e in probe["expected"])


@pytest.mark.parametrize("probe", PROBES, ids=[p["expected"][0] for p in PROBES])
def test_probe_answer_is_a_whole_word_of_a_frequent_fact(docs, probe):
    before, after = probe["text"].split("[MASK]")
    answer = probe["expected"][0]
    pattern = re.compile(re.escape(before) + f"({re.escape(answer)})" + re.escape(after), re.IGNORECASE)
    mentions = sum(len(pattern.findall(d["text"])) for d in docs)
    assert mentions >= 100, (answer, mentions)
    assert (before == "" or before.endswith(" ")) and re.match(r"[ .,!?]", after)  # no particle glued on


def test_fact_sentences_carry_no_personal_data():
    honorifics = re.compile(r"[가-힣]{2,4} ?(씨|님|선생님|교수|기자|대표|팀장|변호사|환자)|\b(Mr|Ms|Mrs|Dr)\.|@")
    for fact in FACTS:
        assert not honorifics.search(fact.text), fact.text
        for entity, fmt in PII_FORMATS.items():
            if entity != "PERSON":
                assert not fmt.search(fact.text), (entity, fact.text)


@pytest.mark.parametrize("strip_accents", [False, None])
def test_probe_answers_are_single_wordpiece_tokens(docs, strip_accents):
    """Trained like the demo tokenizer (lower-cased WordPiece, a 6000 vocabulary), on the raw corpus."""
    tokenizer = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.BertNormalizer(lowercase=True, strip_accents=strip_accents)
    tokenizer.pre_tokenizer = pre_tokenizers.BertPreTokenizer()
    trainer = trainers.WordPieceTrainer(
        vocab_size=6000, min_frequency=2, limit_alphabet=3000, special_tokens=["[UNK]", "[MASK]"]
    )
    tokenizer.train_from_iterator((d["text"] for d in docs), trainer)
    for probe in PROBES:
        for answer in probe["expected"]:
            tokens = tokenizer.encode(answer, add_special_tokens=False).tokens
            assert len(tokens) == 1, (answer, tokens)
            assert unicodedata.normalize("NFC", tokens[0]) == answer
