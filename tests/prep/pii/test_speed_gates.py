"""Round 15's faster paths give the answers of the scans they stand in for (speed only, no change of reading)."""

from __future__ import annotations

import pytest

from prep.eval.pii_bench import generate_bench, prose_documents
from prep.pii.address_fields import AddressFieldRecognizer

_ODD = [
    "ſhip to: 12 Oak St", "SHIP TO: 12 Oak St", "Ship To 12", "locatİon: 5 Main", "ADDRESS: x", "Mail to x",
    "주소: 서울", "등록기준지  서울", "소재 지 : 부산", "수령지 : 1", "배송 ſ", "Kelvin \u212a addr",
    "ıncident locatıon",
    "no label here", "집 주소\t서울", "Delıver to: 5 Elm", "deliver  to", "",
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return [d.text for d in generate_bench(600, seed=3)] + [d.text for d in prose_documents()] + _ODD


def test_address_field_gate_is_the_regex_gate(texts):
    recognizer = AddressFieldRecognizer("en")
    assert [recognizer._gate(t) for t in texts] == [recognizer._GATE.search(t) is not None for t in texts]
    assert sum(recognizer._gate(t) for t in texts) > 50


def test_batch_flags_are_each_documents_flags_on_the_bench(texts):
    """`batch_flags` reads only the tokens whose case pairs appear in the batch: the flags stay each document's."""
    import numpy as np

    from prep.pii.tagger_features import batch_flags, doc_flags, tokens

    docs = [tokens(t) for t in texts + ["The the", "The", "Grace grace GRACE", "the"]]
    expected = np.concatenate([doc_flags(d) for d in docs]).astype(np.float32)
    np.testing.assert_array_equal(batch_flags(docs), expected)
    assert expected[:, 2].sum() > 100
