#!/usr/bin/env python3
"""Validate tuning/pii_t12_clean.jsonl (clean look-alike rows, every row spans == []).

Checks: key order; id format and sequence; unique ids; lang; genre in the PII_SETS.md
vocabulary; source value; 1-15 lines; 60-1200 characters; spans == []; no duplicate
texts; no leftover markup; Korean rows contain Hangul, English rows contain none;
safety nets against real-looking personal values (Korean mobile numbers, landline or
US-style phone numbers outside service lines, RRN-, SSN-, card- or IBAN-shaped runs,
Luhn-valid 13-19 digit runs, e-mail addresses, non-documentation IP addresses,
filled-in birth-date fields, placeholder names). Writes validate_report.txt and exits
non-zero on any error. Standard library only.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
JSONL = os.path.normpath(os.path.join(HERE, "..", "..", "pii_t12_clean.jsonl"))
REPORT = os.path.join(HERE, "validate_report.txt")

KEYS = ["id", "lang", "genre", "source", "text", "spans"]
GENRES = {
    "calendar", "chat", "community_post", "contract", "court_judgment", "delivery_note",
    "email", "form", "label", "legislation", "log", "medical_note", "meeting_minutes",
    "news", "notice", "notification", "order", "recipe", "report", "resume", "review",
    "sms", "statement", "support_ticket", "technical_doc", "transcript", "travel", "tweet",
}
SOURCES = {"generated", "real-format"}
N_PER_LANG = 150
HANGUL = re.compile(r"[\uac00-\ud7a3]")

MARKUP = [r"##", r"\{\{", r"\}\}", r"\[\[", r"\]\]", r"TODO", r"\t", r"\r", r"<[A-Z_]{3,}>", r"XXX"]

# --- safety nets ---------------------------------------------------------
KR_MOBILE = re.compile(r"(?<![\d*])01[016789][-. )]?\d{3,4}[-. ]?\d{4}(?!\d)")
KR_LANDLINE = re.compile(r"(?<![\d-])0\d{1,2}[-.) ]\d{3,4}[-. ]\d{4}(?!\d)")
US_PHONE = re.compile(r"(?<![\d-])(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}(?!\d)")
INTL_PHONE = re.compile(r"\+\d{1,3}[ -]?\(?\d{1,4}\)?[ -]\d{3,4}")
RRN = re.compile(r"(?<!\d)\d{6}\s*[-\u2013\uff0d]\s*[1-8]\d{6}(?!\d)|(?<!\d)\d{13}(?!\d)")
SSN = re.compile(r"(?<![\d-])\d{3}[- ]\d{2}[- ]\d{4}(?![\d-])")
CARD = re.compile(r"(?<!\d)\d{4}([- ]?)\d{4}\1\d{4}\1\d{4}(?!\d)|(?<!\d)\d{4}[- ]\d{6}[- ]\d{5}(?!\d)")
DIGIT_RUN = re.compile(r"(?<![\d-])\d{4,}(?:[- ]\d{4,})*(?![\d-])")
IBAN = re.compile(r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?![A-Z0-9])")
EMAIL = re.compile(r"[A-Za-z0-9._%+-]+ ?@ ?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|[A-Za-z0-9._-]+ ?(?:\(at\)|\[at\]| at | AT | 골뱅이 ) ?[A-Za-z0-9-]+ ?(?:\(dot\)|\[dot\]| dot | DOT | 점 ) ?[A-Za-z]{2,}")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|\.\d)")
IPV6 = re.compile(r"(?<![\w:])(?:[0-9a-fA-F]{1,4}:){2,7}[0-9a-fA-F]{0,4}(?![\w:])|(?<![\w:])::[0-9a-fA-F]{1,4}(?![\w:])")
DOB = re.compile(r"(생년월일|생일|출생|DOB|D\.O\.B|[Dd]ate of [Bb]irth|\bBorn\b|\bborn\b)[^\n]{0,14}\d")
PLACEHOLDER_NAMES = ["홍길동", "김철수", "이영희", "김영희", "John Doe", "Jane Doe", "John Smith", "Joe Bloggs", "Max Mustermann"]

SERVICE_PREFIX = re.compile(r"^(080|1[5-6]\d\d)")


def ip_allowed(a, b, c, d):
    q = (int(a), int(b), int(c), int(d))
    if q in {(127, 0, 0, 1), (0, 0, 0, 0), (192, 168, 0, 1), (192, 168, 1, 1), (8, 8, 8, 8), (8, 8, 4, 4), (1, 1, 1, 1)}:
        return True
    return q[:3] in {(192, 0, 2), (198, 51, 100), (203, 0, 113)}


def luhn(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def safety(text, lang):
    errs = []
    for m in KR_MOBILE.finditer(text):
        errs.append("korean mobile-shaped %r" % m.group())
    for m in KR_LANDLINE.finditer(text):
        if not SERVICE_PREFIX.match(m.group()):
            errs.append("landline-shaped %r" % m.group())
    for m in US_PHONE.finditer(text):
        g = m.group()
        left = text[max(0, m.start() - 2):m.start()]
        if SERVICE_PREFIX.match(g) or (left == "1-" and re.match(r"8[0-9]{2}", g)):
            continue  # toll-free 1-8xx line
        errs.append("US phone-shaped %r" % g)
    for m in INTL_PHONE.finditer(text):
        errs.append("international phone prefix %r" % m.group())
    for m in RRN.finditer(text):
        errs.append("RRN-shaped %r" % m.group())
    for m in SSN.finditer(text):
        errs.append("SSN-shaped %r" % m.group())
    for m in CARD.finditer(text):
        before = text[max(0, m.start() - 2):m.start()]
        after = text[m.end():m.end() + 2]
        if re.fullmatch(r"\d[- ]", before) or re.fullmatch(r"[- ]\d", after):
            continue  # part of a longer grouped number (e.g. a 22-digit postal tracking number)
        errs.append("card-shaped %r" % m.group())
    for m in DIGIT_RUN.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn(d):
            errs.append("Luhn-valid digit run %r" % m.group())
    for m in IBAN.finditer(text):
        errs.append("IBAN-shaped %r" % m.group())
    for m in EMAIL.finditer(text):
        g = m.group()
        if "*" in g:
            continue
        errs.append("e-mail-shaped %r" % g)
    for m in IPV4.finditer(text):
        if not ip_allowed(*m.groups()):
            errs.append("IPv4 outside documentation/loopback set %r" % m.group())
    for m in IPV6.finditer(text):
        g = m.group()
        if g.lower().startswith("2001:db8:") or g in ("::1",):
            continue
        if re.fullmatch(r"\d{1,2}:\d{2}(:\d{2})?", g):
            continue  # clock time
        errs.append("IPv6-shaped %r" % g)
    for m in DOB.finditer(text):
        errs.append("birth-date field with a digit %r" % m.group())
    for n in PLACEHOLDER_NAMES:
        if n in text:
            errs.append("placeholder name %r" % n)
    return errs


# --- look-alike cue classes (heuristic, for the notes) ---------------------
CUES = {
    "ko": collections.OrderedDict([
        ("surname-initial common nouns (정기 조영제 김장 이사 박수 강남 한파 유통 신청 장기 오전 임대 윤활 최고 권장 황사 안내 송금 문의 배송)",
         ["정기", "조영제", "김장", "이사", "박수", "강남", "한파", "유통", "신청", "장기", "오전", "임대", "윤활", "최고", "권장", "황사", "안내", "송금", "문의", "배송"]),
        ("given-name-shaped common nouns (하늘 보람 슬기 누리 나래 한결 다솜)",
         ["하늘", "보람", "슬기", "누리", "나래", "한결", "다솜"]),
        ("roles/titles without names", ["원장", "이사장", "회장", "소장", "팀장", "부장", "과장", "담임", "상담사", "상담원", "간호사", "약사", "동대표", "관리사무소장", "반장", "총무", "엄마", "아빠", "선생님", "CFO", "CEO", "기장", "매니저", "점장"]),
        ("masked parties/values", ["○○", "피고인 A", "피해자 B", "원고 A", "*"]),
        ("brands/drugs", ["설화수", "라네즈", "이니스프리", "헤라", "정관장", "비비고", "오뚜기", "농심", "풀무원", "빙그레", "참이슬", "박카스", "타이레놀", "게보린", "판피린", "후시딘", "마데카솔", "까스활명수", "베아제", "아로나민", "메트포르민", "이가탄", "신라면", "진라면", "초코파이", "새우깡", "종가", "청정원", "하림", "동원", "매일", "해태"]),
        ("eponyms", ["파킨슨", "알츠하이머", "크론병", "노벨", "필즈상", "피타고라스", "베르누이", "가우스", "베이즈", "라그랑주", "하인리히", "길랭-바레", "하시모토", "베체트", "다산콜", "을지로", "퇴계로", "충무로", "세종대로"]),
        ("places/stations/landmarks", ["역", "해운대", "광화문", "경복궁", "남산", "한강", "제주", "부산", "대전", "강릉", "공원", "터미널", "공항"]),
        ("organisation service numbers", ["1588-", "1577-", "1544-", "1644-", "1661-", "1599-", "1566-", "1670-", "1600-", "1688-", "1899-", "080-", "대표번호", "120", "119", "1339"]),
        ("business registration numbers", ["사업자등록번호", "사업자번호"]),
        ("case/order/tracking/ticket/bill numbers", ["고단", "가합", "가단", "구합", "노", "의안번호", "운송장", "주문번호", "예약번호", "티켓", "접수번호", "송장", "승인번호", "공고 제"]),
        ("law article numbers", ["조의", "조제", "조(", "법 제", "호서식", "제364조", "제44조"]),
        ("software named like people", ["Jenkins", "Kafka", "Ruby", "Julia", "Hudson", "Hugo", "Sage", "Ada", "Elixir", "Ansible", "Pandas", "pandas", "Django", "Flask", "Celery", "Grafana", "Airflow"]),
        ("dosages/lab ranges", ["mg", "밀리그램", "밀리그람", "mL", "ml", "정씩", "mmol", "g/dL", "IU"]),
        ("room/ward numbers", ["호실", "병동", "호·", "호(", "강의실", "회의실", "호차", "201호"]),
    ]),
    "en": collections.OrderedDict([
        ("first-name-shaped words (will mark grant bill rose may june summer hunter cooper frank faith hope joy)",
         [r"\bwill\b", r"\bmark", r"\bgrant", r"\bbill", r"\brose\b", r"\bmay\b", r"\bjune\b", r"\bsummer\b", r"\bhunter\b", r"\bcooper", r"\bfrank", r"\bfaith", r"\bhope\b", r"\bjoy\b"]),
        ("colour names (sage rose ivory olive hazel amber jade ruby violet)", [r"\bsage\b", r"\brose\b", r"\bivory\b", r"\bolive\b", r"\bhazel\b", r"\bamber\b", r"\bjade\b", r"\bruby\b", r"\bviolet\b"]),
        ("software named like people (Julia Ruby Jenkins Hudson Hugo Sage Ada Elixir Ansible Kafka Pandas Django Flask ...)",
         [r"\bJulia\b", r"\bRuby\b", r"\bJenkins\b", r"\bHudson\b", r"\bHugo\b", r"\bSageMath\b|\bSage\b", r"\bAda\b", r"\bElixir\b", r"\bAnsible\b", r"\bKafka\b", r"\b[Pp]andas\b", r"\bDjango\b", r"\bFlask\b", r"\bSinatra\b", r"\bJekyll\b", r"\bCelery\b", r"\bGrafana\b", r"\bPascal\b", r"\bHaskell\b", r"\bErlang\b", r"\bJasmine\b", r"\bMocha\b", r"\bSphinx\b"]),
        ("eponyms (diseases, theorems, algorithms, awards, laws, buildings)",
         [r"Parkinson", r"Alzheimer", r"Conway's", r"Pareto", r"Montessori", r"Stanley Cup", r"Friedewald", r"Rauch-Tung", r"Swinnerton", r"Cremona", r"Jefferson Memorial", r"Moore's law", r"Freddie Mac", r"Fannie Mae", r"Dow Jones", r"Crohn", r"Hodgkin", r"Hashimoto", r"Raynaud", r"Kawasaki", r"Graves", r"Cushing", r"Addison", r"Tourette", r"Bell's", r"Down syndrome", r"Bayes", r"Pythag", r"Fermat", r"Euler", r"Fourier", r"Dijkstra", r"Kruskal", r"Prim's", r"Bellman", r"Levenshtein", r"Nobel", r"Pulitzer", r"Turing", r"Fields Medal", r"Booker", r"Sarbanes", r"Dodd-Frank", r"Glass-Steagall", r"Carnegie", r"Rockefeller", r"Chrysler", r"Doppler", r"Richter", r"Celsius", r"Fahrenheit", r"Heimlich", r"Apgar", r"Gaussian", r"Markov", r"Kalman", r"Newton", r"Ohm"]),
        ("roles/titles without names", [r"\bAgent\b", r"\bCustomer\b", r"\bUser\b", r"\bChair\b", r"\bTreasurer\b", r"\bSecretary\b", r"\bPrincipal\b", r"\bManager\b", r"\bpharmacist\b", r"\bnurse\b", r"\bCoach\b", r"\bMom\b", r"\bDad\b", r"\bBot\b", r"\bSupport\b", r"\bCFO\b", r"\bCEO\b"]),
        ("masked parties/values", [r"Party [AB]\b", r"Defendant [A-Z]\b", r"PLAINTIFF [A-Z]\b", r"APPELLANT [A-Z]\b", r"Ms A\b", r"Company [AB]\b", r"ending in", r"\*\*\*"]),
        ("organisation service numbers (1-800/1-888/1-877, 311, 511)", [r"1-8\d\d-", r"\b311\b", r"\b511\b"]),
        ("case/order/tracking/ticket/invoice numbers", [r"[Oo]rder", r"[Tt]racking", r"[Tt]icket", r"[Cc]ase No", r"Invoice", r"RMA", r"Docket", r"#\d"]),
        ("law article numbers", [r"Sec\. \d", r"[Ss]ection \d", r"§", r"Article \d", r"Rule \d", r"Rule of Civil Procedure"]),
        ("dosages/lab ranges", [r"\bmg\b", r"\bmL\b", r"mmol", r"g/dL", r"\bIU\b", r"mcg"]),
        ("weekday abbreviations", [r"\b(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b"]),
        ("room/ward numbers and room types", [r"\bRoom \d", r"\bWard\b", r"\bSuite\b", r"King", r"Queen", r"Twin", r"Double"]),
        ("technical IPs", [r"127\.0\.0\.1", r"localhost", r"192\.0\.2\.", r"198\.51\.100\.", r"203\.0\.113\.", r"2001:db8", r"192\.168\.0\.1", r"0\.0\.0\.0"]),
    ]),
}


def main():
    errors = []
    rows = []
    with open(JSONL, encoding="utf-8") as f:
        raw = f.read()
    if not raw.endswith("\n"):
        errors.append("file does not end with a newline")
    for i, line in enumerate(raw.split("\n")[:-1], 1):
        try:
            r = json.loads(line, object_pairs_hook=collections.OrderedDict)
        except ValueError as e:
            errors.append("line %d: bad json (%s)" % (i, e))
            continue
        rows.append(r)
    expected_ids = ["t12-ko-%04d" % i for i in range(1, N_PER_LANG + 1)] + \
                   ["t12-en-%04d" % i for i in range(1, N_PER_LANG + 1)]
    ids = [r.get("id") for r in rows]
    if ids != expected_ids:
        errors.append("ids are not t12-ko-0001..%04d then t12-en-0001..%04d" % (N_PER_LANG, N_PER_LANG))
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    seen = {}
    stats = collections.defaultdict(collections.Counter)
    lens = collections.defaultdict(list)
    nlines = collections.defaultdict(list)
    cue_rows = {lang: collections.Counter() for lang in CUES}
    for r in rows:
        rid = r.get("id", "?")
        if list(r.keys()) != KEYS:
            errors.append("%s: key order %s" % (rid, list(r.keys())))
            continue
        lang = r["lang"]
        if lang not in ("ko", "en") or not rid.startswith("t12-%s-" % lang):
            errors.append("%s: lang %r" % (rid, lang))
        if r["genre"] not in GENRES:
            errors.append("%s: genre %r not in vocabulary" % (rid, r["genre"]))
        if r["source"] not in SOURCES:
            errors.append("%s: source %r" % (rid, r["source"]))
        if r["spans"] != []:
            errors.append("%s: spans not empty" % rid)
        t = r["text"]
        if not isinstance(t, str):
            errors.append("%s: text not a string" % rid)
            continue
        n = len(t.split("\n"))
        if not 1 <= n <= 15:
            errors.append("%s: %d lines" % (rid, n))
        if not 60 <= len(t) <= 1200:
            errors.append("%s: %d characters" % (rid, len(t)))
        if t != t.strip():
            errors.append("%s: leading/trailing whitespace" % rid)
        if t in seen:
            errors.append("%s: duplicate text of %s" % (rid, seen[t]))
        seen[t] = rid
        for pat in MARKUP:
            if re.search(pat, t):
                errors.append("%s: leftover markup %r" % (rid, pat))
        has_hangul = bool(HANGUL.search(t))
        if lang == "ko" and not has_hangul:
            errors.append("%s: Korean row without Hangul" % rid)
        if lang == "en" and has_hangul:
            errors.append("%s: English row with Hangul" % rid)
        for e in safety(t, lang):
            errors.append("%s: %s" % (rid, e))
        stats[lang]["genre:" + r["genre"]] += 1
        stats[lang]["source:" + r["source"]] += 1
        lens[lang].append(len(t))
        nlines[lang].append(n)
        for cls, pats in CUES[lang].items():
            if lang == "ko":
                hit = any(p in t for p in pats)
            else:
                flags = re.I if cls.startswith(("first-name", "colour")) else 0
                hit = any(re.search(p, t, flags) for p in pats)
            if hit:
                cue_rows[lang][cls] += 1

    out = []
    out.append("validate.py report for tuning/pii_t12_clean.jsonl")
    out.append("rows: %d" % len(rows))
    for lang in ("ko", "en"):
        c = stats[lang]
        out.append("== %s: %d rows" % (lang, sum(v for k, v in c.items() if k.startswith("genre:"))))
        out.append("  source: %s" % dict(sorted((k[7:], v) for k, v in c.items() if k.startswith("source:"))))
        out.append("  genres: %s" % dict(sorted((k[6:], v) for k, v in c.items() if k.startswith("genre:"))))
        if lens[lang]:
            L = sorted(lens[lang])
            out.append("  characters: min %d, median %d, max %d, total %d" % (L[0], L[len(L) // 2], L[-1], sum(L)))
            N = sorted(nlines[lang])
            out.append("  lines: min %d, median %d, max %d" % (N[0], N[len(N) // 2], N[-1]))
        out.append("  look-alike cue classes (rows with >=1 cue, keyword heuristic):")
        for cls in CUES[lang]:
            out.append("    %3d  %s" % (cue_rows[lang][cls], cls))
    out.append("errors: %d" % len(errors))
    out.extend("  " + e for e in errors)
    out.append("OK" if not errors else "FAILED")
    text = "\n".join(out) + "\n"
    with open(REPORT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    sys.stdout.write(text)
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
