"""The scrub controls: deny list, allow list, extra cue words, per-entity thresholds (prep.pii.controls)."""

import json

import pytest

from prep.config import PrepConfig, ScrubConfig
from prep.pii.controls import read_terms, terms_regex
from prep.pii.scrub import Scrubber
from privbert.config import from_dict, to_dict

# ALLOWED: a project named after a person, which the default scrub replaces ("Initial Developer", the
# example before, is a look-alike the default now keeps).
DENIED_KO, DENIED_EN, ALLOWED = "곽두팔", "Zorbo Quillfeather", "Ada Lovelace"


def scrub(text: str, **controls) -> tuple[str, dict, dict]:
    result = Scrubber(ScrubConfig(**controls)).scrub(text)
    return result.text, result.counts, result.controls


# --- deny list -------------------------------------------------------------------------------------

def test_a_denied_korean_name_goes_with_its_particle_left():
    text, counts, controls = scrub(f"{DENIED_KO}이 왔고 {DENIED_KO}님도 갔다.", deny_terms=(DENIED_KO,))
    assert text == "[PERSON]이 왔고 [PERSON]님도 갔다."
    assert counts == {"PERSON": 2} and controls == {"deny_hits": 2}
    assert scrub(f"{DENIED_KO}이 왔다.")[0] == f"{DENIED_KO}이 왔다."  # the control is what replaced it


def test_deny_matching_ignores_case_and_whitespace_and_keeps_word_boundaries():
    # (the plural in lower case: two rare capitalized words are a name to the English detector on their own)
    text, _, controls = scrub("zorbo  QUILLFEATHER wrote; zorbo quillfeathers did not; Zorbo\nQuillfeather이",
                              deny_terms=(DENIED_EN,))
    assert text == "[PERSON] wrote; zorbo quillfeathers did not; [PERSON]이"
    assert controls == {"deny_hits": 2}
    assert scrub(f"이{DENIED_KO}", deny_terms=(DENIED_KO,))[2] == {}  # inside a longer Hangul word: no


def test_deny_entity_and_the_longest_term_first():
    pattern = terms_regex(("ACME", "ACME Holdings"))
    assert [m.group() for m in pattern.finditer("ACME Holdings, acme.")] == ["ACME Holdings", "acme"]
    text, counts, _ = scrub("Order from ACME Holdings.", deny_terms=("ACME", "ACME Holdings"),
                            deny_entity="STREET_ADDRESS")
    assert text == "Order from [STREET_ADDRESS]." and counts == {"STREET_ADDRESS": 1}


def test_deny_file_read_with_comments(tmp_path):
    path = tmp_path / "names.txt"
    path.write_text(f"# customers\n{DENIED_KO}  # VIP\n\n{DENIED_EN}\n", encoding="utf-8")
    assert read_terms(str(path), "deny_file") == (DENIED_KO, DENIED_EN)
    text, _, controls = scrub(f"{DENIED_KO}와 {DENIED_EN}.", deny_file=str(path))
    assert text == "[PERSON]와 [PERSON]." and controls == {"deny_hits": 2}


# --- allow list ------------------------------------------------------------------------------------

def test_an_allowed_term_stays_and_is_counted():
    assert scrub(f"attn: {ALLOWED}")[0] == "attn: [PERSON]"  # what the allow list is for
    text, counts, controls = scrub(f"attn: {ALLOWED}", allow_terms=("ada  lovelace",))
    assert text == f"attn: {ALLOWED}" and counts == {} and list(controls) == ["allow_dropped"]
    assert controls["allow_dropped"] >= 1  # one per recognizer's finding: two of them see this name


def test_allow_drops_only_findings_inside_an_occurrence_and_deny_wins():
    text, _, _ = scrub(f"attn: {ALLOWED} Karen Brown", allow_terms=(ALLOWED,))
    assert "Karen Brown" not in text  # the finding reaches past the allowed term: replaced
    text, _, controls = scrub(f"attn: {ALLOWED}", allow_terms=(ALLOWED,), deny_terms=(ALLOWED,))
    assert text == "attn: [PERSON]" and controls["deny_hits"] == 1


# --- extra cues and thresholds ---------------------------------------------------------------------

def test_extra_cues_make_a_bare_cued_value_count():
    assert scrub("납부자 곽두팔이 냈다")[0] == "납부자 곽두팔이 냈다"
    assert scrub("납부자 곽두팔이 냈다", extra_cues={"PERSON": ["납부자"]})[0] == "납부자 [PERSON]이 냈다"
    assert scrub("회원번호 1234567890")[1] == {}
    assert scrub("회원번호 1234567890", extra_cues={"BANK_ACCOUNT": ["회원번호"]})[1] == {"BANK_ACCOUNT": 1}


def test_thresholds_per_entity_change_what_counts():
    assert scrub("김민준 씨가 왔다. ID 123456789012")[1] == {"PERSON": 1}
    assert scrub("김민준 씨가 왔다. ID 123456789012", thresholds={"PERSON": 0.8})[1] == {}
    assert scrub("김민준 씨가 왔다. ID 123456789012", thresholds={"BANK_ACCOUNT": 0.3})[1] == {
        "PERSON": 1, "BANK_ACCOUNT": 1}


# --- validation ------------------------------------------------------------------------------------

@pytest.mark.parametrize("section, message", [
    ({"deny_terms": ["ok", "  "]}, "scrub.deny_terms must be a list of non-empty strings"),
    ({"deny_entity": "NAME"}, "scrub.deny_entity must be one of"),
    ({"thresholds": {"PERSON": 1.5}}, r"scrub.thresholds.PERSON must be a number in \[0, 1\]"),
    ({"thresholds": {"NAME": 0.5}}, "scrub.thresholds has unknown entity type"),
    ({"thresholds": 0.5}, "scrub.thresholds must be a table"),
    ({"extra_cues": {"PERSON": [3]}}, "scrub.extra_cues.PERSON must be a list of non-empty strings"),
    ({"extra_cues": {"PERSON": ["bénéficiaire"]}}, "non-ASCII letter with case"),
    ({"extra_cues": {"PHONE": ["tel"]}}, "scrub.extra_cues has unknown entity type"),
    ({"allow_file": 3}, "scrub.allow_file: expected str"),
])
def test_bad_controls_are_refused_with_what_to_do(section, message):
    with pytest.raises(ValueError, match=message):
        from_dict(PrepConfig, {"scrub": section})


def test_controls_round_trip_hash_and_stay_read_only():
    cfg = from_dict(PrepConfig, {"scrub": {"extra_cues": {"PERSON": "수령인"}, "thresholds": {"PERSON": 1}}})
    assert cfg.scrub.extra_cues == {"PERSON": ("수령인",)} and cfg.scrub.thresholds == {"PERSON": 1.0}
    assert from_dict(PrepConfig, to_dict(cfg)) == cfg
    assert hash(cfg.scrub) == hash(from_dict(PrepConfig, to_dict(cfg)).scrub)  # the per-process Scrubber cache key
    with pytest.raises(TypeError, match="read-only"):
        cfg.scrub.thresholds["PERSON"] = 0.1


@pytest.mark.parametrize("content, message", [
    (None, "cannot be read"),
    (b"\xff\xfe bad", "is not UTF-8 \\(line 1\\)"),
    (b"ok term\nX\n", "line 2: a term of one character"),
])
def test_control_file_errors_name_the_file_and_no_term(tmp_path, content, message):
    path = tmp_path / "known-names.txt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(ValueError, match=message) as caught:
        Scrubber(ScrubConfig(deny_file=str(path)))
    assert "scrub.deny_file" in str(caught.value) and str(path) in str(caught.value)
    assert "ok term" not in str(caught.value)


# --- a build ----------------------------------------------------------------------------------------

def test_a_build_drops_the_denied_name_everywhere_and_keeps_the_allowed_term(tmp_path):
    from transformers import AutoTokenizer

    from prep.build import build
    from prep.demo.corpus import generate_corpus
    from privbert.build_format import open_shard

    docs = generate_corpus(n_docs=60, seed=3)
    for k, doc in enumerate(docs[:30]):  # the name, bare (no title, no label: nothing else catches it)
        doc["text"] += f" {DENIED_KO}이 {k}번 왔다. Ask {DENIED_EN} today. attn: {ALLOWED}"
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    names = tmp_path / "names.txt"
    names.write_text(f"# known customers\n{DENIED_KO}\n{DENIED_EN.lower()}\n", encoding="utf-8")
    out = tmp_path / "out"
    cfg = from_dict(PrepConfig, {
        "output_dir": str(out), "workers": 1, "seed": 7, "input": {"paths": [str(corpus)]},
        "tokenizer": {"vocab_size": 800, "min_frequency": 1}, "shards": {"max_seq_len": 64},
        "scrub": {"deny_file": str(names), "allow_terms": [ALLOWED]},
    })
    logs: list[str] = []
    manifest = build(cfg, log=logs.append)

    squash = lambda text: "".join(text.lower().split())  # noqa: E731 -- decoding spaces out punctuation
    split = "".join(p.read_text(encoding="utf-8") for p in out.rglob("*.txt"))
    vocab = json.loads((out / "tokenizer" / "tokenizer.json").read_text(encoding="utf-8"))["model"]["vocab"]
    tok = AutoTokenizer.from_pretrained(str(out / "tokenizer"))
    decoded = "".join(squash(tok.decode(ids)) for entry in manifest["shards"]
                      for ids in open_shard(out / entry["file"]).column("input_ids").to_pylist())
    every_file = "".join(p.read_bytes().decode("utf-8", "ignore") for p in out.rglob("*") if p.is_file())
    for name in (DENIED_KO, DENIED_EN, "Quillfeather", "두팔"):
        assert name.lower() not in every_file.lower() and squash(name) not in decoded
        assert name not in "\n".join(logs)
    assert not [piece for piece in vocab if piece.lstrip("#") in ("곽두팔", "두팔", "quillfeather")]  # nor a piece
    assert split.count(ALLOWED) == 30 and squash(ALLOWED) in decoded  # the allowed term stays

    counts = manifest["counts"]
    assert counts["deny_hits"] == 60 and counts["allow_dropped"] >= 30 and counts["pii_PERSON"] >= 60
    files = manifest["stages"]["scrub"]["control_files"]
    assert files["deny_file"]["terms"] == 2 and len(files["deny_file"]["sha256"]) == 64
    assert files["deny_file"]["path"] == str(names)
    assert DENIED_KO not in json.dumps(manifest, ensure_ascii=False)
