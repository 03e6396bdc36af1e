#!/usr/bin/env python3
"""Validate data/eval/tuning/pii_t10_addr.jsonl. Exit 0 = OK.

Checks: key order, ids, lang/genre/source vocab, text length (60-800) and line count (1-12),
span offsets/text, sorting, overlaps, whitespace at span edges, leftover markup, per-part
row counts, >=150 STREET_ADDRESS spans in the English address rows, clean rows have no spans,
unique ids/texts, deterministic rebuild (byte-identical). Also prints lint warnings for
address-/email-/phone-like strings outside spans (reviewed by hand; not failures).
"""
import collections
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "pii_t10_addr.jsonl"))
sys.path.insert(0, HERE)
from build_t10 import ENTITIES, GENRES, SOURCES  # noqa: E402

KEYS = ["id", "lang", "genre", "source", "text", "spans"]
SPAN_KEYS = ["start", "end", "entity", "text"]
ID_RE = re.compile(r"^t10-(en|ko)-\d{4}$")
ADDR_LINT = re.compile(r"\b\d+[A-Za-z]?\s+(?:[NSEW]\.?\s+)?[A-Z][a-z]+\s+(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Dr|Drive|Ln|Lane|Ct|Pl|Way)\b")
EMAIL_LINT = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
PHONE_LINT = re.compile(r"(?<!\d)(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}(?!\d)")

errors = []


def err(msg):
    errors.append(msg)


def main():
    raw = open(DATA, "rb").read()
    rows = [json.loads(l) for l in raw.decode("utf-8").splitlines()]
    ids, texts = set(), set()
    per = collections.Counter()
    ent = collections.defaultdict(collections.Counter)
    genres = collections.defaultdict(collections.Counter)
    sources = collections.Counter()
    addr_rows_en = 0
    warnings = []
    for r in rows:
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            err(f"{rid}: key order {list(r.keys())}")
        if not ID_RE.match(rid or "") or rid[4:6] != r["lang"]:
            err(f"{rid}: bad id")
        if rid in ids:
            err(f"{rid}: duplicate id")
        ids.add(rid)
        if r["text"] in texts:
            err(f"{rid}: duplicate text")
        texts.add(r["text"])
        if r["genre"] not in GENRES:
            err(f"{rid}: genre {r['genre']}")
        if r["source"] not in SOURCES:
            err(f"{rid}: source {r['source']}")
        sources[r["source"]] += 1
        genres[r["lang"]][r["genre"]] += 1
        t = r["text"]
        if not (60 <= len(t) <= 800):
            err(f"{rid}: length {len(t)}")
        if not (1 <= len(t.split("\n")) <= 12):
            err(f"{rid}: {len(t.split(chr(10)))} lines")
        if t != t.strip():
            err(f"{rid}: text has outer whitespace")
        if "[[" in t or "]]" in t:
            err(f"{rid}: leftover markup")
        prev_end = -1
        last = (-1, -1)
        for s in r["spans"]:
            if list(s.keys()) != SPAN_KEYS:
                err(f"{rid}: span keys {list(s.keys())}")
            if s["entity"] not in ENTITIES:
                err(f"{rid}: entity {s['entity']}")
            if t[s["start"]:s["end"]] != s["text"]:
                err(f"{rid}: offset mismatch {s}")
            if not s["text"] or s["text"] != s["text"].strip():
                err(f"{rid}: whitespace at span edge {s['text']!r}")
            if (s["start"], s["end"]) < last:
                err(f"{rid}: spans not sorted")
            if s["start"] < prev_end:
                err(f"{rid}: overlap at {s['start']}")
            last = (s["start"], s["end"])
            prev_end = s["end"]
            ent[r["lang"]][s["entity"]] += 1
        n = int(rid[-4:])
        part = "en_addr" if r["lang"] == "en" and n <= 130 else ("en_clean" if r["lang"] == "en" else "ko_clean")
        per[part] += 1
        if part == "en_addr":
            if not any(s["entity"] == "STREET_ADDRESS" for s in r["spans"]):
                err(f"{rid}: address row without STREET_ADDRESS")
            else:
                addr_rows_en += 1
        elif r["spans"]:
            err(f"{rid}: clean row has spans")
        # lint outside spans
        masked = list(t)
        for s in r["spans"]:
            for i in range(s["start"], s["end"]):
                masked[i] = "\x00"
        m_text = "".join(masked)
        for name, rx in (("addr", ADDR_LINT), ("email", EMAIL_LINT), ("phone", PHONE_LINT)):
            for m in rx.finditer(m_text):
                warnings.append(f"{rid}: {name}-like outside span: {m.group(0)!r}")
    if per != {"en_addr": 130, "en_clean": 40, "ko_clean": 30}:
        err(f"part counts {dict(per)}")
    if ent["en"]["STREET_ADDRESS"] < 150:
        err(f"only {ent['en']['STREET_ADDRESS']} English STREET_ADDRESS spans")
    # deterministic rebuild
    with tempfile.TemporaryDirectory() as d:
        out = os.path.join(d, "rebuild.jsonl")
        subprocess.run([sys.executable, os.path.join(HERE, "build_t10.py"), out], check=True,
                       stdout=subprocess.DEVNULL)
        if open(out, "rb").read() != raw:
            err("rebuild is not byte-identical to the committed file")
    print(f"rows: {len(rows)}  parts: {dict(per)}  sources: {dict(sources)}")
    for lang in sorted(genres):
        print(f"genres[{lang}]: {dict(sorted(genres[lang].items()))}")
        print(f"entities[{lang}]: {dict(ent[lang].most_common())}")
    mline = sum(1 for r in rows for s in r["spans"] if s["entity"] == "STREET_ADDRESS" and "\n" in s["text"])
    print(f"multi-line STREET_ADDRESS spans: {mline}")
    print(f"sha256: {hashlib.sha256(raw).hexdigest()}")
    for w in warnings:
        print("LINT", w)
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
