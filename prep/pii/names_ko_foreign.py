"""Foreign names written in Hangul in Korean text (`제임스 오코너`, `응우옌 티 흐엉`, `샤르마 아르준`).

A run of two to four Hangul words of which one is a foreign given name or surname only (MeCab-ko-dic's person entries,
`data/names_ko_foreign.txt.gz`, built by `prep.pii.names_ko_build`) and the others foreign name words too (names
that are also other words, `~` in the file), beside a title or a role, a name on the same line, or in a record's
field, a table's cell or a gloss's bracket. `prep.pii.names_ko_context.MoreContexts.foreign_names` is the hook.
"""

from __future__ import annotations

import functools
import gzip
import itertools
import re
from pathlib import Path

from prep.pii.names_ko_cues import foreign_list
from prep.pii.names_ko_news import news_person
from prep.pii.names_ko_titles import MORE_TITLES

FOREIGN_PATH = Path(__file__).parent / "data" / "names_ko_foreign.txt.gz"

_HANGUL_WORDS = re.compile(r"(?<![가-힣])[가-힣]{1,6}(?:[ ][가-힣]{1,6}){1,7}(?![가-힣])")  # a name may start 4th
# A title or role right after a foreign name (or after its particle).
_FOREIGN_TITLE = re.compile(
    rf"(?:{MORE_TITLES}|씨|님|교수|선수|감독|대표|기자|작가|박사|의원|대통령|총리|장관|대사|변호사|선생님?|코치|신부|목사|"
    r"대변인|특파원|보고관|사무총장|총재|회장|셰프|배우|가수)")
# A role right before a foreign name: `특별보고관 에밀리 브라운은`, `대변인 라훌 샤르마`.
_FOREIGN_ROLE_BEFORE = re.compile(
    r"(?:보고관|대변인|특파원|사무총장|총재|대사|교수|감독|선수|작가|기자|장관|대통령|총리)[ ]$")
# A field's colon, a table's bar or a gloss's bracket right before a foreign name, and the field's end after it.
_FOREIGN_FIELD_BEFORE = re.compile(r"(?:[:：|(]|^[-•·*])[ \t]*\Z", re.M)
_FOREIGN_FIELD_AFTER = re.compile(r"[ \t]*(?:[|)(/,]|\n|\Z)")
# ... not a thing's field (`브랜드: 루이 비통`, `모델: 갤럭시 노트`, `와인: 샤토 마고`).
_THING_KEY = re.compile(
    r"(?:브랜드|상품명?|제품명?|품명|모델명?|메뉴|와인|꽃|영화|작품|곡명?|노래|앨범|게임|캐릭터|상호|도서|책|향수|차종)"
    r"[ \t]*[:：|]")
# Particles a foreign name's last word may carry (`응우옌 티 흐엉은`).
_FOREIGN_TAIL = re.compile(r"(?:씨|님)?(?:이랑|랑|에게|한테|께서|과|와|은|는|이|가|을|를|의|도)?$")

@functools.cache
def load_foreign(path: Path = FOREIGN_PATH) -> tuple[frozenset[str], frozenset[str]]:
    """Foreign given names and surnames in Hangul: (names only, names that are also other words);
    `python -m prep.pii.names_ko_build` rebuilds them."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            words = fh.read().split()
    except FileNotFoundError:
        raise ValueError(f"{path} is missing: rebuild it with `python -m prep.pii.names_ko_build`") from None
    return frozenset(w for w in words if w[0] != "~"), frozenset(w[1:] for w in words if w[0] == "~")


class ForeignNames:
    """`add(text, spans, tokens)`: runs of foreign name words that a context makes a person's, appended to `spans`."""

    def __init__(self, foreign: frozenset[str], foreign_also_words: frozenset[str]):
        self.foreign, self.foreign_also_words = foreign, foreign_also_words
        self._gate: dict[str, bool] = {}  # a Hangul word -> a foreign name only (+ a particle)
        self._foreign_words: dict[str, tuple[str, bool, bool, bool]] = {}  # `_foreign_word`

    def add(self, text: str, spans: list, tokens: set[str]) -> None:
        """Two to four Hangul words in a row that are foreign name words of the lexicon, one of them a
        name only (`제임스 오코너`, `무함마드 알리 라자`, `응우옌 티 흐엉은`; a particle stays outside)."""
        strong, gate, words_read = self.foreign, self._gate, self._foreign_words  # `tokens`: the text's Hangul words
        try:
            near = any(map(gate.__getitem__, tokens))
        except KeyError:
            if len(gate) > 100_000:
                gate.clear()
            gate.update((w, w in strong or w[:-1] in strong or w[:-2] in strong) for w in tokens - gate.keys())
            near = any(map(gate.__getitem__, tokens))
        if not near:
            return  # a run needs a word that is a foreign name only (a particle of one or two syllables after it)
        found, doubtful = list(spans), []
        for match in _HANGUL_WORDS.finditer(text):
            words = match.group().split(" ")
            at, i = match.start(), 0
            offsets = [0, *itertools.accumulate(len(w) + 1 for w in words)]  # where each word starts in the match
            read = [words_read.get(w) or self._foreign_word(w) for w in words]
            while i < len(words) - 1:
                j, end, sure = i, 0, 0
                while j < len(words) and j - i < 4:
                    bare, usable, short, strong_name = read[j]
                    if not usable or short and j in (i, len(words) - 1):  # `뮐러 선수`: no title in the name
                        break
                    sure += strong_name
                    end = offsets[j] + len(bare)
                    j += 1
                    if bare != words[j - 1]:
                        break
                start = at + offsets[i]
                if j - i >= 2 and sure and self._person_context(text, start, at + end, found):
                    spans.append((start, at + end))
                    doubtful.append((start, at + end))  # a list's other names still read beside it
                    i = j
                else:
                    if j - i >= 2 and sure:
                        doubtful.append((start, at + end))
                    i += 1
        spans.extend(foreign_list(text, doubtful))

    def _foreign_word(self, word: str) -> tuple[str, bool, bool, bool]:
        """What `add` reads of a word alone: (the word less a particle, a foreign name word and no
        title, shorter than two syllables, a foreign name only), kept per word."""
        strong, weak = self.foreign, self.foreign_also_words
        bare = word if word in strong or word in weak else _FOREIGN_TAIL.sub("", word)
        usable = (bare in strong or bare in weak) and not _FOREIGN_TITLE.fullmatch(bare)
        if len(self._foreign_words) > 100_000:
            self._foreign_words.clear()
        read = self._foreign_words[word] = (bare, usable, len(bare) < 2, bare in strong and len(bare) >= 2)
        return read

    def _person_context(self, text: str, start: int, end: int, found: list) -> bool:
        """Is a foreign-looking run a person's name here: a title follows (`리우 펑 성도`) or a name
        found otherwise stands on the same line (`봉사자 명단: 강기쁨 제임스 오코너 안한별`)? Alone,
        loanwords of the dictionary's person names pass too (`호스트 이름`, `커밋 그래프`)."""
        after = text[end:end + 6].lstrip()
        if _FOREIGN_TITLE.match(after) or _FOREIGN_ROLE_BEFORE.search(text, max(0, start - 8), start) \
                or news_person(text, start, end):  # `공격수 해리 케인`, `마르코 베른스(27)` (round 15)
            return True
        if _FOREIGN_FIELD_BEFORE.search(text, max(0, start - 4), start) and _FOREIGN_FIELD_AFTER.match(text, end) \
                and not _THING_KEY.search(text, text.rfind("\n", 0, start) + 1, start):
            return True  # a record's field or a table's cell (`담당: 샤르마 아르준 (신규)`, `| 아이작 오콘쿼 |`)
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start:line_end].strip(" -•·*\t") == text[start:end]:  # a list item: a name on the line beside
            line_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
            line_end = text.find("\n", line_end + 1)
            line_end = len(text) if line_end < 0 else line_end
        return any(line_start <= a and b <= line_end for a, b in found)
