"""Round 13: Korean names beside kin words, person nouns and a name's own words; a found name's title, alias.

Two new blind writers (web text and company records) named people where no earlier reading looked
(`docs/scrub_round13_ko.md`):

- after a kin or household word and a space, whatever follows the name in its word (`아들 시후였어요`, `와이프
  민아랑`, `둘째 나서아 출생`, `딸 노라 사이`, `엄마 릴리아나랑`): a given name of the lexicon that is no plain word,
  a full name that is no word, or a foreign name of the lexicon. A given name that is a common word too (`하나`,
  `시후`) needs a particle that takes a person or a copula after it (`딸 하나 아들 둘` stays);
- a full name before a person noun that no title list held (`천순임 어르신`, `윤하랑 사원`, `곽태주 배우`);
- the given name of a full name found in the same document before a title, also where the given name is a common
  word that the document-wide repeat skips (`윤해온` ... `해온 배우`, `예나배우는`), and a found name's alias that is a
  part of it (`설가은(이하 설)` ... `설 “...`);
- a given name before `네서` (one's household: `예지네서`) or `이형` (`성민이형`);
- a name told or called (`활동명 '다솜'은`, `한국 이름이 정은인데`, `은아라고 불러요`), not a thing's or a pet's;
- a transcript's caller answering with a full name and a copula (`고객 옥진호고요`).
"""

from __future__ import annotations

import re

from prep.pii.names_en_words import trie_pattern
from prep.pii.names_ko_layouts import has_final
from prep.pii.names_ko_news import _I_STEMS as I_STEMS

# Kin and household words before a child's, a spouse's or a parent's name (one space between).
KIN_WORDS = ("아들 딸 와이프 남편 아내 첫째 둘째 셋째 넷째 막내 막내딸 막내아들 큰딸 작은딸 "
              "큰아들 작은아들 외동딸 외아들 손자 손녀 외손자 외손녀 조카 엄마 아빠 동생 "
              "여동생 남동생 며느리 사위 쌍둥이 예비신랑 예비신부 매형").split()
_KIN = re.compile(rf"(?<![가-힣])(?:{trie_pattern(KIN_WORDS)})[ ](?P<w>[가-힣]{{2,8}})(?![가-힣])")
_KIN_GATE = re.compile(rf"(?:{trie_pattern(KIN_WORDS)})[ ][가-힣]{{2}}")
# A given name's last syllable as common as this (of ~120k full names) may be a particle's too (`지은`, `하도`).
_COMMON_SYLLABLE = 100
# What may follow a name in its word here: a particle, a copula, a vocative (`시후였어요`, `민아랑`, `하윤이가`).
_NAME_TAIL = re.compile(
    "(?:이|가|은|는|을|를|의|도|과|와|만|랑|이랑|한테|에게|하고|께서|였어요|이었어요|예요|이에요|입니다|이고요|였다|이었다|"
    "이었다고|였다고|이라고|라고|이라는|라는|인데|이인데|이야|아|야|이가|이는|이도|이를|이의|이한테|이랑은|랑은|네|이네|처럼|까지|부터|보다|로|으로)?")
# A given name before `네` (one's family or house: `예지네서`, `서윤이네 집`) or the hypocoristic `-이` and `형`
# (`성민이형`).
_HOUSE_OR_BROTHER = re.compile(
    r"(?<![가-힣])(?P<v>[가-힣]{2})(?P<i>이)?"
    r"(?:네서|네에서|네[ ]집|네[ ]가족|(?<=이)(?P<h>형)(?:이|은|도|한테|이랑)?)(?![가-힣])")
_HOUSE_GATE = re.compile(r"네서|네에서|네[ ][집가]|이형")
# round 19: any name before `X네` and a home's or family's noun (`밍키네 집`, `조이네 부부가`, `프리야네 집`, `봄이네
# 식구`), X no common word (not a kin word after it: `예쁘네 언니` is a verb's `-네` and a call).
_HOUSEHOLD = re.compile(r"(?<![가-힣])(?P<v>[가-힣]{2,4})네[ ](?:집|부부|가족|식구|애들|아이들|강아지|고양이|부모님)"
                        r"(?:[가-힣]{0,4})(?![가-힣])")
# Not a name before `네 집` (round 19, a review's probes): a place's or a thing's last syllable (`꽃집`, `엄마손`,
# `건너편`, `세탁소`), kin and role words of two syllables or more at either end (`큰아버지`, `아줌마`, `언니오빠`), and
# the last syllables of a verb's or an adjective's stem before `-네` (`졸리네`, `바쁘네`, `모르네`, `안되네`).
_HOUSE_HEADS = frozenset("집손편소점관실방")
_VERB_ENDS = frozenset("되리프쁘르네")
_HOUSE_KIN = frozenset(
    "아버지 어머니 아줌마 아주머니 아저씨 할머니 할아버지 이모부 고모부 외삼촌 삼촌 이모 고모 언니 오빠 누나 형님 엄마 "
    "아빠 동생 사촌 조카 친척 친구 부부 신혼 사장 사모 선생".split())
# A given name that is a common word too, at least this common among the lexicon's given names (of ~120k), before
# `네` with no hypocoristic `이` (`민수네 집`); rarer ones are a household named by its word (`부자네 집` 7,
# `원장네 집` 8, `주민네 집` 6: a review's probes).
_HOUSE_WORD_GIVEN = 10
_NOT_HOUSEHOLDS = frozenset(
    "우리 저희 너희 친구 이모 고모 삼촌 언니 오빠 누나 동생 사촌 친척 옆집 이웃 조카 외가 친가 큰집 "
    "남의 앞집 뒷집 윗집 아랫집 작은집 사돈 시댁 처가 친정".split())
# `설가은(이하 설)`, `김하준(이하 '하준')`: a found name's alias, a part of it; its other mentions are the person too.
_ALIAS = re.compile(r"(?P<n>[가-힣]{2,4})[ ]?\((?:이하|以下)[ ]?[\"'‘“]?(?P<a>[가-힣]{1,3})[\"'’”]?\)")
# A name told (`활동명 '다솜'은`, `이름은 '차은결'.`, `한국 이름이 정은인데`, `본명이 조은별이죠?`) or called (`은아라고
# 불러요`); a report's gloss in brackets (`'밤하늘'(본명 문하루)가`, `(실명 여하린)`, `Anna(한국명 김하나·31)`) closes
# with the bracket or the age's dot.
# round 19: the honorific `성함` / `존함` and its copulas (`기사님 성함이 황보석진이셨는데`, `성함이 엽순자 님이신데`).
_NAME_WORDS = "이름|본명|활동명|예명|닉네임|별명|애칭|필명|세례명|가명|실명|한국명|성함|존함"
_TOLD = re.compile(
    rf"(?<![가-힣])(?P<k>{_NAME_WORDS})(?P<p>이|은|는|도)?[ ]?[:：]?[ ]?(?P<q>['\"‘“])?(?P<v>[가-힣]{{2,4}}?)"
    r"(?(q)['\"’”]|(?:(?:(?<=[가-힣])[ ]?님(?=이))?"
    r"(?:이었|였|이에요|예요|이야|야|입니다|이라고|라고|인데|이인데|이며|이고|이다|이래|래|이죠|죠|이셨|셨|이신|신|이세요|세요)"
    r"(?![가-힣]{3})|(?=[)·,])))")
_GLOSSES = ("(본명", "(실명", "(한국명")  # the words of a gloss in brackets: `(본명 문하루)`, not `이름 보리,`
# A person's own name words (not `이름`, `별명`, `닉네임`: a pet's or a thing's too) right before a value: the value is
# a name even where it is a word of the dictionary (`본명은 한가을인데`, `(실명 구하루)`).
_OWN_NAME_BEFORE = re.compile(r"(?:본명|실명|한국명|활동명|예명|필명|세례명)(?:이|은|는)?[ ]?[:：]?[ ]?['\"‘“]?$")
_TOLD_GATE = re.compile(_NAME_WORDS)
_LEGAL_NAME_WORDS = frozenset(("본명", "실명", "한국명"))  # a value a surname + a given name, not a word (`미정`)
# Whose name is told when it is a thing's (`제품 이름은 '다온'`, `강아지 이름이 초코`).
_THING_BEFORE = re.compile(
    r"(?:제품|상품|브랜드|서비스|회사|가게|상호|앱|팀|프로젝트|파일|폴더|강아지|고양이|반려견|반려묘|식당|카페|모델|노래|앨범|"
    r"게임|책|배|차|와이파이|계정|메뉴)(?:의)?[ ]?$")
# Whose name it is, a person's: the word before `이름` (`제 이름은`, `아이의 이름은`, `한국 이름이`) or the object of a
# call (`저를 ... 불러요`); a place's or a thing's are many more words (`학교`, `태풍`, `이 동네를`, `이걸`).
PERSON_WORDS = frozenset(
    "저 나 너 그 그녀 걔 얘 쟤 자기 본인 아이 애 애기 아기 친구 사람 남자 여자 학생 선생님 직원 환자 고객 손님 "
    "주인공 형 언니 오빠 누나 할머니 할아버지 이모 고모 삼촌 부모 손주 남자친구 여자친구 남친 여친 애인 신랑 신부 "
    "선배 후배 동기 짝꿍 담임 이웃 신입 원생 상사 고인 절친 총각".split()) | frozenset(KIN_WORDS)
_LANGUAGES = frozenset("한국 영어 영문 한글 우리말 중국 일본 외국 본래 원래 진짜 실제 정식 세례".split())
_WORD_BEFORE = re.compile(r"(?<![가-힣])(?P<w>[가-힣]{1,6}?)(?:의)?[ ]$")
_CLAUSE_END = re.compile(r"[.!?\n]")
_OBJECT = re.compile(
    r"(?<![가-힣])(?:(?P<o>[가-힣]{1,6}?)(?:을|를)|(?P<t>이걸|그걸|저걸|이건|그건|이거|그거|이것|그것|여기|거기|이곳|그곳|저곳))"
    r"(?![가-힣])")
_CALLED = re.compile(r"(?<![가-힣])(?P<v>[가-힣]{2})(?:이라고|라고)[ ](?:불러|부르|부른|불렀|부릅)")
# A transcript's caller answering with a name and a copula (`고객 옥진호고요 칠십구년...`, `고객: 네 마서윤이요`).
_ANSWER = re.compile(
    r"(?m)^[ \t]*(?:고객|상담사|상담원|보호자|민원인|신청인|환자|발신자)[ \t]*[:：]?[ \t]+(?:네[,.]?[ ]|저는[ ])?"
    r"(?P<v>[가-힣]{3,4}?)(?:이고요|고요|이구요|구요|이요|요|입니다|이에요|예요|인데요|이라고요|라고요)(?=[ .,!?\n]|$)")
_ANSWER_GATE = re.compile(r"(?:고요|구요|이요|입니다|에요|예요|인데요)(?:[ .,!?\n]|$)")
# Particles and a noun's suffixes (members, prizes, plural) that close a common word (`사랑|은`, `조리|원`, `신인|상`).
_WORD_SUFFIXES = frozenset("은는을를의도와과만들원상장")
_HANGUL_WORD = re.compile(r"[가-힣]{2,}")
# After a given name that is a common word too: a particle that takes a person, a copula, a vocative.
_PERSON_TAILS = frozenset(
    "이랑 랑 한테 에게 하고 였어요 이었어요 예요 이에요 입니다 이고요 이는 이가 이도 이를 "
    "이한테 이랑은 랑은 아 야 이야".split())
# Words after a kin word that say whose or how many, never the name (`딸 하나`, `아들 녀석`, `막내 동생`).
# `진학`, `태명` are given names too, but after a kin word the child's schooling and the name before birth (a review's
# probes: `아들 진학 문제로`, `엄마 태명이`).
_NOT_AFTER_KIN = frozenset(
    "하나 둘이 셋이 녀석 친구 아이 애기 아기 가족 부부 내외 이름 사진 방 학교 생일 진학 태명".split())
# Person nouns after a full name that no title list holds (a space between).
_PERSON_NOUNS = ("어르신", "어르신께서", "사원", "배우", "배우님", "배우가", "배우는", "배우의", "배우님이", "배우님의")
_NOUN_AFTER = re.compile(
    rf"(?<![가-힣])(?P<v>[가-힣]{{3,4}})[ ](?:{trie_pattern(list(_PERSON_NOUNS))})"
    r"(?:이|가|은|는|을|를|의|도|과|와|께서|님|님이|님은|님의)?(?![가-힣])")
_NOUN_GATE = re.compile(r"[ ](?:어르신|사원|배우)")
# A title after a found name's given name, glued or after one space (`해온 배우`, `예나배우는`, `시온 님`).
# `님` and `씨` only after a space: glued they end words (`하나님`, `하나씩` after `김하나`).
GIVEN_TITLES = ("배우님|배우|선배|후배|언니|누나|오빠|쌤|선생님|작가님|작가|선수|감독님|대리님|대리|과장님|과장|"
                "팀장님|팀장|어르신|매니저님|매니저|자매님|자매|형제님|형제|집사님|집사|권사님|권사|성도님|성도|"
                "장로님|장로|간호사님|간호사|실장님|실장|주임님|주임|사원")
# ... and the ranks a full name carries too (`이영화 고객님`, `곽태주 약사`).
FULL_NAME_TITLES = "선생|고객|대표|교수|기자|의원|부장|차장|사장|원장|회장|이사|박사|의사|약사|변호사|위원|여사"
_TITLE_PARTICLES = r"(?:이|가|은|는|을|를|의|도|과|와|께서|께|에게|한테|이랑|랑|도요|이요|요)?"
# Any title right after a found full name (`김영화 님`, `이영화 고객님`, `곽태주 배우의`): which titles it carries.
_ANY_TITLE = re.compile(
    rf"[ ]?(?P<t>(?:{GIVEN_TITLES}|{FULL_NAME_TITLES})(?:님)?|님|씨)(?![가-힣]{{3}})")
# Titles that a person's friends and juniors use, whatever title the full name carried (`정다솜 씨` ... `다솜 언니`).
_FRIENDS_TITLES = frozenset("언니 누나 오빠 쌤 선배 후배 선생 님 씨".split())
# A noun right before a given name (a space between): a Latin or a digit run, or a Hangul word (`IT 지원팀장`).
_NOUN_BEFORE = re.compile(r"(?:[A-Za-z0-9]+|(?<![가-힣])(?P<w>[가-힣]{1,5}))[ ]$")
_TITLED = re.compile(rf"(?:[ ]?(?:{GIVEN_TITLES})|[ ](?:님|씨)){_TITLE_PARTICLES}(?![가-힣])")


def word_and_suffix(model, value: str) -> bool:
    """Is a three-syllable value a common word and its particle or suffix (`사진|이`, `사랑|은`, `조리|원`, `친구|들`,
    `신인|상`), not a surname and a given name (`공하은`, `나서아`, `이태란`: a common word's syllables before a given
    name)? Its first two syllables are a common word, and its last is the subject particle (`이`, `가`: a review's
    `고민이`, `나이가`), or another particle or a noun's suffix after which its last two syllables are no given name
    of the lexicon, or a common word too after a plain word (`신인|상`: `인상`)."""
    if len(value) != 3 or value in model.full_names or value[:2] not in model.common_words:
        return False
    given = value[1:]
    return value[2] in "이가" or value[2] in _WORD_SUFFIXES and (
        model.given_names.get(given, 0) < 2 or model.plain_word(value[:2]) and given in model.common_words)


def _ends_in_n(syllable: str) -> bool:
    """Does a Hangul syllable end in `ㄴ` (a verb's modifier: `적힌`, `지어준`, `부르던`, `좋아하는`)?"""
    return "가" <= syllable <= "힣" and (ord(syllable) - 0xAC00) % 28 == 4


def _title(title: str) -> tuple[str, bool]:
    """A title's word and whether `님` honours it (`작가님` -> (`작가`, True), `씨` -> (`씨`, False))."""
    return (title[:-1], True) if len(title) > 1 and title.endswith("님") else (title, title == "님")


class KinContexts:
    """`add(text, spans)`: names after a kin word, before a person noun, `네서` or `이형`, told, called or answered;
    `titled_given(text, spans)`: a found name's given name before a title and its alias (run once the document's
    names are found)."""

    def __init__(self, model, foreign: frozenset[str], foreign_also_words: frozenset[str]):
        self.model, self.foreign, self.foreign_words = model, foreign, foreign_also_words

    def add(self, text: str, spans: list) -> None:
        model = self.model
        for match in _KIN.finditer(text) if _KIN_GATE.search(text) else ():
            word, at = match["w"], match.start("w")
            lengths = (2, 4, 3) if word[2:3] == "이" else (4, 3, 2)  # `예린이가`: the hypocoristic `-이` stays out
            for length in lengths:
                if len(word) >= length and _NAME_TAIL.fullmatch(word, length) and self._after_kin(
                        word[:length], word[length:], text[max(0, at - 40):at + 40]):
                    spans.append((at, at + length))
                    break
        for match in _HOUSE_OR_BROTHER.finditer(text) if _HOUSE_GATE.search(text) else ():
            given = match["v"]
            if not match["i"] and given in model.common_words and (
                    match["h"] or model.given_names.get(given, 0) < _HOUSE_WORD_GIVEN):
                continue  # `나이형`, `타이형` (a word's own `이`, not `카이형`); `부자네 집`
            if not (match["i"] and not has_final(given[1])) and given not in _NOT_HOUSEHOLDS and (
                    model.given_names.get(given, 0) >= 5 or model.given_plausible(given) and not model.plain_word(
                        given) and given not in model.common_words):
                spans.append(match.span("v"))
        for match in (*(_TOLD.finditer(text) if _TOLD_GATE.search(text) else ()),
                      *(_CALLED.finditer(text) if "라고 " in text else ())):
            value = match["v"]
            if match.end() == match.end("v") and not match.groupdict().get("q") and not text.startswith(
                    _GLOSSES, match.start() - 1):
                continue  # a bracket closes only a gloss (`(실명 여하린)`), not `별명 보리, 나이 3살`
            if _THING_BEFORE.search(text, max(0, match.start() - 8), match.start()) or match.groupdict().get(
                    "k") == "이름" and not match["p"] and value in model.common_words or not self._whose(text, match):
                continue  # `제품 이름은 '다온'`; a list of a pet's traits (`말티즈, 4살, 이름 '보리'`)
            if match.groupdict().get("k") in _LEGAL_NAME_WORDS and value in model.common_words:
                continue  # `한국명은 미정이다`: a person's own name word shields its value, so it must be name-shaped
            quoted = match.groupdict().get("q")
            if value not in _NOT_HOUSEHOLDS and (model.name_plausible(value) or model.given_plausible(
                    value) and not model.plain_word(value) or quoted and (value in self.foreign_words or len(
                        value) == 3 and value[0] in model.surnames and value not in model.words)):  # `'윤다올'`
                spans.append(match.span("v"))
        for match in _ANSWER.finditer(text) if _ANSWER_GATE.search(text) else ():
            value = match["v"]
            if value[0] in model.surnames and value not in model.words and value[:2] not in model.common_words \
                    and model.name_plausible(value):  # not `이번|달이요`
                spans.append(match.span("v"))
        for match in _NOUN_AFTER.finditer(text) if _NOUN_GATE.search(text) else ():
            value = match["v"]
            if value in model.words or word_and_suffix(model, value):
                continue  # `신인상 배우`: a word and its suffix
            if model.name_plausible(value) or len(value) == 3 and value[0] in model.surnames and model.given_plausible(
                    value[1:]) and not model.plain_word(value[1:]):
                spans.append(match.span("v"))

    def _whose(self, text: str, match: re.Match) -> bool:
        """Is a told or called value a person's by its context? `이름` (any thing's name) needs a full name for a
        value or a person's word before it (`제 이름은`, `딸 이름이`, `한국 이름이`, nothing: `이름은 '차은결'`), not
        `학교 이름은 '한빛'`, `태풍 이름은 '미탁'`; a name's own words (`본명`, `활동명`) need none. A call needs its
        object, if it has one, to be a person (`딸을 예린이라고 불러요`, not `이 동네를 서촌이라고`,
        `이걸 사랑이라고`)."""
        model, value, start = self.model, match["v"], match.start()
        if match.groupdict().get("k") is not None:
            if match["k"] != "이름" or len(value) >= 3 and value[0] in model.surnames and value not in model.words:
                return True
            before = _WORD_BEFORE.search(text[max(0, start - 12):start])
            if before is None or before["w"] in PERSON_WORDS or before["w"] in _LANGUAGES:
                return True
            word = before["w"]  # `팀장님`; a verb's modifier names no thing (`명찰에 적힌`, `할머니가 지어준`)
            return word.endswith("님") or len(word) > 1 and word not in model.words and _ends_in_n(word[-1])
        clause = _CLAUSE_END.split(text[max(0, start - 30):start])[-1]
        objects = [m["o"] or m["t"] for m in _OBJECT.finditer(clause)]
        return not objects or any(o.removesuffix("들") in PERSON_WORDS for o in objects)

    def _after_kin(self, value: str, tail: str, near: str) -> bool:
        """Is `value` (with `tail` after it in its word, `near` the text around) a name after a kin word?"""
        model = self.model
        if value in _NOT_AFTER_KIN or len(value) == 2 and value[1] in "에을를와과가" and model.second.get(
                value[1], 0) < _COMMON_SYLLABLE:
            return False  # `셋째 주에`, `둘째 날을`: a noun of one syllable and its particle
        if word_and_suffix(model, value):
            return False  # `사진이`, `친구들`, `나이가` (the last two in the foreign list's words too)
        if model.plain_word(value):
            # `엄마 릴리아나랑 딸 노라 사이`: a foreign name that is a word too, beside a foreign name only
            return value in self.foreign_words and any(
                w in self.foreign or w[:-1] in self.foreign or w[:-2] in self.foreign
                for w in _HANGUL_WORD.findall(near))  # a particle after it (`릴리아나랑`)
        if value in self.foreign or value in self.foreign_words and value not in model.words:
            return True  # `카를로스`: a foreign name and no word of the dictionary
        if len(value) == 2:
            if value in model.common_words:  # `딸 하나`, `아들 시후였어요`
                return model.given_names.get(value, 0) >= 5 and tail in _PERSON_TAILS
            if value in model.words:  # `손자 재롱이`, `아내 조언이`, `조카 공룡`: a word that no name has
                return model.given_name(value, word_too=True)  # `손자 도윤이`, `외손녀 채원이`
            return model.given_plausible(value)
        return value not in model.words and model.name_plausible(value)

    def titled_given(self, text: str, spans: list) -> None:
        """`윤해온` found ... `해온 배우`: the given name of a found full name before a title, a common word too; and
        a found name's alias and its mentions (`설가은(이하 설)` ... `설 “...`)."""
        model = self.model
        for match in _ALIAS.finditer(text) if "이하" in text or "以下" in text else ():
            if match["a"] in match["n"] and any(s <= match.start("n") < e for s, e in spans):
                spans.append(match.span("a"))  # a part of the name (its surname, its given name), not `(이하 "갑")`
                self._alias(text, match["a"], spans)
        carried: dict[str, set] = {}  # a found full name's given name -> the titles after the full name
        for s, e in spans:
            if e - s in (3, 4) and text[s] in model.surnames:
                title = _ANY_TITLE.match(text, e)
                carried.setdefault(text[e - 2:e], set()).update([_title(title["t"])] if title else ())
        for given, titles in carried.items():
            at = text.find(given)
            while at >= 0:
                if (at == 0 or not "가" <= text[at - 1] <= "힣") and _TITLED.match(text, at + 2) and not any(
                        s <= at < e for s, e in spans) and (  # not the name's own given name (`한 지원 님`)
                        given not in model.common_words or self._same_title(text, at, titles)):
                    spans.append((at, at + 2))
                at = text.find(given, at + 1)

    def _same_title(self, text: str, at: int, titles: set) -> bool:
        """Is a given name that is a common word too (`text[at:at + 2]`) before a title the found full name's, by
        its title? A word's other readings before a job's title are many (`영화 배우`, `동화 작가`, `보안 팀장님`, a
        review's probes): the title the full name carried (`곽태주 배우` ... `태주 배우는`, not `김영화 님` ...
        `영화 배우`), with its `님` if it had it always (not `박동화 작가님` ... `동화 작가`), or any where the full
        name had none (`출연: 한시후` ... `시후 배우`) or a title that a person's friend uses (`다솜 언니`,
        `지혜 선생님께`); never after a noun (`기술 지원 매니저`, `IT 지원팀장`: a department's name)."""
        before = _NOUN_BEFORE.search(text[max(0, at - 8):at])
        if before and (before["w"] is None or before["w"] in self.model.common_words):
            return False
        base, honored = _title(_ANY_TITLE.match(text, at + 2)["t"])
        if base in _FRIENDS_TITLES or not titles:
            return True
        return any(base == b and (honored or not h) for b, h in titles)

    @staticmethod
    def _alias(text: str, alias: str, spans: list) -> None:
        """The alias's mentions as a word of its own (a speaker's `설 “...`, `설:`); one syllable only where it opens
        a line or stands in brackets (a syllable alone is many words: `설 연휴`)."""
        mention = rf"(?<![가-힣]){alias}(?![가-힣])"
        if len(alias) == 1:
            mention = rf"(?:^|(?<=[(\[]))[ ]?{alias}(?=[ ]?[“\"':：)\]])"
        spans.extend((m.end() - len(alias), m.end()) for m in re.finditer(mention, text, re.M))


def told_name(text: str, start: int) -> bool:
    """Does a person's own name word stand right before `text[start:]` (`본명은 `, `(실명 `)? Such a value is a name,
    and the lone-word veto (`prep.pii.names_ko_alone`) must not take it for a word."""
    return _OWN_NAME_BEFORE.search(text, max(0, start - 8), start) is not None


def _household_word(model, value: str) -> bool:
    """Is `value` before `네 집` a word, not a name (a review's probes)? A dictionary word (`윗동|네`, `부잣집`), unless
    a given name at least as common as `_HOUSE_WORD_GIVEN` (`윤하`, `준호`); a compound of two words (`신혼|부부`,
    `동물|병원`; not `프리야`, whose `리야` is a word too) or one that ends in a place's syllable (`엄마손`,
    `건너편`); a kin or role word or a compound of them (`큰아버지`, `아줌마`, `언니오빠`); a verb's or an
    adjective's stem before the ending `-네` (`졸리네`, `심심하네`). Characters of tales and cartoons (`흥부네`,
    `뽀로로네`) stay where the lexicon lacks them: their names are a pet's or a child's too."""
    given = model.given_names.get(value, 0) >= _HOUSE_WORD_GIVEN
    if value in model.words and not given or value + "다" in model.words:
        return True
    if value[-1] in _HOUSE_HEADS or any(value[at:] in model.common_words for at in range(2, len(value) - 1)):
        return True
    if any(value.startswith(kin) or value.endswith(kin) for kin in _HOUSE_KIN):
        return True
    return value[-1] in _VERB_ENDS or value[-1] == "하" and (not given or value[:-1] in model.words)


def add_households(model, text: str, spans: list, one_syllable: bool = False) -> None:
    """`밍키네 집`, `조이네 부부`, `봄이네 집`: the person a household is named after; appended to `spans`.
    `one_syllable`: only one-syllable names with the familiar `-이` (`봄이네`), read again after the vetoes."""
    if "네 " not in text:
        return
    for match in _HOUSEHOLD.finditer(text):
        value, start = match["v"], match.start("v")
        if value in _NOT_HOUSEHOLDS or value[-1] in "님씨들" or value + "네" in model.words:
            continue  # `사장님네`, `동네`
        own = value[:-1]  # the familiar `-이` (`봄이`, `솔이`): the name is before it
        familiar = value[-1] == "이" and has_final(own[-1]) and own not in I_STEMS
        if familiar and len(own) > 1 and (_household_word(model, own) or len(own) == 2
                                          and not model.given_plausible(own)):
            continue  # `떡볶이네` (a food's `-이`), not `하랑이네`
        if familiar and (len(own) == 1 or own not in model.common_words):
            if len(own) == 1 or not one_syllable:
                spans.append((start, start + len(own)))
        elif not one_syllable and value not in model.common_words and not _household_word(model, value):
            # not `꽃집네`, `큰아버지네`, `심심하네` (a review's probes)
            spans.append(match.span("v"))
