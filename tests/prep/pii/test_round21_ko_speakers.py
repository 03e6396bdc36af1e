"""Round 21 (speakers of a Korean chat in brackets, an IRC or Discord log's layout: `[동희] 나 늦어`), written fresh
(no tuning row copied), both ways: the speakers found (`*_FOUND`) and the look-alike kept (`*_KEPT`: no finding at
all). The reading is `prep.pii.names_ko_layouts.bare_speakers`, the same as `동희: 나 늦어`'s."""

from __future__ import annotations

import pytest

from tests.prep.pii.test_round15_ko_recall import _covered  # every mention inside a PERSON finding

BRACKET_FOUND = [
    ("[태희] 오늘 스터디 몇시?\n[정우] 8시 카페에서\n[태희] ㅇㅋ 나 좀 늦음", ["태희", "정우"]),
    ("<하람> 레이드 ㄱ?\n<민석> 밥먹고\n<하람> 빨리와", ["하람", "민석"]),
    ("[경숙] 김장 언제 해?\n[영자] 다음주 토요일\n[경숙] 그래 그날 갈게\n[영자] 고무장갑 챙겨", ["경숙", "영자"]),
    ("[수정] 택배 왔어?\n[동현] 아직\n[수정] 경비실 가봐", ["수정", "동현"]),  # a name that is a word too (`수정`)
    # after a log's time, and before a messenger's time
    ("[2025-03-02 21:40] <재형> 오늘 던전 감?\n[2025-03-02 21:41] <유빈> ㄱㄱ\n[2025-03-02 21:43] <재형> 5분 뒤",
     ["재형", "유빈"]),
    ("가온 오후 10:20 내일 몇 시?\n태린 오후 10:21 9시\n가온 오후 10:22 ㅇㅋ", ["가온", "태린"]),
    ("상훈 09:12 오늘 회식 어디임?\n지석 09:13 을지로 ㅋㅋ 누구랑 가?\n상훈 09:15 팀 전체", ["상훈", "지석"]),
]
BRACKET_KEPT = [
    "[속보] 서울 지하철 2호선 운행 중단\n[단독] 새 요금제 발표 예정\n[속보] 운행 재개",
    "[공지] 이번주 정기모임 취소\n[알림] 회비 납부 마감\n[공지] 다음주에 다시 모여요",
    # ranks and members heading a unit's or a club's chat
    "[선임] 오늘 당직 누구냐\n[후임] 제가 합니다\n[선임] 순찰 두 번 돌아라",
    "[부원] 동아리방 열쇠 어디 있어요?\n[총무] 과방 책상 서랍\n[부원] 감사합니다",
    "[엄마] 밥 먹었어?\n[아들] 아직\n[엄마] 냉장고에 반찬 있어",
    # a schedule's rows are no messenger's speakers
    "출발 09:00 서울역\n도착 12:00 부산역\n출발 15:00 부산역",
    "회의 09:00 시작\n점심 12:00 구내식당\n회의 13:00 재개",
    # a board's tags, a song's parts, regions (review of this round)
    "[질문] 노트북 추천해 주세요\n[정보] 이번 주 특가 모음\n[질문] 이사 전입신고 방법\n[후기] 강릉 1박2일",
    "[서울] 원룸 양도합니다\n[경기] 투룸 전세 구해요\n[서울] 오피스텔 월세\n[인천] 상가 임대",
]


def test_round21_ko_pronoun_with_its_particle_is_no_name(scrubber):
    text = "[하람] 주말에 캠핑 감\n[민석] 헐 누구랑?\n[하람] 동아리 사람들"
    result = scrubber.scrub(text, "ko")
    assert not [f for f in result.findings if "누구" in text[f.start:f.end]]


@pytest.mark.parametrize(("text", "values"), BRACKET_FOUND)
def test_round21_ko_bracket_speakers_are_found(scrubber, text, values):
    result = scrubber.scrub(text, "ko")
    for value in values:
        assert _covered(result, text, value), (value, [text[f.start:f.end] for f in result.findings])


@pytest.mark.parametrize("text", BRACKET_KEPT)
def test_round21_ko_bracket_labels_that_are_no_one_stay(scrubber, text):
    result = scrubber.scrub(text, "ko")
    assert not result.findings, [text[f.start:f.end] for f in result.findings]


# A messenger's speaker (`[X] [오후 7:01]`, `X — 오늘 오후 8:40`, `2025. 2. 10. 오전 8:30 - X:`) is read as a name
# whatever the word, for given names that are words (`하늘`, `보람`); a handle, a role or a team is not name-shaped
# (`prep.pii.names_ko_layouts.LayoutContexts._speakers`, round 21's clean group chats t22).
APP_SPEAKERS_KEPT = [
    "[현장반장] [오전 7:30] 오늘 2층 거푸집 해체\n[타일팀] [오전 7:32] 자재 언제 들어와요?\n"
    "[현장반장] [오전 7:33] 10시",
    "강철멘탈 — 오늘 오후 9:02\n레이드 한 자리 남음\n물약장수 — 오늘 오후 9:03\n저 갈게요",
    "2025. 3. 4. 오후 8:00 - 입주민: 주차 스티커 어디서 받아요?\n2025. 3. 4. 오후 8:02 - 관리사무소: 1층 사무실이요",
    "[반장님] [오후 6:00] 내일 조기축구 7시\n[골키퍼] [오후 6:01] 저 늦어요\n[반장님] [오후 6:02] ㅇㅋ",
]
APP_SPEAKERS_FOUND = [
    ("[하늘] [오후 7:02] 거의 다 옴\n[정민호] [오후 7:03] 주차중\n[하늘] [오후 7:05] 빨리 와", ["하늘", "정민호"]),
    ("김다온 — 오늘 오후 9:02\n레이드 ㄱ?\n보람 — 오늘 오후 9:03\n저 갈게요", ["김다온", "보람"]),
    ("[남궁지호] [오전 8:10] 출발\n[유하] [오전 8:11] 나도", ["남궁지호", "유하"]),
    ("[도현아빠] [오후 9:00] 내일 소풍 도시락 챙기세요\n[예린엄마] [오후 9:01] 네~", ["도현", "예린"]),  # kin glued on
    # a fan's decoration or a title glued on (review of this round)
    ("수아짱 — 오늘 오후 8:30\n다들 도착?\n태오 — 오늘 오후 8:31\n거의\n수아짱 — 오늘 오후 8:33\nㅇㅋ",
     ["수아", "태오"]),
    ("윤선생  09:12\n오늘 보강 있어요\n다은  09:14\n네 알겠습니다\n윤선생  13:05\n3시에 봐요", ["윤선생", "다은"]),
    # a word-like name alone among roles: the messenger's slot marks it (WhatsApp's dash, Slack's two spaces)
    ("2025. 5. 2. 오전 9:00 - 반장: 오늘 점검\n2025. 5. 2. 오전 9:05 - 보람: 네 확인\n"
     "2025. 5. 2. 오전 9:10 - 주임: 3층부터\n2025. 5. 2. 오전 9:12 - 보람: 알겠습니다", ["보람"]),
    ("반장  09:00\n오늘 점검\n보람  09:05\n네 확인\n주임  09:10\n3층부터\n보람  09:12\n알겠습니다", ["보람"]),
]


@pytest.mark.parametrize("text", APP_SPEAKERS_KEPT)
def test_round21_ko_app_speaker_that_is_a_role_or_handle_stays(scrubber, text):
    result = scrubber.scrub(text, "ko")
    assert not result.findings, [text[f.start:f.end] for f in result.findings]


@pytest.mark.parametrize(("text", "values"), APP_SPEAKERS_FOUND)
def test_round21_ko_app_speaker_that_is_a_name_is_found(scrubber, text, values):
    result = scrubber.scrub(text, "ko")
    for value in values:
        assert _covered(result, text, value), (value, [text[f.start:f.end] for f in result.findings])


# A message's verb or word is no name where the tagger reads the slot after a found speaker (review of this round).
MESSAGE_WORDS_KEPT = [
    ("<태린> 집 앞이야 도착하면 연락줘\n<가온> ㅇㅋ\n<태린> 애들 재웠어\n<가온> 수고", ["연락줘", "재웠어"]),
    ("[태린] 방금 도착\n[가온] 나도 거의\n[태린] 확인\n[가온] ㄱㄱ", ["도착", "확인"]),
]


@pytest.mark.parametrize(("text", "words"), MESSAGE_WORDS_KEPT)
def test_round21_ko_message_words_are_no_names(scrubber, text, words):
    result = scrubber.scrub(text, "ko")
    found = [text[f.start:f.end] for f in result.findings]
    assert _covered(result, text, "태린") and _covered(result, text, "가온"), found
    assert not any(word in value for word in words for value in found), found
