"""Korean person names wherever they appear: a lexicon and syllable model over Hangul candidates.

Why not only cue words (`prep.pii.patterns.KO_PERSON_*`): most names in real Korean text have none
(`어제 박서연이랑 밥 먹었어`, chat speaker labels, bill sponsor lists). Why not a morphological
analyzer: MeCab-ko tags about 40% of such names as person names, Kiwi is ten times too slow for the
scrub's speed budget (docs/scrub.md has the measured table). Instead every Hangul word that starts
with a surname syllable is split into a name part and a particle/title tail (`박서연|이랑`,
`김민준|씨는`, `어기구|의원`), and the name part is judged by a lexicon built from MeCab-ko's
dictionary (`prep.pii.names_ko_build`, committed as `data/names_ko.json`):

- a name: surname + a given name whose two syllables are common in given names (the syllable
  model, counted over ~120k Korean full names), or a full name of the lexicon;
- not a name: a dictionary word (`정부`, `조사관`), or a word plus a grammatical tail (`정부는`,
  `이상한`, `강조했다`), unless it is a known full name (`이지은` over `이지|은`).

Around that, contexts that make a weaker candidate a name (recall first): a title (`김윤 님`), a
field label (`수령인: 길분이`), a chat speaker label (`[오후 3:12] 승민 : ...`), a list joined by
`/ , ․ ㆍ ·` whose items are mostly names, a vocative or the hypocoristic `-이` (`서연아`,
`규민이도`), syllables written apart (`홍 하 린`); and a name found once is found everywhere in the
same document, its given name alone too (`김은혜` ... `은혜 님`).

The detector only reads Hangul, so it is registered for every language (documents mix scripts).
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

from presidio_analyzer import EntityRecognizer, RecognizerResult

from prep.pii.fail_closed import FailClosedPattern
from prep.pii.names_en_words import trie_pattern
from prep.pii.names_ko_context import MoreContexts, load_foreign
from prep.pii.names_ko_guests import add_guest_names
from prep.pii.names_ko_layouts import NOT_SPEAKERS as _NOT_SPEAKERS
from prep.pii.names_ko_layouts import RARE_SURNAMES, SURNAMES_1, bare_speakers, long_given, one_syllable_speaker
from prep.pii.names_ko_layouts import census_plan as _census_plan
from prep.pii.names_ko_long import add_long_names
from prep.pii.names_ko_marks import with_hanja
from prep.pii.names_ko_titles import TITLES as _TITLES
from prep.pii.names_ko_words import word_after_rare_surname
from prep.pii.patterns import KO_NAME_LABELS, KO_NOT_NAMES, KO_SURNAMES

DATA_PATH = Path(__file__).parent / "data" / "names_ko.json"

# A given-name syllable counts as common from this many full names of the lexicon on (of ~120k).
SYLLABLE_MIN_COUNT = 100
# ... and, where a context already says name (a speaker, a list, a vocative), from this many on.
SYLLABLE_CONTEXT_COUNT = 10

# What may follow a name inside the same word: particles, copulas, the hypocoristic `-이`, letter
# closings. Up to two in a row (`선생님께서는` is a title then `께서` `는`).
_PARTICLES = (
    "에게서|에게|한테서|한테|께서|께|이랑|랑|하고|과|와|이나|나|이든|부터|까지|처럼|보다|으로|로|이여|이시여|"
    "이요|이었다|였다|이었고|였고|이었던|였던|이었어요|였어요|이에요|예요|입니다|이라고|라고|이래요|이래|래요|인데요|인데|"
    "이라는|라는|이란|이라서|라서|이라|이지만|이지|이다|이고|이며|이야|이네|네|맞지|맞죠|맞음|맞아|이가|이는|이도|이를|이의|이만|"
    "이|가|은|는|을|를|의|도|만|아|야|다|고|며|드림|올림|귀하|배상|외|등"
)
# Particles that take a person (`이랑 만났어`, `한테 받았어`).
_PERSON_PARTICLES = ("이랑", "랑", "한테", "에게", "께서", "하고")
NAME_TAIL = re.compile(rf"(?:{_TITLES})?(?:{_PARTICLES}){{0,2}}")
TITLE_HEAD = re.compile(rf"(?:{_TITLES})(?![가-힣])|(?:{_TITLES})(?:{_PARTICLES}){{1,2}}(?![가-힣])")
# Syllables that start the grammatical tail of a common word (`정부|는`, `이상|한`, `강조|했다`):
# where a dictionary word plus such a tail spells the whole word, it is that word, not a name.
# Some also end common given names (`지|은`, `혜|인`): after a two-syllable word those
# decide for the name when the given name is common (`강지은` over `강지|은`, `이상한` stays `이상|한`).
_WORD_TAIL_STARTS = frozenset("이가는을를의에께과와만로으랑한할함해했히된될됨돼되됐적임들님씨라란며고께서장팀실측다")
_AMBIGUOUS_TAIL_STARTS = frozenset("은인화하도용원관소단회부과국청처사일")
_GRAMMATICAL_ENDS = _WORD_TAIL_STARTS | _AMBIGUOUS_TAIL_STARTS
# Tail syllables that also end common given names (`현|서`, `혜|란`, `세|라`): where such a syllable
# ends the name part of the word and the given name is common, `양현|서` is `양|현서`, not a word form.
_NAME_FINALS = frozenset("서란라")
# Syllables that close a compound noun (`지정|자`, `복수|형`, `주석|문`, `사용|중`, `변수|명`): after a
# word's two syllables they keep the word reading even where the last two look like a given name.
_COMPOUND_ENDS = frozenset("자형문중명상치대후식성화적별간점체품물법비료표권률율력론계측층학선역보")
# A given name counts as common from this many full names of the lexicon on.
COMMON_GIVEN_COUNT = 5
# Prefixes that make a compound of a common noun (`전|직원`, `신|제품`, `총|인원`): with a noun
# that is no given name behind, the word is that compound.
_NOUN_PREFIXES = frozenset("전신고반재총주각현구부준초탈친양무미비남여연범원본당동매타귀저극최공사시도국대소")

_SURNAMES_2 = "|".join(s for s in KO_SURNAMES if len(s) == 2)
# A Hangul word that starts with a surname syllable (the one place the detector looks without a context).
# Only words that parse as surname + one or two syllables + a tail (`NAME_TAIL`) come out.
# The title and particle lists as tries: the same words (a match runs to the word's end whatever the order), one
# branch per syllable instead of ~150 alternatives tried in turn (the scan that runs on every Korean text, speed).
_SURNAME_WORD = re.compile(
    rf"(?<![가-힣])(?:{_SURNAMES_2}|[{SURNAMES_1}])[가-힣]{{1,2}}(?:{trie_pattern(_TITLES.split('|'))})?"
    rf"(?:{trie_pattern(_PARTICLES.split('|'))}){{0,2}}(?![가-힣])"
)
# `홍 하 린`, `김 민 준`: a surname and two syllables written apart.
_SPACED = re.compile(  # `소 하 람이요`: an answer's particle stays outside
    rf"(?<![가-힣])(?P<s>{_SURNAMES_2}|[{SURNAMES_1}])[ ]{{1,2}}(?P<g1>[가-힣])[ ]{{1,2}}(?P<g2>[가-힣])"
    r"(?:이요|이에요|입니다|이|가|은|는|을|를|의|씨|님)?(?![가-힣])")
# `안 민지`: a surname, then the given name written together.
_SPACED_GIVEN = re.compile(rf"(?<![가-힣])(?P<s>{_SURNAMES_2}|[{SURNAMES_1}])[ ](?P<g>[가-힣]{{2}})(?![가-힣])")
# A field label then one value: `수령인: 길분이`, `성    명 : 신 훈`, `검 사\t홍훈(기소)`, `담당의 설윤`.
_LABELED = re.compile(
    r"(?m)(?:^|[\]\)>■□▶•\-|]|\t|[ ]/)[ \t]*(?P<label>(?:[가-힣][ \t]{0,4}){1,8}?)[ \t]*"
    r"(?:[:：)|][ \t]*|\t+|[ ]{2,}|(?<=[인자의님])[ ])"
    r"(?:[가-힣]{2}[ ])?"  # a rank before the name: `담당 조사관: 경위 한미경`
    r"(?P<v>[가-힣](?:[ ]?[가-힣]){1,3}?)(?=[ \t]*(?:$|[(,/·ㆍ<\[]|[ \t]{2}|\u3000|[ ](?:[^가-힣\s]|[가-힣]+[:：]))"
    r"|(?:이요|입니다|이에요|예요)[.!~]?(?:[ \t]|$))"  # an answer: `고객: 장가윤이요.`
)
# A label that names a person's field: `수취인`, `환자성명`, `1당사자`, `보호자`, `담당의`, `검 사`.
_PERSON_LABEL = re.compile(
    r"(?:[인자명님주사]|담당의|주치의|이름|성명|성함|고객|환자|학생|담당|손님|회원|직원|탑승객|"
    r"받는[ ]?분|보내는[ ]?분|문의처)$")
# A table row that starts with a name: `조말자\t연구소\t과장`.
_ROW_START = re.compile(r"(?m)^[ ]*(?P<v>[가-힣]{2,4})\t")
# A given name with a particle that takes a person: `지후랑`, `복희한테`.
_GIVEN_PERSON_PARTICLE = re.compile(r"(?<![가-힣])(?P<v>[가-힣]{2})(?:랑|한테|에게)(?![가-힣])")
# Chat exports: `[오후 3:12] 김민준 : ...`, `2024. 12. 22. 오전 2:25, 기현준 :`, `[왕미나] [오전 1:44]`, `[21:03] 율:`.
_SPEAKER = re.compile(
    r"(?m)^(?:\[[^\]\n]{0,20}\d:\d\d\][ ]?(?:\[[^\]\n]{1,10}\][ ]?)?|[^\n,]{0,30}\d{1,2}:\d{2},[ ]?)"
    r"(?P<v>[가-힣]{1,5})[ ]?[:：][ ]|^\[(?P<w>[가-힣]{2,5})\][ ]?,?[ ]?\["
)
# Items of a list on one line: `빛나/지효/로운`, `민형배ㆍ한병도 의원`, `원지수, 안나래`.
_LIST = re.compile(r"(?<![가-힣])[가-힣]{2,4}(?:[ ]?[/,․ㆍ·∙][ ]?[가-힣]{2,4}(?![가-힣]))+(?![가-힣])")
# ... or one per line, three lines at least (a bill's sponsors).
_BULLET = r"[ \t]*(?:(?:[-•·*▪◦]|\d{1,2}[.)])[ \t]*)?"
_LINE_LIST = re.compile(rf"(?m)(?:^{_BULLET}[가-힣]{{2,4}}[ \t]*\n){{2,}}{_BULLET}[가-힣]{{2,4}}[ \t]*$")
# ... or apart by spaces after a list label: `참석자: 원지수 안나래 제갈민호`.
_LABEL_SPACE_LIST = re.compile(
    r"(?m)^[ \t]*(?P<label>[가-힣]{2,4})[ \t]*[:：][ \t]*(?P<items>[가-힣]{2,4}(?:[ ]+[가-힣]{2,4}){2,})[ \t]*$")
_HANGUL = re.compile("[가-힣]")
_LIST_ITEM = re.compile(r"[가-힣]{2,4}")
_LIST_SEPARATOR = re.compile(r"[/,․ㆍ·∙]")  # in every `_LIST` match; a `_LINE_LIST` one spans two line breaks
# A given name called out (`서연아`, `윤호야`) where an utterance starts or ends, or with the
# hypocoristic `-이` before a particle (`규민이도`, `예은이는`).
_VOCATIVE = re.compile(
    r"(?:^|(?<=[\n.!?~:,\]\)\"'“‘ㅋㅎ]) ?|(?<=[\n.!?~:\]\)\"'“‘][ ]))"
    r"(?P<v>[가-힣]{2})(?P<c>아|야)(?=[ ]*(?:$|[\n,!?~.]|[ ][가-힣]))",
    re.MULTILINE,
)
_HYPOCORISTIC = re.compile(
    r"(?<![가-힣])(?P<v>[가-힣]{2})이(?:가|는|도|랑|를|한테도|에게도|한테|에게|하고|와|의|네|만|야|만큼|보고)(?![가-힣])"
)
# Literal-led scans that every match of `_HYPOCORISTIC` / `_SPACED` meets: most texts pay only these (speed).
_HYPOCORISTIC_GATE = re.compile(_HYPOCORISTIC.pattern.split("(?P<v>[가-힣]{2})", 1)[1])
_SPACED_GATE = re.compile(r"[ ][가-힣][ ]{1,2}[가-힣]")
# A given name alone as the subject or topic (`해린이 왔어`, `하람이 만들어준`, `말순은 요즘`).
_GIVEN_SUBJECT = re.compile(r"(?<![가-힣])(?P<v>[가-힣]{2})(?P<p>이|가|은|는)(?=[ ]|$)", re.MULTILINE)
# A given name before an honorific: `태민 님이`, `은혜 씨`.
_GIVEN_TITLE = re.compile(r"(?<![가-힣])(?P<v>[가-힣]{2})[ ]?(?:님|씨)(?![가-힣]{2})")


_TAILS = frozenset(
    [""] + [t + p for t in ("", *_TITLES.split("|")) for p in ("", *_PARTICLES.split("|"))]
    + [p + q for p in _PARTICLES.split("|") for q in _PARTICLES.split("|")]
)
_TITLE_STARTS = frozenset(t[0] for t in _TITLES.split("|"))
_ROLES_BEFORE = tuple(_TITLES.split("|")) + ("담당의", "주치의", "경위", "경사", "경장", "순경", "경감", "경정", "총경",
                                            "혼주", "상주", "신랑", "신부", "임대인", "임차인", "처방의사", "주장",
                                            "감독", "코치", "배우자", "동생", "누나", "언니", "오빠")


def is_name_tail(rest: str) -> bool:
    """May `rest` follow a name inside its word (`NAME_TAIL`: a title, then up to two particles)?"""
    return rest in _TAILS or len(rest) > 3 and NAME_TAIL.fullmatch(rest) is not None


def title_follows(run: str, length: int, text: str, end: int) -> bool:
    """Does a title follow the name `run[:length]`, glued (`김윤님`) or as the next word (`김윤 님`)?"""
    if length < len(run):
        return run[length] in _TITLE_STARTS and TITLE_HEAD.fullmatch(run, length) is not None
    at = end + (text[end:end + 1] == " ")
    return text[at:at + 1] in _TITLE_STARTS and TITLE_HEAD.match(text, at) is not None


def role_precedes(text: str, start: int) -> bool:
    """Is the name at `start` right after a role or rank (`담당변호사 정서하`, `경위 한미경`) or a
    person's field label (`수취인: 길분이`, `1당사자\t`)?"""
    before = text[max(0, start - 12):start]
    word = before.rstrip(" \t")
    if word.endswith(_ROLES_BEFORE) and len(word) < len(before):
        return True
    label = before.rstrip(" \t:：")
    separator = before[len(label):]
    return label[-1:] in ("인", "자", "명") and (":" in separator or "：" in separator or "\t" in separator)


def place_context(text: str, start: int) -> bool:
    """Is the word at `start` part of an address (`여수시 장기동`, `(장기동)`), so a 동/리 is a place?"""
    before = text[max(0, start - 6):start]
    return before.endswith("(") or before.rstrip(" ")[-1:] in ("시", "구", "군", "도", "읍", "면")


def has_final(syllable: str) -> bool:
    """Does a Hangul syllable end in a consonant (`민` yes, `호` no)? Vocatives agree: `민준아`, `윤호야`."""
    return (ord(syllable) - 0xAC00) % 28 != 0


class NameModel:
    """The lexicon and the syllable model: is this surname + given name, or this given name, a name?"""

    def __init__(self, lexicon: dict):
        self.surnames = frozenset(lexicon["surnames"]) | frozenset(KO_SURNAMES) | RARE_SURNAMES
        self.surname_shares: dict[str, float] = lexicon["surnames"]  # of the dictionary's full names
        self.name_surnames = self.surnames | frozenset(SURNAMES_1)  # with the census's `계`: not the tagger's features
        self.first = lexicon["given_first"]
        self.second = lexicon["given_second"]
        self.given_names: dict[str, int] = lexicon["given_names"]
        self.full_names = frozenset(lexicon["full_names"])
        self.common_words = frozenset(lexicon["words"])
        self.words = self.common_words | frozenset(lexicon["rare_words"])

    def given_score(self, given: str) -> bool:
        """A two-syllable given name seen in the lexicon, or both syllables common in given names."""
        if self.given_names.get(given, 0) >= COMMON_GIVEN_COUNT:
            return True
        return self.first.get(given[0], 0) >= SYLLABLE_MIN_COUNT and self.second.get(given[1], 0) >= SYLLABLE_MIN_COUNT

    def word_form(self, stem: str, run: str, lax: bool = False) -> bool:
        """Does the Hangul word `run` (which starts with `stem`) spell a dictionary word plus a grammatical
        tail (`정부는`, `이상한`, `강조했다`), a common word plus anything (`정규|식`, `예상|치`), a longer
        dictionary word (`공영주차장`), or a prefixed noun (`전직원`)? `lax` (a context says name): only
        the unambiguous tails count (`이상민 의원` is a name, `이상민` alone needs the lexicon)."""
        words, common = self.words, self.common_words
        # surname + a common given name that is the whole word but for a particle (`허혜란`, `양현서는`)
        strong = self.given_names.get(stem[-2:], 0) >= COMMON_GIVEN_COUNT and stem[:-2] in self.name_surnames \
            and is_name_tail(run[len(stem):])
        name_shaped = strong and stem[-2:] not in common
        for k in range(len(stem) - 1, len(run)):  # from the given name on: `선우|소희` is no word form
            if run[:k] not in words:
                continue
            if strong and k == len(stem) - 1 and run[k] not in _GRAMMATICAL_ENDS and run[k] not in _COMPOUND_ENDS:
                continue  # `기|승현`, `권|한결`: a common given name after a word's syllables, no suffix there
            if name_shaped and k == len(stem) - 1 and run[k] in _NAME_FINALS:
                continue
            if name_shaped and k == len(stem) - 1 and run[len(stem):].startswith(_PERSON_PARTICLES):
                continue  # `공시훈이랑`: a particle that takes a person decides for the name
            if run[k] in _WORD_TAIL_STARTS:
                return True
            if not lax and (k == 2 and run[:k] in common or run[k] in _AMBIGUOUS_TAIL_STARTS
                            and self.given_names.get(stem[-2:], 0) < COMMON_GIVEN_COUNT):
                return True
        for k in range(len(stem) + 1, min(len(run), 5) + 1):
            if run[:k] in words:
                return True
        given = stem[1:]
        return stem[0] in _NOUN_PREFIXES and given in common and self.given_names.get(given, 0) < 3 * COMMON_GIVEN_COUNT

    @functools.lru_cache(maxsize=65536)  # noqa: B019 -- the model lives as long as the process (`load_model`)
    def full_name(self, stem: str, run: str, lax: bool = False) -> bool:
        """Is `stem` (the start of the Hangul word `run`) a surname + two-syllable given name?"""
        if stem in self.full_names and not (stem[-3:-1] in self.common_words and stem[-1] in _GRAMMATICAL_ENDS):
            return True
        if stem in self.words or run in self.words:
            return False
        surname_length = len(stem) - 2
        if surname_length not in (1, 2) or stem[:surname_length] not in self.name_surnames:
            return False
        return self.given_score(stem[-2:]) and not self.word_form(stem, run, lax)

    def short_name(self, stem: str, plausible: bool = False) -> bool:
        """Surname + one syllable (`김윤`, `설윤`): a name only where a context says so; `plausible`:
        a context that names a person (`성명:`, `님`) also takes a rare syllable and a rare word."""
        if len(stem) != 2 or stem[0] not in self.surnames:
            return False
        if plausible:
            return stem not in self.common_words and self.second.get(stem[1], 0) >= SYLLABLE_CONTEXT_COUNT
        return stem not in self.words and self.second.get(stem[1], 0) >= SYLLABLE_MIN_COUNT

    def given_name(self, given: str, word_too: bool = False) -> bool:
        """A two-syllable given name alone (`서연`, `규민`), common in the lexicon; one that is also a
        word (`은혜`, `지수`) only where `word_too` (a vocative, the hypocoristic `-이`, a name list)."""
        return self.given_names.get(given, 0) >= COMMON_GIVEN_COUNT and (word_too or given not in self.common_words)

    def plain_word(self, text: str) -> bool:
        """A common word that is no common given name (`총무`, `엄마`; not `정숙`, `은영`)."""
        return text in self.common_words and self.given_names.get(text, 0) < COMMON_GIVEN_COUNT

    def given_plausible(self, given: str) -> bool:
        """A given name alone where a context says name: seen in the lexicon, or both syllables seen."""
        return len(given) == 2 and (given in self.given_names or (
            self.first.get(given[0], 0) >= SYLLABLE_CONTEXT_COUNT
            and self.second.get(given[1], 0) >= SYLLABLE_CONTEXT_COUNT))

    def name_plausible(self, text: str) -> bool:
        """A value that a context marks as a person's (`성명:`, a speaker, a name list): a surname and a
        plausible given name, or a plausible given name alone, and no common word."""
        text = text.replace(" ", "")
        if self.plain_word(text) or not 2 <= len(text) <= 4 or len(text) == 3 and text not in self.full_names \
                and word_after_rare_surname(self, text):  # `순|매도`, `제|거제` (`prep.pii.names_ko_words`)
            return False
        if len(text) == 2:
            return self.short_name(text, plausible=True) or self.given_plausible(text) and text not in self.common_words
        if len(text) == 3 and text[0] in self.name_surnames and text not in self.words \
                and self.given_names.get(text[1:], 0) >= COMMON_GIVEN_COUNT:
            return True  # a context says name: surname + a common given name, whatever word it starts (`도서|준`)
        surname_length = len(text) - 2
        return (text in self.full_names or text[:surname_length] in self.name_surnames) and self.given_plausible(
            text[-2:]) and not self.word_form(text, text, lax=True) or long_given(self, text)

    def name_like(self, text: str) -> bool:
        """A value that a context already marks as a name (a label, a list item, a speaker)."""
        text = text.replace(" ", "")
        if len(text) == 2:
            return self.short_name(text) or self.given_name(text) and text not in self.words
        return 3 <= len(text) <= 4 and self.full_name(text, text, lax=True)


@functools.cache
def load_model(path: Path = DATA_PATH) -> NameModel:
    """The committed lexicon (`python -m prep.pii.names_ko_build` rebuilds it), loaded once per process."""
    try:
        lexicon = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValueError(f"{path} is missing: rebuild it with `python -m prep.pii.names_ko_build`") from None
    return NameModel(lexicon)


class KoreanNameDetector:
    """`find(text)`: the (start, end) spans of Korean person names in `text`, sorted, possibly overlapping."""

    def __init__(self, model: NameModel | None = None):
        self.model = model or load_model()
        self.more = MoreContexts(self.model, load_foreign())
        self._plans: dict[str, tuple] = {}  # `_surname_words`: a Hangul word -> what it alone decides

    def find(self, text: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        if _HANGUL.search(text) is None:  # one scan for a text in another script
            return spans
        self._surname_words(text, spans)
        self._contexts(text, spans)
        self.more.add(text, spans)
        add_long_names(self.model, text, spans, is_name_tail)  # and called back, chat speakers (round 16)
        if spans:
            self.more.siblings(text, spans)
            self._propagate(text, spans)
        self.more.foreign_names(text, spans)  # after: `제임스 오코너` lends no given name to propagate
        add_guest_names(self.model, self.more.foreign, self.more.foreign_also_words, text, spans)
        return self.more.final(text, spans)

    def _surname_words(self, text: str, spans: list) -> None:
        """Every word that parses as surname + given name + tail: full names anywhere; doubtful ones and
        surname + one syllable after a role or label, or before a title. What the word alone decides is
        read once per distinct word (`_word_plan`); only the text around it is read at each occurrence."""
        plans = self._plans
        for match in _SURNAME_WORD.finditer(text):
            run = match.group()
            plan = plans.get(run)
            if plan is None:
                if len(plans) >= 65536:
                    plans.clear()
                plan = plans[run] = self._word_plan(run)
            start = match.start()
            for length, place, sure, lax, particle in plan:
                if place and place_context(text, start):
                    break  # a place (`여수시 장기동`)
                if sure or lax and (particle or title_follows(run, length, text, match.end())
                                    or role_precedes(text, start)):
                    spans.append((start, start + length))
                    break

    def _word_plan(self, run: str) -> tuple:
        """(length, place, sure, lax, particle) per name part `run[:length]` that may decide, longest first: a
        place-like part (`장기동`) is read as a place where the text says so, and the search stops there."""
        model, plan = self.model, []
        for length in (4, 3, 2):
            if len(run) < length or not is_name_tail(run[length:]):
                continue
            stem = run[:length]
            if length == 2 and stem[1] == "모":
                break  # a masked name (`김모씨`): no shorter part is tried
            sure = length > 2 and model.full_name(stem, run)
            lax = model.full_name(stem, run, lax=True) if length > 2 else model.short_name(stem, plausible=True)
            if stem[-1] in "동리읍면" or sure or lax:
                plan.append((length, stem[-1] in "동리읍면", sure, lax, length > 2 and run[length:].startswith(
                    _PERSON_PARTICLES)))
        return _census_plan(run, tuple(plan))  # `계`: a name in a slot only

    def _contexts(self, text: str, spans: list) -> None:
        model = self.model
        for match in _SPACED.finditer(text) if _SPACED_GATE.search(text) else ():
            joined = match["s"] + match["g1"] + match["g2"]
            given = match["g1"] + match["g2"]
            if model.given_score(given) and (given not in model.common_words or model.given_names.get(
                    given, 0) >= COMMON_GIVEN_COUNT) and joined not in model.words \
                    and not model.word_form(joined, joined):
                spans.append((match.start(), match.end("g2")))
        for match in _SPACED_GIVEN.finditer(text):
            given = match["g"]
            if model.given_names.get(given, 0) >= COMMON_GIVEN_COUNT and given not in model.words:
                spans.append(match.span())
        colon = ":" in text or "\t" in text or "：" in text or "|" in text or ") " in text
        for match in _LABELED.finditer(text) if colon else ():
            person_label = _PERSON_LABEL.search(match["label"].replace(" ", "").replace("\t", ""))
            if model.name_like(match["v"]) or person_label and model.name_plausible(match["v"]):
                spans.append(match.span("v"))
        for match in (*_SPEAKER.finditer(text), *_ROW_START.finditer(text)) if colon else ():
            group = "v" if match["v"] else "w"
            value = match[group]
            if value not in KO_NAME_LABELS and value not in _NOT_SPEAKERS and (model.name_plausible(
                    value) or model.given_plausible(value) or one_syllable_speaker(model, value, text)):
                spans.append(match.span(group))
        for match in _GIVEN_PERSON_PARTICLE.finditer(text) if "랑" in text or "한테" in text or "에게" in text else ():
            if model.given_plausible(match["v"]) and not model.plain_word(match["v"]):
                spans.append(match.span("v"))
        for match in (*(_LIST.finditer(text) if _LIST_SEPARATOR.search(text) else ()),
                      *(_LINE_LIST.finditer(text) if text.count("\n") >= 2 else ())):
            if self._name_list([m.group() for m in _LIST_ITEM.finditer(match.group())]):
                spans.extend((match.start() + m.start(), match.start() + m.end())
                             for m in _LIST_ITEM.finditer(match.group()) if m.group() not in KO_NAME_LABELS)
        for match in _LABEL_SPACE_LIST.finditer(text) if colon else ():
            items = match["items"].split()
            if (match["label"] in KO_NAME_LABELS or _PERSON_LABEL.search(match["label"])) and self._name_list(items):
                at = match.start("items")
                spans.extend((at + m.start(), at + m.end()) for m in _LIST_ITEM.finditer(match["items"]))
        if colon or "[" in text or "<" in text:  # (`동희 10:02 ...` has a colon)
            bare_speakers(self.model, text, spans)
        for match in _VOCATIVE.finditer(text) if "아" in text or "야" in text else ():
            given = match["v"]
            if has_final(given[1]) == (match["c"] == "아") and model.given_plausible(given) \
                    and not model.plain_word(given):
                spans.append(match.span("v"))
        for match in _HYPOCORISTIC.finditer(text) if _HYPOCORISTIC_GATE.search(text) else ():
            given = match["v"]
            if has_final(given[1]) and model.given_plausible(given) and not (  # `그분이랑`: a word + `이랑`
                    match.group().endswith(("이랑", "이야")) and model.plain_word(given)):
                spans.append(match.span("v"))
        for match in _GIVEN_SUBJECT.finditer(text):
            given = match["v"]
            if has_final(given[1]) == (match["p"] in "이은") and model.given_names.get(given, 0) >= 2 \
                    and given not in model.words and given not in KO_NOT_NAMES and given[1] not in "을를":
                spans.append(match.span("v"))
        for match in _GIVEN_TITLE.finditer(text) if "님" in text or "씨" in text else ():
            if model.given_plausible(match["v"]) and not model.plain_word(match["v"]) \
                    and match["v"] not in KO_NOT_NAMES:  # `회원님`, `고객님`: who one addresses, not a name
                spans.append(match.span("v"))

    def _name_list(self, items: list[str]) -> bool:
        """Are these list items names: all name-shaped or words, and enough of them sure names?"""
        model = self.model
        sure = sum(model.name_like(i) for i in items)
        common = sum(model.plain_word(i) for i in items)
        # next to two sure names, a surname + two or three syllables that is no word is one more (`반로운`, `양한아름`)
        return all(model.name_like(i) or model.name_plausible(i) or i in model.common_words or sure >= 2 and len(
            i) in (3, 4) and i[0] in model.surnames and i not in model.words for i in items) and (
            sure >= 2 and not common or len(items) >= 3 and sure and 2 * common < len(items))

    def _propagate(self, text: str, spans: list) -> None:
        """A name found once is a name everywhere in the document, and so is its given name alone."""
        found = {text[s:e].replace(" ", "") for s, e in spans}
        model = self.model
        found |= {name[-2:] for name in found if len(name) >= 3 and name[-2:] not in model.common_words}
        found |= {name[-1] for name in found if len(name) == 2 and name[0] in model.surnames}
        for name in found:
            at = text.find(name)
            while at >= 0:
                end = at + len(name)
                if at == 0 or not "가" <= text[at - 1] <= "힣":
                    run_end = end
                    while run_end < len(text) and "가" <= text[run_end] <= "힣":
                        run_end += 1
                    if is_name_tail(text[end:run_end]) and (
                        len(name) >= 2 or title_follows(text[at:run_end], len(name), text, run_end)
                    ):
                        spans.append((at, end))
                at = text.find(name, at + 1)


class KoreanNameRecognizer(EntityRecognizer):
    """Presidio PERSON recognizer over `KoreanNameDetector`.

    Its one pattern, any Hangul syllable, is only the pre-filter's trigger (`prep.pii.prefilter`): a
    text without Hangul never reaches the detector. `analyze_patterns` is the scrubber's entry point,
    as for the pattern recognizers (`prep.pii.recognizers.CuedRecognizerMixin`). The detector's scans
    are linear (bounded repeats, no nested ones), in the standard library's `re`, 1.5-3x faster here
    than `regex`; an error fails the document, as for every recognizer.
    """

    SCORE = 0.6

    def __init__(self, supported_language: str = "ko", model: NameModel | None = None):
        super().__init__(supported_entities=["PERSON"], name="KoreanNameRecognizer",
                         supported_language=supported_language)
        self.detector = KoreanNameDetector(model)
        self.patterns = [FailClosedPattern("ko_name_hangul", "[가-힣]", self.SCORE)]

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):  # noqa: ARG002 -- Presidio's signature
        return self.analyze_patterns(text, self.patterns)

    def analyze_patterns(self, text: str, patterns, min_score: float = 0.0, starts: list[int] | None = None,
                         timeout: float | None = -1.0) -> list[RecognizerResult]:  # noqa: ARG002
        """Every name in `text` as a PERSON result (the arguments of the pattern recognizers' own)."""
        if self.SCORE < min_score:
            return []
        meta = {RecognizerResult.RECOGNIZER_NAME_KEY: self.name, RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id}
        return [RecognizerResult("PERSON", start, with_hanja(text, end), self.SCORE, recognition_metadata=dict(meta))
                for start, end in self.detector.find(text)]
