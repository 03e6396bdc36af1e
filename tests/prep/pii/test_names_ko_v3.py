"""Korean names, round 3 (issue #15): each class the detector missed on text we did not write, with a
clean counterpart that must stay untouched. Fresh cases, not rows of data/eval/tuning/pii_v3_ko.jsonl."""

from __future__ import annotations

import pytest

from prep.pii.names_ko import KoreanNameDetector, load_model
from prep.pii.names_ko_context import cue_rejected, load_foreign


@pytest.fixture(scope="module")
def find():
    detector = KoreanNameDetector()
    return lambda text: [text[a:b] for a, b in detector.find(text)]


@pytest.mark.parametrize(("text", "names"), [
    # a common given name after a surname whose first syllables also spell a word (`정수`, `권한`, `서서`)
    ("어제 정수민이랑 밥 먹었어", ["정수민"]),
    ("권한솔이 발표했다", ["권한솔"]),
    ("오늘 서서현이 왔다", ["서서현"]),
    # form and roster cells: a role or number, then a name, then no more Hangul
    ("사회 문태호\n주례 구민석", ["문태호", "구민석"]),
    ("결재 라도현 | 검토 배지환", ["라도현", "배지환"]),
    ("MF 10 탁도현 (C)", ["탁도현"]),
    # an age in parentheses
    ("피의자 문채원(31)은 혐의를 인정했다", ["문채원"]),
    # a speaker after a bracketed channel or a reply mark
    ("[길드] 표상우: 출발?\n[길드] 남경민: ㄱㄱ", ["표상우", "남경민"]),
    ("└ 예나: ㅇㅋ", ["예나"]),
    # titles of church, school and office
    ("대표기도 여준호 집사", ["여준호"]),
    ("다온 학생 결석", ["다온"]),
    # a surname and a given name written apart, then an honorific
    ("수취인 한 지원 님 귀하", ["한 지원"]),
    # foreign names in Hangul: a title after them, or another name on the line
    ("토마스 뮐러 선수가 골을 넣었다", ["토마스 뮐러"]),
    ("명단: 김가온, 올리비아 마르티네즈, 박서후", ["김가온", "올리비아 마르티네즈", "박서후"]),
    # a list one per line with a surname + three syllables among sure names
    ("우지안\n변서준\n금빛나래\n남궁민", ["우지안", "변서준", "금빛나래", "남궁민"]),
])
def test_round3_names_found(find, text, names):
    assert find(text) == names


@pytest.mark.parametrize("text", [
    "지정한 파일을 열 수 없음",  # word + suffix: `지정|한`, `복수|형`, `사용|중`, `주석|문`
    "복수형 번역이 없습니다",
    "사용중인 장치",
    "주석문은 모두 추출된다",
    "안정은 무엇보다 중요하다",  # word + particle, though `정은` is a given name
    "파일 열기\n화면 나가기(_L)",  # menu cells are no name cells
    "CPU 사용율",
    "김모(45)씨는 혐의를 부인했다",  # masked
    "상임이사회가 열렸다",  # a title glued inside a compound
    "공영주차장을 이용하세요",
    "호스트 이름을 지정하세요",  # loanwords among the dictionary's person names, no person context
    "현재 브랜치를 삭제할 수 없습니다",
    "그분이랑 거래했어요",  # a pronoun + `이랑`
])
def test_round3_clean_untouched(find, text):
    assert find(text) == []


@pytest.mark.parametrize(("text", "start", "end", "rejected"), [
    ("보호자 동반 하에 퇴원", 4, 6, True),
    ("45세 남자 환자로 내원", 4, 6, True),
    ("◯위원  장관님, 답변하세요", 5, 7, True),
    ("상담원: 고객님 안녕하세요", 5, 8, True),
    ("김모씨의 변호인", 0, 2, True),
    ("성명 임진  연락처", 3, 5, False),  # after a name field the word is the name
    ("담당 조은비 님", 3, 6, False),
])
def test_cue_candidates_that_are_words_are_dropped(text, start, end, rejected):
    assert cue_rejected(load_model(), text, start, end) is rejected


def test_scrubber_keeps_words_next_to_cues():
    from prep.config import PrepConfig
    from prep.pii.scrub import Scrubber

    scrubber = Scrubber(PrepConfig().scrub)
    texts = ["보호자 동반 하에 퇴원하였음", "45세 남자 환자로 내원함", "상담원: 고객님 안녕하세요"]
    assert all(not result.findings for result in scrubber.scrub_batch(texts))


def test_foreign_lexicon_has_both_kinds():
    names_only, also_words = load_foreign()
    assert "올리비아" in names_only and "마르티네즈" in names_only
    assert "토마스" in also_words and "파일" not in names_only


def test_doubtful_cells_go_where_the_layout_has_sure_names(find):
    # `송은총`, `오로운`: given names the model doubts; next to a sure name in the same layout they go
    assert find("▲ 부장 임재석 ▲ 차장 표은총") == ["임재석", "표은총"]
    # alone, the doubtful one stays (no sure name says the layout holds names); headers never go
    assert find("▲ 차장 표은총") == []
    assert find("성명\t소속\t직위\n") == []


def test_a_particle_that_takes_a_person_makes_a_doubtful_full_name(find):
    assert find("아니면 서로운한테 카톡 보내든가") == ["서로운"]
    assert find("서로운 점이 많다") == []
