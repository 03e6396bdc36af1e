"""Sentence splitting: every rule from the brief, English and Korean, plus the output invariants."""

import random
import re

import pytest

from prep.normalize import normalize_text
from prep.split import format_document, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # . ! ? followed by space + uppercase / digit / quote / Korean, or by the end
        ("It rains. It pours! Why? 3 days left. \"Really,\" she said. 비가 온다.",
         ["It rains.", "It pours!", "Why?", "3 days left.", "\"Really,\" she said.", "비가 온다."]),
        # quotes and brackets after the punctuation stay with the sentence
        ('He said "Stop." Then he left. (It was late.) We slept.',
         ['He said "Stop."', "Then he left.", "(It was late.)", "We slept."]),
        # lowercase after the punctuation is not a boundary
        ('"Stop!" he said. Is it? no idea.', ['"Stop!" he said.', "Is it? no idea."]),
        # decimals, versions, URLs, e-mail addresses
        ("Pi is 3.14 and v2.0.1 is out. See https://example.com/a.b today. Mail a.b@example.com now.",
         ["Pi is 3.14 and v2.0.1 is out.", "See https://example.com/a.b today.",
          "Mail a.b@example.com now."]),
        # ellipses: lowercase after is inside the sentence, uppercase after is a boundary
        ("Wait... what was that… nothing. Well... Maybe later.",
         ["Wait... what was that… nothing.", "Well...", "Maybe later."]),
        # initials
        ("J. R. R. Tolkien wrote it. He was born in 1892.",
         ["J. R. R. Tolkien wrote it.", "He was born in 1892."]),
        # a bare number before an English capital does end a sentence
        ("She was born in 1990. Then she moved.", ["She was born in 1990.", "Then she moved."]),
    ],
)
def test_english_rules(text, expected):
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    "abbreviated",
    [
        "Mr. Smith", "Mrs. Smith", "Ms. Smith", "Dr. Kim", "Prof. Lee", "St. Louis", "John Smith Jr. Said",
        "Smith Sr. Said", "Apple vs. Orange", "apples, pears, etc. Fruit", "fruit, e.g. Apples",
        "fruit, i.e. Apples", "the U.S. Army", "the U.K. Government", "Acme Inc. Shares", "Acme Ltd. Shares",
        "Acme Co. Shares", "No. 5", "Fig. 3", "at 10 a.m. Sharp", "at 5 p.m. Sharp", "on Jan. 5",
        "on Feb. 5", "on Mar. 5", "on Apr. 5", "on Jun. 5", "on Jul. 5", "on Aug. 5", "on Sep. 5",
        "on Oct. 5", "on Nov. 5", "on Dec. 5",
    ],
)
def test_abbreviations_do_not_end_sentences(abbreviated):
    assert split_sentences(f"We saw {abbreviated} there.") == [f"We saw {abbreviated} there."]


def test_ambiguous_abbreviation_ends_sentence_before_a_common_starter():
    assert split_sentences("I woke at 7 a.m. Then I ate. We met at Acme Inc. The deal closed.") == [
        "I woke at 7 a.m.", "Then I ate.", "We met at Acme Inc.", "The deal closed."]
    assert split_sentences("Is it No. 5? No. I disagree.") == ["Is it No. 5?", "No.", "I disagree."]
    assert split_sentences("See No. 5. No. It is Fig. 2.") == ["See No. 5.", "No.", "It is Fig. 2."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # endings followed by . ! ?
        ("그는 집에 갔다. 그리고 잤습니다! 정말요? 네. 왜 그랬을까? 좋네요. 그렇군요. 앉으세요.",
         ["그는 집에 갔다.", "그리고 잤습니다!", "정말요?", "네.", "왜 그랬을까?", "좋네요.", "그렇군요.",
          "앉으세요."]),
        # endings without punctuation: a boundary only after a verb ending and before Hangul
        ("비가 왔다 그리고 바람이 분다 어제는 맑았다 내일은 흐리겠다 그는 학생이다 돈이 있다 시간이 없다 "
         "일이 된다 그가 한다",
         ["비가 왔다", "그리고 바람이 분다 어제는 맑았다", "내일은 흐리겠다", "그는 학생이다", "돈이 있다",
          "시간이 없다", "일이 된다", "그가 한다"]),
        ("감사합니다 다음에 또 봐요 정말 좋아요 그렇죠 알겠어요 학생이에요 의사예요 반갑습니다 끝",
         ["감사합니다", "다음에 또 봐요", "정말 좋아요", "그렇죠", "알겠어요", "학생이에요", "의사예요",
          "반갑습니다", "끝"]),
        # never inside words like 다른 / 다음 / 다시, nor after nouns or particles ending in 다 / 요
        ("다른 사람이 다음 날 다시 바다 보다 높은 산을 모두 다 봤고 중요 사항도 봤다",
         ["다른 사람이 다음 날 다시 바다 보다 높은 산을 모두 다 봤고 중요 사항도 봤다"]),
        # a quotative or connective word after the ending continues the sentence
        ("그가 왔다 한다 집에 있다 보니 알았다 그가 했다 하더라도 괜찮다",
         ["그가 왔다 한다", "집에 있다 보니 알았다", "그가 했다 하더라도 괜찮다"]),
        # closing quotes after a Korean ending: a particle right after the quote is not a boundary
        ('그는 "좋다."고 말했다. 그가 말했다." 그리고 떠났다. 그가 "했다" 그리고 갔다.',
         ['그는 "좋다."고 말했다.', '그가 말했다."', "그리고 떠났다.", '그가 "했다"', "그리고 갔다."]),
    ],
)
def test_korean_rules(text, expected):
    assert split_sentences(text) == expected


def test_numbered_dates_are_not_boundaries():
    assert split_sentences("2010. 11. 12. 선고된 판결이다. 2010.11.12. 선고. 그날 비가 왔다.") == [
        "2010. 11. 12. 선고된 판결이다.", "2010.11.12. 선고.", "그날 비가 왔다."]
    # documented choice: a full date is never a boundary, even at the very end of a sentence
    assert split_sentences("The ruling came on 2010. 11. 12. The appeal followed.") == [
        "The ruling came on 2010. 11. 12. The appeal followed."]


def test_list_items_are_separate_sentences():
    text = "준비물:\n1. 첫째 항목입니다. 설명이 깁니다\n2) second item\n- item\n• 항목\n가. 하위 항목"
    assert split_sentences(text) == [
        "준비물:", "1. 첫째 항목입니다.", "설명이 깁니다", "2) second item", "- item", "• 항목",
        "가. 하위 항목"]
    assert split_sentences("1. The first step.\nIV. Results are good. More later.\n(2. Second one.") == [
        "1. The first step.", "IV. Results are good.", "More later.", "(2. Second one."]
    # after normalization the line-start items keep their own lines even though no sentence ends before them
    assert split_sentences(normalize_text("Steps\n1. mix well\n2. bake it\n- serve")) == [
        "Steps", "1. mix well", "2. bake it", "- serve"]


def test_placeholders_are_never_split_and_never_cause_a_boundary():
    text = ("[PERSON]에게 [PHONE_NUMBER]로 연락했다 [PERSON]는 답했다. Call [PHONE_NUMBER]. Then write "
            "to [EMAIL_ADDRESS] or Dr. [PERSON] at [LOCATION]. [PERSON] replied.")
    sentences = split_sentences(text)
    assert sentences == ["[PERSON]에게 [PHONE_NUMBER]로 연락했다 [PERSON]는 답했다.", "Call [PHONE_NUMBER].",
                         "Then write to [EMAIL_ADDRESS] or Dr. [PERSON] at [LOCATION].", "[PERSON] replied."]
    joined = " ".join(sentences)
    assert re.findall(r"\[[A-Z_]+\]", joined) == re.findall(r"\[[A-Z_]+\]", text)


def test_mixed_korean_english_paragraph():
    text = ("BERT는 구글이 2018년에 공개한 모델이다. It was trained on Wikipedia and BooksCorpus. "
            "우리는 v2.1 버전을 썼다 결과는 좋았습니다! Dr. Kim said \"It works.\" 다음 실험은 e.g. NSP 없이 "
            "진행했어요 그리고 성능을 비교했다.")
    assert split_sentences(text) == [
        "BERT는 구글이 2018년에 공개한 모델이다.", "It was trained on Wikipedia and BooksCorpus.",
        "우리는 v2.1 버전을 썼다", "결과는 좋았습니다!", "Dr. Kim said \"It works.\"",
        "다음 실험은 e.g. NSP 없이 진행했어요", "그리고 성능을 비교했다."]


def test_paragraph_breaks_and_single_newlines_are_boundaries():
    assert split_sentences("first part\nsecond part\n\nthird, and a. fourth") == [
        "first part", "second part", "third, and a. fourth"]
    assert split_sentences("a\r\nb\u2028c") == ["a", "b", "c"]  # any line break, even unnormalized


def test_min_sentence_chars_merges_short_fragments():
    text = "Ok. This one is long enough. Yes. And this one too."
    assert split_sentences(text, min_sentence_chars=5) == [
        "Ok. This one is long enough. Yes.", "And this one too."]
    assert split_sentences(text) == ["Ok.", "This one is long enough.", "Yes.", "And this one too."]
    with pytest.raises(ValueError, match="min_sentence_chars"):
        split_sentences(text, min_sentence_chars=0)


def test_empty_and_whitespace_input():
    assert split_sentences("") == []
    assert split_sentences(" \n\n \t ") == []


def test_format_document():
    assert format_document(["하나.", "Two."]) == "하나.\nTwo.\n"
    assert format_document([]) == ""
    for bad in (["ok", ""], ["ok", "  "], ["a\nb"]):
        with pytest.raises(ValueError, match="sentence 1|sentence 0"):
            format_document(bad)


_FRAGMENTS = [
    "Mr.", "Smith", "went", "home.", "그는", "갔다", "그리고", "왔다.", "3.14", "e.g.", "U.S.", "[PERSON]",
    "[PHONE_NUMBER]", "했다\"", "좋다.\"고", "...", "…", "Why?", "Yes!", "2010.", "11.", "12.", "1.", "- ",
    "•", "https://example.com/a.b", "a.b@example.com", "다른", "다음", "요.", "습니다", "(note.)", "J.",
    "etc.",
    " ", "  ", "\t", "\n", "\n\n", "\n\n\n", "\r\n", "\u00a0", "\u200b", "\u3000", "\x00", "\x07", "—", "a-",
]


@pytest.mark.parametrize("seed", range(200))
def test_invariants_on_random_documents(seed):
    rng = random.Random(seed)
    raw = "".join(rng.choice(_FRAGMENTS) + rng.choice(" \n") for _ in range(rng.randint(0, 60)))
    normalized = normalize_text(raw)
    sentences = split_sentences(normalized)
    assert all(sentence and sentence == sentence.strip() and "\n" not in sentence for sentence in sentences)
    # no character is lost or added: only whitespace differs
    assert re.sub(r"\s", "", "".join(sentences)) == re.sub(r"\s", "", normalized)
    assert split_sentences(normalize_text(normalized)) == sentences
    if sentences:
        assert format_document(sentences).count("\n") == len(sentences)
