"""Street addresses in the formats of more countries, each opened by a part no other text has (round 14).

`prep.pii.addresses` reads house-number-and-street addresses and Korean ones; these countries write an address whose
head is of another shape, and that head is what makes each pattern safe without a cue:
- Japan: a block number of two or three parts (`3-14-2`), a district, and a ward or city with its suffix
  (`Jingumae, Shibuya-ku`, `Kichijoji Honcho, Musashino-shi`; on the next line too);
- Taiwan: a number, a lane (and an alley) and a road (`No. 33, Lane 120, Sec. 2, Minsheng E. Rd.`), any case;
- Indonesia and Malaysia: `Jl.`/`Jln.` with the period or `Jalan`, the street's name and its number after `No.`
  (`Jl. Kemang Raya No. 18B`);
- the Philippines: a purok, sitio, block or lot and a barangay (`Purok 3, Brgy. San Isidro`, `Blk 4 Lot 17, ...,
  Brgy. Talon Dos`);
- Thailand: a house number and its village's (`99/1 Moo 5`);
- Hong Kong: a flat and its floor (`Flat 5B, 12/F`); the Gulf: a villa or a building on a numbered street (`Villa
  12, Street 4`).
The city, the postcode and the country after them are the places `complete_address` adds.
"""

from __future__ import annotations

_NAME = r"\p{Lu}[\p{L}'’\-]+"  # a capitalised word of a place's name
_NAMES = rf"{_NAME}(?:[ ]{_NAME}){{0,2}}"

_JP_WARD = r"(?:,[ ]?|[ ]?\n[ ]?)\p{Lu}\p{L}+-(?:ku|shi|cho|machi|gun|mura)(?![\p{L}\-])"
# Wards and cities a block number without its postcode must name (not `Math-ku`, `Everton-shi`).
_JP_PLACES = (
    "Chiyoda|Chuo|Minato|Shinjuku|Bunkyo|Taito|Sumida|Koto|Shinagawa|Meguro|Ota|Setagaya|Shibuya|Nakano|Suginami|"
    "Toshima|Kita|Arakawa|Itabashi|Nerima|Adachi|Katsushika|Edogawa|Naka|Nishi|Higashi|Minami|Tsurumi|Kohoku|"
    "Hakata|Sawara|Sakyo|Ukyo|Fushimi|Higashiyama|Shimogyo|Kamigyo|Tennoji|Abeno|Yodogawa|Sumiyoshi|Musashino|"
    "Mitaka|Chofu|Hachioji|Machida|Tachikawa|Yokohama|Kawasaki|Saitama|Chiba|Urayasu|Funabashi|Ichikawa|Matsudo|"
    "Kashiwa|Kawaguchi|Kawagoe|Tokorozawa|Sapporo|Sendai|Nagoya|Kyoto|Osaka|Kobe|Fukuoka|Hiroshima|Kitakyushu|"
    "Sakai|Niigata|Hamamatsu|Shizuoka|Okayama|Kumamoto|Kagoshima|Naha|Nara|Kanazawa|Nishinomiya|Amagasaki|Toyota|"
    "Himeji|Matsuyama|Fujisawa|Kamakura|Yokosuka|Sagamihara|Utsunomiya|Maebashi|Takasaki|Mito|Tsukuba|Gifu|Otsu|"
    "Wakayama|Nagasaki|Oita|Miyazaki|Aomori|Morioka|Akita|Yamagata|Fukushima|Nagano|Matsumoto|Kofu|Toyama|Fukui|"
    "Hakodate|Asahikawa|Kurashiki|Fukuyama|Suita|Toyonaka|Takatsuki|Hirakata|Okazaki|Takamatsu|Tokushima|Kochi"
)
_JP_WARD_KNOWN = rf"(?:,[ ]?|[ ]?\n[ ]?)(?:{_JP_PLACES})-(?:ku|shi|cho|machi|gun|mura)(?![\p{{L}}\-])"
_JP_CITY = r"(?:,[ ]?|[ ]?\n[ ]?)\p{Lu}\p{L}+"
_JP_POSTCODE = r"[ ]\d{3}-\d{4}(?!\d)"
# A block of three numbers (`3-14-2`) and a known ward, or of two or three with the city's postcode after the ward
# (`1-8 Umeda, Kita-ku, Osaka 530-0001`): no part 0 and the first of one or two digits (not a date, `2024-05-12`, or
# a record, `1-0-2`), and no score's or release's word before it (`Game 3-2 Hanshin, Nishinomiya-shi, ...`).
JP_ADDRESS = (
    r"(?=\d)(?<![\w\-./])(?<!(?i:score|scores|standings|record|match|game|final|version|release|build|patch|sale"
    r"|formation|season|round)[: ]+)"
    rf"(?:[1-9]\d?-[1-9]\d{{0,3}}-[1-9]\d{{0,3}},?[ ]{_NAMES}{_JP_WARD_KNOWN}(?:{_JP_CITY}(?:{_JP_POSTCODE})?)?"
    rf"|[1-9]\d?-[1-9]\d{{0,3}}(?:-[1-9]\d{{0,3}})?,?[ ]{_NAMES}{_JP_WARD}{_JP_CITY}{_JP_POSTCODE})"
)
JP_ADDRESS_TRIGGER = r"[0-9]{1,4}-[0-9]{1,4}(?:-[0-9]{1,4})?,? [A-Z][^\n]*\n?[^\n]*-(?:ku|shi|cho|machi|gun|mura)"

# The road is an `Rd` or on a section (`Sec. 2, ... Road`), and a city follows (`Olympic Road race results` is none).
_TW_CITIES = (
    "taipei|new taipei|taichung|tainan|kaohsiung|taoyuan|hsinchu|keelung|chiayi|changhua|pingtung|yilan|hualien"
    "|taitung|miaoli|nantou|yunlin|penghu|kinmen"
)
TW_ADDRESS = (
    r"(?=[Nn])(?<![\p{L}\d])(?i:no\.?[ ]?\d{1,4}(?:-\d{1,3})?[a-z]?,?[ ](?:(?:\d{1,2}f|floor[ ]\d{1,2}),?[ ])?"
    r"(?:alley[ ]\d{1,4},?[ ])?lane[ ]\d{1,4},?[ ](?:(?:alley[ ]\d{1,4}|sec(?:tion|\.)?[ ]?\d),?[ ]){0,2}"
    r"[a-z][a-z.'\- ]{1,40}?(?:rd|(?:road|st|street|blvd|boulevard|ave|avenue)(?<=sec[^\n]{1,50}))\.?)(?![\p{L}])"
    rf"(?=,[ ]?(?i:{_TW_CITIES})\b)"  # a city after it (`, Taipei 104`), as a swimmer's lane has not
    r"(?:,[ ]?[a-z]+(?:[ ][a-z]+)?[ ]\d{3}(?:\d{2})?(?!\d))?"  # a lower-case city and postcode (`taipei 104`)
)
TW_ADDRESS_TRIGGER = r"(?i:no\.? ?[0-9]{1,4}[^\n]{0,48}lane [0-9])"

ID_ADDRESS = (
    rf"(?=J)(?<![\p{{L}}\d.])(?:(?:Jl|Jln|JL|JLN)\.[ ]{_NAME}(?:[ ]\p{{L}}[\p{{L}}'’\-]*){{0,3}}"
    rf"|Jalan[ ](?!Jalan\b){_NAME}(?:[ ]\p{{Lu}}[\p{{L}}'’\-]*){{0,3}})[ ,]+"  # (not `JL Hudson`, `Jalan Jalan`)
    r"(?:No|NO|no)\.?[ ]?\d{1,4}[A-Za-z]?(?:[/\-]\d{1,4})?(?!\d)"
)
ID_ADDRESS_TRIGGER = r"(?:(?:Jl|Jln|JL|JLN)\.|Jalan) [A-Z][^\n]{0,60}(?:No|NO|no)\.? ?[0-9]"

PH_ADDRESS = (
    r"(?=[PSBLpsbl])(?<![\p{L}\d])(?:(?:Purok|Sitio|Blk|Block|Lot|Phase|Zone)\.?[ ]\d{1,4}[A-Z]?,?[ ]){1,3}"
    rf"(?:{_NAMES},[ ]?)?(?:Brgy\.?|Barangay|Bgy\.?)[ ](?:(?:Sto|Sta|Sn|Gen|Pres)\.[ ]?)?{_NAMES}"  # `Brgy. Sto. Niño`
)
PH_ADDRESS_TRIGGER = r"(?:Purok|Sitio|Blk|Block|Lot|Phase|Zone)\.? [0-9][^\n]{0,60}(?:Brgy|Barangay|Bgy)"

# `99/1 Moo 5`; `Flat 5B, 12/F`, `Rm 1203, 12/F`; `Villa 12, Street 4`, `Building 7, Road 2412`: each with a place after
# it (`, Sukhumvit Rd`, `, Block 3`, `, Al Barsha 2`), as a recipe's `2/3 Moo` or `Flat 4, 12/F is sold` has not.
OTHER_ADDRESS = (
    r"(?=[0-9FURVBH])(?<![\w/.])(?:\d{1,4}(?:/\d{1,4})?[ ]Moo[ ]?\d{1,2}"
    r"|(?:Flat|Unit|Rm|Room)[ ]?[A-Z0-9]{1,5},[ ]?\d{1,3}/F"
    r"|(?:Villa|House|Building|Bldg\.?)[ ]\d{1,4}[A-Z]?,[ ]?(?:Street|St\.?|Road|Rd\.?|Way|Avenue)[ ]\d{1,4})"
    r"(?=,[ ]?\p{Lu})"
)
OTHER_ADDRESS_TRIGGER = (
    r"[0-9]{1,4}(?:/[0-9]{1,4})? Moo ?[0-9]|(?:Flat|Unit|Rm|Room) ?[A-Z0-9]{1,5}, ?[0-9]{1,3}/F"
    r"|(?:Villa|House|Building|Bldg\.?) [0-9]{1,4}[A-Z]?, ?(?:Street|St\.?|Road|Rd\.?|Way|Avenue) [0-9]"
)
