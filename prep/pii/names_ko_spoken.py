"""Round 23: Korean names said aloud in a call, a meeting or a voice memo and written by speech-to-text.

A caller who gives their name spells it out or pauses after the surname, and speech-to-text writes what it hears:
`고객: 네 옥 채 원이구요`, `저 길 민 재인데요`, `저는 연 수 빈이고`, `고객: 네 석 다온이요`, `독고 민성이에요`. The
record readers (`names_ko_spaced`) want a field's colon and a closing mark, and the document-wide spaced reading
(`names_ko._SPACED`) wants no dictionary word inside the joined name (`구태식`: `구태` + `식`), so these stay. Here
a surname, then one or two given syllables spaced apart (or a two-syllable given name after a space), is a name where
the utterance says so on both sides:
- before: the start of a turn or a line (after a speaker's colon and a filler, `네`, `어`), a speaker's self (`저`,
  `나`, `저는`), a name word (`이름은`, `성함은`) or a kin word (`남편이`, `와이프`, `받는사람`);
- after: a copula of an answer (`이요`, `이에요`, `입니다`, `인데요`, `이구요`, `이고`, `으로`), or a person's title
  (`학생`, `선생님`, `고객님`), glued or after a space.
A given name written together that is a common word too (`진 나무요`, not `이 정도요`) needs the name asked for on the
line before (`받는 분 성함은요`).
A pronoun before a spaced name (`나 두 영 수인데`) is the speaker, not a surname: the span it started is dropped.
"""

from __future__ import annotations

import re

from prep.pii.names_ko_kin import KIN_WORDS
from prep.pii.names_ko_layouts import SURNAMES_1
from prep.pii.patterns import KO_SURNAMES

_SURNAMES_2 = "|".join(s for s in KO_SURNAMES if len(s) == 2)
# What an answer puts after a name: a copula, glued (`원이구요`, `수인데`, `온입니다`, `린으로`).
_COPULA = ("이요|요|이에요|예요|입니다|이구요|구요|이고요|고요|이고|인데요|인데|이라고요|라고요|이었는데|였는데|"
           "이었어요|였어요|으로|로")
_TITLE = "님|씨|학생|선생님|쌤|고객님|회원님|어머님|아버님|환자분"
# Who says the name: a speaker's self, a filler at a turn's start, a name word, or a kin word and its particle.
_SELF = "저|나|저는|나는|전|난|제가|내가|네|예|어|아|음|네네|아네|이름은|이름이|성함은|성함이|본명은|받는사람|받는 분은"
_KIN = "|".join(sorted(KIN_WORDS, key=len, reverse=True))
_BEFORE = re.compile(
    rf"(?:^|[:：\]][ \t]*|(?<![가-힣])(?:{_SELF}|(?:{_KIN})(?:이|가|은|는)?)[ ]|[:：][ \t]*(?:네|예|어|아|음)[ ]?)\Z",
    re.M)
_GATE = re.compile(r"(?<![가-힣])[가-힣]{1,2} [가-힣]")
_NAME = re.compile(
    rf"(?<![가-힣])(?P<v>(?P<s>{_SURNAMES_2}|[{SURNAMES_1}])[ ]"
    rf"(?:(?P<g1>[가-힣])[ ](?P<g2>[가-힣])|(?P<g>[가-힣]{{2}})))"
    rf"(?:(?P<c>{_COPULA})(?![가-힣])|[ ]?(?P<t>{_TITLE})(?![가-힣]))")
# The name asked for on the line before (`받는 분 성함은요`, `예금주분 성함이요`, `이름이 뭐예요`).
_ASKED = re.compile(r"성함|이름|명의자|예금주|누구")
_PRONOUNS = frozenset("나저너")
# Fillers that are surnames too (`어 조 아요`: `어` a filler, `조아요` typed `좋아요`).
_FILLERS = frozenset("어아예음")


def add_spoken_names(model, text: str, spans: list) -> None:
    """Append the spoken, spaced names of `text` to `spans`."""
    if not _GATE.search(text):
        return
    for match in _NAME.finditer(text):
        start = match.start("v")
        line_start = text.rfind("\n", 0, start) + 1
        if match["t"] is None and _BEFORE.search(text, max(line_start, start - 12), start) is None:
            continue
        if not _spoken_name(model, match, _asked(text, line_start)):
            continue
        spans.append(match.span("v"))


def drop_spoken_pronouns(text: str, spans: list) -> list:
    """`spans` less those that a pronoun starts before a spaced name found one syllable on (`나 두 영` of
    `나 두 영 수인데`: the speaker and two of the name's syllables)."""
    starts = {s: e for s, e in spans}
    return [(s, e) for s, e in spans
            if not (text[s] in _PRONOUNS and text[s + 1:s + 2] == " " and starts.get(s + 2, 0) >= e)]


def _asked(text: str, line_start: int) -> bool:
    """Did the line before ask for a name?"""
    if line_start == 0:
        return False
    before = text.rfind("\n", 0, line_start - 1) + 1
    return _ASKED.search(text, before, line_start) is not None


def _spoken_name(model, match: re.Match, asked: bool) -> bool:
    """Is the surname and the given part a name? Spelled out (`옥 채 원`): a given name of the lexicon, no word
    joined. Written together after the surname (`석 다온`): a plausible given name that is no common word
    and does not close a word the surname opens (`우 리집으로`), or any plausible one where the name was asked for."""
    surname = match["s"]
    given = match["g"] or match["g1"] + match["g2"]
    if surname in _FILLERS:
        return False
    if surname + given in model.words or given in model.words and not model.given_names.get(given, 0):
        return False  # `전 사원이고`
    if match["g"] and not asked and (given in model.common_words or surname + given[0] in model.words):
        return False  # `이 정도요`, `우 리집으로`; `진 나무요` only where the name was asked for
    if match["g1"]:
        return model.given_names.get(given, 0) >= 2  # `우 리 집으로`: `리집` no given name
    return model.given_names.get(given, 0) >= 2 or model.given_plausible(given)
