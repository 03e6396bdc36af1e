"""One language rule for the scrubber and the canaries: the Hangul share of letters."""

from __future__ import annotations

from prep.eval.pii_bench import generate_bench, prose_documents
from prep.pii.language import detect_language, detect_languages


def test_detect_language():
    assert detect_language("서울은 대한민국의 수도이다.") == "ko"
    assert detect_language("The capital of France is Paris.") == "en"
    assert detect_language("BERT 모델을 pretraining 하는 방법을 설명한다.") == "ko"
    assert detect_language("Meeting notes (회의록) for the quarterly planning session") == "en"
    assert detect_language("") == "en"
    assert detect_language("010-1234-5678") == "en"


def test_batch_language_detection_matches_the_python_one():
    bench = generate_bench(400, seed=11)
    texts = [d.text for d in bench] + [d.text for d in prose_documents()] + ["", "abc", "가", "ﾊﾝｸﾞﾙ ㄱㄴ abc"]
    assert detect_languages(texts) == [detect_language(t) for t in texts]


def test_canaries_use_the_same_rule_jamo_included():
    from prep.canaries import document_language

    for text in ("ㅋㅋㅋㅋ lol", "\u1100\u1161 ab", "서울 abc", "abc"):
        assert document_language({"text": text}, "text", "lang") == detect_language(text)
    assert detect_language("ㅋㅋㅋㅋ lol") == "ko"  # compatibility jamo are Hangul too
