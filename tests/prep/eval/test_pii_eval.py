"""The PII benchmark, the targets, the pre-filter's exactness, modes, audit file, and no PII outside the text."""

from __future__ import annotations

import json
import logging
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from benchmarks.presidio_reference import PresidioReference
from prep.config import PrepConfig, ScrubConfig
from prep.eval.pii_bench import generate_bench, prose_documents
from prep.eval.pii_eval import evaluate
from prep.pii.scrub import PII_ENTITIES, Scrubber, ScrubResult
from prep.pii.surrogate import SurrogateMap, entity_hash
from prep.units import scrub_records
from privbert.config import from_dict

ROOT = Path(__file__).resolve().parents[3]
SECRET = "s3cret-for-tests-0123456789abcdef"


@pytest.fixture(scope="module")
def scrubber() -> Scrubber:
    return Scrubber(ScrubConfig())


@pytest.fixture(scope="module")
def bench():
    return generate_bench(400, seed=11)


def test_bench_is_deterministic_and_labels_every_entity(bench):
    again = generate_bench(400, seed=11)
    assert [d.text for d in again] == [d.text for d in bench]
    assert {s["entity"] for d in bench for s in d.spans} == set(PII_ENTITIES)
    assert {d.lang for d in bench} == {"ko", "en"} and len({d.domain for d in bench}) == 5
    for doc in bench:  # spans point at the value, not at a neighbour
        for s in doc.spans:
            value = doc.text[s["start"]:s["end"]]
            assert value and value == value.strip()


def test_targets_are_met_on_the_benchmark(scrubber, bench):
    report = evaluate(scrubber, bench, prose_documents())
    assert report.failures() == []
    for entity in PII_ENTITIES:  # every entity type is measured in at least one language
        assert report.total(entity=entity).gold > 0
    assert report.untouched >= 0.99 and report.prose_words > 800


def test_prefilter_and_presidio_engine_give_identical_results(scrubber, bench):
    texts = [d.text for d in bench[:200]] + [d.text for d in prose_documents()]
    langs = [d.lang for d in bench[:200]] + [d.lang for d in prose_documents()]
    fast = scrubber.scrub_batch(texts, langs)
    plain = Scrubber(ScrubConfig(), prefilter=False).scrub_batch(texts, langs)
    assert fast == plain
    assert [r.findings for r in fast] == [r.findings for r in plain]
    reference = PresidioReference(scrubber)
    for text, lang, result in zip(texts[:80], langs[:80], fast[:80], strict=True):
        engine = reference.anonymize(text, lang, reference.analyze(text, lang))
        assert engine == result


def test_replacement_equals_presidio_anonymizer_engine_in_every_mode(monkeypatch, bench):
    """`Scrubber.replace` applies Presidio's operators itself; `AnonymizerEngine.anonymize` must agree."""
    monkeypatch.setenv("PREP_SCRUB_SECRET", SECRET)
    docs = bench[:200]
    for mode in ("placeholder", "hash", "surrogate"):
        scrubber = Scrubber(ScrubConfig(mode=mode))
        reference = PresidioReference(scrubber)
        results = scrubber.analyze_batch([d.text for d in docs], [d.lang for d in docs])
        for doc, found in zip(docs, results, strict=True):
            fast = scrubber.replace(doc.text, doc.lang, found)
            engine = reference.anonymize(doc.text, doc.lang, found)
            assert (fast.text, fast.counts, fast.findings) == (engine.text, engine.counts, engine.findings), mode


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("연락처 010-1234-5678이고요", "PHONE_NUMBER"),
        ("메일 kim@example.com으로", "EMAIL_ADDRESS"),
        ("김민준씨에게", "PERSON"),
        ("성명: 박지훈의", "PERSON"),
        ("주민등록번호 900101-1234567을", "KR_RRN"),
        ("192.168.0.1에서", "IP_ADDRESS"),
        ("카드 4111-1111-1111-1111로", "CREDIT_CARD"),
        ("서울특별시 강남구 테헤란로 152에", "STREET_ADDRESS"),
    ],
)
def test_particles_glued_to_values_stay(scrubber, text, entity):
    result = scrubber.scrub(text)
    assert result.counts == {entity: 1}
    assert result.text.endswith(("이고요", "으로", "에게", "의", "을", "에서", "로", "에"))


def test_hash_mode_is_keyed_and_stable(monkeypatch):
    with pytest.raises(ValueError, match="PREP_SCRUB_SECRET"):
        Scrubber(ScrubConfig(mode="hash"))
    monkeypatch.setenv("PREP_SCRUB_SECRET", SECRET)
    hashed = Scrubber(ScrubConfig(mode="hash"))
    a = hashed.scrub("전화 010-1234-5678, 다시 010-1234-5678, 또는 010-9999-8888")
    tokens = a.text.split()
    assert a.counts == {"PHONE_NUMBER": 3}
    assert tokens[1].rstrip(",") == tokens[3].rstrip(",") != tokens[5]
    assert tokens[1].startswith("[PHONE_NUMBER_") and "1234" not in a.text
    assert entity_hash(b"another-secret-0123456789", "PHONE_NUMBER", "010-1234-5678") != tokens[1].rstrip(",")


def test_surrogate_mode_is_consistent_within_a_document(monkeypatch):
    monkeypatch.setenv("MY_KEY", SECRET)
    surrogate = Scrubber(ScrubConfig(mode="surrogate", secret_env="MY_KEY"))
    text = "김민준 씨가 kim@corp.kr로 보냈다. 김민준 씨는 192.168.0.7에서 010-1234-5678로 전화했다."
    result = surrogate.scrub(text)
    for value in ("김민준", "kim@corp.kr", "192.168.0.7", "1234-5678"):
        assert value not in result.text
    assert result.counts == {"PERSON": 2, "EMAIL_ADDRESS": 1, "IP_ADDRESS": 1, "PHONE_NUMBER": 1}
    first, second = result.text.split(" 씨가 ")[0], result.text.split(". ")[1].split(" 씨는")[0]
    assert first == second != "김민준"  # the same name got the same fake
    assert surrogate.scrub(text) == result  # deterministic for one secret
    fakes = SurrogateMap(SECRET.encode(), text, "ko")
    name = fakes.fake("PERSON", "김민준")
    assert name == fakes.fake("PERSON", "김민준") != "김민준" and len(name) == 3
    assert fakes.fake("EMAIL_ADDRESS", "a@b.com").endswith(("example.com", "example.org", "example.net"))
    assert fakes.fake("IP_ADDRESS", "10.0.0.1").startswith(("192.0.2.", "198.51.100.", "203.0.113."))


def test_secret_never_reaches_the_resolved_config(monkeypatch):
    import dataclasses

    monkeypatch.setenv("PREP_SCRUB_SECRET", SECRET)
    cfg = from_dict(PrepConfig, {"scrub": {"mode": "hash"}})
    Scrubber(cfg.scrub)
    assert SECRET not in json.dumps(dataclasses.asdict(cfg))
    with pytest.raises(ValueError, match="secret_env"):
        ScrubConfig(secret_env="not a name")


def test_scrub_records_fails_closed_and_counts(monkeypatch):
    records = [{"id": "a", "text": "mail kim@example.com"}, {"id": "b", "text": None}, {"id": "c", "text": "plain"},
               {"id": "d", "text": "김민준 씨", "lang": "fr"}]
    counts: Counter = Counter()
    out = list(scrub_records(records, ScrubConfig(), "text", "lang", counts))
    assert [r["id"] for r in out] == ["a", "c", "d"]
    assert out[0]["text"] == "mail [EMAIL_ADDRESS]" and out[2]["text"] == "[PERSON] 씨"
    assert counts == Counter({"pii_EMAIL_ADDRESS": 1, "pii_PERSON": 1, "dropped_scrub_error": 1})
    # a batch whose one deadline passed is analyzed again (the same output) and counted
    from prep.pii.deadline import Watchdog

    monkeypatch.setattr(Watchdog, "run", lambda self, func: setattr(self, "expired", True))
    counts = Counter()
    assert list(scrub_records(records, ScrubConfig(), "text", "lang", counts)) == out
    assert counts["scrub_batches_rerun"] == 1


def test_cli_scrub_writes_audit_without_values_and_prints_no_values(tmp_path):
    docs = generate_bench(40, seed=5)
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": d.id, "lang": d.lang, "text": d.text}, ensure_ascii=False)
                             for d in docs) + "\n", encoding="utf-8")
    out, audit = tmp_path / "out.jsonl", tmp_path / "audit.jsonl"
    proc = subprocess.run(
        [sys.executable, "-m", "prep", "scrub", "--input", str(src), "--output", str(out), "--audit-file", str(audit)],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    rows = [json.loads(line) for line in audit.read_text(encoding="utf-8").splitlines()]
    assert rows and set(rows[0]) == {"doc", "entity", "start", "end", "recognizer", "score"}
    values = {d.text[s["start"]:s["end"]] for d in docs for s in d.spans}
    audit_text = audit.read_text(encoding="utf-8")
    assert not [v for v in values if v in audit_text or v in proc.stdout or v in proc.stderr]
    assert re.search(r"scrubbed 40 documents, [0-9.]+ MB of text, in [0-9.]+ s", proc.stderr)
    by_doc = {d.id: d for d in docs}
    for row in rows[:50]:  # offsets point at labeled values in the input
        doc = by_doc[row["doc"]]
        assert any(s["start"] < row["end"] and row["start"] < s["end"] for s in doc.spans)
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [w["id"] for w in written] == [d.id for d in docs]


def test_no_log_record_holds_a_value(caplog, scrubber):
    docs = generate_bench(30, seed=9)
    with caplog.at_level(logging.DEBUG):
        scrubber.scrub_batch([d.text for d in docs])
        PresidioReference(scrubber).analyze(docs[0].text, docs[0].lang)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    values = {d.text[s["start"]:s["end"]] for d in docs for s in d.spans}
    assert not [v for v in values if v in logged]


def test_no_value_in_any_build_file_besides_the_scrubbed_text(tmp_path):
    from prep.build import build

    docs = generate_bench(60, seed=21)
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": d.id, "text": d.text}, ensure_ascii=False) for d in docs) + "\n",
                      encoding="utf-8")
    cfg = from_dict(PrepConfig, {
        "output_dir": str(tmp_path / "build"), "workers": 1, "seed": 1,
        "input": {"paths": [str(corpus)], "docs_per_part": 30},
        "tokenizer": {"vocab_size": 600}, "shards": {"max_seq_len": 64},
    })
    manifest = build(cfg, log=lambda msg: None)
    assert manifest["counts"]["pii_PERSON"] > 0
    values = {d.text[s["start"]:s["end"]] for d in docs for s in d.spans if not s["uncued"]}
    files = [p for p in Path(cfg.output_dir).rglob("*") if p.is_file() and p.suffix != ".txt"]
    assert any(p.name == "manifest.json" for p in files) and any(p.suffix == ".arrow" for p in files)
    for path in files:
        content = path.read_bytes().decode("utf-8", errors="ignore")
        found = [v for v in values if v in content]
        assert not found, f"{path} holds {len(found)} labeled values"


def test_optional_spacy_ner_pipeline(tmp_path):
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": [{"LOWER": "zorblax"}, {"LOWER": "quint"}]}])
    nlp.to_disk(tmp_path / "ner")
    with_ner = Scrubber(ScrubConfig(spacy_model=str(tmp_path / "ner")))
    # in lower case and in no name list, so that only the pipeline finds it (`prep.pii.names_en` finds
    # `Zorblax Quint` capitalized after `went to`)
    expected = ScrubResult("the award went to [PERSON] yesterday.", {"PERSON": 1})
    assert with_ner.scrub("the award went to zorblax quint yesterday.") == expected
    assert Scrubber(ScrubConfig()).scrub("the award went to zorblax quint yesterday.").counts == {}
    with pytest.raises(ValueError, match="spacy_model"):
        Scrubber(ScrubConfig(spacy_model="no_such_pipeline_xyz"))
