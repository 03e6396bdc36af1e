"""Foreign and Korean-American names written in Hangul beside a role of media and sports (round 16).

`prep.pii.names_ko_context.MoreContexts.foreign_names` reads a run of foreign name words that holds one word that is
a foreign name only (`제임스 오코너`); names made of words that are other things too (`마르코 로시`: both are brands
and words in the lexicon's second list) and a foreign given name with a Korean surname (`리사 정`, `로버트 킴`) are
left. Here a role of the credits, the studio or the club right before the two words (`에이전트 X Y가`, `게스트 X Y`,
`번역 총괄 X Y의`; a space or a colon between) or right after them (`X 킴 감독`) says person:

- two foreign name words of the lexicon after the role, one of them a foreign name only and the first no word of
  the dictionary (not `진행 마크 리스트`, `프로듀서 마스터 클래스`; so `마르코 로시` stays a miss);
- a foreign given name and a Korean surname as English spells it in Hangul (`킴`, `리`, `팍`, `초이`) or as Korean
  does (`정`, `한`); before the role only a given name that is no common word.
"""

from __future__ import annotations

import re

from prep.pii.names_en_words import trie_pattern
from prep.pii.names_ko_long import MEDIA_ROLES, ROLES_AFTER

# Korean surnames as English-speaking families write them, spelled back in Hangul (`Kim` 킴, `Lee` 리).
_ROMANIZED_SURNAMES = frozenset(
    "킴 리 팍 초이 정 강 한 오 신 윤 조 송 남 류 유 문 안 황 홍 서 임 장 최 박 배 백 손 권 노 하 심".split())
_TAIL = "이|가|은|는|을|를|의|와|과|도|에게|한테|께서|씨|님"
# A title after the name written apart (`수잔 한 씨가`, `에릭 송 해설위원`): any other word after a name with no
# particle says the two words are a brand's or a number's.
_TITLE = re.compile(rf"[ ](?:씨|님|{ROLES_AFTER})[가-힣]{{0,3}}")
# A role of the credits, the studio or the club (a title before a foreign name is read by `foreign_names`), `총괄` or
# a colon at most, then two words: the given name and the surname (a particle after it).
_MEDIA = trie_pattern(sorted(MEDIA_ROLES))
_AFTER_ROLE = re.compile(
    rf"(?<![가-힣])(?:{_MEDIA})(?:[ ]총괄)?(?:[ ]?[:：][ ]*|[ ]+)(?P<g>[가-힣]{{2,5}})[ ](?P<s>[가-힣]{{1,5}}?)"
    rf"(?P<t>(?:{_TAIL})?)(?![가-힣])(?P<n>[ ][가-힣]+)?")
# A given name and a Korean surname, then one space and a role (`로버트 킴 감독`).
_BEFORE_ROLE = re.compile(
    rf"(?<![가-힣])(?P<g>[가-힣]{{2,5}})[ ](?P<s>{'|'.join(sorted(_ROMANIZED_SURNAMES))})[ ](?:{ROLES_AFTER})"
    r"(?![가-힣]{2})")
# A part every match of each holds, found by a literal-led scan (the patterns' lookbehinds make `re` try every
# position): most texts pay only these (speed; the same matches).
_AFTER_ROLE_GATE = re.compile(f"(?:{_MEDIA})")
_BEFORE_ROLE_GATE = re.compile(rf"[ ](?:{'|'.join(sorted(_ROMANIZED_SURNAMES))})[ ](?:{ROLES_AFTER})")


def add_guest_names(model, strong: frozenset[str], weak: frozenset[str], text: str, spans: list) -> None:
    """Two-word foreign or Korean-American names beside a role; appended to `spans` as (start, end). `strong`: foreign
    name words that are nothing else, `weak`: those that are other words too (`prep.pii.names_ko_context`)."""
    for pattern, gate, role_first in ((_AFTER_ROLE, _AFTER_ROLE_GATE, True), (_BEFORE_ROLE, _BEFORE_ROLE_GATE, False)):
        for match in pattern.finditer(text) if gate.search(text) else ():
            given, surname = match["g"], match["s"]
            if given not in strong and given not in weak or given in model.common_words and not role_first:
                continue
            if role_first and not match["t"] and match["n"] and not _TITLE.fullmatch(match["n"]):
                continue  # a noun after it: a brand's (`배우 케이트 스페이드 가방`), a counter's (`세션 한 번`)
            if surname in _ROMANIZED_SURNAMES or len(surname) > 1 and (surname in strong or surname in weak) and (
                    given in strong or surname in strong) and given not in model.words:
                spans.append((match.start("g"), match.end("s")))
