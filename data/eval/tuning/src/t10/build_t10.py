#!/usr/bin/env python3
"""Build data/eval/tuning/pii_t10_addr.jsonl from the hand-written row files in this folder.

Row files: en_addr.txt, en_clean.txt, ko_clean.txt. Each row starts with a header line
    @@ <genre> <source>
followed by the row text (1-12 lines). Entities are marked inline as [[CODE|span text]];
CODE is a full entity name or one of the short codes below. The builder strips the markup,
computes Python code-point offsets and writes rows in PII_SETS.md key order.
Deterministic: no randomness, no timestamps; output is byte-identical on every run.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "pii_t10_addr.jsonl"))

SHORT = {
    "A": "STREET_ADDRESS", "P": "PERSON", "T": "PHONE_NUMBER", "E": "EMAIL_ADDRESS",
    "D": "DATE_OF_BIRTH",
}
ENTITIES = {"PERSON", "STREET_ADDRESS", "PHONE_NUMBER", "EMAIL_ADDRESS", "DATE_OF_BIRTH",
            "KR_RRN", "IP_ADDRESS", "CREDIT_CARD", "BANK_ACCOUNT", "US_SSN", "IBAN_CODE"}
GENRES = {"calendar", "chat", "community_post", "contract", "court_judgment", "delivery_note", "email",
          "form", "label", "legislation", "log", "medical_note", "meeting_minutes", "news", "notice",
          "notification", "order", "recipe", "report", "resume", "review", "sms", "statement",
          "support_ticket", "technical_doc", "transcript", "travel", "tweet"}
SOURCES = {"generated", "real-format"}
MARK = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]", re.S)

# (file, lang, id prefix, expected rows, expects spans)
PARTS = [
    ("en_addr.txt", "en", True, 130),
    ("en_clean.txt", "en", False, 40),
    ("ko_clean.txt", "ko", False, 30),
]


def parse_file(path):
    rows = []
    cur = None
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("@@ "):
                parts = line[3:].split()
                if len(parts) != 2:
                    sys.exit(f"{path}: bad header {line!r}")
                cur = {"genre": parts[0], "source": parts[1], "lines": []}
                rows.append(cur)
            elif line.startswith("#") and cur is None:
                continue
            elif cur is not None:
                cur["lines"].append(line)
    return rows


def strip_markup(raw, where):
    out, spans, pos = [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        code, val = m.group(1), m.group(2)
        ent = SHORT.get(code, code)
        if ent not in ENTITIES:
            sys.exit(f"{where}: unknown entity {code}")
        start = sum(len(s) for s in out)
        out.append(val)
        spans.append({"start": start, "end": start + len(val), "entity": ent, "text": val})
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        sys.exit(f"{where}: leftover markup")
    spans.sort(key=lambda s: (s["start"], s["end"]))
    return text, spans


def build():
    rows = []
    for fname, lang, has_spans, n_expected in PARTS:
        parsed = parse_file(os.path.join(HERE, fname))
        if len(parsed) != n_expected:
            sys.exit(f"{fname}: {len(parsed)} rows, expected {n_expected}")
        counter = sum(1 for r in rows if r["lang"] == lang)
        for r in parsed:
            counter += 1
            rid = f"t10-{lang}-{counter:04d}"
            raw = "\n".join(r["lines"]).strip("\n")
            text, spans = strip_markup(raw, f"{fname}:{rid}")
            if has_spans != bool(spans):
                sys.exit(f"{rid}: spans present={bool(spans)} but file expects {has_spans}")
            rows.append({"id": rid, "lang": lang, "genre": r["genre"], "source": r["source"],
                         "text": text, "spans": spans})
    return rows


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    rows = build()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows -> {out}")


if __name__ == "__main__":
    main()
