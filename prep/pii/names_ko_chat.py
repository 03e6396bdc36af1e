"""Speakers of a group chat whose names are words too (`하나:`, `별:`, `슬기:`) where they call each other (round 16).

`prep.pii.names_ko` takes a chat speaker that is a word only where the speaker talks twice or more
(`prep.pii.names_ko_layouts.bare_speakers`); a chat of three people who each speak once (`하나: ...` / `별: ...` /
`슬기: ...`) looks like a record's fields (`날짜: ...` / `장소: ...`). What a record's fields never do is talk about
each other: here a speaker called or named as a person in another speaker's line (`하나 너도 해`, `별아`, `보람이랑`;
not a word's `보람도`, `은하 속의`) says the lines are a chat, and then every speaker that is a given name of the
lexicon, or a one-syllable given name beside such a name, is a name, with its other mentions (`슬기도 했대`).

A glossary or a list talks about its labels too (`봄: 벚꽃` / `여름: 바다` / `가을: 봄이랑 다르게 단풍`), so the
lines must read as speech, two of them at least: a chat's mark (`?`, `ㅋ`, `~`), a sentence's ending after two words
or more (`점심 뭐 먹지`, `오늘 비 온대`), or a call that opens the line (`별아 나도`); a label and a noun do not. A list
whose labels are seasons, colours or sense words (`봄`, `보라`, `빛`, `소리`) is a list unless every line of such a
label reads as speech.
"""

from __future__ import annotations

import re

from prep.pii.names_ko_layouts import NOT_SPEAKERS, has_final, one_syllable_speaker

_LINE = re.compile(r"(?m)^(?P<v>[가-힣]{1,4})[ ]?[:：][ ](?P<m>[^\n]*)$")
# A speaker called or named as a person inside another's line: a vocative, a particle that takes a person, the
# familiar `-이` and a particle, `너` after it. Once the lines are a chat, a plain particle too (`슬기도`).
_PERSON_TAIL = r"(?:(?:야|아|이랑|랑|한테|에게|이도|이가|이는)(?![가-힣])|[ ]너(?:도|는|가)?(?![가-힣]))"
_MENTION_TAIL = r"(?:도|이도|야|아|이랑|랑|한테|에게|이가|가|이는|는|이)?(?![가-힣])"
# A line that reads as speech: a chat's mark, a sentence's ending closing two words or more, a call opening the line.
_CHAT_MARK = re.compile(r"[?？!~ㅋㅎㅠㅜ]")
_ENDINGS = "다|요|지|야|래|대|까|니|냐|어|아|자|해|네|죠|데|걸|음|함|임|됨|봐"
_SENTENCE_END = re.compile(rf"[가-힣][ ][가-힣 ]*(?:{_ENDINGS})[.]*\Z")
_CALL_OPENS = re.compile(r"\A[가-힣]{1,3}(?:아|야)[ ]")
# Labels of a list or a glossary that are names too (`봄`, `가을`, `보라`, `빛`, `소리`, `바람`).
_LIST_LABELS = frozenset("""
    봄 여름 가을 겨울 빨강 주황 노랑 초록 파랑 남색 보라 분홍 하양 검정 회색 하늘 빛 소리 바람 향기 맛 냄새 촉감 색
    """.split())


def reads_as_speech(line: str) -> bool:
    """Does a chat line's message read as speech (`점심 뭐 먹지`, `3시?`, `별아 나도`), not a label's noun (`김밥`)?"""
    line = line.strip()
    return bool(_CHAT_MARK.search(line) or _SENTENCE_END.search(line) or _CALL_OPENS.match(line))


def add_chat_speakers(model, text: str, spans: list) -> None:
    """Speakers of three or more chat lines that name one another; appended to `spans` as (start, end)."""
    if text.count(":") + text.count("：") < 3:
        return
    lines = list(_LINE.finditer(text))
    speakers = {m["v"] for m in lines}
    if len(lines) < 3 or len(speakers) < 2 or sum(reads_as_speech(line["m"]) for line in lines) < 2:
        return
    if len(speakers & _LIST_LABELS) >= 2 and not all(reads_as_speech(line["m"]) for line in lines
                                                      if line["v"] in _LIST_LABELS):
        return  # `봄: 꽃` / `여름: 바다` / `가을: 봄이랑 정반대`: a list of seasons
    given = {v for v in speakers if len(v) >= 2 and model.given_names.get(v, 0) >= 5}
    named = given | {v for v in speakers if len(given) >= 1 and one_syllable_speaker(model, v, text)}
    if len(named) < 2:
        return
    mentions, talked_about = [], False
    for v in named:
        person = re.compile(rf"(?<![가-힣]){v}(?={_PERSON_TAIL})")
        mention = re.compile(rf"(?<![가-힣]){v}(?={_MENTION_TAIL}|{_PERSON_TAIL})")
        for line in lines:
            if line["v"] != v:
                talked_about = talked_about or person.search(line["m"]) is not None
                mentions.extend((line.start("m") + m.start(), line.start("m") + m.end())
                                for m in mention.finditer(line["m"]))
    if talked_about:
        spans.extend(line.span("v") for line in lines if line["v"] in named)
        spans.extend(mentions)

_BRIGHT_VOWELS = frozenset((0, 2, 8, 9, 12))  # ㅏ ㅑ ㅗ ㅘ ㅛ: the medial vowels a verb's `-아` follows


def add_called_speakers(model, text: str, spans: list) -> None:
    """Speakers of a short chat (two lines will do) called by name in another speaker's line (`하람: 봄아 생일
    축하해!!` / `봄: 고마워 하람아`): the call (a vocative whose vowel agrees with the name) says both lines are speech
    and the called label a person; appended to `spans` with the calls. A record's fields do not call one another. A
    syllable with a bright vowel is called only where the line opens (`봄아 밥 먹어`; `조금 남아?` is a verb)."""
    if text.count(":") + text.count("：") < 2 or "아" not in text and "야" not in text:
        return
    lines = list(_LINE.finditer(text))
    speakers = {m["v"] for m in lines}
    if len(lines) < 2 or len(speakers) < 2:
        return
    for v in speakers:
        if v in NOT_SPEAKERS or v in _LIST_LABELS and len(v) > 1 or not (
                len(v) >= 2 and model.given_plausible(v) and not model.plain_word(v)
                or len(v) == 1 and has_final(v) and model.second.get(v, 0) >= 5  # `별: 네` called `별아`
                or len(v) == 2 and v in model.given_names):
            continue
        call = re.compile(rf"(?<![가-힣]){v}(?={'아' if has_final(v[-1]) else '야'}(?:[ ,!~.?ㅠㅜㅋㅎ]|$))")
        verb_like = len(v) == 1 and (ord(v) - 0xAC00) // 28 % 21 in _BRIGHT_VOWELS  # `남아?`, `잡아`: a verb's `-아`
        calls = [(line.start("m") + m.start(), line.start("m") + m.end()) for line in lines if line["v"] != v
                 for m in call.finditer(line["m"]) if not verb_like or m.start() == 0]
        if calls:
            spans.extend(calls)
            spans.extend(line.span("v") for line in lines if line["v"] == v)
