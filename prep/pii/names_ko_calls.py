"""Given names that are words too, in the slots everyday messages put a person in (round 20).

The detector takes a given name alone only where it is no dictionary word (`민재가`, `서연아,`); a chat's names are
as often words too (`보람`, `지수`, `영진`, `수민`, `정숙`), and round 19's blind chats lost them where any writer
puts a person:

- **glued kin after a given name** (`정숙이모가`, `경아이모`, `민수삼촌이랑`): the detector's kin words take a space
  (`정숙 이모`); glued, only `언니`/`누나`/`오빠`/`형` were read. Not a word that says which aunt (`큰이모`, `막내이모`,
  `친정이모`: no given name);
- **the familiar `-이` before a kin word** (`미란이 언니가`, `지성이 삼촌한테도`): no noun takes the familiar `-이`;
  its `-이` word must be no word (`놀이`, `길이`);
- **a call that closes an utterance** (`생일 축하해 보람아 🎂`, `고마워 은지야🙏`, `응 지수야.`): a call opening a
  line was read; closing one, after other words, it was not. The vocative agrees with the name's last syllable (`-아`
  after a final consonant, `-야` without), and the call ends the line or stands before a mark or an emoji; the call
  whole is no word (`향은 살짝 복숭아?`), and `-야` after a topic is a copula (`장소는 홍대야`: "it is X");
- **a writer naming themself** (`저 수민이에요`, `나 영진인데`, `승우라고 합니다`): a copula after `저`/`나`, or
  `라고 합니다`, agreeing with the name's last syllable; or by their child (`서하 엄마예요`, `윤슬 어머니입니다`). Not
  a line that opens with a name and `입니다` alone (`지안입니다.`): companies greet so by names the lexicon holds as
  given names (`효성입니다`, `동원입니다`).

What stays a word: a given name that is a common word too needs to be a common given name (five or more of the
lexicon's ~120k, `COMMON_GIVEN_COUNT`: `보람`, `지수`; not `이거`, `아니`, `바다`), and is never a kin, role or person
word, an adverb called like a name (`이제야`, `그제야`), an endearment (`공주야`, `자기야`, `애기야`), or a city where
a writer says where they are (`나 수원인데`, `나 진주야`). A name found so is a chat speaker at its other lines
(`보람: 고마웡`) and a name at its other mentions (`prep.pii.mentions` reads those).

Each reading starts from a literal that its slot needs (`이모`, `저 `, `라고 합니다`...) and reads only the few words
around each (speed: a document without the literal pays one `in`).
"""

from __future__ import annotations

import re

from prep.pii.names_ko_forms import TITLE_WORDS
from prep.pii.names_ko_kin import PERSON_WORDS
from prep.pii.names_ko_layouts import STOP_VALUES, has_final
from prep.pii.names_ko_slots import ELDER_PLACES
from prep.pii.patterns import KO_NOT_NAMES

_COMMON_GIVEN = 5  # `prep.pii.names_ko.COMMON_GIVEN_COUNT` (not imported: `names_ko` imports this module's reader)
# Before a kin word, a given name that is a word too must be this frequent (of ~120k names): `이모`, `삼촌` also name a
# worker by a place or a service (`하원이모` 7, `학원삼촌` 8; `경란이모` 18, `미란이 언니` 25).
_FREQUENT_GIVEN = 15
# Called like a name but never one: adverbs (`이제야 왔어`), endearments (`우리 공주야`), pronouns, kin and the
# loanwords that name a carer by their job (`시터이모`).
_NOT_CALLED = frozenset(
    "이제 그제 인제 아직 벌써 정말 진짜 이거 그거 저거 아니 어디 누구 여기 거기 저기 우리 저희 너희 자기 여보 "
    "공주 왕자 애기 아가 천사 사랑 아들 딸 강아지 고양이 바보 친구 동생 얘들 시터 헬퍼 튜터 코치".split())
# Cities and counties that are given names too (`prep.pii.names_ko_slots.ELDER_PLACES`) and the districts a writer
# says they are in, where a writer says where they are (`나 수원인데`, `홍천입니다`, `나 강남인데`).
_PLACES = ELDER_PLACES | frozenset(
    "강남 강서 강동 강북 송파 서초 마포 용산 성수 신촌 잠실 명동 종로 분당 일산 판교 동탄 송도 해운 수성 유성".split())
_STOPS = _NOT_CALLED | _PLACES | PERSON_WORDS | TITLE_WORDS | STOP_VALUES | KO_NOT_NAMES

_GLUED_KIN = re.compile(
    r"(?<![가-힣])(?P<v>[가-힣]{2})(?:이모부|고모부|이모|고모|삼촌|숙모)"
    r"(?:가|는|도|랑|한테|에게|께서|께|이|의|님|야|네|한테도|랑은)?(?![가-힣])")
# The familiar `-이` before a kin word (`미란이 언니가`, `주원이 오빠`, `지성이 삼촌한테도`): a noun takes no familiar
# `-이` (`동생이 언니한테` is a kin word's subject).
_I_KIN = re.compile(
    r"(?<![가-힣])(?P<v>[가-힣]{2})이[ ](?:언니|오빠|누나|형|형님|삼촌|이모|고모|동생)"
    r"(?:가|는|도|랑|한테|에게|께서|이|의|야|네|한테도|랑은)?(?![가-힣])")
# A call after other words that closes the utterance: the line's end, a mark or an emoji, a chat's letters.
_END_CALL = re.compile(
    r"(?<=[가-힣!?.~,][ ])(?P<v>[가-힣]{2})(?P<c>아|야)(?=[ ]*(?:$|[^\w\s]|[ㅠㅜㅋㅎㅑ]))", re.MULTILINE)
# A writer naming themself: `저 수민이에요`, `나 영진인데`, `전 지수예요`; the copula agrees with the last syllable.
_SELF = re.compile(
    r"(?<![가-힣])(?:저|나|전|난)[ ](?P<v>[가-힣]{2})"
    r"(?P<c>이에요|이예요|예요|입니다|이야|인데요|인데|이고요|이구요|이라고|라고)(?![가-힣])")
# A name told with `라고 합니다` (`승우라고 합니다`, `경숙이라고 합니다`).
_TOLD = re.compile(r"(?<![가-힣])(?P<v>[가-힣]{2})(?P<c>이라고|라고)[ ]합니다(?![가-힣])")
# A parent naming themself by their child (`서하 엄마예요`, `윤슬 어머니입니다`, `지우맘이에요`): a copula after the kin
# word, which `prep.pii.names_ko_context` reads only with a particle (`서하 엄마가`).
_PARENT_SELF = re.compile(
    r"(?<![가-힣])(?P<v>[가-힣]{2})이?[ ]?(?:맘|엄마|아빠|어머니|아버지|어머님|아버님)"
    r"(?:예요|이에요|에요|입니다|이고요|인데요|인데|이구요)(?![가-힣])")
# A word ending so before `X야` makes it a copula (`장소는 홍대야`, `다음은 지수야`: "it is X"), not a call.
_TOPIC_ENDS = frozenset("은는이가도")
# The literal part of each slot, where a scan starts (speed): the name stands this many characters before it.
_END_CALL_AT = re.compile(r"[아야](?=[ ]*(?:$|[^\w\s]|[ㅠㅜㅋㅎㅑ]))", re.MULTILINE)
_I_KIN_AT = re.compile(r"이[ ](?:언니|오빠|누나|형|삼촌|이모|고모|동생)")
_PARENT_AT = re.compile(r"맘|엄마|아빠|어머|아버")
_AFTER_FINAL = frozenset(("아", "이에요", "이예요", "이야", "이라고"))
_AFTER_OPEN = frozenset(("야", "예요", "라고"))


def _from_literal(pattern: re.Pattern, literal: re.Pattern, text: str, back: tuple[int, ...]):
    """The matches of `pattern` that start `back` characters (the first that matches) before a match of `literal`:
    those of `pattern.finditer` where every match holds the literal there, found from the literal's fast scan."""
    last = -1
    for hit in literal.finditer(text):
        for b in back:
            at = hit.start() - b
            if at > last and at >= 0 and (match := pattern.match(text, at)):
                last = match.end()
                yield match
                break


def _given(model, word: str) -> bool:
    """A given name here: a common one even if a word too (`보람`, `영진`), or a plausible one that is no plain
    word (`하율`); never a stop word."""
    if word in _STOPS:
        return False
    return model.given_names.get(word, 0) >= _COMMON_GIVEN or model.given_plausible(word) and not model.plain_word(
        word)


def _kin_given(model, word: str) -> bool:
    """A given name before a kin word: a frequent one (`_FREQUENT_GIVEN`: `정숙`, `경아`, `미란`) or one that is no
    word; not a place or a service that `이모`/`삼촌` name a worker by (`하원이모`, `학원삼촌`, `학원이 형`)."""
    if word in _STOPS:
        return False
    return model.given_names.get(word, 0) >= _FREQUENT_GIVEN or model.given_plausible(word) and word not in model.words


def _agrees(word: str, ending: str) -> bool:
    """Does the vocative or copula agree with the name's last syllable (`보람아`, `지수야`; not `보람야`)?"""
    if ending in _AFTER_FINAL:
        return has_final(word[-1])
    if ending in _AFTER_OPEN:
        return not has_final(word[-1])
    return True


def add_message_names(model, text: str, spans: list, not_children: frozenset[str] = frozenset()) -> None:
    """The slots of the module doc; appended to `spans` with the found names' speaker lines. `not_children`: words
    before `엄마` that are no child's name (`초보`, `직장`, `동네`)."""
    found: list[tuple[int, int]] = []
    if "이모" in text or "고모" in text or "삼촌" in text or "숙모" in text:
        found.extend(m.span("v") for m in _GLUED_KIN.finditer(text)
                     if _kin_given(model, m["v"]) and m["v"] + m.group()[2:4] not in model.words)
    if "이 " in text:
        found.extend(m.span("v") for m in _from_literal(_I_KIN, _I_KIN_AT, text, (2,))
                     if has_final(m["v"][-1]) and _kin_given(model, m["v"]) and m["v"] + "이" not in model.words)
    if "아" in text or "야" in text:
        found.extend(m.span("v") for m in _from_literal(_END_CALL, _END_CALL_AT, text, (2,))
                     if _agrees(m["v"], m["c"]) and _given(model, m["v"]) and m.group() not in model.words
                     and not (m["c"] == "야" and text[m.start() - 2] in _TOPIC_ENDS))
    if "저 " in text or "나 " in text or "전 " in text or "난 " in text:
        found.extend(m.span("v") for m in _SELF.finditer(text) if _agrees(m["v"], m["c"]) and _given(model, m["v"]))
    if "엄마" in text or "아빠" in text or "맘" in text or "어머" in text or "아버" in text:
        found.extend(m.span("v") for m in _from_literal(_PARENT_SELF, _PARENT_AT, text, (2, 3, 4))
                     if m["v"] not in not_children and (_given(model, m["v"]) or model.given_plausible(m["v"])
                                                        and m["v"] not in model.common_words))
    if "라고 합니다" in text:
        found.extend(m.span("v") for m in _TOLD.finditer(text) if _agrees(m["v"], m["c"]) and _given(model, m["v"]))
    if not found:
        return
    spans.extend(found)
    for name in {text[s:e] for s, e in found}:  # the found name as a chat's speaker (`보람: 고마웡`, `[보람]`)
        for m in re.finditer(rf"(?m)^[ \t]*\[?(?P<v>{name})(?:\][ ]|[ ]?[:：])", text):
            spans.append(m.span("v"))
