"""Korean full names of four syllables: a one-syllable surname and a three-syllable given name (round 16).

Native Korean given names often have three syllables (`김보라미`, `이하나비`, `방신실아`); the word reader of
`prep.pii.names_ko` splits a word into surname + two syllables + tail, so such a name is read as a three-syllable
name with a stray tail, or not at all. `prep.pii.names_ko_layouts.long_given` already takes them where a label or a
speaker says name; this module reads them in the slots news, match reports and credits put a person in:

- right before a role or a title (`X 감독`, `X 해설위원`, `X님`) or right after one (`캐스터 X:`, `성우 X의`,
  `수석코치로는 X이`, `담당: X`), the titles being the detectors' own lists (`names_ko_forms.TITLE_WORDS`) plus the
  roles of sports and broadcasting (`MEDIA_ROLES`);
- in a score line or a box score: before a count (`X 27점`, `X 블로킹 5개`, `X -14`) or after a rank (`1위 X`);
- in prose before a particle (`X이 넣었다`), where no reading splits the word into dictionary words.

A word is such a name when it is no dictionary word and not one split into two (`_compound`: `이동|식당`, `김치|찌개`,
`조선|일보`, `최우수|상`, `강남역|점`; MeCab-ko's dictionary, `NameModel.words`), and the three syllables are a
given name's: two of them a given name of the lexicon and the third seen in given names, or, in these slots only,
each syllable seen often at its place in given names (`신실아`). Then the given name alone is a name in the rest of
the document (`보라미 님`, `재석민이 형`). A word that opens with a place, a gender or age group, a sport or a
three-syllable word (`인천|유나 선수`, `여자|배구 -3`, `태권도|원 코치`) names a team: a person's only with `님`/`씨`.
"""

from __future__ import annotations

import functools
import re

from prep.pii.address_lines import KO_CITY_SHORT, KO_PROVINCE_SHORT
from prep.pii.names_en_words import trie_pattern
from prep.pii.names_ko_chat import add_chat_speakers
from prep.pii.names_ko_forms import TITLE_WORDS, hangul_end
from prep.pii.names_ko_marks import COMPOUND_SURNAMES

# Roles of sports, broadcasting and publishing a name stands beside (`한석준호 캐스터`, `해설 양준석:`).
MEDIA_ROLES = frozenset("""
    감독 감독대행 수석코치 코치 선수 투수 타자 포수 주장 캐스터 해설 해설위원 해설자 성우 평론가 에이전트 게스트
    아나운서 앵커 기자 특파원 통신원 배우 가수 작가 작곡가 연출 프로듀서 진행 진행자 출연 번역 통역 심판 주심
    부심 단장 구단주 트레이너 매니저 대표 사회자 사회 엠씨 디자이너 편집 편집장 총괄 담당 담당자 리포터
    """.split())
_ROLE_WORDS = TITLE_WORDS | MEDIA_ROLES
ROLES = trie_pattern(sorted(_ROLE_WORDS))
# After the name only the roles that are no activity or common noun too (`하루종일 이사`, `X 진행`, `X 대표`).
_NOT_AFTER = frozenset(
    "이사 사회 진행 편집 번역 통역 연출 출연 총괄 담당 대표 해설 양 군 형 주장 후보 책임 수석 선임".split())
ROLES_AFTER = trie_pattern(sorted(_ROLE_WORDS - _NOT_AFTER))
# What may follow the role: a plural, an honorific, one particle (`감독은`, `해설위원도`; not `선수단`).
_ROLE_END = r"(?:들|님)?(?:[이가은는을를의와과도만]|에게|께서|으로|로|이다|이었다|였다)?(?![가-힣])"
# Every Hangul word of four syllables and a tail of up to four: the candidates, read once per distinct word.
_WORD = re.compile(r"(?<![가-힣])([가-힣]{4})([가-힣]{0,4})(?![가-힣])")
# Right after the name: one space and a role (glued: only `님`, `씨`), then no more than a particle (`X 감독은`).
_ROLE_AFTER = re.compile(rf"(?:[ ](?:{ROLES_AFTER})|[ ]?(?:님|씨)){_ROLE_END}")
# Right before it: a role, `로는`/`으로는`/a colon at most (`수석코치로는 X이`, `담당: X`, `캐스터 X:`, `성우 "X`).
_ROLE_BEFORE = re.compile(rf"(?<![가-힣])(?:{ROLES})(?:으로는|로는|은|는)?[ ]?[:：]?[ ]*[\"'“‘]?\Z")
# A box score or a leader board: a count after the name (`X 27점`, `X 블로킹 5개`, `X -14`), a rank before it.
STAT_UNITS = "점|골|개|득점|리바운드|어시스트|도움|안타|홈런|타점|승|세이브|탈삼진|블로킹|스틸|언더파|오버파|타|초|분"
STAT_WORDS = ("득점|리바운드|어시스트|도움|안타|홈런|타점|세이브|탈삼진|블로킹|블록|스틸|서브|디그|리시브|에이스|"
              "도루|삼진")
_SCORE_AFTER = re.compile(rf"[ ](?:(?:(?:{STAT_WORDS})[ ])?\d+(?:{STAT_UNITS})|[-+]\d+)(?![\d가-힣])")
_RANK_BEFORE = re.compile(r"(?<![\d가-힣])\d{1,3}(?:위|등)[ ]+\Z")
# In prose: the name and a particle that closes the word (`X이 넣었다`, `X은 7일`, `X에게`); not `과`/`와`, which
# end nouns too (`치과`, `결과`).
_PROSE_TAILS = frozenset("이 가 은 는 을 를 의 도 에게 한테 께서 이랑 랑 하고".split())
# A given name of the lexicon counts from this many full names, a syllable at its place from this many.
_GIVEN_MIN = 5
_SYLLABLE_MIN = 100
_MIDDLE_MIN = 25
# After a first part that is a word, a second part that is a common word is a given name from this many full names
# on (`이다|현정`, `이대|호준`: 29, 43; `연장|승부`, `지역|예선`: 10, 6).
_PAIR_GIVEN_MIN = 15
# The first part of a team's name before a word that is a given name or a run of given names' syllables too
# (`인천|유나 선수`, `부천|하나 감독`, `여자|배구 -3`, `남자|수영 선수`): a province or a city as addresses shorten
# them (`prep.pii.address_lines`), a few more cities with clubs, a gender or an age group, a sport. A three-syllable
# dictionary word opens a team too (`태권도|원`, `유소년|부`, `유도장|원`).
_TEAM_OPENERS = frozenset(KO_PROVINCE_SHORT.split("|") + KO_CITY_SHORT.split("|") + """
    김천 김포 광양 아산 충주 원주 춘천 강릉 목포 여수 순천 군산 익산 구미 경주 안동 김해 양산 평택 시흥 파주
    남자 여자 남녀 혼성 소년 소녀 청소년 유소년 주니어 시니어
    배구 농구 축구 야구 수영 유도 태권 탁구 양궁 씨름 펜싱 체조 육상 골프 검도 복싱 역도 사격 하키 빙상 컬링 핸드
    """.split())
# A team's word is a person's only where an honorific follows it (`인천유나 님`).
_HONORIFIC_AFTER = re.compile(rf"[ ]?(?:님|씨){_ROLE_END}")
# A given name alone after the full name was found: the hypocoristic `-이`, a kin call or a title may follow.
_GIVEN_TAIL = re.compile(r"(?:이)?(?:형|누나|언니|오빠|님|씨|선수|감독)?")
# The next three-syllable word that a kin call or a title follows (`대호준이형`, `재석민이 형이`, `보라미 님`): the
# given name alone of a four-syllable word found anywhere, which makes both a person's.
_CALLED = re.compile(r"(?P<g>[가-힣]{3})(?:이)?[ ]?(?:형|누나|언니|오빠|님|씨|선수)(?![가-힣]{2})")


def _compound(model, word: str, slot: bool) -> bool:
    """A dictionary word, or two (`이동|식당`, `조선|일보`, `최우수|상`), or a noun and a role (`신인|선수`). In a
    person's slot (`slot`) a second part that is a given name of the lexicon often enough stays a name (`이다|현정`,
    `하지|원정`); in prose any split into two words, or a word and a tail (`강수량|은`), is a word."""
    words, common, names = model.words, model.common_words, model.given_names
    if word in words or word[:3] in common or "님" in word or word[3] == "씨" or word[2:] in _ROLE_WORDS or (
            word[:2] in _ROLE_WORDS):  # `장건우씨가`: a three-syllable name and its glued title
        return True
    if word[1:] in common and names.get(word[1:], 0) < _GIVEN_MIN:
        return True
    if not slot:
        return word[:3] in words or word[:2] in words and word[2:] in words
    return word[:2] in words and word[2:] in common and names.get(word[2:], 0) < _PAIR_GIVEN_MIN


def long_name(model, word: str, slot: bool = True) -> bool:
    """Is `word` a one-syllable surname + a three-syllable given name? Two of the given syllables a given name of
    the lexicon and the third seen in given names (`보라|미`, `이|대호`); in a person's slot (`slot`) also each
    syllable seen often at its place (`신실아`) where the last two are no word."""
    if len(word) != 4 or word[0] not in model.surnames or word[:2] in COMPOUND_SURNAMES or _compound(
            model, word, slot):
        return False
    given, names, first, second = word[1:], model.given_names, model.first, model.second
    if names.get(given[:2], 0) >= _GIVEN_MIN and second.get(given[2], 0) >= _GIVEN_MIN:
        return True
    if names.get(given[1:], 0) >= _GIVEN_MIN and first.get(given[0], 0) >= _GIVEN_MIN:
        return True
    return slot and given[1:] not in model.common_words and first.get(given[0], 0) >= _SYLLABLE_MIN and second.get(
        given[2], 0) >= _SYLLABLE_MIN and max(first.get(given[1], 0), second.get(given[1], 0)) >= _MIDDLE_MIN


def _team(model, word: str) -> bool:
    """Does `word` open with a place, a gender or age group, a sport or a three-syllable dictionary word
    (`인천|유나`, `여자|배구`, `태권도|원`)? Then it names a team, not a person."""
    return word[:2] in _TEAM_OPENERS or word[:3] in _TEAM_OPENERS or word[:3] in model.words


@functools.lru_cache(maxsize=65536)
def _read_word(model, word: str) -> tuple[bool, bool, bool]:
    """What a word alone decides, read once per distinct word: (a name in a person's slot, a name in prose, a
    team's name that reads as a person's)."""
    slot = long_name(model, word)
    team = slot and _team(model, word)
    return slot, long_name(model, word, slot=False) and not team, team


def add_long_names(model, text: str, spans: list, is_name_tail) -> None:
    """Four-syllable names in a person's slot, then their given names alone; appended to `spans` as (start, end).
    `is_name_tail` is `prep.pii.names_ko.is_name_tail` (passed in: that module imports this one). Round 16's other
    readings ride on this one hook: a given name called back (`add_called_back`), a chat's speakers who are words
    too (`prep.pii.names_ko_chat`)."""
    add_called_back(model, text, spans)
    add_chat_speakers(model, text, spans)
    calls = "형" in text or "님" in text or "씨" in text or "선수" in text  # what `_CALLED` needs, looked at once
    for match in _WORD.finditer(text):
        word, tail = match.groups()
        read = _read_word(model, word)
        if not read[0]:
            continue
        start, end = match.start(), match.end(1)
        called = _CALLED.search(text, end) if calls else None
        if called and (called.start() == 0 or not "가" <= text[called.start() - 1] <= "힣") and called["g"] == word[1:]:
            spans.extend(((start, end), called.span("g")))  # `이대호준 은퇴식` ... `대호준이형`: both the person's
        elif read[2]:
            if _HONORIFIC_AFTER.match(text, end):
                spans.append((start, end))  # a team's word with a person's honorific (`인천유나 님께`)
        elif read[1] and tail in _PROSE_TAILS:
            spans.append((start, end))
        elif tail and not is_name_tail(tail):
            continue
        elif _ROLE_BEFORE.search(text[max(0, start - 12):start]) or not tail and (
                _ROLE_AFTER.match(text, end) or _SCORE_AFTER.match(text, end)
                or _RANK_BEFORE.search(text[max(0, start - 8):start])):
            spans.append((start, end))
        elif tail[:1] in "님씨" and _ROLE_AFTER.match(text, end):
            spans.append((start, end))
    _spread_given(model, text, spans, is_name_tail)


def _spread_given(model, text: str, spans: list, is_name_tail) -> None:
    """The three-syllable given name of a four-syllable name found, alone elsewhere (`보라미 님`, `재석민이 형`)."""
    givens = {text[s + 1:e] for s, e in spans if e - s == 4 and text[s:s + 2] not in COMPOUND_SURNAMES
              and text[s] in model.surnames and long_name(model, text[s:e])}
    for given in givens:
        at = text.find(given)
        while at >= 0:
            end = at + 3
            if at == 0 or not "가" <= text[at - 1] <= "힣":
                rest = text[end:hangul_end(text, end)]
                kin = _GIVEN_TAIL.match(rest).end()
                if is_name_tail(rest) or kin and is_name_tail(rest[kin:]):
                    spans.append((at, end))
            at = text.find(given, at + 1)


# A one-syllable word right before a person's title (`슬 변호사`, `솔 대리님`): a given name called back, where the
# document names the same syllable after a surname before a title too (`이슬 변호사`).
_COPULA = "입니다|이다|이에요|이었다|이고|이며|이라"
_TITLE_NEXT = rf"(?=[ ]?(?:{ROLES_AFTER})(?:{_COPULA}|{_ROLE_END}))"
_ONE_BEFORE_TITLE = re.compile(rf"(?<![가-힣])(?P<g>[가-힣])[ ](?:{ROLES_AFTER}){_ROLE_END}")


@functools.lru_cache(maxsize=4)
def _one_syllable_surnames(model) -> str:
    """The one-syllable surnames of the lexicon, as the inside of a regex character class."""
    return "".join(sorted(s for s in model.surnames if len(s) == 1))


def add_called_back(model, text: str, spans: list) -> None:
    """A surname + one-syllable given name that is a word too (`이슬`, `정말`), before a title, with its given
    syllable alone before a title elsewhere in the text (`이슬 변호사가 ... 슬 변호사 메일은`): both are the
    person's. The word alone stays a word (`이슬이 맺혔다`); the syllable alone needs the full name's mention."""
    alone = {}
    for match in _ONE_BEFORE_TITLE.finditer(text):
        alone.setdefault(match["g"], []).append(match.span("g"))
    for given, places in alone.items():
        full = re.compile(rf"(?<![가-힣])[{_one_syllable_surnames(model)}]{given}{_TITLE_NEXT}")
        names = [m.span() for m in full.finditer(text)]
        if names:
            spans.extend(names + places)
