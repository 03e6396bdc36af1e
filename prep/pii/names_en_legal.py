"""Companies whose own name closes with a legal form (round 18), for `names_en_things.drop_things`.

`names_en_amp.company_named` reads a legal form after a found name (`Grace Biotherapeutics, Inc.`). Parties in a claim,
a charter or a register are written in capitals with the form as the name's last word (`NORDSTAR SHIPPING AS`,
`HARTLEY MARINE SERVICES LIMITED`), and the detector takes the whole run, form and all, as a person. A found span
of three words or more goes when its last word is a legal form: a spelled-out form anywhere (`Limited`, `Ltd`,
`Inc`, `LLC`, `GmbH`, `plc`), Europe's short forms (`AS`, `ASA`, `AB`, `NV`, `BV`, `AG`; `SA` is a surname too) only
when the whole span is in capitals and its line or clause ends right after it (`APPOINTMENT OF JOHN SMITH AS
DIRECTOR` stays a person). A person's names before the form keep the span (`NILS ERIK AB`: a firm named after its
owner names a person), and so does a comma inside it (`KARI NORDMANN, AS WELL AS`). Only that mention goes; nothing
is read unless the span's last word is such a form.
"""

from __future__ import annotations

import regex

from prep.pii.names_en_words import FIRST, LAST, WORD, load_lexicon

_FORMS = frozenset("Limited LIMITED Ltd LTD Inc INC LLC LLP GmbH GMBH PLC plc".split())
# Europe's short forms, which a person's capitals can end in only as the word `as` (`SA`, a surname, is left out).
_SHORT_FORMS = frozenset("ASA AS AB NV BV AG OY APS".split())
_FORM_CLOSES = regex.compile(r"[ \t]*(?:\n|$|;|\)|,(?![ ]?\p{Lu}{2,}))")


def legal_form_closed(text: str, start: int, end: int) -> bool:
    """The span is a company's name closed by its legal form (the module's doc)."""
    span = text[start:end]
    last = span.rpartition(" ")[2].rstrip(".")
    if last not in _FORMS and last not in _SHORT_FORMS or span.count(" ") < 2 or "," in span:
        return False
    if not (last in _FORMS or span.isupper() and _FORM_CLOSES.match(text, end) is not None):
        return False
    return not all(_name(w) for w in span.split()[:-1])  # `NILS ERIK AB`: a person's names before the form stay


def _name(word: str) -> bool:
    """A first name or surname that is no dictionary word or more often a name (`Nils`, `Erik`; not `Marine`)."""
    flags, name_zipf, word_zipf = load_lexicon().get(word.lower(), (0, 0.0, 0.0))
    return bool(flags & (FIRST | LAST)) and (not flags & WORD or name_zipf >= word_zipf)
