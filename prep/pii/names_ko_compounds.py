"""Round 16: compounds of dictionary words that also parse as a surname and a given name (the lone-word veto's).

Clean Korean text (notices, ward and plant papers, tax and labour notes) came out changed where the only candidate
of a document was a compound that MeCab-ko's dictionary holds in its parts, not whole: a common word of two
syllables and a noun-forming syllable (`이동|식 단속`, `유효|성과`, `이수|자로`, `설명|회`, `반응|조(`), or the
start of two common words written as one (`예정|신고`, `분기|보고서`). The lexicon cannot tell these
from names (`이동식`, `유효성` are in its full names: MeCab-ko lists them as people too), so round 14's veto
(`prep.pii.names_ko_alone.lone_words`) kept them.

`compound_reading` adds these two shapes to the veto's word readings. The veto's other conditions stay: the
document's candidates are this one value, no mention carries a person's mark (a title, kin or person word, field,
speaker slot, age, vocative, sign-off), no other word of the document is a person's and no phone or e-mail is
there. So `이동식 과장`, `정신영 씨`, `신청자: 이수자`, a list of names, and a compound beside any other candidate
keep every reading (recall first); only a document whose one doubtful word is such a compound changes.
"""

from __future__ import annotations

import re

# Noun-forming syllables after a common word (`이동|식`, `유효|성`, `이수|자`, `권상|기`, `설명|회`, `반응|조`,
# `배차|일`, `하차|지`, `이동|형`, `배송|중`, `명세|표`, `조영|제`): Sino-Korean bound nouns of kind, place, time,
# device and group. Many end given names too (`동식`, `지성`): the veto's marks decide those.
_NOUN_SUFFIXES = frozenset("식성자기회조일지형중표제")
# Particles that may open what follows a candidate (`연봉수|가`, `서로운|한테`): there two common words glued
# (`연봉|수가`, `서로|운한`) may be a name and its particle.
_PARTICLE_STARTS = tuple("은 는 이 가 을 를 의 도 만 과 와 나 랑 한테 에게 하고 께 보다 처럼".split())
# Particles a thing takes and a person does not (a person takes `에게`, `한테`): place, instrument, means
# (`이수자|로 한정`, `반응조|에서`, `설명회|에는`). The subject, topic, object and `과`/`와` particles a person takes
# as often (`이동식|은 말했다`, `이수자|를 만나`, `유효성|과 통화`): there the name stays.
_THING_PARTICLES = frozenset("로 으로 에 에서 에는 에서는 로는 으로는".split())
# A noun's particles after the noun that follows a bare compound (`정회원 자격이`, `이동식 단속을`).
_NOUN_PARTICLES = frozenset("은 는 이 가 을 를 의 도 만 과 와".split())
# What follows a bare compound that a name in the same place is not followed by: a line's or a text's end, a
# closing bracket, a list's separator or a Latin word (`고정식 CCTV`, `권상기,`, `설명회\n`); not a number
# (`이동식 42세`) nor an opening bracket's note (`이상표 (민원과)`).
_BARE_AFTER = re.compile(r"[ ]?(?:$|\n|[,·/)\]]|[A-Za-z])")


def compound_reading(model, text: str, start: int, end: int) -> bool:
    """Is the candidate `text[start:end]`, where it starts its Hangul word, a common word and a noun-forming
    syllable (`이동|식`) in a thing's slot (before a particle of place or means, a common noun, a bracket, a
    separator, a Latin word or a line's end), or the start of two common words of two syllables written as one
    (`예정|신고`)? (`model`: `prep.pii.names_ko.NameModel`.)"""
    value = text[start:end]
    if len(value) != 3 or value[:2] not in model.common_words:
        return False
    run_end = end
    while run_end < len(text) and "가" <= text[run_end] <= "힣":
        run_end += 1
    run = text[start:run_end]
    if len(run) >= 4 and run[2:4] in model.common_words and not text.startswith(_PARTICLE_STARTS, end):
        return True  # `예정|신고`; not where a particle may follow the candidate (`이장이던 연봉수|가`, `수가` a word)
    if value[2] not in _NOUN_SUFFIXES:
        return False
    if run_end > end:
        return text[end:run_end] in _THING_PARTICLES
    return _BARE_AFTER.match(text, end) is not None or _noun_after(model, text, end)


def _noun_after(model, text: str, end: int) -> bool:
    """Does a common noun of the dictionary follow after one space, alone or with a particle (`이동식 단속`,
    `정회원 자격이`)? A name before a noun is a title's or a role's (the veto's marks), or a verb's subject."""
    if text[end:end + 1] != " ":
        return False
    at = end + 1
    while at < len(text) and "가" <= text[at] <= "힣":
        at += 1
    word = text[end + 1:at]
    return len(word) >= 2 and (word in model.common_words or word[:2] in model.common_words and (
        word[2:] in _NOUN_PARTICLES or word[2:] in _THING_PARTICLES))
