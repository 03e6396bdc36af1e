"""The recognizers: built from the patterns table for exactly the published types, and fail-closed on timeouts."""

from __future__ import annotations

import presidio_analyzer.pattern_recognizer as presidio_pattern_recognizer
import pytest

from prep.pii.fail_closed import RegexTimeoutError
from prep.pii.recognizers import build_recognizers
from prep.pii.types import PII_ENTITIES


def test_recognizers_cover_exactly_the_published_entity_types():
    """`prep.pii.types` (what the tokenizer registers) and the recognizers must not drift apart."""
    for lang in ("ko", "en"):
        found = {e for r in build_recognizers(lang) for e in r.supported_entities}
        assert found == set(PII_ENTITIES), lang


def test_regex_timeout_raises_instead_of_skipping_the_pattern(scrubber, monkeypatch):
    # Presidio on its own logs a timeout and skips that pattern, letting its PII through.
    monkeypatch.setattr(presidio_pattern_recognizer, "REGEX_TIMEOUT_SECONDS", 1e-9)
    with pytest.raises(RegexTimeoutError):
        scrubber.scrub("hong@example.com " * 2000)


@pytest.mark.parametrize("text", [
    "감사원장이 오늘 국정감사에서 답변했다.",          # 감사원 (Board of Audit) + 장
    "모든 결정은 민주주의원칙에 따라야 한다.",          # 민주주의 + 원칙, not 민주주 + 의원
    "행사장 근처 공영주차장은 두 시간 무료입니다.",      # 공영 + 주차장, not 공영주 + 차장
])
def test_a_glued_title_inside_a_longer_word_is_no_name(scrubber, text):
    assert scrubber.scrub(text, "ko").text == text


@pytest.mark.parametrize("text, name", [
    ("담당 간호사는 신나래 님입니다.", "신나래"),
    ("판매자 이름은 황보민재이고 연락이 없습니다.", "황보민재"),
    ("홍길동의원 등 12인이 발의했다.", "홍길동"),
])
def test_a_name_before_a_title_or_a_particle_still_goes(scrubber, text, name):
    result = scrubber.scrub(text, "ko")
    assert name not in result.text and "[PERSON]" in result.text


@pytest.mark.parametrize("text, number", [
    ("You can reach me on 1-917-555-0148 after six.", "917-555-0148"),
    ("Emergency contact: 1 303 555 0199", "303 555 0199"),
    ("cell +1-646-555-0123", "646-555-0123"),
])
def test_a_us_number_with_its_country_digit_goes_whole(scrubber, text, number):
    result = scrubber.scrub(text, "en")
    assert number not in result.text and "[PHONE_NUMBER]" in result.text and "1-[" not in result.text


@pytest.mark.parametrize("text, number", [
    ("모임 회비는 30200145567 (우리은행, 예금주 총무)로 부탁해요", "30200145567"),
    ("환불 계좌 4402187765012 농협으로 보내드릴게요", "4402187765012"),
])
def test_a_bare_account_with_the_bank_named_after_it_goes(scrubber, text, number):
    result = scrubber.scrub(text, "ko")
    assert number not in result.text and "[BANK_ACCOUNT]" in result.text


def test_a_bare_number_without_a_bank_after_it_stays(scrubber):
    text = "운송장 30200145567 (우리집 앞 경비실)"
    assert "30200145567" in scrubber.scrub(text, "ko").text


@pytest.mark.parametrize("text", [
    "Questions about your refund? Call (866) 555-0142 (toll-free, Mon-Fri). Ticket closed.",
    "Our desk: 212-555-0175 (main line; ask for billing)",
])
def test_an_organisations_line_with_a_note_in_its_brackets_stays(scrubber, text):
    assert scrubber.scrub(text, "en").text == text


@pytest.mark.parametrize("text, lang", [
    ("저는 1996년 8월 30일에 태어났습니다.", "ko"),
    ("2001년 02월 17일 출생, 서울", "ko"),
    ("Patient DOB 17-Feb-01, allergies none", "en"),
    ("birthdate 19881123 on the form", "en"),
])
def test_birth_dates_with_the_cue_after_or_in_other_dresses_go(scrubber, text, lang):
    assert "[DATE_OF_BIRTH]" in scrubber.scrub(text, lang).text


@pytest.mark.parametrize("text, lang", [
    ("이 제품은 2020년 5월 3일에 출시되었습니다.", "ko"),
    ("Invoice 20190412 was paid on 12-Apr-19.", "en"),
])
def test_other_dates_stay(scrubber, text, lang):
    assert scrubber.scrub(text, lang).text == text


# --- round 5: non-name values (fresh cases; clean counterparts next to each) ------------------------------------

def _found(scrubber, text: str, entity: str) -> list[str]:
    return [text[f.start:f.end] for f in scrubber.scrub(text).findings if f.entity == entity]


@pytest.mark.parametrize(("text", "value"), [
    ("Reach Dana at 415-555-0162 x3021 after lunch", "415-555-0162 x3021"),
    ("Desk: (617) 555-0143 ext. 88", "(617) 555-0143 ext. 88"),
])
def test_a_phone_number_goes_with_its_extension(scrubber, text, value):
    assert _found(scrubber, text, "PHONE_NUMBER") == [value]


@pytest.mark.parametrize("text", [
    "분실 신고: 카드사 분실신고 콜센터 02-3449-0000 으로 하세요",
    "여권 문의는 여권민원실 02-2100-7500 으로",
])
def test_a_korean_call_centre_or_desk_line_stays(scrubber, text):
    assert _found(scrubber, text, "PHONE_NUMBER") == []


def test_a_persons_korean_landline_still_goes(scrubber):
    assert _found(scrubber, "집 전화 02-3449-7781 로 주세요", "PHONE_NUMBER") == ["02-3449-7781"]


@pytest.mark.parametrize(("text", "value"), [
    ("NURSE: and what is his birth date?\nMOTHER: June 9, 2011", "June 9, 2011"),
    ("상담원: 생년월일 확인 부탁드려요.\n민원인: 1984년 2월 17일이에요", "1984년 2월 17일"),
    ("Date of birth:\n1977-10-23", "1977-10-23"),
])
def test_a_birth_date_asked_or_labelled_on_the_line_before_goes(scrubber, text, value):
    assert _found(scrubber, text, "DATE_OF_BIRTH") == [value]


def test_a_date_after_a_birth_word_that_asks_nothing_stays(scrubber):
    assert _found(scrubber, "Place of birth: Leeds\nVisit on 2024-05-06", "DATE_OF_BIRTH") == []


@pytest.mark.parametrize(("text", "values"), [
    ("참가자 (이름 / 생년월일 / 소속)\nKANG MIN / 2001.07.30 / 공대\nSEO YUL / 1999.12.01 / 인문대",
     ["2001.07.30", "1999.12.01"]),
    ("관계   성명     생년월일\n본인   도하람   1988년 06월 11일\n자녀   도우진   2019년 01월 05일",
     ["1988년 06월 11일", "2019년 01월 05일"]),
])
def test_the_dates_under_a_birth_date_column_go(scrubber, text, values):
    assert _found(scrubber, text, "DATE_OF_BIRTH") == values


def test_dates_under_a_table_without_a_birth_column_stay(scrubber):
    text = "회의   일자       장소\n1차    2024.03.05   본관\n2차    2024.04.02   별관"
    assert _found(scrubber, text, "DATE_OF_BIRTH") == []


def test_a_chat_time_stamp_after_a_bank_word_is_no_account(scrubber):
    text = "[2025-11-04 08:12] Omar: sent the deposit\n[2025-11-04 08:13] Lina: got it, acct 40-221-778123"
    assert _found(scrubber, text, "BANK_ACCOUNT") == ["40-221-778123"]


@pytest.mark.parametrize("text", [
    "[10:02] ci-bot: deployed build 88 to staging; health check OK on 198.51.100.12",
    "## 설치 방법\n1. 서버 주소를 203.0.113.9 로 설정하세요",
])
def test_a_documentation_address_in_deploy_or_install_text_stays(scrubber, text):
    assert _found(scrubber, text, "IP_ADDRESS") == []


@pytest.mark.parametrize("text", [
    "Failed login from 203.0.113.61 at 03:10",
    '198.51.100.7 - - [18/Apr/2024:10:02:19 +0900] "POST /api/login HTTP/1.1" 401 74',
    "Mar 30 11:02:17 fw01 kernel: DROP IN=eth0 SRC=192.0.2.77 DST=198.51.100.10 PROTO=TCP DPT=22",
    "접속 IP: 2001:db8:4:1::25 (차단됨)",
])
def test_a_documentation_address_stays_even_in_a_log_line(scrubber, text):
    """RFC 5737 / 3849 ranges name no one's device: no labeled set uses them for a person's address."""
    assert _found(scrubber, text, "IP_ADDRESS") == []


def test_a_routable_address_beside_a_documentation_one_still_goes(scrubber):
    text = "Failed login from 81.24.7.61 at 03:10; the rule's example uses 203.0.113.61"
    assert _found(scrubber, text, "IP_ADDRESS") == ["81.24.7.61"]


@pytest.mark.parametrize("text", [
    "Regards,\nBilling Team, Harrow Gas\nFax: 212-555-0100\nwww.harrow.example",
    "Questions? Help: +44 113 496 0011",
    "Lines open 8-8. From abroad, call +44 113 496 0012 (charges apply).",
    "Replay: dial (312) 555-0190 and enter the conference ID 5512.",
])
def test_a_companys_fax_help_or_abroad_line_stays(scrubber, text):
    assert _found(scrubber, text, "PHONE_NUMBER") == []


def test_a_persons_number_from_abroad_in_their_own_words_still_goes(scrubber):
    assert _found(scrubber, "I'm abroad, text me on +44 7700 900123", "PHONE_NUMBER") == ["+44 7700 900123"]


@pytest.mark.parametrize("text, number", [
    ("지원금 1000원이 7942-11-3306512 카카오뱅크 계좌로 입금됐어요", "7942-11-3306512"),
    ("보증금은 3020014556 국민은행 계좌으로 입금 부탁", "3020014556"),
])
def test_an_account_with_its_bank_and_account_word_after_it_goes(scrubber, text, number):
    result = scrubber.scrub(text, "ko")
    assert number not in result.text and "[BANK_ACCOUNT]" in result.text


def test_a_number_before_a_bank_word_that_is_no_account_phrase_stays(scrubber):
    text = "접수번호 7942-11-3306512 카카오뱅크 계좌 개설 안내문 참고"
    assert "7942-11-3306512" in scrubber.scrub(text, "ko").text


@pytest.mark.parametrize("text", [
    "작성 예시) 휴대폰: 010-0000-0000 (숫자만 입력)",
    "Phone (example): 010 0000 0000",
])
def test_an_all_zero_mobile_number_is_a_forms_example_and_stays(scrubber, text):
    assert "PHONE_NUMBER" not in scrubber.scrub(text, "ko").counts


def test_a_mobile_number_with_zeros_in_one_group_still_goes(scrubber):
    assert "PHONE_NUMBER" in scrubber.scrub("제 번호 010-0000-4821 이에요", "ko").counts


def test_a_resident_number_with_a_space_after_its_seventh_digit_goes(scrubber):
    result = scrubber.scrub("2 본인 홍길동 791103-2 215517\n3 자녀", "ko")
    assert "215517" not in result.text and "KR_RRN" in result.counts


def test_a_code_and_a_separate_seven_digit_number_are_no_resident_number(scrubber):
    assert "KR_RRN" not in scrubber.scrub("코드 791103-2 2155170 참고", "ko").counts


@pytest.mark.parametrize("text", ["DOB O4/1O/1985 EXP 2031", "born on 1O/O3/1979 in Leeds"])
def test_a_scanned_birth_date_with_letter_o_for_zero_goes(scrubber, text):
    assert "DATE_OF_BIRTH" in scrubber.scrub(text, "en").counts


@pytest.mark.parametrize("text", ["Ticket O4/1O/1985 reissued", "DOB field: photo/o/1990 folder"])
def test_letter_o_dates_without_a_birth_cue_or_inside_a_word_stay(scrubber, text):
    assert "DATE_OF_BIRTH" not in scrubber.scrub(text, "en").counts
