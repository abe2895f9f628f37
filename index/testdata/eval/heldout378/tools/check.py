#!/usr/bin/python3
"""Check the heldout378 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Canva .pdf: the objects are read from the file, the page content streams inflated and run
    through a small text interpreter (BT/ET, Tf, Tm, Td, Tj, TJ); glyph ids are turned into text
    with each Type0 font's ToUnicode CMap and positions advanced with its /W widths. One unit per
    text line: a new unit at every BT and wherever the baseline moves; on the same baseline a gap
    wider than a fifth of the font size becomes a space (the bullet and its text, letter-spaced
    labels stay whole);
  - PIB .html: one unit per block element's visible text (script and style skipped);
  - Word .docx: one unit per w:p of word/document.xml and word/footer1.xml, w:t text with w:tab as
    a tab; the text box's paragraphs are read once, from mc:Choice (mc:Fallback, Word's VML copy
    of the same text box, is skipped), each as its own unit, not as part of its anchor paragraph.
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there (the
    PDF's Canva Info, Type0 / Identity-H fonts with ToUnicode and embedded TrueType, SMask images,
    link annotation, two landscape pages with text in all three panels, display sizes, TJ kerning,
    no page numbers; the PIB page's saved-from comment, ASP.NET view state, language menu,
    ministry and Posted On lines, centred bold headings, Key Takeaways and MSP tables, "Post
    Released by", Release ID and "Read this release in"; the .docx's Word properties, Heading 1 /
    Heading 2 styles, numbering.xml bullet and decimal lists in use, a table with a repeated
    header row, the "Prelims Pointer" text box in mc:Choice and mc:Fallback, and the footer with
    the institute's name and a PAGE field);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_pdf.py, tools/make_pib.py and tools/make_docx.py re-make the documents byte for
    byte (each is run into a temporary file, the committed file is never touched).
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
import xml.etree.ElementTree as ET
import zipfile
import zlib

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "shree-anna-millets-brochure": ("docs/shree-anna-millets-brochure.pdf", "make_pdf.py"),
    "shree-anna-pib-backgrounder": ("docs/shree-anna-pib-backgrounder.html", "make_pib.py"),
    "millets-msp-procurement-pds-handout": ("docs/millets-msp-procurement-pds-handout.docx", "make_docx.py"),
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------ PDF
TOKEN = re.compile(rb"\s*(?:(<<|>>|\[|\]|\{|\})|(/[^\s/<>\[\]()%{}]*)|(\((?:\\.|[^\\)])*\))|(<[0-9A-Fa-f\s]*>)|"
                   rb"([+-]?(?:\d+\.?\d*|\.\d+))|([A-Za-z'\"*][A-Za-z0-9'\"*]*)|(%[^\n]*))", re.S)


def parse_obj(data, pos=0):
    """Parse one PDF object from bytes; returns (value, next pos). Refs as ('R', n), strings
    as ('S', bytes)."""
    stack = [[]]
    p = pos
    while True:
        m = TOKEN.match(data, p)
        if not m:
            break
        p = m.end()
        d, name, s, hx, n, kw, cm = m.groups()
        if cm:
            continue
        if d in (b"<<", b"["):
            stack.append([d])
            continue
        if d in (b">>", b"]"):
            items = stack.pop()
            kind, items = items[0], items[1:]
            if kind == b"<<":
                val = {items[i]: items[i + 1] for i in range(0, len(items) - 1, 2)}
            else:
                val = items
            stack[-1].append(val)
        elif name is not None:
            stack[-1].append(name.decode("latin-1"))
        elif s is not None:
            stack[-1].append(("S", unescape(s[1:-1])))
        elif hx is not None:
            stack[-1].append(("S", bytes.fromhex(re.sub(rb"\s", b"", hx[1:-1]).decode())))
        elif n is not None:
            stack[-1].append(float(n) if b"." in n else int(n))
        elif kw is not None:
            if kw == b"R":
                stack[-1].pop()
                ref = stack[-1].pop()
                stack[-1].append(("R", ref))
            elif kw in (b"stream", b"endobj"):
                break
            else:
                stack[-1].append(kw.decode())
        if len(stack) == 1 and stack[0] and not (len(stack[0]) and isinstance(stack[0][-1], int)):
            break
    return (stack[0][-1] if stack[0] else None), p


def unescape(b):
    out, i = bytearray(), 0
    while i < len(b):
        c = b[i]
        if c == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            i += 2
            if n in b"nrtbf":
                out.append({110: 10, 114: 13, 116: 9, 98: 8, 102: 12}[n])
            elif 0x30 <= n <= 0x37:
                j = i - 1
                k = j
                while k < len(b) and k < j + 3 and 0x30 <= b[k] <= 0x37:
                    k += 1
                out.append(int(b[j:k], 8) & 255)
                i = k
            elif n in b"\r\n":
                pass
            else:
                out.append(n)
        else:
            out.append(c)
            i += 1
    return bytes(out)


class PDFDoc:
    def __init__(self, data):
        self.data = data
        self.objs = {}
        for m in re.finditer(rb"(\d+) 0 obj\s*", data):
            self.objs[int(m.group(1))] = m.end()

    def get(self, v):
        while isinstance(v, tuple) and v[0] == "R":
            v = self.obj(v[1])
        return v

    def obj(self, n):
        return parse_obj(self.data, self.objs[n])[0]

    def stream(self, n):
        start = self.objs[n]
        d = self.obj(n)
        m = re.compile(rb"stream\r?\n").search(self.data, start)
        length = self.get(d["/Length"])
        raw = self.data[m.end():m.end() + length]
        if d.get("/Filter") == "/FlateDecode":
            raw = zlib.decompress(raw)
        return raw

    def pages(self):
        trailer = self.data[self.data.rfind(b"trailer"):]
        root = parse_obj(trailer, trailer.find(b"<<"))[0]["/Root"]
        cat = self.get(root)
        out = []
        def walk(node):
            node = self.get(node)
            if node.get("/Type") == "/Pages":
                for k in node["/Kids"]:
                    walk(k)
            else:
                out.append(node)
        walk(cat["/Pages"])
        return out


def cmap_of(doc, font):
    tu = font.get("/ToUnicode")
    m = {}
    if not tu:
        return m, 1
    text = doc.stream(tu[1]).decode("latin-1")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for a, b in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            m[int(a, 16)] = bytes.fromhex(b).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for a, b, c in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            base = int(c, 16)
            for i, code in enumerate(range(int(a, 16), int(b, 16) + 1)):
                m[code] = chr(base + i)
    return m, 2 if font.get("/Subtype") == "/Type0" else 1


def widths_of(doc, font):
    w = {}
    if font.get("/Subtype") == "/Type0":
        cid = doc.get(font["/DescendantFonts"][0])
        arr = doc.get(cid.get("/W", []))
        i = 0
        while i < len(arr):
            a = arr[i]
            if isinstance(arr[i + 1], list):
                for j, v in enumerate(arr[i + 1]):
                    w[a + j] = v
                i += 2
            else:
                for c in range(a, arr[i + 1] + 1):
                    w[c] = arr[i + 2]
                i += 3
    return w


CT = re.compile(rb"\s*(?:(\[)|(\])|(<<.*?>>)|(/[^\s/<>\[\]()]*)|(\((?:\\.|[^\\)])*\))|(<[0-9A-Fa-f\s]*>)|"
                rb"([+-]?(?:\d+\.?\d*|\.\d+))|([A-Za-z'\"*][A-Za-z0-9'\"*]*))", re.S)


def page_lines(doc, page):
    """Text lines of one page in content-stream order: a new line at BT and wherever the
    text position moves to another baseline; a gap of more than a fifth of the font size on
    the same baseline becomes a space."""
    res = doc.get(page.get("/Resources", {}))
    fonts = {}
    for name, ref in doc.get(res.get("/Font", {})).items():
        f = doc.get(ref)
        fonts[name] = (cmap_of(doc, f), widths_of(doc, f))
    cont = page["/Contents"]
    data = b"".join(doc.stream(c[1]) for c in (cont if isinstance(cont, list) else [cont]))
    lines, cur = [], []
    operands = []
    font, size = None, 10
    x = y = 0.0
    line_y, end_x = None, None

    def show(items):
        nonlocal x, cur, end_x, line_y
        (cmap, nbytes), widths = fonts[font]
        if line_y is not None and abs(y - line_y) > 0.5:
            flush()
        if end_x is not None and cur and x - end_x > size * 0.2:
            cur.append(" ")
        line_y = y
        for it in items:
            if isinstance(it, (int, float)):
                x -= it / 1000 * size
                continue
            b = it
            for i in range(0, len(b), nbytes):
                code = int.from_bytes(b[i:i + nbytes], "big")
                cur.append(cmap.get(code, ""))
                x += widths.get(code, 0) / 1000 * size
        end_x = x

    def flush():
        nonlocal cur, end_x
        t = ws("".join(cur))
        if t:
            lines.append(t)
        cur, end_x = [], None

    for m in CT.finditer(data):
        lb, rb_, dct, name, s, hx, n, kw = m.groups()
        if lb:
            operands.append("[")
        elif rb_:
            arr = []
            while operands and operands[-1] != "[":
                arr.insert(0, operands.pop())
            operands.pop()
            operands.append(arr)
        elif name is not None:
            operands.append(name.decode())
        elif s is not None:
            operands.append(unescape(s[1:-1]))
        elif hx is not None:
            operands.append(bytes.fromhex(re.sub(rb"\s", b"", hx[1:-1]).decode()))
        elif n is not None:
            operands.append(float(n))
        elif kw is not None:
            op = kw.decode()
            if op == "BT":
                flush()
                x = y = 0.0
                line_y = None
            elif op == "Tf":
                font, size = operands[-2], operands[-1]
            elif op == "Tm":
                x, y = operands[-2], operands[-1]
            elif op in ("Td", "TD"):
                x, y = x + operands[-2], y + operands[-1]
            elif op == "Tj" or op == "'":
                show([operands[-1]])
            elif op == "TJ":
                show(operands[-1])
            elif op == "ET":
                pass
            operands = []
    flush()
    return lines


def pdf_units(path):
    doc = PDFDoc(open(path, "rb").read())
    out = []
    for p in doc.pages():
        out += page_lines(doc, p)
    return out


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

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


# ------------------------------------------------------------------ DOCX
def part_units(root):
    out = []

    def walk_p(p):
        parts, nested = [], []

        def rec(el):
            for ch in el:
                if ch.tag == MC + "Fallback":
                    continue
                if ch.tag == W + "p":
                    nested.append(ch)
                    continue
                if ch.tag == W + "t":
                    parts.append(ch.text or "")
                elif ch.tag == W + "tab":
                    parts.append("\t")
                elif ch.tag in (W + "br", W + "cr"):
                    parts.append("\n")
                rec(ch)
        rec(p)
        t = ws("".join(parts))
        if t:
            out.append(t)
        for n in nested:
            walk_p(n)

    def walk(el):
        for ch in el:
            if ch.tag == MC + "Fallback":
                continue
            if ch.tag == W + "p":
                walk_p(ch)
            else:
                walk(ch)
    walk(root)
    return out


def docx_units(full):
    with zipfile.ZipFile(full) as z:
        return (part_units(ET.fromstring(z.read("word/document.xml"))) +
                part_units(ET.fromstring(z.read("word/footer1.xml"))))


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full)
    if path.endswith(".docx"):
        return docx_units(full)
    p = Blocks()
    p.feed(open(full, encoding="utf-8").read())
    p.flush()
    return p.units


# ------------------------------------------------------------------ format marks
def check_pdf(units, problems):
    full = os.path.join(ROOT, DOCS["shree-anna-millets-brochure"][0])
    data = open(full, "rb").read()
    doc = PDFDoc(data)
    pages = doc.pages()
    streams = [b"".join(doc.stream(c[1]) for c in ([p["/Contents"]] if not isinstance(p["/Contents"], list)
                                                   else p["/Contents"])) for p in pages]
    allc = b"\n".join(streams)
    needs = [(data.startswith(b"%PDF-1.4"), "PDF 1.4 header"),
             (b"/Creator (Canva)" in data and b"/Producer (Canva)" in data, "Canva as Creator and Producer"),
             (re.search(rb"/Keywords \(DA[A-Za-z0-9_-]+,BA[A-Za-z0-9_-]+\)", data) is not None, "design / brand ids"),
             (b"/Subtype /Type0" in data and b"/Encoding /Identity-H" in data, "Type0 Identity-H fonts"),
             (b"/Subtype /CIDFontType2" in data and b"/FontFile2" in data, "embedded TrueType subsets"),
             (b"/ToUnicode" in data, "ToUnicode CMaps"),
             (b"/Subtype /Image" in data and b"/SMask" in data, "icons as images with a soft mask"),
             (b"/Subtype /Link" in data and b"/S /URI" in data, "a link annotation"),
             (len(pages) == 2, "two pages (outside and inside)"),
             (all(doc.get(p["/MediaBox"])[2] > doc.get(p["/MediaBox"])[3] for p in pages), "landscape pages"),
             (re.search(rb"/F\d+ (3\d|4\d)(\.\d+)? Tf", allc) is not None, "large display type"),
             (re.search(rb"\[<[0-9A-F]+> -?\d", allc) is not None, "TJ kerning / tracking"),
             (b"1 0 0 -1 0 612 cm" in allc, "the y-flipped page space")]
    for ok, what in needs:
        if not ok:
            problems.append("pdf: no %s" % what)
    for i, s in enumerate(streams):
        xs = [float(m.group(1)) for m in re.finditer(rb"1 0 0 -1 ([\d.]+) [\d.]+ Tm", s)]
        if not all(any(lo <= x < lo + 264 for x in xs) for lo in (0, 264, 528)):
            problems.append("pdf: page %d lacks text in one of its three panels" % (i + 1))
    if any(re.match(r"^(page )?\d{1,3}$", u, re.I) for u in units):
        problems.append("pdf: a page number line")


def check_pib(units, problems):
    page = open(os.path.join(ROOT, DOCS["shree-anna-pib-backgrounder"][0]), encoding="utf-8").read()
    for mark, what in (("<!-- saved from url=(", "Chrome's saved-from comment"),
                       ('id="__VIEWSTATE"', "ASP.NET view state"),
                       ('id="ddlLanguage"', "the language menu"),
                       ('id="MinistryName"', "the ministry line"),
                       ('id="PrDateTime"', "the date line"),
                       ('innner-page-main-about-us-content-right-part', "PIB's release container"),
                       ('<p style="text-align:center"><span style="color:#c0392b"><strong>', "centred bold headings"),
                       ('class="Table"', "the MSP table"), ("Key Takeaways", "the Key Takeaways box"),
                       ("Click here to see PDF", "the PDF link")):
        if mark not in page:
            problems.append("pib: no %s" % what)
    menu = re.search(r'id="ddlLanguage">(.*?)</ul>', page, re.S)
    if not menu or menu.group(1).count("<li>") < 10:
        problems.append("pib: language menu too short")
    for start in ("Ministry of Agriculture & Farmers Welfare", "Posted On:", "Post Released by:", "(Release ID:",
                  "Read this release in:"):
        if not any(u.startswith(start) for u in units):
            problems.append("pib: no %r line" % start)


def check_docx(units, problems):
    full = os.path.join(ROOT, DOCS["millets-msp-procurement-pds-handout"][0])
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for part in ("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                     "word/numbering.xml", "word/settings.xml", "word/footer1.xml", "word/fontTable.xml",
                     "word/theme/theme1.xml", "docProps/core.xml", "docProps/app.xml"):
            if part not in names:
                problems.append("docx: missing part %s" % part)
        for info in z.infolist():
            ET.fromstring(z.read(info.filename))
        doc = z.read("word/document.xml").decode("utf-8")
        app = z.read("docProps/app.xml").decode("utf-8")
        numbering = z.read("word/numbering.xml").decode("utf-8")
        ftr = z.read("word/footer1.xml").decode("utf-8")
    needs = [("<Application>Microsoft Office Word</Application>" in app, "Word app properties"),
             ('w:pStyle w:val="Heading1"' in doc and 'w:pStyle w:val="Heading2"' in doc, "Heading 1 / 2 styles"),
             ('w:numFmt w:val="decimal"' in numbering and 'w:numFmt w:val="bullet"' in numbering, "numbering.xml lists"),
             ('<w:numId w:val="2"/>' in doc and '<w:numId w:val="1"/>' in doc, "numbered and bulleted paragraphs"),
             ("<w:tbl>" in doc and "<w:tblHeader/>" in doc, "a table with a header row"),
             ("<mc:Choice Requires=\"wps\">" in doc and "<mc:Fallback>" in doc and "txbxContent" in doc
              and "Prelims Pointer" in doc, "the Prelims Pointer text box"),
             ("Sopan IAS Academy" in ftr and "PAGE" in ftr, "a footer with the institute and a PAGE field"),
             ("w:proofErr" in doc, "spelling-checker marks")]
    for ok, what in needs:
        if not ok:
            problems.append("docx: no %s" % what)
    if sum(1 for u in units if u == "Prelims Pointer") != 1:
        problems.append("docx: the text box should be read exactly once")


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
    check_pdf(units["shree-anna-millets-brochure"], problems)
    check_pib(units["shree-anna-pib-backgrounder"], problems)
    check_docx(units["millets-msp-procurement-pds-handout"], problems)
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
