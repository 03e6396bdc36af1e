"""Round 7 (issue 15): clean text the former blind sets v6 and v8 showed changed, one case per class, written
fresh (no tuning row copied), and beside each rule the personal value that must still go.

A placeholder party (`Company B`, `Parent 1`), a pronoun's contraction after a greeting (`Hi, I'm`), a reply
opening a speaker's line (`CALLER: No, ...`), a first name that starts a street's name (`Abbey Road`,
`Martin Luther King Jr. Blvd`), a `가` area glued to its road's name (`을지로3가역`); and from the clean tuning set
t11: software named like people, a thing noun after a first name (`Brent crude`), a place before a verb of speech
(`Santa Rosa reported`), a title's syllables inside a word (`정기 이사회`), plurals in 들, a company's 15xx line.
"""

from __future__ import annotations

import pytest

CLEAN = [
    # t11's classes: software named like people, a first name before a thing noun, a place before a verb of speech,
    # a title's syllables in a longer word, a plural in 들, a company's 15xx line
    ("en", "Our Jenkins job triggers the Kafka consumer; the old Hudson setup is gone."),
    ("en", "Brent crude rose 2%. Streak the plate and keep the Petri dish at 37 C."),
    ("en", "Light shaking was felt as far as Santa Rosa; Fort Collins reported nothing."),
    ("en", "Roll call: the Speaker, the Speaker Pro Tem and three Aldermen answered."),
    ("ko", "다음 주 정기 이사회 안건은 조직 개편입니다. 취소는 대표번호로 알려 주세요."),
    ("ko", "여기 처음 오시는 분들한테 추천해요. 주말엔 애들이랑 같이 와요."),
    ("ko", "분실 신고는 카드사 고객센터 1644-7012로 24시간 받습니다."),
    # former blind v7: the unspecified address, a role as a chat speaker
    ("en", "Changelog: the server now listens on 0.0.0.0 by default; set BIND to restrict it."),
    ("ko", "[반장] [오후 2:10] 내일 청소 있어요 / [막내] [오후 2:11] 네 알겠습니다"),
    ("en", "Claimant: Party A / Respondent: Party B / Witness: Witness 2"),
    ("en", "AGENT: How can I help?\nCUSTOMER: Hi, I'm writing about my bill.\nAGENT: Anything else?\n"
           "CUSTOMER: No, thanks."),
    ("en", "OPERATOR: Okay, one moment.\nCALLER: Yes, that's fine."),
    ("en", "The parade goes down Grace Road and turns onto Martin Luther King Jr. Blvd at noon."),
    ("ko", "모임은 충무로2가역 3번 출구 앞, 끝나고 을지로4가까지 걸어가요."),
    ("ko", "사용자 설정에서 알림을 끄면 사용자=관리자 권한이 유지됩니다."),
]

PII = [
    # the names beside these rules (surnames that are words elsewhere, a surname and an initial, a first name that is
    # software, a footballer whose first name starts a place)
    ("en", "Dr. Oh will see you at four; Ms. Um called twice.", ["Oh", "Um"]),
    ("en", "Witness: Okafor B gave a statement.", ["Okafor"]),
    ("en", "Hugo called me yesterday; ask Hudson about the keys.", ["Hugo", "Hudson"]),
    ("en", "Rio Ferdinand said the squad was ready.", ["Ferdinand"]),
    ("en", "I met Dana St. John yesterday.", ["Dana"]),
    ("en", "Ask Jenkins Okafor, she set up the build.", ["Okafor"]),
    ("ko", "담당은 옥팀장님이셨는데 친절했어요. 김서윤 대표이사가 직접 왔어요.", ["옥", "김서윤"]),
    ("ko", "예금주 박지호 국민은행 123456-01-234567", ["박지호", "123456-01-234567"]),
    ("en", "Claimant: Priya K. / Respondent: Dorian Wells", ["Priya", "Dorian Wells"]),
    ("en", "CALLER: Hi, I'm Lorna Fitch, calling about my bill.", ["Lorna Fitch"]),
    ("en", "Grace called from 14 Abbey Road, Leeds LS6 2BX.", ["Grace", "14 Abbey Road"]),
    ("ko", "배송지: 서울 중구 을지로3길 15, 2층", ["을지로3길 15"]),
    ("ko", "十代孫 남궁현수(南宮賢秀) 配 慶州李氏", ["남궁현수", "南宮賢秀"]),  # a name's Hanja goes with it
    ("ko", "2025-03-02 11:20 [ERROR] 인증 실패 사용자=모하준 단말=PC-17", ["모하준"]),  # a log's key=value
]


@pytest.mark.parametrize(("lang", "text"), CLEAN)
def test_round7_clean_text_is_left_alone(scrubber, lang, text):
    result = scrubber.scrub(text, lang)
    assert not result.findings, [(f.entity, text[f.start:f.end]) for f in result.findings]


@pytest.mark.parametrize(("lang", "text", "values"), PII)
def test_round7_personal_values_beside_the_rules_still_go(scrubber, lang, text, values):
    result = scrubber.scrub(text, lang)
    assert all(v not in result.text for v in values), result.text
