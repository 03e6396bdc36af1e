"""Names beside `&` and adjectives made of names (round 10): two people, a company, or a word.

- `lone_surname`: a one-word name read as a surname before `&` makes a company (`Johnson & Johnson`, `Smith &
  Wesson`); a first name joined to another first name is two people (`Sarah & Tom`), unless the same word, a
  possessive or a product word follows (`Ben & Jerry's`, `Grace & Stella skincare`).
- `named_adjective_or_company`: an adjective the lexicon knows as no name (`Bayesian`), or a one-word name that is
  no first name before `&` and a plain word (`From: Orchard & Oak`): no person. Round 11 (the domain set t13): a
  name before a company's legal form or kind (`Grace Biotherapeutics, Inc.`, `Roper Technologies`, `Mark VII
  Transport`) or ending in one (`Samwoo Semicon Co`) is the company's.
"""

from __future__ import annotations

import regex

from prep.pii.names_en_words import FIRST, LAST, WORD, load_lexicon

_ADJECTIVE_OF_NAME = regex.compile(r"\p{Lu}\p{Ll}+(?:ian|ean|esque)")
_AMP_COMPANY = regex.compile(r"[ ]&[ ](\p{Lu}\p{Ll}+)(?![\p{L}])")
_LEGAL_FORMS = r"Inc|Ltd|LLC|LLP|Corp|Corporation|Co|GmbH|PLC|AG|Pty"
_COMPANY_KINDS = (
    r"Technologies|Holdings|Partners|Properties|Capital|Logistics|Transport|Pharmaceuticals|Therapeutics"
    r"|Biotherapeutics|Biosciences|Foods|Motors|Systems|Solutions|Laboratories|Labs|Industries|Enterprises|Hospitality"
    r"|Electronics|Semiconductor|Insurance|Airlines|Energy|Realty|Ventures|Networks|Software|Securities|Investments")
# `, Inc.`, `Ltd`, `Co.,` after the name (not `Co-founder`), or a company's kind right after it (`Roper Technologies`)
_COMPANY_AFTER = regex.compile(
    rf",?[ ](?:{_LEGAL_FORMS})(?=\.|,|[ ]*$|[ ]*\n)|[ ](?:{_COMPANY_KINDS})(?![\p{{L}}\-])", regex.MULTILINE)
_COMPANY_LAST = regex.compile(rf"(?<![\p{{L}}])(?:{_LEGAL_FORMS})\.?$")


def company_named(text: str, start: int, end: int) -> bool:
    """A name before a company's legal form or kind, or ending in a legal form: the company's (the module's doc)."""
    span = text[start:end]
    return bool(_COMPANY_AFTER.match(text, end)) or " " in span and bool(_COMPANY_LAST.search(span))


def named_adjective_or_company(text: str, start: int, end: int) -> bool:
    """An adjective made of a name, a word the lexicon knows as no name (`Bayesian`, `Euclidean`; not `Julian`,
    `Petrosian`), or a one-word name that is no first name before `&` and a plain word (`From: Orchard & Oak`; not
    `Kate & Lamb`): no person."""
    span = text[start:end]
    lexicon = load_lexicon()
    entry = lexicon.get(span.lower())
    if _ADJECTIVE_OF_NAME.fullmatch(span) and entry is not None and not entry[0] & (FIRST | LAST):
        return True  # a word the lexicon knows (`Bayesian`), not an unknown surname (`Petrosian`, `Hovanessian`)
    amp = _AMP_COMPANY.match(text, end) if " " not in span and not (entry and entry[0] & FIRST) else None
    flags, name_zipf, word_zipf = lexicon.get(amp.group(1).lower(), (0, 0.0, 0.0)) if amp else (0, 0.0, 0.0)
    return bool(flags & WORD) and not flags & FIRST and word_zipf > name_zipf  # `& Oak`, `& Sons`; not `& Jerry`


_AMP_NEXT = regex.compile(  # not `Ben & Jerry's`, `Grace & Stella skincare line`: a brand
    r"[ ]&[ ](\p{Lu}\p{Ll}+)(?!['’\p{L}])(?![ ](?i:skincare|line|brand|collection|products?|store|shop|bakery|cafe"
    r"|café|co\b|inc\b|llc\b|ltd\b|bar\b|kitchen|studio|boutique|salon|design|apparel))")


def lone_surname(word: str, flags: int, after: str) -> bool:
    """A one-word name read as a surname (`Johnson & Johnson`, `Smith & Wesson`): a surname, unless it is a first name
    too and `&` joins it to another first name (`Sarah & Tom`: two people; `Johnson & Johnson` is one company)."""
    if not flags & LAST:
        return False
    amp = _AMP_NEXT.match(after) if flags & FIRST else None
    return amp is None or amp.group(1) == word or not load_lexicon().get(amp.group(1).lower(), (0,))[0] & FIRST
