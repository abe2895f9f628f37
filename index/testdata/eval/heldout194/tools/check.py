#!/usr/bin/python3
"""Checks for held-out set 194 (standard library + pdftotext only).

* every document parses and its visible text is extracted:
  - docs/isa-and-osowog-notes.htm: windows-1252 HTML as Word writes it; units
    are the p / h1 / h2 elements (table cells hold one p each), head, style
    and comments skipped;
  - docs/kusum-suryaghar-onepager.txt: units are the lines, and for ASCII-table
    rows ("| a | b |") each cell of the row;
  - docs/solar-parks-gs3-slides.pdf: `pdftotext -layout`; units are the
    stretches of a line between runs of two or more spaces (so a table cell
    or a bullet's text line), whitespace collapsed;
* every q-*.jsonl line has exactly q / accept / section; accept is a list of
  one or two ASCII strings of 5 to 12 words, each inside one unit of its own
  document and occurring exactly once (ignoring case, whitespace collapsed)
  across the three documents' text; section is a non-empty list of strings,
  at least one of which is found in the document's text;
* oos.jsonl lines have only q; 25 questions per document, 12 out of scope;
* the make_*.py scripts re-make the documents byte for byte.
"""
import hashlib
import html.parser
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")

DOCFILES = {
    "isa-and-osowog-notes": "isa-and-osowog-notes.htm",
    "kusum-suryaghar-onepager": "kusum-suryaghar-onepager.txt",
    "solar-parks-gs3-slides": "solar-parks-gs3-slides.pdf",
}
MAKERS = {
    "isa-and-osowog-notes": "make_htm.py",
    "kusum-suryaghar-onepager": "make_txt.py",
    "solar-parks-gs3-slides": "make_pdf.py",
}

errors = []


def err(msg):
    errors.append(msg)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\xa0", " ")).strip()


class WordHTML(html.parser.HTMLParser):
    BLOCK = {"p", "h1", "h2", "h3", "li"}
    SKIP = {"head", "style", "script", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units = []
        self.cur = None
        self.skip = 0
        self.headings = []
        self.curtag = None

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK and not self.skip:
            self.cur = []
            self.curtag = tag

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip -= 1
        elif tag in self.BLOCK and self.cur is not None:
            t = norm("".join(self.cur))
            if t:
                self.units.append(t)
                if tag in ("h1", "h2"):
                    self.headings.append(t)
            self.cur = None

    def handle_data(self, data):
        if self.cur is not None and not self.skip:
            self.cur.append(data)


def extract_htm(path):
    raw = open(path, "rb").read()
    text = raw.decode("cp1252")
    if "charset=windows-1252" not in text or "MsoNormal" not in text:
        err("htm: not a Word HTML page")
    p = WordHTML()
    p.feed(text)
    p.close()
    return p.units


def extract_txt(path):
    text = open(path, "rb").read().decode("utf-8")
    units = []
    for line in text.split("\r\n"):
        t = norm(line)
        if not t:
            continue
        units.append(t)
        if t.startswith("|") and t.endswith("|"):
            units.extend(norm(c) for c in t.strip("|").split("|") if norm(c))
    return units


def extract_pdf(path):
    out = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, check=True).stdout.decode("utf-8")
    units = []
    for line in out.splitlines():
        for part in re.split(r" {2,}", line):
            t = norm(part)
            if t:
                units.append(t)
    try:
        info = subprocess.run(["pdfinfo", path], capture_output=True, check=True).stdout.decode()
        if "720 x 405 pts" not in info:
            err("pdf: page size is not 720 x 405 pt")
    except FileNotFoundError:
        pass
    return units


def main():
    before = {}
    for name, fn in DOCFILES.items():
        before[name] = hashlib.sha256(open(os.path.join(DOCS, fn), "rb").read()).hexdigest()
        if os.path.getsize(os.path.join(DOCS, fn)) > 300 * 1024:
            err("%s: larger than 300 KB" % fn)
    units = {
        "isa-and-osowog-notes": extract_htm(os.path.join(DOCS, DOCFILES["isa-and-osowog-notes"])),
        "kusum-suryaghar-onepager": extract_txt(os.path.join(DOCS, DOCFILES["kusum-suryaghar-onepager"])),
        "solar-parks-gs3-slides": extract_pdf(os.path.join(DOCS, DOCFILES["solar-parks-gs3-slides"])),
    }
    # whole texts as shown (whitespace collapsed, lower-cased), for the uniqueness count
    whole = {}
    for name, us in units.items():
        path = os.path.join(DOCS, DOCFILES[name])
        if name == "kusum-suryaghar-onepager":
            lines = [norm(l) for l in open(path, "rb").read().decode("utf-8").split("\r\n")]
            whole[name] = " ".join(l for l in lines if l).lower()
        elif name == "solar-parks-gs3-slides":
            out = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, check=True).stdout.decode("utf-8")
            whole[name] = norm(out).lower()
        else:
            whole[name] = " ".join(us).lower()
        nwords = len([w for w in whole[name].split() if re.search(r"\w", w)])
        print("%-28s %5d words of visible text, %d units" % (name, nwords, len(us)))

    total_q = 0
    for name in DOCFILES:
        path = os.path.join(ROOT, "q-%s.jsonl" % name)
        with open(path, encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        if len(lines) != 25:
            err("%s: %d questions, want 25" % (path, len(lines)))
        for k, line in enumerate(lines, 1):
            try:
                obj = json.loads(line)
            except ValueError as e:
                err("%s:%d: bad json %s" % (name, k, e))
                continue
            if set(obj) != {"q", "accept", "section"}:
                err("%s:%d: keys %s" % (name, k, sorted(obj)))
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                err("%s:%d: empty q" % (name, k))
            acc = obj["accept"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                err("%s:%d: accept must be a list of 1 or 2" % (name, k))
                continue
            for a in acc:
                if not isinstance(a, str) or not a.isascii():
                    err("%s:%d: accept not ASCII: %r" % (name, k, a))
                    continue
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    err("%s:%d: accept has %d words: %r" % (name, k, nw, a))
                al = norm(a).lower()
                if not any(al in u.lower() for u in units[name]):
                    err("%s:%d: accept not inside one unit of %s: %r" % (name, k, name, a))
                count = sum(whole[d].count(al) for d in DOCFILES)
                if count != 1:
                    err("%s:%d: accept occurs %d times across the documents: %r" % (name, k, count, a))
            sec = obj["section"]
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s for s in sec):
                err("%s:%d: bad section" % (name, k))
            elif not any(norm(s).lower() in whole[name] for s in sec):
                err("%s:%d: no section entry found in the document: %r" % (name, k, sec))
            total_q += 1
    with open(os.path.join(ROOT, "oos.jsonl"), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    if len(lines) != 12:
        err("oos.jsonl: %d lines, want 12" % len(lines))
    for k, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            err("oos:%d: bad json %s" % (k, e))
            continue
        if set(obj) != {"q"} or not obj["q"].strip():
            err("oos:%d: want only a non-empty q" % k)

    # re-make every document and compare bytes
    for name, mk in MAKERS.items():
        subprocess.run([sys.executable, os.path.join(HERE, mk)], check=True)
        after = hashlib.sha256(open(os.path.join(DOCS, DOCFILES[name]), "rb").read()).hexdigest()
        if after != before[name]:
            err("%s: %s does not re-make the committed file byte for byte" % (name, mk))

    if errors:
        for e in errors:
            print("FAIL:", e)
        sys.exit(1)
    print("OK: %d in-scope questions, 12 out-of-scope, all accept strings unique" % total_q)


if __name__ == "__main__":
    main()
