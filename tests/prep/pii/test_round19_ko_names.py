"""Round 19 (Korean given names in everyday messages), written fresh (no tuning row copied), both ways: the name
found (`*_FOUND`) and the look-alike kept (`*_KEPT`: the word stays while the real name beside it goes)."""

from __future__ import annotations

import pytest

from tests.prep.pii.test_round15_ko_recall import PAIR_COST, _covered  # every mention inside a PERSON finding

# A: the partner of a found name in a pair joined by `랑`, `하고`, `와`/`과`, `·` (`prep.pii.names_ko_pairs`): a given
# name with the familiar `-이` and a particle (a dictionary word too: `별`, `초롱`, `가람`), or a plausible given
# name that is no word with a plain particle.
PAIR_FOUND = [
    ("주말엔 민서랑 가람이는 캠핑 간대", ["민서", "가람"]),
    ("우리 반 도윤이하고 초롱이가 반장 선거에 나갔대", ["도윤", "초롱"]),
    ("고마워요 ~ 은우랑 솔이도 내일 같이 가요", ["은우", "솔"]),
    ("수아랑 봄이는 쌍둥이야", ["수아", "봄"]),
    ("후기) 윤서랑 겸이는 진짜 잘 먹더라 ㅋㅋ", ["윤서", "겸"]),
    ("팀장님, 회의록은 최은지와 다온이 나눠서 쓸게요", ["최은지", "다온"]),
    ("메일 드립니다. 자료는 송민재하고 보람이가 준비했습니다.", ["송민재", "보람"]),
    ("지난주엔 다은이랑 라희가 놀러왔어", ["다은", "라희"]),
    ("| 조 | 1조: 정하늘·오세린이 |", ["정하늘", "오세린"]),
]
# ... and what follows a found name's `랑` or `와` as the thing the pair did or had: a word, a pronoun, a noun whose
# `-이` word is a word (`길이`, `고양이`), a noun's own `이랑`, an object.
PAIR_KEPT = [
    ("어제 지호랑 영화도 봤어", "영화"),
    ("서윤이랑 동생이랑 마트 갔어", "동생"),
    ("지수랑 길이는 비슷한데 색이 달라", "길"),
    ("도윤이하고 고양이는 잘 지내", "고양"),
    pytest.param("민준이랑 밥이랑 먹고 왔어", "밥", marks=PAIR_COST),
    ("김민수와 대화를 나눴다.", "대화"),
    ("채원이랑 사진도 찍었어", "사진"),
    ("지호랑 별이 보러 갔다", "별"),
    ("수아랑 봄이 오면 꽃구경 가자", "봄"),
    ("정우랑 먹이를 줬어", "먹"),
    ("은우랑 나랑 둘이 갔어", "나"),
    ("봉준호와 기생충이 상을 받았다", "기생충"),
    ("손흥민과 토트넘은 재계약에 합의했다.", "토트넘"),
]

# B: a found one-syllable chat speaker called or talked about in the others' lines: a vocative, the familiar `-이`.
SPEAKER_FOUND = [
    ("솔: 나 오늘 늦어\n하람: ㅇㅋ 솔아 천천히 와\n솔: 고마워", "솔"),
    ("봄: 점심 뭐 먹지?\n지유: 야 봄아 떡볶이 ㄱ\n봄: 좋아", "봄"),
    ("결: 나 도착\n민서: 결이 왔대 ㅋㅋ\n결: ㅇㅇ", "결"),
    ("별: 오늘 날씨 좋다\n해린: 별이도 나올래?\n별: 그래", "별"),
    ("ㅎㅎ 솔아 어디야\n솔: 카페\n다온: 나도 갈게 솔이 옆자리 맡아줘", "솔"),
]
# ... not a verb's `-아` after a bright vowel (`남아?`) where nothing calls.
SPEAKER_KEPT = [
    ("남: 이거 얼마 남았어?\n지수: 조금 남아?\n남: 응", "남아"),
    ("길: 여기서 좌회전\n안내: 길이 막힘\n길: 우회 바람", "길이"),
]

# C: a household named after a person: `X네` before a home's or a family's noun, X no common word or kin word.
HOUSEHOLD_FOUND = [
    ("토요일에 밍키네 강아지 산책시켜 주기로 함", "밍키"),
    ("주말에 하랑이네 가족이랑 캠핑", "하랑"),
    ("[배달 메모] 솔이네 집입니다. 문 앞에 두세요", "솔"),
    ("토마스네 애들이 한국어를 잘해요", "토마스"),
]
HOUSEHOLD_KEPT = [
    ("친구네 집에서 자고 올게", "친구"),
    ("이모네 가족이랑 여행 가", "이모"),
    ("사장님네 가게는 문 닫았어", "사장"),
    ("큰집네 식구들이 모였다", "큰집"),
    ("동생네 부부가 놀러 왔어", "동생"),
    ("예쁘네 집이 정말", "예쁘"),
    ("원장네 집들이에 다녀왔다", "원장"),
    ("부자네 집 같은 거실", "부자"),
    # a review's probes, reworded: a kin word's compound, a shop, a place, a compound noun, a verb's `-네`
    ("작은아버지네 식구들이 내려왔어", "작은아버지"),
    ("아줌마네 식구들 다 왔대", "아줌마"),
    ("언니오빠네 부부가 놀러 옴", "언니오빠"),
    ("신혼부부네 고양이 사진 봐봐", "신혼부부"),
    ("이웃사촌네 애들이 벌써 중학생", "이웃사촌"),
    ("부잣집네 아이들은 방학에 유학 간대", "부잣집"),
    ("저기 떡볶이네 집 맛집이래", "떡볶"),
    ("엄마손네 집 김치가 제일 맛있어", "엄마손"),
    ("꽃집네 강아지가 또 나와 있더라", "꽃집"),
    ("빵집네 고양이 이름 아는 사람?", "빵집"),
    ("세탁소네 애들이 인사를 참 잘해", "세탁소"),
    ("동물병원네 강아지 입양 보냈대", "동물병원"),
    ("건너편네 아이들이 밤늦게까지 뛴다", "건너편"),
    ("윗동네 집값이 많이 올랐대", "윗동"),
    ("너무 졸리네 집에 빨리 가고 싶다", "졸리"),
    ("오늘 심심하네 고양이랑 놀아야지", "심심하"),
]

# D: a name told with the honorific `성함` / `존함` and its honorific copula (`이셨는데`, `님이신데`, `이세요`).
TOLD_FOUND = [
    ("택배 기사님 성함이 남궁민혁이셨는데 정말 친절하셨어요", "남궁민혁"),
    ("성함은 정다은이세요", "정다은"),
    ("원장님 성함이 하윤이셨나 기억이 가물가물", "하윤"),
]
TOLD_KEPT = [
    "담당 선생님 성함이 기억이 안 나요",
    "성함이 특이하세요",
    "성함이 길어서 외우기 힘들다",
]

# E: a Latin first name's Hangul spelling in the same document (`prep.pii.names_ko_glossed`), where the English
# detector finds the Latin one as a person; not a brand, a club, a place or a word spelled the same way.
GLOSSED_FOUND = [
    ("[단톡] Kevin 이번주 서울 온대\n민지: 케빈이랑 저녁 먹자", "케빈"),
    ("참석자 명단에 Daniel Kim 추가\n다니엘은 오후 회의만 참석 가능", "다니엘"),
    ("From: Carlos Mendes\n카를로스 씨, 견적서 확인했습니다.", "카를로스"),
    ("Hi Sophie! 지난번 사진 고마워\n소피한테 다시 보내줄게", "소피"),
]
GLOSSED_KEPT = [
    ("Samsung 갤럭시 샀어. 삼성 제품 좋아", "삼성"),
    ("Mark 씨가 보낸 자료를 마크 표시해 두었어요", "마크"),
    ("Lot 240311 시약, 로트 번호 확인", "로트"),
    ("Bell's palsy 의심. 벨 마비 소견", "벨"),
    ("Jordan 운동화 샀어, 조던 신발 편해", "조던"),
    ("Victoria 여행 후기. 빅토리아 항구가 예뻤다", "빅토리아"),
    ("Chelsea 경기 봤어? 첼시 이겼더라", "첼시"),
    ("Maria Santos 회장님 인사말. 마리아 회장님은", "마리아"),
    # a review's probes, reworded: a short name's consonants in a word or a verb, a thing named after a person, a brand
    ("Tom 한테 전화했어. 도움이 필요하대", "도움"),
    ("Ben 에게 파일 보내요, 급해요", "보내요"),
    ("공지 작성자 Grace. 그레이스 기간 끝나기 전에 갱신하세요", "그레이스"),
    ("Tiffany 반지 샀어! 티파니가 역시 예뻐", "티파니"),
    pytest.param("James 씨는 제임스 본드 시리즈를 다 봤대요", "제임스", marks=PAIR_COST),
    ("Daniel 님 추천으로 다니엘 서점에 다녀왔어요", "다니엘"),
]


@pytest.mark.parametrize(("text", "value"), GLOSSED_FOUND)
def test_round19_ko_hangul_spelling_of_a_latin_name_is_found(scrubber, text, value):
    result = scrubber.scrub(text, "ko")
    assert _covered(result, text, value), [text[f.start:f.end] for f in result.findings]


@pytest.mark.parametrize(("text", "word"), GLOSSED_KEPT)
def test_round19_ko_hangul_word_beside_a_latin_word_stays(scrubber, text, word):
    result = scrubber.scrub(text, "ko")
    at = text.index(word)
    if word == "마리아":  # a person here: the whole word goes, never `마리|아` (its consonants are the same)
        assert any(f.start == at and f.end == at + 3 for f in result.findings), result.findings
        return
    assert not any(f.start <= at < f.end for f in result.findings), [text[f.start:f.end] for f in result.findings]


@pytest.mark.parametrize(("text", "value"), TOLD_FOUND)
def test_round19_ko_honorific_told_name_is_found(scrubber, text, value):
    result = scrubber.scrub(text, "ko")
    assert _covered(result, text, value), [text[f.start:f.end] for f in result.findings]


@pytest.mark.parametrize("text", TOLD_KEPT)
def test_round19_ko_honorific_name_word_alone_stays(scrubber, text):
    result = scrubber.scrub(text, "ko")
    assert not result.findings, [text[f.start:f.end] for f in result.findings]


@pytest.mark.parametrize(("text", "value"), HOUSEHOLD_FOUND)
def test_round19_ko_household_person_is_found(scrubber, text, value):
    result = scrubber.scrub(text, "ko")
    assert _covered(result, text, value), [text[f.start:f.end] for f in result.findings]


@pytest.mark.parametrize(("text", "word"), HOUSEHOLD_KEPT)
def test_round19_ko_household_word_stays(scrubber, text, word):
    result = scrubber.scrub(text, "ko")
    assert not result.findings, [text[f.start:f.end] for f in result.findings]

# F: the speakers of a short chat (two lines will do) who call each other by name (`prep.pii.names_ko_chat`).
CALLED_FOUND = [
    ("솔: 가람아 뭐해\n가람: 솔아 그냥 누워있어", ["솔", "가람"]),
    ("다온: 윤아 오늘 와?\n윤: 응 다온아 7시", ["다온", "윤"]),
    ("엄마: 별아 밥 먹어\n별: 네 엄마", ["별"]),
]
CALLED_KEPT = [
    "가격: 만원\n수량: 두 개",
    "A: 좋아\nB: 그래",
]


@pytest.mark.parametrize(("text", "values"), CALLED_FOUND)
def test_round19_ko_speakers_called_by_name_are_found(scrubber, text, values):
    result = scrubber.scrub(text, "ko")
    assert all(_covered(result, text, v) for v in values), [text[f.start:f.end] for f in result.findings]


@pytest.mark.parametrize("text", CALLED_KEPT)
def test_round19_ko_fields_that_call_no_one_stay(scrubber, text):
    result = scrubber.scrub(text, "ko")
    assert not result.findings, [text[f.start:f.end] for f in result.findings]


@pytest.mark.parametrize(("text", "values"), PAIR_FOUND)
def test_round19_ko_pair_partner_is_found(scrubber, text, values):
    result = scrubber.scrub(text, "ko")
    assert all(_covered(result, text, v) for v in values), [text[f.start:f.end] for f in result.findings]


@pytest.mark.parametrize(("text", "word"), PAIR_KEPT)
def test_round19_ko_word_after_a_pair_stays(scrubber, text, word):
    result = scrubber.scrub(text, "ko")
    at = text.index(word, 2)
    assert not any(f.start <= at < f.end for f in result.findings), [text[f.start:f.end] for f in result.findings]


@pytest.mark.parametrize(("text", "value"), SPEAKER_FOUND)
def test_round19_ko_speaker_mentions_are_found(scrubber, text, value):
    result = scrubber.scrub(text, "ko")
    assert _covered(result, text, value), [text[f.start:f.end] for f in result.findings]


@pytest.mark.parametrize(("text", "word"), SPEAKER_KEPT)
def test_round19_ko_verb_after_a_speaker_stays(scrubber, text, word):
    result = scrubber.scrub(text, "ko")
    at = text.index(word, text.index("\n"))
    assert not any(f.start <= at < f.end for f in result.findings), [text[f.start:f.end] for f in result.findings]
