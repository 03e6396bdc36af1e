"""The other people beside a found name in everyday messages (round 19): a pair's partner, a speaker's mentions.

Chats, comments and diaries name friends in pairs (`수빈이랑 예나도 보고싶다`, `나래랑 별이는 같은 반`, `선우진과
선우는`, `서도윤·문가은이 검토`): the first is found (a full name, the familiar `-이` before a particle), the second is
a given name the lexicon holds as a word too (`별`, `나래`) or one too weak to stand alone. A found person and a
particle that joins two of a kind (`랑`, `하고`, `와`/`과`, `·`) say the next word is a person too where it reads
as a given name with its particle:

- the familiar `-이` before a particle (`별이는`, `보람이도`), which no plain noun takes (`동생이는` is no Korean;
  `길이는`, where the `-이` word is itself a word, is a noun: `길이` is kept);
- a plain particle after a plausible given name that is no dictionary word (`예나도`, `선우는`, `온새가`), the
  particle agreeing with the name's last syllable (`예나도`, not `예난는`);
- not a pronoun or a word whole (`나랑`, `함께`, `둘이`): those are words.

A chat's speaker of one syllable (`솔: 도서관`) is called and talked about in the others' lines (`야 솔아`, `솔이
자리 맡아줘`); round 11 left these out because spreading every found one-syllable name (`김 대리` -> `김이 필요`)
takes words. Here only a speaker's own syllable spreads, and only with a vocative or the familiar `-이`.

Both readings look at the spans already found (nothing runs in a document without them) and then at a few
characters after each (speed).
"""

from __future__ import annotations

import re

from prep.pii.names_ko_news import _I_STEMS, _MIN_ENDS, _NOUN_SYLLABLES

# What joins a found name to the next person: `수빈이랑 예나`, `한솔이랑다솜이랑`, `온유와 온새`, `서도윤·문가은`.
_JOIN = re.compile(r"(?:이랑|랑|이하고|하고)[ ]?|(?:와|과)[ ]|[ ]?[·ㆍ][ ]?")
_WORD = re.compile(r"[가-힣]{2,6}(?![가-힣])")
# The familiar `-이` and a particle (`별이는`, `보람이도`): a plain noun never takes both.
_FAMILIAR = ("이가", "이는", "이도", "이를", "이한테", "이에게", "이하고", "이만", "이의", "이네", "이랑", "이까지",
             "이처럼", "이한테도", "이랑도", "이만큼")
# Plain particles after a given name (`라희가`, `온새는`): after a vowel / after a final consonant; not the object's
# `를`/`을`, whose noun is what the pair did (`지호랑 영화를 봤어`).
_AFTER_VOWEL = ("가", "는", "도", "한테", "에게", "하고", "만", "의", "랑", "와", "네", "까지", "한테도", "랑도")
_AFTER_FINAL = ("이", "은", "도", "한테", "에게", "하고", "만", "의", "과", "까지", "한테도")
# Pronouns and people-words that follow a person in the same slot (`지수랑 나랑`, `민호와 그의`, `서연이랑 걔도`).
_NOT_PARTNERS = frozenset("""
    나 너 저 그 걔 쟤 얘 우리 저희 너희 그녀 그분 이분 저분 당신 자기 본인 여러분 누구 다른 모두 다들 같이 함께
    둘이 셋이
    """.split())
# A one-syllable speaker's mentions: a vocative or the familiar `-이`, with or without a particle (`솔아`, `솔이 자리`).
_SPEAKER_MENTION_TAIL = r"(?=(?:아|이(?:가|는|도|를|랑|한테|에게|하고|만|의|네|야|도|랑도)?)(?![가-힣]))"
_BRIGHT_VOWELS = frozenset((0, 2, 8, 9, 12))  # ㅏ ㅑ ㅗ ㅘ ㅛ: a verb's `-아` follows these (`잡아`, `놀아`)
# Where a call opens: a line's start, a speaker's colon, `야`, a laugh (`ㅋㅋ 솔아`, `솔: 야 봄아`).
_CALL_BEFORE = re.compile(r"(?:^|\n|[:：][ ]|(?<![가-힣])야[ ]|[ㅋㅎ][ ]?|[!.~][ ])\Z")
_SPEAKER_AFTER = re.compile(r"[ ]?[:：][ ]")
_SPEAKER_PREFIX = re.compile(r"[^가-힣\n]*(?:오전|오후)?[^가-힣\n]*")


def has_final(syllable: str) -> bool:
    """Does a Hangul syllable end in a consonant (`별` yes, `나` no)?"""
    return (ord(syllable) - 0xAC00) % 28 != 0


def partner(model, word: str) -> int:
    """The length of the given name that opens `word` (a partner after a found name's `랑`), 0 if none."""
    if word in model.words or word in _NOT_PARTNERS:
        return 0
    for length in (1, 2, 3):
        given, tail = word[:length], word[length:]
        if given in _NOT_PARTNERS or not tail:
            continue
        if tail in _FAMILIAR and has_final(given[-1]):
            noun = given in _NOUN_SYLLABLES or given in model.common_words
            if tail.startswith("이랑") and noun:
                continue  # `동생이랑`, `밥이랑`: a noun's own `이랑`
            if length == 1 and given not in _I_STEMS and model.second.get(given, 0) >= _MIN_ENDS:
                return length  # `별이는`, `혁이랑`; not `길이는`, `먹이를` (a noun of the stem)
        if length == 1 and tail == "이" and has_final(given) and given not in _I_STEMS \
                and given not in _NOUN_SYLLABLES and given not in model.common_words \
                and model.second.get(given, 0) >= _MIN_ENDS:
            return length  # `다인이랑 린이 왔어`; not `지수랑 밥이`, `별이 떴다` (a noun's subject)
        if length == 1 or given in model.common_words or length == 3 and given in model.words:
            continue  # `지호랑 영화도`, `봉준호와 기생충이`: a word that is a given name too (`영화`) needs its `-이`
        tails = _AFTER_FINAL if has_final(given[-1]) else _AFTER_VOWEL
        if tail in tails and (length == 2 and model.given_plausible(given)
                              or length == 3 and model.name_plausible(given)):
            return length
    return 0


def add_partners(model, text: str, spans: list, one_syllable: bool = False) -> None:
    """The next person after a found name and a joining particle (`수빈이랑 예나도`); appended to `spans`.
    `one_syllable`: only partners of one syllable (`나래랑 별이는`), read again after the vetoes, which take a
    syllable whose `-이` word is in the dictionary (`별이`, `솔이`) for a thing where nothing marks a person."""
    todo, seen = list(spans), set(spans)
    while todo:
        _, end = todo.pop()
        join = _JOIN.match(text, end)
        word = join and _WORD.match(text, join.end())
        length = partner(model, word.group()) if word else 0
        if length and (length == 1 or not one_syllable):
            span = (word.start(), word.start() + length)
            if span not in seen:
                seen.add(span)
                spans.append(span)
                todo.append(span)


def add_speaker_mentions(model, text: str, spans: list) -> None:
    """A found one-syllable chat speaker (`솔: ...`) called or talked about elsewhere (`솔아`, `솔이 자리`)."""
    if ":" not in text and "：" not in text:
        return
    speakers = set()
    for start, end in spans:
        if end - start == 1 and has_final(text[start]) and _SPEAKER_AFTER.match(text, end) \
                and _SPEAKER_PREFIX.fullmatch(text, text.rfind("\n", 0, start) + 1, start):
            speakers.add(text[start])
    for value in speakers:
        if value in _I_STEMS:
            continue  # `길이`, `놀이`: the stem's noun, not the familiar `-이`
        for match in re.finditer(rf"(?<![가-힣]){value}{_SPEAKER_MENTION_TAIL}", text):
            at = match.start()
            if text.startswith("아", match.end()) and (ord(value) - 0xAC00) // 28 % 21 in _BRIGHT_VOWELS \
                    and not _CALL_BEFORE.search(text, max(0, at - 4), at):
                continue  # `남아?`, `잡아`: a verb's `-아` after a bright vowel, unless the line calls (`야 솔아`)
            spans.append(match.span())

