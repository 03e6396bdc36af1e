"""A labeled PII benchmark, generated: Korean and English documents with ground-truth character spans.

Independent of the demo corpus (`prep/demo/templates.py`): its own templates across five domains
(customer service, legal filings, news, medical notes, chat), written to read like the real thing
rather than like the recognizers' cue lists, with values from a seeded generator in the formats
people actually type (hyphens or not, `+82`, spaces in IBANs, old and new passports, RRNs with and
without a valid checksum). Every document also carries hard negatives that look like PII and are
not: dates, times, order and tracking numbers, version strings, prices, product codes, case and
article numbers. `prose_documents()` is hand-written encyclopedic and legal text without personal
data, for the share of words a scrubber leaves untouched.

A `{PERSON!}` slot is a name with no cue at all (`Karen Smith (CFO) joined...`). A cue-based
recognizer cannot find those; they are labeled and reported on their own line by `pii-eval`, not
counted in the per-entity targets.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from privbert.fake_pii import (
    BENCH_BANK_ACCOUNT_SHAPES,
    BENCH_EMAIL_DOMAINS,
    BENCH_EN_CITIES,
    BENCH_EN_FIRST,
    BENCH_EN_LAST,
    BENCH_EN_STREET_TYPES,
    BENCH_EN_STREETS,
    BENCH_KO_BANKS,
    BENCH_KO_DISTRICTS,
    BENCH_KO_DONGS,
    BENCH_KO_GIVEN,
    BENCH_KO_PROVINCES,
    BENCH_KO_ROADS,
    BENCH_KO_SURNAMES,
    BENCH_ROMAN_SYLLABLES,
    EN_MONTHS,
    brn_check_digit,
    iban_check_digits,
    luhn_complete,
    personal_area_code,
    random_digits,
    rrn_check_digit,
)

DOMAINS = ("customer_service", "legal", "news", "medical", "chat")


# --- value generators (pools and checksums: privbert.fake_pii) ----------------------------------

def _birth(rng: random.Random) -> tuple[int, int, int]:
    return rng.randrange(1940, 2006), rng.randrange(1, 13), rng.randrange(1, 29)


class ValueGenerator:
    """Seeded fake values in the formats real documents use."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def ko_name(self) -> str:
        one_syllable = self.rng.random() < 0.08
        given = self.rng.choice(BENCH_KO_GIVEN) if one_syllable else "".join(self.rng.sample(BENCH_KO_GIVEN, 2))
        return self.rng.choice(BENCH_KO_SURNAMES) + given

    def en_name(self, full: bool = True) -> str:
        first, last = self.rng.choice(BENCH_EN_FIRST), self.rng.choice(BENCH_EN_LAST)
        if not full:
            return last
        if self.rng.random() < 0.1:
            return f"{first} {self.rng.choice('ABCDEJKMRT')}. {last}"
        return f"{first} {last}"

    def value(self, entity: str, lang: str) -> str:  # noqa: C901 -- one branch per entity type
        rng = self.rng
        if entity == "PERSON":
            return self.ko_name() if lang == "ko" else self.en_name()
        if entity == "PERSON_LAST":
            return self.en_name(full=False)
        if entity == "EMAIL_ADDRESS":
            first, last = rng.choice(BENCH_EN_FIRST).lower(), rng.choice(BENCH_EN_LAST).lower().replace("'", "")
            local = rng.choice([
                f"{rng.choice(BENCH_ROMAN_SYLLABLES)}{rng.choice(BENCH_ROMAN_SYLLABLES)}{rng.randrange(100)}",
                f"{first}.{last}",
                f"{first[0]}{last}_{rng.randrange(10)}",
            ])
            return f"{local}@{rng.choice(BENCH_EMAIL_DOMAINS)}"
        if entity == "PHONE_NUMBER":
            kind = rng.choice(["mobile", "mobile", "mobile_bare", "mobile_dot", "intl82", "landline", "landline_paren",
                               "us", "us_paren", "us_plus", "intl"] if lang == "en" else
                              ["mobile", "mobile", "mobile", "mobile_bare", "mobile_space", "intl82", "landline",
                               "landline", "landline_paren", "intl"])
            mid, end = random_digits(rng, 4), random_digits(rng, 4)
            if kind == "mobile":
                return f"010-{mid}-{end}"
            if kind == "mobile_bare":
                return f"010{mid}{end}"
            if kind == "mobile_dot":
                return f"010.{mid}.{end}"
            if kind == "mobile_space":
                return f"010 {mid} {end}"
            if kind == "intl82":
                seoul = f"+82 2-{random_digits(rng, 3)}-{end}"
                return rng.choice([f"+82 10-{mid}-{end}", f"+82-10-{mid}-{end}", seoul])
            if kind == "landline":
                area = rng.choice(["02", "031", "032", "051", "053", "042", "062", "064", "070"])
                return f"{area}-{random_digits(rng, rng.choice([3, 4]))}-{end}"
            if kind == "landline_paren":
                return f"({rng.choice(['02', '031', '051'])}) {random_digits(rng, 3)}-{end}"
            area = personal_area_code(lambda: f"{rng.randrange(2, 10)}{random_digits(rng, 2)}")
            if kind == "us":
                return f"{area}-{random_digits(rng, 3)}-{end}"
            if kind == "us_paren":
                return f"({area}) {random_digits(rng, 3)}-{end}"
            if kind == "us_plus":
                return f"+1 {area} {random_digits(rng, 3)} {end}"
            d = random_digits
            return rng.choice([f"+44 20 {d(rng, 4)} {end}", f"+81 3-{mid}-{end}", f"+86 138 {mid} {end}",
                               f"+49 30 {d(rng, 7)}", f"+33 1 {d(rng, 2)} {d(rng, 2)} {d(rng, 2)} {d(rng, 2)}"])
        if entity in ("KR_RRN", "KR_FRN"):
            y, m, d = _birth(rng)
            first = rng.choice("12" if y < 2000 else "34") if entity == "KR_RRN" else rng.choice("56" if y < 2000 else "78")  # noqa: E501
            body = f"{y % 100:02d}{m:02d}{d:02d}{first}{random_digits(rng, 5)}"
            last = rrn_check_digit(body) if rng.random() < 0.5 else str(rng.randrange(10))  # post-2020: no checksum
            value = body + last
            return value if rng.random() < 0.15 else f"{value[:6]}-{value[6:]}"
        if entity == "KR_PASSPORT":
            letter = rng.choice("MMMMSROD")
            if rng.random() < 0.7:
                return f"{letter}{random_digits(rng, 3)}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{random_digits(rng, 4)}"
            return f"{letter}{random_digits(rng, 8)}"
        if entity == "KR_DRIVER_LICENSE":
            if rng.random() < 0.25:
                return f"{rng.choice(['서울', '경기', '부산', '대구'])} {random_digits(rng, 2)}-{random_digits(rng, 6)}-{random_digits(rng, 2)}"  # noqa: E501
            region = rng.choice([n for n in range(11, 29) if n != 27])  # 27 is no region code
            return f"{region}-{random_digits(rng, 2)}-{random_digits(rng, 6)}-{random_digits(rng, 2)}"
        if entity == "KR_BRN":
            first9 = re.sub(r"^(\d{3})8([1-8])", r"\g<1>4\2", random_digits(rng, 9))  # a sole trader's, not 81-88
            brn = first9 + brn_check_digit(first9)
            return f"{brn[:3]}-{brn[3:5]}-{brn[5:]}"
        if entity == "CREDIT_CARD":
            if rng.random() < 0.15:
                number = luhn_complete(rng.choice(["34", "37"]) + random_digits(rng, 12))
                sep = rng.choice(["-", " "])
                return f"{number[:4]}{sep}{number[4:10]}{sep}{number[10:]}"
            number = luhn_complete(rng.choice(["4", "5", "9"]) + random_digits(rng, 14))
            sep = rng.choice(["-", "-", " ", ""])
            return sep.join(number[i:i + 4] for i in range(0, 16, 4))
        if entity == "BANK_ACCOUNT":
            shape = rng.choice(BENCH_BANK_ACCOUNT_SHAPES)
            value = "-".join(random_digits(rng, n) for n in shape)
            return value.replace("-", "") if rng.random() < 0.15 else value
        if entity == "IBAN_CODE":
            country, body = rng.choice([
                ("DE", random_digits(rng, 18)), ("GB", "NWBK" + random_digits(rng, 14)), ("FR", random_digits(rng, 23)),
                ("NL", "ABNA" + random_digits(rng, 10)), ("ES", random_digits(rng, 20)),
            ])
            iban = f"{country}{iban_check_digits(country, body)}{body}"
            return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if rng.random() < 0.7 else iban
        if entity == "US_SSN":
            area = rng.choice([n for n in range(1, 900) if n != 666])
            return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"
        if entity == "IP_ADDRESS":
            if rng.random() < 0.15:
                return f"fd3c:4a21:{rng.randrange(65536):x}:{rng.randrange(65536):x}::{rng.randrange(1, 65536):x}"
            return ".".join(str(rng.randrange(1, 255)) for _ in range(4))
        if entity == "STREET_ADDRESS":
            if lang == "ko":
                unit = rng.choice(["", "", f", {rng.randrange(101, 120)}동 {rng.randrange(1, 25)}0{rng.randrange(1, 5)}호",  # noqa: E501
                                   f" {rng.randrange(2, 20)}층"])
                if rng.random() < 0.25:
                    place = [rng.choice(pool) for pool in (BENCH_KO_PROVINCES, BENCH_KO_DISTRICTS, BENCH_KO_DONGS)]
                    return f"{' '.join(place)} {rng.randrange(1, 999)}-{rng.randrange(1, 30)}번지"
                prov = rng.choice(BENCH_KO_PROVINCES) + " " if rng.random() < 0.8 else ""
                road = f"{rng.choice(BENCH_KO_DISTRICTS)} {rng.choice(BENCH_KO_ROADS)}"
                return f"{prov}{road} {rng.randrange(1, 400)}{unit}"
            city, state = rng.choice(BENCH_EN_CITIES)
            unit = rng.choice(["", "", f", Apt {rng.randrange(1, 40)}{rng.choice('ABC')}", f", Suite {rng.randrange(100, 999)}"])  # noqa: E501
            tail = rng.choice(["", f", {city}, {state} {random_digits(rng, 5)}", f", {city}"])
            street = f"{rng.randrange(1, 9999)} {rng.choice(BENCH_EN_STREETS)} {rng.choice(BENCH_EN_STREET_TYPES)}"
            return f"{street}{unit}{tail}"
        if entity == "DATE_OF_BIRTH":
            y, m, d = _birth(rng)
            if lang == "ko":
                return rng.choice([f"{y}-{m:02d}-{d:02d}", f"{y}.{m:02d}.{d:02d}", f"{y}년 {m}월 {d}일", f"{y}. {m}. {d}."])  # noqa: E501
            return rng.choice([f"{EN_MONTHS[m - 1]} {d}, {y}", f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}",
                               f"{d} {EN_MONTHS[m - 1]} {y}"])
        raise ValueError(f"no generator for {entity}")

    def filler(self, key: str) -> str:
        """Hard-negative values: look like PII, are not."""
        rng = self.rng
        return {
            "DATE": f"{rng.randrange(2015, 2026)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
            "KODATE": f"{rng.randrange(2015, 2026)}년 {rng.randrange(1, 13)}월 {rng.randrange(1, 29)}일",
            "TIME": f"{rng.randrange(1, 12)}:{rng.randrange(60):02d}",
            "ORDER": f"{rng.randrange(2022, 2026)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}{random_digits(rng, 6)}",  # noqa: E501
            "SKU": f"{rng.choice(['AB', 'KX', 'TR', 'PL'])}-{random_digits(rng, 4)}-{rng.choice(['X', 'Q', 'Z'])}{rng.randrange(10)}",  # noqa: E501
            "EAN": "880" + random_digits(rng, 10),
            "VERSION": f"{rng.randrange(1, 15)}.{rng.randrange(0, 20)}.{rng.randrange(0, 30)}",
            "VERSION4": f"{rng.randrange(1, 15)}.{rng.randrange(0, 10)}.{rng.randrange(0, 10)}.{rng.randrange(0, 999)}",
            "PRICE": f"{rng.randrange(1, 999)},{rng.randrange(0, 1000):03d}",
            "USD": f"${rng.randrange(1, 9999)}.{rng.randrange(100):02d}",
            "CASE": f"{rng.randrange(2018, 2026)}{rng.choice(['가합', '고단', '나', '구합'])}{random_digits(rng, 5)}",
            "ARTICLE": f"제{rng.randrange(1, 300)}조 제{rng.randrange(1, 6)}항",
            "TRACK": f"{random_digits(rng, 4)}-{random_digits(rng, 4)}-{random_digits(rng, 4)}",
            "PCT": f"{rng.randrange(1, 99)}.{rng.randrange(10)}%",
            "N": str(rng.randrange(2, 500)),
            "YEAR": str(rng.randrange(1950, 2026)),
            "DOCKET": f"No. {rng.randrange(18, 26)}-cv-{random_digits(rng, 5)}",
            "ROOM": f"{rng.randrange(1, 30)}{rng.randrange(0, 99):02d}",
        }[key]


# --- templates ----------------------------------------------------------------------------------
# `{ENTITY}` is labeled PII, `{PERSON!}` an uncued name, `{PERSON_LAST}` an English surname after a title,
# lower-case `{date}` etc. are hard negatives.

_T = {
    ("ko", "customer_service"): [
        "안녕하세요, {PERSON} 고객님. 문의하신 주문({order})의 배송이 {kodate}에 시작되었습니다.",
        "상담 내용: 고객이 요금제 변경을 요청함. 연락처 {PHONE_NUMBER}, 메일 {EMAIL_ADDRESS}로 회신 요망.",
        "환불 금액 {price}원은 {BANK_NAME} {BANK_ACCOUNT} 계좌로 입금될 예정입니다.",
        "배송지를 {STREET_ADDRESS}(으)로 변경해 달라는 요청이 접수되었습니다.",
        "결제에 사용하신 카드 {CREDIT_CARD}는 다음 달부터 자동이체가 해지됩니다.",
        "담당 상담원 {PERSON}이 {time}에 다시 전화드리겠습니다.",
        "본인 확인을 위해 생년월일 {DATE_OF_BIRTH}을 확인하였습니다.",
        "로그인 기록에서 {IP_ADDRESS} 주소의 접속이 확인되어 비밀번호를 초기화했습니다.",
        "문의자: {PERSON} / 휴대폰: {PHONE_NUMBER}",
        "앱 버전 {version}에서 발생한 오류로 제품 {sku}의 재고가 잘못 표시되었습니다.",
        "{PERSON} 님께서 남기신 후기에 답변드립니다. 이메일 주소는 {EMAIL_ADDRESS}입니다.",
        "사업자 고객의 경우 사업자등록번호 {KR_BRN}를 기재해 주세요.",
    ],
    ("en", "customer_service"): [
        "Hi {PERSON}, thanks for reaching out about order #{order}.",
        "Customer called from {PHONE_NUMBER} about a double charge on card {CREDIT_CARD}.",
        "Please update the shipping address to {STREET_ADDRESS}.",
        "The refund of {usd} will be sent to the account holder's IBAN {IBAN_CODE}.",
        "Ticket notes: login from {IP_ADDRESS} flagged after the {version} update.",
        "You can reach me at {EMAIL_ADDRESS} or {PHONE_NUMBER} any time before {time}.",
        "Best regards,\n{PERSON}\nCustomer Care",
        "For identity verification the caller confirmed date of birth {DATE_OF_BIRTH}.",
        "My name is {PERSON} and I ordered item {sku} last week.",
        "Agent: {PERSON} | Case opened {date}",
        "Product {sku} (barcode {ean}) is back in stock for {usd}.",
        "I spoke with Ms. {PERSON_LAST} yesterday and she promised a call back.",
    ],
    ("ko", "legal"): [
        "원고 {PERSON}은 피고 {PERSON}에게 금 {price}원을 지급하라는 판결을 구한다.",
        "피고인 {PERSON}(주민등록번호 {KR_RRN})은 {kodate} 위 주소지에서 범행하였다.",
        "위 사건({case})에 관하여 증인 {PERSON}의 진술을 듣기로 한다.",
        "신청인의 주소: {STREET_ADDRESS}",
        "채무자는 채권자 명의의 {BANK_NAME} 계좌 {BANK_ACCOUNT}로 변제하였다.",
        "{article}에 따라 피고는 계약을 해지할 수 있다.",
        "외국인 피고인 {PERSON}의 외국인등록번호는 {KR_FRN}이다.",
        "대리인 {PERSON} 변호사, 연락처 {PHONE_NUMBER}, 전자우편 {EMAIL_ADDRESS}",
        "참고인: {PERSON}, {PERSON}, {PERSON}",
        "피해자는 운전면허번호 {KR_DRIVER_LICENSE}로 본인임을 증명하였다.",
        "피고 개인사업자의 사업자등록번호는 {KR_BRN}이며 {year}년 개업하였다.",
        "신청인 {PERSON}의 여권번호 {KR_PASSPORT}를 확인하였다.",
    ],
    ("en", "legal"): [
        "Plaintiff {PERSON} brings this action against Defendant {PERSON} under Section {n} of the Act.",
        "The witness, Dr. {PERSON}, testified on {date} in case {docket}.",
        "Defendant resides at {STREET_ADDRESS}.",
        "Respondent's Social Security Number {US_SSN} appears on the attached exhibit.",
        "Counsel for the petitioner may be reached at {EMAIL_ADDRESS} or {PHONE_NUMBER}.",
        "Signed,\n{PERSON}\nAttorney at Law",
        "The claimant, born {DATE_OF_BIRTH}, was employed by the company from {year} to {year}.",
        "Payment shall be made by wire transfer to IBAN {IBAN_CODE} within {n} days.",
        "Judge {PERSON_LAST} denied the motion filed on {date}.",
        "Applicant: {PERSON}\nPassport number: {KR_PASSPORT}",
        "The court notes that {PERSON!} was not a party to the original agreement.",
        "Exhibit {n}: emails sent from {IP_ADDRESS} between {date} and {date}.",
    ],
    ("ko", "news"): [
        "{PERSON} 기자 = 정부는 {kodate} 내년도 예산안을 발표했다.",
        "{PERSON} 의원은 이날 국회에서 기자회견을 열고 법안 처리를 촉구했다.",
        "{PERSON} 대표는 \"매출이 전년 대비 {pct} 늘었다\"고 밝혔다.",
        "이번 사고로 {PERSON}(45) 씨가 병원으로 옮겨졌다.",
        "제보는 {EMAIL_ADDRESS} 또는 {PHONE_NUMBER}로 받습니다.",
        "{PERSON} 교수 연구팀은 새로운 배터리 소재를 개발했다고 {kodate} 밝혔다.",
        "사고 현장은 {STREET_ADDRESS} 인근 교차로로, 오전 {time}께 차량 {n}대가 추돌했다.",
        "{PERSON} 팀장과 {PERSON} 과장이 이번 프로젝트를 이끌었다.",
        "회사는 새 모델의 출고가를 {price}원으로 책정했다고 밝혔다.",
        "{PERSON!}이 쓴 소설은 {year}년 출간 이후 {n}만 부가 팔렸다.",
    ],
    ("en", "news"): [
        "\"We expect growth to continue,\" said {PERSON}, the company's chief executive.",
        "{PERSON} said the agency would review the findings by {date}.",
        "Senator {PERSON_LAST} introduced the bill on Tuesday, citing a {pct} rise in costs.",
        "The suspect, {PERSON}, 34, was arrested near {STREET_ADDRESS}.",
        "Tips can be sent to {EMAIL_ADDRESS} or by phone at {PHONE_NUMBER}.",
        "According to {PERSON}, a spokesperson for the city, the bridge will reopen in {year}.",
        "Prof. {PERSON} of the state university led the study, published on {date}.",
        "Shares closed at {usd} after the firm released version {version} of its software.",
        "{PERSON!} joined the board in {year}, the filing shows.",
        "Reporter {PERSON} contributed to this report.",
    ],
    ("ko", "medical"): [
        "환자명: {PERSON} / 생년월일: {DATE_OF_BIRTH} / 연락처: {PHONE_NUMBER}",
        "{PERSON} 환자는 {kodate} 흉통을 주소로 내원하였다.",
        "주치의 {PERSON}, 담당 간호사 {PERSON}.",
        "보호자 {PERSON}({PHONE_NUMBER})에게 수술 일정을 안내함.",
        "혈압 {n}/{n} mmHg, 체온 36.{n} 도, 처방 코드 {sku}.",
        "주소: {STREET_ADDRESS}",
        "외래 예약 변경은 {EMAIL_ADDRESS}로 요청하셨습니다.",
        "{PERSON} 선생님께 협진을 의뢰하였다.",
        "환자의 주민등록번호는 {KR_RRN}로 확인되었다.",
        "{DATE_OF_BIRTH}생 남성으로 고혈압 병력이 있다.",
    ],
    ("en", "medical"): [
        "Patient: {PERSON}\nDOB: {DATE_OF_BIRTH}\nPhone: {PHONE_NUMBER}",
        "Mr. {PERSON} presented on {date} with chest pain lasting {n} hours.",
        "Referred by Dr. {PERSON_LAST}; follow-up scheduled at {time}.",
        "Emergency contact: {PERSON}, {PHONE_NUMBER}.",
        "Home address: {STREET_ADDRESS}.",
        "BP {n}/{n}, HR {n}, lab order {sku}, room {room}.",
        "Patient portal login from {IP_ADDRESS} on {date}.",
        "Mrs. {PERSON} reports improved sleep since starting the medication.",
        "Insurance member SSN {US_SSN} on file.",
        "Discussed results with {PERSON!} at the bedside.",
    ],
    ("ko", "chat"): [
        "저 {PERSON}인데요, 내일 회의 {time}에 하는 거 맞죠?",
        "내 번호 바뀌었어 {PHONE_NUMBER}으로 저장해줘",
        "메일 {EMAIL_ADDRESS}로 보내줄래?",
        "{PERSON}님 오늘 발표 자료 공유 부탁드려요",
        "ㅋㅋ 나 {PERSON}이야 번호 저장해 {PHONE_NUMBER}",
        "회비는 {BANK_NAME} {BANK_ACCOUNT}으로 보내줘 (예금주 {PERSON})",
        "우리 집 주소 {STREET_ADDRESS}야",
        "업데이트 {version} 깔았더니 앱이 계속 꺼져",
        "{PERSON} 씨한테 전달했어요!",
        "내일 {kodate} 저녁 {time} 강남역에서 봐요",
    ],
    ("en", "chat"): [
        "hey it's {PERSON}, running {n} min late",
        "my new number is {PHONE_NUMBER}, save it",
        "send it to {EMAIL_ADDRESS} pls",
        "Hi {PERSON}, did you get the slides?",
        "I'm {PERSON} btw, we met at the conference",
        "address for the party: {STREET_ADDRESS}",
        "can u venmo me {usd}? or wire to {IBAN_CODE}",
        "lol the server at {IP_ADDRESS} is down again",
        "this is {PERSON} from accounting, quick question",
        "meeting moved to {time}, room {room}",
    ],
}
_FILLER = {
    "ko": [
        "{kodate}부터 새 요금 체계가 적용됩니다.", "주문번호 {order} 건은 {kodate} 출고되었습니다.",
        "운송장 번호 {track}로 배송 조회가 가능합니다.", "가격은 {price}원이며 부가세가 포함되어 있습니다.",
        "소프트웨어 버전 {version}으로 업데이트되었습니다.", "{article}에 따른 절차를 거쳐야 한다.",
        "사건번호 {case}의 변론기일은 {kodate}이다.", "제품 코드 {sku}, 바코드 {ean}.",
        "오늘 회의는 오후 {time}에 {room}호에서 열립니다.", "매출은 전년보다 {pct} 증가했다.",
        "빌드 {version4} 배포 이후 오류가 줄었다.",
    ],
    "en": [
        "The new rates take effect on {date}.", "Order {order} shipped on {date}.",
        "Track your package with number {track}.", "The price is {usd} including tax.",
        "The app was updated to version {version4} last night.", "See case {docket} for the procedural history.",
        "SKU {sku}, barcode {ean}.", "The meeting starts at {time} in room {room}.",
        "Revenue grew {pct} year over year.", "The plant was built in {year} and employs {n} people.",
    ],
}

_SLOT = re.compile(r"\{([A-Za-z_0-9]+)(!?)\}")


@dataclass
class BenchDoc:
    id: str
    lang: str
    domain: str
    text: str
    spans: list[dict] = field(default_factory=list)  # {"entity", "start", "end", "uncued"}


def _render(template: str, lang: str, gen: ValueGenerator, pieces: list[str], spans: list[dict], offset: int) -> int:
    pos = 0
    for m in _SLOT.finditer(template):
        pieces.append(template[pos:m.start()])
        offset += m.start() - pos
        key, uncued = m.group(1), bool(m.group(2))
        if key == "BANK_NAME":
            value = gen.rng.choice(BENCH_KO_BANKS)
        elif key.isupper():
            value = gen.value(key, lang)
            entity = "PERSON" if key == "PERSON_LAST" else key
            spans.append({"entity": entity, "start": offset, "end": offset + len(value), "uncued": uncued})
        else:
            value = gen.filler(key.upper())
        pieces.append(value)
        offset += len(value)
        pos = m.end()
    pieces.append(template[pos:])
    return offset + len(template) - pos


def generate_bench(n_docs: int = 1000, seed: int = 0) -> list[BenchDoc]:
    """`n_docs` documents, half Korean, half English, across the domains; deterministic in `seed`."""
    rng = random.Random(seed)
    gen = ValueGenerator(rng)
    docs = []
    for i in range(n_docs):
        lang = "ko" if i % 2 == 0 else "en"
        domain = DOMAINS[(i // 2) % len(DOMAINS)]
        templates = _T[(lang, domain)]
        chosen = rng.sample(templates, k=min(len(templates), rng.randrange(2, 5)))
        chosen += rng.sample(_FILLER[lang], k=rng.randrange(1, 3))
        rng.shuffle(chosen)
        pieces: list[str] = []
        spans: list[dict] = []
        offset = 0
        for j, template in enumerate(chosen):
            if j:
                pieces.append("\n" if rng.random() < 0.3 else " ")
                offset += 1
            offset = _render(template, lang, gen, pieces, spans, offset)
        docs.append(BenchDoc(f"bench-{i:05d}", lang, domain, "".join(pieces), spans))
    return docs


# --- prose without personal data ----------------------------------------------------------------

PROSE = {
    "en": [
        "The Korean alphabet, Hangul, was promulgated in 1446 under the title Hunminjeongeum. It consists of 24 "
        "basic letters, 14 consonants and 10 vowels, which are grouped into syllabic blocks. Linguists often cite it "
        "as one of the most systematic writing systems in use today, because the shapes of the consonants reflect "
        "the position of the tongue and lips when they are pronounced.",
        "Photosynthesis converts light energy into chemical energy stored in glucose. In most plants the process "
        "takes place in the chloroplasts of leaf cells, where chlorophyll absorbs mainly blue and red light. The "
        "overall reaction consumes six molecules of carbon dioxide and six of water and releases six molecules of "
        "oxygen, and its rate depends on light intensity, temperature and the concentration of carbon dioxide.",
        "Section 2 of the Act applies to any contract for the sale of goods with a value of more than 500 dollars. "
        "A contract that does not satisfy the requirements of this section is not enforceable by way of action "
        "unless the party against whom enforcement is sought has admitted in court that a contract was made. The "
        "provisions of Article 9 govern secured transactions and are not affected by this section.",
        "The Han River flows through Seoul for about 41 kilometres before joining the Imjin River and emptying into "
        "the Yellow Sea. More than 30 bridges cross it within the city. During the monsoon season, between late "
        "June and early September, the river can rise by several metres, and parks along its banks are closed on "
        "days of heavy rain.",
        "A transformer encoder processes all tokens of a sequence in parallel. Each layer applies multi-head "
        "self-attention followed by a position-wise feed-forward network, with residual connections and layer "
        "normalization around both. BERT-base uses 12 layers, a hidden size of 768 and 12 attention heads, for "
        "about 110 million parameters, and was pretrained on 3.3 billion words with a batch size of 256 sequences.",
        "The appellate court reviewed the lower court's interpretation of the statute de novo. It held that the "
        "limitation period begins when the claimant knew or should reasonably have known of the injury, not when "
        "the injury occurred. The judgment was therefore reversed in part, and the case was remanded for further "
        "proceedings consistent with this opinion. Costs on appeal are awarded to the appellant.",
        "Mount Everest, at 8,849 metres, is the highest mountain above sea level. Its summit lies on the border "
        "between Nepal and the Tibet Autonomous Region of China. The first confirmed ascent took place in May 1953, "
        "and since then more than 6,000 climbers have reached the top, most of them by the southeast ridge route.",
        "Interest rates influence inflation through several channels. When the central bank raises its policy rate, "
        "borrowing becomes more expensive, households save more and firms postpone investment. Demand cools, and "
        "with a lag of 12 to 18 months price growth tends to slow. The exchange rate channel works faster: higher "
        "rates attract capital and strengthen the currency, which makes imports cheaper.",
        "Under the regulation, a data controller must notify the supervisory authority of a personal data breach "
        "within 72 hours of becoming aware of it, unless the breach is unlikely to result in a risk to the rights "
        "and freedoms of natural persons. Where the notification is not made within 72 hours, it shall be "
        "accompanied by reasons for the delay. Paragraph 3 lists the minimum content of the notification.",
        "The periodic table arranges the chemical elements by atomic number. Elements in the same column share "
        "similar chemical properties because they have the same number of electrons in their outer shell. The "
        "noble gases in group 18 are largely unreactive, while the alkali metals in group 1 react vigorously with "
        "water. As of 2016, 118 elements have been confirmed.",
    ],
    "ko": [
        "훈민정음은 1446년에 반포된 문자 체계로, 오늘날 한글이라고 부른다. 기본 자음 14자와 모음 10자로 이루어지며, "
        "자음의 모양은 소리를 낼 때 혀와 입술의 위치를 본떠 만들었다. 글자는 초성, 중성, 종성을 모아 한 음절 단위로 쓴다.",  # noqa: E501
        "광합성은 빛에너지를 화학 에너지로 바꾸어 포도당에 저장하는 과정이다. 대부분의 식물에서는 잎의 엽록체에서 일어나며, "  # noqa: E501
        "엽록소는 주로 청색광과 적색광을 흡수한다. 광합성 속도는 빛의 세기, 온도, 이산화탄소 농도에 따라 달라진다.",
        "민법 제750조는 고의 또는 과실로 인한 위법행위로 타인에게 손해를 가한 자는 그 손해를 배상할 책임이 있다고 규정한다. "  # noqa: E501
        "불법행위로 인한 손해배상청구권은 피해자가 그 손해 및 가해자를 안 날로부터 3년간 행사하지 아니하면 시효로 소멸한다.",  # noqa: E501
        "한강은 강원도 태백에서 발원하여 서울을 지나 황해로 흘러드는 강으로, 전체 길이는 약 494킬로미터이다. 서울 구간에는 "  # noqa: E501
        "30개가 넘는 다리가 놓여 있으며, 장마철인 6월 말부터 9월 초 사이에는 수위가 크게 올라 둔치 공원이 통제되기도 한다.",  # noqa: E501
        "트랜스포머 인코더는 문장의 모든 토큰을 병렬로 처리한다. 각 층은 다중 헤드 자기 주의와 위치별 전방향 신경망으로 "  # noqa: E501
        "구성되며, 두 부분 모두에 잔차 연결과 층 정규화가 적용된다. BERT 기본 모델은 12개 층, 은닉 크기 768, 주의 헤드 12개로 "  # noqa: E501
        "약 1억 1천만 개의 매개변수를 가진다.",
        "대법원은 원심이 법리를 오해하여 판결에 영향을 미친 잘못이 있다고 보아 원심판결 중 피고 패소 부분을 파기하고, 이 "  # noqa: E501
        "부분 사건을 다시 심리·판단하도록 원심법원에 환송하였다. 나머지 상고는 이유 없어 기각하였다.",
        "에베레스트산은 해발 8,849미터로 세계에서 가장 높은 산이다. 정상은 네팔과 중국 티베트 자치구의 경계에 있으며, "
        "1953년 5월에 처음으로 등정이 확인되었다. 이후 6,000명이 넘는 등반가가 정상에 올랐다.",
        "중앙은행이 기준금리를 올리면 대출 비용이 높아져 가계는 소비를 줄이고 기업은 투자를 미룬다. 수요가 둔화되면 보통 "  # noqa: E501
        "12개월에서 18개월의 시차를 두고 물가 상승률이 낮아진다. 환율 경로는 이보다 빠르게 작동한다.",
        "개인정보 보호법 제34조에 따르면 개인정보처리자는 개인정보가 유출되었음을 알게 되었을 때에는 지체 없이 해당 "
        "정보주체에게 유출된 개인정보의 항목, 유출 시점과 경위 등을 알려야 한다. 제2항은 피해 최소화를 위한 조치를 정한다.",  # noqa: E501
        "주기율표는 화학 원소를 원자 번호 순서로 배열한 표이다. 같은 족에 속한 원소들은 최외각 전자 수가 같아 화학적 성질이 "  # noqa: E501
        "비슷하다. 18족의 비활성 기체는 반응성이 거의 없고, 1족의 알칼리 금속은 물과 격렬하게 반응한다.",
    ],
}


def prose_documents() -> list[BenchDoc]:
    """Hand-written encyclopedic and legal text, Korean and English, with no personal data at all."""
    return [BenchDoc(f"prose-{lang}-{i:02d}", lang, "prose", text) for lang in ("ko", "en")
            for i, text in enumerate(PROSE[lang])]
