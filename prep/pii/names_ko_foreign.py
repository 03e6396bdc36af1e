"""Foreign names written in Hangul in Korean text (`제임스 오코너`, `응우옌 티 흐엉`, `샤르마 아르준`).

A run of two to four Hangul words of which one is a foreign given name or surname only (MeCab-ko-dic's person entries,
`data/names_ko_foreign.txt.gz`, built by `prep.pii.names_ko_build`) and the others foreign name words too (names
that are also other words, `~` in the file), beside a title or a role, a name on the same line, or in a record's
field, a table's cell or a gloss's bracket. `prep.pii.names_ko_context.MoreContexts.foreign_names` is the hook.
"""

from __future__ import annotations

import functools
import gzip
import itertools
import re
from pathlib import Path

from prep.pii.names_en_words import ORG_PAIRS, trie_pattern
from prep.pii.names_ko_cues import foreign_list
from prep.pii.names_ko_news import news_person
from prep.pii.names_ko_things import KO_THINGS
from prep.pii.names_ko_titles import MORE_TITLES

FOREIGN_PATH = Path(__file__).parent / "data" / "names_ko_foreign.txt.gz"

_HANGUL_AT = re.compile("[가-힣]")
_HANGUL_WORDS = re.compile(r"(?<![가-힣])[가-힣]{1,6}(?:[ ][가-힣]{1,6}){1,7}(?![가-힣])")  # a name may start 4th
# A title or role right after a foreign name (or after its particle).
_FOREIGN_TITLE = re.compile(
    rf"(?:{MORE_TITLES}|씨|님|교수|선수|감독|대표|기자|작가|박사|의원|대통령|총리|장관|대사|변호사|선생님?|코치|신부|목사|"
    r"대변인|특파원|보고관|사무총장|총재|회장|셰프|배우|가수)")
# A role right before a foreign name: `특별보고관 에밀리 브라운은`, `대변인 라훌 샤르마`.
_FOREIGN_ROLE_BEFORE = re.compile(
    r"(?:보고관|대변인|특파원|사무총장|총재|대사|교수|감독|선수|작가|기자|장관|대통령|총리)[ ]$")
# A field's colon, a table's bar or a gloss's bracket right before a foreign name, and the field's end after it.
_FOREIGN_FIELD_BEFORE = re.compile(r"(?:[:：|(]|^[-•·*])[ \t]*\Z", re.M)
_FOREIGN_FIELD_AFTER = re.compile(r"[ \t]*(?:[|)(/,]|\n|\Z)")
# ... not a thing's field (`브랜드: 루이 비통`, `모델: 갤럭시 노트`, `와인: 샤토 마고`).
_THING_KEY = re.compile(
    r"(?:브랜드|상품명?|제품명?|품명|모델명?|메뉴|와인|꽃|영화|작품|곡명?|노래|앨범|게임|캐릭터|상호|도서|책|향수|차종)"
    r"[ \t]*[:：|]")
# Round 18: countries and nationalities in Hangul, as a report brackets them after a foreign person's name (`에반스
# 키프로노(케냐)`, `킴 부탱(캐나다)`) or a caption after a role (`데이비드 킴 / 관광객(미국)`).
COUNTRIES = (
    "한국|북한|미국|캐나다|멕시코|브라질|아르헨티나|칠레|페루|콜롬비아|베네수엘라|우루과이|파라과이|에콰도르|볼리비아|쿠바|"
    "자메이카|영국|잉글랜드|스코틀랜드|웨일스|아일랜드|프랑스|독일|스페인|포르투갈|이탈리아|네덜란드|벨기에|스위스|오스트리아|"
    "덴마크|노르웨이|스웨덴|핀란드|아이슬란드|폴란드|체코|슬로바키아|헝가리|루마니아|불가리아|그리스|튀르키예|터키|세르비아|"
    "크로아티아|슬로베니아|보스니아|우크라이나|러시아|벨라루스|조지아|에스토니아|라트비아|리투아니아|중국|대만|홍콩|일본|몽골|"
    "베트남|태국|필리핀|인도네시아|말레이시아|싱가포르|캄보디아|라오스|미얀마|인도|파키스탄|방글라데시|네팔|스리랑카|"
    "우즈베키스탄|카자흐스탄|키르기스스탄|이란|이라크|이스라엘|사우디아라비아|카타르|요르단|레바논|시리아|이집트|모로코|"
    "알제리|튀니지|나이지리아|가나|케냐|에티오피아|남아공|남아프리카공화국|세네갈|카메룬|코트디부아르|호주|뉴질랜드|"
    "美|英|中|日|佛|獨|러|"
    "미국인|영국인|중국인|일본인|프랑스인|독일인|캐나다인|호주인|러시아인|베트남인|외국인"
)
_COUNTRY_AFTER = re.compile(  # then a particle, a time, a medal or the end: not a marque's product (`(독일) 판매량`)
    rf"\((?:{COUNTRIES})\)"
    r"(?:(?:은|는|이|가|의|와|과|도|를|을)(?![가-힣])|[ ]?(?:[\d,.·/!?)\n]|$)"
    r"|[ ](?:금|은|동|금메달|은메달|동메달|우승|준우승|선수|감독|코치)(?![가-힣]))")
_CAPTION_AFTER = re.compile(rf"[ ]?/[ ]?[가-힣]{{1,8}}\((?:{COUNTRIES})\)")  # a caption's role: a person's
# An age right after the name, then a particle or nothing: `다카하시 료(45)가` (a club's score has no sure name word).
_AGE_NEXT = re.compile(r"\((?:[1-9]\d세?|\d{1,3}세)\)(?:씨|가|는|이|은|의|를|을|와|과|도)?(?![가-힣])")
# ... not on a line of a match report, where a club's points or goals stand in that bracket (`애스턴 빌라(12)가 홈에서`)
_MATCH_LINE = re.compile(r"\d[-:]\d|승점|득점|골|홈|원정|경기|이겼|졌다|무승부|리그|순위|위\)")
# ... nor a count on a list of things (review: `하우스 샐러드(12), 몬스터 버거(15)`, `- 갤럭시 탭(24)`, `몬스터 쿠키(30)
# 남았습니다`): an age is followed by a particle or a sentence's mark, on a line of no menu, order or stock
_COUNT_AFTER = re.compile(r"[ ]?\(\d")
_AGE_END = re.compile(r"\([^)]*\)(?:(?:씨|가|는|이|은|의|를|을|와|과|도)(?![가-힣])|[ ]?(?:[.,!?\n]|$))")
_COUNT_LIST = re.compile(r"메뉴|카테고리|예약|재고|주문|판매|수량|남았|모음")  # (`료(45)가 ... 이수민(27)씨`: people)
# The name in Latin letters in a bracket after or before the Hangul (`마르코 로시(Marco Rossi)`, `Kato Yumi (가토
# 유미)`).
_LATIN = r"(?P<l>[A-Z][A-Za-z'’-]+(?:[ ][A-Z][A-Za-z'’-]+){1,3})"
_LATIN_AFTER, _LATIN_BEFORE = re.compile(rf"[ ]?\({_LATIN}\)"), re.compile(rf"{_LATIN}[ ]?\($")
# Roles of people (not of clubs or brands) right before a foreign name: the newsroom's sports and stage roles and the
# household's, the office's and the agency's (`에이전트 마르코 로시가`, `간병인 리우 메이`, `외국인 선수
# 라몬 페레이라와`).
_PERSON_ROLES = (
    "에이전트|간병인|요양보호사|통역사|통역|트레이너|매니저|리더|보컬|래퍼|신부|신랑|남편|아내|유학생|근로자|노동자|선교사|"
    "수녀|도우미|관광객|교환학생|연구원|엔지니어|프로듀서|작곡가|배우|가수|모델|선수|감독|코치|공격수|수비수|미드필더|"
    "골키퍼|투수|타자|포수|세터|리베로|가드|포워드|센터|용병|교수|강사|기자|작가|대사|대변인|특파원|장관|대통령|총리"
)
_ROLE_BEFORE = re.compile(rf"(?<![가-힣])(?:{_PERSON_ROLES})[ ]$")
# ... of which the ones that never head a thing's name, for two words that are other words too (review: not `센터 블루
# 라인`, `리더 블루 팀`, `모델 스위트 룸`, `남편 레드 와인`, `유학생 게스트 하우스`)
_PERSON_ONLY_ROLE_BEFORE = re.compile(
    r"(?<![가-힣])(?:에이전트|간병인|요양보호사|통역사|통역|트레이너|보컬|래퍼|신부|신랑|근로자|노동자|선교사|수녀|도우미|"
    r"관광객|교환학생|엔지니어|프로듀서|작곡가|배우|가수|선수|감독|코치|공격수|수비수|미드필더|골키퍼|투수|타자|포수|세터|"
    r"리베로|포워드|용병|교수|강사|기자|작가|대사|대변인|특파원|장관|대통령|총리)[ ]$")
# What follows a person's name in a sentence: a particle, a punctuation mark, the line's end.
_PARTICLES = "이|가|은|는|을|를|의|와|과|도|에게|한테|께서|께"
_PERSON_NEXT = re.compile(
    rf"(?:{_PARTICLES}|이다|였다|이라고|라고)(?![가-힣])|[ ]?(?:[,.(\"'“”‘’!?\n·/]|$)")
# ... not a noun after it (a club's or a brand's: `모델 캘빈 클라인 화보`)
_HONORIFIC_AFTER = re.compile(rf"[ ]?(?:씨|님|여사님|여사|선생님)(?:{_PARTICLES})?(?![가-힣])")
# What a document needs before runs of two words that are other words too are read (speed).
# A role or a told name's owner (a trie: `re` skips to the words' first syllables), or after a bracket's literal, a
# Latin gloss or a caption's role: where such a run may stand (speed).
_WEAK_WORDS = re.compile("(?:" + trie_pattern(
    [*_PERSON_ROLES.split("|"), *"이름 본명 성함 와이프 남친 여친 애인".split()]) + ")[은는이가]?[ ]")
_WEAK_BRACKET = re.compile(r"[A-Za-z][ ]?[()]|/[ ]?[가-힣]{1,8}\(")
_NAME_LABEL_BEFORE = re.compile(r"(?:성명|이름|성함|본명)(?:은|는|이)?[ \t]*[:：]?[ \t]*\Z")
# A name told after who it is (`신부는 사라 킴이라고`, `본명은 로사 마르티네스예요`, `남편 이름이 케빈 리래`).
_TOLD_BEFORE = re.compile(r"(?:신부|신랑|남편|아내|와이프|남친|여친|애인|이름|본명|성함)(?:은|는|이|가)[ ]\Z")
_TOLD_TAIL = re.compile(r"(?:이라고|라고|이래|래|예요|이에요|에요|입니다)$")
_TOLD_AFTER = re.compile(r"(?:이)?(?:라고|래|란다|라는|예요|에요|이에요|입니다|이래|였어|이었어)(?![가-힣])")
# Round 18: a box score's item after a found name (`안영준 17`, `김연경 28득점`) makes its line one of players: each
# item there is a name, a one-word foreign one too (`SK: 워니 30, 안영준 17`, `GS칼텍스 실바 31득점, 유서연 9득점`).
_SCORE_AFTER = re.compile(r"[ ]\d{1,3}(?:득점|점|골)?(?=[ ]?[,/·](?!\d)|[ \t]*(?:\n|$))")  # not `1,200,000원`
_SCORE_ITEM = re.compile(r"(?<![가-힣])(?P<v>[가-힣]{2,5})[ ]\d{1,3}(?:득점|점|골)?(?=[ ]?[,/·](?!\d)|[ \t]*$)")
# A line-up's line (`3 좌익수 페라자`): a batting order or a number, a position, a name, nothing after.
_POSITIONS = "중견수|좌익수|우익수|1루수|2루수|3루수|유격수|포수|지명타자|투수|선발투수|골키퍼|수비수|미드필더|공격수"
_LINEUP_BEFORE = re.compile(rf"(?m)^[ \t]*\d{{1,2}}[.)]?[ ](?:{_POSITIONS})[ ]\Z")
_LINEUP = re.compile(rf"(?m)^[ \t]*\d{{1,2}}[.)]?[ ](?:{_POSITIONS})[ ](?P<v>[가-힣]{{2,5}})[ \t]*$")
# Particles a foreign name's last word may carry (`응우옌 티 흐엉은`).
_FOREIGN_TAIL = re.compile(r"(?:씨|님)?(?:이랑|랑|에게|한테|께서|과|와|은|는|이|가|을|를|의|도)?$")

@functools.cache
def load_foreign(path: Path = FOREIGN_PATH) -> tuple[frozenset[str], frozenset[str]]:
    """Foreign given names and surnames in Hangul: (names only, names that are also other words);
    `python -m prep.pii.names_ko_build` rebuilds them."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            words = fh.read().split()
    except FileNotFoundError:
        raise ValueError(f"{path} is missing: rebuild it with `python -m prep.pii.names_ko_build`") from None
    return frozenset(w for w in words if w[0] != "~"), frozenset(w[1:] for w in words if w[0] == "~")


class ForeignNames:
    """`add(text, spans, tokens)`: runs of foreign name words that a context makes a person's, appended to `spans`."""

    def __init__(self, model, foreign: frozenset[str], foreign_also_words: frozenset[str]):
        self.model, self.foreign, self.foreign_also_words = model, foreign, foreign_also_words
        self._gate: dict[str, bool] = {}  # a Hangul word -> a foreign name only (+ a particle)
        self._foreign_words: dict[str, tuple[str, bool, bool, bool]] = {}  # `_foreign_word`

    def add(self, text: str, spans: list, tokens: set[str]) -> None:
        """Two to four Hangul words in a row that are foreign name words of the lexicon, one of them a
        name only (`제임스 오코너`, `무함마드 알리 라자`, `응우옌 티 흐엉은`; a particle stays outside)."""
        strong, gate, words_read = self.foreign, self._gate, self._foreign_words  # `tokens`: the text's Hangul words
        if spans:
            roster_names(self.model, strong, text, spans)  # round 18: `SK: 워니 30, 안영준 17`, `3 좌익수 페라자`
        try:
            near = max(map(gate.__getitem__, tokens), default=0)
        except KeyError:
            if len(gate) > 100_000:
                gate.clear()
            weak = self.foreign_also_words
            gate.update((w, 2 if w in strong or w[:-1] in strong or w[:-2] in strong else
                         int(w in weak or w[:-1] in weak or w[:-2] in weak)) for w in tokens - gate.keys())
            near = max(map(gate.__getitem__, tokens), default=0)
        if not near or near == 1 and not (_WEAK_WORDS.search(text) or "(" in text and _WEAK_BRACKET.search(text)):
            return  # a run needs a word that is a foreign name only (a particle of one or two syllables after it), or
            # (round 18) two that are other words too and a context sure of a person: a role, an honorific, a gloss
        found, doubtful, runs = list(spans), [], []
        for match in _HANGUL_WORDS.finditer(text):
            words = match.group().split(" ")
            at, i = match.start(), 0
            offsets = [0, *itertools.accumulate(len(w) + 1 for w in words)]  # where each word starts in the match
            read = [words_read.get(w) or self._foreign_word(w) for w in words]
            while i < len(words) - 1:
                j, end, sure = i, 0, 0
                while j < len(words) and j - i < 4:
                    bare, usable, short, strong_name = read[j]
                    if not usable or short and j in (i, len(words) - 1):  # `뮐러 선수`: no title in the name
                        break
                    sure += strong_name
                    end = offsets[j] + len(bare)
                    j += 1
                    if bare != words[j - 1]:
                        break
                start = at + offsets[i]
                if j - i >= 2 and sure and self._person_context(text, start, at + end, found):
                    spans.append((start, at + end))
                    doubtful.append((start, at + end))  # a list's other names still read beside it
                    if sure == j - i:
                        runs.append((start, at + end))  # all names only: its other mentions are the person's
                    i = j
                else:
                    if j - i >= 2 and sure:
                        doubtful.append((start, at + end))
                    wider = read[i][1] and self._wider_run(text, words, read, at, offsets, i)  # round 18
                    if wider:
                        spans.append(wider)
                        doubtful.append(wider)
                        runs.append(wider)
                    i += 1
                    while wider and i < len(words) and at + offsets[i] < wider[1]:
                        i += 1
        spans.extend(foreign_list(text, doubtful))
        if runs:
            spans.extend(called_back(self.model, self.foreign, text, runs))

    def _foreign_word(self, word: str) -> tuple[str, bool, bool, bool]:
        """What `add` reads of a word alone: (the word less a particle, a foreign name word and no
        title, shorter than two syllables, a foreign name only), kept per word."""
        strong, weak = self.foreign, self.foreign_also_words
        bare = word if word in strong or word in weak else _FOREIGN_TAIL.sub("", word)
        usable = (bare in strong or bare in weak) and not _FOREIGN_TITLE.fullmatch(bare)
        if len(self._foreign_words) > 100_000:
            self._foreign_words.clear()
        read = self._foreign_words[word] = (bare, usable, len(bare) < 2, bare in strong and len(bare) >= 2)
        return read

    def _wider_run(self, text: str, words: list, read: list, at: int, offsets: list, i: int) -> tuple | None:
        """Round 18: a run the reading above does not take, where a context sure of a person stands beside it: two
        foreign name words that are other words too (`마르코 로시`, `사토 미나미`) after a person's role or before an
        honorific or the name in Latin letters; a sure foreign name word beside a word the lexicon lacks (`안드레스
        비달레스(스페인)`) or beside a one-syllable one (`킴 부탱(캐나다)`, `다카하시 료(45)가`) before a country, an
        age, a role's title, or in a name's field. Returns the run's (start, end) or None."""
        model, strong = self.model, self.foreign
        bare, usable, short, strong_name = read[i]
        if not usable or short and bare not in strong or bare != words[i] \
                or not strong_name and bare in model.words and i + 1 < len(words) and read[i + 1][3]:
            return None  # not a Korean word before a sure name word (`우승 프란시스코`, `세트 젠지`): that one starts
        j, sure, unknown, end = i + 1, strong_name, 0, 0
        while j < len(words) and j - i < 4:
            bare, usable, short, strong_name = read[j]
            if usable and short and not strong_name and words[j] in model.words:
                break  # a one-syllable name word glued into a word (`아님`, `전이`)
            told = _TOLD_TAIL.sub("", words[j]) if not usable else ""
            if told in strong:  # a name-only word told (`킴이라고`, `산토스라고`; not `팬이래`, `요리라고`)
                bare, short, strong_name = told, len(told) < 2, told in strong and len(told) >= 2
            elif not usable:
                bare = told if told != words[j] else _FOREIGN_TAIL.sub("", words[j])  # (`파티라고`: `파티`, a word)
                if unknown or not (read[j - 1][3] or j + 1 < len(words) and read[j + 1][3]) or len(bare) < 2 \
                        or bare in model.words or _FOREIGN_TITLE.fullmatch(bare):
                    break
                unknown = 1  # a word the lexicon lacks, beside a sure one (`비달레스`, `키프로노`)
            sure += strong_name
            end = offsets[j] + len(bare)
            j += 1
            if bare != words[j - 1] or short:
                break
        if j - i < 2 or unknown and not sure:
            return None
        start, end, n = at + offsets[i], at + end, j - i
        before = text[max(0, start - 8):start]
        line_start = text.rfind("\n", 0, start) + 1
        line_end = max(text.find("\n", end) % (len(text) + 1), end)
        age = sure and _AGE_NEXT.match(text, end)
        aged = age and _AGE_END.match(text, end) and not _MATCH_LINE.search(text, line_start, line_end) \
            and not _COUNT_LIST.search(text, line_start, line_end) \
            and (text[line_start:start].strip(" -•·*\t") or text[age.end():line_end].strip())  # not a list's item
        # alone on its line (`- 갤럭시 탭(24)`)
        if unknown:  # a word the lexicon lacks: a country, an age, a gloss or a name's field only (not `다이치
            # 퍼스트세븐` in a bracket, `혜진 매니저님`, `애들 데리고 어린이대공원`)
            sure_context = aged or _latin_gloss(text, start, end, n) or _NAME_LABEL_BEFORE.search(before)
            # (a country after a sure word and any word is a product's origin: review, `산토스 블렌드(브라질)`)
            return (start, end) if sure_context else None
        role_next = _PERSON_NEXT.match(text, end) or _HONORIFIC_AFTER.match(text, end)
        person_role = _PERSON_ONLY_ROLE_BEFORE.search(before)
        country = _COUNTRY_AFTER.match(text, end) and sure \
            and not any(read[k][0] in KO_THINGS for k in range(i, j))  # not a product's origin (`갤럭시 노트(한국)`)
        glossed = _latin_gloss(text, start, end, n) and (  # review: a gloss and one more sign (not `미키 마우스(Mickey
            # Mouse)`, `아스톤 빌라(Aston Villa)`, `헬로 키티(Hello Kitty)`)
            person_role or country or aged or _english_person(text, start, end))
        if _TOLD_BEFORE.search(before) and _TOLD_AFTER.match(text, end) \
                or person_role and role_next and len(read[j - 1][0]) >= 2 \
                or glossed or _CAPTION_AFTER.match(text, end):
            return start, end  # (`선수 블루 팀과`: a one-syllable last word after a role is a thing's)
        if not sure:
            return None
        if country or aged \
                or sure >= 2 and _ROLE_BEFORE.search(before) \
                or _HONORIFIC_AFTER.match(text, end) \
                or _FOREIGN_TITLE.match(text[end:end + 6].lstrip()) or _NAME_LABEL_BEFORE.search(before):
            return start, end  # after `공격수`, two sure words need no particle (`히카르두 알메이다 영입`)
        field = _FOREIGN_FIELD_BEFORE.search(text, max(0, start - 4), start) and _FOREIGN_FIELD_AFTER.match(text, end)
        field = field and not _COUNT_AFTER.match(text, end)  # a list's item and its count (`- 갤럭시 탭(24)`)
        return (start, end) if field and not _THING_KEY.search(text, text.rfind("\n", 0, start) + 1, start) else None

    def _person_context(self, text: str, start: int, end: int, found: list) -> bool:
        """Is a foreign-looking run a person's name here: a title follows (`리우 펑 성도`) or a name
        found otherwise stands on the same line (`봉사자 명단: 강기쁨 제임스 오코너 안한별`)? Alone,
        loanwords of the dictionary's person names pass too (`호스트 이름`, `커밋 그래프`)."""
        after = text[end:end + 6].lstrip()
        if _FOREIGN_TITLE.match(after) or _FOREIGN_ROLE_BEFORE.search(text, max(0, start - 8), start) \
                or news_person(text, start, end):  # `공격수 해리 케인`, `마르코 베른스(27)` (round 15)
            return True
        if _FOREIGN_FIELD_BEFORE.search(text, max(0, start - 4), start) and _FOREIGN_FIELD_AFTER.match(text, end) \
                and not _THING_KEY.search(text, text.rfind("\n", 0, start) + 1, start):
            return True  # a record's field or a table's cell (`담당: 샤르마 아르준 (신규)`, `| 아이작 오콘쿼 |`)
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start:line_end].strip(" -•·*\t") == text[start:end]:  # a list item: a name on the line beside
            line_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
            line_end = text.find("\n", line_end + 1)
            line_end = len(text) if line_end < 0 else line_end
        return any(line_start <= a and b <= line_end for a, b in found)


def _latin_gloss(text: str, start: int, end: int, n: int) -> bool:
    """Is the run at `text[start:end]` of `n` words glossed by as many Latin words in a bracket beside it?"""
    match = _LATIN_AFTER.match(text, end) or _LATIN_BEFORE.search(text, max(0, start - 40), start)
    return match is not None and match["l"].count(" ") + 1 == n and match["l"].lower() not in ORG_PAIRS
    # a marque named after a person is no person (`루이 비통(Louis Vuitton)`, `랄프 로렌(Ralph Lauren)`)


_NOT_PERSON_GLOSS = frozenset("mister mr miss captain doctor dr king queen lord lady sir saint".split())


def _english_person(text: str, start: int, end: int) -> bool:
    """Is the Latin gloss beside the run a first name and a surname that the English name detector finds as a person
    in a sentence (`Marco Rossi`, `Audrey Hepburn`; not `Mickey Mouse`, `Aston Villa`, `Mister Bean`)?"""
    from prep.pii.names_en import shared_detector  # the English reader is loaded only where a gloss stands
    from prep.pii.names_en_compounds import NAMED_LIKE_PEOPLE

    match = _LATIN_AFTER.match(text, end) or _LATIN_BEFORE.search(text, max(0, start - 40), start)
    gloss = match["l"]
    if gloss.split(" ", 1)[0].lower() in _NOT_PERSON_GLOSS or gloss.lower() in NAMED_LIKE_PEOPLE:
        return False
    sentence = f"Yesterday I met {gloss} at the station."
    return any(sentence[a:b] == gloss for a, b, _ in shared_detector().find(sentence))


def called_back(model, foreign: frozenset[str], text: str, runs: list) -> list:
    """Round 18: a found foreign name's other mentions in the document: the whole name again (`"라몬 페레이라는`) or its
    last word alone where that is a foreign name only (`알메이다와 2년 계약`), with a particle or nothing after."""
    found = []
    for start, end in runs:
        name = text[start:end]
        if " " not in name:
            continue
        last = name.rsplit(" ", 1)[1]
        for word in (name, last) if len(last) >= 2 and last in foreign and last not in model.words else (name,):
            at = text.find(word)
            while at >= 0:
                after = at + len(word)
                if (at == 0 or not _HANGUL_AT.match(text, at - 1)) and _PERSON_NEXT.match(text, after) \
                        and not (start <= at < end):
                    found.append((at, after))
                at = text.find(word, after)
    return found


_ROAD_WORD = re.compile(r"(?:로|길|대로|번길)$")


def roster_names(model, foreign: frozenset[str], text: str, spans: list) -> None:
    """Round 18: the items of a box score's line and the names of a line-up where one of them is a found name (a
    one-word foreign name, `실바`, `페라자`, stands there with nothing else to tell it). Review: only a word of the
    foreign lexicon's names only, not a word (`기권 40`, `2 유격수 대기`), a brand (`갤럭시 95`) or a road before its
    building number (`3, 논현로 85`); a Korean name there is `names_ko_stats`'s."""
    lines, lineup = set(), False
    for start, end in list(spans):
        if _SCORE_AFTER.match(text, end):
            lines.add(text.rfind("\n", 0, start) + 1)
        elif not lineup and _LINEUP_BEFORE.search(text, max(0, start - 12), start):
            lineup = True
    found = []
    for line_start in lines:
        line_end = text.find("\n", line_start)
        found.extend(_SCORE_ITEM.finditer(text, line_start, len(text) if line_end < 0 else line_end))
    if lineup:
        found.extend(_LINEUP.finditer(text))
    spans.extend(m.span("v") for m in found if m["v"] in foreign and m["v"] not in KO_THINGS
                 and m["v"] not in model.words and not model.plain_word(m["v"]) and not _ROAD_WORD.search(m["v"]))
