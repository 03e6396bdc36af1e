"""Round 18 (Korean names in lists, scores and profiles; Korean clean rows whose shape names no one), written fresh
(no tuning row copied), both ways: the name found (`*_FOUND`) and the look-alike kept (`*_KEPT`: the word stays
while a real name beside it goes)."""

from __future__ import annotations

import pytest

from tests.prep.pii.test_round15_ko_recall import PAIR_COST, _covered  # every mention inside a PERSON finding

# A: the items of a box score or a leader board beside a found name, each with its own count
# (`prep.pii.names_ko_stats`), where the item is name-shaped itself: a surname and a one-syllable given name, a
# foreign player the foreign names' list holds as a name only. (The review of round 18 gave back the players that
# list lacks, `요스바니`, `셰플러`, and the rare given names the full-name check refuses, `임하솔`, `채하엘`: beside
# them `냉장고 8`, `갤럭시 12`, `토트넘 2` went too.)
STATS_FOUND = [
    ("원정팀 KCC: 최준용 18, 허웅 25, 이승현 9", ["허웅"]),
    ("LG: 양홍석 19, 마레이 17, 유기상 12", ["마레이"]),
    ("현대모비스 프림 24점 11리바운드, 이우석 18점", ["프림"]),
    ("T4 최혜진, 방신아 -7", ["방신아"]),
    ("득점 순위: 김도윤 23, 뮬러 19, 박건호 17", ["뮬러"]),
]
STATS_KEPT = [
    pytest.param("박지성 2골, 맨유 3-1 승", "맨유", marks=PAIR_COST),
    ("이번 시즌 손흥민 17골, 득점 2위, 도움 10", "도움"),
    ("장보기: 사과 3개, 배 2개, 이수진 1인분", "사과"),
    ("김민재 선수 평점: 수비 8, 패스 7, 속도 9", "수비"),
    ("이수진 23, 서울 24, 부산 18 순으로 집계", "서울"),
    ("이정후 3안타, 샌프란시스코 5-3 승리", "샌프란시스코"),
]
# A: a leader board one player a line (three lines of a rank, a name, a score to par): its items that are no word,
# where one of them is name-shaped.
BOARD_FOUND = [
    ("2R 순위\n1 김시우 -9\n2 뮬러 -7\n3 안병훈 -6", ["뮬러"]),
]
BOARD_CLEAN = [
    "주간 체중 변화\n1 사과 -2\n2 바나나 -1\n3 우유 +1",
    "환율 변동\n1 달러 -12\n2 엔화 +3\n3 유로 -5",
    "득실차\n1 흥국생명 +12\n2 현대건설 +8\n3 정관장 -3\n4 도로공사 -5",
    "기온 변화\n1 철원 -12\n2 대관령 -10\n3 태백 -9",
]
STATS_CLEAN = [
    "삼성 3, 한화 2 (9회말 끝내기)",
    "전반 12, 후반 15로 합계 27점이었다.",
    "서울 24, 부산 18, 대구 11 (확진자 수)",
]

# B: a chat whose speakers are labelled by kin or a group's rank (`prep.pii.names_ko_layouts.KIN_LABELS`): the label
# names no one; a named speaker beside it, or a label that is a common given name (`형수`), still goes.
KIN_FOUND = [
    ("[형수] [오후 2:11] 오늘 피시방 ㄱ?\n[민재] [오후 2:12] ㅇㅋ", ["형수", "민재"]),
    ("[하은] [오후 5:00] 어디야\n[손녀] [오후 5:01] 집이야", ["하은"]),
    ("[팀장] [오전 9:00] 회의 10시\n[부팀장] [오전 9:01] 네\n[박소연] [오전 9:02] 확인했습니다", ["박소연"]),
    ("[동기] [오후 6:00] 회식 어디?\n[지훈] [오후 6:01] 강남역", ["지훈"]),
    ("서윤이모 — 오늘 오후 9:02\n다들 잘 지내지?", ["서윤이모"]),
    ("[이장] [오후 2:00] 마을회관 모이세요\n[김덕순] [오후 2:01] 네", ["김덕순"]),
]
KIN_CLEAN = [
    "[할머니] [오후 4:20] 밥은 먹었니\n[손녀] [오후 4:31] 네 먹었어요~\n[할머니] [오후 4:32] 그래",
    "[막내] [오후 11:48] 형 자?\n[큰형] [오후 11:52] ㄴㄴ 왜\n[작은형] [오후 11:53] 나도 안 잠",
    "[반장] [오후 3:10] 내일 체육복 입고 오래\n[부반장] [오후 3:11] 강당이래\n[반장] [오후 3:11] ㅇㅋ",
    "[주장] [오후 7:00] 내일 훈련 6시\n[부주장] [오후 7:01] 공 챙겨올게요",
    "[큰누나] [오후 1:00] 엄마 병원 몇 시야\n[남동생] [오후 1:02] 두 시",
    "[관리사무소] [오전 9:00] 내일 물청소 있습니다.\n[동대표] [오전 9:05] 차는 어디로 옮기나요?",
]

# B: a masked person's callback by the bare surname (`prep.pii.names_ko_masked`): where the document masks the
# surname (`정모씨`) and the callback opens its clause; a full name, another surname, one after a role stay.
MASKED_FOUND = [
    ("김모씨와 피해자 김민수 씨가 다퉜다.", ["김민수"]),
    ("피고인 한모씨는 범행을 인정했다. 한씨의 아버지 한태호 씨가 법정에 나왔다.", ["한태호"]),
]
# (text, where the bare surname that must still go starts)
MASKED_SURNAME_FOUND = [
    ("경찰은 최모(31)씨를 송치했다. 담당 형사 최 씨는 \"추가 수사\"라고 했다.", "최 씨는"),
    ("우리 이모가 오셨다. 옆집 이씨 아저씨도 왔다.", "이씨 아저씨"),
]
MASKED_CLEAN = [
    "경찰은 20대 윤모씨를 입건했다. 윤씨는 \"팬이라서 그랬다\"고 진술했다.",
    "법원은 이모(45)씨에게 징역 2년을 선고했다. 이씨는 항소할 뜻을 밝혔다.",
    "[단독] 강모씨 \"억울하다\"… 강씨 측 변호인 입장문",
]

# B: a city's or a county's name with its 시/군 after a province (`prep.pii.names_ko_things`): an address's head; a
# person after a province, or one named like a county in a name's field, still goes.
COUNTY_FOUND = [
    ("담당: 충남 홍성민 주무관", ["홍성민"]),
    ("지역: 전북 장수군 / 담당자: 장수연", ["장수연"]),
    ("성명: 홍성군", ["홍성군"]),
    ("경남 김해시 거주 김해진 씨", ["김해진"]),
]
COUNTY_CLEAN = [
    "대회 장소: 충남 홍성군 군민체육관",
    "전남 화순군, 경남 거창군 일대에 호우특보",
    "[지역] 강원 화천군 산천어축제 개막",
    "전남 화천군, 경남 거창군 일대 산불 진화",
]

# A: a full name after a role of the stage, the screen or the newsroom (`prep.pii.names_ko_slots.STAGE_ROLES`), whose
# given part is rare (`다올`) or a common given name that a word's form hides (`주|한결`), before a copula too.
STAGE_FOUND = [
    ("세터 남다올은 \"언니들 덕분\"이라고 말했다.", ["남다올"]),
    ("오늘의 날씨, 기상캐스터 채수빈이었습니다.", ["채수빈"]),
    ("게스트로는 래퍼 주한결과 싱어송라이터 백다온이 나선다.", ["주한결", "백다온"]),
    ("MBC 아나운서 편다솔이 진행을 맡는다.", ["편다솔"]),
    ("중계는 캐스터 한별찬과 해설위원 이동국이 맡는다.", ["한별찬"]),
    ("이상 기상캐스터 도해솔입니다.", ["도해솔"]),
]
STAGE_CLEAN = [
    "아나운서 출신이 늘었다.",
    "신예 배우가 주목받았다.",
    "앵커 교체는 다음 달로 미뤄졌다.",
    "기상캐스터 예보는 빗나갔다.",
    "신예 시절을 떠올렸다.",
    "세터 출신이 감독이 됐다.",
    "앵커 하차를 결정했다.",
    "캐스터 교육을 받았다.",
]

# A: a group's profile, members by role and birth year (`prep.pii.names_ko_slots.MEMBER_ROLES`): two members at least,
# one of them no word; one-syllable names and given names that are words too (`하루`, `새봄`) go.
MEMBERS_FOUND = [
    ("멤버 소개\n리더 하람 (1999)\n메인보컬 별 (2000)\n메인댄서 유나 (2002)\n막내 새봄 (2005)",
     ["하람", "별", "유나", "새봄"]),
    ("[프로필] 보컬 은호(1998), 드러머 강(1997), 기타리스트 도윤(1999)", ["은호", "강", "도윤"]),
    ("신인 걸그룹: 센터 하루 (2004년생) / 리드보컬 서아 (2005년생)", ["하루", "서아"]),
]
MEMBERS_CLEAN = [
    "리더 선출 (2020) / 막내 입대 (2023)",
    "보컬 트레이닝 (2021) / 댄서 오디션 (2022)",
    "센터 포지션 (2024) / 메인보컬 파트 (2024)",
    "리더십 교육 (2021), 보컬 레슨 (2022)",
]

# The review of round 18, both ways:
# - a person whose name ends in 구 after a province, or after a word that only ends in 도, keeps the name; a county
#   in 군 after a province written out stays an address;
# - a bare surname's callback where a person of the surname is named too may be theirs, and stays; a kin word of the
#   mask's shape (`조모 씨`) masks no one;
# - a stat line's or a board's item that is no name's shape (a dish, a gadget, a club, a company) stays;
# - a profile of kin or of nouns (`막내 딸`, `리더 몫`) names no one, and a word with a suffix after a newsroom's or a
#   stage's role (`신예 연기|상`, `아나운서 지망|생`) is no name.
REVIEW_FOUND = [
    ("전남 장흥구(47) 씨가 상을 받았다.", ["장흥구"]),
    ("경북 성주구 씨는 참외 농사를 짓는다.", ["성주구"]),
    ("충청남도 서산구 씨가 당선됐다.", ["서산구"]),
    ("동생도 진천구 씨를 도왔다.", ["진천구"]),
    ("리더 하온 (2003) / 보컬 서율 (2004) / 래퍼 진 (2005)", ["하온", "서율", "진"]),
]
REVIEW_SURNAME_FOUND = [
    ("최모(41)씨를 붙잡은 사람은 경비원 최정수 씨다. 최씨는 \"당연한 일\"이라고 했다.", "최씨는"),
    ("송모씨를 변호한 송지훈 변호사. 송씨는 무죄를 주장했다.", "송씨는"),
    ("우리 조모 씨는 손이 크시다. 조 씨 댁 손주들은 행복하다.", "조 씨 댁"),
]
REVIEW_KEPT = [
    ("점장 박은서 14, 김치찌개 9, 된장찌개 6", "김치찌개"),
    ("판매 순위 이도현 7, 스마트폰 5, 노트북 2", "스마트폰"),
    ("주간 골 김민재 1, 리버풀 2, 뉴캐슬 1", "리버풀"),
    ("1 현대차 -2\n2 포스코 +1\n3 박서준 -1", "포스코"),
]
REVIEW_CLEAN = [
    "충청남도 청양군 일대에 폭염경보가 내려졌다.",
    "경상북도 청송군 주왕산 단풍이 절정이다.",
    "막내 아들 (2013년생) / 막내 딸 (2015년생)",
    "센터 뒤 (2022) / 리더 몫 (2023)",
    "신예 연기상이었습니다.",
    "아나운서 지망생입니다.",
    "리포터 촬영분입니다.",
    "신예 조연급입니다.",
]

FOUND = REVIEW_FOUND + STATS_FOUND + BOARD_FOUND + KIN_FOUND + MASKED_FOUND + COUNTY_FOUND + STAGE_FOUND + MEMBERS_FOUND
KEPT = STATS_KEPT + REVIEW_KEPT
CLEAN = REVIEW_CLEAN + STATS_CLEAN + BOARD_CLEAN + KIN_CLEAN + MASKED_CLEAN + COUNTY_CLEAN + STAGE_CLEAN + MEMBERS_CLEAN


@pytest.mark.parametrize(("text", "values"), FOUND)
def test_round18_ko_listed_names_are_found(scrubber, text, values):
    result = scrubber.scrub(text, "ko")
    assert all(_covered(result, text, v) for v in values), [text[f.start:f.end] for f in result.findings]


@pytest.mark.parametrize(("text", "at"), MASKED_SURNAME_FOUND + REVIEW_SURNAME_FOUND)
def test_round18_ko_bare_surname_of_another_person_is_found(scrubber, text, at):
    result = scrubber.scrub(text, "ko")
    assert any(f.entity == "PERSON" and f.start == text.index(at) for f in result.findings), [
        text[f.start:f.end] for f in result.findings]


@pytest.mark.parametrize(("text", "word"), KEPT)
def test_round18_ko_words_beside_names_stay(scrubber, text, word):
    result = scrubber.scrub(text, "ko")
    assert not any(text[f.start:f.end] == word for f in result.findings), [text[f.start:f.end] for f in result.findings]


@pytest.mark.parametrize("text", CLEAN)
def test_round18_ko_clean_rows_are_left_alone(scrubber, text):
    result = scrubber.scrub(text, "ko")
    assert not result.findings, [(f.entity, text[f.start:f.end]) for f in result.findings]


def test_round18_kin_labels_hold_no_common_given_name():
    """A kin or rank label that the lexicon holds as a common given name (`형수`, `동기`) would lose a real speaker."""
    from prep.pii.names_ko import COMMON_GIVEN_COUNT, load_model
    from prep.pii.names_ko_layouts import KIN_LABELS

    model = load_model()
    assert not [w for w in KIN_LABELS if model.given_names.get(w, 0) >= COMMON_GIVEN_COUNT]
