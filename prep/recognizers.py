"""Presidio recognizers for the PII that Korean and English corpora carry, built to run offline.

Why our own patterns instead of Presidio's predefined ones: Korean particles are glued to values
(`hong@example.com으로`, `010-1234-5678이고`) and Hangul counts as a word character, so the `\\b`
boundaries of the stock patterns never fire there; the stock email validation fetches a public
suffix list over the network; and without an NER model (nothing may be downloaded) names are only
found next to a title, a label or a signature. Boundaries here are digit/ASCII lookarounds, names
are matched by lookbehind/lookahead so the title or label stays in the text, and every
recognizer is a Presidio `PatternRecognizer`, reusing Presidio's classes for their validation
(Luhn for cards, `ipaddress` for IPs) where that validation is offline.

Presidio runs each pattern under the `regex` module, which allows the variable-width lookbehinds
used for titles and labels.
"""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    EmailRecognizer,
    IpRecognizer,
    KrRrnRecognizer,
)

# Formats use PatternRecognizer's default flags (IGNORECASE ...); names need case: capitals are the signal.
NAME_FLAGS = 0  # regex.V0, no IGNORECASE: `Mr. john` is not a name but `Mr. John` is

# --- email, IP, cards, RRN ----------------------------------------------------------------------

# ASCII domain labels only, so a Korean particle after the TLD is not swallowed into the domain.
EMAIL = (
    r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9\-])"
)
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
IPV4 = rf"(?<![\d.]){_OCTET}(?:\.{_OCTET}){{3}}(?!\.?\d)"
# Luhn validation (Presidio's) decides; the pattern only needs the shapes: 4-4-4-4 with one
# consistent separator, Amex 4-6-5, or 13-19 contiguous digits.
CARD_GROUPED = r"(?<!\d)\d{4}([ \-]?)\d{4}\1\d{4}\1\d{4}(?!\d)"
CARD_AMEX = r"(?<!\d)3[47]\d{2}([ \-]?)\d{6}\1\d{5}(?!\d)"
CARD_PLAIN = r"(?<!\d)\d{13,19}(?!\d)"
# YYMMDD-SXXXXXX; the checksum is not required (post-2020 numbers have none, test data rarely do).
RRN = r"(?<!\d)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-?[1-8]\d{6}(?!\d)"

# --- phone numbers ------------------------------------------------------------------------------

_SEP = r"[\-. ]"
PHONE_KR_MOBILE = rf"(?<![\d+])01[016789]{_SEP}?\d{{3,4}}{_SEP}?\d{{4}}(?!\d)"
PHONE_KR_INTL = rf"(?<![\d+])\+82{_SEP}?(?:\(0\))?0?1[016789]{_SEP}?\d{{3,4}}{_SEP}?\d{{4}}(?!\d)"
PHONE_KR_INTL_LANDLINE = (
    rf"(?<![\d+])\+82{_SEP}?(?:\(0\))?0?(?:2|[3-6][1-5]){_SEP}?\d{{3,4}}{_SEP}?\d{{4}}(?!\d)"
)
# Landlines need a separator: bare 9-10 digit runs are too often other numbers.
PHONE_KR_LANDLINE = (
    r"(?<![\d+])(?:\(0(?:2|[3-6][1-5]|70)\)\s?|0(?:2|[3-6][1-5]|70)[\-. )])\d{3,4}[\-. ]\d{4}(?!\d)"
)
PHONE_US = r"(?<![\d+])(?:(?<!\w)\+1[\-. ]?)?(?:\([2-9]\d{2}\)\s?|[2-9]\d{2}[\-. ])\d{3}[\-. ]\d{4}(?!\d)"

# --- persons ------------------------------------------------------------------------------------

# Common Korean surnames (two-syllable ones first so they win the alternation).
_KO_SURNAMES = (
    "남궁|황보|제갈|선우|독고|사공|서문|"
    "김|이|박|최|정|강|조|윤|장|임|한|오|서|신|권|황|안|송|류|유|전|홍|고|문|양|손|배|백|허|남|"
    "심|노|하|곽|성|차|주|우|구|민|진|나|지|엄|채|원|천|방|공|현|함|변|염|여|추|도|소|석|선|설|마|"
    "길|연|위|표|명|기|반|라|왕|금|옥|육|인|맹|제|모|탁|국|어|은|편|용|예|경|봉|사|부|가|복|태|목|"
    "형|피|두|감|음|빈|동|온|호|범|좌|팽|승|간|상|시|갈|단|견|당"
)
_KO_NAME = rf"(?<![가-힣])(?:{_KO_SURNAMES})[가-힣]{{1,2}}"
# After a label nothing marks the end of the name but a particle, so a last syllable that is a
# particle closing the word (`장훈의`, `권진과`) is left out; `은`/`이` stay in (`박지은`, whole).
_KO_NAME_BEFORE_PARTICLE = (
    rf"(?<![가-힣])(?:{_KO_SURNAMES})[가-힣](?:(?!(?:의|과|와|를|을|가)(?![가-힣]))[가-힣])?"
)
_KO_TITLES = r"선생님|교수님|교수|변호사|기자|의원|대표|팀장|환자|씨|님"
_KO_PARTICLES = r"에게|은|는|이|가|을|를|의|과|와"
_KO_LABELS = r"성명|이름|작성자|신청인|피고인|원고|증인|발신자|수신자|담당자"
# Name right before a title, glued or after one space: `김민준 씨는` -> `[PERSON] 씨는`.
KO_PERSON_TITLE = rf"{_KO_NAME}(?=[ ]?(?:{_KO_TITLES}))"
# Name after a label, optionally followed by a particle, then no more Hangul.
KO_PERSON_LABEL = (
    rf"(?<=(?<![가-힣])(?:{_KO_LABELS})(?:[ \t]*:[ \t]*|[ \t]+))"
    rf"{_KO_NAME_BEFORE_PARTICLE}(?=(?:{_KO_PARTICLES})?(?![가-힣]))"
)

# Words that look like surname + 1-2 syllables and sit before a title in ordinary prose.
KO_NOT_NAMES = frozenset(
    """
    우리 저희 마음 여러 선생 고객 사장 부장 회장 원장 과장 차장 실장 국장 소장 교장 이사 주교 신부
    목사 하느 하나 사모 조교 반장 시장 도지사 구청장 군수 상무 전무 전무이사 대리 주임 사원 기사
    간호사 박사 석사 학생 정부 한국 한국인 국회 국민 신문 방송 회사 기업 공동 상임 지역 전국 시민
    주민 동네 이웃 부모 고령 중증 경증 여성 남성 노인 소아 어린이 성인 외국인 내국인 일반 기존
    신규 해당 모든 각각 다른 가족 동료 전문 주요 주치 담당 현직 전직 전임 후임 신임 수석 부대표
    공동대표 대표 의원 교수 기자 변호 환자 팀장 여당 야당 민주 국민의 진보 보수 소속 지방 시의
    구의 도의 경제 사회 문화 과학 정치 연구 연구진 현장 지원 기술 사업 영업 개발 인사 총무 재무
    법무 마케팅 고문 자문 위원 위원장
    """.split()
)
# A "name" ending like this is a word with a particle (`고령의 환자`), not a name.
KO_NOT_NAME_ENDINGS = ("의", "에", "들", "적", "를", "을", "는", "과", "와", "로", "도")

# `Smith`, `Mary-Jane`, `O'Neil`, `McDonald`.
_EN_NAME = r"(?:[A-Z]'|Mc|Mac)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# Further words of a name, but not the label that starts the next field (`Karen Brown Name: ...`).
_EN_NEXT_NAME = rf"[ ](?!(?:Name|Phone|Email|Tel|Mobile|Address|Title)\b){_EN_NAME}"
_EN_FULL_NAME = rf"{_EN_NAME}(?:[ ][A-Z]\.)?(?:{_EN_NEXT_NAME}){{0,2}}"
_EN_STOPWORDS = (
    r"(?!(?:The|A|An|This|That|These|It|We|I|You|He|She|They|Our|My|Your|His|Her|Their|All|Team|Not|"
    r"Sure|Happy|Sorry|Glad|Here|Going|Writing|Available|In|At|On|From|With|"
    r"Korean|American|English|British|Canadian|Chinese|Japanese|Asian|European)\b)"
)
# Titles are case-sensitive (`I miss Paris`); other cue words match in any case (`(?i:...)`).
EN_PERSON_TITLE = rf"(?<=\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|MR|MRS|MS|DR|PROF)\.?[ ]+){_EN_FULL_NAME}"
EN_PERSON_INTRO = rf"(?<=\b(?i:my name is|name[ ]*:|full name[ ]*:)[ \t]*){_EN_STOPWORDS}{_EN_FULL_NAME}"
# `I am` precedes adjectives too (`I am Happy`), so demand a first and a last name.
EN_PERSON_I_AM = rf"(?<=\b(?:I am|I'm)[ ]+){_EN_STOPWORDS}{_EN_NAME}(?:{_EN_NEXT_NAME}){{1,2}}(?=[\s,.!;]|$)"
EN_PERSON_SIGNATURE = (
    rf"(?<=\b(?i:regards|sincerely|best wishes|yours truly|yours sincerely|cheers|thanks|thank you|best),"
    rf"[ \t]*\n?[ \t]*){_EN_STOPWORDS}{_EN_FULL_NAME}"
)


class RegexTimeoutError(RuntimeError):
    """A pattern ran out of time on a document, which therefore was not fully scrubbed."""


class _FailClosedRegex:
    """A compiled regex whose `finditer` raises `RegexTimeoutError` where it would time out.

    Presidio catches `TimeoutError` per pattern, logs it and carries on, which would let that
    pattern's PII through; `RegexTimeoutError` is no `TimeoutError`, so it reaches the caller.
    """

    def __init__(self, compiled):
        self._compiled = compiled

    def finditer(self, *args, **kwargs):
        try:
            yield from self._compiled.finditer(*args, **kwargs)
        except TimeoutError:
            raise RegexTimeoutError("a PII pattern timed out; the document was not scrubbed") from None

    def __getattr__(self, name):
        return getattr(self._compiled, name)


class FailClosedPattern(Pattern):
    """A `Pattern` whose compiled regex (set by `PatternRecognizer` on first use) fails closed."""

    @property
    def compiled_regex(self):
        return self._compiled_regex

    @compiled_regex.setter
    def compiled_regex(self, compiled) -> None:
        self._compiled_regex = None if compiled is None else _FailClosedRegex(compiled)


class OfflineEmailRecognizer(EmailRecognizer):
    """Presidio's email recognizer without its `tldextract` check, which downloads a suffix list.

    A mail-shaped value with an unlisted suffix (`kim@corp.local`) is still personal data, so the
    pattern alone decides.
    """

    def validate_result(self, pattern_text: str) -> bool | None:
        return None


class KoreanPersonRecognizer(PatternRecognizer):
    """Korean names next to a title or label, minus common nouns that take the same titles."""

    def invalidate_result(self, pattern_text: str) -> bool:
        return pattern_text in KO_NOT_NAMES or pattern_text.endswith(KO_NOT_NAME_ENDINGS)


def build_recognizers(language: str) -> list[EntityRecognizer]:
    """Every recognizer, tagged with `language`.

    The same set serves Korean and English: documents mix both (an English signature under a
    Korean letter), and each pattern is anchored on its own script, so it stays quiet elsewhere.
    """
    lang = {"supported_language": language}
    return [
        OfflineEmailRecognizer(patterns=[FailClosedPattern("email", EMAIL, 0.9)], **lang),
        PatternRecognizer(
            "PHONE_NUMBER",
            name="KrUsPhoneRecognizer",
            patterns=[
                FailClosedPattern("kr_mobile", PHONE_KR_MOBILE, 0.8),
                FailClosedPattern("kr_intl_mobile", PHONE_KR_INTL, 0.85),
                FailClosedPattern("kr_intl_landline", PHONE_KR_INTL_LANDLINE, 0.7),
                FailClosedPattern("kr_landline", PHONE_KR_LANDLINE, 0.6),
                FailClosedPattern("us", PHONE_US, 0.6),
            ],
            **lang,
        ),
        KrRrnRecognizer(patterns=[FailClosedPattern("rrn", RRN, 0.85)], **lang),
        CreditCardRecognizer(
            patterns=[
                FailClosedPattern("card_grouped", CARD_GROUPED, 0.3),
                FailClosedPattern("card_amex", CARD_AMEX, 0.3),
                FailClosedPattern("card_plain", CARD_PLAIN, 0.3),
            ],
            **lang,
        ),
        IpRecognizer(
            patterns=[FailClosedPattern("ipv4", IPV4, 0.8)]
            + [FailClosedPattern(p.name, p.regex, 0.8) for p in IpRecognizer.PATTERNS if p.name == "IPv6"],
            **lang,
        ),
        KoreanPersonRecognizer(
            "PERSON",
            name="KoreanPersonRecognizer",
            patterns=[
                FailClosedPattern("ko_name_title", KO_PERSON_TITLE, 0.7),
                FailClosedPattern("ko_name_label", KO_PERSON_LABEL, 0.7),
            ],
            global_regex_flags=NAME_FLAGS,
            **lang,
        ),
        PatternRecognizer(
            "PERSON",
            name="EnglishPersonRecognizer",
            patterns=[
                FailClosedPattern("en_name_title", EN_PERSON_TITLE, 0.7),
                FailClosedPattern("en_name_intro", EN_PERSON_INTRO, 0.7),
                FailClosedPattern("en_name_i_am", EN_PERSON_I_AM, 0.5),
                FailClosedPattern("en_name_signature", EN_PERSON_SIGNATURE, 0.6),
            ],
            global_regex_flags=NAME_FLAGS,
            **lang,
        ),
    ]


# The entity types `build_recognizers` can emit, in the fixed order the scrubber publishes.
RECOGNIZED_ENTITIES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "KR_RRN", "CREDIT_CARD", "IP_ADDRESS")
