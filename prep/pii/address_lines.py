"""What an address carries around it that its grammar does not read: a postcode in brackets, a country's line (round
13); a country after a comma on its line, a city's short name before its district, a street word's abbreviation before
the street (round 14).

`addresses.complete_address` gives an address the places after it on its line and a city line with a postcode under
it. Two more shapes close an address as people write it: its postcode in brackets (`14 Linden Mews, Guildford
(GU1 3QT)`), and the country on the line under it, alone or after its city (`LONDON N4 2DR\\nUNITED KINGDOM`,
`District 5\\nHo Chi Minh City, Vietnam`, `10719 Berlin\\n   Germany`). A country's name is a closed list (`COUNTRIES`,
the one home of it); a line with anything else after the country is prose and stays. On the address's own line a
country may follow a comma (`Seoul 03044, Republic of Korea`: the places reader stops at `of`).

Before an address (`lines_before`): a Korean city's short name before one of its districts (`천안 동남구 ...`, `수원
영통구 ...`; the cities that have districts, a closed list), the abbreviated street word that opens a street in
Poland, Indonesia, Malaysia or Latin America (`ul. Długa 14/7`, `Jl. Kemang Raya No. 18B`, `Av. Paulista 1578`), and
a street and a neighbourhood before a city that the grammar read alone (`26 Via Sonrisa, Rancho Santa Margarita, CA
92688`).
"""

from __future__ import annotations

import regex

from prep.pii.address_words import EU_STREET_WORDS, STREET_TYPES

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


# `, Republic of Korea`, `, BRAZIL` right after the address (or after a country's first word the places reader took).
_COUNTRY_INLINE = regex.compile(rf",[ ]?(?:{COUNTRIES}|{COUNTRIES.upper()})(?![\p{{L}}\d])")
KO_PROVINCE_SHORT = "서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주"
# The same provinces and metropolitan cities written out, old names and new (`충청남도`, `강원특별자치도`, `전라북도`).
KO_PROVINCE_FULL = (
    "서울특별시|부산광역시|대구광역시|인천광역시|광주광역시|대전광역시|울산광역시|세종특별자치시|서울시|부산시|대구시"
    "|인천시|광주시|대전시|울산시|세종시|경기도|강원도|강원특별자치도|충청북도|충청남도|전라북도|전북특별자치도|전라남도"
    "|경상북도|경상남도|제주도|제주특별자치도|충북도|충남도|전북도|전남도|경북도|경남도")
# Cities with districts (일반구), as addresses shorten them: `천안 동남구`, `경기 수원 영통구`.
KO_CITY_SHORT = "수원|성남|안양|안산|고양|용인|청주|천안|전주|포항|창원|부천|화성"
_KO_CITY_BEFORE = regex.compile(
    rf"(?<![가-힣])(?:(?:{KO_PROVINCE_SHORT}|[가-힣]{{2,4}}(?<=도))[ ,]+)?(?:{KO_CITY_SHORT})(?:시)?[ ]$")
_KO_DISTRICT_FIRST = regex.compile(r"[가-힣]{1,4}구[ ]")
# A street word's abbreviation before a capitalised street (Polish `ul.`/`al.`/`os.`/`pl.`, Indonesian and Malay
# `Jl.`/`Jln.`/`Jalan`, Spanish and Portuguese `Av.`/`Avda.`/`C/`).
# A street the grammar did not read, and a neighbourhood, before a city that it did (`It's 26 Via Sonrisa, Rancho
# Santa Margarita, CA 92688`, `vive en Calle 5 #24, Urb. Las Lomas, San Juan, PR 00921`): a house number and a
# street with its street word, or a street word and its number, where a line, a label or a place's word leads to it
# (not `Invoice 2231 Acme Corp, Dallas, TX 75201`, `We met at 5 Guys, Austin, TX 78701`).
_STREET_BEFORE = regex.compile(
    r"(?:^|(?<=[>\"(:]|\b(?i:at|to|is|in|en|from|'s)))[ \t]*"
    r"(?P<s>(?:\d{1,6}[A-Za-z]?[ ]"  # a house number and a street with its word (`26 Via Sonrisa`, not `5 Guys`)
    rf"(?=(?:\p{{Lu}}[\p{{L}}'’.\-]*[ ]){{1,3}}(?i:{STREET_TYPES})\.?(?![\p{{L}}])|{EU_STREET_WORDS}[ ]\p{{Lu}})"
    r"(?:(?!\p{Ll}{2,}[ ]\p{Ll})[^,\n]){1,40}"
    # ... or a street word and its number (`Calle 5 #24`)
    r"|(?:Calle|Carrera|Avenida|Rua|Via|Camino|Calzada)[ ]\d{1,4}(?:[ ]?#[ ]?\d{1,4}[A-Za-z]?)?(?=,))"
    r"(?:,[ ]?\p{Lu}(?:(?!\p{Ll}{2,}[ ]\p{Ll})[^,\n]){1,40}){0,2}),[ ]?$",
    regex.MULTILINE)  # (no two lower-case words, a sentence's: `..., UT 84532. Mail offers to PO Box 1187, ...`)
_STREET_WORD_BEFORE = regex.compile(r"(?<![\p{L}\d.])(?:(?i:ul|al|os|pl|jl|jln|av|avda)\.|Jalan|C/)[ ]?$")


def lines_before(text: str, start: int) -> int:
    """Where an address found at `start` starts with a city's short name or a street word's abbreviation before it."""
    if _KO_DISTRICT_FIRST.match(text, start) and (city := _KO_CITY_BEFORE.search(text, max(0, start - 16), start)):
        return city.start()
    if text[start:start + 1].isupper() and (word := _STREET_WORD_BEFORE.search(text, max(0, start - 8), start)):
        return word.start()
    if text[start:start + 1].isupper() and text[start - 2:start].strip() == "," and (
            street := _STREET_BEFORE.search(text, max(0, start - 130), start)):
        return street.start("s")
    return start


def lines_after(text: str, end: int) -> int:
    """Where an address that ends at `end` ends with its bracketed postcode and its country, if any."""
    comma = text.rfind(",", max(0, end - 12), end + 1)
    if comma >= 0 and (country := _COUNTRY_INLINE.match(text, comma)) and country.end() > end:
        end = country.end()
    if text.startswith((" (", "("), end) and (bracket := _BRACKETED_POSTCODE.match(text, end)):
        end = bracket.end()
    if text.startswith(("\n", " \n", "\t\n"), end) and (line := _COUNTRY_LINE.match(text, end)):
        end = line.end()
    return end
