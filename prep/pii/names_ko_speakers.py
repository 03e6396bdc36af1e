"""Round 23: a chat speaker's label that names a role, a kin word, a group's member or a handle, not a person.

Group chats (a church's, a fan club's, a shop's, a club's, an open chat's) label their speakers by what they are to
the group: `[권사님] [오후 2:00]`, `[감독님]`, `[총대]`, `[운영진]`, `[팬]`, `[부원]`, `[주방]`, `[손주]`, a handle
`[백엔드뉴비]`, a parent named by their children `[두아이아빠]`, a comment's author `라이더 10월 19일 오후 8:00`. The
app layouts read a speaker "whatever the word" (real display names are words too: `[하늘]`, `[보람]`, `[은혜]`), so the
label itself must say it is a role:

- a title, a role, a kin or person word the detectors already hold (`PERSON_ROLES`, `NOT_SPEAKERS`, ...), or a
  group's member (`GROUP_MEMBERS`), alone or with the honorific `님` (`권사님`, `구역장님`: a rank in `장`);
- a handle that ends in a newcomer's or a fan's word after a head that is no name (`백엔드뉴비`, `소믈리에지망`);
- a parent named by their children (`두아이아빠`, `딸둘맘`, `쌍둥이엄마`; `민준아빠` is a name's decoration).

A role word that is also a given name seen three times or more (`동창`, `부원`, `미정`, `대원`) stays a name: round 23's
review lost them beside family words, alone, or beside speakers the layout could not read. A label the lexicon holds
as a full name, or a surname and a given name before a handle's end (`[최유진초보]`), is a person's.
"""

from __future__ import annotations

import re

from prep.pii.names_ko_cues import ROLE_WORDS as CUE_ROLE_WORDS
from prep.pii.names_ko_forms import PERSON_ROLES
from prep.pii.names_ko_layouts import NOT_SPEAKERS, STOP_VALUES
from prep.pii.names_ko_roles import team_word

# What a group's members call one another as its chat's labels: fans and their go-betweens, staff, members of a club,
# a class, a church, a crew, a shop's stations. Those that are given names too (`동창`, `성도`, `조원`) are read by
# the chat rule above.
GROUP_MEMBERS = frozenset(
    "팬 찐팬 총대 운영진 운영팀 스태프 스탭 멤버 임원 간부 단원 대원 반원 조원 동창 동문 교인 성도 청년부 리더 부리더 "
    "회계 서무 멘토 멘티 신입생 재학생 졸업생 라이더 러너 크루 손님 주방 홀 카운터 셰프 부방장 고문 코치진 "
    "구역장 동아리장 학부모 선생 강사 원생 알바생 매니저 점장 부점장".split())
# Words a handle ends in after its head (`백엔드뉴비`, `소믈리에지망`, `캠핑초보`, `야구덕후`, `길드마스터`).
_HANDLE_ENDS = ("뉴비", "초보", "지망생", "지망", "덕후", "꿈나무", "입문자", "마스터", "장인", "러버", "마니아",
                "매니아")
# A parent named by their children: how many, then the parent's word (`두아이아빠`, `딸둘맘`, `삼남매엄마`).
_PARENT_BY_CHILDREN = re.compile(
    r"(?:[한두세네]|[1-4])?(?:아이|애|딸|아들|남매|형제|자매|쌍둥이|삼남매|딸딸이|아들딸|연년생)(?:[둘셋넷]|[1-4])?"
    r"(?:아빠|엄마|맘|파파|대디)")
_ROLES = (PERSON_ROLES | NOT_SPEAKERS | STOP_VALUES | CUE_ROLE_WORDS | GROUP_MEMBERS) - {"님", "씨", "군", "양"}
# A given name seen this often (of the lexicon's) is one in a chat where a person speaks (`names_ko_roles`'s count).
_SEEN_GIVEN = 3
# A chat's speaker labels: in brackets or angle brackets at a line's start (after a log's time or not) or before a
# colon, a messenger's time or a comment's date (`[권사님] [오후 2:00]`, `[오후 3:18] 고문님:`, `라이더 10월 19일 오후
# 8:00`).
_LABEL = re.compile(
    r"(?m)^(?:\[[0-9 :./APM오전후-]{4,24}\][ ]?|[^\n\[]{0,30}\d:\d\d,?[ ]?(?:-[ ])?)?"
    r"(?:\[(?P<b>[가-힣0-9]{1,12})\](?=[ ]?\[|[ ]\S)|<(?P<a>[가-힣0-9]{1,12})>(?=[ ])"
    r"|(?P<c>[가-힣0-9]{1,12})(?=[ ]?[:：][ ]|[ ](?:\d{1,2}월[ ]\d{1,2}일[ ])?(?:오전|오후)[ ]\d{1,2}:\d\d))")


def _kind(model, value: str) -> int:
    """2: a sure role or handle; 1: a role word that is also a common given name; 0: no role."""
    value = value.rstrip("0123456789")  # `[팬1]`, `[부원2]`
    if not value or value in model.full_names:
        return 0
    head = value[:-1] if len(value) >= 3 and value.endswith("님") else value
    if len(head) >= 2 and head in _ROLES or head in GROUP_MEMBERS or head != value and head.endswith("장"):
        return 1 if model.given_names.get(head, 0) >= _SEEN_GIVEN else 2
    if _PARENT_BY_CHILDREN.fullmatch(value) or team_word(model, value):  # `마감조` (round 22's team speakers)
        return 2
    for end in _HANDLE_ENDS:
        lead = value[:-len(end)]
        if value.endswith(end) and len(lead) >= 2 and lead not in model.full_names \
                and not model.given_name(lead, word_too=True) and not _surname_given(model, lead):
            return 2
    return 0


def _surname_given(model, lead: str) -> bool:
    """`최유진` in `[최유진초보]`: a surname and a given name before a handle's end are a person's (round 23's
    review)."""
    return len(lead) == 3 and lead[0] in model.surnames and model.given_name(lead[1:], word_too=True)


def chat_labels(text: str) -> dict[tuple[int, int], str]:
    """The speaker labels of a chat in `text`, by their span."""
    if "[" not in text and "<" not in text and ":" not in text and "：" not in text:
        return {}
    return {m.span(m.lastgroup): m[m.lastgroup] for m in _LABEL.finditer(text)}


def role_speakers(model, text: str) -> set[tuple[int, int]]:
    """The spans of `text`'s chat speaker labels that name a sure role, kin, a group's member or a handle (see
    module). A role word that is also a given name seen three times or more stays a name (round 23's review: `[미정]`,
    `[대원]`, `[성도]`, `[우리]` beside family words or alone are people)."""
    labels = chat_labels(text)
    return {span for span, value in labels.items() if _kind(model, value) == 2} if labels else set()


def role_label(model, value: str) -> bool:
    """Is `value` a sure role, title with `님`, group's member or handle wherever it stands (`운영진`, `권사님`)?"""
    return _kind(model, value) == 2


def drop_role_speakers(model, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` less those that are a chat speaker's label naming a role (`role_speakers`)."""
    roles = role_speakers(model, text) if spans else set()
    return [span for span in spans if span not in roles] if roles else spans
