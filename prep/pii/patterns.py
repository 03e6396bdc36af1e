"""What the recognizers look for: every regex, cue word list and score, as one table (`RECOGNIZERS`).

Data only: `prep.pii.recognizers` turns each `RecognizerSpec` into a Presidio recognizer (the class
named like the spec, or a plain cued one), and `prep.pii.prefilter` derives each pattern's trigger.
Adding an entity type: its name in `prep.pii.types`, its patterns and a spec here.

Boundaries are digit/ASCII lookarounds, not `\\b`: Hangul is a word character and Korean particles
are glued to values (`010-1234-5678이고`). A `v` group marks the value where a cue stays in the text;
repeated `v` captures give one result per name in a list.
Scores: 0.5-1.0 count on their own (threshold 0.4); 0.3 counts only with a cue (-> 0.85).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from prep.pii import dates
from prep.pii.addresses import ADDRESS_CUES, ADDRESS_PATTERNS
from prep.pii.dates import YYMMDD as _YYMMDD
from prep.pii.prefilter import rust_escape, trigger_of
from privbert.fake_pii import DOCUMENTATION_IPV4_PREFIXES

FORMAT_FLAGS = regex.IGNORECASE | regex.MULTILINE | regex.V0
NAME_FLAGS = regex.MULTILINE | regex.V0  # names need case: `Mr. john` is not a name but `Mr. John` is


@dataclass(frozen=True)
class PatternSpec:
    """One regex of a recognizer. `needs_cue`: a validated value still needs a cue (bare digit runs: order numbers,
    EANs). `trigger`: a hand-written pre-filter trigger instead of the derived one; `gate`: as `AddressPattern`'s."""

    name: str
    regex: str
    score: float
    flags: int = FORMAT_FLAGS
    needs_cue: bool = False
    trigger: str | None = None
    gate: str | None = None


@dataclass(frozen=True)
class RecognizerSpec:
    """One recognizer: its name (in findings and the audit file), entity type, patterns and cues.

    A value whose preceding `cue_window` characters hold a cue scores at least 0.85; a value right
    after an `anti_cue` (a regex) is dropped."""

    name: str
    entity: str
    patterns: tuple[PatternSpec, ...]
    cues: tuple[str, ...] = ()
    cue_window: int = 30
    anti_cue: str | None = None


# --- shared pieces ------------------------------------------------------------------------------

_D0 = r"(?<![\d\-])"  # no digit or dash before: not the tail of a longer number
_D1 = r"(?!\d|-\d)"  # no digit, or dash-digit, after

# --- email, IP, cards ---------------------------------------------------------------------------

# ASCII domain labels only, so a Korean particle after the TLD is not swallowed into the domain.
EMAIL = (
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9\-])"
)
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
# Addresses that never name anyone's host, never replaced: loopback, 0.0.0.0, netmasks and broadcast
# (255.x), IPv6 `::1`. Every other address goes, private ranges included (a device in a log), except the
# shared and documentation ones of `IP_SHARED_HOSTS` and a router's default in technical prose.
IPV4 = r"(?<![\d.])(?!127\.|255\.|0\.0\.0\.0(?![\d.]|\.\d))" rf"{_OCTET}(?:\.{_OCTET}){{3}}(?!\.?\d)"
# The documentation ranges (RFC 5737, RFC 3849) are no one's host: no network routes them, `surrogate` mode
# draws its fakes there, and every labeled set (twenty writers, 242 labeled addresses) keeps them for
# examples and look-alikes, never for a person's address; so they stay everywhere, a log line too. Public
# resolvers are shared by everyone, and the unspecified and broadcast addresses (`bind 0.0.0.0`) are no host
# at all: they stay everywhere as well.
IP_DOCUMENTATION_NETWORKS = (*(f"{p}.0/24" for p in DOCUMENTATION_IPV4_PREFIXES), "2001:db8::/32")
IP_SHARED_HOSTS = (
    *IP_DOCUMENTATION_NETWORKS,
    "8.8.8.8/32", "8.8.4.4/32", "1.1.1.1/32", "1.0.0.1/32", "9.9.9.9/32",
    "149.112.112.112/32", "208.67.222.222/32", "208.67.220.220/32", "0.0.0.0/32", "255.255.255.255/32",
)
# The factory address of home routers stays in technical prose (`TECHNICAL_PROSE`: an RFC, documentation,
# an example, 문서용, 예시 ...) and in text that talks about networks (`IP_NETWORK_TALK`: router, gateway,
# DNS, DHCP, Wi-Fi ...); elsewhere a home router's address in a support chat is that home's.
TECHNICAL_PROSE = (
    r"\bRFC[ ]?\d{3,4}|\bdocumentation\b|\bTEST-NET|(?<![@.])\bexample(?!\.[A-Za-z])|\bfor instance\b|"
    r"\be\.g\.|\bsample\b|\bplaceholder|문서용|문서|예시|예제|예를 들어|설정 예|샘플|테스트용|"
    # instructions and a deploy's log name servers, not people: `설치 방법 ... 서버 주소를 ... 설정`, `health check`
    r"설치 방법|설정하|설정해|\bhealth ?check|헬스체크|\bdeploy(?:ed|ing|ment)?\b|배포|"
    # a network written in CIDR notation (`203.0.113.0/24`, `2001:db8::/32`): text about networks, not a log
    r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}/\d{1,2}(?!\d)|::/\d{1,3}\b|\bCIDR\b"
)
IP_ROUTER_DEFAULTS = ("192.168.0.1/32", "192.168.1.1/32")
IP_NETWORK_TALK = (
    r"\brouters?\b|\bgateway\b|\bDNS\b|\bnameserver|\bresolver|\bDHCP|\bLAN\b|\bWi-?Fi\b|\bwifi\b|"
    r"\baccess point\b|\bcaptive portal\b|\bmodem\b|\bfirmware\b|\badmin page\b|\bmgmt IP\b|공유기|게이트웨이"
)
# A dotted quad right after a version word is a version (`version 10.2.0.1`, `bump version to 10.2.3.4`,
# `firmware: 4.1.0.12`), not an address.
_VERSION_ANTI_CUE = r"(?:version|ver\.?|v|build|release|firmware|버전|빌드|릴리스)(?:[ ]+(?:to|is|from))?[ ]*[:=]?"
# Presidio's IPv6 alternatives, with ASCII boundaries (a glued Korean particle ends the address).
_H = "[0-9A-Fa-f]{1,4}"
IPV6 = (
    rf"(?=[0-9A-Fa-f]{{0,4}}:)(?<![0-9A-Za-z_:])(?!::1(?![0-9A-Za-z_:]))"
    rf"(?:(?:{_H}:){{7}}{_H}|(?:{_H}:){{1,7}}:|(?:{_H}:){{1,6}}:{_H}|(?:{_H}:){{1,5}}(?::{_H}){{1,2}}"
    rf"|(?:{_H}:){{1,4}}(?::{_H}){{1,3}}|(?:{_H}:){{1,3}}(?::{_H}){{1,4}}|(?:{_H}:){{1,2}}(?::{_H}){{1,5}}"
    rf"|{_H}:(?::{_H}){{1,6}}|:(?::{_H}){{1,7}})"
    r"(?:%[0-9A-Za-z]+)?(?:/(?:12[0-8]|1[01]\d|[1-9]?\d))?(?![0-9A-Za-z_:]|\.\d)"
)
# Luhn (Presidio's) decides; the pattern gives the shapes: 4-4-4-4 with one separator, Amex 4-6-5,
# or 13-19 contiguous digits.
CARD_GROUPED = rf"{_D0}(?<![A-Za-z])\d{{4}}([ \-]?)\d{{4}}\1\d{{4}}\1\d{{4}}(?:\1\d{{1,3}})?{_D1}"
CARD_AMEX = rf"{_D0}3[47]\d{{2}}([ \-]?)\d{{6}}\1\d{{5}}{_D1}"
# A plain run glued to Latin letters (`JD0180…`, a tracking id) is the tail of another identifier.
CARD_PLAIN = rf"{_D0}(?<![A-Za-z])\d{{13,19}}{_D1}"

# --- Korean national numbers --------------------------------------------------------------------

# The 7th digit: 1-4 citizens (9/0: born in the 1800s); a space may follow it, as forms box it (`650822-1 091148`).
RRN = rf"{_D0}{_YYMMDD}-[1-4][ ]?\d{{6}}{_D1}"
RRN_BARE = rf"{_D0}{_YYMMDD}[1-4]\d{{6}}{_D1}"
# ... in parentheses right after a field's or a role's Korean name, with no hyphen or a space for it (`성명: 장미
# (9308122174666)`, `수검자: 백여름 (880523 2091430)`): the checksum decides (a valid one scores 1.0; any other
# stays under the threshold).
RRN_AFTER_NAME = (rf"\((?<=(?:[:：]|[가-힣](?:자|인|명|님))[ ]?[가-힣]{{2,4}}[ ]?\()"  # a field's or a role's person
                  rf"(?P<v>{_YYMMDD}[ ]?[1-4]\d{{6}}){_D1}(?=\))")  # (the bracket first: a literal to scan for)
FRN = rf"{_D0}{_YYMMDD}-[5-8]\d{{6}}{_D1}"  # 5-8: registered foreigners
FRN_BARE = rf"{_D0}{_YYMMDD}[5-8]\d{{6}}{_D1}"
_RRN_CUES = ("주민", "등록번호", "외국인", "rrn", "frn", "resident", "registration", "alien")
PASSPORT_NEW = r"(?<![A-Za-z0-9])[MSROD]\d{3}[A-Z]\d{4}(?![A-Za-z0-9])"  # since 2021: M123A4567
PASSPORT_OLD = r"(?<![A-Za-z0-9])[MSROD]\d{8}(?![A-Za-z0-9])"  # M12345678
_KO_REGIONS = "서울|부산|경기|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산"
DRIVER_LICENSE = rf"{_D0}(?:1[1-9]|2[0-8])-\d{{2}}-\d{{6}}-\d{{2}}{_D1}"
DRIVER_LICENSE_REGION = rf"(?:{_KO_REGIONS})[ ]?\d{{2}}-\d{{6}}-\d{{2}}{_D1}"
DRIVER_LICENSE_BARE = rf"{_D0}(?:1[1-9]|2[0-8])[ ]?\d{{2}}[ ]?\d{{6}}[ ]?\d{{2}}{_D1}"
BRN = rf"{_D0}\d{{3}}-\d{{2}}-\d{{5}}{_D1}"
BRN_BARE = rf"{_D0}\d{{10}}{_D1}"

# Korean bank accounts: 10-14 digits in 2-4 dash groups (국민 6-2-6, 신한 3-3-6, 우리 4-3-6, 하나 3-6-5,
# 농협 3-4-4-2, 기업 3-6-2-3, 카카오뱅크 4-2-7, 새마을금고 4-2-6-1), or bare; the shapes overlap phone numbers and other
# ids, so only a bank word or `계좌`/`account` before it makes it an account; English ones: spaces (`4410 2298 7731`).
BANK_ACCOUNT = rf"{_D0}\d{{2,6}}(?:(?:-\d{{2,7}}){{1,2}}(?:-\d{{1,7}})?|(?:[ ]\d{{2,7}}){{1,3}}){_D1}"
BANK_ACCOUNT_BARE = rf"{_D0}\d{{10,14}}{_D1}"
# ... or a Korean bank's name after it ends the phrase (`110-123-456789 신한으로 보내줘`, `(신한은행, ...)`; 10+ digits)
_BANK_NAMES = (r"(?:국민|신한|우리|하나|농협|기업|카카오뱅크|카뱅|토스뱅크|토뱅|케이뱅크|케뱅|새마을금고|우체국|수협"
               r"|SC제일|씨티|IBK|KB|NH)")
BANK_ACCOUNT_BANK_AFTER = rf"{_D0}(?=(?:\d-?){{10,}})(?:\d{{2,6}}(?:-\d{{2,7}}){{1,2}}(?:-\d{{1,7}})?|\d{{10,14}})" + (
    rf"{_D1}(?=[ ]?\(?{_BANK_NAMES}(?:은행)?(?:[ ]?(?:으로|로|계좌(?:으?로)?))?"  # `... 카카오뱅크 계좌로 입금`
    r"(?:$|[ ]*[\n,.)/~!]|[ ]+(?:보내|입금|송금|이체)|[ ][가-힣]{2,4}(?:\)|(?:이?요|입니다)?(?:$|[ ]*[\n,.!]))))")
# (`(카카오뱅크 정보람)`, `농협 구태민이요`: the holder after)
# The pre-filter's trigger, from the value's first digit to the bank (`trigger_of` drops the lookahead that holds it)
_TRIGGER_BANK_AFTER = rf"(?i)\d[\d\-]*[ ]?\(?{_BANK_NAMES}"
# Kakao Bank's accounts have their own shape (`3333-08-5712946`): no other number is written so.
BANK_ACCOUNT_KAKAO = rf"{_D0}3333-\d{{2}}-\d{{7}}{_D1}"
BANK_ACCOUNT_UK = rf"{_D0}\d{{8}}{_D1}"  # UK accounts: 8 digits (the sort code is not labelled)
_BANK_CUES = (
    "계좌", "입금", "송금", "이체", "예금주", "예금", "통장", "적금",
    "은행", "국민", "신한", "우리", "하나", "농협", "기업", "카카오뱅크", "카뱅", "케뱅", "토뱅",
    "토스뱅크", "케이뱅크", "새마을금고", "우체국", "수협", "SC제일", "씨티", "account", "acct", "a/c", "bank",
    "deposit", "wire", "transfer", "acc:", "acc.", "acc no",
)
# --- US numbers, IBAN ---------------------------------------------------------------------------

# A spaced SSN is no middle group of a longer spaced run of numbers (`1Z 4E7 019 03 5512 8836`: a tracking number;
# but `SSN 536 82 4417 2 dependents`, `Row 14 536 82 4417` stay SSNs)
SSN = (rf"{_D0}(?!(?<=\d[ ])\d{{3}}[ ]\d{{2}}[ ]\d{{4}}[ ]\d)"
       rf"(?!000|666|9\d\d)\d{{3}}([- ])(?!00)\d{{2}}\1(?!0000)\d{{4}}{_D1}")
SSN_BARE = rf"{_D0}(?!000|666|9\d\d)\d{{9}}{_D1}"
# Two letters, two check digits, 11-30 alphanumerics in groups of four (mod-97 decides).
IBAN = r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?(?![A-Za-z0-9])"

# --- phone numbers ------------------------------------------------------------------------------

_SEP = r"[\-. ]"
# All zeros after the prefix is a form's example (`010-0000-0000`), no one's number.
PHONE_KR_MOBILE = (
    rf"(?<![\d+\-])(?:\(01[016789]\)|01[016789]){_SEP}?(?!0{{3,4}}{_SEP}?0{{4}})\d{{3,4}}{_SEP}?\d{{4}}{_D1}"
)
PHONE_KR_INTL = rf"(?<![\d+])\+82{_SEP}?(?:\(0\))?0?(?:1[016789]|2|[3-6][1-5]|70){_SEP}?\d{{3,4}}{_SEP}?\d{{4}}{_D1}"
# Landlines need a separator or parentheses: bare 9-10 digit runs are too often other numbers.
PHONE_KR_LANDLINE = (
    r"(?<![\d+\-])(?:\(0(?:2|[3-6][1-5]|70|50\d)\)[ ]?|0(?:2|[3-6][1-5]|70|50\d)[\-. )])\d{3,4}[\-. ]\d{4}(?!\d|-\d)"
)
PHONE_KR_BARE = rf"{_D0}0(?:2|[3-6][1-5]|70)\d{{7,8}}{_D1}"  # with a cue only
# ... with its extension (`312-555-0107 x214`, `ext. 12`): the desk is the person's.
_EXTENSION = r"(?:,?[ ]?(?:x|ext\.?|extension)[ ]?\d{1,5}(?!\d))?"
PHONE_US = (
    rf"(?<![\d+\-])(?:\+?1[\-. ]?)?(?:\([2-9]\d{{2}}\)[ ]?|[2-9]\d{{2}}[\-. ])\d{{3}}[\-. ]\d{{4}}{_D1}{_EXTENSION}"
)
# Other countries: `+CC` then 2-5 digit groups, 8-15 digits in all (checked in `PhoneRecognizer`).
PHONE_INTL = r"(?<![\d+])\+(?!82|1[\s.\-(])[1-9]\d{0,2}(?:[ .\-]?\(?\d{1,5}\)?){2,6}(?!\d)"
PHONE_US_BARE = rf"{_D0}[2-9]\d{{2}}[2-9]\d{{6}}{_D1}"  # 10 digits, NANP shape: with a cue only
PHONE_UK_MOBILE = r"(?<![\d+\-])(?:07\d{3}[ ]?(?:\d{6}|\d{3}[ ]\d{3})|04\d{2}[ ]\d{3}[ ]\d{3})(?!\d|-\d)"  # +AU 04xx
# UK geographic landlines as written at home: `020 7946 0018`, `0121 496 0730`, `01632 960123` (spaces required);
# `01254 555 862` only after a cue (a reference or a serial is written so too)
PHONE_UK_LANDLINE = (
    r"(?<![\d+\-])(?:\(?02\d\)?[ ]\d{4}[ ]\d{4}|\(?01\d{2}\)?[ ]\d{3}[ ]\d{4}|\(?01\d{3}\)?[ ]\d{5,6})(?!\d|-\d)"
)
PHONE_UK_LANDLINE_SPLIT = r"(?<![\d+\-])\(?01\d{3}\)?[ ]\d{3}[ ]\d{3}(?!\d|-\d)"
_PHONE_CUES = (
    "전화", "연락처", "연락", "휴대폰", "핸드폰", "번호", "문자", "팩스",
    "tel", "phone", "call", "mobile", "cell", "fax", "text", "contact", "m:", "c:", "ph:", "sms", "whatsapp", "reach",
    "direct:", "direct line",
)
# Service and conference numbers right after these are not anyone's own line: an organisation's
# switchboard, help line or desk, a conference bridge and its PIN, an id's label (`주문번호`). A person's own lines
# (`Direct line:`, `Office:`, `Desk:`, `Cell:`, `Emergency contact:`) are not among them.
_ORG_LINES = (
    r"switchboard|main (?:office|number|line|phone)|reception|front desk|operator|general (?:enquiries|inquiries)|"
    r"help ?line|hot ?line|help ?desk|service desk|call cent(?:re|er)|contact cent(?:re|er)|customer cent(?:re|er)|"
    r"(?:customer|client) (?:care|services?|support|relations)(?: line| number| team)?|"
    r"(?:support|claims|nurse|booking|reservations?|appointments?|scheduling|sales|billing|recruitment|hiring|"
    r"hearing|enquiry|enquiries|information|(?:non-)?emergency|service|pharmacy|clinic|conference)"
    r"(?: line| number| desk| office| hotline)|"
    r"reservations|appointments|scheduling|pharmacy|roadside assistance|"
    r"(?:clerk's|registrar's|lost property|box|admissions|records|ticket|press) office|(?:procurement|purchasing) desk|"
    r"bridge|dial[- ]in|dial in|or dial|dial:|join by phone|toll[- ]free|freephone|"
    r"PIN|pass ?code|access code|participant code|conference ID|meeting ID|대표번호|대표전화|고객센터"
    r"|콜센터|상담센터|안내센터|민원실|헬프데스크|문의처"  # `영사콜센터 02-...`: a ministry's desk
    # a company's fax and help line in its footer; the line callers abroad dial (`From abroad, call +44 ...`)
    r"|fax|help(?=:)|(?:from|callers?) (?:abroad|overseas|outside [a-z ]{2,20}),? (?:call|dial)"
    r"|주문 ?번호|운송장 ?(?:번호)?|송장번호|접수번호|예약번호|회원번호|사업자(?:등록)?번호|고유번호"
)
_PHONE_ANTI_CUES = (  # ... not a person's own line kept for them (`Dad's cell for scheduling:`, `my mobile for ...`)
    rf"(?<!(?:['’]s|\bmy|\bhis|\bher|\btheir)[ ](?:cell|mobile|phone|number)[ ](?:for|re:?)[ ])"
    rf"(?:{_ORG_LINES}|depot phone)(?:[ ]*\([^()\n]{{1,12}}\))?(?:[ ]+(?:is|on|at|stays))?[ ]*:?"
    r"(?:[ ]*ext\.?[ ]*\d{1,5}[ ]*(?:/|or|,))?[ ]*\(?"
)
# The same after the number: `(toll free)`, `(main line)`, `(reception)`, `(toll-free, 24/7)`.
PHONE_ORG_AFTER = (
    r"[ ]*\((?:toll[- ]free|freephone|main(?: line| number| office)?|reception|switchboard"
    r"|general (?:enquiries|inquiries)|customer (?:service|care)|24 ?h(?:ours)?|24/7|charges apply)"
    r"(?:[,;][^()\n]{0,24})?\)"
    r"|[ ]+(?:from (?:abroad|overseas|outside)|and enter(?:ing)? (?:the |your )?(?:conference|meeting|access|PIN|pass))"
)
# --- dates of birth: `prep.pii.dates` --------------------------------------------------------------

# --- street addresses: the grammar lives in `prep.pii.addresses` ------------------------------------

# --- persons ------------------------------------------------------------------------------------

# Common Korean surnames (two-syllable ones first so they win the alternation); `prep.pii.names_ko`
# and its lexicon build read the same list (`KO_SURNAMES`).
_KO_SURNAMES = (
    "남궁|황보|제갈|선우|독고|사공|서문|동방|망절|"
    "김|이|박|최|정|강|조|윤|장|임|한|오|서|신|권|황|안|송|류|유|전|홍|고|문|양|손|배|백|허|남|"
    "심|노|하|곽|성|차|주|우|구|민|진|나|지|엄|채|원|천|방|공|현|함|변|염|여|추|도|소|석|선|설|마|"
    "길|연|위|표|명|기|반|라|왕|금|옥|육|인|맹|제|모|탁|국|어|은|편|용|예|경|봉|사|부|가|복|태|목|"
    "형|피|두|감|음|빈|동|온|호|범|좌|팽|승|간|상|시|갈|단|견|당|묵|판|궉|빙|탄|섭|옹|창"
)
_KO_NAME = rf"(?<![가-힣])(?:{_KO_SURNAMES})[가-힣]{{1,2}}"
# After a label nothing marks the end of the name but a particle, so a last syllable that is a
# particle closing the word (`장훈의`, `권진과`) is left out; `은`/`이` stay in (`박지은`, whole).
_KO_NAME_BEFORE_PARTICLE = (
    rf"(?<![가-힣])(?:{_KO_SURNAMES})[가-힣](?:(?!(?:의|과|와|를|을|가|는|도|에|께|로|만)(?![가-힣]))[가-힣])?"
)
KO_TITLE_WORDS = (
    r"선생님|선생|교수님|교수|변호사님|변호사|기자님|기자|의원님|의원|대표님|대표|팀장님|팀장|과장님|과장|"
    r"부장님|부장|차장님|차장|사장님|사장|원장님|원장|실장님|실장|대리님|대리|주임|회장님|회장|이사님|이사|"
    r"박사님|박사|간호사|의사|약사|판사|검사|환자분|환자|고객님|님|씨"
)
KO_TITLES = (
    rf"{KO_TITLE_WORDS}|"
    r"(?:군|양)(?:(?:이|은|에게|의|과|와)(?![가-힣])|(?![ ]?[가-힣]))"  # `김민지 양` but not `변경은 양 당사자`
)
_KO_PARTICLES = r"에게서|에게|께서|한테|은|는|이|가|을|를|의|과|와|도|께|로|만|이고|이며|이다|입니다|이에요|예요|이야|야|아"  # noqa: E501
KO_LABELS = (
    r"성명|이름|작성자|신청인|피신청인|피고인|피고|원고|증인|참고인|피해자|의뢰인|발신자|발신인|수신자|수신인|"
    r"담당자|보호자|환자명|고객명|예금주|대표자|상담원|상담사|문의자|신고인|민원인|진술인|채무자|채권자|연락자|"
    r"주치의|작성인|보낸 사람|받는 사람|사용자명|사용자|가입자|회원명"
)
KO_ROLES_BEFORE = r"간호사|의사|교수|변호사|변호인|기자|대표|팀장|과장|부장|상담원|주치의|원장|검사|판사|환자"
_KO_LIST_LABELS = r"참석자|참석|명단|참조|수신|출연|위원|당사자|관계자|구성원"
# Name right before a title, glued or after one space: `김민준 씨는` -> `[PERSON] 씨는`.
# The title ends its word, with another title, particles or a copula at most (`대표이사`, `교수님께서`,
# `팀장님이셨는데`): `정기 이사회`, `변경은 대표번호` hold a title's syllables, not a title.
KO_PERSON_TITLE = (
    rf"(?P<v>{_KO_NAME})(?:[ ]?\(\d{{1,3}}(?:세)?\))?[ ]?(?:{KO_TITLES})"
    rf"(?=(?:{KO_TITLES})?(?:(?:{_KO_PARTICLES}|들|랑|하고){{0,3}}(?![가-힣])|[이였셨]))"  # bounded: no blow-up
)
# Name after a label, optionally followed by a particle, then no more Hangul.
KO_PERSON_LABEL = (
    rf"(?<![가-힣])(?:{KO_LABELS}|{KO_ROLES_BEFORE})(?:[ \t]*[:：=][ \t]*|[ \t]+|은[ ]|는[ ])"  # `사용자=...`: a log
    rf"(?!(?:{KO_LABELS}|{KO_ROLES_BEFORE})(?![가-힣]))"
    rf"(?P<v>{_KO_NAME_BEFORE_PARTICLE})(?=(?:{_KO_PARTICLES})?(?![가-힣]))"
)
# Lists after a label: `참석자: 김민준, 이서연, 박지훈` -> one result per name.
KO_PERSON_LIST = (
    rf"(?<![가-힣])(?:{_KO_LIST_LABELS}|{KO_LABELS})[ \t]*[:：][ \t]*"
    rf"(?P<v>{_KO_NAME})(?=[,·/ ]|$)(?:[ ]?[,·/][ ]?(?P<v>{_KO_NAME})(?![가-힣]|[ ]?[:：]))+"
)
# Self-introductions: `저는 김민준입니다`, `제 이름은 이서연이에요`, `나 박지훈인데`.
KO_PERSON_INTRO = (
    rf"(?<![가-힣])(?:저는|전|제 이름은|이름은|나는|난|저|나)[ ](?P<v>{_KO_NAME_BEFORE_PARTICLE})"
    r"(?=(?:입니다|이에요|예요|이라고|라고|인데|이고|이야|야))"
)

# Words that look like surname + 1-2 syllables and sit before a title or after a label in prose.
KO_NOT_NAMES = frozenset(
    """
    우리 저희 마음 여러 선생 고객 사장 부장 회장 원장 과장 차장 실장 국장 소장 교장 이사 주교 신부
    목사 하느 하나 사모 조교 반장 시장 도지사 구청장 군수 상무 전무 전무이사 대리 주임 사원 기사
    간호 박사 석사 학생 정부 한국 한국인 국회 국민 신문 방송 회사 기업 공동 상임 지역 전국 시민
    주민 동네 이웃 부모 고령 중증 경증 여성 남성 노인 소아 어린이 성인 외국인 내국인 일반 기존
    신규 해당 모든 각각 다른 가족 동료 전문 주요 주치 담당 현직 전직 전임 후임 신임 수석 부대표
    공동대표 대표 의원 교수 기자 변호 환자 팀장 여당 야당 민주 국민의 진보 보수 소속 지방 시의
    구의 도의 경제 사회 문화 과학 정치 연구 연구진 현장 지원 기술 사업 영업 개발 인사 총무 재무
    법무 마케팅 고문 자문 위원 위원장 이번 이후 이전 이상 이하 이사장 부사장 대표이사 전문가 상담
    지난 오늘 전체 정말 조합 기존 안내 문의 연락 고객 방문 담당 본인 해당 상대 상대방 모두 다음
    최근 당시 당일 주간 야간 사내 사외 외부 내부 시청 구청 도청 법원 검찰 경찰 의사 약사 판사 검사
    성함 부친상 모친상 빙부상 빙모상 시부상 시모상 조부상 조모상 본인상 회원 학부모
    간호사 치과 한의 내과 외과 소아과 안과 가정 보건 정신 재활 영양 임상 수간호 주임 선임 책임
    수습 인턴 원고 피고 증인 신청 작성 발신 수신 성명 이름 명단 참석 출연 구성 관계 당사 채무 채권
    그분 이분 저분 어느 무슨 어떤 아무 한분 두분 세분 여러분 모든분 이모 고모 삼촌 조카 형님 동생
    사흘 나흘 이틀 하루 닷새 엿새 열흘 보름 오전 오후 어제 내일 모레 지금 현재 이미 아직 다시 계속 매일 항상 자주
    가끔 연락처 주소지 전화 전화번호 휴대폰 생년월일 주민번호 이메일 정보 동의 서명 확인 요청 진술 주장 의견 답변
    부서 부처 부문 본부 지점 지사 센터 창구 연구팀 연구원 연구소 연구실 기자단 기자회견 의원실
    대표단 대표팀 교수진 교수팀 의료진 간호팀 상담팀 상담실 고객센터 동대표 관리소장 부녀회장 입주자대표
    오빠 언니 누나 아들 딸 남편 아내 부인 어머 아버 할머 할아 손자 손녀 사위 며느 장모 장인
    """.split()
)
# A "name" ending like this is a word with a particle (`고령의 환자`), not a name.
KO_NOT_NAME_ENDINGS = ("의", "에", "들", "적", "를", "을", "는", "과", "와", "로", "께")

# `Smith`, `Mary-Jane`, `O'Neil`, `McDonald`.
_EN_NAME = r"(?:[A-Z]'|Mc|Mac)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
_EN_FIELD_WORDS = r"Name|Phone|Email|E-mail|Tel|Mobile|Address|Title|Date|DOB|Account|Card|Patient|Street|Ave|Road"
# Further words of a name, but not the label that starts the next field (`Karen Brown Name: ...`).
_EN_NEXT_NAME = rf"[ ](?!(?:{_EN_FIELD_WORDS})\b){_EN_NAME}"
_EN_FULL_NAME = rf"{_EN_NAME}(?:[ ][A-Z]\.)?(?:{_EN_NEXT_NAME}){{0,2}}"
_EN_TWO_NAMES = rf"{_EN_NAME}(?:[ ][A-Z]\.)?(?:{_EN_NEXT_NAME}){{1,2}}"
_EN_STOPWORDS = (
    r"(?!(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|The|A|An|This|That|These|Those|It|We|I|You|He|She|They|Our|My|Your|His|Her|Their|All|Team|Not|"
    r"Sure|Happy|Sorry|Glad|Here|There|Going|Writing|Available|In|At|On|From|With|For|To|And|Or|But|If|"
    r"Customer|Support|Service|Care|Center|Desk|Sales|Billing|Management|Department|Office|Staff|Everyone|Hello|Hi|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow|Yesterday|Please|Thanks|"
    r"Korean|American|English|British|Canadian|Chinese|Japanese|Asian|European|Seoul|Korea)\b)"
)
EN_TITLES = (
    r"Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Professor|MR|MRS|MS|DR|PROF|Judge|Justice|Officer|Detective|Sgt|Sergeant|"
    r"Capt|Captain|Lt|Rev|Sen|Senator|Rep|Gov|Governor|Nurse|Attorney|Counsel|Coach|Dean|Mayor|Sir|Dame"
)
_EN_LABELS = (
    r"name|full name|patient|patient name|client|customer|customer name|plaintiff|defendant|petitioner|"
    r"respondent|witness|applicant|claimant|attorney|author|reporter|contact|contact person|from|to|attn|cc|"
    r"signed|signature|account holder|cardholder|employee|agent|caller|guardian|beneficiary|insured|member|"
    r"physician|doctor|prepared by|submitted by|reviewed by|written by|assigned to|requested by"
)
EN_PERSON_TITLE = rf"\b(?:{EN_TITLES})\.?[ ]+(?P<v>{_EN_FULL_NAME})"
EN_PERSON_LABEL = rf"(?<![A-Za-z])(?i:{_EN_LABELS})[ \t]*:[ \t]*{_EN_STOPWORDS}(?P<v>{_EN_FULL_NAME})"


def person_label_regexes(labels: tuple[str, ...]) -> tuple[str, str]:
    """(Korean, English) name after one of `labels` (`scrub.extra_cues` for PERSON), as after the built-in
    labels (`KO_PERSON_LABEL`, `EN_PERSON_LABEL`), the colon optional, the label in any case."""
    alt = "|".join(rust_escape(label) for label in labels)
    return (
        rf"(?<![가-힣A-Za-z])(?i:{alt})(?:[ \t]*[:：][ \t]*|[ \t]+|은[ ]|는[ ])(?P<v>{_KO_NAME_BEFORE_PARTICLE})"
        rf"(?=(?:{_KO_PARTICLES})?(?![가-힣]))",
        rf"(?<![가-힣A-Za-z])(?i:{alt})[ \t]*[:：]?[ \t]*{_EN_STOPWORDS}(?P<v>{_EN_FULL_NAME})",
    )


EN_PERSON_INTRO = (
    rf"\b(?i:my name is|my name's|name is|this is|i am|i'm|it's|call me|named|called)[ ]+{_EN_STOPWORDS}"
    rf"(?P<v>{_EN_TWO_NAMES}|{_EN_NAME}(?=[ ]?(?:[,.!;)]|from|here|speaking|calling|and)))"
)
EN_PERSON_GREETING = rf"\b(?i:dear|hi|hello|hey|attention)[ ]+{_EN_STOPWORDS}(?P<v>{_EN_FULL_NAME})(?=[ ]?[,:!\n])"
EN_PERSON_SIGNATURE = (
    rf"(?i:regards|sincerely|best wishes|yours truly|yours sincerely|cheers|thanks|thank you|best|warmly|respectfully|"
    rf"cordially|signed),[ \t]*\n?[ \t]*{_EN_STOPWORDS}(?P<v>{_EN_FULL_NAME})"
)
# Capitalized first + last name next to a verb of speech or contact: `said John Smith`, `John Smith said`.
_EN_VERBS = (
    r"said|says|told|asked|wrote|added|explained|noted|reported|called|emailed|contacted|met|visited|"
    r"spoke with|spoke to|talked to|according to|thanks to|signed by|filed by|represented by|treated by|"
    r"seen by|referred by|interviewed|accompanied by|married|with"
)
EN_PERSON_VERB_BEFORE = rf"\b(?i:{_EN_VERBS})[ ]+{_EN_STOPWORDS}(?P<v>{_EN_TWO_NAMES})(?![A-Za-z])"
# `(?=[A-Z])` before the lookbehind (the same matches): `regex` then tests the cheap one first (20% faster).
# Gates (`PatternSpec.gate`): the verb, the age, which every match holds; a text without it skips the slow scan.
EN_SPEECH_GATE = (r"[ ](?:said|says|told|asked|wrote|added|explained|noted|called|emailed|visited|filed|signed|"
                  r"testified|reported|complained|requested|agreed|denied|confirmed)\b")
EN_PERSON_VERB_AFTER = rf"(?=[A-Z])(?<![A-Za-z])(?P<v>{_EN_STOPWORDS}{_EN_TWO_NAMES}),?{EN_SPEECH_GATE}"
EN_AGE_GATE = r",[ ]\d{1,3},"
EN_PERSON_AGE = rf"(?=[A-Z])(?<![A-Za-z])(?P<v>{_EN_STOPWORDS}{_EN_TWO_NAMES}){EN_AGE_GATE}"  # `John Smith, 45,`

_EN_ROLES = (
    r"plaintiff|defendant|petitioner|respondent|witness|applicant|claimant|appellant|appellee|reporter|"
    r"correspondent|attorney|lawyer|counsel|patient|nurse|physician|surgeon|officer|victim|suspect|"
    r"spokesperson|spokesman|spokeswoman|editor|author"
)
# A role word then a capitalized first and last name: `Plaintiff Lucas Harris`, `reporter Ann Lee`.
EN_PERSON_ROLE = rf"\b(?i:{_EN_ROLES})[ ]+{_EN_STOPWORDS}(?P<v>{_EN_TWO_NAMES})(?![A-Za-z])"


# --- word sets the recognizers' own checks use ----------------------------------------------------

KO_SURNAMES = tuple(_KO_SURNAMES.split("|"))
KO_REGION_NAMES = frozenset(_KO_REGIONS.split("|"))  # the older licence form starts with one
KO_NAME_LABELS = frozenset(KO_LABELS.split("|")) | frozenset(_KO_LIST_LABELS.split("|"))  # never a name
EN_NOT_NAMES = frozenset(
    "New York|Los Angeles|San Francisco|United States|Supreme Court|Main Street|Pro Tem|Pro Tempore".split("|"))

# --- the table ----------------------------------------------------------------------------------

# Hand-written triggers where the derived one is slow in polars (Rust's DFA on Unicode `\\d` repeats):
# each is still necessary, and its first match starts no later than the pattern's first value.
# Every bare-digit shape below (brn/ssn/account/card/rrn/frn/phone `_bare`) starts with 9+ digits;
# `DOB` starts with one of its cue words.
_TRIGGER_9_DIGITS = r"\d{9}"
_TRIGGER_DOB_CUE = "(?i)(?:" + "|".join(rust_escape(c) for c in dates.DOB_CUES) + ")"

_P = PatternSpec
# In this order the scrubber runs them (overlaps of equal score and length go to the first).
RECOGNIZERS: tuple[RecognizerSpec, ...] = (
    RecognizerSpec("OfflineEmailRecognizer", "EMAIL_ADDRESS", (_P("email", EMAIL, 0.9),)),
    RecognizerSpec("PhoneRecognizer", "PHONE_NUMBER", (
        _P("kr_mobile", PHONE_KR_MOBILE, 0.8),
        _P("kr_intl", PHONE_KR_INTL, 0.85),
        _P("kr_landline", PHONE_KR_LANDLINE, 0.6),
        _P("kr_bare", PHONE_KR_BARE, 0.3, trigger=_TRIGGER_9_DIGITS),
        _P("us", PHONE_US, 0.6),
        _P("intl", PHONE_INTL, 0.6),
        _P("us_bare", PHONE_US_BARE, 0.3, trigger=_TRIGGER_9_DIGITS),
        _P("uk_mobile", PHONE_UK_MOBILE, 0.5),
        _P("uk_landline", PHONE_UK_LANDLINE, 0.5), _P("uk_landline_split", PHONE_UK_LANDLINE_SPLIT, 0.3),
    ), cues=_PHONE_CUES, cue_window=30, anti_cue=_PHONE_ANTI_CUES),
    RecognizerSpec("RrnRecognizer", "KR_RRN", (
        _P("rrn", RRN, 0.85), _P("rrn_bare", RRN_BARE, 0.3, needs_cue=True, trigger=_TRIGGER_9_DIGITS),
        _P("rrn_after_name", RRN_AFTER_NAME, 0.3, trigger=r"\(\d{6}[ ]?\d{7}\)"),
    ), cues=_RRN_CUES),
    RecognizerSpec("FrnRecognizer", "KR_FRN", (
        _P("frn", FRN, 0.85), _P("frn_bare", FRN_BARE, 0.3, needs_cue=True, trigger=_TRIGGER_9_DIGITS),
    ), cues=_RRN_CUES),
    RecognizerSpec("PassportRecognizer", "KR_PASSPORT", (
        _P("passport_new", PASSPORT_NEW, 0.6, regex.MULTILINE),
        _P("passport_old", PASSPORT_OLD, 0.3, regex.MULTILINE),
    ), cues=("여권", "passport")),
    RecognizerSpec("DriverLicenseRecognizer", "KR_DRIVER_LICENSE", (
        _P("dl", DRIVER_LICENSE, 0.6),
        _P("dl_region", DRIVER_LICENSE_REGION, 0.6),
        _P("dl_bare", DRIVER_LICENSE_BARE, 0.3),
    ), cues=("운전면허", "면허번호", "면허증", "driver", "license", "licence")),
    RecognizerSpec("BrnRecognizer", "KR_BRN", (
        _P("brn", BRN, 0.3), _P("brn_bare", BRN_BARE, 0.2, trigger=_TRIGGER_9_DIGITS),
    ), cues=("사업자", "등록번호", "business registration", "brn", "tax id", "business number"),
        anti_cue=r"ref\.?|reference|order(?: no\.?)?|invoice|tracking(?: number)?|ticket|case|#"),
    RecognizerSpec("CardRecognizer", "CREDIT_CARD", (
        _P("card_grouped", CARD_GROUPED, 0.3), _P("card_amex", CARD_AMEX, 0.3),
        _P("card_plain", CARD_PLAIN, 0.3, needs_cue=True, trigger=_TRIGGER_9_DIGITS),
    ), cues=("카드", "card", "visa", "master", "amex", "결제", "credit", "debit")),
    RecognizerSpec("BankAccountRecognizer", "BANK_ACCOUNT", (
        _P("account", BANK_ACCOUNT, 0.3), _P("account_bare", BANK_ACCOUNT_BARE, 0.3, trigger=_TRIGGER_9_DIGITS),
        _P("account_bank_after", BANK_ACCOUNT_BANK_AFTER, 0.6, trigger=_TRIGGER_BANK_AFTER),
        _P("account_uk", BANK_ACCOUNT_UK, 0.3), _P("account_kakao", BANK_ACCOUNT_KAKAO, 0.6),
    ), cues=_BANK_CUES, cue_window=24, anti_cue=r"주문번호|주문|운송장 번호|운송장|송장번호|등기번호:?|바코드|order|"
        r"order no\.?|tracking(?: number)?|invoice|barcode|#|ref(?:erence)?(?: no\.?| number)?:?"),
    # cue_window 24: `Account number:\nName: `
    RecognizerSpec("OfflineIbanRecognizer", "IBAN_CODE", (_P("iban", IBAN, 0.5, regex.MULTILINE),)),
    RecognizerSpec("SsnRecognizer", "US_SSN", (
        _P("ssn", SSN, 0.6), _P("ssn_bare", SSN_BARE, 0.3, trigger=_TRIGGER_9_DIGITS),
    ), cues=("ssn", "social security", "사회보장번호")),
    RecognizerSpec("IpAddressRecognizer", "IP_ADDRESS", (
        _P("ipv4", IPV4, 0.8), _P("IPv6", IPV6, 0.8),
    ), anti_cue=_VERSION_ANTI_CUE),
    RecognizerSpec("DateOfBirthRecognizer", "DATE_OF_BIRTH", (
        _P("date", dates.DOB, 0.85, trigger=_TRIGGER_DOB_CUE), _P("date_saeng", dates.DOB_SUFFIX, 0.85),
        _P("date_paren", dates.DOB_PAREN, 0.6),
        _P("date_spoken", dates.DOB_SPOKEN, 0.85, trigger=dates.DOB_ITSELF_TRIGGER),
        _P("date_table", dates.DOB_TABLE, 0.85, trigger=dates.DOB_TABLE_TRIGGER),
        _P("date_mark", dates.DOB_MARK, 0.85, trigger=r"(?i)b\.|sunrise"),
    ), cues=dates.DOB_CUES, cue_window=25),
    RecognizerSpec("StreetAddressRecognizer", "STREET_ADDRESS", tuple(  # the grammar: `prep.pii.addresses`
        _P(a.name, a.regex, a.score, NAME_FLAGS if a.cased else FORMAT_FLAGS, trigger=a.trigger or (
            trigger_of(a.head, NAME_FLAGS if a.cased else FORMAT_FLAGS) if a.head else None), gate=a.gate)
        for a in ADDRESS_PATTERNS), cues=ADDRESS_CUES, cue_window=20),
    RecognizerSpec("KoreanPersonRecognizer", "PERSON", (
        _P("ko_name_title", KO_PERSON_TITLE, 0.7, NAME_FLAGS),
        _P("ko_name_label", KO_PERSON_LABEL, 0.7, NAME_FLAGS),
        _P("ko_name_list", KO_PERSON_LIST, 0.7, NAME_FLAGS),
        _P("ko_name_intro", KO_PERSON_INTRO, 0.6, NAME_FLAGS),
    )),
    RecognizerSpec("EnglishPersonRecognizer", "PERSON", (
        _P("en_name_title", EN_PERSON_TITLE, 0.7, NAME_FLAGS),
        _P("en_name_label", EN_PERSON_LABEL, 0.7, NAME_FLAGS),
        _P("en_name_intro", EN_PERSON_INTRO, 0.6, NAME_FLAGS),
        _P("en_name_greeting", EN_PERSON_GREETING, 0.6, NAME_FLAGS),
        _P("en_name_signature", EN_PERSON_SIGNATURE, 0.6, NAME_FLAGS),
        _P("en_name_verb_before", EN_PERSON_VERB_BEFORE, 0.5, NAME_FLAGS),
        _P("en_name_verb_after", EN_PERSON_VERB_AFTER, 0.5, NAME_FLAGS, gate=EN_SPEECH_GATE),
        _P("en_name_age", EN_PERSON_AGE, 0.5, NAME_FLAGS, gate=EN_AGE_GATE),
        _P("en_name_role", EN_PERSON_ROLE, 0.6, NAME_FLAGS),
    )),
)
