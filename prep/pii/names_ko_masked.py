"""A Korean report's anonymised person called back by the bare surname (round 18).

News and judgments mask a private person as the surname and `모` (`김모씨`, `이모(45)씨`, `박모 씨`), and call them
back by the surname and `씨` alone (`김씨는 "..."라고 진술했다`). The mask is no name (`data/eval/PII_SETS.md`: masked
references are not labelled) and neither is its callback: the reader learns nothing but the surname the mask already
shows. Only a bare surname with `씨` right after it that opens its clause goes back, only where the same document
masks that surname with `씨` (`김모씨`, `김모 씨`, `김모(45)씨`; not the kin words `장모`, `이모`, `고모`, `조모`
without it), and only where no person of that surname is named in it: beside `김소연씨`, `김씨는` may be her as well
as the mask, and a callback that names someone is kept. A full name with the surname (`김민수 씨`), another
surname's callback (`이씨`) and a bare surname after a role (`담당 형사 최 씨`: another person of the same surname)
stay.
"""

from __future__ import annotations

import re

# The mask: a surname, `모`, then `씨`, maybe after an age in brackets (`김모씨`, `박모 씨`, `이모(45)씨`, `정모(29·여)
# 씨`; not the kin `이모가`).
_MASK = re.compile(r"(?<![가-힣])(?P<s>[가-힣])모(?P<space>[ ])?(?:씨|\(\d{1,3}[^)\n]{0,6}\)[ ]?씨)")
# Kin words of the mask's shape (`우리 장모 씨는`: the mother-in-law, spoken of with `씨`): a mask only with `씨` right
# after or an age (`장모씨`, `조모(72)씨`).
_KIN_MASKS = frozenset("장모 이모 고모 조모".split())
_CALLBACK = re.compile(r"[ ]?씨")
# A callback opens its clause (`. 김씨는`, `… 강씨 측`, a line's start); after a role or another word it may be
# someone else of the same surname (`담당 형사 최 씨는`), who stays.
_CLAUSE_END = frozenset(".!?\"'”’…」』)]\n")


def _opens_clause(text: str, start: int) -> bool:
    before = text[max(0, start - 4):start].rstrip(" ")
    return not before or before[-1] in _CLAUSE_END


def drop_masked_callbacks(model, text: str, spans: list) -> list:
    """`spans` less each bare surname before `씨` whose surname the document masks (`김모씨` ... `김씨는`)."""
    if "모씨" not in text and "모 씨" not in text and "모(" not in text:
        return spans  # literal looks first: `모` alone is in every other text (`모두`, `모르다`)
    masked = {m["s"] for m in _MASK.finditer(text) if m["s"] in model.surnames and not (
        m["space"] and m["s"] + "모" in _KIN_MASKS)}
    if not masked:
        return spans
    # a person of the surname named anywhere (`김소연씨`, `이준석 검사`): the callback may be theirs
    masked -= {text[s] for s, e in spans if e - s >= 2 and text[s + 1] != "모" and "가" <= text[s + 1] <= "힣"}
    if not masked:
        return spans
    return [(s, e) for s, e in spans if not (e - s == 1 and text[s] in masked and _CALLBACK.match(text, e)
                                                   and _opens_clause(text, s))]
