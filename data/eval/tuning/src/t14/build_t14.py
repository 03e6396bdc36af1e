#!/usr/bin/env python3
"""Build pii_t14_ko_names.jsonl from hand-written sources (standard library only).

Source format (part*.txt next to this script, or in ./src, read in name order):
  a line "@@ <genre>" or "@@ <genre> clean" starts a row; following lines are its text
  (trailing blank lines dropped). Inline markup: {{name}} = PERSON,
  {{TAG:value}} with TAG in PH EM AD ACC RRN DOB CC IP for other entities.
Usage: python3 build_t14.py [out_path]
"""
import json, os, re, sys, glob, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src') if os.path.isdir(os.path.join(HERE, 'src')) else HERE
TAGS = {'PH': 'PHONE_NUMBER', 'EM': 'EMAIL_ADDRESS', 'AD': 'STREET_ADDRESS', 'ACC': 'BANK_ACCOUNT',
        'RRN': 'KR_RRN', 'DOB': 'DATE_OF_BIRTH', 'CC': 'CREDIT_CARD', 'IP': 'IP_ADDRESS'}
MARK = re.compile(r'\{\{(?:(' + '|'.join(TAGS) + r'):)?(.+?)\}\}')
EXPECT_ROWS, EXPECT_CLEAN = 240, 60


def parse_rows():
    rows = []
    for fn in sorted(glob.glob(os.path.join(SRC, 'part*.txt'))):
        cur = None
        with open(fn, encoding='utf-8') as f:
            for line in f.read().split('\n'):
                if line.startswith('@@ '):
                    if cur: rows.append(cur)
                    head = line[3:].split()
                    cur = {'genre': head[0], 'clean': 'clean' in head[1:], 'lines': [], 'file': os.path.basename(fn)}
                elif cur is not None:
                    cur['lines'].append(line)
                elif line.strip():
                    raise SystemExit(f'{fn}: text before first row header: {line!r}')
        if cur: rows.append(cur)
    return rows


def strip(raw):
    out, spans, pos = [], [], 0
    last = 0
    for m in MARK.finditer(raw):
        out.append(raw[last:m.start()]); pos += m.start() - last
        val = m.group(2)
        spans.append({'start': pos, 'end': pos + len(val), 'entity': TAGS[m.group(1)] if m.group(1) else 'PERSON', 'text': val})
        out.append(val); pos += len(val); last = m.end()
    out.append(raw[last:])
    return ''.join(out), spans


def rrn_ok(v):
    d = re.sub(r'\D', '', unicodedata.normalize('NFKC', v))
    if len(d) != 13: return False
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    return (11 - sum(int(a) * b for a, b in zip(d, w)) % 11) % 10 == int(d[12])


def luhn_ok(v):
    d = re.sub(r'\D', '', v); t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2: x = x * 2 - 9 if x * 2 > 9 else x * 2
        t += x
    return len(d) >= 13 and t % 10 == 0


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'pii_t14_ko_names.jsonl')
    rows, errs, seen, res = parse_rows(), [], set(), []
    for i, r in enumerate(rows, 1):
        rid = f't14-ko-{i:04d}'
        lines = r['lines']
        while lines and not lines[-1].strip(): lines.pop()
        raw = '\n'.join(lines)
        text, spans = strip(raw)
        where = f"{rid} ({r['file']})"
        if not text.strip(): errs.append(f'{where}: empty')
        for tok in ('{{', '}}'):
            if tok in text: errs.append(f'{where}: leftover markup {tok}')
        if r['clean'] and spans: errs.append(f'{where}: clean row has spans')
        if not r['clean'] and not spans: errs.append(f'{where}: span row without spans')
        prev = -1
        for s in spans:
            if text[s['start']:s['end']] != s['text']: errs.append(f'{where}: offset mismatch {s}')
            if s['text'] != s['text'].strip() or not s['text']: errs.append(f'{where}: whitespace at edge {s}')
            if s['start'] < prev: errs.append(f'{where}: overlap/unsorted {s}')
            prev = s['end']
            if s['entity'] == 'KR_RRN' and not rrn_ok(s['text']): errs.append(f'{where}: bad RRN check digit {s}')
            if s['entity'] == 'CREDIT_CARD' and not luhn_ok(s['text']): errs.append(f'{where}: bad Luhn {s}')
        if text in seen: errs.append(f'{where}: duplicate text')
        seen.add(text)
        res.append({'id': rid, 'lang': 'ko', 'genre': r['genre'], 'source': 'real-format', 'text': text, 'spans': spans})
    n_clean = sum(1 for r in res if not r['spans'])
    if len(res) != EXPECT_ROWS: errs.append(f'rows {len(res)} != {EXPECT_ROWS}')
    if n_clean != EXPECT_CLEAN: errs.append(f'clean {n_clean} != {EXPECT_CLEAN}')
    if '--check' not in sys.argv:
        with open(out_path, 'w', encoding='utf-8', newline='\n') as f:
            for r in res: f.write(json.dumps(r, ensure_ascii=False) + '\n')
    if errs:
        print('\n'.join(errs)); print(f'{len(errs)} problems'); sys.exit(1)
    print(f'OK {len(res)} rows, {len(res)-n_clean} span rows, {n_clean} clean')


if __name__ == '__main__':
    main()
