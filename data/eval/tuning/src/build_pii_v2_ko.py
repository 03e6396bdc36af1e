# ruff: noqa: E501
"""Build data/eval/tuning/pii_v2_ko.jsonl (150 Korean rows) deterministically.

Written before reading any scrubber code or any existing row (wave 5, round 2, slice names-ko2).
Each layout is a function returning segments: plain strings and (ENTITY, value) slots; offsets are computed.
Run: python data/eval/tuning/src/build_pii_v2_ko.py  (writes the set and validates it).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "pii_v2_ko.jsonl"
R = random.Random(20261206)

SUR = list("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉")
SUR2 = ["남궁", "선우", "제갈", "황보", "독고", "사공", "서문", "동방"]
RARE = ["편", "탁", "봉", "옥", "어", "빈", "단", "견", "승", "시", "순", "뇌", "즙", "묵", "야", "판", "화", "초"]
GIV = ("태겸 서율 하람 도헌 윤슬 채안 규리 시훈 예담 건희 주아 현서 로운 이헌 다인 세아 준혁 소담 은호 해린 "
       "정민 미숙 영길 순례 말순 복희 종석 기범 상욱 혜란 연주 경태 동희 재형 수빈 지안 유찬 가윤 승재 민채 "
       "태오 하민 서후 아윤 우주 지율 은채 시윤 라희 보민 성규 형준 나윤 여진 창호 덕배 금자 옥분 철민 광수").split()
GIV1 = ["혁", "훈", "결", "윤", "진", "겸", "담", "율", "란", "섭"]
WORDGIV = ["슬기", "하늘", "보람", "누리", "별", "솔", "나래", "아름", "한결", "가람", "다솜", "바다", "이슬", "새봄",
           "초롱", "한별", "봄", "단비", "마루", "노을", "구슬", "빛나", "은별", "기쁨", "찬미", "사랑"]
ROM_S = ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin",
         "Kwon", "Hwang", "Ahn", "Song", "Ryu", "Hong", "Baek", "Noh", "Moon", "Yang"]
ROM_G = ["Tae-gyeom", "Seo-yul", "Ha-ram", "Do-heon", "Yoon-seul", "Chae-an", "Gyu-ri", "Si-hoon", "Ye-dam",
         "Geon-hee", "Joo-ah", "Hyun-seo", "Ro-woon", "Jun-hyuk", "Eun-ho", "Hae-rin", "Ji-an", "Yu-chan"]
FOREIGN = ["다나카 히로시", "마리아 곤살레스", "응우옌 티 란", "올리비아 마틴", "왕 샤오밍", "라훌 샤르마",
           "안나 코발스카", "제임스 톰슨", "사토 미오", "루카스 베버", "아이샤 칸", "토마스 뮐러"]
BANKS = ["국민", "신한", "우리", "하나", "농협", "기업", "카카오뱅크", "토스뱅크", "SC제일", "새마을금고", "우체국", "부산은행"]
HANGUL_DIG = "공일이삼사오육칠팔구"
FW = str.maketrans("0123456789-", "０１２３４５６７８９－")


def batchim(word: str) -> bool:
    ch = word[-1]
    return "가" <= ch <= "힣" and (ord(ch) - 0xAC00) % 28 != 0


def j(word: str, pair: str) -> str:
    """Particle for word: pair like '이/가', '은/는', '을/를', '과/와', '아/야', '이랑/랑'."""
    a, b = pair.split("/")
    return a if batchim(word) else b


def given() -> str:
    return R.choice(GIV)


def full() -> str:
    return R.choice(SUR) + R.choice(GIV)


def rare_full() -> str:
    if R.random() < 0.5:
        return R.choice(SUR2) + R.choice(GIV + GIV1)
    return R.choice(RARE) + R.choice(GIV)


def any_full() -> str:
    x = R.random()
    if x < 0.2:
        return rare_full()
    if x < 0.3:
        return R.choice(SUR) + R.choice(GIV1)
    return full()


def spaced() -> str:
    n = full()
    return " ".join(n) if R.random() < 0.5 else n[0] + " " + n[1:]


def roman() -> str:
    s, g = R.choice(ROM_S), R.choice(ROM_G)
    x = R.random()
    if x < 0.35:
        return f"{s} {g}"
    if x < 0.7:
        return f"{g.replace('-', '').capitalize()} {s}"
    return f"{s.upper()} {g.replace('-', '').upper()}"


def d(n: int) -> str:
    return "".join(R.choice("0123456789") for _ in range(n))


def phone() -> str:
    a, b = d(4), d(4)
    style = R.randrange(11)
    if style == 0:
        return f"010-{a}-{b}"
    if style == 1:
        return f"010{a}{b}"
    if style == 2:
        return f"010 {a} {b}"
    if style == 3:
        return f"010.{a}.{b}"
    if style == 4:
        return f"010ㅡ{a}ㅡ{b}"
    if style == 5:
        return f"010-{a}-{b}".translate(FW)
    if style == 6:
        return f"+82 10-{a}-{b}"
    if style == 7:
        return f"+82-10-{a}-{b}"
    if style == 8:
        return "공일공 " + "".join(HANGUL_DIG[int(c)] for c in a) + " " + "".join(HANGUL_DIG[int(c)] for c in b)
    if style == 9:
        return f"(010){a}-{b}"
    return f"{R.choice(['011', '016', '019'])}-{d(3)}-{b}"


def landline() -> str:
    return R.choice([f"02-{d(3)}-{d(4)}", f"031-{d(3)}-{d(4)}", f"051){d(3)}-{d(4)}", f"02 {d(4)} {d(4)}"])


def account() -> str:
    style = R.randrange(8)
    return [f"{d(6)}-{d(2)}-{d(6)}", f"110-{d(3)}-{d(6)}", f"1002-{d(3)}-{d(6)}", f"3333-{d(2)}-{d(7)}",
            f"{d(3)}-{d(4)}-{d(4)}-{d(2)}", f"{d(3)}{d(6)}{d(5)}", f"{d(3)} {d(6)} {d(2)} {d(3)}",
            f"{d(3)}-{d(6)}-{d(2)}-{d(3)}"][style]


def time() -> str:
    return f"{R.choice(['오전', '오후'])} {R.randint(1, 12)}:{R.randint(0, 59):02d}"


def svc() -> str:
    return f"{R.choice(['1588', '1577', '1544', '1661', '1899', '1600'])}-{d(4)}"


P = "PERSON"
PH = "PHONE_NUMBER"
BA = "BANK_ACCOUNT"

# ---------------------------------------------------------------- layouts with spans
LAYOUTS: list[tuple[str, object]] = []


def lay(genre: str):
    def deco(fn):
        LAYOUTS.append((genre, fn))
        return fn
    return deco


@lay("chat")
def kakao_brackets():
    a, b = any_full(), full()
    return ["[", (P, a), f"] [{time()}] 오늘 회의 몇 시였지?\n[", (P, b), f"] [{time()}] 세 시요 ㅎㅎ\n[",
            (P, a), f"] [{time()}] ㅇㅋ"]


@lay("chat")
def kakao_mobile():
    a, b = full(), rare_full()
    return [f"2026년 3월 {R.randint(1, 28)}일 {time()}, ", (P, a), " : 내일 택배 받아줄 수 있어?\n"
            f"2026년 3월 {R.randint(1, 28)}일 {time()}, ", (P, b), " : 응 현관에 두라고 해"]


@lay("chat")
def colon_chat_given():
    a, b = given(), R.choice(WORDGIV)
    return [(P, a), ": 나 오늘 좀 늦어\n", (P, b), ": ㅇㅇ 먼저 시작할게\n", (P, a), ": 미안 ㅠ"]


@lay("chat")
def chat_no_cue():
    a, b = given(), given()
    return ["야 어제 ", (P, a), j(a, "이랑/랑"),
            " 밥 먹었는데 ", (P, b), j(b, "이/가"), " 갑자기 왔어 ㅋㅋ"]


@lay("chat")
def chat_vocative():
    a = R.choice(GIV + WORDGIV)
    voc = "아" if batchim(a) else "야"
    return [(P, a), voc + " 오늘 저녁에 시간 돼? 엄마가 반찬 가져가래"]


@lay("chat")
def chat_hypocoristic():
    a = R.choice([g for g in GIV if batchim(g)])
    return ["근데 ", (P, a), "이가 그 얘기 진짜 했어? ", (P, a), "이한테 직접 물어봐"]


@lay("sms")
def sms_wordname():
    a = R.choice(WORDGIV)
    return ["[Web발신]\n", (P, a), j(a, "이/가"), " 학원 끝나고 바로 집에 간대요. 늦으면 ", (PH, phone()), "로 연락주세요"]


@lay("sms")
def sms_sender():
    a = full()
    return [f"{R.choice(['고객님', '회원님'])}, 담당 설치기사 ", (P, a), f"입니다. {R.randint(1, 12)}시쯤 방문 예정이며 "
            f"문의는 ", (PH, phone()), " 으로 주세요."]


@lay("delivery_note")
def label_recipient():
    a = any_full()
    return ["받는 분: ", (P, a), "\n연락처: ", (PH, phone()), f"\n요청사항: 문 앞에 놓아주세요\n운송장번호 {d(12)}"]


@lay("delivery_note")
def label_odd_field():
    a = full()
    lab = R.choice(["인수자", "수취인", "수령인 성함", "픽업하실 분"])
    return [f"{lab} ", (P, a), f" / 보관함 {R.randint(1, 40)}번 / 비밀번호 {d(4)}"]


@lay("form")
def form_guardian():
    a, b = full(), full()
    return ["환자명: ", (P, a), "\n보호자: ", (P, b), " (배우자)\n보호자 연락처: ", (PH, phone()), "\n진료과: 내과"]


@lay("form")
def form_applicant_pipe():
    a = any_full()
    return ["| 신청인 | ", (P, a), " | 연락처 | ", (PH, phone()), f" | 신청일 | 2026-0{R.randint(1, 9)}-1{R.randint(0, 9)} |"]


@lay("form")
def form_depositor():
    a, b = full(), R.choice(BANKS)
    return [f"환불 계좌: {b} ", (BA, account()), "\n예금주: ", (P, a), "\n입금자명이 다르면 환불이 지연됩니다."]


@lay("form")
def form_reservation():
    a = R.choice([full(), spaced()])
    return ["예약자 성함 : ", (P, a), f"\n인원 : {R.randint(2, 8)}명\n휴대폰 : ", (PH, phone())]


@lay("form")
def form_contact_person():
    a = full()
    lab = R.choice(["담당자명", "작성인", "접수자", "문의처", "대표자", "연락 주실 분"])
    return [f"{lab}) ", (P, a), " ", (PH, phone())]


@lay("email")
def email_header():
    a, b, c = full(), full(), rare_full()
    return ["보낸 사람: ", (P, a), f" <{d(3)}@example.kr>\n받는 사람: ", (P, b), "\n참조: ", (P, c),
            "\n제목: 3분기 정산 건\n\n", (P, b), "님, 첨부 확인 부탁드립니다.\n", (P, a), " 드림"]


@lay("email")
def email_signoff():
    a = full()
    return ["검토 의견 보내드립니다. 수정본은 금요일까지 공유하겠습니다.\n\n감사합니다.\n", (P, a),
            f"\n{R.choice(['기획팀', '재무팀', '연구소'])} | 직통 ", (PH, landline()), " | 휴대 ", (PH, phone())]


@lay("meeting_minutes")
def minutes_attendees_line():
    names = [any_full() for _ in range(R.randint(3, 5))]
    sep = R.choice([", ", "ㆍ", "·", " / ", " "])
    segs: list = ["참석자: "]
    for i, n in enumerate(names):
        if i:
            segs.append(sep)
        segs.append((P, n))
    segs.append("\n안건: 예산 조정\n결론: 다음 회의에서 재논의")
    return segs


@lay("meeting_minutes")
def minutes_per_line():
    names = [full() for _ in range(3)]
    segs: list = ["[참석]\n"]
    for n in names:
        segs += ["- ", (P, n), "\n"]
    segs.append("[불참] 없음")
    return segs


@lay("meeting_minutes")
def minutes_actions():
    a, b = given(), full()
    return ["액션 아이템\n1) 견적 재요청 → ", (P, b), "\n2) 일정표 업데이트 → ", (P, a), " 님\n3) 회의실 예약 → 총무"]


@lay("legislation")
def bill_sponsors():
    names = [full() for _ in range(R.randint(3, 4))]
    segs: list = ["발의자 : "]
    for i, n in enumerate(names):
        if i:
            segs.append("ㆍ")
        segs += [(P, n)]
    segs[-1:] = [segs[-1], "의원(" + str(len(names)) + "인)"]
    return segs


@lay("legislation")
def bill_glued():
    a = full()
    return [(P, a), f"의원 등 {R.randint(10, 15)}인이 발의한 개정안은 소관 상임위원회에 회부되었다."]


@lay("news")
def news_quote():
    a = any_full()
    return ["\"현장 대응이 늦었다\"고 ", (P, a), f"({R.randint(25, 70)}) 씨는 말했다. 경찰은 정확한 경위를 조사 중이다."]


@lay("news")
def news_byline():
    a = full()
    return [f"{R.choice(['서울', '부산', '광주'])}=연합뉴스) ", (P, a), " 기자 = 시는 올해 예산을 동결한다고 밝혔다."]


@lay("news")
def news_no_cue_sentence():
    a = full()
    return ["지난달 은퇴를 선언한 ", (P, a), j(a, "은/는"), " 후배들에게 감사 인사를 전했다."]


@lay("court_judgment")
def judgment_panel():
    a, b, c = full(), full(), rare_full()
    return ["재판장 판사 ", (P, a), "\n      판사 ", (P, b), "\n      판사 ", (P, c)]


@lay("court_judgment")
def judgment_lawyer():
    a = full()
    return ["피고인 A\n변호인 법무법인 한결 담당변호사 ", (P, a), "\n검사 김○○(기소), 공판 출석"]


@lay("community_post")
def post_glued_particles():
    a, b = full(), given()
    return ["오늘 ", (P, a), j(a, "이랑/랑"), " 등산 갔다가 ", (P, b), "한테 연락 받음. 다음엔 셋이 같이 가기로 함"]


@lay("community_post")
def post_wordname_sentence():
    a = R.choice(WORDGIV)
    return ["우리 반 ", (P, a), j(a, "이/가"), " 이번 대회에서 1등 했어요! 다들 축하해 주세요"]


@lay("community_post")
def post_romanized():
    a = roman()
    return ["교환학생 시절 룸메이트 ", (P, a), " 찾습니다. 2019년 밴쿠버에서 같이 살았어요."]


@lay("community_post")
def post_foreign():
    a = R.choice(FOREIGN)
    return ["우리 팀 새 코치 ", (P, a), " 씨가 다음 주부터 훈련을 맡는다고 합니다."]


@lay("support_ticket")
def ticket_fields():
    a = full()
    return [f"티켓 #{d(6)}\n요청자: ", (P, a), f"\n우선순위: 높음\n내용: 로그인 시 오류 코드 {d(3)} 발생"]


@lay("support_ticket")
def ticket_reply_given():
    a = R.choice(GIV + WORDGIV)
    return [(P, a), " 님, 문의하신 환불은 영업일 기준 3일 내 처리됩니다. 추가 문의는 고객센터 ", svc(), "로 연락 바랍니다."]


@lay("notice")
def notice_winners():
    a, b = full(), full()
    return ["[수상자 안내]\n대상 ", (P, a), " (3학년 2반)\n우수상 ", (P, b), " (2학년 5반)"]


@lay("notice")
def notice_obit():
    a, b = full(), full()
    return ["[부고] 영업팀 ", (P, a), " 과장 부친상\n빈소: 시민장례식장 3호실\n상주: ", (P, a), ", ", (P, b),
            "\n연락처: ", (PH, phone())]


@lay("transcript")
def transcript_stt():
    a = full()
    return ["상담원: 성함 말씀해 주시겠어요?\n고객: ", (P, a), "이요. 번호는 ", (PH, phone()), "이에요."]


@lay("transcript")
def transcript_speakers():
    a, b = full(), full()
    return [(P, a), " 위원: 자료 제출이 늦은 이유가 뭡니까?\n", (P, b), " 국장: 검토에 시간이 걸렸습니다."]


@lay("resume")
def resume_header():
    a = R.choice([full(), spaced(), rare_full()])
    return ["이 력 서\n성    명  ", (P, a), "\n영문성명  ", (P, roman()), "\n휴 대 폰  ", (PH, phone())]


@lay("report")
def report_author_line():
    a, b = full(), full()
    return ["작성: ", (P, a), " / 검토: ", (P, b), f" / 승인: 본부장\n보고일: 2026.0{R.randint(1, 9)}.{R.randint(10, 28)}"]


@lay("tweet")
def tweet_mention():
    a = given()
    return ["오늘 ", (P, a), j(a, "이/가"), " 만들어준 케이크 너무 맛있었다 🎂 #생일"]


@lay("log")
def log_user():
    a = roman()
    return [f"2026-03-0{R.randint(1, 9)}T1{R.randint(0, 9)}:2{R.randint(0, 9)}:11Z INFO login ok user=\"", (P, a),
            f"\" session={d(8)}"]


@lay("order")
def order_bank_transfer():
    a = full()
    return [f"주문번호 {d(10)}\n입금 계좌: {R.choice(BANKS)}은행 ", (BA, account()), " (예금주 ", (P, a), ")\n입금 기한: 내일 자정"]


@lay("chat")
def chat_bank_request():
    a = given()
    return ["회비 ", (BA, account()), f" {R.choice(BANKS)} 으로 보내줘~ 이름은 ", (P, a), j(a, "이/가"), " 확인할게"]


@lay("chat")
def chat_list_lines():
    names = [R.choice(GIV + WORDGIV) for _ in range(3)]
    names = list(dict.fromkeys(names))
    segs: list = ["토요일 풋살 명단\n"]
    for i, n in enumerate(names):
        segs += [f"{i + 1}. ", (P, n), "\n"]
    segs.append("회비 만원씩!")
    return segs


@lay("community_post")
def post_rare_surname_sentence():
    a = rare_full()
    return ["동창회 총무를 맡은 ", (P, a), j(a, "이/가"), " 이번 모임 장소를 정했습니다."]


@lay("medical_note")
def medical_note():
    a = full()
    return ["간호기록: ", (P, a), f" 환자 {time()} 혈압 13{R.randint(0, 9)}/8{R.randint(0, 9)}, 보호자에게 설명함."]


@lay("contract")
def contract_parties():
    a, b = full(), full()
    return ["임대인 ", (P, a), " (이하 \"갑\")과 임차인 ", (P, b), " (이하 \"을\")은 다음과 같이 계약한다.\n연락처(을): ",
            (PH, phone())]


@lay("chat")
def chat_spaced_name():
    a = spaced()
    return ["그 사람 이름 ", (P, a), " 맞지? 명단에 없던데"]


@lay("sms")
def sms_fullwidth():
    a = full()
    return ["[알림] ", (P, a), " 님 예약 변경: ", (PH, f"010-{d(4)}-{d(4)}".translate(FW)), " 로 회신"]


@lay("email")
def email_body_mention():
    a, b = given(), full()
    return ["안녕하세요. 지난번 말씀드린 건은 ", (P, b), " 선임이 맡기로 했고, 세부 일정은 ", (P, a),
            " 씨가 정리해서 보내드릴 예정입니다."]


@lay("chat")
def chat_slack_style():
    a, b = roman(), full()
    return [(P, a), f"  {time()}\n배포 끝났어요\n", (P, b), f"  {time()}\n확인했습니다 👍"]


@lay("form")
def form_bank_plain():
    a = full()
    return [f"지급 계좌 ({R.choice(BANKS)}) ", (BA, account()), " / 성명 ", (P, a)]


@lay("news")
def news_list_names():
    names = [full() for _ in range(3)]
    return ["이날 행사에는 ", (P, names[0]), ", ", (P, names[1]), ", ", (P, names[2]), " 등 주민 대표들이 참석했다."]


@lay("community_post")
def post_given_topic():
    a = R.choice(GIV)
    return [(P, a), j(a, "은/는"), " 요즘 뭐 하고 지내는지 아는 사람? 연락이 안 되네"]


# ---------------------------------------------------------------- clean look-alike layouts
CLEAN: list[tuple[str, object]] = []


def clean(genre: str):
    def deco(fn):
        CLEAN.append((genre, fn))
        return fn
    return deco


@clean("community_post")
def c_wordy():
    return [R.choice(["하늘이 정말 맑네요. 보람찬 하루 보내세요!", "별이 쏟아지는 밤이었다. 솔 향이 바람에 실려 왔다.",
                      "슬기로운 생활 습관으로 건강을 지키세요.", "바다가 보이는 카페에서 노을을 봤어요."])]


@clean("notice")
def c_roles():
    return [R.choice(["회장님과 총무가 회비 정산을 마쳤습니다. 문의는 총무에게 해주세요.",
                      "팀장님이 오늘 휴가라 결재는 내일 진행됩니다.",
                      "엄마가 반찬 보내준대서 이모랑 같이 받기로 함"])]


@clean("news")
def c_masked():
    return [R.choice([f"경찰은 김모({R.randint(30, 60)})씨를 입건했다.", "피고인 A는 피해자 B에게 금전을 요구하였다.",
                      f"이○○ 씨(4{R.randint(0, 9)}세)가 현장에서 구조됐다."])]


@clean("news")
def c_orgs():
    return [R.choice(["강서구청은 삼성전자와 협약을 맺고 정관장 선물세트를 지원했다.",
                      "국민은행과 신한카드가 공동 이벤트를 연다.",
                      "현대자동차 노사는 임금 협상을 타결했다."])]


@clean("news")
def c_places():
    return [R.choice(["진주와 정선 일대에 호우주의보가 내려졌다.", "김포공항에서 강남역까지 리무진버스가 증편된다.",
                      "광화문광장과 서울역 앞에서 행사가 열렸다."])]


@clean("support_ticket")
def c_service_numbers():
    return [f"고객센터 {svc()} (평일 9~18시), 주문번호 {d(10)}, 운송장 {d(12)}"]


@clean("legislation")
def c_law_articles():
    return [f"제{R.randint(2, 40)}조제{R.randint(1, 5)}항 중 \"신고\"를 \"등록\"으로 하고, 같은 조에 제{R.randint(1, 9)}항을 신설한다."]


@clean("technical_doc")
def c_versions():
    return [f"v{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)} 배포: 캐시 만료 시간을 {R.randint(10, 90)}초로 조정, "
            f"커밋 {''.join(R.choice('0123456789abcdef') for _ in range(7))}"]


@clean("community_post")
def c_surname_words():
    return [R.choice(["이상하게 정말 조용한 날이었다. 박수 소리만 들렸다.", "최고의 선택! 강추합니다. 김치찌개가 진짜 맛있어요.",
                      "조사 결과 한국 안전 기준에 맞지 않는 제품이 있었다.", "임시 공휴일이라 문 여는 병원을 찾았어요."])]


@clean("chat")
def c_chat_no_names():
    return [f"[{time()}] 오늘 몇 시에 만나?\n[{time()}] 일곱 시 어때\n[{time()}] 좋아 강남역 11번 출구"]


@clean("report")
def c_stats():
    return [f"3분기 매출은 {R.randint(100, 999)}억 원으로 전년 대비 {R.randint(1, 30)}% 증가했다. 영업이익률은 {R.randint(1, 15)}.{R.randint(0, 9)}%."]


@clean("form")
def c_blank_form():
    return ["성명: ____________\n연락처: ____________\n서명: ____________\n※ 본인이 직접 작성해 주세요."]


@clean("recipe")
def c_recipe():
    return [R.choice(["대파 한 대, 마늘 두 쪽, 간장 두 큰술을 넣고 중불에서 졸여 주세요.",
                      "보리밥에 열무김치를 올리고 고추장 한 숟가락이면 끝!"])]


@clean("meeting_minutes")
def c_minutes_roles():
    return ["참석: 위원장, 부위원장, 간사 외 5명\n안건: 예산안 심의\n결과: 원안 가결"]


@clean("log")
def c_log():
    return [f"2026-03-0{R.randint(1, 9)} 12:0{R.randint(0, 9)}:33 WARN disk usage {R.randint(80, 99)}% on node-{R.randint(1, 9)} (job {d(6)})"]


@clean("news")
def c_wordnames_common():
    return [R.choice(["아름다운 가게에 기부 물품이 모였다. 나래를 펴듯 새봄이 왔다.",
                      "이슬이 맺힌 아침, 단비가 내려 농민들이 기뻐했다.", "한결 가벼워진 마음으로 새봄을 맞았다."])]


@clean("sms")
def c_sms_ad():
    return [f"[Web발신]\n(광고) 봄맞이 세일 최대 {R.randint(20, 70)}%! 수신거부 080-{d(3)}-{d(4)}"]


LAYOUT_COUNTS = 3  # max rows per layout


def render(segs) -> tuple[str, list[dict]]:
    text, spans = "", []
    for s in segs:
        if isinstance(s, tuple):
            ent, val = s
            start = len(text)
            text += val
            spans.append({"start": start, "end": len(text), "entity": ent, "text": val})
        else:
            text += s
    return text, spans


def build() -> list[dict]:
    rows: list[dict] = []
    span_rows: list[tuple[str, str, list]] = []
    per = {}
    # round-robin over span layouts until 110 rows
    i = 0
    while len(span_rows) < 110:
        genre, fn = LAYOUTS[i % len(LAYOUTS)]
        i += 1
        if per.get(fn.__name__, 0) >= LAYOUT_COUNTS:
            continue
        text, spans = render(fn())
        if not spans:
            continue
        per[fn.__name__] = per.get(fn.__name__, 0) + 1
        span_rows.append((genre, text, spans))
    clean_rows: list[tuple[str, str, list]] = []
    i = 0
    seen = set()
    while len(clean_rows) < 40:
        genre, fn = CLEAN[i % len(CLEAN)]
        i += 1
        if per.get(fn.__name__, 0) >= LAYOUT_COUNTS:
            continue
        text, spans = render(fn())
        if text in seen:
            continue
        seen.add(text)
        per[fn.__name__] = per.get(fn.__name__, 0) + 1
        clean_rows.append((genre, text, spans))
    allrows = span_rows + clean_rows
    R.shuffle(allrows)
    for n, (genre, text, spans) in enumerate(allrows, 1):
        rows.append({"id": f"tune2-ko-{n:04d}", "lang": "ko", "genre": genre, "source": "generated",
                     "text": text, "spans": spans})
    return rows, per


def validate(rows: list[dict]) -> None:
    for r in rows:
        prev = 0
        for s in r["spans"]:
            assert r["text"][s["start"]:s["end"]] == s["text"], r["id"]
            assert s["start"] >= prev, r["id"]
            assert s["text"] == s["text"].strip() and s["text"], r["id"]
            prev = s["end"]


if __name__ == "__main__":
    rows, per = build()
    validate(rows)
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    ents: dict = {}
    for r in rows:
        for s in r["spans"]:
            ents[s["entity"]] = ents.get(s["entity"], 0) + 1
    print(len(rows), "rows;", sum(1 for r in rows if not r["spans"]), "clean;", len(per), "layouts used;",
          "max per layout", max(per.values()), ents)
