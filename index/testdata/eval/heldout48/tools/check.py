"""Validate the held-out set: every jsonl line parses; every accept string is ASCII,
5-12 words, lies within one source line (for HTML: within one element's text, no markup
or entity inside) and occurs exactly once across the three documents (HTML: visible text)."""
import json, os, re, glob, html
from html.parser import HTMLParser
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')

class Vis(HTMLParser):
    def __init__(s):
        super().__init__(convert_charrefs=True); s.skip = 0; s.out = []
    def handle_starttag(s, t, a):
        if t in ('script', 'style'): s.skip += 1
        s.out.append('\n')
    def handle_endtag(s, t):
        if t in ('script', 'style'): s.skip -= 1
        s.out.append('\n')
    def handle_data(s, d):
        if not s.skip: s.out.append(d)

def norm(t):
    t = t.lower()
    t = t.replace('\u2018', "'").replace('\u2019', "'").replace('\u201c', '"').replace('\u201d', '"')
    t = t.replace('\u2013', '-').replace('\u2014', '-')
    t = re.sub(r'[*_`]', '', t)
    return re.sub(r'\s+', ' ', t)

docs = {}
raw = {}
for p in sorted(glob.glob(os.path.join(D, 'docs', '*'))):
    s = open(p, encoding='utf-8').read()
    raw[os.path.basename(p)] = s
    if p.endswith('.html'):
        v = Vis(); v.feed(s); docs[os.path.basename(p)] = ''.join(v.out)
    else:
        docs[os.path.basename(p)] = s

allnorm = {k: norm(v) for k, v in docs.items()}
bad = 0
for qf in sorted(glob.glob(os.path.join(D, 'q-*.jsonl'))) + [os.path.join(D, 'oos.jsonl')]:
    own = os.path.basename(qf)[2:-6]
    for i, line in enumerate(open(qf, encoding='utf-8'), 1):
        o = json.loads(line)
        if qf.endswith('oos.jsonl'):
            continue
        hit_own = False
        for a in o['accept']:
            probs = []
            if not a.isascii(): probs.append('non-ascii')
            n = len(a.split())
            if not 4 <= n <= 12: probs.append(f'{n} words')
            na = norm(a)
            total = sum(v.count(na) for v in allnorm.values())
            if total != 1: probs.append(f'occurs {total}x')
            where = [k for k, v in allnorm.items() if na in v]
            if where and where[0].startswith(own): hit_own = True
            # within one line of the visible/raw text
            for k in where:
                lines = [norm(l) for l in docs[k].split('\n')]
                if not any(na in l for l in lines): probs.append('crosses a line/element in ' + k)
                if k.endswith('.html') and a not in raw[k]: probs.append('not verbatim in html source')
                if not k.endswith('.html') and a not in raw[k]: probs.append('not verbatim in source (markup inside?)')
            if probs:
                bad += 1; print(os.path.basename(qf), i, repr(a), probs)
        if not hit_own: print(os.path.basename(qf), i, 'no accept string in its own document')
print('problems:', bad)
