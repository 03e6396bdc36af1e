"""A person's slot around words a reading takes for a brand or a company (round 20's review): keep the person.

A one-word brand glued from common words (`names_en_camel`: `GoodMan`, `SweetPea`) and a company named like a person
(`names_en_orgs`: `Simon Schuster`, `Eli Lilly`) are people's names or handles too. Where the words stand in a slot only
a person fills, recall comes first and they stay a person:
- a chat speaker (`[12:40] Eli Lilly: on my way`);
- after a title (`Dr. Simon Schuster`, `Coach BlackWell`, `Officer Johns Hopkins`) or a greeting (`Hi RockWell`,
  `Dear Mrs. Betty Crocker`);
- after a person's label (`Tenant: Fisher Price`, `Emergency contact:`, `Born:`, `Signed,`, `The defendant,`);
- before an age or a role (`Mercedes Benz, 34,`, `, a junior at`, `(mother)`, `pleaded`, `passed away`) or a kin
  word after a possessive (`Orville Redenbacher's grandson`).
The words of contact (`Thanks DayStar`, `Tell MommaBear`, `From: LongFellow`) count for a glued word only: a company
is thanked, called and written from as often as a person (`Thanks, Kaiser Permanente`).
"""

from __future__ import annotations

from functools import lru_cache

import regex

from prep.pii.names_en_orgs import MORE_ORG_PAIRS, org_key
from prep.pii.names_en_turns import KIN
from prep.pii.names_en_words import trie_pattern
from prep.pii.patterns import EN_TITLES

_WINDOW = 40  # characters before a span read for its slot
_TITLE = rf"(?:{EN_TITLES}|Det|Ofc|Insp|Fr)\.?[ ]+"
_ROLES = (
    "junior|senior|sophomore|freshman|student|pupil|nurse|teacher|doctor|physician|surgeon|dentist|designer|engineer|"
    "lawyer|attorney|chef|cook|driver|pilot|farmer|mechanic|pastor|artist|author|writer|singer|actor|actress|"
    "veteran|retiree|resident|widow|widower|mom|mum|dad|grandma|grandpa|neighbor|neighbour|friend|"
    "coach|player|pitcher|captain|manager|owner|tenant|employee|volunteer|mother|father"
)
_KIN = "|".join(sorted(KIN, key=len, reverse=True))
_TITLED = regex.compile(rf"(?<![\p{{L}}]){_TITLE}$")
_GREETED = regex.compile(rf"(?<![\p{{L}}])(?i:dear|hi|hey)[ ,]+(?:{_TITLE})?$")
_LABELLED = regex.compile(
    r"(?<![\p{L}])(?i:tenant|employee|student|patient|contact|emergency contact|born|signed|speakers?"
    r"|player of the week|the defendant|the victim)[ \t]*[:,][ \t]*$")
# Words of contact before a glued word (`Thanks DayStar`, `tell NightOwl`, `From: LongFellow`)
_CONTACTED = regex.compile(r"(?<![\p{L}])(?i:thanks|thank you|tell|ask|call|from:|to:)[ ,]*$")
_STAMP = r"(?:\[[^\]\n]{1,24}\]|\(?\d{1,2}:\d\d(?::\d\d)?(?:[ ]?[AaPp][Mm])?\)?[ \t]*[-–]?)"
_STAMPED_LINE = regex.compile(rf"(?:^|\n)[ \t]*{_STAMP}[ \t]*$")
_LINE_START = regex.compile(rf"(?:^|\n)[ \t]*(?:{_STAMP}[ \t]*)?$")
_COLON = regex.compile(r"[ \t]*:")
_DESCRIBED = regex.compile(
    rf"(?:['’]s)?,[ ]\d{{1,3}}(?![\d])(?:,|[ ](?:of|from)\b|$)"  # `Mercedes Benz, 34,`
    rf"|,[ ](?:\d{{1,3}},[ ])?(?:a|an)[ ](?:{_ROLES}|{_KIN})\b"  # `, a junior at`, `, 28, a nurse`
    rf"|[ ]?\((?i:{_ROLES}|{_KIN})\)"  # `(mother)`, `(designer)`
    r"|[ ](?:pleaded|presided|passed away|responded|led the|spoke)\b"
    rf"|['’]s[ ](?:{_KIN})\b"  # `Orville Redenbacher's grandson`
)
_SCORE = 0.6  # a listed company's words in a person's slot (the English name reader's pair score)


def person_slot(text: str, start: int, end: int, *, bare_speaker: bool = False) -> bool:
    """`text[start:end]` stands where only a person goes (the module's doc); `bare_speaker`: a line's opening words
    before a colon count as a chat speaker without a time stamp (`SweetPea: love you`)."""
    lo = max(0, start - _WINDOW)
    if _COLON.match(text, end) and (_LINE_START if bare_speaker else _STAMPED_LINE).search(text, lo, start):
        return True
    return bool(_TITLED.search(text, lo, start) or _GREETED.search(text, lo, start)
                or _LABELLED.search(text, lo, start) or _DESCRIBED.match(text, end))


def contacted(text: str, start: int) -> bool:
    """A word of contact right before `start` (`Thanks DayStar`, `Tell MommaBear`, `To: GoodAll`)."""
    return bool(_CONTACTED.search(text, max(0, start - _WINDOW), start))


@lru_cache(maxsize=1)
def _company_words() -> regex.Pattern:
    """Where a listed company (`MORE_ORG_PAIRS`) may start, and up to two capitalized words after its first."""
    firsts = trie_pattern({pair.split()[0] for pair in MORE_ORG_PAIRS})
    return regex.compile(
        rf"(?<![\p{{L}}\d'’])(?=\p{{Lu}})(?i:{firsts})\.?(?:[ ]*&?[ ]+\p{{Lu}}[\p{{L}}'’]*\.?){{1,2}}")


def companies_as_people(text: str, found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The listed companies' words (`MORE_ORG_PAIRS`) in a person's slot that no span of `found` covers: people
    (`Dr. Simon Schuster`, `Mercedes Benz, 34,`, `[12:40] Eli Lilly:`, `Orville Redenbacher's grandson`)."""
    out: list[tuple[int, int, float]] = []
    for m in _company_words().finditer(text, overlapped=True):
        start, end = m.span()
        while end > start and not _listed(text[start:end].rstrip(".")):
            end = text.rfind(" ", start, end)  # `Eli Lilly Carmel` -> `Eli Lilly`
        if end <= start:
            continue
        words = text[start:end].rstrip(".")
        if org_key(words) not in MORE_ORG_PAIRS:
            words = words[:-2]  # a possessive: `Orville Redenbacher's grandson`
        end = start + len(words)
        if not any(s < end and start < e for s, e, _ in found + out) and person_slot(text, start, end):
            out.append((start, end, _SCORE))
    return out


def _listed(words: str) -> bool:
    key = org_key(words)
    return key in MORE_ORG_PAIRS or words.endswith(("'s", "’s")) and key[:-1] in MORE_ORG_PAIRS
