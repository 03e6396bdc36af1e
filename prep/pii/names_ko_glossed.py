"""A Latin first name's Hangul spelling in the same document (round 19): `Thomas` ... `토마스가`, `Kevin` ... `케빈`.

Mixed chats and letters write a foreign friend's name both ways (`남편 Thomas도 왔는데 ... 토마스가 소주를`, `Dear
제니, ... Jenny`, `Kevin ... 케빈이랑`); the Hangul one is often in no lexicon (the foreign names' list holds the common
ones only, and many are words too). The Latin one, where the English lexicon holds it as a first name more than a word
and the English detector finds it as a person in this text (`Chelsea 경기`, `Jordan 운동화` name no one), says which
Hangul word to look for: one whose consonants, read the way loanwords are spelled, are the Latin name's (`토마스`
t-m-s, `Thomas` t-m-s; `케빈` k-b-n, `Kevin` k-v-n). Consonants are compared by class (`b p f v`, `t d`, `k g c q`,
`s z j ch sh`, `l r`), vowels and `h w y` not at all, so the match is loose: it is taken only for a word that is no
common Korean word (`삼성` beside `Samsung` stays) or one with a tail only a person takes (`피터랑`, `제니야`; `마크
표시` stays), of two syllables or more, and only where the Latin name is in the document. A review's probes (round
19) narrowed it: the Hangul word takes a particle or stands before a title (`다니엘 씨`; not `그레이스 기간`, `제임스
본드`, `보내요`), the Latin name has two syllables or four letters (not `Tim`, `Ben`), and a known brand
(`names_en_words.BRANDS`, Tiffany) is no one. The vetoes of dictionary
words (`prep.pii.names_ko_alone`) would take such a word back; the Latin name is its mark, so the reading runs after
them. A Hangul word glossed in brackets (`랄프 로렌(Ralph Lauren) 셔츠`) is left to the foreign names' reading
(`prep.pii.names_ko_foreign`), which tells brands and characters from people there.
"""

from __future__ import annotations

import functools
import re

from prep.pii.names_en import shared_detector
from prep.pii.names_en_words import BRANDS, FIRST, TITLE_WORDNESS, load_lexicon
from prep.pii.names_ko_kin import GIVEN_TITLES

_LATIN = re.compile(r"(?<![A-Za-z])[A-Z][a-z]{2,11}(?![A-Za-z])")
_HANGUL_WORD = re.compile(r"(?<![가-힣])[가-힣]{1,6}(?![가-힣])")
# Choseong and jongseong of a Hangul syllable as consonant classes ("" for ㅇ and ㅎ at a syllable's start).
_INITIALS = ["k", "k", "n", "t", "t", "l", "m", "b", "b", "s", "s", "", "s", "s", "s", "k", "t", "b", ""]
_FINALS = ["", "k", "k", "k", "n", "n", "n", "t", "l", "l", "l", "l", "l", "l", "l", "l", "m", "b", "b", "s", "s",
           "nk", "s", "s", "k", "t", "b", ""]
_LATIN_RULES = [("th", "t"), ("ph", "b"), ("sh", "s"), ("ch", "s"), ("ck", "k"), ("qu", "k"), ("x", "ks"),
                ("ng", "nk")]
_LATIN_CLASS = str.maketrans({"p": "b", "f": "b", "v": "b", "d": "t", "g": "k", "q": "k", "z": "s", "j": "s",
                              "r": "l"})
# The Korean particles and copulas a foreign name takes (`토마스가`, `케빈이랑`, `제니한테`), longest first.
_TAILS = sorted("""가 이 는 은 도 를 을 의 랑 이랑 와 과 한테 에게 하고 만 네 씨 님 야 아 이가 이는 이도 한테도
    까지 처럼
    라는 이라는 라고 이라고 예요 이에요 였어 이었어 였다 이었다""".split(), key=len, reverse=True)

# A Latin gloss in brackets after the word or the next one (`랄프 로렌(Ralph Lauren)`).
_GLOSS_AFTER = re.compile(r"(?:[ ][가-힣]{1,6})?[ ]?\(")
# Tails only a person takes: a common word with one of these is the Latin name's spelling too (`피터랑`, `제니야`).
_PERSON_TAILS = frozenset("랑 이랑 한테 에게 하고 씨 님 야 아 한테도".split())
# After a word with no tail, what makes it a person: a title (`다니엘 씨`, `브라이언 님`, `엠버 선배`) or no Hangul word
# (a call: `고마워 올리비아ㅠ`, `케빈!`). Before another word it names a thing (`그레이스 기간`, `다니엘 서점`, `제임스
# 본드`; a review's probes) unless the Latin name came with a surname (`Kevin Lee` ... `케빈 한국 언제와?`).
_PERSON_AFTER = re.compile(rf"[ ]?(?:씨|님|{GIVEN_TITLES})|(?![ ]?[가-힣])")
_VERB_ENDINGS = frozenset("요다고서죠네지")
_WITH_SURNAME = re.compile(r"(?<![A-Za-z])([A-Z][a-z]{2,11}) [A-Z][a-z]+(?![A-Za-z])")
# Brands the English detector may still take for a person beside a Hangul spelling (`Tiffany 목걸이 ... 티파니가`);
# `prep.pii.names_en_lower` holds Tiffany among its shops, whose others are mostly people's names (Michael, Claire).
_BRANDS = BRANDS | {"tiffany"}


def _spellable(name: str) -> bool:
    """Is a Latin name long enough to match by its consonants: two syllables or four letters (`Tim`, `Ben` are not:
    their two consonants are many Korean words' too, `도움이`, `보내요`)?"""
    return len(name) >= 4 or len(re.findall("[aeiouy]+", name.lower())) >= 2


def latin_skeleton(name: str) -> str:
    """`Thomas` -> `tms`, `Kevin` -> `kbn`, `Michelle` -> `msl`: the consonants by class, doubles once."""
    word = name.lower()
    for a, b in _LATIN_RULES:
        word = word.replace(a, b)
    word = re.sub(r"(?<=[aeiou])r(?![aeiouy])", "", word)  # `Peter` 피터, `Carlos` 카를로스: no r after a vowel
    word = re.sub(r"c(?=[eiy])", "s", re.sub(r"g(?=[ei])", "j", word)).replace("c", "k").translate(_LATIN_CLASS)
    return _collapse(re.sub(r"[aeiouyhw]", "", word))


@functools.lru_cache(maxsize=65536)
def hangul_skeleton(word: str) -> str:
    """`토마스` -> `tms`, `케빈` -> `kbn`, `미셸` -> `msl`: the same classes from the jamo of each syllable."""
    out = []
    for ch in word:
        code = ord(ch) - 0xAC00
        out.append(_INITIALS[code // 588] + _FINALS[code % 28])
    return _collapse("".join(out))


def _collapse(skeleton: str) -> str:
    return re.sub(r"(.)\1+", r"\1", skeleton)


def add_glossed_names(model, text: str, spans: list) -> None:
    """Hangul words spelled like a Latin first name of the same document; appended to `spans` as (start, end)."""
    latin = {m.group() for m in _LATIN.finditer(text)} if text.isascii() is False else set()
    if not latin:
        return
    lexicon = load_lexicon()
    names = set()
    for name in latin:
        entry = lexicon.get(name.lower())  # a first name more than a word (`Thomas`, `Peter`; not `Lot`, `Will`)
        if entry is not None and entry[0] & FIRST and entry[2] - entry[1] < TITLE_WORDNESS and _spellable(name) \
                and name.lower() not in _BRANDS:
            names.add(name)
    if not names:
        return
    # ... that the English detector finds as a person here (`Chelsea 경기`, `Jordan 운동화`, `Victoria 여행` are not)
    found = {word for start, end, _ in shared_detector().find(text) for word in _LATIN.findall(text[start:end])}
    skeletons = {skeleton for name in names & found if len(skeleton := latin_skeleton(name)) >= 2}
    if not skeletons:
        return
    full = {latin_skeleton(m[1]) for m in _WITH_SURNAME.finditer(text) if m[1] in names}  # `Kevin Lee`
    for match in _HANGUL_WORD.finditer(text):
        word = match.group()
        if hangul_skeleton(word) in skeletons and word in model.common_words:
            continue  # `마리아` (a word too) beside `Maria`: not `마리|아`, whose consonants are the same
        if text[match.start() - 1:match.start()] == "(" or _GLOSS_AFTER.match(text, match.end()):
            continue  # a gloss (`랄프 로렌(Ralph Lauren)`, `Donald Duck(도널드 덕)`): the foreign names' reading's
        for tail in ("", *_TAILS):
            stem = word[:len(word) - len(tail)] if tail else word
            if not stem or tail and not word.endswith(tail) or (
                    stem in model.words or len(stem) == 1) and tail not in _PERSON_TAILS:
                continue  # `마크 표시`, `벨 마비`, `도움|이`; `피터랑`, `제니한테` (a tail only a person takes)
            if not tail and word[-1] in _VERB_ENDINGS and word[:-1] in model.words:
                continue  # `보내|요`, `도와|서`: a verb's stem and its ending
            if not tail and hangul_skeleton(stem) not in full and not _PERSON_AFTER.match(text, match.end()):
                continue  # `다니엘 서점`, `보내요 확인`: a thing's name or a verb; `다니엘 씨`, `올리비아ㅠ` a person
            if hangul_skeleton(stem) in skeletons:
                spans.append((match.start(), match.start() + len(stem)))
                break
