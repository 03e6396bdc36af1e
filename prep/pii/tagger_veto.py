"""The name tagger's second opinion on the rules' Latin-script names: a rule's PERSON finding that the tagger
is all but sure is no name is dropped (`scrub.name_tagger_veto_threshold`, round 19).

Why: in English, the rules' false names are the clean-row figure every new writer's set misses (7-16 of 100
clean rows changed on sets no rule was read from, each by a PERSON finding): field labels (`Branch 0412`,
`Caller`, `File`), companies in lists (`Exxon Mobil`, `Johnson & Johnson`), places (`Jackson Hole`), eponyms
(`Hochberg procedure`), chat fillers (`Yeah,`, `pls`). Each round's vetoes read off one writer's rows left the
next writer's look-alikes in place. The tagger weighs the same lexicon facts by what ~15,000 labeled rows of
two dozen writers show around them, so it can tell some of these apart where no rule was written for them.

What is vetoed: a finding of an English rule recognizer (`VETOED_BY`), all Latin letters, whose every word the
tagger gives a name probability under the threshold (default 0.003) and the name lexicon knows as a common word
and not as a first name (`_known_words`), with no title or person's label before it, not a possessive, not
beside another value or listed with a kept person. The lexicon's part is round 19's review: on the tagger's
probability alone, the veto dropped rare names by the hundred in the reviewers' probes (`ask tsering to call`,
`Mo'unga`, `Deacon`): a word the tagger has no facts for scores low whatever it is. Korean findings are not
vetoed: there the tagger's low scores fall on real names as often as on false ones (46 against 24 at 0.01 on
three sets left out of its training).

What it buys is small and safe: chat fillers, field labels and kin words the rules read as names (`pls`, `Yeah`,
`Lovely`, `Caller`, `Sis`); 3 of 100 clean English rows on v29, none lost on the reviewers' 3,089 probes
(docs/scrub.md, "Round 19"). Set the threshold to 0 to turn it off.
"""

from __future__ import annotations

import re

import numpy as np
from presidio_analyzer import RecognizerResult

from prep.pii.names_en import shared_detector
from prep.pii.names_en_words import FIRST
from prep.pii.patterns import EN_TITLES
from prep.pii.tagger import NAMES, NameTagger
from prep.pii.tagger_features import tokens

# The rule recognizers whose Latin-script PERSON findings the tagger may veto: the English name readers. The
# deny list, a user's model and the tagger itself are never vetoed.
VETOED_BY = frozenset({"EnglishNameRecognizer", "EnglishPersonRecognizer"})
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ .'’\-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
COMMON_WORD = 3.0  # the word frequency (zipf) under which a word is never vetoed: rare words name people as often
# A title, a greeting, a person's or an address's label right before: the rules' reason to read a person there
# outweighs the tagger's doubt
_PERSON_BEFORE = re.compile(
    rf"(?:\b(?:{EN_TITLES}|Det|Fr|Insp|Cpl|Col|Gen|Maj|Hon|Aunt|Auntie|Uncle)\.?"
    r"|\b(?:Name|Signed|Sincerely|Regards|Dear|Hi|Hello|Hey)[:,]?"
    r"|(?i:\b(?:ship|deliver|send|mail)(?:[ ]to)?|\baddress|\bto|\bfrom|\battn):)[ ]$")  # (an address's first word)
_LIST_JOINER = re.compile(r"[ ]?(?:,|/|&|,? and|,? or)[ ]")
_SPELLED_DIGITS = re.compile(r"(?i)\b(?:oh|zero|one|two|three|four|five|six|seven|eight|nine)-")


def vetoed(text: str, result: RecognizerResult) -> bool:
    """May the tagger veto `result` at all (before its probability is read and its neighbours are looked at)?
    Not a possessive (`Skylar's`, or `Haddad` before its `'s`), nor a name with a Korean particle glued on
    (`Sophie랑`): the tagger reads either as one odd word, and scores it low whatever it is. Nor digits spelled
    out (`Oh-seven-nine-four-six`): a false name there still hides part of a number no reader found."""
    name = (result.recognition_metadata or {}).get(RecognizerResult.RECOGNIZER_NAME_KEY)
    span = text[result.start:result.end]
    return (result.entity_type == "PERSON" and name in VETOED_BY and _LATIN.fullmatch(span) is not None
            and _POSSESSIVE.search(span) is None and not text[result.end:result.end + 1].isalpha()
            and text[result.end:result.end + 1] not in ("'", "’")
            and _SPELLED_DIGITS.search(span) is None)


def _known_words(text: str, result: RecognizerResult) -> bool:
    """Does the name lexicon know every word of the finding as a common word (`Yeah`, `Caller`, `Sis`) and none of
    them as a first name, with no title or person's label before it? A word it has never seen, or sees rarely, is
    as often a rare person's name (`Tsering`, `Jagannath`, `Mo'unga`, `Ife`) as a brand, and the tagger, which
    reads mostly what the lexicon says of a word, scores both under any threshold: recall first, it stays. So do
    first names, however rare or word-like (`George Hall` beside a rare name, `Deacon`, `Harmony`, `Storm`), and
    `Mr. Tiger`, `Signed, Story` (round 19's review)."""
    lexicon = shared_detector().lexicon
    for word in _WORD.findall(text, result.start, result.end):
        known = lexicon.get(word.lower())
        if known is None or known[2] < COMMON_WORD or known[0] & FIRST:
            return False
    return _PERSON_BEFORE.search(text, max(0, result.start - 12), result.start) is None


def _beside_other(result: RecognizerResult, results: list[RecognizerResult], text: str) -> bool:
    """Does another type's finding touch `result` or stand next to it across marks, spaces and digits only (up to
    8 characters)? Then the false name may hold the part of that value its own reader missed (`Rua das
    Laranjeiras` before `417, apto 802`): recall first, it stays."""
    for other in results:
        if other.entity_type == "PERSON":
            continue
        gap = text[other.end:result.start] if other.end <= result.start else text[result.end:other.start] \
            if result.end <= other.start else ""
        if len(gap) <= 8 and not any(ch.isalpha() for ch in gap):
            return True
    return False


def veto(tagger: NameTagger, texts: list[str], found: list[list[RecognizerResult]], threshold: float
         ) -> list[list[RecognizerResult]]:
    """`found` less the candidates (`_candidates`) whose every word the tagger scores under `threshold`; only the
    documents with a candidate are read, in one batch (most documents have none: a real name is a first name or a
    word the lexicon does not know)."""
    candidates = [_candidates(texts[k], results) for k, results in enumerate(found)]
    todo = [k for k, c in enumerate(candidates) if c]
    if not todo:
        return found
    docs = [tokens(texts[k]) for k in todo]
    out = list(found)
    for k, toks, p in zip(todo, docs, tagger.probabilities(docs), strict=True):
        name = p[:, NAMES].sum(axis=1)
        starts, ends = np.asarray(toks.starts), np.asarray(toks.ends)
        low = [r for r in candidates[k] if (inside := (starts < r.end) & (ends > r.start)).any()
               and float(name[inside].max()) < threshold]
        text = texts[k]
        people = [r for r in found[k] if r.entity_type == "PERSON" and not any(r is x for x in low)]
        speakers = any(text[r.end:r.end + 1] == ":" for r in people)
        # listed with a kept person, or a chat's speaker beside people's speakers (`Mere:`): kept, and so are
        # their other mentions and those of every kept person (`Haddad` after `Noor Haddad`, `Rain` after `Rain:`)
        people += [r for r in low if _listed_with(r, people, text) or speakers and text[r.end:r.end + 1] == ":"]
        words = {w for r in people for w in text[r.start:r.end].split()}
        out[k] = [r for r in found[k] if not any(r is x for x in low) or any(r is x for x in people)
                  or set(text[r.start:r.end].split()) <= words]
    return out


def _candidates(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """The findings of `results` the tagger may veto, before its probabilities are read: cheap tests first."""
    return [r for r in results if vetoed(text, r) and _known_words(text, r) and not _beside_other(r, results, text)]


def _listed_with(result: RecognizerResult, people: list[RecognizerResult], text: str) -> bool:
    """Is `result` listed with a person the veto keeps (`Contact Pat or Morgan`, `Ana, Will and Jo`)? Then it
    is one of the people, whatever the tagger reads into the word alone."""
    for other in people:
        gap = text[other.end:result.start] if other.end <= result.start else text[result.end:other.start] \
            if result.end <= other.start else None
        if gap is not None and _LIST_JOINER.fullmatch(gap):
            return True
    return False
