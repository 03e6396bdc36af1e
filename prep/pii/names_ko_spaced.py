"""Korean names spelled syllable by syllable in a record's field (round 12): `검토: 권 도 하 회계사`,
`수령인: 하 지 민`, `1차 평가자: 박 건 / 2차 평가자: 본부장`, `집주인 명 세 희 님`, `pt. 다 인, 31/M`.

OCR of scanned forms, call-centre transcripts and records typed by hand space a name's syllables apart; two or three
single syllables, a surname first (`남 궁 민`: a two-syllable one), are a name where a record says so on both sides:
- before: a field's colon (with one word between, a department: `처리자: 재무지원부 국 나 래`), a field label, a
  role or a title (`집주인`, `담당변호사`, `pt.`), or a line's start after a bullet;
- after: the line's end, a mark that closes a field (`(`, `/`, `,`), a title (`회계사`, `님`) or a spoken ending
  (`요.`).

Never a dictionary word (`결과: 정 상`, `상태: 양 호`, `이 중`), nor a kin word or a pronoun as the given part.
`names_ko_layouts` reads the spaced full names that stand alone (`하 도 현`, a common given name, no context).
"""

from __future__ import annotations

import re

from prep.pii.patterns import KO_NAME_LABELS

# One look first (speed): a lone syllable, a space, a lone syllable; led by the space, which `re` skips to (3x faster
# than `(?:^|[^가-힣])[가-힣] [가-힣](?:[^가-힣]|$)`, the same answer: the syllables are read by lookbehinds).
_GATE = re.compile(r" [가-힣](?![가-힣])(?<=[가-힣] [가-힣])(?<![가-힣][가-힣] [가-힣])")
_GLUED_END = r"(?:님|씨|(?:이요|요|입니다|이고요|이구요)(?![가-힣]))"  # `경 민 호요.`, `하 지 민님이`, `육 다 은이고요`
_RUN = re.compile(  # not the first syllables of a longer run (`정 다 운 비`: `names_ko_layouts`)
    rf"(?<![가-힣])(?P<v>[가-힣](?: (?![님씨](?![가-힣]))[가-힣]){{1,2}})"
    rf"(?:(?![가-힣])(?![ ](?![님씨])[가-힣](?![가-힣]))|(?={_GLUED_END}))")
# What a record puts before a name: a colon and at most one word (a department), a label, role or title word
# (`집주인`, `담당변호사`, `평가자`, `보호자`, `성명`), or the line's start after a bullet or a patient's `pt.`.
_ROLE_END = "자|인|사|장|주|원|님|관|의|생|객|당|명|름"
_BEFORE = re.compile(
    r"(?:[:：][ \t]*(?:[가-힣A-Za-z0-9]+[ \t]+)?"
    rf"|(?:^|[\s(\[])[가-힣]*(?:{_ROLE_END})[ \t]+"
    r"|^[ \t]*(?:[-*•○·▶]|\d+[.)]|[Pp]t\.)[ \t]*"
    r"|[가-힣]{2,4}[ \t]*[,·][ \t]*"  # the next of a list of names: `김하윤, 진 솔`
    r"|[\[(][ \t]*|\d{1,2}:\d{2}[ \t]+|[갑을병정]\)[ \t]*)\Z", re.M)  # `[박 서 연]`, `오후 1:04 최 규 리 :`
# What closes it: the line's end, a field's mark, a title or role word (`회계사`, `님`), a spoken ending.
_TITLES = "대리|주임|선임|책임|수석|매니저|학생|선수|환자|고객|교수|기자|위원|의원|작가|코치|감독|간호사|약사"
_AFTER = re.compile(
    rf"{_GLUED_END}|[ \t]{{2,}}|[ \t]*(?:\Z|\n|[(/,·;|)\]:：]|\d"
    rf"|[가-힣]{{0,4}}(?:사|님|씨|장)(?![가-힣])|(?:{_TITLES})(?![가-힣]))")
# A field that holds a person, which a surname and one syllable need: its key ends like a role or a label
# (`팀장`, `평가자`, `수령인`, `성명`) or is what a person does on a record (`상담`, `검토`, `결재`).
_PERSON_KEY = re.compile(
    rf"(?:[가-힣](?:{_ROLE_END})|상담|담당|검토|작성|확인|처리|결재|승인|서명|발신|수신|대상|접수|입력|수정"
    r"|[Pp]t\.)"
    r"[ \t]*[:：]?[ \t]*(?:[가-힣A-Za-z0-9]+[,·]?[ \t]+)?\Z")
# What a record writes in a person's field when there is none (`공석` vacant, `신규` new, `미정` undecided).
_RECORD_WORDS = frozenset("공석 신규 미정 부재 공란 미상 없음 해당 본인 대리 익명 퇴사 휴직 결원".split())
_VERBAL_ENDS = frozenset("해요용함임적게지음됨")  # a word and its ending (`신기|해`, `장식|용`), not a given name's
_RANKS = frozenset("상무 전무 이사 과장 부장 사장 차장 대리 주임 계장 반장 회장 원장 실장 팀장 국장 총무".split())
# A given name's syllable: this many full names of the lexicon have it there (as `names_ko_layouts.MIN_GIVEN_END`).
_MIN_GIVEN_SYLLABLE = 5
# One syllable after a surname that is a pronoun, kin word, counter or particle, not a given name.
_NOT_GIVEN = frozenset("나너저형누언오딸님씨분것거중등및외수번개명원시초년월일호층동차")


def spaced_field_names(model, text: str) -> list[tuple[int, int]]:
    """The (start, end) of each syllable-spaced name a record's field holds."""
    spans = said_self(model, text) + spaced_lists(model, text) if " " in text else []
    if not _GATE.search(text):
        return spans
    for match in _RUN.finditer(text):
        joined = match["v"].replace(" ", "")
        if not _name_shaped(model, joined):
            continue
        start, end = match.span("v")
        if start >= 2 and text[start - 1] == " " and "가" <= text[start - 2] <= "힣" and (
                start < 3 or not "가" <= text[start - 3] <= "힣"):
            continue  # the tail of a longer spaced word: `의 안 번 호`
        line_start = text.rfind("\n", 0, start) + 1
        before = _BEFORE.search(text, max(line_start, start - 24), start)
        if before is None or _AFTER.match(text, end) is None:
            continue
        if len(joined) == 2 and not _PERSON_KEY.search(text, line_start, start):
            continue  # `결과: 정 상`, `재료: 두부 반 모`; `- 팀장: 서 윤`, `상담: 아 린` stay names
        spans.append((start, end))
    return spans


# Round 23: a speaker says their own name syllable by syllable (`저는 유 하입니다`, `선배님 저 심 가 온입니다`, `나 두
# 영 수인데`, `제 이름은 연 수 빈이고`): a transcript's or a voice note's self-introduction, closed by a copula.
_SELF = re.compile(
    r"(?:^|(?<=[\s,.…]))(?:저는|전|저|나는|난|나|제[ ]?이름은|이름은|성함은)[ ](?P<v>[가-힣](?:[ ][가-힣]){1,2})"
    r"(?=(?:입니다|이에요|예요|이요|인데요?|이고요?|이라고|라고)(?![가-힣]))", re.M)


# ... and a list of two or more given names each spaced (`- 서 희, 시 안, 다 솜 참석 확정`): every item a given name.
_SPACED_LIST = re.compile(
    r"(?<![가-힣])[가-힣][ ][가-힣](?:[ ]?[,·][ ]?[가-힣][ ][가-힣])+(?![가-힣]|[ ][가-힣](?![가-힣]))")
_SPACED_ITEM = re.compile(r"[가-힣][ ][가-힣]")


def spaced_lists(model, text: str) -> list[tuple[int, int]]:
    """The items of a list of spaced given names (above): every item seen as a given name 3 times or more, and two of
    them 5 times or more and no dictionary word (`서 희, 시 안, 다 솜`; not `대 형, 소 형`, `소 금, 후 추`)."""
    spans = []
    for match in _SPACED_LIST.finditer(text):
        items = list(_SPACED_ITEM.finditer(text, *match.span()))
        joined = [i.group().replace(" ", "") for i in items]
        sure = sum(model.given_names.get(j, 0) >= _MIN_GIVEN_SYLLABLE and not model.plain_word(j) for j in joined)
        if sure >= 2 and all(model.given_names.get(j, 0) >= 3 for j in joined):
            spans += [i.span() for i in items]
    return spans


def said_self(model, text: str) -> list[tuple[int, int]]:
    """A self-introduction's spaced name (above): a surname and a given name, or a given name of two syllables the
    lexicon holds as one; never a dictionary word (`저는 사 과입니다`)."""
    spans = []
    for match in _SELF.finditer(text):
        joined = match["v"].replace(" ", "")
        if len(joined) == 2 and model.given_names.get(joined, 0) >= _MIN_GIVEN_SYLLABLE \
                and not model.plain_word(joined) or len(joined) == 3 and _name_shaped(model, joined):
            spans.append(match.span("v"))
    return spans


def _name_shaped(model, joined: str) -> bool:
    """A surname and a plausible given name, or a two-syllable surname and a given syllable; no common word
    (a given name that is a word too stays: `서 윤`, `권 도 하`)."""
    if model.plain_word(joined) or joined in KO_NAME_LABELS or len(joined) == 3 and joined in model.words:
        return False  # `관 리 자`, `우 수 상`
    if len(joined) == 2:
        if joined in _RECORD_WORDS:
            return False  # `팀장: 공 석`, `담당자: 신 규`
        given = joined[1]
        return joined[0] in model.surnames and given not in _NOT_GIVEN and (
            model.second.get(given, 0) >= _MIN_GIVEN_SYLLABLE or model.first.get(given, 0) >= _MIN_GIVEN_SYLLABLE)
    if joined[:2] in model.surnames and model.second.get(joined[2], 0) >= _MIN_GIVEN_SYLLABLE:
        return True  # `남 궁 민`
    given = joined[1:]
    if joined[2] in _VERBAL_ENDS and joined[:2] in model.words:
        return False  # `느낌: 신 기 해`, `옵션: 장 식 용`
    if given in _RANKS or model.plain_word(joined[:2]) and not model.given_name(given, word_too=True):
        return False  # `이 상 무` (a rank), `김 치 전` (a word and its tail)
    return joined[0] in model.surnames and (model.given_plausible(given) or given in model.given_names)
