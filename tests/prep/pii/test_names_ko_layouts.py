"""Korean names in the layouts of round 4 (`prep.pii.names_ko_layouts`): chat apps' speakers, split name
fields, name fields the detector did not know, roles and kin beside a name, four-syllable names; and the
look-alikes that must stay (roles as speakers, masked names, weekdays, words after a name field)."""

from __future__ import annotations

import pytest

from prep.pii.names_ko import KoreanNameDetector, load_model
from prep.pii.names_ko_layouts import long_given


@pytest.fixture(scope="module")
def detector() -> KoreanNameDetector:
    return KoreanNameDetector()


def found(detector: KoreanNameDetector, text: str) -> set[str]:
    return {text[s:e] for s, e in detector.find(text)}


@pytest.mark.parametrize("text, names", [
    ("하늬 — 어제 오후 9:40\n내일 봐요\n은솔 — 어제 오후 9:41\n응", {"하늬", "은솔"}),  # Discord
    ("도담, [02.05.26 08:12]\n출발했어\n\n마루, [02.05.26 08:15]\nㅇㅋ", {"도담", "마루"}),  # Telegram
    ("국민재  9:31 AM\n빌드 깨졌어요\n변다온  9:33 AM\n확인할게요", {"국민재", "변다온"}),  # Slack
    ("2025. 11. 3. 오후 10:02 - 노을: 자니?\n2025. 11. 3. 오후 10:05 - 별: 아니", {"노을", "별"}),  # WhatsApp
    ("[왕소망] [오후 2:11] 도착\n[탁가온] [오후 2:12] 저도요", {"왕소망", "탁가온"}),  # KakaoTalk PC, a word-ish name
    ("@새벽 @라온 오늘 모임 취소", {"새벽", "라온"}),  # display-name mentions
])
def test_chat_app_speakers_are_names(detector, text, names):
    assert names <= found(detector, text)


def test_a_one_syllable_speaker_called_out_goes_too(detector):
    text = "2025. 11. 3. 오후 10:02 - 솔: 어디야\n2025. 11. 3. 오후 10:04 - 한결: 솔아 잠깐만"
    spans = [(s, e) for s, e in detector.find(text) if text[s:e] == "솔"]
    assert len(spans) == 2


@pytest.mark.parametrize("text", [
    "[배송기사] [오전 7:02] 문 앞에 두었습니다",
    "[고객센터] [오후 3:00] 문의가 접수되었습니다",
    "관리자 — 오늘 오전 10:00\n공지 확인 바랍니다",
    "메일은 홍보팀@회사 로 보내 주세요",
])
def test_roles_and_services_as_speakers_stay(detector, text):
    assert not found(detector, text)


@pytest.mark.parametrize("text, names", [
    ("■ 회원 정보\n성: 엄\n이름: 가을\n연락처: 없음", {"엄", "가을"}),
    ("| 번호 | 성 | 이름 |\n|---|---|---|\n| 1 | 제갈 | 누리 |\n| 2 | 편 | 하늘 |", {"제갈", "누리", "편", "하늘"}),
    ("가족관계\n관계\t성명\t생년\n부\t길동현\t1970\n모\t온미소\t1972", {"길동현", "온미소"}),
])
def test_a_name_split_over_fields_or_columns_goes(detector, text, names):
    assert names <= found(detector, text)


@pytest.mark.parametrize("text, name", [
    ("접수증\n청구인명 : 봉시온\n접수일 2026-01-02", "봉시온"),
    ("위임받는 사람 성함 : 육단비\n관계: 지인", "육단비"),
    ("인수자(실명) 모하람\n서명: ____", "모하람"),
    ("성명(한글) 반여름  성명(영문) BAN YEOREUM", "반여름"),
    ("받는사람: 소윤 <soyun@example.com>", "소윤"),
    ("의뢰의사: 추별 (가정의학과)", "추별"),
])
def test_fields_whose_label_says_name(detector, text, name):
    assert name in found(detector, text)


@pytest.mark.parametrize("text", [
    "■ 회원 정보\n성명: ____\n이름(영문): \n※ 성과 이름을 나누어 적으세요.",
    "제2장 성명의 표시\n이용자 이름 표시 방식은 닉네임입니다.",
    "변수 이름 지정 규칙과 파일 이름 형태를 정리합니다.",
    "다음 회의: 차주 화요일 10시",
    "긴급연락처 관계: 배우자",
])
def test_empty_fields_headings_and_words_stay(detector, text):
    assert not found(detector, text)


@pytest.mark.parametrize("text, name", [
    ("택배 왔습니다. 배송기사 탁서준 010-0000-0000", "탁서준"),
    ("사법경찰리 경장 우민혁은 진술인에게 물었다.", "우민혁"),
    ("[부고] 모친상 여현수(한빛신문 논설위원)씨", "여현수"),
    ("할머니는 잘 계시고 편지훈 삼촌도 안부 전하신다.", "편지훈"),
    ("늘 감사합니다.\n육해솔 엄마 올림", "육해솔"),
    ("고마워 🎁 준서야 다음에 또 보자", "준서"),
    ("상담해 주신 서윤 매니저님 감사합니다.", "서윤"),
])
def test_roles_kin_and_callouts_beside_a_name(detector, text, name):
    assert name in found(detector, text)


@pytest.mark.parametrize("text", [
    "경사 형식의 지붕과 경사 각도를 계산한다.",
    "값은 0이어야 합니다. 이름은 ASCII여야 하고.",
    "경찰은 송모 씨(41)를 입건했다. 피해자 허모 씨는 귀가했다.",
    "요청 시 팀장님께 보고합니다.",
])
def test_their_look_alikes_stay(detector, text):
    assert not found(detector, text)


@pytest.mark.parametrize("value, expected", [
    ("장아름솔", True), ("김빛나리", True), ("최한가람", True),
    ("한솔문구", False), ("정보보호", False), ("박물관장", False), ("김치찌개", False),
])
def test_four_syllable_names(value, expected):
    assert long_given(load_model(), value) is expected


@pytest.mark.parametrize("text, name", [
    ("2학년 청소 당번\n월: 도하은\n화: 이하늘별\n수: 나민서", "이하늘별"),
    ("판사 사 공 민 재\n판사 노 태 윤", "사 공 민 재"),
    ("특별보고관 올리비아 마르티네스는 우려를 표했다.", "올리비아 마르티네스"),
])
def test_four_syllable_spaced_and_foreign_names_go(scrubber, text, name):
    out = scrubber.scrub(text, "ko").text
    assert name not in out and "[PERSON]" in out


@pytest.mark.parametrize("text, name", [
    ("모임 공지\n댓글 3\n다정 저 갈게요\n보미 저도요", "보미"),
    ("새가족반 수료: 청년부 하람 자매", "하람"),
    ("사법경찰리 경위 노다온은(는) 피의자에게 물었다.", "노다온"),
    ("[부고] 지석(동아일보 편집국장)씨 부친상", "지석"),
])
def test_comments_church_titles_rank_chains_and_posts(detector, text, name):
    assert name in found(detector, text)


@pytest.mark.parametrize("text", [
    "공지사항\n댓글 2\n저도 궁금해요\n좋은 정보 감사합니다",
    "세 자매 모두 한 학교를 다녔다.",
])
def test_comment_lines_and_kin_words_stay(detector, text):
    assert not found(detector, text)
