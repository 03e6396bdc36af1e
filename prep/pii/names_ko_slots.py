"""Korean names read by the slot they stand in (round 17), where the syllable model alone doubts the name.

- **a stage or a team's role right before a full name** (`보컬 최이든의`, `멤버 윤시온의`, `아티스트 정하루`,
  `외국인 선수 한다온도`): news and media name a person by the part they play, and the name's given part may be
  rare or a word of the dictionary (`시온`, `하루`, `이든`). A surname the detector knows, a given name that a
  context may take (`NameModel.name_plausible`, or one the lexicon saw as a given name), no word of the dictionary,
  and a person's continuation after it (a particle, a bracket, a comma, the clause's end); a noun after it is a
  brand's or a team's (`모델 정하루 화보`), and a word with its particle is a word (`멤버 전원이.`).
- **a surname and a one-syllable given name written apart, as an item of a list beside a found name** (`송하루, 지
  민, 권태산`, `아린, 현서, 그리고 이 준`, `참석: 한별, 오 월`): alone, `지 민` or `이 준` is two words, but an item
  between a list's separators next to a name is a name. Read from the found names outward (a cost only where a list
  holds one), item by item, so a list of several such names is read whole.
- **a given name before an elder's kin word** (`옆집 순자 할머니가`, `사장님 말순 할머니`, `춘자 할매네`): the
  neighbourhood names an old person by the given name and `할머니`; the word before is otherwise a place, a trade or
  a kin (`동네`, `떡집`, `우리`, `시골`), none of them a given name of the lexicon. A common given name that is no
  word (`NameModel.given_name`), or a word the lexicon holds as a frequent name (`순자`, `영자`; not `우리`).
"""

from __future__ import annotations

import re

from prep.pii.names_en_words import trie_pattern
from prep.pii.names_ko_marks import COMPOUND_SURNAMES

# A group's member roles (round 18): a profile lists the members by role and birth year (`리더 태민 (2001) /
# 메인보컬 온유 (2002) / 래퍼 규 (2003)`), whose stage names are given names of one or two syllables, often words
# (`온유`, `시온`).
MEMBER_ROLES = frozenset("""
    리더 보컬 메인보컬 리드보컬 서브보컬 래퍼 메인래퍼 리드래퍼 서브래퍼 댄서 메인댄서 리드댄서 센터 막내 비주얼
    드러머 기타리스트 베이시스트 키보디스트
    """.split())
_MEMBER = re.compile(
    rf"(?<![가-힣])(?:{trie_pattern(sorted(MEMBER_ROLES))})[ ](?P<v>[가-힣]{{1,2}})[ ]?\((?:19|20)?\d\d(?:년생|년)?\)")
_MEMBERS_MIN = 2  # a profile: two members at least with a two-syllable given name, each with a role and a year
# Kin words a family's record lists by rank and year (`막내 딸 (2010년생)`): no member's stage name.
_KIN_SYLLABLES = frozenset("딸 형 언니 오빠 누나 동생 아들 처 남편 아내 엄마 아빠 손자 손녀".split())
# Roles of music, stage, screen and sport a report puts right before a person's name.
STAGE_ROLES = frozenset("""
    보컬 메인보컬 리드보컬 서브보컬 드러머 기타리스트 베이시스트 키보디스트 래퍼 리더 막내 센터 댄서 안무가
    타이틀롤 주연 조연 아티스트 가수 배우 성우 개그맨 개그우먼 코미디언 방송인 유튜버 스트리머 크리에이터
    모델 멤버 작곡가 작사가 프로듀서 연출가 지휘자 피아니스트 바이올리니스트 첼리스트 소프라노 테너
    선수 투수 타자 포수 공격수 수비수 미드필더 골키퍼 세터 리베로 에이스 주장 신인 용병 감독 코치 에이전트
    싱어송라이터 아나운서 앵커 캐스터 기상캐스터 리포터 신예
    """.split()) | MEMBER_ROLES
_STAGE_ROLE = re.compile(
    rf"(?<![가-힣])(?:{trie_pattern(sorted(STAGE_ROLES))})[ ](?P<v>[가-힣]{{3}})"
    r"(?=(?:이|가|은|는|을|를|의|와|과|도|에게|한테|께서|이다|였다|이었습니다|였습니다|입니다)(?![가-힣])"
    r"|[ ]?(?:[,.()\"'“”‘’!?·\n]|$))")
_ROLE_BEFORE = re.compile(rf"(?<![가-힣])(?:{trie_pattern(sorted(STAGE_ROLES))})[ ]$")
# A suffix after a common word that makes a prize, a rank, a cohort, a part or a work (`신인|상`, `조연|급`,
# `공채|생`, `방송|분`, `지원|작`): no given name ends a common word so.
_WORK_SUFFIXES = frozenset("상급생분작편판")
_COMMON_GIVEN = 5  # a given name of this many full names of the lexicon outweighs a word's form (`주|한결`: 주한 + 결)




def add_stage_names(model, text: str, spans: list, words: set[str]) -> None:
    """Append to `spans` each full name right after a stage's or a team's role (`보컬 최이든의`), and the members of a
    group's profile (`래퍼 규 (2003)`); `words`: the text's Hangul words, which the foreign names' gate reads too (the
    gate costs one set look-up per distinct word)."""
    if STAGE_ROLES.isdisjoint(words):
        return
    if "(" in text and not MEMBER_ROLES.isdisjoint(words):
        members = list(_MEMBER.finditer(text))
        named = [m for m in members if len(m["v"]) == 2 and model.given_plausible(m["v"])]
        if len(named) >= _MEMBERS_MIN:
            # a one-syllable member only beside two named ones, no kin word and a syllable that ends given names
            # (`래퍼 규`; not `막내 딸 (2010년생)`, `센터 앞 (2020)`, `리더 팀 (2021)`)
            named += [m for m in members if len(m["v"]) == 1 and m["v"] not in _KIN_SYLLABLES and model.second.get(
                m["v"], 0) >= _GIVEN_END]
            if any(m["v"] not in model.words for m in named):  # not `리더 선출 (2020) / 막내 입대 (2023)`: words all
                spans.extend(m.span("v") for m in named)
    for match in _STAGE_ROLE.finditer(text):
        value = match["v"]
        given = value[1:]
        common_given = model.given_names.get(given, 0) >= _COMMON_GIVEN  # `래퍼 주|한결과`: not 주한 + 결
        if value[0] not in model.name_surnames or value in model.words or word_and_ending(
                model, value, text, match.end("v")) or model.word_form(value, value, lax=True) and not common_given:
            continue  # `멤버 전원이`, `선수 이상의`: a word and its particle
        if value[:2] in model.common_words and value[2] in _WORK_SUFFIXES:
            continue  # `신예 신인|상이었습니다`, `아나운서 공채|생입니다`: a word, a suffix (not `주한|결`, `이세|라`)
        if model.name_plausible(value) or given in model.given_names or model.first.get(
                given[0], 0) and model.second.get(given[1], 0) and value[:2] not in model.common_words:
            # `최|이든`: a given name seen, a word too; `세터 김|다올은`: each syllable seen in given names, however
            # rarely, where the first two are no word (`신예 조연|급입니다`)
            spans.append(match.span("v"))


# A syllable that ends a noun after a two-syllable word (`진정|성`, `계약|금`, `이적|설`, `모집|중`): no given name
# ends there after a word; a particle (`변경|은`, `선임|은`) only where no particle follows (`신인 이하|은이`).
_NOUN_SUFFIXES = frozenset("중설성금적화권료비률율제법안론식회장주사산")
_PARTICLES_1 = frozenset("은는이가을를도의와과")


def noun_and_suffix(model, value: str) -> bool:
    """Is the three-syllable `value` a dictionary word and a noun's suffix (`계약금`, `진정성`, `이적설`)?"""
    return value[:2] in model.words and value[2] in _NOUN_SUFFIXES


def census_word(model, value: str) -> bool:
    """Is `value` a word of the census surname's syllable and a suffix (`계약금`, `계정주`)? The lexicon's word vetoes
    hold only words that start with its own surnames (`prep.pii.names_ko_layouts.CENSUS_SURNAMES`)."""
    return len(value) == 3 and value[0] == "계" and noun_and_suffix(model, value)


def word_and_ending(model, value: str, text: str, end: int) -> bool:
    """Is the three-syllable `value` a dictionary word and a noun's suffix or a particle (`멤버 변경은`)?"""
    if value[:2] not in model.words:
        return False
    return value[2] in _NOUN_SUFFIXES or value[2] in _PARTICLES_1 and not "가" <= text[end:end + 1] <= "힣"


def after_stage_role(model, text: str, start: int, end: int) -> bool:
    """Does a stage's or a team's role stand right before the candidate `text[start:end]` (`아티스트 정하루`), and is
    it no word with its ending (`주장 선임은`)? Such a candidate is marked as a person's, so the lone-word veto
    (`prep.pii.names_ko_alone`) must not take it for a word."""
    return _ROLE_BEFORE.search(text, max(0, start - 9), start) is not None and not (
        end - start == 3 and word_and_ending(model, text[start:end], text, end))


# A list's separator, then a surname and one syllable apart, closed by the next separator or the line's end.
_COMPOUND = "|".join(COMPOUND_SURNAMES)
_SEPARATORS = frozenset(",ㆍ·/")
_SEPARATOR = r"[ ]?[,ㆍ·/][ ]?(?:그리고[ ]|및[ ])?"
_SHORT_AFTER = re.compile(
    rf"{_SEPARATOR}(?P<v>(?P<s>{_COMPOUND}|[가-힣])[ ](?P<g>[가-힣]))(?=[ ]?(?:[,ㆍ·/\n)]|$))")
_SHORT_BEFORE = re.compile(
    rf"(?:^|(?<=[\n,:：ㆍ·/(])[ ]?)(?P<v>(?P<s>{_COMPOUND}|[가-힣])[ ](?P<g>[가-힣])){_SEPARATOR}$")
_GIVEN_END = 30  # how often the syllable ends a two-syllable given name of the lexicon, at least (`민`, `준`, `월`)


def add_listed_short_names(model, text: str, spans: list) -> None:
    """Append to `spans` each `surname one-syllable` item (`지 민`) of a list next to a found name."""
    todo, seen = list(spans), set(spans)
    while todo:
        start, end = todo.pop()
        # a separator right beside the found name first: two characters read a name, the patterns only in a list
        after = None if _SEPARATORS.isdisjoint(text[end:end + 2]) else _SHORT_AFTER.match(text, end)
        before = None if _SEPARATORS.isdisjoint(text[max(0, start - 2):start]) else _SHORT_BEFORE.search(
            text, max(0, start - 12), start)
        for match in (after, before):
            if match is None or match["s"] not in model.surnames or model.second.get(match["g"], 0) < _GIVEN_END:
                continue
            joined = match["s"] + match["g"]
            if joined in model.words and not model.given_name(joined):
                continue  # `나 도`, `오 전`, `구 분`: a word or an expression spaced out, not `지 민`
            span = match.span("v")
            if span not in seen:
                seen.add(span)
                spans.append(span)
                todo.append(span)


_ELDER = re.compile(
    r"(?<![가-힣])(?P<v>[가-힣]{2})[ ](?:할머니|할아버지|할머님|할아버님|할매|할배)(?:[가-힣]{1,3})?(?![가-힣])")
_FREQUENT_GIVEN = 20  # a given name this frequent in the lexicon (of ~120k full names) is a name here, a word too
# Korea's cities and counties of two syllables, as a grandparent is named by the town they live in (`수원 할머니`) and a
# shop by its town (`영천 할매 돼지국밥`); many of them are given names of the lexicon too (`정선`, `수원`, `성주`,
# `장수`). The lexicon keeps no place class and the address module only the cities with districts, so the list is here
# (the administrative divisions of 2024, the 시/군 left off; a town famous for its dish, `병천`, `벌교`, as well).
ELDER_PLACES = frozenset("""
    서울 부산 대구 인천 광주 대전 울산 세종 수원 성남 고양 용인 부천 안산 안양 화성 평택 시흥 파주 김포 광명 군포
    하남 오산 이천 안성 의왕 양주 구리 포천 과천 여주 양평 가평 연천 춘천 원주 강릉 동해 태백 속초 삼척 홍천 횡성
    영월 평창 정선 철원 화천 양구 인제 고성 양양 청주 충주 제천 보은 옥천 영동 증평 진천 괴산 음성 단양 천안 공주
    보령 아산 서산 논산 계룡 당진 금산 부여 서천 청양 홍성 예산 태안 전주 군산 익산 정읍 남원 김제 완주 진안 무주
    장수 임실 순창 고창 부안 목포 여수 순천 나주 광양 담양 곡성 구례 고흥 보성 화순 장흥 강진 해남 영암 무안 함평
    영광 장성 완도 진도 신안 포항 경주 김천 안동 구미 영주 영천 상주 문경 경산 군위 의성 청송 영양 영덕 청도 고령
    성주 칠곡 예천 봉화 울진 울릉 창원 진주 통영 사천 김해 밀양 거제 양산 의령 함안 창녕 남해 하동 산청 함양 거창
    합천 제주 마산 진해 병천 벌교 강경
    """.split())
# Words that describe an elder (`인기 할머니`, `부자 할아버지`) and are given names of the lexicon too.
_ELDER_WORDS = frozenset("인기 부자 천사 명물 전설 행복 건강 대박".split())


def add_elder_names(model, text: str, spans: list) -> None:
    """Append to `spans` each given name before `할머니`, `할아버지` (`순자 할머니`)."""
    if "할머" not in text and "할아" not in text and "할매" not in text and "할배" not in text:
        return
    for match in _ELDER.finditer(text):
        if match["v"] in ELDER_PLACES or match["v"] in _ELDER_WORDS:
            continue  # `수원 할머니`, `장수 할머니`: a town or a word, not a given name
        if model.given_name(match["v"]) or model.given_names.get(match["v"], 0) >= _FREQUENT_GIVEN:
            spans.append(match.span("v"))
