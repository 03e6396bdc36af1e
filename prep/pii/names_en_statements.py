"""The payer or payee of a bank statement's line (round 17), for `ListReader.find`.

Statements print the other party of a transfer as an initial and a surname in capitals after the transfer's code:
`TFR FROM R PATEL   £75.00`, `FASTER PAYMENT J OKONKWO   120.00`, `STO K ABERNATHY`, `FPI M FERREIRA REF RENT`.
No word list holds every surname, but the slot does: one or two capital initials, then one or two words in capitals,
then what ends a statement's cell (two spaces, a line end, a reference or an amount). A company's word at the end
(`J LEWIS PLC`), a product after the code with no initial (`ISA SAVER`, `A1 MOTORS`, `HMRC VAT`) or the article `A`
before common words (`TRANSFER TO A SAVINGS POT`) is no person.
"""

from __future__ import annotations

import regex

from prep.pii.names_en_words import WORD, load_lexicon

SCORE = 0.6
_CODE = (
    r"(?:TFR|TRANSFER|BANK[ ]TRANSFER|FASTER[ ]PAYMENT|FASTER[ ]PAYMENTS|PAYMENT|BANK[ ]CREDIT|BILL[ ]PAYMENT"
    r"|STO|S/O|SO|FPI|FPO|BGC|BACS|CHAPS|DEPOSIT|E-TRANSFER|ETRANSFER|INTERAC[ ]E-TRANSFER)(?:[ ](?:FROM|TO))?"
)
_PARTY = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}]){_CODE}[ ]+(\p{{Lu}}(?:[ .]\p{{Lu}})?\.?[ ]\p{{Lu}}[\p{{Lu}}'’\-]+"
    r"(?:[ ]\p{Lu}[\p{Lu}'’\-]+)?)"
    r"(?=[ ]{2,}|\t|[ ]*(?:\n|$)|[ ]+(?:REF\b|[£$€]?\d))"
)
_FIRM_WORDS = frozenset("PLC LTD LLC INC CO LIMITED GROUP STORES STORE BANK SAVER ISA MOTORS UK LLP CORP".split())


def statement_parties(text: str) -> list[tuple[int, int, float]]:
    """The parties of the module's doc in `text` (its caller looks for a transfer's code first)."""
    out = []
    for m in _PARTY.finditer(text):
        initial, _, rest = m.group(1).partition(" ")
        if rest.rsplit(" ", 1)[-1] in _FIRM_WORDS or initial in ("A", "I") and any(map(_more_word, rest.split())):
            continue  # `J LEWIS PLC`; `TRANSFER TO A SAVINGS POT`: the article, not an initial
        out.append((m.start(1), m.end(1), SCORE))
    return out


def _more_word(word: str) -> bool:
    """`NEW`, `SAVINGS`: written as a word more often than as a name."""
    entry = load_lexicon().get(word.lower())
    return entry is not None and bool(entry[0] & WORD) and entry[2] > entry[1]
