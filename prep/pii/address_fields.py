"""A record's address field holds an address: the whole value after the label (round 12).

The address grammar (`prep.pii.addresses`) reads an address by its parts, and a record's value often holds parts
it does not know or writes them in a way it does not read: a building and a floor after the road address
(`회수지: 서울 은평구 통일로 684 (녹번동) 혁신파크 미래청 3층`), a road whose name starts with a digit
(`2순환로 1218번길 45`), a country's format the tails do not list (`Address: Flat 18B, Tower 2, 8 Laguna Verde
Avenue, Hung Hom, Kowloon`, `ul. Mokotowska 48/12, 00-543 Warszawa`), OCR (`Addr: l03 0rchard St`). Where the
label says address, the value is one whatever its shape (recall first): a line that a label opens
(`Address:`, `Home address:`, `Ship to:`, `주소:`, `소재지:`, `배송지 :`), its value up to the next field on the
line, other personal data or a name behind `c/o`/`Contact`/a bracket, and the lines under it that carry on the
address (indented with a unit, a building or a postcode; a city line with a postcode; a country).

A value is an address only with a house number before a word, a postcode, or a Korean road, lot or unit number
(`EN_SIGNAL`, `KO_SIGNAL`: not a venue's floor or a unit's size), no e-mail, and not a phone number alone; labels
of other addresses (`IP address`, `e-mail address`, `web address`) are not address labels, nor a lease's
`Premises:` or a title's `Property:` (a unit to be assigned, a parcel number).
"""

from __future__ import annotations

import re

import regex
from presidio_analyzer import RecognizerResult

from prep.pii.address_lines import COUNTRIES
from prep.pii.patterns import KO_NAME_LABELS, KO_SURNAMES
from prep.pii.prefilter import ascii_case_partners
from prep.pii.user_models import ModelRecognizer

_EN_QUALIFIERS = (
    "home|residential|permanent|mailing|postal|service|billing|shipping|delivery|current|new|old|previous|prior|"
    "registered|correspondence|property|forwarding|return|pickup|pick-up|street|house|customer|patient|tenant|"
    "employee|member|claimant|insured|owner|buyer|seller|recipient|sender|consignee|shipper|contact|local|"
    "overseas|usual|last known|residence"
)
_EN_LABEL = (
    rf"(?:(?:{_EN_QUALIFIERS})[ ]+)?(?:address|addr\.?)(?:[ ]+(?:line[ ]?1|on (?:file|pkg|package|label)))?"
    r"|(?P<to>ship[ ]to|deliver[ ]to|mail[ ]to)|incident location|service location"
)
_KO_LABEL = (
    r"주소|주소지|현주소|도로명[ ]?주소|지번[ ]?주소|집[ ]?주소|자택[ ]?주소|상세[ ]?주소|소재지|거주지|실거주지|"
    r"배송지|수령지|회수지|반품지|발송지|배달지|등록기준지|본적|받는[ ]?곳|보내는[ ]?곳|물건지|임차[ ]?주택|목적물"
)
# A line a label opens (after a bullet or a table's bar), its value after the colon (Korean may drop it).
_FIELD = regex.compile(
    rf"(?m)^[ \t]*(?:[-*•○·▶|][ \t]*)?(?:(?i:{_EN_LABEL})[ \t]*[:：]"
    rf"|(?:[가-힣]{{1,4}}[ ]?)?(?:{_KO_LABEL})(?:[ \t]*[:：]|[ \t]{{2,}}|\t))"
    r"[ \t]*(?P<v>[^\n]+)"
)
# Where the value ends on its line: the next field (`  Tel:`, `| 전화`, ` / 연락처`), a phone or e-mail label.
_NEXT_FIELD = regex.compile(
    r"[ \t]{2,}[\p{L} ]{1,20}[:：]|[ \t]*[|│;][ \t]*|[ \t]*[/.][ \t]*(?=[\p{L} ]{1,12}[:：])"
    r"|[ \t,;]+(?=(?i:tel|phone|ph|mob|mobile|cell|fax|e-?mail|born|dob|ssn|ni number|passport|vehicle|plate)\b"
    r"|전화|연락처|휴대폰|핸드폰|이메일|학번|사번|주민|생년|계좌)"
)
# A line under the value that carries the address on: indented with no label, a unit or a building or a postcode in it
# (`센텀스카이 A동 2306호`, `Flat 2`, `Oslo 0265`; not a phone, an ID or a name and a number), or a city line ending in
# a postcode, or a country alone (`Tokyo 160-0022`, `0265 Oslo`, `Japan`).
_MORE = regex.compile(
    r"\n(?P<m>(?:[ \t]+(?![^\n]*(?i:tel|phone|mob|fax|dob|born|ssn|card|iban|acc|pps|nhs|전화|연락|주민|계좌|생년))"
    r"(?=[^\n]*(?:\d+(?:동|호|층|번지|F\b)|(?i:flat|apt|unit|suite|floor|level|block|tower|building)\b"
    r"|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}\b|\b\d{4,5}(?:-\d{3,4})?\b(?![ \-.]?\d)))[^\n:：@]*\d[^\n:：@]*"
    r"|\p{Lu}[\p{L}'’.\-]*(?:[ ,]+\p{Lu}[\p{L}'’.\-]*){0,3}[ ,]+[A-Z0-9]{2,5}(?:[ \-][A-Z0-9]{3,4})?"
    r"|\d{3,6}(?:[ \-]\d{2,4})?[ ]\p{Lu}[\p{L}\-]+(?:[ ]\p{Lu}[\p{L}\-]+)?"
    rf"|(?:{COUNTRIES}))[ \t]*)(?=\n|$)"
)
# A note after the address (a bracket of lower-case words, a dash), and the addressee before it on a `Ship to:` line.
# (a dash before a state and a postcode is the address's own: `Campinas – SP, 13015-001, Brazil`)
_NOTE_AFTER = regex.compile(r"[ \t]*(?:\((?=[^)]*\b[a-z]{3,})[^)\d]*\)?|[—–](?![^\n]*\d{3,})(?:[ \t].*)?)$")
_NAME_BEFORE = regex.compile(
    r"(?i:c/o[ ]+)?(?:\p{Lu}[\p{L}'’.\-]*[ ]?){1,4},[ ]+(?=\S*\d|(?i:unit|flat|apt|suite|po|p\.o\.)\b)")
# A value is one field, not a line of prose: at most this many words, and no sentence in it.
_MAX_WORDS, _MAX_WORDS_KO = 14, 9  # (Latin letters beyond ASCII count as Latin: `São Paulo`)
_HANGUL = regex.compile(r"[가-힣]")
_SENTENCE = regex.compile(
    r"(?<!\p{L})\p{Ll}{3,}[.!?][ ]+\p{Lu}\p{Ll}|[.!?][ ]+\p{Lu}\p{Ll}*[ ]\p{Ll}{2,}"  # a sentence's end (not `St. `,
    r"|\d\.[ ]?\d{1,2}\.[ ]?\d"  # `Brgy. San Roque`), a date,
    r"|\b(?:is|are|was|were|has|have|had|will|would|should|please|we|you|they)\b"  # a verb or a pronoun
    r"|(?:니다|었다|았다|였다|했다|이다|있다|없다|한다|된다|어요|에요|해요|는데|지만)[.!?]?(?:[ ]|$)")
# A Korean value ends at its last number and the reference 동 after it (`... 1802호`, `통일로 684 (녹번동)`): what
# follows on the line is no part of it (`주치의 김정선`).
# ... unless what follows is a building's or a site's name (`하늘스토어 물류창고`, `2공장 자재동`, `본관 3층`).
# ... but a role's word or a full name after the number is a person, not a site (`... 센텀로 45 수령인 박준호`).
_KO_PERSON_TAIL = (
    rf"(?:{'|'.join(sorted(KO_NAME_LABELS, key=len, reverse=True))}|수령인|수취인|받는[ ]?분|담당|고객|연락처)"
    r"[^\n]*|(?<![가-힣])(?:" + "|".join(KO_SURNAMES) + r")[가-힣]{2}(?<![가-힣]점)"
)
_KO_TAIL = regex.compile(
    r"(?<=\d[가-힣]{0,2}(?:[ ]?\([가-힣\d·,. ]{1,12}\))?),?[ ]+(?=[^\d]*$)"
    r"(?![가-힣A-Za-z0-9]{0,12}(?:[ ][가-힣A-Za-z0-9]{1,12}){0,2}"
    r"(?<=창고|공장|센터|터미널|빌딩|타워|상가|건물|사무실|동|관|층|호|단지|아파트|빌라|오피스텔|[가-힣]점)[ \t]*$"
    r"(?<!{person}))".replace("{person}", _KO_PERSON_TAIL))
_DIGITS = regex.compile(r"\d+")
_CONNECTOR_END = regex.compile(r"(?:[ \t(,;:]|(?<![\p{L}])(?i:c/o|contact|attn\.?|care of|mr\.?|mrs\.?|ms\.?|dr\.?))+$")
_CONNECTOR_WORD = regex.compile(r"[(]|(?i:c/o|contact|attn|care of|mr|mrs|ms|dr)")  # ... a place's comma is none
_PHONE_ONLY = regex.compile(r"^[+(]?[\d\s().\-]{7,}$")
# What makes a value a place where someone lives, not a venue or a size (`1층 로비`, `approx. 1,450 sq ft`): a house
# number before a word (`8 Laguna Verde Avenue`, `1-2-3 Shinjuku`) or a postcode before a city; a Korean road or lot
# number or a 동/호 unit (a city, a district or a 동 alone is no one's home).
EN_SIGNAL = regex.compile(  # not a facility's number (`Gate 5, Terminal 2`, `Booth 12B, Hall 3`, `Chapter 7`)
    r"(?<!(?i:gate|terminal|door|dock|bay|booth|hall|level|building|warehouse|locker|platform|exit|chapter|room|"
    r"pier|berth|aisle|stand|section|zone|lane|track|row|seat|table)[ ])"
    r"(?<![\p{L}\d.,])#?\d+[A-Za-z]?(?:[-/]\d+[A-Za-z]?)*,?[ ]+"
    r"(?!(?i:sq|ft|feet|m2|m²|acres?|x|months?|years?|days?|weeks?|hours?|[ap]\.?m|beds?|bedrooms?|baths?|units?|"
    r"floors?|storeys?|stories|spaces?|rooms?|people|persons|guests|%)\b)"
    r"(?:\p{Lu}|(?:\p{Ll}+[ ]){0,2}(?:st|street|rd|road|ave|avenue|dr|drive|ln|lane|blvd|way|ct|court|pl|place|ter|"
    r"hwy|pkwy|cres|close|sq)\b)")  # a capitalised street, or a lower-case one with its type (`240 riverside dr`)
# A Korean road or area with no number, and its number alone on the next line (a form's box wrapped it).
_ROAD_END = regex.compile(r"[가-힣]{2}(?<=[로길동리])$")
_NUMBER_UNDER = regex.compile(r"\n[ \t]*(?P<n>[1-9]\d{0,3}(?:-[1-9]\d{0,3})?(?:번지)?)[ \t]*(?=\n|$)")
KO_SIGNAL = regex.compile(r"[가-힣](?:로|길|동|리)[ ]?\d|\d(?:로|길)[ ]\d|\d가[ ]\d|\d+번지|\d+동[ ]?\d+호")


def address_fields(text: str, others: list[int] = (), people: list[int] = ()) -> list[tuple[int, int]]:
    """The (start, end) of each address field's value (module doc); `others`: where other personal data the
    recognizers found starts (a value ends before it: `... 충장로 347 주민등록번호는 ...`); `people`: where the names
    they found start (one after the value's last number ends it: `..., Sydney NSW 2000 (Priya Raman)`)."""
    spans = []
    for match in _FIELD.finditer(text):
        start, end = match.span("v")
        cut = _NEXT_FIELD.search(text, start, end)
        end = min([cut.start() if cut else end, *(at for at in others if start < at < end)])
        last_number = max((m.end() for m in _DIGITS.finditer(text, start, end)), default=end)
        for at in sorted(at for at in people if last_number < at < end):  # `... BS1 5TD (Mr John Hale)`
            connector = _CONNECTOR_END.search(text, start, at)  # what leads to a name, not a place's comma
            if connector and _CONNECTOR_WORD.search(connector[0]):
                end = connector.start()
                break
        while end > start and text[end - 1] in " \t.,;•·/|-–—":
            end -= 1
        if note := _NOTE_AFTER.search(text, start, end):  # `(OCR scan of the form)`, `— thanks`
            end = note.start()
        under = None
        if (name := _NAME_BEFORE.match(text, start, end)) and (match["to"] or text.startswith(("c/o", "C/O"), start)):
            start = name.end()
        if _ROAD_END.search(text, start, end) and (under := _NUMBER_UNDER.match(text, end)):
            end = under.end("n")  # `강남해안로` / `   52-3`: a form's box put the road's number on the next line
        value = text[start:end]
        korean = KO_SIGNAL.search(value) is not None or under is not None
        if "@" in value or _PHONE_ONLY.match(value) or not (korean or EN_SIGNAL.search(value)):
            continue
        if korean and (tail := _KO_TAIL.search(value)):
            end, value = start + tail.start(), value[:tail.start()]
        if len(value.split()) > (_MAX_WORDS_KO if _HANGUL.search(value) else _MAX_WORDS) or _SENTENCE.search(value):
            continue  # prose after the value on its line: the grammar reads what the address is
        for _ in range(3):  # the lines that carry the address on, up to other personal data
            more = _MORE.match(text, end)
            if more is None or any(more.start() < at < more.end() for at in others):
                break
            end = more.end("m")
        spans.append((start, end))
    return spans


# What an address may hold: a name reader's false name (`Lagos`, `Admiralty Way`) does not end the value (but a name
# after its last number does).
_PART_OF_ONE = frozenset(("STREET_ADDRESS", "PERSON"))


# Words one of which every text with an address field holds (`_FIELD`'s labels; English in any case)
_EN_GATE = ("addr", "ship to", "deliver to", "mail to", "location")
_KO_GATE = r"주소|지[ \t]*[:：]|소재|거주|배송|수령|회수|반품|발송|배달|본적|받는|보내는|물건지|임차|목적물"
_KO_GATE_RE = re.compile(_KO_GATE)
_CASE_PARTNERS = re.compile(f"[{ascii_case_partners()}]")


class AddressFieldRecognizer(ModelRecognizer):
    """STREET_ADDRESS: the value of a record's address field (module doc)."""

    SCORE = 0.75  # over a name reader's (0.6-0.7): a false name inside the value (`Locker 22, ...`) joins the address
    _GATE = regex.compile(rf"(?i:{'|'.join(_EN_GATE)})|{_KO_GATE}")

    def __init__(self, language: str):
        super().__init__(supported_entities=["STREET_ADDRESS"], name=type(self).__name__,
                         supported_language=language)

    def analyze_texts(self, texts: list[str], found: list[list[RecognizerResult]] | None = None
                      ) -> list[list[RecognizerResult]]:
        found = found or [[] for _ in texts]
        return [[self._result("STREET_ADDRESS", start, end, self.SCORE) for start, end in address_fields(
            text, [r.start for r in found_k if r.entity_type not in _PART_OF_ONE],
            [r.start for r in found_k if r.entity_type == "PERSON"])]
                if self._gate(text) else [] for text, found_k in zip(texts, found, strict=True)]

    def _gate(self, text: str) -> bool:
        """`_GATE.search(text)`, ~5x faster: its English words looked up in the lower-cased text and its Korean ones
        by a stdlib scan; a text with a letter `regex` folds onto ASCII (`ſhip to`) gets `_GATE` itself."""
        ascii_only = text.isascii()
        if not ascii_only and _CASE_PARTNERS.search(text):
            return self._GATE.search(text) is not None
        low = text.lower()
        return any(word in low for word in _EN_GATE) or not ascii_only and _KO_GATE_RE.search(text) is not None

