"""Dictionary words that a cue or a title makes look like a Korean name (round 12).

The cue patterns (`prep.pii.recognizers.KoreanPersonRecognizer`) take any surname + one or two syllables after a
role or a label and before a title; `prep.pii.names_ko_context.cue_rejected` drops a plain word there, but two new
blind writers' clean rows showed words it let through, each of them in MeCab-ko's dictionary
(`prep.pii.names_ko_build`):
- a word whose last syllable ends almost no given name (`선배|맘님들`, `온열|질환자`); a name's rare last syllable
  is as rare in the generated bench's invented names (`장람준`, `권람빈`: a rare first syllable is common there),
  and a word for a given name keeps the name (`제소망 씨`);
- a common word and its topic particle where the word's second syllable starts almost no given name (`모델|은 환자`);
- a common word of two syllables, also a rare given name (`상태`, `정상`), in prose after a label with no colon:
  another word follows, no title (`환자 상태 설명함`); `보호자 하늘 씨` stays (and `검사 정상.`: `환자 정숙.`
  may be a name);
- what a form asks for in a name's field (`(성명 기재)`, `이름: 미상`).
And a rare surname's syllable before a common word that no name has as its given name, where a label or a note in
parentheses makes a value a name (`외국인 순매도`, `제거제(약국에서 판매)`; `NameModel.name_plausible`).
And, for every reading (`prep.pii.names_ko_things.is_thing`): a two-syllable dictionary word that no name of the
lexicon has as its given name, before a job's title with a space (`배송 기사님`, `외래 상담사`): a service or a place
named by its noun; `한결 선생님`, `조명 팀장님` (given names too) stay; a word with a particle of place or time before
`이사` (`다음 달에 이사`: moving house, not a director).
"""

from __future__ import annotations

import re

# What a form's name field asks for, never a name there (`(성명 기재)`, `이름: 미상`).
FORM_PLACEHOLDERS = frozenset("기재 기입 작성 입력 미상 미기재 생략 서명 날인 없음 불명 익명 비공개".split())
# A title or honorific after a word (glued or after one space): the word is someone's name there.
_TITLE_AFTER = re.compile(
    r"[ ]?(?:씨|님|선생|교수|기자|의원|대표|팀장|과장|부장|차장|사장|원장|실장|대리|주임|회장|이사|박사|간호사"
    r"|의사|약사|판사|검사|변호사|환자|고객|선수|감독|작가|위원|드림|올림|여사|쌤|샘|언니|오빠|누나|어머님|아버님"
    r"|(?:군|양|형)(?:이|은|의|에게|한테)?(?![가-힣]))")  # `민지 양은`, not `상태 양호`
# A syllable that ends fewer given names than this (of ~120k full names) ends no name after a word (`맘`, `질`).
_RARE_SECOND = 10  # ... and starts (`모|델은`)
_ROLE_BEFORE = re.compile(r"[가-힣][ ]$")
_WORD_AFTER = re.compile(r"[ ][가-힣]")
# A surname this rare (its share of the dictionary's full names) before a common word no name has: a word's syllable.
_RARE_SURNAME_SHARE = 0.005
# A job's title after a service's noun: `배송 기사님`, `회수 기사님`, `상담 직원`.
_JOB_AFTER = re.compile(r"[ ](?:기사|직원|담당자|요원|매니저|간호사|상담사|상담원)(?:님)?(?![가-힣]{2})")
# The services a job's title follows (`배송 기사님`, `외래 상담사`): a closed list, as many given names are words too
# (`이든 매니저님`, `바다 매니저님`, `여름 간호사님`: a review's probes).
_SERVICE_NOUNS = frozenset(
    "배송 회수 설치 수리 정비 상담 배달 택배 청소 경비 시설 관리 외래 병동 고객 안내 접수 보안 주차 교육 영업 운영 "
    "민원 콜센터 물류 반품 교환 점검 검침 방역 수거 운송 이사 인테리어 에어컨 보일러 가스 전기 통신 인터넷".split())
# A record's state after a role (`환자 상태 설명함`, `검사 정상 소견`): a closed list, as given names are words too
# (`보호자 정호 확인함`, `환자 정숙 입원 중`: a review's probes).
_RECORD_STATES = frozenset(
    "상태 정상 양호 안정 호전 악화 동반 이상 부재 외출 상담 방문 연락 동의 거부 대기 귀가 의식 통증 증상 경과 소견 "
    "결과 기록 면회 확인 설명 교육 퇴원 입원 전원 수술 검사 진료 처치 투약 관찰 금식 유지 수액 산소 흡인 배액 소독 "
    "드레싱 격리 재활 식사 수면 배변 보행".split())
# `다음 달에 이사`, `부산으로 이사`: a place or a time with its particle before the noun `이사` (moving house), which a
# title reading takes for the rank (`이사`, a director).
_MOVING_AFTER = re.compile(r"[ ]이사(?!님|장|회)")


def cue_word(model, text: str, start: int, end: int, field: str | None) -> bool:
    """Is a cue pattern's candidate `text[start:end]` a dictionary word by the shapes above (`model`:
    `prep.pii.names_ko.NameModel`; `field`: the name's field right before it, `성명`, `이름:`, `신청인 `)?"""
    candidate = text[start:end]
    if field is not None and candidate in FORM_PLACEHOLDERS:
        return True
    # after `성명`, `이름` or a colon a word is taken as the name it is there (`성명 임진`, `보호자: 정상`)
    named = field is not None and (re.search("[:：\t]", field) or not field.strip().endswith("인"))
    if candidate in model.full_names or named or len(candidate) < 2:
        return False
    if compound_word(model, candidate):
        return True  # `편의점 사장님`, `지국장님`, `기수별 회장님`, `서명란 대표이사` (round 13)
    # a word whose last syllable ends almost no given name (`선배|맘`, `온열|질`); not a title inside (`박과장님`)
    if len(candidate) == 3 and candidate[:2] in model.words and model.second.get(candidate[2], 0) < _RARE_SECOND \
            and candidate[1:] not in model.words and not _TITLE_AFTER.match(candidate, 2):
        return True  # not `제소망 씨`, `박모델은`: a surname and a word for a given name
    if len(candidate) == 3 and candidate[2] in "은는" and candidate[:2] in model.common_words \
            and model.first.get(candidate[1], 0) < _RARE_SECOND:
        return True  # `모델|은 환자`: a common word and its topic particle, `델` starts almost no given name
    if len(candidate) >= 3 or _TITLE_AFTER.match(text, end):
        return False
    # a record's state right after the role, a space between (no colon, no list's comma), and another word after
    return candidate in _RECORD_STATES and _ROLE_BEFORE.search(text, max(0, start - 2), start) is not None \
        and _WORD_AFTER.match(text, end) is not None  # `환자 상태 설명함`; `보호자 정호 확인함` stays a name


def job_noun(model, text: str, start: int, end: int) -> bool:
    """Is the span what a form asks for (`성명: 미상`), a word and a particle of place before the noun `이사` (`달에
    이사`), or a two-syllable dictionary word that is no common given name of the lexicon before a job's title (`배송
    기사님`, `외래 상담사`)?"""
    span = text[start:end]
    if span in FORM_PLACEHOLDERS:
        return _TITLE_AFTER.match(text, end) is None  # `성명: 미상`
    if len(span) == 2 and span[1] in "에로" and _MOVING_AFTER.match(text, end) and not re.search(
            rf"(?<![가-힣])[가-힣]{span}(?=[ ]?이사)", text):
        return True  # `이번 달에 이사`; not `정로 이사는` after `김정로 이사` (the full name called back)
    return span in _SERVICE_NOUNS and _JOB_AFTER.match(text, end) is not None


def word_after_rare_surname(model, text: str) -> bool:
    """Is a three-syllable value (`순매도`, `제거제`) a rare surname's syllable before a common word that no name of the
    lexicon has as its given name? A context's reading (`외국인 순매도`, `제거제(...)`) then finds no name there;
    common surnames keep such given names (`이구름`, `김소망`), and so do the old given names in `이` (`길분이`)."""
    given = text[1:]
    return given in model.common_words and given not in model.given_names and text[2] != "이" \
        and model.surname_shares.get(text[0], 0.0) < _RARE_SURNAME_SHARE


# Syllables that close a compound after a common noun (`기수|별` per class, `서명|란` the signature's box, `업무|용`).
_COMPOUND_SUFFIXES = frozenset("별란용급측간")
# A surname this rare or rarer (its share of the lexicon's full names; `지` 0.0065, `백` 0.011) before a word of the
# dictionary: the word's first syllable. A common surname and a word's syllables are a name as often (`이|태란`,
# `정|서란`, `이|다별`, `김|성별`: a review's probes; `란` and `용` end many given names).
_WORD_SURNAME_SHARE = 0.01
_RARE_NAME_END = 100  # a suffix that ends fewer given names than this (of ~120k full names) closes any common word
# Both syllables of a given name at least this common (starting and ending given names, of ~120k full names): a rare
# surname's name that happens to be a word (`은|철일`, `우|문윤`), not a word's syllables (`편|의점`, `지|국장`,
# `공|장장`, `선|후배`).
_GIVEN_SYLLABLE_COUNT = 300


def compound_word(model, candidate: str) -> bool:
    """Is a three-syllable candidate no full name of the lexicon but a word built of words (round 13): a common
    word (`편의점`, `선후배`) or a word whose last two syllables are a plain word (`지|국장`) after a rare surname's
    syllable, or a common word and a compound's suffix after a rare surname's syllable (`기수|별`, `부서|별`), or a
    form's box (`서명|란`); never where its last two syllables are a given name of the lexicon, or read as one?"""
    if len(candidate) != 3 or candidate in model.full_names or model.given_names.get(candidate[1:], 0) >= 2:
        return False  # a surname and a given name of the lexicon (`박혜연`, a common word of the dictionary too)
    prefix, suffix = candidate[:2], candidate[2]
    if prefix in FORM_PLACEHOLDERS and suffix == "란":
        return True  # `서명란`, `기재란`: the box a form asks to fill
    if model.surname_shares.get(candidate[0], 0.0) >= _WORD_SURNAME_SHARE:
        return False  # a common surname keeps a name that is a word too (`김지서`, `이나호`, `이태란`, `정하별`)
    if min(model.first.get(candidate[1], 0), model.second.get(suffix, 0)) >= _GIVEN_SYLLABLE_COUNT:
        return False  # `은철일`, `우문윤`: the given name's syllables are common ones
    if candidate in model.common_words or candidate in model.words and model.plain_word(candidate[1:]):
        return True  # `편|의점`, `지|국장`
    # `란` and `용` end many given names: after a plain word only (`부서|별`; not `조|선비 선생님`)
    return prefix in model.common_words and suffix in _COMPOUND_SUFFIXES and (
        model.second.get(suffix, 0) < _RARE_NAME_END or model.plain_word(prefix))
