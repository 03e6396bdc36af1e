"""Round-5b contexts for Korean names: mail senders, glued fields, work ranks, spaced compound surnames, timed lines.

Text we did not write names people where the round-5 contexts (`prep.pii.names_ko_cues`) do not look:

- a mail's display name before its address (`보낸사람: "X" <a@b.kr>`, `X <a@b.kr>`);
- a form's field glued to its value, the next field one space on (`고객명X 연락처010...`);
- a given name or a full name before a work rank or an occupation the earlier lists lack (`X 매니저가`,
  `X 간호사님이`, `X 사회복지사`, `X 쌤도`, `X 점장`);
- a compound surname written apart from its given name (`제갈 X 드림`, `[남궁 X]`);
- a messenger export whose lines start with a time and the speaker (`18:05 X 헐`): where one line's speaker
  is a found name, the other lines' speakers that are plausible names are names too.

Each context runs only where its cheap literal occurs (`@`, a field word, a rank, a compound surname, `:`).
"""

from __future__ import annotations

import re

# A display name (three or four syllables, quoted or not) right before `<address@`.
_MAIL_NAME = re.compile(r"(?<![가-힣])\"?(?P<v>[가-힣]{3,4})\"?[ ]?<[^<>\s@]{1,64}@")
# Fields a form writes glued to the value, the next field glued or one space on.
_GLUED_LABELS = "고객명|환자명|수령자|주문자명|보호자명|성명|이름|수령인|수취인|주문자|예금주|신청인"
_GLUED_FIELD = re.compile(
    rf"(?:{_GLUED_LABELS})[:：]?(?P<v>[가-힣]{{3}})[ ](?=주소|연락처|전화|휴대폰|핸드폰|생년월일|주민|이메일|배송지)")
_GLUED_TRIGGER = re.compile(_GLUED_LABELS)
# Occupations and ranks after a name (the rank lists of `names_ko_cues` lack them).
_RANKS = ("매니저님|매니저|간호사님|간호사|사회복지사님|사회복지사|복지사님|복지사|코치님|코치|트레이너님|트레이너|"
          "점장님|점장")
# Particles after a person called by a rank or kin word (`대리가`, `매니저한테`; `names_ko_cues` too).
RANK_PARTICLES = "이|가|은|는|을|를|의|도|랑|이랑|하고|과|와|께|께서|한테|에게"
_RANK_TAIL = rf"(?:{RANK_PARTICLES})?"
_GIVEN_RANK = re.compile(rf"(?<![가-힣])(?P<v>[가-힣]{{2,4}})[ ](?:{_RANKS}){_RANK_TAIL}(?![가-힣])")
_FULL_SSAEM = re.compile(rf"(?<![가-힣])(?P<v>[가-힣]{{3}})[ ]?(?:쌤|샘|선생님){_RANK_TAIL}(?![가-힣])")
_RANK_TRIGGER = re.compile(_RANKS)
# What may stand right before a name called by its rank; and the ends of a place's name (`○○병원 간호사`).
_BEFORE_NAME = frozenset(" \t\n(\"'[,.:·/-")
_PLACE_END = re.compile(r"(?:병원|의원|센터|약국|학교|회사|요양원|복지관|지점|본점|매장|팀|부|과|실)$")
_SSAEM_TRIGGER = re.compile(r"쌤|샘|선생님")
# A role or rank right before a full name (`점장 X한테`, `담당의 X`), where the full name's surname is rare.
_ROLES = "점장|부점장|처방의|담당의|주치의|팀장|실장|매니저|간호사|코치|감독|트레이너|담당자|담임|사회복지사"
_ROLE_BEFORE = re.compile(rf"(?<![가-힣])(?:{_ROLES})[ ](?P<v>[가-힣]{{3}})(?:님|씨|{RANK_PARTICLES})?(?![가-힣])")
_ROLE_TRIGGER = re.compile(_ROLES)
# A compound surname, a space, a given name of one or two syllables (`제갈 도현 드림`, `[남궁 현]`).
# (`사공`, `서문`, `동방` are words too: `서문 작성`.) The two-syllable surnames (`names_ko_cues` reads them too):
COMPOUND_SURNAMES = ("남궁", "독고", "선우", "제갈", "황보", "사공", "서문", "동방")
_COMPOUND_SPACED = "|".join(f"{s} " for s in COMPOUND_SURNAMES if s not in ("사공", "서문", "동방"))
_SPACED_COMPOUND = re.compile(
    rf"(?<![가-힣])(?P<v>(?:{_COMPOUND_SPACED})(?P<g>[가-힣]{{1,2}}))"
    r"(?:드림|올림|님|씨|이|가|은|는|을|를|의|도|과|와|에게|한테|께서)?(?![가-힣])")
_COMPOUND_TRIGGER = re.compile(_COMPOUND_SPACED)
# A messenger export's line: a time, the speaker, the message (`18:05 모은비 헐 왜??`).
# Every trigger above but `@`, as plain literals (a group in an alternation makes the scan 10x slower).
_ANY_WORD = re.compile("|".join([_GLUED_TRIGGER.pattern, _RANKS, _SSAEM_TRIGGER.pattern, _ROLE_TRIGGER.pattern,
                                 _COMPOUND_SPACED]))
_TIMED_LINE = re.compile(r"(?m)^(?:(?:오전|오후)[ ])?\d{1,2}:\d\d[ ]+(?P<v>[가-힣]{2,4})(?=[ ]+\S)")


class MarkContexts:
    """`add(text, spans)`: the contexts of this module, given the spans found so far."""

    def __init__(self, model, given_ok, not_names: frozenset[str]):
        self.model = model
        self.given_ok = given_ok  # a given name of the lexicon that no describer or role word is
        self.not_names = not_names

    def full_ok(self, value: str) -> bool:
        return self.model.name_plausible(value) and value not in self.model.words and value not in self.not_names

    def add(self, text: str, spans: list) -> None:
        if spans and ":" in text:
            self._timed_lines(text, spans)
        if "@" in text:
            for match in _MAIL_NAME.finditer(text):
                if len(match["v"]) == 3 and self.full_ok(match["v"]):
                    spans.append(match.span("v"))
        if _ANY_WORD.search(text) is None:  # one scan of plain literals for most texts (the speed budget)
            return
        if _GLUED_TRIGGER.search(text):
            for match in _GLUED_FIELD.finditer(text):
                value = match["v"]
                if value[0] in self.model.surnames and self.model.given_plausible(value[1:]):
                    spans.append(match.span("v"))
        rank = _RANK_TRIGGER.search(text) is not None
        if rank:
            self._ranks(text, spans)
        if rank or _ROLE_TRIGGER.search(text):
            for match in _ROLE_BEFORE.finditer(text):
                if self.full_ok(match["v"]):
                    spans.append(match.span("v"))
        if _SSAEM_TRIGGER.search(text):
            for match in _FULL_SSAEM.finditer(text):
                if self.full_ok(match["v"]):
                    spans.append(match.span("v"))
        if _COMPOUND_TRIGGER.search(text):
            for match in _SPACED_COMPOUND.finditer(text):
                given = match["g"]
                if given in self.not_names or len(given) == 1 and given in self.model.common_words:
                    continue
                if len(given) == 1 and self.model.second.get(given, 0) >= 10 or len(given) == 2 and (
                        self.given_ok(given) or self.model.given_plausible(given)
                        and not self.model.plain_word(given)):
                    spans.append(match.span("v"))

    def _ranks(self, text: str, spans: list) -> None:
        model = self.model
        for match in _GIVEN_RANK.finditer(text):
            value = match["v"]
            at = match.start()
            if value in self.not_names or _PLACE_END.search(value) or at and text[at - 1] not in _BEFORE_NAME:
                continue  # `○○병원 간호사`: a place's staff, no name
            if len(value) == 2 and (self.given_ok(value) or model.given_plausible(value)
                                    and not model.plain_word(value)) or len(value) >= 3 and self.full_ok(value):
                spans.append(match.span("v"))

    def _timed_lines(self, text: str, spans: list) -> None:
        """Lines `HH:MM name message`: two at least, one speaker a found name; the plausible others join."""
        matches = list(_TIMED_LINE.finditer(text))
        if len(matches) < 2:
            return
        found = {text[s:e] for s, e in spans}
        if not any(m["v"] in found for m in matches):
            return
        for match in matches:
            value = match["v"]
            if value not in found and len(value) >= 3 and self.full_ok(value):
                spans.append(match.span("v"))


# A name's Hanja in parentheses right after it (`어윤구(魚允九)`, `정훈 (正勳)`): the same name, written again.
# (Not a clan's seat: `(坡平人)`, `(金海金氏)`.)
# Round 13: also before a comma inside (`마상길(馬相吉, 1958년 ~ )`, an encyclopedia's lead).
_HANJA_AFTER = re.compile(r"[ ]?\([\u4e00-\u9fff\uf900-\ufaff]{2,4}(?<![人氏])(?:\)|(?=,))")


def with_hanja(text: str, end: int) -> int:
    """The end of a Korean name at `text[:end]`, past its Hanja in parentheses if they follow."""
    if end < len(text) and text[end] in " (" and (m := _HANJA_AFTER.match(text, end)):
        return m.end()
    return end
