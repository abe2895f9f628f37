#!/usr/bin/python3
"""Check the heldout371 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - InDesign PDF: the content streams of both pages are decoded (FlateDecode) and their text
    operators interpreted (Tf, Tm, Td/TD/T*, Tj/TJ with Identity-H two-byte codes mapped through
    each font's ToUnicode CMap); one unit per printed line, a line being the text shown on one
    baseline in one column (left or right half of the page), pieces placed by a fresh Tm joined
    with a space (so the drop cap joins the third line it stands beside, a bullet its item);
  - PIB page saved by Chrome (.html): one unit per block element's visible text; script, style,
    svg and noscript are skipped and so is everything inside an element whose inline style says
    display:none (the closed sub-menus, the modal and the hidden PdfDiv copy of the release that
    the page keeps for its PDF button); attribute values (the hidden inputs) are not text;
  - Word .docx: one unit per w:p of word/document.xml (headings, list items, table-cell
    paragraphs), w:t text with w:tab as a tab; w:sym (the AutoCorrect arrow) has no text and
    the comment's text lives in comments.xml, so neither is a unit.
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there (the
    PDF's InDesign producer and XMP history, Type0/CIDFontType2 fonts with ToUnicode, two pages,
    running heads with the month and both page numbers, a drop cap, a pull quote, the shaded
    Prelims Pointers box, the display-face headings; the PIB page's saved-from comment, ministry
    line, title, Posted On stamp, dateline, list, table, "***", MJPS signature, Release ID, language
    menu and "Read this release in", print icons, share bar, ASP.NET view state and the hidden
    PdfDiv copy; the .docx's Office-style zip, Word 365 properties, Heading 1/2 styles, bullet and
    "1./a." numbering, two-column table, bold runs, the comment parts and the Current Affairs
    heading);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_pdf.py, tools/make_pib.py and tools/make_docx.py re-make the documents byte for
    byte (each is run into a temporary file, the committed file is never touched).
Run: /usr/bin/python3 tools/check.py        (--units DOC prints one document's units)
"""
import hashlib
import html.parser
import json
import os
import re
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
import zlib

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "lakshya-monthly-may-2025-inland-waterways": ("docs/lakshya-monthly-may-2025-inland-waterways.pdf", "make_pdf.py"),
    "pib-iwai-record-cargo-fy2024-25": ("docs/pib-iwai-record-cargo-fy2024-25.html", "make_pib.py"),
    "iwt-notes-gs3-infrastructure": ("docs/iwt-notes-gs3-infrastructure.docx", "make_docx.py"),
}
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol", "table", "tr",
         "thead", "tbody", "header", "footer", "nav", "main", "article", "section", "body", "html", "head", "dt",
         "dd", "dl", "br", "summary", "details", "aside", "form", "button", "label", "figure", "figcaption",
         "select", "option", "center"}
SKIP = {"script", "style", "svg", "noscript"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "param"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ----------------------------------------------------------------------------- HTML
class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.stack, self.hidden = [], [], [], 0

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()
        if tag in VOID:
            return
        style = (dict(attrs).get("style") or "").replace(" ", "").lower()
        hide = tag in SKIP or "display:none" in style
        self.stack.append((tag, hide))
        if hide:
            self.hidden += 1

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag in BLOCK:
            self.flush()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                self.hidden -= sum(1 for _, h in self.stack[i:] if h)
                del self.stack[i:]
                break

    def handle_data(self, data):
        if not self.hidden:
            self.buf.append(data)


# ----------------------------------------------------------------------------- PDF
TOKEN = re.compile(rb"\[|\]|<<|>>|<[0-9A-Fa-f\s]*>|/[^\s/\[\]<>()]+|\((?:\\.|[^\\)])*\)|"
                   rb"[-+]?(?:\d+\.?\d*|\.\d+)|[A-Za-z'\"*]+")


def pdf_objects(data):
    objs = {}
    for m in re.finditer(rb"(\d+) 0 obj\s(.*?)\sendobj", data, re.S):
        objs[int(m.group(1))] = m.group(2)
    return objs


def pdf_stream(obj):
    m = re.search(rb"stream\r?\n(.*)\r?\nendstream", obj, re.S)
    raw = m.group(1)
    if b"/FlateDecode" in obj.split(b"stream")[0]:
        return zlib.decompress(raw)
    return raw


def ref(obj, key):
    m = re.search(rb"/" + key + rb"\s*(\d+) 0 R", obj)
    return int(m.group(1)) if m else None


def tounicode_map(cmap):
    out = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for a, b in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            out[int(a, 16)] = bytes.fromhex(b.decode()).decode("utf-16-be")
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for a, b, c in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            start = int(c, 16)
            for k, code in enumerate(range(int(a, 16), int(b, 16) + 1)):
                out[code] = chr(start + k)
    return out


def pdf_pages(full):
    """[(page_width, [(x, y, size, text, fresh)])] in content-stream order."""
    data = open(full, "rb").read()
    objs = pdf_objects(data)
    root = int(re.search(rb"/Root (\d+) 0 R", data).group(1))
    pages_id = ref(objs[root], b"Pages")
    kids = [int(k) for k in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids\[(.*?)\]", objs[pages_id]).group(1))]
    out = []
    for pid in kids:
        page = objs[pid]
        width = float(re.search(rb"/MediaBox\[\s*[\d.]+ [\d.]+ ([\d.]+)", page).group(1))
        fonts = {}
        fdict = re.search(rb"/Font<<(.*?)>>", page).group(1)
        for name, fid in re.findall(rb"/([^\s/]+) (\d+) 0 R", fdict):
            fonts[name.decode()] = tounicode_map(pdf_stream(objs[ref(objs[int(fid)], b"ToUnicode")]))
        content = pdf_stream(objs[ref(page, b"Contents")])
        shows = []
        stack = []
        font, tm, lm, lead = None, [1, 0, 0, 1, 0, 0], [1, 0, 0, 1, 0, 0], 0
        fresh = True
        for tok in TOKEN.findall(content):
            if tok[:1].isdigit() or tok[:1] in b"-+.":
                stack.append(float(tok))
                continue
            if tok[:1] in b"/<([" or tok in (b"]", b"<<", b">>"):
                stack.append(tok)
                continue
            op = tok.decode()
            if op == "BT":
                tm, lm = [1, 0, 0, 1, 0, 0], [1, 0, 0, 1, 0, 0]
            elif op == "Tf":
                font = stack[-2].decode()[1:]
            elif op == "TL":
                lead = stack[-1]
            elif op == "Tm":
                tm = list(stack[-6:])
                lm = list(tm)
                fresh = True
            elif op in ("Td", "TD"):
                tx, ty = stack[-2], stack[-1]
                lm = [lm[0], lm[1], lm[2], lm[3], lm[4] + tx * lm[0] + ty * lm[2], lm[5] + tx * lm[1] + ty * lm[3]]
                tm = list(lm)
                if op == "TD":
                    lead = -ty
                fresh = True
            elif op == "T*":
                lm = [lm[0], lm[1], lm[2], lm[3], lm[4] - lead * lm[2], lm[5] - lead * lm[3]]
                tm = list(lm)
                fresh = True
            elif op in ("Tj", "TJ", "'", '"'):
                hexes = [t for t in stack if isinstance(t, bytes) and t.startswith(b"<") and t != b"<<"]
                text = ""
                for h in hexes:
                    h = re.sub(rb"\s", b"", h[1:-1]).decode()
                    for k in range(0, len(h), 4):
                        text += fonts[font].get(int(h[k:k + 4], 16), "")
                shows.append((lm[4], lm[5], lm[3], text, fresh))
                fresh = False
            stack = []
        out.append((width, shows))
    return out


def pdf_contents(full):
    data = open(full, "rb").read()
    objs = pdf_objects(data)
    return [pdf_stream(objs[ref(o, b"Contents")]) for o in objs.values() if re.search(rb"/Type/Page\b", o)]


def pdf_units(full):
    units = []
    for pno, (width, shows) in enumerate(pdf_pages(full)):
        lines, order = {}, []
        for x, y, size, text, fresh in shows:
            key = (0 if x < width / 2 else 1, round(y, 1))
            if key not in lines:
                lines[key] = ""
                order.append(key)
            if fresh and lines[key]:
                lines[key] += " "
            lines[key] += text
        for key in sorted(order, key=lambda k: (k[0], -k[1])):
            t = ws(lines[key])
            if t:
                units.append(t)
    return units


# ----------------------------------------------------------------------------- DOCX
def docx_units(full):
    with zipfile.ZipFile(full) as z:
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
    if path.endswith(".docx"):
        return docx_units(full)
    p = Blocks()
    p.feed(open(full, encoding="utf-8").read())
    p.flush()
    return p.units


# ----------------------------------------------------------------------------- format marks
def check_pdf(units, problems):
    path = os.path.join(ROOT, DOCS["lakshya-monthly-may-2025-inland-waterways"][0])
    data = open(path, "rb").read()
    pages = pdf_pages(path)
    needs = [(data.startswith(b"%PDF-1.4"), "a PDF 1.4 header"),
             (b"/Creator(Adobe InDesign" in data and b"<xmp:CreatorTool>Adobe InDesign" in data, "InDesign creator"),
             (b"/Producer(Adobe PDF Library" in data, "Adobe PDF Library producer"),
             (b"<xmpMM:History>" in data and b"from application/x-indesign to application/pdf" in data, "XMP history"),
             (b"/Subtype/Type0" in data and b"/CIDFontType2" in data and b"/ToUnicode" in data, "CID fonts"),
             (b"/Encoding/Identity-H" in data and b"/FontFile2" in data, "embedded Identity-H subsets"),
             (len(pages) == 2, "two pages"),
             (any(s[2] >= 30 and len(s[3]) == 1 for s in pages[0][1]), "a drop cap"),
             (any(s[2] >= 13 and s[3].startswith("\u201c") for s in pages[0][1]), "a pull quote"),
             (any(u.upper().startswith("PRELIMS POINTERS") for u in units), "the Prelims Pointers box"),
             (sum(1 for u in units if "MAY 2025" in u) >= 2, "running heads with the month"),
             (units.count("38") == 1 and units.count("39") == 1, "page numbers 38 and 39"),
             (any(max(map(float, m)) < 0.3 and sum(map(float, m)) > 0 for c in pdf_contents(path)
                  for m in re.findall(rb"q ([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) k [-\d. ]+ re f Q", c)),
              "a tint-filled box"),
             (any(s[2] == 11 and s[3] == "The network on paper" for s in pages[0][1]), "display-face subheads")]
    for ok, what in needs:
        if not ok:
            problems.append("pdf: no %s" % what)


def check_html(units, problems):
    page = open(os.path.join(ROOT, DOCS["pib-iwai-record-cargo-fy2024-25"][0]), encoding="utf-8").read()
    for mark in ("<!-- saved from url=(0053)https://pib.gov.in/PressReleasePage.aspx?PRID=", "MinistryNameSubhead",
                 "ReleaseDateSubHeaddateTime", 'id="__VIEWSTATE"', "ctl00$Bar1$ddlLang", "print-icons",
                 "sticky-social_mb", 'class="ReleaseLang"', "<ul>", '<table align="center" border="1"',
                 'id="ctl00_ContentPlaceHolder1_PdfDiv" style="display: none;"', 'id="ltrDescriptionn"',
                 "Press Release_ Press Information Bureau_files/", "Bookman Old Style"):
        if mark not in page:
            problems.append("pib: no %s" % mark)
    for unit in ("Ministry of Ports, Shipping and Waterways", "Posted On: 15 APR 2025", "New Delhi, 15th April 2025",
                 "***", "MJPS/", "(Release ID:", "Read this release in:", "Language"):
        if not any(u.startswith(unit) for u in units):
            problems.append("pib: no %r line" % unit)
    if page.count("Posted On:") != 2:
        problems.append("pib: the Posted On stamp should appear in the page and in the hidden PdfDiv copy")


def check_docx(units, problems):
    full = os.path.join(ROOT, DOCS["iwt-notes-gs3-infrastructure"][0])
    with zipfile.ZipFile(full) as z:
        infos = z.infolist()
        names = [i.filename for i in infos]
        for part in ("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                     "word/numbering.xml", "word/settings.xml", "word/comments.xml", "word/commentsExtended.xml",
                     "word/commentsIds.xml", "word/commentsExtensible.xml", "word/people.xml",
                     "word/theme/theme1.xml", "docProps/app.xml", "docProps/core.xml", "customXml/item1.xml"):
            if part not in names:
                problems.append("docx: missing part %s" % part)
        for info in infos:
            ET.fromstring(z.read(info.filename))
        doc = z.read("word/document.xml").decode("utf-8")
        app = z.read("docProps/app.xml").decode("utf-8")
        num = z.read("word/numbering.xml").decode("utf-8")
        com = z.read("word/comments.xml").decode("utf-8")
    needs = [(names[0] == "[Content_Types].xml", "[Content_Types].xml first"),
             (all(i.date_time == (1980, 1, 1, 0, 0, 0) and i.flag_bits == 6 for i in infos), "Office zip stamps"),
             ("<Application>Microsoft Office Word</Application>" in app and "<AppVersion>16.0000" in app, "Word 365 app.xml"),
             ('w:pStyle w:val="Heading1"' in doc and 'w:pStyle w:val="Heading2"' in doc, "Heading 1/2 styles"),
             ('w:numFmt w:val="lowerLetter"' in num and '<w:ilvl w:val="1"/>' in doc, "a numbered list with sub-letters"),
             ('w:numFmt w:val="bullet"' in num, "a bullet list"),
             (doc.count("<w:gridCol ") == 2 and "<w:tbl>" in doc, "a two-column table"),
             ("<w:b/>" in doc, "bold runs"),
             ("<w:commentRangeStart" in doc and "<w:commentReference" in doc and "<w:comment " in com, "a comment"),
             ('w:sym w:font="Wingdings" w:char="F0E0"' in doc, "AutoCorrect arrows"),
             ("Current Affairs" in units, "the Current Affairs heading")]
    for ok, what in needs:
        if not ok:
            problems.append("docx: no %s" % what)


# ----------------------------------------------------------------------------- main
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
    if len(sys.argv) > 2 and sys.argv[1] == "--units":
        for u in units_of(DOCS[sys.argv[2]][0]):
            print(u)
        return 0
    problems = []
    units = {k: units_of(v[0]) for k, v in DOCS.items()}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    check_pdf(units["lakshya-monthly-may-2025-inland-waterways"], problems)
    check_html(units["pib-iwai-record-cargo-fy2024-25"], problems)
    check_docx(units["iwt-notes-gs3-infrastructure"], problems)
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
