"""Sentence splitting into the BERT input format: one sentence per line, a blank line between documents.

NSP examples are built from sentence boundaries, so a false boundary teaches the model that half a
sentence is a whole one. The rules are deliberately conservative: when in doubt, do not split.

How it works: one compiled regex finds *candidate* ends (a run of `. ! ? …` plus closing quotes or
brackets, followed by whitespace; or a Korean verb ending followed by whitespace and Hangul, with no
punctuation at all). Each candidate is then accepted or rejected by looking at the word before it
and the word after it, never at earlier decisions, so the Python work is per candidate (about per
sentence), not per character, and `normalize_text` can ask about line ends alone.
Boundaries only ever fall on whitespace, so no character is lost and placeholders such as `[PERSON]`
(no whitespace, no `.!?` inside) are never split.

Decisions worth knowing (each has a test):
- English: `. ! ?` end a sentence unless the next word starts lowercase or with `, ; :`. A single `.`
  after an abbreviation does not: titles (`Mr.`, `Dr.`, `e.g.`, `vs.` ...) never end a sentence;
  `No.`/`Fig.`/`p.` do not before a number; ambiguous ones (`etc.`, `Inc.`, `U.S.`, `a.m.`, `Jan.` ...)
  end a sentence only before a common sentence starter (`The`, `He`, `I`, `But` ...). Single capital
  letters are initials (`J. R. R. Tolkien`).
- Numbers: `2010. 11. 12.` is not split inside, and a full date `YYYY. M. D.` is never a boundary,
  even at the end of a sentence (Korean writes `2010. 11. 12. 선고` inside sentences far more often
  than it ends one with a date). A bare number + `.` followed by a digit or Hangul is not a boundary
  (dates, inline `1. 첫째`); followed by an English capital it is (`born in 1990. Then`).
- List items: an enumerator opening a line (`1.`, `(2.`, `a.`, `IV.`, `가.`) is not a sentence.
  Line-start list items arrive on their own line from `normalize_text`, and every newline is a boundary.
- Korean without punctuation: `다 / 요 / 죠 / 니다` + whitespace + Hangul is a boundary only after a
  verb ending: `ㅆ다` (했다 있다 였다 었다 았다 겠다 왔다 갔다 ...), `한다 된다 는다 없다 이다`, `니다`,
  `해요 예요 에요 어요 아요 여요 워요 와요 봐요 줘요 돼요 네요 군요 세요 래요 대요 데요 까요 지요 든요`,
  `죠`. So `다른`, `다음`, `다시`, `바다`, `보다` never split, and neither does an ending followed by a
  word that continues a quotation or connective (`왔다 한다`, `있다 보니`) or by a placeholder
  (`했다 [PERSON]는`: a placeholder never causes a boundary). `...했다 그리고 ...` IS a boundary:
  informal Korean often drops the period, and `그리고` opens the next sentence.
- Closing quotes/brackets stay with their sentence (`말했다." 그리고` splits after the quote); a quote
  followed directly by a particle (`"좋다."고`) has no whitespace and is never a boundary.
"""

from __future__ import annotations

import re

_CLOSERS = "\"'”’»)\\]}」』》〉】"
# Every Hangul syllable whose final consonant is ㅆ (있 었 았 였 했 겠 왔 갔 됐 ...): `ㅆ다` is always a
# past-tense or existential verb ending, never part of a noun.
_SSANG_SIOT_FINAL = "".join(chr(0xAC00 + 28 * i + 20) for i in range(19 * 21))
_SENTENCE_PUNCT = ".!?…。！？‼⁇⁈⁉"

_KOREAN_VERB_ENDING = (
    rf"(?:[{_SSANG_SIOT_FINAL}한된는없이]다|니다|[해예에어아여워와봐줘돼네군세래대데까지든]요|죠)"
)


def _compile_candidates(space: str) -> re.Pattern:
    """A candidate end: a run of sentence punctuation (matched only from the start of the run, so a long
    run of dots costs O(n), not O(n^2)) plus closers, before `space` or the end of the text; or a Korean
    verb ending plus closers, before `space` and a Hangul syllable."""
    return re.compile(
        rf"(?<![{_SENTENCE_PUNCT}])(?P<punct>[{_SENTENCE_PUNCT}]++)[{_CLOSERS}]*+(?={space}|$)"
        rf"|(?P<korean>{_KOREAN_VERB_ENDING})[{_CLOSERS}]*+(?={space}[가-힣])"
    )


_CANDIDATE_RE = _compile_candidates(r"\s+")
_CANDIDATE_BEFORE_LINE_BREAK_RE = _compile_candidates(r"\n")
_WHITESPACE_RUN_RE = re.compile(r"\s+")
_LATIN_WORD_RE = re.compile(r"[A-Za-z]+")
_HANGUL_WORD_RE = re.compile(r"[가-힣]+")
_DIGITS_RE = re.compile(r"\d+")
_DOTTED_ABBREVIATION_RE = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # `U.S`, `e.g`, `a.m` (final dot excluded)
_FULL_DATE_END_RE = re.compile(r"\d{2,4}\.\s?\d{1,2}\.\s?\d{1,2}$")
# An enumerator that opens a list item: `1.`, `(2.`, `a.`, `IV.`, `가.` (the dot is the candidate).
_ENUMERATOR_RE = re.compile(r"\d{1,3}|[A-Za-z]|[ivxlcIVXLC]{2,6}|[가나다라마바사]")
_OPENERS = "\"'“‘«([{「『《〈【"

# Titles and Latin shorthands that are followed by more of the same sentence.
_ABBREVIATIONS_NEVER_FINAL = frozenset(
    "mr mrs ms mx dr prof st mt rev gen col capt lt sgt gov sen rep vs cf viz approx e.g i.e".split()
)
# Shorthands before a number (`No. 5`, `Fig. 3`, `p. 12`); elsewhere they may end one (`No. I disagree.`).
_ABBREVIATIONS_BEFORE_NUMBER = frozenset("no nos fig figs vol vols p pp art sec ch eq ref tab".split())
# Shorthands that often end a sentence too (`... at 7 a.m. Then ...`): a boundary only before a common
# sentence starter.
_ABBREVIATIONS_AMBIGUOUS = frozenset(
    "etc inc ltd co corp jr sr al a.m p.m u.s u.k u.n "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_ABBREVIATION_KIND = {
    **dict.fromkeys(_ABBREVIATIONS_NEVER_FINAL, "never_final"),
    **dict.fromkeys(_ABBREVIATIONS_BEFORE_NUMBER, "before_number"),
    **dict.fromkeys(_ABBREVIATIONS_AMBIGUOUS, "ambiguous"),
}
_SENTENCE_STARTERS = frozenset(
    "the a an i he she it we they you this that these those there his her its our their my "
    "but and so then however in on at after before when if as for meanwhile also yet what why how who".split()
)
# Words that continue a clause after a `...다` / `...요` ending:
# quotative `왔다 한다`, connective `있다 보니`.
_KOREAN_CONTINUATIONS = frozenset(
    "한다 한다고 한다는 한다면 하더라 하더라도 하던데 해도 하면 하며 하니 하니까 하는 하여 해서 하고 "
    "합니다 했다 했다고 했지만 보니 보니까 보면 보고 치고 치면 치더라도".split()
)


def split_sentences(text: str, *, min_sentence_chars: int = 1) -> list[str]:
    """Sentences of one (normalized) document, in order, each stripped, non-empty, without newlines.

    Paragraph breaks and remaining single newlines are always boundaries (`normalize_text` has already
    re-joined hard-wrapped lines). A sentence shorter than `min_sentence_chars` is merged into the
    previous one (the first into the next), so a stray `Ok.` or list marker does not become an NSP
    segment of its own.
    """
    if min_sentence_chars < 1:
        raise ValueError(f"min_sentence_chars must be >= 1, found {min_sentence_chars}; use 1 to keep all")
    sentences: list[str] = []
    for line in text.splitlines():  # every line-break character, not only "\n": output has none
        start = 0
        for cut in sentence_cut_offsets(line):
            _append_stripped(sentences, line[start:cut])
            start = cut
        _append_stripped(sentences, line[start:])
    if min_sentence_chars > 1:
        sentences = _merge_short(sentences, min_sentence_chars)
    return sentences


def format_document(sentences: list[str]) -> str:
    """'\\n'.join(sentences) + '\\n' -- one document in BERT input format (the caller adds the blank line).

    An empty list gives "" (not "\\n", which would read as an extra document break). A sentence that is
    blank or holds a newline would silently corrupt the document structure, so it is refused.
    """
    if not sentences:
        return ""
    for index, sentence in enumerate(sentences):
        if not sentence.strip() or "\n" in sentence or "\r" in sentence:
            raise ValueError(
                f"sentence {index} is blank or contains a line break; pass the output of split_sentences"
            )
    return "\n".join(sentences) + "\n"


def sentence_cut_offsets(line: str) -> list[int]:
    """Offsets in `line` (no newlines) where a sentence ends: each is the index of the whitespace
    that follows the sentence. Each decision looks only at the words around the candidate, never at
    earlier decisions, so `sentence_ending_line_breaks` can evaluate just the candidates at line ends."""
    cuts: list[int] = []
    length = len(line)
    for match in _CANDIDATE_RE.finditer(line):
        end = match.end()
        if end < length:
            next_start = _WHITESPACE_RUN_RE.match(line, end).end()
            if next_start < length and _ends_sentence(line, match, next_start):
                cuts.append(end)
    return cuts


def sentence_ending_line_breaks(paragraph: str) -> set[int]:
    """Offsets of the "\n" characters in `paragraph` (lines already stripped) after which a sentence ends,
    judged as if every "\n" were a space. `normalize_text` keeps exactly these hard line breaks; since
    the judgement does not depend on which breaks an earlier pass kept, normalizing is idempotent."""
    flat = paragraph.replace("\n", " ")
    return {
        match.end()
        for match in _CANDIDATE_BEFORE_LINE_BREAK_RE.finditer(paragraph)
        if match.end() + 1 < len(flat) and _ends_sentence(flat, match, match.end() + 1)
    }


def _ends_sentence(line: str, match: re.Match, next_start: int) -> bool:
    if match.group("punct") is None:  # a Korean verb ending without punctuation
        next_word = _HANGUL_WORD_RE.match(line, next_start)
        return next_word is not None and next_word.group() not in _KOREAN_CONTINUATIONS
    next_char = line[next_start]
    if next_char.islower() or next_char in ",;:":
        return False  # `Wait... what`, `"Stop!" he said`, `e.g. apples`
    if match.group("punct") != ".":
        return True  # `!`, `?`, ellipsis, or a run: nothing else to check
    punct_start = match.start("punct")
    word_start = line.rfind(" ", 0, punct_start) + 1
    word = line[word_start:punct_start].lstrip(_OPENERS)
    if word_start == 0 and _ENUMERATOR_RE.fullmatch(word):
        return False  # a list item opening its line: `1. The`, `IV. Results`, `가. 항목`
    if word[-1:].isdigit():
        if _FULL_DATE_END_RE.search(line, max(0, punct_start - 16), punct_start):
            return False  # `2010. 11. 12.` / `2010.11.12.`: never a boundary, even at the end of a sentence
        if _DIGITS_RE.fullmatch(word) and (next_char.isdigit() or "가" <= next_char <= "힣"):
            return False  # inside a date `2010. 11.`, inline `1. 첫째 2. 둘째`
        return True
    if len(word) == 1 and word.isupper():
        return False  # an initial: `J. R. R. Tolkien`
    kind = _ABBREVIATION_KIND.get(word.lower())
    if kind is None:
        if "." not in word or not _DOTTED_ABBREVIATION_RE.fullmatch(word):
            return True
        kind = "ambiguous"
    if kind == "before_number":
        return not next_char.isdigit()
    if kind == "ambiguous":
        next_word = _LATIN_WORD_RE.match(line, next_start)
        return next_word is not None and next_word.group().lower() in _SENTENCE_STARTERS
    return False  # never final


def _append_stripped(sentences: list[str], piece: str) -> None:
    piece = piece.strip()
    if piece:
        sentences.append(piece)


def _merge_short(sentences: list[str], min_chars: int) -> list[str]:
    merged: list[str] = []
    for sentence in sentences:
        if merged and (len(sentence) < min_chars or len(merged[-1]) < min_chars):
            merged[-1] = f"{merged[-1]} {sentence}"  # short: join the previous (the first joins the next)
        else:
            merged.append(sentence)
    return merged
