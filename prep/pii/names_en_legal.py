"""Companies whose own name closes with a legal form (round 18), for `names_en_things.drop_things`.

`names_en_amp.company_named` reads a legal form after a found name (`Grace Biotherapeutics, Inc.`). Parties in a claim,
a charter or a register are written in capitals with the form as the name's last word (`NORDSTAR SHIPPING AS`,
`HARTLEY MARINE SERVICES LIMITED`), and the detector takes the whole run, form and all, as a person. A found span
of three words or more goes when its last word is a legal form: a spelled-out form anywhere (`Limited`, `Ltd`,
`Inc`, `LLC`, `GmbH`, `plc`), Europe's short forms (`AS`, `ASA`, `AB`, `NV`, `BV`, `AG`; `SA` is a surname too) only
when the whole span is in capitals and its line or clause ends right after it (`APPOINTMENT OF JOHN SMITH AS
DIRECTOR` stays a person). The span goes only when a word before the form is in no list of first names or surnames
(`NORDSTAR`) or is a trade's word (`SHIPPING`, `MARINE`): a span of names only keeps it, dictionary words or not (`NILS
ERIK AB`, `HOPE WELLS GMBH`, `ROSE MILLER AB`: a firm named after its owner names a person; round 18 review), and so
does a comma inside it (`KARI NORDMANN, AS WELL AS`). Only that mention goes; nothing is read unless the span's last
word is such a form.
"""

from __future__ import annotations

import regex

from prep.pii.names_en_words import FIRST, LAST, load_lexicon

_FORMS = frozenset("Limited LIMITED Ltd LTD Inc INC LLC LLP GmbH GMBH PLC plc".split())
# Europe's short forms, which a person's capitals can end in only as the word `as` (`SA`, a surname, is left out).
_SHORT_FORMS = frozenset("ASA AS AB NV BV AG OY APS".split())
# The words of a trade that a company's name carries (`MARINE` is a French first name, `TRADING` in no list).
_TRADES = frozenset("""
marine shipping shipbrokers services service trading holdings holding group logistics freight transport maritime
offshore tankers lines line navigation chartering capital partners investments industries industrial engineering
energy oil gas petroleum chemicals foods systems solutions consulting construction properties property estates
realty management global international technologies technology tech software motors auto steel mining metals
""".split())
_FORM_CLOSES = regex.compile(r"[ \t]*(?:\n|$|;|\)|,(?![ ]?\p{Lu}{2,}))")


def legal_form_closed(text: str, start: int, end: int) -> bool:
    """The span is a company's name closed by its legal form (the module's doc)."""
    span = text[start:end]
    last = span.rpartition(" ")[2].rstrip(".")
    if last not in _FORMS and last not in _SHORT_FORMS or span.count(" ") < 2 or "," in span:
        return False
    if not (last in _FORMS or span.isupper() and _FORM_CLOSES.match(text, end) is not None):
        return False
    return not all(_name(w) for w in span.split()[:-1])  # `NILS ERIK AB`, `HOPE WELLS GMBH`: a person's names stay


def _name(word: str) -> bool:
    """A first name or surname in any list, no trade's word (`Nils`, `Hope`, `Wells`; not `Marine`, `Nordstar`)."""
    word = word.lower()
    return bool(load_lexicon().get(word, (0,))[0] & (FIRST | LAST)) and word not in _TRADES
