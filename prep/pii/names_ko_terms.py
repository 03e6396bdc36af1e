"""Words of domain records that the Korean name readings took for names (round 19), a veto of `names_ko_things`.

Clean records by several writers (clinical notes and trials, call-centre scripts, court rulings) showed these shapes
where a dictionary word, not a person, fills a name's slot; each is judged by the lexicon, not by a list of words:
- a two-syllable verbal noun of the dictionary and a verb's ending (`일정 안내함.`, `옷 추천해 주세요`): the last two
  syllables are no given name the lexicon has ever seen (`내함`, `천해`; `조수해`: `수해` is one, kept), `함`/`됨` ends
  a sentence and `해` takes a whole auxiliary verb (`주세요`, not `주소`), with no person's label or role before it
  nor a list's comma around it (review r19: `성명: 이순해 주소`, `확인자: 주지함`, `참석자: 이영함, 김철수`, and so
  `보호자 동의함.` too, stay; `교수 이지함 연구실` stays);
- the same verbal noun and a topic's particle before a phone menu's key to press (`통화 연결은 0번을 눌러`), a common
  word, no given name, after no person's role (`보호자 장온은 3번을 눌러`, and so `상담원 연결은 0번` too, stay);
  elsewhere a particle stays (`피고인 장온은`: `온은`, a real given name, is as unseen as `결은`);
- a verbal noun, `하` and a connective ending read as a surname and a three-syllable given name (`김장하러 언제
  오니`, `박수하러 가`); a double surname that is a word too keeps its name (`서문하니`, `사공하니`);
- a dictionary word glued to `군`, a study's arm or a risk group (`위약군`, `고위험군`), whose given part is no name:
  `위약`, a rare word, is no name even beside a title by the model's own bar (`short_name(plausible=True)`: `약` ends
  too few given names), `위험` no given name nor one's syllables (`이준군`, `고위훈군`, `구천무군`, the given names
  that are words, `한결군`, `하늘군`, and common words, `전광군`, stay);
- an abstract noun in `성` beside another one (`안전성 및 가능성`), both common words of the dictionary, no full name
  of the lexicon and no surname before a given name it has seen: `정진성과 남현성`, `남현성, 최주성` and, as the lexicon
  holds `유효성` as a full name, `유효성 및 안전성` stay; `유효성 대리` stays;
- the last syllable of a word spelled out letter by letter in a ruling's header (`상 고 인 검사`: `인` and the title
  `검사` read as a surname and a prosecutor), where the spelled syllables join into a dictionary word (`상고인`).
"""

from __future__ import annotations

import re

from prep.pii.patterns import KO_NAME_LABELS, KO_ROLES_BEFORE

# Endings of a verb made of a verbal noun, closing a note or a request (`안내함`, `추천해`, `확정됨`).
_ENDINGS = frozenset("함해됨")
# What follows such a verb: a sentence's end, a full stop, the line's or the text's end (`안내함.`; no comma: `이영함,
# 김철수`), or a whole auxiliary verb after `해` (`추천해 주세요`; not `정미해 보호자`, `이순해 주소`); a name goes on
# (`교수 이지함 연구실`, `토정 이지함의`).
_NOTE_END = re.compile(r"(?:\.|[ ]*(?:\n|\Z))")
_HELPER_VERB = re.compile(r"[ ]?(?:주세요|주시|줘|드리|드립|보세요|봐|보시)")
_VERB_AFTER = {"함": _NOTE_END, "됨": _NOTE_END, "해": _HELPER_VERB}
# A person's label or role before a slot holds a name there, never a note's verb nor a menu's item (`성명: 이순해`,
# `확인자: 주지함`, `보호자 장온은`): the labels and roles of `prep.pii.patterns`, and a record's sign-off labels.
_PERSON_BEFORE = KO_NAME_LABELS | frozenset(KO_ROLES_BEFORE.split("|")) | frozenset(
    "작성 검토 검토자 확인자 결재 결재자 기안자 담당 접수 접수자".split())
_WORDS_BEFORE = re.compile(r"(?:([가-힣]+)[ ])?([가-힣]+)[ \t]*[:：]?[ \t]*\Z")
_LIST_MARK_BEFORE = re.compile(r"[,·][ ]*\Z")  # `이영함, 김철수`, `박지은, 이영함`: names in a list
_LIST_MARK_AFTER = re.compile(r"[ ]*[,·]")
# A verb's connective endings after `하` (`김장하러`, `청소하려고`, `박수하며`); no given name ends in `하` and one of
# them (4-syllable names end as `남궁하라`, `김하나래`).
_CONNECTIVES = frozenset("러려고면며자니게")
_GROUP = "군"
# A phone menu's key to press after a topic (`상담원 연결은 0번을 눌러 주세요`); a queue's or a counter's numbers name
# people (`환자 이온은 5번, 김민수는 6번`, `장온은 3번 창구`).
_MENU_KEY = re.compile(r"[ ]?\d{1,2}번[을를][ ]?(?:눌러|누르)")
# Another abstract noun in 성 after the span (`및 안전성`, `과 안전성`, `, 안전성`) or before it (`안전성 및 `).
_NESS_AFTER = re.compile(r"(?:[ ]?(?:및|과|와|,)[ ]?)([가-힣]{1,3}성)")
_NESS_BEFORE = re.compile(r"([가-힣]{1,3}성)(?:[ ]?(?:및|과|와|,)[ ]?)\Z")
_SPELLED_BEFORE = re.compile(r"(?<![가-힣])((?:[가-힣][ ]){2,4})\Z")  # two at least: `야 나총무` is a call


def is_term(model, text: str, start: int, end: int, title_after) -> bool:
    """Is `text[start:end]` one of the module's words, not a name? (`model`: `prep.pii.names_ko.NameModel`;
    `title_after`: the compiled pattern of a title after a name, which keeps any of them a name: `유효성 대리`.)"""
    span, given = text[start:end], model.given_names  # a given name the lexicon has seen at all, however rare
    if len(span) == 1:
        spelled = _SPELLED_BEFORE.search(text, max(0, start - 8), start)
        return spelled is not None and spelled[1].replace(" ", "") + span in model.words
    if title_after.match(text, end) and not text.startswith(_GROUP, end):
        return False
    if span[-1] in "은는" and _MENU_KEY.match(text, end):
        item = span[:-1]  # `잔액 조회는 1번`: a phone menu's item, a common word and no given name, after no role
        if _person_before(text, start):
            return False  # `보호자 장온은 3번을 눌러`, `환자 조민은 1번을`; and so `상담원 연결은 0번` too
        return span[1:] not in given and item in model.common_words and item not in given
    if len(span) == 4 and span[2] == "하" and span[3] in _CONNECTIVES and span[:2] in model.words:
        return span not in model.full_names and span[:2] not in model.surnames  # `김장하러`; not `서문하니`
    if len(span) == 3 and span[2] in _ENDINGS and span[:2] in model.common_words and span not in model.full_names:
        if span[1:] in given or _person_before(text, start) or _in_list(text, start, end):
            return False  # `성명: 이순해`, `확인자: 주지함`, `참석자: 이영함, 김철수`
        return bool(_VERB_AFTER[span[2]].match(text, end))  # `안내함.`, `추천해 주세요`
    if span[-1] == _GROUP and len(span) >= 3 and not title_after.match(text, end):
        span, end = span[:-1], end - 1  # `위약군(1.1점)`: the group's syllable read with the word
    if text.startswith(_GROUP, end) and span in model.words and span not in model.full_names:
        if len(span) == 2:
            return span not in model.common_words and not model.short_name(span, plausible=True) and span not in given
        return span[-2:] not in given and not model.given_score(span[-2:])  # `고위험군`: `험` ends no given name
    if len(span) == 3 and span[2] == "성" and _common_ness(model, span):
        other = _NESS_AFTER.match(text, end)
        if other is None:
            other = _NESS_BEFORE.search(text, max(0, start - 8), start)
        return other is not None and _common_ness(model, other[1])  # `안전성 및 가능성`; not `정진성과 남현성`
    return False


def _common_ness(model, word: str) -> bool:
    """Is `word` an abstract noun in `성` the dictionary knows (`안전성`, `가능성`), no full name of the lexicon
    (`정진성`) and no surname before a given name it has seen (`남현성`, `최주성`)?"""
    return (len(word) == 3 and word[2] == "성" and word in model.common_words and word not in model.full_names
            and not (word[0] in model.surnames and word[1:] in model.given_names))


def _person_before(text: str, start: int) -> bool:
    """Does a person's label or role come right before `start` (`성명: `, `작성: `, `받는 사람 `, `환자 `)?"""
    words = _WORDS_BEFORE.search(text, max(0, start - 16), start)
    return words is not None and (words[2] in _PERSON_BEFORE or f"{words[1]} {words[2]}" in _PERSON_BEFORE)


def _in_list(text: str, start: int, end: int) -> bool:
    """Is the span an item of a list joined by `,` or `·` (`참석자: 이영함, 김철수`, `결재: 박지은·정재함`)?"""
    return bool(_LIST_MARK_BEFORE.search(text, max(0, start - 4), start) or _LIST_MARK_AFTER.match(text, end))
