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

# Kin and household words before a child's, a spouse's or a parent's name (one space between).
_KIN_WORDS = ("아들 딸 와이프 남편 아내 첫째 둘째 셋째 넷째 막내 막내딸 막내아들 큰딸 작은딸 "
              "큰아들 작은아들 외동딸 외아들 손자 손녀 외손자 외손녀 조카 엄마 아빠 동생 "
              "여동생 남동생 며느리 사위 쌍둥이 예비신랑 예비신부").split()
_KIN = re.compile(rf"(?<![가-힣])(?:{trie_pattern(_KIN_WORDS)})[ ](?P<w>[가-힣]{{2,8}})(?![가-힣])")
_KIN_GATE = re.compile(rf"(?:{trie_pattern(_KIN_WORDS)})[ ][가-힣]{{2}}")
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
    r"(?:네서|네에서|네[ ]집|네[ ]가족|(?<=이)형(?:이|은|도|한테|이랑)?)(?![가-힣])")
_HOUSE_GATE = re.compile(r"네서|네에서|네[ ][집가]|이형")
_NOT_HOUSEHOLDS = frozenset(
    "우리 저희 너희 친구 이모 고모 삼촌 언니 오빠 누나 동생 사촌 친척 옆집 이웃 조카 외가 친가 큰집".split())
# `설가은(이하 설)`, `김하준(이하 '하준')`: a found name's alias, a part of it; its other mentions are the person too.
_ALIAS = re.compile(r"(?P<n>[가-힣]{2,4})[ ]?\((?:이하|以下)[ ]?[\"'‘“]?(?P<a>[가-힣]{1,3})[\"'’”]?\)")
# A name told (`활동명 '다솜'은`, `이름은 '차은결'.`, `한국 이름이 정은인데`) or called (`은아라고 불러요`).
_NAME_WORDS = "이름|본명|활동명|예명|닉네임|별명|애칭|필명|세례명|가명"
_TOLD = re.compile(
    rf"(?<![가-힣])(?P<k>{_NAME_WORDS})(?P<p>이|은|는|도)?[ ]?[:：]?[ ]?(?P<q>['\"‘“])?(?P<v>[가-힣]{{2,4}}?)"
    r"(?(q)['\"’”]|(?:이었|였|이에요|예요|이야|야|입니다|이라고|라고|인데|이인데|이며|이고|이다|이래|래)(?![가-힣]{3}))")
_TOLD_GATE = re.compile(_NAME_WORDS)
# Whose name is told when it is a thing's (`제품 이름은 '다온'`, `강아지 이름이 초코`).
_THING_BEFORE = re.compile(
    r"(?:제품|상품|브랜드|서비스|회사|가게|상호|앱|팀|프로젝트|파일|폴더|강아지|고양이|반려견|반려묘|식당|카페|모델|노래|앨범|"
    r"게임|책|배|차|와이파이|계정|메뉴)(?:의)?[ ]?$")
_CALLED = re.compile(r"(?<![가-힣])(?P<v>[가-힣]{2})(?:이라고|라고)[ ](?:불러|부르|부른|불렀|부릅)")
# A transcript's caller answering with a name and a copula (`고객 옥진호고요 칠십구년...`, `고객: 네 마서윤이요`).
_ANSWER = re.compile(
    r"(?m)^[ \t]*(?:고객|상담사|상담원|보호자|민원인|신청인|환자|발신자)[ \t]*[:：]?[ \t]+(?:네[,.]?[ ]|저는[ ])?"
    r"(?P<v>[가-힣]{3,4}?)(?:이고요|고요|이구요|구요|이요|요|입니다|이에요|예요|인데요|이라고요|라고요)(?=[ .,!?\n]|$)")
_ANSWER_GATE = re.compile(r"(?:고요|구요|이요|입니다|에요|예요|인데요)(?:[ .,!?\n]|$)")
_HANGUL_WORD = re.compile(r"[가-힣]{2,}")
# After a given name that is a common word too: a particle that takes a person, a copula, a vocative.
_PERSON_TAILS = frozenset(
    "이랑 랑 한테 에게 하고 였어요 이었어요 예요 이에요 입니다 이고요 이는 이가 이도 이를 "
    "이한테 이랑은 랑은 아 야 이야".split())
# Words after a kin word that say whose or how many, never the name (`딸 하나`, `아들 녀석`, `막내 동생`).
_NOT_AFTER_KIN = frozenset("하나 둘이 셋이 녀석 친구 아이 애기 아기 가족 부부 내외 이름 사진 방 학교 생일".split())
# Person nouns after a full name that no title list holds (a space between).
_PERSON_NOUNS = ("어르신", "어르신께서", "사원", "배우", "배우님", "배우가", "배우는", "배우의", "배우님이", "배우님의")
_NOUN_AFTER = re.compile(
    rf"(?<![가-힣])(?P<v>[가-힣]{{3,4}})[ ](?:{trie_pattern(list(_PERSON_NOUNS))})"
    r"(?:이|가|은|는|을|를|의|도|과|와|께서|님|님이|님은|님의)?(?![가-힣])")
_NOUN_GATE = re.compile(r"[ ](?:어르신|사원|배우)")
# A title after a found name's given name, glued or after one space (`해온 배우`, `예나배우는`, `시온 님`).
# `님` and `씨` only after a space: glued they end words (`하나님`, `하나씩` after `김하나`).
_GIVEN_TITLES = ("배우님|배우|선배|후배|언니|누나|오빠|쌤|선생님|작가님|작가|선수|감독님|대리님|대리|과장님|과장|"
                 "팀장님|팀장|어르신|매니저님|매니저|자매님|자매|형제님|형제|집사님|집사|권사님|권사|성도님|성도|"
                 "장로님|장로|간호사님|간호사|실장님|실장|주임님|주임|사원")
_TITLE_PARTICLES = r"(?:이|가|은|는|을|를|의|도|과|와|께서|께|에게|한테|이랑|랑|도요|이요|요)?"
_TITLED = re.compile(rf"(?:[ ]?(?:{_GIVEN_TITLES})|[ ](?:님|씨)){_TITLE_PARTICLES}(?![가-힣])")


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
            if not (match["i"] and not has_final(given[1])) and given not in _NOT_HOUSEHOLDS and (
                    model.given_names.get(given, 0) >= 5 or model.given_plausible(given) and not model.plain_word(
                        given) and given not in model.common_words):
                spans.append(match.span("v"))
        for match in (*(_TOLD.finditer(text) if _TOLD_GATE.search(text) else ()),
                      *(_CALLED.finditer(text) if "라고 " in text else ())):
            value = match["v"]
            if _THING_BEFORE.search(text, max(0, match.start() - 8), match.start()) or match.groupdict().get(
                    "k") == "이름" and not match["p"] and value in model.common_words:
                continue  # `제품 이름은 '다온'`; a list of a pet's traits (`말티즈, 4살, 이름 '보리'`)
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
            if value not in model.words and (model.name_plausible(value) or len(value) == 3 and value[
                    0] in model.surnames and model.given_plausible(value[1:]) and not model.plain_word(value[1:])):
                spans.append(match.span("v"))

    def _after_kin(self, value: str, tail: str, near: str) -> bool:
        """Is `value` (with `tail` after it in its word, `near` the text around) a name after a kin word?"""
        model = self.model
        if value in _NOT_AFTER_KIN or len(value) == 2 and value[1] in "에을를와과가" and model.second.get(
                value[1], 0) < _COMMON_SYLLABLE:
            return False  # `셋째 주에`, `둘째 날을`: a noun of one syllable and its particle
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
        givens = {text[s:e][-2:] for s, e in spans if e - s in (3, 4) and text[s] in model.surnames}
        for given in givens:
            at = text.find(given)
            while at >= 0:
                if (at == 0 or not "가" <= text[at - 1] <= "힣") and _TITLED.match(text, at + 2) and not any(
                        s <= at < e for s, e in spans):  # not the name's own given name (`한 지원 님`)
                    spans.append((at, at + 2))
                at = text.find(given, at + 1)

    @staticmethod
    def _alias(text: str, alias: str, spans: list) -> None:
        """The alias's mentions as a word of its own (a speaker's `설 “...`, `설:`); one syllable only where it opens
        a line or stands in brackets (a syllable alone is many words: `설 연휴`)."""
        mention = rf"(?<![가-힣]){alias}(?![가-힣])"
        if len(alias) == 1:
            mention = rf"(?:^|(?<=[(\[]))[ ]?{alias}(?=[ ]?[“\"':：)\]])"
        spans.extend((m.end() - len(alias), m.end()) for m in re.finditer(mention, text, re.M))
