#!/usr/bin/python3
"""Check the heldout381 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - InDesign PDF: one unit per text line, read from the content streams (text matrices, TD
    moves and TJ arrays) and decoded through each font's ToUnicode CMap (the f_i / f_l
    ligature codes come out as "fi" / "fl"); a new unit starts at every BT and whenever the
    baseline moves, so the running foot, the margin notes and the "Reprint" stamp are units too;
  - Wikipedia .html: one unit per block element's visible text (script, style and svg skipped;
    menus, table of contents, infobox cells, [edit] links, references and navboxes included);
  - calibre EPUB: the spine's XHTML files in order (container.xml -> content.opf -> spine),
    one unit per block element (p, h1/h2, li, blockquote, aside ...).
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (PDF: header and %%EOF, xref table, Adobe InDesign creator and Adobe PDF Library producer,
    XMP metadata, PageLabels, PieceInfo, Flate content streams, MinionPro/MyriadPro fonts with
    ToUnicode CMaps and f_i ligatures, an image XObject, running feet with page numbers,
    "Source", "Let's imagine", "Elsewhere" and exercise headings; HTML: Vector 2022 classes,
    RLCONF, vector-toc, infobox vevent, mw-heading divs with mw-editsection, cite_note
    references, citation needed, wikitable, See also, reflist, navboxes, catlinks, footer;
    EPUB: stored first "mimetype", container.xml, EPUB 3 content.opf with calibre metadata,
    nav.xhtml with properties="nav", toc.ncx, two spine files named index_split_00N.html,
    calibre class names, noteref links and footnote asides);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_pdf.py, tools/make_wikipedia.py and tools/make_epub.py re-make the documents
    byte for byte (each is run into a temporary file, the committed file is never touched).
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
    "tribal-revolts-textbook-chapter": ("docs/tribal-revolts-textbook-chapter.pdf", "make_pdf.py"),
    "santal-rebellion-wikipedia": ("docs/santal-rebellion-wikipedia.html", "make_wikipedia.py"),
    "ulgulan-cnt-act-epub-chapter": ("docs/ulgulan-cnt-act-epub-chapter.epub", "make_epub.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "blockquote", "hr"}
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

    def handle_startendtag(self, tag, attrs):
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


def html_units(text):
    p = Blocks()
    p.feed(text)
    p.flush()
    return p.units


# ---------------------------------------------------------------- PDF reading
WS = b" \t\r\n\f\x00"
DELIM = b"()<>[]{}/%"
class Ref(tuple):
    pass


class Name(str):
    pass


class Op(str):
    pass


def tokens(data, pos=0):
    n = len(data)
    while pos < n:
        c = data[pos:pos + 1]
        if c in (b" ", b"\t", b"\r", b"\n", b"\f", b"\x00"):
            pos += 1
        elif c == b"%":
            while pos < n and data[pos:pos + 1] not in (b"\r", b"\n"):
                pos += 1
        elif c == b"/":
            e = pos + 1
            while e < n and data[e:e + 1] not in WS and data[e:e + 1] not in DELIM:
                e += 1
            raw = data[pos + 1:e]
            name = re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), raw)
            yield Name(name.decode("latin-1")), e
            pos = e
        elif c == b"(":
            depth, e, out = 1, pos + 1, bytearray()
            while depth:
                ch = data[e]
                if ch == 0x5C:
                    nx = data[e + 1]
                    if 0x30 <= nx <= 0x37:
                        m = re.match(rb"[0-7]{1,3}", data[e + 1:e + 4])
                        out.append(int(m.group(0), 8) & 255)
                        e += 1 + len(m.group(0))
                        continue
                    out += {0x6E: b"\n", 0x72: b"\r", 0x74: b"\t", 0x62: b"\b", 0x66: b"\f"}.get(nx, bytes([nx])) if nx not in (0x0A, 0x0D) else b""
                    e += 2
                    continue
                if ch == 0x28:
                    depth += 1
                elif ch == 0x29:
                    depth -= 1
                    if not depth:
                        break
                out.append(ch)
                e += 1
            yield bytes(out), e + 1
            pos = e + 1
        elif data[pos:pos + 2] == b"<<":
            yield Op("<<"), pos + 2
            pos += 2
        elif data[pos:pos + 2] == b">>":
            yield Op(">>"), pos + 2
            pos += 2
        elif c == b"<":
            e = data.index(b">", pos)
            hx = re.sub(rb"\s", b"", data[pos + 1:e])
            if len(hx) % 2:
                hx += b"0"
            yield bytes.fromhex(hx.decode("ascii")), e + 1
            pos = e + 1
        elif c in (b"[", b"]", b"{", b"}"):
            yield Op(c.decode()), pos + 1
            pos += 1
        else:
            e = pos
            while e < n and data[e:e + 1] not in WS and data[e:e + 1] not in DELIM:
                e += 1
            word = data[pos:e].decode("latin-1")
            if re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)", word):
                yield (float(word) if "." in word else int(word)), e
            else:
                yield Op(word), e
            pos = e


class Parser:
    """Objects from a token stream, with the look-ahead that 'n g R' references need."""

    def __init__(self, data, pos):
        self.it = tokens(data, pos)
        self.buf = []
        self.end = pos

    def next(self):
        if self.buf:
            tok = self.buf.pop(0)
        else:
            tok = next(self.it)
        self.end = tok[1]
        return tok[0]

    def peek(self, k):
        while len(self.buf) < k:
            self.buf.append(next(self.it))
        return self.buf[k - 1][0]

    def obj(self):
        tok = self.next()
        if isinstance(tok, Op):
            if tok == "<<":
                d = {}
                while True:
                    k = self.next()
                    if isinstance(k, Op) and k == ">>":
                        return d
                    d[k] = self.obj()
            if tok == "[":
                arr = []
                while True:
                    p = self.peek(1)
                    if isinstance(p, Op) and p == "]":
                        self.next()
                        return arr
                    arr.append(self.obj())
            if tok in ("true", "false"):
                return tok == "true"
            if tok == "null":
                return None
            return tok
        if isinstance(tok, int) and not isinstance(tok, bool):
            try:
                a, b = self.peek(1), self.peek(2)
            except StopIteration:
                return tok
            if isinstance(a, int) and isinstance(b, Op) and b == "R":
                self.next()
                self.next()
                return Ref((tok, a))
        return tok


class PDF:
    def __init__(self, data):
        self.data = data
        sx = data.rindex(b"startxref")
        xref = int(re.match(rb"startxref\s+(\d+)", data[sx:]).group(1))
        self.offsets = {}
        pos = xref + len(b"xref")
        m = re.compile(rb"\s*(\d+) (\d+)\s*").match(data, pos)
        while m:
            start, count = int(m.group(1)), int(m.group(2))
            pos = m.end()
            for i in range(count):
                row = data[pos:pos + 20]
                if row[17:18] == b"n":
                    self.offsets[start + i] = int(row[:10])
                pos += 20
            m = re.compile(rb"\s*(\d+) (\d+)\s*\r?\n").match(data, pos)
        t = data.index(b"trailer", pos)
        self.trailer = self.dict_at(t + len(b"trailer"))
        self.cache = {}

    def dict_at(self, pos):
        return Parser(self.data, pos).obj()

    def get(self, ref):
        if not isinstance(ref, Ref):
            return ref
        n = ref[0]
        if n in self.cache:
            return self.cache[n]
        pos = self.offsets[n]
        m = re.compile(rb"\d+\s+\d+\s+obj").match(self.data, pos)
        pos = m.end()
        p = Parser(self.data, pos)
        obj = p.obj()
        end = p.end
        rest = self.data[end:end + 20]
        ms = re.match(rb"\s*stream\r?\n", rest)
        if ms and isinstance(obj, dict):
            start = end + ms.end()
            length = self.get(obj["Length"])
            raw_stream = self.data[start:start + length]
            filt = obj.get("Filter")
            if filt == "FlateDecode" or filt == ["FlateDecode"]:
                raw_stream = zlib.decompress(raw_stream)
            obj = dict(obj)
            obj["__stream__"] = raw_stream
        self.cache[n] = obj
        return obj

    def pages(self):
        root = self.get(self.trailer["Root"])
        out = []

        def walk(node):
            node = self.get(node)
            if node.get("Type") == "Pages":
                for k in node["Kids"]:
                    walk(k)
            else:
                out.append(node)
        walk(root["Pages"])
        return out


WINANSI_HIGH = {0x91: "\u2018", 0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d", 0x95: "\u2022",
                0x96: "\u2013", 0x97: "\u2014", 0x85: "\u2026", 0xA0: " "}
GLYPHS = {"f_i": "fi", "f_l": "fl", "fi": "fi", "fl": "fl", "quoteright": "\u2019",
          "quoteleft": "\u2018", "endash": "\u2013", "emdash": "\u2014"}


def cmap_of(stream):
    text = stream.decode("latin-1")
    m = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for a, b in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            m[int(a, 16)] = bytes.fromhex(b).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for a, b, c in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            base = int(c, 16)
            for k in range(int(a, 16), int(b, 16) + 1):
                m[k] = chr(base + k - int(a, 16))
    return m


def font_decoder(pdf, font):
    font = pdf.get(font)
    table = {}
    enc = pdf.get(font.get("Encoding"))
    for c in range(256):
        table[c] = WINANSI_HIGH.get(c, chr(c) if 32 <= c < 127 or c >= 0xA0 else "")
    if isinstance(enc, dict):
        diffs = enc.get("Differences", [])
        code = 0
        for item in diffs:
            if isinstance(item, int):
                code = item
            else:
                table[code] = GLYPHS.get(item, "")
                code += 1
    if "ToUnicode" in font:
        table.update(cmap_of(pdf.get(font["ToUnicode"])["__stream__"]))
    return table


def page_lines(pdf, page):
    res = pdf.get(page.get("Resources", {}))
    fonts = {k: font_decoder(pdf, v) for k, v in pdf.get(res.get("Font", {})).items()}
    contents = page["Contents"]
    if not isinstance(contents, list):
        contents = [contents]
    data = b"\n".join(pdf.get(c)["__stream__"] for c in contents)
    units, buf = [], []
    stack = []
    font = None
    y = None
    lm = [1, 0, 0, 1, 0, 0]
    leading = 0

    def flush():
        t = "".join(buf)
        if t.strip():
            units.append(t)
        buf.clear()

    def move(newm):
        nonlocal y, lm
        if y is not None and abs(newm[5] - y) > 0.5:
            flush()
        elif y is not None and buf and not buf[-1].endswith(" "):
            buf.append(" ")
        lm = newm
        y = newm[5]

    def show(s):
        buf.append("".join(fonts[font].get(b, "") for b in s))

    for tok, _ in tokens(data):
        if not isinstance(tok, Op) or tok in ("[", "]"):
            if tok == "[":
                stack.append("[")
            elif tok == "]":
                arr = []
                while stack and stack[-1] != "[":
                    arr.append(stack.pop())
                stack.pop()
                stack.append(list(reversed(arr)))
            else:
                stack.append(tok)
            continue
        op = str(tok)
        if op == "BT":
            flush()
            lm, y = [1, 0, 0, 1, 0, 0], None
        elif op == "ET":
            flush()
        elif op == "Tf":
            font = stack[-2]
        elif op == "Tm":
            move([float(v) for v in stack[-6:]])
        elif op in ("Td", "TD"):
            tx, ty = float(stack[-2]), float(stack[-1])
            if op == "TD":
                leading = -ty
            move([lm[0], lm[1], lm[2], lm[3], lm[4] + tx * lm[0] + ty * lm[2], lm[5] + tx * lm[1] + ty * lm[3]])
        elif op == "TL":
            leading = float(stack[-1])
        elif op in ("T*", "'", '"'):
            move([lm[0], lm[1], lm[2], lm[3], lm[4] - leading * lm[2], lm[5] - leading * lm[3]])
            if op != "T*":
                show(stack[-1])
        elif op == "Tj":
            show(stack[-1])
        elif op == "TJ":
            for item in stack[-1]:
                if isinstance(item, bytes):
                    show(item)
                elif item < -250 and buf and not buf[-1].endswith(" "):
                    buf.append(" ")
        stack = []
    flush()
    return units


def pdf_units(path):
    pdf = PDF(open(path, "rb").read())
    out = []
    for page in pdf.pages():
        out.extend(page_lines(pdf, page))
    return out



def epub_units(full):
    with zipfile.ZipFile(full) as z:
        cont = ET.fromstring(z.read("META-INF/container.xml"))
        ns = {"c": "urn:oasis:names:tc:opendocument:xmlns:container"}
        opf_path = cont.find(".//c:rootfile", ns).get("full-path")
        opf = ET.fromstring(z.read(opf_path))
        o = "{http://www.idpf.org/2007/opf}"
        base = os.path.dirname(opf_path)
        items = {i.get("id"): i.get("href") for i in opf.iter(o + "item")}
        out = []
        for ref in opf.iter(o + "itemref"):
            name = os.path.join(base, items[ref.get("idref")]) if base else items[ref.get("idref")]
            out.extend(html_units(z.read(name).decode("utf-8")))
    return out


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return pdf_units(full)
    if path.endswith(".epub"):
        return epub_units(full)
    return html_units(open(full, encoding="utf-8").read())


def check_pdf(units, problems):
    full = os.path.join(ROOT, DOCS["tribal-revolts-textbook-chapter"][0])
    data = open(full, "rb").read()
    pdf = PDF(data)
    info = pdf.get(pdf.trailer["Info"])
    root = pdf.get(pdf.trailer["Root"])
    fonts = set()
    for page in pdf.pages():
        for f in pdf.get(pdf.get(page["Resources"])["Font"]).values():
            fonts.add(pdf.get(f)["BaseFont"])
    needs = [(data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF"), "PDF header and %EOF"),
             (b"\r\nxref\r\n" in data or b"\rxref\r\n" in data, "classic xref table"),
             (info.get("Creator", b"").startswith(b"Adobe InDesign"), "Adobe InDesign creator"),
             (info.get("Producer", b"").startswith(b"Adobe PDF Library"), "Adobe PDF Library producer"),
             ("Metadata" in root and b"xmp:CreatorTool" in pdf.get(root["Metadata"])["__stream__"], "XMP metadata"),
             ("PageLabels" in root, "page labels"),
             (b"/PieceInfo<</InDesign" in data, "InDesign PieceInfo"),
             (b"/Filter/FlateDecode" in data, "Flate streams"),
             (any(f.startswith("MinionPro") for f in fonts) and any(f.startswith("MyriadPro") for f in fonts), "Minion / Myriad fonts"),
             (b"/ToUnicode" in data and b"/f_i" in data, "ToUnicode CMaps and ligatures"),
             (b"/Subtype/Image" in data, "an image XObject"),
             (len(pdf.pages()) >= 4, "four or more pages")]
    for ok, what in needs:
        if not ok:
            problems.append("pdf: no %s" % what)
    for unit in ("EXPLORING OUR PASTS", "FORESTS, DIKUS AND REBELLION", "Source 1", "Source 2",
                 "Let\u2019s imagine", "Elsewhere", "Exercises", "Let\u2019s recall", "Fig. 2", "Reprint 2025"):
        if not any(unit in u for u in units):
            problems.append("pdf: no %r line" % unit)
    if not any(re.fullmatch(r"\d\d [A-Z ,\u2013-]+|[A-Z ,\u2013-]+ \d\d", u) for u in units):
        problems.append("pdf: no running foot with a page number")


def check_html(units, problems):
    page = open(os.path.join(ROOT, DOCS["santal-rebellion-wikipedia"][0]), encoding="utf-8").read()
    for mark in ("skin-vector-2022", "RLCONF=", 'id="vector-toc"', "vector-toc-numb", 'class="infobox vevent"',
                 'class="mw-heading mw-heading2"', 'class="mw-heading mw-heading3"', 'class="mw-editsection"',
                 'class="reference"', "cite_note-", "citation needed", 'class="wikitable"', 'id="See_also"',
                 'class="mw-references-wrap', 'class="references"', 'role="navigation" class="navbox"',
                 'id="catlinks"', 'id="footer-info-lastmod"', 'class="hatnote', "NewPP limit report",
                 'application/ld+json'):
        if mark not in page:
            problems.append("wikipedia: no %s" % mark)
    for unit in ("[edit]", "From Wikipedia, the free encyclopedia", "See also", "References", "Belligerents"):
        if unit not in units:
            problems.append("wikipedia: no %r unit" % unit)


def check_epub(problems):
    full = os.path.join(ROOT, DOCS["ulgulan-cnt-act-epub-chapter"][0])
    with zipfile.ZipFile(full) as z:
        infos = z.infolist()
        first = infos[0]
        if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED or z.read("mimetype") != b"application/epub+zip":
            problems.append("epub: mimetype is not the first, stored entry")
        raw = open(full, "rb").read()
        if raw[30:38] != b"mimetype" or raw[38:58] != b"application/epub+zip":
            problems.append("epub: mimetype entry has an extra field")
        names = z.namelist()
        for part in ("META-INF/container.xml", "content.opf", "nav.xhtml", "toc.ncx", "stylesheet.css",
                     "page_styles.css", "index_split_000.html", "index_split_001.html"):
            if part not in names:
                problems.append("epub: missing %s" % part)
        for n in names:
            if n.endswith((".xml", ".opf", ".ncx", ".html", ".xhtml")):
                ET.fromstring(z.read(n))
        opf = z.read("content.opf").decode("utf-8")
        x0 = z.read("index_split_000.html").decode("utf-8")
        x1 = z.read("index_split_001.html").decode("utf-8")
        navx = z.read("nav.xhtml").decode("utf-8")
    needs = [('version="3.0"' in opf and 'prefix="calibre: https://calibre-ebook.com"' in opf, "EPUB 3 calibre package"),
             ("calibre:timestamp" in opf and "dcterms:modified" in opf and "calibre (" in opf, "calibre metadata"),
             ('properties="nav"' in opf and 'epub:type="toc"' in navx, "nav document"),
             ('<spine toc="ncx">' in opf and opf.count("<itemref") == 2, "two-file spine"),
             ('class="calibre"' in x0 and 'class="calibre5"' in x1, "calibre class names"),
             ('epub:type="noteref"' in x0 and 'epub:type="footnote"' in x1 and "<aside" in x1, "noteref links and footnote asides"),
             (x0.startswith("<?xml version='1.0' encoding='utf-8'?>"), "calibre XML declaration"),
             ('epub:type="pagebreak"' in x0, "page-break markers")]
    for ok, what in needs:
        if not ok:
            problems.append("epub: no %s" % what)


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", script), out], check=True,
                           stdout=subprocess.DEVNULL)
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
    check_pdf(units["tribal-revolts-textbook-chapter"], problems)
    check_html(units["santal-rebellion-wikipedia"], problems)
    check_epub(problems)
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
    if len(sys.argv) == 3 and sys.argv[1] == "--units":
        for u in units_of(DOCS[sys.argv[2]][0]):
            print(u)
        sys.exit(0)
    sys.exit(main())
