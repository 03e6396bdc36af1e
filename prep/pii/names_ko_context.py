"""More contexts that make a Hangul word a person's name, and the vetoes of the cue patterns (round 3).

`prep.pii.names_ko` finds names by the lexicon and the syllable model, plus contexts (titles, labels
with a colon, chat speakers, lists, vocatives). Text we did not write shows more layouts where a name
stands with no colon and no title the detector knew:

- a form or roster laid out in cells: a line, or a cell between `|`, `▲`, ` · ` or wide gaps, that is
  one or two short words (a role, a number) then a name, then nothing but digits or symbols
  (`사회 오영숙`, `결재 은수빈 |`, `GK 1 공가은`, `- 안재원 10:00`, `강훈 010-...`, `▲ 차장 최수아`);
- a name with an age in parentheses (`한하은(28)는`, `김모(45)씨` stays masked), any word before `(29)씨` or
  `(31·여)씨` (round 12: `감별(29)씨`); a surname before a head's title after the full name came first
  (`차영호 이사장 ... 차 이사장은`);
- a speaker after a bracketed channel or a reply mark (`[파티] 최서진: ...`, `└ 지우: ...`);
- church, school and office titles the detector did not know (`한시현 장로`, `세린 학생`, `임라온 강사`);
- foreign names written in Hangul (`제임스 오코너`, `응우옌 티 흐엉`; `prep.pii.names_ko_foreign`): two or more
  words in a row of which the first and another are foreign given names or surnames of MeCab-ko's dictionary, beside a
  title or a role, a name on the same line, or (round 12) in a record's field, a table's cell or a gloss's
  bracket (`담당: 샤르마 아르준 (신규)`, `Olivia Brandt (올리비아 브란트)`).

The cue patterns of `prep.pii.recognizers.KoreanPersonRecognizer` take any surname + one or two
syllables next to a label or title; `cue_rejected` drops those that are a plain word (`보호자 동반`,
`45세 남자 환자`, `위원  장관님`, `상담원: 고객님`) or a masked name (`김모씨`).
"""

from __future__ import annotations

import re

from prep.pii.names_en_words import trie_pattern
from prep.pii.names_ko_alone import after_number, lone_words
from prep.pii.names_ko_calls import add_message_names
from prep.pii.names_ko_chat import add_called_speakers
from prep.pii.names_ko_cues import BAPTISMAL_NAMES, CueContexts
from prep.pii.names_ko_foreign import ForeignNames
from prep.pii.names_ko_foreign import load_foreign as load_foreign  # `names_ko` loads it from here
from prep.pii.names_ko_forms import person_slot, word_form_no_name_has
from prep.pii.names_ko_glossed import add_glossed_names
from prep.pii.names_ko_kin import KinContexts, add_households, told_name
from prep.pii.names_ko_layouts import STOP_VALUES, LayoutContexts
from prep.pii.names_ko_masked import drop_masked_callbacks
from prep.pii.names_ko_news import (
    foreign_siblings,
    member_lists,
    pet_names,
    report_layouts,
    script_guests,
    speech_subjects,
    titled_given,
)
from prep.pii.names_ko_pairs import add_partners, add_speaker_mentions
from prep.pii.names_ko_roles import role_or_noun, whole_word
from prep.pii.names_ko_slots import (
    add_elder_names,
    add_listed_short_names,
    add_stage_names,
    after_stage_role,
    census_word,
)
from prep.pii.names_ko_speakers import drop_role_speakers
from prep.pii.names_ko_spoken import add_spoken_names, drop_spoken_pronouns
from prep.pii.names_ko_stats import add_board_names, add_stat_siblings
from prep.pii.names_ko_things import TITLE_AFTER, is_thing
from prep.pii.names_ko_titles import BARE_TITLES, HEAD_TITLES, MORE_TITLES
from prep.pii.names_ko_words import cue_word
from prep.pii.patterns import KO_NAME_LABELS, KO_NOT_NAMES

_TAIL = r"(?:께서|에게|한테|이|가|은|는|을|를|의|과|와|도|께)?"
# One space before the title: glued, these end compounds (`상임이사`, `공영주차장`).
# `군`/`양` only at the end of a phrase: `민지 양은`, not `변경은 양 당사자` (both parties)
_TITLED = re.compile(
    rf"(?<![가-힣])(?P<v>[가-힣]{{2,4}})[ ]"
    rf"(?:(?:{MORE_TITLES}){_TAIL}(?![가-힣])(?<![군양])|(?:군|양){_TAIL}(?![ ]?[가-힣]))")
# A cell of a form: up to two short label words, a name, maybe a title, then no more Hangul.
_CELL_SPLIT = re.compile(r"[|▲△◇◆■□▶]|[ ][·ㆍ∙][ ]|\t|[ ]{2,}|,[ ]")
_CELL = re.compile(
    r"^(?:[-•*◦○◯]|\d{1,2}[.)])?[ ]*(?:(?P<label>[0-9A-Za-z가-힣]{1,8})[ ]+(?:[0-9A-Za-z가-힣]{1,6}[ ]+)?)?"
    r"(?P<v>[가-힣]{2,4})(?:[ ]?(?P<t>[가-힣]{1,3}))?[ ]*(?:\([^)\n]{0,12}\))?[^가-힣\n]*$"
)
_AGE = re.compile(
    r"(?<![가-힣])(?P<v>[가-힣]{2,4})\((?:[남여][·,/ ]?)?(?:만[ ]?)?\d{1,3}(?:세)?(?:[·,/][ ]?[가-힣A-Za-z]{1,6})?\)"
    r"(?P<title>(?:씨|군|양)(?=[은는이가을를의와과도에께한]|[^가-힣]|$))?")  # `나은(31·여)씨`: a report's person,
# whatever the word (`감별(29)씨`); not a glued word (`신청서(1)양식`, `재고(12)씨리즈`)
_CHANNEL_SPEAKER = re.compile(r"(?m)^[ \t]*(?:\[[^\]\n]{1,12}\][ ]?|[└ㄴ↳][ ]?)(?P<v>[가-힣]{2,4})[ ]?[:：][ ]")
# A surname, a space, a given name, then an honorific: `정 진호 님`, `임 성민 씨`.
_SPACED_TITLED = re.compile(r"(?<![가-힣])(?P<v>(?P<s>[가-힣]{1,2})[ ](?P<g>[가-힣]{2}))[ ]?(?:님|씨|귀하)(?![가-힣])")
_HANGUL_TOKEN = re.compile(r"[가-힣]{2,}")
# `동생 이름이 은호였어요`, `이름은 도윤이래`, `이름이 슬기님이셨나`: a value told as someone's name.
_TOLD_NAME = re.compile(
    r"이름(?:이|은|는)[ ](?P<v>[가-힣]{2,4}?)[ ]?님?"
    r"(?:이었|였|이에요|예요|이야|야|입니다|이라고|라고|이래|래|이셨|셨|이세요|세요)(?![가-힣]{3})")
# A child named by a parent (`지윤맘`, `서준이 아빠가`, `윤서 어머님께서`, `김하은 엄마랑`).
_PARENT_OF = re.compile(
    r"(?<![가-힣])(?P<v>[가-힣]{2,3}?)이?[ ]?(?:맘|엄마|아빠|어머님|아버님|어머니|아버지)"
    r"(?:께서|께|이랑|랑|한테|에게|가|는|도|를|을|의|와|과|이|야)?(?![가-힣])")
# Words before `엄마` that are never a child's name however the lexicon reads them.
_NOT_CHILDREN = frozenset(
    "우리 저희 친구 애기 아기 아이 학생 학부모 직장 초보 육아 전업 싱글 워킹 새댁 동네 옆집".split())
# A calendar's entry: a time, a given name, then what one does with someone (`12:00 수빈 점심`, `19:00 아름이 생일
# 파티`); not `13:00 병원 예약`, `17:00 수영 강습`.
_TIME_ENTRY = re.compile(
    r"(?m)^[ \t•·*\-]*(?:\d{1,2}/\d{1,2}(?:\([월화수목금토일]\))?[ ]+)?\d{1,2}:\d\d[ ]+"
    r"(?P<v>[가-힣]{2})이?[ ]"
    r"(?=(?:생일|점심|저녁|약속|미팅|면담|상담|픽업|만남|결혼식|돌잔치|병문안|하원|등원)(?![가-힣]))")
# A letter's closing at the end of a line: `도서준 올림`, `김하늘 드림`.
_CLOSING = re.compile(r"(?m)(?<![가-힣])(?P<v>[가-힣]{2,4})[ ]?(?:드림|올림|배상)[.!]?[ \t]*$")
# A list's next or previous item (`ㆍ`, `·`, `,`, `/`): a doubtful item beside a found name is a name too.
# round 13: a couple's `♡` (`도지한 ♡ 류세아`), a roster's shirt number (`MF 8 임도겸 / 10 사공준`) and a name written
# syllable by syllable (`소영순, 정 미 란`, `사공하랑, 빈 별`) too
_ITEM = r"(?P<v>[가-힣]{2,4}|[가-힣](?:[ ][가-힣]){1,2})"
_ITEM_AFTER = re.compile(rf"[ ]?[ㆍ·∙․,/♡♥❤→↔][ ]?(?:\d{{1,3}}[ ])?{_ITEM}(?![가-힣])")
_ITEM_BEFORE = re.compile(rf"(?<![가-힣]){_ITEM}[ ]?[ㆍ·∙․,/♡♥❤→↔][ ]?(?:\d{{1,3}}[ ])?$")
# A surname alone before a rank with `님`, one space apart: `설 위원님`, `염 팀장님`, `화 목사님` (not `이 제품`).
_SURNAME_RANK = re.compile(
    r"(?<![가-힣])(?P<v>[가-힣])(?<![시중후및각본당해])[ ](?:위원님|의원님|위원장님|팀장님|과장님|부장님|차장님|"
    r"대리님|실장님|국장님|원장님|교수님|목사님|장로님|집사님|권사님|전도사님|기자님|작가님|주무관님|매니저님|사장님|대표님|이사님|소장님|선배님)")
# A head of a body called back by surname (`차 이사장은`, `오 시장은`).
_SURNAME_HEAD = re.compile(
    rf"(?<![가-힣0-9])(?P<v>[가-힣])[ ](?:{HEAD_TITLES})(?:은|는|이|가|을|를|의|과|와|도|께서|에게)?(?![가-힣])")
_SURNAME_HEAD_GATE = re.compile(rf"[ ](?:{HEAD_TITLES})")
# The particles a surname and its title may take (`정 대리가`, `권쌤이나`, `옥씨는`).
_AFTER_TITLE = "이랑|랑|이나|나|이가|이는|이도|한테|에게|께서|께|은|는|이|가|을|를|의|과|와|도|님"
# A surname alone before a title without `님`, as news and offices call people back (`윤 교사는`, `정 대리가`,
# `곽 과장이랑`, `권 교수 회진`), or glued to `쌤` (`권쌤이나`); not a determiner or prefix that is also a
# surname (`전 과장` former, `현 교수` current, `한 교사가` a teacher, `모 교수` masked, `동 교수` the same,
# `제 변호사` my, `위 교사는` the above, `남 간호사` male, `주 교사 회의` weekly, `국쌤` the Korean teacher,
# `고 교수의 빈소` the late).
_SURNAME_TITLE = re.compile(
    rf"(?<![가-힣0-9])(?P<v>[가-힣])(?:[ ](?:{BARE_TITLES})|쌤)"
    rf"(?:{_AFTER_TITLE})?(?![가-힣])")
_SURNAME_TITLE_GATE = re.compile(rf"[ ](?:{BARE_TITLES})|쌤")  # a literal first: `re` skips to it (speed)
# A surname glued to a rank or to `씨` (`정과장이`, `탁점장은`, `옥씨는`, `김 씨가`);
# the glued word must be no dictionary word (`이사장`, `종씨`), the surname no prefix (`부팀장`, `전대리`).
_GLUED_RANKS = "대리|과장|부장|차장|팀장|실장|점장|주임|사원|총무|감독|코치|씨"  # 감독, 코치: round 15 (`김감독은`)
_COACHES, _PREFIX_SURNAMES = ("감독", "코치"), frozenset("노명총부조전현")
_SURNAME_GLUED = re.compile(
    rf"(?<![가-힣0-9])(?P<v>[가-힣])[ ]?(?P<t>{_GLUED_RANKS})"
    rf"(?:{_AFTER_TITLE}|네)?(?![가-힣])")
_SURNAME_GLUED_GATE = re.compile(_GLUED_RANKS)
# words that end in `씨` (`종씨` clansman, `섭씨` Celsius, `성씨` a surname, `형씨`); the dictionary lists the others
# as words too (`옥씨`, `이씨`), so for `씨` this list is the veto
# A Vietnamese name in Hangul (`응우옌 반 안`, `쩐 티 흐엉도`, `레 민 뚜언`): a surname of the closed list, a middle
# name, one or two given syllables; after a surname that is also a word (`레`, `도`, `판`, `팜`), a given name no
# Korean word spells (`뚜언`, `흐엉`: `판 반 정도`, `황 반 변성`, `팜 투 마켓` are words).
_VIET_SURNAMES = "응우옌|응웬|쩐|팜|호앙|부이|응오|즈엉|후인|레|도|당|보|판|호|마이|딘|황|리|람|하|꾸"
_VIET_MIDDLES = "반|티|득|흐우|꽝|티엔|응옥|타인|민|홍|꾸옥|쑤언|바|딘|후|탄|투"
_VIETNAMESE = re.compile(
    rf"(?<![가-힣])(?P<v>(?P<s>{_VIET_SURNAMES})[ ](?P<m>{_VIET_MIDDLES})[ ][가-힣]{{1,2}}(?:[ ][가-힣]{{1,2}})??)"
    r"(?:이랑|랑|이가|이는|이도|한테|에게|께서|은|는|이|가|을|를|의|과|와|도|님|씨|씨가|씨는)?(?![가-힣])")
_VIET_SURE = frozenset("응우옌 응웬 호앙 부이 응오 즈엉 후인".split())  # not `쩐` (money in slang: `쩐 반 토막`)
_VIET_GATE = re.compile(rf"(?:{_VIET_SURNAMES})[ ](?:{_VIET_MIDDLES})[ ]")
_VIET_SYLLABLE = re.compile("[뚜쑤꽝띠쯔즈윈뀌]|흐엉|흐우|프엉|뜨엉")  # given names no word spells (`뚜언`, `흐엉`)
_NOT_SURNAME_BEFORE_SSI = frozenset("종 아 마 말 불 날 글 솜 맵 꽃 홀 볍 섭 화 성 형 창 제".split())
# ... and before a spaced `씨`, a seed (`이 씨를 심으면`, `배 씨`, `감 씨`, `연 씨`)
_SEED_BEFORE_SSI = frozenset("이 배 감 연 참 귤 밤 박".split())
_SEED_VERB = re.compile("심|뿌리|뱉|쪼개|물어|발아|싹|불려|차[는를]")  # what one does with a seed, right after it
# After `X씨` a family, an idiom or a title, not a person (`이씨 왕조`, `최씨 고집`, `김씨 표류기`, `오 씨 가문`).
_FAMILY_AFTER = re.compile(r"[ ]?(?:왕조|조선|고집|표류기|가문|문중|집안|종친회|대종회|족보|후손|시조|성을|성은|성이)")
# A clan's seat before `김씨`/`이씨` (`경주 김씨`, `전주 이씨 종친회`) and a dynasty (`이씨 왕조`): a family, no person.
_CLAN_SEAT = re.compile(
    r"(?:경주|전주|김해|밀양|안동|청주|광산|파평|남양|진주|한양|평산|순흥|나주|해주|연안|여흥|풍산|창녕"
    r"|의령|달성|수원|인동|청송|진성|반남|동래|영일|평해|강릉|원주|장수|문화|연일|하동|순천|청풍|덕수|풍양|광주|평양"
    r"|개성|여주|함평|성주|고령|단양|제주|남원|상주|영천|의성|담양|보성|장흥|창원|고성|거창|합천|함안|영산|옥천|양천"
    r"|행주|월성|진보|재령|아산|해평|선산|교하|곡산|신천|강화|수성|서산|대구|충주|홍주|결성|예안|봉화|영양)[ ]$")
# a bus stop, a drop-off, a class's treasurer, a volunteer, the Board of Audit, a surveyor
_GLUED_WORDS = frozenset("정차장 하차장 승차장 반총무 봉사원 감사원 조사원".split())
_NOT_SURNAME_BEFORE_TITLE = frozenset(
    "전 현 한 모 동 각 본 당 해 시 중 후 및 구 신 총 부 대 원 타 양 그 저 새 옛 前 "
    "제 위 남 여 주 국 고 명 내 네 우".split())
# Literal-led scans that every match of `_SPACED_TITLED` / `_SURNAME_RANK` meets (speed).
_SPACED_TITLED_GATE = re.compile(r"[ ][가-힣]{2}[ ]?(?:님|씨|귀하)(?![가-힣])")
_SURNAME_RANK_GATE = re.compile("[ ](?:" + _SURNAME_RANK.pattern.split("[ ](?:", 1)[1])
# Kin and roles before a given name or a full name: `의 장남 승현`, `딸 윤이든`, `며느리 민기쁨`, `동대표 반겨울`.
_KIN_ROLE_WORDS = (r"장남|차남|삼남|장녀|차녀|삼녀|아들|딸|며느리|사위|손자|손녀|외손자|외손녀|남편|아내|부인|동대표|"
                   r"전문위원|위원장|센터장|사회복지사|통번역|의뢰의사|확인자|담당")
_KIN_ROLE = re.compile(
    rf"(?<![가-힣])(?:{_KIN_ROLE_WORDS})[ ](?P<v>[가-힣]{{2,4}}?)"
    r"(?=(?:님|씨|은|는|이|가|의|과|와)?(?:[ ]?[(,.\n·ㆍ]|$))")
_KIN_ROLE_GATE = re.compile(_KIN_ROLE_WORDS)  # no lookbehind first: `re` skips to the words' first syllables
# in every `_TITLED` match; `re` skips to the spaces, then one branch per syllable (a trie: the same words)
_TITLED_GATE = re.compile(rf"[ ](?:{trie_pattern([*MORE_TITLES.split('|'), '군', '양'])})")
# Chat exports as tables: `2026-08-15 09:15:01,"라범","...`, `21:15\t온유\t...`.
_TABLE_SPEAKER = re.compile(
    r"(?m)^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}[ T]\d{1,2}:\d\d(?::\d\d)?,[ ]?\"?|\d{1,2}:\d\d\t)"
    r"(?P<v>[가-힣]{2,4})(?:\"?,|\t)")
# `우리 혜교가`, `우리 찬이`: a child or a pet named after `우리`, a particle after.
_OUR = re.compile(r"(?<![가-힣])우리[ ](?P<v>[가-힣]{2})(?:이가|이는|이도|이랑|이한테|가|는|도|랑|한테|이)(?![가-힣])")
# Words that take a cell's or a title's place but are never a person (a day, a heading).
_NOT_NAMES = frozenset("그분 이분 저분 누구 우리 저희 여러분 본인 자기 당신".split()) | STOP_VALUES
_NOT_NAME_WORDS = _NOT_NAMES | KO_NOT_NAMES  # round 15's news readings' stop words (built once, not per text)
# A field that holds a name whatever the word (`성명 임진`, `이름: 하늘`).
_NAME_FIELD = re.compile(r"(?:성명|이름|성함|본인|(?<![가-힣])[가-힣]{0,3}인)[ \t]*[:：]?[ \t]*$")  # `피고인 권진과`


def cue_rejected(model, text: str, start: int, end: int) -> bool:
    """Is a cue pattern's candidate `text[start:end]` no name: a masked one (`김모`), a plain word
    (`동반`, `남자`, `장관`), or a plain word with a title glued on (`고객님`)? After a name field
    (`성명 임진`) a word is taken as the name it is there."""
    candidate = text[start:end]
    if len(candidate) == 2 and candidate[1] == "모" or candidate in _NOT_NAMES:
        return True
    field = _NAME_FIELD.search(text, max(0, start - 8), start)
    prose = re.match(r"[ ][가-힣]", text[end:end + 2]) and model.plain_word(candidate)  # `이름 표시 방식`
    if cue_word(model, text, start, end, field and field.group()):
        return True  # `선배맘님들`, `상담사 연결은`, `민원인 주차장을`, `환자 상태 설명함`, `(성명 기재)`
    if field and (re.search("[:：\t]", field.group()) or not prose):
        return False
    if whole_word(model, text, start, end) or role_or_noun(model, text, start, end):
        return True  # `보호자 신분증`, `정규직 약사`, `장난아님` (`prep.pii.names_ko_roles`, round 22)
    if len(candidate) == 2 and model.plain_word(candidate):  # a longer word may be a name too (`홍길동의원`)
        return True
    return len(candidate) >= 3 and model.plain_word(candidate[:2]) and candidate[2:] in ("님", "씨", "들", "분")


class MoreContexts:
    """`add(text, spans)`: the contexts of this module, appended to `spans` as (start, end)."""

    def __init__(self, model, foreign: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())):
        self.model = model
        self.foreign, self.foreign_also_words = foreign[0], foreign[1] | BAPTISMAL_NAMES
        self.layouts = LayoutContexts(model, self.foreign | self.foreign_also_words)
        self.cues = CueContexts(model, self.foreign)
        self.kin = KinContexts(model, self.foreign, self.foreign_also_words)
        self._tokens: tuple[str | None, set[str]] = (None, set())  # the last text's Hangul words, read once
        self._foreign_names = ForeignNames(model, self.foreign, self.foreign_also_words)

    def add(self, text: str, spans: list) -> None:
        model = self.model
        add_stage_names(model, text, spans, self.hangul_words(text))  # `보컬 최이든의` (round 17)
        add_elder_names(model, text, spans)  # `순자 할머니` (round 17)
        add_households(model, text, spans)  # `밍키네 집`, `조이네 부부가` (round 19)
        add_board_names(model, text, spans, _NOT_NAMES, self.foreign)  # `1 임하솔 -14` a line (round 18)
        add_spoken_names(model, text, spans)  # `고객: 네 옥 채 원이구요`, `저 길 민 재인데요` (round 23)
        for match in _AGE.finditer(text) if "(" in text else ():
            value = match["v"]
            if not (len(value) == 2 and value[1] == "모") and value not in _NOT_NAMES and (
                    model.name_like(value) or match["title"]):
                spans.append(match.span("v"))
        for match in _CHANNEL_SPEAKER.finditer(text) if ":" in text or "：" in text else ():
            value = match["v"]
            if value not in _NOT_NAMES and (model.name_plausible(value) or model.given_plausible(value)
                                            and not model.plain_word(value) or len(value) == 3 and value[0]
                                            in model.surnames and model.given_plausible(value[1:])):
                spans.append(match.span("v"))
        for match in _SPACED_TITLED.finditer(text) if _SPACED_TITLED_GATE.search(text) else ():
            if match["s"] in model.surnames and model.given_plausible(match["g"]) and not model.plain_word(match["g"]):
                spans.append(match.span("v"))
        for match in _SURNAME_RANK.finditer(text) if "님" in text and _SURNAME_RANK_GATE.search(text) else ():
            if match["v"] in model.surnames and (match["v"] != "이" or not match.group().endswith("선배님")):
                spans.append(match.span("v"))
        for match in _SURNAME_TITLE.finditer(text) if _SURNAME_TITLE_GATE.search(text) else ():
            if match["v"] in model.surnames and match["v"] not in _NOT_SURNAME_BEFORE_TITLE:
                spans.append(match.span("v"))
        for match in _SURNAME_HEAD.finditer(text) if _SURNAME_HEAD_GATE.search(text) else ():
            surname = match["v"]  # `차 이사장은` where `차영호 이사장` came first (not `이 시장은 과열됐다`)
            if surname in model.surnames and any(model.name_plausible(m["n"] or m["m"]) for m in re.compile(
                    rf"(?<![가-힣])(?P<n>{surname}[가-힣]{{2}})(?=[ ]?(?:{HEAD_TITLES}))"  # `차명수 이사장`
                    rf"|(?:{HEAD_TITLES})[ ]?(?P<m>{surname}[가-힣]{{2}})(?![가-힣])"  # `(이사장 차명수)`
            ).finditer(text, 0, match.start())):
                spans.append(match.span("v"))
        for match in _VIETNAMESE.finditer(text) if _VIET_GATE.search(text) else ():
            if match["s"] in _VIET_SURE or _VIET_SYLLABLE.search(text, match.end("m"), match.end("v")):
                spans.append(match.span("v"))
        for match in _SURNAME_GLUED.finditer(text) if _SURNAME_GLUED_GATE.search(text) else ():
            surname, rank, spaced = match["v"], match["t"], match.end("v") < match.start("t")
            if rank == "씨" and (surname in _NOT_SURNAME_BEFORE_SSI or spaced and surname in _SEED_BEFORE_SSI
                                or surname in _SEED_BEFORE_SSI and _SEED_VERB.search(text, match.end(), match.end() + 8)
                                or _CLAN_SEAT.search(text, max(0, match.start() - 4), match.start())
                                or _FAMILY_AFTER.match(text, match.end("t"))):
                continue
            if rank in _COACHES and surname in _PREFIX_SURNAMES:
                continue  # `노감독` an old coach, `총감독`, `부코치`: the surname is a prefix word too (round 15)
            if surname in model.surnames and surname not in _NOT_SURNAME_BEFORE_TITLE and surname != "반" and (
                    rank == "씨" or surname + rank not in model.words and surname + rank not in _GLUED_WORDS):
                spans.append(match.span("v"))
        # contexts that say "a person" (a title, a role or kin word, a table's speaker column, `우리`, a name told,
        # a letter's closing): a plausible name, or a plausible given name that is no plain word
        for match in (*(_TITLED.finditer(text) if _TITLED_GATE.search(text) else ()),
                      *(_KIN_ROLE.finditer(text) if _KIN_ROLE_GATE.search(text) else ()),
                      *(_TABLE_SPEAKER.finditer(text) if ":" in text else ()),
                      *(_OUR.finditer(text) if "우리 " in text else ()),
                      *(_TOLD_NAME.finditer(text) if "이름" in text else ()),
                      *(_CLOSING.finditer(text) if "드림" in text or "올림" in text or "배상" in text else ()),
                      *(_PARENT_OF.finditer(text) if "맘" in text or "엄마" in text or "아빠" in text or "어머" in text
                        or "아버" in text else ()),
                      *(_TIME_ENTRY.finditer(text) if ":" in text else ())):
            value = match["v"]
            if value not in _NOT_NAMES and value not in _NOT_CHILDREN and (
                    model.name_plausible(value) or len(value) == 2 and model.given_plausible(value)
                    and not model.plain_word(value)):
                spans.append(match.span("v"))
        self._cells(text, spans)
        self.layouts.add(text, spans)
        self.cues.add(text, spans)
        self.kin.add(text, spans)
        titled_given(model, text, spans, _NOT_NAME_WORDS)  # `윤정 상담사님`, `솔희 아나운서가` (round 15)
        member_lists(model, text, spans, _NOT_NAME_WORDS)  # `멤버 하루, 세인, 도아` (round 15)
        report_layouts(model, text, spans, self.foreign, _NOT_NAME_WORDS)  # `기자 = 정시온`, `도하 23'`
        script_guests(model, text, spans, self.foreign, _NOT_NAME_WORDS)  # `Q. ...` / `윤슬: ...`

    def siblings(self, text: str, spans: list) -> None:
        """List items beside a found name (`반아린ㆍ채예나ㆍ판은호`) that a context would take as names."""
        self.kin.titled_given(text, spans)  # `윤해온` ... `해온 배우`
        add_partners(self.model, text, spans)  # `수빈이랑 예나도`, `나래랑 별이는` (round 19)
        foreign_siblings(text, spans, self.foreign)  # `양재민 / 19 카이오` (round 15)
        add_stat_siblings(self.model, text, spans, _NOT_NAMES, self.foreign)  # `허웅 27, 라건아 21` (round 18)
        model, todo, seen = self.model, list(spans), set(spans)
        while todo:
            start, end = todo.pop()
            for match in (_ITEM_AFTER.match(text, end), _ITEM_BEFORE.search(text, max(0, start - 12), start)):
                value = match and match["v"].replace(" ", "")
                if match and match.span("v") not in seen and value not in _NOT_NAMES \
                        and model.name_plausible(value) and value not in model.words and not (
                            " " in match["v"] and model.plain_word(value[-2:])):  # not `한 두 명` (a plain word)
                    seen.add(match.span("v"))
                    spans.append(match.span("v"))
                    todo.append(match.span("v"))

    def _cells(self, text: str, spans: list) -> None:
        """Form and roster cells: `사회 오영숙`, `결재 은수빈`, `GK 1 공가은`, `- 안재원 10:00`. A cell
        whose value is a sure name makes the layout one of names: its doubtful cells go too."""
        at, sure, doubtful = 0, 0, []
        for line in text.split("\n"):
            start = 0
            for sep in (*_CELL_SPLIT.finditer(line), None):
                end = sep.start() if sep else len(line)
                cell = line[start:end]
                stripped = cell.strip()
                match = _CELL.match(stripped) if 2 <= len(stripped) <= 30 else None
                verdict = self._cell_name(match) if match else None
                if verdict is not None:
                    offset = at + start + (len(cell) - len(cell.lstrip()))
                    span = (offset + match.start("v"), offset + match.end("v"))
                    if verdict:
                        spans.append(span)
                        sure += 1
                    else:
                        doubtful.append(span)
                start = sep.end() if sep else end
            at += len(line) + 1
        if sure:
            spans.extend(doubtful)

    def _cell_name(self, match: re.Match) -> bool | None:
        """True: a sure name; False: a plausible one (kept where the layout has sure names); None: no name."""
        model, value, title, label = self.model, match["v"], match["t"], match["label"]
        if value in _NOT_NAMES or label and model.name_like(label) and len(label) >= 3:
            return None
        if title is not None:  # `한시현 장로`: a title that `_TITLED` knows; else no name cell
            return True if _TITLED.fullmatch(f"{value} {title}") and model.name_plausible(value) else None
        # no context but the layout: the strict reading first (`제공자`, `나가기` no)
        if model.short_name(value) if len(value) == 2 else model.full_name(value, value):
            return True
        return False if model.name_plausible(value) and value not in model.words and value not in KO_NAME_LABELS \
            else None  # a header (`직위`, `신청인`) is a word

    def hangul_words(self, text: str) -> set[str]:
        """The Hangul words of `text` (two syllables or more), read once for the gates of `add` and `foreign_names`."""
        if self._tokens[0] is not text:
            self._tokens = (text, set(_HANGUL_TOKEN.findall(text)))
        return self._tokens[1]

    def foreign_names(self, text: str, spans: list) -> None:
        """Foreign names written in Hangul (`제임스 오코너`): `prep.pii.names_ko_foreign`."""
        self._foreign_names.add(text, spans, self.hangul_words(text))

    def final(self, text: str, spans: list) -> list[tuple[int, int]]:
        """The spans, sorted, less masked names (`박모 씨`, `김모(45)`), weekdays that a context took (`화요일`),
        plurals (`분들한테`, `애들이랑`: a two-syllable word in 들 is a plural, not a given name), things
        (`prep.pii.names_ko_things`: `설화수`, `상추랑`, `빙판길`) and counters glued to a number (`7,000원인데`);
        none at all where the one candidate is a word that nothing marks as a person's (`prep.pii.names_ko_alone`)."""
        surnames, model = self.model.surnames, self.model
        add_listed_short_names(model, text, spans)  # `송하루, 지 민, 권태산` (round 17)
        kept, things, forms = [], set(), []
        judged: dict[tuple[int, int], tuple[bool, bool]] = {}  # most spans come from two readers or more: judged once
        for s, e in self.cues.veto(text, drop_role_speakers(model, text, spans)):  # `[권사님]` (round 23)
            verdict = judged.get((s, e))
            if verdict is None:
                thing = is_thing(model, text, s, e)
                verdict = judged[s, e] = (thing, thing and word_form_no_name_has(model, text, s, e))
            if verdict[0]:
                things.add(text[s:e])
                if verdict[1]:
                    forms.append((s, e))  # round 15's forms: no word alone where they were the others
            else:
                kept.append((s, e))
        # a dictionary word that is no common given name and a thing once is one at its other mentions too (`배송
        # 기사님` ... `배송은`, found there by the document's other mentions)
        spans = [(s, e) for s, e in kept if text[s:e] not in things or text[s:e] not in model.words
                 or model.given_name(text[s:e], word_too=True) or TITLE_AFTER.match(text, e)  # `이든 씨가`
                 or person_slot(text, s)]  # `밴드 이름: 새벽 / 보컬: 새벽`
        spans = sorted({(s, e) for s, e in spans if not (e - s == 2 and (text[s + 1] == "모" and text[s] in surnames
                                                                          or text[s + 1] == "들")
                                                           or text[s + 1:s + 3] == "요일"
                                                           or after_number(model, text, s, e)
                                                           or census_word(model, text[s:e])
                                                           or role_or_noun(model, text, s, e))})  # round 22
        # dictionary words, none marked (round 14); a name told or after a role stays (`본명은 한가을`, `보컬 정하루`)
        if lone_words(model, text, [*spans, *forms]):
            spans = [(s, e) for s, e in spans if told_name(text, s) or after_stage_role(model, text, s, e)]
        spans = drop_masked_callbacks(model, text, spans)  # `김모씨` ... `김씨는`: the mask's callback (round 18)
        speech_subjects(model, text, spans, _NOT_NAME_WORDS)  # `태오가 말했다`: marked by the verb
        spans = pet_names(model, text, spans)  # `솔이가`, `혁이한테`: marked by their grammar (round 15)
        add_partners(model, text, spans, one_syllable=True)  # `나래랑 별이는`: marked by the pair (round 19)
        add_households(model, text, spans, one_syllable=True)  # `봄이네 집`: marked by the household (round 19)
        add_speaker_mentions(model, text, spans)  # `솔: ...` then `야 솔아`, `솔이 자리`: the speaker marks (round 19)
        add_glossed_names(model, text, spans)  # `Thomas` ... `토마스가`: marked by the Latin name (round 19)
        add_called_speakers(model, text, spans)  # `하람: 봄아 ...` / `봄: 고마워 하람아`: called by name (round 19)
        add_message_names(model, text, spans, _NOT_CHILDREN)  # `정숙이모가`, `축하해 보람아`, `저 수민이에요` (r. 20)
        return sorted(set(drop_spoken_pronouns(text, spans)))  # `나 두 영 수인데`: `나` is the speaker (round 23)
