"""Round 15: Hangul words that parse as a name but whose form no name has; a veto of the Korean detectors.

Clean Korean text of two writers we had not read (community notices and chats, clinic and work papers) came out
changed where a name's reading met a word whose grammar or build says it is no one's name:
- a verb of `하다` conjugated after a surname's syllable (`이름 정하|자`, `걸음 하|시어`, `정하|여`): MeCab-ko's
  dictionary holds no verb forms, so the lexicon reads `하자`, `시어` as given names;
- a field's value with a genitive inside (`이름: 새벽의 검`): no name is a phrase in `의`; and the value of a
  thing's name (`팀 이름:`, `파일 이름:`, `모임 이름 -`), which a person's field reading took whatever the word;
- a role noun of the dictionary before `님` (`지원자님`, `신청자님`, `사용자님`): who a letter addresses, no name;
- a transliterated compound joined to more Hangul by a hyphen (`길랭-바레 증후군`, `바레-길랭`), where neither
  side is a name;
- a rare surname's syllable glued to a title that is a place's word with it (`2층 상차장`: a loading dock; `주차장`).
Each keeps a real name in the same slot: a title or `씨`/`님` after the verb form (`정하자 씨`), a name-shaped value
in a thing's field, a surname and a common given name before `님` (`이수자 님`), name-shaped words on both sides of a
hyphen (`김민수-이지은`), a common surname or `님` after the glued title (`정차장님`, `김차장`).
"""

from __future__ import annotations

import re

from prep.pii.names_ko_kin import KIN_WORDS, PERSON_WORDS
from prep.pii.names_ko_titles import HEAD_TITLES, MORE_TITLES, TITLES
from prep.pii.patterns import KO_ROLES_BEFORE, KO_TITLE_WORDS

# The forms of `하다` that are a whole Hangul word (`하자`, `하여`, `하시어`, `했다`): the word after a surname's
# syllable, or the word itself where `하` is the surname (`하|시어`). Exact words only: `하여진`, `하세영`, `하시우`,
# `이하은` are names whose syllables start like a form.
_HADA_FORMS = frozenset("""
하자 하자고 하자는 하자며 하여 하여도 하여야 하였다 하였고 하였으며 하였던 하였습니다 하시어 하시오 하십시오 하세요
하셔서 하셨다 하셨어요 하셨습니다 하십니다 하시고 하시며 하시면 하시니 하시는 하신다 하시길 하시기 하도록 하기로
하려고 하려면 하면서 하였으나 합시다 합니다 합니까 했다 했어 했어요 했고 했는데 했으며 했습니다 해서 해요 해야 해도
해주세요 해줘 하겠다 하겠습니다 하지만 하는데 하니까 하더라도
""".split())
_TITLE_OR_HONORIFIC = re.compile(
    r"[ ]?(?:씨|님|군|양|선생|과장|부장|차장|대리|팀장|간호사|기사|교수|박사|사원|주임|실장|드림|올림|선배|후배|"
    r"언니|오빠|누나|형|이모|삼촌|작가|위원|매니저|대표|원장|변호사|의원)")
# Titles and roles before a name (`회장 정하자`, `담당 간호사 하시어`): the detectors' lists; there the word is a name.
_ROLE_WORDS = frozenset(re.findall("[가-힣]+", "|".join((TITLES, MORE_TITLES, HEAD_TITLES, KO_ROLES_BEFORE,
                                                          KO_TITLE_WORDS)))) | {"담당", "담당자"}
# Person nouns a heading's name may follow (`담임 문진표`, `신입사원 문진표`): kin and person words, a person's
# last syllable.
_PERSON_NOUNS = frozenset(KIN_WORDS) | frozenset(PERSON_WORDS) | {"담임", "담당", "고객", "환자", "부모"}
_PERSON_SYLLABLES = frozenset("원자인생사님씨객민아")
# A field's value or a chat speaker's slot (`보낸 사람: 정하여`, `[오후 2:10] 정하자: ...`, `| 정하여 |`).
_FIELD_OR_SPEAKER = re.compile(r"[ ]?[:：|]")
_FIELD_BEFORE = re.compile(r"[:：|\]][ \t]*$")
_WORD_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{1,6})[ ]$")
# Case particles no name's word ends in inside a field's value (the genitive, the object, place and direction; not `과`
# and `와`, which join two names: `참석: 보람과 슬기`).
_CASE_PARTICLES = ("의", "을", "를", "에서", "에", "으로", "로")
# A field whose label names a thing, a group or a file (`길드 이름:`, `팀 이름`, `파일 이름 -`, `프로젝트명:`).
_THING_NAME_FIELD = re.compile(  # a whole word: `상대방 이름` is a person's
    r"(?<![가-힣])(?:팀|모임|그룹|길드|클랜|동아리|동호회|밴드|채널|채팅방|단톡방|방|카페|가게|매장|회사|브랜드|제품|상품|메뉴|"
    r"파일|폴더|프로젝트|앱|서비스|변수|함수|클래스|테이블|서버|호스트|네트워크|와이파이|도메인|프로그램|게임|"
    r"캐릭터|앨범|노래|곡|작품|행사|대회|축제|강좌|과목|학교|회의|이벤트|캠페인|상호|부스|공방|반|조)"
    r"(?:[ ]?이름[ \t]*(?:[:：\-=][ \t]*|은[ ]|는[ ]|[ \t])|명[ \t]*[:：=][ \t]*)['\"‘“「]?$")
# A role's last syllable after a dictionary word (`지원|자`, `신청|자`, `모험|가`, `수령|인`, `회|원`, `학|생`).
_ROLE_ENDS = frozenset("자가인원생")
# Titles that, glued after a syllable, spell a place's word with it (`상차|장`, `주차|장`, `하차|장`).
_PLACE_TITLES = ("차장",)
# Titles that are common nouns too (a test, an article, a director...), and how often given names end in a syllable
# for the detector to take a surname and it as a short name where a context says name (`SYLLABLE_CONTEXT_COUNT` of
# `prep.pii.names_ko`): below that, a dictionary word before such a title is the word (`표절 검사`, `안저 검사`).
_WORD_TITLES = ("검사", "기사", "이사", "대리", "과장", "감독", "책임", "선임", "수석")
_SHORT_NAME_SYLLABLE_COUNT = 10
# An amount written in Hangul numerals and its unit (`백만원`, `천오백만 원`; `백`, `천`, `오` are surnames too).
_NUMERALS = frozenset("일이삼사오육칠팔구십백천만억조")
_AMOUNT = re.compile(r"[일이삼사오육칠팔구십백천만억조]*[십백천만억조][일이삼사오육칠팔구십백천만억조]*[ ]?"
                     r"(?:원|명|개|달러|엔|위안|건|회|배)(?:이|은|을|의|에|으로|도|만|까지|씩|대|정도|짜리|어치)?(?![가-힣])")
# Nouns that close a document's title after a dictionary word (`문진|표`, `회의|록`, `신청|부`): in a heading after
# another noun (`[건강검진 문진표]`, `일반건강검진 문진표 (공통)` on the first line) the compound is the title.
_TITLE_NOUN_ENDS = frozenset("표문록부집")
_HEADING_END = re.compile(r"[ ]?(?:[\]>】)]|\(|$)", re.MULTILINE)
# A surname this common (its share of the lexicon's full names) before a glued title is a person (`정차장`).
_COMMON_SURNAME_SHARE = 0.01


def word_form_no_name_has(model, text: str, start: int, end: int) -> bool:
    """Is the detectors' candidate `text[start:end]` one of this module's forms (the docstring's list)? (`model`:
    `prep.pii.names_ko.NameModel`.)"""
    span = text[start:end]
    if "하" in span[:2] or "해" in span[:2] or "했" in span[:2] or "합" in span[:2]:
        if _doing(text, start, end):
            return True
    if " " in span and _phrase(model, span):
        return True  # `새벽의 검`, `별빛을 찾아`
    window = text[max(0, start - 16):start]
    if ("이름" in window or "명" in window) and _THING_NAME_FIELD.search(window) and not model.name_like(span) \
            and span.replace(" ", "") not in model.full_names:
        return True  # `길드 이름: 새벽`, `팀 이름 하늘`: a thing's name
    if text.startswith("님", end) and _role_noun(model, span):
        return True  # `지원자님`
    if (text[end:end + 1] == "-" or text[start - 1:start] == "-") and _hyphen_compound(model, text, start, end):
        return True  # `길랭-바레`
    if len(span) == 2 and text.startswith(_WORD_TITLES, end + 1) and text[end:end + 1] == " " \
            and _rare_word_before_title(model, span):
        return True  # `표절 검사`, `안저 검사는`: a test, no prosecutor
    if span[0] in _NUMERALS and _hangul_amount(text, start):
        return True  # `단위: 백만원`
    if len(span) == 3 and span[2] in _TITLE_NOUN_ENDS and _heading_compound(model, text, start, end):
        return True  # `[건강검진 문진표]`
    return len(span) == 1 and text.startswith(_PLACE_TITLES, end) and _place_word(model, text, start, end)


def _word_end(text: str, at: int) -> int:
    while at < len(text) and "가" <= text[at] <= "힣":
        at += 1
    return at


def _doing(text: str, start: int, end: int) -> bool:
    """`정하|자`, `하|시어`: the Hangul word from the candidate on is a surname's syllable and a form of `하다`, or a
    form itself, and no occurrence of it in the document has a title after it or a role before (`정하자 씨`, `회장
    정하자`: a person, at every mention)."""
    if start > 0 and "가" <= text[start - 1] <= "힣":
        return False
    word = text[start:_word_end(text, start)]
    if not (word in _HADA_FORMS or word[1:] in _HADA_FORMS):
        return False
    at = text.find(word)
    while at >= 0:
        if not (at > 0 and "가" <= text[at - 1] <= "힣"):
            before = _WORD_BEFORE.search(text, max(0, at - 8), at)
            if _TITLE_OR_HONORIFIC.match(text, at + len(word)) is not None or (
                    before is not None and before[1] in _ROLE_WORDS) or _FIELD_OR_SPEAKER.match(
                    text, at + len(word)) or _FIELD_BEFORE.search(text, max(0, at - 3), at):
                return False  # `정하자 씨`, `회장 정하자`, `보낸 사람: 정하여`, `[오후 2:10] 정하자: ...`
        at = text.find(word, at + 1)
    return True


def _phrase(model, span: str) -> bool:
    """A phrase: a common word of two syllables or more and a case particle before its last word (`새벽의 검`, `바다를
    건너`, `구름으로 간다`); no name's word ends so (`남궁 민수`, `김 하늘`)."""
    for word in span.split()[:-1]:
        for particle in _CASE_PARTICLES:
            stem = word[:-len(particle)]
            if word.endswith(particle) and len(stem) >= 2 and stem in model.common_words:
                return True
    return False


def _role_noun(model, span: str) -> bool:
    """A dictionary word of three syllables, a common word and a role's syllable (`지원|자`, `신청|자`, `모험|가`), that
    is no known full name (`이수자` stays a name; `이원자` is no word)."""
    return len(span) == 3 and span[2] in _ROLE_ENDS and span in model.words and span[:2] in model.common_words \
        and span not in model.full_names


def _hyphen_compound(model, text: str, start: int, end: int) -> bool:
    """A short candidate glued by a hyphen to another Hangul word (`길랭-바레`, `바레-길랭`), neither side a name nor a
    given name (`하늘-바다 남매`)."""
    span = text[start:end]
    if _name_or_given(model, span):
        return False
    if text.startswith("-", end) and end + 1 < len(text) and "가" <= text[end + 1] <= "힣":
        other = text[end + 1:_word_end(text, end + 1)]
    elif start >= 2 and text[start - 1] == "-" and "가" <= text[start - 2] <= "힣":
        at = start - 1
        while at > 0 and "가" <= text[at - 1] <= "힣":
            at -= 1
        other = text[at:start - 1]
    else:
        return False
    return not _name_or_given(model, other)


def _name_or_given(model, word: str) -> bool:
    return model.name_like(word) or word in model.full_names or model.given_names.get(word, 0) >= 2


def _place_word(model, text: str, start: int, end: int) -> bool:
    """A rare surname's syllable and a glued title that spell a place's word (`상차|장`, `주차|장`), no `님` after and
    no person of that surname and title in the document (`상 차장님`, `상차장님`)."""
    surname = text[start]
    title_end = end + len(_PLACE_TITLES[0])
    if not (model.surname_shares.get(surname, 0.0) < _COMMON_SURNAME_SHARE and surname + text[end] in model.words
            and not (start > 0 and "가" <= text[start - 1] <= "힣")):
        return False
    title = _PLACE_TITLES[0]
    return not text.startswith("님", title_end) and f"{surname} {title}" not in text \
        and f"{surname}{title}님" not in text


def _hangul_amount(text: str, start: int) -> bool:
    """`백만원`, `천만 원이`: the Hangul word from `start` is numerals with a magnitude and a unit, nothing after."""
    return not (start > 0 and "가" <= text[start - 1] <= "힣") and _AMOUNT.match(text, start) is not None \
        and _TITLE_OR_HONORIFIC.match(text, _word_end(text, start)) is None


def _heading_compound(model, text: str, start: int, end: int) -> bool:
    """A dictionary word and a title's noun (`문진|표`) that closes a heading after another noun: a bracket on its line
    or the document's first line, the noun before a dictionary word or ending in one (`건강검진`), the heading's end
    after (`]`, `(`, the line's end). No known full name (`이영표`)."""
    span = text[start:end]
    if span[:2] not in model.words or span in model.full_names or _HEADING_END.match(text, end) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    if not (head.lstrip().startswith(("[", "<", "【")) or line_start == 0) or not head.endswith(" "):
        return False
    before = head.rstrip().rsplit(None, 1)[-1].lstrip("[<【") if head.strip() else ""
    # a compound noun of four syllables or more before (`건강검진`), no person's (`담당간호사`, `담임`)
    return len(before) >= 4 and all("가" <= c <= "힣" for c in before) and before[-1] not in _PERSON_SYLLABLES \
        and not before.endswith(
        tuple(_ROLE_WORDS | _PERSON_NOUNS)) and any(before[k:] in model.words for k in range(len(before) - 4,
                                                                                              len(before) - 1))


def _rare_word_before_title(model, span: str) -> bool:
    """A dictionary word that is no given name, whose second syllable almost no given name has (`표|절`, `안|저`)."""
    return span in model.words and span not in model.given_names \
        and model.second.get(span[1], 0) < _SHORT_NAME_SYLLABLE_COUNT
