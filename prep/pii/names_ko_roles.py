"""Round 22: Korean words whose own shape says they are a role or a noun, though a name reader took them.

Clean Korean rows from writers we had not read came out changed where a word sat in a person's slot and its
syllables also parsed as a surname and a given name:

- a shift or a team as a chat's speaker, a colon or a bracket after it (`마감조: 금고 정산 끝`, `오픈조: 넵`): a
  common word and a team suffix (`조`, `팀`, `반`, `측`), where the syllables after the surname are no common given
  name (`마|감조`; `정상조` stays: `상조` is one; in prose `반응조 교수는` stays);
- a dictionary word of three syllables, a paper's noun, after a label (`보호자 신분증`): the lexicon knows the whole
  word, not as a full name, and its last two syllables are no given name (`보호자 한그루`, `보호자 정지표` stay);
- `아님` glued to a word of a set phrase (`장난아님`, "no joke") read as a name ending in `아` before `님` (`이소아님`
  stays);
- the room of a group chat's KakaoTalk export (`가족 단톡 님과 카카오톡 대화`, round 23; `김민지 님과 ...` stays);
- a shop's or a place's kind glued to a mask of its name (`종로 ○○한정식`, round 23);
- a word read as a given name and a vocative (`소피아`, `나비야`): the whole word, ending and all, is in the
  dictionary and the stem is seldom a given name, so it is that word, not `소피` called (`현정아`, `유랑아` and
  `이디야` stay: their stems are given names seen three times or more).

Each test keeps a known full name and a common given name (recall first); the lexicon is `prep.pii.names_ko`'s.
"""

from __future__ import annotations

import re

# Last syllables of papers and records (`신분증`, `주민등록표`, `등본`, `승차권`): never a given name's after a label.
_PAPER_ENDS = frozenset("증표본권")
# Words that `아님` ("isn't") follows in a set phrase (`장난아님`, `실화아님`, `레알 사람아님`): a name ending in
# `아` before `님` is far more common (`이소아님`), and the lexicon cannot tell `난아` from `소아` (round 22's review).
_NOT_IDIOMS = frozenset("장난 실화 농담 정상 사람 진심 보통 예사 가관 거짓 실물 인간 현실".split())
# A stem seen this often as a given name is one when called (`유랑아`, `안영아`: 3; `이디야` too, a false name kept).
_SEEN_GIVEN = 3
# Suffixes that make a team or a shift of a common word (`마감조`, `개발팀`, `오전반`, `회사측`).
TEAM_SUFFIXES = frozenset("조팀반측")


def _given_after_surname(model, value: str) -> bool:
    """Are the syllables after `value`'s first a common given name, or the whole a known full name?"""
    return value in model.full_names or model.given_name(value[1:], word_too=True)


def team_role(model, text: str, start: int, end: int) -> bool:
    """Is the speaker `text[start:end]` (a colon or a bracket after it) a common word and a team suffix (`마감조:`,
    `[오픈조]`), not a surname and a given name? In prose it may be one (`반응조 교수는`)."""
    return team_word(model, text[start:end]) and text[end:end + 2].lstrip(" ")[:1] in (":", "：", "]")


def team_word(model, value: str) -> bool:
    """Is `value` a common word and a team suffix (`마감조`, `개발팀`), not a surname and a given name (`정상조`)?"""
    return len(value) == 3 and value[2] in TEAM_SUFFIXES and value[:2] in model.common_words \
        and not _given_after_surname(model, value)


def whole_word(model, text: str, start: int, end: int) -> bool:
    """Is the three-syllable `text[start:end]` one dictionary word that no name reading overrides, a paper's noun
    after a label (`보호자 신분증`: `보호자 한그루`, `보호자 정지표` stay)? (Before an occupation's bare title, `정규직
    약사`, round 22's review lost full names the dictionary holds as rare words too: `최화우 간호사`.)"""
    value = text[start:end]
    if len(value) != 3 or value not in model.words or _given_after_surname(model, value):
        return False
    return value[2] in _PAPER_ENDS and value[1:] not in model.given_names  # `신|분증`; not `정|지표` (review)


def glued_negation(model, text: str, start: int, end: int) -> bool:
    """Is `text[start:end]` a common word glued to `아님` (`장난아님`), the `님` right after it?"""
    value = text[start:end]
    return len(value) == 3 and value[2] == "아" and value[:2] in _NOT_IDIOMS and text.startswith("님", end) \
        and not text.startswith(("님께", "님의"), end)  # `이소아님께서`, `이재아님의`: a name (round 22's review)


def vocative_word(model, text: str, start: int, end: int) -> bool:
    """Is the two-syllable `text[start:end]` with the `아`/`야` after it one dictionary word (`소피아`)?"""
    if end - start != 2 or text[end:end + 1] not in ("아", "야"):
        return False
    after = text[end + 1:end + 2]
    return not ("가" <= after <= "힣") and text[start:end + 1] in model.words \
        and model.given_names.get(text[start:end], 0) < _SEEN_GIVEN  # `현정아`, `유랑아`: a name (round 22's review)


# A KakaoTalk export's header, `X 님과 카카오톡 대화`: X is the other person of a 1:1 chat, or a group chat's room.
_EXPORT_HEADER = re.compile(r"[ ]?님과[ ]카카오톡[ ]대화")
# The last syllable of a room's own name (`소통방`, `가족 단톡`, `운영방`).
_ROOM_ENDS = frozenset("방톡")


def room_name(model, text: str, start: int, end: int) -> bool:
    """Is `text[start:end]` the end of a group chat room's name in a KakaoTalk export's header (round 23): a room's
    last syllable (`가족 단톡 님과`, `알바생 소통방 님과`)? A 1:1 chat's export names one person there, maybe after a
    saved contact's prefix (`김민지 님과`, `회사 김민지 님과`: round 23's review); a room named after a person keeps
    the name (`민지방`: the stem is a given name)."""
    if _EXPORT_HEADER.match(text, end) is None or text[start:end] in model.full_names:
        return False
    return text[end - 1] in _ROOM_ENDS and model.given_names.get(text[start:end - 1][-2:], 0) < _SEEN_GIVEN


def role_or_noun(model, text: str, start: int, end: int) -> bool:
    """A name reader's candidate that its shape makes a team, a word, a vocative-looking word or a chat room's name
    (see the module)."""
    return team_role(model, text, start, end) or glued_negation(model, text, start, end) \
        or vocative_word(model, text, start, end) or room_name(model, text, start, end)
