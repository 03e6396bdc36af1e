"""Round 14 (Korean clean rows), written fresh (no tuning row copied), both ways: the look-alike kept (`CLEAN`) and
the name found (`PEOPLE`).

Class: a document whose one Korean name candidate is a dictionary word that nothing marks as a person's
(`prep.pii.names_ko_alone`): a group before a plural honorific (`성도님들`), a word after a role (`팀장 승인`), the
start of a longer word (`노래자|랑`); and anywhere, a counter glued to a number (`9,000원인데`, `제7호서식`). The
same words stay names where a vocative, the hypocoristic `-이`, a title or `님`, a kin word before or after, a chat
speaker's slot, a self-introduction or a particle that takes a person marks them, and wherever the document holds
another candidate or another personal value.
"""

from __future__ import annotations

import pytest

CLEAN = [
    # a group before a plural honorific
    "교회 소식\n이번 주 예배에 참석해 주신 성도님들께 감사드립니다.",
    "[안내] 새해 예배 후 떡국 나눔이 있습니다. 봉사해 주신 성도님들 고맙습니다.",
    # a word after a role
    "회의 안건: 승인 절차 개선\n팀장 승인 후 시행",
    "연차는 부서장 승인 후 사용할 수 있습니다.",
    # a word and its particle after a ministry whose name ends like a person noun (`통신부`, not `신부`)
    '과학기술정보통신부 장관은 "연구 예산을 늘리겠다"고 밝혔다.',
    # a word after `이름` that is no field label (no colon)
    "기부자는 끝내 이름 공개를 원하지 않았다.",
    # the start of a longer word
    "구민 노래자랑 본선 안내",
    "제9회 군민 노래자랑 참가자 모집",
    # a counter glued to a number (a price, a form's number)
    "냉면 한 그릇 9,000원인데 양이 적어요",
    "별지 제7호서식 신청서를 제출한다",
]

PEOPLE = [
    # a vocative, the hypocoristic `-이`
    ("누리야 밥 먹었어?", ["누리"]),
    ("오늘 보람이랑 영화 봤다 ㅎㅎ", ["보람"]),
    ("우리 보람이 오늘 첫 돌이에요", ["보람"]),
    # an honorific or a title after
    ("슬기님 덕분에 환불 잘 받았어요", ["슬기"]),
    ("정상 선생님 수업 진짜 재밌어요", ["정상"]),
    ("소라 원장님 손이 섬세하세요", ["소라"]),
    # a kin word before or after
    ("동생 단비 졸업식 다녀옴", ["단비"]),
    ("진주 엄마 연락 좀 주세요", ["진주"]),
    ("신부 측 혼주 소개: 차녀 나래", ["나래"]),
    # a person's field label with a note, or a colon
    ("인수자(실명) 하늘", ["하늘"]),
    ("성명: 하늘", ["하늘"]),
    # a chat speaker's slot
    ("[오후 3:10] 하늘 : 어디야?", ["하늘"]),
    ("[대화] 2024. 3. 1. 오후 2:10, 보람 : 도착했어", ["보람"]),
    ("다솜: 할머니 저 내려갈게요\n할머니: 그래 조심히 와", ["다솜"]),
    # a self-introduction; a particle that takes a person after a common given name
    ("저는 하늘이에요. 잘 부탁드려요", ["하늘"]),
    ("승인이랑 통화했는데 내일 온대", ["승인"]),
    # a known full name; a surname and a given name that start with a word, a title after
    ("오늘 서점에서 이성재 봤는데 실물 대박", ["이성재"]),
    ("오늘 회의에 박수도 의원이 참석했다", ["박수도"]),
    ("조결윤 환자 내일 퇴원 예정", ["조결윤"]),
    # a name after a number, written apart
    ("3반 김서연이 1등 했어요", ["김서연"]),
    ("2번 박서연 선수 골", ["박서연"]),
]


@pytest.mark.parametrize("text", CLEAN)
def test_round14_ko_lone_words_are_left_alone(scrubber, text):
    result = scrubber.scrub(text, "ko")
    assert not result.findings, [(f.entity, text[f.start:f.end]) for f in result.findings]


@pytest.mark.parametrize(("text", "values"), PEOPLE)
def test_round14_ko_marked_names_are_found(scrubber, text, values):
    result = scrubber.scrub(text, "ko")
    assert all(v not in result.text for v in values), result.text


# Review of round 14 (`prep.pii.names_ko_alone`), in our own words, both ways: a person's mark that the detectors'
# own lists know keeps a name-word (`NAMES_MARKED`), and the veto still drops a word that no such mark carries
# (`WORDS_UNMARKED`).
NAMES_MARKED = [
    # A: a title of the detectors' lists (church, school, office ranks; 선배/후배/샘; 님 after any rank)
    ("은비 권사님 병문안 다녀왔어요", ["은비"]),
    ("하늘 조교 메일 받았어", ["하늘"]),
    ("보람 지점장님께 보고드림", ["보람"]),
    ("이슬 상무님 출장 중", ["이슬"]),
    ("한결 선배 제대했대", ["한결"]),
    ("미소 후배 취업 축하", ["미소"]),
    ("가람 샘 수업 좋아요", ["가람"]),
    ("진주 전무님 은퇴식", ["진주"]),
    ("노을 트레이너님 PT 최고", ["노을"]),
    # B: a title that is a common noun too, written apart
    ("한결 대리 보고서 올렸어요", ["한결"]),
    ("나래 과장 휴가 중", ["나래"]),
    ("은비 검사 내일 출석", ["은비"]),
    ("고은 이사 다음 주 복귀", ["고은"]),
    # C: a person noun or a kin word before (`매형` is a kin word)
    ("이웃 하늘 이사 간다네", ["하늘"]),
    ("절친 진주 이사 갔어요", ["진주"]),
    ("신입 수정 이사 간대요", ["수정"]),
    ("매형 민주 이사 갔대", ["민주"]),
    # D: a person's field label the field readers know
    ("받는 사람: 하늘 확인", ["하늘"]),
    ("받는 사람 인정", ["인정"]),
    ("예금주: 지수 확인 부탁", ["지수"]),
    ("담당 미래", ["미래"]),
    # E: a letter's sign-off
    ("항상 감사합니다. 한결 드림", ["한결"]),
    ("다음에 또 뵙겠습니다. 보람 올림", ["보람"]),
    ("건강하세요. 이슬 배상", ["이슬"]),
    # F: another person in the document (a baptismal name, a word with a mark): the tagger still reads it
    ("팀장 승인 완료. 담당은 소피아", ["소피아"]),
    ("성도님들 환영합니다. 오늘 안내는 마리아", ["마리아"]),
    ("부장 승인 필요 (작성: 누리)", ["누리"]),
    ("백미 님 배송 문의", ["백미"]),
    # G: a surname after a digit that is a counter too, before a common given name or a known full name
    ("등번호10손흥민 선발", ["손흥민"]),
    ("3정민수 선수 득점", ["정민수"]),
    ("명단: 1주지훈 2박서준", ["주지훈", "박서준"]),
    # a surname and one syllable before a title, a rare dictionary word or not (the demo corpus's `홍혁 기자가`)
    ("축제에는 관람객이 몰렸다. 홍혁 기자가 현장을 취재하였다.", ["홍혁"]),
    ("독감 접종은 가을에. 신훈 선생님께 진료를 받으셨습니다.", ["신훈"]),
    ("오늘 회의는 길현 과장이 맡는다.", ["길현"]),
]

WORDS_UNMARKED = [
    # a group after a title (`집사님들`), a head's act after its rank with `님` (`부장님 반차`)
    "헌금해 주신 집사님들께 감사드립니다",
    "오늘 부장님 반차입니다",
    "차장 승인 대기",
    # a title that is a common noun too is no person noun before a word (`검사 정상` is a test's result)
    "혈압 정상, 신경학적 검사 정상.",
    # a counter and a word after a digit (`3장짜리`)
    "3장짜리 문서 제출",
]


@pytest.mark.parametrize(("text", "values"), NAMES_MARKED)
def test_round14_review_marked_names_are_found(scrubber, text, values):
    result = scrubber.scrub(text, "ko")
    assert all(v not in result.text for v in values), result.text


@pytest.mark.parametrize("text", WORDS_UNMARKED)
def test_round14_review_unmarked_words_are_left_alone(scrubber, text):
    result = scrubber.scrub(text, "ko")
    assert not result.findings, [(f.entity, text[f.start:f.end]) for f in result.findings]
