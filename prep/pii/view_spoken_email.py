"""The normalized view's spoken Korean e-mail addresses: a call's `에이치와이 언더바 킴 골뱅이 지메일 점 컴` (round 13).

A caller reads an address out in Hangul: the local part's letters by their Korean names or as a word (`에이치와이`,
`킴`), `언더바`/`점`/`하이픈` between them, `골뱅이` for the `@`, the mail service by its Korean name (`지메일`,
`네이버`, `다음`, `한메일` ...) and `점 컴`/`닷컴` for `.com`. Where the service and the ending are both said, the view
reads the whole run as one ASCII address (each local word `x`: its spelling does not matter, only that it goes), so
the e-mail pattern finds it and the replacement covers every original character. The local part is the word before
`골뱅이` and the words joined to it by a said `언더바`, `점` or `하이픈` (`고객 에이치와이 언더바 킴`: not `고객`).
"""

from __future__ import annotations

import regex

_SERVICES = {
    "지메일": "gmail", "네이버": "naver", "다음": "daum", "한메일": "hanmail", "네이트": "nate", "카카오": "kakao",
    "야후": "yahoo", "핫메일": "hotmail", "아웃룩": "outlook", "아이클라우드": "icloud", "kt": "kt",
}
_TLDS = {"컴": "com", "넷": "net", "오알지": "org", "씨오 점 케이알": "co.kr", "케이알": "kr"}
_JOIN = r"(?:언더바|언더스코어|점|쩜|닷|하이픈|대시)"
_JOINS = {"언더바": "_", "언더스코어": "_", "점": ".", "쩜": ".", "닷": ".", "하이픈": "-", "대시": "-"}
_WORD = r"[가-힣A-Za-z0-9]{1,12}"


def _longest_first(words) -> str:
    return "|".join(sorted(map(regex.escape, words), key=len, reverse=True))



SPOKEN_EMAIL = regex.compile(
    rf"(?<![가-힣A-Za-z0-9])(?P<local>{_WORD}(?:[ ]?{_JOIN}[ ]?{_WORD})*)[ ]?골뱅이[ ]?"
    rf"(?P<service>{_longest_first(_SERVICES)})[ ]?"
    rf"(?:(?:점|쩜|닷)[ ]?(?P<tld>{_longest_first(_TLDS)})|닷(?P<one>컴|넷))"
)
SPOKEN_EMAIL_TRIGGER = regex.compile(r"골뱅이")
_PIECE = regex.compile(rf"[ ]?(?P<join>{_JOIN})[ ]?|(?P<word>{_WORD})")


def spoken_email_edits(text: str) -> list[tuple[int, int, str]]:
    """One edit per spoken address: the whole run, read as an ASCII address (module doc)."""
    edits = []
    for match in SPOKEN_EMAIL.finditer(text):
        local = "".join(_JOINS[p["join"]] if p["join"] else "x" if not p["word"].isascii() else p["word"]
                        for p in _PIECE.finditer(match["local"]))
        tld = _TLDS[match["tld"]] if match["tld"] else {"컴": "com", "넷": "net"}[match["one"]]
        edits.append((match.start(), match.end(), f"{local}@{_SERVICES[match['service']]}.{tld}"))
    return edits
