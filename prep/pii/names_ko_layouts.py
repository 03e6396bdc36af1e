"""Layouts that mark a Hangul word as a person's name (round 4): chat apps, split name fields, roles.

`prep.pii.names_ko` and `prep.pii.names_ko_context` know the common layouts (a title, a labelled field
with a colon, KakaoTalk speakers, lists, vocatives after punctuation). Text we did not write shows more:

- speakers of other chat apps: Discord (`지호 — 오늘 오후 11:02`), Telegram (`지호, [14.03.26 21:40]`),
  Slack (`김지호  10:14 AM`), WhatsApp (`2026. 6. 1. 오후 7:01 - 지호: ...`), Band (`작성자 김지호`), and
  display-name mentions (`@지호`); a speaker label is a person whatever the word (`구름`, `봄`);
- a name split over a form's fields: `성: 배` / `이름: 겨울`, or a table with `성 | 이름` columns;
- a name field whose label the detector did not know, with or without a colon: `신청자명 : …`,
  `대리인 성함 : …`, `수령인(실명) …`, `성명(한글) …`; there the value is a name even when it is a word;
- a role right before a name (`배송기사 기하람`, `피의자 양소연에 대한`, `대표이사` on the line above);
- a letter's closing after a kin word (`권기쁨 엄마 올림`);
- a given name called out after any space (`🎂 재원아 너도`), one-syllable speakers called out (`설아`);
- four-syllable names: a surname and a three-syllable given name (`장아름솔`, `서하늘빛`), spaced too
  (`정 다 운 비`, `황 보 현 우`).
Round 11 (read from v14, v15 and the tuning set t14; narrowed by two reviews): a phone export's speaker before a
bracketed time (`지수 [오후 2:14] ...`); a one-syllable given name with the hypocoristic `이` before a particle
(`혁이가`) or called out at a line's start (`율아 그 책`); a syllable-spaced surname and common given name
(`하 도 현`). Round 12: two or three spaced syllables in a record's field (`names_ko_spaced`); a full name right
before its phone number or e-mail on a row (`학부모 인정미 / 010-...`), a word or not.
"""

from __future__ import annotations

import re

from prep.pii.names_ko_spaced import spaced_field_names
from prep.pii.patterns import KO_NAME_LABELS, KO_REGION_NAMES, KO_SURNAMES

# Kin and a group's ranks that a family's or a class's chat uses as its speakers' labels (`[손녀]`, `[큰형]`,
# `[부반장]`): the kin words with the prefixes that rank siblings or mark a side of the family, and the ranks of a
# class, a club or a team with their deputies (`부-`). Built from the words, not read off chats; none is a common
# given name of the lexicon (`형수`, `동기`, `서기` are, and stay out: tests/prep/pii/test_round18_ko_lists.py).
_KIN_BASES = "형 누나 언니 오빠 딸 아들 엄마 아빠 손녀 손자 삼촌 이모 고모 숙모 조카".split()
_KIN_PREFIXES = ("큰", "작은", "막내", "외", "친", "새", "둘째", "셋째")
_GROUP_RANKS = "반장 회장 조장 주장 팀장 대장 총무 담임 기장".split()
KIN_LABELS = frozenset(
    [p + k for p in ("", *_KIN_PREFIXES) for k in _KIN_BASES] + _GROUP_RANKS + ["부" + r for r in _GROUP_RANKS]
    + "장남 장녀 차남 차녀 외손녀 외손자 며느리 사위 올케 형부 처제 처형 매형 매제 시누이 아주버님 도련님 아가씨 "
      "막둥이 남동생 여동생 큰아빠 작은아빠 큰엄마 작은엄마 할매 할배 외할머니 외할아버지 친할머니 친할아버지 "
      # a building's, a village's or a department's ranks (`[동대표] [오전 9:05]`)
      "동대표 입주자대표 부녀회장 노인회장 관리소장 통장 이장 동장 간사 과대표 학회장".split())
# Values a speaker, a field or a role may hold that are never a person.
STOP_VALUES = KIN_LABELS | frozenset(
    "나 너 저 우리 저희 엄마 아빠 어머니 아버지 할머니 할아버지 누나 언니 오빠 형 동생 아들 딸 남편 아내 배우자 자녀 "
    "부모 본인 대리인 보호자 없음 미정 해당없음 비공개 익명 알림 공지 시스템 관리자 운영자 고객 고객님 상담원 상담사 "
    "오늘 어제 내일 그분 이분 저분 누구 여러분 당신 자기 방장 봇 총무 회장 회장님 팀장 팀장님 선생님 작성자 "
    # kin and ranks that chats and letters use as a name (`[막내] [오후 5:33]`, `원장 드림`)
    "막내 막둥이 큰딸 작은딸 큰아들 작은아들 첫째 둘째 셋째 이모 고모 삼촌 외삼촌 조카 손자 손녀 며느리 사위 "
    "알람 신입 인턴 사장 사장님 원장 원장님 부장 부장님 과장 과장님 실장 실장님 기사 기사님 교감 교장".split()
)
# Surnames of the 2015 census that neither MeCab-ko's person names nor the cue patterns list: `계` (桂, some 6,600
# bearers, more than `궉` or `빙` that the cue patterns hold). The detector's scan and its full-name checks read them
# (`계영자 권사님`, `계승원 교수`; `NameModel.name_surnames`), but only in a person's slot (`census_plan`). Not in
# `NameModel.surnames`: the name tagger's features read that set and its shipped weights were trained on it. Not `엽`
# (葉): its bearers are few and `엽니다` (`열다`) is a verb.
CENSUS_SURNAMES = frozenset("계")
# The one-syllable surnames that the detector's scan reads (`prep.pii.names_ko`): the lexicon's and the census's.
SURNAMES_1 = "".join(s for s in KO_SURNAMES if len(s) == 1) + "".join(sorted(CENSUS_SURNAMES))
# The honorific verb `계시다` in its forms (`계시면`, `계시니`, `계셔서`, `계신`, `계셨다`, `계실까`): never a name.
_HONORIFIC_VERB = re.compile(
    r"계(?:셔|셨|세|십|심|시(?:면|니|고|죠|지|다|는|던|며|나|네|게|기|어|오|잖|려|라|$)|신(?:다|데|가|지|$)"
    r"|실(?:까|지|때|거|수|것|$))")


def census_plan(run: str, plan: tuple) -> tuple:
    """The scan's plan (`NameDetector._word_plan`) for a word of a census surname (`계`): the lexicon's word vetoes
    were built from words that start with the lexicon's surnames, so `계리사`, `계영배`, `계양산` pass the syllable
    model; such a word is a name only in a person's slot (a title after it, a role or a label before it), never
    alone or by its particle in prose, and the verb `계시다` never (`사장님 계시면`); a word and its suffix never in
    any slot (`선수 계약금은`: `MoreContexts.final`)."""
    if run[0] not in CENSUS_SURNAMES:
        return plan
    if _HONORIFIC_VERB.match(run):
        return ()
    return tuple((length, place, False, lax, False) for length, place, _, lax, _ in plan)
# Surnames that neither the lexicon nor the cue patterns list (`화지율`, `순윤아`); only contexts read them.
RARE_SURNAMES = frozenset("화순")
_N = r"[가-힣]{1,5}"
_APP_SPEAKER = re.compile(
    rf"(?m)^(?P<a>{_N})[ ]—[ ](?:오늘|어제|\d)"  # Discord
    rf"|^(?P<b>{_N}),[ ]\[\d{{1,2}}[./]\d"  # Telegram
    rf"|^(?P<c>{_N})[ ]{{1,3}}\d{{1,2}}:\d\d(?:[ ]?(?:AM|PM|am|pm))?[ ]*$"  # Slack
    rf"|^\d{{2,4}}[./-][ ]?\d{{1,2}}[./-][ ]?\d{{1,2}}\.?,?[ ](?:(?:오전|오후)[ ])?\d{{1,2}}:\d\d"
    rf"[ ]-[ ](?P<d>{_N})[ ]?:"  # WhatsApp
    rf"|^(?:작성자|글쓴이|보낸[ ]?사람|발신자)[ ]*[:：]?[ ]*(?P<e>{_N})[ ]*$"  # Band, forums
    rf"|^\[(?P<f>{_N})\][ ]?\[(?:오전|오후|AM|PM)[ ]?\d"  # KakaoTalk PC, whatever the word
    # a phone's export (`지수 [오후 2:14] 언니 나 늦어`): a message after it, and a name-shaped speaker (below)
    rf"|^(?P<g>{_N})[ ]\[(?:(?:오전|오후|AM|PM)[ ]?)?\d{{1,2}}:\d\d(?:[ ]?[AP]M)?\][ ]*(?=\S)"
)
# Fields of a message or a parcel that hold a person (`참조: 한아름별`, `보내는분 오새하얀`): a name-shaped value.
PERSON_FIELD_LABELS = (
    r"참조|수신|발신|받는[ ]?사람|보낸[ ]?사람|받는[ ]?분|보내는[ ]?분|수령인|신청인|주문자|예금주|"
    r"의뢰의사|담당의사|담당의|주치의|담당자|확인자|기안자?|검토자?|결재자?|작성자?|진행|정리")
_PERSON_FIELD = re.compile(
    rf"(?m)(?:^|(?<=[|]))[ \t]*(?:{PERSON_FIELD_LABELS})"
    r"[ \t]*(?P<colon>[:：])?[ \t]*(?P<v>[가-힣]{2,4})[ \t]*(?:님)?[ \t]*(?:$|[<(|/,]|[ \t]{2})")
# `혜진 매니저님`, `도윤 선배님`: a given name, one space, a rank with `님`.
_GIVEN_RANK = re.compile(  # the rank first, the name read back (speed)
    r"[ ](?:매니저|선생|팀장|과장|대리|실장|원장|기사|주임|선배|강사|코치|작가|기자)님")
# A speaker label that is a role or a service, not a person: `[배송기사]`, `고객센터`, `알림봇`.
_ROLE_END = re.compile(r"(?:기사|기사님|센터|봇|관리자|장님|매니저|상담원|알림|공지|약국|병원|은행|택배|알바)$")
# Cheap gates: a scan runs only where one of its words occurs (the scrub's speed budget).
_SPEAKER_MARKS = re.compile(r":|—|작성자|글쓴이|보낸|발신자")
KIN_CALLS = re.compile(r"삼촌|이모|고모|할머니|할아버지|언니|누나|오빠|형|동생")
# What a display name glues on a name: kin, a parent's word, a decoration, a title (`도윤파파`, `민지짱`, `최선생`)
_TITLES_GLUED = ("선생님", "선생", "쌤", "님", "씨")
_KIN_GLUED = re.compile(rf"(?:{KIN_CALLS.pattern}|엄마|아빠|맘|파파|마미|아버지|어머니|짱|쓰|이|야|공주|왕자|"
                        rf"{'|'.join(_TITLES_GLUED)})\Z")
_FIELD_WORDS = re.compile(r"이름|성명|성함|실명|자명|인명|\(한글\)")
_PERSON_FIELD_WORDS = re.compile(
    r"참조|수신|발신|받는|보낸|보내는|수령인|신청인|주문자|예금주|의사|주치의|담당|확인자|기안|검토|결재|작성|진행|정리")
# A surname at least this common (its share of the lexicon's full names) starts a name, not a word, in a handle.
_COMMON_SURNAME_SHARE = 0.01
_MENTION = re.compile(r"(?<![0-9A-Za-z.가-힣])@(?P<v>[가-힣]{2,5})(?![가-힣])")
# `성: 배` then `이름: 겨울` within the next two lines (a form that asks for the two parts apart).
_SPLIT_FIELDS = re.compile(
    r"(?m)^[ \t]*성(?:\(한글\))?[ \t]*[:：][ \t]*(?P<s>[가-힣]{1,2})[ \t]*(?:\n[^\n]*){0,1}?\n?[ \t]*"
    r"이름(?:\(한글\))?[ \t]*[:：][ \t]*(?P<g>[가-힣]{1,3})[ \t]*$")
_SURNAME_HEADS = frozenset(("성", "성(한글)", "姓"))
_GIVEN_HEADS = frozenset(("이름", "이름(한글)", "名", "성명", "성함", "이름(성명)"))
# A field whose label says it holds a person's name: `신청자명 :`, `대리인 성함 :`, `수령인(실명)`, `성명(한글)`.
_NAME_FIELD = re.compile(
    r"(?m)(?:^|(?<=[\s\]\)>|/]))(?:[가-힣]{1,5}[ ]?)?(?:이름|성명|성함|실명|자명|인명)(?:\([가-힣A-Za-z]{1,4}\))?"
    r"(?P<sep>[ \t]*[:：][ \t]*|[ \t]+)"
    r"|(?:^|(?<=[\s\]\)>|/]))[가-힣]{1,5}\((?:실명|성명|이름|성함|한글)\)(?P<sep2>[ \t]*[:：]?[ \t]*)"
)
_FIELD_VALUE = re.compile(r"(?P<v>[가-힣](?:[ ]?[가-힣]){0,4}?)(?=[ \t]*(?:$|\n|[,(/|<]|[ \t]{2}))")
# Roles that stand right before a person's name (one space, or the line above for a business card's title).
_ROLE_BEFORE = re.compile(  # no lookbehind first: the scan skips to a role's first syllable (speed)
    r"(?:배송기사|택배기사|기사님|조제약사|약사|대표이사|피의자|피해자|피고인|목격자|신고인|신고자|고소인|"
    r"피고소인|진술인|참고인|담임|지도교수|청년부|중개보조원|기안자|검토자|결재권자|보고관|특파원|사회자|주례|"
    r"대변인|수임인|위임인|임대인|임차인|채권자|채무자|연대보증인|인수자|발신인|수신인|당직자|"
    r"사법경찰리|사법경찰관|경사|경위|경장|순경|경감|경정)"
    r"(?:[ ]|[ ]?\n)(?=(?P<v>[가-힣]{2,4}?)(?:님|씨|은|는|이|가|의|에게|과|와|에[ ]대한)?(?:[ \t(,.\n]|$))")
# Comments under a post (`댓글 2` then `춘자 저는 조금 늦어요`): each line starts with the commenter's name.
_COMMENTS = re.compile(r"(?m)^댓글[ ]?\d+(?:개)?[ \t]*$")
_COMMENTER = re.compile(r"(?m)^(?P<v>[가-힣]{2,4})[ ](?=\S)")
# `권기쁨 엄마 올림`: a closing signed by someone's kin.
_KIN_CLOSING = re.compile(
    r"(?m)(?<![가-힣])(?P<v>[가-힣]{2,4})[ ]"
    r"(?:엄마|아빠|어머니|아버지|할머니|할아버지|이모|고모|삼촌|언니|누나|형|오빠)(?:가)?"
    r"[ ]?(?:드림|올림|씀)[.!]?[ \t]*$")
# `🎂 재원아 너도`: a given name called out after a space, then a pause or another word.
_VOCATIVE = re.compile(
    r"(?<![가-힣])(?P<v>[가-힣][가-힣](?<![어여]))(?P<c>아|야)"
    r"(?=[~!,.?]|[ ]+(?![하합할한해했되돼됩됨함])[가-힣]|[ ]*$)",
    re.MULTILINE)  # not `이어야 합니다`, `하여야 한다`: a verb's ending
# `간주원 삼촌도`: a full name, then a kin word as its title.
_KIN_AFTER = re.compile(
    r"(?<![가-힣])(?P<v>[가-힣]{3,4})[ ](?:외삼촌|삼촌|이모부|고모부|이모|고모|할머니|할아버지|언니|누나|오빠|형|동생)"
    r"(?:이|가|은|는|도|께서|한테|에게|의|과|와)?(?![가-힣])")
# `탁이든(한빛일보 편집국장)`: a name, then its post in parentheses.
_POST_AFTER = re.compile(
    r"(?<![가-힣])(?P<v>[가-힣]{2,4})\((?:[^()\n]{0,16}?[ ·ㆍ])?[가-힣]{0,4}"
    r"(?:국장|대표|교수|기자|회장|사장|원장|이사|장관|의원|위원|변호사|의사|선수|감독|작가|부장|차장|과장|팀장|총장)\)")
# `월: 도하은` `화: 이하늘별`: rows of one label and one value; where two rows hold found names, the others too.
_LABEL_ROW = re.compile(r"(?m)^[ \t]*[^\n:：]{1,8}?[ \t]*[:：][ \t]*(?P<v>[가-힣]{2,4})[ \t]*$")
_VOCATIVE_GATE = re.compile(r"[아야](?:[~!,.?]|[ ]|$)", re.MULTILINE)
# `빛이가`, `별이한테`, `준이도`: a one-syllable given name with the hypocoristic `이` before a particle that a noun
# ending in a consonant never takes after `이` (a noun takes `빛이`, `빛은`, `빛을`); not `이랑`, `이네` (particles and
# endings of nouns too), and only syllables that end given names (`MIN_GIVEN_END`).
# (the `이` and its particle first; the name's syllable is read back: a scan from a literal is faster)
_HYPOCORISTIC = re.compile(r"이(?:가|는|를|한테|에게|도|의|만|처럼)(?![가-힣])")
MIN_GIVEN_END = 5  # given names in the lexicon ending in the syllable
_HYPOCORISTIC_WORDS = frozenset("곤친")  # `곤이` (roe), `친이` (a faction): words, found by a review
_SPACED4_GATE = re.compile(r"[가-힣] [가-힣] [가-힣] [가-힣]")
# `모 은 비`, `박 서 준 님`: a surname and a common two-syllable given name spelled syllable by syllable, standing
# alone and no spaced word (`변 호 인`, `전 주 시 완 산 구`, and no word and a role's or a document's syllable:
# `승 인 자`, `임 대 인`, `공 지 문`, which a review found; `하 도 현`, `남 서 연` stay names).
_SPACED3_GATE = re.compile(r"[가-힣] [가-힣] [가-힣]")  # one look without lookarounds first (speed)
_SPACED3 = re.compile(
    r"(?<![가-힣])(?P<s>[가-힣])[ ](?P<g>[가-힣][ ][가-힣])(?![가-힣])(?![ ][가-힣](?![가-힣]))")
# `별아 오늘 시험 잘 봤어?`, `율아 그 책`: a one-syllable given name called out at a line's start before a word; not a
# noun in 아 (`원아 모집`, `육아 휴직`, `치아`), a verb's `-아` (`남아 있는`, `담아 주세요`, `달아 주세요`) or before a
# helper verb (`돌아 가자`, `박아 놔`). A review's probes found each of these.
_VOCATIVE_ONE = re.compile(
    r"(?m)^(?P<v>[가-힣])아[ ](?![주줘놓놔봐봤가갔와왔버두둬서있없])(?=[가-힣])")
_NOT_VOCATIVE = frozenset("원영육동상방탁형유소고치남담잡받앉참찾살닮감막갚좋같많괜낮높넓얇작밝맑붉늙젊싫옳잃읽앓끓닳뚫"
                          "묶볶섞씻웃울알놀졸팔달돌박깎닦뽑꽂놓쌓맡밟")
_SPACED_WORD_ENDS = frozenset("자인상문서표란명처장원비료금권")  # `승인|자`, `임대|인`, `진보|상`, `공지|문`
MIN_SPACED_GIVEN = 10  # full names in the lexicon with that given name (at 3: `우 수 상`, `온 지 한 달`)
_SPACED4 = re.compile(r"(?<![가-힣])(?P<v>[가-힣][ ][가-힣][ ][가-힣][ ][가-힣])(?![ ]?[가-힣])")
_SPACED4_CONTEXT = re.compile(r"(?:[:：]|판사|검사|변호사|성[ ]?명|인)[ \t]*$")


# A full name right before its phone number or e-mail address on a record's row (`학부모 인정미 / 010.8843.2276`).
_CONTACT_AFTER = re.compile(
    r"(?<![가-힣])(?P<v>[가-힣]{3})[ \t]*[/|,][ \t]*(?:\+?82[ \-]?)?(?:0\d{1,2}[ \-.)]?\d{3,4}[ \-.]?\d{4}(?!\d)"
    r"|[A-Za-z0-9._%+\-]+@)")


def _is_hangul(text: str, at: int) -> bool:
    return at >= 0 and "가" <= text[at] <= "힣"


def has_final(syllable: str) -> bool:
    return (ord(syllable) - 0xAC00) % 28 != 0


# One-syllable particles that close a full name (`박지훈의`, `김서연은`).
_PARTICLE_ENDS = frozenset("의은는이가을를과와도에만께")


def long_given(model, text: str) -> bool:
    """A surname and a three-syllable given name (`장아름솔`, `서하늘빛`, `김빛나리`): two of the three
    syllables a given name of the lexicon, the third seen in given names; no word."""
    if len(text) != 4 or text[0] not in model.surnames or text[:2] in model.surnames:
        return False
    if text in model.words or text[:3] in model.words or text[1:] in model.words:
        return False
    if text[3] in _PARTICLE_ENDS and model.given_names.get(text[1:3], 0) >= 5:
        return False  # `박지훈|의`: a full name and its particle, not a three-syllable given name
    if text[2:] in model.common_words and (text[:2] in model.words or text[:2] in model.given_names):
        return False  # two words: `한솔|문구`, a shop's name
    given, names, plain = text[1:], model.given_names, model.plain_word
    return (given[:2] in names and not plain(given[:2]) and model.second.get(given[2], 0) >= 5) or (
        given[1:] in names and not plain(given[1:]) and model.first.get(given[0], 0) >= 5)


def _one_syllable_given(model, one: str) -> bool:
    """A syllable with a final consonant that ends given names (`MIN_GIVEN_END`): a one-syllable given name."""
    return has_final(one) and model.second.get(one, 0) >= MIN_GIVEN_END


class LayoutContexts:
    """`add(text, spans)`: the layouts of this module, appended to `spans` as (start, end)."""

    def __init__(self, model, foreign: frozenset[str] = frozenset()):
        self.model, self.foreign = model, foreign  # foreign given names and surnames in Hangul (`크리스티나`)

    def name_ok(self, value: str) -> bool:
        """A value a layout marks as a name: name-shaped by the lexicon, or four syllables (`장아름솔`)."""
        model = self.model
        return value not in STOP_VALUES and value not in KO_NAME_LABELS and (
            model.name_plausible(value) or long_given(model, value.replace(" ", "")) or len(value) == 2 and
            model.given_plausible(value) and not model.plain_word(value))

    def add(self, text: str, spans: list) -> None:
        if "\n" in text or "@" in text:
            self._speakers(text, spans)
        if ":" in text or "：" in text or "|" in text or "\t" in text or "(" in text or " " in text:
            self._fields(text, spans)
        for match in _ROLE_BEFORE.finditer(text):
            value = match["v"]  # not `경사 형식` (a slope): no word
            if not _is_hangul(text, match.start() - 1) and self.name_ok(value) and value not in self.model.words:
                spans.append(match.span("v"))
        for match in (*(_KIN_AFTER.finditer(text) if KIN_CALLS.search(text) else ()),
                      *(_POST_AFTER.finditer(text) if "(" in text else ())):
            if self.name_ok(match["v"]) or match["v"][0] in self.model.surnames and match["v"] in self.model.full_names:
                spans.append(match.span("v"))
        comments = _COMMENTS.search(text) if "댓글" in text else None
        for match in _COMMENTER.finditer(text, comments.end()) if comments else ():
            value = match["v"]
            if value not in STOP_VALUES and (self.name_ok(value) or value in self.model.given_names):
                spans.append(match.span("v"))
        for match in _KIN_CLOSING.finditer(text) if "드림" in text or "올림" in text or "씀" in text else ():
            if match["v"] not in STOP_VALUES and (self.name_ok(match["v"]) or match["v"][0] in self.model.surnames):
                spans.append(match.span("v"))
        model = self.model
        for match in _HYPOCORISTIC.finditer(text) if "이" in text else ():
            at = match.start() - 1  # the one syllable before `이`, a word's first (`혁|이가`; not `종|이가`, `3명이가`)
            if at < 0 or not _is_hangul(text, at) or at > 0 and (_is_hangul(text, at - 1) or text[at - 1].isdigit()):
                continue
            one = text[at]
            if _one_syllable_given(model, one) and one not in _HYPOCORISTIC_WORDS and not text.startswith(
                    "?", match.end()):
                spans.append((at, at + 1))  # not a dialect's question (`니 집이가?`)
        for match in _VOCATIVE.finditer(text) if _VOCATIVE_GATE.search(text) else ():
            given = match["v"]
            if has_final(given[1]) == (match["c"] == "아") and model.given_names.get(given, 0) >= 5 \
                    and given not in STOP_VALUES:
                spans.append(match.span("v"))
        for match in _SPACED3.finditer(text) if _SPACED3_GATE.search(text) else ():
            given = match["g"].replace(" ", "")
            at = match.start()
            if match["s"] in model.surnames and model.given_names.get(given, 0) >= MIN_SPACED_GIVEN and (
                    match["s"] + given not in model.words and not (
                        match["s"] + given[0] in model.words and given[1] in _SPACED_WORD_ENDS)) and not (
                    _is_hangul(text, at - 2) and text[at - 1:at] == " " and (at < 3 or text[at - 3].isspace())):
                # (not the end of a longer spaced word: a single syllable and a space before it)
                spans.append(match.span())
        for match in _VOCATIVE_ONE.finditer(text) if "아 " in text else ():
            one = match["v"]
            if _one_syllable_given(model, one) and one not in _NOT_VOCATIVE:
                spans.append(match.span("v"))
        for match in _SPACED4.finditer(text) if _SPACED4_GATE.search(text) else ():
            joined = match["v"].replace(" ", "")
            if joined[:2] in model.surnames and len(joined[:2]) == 2 and model.given_plausible(joined[2:]) or \
                    long_given(model, joined) and _SPACED4_CONTEXT.search(text, max(0, match.start() - 8),
                                                                          match.start()):
                spans.append(match.span("v"))
        spans.extend(spaced_field_names(model, text))
        for match in _CONTACT_AFTER.finditer(text) if "/" in text or "|" in text or "," in text else ():
            value = match["v"]  # `학부모 인정미 / 010.8843.2276`: a name beside its number, a word or not
            if value[0] in model.surnames and model.given_plausible(value[1:]) and value not in STOP_VALUES:
                spans.append(match.span("v"))

    def _speakers(self, text: str, spans: list) -> None:
        """App speaker labels and mentions; a one-syllable speaker called out is found too (`설아`)."""
        found = []
        for match in _APP_SPEAKER.finditer(text) if _SPEAKER_MARKS.search(text) else ():
            group = next(g for g in "abcdefg" if match[g])
            if self._app_speaker(group, match[group]):
                found.append(match.span(group))
        for match in _MENTION.finditer(text) if "@" in text else ():
            value = match["v"]
            if value not in STOP_VALUES and value not in KO_NAME_LABELS and (  # a display name, whatever the word
                    len(value) < 4 or self._handle_name(value)):  # not a phrase (`@하루한끼`, round 13)
                found.append(match.span("v"))
        spans.extend(found)
        for name in {text[s:e] for s, e in found if e - s == 1}:
            for match in re.finditer(rf"(?<![가-힣]){name}(?=(?:아|야|이가|이는|이랑|이도|이한테)?(?![가-힣]))", text):
                spans.append((match.start(), match.start() + 1))

    def _app_speaker(self, group: str, value: str) -> bool:
        """Is an app layout's speaker (`_APP_SPEAKER`'s `group`) a person's? Not a role (`[배송기사]`, `이장님`), nor
        a word, handle or team of three syllables or more (`현장소장`, `커피는아아`; round 21): two are a name whatever
        the word (`하늘`). A phone's export (`g`) needs a name-shaped value (`회의 [오후 2:00]` is a schedule's)."""
        if group == "g" and not self._name_shaped(value):
            return False
        if value in NOT_SPEAKERS or value in STOP_VALUES or value in KO_NAME_LABELS or _ROLE_END.search(value):
            return False
        return len(value) <= 2 or value not in self.model.words and (
            self._name_shaped(value) or self._handle_name(value) or self._decorated_name(value))

    def _name_shaped(self, value: str) -> bool:  # (`name_ok`, or a given name that is a word too)
        return self.name_ok(value) or self.model.given_name(value, word_too=True)

    def _decorated_name(self, value: str) -> bool:
        """A given name with a kin word, a parent's word or a decoration glued on (`서윤이모`, `민준아빠`, `서연맘`,
        `민지짱`, `하늘이`, `지수공주`), or a surname with a title (`최선생`)."""
        glued = _KIN_GLUED.search(value)
        if glued is None or glued.start() < 1:
            return False
        head = value[:glued.start()]
        if len(head) == 1:
            return head in self.model.surnames and glued.group() in _TITLES_GLUED
        return self._name_shaped(head)

    def _handle_name(self, value: str) -> bool:
        """Does a handle of four syllables or more read as a name: name-shaped, a foreign name (`@크리스티나`), or a
        full name of the lexicon with a fan's decoration after it (`@김민지짱`, `@정다운이`)? Not a phrase
        (`@하루한끼`, `@디저트덕후`, `@하늘바라기`). A foreign name that is a word too counts here (`@마리아나`)."""
        model = self.model
        head = value[:3]
        return model.name_plausible(value) or value in self.foreign or head in model.full_names or (
            head[0] in model.surnames and model.given_name(head[1:], word_too=True) and (
                model.surname_shares.get(head[0], 0.0) >= _COMMON_SURNAME_SHARE or not model.plain_word(head[:2])))
        # a rare surname's syllable before a plain word's is the word's (`@소주한잔`); `@이하늘이` stays a name

    def _fields(self, text: str, spans: list) -> None:
        """Split name fields, table columns `성 | 이름`, and fields whose label says name."""
        model = self.model
        for match in _SPLIT_FIELDS.finditer(text) if "이름" in text else ():
            if match["s"] in model.surnames and match["g"] not in STOP_VALUES:
                spans.extend((match.span("s"), match.span("g")))
        if "|" in text or "\t" in text:
            self._columns(text, spans)
        if (":" in text or "：" in text) and len(spans) >= 2:
            self._rows(text, spans)
        for match in _NAME_FIELD.finditer(text) if _FIELD_WORDS.search(text) else ():
            value = _FIELD_VALUE.match(text, match.end())
            if value is None:
                continue
            v = value["v"]
            colon = ":" in match.group() or "：" in match.group() or "(" in match.group()
            bare = v.replace(" ", "")
            if bare in STOP_VALUES or bare in KO_NAME_LABELS or not 2 <= len(bare) <= 5:
                continue
            one_word = " " not in v or len(bare) == v.count(" ") + 1
            if colon or len(bare) >= 3 and bare not in self.model.words and self.name_ok(bare) and one_word:
                # no colon: a full name in one word, or syllables apart (`성 명 정 다 운 비`); not `이름 지정`
                start, end = value.span("v")
                if len(bare) >= 4 and bare[-1] in _PARTICLE_ENDS and self.model.name_like(bare[:-1]):
                    end -= 1  # `성명: 박지훈의`: the particle stays
                spans.append((start, end))
        for match in _GIVEN_RANK.finditer(text) if "님" in text else ():
            at = match.start()
            value = text[max(0, at - 2):at]
            if len(value) == 2 and _is_hangul(text, at - 1) and _is_hangul(text, at - 2) \
                    and not _is_hangul(text, at - 3) and self.name_ok(value):
                spans.append((at - 2, at))
        # with a colon: a surname and a syllable or two, no word
        for match in _PERSON_FIELD.finditer(text) if _PERSON_FIELD_WORDS.search(text) else ():
            v = match["v"]
            if self.name_ok(v) and v not in model.words or match["colon"] and v[0] in model.surnames and (
                    v not in model.words and v not in STOP_VALUES and len(v) <= 3 or self.name_ok(v)):
                spans.append(match.span("v"))

    def _rows(self, text: str, spans: list) -> None:
        """A roster of `label: value` rows: next to two found names, a name-shaped value is one too."""
        rows = [match.span("v") for match in _LABEL_ROW.finditer(text)]
        if len(rows) < 3:
            return
        taken = set(spans)
        if sum(row in taken for row in rows) >= 2:
            spans.extend(row for row in rows if row not in taken and text[row[0]:row[1]] not in self.model.words
                         and self.name_ok(text[row[0]:row[1]]))

    def _columns(self, text: str, spans: list) -> None:
        """A table whose header has a `성` and an `이름` column (`| 성 | 이름 |`): their cells below."""
        at, heads = 0, None
        for line in text.split("\n"):
            sep = "|" if "|" in line else "\t"
            cells, offsets, pos = [], [], 0
            for cell in line.split(sep):
                offsets.append(at + pos + len(cell) - len(cell.lstrip()))
                cells.append(cell.strip())
                pos += len(cell) + 1
            if heads is None:
                columns = {i for i, c in enumerate(cells) if c in _SURNAME_HEADS or c in _GIVEN_HEADS}
                if any(c in _SURNAME_HEADS for c in cells) or any(c in _GIVEN_HEADS for c in cells) and sep in line:
                    heads = columns
            else:
                for i in heads:
                    value = cells[i] if i < len(cells) else ""
                    if 1 <= len(value) <= 4 and re.fullmatch("[가-힣]+", value) and value not in STOP_VALUES \
                            and value not in KO_NAME_LABELS and (len(value) > 1 or value in self.model.surnames
                                                                 or value in self.model.second):
                        spans.append((offsets[i], offsets[i] + len(value)))
                if sep not in line:
                    heads = None
            at += len(line) + 1


# A chat without times: `동희: 나 늦어` on three lines at least, one speaker twice (turns); round 21: in brackets, after
# a log's time or not (`[동희] 나 늦어`, `[2024-01-05 20:14] <동희> ...`), and before a time (`동희 오후 11:41 ...`).
_BARE_SPEAKER = re.compile(r"(?m)^(?P<v>[가-힣]{1,4})[ ]?[:：][ ]")
_BRACKET_SPEAKER = re.compile(
    r"(?m)^(?:\[[0-9 :./-]{4,20}\][ ]?)?(?:\[(?P<v>[가-힣]{1,4})\]|<(?P<w>[가-힣]{1,4})>)[ ](?=\S)"
    r"|^(?P<t>[가-힣]{1,4})[ ](?:(?:오전|오후)[ ])?\d{1,2}:\d\d[ ](?=\S)")
# Who else speaks in a chat export or heads a table column.
NOT_SPEAKERS = KIN_LABELS | frozenset(
    "나 너 저 엄마 아빠 어머니 아버지 할머니 할아버지 누나 언니 오빠 형 동생 아들 딸 남편 아내 여보 자기 총무 회장 "
    "회장님 팀장 팀장님 과장 부장 사장 사장님 선생님 기사 기사님 배송기사 고객 고객님 상담원 상담사 관리자 운영자 "
    "매니저 알림 공지 시스템 봇 소속 직위 직급 부서 비고 연락처 번호 주소 이름 성명 신입 인턴 막내 방장 반장 "
    # round 21: ranks and members heading a club's or a unit's chat (`[선임] 야 오늘 당직 누구냐`), a group's roles
    "선임 후임 선배 후배 동기 부원 회원 팀원 사원 대리 주임 반주자 집사님 고문 고문님 부회장 간사 서기 조교 "
    "이장님 선장 학부모 주민 입주민 권사 장로 집사 인도자 드럼 베이스 보컬 기타 건반 서버 디자이너 개발자 기획자 "
    "홀 주방 조리원 영양사 알바 처제 형부 매형 처형 동서 시누이 올케 사위 손주".split()
)


def bare_speakers(model, text: str, spans: list) -> None:
    """Speaker labels of a chat without times (`동희: 나 늦어`, `윤: 몇 시?`): three such lines at least, two
    speakers or more, one of them speaking twice, or two of them names (minutes: `다현: ...`, `재윤: ...`);
    a form's fields (`주소:`, `안건:`) do not repeat and are words. (`prep.pii.names_ko`'s, kept here.) The same
    for speakers in brackets (`[동희] 나 늦어`, `<동희> 나 늦어`), each layout read on its own."""
    _read_speakers(model, text, spans, [(m.span("v"), m["v"]) for m in _BARE_SPEAKER.finditer(text)])
    if "[" in text or "<" in text or ":" in text:
        _read_speakers(model, text, spans, [(m.span(m.lastgroup), m[m.lastgroup])
                                       for m in _BRACKET_SPEAKER.finditer(text)])


# No speakers: a board's tags, a song's parts, regions, a schedule's shows (`[정보]`, `[후렴]`, `[경기]`, `예능 13:00`)
_TAGS = KO_REGION_NAMES | frozenset(
    "정보 후기 질문 잡담 공지 속보 단독 종합 후렴 브릿지 간주 전주 뉴스 드라마 예능 영화 광고 안내 모집 판매 구매 "
    "나눔 교환 양도 급구 필독 이벤트 리뷰 팁 자랑 유머 일상 음악 사진 동영상 자유 기타".split())


def _read_speakers(model, text: str, spans: list, labels: list[tuple[tuple[int, int], str]]) -> None:
    """`bare_speakers` for one layout's `labels` ((start, end), value): the name-shaped ones appended to `spans`."""
    labels = [(span, value) for span, value in labels if value not in _TAGS]
    if len(labels) < 3:
        return
    turns: dict[str, int] = {}
    for _, value in labels:
        turns[value] = turns.get(value, 0) + 1
    if len(turns) < 2 or max(turns.values()) < 2 and sum(  # minutes: each speaks once, two of them given names
            model.given_name(v) or model.name_like(v) for v in turns) < 2:
        return
    named = any(len(v) > 1 and (model.name_plausible(v) or v in model.given_names) for v in turns)
    for span, value in labels:  # one syllable only beside a longer name (`서진: ...`, `훈: 곧`; not `금: 휴무`)
        if value not in KO_NAME_LABELS and value not in NOT_SPEAKERS and (model.name_plausible(
                value) or value in model.given_names or named and one_syllable_speaker(model, value, text)
                and (value not in _NOUNS_ONE or turns[value] > 1)):  # `민수: ...` then `국: 미역국`: a menu
            spans.append(span)


# One syllable that heads a line but is no one's name: a record's question and answer (`문:`, `답:`), a
# contract's parties (`갑:`, `을:`), a note, an example, a list's marks, a sum, days, units, a unit's 동/호.
_NOT_ONE_SPEAKERS = frozenset("문답갑을병정주예단즉등상하중전후앞뒤좌우남여총계합안건가나다라마바사아자차카타파하"
                              "월화수목금토일초분시년동호층")


# ... and nouns that are names too (`강`, `별`, `달`, `은`): a speaker only where a longer name speaks beside them.
_NOUNS_ONE = frozenset("강국서신구술해달별원엔명은비방팔물밥차꿈눈등금동불산길")
_LONGER_SPEAKER = re.compile(
    r"(?m)^(?:\[[^\]\n]{0,20}\][ ]?|[^\n,:]{0,30}\d:\d\d,?[ ]?)?(?P<v>[가-힣]{2,4})[ ]?[:：][ ]")


def one_syllable_speaker(model, value: str, text: str = "") -> bool:
    """A chat speaker of one syllable that names someone (`율: 자리 잡았음`, `윤: 몇 시 퇴근?`): a given name's
    second syllable or a surname (`김: 네`), not a pronoun, a kin word or `_NOT_ONE_SPEAKERS`; one of `_NOUNS_ONE`
    only beside a longer name in `text` (a log's `[15:00] 강: 수위 상승`, a menu's `국: 미역국` are not chats)."""
    return len(value) == 1 and value not in NOT_SPEAKERS and value not in _NOT_ONE_SPEAKERS and (
        model.second.get(value, 0) >= MIN_GIVEN_END or value in model.surnames) and (value not in _NOUNS_ONE or any(
            model.name_plausible(m["v"]) or m["v"] in model.given_names for m in _LONGER_SPEAKER.finditer(text)))
