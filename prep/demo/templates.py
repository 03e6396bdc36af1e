"""Templates of the demo corpus: the knowledge base, filler sentences and PII sentences.

Pure data, kept apart from the generator (`prep/demo/corpus.py`) so each stays readable; the fake
names and mail domains are in `privbert/fake_pii.py` with every other pool of fake data. Rules the
data keeps, which the tests check:
- Fact sentences carry no PII and are repeated verbatim; a probed fact's answer is a whole
  space-separated word (no Korean particle glued to it), so it stays one WordPiece token.
- Korean names appear only next to an honorific/title or after a label; English names only after a
  title, "My name is", "Name:" or "Regards,", the contexts the scrubber is built to catch.
"""

from __future__ import annotations

from dataclasses import dataclass

DOMAINS = ("customer_support", "legal", "medical", "finance", "encyclopedic")
LANGS = ("ko", "en")


@dataclass(frozen=True)
class Fact:
    lang: str
    domain: str
    text: str
    answer: str = ""  # the word a probe masks; empty when the fact is not probed

    @property
    def weight(self) -> int:
        return 5 if self.answer else 1  # probed facts are mentioned more often, so they are learned


FACTS = (
    Fact("en", "customer_support", "Refund requests are handled by the billing department.", "billing"),
    Fact("en", "customer_support", "Password resets are handled by the security team."),
    Fact("en", "customer_support", "Most orders ship within two business days."),
    Fact("en", "legal", "The contract may be terminated with thirty days written notice.", "notice"),
    Fact("en", "legal", "A tenant must pay the security deposit before moving in."),
    Fact("en", "legal", "An appeal must be filed within fourteen days of the judgment."),
    Fact("en", "legal", "The burden of proof lies with the plaintiff."),
    Fact("en", "medical", "Aspirin is commonly used to reduce fever and pain.", "fever"),
    Fact("en", "medical", "Insulin helps the body control blood sugar."),
    Fact("en", "medical", "Adults should sleep seven to nine hours a night."),
    Fact("en", "finance", "The central bank raised interest rates to fight inflation.", "inflation"),
    Fact("en", "finance", "Interest on the savings account is paid every month."),
    Fact("en", "finance", "A credit score above 700 is usually considered good."),
    Fact("en", "encyclopedic", "The capital of France is Paris.", "Paris"),
    Fact("en", "encyclopedic", "The capital of Japan is Tokyo."),
    Fact("en", "encyclopedic", "The capital of Korea is Seoul."),
    Fact("en", "encyclopedic", "Water boils at 100 degrees Celsius at sea level."),
    Fact("en", "encyclopedic", "The Earth orbits the Sun once a year."),
    Fact("en", "encyclopedic", "The Pacific is the largest ocean on Earth."),
    Fact("ko", "customer_support", "환불 문의는 결제 담당 부서에서 처리합니다.", "결제"),
    Fact("ko", "customer_support", "비밀번호 재설정은 보안 팀에서 도와드립니다."),
    Fact("ko", "customer_support", "주문한 상품은 보통 이틀 안에 출고됩니다."),
    Fact("ko", "customer_support", "고객센터는 평일 오전 9시부터 오후 6시까지 운영합니다."),
    Fact("ko", "legal", "계약 해지는 반드시 서면 통지로 해야 합니다.", "서면"),
    Fact("ko", "legal", "임차인은 입주 전에 보증금을 지급해야 합니다."),
    Fact("ko", "legal", "항소는 판결문을 받은 날부터 2주 이내에 제기해야 합니다."),
    Fact("ko", "medical", "혈압 측정은 내과 외래에서 합니다.", "내과"),
    Fact("ko", "medical", "독감 예방 접종은 매년 가을에 받는 것이 좋습니다."),
    Fact("ko", "medical", "성인의 정상 체온은 약 37도입니다."),
    Fact("ko", "finance", "중앙은행은 물가 안정을 위해 기준금리를 조정합니다."),
    Fact("ko", "finance", "적금 이자는 매월 말일에 지급됩니다."),
    Fact("ko", "finance", "신용 점수가 높을수록 대출 금리가 낮아집니다."),
    Fact("ko", "encyclopedic", "한강은 서울 시내를 가로질러 흐른다.", "서울"),
    Fact("ko", "encyclopedic", "지구는 태양 주위를 1년에 한 번 돈다.", "태양"),
    Fact("ko", "encyclopedic", "서울은 대한민국의 수도이다."),
    Fact("ko", "encyclopedic", "물은 섭씨 100도에서 끓는다."),
    Fact("ko", "encyclopedic", "한글은 세종대왕이 창제한 문자이다."),
)

FILLERS = {
    ("en", "customer_support"): (
        "Thank you for contacting Acme support.",
        "I ordered {product} on {day} and it still has not arrived.",
        "The tracking page has not changed for {n} days.",
        "Could you check the status of my order?",
        "We are sorry for the inconvenience this has caused.",
        "Your ticket has been forwarded to the right team.",
        "I was charged twice for {product} this month.",
        "Please reply to this message if you need anything else.",
        "The app crashes every time I open the settings page.",
        "Thanks so much for the quick reply!",
        "We have issued a store credit of {amount} to your account.",
        "Our agents usually answer within {n} hours.",
        "Is there a way to change the delivery address after checkout?",
        "The billing page shows the wrong plan.",
    ),
    ("en", "legal"): (
        "This agreement is entered into on {month} {n}.",
        "The parties agree to try mediation first.",
        "The landlord shall return the deposit within {n} days after the lease ends.",
        "The defendant denied all of the allegations in the complaint.",
        "Each party shall bear its own costs.",
        "The hearing was postponed until {month}.",
        "Any amendment must be signed by both parties.",
        "The court found that the contract was valid and binding.",
        "Late payments incur a fee of {amount}.",
        "Confidential information may not be disclosed to third parties.",
        "Is a verbal notice enough?",
        "The tenant reported a water leak in the kitchen on {day}.",
        "The notice was delivered by mail.",
    ),
    ("en", "medical"): (
        "The patient reported a mild headache for {n} days.",
        "Blood pressure was within the normal range.",
        "Please take the medication twice a day after meals.",
        "A follow-up visit is scheduled for next {day}.",
        "The lab results will be available in {n} days.",
        "Drink plenty of water and get enough rest!",
        "The clinic is closed on public holidays.",
        "No allergies to medication were reported.",
        "The cough has improved since the last visit.",
        "Did the fever come back after the first dose?",
        "Symptoms should be reported to the nurse immediately.",
        "A high fever may need urgent care.",
    ),
    ("en", "finance"): (
        "The quarterly report shows revenue of {amount}.",
        "Your monthly statement is now available online.",
        "The transfer of {amount} was completed on {day}.",
        "Market volatility increased sharply in {month}.",
        "Please review the updated terms of your savings account.",
        "The loan application is under review.",
        "Analysts expect earnings to grow by {n} percent this year.",
        "Why was my credit limit reduced?",
        "A late payment fee of {amount} was added to the bill.",
        "Investors moved money into bonds last week.",
        "Inflation was higher than expected in {month}.",
        "The billing cycle closes on the last day of the month.",
    ),
    ("en", "encyclopedic"): (
        "The museum reopened to visitors on {month} {n}.",
        "Heavy rain is expected in {city} this weekend.",
        "The city council approved a new budget on {day}.",
        "The festival drew more than {n} thousand visitors.",
        "Scientists published the findings in a peer reviewed journal.",
        "Local schools will stay closed until {day}.",
        "The bridge was completed after {n} years of construction.",
        "The exhibition traces the history of printing.",
        "Officials said the road will reopen next week.",
        "The library holds more than {n} thousand books.",
        "Tourists in Paris faced long lines at the museums.",
        "What a season it has been for the team!",
    ),
    ("ko", "customer_support"): (
        "안녕하세요, 고객센터입니다.",
        "{day}에 주문한 {product} 상품이 아직 도착하지 않았어요.",
        "배송 조회 화면이 {n}일째 그대로예요.",
        "불편을 드려 죄송합니다.",
        "문의하신 내용은 담당 부서로 전달되었습니다.",
        "이번 달 {product} 요금이 두 번 청구되었어요.",
        "결제 내역은 앱의 마이페이지에서 확인하실 수 있습니다.",
        "추가 문의 사항이 있으시면 언제든지 연락 주세요.",
        "앱에서 설정 화면을 열 때마다 오류가 나요.",
        "적립금 {amount}이 계정에 지급되었습니다.",
        "배송지 변경은 출고 전까지만 가능합니다.",
        "상담원 연결까지 약 {n}분 정도 걸립니다.",
        "고객님의 소중한 의견 감사드립니다.",
        "결제 수단을 바꾸고 싶어요!",
    ),
    ("ko", "legal"): (
        "본 계약은 {month} {n}일부터 효력이 발생한다.",
        "당사자들은 분쟁이 생기면 먼저 조정을 거치기로 합의하였다.",
        "임대인은 계약 종료 후 {n}일 이내에 보증금을 반환하여야 한다.",
        "피고는 소장에 기재된 주장을 모두 부인하였다.",
        "각 당사자는 자신의 소송 비용을 부담한다.",
        "변론 기일이 {month}로 연기되었다.",
        "이 계약의 변경은 양 당사자의 서명이 있어야 효력이 있다.",
        "법원은 해당 계약이 유효하다고 판단하였다.",
        "영업 비밀은 제3자에게 공개할 수 없다.",
        "서면 동의 없이 계약상 지위를 양도할 수 없습니다.",
        "연체료는 매월 {amount}씩 부과됩니다.",
        "구두 통지만으로도 해지가 되나요?",
    ),
    ("ko", "medical"): (
        "환자는 {n}일 전부터 두통을 호소하였다.",
        "혈압은 정상 범위였습니다.",
        "약은 하루 두 번 식후에 복용하세요.",
        "다음 진료는 {day}로 예약되었습니다.",
        "검사 결과는 {n}일 후에 나옵니다.",
        "물을 충분히 마시고 푹 쉬세요.",
        "내과 진료는 예약 후 방문해 주세요.",
        "약물 알레르기는 없다고 하였다.",
        "지난 진료 이후 기침이 많이 좋아졌어요.",
        "증상이 심해지면 바로 응급실을 방문하세요!",
        "열이 다시 오르면 어떻게 해야 하나요?",
    ),
    ("ko", "finance"): (
        "이번 분기 매출은 {amount}으로 집계되었다.",
        "월간 거래 명세서를 온라인에서 확인하실 수 있습니다.",
        "{day}에 {amount} 이체가 완료되었습니다.",
        "{month}에 시장 변동성이 크게 확대되었다.",
        "대출 신청서는 현재 심사 중입니다.",
        "올해 순이익은 {n}% 증가할 것으로 전망된다.",
        "결제 대금이 연체되어 수수료가 부과되었어요.",
        "투자자들은 지난주 채권으로 자금을 옮겼다.",
        "왜 제 신용카드 한도가 줄었나요?",
        "물가 상승률이 예상보다 높게 나타났다.",
    ),
    ("ko", "encyclopedic"): (
        "박물관이 {month} {n}일에 다시 문을 열었다.",
        "이번 주말 {city}에 많은 비가 예상된다.",
        "시의회는 {day}에 새 예산안을 승인하였다.",
        "축제에는 {n}만 명이 넘는 관람객이 몰렸다.",
        "연구진은 그 결과를 국제 학술지에 발표하였다.",
        "그 다리는 {n}년의 공사 끝에 완공되었다.",
        "서울 시내 학교들은 {day}까지 휴교한다.",
        "이번 전시는 인쇄술의 역사를 소개한다.",
        "당국은 도로가 다음 주에 재개통될 것이라고 밝혔다.",
        "도서관은 {n}만 권이 넘는 책을 소장하고 있다.",
        "태양 활동이 활발해지면 통신 장애가 생길 수 있다.",
    ),
}

# PII sentences. Fields: {name} (Korean name, always next to an honorific, title or label in the
# template), {name_eun}/{name_ui} (name + particle), {sp} ("" or " " before an honorific),
# {en_name} (First Last), {mr_name} (Mr./Ms./Mrs./Dr. First Last), {dr_name}, {email}, {email_ro},
# {phone}, {phone_ro}, {rrn}, {card}, {ip}. A template starting with "\n" is a form line or signature:
# at most one per document, alone on its last line.
PII_TEMPLATES = {
    ("ko", None): (
        "연락처는 {phone}이고 이메일은 {email}입니다.",
        "회신은 {email_ro} 부탁드립니다.",
        "{phone_ro} 연락 주시면 바로 안내해 드리겠습니다.",
        "접속 기록을 보니 IP 주소 {ip}에서 로그인했습니다.",
        "등록된 카드 번호는 {card}입니다.",
        "본인 확인을 위해 입력하신 주민등록번호는 {rrn}입니다.",
        "\n작성자: {name}",
    ),
    ("ko", "customer_support"): (
        "{name}{sp}님, 문의해 주셔서 감사합니다.",
        "{name}{sp}씨가 어제 전화로 배송 지연을 문의하셨어요.",
        "상담원 {name}{sp}팀장이 다시 연락드릴 예정입니다.",
        "\n성명: {name}",
    ),
    ("ko", "legal"): (
        "원고 {name_eun} 피고에게 손해배상을 청구하였다.",
        "증인 {name_eun} 사고 당일 현장에 있었다고 진술하였다.",
        "신청인 {name_ui} 주장은 다음과 같다.",
        "{name}{sp}변호사가 원고를 대리하였다.",
        "\n성명: {name}, 주민등록번호: {rrn}",
    ),
    ("ko", "medical"): (
        "{name}{sp}환자는 사흘 전부터 기침을 호소하였다.",
        "주치의 {name}{sp}교수가 수술을 집도하였다.",
        "{name}{sp}선생님께 진료를 받으셨습니다.",
        "보호자 연락처는 {phone}입니다.",
    ),
    ("ko", "finance"): (
        "\n성명: {name}",
        "{name}{sp}대표가 투자 설명회를 열었다.",
        "{name}{sp}씨 명의의 카드 {card}에서 결제가 승인되었습니다.",
        "이체 요청은 IP {ip}에서 접수되었습니다.",
    ),
    ("ko", "encyclopedic"): (
        "{name}{sp}기자가 현장을 취재하였다.",
        "{name}{sp}교수는 이번 연구의 의미가 크다고 말했다.",
        "제보는 {email_ro} 보내 주시기 바랍니다.",
    ),
    ("en", None): (
        "You can reach me at {email} or {phone}.",
        "Please call {phone} if the problem continues.",
        "Send the signed copy to {email} by Friday.",
        "The login came from IP address {ip}.",
        "The card on file is {card}.",
        "\nRegards, {en_name}",
    ),
    ("en", "customer_support"): (
        "My name is {en_name} and I placed the order last week.",
        "Hi, this is {mr_name} following up on my ticket.",
        "\nName: {en_name}",
    ),
    ("en", "legal"): (
        "{mr_name} appeared on behalf of the plaintiff.",
        "The witness, {mr_name}, testified about that evening.",
        "\nName: {en_name}, Phone: {phone}",
    ),
    ("en", "medical"): (
        "{dr_name} examined the patient on Monday.",
        "My name is {en_name} and I would like to book a visit.",
        "Emergency contact: {phone}.",
    ),
    ("en", "finance"): (
        "\nName: {en_name}",
        "{mr_name} requested a wire transfer of $4,500.",
        "The payment was charged to card {card}.",
    ),
    ("en", "encyclopedic"): (
        "{dr_name}, who led the study, called the results surprising.",
        "Tips can be sent to {email}.",
        "The report was filed by {mr_name}.",
    ),
}

SLOTS = {
    "en": {
        "product": (
            "the Acme router",
            "the Acme Cloud plan",
            "the wireless earbuds",
            "the smart thermostat",
            "the laptop stand",
            "the premium subscription",
        ),
        "day": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"),
        "month": ("January", "March", "April", "June", "September", "November"),
        "city": ("Boston", "Denver", "Austin", "Seattle", "Chicago"),
    },
    "ko": {
        "product": ("무선 이어폰", "노트북", "공기청정기", "스마트 워치", "프리미엄 요금제", "전기 주전자"),
        "day": ("월요일", "화요일", "수요일", "목요일", "금요일", "토요일"),
        "month": ("1월", "3월", "4월", "6월", "9월", "11월"),
        "city": ("부산", "대구", "인천", "광주", "대전"),
    },
}
