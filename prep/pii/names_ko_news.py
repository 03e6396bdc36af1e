"""Korean names as news, media and chat text write them (round 15).

Readings the other modules lack:

- **a one-syllable given name with the hypocoristic `-이`** (`솔이가`, `혁이한테`, `별이는`): after a syllable with
  a final consonant, `이` then a second particle is no grammar a noun has (a noun takes `솔은`, `밥도`, `책을`),
  so the `이` is the familiar suffix of a name. The syllable must end given names in the lexicon, and the stems
  that take the derivational or causative `-이` (`길이는` length, `줄이는` reducing) stay out. The vocative `-아`
  after such a syllable with a dark vowel says the same (`별아`, `결아`): a verb's `-아` follows only ㅏ ㅑ ㅗ ㅘ ㅛ
  (`잡아`, `남아`). A syllable that is a common noun itself (`별`, `금`, `손`) or whose `X이` is a word (`종이`, `송이`,
  `난이도`) needs a person's mark of its own (a kin word beside, the animate `한테`, a chat's call or lines). The rest
  of the document gets only the mentions of the same shape or with such a mark (not `별이 빛나는`). Measured on the
  tuning sets: Korean person recall t14 0.842 -> 0.849, v23 0.935 -> 0.948, v22 0.938 -> 0.942, v12 0.957 -> 0.960,
  v5 0.976 -> 0.979; no clean row changed.
- **a foreign name written in Hangul in a report** (`공격수 해리 케인이`, `베른스(27·FC 바젤)가`, `배우 에마
  스톤은`): `prep.pii.names_ko_context.MoreContexts.foreign_names` reads a run of foreign name words; a role noun
  of sports and entertainment before it with a particle or the clause's end after it (not a brand: `모델 캘빈 클라인
  화보`), or a report's age with a team in brackets after it, says it is a person.
- **a given name before a trade's role and `님`** (`지민 상담사님`), **before a newsroom's role** (`솔희 아나운서가`),
  **in a greeting's self-introduction** (`안녕하세요, 하람입니다`), **as the subject of a person's voice** (`도윤이
  "..."라고 말했다`), and **a members' or a cast's list** (`멤버 세인, 도아, 유담의`).
- **a report's layouts**: a credit's name after `=` (`사진 = 구하람`), a scorer's or a substitute's before the minute
  (`도하 23'`, `하민(후반 30분)`), a roster's foreign player beside a found name (`양재민 / 19 카이오`).
- **an interview's script**: a name that opens two or more answers where a question's or a host's line opens others
  (`Q. ...` / `윤슬: ...`).
"""

from __future__ import annotations

import functools
import re

from prep.pii.names_ko_layouts import has_final

# After `S이`: particles a noun never takes after `이` (`가`, `를`, `도`, `의` ...); `는` is also a verb's ending
# (`줄이는`), which the stems below keep out. Not `랑`/`나`/`야`/`네`: `형이랑`, `책이나`, `봄이네` are grammar.
_PARTICLES = "가|는|도|를|와|의|만|한테|에게|하고|보고|한테도|에게도|까지|처럼|부터"
_PET = re.compile(rf"(?<![가-힣])(?P<v>[가-힣])이(?:{_PARTICLES})(?![가-힣])")
_PET_GATE = re.compile(r"이(?:가|는|도|를|와|의|만|한테|에게|하고|보고|까지|처럼|부터)(?![가-힣])")
# Stems that take the derivational `-이` (`길이`, `놀이`, `먹이`) or the causative/passive `-이-` (`줄이다`,
# `죽이다`, `숙이다`, `박이다`): with `이` after them the word is that noun or verb. Plus `님` (`님이` you), `형` and
# `년` (`형아`, a kin word; `년아`, an insult).
_I_STEMS = frozenset("길들줄늘죽녹숙삭먹속졸절끓붙높쌓놓섞묶꺾닦볶덮박꽂썩굽깎낚깊넓놀벌살풀받잡맞돌굳같많없곧님형년")
# The vocative `-아` after a syllable with a final consonant (`별아`, `결아`); a verb's ending `-아` follows only the
# bright vowels ㅏ ㅑ ㅗ ㅘ ㅛ (`잡아`, `남아`, `놀아`), so those syllables are left to the hypocoristic reading; a word
# (`육아`, `원아`) or a given name of two syllables (`윤아`, `진아`: read whole by `prep.pii.names_ko`) is no vocative.
_VOCATIVE = re.compile(r"(?<![가-힣])(?P<v>[가-힣])아(?![가-힣])")
_BRIGHT_VOWELS = frozenset((0, 2, 8, 9, 12))  # ㅏ ㅑ ㅗ ㅘ ㅛ: the medial vowel's index in a Hangul syllable
# Given-name endings in the lexicon needed for a one-syllable given name.
_MIN_ENDS = 5
_HANGUL_RUN = re.compile(r"[가-힣]*")
# One-syllable common nouns: their `-이가` is a web spelling of the noun's subject (`금이가 간`, `손이가요`) and
# their `-아` a lyric's call (`별아 별아`, `섬아 외로운 섬아`), so they need a person's mark of their own
# (`_person_marks`), as does a syllable whose `X이` is a word of the dictionary (`종이`, `송이`, `전이`, `석이`;
# `난이도`).
_NOUN_SYLLABLES = frozenset(
    "손돈산일금정별봄빛철연상방병공통섬결술양장달선점복발갑벽탄판솔목명동중봉옹능송종경식전천난석"
    "곰꿈넋몸맘밤낮땅물불꽃눈귀입힘칼총책집문벌줄굴닭콩쌀밥떡국옷신등숲강길돌궁글말")
_KIN = "엄마|아빠|어머니|아버지|언니|오빠|누나|형|동생|친구|할머니|할아버지|이모|고모|삼촌|선생님|담임"
# A chat's line: a speaker slot or a time stamp first (`[지훈] [오후 2:14]`, `11:51, 소희 :`, `누리: `).
_CHAT_LINE = re.compile(
    r"(?m)^(?:\[[^\]\n]{1,12}\][ ]?\[(?:오전|오후)?[ ]?\d{1,2}:\d{2}\]|[^\n]{0,30}\d{1,2}:\d{2},[ ]?[가-힣]{1,5}[ ]?:"
    r"|[가-힣]{1,5}[ ]?:[ ])")
_KIN_BEFORE = "우리[ ]아기|우리[ ]딸|우리[ ]아들|막내|첫째|둘째|셋째|엄마|아빠|언니|오빠|누나|동생|친구"

# A role of sports, music, film and broadcasting right before a foreign name (`공격수 해리 케인`, `배우 에마
# 스톤`); nationality or team words may stand between (`미국 배우`), so only the role next to the name is read.
_NEWS_ROLES = (
    "공격수|수비수|미드필더|골키퍼|윙어|스트라이커|풀백|센터백|윙백|원톱|투수|타자|포수|내야수|외야수|유격수|"
    "지명타자|마무리|선발|가드|포워드|세터|리베로|공격수인|주장|주포|에이스|신인|용병|외국인|선수|감독|코치|"
    "배우|가수|래퍼|모델|멤버|팝스타|배우인|작곡가|프로듀서|디자이너|셰프|코미디언|유튜버|방송인|진행자|앵커|"
    "소설가|시인|화가|사진작가|연출가|안무가|댄서|피아니스트|바이올리니스트|첼리스트|지휘자|성악가|"
    "테너|소프라노|기수|복서|파이터|골퍼|레이서|후보|대통령|총리|장관|대변인|교수|박사|기자|작가"
)
_NEWS_ROLE_BEFORE = re.compile(rf"(?<![가-힣])(?:{_NEWS_ROLES})[ ]$")
# A person's continuation right after the name: a particle, a comma, a bracket, a quote or the clause's end (`공격수
# 해리 케인이`, `배우 에마 스톤은`); a noun after it is a brand's or a club's (`모델 캘빈 클라인 화보`, `X 소속`).
_PERSON_NEXT = re.compile(
    r"(?:이|가|은|는|을|를|의|와|과|도|에게|한테|께서|씨|이다|였다)(?![가-힣])|[ ]?(?:[,.(\"'“”‘’!?\n]|$)")
# A report's age with a team or a job in brackets right after the name: `(24·맨체스터 시티)`, `(31, 미국)`; a number
# alone is an age only after a role (`마르코 베른스(27)가`), for a club's score or points read the same (`(12)가`).
_AGE_AFTER = re.compile(r"\(\d{1,3}(?:세)?[·,][ ]?[^()\n]{1,20}\)")
_NUMBER_AFTER = re.compile(r"\(\d{1,3}(?:세)?\)(?:씨|는|가|이|은)?(?![가-힣])")


def pet_names(model, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` and, sorted in, each one-syllable given name with the hypocoristic `-이` (`솔이가`, `혁이한테`) or the
    vocative `-아` (`별아`, `결아`), and the name's other mentions of the same shape or with a person's mark."""
    pet, vocative = _PET_GATE.search(text), "아" in text and _VOCATIVE.search(text)
    if not pet and not vocative:
        return spans
    found, marked, chat = set(), {}, len(_CHAT_LINE.findall(text)) >= 2
    for match in (*(_PET.finditer(text) if pet else ()), *(_VOCATIVE.finditer(text) if vocative else ())):
        one = match["v"]
        if one in _I_STEMS or not has_final(one) or model.second.get(one, 0) < _MIN_ENDS:
            continue
        if match.re is _PET and text.startswith("?", match.end()):  # `니 집이가?`: a dialect's question
            continue
        if match.re is _VOCATIVE and ((ord(one) - 0xAC00) // 28 % 21 in _BRIGHT_VOWELS
                                      or one + "아" in model.words or one + "아" in model.given_names):
            continue  # `잡아`; `육아`, `원아`; `윤아`
        if one in _NOUN_SYLLABLES or _word_at(model, text, match.start()):  # `종이`, `난이도`; `금이가`, `별아 별아`
            if one not in marked:
                marked[one] = _mark_starts(text, one, chat)
            if not marked[one]:
                continue
        found.add(one)
    if not found:
        return spans
    pets = {(m.start(), m.start() + 1) for one in found for m in re.finditer(
        rf"(?<![가-힣]){one}(?=이(?:{_PARTICLES})(?![가-힣]))", text)}  # the same shape (`솔이는`), not `별이 빛나는`
    pets |= {(at, at + 1) for one in found for at in _mark_starts(text, one, chat)}
    pets |= {(m.start(), m.start() + 1) for m in _VOCATIVE.finditer(text) if m["v"] in found and (
        m["v"] not in _NOUN_SYLLABLES or m.start() in marked.get(m["v"], ()))} if vocative else set()
    return sorted(set(spans) | pets)


def _word_at(model, text: str, start: int) -> bool:
    """Is `X이` (or `X이` and the syllables after it: `난이도`) at `text[start:]` a word of the dictionary?"""
    run = _HANGUL_RUN.match(text, start).group()
    return any(run[:k] in model.words for k in range(2, len(run) + 1))


@functools.lru_cache(maxsize=256)
def _person_marks(one: str) -> tuple[re.Pattern, ...]:
    """Mentions of `one` as a person: the animate dative (`별이한테`), a kin word or a role beside (`별이 엄마`, `막내
    솔이와`, `엄마, 준이가`), a pair of pet names (`다솜이랑 빛이가`), or a call in a chat (`결아, 어디 있니?`,
    `별아!`, a line's `야 별아 너 어제`); not a lyric's `별아 별아` or a poem's `빛아 어둠을 밝혀라`."""
    return (re.compile(rf"(?<![가-힣])(?P<v>{one})이(?:한테|에게|보고)도?(?![가-힣])"),
            re.compile(rf"(?<![가-힣])(?P<v>{one})이(?:는|가)?[ ](?:{_KIN})"),
            re.compile(rf"(?<![가-힣])(?:{_KIN_BEFORE}),?[ ](?P<v>{one})이[가-힣]{{0,3}}(?![가-힣])"),
            re.compile(rf"(?<![가-힣])[가-힣]{{1,2}}이랑[ ](?P<v>{one})이(?:{_PARTICLES}|랑)(?![가-힣])"),
            re.compile(rf"(?<![가-힣])(?P<v>{one})이랑[ ][가-힣]{{1,2}}이(?:{_PARTICLES}|랑)(?![가-힣])"),
            re.compile(rf"(?<![가-힣])(?P<v>{one})아(?:!|,[ ][^.!?\n]{{0,30}}[?!])"),
            re.compile(rf"(?:^|(?<![가-힣])야[ ])(?P<v>{one})아[ ](?![^\n]*(?<![가-힣]){one}아(?![가-힣]))"
                       r"(?![^\n]*(?:라|렴|다오|소서)[.!]?$)", re.M))


def _mark_starts(text: str, one: str, chat: bool) -> list[int]:
    """Where `one` stands in a mention with a person's mark (`_person_marks`); in a chat's lines (two or more speaker
    slots or stamps), each mention of the pet shape (`솔이는`) too."""
    starts = [m.start("v") for pattern in _person_marks(one) for m in pattern.finditer(text)]
    if chat:
        starts.extend(m.start() for m in re.finditer(rf"(?<![가-힣]){one}(?=이(?:{_PARTICLES})(?![가-힣]))", text))
    return starts


def news_person(text: str, start: int, end: int) -> bool:
    """Is a run of foreign name words at `text[start:end]` a person by a report's layout: a role of sports or
    entertainment right before it and a person's continuation after it, or an age with a team in brackets after it?"""
    if _NEWS_ROLE_BEFORE.search(text, max(0, start - 12), start):
        return _PERSON_NEXT.match(text, end) is not None or _NUMBER_AFTER.match(text, end) is not None
    return _AGE_AFTER.match(text, end) is not None


# A given name before a role noun and `님` (`윤정 상담사님`, `하온 트레이너님`): a person's trade (a dictionary word,
# or one plus an agent's syllable: `상담|사`) that ends as agents do (`사`, `원`, `가`, a loanword's `너`, `터`)
# and takes the honorific; before it, only a given name.
_ROLE_HONORIFIC = re.compile(r"(?<![가-힣])(?P<v>[가-힣]{2})[ ](?P<r>[가-힣]{2,5})님(?![들])")
_PLACE_ENDS = ("시", "군", "구", "읍", "면", "실", "과", "팀")
_AGENT_ENDS = frozenset("사원가관장너저터서커더퍼러")
# ... or before a role of news, broadcasting and sports with a particle or nothing (`솔희 아나운서가`, `라희 앵커`).
_GIVEN_ROLE = re.compile(
    rf"(?<![가-힣])(?P<v>[가-힣]{{2}})[ ](?:아나운서|앵커|리포터|캐스터|해설위원|{_NEWS_ROLES})"
    r"(?:이|가|은|는|을|를|의|와|과|도|에게|한테|께서|로서)?(?![가-힣])")
_GIVEN_ROLE_GATE = re.compile(r"[ ](?:아나운서|앵커|리포터|캐스터|해설위원|" + _NEWS_ROLES + ")")
# A self-introduction to an audience: `안녕하세요 여러분 라온이에요`, `안녕하세요, 하람입니다`.
_HELLO_NAME = re.compile(
    r"안녕하세요[.,!~ ]{0,4}(?:여러분[.,!~ ]{0,4})?(?P<v>[가-힣]{2,4}?)(?:이에요|예요|입니다|이고요|고요)(?![가-힣])")


def titled_given(model, text: str, spans: list, not_names: frozenset[str]) -> None:
    """Given names before a trade's honorific or a newsroom's role, and names in a greeting's self-introduction; none
    a common word or a place (`한식 조리사님`, `수원 지사장님`, `안녕하세요, 진천입니다`)."""
    for match in _ROLE_HONORIFIC.finditer(text) if "님" in text else ():
        role, value = match["r"], match["v"]
        if role[-1] in _AGENT_ENDS and (role in model.words or role[:-1] in model.common_words) and _given(
                model, value, not_names) and value not in model.common_words and not _place_or_office(model, value):
            spans.append(match.span("v"))  # `상담사`: `상담` and an agent's syllable
    for match in _GIVEN_ROLE.finditer(text) if _GIVEN_ROLE_GATE.search(text) else ():
        value = match["v"]  # a given name of the lexicon that is no word (not `영화 배우`, `샛별 가수`, `새봄 신인`)
        if value in model.given_names and value not in model.words and _given(model, value, not_names):
            spans.append(match.span("v"))
    for match in _HELLO_NAME.finditer(text) if "안녕하세요" in text else ():
        value = match["v"]
        if value not in not_names and value not in model.common_words and not _place_or_office(model, value) and (
                model.name_plausible(value) or _given(model, value, not_names)
                or len(value) == 2 and value in model.given_names):
            spans.append(match.span("v"))


def _given(model, value: str, not_names: frozenset[str]) -> bool:
    """A given name alone where a context says person: plausible by the lexicon and no plain word."""
    return value not in not_names and model.given_plausible(value) and not model.plain_word(value)


def _place_or_office(model, value: str) -> bool:
    """A district (`진천군`, `진천` of `진천군`) or an office (`민원` of `민원실`) by the dictionary's words."""
    return value[-1] in _PLACE_ENDS and value in model.words or any(value + end in model.words for end in _PLACE_ENDS)


# A given name as the subject of a person's speech: `태오가 말했다`, `시온은 "..."며 웃었다`, `도담이 "..."라고
# 외쳤다`. Only the verbs of a person's voice (a body `밝혔다`, `전했다`); the quote, if any, stays on its line.
_SPEECH_VERBS = (
    "말했다|말했어|말했고|물었다|답했다|외쳤다|소리쳤다|속삭였다|웃었다|털어놨다|털어놓았다|울먹였다|중얼거렸다")
_SPEAKER_SUBJECT = re.compile(
    r"(?<![가-힣])(?P<v>[가-힣]{2})(?:이|가|은|는)[ ]"
    r"(?:[\"“'‘][^\"“”'‘’\n]{1,200}[\"”'’][ ]?(?:이?라|하)?(?:고|며|면서)[ ](?:[가-힣]{1,4}[ ]){0,2})?"
    rf"(?:{_SPEECH_VERBS})")
_SPEECH_GATE = re.compile(_SPEECH_VERBS)


def speech_subjects(model, text: str, spans: list, not_names: frozenset[str]) -> None:
    """Given names that say, ask, shout or laugh in a report or a story; no common word (a body: `정부는`, `현대는`; a
    word that is a given name too, `사랑은 말했다`, stays a word)."""
    for match in _SPEAKER_SUBJECT.finditer(text) if _SPEECH_GATE.search(text) else ():
        if match["v"] not in model.common_words and _given(model, match["v"], not_names):  # not `현대는`, `사랑은`
            spans.append(match.span("v"))


# A group's members or a show's cast listed after the word that says so (`멤버 하루, 세인, 도아, 유담의`, `출연진
# 태린·도겸`): two or more short items joined by `,` `·` `ㆍ` `/`, the last with a particle at most.
_MEMBERS = re.compile(
    r"(?<![가-힣])(?:멤버|멤버인|멤버는|출연진|출연자|게스트|패널)[ ]"
    r"(?P<items>[가-힣]{2,4}?(?:[ ]?[,·ㆍ/][ ]?[가-힣]{2,4}?){1,9})"
    r"(?:이|가|은|는|을|를|의|와|과|도|까지|이랑|랑)?(?![가-힣])")
_MEMBERS_GATE = re.compile("멤버|출연|게스트|패널")
_ITEM = re.compile(r"[가-힣]{2,4}")


def member_lists(model, text: str, spans: list, not_names: frozenset[str]) -> None:
    """The items of a members' or a cast's list whose items are all plausible names and not all common words (an item
    that is never a name, `하루`, stays)."""
    for match in _MEMBERS.finditer(text) if _MEMBERS_GATE.search(text) else ():
        at = match.start("items")
        items = list(_ITEM.finditer(match["items"]))
        values = [m.group() for m in items]
        if all(model.given_plausible(v) or model.name_plausible(v) for v in values) and any(
                v not in model.common_words for v in values):  # not `멤버 혜택, 할인, 적립`
            spans.extend((at + m.start(), at + m.end()) for m in items if m.group() not in not_names)


# A byline's or a credit's role with `=` (`기자 = 정시온`, `사진=구하람`, `진행 = 오다은`): the name after it.
_CREDIT = re.compile(
    r"(?<![가-힣])(?:기자|사진|글|진행|정리|편집|취재|영상|그래픽|촬영|번역|감수|대담|사회|글·사진|사진·글)[ ]?=[ ]?"
    r"(?P<v>[가-힣]{2,4})(?![가-힣])")
# A match report's scorer or substitute: a name, then the minute (`도하 23'`, `하민(후반 30분)`, `예준 45+2'`).
_MINUTE = re.compile(
    r"(?<![가-힣])(?P<v>[가-힣]{2,5})[ ]?(?:\d{1,3}(?:\+\d{1,2})?['’′]|\((?:전반|후반|연장)?[ ]?\d{1,3}분\))")
# After a found name in a roster line: the next item, a number before it at most, that is a foreign name word only
# (`양재민 / 19 카이오`, `FW 9 레안드로 / 11 양재민`).
# A word alone in its cell (not one word of a longer name: `김가온, 올리비아 마르티네즈` is read whole elsewhere).
_FOREIGN_AFTER = re.compile(r"[ ]?[,/·ㆍ][ ]?(?:\d{1,3}[ ])?(?P<v>[가-힣]{2,6})(?![가-힣]|[ ][가-힣])")
_DIGIT = re.compile(r"\d")
_SHIRT_BEFORE = re.compile(r"\d[ ]$")
_FOREIGN_BEFORE = re.compile(r"(?<![가-힣])(?<![가-힣][ ])(?P<v>[가-힣]{2,6})[ ]?[,/·ㆍ][ ]?(?:\d{1,3}[ ])?$")


def report_layouts(model, text: str, spans: list, foreign: frozenset[str], not_names: frozenset[str]) -> None:
    """A credit's name after `=`, and a scorer's or a substitute's name before the minute (a foreign name word too)."""
    for match in _CREDIT.finditer(text) if "=" in text else ():
        value = match["v"]
        if model.name_plausible(value) or _given(model, value, not_names):
            spans.append(match.span("v"))
    for match in _MINUTE.finditer(text) if "'" in text or "’" in text or "′" in text or "분)" in text else ():
        value = match["v"]
        if value not in not_names and (model.name_plausible(value) or value in foreign or _given(
                model, value, not_names)):
            spans.append(match.span("v"))


def foreign_siblings(text: str, spans: list, foreign: frozenset[str]) -> None:
    """A roster's foreign player beside a found name (`양재민 / 19 카이오`): a word that is a foreign name only, with a
    shirt number on either side (a brand beside a name has none: `김지은, 구찌.`, `이재훈 / 벤츠`)."""
    for start, end in list(spans):
        for match in (_FOREIGN_AFTER.match(text, end), _FOREIGN_BEFORE.search(text, max(0, start - 12), start)):
            if match and match["v"] in foreign and (
                    _DIGIT.search(match.group()) or _SHIRT_BEFORE.search(text, max(0, match.start("v") - 4),
                                                                         match.start("v"))):
                spans.append(match.span("v"))


# An interview or a talk show written as a script: a question's or a host's line (`Q.`, `기자:`, `MC:`), and the
# guests' lines opened by their names (`윤슬: 오디션을 봤어요.`). A word that is a given name too is the guest's name
# where it opens two or more lines of such a script.
_SCRIPT_HOST = re.compile(
    r"(?m)^[ \t]*(?:Q[0-9]*[.:)．]|질문[ ]?[0-9]*[.:：]|(?:기자|진행자|MC|앵커|사회자|DJ|인터뷰어)[ ]?[:：])")
_SCRIPT_GUEST = re.compile(r"(?m)^[ \t]*(?P<v>[가-힣]{2,4})[ ]?[:：][ ]")
_NOT_GUESTS = frozenset(
    "답변 답 질문 기자 진행 진행자 사회 사회자 앵커 일동 관객 청중 패널 모두 전원 다같이 해설 자막 효과음".split())


def script_guests(model, text: str, spans: list, foreign: frozenset[str], not_names: frozenset[str]) -> None:
    """The names that open two or more lines of an interview's script (a host's or a question's line there too)."""
    if not (":" in text or "：" in text) or text.count("\n") < 2 or not _SCRIPT_HOST.search(text):
        return
    guests: dict[str, list] = {}
    for match in _SCRIPT_GUEST.finditer(text):
        guests.setdefault(match["v"], []).append(match.span("v"))
    for value, where in guests.items():
        if len(where) >= 2 and value not in _NOT_GUESTS and value not in not_names and (
                model.name_plausible(value) or model.given_plausible(value) or value in foreign):
            spans.extend(where)
