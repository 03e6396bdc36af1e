"""Round 14: a document whose only Korean name candidates are dictionary words, none of them marked as a person.

Clean Korean text from writers we had not read (notices, prize lists, ward notes, price lists) came
out changed where one common word took a name's reading and nothing else in the document was personal:
a word after a role (`팀장 승인`), a group before a plural honorific (`성도님들`), a word and its
particle (`장관은`), the start of a longer word (`노래자|랑`), a price's unit (`7,000원인데`). Real names
that are words too (`누리`, `하늘`, `보람`, `슬기`, `단비`) came with a mark that these lacked: a
vocative (`누리야`), the hypocoristic `-이` (`보람이랑`), an honorific or a title after (`슬기님`,
`소라 원장님`), a kin word before or after (`동생 단비`, `지유 엄마`), a chat speaker's slot, an age
(`감별(29)씨`), a self-introduction (`저는 지유예요`).

So the veto reads the whole document: where its candidates are one value, a common word of MeCab-ko's
dictionary (`prep.pii.names_ko`'s lexicon) alone, with a particle, as the start of a longer common word or before a
syllable that no given name has, no occurrence of it carries one of those marks and the text holds no other
personal value (a phone or account number, an e-mail address), the candidate is dropped. The detector
(`MoreContexts.final`) reads its own candidates; the cue recognizer (`prep.pii.recognizers`) reads its own and the
detector's. Two different candidates, a name-shaped one (`김서윤`, `소율`, `박수도`), a known full name (`이성재`) or
one mark anywhere keeps them (recall first). Apart from that, a counter glued to a number starts no name
(`after_number`: `7,000|원인데`, `제3|호서식`).

A review of the veto (2,080 probes) found it narrower than the detectors: real names lost where the mark was a
title the detectors know and this module did not (`은혜 집사님`, `하늘 선배`, `보람 샘`), a title that is a common
noun too written apart (`정상 대리`, `하늘 이사`), a person noun before (`이웃`, `매형`), a person's field
(`받는 사람:`, `예금주:`, `담당`), a sign-off (`은하 드림`, `나래 배상`), a name the tagger found in the same document
(`담당은 소피아`: the tagger reads only documents where a rule found a person), and a surname after a digit
(`등번호7박지성`). So the marks are read from the detectors' own lists (`prep.pii.names_ko_titles`, the kin reader's,
the field readers', the cue recognizer's), another word of the document that names a person (a baptismal name, a word
with a mark) keeps the candidates, and `after_number` leaves a surname before a common given name or a known full
name. The review's 131 losses are found again; of its 16 look-alikes dropped, 12 stay dropped (a baptismal name or a
word before `님` now keeps the document's word: `신발 님 배송`, `마르코 님께`).

Measured (round 14): Korean clean rows changed fell on eight tuning sets of different writers (v20 0.110 -> 0.060,
v21 0.090 -> 0.070, v19 0.090 -> 0.070, t14 0.067 -> 0.033, ...); no name lost on any tuning set or on the generated
bench. What is left is mostly three-syllable compounds that also parse as a surname and a given name of common
syllables (`이사철`, `배차일`, `한정식`): the lexicon cannot tell those from names, and they stay (recall first).
"""

from __future__ import annotations

import re

from prep.pii.names_en_words import trie_pattern
from prep.pii.names_ko_compounds import glued_words
from prep.pii.names_ko_cues import BAPTISMAL_NAMES
from prep.pii.names_ko_forms import PERSON_AFTER, TITLE_WORDS, hangul_end
from prep.pii.names_ko_kin import GIVEN_TITLES, KIN_WORDS, PERSON_WORDS
from prep.pii.names_ko_layouts import KIN_CALLS, PERSON_FIELD_LABELS, STOP_VALUES, has_final
from prep.pii.names_ko_titles import SIGN_OFFS, TITLES
from prep.pii.patterns import KO_LABELS, KO_NAME_LABELS, KO_ROLES_BEFORE

# Particles a word takes (`장관|은`, `이상|은`, `연결|은`): a candidate that is a dictionary word and one of these.
_WORD_PARTICLES = ("은", "는", "이", "가", "을", "를", "의", "도", "만", "에", "으로", "로", "과", "와", "인데", "이다")
# The hypocoristic `-이` and a particle (`보람이랑`, `누리가` is the bare particle): a given name, never a plain word.
_HYPOCORISTIC_TAILS = ("이가", "이는", "이도", "이랑", "이를", "이한테", "이에게", "이하고", "이네", "이야",
                       "이의", "이만", "이와", "이고", "이한테도", "이랑은", "이형", "이네서")
# Titles and honorifics after a name, read from the lists the detectors already use (`names_ko_forms.TITLE_WORDS`): a
# space before, or glued where `TITLES`, the kin reader's given names' titles or kin calls list it (`서진언니가`);
# `님들`/`분들` is a group (`성도님들`, `회원분들`). `시장` after a word is a market (`전통 시장`).
_TITLE_WORDS = TITLE_WORDS - {"시장"}
_GLUED_TITLES = sorted({*TITLES.split("|"), *GIVEN_TITLES.split("|"), *KIN_CALLS.pattern.split("|")} - {"님", "씨"})
_TITLE_AFTER = re.compile(rf"(?:[ ](?:{trie_pattern(sorted(_TITLE_WORDS))})|[ ]?(?:님|씨|양|군|"
                          rf"{trie_pattern(_GLUED_TITLES)})|[ ][가-힣]{{1,4}}님)(?!들|님들|분들)")  # `은혜 트레이너님`
# Titles that are common nouns too: glued to a word they make a compound (`당직교수`); after a space, a title.
_TITLES_ALSO_WORDS = ("검사", "기사", "이사", "대리", "과장", "감독", "책임", "선임", "수석")
# A letter's sign-off after its writer (`은하 드림`, `나래 배상`, `보람 씀`).
_SIGN_OFF = re.compile(rf"[ ]?(?:{'|'.join(SIGN_OFFS)}|씀)(?![가-힣])")
# Kin, household and person words before a name (`동생 단비`, `우리 다온이`, `이웃 하늘`, `매형 고은`): the kin
# reader's lists, its person words of two syllables or more (`그 하늘` is the sky, `사람` anyone).
_KIN_BEFORE = frozenset(KIN_WORDS) | frozenset(KIN_CALLS.pattern.split("|")) \
    | frozenset(w for w in PERSON_WORDS if len(w) >= 2) - {"자기", "사람"} \
    | frozenset("우리 제 내 장남 차남 삼남 장녀 차녀 삼녀 부인".split())
# A chat speaker's slot: a time before the name on its line (`오후 10:13, 가람 :`, `[21:03] 율:`), or after it
# (`지수 [오후 2:14]`, `누리 — 오늘 오후 4:12`, `[주아] [오후 1:18]`).
# (and a WhatsApp export's dash, `오전 9:05 - 로운:`; a Telegram export's comma, `로운, [10.02.25 09:14]`; Slack's two
# spaces, `로운  09:14`: round 21's review)
_TIMED_SPEAKER = re.compile(r"\d:\d\d(?:\]|,)?[ ]?(?:[-–][ ]?)?(?:\[[^\]\n]{1,10}\][ ]?)?$")
_TIME_AFTER = re.compile(r"[\],]?(?:[ ]?(?:[\[(—\-|][ ]?)?(?:오늘|어제|오전|오후|\d{1,4}[.:/-])[^\n]{0,12}\d:\d\d"
                         r"|[ ]{2,3}\d{1,2}:\d\d(?!\d))")
# Words after a name that say whose parent or household (`지유 엄마`, `누리맘`, `서윤이 어머님`, `예지네 집`).
_KIN_AFTER = re.compile(r"[ ]?(?:엄마|맘|아빠|어머님|어머니|아버님|아버지|할머니|할아버지|네[ 서집])")
# Particles that take a person (`한솔에게`, `성수랑`): after a common given name, a mark.
_PERSON_PARTICLES = ("랑", "한테", "에게", "하고", "께")
# Who introduces or names a person (`저는 지유예요`, `이름이 정은인데`).
_INTRODUCERS = ("저는", "나는", "전", "난", "저", "나", "이름은", "이름이", "이름", "제", "내")
_COPULAS = ("예요", "이에요", "입니다", "이고", "이야", "야", "인데", "이래", "래")
# Another personal value in the document (a phone or account number, an e-mail address, a number read aloud): the
# document is personal, and its doubtful words stay doubtful.
_OTHER_PERSONAL = re.compile(r"@|공일공|\d{2,6}[-. ]\d{3,6}[-. ]\d{2,6}|\d{3,4}[-.]\d{4}(?!\d)|\d{9,}")
# A person's field label before the value (`성명: 마르코 로시`, `받는 사람 지수`, `(작성: 누리)`, `담당 승리`): the
# labels the field readers know (`prep.pii.names_ko_layouts`, the cue recognizer's `KO_LABELS`).
_PERSON_FIELD = re.compile(r"(?:성명|이름|성함|[인자])(?:\([^)\n]{0,8}\)[ \t]*|[ \t]*[:：\t][ \t]*)$")
_FIELD_LABEL = re.compile(
    rf"(?:^|[(\[|/,·])[ \t]*(?:{PERSON_FIELD_LABELS}|{KO_LABELS}|담당)(?:은|는)?[ \t]*[:：]?[ \t]*$")
_PERSON_ROLE_ENDS = ("자", "인")  # `작성자`, `예약자`, `수령인`
# Person nouns before a name (`환자 정숙`, `증인 정건우`, `담당 상담원 오호은이`): the titles and a few more.
_ROLES_BEFORE = (*sorted(_TITLE_WORDS - set(KIN_CALLS.pattern.split("|"))), *KO_ROLES_BEFORE.split("|"),
                 *"환자 학생 고객 담당의 주치의 경위 경사 혼주 신랑 신부 증인 피고인 피해자 원고 피고 신청인 상담원 "
                 "상담사 기사 손님".split())
_HANGUL = re.compile("[가-힣]")
_WORD = re.compile("(?<![가-힣])[가-힣]{2,6}(?![가-힣])")
# Words a mark may follow that are never a person's name (`고객님`, `팀장님`, `회원 여러분`).
_NOT_PERSONS = STOP_VALUES | KO_NAME_LABELS | _TITLE_WORDS | _KIN_BEFORE
# Speakers of a dialogue that are persons whatever follows (`나:`, `엄마:`): a line `X:` beside one is a turn.
_PERSON_SPEAKER = re.compile(
    r"(?m)^[ \t]*(?:나|저|엄마|아빠|할머니|할아버지|언니|오빠|누나|형|동생|A|B|Q|기자|고객|상담사)[ ]?[:：]")


def lone_words(model, text: str, spans: list[tuple[int, int]]) -> bool:
    """Are the candidate `spans` of `text` all dictionary words (with a particle at most) and none marked as a person's,
    and is no other word of the document a person's (`_another_person`)? Then the document's candidates are words,
    not names."""
    if not spans:
        return False
    values = {text[s:e] for s, e in spans}
    if len(values) > 1 or not all(_word_reading(model, text, s, e) for s, e in spans) \
            or _OTHER_PERSONAL.search(text) is not None:  # the scans of the whole text last: few documents reach them
        return False
    speakers = _PERSON_SPEAKER.search(text) is not None
    for value in values:
        at = text.find(value)
        while at >= 0:
            if _marked(model, text, at, at + len(value), speakers):
                return False
            at = text.find(value, at + 1)
    return not _another_person(model, text, values, speakers)


def _another_person(model, text: str, values: set[str], speakers: bool) -> bool:
    """Does another word of the document name a person: a baptismal name that no Korean given name is
    (`담당은 소피아`, `인도 마리아`; the lexicon's other foreign names hold words too: `골드`, `이르지`), or a
    word that carries a person's mark (`백미 님`, `보람 씀`, `작성: 누리`)? The name tagger (`prep.pii.tagger`)
    reads only documents where a rule found a person: dropping the one word would lose its name too."""
    for match in _WORD.finditer(text):
        word = match.group()
        stem = next((word[:k] for k in range(len(word) - 1, 1, -1) if word[k:] in _WORD_PARTICLES), word)
        if word.startswith(tuple(values)) or word in _NOT_PERSONS:
            continue  # the candidate itself (`이슬비가`), a title or a kin word
        if stem in BAPTISMAL_NAMES and model.given_names.get(stem, 0) == 0:
            return True
        # a given name or a word before an honorific (`백미 님`); not a body before its head's title (`통신부 장관`)
        if (model.given_names.get(word, 0) or text.startswith((" 님", " 씨"), match.end())) and _marked(
                model, text, match.start(), match.end(), speakers):
            return True
    return False


def _word_reading(model, text: str, start: int, end: int) -> bool:
    """Is the candidate, where it starts its Hangul word, a dictionary word, a common word and a syllable no given
    name has (`위약|군`), the start of a longer word (`노래자|랑`), or a word and its particle (`장관|은`)?"""
    if start > 0 and "가" <= text[start - 1] <= "힣":
        return False
    value = text[start:end]
    if len(value) < 2:
        return False  # a surname before a glued title (`임대리`), a speaker's one syllable
    if " " in value:
        return all(_word(model, part) for part in value.split())
    if glued_words(model, text, start, end):
        return True  # `예정|신고`, `연장|근로` (round 16: `prep.pii.names_ko_compounds`)
    if len(value) == 3 and value[:2] in model.common_words and value[:2] not in model.surnames \
            and not model.given_score(value[1:]):
        return True  # a common word and a noun's syllable (`위약|군`, `진영|별`), no given name's syllables after
    word_end = hangul_end(text, end)
    run = text[start:word_end]
    if any(run[:k] in model.common_words for k in range(len(value) + 1, min(len(run), 6) + 1)):
        return True  # `노래자|랑`
    if value in model.full_names:
        return False  # `이성재`, `편다은`: a known full name
    return _word(model, value) or _particle_ended(model, value)


def _particle_ended(model, value: str) -> bool:
    """A common word and its particle (`장관|은`, `이상|은`)."""
    return any(value[:k] in model.common_words and value[k:] in _WORD_PARTICLES for k in range(2, len(value)))


def _role(word: str) -> bool:
    """A person noun, alone or closing a compound of three syllables or more (`담당간호사`; `통신부` is no `신부`)."""
    return word in _ROLES_BEFORE or any(word.endswith(role) for role in _ROLES_BEFORE if len(role) >= 3)


def _plain(model, value: str) -> bool:
    """A common word that no surname and given name spell (`승인`, `배송`; not `정건우`)."""
    return (value in model.common_words or _particle_ended(model, value)) and not _name_shaped(model, value)


def _name_shaped(model, value: str) -> bool:
    """A surname and a given name of common syllables (`정건우`, `박수도`)."""
    return len(value) >= 3 and value[0] in model.surnames and model.given_score(value[-2:])


def _word(model, value: str) -> bool:
    """A common word of the dictionary, or a rare two-syllable one that is no common given name (`당직`, `노티`; not
    `성훈`, `지민`)."""
    return value in model.common_words or len(value) == 2 and value in model.words and model.given_names.get(
        value, 0) < 5


def _marked(model, text: str, start: int, end: int, speakers: bool) -> bool:
    """Does this occurrence carry a person's mark: a vocative, the hypocoristic `-이`, a title after (not a plural
    `님들`), an age, a kin word or a person noun before or after, a particle that takes a person, a self-introduction,
    a person's field, a chat speaker's slot?"""
    if start > 0 and "가" <= text[start - 1] <= "힣":
        return False  # inside a longer word: no occurrence of the candidate
    value = text[start:end]
    word_end = hangul_end(text, end)
    tail = text[end:word_end]
    if tail.startswith(("님들", "분들")):
        return False  # a group (`성도님들`, `회원분들`), whatever comes before
    final = has_final(value[-1])
    for cut in range(2, len(value) + 1):  # the candidate may hold the vocative itself (`남궁아`)
        stem_final, rest = has_final(value[cut - 1]), value[cut:] + tail
        if rest in ("아", "야") and (rest == "아") == stem_final or stem_final and rest in _HYPOCORISTIC_TAILS:
            return True
    particle = value not in model.words and _particle_ended(model, value) and not _name_shaped(model, value)
    title = None if particle else _TITLE_AFTER.match(text, end)  # `이상은 대표이사`: no title of the word
    if title is not None and not (len(value) == 2 and value in model.words and model.given_names.get(value, 0) == 0
                                  and value[0] not in model.surnames and title.group().strip() not in ("님", "씨")):
        # (a surname and one syllable before a title is a short name, a rare word or not: `홍혁 기자`, `신훈 선생님`)
        glued = not title.group().startswith(" ")  # `당직교수` is a compound; `정상 대리`, `하늘 이사` a person
        return not (glued and text.startswith(_TITLES_ALSO_WORDS, end) and not text.startswith("님", end + 2))
    if _SIGN_OFF.match(text, end):
        return True  # `은하 드림`, `나래 배상`, `보람 씀`
    if text.startswith(("(", " ("), end) and re.match(r"[ ]?\(\d{1,3}(?:세)?[,)]", text[end:end + 8]):
        return True  # an age: `감별(29)씨`
    before = text[max(0, start - 12):start]
    word = before.rsplit(None, 1)[-1] if before.endswith(" ") and before.strip() else ""
    if word in _KIN_BEFORE or _role(word) and not (word.removesuffix("님").endswith("장") and (
            _plain(model, value) or _word(model, value)) or word in _TITLES_ALSO_WORDS and _plain(model, value)):
        return True  # `동생 단비`, `대리 이구름`; not a head's act (`팀장 승인`) nor a test's result (`검사 정상`)
    if _KIN_AFTER.match(text, end) or final and tail.startswith("이") and _KIN_AFTER.match(text, end + 1):
        return True  # `지유 엄마`, `누리맘`, `서윤이 어머님`
    if tail.startswith(_PERSON_PARTICLES) and model.given_names.get(value, 0) >= 5:
        return True  # `매니저 한솔에게`: a particle that takes a person, after a common given name
    if word in _INTRODUCERS and (tail.startswith(_COPULAS) or tail in ("", "라고", "이라고")):
        return True  # `저는 지유예요`, `이름이 정은인데`
    if tail in ("라고", "이라고") and text.startswith((" 불러", " 부르", " 해요", " 합니다"), word_end):
        return True  # `은아라고 불러요`
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    if _PERSON_FIELD.search(head) or _FIELD_LABEL.search(head) or word.endswith(_PERSON_ROLE_ENDS) and len(word) >= 3:
        return True  # `성명: 마르코 로시`, `작성자 성훈`
    if _TIMED_SPEAKER.search(head.rstrip()) is not None and (head.endswith(" ") or text.startswith(
            (":", " :", "：", "]"), end)):
        return True  # `오후 10:13, 가람 :`, `• 13:30 채원 치과`
    if head.strip() in ("└", "ㄴ", "↳", "┗"):
        return True  # a reply's writer (`└ 예나: ㅇㅋ`)
    if _HANGUL.search(head) is not None and head.strip() != "[":
        return False
    if _TIME_AFTER.match(text, end):
        return True  # `지수 [오후 2:14]`, `누리 — 오늘 오후 4:12`, `[주아] [오후 1:18]`
    return text.startswith((":", " :", "：", "]"), end) and (speakers or len(re.findall(
        rf"(?m)^\[?{re.escape(value)}\]?[ ]?[:：\]]", text)) > 1)


def lone_cue_words(model, text: str, spans: list[tuple[int, int]], detector) -> bool:
    """`lone_words` for the cue recognizer's candidates (`prep.pii.recognizers.KoreanPersonRecognizer`), read with the
    `detector`'s (a `prep.pii.names_ko.KoreanNameDetector`): a cue (a role before, a label) alone does not mark a
    dictionary word as a person's (`팀장 승인`)."""
    if not spans or not all(_word_reading(model, text, s, e) for s, e in spans):
        return False  # the common case: a name-shaped candidate, and the detector is not run a second time
    return lone_words(model, text, [*spans, *detector().find(text)])


# Counters and units that follow a number (`7,000원인데`, `제3호서식`, `2층`, `5번`): the syllable after a digit.
_COUNTERS = frozenset("원호개명번층년월일시분초세회차건장권대잔병통정인곳평박주")
# A counter that is a surname this common (its share of the lexicon's full names: `박`, `장`, `주`, `차`) may start a
# name after a digit (`2박서준`); a rarer one before a given name that is a common word too is the counter and a word
# (`551호|라이 본점`: round 15), before one that is no word or before a title a name still (`12호준서`, `7호하늘 씨`).
_COUNTER_SURNAME_SHARE = 0.005



def after_number(model, text: str, start: int, end: int) -> bool:
    """Does the candidate `start`-`end` begin with a counter glued to a number and a word after it (`7,000|원인데`,
    `제3|호서식`)? A unit and its word, never a name: not where the syllables after the counter, a surname too, are a
    common given name or the whole a known full name (`등번호7박지성`, `2박서준`, `15장민호 선수`)."""
    if not (start > 0 and text[start - 1].isdigit() and text[start] in _COUNTERS):
        return False
    value = text[start:end]
    return not (len(value) >= 3 and value[0] in model.surnames and (value in model.full_names or model.given_name(
        value[1:3]) or model.given_name(value[1:3], word_too=True) and (model.surname_shares.get(
            value[0], 0.0) >= _COUNTER_SURNAME_SHARE or PERSON_AFTER.match(text, end) is not None)))
