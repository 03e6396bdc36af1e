"""Round 18 (foreign names written in Hangul in Korean text), written fresh (no tuning row copied), both ways: the name
found (`*_FOUND`) and the look-alike kept (`*_KEPT`). The reading: `prep.pii.names_ko_foreign`."""

from __future__ import annotations

import pytest

from tests.prep.pii.test_round15_ko_recall import PAIR_COST, _covered  # every mention inside a PERSON finding

# A: two foreign name words that are other words too (no name-only word among them), after a person's role with a
# particle or an honorific after, glossed in Latin letters, or before a caption's role and country.
WEAK_PAIR_FOUND = [
    ("구단은 외국인 선수 파블로 모레노와 2년 재계약을 맺었다.", ["파블로 모레노"]),
    ("에이전트 조르조 비안키가 이적 협상을 맡았다.", ["조르조 비안키"]),
    ("[연예] 일본 배우 나카무라 아오이가 한국 드라마에 출연한다.", ["나카무라 아오이"]),
    ("담당 트레이너 마리아 로시 씨가 일정을 조정합니다.", ["마리아 로시"]),
    ("간병인 리우 메이 여사님 연락처 남겨요.", ["리우 메이"]),
    ("코치: 마르코 로시(Marco Rossi) 선임", ["마르코 로시"]),
    ("받는 분  Kato Yumi (가토 유미)", ["가토 유미"]),
    ("[자막] 안토니오 루이스 / 요리사(스페인)", ["안토니오 루이스"]),
]
WEAK_PAIR_KEPT = [
    "레알 마드리드(스페인)와 바이에른 뮌헨(독일)이 결승에서 만난다.",
    "파리 생제르맹 감독이 경질됐다.",
    "로시 와인 한 잔과 카페 라떼를 주문했다.",
    "브라질 공격수 영입을 추진 중이다.",
    "모델 캘빈 클라인 화보가 공개됐다.",
    "산티아고 순례길을 걸었다.",
    "선수 전원이 카페 라떼를 마셨다.",
    "로시 와인(이탈리아) 한 병 주문했어요",
    "레알 마드리드(Real Madrid) 홈구장",
    "영화 해리 포터(영국) 시리즈 재개봉",
    "뉴욕 양키스(미국)의 홈구장",
    "루이 비통(Louis Vuitton) 가방을 샀다",  # a marque named after a person (`names_en_words.ORG_PAIRS`)
    "랄프 로렌(Ralph Lauren) 셔츠 세탁법",
    "조르지오 아르마니(이탈리아) 향수 후기",  # a product noun after the country, no person's continuation
    "메르세데스 벤츠(독일) 판매량",
]

# B: a name-only word beside a word the lexicon lacks (`은디아예`) or beside a one-syllable name word (`료`, `킴`),
# before a country or an age in brackets, or after a name's field.
SURE_PAIR_FOUND = [
    ("남자 100m 결승 1위 오마르 은디아예(세네갈) 9초98", ["오마르 은디아예"]),
    ("도쿄 경찰은 용의자 스즈키 다이스케(52)를 체포했다.", ["스즈키 다이스케"]),
    ("현지 경찰은 운전자 다카하시 료(61)가 졸음운전을 했다고 밝혔다.", ["다카하시 료"]),
    ("여자 1000m 킴 부탱(캐나다) 동메달", ["킴 부탱"]),
    ("현지 매체는 제임스 오코너(29)가 사고를 냈다고 전했다.", ["제임스 오코너"]),
    ("알레한드로 가르시아(스페인)가 합류했다.", ["알레한드로 가르시아"]),
]
SURE_PAIR_KEPT = [
    "유아 카시트 사용 후기 (다이치 퍼스트세븐)",
    "상담해주신 매니저님 덕분에 잘 골랐어요.",
    "아침에 애들 데리고 어린이대공원 갔다가 키즈카페에 갔다.",
    "남자부 우승 소감을 밝혔다.",
    "진주 강씨 종친회 모임 안내",
    "애스턴 빌라(23)가 승점 3을 챙겼다.",  # a club's points in the age's bracket, on a match report's line
    "토트넘 홋스퍼(8)는 원정에서 졌다.",
]

# C: a found foreign name's later mentions: the whole name again, or its last word where that is a name only.
CALLED_BACK_FOUND = [
    ("브라질 공격수 히카르두 알메이다 영입. 구단은 \"알메이다와 3년 계약\"이라고 밝혔다.",
     ["히카르두 알메이다", "알메이다"]),
    ("외국인 선수 라몬 페레이라와 재계약했다. 감독은 \"라몬 페레이라는 기둥\"이라고 했다.", ["라몬 페레이라"]),
]
CALLED_BACK_KEPT = [
    "T1 3:2 젠지\n1세트 젠지 승리, 4세트 젠지 반격",
]

# E: a name told after whose it is, with a name-only word in it (`신부는 ... 이라고`, `본명은 ...이에요`).
TOLD_FOUND = [
    ("신부는 사라 킴이라고 재미교포래", ["사라 킴"]),
    ("남친 이름이 요나스 베크만이래", ["요나스 베크만"]),
    ("본명은 에밀리 브라운이에요", ["에밀리 브라운"]),
]
TOLD_KEPT = [
    "신랑은 레알 마드리드 팬이래",
    "이름은 스페인 요리라고 하더라",
    "신부는 파리 출신이래",
    "이름은 카페 라떼라고 지었어",
]

# D: a box score's line or a line-up where a found name stands: its other items are names, one-word foreign ones too.
ROSTER_FOUND = [
    ("[농구] 삼성 81-77 LG\n삼성: 이정현 22, 코피 코번 18, 마커스 15\nLG: 마레이 24, 양홍석 19, 이관희 12",
     ["마커스", "마레이"]),
    ("[배구] GS칼텍스 3-1 IBK\nGS칼텍스 강소휘 14득점, 실바 29득점", ["실바"]),  # a foreign name-only word (review)
]
ROSTER_KEPT = [
    "[하나은행] 이체완료 김하나→박두리 1,200,000원 잔액 3,401,220원",  # an amount's digit groups, not a score
    "오늘 김밥 3000, 라면 4000원 팔았다",
    "매출 현황: 본점 120, 지점 80",
    "1 투수 교체 없음\n2 포수 훈련",
    "[배구] 현대건설 모마 28득점, 블로킹 5, 서브 3",  # no found name on the line: nothing to lean on
]


@pytest.mark.parametrize(
    ("text", "values"), WEAK_PAIR_FOUND + SURE_PAIR_FOUND + CALLED_BACK_FOUND + ROSTER_FOUND + TOLD_FOUND)
def test_round18_foreign_names_are_found(scrubber, text, values):
    result = scrubber.scrub(text, "ko")
    assert all(_covered(result, text, v) for v in values), [text[f.start:f.end] for f in result.findings]


@pytest.mark.parametrize("text", WEAK_PAIR_KEPT + SURE_PAIR_KEPT + CALLED_BACK_KEPT + TOLD_KEPT)
def test_round18_foreign_look_alikes_are_left_alone(scrubber, text):
    result = scrubber.scrub(text, "ko")
    assert not [f for f in result.findings if f.entity == "PERSON"], [
        (f.entity, text[f.start:f.end]) for f in result.findings]


@pytest.mark.parametrize("text", ROSTER_KEPT)
def test_round18_roster_look_alikes_add_no_item(scrubber, text):
    """Only the names that round 17 found (`김하나`) are taken; no other item of the line."""
    result = scrubber.scrub(text, "ko")
    words = [text[f.start:f.end] for f in result.findings if f.entity == "PERSON"]
    assert set(words) <= {"김하나", "박두리"}, words



# The review of round 18 (its classes A to F and the addresses), in fresh words: the name a second sign confirms, and
# the thing that has one sign alone.
REVIEW_FOUND = [
    ("사진 제공 레오 토마스(Leo Thomas)", ["레오 토마스"]),  # the gloss is a person's to the English reader
    ("통역사 마리아 로시가 먼저 도착했다.", ["마리아 로시"]),  # a role only a person has
    ("킴 응우옌(베트남)은 결승에서 1위를 했다.", ["킴 응우옌"]),  # a country after two lexicon words
    ("현지 경찰은 안드레스 가르시아(38)를 체포했다.", ["안드레스 가르시아"]),  # an age after a name-only word
    ("[배구] 흥국생명 옐레나 23득점, 김수지 7득점", ["옐레나"]),  # a foreign name-only word in a box score
    ("버스 기사 다카하시 켄지(58)가 승객 박서연(24)씨를 도왔다.", ["다카하시 켄지"]),  # another person's age beside
    ("다카하시 유토(61)가 오늘 입장을 밝혔다.", ["다카하시 유토"]),  # at a line's start, a sentence after
]
REVIEW_KEPT = [
    "디즈니 미키 마우스(Mickey Mouse) 인형 할인",  # A: a gloss alone (a character, a club, a brand)
    "아스톤 빌라(Aston Villa) 원정 경기 일정",
    "도널드 덕(Donald Duck) 머그컵",
    "리더 블루 팀은 왼쪽으로 모이세요.",  # B: a role that heads things too, or a one-syllable last word
    "고객 센터 레드 라인 안내",
    "남편 레드 와인 두 병 사 왔어",
    "선수 화이트 팀과 블루 팀이 맞붙었다.",
    "갤럭시 노트(한국) 출고량 발표",  # C: a country after a product
    "산토스 블렌드(브라질) 500g",
    "메뉴: 하우스 샐러드(9), 몬스터 버거(14)",  # D: counts on a list of things
    "몬스터 쿠키(20) 남았어요",
    "- 갤럭시 탭(30)",
    "메르세데스 벤츠(독일)의 새 전기차",  # a marque's origin before a particle
    "가게 이름이 하우스 파티라고 해",  # a told thing: the quotative is no name's tail
]
ROSTER_REVIEW_KEPT = [  # E, F: only the line's found Korean names, no word, brand or vacancy beside them
    pytest.param("득점: 김선형 21, 속공 6, 리바운드 9", {"김선형"}, marks=PAIR_COST),
    ("담당자 박지훈 30, 갤럭시 110, 아이폰 70", {"박지훈"}),
    ("1 중견수 이정후\n2 포수 공석\n3 투수 불펜\n4 유격수 대기", {"이정후"}),
]


@pytest.mark.parametrize(("text", "values"), REVIEW_FOUND)
def test_round18_review_names_with_a_second_sign_are_found(scrubber, text, values):
    result = scrubber.scrub(text, "ko")
    assert all(_covered(result, text, v) for v in values), [text[f.start:f.end] for f in result.findings]


@pytest.mark.parametrize("text", REVIEW_KEPT)
def test_round18_review_things_with_one_sign_are_left_alone(scrubber, text):
    result = scrubber.scrub(text, "ko")
    assert not [f for f in result.findings if f.entity == "PERSON"], [
        (f.entity, text[f.start:f.end]) for f in result.findings]


@pytest.mark.parametrize(("text", "names"), ROSTER_REVIEW_KEPT)
def test_round18_review_roster_takes_no_word(scrubber, text, names):
    result = scrubber.scrub(text, "ko")
    words = {text[f.start:f.end] for f in result.findings if f.entity == "PERSON"}
    assert words <= names, words


@pytest.mark.parametrize(("text", "number"), [
    ("배송 순서: 김민수 2, 테헤란로 231", "231"),
    ("세대주 박서연 4, 논현로 77", "77"),
    ("회원 명단\n김민수 35, 세종대로 110\n이영희 42, 중앙로 18", "18"),
])
def test_round18_review_roster_leaves_a_road_to_its_address(scrubber, text, number):
    """A road and its building number after a name and a small number is an address, not a box score's item."""
    result = scrubber.scrub(text, "ko")
    at = text.rindex(number)
    assert any(f.entity == "STREET_ADDRESS" and f.start <= at and at + len(number) <= f.end for f in result.findings), [
        (f.entity, text[f.start:f.end]) for f in result.findings]
