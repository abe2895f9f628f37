#!/usr/bin/python3
"""Check the heldout340 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - LibreOffice .docx: one unit per w:p of word/document.xml (Title, Subtitle, Table of Contents
    entries, headings, Text Body paragraphs, list items, caption, table-cell paragraphs), w:t text
    with w:tab as a tab; the text frame's paragraphs are units of their own, read once from the
    wps text box (mc:Choice) and not again from the VML fallback (mc:Fallback), and not folded
    into the paragraph that anchors the frame;
  - Thread Reader .html: one unit per block element's visible text (script, style, svg and
    noscript skipped; <br> splits a tweet into its lines);
  - pdfTeX .pdf: one unit per typeset line, read by the parser below (cross-reference stream,
    object streams, ToUnicode CMaps; a TJ gap or Td jump wider than a fifth of the font size is a
    space), so a word hyphenated at a line end stays split ("ground-" / "water").
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there:
    the .docx's LibreOffice app properties, LibreOffice style ids (Heading1-3, TextBody,
    Contents1, Caption, TableContents, FrameContents), lists with w:numPr, heading numbering,
    the table and its "Table 1:" caption on a SEQ field, the wps text frame with its VML fallback
    and the "Did you know?" note, bookmarks, the TOC field inside a "Table of Contents" w:sdt and
    the PAGE / NUMPAGES fields of the footer; the Thread Reader page's title, "Unroll" form,
    avatar alt, "Thread by @" header, tweets numbered 1/ to n/, hashtag, mention and t.co link
    entities, image alt text, the quoted tweet's blockquote, "Read on Twitter" links, the
    "Keep Current with" block and AdSense slots; the PDF's pdfTeX producer, PDF 1.5 object and
    cross-reference streams, Computer Modern fonts, numbered sections and subsections, amsthm
    definitions, footnotes under their rule, booktabs rules, centred page numbers and words
    hyphenated at line ends including "ground-";
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_docx.py, tools/make_thread.py and tools/make_pdf.py re-make the documents byte for
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

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))

DOCS = {
    "groundwater-governance-cgwb-notes": ("docs/groundwater-governance-cgwb-notes.docx", "make_docx.py"),
    "groundwater-2024-assessment-thread": ("docs/groundwater-2024-assessment-thread.html", "make_thread.py"),
    "atal-bhujal-arsenic-fluoride-lecture": ("docs/atal-bhujal-arsenic-fluoride-lecture.pdf", "make_pdf.py"),
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "blockquote"}
SKIP = {"script", "style", "svg", "noscript"}


# ------------------------------------------------------------------ PDF text, standard library only
# Reads the cross-reference stream, object streams and Flate streams, walks the page tree and
# interprets the text operators with the fonts' ToUnicode CMaps and /Widths; glyphs on one baseline
# make one line, and a gap wider than a fifth of the font size (TeX sets no space characters) is a
# space.  Raised glyphs (footnote marks) within 5 bp of the baseline stay on their line.
def _tokens(data):
    pos = 0
    n = len(data)
    while pos < n:
        c = data[pos:pos + 1]
        if c in b" \t\r\n\f\x00":
            pos += 1
        elif c == b"%":
            while pos < n and data[pos:pos + 1] not in b"\r\n":
                pos += 1
        elif c == b"(":
            depth, out = 1, bytearray()
            pos += 1
            while pos < n and depth:
                ch = data[pos:pos + 1]
                if ch == b"\\":
                    nx = data[pos + 1:pos + 2]
                    if nx in b"01234567" and nx:
                        m = re.match(rb"[0-7]{1,3}", data[pos + 1:pos + 4])
                        out.append(int(m.group(), 8) & 255)
                        pos += 1 + len(m.group())
                        continue
                    esc = {b"n": 10, b"r": 13, b"t": 9, b"b": 8, b"f": 12}
                    if nx in esc:
                        out.append(esc[nx])
                    elif nx in b"\r\n":
                        pass
                    else:
                        out += nx
                    pos += 2
                    continue
                if ch == b"(":
                    depth += 1
                elif ch == b")":
                    depth -= 1
                    if depth == 0:
                        pos += 1
                        break
                out += ch
                pos += 1
            yield ("str", bytes(out))
        elif c == b"<" and data[pos:pos + 2] != b"<<":
            end = data.index(b">", pos)
            hx = re.sub(rb"\s", b"", data[pos + 1:end])
            if len(hx) % 2:
                hx += b"0"
            yield ("str", bytes.fromhex(hx.decode()))
            pos = end + 1
        elif data[pos:pos + 2] in (b"<<", b">>"):
            yield ("delim", data[pos:pos + 2])
            pos += 2
        elif c in b"[]{}":
            yield ("delim", c)
            pos += 1
        elif c == b"/":
            m = re.match(rb"/[^\s/\[\]()<>{}%]*", data[pos:])
            yield ("name", m.group()[1:])
            pos += len(m.group())
        else:
            m = re.match(rb"[^\s/\[\]()<>{}%]+", data[pos:])
            tok = m.group()
            pos += len(tok)
            if re.match(rb"^[+-]?(\d+\.?\d*|\.\d+)$", tok):
                yield ("num", float(tok))
            else:
                yield ("op", tok)


def _parse_obj(data):
    """Parse one PDF object (dict, array, number, ref, name, string) from bytes."""
    toks = list(_tokens(data))
    pos = [0]

    def val():
        kind, v = toks[pos[0]]
        pos[0] += 1
        if kind == "delim" and v == b"<<":
            d = {}
            while not (toks[pos[0]] == ("delim", b">>")):
                k = toks[pos[0]][1].decode("latin-1")
                pos[0] += 1
                d[k] = val()
            pos[0] += 1
            return d
        if kind == "delim" and v == b"[":
            arr = []
            while not (toks[pos[0]] == ("delim", b"]")):
                arr.append(val())
            pos[0] += 1
            return arr
        if kind == "num":
            # a reference "n g R"?
            if (pos[0] + 1 < len(toks) and toks[pos[0]][0] == "num" and toks[pos[0] + 1] == ("op", b"R")):
                pos[0] += 2
                return ("ref", int(v))
            return v
        if kind == "name":
            return ("name", v.decode("latin-1"))
        return v
    return val()


class PDF:
    def __init__(self, data):
        self.data = data
        self.offsets = {}   # num -> offset
        self.in_stm = {}    # num -> (stream num, index)
        self.cache = {}
        sx = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
        self._read_xref(sx)

    def _read_xref(self, off):
        m = re.compile(rb"(\d+)\s+(\d+)\s+obj").match(self.data, off)
        if not m:
            raise ValueError("only cross-reference streams are supported")
        d, raw = self._raw_obj(off)
        rows = self._decode(d, raw)
        w = [int(x) for x in d["W"]]
        idx = [int(x) for x in d.get("Index", [0, d["Size"]])]
        step = sum(w)
        r = 0
        for a, cnt in zip(idx[0::2], idx[1::2]):
            for num in range(a, a + cnt):
                row = rows[r * step:(r + 1) * step]
                r += 1
                f = [int.from_bytes(row[sum(w[:k]):sum(w[:k + 1])], "big") if w[k] else (1 if k == 0 else 0)
                     for k in range(3)]
                if f[0] == 1:
                    self.offsets.setdefault(num, f[1])
                elif f[0] == 2:
                    self.in_stm.setdefault(num, (f[1], f[2]))
        self.trailer = d
        if "Prev" in d:
            self._read_xref(int(d["Prev"]))

    def _raw_obj(self, off):
        m = re.compile(rb"(\d+)\s+(\d+)\s+obj").match(self.data, off)
        start = m.end()
        sm = self.data.find(b"stream", start)
        em = self.data.find(b"endobj", start)
        if sm != -1 and sm < em:
            d = _parse_obj(self.data[start:sm])
            ln = d["Length"]
            if isinstance(ln, tuple):
                ln = self.get(ln[1])
            s0 = sm + 6
            if self.data[s0:s0 + 2] == b"\r\n":
                s0 += 2
            elif self.data[s0:s0 + 1] in (b"\n", b"\r"):
                s0 += 1
            return d, self.data[s0:s0 + int(ln)]
        return _parse_obj(self.data[start:em]), None

    @staticmethod
    def _decode(d, raw):
        filt = d.get("Filter")
        if filt == ("name", "FlateDecode") or filt == [("name", "FlateDecode")]:
            return zlib.decompress(raw)
        return raw

    def get(self, num):
        if num in self.cache:
            return self.cache[num]
        if num in self.offsets:
            d, raw = self._raw_obj(self.offsets[num])
            obj = (d, self._decode(d, raw)) if raw is not None else d
        else:
            stm, idx = self.in_stm[num]
            sd, sdata = self.get(stm)
            first = int(sd["First"])
            head = sdata[:first].split()
            pairs = [(int(head[k]), int(head[k + 1])) for k in range(0, len(head), 2)]
            n, o = pairs[idx]
            end = pairs[idx + 1][1] if idx + 1 < len(pairs) else len(sdata) - first
            obj = _parse_obj(sdata[first + o:first + end])
        self.cache[num] = obj
        return obj

    def deref(self, v):
        while isinstance(v, tuple) and v[0] == "ref":
            v = self.get(v[1])
        return v

    def pages(self):
        root = self.deref(self.trailer["Root"])
        out = []

        def walk(node):
            node = self.deref(node)
            if node.get("Type") == ("name", "Pages"):
                for k in node["Kids"]:
                    walk(k)
            else:
                out.append(node)
        walk(root["Pages"])
        return out


def _cmap(data):
    m = {}
    for blk in re.findall(rb"beginbfchar(.*?)endbfchar", data, re.S):
        for a, b in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", blk):
            m[int(a, 16)] = bytes.fromhex(b.decode()).decode("utf-16-be")
    for blk in re.findall(rb"beginbfrange(.*?)endbfrange", data, re.S):
        for a, b, c in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", blk):
            base = int(c, 16)
            for k in range(int(a, 16), int(b, 16) + 1):
                m[k] = chr(base + k - int(a, 16))
    return m


class FontInfo:
    def __init__(self, pdf, fd):
        fd = pdf.deref(fd)
        self.first = int(fd.get("FirstChar", 0))
        self.widths = [float(x) for x in pdf.deref(fd.get("Widths", []))]
        tu = fd.get("ToUnicode")
        self.map = _cmap(pdf.deref(tu)[1]) if tu else {}

    def text(self, code):
        return self.map.get(code, chr(code) if 32 <= code < 127 else "")

    def width(self, code):
        k = code - self.first
        return self.widths[k] if 0 <= k < len(self.widths) else 500.0


def page_lines(pdf, page):
    res = pdf.deref(page.get("Resources", {}))
    fonts = {k: FontInfo(pdf, v) for k, v in pdf.deref(res.get("Font", {})).items()}
    contents = pdf.deref(page["Contents"])
    if isinstance(contents, list):
        data = b"\n".join(pdf.deref(c)[1] for c in contents)
    else:
        data = contents[1]
    glyph_runs = []   # (x, y, size, text, x_end)
    font, size = None, 10.0
    tlm = [1, 0, 0, 1, 0, 0]
    tm = list(tlm)
    leading = 0.0
    stack = []        # operands as (kind, value); TJ arrays collected between "[" and "]"
    arr = None
    for kind, v in _tokens(data):
        if kind == "delim" and v == b"[":
            arr = []
            continue
        if kind == "delim" and v == b"]":
            stack.append(("arr", arr))
            arr = None
            continue
        if arr is not None:
            arr.append((kind, v))
            continue
        if kind != "op":
            stack.append((kind, v))
            continue
        op = v
        nums = [x[1] for x in stack if x[0] == "num"]
        if op == b"BT":
            tlm = [1, 0, 0, 1, 0, 0]
            tm = list(tlm)
        elif op == b"Tf":
            font, size = fonts.get(stack[-2][1].decode("latin-1")), float(stack[-1][1])
        elif op in (b"Td", b"TD"):
            tx, ty = nums[-2], nums[-1]
            if op == b"TD":
                leading = -ty
            tlm = [tlm[0], tlm[1], tlm[2], tlm[3], tlm[4] + tx, tlm[5] + ty]
            tm = list(tlm)
        elif op == b"Tm":
            tlm = nums[-6:]
            tm = list(tlm)
        elif op == b"TL":
            leading = nums[-1]
        elif op in (b"T*", b"'", b'"'):
            tlm = [tlm[0], tlm[1], tlm[2], tlm[3], tlm[4], tlm[5] - leading]
            tm = list(tlm)
        if op in (b"TJ", b"Tj", b"'", b'"'):
            if op == b"TJ":
                items = stack[-1][1] if stack and stack[-1][0] == "arr" else []
            else:
                items = [stack[-1]] if stack else []
            scale = tm[0] if tm[0] else 1.0
            x = tm[4]
            y = tm[5]
            buf = []
            start_x = x
            for k2, it in items:
                if k2 == "str":
                    for code in it:
                        buf.append(font.text(code) if font else chr(code))
                        x += font.width(code) / 1000.0 * size * scale if font else size * 0.5
                elif k2 == "num":
                    dx = -it / 1000.0 * size * scale
                    if dx > 0.2 * size and buf and buf[-1] != " ":
                        buf.append(" ")
                    x += dx
            glyph_runs.append((start_x, y, size, "".join(buf), x))
            tm[4] = x
        stack = []
    # the TJ array delimiters are not ops; handle "[" and "]" as stack markers
    lines = []
    for run in glyph_runs:
        x, y, size, text, x_end = run
        if lines and abs(lines[-1]["y"] - y) < 5.0 and x >= lines[-1]["x_end"] - 1.0:
            ln = lines[-1]
            if x - ln["x_end"] > 0.2 * size and not ln["text"].endswith(" ") and not text.startswith(" "):
                ln["text"] += " "
            ln["text"] += text
            ln["x_end"] = x_end
        else:
            lines.append({"y": y, "x": x, "x_end": x_end, "text": text})
    return [re.sub(r"\s+", " ", ln["text"]).strip() for ln in lines if ln["text"].strip()]


def extract(path):
    pdf = PDF(open(path, "rb").read())
    return [page_lines(pdf, p) for p in pdf.pages()]


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


def docx_units(full):
    with zipfile.ZipFile(full) as z:
        root = ET.fromstring(z.read("word/document.xml"))
    out = []

    def para_text(p):
        parts = []

        def rec(el):
            for ch in el:
                if ch.tag in (MC + "Fallback", W + "txbxContent"):
                    continue
                if ch.tag == W + "t":
                    parts.append(ch.text or "")
                elif ch.tag == W + "tab":
                    parts.append("\t")
                elif ch.tag in (W + "br", W + "cr"):
                    parts.append("\n")
                rec(ch)
        rec(p)
        return ws("".join(parts))

    def visit(el):
        for ch in el:
            if ch.tag == MC + "Fallback":
                continue
            if ch.tag == W + "p":
                t = para_text(ch)
                if t:
                    out.append(t)
            visit(ch)
    visit(root)
    return out


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".docx"):
        return docx_units(full)
    if path.endswith(".pdf"):
        return [ws(l) for page in extract(full) for l in page if l.strip()]
    p = Blocks()
    p.feed(open(full, encoding="utf-8").read())
    p.flush()
    return p.units


def check_docx(units, problems):
    full = os.path.join(ROOT, DOCS["groundwater-governance-cgwb-notes"][0])
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for part in ("[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
                     "word/document.xml", "word/styles.xml", "word/numbering.xml", "word/settings.xml",
                     "word/fontTable.xml", "word/footer1.xml", "word/_rels/document.xml.rels"):
            if part not in names:
                problems.append("docx: missing part %s" % part)
        for info in z.infolist():
            ET.fromstring(z.read(info.filename))  # every part is well-formed XML
        doc = z.read("word/document.xml").decode("utf-8")
        app = z.read("docProps/app.xml").decode("utf-8")
        styles = z.read("word/styles.xml").decode("utf-8")
        numbering = z.read("word/numbering.xml").decode("utf-8")
        footer = z.read("word/footer1.xml").decode("utf-8")
    needs = [
        ("<Application>LibreOffice/" in app, "app.xml naming LibreOffice"),
        (all('w:styleId="%s"' % s in styles for s in ("Heading1", "Heading2", "Heading3", "TextBody",
                                                        "Contents1", "Caption", "TableContents",
                                                        "FrameContents")), "LibreOffice style ids"),
        ('<w:name w:val="Text Body"/>' in styles, "the 'Text Body' style"),
        ('w:pStyle w:val="TextBody"' in doc and "<w:numPr>" in doc, "Text Body paragraphs and w:numPr lists"),
        ('<w:pStyle w:val="Heading1"/>' in numbering and 'w:lvlText w:val="%1.%2"' in numbering,
         "heading numbering linked to the heading styles"),
        ("<w:tbl>" in doc and "SEQ Table" in doc and any(u.startswith("Table 1: ") for u in units),
         "a table with a 'Table 1:' caption"),
        ("<mc:AlternateContent>" in doc and "<wps:txbx>" in doc and "<mc:Fallback>" in doc
         and "Did you know?" in units, "a text frame with its VML fallback and 'Did you know?'"),
        ("w:bookmarkStart" in doc and "__RefHeading___Toc" in doc, "bookmarks"),
        ('w:docPartGallery w:val="Table of Contents"' in doc and "TOC \\f \\o" in doc, "a TOC sdt"),
        (" PAGE " in footer and " NUMPAGES " in footer, "PAGE / NUMPAGES footer fields"),
    ]
    for ok, what in needs:
        if not ok:
            problems.append("docx: no %s" % what)


def check_thread(units, problems):
    page = open(os.path.join(ROOT, DOCS["groundwater-2024-assessment-thread"][0]), encoding="utf-8").read()
    needs = [
        ("<title>Thread by @" in page and "Thread Reader App" in page, "Thread Reader title"),
        ("saved from url=" in page, "the browser's saved-from comment"),
        (">Unroll</button>" in page, "the 'Unroll' button"),
        ('profile picture"' in page, "the avatar's alt text"),
        (any(u.startswith("Thread by @") for u in units), "the 'Thread by @... on ...' header"),
        ('class="entity-hashtag"' in page and 'class="entity-mention"' in page, "hashtags and mentions"),
        ('href="https://t.co/' in page, "t.co links"),
        ('class="entity-image"' in page and re.search(r'<img class="lazyload[^>]+alt="[^"]+"', page),
         "images with alt text"),
        ('<blockquote class="twitter-tweet"' in page, "a quoted tweet"),
        ("Read on Twitter" in page and "Read on X" in page, "'Read on Twitter' links"),
        (any(u.startswith("Keep Current with ") for u in units), "the 'Keep Current with' block"),
        ('class="adsbygoogle"' in page, "ad slots"),
    ]
    for ok, what in needs:
        if not ok:
            problems.append("thread: no %s" % what)
    nums = [int(m) for m in re.findall(r'id="tweet_(\d+)"', page)]
    starts = [int(m) for m in re.findall(r'id="tweet_\d+"[^>]*>(\d+)/ ', page)]
    if not nums or nums != list(range(1, len(nums) + 1)) or starts != nums:
        problems.append("thread: tweets are not numbered 1/ .. n/ in order")


def check_pdf(units, problems):
    full = os.path.join(ROOT, DOCS["atal-bhujal-arsenic-fluoride-lecture"][0])
    data = open(full, "rb").read()
    pdf = PDF(data)
    pages = extract(full)
    fonts = set(re.findall(rb"/BaseFont /([A-Z0-9]+)", b"".join(
        zlib_objstm(pdf))))
    streams = b"".join(pdf.deref(p["Contents"])[1] for p in pdf.pages())
    needs = [
        (data.startswith(b"%PDF-1.5") and b"/Type /XRef" in data and b"/Type /ObjStm" in data,
         "PDF 1.5 object and cross-reference streams"),
        (b"pdfTeX-1.40" in b"".join(zlib_objstm(pdf)), "the pdfTeX producer"),
        ({"CMR10", "CMBX12", "CMR9", "CMSY10"} <= {f.decode() for f in fonts}, "Computer Modern fonts"),
        ("1 Introduction" in units and any(re.match(r"^\d\.\d [A-Z]", u) for u in units),
         "numbered sections and subsections"),
        (any(re.match(r"^Definition \d\.\d \(", u) for u in units), "definition blocks"),
        (sum(1 for p in pages for l in p if re.match(r"^\d[A-Z]", l)) >= 2, "footnotes at the page foot"),
        (len(re.findall(rb" re f", streams)) >= 4, "rules (footnote rule, booktabs rules)"),
        (all(p and p[-1] == str(i + 1) for i, p in enumerate(pages)), "page numbers at the foot"),
        (any(u.endswith("ground-") for u in units) and sum(1 for u in units if re.search(r"[a-z]-$", u)) >= 5,
         "hyphenation at line ends"),
    ]
    for ok, what in needs:
        if not ok:
            problems.append("pdf: no %s" % what)


def zlib_objstm(pdf):
    out = []
    for num in set(s for s, _ in pdf.in_stm.values()):
        out.append(pdf.get(num)[1])
    return out


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
    check_docx(units["groundwater-governance-cgwb-notes"], problems)
    check_thread(units["groundwater-2024-assessment-thread"], problems)
    check_pdf(units["atal-bhujal-arsenic-fluoride-lecture"], problems)
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


if __name__ == "__main__":
    sys.exit(main())
