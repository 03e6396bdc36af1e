"""Rebuild `prep/pii/data/names_en.tsv.gz`, the lexicon of `prep.pii.names_en`: `python -m prep.pii.names_en_build`.

Inputs, all installable by name and read as plain data (no pickle anywhere):
- `names` (PyPI): the 1990 US census lists, with the share of people who carry each first and last name;
- `faker` (PyPI): first and last names of its Latin-script locales (70 of them: Europe, the Americas,
  Africa, South and South-East Asia, romanized Chinese and Japanese);
- romanized Korean surnames, listed here (Faker's `ko_KR` has Hangul only);
- `wordfreq` (PyPI, msgpack data): how often each word is used in English;
- `/usr/share/dict/american-english` (Debian `wamerican`): which words English writes in lower case
  (`brown`, `mark`, `will`), which tells a name in a lower-case chat from a common word.
`names-dataset` was not used: it unpickles its data (and was built from a leaked social-network dump).

One line per lower-case token: `token <TAB> flags <TAB> name_zipf <TAB> word_zipf`, flags from
F (first name), L (last name), K (romanized Korean surname), W (a lower-case English dictionary word),
P (a place, nation or language: Faker's country and US state names, the cities and nationalities below).
`name_zipf` estimates how often the token is written *as a name* on wordfreq's scale (log10 per
billion words): log10(census share) + 7.2, calibrated on `John` (1.6% of people, zipf 5.38, nearly
all of it the name); names outside the census get 2.5. `word_zipf - name_zipf` is then how much more
the token is used as a word than as a name (`will` 3.0, `brown` 0.0, `dorothy` -1.0).
Common words that are no name (zipf >= 2.5) are listed too, with flags `W` or empty, so that the
detector can tell a rare capitalized word (a name from a culture no list covers) from a common one.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import math
import pkgutil
import unicodedata
from pathlib import Path

import regex

LEXICON_PATH = Path(__file__).with_name("data") / "names_en.tsv.gz"
DICT_PATH = Path("/usr/share/dict/american-english")
NAME_ZIPF_OFFSET = 7.2  # zipf of a name = log10(share of people) + this (John: 1.64% -> 5.4)
DEFAULT_NAME_ZIPF = 2.5  # a name outside the census
COMMON_WORDS = 60_000  # wordfreq's most frequent English words listed (down to zipf ~2.5)

# Revised Romanization and the common older spellings, two-syllable ones included.
KOREAN_SURNAMES = """
kim gim lee yi rhee park bak pak choi choe chey jung jeong chung jeung kang gang cho jo joh yoon yun
jang chang lim im rim han oh o seo suh shin sin kwon gwon hwang ahn an song ryu yoo yu rhyu hong
jeon jun chun ko go koh moon mun yang son sohn bae bai baek paek paik heo hur huh nam sim shim noh
roh no ha kwak gwak sung seong cha joo ju woo wu koo ku gu min jin chin na ji eom um uhm chae won
cheon chun bang gong kong hyun hyeon ham byun byeon yeom yum yeo yuh choo chu do doh so seok suk
sun seon seol sul ma gil kil yeon yon wi wee pyo pyeon myung myeong ki gi ban ra la wang geum keum
kum ok yook yuk in maeng je jeh mo tak guk kook eo eun pyun yong ye kyung gyeong bong sa bu ga bok
tae mok hyung pi doo gam eum bin dong on ho beom bum jwa paeng seung gan sang si gal dan gyeon dang
namgung namkoong hwangbo jegal seonwoo sunwoo dokgo sagong seomun dongbang
""".split()

# Places and peoples whose names are also first names (`Savannah`, `Jordan`, `German`): alone, they stay.
PLACES = """
savannah austin madison charlotte florence eugene lincoln orlando denver houston dallas tyler aurora phoenix
paris sydney victoria adelaide chelsea kent troy marion helena raleigh columbus augusta cleveland lafayette
beverly sharon vienna geneva london berlin milan florence valencia brooklyn dakota montana nevada
boston atlanta memphis vegas dijon tucson fresno omaha toledo reno aspen sedona salem camden hartford albany
trenton dover tulsa wichita laredo waco lansing durham asia africa europe america oceania arabia siberia
english french german spanish italian dutch british american african asian european korean chinese japanese
indian russian polish greek irish scottish welsh turkish arabic hebrew latin christian muslim jewish catholic
""".split()

_LATIN = regex.compile(r"^[\p{Latin}][\p{Latin}'\-]*$")


def fold(word: str) -> str:
    """`álvarez` -> `alvarez`: the lexicon holds both, so a name typed without its accents is found."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def census(path: Path) -> dict[str, float]:
    """name -> share of people (the census lists give percent per sex for first names, overall for last)."""
    shares = {}
    for line in path.read_text().splitlines():
        parts = line.split()
        if len(parts) >= 2:
            shares[parts[0].lower()] = float(parts[1]) / 100
    return shares


def faker_names() -> tuple[set[str], set[str]]:
    """Lower-case first and last name tokens of every Faker locale, Latin script only."""
    import faker.providers.person as person

    first, last = set(), set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr in dir(provider):
            if "name" not in attr or attr.startswith("_") or attr == "language_names" or "prefix" in attr:
                continue
            value = getattr(provider, attr)
            if not isinstance(value, list | tuple | dict):
                continue
            target = last if "last" in attr else first if ("first" in attr or "middle" in attr) else None
            if target is None:
                continue
            for name in value:
                if not isinstance(name, str):
                    continue
                for token in name.replace(".", " ").split():
                    if _LATIN.match(token) and len(token) > 1:
                        target.add(token.lower())
    return first, last


def build() -> list[str]:
    import names
    from wordfreq import top_n_list, zipf_frequency

    data = Path(names.__file__).parent
    male, female, surnames = (census(data / f) for f in ("dist.male.first", "dist.female.first", "dist.all.last"))
    first_share: dict[str, float] = {}
    for shares in (male, female):
        for name, share in shares.items():
            first_share[name] = first_share.get(name, 0.0) + share / 2
    faker_first, faker_last = faker_names()
    korean = set(KOREAN_SURNAMES)
    lowercase_words = set()
    if DICT_PATH.exists():
        lowercase_words = {w for w in DICT_PATH.read_text(encoding="utf-8").split() if w.islower() and w.isalpha()}
    else:
        raise SystemExit(f"{DICT_PATH} is missing: apt-get install wamerican (it tells which words are lower case)")

    entries: dict[str, list] = {}  # token -> [flags, name share]

    def add(token: str, flag: str, share: float = 0.0) -> None:
        for key in {token, fold(token)}:
            entry = entries.setdefault(key, [set(), 0.0])
            entry[0].add(flag)
            entry[1] += share

    for name in set(first_share) | faker_first:
        add(name, "F", first_share.get(name, 0.0))
    for name in set(surnames) | faker_last:
        add(name, "L", surnames.get(name, 0.0))
    for name in korean:
        add(name, "K")
    from faker.providers.address.en_US import Provider as address

    for place in [*address.countries, *address.states, *PLACES]:
        if " " not in place:  # one-word places only: `Pierre` of `Saint Pierre and Miquelon` is a name
            add(place.lower(), "P")
    lines = []
    for token, (flags, share) in sorted(entries.items()):
        name_zipf = math.log10(share) + NAME_ZIPF_OFFSET if share > 0 else DEFAULT_NAME_ZIPF
        if token in lowercase_words:
            flags.add("W")
        word_zipf = zipf_frequency(token, "en")
        lines.append(f"{token}\t{''.join(sorted(flags))}\t{max(name_zipf, DEFAULT_NAME_ZIPF):.2f}\t{word_zipf:.2f}")
    for word in top_n_list("en", COMMON_WORDS):
        if word in entries or not word.isalpha():
            continue
        flag = "W" if word in lowercase_words else ""
        lines.append(f"{word}\t{flag}\t0\t{zipf_frequency(word, 'en'):.2f}")
    return lines


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", type=Path, default=LEXICON_PATH)
    args = parser.parse_args(argv)
    lines = build()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(args.output, "wb", mtime=0) as f:  # mtime 0: the same inputs give the same bytes
        f.write(("\n".join(lines) + "\n").encode("utf-8"))
    print(f"{args.output}: {len(lines)} tokens")


if __name__ == "__main__":
    main()
