"""Round 15 (Korean person recall in news, media, sports, entertainment and chat text), written fresh (no tuning row
copied), both ways: the name found (`*_FOUND`) and the look-alike kept (`*_KEPT`). The readings live in
`prep.pii.names_ko_news`.
"""

from __future__ import annotations

import pytest

# A: a one-syllable given name with the hypocoristic `-이` and a second particle, or the vocative `-아` after a dark
# vowel; then its other mentions in the same text.
PET_FOUND = [
    ("ㄴ 훈이가 먼저 나갔대\nㄴ ㅇㅇ 훈이는 원래 그래", ["훈"]),
    ("내일 혁이한테 노트 빌려야 함", ["혁"]),
    ("결이도 같이 온대? 결아, 폰 꺼졌어?", ["결"]),
    ("별이는 학원 갔어. 별아, 저녁은 먹고 와!", ["별"]),
    ("빈이를 역까지 데려다줬어", ["빈"]),
    ("막내 준이와 나는 한 반이었다", ["준"]),
    ("야 혁아 숙제 했냐", ["혁"]),
    ("[지훈] [오후 2:14] 솔이도 온대?\n[다은] [오후 2:15] 솔이는 알바라 못 온대", ["솔"]),  # a chat's lines
    ("오늘 다솜이랑 빛이가 싸웠어. 빛이는 울었고", ["빛"]),
    ("솔이만 아직 도착 안 했어요. 솔이한테 전화해 볼게요", ["솔"]),
]
PET_KEPT = [
    "책상 길이는 120cm입니다.",
    "물을 끓이는 동안 면을 준비하세요.",
    "난방비를 줄이는 방법을 알려 드립니다.",
    "님이랑 저랑 같은 팀이에요.",
    "형아 나 배고파",
    "빨리 잡아! 놓치면 안 돼",
    "원아 모집 안내\n육아 휴직 신청서",
    "커튼은 창문에 달아 주세요.",
    "대구탕에 곤이도 넣어 주세요. 그게 니 집이가?",
    "별이 빛나는 밤에 산책했다.",
    "봄이네요 벌써.",
    "한 번이나 두 번은 괜찮아요.",
    # review of round 15: a noun whose `X이` is a word, a one-syllable noun with a web spelling's `-이가`, a lyric's
    # call, and a plain `X이` elsewhere in a text where the name reading fired
    "프린터에 넣을 종이를 더 사 와야 해요.",
    "포도 세 송이와 배 한 개를 샀다.",
    "암세포의 전이가 확인되지 않았습니다.",
    "이번 모의고사는 난이도가 꽤 높았다.",
    "식이 조절과 꾸준한 운동이 중요합니다.",
    "바닥에 떨어진 그릇에 금이가 갔다.",
    "새우깡 광고처럼 손이가요 손이가",
    "밤하늘의 별아 별아 내 마음을 알까",
    "외로운 섬아 섬아 너도 울고 있니",
    "봄이 오면 꽃이 핀다. 봄이는 아직 멀었다.",
    "우리 집 강아지 몽이는 산책을 좋아해요.",
    "아버지는 보약을 달이는 중이었다.",
]

# A known cost of round 20's second shipped tagger (read with the first, recall first): it reads a word listed or
# paired with a name as a name too (`김지은, 구찌`, `민준이랑 밥이랑`); the held-out sets' gains are in docs/scrub.md
PAIR_COST = pytest.mark.xfail(strict=True, reason="round 20: the second shipped tagger reads a word listed or paired "
                                                  "with a name as one (docs/scrub.md, Round 20)")

# B: a foreign name in Hangul in a report: a sports or entertainment role right before it, or an age (and team) in
# brackets right after it.
FOREIGN_FOUND = [
    ("공격수 토마스 베르너가 결승골을 넣었다.", ["토마스 베르너"]),
    ("미드필더 루카 모드리치는 풀타임을 뛰었다.", ["루카 모드리치"]),
    ("배우 에마 스톤은 시상식에서 눈물을 보였다.", ["에마 스톤"]),
    ("팝스타 테일러 스위프트가 새 앨범을 냈다.", ["테일러 스위프트"]),
    ("새로 합류한 윙어 하빈 로드리고도 도움을 올렸다.", ["하빈 로드리고"]),
    ("마르코 베른스(27·FC 바젤)가 두 골을 터뜨렸다.", ["마르코 베른스"]),
    ("공격수 마르코 베른스(27)가 두 골을 터뜨렸다.", ["마르코 베른스"]),
]
FOREIGN_KEPT = [
    "뉴욕 타임스는 이 소식을 1면에 실었다.",
    "맨체스터 유나이티드가 3-1로 이겼다.",
    "로스앤젤레스 다저스가 연승을 달렸다.",
    "루이 비통은 신제품을 공개했다.",
    "파리 생제르맹(PSG)과 경기했다.",
    # review of round 15: a brand or a club named after people, after a role or before a score
    "모델 캘빈 클라인 속옷 화보가 공개됐다.",
    "배우 케이트 스페이드 가방을 든 채 입국했다.",
    "공격수 메르세데스 벤츠 소속으로 뛰었다.",
    "애스턴 빌라(12)가 홈에서 이겼다.",
]

# C: a given name before a trade's role noun and `님` (an agent's syllable ends the noun), or before a newsroom's or a
# sport's role; a greeting's self-introduction.
TITLED_FOUND = [
    ("하온 트레이너님 수업 최고예요", ["하온"]),
    ("채원 간호사님께 감사드립니다", ["채원"]),
    ("하율 미용사님으로 예약했어요", ["하율"]),
    ("하린 연구원님이 결과를 설명했습니다", ["하린"]),
    ("솔희 아나운서가 진행을 맡았다.", ["솔희"]),
    ("라희 앵커는 마지막 인사를 했다.", ["라희"]),
    ("안녕하세요, 하람입니다. 오늘은 캠핑 왔어요", ["하람"]),
]
TITLED_KEPT = [
    "교육 담당자님께 문의하세요",
    "고객 상담사님 연결 중입니다",
    "민원 상담원님 안내에 따라 진행하세요",
    "전문 상담사님이 답변드립니다",
    "현장 소장님 확인 바랍니다",
    "수석 연구원님 발표",
    "1분 만에 배우는 김밥 말기",
    "정부 대변인은 입장을 밝혔다.",
    "안녕하세요 고객센터입니다.",
    "안녕하세요, 상담원입니다.",
    # review of round 15: a field or a place before a role and `님`; a district or an office in a greeting
    "현지 직원님이 길을 안내했다",
    "수원 지사장님이 다녀가셨다",
    "민원 담당관님께 서류를 넘겼습니다",
    "안녕하세요, 홍천입니다.",
    "안녕하세요, 진천군입니다.",
    "트로트 샛별 가수가 무대에 섰다.",
]

# D: a given name as the subject of a person's voice (`말했다`, `외쳤다`, `웃었다`), a members' or a cast's list, a
# surname glued to a coach's title.
VOICE_FOUND = [
    ('도윤이 "형 먼저 가"라고 말했다.', ["도윤"]),
    ("보이그룹 멤버 태린·도겸·시윤·하진이 무대에 오른다.", ["태린", "도겸", "시윤", "하진"]),
    ("팬카페 공지: 멤버 세인, 도아, 유담의 생일 서포트", ["세인", "도아", "유담"]),
    ("김감독은 경기 후 선수들을 격려했다.", ["김"]),
    ("박코치가 오전 훈련을 맡았다.", ["박"]),
]
VOICE_KEPT = [
    '정부는 "추가 대책을 검토 중"이라고 밝혔다.',
    '현대는 "투자를 늘리겠다"고 말했다.',
    "사랑은 말했다.",
    "모두가 웃었다.",
    '전문가는 "금리가 더 오를 것"이라고 말했다.',
    "멤버 혜택, 할인, 적립 안내",
    "게스트 하우스, 호텔 비교",
    "멤버 전원이 참석했다.",
    "총감독은 회의를 열었다.",
    "신감독 체제가 출범했다.",
    "예술감독이 바뀌었다.",
    "노감독은 마지막 경기를 마치고 은퇴했다.",
]

# E: a match report's and a byline's layouts: a credit's name after `=`, a scorer's name before the minute, a roster's
# foreign player beside a found name, a substitution's arrow.
REPORT_FOUND = [
    ("사진 = 구하람 / 정리 = 오다은", ["구하람", "오다은"]),
    ("득점: 도하 23', 예준 45+2'", ["도하", "예준"]),
    ("FW 9 레안드로 / 11 양재민 / 19 카이오", ["레안드로", "양재민", "카이오"]),
    ("교대: 마상철 ↔ 권태오", ["마상철", "권태오"]),
]
REPORT_KEPT = [
    "서울 → 부산 → 대구",
    "전반 23' 선제골, 후반 45' 추가골",
    "경기 90' 종료",
    "사진 = 연합뉴스",
    "글 = 편집부",
    "1 = 2 / 정답 = 사과",
    "맛집 리스트: 레안드로, 파스타, 피자",
]
# review of round 15: a brand beside a found name (no shirt number: no roster), a plain noun beside a found pet name
BESIDE_KEPT = [
    pytest.param("모델: 김지은, 구찌.", "구찌", marks=PAIR_COST),
    ("협찬 이재훈 / 벤츠", "벤츠"),
    ("별아, 생일 축하해! 밤하늘에 별이 빛나는 날이야.", "별이 빛나는"),
]

# F: an interview's script: a name that opens two or more answers where a question's or a host's line opens others.
SCRIPT_FOUND = [
    ("[하윤], [오후 8:02] 내일 몇 시?\n[예서], [오후 8:03] 10시쯤", ["하윤", "예서"]),  # a chat export, a comma between
    ("Q. 첫 무대 기억나세요?\n윤슬: 많이 떨었어요.\nQ. 다음 목표는?\n윤슬: 정규 앨범이요.", ["윤슬"]),
    ("앵커: 현장 연결합니다.\n다온: 네, 현장입니다.\n앵커: 상황은요?\n다온: 비가 그쳤습니다.", ["다온"]),
]
SCRIPT_KEPT = [
    "[공지], [오전 9:00] 점검 안내\n[알림], [오전 9:01] 점검 완료",
    "기자: 요즘 근황은?\n답변: 바쁘게 지내요.\n기자: 다음 작품은?\n답변: 곧 공개됩니다.",
    "Q1. 가입 방법은?\n안내: 홈페이지에서 가능합니다.\nQ2. 탈퇴는?\n안내: 고객센터로 문의하세요.",
    "Q. 배송은 언제 되나요?\nA: 2일 이내입니다.\n참고: 주말 제외\n참고: 도서산간 추가",
]


def _covered(result, text: str, value: str) -> bool:
    """Is every occurrence of `value` in `text` inside a PERSON finding?"""
    spans = [(f.start, f.end) for f in result.findings if f.entity == "PERSON"]
    at = text.find(value)
    while at >= 0:
        if not any(s <= at and at + len(value) <= e for s, e in spans):
            return False
        at = text.find(value, at + 1)
    return True


FOUND = PET_FOUND + FOREIGN_FOUND + TITLED_FOUND + VOICE_FOUND + REPORT_FOUND + SCRIPT_FOUND
KEPT = PET_KEPT + FOREIGN_KEPT + TITLED_KEPT + VOICE_KEPT + REPORT_KEPT + SCRIPT_KEPT


@pytest.mark.parametrize(("text", "values"), FOUND)
def test_round15_ko_names_are_found(scrubber, text, values):
    result = scrubber.scrub(text, "ko")
    assert all(_covered(result, text, v) for v in values), [text[f.start:f.end] for f in result.findings]


@pytest.mark.parametrize("text", KEPT)
def test_round15_ko_look_alikes_are_left_alone(scrubber, text):
    result = scrubber.scrub(text, "ko")
    assert not result.findings, [(f.entity, text[f.start:f.end]) for f in result.findings]


@pytest.mark.parametrize(("text", "value"), BESIDE_KEPT)
def test_round15_ko_word_beside_a_name_is_left_alone(scrubber, text, value):
    result = scrubber.scrub(text, "ko")
    at = text.index(value)
    assert result.findings and not any(f.start <= at < f.end for f in result.findings), [
        (f.entity, text[f.start:f.end]) for f in result.findings]
