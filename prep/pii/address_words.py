"""The words a street is named with, one home for the readers that look for a street (round 14's review).

`prep.pii.addresses` builds its grammar on them; `prep.pii.address_lines` reads a street before a city with them, and
`addresses` imports `address_lines`, so they live here, below both.
"""

from __future__ import annotations

# English street types, as the grammar reads them after a street's name (`Elm St`, `Harbor View Terr`).
STREET_TYPES = (
    "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|"
    "Parkway|Pkwy|Circle|Cir|Highway|Hwy|Square|Sq|Trail|Trl|Crescent|Cres|Close|Grove|Gardens|Mews|Loop|Plaza|Route|Rte|"
    # USPS and Commonwealth abbreviations people write too: `Harbor View Terr`, `Kings Pde`, `Elm Crt`, `Av`
    "Terr|Tce|Crt|Pde|Parade|Esplanade|Promenade|Quay|Wharf|Rise|Pike|Xing|Av|Cove|Ridge|Glen|Alley|Wynd|"
    # subdivisions' streets: `19 Fox Run`, `4 Deer Hollow`, `88 River Bend`
    "Run|Hollow|Bend|Crossing|Landing"
)

# Continental street words, before or inside the name (`rue de la Paix`, `Hauptstraße`, `ul. Długa`).
EU_STREET_WORDS = (
    r"(?i:rue|chemin|avenue|boulevard|bd|allée|impasse|quai|place|route|via|viale|piazza|corso|vicolo|calle|avenida"
    r"|paseo|carrer|rua|praça|travessa|straße|strasse|str\.|weg|gasse|platz|allee|laan|straat|gracht|plein|kade|vej"
    r"|gade|gatan|vägen|veien|gate|ulica|ul\.|utca|leoforos|odos|caddesi|sokak)(?!\p{L})"
)
