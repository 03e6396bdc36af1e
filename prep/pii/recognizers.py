"""Presidio recognizers for the PII that Korean and English corpora carry, built to run offline.

Why our own patterns (`prep.pii.patterns`) instead of Presidio's predefined ones:
- Korean particles are glued to values (`hong@example.com으로`, `010-1234-5678이고`) and Hangul is a
  word character, so the `\\b` of the stock patterns never fires there. Boundaries here are
  digit/ASCII lookarounds.
- Presidio's context enhancement compares context words with spaCy *lemmas*; the offline NLP engine
  (no model may be downloaded) produces none, so weak patterns that rely on context (business
  numbers, passports, bank accounts) never reach the threshold. `CuedRecognizerMixin` looks for its
  cue words in the raw text before the value instead, in Korean and English.
- Resident registration numbers issued since October 2020 carry no checksum: a failed checksum
  keeps the pattern's score instead of rejecting the value.
- The stock email validation fetches a public suffix list over the network.
- Without an NER model names are found next to a title, a label, an introduction or a signature.

Every recognizer is a Presidio `PatternRecognizer` subclass (reusing Presidio's validation: Luhn,
RRN/FRN/BRN checksums, IBAN mod-97), so `AnalyzerEngine` runs them unchanged; `analyze` is our own
loop so that the `v` group, the cues and fail-closed timeouts work. Each pattern also carries a
`trigger` for the pre-filter (`prep.pii.prefilter`).
"""

from __future__ import annotations

import functools
import ipaddress

import regex
from presidio_analyzer import EntityRecognizer, PatternRecognizer, RecognizerResult
from presidio_analyzer import pattern_recognizer as _presidio_pattern_recognizer
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    EmailRecognizer,
    IbanRecognizer,
    IpRecognizer,
    KrBrnRecognizer,
    KrDriverLicenseRecognizer,
    KrFrnRecognizer,
    KrPassportRecognizer,
    KrRrnRecognizer,
    UsSsnRecognizer,
)

from prep.pii.address_doubts import doubtful
from prep.pii.addresses import complete_address
from prep.pii.fail_closed import FailClosedPattern
from prep.pii.names_en import EnglishNameRecognizer, is_named_thing, is_org_name
from prep.pii.names_en_amp import named_adjective_or_company
from prep.pii.names_en_words import eponym_after, opens_reply, titled, verb_opening
from prep.pii.names_ko import KoreanNameDetector, KoreanNameRecognizer, load_model
from prep.pii.names_ko_alone import after_number, lone_cue_words
from prep.pii.names_ko_context import cue_rejected
from prep.pii.names_ko_things import is_thing
from prep.pii.org_contexts import org_phone, server_address
from prep.pii.patterns import (
    EN_NOT_NAMES,
    IP_NETWORK_TALK,
    IP_ROUTER_DEFAULTS,
    IP_SHARED_HOSTS,
    KO_NAME_LABELS,
    KO_NOT_NAME_ENDINGS,
    KO_NOT_NAMES,
    KO_REGION_NAMES,
    PHONE_ORG_AFTER,
    RECOGNIZERS,
    TECHNICAL_PROSE,
    PatternSpec,
)
from prep.pii.prefilter import rust_escape
from privbert.fake_pii import NANP_TOLL_FREE_AREAS

_HANGUL_RUN = regex.compile(r"[가-힣]*")  # the Hangul word a value starts (possibly empty)


class CuedRecognizerMixin:
    """Our `analyze` for any Presidio `PatternRecognizer`: `v` groups, raw-text cues, a trigger.

    A value whose preceding `cue_window` characters hold one of `cues` (case-insensitive) scores at
    least `cue_score`; weak shapes (a bare 12-digit number) get a score under the threshold and
    count only with a cue. Validation is the Presidio class's own `validate_result` /
    `invalidate_result`: True -> score 1.0, False -> dropped, None -> the pattern's score.
    """

    # Can `validate_result` return True (score 1.0 without a cue)? Presidio's `PatternRecognizer` default
    # returns None; a class that overrides it says False here only when its override never returns True.
    VALIDATES = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "VALIDATES" not in cls.__dict__:
            cls.VALIDATES = cls.validate_result is not PatternRecognizer.validate_result

    def __init__(self, *args, cues: tuple[str, ...] = (), cue_score: float = 0.85,
                 cue_window: int = 30, anti_cue: str | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        # A value right after an anti-cue (`version 10.2.0.1`) is dropped; the anti-cue must start a
        # word (`Server 172.16.4.20` ends in "ver", and is an IP address all the same).
        self._anti_cue = (
            regex.compile(rf"(?<![A-Za-z])(?:{anti_cue})[ ]*$", regex.IGNORECASE) if anti_cue else None
        )
        self.cue_score = cue_score
        self.cue_window = cue_window
        self.cues = cues
        self._cue_regex = regex.compile("|".join(regex.escape(c) for c in cues), regex.IGNORECASE) if cues else None

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):  # noqa: ARG002 -- Presidio's signature
        return self.analyze_patterns(text, self.patterns)

    def add_cues(self, extra: tuple[str, ...]) -> None:
        """More cue words (`scrub.extra_cues`), before the pre-filter is built from this recognizer."""
        known = {c.lower() for c in self.cues}
        self.cues = self.cues + tuple(c for c in extra if c.lower() not in known)
        self._cue_regex = regex.compile("|".join(regex.escape(c) for c in self.cues), regex.IGNORECASE)

    def analyze_patterns(
        self, text: str, patterns, min_score: float = 0.0, starts: list[int] | None = None,
        timeout: float | None = -1.0,
    ) -> list[RecognizerResult]:
        """`analyze` restricted to `patterns` (the pre-filter passes those whose trigger matched).

        `starts[k]`: where pattern k's scan starts (the first match of its trigger; no value starts
        earlier). A value whose score ends under `min_score` is left out here rather than built and
        dropped by the caller's threshold (the same results, fewer objects). `timeout`: as in
        `FailClosedPattern.spans`.
        """
        entity = self.supported_entities[0]
        name, ident = self.name, self.id
        validate, invalidate = self.validate_result, self.invalidate_result
        anti_cue, cue_regex, cue_score, cue_window = self._anti_cue, self._cue_regex, self.cue_score, self.cue_window
        if timeout is not None and timeout < 0:
            timeout = _presidio_pattern_recognizer.REGEX_TIMEOUT_SECONDS
        results = []
        for k, pattern in enumerate(patterns):
            for start, end in pattern.span_list(text, starts[k] if starts is not None else 0, timeout):
                if start == end:
                    continue
                value = text[start:end]
                validated = validate(value)
                if validated is False or invalidate(value):
                    continue
                if anti_cue is not None and anti_cue.search(text, max(0, start - 32), start):
                    continue
                score = EntityRecognizer.MAX_SCORE if validated and not pattern.needs_cue else pattern.score
                if score < cue_score and cue_regex is not None and cue_regex.search(
                    text, max(0, start - cue_window), start
                ):
                    score = cue_score
                if score < min_score:
                    continue
                results.append(RecognizerResult(entity, start, end, score, recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: ident}))
        return results

    def needs_cue(self, pattern: FailClosedPattern, threshold: float) -> bool:
        """True when no value of `pattern` can reach `threshold` without one of the cues before it.

        The best score without a cue is the pattern's own, or 1.0 where validation can say True
        (`VALIDATES`) and the pattern is not marked `needs_cue`; only a cue lifts it, to `cue_score`.
        """
        best = pattern.score if pattern.needs_cue or not self.VALIDATES else EntityRecognizer.MAX_SCORE
        return best < threshold and self._cue_regex is not None

    def cue_trigger(self) -> str | None:
        """The cues as one case-insensitive Rust regex: a document without any of them has no cued value."""
        if not self.cues:
            return None
        return "(?i)" + "|".join(rust_escape(c) for c in self.cues)



class CuedPatternRecognizer(CuedRecognizerMixin, PatternRecognizer):
    """A plain pattern recognizer with cues (dates of birth, street addresses; any spec without a class of its own)."""


class CardRecognizer(CuedRecognizerMixin, CreditCardRecognizer):
    """Presidio's Luhn check decides: a valid number scores 1.0, an invalid one is dropped."""


class IpAddressRecognizer(CuedRecognizerMixin, IpRecognizer):
    """Presidio's `ipaddress` validation on boundaries that also end at a glued Korean particle; a
    documentation-range or public-resolver address is left alone everywhere (`IP_SHARED_HOSTS`), a router's
    default in technical prose, and a server's in a config or a hosts file (`org_contexts.server_address`)."""

    _SHARED_HOSTS = tuple(ipaddress.ip_network(n) for n in IP_SHARED_HOSTS)
    _ROUTER_DEFAULTS = tuple(ipaddress.ip_network(n) for n in IP_ROUTER_DEFAULTS)
    _TECHNICAL = regex.compile(TECHNICAL_PROSE, regex.IGNORECASE)
    _NETWORK_TALK = regex.compile(IP_NETWORK_TALK, regex.IGNORECASE)
    _PREFIX = regex.compile(r"/(\d{1,3})(?!\d)")

    def analyze_patterns(self, text, patterns, min_score=0.0, starts=None, timeout=-1.0):
        found = super().analyze_patterns(text, patterns, min_score, starts, timeout)
        if not found:
            return found
        networks = self._SHARED_HOSTS
        if any(self._in(text[r.start:r.end], self._ROUTER_DEFAULTS) for r in found) and (
                self._TECHNICAL.search(text) or self._NETWORK_TALK.search(text)):  # the searches only where they tell
            networks += self._ROUTER_DEFAULTS
        return [r for r in found if not self._in(text[r.start:r.end], networks)
                and not self._network(text, r.start, r.end) and not server_address(text, r.start, r.end)]

    @staticmethod
    def _in(value: str, networks: tuple) -> bool:
        try:
            address = ipaddress.ip_interface(value.split("%")[0]).ip
        except ValueError:
            return False
        return any(address in network for network in networks if network.version == address.version)

    def _network(self, text: str, start: int, end: int) -> bool:
        """A network's own address before its prefix length (`10.0.0.0/8`, host bits all zero) names no host;
        a `/32` is one host."""
        prefix = self._PREFIX.match(text, end)
        if prefix is None or "/" in text[start:end]:
            return False
        try:
            return ipaddress.ip_network(f"{text[start:end]}/{prefix.group(1)}", strict=True).num_addresses > 1
        except ValueError:
            return False


class PassportRecognizer(CuedRecognizerMixin, KrPassportRecognizer):
    """The 2021 format (M123A4567) counts alone; the older M12345678 only after `여권`/`passport`."""


class OfflineEmailRecognizer(CuedRecognizerMixin, EmailRecognizer):
    """Presidio's email recognizer without its `tldextract` check, which downloads a suffix list.

    A mail-shaped value with an unlisted suffix (`kim@corp.local`) is still personal data, so the
    pattern alone decides.
    """

    VALIDATES = False

    def validate_result(self, pattern_text: str) -> bool | None:
        return None


class PhoneRecognizer(CuedRecognizerMixin, PatternRecognizer):
    """Korean, US and `+CC` international numbers; an international one has 8-15 digits.

    Not a person's line: a North American toll-free number (`(800) …`, `1-877-…`, `+1 866 …`: no person's line has
    one of those area codes) or a UK non-geographic one (`+44 345 …`, `+44 800 …`), a number right after an
    organisation's line or a bridge PIN (the anti-cue), or right before `(toll free)`, `(main line)`, `(reception)`,
    or an office's line (`org_contexts.org_phone`)."""

    _ORG_AFTER = regex.compile(PHONE_ORG_AFTER, regex.IGNORECASE)
    # North American grouping (3-3-4 after an optional trunk 1), so a 10-digit number of another plan stays
    _NANP = regex.compile(r"(?:\+?1[-. ]?)?(?:\(\d{3}\)|\d{3})[-. ]?\d{3}[-. ]?\d{4}")
    # UK non-geographic numbers (`+44 3xx`, `+44 8xx`: 0300-0345 and 0800-0871 lines) belong to organisations
    _UK_NON_GEOGRAPHIC = regex.compile(r"\+44[ .\-]?(?:\(0\)[ ]?)?[38]")
    _EXTENSION = regex.compile(r"[ ]*(?:ext\.?|x)[ ]*\d{1,5}$", regex.IGNORECASE)

    def invalidate_result(self, pattern_text: str) -> bool:
        digits = sum(c.isdigit() for c in pattern_text)
        return not 8 <= digits <= 15

    def analyze_patterns(self, text, patterns, min_score=0.0, starts=None, timeout=-1.0):
        found = super().analyze_patterns(text, patterns, min_score, starts, timeout)
        return [r for r in found if not self._org_line(text, r.start, r.end)] if found else found

    def _org_line(self, text: str, start: int, end: int) -> bool:
        """A toll-free or UK non-geographic number in any dress, or a number before `(toll free)`, `(main line)`."""
        if self._ORG_AFTER.match(text, end) or org_phone(text, start, end):
            return True
        value = text[start:end]
        uk = self._UK_NON_GEOGRAPHIC.search(text, max(0, start - 9), end)  # `+44 (0)` may stay outside the match
        if uk and (uk.start() == start or uk.end() - 1 == start):
            return True
        value = self._EXTENSION.sub("", value)  # `1-800-610-6500 ext. 2`
        if not self._NANP.fullmatch(value):
            return False
        digits = "".join(c for c in value if c.isdigit())
        return digits[-10:-7] in NANP_TOLL_FREE_AREAS


class StreetAddressRecognizer(CuedRecognizerMixin, PatternRecognizer):
    """The address grammar of `prep.pii.addresses`; each address found takes the rest of its line
    (`complete_address`: the county, a postcode of any country, the city line under it)."""

    def analyze_patterns(self, text, patterns, min_score=0.0, starts=None, timeout=-1.0):
        found = [r for r in super().analyze_patterns(text, patterns, min_score, starts, timeout) or ()
                 if not doubtful(text, r.start, r.end)]
        for result in found:
            result.start, result.end = complete_address(text, result.start, result.end)
        return found


# The label of an order's or a parcel's number right before a value (`주문번호 240714-7730291`, `Order # ...`): a
# date-led number, not a person's registration number, where no check digit says otherwise (a valid RRN stays).
_REFERENCE_LABEL = regex.compile(
    r"(?:주문|운송장|송장|발주|영수증|티켓|쿠폰)[ ]?번호[ \t]*[:：#]?[ \t]*$"
    r"|(?<![\p{L}])(?i:order|invoice|tracking|ticket)[ ]?(?i:no\.?|number|id)?[ \t]*[:：#]{1,2}[ \t]*$"
    r"|(?<![\p{L}])(?i:order|invoice|tracking)[ ]?(?i:no\.?|number|id)[ \t]*$")
_RECENT_CHILD = regex.compile(r"(?:1[5-9]|2\d)\d{4}[ \-]?[3478]")  # born 2015 on: an order's date, not an adult's
_REGISTRATION_WORDS = regex.compile(r"주민|등록번호|(?i:RRN|resident|registration)")


class _NotAReference:
    """Drops a registration number that an order's label names, no check digit confirms and whose date would be a
    child's birth in recent years (`_REFERENCE_LABEL`, `_RECENT_CHILD`), unless its line speaks of registration."""

    def analyze_patterns(self, text, patterns, min_score=0.0, starts=None, timeout=-1.0):
        results = super().analyze_patterns(text, patterns, min_score, starts, timeout)
        return [r for r in results if not self._order_number(text, r.start, r.end)]

    def _order_number(self, text: str, start: int, end: int) -> bool:
        if not _REFERENCE_LABEL.search(text, max(0, start - 24), start) or not _RECENT_CHILD.match(text, start):
            return False
        line = text[text.rfind("\n", 0, start) + 1:(text.find("\n", end) + 1 or len(text) + 1) - 1]
        return self.validate_result(text[start:end]) is not True and not _REGISTRATION_WORDS.search(line)


class RrnRecognizer(_NotAReference, CuedRecognizerMixin, KrRrnRecognizer):
    """Presidio's RRN checksum: valid -> 1.0; invalid keeps the pattern score (post-2020 RRNs have none).
    A space after the 7th digit (`650822-1 091148`, a boxed form) is no digit: the checksum reads without it."""

    def validate_result(self, pattern_text: str) -> bool | None:
        return super().validate_result(pattern_text.replace(" ", ""))


class FrnRecognizer(_NotAReference, CuedRecognizerMixin, KrFrnRecognizer):
    """As RRN, for foreigners (7th digit 5-8)."""


class BrnRecognizer(CuedRecognizerMixin, KrBrnRecognizer):
    """Presidio's BRN checksum: a valid one counts; a failed one only with a cue. A legal person's number is no
    personal data and stays: the fourth and fifth digits 81-88 mark corporations, non-profits, the state, foreign
    companies and branches (`220-81-62517` on a chain store's receipt); a sole trader's (01-79, 90-99) names a
    person."""

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = "".join(c for c in pattern_text if c.isdigit())
        if len(digits) == 10 and "81" <= digits[3:5] <= "88":
            return False
        return True if super().validate_result(pattern_text) else None


class DriverLicenseRecognizer(CuedRecognizerMixin, KrDriverLicenseRecognizer):
    """Presidio's region-code check, extended to the older `서울 12-345678-90` form."""

    VALIDATES = False  # None or False, never True

    def validate_result(self, pattern_text: str) -> bool | None:
        if pattern_text[:2] in KO_REGION_NAMES:
            return None
        return None if super().validate_result(pattern_text) else False


class BankAccountRecognizer(CuedRecognizerMixin, PatternRecognizer):
    """Account shapes (8-14 digits) after a bank cue; a mobile number is never taken for an account."""

    _MOBILE = regex.compile(r"01[016789]-?\d{3,4}-?\d{4}")
    _SERVICE = regex.compile(r"1[5-8]\d\d-\d{4}")  # a company's 15xx-18xx line (`고객센터 1588-1300`)
    # An ISO date (`[2026-03-02 19:20] ... deposit`: a chat's time stamp on the line after a bank word).
    _DATE = regex.compile(r"(?:19|20)\d\d([\-./ ])(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])")

    def invalidate_result(self, pattern_text: str) -> bool:
        digits = sum(c.isdigit() for c in pattern_text)
        return (not 8 <= digits <= 14 or bool(self._MOBILE.fullmatch(pattern_text))  # 8: UK accounts
                or bool(self._DATE.fullmatch(pattern_text)) or bool(self._SERVICE.fullmatch(pattern_text)))


class SsnRecognizer(CuedRecognizerMixin, UsSsnRecognizer):
    """Presidio's SSN pruning (repeated digits, mismatched delimiters) on our patterns."""


class OfflineIbanRecognizer(CuedRecognizerMixin, IbanRecognizer):
    """Presidio's mod-97 validation on a pattern that also ends at a glued Korean particle."""

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        return CuedRecognizerMixin.analyze(self, text, entities, nlp_artifacts, regex_flags)

    def validate_result(self, pattern_text: str) -> bool | None:
        return True if super().validate_result(pattern_text) else False


class KoreanPersonRecognizer(CuedRecognizerMixin, PatternRecognizer):
    """Korean names next to a title, a label or in a self-introduction, minus common nouns.

    A title glued to a word is no cue when the candidate starts a longer dictionary word: `감사|원장`
    is the Board of Audit's chair (감사원), `민주주|의원칙` a principle, `공영주|차장` a car park (the
    dictionary of `prep.pii.names_ko`)."""

    def invalidate_result(self, pattern_text: str) -> bool:
        return (
            pattern_text in KO_NOT_NAMES or pattern_text in KO_NAME_LABELS or pattern_text.endswith(KO_NOT_NAME_ENDINGS)
            or len(pattern_text) == 2 and pattern_text[1] == "모"  # a masked name: `김모(37)씨`, `이모 씨`
        )

    def analyze_patterns(self, text, patterns, min_score=0.0, starts=None, timeout=-1.0):
        results = super().analyze_patterns(text, patterns, min_score, starts, timeout)
        if not results:
            return results
        model = load_model()
        results = [r for r in results
                   if not _starts_a_longer_word(model, r.end - r.start, _HANGUL_RUN.match(text, r.start).group())
                   and not cue_rejected(model, text, r.start, r.end) and not is_thing(model, text, r.start, r.end)
                   and not after_number(model, text, r.start, r.end)]
        return [] if lone_cue_words(model, text, [(r.start, r.end) for r in results], _ko_detector) else results


@functools.cache
def _ko_detector() -> KoreanNameDetector:
    """One name detector per process, for the few documents whose cue findings are all dictionary words."""
    return KoreanNameDetector()


# Titles that are common nouns too (inspection, article, moving, proxy, exaggeration, supervision, responsibility):
# glued to a common word they make a compound (`정기검사`, `신문기사`), not a surname + one syllable and a title.
_TITLES_THAT_ARE_WORDS = ("검사", "기사", "이사", "대리", "과장", "감독", "책임", "선임", "수석")


def _starts_a_longer_word(model, length: int, run: str) -> bool:
    """Does the Hangul word `run`, whose first `length` syllables are a name candidate, read as words that
    cross the candidate's end: one dictionary word (`감사원|장`, `민주주의|원칙`), a common word and
    another of 3+ syllables (`공영|주차장`), or a two-syllable common word and a title that is a word too
    (`정기|검사`)? Only a glued run can: `신나래 님` (a space after the name) never does."""
    if len(run) <= length:
        return False
    if length == 2 and run[:2] in model.common_words and run.startswith(_TITLES_THAT_ARE_WORDS, 2):
        return True  # `정기|검사`: a common word glued to a title that is a word too; but `오진선생님께` is a name
    words = model.words
    if any(run[:k] in words for k in range(length + 1, min(len(run), 6) + 1)):
        return True
    return any(run[:k] in model.common_words and any(run[k:j] in words for j in range(max(length + 1, k + 3),
                                                                                 min(len(run), k + 5) + 1))
               for k in range(2, length))  # the second word of 3+ syllables: `황지|원이고` stays a name


class EnglishPersonRecognizer(CuedRecognizerMixin, PatternRecognizer):
    """English names after titles, labels, introductions, greetings, signatures, verbs of speech. A capitalized
    phrase right after `the` names an institution or a thing (`the White House said`, `the Primary Care team`)."""

    _AFTER_ARTICLE = regex.compile(r"(?<![A-Za-z])[Tt]he[ ]+$")

    def analyze_patterns(self, text, patterns, min_score=0.0, starts=None, timeout=-1.0):
        found = super().analyze_patterns(text, patterns, min_score, starts, timeout)
        return [r for r in found if not self._AFTER_ARTICLE.search(text, max(0, r.start - 8), r.start)
                and not self._titled_brand(text, r.start, r.end) and self._PLACEHOLDER.match(text, r.start) is None
                and not opens_reply(text, r.start, r.end) and not self._WAKE_WORD.match(text, r.start)
                and not (eponym_after(text, r.end) and not titled(text, r.start))
                and not verb_opening(text, r.start, r.end) and not named_adjective_or_company(text, r.start, r.end)]

    # A voice assistant woken (`Hey Siri, set a timer`): a product, not someone greeted (`Alexa` is a name too)
    _WAKE_WORD = regex.compile(r"(?:Siri|Cortana|Bixby)\b")

    _TITLE_BEFORE = regex.compile(r"(?<![\p{L}])(\p{L}{2,5})\.?[ ]+$")

    def _titled_brand(self, text: str, start: int, end: int) -> bool:
        """`Dr Pepper`, `Mr Kipling`: a brand whose name is a title and a word (`ORG_PAIRS`)."""
        title = self._TITLE_BEFORE.search(text, max(0, start - 8), start)
        return title is not None and is_org_name(f"{title.group(1)} {text[start:end]}")

    # A place whose first word names it one (`San Jose reported`, `Fort Collins said`); not `Glen`, `Grand`: first names
    _PLACE_FIRST = regex.compile(r"(?:San|Santa|Los|Las|Fort|Saint|Mount|Port|Puerto|Baton|Buenos)[ ]")

    def invalidate_result(self, pattern_text: str) -> bool:
        return (pattern_text in EN_NOT_NAMES or is_named_thing(pattern_text)
                or self._PLACE_FIRST.match(pattern_text) is not None)

    # `Plaintiff: Company B`, `Parent 1`: a party left unnamed, a placeholder noun and a letter or a number
    _PLACEHOLDER = regex.compile(
        r"(?:Party|Company|Parent|Witness|Defendant|Plaintiff|Claimant|Respondent|Child|Person|Patient|Employee|User"
        r"|Customer|Client|Applicant|Student|Victim|Suspect|Vendor|Buyer|Seller|Tenant|Landlord|Member|Participant"
        r"|Subject|Driver|Officer|Entity)[ ](?:[A-Z]|\d{1,2})(?![\p{L}\d])"
    )




_CLASSES: dict[str, type[CuedRecognizerMixin]] = {cls.__name__: cls for cls in (
    OfflineEmailRecognizer, PhoneRecognizer, RrnRecognizer, FrnRecognizer, PassportRecognizer, DriverLicenseRecognizer,
    BrnRecognizer, CardRecognizer, BankAccountRecognizer, OfflineIbanRecognizer, SsnRecognizer, IpAddressRecognizer,
    KoreanPersonRecognizer, EnglishPersonRecognizer, StreetAddressRecognizer,
)}


def pattern_of(spec: PatternSpec) -> FailClosedPattern:
    pattern = FailClosedPattern(spec.name, spec.regex, spec.score, spec.flags, spec.trigger, spec.gate)
    pattern.needs_cue = spec.needs_cue
    return pattern


def build_recognizers(language: str) -> list[EntityRecognizer]:
    """A recognizer for every spec of `prep.pii.patterns.RECOGNIZERS`, in its order, tagged with `language`.

    The same set serves Korean and English: documents mix both (an English signature under a
    Korean letter), and each pattern is anchored on its own script, so it stays quiet elsewhere.
    A spec is built by the class of its name here, or else as a `CuedPatternRecognizer`.
    """
    return [
        _CLASSES.get(spec.name, CuedPatternRecognizer)(
            supported_entity=spec.entity, name=spec.name, supported_language=language,
            patterns=[pattern_of(p) for p in spec.patterns],
            cues=spec.cues, cue_window=spec.cue_window, anti_cue=spec.anti_cue,
        )
        for spec in RECOGNIZERS
    ] + [KoreanNameRecognizer(language), EnglishNameRecognizer(supported_language=language)]
