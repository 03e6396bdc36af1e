"""A found person's first name written again in lower case (round 16), for `ListReader.find`.

Chats and comment threads name a person once with capitals and again without: `think mason carried the squad` then
`Mason Reyes is the real MVP`; `mark from underwriting said` then `tell Mark thanks`. When a first name that is a word
too (`mason`, `mark`, `will`) is already found capitalised as a person in the same document, a lower-case mention is
the person only where a person's verb follows it (`mark said`, `grace did`, `grace was so calm`, `bill and hope were
late`): with no determiner before it the word is still a word far more often, a noun's modifier (`bill pay`, `rose
gold`, `grace period`), a noun after its own (`deer hunter`, `30 miles`, `north carolina`), an adjective or a verb
(`was frank`, `will do`, `i'd sue`) or a field's label (`bill amount:`). A determiner, a possessive or a verb that
takes an object before it (`the bill`, `my will`, `say grace`) keeps it a word even then.
"""

from __future__ import annotations

import regex

from prep.pii.names_en_words import FIRST, NOT_NAMES, ROLES

SCORE = 0.6
_CAPITAL_WORD = regex.compile(r"\p{Lu}\p{Ll}+")
_BEFORE_WORD = frozenset("""
the a an my your his her our their its this that these those no any some every each of to will would can could
should must might may shall i we you they he she it please pls gonna wanna lets let's let’s don't dont didn't didnt
won't wont can't cant not never also just say says saying said have has had pay paid give gave lose lost keep kept
with without for in on at by into than more most less much such what which whose
""".split())
_PERSON_VERB = regex.compile(  # (past forms that are no passive participle too: not `sent`, `left`, `called`)
    r"[ ]+(?:and[ ]+\p{Ll}+[ ]+(?:were|are|have|had|said|did)|(?:was|is)[ ]+(?:so|really|very|super|totally|always)"
    r"|from[ ]+\p{Ll}+[ ]+(?:said|says|asked|told|wrote)"  # `mark from underwriting said`
    r"|said|says|asked|asks|told|tells|replied|replies|wrote|writes|texted|thinks|thought|wants|wanted|needs|knows"
    r"|knew|went|goes|came|comes|did|does|didn't|doesn't|carried|took|gave|agreed|laughed|cried|smiled|joined"
    r"|feels|felt|loves|likes|promised|decided|tried|lives)(?![\p{L}'’])"
)
# Other person's readings: a greeting or thanks before it (`ty chase`), a question's `did` before it and a bare verb
# after (`did bill send the slides`), a chat line's speaker (`bill: is it still free?`).
_ADDRESSED = frozenset("ty thx thanks thank hi hey hello yo congrats bye cheers".split())
_ASKED = frozenset("did does didn't doesn't didnt doesnt has hasn't".split())
_BARE_VERB = regex.compile(
    r"[ ]+(?:send|say|call|text|get|see|come|go|reply|tell|ask|bring|take|make|know|want|find|check|pick|finish)\b"
)
_SPEAKER = regex.compile(r":[ ]+\p{L}")
_CHAT_LINE = regex.compile(r"(?:\[[^\]\n]{1,30}\][ ]?)?\p{L}[\p{L} ]{0,30}:[ ]")  # (the name ends its message)
_GLUE = "'’@_.-"
_PREV = regex.compile(r"([\p{L}'’]+)[ ]+$")


def lower_repeats(text: str, spans: list, lexicon) -> list[tuple[int, int, float]]:
    """The lower-case mentions of the module's doc in `text`, given the spans found so far."""
    names = set()
    for start, end, _ in spans:
        head = _CAPITAL_WORD.match(text, start)
        if head is not None and head.end() <= end:
            low = head.group().lower()
            entry = lexicon.get(low)
            if entry is not None and entry[0] & FIRST and low not in NOT_NAMES and low not in ROLES:
                names.add(low)
    out: list[tuple[int, int, float]] = []
    for low in names:
        if low not in text:
            continue
        at = text.find(low)
        while at >= 0:
            start, end, at = at, at + len(low), text.find(low, at + len(low))
            if start and (text[start - 1].isalnum() or text[start - 1] in _GLUE) or end < len(text) and (
                    text[end].isalnum() or text[end] in "@_-"):
                continue  # inside a word, a handle or an address
            prev = _PREV.search(text, max(0, start - 20), start)
            before = prev.group(1).lower() if prev is not None else ""
            if _addressed(text, start, end, before) or before not in _BEFORE_WORD and _PERSON_VERB.match(text, end):
                out.append((start, end, SCORE))  # not `the bill`, `i'll mark`; not `bill pay`, `was frank`
    return out


def _addressed(text: str, start: int, end: int, before: str) -> bool:
    """`ty chase`, `did bill send`, `bill: is it free?`, `Dev: lol classic tom` (a chat message's last word)."""
    line_start = text.rfind("\n", 0, start) + 1
    return before in _ADDRESSED or before in _ASKED and _BARE_VERB.match(text, end) is not None or (
        start == line_start and _SPEAKER.match(text, end) is not None) or before not in _BEFORE_WORD and (
        text[end:end + 1] in ("", "\n") and _CHAT_LINE.match(text, line_start, start) is not None)
