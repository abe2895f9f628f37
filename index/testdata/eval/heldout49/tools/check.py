#!/usr/bin/env python3
"""Check the set: every jsonl line parses; every accept string is ASCII, lies inside one
element (HTML visible text) or one line (text notes; PDF as extracted by `pdftotext -layout`)
of its own document, and occurs exactly once across the three documents.
Run from the set's directory: /usr/bin/python3 tools/check.py"""
import json, re, subprocess, sys
from html.parser import HTMLParser

def norm(s):
    s = s.lower()
    for a, b in (('\u2018', "'"), ('\u2019', "'"), ('\u201c', '"'), ('\u201d', '"'),
                 ('\u2013', '-'), ('\u2014', '-'), ('\u00a0', ' ')):
        s = s.replace(a, b)
    s = re.sub(r'[*_`]', '', s)
    return re.sub(r'\s+', ' ', s).strip()

class Vis(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0
        self.nodes = []
    def handle_starttag(self, t, a):
        if t in ('script', 'style', 'title'):
            self.skip += 1
    def handle_endtag(self, t):
        if t in ('script', 'style', 'title'):
            self.skip -= 1
    def handle_data(self, d):
        if not self.skip and d.strip():
            self.nodes.append(d)

docs = {}
raw_html = open('docs/election-of-president-blogspot.html', encoding='utf-8').read()
v = Vis(); v.feed(raw_html)
docs['election-of-president-blogspot'] = [norm(n) for n in v.nodes]
docs['vice-president-of-india-notes'] = [norm(l) for l in open('docs/vice-president-of-india-notes.txt', encoding='utf-8') if l.strip()]
lay = subprocess.run(['pdftotext', '-layout', 'docs/removal-of-judges-handout.pdf', '-'], capture_output=True, text=True).stdout
docs['removal-of-judges-handout'] = [norm(l) for l in lay.split('\n') if l.strip()]
plain_pdf = norm(subprocess.run(['pdftotext', 'docs/removal-of-judges-handout.pdf', '-'], capture_output=True, text=True).stdout)
src_pdf = norm(open('tools/removal-of-judges.txt', encoding='utf-8').read())
raw_html_n = norm(raw_html)
whole = ' \n '.join(' '.join(ls) for ls in docs.values()) + ' \n ' + plain_pdf

bad = 0
files = ['q-election-of-president-blogspot.jsonl', 'q-vice-president-of-india-notes.jsonl',
         'q-removal-of-judges-handout.jsonl']
for fn in files + ['oos.jsonl']:
    for i, line in enumerate(open(fn, encoding='utf-8'), 1):
        obj = json.loads(line)
        if fn == 'oos.jsonl':
            assert set(obj) == {'q'}, (fn, i)
            continue
        slug = fn[2:-6]
        for a in obj['accept']:
            na = norm(a)
            probs = []
            if not a.isascii():
                probs.append('non-ASCII')
            nw = len(a.split())
            in_lines = sum(l.count(na) for l in docs[slug])
            if in_lines != 1:
                probs.append('%d times within one line/element of its document' % in_lines)
            others = sum(sum(l.count(na) for l in ls) for s, ls in docs.items() if s != slug)
            if others:
                probs.append('%d times in other documents' % others)
            # across-boundary counts (joined text)
            tot = whole.count(na) - (plain_pdf.count(na) if slug != 'removal-of-judges-handout' else 0)
            if slug == 'removal-of-judges-handout':
                tot = ' '.join(' '.join(ls) for s, ls in docs.items() if s != slug).count(na) + plain_pdf.count(na)
                if src_pdf.count(na) != 1:
                    probs.append('source text has it %d times' % src_pdf.count(na))
            else:
                tot = ' '.join(' '.join(ls) for ls in docs.values()).count(na)
            if tot != 1:
                probs.append('joined text has it %d times' % tot)
            if slug == 'election-of-president-blogspot' and raw_html_n.count(na) != 1:
                probs.append('raw HTML source has it %d times' % raw_html_n.count(na))
            if probs:
                bad += 1
                print('%s:%d %r [%d words]: %s' % (fn, i, a, nw, '; '.join(probs)))
            elif nw < 5 or nw > 12:
                print('%s:%d %r: note, %d words' % (fn, i, a, nw))
print('problems:', bad)
sys.exit(1 if bad else 0)
