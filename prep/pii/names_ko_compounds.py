"""Round 16: two common words written as one, whose start also parses as a surname and a given name.

Clean Korean text (tax, labour and plant papers, notices) came out changed where the only candidate of a document
was the start of a compound that MeCab-ko's dictionary holds in its parts, not whole: two common words of two
syllables glued (`예정|신고`, `연장|근로`). The detector reads the first three syllables as a surname
and a given name (`예정신`, `연장근`), and round 14's veto (`prep.pii.names_ko_alone.lone_words`) kept them: the
lexicon holds no such word.

`glued_words` adds this shape to the veto's word readings. The veto's other conditions stay: the document's
candidates are this one value, no mention carries a person's mark (a title, kin or person word, field, speaker
slot, age, vocative, sign-off), no other word of the document is a person's, and no phone or e-mail is there.
Where what follows the three syllables may be a name's particle or a word of its own (`이장이던 연봉수|가`, `수가`
a word too; `서로운|한테`; `이수자|전화` in a chat), the name wins.

Tried and not kept (round 16): a common word and a noun-forming syllable alone (`이동|식 단속`, `설명|회`, `고정|식
CCTV`, `교육 이수|자`). It took eight more clean rows on the tuning sets and no name there, but the same slots hold
names in the writers' own probes: a name before a verbal noun (`이동식 발표 순서는`, `고정식 결재 부탁드립니다`)
or closing a line (`발표 이동식`, `문의 이동식`) reads exactly like `이동식 단속` and `교육 이수자`.
"""

from __future__ import annotations

from prep.pii.names_ko_forms import hangul_end

# What may open the rest of the word after the three syllables and make them a name with its particle
# (`연봉수|가`, `서로운|한테`): there the two glued words (`연봉|수가`, `서로|운한`) are not read.
_PARTICLE_STARTS = tuple("""
    은 는 이 가 을 를 의 도 만 과 와 나 랑 한테 에 하고 께 보다 처럼 마저 부터 까지 조차 밖에 으로 야 아""".split())
# `로` (`로서`, `로부터`, `로도`, `로만`) opens nouns too (`연장|근로`): the name's particle after a surname this common
# (`이민호로 교체됐다`, `공성철로`; `연`, `예` are rarer: `연장근로`), unless the third syllable is the person-forming
# `자` after a common word (`교육 이수|자로 한정한다`: a role, in the very slot a name takes) and the given name
# ending in it is no common one (`수자` 12 full names; `미자`, `순자`, `영자` 27 to 33: `이미자로 정해졌다`).
_RO_SURNAME_SHARE = 0.003
_JA_GIVEN_MIN = 15
# A particle's syllable after one syllable (`예정신|고는`): `고는` is no word there, whatever the lexicon holds.
_ONE_SYLLABLE_PARTICLES = frozenset("은는이가을를의도와과로에만")


def glued_words(model, text: str, start: int, end: int) -> bool:
    """Is the three-syllable candidate `text[start:end]` the start of two common words of two syllables written as
    one (`예정|신고`, `연장|근로`), with no particle or word of a name's reading after it? (`model`:
    `prep.pii.names_ko.NameModel`.)"""
    if end - start != 3 or text[start:start + 2] not in model.common_words:
        return False
    run = text[start:hangul_end(text, end)]
    if text.startswith("로", end) and model.surname_shares.get(text[start], 0.0) >= _RO_SURNAME_SHARE and (
            text[end - 1] != "자" or model.given_names.get(text[start + 1:end], 0) >= _JA_GIVEN_MIN):
        return False
    return len(run) >= 4 and run[2:4] in model.common_words and not text.startswith(_PARTICLE_STARTS, end) \
        and not (run[3:5] in model.words and run[4:5] not in _ONE_SYLLABLE_PARTICLES)  # `이수자|전화`
