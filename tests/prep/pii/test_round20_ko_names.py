"""Round 20 (Korean given names that are words too, in everyday messages), written fresh (no tuning row copied), both
ways: the name found (`*_FOUND`) and the look-alike kept (`*_KEPT`: no finding at all)."""

from __future__ import annotations

import pytest

from tests.prep.pii.test_round15_ko_recall import PAIR_COST, _covered  # every mention inside a PERSON finding

# A: a given name with a glued kin word (`prep.pii.names_ko_calls`): `이모`, `고모`, `삼촌`, `숙모`, `이모부`.
# A given name that is a word too (`순자`, `은주`): frequent, a person's kin word (`이모`, `고모`) and a particle.
KIN_FOUND = [
    ("설날에 미영이모랑 순자고모도 다 오셨어", ["미영", "순자"]),
    ("[가족방] 오후 3:12 혜숙이모가 다들 저녁 먹었냐고 물어보셔", ["혜숙"]),
    ("내일 성호삼촌이 데리러 온대", ["성호"]),
    ("정희고모한테 전화 좀 드려", ["정희"]),
    ("연락처: 010-3321-8890 (은주이모가 받아요)", ["은주"]),
    ("보내는 분: 명숙이모랑 이모부", ["명숙"]),
    ("영미고모께서 반찬 보내주셨어요", ["영미"]),
]
# ... not a word that says which aunt or uncle (`큰`, `막내`, `친정`, `옆집`) or the kin word alone.
KIN_KEPT = [
    "큰이모가 김치 보내줬어",
    "막내이모 결혼식이 다음 달이야",
    "작은고모한테 연락해봐",
    "친정이모가 오셔서 애 봐주셨어",
    "사촌이모 딸이 대학 붙었대",
    "옆집이모가 떡 주셨다",
    "둘째이모네 집 가는 길",
    "큰고모부랑 작은삼촌 오심",
    "막내삼촌은 해외에 있어",
    # a worker named by a place, a service or a job (review of this round's first version)
    "하원이모 구해요 주 3회",
    "학원삼촌이 데리러 와",
    "시터이모 구합니다",
    "식당이모가 반찬 더 주셨어",
]

# A2: the familiar `-이` before a kin word, one space apart: no noun takes the familiar `-이`.
I_KIN_FOUND = [
    ("민정이 누나가 전화했어", ["민정"]),
    ("From: 엄마\n현석이 형이 내일 온다더라", ["현석"]),
    ("보람이 언니가 결혼한대", ["보람"]),
    ("다음 주에 상철이 형도 온대", ["상철"]),
    ("| 보호자 | 준영이 형이 옴 |", ["준영"]),
    ("김민지 선배 말로는 태경이 삼촌한테도 연락했대", ["태경"]),  # any particle where the text names another person
]
# ... not a noun's subject before a kin word (`동생이 언니한테`), nor a `-이` word that is a word (`놀이`).
I_KIN_KEPT = [
    "동생이 언니한테 혼났어",
    "오늘이 동생 생일이야",
    "선물이 언니한테 갔어",
    "결혼식이 이모 생일이랑 겹쳐",
    "시험이 언니 때문에 망했어",
    "놀이 언니가 재밌대",
    "내 생각이 형 생각이랑 같아",
    "그 집이 이모 집이야",
    "학원이 형 집 근처야",
]

# B: a call that closes an utterance after other words: the vocative agrees with the name's last syllable, and a
# mark, an emoji or the line's end follows, in a text that names another person or is a chat's export. A given name
# that is a word too is called so where it is frequent (`보람`, `지수`; review r20 C).
CALL_FOUND = [
    ("지호: 생일 축하해 민지야 🎂\n민지: 고마워 ㅠㅠ", ["민지"]),
    ("고마워 지수야!!", ["지수"]),
    ("오늘 진짜 수고했어 영진아.", ["영진"]),
    ("[단톡] 김도현 선배가 먼저 간대\n응 알겠어 보람아 ㅋㅋ", ["보람"]),
    ("민호: 보고싶다 수민아 ㅠㅠ\n수민: 나도 ㅠㅠ", ["수민"]),
    ("| 할머니 김순자 | 사랑한다 민서야 ❤ |", ["민서"]),
    ("다들 고생했어 특히 은지야 고맙다.", ["은지"]),
    ("정우: 편히 쉬어 재훈아…\n재훈: 고마워 형 ㅠ", ["재훈"]),
    ("시험 잘 봐 보람아!\n보람: 고마워 ㅠㅠ", ["보람"]),  # and the called name as a speaker
]
# ... not an adverb, an endearment, a kin or pronoun word, a word whose call is a word whole (`복숭아`), a verb.
CALL_KEPT = [
    "향이 살짝 복숭아? 호불호 없을 듯",
    "잘 자 우리 애기야",
    "그래 친구야 고마워",
    "이리 와 강아지야 ㅋㅋ",
    "그 사람 누구야?",
    "이번엔 우리야!",
    "아직 아니야.",
    "사랑해 자기야 ❤",
    "조금만 더 참아 ㅠㅠ",
    "주문: 바나나, 파파야",
    "밥 먹자 얘들아~",
    "잘 가 내 사랑아 ❤",
    "이번 모임 장소는 홍대야",  # a copula after a topic: "it is X" (review of this round's first version)
]

# C: a writer naming themself: `저`/`나` and a copula, a given name that is no word (review r20 A); or `라고 합니다`
# after a first-person subject (`저는`, `제 이름은`: review r20 B); the copula agrees with the name's last syllable.
SELF_FOUND = [
    ("형 나 재훈인데 폰 고장나서 이걸로 연락해", ["재훈"]),
    ("안녕하세요 저 민준이에요 지난번 과외 문의드렸던", ["민준"]),
    ("네 안녕하세요 저는 동현이라고 합니다", ["동현"]),
    ("엄마 나 보람이야 폰 바꿨어 저장해줘", ["보람"]),
    ("[문자] 사장님 저 영훈인데요 오늘 좀 늦을 것 같습니다", ["영훈"]),
    ("처음 뵙겠습니다. 제 이름은 경숙이라고 합니다", ["경숙"]),
    ("난 영훈이야 반가워", ["영훈"]),
]
# ... not where one is (a city: `나 수원인데`), what one is (`학생`, `신입`, `혼자`), a company's greeting.
SELF_KEPT = [
    "엄마 나 수원인데 좀 늦어",
    "나 대전인데 KTX 놓쳤어",
    "나 강남인데 어디서 만나?",
    "저 학생이에요 할인 되나요?",
    "저 신입이에요 잘 부탁드립니다",
    "저 처음이에요 잘 부탁드려요",
    "나 회사인데 이따 전화할게",
    "저 혼자예요",
    "이건 사기라고 합니다 조심하세요",
    "효성입니다 결재 부탁드립니다",
    "동원입니다 참치 선물세트 안내",
    "안녕하세요, 고객센터입니다.",
]

# C2: a parent naming themself by their child: the child's name (no word: review r20 E), a parent word, a copula.
PARENT_FOUND = [
    ("안녕하세요 민준맘이에요~ 내일 하원 같이 해요", ["민준"]),
    ("선생님 저 하준이 엄마인데요 오늘 결석해요", ["하준"]),
    ("[문자] 시윤 아빠예요 픽업 제가 갈게요", ["시윤"]),
    ("From: 예준 엄마입니다\n준비물 확인 부탁드려요", ["예준"]),
    ("지훈 아빠입니다. 차량 지원 가능합니다", ["지훈"]),
]
# ... not a word that says which parent (`초보`, `직장`, `워킹`, `동네`, `친구`, `반장`).
PARENT_KEPT = [
    "안녕하세요 초보 엄마예요 잘 부탁드려요",
    "저 직장맘이에요 하원이 늦어요",
    "저 워킹맘인데요 주말만 가능해요",
    "여기 동네 엄마예요?",
    "이건 친구 엄마예요",
    "새로 온 반장 엄마예요",
    "옆집 아빠인데요 주차 좀",
]

# The review of round 20 (false findings, reworded): a word in each slot stays a word.
REVIEW_KEPT = [
    # A: where or what the writer is, a company's greeting; a schedule's label is no speaker
    "나 병원인데 조금만 기다려",
    "저 학원인데요 내일 보강 있습니다",
    "나 중국인데 언제 통화 가능해?",
    "나 야근인데 먼저 자",
    "안녕하세요 저 현대인데요 보험 만기 안내드려요",
    "저 효성입니다. 견적서 첨부합니다.",
    "저 대성입니다. 출고 안내드립니다.",
    "일정\n수영: 월 수 6시\n나 수영인데 끝나면 갈게",
    "할 일\n발레: 일요일 11시\n나 발레인데 이따 연락할게",
    # B: a definition, a thing's name, a group's or a company's name
    "돈을 빌리고 더 내는 돈을 이자라고 합니다.",
    "이런 바람을 태풍이라고 합니다.",
    "우리 동호회 이름은 한결이라고 합니다.",
    "이 업체는 동원이라고 합니다.",
    "제 가게 이름은 보람이라고 합니다.",
    "이 상태를 만삭이라고 합니다.",
    "용어\n수도: 정부가 있는 도시\n정부가 있는 도시를 수도라고 합니다.",
    # C: a thing, a season, a state called; a copula after a shortened topic
    "얼른 지나가라 태풍아 ㅠㅠ",
    "제발 좀 올라라 주식아 ㅠ",
    "안녕 병원아 ㅋㅋ 다신 오지 말자",
    "그건 두유야.",
    "여긴 인기야 ㅎㅎ",
    "고마워 영상아 ㅋㅋ",
    "잘 있어 현실아 ㅋㅋ",
    "메모\n주식: 카카오 5주\n올라라 주식아 📈",
    # D: a noun's subject before a kin word, a teacher named by the activity
    "지인이 언니한테 물어봤대",
    "영상이 언니 폰에 저장돼 있어",
    "병원이 이모 댁 옆이야",
    "인상이 오빠랑 닮았어",
    "수영삼촌이 잘 알려줘",
    # E: a neighbourhood, a state or an activity before a parent's word
    "광교맘입니다 질문 있어요",
    "상도맘이에요 ㅎㅎ",
    "영통맘인데요 정보 부탁해요",
    "만삭맘입니다 ㅠㅠ",
    "발레 엄마예요",
]
# F: a record's label that is the given name of a person the record names stays a label (the person is found).
LABEL_KEPT = [
    pytest.param("담당: 김하늘 선생님\n하늘: 맑음\n바람: 약함", "하늘", marks=PAIR_COST),  # read as a speaker's
    ("접수자: 박현상\n현상: 누수", "현상"),
    ("담당자: 김정원\n정원: 30명", "정원"),
    ("점검자: 이상태\n상태: 양호", "상태"),
]

FOUND = KIN_FOUND + I_KIN_FOUND + CALL_FOUND + SELF_FOUND + PARENT_FOUND
KEPT = KIN_KEPT + I_KIN_KEPT + CALL_KEPT + SELF_KEPT + PARENT_KEPT + REVIEW_KEPT


@pytest.mark.parametrize(("text", "values"), FOUND)
def test_round20_ko_name_in_a_message_slot_is_found(scrubber, text, values):
    result = scrubber.scrub(text, "ko")
    for value in values:
        assert _covered(result, text, value), (value, [text[f.start:f.end] for f in result.findings])


@pytest.mark.parametrize("text", KEPT)
def test_round20_ko_look_alike_in_a_message_slot_stays(scrubber, text):
    result = scrubber.scrub(text, "ko")
    assert not result.findings, [text[f.start:f.end] for f in result.findings]


@pytest.mark.parametrize(("text", "label"), LABEL_KEPT)
def test_round20_ko_record_label_of_a_named_person_stays(scrubber, text, label):
    result = scrubber.scrub(text, "ko")
    at = text.index(f"\n{label}:") + 1
    assert _covered(result, text, text[:text.index("\n")].split(": ")[1].split()[0])
    assert not [f for f in result.findings if f.start <= at < f.end], [text[f.start:f.end] for f in result.findings]
