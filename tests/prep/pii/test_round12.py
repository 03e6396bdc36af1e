"""Round 12 (issue 15): one case per class the round added, written fresh (no tuning row copied).

People (`PEOPLE`): a name spelled syllable by syllable in a record's field (`names_ko_spaced`): after a field's colon,
a label, a role or a bullet, before the line's end, a field's mark, a title or a spoken ending.
Addresses (`ADDRESSES`): a record's address field holds an address, the whole value (`address_fields`).
Numbers (`NUMBERS`): a Kakao Bank account's own shape, `카뱅`, a holder after the bank; an RRN with no hyphen in
parentheses after a field's or a role's name (the checksum decides).
E-mails (`EMAILS`): a local part's dots spelled, `.com` said as one word (`닷컴`).
Clean look-alikes (`CLEAN`): the same shapes holding words (`결과: 정 상`, `재료: 두부 반 모`, an award's title, a
bill's spaced `의 안 번 호`).
"""

from __future__ import annotations

import pytest

CLEAN = [
    ("ko", "점검 결과: 정 상\n상태: 양 호 (이상 없음)"),
    ("ko", "재료: 두부 반 모, 대파 1대, 된장 2큰술"),
    ("ko", "[표창장]\n최 우 수 상\n위 사람은 맡은 일에 힘써"),
    ("ko", "의 안 번 호  2209931\n발의연월일 : 2025. 4. 2."),
    ("ko", "작성자: 관 리 자\n처리: 완 료\n승인: 반 려"),
    ("ko", "A: 저 지금 가요\nB: 그 책 줘\n엄마: 응 알았어"),
    ("ko", "- 주 5일 근무\n- 월 2회 점검\n대상: 전 학년"),
    ("ko", "문: 피의자는 그날 어디 있었나요?\n답: 집에 있었습니다.\n문: 누구와 있었나요?\n답: 혼자였습니다."),
    ("ko", "금: 휴무\n토: 10시 오픈\n일: 휴무\n금: 공휴일 정상 영업"),
    ("ko", "갑: 임대인\n을: 임차인\n갑: 계약금을 지급한다"),
    ("ko", "사무실 / 02-555-1234\n고객센터 / 1588-1234"),
    ("ko", "신임 회장 선출 안내\n신 회장은 취임사에서 화합을 강조했다.\n차 한 잔 하시고 가세요."),
    ("ko", "구매 수량: 사과(3) 배(2)\n항목(12) 중 대상(4)만 해당"),
    # address fields that hold no one's home: a venue's floor, a unit's size, a masked value, a city alone
    ("ko", "배송지: ○○컨벤션 2층 로비\n소재지: 강원특별자치도 평창군 대관령면 일원\n주소: 서울시 ***구 ****로 **"),
    ("en", "Premises: ground-floor unit, approx. 2,300 sq ft, Market Street\nBilling address: same as shipping"),
    ("en", "IP address: 203.0.113.8\nWeb address: www.example.org\nAddress: see attached form"),
    ("ko", "제품: 아이폰 케이스 (블랙)\n메뉴: 카페 라떼 / 바닐라 라떼\n장소: 라스베이거스 컨벤션 센터"),
]

PEOPLE = [
    ("ko", "[조직 개편]\n- 품질팀장: 서 윤 (前 생산파트장)\n- 생산파트장: 남 궁 민", ["서 윤", "남 궁 민"]),
    ("ko", "결산 검토: 권 도 하 회계사 2025-01-20", ["권 도 하"]),
    ("ko", "○ 받는 분: 하 지 민\n○ 배송지 메모: 문 앞", ["하 지 민"]),
    ("ko", "1차 평가자: 박 건 / 2차 평가자: 본부장\n종합: B+", ["박 건"]),
    ("ko", "처리자: 고객지원부 국 나 래", ["국 나 래"]),
    ("ko", "※ 집주인 명 세 희 님 요청으로 주말 방문 불가", ["명 세 희"]),
    ("ko", "담당 변호사 김하윤, 진 솔\n피고 주식회사 한빛", ["진 솔"]),
    ("ko", "상담원: 성함 말씀해 주세요.\n고객: 표 다 은이요.", ["표 다 은"]),
    ("ko", "신청서 (스캔)\n이름: 채 윤 서   성별: 여   나이: 34", ["채 윤 서"]),
    ("ko", "[채 민 규] [오후 9:12] 도착했어", ["채 민 규"]),
    # a foreign name in Hangul in a record's field, a table's cell or a gloss's bracket
    ("ko", "- 해외영업팀: 샤르마 아르준 (경력 입사)", ["샤르마 아르준"]),
    ("ko", "계약 당사자: Olivia Brandt (올리비아 브란트)", ["올리비아 브란트"]),
    # one-syllable chat speakers: in a timestamped export, or beside a longer name in a bare chat
    ("ko", "[2025-03-02 20:11] 결: 표 구했어\n[2025-03-02 20:12] 담: 몇 장?\n[2025-03-02 20:12] 결: 두 장",
     ["결:", "담:"]),
    ("ko", "2025. 7. 9. 오후 6:02, 엄마 : 저녁 먹고 와?\n2025. 7. 9. 오후 6:03, 율 : 응 먹고 갈게", ["율 :"]),
    ("ko", "하린: 어디야?\n혁: 버스\n하린: 몇 분 남았어?\n혁: 10분", ["혁:"]),
    # a full name before its number or e-mail on a row, a dictionary word too
    ("ko", "과외 구함 / 학부모 인정미 / 010.7712.4408 / 주 2회", ["인정미"]),
    # a head of a body called back by surname after the full name
    ("ko", "○○복지재단 남궁현 이사장과 차영호 회장이 참석했다.\n차 회장은 \"꾸준히 돕겠다\"고 말했다.", ["차 회장"]),
    # a news report's person: any word before an age and 씨
    ("ko", "귀농 청년 다솜(27)씨가 만든 잼이 대상을 받았다.", ["다솜"]),
    ("ko", "사고 차량 운전자 정상(52·회사원)씨가 경상을 입었다.", ["정상"]),
]

# An address field's whole value (`prep.pii.address_fields`): parts the grammar does not read, other countries' formats,
# the lines under it.
ADDRESSES = [
    ("ko", "반품 회수지: 대전 유성구 대학로 291 (구성동) 창업관 별관 4층\n회수 품목: 무선청소기", "창업관 별관 4층"),
    ("ko", "주소: 경기 화성시 3순환로 1042번길 17\n연락처: 010-2847-5521", "3순환로 1042번길 17"),
    ("en", "Home address: Flat 7C, Block 3, 22 Sai Yeung Choi Street, Mong Kok, Kowloon\nMobile: +852 9876 1234",
     "Block 3, 22 Sai Yeung Choi Street, Mong Kok"),
    ("en", "Consignee: Aiko Mori\nAddress: 4-5-6 Nishi-Shinjuku, Shinjuku-ku\nTokyo 163-0001\nJapan",
     "Tokyo 163-0001"),
    ("en", "Mailing address: ul. Piotrkowska 112/5, 90-006 Łódź (please use the side door)", "ul. Piotrkowska 112/5"),
    ("en", "Permanent address: #12 Rizal Ave., Brgy. Santa Cruz, Pasig City, Metro Manila 1600", "Brgy. Santa Cruz"),
]


# The sixth review's probes (the English and Korean helpers' rules, the later Korean readings): names they lost.
REVIEW_NAMES = [
    ("ko", "보호자 정호 확인함.", ["정호"]),
    ("ko", "환자 정숙 입원 중.", ["정숙"]),
    ("ko", "이든 씨가 방문했어요. 이든 매니저님 통해 접수했습니다.", ["이든"]),
    ("ko", "여름 간호사님이 오셨어요. 여름 씨가 설명해 줬어요.", ["여름"]),
    ("ko", "김정로 이사는 발표했다. 정로 이사는 이어 질문을 받았다.", ["정로"]),
    ("ko", "○○재단(이사장 차명수)은 장학금을 전달했다.\n차 이사장은 \"계속 돕겠다\"고 말했다.", ["차 이사장"]),
    ("en", "Who is on Daniel rota this week, me or Mo?", ["Daniel"]),
    ("en", "the chicken Kwame made was great", ["Kwame"]),
    ("en", "Aunt Ruth sugar cookies\n2 cups flour, 1 cup sugar", ["Ruth"]),
    ("en", "Tariq Ramadan spoke first. Ramadan said the panel ran late.", ["Tariq Ramadan", "Ramadan said"]),
]


REVIEW_WORDS = [
    ("ko", "환자 상태 설명함\n배송 기사님 전달사항\n다음 달에 이사 갑니다"),
    ("ko", "신청서(1)양식 제출\n재고(12)씨리즈 입고"),
    ("ko", "이 시장은 과열됐다는 평가가 나왔다."),
    ("en", "BETWEEN\nGREATER MANCHESTER POLICE\n  Claimant\nand\nTRANSPORT FOR LONDON\n  Defendant"),
    ("en", "eggs Benedict were perfect; the Identity squad meets at 10."),
    ("en", "ok see you at 6 then\n- ttyl"),
]


# E-mail addresses read out: a local part's spelled dots, `.com` said as one word.
EMAILS = [
    ("en", "caller: sure it's maria dot lopez at outlook dot com", "maria dot lopez at outlook dot com"),
    ("ko", "고객: 메일은 jiwoo 골뱅이 kakao 닷컴 으로 보내 주세요", "jiwoo 골뱅이 kakao 닷컴"),
]


NUMBERS = [
    ("ko", "회비는 카뱅 3333-21-4408127 로 보내주세요", "3333-21-4408127", "BANK_ACCOUNT"),
    ("ko", "입금은 352-0881-2290-13 농협 한가온이요", "352-0881-2290-13", "BANK_ACCOUNT"),
    ("ko", "수검자: 백여름 (880523 2091430)\n검진일: 2024. 3. 9.", "880523 2091430", "KR_RRN"),
    ("ko", "신청인 탁소희 (9905302084518)\n주소 울산광역시", "9905302084518", "KR_RRN"),
]


@pytest.mark.parametrize(("lang", "text", "value", "entity"), NUMBERS)
def test_round12_numbers_beside_a_bank_or_a_name_go(scrubber, lang, text, value, entity):
    result = scrubber.scrub(text, lang)
    assert [text[f.start:f.end] for f in result.findings if f.entity == entity] == [value]


def test_round12_a_barcode_after_a_product_stays(scrubber):
    text = "제품: 신라면 (8801043014809)\n상품명 (8801234567890)"
    assert not [f for f in scrubber.scrub(text, "ko").findings if f.entity == "KR_RRN"]


def test_round12_a_number_read_out_with_double_goes(scrubber):
    text = "caller: you can reach me on oh seven nine double four six one two eight three five"
    result = scrubber.scrub(text, "en")
    assert "double four" not in result.text and "eight three" not in result.text, result.text


@pytest.mark.parametrize(("lang", "text", "value"), EMAILS)
def test_round12_spoken_emails_go_whole(scrubber, lang, text, value):
    result = scrubber.scrub(text, lang)
    assert [text[f.start:f.end] for f in result.findings if f.entity == "EMAIL_ADDRESS"] == [value]


@pytest.mark.parametrize(("lang", "text", "value"), ADDRESSES)
def test_round12_address_fields_go_whole(scrubber, lang, text, value):
    result = scrubber.scrub(text, lang)
    assert value not in result.text, result.text
    assert any(f.entity == "STREET_ADDRESS" for f in result.findings)


@pytest.mark.parametrize(("lang", "text"), CLEAN + REVIEW_WORDS)
def test_round12_clean_text_is_left_alone(scrubber, lang, text):
    result = scrubber.scrub(text, lang)
    assert not [f for f in result.findings if f.entity in ("PERSON", "STREET_ADDRESS")], [
        (f.entity, text[f.start:f.end]) for f in result.findings]


@pytest.mark.parametrize(("lang", "text", "values"), PEOPLE + REVIEW_NAMES)
def test_round12_people_are_found(scrubber, lang, text, values):
    result = scrubber.scrub(text, lang)
    assert all(v not in result.text for v in values), result.text


# The fifth review's probes (address fields, foreign names in fields, one-syllable speakers, spaced words).
REVIEW_TYPES = [
    ("ko", "주소: 서울 마포구 양화로 45\n    메세나폴리스 1201호\n    010-9987-1123", "010-9987-1123", "PHONE_NUMBER"),
    ("ko", "주소: 서울 노원구 동일로 1414\n  900101-2345678", "900101-2345678", "KR_RRN"),
    ("en", "Address: 18 Gloucester Rd\n  Card 4111 1111 1111 1111", "4111 1111 1111 1111", "CREDIT_CARD"),
    ("en", "Address: 18 Gloucester Rd\n  Card 4111 1111 1111 1111", "18 Gloucester Rd", "STREET_ADDRESS"),
    ("en", "Address: 55 Harbour View Rd, Sydney NSW 2000 (Priya Raman)", "Priya Raman", "PERSON"),
    ("ko", "주소: 서울 송파구 올림픽로 300, 김서준 010-3321-4455", "김서준", "PERSON"),
]


@pytest.mark.parametrize(("lang", "text", "value", "entity"), REVIEW_TYPES)
def test_round12_values_under_or_after_an_address_keep_their_type(scrubber, lang, text, value, entity):
    result = scrubber.scrub(text, lang)
    assert value in [text[f.start:f.end] for f in result.findings if f.entity == entity], result.findings


REVIEW_CLEAN = [
    ("en", "Ship to: Warehouse 3, Dock 12\nPickup address: Gate 5, Terminal 2, Incheon Airport"),
    ("en", "Address: Chapter 7 Bankruptcy Filing"),
    ("ko", "브랜드: 루이 비통\n모델: 갤럭시 노트"),
    ("ko", "[15:00] 강: 수위 상승\n[15:10] 강: 범람 경보"),
    ("ko", "팀장: 공 석\n담당자: 신 규\n느낌: 신 기 해\n옵션: 장 식 용"),
]


@pytest.mark.parametrize(("lang", "text"), REVIEW_CLEAN)
def test_round12_review_look_alikes_stay(scrubber, lang, text):
    result = scrubber.scrub(text, lang)
    assert not result.findings, [(f.entity, text[f.start:f.end]) for f in result.findings]


def test_round12_a_list_of_two_foreign_names_goes_whole(scrubber):
    text = "참가자: 알렉산더 뮐러, 소피 마르탱"
    result = scrubber.scrub(text, "ko")
    assert all(word not in result.text for word in ("알렉산더", "뮐러", "소피", "마르탱")), result.text


def test_round12_a_one_syllable_menu_label_beside_a_speaker_is_no_name(scrubber):
    text = "민수: 오늘 메뉴 정리함\n국: 미역국\n밥: 흑미밥\n민수: 좋네"
    found = [text[f.start:f.end] for f in scrubber.scrub(text, "ko").findings if f.entity == "PERSON"]
    assert "국" not in found and "밥" not in found, found
