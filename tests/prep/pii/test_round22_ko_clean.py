"""Round 22 (Korean words whose shape says role or noun, `prep.pii.names_ko_roles`), written fresh (no tuning row
copied), both ways: the look-alike kept (`KEPT`: no finding at all) and the real name in the same slot found
(`FOUND`)."""

from __future__ import annotations

import pytest

from tests.prep.pii.test_round15_ko_recall import _covered  # every mention inside a PERSON finding

# A: a shift or a team as a chat's speaker: a common word and a team suffix (`오전조`, `오후조`).
TEAM_KEPT = [
    "[물류센터]\n오전조: 상차 완료\n오후조: 인수인계 받았습니다",
    "[편의점 교대]\n야간조: 재고 정리 끝났어요\n주간조: 확인했습니다\n야간조: 냉장고 온도 체크 부탁",
]
# ... a speaker who is a name stays, a word-like given name and a name in `조` too (`영조`, `정상조`).
TEAM_FOUND = [
    ("민호: 어디야\n서윤: 가는 중\n민호: 빨리 와", ["민호", "서윤"]),
    ("보람: 나 도착\n하늘: ㅇㅋ\n보람: 어디?", ["보람", "하늘"]),
    ("지훈: ㅇㅋ\n영조: 나도 갈게\n지훈: 그래", ["지훈", "영조"]),
    ("축사를 맡은 반응조 교수는 연구 성과를 소개했다.", ["반응조"]),
    ("정상조: 회의 시작합니다\n김영조: 네\n정상조: 안건 1번", ["정상조", "김영조"]),
]
# B: a paper's noun after a cue; `아님` glued to a set phrase's word. (`정규직 약사` and `이디야` are read as names
# again after round 22's review: the lexicon cannot tell them from `최화우 간호사`, `유랑아`.)
NOUN_KEPT = [
    "입장 시 보호자 신분증 확인",
    "오늘 시험 장난아님 진짜",
]
NOUN_FOUND = [
    ("보호자 김민수 연락 바랍니다", ["김민수"]),
    ("보호자 한가람 지참", ["한가람"]),
    ("보호자 한그루 지참", ["한그루"]),
    ("이름 한우진", ["한우진"]),
    ("정기성 씨가 왔다", ["정기성"]),
    ("김수아님 안녕하세요", ["김수아"]),
    ("이지아님 예약 확인되었습니다", ["이지아"]),
    ("김민준 약사가 설명했다", ["김민준"]),
    ("보호자 이상은 방문", ["이상은"]),
    ("누리야 어디야", ["누리"]),
    ("유나야 밥 먹었어?", ["유나"]),
    ("은한결 선생님 퇴임식", ["은한결"]),
    ("배우 한그루 씨가 결혼했다", ["한그루"]),
    ("★★★★★ 방사장님 너무 친절하세요", ["방"]),
    # round 22's review: names the first version lost
    ("현정아, 밥 먹었어?", ["현정"]),
    ("유랑아 오늘 몇 시에 와?", ["유랑"]),
    ("이소아님 예약 확인되었습니다", ["이소아"]),
    ("이재아님께서 주문하셨습니다", ["이재아"]),
    ("환자 최화우 간호사 확인", ["최화우"]),
    ("담당: 차운혁 약사\n문의 02-123-4567", ["차운혁"]),
    ("보호자 정지표 (010-2345-6789)", ["정지표"]),
]


@pytest.mark.parametrize("text", TEAM_KEPT + NOUN_KEPT)
def test_round22_ko_role_or_noun_stays(scrubber, text):
    result = scrubber.scrub(text, "ko")
    assert not result.findings, [text[f.start:f.end] for f in result.findings]


@pytest.mark.parametrize(("text", "values"), TEAM_FOUND + NOUN_FOUND)
def test_round22_ko_name_in_the_same_slot_is_found(scrubber, text, values):
    result = scrubber.scrub(text, "ko")
    for value in values:
        assert _covered(result, text, value), (value, [text[f.start:f.end] for f in result.findings])
