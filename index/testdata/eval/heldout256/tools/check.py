#!/usr/bin/python3
"""Check the heldout256 evaluation set.

Run: /usr/bin/python3 tools/check.py        (add --dump to print every document's text units)

Text is extracted from each document the way a reader sees it, as a list of units:
  * Evernote .enex: the note title; every paragraph (div), heading, list item and table cell
    of the ENML; and the attached scan as Evernote's recognition data reads: in the recoIndex
    each <item> contributes its best <t> candidate (highest weight, first on a tie), items are
    grouped into lines by their vertical centre (pages are stacked in one coordinate space),
    ordered left to right, and a line is cut where two words are more than 40 px apart (table
    columns). The PDF itself is image-only, so pdftotext finds no text in it.
  * Medium .html: the visible text of every block element (p, li, h1-h6, figcaption,
    blockquote, pre line between <br/>s, div, button), outside script, style and svg.
  * Phone .txt: every line.

Rules checked:
  * every line of q-*.jsonl parses and has exactly the keys q, accept, section; 25 per file;
  * accept is a list of one or two strings, each ASCII, 5 to 12 words, inside one unit of its
    own document (whitespace collapsed) and occurring exactly once across the three
    documents' text (case-insensitive, whitespace collapsed);
  * section is a non-empty list of strings and at least one of them occurs in the document's
    text (case-insensitive, NFKC-normalised, so the phone note's bold-letter headings match);
  * oos.jsonl holds 12 lines with only the key q;
  * each document has 1,300 to 1,800 words of text (words with a letter or digit after NFKC
    normalisation; for the Medium page the story inside <article>);
  * the .enex and its ENML and recoIndex parse as XML; the attachment decodes to a PDF whose
    MD5 is the en-media hash and the recoIndex objID, and pdftotext finds no text in it;
  * tools/make_enex.py, tools/make_medium.py and tools/make_txt.py, run on a copy of tools/
    in a temporary directory, re-make the three documents byte for byte.
"""
import base64
import hashlib
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "pwm-rules-amendments-evernote": ("docs/pwm-rules-amendments-evernote.enex", "make_enex.py"),
    "bioplastics-field-guide-medium": ("docs/bioplastics-field-guide-medium.html", "make_medium.py"),
    "sup-ban-plastics-treaty-phone-notes": ("docs/sup-ban-plastics-treaty-phone-notes.txt", "make_txt.py"),
}
BLOCK = {"div", "p", "li", "ul", "ol", "td", "th", "tr", "table", "tbody", "colgroup", "br", "en-note",
         "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "blockquote", "pre", "section", "article",
         "figure", "button", "header", "footer", "nav", "picture", "source", "img", "input", "body", "head"}
SKIP = {"script", "style", "svg", "noscript", "title"}
LINE_TOL = 13      # px: items whose centres are this close belong to one OCR line
GAP = 40           # px: a wider gap between words cuts an OCR line into two units


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def norm(s):
    return ws(unicodedata.normalize("NFKC", s)).lower()


def nwords(units):
    return sum(1 for u in units for w in unicodedata.normalize("NFKC", u).split() if re.search(r"[A-Za-z0-9]", w))


class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)

    def unknown_decl(self, data):
        pass


def blocks(markup):
    p = Blocks()
    p.feed(markup)
    p.close()
    p.flush()
    return p.units


def reco_lines(xml):
    root = ET.fromstring(xml[xml.index("<recoIndex"):])
    items = []
    for it in root.iter("item"):
        ts = [(int(t.get("w")), -k, t.text or "") for k, t in enumerate(it.iter("t"))]
        if not ts:
            continue
        best = max(ts)[2]
        x, y, w, h = (int(it.get(a)) for a in ("x", "y", "w", "h"))
        items.append((y + h / 2.0, x, w, best))
    items.sort()
    lines, cur, centres = [], [], []
    for cy, x, w, t in items:
        if cur and abs(cy - sum(centres) / len(centres)) > LINE_TOL:
            lines.append(cur)
            cur, centres = [], []
        cur.append((x, w, t))
        centres.append(cy)
    if cur:
        lines.append(cur)
    units = []
    for line in lines:
        line.sort()
        seg, end = [], None
        for x, w, t in line:
            if seg and x - end > GAP:
                units.append(ws(" ".join(seg)))
                seg = []
            seg.append(t)
            end = x + w
        units.append(ws(" ".join(seg)))
    return [u for u in units if u]


def enex_units(full, problems):
    root = ET.parse(full).getroot()
    units = []
    for note in root.iter("note"):
        units.append(ws(note.findtext("title")))
        content = note.findtext("content")
        body = content[content.index("<en-note"):].strip()
        try:
            ET.fromstring(body)
        except ET.ParseError as e:
            problems.append("%s: ENML does not parse (%s)" % (full, e))
        units.extend(blocks(body))
        hashes = re.findall(r'<en-media hash="([0-9a-f]{32})" type="application/pdf"', body)
        for res in note.iter("resource"):
            data = base64.b64decode(res.findtext("data"))
            digest = hashlib.md5(data).hexdigest()
            if not data.startswith(b"%PDF-") or res.findtext("mime") != "application/pdf":
                problems.append("%s: attachment is not a PDF" % full)
            if digest not in hashes:
                problems.append("%s: no en-media points at the attachment (md5 %s)" % (full, digest))
            reco = res.findtext("recognition")
            if not reco:
                problems.append("%s: attachment has no recognition data" % full)
                continue
            try:
                r = ET.fromstring(reco[reco.index("<recoIndex"):])
                if r.get("objID") != digest:
                    problems.append("%s: recoIndex objID is not the attachment's MD5" % full)
            except ET.ParseError as e:
                problems.append("%s: recoIndex does not parse (%s)" % (full, e))
            with tempfile.TemporaryDirectory() as tmp:
                pdf = os.path.join(tmp, "scan.pdf")
                with open(pdf, "wb") as f:
                    f.write(data)
                text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
                info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
            if text.strip():
                problems.append("%s: the scan has a text layer; it should be image-only" % full)
            if "Pages:" not in info:
                problems.append("%s: pdfinfo cannot read the attachment" % full)
            units.extend(reco_lines(reco))
    return units


def html_units(full):
    with open(full, encoding="utf-8") as f:
        page = f.read()
    article = page[page.index("<article>"):page.index("</article>") + len("</article>")]
    return blocks(page), blocks(article)


def units_of(path, problems):
    full = os.path.join(ROOT, path)
    if path.endswith(".enex"):
        u = enex_units(full, problems)
        return u, u
    if path.endswith(".html"):
        return html_units(full)
    with open(full, encoding="utf-8") as f:
        u = [ws(l) for l in f.read().split("\n") if l.strip()]
    return u, u


def remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(os.path.join(ROOT, "tools"), os.path.join(tmp, "tools"),
                        ignore=shutil.ignore_patterns("__pycache__"))
        os.mkdir(os.path.join(tmp, "docs"))
        for name, (path, script) in DOCS.items():
            r = subprocess.run(["/usr/bin/python3", os.path.join(tmp, "tools", script)],
                               capture_output=True, text=True)
            if r.returncode:
                problems.append("tools/%s failed: %s" % (script, r.stderr.strip()[-300:]))
                continue
            with open(os.path.join(tmp, path), "rb") as f:
                new = f.read()
            with open(os.path.join(ROOT, path), "rb") as f:
                old = f.read()
            if new != old:
                problems.append("tools/%s does not re-make %s byte for byte" % (script, path))


def main():
    problems = []
    units, story = {}, {}
    for name, (path, _) in DOCS.items():
        units[name], story[name] = units_of(path, problems)
    if "--dump" in sys.argv:
        for name in DOCS:
            print("=" * 20, name)
            for u in units[name]:
                print(u)
        return 0
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    normed = {k: norm(" ".join(u)) for k, u in units.items()}
    for name in DOCS:
        n = nwords(story[name])
        print("%s: %d words" % (name, n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300 to 1,800" % (name, n))
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        lowered = [u.lower() for u in units[name]]
        for i, line in enumerate(lines, 1):
            where = "%s:%d" % (fn, i)
            try:
                obj = json.loads(line)
            except ValueError as e:
                problems.append("%s: bad JSON (%s)" % (where, e))
                continue
            n_q += 1
            if not isinstance(obj, dict) or set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be q, accept, section" % where)
                continue
            if not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            acc, sec = obj["accept"], obj["section"]
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                key = ws(a).lower()
                if not any(key in u for u in lowered):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(key) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(norm(s) in normed[name] for s in sec):
                problems.append("%s: no section name found in %s: %r" % (where, name, sec))
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
    with open(os.path.join(ROOT, "oos.jsonl"), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or set(obj) != {"q"} or not isinstance(obj["q"], str):
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as e:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, e))
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
