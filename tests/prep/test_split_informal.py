"""Issue 19's miss classes, with sentences written for these tests (not copies of the tuning rows)."""

import pytest

from prep.normalize import normalize_text
from prep.split import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dose given at 9:45 p.m. Patient slept well.", ["Dose given at 9:45 p.m.", "Patient slept well."]),
        ("Labs drawn at 6 a.m. Potassium was low.", ["Labs drawn at 6 a.m.", "Potassium was low."]),
        ("The rally starts at 7 p.m. Saturday downtown.", ["The rally starts at 7 p.m. Saturday downtown."]),
        ("Arrive by 8 a.m. sharp.", ["Arrive by 8 a.m. sharp."]),
        ("I tried restarting, reinstalling, etc. Still nothing.",
         ["I tried restarting, reinstalling, etc.", "Still nothing."]),
        ("Proofs are in Appendix C. Our method is faster.", ["Proofs are in Appendix C.", "Our method is faster."]),
        ("Tables are listed in App. C. Results follow.", ["Tables are listed in App. C.", "Results follow."]),
        ("It ends on Oct. 3. Please reply.", ["It ends on Oct. 3.", "Please reply."]),
        ("Fees are waived. 5. Termination. Either side may end it.",
         ["Fees are waived.", "5. Termination.", "Either side may end it."]),
    ],
)
def test_abbreviation_or_number_ending_a_sentence(text, expected):
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("어제 처음 요가 해봤음 생각보다 힘들었음 다음 주에 또 감",
         ["어제 처음 요가 해봤음", "생각보다 힘들었음", "다음 주에 또 감"]),
        ("택배 아직 안 옴 문의했더니 지연 중이라고 함 짜증남",
         ["택배 아직 안 옴 문의했더니 지연 중이라고 함", "짜증남"]),
        ("이거 진짜 맛집임 줄이 너무 길었음ㅠㅠ 그래도 또 갈 듯",
         ["이거 진짜 맛집임", "줄이 너무 길었음ㅠㅠ", "그래도 또 갈 듯"]),
        ("오늘 발표 망했어ㅋㅋ 내일 다시 해야 됨", ["오늘 발표 망했어ㅋㅋ", "내일 다시 해야 됨"]),
        ("수리 완료됨 비용은 나중에 안내 예정", ["수리 완료됨", "비용은 나중에 안내 예정"]),
        ("이게 말이 되냐 진짜 어이없네", ["이게 말이 되냐", "진짜 어이없네"]),
        ("내일 갈게요 기다려 주세요", ["내일 갈게요", "기다려 주세요"]),
        ("드디어 합격했다!!! 🎊 다들 고마워 :) 밥 살게", ["드디어 합격했다!!! 🎊", "다들 고마워 :)", "밥 살게"]),
        ("좋아요^^ 또 올게요", ["좋아요^^", "또 올게요"]),
    ],
)
def test_informal_korean_without_final_punctuation(text, expected):
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "부가세 포함 가격은 만 원이다.",  # `포함` is a noun
        "온라인 게임 추천 부탁해요.",  # `게임` is a noun
        "민수: ㅇㅋ 곧 갈게",  # a response word after a name label opens the sentence
        "ㅋㅋ 그거 진짜 웃기다",  # an emoticon opening a line
        "처음 마음 그대로 간다.",  # `처음`, `마음` are nouns
    ],
)
def test_informal_rules_leave_nouns_and_openers_alone(text):
    assert split_sentences(text) == [text]


def test_quote_attribution_stays_with_its_quote():
    assert split_sentences('"Is anyone home?" Maria called. Nobody answered.') == [
        '"Is anyone home?" Maria called.', "Nobody answered."]
    assert split_sentences('"Close the door." The wind was strong.') == [
        '"Close the door."', "The wind was strong."]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("주말에 뭐 해\n집에서 쉬려고\n그럼 영화 보자", ["주말에 뭐 해", "집에서 쉬려고", "그럼 영화 보자"]),
        ("Hi team,\nThe release moved to Monday.\nCheers,\nAlex", ["Hi team,", "The release moved to Monday.",
                                                             "Cheers,", "Alex"]),
        ("정기 총회 안내\n일시: 2025. 3. 8.(토) 14:00\n장소는 추후 공지합니다.",
         ["정기 총회 안내", "일시: 2025. 3. 8.(토) 14:00", "장소는 추후 공지합니다."]),
        ("The committee reviewed the proposal in detail and\nrequested two changes before approval.",
         ["The committee reviewed the proposal in detail and requested two changes before approval."]),
        ("위원회는 제출된 개정안을 검토한 결과 일부 조항의\n수정을 요구하였다.",
         ["위원회는 제출된 개정안을 검토한 결과 일부 조항의 수정을 요구하였다."]),
    ],
)
def test_line_structure_kept_unless_the_paragraph_is_hard_wrapped(raw, expected):
    assert split_sentences(normalize_text(raw)) == expected
