#!/usr/bin/env python3
"""Builder for tuning set t13 (standard library only).

Sources: {ko,en}_{clean,pii}_*.txt next to this script (or in ./src/). Each document starts with a line
"@@@ <genre>" and runs until the next such line. Entities are marked inline as
⟦X|text⟧ where X is a one-letter code (see CODES). Markup is stripped and
code-point offsets computed. Run (repo root): python3 data/eval/tuning/src/t13/build.py data/eval/tuning/pii_t13_domain.jsonl
"""
import glob, hashlib, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src") if os.path.isdir(os.path.join(HERE, "src")) else HERE
CODES = {"P": "PERSON", "A": "STREET_ADDRESS", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS",
         "R": "KR_RRN", "D": "DATE_OF_BIRTH", "I": "IP_ADDRESS", "C": "CREDIT_CARD",
         "B": "BANK_ACCOUNT", "S": "US_SSN", "N": "IBAN_CODE"}
MARK = re.compile(r"⟦([A-Z])\|(.*?)⟧", re.S)
errors = []

def parse(path):
    docs, cur = [], None
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("@@@ "):
                if cur: docs.append(cur)
                cur = {"genre": line[4:].strip(), "lines": [], "file": os.path.basename(path)}
            elif cur is not None:
                cur["lines"].append(line.rstrip())
            elif line.strip():
                errors.append(f"{path}: text before first header")
    if cur: docs.append(cur)
    return docs

def render(doc):
    raw = "\n".join(doc["lines"]).strip("\n")
    out, spans, pos = [], [], 0
    n = 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()]); n += len(raw[pos:m.start()])
        code, val = m.group(1), m.group(2)
        if code not in CODES: errors.append(f"bad code {code} in {doc['file']}")
        spans.append({"start": n, "end": n + len(val), "entity": CODES.get(code, code), "text": val})
        out.append(val); n += len(val); pos = m.end()
    out.append(raw[pos:])
    return "".join(out), spans

def rrn_ok(s):
    d = re.sub(r"\D", "", s.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    if len(d) != 13: return False
    w = [2,3,4,5,6,7,8,9,2,3,4,5]
    return (11 - sum(int(a)*b for a, b in zip(d, w)) % 11) % 10 == int(d[12])

def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2: x = x*2 - 9 if x*2 > 9 else x*2
        tot += x
    return len(d) in (13, 14, 15, 16, 19) and tot % 10 == 0

def iban_ok(s):
    c = s.replace(" ", "").upper()
    r = c[4:] + c[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|\w+\s*(\[at\]|\(at\)| AT |골뱅이)\s*\w+")
RRNLIKE = re.compile(r"(?<!\d)\d{6}\s*[-–]?\s*[1-8]\d{6}(?!\d)")
MOBILE = re.compile(r"(?<!\d)(\+82[\s-]?)?0?1[016789][\s.-]?\d{3,4}[\s.-]?\d{4}(?!\d)")
SSNLIKE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
CARDLIKE = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")

def check_row(r):
    t, sp = r["text"], r["spans"]
    rid = r["id"]
    last = -1
    for s in sp:
        if t[s["start"]:s["end"]] != s["text"]: errors.append(f"{rid}: offset mismatch {s}")
        if s["start"] < last: errors.append(f"{rid}: overlap/unsorted {s}")
        last = s["end"]
        if s["text"] != s["text"].strip() or not s["text"]: errors.append(f"{rid}: whitespace edge {s}")
        e = s["entity"]
        if e == "KR_RRN" and not rrn_ok(s["text"]): errors.append(f"{rid}: bad RRN {s['text']}")
        if e == "CREDIT_CARD" and not luhn_ok(s["text"]): errors.append(f"{rid}: bad Luhn {s['text']}")
        if e == "IBAN_CODE" and not iban_ok(s["text"]): errors.append(f"{rid}: bad IBAN {s['text']}")
    for bad in ("⟦", "⟧", "|⟧"):
        if bad in t: errors.append(f"{rid}: leftover markup")
    if "\t" in t or "\r" in t: errors.append(f"{rid}: tab/CR in text")
    if not sp:
        for name, rx in (("email", EMAIL), ("rrn", RRNLIKE), ("mobile", MOBILE), ("ssn", SSNLIKE), ("card", CARDLIKE)):
            m = rx.search(t)
            if m: errors.append(f"{rid}: clean row has {name}-like string {m.group(0)!r}")
        if "@" in t: errors.append(f"{rid}: clean row has @")

def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.normpath(os.path.join(HERE, "..", "..", "pii_t13_domain.jsonl"))
    rows = []
    for lang in ("ko", "en"):
        docs = []
        for kind in ("clean", "pii"):
            for p in sorted(glob.glob(os.path.join(SRC, f"{lang}_{kind}_*.txt"))):
                for d in parse(p):
                    d["kind"] = kind
                    docs.append(d)
        built = []
        for d in docs:
            text, spans = render(d)
            if d["kind"] == "clean" and spans: errors.append(f"clean doc with spans in {d['file']}: {text[:40]!r}")
            if d["kind"] == "pii" and not spans: errors.append(f"pii doc without spans in {d['file']}: {text[:40]!r}")
            built.append((hashlib.sha1(text.encode()).hexdigest(), d["genre"], text, spans))
        built.sort()
        for i, (_, genre, text, spans) in enumerate(built, 1):
            rows.append({"id": f"t13-{lang}-{i:04d}", "lang": lang, "genre": genre, "source": "real-format",
                         "text": text, "spans": spans})
    seen = {}
    for r in rows:
        check_row(r)
        if r["text"] in seen: errors.append(f"duplicate text {r['id']} == {seen[r['text']]}")
        seen[r["text"]] = r["id"]
    # counts
    from collections import Counter
    for lang in ("ko", "en"):
        L = [r for r in rows if r["lang"] == lang]
        clean = [r for r in L if not r["spans"]]
        long_clean = sum(1 for r in clean if len(r["text"].split("\n")) >= 5)
        short = [r["id"] for r in L if not (2 <= len(r["text"].split("\n")) <= 20)]
        ents = Counter(s["entity"] for r in L for s in r["spans"])
        genres = Counter(r["genre"] for r in L)
        print(f"{lang}: rows={len(L)} clean={len(clean)} spans_rows={len(L)-len(clean)} clean>=5lines={long_clean}")
        print(f"  genres: {dict(sorted(genres.items()))}")
        print(f"  entities: {dict(ents.most_common())} total={sum(ents.values())}")
        if short: errors.append(f"{lang}: rows outside 2..20 lines: {short}")
    with open(out_path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    if errors:
        print("ERRORS:"); [print("  " + e) for e in errors]; sys.exit(1)
    print("OK", out_path)

if __name__ == "__main__":
    main()
