"""Things named like people that the words around them show (round 12), for `names_en_things.drop_things`.

A found span is no person when:
- it is a radio call sign, a first name between a unit's number and its own (`Units: 2 Adam 14, 2 Adam 9`: the
  APCO alphabet's `Adam`, `Boy`, `King`, `Lincoln`, `Mary` ...), where two such signs or a dispatch's words stand;
- it is a bot, a camel-case word ending in `Bot` (`TicketBot`, `DeployBot`);
- one word that is no first name or surname stands before a lower-case group noun (`Messaging team`, `Identity
  squad`), not before a job's words (`team lead`, `team member`);
- a dish's name (`_DISH_NAMES`) stands after a lower-case dish noun (`eggs Benedict`, `oysters Rockefeller`, `beef
  Wellington`; not `the chicken Sam liked`);
- in a recipe, a menu or an order (`names_en_menu`) one word or a run stands before a material or a pantry noun in
  lower case (`Sterling silver chain`, `Rose gold clasp`, `King Arthur flour`), no kin, title or dedication before
  it (`Aunt Ruth sugar cookies`, `To Ruby gold wrapping`).
Each reading keeps the same name elsewhere (`Adam called`, `Messaging Adam`): only this mention goes.
"""

from __future__ import annotations

import regex

from prep.pii.names_en_menu import is_menu_or_order
from prep.pii.names_en_words import FIRST, LAST, load_lexicon

_CALL_SIGN = regex.compile(
    r"(?<![\p{L}\p{N}])\d{1,2}[ ](?:Adam|Boy|Charles|David|Edward|Frank|George|Henry|Ida|John|King|Lincoln|Mary"
    r"|Nora|Ocean|Paul|Queen|Robert|Sam|Tom|Union|Victor|William|Young|Zebra)[ ]\d{1,3}(?![\p{N}:.]|,\d)")
_DISPATCH = regex.compile(r"(?i)\b(?:units?|dispatch(?:ed)?|responding|en[ ]route|on[ ]scene|patrol)\b")
_BOT = regex.compile(r"\p{L}*\p{Ll}(?:Bot|BOT)")
_GROUP_AFTER = regex.compile(
    r"[ ](?:team|squad|crew|guild|desk|committee|rota)s?(?![\p{L}\-])"
    r"(?![ ](?:lead|leader|member|mate|captain|manager))")
_DISH_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:eggs|oysters|beef|chicken|veal|lobster|bananas|cherries|peach|pears|steak|sole|shrimp)[ ]$")
# The names dishes carry (a closed list: a rarer first name after `chicken` is someone's, `chicken Kwame made`).
_DISH_NAMES = frozenset("""
benedict rockefeller wellington florentine stroganoff marsala parmesan parmigiana alfredo francese piccata diane
oscar kiev marengo cordon newburg thermidor scampi teriyaki tikka foster foster's melba suzette romanoff provencal
caesar bourguignon cacciatore carbonara milanese alfredo's normande
""".split())
# Kin, a title or a dedication right before a name: a person's recipe or gift (`Aunt Ruth sugar cookies`, `To Ruby`).
_PERSON_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:aunt|auntie|uncle|grandma|grandpa|granny|gran|nana|nan|mom|mum|dad|papa|mama|chef|mr|mrs|ms"
    r"|miss|dr|to|for|from|by|love|dear)\.?[ ]$")
_MATERIAL_AFTER = regex.compile(
    r"[ ](?:silver|gold|bronze|platinum|flour|sugar|butter|yeast|oats|cocoa|mustard|ketchup|syrup)(?![\p{L}\-])")


def named_kinds(text: str, found: list[tuple[int, int, float]]) -> set[int]:
    """The starts of the spans of `found` that name a thing here (the module's doc)."""
    out = set()
    order = None  # a recipe, a menu or an order: looked for once, only when a material follows a span
    for start, end, _ in found:
        span = text[start:end]
        lone = " " not in span and not span.endswith(("'s", "’s"))
        sign = _CALL_SIGN.search(text, max(0, start - 3), end + 6) if lone and text[start - 1:start] == " " else None
        if sign and sign.start() < start < sign.end() and _dispatch(text) or _BOT.fullmatch(span):
            out.add(start)
        elif lone and _GROUP_AFTER.match(text, end) and not load_lexicon().get(span.lower(), (0, 0.0))[0] & (
                FIRST | LAST):
            out.add(start)  # `Messaging team`; not `Daniel rota`, `Sarah team`
        elif lone and _DISH_BEFORE.search(text, max(0, start - 10), start) and span.lower() in _DISH_NAMES:
            out.add(start)  # `eggs Benedict`; not `the chicken Sam liked`, `chicken Kwame made`
        elif _MATERIAL_AFTER.match(text, end) and not _PERSON_BEFORE.search(text, max(0, start - 12), start):
            order = is_menu_or_order(text) if order is None else order
            if order:
                out.add(start)
    return out


def _dispatch(text: str) -> bool:
    """Two call signs, or one in a dispatch's words (`Units:`, `responding`, `en route`)."""
    return len(_CALL_SIGN.findall(text)) >= 2 or _DISPATCH.search(text) is not None
