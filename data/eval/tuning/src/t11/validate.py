#!/usr/bin/env python3
"""Validate pii_t11_clean.jsonl (clean tuning set) and count look-alike classes.

Checks: key order, id format/sequence, uniqueness, lang, genre vocabulary, source,
1-12 lines, 60-800 chars, spans == [], no duplicate texts, no markup left,
no raw '@' except package@version / @mention / decorator forms, no 010-dddd-dddd.
Exits 1 on any failure. The class counts are keyword heuristics (rows containing at
least one cue), printed for PII_SETS_T11.md.
"""
import json, os, re, sys, hashlib
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.normpath(os.path.join(HERE, "..", "..", "pii_t11_clean.jsonl"))
KEYS = ["id", "lang", "genre", "source", "text", "spans"]
GENRES = {"calendar", "chat", "community_post", "contract", "court_judgment", "delivery_note", "email",
          "form", "label", "legislation", "log", "medical_note", "meeting_minutes", "news", "notice",
          "notification", "order", "recipe", "report", "resume", "review", "sms", "statement",
          "support_ticket", "technical_doc", "transcript", "travel", "tweet"}
MARKUP = re.compile(r"^##|\{\{|\}\}|\[\[|\]\]|<[a-z]+>|</|TODO|XXX|\t|\r")
MOBILE = re.compile(r"(?<![\d-])01[016789][-. ]?\d{3,4}[-. ]?\d{4}")
SSN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
RRN = re.compile(r"(?<![\d-])\d{6}\s*-\s*[1-4]\d{6}")
CARD = re.compile(r"\b(?:\d{4}[- ]?){3}\d{4}\b")
AT_OK = re.compile(r"@[\w-]+/[\w.-]+@\d[\w.-]*|\w\*+@\w\*+\.\w+|(?:^|[\s(\"'`])@[A-Za-z][\w./-]*(?:@\d[\w.-]*)?|[\w-]+@(?:\^|~)?\d[\w.-]*|@[\w-]+/[\w-]+")

CLASSES = {
    "ko": {
        "surname-shaped common words": r"김장|이상|박수|정리|조사|한국|강물|신기|임대|장미|오늘|서명|안내|유리|전기|고민|이번|주문|공사|문제|조정|방문|홍보|최근|권리|황사|안전|유지|연기|남은|신청|정산|채소|백화점|한파|양념|손질|노후|변경|최저|우승|홍수|문의|성과|배송",
        "given-name-shaped common nouns (하늘/보람/슬기/나래/한결/...)": r"하늘|보람|슬기|나래|한결|누리|가을|새봄|다솜|이슬|아름|마루|바다|별빛|솔잎|샘물",
        "roles/titles without names": r"장님|시장|구청장|감사원장|이사장|원장|회장|소장|부장|팀장|총무|교장|담임|대표이사|위원장|재판장|의장|과장|선생님|엄마|아빠|사장님|간사|반장|기사님|매니저",
        "masked parties/values (김○○, 피고인 A, 010-****)": r"○|피고인 [A-Z]|피해자 [A-Z]|원고 [A-Z]|\*{2,}|끝자리|마스킹",
        "compounds (민주주의원칙-type)": r"주의원칙|원칙|주권|의원회관|위원회",
        "brands": r"설화수|정관장|이니스프리|오뚜기|농심|비비고|헤라|라네즈|참이슬|신라면|빙그레|해태|다시다|청정원|새우깡",
        "eponyms/diseases/drugs": r"파킨슨|알츠하이머|크론병|베체트|쿠싱|가우스|뉴턴|다익스트라|칼만|타이레놀|아스피린|메트포르민|푸리에|베이즈|투렛|하시모토",
        "places/landmarks/stations": r"역\b|역 |역에|역으로|역까지|공항|광화문|경복궁|해운대|남산|한강|진주|정선|제주|부산|을지로|세종|판교|성수|여의도|명동|인사동",
        "apartment complexes (no unit) / market": r"헬리오시티|래미안|은마|엘스|리센츠|자이|푸르지오|아이파크|힐스테이트|전용",
        "org service numbers (1588/대표번호/119)": r"1588-|1577-|1544-|1661-|1899-|1600-|대표번호|고객센터|\b119\b|\b120\b|1339|\b112\b|1350",
        "dates not birth dates (meeting/발의/release)": r"\d{4}[.-] ?\d{1,2}[.-] ?\d{1,2}|\d{1,2}월 \d{1,2}일|발의연월일|\d{4}년",
        "order/tracking/case/bill/invoice numbers": r"주문번호|운송장|송장|사건|의안번호|접수번호|예약번호|티켓|관리번호|영수증|승인번호|INV-|PO-",
        "product codes/versions/serials/ISBN/course codes": r"v?\d+\.\d+\.\d+|ISBN|모델명|S/N|일련번호|품번|과목코드|[A-Z]{2,}-?\d{3,}",
        "tech IPs (doc/loopback/router)/package@version/@mentions": r"127\.0\.0\.1|192\.168\.|192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|2001:db8|8\.8\.8\.8|::1|localhost|@",
        "law article numbers": r"제\d+조|제\d+항|제\d+호",
        "money/percentages": r"\d[\d,]*원|\d+(?:\.\d+)?%|만원|억",
        "coordinates": r"북위|동경|\d{2}\.\d{3,}°?",
        "software/library names": r"Jenkins|Kafka|Pandas|pandas|Hudson|Django|Flask|Ansible|Celery|Jupyter|Hugo|Jekyll|Julia|Ruby|Grafana",
    },
    "en": {
        "name-like common words (Grace/Hope/Will/May/June/Mark/Bill/Rose/Frank/Jack/...)": r"\b(?:Grace|Hope|Faith|Will|May|June|Mark|Bill|Rose|Frank|Jack|Joy|Dawn|Summer|Iris|Ivy|Holly|Penny|Bob|Carol|Sandy|Chase|Pat|Sue|Art|Rob|Drew|Gene|Lily|Amber|Ruby|Jade|Heath|Sterling|Victor|Rusty|Cliff|Dale|Glen|Rocky|Autumn|Hunter|Page|Reed|Miles|Wade|Grant|Norm|Max|Ray|Rich|Dean|Major|Sage|Melody|Harmony|Buck|Christian|Earnest|Guy|Joy)\b",
        "capitalised line starts / month & day names": r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
        "roles/titles without names": r"\b(?:mom|Mom|dad|Dad|landlord|Chair|chair|Treasurer|Secretary|manager|Manager|CEO|director|Director|principal|Principal|teacher|coach|Coach|judge|Judge|Mayor|mayor|Governor|Senator|clerk|Clerk|nurse|doctor|pharmacist|superintendent|President|president|Captain|captain|officer)\b",
        "masked parties/values (Party B, ***-**-1234, ending in)": r"Party [A-Z]\b|Defendant [A-Z]\b|Plaintiff [A-Z]\b|Witness [A-Z]\b|\*{2,}|ending in|ends in|last four|John Doe|Doe",
        "organisations named after people": r"Morgan Stanley|Johnson & Johnson|Goldman Sachs|Wells Fargo|Charles Schwab|Procter & Gamble|Ben & Jerry|Dow Jones|Merrill|Ford|Disney|Dell|McDonald|Hewlett|Ferrari|Porsche|Mercedes|Tesla|Boeing|Marriott|Hilton|Campbell|Kellogg|Heinz|Wendy's|Harley",
        "eponyms/diseases/drugs": r"Alzheimer|Parkinson|Crohn|Hodgkin|Down syndrome|Tourette|Hashimoto|Cushing|Addison|Bell's|Gaussian|Dijkstra|Kalman|Fourier|Bayes|Boolean|Newton|Diesel|Doppler|Heimlich|Salmonella|Petri|Achilles|Braille|Celsius|Fahrenheit|Richter|Euler|Markov|Poisson|Levenshtein|Turing|ibuprofen|acetaminophen|metformin|amoxicillin|atorvastatin|lisinopril",
        "places/landmarks/stations": r"Lincoln Memorial|Jackson Hole|Washington|Victoria|King's Cross|Paddington|Penn Station|Grand Central|Charlotte|Austin|Madison|Houston|Florence|Georgetown|Jefferson|Columbus|St\. |Lake |Mount |Central Park|Union Square|Heathrow|JFK|O'Hare|Logan|Denver|Savannah|Eugene|Alexandria|Raleigh|Beverly Hills|Camden|Brighton",
        "street names without numbers": r"\b(?:Street|Avenue|Road|Boulevard|Lane|Drive|Way|St\.|Ave\.|Blvd)\b",
        "org service numbers (1-800/helplines)": r"1-8(?:00|88|77|66|55|44|33)-|\b911\b|\b311\b|\b988\b|\b111\b|\b0800\b|helpline|hotline|toll-free",
        "dates not birth dates (meeting/release/filing)": r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}",
        "order/tracking/case/bill/invoice/ticket numbers": r"[Oo]rder|[Tt]racking|[Cc]ase No|[Cc]ase #|Bill No|H\.R\.|S\. \d|[Ii]nvoice|[Tt]icket|INC\d|JIRA|PO |RMA|[Cc]onfirmation|[Rr]eference|Ref\b|docket|Docket",
        "product codes/versions/serials/ISBN/course codes/flights": r"\bv?\d+\.\d+\.\d+|ISBN|SKU|[Ss]erial|S/N|Model|model|\b[A-Z]{2,4}[- ]?\d{3,}\b|[Ff]light|Gate|Room \d|room \d",
        "tech IPs (doc/loopback/router)/package@version/@mentions": r"127\.0\.0\.1|192\.168\.|192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|2001:db8|8\.8\.8\.8|::1|localhost|@",
        "law article numbers": r"Section \d|§|Article \d|\(\w\)\(\d\)|U\.S\.C\.|subsection|paragraph \(",
        "money/percentages": r"[$£€]\s?\d|\d+(?:\.\d+)?%|\bUSD\b|\bbasis points\b",
        "coordinates": r"\d{1,3}\.\d{3,}°?\s?[NSEW]|°\s?[NSEW]|latitude|longitude",
        "software/library names that are names": r"Jenkins|Hudson|Kafka|Pandas|pandas|Django|Flask|Ansible|Celery|Jupyter|Hugo|Jekyll|Julia|Ruby|Grafana|Kibana|Sphinx|Gradle|Maven|Ada|Pascal|Haskell|Debian|Alpine|Sidekiq|Gunicorn|Homer|Luigi|Dash|Bokeh|Seaborn|Sinatra|Rails|Mongo|Cassandra|Hadoop",
    },
}


def main():
    errs = []
    raw = open(PATH, "rb").read()
    rows = [json.loads(l) for l in raw.decode("utf-8").split("\n") if l]
    seen_ids, seen_texts = set(), {}
    counts = {"ko": 0, "en": 0}
    genres = {"ko": Counter(), "en": Counter()}
    sources = Counter()
    cls = {"ko": Counter(), "en": Counter()}
    for i, r in enumerate(rows):
        rid = r.get("id")
        if list(r.keys()) != KEYS:
            errs.append(f"{rid}: key order {list(r.keys())}")
        lang = r["lang"]
        if lang not in counts:
            errs.append(f"{rid}: lang {lang}"); continue
        counts[lang] += 1
        if rid != f"t11-{lang}-{counts[lang]:04d}":
            errs.append(f"{rid}: id out of sequence (expected t11-{lang}-{counts[lang]:04d})")
        if rid in seen_ids:
            errs.append(f"{rid}: duplicate id")
        seen_ids.add(rid)
        if r["genre"] not in GENRES:
            errs.append(f"{rid}: genre {r['genre']}")
        if r["source"] not in ("generated", "real-format"):
            errs.append(f"{rid}: source {r['source']}")
        genres[lang][r["genre"]] += 1
        sources[r["source"]] += 1
        t = r["text"]
        if r["spans"] != []:
            errs.append(f"{rid}: spans not empty")
        nl = t.count("\n") + 1
        if not 1 <= nl <= 12:
            errs.append(f"{rid}: {nl} lines")
        if not 60 <= len(t) <= 800:
            errs.append(f"{rid}: {len(t)} chars")
        if t != t.strip() or "\n\n\n" in t:
            errs.append(f"{rid}: stray whitespace")
        if MARKUP.search(t):
            errs.append(f"{rid}: markup {MARKUP.search(t).group()!r}")
        if t in seen_texts:
            errs.append(f"{rid}: duplicate text of {seen_texts[t]}")
        seen_texts[t] = rid
        for name, rx in (("mobile", MOBILE), ("ssn", SSN), ("rrn", RRN), ("card", CARD)):
            m = rx.search(t)
            if m:
                errs.append(f"{rid}: looks like a full {name}: {m.group()!r}")
        stripped = AT_OK.sub("", t)
        if "@" in stripped:
            errs.append(f"{rid}: '@' outside package@version/@mention form")
        if lang == "ko" and not re.search(r"[가-힣]", t):
            errs.append(f"{rid}: ko row without Hangul")
        for c, rx in CLASSES[lang].items():
            if re.search(rx, t):
                cls[lang][c] += 1
    print(f"rows: {len(rows)}  by lang: {counts}  by source: {dict(sources)}")
    for lang in ("ko", "en"):
        print(f"genres[{lang}]: {dict(sorted(genres[lang].items()))}")
    for lang in ("ko", "en"):
        print(f"look-alike classes [{lang}] (rows with >=1 cue):")
        for c in CLASSES[lang]:
            print(f"  {cls[lang][c]:4d}  {c}")
    print("sha256", hashlib.sha256(raw).hexdigest(), "pii_t11_clean.jsonl")
    if counts != {"ko": 150, "en": 150}:
        errs.append(f"counts {counts} != 150/150")
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"FAILED: {len(errs)} errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
