"""Korean person names wherever they appear (`prep.pii.names_ko`): one test per failure class of issue 15,
on sentences written for these tests (none is a tuning row), and the look-alikes that must stay."""

from __future__ import annotations

import pytest

from prep.pii.names_ko import KoreanNameDetector, KoreanNameRecognizer, has_final, is_name_tail
from prep.pii.recognizers import build_recognizers


@pytest.fixture(scope="module")
def detector() -> KoreanNameDetector:
    return KoreanNameDetector()



def names(detector: KoreanNameDetector, text: str) -> list[str]:
    return [text[s:e] for s, e in detector.find(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("어제 박서연이랑 밥 먹었어", "박서연"),  # no cue word, a particle glued on
    ("주말에 최지훈한테 책을 빌렸다", "최지훈"),
    ("회의록은 김도현이가 정리하기로 함", "김도현"),
    ("그 얘기는 윤채원에게 직접 들었어요", "윤채원"),
    ("이번 발표는 류하진이 맡는다", "류하진"),
    ("장민재는 오늘 결석했습니다", "장민재"),
])
def test_names_without_a_cue_word_and_with_particles(detector, text, expected):
    assert expected in names(detector, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("지호야 숙제 다 했어?", "지호"),  # vocative 야 after an open syllable
    ("수빈아, 내일 몇 시에 봐?", "수빈"),  # vocative 아 after a final consonant
    ("우리 도윤이는 요즘 축구에 빠졌어요", "도윤"),  # hypocoristic 이 + particle
    ("하준이랑 같이 갈게", "하준"),
])
def test_given_names_alone(detector, text, expected):
    assert expected in names(detector, text)


def test_chat_speaker_labels(detector):
    text = "[오후 3:12] 김민준 : 오늘 저녁 어때?\n[오후 3:15] 서지우 : 좋아 7시에 보자\n"
    found = names(detector, text)
    assert "김민준" in found and "서지우" in found
    export = "2023년 5월 2일 오후 9:01, 하윤 : 도착했어\n"
    assert "하윤" in names(detector, export)


def test_lists_joined_by_separators_or_lines(detector):
    sponsors = "발  의  자 : 박지성ㆍ유재석ㆍ김연경 의원 등 12인"
    assert {"박지성", "유재석", "김연경"} <= set(names(detector, sponsors))
    team = "참석 인원: 다은/서준/예린/시온"
    assert {"다은", "서준", "예린", "시온"} <= set(names(detector, team))
    lines = "공동발의자 명단\n\n정우성\n한가인\n오민석\n\n(3인)"
    assert {"정우성", "한가인", "오민석"} <= set(names(detector, lines))


@pytest.mark.parametrize(("text", "expected"), [
    ("수령인: 방춘자\n주소: (생략)", "방춘자"),
    ("환자성명: 염태오  나이: 61", "염태오"),
    ("보호자 : 탁미숙 (모)", "탁미숙"),
    ("1당사자\t국혜리\t010-0000-0000", "국혜리"),
])
def test_field_labels_never_listed(detector, text, expected):
    assert expected in names(detector, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("남궁민아 씨가 오셨어요", "남궁민아"),
    ("선우재현 팀장님께 보고드렸습니다", "선우재현"),
    ("제갈현우랑 통화했어", "제갈현우"),
    ("황보슬기의 발표가 인상적이었다", "황보슬기"),
    ("독고준호 선수가 결승골을 넣었다", "독고준호"),
])
def test_two_syllable_surnames(detector, text, expected):
    assert expected in names(detector, text)


def test_names_written_with_spaces_between_syllables(detector):
    assert "김 민 준" in names(detector, "성 명 : 김 민 준\n생년월일: 1990-01-01")
    assert "설 윤" in names(detector, "성    명 : 설 윤\n")


def test_real_names_from_the_lexicon(detector):
    # Lawmakers' names as a bill lists them: in MeCab-ko's person names, whatever the syllable model says.
    text = "발의자: 어기구의원 외 9인. 제안자 안철수 의원, 조정식 의원."
    found = names(detector, text)
    assert {"어기구", "안철수", "조정식"} <= set(found)


def test_a_name_found_once_is_found_everywhere_in_the_document(detector):
    text = "보낸 사람: 임나연\n\n나연 님, 회의 자료 보내드립니다."
    found = detector.find(text)
    assert len(found) == 2 and text[found[1][0]:found[1][1]] == "나연"


@pytest.mark.parametrize("text", [
    "감사원장은 12일 감사 결과를 발표했다.",
    "이사회는 민주주의원칙에 따라 운영되어야 한다.",
    "이번 정부는 조사 결과를 강조했다. 한국 신청 장소는 추후 공지한다.",
    "정부가 발표한 정책에 대해 한국은행은 신중한 입장이다.",
    "전직원 대상 교육은 공영주차장 옆 강당에서 진행됩니다.",
    "이상한 소리가 나면 고객센터로 문의하세요.",
    "유성구 장기동 주공아파트 앞에서 만나요.",
    "회비는 총무 계좌로 보내주세요. 문의유형: 교환/반품",
    "참석: 이사장, 상임이사, 감사, 사무국장",
    "변경은 대표번호로 연락주세요. 성별/나이: M/34",
])
def test_look_alikes_stay(detector, text):
    assert names(detector, text) == []


def test_korean_names_in_an_english_document_are_found_by_the_english_recognizers_too():
    # Registered for every language: a Korean name in an English e-mail still goes.
    for language in ("ko", "en"):
        recognizers = [r for r in build_recognizers(language) if isinstance(r, KoreanNameRecognizer)]
        assert len(recognizers) == 1
        results = recognizers[0].analyze("Please forward this to 김지원 씨 today.", ["PERSON"])
        assert [(r.entity_type, r.start, r.end) for r in results] == [("PERSON", 23, 26)]


def test_scrub_replaces_names_and_keeps_particles(scrubber):
    result = scrubber.scrub("어제 박서연이랑 밥 먹었어. 서연아 또 보자!", "ko")
    assert result.text.startswith("어제 [PERSON]이랑 밥 먹었어. [PERSON]") and "서연" not in result.text
    assert result.counts == {"PERSON": 2}


def test_text_without_hangul_costs_one_scan(detector):
    assert detector.find("Initial Developer: see the LICENSE file. " * 50) == []


def test_helpers():
    assert has_final("민") and not has_final("호")
    assert is_name_tail("") and is_name_tail("이랑") and is_name_tail("선생님께서는") and not is_name_tail("했다")
