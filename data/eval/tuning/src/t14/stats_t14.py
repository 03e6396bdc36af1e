#!/usr/bin/env python3
"""Rough phenomenon counts for pii_t14_ko_names.jsonl (heuristic, for the set note only)."""
import json, sys, re, collections
path = sys.argv[1]
C = collections.Counter(); ent = collections.Counter(); genres = collections.Counter()
WORDLIKE = {'하늘','보람','슬기','나래','한결','가을','바다','진주','하나','누리','소망','이슬','봄','별','솔','결','우리','나라','샛별','아름','노을','오월','미소','소라','사랑','은하수','해'}
TWO = ('남궁','선우','제갈','황보','독고','사공')
RARE = ('빈','편','옥','궉','즙','피','탁','봉','반','국','석','표','추','은','여','염','함','변','금','엄')
TITLES = ('씨','님','쌤','선생','대리','과장','차장','부장','팀장','책임','원장','기자','군','양','형','누나','언니','오빠','사장','실장','기사','위원','회장','총무','집사','권사','장로','성도','간호사','강사','디자이너','매니저','고객','여사','구청장','이모','맘','선배','어머니','엄마','모')
def jong(ch):
    o = ord(ch) - 0xAC00
    return 0 <= o < 11172 and o % 28 != 0
rows = [json.loads(l) for l in open(path, encoding='utf-8')]
for r in rows:
    genres[r['genre']] += 1
    t = r['text']
    for s in r['spans']:
        ent[s['entity']] += 1
        if s['entity'] != 'PERSON': continue
        v = s['text']; nxt = t[s['end']:s['end'] + 4]; prv = t[s['start'] - 1:s['start']] if s['start'] else ''
        hang = re.fullmatch(r'[가-힣]+', v)
        if re.search(r'[A-Za-z]', v): C['latin script (romanized Korean / foreign)'] += 1
        if re.search(r'[\u3040-\u30ff\u4e00-\u9fff]', v): C['kana/kanji script'] += 1
        if hang and len(v) == 1: C['1 Hangul syllable (surname alone or 1-syllable given name)'] += 1
        if hang and len(v) == 2: C['2 Hangul syllables (mostly given name alone)'] += 1
        if hang and len(v) == 3: C['3 Hangul syllables (mostly full name)'] += 1
        if hang and len(v) >= 4: C['4+ Hangul syllables (two-syllable surname or foreign)'] += 1
        if ' ' in v and re.search(r'[가-힣]', v): C['Hangul with internal spaces (spaced or foreign name)'] += 1
        if v.startswith(TWO): C['two-syllable surname'] += 1
        if hang and len(v) in (1, 3) and v.startswith(RARE) and not v.startswith(TWO): C['rare one-syllable surname (heuristic)'] += 1
        g = v.replace(' ', '')
        if g in WORDLIKE or (re.fullmatch(r'[가-힣]{3}', g) and g[1:] in WORDLIKE): C['word-like given name (alone or in a full name)'] += 1
        if hang and jong(v[-1]) and nxt.startswith('이') and not nxt.startswith('이에') and not nxt.startswith('이요'): C['followed by hypocoristic -이'] += 1
        elif re.match(r'[아야](?![가-힣])', nxt) or re.match(r'[아야] ', nxt): C['vocative 아/야 after'] += 1
        elif nxt.startswith(TITLES) or nxt[1:].startswith(TITLES) and nxt[0] == ' ': C['title/honorific/kin after (glued or spaced)'] += 1
        elif re.match(r'(이랑|랑|이가|가|이는|는|은|을|를|한테|에게|도|의|와|과)', nxt): C['particle after'] += 1
        if prv and re.match(r'[가-힣ㅋ]', prv) and nxt[:1] and re.match(r'[가-힣]', nxt[:1]): C['glued on both sides'] += 1
        if prv == '[' or re.match(r', |\t| —|  |\]', nxt) or nxt.startswith(' :'): C['chat speaker label / display name (heuristic)'] += 1
n_clean = sum(1 for r in rows if not r['spans'])
print(f'rows {len(rows)}; span rows {len(rows)-n_clean}; clean rows {n_clean}')
print('entities', dict(ent.most_common()))
print('genres', dict(genres.most_common()))
print('PERSON phenomena (heuristic, overlapping):')
for k, v in C.most_common(): print(f'  {k}: {v}')
