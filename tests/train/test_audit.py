"""The memorization audit: the exposure arithmetic on known ranks, and a run on a tiny trained model."""

import json
import math
import random

import pytest

from privbert.canary_formats import carrier, fill, generate_secret
from train import audit
from train.cli import build_parser
from train.trainer import run_training


def _canary(kind="PHONE_NUMBER", lang="en", repeats=10, seed=0, key="4411"):
    secret = generate_secret(kind, lang, random.Random(seed))
    return {"id": f"{kind.lower()}-{lang}-r{repeats}-0", "kind": kind, "lang": lang, "repeats": repeats,
            "key": key, "template": carrier(kind, lang, key), "secret": secret}


class RankingScorer:
    """A fake model: the true secret scores so that exactly k - 1 candidates beat it."""

    def __init__(self, secret: str, k: int):
        self.secret, self.k = secret, k

    def __call__(self, items):
        texts = [text for text, _, _ in items]
        assert all(a < b for _, a, b in items)
        scores = [-float(i) for i in range(len(texts))]  # candidates: 0, -1, -2, ...
        truth = [i for i, (text, a, b) in enumerate(items) if text[a:b] == self.secret]
        assert truth == [0]  # the secret is scored once, first, in its slot
        scores[0] = -(self.k - 0.5)  # candidate i scores -i: between candidates k-1 and k
        return scores


@pytest.mark.parametrize("k", [1, 2, 7, 500, 1001])
def test_exposure_of_a_known_rank(k):
    canary = _canary()
    n = 1000
    row = audit.audit_canary(RankingScorer(canary["secret"], k), canary, n, seed=3)
    assert row["rank"] == k and row["candidates"] == n
    assert row["exposure_bits"] == pytest.approx(math.log2(n + 1) - math.log2(k), abs=1e-3)
    assert "secret" not in row and canary["secret"] not in json.dumps(row)


def test_rank_ties_count_half_and_exposure_bounds():
    assert audit.rank_of(1.0, [0.0, 0.5]) == 1
    assert audit.rank_of(0.0, [1.0, 2.0]) == 3
    assert audit.rank_of(1.0, [1.0, 1.0, 1.0, 1.0]) == 3  # a model that scores everything alike: the middle
    assert audit.exposure_bits(1, 1000) == pytest.approx(math.log2(1001))
    assert audit.exposure_bits(1001, 1000) == 0
    with pytest.raises(ValueError):
        audit.exposure_bits(0, 10)


def test_chance_exposure_is_the_mean_over_uniform_ranks():
    for n in (1, 10, 1000):
        brute = sum(audit.exposure_bits(r, n) for r in range(1, n + 2)) / (n + 1)
        assert audit.chance_exposure(n) == pytest.approx(brute)
    assert audit.chance_exposure(1000) == pytest.approx(1 / math.log(2), abs=0.01)


def test_summary_means_by_kind_and_repeats():
    rows = [{"kind": "PERSON", "repeats": 1, "exposure_bits": 1.0}, {"kind": "PERSON", "repeats": 50,
            "exposure_bits": 9.0}, {"kind": "KR_RRN", "repeats": 50, "exposure_bits": 5.0}]
    summary = audit.summarize_rows(rows, 1000)
    assert summary["by_kind"] == {"PERSON": 5.0, "KR_RRN": 5.0}
    assert summary["by_repeats"] == {"1": 1.0, "50": 7.0}
    assert summary["mean_bits"] == 5.0 and summary["max_bits"] == pytest.approx(9.967, abs=1e-3)


def test_read_canaries_reports_bad_lines_without_their_content(tmp_path):
    path = tmp_path / "canaries.jsonl"
    path.write_text(json.dumps(_canary()) + "\n" + json.dumps({"id": "x", "secret": "010-9999-1234"}) + "\n")
    with pytest.raises(ValueError, match=r"canaries.jsonl:2") as err:
        audit.read_canaries(path)
    assert "010-9999-1234" not in str(err.value)
    with pytest.raises(ValueError, match="does not exist"):
        audit.read_canaries(tmp_path / "nowhere.jsonl")


@pytest.fixture
def tiny_run(make_config):
    return run_training(make_config(optim={"max_steps": 8}))


def _args(**kw):
    argv = ["audit"]
    for key, value in kw.items():
        for v in value if isinstance(value, list) else [value]:
            argv += [f"--{key.replace('_', '-')}", str(v)]
    return build_parser().parse_args(argv)


def test_audit_runs_end_to_end_on_a_tiny_trained_model(tiny_run, tmp_path, capsys):
    run_dir = tiny_run
    canaries = [_canary(kind, lang, repeats=r, seed=i, key=str(1000 + i))
                for i, (kind, lang, r) in enumerate([("PHONE_NUMBER", "en", 1), ("PERSON", "ko", 10),
                                                     ("EMAIL_ADDRESS", "en", 50), ("KR_RRN", "ko", 50)])]
    for i, c in enumerate(canaries):
        c["id"] = f"{c['id']}-{i}"
    key = tmp_path / "canaries.jsonl"
    key.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in canaries), encoding="utf-8")

    assert audit.main(_args(model=str(run_dir), canaries=str(key), candidates=30, batch_size=64)) == 0
    out = capsys.readouterr().out
    report = json.loads((run_dir / "audit.json").read_text(encoding="utf-8"))
    assert [r["id"] for r in report["canaries"]] == [c["id"] for c in canaries]
    for row in report["canaries"]:
        assert 1 <= row["rank"] <= 31 and 0 <= row["exposure_bits"] <= math.log2(31) + 1e-9
        assert row["secret_pieces"] >= 1 and row["candidates"] == 30
    assert set(report["summary"]["by_kind"]) == {c["kind"] for c in canaries}
    for c in canaries:  # never a secret in the output or the report
        assert c["secret"] not in out and c["secret"] not in json.dumps(report, ensure_ascii=False)
    assert "Mean exposure by kind" in out and report["build"]["dir"] in out

    # The same seed gives the same report; two models side by side.
    compare = tmp_path / "compare.json"
    audit.main(_args(model=[str(run_dir), str(run_dir / "export")], canaries=str(key), candidates=30,
                     output=str(compare)))
    both = json.loads(compare.read_text(encoding="utf-8"))["reports"]
    assert both[0]["canaries"] == both[1]["canaries"] == report["canaries"]
    assert "rank B" in capsys.readouterr().out

    # A canary the build's scrubber missed: the verdict names its kind, --fail-on-leak exits 1.
    canaries[1]["scrubber"] = "missed"
    key.write_text("".join(json.dumps({"scrubber": "caught", **c}, ensure_ascii=False) + "\n" for c in canaries),
                   encoding="utf-8")
    argv = ["audit", "--model", str(run_dir), "--canaries", str(key), "--candidates", "30"]
    assert audit.main(build_parser().parse_args(argv)) == 0  # reported, not failed, unless asked
    assert "VERDICT A: LEAK: the scrubber missed 1 of 4 canaries, kinds PERSON" in capsys.readouterr().out
    assert audit.main(build_parser().parse_args([*argv, "--fail-on-leak"])) == 1
    out = capsys.readouterr().out
    assert "AUDIT FAILED" in out and "person-ko-r10-0-1" in out and "Per kind" in out
    assert all(c["secret"] not in out for c in canaries)
    report = json.loads((run_dir / "audit.json").read_text(encoding="utf-8"))
    assert report["verdict"]["missed_kinds"] == ["PERSON"] and report["verdict"]["leak"] is True


def test_verdict_names_missed_and_exposed_kinds_and_flags_uninformative_canaries():
    caught, missed = _canary("PHONE_NUMBER", "en", seed=1), _canary("PERSON_BARE", "ko", seed=2)
    caught["scrubber"], missed["scrubber"] = "caught", "missed"
    flat = audit.audit_canary(lambda items: [0.0] * len(items), missed, 50, seed=0)  # every value alike: [UNK]
    assert flat["uninformative"] is True and flat["scrubber"] == "missed" and not audit.is_exposed(flat)
    top = audit.audit_canary(RankingScorer(caught["secret"], 1), caught, 200, seed=0)  # p = 1/201 <= 0.01
    assert top["uninformative"] is False and audit.is_exposed(top)
    report = {"canaries": [top, flat], "build": {"scrub_mode": "placeholder"}}
    v = audit.verdict(report)
    assert v["missed_kinds"] == ["PERSON_BARE"] and v["exposed_kinds"] == ["PHONE_NUMBER"] and v["leak"]
    assert v["uninformative"] == 1
    line = audit.format_verdict("A", report, v)
    assert "LEAK" in line and "PERSON_BARE" in line and "1 uninformative" in line
    clean = audit.verdict({"canaries": [top]})
    assert not clean["leak"] and "no canary missed" in audit.format_verdict("A", {"canaries": [top]}, clean)


def test_pseudo_likelihood_masks_exactly_the_pieces_of_the_secret(tiny_run, tmp_path):
    scorer = audit.PseudoLikelihoodScorer(tiny_run / "export", device="cpu", batch_size=7)
    text, start, end = fill("call {secret} if the cat leaves the garden .", "the red dog")
    copies = scorer._masked_copies(text, start, end)
    pieces = scorer.tokenizer(text[start:end], add_special_tokens=False)["input_ids"]
    assert [target for _, _, target in copies] == pieces
    for ids, position, _ in copies:
        assert ids[position] == scorer.tokenizer.mask_token_id and ids.count(scorer.tokenizer.mask_token_id) == 1
    # batching does not change the scores
    items = [fill("call {secret} if the cat leaves the garden .", v) for v in ("the red dog", "a blue cat", "bread")]
    small = scorer(items)
    scorer.batch_size = 512
    assert scorer(items) == pytest.approx(small, abs=1e-5)
    assert all(s < 0 for s in small)


def test_candidates_never_include_another_canarys_secret():
    """A secret the model memorized must not outrank, as a mere candidate, the canary being audited."""
    from privbert.canary_formats import draw_candidates

    free = draw_candidates("PERSON", "en", "Ann Lee", 300, seed="s")
    taken = set(free[:40])
    drawn = draw_candidates("PERSON", "en", {"Ann Lee", *taken}, 300, seed="s")
    assert len(drawn) == 300 and not taken & set(drawn)
