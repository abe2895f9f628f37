#!/usr/bin/python3
"""Check the heldout375 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Word PDF: the page tree is followed from the last trailer (through /Prev to the classic xref
    table), each page's FlateDecode content stream is decoded, and the text shown by TJ / Tj
    inside BT ... ET is decoded with WinAnsiEncoding; one unit per text line: pieces shown one
    after another on the same baseline (within 4.5 pt, so superscript note numbers stay on
    their line) and running rightwards join, with a space where the gap between them (from the
    font's /Widths) is wider than 1 pt. The two columns of page 1, each table cell and each chart
    label are therefore lines of their own, as pdftotext -raw would give them;
  - saved web page .html: one unit per block element's visible text (script, style, svg,
    noscript and template skipped);
  - Google Docs .docx: one unit per w:p of word/document.xml (body paragraphs, list items, table
    cell paragraphs, the title and the Contents entries), w:t text with w:tab as a tab, so the
    inserted text of the tracked change is read and its deleted text (w:delText) is not.
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (listed in check_marks);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_pdf.py, tools/make_webpage.py and tools/make_gdocx.py re-make the documents byte
    for byte (each is run into a temporary file, the committed file is never touched).
Run: /usr/bin/python3 tools/check.py          (add --units NAME to print a document's units)
"""
import hashlib
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
import zlib

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "committee-scrutiny-vital-stats": ("docs/committee-scrutiny-vital-stats.pdf", "make_pdf.py"),
    "jpc-one-nation-one-election-daily-news": ("docs/jpc-one-nation-one-election-daily-news.html",
                                               "make_webpage.py"),
    "parliamentary-committees-group-notes": ("docs/parliamentary-committees-group-notes.docx",
                                             "make_gdocx.py"),
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "blockquote", "hr", "option", "select"}
SKIP = {"script", "style", "svg", "noscript", "template", "iframe"}
WINANSI = {0x80: "\u20ac", 0x91: "\u2018", 0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d",
           0x95: "\u2022", 0x96: "\u2013", 0x97: "\u2014", 0x85: "\u2026"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ PDF

class PDF:
    def __init__(self, data):
        self.data = data
        self.offsets = {}
        at = data.rindex(b"startxref")
        pos = int(data[at + 9:].split()[0])
        while pos is not None:
            pos = self.read_xref(pos)

    def read_xref(self, pos):
        d = self.data
        if not d.startswith(b"xref", pos):
            raise ValueError("only classic xref tables are read (hybrid files keep one)")
        p = pos + 4
        while True:
            m = re.compile(rb"\s*(\d+) (\d+)\s*").match(d, p)
            if not m:
                break
            start, count = int(m.group(1)), int(m.group(2))
            p = m.end()
            for k in range(count):
                entry = d[p:p + 20]
                off, gen, kind = entry[:10], entry[11:16], entry[17:18]
                if kind == b"n" and start + k not in self.offsets:
                    self.offsets[start + k] = int(off)
                p += 20
        t = d.index(b"trailer", p)
        end = d.index(b"startxref", t)
        trailer = d[t:end]
        if not hasattr(self, "root"):
            self.root = int(re.search(rb"/Root (\d+) 0 R", trailer).group(1))
        m = re.search(rb"/Prev (\d+)", trailer)
        return int(m.group(1)) if m else None

    def obj(self, n):
        off = self.offsets[n]
        m = re.compile(rb"(\d+) 0 obj\s*").match(self.data, off)
        start = m.end()
        end = self.data.index(b"endobj", start)
        return self.data[start:end]

    def stream(self, n):
        body = self.obj(n)
        dic, _, rest = body.partition(b"stream")
        rest = rest.lstrip(b"\r\n") if rest.startswith(b"\r\n") or rest.startswith(b"\n") else rest
        ln = int(re.search(rb"/Length (\d+)", dic).group(1))
        raw = rest[:ln]
        if b"/FlateDecode" in dic:
            raw = zlib.decompress(raw)
        return dic, raw

    def pages(self):
        cat = self.obj(self.root)
        pages = int(re.search(rb"/Pages (\d+) 0 R", cat).group(1))
        out = []

        def walk(n):
            o = self.obj(n)
            if re.search(rb"/Type\s*/Pages", o):
                kids = re.search(rb"/Kids\s*\[([^\]]*)\]", o).group(1)
                for k in re.findall(rb"(\d+) 0 R", kids):
                    walk(int(k))
            else:
                out.append(o)
        walk(pages)
        return out

    def fonts(self, page):
        fonts = {}
        fd = re.search(rb"/Font\s*<<(.*?)>>", page, re.S).group(1)
        for name, n in re.findall(rb"/(\w+) (\d+) 0 R", fd):
            o = self.obj(int(n))
            first = int(re.search(rb"/FirstChar (\d+)", o).group(1))
            wref = re.search(rb"/Widths (\d+) 0 R", o)
            arr = self.obj(int(wref.group(1))) if wref else re.search(rb"/Widths\s*(\[[^\]]*\])", o).group(1)
            widths = [float(x) for x in re.findall(rb"-?\d+(?:\.\d+)?", arr)]
            fonts[name.decode()] = (first, widths)
        return fonts


TOK = re.compile(rb"\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>|\[|\]|/[^\s/\[\]()<>]+|-?\d*\.?\d+|[A-Za-z'\"*]+|<<|>>")


def pdf_string(tok):
    out, i, s = bytearray(), 1, tok
    while i < len(s) - 1:
        c = s[i]
        if c == 0x5C:
            i += 1
            e = s[i]
            if e in b"nrtbf":
                out.append({110: 10, 114: 13, 116: 9, 98: 8, 102: 12}[e])
            elif 0x30 <= e <= 0x37:
                j = i
                while j < i + 3 and 0x30 <= s[j] <= 0x37:
                    j += 1
                out.append(int(s[i:j], 8) & 0xFF)
                i = j - 1
            else:
                out.append(e)
        else:
            out.append(c)
        i += 1
    return bytes(out)


def winansi(b):
    return "".join(WINANSI.get(c, chr(c)) for c in b)


def pdf_units(path):
    return [t for _, _, _, t in pdf_lines(path)]


def pdf_lines(path):
    """(page number, x, y, text) of every text line, in content-stream order."""
    pdf = PDF(open(path, "rb").read())
    units = []
    for pno, page in enumerate(pdf.pages(), 1):
        fonts = pdf.fonts(page)
        cn = int(re.search(rb"/Contents (\d+) 0 R", page).group(1))
        _, content = pdf.stream(cn)
        font, size, x, y = None, 10.0, 0.0, 0.0
        line, ly, lx_end = None, None, None
        stack = []

        lx0 = 0.0

        def flush():
            nonlocal line
            if line is not None:
                t = ws(line)
                if t:
                    units.append((pno, lx0, ly, t))
            line = None

        def show(b):
            nonlocal line, ly, lx_end, x, lx0
            text = winansi(b)
            first, widths = fonts[font]
            w = sum(widths[c - first] if 0 <= c - first < len(widths) else 0 for c in b) * size / 1000.0
            if line is not None and abs(y - ly) <= 4.5 and x >= lx_end - 1.0:
                if x - lx_end > 1.0 and not line.endswith(" ") and not text.startswith(" "):
                    line += " "
                line += text
            else:
                flush()
                line, ly, lx0 = text, y, x
            lx_end = x + w
            x += w

        for m in TOK.finditer(content):
            tok = m.group(0)
            if tok in (b"[", b"<<", b">>"):
                stack.append(tok)
                continue
            if tok == b"]":
                # a TJ array: collect back to "["
                arr = []
                while stack and stack[-1] != b"[":
                    arr.append(stack.pop())
                if stack:
                    stack.pop()
                stack.append(("arr", list(reversed(arr))))
                continue
            if tok[:1] in b"(<" and tok != b"<<":
                stack.append(("str", pdf_string(tok) if tok[:1] == b"(" else bytes.fromhex(tok[1:-1].decode())))
                continue
            if re.match(rb"-?\d*\.?\d+$", tok) or tok.startswith(b"/"):
                stack.append(tok)
                continue
            op = tok
            if op == b"Tf":
                size = float(stack[-1])
                font = stack[-2].decode()[1:]
            elif op == b"Tm":
                x, y = float(stack[-2]), float(stack[-1])
            elif op == b"Td":
                x, y = x + float(stack[-2]), y + float(stack[-1])
            elif op == b"Tj":
                show(stack[-1][1])
            elif op == b"TJ":
                for item in stack[-1][1]:
                    if isinstance(item, tuple):
                        show(item[1])
                    else:
                        x -= float(item) * size / 1000.0
            stack = []
        flush()
    return units


# ------------------------------------------------------------------ HTML

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


def html_units(path):
    p = Blocks()
    p.feed(open(path, encoding="utf-8").read())
    p.close()
    p.flush()
    return p.units


# ------------------------------------------------------------------ DOCX

def docx_units(path):
    with zipfile.ZipFile(path) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []
    for p in root.iter(W + "p"):
        parts = []
        for el in p.iter():
            if el.tag == W + "t":
                parts.append(el.text or "")
            elif el.tag == W + "tab":
                parts.append("\t")
            elif el.tag in (W + "br", W + "cr"):
                parts.append("\n")
        t = ws("".join(parts))
        if t:
            out.append(t)
    return out


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full)
    if path.endswith(".html"):
        return html_units(full)
    return docx_units(full)


# ------------------------------------------------------------------ checks

def check_marks(problems):
    """Each format's marks, as its application or site writes them."""
    name = "committee-scrutiny-vital-stats"
    path = os.path.join(ROOT, DOCS[name][0])
    data = open(path, "rb").read()
    pdf = PDF(data)
    info = pdf.obj(int(re.search(rb"/Info (\d+) 0 R", data[data.rindex(b"trailer"):]).group(1)))
    lines = pdf_lines(path)
    pages = pdf.pages()
    contents = b"".join(pdf.stream(int(re.search(rb"/Contents (\d+) 0 R", p).group(1)))[1] for p in pages)
    page1_x = sorted({round(x) for pg, x, y, t in lines if pg == 1 and len(t.split()) > 4})
    needs = [
        (data.startswith(b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5\r\n"), "Word's PDF header and binary comment"),
        ("Microsoft\u00ae Word".encode("utf-16-be") in info, "Creator/Producer Microsoft(R) Word (UTF-16)"),
        (b"/StructTreeRoot" in data and b"/MarkInfo<</Marked true>>" in data, "tagged PDF (structure tree)"),
        (b"/Type/ObjStm" in data and b"/XRefStm" in data and data.count(b"startxref") == 2,
         "hybrid xref (classic table plus XRef stream for an object stream)"),
        (b"/FontFile2" in data and b"/WinAnsiEncoding" in data and b"+ArialMT" in data, "embedded TrueType subsets"),
        (b"/Type/Metadata/Subtype/XML" in data, "XMP metadata"),
        (len(pages) >= 3, "three or more pages"),
        (any(abs(x - 50.4) < 1 for x in page1_x) and any(abs(x - 308.4) < 1 for x in page1_x),
         "two columns of text on page 1"),
        (b"0.122 0.306 0.475 rg" in contents, "the blue heading band"),
        (contents.count(b"0.267 0.447 0.769 rg") >= 4, "a bar chart (four bars)"),
        (any(t.startswith("Figure 1:") for *_, t in lines), "a figure caption"),
        (sum(1 for *_, t in lines if re.match(r"Table \d:", t)) >= 2, "two tables"),
        (sum(1 for *_, t in lines if re.match(r"\d [A-Z]", t) and ("Sabha" in t or "Rules" in t)) >= 4,
         "footnotes at the foot of the pages"),
        (sum(1 for *_, t in lines if re.match(r"Sources?: ", t)) >= 2, "source lines"),
        (all(any(pg == n and t.endswith("www.slrindia.org %d" % n) for pg, _, _, t in lines)
             for n in range(1, len(pages) + 1)), "footers with page numbers"),
        (b"/Artifact BMC" in contents, "headers and footers as artifacts"),
    ]
    for ok, what in needs:
        if not ok:
            problems.append("pdf: no %s" % what)

    name = "jpc-one-nation-one-election-daily-news"
    page = open(os.path.join(ROOT, DOCS[name][0]), encoding="utf-8").read()
    shown = html_units(os.path.join(ROOT, DOCS[name][0]))
    for mark, what in (("<!DOCTYPE html>\n<!-- saved from url=(", "Chrome's saved-from comment"),
                       ('<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">', "Chrome's charset meta"),
                       ("_files/", "resources in the _files folder"),
                       ('class="header-wrapper sticky"', "sticky header"),
                       ('<nav class="main-nav"', "menu"),
                       ("<strong>For Prelims:</strong>&nbsp;", "For Prelims tag line"),
                       ("<strong>For Mains:</strong>&nbsp;", "For Mains tag line"),
                       ("<h2><strong>Why in News?</strong></h2>", "Why in News? h2"),
                       ("<h3><strong>", "h3 subheads"),
                       ("\t<ul>\n\t\t<li>", "nested CKEditor lists"),
                       ('<div class="border-bg">', "mains question box"),
                       ("Previous Year Question (PYQ)</strong></h2>", "PYQ section"),
                       ('<div class="social-shares">', "share bar"),
                       ('<footer class="footer">', "footer")):
        if mark not in page:
            problems.append("html: no %s" % what)
    for unit in ("For Prelims:", "For Mains:", "Why in News?", "Ans: (b)", "Source: TH"):
        if not any(u.startswith(unit) for u in shown):
            problems.append("html: no %r line" % unit)

    name = "parliamentary-committees-group-notes"
    with zipfile.ZipFile(os.path.join(ROOT, DOCS[name][0])) as z:
        names = z.namelist()
        for info_ in z.infolist():
            ET.fromstring(z.read(info_.filename))
            if info_.date_time != (1980, 1, 1, 0, 0, 0):
                problems.append("docx: %s not stamped 1980-01-01" % info_.filename)
        doc = z.read("word/document.xml").decode("utf-8")
        styles = z.read("word/styles.xml").decode("utf-8")
        numbering = z.read("word/numbering.xml").decode("utf-8")
    anchors = set(re.findall(r'w:anchor="([^"]+)"', doc))
    bookmarks = set(re.findall(r'w:bookmarkStart [^>]*w:name="([^"]+)"', doc))
    units = docx_units(os.path.join(ROOT, DOCS[name][0]))
    ri = units.index("Recent developments", units.index("Recent developments") + 1)
    dated = [u for u in units[ri + 1:] if re.match(r"(\d{1,2} )?[A-Z][a-z]{2,3}e? \d{4} \u2013 ", u)]
    needs = [
        (not any(n.startswith("docProps/") for n in names) and names[-1] == "[Content_Types].xml",
         "Google's part list (no docProps, content types last)"),
        ('w:rsidR="00000000"' in doc and 'w14:paraId="00000001"' in doc and '<w:rtl w:val="0"/>' in doc,
         "Google's rsid, paraId and rtl habits"),
        ('<w:pStyle w:val="Title"/>' in doc and '<w:pStyle w:val="Subtitle"/>' in doc, "Title and Subtitle"),
        ('<w:pStyle w:val="Heading1"/>' in doc and '<w:pStyle w:val="Heading2"/>' in doc
         and '<w:name w:val="heading 1"/>' in styles, "Google heading styles"),
        ('w:docPartGallery w:val="Table of Contents"' in doc and "TOC \\h \\u \\z" in doc
         and anchors and anchors <= bookmarks and all(a.startswith("_heading=h.") for a in anchors),
         "linked table of contents"),
        ('<w:numFmt w:val="decimal"/>' in numbering and '<w:numFmt w:val="bullet"/>' in numbering
         and "<w:numPr>" in doc, "numbered and bulleted lists"),
        ("<w:tbl>" in doc and 'w:w="9025.511811023624"' in doc, "a table with Google's widths"),
        (re.search(r'<w:del w:id="\d+" w:author="[^"]+" w:date="[^"]+">', doc) is not None
         and re.search(r'<w:ins w:id="\d+" w:author="[^"]+" w:date="[^"]+">', doc) is not None
         and "<w:delText" in doc, "a suggestion kept as tracked change"),
        (len(dated) >= 10, "a Recent developments section with dated bullets"),
        ('w:h="16834" w:w="11909"' in doc, "Google's A4 page"),
    ]
    for ok, what in needs:
        if not ok:
            problems.append("docx: no %s" % what)


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
    check_marks(problems)
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
                if not any(ws(a) in u for u in units[name]):
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


if __name__ == "__main__" and "--units" in sys.argv:
    name = sys.argv[sys.argv.index("--units") + 1]
    for u in units_of(DOCS[name][0]):
        print(u)
    sys.exit(0)
elif __name__ == "__main__":
    sys.exit(main())
