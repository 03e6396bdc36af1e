"""Objects and form words named like people (round 13), for `names_en_things.drop_things`.

A found span is no person when:
- a model year stands before it after a determiner and it opens with a car's make (`a 2009 Subaru Forester`, `my
  2016 Ford Ranger`, `the 2021 Audi Q5`): a vehicle; a year alone (`In 2009 Maria moved`) is no such sign, nor one
  before a person's name (`the 2018 Daniel Ortiz scholarship`, `the 2020 Mercedes Lopez fund`);
- it ends in a building's word and a floor, a level or a lobby follows (`Jasper Hall 3rd floor`, `Okafor House
  level 2`), no label right before it (`Complainant: Jasper Hall 3rd floor resident`), or after `Where:`: a
  building (`at`, `Room:` before one are `names_en`'s readings); a first name and a surname that is a building's
  word (`Mark Hall`) stay a person after a person's word (`Package for Mark Hall 2nd floor`), or after `Where:`
  unless the line ends or a room follows (`Where: Tom Hall (his apartment)`);
- it is the value of a vessel's or a vehicle's field (`Vessel: Maersk Essen`, `Ship: ONE Harmony`, `Vehicle: ...`),
  or a ship's prefix stands before it (`RMS Queen Mary 2`, `USS Gerald R. Ford`, `MV Doulos`), and then the same
  words' other mentions with the ship's number (`Queen Mary 2` as the article's title; not `USS Ronald Reagan
  docked. Ronald Reagan served two terms`: a person of the same name);
- a vessel's noun after a determiner or a possessive stands before it (`the tanker Stena Impero`, round 18), its first
  word in no list of first names or surnames and no owner's verb after it (`the yacht Zhang Wei owns` stays), or a
  quoted name there that is not only a person's names (`the paddle steamer "Belle of the Bayou"`; not `the ferry
  "Dmitri!"`); the verb `ship` and a driver's `tanker` have no determiner (`ship Nguyen Thi Lan the part`);
- one word that is no first name stands right before a colon after a wide gap, a slash, a bar or a semicolon on a
  line that already holds a field (`Shipper: Daon Co.   Consignee: ...`, `Landlord: X Ltd / Tenant: ...`): the next
  field's label (`Contact: Kim   Priya: call back` stays);
- one word that is no first name stands after a street's name and a comma, no clause goes on after it and the
  lexicon holds it as a place, a word more often than a surname, or not at all (`Market Square, Leeds`, `Mill Road,
  Cambridge`; not `Station Road, Priya will wait`, `Bridge Street, Okafor told police`): a town;
- it is a whole cell of a table's column whose header names a place (`store_id,city,state` over `S-0152,Elizabeth,
  NJ`): a town, as a person column's cells are people (`names_en_fields`);
- it is a team: one word more often a word than a name (`Westfield`, `Royals`; not `Marcus`, `Patel`) before a
  score or a won-lost record (`Westfield 3`, `Royals 5-5-1`, `Westfield (12-1-2)`), not inside brackets (a box
  score's players: `Lakeside 6 (Brooks 3, Tate 2)`), on a line where another item before its score is words and no
  name (`..., Union Catholic 0`, `Rockets 9-2, Pirates 7-3-1`); then its other lone mentions in the document too
  (`Westfield scored twice`);
- it is either name of a firm of two joined by `&` that the list of companies knows (`names_en_words.is_org_name`),
  the second possessive or the first no first name (`Ben & Jerry's`, `Dolce & Gabbana`; not `Thanks Ben & Jerry`),
  which the reading of siblings would otherwise take name by name.
Only that mention goes.
"""

from __future__ import annotations

import regex

from prep.pii.names_en_words import (
    BUILDING_ENDS,
    CAR_MAKES,
    FIRST,
    LAST,
    PLACE,
    TITLE_WORDNESS,
    is_org_name,
    load_lexicon,
)

_MODEL_YEAR_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:a|an|the|my|our|his|her|their|your|this|that|used|new)[ ](?:19|20)\d\d[ ]$")
_FLOOR_AFTER = regex.compile(
    r"[ ](?:\d{1,2}(?:st|nd|rd|th)[ ](?i:floor|fl\b)|(?i:floor|level)[ ]\d|(?i:lobby|basement|atrium|foyer)\b)")
_VESSEL_LABEL = regex.compile(
    r"(?:^|\n)[ \t]*(?i:vessel|ship|ferry|tanker|barge|vehicle|aircraft)(?:[ ](?i:name))?[ \t]*:[ \t]*"
    r"(?:\p{Lu}{2,5}[ ])?$")
_FIELD_BEFORE = regex.compile(r"\p{L}[ \t]*:[ \t]+\S[^\n]*?(?:[ ]{2,}|\t|[ ][/|][ ]|;[ ])$")
_STREET_BEFORE = regex.compile(  # `Market Square, Leeds`: a town after a street's name
    r"\p{Lu}\p{Ll}+[ ](?:Street|Road|Avenue|Lane|Square|Place|Terrace|Crescent|Boulevard|Drive|Way|Row|Parade),[ ]$")
_ROOM_AFTER = regex.compile(  # the line's end, or a room or a floor in it
    r"[ \t]*(?:\n|$)|,?[ ](?:(?i:room|rm|suite|floor|level|lobby|basement|atrium|foyer)\b|\d{1,2}(?:st|nd|rd|th)[ ])")
_PERSON_WORD_BEFORE = regex.compile(
    r"(?<![\p{L}])(?i:for|about|to|with|from|by|ask|tell|call|called|met|meet|thanks|cc|contact|against|see|saw|mr|mrs"
    r"|ms|mx|dr|prof)\.?[ ]$")
_CLAUSE_AFTER = regex.compile(r"[ ]+\p{Ll}")
_TOWN_WORDNESS = 0.5  # how much more often a surname is written as a word (a city's name) than as a name
_LABEL_RIGHT_BEFORE = regex.compile(r":[ \t]*$")
_WHERE_LABEL = regex.compile(r"[ \t]*(?i:where|meeting[ ]point)[ \t]*:[ \t]*")
PLACE_HEADERS = frozenset("city town suburb village county state province region country location branch".split())
_PLACE_HEADER = regex.compile(  # the cheap look for such a header before the table is split
    r"(?im)(?:^|[,|\t])[ ]*(?:city|town|suburb|village|county|location|branch)[ ]*(?:[,|\t]|$)")
_SHIP_PREFIX = regex.compile(r"(?<![\p{L}\p{N}])(?:RMS|HMS|USS|USNS|HMCS|HMAS|HMNZS|MV|M/V|SS|RV|FV)[ ]$")
# A vessel's noun after a determiner or a possessive, right before the name (`The ship Seawise Dawn`, `the tanker
# Stena Impero`, `our neighbour's yacht "Sheila"`, round 18); not the verb (`ship Nguyen Thi Lan the part`) nor a
# driver's trade (`tanker Olamide Bello delivered`).
_VESSEL_NOUN_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:(?i:the|a|an|this|that|my|our|his|her|their|your|its)|\p{L}+['’]s)[ ](?:\p{Ll}+[ ]){0,2}"
    r"(?i:ship|vessel|tanker|freighter|ferry|yacht|liner|trawler|schooner|steamer|steamship|icebreaker"
    r"|frigate|destroyer|submarine|(?:aircraft|cargo|bulk|car|oil|LNG)[ ]carrier|containership)[ ](?P<quote>[\"“])?$")
# The name as the subject of a relative clause (`The yacht Zhang Wei owns is moored`): its owner, not the ship.
_OWNER_VERB_AFTER = regex.compile(
    r"[ ](?:owns|owned|chartered|charters|bought|buys|sold|sells|rented|rents|hired|hires|leased|leases|booked|books"
    r"|took|takes|skippers|skippered|captains|captained|crews|crewed|runs|ran|drives|drove)(?![\p{L}])")
_QUOTED = regex.compile(r"[^\"”\n]{1,60}(?=[\"”])")
_VESSEL_NOUNS = frozenset(  # the cheap look first
    "ship vessel tanker freighter ferry yacht liner trawler schooner steamer steamship icebreaker frigate destroyer "
    "submarine carrier containership".split())
_SHIP_NUMBER_AFTER = regex.compile(r"[ ](?:\d{1,3}|[IVX]{1,4})(?![\p{L}\p{N}])")  # `Queen Mary 2`, `Ark Royal IV`
_SCORE_AFTER = regex.compile(r"[ ]\(?\d{1,3}(?:-\d{1,2}){0,2}\)?(?=[,;.]|[ ]*(?:\n|$))")
_SCORE_ITEM = regex.compile(
    r"(\p{Lu}[\p{L}'’\-]*(?:[ ]\p{Lu}[\p{L}'’\-]*){0,2})[ ]\(?\d{1,3}(?:-\d{1,2}){0,2}\)?(?=[,;.]|[ ]*(?:\n|$))")
_AMP_AFTER = regex.compile(r"[ ]&[ ](\p{Lu}[\p{L}'’]+)")
_AMP_BEFORE = regex.compile(r"(\p{Lu}[\p{L}'’]+)[ ]&[ ]$")


def named_objects(text: str, found: list[tuple[int, int, float]]) -> set[int]:
    """The starts of the spans of `found` that name a vehicle, a building, a vessel or a field here (the doc)."""
    out, teams, ships = set(), set(), set()  # a team's words go everywhere; a ship's name with its number
    cells = _place_cells(text) if ("," in text or "|" in text or "\t" in text) and _PLACE_HEADER.search(text) else set()
    for start, end, _ in found:
        line_start = text.rfind("\n", 0, start) + 1
        if (start, end) in cells:
            out.add(start)  # `S-0152,Elizabeth,NJ` under `store_id,city,state`
            continue
        if text[start - 1:start] == " " and "0" <= text[start - 2:start - 1] <= "9" and _MODEL_YEAR_BEFORE.search(
                text, max(0, start - 12), start) and _vehicle(text[start:end]):
            out.add(start)  # `a 2009 Subaru Forester`; not `the 2018 Daniel Ortiz scholarship`
        elif text[start:end].rpartition(" ")[2].lower() in BUILDING_ENDS and _building(text, line_start, start, end):
            out.add(start)  # `Jasper Hall 3rd floor`
        elif _VESSEL_LABEL.search(text, max(0, line_start - 1), start):
            out.add(start)  # `Vessel: Maersk Essen`
        elif _SHIP_PREFIX.search(text, max(0, start - 7), start):
            out.add(start)  # `RMS Queen Mary 2`
            if numeral := _SHIP_NUMBER_AFTER.match(text, end):
                ships.add(text[start:end] + numeral.group())  # and `Queen Mary 2` elsewhere (not `Queen Mary`)
        elif text[max(0, start - 16):start].rstrip(" \"“").rpartition(" ")[2].lower() in _VESSEL_NOUNS and (
                vessel := _VESSEL_NOUN_BEFORE.search(text, max(0, start - 64), start)) and (
                _quoted_ship(text, start) if vessel.group("quote") else _ship_named(text[start:end])) \
                and not _OWNER_VERB_AFTER.match(text, end):
            out.add(start)  # `The ship Seawise Dawn`, `paddle steamer "Belle of the Bayou"`; not `the ferry Tom took`
        elif text[end:end + 1] == ":" and " " not in text[start:end] and _FIELD_BEFORE.search(text, line_start, start) \
                and not load_lexicon().get(text[start:end].lower(), (0,))[0] & FIRST:
            out.add(start)  # `...   Consignee: Midwest Auto Parts`
        elif " " not in text[start:end] and text[start - 2:start] == ", " and _STREET_BEFORE.search(
                text, max(0, start - 40), start) and _town(text, start, end):
            out.add(start)  # `Market Square, Leeds`; not `Bridge Street, Okafor told police`
        elif "&" in text[max(0, start - 3):end + 3] and _firm(text, start, end):
            out.add(start)  # `Ben & Jerry's`
        elif " " not in text[start:end] and _SCORE_AFTER.match(text, end) and _wordy(text[start:end]) and _team(
                text, line_start, start, end):
            teams.add(text[start:end])  # `Westfield 3, Union Catholic 0`
    return out | {start for start, end, _ in found if text[start:end] in teams or ships and (
        numeral := _SHIP_NUMBER_AFTER.match(text, end)) and text[start:end] + numeral.group() in ships}


def _building(text: str, line_start: int, start: int, end: int) -> bool:
    """A span ending in a building's word names a building: a floor follows and no label stands right before it, or
    it follows `Where:`. Where its last word is a surname too and a first name opens it (`Mark Hall`, `Tom House`),
    a person's word right before it (`Package for Mark Hall 2nd floor`, `Complaint about Tom Hall`) keeps the
    person, and after `Where:` the line ends or a room or a floor follows (`Where: Hunter Hall, Room 2B`; not
    `Where: Tom Hall (his apartment)`)."""
    lexicon = load_lexicon()
    words = text[start:end].split()
    person_like = len(words) >= 2 and lexicon.get(words[0].lower(), (0,))[0] & FIRST and lexicon.get(
        words[-1].lower(), (0,))[0] & LAST
    if _WHERE_LABEL.fullmatch(text, line_start, start):
        return not person_like or _ROOM_AFTER.match(text, end) is not None
    if not _FLOOR_AFTER.match(text, end) or _LABEL_RIGHT_BEFORE.search(text, line_start, start):
        return False
    return not person_like or _PERSON_WORD_BEFORE.search(text, max(0, start - 12), start) is None


def _town(text: str, start: int, end: int) -> bool:
    """The word after a street's name and a comma is a town's: no clause goes on after it (`Okafor told police`,
    `Nguyen said`), it is no first name, and the lexicon holds it as a place, as a word more often than a surname (a
    city's name is written often: `Leeds`, `Cambridge`; not `Okafor`, `Kowalski`) or not at all."""
    if _CLAUSE_AFTER.match(text, end):
        return False
    entry = load_lexicon().get(text[start:end].lower())
    return entry is None or not entry[0] & FIRST and (bool(entry[0] & PLACE) or entry[2] - entry[1] > _TOWN_WORDNESS)


def _ship_named(span: str) -> bool:
    """After a vessel's noun, a ship's name: its first word in no list of first names or surnames (`the boat Tom
    built`, `the ship Mary Rose`, `the yacht Zhang Wei` stay: doubt goes), and its last word no word that a list
    holds as a surname only (`the ferry Chidi Okafor recommended`; `Seawise Dawn` ends in a first name, `Stena
    Impero` in no name)."""
    words = span.split()
    first = load_lexicon().get(words[0].lower(), (0, 0.0, 0.0))
    last = load_lexicon().get(words[-1].lower(), (0, 0.0, 0.0))
    return not first[0] & (FIRST | LAST) and not (last[0] & LAST and not last[0] & FIRST)


def _quoted_ship(text: str, start: int) -> bool:
    """A quoted name after a vessel's noun is the ship's unless the quote holds only a person's names (`the ferry
    "Dmitri!"`, `the ship "Priya"`, `"Mary Ellen"`): `"Belle of the Bayou"` goes, a name called out stays."""
    quoted = _QUOTED.match(text, start)
    words = regex.findall(r"\p{L}+", quoted.group()) if quoted else []
    lexicon = load_lexicon()
    return bool(words) and not all(lexicon.get(w.lower(), (0,))[0] & (FIRST | LAST) for w in words)


def _vehicle(span: str) -> bool:
    """A car's make and model (`Subaru Forester`, `Ford Ranger`), not a make's name before a surname more often a
    name than a word (`Mercedes Lopez`)."""
    words = span.split()
    if words[0].lower() not in CAR_MAKES:
        return False
    entry = load_lexicon().get(words[-1].lower(), (0, 0.0, 0.0))
    return len(words) == 1 or not (entry[0] & LAST and entry[1] >= entry[2])


def _firm(text: str, start: int, end: int) -> bool:
    """The span and the name joined to it by `&` name a company the lexicon's list holds (`Ben & Jerry's`)."""
    after = _AMP_AFTER.match(text, end)
    before = _AMP_BEFORE.search(text, max(0, start - 30), start)
    first, second = (text[start:end], after.group(1)) if after else (before.group(1), text[start:end]) if before \
        else ("", "")
    if not first or not is_org_name(f"{first} & {second}"):
        return False  # two people may share a firm's names (`Thanks Ben & Jerry for the lift`): a possessive, or no
    return second.endswith(("'s", "’s")) or not load_lexicon().get(first.lower(), (0,))[0] & FIRST  # first name


def _place_cells(text: str) -> set[tuple[int, int]]:
    """(start, end) of the cells under a header naming a place, in the rows after it with as many cells."""
    out = set()
    lines = text.split("\n")
    starts, offset = [], 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    sep, columns, width = None, set(), 0
    for i, line in enumerate(lines):
        if sep is not None and line.count(sep) == width - 1 and line.strip():
            pos = starts[i]
            for k, cell in enumerate(line.split(sep)):
                if k in columns and cell.strip():
                    lead = len(cell) - len(cell.lstrip())
                    out.add((pos + lead, pos + len(cell.rstrip())))
                pos += len(cell) + 1
            continue
        sep = next((c for c in ("|", "\t", ",") if c in line), None)
        cells = line.split(sep) if sep else []
        columns = {k for k, c in enumerate(cells) if c.strip().lower() in PLACE_HEADERS}
        width = len(cells)
        if not columns:
            sep = None
    return out


def _team(text: str, line_start: int, start: int, end: int) -> bool:
    """A score's item outside brackets on a line where another item before its score is words and no name."""
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if line[:start - line_start].count("(") > line[:start - line_start].count(")"):
        return False  # `Lakeside 6 (Brooks 3, Tate 2)`: players in a box score
    for m in _SCORE_ITEM.finditer(line):
        if m.start(1) != start - line_start and all(_wordy(w) for w in m.group(1).split()):
            return True
    return False


def _wordy(word: str) -> bool:
    """A word no name, a surname more often a word (`Rockets`, `Union`, `Catholic`), or a first name far more often a
    word (`Royal`, as `names_en_words.TITLE_WORDNESS` tells; not `Marcus`, `Grace`)."""
    entry = load_lexicon().get(word.lower())
    if entry is None or not entry[0] & (FIRST | LAST):
        return entry is not None
    return entry[2] - entry[1] > (TITLE_WORDNESS if entry[0] & FIRST else 0.0)
