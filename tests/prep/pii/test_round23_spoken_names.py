"""Round 23: Korean names said syllable by syllable in speech (`prep.pii.names_ko_spaced`): a speaker's own name in a
self-introduction closed by a copula (`said_self`) and a list of spaced given names (`spaced_lists`); the look-alikes
(a word typed with stray spaces, a list of sizes or ingredients) stay. Written fresh, no tuning row copied."""

import pytest


def _people(scrubber, text):
    return [text[f.start:f.end] for f in scrubber.scrub(text, "ko").findings if f.entity == "PERSON"]


@pytest.mark.parametrize(("text", "name"), [
    ("진행자: 한 말씀 부탁드려요\n게스트: 네 안녕하세요 저는 하 윤입니다", "하 윤"),
    ("[음성메모] 팀장님 저 우 지 호인데요 내일 반차 쓰겠습니다", "우 지 호"),
    ("야 나 채 은인데 폰 바꿨어", "채 은"),
    ("상담사: 성함이요?\n고객: 제 이름은 모 세 린이고 예약 변경하려고요", "모 세 린"),
    ("출석: 예 린, 도 윤, 시 우 모두 참석", "예 린"),
])
def test_spaced_names_in_speech_are_found(scrubber, text, name):
    assert any(name in p or p in name for p in _people(scrubber, text))


@pytest.mark.parametrize("text", [
    "저는 사 과입니다 ㅋㅋ 오타",
    "나 진 짜 화났어",
    "저는 한 국인입니다",
    "사이즈: 대 형, 중 형, 소 형",
    "재료: 소 금, 후 추, 설 탕 약간",
    "좌석은 가 열, 나 열 중에 고르세요",
])
def test_spaced_words_stay(scrubber, text):
    assert _people(scrubber, text) == []


@pytest.mark.parametrize("text", [
    "주소 불러줄게 서울시관악구신림로23길 1 6 - 4 지층 B01호",
    "할머니댁 주소 보낸다 충남 공주시 웅진로 4 5-2",
])
def test_a_house_number_spaced_digit_by_digit_is_in_the_address(scrubber, text):
    """Round 23 (`view_ocr.spaced_house_number_edits`): the view joins the digits, the address covers them."""
    assert "[STREET_ADDRESS]" in scrubber.scrub(text, "ko").text
    assert not any(c.isdigit() for c in scrubber.scrub(text, "ko").text.split("]")[-1][:3])


@pytest.mark.parametrize("text", ["2호선 강남역 3 4번 출구", "김밥 2 3 개 주문했어요"])
def test_spaced_counts_stay(scrubber, text):
    assert scrubber.scrub(text, "ko").text == text

# `prep.pii.names_ko_spoken`: a name said in a turn, after a kin word or a title, or written together after a surname.
@pytest.mark.parametrize(("text", "name"), [
    ("상담원: 본인 확인 부탁드립니다\n고객: 네 봉 서 준이구요 생일은 말씀드릴게요", "봉 서 준"),
    ("내담자: 저희 아내가 탁 미 경인데 요즘 잠을 못 자요", "탁 미 경"),
    ("택배 받는사람 표 하 린으로 해주세요", "표 하 린"),
    ("조교님이 국 서 아 학생 찾으셨어요", "국 서 아"),
    ("직원: 예약자 성함이요\n손님: 네 변 다인이요", "변 다인"),
    ("상담원: 받는 분 성함은요\n고객: 채 보미요 보미", "채 보미"),
])
def test_spoken_names_are_found(scrubber, text, name):
    assert name in _people(scrubber, text)


def test_pronoun_before_a_spaced_name_is_the_speaker(scrubber):
    text = "나 두 영 수인데 계좌 번호 보낼게"
    assert _people(scrubber, text) == ["두 영 수"]


@pytest.mark.parametrize("text", [
    "상담사: 무엇을 도와드릴까요\n고객: 네 이 정도요 요금이 너무 나와서요",
    "받는사람 우 리집으로 보내줘",
    "받는사람 우 리 집으로",
    "고객: 어 조 아요 그걸로 할게요",
    "[식당 예약 콜]\n직원: 몇 분이세요\n고객: 네 두 분이요",
    "고객: 네 전 사원이고요 영업팀이에요",
    "고객: 저 임 대리인데요 회의실 때문에요",
    "[브이로그 자막] 오늘은 서문 시장이요",
    "고객: 네 신 용카드요 일시불로요",
    "교수님이 이 학교 학생 아니면 못 들어온대",
])
def test_spoken_look_alikes_stay(scrubber, text):
    assert _people(scrubber, text) == []


# `prep.pii.names_ko._PARTICLES`: a chat asks whether it is someone by gluing `맞지`/`맞음` to the full name.
@pytest.mark.parametrize(("text", "name"), [
    ("야 너 반하준맞지? 3반", "반하준"),
    ("오늘 사회자 탁은서맞죠?", "탁은서"),
])
def test_name_glued_to_a_confirming_ending_is_found(scrubber, text, name):
    assert name in _people(scrubber, text)


@pytest.mark.parametrize("text", ["우리팀 최고맞지", "결과 정상맞음", "이거 한정판맞죠?", "그분 이사맞아"])
def test_word_glued_to_a_confirming_ending_stays(scrubber, text):
    assert _people(scrubber, text) == []
