"""Banks and streaming services named like people, shown by their trade right beside them (round 16), for
`names_en_things.drop_things`.

`Chase`, `Ally`, `Marcus` are banks and `Max` a streaming service as often as they are people in finance and media
text. A mention goes only where the trade stands right beside it: a product or a unit of the trade after it (`Chase
Business Customer Service`, `Chase Sapphire`, `Ally Bank`, `Max bundles`, `Marcus savings`), or another company of
the same trade joined to it by `and`, `or`, `&` or a comma (`Wells Fargo and Chase`, `Hulu and Max`, `Chase, Citi
and PNC`). A person keeps the name: a greeting, a title or kin before it (`thanks Chase`, `Mr. Chase`), a possessive
(`Chase's card`), a surname after it (`Chase Miller`, a run the detector finds whole), and a verb after the
coordination's other company (`Netflix and Max fell asleep`: the trade's product after it is needed for `Max`).
Round 16 fix: a product word that is also a verb keeps the person in a verb's structure (`Max plans the route`,
`Marcus loans me`, `Ally accounts for`, `Emma and Chase deposits`; `compounds.verb_reading`), a name the document
greets anywhere is the person's everywhere in it, payment apps are no banks to coordinate with (`Venmo or Zelle,
Chase?`), and an author list or a longer name after the bank (`Discover Club president`) is no coordination.
"""

from __future__ import annotations

import regex

from prep.pii.names_en_compounds import person_slot, verb_reading

_BANKS = (r"Wells[ ]Fargo|Citi(?:bank)?|Bank[ ]of[ ]America|BofA|Capital[ ]One|Amex|American[ ]Express|PNC|HSBC"
          r"|U\.?S\.?[ ]Bank|TD(?:[ ]Bank)?|Barclays|Santander|Schwab|Fidelity|Vanguard|Goldman(?:[ ]Sachs)?"
          r"|Morgan[ ]Stanley|JPMorgan|Truist|Discover|Synchrony|Navy[ ]Federal|USAA|SoFi|Chime")
_STREAMERS = (r"Netflix|Hulu|Disney\+|Disney[ ]Plus|Peacock|Paramount\+|Apple[ ]TV\+?|Prime[ ]Video|HBO|YouTube[ ]TV"
              r"|Spotify|ESPN\+|Starz|Showtime|Sling")
_BANK_PRODUCTS = (r"Bank|Business|Sapphire|Freedom|Ink|Private[ ]Client|Invest|Home[ ]Lending|Auto|Mobile|checking"
                  r"|savings|cards?|credit[ ]cards?|debit[ ]cards?|accounts?|app|branch(?:es)?|ATMs?|mortgages?|loans?"
                  r"|customers?|cardholders?|Customer[ ]Service|deposits?|transfers?|statements?|CDs?")
_STREAM_PRODUCTS = r"bundles?|subscriptions?|subscribers?|plans?|originals?|app|prices?|tier|library|catalog(?:ue)?"
# name -> (its trade's companies, the product words after it; a coordination counts only with `coordinated`)
_TRADES = {
    "chase": (_BANKS, _BANK_PRODUCTS, True),
    "ally": (_BANKS, _BANK_PRODUCTS, True),
    "marcus": (_BANKS, r"by[ ]Goldman|savings|accounts?|CDs?|loans?|app", False),
    "max": (_STREAMERS, _STREAM_PRODUCTS, False),
}
_AFTER = {k: regex.compile(rf"[ ](?:{p})(?![\p{{L}}])") for k, (_, p, _) in _TRADES.items()}
_COMPANY_BEFORE = {k: regex.compile(rf"(?<![\p{{L}}])(?:{c})(?:[ ](?:and|or|&)|,)[ ]$") for k, (c, _, _) in
                   _TRADES.items()}
_COMPANY_AFTER = {k: regex.compile(rf"(?:[ ](?:and|or|&)|,)[ ](?:{c})(?![\p{{L}}])(?![ ]\p{{Lu}})") for k, (c, _, _) in
                  _TRADES.items()}
_PERSON_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:mr|mrs|ms|mx|dr|hi|hey|hello|dear|thanks|thank[ ]you|ask|told|tell|met|uncle|aunt|cousin"
    r"|brother|sister|son|daughter|my|our|to:)\.?,?[ ]$")
# Round 17: a streaming service in its platform's slot, closing the clause (`Now streaming on Max`, `available to
# stream on Max`, `premieres Friday on Max`); `the pressure is now on Max`, `counting on Max`, `on Max's couch` stay
# people.
# Max closes the clause after the platform's slot (`on Max.`, `on Max this Friday`, `on Max and Hulu`); a comma, a
# colon, `who`, `as he`, `and Lily's` after it speak of a person (`streaming on Max, who fell asleep`).
_CLAUSE_CLOSED = regex.compile(
    rf"(?:[ ](?:this|next|tonight|today|tomorrow|now|too|again|from|every|on)(?:[ ]\p{{Lu}}\p{{Ll}}*day|[ ]week(?:end)?"
    rf"|[ ]month|[ ]year)?|[ ]\p{{Lu}}\p{{Ll}}*day)*(?:[ ]*[.!?;)]|[ ]*$|(?:,?[ ](?:and|or|&)|,)[ ](?:{_STREAMERS})"
    rf"(?![\p{{L}}'’]))")
_PLATFORM_BEFORE = regex.compile(
    r"(?i)(?<![\p{L}])(?:stream(?:s|ed|ing)?|available|exclusively|premieres?|premiering|airs?|airing|binge)"
    r"(?:[ ](?:it|them|this|now|free|today|tonight|next[ ]\p{L}+|\p{Lu}\p{Ll}*day))?[ ]on[ ]$")
# A list of authors or editors: the names in it are people's (`Authors: M. Chen, Chase and Vanguard (eds.)`).
_AUTHORS = regex.compile(r"(?i)(?<![\p{L}])(?:authors?:|\(eds?\.\)|et[ ]al\.)")


def trade_brands(text: str, lone: list[tuple[int, int, float]]) -> set[int]:
    """The starts of the one-word findings that are a bank or a streaming service here (the module's doc)."""
    out = set()
    addressed = {text[a:b].lower() for a, b, _ in lone if _PERSON_BEFORE.search(text, max(0, a - 14), a)}
    for start, end, _ in lone:
        key = text[start:end].lower()
        if key not in _TRADES or key in addressed or not text[start].isupper():
            continue  # `To: Chase ... Subject: Chase loans ... Hi Chase`: the document speaks to the person
        if key == "max" and _PLATFORM_BEFORE.search(text, max(0, start - 40), start) and _CLAUSE_CLOSED.match(
                text, end):
            out.add(start)  # `Now streaming on Max.`
        elif _TRADES[key][2] and not _AUTHORS.search(text) and (
                _COMPANY_BEFORE[key].search(text, max(0, start - 30), start) or _COMPANY_AFTER[key].match(text, end)):
            out.add(start)  # `Wells Fargo and Chase`
        elif (m := _AFTER[key].match(text, end)) and not verb_reading(text, start, end, m.end()) and not (
                person_slot(text, start) and not _COMPANY_BEFORE[key].search(text, max(0, start - 30), start)):
            out.add(start)  # `Chase Business Customer Service`, `Max bundles`; not `Max plans the route`
    return out
