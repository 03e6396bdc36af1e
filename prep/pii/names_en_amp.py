"""Names beside `&` and adjectives made of names (round 10): two people, a company, or a word.

- `lone_surname`: a one-word name read as a surname before `&` makes a company (`Johnson & Johnson`, `Smith &
  Wesson`); a first name joined to another first name is two people (`Sarah & Tom`), unless the same word, a
  possessive or a product word follows (`Ben & Jerry's`, `Grace & Stella skincare`).
- `named_adjective_or_company`: an adjective the lexicon knows as no name (`Bayesian`), or a one-word name that is
  no first name before `&` and a plain word (`From: Orchard & Oak`): no person.
- `company_named` (round 11, the domain set t13; narrowed by a review's probes): a name before a company's legal
  form (`Grace Biotherapeutics, Inc.`), or before its kind when it starts with no common first name and no job
  word follows (`Roper Technologies`), or three words ending in `Co` or a bank's `Bancorp` (`Samwoo Semicon Co`,
  `Rose Hill Bancorp`; round 16), is the company's.
"""

from __future__ import annotations

import regex

from prep.pii.names_en_camel import camel_brand
from prep.pii.names_en_menu import COMMON_FIRST_ZIPF
from prep.pii.names_en_terms import numbered_place
from prep.pii.names_en_words import FIRST, LAST, WORD, load_lexicon

_WORD_END = regex.compile(r"\p{L}*")
_ADJECTIVE_OF_NAME = regex.compile(r"\p{Lu}\p{Ll}+(?:ian|ean|esque)")
_AMP_COMPANY = regex.compile(r"[ ]&[ ](\p{Lu}\p{Ll}+)(?![\p{L}])")
_LEGAL_FORMS = r"Inc|Ltd|LLC|LLP|Corporation|GmbH|PLC|Pty"
_COMPANY_KINDS = (
    r"Technologies|Holdings|Partners|Properties|Capital|Logistics|Transport|Pharmaceuticals|Therapeutics"
    r"|Biotherapeutics|Biosciences|Foods|Motors|Systems|Solutions|Laboratories|Labs|Industries|Enterprises|Hospitality"
    r"|Electronics|Semiconductor|Insurance|Airlines|Energy|Realty|Ventures|Networks|Software|Securities|Investments")
# `, Inc.`, `Ltd`, `Co., Ltd` after the name, not before a title (`Maria Garcia, Corp. Secretary`)
_LEGAL_AFTER = regex.compile(
    rf",?[ ](?:(?:{_LEGAL_FORMS})\.?|Co\.,?(?:[ ]Ltd)?)(?=[,.]|[ ]*$|[ ]*\n)(?![.,]?[ ]\p{{Lu}}\p{{Ll}})",
    regex.MULTILINE)
# a company's kind right after a name that is no common first name, with no job or team word after it (`Roper
# Technologies`; not `Kevin Turner Logistics Coordinator`, `Priya Nguyen Foods team`, `Michael Logistics manager`)
_KIND_AFTER = regex.compile(
    rf"[ ](?:{_COMPANY_KINDS})(?![\p{{L}}\-])(?![ ](?i:coordinator|engineer|manager|agent|specialist|analyst|director"
    r"|lead|team|department|dept|architect|officer|associate|assistant|supervisor|planner|consultant|intern)\b)")
# the last word of a run of three words or more: `Samwoo Semicon Co`, `Rose Hill Bancorp` (a bank's holding company,
# a word the lexicon does not hold, so the run takes it in)
_COMPANY_LAST = regex.compile(r"(?<![\p{L}])(?:Co\.?|Bancorp(?:oration)?|Bancshares|Bankshares)$")


def company_named(text: str, start: int, end: int) -> bool:
    """A name before a company's legal form, or before its kind when the name starts with no common first name, or
    a run of three words or more ending in `Co` or `Bancorp`: the company's (the module's doc)."""
    span = text[start:end]
    if _LEGAL_AFTER.match(text, end) or span.count(" ") >= 2 and _COMPANY_LAST.search(span):
        return True
    first = load_lexicon().get(span.split(" ", 1)[0].lower(), (0, 0.0, 0.0))
    return bool(_KIND_AFTER.match(text, end)) and not (first[0] & FIRST and first[1] >= COMMON_FIRST_ZIPF)


def named_adjective_or_company(text: str, start: int, end: int) -> bool:
    """An adjective made of a name, a word the lexicon knows as no name (`Bayesian`, `Euclidean`; not `Julian`,
    `Petrosian`), or a one-word name that is no first name before `&` and a plain word (`From: Orchard & Oak`; not
    `Kate & Lamb`), or a place's word before its number (`Ship to: Dock 4`, `names_en_terms`), or a brand glued from
    common words (`Client: SharePoint`, `names_en_camel`): no person."""
    if numbered_place(text, start, end) or camel_brand(text, start, _WORD_END.match(text, end).end()):
        return True  # (the patterns may end inside the glued word: `Share` of `SharePoint`)
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
