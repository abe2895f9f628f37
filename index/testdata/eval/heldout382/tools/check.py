#!/usr/bin/python3
"""Checks the three-hundred-and-eighty-second held-out set (standard library only).

Extracts each document's text as a reader sees it:
  - Word PDF: every object is read, Catalog > Pages > Kids is followed in order, each page's
    content stream is inflated and its text operators (Tf, Tm, Td, TD, T*, Tj, TJ) are run with
    the fonts' Widths arrays; pieces on one baseline make a line, and a gap wider than 3 pt
    inside a line (the next table cell, a tab, a list label) starts a new unit. So one unit is
    one line of a paragraph or of a table cell, including the watermark, header and footer
    lines of every page. Strings are decoded as WinAnsi (cp1252).
  - Blogger page and Google Docs export: one unit per block element's visible text (script,
    style and svg skipped), br counting as a block break.
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the PDF: Word producer, tagged structure, Artifact header / footer / watermark on every
    page, "Page x of y" footers, numbered headings, tables, embedded subset fonts; the Blogger
    page: the Simple template skin, Blog1 post with post-title, date-header, post-body, bold
    paragraph headings, post-footer with labels, Label, BlogArchive and PopularPosts widgets,
    threaded comments, _WidgetManager scripts; the Google Docs export: one line, c-classes,
    doc-content body, h1-h3 with h. ids, lst-kix_ lists with li-bullet-0, a table with t.
    anchors, google.com/url?q= links, a footnote and a comment);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_pdf.py, tools/make_blogger.py and tools/make_gdoc.py re-make the documents byte
    for byte (each is run into a temporary file, the committed file is never touched).
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
    "maratha-state-sahyadri-ias-notes": ("docs/maratha-state-sahyadri-ias-notes.pdf", "make_pdf.py"),
    "maratha-confederacy-panipat-blogspot": ("docs/maratha-confederacy-panipat-blogspot.html", "make_blogger.py"),
    "maratha-military-landscapes-gdoc": ("docs/maratha-military-landscapes-gdoc.html", "make_gdoc.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "hr", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


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

# ---------------------------------------------------------------- PDF text
OBJ_RE = re.compile(rb"(\d+) 0 obj\r?\n")


def objects(data):
    objs = {}
    pos = 0
    while True:
        m = OBJ_RE.search(data, pos)
        if not m:
            break
        n = int(m.group(1))
        start = m.end()
        sm = data.find(b"stream\r\n", start)
        em = data.find(b"endobj", start)
        if sm != -1 and sm < em:
            head = data[start:sm]
            ln = int(re.search(rb"/Length (\d+)", head).group(1))
            raw = data[sm + 8:sm + 8 + ln]
            if b"/FlateDecode" in head:
                raw = zlib.decompress(raw)
            objs[n] = (head, raw)
            pos = sm + 8 + ln
            em = data.find(b"endobj", pos)
        else:
            objs[n] = (data[start:em], None)
        pos = em + 6
    return objs


def ref(d, key):
    m = re.search(rb"/" + key + rb" (\d+) 0 R", d)
    return int(m.group(1)) if m else None


TOKEN = re.compile(rb"\s*(?:(\()|(\[)|(\])|(<<)|(>>)|(/[^\s/\[\]()<>]*)|([-+]?\d*\.?\d+)|([A-Za-z'\"*]+))")


def read_string(s, i):
    depth, out = 1, bytearray()
    while i < len(s):
        c = s[i]
        if c == 0x5C:  # backslash
            i += 1
            e = s[i]
            if e in b"01234567":
                j = i
                while j < i + 3 and j < len(s) and s[j] in b"01234567":
                    j += 1
                out.append(int(s[i:j], 8) & 0xFF)
                i = j
                continue
            out += {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b",
                    ord("f"): b"\f"}.get(e, bytes([e]))
            i += 1
            continue
        if c == 0x28:
            depth += 1
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out), i + 1
        out.append(c)
        i += 1
    return bytes(out), i


def tokens(s):
    i = 0
    while i < len(s):
        m = TOKEN.match(s, i)
        if not m:
            i += 1
            continue
        if m.group(1):
            b, i = read_string(s, m.end())
            yield ("str", b)
            continue
        i = m.end()
        if m.group(2):
            yield ("[", None)
        elif m.group(3):
            yield ("]", None)
        elif m.group(4):
            yield ("<<", None)
        elif m.group(5):
            yield (">>", None)
        elif m.group(6):
            yield ("name", m.group(6)[1:].decode("latin-1"))
        elif m.group(7):
            yield ("num", float(m.group(7)))
        else:
            yield ("op", m.group(8).decode("latin-1"))


def page_chunks(objs, page_no):
    head = objs[page_no][0]
    fonts = {}
    fm = re.search(rb"/Font<<(.*?)>>", head)
    for name, num in re.findall(rb"/(\w+) (\d+) 0 R", fm.group(1)):
        fd = objs[int(num)][0]
        first = int(re.search(rb"/FirstChar (\d+)", fd).group(1))
        wref = ref(fd, b"Widths")
        widths = [int(x) for x in objs[wref][0].strip(b"[] \r\n").split()]
        fonts[name.decode()] = (first, widths)
    content = objs[ref(head, b"Contents")][1]
    chunks = []
    stack, arr, in_arr = [], None, 0
    font, size = None, 0.0
    tm = [1, 0, 0, 1, 0, 0]
    lm = list(tm)
    leading = 0.0

    def show(b, tm):
        first, widths = fonts[font]
        w = 0.0
        for c in b:
            k = c - first
            w += (widths[k] if 0 <= k < len(widths) else 0) / 1000.0 * size
        return w

    for kind, val in tokens(content):
        if kind == "[":
            in_arr += 1
            if in_arr == 1:
                arr = []
            continue
        if kind == "]":
            in_arr -= 1
            if in_arr == 0:
                stack.append(("arr", arr))
            continue
        if in_arr:
            arr.append((kind, val))
            continue
        if kind != "op":
            stack.append((kind, val))
            continue
        op = val
        if op == "BT":
            tm = [1, 0, 0, 1, 0, 0]
            lm = list(tm)
        elif op == "Tf":
            font, size = stack[-2][1], stack[-1][1]
        elif op == "Tm":
            tm = [v for _, v in stack[-6:]]
            lm = list(tm)
        elif op in ("Td", "TD"):
            tx, ty = stack[-2][1], stack[-1][1]
            lm = [lm[0], lm[1], lm[2], lm[3], lm[4] + tx * lm[0] + ty * lm[2], lm[5] + tx * lm[1] + ty * lm[3]]
            tm = list(lm)
            if op == "TD":
                leading = -ty
        elif op == "TL":
            leading = stack[-1][1]
        elif op in ("T*", "'", '"'):
            lm = [lm[0], lm[1], lm[2], lm[3], lm[4] - leading * lm[2], lm[5] - leading * lm[3]]
            tm = list(lm)
        if op in ("Tj", "'", '"', "TJ"):
            items = stack[-1][1] if op == "TJ" else [("str", stack[-1][1])]
            text, adv = "", 0.0
            for k, v in items:
                if k == "str":
                    text += v.decode("cp1252", "replace")
                    adv += show(v, tm)
                elif k == "num":
                    adv -= v / 1000.0 * size
            rotated = abs(tm[1]) > 1e-3
            chunks.append({"x": tm[4], "y": tm[5], "end": tm[4] + adv * tm[0], "text": text,
                           "rot": rotated})
            tm = [tm[0], tm[1], tm[2], tm[3], tm[4] + adv * tm[0], tm[5] + adv * tm[1]]
        stack = []
    return chunks


def pdf_units(path):
    data = open(path, "rb").read()
    objs = objects(data)
    cat = objs[ref(data[data.rfind(b"trailer"):], b"Root")][0]
    pages = objs[ref(cat, b"Pages")][0]
    kids = [int(n) for n in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids\[(.*?)\]", pages).group(1))]
    out = []
    for pn in kids:
        chunks = page_chunks(objs, pn)
        flat = [c for c in chunks if not c["rot"]]
        for c in chunks:
            if c["rot"]:
                out.append(c["text"].strip())
        lines = {}
        for c in flat:
            key = round(c["y"], 1)
            lines.setdefault(key, []).append(c)
        for y in sorted(lines, reverse=True):
            row = sorted(lines[y], key=lambda c: c["x"])
            cur, end = "", None
            for c in row:
                if end is not None and c["x"] - end > 3.0:
                    if cur.strip():
                        out.append(" ".join(cur.split()))
                    cur = ""
                cur += c["text"]
                end = c["end"]
            if cur.strip():
                out.append(" ".join(cur.split()))
    return [u for u in out if u]


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full)
    p = Blocks()
    p.feed(open(full, encoding="utf-8").read())
    p.flush()
    return p.units


def check_pdf(units, problems):
    path = os.path.join(ROOT, DOCS["maratha-state-sahyadri-ias-notes"][0])
    data = open(path, "rb").read()
    objs = objects(data)
    raw = b" ".join(h for h, _ in objs.values())
    streams = b" ".join(s for _, s in objs.values() if s is not None)
    producer = "Microsoft\u00ae Word for Microsoft 365".encode("utf-16-be")
    n_pages = int(re.search(rb"/Type/Pages/Count (\d+)", raw).group(1))
    needs = [(data.startswith(b"%PDF-1.7\r\n"), "a PDF 1.7 header with CRLF"),
             (producer in raw, "Word for Microsoft 365 as Producer (UTF-16)"),
             (b"/StructTreeRoot" in raw and b"/MarkInfo<</Marked true>>" in raw, "a tagged structure tree"),
             (all(b"/S/%s/" % t in raw for t in (b"H1", b"H2", b"P", b"Table", b"TR", b"TH", b"TD", b"L", b"LI", b"LBody")),
              "H1/H2/P/Table/TR/TH/TD/L/LI/LBody structure elements"),
             (streams.count(b"/Subtype/Header") == n_pages and streams.count(b"/Subtype/Footer") == n_pages,
              "a Header and a Footer artifact on every page"),
             (streams.count(b"/Subtype/Watermark") == n_pages, "a watermark artifact on every page"),
             (b"/FontFile2" in raw and b"+ArialMT" in raw and b"+Arial-BoldMT" in raw, "embedded subset Arial fonts"),
             (b"/Encoding/WinAnsiEncoding" in raw, "WinAnsi simple fonts"),
             (b"re\r\nf*" in streams, "table borders drawn as filled rectangles")]
    for ok, what in needs:
        if not ok:
            problems.append("pdf: no %s" % what)
    for i in range(1, n_pages + 1):
        if "Page %d of %d" % (i, n_pages) not in units:
            problems.append("pdf: no footer 'Page %d of %d'" % (i, n_pages))
    if units.count("SAHYADRI IAS ACADEMY") != n_pages:
        problems.append("pdf: watermark text not on every page")
    if sum(1 for u in units if u.startswith("GS Paper I")) != n_pages:
        problems.append("pdf: header not on every page")
    for label in ("1.", "2.", "3.", "4.", "5.", "6.", "1.1", "2.1", "2.4", "4.3"):
        if label not in units:
            problems.append("pdf: no heading number %s" % label)
    for cap in ("Table 1:", "Table 2:", "Table 3:"):
        if not any(u.startswith(cap) for u in units):
            problems.append("pdf: no caption %s" % cap)


def check_blogger(units, problems):
    page = open(os.path.join(ROOT, DOCS["maratha-confederacy-panipat-blogspot"][0]), encoding="utf-8").read()
    marks = ["<html class='v2'", "xmlns:b='http://www.google.com/2005/gml/b'", "<meta content='blogger' name='generator'/>",
             "Blogger Template Style\nName:     Simple", "<style id='template-skin-1'", "id='Navbar1'",
             "class='widget Blog' data-version='1' id='Blog1'", "<h2 class='date-header'>",
             "<h3 class='post-title entry-title' itemprop='name'>", "class='post-body entry-content'",
             '<p style="text-align: justify;"><b><span style="font-size: large;">', "class='post-footer'",
             "<span class='post-labels'>", "class='widget Label'", "class='widget BlogArchive'",
             "class='widget PopularPosts'", "class='widget Profile'", '<div class="comment-thread toplevel-thread">',
             "comment-thread inline-thread", "deleted-comment", "class='widget Attribution'",
             "_WidgetManager._Init(", "_WidgetManager._SetDataContext(", "_WidgetManager._RegisterWidget("]
    for m in marks:
        if m not in page:
            problems.append("blogger: no %r" % m)
    for unit in ("Posted by", "Labels:", "Blog Archive", "Popular Posts", "Labels", "Newer Post Older Post Home"):
        if not any(u.startswith(unit) for u in units):
            problems.append("blogger: no %r line" % unit)


def check_gdoc(units, problems):
    page = open(os.path.join(ROOT, DOCS["maratha-military-landscapes-gdoc"][0]), encoding="utf-8").read()
    if "\n" in page:
        problems.append("gdoc: the export is one line, this has line breaks")
    marks = ['<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">',
             "li.li-bullet-0:before{margin-left:-18pt;white-space:nowrap;display:inline-block;min-width:18pt}",
             "ol{margin:0;padding:0}table td,table th{padding:0}", ' doc-content">', ' title" id="h.', ' subtitle" id="h.', '<h1 class="', '<h2 class="', '<h3 class="', ' lst-kix_', ' start">', "li-bullet-0",
             '<ol class="', '<a id="t.0"></a><table class="', "https://www.google.com/url?q=",
             "&amp;sa=D&amp;source=editors&amp;ust=", "&amp;usg=AOvVaw", 'id="ftnt_ref1">[1]</a>',
             'id="cmnt_ref1">[a]</a>', "&rsquo;", "&ndash;", "&ldquo;", "&nbsp;"]
    for m in marks:
        if m not in page:
            problems.append("gdoc: no %r" % m)
    if not re.search(r'<h1 class="c\d+" id="h\.[a-z0-9]{12}">', page):
        problems.append("gdoc: headings lack h.xxxxxxxxxxxx ids")


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
    units = {k: units_of(v[0]) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    check_pdf(units["maratha-state-sahyadri-ias-notes"], problems)
    check_blogger(units["maratha-confederacy-panipat-blogspot"], problems)
    check_gdoc(units["maratha-military-landscapes-gdoc"], problems)
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
                    problems.append("%s: not inside one line/element of %s: %r" % (where, name, a))
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
    sys.exit(main())
