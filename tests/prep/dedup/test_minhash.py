"""The MinHash core: shingles, signatures, band keys; Korean and English near-duplicates; config validation."""

import numpy as np
import pytest

from prep.config import DedupConfig, PrepConfig
from prep.dedup.minhash import band_keys, estimated_jaccard, jaccard, shingle_hashes, shingle_text, signatures
from prep.dedup.stage import candidate_pairs, find_clusters, size_histogram
from prep.eval.near_dup import evaluate, labeled_pairs, recall_by_kind
from privbert.config import from_dict

KO = ("서울시 강남구 테헤란로에 있는 본사에서 분기 회의가 열렸습니다. 참석자는 모두 열 명이었고 "
      "다음 분기 예산안과 채용 계획을 검토했습니다. 회의록은 다음 주 월요일까지 공유될 예정입니다.")
EN = ("The quarterly meeting was held at the head office on Monday. Ten people attended and reviewed the "
      "budget for the next quarter and the hiring plan. The minutes will be shared by next Monday.")


def _near_dup(a: str, b: str) -> bool:
    cfg = DedupConfig()
    sig = signatures([a, b], cfg)
    keys = band_keys(sig, cfg.bands, cfg.rows)
    return bool((keys[0] == keys[1]).any() and estimated_jaccard(sig[:1], sig[1:])[0] >= cfg.threshold)


def test_shingle_text_lowercases_and_joins_whitespace_so_rewrapped_lines_are_alike():
    assert shingle_text("  The  Cat\n sat\t") == "the cat sat"
    wrapped = EN.replace(" and ", "\nand ").replace(" the ", "\n the ")
    assert np.array_equal(signatures([EN], DedupConfig()), signatures([wrapped], DedupConfig()))


def test_shingle_hashes_rows_and_short_documents():
    hashes, offsets = shingle_hashes(["abcdefg", "ab", ""], 5)
    assert offsets.tolist() == [0, 3, 4, 5]  # 3 windows; a short text and an empty one give one shingle each
    assert len(set(hashes.tolist())) == 5
    again, _ = shingle_hashes(["xx", "abcdefg"], 5)
    assert again[1:].tolist() == hashes[:3].tolist()  # a document's shingles do not depend on its neighbours


@pytest.mark.parametrize("text, changed", [
    (KO, KO.replace("열 명", "열한 명").replace("월요일", "화요일")),
    (KO, KO.replace(" ", "")),  # Hangul without spaces still shingles (characters, not words)
    (EN, EN.replace("Ten people", "Eleven people").replace("Monday.", "Tuesday.")),
    (EN, "FWD: " + EN + " Sent from my phone."),
])
def test_korean_and_english_near_duplicates_are_found(text, changed):
    if text is KO and " " not in changed:
        text = text.replace(" ", "")  # compare spaceless with spaceless: a lightly edited copy
        changed = changed.replace("열명", "열한명")
    assert _near_dup(text, changed)


def test_distinct_documents_of_one_template_are_kept():
    ko_other = KO.replace("분기 회의가 열렸습니다", "신제품 발표가 있었습니다")
    ko_other = ko_other.replace("다음 분기 예산안과 채용 계획을 검토했습니다", "가격 정책과 출시 일정을 논의했습니다")
    ko_other = ko_other.replace("회의록", "발표 자료")
    assert not _near_dup(KO, ko_other)
    assert not _near_dup(EN, "The annual party was held at the branch office on Friday. Forty people came and "
                             "talked about the new product and the launch plan. Photos will be posted on Friday.")


def test_estimated_jaccard_tracks_the_exact_one():
    cfg = DedupConfig(num_perm=256, bands=32, rows=8)
    changed = EN.replace("quarterly", "annual").replace("hiring", "training")
    est = estimated_jaccard(*signatures([EN, changed], cfg)[:, None, :])
    assert abs(est[0] - jaccard(EN, changed, 5)) < 0.1


def test_signatures_agree_with_datasketch_in_estimate():
    datasketch = pytest.importorskip("datasketch")
    cfg = DedupConfig(num_perm=256, bands=32, rows=8)
    changed = KO.replace("열 명", "스무 명")
    a, b = (datasketch.MinHash(num_perm=256, seed=1) for _ in range(2))
    for mh, text in ((a, KO), (b, changed)):
        t = shingle_text(text)
        mh.update_batch([t[i:i + 5].encode() for i in range(len(t) - 4)])
    ours = estimated_jaccard(*signatures([KO, changed], cfg)[:, None, :])[0]
    assert abs(ours - a.jaccard(b)) < 0.12


def test_candidate_pairs_link_each_member_to_the_first_and_its_predecessor():
    band = np.array([0, 0, 0, 1, 1, 0], dtype=np.uint16)
    key = np.array([7, 7, 7, 7, 7, 9], dtype=np.uint64)
    doc = np.array([30, 10, 20, 30, 10, 40], dtype=np.uint64)
    assert candidate_pairs(band, key, doc).tolist() == [[10, 20], [10, 30], [20, 30]]
    assert candidate_pairs(band[:0], key[:0], doc[:0]).shape == (0, 2)


def test_clusters_are_rooted_at_the_first_document_in_input_order():
    edges = np.array([[5, 9], [2, 9], [7, 8]], dtype=np.uint64)
    assert find_clusters(edges) == {2: [2, 5, 9], 7: [7, 8]}
    assert size_histogram([2, 3, 4, 9, 100]) == {
        "near_dup_clusters_size_2": 1, "near_dup_clusters_size_3-4": 2, "near_dup_clusters_size_9-16": 1,
        "near_dup_clusters_size_65+": 1}


def test_labeled_set_precision_and_recall_at_the_default_threshold():
    pairs = labeled_pairs(n_per_kind=30, seed=1)
    assert {p.lang for p in pairs} == {"en", "ko"} and sum(p.near_duplicate for p in pairs) * 2 == len(pairs)
    cfg = DedupConfig()
    rows = {(t, lang): (p, r) for t, lang, p, r, *_ in evaluate(pairs, cfg, thresholds=())}
    for lang in ("en", "ko"):
        precision, recall = rows[(cfg.threshold, lang)]
        assert precision >= 0.98 and recall >= 0.85, (lang, precision, recall)
    assert recall_by_kind(pairs, cfg)["same_template"] <= 0.02


@pytest.mark.parametrize("section, message", [
    ({"bands": 20, "rows": 8}, "bands \\* dedup.rows"),
    ({"threshold": 0.0}, "dedup.threshold"),
    ({"keep": "last"}, "dedup.keep"),
    ({"shingle_size": 0}, "dedup.shingle_size"),
    ({"partitions": 0}, "dedup.partitions"),
    ({"num_perm": 0}, "dedup.num_perm"),
    ({"bucket_rows": 0}, "dedup.bucket_rows"),
])
def test_config_is_validated(section, message):
    with pytest.raises(ValueError, match=message):
        from_dict(PrepConfig, {"dedup": section})


def test_config_rejects_unknown_keys_and_is_on_by_default():
    assert PrepConfig().dedup.enabled
    with pytest.raises(ValueError, match="unknown key"):
        from_dict(PrepConfig, {"dedup": {"jaccard": 0.8}})
