"""prep leak-check: vocabulary shapes, the second detector, known identifiers, the gate; counts only by default."""

import json
from pathlib import Path

import pytest

from prep import leak_check
from prep.cli import main
from prep.config import PrepConfig
from prep.pii.types import PII_ENTITIES
from privbert.config import from_dict

kiwi_missing = pytest.mark.skipif(leak_check.kiwi() is None, reason="kiwipiepy not installed (pip install '.[leak]')")


def test_vocabulary_shapes_by_kind():
    pieces = ["김민준", "##민준", "the", "01012345678", "123456", "1234", "a@b", "정부는", "박물관"]
    flags = leak_check.vocab_flags(pieces)  # shape only
    assert flags["ko_name"] == ["김민준", "정부는", "박물관"] and flags["phone"] == ["01012345678"]
    assert flags["long_digits"] == ["123456"] and flags["email"] == ["a@b"]


@kiwi_missing
def test_the_analyzer_keeps_names_and_drops_common_words():
    flags = leak_check.vocab_flags(["박물관", "신청서", "강동원", "정우우"], leak_check.kiwi())
    assert flags["ko_name"] == ["강동원", "정우우"]


def test_second_detector_reasons():
    sentences = ["For claim 1234 call 415 555 1234 after noon.", "[PERSON] 씨입니다.", "Write to ann@example.com.",
                 "Megan Griffin checked the papers.", "The Initial Developer grants you a licence."]
    found = leak_check.sentence_flags(sentences, None, leak_check.en_names())
    reasons = [sorted({r for r, _ in pairs}) for pairs in found]
    assert reasons[0] == ["phone"] and reasons[1] == [] and reasons[2] == ["email"]
    if leak_check.en_names() is not None:
        assert reasons[3] == ["en_name"] and reasons[4] == []


@kiwi_missing
def test_second_detector_finds_korean_names_without_cue_words():
    sentences = ["홍서린: 청구 서류 방금 보냈어요.", "청구 서류는 정부에 접수했다."]
    found = leak_check.sentence_flags(sentences, leak_check.kiwi())
    assert [r for r, _ in found[0]] == ["ko_name"] and found[1] == []


def test_known_hits_per_place():
    hits = leak_check.known_hits(["Ann Lee", "김민준", "Zed Q"], "paid by ann lee.\n", {"ann", "lee", "김민준"},
                                 leak_check.squash("김민준 에게"), lowercase=True)
    assert hits == {"split_text": ["Ann Lee"], "vocabulary": ["Ann Lee", "김민준"], "shards": ["김민준"]}


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    from prep.build import build
    from prep.demo.corpus import generate_corpus

    tmp = tmp_path_factory.mktemp("leak")
    corpus = tmp / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in generate_corpus(n_docs=80, seed=5)),
                      encoding="utf-8")
    cfg = from_dict(PrepConfig, {
        "output_dir": str(tmp / "b"), "workers": 1, "seed": 7, "input": {"paths": [str(corpus)]},
        "tokenizer": {"vocab_size": 800}, "shards": {"max_seq_len": 64},
        # the planted miss: PHONE_NUMBER left out of scrub.entities, so the ㅡ phones get through whatever the
        # detectors learn; bare names are caught or not by the name detectors (read from the secrets file)
        "scrub": {"entities": [e for e in PII_ENTITIES if e != "PHONE_NUMBER"]},
        "canaries": {"enabled": True, "repeats": [3], "kinds": ["PERSON", "PERSON_BARE", "PHONE_KO_DASH"]},
    })
    manifest = build(cfg, log=lambda _: None)
    secrets = [json.loads(line) for line in (tmp / "b" / "canaries.jsonl").read_text(encoding="utf-8").splitlines()]
    known = tmp / "known.txt"
    known.write_text("# customers\n" + "\n".join(s["secret"] for s in secrets) + "\nNobody Atall\n", encoding="utf-8")
    return tmp / "b", manifest, secrets, known


def test_leak_check_counts_only_by_default_and_show_lists_values(build, capsys):
    out_dir, manifest, secrets, known = build
    missed = [s for s in secrets if s["scrubber"] == "missed"]
    kinds = sorted({s["kind"] for s in missed})
    assert "PHONE_KO_DASH" in kinds and "PERSON" not in kinds
    assert main(["leak-check", str(out_dir), "--known", str(known)]) == 0
    out = capsys.readouterr().out
    assert not [s["secret"] for s in secrets if s["secret"] in out]  # no value printed
    saved = json.loads((out_dir / leak_check.RESULT_NAME).read_text(encoding="utf-8"))
    assert not [s["secret"] for s in secrets if s["secret"] in json.dumps(saved, ensure_ascii=False)]
    k = saved["known"]
    assert k["identifiers"] == len(secrets) + 1 and k["in_split_text"] == len(missed) == k["found_anywhere"]
    assert "known ids      " + f"{len(missed)} of {len(secrets) + 1} found" in out
    assert saved["sentences"]["flagged"] >= 1 and saved["sentences"]["by_phone"] >= 1  # the ㅡ phones got through
    assert saved["canaries"]["missed"] == len(missed) and f"missed {len(missed)} (kinds {', '.join(kinds)})" in out
    assert main(["leak-check", str(out_dir), "--known", str(known), "--show"]) == 0
    shown = capsys.readouterr().out
    assert all(s["secret"] in shown for s in missed) and "--show: known in split_text" in shown


def test_the_gate_exits_non_zero(build, capsys):
    out_dir, _, secrets, known = build
    missed = [s for s in secrets if s["scrubber"] == "missed"]
    assert main(["leak-check", str(out_dir), "--known", str(known), "--max-known-hits", "0"]) == 1
    assert f"LEAK CHECK FAILED: {len(missed)} known identifiers found (--max-known-hits 0)" in capsys.readouterr().out
    assert main(["leak-check", str(out_dir), "--max-flagged-share", "0"]) == 1
    assert main(["leak-check", str(out_dir), "--max-flagged-share", "1", "--max-known-hits", "0"]) == 0  # no --known
    assert main(["leak-check", str(out_dir), "--known", str(Path(out_dir) / "nowhere.txt")]) == 2


def test_pii_counts_leave_the_canaries_out(build):
    _, manifest, secrets, _ = build
    missed = [s for s in secrets if s["scrubber"] == "missed"]
    section = manifest["canaries"]
    assert section["insertions"] == manifest["counts"]["canaries_planted"] == 5 * 3
    assert section["pii_in_canaries"]["PERSON"] >= 2 * 3  # the cue-word names, caught, counted there
    from prep.summary import format_build_summary

    text = format_build_summary(manifest, Path(manifest["build"]["output_dir"]), 1.0)
    assert "canary insertions" in text and "not counted as PII" in text and f"missed {len(missed)}" in text
