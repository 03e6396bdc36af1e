"""The fast paths of normalize and split give exactly what the plain rules give; the other backend; the eval.

The references below are the straightforward versions the fast code replaced (every normalization step
always run; one candidate regex whose every match is judged in Python). Both run on the demo
generator's documents and on random fragment soups built to hit the shortcuts' edges.
"""

import random
import re
import unicodedata

import pytest

from prep import normalize as norm
from prep.demo.corpus import generate_corpus
from prep.normalize import normalize_text
from prep.split import (
    _CLOSERS,
    _EMOJI,
    _HANGUL_WORD_RE,
    _KOREAN_CONTINUATIONS,
    _SENTENCE_PUNCT,
    _SSANG_SIOT_FINAL,
    _WHITESPACE_RUN_RE,
    _punct_ends_sentence,
    sentence_cut_offsets,
    sentence_ending_line_breaks,
    sentence_splitter,
    split_sentences,
)

_REFERENCE_CANDIDATE_RE = re.compile(
    rf"(?<![{_SENTENCE_PUNCT}])(?P<punct>[{_SENTENCE_PUNCT}]++)[{_CLOSERS}]*+(?=\s+|$)"
    rf"|(?P<korean>(?:[{_SSANG_SIOT_FINAL}한된는없이]다|니다|[해예에어아여워와봐줘돼네군세래대데까지든게]요|죠"
    rf"|[{_SSANG_SIOT_FINAL}없같좋싫많않받먹]음|함|됨|[가-힣][가-힣]임|[것중거뿐]임|[가-힣]냐))"
    rf"[{_CLOSERS}]*+(?=\s[가-힣])"
    rf"|(?P<emoticon>(?:[ㄱ-ㅣ{_EMOJI}\ufe0f\u200d]|;;|\^\^|:[)D(P])++[;^]*+)[{_CLOSERS}]*+(?=\s+\S)"
)
_NOUNS = ("포함", "고함", "편함", "게임", "모임", "책임")
_EMOTICON_CHARS = re.compile(rf"[ㄱ-ㅣ{_EMOJI}\ufe0f\u200d;^:]")


def _reference_cut_offsets(line: str) -> list[int]:
    cuts = []
    for match in _REFERENCE_CANDIDATE_RE.finditer(line):
        end = match.end()
        if end >= len(line):
            continue
        if match.group("emoticon") is None and _reference_inside_parentheses(line, end):
            continue
        next_start = _WHITESPACE_RUN_RE.match(line, end).end()
        if next_start >= len(line):
            continue
        if match.group("emoticon") is not None:
            start = match.start()
            ok = start > 0 and not _EMOTICON_CHARS.match(line, start - 1) and (
                not line[start - 1].isspace()
                or (start > 1 and not line[start - 2].isspace() and line[start - 2] != ":"))
        elif match.group("punct") is None:
            word = _HANGUL_WORD_RE.match(line, next_start)
            ok = word is not None and word.group() not in _KOREAN_CONTINUATIONS and not match.group(
                "korean").endswith(_NOUNS)
        else:
            ok = _punct_ends_sentence(line, match.start("punct"), match.end("punct"), next_start)
        if ok:
            cuts.append(end)
    return cuts


def _reference_inside_parentheses(line: str, end: int) -> bool:
    """Plain version: depth of `(` / `)` before `end` (innermost pair only) and a `)` after it before any `(`."""
    before = re.search(r"\(([^()]*)$", line[:end])
    after = re.match(r"[^()]*\)", line[end:])
    return before is not None and after is not None


def _reference_normalize(text: str) -> str:
    text = norm._LINE_BREAKS_RE.sub("\n", text).replace("\u2029", "\n\n")
    text = norm._DELETED_CHARS_RE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = norm._ODD_SPACES_RE.sub(" ", text)
    text = norm._SPACE_RUN_RE.sub(" ", text)
    text = norm._SPACE_AT_LINE_EDGE_RE.sub("\n", text).strip()
    text = norm._EXTRA_NEWLINES_RE.sub("\n\n", text)
    if "\n" not in text:
        return text
    text = norm._HYPHENATED_WRAP_RE.sub("", text)
    return "\n\n".join(norm._rejoin_hard_wraps(paragraph) for paragraph in text.split("\n\n"))


_FRAGMENTS = [
    "Mr.", "Mrs.", "MRS.", "Smith", "went", "home.", "ill.", "Still.", "IV.", "iv.", "xl.", "approx.", "Sept.",
    "etc.", "e.g.", "U.S.", "a.m.", "No.", "Fig.", "v.", "J.", "A.", "ab.", "x.", "3.14", "2010.", "11.", "1.",
    "그는", "갔다", "왔다.", "했다", "한다", "보니", "좋아요", "그렇죠", "죠.", "다.", "가.", "나.", "바.", "것.",
    "요.", "습니다", "다른", "(가.", "\"다.", "[PERSON]", "...", "…", "?!", "Why?", "Yes!", "!?\"", "”", "」", ")",
    "The", "the", "é", "Éa", "ß.", "ǅ", ",", ";", ":", "-", "a-", "•", "※", "\u1112\u1161\u11ab", "\u0301", " ",
    "  ", "\t", "\n", "\n\n", "\r\n", "\u00a0", "\u200b", "\u3000", "\x00", "\x85", "\u2029", "\ufeff", "\u00ad",
]


def _documents() -> list[str]:
    docs = [d["text"] for d in generate_corpus(n_docs=400, seed=5)]
    rng = random.Random(0)
    for _ in range(3000):
        pieces = (rng.choice(_FRAGMENTS) + rng.choice(["", " ", " ", "\n"]) for _ in range(rng.randint(0, 30)))
        docs.append("".join(pieces))
    return docs


def test_fast_paths_equal_the_plain_rules():
    for doc in _documents():
        normalized = normalize_text(doc)
        assert normalized == _reference_normalize(doc), repr(doc)
        for line in normalized.splitlines() + doc.splitlines():
            assert sentence_cut_offsets(line) == _reference_cut_offsets(line), repr(line)


def test_isprintable_guards_the_skipped_steps():
    """`normalize_text` skips three regexes when `text.isprintable()`: none of them may touch a printable char."""
    printable = "".join(ch for ch in map(chr, range(0x110000)) if ch.isprintable())
    for regex in (norm._LINE_BREAKS_RE, norm._DELETED_CHARS_RE, norm._ODD_SPACES_RE):
        assert regex.search(printable) is None, regex.pattern
    assert not "\u2029".isprintable()


def test_kiwi_backend_splits_korean_without_punctuation_and_keeps_invariants():
    pytest.importorskip("kiwipiepy")
    cut = sentence_splitter("kiwi")
    text = "오늘은 날씨가 좋다 그래서 산책을 갔다. Mr. Smith went home. He left.\n[PERSON]에게 연락했다 답이 없었다"
    sentences = split_sentences(text, cut_offsets=cut)
    assert sentences == ["오늘은 날씨가 좋다", "그래서 산책을 갔다.", "Mr. Smith went home.", "He left.",
                         "[PERSON]에게 연락했다", "답이 없었다"]
    assert "[PERSON]에게 연락했다" in " ".join(sentences)
    assert re.sub(r"\s", "", "".join(sentences)) == re.sub(r"\s", "", text)
    assert all(s == s.strip() and "\n" not in s for s in sentences)
    assert split_sentences("Mr. Smith went home. He left.", cut_offsets=cut) == ["Mr. Smith went home.", "He left."]


def test_unknown_backend_is_refused():
    with pytest.raises(ValueError, match="unknown sentence-splitting backend 'nltk'"):
        sentence_splitter("nltk")


def test_split_eval_meets_the_target_with_the_default_backend(capsys):
    from prep.cli import main
    from prep.eval.split_eval import TARGET_F1, evaluate

    scores = evaluate(["rules"])
    assert {lang for _, lang in scores} == {"ko", "en"}
    for (_, lang), score in scores.items():
        assert score.f1 >= TARGET_F1, (lang, score)
        assert score.tp + score.fn >= 40  # enough gold boundaries per language to mean something
    assert main(["split-eval", "--backend", "rules"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"rules\s+ko .* met", out) and re.search(r"rules\s+en .* met", out)


def _reference_rejoin(paragraph: str) -> str:
    """The plain per-line version of `normalize._rejoin_hard_wraps` (every break judged, every run-on test run)."""
    if "\n" not in paragraph:
        return paragraph
    lines = paragraph.split("\n")
    cuts = sentence_ending_line_breaks(paragraph)
    keeps, evidence, against, offset = [], 0, 0, len(lines[0])
    width = max(map(len, lines))
    for before, line in zip(lines, lines[1:], strict=False):
        keep = offset in cuts or norm._LIST_ITEM_START_RE.match(line) is not None
        keeps.append(keep)
        if not keep:
            full = len(before) >= norm._MIN_WRAPPED_LINE and len(before) + 1 + len(line.split(" ", 1)[0]) > width
            runs_on = norm._RUNS_ON_NEXT_RE.match(line) is not None or norm._RUNS_ON_END_RE.search(before) is not None
            evidence += full + runs_on
            against += not (full or runs_on)
        offset += 1 + len(line)
    if evidence <= against:  # also when no break would be removed
        return paragraph
    for i, (before, line) in enumerate(zip(lines, lines[1:], strict=False)):  # short whole lines stand alone
        whole = i == 0 or keeps[i - 1]
        opens = line[:1].isupper() or "가" <= line[:1] <= "힣"
        runs_on = norm._RUNS_ON_END_RE.search(before) is not None
        if not keeps[i] and whole and 2 * len(before) <= width and opens and not runs_on:
            keeps[i] = True
        elif not keeps[i] and before.endswith(":") and re.match(r"\((?:[a-zA-Z]|[ivx]{2,4})\)\s", line):
            keeps[i] = True
    return lines[0] + "".join(("\n" if keep else " ") + line for keep, line in zip(keeps, lines[1:], strict=True))


def _wrapped_paragraphs() -> list[str]:
    rng = random.Random(1)
    words = _FRAGMENTS[:60] + ["and", "the", "of", "에게", "정확도는", "동물을", "아프고", "ㅋㅋ", "^^", "🎉", "음",
                               "함", "(", "=", "with", "than", "that", "Mr.", "2010.", "- 항목", "1. 첫째",
                               "제2조(정의)"]
    paragraphs = []
    for _ in range(3000):
        width, line, lines = rng.choice([8, 20, 30, 45, 70]), "", []
        for word in (rng.choice(words).strip() for _ in range(rng.randint(2, 60))):
            if word and len(line) + len(word) + 1 > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
        paragraphs.append("\n".join(filter(None, lines)))
    return paragraphs


def test_rejoin_fast_path_equals_the_plain_per_line_rules():
    for paragraph in _wrapped_paragraphs() + [p for d in _documents() for p in norm.normalize_text(d).split("\n\n")]:
        assert norm._rejoin_hard_wraps(paragraph) == _reference_rejoin(paragraph), repr(paragraph)


def test_runs_on_end_regex_fits_its_tail_window():
    """`_runs_on` searches only the last `_RUNS_ON_END_CHARS` characters: no ending may be longer."""
    for line in ("went to", "and then than", "seen with", "the [PERSON]에게", "정확도는", "x =", "see (",
                 "it was were"):
        whole = norm._RUNS_ON_END_RE.search(line)
        assert whole is None or whole.end() - whole.start() <= norm._RUNS_ON_END_CHARS, line
        assert norm._runs_on(line, "Next") == (whole is not None), line
