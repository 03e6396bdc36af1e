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
  whole is no word (`향은 살짝 복숭아?`), and `-야` after a topic is a copula (`장소는 홍대야`, `그건 두유야`: "it is
  X"). Only in a text that names another person or is a chat's export (things, seasons and the economy are called
  alone: `태풍아`, `주식아`), and a word only where it is a frequent given name (`보람`, `지수`; not `우주`, `인형`);
- **a writer naming themself** (`저 민준이에요`, `나 재훈인데`, `저는 승우라고 합니다`): a copula after `저`/`나`
  and a given name that is no word (`나 병원인데`, `저 효성입니다`: where one is, a company's greeting), or `라고
  합니다` after a first-person subject and no object or thing's topic (`...을 화석이라고 합니다`, `가게 이름은 ...`),
  agreeing with the name's last syllable; or by their child (`서하 엄마예요`, `하준이 엄마인데요`), a name that is no
  word (`광교맘`, `상도맘`: neighbourhoods; `만삭맘`, `발레 엄마`). Not a line that opens with a name and `입니다` alone
  (`지안입니다.`): companies greet so by names the lexicon holds as given names (`효성입니다`, `동원입니다`).

What stays a word: a given name that is a common word too needs to be a common given name (five or more of the
lexicon's ~120k, `COMMON_GIVEN_COUNT`: `보람`, `지수`; not `이거`, `아니`, `바다`), and is never a kin, role or person
word, an adverb called like a name (`이제야`, `그제야`), an endearment (`공주야`, `자기야`, `애기야`), or a city where
a writer says where they are (`나 수원인데`, `나 진주야`). Before a kin word a word needs more (review of round 20:
`지인이 언니한테`, `수영삼촌이`): a frequent given name, a person's kin word and a particle (after `-이` a subject's,
unless the text names another person).
A name found so is a chat speaker at its other lines where they read as speech (`보람: 고마워 ㅠㅠ`; not `수영: 화
목 6시`) and a name at its other mentions (`prep.pii.mentions` reads those).

Each reading starts from a literal that its slot needs (`이모`, `저 `, `라고 합니다`...) and reads only the few words
around each (speed: a document without the literal pays one `in`).
"""

from __future__ import annotations

import re

from prep.pii.names_ko_chat import reads_as_speech
from prep.pii.names_ko_forms import TITLE_WORDS
from prep.pii.names_ko_kin import PERSON_WORDS
from prep.pii.names_ko_layouts import NOT_SPEAKERS, STOP_VALUES, has_final
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
# A word that is a given name too names a person before these kin words only, and with a particle after them
# (`정숙이모가`, `미란이 언니가`); never an activity or a service that names a worker or a teacher (`수영삼촌이`).
_PERSON_KIN = frozenset("언니 오빠 누나 형 이모 삼촌 고모".split())
_SERVICE_WORDS = frozenset(
    "수영 태권 미술 피아노 발레 축구 농구 체육 운동 학원 하원 등원 과외 영어 수학 청소 반찬 식당 급식 경비 택배 가게 "
    "매점 요리 공부".split())
# After `X이 언니`, only a subject's particle leaves no reading of `X이` as a noun's subject (`지인이 언니한테`: "an
# acquaintance ... to my sister"; `미란이 언니가`: "sister Miran"), unless the text names another person (`저 소율이에요
# ... 지성이 삼촌한테도`).
_SUBJECT_PARTICLES = frozenset(("가", "는", "도", "께서", "이"))
# Shortened topics before `X야`: a copula ("that is X": `그건 두유야`, `여긴 인기야`), not a call.
_SHORT_TOPICS = frozenset("그건 이건 저건 넌 난 여긴 거긴 저긴 여기 거기 저기".split())
_WORD_BEFORE = re.compile(r"([가-힣]+)[ ]\Z")
# A self-introduction's first-person subject before `X라고 합니다` in the same sentence, and what makes it a
# definition instead (`... 것을 화석이라고 합니다`, `이 현상은 ...`): an object, or a thing's topic after 이/그/저.
_FIRST_PERSON = re.compile(
    r"(?<![가-힣])(?:저는|전|나는|난|(?:제|내) 이름은|저희 (?:아이|딸|아들)(?:는|은)|저희 (?:아이|딸|아들) 이름은)"
    r"(?![가-힣])")
_THING = re.compile(r"[가-힣](?:을|를)(?![가-힣])|(?<![가-힣])[이그저][ ][가-힣]+(?:을|를|은|는)(?![가-힣])")
_SENTENCE_BREAK = re.compile(r"[.!?\n]")
# A chat's speaker line: `보람: 고마워 ㅠㅠ`, `[보람] 몇 시에 와?`.
_SPEAKER_LINE = re.compile(
    r"(?m)^[ \t]*(?:\[(?P<b>[가-힣A-Za-z]{1,10})\]|(?P<v>[가-힣A-Za-z]{1,10})[ ]?[:：])[ ]+(?P<m>[^\n]*)$")

_GLUED_KIN = re.compile(
    r"(?<![가-힣])(?P<v>[가-힣]{2})(?P<k>이모부|고모부|이모|고모|삼촌|숙모)"
    r"(?P<p>가|는|도|랑|한테|에게|께서|께|이|의|님|야|네|한테도|랑은)?(?![가-힣])")
# The familiar `-이` before a kin word (`미란이 언니가`, `주원이 오빠`, `지성이 삼촌한테도`): a noun takes no familiar
# `-이` (`동생이 언니한테` is a kin word's subject).
_I_KIN = re.compile(
    r"(?<![가-힣])(?P<v>[가-힣]{2})이[ ](?P<k>언니|오빠|누나|형|형님|삼촌|이모|고모|동생)"
    r"(?P<p>가|는|도|랑|한테|에게|께서|이|의|야|네|한테도|랑은)?(?![가-힣])")
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


def _kin_given(model, match: re.Match, particles: frozenset[str] | None = None) -> bool:
    """A given name before a kin word: one that is no word (`혜숙`... of the lexicon's given names), or a word that
    is a frequent given name (`_FREQUENT_GIVEN`: `정숙`, `경아`, `미란`) before a person's kin word and a particle
    (of `particles` where given: `미란이 언니가`); not a place or a service that `이모`/`삼촌` name a worker by
    (`하원이모`, `학원삼촌`, `수영삼촌이`, `학원이 형`), nor a noun's subject (`지인이 언니한테`, `영상이 언니 폰`)."""
    word = match["v"]
    if word in _STOPS or word in _SERVICE_WORDS:
        return False
    if word not in model.words:
        return model.given_plausible(word)
    return model.given_names.get(word, 0) >= _FREQUENT_GIVEN and match["k"] in _PERSON_KIN and bool(match["p"]) \
        and (particles is None or match["p"] in particles)


def _self_introduction(text: str, start: int) -> bool:
    """Does `X라고 합니다` at `start` close a self-introduction (`저는 승우라고 합니다`, `제 이름은 ...`), not a
    definition (`... 것을 화석이라고 합니다`, `이 회사는 동원이라고 합니다`, `가게 이름은 보람이라고 합니다`)?"""
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text, 0, start)]
    sentence = text[breaks[-1] if breaks else 0:start]
    return _FIRST_PERSON.search(sentence) is not None and _THING.search(sentence) is None


def _chat_export(model, text: str, called: str) -> bool:
    """Does the text read as a chat's export: two speaker lines that read as speech, or one by the called name
    (`보람아 ...` / `보람: 고마워 ㅠㅠ`); not a record's labels (`주식: 삼성전자 10주`, `공지: ...`)?"""
    if ":" not in text and "：" not in text and "]" not in text:
        return False
    speakers = [label for m in _SPEAKER_LINE.finditer(text)
                if (label := m["b"] or m["v"]) not in NOT_SPEAKERS and not model.plain_word(label)
                and _utterance(m["m"])]
    return len(speakers) >= 2 or called in speakers


def _utterance(message: str) -> bool:
    """A speaker line's message that reads as speech (`고마워 ㅠㅠ`, `몇 시에 와?`), not a field's value (a time,
    a number, a short noun: `오전 10시`, `누수`, `20명`)."""
    return not any(c.isdigit() for c in message) and reads_as_speech(message)


def _called(model, text: str, match: re.Match) -> bool:
    """Is `X아`/`X야` closing an utterance a call (`고마워 지수야`), not a copula after a (shortened) topic (`장소는
    홍대야`, `그건 두유야`) nor a word called so (`태풍아`, `우주야`: a word that is no frequent given name)?"""
    word = match["v"]
    if not (_agrees(word, match["c"]) and _given(model, word)) or match.group() in model.words:
        return False
    if match["c"] == "야" and text[match.start() - 2] in _TOPIC_ENDS:
        return False
    before = _WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
    if before and before[1] in _SHORT_TOPICS:
        return False
    return word not in model.words or model.given_names.get(word, 0) >= _FREQUENT_GIVEN


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
    named = {text[s:e] for s, e in spans}  # the people found before: a text that names people names more
    if "이모" in text or "고모" in text or "삼촌" in text or "숙모" in text:
        found.extend(m.span("v") for m in _GLUED_KIN.finditer(text)
                     if _kin_given(model, m) and m["v"] + m.group()[2:4] not in model.words)
    if "이 " in text:
        found.extend(m.span("v") for m in _from_literal(_I_KIN, _I_KIN_AT, text, (2,))
                     if has_final(m["v"][-1]) and _kin_given(model, m, None if named - {m["v"]} else _SUBJECT_PARTICLES)
                     and m["v"] + "이" not in model.words)
    if "저 " in text or "나 " in text or "전 " in text or "난 " in text:  # no word (`나 병원인데`, `저 효성입니다`)
        found.extend(m.span("v") for m in _SELF.finditer(text)
                     if _agrees(m["v"], m["c"]) and _given(model, m["v"]) and m["v"] not in model.words)
    if "엄마" in text or "아빠" in text or "맘" in text or "어머" in text or "아버" in text:
        # no word: a neighbourhood (`광교맘`, `상도맘`), a state or an activity (`만삭맘`, `발레 엄마`)
        found.extend(m.span("v") for m in _from_literal(_PARENT_SELF, _PARENT_AT, text, (2, 3, 4))
                     if m["v"] not in not_children and m["v"] not in _STOPS and m["v"] not in model.words
                     and model.given_plausible(m["v"]))
    if "라고 합니다" in text:
        found.extend(m.span("v") for m in _TOLD.finditer(text)
                     if _agrees(m["v"], m["c"]) and _given(model, m["v"]) and _self_introduction(text, m.start()))
    if "아" in text or "야" in text:  # a call only where the text names another person or is a chat's export
        calls = [m for m in _from_literal(_END_CALL, _END_CALL_AT, text, (2,)) if _called(model, text, m)]
        others = named | {text[s:e] for s, e in found}
        found.extend(m.span("v") for m in calls if others - {m["v"]} or _chat_export(model, text, m["v"]))
    if not found:
        return
    spans.extend(found)
    for name in {text[s:e] for s, e in found}:  # the found name as a chat's speaker (`보람: 고마워 ㅠㅠ`, `[보람]`)
        for m in re.finditer(rf"(?m)^[ \t]*\[?(?P<v>{name})(?:\][ ]|[ ]?[:：])(?P<m>[^\n]*)", text):
            if _utterance(m["m"]):  # not a field's value (`수영: 화 목 6시`, `주식: 삼성전자 10주`)
                spans.append(m.span("v"))
