"""Round-5 contexts for Korean names: given names that are words, compound surnames, speakers, role words.

`prep.pii.names_ko` takes a given name alone only where it is no common word, or in a vocative.
Text we did not write names people `가은`, `세찬`, `누리`, `기쁨` (all words too) and calls them by a
rank or a kin word (`세찬 선배가`, `가은쌤`, `지유 언니`, `순영 대리가`), or lets them speak in a chat
without times (`우람: ...` / `도윤: ...`). The contexts here:

- a given name before a kin word or a rank (`선배`, `언니`, `형`, `대리`, `쌤`): a given name of the
  lexicon, a word too, unless it is a word that describes whom (`학교 선배`, `동기 형`, `우리 언니`);
  a full name before a rank (`남궁현 부시장도`);
- a compound surname with a one-syllable given name (`남궁별`, `독고찬`, `제갈윤`), which the surname
  + two-syllable model never reads;
- bare chat speakers on two lines or more (`새봄: ...`, `기쁨: ...`, an interview's `차은결:` beside
  `기자:`): a given name of the lexicon, a plausible name, or a foreign name;
- a person's role word before a full name with a rare given name (`피보험자 하은결`, `외야수 하늘빛`
  stays out: a word) and a self-introduction (`지원한 빈예솔입니다`);

and two vetoes: a word and its particle (`모임은`) is no name; a role word that a speaker or a cell
context took for a name (`[대리] [오후 1:03]`, `진행자:`, `기자:`, `임대인  성명`) is no name, wherever it stands.
"""

from __future__ import annotations

import re

from prep.pii.names_ko_layouts import _ROLE_END, STOP_VALUES
from prep.pii.names_ko_marks import COMPOUND_SURNAMES, RANK_PARTICLES, MarkContexts
from prep.pii.patterns import KO_NAME_LABELS, KO_NOT_NAMES

# Kin words and ranks that follow a given name, one space apart; the first group may be glued (`가은쌤`).
# (`님`, `씨` after a given name: `prep.pii.names_ko`.)
_KIN = "선배님|선배|후배|언니|누나|오빠|형님|형|동생|쌤|샘|이모|삼촌|대리님|대리|과장님|과장|주임|사원"
_GLUED_KIN = "쌤|샘|언니|누나|오빠|선배님|선배"
# After kin, vocatives and `이-` forms too.
_KIN_TAIL = rf"(?:{RANK_PARTICLES}|이야|야|아|이가|이는|이도|이랑|이한테)?"
_GIVEN_KIN = re.compile(
    rf"(?<![가-힣])(?P<v>[가-힣]{{2}})(?:[ ](?P<k>{_KIN})|(?P<g>{_GLUED_KIN})){_KIN_TAIL}(?![가-힣])")
# A full name, one space, a rank not in the detector's titles (`남궁현 부시장도`, `한상국 의장`).
_FULL_RANKS = ("부시장|시장|부지사|지사|부군수|군수|구청장|의장|부의장|부총장|총장|교장|교감|원장|관장|소장|"
               "센터장|지부장|대리|주임|사원|선배|후배")
_FULL_RANK = re.compile(rf"(?<![가-힣])(?P<v>[가-힣]{{3,4}})[ ](?:{_FULL_RANKS}){_KIN_TAIL}(?![가-힣])")
# Triggers that the scans above start from (speed: a literal first, the name read back).
_KIN_TRIGGER = re.compile(_KIN)
_RANK_TRIGGER = re.compile(f"(?:{_FULL_RANKS})")
# Words that say whose senior or sister (`학교 선배`, `동기 형`), never the name itself.
_DESCRIBERS = frozenset(
    "학교 대학 동기 재무 영업 인사 총무 회계 기획 홍보 법무 개발 회사 동네 친구 사촌 친척 교회 군대 직장 동아리 이웃 "
    "같은 아는 친한 막내 첫째 둘째 셋째 큰 작은 우리 저희 너희 옆집 옆방 윗집 아랫집 선배 후배 언니 누나 오빠 동생 "
    "사장 부장 과장 대리 팀장 고객 환자 아기 엄마 아빠 남자 여자 대표 회장 외삼촌 친정 시댁 처가".split()
) | KO_NOT_NAMES | STOP_VALUES
_COMPOUND_SURNAMES = "|".join(COMPOUND_SURNAMES)
_COMPOUND_SHORT = re.compile(
    rf"(?<![가-힣])(?P<v>(?:{_COMPOUND_SURNAMES})[가-힣])"
    r"(?:이|가|은|는|을|를|의|도|과|와|님|씨|에게|한테|이랑|랑|께서)?(?![가-힣])")
_COMPOUND_ANY = re.compile(_COMPOUND_SURNAMES)
# Speakers of a chat without times, each at a line's start (two lines at least).
_BARE_SPEAKER = re.compile(
    r"(?m)^[ \t]*(?P<v>[가-힣]{1,5})(?:[ ](?P<k>엄마|아빠|어머니|아버지|할머니|할아버지|언니|누나|오빠|형|동생)"
    r"|(?P<f>[ ][가-힣]{1,4}))?"
    r"[ ]?[:：][ ]?(?=\S)")
# A word for a person's role or part (ends in 자 인 수 원 생 우 사), then a full name.
_ROLE_NAME = re.compile(  # the role word's last syllable first (speed); a Hangul syllable before it is checked
    r"[자인수원생우처편][ ](?P<v>[가-힣]{3})"
    r"(?=(?:님|씨|이|가|은|는|의|과|와|을|를)?(?:[ ]{2}|[ \t]*[(,./·ㆍ\n]|[ \t]*$|[ ]생년))")
# A self-introduction or a told name: `지원한 빈예솔입니다`, `성함이 공덕수이신데`.
_COPULA = re.compile(
    r"(?<![가-힣])(?P<v>[가-힣]{3})(?:입니다|이에요|이고요|이신데|이십니다|이세요|이라고[ ]합니다)(?![가-힣])")
_COPULA_TRIGGER = re.compile(r"(?:입니다|이에요|이고요|이신데|이십니다|이세요|이라고[ ]합니다)(?![가-힣])")
# Christian names Koreans take at baptism (`안드레아 김성현`, `마리아 송지나`), words of the dictionary too:
# a foreign-name word where another name word stands beside.
BAPTISMAL_NAMES = frozenset(
    "마리아 요셉 안드레아 베드로 바오로 요한 야고보 토마스 미카엘 가브리엘 라파엘 프란치스코 아녜스 아가다 루치아 "
    "세실리아 모니카 안나 엘리사벳 데레사 로사 헬레나 카타리나 스테파노 바실리오 다니엘 사무엘 소피아 율리아나 "
    "마르타 막달레나 글라라 비비안나 젬마 루카 마태오 마르코 시몬 필립보 빈첸시오 도미니코 베네딕토 그레고리오".split())
# A roster of numbered names on a line: `1 강나린  2 경도훈  3 김 하 진`, `GK  1 탄지성`.
_NUMBERED = re.compile(
    r"(?<![0-9A-Za-z가-힣])\d{1,3}[ ]+(?P<v>[가-힣]{1,4}(?:[ ][가-힣]{1,4}){0,2}?)"
    r"(?=[ \t]*(?:\([^)\n]{0,8}\))?(?:[ ]{2,}|\t|$))",
    re.MULTILINE)
_NUMBER_ITEM = re.compile(r"\d[ ]+[가-힣]")
# Between items of a list on one line.
_LIST_GAP = re.compile(r"^[ ]?[,ㆍ·∙/][ ]?$")
# A full name with a note in parentheses (`길하온(연차)`, `한상국(1901~1968)`, `하지원 (호스트)`), or alone in them
# after a space (`(백리현)`; not a heading `제3조(시행일)`).
_NOTED = re.compile(
    r"(?<![가-힣])(?P<v>[가-힣]{3})[ ]?\((?=[가-힣0-9])[^()\n]{1,14}\)|(?<![가-힣0-9])\((?P<w>[가-힣]{3,4})\)")
_PAREN = re.compile(r"\(")
# A chat export's bracketed speaker (`[정다운] [오후 7:22]`): the display name, a word too.
_BRACKET_SPEAKER = re.compile(r"(?m)^\[(?P<v>[가-힣]{2,5})\][ ]?\[(?:오전|오후)[ ]?\d{1,2}:\d\d\]")
# Form fields written without spaces: `성명:류하윤주소:`, `수령인조민서연락처`.
_GLUED_FIELD = re.compile(
    r"(?:성명|이름|성함|수령인|수취인|받는분|보내는분|주문자|예금주|신청인)[:：]?(?P<v>[가-힣]{3})"
    r"(?=주소|연락처|전화|휴대폰|핸드폰|생년월일|주민|이메일|[0-9])")
# Role words a speaker label, a cell or a field may hold: the role, never a person.
ROLE_WORDS = frozenset(
    "기자 시민 진행자 사회자 앵커 패널 대리 팀장 과장 부장 차장 사장 실장 주임 사원 인턴 임대인 임차인 변호인 "
    "검사 판사 피고 원고 증인 통역 통역사 상담사 상담원 고객 손님 학생 교사 선생 의사 간호사 환자 보호자 기사 "
    "아나운서 리포터 캐스터 해설 해설자 위원 위원장 의원 답변 질문 사회 진행 정리 녹취 기록 작성 참석 불참".split()
)
# ... and the one-syllable marks of questions and answers (`문:`, `답:`), roles only as speakers.
_SPEAKER_ROLES = ROLE_WORDS | frozenset("문 답 Q A".split())


class CueContexts:
    """`add(text, spans)`: the contexts of this module; `veto(text, spans)`: the role words dropped."""

    def __init__(self, model, foreign: frozenset[str] = frozenset()):
        self.model = model
        self.foreign = foreign
        self.marks = MarkContexts(model, self.known_given, _DESCRIBERS | ROLE_WORDS | KO_NAME_LABELS)

    def known_given(self, given: str) -> bool:
        """A given name of the lexicon, a word too (`가은`, `세찬`), but no word that says whose (`학교`)."""
        return self.model.given_names.get(given, 0) >= 2 and given not in _DESCRIBERS and given not in ROLE_WORDS

    def add(self, text: str, spans: list) -> None:
        model = self.model
        for match in _anchored(_GIVEN_KIN, _KIN_TRIGGER, text, (2, 3)):
            given = match["v"]
            if self.known_given(given) or model.given_plausible(given) and not model.plain_word(given) \
                    and given not in _DESCRIBERS:
                spans.append(match.span("v"))
        for match in _anchored(_FULL_RANK, _RANK_TRIGGER, text, (4, 5)):
            if model.name_plausible(match["v"]) and match["v"] not in model.words:
                spans.append(match.span("v"))
        for match in _COMPOUND_SHORT.finditer(text) if _has_compound(text) else ():
            value = match["v"]
            if value not in model.common_words and model.second.get(value[2], 0) >= 10 and not (
                    value[:2] in model.common_words and value[2] in "이가은는을를의도과와만"):  # `사공이 많으면`
                spans.append(match.span("v"))
        if ":" in text or "：" in text:
            self._speakers(text, spans)
        for match in _ROLE_NAME.finditer(text):
            value = match["v"]
            if match.start() and "가" <= text[match.start() - 1] <= "힣" and model.name_plausible(value) \
                    and value not in model.words and value not in _DESCRIBERS:
                spans.append(match.span("v"))
        for match in _anchored(_COPULA, _COPULA_TRIGGER, text, (3,)):
            value = match["v"]
            if model.name_plausible(value) and value not in model.words and value[:2] not in model.common_words:
                spans.append(match.span("v"))
        for match in _anchored(_NOTED, _PAREN, text, (3, 4, 0)) if "(" in text else ():
            group = "v" if match["v"] else "w"
            value = match[group]
            if model.name_plausible(value) and value not in model.words and value not in _DESCRIBERS:
                spans.append(match.span(group))
        for match in _BRACKET_SPEAKER.finditer(text) if "[" in text else ():
            value = match["v"]
            if value not in ROLE_WORDS and value not in _DESCRIBERS and value not in KO_NAME_LABELS \
                    and not _ROLE_END.search(value) and (
                    value[0] in model.surnames or self.known_given(value) or model.given_plausible(value)):
                spans.append(match.span("v"))
        for match in _GLUED_FIELD.finditer(text):
            value = match["v"]
            if value[0] in model.surnames and model.given_plausible(value[1:]):
                spans.append(match.span("v"))
        self.marks.add(text, spans)
        if len(spans) >= 2:
            self.roster(text, spans)
        if spans:
            self.before_found(text, spans)

    def _speakers(self, text: str, spans: list) -> None:
        """Bare speaker labels: two labelled lines at least, two speakers; names among them, the roles out."""
        matches = list(_BARE_SPEAKER.finditer(text))
        labels = [((m.start("v"), m.end("f")), m["v"] + m["f"]) if m["f"] else (m.span("v"), m["v"]) for m in matches]
        values = {v for _, v in labels}
        kin = {m["v"] for m in matches if m["k"]}  # `하랑 엄마:`: a parent named after the child
        if len(labels) < 2 or len(values) < 2 or values & KO_NAME_LABELS:
            return  # a form's fields (`주소:`, `연락처:`) are no chat
        model = self.model
        names = {v for v in values if len(v) >= 2 and v not in ROLE_WORDS and v not in _DESCRIBERS and (
            self.known_given(v) or model.name_plausible(v) or v in self.foreign
            or " " in v and any(w in self.foreign for w in v.split()))}  # `다나카 유키:`
        roles = {v for v in values if v in _SPEAKER_ROLES or v in STOP_VALUES} | kin
        # a one-syllable speaker beside named ones (`솔:` beside `누리:`): a syllable common in given names
        names |= {v for v in values if len(v) == 1 and v not in roles and (names - kin) and (
            model.second.get(v, 0) >= 20 or model.first.get(v, 0) >= 20)}
        if len(names) + len(roles) < len(values) or not names or len(names) < 2 and not roles:
            return  # every speaker a name or a role (an interview), two names or a name beside a role
        spans.extend(span for span, v in labels if v in names)

    def before_found(self, text: str, spans: list) -> None:
        """A baptismal name right before a found name belongs to it (`안드레아 김성현`)."""
        for start, end in list(spans):
            if start < 3 or text[start - 1] != " ":
                continue
            at = start - 1
            while at > 0 and "가" <= text[at - 1] <= "힣" and start - at < 7:
                at -= 1
            if text[at:start - 1] in BAPTISMAL_NAMES:
                spans.append((at, end))

    def roster(self, text: str, spans: list) -> None:
        """Numbered rosters: where two numbered items of a line are found names, the others are names too
        (`4 이 건`, `8 마루(주장)`, `6 봉솔`); two items on a line are apart by two spaces or a tab. A line
        right below such a line needs one found name (`MF 8 A  MF 10 B`)."""
        taken = {s for s, _ in spans}
        if "  " not in text and "\t" not in text or len(_NUMBER_ITEM.findall(text)) < 2:
            return
        roster_above = False  # the line above was a roster: one found name makes this line's items names
        for line_start, line in _lines(text):
            items = list(_NUMBERED.finditer(line))
            if len(items) < 2:
                roster_above = False
                continue
            hits = sum(line_start + m.start("v") in taken for m in items)
            roster_above = hits >= 2 or hits >= 1 and roster_above
            if roster_above:
                spans.extend((line_start + m.start("v"), line_start + m.end("v")) for m in items
                             if m["v"] not in _DESCRIBERS and m["v"] not in ROLE_WORDS)

    def veto(self, text: str, spans: list) -> list:
        """The spans less role words (`대리`, `진행자`, `기자`) that a speaker or cell context took."""
        model = self.model
        return [(s, e) for s, e in spans if not _role_or_label(text[s:e]) and not (
            e - s == 3 and text[s:s + 2] in model.common_words and text[s + 2] in "은는을를" and text[s:s + 2]
            not in model.given_names and text[s:e] not in model.full_names
            and model.given_names.get(text[s + 1:e], 0) < 5)]  # `모임|은`: a word and its particle


def foreign_list(text: str, runs: list) -> list:
    """Foreign-name runs that no context confirmed, kept where two or more make a list on one line
    (`다나카 히로시, 응우옌 티 흐엉, 마리아 산토스`)."""
    kept, last = [], None
    for start, end in sorted(runs):
        if last is not None and start >= last[1] and _LIST_GAP.match(text[last[1]:start]):
            kept.extend(r for r in (last, (start, end)) if r not in kept)
        if last is None or start >= last[1]:
            last = (start, end)
    return kept


def _anchored(pattern: re.Pattern, trigger: re.Pattern, text: str, back):
    """The matches of `pattern` that start `back` characters (the first that matches) before a match of
    `trigger`: the same matches as `pattern.finditer` where the pattern holds the trigger there, found
    from the trigger's literal (a fast scan) instead of every Hangul syllable."""
    last = -1
    for hit in trigger.finditer(text):
        for b in back:
            at = hit.start() - b
            if at > last and at >= 0:
                match = pattern.match(text, at)
                if match:
                    last = match.start()
                    yield match
                    break


def _role_or_label(value: str) -> bool:
    """A role word (`기자`, `사장님`) or a form's label (`성명`): never a name."""
    return value in ROLE_WORDS or value in KO_NAME_LABELS or value[-1:] == "님" and value[:-1] in ROLE_WORDS


def _lines(text: str):
    at = 0
    for line in text.split("\n"):
        yield at, line
        at += len(line) + 1


def _has_compound(text: str) -> bool:
    return _COMPOUND_ANY.search(text) is not None
