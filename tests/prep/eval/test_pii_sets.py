"""The labeled-set scorer: token, span and context figures on worked examples."""

import json

import pytest

from prep.eval.pii_sets import LangTally, format_set_report, missed_targets, read_set, score_row

ROW = {"lang": "ko", "text": "어제 박서연이랑 밥 먹었어. 주소는 서울 강남구 테헤란로 152",
       "spans": [{"start": 3, "end": 6, "entity": "PERSON", "text": "박서연"},
                 {"start": 20, "end": 36, "entity": "STREET_ADDRESS", "text": "서울 강남구 테헤란로 152"}]}


def test_a_partly_replaced_address_counts_its_removed_tokens_only():
    tally = LangTally()
    score_row(ROW, [(3, 6), (20, 31)], tally)  # the name, and "서울 강남구 테헤란로" but not "152"
    assert (tally.tokens, tally.tokens_removed) == (5, 4)
    assert tally.spans["PERSON"] == [1, 1] and tally.spans["STREET_ADDRESS"] == [1, 0]
    assert tally.ratio("person_recall") == 1.0 and tally.ratio("address_recall") == 0.0
    assert tally.context_tokens == 4 and tally.context_kept == 4  # "박서연이랑" touches gold: not context


def test_replacing_context_and_clean_rows_is_counted():
    tally = LangTally()
    score_row(ROW, [(0, 2)], tally)  # "어제" replaced: context lost, nothing found
    assert tally.context_kept == tally.context_tokens - 1 and tally.tokens_removed == 0
    score_row({"lang": "ko", "text": "감사원장이 말했다", "spans": []}, [(0, 2)], tally)
    assert (tally.clean_rows, tally.clean_rows_changed) == (1, 1)
    assert tally.ratio("char_precision") == 0.0
    assert any("clean_rows_changed" in m for m in missed_targets({"ko": tally}))


def test_clean_rows_are_counted_by_what_changed_them_once_per_row():
    tally = LangTally()
    clean = {"lang": "en", "text": "Grace period ends Friday; call 1-800-555-0100.", "spans": []}
    score_row(clean, [(0, 5), (31, 45)], tally, {"PERSON by EnglishNameRecognizer", "PHONE_NUMBER by PhoneRecognizer"})
    score_row(clean, [(0, 5)], tally, {"PERSON by EnglishNameRecognizer"})
    score_row(clean, [], tally, set())
    score_row(ROW, [(3, 6)], tally, {"PERSON by KoreanNameRecognizer"})  # a row with spans: not counted here
    assert tally.clean_changed_by == {"PERSON by EnglishNameRecognizer": 2, "PHONE_NUMBER by PhoneRecognizer": 1}
    report = format_set_report("set", {"en": tally})
    assert "PERSON by EnglishNameRecognizer" in report.splitlines()[-2] and "Grace" not in report


def test_read_set_refuses_offsets_that_do_not_give_the_text(tmp_path):
    bad = dict(ROW, spans=[{"start": 0, "end": 3, "entity": "PERSON", "text": "박서연"}])
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps(bad, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="set.jsonl:1: span offsets 0-3"):
        read_set(path)


def test_the_committed_sets_are_well_formed():
    for name in ("data/eval/tuning/pii_v1.jsonl", "data/eval/blind/pii_v1.jsonl"):
        rows = read_set(name)
        assert {r["lang"] for r in rows} == {"ko", "en"} and any(not r["spans"] for r in rows)
