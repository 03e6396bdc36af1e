"""Street addresses, Korean and English: a grammar of address parts, with a small gazetteer.

Not a statistical model: an address is a sequence of parts whose shapes are regular (a road name ends
in 로/길/대로/번길 and a building number follows; a lot address is a 동/리/가 name and a lot number; a
unit is `101동 1203호`, `305호`, `7층`; an English address is a house number, a street name and a
street type). What varies is how many parts people write, so each pattern here takes any sub-sequence
that is distinctive enough on its own, recall first:

- `KO_ADDRESS`: a 시/군/구 name, then a road, a lot, or a 동 name and a unit
  (`수영구 온천대로 213 401호`, `청주시 흥덕구 삼산동 스위첸 104동 904호`);
- `KO_ADDRESS_PART`, no district: a glued or 대로/길/번길 road, any road with a unit after it, a
  hyphenated lot, a 동 name or a named building before a 동/호 unit (`테헤란로152`, `판교역로 235 7층`,
  `역삼동 123-4`, `삼산동 스위첸 104동 904호`);
- `KO_UNIT`: `101동 1203호` alone (the home left after the street part, or said alone);
- `KO_ADDRESS_BARE`: any road (`삼산로 327`), after an address cue only;
- `EN_ADDRESS`: house number, capitalized or ALL-CAPS street words, a street type; unit, city, state and
  ZIP/postcode optional (`742 Evergreen Terrace`, `5890 E CANAL ST APT 5A, PORTLAND OR 97200`);
- `EN_ADDRESS_LOWER`: the same in lower case, with a unit or a city and postcode after it
  (`175 church street, glasgow g12 9nx`);
- `PO_BOX`: `P.O. Box`, `PO Box`, `Post Office Box`, `사서함` (`P.O. Box 84982, Springfield, IL 62716`);
- `KO_ROMANIZED`: a `-ro`/`-gil`/`-daero` road with a number (`152 Teheran-ro, Gangnam-gu`).

The gazetteer is small and hand-written: the 17 provinces' short names (`서울`, `충북` ...), apartment
brands and building words (`아파트`, `빌라`, `래미안`, `자이` ...), English street types and unit words.
After the address a unit (`, 1002동 2001호`, `15층`) and a reference dong in parentheses (`(역삼동)`)
are taken in; a Korean road number followed by a counter (`3배`, `2개`, `5분`) is no address.
"""

from __future__ import annotations

from dataclasses import dataclass

from prep.pii.address_completion import UNIT_NAMES as _UNIT_NAMES
from prep.pii.address_completion import complete_address  # noqa: F401 -- its home for recognizers and the tagger
from prep.pii.address_formats import (
    ID_ADDRESS,
    ID_ADDRESS_TRIGGER,
    JP_ADDRESS,
    JP_ADDRESS_TRIGGER,
    OTHER_ADDRESS,
    OTHER_ADDRESS_TRIGGER,
    PH_ADDRESS,
    PH_ADDRESS_TRIGGER,
    TW_ADDRESS,
    TW_ADDRESS_TRIGGER,
)
from prep.pii.address_lines import KO_PROVINCE_SHORT
from prep.pii.address_words import EU_STREET_WORDS as _EU_STREET_WORDS
from prep.pii.address_words import STREET_TYPES

# --- Korean --------------------------------------------------------------------------------------

# Each name is one possessive run of syllables whose ending a lookbehind then checks (`[가-힣]{2,8}+(?<=구)`):
# a scan tries each word once instead of every split of it, ~5x faster on Korean prose.
_KO_PROVINCE = (
    rf"(?:[가-힣]{{3,10}}+(?<=특별자치시|특별자치도|특별시|광역시|도|시)|(?:{KO_PROVINCE_SHORT})(?![가-힣]))"
)
_KO_DISTRICT = r"[가-힣]{2,8}+(?<=시|군|구)"
# 동/읍/면/리 names and `종로1가`, `역삼1동`; Hangul first (`104동` is a unit); a 가 area has its number
# (`비밀번호가 2025-11` is a sentence's subject and a date).
_KO_AREA = r"[가-힣][가-힣0-9]{1,9}+(?<=[동읍면리]|\d가)"
_KO_NUMBER = r"[1-9]\d{0,3}(?:-[1-9]\d{0,3})?"  # no building or lot number starts with 0 (`빨리 010-...` is a phone)
# `테헤란로`, `달구벌대로32길`, `자하문로5가길`, `보문로34다길`; glued to 24 (`부산광역시해운대구센텀중앙로97`).
_KO_ROAD_NAME = r"[가-힣]{2,24}+(?:\d{1,4}[가-힣]{1,3}+)?"
# The side road may follow the number: `세류로 12번길 19-3`, `옥포로 2길 8`, `퇴계로 36가길 9`.
_KO_SIDE_ROAD = rf"(?:(?:번[가-힣]?|[가나다라마바사아자차카타파하])?길[ ]?{_KO_NUMBER})?"  # `82번안길 15` too
# No road's name ends in the particle 으로 (`택배사 사정으로 12/8(화)에`: a reason and a date).
_KO_ROAD = rf"{_KO_ROAD_NAME}(?<=[로길])(?<!으로)[ ]?{_KO_NUMBER}{_KO_SIDE_ROAD}"
_KO_DIGIT_ROAD = (  # `1100로 3308`, `2순환로49번길 234`
    rf"\d{{1,4}}(?:[.·]\d{{1,2}})?[가-힣]{{0,4}}+(?:\d{{1,3}}[가-힣]{{1,3}}+)?(?<=로|길)[ ]?{_KO_NUMBER}"
)
_KO_LOT = rf"{_KO_AREA}[ ]?(?:산[ ]?)?{_KO_NUMBER}(?:번지)?"
# Roads distinctive without a district: 대로/번길/N길, or a name glued to its number (`테헤란로152`).
_KO_ROAD_STRONG = (
    rf"{_KO_ROAD_NAME}(?:(?<=[가-힣]대로|[가-힣0-9]번[가-힣]?길|\d길)[ ]?{_KO_NUMBER}(?:번길[ ]?{_KO_NUMBER})?"
    rf"|(?<=[가-힣]{{2}}[로길])(?<!으로|[에와과]로)\d{{1,4}}(?:-\d{{1,4}})?(?!가(?!길)))"  # `을지로3가역`: a 가 area
)
_KO_LOT_STRONG = rf"{_KO_AREA}[ ]?(?:산[ ]?)?[1-9]\d{{0,3}}(?:-[1-9]\d{{0,3}}(?:번지)?|번지)"
KO_BUILDING_WORDS = (
    "아파트|APT|빌딩|빌라|타워|오피스텔|맨션|하이츠|주공|캐슬|자이|푸르지오|래미안|아이파크|힐스테이트|더샵|"
    "e편한세상|스위첸|리슈빌|센트레빌|위브|데시앙|꿈에그린|하늘채|어울림|베르디움|비발디|SK뷰|포레나|"
    "센트럴|팰리스|파크|시티|타운|마을|단지|레지던스|스퀘어|프라자|플라자|상가|하우스|빌|원룸|연립"
)
_KO_NAMED_BUILDING = (
    rf"(?:[가-힣][가-힣A-Za-z0-9]{{0,14}}+(?<={KO_BUILDING_WORDS})|e편한세상|SK뷰|APT)(?:[ ]?\d{{1,2}}(?:단지|차))?"
)
_KO_UNIT_PAIR = r"(?:\d{1,4}|[A-Za-z])동[ ]?\d{1,5}호"
# A lift's or a line's number (`1호기`, `2호선에서`) as a whole word, not `호기준`, `호선생님`, `호선물`.
_KO_NOT_LIFT = r"(?!(?:기|선)(?![가-힣])|(?:기|선)(?:이|가|은|는|을|를|의|에|도|로|과|와|만|까지|부터))"
_KO_UNIT_CORE = (
    rf"(?:{_KO_UNIT_PAIR}{_KO_NOT_LIFT}|\d{{1,5}}호(?!관){_KO_NOT_LIFT}"
    rf"|(?:지하[ ]?|B)?\d{{1,3}}층(?:[ ]?\d{{1,5}}호)?|\d{{1,4}}동(?![0-9가-힣]))"
)
# After the street part: `, 1002동 2001호`, ` 강남파이낸스센터 12층`, ` 401호` (up to two words of a building name,
# glued too: `...로313자이1차105동801호`).
# ... or a building name and a `동-호` pair: `다대롯데캐슬 102-1503`, `크로바아파트 105-302호`.
_KO_UNIT_AFTER = (
    rf"[ ]{{0,2}},?[ ]{{0,2}}(?:(?:[가-힣A-Za-z0-9]{{1,15}}[ ]?){{0,3}}?{_KO_UNIT_CORE}"
    rf"|(?:[가-힣A-Za-z0-9]{{0,14}}[가-힣A-Za-z][ ]?){{1,2}}?"
    rf"(?!1[5-9]\d\d-)\d{{2,4}}-\d{{3,4}}(?:호|(?![\d-]))"  # not a 1588- service number
    # ... or on the next line, a named building's unit (`...로 16번길 33-4` / `송도더샵 2302호`)
    rf"|[ ]?\n[ ]?{_KO_NAMED_BUILDING}[ ]?(?:{_KO_UNIT_PAIR}|\d{{1,5}}호|\d{{2,4}}-\d{{3,4}}호?)(?!\d)"
    # ... or the building on the line and its unit under it (`... 삼산동 현대아이파크 2단지` / `204동 1105호`)
    rf"|(?:[가-힣A-Za-z0-9]{{1,15}}[ ]){{0,2}}{_KO_NAMED_BUILDING}[ \t]*\n[ \t]*{_KO_UNIT_PAIR}(?!\d))"
)
_KO_UNIT = rf"(?:{_KO_UNIT_AFTER})?"
_KO_REFERENCE = (  # `(역삼동)`, `(서초동, 서초래미안아파트)`, and a unit after it: `(신림동) 2층`
    rf"(?:[ ]?\([가-힣0-9]{{1,10}}(?:동|가|리)(?:,[ ]?[가-힣A-Za-z0-9 ]{{1,20}})?\)(?:[ ]?{_KO_UNIT_CORE})?"
    # ... or the lot address behind a comma: `월드컵북로 400, 상암동 1602`
    rf"|,[ ]?[가-힣][가-힣0-9]{{0,8}}(?:동|가|리)[ ]?\d{{1,4}}(?:-\d{{1,4}})?(?:번지|호)?(?![\d가-힣.,]\d?))?"
)
# No counter after the number: `속도로 2배`, `경로로 3번` are no addresses.
KO_COUNTERS = "배|개|명|분|초|시간|일|월|년|원|번(?!지|길)|회|차|위|등|세|살|대|건|가지|곳|km|cm|mm|kg"
_KO_END = rf"(?!\d|[.,]\d|[A-Za-z%]|(?:{KO_COUNTERS})(?![가-힣]))"
_KO_AREA_UNIT = rf"{_KO_AREA}[ ]+(?:[가-힣A-Za-z0-9]{{1,15}}+[ ]){{0,2}}{_KO_UNIT_PAIR}"

# `(?=[가-힣])` before the lookbehind (the same matches): `regex` rejects a non-Hangul position at once.
KO_ADDRESS = (
    rf"(?=[가-힣])(?<![가-힣0-9])(?:{_KO_PROVINCE}[ ,]+)?(?:{_KO_DISTRICT}[ ]+){{1,3}}"
    rf"(?:{_KO_AREA}[ ]+)?(?:{_KO_ROAD}|{_KO_DIGIT_ROAD}|{_KO_AREA_UNIT}|{_KO_LOT}){_KO_UNIT}{_KO_REFERENCE}{_KO_END}"
)
# A province or metropolitan city may come first (`세종 한누리대로 2130`: 세종 has no 구).
_KO_METRO = rf"(?:(?:{KO_PROVINCE_SHORT})(?![가-힣])|[가-힣]{{2,6}}+(?<=특별시|광역시|특별자치시|특별자치도))[ ,]+"
# An address glued to its label, as OCR and scans run words together (`...주소광주광역시북구...로123번길45`).
_KO_GLUED_LABEL = r"(?<=주소|주소지|배송지|거주지|소재지|받는곳)"
KO_ADDRESS_PART = (
    rf"(?=[가-힣eSA1-9])(?:(?<![가-힣A-Za-z0-9])|{_KO_GLUED_LABEL})(?:{_KO_METRO}(?:{_KO_AREA}[ ]+)?)?"
    rf"(?:{_KO_ROAD_STRONG}|{_KO_ROAD}(?={_KO_UNIT_AFTER})|{_KO_LOT_STRONG}|{_KO_AREA_UNIT}"
    rf"|{_KO_LOT}(?=[ ](?:[가-힣A-Za-z0-9]{{1,15}}[ ]?){{0,3}}?{_KO_UNIT_PAIR})"  # `목동 917 OO아파트 714동 302호`
    rf"|{_KO_NAMED_BUILDING}[ ]?(?:{_KO_UNIT_PAIR}|[가나다라마바사]동[ ]?\d{{1,5}}호)"  # `삼익빌라 나동 201호`
    rf"|같은[ ]?[동리가][ ]?(?:산[ ]?)?{_KO_NUMBER}(?:번지)?"
    # a lot with its 번지 and no area, a floor or a unit after it (`12-4번지 2층`; not `3-2번지점프`, `3-14번지 당첨`)
    rf"|(?<![\d\-])[1-9]\d{{0,3}}-[1-9]\d{{0,3}}번지(?=[ ]?(?:지하[ ]?)?\d{{1,4}}(?:층|호)))"
    rf"{_KO_UNIT}{_KO_REFERENCE}{_KO_END}"
)
KO_UNIT = (
    rf"(?=[가-힣\d])(?:(?<=(?:^|[:|,/)])[ ]{{0,2}})[가-힣][가-힣A-Za-z0-9]{{2,14}}?[ ]?(?=\d)|(?=\d)(?<![\d가-힣]))"
    rf"{_KO_UNIT_PAIR}(?!\d){_KO_NOT_LIFT}"
)
# A lone unit in a detail-address field (`상세주소: 302호`), after a neighbour's or one's own home (`윗집 2307호`,
# `저희는 1401호예요`, `주소 1302호`), where a parcel was left (`택배를 1203호 앞에`); no office's room.
KO_UNIT_FIELD = (
    rf"(?=[\d지B])(?:(?<=(?:상세[ ]?주소|동[ ]?/?[ ]?호수?|(?:윗|아랫|옆|앞|맞은편|건너편)[ ]?집)"
    rf"[ ]{{0,3}}[:：|]?[ ]{{0,3}}){_KO_UNIT_CORE}"
    rf"|(?<=(?:저희|우리[ ]?집|제[ ]?집|주소|사는[ ]?곳)[는은가이도]?[ ]{{1,3}}"
    rf"|(?:택배|배송|배달|기사)[^.!?\n]{{0,40}})(?<![0-9제\-]|실[ ]?)[1-9]\d{{2,3}}호"  # not `관리실 101호`
    rf"(?=[ ]?앞(?!에서|[ ]?[가-힣]{{0,4}}(?:실|복도))|(?<=(?:저희|(?<!모)집|주소|곳)[^\n]{{2,8}})))"
    rf"(?!\d|[ ]?(?:[가-힣]{{0,4}}실|병동|매장|법정|환자|관|에서))"  # a classroom, a ward, a shop, a lab, a hotel room
)
KO_UNIT_FIELD_TRIGGER = (
    r"(?:상세 ?주소|동 ?/? ?호|집 ?[0-9]|(?:저희|집|주소|곳)[는은가이도]? +[1-9]|(?:택배|배송|배달|기사).*[0-9]{3}호)"
)
# 사서함 (a P.O. box), with the province, district or post office before it: `강원도 화천군 사서함 88-12호`.
KO_PO_BOX = (
    rf"(?<![가-힣A-Za-z])(?:(?:{_KO_PROVINCE}|{_KO_DISTRICT}|[가-힣]{{2,10}}+(?<=우체국))[ ]?){{0,3}}"
    rf"사서함[ ]?(?:제[ ]?)?\d{{1,6}}(?:-\d{{1,4}})?호?{_KO_END}"
)
KO_PO_BOX_TRIGGER = r"(?:[가-힣]+ ?){0,3}사서함 ?(?:제 ?)?[0-9]"  # from the words before it
KO_ADDRESS_BARE = rf"(?=[가-힣])(?<![가-힣0-9])(?:{_KO_ROAD}|{_KO_LOT}){_KO_UNIT}{_KO_REFERENCE}{_KO_END}"

# --- English -------------------------------------------------------------------------------------

_TYPE = rf"(?i:{STREET_TYPES})\.?(?![A-Za-z])"
_UNIT_WORDS = rf"(?i:{_UNIT_NAMES}|#)"
# UK and Irish estates and rows (`12 Glenageary Park, Mallow`, `3 Creamery Row, Mallow`) and the rest of the USPS
# street suffixes (`8457 Johnson Bypass Apt. 123`, `220 Coyote Creek, Austin`): capitalised only, as lower case they
# are words (`a 10 minute walk`), and only before a capitalised place after a comma, a unit, or the end of a line
# whose next line holds a postcode (`Top 5 Crown Heights bakeries`, `3 National Parks, then`, `3 Random Forest`
# stay). Suffixes that are common nouns in prose (Point, Forest, Loaf, Key, Light, Path, Pass, Run, Rest, Track, Union,
# Land, Wall, Course, Club, Common, Camp, Mall, Station) are left out.
_NEXT_LINE_POSTCODE = r"(?:\d{4,6}|[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}|[A-Z]\d[A-Z][ ]?\d[A-Z]\d)"
_TYPE_ESTATE = (
    r"(?:Park|Parks|Row|Walk|Walks|Heights|Hill|Hills|Green|Greens|Vale|Lawns?|Meadows?|Brae|Manor|Manors|View|Views"
    r"|Annex|Arcade|Bayou|Beach|Bend|Bluffs?|Branch|Bridge|Brooks?|Burgs?|Bypass|Canyon|Causeway|Circles|Cliffs?"
    r"|Corners?|Courts|Coves|Creek|Crest|Crossing|Crossroad|Curve|Dale|Divide|Drives|Estates?|Expressway|Extensions?"
    r"|Falls?|Ferry|Fields?|Flats?|Fords?|Forges?|Forks?|Freeway|Gateway|Glens|Groves|Harbors?|Haven|Hollow|Inlet"
    r"|Islands?|Isle|Junctions?|Knolls?|Lakes?|Landing|Locks?|Lodge|Mills?|Mission|Motorway|Mount|Mountains?|Neck"
    r"|Orchard|Oval|Overpass|Parkways|Passage|Pines?|Plains?|Ports?|Prairie|Radial|Ramp|Ranch|Rapids?|Ridges|River"
    r"|Roads|Shoals?|Shores?|Skyway|Springs?|Spurs?|Squares|Stravenue|Stream|Streets|Summit|Trace|Trafficway"
    r"|Trailer|Tunnel|Turnpike|Underpass|Valleys?|Viaduct|Village|Villages|Ville|Vista|Ways|Wells?)"
    rf"(?=,[ ]?\p{{Lu}}|[ ](?:{_UNIT_WORDS})\.?[ ]?#?[A-Za-z0-9]"
    rf"|[ ]?\n[^\n]{{0,40}}?(?<![\p{{L}}\d]){_NEXT_LINE_POSTCODE}(?![\p{{L}}\d]))"
)
# `742`, `12B`, AU `15/39` (not a date's `03/04`), `123-125`, `1412 1/2`; Wisconsin grid `W156 N8327`, `N4512`.
# (a Wisconsin grid number glued, `W204N11509`: one part of five digits and the state or its ZIP after it, not a
# coordinate, `N45W122 Ridge Trail`)
_WI_GRID = (
    r"(?:[NS]\d{2,5}[EW]|[EW]\d{2,5}[NS])\d{2,5}(?<=[A-Z]\d{5})(?=[^\n]{0,80}(?:\bWI\b|Wisconsin|\b5[34]\d{3}\b))"
)
_HOUSE = (
    r"(?:(?:[1-9]\d{0,4}[A-Za-z]?/)?\d{1,6}[A-Za-z]?(?:-\d{1,5})?(?:[ ]1/2)?"
    rf"|{_WI_GRID}|[NSEW]\d{{2,5}}(?:[ ][NSEW]\d{{2,5}})?)"
)
_DIRECTION = r"(?:(?i:[NSEW]|North|South|East|West|NE|NW|SE|SW)\.?[ ])?"
_ORDINAL = r"\d{1,3}(?i:st|nd|rd|th)"
# `Elm`, `McArthur`, `O'Connell`, `St.` (`Mt.`, `Ft.`), `Mark's`, `Saint-Denis`, `ELM`, `42nd`, `15` (`15 Mile Road`).
_WORD_CASED = (
    rf"(?:[A-Z](?:'?[A-Z])?[a-z]+(?:[A-Z][a-z]+)?(?:'s)?(?:-[A-Z][a-z]+)?|(?:St|Mt|Ft)\.|[A-Z]{{2,}}|{_ORDINAL}"
    rf"|\d{{1,3}}(?![\d/])|[A-Z](?=[ ](?:St|Street)\b))"  # `918 K St`: a lettered street
)
_WORD_LOWER = rf"(?:[a-z]{{2,}}|{_ORDINAL})"
# A numbered route's number or letter after it: `State Highway 16`, `County Road K`.
_ROUTE_NUMBER = (
    r"(?:(?<=(?i:Highway|Hwy|Route|Rte|County[ ]Road|County[ ]Rd))[ ](?:\d{1,4}[A-Z]?|[A-Z]{1,2})(?![A-Za-z0-9]))?"
)
# A numbered road with nothing before it: `37 Rt 9`, `2105 Highway 61`, `410 State Route 17`, `12 County Road K`.
_ROUTE_FIRST = (
    r"(?:(?:State|County|US|U\.S\.)[ ])?(?:Highway|Hwy|Route|Rte|Rt|Road|Rd)\.?[ ](?:\d{1,4}[A-Z]?|[A-Z]{1,2})"
    r"(?![A-Za-z0-9])"
)
# Utah-style grid addresses: `1350 E 400 S`.
_GRID = r"(?:[NSEW]|North|South|East|West)[ ]\d{1,4}[ ](?:[NSEW]|North|South|East|West)(?![A-Za-z0-9])"
_POST_DIRECTION = r"(?:[ ](?:NE|NW|SE|SW|N|S|E|W)\.?(?![A-Za-z]))?"  # `1200 Pennsylvania Ave NW`
_EN_UNIT = (  # `Apt 4B`, `Suite 200-B`, `#410`, `34th Floor`; on a line of its own too (`Rd\nFlat 4\nLeicester`)
    rf"(?:(?:,?[ ]|[ ]?\n[ ]?)(?:{_UNIT_WORDS}\.?[ ]?#?[A-Za-z0-9\-]{{1,6}}|{_ORDINAL}[ ](?i:Floor|Fl)\.?)"
    r"(?![A-Za-z0-9]))"
)
_POSTCODE = (  # US ZIP, UK, Canadian, Irish
    r"(?:\d{5}(?:-\d{4}|-\d{3})?|(?i:[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[A-Z]{2})|(?i:[A-Z]\d[A-Z][ ]?\d[A-Z]\d)"
    r"|(?i:[A-Z]\d{2}[ ]?[A-Z0-9]{4}))(?![A-Za-z0-9])"  # ... and Irish Eircode `A94 X2K7`
)
_PLACE_WORD = r"[A-Za-zÀ-ÖØ-Ý][A-Za-zß-öø-ÿ'\-]+\.?"  # Latin-1 letters too: `Montréal`, `Zürich`
_CITY = rf"{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,2}}"  # `Co. Dublin`
_STATE = r"(?:[A-Z]{2,3}|[a-z]{2,3})"
_SEP = r"(?:,[ ]?|[ ]?\n[ ]?|[ ])"
# Up to three places (locality, city, a state's name), a state's code and a postcode, on the line or the next
# (`Springfield, IL 62704`, `Providence, Rhode Island 02908`, `Beckenham\nBR3 5LN`, `Newtown NSW 2042`).
_PLACES = rf"{_CITY}(?:,[ ]?{_CITY}){{0,2}}(?:[ ]\d{{1,2}}(?![\d/.:]))?"  # `Dublin 2`
_LOCALITY = r"[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}(?:[ ]\d{1,2}(?!\d))?"
_EN_TAIL = (
    rf"(?:{_SEP}{_PLACES}(?:(?:,[ ]?|[ ]){_STATE})?(?:,?[ ]|[ ]?\n[ ]?){_POSTCODE}"
    rf"|{_SEP}{_CITY}(?:,[ ]?|[ ]){_STATE}[ ]\d{{4}}(?!\d)"  # AU: `Newtown NSW 2042`
    rf"|{_SEP}{_CITY},[ ]?{_CITY}[ ]\d{{4}}(?!\d)"  # NZ: `Mount Eden, Auckland 1024`
    # One or two capitalized places after a comma and a 4-6 digit postcode: NZ/AU/EU `Rotorua 3046`, Nigeria and
    # India `Lagos 106104`; a locality may end in a number (`Lekki Phase 1, Lagos 106104`).
    rf"|(?:,[ ]?{_LOCALITY}){{1,2}}[ ]\d{{4,6}}(?![\d\-/.,:]\d|[A-Za-z\d]))"
)
# Without a postcode, one or two capitalized places (and a state) after commas: `, Springfield, IL`, `, Barre, Vermont`.
_CAPS_PLACE = r"(?:[A-Z][a-z]+|[A-Z]{3,})(?:[ ](?:[A-Z][a-z]+|[A-Z]{3,}))?"
_EN_CITY_ONLY = rf"(?:(?:,[ ]?{_CAPS_PLACE}(?![A-Za-z0-9])){{1,2}}(?:,[ ]?[A-Z]{{2}}(?![A-Za-z]))?)"
# The unit (and its building) first: `Flat 3, 70 Birch Road`, `Apt. 4B, 350 W 42nd St`, `Flat 2/1,`, `#210 - 1455`.
_FLAT_FIRST = (
    r"(?:(?:(?i:Flat|Unit|Apt|Apartment|Suite|Ste|Lot|Rm|Room|Shop|Level|Floor)\.?[ ]?#?|#)[A-Za-z0-9/]{1,5}"
    r"(?:[ ][A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2},)?(?:,?[ ]|[ ]-[ ]|,?[ \t]*\n[ \t]*)"  # `Flat 3 Kings Ct, 14`
    r"|(?i:Unit|Flat|Apt)\.?[ ](?=\d{1,5}[A-Za-z]?/\d))?"  # AU `Unit 12/34 Smith St`
)

# The street type first, as Spanish, French, Italian and Portuguese names have it (`Camino del Sol`, `Calle Ocho`,
# `Rue de la Paix`, `Avenida Paulista`) and `Avenue of the Americas`: one to three names, linking words between.
_LINK = r"(?:de|del|de[ ]la|la|las|los|el|des|du|di|da|do|dos|das|of[ ]the|of)"
_TYPE_FIRST = (
    r"(?:Calle|Camino|Avenida|Av\.|Avda\.?|Paseo|Rue|Rua|Carrera|Calzada|Strada|Chemin|Viale|Piazza|Corso"
    r"|Avenue(?=[ ]of[ ]))[ ]"
    rf"(?:{_LINK}[ ])?{_WORD_CASED}(?:[ ](?:{_LINK}[ ])?(?!(?i:{STREET_TYPES})(?![A-Za-z])){_WORD_CASED}){{0,2}}"
    r"(?![A-Za-z])"
)

# Each English pattern is its head (up to the street type, or the box number) and what may follow; the
# pre-filter's trigger is the head's (`ADDRESS_TRIGGERS`): a prefix matches wherever the pattern does, and
# its Rust regex is a tenth of the whole one's size.
EN_ADDRESS_HEAD = (
    rf"(?=[0-9FfUuAaSsLlRrNEW#])(?<![\w$#./]|\d,){_FLAT_FIRST}{_HOUSE}[ ]"  # a CSV cell too: `Chen Wei,77 Park Ave`
    rf"(?:{_DIRECTION}(?:{_WORD_CASED}[ ]){{1,4}}(?:{_TYPE}{_ROUTE_NUMBER}|{_TYPE_ESTATE})|{_GRID}|{_TYPE_FIRST}"
    rf"|{_ROUTE_FIRST})"
)
EN_ADDRESS = rf"{EN_ADDRESS_HEAD}{_POST_DIRECTION}{_EN_UNIT}?(?:{_EN_TAIL}|{_EN_CITY_ONLY})?"
EN_ADDRESS_LOWER_HEAD = rf"(?=\d)(?<![\w$#.,/]){_HOUSE}[ ]{_DIRECTION}(?:{_WORD_LOWER}[ ]){{1,3}}{_TYPE}"
EN_ADDRESS_LOWER = rf"{EN_ADDRESS_LOWER_HEAD}{_POST_DIRECTION}(?:{_EN_UNIT}{_EN_TAIL}?|{_EN_TAIL})"
# After a cue only (`addr is 17 kestrel way`, `delivery to 250 harlow blvd`): lower case, nothing after the type;
# no function word among the street's words (`3 blocks down the road`).
_STOP = r"(?:the|a|an|to|of|in|on|at|up|down|from|and|or|for|my|your|our|by|with|per|blocks?|miles?|more|other)"
EN_ADDRESS_LOWER_CUED_HEAD = (
    rf"(?=\d)(?<![\w$#.,/]){_HOUSE}[ ]{_DIRECTION}(?:(?!{_STOP}[ ]){_WORD_LOWER}[ ]){{1,3}}{_TYPE}"
)
EN_ADDRESS_LOWER_CUED = rf"{EN_ADDRESS_LOWER_CUED_HEAD}{_POST_DIRECTION}{_EN_UNIT}?"
# Right after a residence phrase, a number and one or two capitalized words without a street type
# (`I live at 1600 Broadway`); right after an address-line-2 label, a unit alone (`Address line 2: Unit 5`).
# Their own phrase is their trigger: a bare `12 Word` or `Unit 5` is too common to wake the pre-filter.
_RESIDENCE = (
    r"(?i:live[ ]at|living[ ]at|lives[ ]at|resid(?:e|es|ing)[ ]at|addr(?:ess)?[ ]is|addr(?:ess)?:|we're[ ]at|i'm[ ]at"
    r"|place[ ]is)"
)
_NOT_STREET = (r"(?:The|This|That|These|See|Please|Call|Thanks|Thank|And|For|From|With|Your|Our|Its|Then|When"
               r"|Section|Version|Chapter|Part|Page|Article|Figure|Table|Item|Step|Phase|Level|Volume|Issue|Release)")
EN_ADDRESS_UNTYPED = (
    rf"(?<={_RESIDENCE}[ ]{{1,2}})\d{{1,6}}[A-Z]?[ ](?!{_NOT_STREET}(?![a-z]))[A-Z][a-z]{{2,}}(?:[ ][A-Z][a-z]{{2,}})?"
    r"(?![A-Za-z0-9])"
)
EN_ADDRESS_UNTYPED_TRIGGER = rf"{_RESIDENCE}[ ]{{1,2}}[0-9]"
_LINE_2 = r"(?i:address[ ]?(?:line[ ]?)?2|addr[ ]?2|line[ ]?2|apt\.?/suite|apartment/suite|unit/apt)"
# ... in prose, `noise from Apt 3B`, and `Unit 14C` only after its owner or a nuisance (not a textbook's or a ward's).
EN_UNIT_ALONE = (
    rf"(?=[AaSsUuFf])(?:(?<={_LINE_2}[ ]{{0,2}}[:#]?[ ]{{0,3}})"
    r"(?i:Apt|Apartment|Suite|Ste|Unit|Flat)\.?[ ]?#?\d{1,5}[A-Za-z]?"
    r"|(?<=(?<![\w])(?:of|from|in|into|at|to|near|above|below|beside)[ ])(?:Apt\.?|Apartment)[ ]?#?\d{1,5}[A-Z]?"
    r"|(?<=(?i:owners?|tenants?|residents?|neighbou?rs?|occupants?|landlord|noise|leak(?:s|ing)?|water|smell|smoke)"
    r"[ ](?:of|from|in|above|below)[ ])Unit[ ]?#?\d{1,4}[A-Z](?![ ]?,[ ]?(?:Building|Bldg|Block))"
    # ... and in brackets right after a word, a household's home in a list or a welcome (`Kim, Jae-won (Unit 508)`,
    # `the Abernathy family (Apt. 11C)`): an apartment or a flat, or a unit with a letter or of three or four digits
    # (a course's or a reactor's is `Unit 3`), not after a number (`Chapter 3 (Unit 304)`), a building's, a shop's or
    # an office's word, or a letter (`Building C (Unit 204)`, `the Finance team (Unit 400)`).
    r"|(?<=\p{L}{2}[ ]\()(?<!(?i:building|bldg|block|tower|wing|warehouse|storage|plant|reactor|lesson|course|module"
    r"|chapter|section|part|team|group|office|department|dept|division|store|shop|cafe|café|restaurant|bank|clinic"
    r"|salon|gym|lab|studio|centre|center|kiosk|booth|mall|level|floor|ward|class)[ ]\()"
    r"(?:(?:Apt|Apartment|Flat)\.?[ ]?#?\d{1,5}[A-Za-z]?|Unit[ ]?#?(?:\d{1,4}[A-Z]|\d{3,4}))"
    r"(?=\)))(?![A-Za-z0-9])"
)
EN_UNIT_ALONE_TRIGGER = (
    rf"(?:{_LINE_2}|(?:of|from|in|into|at|to|near|above|below|beside) (?:Apt|Apartment|Unit)"
    r"|[A-Za-z] \((?:Apt|Apartment|Flat|Unit)\.? ?#?[0-9])"
)
# One scan for both (each pattern is a pass over the text): the phrase before them is their trigger.
EN_ADDRESS_AFTER_PHRASE = rf"(?:{EN_ADDRESS_UNTYPED}|{EN_UNIT_ALONE})"
EN_ADDRESS_AFTER_PHRASE_TRIGGER = rf"(?:{EN_ADDRESS_UNTYPED_TRIGGER}|{EN_UNIT_ALONE_TRIGGER})"
PO_BOX_HEAD = (
    # (AU, NZ, SA: `Locked Bag 10`, `GPO Box 9`, `Private Bag X3`; Kenya's box with its postcode: `Box 1234-00100`)
    # (the bags and the GPO box in their capitals, as `She kept the locked bag 2 days` has not; Kenya's postcodes end
    # or start in 00: `00100`, `80100`)
    r"(?=[PpRrHhUuCcLlGg])(?<![A-Za-z])(?:(?:(?i:P\.?[ ]?O\.?[ ]?Box|Post[ ]Office[ ]Box)|GPO[ ]Box|GPO[ ]BOX"
    r"|Locked[ ]Bag|LOCKED[ ]BAG|Private[ ]Bag|PRIVATE[ ]BAG)[ ]?#?X?\d{1,8}(?:-(?:\d{3}00|00\d{3})(?!\d))?"
    r"|(?:RR|R\.R\.|(?i:Rural[ ]Route)|HC|PSC|CMR|Unit)[ ]?\d{1,5},?[ ](?i:Box)[ ]?\d{1,6}[A-Z]?)"
)
# Comma-separated parts ending in a postcode, no house number first: a numbered flat first and an Indian PIN
# (`Flat No. 498, Sai Krupa Apartments, 31st Cross, Jayanagar, Bengaluru 560091`), or a house name first and a
# UK postcode (`Rose Cottage, Church Lane, Little Wenham, Ipswich IP7 6PX`).
_PART = r"[A-Za-z0-9][A-Za-z0-9.'\-]*(?:[ ][A-Za-z0-9][A-Za-z0-9.'\-]*){0,4}"
_UK_POSTCODE = (  # ... or an Irish Eircode (`R95 X2C4`: a routing key, four characters with a letter)
    r"(?:[A-Z]{1,2}\d[A-Z\d]?[ ]\d[A-Z]{2}|[A-Z]\d[\dW][ ](?=[0-9]{0,3}[A-Z])[A-Z0-9]{4})(?![A-Za-z0-9])"
)
# A bare `No. 14, ...` needs a street's word or an Indian city before its PIN (not `No. 5, Vol 3, ..., Elsevier
# 123456`), and no capitalised word before it (`Ticket No. 4, ...`).
_IN_STREET = (
    r"[^\n]{0,120}?(?:\b(?i:street|st|road|rd|cross|main[ ]road|nagar|layout|lane|avenue|ave|marg|salai|colony|sector"
    r"|puram|vihar|enclave|chowk|extension)\b|\b(?:Chennai|Mumbai|Bengaluru|Bangalore|Delhi|Hyderabad|Kolkata|Pune"
    r"|Ahmedabad|Jaipur|Noida|Gurgaon|Gurugram|Lucknow|Kochi|Coimbatore|Chandigarh|Indore|Bhopal|Nagpur|Mysuru"
    r"|Mysore|Thane|Surat|Patna|Madurai|Thiruvananthapuram|Visakhapatnam)[ ,\-]*\d{6}(?!\d))"
)
EN_ADDRESS_PARTS = (
    rf"(?=[A-Z])(?<![\w])(?:(?:(?:(?:Flat|House|Door|Plot|Apt|Unit)[ ]|(?<!\p{{Lu}}\p{{L}}*[ ])(?={_IN_STREET}))"
    rf"No\.?[ ]?[A-Za-z0-9/\-]{{1,8}}"  # `No. 14, ...`
    rf"|[A-Z]{{1,2}}-\d{{1,4}},?[ ]{_PART})"  # ... or a wing and flat first: `B-402 Lodha Paradise, ...`
    rf"(?:,[ ]?{_PART}){{1,5}}(?<=\p{{Lu}}\p{{Ll}}{{2,}})(?<!Page|Table|Figure|Item|Code|Order|Invoice|Account)"
    rf"(?:,[ ]?|[ ]|[ ]?-[ ]?)\d{{6}}(?!\d)"  # a PIN after its city (`Chennai 600020`), not `page 123456`
    rf"|[A-Z][a-z]+(?:[ ][A-Z][a-z]+){{0,2}}(?:,[ ]?{_PART}){{1,5}}(?:,[ ]?|[ ]){_UK_POSTCODE})"
)
# Its gate: the PIN with the separator and the lower-case letter before it, or the postcode with the `,` or space
# (led by the digit or capital, the lookbehinds after it: a scan that skips to those, ~10x cheaper than the pattern's)
EN_ADDRESS_PARTS_GATE = (
    r"\d{6}(?!\d)(?<=\p{Ll}(?:,[ ]?|[ ]|[ ]?-[ ]?)\d{6})"
    r"|[A-Z](?<=[, ][A-Z])(?:[A-Z]?\d[A-Z\d]?[ ]\d[A-Z]{2}|\d[\dW][ ](?=[0-9]{0,3}[A-Z])[A-Z0-9]{4})(?![A-Za-z0-9])"
)
# Continental Europe and Turkey, the street first and the postcode before the city: `Hauptstraße 5, 10115 Berlin`,
# `Strandvägen 12, 184 51 Österskär`, `Via dei Mille 14/B, 00185 Roma`, `Bağdat Caddesi No: 312 D: 7, 34728 Kadıköy`.
# ... or the number first, with a street word (`12 rue de la Paix, 75002 Paris`, `7 chemin des Oliviers, 13100 Aix`).
_EU_POSTCODE_CITY = (
    r",[ ]?(?:[A-Z]{1,2}-)?(?:\d{4,5}|\d{3}[ ]\d{2}|\d{2}-\d{3}|\d{4}-\d{3})(?<!\b(?:19|20)\d\d)[ ]\p{Lu}[\p{L}\-]+"
)
# ... or on the next line, where the city ends its line (`Kurfürstendamm 212\n10719 Berlin\nGermany`)
_EU_NEXT_LINE_CITY = (
    r"[ \t]*\n[ \t]*(?:[A-Z]{1,2}-)?(?:\d{5}|\d{4}(?<!(?:19|20)\d\d)|\d{2}-\d{3}|\d{4}-\d{3})[ ]\p{Lu}[\p{L}\-]+"
    r"(?:[ ]\p{Lu}[\p{L}\-]+)?"
    r"(?=[ \t]*(?:\n|$))"
)
EN_ADDRESS_EU = (
    rf"(?=\p{{Lu}})(?<![\p{{L}}\d])(?!{_NOT_STREET}[ ])"  # `The flat is Weserstraße 61, ...`: the street
    rf"\p{{Lu}}[\p{{L}}'’.\-]+(?:[ ](?:{_LINK}[ ])?\p{{L}}[\p{{L}}'’.\-]+){{0,3}}"
    r"[ ](?:No[.:]?[ ]?)?\d{1,4}[A-Za-z]?(?:[ ]?[/\-][ ]?[A-Za-z0-9]{1,4})?(?:[ ]\p{L}{1,3}[.:]?[ ]?\d{1,4})?"
    r"(?:,[ ]?\d{1,2}\.?[ºª°](?:[ ]?\p{L}{1,5}\.?)?)?"  # a floor and side: `Rua X 47, 3º Esq, 1100-445 Lisboa`
    r"(?:,[ ]?(?:Col\.|Colonia|Bairro|Barrio|Urb\.|Fracc\.)[ ][^,\n]{2,40})?"  # a neighbourhood: `, Col. Roma Norte`
    rf"(?:{_EU_POSTCODE_CITY}|{_EU_NEXT_LINE_CITY})"
    rf"|(?<![\w,.])\d{{1,4}}[A-Za-z]?,?[ ](?=(?:\p{{L}}+[ ]){{0,3}}\p{{L}}*{_EU_STREET_WORDS})\p{{L}}[\p{{L}}'’.\-]*"
    rf"(?:[ ]\p{{L}}[\p{{L}}'’.\-]*){{0,4}}(?:{_EU_POSTCODE_CITY}|{_EU_NEXT_LINE_CITY})"
)
# Its gate: the postcode and the city's capital, on the street's line or the next (lookbehinds dropped)
EN_ADDRESS_EU_GATE = (
    r",[ ]?(?:[A-Z]{1,2}-)?(?:\d{4,5}|\d{3}[ ]\d{2}|\d{2}-\d{3}|\d{4}-\d{3})[ ]\p{Lu}"
    r"|\n[ \t]*(?:[A-Z]{1,2}-)?(?:\d{4,5}|\d{2}-\d{3}|\d{4}-\d{3})[ ]\p{Lu}"
)
EN_ADDRESS_EU_TRIGGER = (
    r"[^ a-z,\n][^\n]*?[^ ,\n], ?(?:[A-Z]{1,2}-)?(?:[0-9]{4,5}|[0-9]{3} [0-9]{2}|[0-9]{2,4}-[0-9]{3}) [^ 0-9a-z]"
    r"|[^ a-z,\n][^\n]*?[0-9A-Za-z][ \t]*\n[ \t]*(?:[A-Z]{1,2}-)?(?:[0-9]{4,5}|[0-9]{2,4}-[0-9]{3}) [^ 0-9a-z]"
)
# A city, a US state's code and a ZIP alone, the street on another line or in another field of a form
# (`City, state, and ZIP code: Boise, ID 83702`): the state must be one (50 states, DC, territories).
US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|"
    "OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI|AS|MP"
)
EN_CITY_STATE_ZIP = (
    rf"(?=[A-Z])(?<![\w])(?:[A-Z][a-z]+|[A-Z]{{3,}})(?:[ ](?:[A-Z][a-z]+|[A-Z]{{3,}})){{0,2}},[ ]?(?:{US_STATES})"
    r"[ ]\d{5}(?:-\d{4})?(?![\d\-])"
)
# A box without `P.O.`, with its city, state and postcode: `Box 318, Hawley, MN 56549`.
EN_BOX_TAILED = rf"(?=[Bb])(?<![\w])(?i:Box)[ ]#?\d{{1,6}}{_EN_TAIL}"
# Military mail: `Unit 2050 Box 4190, APO AE 09213`, `PSC 473 Box 1208, FPO AP 96349`.
_MILITARY_TAIL = r"(?:{_SEP}(?:APO|FPO|DPO)[ ](?:AA|AE|AP)[ ]\d{5}(?!\d))".replace("{_SEP}", _SEP)
PO_BOX = rf"{PO_BOX_HEAD}(?:(?<=[0-9A-Z])(?:{_MILITARY_TAIL}|{_EN_TAIL}|{_EN_CITY_ONLY}))?"
# A ship's military mail: `USNS Johnson\nFPO AP 12345`, `USS GERALD R. FORD (CVN 78)\nFPO AE 09549`.
EN_SHIP = (
    r"(?<![\w])(?:USNS|USS|USCGC)[ ][A-Z][A-Za-z.'\- ]{1,40}?(?:[ ]\([A-Z][A-Z\-]{0,5}[ -]?\d{1,4}\))?"
    r"(?:[ ]?\n[ ]?|,[ ]?|[ ])(?:FPO|APO|DPO)[ ](?:AA|AE|AP)[ ]\d{5}(?:-\d{4})?(?!\d)"
)
EN_SHIP_TRIGGER = r"(?:USNS|USS|USCGC) [A-Z]"
# Korean addresses in Latin letters: `152 Teheran-ro`, `Teheran-ro 152`, `Gangnam-daero 94-gil 9`.
_ROMAN_ROAD = r"[A-Z][a-z]+(?:-[a-z]+)*-(?:ro|gil|daero)(?:[ ]\d{1,3}(?:beon)?-gil)?"
_ROMAN_PLACE = (
    r"(?:[A-Z][a-z]+-(?:gu|si|gun|do|dong|eup|myeon)|Seoul|Busan|Incheon|Daegu|Daejeon|Gwangju|Ulsan|Sejong|Jeju)"
    r"(?![A-Za-z])"
)
_ROMAN_AREA = rf"(?:,[ ]?(?:\n[ ]?)?{_ROMAN_PLACE})"  # (a label's line may break after the road: `23-gil,\nSeocho-gu`)
# The unit may come first (`102-1503, 52 Banpo-daero`, `Raemian Apt 101-dong 1203-ho, 52 Banpo-daero`), and the
# city and district before a road that its number follows (`Daejeon, Yuseong-gu, Eoeun-ro 57`).
KO_ROMANIZED_HEAD = (
    rf"(?=[0-9A-Z])(?<![\w$#.,/])"
    rf"(?:(?:(?:[A-Z][a-z]+[ ](?:Apt|APT)\.?[ ])?\d{{1,4}}-dong[ ]\d{{1,5}}-ho,[ ]|\d{{1,4}}-\d{{1,5}},[ ])?"
    rf"\d{{1,4}}(?:-\d{{1,4}})?,?[ ]{_ROMAN_ROAD}"
    rf"|(?:{_ROMAN_PLACE},[ ]?){{0,3}}{_ROMAN_ROAD}[ ]\d{{1,4}}(?:-\d{{1,4}})?(?!\d))"
)
KO_ROMANIZED = rf"{KO_ROMANIZED_HEAD}{_ROMAN_AREA}{{0,3}}"

# The pre-filter triggers (Rust syntax), hand-written: the derived ones keep every optional part and are
# slow in polars. Each matches at the start of any value of its pattern (a Korean address never spans
# lines), so its first match is no later than the first value.
KO_ADDRESS_TRIGGER = r"[가-힣]+[ ,]*[가-힣]*[시군구] [^\n]*[0-9]"  # a 시/군/구 word, a digit later on the line
KO_ADDRESS_PART_TRIGGER = (
    r"(?:[가-힣]+[ ,]+){0,2}"  # the province or city that may come first, and a 동 after it
    r"(?:[가-힣]+(?:[0-9]{1,4}[가-힣]*길|대로|번길) ?[0-9]|[가-힣]{2,}[로길][0-9]"  # roads
    r"|[가-힣]+(?:[0-9]{1,3}[가-힣]*)?[로길] ?[0-9][^\n]*(?:[0-9][호층동]|[가-힣A-Za-z] ?[0-9]{2,4}-[0-9]{3})"  # +unit
    r"|[가-힣][가-힣0-9]*[동읍면리가] ?(?:산 ?)?[0-9]{1,4}(?:-[0-9]|번지)"  # lots
    r"|[가-힣eSA][^\n]*[0-9A-Za-z가나다라마바사]동 ?[0-9]{1,5}호"  # a 동 name or a building before a unit
    r"|같은 ?[동리가] ?(?:산 ?)?[0-9]"  # `같은 동 1825-3`
    r"|[0-9]{1,4}-[0-9]{1,4}번지)"
)
KO_UNIT_TRIGGER = r"(?:[가-힣][가-힣A-Za-z0-9]{2,14} ?)?[0-9]{1,4}동 ?[0-9]{1,5}호"
KO_ADDRESS_BARE_TRIGGER = r"[가-힣][가-힣0-9]*[로길동읍면리가] ?(?:산 ?)?[0-9]"

ADDRESS_CUES = (
    "주소", "거주", "배송지", "소재지", "도로명", "지번", "택배", "배달", "우편", "사는 곳",
    "address", "addr", "lives at", "live at", "living at", "located at", "ship to", "deliver", "mailing",
    "moved to", "place is", "we're at", "i'm at", "reside",
)


@dataclass(frozen=True)
class AddressPattern:
    """One pattern of the address recognizer (`prep.pii.patterns` makes it a `PatternSpec`). `group`: the
    pre-filter's trigger group it shares (`prep.pii.prefilter.TRIGGER_GROUPS`; polars caches ~32 regexes);
    `cased`: case matters (names' flags, else the formats' case-insensitive ones); `trigger`: a hand-written
    pre-filter trigger (Rust syntax), or `head`: derive it from this prefix of the pattern; `gate`: a part every
    match holds, in the pattern's own syntax and flags, cheap to scan for: a text without it skips the pattern."""

    name: str
    regex: str
    score: float
    group: str
    cased: bool = False
    trigger: str | None = None
    head: str | None = None
    gate: str | None = None


# In this order the scrubber runs them. Scores: 0.5+ count alone (threshold 0.4); under 0.4 only after a cue.
ADDRESS_PATTERNS: tuple[AddressPattern, ...] = (
    AddressPattern("ko_address", KO_ADDRESS, 0.7, "ko_address", trigger=KO_ADDRESS_TRIGGER),
    AddressPattern("ko_address_part", KO_ADDRESS_PART, 0.6, "ko_address_part", trigger=KO_ADDRESS_PART_TRIGGER),
    AddressPattern("ko_unit", KO_UNIT, 0.6, "ko_address_part", trigger=KO_UNIT_TRIGGER),
    AddressPattern("ko_address_bare", KO_ADDRESS_BARE, 0.2, "ko_address", trigger=KO_ADDRESS_BARE_TRIGGER),
    AddressPattern("ko_unit_field", KO_UNIT_FIELD, 0.6, "ko_address_part", trigger=KO_UNIT_FIELD_TRIGGER),
    AddressPattern("ko_po_box", KO_PO_BOX, 0.8, "ko_address_part", trigger=KO_PO_BOX_TRIGGER),
    AddressPattern("en_address", EN_ADDRESS, 0.7, "en_address", cased=True, head=EN_ADDRESS_HEAD),
    AddressPattern("en_address_lower", EN_ADDRESS_LOWER, 0.7, "en_address", cased=True, head=EN_ADDRESS_LOWER_HEAD),
    AddressPattern(
        "en_address_lower_cued", EN_ADDRESS_LOWER_CUED, 0.3, "en_address", cased=True, head=EN_ADDRESS_LOWER_CUED_HEAD
    ),
    AddressPattern(
        "en_address_after_phrase", EN_ADDRESS_AFTER_PHRASE, 0.6, "en_address", cased=True,
        trigger=EN_ADDRESS_AFTER_PHRASE_TRIGGER,
    ),
    AddressPattern("en_address_parts", EN_ADDRESS_PARTS, 0.7, "en_address", cased=True, gate=EN_ADDRESS_PARTS_GATE),
    AddressPattern("en_address_eu", EN_ADDRESS_EU, 0.6, "en_address", cased=True, trigger=EN_ADDRESS_EU_TRIGGER,
                   gate=EN_ADDRESS_EU_GATE),
    AddressPattern("po_box", PO_BOX, 0.8, "en_address", cased=True, head=PO_BOX_HEAD),
    AddressPattern("en_box_tailed", EN_BOX_TAILED, 0.7, "en_address", cased=True),
    AddressPattern("en_ship", EN_SHIP, 0.8, "en_address", cased=True, trigger=EN_SHIP_TRIGGER),
    AddressPattern("en_city_state_zip", EN_CITY_STATE_ZIP, 0.6, "en_address", cased=True),
    AddressPattern("ko_romanized", KO_ROMANIZED, 0.6, "en_address", cased=True, head=KO_ROMANIZED_HEAD),
    AddressPattern("jp_address", JP_ADDRESS, 0.6, "en_address", cased=True, trigger=JP_ADDRESS_TRIGGER),
    AddressPattern("tw_address", TW_ADDRESS, 0.6, "en_address", cased=True, trigger=TW_ADDRESS_TRIGGER),
    AddressPattern("id_address", ID_ADDRESS, 0.6, "en_address", cased=True, trigger=ID_ADDRESS_TRIGGER),
    AddressPattern("ph_address", PH_ADDRESS, 0.6, "en_address", cased=True, trigger=PH_ADDRESS_TRIGGER),
    AddressPattern("other_address", OTHER_ADDRESS, 0.6, "en_address", cased=True, trigger=OTHER_ADDRESS_TRIGGER),
)
