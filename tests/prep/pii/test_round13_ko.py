"""Round 13 (Korean names and clean rows), written fresh (no tuning row copied), both ways: the name found (`PEOPLE`)
and the look-alike kept (`CLEAN`).

Classes: a name after a kin or household word (`막내아들 준우한테`, `딸 노라`), before a person noun no title list held
(`어르신`, `사원`, `배우`), a found full name's given name before a title (`윤해온` ... `해온 배우`); a chat handle of
four syllables or more only where it is a name (`@제갈은호`, not `@오늘도맑음`); a name spelled out in a call with a
copula after it (`마 서 윤이고요`); a cue's three syllables built of words before a title (`편의점 사장님`, `지국장님`,
`부서별 팀장님`), not a surname and a given name of the lexicon (`박혜연 님`); a couple's `♡` and a roster's shirt
numbers between list items (`도지한 ♡ 류세아`, `8 임도겸 / 10 사공준`), a spelled name as a list's item (`빈 별`);
Hanja after a name before a comma; a found name's alias (`(이하 설)`) and its mentions; a given name before `네서` or
`이형`; a name told (`본명은`, `활동명 '...'`, `이름은 '...'`) or called (`...라고 불러요`), not a thing's or a pet's; a
transcript's caller answering with a full name and a copula (`고객 탁윤서고요`).
"""

from __future__ import annotations

import pytest

from tests.prep.pii.test_round15_ko_recall import PAIR_COST

PEOPLE = [
    # after a kin or household word, whatever follows in the word
    ("주말에 남편이랑 막내아들 준우한테 다녀왔어요", ["준우"]),
    ("사고 당시 차에는 아내 소민이랑 딸 하윤이가 있었습니다", ["소민", "하윤"]),
    ("교회 소식: 김태호 집사 가정에 셋째 김다온 출생", ["김다온"]),
    ("조카 도윤이 돌잔치라 일찍 나갑니다", ["도윤"]),
    ("민원인은 자신의 아들 예준이었다고 말했다", ["예준"]),
    ("소설 후기: 아빠 카를로스와 딸 소피아의 여행기, 엄마 마르타는 안 나옴", ["카를로스", "소피아", "마르타"]),
    # a full name before a person noun
    ("3층 205호 박영순 어르신 — 아침 식사 거부", ["박영순"]),
    ("평가 대상: 정하람 사원 (수습 3개월)", ["정하람"]),
    ("오늘 공연 주인공 권도윤 배우가 무대 인사를 했다", ["권도윤"]),
    # a found name's given name before a title, a common word too
    ("출연: 한시후, 오예나\n시후 배우 연기 최고, 예나배우는 노래가 좋았다", ["시후", "예나"]),
    ("찬양 인도: 김하늘 집사\n악보는 하늘집사님께 받으세요", ["하늘"]),
    # a handle of four syllables that is a name; a name spelled out in a call, a copula after it
    ("@제갈은호 1일 전\n좋아요", ["제갈은호"]),
    ("상담원 성함 말씀해 주세요\n고객 마 서 윤이고요 팔칠년생이에요", ["마 서 윤"]),
    # a surname and a given name before a title, a dictionary word too, or after a common word's syllables
    ("박혜연 님 안녕하세요, 견적서 보내드립니다", ["박혜연"]),
    ("이상용 님께 회신 부탁드립니다", ["이상용"]),
    ("고은별 님 당첨을 축하드립니다", ["고은별"]),
    # a couple's heart and a roster's shirt numbers join names like a list's marks; Hanja before a comma
    ("모바일 청첩장\n💍 남궁민 ♥ 오하린 결혼합니다", ["남궁민", "오하린"]),
    ("선발 명단\nGK 1 한태윤\nDF 3 임도겸 / 5 구자헌 / 12 봉승우", ["임도겸", "구자헌", "봉승우"]),
    ("민치헌(閔致憲, 1952년 ~ )은 대한민국의 법조인이다.", ["민치헌", "閔致憲"]),
    ("수요반: 황보윤, 선우하람, 빈 별\n금요반: 제갈솔ㆍ우 다 인", ["빈 별", "우 다 인"]),
    # a found name's alias, a part of it, and its mentions; a given name before `네` (a household) or `이형`
    ("인터뷰\n봉서린(이하 봉) “처음엔 혼자 시작했어요.”\n― 힘든 점은?\n봉 “새벽 배송이요.”", ["봉서린", "봉 “"]),
    ("나 오늘 채원이네서 자고 갈게 엄마", ["채원"]),
    ("어제 지민네서 밤새 게임함", ["지민"]),
    ("ㅋㅋ 태윤이형 오늘 홈런 두 개", ["태윤"]),
    # a name told after a name's word, quoted or before a copula, or called
    ("가수 소개: 본명은 남궁서연, 예명 '하람'은 할머니가 지어 주셨다", ["남궁서연", "하람"]),
    ("그 가게 직원 명찰에 적힌 이름은 '윤다올'.", ["윤다올"]),
    ("제 영어 이름은 Grace고 한국 이름이 서은인데 친구들은 은이라고 불러요", ["서은"]),
    ("집에서는 다들 예린이라고 불러요", ["예린"]),
    # a transcript's caller answering with a full name and a copula
    ("상담원 가입자분 성함 말씀해 주세요\n고객 탁윤서고요 구일년생이에요", ["탁윤서"]),
    ("민원인: 네 방지훈입니다", ["방지훈"]),
]

# A review's probes (round 13, written anew here): real names the round's readings dropped, and words they took.
REVIEW_PEOPLE = [
    # a common surname, a word's syllables and a name's `란`/`용`/`별` before a title (`compound_word`)
    ("결재: 이태란 부장님", ["이태란"]),
    ("정서란 선생님 면담은 목요일입니다", ["정서란"]),
    ("보낸 사람: 서하란 대리", ["서하란"]),
    ("오늘 오후 김점란님 댁 방문 예정", ["김점란"]),
    ("이월용 회장님 축사가 있겠습니다", ["이월용"]),
    ("지도교수: 이다별 교수님", ["이다별"]),
    ("김성별 씨 서류 접수 완료", ["김성별"]),
    ("조하란 고객님 택배가 도착했습니다", ["조하란"]),
    # a rare surname and common given-name syllables, a dictionary word too
    ("은철일 선생님 정년 퇴임식", ["은철일"]),
    ("우문윤 교수님 특강 안내", ["우문윤"]),
    # a handle: a foreign name, a full name with a fan's decoration
    ("@크리스티나 내일 봐요", ["크리스티나"]),
    ("@엘리자베스 님 사진 잘 봤어요", ["엘리자베스"]),
    ("@마리아나 ㅋㅋㅋ", ["마리아나"]),
    ("@김민지짱 생일 축하해", ["김민지짱"]),
    ("@정다운이 오늘 머해", ["정다운이"]),
    ("@이하늘이 ㅎㅎ 고마워", ["이하늘이"]),
]

REVIEW_CLEAN = [
    # a kin word before a noun and its particle, or a word that no name has
    "엄마 사진이 너무 예쁘게 나왔어요.",
    "아빠 고민이 깊어지는 밤입니다.",
    "동생 승진이 확정됐대요.",
    "딸 사랑은 아빠라더니 맞네요.",
    "첫째 조리원 동기들과 모였어요.",
    "아들 친구들이 집에 왔다.",
    "할아버지가 그러셨는데 아빠 나이가 벌써 예순이래요.",
    "아들 진학 상담이 있어요.",
    "엄마 태명이 뭐였는지 물어봤다.",
    "손자 재롱이 늘었어요.",
    "아내 조언이 도움이 됐다.",
    "조카 공룡 인형을 샀다.",
    # a thing's or a place's name told or called
    "우리 학교 이름은 '한빛'이에요.",
    "태풍 이름은 '미탁'이었다.",
    "저희 밴드 이름은 '새봄'입니다.",
    "로봇 이름은 '하나'예요.",
    "사람들은 이 마을을 천국이라고 부른다.",
    "이곳을 다들 하늘이라고 불러요.",
    # a household or a `-type` word, a word's own `이` before `형`
    "부자네 집 같은 인테리어",
    "원장네 집에서 회식",
    "나이형 제한 없음",
    "타이형 마사지 60분",
    # a person noun after a word and its suffix
    "신인상 배우 후보 발표",
]

# A found name beside a word that its given name or a spelled list item reads as: the name goes, the word stays.
REVIEW_NAME_AND_WORD = [
    pytest.param("이지원 과장 참석. 기술 지원 매니저는 불참.", "이지원", " 지원 매니저", marks=PAIR_COST),
    ("최지원 님께 회신드립니다. IT 지원팀장 승인 필요.", "최지원", " 지원팀장"),
    ("김영화 님 예매 확인. 영화 배우 팬미팅 일정 공지.", "김영화", " 영화 배우"),
    ("박동화 작가님 신작 출간. 동화 작가 지망생 워크숍.", "박동화", " 동화 작가"),
    ("정미래 씨 축하해요, 미래 작가를 응원합니다.", "정미래", " 미래 작가"),
    ("참석: 김민수, 한 두 명 더 올 수 있음", "김민수", "한 두 명"),
]

CLEAN = [
    "우리 집은 딸 하나 아들 둘이에요.",
    "엄마 생신이라 아들 학교 상담은 다음 주로 미뤘어요.",
    "둘째 주 월요일에 막내 동생 결혼식이 있다.",
    "위원회는 3월 셋째 주에 다시 모이기로 했다.",
    "쌍둥이 형제와 쌍둥이 자매가 한 반이다.",
    "엄마 자리 아빠 자리를 정해 두었다.",
    "아빠 다리 하고 앉아서 기다려.",
    "요양원 어르신 식사 보조와 경로당 어르신 방문 봉사",
    "신입 사원 교육 뒤 정규직 사원 전환 심사가 있다.",
    "연기파 배우와 주연급 배우, 한국인 배우가 출연한다.",
    "희망과 소망 성도 여러분을 환영합니다.",
    # handles that are phrases, and a spelled answer that is a word
    "@오늘도맑음 3일 전\n사진 예뻐요",
    "@행복한하루 2일 전\n저도 해봤어요",
    "고객 정 상 이고요",
    # words built of words before a title (a common word, a word and a title, a word and a compound's suffix)
    "동네 편의점 사장님이 반찬을 챙겨 주셨다.",
    "학과 선후배님들께 감사드립니다.",
    "지국장님 재량에 따라 달라집니다.",
    "부서별 팀장님께 취합해 주세요.",
    "계약서 서명란 대표이사 날인 확인",
    "과일 취향: 사과 ♡ 바나나 ♡ 딸기",
    "1. 회의록 / 2 안건 / 3 결과",
    "담당 부서 / 오 늘 / 내 일 일정표",
    "주식회사 한빛(韓光, 대표이사)",
    "주식회사 다온(이하 \"갑\")과 주식회사 누리(이하 \"을\")는 다음과 같이 계약한다.",
    "설 연휴 일정 안내 (이하 설명 참조)",
    "친구네서 자고 옴, 이모네서 밥 먹음, 저희네서 모임",
    "시골 동네서 자랐다.",
    "새 제품 이름은 '다온'으로 정했습니다.",
    "입양 문의 (말티즈, 흰색, 2살, 이름 '보리')",
    "이름은 비밀이에요. 우리는 이걸 사과라고 불러요.",
    "파일 이름은 '보고서'로 저장해 주세요.",
    "고객 이번달이요\n상담원 네 확인했고요\n고객 신한카드고요 일시불이요",
]


@pytest.mark.parametrize(("text", "values"), PEOPLE)
def test_round13_ko_names_are_found(scrubber, text, values):
    result = scrubber.scrub(text, "ko")
    assert all(v not in result.text for v in values), result.text


@pytest.mark.parametrize("text", CLEAN)
def test_round13_ko_look_alikes_are_left_alone(scrubber, text):
    result = scrubber.scrub(text, "ko")
    assert not result.findings, [(f.entity, text[f.start:f.end]) for f in result.findings]


@pytest.mark.parametrize(("text", "values"), REVIEW_PEOPLE)
def test_round13_ko_review_names_are_found(scrubber, text, values):
    result = scrubber.scrub(text, "ko")
    assert all(v not in result.text for v in values), result.text


@pytest.mark.parametrize("text", REVIEW_CLEAN)
def test_round13_ko_review_look_alikes_are_left_alone(scrubber, text):
    result = scrubber.scrub(text, "ko")
    assert not result.findings, [(f.entity, text[f.start:f.end]) for f in result.findings]



@pytest.mark.parametrize(("text", "name", "word"), REVIEW_NAME_AND_WORD)
def test_round13_ko_review_given_name_words_are_kept(scrubber, text, name, word):
    result = scrubber.scrub(text, "ko")
    assert name not in result.text and word in result.text, result.text
