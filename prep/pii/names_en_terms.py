"""Words that stand for a relation, a clinical sign or a numbered place, not a person (round 19), for
`names_en_things.drop_things`.

Each reading drops one-word findings only, each mention on its own, and is tried only on findings the rules made
(no scan of a document without one):
- a kin word used as a name: a chat speaker or a vocative that is a family term (`Sis: did you pay`, `22:12 - Bro:`,
  `thanks gran`). Only kin words the lexicon holds as no first name: `Nana`, `Nan` and `Nanna` are given names
  too and stay found; a title before keeps a surname (`Mr. Bro`);
- a possessive eponym before `sign` in a clinical frame: a finding before or after it (`positive Murphy's sign`,
  `Murphy's sign negative`, `no Kernig's sign`), no first name of the lexicon but a sign's eponym (`Murphy`), and a
  clinical word on its line (`exam`, `tender`, `(+)`); `Anna's sign at the rally`, `Jenny's sign was positive`,
  `Murphy's sign-off` stay;
- a surname that is no first name before a statistical or surgical procedure's noun, in a method's slot (`controlled
  via Hochberg procedure`, `underwent Nuss procedure`); a first name keeps its person (`using Grace procedure
  notes`), and so does any other slot (`Bed 4: Okafor procedure tomorrow`, `Dr. Whipple procedure notes`), a
  surname that is a person's elsewhere in the text (`via Khan procedure ... Imran Khan`) or a desk's noun after
  (`via Gupta procedure clinic`);
- a numbered place of a building, a port or a bank that is a name too, before its number: `Berth 4`, `Stall 12`,
  and `Branch 0412` with a leading zero or four digits or more (`Branch 12`, `Branch 112` are a player's line in
  a box score); the cue recognizer asks too (`Attn: Dock 4`, `names_en_amp.named_adjective_or_company`), but not
  after an address's label (`Ship to: Dock 4, Harbour Road`: the address is read only beside a finding);
- a saint's possessive name after `St.` or `Saint` before the church's or the school's noun (`St. Brendan's
  Parish`, `Saint Brigid's Parish Hall`): `Parish` is a surname too; `Dana St. John's house`, `Fr. Brendan's parish`
  stay;
- a first name that is a verb too, an imperative opening a line or a sentence or after a bracketed tag, before a
  determiner or a pronoun (or `as` itself) and `as` with a state a record takes (`[Todo] Mark all as paid`, `Mark
  as spam.`); after a colon, a bullet, a dash, a quote or an opening bracket, or before a verb, it is a person
  (`Update: Mark has the invoice as paid`, `- Drew flagged it as spam`); `Ask Mark to mark it as paid` stays;
- a bank field's acronym in capitals before its value (`, IBAN GB29 NWBK ...`, `ABA 021000021`); `Iban 3 boxes`,
  `IBAN OKAFOR` stay;
- a whole item of a list whose label names an inventory of things (`Skills: Go, Rust, Postgres`, `Top holdings:
  Johnson & Johnson, Nestlé, Roche`, `Brands: ...`): the nearest label before the item, at least three items, the
  item of capitalized words and connectors only (a run or a single word); `Team: Maria, Ken`, `Tech: Dana Kim`
  (no thing's label), `Tools: drill, saw, Maria's ladder` (a lower-case word in the item), `Tools: Jira, Owner
  Maria Lopez` (a role or a first name before a capitalized word) stay people, and a list with two such items is
  read as people's (`Top holdings: Warren Buffett, Charlie Munger`).
"""

from __future__ import annotations

import regex

from prep.pii.names_en_words import _UNIT_WORDS, FIRST, LAST, WORD, load_lexicon, titled

# Family terms of address (a closed class, any writer's): those the lexicon holds as no first name are dropped.
KIN_WORDS = frozenset("""
sis sissy bro bruv gran granny grandma grandpa gramps grammy nonna mom mommy mum mummy dad daddy papa mama pops
auntie aunty hubby wifey bestie cuz
""".split())
_CLINICAL_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:positive|negative|equivocal|no|absent|present|elicited|\+ve|-ve|\(\+\)|\(-\))[ ]$")
_SIGN_AFTER = regex.compile(r"[ ]signs?(?![\p{L}\-])")
_CLINICAL_AFTER = regex.compile(
    r"(?i)[ ]?(?::[ ]?)?(?:(?:was|is|were)[ ])?(?:positive|negative|equivocal|absent|present|elicited|\+ve|-ve"
    r"|\(\+\)|\(-\)|\+(?![\p{L}\p{N}]))")
# The eponyms of clinical signs that the lexicon holds as first names too (`Murphy`): any other first name before
# `sign` is a person's placard (`Jenny's sign was positive for the rally`).
_SIGN_EPONYMS = frozenset(
    "murphy homans kernig brudzinski babinski chvostek trousseau rovsing romberg tinel phalen".split())
# A clinical word on the sign's line (review r19, class C); a chart's `(+)`, `+ve` spell `positive`.
_CLINICAL_LINE = regex.compile(
    r"(?i)(?<![\p{L}])(?:exam|examination|positive|negative|tender|tenderness|abdomen|abdominal|patient|pain|test"
    r"|elicited|[+-]ve)(?![\p{L}])|\([+-]\)|[ ]signs?[ ]of(?![\p{L}])")
_PROCEDURE_AFTER = regex.compile(r"[ ](?:procedure|correction|adjustment)s?(?![\p{L}\-])")
# A place's or a desk's noun after the procedure (`via Khan procedure desk`): a person's service.
_DESK_AFTER = regex.compile(r"[ ](?:desk|clinic|office|room|unit|team|line)s?(?![\p{L}])")
# A method's slot before the surname (`controlled via Hochberg procedure`, `underwent Nuss procedure`): a clinical
# handover's `Bed 4: Okafor procedure tomorrow` is a patient's.
_METHOD_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:via|using|underwent|undergoing|undergoes|(?:adjusted|corrected|controlled|correcting"
    r"|adjusting|controlling)[ ](?:by|with|for|using))[ ]$")
_UNIT_ANY_NUMBER = frozenset("berth stall".split())
_BANK_FIELDS = frozenset("iban aba".split())
# An imperative's place: a line's or a sentence's start, or after a bracketed tag (`[Action required] Mark`); after
# a colon, a bullet, a dash, a quote or an opening bracket the name is a subject (`Update: Mark has the invoice`).
_IMPERATIVE_OPENING = regex.compile(r"(?:^|\n|[.!?][ \t]+|\[[^\]\n]{1,30}\][ \t]*)[ \t]*$")
_AS_STATE_AFTER = regex.compile(
    r"[ ](?:(?:all|the|this|these|those|it|them|each|every|your|my|our|any)(?:[ ]\p{Ll}+){0,2}[ ])?as[ ]"
    r"(?:paid|unpaid|read|unread|spam|junk|done|complete|completed|resolved|closed|duplicate|favou?rite|reviewed"
    r"|delivered|received|shipped|answered|solved|draft|sent|invalid|fixed)(?![\p{L}\-])")
# (not `open`, `active`, `private`, `important`: a person's too, `- Drew as open as ever`)
_BANK_VALUE_AFTER = regex.compile(r":?[ ](?:[A-Z]{2}\d{2}(?![\p{L}])|\d{6,}(?![\p{L}]))")
_NUMBER_AFTER = regex.compile(r"[ ]#?\d{1,4}[A-Za-z]?(?![\p{L}\p{N}])")
# A dose after a word (`Lipitor 20 mg nightly`, `Zyrtec 10mg`): a drug, where the word is in no name list.
_DOSE_AFTER = regex.compile(r"[ ]\d+(?:\.\d+)?[ ]?(?:mg|mcg|µg|g|ml|mL|IU|units?)(?![\p{L}])")
_LONG_NUMBER_AFTER = regex.compile(r"[ ]#?(?:0\d{1,5}|\d{4,6})(?![\p{L}\p{N}])")  # not `Branch 112` (yards)


# Labels of inventories of things (a label's last word): what is listed under them is no one.
_LIST_LABELS = frozenset("""
skills stack technologies tools tooling languages frameworks libraries databases dependencies integrations
platforms software apps holdings brands ingredients products stocks tickers companies manufacturers airlines equities
funds insurers
""".split())  # not `tech`, `crew`, `staff`, `team`, `lead`, `owner`, `competitors`, `positions`, `constituents`,
# `suppliers`, `carriers`: people's lists too
# Round 22: labels of a shelf's, a cabinet's or a pharmacy's goods (`OTC shelf restock: Advil, Tylenol PM, ...`), whose
# lists are duty rosters too (`Supplies: Okonkwo, Adeyemi`, `Restock: Priya, Dana`): read as things only where no word
# of the list is in a name list.
_GOODS_LABELS = frozenset("""
restock restocking inventory supplies meds medications medicines drugs prescriptions supplements otc pantry groceries
snacks essentials
""".split())
# A role's word or a title opening an item before a capitalized word (`Owner Maria Lopez`, `Chef Marco Bianchi`).
_ROLE_WORDS = frozenset("""
owner chef analyst contact maintainer admin administrator trainer broker advisor adviser lead interpreter manager
director ceo cfo coo cto founder editor author agent rep coach tutor nurse doctor dr mr mrs ms mx prof sir
""".split())
_NAME_WORD = regex.compile(r"\p{Lu}(?:\p{Ll}[\p{L}'’\-]*|\p{Lu}{2,})")  # (not `PM`, `IB`: a product's suffix)
_ITEM_WORDS = regex.compile(r"(?:(?:\p{Lu}[\p{L}\p{N}'’.\-+#]*|\d[\p{L}\p{N}.]*|and|of|&|the|de|du|la)(?:[ ]|$))+")


def _item_is_person(item: str, lexicon: dict) -> bool:
    """An item that reads as a person: a role's word or a title before a capitalized word (`Owner Maria Lopez`), or a
    first name of the lexicon before a capitalized word (`Dana Kim`, `Warren Buffett`)."""
    words = item.split()
    for i, (word, following) in enumerate(zip(words, words[1:], strict=False)):
        if not following[:1].isupper():
            continue
        key = word.rstrip(".").lower()
        entry = lexicon.get(key)
        if i == 0 and key in _ROLE_WORDS or entry is not None and entry[0] & FIRST:
            return True
    return False


def listed_things(text: str, found: list[tuple[int, int, float]]) -> set[int]:
    """The starts of the findings that are a whole item of a list under an inventory's label (the module's doc); an
    item that reads as a person stays, and a list with two such items is a list of people (`Top holdings: Warren
    Buffett, Charlie Munger`)."""
    out = set()
    lexicon = None
    for start, end, _ in found:
        line_start = text.rfind("\n", 0, start) + 1
        colon = text.rfind(":", line_start, start)
        if colon < 0:
            continue
        label = text[line_start:colon].split()
        if not label or label[-1].lower() not in _LIST_LABELS | _GOODS_LABELS:
            continue
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        values = text[colon + 1:line_end]
        if values.count(", ") + values.count("; ") < 2:
            continue  # no list: `Skills: negotiation with Grace Lee`
        item_start = max(text.rfind(",", colon, start), text.rfind(";", colon, start), text.rfind("(", colon, start),
                         colon) + 1
        ends = [i for i in (text.find(",", end, line_end), text.find(";", end, line_end),
                            text.find(")", end, line_end)) if i >= 0]
        items = regex.split(r"[,;][ ]?", text[item_start:min(ends) if ends else line_end])  # a run across items too
        lexicon = lexicon or load_lexicon()
        if label[-1].lower() in _GOODS_LABELS and any(
                (entry := lexicon.get(w.lower())) is not None and entry[0] & (FIRST | LAST)
                for w in _NAME_WORD.findall(values)):
            continue  # `Restock: Priya, Dana, Marcus` is a roster
        if any(_item_is_person(item, lexicon) for item in items):
            continue  # `Tools: Jira, Slack, Owner Maria Lopez`
        if sum(_item_is_person(item, lexicon) for item in regex.split(r"[,;(]", values)) >= 2:
            continue  # `Our secret ingredients: Maria Lopez, Ken Ito, and Joe Park`
        if all(item.strip() and _ITEM_WORDS.fullmatch(item.strip().rstrip(".") + " ") for item in items):
            out.add(start)  # `Top holdings: Johnson & Johnson, Nestlé, Roche`; `Sage, Basil` as one run
    return out


def _in_a_person(text: str, word: str, start: int, found: list[tuple[int, int, float]]) -> bool:
    """The word is part of another finding of several words (`Imran Khan`)."""
    return any(a != start and " " in text[a:b] and word in text[a:b].split() for a, b, _ in found)


def term_mentions(text: str, lone: list[tuple[int, int, float]],
                  found: list[tuple[int, int, float]] = ()) -> set[int]:
    """The starts of the one-word findings that are a kin word, an eponym's sign or procedure, or a numbered place;
    `found` (all findings) keeps a procedure's surname that is a person's elsewhere (`ask Imran Khan`)."""
    out = set()
    lexicon = None
    for start, end, _ in lone:
        word = text[start:end]
        key = word.lower()
        if key in KIN_WORDS:
            lexicon = lexicon or load_lexicon()
            entry = lexicon.get(key)
            if (entry is None or not entry[0] & FIRST) and not titled(text, start):
                out.add(start)  # `Sis: did you pay`, `thanks gran`; not `Nana` (a given name too)
        elif word.endswith(("'s", "’s")):
            sign = _SIGN_AFTER.match(text, end)
            if sign and not titled(text, start) and (
                    _CLINICAL_BEFORE.search(text, max(0, start - 12), start)
                    or _CLINICAL_AFTER.match(text, sign.end())):
                lexicon = lexicon or load_lexicon()
                entry = lexicon.get(key[:-2])
                line = text[text.rfind("\n", 0, start) + 1:(text + "\n").find("\n", end)]
                if (entry is None or not entry[0] & FIRST or key[:-2] in _SIGN_EPONYMS) and _CLINICAL_LINE.search(
                        line.replace(word + sign.group(), " ")):
                    out.add(start)  # `positive Murphy's sign`, `Murphy's sign negative`
        elif _PROCEDURE_AFTER.match(text, end):
            lexicon = lexicon or load_lexicon()
            entry = lexicon.get(key)
            if entry is not None and not entry[0] & FIRST and _METHOD_BEFORE.search(
                    text, max(0, start - 24), start) and not _DESK_AFTER.match(
                    text, _PROCEDURE_AFTER.match(text, end).end()) and not _in_a_person(text, word, start, found):
                out.add(start)  # `via Hochberg procedure`; not `Ask Grace procedure questions`
        elif key in _UNIT_ANY_NUMBER and _NUMBER_AFTER.match(text, end) or key == "branch" and _LONG_NUMBER_AFTER.match(
                text, end):
            out.add(start)  # `Berth 4`, `Branch 0412`
        elif _AS_STATE_AFTER.match(text, end) and _IMPERATIVE_OPENING.search(text, max(0, start - 40), start) and (
                entry := (lexicon := lexicon or load_lexicon()).get(key)) is not None and entry[0] & WORD:
            out.add(start)  # `[Todo] Mark all as paid`
        elif key in _BANK_FIELDS and word.isupper() and _BANK_VALUE_AFTER.match(text, end):
            out.add(start)  # `, IBAN GB29 NWBK ...`
        elif _DOSE_AFTER.match(text, end) and not titled(text, start) and (
                (entry := (lexicon := lexicon or load_lexicon()).get(key)) is None or not entry[0] & (FIRST | LAST)):
            out.add(start)  # `Lipitor 20 mg nightly`; not `Grace 20 mg`, `Okafor 5 mg` (a name list holds them)
    return out


# `St.` or `Saint` not after a capitalized word but a determiner or a sentence's first words (`Dana St. John's`,
# `Ms. St. Brendan's` are surnames)
_SAINT_BEFORE = regex.compile(
    r"(?:^|(?<![\p{Lu}][\p{L}.'’]*[ ])|(?<![\p{L}])(?:Our|The|At|In|To|From|My|Your|This|Visit|Join)[ ])"
    r"(?<![\p{L}.])(?:St\.?|Saint)[ ]$")
_SAINTS_HOUSE = regex.compile(
    r"\p{Lu}\p{Ll}+['’]s[ ](?:Parish|Church|Cathedral|Chapel|Abbey|Priory|Minster|Basilica|School|College|Academy"
    r"|Hospital|Hospice|Primary)(?:[ ]\p{Lu}\p{Ll}+)?(?![\p{L}])")  # `St. Oswald's Parish Hall`


def saints_houses(text: str, found: list[tuple[int, int, float]]) -> set[int]:
    """The starts of the findings that are a saint's church or school after `St.` (the module's doc)."""
    return {a for a, b, _ in found
            if _SAINTS_HOUSE.fullmatch(text, a, b) and _SAINT_BEFORE.search(text, max(0, a - 20), a)}


# An address's label: the tagger reads the address after it only where a finding stays (review r19, class F).
_ADDRESS_LABEL_BEFORE = regex.compile(r"(?i)(?<![\p{L}])(?:(?:ship|deliver)(?:[ ]to)?|address)[ \t]*:[ \t]*$")


def numbered_place(text: str, start: int, end: int) -> bool:
    """A place's word that is a name too before its number, after a label's colon or comma or opening its line
    (`Ship to: Dock 4`, `Thanks, Ward 7 team`), for the cue recognizer; not after a title (`Coach Hall 14 wins`)."""
    key = text[start:end].lower()
    if key not in _UNIT_WORDS and key not in _UNIT_ANY_NUMBER or _NUMBER_AFTER.match(text, end) is None:
        return False
    if _ADDRESS_LABEL_BEFORE.search(text, max(0, start - 16), start):
        return False  # `Ship to: Dock 4, Harbour Road warehouse`: the address's reading needs the finding
    before = text[max(0, start - 8):start].rstrip(" ")
    return (before[-1:] if before else "\n" if start <= 8 else "") in (":", ",", "\n")

