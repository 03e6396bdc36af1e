"""Canaries: generation, planting, the scrubber catching every carrier, and the builds that plant them."""

import json
import random
import re
from collections import Counter
from pathlib import Path

import pytest

from prep.canaries import (
    Canary,
    choose_copies,
    choose_documents,
    document_language,
    insert_sentence,
    make_canaries,
    near_duplicate_copy,
    plant,
    plant_into_parts,
)
from prep.config import CanaryConfig, PrepConfig
from prep.pii.types import PII_ENTITIES
from privbert.canary_formats import (
    FORMATS,
    KINDS,
    LANGS,
    REALISTIC_KINDS,
    SPACE_SIZES,
    carrier,
    draw_candidates,
    fill,
    generate_secret,
)
from privbert.config import from_dict


def test_make_canaries_is_deterministic_and_covers_every_level():
    cfg = CanaryConfig(enabled=True, kinds=KINDS, per_kind=2, repeats=(1, 5))
    canaries = make_canaries(cfg)
    assert canaries == make_canaries(cfg)
    assert len(canaries) == len(KINDS) * len(LANGS) * 2 * 2
    assert len({c.id for c in canaries}) == len({c.key for c in canaries}) == len(canaries)
    assert Counter(c.repeats for c in canaries) == {1: 16, 5: 16}
    every = make_canaries(CanaryConfig(enabled=True, per_kind=2, repeats=(1, 5)))  # default: every kind
    assert len(every) == len(FORMATS) * 2 * 2 and every[:len(canaries)] == canaries  # old secrets kept
    assert not [c for c in every if (c.kind, c.lang) not in FORMATS]  # Korean-only forms in Korean only
    for c in canaries:
        assert c.template.count("{secret}") == 1 and c.key in c.template
        assert c.sentence == fill(c.template, c.secret)[0]
    other = make_canaries(CanaryConfig(enabled=True, per_kind=2, repeats=(1, 5), seed=1))
    assert {c.secret for c in other}.isdisjoint({c.secret for c in canaries})


def test_candidates_are_distinct_seeded_and_exclude_the_secret():
    for kind, lang in FORMATS:
        if True:
            secret = generate_secret(kind, lang, random.Random(1))
            found = draw_candidates(kind, lang, secret, 300, seed="x")
            assert len(set(found)) == 300 and secret not in found
            assert found == draw_candidates(kind, lang, secret, 300, seed="x")
            assert SPACE_SIZES[(kind, lang)] > 1000
    with pytest.raises(ValueError, match="lower --candidates"):
        draw_candidates("PERSON", "ko", "김민준", SPACE_SIZES[("PERSON", "ko")], seed=0)


def test_choose_documents_plants_each_canary_into_distinct_documents_of_its_language():
    langs = ["ko", "en"] * 30
    canaries = make_canaries(CanaryConfig(enabled=True, kinds=("PHONE_NUMBER",), repeats=(1, 10, 30)))
    plan = choose_documents(langs, canaries, seed=3)
    assert plan == choose_documents(langs, canaries, seed=3)
    per_canary = Counter(i for targets in plan.values() for i in targets)
    assert per_canary == {i: c.repeats for i, c in enumerate(canaries)}
    for doc, targets in plan.items():
        assert len(targets) == len(set(targets))  # distinct documents per canary
        assert all(canaries[i].lang == langs[doc] for i in targets)
    with pytest.raises(ValueError, match="lower canaries.repeats"):
        choose_documents(langs, make_canaries(CanaryConfig(enabled=True, repeats=(31,))), seed=3)


def test_insert_sentence_goes_at_a_sentence_boundary():
    text = "First one. Second one! Third one?\nForm: x"
    seen = set()
    for seed in range(40):
        out = insert_sentence(text, "CANARY.", random.Random(seed))
        assert out.replace(" CANARY.", "", 1) in (text, ) or out == "CANARY. " + text
        seen.add(out.index("CANARY."))
    assert len(seen) == 4  # start, and after each of the three sentence ends
    assert insert_sentence("", "CANARY.", random.Random(0)) == "CANARY."
    record = plant({"id": 1, "text": "A. B."}, ["X.", "Y."], "text", random.Random(0))
    assert record["id"] == 1 and "X." in record["text"] and "Y." in record["text"]


def test_choose_copies_gives_each_canary_its_own_documents_of_its_language():
    langs = ["ko", "en"] * 40
    canaries = make_canaries(CanaryConfig(enabled=True, kinds=("PHONE_NUMBER", "PERSON"), repeats=(1, 5, 10),
                                          hosts="near_duplicates"))
    plan = choose_copies(langs, canaries, seed=3)
    assert plan == choose_copies(langs, canaries, seed=3) and plan != choose_copies(langs, canaries, seed=4)
    assert len(plan) == sum(c.repeats for c in canaries)  # no document shared between canaries
    for c_index, canary in enumerate(canaries):
        docs = sorted((copy, doc) for doc, (c, copy) in plan.items() if c == c_index)
        assert [copy for copy, _ in docs] == list(range(canary.repeats))
        assert [doc for _, doc in docs] == sorted(doc for _, doc in docs)  # the host (copy 0) comes first
        assert all(langs[doc] == canary.lang for _, doc in docs)
    with pytest.raises(ValueError, match="canaries.hosts"):
        choose_copies(langs, make_canaries(CanaryConfig(enabled=True, kinds=("PHONE_NUMBER",), repeats=(21, 20))), 3)


def _near_duplicate_set(lang: str, repeats: int = 12):
    """A demo host of `lang` with a canary planted, and `repeats` copies of it as the build makes them."""
    from prep.demo.corpus import generate_corpus
    from prep.pii.language import detect_language

    host = next(d["text"] for d in generate_corpus(n_docs=40, seed=2) if detect_language(d["text"]) == lang)
    canary = next(c for c in make_canaries(CanaryConfig(enabled=True, kinds=("PHONE_NUMBER",), repeats=(repeats,)))
                  if c.lang == lang)
    planted = insert_sentence(host, canary.sentence, random.Random(0))
    copies = [near_duplicate_copy(planted, canary.sentence, lang, k, random.Random(k)) for k in range(repeats)]
    return canary, copies


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_near_duplicate_copies_carry_the_canary_and_dedup_keeps_one(lang):
    import itertools

    import numpy as np

    from prep.config import DedupConfig
    from prep.dedup.minhash import band_keys, estimated_jaccard, signatures
    from prep.dedup.stage import candidate_pairs, find_clusters

    canary, copies = _near_duplicate_set(lang)
    assert all(canary.sentence in c for c in copies)  # verbatim: the tally and the audit find it
    assert copies[1].split("\n")[0].startswith(("문서 번호", "Ref. no."))  # a header line
    assert len(set(copies)) == len(copies) or len(set(copies)) >= len(copies) - 2  # edited, (almost) all distinct
    assert "\n" in copies[3] and " ".join(copies[3].split()) == " ".join(copies[0].split())  # re-wrapped
    assert copies[2] != copies[0] and len(copies[2].split()) == len(copies[0].split())  # one word changed
    # near-duplicates of each other by the dedup stage's own estimate, and the stage keeps one of them
    cfg = DedupConfig()
    sigs = signatures(copies, cfg)
    a, b = map(list, zip(*itertools.combinations(range(len(copies)), 2), strict=True))
    assert estimated_jaccard(sigs[a], sigs[b]).min() >= cfg.threshold
    keys = band_keys(sigs, cfg.bands, cfg.rows)
    n = len(copies)
    pairs = candidate_pairs(np.tile(np.arange(cfg.bands, dtype=np.uint16), n), keys.reshape(-1),
                            np.repeat(np.arange(n, dtype=np.uint64), cfg.bands))
    edges = pairs[estimated_jaccard(sigs[pairs[:, 0].astype(int)], sigs[pairs[:, 1].astype(int)]) >= cfg.threshold]
    assert find_clusters(edges) == {0: list(range(n))}  # one cluster: copy 0 kept, the rest dropped


def test_plant_into_parts_near_duplicates_replaces_the_chosen_documents(tmp_path):
    from privbert.io import read_jsonl, write_jsonl

    docs = [{"id": i, "lang": "en" if i % 2 else "ko", "text": f"Document {i} first line. Its second line {i}."}
            for i in range(60)]
    write_jsonl(tmp_path / "part-00000.jsonl", docs[:25])
    write_jsonl(tmp_path / "part-00001.jsonl", docs[25:])
    cfg = CanaryConfig(enabled=True, kinds=("PHONE_NUMBER",), repeats=(1, 6), hosts="near_duplicates")
    counts = plant_into_parts(tmp_path, 2, "part-{:05d}", "text", "lang", cfg)
    assert counts == {"canaries": 4, "canaries_planted": 2 * (1 + 6)}  # counted like distinct hosts
    out = [r for i in range(2) for r in read_jsonl(tmp_path / f"part-{i:05d}.jsonl")]
    assert [r["id"] for r in out] == [d["id"] for d in docs]  # the same documents, other fields kept
    for canary in make_canaries(cfg):
        holders = [r for r in out if canary.sentence in r["text"]]
        assert len(holders) == canary.repeats and {r["lang"] for r in holders} == {canary.lang}
        bodies = [re.sub(r"^(문서 번호|Ref\. no\.) \d+\n", "", r["text"]).replace(canary.sentence, "") for r in holders]
        assert len({tuple(re.findall(r"\d+", b)) for b in bodies}) == 1  # one host (edits change words, not numbers)
    untouched = [r for r, d in zip(out, docs, strict=True) if r["text"] == d["text"]]
    assert len(untouched) == len(docs) - counts["canaries_planted"]


def test_document_language():
    assert document_language({"text": "혈압은 정상 범위였습니다."}, "text", "lang") == "ko"
    assert document_language({"text": "The capital of France is Paris."}, "text", "lang") == "en"
    assert document_language({"text": "hello", "lang": "ko"}, "text", "lang") == "ko"


def test_the_scrubber_catches_every_canary_secret():
    """The design rests on this: in a scrubbed build no canary value reaches the tokenizer."""
    from prep.config import ScrubConfig
    from prep.pii.scrub import Scrubber

    scrubber = Scrubber(ScrubConfig())
    rng = random.Random(11)
    for kind in KINDS:
        for lang in LANGS:
            secrets = [generate_secret(kind, lang, rng) for _ in range(150)]
            texts = [fill(carrier(kind, lang, str(rng.randint(1000, 9999))), s)[0] for s in secrets]
            for secret, result in zip(secrets, scrubber.scrub_batch(texts), strict=True):
                assert not isinstance(result, Exception)
                assert secret not in result.text and result.counts == {kind: 1}, (kind, lang, result.text)


def test_realistic_forms_are_the_ways_people_write():
    forms = {(k, lang): fill(carrier(k, lang, "1234"), generate_secret(k, lang, random.Random(0)))[0]
             for k, lang in FORMATS if k in REALISTIC_KINDS}
    assert "씨" not in forms[("PERSON_BARE", "ko")] and "filed by" not in forms[("PERSON_BARE", "en")]
    assert "에게" in forms[("PERSON_PARTICLE", "ko")]
    assert forms[("PERSON_CHAT", "en")].split(":")[0].count(" ") == 1  # "First Last: ..."
    assert "ㅡ" in forms[("PHONE_KO_DASH", "ko")] and "." in forms[("PHONE_DOTS", "en")].split("call ")[1][:8]
    assert "동 " in forms[("ADDRESS_DONG_HO", "ko")] and "호" in forms[("ADDRESS_DONG_HO", "ko")]
    with pytest.raises(ValueError, match="Korean"):
        carrier("PHONE_KO_DASH", "en", "1")
    with pytest.raises(ValueError, match="no form"):
        CanaryConfig(kinds=("PHONE_KO_DASH",), languages=("en",))


def test_tally_counts_caught_and_missed_apart_from_the_documents_own_pii():
    from types import SimpleNamespace as F

    from prep.canaries import CanaryTally, canary_section, pop_canary_counts, scrubber_status

    caught, missed = make_canaries(CanaryConfig(enabled=True, kinds=("PERSON", "PERSON_BARE"), languages=("en",),
                                                repeats=(1,)))
    text = f"Bob Ray paid. {caught.sentence} {missed.sentence}"
    at = text.index(caught.secret)
    findings = [F(entity="PERSON", start=0, end=7), F(entity="PERSON", start=at, end=at + len(caught.secret))]
    partial = missed.secret.split()[0]  # the first name found, the surname left: a leak all the same
    at2 = text.index(missed.secret)
    findings.append(F(entity="PERSON", start=at2, end=at2 + len(partial)))
    tally = CanaryTally([caught, missed])
    assert tally.observe(text, findings) == {"PERSON": 1}  # the document's own name only
    counts = Counter({"docs_in": 3, **tally.counts})
    found = pop_canary_counts(counts)
    assert counts == {"docs_in": 3}
    assert scrubber_status(caught, found, True)["scrubber"] == "caught"
    assert scrubber_status(missed, found, True) == {"scrubber": "missed", "found_planted": 1, "survived": 1}
    assert scrubber_status(missed, found, False)["scrubber"] == "unscrubbed"
    section = canary_section([caught, missed], found, {"canaries": 2, "canaries_planted": 2}, True)
    assert section["missed_kinds"] == ["PERSON_BARE"] and section["caught"] == 1 and section["missed"] == 1
    assert section["pii_in_canaries"] == {"PERSON": 2}
    assert missed.secret not in json.dumps(section) and caught.secret not in json.dumps(section)


def test_config_validation():
    with pytest.raises(ValueError, match="canaries.kinds"):
        CanaryConfig(kinds=("SSN",))
    with pytest.raises(ValueError, match="canaries.repeats"):
        CanaryConfig(repeats=(0,))
    with pytest.raises(ValueError, match="canaries.hosts"):
        CanaryConfig(hosts="copies")
    assert CanaryConfig().hosts == "distinct"
    with pytest.raises(ValueError, match="memorization-audit"):
        from_dict(PrepConfig, {"scrub": {"mode": "off"}})
    assert from_dict(PrepConfig, {"scrub": {"mode": "off"}, "canaries": {"enabled": True}}).scrub.mode == "off"


# --- builds ---------------------------------------------------------------------------------------


def _build(tmp_path: Path, name: str, **scrub):
    from prep.build import build
    from prep.demo.corpus import generate_corpus

    corpus = tmp_path / "corpus.jsonl"
    if not corpus.exists():
        docs = generate_corpus(n_docs=80, seed=5)
        corpus.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    cfg = from_dict(PrepConfig, {
        "output_dir": str(tmp_path / name), "workers": 1, "seed": 7,
        "input": {"paths": [str(corpus)], "docs_per_part": 30},
        "scrub": scrub, "tokenizer": {"vocab_size": 800}, "shards": {"max_seq_len": 64},
        "canaries": {"enabled": True, "repeats": [1, 3], "kinds": [*KINDS, "PERSON_BARE"]},
    })
    logs: list[str] = []
    return cfg, build(cfg, log=logs.append), logs


def _decoded_shards(out: Path, manifest: dict) -> str:
    from transformers import AutoTokenizer

    from privbert.build_format import open_shard

    tok = AutoTokenizer.from_pretrained(str(out / "tokenizer"))
    texts = []
    for entry in manifest["shards"]:
        for ids in open_shard(out / entry["file"]).column("input_ids").to_pylist():
            texts.append("".join(tok.decode(ids).lower().split()))
    return "\n".join(texts)


@pytest.fixture(scope="module")
def twin_builds(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("canaries")
    # The planted miss: EMAIL_ADDRESS left out of scrub.entities, so its canaries get through whatever the
    # detectors learn (PERSON_BARE is caught or not by the name detectors: its status is checked, not assumed).
    entities = [e for e in PII_ENTITIES if e != "EMAIL_ADDRESS"]
    return tmp, _build(tmp, "scrubbed", entities=entities), _build(tmp, "raw", mode="off")


def test_scrubbed_build_plants_counts_and_keeps_no_secret(twin_builds):
    _, (cfg, manifest, logs), _ = twin_builds
    out = Path(cfg.output_dir)
    c = manifest["counts"]
    secrets = [json.loads(line) for line in (out / "canaries.jsonl").read_text(encoding="utf-8").splitlines()]
    assert c["canaries"] == len(secrets) == 20 and c["canaries_planted"] == 10 * (1 + 3)
    assert c["docs_in"] == c["docs_out"] + c["dropped_total"]
    assert manifest["stages"]["canaries"]["enabled"] is True
    assert not any("UNSCRUBBED" in line for line in logs)
    # the planted miss is reported, per canary and per kind; every "caught" secret is gone from the split text
    status = {s["kind"]: set() for s in secrets}
    for s in secrets:
        status[s["kind"]].add(s["scrubber"])
    assert status["EMAIL_ADDRESS"] == {"missed"} and all(status[k] == {"caught"} for k in KINDS if k != "EMAIL_ADDRESS")
    split_text = "".join(p.read_text(encoding="utf-8") for p in (out / "work" / "split").glob("*.txt"))
    assert not [s["id"] for s in secrets if s["scrubber"] == "caught" and s["secret"] in split_text]
    missed = [s for s in secrets if s["scrubber"] == "missed"]
    section = manifest["canaries"]
    assert section["missed_kinds"] == sorted({s["kind"] for s in missed}) and "EMAIL_ADDRESS" in section["missed_kinds"]
    assert section["insertions"] == c["canaries_planted"]
    assert section["missed"] == len(missed) and section["caught"] == len(secrets) - len(missed)
    assert any("LEAK" in line and "EMAIL_ADDRESS" in line for line in logs)
    # canary findings counted apart: the PII counts are the corpus's own
    assert sum(section["pii_in_canaries"].values()) >= 12 * 4 // 2
    assert not any(k.startswith("canary_") for k in c)
    values = [s["secret"] for s in secrets if s["scrubber"] == "caught"]
    for path in out.rglob("*"):
        if path.is_file() and path.name != "canaries.jsonl":
            content = path.read_bytes().decode("utf-8", errors="ignore")
            assert not [v for v in values if v in content], f"{path} holds a canary secret"
    decoded = _decoded_shards(out, manifest)
    assert not [v for v in values if "".join(v.lower().split()) in decoded]
    assert "청구" in decoded  # the carrier sentences are there, only the values are gone


def test_unscrubbed_twin_keeps_the_secrets_and_says_so(twin_builds):
    _, (s_cfg, s_manifest, _), (cfg, manifest, logs) = twin_builds
    out = Path(cfg.output_dir)
    assert manifest["stages"]["scrub"]["mode"] == "off"
    assert any("UNSCRUBBED" in line for line in logs)
    assert not [k for k in manifest["counts"] if k.startswith("pii_")]
    ours, theirs = ([{k: v for k, v in json.loads(line).items() if k not in ("scrubber", "found_planted", "survived")}
                     for line in (d / "canaries.jsonl").read_text(encoding="utf-8").splitlines()]
                    for d in (out, Path(s_cfg.output_dir)))
    assert ours == theirs  # the same canaries; the twin's are marked unscrubbed
    assert {json.loads(line)["scrubber"] for line in (out / "canaries.jsonl").read_text().splitlines()} == {
        "unscrubbed"}
    assert manifest["canaries"]["scrubbed"] is False and manifest["canaries"]["missed"] == 0
    assert manifest["counts"]["canaries_planted"] == s_manifest["counts"]["canaries_planted"]
    secrets = [json.loads(line) for line in (out / "canaries.jsonl").read_text(encoding="utf-8").splitlines()]
    split_text = "".join(p.read_text(encoding="utf-8") for p in (out / "work" / "split").glob("*.txt"))
    assert all(s["secret"] in split_text for s in secrets)
    # In the shards, NSP truncation (max_seq_len 64 here) may cut a once-planted canary; planted 3 times, not.
    decoded = _decoded_shards(out, manifest)
    repeated = [s for s in secrets if s["repeats"] == 3]
    assert all("".join(s["secret"].lower().split()) in decoded for s in repeated)


def test_manifest_with_canaries_matches_the_schema(twin_builds):
    import jsonschema

    root = Path(__file__).resolve().parents[2]
    schema = json.loads((root / "data_manifests" / "manifest.schema.json").read_text())
    _, (_, scrubbed, _), (_, raw, _) = twin_builds
    jsonschema.validate(scrubbed, schema)
    jsonschema.validate(raw, schema)


def test_canary_dataclass_round_trips_through_the_secrets_file(tmp_path):
    from prep.canaries import write_secrets

    canaries = make_canaries(CanaryConfig(enabled=True, repeats=(2,)))
    path = write_secrets(tmp_path / "k" / "canaries.jsonl", canaries)
    assert [Canary(**json.loads(line)) for line in path.read_text(encoding="utf-8").splitlines()] == canaries
