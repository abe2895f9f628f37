#!/usr/bin/python3
"""Checks the hundred-and-ninety-second held-out set.

Extracts each document's visible text with the standard library (and
pdftotext for the PDF), then checks that:
  * every document parses (PDF with pages and a text layer; the Google
    Docs .txt with its BOM and CRLF lines; the README's fences and
    <details> blocks balanced),
  * every jsonl line parses with the right keys, 25 questions per document
    and 12 out-of-scope lines,
  * every accept string is ASCII, 5-12 words, and occurs exactly once
    (ignoring case, whitespace collapsed) across the three documents' text,
    inside one unit (a pdftotext -layout line; a line or table cell of the
    .txt; a paragraph line, list item, table cell or footnote of the .md),
  * every section name (other than the generic opening names) is found in
    its document's text,
  * with --remake: every tools/make_*.py re-makes its file byte for byte.

Run: /usr/bin/python3 tools/check.py [--remake]
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, 'docs')

DOCS_BY_NAME = {
    'biofuels-policy-handout': ('biofuels-policy-handout.pdf', 'make_pdf.py'),
    'ethanol-blending-gdoc': ('ethanol-blending-gdoc.txt', 'make_gdoc.py'),
    'gs3-biofuels-readme': ('gs3-biofuels-readme.md', 'make_readme.py'),
}
GENERIC = {'introduction', 'definition', 'what is', 'overview'}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    s = s.replace('\u2013', '-').replace('\u2014', '-').replace('\u00a0', ' ')
    return re.sub(r'\s+', ' ', s).strip().lower()


def pdf_units(path):
    info = subprocess.run(['pdfinfo', path], capture_output=True, text=True)
    if info.returncode != 0:
        err('pdfinfo failed on %s' % path)
        return []
    pages = int(re.search(r'^Pages:\s+(\d+)', info.stdout, re.M).group(1))
    if pages < 2:
        err('%s: expected several pages, got %d' % (path, pages))
    out = subprocess.run(['pdftotext', '-layout', '-enc', 'UTF-8', path, '-'],
                         capture_output=True, text=True)
    if out.returncode != 0:
        err('pdftotext failed on %s' % path)
        return []
    units = [re.sub(r'\s+', ' ', l).strip() for l in out.stdout.split('\n')]
    units = [u for u in units if u]
    if len(' '.join(units).split()) < 1000:
        err('%s: text layer looks too small' % path)
    return units


def gdoc_units(path):
    raw = open(path, 'rb').read()
    if not raw.startswith(b'\xef\xbb\xbf'):
        err('%s: no UTF-8 BOM' % path)
    text = raw.decode('utf-8-sig')
    if '\n' in text.replace('\r\n', ''):
        err('%s: bare LF line ending' % path)
    units = []
    for line in text.split('\r\n'):
        if '\t' in line:
            units.extend(c.strip() for c in line.split('\t'))
        else:
            units.append(line.strip())
    return [re.sub(r'\s+', ' ', u) for u in units if u.strip()]


def md_inline(s):
    s = re.sub(r'!\[[^\]]*\]\([^)]*\)', ' ', s)          # images/badges
    s = re.sub(r'\[\^\d+\]', '', s)                        # footnote refs
    s = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', s)         # links
    s = s.replace('`', '')
    s = re.sub(r'\*\*([^*]+)\*\*', r'\1', s)
    s = re.sub(r'(?<![\w*])\*([^*\s][^*]*)\*(?![\w*])', r'\1', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    return re.sub(r'\s+', ' ', s).strip()


def md_units(path):
    text = open(path, encoding='utf-8').read()
    if text.count('```') % 2:
        err('%s: unbalanced code fence' % path)
    if text.count('<details>') != text.count('</details>'):
        err('%s: unbalanced <details>' % path)
    text = re.sub(r'<!--.*?-->', '', text, flags=re.S)
    units = []
    in_code = False
    for line in text.split('\n'):
        if line.startswith('```'):
            in_code = not in_code
            continue
        if in_code:
            units.append(re.sub(r'\s+', ' ', line).strip())
            continue
        s = line.strip()
        if not s or re.match(r'^\|?\s*:?-{3,}', s) or s == '---':
            continue
        if s.startswith('|'):
            units.extend(md_inline(c) for c in s.strip('|').split('|'))
            continue
        s = re.sub(r'^#{1,6}\s+', '', s)
        s = re.sub(r'^>\s*', '', s)
        s = re.sub(r'^[-*+]\s+\[[ xX]\]\s+', '', s)
        s = re.sub(r'^[-*+]\s+', '', s)
        s = re.sub(r'^\[\^\d+\]:\s*', '', s)
        units.append(md_inline(s))
    return [u for u in units if u]


def load_units():
    units = {}
    for name, (fn, _) in DOCS_BY_NAME.items():
        path = os.path.join(DOCS, fn)
        if not os.path.exists(path):
            err('missing %s' % path)
            units[name] = []
            continue
        if os.path.getsize(path) > 300 * 1024:
            err('%s is over 300 KB' % fn)
        if fn.endswith('.pdf'):
            units[name] = pdf_units(path)
        elif fn.endswith('.txt'):
            units[name] = gdoc_units(path)
        else:
            units[name] = md_units(path)
    return units


def read_jsonl(path):
    rows = []
    with open(path, encoding='utf-8') as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err('%s:%d: blank line' % (os.path.basename(path), n))
                continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                err('%s:%d: bad JSON (%s)' % (os.path.basename(path), n, e))
    return rows


def main():
    units = load_units()
    all_units = [norm(u) for name in units for u in units[name]]
    doc_text = {name: norm('\n'.join(u)) for name, u in units.items()}
    for name, u in units.items():
        words = len(' '.join(u).split())
        print('%-26s %5d units %6d words' % (name, len(u), words))

    for name in DOCS_BY_NAME:
        path = os.path.join(ROOT, 'q-%s.jsonl' % name)
        if not os.path.exists(path):
            err('missing q-%s.jsonl' % name)
            continue
        rows = read_jsonl(path)
        if len(rows) != 25:
            err('q-%s.jsonl: %d questions, want 25' % (name, len(rows)))
        for n, row in rows:
            where = 'q-%s.jsonl:%d' % (name, n)
            if not isinstance(row, dict) or set(row) != {'q', 'accept', 'section'}:
                err('%s: keys must be q, accept, section' % where)
                continue
            if not isinstance(row['q'], str) or not row['q'].strip():
                err('%s: empty q' % where)
            acc = row['accept']
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                err('%s: accept must hold one or two strings' % where)
                continue
            for a in acc:
                if not isinstance(a, str):
                    err('%s: accept not a string' % where)
                    continue
                if not a.isascii():
                    err('%s: accept not ASCII: %r' % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    err('%s: accept has %d words: %r' % (where, nw, a))
                na = norm(a)
                total = sum(u.count(na) for u in all_units)
                if total != 1:
                    err('%s: accept occurs %d times in units: %r' % (where, total, a))
                elif na not in doc_text[name]:
                    err('%s: accept is not in its own document: %r' % (where, a))
            sec = row['section']
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s for s in sec):
                err('%s: section must be a non-empty list of strings' % where)
                continue
            for s in sec:
                if norm(s) in GENERIC:
                    continue
                if norm(s) not in doc_text[name]:
                    err('%s: section not found in document: %r' % (where, s))

    path = os.path.join(ROOT, 'oos.jsonl')
    if not os.path.exists(path):
        err('missing oos.jsonl')
    else:
        rows = read_jsonl(path)
        if len(rows) != 12:
            err('oos.jsonl: %d lines, want 12' % len(rows))
        for n, row in rows:
            if not isinstance(row, dict) or set(row) != {'q'} or not str(row.get('q', '')).strip():
                err('oos.jsonl:%d: want only a non-empty "q"' % n)

    if '--remake' in sys.argv:
        for name, (fn, maker) in DOCS_BY_NAME.items():
            path = os.path.join(DOCS, fn)
            before = open(path, 'rb').read()
            subprocess.run(['/usr/bin/python3', os.path.join(HERE, maker)], check=True)
            if open(path, 'rb').read() != before:
                err('%s does not re-make %s byte for byte' % (maker, fn))

    if errors:
        for e in errors:
            print('FAIL', e)
        print('%d problem(s)' % len(errors))
        sys.exit(1)
    print('OK: all checks pass')


if __name__ == '__main__':
    main()
