"""Round 23 (Korean clean rows), written fresh (no tuning row copied), both ways: the look-alike kept (`KEPT`: no
finding at all) and the real name in the same slot found (`FOUND`)."""

from __future__ import annotations

import pytest

from tests.prep.pii.test_round15_ko_recall import _covered  # every mention inside a PERSON finding


def _chat(*lines: tuple[str, str]) -> str:
    """A KakaoTalk PC export's lines, `[speaker] [오후 7:0N] message`."""
    return "\n".join(f"[{who}] [오후 7:0{n}] {said}" for n, (who, said) in enumerate(lines))


# A: a chat speaker's label that is a role, a title with `님`, a group's member, a handle or a parent by children
# (`prep.pii.names_ko_speakers`).
SPEAKER_KEPT = [
    _chat(("장로님", "수련회 버스 두 대 예약"), ("집사님", "간식은 제가 챙길게요"), ("장로님", "감사합니다")),
    _chat(("코치님", "내일 훈련 7시"), ("주장", "전원 참석 가능"), ("코치님", "장비 챙기세요")),
    _chat(("운영진", "굿즈 배송 시작"), ("팬", "언제 도착해요?"), ("운영진", "이번 주 안에")),
    _chat(("외할머니", "김장 언제 하니"), ("손주", "토요일요"), ("외할머니", "그래")),
    _chat(("방장", "나눔 규칙 공지"), ("세아이맘", "아기띠 나눔해요"), ("방장", "감사")),
    _chat(("방장", "질문 환영"), ("캠핑초보", "텐트 추천 부탁"), ("방장", "네")),
    "[오후 3:18] 총무: 회비 공지\n[오후 3:19] 고문님: 수고 많네\n[오후 3:20] 총무: 감사합니다",
    _chat(("길드마스터", "레이드 8시"), ("탱커장인", "ㅇㅋ"), ("길드마스터", "늦지 마세요")),
    _chat(("점장님", "재고 확인"), ("야간조", "완료했습니다"), ("점장님", "수고")),
]
# ... a person speaks in the same slot: a given name that is a word, a title or decoration on a name, a role word
# that is also a given name where a person speaks beside it.
SPEAKER_FOUND = [
    (_chat(("하늘", "나 먼저 갈게"), ("보람", "조심히 가"), ("하늘", "응")), ["하늘", "보람"]),
    (_chat(("은혜", "아멘"), ("목사님", "평안하세요"), ("은혜", "감사합니다")), ["은혜"]),
    (_chat(("권지혜", "회의 몇 시죠"), ("감독님", "세 시"), ("권지혜", "넵")), ["권지혜"]),
    (_chat(("지수님", "안녕하세요"), ("팬", "반가워요"), ("지수님", "네")), ["지수"]),
    (_chat(("동창", "오랜만"), ("서윤", "반가워"), ("동창", "ㅋㅋ")), ["동창", "서윤"]),
    (_chat(("성도", "아멘"), ("하늘", "감사합니다"), ("성도", "평안")), ["성도", "하늘"]),
    (_chat(("김성도", "아멘"), ("박조원", "감사"), ("김성도", "평안")), ["김성도", "박조원"]),
    (_chat(("하린이", "ㅇㅇ"), ("예린이", "ㄱㄱ"), ("하린이", "ㅇㅋ")), ["하린", "예린"]),
    ("[오후 3:18] 지현: 날씨 좋다\n[오후 3:19] 고문님: 다행이네\n[오후 3:20] 지현: ㅇㅋ", ["지현"]),
    ("[보람] 나 늦어\n[팬] ㅇㅋ\n[보람] 미안", ["보람"]),
]

# B: a group chat's room in a KakaoTalk export's header (`prep.pii.names_ko_roles.room_name`); a 1:1 chat's names a
# person there.
ROOM_KEPT = [
    "동호회 공지방 님과 카카오톡 대화\n저장한 날짜 : 2025-02-03 21:10:00",
    "우리 가족 단톡 님과 카카오톡 대화\n저장한 날짜 : 2025-02-03 21:10:00",
]
# C: round 23's review: names the first versions lost (a role word that is a given name, a saved contact's prefix,
# a name after a mask, a handle's end after a full name), written afresh.
REVIEWED = [
    ("[엄마] [오후 7:00] 밥 먹었니\n[미정] [오후 7:01] 응 먹었어\n[아빠] [오후 7:02] 그래", ["미정"]),
    ("[대원] [오후 7:00] 나 내일 못 가", ["대원"]),
    ("회사 김민지 님과 카카오톡 대화\n저장한 날짜 : 2025-02-03 21:10:00", ["김민지"]),
    ("○○김민수 학생 보호자님께 안내드립니다", ["김민수"]),
    ("[최유진초보] [오후 7:00] 텐트 추천 부탁드려요\n[방장] [오후 7:01] 네", ["최유진"]),
]
ROOM_FOUND = [
    ("○김민수 주무관 배석", ["김민수"]),
    ("○○초등학교 이하늘 선생님", ["이하늘"]),
    ("박서연 님과 카카오톡 대화\n저장한 날짜 : 2025-02-03 21:10:00", ["박서연"]),
    ("김민지 님과 카카오톡 대화\n저장한 날짜 : 2025-02-03 21:10:00", ["김민지"]),
    ("하늘 님과 카카오톡 대화\n저장한 날짜 : 2025-02-03 21:10:00", ["하늘"]),
    ("민지방 님과 카카오톡 대화\n저장한 날짜 : 2025-02-03 21:10:00", ["민지방"]),  # a room named after a person
]


@pytest.mark.parametrize("text", SPEAKER_KEPT + ROOM_KEPT)
def test_round23_ko_look_alike_stays(scrubber, text):
    result = scrubber.scrub(text, "ko")
    assert not result.findings, [text[f.start:f.end] for f in result.findings]


@pytest.mark.parametrize(("text", "values"), SPEAKER_FOUND + ROOM_FOUND + REVIEWED)
def test_round23_ko_name_in_the_same_slot_is_found(scrubber, text, values):
    result = scrubber.scrub(text, "ko")
    for value in values:
        assert _covered(result, text, value), (value, [text[f.start:f.end] for f in result.findings])
