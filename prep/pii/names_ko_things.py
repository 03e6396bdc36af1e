"""Hangul words that parse as a name but are things: the last veto of the Korean name detector (round 8).

`prep.pii.names_ko` judges a word by MeCab-ko's dictionary, which lacks brands and new compounds and counts
many ordinary words as rare (a rare word vetoes a surname + given name, not a surname + one syllable before a
particle that takes a person: `상추랑`). Clean text we did not write showed four shapes that no context word
rescues, dropped here whatever reading found them:
- brands and products that start with a surname's syllable and are in no dictionary (`설화수`, `정관장`);
- a rare noun of the dictionary whose second syllable seldom ends a name, before `이랑`/`하고` (`상추랑 쑥갓`);
- a dictionary word plus a noun suffix (`빙판|길`, `공사|비`) whose last two syllables are no common given name;
- a one-syllable noun and the copula at a sentence's end (`못 남긴 게 한이다`);
- words of three syllables or more that end in no given name, as a chat speaker or in a field (`[동대표]`,
  `판매자:`, `보낸 사람: 인사팀`).
Round 10 added (from v13's and the tuning sets' clean rows, narrowed by three reviews): kin words with a prefix
(`[큰이모]`), roles in 장/주 before `님들` or common ones before `님` (`부서장님들`, `지점장님`), a formula after a
foreign-shaped name and a monument after a titled figure (`오일러 공식`, `이순신 장군 동상`), a common word and an
office's syllable (`인사팀`, `문화홀`), `어린|이는` and `진행 중`.
"""

from __future__ import annotations

import re

from prep.pii.address_lines import KO_PROVINCE_FULL, KO_PROVINCE_SHORT
from prep.pii.names_ko_forms import word_form_no_name_has
from prep.pii.names_ko_slots import ELDER_PLACES
from prep.pii.names_ko_terms import is_term
from prep.pii.names_ko_words import job_noun

# Brands and products named like people (a surname's syllable first) that MeCab-ko's dictionary lacks; and goods,
# drinks, menus and a vacancy that the foreign names' list holds as names only (round 18: a stat line's item, `갤럭시
# 95`, `카푸치노 12`, `2 투수 에이스`; a product's origin, `갤럭시 노트(한국)`, `메르세데스 벤츠(독일)의`).
KO_THINGS = frozenset("""
설화수 이니스프리 정관장 비비고 풀무원 빙그레 참이슬 올리브영 굽네 맘스터치 한라봉 천혜향 임플란트 왕교자
홍삼정 오설록 마몽드 라네즈 조선호텔 신라호텔 안성탕면 진짬뽕 신라면 하겐다즈 요기요 조영제
갤럭시 후라이드 카푸치노 투썸 에이스 하우스 몬스터 아이폰 스타벅스 벤츠
""".split())
# Noun suffixes after a two-syllable word (`빙판|길`, `공사|비`, `소재|감`, `경량|화`, `시험|약`, `공탁|계`); not `용`,
# `철`, `식`, `성`, `율` (`재용`, `본철`, `동식`, `지성`, `주율`).
_NOUN_SUFFIXES = frozenset("길비감집값화약계량")
_ROLE_SUFFIXES = frozenset("자팀국장원실과부처소사단회청방")  # `판매|자`, `인사|팀`, `사무|국`: an office or a role
_COMPANY_PARTICLES = ("이랑", "랑", "하고")  # colloquial company (a role before `과` is a record's: `피고인 권진과`)
# Kin words, plain or with a prefix (`[큰이모]`, `작은아빠가`, `막내삼촌`): who someone is to the writer, no name.
_KIN = frozenset(
    "이모 고모 삼촌 엄마 아빠 언니 오빠 누나 형 숙모 이모부 고모부 외삼촌 할머니 할아버지 조카 사촌 "
    "선배 후배 동기".split())
# A person a thing is named after: a monument to a titled figure (`이순신 장군 동상`, `세종대왕 기념관`), or a formula,
# a law or a syndrome after a name that is no Korean name (`오일러 공식`, `가우스 법칙`; but `김민지 공식 채널`, `박철민
# 동상 치료`: a person's, and frostbite).
_MONUMENT_AFTER = re.compile(r"[ ]?(?:장군|대왕|열사|대통령)[ ]?(?:동상|기념관|생가|기념비|기념사업회)(?![가-힣])")
# A foreign name's syllables (`오일러`, `가우스`, `베이즈`, `푸리에`): no Korean given name has them.
_FOREIGN_SYLLABLE = re.compile("[스트즈크르드프브츠쯔뜨쓰러퓨푸플]")
_MONUMENT_OWN = re.compile(r"(?:대왕|대사|성인)$")  # `세종대왕`, `원효대사` name a figure themselves
_MONUMENT = re.compile(r"[ ]?(?:동상|기념관|생가|기념비)(?![가-힣])")
_FORMULA_AFTER = re.compile(r"[ ](?:공식|법칙|방정식|함수|상수|분포|변환|증후군|가설|알고리즘|정리)(?![가-힣])")
# A role a person holds, a dictionary word before a plural honorific or a common one before any (`부서장님들께서는`,
# `견주님들`, `지점장님`); one before a single `님` is as often a surname and a rank (`박대장님`, `강서장님`).
_ROLE_ENDS = frozenset("장주")
_RANKS = frozenset("사장 부장 과장 차장 팀장 실장 원장 소장 국장 회장 반장 이장 총장 교장 관장 선장 기장 대장".split())
_OFFICE_ENDS = frozenset("팀국실과처청단관홀")  # an office's last syllable after a common word (`인사|팀`, `복지|관`)
# A one-syllable given name (after a surname) this rare in the lexicon's full names reads as a word's syllable.
_RARE_GIVEN_SYLLABLE = 500
# Round 11 (from v14's and v15's clean rows):
# - a proposal's name after a noun or before a particle (`예산 변경안`, `조정안이`; some given names are `X안`);
# - a determiner before a record's noun (`상기 환자`, `해당 고객`);
# - a column or a table after an SQL keyword in a document with an SQL statement (`AS 민원수`, `FROM 민원접수`);
# - a word before `으로` read with its particle's first syllable (`환자 복통|으로`).
_PROPOSAL_HEADS = frozenset(
    "변경 조정 수정 개정 개선 절충 합의 결의 중재 대체 보완 잠정 최종 권고 해결 타협 제안 방안".split())
_DETERMINERS = frozenset("상기 해당 당해 전술 후술 동일".split())
_DETERMINED = re.compile(
    r"[ ](?:환자|고객|학생|내용|사항|금액|물품|주소|차량|기간|계약|회원|업체|제품|건|자)(?![가-힣])")
TITLE_AFTER = re.compile(
    r"[ ]?(?:씨|님|군|양|선생|과장|부장|차장|대리|팀장|간호사|기사|교수|박사|사원|주임|실장|드림|올림|선임|책임|주무관"
    r"|학생|작가|위원|매니저)")
_PROPOSAL_CONTEXT = re.compile(r"[가-힣][ ]$")  # a noun before: `예산 변경안`
_PROPOSAL_PARTICLE = re.compile(r"(?:이|을|은|으로|대로|에)(?![가-힣])")
_SQL_BEFORE = re.compile(r"(?<![A-Za-z])(?:AS|FROM|JOIN|GROUP[ ]BY|ORDER[ ]BY|INTO|UPDATE|TABLE|SELECT|WHERE)[ ]$")
_SQL_STATEMENT = re.compile(r"SELECT\b[^;]{0,300}?\bFROM\b|\bUPDATE[ ]\S+[ ]SET\b|INSERT[ ]INTO\b|DELETE[ ]FROM\b")

# A province before a city's or a county's name with its 시/군 (`충남 홍성군`, `충청남도 홍성군`, `경북 청송군`,
# round 18): an address's head, never a person's (`ELDER_PLACES`: Korea's two-syllable cities and counties). The
# province is one of Korea's, short or written out (not any word in 도: `그래도`, `친구도`), and no `구`: a given name
# often ends in it (`홍성구`, `하동구`), and a district's name after a province is no address's shape anyway.
_PROVINCE_BEFORE = re.compile(rf"(?<![가-힣])(?:{KO_PROVINCE_FULL}|{KO_PROVINCE_SHORT})[ ,]+\Z")
# A person's mark after the span: `씨`, `님`, an age (`고성군(54)`), or a title (`하동군 선생`; not `군`/`양` alone,
# which a county's text has: `홍성군 군청`, `홍성군 양파`).
_AGE_AFTER = re.compile(r"[ ]?\(\d{1,3}(?![\d])")
_BARE_TITLES = frozenset("군양")


def _county_after_province(text: str, start: int, end: int, span: str) -> bool:
    if not (len(span) == 3 and span[2] in "시군" and span[:2] in ELDER_PLACES and _PROVINCE_BEFORE.search(
            text, max(0, start - 12), start)):
        return False
    title = TITLE_AFTER.match(text, end)
    person = title is not None and (title[0].strip() not in _BARE_TITLES or not "가" <= text[
        title.end():title.end() + 1] <= "힣")
    return not person and not _AGE_AFTER.match(text, end)


def is_thing(model, text: str, start: int, end: int) -> bool:
    """Is the span `text[start:end]`, which the detector read as a name, one of the module's things? (`model`:
    `prep.pii.names_ko.NameModel`; `given_name(g, word_too=True)`: a common given name, word or not.)"""
    span = text[start:end]
    if _county_after_province(text, start, end, span):
        return True  # `충남 홍성군`: a county after its province
    if is_term(model, text, start, end, TITLE_AFTER):
        return True  # `상담원 연결은`, `위약군`, `유효성 및 안전성`, `상 고 인 검사` (`prep.pii.names_ko_terms`)
    if job_noun(model, text, start, end):
        return True  # `배송 기사님`: a service's noun before a job's title (`prep.pii.names_ko_words`)
    if word_form_no_name_has(model, text, start, end):
        return True  # `정하자`, `하시어`, `이름: 새벽의 검`, `지원자님`, `길랭-바레` (`prep.pii.names_ko_forms`)
    if _round11_thing(text, start, end, span):
        return True  # `변경안`, `3일 이상은`, `상기 환자`, `AS 민원수`, `환자 복통|으로`
    if text.startswith("이", end) and span + "이" in model.common_words and span not in model.given_names \
            or span[-2:] == " 중" and span[:-2] in model.common_words:
        return True  # `어린|이는` (children; not `은실|이가`: a given name), `진행 중` (in progress)
    if span in KO_THINGS or _MONUMENT_AFTER.match(text, end) or _MONUMENT_OWN.search(span) and _MONUMENT.match(
            text, end) or _FORMULA_AFTER.match(text, end) and (_FOREIGN_SYLLABLE.search(span) or span not in
                                                              model.full_names and span[0] not in model.surnames):
        return True
    if span in _KIN or span[:2] in ("작은", "막내", "둘째", "셋째") and span[2:] in _KIN or span[0] in "큰외친시" and (
            span[1:] in _KIN and len(span) >= 3):  # `큰이모`, `외삼촌`; not `시형` (a given name)
        return True
    if span[-1] in _ROLE_ENDS and _compound(model.words, span) and span not in model.full_names and (
            text.startswith("님들", end) and span[1:] not in _RANKS or span in model.common_words and text.startswith(
                "님", end)) and not model.given_name(span[-2:], word_too=True):
        return True  # `부서장님들`, `견주님들`, `지점장님`; not `박대장님` (a surname, a rank), `은주님` (a given name)
    if len(span) >= 3 and _label_shaped(text, start, end) and span not in model.full_names \
            and _word_or_compound(model, span):
        return True  # `[관리사무소] [오전 9:02]`, `판매자: 네`, `보낸 사람: 인사팀`: a role or a sender, not a name
    if len(span) == 2 and span in model.words and model.second.get(span[1], 0) < _RARE_GIVEN_SYLLABLE \
            and not model.given_name(span, word_too=True) and text.startswith(_COMPANY_PARTICLES, end):
        return True  # `상추랑 쑥갓`, `홍삼이랑`; but `권진이랑`: `진` ends thousands of given names
    if len(span) != 3 or span in model.full_names:
        return False
    if span[:2] in model.common_words and span[2] in _OFFICE_ENDS and not model.given_name(span[1:], word_too=True):
        return True  # `인사팀`, `사무국`, `기획실`, `복지관`: a common word and an office's syllable
    if span[1:] == "이다" and (end == len(text) or not "가" <= text[end] <= "힣"):
        return True  # `한이다.`: a noun and the copula at a sentence's end
    return span[:2] in model.words and span[2] in _NOUN_SUFFIXES and not model.given_name(span[1:], word_too=True)


def _round11_thing(text: str, start: int, end: int, span: str) -> bool:
    """The round 11 shapes above; never before a title (`조정안 과장님`, `상기 선배`, `이상은 님`)."""
    if TITLE_AFTER.match(text, end):
        return False
    if len(span) == 3 and span[2] == "안" and span[:2] in _PROPOSAL_HEADS:
        return bool(_PROPOSAL_CONTEXT.search(text, max(0, start - 2), start) or _PROPOSAL_PARTICLE.match(text, end))
    if span in _DETERMINERS and _DETERMINED.match(text, end):
        return True
    if _SQL_BEFORE.search(text, max(0, start - 9), start):  # the line is cut only then (speed: a long line)
        line = text[text.rfind("\n", 0, start) + 1:start]
        if "--" not in line and "/*" not in line and _SQL_STATEMENT.search(text):
            return True  # not a comment's `-- CREATED BY 김민수`
    return span[-1] == "으" and text.startswith("로", end)


def _word_or_compound(model, span: str) -> bool:
    """A dictionary word of three syllables or more (`판매자`), or words joined (`관리|사무소`, `고객|지원|팀`) whose
    last two syllables are no common given name (`이|사랑` stays a name; two syllables never count here: `작성자:
    박진`, `[기쁨]` are names that are words too)."""
    if model.given_name(span[-2:], word_too=True):
        return False
    return _compound(model.words, span)


def _compound(words, run: str) -> bool:
    """`run` is dictionary words of two syllables or more, the last perhaps a role's syllable (`고객|지원|팀`)."""
    if run in words or run in _ROLE_SUFFIXES:
        return True
    return len(run) >= 3 and any(run[:k] in words and _compound(words, run[k:]) for k in range(2, len(run)))


def _label_shaped(text: str, start: int, end: int) -> bool:
    """Does the span fill a chat speaker's brackets (`[동대표] [오전 9:05]`), open its line before a colon
    (`판매자: 네`) or fill a field after a colon up to the line's end (`보낸 사람: 인사팀`)?"""
    before = text[max(0, start - 1):start]
    after = text[end:end + 2]
    if before == "[" and after[:1] == "]":
        return True
    line_start = start == 0 or text[start - 1] == "\n"
    if line_start and after.lstrip(" ")[:1] in (":", "："):
        return True
    return text[max(0, start - 2):start].rstrip(" ")[-1:] == ":" and (end == len(text) or text[end] in "\n")
