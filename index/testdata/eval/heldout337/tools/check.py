#!/usr/bin/python3
"""Check the heldout337 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Google Classroom page (.html, Chrome "Webpage, Complete"): one unit per block element's
    visible text, <br> counting as a break (script, style, svg and noscript skipped; the
    icon-font ligatures such as "more_vert" are visible text and count);
  - Prezi export (.pdf): the xref table is read, Flate streams inflated, each font's ToUnicode
    CMap parsed and the page content streams interpreted (Tf, Tm, Tj); every Tj is one word,
    and words that follow each other with the same baseline (Tm y) and size make one line;
    one unit per line;
  - Samsung Notes export (.txt): one unit per line.
Words are counted as whitespace-separated tokens holding a letter or a digit (so emoji bullets,
"->" arrows and the PDF's bullet glyphs do not count).
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (listed in check_marks below);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three
    documents' extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_classroom.py, tools/make_prezi_pdf.py and tools/make_samsung_notes.py re-make
    the documents byte for byte (each is run into a temporary file; the committed file is
    never touched).
Run: /usr/bin/python3 tools/check.py
"""
import hashlib
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import zlib

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "act-east-classroom-assignment": ("docs/act-east-classroom-assignment.html", "make_classroom.py"),
    "asean-india-csp-prezi": ("docs/asean-india-csp-prezi.pdf", "make_prezi_pdf.py"),
    "act-east-samsung-notes": ("docs/act-east-samsung-notes.txt", "make_samsung_notes.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "hr", "c-wiz", "iframe"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def nwords(s):
    return sum(1 for t in s.split() if re.search(r"[A-Za-z0-9]", t))


# ---------------------------------------------------------------- HTML
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

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


# ---------------------------------------------------------------- PDF
def pdf_objects(data):
    sx = int(re.search(rb"startxref\s+(\d+)", data[-64:]).group(1))
    m = re.match(rb"xref\s+0 (\d+)\s+", data[sx:])
    n = int(m.group(1))
    p = sx + m.end()
    objs = {}
    for i in range(n):
        ent = data[p + 20 * i:p + 20 * i + 20]
        off, _gen, kind = ent[:10], ent[11:16], ent[17:18]
        if kind != b"n":
            continue
        start = int(off)
        hm = re.match(rb"(\d+) 0 obj\s*", data[start:])
        body_start = start + hm.end()
        body = data[body_start:]
        si = re.match(rb"(<<.*?>>)\s*stream\r?\n", body, re.S)
        if si:
            d = si.group(1)
            ln = int(re.search(rb"/Length (\d+)", d).group(1))
            raw = body[si.end():si.end() + ln]
            if b"/FlateDecode" in d:
                raw = zlib.decompress(raw)
            objs[int(hm.group(1))] = (d, raw)
        else:
            objs[int(hm.group(1))] = (body[:body.index(b"endobj")], None)
    return objs


def ref(d, key):
    m = re.search(rb"/" + key + rb"\s+(\d+) 0 R", d)
    return int(m.group(1)) if m else None


def parse_cmap(b):
    out = {}
    t = b.decode("latin-1")
    for blk in re.findall(r"beginbfchar(.*?)endbfchar", t, re.S):
        for a, u in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", blk):
            out[int(a, 16)] = bytes.fromhex(u).decode("utf-16-be")
    for blk in re.findall(r"beginbfrange(.*?)endbfrange", t, re.S):
        for a, z, u in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", blk):
            base = int(u, 16)
            for k, c in enumerate(range(int(a, 16), int(z, 16) + 1)):
                out[c] = chr(base + k)
    return out


TOK = re.compile(rb"<([0-9A-Fa-f\s]*)>|\(((?:\\.|[^\\)])*)\)|/([^\s/\[\]()<>]+)|([-+]?\d*\.?\d+)|([A-Za-z'\"*]+)|(\[|\])")


def pdf_pages(path):
    data = open(path, "rb").read()
    objs = pdf_objects(data)
    root = ref(re.search(rb"trailer\s*<<(.*?)>>", data, re.S).group(1), b"Root")
    pages_id = ref(objs[root][0], b"Pages")
    kids = [int(k) for k in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids \[(.*?)\]", objs[pages_id][0]).group(1))]
    cmaps = {}
    result = []
    for pid in kids:
        d = objs[pid][0]
        fonts = {}
        fm = re.search(rb"/Font <<(.*?)>>", d)
        if fm:
            for name, num in re.findall(rb"/(\w+) (\d+) 0 R", fm.group(1)):
                fid = int(num)
                if fid not in cmaps:
                    cmaps[fid] = parse_cmap(objs[ref(objs[fid][0], b"ToUnicode")][1])
                fonts[name.decode()] = cmaps[fid]
        content = objs[ref(d, b"Contents")][1]
        words, stack, font, size = [], [], None, 0
        tm = None
        for m in TOK.finditer(content):
            hx, lit, name, number, op, br = m.groups()
            if number is not None:
                stack.append(float(number))
            elif name is not None:
                stack.append(name.decode())
            elif hx is not None:
                stack.append(("hex", re.sub(rb"\s", b"", hx)))
            elif lit is not None:
                stack.append(("lit", lit))
            elif op is not None:
                o = op.decode()
                if o == "Tf":
                    font, size = stack[-2], stack[-1]
                elif o == "Tm":
                    tm = stack[-6:]
                elif o == "Tj":
                    s = stack[-1]
                    cm = fonts[font]
                    if s[0] == "hex":
                        h = s[1].decode()
                        txt = "".join(cm.get(int(h[i:i + 4], 16), "") for i in range(0, len(h), 4))
                    else:
                        txt = s[1].decode("latin-1")
                    words.append((round(tm[5], 2), size, tm[4], txt))
                stack = []
        lines, cur, key = [], [], None
        for y, sz, x, txt in words:
            k = (y, sz)
            if cur and k != key:
                lines.append(" ".join(cur))
                cur = []
            cur.append(txt)
            key = k
        if cur:
            lines.append(" ".join(cur))
        result.append({"units": [ws(l) for l in lines if ws(l)], "content": content, "dict": d})
    return result, objs, data


# ---------------------------------------------------------------- units
def units_of(name):
    path = os.path.join(ROOT, DOCS[name][0])
    if path.endswith(".pdf"):
        pages, _o, _d = pdf_pages(path)
        return [u for p in pages for u in p["units"]]
    text = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.flush()
        return p.units
    return [ws(l) for l in text.split("\n") if l.strip()]


def check_marks(units, problems):
    # Google Classroom page saved by Chrome
    page = open(os.path.join(ROOT, DOCS["act-east-classroom-assignment"][0]), encoding="utf-8").read()
    for mark, what in (("<!-- saved from url=(", "Chrome's saved-from comment"),
                       ("_files/", "links into the Chrome _files folder"),
                       ("jscontroller=", "jscontroller attributes"), ("jsname=", "jsname attributes"),
                       ("jsaction=", "jsaction attributes"), ("aria-label=", "aria attributes"),
                       ("<c-wiz", "c-wiz elements"), ("window.WIZ_global_data", "WIZ_global_data script"),
                       ("AF_initDataCallback(", "AF_initDataCallback scripts"),
                       ("google-material-icons", "icon-font ligatures"),
                       ("<b>", "bold heading lines"), ("<ul", "a bullet list"), ("<ol", "a numbered list"),
                       ("docs.google.com/document/", "a Google Docs attachment chip"),
                       ("drive.google.com/file/", "a Drive file chip")):
        if mark not in page:
            problems.append("classroom: no %s" % what)
    shown = units["act-east-classroom-assignment"]
    for unit in ("Due 12 Sept, 23:59", "20 points", "3 class comments", "Your work", "Mark as done",
                 "Add or create", "Private comments", "Google Docs", "PDF"):
        if not any(u == unit or u.endswith(unit) for u in shown):
            problems.append("classroom: no %r unit" % unit)
    if not any(u.startswith("GS Paper II") for u in shown[:40]):
        problems.append("classroom: class name not in the top bar")

    # Prezi PDF
    path = os.path.join(ROOT, DOCS["asean-india-csp-prezi"][0])
    pages, objs, data = pdf_pages(path)
    for mark, what in ((b"%PDF-1.4", "PDF header"), (b"/Producer (Skia/PDF", "Skia producer"),
                       (b"/Creator (Prezi)", "Prezi creator"), (b"/Encoding /Identity-H", "Identity-H fonts"),
                       (b"/ToUnicode", "ToUnicode CMaps"), (b"/FontFile2", "embedded TrueType"),
                       (b"+Montserrat-Bold", "Montserrat"), (b"+OpenSans-Regular", "Open Sans"),
                       (b"/ExtGState", "transparency (faded zoom titles)")):
        if mark not in data:
            problems.append("prezi: no %s" % what)
    if len(pages) < 15:
        problems.append("prezi: only %d pages" % len(pages))
    rotated = 0
    for i, pg in enumerate(pages, 1):
        if b"/MediaBox [0 0 1280 720]" not in pg["dict"]:
            problems.append("prezi: page %d is not 1280 x 720 landscape" % i)
        c = pg["content"]
        if c.count(b" Tm\n") != c.count(b" Tj\n"):
            problems.append("prezi: page %d does not set a Tm for every word" % i)
        if str(i) in pg["units"]:
            problems.append("prezi: page %d carries its page number" % i)
        for m in re.finditer(rb"([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+) [-\d.]+ [-\d.]+ cm", c):
            b = float(m.group(2))
            if 0 < abs(b) < 0.1:
                rotated += 1
    if rotated < 5:
        problems.append("prezi: fewer than 5 slightly rotated frames")
    seen = {}
    for pg in pages:
        for u in set(pg["units"]):
            seen[u] = seen.get(u, 0) + 1
    for title in ("Look East (1991)", "Kaladan", "Kuala Lumpur 2025", "ASEAN\u2013India"):
        if seen.get(title, 0) < 2:
            problems.append("prezi: topic title %r not repeated across zoom steps" % title)

    # Samsung Notes text export
    txt = open(os.path.join(ROOT, DOCS["act-east-samsung-notes"][0]), encoding="utf-8").read()
    lines = txt.split("\n")
    if not re.match(r"^\d{1,2} \w+ \d{4} \d{1,2}:\d\d [ap]m$", lines[1]):
        problems.append("notes: second line is not the export's date line")
    if not lines[-1].startswith("Sent from my Galaxy"):
        problems.append("notes: no trailing 'Sent from my Galaxy' line")
    for mark, what in (("\U0001F449", "pointing-finger bullets"), ("\u2705", "check-mark emoji"),
                       ("\U0001F4CC", "pushpin emoji"), ("->", "arrows"), (":-", "':-' labels"),
                       ("\u2610 ", "unchecked checklist lines"), ("\u2611 ", "checked checklist lines"),
                       (" \n", "trailing spaces")):
        if mark not in txt:
            problems.append("notes: no %s" % what)
    caps = [l for l in lines if len(l) > 3 and re.match(r"^[A-Z0-9 ()/&.\-]+(\s\S+)?$", l) and l.split()[0].isupper()]
    if len(caps) < 8:
        problems.append("notes: fewer than 8 ALL-CAPS heading lines")


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", script), out], check=True)
            a = hashlib.sha256(open(os.path.join(ROOT, path), "rb").read()).hexdigest()
            b = hashlib.sha256(open(out, "rb").read()).hexdigest()
            if a != b:
                problems.append("%s: tools/%s does not re-make it byte for byte" % (path, script))


def main():
    problems = []
    units = {k: units_of(k) for k in DOCS}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(nwords(x) for x in u)
        print("%s: %d words as extracted (%d units)" % (DOCS[k][0], n, len(u)))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    check_marks(units, problems)
    n_q = 0
    for name in DOCS:
        fn = "q-%s.jsonl" % name
        with open(os.path.join(ROOT, fn), encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        for i, line in enumerate(lines, 1):
            where = "%s:%d" % (fn, i)
            try:
                obj = json.loads(line)
            except ValueError as e:
                problems.append("%s: bad JSON (%s)" % (where, e))
                continue
            n_q += 1
            if set(obj) != {"q", "accept", "section"}:
                problems.append("%s: keys must be q, accept, section" % where)
            if not isinstance(obj.get("q"), str) or not obj["q"].strip():
                problems.append("%s: missing q" % where)
            acc, sec = obj.get("accept"), obj.get("section")
            if not isinstance(acc, list) or not 1 <= len(acc) <= 2:
                problems.append("%s: accept must be a list of one or two strings" % where)
                acc = []
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) and s.strip() for s in sec):
                problems.append("%s: section must be a non-empty list of strings" % where)
            elif not any(ws(s).lower() in joined[name] for s in sec):
                problems.append("%s: no section name found in %s: %r" % (where, name, sec))
            for a in acc:
                if not isinstance(a, str):
                    problems.append("%s: accept not a string" % where)
                    continue
                if not a.isascii():
                    problems.append("%s: not ASCII: %r" % (where, a))
                nw = len(a.split())
                if not 5 <= nw <= 12:
                    problems.append("%s: %d words: %r" % (where, nw, a))
                if not any(ws(a).lower() in u.lower() for u in units[name]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(ws(a).lower()) for j in joined.values())
                if total != 1:
                    problems.append("%s: occurs %d times across documents: %r" % (where, total, a))
        if len(lines) != 25:
            problems.append("%s: %d questions, expected 25" % (fn, len(lines)))
    with open(os.path.join(ROOT, "oos.jsonl"), encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
            if set(obj) != {"q"} or not isinstance(obj["q"], str) or not obj["q"].strip():
                problems.append("oos.jsonl:%d: must hold only q" % i)
        except ValueError as e:
            problems.append("oos.jsonl:%d: bad JSON (%s)" % (i, e))
    if len(lines) != 12:
        problems.append("oos.jsonl: %d questions, expected 12" % len(lines))
    check_remake(problems)
    for p in problems:
        print(p)
    print("in-scope questions: %d, out-of-scope: %d" % (n_q, len(lines)))
    print("problems: %d" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--dump"]:
        for u in units_of(sys.argv[2]):
            print(u)
        sys.exit(0)
    sys.exit(main())
