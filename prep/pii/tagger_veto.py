"""The name tagger's second opinion on the rules' Latin-script names: a rule's PERSON finding that the tagger
is all but sure is no name is dropped (`scrub.name_tagger_veto_threshold`, round 19).

Why: in English, the rules' false names are the clean-row figure every new writer's set misses (7-16 of 100
clean rows changed on sets no rule was read from, each by a PERSON finding): field labels (`Branch 0412`,
`Caller`, `File`), companies in lists (`Exxon Mobil`, `Johnson & Johnson`), places (`Jackson Hole`), eponyms
(`Hochberg procedure`), chat fillers (`Yeah,`, `pls`). Each round's vetoes read off one writer's rows left the
next writer's look-alikes in place. The tagger weighs the same lexicon facts by what ~15,000 labeled rows of
two dozen writers show around them, so it can tell these apart where no rule was written for them.

What is vetoed: a finding of an English rule recognizer (`VETOED_BY`), all Latin letters, whose every word
the tagger gives a name probability under the threshold (default 0.01: measured on three sets the tagger was
not trained on, it dropped 35 false findings against 6 true ones; most of those 6 were possessives, which the
tagger reads as one odd word (`Skylar's`), so a possessive is never vetoed). Korean findings are not: there the
tagger's low scores fall on real names as often as on false ones (46 against 24 at the same threshold).

Recall first, as everywhere: the veto costs a few real names per thousand in English (measured in docs/scrub.md,
"Round 19"); set the threshold to None to turn it off.
"""

from __future__ import annotations

import re

import numpy as np
from presidio_analyzer import RecognizerResult

from prep.pii.tagger import NAMES, NameTagger
from prep.pii.tagger_features import tokens

# The rule recognizers whose Latin-script PERSON findings the tagger may veto: the English name readers. The
# deny list, a user's model and the tagger itself are never vetoed.
VETOED_BY = frozenset({"EnglishNameRecognizer", "EnglishPersonRecognizer"})
_LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ .'’\-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
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
    """`found` less the vetoable findings (`vetoed`) whose every word the tagger scores under `threshold`;
    the documents with such a finding read in one batch."""
    todo = [k for k, results in enumerate(found) if any(vetoed(texts[k], r) for r in results)]
    if not todo:
        return found
    docs = [tokens(texts[k]) for k in todo]
    out = list(found)
    for k, toks, p in zip(todo, docs, tagger.probabilities(docs), strict=True):
        name = p[:, NAMES].sum(axis=1)
        starts, ends = np.asarray(toks.starts), np.asarray(toks.ends)
        low = []
        for r in found[k]:
            if vetoed(texts[k], r) and not _beside_other(r, found[k], texts[k]):
                inside = (starts < r.end) & (ends > r.start)
                if inside.any() and float(name[inside].max()) < threshold:
                    low.append(r)
        people = [r for r in found[k] if r.entity_type == "PERSON" and not any(r is x for x in low)]
        words = {w for r in people for w in texts[k][r.start:r.end].split()}
        out[k] = [r for r in found[k] if not any(r is x for x in low) or _listed_with(r, people, texts[k])
                  or set(texts[k][r.start:r.end].split()) <= words]  # another mention of a kept person (`Haddad`)
    return out


def _listed_with(result: RecognizerResult, people: list[RecognizerResult], text: str) -> bool:
    """Is `result` listed with a person the veto keeps (`Contact Pat or Morgan`, `Ana, Will and Jo`)? Then it
    is one of the people, whatever the tagger reads into the word alone."""
    for other in people:
        gap = text[other.end:result.start] if other.end <= result.start else text[result.end:other.start] \
            if result.end <= other.start else None
        if gap is not None and _LIST_JOINER.fullmatch(gap):
            return True
    return False
