"""The PII benchmark, the targets, the pre-filter's exactness, modes, audit file, and no PII outside the text."""

from __future__ import annotations

import json
import logging
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import polars as pl
import pytest

from prep.config import PrepConfig, ScrubConfig
from prep.eval.pii_bench import generate_bench, prose_documents
from prep.eval.pii_eval import evaluate
from prep.pii.recognizers import ascii_trigger, build_recognizers, exotic_class, trigger_of
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
    for text, lang, result in zip(texts[:80], langs[:80], fast[:80], strict=True):
        engine = scrubber.anonymize_with_presidio(text, lang, scrubber.analyze_with_presidio(text, lang))
        assert engine == result


def test_every_pattern_match_contains_its_trigger(bench):
    """The pre-filter's premise, pattern by pattern: no match where the trigger says none can be,
    and none that starts before the trigger's (and its group's) first match, where the scan starts."""
    scrubber = Scrubber(ScrubConfig())
    texts = [d.text for d in bench[:150]] + [d.text for d in prose_documents()]
    frame = pl.DataFrame({"t": texts})
    starts, _ = scrubber._trigger_matrix(texts)
    for r, recognizer in enumerate(build_recognizers("ko")):
        for k, pattern in enumerate(recognizer.patterns):
            first = frame.select(pl.col("t").str.find(pattern.trigger)).to_series().to_list()
            # none of these texts has an exotic character: the ASCII form finds the same places
            assert frame.select(pl.col("t").str.find(ascii_trigger(pattern.trigger))).to_series().to_list() == first
            group = starts[:, scrubber.slots[r][k][0]].tolist()
            for text, own, grouped in zip(texts, first, group, strict=True):
                spans = list(pattern._compiled.finditer(text))
                if own is None:
                    assert not spans, f"{recognizer.name}.{pattern.name}"
                    continue
                assert 0 <= grouped <= own
                own_chars = len(text.encode()[:own].decode())
                assert all(m.start() >= own_chars for m in spans), f"{recognizer.name}.{pattern.name}"
                assert list(pattern.spans(text)) == list(pattern.spans(text, len(text.encode()[:grouped].decode())))


def test_prefilter_regexes_fit_in_the_polars_regex_cache():
    """Polars keeps ~32 compiled regexes; more would recompile every trigger for every batch (slow, not wrong).
    The pre-filter's groups, cues and exotic class, and the two of language detection (surrogate mode)."""
    scrubber = Scrubber(ScrubConfig())
    assert len(scrubber.group_regexes) + len(scrubber.cue_regexes) + 1 + 2 <= 32


@pytest.mark.parametrize(
    "text",
    [
        "mobİle 0212345678 after hours",  # `İ` is an `i` to the cue's case-insensitive `regex`
        "Write to yıldız@firma.com.tr today.",  # and `ı` an `I`: the email's `[A-Za-z]` takes it
        "mobile 0212345678 after hours",
        "연락처 010-１２３４-5678입니다",  # fullwidth digits are `\d` to `regex`
        "card ٤١١١-١١١١-١١١١-١١١١ on file",  # Arabic-Indic digits
        "Reſident registration 900101-1234568, Kelvin sign K",
    ],
)
def test_exotic_characters_turn_the_prefilter_off_for_their_text(text):
    """A text with a character the ASCII triggers do not cover is scanned whole: the same result as with no
    pre-filter, where the ASCII triggers alone would miss the value."""
    fast, plain = Scrubber(ScrubConfig()), Scrubber(ScrubConfig(), prefilter=False)
    expected = plain.scrub(text)
    assert expected.counts  # something is caught, so the comparison means something
    assert fast.scrub(text) == expected
    assert fast.scrub_batch(["nothing here", text, "hong@example.com"])[1] == expected


@pytest.mark.parametrize("entities", [(), ("EMAIL_ADDRESS",), ("PHONE_NUMBER",), ("CREDIT_CARD", "BANK_ACCOUNT")])
def test_exotic_texts_scrub_under_any_entity_selection(entities):
    """One trigger group or one cue group gives one-column arrays: the exotic rows must still be settable."""
    fast = Scrubber(ScrubConfig(entities=entities))
    plain = Scrubber(ScrubConfig(entities=entities), prefilter=False)
    texts = ["mail kim@example.com ſ", "연락처 010-１２３４-5678", "card ٤١١١-١١١١-١١١١-١١١١", "plain text"]
    assert fast.scrub_batch(texts) == plain.scrub_batch(texts)
    assert not any(isinstance(r, Exception) for r in fast.scrub_batch(texts))


def test_without_the_exotic_fallback_the_ascii_triggers_would_miss_values():
    fast, plain = Scrubber(ScrubConfig()), Scrubber(ScrubConfig(), prefilter=False)
    fast.exotic_regex = r"\A\z"  # never matches a non-empty text
    missed = [t for t in ("mobİle 0212345678 after hours", "연락처 010-１２３４-5678입니다", "card ٤١١١-١١١١-١١١١-١١١١",
                          "Write to yıldız@firma.com.tr today.") if fast.scrub(t) != plain.scrub(t)]
    assert len(missed) == 4


def test_ascii_trigger_spells_digits_and_case_in_ascii():
    assert ascii_trigger(r"(?i)(?m)\d{4}([ \-]?)\d{4}") == r"(?m)[0-9]{4}([ \-]?)[0-9]{4}"
    assert ascii_trigger(r"(?m)(?i:name|id)[ \t]*:[A-Z]") == r"(?m)(?:[nN][aA][mM][eE]|[iI][dD])[ \t]*:[A-Z]"
    assert ascii_trigger(r"(?:(?i)ab)|(?:Cd)") == r"(?:[aA][bB])|(?:Cd)"  # `(?i)` ends with its group
    assert ascii_trigger(r"(?i)[^a-cX\d]계좌") == r"[^a-cX0-9ABCx]계좌"
    assert ascii_trigger(r"(?i)[가-힣]{2}") == r"[가-힣]{2}"
    with pytest.raises(ValueError, match="non-ASCII letter"):
        ascii_trigger("(?i)é")
    with pytest.raises(ValueError, match="unsupported group"):
        ascii_trigger("(?=a)")


def test_prefilter_changes_nothing_on_mutated_texts(bench):
    """Seeded fuzz: benchmark texts with characters inserted, deleted, swapped in case or replaced (ASCII,
    Hangul, odd spaces, and the exotic characters), scrubbed with and without the pre-filter."""
    import random

    rng = random.Random(7)
    pool = "0123456789-. ()+/:@_%,\n\tAaIiKkSsMmRrZz가김님씨로길동호\u00a0\u3000：ıİſK０１٣߀"
    docs = [d.text for d in bench[:300]] + [d.text for d in prose_documents()]

    def mutate(text):
        chars = list(text)
        for _ in range(rng.randint(1, 6)):
            op, at = rng.random(), rng.randrange(len(chars))
            if op < 0.4:
                chars.insert(at, rng.choice(pool))
            elif op < 0.6:
                del chars[at]
            elif op < 0.8:
                chars[at] = chars[at].swapcase()
            else:
                chars[at] = rng.choice(pool)
        return "".join(chars)

    texts = [mutate(rng.choice(docs)) for _ in range(3000)]
    fast, plain = Scrubber(ScrubConfig()), Scrubber(ScrubConfig(), prefilter=False)
    assert fast.scrub_batch(texts) == plain.scrub_batch(texts)


def test_a_prefilter_regex_that_does_not_compile_fails_the_scrubber_at_once(monkeypatch):
    import prep.pii.scrub

    monkeypatch.setattr(prep.pii.scrub, "exotic_class", lambda: "[unclosed")
    with pytest.raises(ValueError, match="do not compile in polars"):
        Scrubber(ScrubConfig())
    Scrubber(ScrubConfig(), prefilter=False)  # nothing to compile


def test_trigger_of_numbers_groups_as_regex_does():
    assert trigger_of(r"(a(b))\1", 0) == r"(a(b))(?:a(b))"  # \1 is the outer group: opened first
    assert trigger_of(r"(?P<v>x)(y)\2", 0) == r"(?:x)(y)(?:y)"  # a named group has a number too
    with pytest.raises(ValueError, match="back-reference"):
        trigger_of(r"(a)\2", 0)
    with pytest.raises(ValueError, match="named back-reference"):
        trigger_of(r"(?P<v>a)(?P=v)", 0)


@pytest.mark.parametrize("trigger", [r"(?i)[a-\x7a]", r"(?i)\x{41}", r"(?i)[\p{Lu}]x", r"\w", r"[a&&b]", r"(?x)a",
                                     r"(?i)[\.-z]", r"(?-i)a"])
def test_ascii_trigger_refuses_what_it_cannot_spell_in_ascii(trigger):
    with pytest.raises(ValueError, match="ascii_trigger"):
        ascii_trigger(trigger)


def test_exotic_class_holds_every_non_ascii_digit_and_ascii_case_partner():
    import regex

    exotic = pl.Series(["\u0130", "\u0131", "\u017f", "\u212a", "\uff11", "\u0661", "\U0001d7ce", "a", "1", "가", "é"])
    assert exotic.str.contains(exotic_class()).to_list() == [True] * 7 + [False] * 4
    assert regex.match(r"\d", "\U0001d7ce") and regex.match(r"(?i)s", "\u017f")


def test_replacement_equals_presidio_anonymizer_engine_in_every_mode(monkeypatch, bench):
    """`Scrubber.replace` applies Presidio's operators itself; `AnonymizerEngine.anonymize` must agree."""
    monkeypatch.setenv("PREP_SCRUB_SECRET", SECRET)
    docs = bench[:200]
    for mode in ("placeholder", "hash", "surrogate"):
        scrubber = Scrubber(ScrubConfig(mode=mode))
        results = scrubber.analyze_batch([d.text for d in docs], [d.lang for d in docs])
        for doc, found in zip(docs, results, strict=True):
            fast = scrubber.replace(doc.text, doc.lang, found)
            engine = scrubber.anonymize_with_presidio(doc.text, doc.lang, found)
            assert (fast.text, fast.counts, fast.findings) == (engine.text, engine.counts, engine.findings), mode


def test_batch_language_detection_matches_the_python_one(bench):
    from prep.pii.scrub import detect_language, detect_languages

    texts = [d.text for d in bench] + [d.text for d in prose_documents()] + ["", "abc", "가", "ﾊﾝｸﾞﾙ ㄱㄴ abc"]
    assert detect_languages(texts) == [detect_language(t) for t in texts]


def test_trigger_drops_lookarounds_and_backreferences():
    assert trigger_of(r"(?<!\d)\d{4}([ \-]?)\d{4}\1\d{4}(?!\d)", 0) == r"\d{4}([ \-]?)\d{4}(?:[ \-]?)\d{4}"
    assert trigger_of(r"\b(?:Mr|Dr)\.?[ ]+(?P<v>[A-Z][a-z]+)(?=[,.])", 0) == r"(?:Mr|Dr)\.?[ ]+(?:[A-Z][a-z]+)"
    assert trigger_of(r"[(?=]x", 0) == r"[(?=]x"  # a class is not a group


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
    import prep.pii.scrub as scrub_module

    monkeypatch.setattr(scrub_module._Watchdog, "run", lambda self, func: setattr(self, "expired", True))
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
        scrubber.analyze_with_presidio(docs[0].text, docs[0].lang)
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
    expected = ScrubResult("The award went to [PERSON] yesterday.", {"PERSON": 1})
    assert with_ner.scrub("The award went to Zorblax Quint yesterday.") == expected
    assert Scrubber(ScrubConfig()).scrub("The award went to Zorblax Quint yesterday.").counts == {}
    with pytest.raises(ValueError, match="spacy_model"):
        Scrubber(ScrubConfig(spacy_model="no_such_pipeline_xyz"))
