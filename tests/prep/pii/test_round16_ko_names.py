"""Round 16 (Korean person names in news and media text), written fresh (no tuning row copied), both ways: the name
found (`*_FOUND`) and the look-alike kept (`*_KEPT`). The readings live in `prep.pii.names_ko_long`,
`prep.pii.names_ko_guests` and `prep.pii.names_ko_chat`.
"""

from __future__ import annotations

import pytest

from tests.prep.pii.test_round15_ko_recall import _covered  # every mention inside a PERSON finding

# A: a one-syllable surname and a three-syllable given name in a person's slot (before or after a role, in a box
# score or a leader board, before a particle in prose), then the given name alone in the same text.
LONG_FOUND = [
    ("지난 경기에서 박하늘빛 코치가 선수들을 불러 모았다.", ["박하늘빛"]),
    ("서울: 임우람솔 24점, 노보람찬 리바운드 11개", ["임우람솔", "노보람찬"]),
    ("[골프] 최종 순위\n1위 윤가람슬 -9\n2위 오나래빛 -7", ["윤가람슬", "오나래빛"]),
    ("중계석: 캐스터 권슬기린, 해설 김도윤", ["권슬기린"]),
    ("새 시즌 수석코치로는 권슬기린이 선임됐다. 구단은 \"슬기린 코치의 경험을 믿는다\"고 밝혔다.",
     ["권슬기린", "슬기린"]),
    ("성우 노보람찬의 목소리가 캐릭터와 잘 어울린다.", ["노보람찬"]),
    ("\"하늘솔이 형이 먼저 연락했다\"며 유하늘솔 감독이 웃었다.", ["유하늘솔", "하늘솔"]),
    ("[배구] MVP 문새롬이 21점, 안다솜별 블로킹 4개", ["문새롬이", "안다솜별"]),
    ("이번 화의 평론가 추예슬아 님은 영화를 호평했다.", ["추예슬아"]),
    ("프로듀서 송미리내가 이번 앨범을 총괄했다.", ["송미리내"]),
    ("결승골은 최하늘찬이 넣었다.", ["최하늘찬"]),
    ("문의 담당: 장아름다 / 02-555-1234", ["장아름다"]),
    # a four-syllable word anywhere whose last three syllables are called with a kin word or a title later
    ("박하늘찬 콘서트 후기: 하늘찬이 형 노래 최고", ["박하늘찬", "하늘찬"]),
    ("윤가람슬 팬미팅 다녀옴. 가람슬 님 너무 친절함", ["윤가람슬", "가람슬"]),
    # a team's word read as a person's where an honorific follows it
    ("인천유나 님이 오셨다.", ["인천유나"]),
]
LONG_KEPT = [
    # compounds of the dictionary, or two of its words, in the same slots
    "이동식당 담당: 총무팀 (내선 1234)",
    "김치찌개 27점, 된장찌개 14점으로 인기 투표 결과가 나왔다.",
    "정보공개 담당자에게 문의하세요.",
    "조선일보 기자가 현장을 찾았다.",
    "1위 한국전력 -3\n2위 현대건설 -5",
    "최우수상 수상자는 다음 주에 발표된다.",
    "강남역점 매니저 모집 공고",
    "이번시즌 감독 교체설이 나왔다.",
    "신인선수 코치 프로그램이 열린다.",
    "조기축구 감독님이 회비를 걷었다.",
    "전북현대 감독과 수원삼성 감독이 만났다.",
    "[여자농구] 우리은행 72점, 하나은행 65점",
    "정규시즌 12승을 거뒀다.",
    "하루종일 이사 짐 정리함",
    # a word with a tail, a noun before a role glued, a count that is no score
    "예상 강수량은 남해안 20~60㎜입니다.",
    "장해상태가 되었을 때 보험금을 지급합니다.",
    "연말정산을 아래 일정으로 진행합니다.",
    "난방 사용량이 전월보다 14% 늘었다.",
    "피해 물품: 강화유리 출입문 1개",
    "기사님이 분실물을 보관하고 있습니다.",
    "이동식당 오픈! 동식당 님들 많이 오세요",
    "강남역점 오픈 기념. 남역점 형",
    # a place, a gender or age group, a sport or a three-syllable word, then a given name or given syllables: a team
    "대구하나 선수들이 훈련을 마쳤다.",
    "인천유나 감독은 전술을 바꿨다.",
    "부천하나 코치진이 새로 꾸려졌다.",
    "광주하나 선수 명단 공개",
    "태권도원 감독 선임 소식",
    "유도장원 선수 모집",
    "제주유나 감독 인터뷰",
    "서울하나 코치 연수",
    "전주하나 감독의 출사표",
    "강원하나 선수들이 입국했다.",
    "인천은하 감독 사퇴",
    "여자배구 코치진 개편",
    "남자배구 감독 공모",
    "여자수영 선수 선발전",
    "남자수영 코치 연수",
    "남자배구 25점으로 앞섰다",
    "3위 남자배구 -2",
    "유소년부 감독 선임",
    "청소년부 코치 모집",
]

# B: a foreign given name and a Korean surname (`데이비드 킴`), or two foreign name words one of which is a name only,
# right after a role of the credits, the studio or the club, or before a role.
GUEST_FOUND = [
    ("[팟캐스트 12화] 출연: 김도윤, 게스트 제니 박", ["제니 박"]),
    ("이번 앨범은 프로듀서 브라이언 리가 총괄했다.", ["브라이언 리"]),
    ("번역 총괄 안나 최의 이름이 엔딩 크레딧에서 빠졌다.", ["안나 최"]),
    ("한국계 미국인 데이비드 킴 감독이 신작을 공개했다.", ["데이비드 킴"]),
    ("통역 수잔 한 씨가 동행했다.", ["수잔 한"]),
    ("해설 에릭 송: 오늘 경기 흐름이 좋네요.", ["에릭 송"]),
    ("캐스터 케이트 윤, 해설 박하늘", ["케이트 윤"]),
]
GUEST_KEPT = [
    "게스트 하우스 예약은 홈페이지에서 가능합니다.",
    "디자이너 브랜드 팝업 스토어가 열렸다.",
    "진행 마크 리스트를 확인하세요.",
    "프로듀서 마스터 클래스 모집",
    "게스트 와이파이 비밀번호: 1234",
    "코치 세션 한 번 더",
    "선수 마리 정도의 체력",
    "감독 마크 정리 기능이 추가됐다.",
]

# C: a one-syllable given name called back before a title, where the text names it after a surname before a title
# too (the full name a word as well: `이슬`, `한결`).
CALLED_BACK_FOUND = [
    ("이 건은 이슬 변호사가 맡기로 했습니다. 슬 변호사 메일은 따로 드릴게요.", ["슬"]),
    ("오늘 당직은 한결 간호사입니다. 결 간호사 휴대폰으로 연락 바랍니다.", ["결"]),
    ("신규 담당은 구름 주무관입니다. 름 주무관에게 서류를 제출하세요.", ["구름", "름"]),
    ("강산 코치가 훈련을 맡았다. 산 코치는 \"준비됐다\"고 했다.", ["강산", "산"]),
    ("노을 작가의 신작. 을 작가는 이번에도 바다를 그렸다.", ["노을", "을"]),
]
CALLED_BACK_KEPT = [
    "이슬이 맺힌 아침이었다. 한 변호사가 말했다.",
    "정말 과장된 이야기다. 말 과장은 하지 마세요.",
    "이번 변호사 선임 건은 보류합니다.",
    "오늘 이 선수 저 선수 다 뛰었다.",
    "구름 사이로 해가 떴다. 각 선수는 준비를 마쳤다.",
    "그 감독 이야기는 그만. 제 감독 경력은 10년입니다.",
]

# D: speakers of a group chat who each speak once and whose names are words too, where one is called or named as a
# person in another's line; a record's or a glossary's fields that mention each other as words stay.
CHAT_FOUND = [
    ("단톡방 '여행 계획'\n하나: 제주도 가본 사람?\n별: 나 작년에 갔어 슬기도 갔대\n슬기: 응 하나 너도 가봐 좋아",
     ["하나", "별", "슬기"]),
    ("단톡\n빛나: 오늘 비 온대\n한결: 빛나 너 우산 있어?\n도담: 난 없음", ["빛나", "한결"]),
]
CHAT_KEPT = [
    "하나: 사과\n둘: 배\n셋: 하나도 없음",
    "날짜: 5월 3일\n장소: 강당\n준비물: 필기구",
    "Q: 하나만 골라요\nA: 둘 다 좋아요\n하나: 첫 번째 선택지",
    "은하: 우리 은하\n별: 은하 속의 별\n행성: 별도 많다",
    "가을: 단풍이 드는 계절\n여름: 가을보다 더운 계절\n겨울: 가장 추운 계절",
    # glossaries and lists whose labels are seasons or sense words and mention one another (no line reads as speech)
    "겨울: 눈\n봄: 꽃샘추위\n여름: 겨울이랑 반대로 더움",
    "여름: 7월\n가을: 10월\n겨울: 여름이랑 정반대",
    "봄: 새싹\n가을: 봄이랑 달리 낙엽\n겨울: 눈",
    "바람: 세게\n소리: 작게\n빛: 바람이랑 함께",
    "빛: 밝기\n소리: 크기\n바람: 빛이랑 무관",
]


FOUND = LONG_FOUND + GUEST_FOUND + CALLED_BACK_FOUND + CHAT_FOUND
KEPT = LONG_KEPT + GUEST_KEPT + CALLED_BACK_KEPT + CHAT_KEPT


@pytest.mark.parametrize(("text", "values"), FOUND)
def test_round16_ko_names_are_found(scrubber, text, values):
    result = scrubber.scrub(text, "ko")
    assert all(_covered(result, text, v) for v in values), [text[f.start:f.end] for f in result.findings]


@pytest.mark.parametrize("text", KEPT)
def test_round16_ko_look_alikes_are_left_alone(scrubber, text):
    result = scrubber.scrub(text, "ko")
    assert not result.findings, [(f.entity, text[f.start:f.end]) for f in result.findings]


# A three-syllable name with its title glued (`장건우씨가`) is no four-syllable name: the title stays in the text.
@pytest.mark.parametrize(("text", "name"), [
    ("어제 장건우씨가 전화로 배송 지연을 문의하셨어요.", "장건우"),
    ("담당자 한서연씨의 안내를 받았습니다.", "한서연"),
])
def test_round16_glued_title_stays_outside_the_name(scrubber, text, name):
    result = scrubber.scrub(text, "ko")
    spans = [text[f.start:f.end] for f in result.findings if f.entity == "PERSON"]
    assert name in spans and not any(s.endswith("씨") for s in spans), spans
