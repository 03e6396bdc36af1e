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
- Inside a parenthesis that closes later on the line there is no boundary (`(Bldg. 4, Rm. 210)`).
- A `.` after an ordinary lowercase word of 5+ letters ends a sentence even before a lowercase word
  (`was dying. swapped it`); `St.` after a capitalized word is Street (`on Pier St. Firefighters`).
- Closing quotes/brackets stay with their sentence (`말했다." 그리고` splits after the quote); a quote
  followed directly by a particle (`"좋다."고`) has no whitespace and is never a boundary.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

_CLOSERS = "\"'”’»)\\]}」』》〉】"
_CLOSERS_NOT_QUOTES = "'’»)\\]}」』》〉】"  # after `"` / `”` Python checks for an attribution (`"Why?" I asked`)
# Every Hangul syllable whose final consonant is ㅆ (있 었 았 였 했 겠 왔 갔 됐 ...): `ㅆ다` is always a
# past-tense or existential verb ending, never part of a noun.
_SSANG_SIOT_FINAL = "".join(chr(0xAC00 + 28 * i + 20) for i in range(19 * 21))
_SENTENCE_PUNCT = ".!?…。！？‼⁇⁈⁉"

# The verb endings, written as a lookbehind checked after the final `다` / `요` / `죠` has matched: every
# candidate then starts with one character of `_CANDIDATE_FIRST`, which lets `re` scan for it at C speed
# instead of trying the whole pattern at every position.
# Informal nominal endings (`가봤음`, `식단함`, `고민임`, `교체해야 됨`) and `-냐` end a sentence too: `ㅆ음` and a few
# adjective stems + `음`, any `함` but the nouns `포함 고함 (불)편함`, `됨`, `임` after two syllables (not
# `게임 모임 책임`) or after `것 중 거 뿐`.
_KOREAN_VERB_ENDING_BEHIND = (
    rf"(?:(?<=[{_SSANG_SIOT_FINAL}한된는없이니]다)|(?<=[해예에어아여워와봐줘돼네군세래대데까지든게]요)|(?<=죠)"
    rf"|(?<=[{_SSANG_SIOT_FINAL}없같좋싫많않받먹]음)|(?<=함)(?<!포함)(?<!고함)(?<!편함)|(?<=됨)"
    rf"|(?<=[가-힣][가-힣]임)(?<!게임)(?<!모임)(?<!책임)|(?<=[것중거뿐]임)|(?<=[가-힣]냐))"
)
# Emoticons and emoji (`ㅋㅋ ㅎㅎ ㅠㅠ ;; ^^ :) 🎉`) stay with the sentence before them and end it when more
# follows; one that opens a line, or follows a `name:` label, opens the sentence instead (`ㅇㅋ 5분 뒤 봐`).
_EMOJI = "\u2600-\u27bf\U0001f300-\U0001faff"
_EMOTICON_RUN_REST = rf"(?:[ㄱ-ㅣ{_EMOJI}\ufe0f\u200d]|;;|\^\^|:[)D(P])*+[;^]*+"  # after the first character
_KOREAN_ENDING_LAST = "다요죠음함됨임냐"
_EMOTICON_FIRST = f"ㄱ-ㅣ{_EMOJI};^:"
_CANDIDATE_FIRST = f"{_SENTENCE_PUNCT}{_KOREAN_ENDING_LAST}{_EMOTICON_FIRST}"
_ASCII_CANDIDATE_FIRST = ".!?;^:"  # the ASCII characters of `_CANDIDATE_FIRST` (tested)


def _compile_candidates(
    space: str, space_run: str, end: str = "|$", space_behind: str = r"\s", for_split: bool = False,
    first: str = _CANDIDATE_FIRST,
) -> re.Pattern:
    """A candidate end: a run of sentence punctuation (matched only from the start of the run, so a long
    run of dots costs O(n), not O(n^2)) plus closers, before `space` or the end of the text (`end`); or a
    Korean verb ending plus closers, before `space` and a Hangul word. `space_behind` is the space an
    emoticon may follow after a word (`좋아 ㅋㅋ`).

    The regex also decides the common cases itself, so Python runs only for the rare ones. A match whose
    last group is `cut` ends a sentence: a Korean verb ending before a Hangul word that does not continue
    the clause, or punctuation that no rule of `_punct_ends_sentence` can hold back (a run or `!?…`, or a
    single `.` after two Hangul syllables, after a Hangul syllable that is no enumerator, after two or
    more Latin letters that are neither a Roman numeral nor a listed abbreviation, or after four
    ASCII digits (no enumerator, no date) before a word that starts with no digit or Hangul) followed by a
    next word that starts with no lowercase letter, `,`, `;` or `:`. Any other match (group `run` last) is
    decided by `_punct_ends_sentence`. Every shortcut is an exact special case of that function (tested
    on generated documents against the rules alone).

    `for_split`: for `re.split`, groups: the match, and "" where `_punct_ends_sentence` must decide. `first`:
    what a candidate may start with (the ASCII ones for ASCII text: a smaller class to scan for)."""
    punct, closers = _SENTENCE_PUNCT, _CLOSERS
    not_continuation = "(?!(?:" + "|".join(sorted(_KOREAN_CONTINUATIONS, key=len, reverse=True)) + ")(?![가-힣]))"
    by_length: dict[int, list[str]] = {}
    for word in _ABBREVIATION_KIND:
        if word.isalpha() and len(word) >= 2:
            by_length.setdefault(len(word), []).append(word)
    # All the Latin letters before the dot are no listed abbreviation in any case (`journal.`, not `al.`) and
    # no Roman numeral (`bill.`, not `ii.`); each test looks at the last two letters first; tries of case
    # classes, not `(?i:...)` alternations, which `re` tries one by one.
    last_two = {word[-2:] for words in by_length.values() for word in words}
    not_abbreviation = (
        rf"(?:(?<!{_case_trie(last_two)}\.)|"
        + "".join(rf"(?<!(?<![A-Za-z]){_case_trie(words)}\.)" for _, words in sorted(by_length.items())) + ")"
    )
    roman = "[ivxlcIVXLC]"
    not_roman_numeral = (
        rf"(?:(?<!{roman}{roman}\.)|" + "".join(rf"(?<!(?<![A-Za-z]){roman}{{{n}}}\.)" for n in range(2, 7)) + ")"
    )
    sure_single_dot = (  # (the order of alternatives does not change what matches: Latin text first)
        rf"(?<=[A-Za-z][A-Za-z]\.){not_roman_numeral}{not_abbreviation}"
        rf"|(?<=[가-힣 ][가-힣]\.)|(?<=[가-힣]\.)(?<![가나다라마바사]\.)"
        rf"|(?<=[0-9][0-9][0-9][0-9]\.)(?![{_CLOSERS_NOT_QUOTES}]*+{space_run}[0-9가-힣])"  # `... 010-1234-5678. The`
    )
    # next word: ASCII that is not lowercase / `,;:^` / whitespace, or Hangul
    next_word_ok = rf"(?={space_run}[^a-z,;:^\s\x80-\U0010ffff]|{space_run}[가-힣])"
    # Every match runs from its first character through characters of this class to `space` or the end:
    # checked first, it rejects most characters inside a word (`다른`, `함께`, `3.14`, `10:30`) at once.
    run_to_space = rf"(?=[{punct}{closers}{_EMOTICON_FIRST}\ufe0f\u200d)D(P]*+(?:{space}{end}))"
    run, cut, korean, emoticon, undecided = (
        ("(?:", "", "", "", "()") if for_split else ("(?P<run>", "(?P<cut>)", "(?P<korean>)", "(?P<emoticon>)", ""))
    return re.compile(
        ("(" if for_split else "") +
        rf"[{first}]{run_to_space}(?:"
        rf"(?<=[{punct}])(?<![{punct}][{punct}]){run}[{punct}]*+)"
        rf"(?:(?:{sure_single_dot}|(?<=[^.])|(?<=[{punct}][{punct}]))[{_CLOSERS_NOT_QUOTES}]*+{next_word_ok}{cut}"
        rf"|[{closers}]*+(?={space}{end}){undecided})"
        # (the space is checked before the endings: `니다.` fails at once)
        rf"|(?<=[{_KOREAN_ENDING_LAST}])(?=[{closers}]*+{space})"
        rf"{_KOREAN_VERB_ENDING_BEHIND}[{closers}]*+(?={space}{not_continuation}[가-힣])"
        rf"{korean}"
        rf"|(?<=[{_EMOTICON_FIRST}])(?<![{_EMOTICON_FIRST}\ufe0f\u200d].)(?:(?<=\S.)|(?<=[^\s:]{space_behind}.))"
        rf"(?:(?<=[ㄱ-ㅣ{_EMOJI}])|(?<=;);|(?<=\^)\^|(?<=:)[)D(P]){_EMOTICON_RUN_REST}"
        rf"[{closers}]*+(?={space_run}\S){emoticon}"
        rf")" + (")" if for_split else "")
    )


# `(?i:x)` in `re` matches these code points beyond `x` and `X` (tested over all of Unicode).
_CASE_FOLD_EXTRAS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _case_trie(words: set[str] | list[str]) -> str:
    """A regex matching exactly what `(?i:w1|w2|...)` matches for lowercase ASCII `words` of one length, as
    a trie of case classes (`[mM](?:[rR]|[sSſ])`): `re` skips a branch on its first class."""
    branches: dict[str, list[str]] = {}
    for word in sorted(words):
        branches.setdefault(word[:1], []).append(word[1:])
    if "" in branches:
        return ""
    alternatives = [f"[{c}{c.upper()}{_CASE_FOLD_EXTRAS.get(c, '')}]{_case_trie(rest)}" for c, rest in branches.items()]
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


_WHITESPACE_RUN_RE = re.compile(r"\s+")
_LATIN_WORD_RE = re.compile(r"[A-Za-z]+")
_HANGUL_WORD_RE = re.compile(r"[가-힣]+")
_HANGUL_RE = re.compile(r"[가-힣ᄀ-ᇿ]")
_LATIN_SENTENCE_END_RE = re.compile(rf"[A-Za-z0-9][{_SENTENCE_PUNCT}]+[{_CLOSERS}]*$")
_DIGITS_RE = re.compile(r"\d+")
_DOTTED_ABBREVIATION_RE = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # `U.S`, `e.g`, `a.m` (final dot excluded)
_FULL_DATE_END_RE = re.compile(r"\d{2,4}\.\s?\d{1,2}\.\s?\d{1,2}$")
# An enumerator that opens a list item: `1.`, `(2.`, `a.`, `IV.`, `가.` (the dot is the candidate).
_ENUMERATOR_RE = re.compile(r"\d{1,3}|[A-Za-z]|[ivxlcIVXLC]{2,6}|[가나다라마바사]")
_OPENERS = "\"'“‘«([{「『《〈【"
_AFTER_OPENER_RE = re.compile(r".*[(\[{\"“‘«「『《〈【]")
_ITEM_BEFORE = f"{_SENTENCE_PUNCT}{_CLOSERS}"
_LABEL_AFTER_RE = re.compile(r"(?:[A-Z]|[IVX]{1,4})[.,)]")  # `App. B.`, `Part II,`
# A set, not a regex: one hash lookup per candidate that reaches Python (`_punct_ends_sentence`).
_EMOTICON_START_CHARS = frozenset(
    chr(c) for first, last in (("ㄱ", "ㅣ"), ("\u2600", "\u27bf"), ("\U0001f300", "\U0001faff"))
    for c in range(ord(first), ord(last) + 1)
)

# Titles and Latin shorthands that are followed by more of the same sentence.
_ABBREVIATIONS_NEVER_FINAL = frozenset(
    "mr mrs ms mx dr prof st mt rev gen col capt lt sgt gov sen rep vs v cf viz approx e.g i.e".split()
)
# Shorthands before a number (`No. 5`, `Fig. 3`, `p. 12`); elsewhere they may end one (`No. I disagree.`).
_ABBREVIATIONS_BEFORE_NUMBER = frozenset("no nos fig figs vol vols p pp art sec ch eq ref tab app appx".split())
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
# After a time (`10:30 p.m.`) a capitalized word starts a new sentence unless it is a day, month or zone.
_TIME_CONTINUATIONS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun "
    "january february march april may june july august september october november december jan feb mar apr jun "
    "jul aug sep sept oct nov dec sharp est edt cst cdt mst mdt pst pdt et ct pt utc gmt kst bst cet".split()
)
# A capital letter after one of these is a label (`Appendix B. Our`), not an initial.
_LETTER_LABELS = frozenset(
    "app appx appendix table tab fig figure section sec part exhibit schedule annex class type grade vitamin "
    "option plan group step phase item model form".split()
)
_SPEECH_VERBS = frozenset(
    "said says asked asks replied whispered yelled shouted cried told added wrote writes explained noted "
    "continued answered muttered called insisted admitted argued warned recalled announced declared".split()
)
_SENTENCE_STARTERS = frozenset(
    "the a an i he she it we they you this that these those there his her its our their my "
    "but and so then however in on at after before when if as for meanwhile also yet what why how who "
    "still nothing none please thanks any all some each every both many most such here now today".split()
)
# `St.` after one of these is Saint (`Mount St. Helens`); after another capitalized word it is Street.
_SAINT_BEFORE = frozenset("mount mt fort ft port lake cape san santa".split())
# A word this long, all lowercase letters and not a listed abbreviation, is an ordinary word: its period
# ends a sentence even before a lowercase word (`the PSU was dying. swapped it`, informal text). Shorter
# ones may be unlisted shorthands (`dept. spokesman`, `cust. at`, `incl. tax`).
_MIN_WORD_BEFORE_LOWERCASE = 5
# Words that continue a clause after a `...다` / `...요` ending:
# quotative `왔다 한다`, connective `있다 보니`.
_KOREAN_CONTINUATIONS = frozenset(
    "한다 한다고 한다는 한다면 하더라 하더라도 하던데 해도 하면 하며 하니 하니까 하는 하여 해서 하고 "
    "합니다 했다 했다고 했지만 보니 보니까 보면 보고 치고 치면 치더라도 없이 속에".split()
)
_CANDIDATE_RE = _compile_candidates(r"\s", r"\s+")
_CANDIDATE_BEFORE_LINE_BREAK_RE = _compile_candidates(r"\n", r"\n")
_CANDIDATE_BEFORE_LINE_BREAK_ASCII_RE = _compile_candidates(r"\n", r"\n", first=_ASCII_CANDIDATE_FIRST)
# `_CANDIDATE_RE`'s candidates of every line, found in one scan of a document whose only line break is "\n":
# a space is any whitespace but "\n"; none at a line end (the break is the boundary). Tested against it.
_CANDIDATE_SPLIT_RE, _CANDIDATE_SPLIT_ASCII_RE = (_compile_candidates(
    r"[^\S\n]", r"[^\S\n]+", end="", space_behind=r"[^\S\n]", for_split=True, first=first)
    for first in (_CANDIDATE_FIRST, _ASCII_CANDIDATE_FIRST))
_CUT_GROUPS = frozenset(("cut", "korean", "emoticon"))


def split_sentences(
    text: str, *, min_sentence_chars: int = 1, cut_offsets: Callable[[str], list[int]] | None = None
) -> list[str]:
    """Sentences of one (normalized) document, in order, each stripped, non-empty, without newlines.

    Paragraph breaks and remaining single newlines are always boundaries (`normalize_text` has already
    re-joined hard-wrapped lines). A sentence shorter than `min_sentence_chars` is merged into the
    previous one (the first into the next), so a stray `Ok.` or list marker does not become an NSP
    segment of its own. `cut_offsets` replaces the rule-based `sentence_cut_offsets` (another backend:
    `sentence_splitter("kiwi")`).
    """
    cut_offsets = cut_offsets or sentence_cut_offsets
    if min_sentence_chars < 1:
        raise ValueError(f"min_sentence_chars must be >= 1, found {min_sentence_chars}; use 1 to keep all")
    if cut_offsets is sentence_cut_offsets and text.replace("\n", " ").isprintable():
        sentences = _split_by_rules(text)  # printable: no line break but "\n" (`splitlines` splits on 9 more)
        return _merge_short(sentences, min_sentence_chars) if min_sentence_chars > 1 else sentences
    sentences: list[str] = []
    append = sentences.append
    for line in text.splitlines():  # every line-break character, not only "\n": output has none
        cuts = cut_offsets(line)
        if cuts:
            start = 0
            for cut in cuts:
                if piece := line[start:cut].strip():
                    append(piece)
                start = cut
            line = line[start:]
        if line := line.strip():
            append(line)
    if min_sentence_chars > 1:
        sentences = _merge_short(sentences, min_sentence_chars)
    return sentences


def _split_by_rules(text: str) -> list[str]:
    """`split_sentences` with the rules, for a text whose only line break is "\\n", in one
    `_CANDIDATE_SPLIT_RE.split` and C-level list work: a "\\n" goes after every candidate that ends a
    sentence, and the text is split on every line break. Python runs only for a candidate that
    `_punct_ends_sentence` must judge and, in a text with a "(", for every candidate (the parenthesis rule)."""
    # text before a candidate, the candidate, "" if undecided else None
    parts = (_CANDIDATE_SPLIT_ASCII_RE if text.isascii() else _CANDIDATE_SPLIT_RE).split(text)
    undecided = parts[2::3]
    breaks = ["\n"] * len(undecided)
    if "(" in text:
        end = 0
        for index, (piece, candidate, flag) in enumerate(zip(parts[0::3], parts[1::3], undecided, strict=False)):
            end += len(piece) + len(candidate)
            start = end - len(candidate)
            if candidate[0] in _SENTENCE_PUNCT or candidate[0] in _KOREAN_ENDING_LAST:  # no emoticon
                line_start, line_end = text.rfind("\n", 0, end) + 1, text.find("\n", end)
                line = text[line_start:] if line_end < 0 else text[line_start:line_end]
                if "(" in line and _inside_parentheses(line, end - line_start):
                    breaks[index] = ""
                    continue
            if flag == "" and not _run_ends_sentence(text, start, start + len(candidate.rstrip(_CLOSERS)), end):
                breaks[index] = ""
    elif "" in undecided:
        pieces, candidates, index, end, counted = parts[0::3], parts[1::3], -1, 0, 0
        for _ in range(undecided.count("")):  # jump from one undecided candidate to the next
            index = undecided.index("", index + 1)
            end += sum(map(len, pieces[counted:index + 1])) + sum(map(len, candidates[counted:index + 1]))
            counted = index + 1
            start = end - len(candidates[index])
            if not _run_ends_sentence(text, start, start + len(candidates[index].rstrip(_CLOSERS)), end):
                breaks[index] = ""
    parts[2::3] = breaks
    return list(filter(None, map(str.strip, "".join(parts).split("\n"))))


def _run_ends_sentence(text: str, start: int, run_end: int, end: int) -> bool:
    """`sentence_cut_offsets`' judgement of candidate text[start:end] (run to `run_end`) on its line."""
    line_start = text.rfind("\n", 0, end) + 1
    line_end = text.find("\n", end)
    line = text[line_start:] if line_end < 0 else text[line_start:line_end]
    next_start, length = end + 1 - line_start, len(line)
    if next_start < length and line[next_start].isspace():
        next_start = _WHITESPACE_RUN_RE.match(line, end - line_start).end()
    return next_start < length and _punct_ends_sentence(line, start - line_start, run_end - line_start, next_start)


@cache
def sentence_splitter(backend: str = "rules") -> Callable[[str], list[int]]:
    """The cut-offset function of a backend: "rules" (this module) or "kiwi" (kiwipiepy's Korean sentence
    splitter on lines that hold Hangul, these rules elsewhere). Built once per process."""
    if backend == "rules":
        return sentence_cut_offsets
    if backend == "kiwi":
        return KiwiCutter()
    raise ValueError(f"unknown sentence-splitting backend {backend!r}; use \"rules\" or \"kiwi\"")


class KiwiCutter:
    """Sentence ends from kiwipiepy (a Korean morphological analyzer whose model ships in the
    `kiwipiepy_model` wheel: nothing is downloaded). Only ends that fall on whitespace are kept, so the
    output invariants of `split_sentences` hold; lines without Hangul use the rules."""

    def __init__(self):
        try:
            from kiwipiepy import Kiwi
        except ImportError as exc:
            raise ValueError('split.backend = "kiwi" needs kiwipiepy; pip install kiwipiepy') from exc
        self._kiwi = Kiwi()

    def __call__(self, line: str) -> list[int]:
        if not _HANGUL_RE.search(line):
            return sentence_cut_offsets(line)
        length = len(line)
        cuts = {s.end for s in self._kiwi.split_into_sents(line)[:-1] if s.end < length and line[s.end].isspace()}
        # Kiwi leaves English inside a Korean line unsplit: add the rules' ends after a Latin word or number.
        cuts.update(c for c in sentence_cut_offsets(line) if _LATIN_SENTENCE_END_RE.search(line, max(0, c - 12), c))
        return sorted(cuts)


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
    parenthesized = "(" in line
    for match in _CANDIDATE_RE.finditer(line):
        end = match.end()
        if parenthesized and match.lastgroup != "emoticon" and _inside_parentheses(line, end):
            continue
        if match.lastgroup in _CUT_GROUPS:
            cuts.append(end)  # decided by the regex alone
            continue
        if end >= length:
            continue
        next_start = end + 1
        if next_start < length and line[next_start].isspace():
            next_start = _WHITESPACE_RUN_RE.match(line, end).end()
        if next_start < length and _punct_ends_sentence(line, match.start(), match.end("run"), next_start):
            cuts.append(end)
    return cuts


def sentence_ending_line_breaks(paragraph: str) -> set[int]:
    """Offsets of the "\n" characters in `paragraph` (lines already stripped) after which a sentence ends,
    judged as if every "\n" were a space. `normalize_text` keeps exactly these hard line breaks; since
    the judgement does not depend on which breaks an earlier pass kept, normalizing is idempotent."""
    flat = None  # made only for a candidate that `_punct_ends_sentence` must judge
    cuts = set()
    last = len(paragraph) - 1
    parenthesized = "(" in paragraph
    pattern = _CANDIDATE_BEFORE_LINE_BREAK_ASCII_RE if paragraph.isascii() else _CANDIDATE_BEFORE_LINE_BREAK_RE
    for match in pattern.finditer(paragraph):
        end = match.end()
        if end >= last:
            continue
        if parenthesized and match.lastgroup != "emoticon" and _inside_parentheses(paragraph, end):
            continue
        if match.lastgroup in _CUT_GROUPS:
            cuts.add(end)
            continue
        flat = flat or paragraph.replace("\n", " ")
        if _punct_ends_sentence(flat, match.start(), match.end("run"), end + 1):
            cuts.add(end)
    return cuts


def _punct_ends_sentence(line: str, punct_start: int, punct_end: int, next_start: int) -> bool:
    """Whether the punctuation run line[punct_start:punct_end] (plus closers) ends a sentence, given the
    first character of the next word at `next_start`."""
    next_char = line[next_start]
    if next_char.islower():  # `Wait... what`, `"Stop!" he said`, `Is it? no`, `e.g. apples`
        run = line[punct_start:punct_end]  # a run of `!`/`?` without a quote: `it worked!! thanks`
        if run == ".":  # `was dying. swapped it` (informal text), but `approx. one`, `dept. spokesman`
            word = line[line.rfind(" ", 0, punct_start) + 1:punct_start]
            return (len(word) >= _MIN_WORD_BEFORE_LOWERCASE and word.isalpha() and word.islower()
                    and word.isascii() and word not in _ABBREVIATION_KIND and line[punct_end].isspace())
        return len(run) > 1 and line[punct_end].isspace() and "." not in run and "…" not in run
    if next_char in ",;:^" or next_char in _EMOTICON_START_CHARS:
        return False  # an emoticon after the mark stays with the sentence (`축하해!!! 🎉`)
    if line[punct_end] in "\"”" and _is_attribution(line, next_start):
        return False  # `"Are they gone?" I whispered.`
    if punct_end - punct_start > 1 or line[punct_start] != ".":
        return True  # `!`, `?`, ellipsis, or a run: nothing else to check
    word_start = line.rfind(" ", 0, punct_start) + 1
    word = line[word_start:punct_start].lstrip(_OPENERS)
    if word_start == 0 and _ENUMERATOR_RE.fullmatch(word):
        return False  # a list item opening its line: `1. The`, `IV. Results`, `가. 항목`
    if not word.isalnum() and (opener := _AFTER_OPENER_RE.match(word)) is not None:
        word = word[opener.end():]  # `견적서(No. 24-118)`
        if not word:
            return True
    if word[-1:].isdigit():
        if _FULL_DATE_END_RE.search(line, max(0, punct_start - 16), punct_start):
            return False  # `2010. 11. 12.` / `2010.11.12.`: never a boundary, even at the end of a sentence
        if _DIGITS_RE.fullmatch(word) and (next_char.isdigit() or "가" <= next_char <= "힣"):
            return False  # inside a date `2010. 11.`, inline `1. 첫째 2. 둘째`
        if len(word) <= 2 and word_start >= 2 and line[word_start - 2] in _ITEM_BEFORE and (
                line[line.rfind(" ", 0, word_start - 1) + 1:word_start - 2].lower() not in _ABBREVIATION_KIND):
            return False  # an inline item after a sentence: `... by law. 4. Governing Law.`
        return True
    if len(word) == 1 and word.isupper():  # an initial (`J. R. R. Tolkien`), unless a label (`Appendix B. Our`)
        label = _LATIN_WORD_RE.findall(line, max(0, word_start - 12), word_start)
        return bool(label) and label[-1].lower() in _LETTER_LABELS
    kind = _ABBREVIATION_KIND.get(word.lower())
    if kind is None:
        if "." not in word or not _DOTTED_ABBREVIATION_RE.fullmatch(word):
            return True
        kind = "ambiguous"
    if kind == "before_number":  # `No. 5`, `App. B.`
        return not next_char.isdigit() and not _LABEL_AFTER_RE.match(line, next_start)
    if kind == "ambiguous":
        next_word = _LATIN_WORD_RE.match(line, next_start)
        if next_word is None:
            return False
        lower, abbreviation = next_word.group().lower(), word.lower()
        if abbreviation in ("a.m", "p.m"):  # `at 10:30 p.m. No adverse ...`, but `9 p.m. Friday`
            return next_char.isupper() and lower not in _TIME_CONTINUATIONS
        return lower in _SENTENCE_STARTERS
    if word == "St" and next_char.isupper():  # `on Pier St. Firefighters`, but `St. Louis`, `Mount St. Helens`
        before = _LATIN_WORD_RE.findall(line, max(0, word_start - 16), word_start)
        after = _LATIN_WORD_RE.match(line, next_start)
        return (bool(before) and before[-1][0].isupper() and before[-1].lower() not in _SAINT_BEFORE
                and after is not None and line[after.end():after.end() + 1] != ",")  # `Main St. Springfield, IL`
    return False  # never final


def _inside_parentheses(line: str, end: int) -> bool:
    """Whether offset `end` lies inside a parenthesis that opens before it and closes after it on the
    line, with no other one opening in between: `(Bldg. 4, Rm. 210)`, `(see Sec. 2. It lists ...)`. A
    sentence is never split inside one; the candidate's own closer (`... excluded.)`) is outside."""
    opened = line.rfind("(", 0, end)
    if opened < 0 or line.find(")", opened, end) >= 0:
        return False
    closed = line.find(")", end)
    return closed >= 0 and not 0 <= line.find("(", end, closed)


def _is_attribution(line: str, next_start: int) -> bool:
    """Whether the words at `next_start` attribute the quote just closed: `I whispered`, `Whitman said`."""
    words = _LATIN_WORD_RE.findall(line, next_start, next_start + 40)[:3]
    return any(word.lower() in _SPEECH_VERBS for word in words[1:3])


def _merge_short(sentences: list[str], min_chars: int) -> list[str]:
    merged: list[str] = []
    for sentence in sentences:
        if merged and (len(sentence) < min_chars or len(merged[-1]) < min_chars):
            merged[-1] = f"{merged[-1]} {sentence}"  # short: join the previous (the first joins the next)
        else:
            merged.append(sentence)
    return merged
