#!/usr/bin/python3
"""Check the heldout347 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Zoho Writer .docx: one unit per w:p of word/document.xml (body paragraphs, list items, table-cell
    paragraphs), then the paragraphs of word/footnotes.xml, word/comments.xml and word/footer1.xml;
    w:t text with w:tab as a tab;
  - Discourse .html: one unit per block element's visible text (script, style, svg and noscript
    skipped; attributes such as data-preloaded are not text);
  - Apple Notes .pdf: the PDF is parsed through its xref table, each page's content stream is
    inflated, text-showing operators are decoded through the fonts' /ToUnicode CMaps, and the
    pieces on one baseline are joined left to right: one unit per visual line, top to bottom.
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the .docx's Zoho Writer properties, Title / Subtitle / Heading styles, numbering, tables with a
    repeating header row, footnotes, comments and the PAGE / NUMPAGES footer; the Discourse page's
    saved-from comment, generator meta, noscript block, posts with names, relative dates, like
    counts, quotes and reply-to tabs, topic map, timeline, footer buttons, Suggested Topics and
    data-preloaded JSON; the PDF's Quartz header and producer, Creator Notes, indirect stream
    lengths, subset TrueType fonts with ToUnicode maps, checklist circles, table rules and no
    page numbers);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_zoho_docx.py, tools/make_discourse_html.py and tools/make_notes_pdf.py re-make the
    documents byte for byte (each is run into a temporary file, the committed file is never touched).
Run: /usr/bin/python3 tools/check.py            (add --units to print every extracted unit)
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
    "caste-census-secc-zoho-notes": ("docs/caste-census-secc-zoho-notes.docx", "make_zoho_docx.py"),
    "bihar-caste-survey-forum-thread": ("docs/bihar-caste-survey-forum-thread.html", "make_discourse_html.py"),
    "rohini-commission-subcategorisation-notes": ("docs/rohini-commission-subcategorisation-notes.pdf",
                                                  "make_notes_pdf.py"),
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "blockquote"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


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


# ---------------------------------------------------------------- DOCX
def docx_paragraphs(xml_bytes):
    root = ET.fromstring(xml_bytes)
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


def docx_units(full):
    with zipfile.ZipFile(full) as z:
        out = docx_paragraphs(z.read("word/document.xml"))
        for part in ("word/footnotes.xml", "word/comments.xml", "word/footer1.xml"):
            out += docx_paragraphs(z.read(part))
    return out


# ---------------------------------------------------------------- PDF
TOKEN = re.compile(rb"\s*(?:(\()|(<<|>>|\[|\])|(<[0-9A-Fa-f\s]*>)|(/[^\s/\[\]()<>{}%]*)|([-+]?(?:\d+\.?\d*|\.\d+))|([A-Za-z'\"*]+))")


def read_literal(data, pos):
    """pos just after '('; returns (bytes, new pos)."""
    out = bytearray()
    depth = 1
    while True:
        c = data[pos]
        if c == 0x5C:  # backslash
            n = data[pos + 1]
            esc = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}
            if n in esc:
                out.append(esc[n])
                pos += 2
            elif 0x30 <= n <= 0x37:
                m = re.match(rb"[0-7]{1,3}", data[pos + 1:pos + 4])
                out.append(int(m.group(0), 8) & 0xFF)
                pos += 1 + len(m.group(0))
            elif n in (10, 13):
                pos += 2
            else:
                out.append(n)
                pos += 2
        elif c == 0x28:
            depth += 1
            out.append(c)
            pos += 1
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(out), pos + 1
            out.append(c)
            pos += 1
        else:
            out.append(c)
            pos += 1


def tokens(data):
    pos = 0
    n = len(data)
    while pos < n:
        m = TOKEN.match(data, pos)
        if not m:
            pos += 1
            continue
        if m.group(1):
            s, pos = read_literal(data, m.end())
            yield ("str", s)
            continue
        pos = m.end()
        if m.group(2):
            yield ("delim", m.group(2))
        elif m.group(3):
            h = re.sub(rb"\s", b"", m.group(3)[1:-1])
            if len(h) % 2:
                h += b"0"
            yield ("str", bytes.fromhex(h.decode()))
        elif m.group(4):
            yield ("name", m.group(4)[1:].decode("latin-1"))
        elif m.group(5):
            yield ("num", float(m.group(5)))
        elif m.group(6):
            yield ("op", m.group(6).decode("latin-1"))


class Pdf:
    def __init__(self, data):
        self.data = data
        start = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
        m = re.match(rb"xref\s+(\d+)\s+(\d+)\s+", data[start:])
        first, count = int(m.group(1)), int(m.group(2))
        pos = start + m.end()
        self.offsets = {}
        for k in range(count):
            entry = data[pos + 20 * k:pos + 20 * k + 20]
            if entry[17:18] == b"n":
                self.offsets[first + k] = int(entry[:10])
        tr = data.index(b"trailer", pos)
        self.trailer = data[tr:data.index(b"startxref", tr)].decode("latin-1")

    def raw(self, n):
        off = self.offsets[n]
        m = re.match(rb"\s*%d\s+0\s+obj\s*" % n, self.data[off:])
        body = off + m.end()
        end = self.data.index(b"endobj", body)
        s = self.data.index(b"stream", body) if b"stream" in self.data[body:end] else -1
        if 0 <= s < end and self.data[body:body + 2] == b"<<":
            head = self.data[body:s].decode("latin-1")
            return head, s
        return self.data[body:end].decode("latin-1").strip(), None

    def obj(self, n):
        return self.raw(n)[0]

    def stream(self, n):
        head, s = self.raw(n)
        lm = re.search(r"/Length\s+(\d+)(\s+0\s+R)?", head)
        length = int(self.obj(int(lm.group(1))).strip()) if lm.group(2) else int(lm.group(1))
        start = s + len(b"stream")
        if self.data[start:start + 2] == b"\r\n":
            start += 2
        else:
            start += 1
        raw = self.data[start:start + length]
        return zlib.decompress(raw) if "/FlateDecode" in head else raw


def ref(d, key):
    m = re.search(r"/%s\s+(\d+)\s+0\s+R" % re.escape(key), d)
    return int(m.group(1)) if m else None


def parse_cmap(text):
    mp = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for a, b in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mp[int(a, 16)] = bytes.fromhex(b).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for a, b, c in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            base = int(c, 16)
            for k in range(int(a, 16), int(b, 16) + 1):
                mp[k] = chr(base + k - int(a, 16))
    return mp


def pdf_lines(full):
    pdf = Pdf(open(full, "rb").read())
    root = ref(pdf.trailer, "Root")
    pages_root = ref(pdf.obj(root), "Pages")

    def kids(n):
        d = pdf.obj(n)
        if "/Type /Pages" in d:
            out = []
            for k in re.findall(r"(\d+)\s+0\s+R", d[d.index("/Kids"):]):
                out += kids(int(k))
            return out
        return [n]
    units = []
    for page in kids(pages_root):
        pd = pdf.obj(page)
        res = pdf.obj(ref(pd, "Resources")) if ref(pd, "Resources") else pd
        fdict = res[res.index("/Font"):]
        fonts = {}
        for name, num in re.findall(r"/(\w+)\s+(\d+)\s+0\s+R", fdict[:fdict.index(">>")]):
            fd = pdf.obj(int(num))
            fonts[name] = parse_cmap(pdf.stream(ref(fd, "ToUnicode")).decode("latin-1"))
        content = pdf.stream(ref(pd, "Contents"))
        stack, font, tm, pieces = [], None, (1, 0, 0, 1, 0, 0), []
        for kind, val in tokens(content):
            if kind != "op":
                stack.append((kind, val))
                continue
            if val == "Tf":
                font = stack[-2][1]
            elif val == "Tm":
                tm = tuple(v for _, v in stack[-6:])
            elif val in ("Tj", "TJ", "'", '"'):
                strs = [v for k, v in stack if k == "str"]
                text = "".join(fonts[font].get(b, "") for s in strs for b in s)
                pieces.append((round(tm[5], 1), tm[4], text))
            stack = [] if val not in ("[",) else stack
        lines = {}
        for y, x, text in pieces:
            lines.setdefault(y, []).append((x, text))
        for y in sorted(lines, reverse=True):
            t = ws(" ".join(text for x, text in sorted(lines[y])))
            if t:
                units.append(t)
    return units, pdf


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".docx"):
        return docx_units(full)
    if path.endswith(".pdf"):
        return pdf_lines(full)[0]
    p = Blocks()
    p.feed(open(full, encoding="utf-8").read())
    p.flush()
    return p.units


# ---------------------------------------------------------------- format marks
def check_docx(problems):
    full = os.path.join(ROOT, DOCS["caste-census-secc-zoho-notes"][0])
    with zipfile.ZipFile(full) as z:
        names = z.namelist()
        for part in ("[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
                     "word/document.xml", "word/styles.xml", "word/numbering.xml", "word/settings.xml",
                     "word/fontTable.xml", "word/footnotes.xml", "word/comments.xml", "word/footer1.xml"):
            if part not in names:
                problems.append("docx: missing part %s" % part)
        for info in z.infolist():
            ET.fromstring(z.read(info.filename))
        doc = z.read("word/document.xml").decode("utf-8")
        app = z.read("docProps/app.xml").decode("utf-8")
        foot = z.read("word/footnotes.xml").decode("utf-8")
        com = z.read("word/comments.xml").decode("utf-8")
        ftr = z.read("word/footer1.xml").decode("utf-8")
        styles = z.read("word/styles.xml").decode("utf-8")
    needs = [("<Application>Zoho Writer</Application>" in app, "app.xml naming Zoho Writer"),
             (all('w:pStyle w:val="%s"' % s in doc for s in ("Title", "Subtitle", "Heading1", "Heading2")),
              "Title, Subtitle, Heading1 and Heading2 paragraphs"),
             ('w:ascii="Lato"' in styles and 'w:ascii="Lato"' in doc, "Lato on styles and runs"),
             ('<w:numId w:val="1"/>' in doc and '<w:numId w:val="2"/>' in doc, "bullet and decimal lists"),
             (doc.count("<w:tbl>") >= 3 and "<w:tblHeader/>" in doc, "tables with a repeating header row"),
             ("<w:footnoteReference" in doc and foot.count("<w:footnote ") >= 3, "footnotes"),
             ("<w:commentRangeStart" in doc and "<w:commentReference" in doc and "w:author=" in com, "comments"),
             (" PAGE " in ftr and " NUMPAGES " in ftr, "PAGE / NUMPAGES footer")]
    for ok, what in needs:
        if not ok:
            problems.append("docx: no %s" % what)


def check_html(units, problems):
    page = open(os.path.join(ROOT, DOCS["bihar-caste-survey-forum-thread"][0]), encoding="utf-8").read()
    for mark in ("<!-- saved from url=(", '<meta name="generator" content="Discourse', '<noscript data-path="',
                 'class="topic-post', 'class="cooked"', '<aside class="quote', 'like-count', 'class="reply-to-tab"',
                 'class="relative-date"', 'class="topic-map', 'class="topic-timeline"', 'id="topic-footer-buttons"',
                 'id="suggested-topics"', 'class="topic-list"', 'id="data-preloaded"', 'class="md-table"',
                 'class="emoji"', '_files/'):
        if mark not in page:
            problems.append("discourse: no %s" % mark)
    shown = units["bihar-caste-survey-forum-thread"]
    for unit in ("Suggested Topics", "Want to read more?", "Reply", "Tracking"):
        if not any(u.startswith(unit) for u in shown):
            problems.append("discourse: no %r line" % unit)


def check_pdf(units, problems):
    full = os.path.join(ROOT, DOCS["rohini-commission-subcategorisation-notes"][0])
    data = open(full, "rb").read()
    _, pdf = pdf_lines(full)
    info = pdf.obj(ref(pdf.trailer, "Info"))
    contents = b"".join(pdf.stream(ref(pdf.obj(n), "Contents")) for n in pdf.offsets
                        if "/Type /Page " in pdf.obj(n) or pdf.obj(n).startswith("<< /Type /Page\n"))
    needs = [(data.startswith(b"%PDF-1.3\n%\xc4\xe5\xf2\xe5\xeb\xa7\xf3\xa0\xd0\xc4\xc6\n"), "Quartz header"),
             ("Quartz PDFContext" in info and "/Creator (Notes)" in info, "Quartz producer and Notes creator"),
             (re.search(rb"/Length \d+ 0 R", data) is not None, "indirect stream lengths"),
             (data.count(b"/FontFile2") >= 3 and data.count(b"/ToUnicode") >= 3, "embedded subset fonts with ToUnicode"),
             (b"+.SFNS-" in data, "SF font names"),
             (b" 1 Tf" in contents and b"TJ" in contents, "Quartz-style text operators"),
             (contents.count(b" c ") >= 8 and b" f Q" in contents, "checklist circles and ticks"),
             (b"0.7843 0.7843 0.7843 SC" in contents, "table rules"),
             (not any(re.fullmatch(r"(Page )?\d+( of \d+)?", u) for u in units["rohini-commission-subcategorisation-notes"]),
              "absence of page numbers")]
    for ok, what in needs:
        if not ok:
            problems.append("pdf: no %s" % what)


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
    if "--units" in sys.argv:
        for k, u in units.items():
            print("=====", k)
            for x in u:
                print(x)
        return 0
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    check_docx(problems)
    check_html(units, problems)
    check_pdf(units, problems)
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
