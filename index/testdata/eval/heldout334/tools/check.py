#!/usr/bin/python3
"""Check the heldout334 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Jupyter Book .html: one unit per block element's visible text (script, style and svg
    skipped; the print-only table of contents, the side navigation, the header buttons, the
    "Contents" sidebar, prev/next and the footer count, as their text is in the page);
  - beamer .pdf: the cross-reference stream and object streams are read, each page's content
    stream is decoded (FlateDecode), TJ strings are mapped to text through each font's ToUnicode
    CMap (ligatures fi, ffl... come out as letters) and a TJ number of -150 or less (0.15 em to
    the right) is read as a space; one unit per text line (same baseline on a page,
    pieces joined left to right, a space where they do not touch);
  - Dendron .md: one unit per line, a table row split into its cells, emphasis markers (**)
    dropped; the front matter lines count.
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the page's Jupyter Book / sphinx-book-theme furniture, admonitions, code cells with
    outputs, footnotes, prev/next links and "By ... (c) Copyright 2025" footer; the deck's
    PDF 1.5 object and xref streams, 18 pages of 362.835 x 272.126 pt, subset Type 1 fonts
    CMSS10, CMSS12, CMSS8 and CMSSBX10 embedded with ToUnicode, kerned TJ arrays, the Madrid
    footline "n / 18" on every page, the Outline frame, bookmarks and page labels; the note's
    Dendron front matter, note references, wikilinks, callouts, tables and Backlinks block);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_jupyterbook.py, tools/make_beamer.py and tools/make_dendron.py re-make the
    documents byte for byte (each is run into a temporary file, the committed file is never
    touched).
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
    "digital-rupee-cbdc-jupyter-book": ("docs/digital-rupee-cbdc-jupyter-book.html", "make_jupyterbook.py"),
    "upi-npci-payments-vision-beamer": ("docs/upi-npci-payments-vision-beamer.pdf", "make_beamer.py"),
    "upsc.economy.payments.cross-border": ("docs/upsc.economy.payments.cross-border.md", "make_dendron.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "pre"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ----------------------------------------------------------------------------- HTML
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


# ----------------------------------------------------------------------------- PDF
class PDFFile:
    def __init__(self, data):
        self.data = data
        self.xref = {}
        self.cache = {}
        start = int(re.search(rb"startxref\s+(\d+)", data[-64:]).group(1))
        head, stream = self.raw_at(start)
        w = [int(x) for x in re.search(rb"/W \[(\d+) (\d+) (\d+)\]", head).groups()]
        idx = [int(x) for x in re.search(rb"/Index \[([\d ]+)\]", head).group(1).split()]
        rows = zlib.decompress(stream)
        step = sum(w)
        k = 0
        for first, count in zip(idx[0::2], idx[1::2]):
            for n in range(first, first + count):
                row = rows[k * step:(k + 1) * step]
                k += 1
                f = [int.from_bytes(row[sum(w[:i]):sum(w[:i + 1])], "big") for i in range(3)]
                if f[0] == 1:
                    self.xref[n] = ("off", f[1])
                elif f[0] == 2:
                    self.xref[n] = ("objstm", f[1], f[2])
        self.trailer = head

    def raw_at(self, off):
        m = re.compile(rb"\d+ 0 obj\s*").match(self.data, off)
        p = m.end()
        end_dict = self.data.find(b"endobj", p)
        s = self.data.find(b"stream", p)
        if 0 <= s < end_dict:
            head = self.data[p:s]
            length = int(re.search(rb"/Length (\d+)", head).group(1))
            st = s + len(b"stream")
            if self.data[st:st + 2] == b"\r\n":
                st += 2
            elif self.data[st:st + 1] == b"\n":
                st += 1
            return head, self.data[st:st + length]
        return self.data[p:end_dict], None

    def obj(self, n):
        if n in self.cache:
            return self.cache[n]
        e = self.xref[n]
        if e[0] == "off":
            head, stream = self.raw_at(e[1])
            if stream is not None and b"/FlateDecode" in head:
                stream = zlib.decompress(stream)
            res = (head, stream)
        else:
            head, stream = self.obj(e[1])
            nobj = int(re.search(rb"/N (\d+)", head).group(1))
            first = int(re.search(rb"/First (\d+)", head).group(1))
            nums = [int(x) for x in stream[:first].split()]
            offs = nums[1::2]
            i = e[2]
            a = first + offs[i]
            b = first + offs[i + 1] if i + 1 < nobj else len(stream)
            res = (stream[a:b], None)
        self.cache[n] = res
        return res

    def ref(self, head, key):
        m = re.search(rb"/" + key + rb" (\d+) 0 R", head)
        return int(m.group(1)) if m else None

    def pages(self):
        root = int(re.search(rb"/Root (\d+) 0 R", self.trailer).group(1))
        out = []

        def walk(n):
            head, _ = self.obj(n)
            if re.search(rb"/Type /Pages", head):
                kids = re.search(rb"/Kids \[([^\]]*)\]", head).group(1)
                for k in re.findall(rb"(\d+) 0 R", kids):
                    walk(int(k))
            else:
                out.append(n)
        walk(self.ref(self.obj(root)[0], b"Pages"))
        return out


def parse_cmap(text):
    m = {}
    for a, b, c in re.findall(r"<([0-9A-F]+)> <([0-9A-F]+)> <([0-9A-F]+)>", text):
        for k in range(int(a, 16), int(b, 16) + 1):
            m[k] = chr(int(c, 16) + k - int(a, 16))
    for blk in re.findall(r"beginbfchar\n(.*?)endbfchar", text, re.S):
        for a, u in re.findall(r"<([0-9A-F]{2})> <([0-9A-F]+)>", blk):
            m[int(a, 16)] = "".join(chr(int(u[i:i + 4], 16)) for i in range(0, len(u), 4))
    return m


def pdf_string(s):
    out, i = bytearray(), 0
    while i < len(s):
        c = s[i]
        if c == "\\":
            nx = s[i + 1]
            if nx.isdigit():
                j = i + 1
                while j < len(s) and j < i + 4 and s[j].isdigit():
                    j += 1
                out.append(int(s[i + 1:j], 8))
                i = j
                continue
            out.append({"n": 10, "r": 13, "t": 9}.get(nx, ord(nx)))
            i += 2
            continue
        out.append(ord(c))
        i += 1
    return bytes(out)


def pdf_pages_text(pdf):
    """Per page: list of (y, x, text, end_x) pieces."""
    pages = []
    for pn in pdf.pages():
        head, _ = pdf.obj(pn)
        res = pdf.obj(pdf.ref(head, b"Resources"))[0]
        fonts = {}
        fm = re.search(rb"/Font << (.*?) >>", res)
        if fm:
            for name, n in re.findall(rb"/(\w+) (\d+) 0 R", fm.group(1)):
                fh, _ = pdf.obj(int(n))
                tu = pdf.obj(pdf.ref(fh, b"ToUnicode"))[1].decode("latin-1")
                wd = pdf.obj(pdf.ref(fh, b"Widths"))[0].decode()
                first = int(re.search(rb"/FirstChar (\d+)", fh).group(1))
                widths = [float(x) for x in re.findall(r"[\d.]+", wd)]
                fonts["/" + name.decode()] = (parse_cmap(tu), first, widths)
        content = pdf.obj(pdf.ref(head, b"Contents"))[1].decode("latin-1")
        tok = re.findall(r"\[(?:[^\]\\]|\\.)*\]|\((?:[^)\\]|\\.)*\)|/[^\s\[\]()/<>]+|[^\s\[\]()/<>]+", content)
        stack, ctm, args = [], [0.0, 0.0], []
        lx = ly = tx = 0.0
        font, size = None, 10.0
        pieces = []
        for t in tok:
            if t == "q":
                stack.append(list(ctm))
            elif t == "Q":
                ctm = stack.pop()
            elif t == "cm":
                ctm[0] += float(args[-2])
                ctm[1] += float(args[-1])
            elif t == "BT":
                lx = ly = tx = 0.0
            elif t == "Td":
                lx += float(args[-2])
                ly += float(args[-1])
                tx = 0.0
            elif t == "Tf":
                font, size = args[-2], float(args[-1])
            elif t == "TJ":
                cmap, first, widths = fonts[font]
                text, adv = "", 0.0
                for part in re.findall(r"\((?:[^)\\]|\\.)*\)|-?[\d.]+", args[-1][1:-1]):
                    if part.startswith("("):
                        for c in pdf_string(part[1:-1]):
                            text += cmap.get(c, "")
                            adv += widths[c - first] * size / 1000
                    else:
                        v = float(part)
                        if v <= -150:
                            text += " "
                        adv -= v * size / 1000
                x, y = ctm[0] + lx + tx, ctm[1] + ly
                pieces.append((round(y, 1), x, text, x + adv))
                tx += adv
            if t in ("q", "Q", "cm", "BT", "ET", "Td", "Tf", "TJ") or re.match(r"^[A-Za-z*']+$", t):
                args = []
            else:
                args.append(t)
        pages.append(pieces)
    return pages


def pdf_units(data):
    pdf = PDFFile(data)
    units = []
    for pieces in pdf_pages_text(pdf):
        lines = {}
        for y, x, text, end in pieces:
            lines.setdefault(y, []).append((x, text, end))
        for y in sorted(lines, reverse=True):
            row = sorted(lines[y])
            s, last = "", None
            for x, text, end in row:
                if last is not None and x > last + 1.0 and not s.endswith(" "):
                    s += " "
                s += text
                last = end
            s = ws(s)
            if s:
                units.append(s)
    return units


# ----------------------------------------------------------------------------- Markdown
def md_units(text):
    out = []
    for line in text.split("\n"):
        line = line.replace("**", "")
        if line.startswith("|"):
            for c in line.strip().strip("|").split("|"):
                c = ws(c)
                if c and not set(c) <= set("-: "):
                    out.append(c)
            continue
        line = ws(line)
        if line:
            out.append(line)
    return out


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(open(full, "rb").read())
    text = open(full, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.flush()
        return p.units
    return md_units(text)


# ----------------------------------------------------------------------------- format marks
def check_shapes(units, problems):
    page = open(os.path.join(ROOT, DOCS["digital-rupee-cbdc-jupyter-book"][0]), encoding="utf-8").read()
    for mark in ("sphinx-book-theme.css", "pydata-sphinx-theme.js", 'class="bd-sidebar-primary bd-sidebar"',
                 'class="bd-links bd-docs-nav"', "toctree-l1 current active", "article-header-buttons",
                 "dropdown-launch-buttons", "dropdown-download-buttons", "btn-fullscreen-button",
                 'class="page-toc tocsection onthispage"', 'class="admonition note"',
                 'class="admonition important"', 'class="admonition tip"', 'class="admonition dropdown"',
                 'class="cell_input docutils container"', 'class="cell_output docutils container"',
                 'class="footnote-reference brackets"', 'class="footnote-list brackets"',
                 'class="prev-next-area"', 'class="left-prev"', 'class="right-next"',
                 'class="component-author"', "© Copyright 2025.", 'id="jb-print-docs-body"',
                 '<table class="table">'):
        if mark not in page:
            problems.append("jupyter book: no %s" % mark)
    shown = units["digital-rupee-cbdc-jupyter-book"]
    for unit in ("Contents", "previous", "next", "By Team Arthniti", "© Copyright 2025."):
        if unit not in shown:
            problems.append("jupyter book: no %r line" % unit)
    data = open(os.path.join(ROOT, DOCS["upi-npci-payments-vision-beamer"][0]), "rb").read()
    pdf = PDFFile(data)
    if not data.startswith(b"%PDF-1.5\n%\xd0\xd4\xc5\xd8"):
        problems.append("pdf: not a PDF 1.5 header as pdfTeX writes it")
    for mark in (b"/Type /ObjStm", b"/Type /XRef", b"/W [1 3 1]"):
        if mark not in data:
            problems.append("pdf: no %s" % mark.decode())
    heads = b"".join(pdf.obj(n)[0] for n in pdf.xref)
    for name in (b"CMSS10", b"CMSS12", b"CMSS8", b"CMSSBX10"):
        if not re.search(rb"/BaseFont /[A-Z]{6}\+" + name + rb"\n", heads):
            problems.append("pdf: no subset Type 1 font %s" % name.decode())
    for mark in (b"/Subtype /Type1", b"/FontFile ", b"/Length1 ", b"/Length2 ", b"/ToUnicode ",
                 b"/Type /Outlines", b"/PageLabels", b"/Dests ", b"(Navigation1)", b"/S/Named/N/GoBack",
                 b"/PTEX.Fullbanner (This is pdfTeX", b"/Creator(\\376\\377\\000L\\000a\\000T\\000e\\000X"):
        if mark not in heads:
            problems.append("pdf: no %s" % mark.decode())
    pages = pdf.pages()
    if len(pages) != 18:
        problems.append("pdf: %d pages, expected 18" % len(pages))
    kerned = 0
    for i, pn in enumerate(pages, 1):
        head, _ = pdf.obj(pn)
        if b"/MediaBox [0 0 362.835 272.126]" not in head:
            problems.append("pdf: page %d is not a 128 x 96 mm beamer page" % i)
        content = pdf.obj(pdf.ref(head, b"Contents"))[1]
        if not re.search(rb"\[-\d+\(%d\)-17\d\(/\)-17\d\(18\)\]TJ" % i, content):
            problems.append("pdf: page %d has no footline frame number %d / 18" % (i, i))
        kerned += len(re.findall(rb"\)-?\d{1,2}\(", content))
    if kerned < 200:
        problems.append("pdf: too few kerns inside TJ arrays (%d)" % kerned)
    shown = units["upi-npci-payments-vision-beamer"]
    for unit in ("Outline", "NPCI and the UPI stack", "Practice"):
        if unit not in shown:
            problems.append("pdf: no %r line" % unit)
    foot = [u for u in shown if u.startswith("K. Iyer (Disha IAS) UPI & NPCI Sept 2025 ")]
    if len(foot) != 18:
        problems.append("pdf: the footline is read on %d pages, expected 18" % len(foot))
    note = open(os.path.join(ROOT, DOCS["upsc.economy.payments.cross-border"][0]), encoding="utf-8").read()
    fm = re.match(r"---\nid: [0-9a-z]{23}\ntitle: .+\ndesc: .*\nupdated: \d{13}\ncreated: \d{13}\n(.|\n)*?---\n", note)
    if not fm:
        problems.append("dendron: front matter is not id/title/desc/updated/created")
    for mark, what in (("![[", "note reference"), ("[[", "wikilink"), ("|upsc.", "aliased wikilink"),
                       ("\n## Backlinks\n", "Backlinks block"), ("\n> [!NOTE]", "callout"),
                       ("\n### ", "third-level heading"), ("\n| --- ", "table"), (" ^upi-seven", "block anchor"),
                       (" #upsc.", "hashtag")):
        if mark not in note and not (mark == "\n| --- " and "\n| ---" in note):
            problems.append("dendron: no %s" % what)


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
    check_shapes(units, problems)
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
            if not isinstance(sec, list) or not sec or not all(isinstance(s, str) for s in sec):
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
