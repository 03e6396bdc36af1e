"""What an address carries after it that its line's places do not: a postcode in brackets, a country's line (round 13).

`addresses.complete_address` gives an address the places after it on its line and a city line with a postcode under
it. Two more shapes close an address as people write it: its postcode in brackets (`14 Linden Mews, Guildford
(GU1 3QT)`), and the country on the line under it, alone or after its city (`LONDON N4 2DR\\nUNITED KINGDOM`,
`District 5\\nHo Chi Minh City, Vietnam`, `10719 Berlin\\n   Germany`). A country's name is a closed list (`COUNTRIES`,
the one home of it); a line with anything else after the country is prose and stays.
"""

from __future__ import annotations

import regex

# Countries as an address's last line writes them, in English and in their own languages' common forms.
COUNTRIES = (
    r"Japan|Korea|South Korea|Republic of Korea|China|Hong Kong|Taiwan|Singapore|Malaysia|Philippines|India|"
    r"Australia|New Zealand|Canada|USA|U\.S\.A\.|United States|United States of America|UK|U\.K\.|United Kingdom|"
    r"Great Britain|England|Scotland|Wales|Northern Ireland|Ireland|Germany|Deutschland|France|Spain|España|Italy|"
    r"Italia|Netherlands|The Netherlands|Nederland|Belgium|Norway|Norge|Sweden|Sverige|Denmark|Danmark|Finland|"
    r"Iceland|Poland|Polska|Switzerland|Schweiz|Suisse|Austria|Österreich|Portugal|Luxembourg|Czech Republic|Czechia|"
    r"Hungary|Romania|Greece|Turkey|Türkiye|Ukraine|Israel|United Arab Emirates|UAE|Saudi Arabia|Qatar|Egypt|Morocco|"
    r"Brazil|Brasil|Mexico|México|Argentina|Chile|Colombia|Peru|Puerto Rico|South Africa|Nigeria|Ghana|Kenya|"
    r"Pakistan|Bangladesh|Sri Lanka|Nepal|Vietnam|Viet Nam|Thailand|Indonesia"
)


# ` (GU1 3QT)`, ` (10115)`, ` (H3B 1A7)`: a postcode alone in brackets right after the address (four digits are a
# year: `10 Downing Street (2019)`).
_BRACKETED_POSTCODE = regex.compile(
    r"[ ]?\((?:[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2}|\d{5}(?:-\d{4})?|\d{6}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d)\)")
# `\nUNITED KINGDOM`, `\n   Germany`, `\nHo Chi Minh City, Vietnam`: the next line, a country last and alone on it,
# written as a country is (`Turkey`, `TURKEY`; not `turkey`), and the block ends there: the text's end, an empty line
# or a label's line (`Tel +44 ...`, `Contents: books`), not a line of prose or a menu's (`Turkey\nHam`).
_COUNTRY_LINE = regex.compile(
    r"[ \t]*\n[ \t]*(?:\p{Lu}[\p{L}'’.\-]*(?:[ ]\p{Lu}[\p{L}'’.\-]*){0,3},[ ]?)?"
    rf"(?:{COUNTRIES}|{COUNTRIES.upper()})\.?[ \t]*(?=$|\n[ \t]*(?:\n|$|[^\n:：]{{1,30}}[:：]"
    r"|(?i:tel|phone|mobile|fax|e-?mail|t|m|e)\b|\+?\d))"
)


def lines_after(text: str, end: int) -> int:
    """Where an address that ends at `end` ends with its bracketed postcode and its country's line, if any."""
    if text.startswith((" (", "("), end) and (bracket := _BRACKETED_POSTCODE.match(text, end)):
        end = bracket.end()
    if text.startswith(("\n", " \n", "\t\n"), end) and (line := _COUNTRY_LINE.match(text, end)):
        end = line.end()
    return end
