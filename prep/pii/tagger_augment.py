"""More training rows for the name tagger: each labeled row again with its people renamed (round 19;
`python -m prep.pii.tagger_train --renamed-copies N`), and each clean row again with other personal data put in
(round 20; `--value-copies N`, `with_values`). The first shipped weights use neither; the second (round 20,
`tagger_train.WIDE`) two renamed copies and one with values (docs/scrub.md, "Round 20").

Why: the tuning sets hold ~15,000 rows but only a few thousand distinct names, and a name the tagger saw in
training is one whose lexicon facts it can learn by heart. Renamed copies keep every row's surroundings (the
chat's speaker labels, the particle after the name, the field label before it) and put names the tagger never
saw there, so what it learns is the slot. Measured in round 19 (two copies, `--hidden 32`, trained without t18, v28
and v29): person names on those three sets rose against the shipped weights (English 0.950-0.961 -> 0.959-0.977,
Korean 0.942-0.977 -> 0.951-0.982), but the weights also read common words in a name's slot as names where other
personal data stands (`1985.03.15생 남성`, `버스가 오늘 늦는대 010-...`): Korean precision on the generated bench fell
to 0.915. Not shipped (docs/scrub.md, "Round 19"); an option for retraining on your own rows.

How a name is renamed (the same name the same way throughout its row, so a document's mentions still agree):
- Hangul, 1-3 syllables: a name of the same length from the Korean lexicon (`names_ko.json`): half of the
  given names as the lexicon lists them, half built from its first and second given-name syllables, so names
  no list holds come up too; a surname (by its frequency) before a three-syllable one. Its last syllable has
  a final consonant where the original's has one, so the particle after it still reads (`지민이랑`, `서아랑`).
- Latin letters, one or two words: a first name (and a surname) from the English lexicon (`names_en.tsv.gz`),
  in the original's case (`MARIA`, `maria`, `Maria`).
- Anything else (four or more syllables, initials, names with marks) keeps its name.

Seeded, so the same rows give the same copies.
"""

from __future__ import annotations

import gzip
import json
import random

from prep.pii.names_en_words import LEXICON_PATH
from prep.pii.names_ko import DATA_PATH

SEED = 0


def _has_final(syllable: str) -> bool:
    """Does a Hangul syllable end in a consonant (`민`: yes, `아`: no)?"""
    return (ord(syllable) - 0xAC00) % 28 != 0


def _hangul(text: str) -> bool:
    return bool(text) and all("가" <= ch <= "힣" for ch in text)


class NamePool:
    """The names a renamed copy draws from, read from the project's own lexicons."""

    def __init__(self):
        ko = json.loads(DATA_PATH.read_text(encoding="utf-8"))
        self.given = list(ko["given_names"])
        self.first_syllables = list(ko["given_first"])
        self.second_syllables = list(ko["given_second"])
        self.surnames = list(ko["surnames"])
        self.surname_weights = [float(v) for v in ko["surnames"].values()]
        self.first_names: list[str] = []
        self.last_names: list[str] = []
        with gzip.open(LEXICON_PATH, "rt", encoding="utf-8") as f:
            for line in f:
                word, flags, *_ = line.rstrip("\n").split("\t")
                if word.isalpha() and len(word) >= 3:
                    if "F" in flags:
                        self.first_names.append(word)
                    if "L" in flags:
                        self.last_names.append(word)

    def korean(self, rng: random.Random, original: str) -> str | None:
        """A Hangul name of `original`'s length whose last syllable has a final consonant where its has one."""
        n, final = len(original), _has_final(original[-1])
        for _ in range(50):
            if n == 1:
                name = rng.choice(self.second_syllables)
            else:
                name = rng.choice(self.given) if rng.random() < 0.5 else \
                    rng.choice(self.first_syllables) + rng.choice(self.second_syllables)
                if n == 3:
                    name = rng.choices(self.surnames, self.surname_weights)[0] + name
                elif n != 2:
                    return None
            if len(name) == n and _hangul(name) and _has_final(name[-1]) == final:
                return name
        return None

    def latin(self, rng: random.Random, original: str) -> str | None:
        """A first name (and a surname) in `original`'s case, for a name of one or two Latin words."""
        words = original.split(" ")
        if len(words) > 2 or not all(w.isascii() and w.isalpha() for w in words):
            return None
        drawn = [rng.choice(self.first_names)] + [rng.choice(self.last_names)] * (len(words) - 1)
        return " ".join(_cased(w, d) for w, d in zip(words, drawn, strict=True))


def _cased(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model.islower():
        return word.lower()
    return word[:1].upper() + word[1:].lower()


def renamed(rows: list[dict], copies: int, pool: NamePool | None = None, seed: int = SEED) -> list[dict]:
    """`copies` renamed copies of each row of `rows` with a PERSON span (the rows themselves not included)."""
    pool = pool or NamePool()
    rng = random.Random(seed)
    out = []
    for row in rows:
        if not any(span["entity"] == "PERSON" for span in row["spans"]):
            continue
        for _ in range(copies):
            out.append(_renamed(row, pool, rng))
    return out


def _renamed(row: dict, pool: NamePool, rng: random.Random) -> dict:
    text, names = row["text"], {}
    pieces, spans, at, length = [], [], 0, 0
    for span in sorted(row["spans"], key=lambda s: s["start"]):
        value = text[span["start"]:span["end"]]
        if span["entity"] == "PERSON":
            if value not in names:
                new = pool.korean(rng, value) if _hangul(value) else pool.latin(rng, value)
                names[value] = new or value
            value = names[value]
        before = text[at:span["start"]]
        pieces += [before, value]
        start = length + len(before)
        length = start + len(value)
        spans.append({**span, "start": start, "end": length, "text": value})
        at = span["end"]
    pieces.append(text[at:])
    return {**row, "text": "".join(pieces), "spans": spans}


# --- copies of clean rows with other personal data in them (round 20) --------------------------------------------
# The tagger reads only documents in which the rules found personal data (`tagger.TaggerRecognizer`), but a clean
# training row has none: what it learns of common words it learns away from phone numbers and dates, and what it
# learns beside them it learns from the rows with people in them, where a word beside a number is often a name.
# Trained so, it read `1985.03.15생 남성` and `버스가 오늘 늦는대 010-...` as names. A clean row again with a few
# of the tuning sets' own values (phones, dates of birth, e-mails, accounts...) put between its words shows it
# common words beside personal data, each one "not a name".

VALUE_ENTITIES = frozenset({
    "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH", "KR_RRN", "KR_FRN", "US_SSN", "CREDIT_CARD", "BANK_ACCOUNT",
    "IBAN_CODE", "IP_ADDRESS", "KR_PASSPORT", "KR_DRIVER_LICENSE", "KR_BRN", "US_PASSPORT", "US_DRIVER_LICENSE"})
VALUES_PER_COPY = (1, 3)  # how many values a copy gets, at least and at most


def value_pool(rows: list[dict]) -> dict[str, list[tuple[str, str]]]:
    """The values of `VALUE_ENTITIES` labeled in `rows` (entity, text), per language, each once, in a fixed order."""
    pool: dict[str, set[tuple[str, str]]] = {}
    for row in rows:
        for span in row["spans"]:
            if span["entity"] in VALUE_ENTITIES and "\n" not in span["text"]:
                pool.setdefault(row.get("lang", ""), set()).add((span["entity"], span["text"]))
    return {lang: sorted(values) for lang, values in pool.items()}


def with_values(rows: list[dict], copies: int, seed: int = SEED) -> list[dict]:
    """`copies` copies of each clean row of `rows` (no span) with 1-3 labeled values of the same language's rows
    put at word boundaries; their spans labeled, so the words around them train as "not a name"."""
    pool = value_pool(rows)
    rng = random.Random(seed)
    out = []
    for row in rows:
        values = pool.get(row.get("lang", ""))
        if row["spans"] or not values:
            continue
        gaps = [k for k, ch in enumerate(row["text"]) if ch == " "]
        if not gaps:
            continue
        for _ in range(copies):
            at = sorted(rng.sample(gaps, min(len(gaps), rng.randint(*VALUES_PER_COPY))))
            out.append(_with(row, at, [rng.choice(values) for _ in at]))
    return out


def _with(row: dict, at: list[int], values: list[tuple[str, str]]) -> dict:
    text, pieces, spans, last = row["text"], [], [], 0
    for gap, (entity, value) in zip(at, values, strict=True):
        pieces.append(text[last:gap + 1])
        start = sum(map(len, pieces))
        pieces.append(value + " ")
        spans.append({"entity": entity, "start": start, "end": start + len(value), "text": value})
        last = gap + 1
    pieces.append(text[last:])
    return {**row, "text": "".join(pieces), "spans": spans}
