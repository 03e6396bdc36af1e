"""Speakers of a group chat whose names are words too (`하나:`, `별:`, `슬기:`) where they call each other (round 16).

`prep.pii.names_ko` takes a chat speaker that is a word only where the speaker talks twice or more
(`prep.pii.names_ko_layouts.bare_speakers`); a chat of three people who each speak once (`하나: ...` / `별: ...` /
`슬기: ...`) looks like a record's fields (`날짜: ...` / `장소: ...`). What a record's fields never do is talk about
each other: here a speaker called or named as a person in another speaker's line (`하나 너도 해`, `별아`, `보람이랑`;
not a word's `보람도`, `은하 속의`) says the lines are a chat, and then every speaker that is a given name of the
lexicon, or a one-syllable given name beside such a name, is a name, with its other mentions (`슬기도 했대`).
"""

from __future__ import annotations

import re

from prep.pii.names_ko_layouts import one_syllable_speaker

_LINE = re.compile(r"(?m)^(?P<v>[가-힣]{1,4})[ ]?[:：][ ](?P<m>[^\n]*)$")
# A speaker called or named as a person inside another's line: a vocative, a particle that takes a person, the
# familiar `-이` and a particle, `너` after it. Once the lines are a chat, a plain particle too (`슬기도`).
_PERSON_TAIL = r"(?:(?:야|아|이랑|랑|한테|에게|이도|이가|이는)(?![가-힣])|[ ]너(?:도|는|가)?(?![가-힣]))"
_MENTION_TAIL = r"(?:도|이도|야|아|이랑|랑|한테|에게|이가|가|이는|는|이)?(?![가-힣])"


def add_chat_speakers(model, text: str, spans: list) -> None:
    """Speakers of three or more chat lines that name one another; appended to `spans` as (start, end)."""
    if text.count(":") + text.count("：") < 3:
        return
    lines = list(_LINE.finditer(text))
    speakers = {m["v"] for m in lines}
    if len(lines) < 3 or len(speakers) < 2:
        return
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
