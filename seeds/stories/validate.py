#!/usr/bin/env python3
"""Checks the story set: JSON shape per ANNOTATION.md, codes and ids against the gazetteer,
verbatim quotes, date/precision agreement, header, body length. Usage: python3 seeds/stories/validate.py"""
import json, os, re, sys, glob
here = os.path.dirname(os.path.abspath(__file__))
cat = os.path.join(here, '..', '..', 'src', 'PositionTracker.Domain', 'Catalog')
ACTORS = {a['code'] for a in json.load(open(os.path.join(cat, 'actors.json')))}
TERR = {t['id'] for t in json.load(open(os.path.join(cat, 'territories.json')))}
FIELDS = {
 'StatementMade': ['actor','speaker','speakerRole','territory','stance','quote','date','precision'],
 'TerritoryAnnexed': ['by','from','territory','date','precision'],
 'ReferendumHeld': ['territory','date','precision','result'],
 'TalksHeld': ['parties','location','date','precision','format'],
 'SanctionsImposed': ['by','against','date','precision','reason'],
 'ControlReported': ['territory','controller','extent','date','precision'],
}
STANCES = {'ClaimsSovereignty','RejectsNegotiation','OpenToNegotiation','DemandsReturn','RejectsAnnexation','ProposesExchange','ConcedesControl','RecognizesSovereignty'}
PAT = {'day': r'^\d{4}-\d{2}-\d{2}$', 'month': r'^\d{4}-\d{2}$', 'year': r'^\d{4}$'}
errors = []
def err(f, m): errors.append(f'{f}: {m}')
def key(e):
    t = e['type']
    if t == 'StatementMade': k = (e['actor'], e['territory'], e['stance'])
    elif t == 'TalksHeld': k = (tuple(sorted(e['parties'])),)
    elif t == 'SanctionsImposed': k = (e['against'], tuple(sorted(e['by'])))
    elif t == 'ControlReported': k = (e['territory'], e['controller'], e['extent'])
    elif t == 'TerritoryAnnexed': k = (e['by'], e['territory'])
    else: k = (e['territory'],)
    return (t,) + k + (e['date'],)
def check_event(f, e, body, pub):
    t = e.get('type')
    if t not in FIELDS: return err(f, f'bad type {t}')
    if sorted(e) != sorted(['type'] + FIELDS[t]): err(f, f'{t} fields {sorted(e)}')
    p = e.get('precision')
    if p not in PAT or not re.match(PAT[p], str(e.get('date'))): err(f, f'date {e.get("date")} vs precision {p}')
    elif e['date'] > pub[:len(e['date'])]: err(f, f'date {e["date"]} after publication {pub}')
    def actor(c, what):
        if c not in ACTORS: err(f, f'{what} {c} not in actors.json')
    if 'territory' in e and e['territory'] not in TERR: err(f, f'territory {e["territory"]} unknown')
    if t == 'StatementMade':
        actor(e['actor'], 'actor')
        if e['stance'] not in STANCES: err(f, f'stance {e["stance"]}')
        q = e['quote']
        if q is not None and q not in body: err(f, f'quote not verbatim: {q!r}')
    elif t == 'TalksHeld':
        for a in e['parties']: actor(a, 'party')
        if len(set(e['parties'])) < 2: err(f, 'talks need two parties')
        if e['format'] not in ('in-person','phone','video'): err(f, f'format {e["format"]}')
    elif t == 'SanctionsImposed':
        for a in e['by']: actor(a, 'by')
        actor(e['against'], 'against')
    elif t == 'ControlReported':
        actor(e['controller'], 'controller')
        if e['extent'] not in ('full','most','part','none'): err(f, f'extent {e["extent"]}')
    elif t == 'TerritoryAnnexed':
        actor(e['by'], 'by'); actor(e['from'], 'from')
stats = {}
for split in ('train', 'heldout'):
    for art in sorted(glob.glob(os.path.join(here, split, 'articles', '*.txt'))):
        stem = os.path.basename(art)[:-4]
        text = open(art, encoding='utf-8').read()
        m = re.match(r'^---\n(.*?)\n---\n(.*)$', text, re.S)
        if not m: err(art, 'no header'); continue
        hdr = dict(l.split(':', 1) for l in m.group(1).split('\n'))
        hdr = {k.strip(): v.strip() for k, v in hdr.items()}
        body = m.group(2); pub = hdr.get('published', '')
        if not re.match(PAT['day'], pub): err(art, 'published missing')
        for k in ('outlet', 'title', 'note'):
            if not hdr.get(k): err(art, f'header {k} missing')
        words = len(body.split())
        if not 300 <= words <= 1200: err(art, f'{words} words')
        keys = {}
        for kind in ('gold', 'optional'):
            jf = os.path.join(here, split, kind, stem + '.json')
            if not os.path.exists(jf):
                if kind == 'gold': err(art, 'no gold')
                continue
            try: evs = json.load(open(jf))
            except Exception as x: err(jf, f'JSON: {x}'); continue
            if not isinstance(evs, list): err(jf, 'not a list'); continue
            for e in evs:
                check_event(jf, e, body, pub)
                try: k = key(e)
                except KeyError: continue
                if kind == 'optional' and k in keys.get('gold', set()): err(jf, f'optional repeats gold key {k}')
                keys.setdefault(kind, set()).add(k)
                s = stats.setdefault(split, {'articles': set(), 'gold': {}, 'optional': 0, 'stance': {}})
                s['articles'].add(stem)
                if kind == 'gold':
                    s['gold'][e['type']] = s['gold'].get(e['type'], 0) + 1
                    if e['type'] == 'StatementMade': s['stance'][e['stance']] = s['stance'].get(e['stance'], 0) + 1
                else: s['optional'] += 1
        stats.setdefault(split, {'articles': set(), 'gold': {}, 'optional': 0, 'stance': {}})['articles'].add(stem)
for split, s in stats.items():
    print(split, len(s['articles']), 'articles; gold', sum(s['gold'].values()), s['gold'], '; optional', s['optional'])
    print('  stances', s['stance'])
for e in errors: print('ERROR', e)
sys.exit(1 if errors else 0)
