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


def test_gated_address_patterns_find_what_their_own_scan_finds(texts):
    """A pattern's `gate` (a part every match holds) only skips texts: the spans are those of the pattern alone."""
    from prep.pii.addresses import ADDRESS_PATTERNS
    from prep.pii.fail_closed import FailClosedPattern
    from prep.pii.patterns import FORMAT_FLAGS, NAME_FLAGS

    extra = ["Flat 4, Lodha Paradise, Thane West, Mumbai 400601", "No. 14, 3rd Cross, Indiranagar, Bengaluru-560038",
             "Rose Cottage, Mill Lane, Ashby, LE65 1AB", "Unit 2, Main Street, Dublin, D02 X285", "Hauptstraße 5, "
             "10115 Berlin", "Kurfürstendamm 212\n10719 Berlin", "12 rue de la Paix, 75002 Paris"]
    gated = [a for a in ADDRESS_PATTERNS if a.gate]
    assert gated
    for a in gated:
        flags = NAME_FLAGS if a.cased else FORMAT_FLAGS
        with_gate = FailClosedPattern(a.name, a.regex, a.score, flags, a.trigger or "x", a.gate)
        alone = FailClosedPattern(a.name, a.regex, a.score, flags, a.trigger or "x")
        found = [alone.span_list(t, 0, None) for t in texts + extra]
        assert [with_gate.span_list(t, 0, None) for t in texts + extra] == found, a.name
        assert [list(with_gate.spans(t)) for t in extra] == found[len(texts):], a.name
        assert any(found[len(texts):]), a.name


def test_gated_person_patterns_find_what_their_own_scan_finds(texts):
    """Round 16's gates on `en_name_verb_after` and `en_name_age` (the verb, the age) only skip texts."""
    from prep.pii.fail_closed import FailClosedPattern
    from prep.pii.patterns import RECOGNIZERS

    extra = ["Maria Lopez said", "Maria Lopez, 45, of Austin", "Maria Lopez,said", "Ana Diaz, 101,", "Ana Diaz saidx",
             "Dr. Ana Diaz told me", "Ana Diaz, 7 ,", "ANA DIAZ said", "Ana Diaz\nsaid", "Ana Diaz  said"]
    gated = [p for spec in RECOGNIZERS if spec.name == "EnglishPersonRecognizer" for p in spec.patterns if p.gate]
    assert {p.name for p in gated} == {"en_name_verb_after", "en_name_age"}
    for p in gated:
        with_gate = FailClosedPattern(p.name, p.regex, p.score, p.flags, "x", p.gate)
        alone = FailClosedPattern(p.name, p.regex, p.score, p.flags, "x")
        found = [alone.span_list(t, 0, None) for t in texts + extra]
        assert [with_gate.span_list(t, 0, None) for t in texts + extra] == found, p.name
        assert sum(map(bool, found)) > 3, p.name


def test_guest_name_gates_hold_every_match(texts):
    """Round 17's gates before the two guest-name scans (`names_ko_guests`): a text without the gate's part has no
    match, and a text with a match holds the part."""
    from prep.pii import names_ko_guests as guests

    extra = ["에이전트 마크 킴 씨가", "감독 로버트 킴이 말했다", "로버트 킴 감독은", "리사 정 해설위원",
             "번역 총괄 안나 리의", "게스트: 제임스 오코너", "마크 리스트", "진행 마크 리스트 감독"]
    scans = ((guests._AFTER_ROLE, guests._AFTER_ROLE_GATE), (guests._BEFORE_ROLE, guests._BEFORE_ROLE_GATE))
    for pattern, gate in scans:
        found = [t for t in texts + extra if pattern.search(t)]
        assert found, pattern.pattern[:40]
        assert all(gate.search(t) for t in found)


def _fuzz(alphabet: str, n: int = 20000) -> list[str]:
    import random

    rng = random.Random(17)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(n)]


def test_rewritten_gates_answer_as_the_scans_they_replace(texts):
    """Round 17: gates spelled with a literal or a capital first (`re` skips to it) give the old spelling's answer."""
    import re

    from prep.pii import names_en_fields, names_en_lists, names_ko_spaced
    from prep.pii.gated_scan import LineStartGate

    odd_en = _fuzz("1.A#)\t\n x,Dé") + ["1. Ana", " 1. Ana", "\n#12) Bo", "x\n 3 Z", "Dear Al", "\nHi Jo", "a\nHey "]
    for gate, spelled in ((names_en_lists._GATE_NUMBERED, r"(?m)^[ \t]*#?\d{1,3}[.)]?[ \t]+[A-Z]"),
                          (names_en_lists._GATE_SALUTATION, r"(?m)^[ \t]*(?:Dear|Dearest|My dear|Hi|Hello|Hey|Hiya) "),
                          (names_en_lists._GATE_ROSTER,
                           r"(?m)^[ \t]*(?:[#\d\-*•][\d.)]*[ \t]*)?[^\W\d_][\w'’\-]*, ?[^\W\d_]"),
                          (names_en_fields._GATE_INITIALS, r"(?:^|\s)[A-Z]\.")):
        old = re.compile(spelled)
        answers = [old.search(t) is not None for t in texts + odd_en]
        assert [bool(gate.search(t)) for t in texts + odd_en] == answers, spelled
        assert any(answers), spelled
    old = re.compile(r"(?:^|[^가-힣])[가-힣] [가-힣](?:[^가-힣]|$)", re.M)
    odd_ko = _fuzz("가나 다\nab.") + ["가 나", "다가 나", "\n가 나\n", "x가 나", "가 나x", "가나 다", "가  나"]
    answers = [old.search(t) is not None for t in texts + odd_ko]
    assert [names_ko_spaced._GATE.search(t) is not None for t in texts + odd_ko] == answers
    assert sum(answers) > 100
    with pytest.raises(AssertionError):
        LineStartGate("a$")
