"""Completing an address the grammar found: the rest of its line, its city line, a unit or a house number before it.

Split from `prep.pii.addresses` (round 14) so the grammar module stays one room; `addresses` re-exports
`complete_address`, and the unit words (`UNIT_NAMES`) live here, once, for both.
"""

from __future__ import annotations

import regex

from prep.pii.address_lines import lines_after, lines_before

UNIT_NAMES = "Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor|Rm|Room|Bldg"

# --- completing an address: the rest of its line --------------------------------------------------
# A found address often stops before the rest of what was written: a county (`, Co. Dublin`), a locality or
# a postcode of a country the tails above do not know (`, Lekki Phase 1, Lagos`, `184 51 Österskär`), a
# second part the grammar found apart (`Apt 4` then `Clanbrassil House, Dundalk ...`), or the city line
# under a street line (`Unit 7, Harcourt Business Park\nLeeds LS12 4QR`). Recall first: the places after an
# address (capitalised words, postcodes, numbers) go with it, up to a lower-case word, a label, a sentence's
# end or the end of the line; the next line only when it is all places and holds a postcode.
_NOT_PLACES = (  # any case (`TEL 0113 ...`)
    "Tel|Phone|Ph|Fax|Email|E-mail|Mobile|Mob|Cell|Attn|Ref|Order|Invoice|Dear|Hi|Hello|Thanks|Thank|Regards|Best|"
    "Contact|Home|Work|Office|Web|Website|Serial|Batch|SKU|Model|Ext|"
    "Cheers|Sincerely|Please|Call|The|This|That|And|But|Or|If|When|Then|See|Is|Was|Are|I|We|You|He|She|They|It|"
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tomorrow|Tonight|"
    "January|February|March|April|June|July|August|September|October|November|December"
)
_PLACE_TOKEN = (
    rf"(?!(?i:{_NOT_PLACES})(?![\p{{L}}\d]))"
    r"(?:(?:\p{Lu}\.){2,3}|\p{Lu}\p{Ll}{0,4}\.(?=[ ,])|\p{Lu}[\p{L}'’\-]*"
    r"|(?!1[5-9]\d\d-|(?:19|20)\d\d-)\d{2,5}-\d{3,5}(?![ ]?\(?(?i:ext|x)\b)"  # a unit pair or a postcode
    # (`102-1503`, `150-0001`), no `1588-` line, year's serial (`2023-0045`) or phone with its extension
    r"|\d{1,6}(?:st|nd|rd|th|[A-Za-z])?"
    r"|[A-Z0-9]{2,4}|#\d[\d\-]*)"  # `N.C.`, `Co.`, `Brgy.`, `App.`
    r"(?![\p{L}\d:@]|-\d)"  # (not part of a longer number: `역삼로 12  1588-1234`)
)
# (a place's linking word between its words: `Freiburg im Breisgau`, `Ciudad de México`, `Newcastle upon Tyne`;
# after a place's word, never after a postcode or a state: `..., CO 80202 de Ana Lopez` is a name)
_PLACE_LINK = r"(?:(?<=\p{Ll})[ ](?:im|am|an[ ]der|upon|de|del|da|do)(?=[ ]\p{Lu}))?"
_PLACE_PART = rf"{_PLACE_TOKEN}(?:{_PLACE_LINK}[ ]{_PLACE_TOKEN}){{0,4}}"
# (an abbreviation the address ended in may keep its period: `App` + `. 3, Montréal`)
_PLACES_AFTER = regex.compile(
    rf"(?:(?<=\p{{L}})\.(?=[ ]?\d|,)|(?<=(?<!\p{{L}})(?:Co|Brgy|App|Apt|No))\.)?"  # ... or `Co` + `. Cork`
    rf"(?:(?:,[ ]?|[ ]-[ ]|/|{_PLACE_LINK}[ ]){_PLACE_PART}){{1,6}}"
)
# A city line: up to five words, the postcode last (`Leeds LS12 4QR`, `Montréal QC H3B 1A7`).
_PLACE_LINE = regex.compile(
    rf"[ ]?\n[ ]?{_PLACE_TOKEN}(?:(?:,[ ]?|[ ]){_PLACE_TOKEN}){{0,4}}(?=[ ]*(?:$|\n|[·|•]))", regex.MULTILINE
)
_POSTCODE_TOKEN = regex.compile(  # `90210`, `184 51`, `LS12`, `K5T2`
    r"(?<![\p{L}\d])(?:\d{3,6}|(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,4})(?![\p{L}\d])"
)
# Round 19: a unit, then its building's or estate's name with no building word, then the address (`Flat 12, Shanti
# Kunj, 44 Carter Road`, `Flat 4B, Prestige Lakeside, 12 Varthur Main Road`), or on the line above it (`Unit 5,
# Brookfield Business Park` over `Carrigaline, Co. Cork P43 YX20`), or the name's first words where the address
# found starts with its last (`Flat 12B, Sea Breeze ` + `Apartments, 44 Carter Road`): the unit's number says it
# is an address's line. (The tagger retrained in round 19 no longer covered these where round 5's weights did.)
_HOUSE_BEFORE = regex.compile(r"(?<![\w.,/#\-])\d{1,5}[A-Za-z]?[ ]$")
# Units, blocks, plots and floors before an address, up to three (`flat 2 ` + `9 church lane`, `Blk 123 Ang Mo Kio`,
# `Plot 12, Adeola Odeku Street`, `building 7, 2nd floor, 4500 Technology Dr`, `RR 1, Site 5, Comp 12`); the unit
# word alone before a number the address starts with (`UNIT 2050 BOX 4190`).
_UNIT_BEFORE_WORDS = rf"(?i:{UNIT_NAMES}|blk|block|plot|lot|no|building|level|site|comp|rr|house|door|shop|pmb)\.?"
# `Whitfield Hall, 1100 University Ave`; round 17: a venue's name (`Willowbrook Barn, 1820 County Road 9`)
# A title, a greeting or a verb before the address is no venue's word (`Dear Mr. Hall, 12 Oak Street`, `Turn Left At`).
_NOT_VENUE = (
    r"(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sgt|Rev|Capt|Col|Lt|Dear|Hi|Hello|Hey|Contact|Attention|Attn|Thanks|Thank"
    r"|Call|Signed|Welcome|To|Turn|Left|Right|At|We|Love|Regards|Cheers|Deliver|Ship|Mail|Send|Visit|Meet|From)"
    r"(?![\p{L}'’]))"
)
# Heads that are surnames too (Hall, Mill, Ranch, Chapel ...) join after a first name as well: a hall named for a
# person is an address's first line (`Morgan Hall, 1100 University Ave`) as often as a person is its addressee, and
# either way the words are removed (the review's `Harriet Mill, 14 Elm Street` goes as an address).
_BUILDING = (
    rf"(?:{_NOT_VENUE}\p{{Lu}}[\p{{L}}'’]+\.?[ ]){{1,3}}(?:Hall|House|Tower|Lodge|Villa|Barn|Farm|Ranch|Inn|Chapel|Mill"
    r"|Orchard|Pavilion|Court|Towers|Building|Residency|Apartments|Homes|Manor|Cottage|Centre|Center|Plaza|Mansions"
    r"|Heights|Estate|Farms|Vineyard|Vineyards|Winery|Orchards|Gardens)"
)
# A floor as `7F, 21 Teheran-ro`: first after a label, a comma or an office's word, as a temperature is not
# (`oven to 350F, `).
_FLOOR_F = (
    r"(?<=(?:^|[:,\n\-–|]|(?i:office|studio|shop|store|clinic|center|centre|suite|building|tower|hq))[ ]{0,2})"
    r"[1-9]\d?F(?=,)"
)
_UNIT_BEFORE = regex.compile(
    rf"(?<![\w#])(?:(?:{_UNIT_BEFORE_WORDS}[ ]?#?(?=[A-Za-z]?\d|[A-Za-z](?![A-Za-z]))[A-Za-z0-9/\-]{{1,6}}"
    rf"|\d{{1,3}}(?i:st|nd|rd|th)[ ](?i:floor|fl)\.?"
    rf"|{_FLOOR_F}"
    rf"|{_BUILDING})"
    rf"(?:,[ ]?|[ ])){{1,3}}$|(?<![\w#]){_UNIT_BEFORE_WORDS}[ ]$"
)
# A US address closed by its city, state and ZIP is an address whole: before a unit or a city found that way, a house
# number and a street with no street word (`505 Grand Concourse, ` + `Apt 3F, Bronx, NY 10451`), and before a house
# number a bare unit (`4B, ` + `17 Ocean Pkwy, Brooklyn, NY 11218`).
_STATE_ZIP_END = regex.compile(r"[ ,][A-Z]{2}[ ]\d{5}(?:-\d{4})?$")
# Both only where an address may begin: a line's start, after a label's colon, or after a word that sends or places
# (`Ship to `, `lives at `); after any other word the number is that word's (`Windows 11 Pro`, `Gate 12 Terminal
# B`, `Chapter 11 Filing`, `Table 4B`), and an article inside is a title's (`12 Years A Slave`).
_ADDRESS_OPENS = (
    r"(?<=(?:^|[\n:>|•·]|(?<![\p{L}])(?i:to|at|in|from|is|address|addr)"
    r"|(?<![\w#\-/.,])(?:\d{1,4}[A-Z]|[A-Z]\d{1,3}),)[ \t]{0,3})"  # (and after a bare unit: `A1, ` + `25 Broadway`)
)
_BARE_STREET_BEFORE = regex.compile(
    rf"{_ADDRESS_OPENS}(?!(?:1[89]|20)\d\d[ ])\d{{1,5}}[A-Za-z]?(?:[ ](?!(?:A|An|The|Of|And)[ ,])\p{{Lu}}"
    r"[\p{L}'’\-]*){1,3},[ ]?$"
)
# (a year is no house number here, `In 1998 Netflix, Scotts Valley, CA`, and a plural closing it is a count of
# things, not a street: `5 Guys, Austin`, `3 Blue Widgets, Boise`; streets that are plurals are places' words)
_PLURAL_END = regex.compile(r"\p{Ll}s,[ ]?$")
_STREET_PLURALS = regex.compile(
    r"(?:Heights|Gardens|Meadows|Commons|Woods|Points|Springs|Falls|Hills|Acres|Lakes|Estates|Pines|Oaks|Shores"
    r"|Mills|Parks|Views|Fields|Brooks|Cliffs|Flats|Terraces|Mews|Villas|Palms|Cedars|Elms|Willows|Sands|Downs)"
    r",[ ]?$"
)
_UNIT_NAMED = regex.compile(
    rf"(?<![\w#]){_UNIT_BEFORE_WORDS}[ ]?#?(?=[A-Za-z]?\d)[A-Za-z0-9/\-]{{1,6}},[ ]?"
    r"(?:\p{Lu}[\p{L}'’]+[ ]){0,3}\p{Lu}[\p{L}'’]+(?P<end>,[ ]?|[ ]?\n|[ ])$"
)
_BARE_UNIT_BEFORE = regex.compile(rf"{_ADDRESS_OPENS}(?:\d{{1,4}}[A-Z]|[A-Z]\d{{1,3}}),[ ]?$")
_MAX_ADDED = 100


def complete_address(text: str, start: int, end: int) -> tuple[int, int]:
    """`(start, end)` of an address found at `text[start:end]`, with the places after it on its line (and on the
    next line, when that line is places with a postcode, or a country), and a house number or a unit before it."""
    if text[start:start + 1].isupper() and (house := _HOUSE_BEFORE.search(text, max(0, start - 8), start)):
        start = house.start()
    if unit := _UNIT_BEFORE.search(text, max(0, start - 40), start):
        start = unit.start()
    if (named := _UNIT_NAMED.search(text, max(0, start - 60), start)) and (
            named["end"] != " " or text[start:start + 1].isupper()):  # (`Sea Breeze ` + `Apartments, 44 ...`)
        start = named.start()
    if "," in text[max(0, start - 2):start] and _STATE_ZIP_END.search(text, max(start, end - 12), end):
        start = _street_before(text, start)
    after = _PLACES_AFTER.match(text, end, min(len(text), end + _MAX_ADDED))
    if after and not (text[end - 1] == "." and after[0][:1] == " "):  # `... Oak Rd. Reward offered`: a sentence
        end = _whole_words(text, end, after.end())
    if (line := _PLACE_LINE.match(text, end, min(len(text), end + _MAX_ADDED))) and (
            _POSTCODE_TOKEN.search(line[0][-7:])):
        end = _whole_words(text, end, line.end())
    return lines_before(text, start), lines_after(text, end)  # `천안 `, `(GU1 3QT)`, `\nUNITED KINGDOM`


_UNSEEN_NAME = 2.5  # the lexicon's name frequency for a word flagged a first name that wordfreq never saw as one


def _street_before(text: str, start: int) -> int:
    """`start`, moved back over a street with no street word and a bare unit before it (their comma closes them)."""
    if not text[start].isdigit() and (street := _BARE_STREET_BEFORE.search(text, max(0, start - 50), start)) and (
            not _PLURAL_END.search(street[0]) or _STREET_PLURALS.search(street[0])):
        start = street.start()
    if text[start].isdigit() and (unit := _BARE_UNIT_BEFORE.search(text, max(0, start - 8), start)):
        start = unit.start()
    return start


def _whole_words(text: str, start: int, end: int) -> int:
    """`end`, or where the last whole word before it ends when `_MAX_ADDED` cut a word (`Westmor|eland`)."""
    if end == len(text) or not (text[end - 1].isalnum() and text[end].isalnum()):
        return end
    cut = max(text.rfind(" ", start, end), text.rfind(",", start, end))
    if cut <= start:
        return start
    return start + len(text[start:cut].rstrip(" ,"))
