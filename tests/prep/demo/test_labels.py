from collections import Counter

from prep.demo.labels import generate_labeled, write_labeled
from prep.demo.templates import DOMAINS


def test_labeled_set_is_deterministic_balanced_and_matches_the_committed_file(tmp_path):
    examples = generate_labeled(200, seed=5)
    assert examples == generate_labeled(200, seed=5) and examples != generate_labeled(200, seed=6)
    assert Counter(e["label"] for e in examples) == dict.fromkeys(DOMAINS, 40)
    assert len({e["text"] for e in examples}) == 200 and {e["lang"] for e in examples} == {"ko", "en"}
    write_labeled(tmp_path / "labeled.jsonl")  # the defaults wrote data/demo/labeled.jsonl
    assert (tmp_path / "labeled.jsonl").read_bytes() == open("data/demo/labeled.jsonl", "rb").read()
