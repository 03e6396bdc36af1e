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
Round 15's review (81 real names lost in 737 probes) narrowed each to where nothing marks a person: the marks are the
detectors' own lists of titles, roles, kin and person words (`PERSON_AFTER`), a verb form needs a verb's reading (an
object before, a sentence after), `상차장` a place in the document, an amount a magnitude other than `조`, a role noun
before `님` a known one or a rare surname; where the name and the word cannot be told apart, the name wins.
"""

from __future__ import annotations

import re

from prep.pii.names_en_words import trie_pattern
from prep.pii.names_ko_kin import FULL_NAME_TITLES, GIVEN_TITLES, KIN_WORDS, PERSON_WORDS
from prep.pii.names_ko_layouts import KIN_CALLS, PERSON_FIELD_LABELS
from prep.pii.names_ko_titles import BARE_TITLES, HEAD_TITLES, MORE_TITLES, TITLES
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
# Titles and honorifics after a name, read from the lists the detectors already use (`prep.pii.names_ko_titles`, the
# cue recognizer's `KO_TITLE_WORDS`, the kin reader's titles and calls): one home for `prep.pii.names_ko_alone` too.
TITLE_WORDS = frozenset(re.findall("[가-힣]+", "|".join((
    TITLES, MORE_TITLES, BARE_TITLES, HEAD_TITLES, GIVEN_TITLES, FULL_NAME_TITLES, KO_TITLE_WORDS, KIN_CALLS.pattern))))
# Titles, roles, kin and person words: those titles, the cue recognizer's roles, the field readers' labels, and
# the people a notice or a chat names (`어린이`, `환자`, `선수`, `고객`). Beside a word, before or after it, any of
# them says the word is a person's (round 15's review: `정하자 학생`, `딸 정하자`, `3호시아 어린이`).
PERSON_ROLES = TITLE_WORDS | frozenset(re.findall("[가-힣]+", f"{KO_ROLES_BEFORE}|{PERSON_FIELD_LABELS}")) | frozenset(
    KIN_WORDS) | frozenset(w for w in PERSON_WORDS if len(w) >= 2) | frozenset("""
    담당 담당자 어린이 환자 학생 고객 손님 선수 감독 코치 기자 의사 교사 목사 집사 권사 장로 소장 사장 여사 신청인
    장남 차남 삼남 장녀 차녀 삼녀 막내 부인 회원 팀원 조원 반장 회장 총무 보컬 개발자 담임 원아 원생
    """.split())
PERSON_AFTER = re.compile(rf"[ ]?(?:씨|님|군|양|{trie_pattern(sorted(PERSON_ROLES))})")
# Person nouns a heading's name may follow (`담임 문진표`, `신입사원 문진표`): kin and person words, a person's
# last syllable.
_PERSON_NOUNS = frozenset(KIN_WORDS) | frozenset(PERSON_WORDS) | {"담임", "담당", "고객", "환자", "부모"}
_PERSON_SYLLABLES = frozenset("원자인생사님씨객민아")
# A field's value or a chat speaker's slot (`보낸 사람: 정하여`, `[오후 2:10] 정하자: ...`, `| 정하여 |`).
_FIELD_OR_SPEAKER = re.compile(r"[ ]?[:：|]")
_FIELD_BEFORE = re.compile(r"[:：|\]][ \t]*$")
_WORD_BEFORE = re.compile(r"(?<![가-힣])([가-힣]{1,6})[ ]$")
# After a form of `하다` read as the verb: a sentence's end or the sentence going on (`하시어 웃었다`, `정하여 알려`);
# not a comma, a bracket or a list's mark (`정하자, 김민수`, `정하자 (010-...)`, `정하자 / 하시어`).
_VERB_AFTER = re.compile(r"[ ]?(?:[.!?~…]|$)|[ ][가-힣]", re.MULTILINE)
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
# An award or an honour closing the heading's noun (`올해의선수상 손재록`, `우수사원표창 이명록`): a person's.
_HONOURS = ("상", "표창", "훈장", "포상", "패")
# A place of loading in the document (`물류센터 상차장`, `2층 상차장`, `상차장이랑 하차장`).
_PLACE_MARKS = re.compile(r"\d[ ]?층|센터|터미널|창고|하차장|화물|지게차")
# Before an amount in Hangul: a digit, `금`, `총`, `약` (`금 이십만원`).
_AMOUNT_BEFORE = re.compile(r"(?:\d|(?<![가-힣])[금총약])[ ]?$")
# Known role nouns before `님` (`지원자님`); another dictionary word of this build is a role only after a surname
# this rare (`조정자님`, `이성인님` are names too).
_ROLE_NOUNS = frozenset("""
지원자 신청자 이용자 사용자 방문자 주문자 구매자 참가자 참석자 응시자 예약자 가입자 판매자 운영자 관리자 작성자 보호자
수령인 모험가 수강생 구독자 시청자 후원자 접수자
""".split())
_RARE_SURNAME_SHARE = 0.005
# A given name's marks after it in a thing's field (`지은이의 방`, `수진이네 분식`, `민지의 일상`, `민수와 친구들`,
# `민지 생일 파티`): the thing is named after a person.
_GIVEN_NAME_TAILS = ("이네", "이의", "이랑", "이와", "네", "의", "랑", "와", "과")
_GIVEN_NAME_MARK = re.compile(r"이?(?:의|네|랑|와|과|하고)(?![가-힣])|이네|[ ](?:생일|일상|친구)")
# A field's label before a value: a word, a name's label after it (`보컬: `, `회장 이름: `, `팀원 이름 `).
_SLOT_LABEL = re.compile(r"(?<![가-힣])([가-힣]{1,6})(?:[ ]?(이름|성명|성함))?(?:[ \t]*[:：][ \t]*|(?<=[름명함])[ ])$")
_HANGUL_WORD = re.compile("(?<![가-힣])[가-힣]+")
# A surname this common (its share of the lexicon's full names) before a glued title is a person (`정차장`).
_COMMON_SURNAME_SHARE = 0.01


def word_form_no_name_has(model, text: str, start: int, end: int) -> bool:
    """Is the detectors' candidate `text[start:end]` one of this module's forms (the docstring's list)? (`model`:
    `prep.pii.names_ko.NameModel`.)"""
    span = text[start:end]
    if "하" in span[:2] or "해" in span[:2] or "했" in span[:2] or "합" in span[:2]:
        if _doing(model, text, start, end):
            return True
    if " " in span and _phrase(model, span):
        return True  # `새벽의 검`, `별빛을 찾아`
    window = text[max(0, start - 16):start]
    if ("이름" in window or "명" in window) and _THING_NAME_FIELD.search(window) and not model.name_like(span) \
            and span.replace(" ", "") not in model.full_names and not (
            _named_after(model, text, span, end)) \
            and not _another_slot(model, text, span):
        return True  # `길드 이름: 새벽`, `팀 이름 하늘`: a thing's name; not `방 이름: 지은이의 방`
    if text.startswith("님", end) and _role_noun(model, span):
        return True  # `지원자님`
    if (text[end:end + 1] == "-" or text[start - 1:start] == "-") and _hyphen_compound(model, text, start, end):
        return True  # `길랭-바레`
    if len(span) == 2 and text.startswith(_WORD_TITLES, end + 1) and text[end:end + 1] == " " \
            and _rare_word_before_title(model, span):
        return True  # `표절 검사`, `안저 검사는`: a test, no prosecutor
    if span[0] in _NUMERALS and _hangul_amount(model, text, start):
        return True  # `단위: 백만원`
    if len(span) == 3 and span[2] in _TITLE_NOUN_ENDS and _heading_compound(model, text, start, end):
        return True  # `[건강검진 문진표]`
    return len(span) == 1 and text.startswith(_PLACE_TITLES, end) and _place_word(model, text, start, end)


def person_slot(text: str, start: int) -> bool:
    """Is `text[start:]` a field's value whose label is a person's: a title, role or kin word (`보컬: 새벽`, `담임:
    나래`, `개발자: 하루`) or a name's field that is no thing's (`회장 이름: 바람`, `팀원 이름 바다`)? There a word a
    thing's field took at another mention stays a person (round 15's review)."""
    label = _SLOT_LABEL.search(text, max(0, start - 16), start)
    return label is not None and (label[1] in PERSON_ROLES or label[2] is not None and _THING_NAME_FIELD.search(
        text, max(0, start - 16), start) is None)


def _named_after(model, text: str, span: str, end: int) -> bool:
    """A given name and its mark in a thing's field (`지은이의 방`, `민지네 떡볶이`, `민수와 친구들`): named after a
    person, whose name the candidate is (with the mark inside it or after it)."""
    if model.given_names.get(span, 0) and _GIVEN_NAME_MARK.match(text, end):
        return True
    stem = next((span[:-len(tail)] for tail in _GIVEN_NAME_TAILS if span.endswith(tail)), "")
    return len(stem) >= 2 and model.given_names.get(stem, 0) > 0


def _another_slot(model, text: str, span: str) -> bool:
    """Does a person's field hold another word, no full name, or another field a given name (`팀 이름 하늘, 팀원 이름
    바다`, `반 이름: 햇살반 / 담임: 나래`, `드러머: 하람`)? The rules may miss it, and the name tagger reads only the
    documents where they found a person: the thing's word stays a candidate there (recall first)."""
    for match in _HANGUL_WORD.finditer(text):
        word = match.group()
        at = match.start()
        if not span.startswith(word) and not model.name_like(word) and (person_slot(text, at) or model.given_names.get(
                word, 0) and _FIELD_BEFORE.search(text, max(0, at - 3), at)):
            return True
    return False


def hangul_end(text: str, at: int) -> int:
    """Where the Hangul word that goes on at `at` ends (`at` itself where none does)."""
    while at < len(text) and "가" <= text[at] <= "힣":
        at += 1
    return at


def _doing(model, text: str, start: int, end: int) -> bool:
    """`이름 정하|자.`, `다녀오시라 하|시어 웃었다`: the Hangul word from the candidate on is a surname's syllable and a
    form of `하다`, or a form itself, read as the verb: a plain word before it on its line (its object or adverb), a
    sentence's end or a verb after; and nothing marks any of its mentions as a person's (a title, role, kin or person
    word before or after, a field or a speaker's slot). Where the reading is unsure, the name wins: at a line's start,
    in a list, beside a number, before a particle (`정하자는`, `정하자, 김민수`, `정하자 (010-...)`)."""
    if start > 0 and "가" <= text[start - 1] <= "힣":
        return False
    word = text[start:hangul_end(text, start)]
    if not (word in _HADA_FORMS or word[1:] in _HADA_FORMS):
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 8), start)
    if before is None or _VERB_AFTER.match(text, start + len(word)) is None or _person_word(model, before[1]):
        return False
    at = text.find(word)
    while at >= 0:
        if not (at > 0 and "가" <= text[at - 1] <= "힣"):
            before = _WORD_BEFORE.search(text, max(0, at - 8), at)
            if PERSON_AFTER.match(text, at + len(word)) is not None or (
                    before is not None and _person_word(model, before[1])) or _FIELD_OR_SPEAKER.match(
                    text, at + len(word)) or _FIELD_BEFORE.search(text, max(0, at - 3), at):
                return False  # `정하자 씨`, `회장 정하자`, `보낸 사람: 정하여`, `[오후 2:10] 정하자: ...`
        at = text.find(word, at + 1)
    return True


def _person_word(model, word: str) -> bool:
    """A title, role, kin or person word, with a particle at most (`막내`, `장녀`, `엄마가`), or a name-shaped word."""
    return word in PERSON_ROLES or word[:-1] in PERSON_ROLES or word[-2:] in PERSON_ROLES or model.name_like(word) \
        or model.given_names.get(word, 0) > 0


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
    is no known full name (`이수자` stays a name; `이원자` is no word), and a known role or a rare surname's reading
    (`이성인님`, `조정자님` stay names: `이` and `조` are common surnames)."""
    return len(span) == 3 and span[2] in _ROLE_ENDS and span in model.words and span[:2] in model.common_words \
        and span not in model.full_names and (span in _ROLE_NOUNS or model.surname_shares.get(
            span[0], 0.0) < _RARE_SURNAME_SHARE)


def _hyphen_compound(model, text: str, start: int, end: int) -> bool:
    """A short candidate glued by a hyphen to another Hangul word (`길랭-바레`, `바레-길랭`), neither side a name nor a
    given name (`하늘-바다 남매`)."""
    span = text[start:end]
    if _name_or_given(model, span) or len(span) == 1:
        return False  # `박-최 교수`: two surnames, two people
    if text.startswith("-", end) and end + 1 < len(text) and "가" <= text[end + 1] <= "힣":
        other = text[end + 1:hangul_end(text, end + 1)]
    elif start >= 2 and text[start - 1] == "-" and "가" <= text[start - 2] <= "힣":
        at = start - 1
        while at > 0 and "가" <= text[at - 1] <= "힣":
            at -= 1
        other = text[at:start - 1]
    else:
        return False
    return not (_name_or_given(model, other) or len(other) == 1 and other in model.surnames)


def _name_or_given(model, word: str) -> bool:
    return model.name_like(word) or word in model.full_names or model.given_names.get(word, 0) >= 2


def _place_word(model, text: str, start: int, end: int) -> bool:
    """A rare surname's syllable and a glued title that spell a place's word (`상차|장`, `주차|장`) in a document that
    names a place of loading (`물류센터`, `2층`, `하차장`), no `님` after and no person of that surname and title in
    the document (`상 차장님`, `상차장님`). Without a place's mark it is a person (`상차장이 보고서 올렸어요`)."""
    surname = text[start]
    title_end = end + len(_PLACE_TITLES[0])
    if not (model.surname_shares.get(surname, 0.0) < _COMMON_SURNAME_SHARE and surname + text[end] in model.words
            and not (start > 0 and "가" <= text[start - 1] <= "힣")):
        return False
    title = _PLACE_TITLES[0]
    return _PLACE_MARKS.search(text) is not None and not text.startswith("님", title_end) \
        and f"{surname} {title}" not in text and f"{surname}{title}님" not in text


def _hangul_amount(model, text: str, start: int) -> bool:
    """`백만원`, `천만 원이`, `금 이십만원`: the Hangul word from `start` is numerals with a magnitude and a unit,
    nothing after; a magnitude other than `조` (a surname: `조이원`, `조오건`) or a digit, `금`, `총`, `약` before."""
    if start > 0 and "가" <= text[start - 1] <= "힣":
        return False
    amount = _AMOUNT.match(text, start)
    if amount is None or PERSON_AFTER.match(text, hangul_end(text, start)) is not None:
        return False
    return any(c in "백천만억" for c in amount[0]) or _AMOUNT_BEFORE.search(text, max(0, start - 3), start) is not None


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
    if before.endswith(_HONOURS):
        return False  # `[올해의선수상 손재록]`: an award's heading names a person
    return len(before) >= 4 and all("가" <= c <= "힣" for c in before) and before[-1] not in _PERSON_SYLLABLES \
        and not before.endswith(
        tuple(PERSON_ROLES | _PERSON_NOUNS)) and any(before[k:] in model.words for k in range(len(before) - 4,
                                                                                              len(before) - 1))


def _rare_word_before_title(model, span: str) -> bool:
    """A dictionary word that is no given name, whose second syllable almost no given name has (`표|절`, `안|저`)."""
    return span in model.words and span not in model.given_names \
        and model.second.get(span[1], 0) < _SHORT_NAME_SYLLABLE_COUNT
