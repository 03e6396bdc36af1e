"""The report's near-duplicate section: the cluster-size histogram from the manifest's counts (no text)."""

from pathlib import Path

from privbert.build_format import FORMAT_VERSION, Manifest
from train.report import _near_dup_section
from train.report_data import near_dup_rows


def _manifest(counts):
    return Manifest(Path("m.json"), {"format_version": FORMAT_VERSION, "counts": counts})


def test_histogram_rows_are_sorted_by_size_and_the_section_shows_them():
    m = _manifest({"docs_in": 10, "dropped_near_duplicate": 7, "near_dup_clusters": 4, "near_dup_largest_cluster": 5,
                   "near_dup_clusters_size_5-8": 1, "near_dup_clusters_size_2": 2, "near_dup_clusters_size_65+": 1,
                   "near_dup_clusters_size_3-4": 0})
    assert near_dup_rows(m) == [["2", 2], ["3-4", 0], ["5-8", 1], ["65+", 1]]
    html = _near_dup_section(m)
    assert "largest cluster" in html and "65+" in html


def test_a_build_without_clusters_gets_a_note():
    assert "No near-duplicate clusters" in _near_dup_section(_manifest({"docs_in": 3}))
    assert near_dup_rows(None) == []
