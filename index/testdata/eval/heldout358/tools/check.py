#!/usr/bin/python3
"""Check the heldout358 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Word-made magazine PDF: the xref table is followed to every object, the pages' content
    streams are inflated and their text operators read (Tm/Td positions, Tj/TJ strings in
    WinAnsi); one unit per printed line (text chunks on the same baseline that follow each
    other), in content-stream order, which is the reading order: page header, left column,
    right column, footer;
  - Joplin Markdown export: the front matter's title, then one unit per body line with its
    block marker taken off (#, >, -, 1., - [ ], [^n]:), one unit per table cell, fences and the
    table's --- row skipped; inline marks (**, *, ==, links) are left in place;
  - Google Docs zipped HTML: the .html inside the zip, one unit per block element's visible text
    (style skipped), so each p, li, h1/h2, table-cell paragraph, footnote and comment is a unit.
Then checks that:
  - each document has 1,300 to 1,800 words as extracted (tokens holding a letter or digit), and
    its format's marks are there (listed in check_pdf, check_md and check_gdocs);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_wordpdf.py, tools/make_joplin.py and tools/make_gdocs.py re-make the documents
    byte for byte (each is run into a temporary file; the committed file is never touched).
Run: /usr/bin/python3 tools/check.py        (add --dump NAME to print a document's units)
"""
import hashlib
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
import zlib

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "pratibimb-ca-march-2025-nuclear-energy": ("docs/pratibimb-ca-march-2025-nuclear-energy.pdf", "make_wordpdf.py"),
    "joplin-three-stage-programme-pfbr": ("docs/joplin-three-stage-programme-pfbr.md", "make_joplin.py"),
    "gdocs-clnda-smr-group-notes": ("docs/gdocs-clnda-smr-group-notes.zip", "make_gdocs.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "body", "html", "head", "br", "hr"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------------------------------ PDF
def pdf_objects(data):
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    pos = int(m.group(1))
    head = re.match(rb"xref\s+0 (\d+)\s+", data[pos:])
    count = int(head.group(1))
    table = data[pos + head.end():]
    objs = {}
    for i in range(count):
        entry = table[i * 20:(i + 1) * 20]
        off, _, kind = entry[:10], entry[11:16], entry[17:18]
        if kind != b"n":
            continue
        o = int(off)
        hm = re.match(rb"(\d+) 0 obj\s*", data[o:])
        start = o + hm.end()
        sm = re.search(rb"stream\r?\n", data[start:])
        em = re.search(rb"endobj", data[start:])
        if sm and sm.start() < em.start():
            dic = data[start:start + sm.start()]
            ln = int(re.search(rb"/Length (\d+)", dic).group(1))
            s0 = start + sm.end()
            stream = data[s0:s0 + ln]
            if b"/FlateDecode" in dic:
                stream = zlib.decompress(stream)
            objs[int(hm.group(1))] = (dic, stream)
        else:
            objs[int(hm.group(1))] = (data[start:start + em.start()], None)
    trailer = data[data.rindex(b"trailer"):]
    return objs, trailer


def ref(dic, key):
    m = re.search(rb"/" + key + rb" (\d+) 0 R", dic)
    return int(m.group(1)) if m else None


TOKEN = re.compile(rb"\s*(\((?:\\.|[^\\()]|\((?:\\.|[^\\()])*\))*\)|<<|>>|\[|\]|/[^\s/\[\]()<>]+|[-+]?\d*\.?\d+|[A-Za-z*'\"]+)", re.S)


def unescape(b):
    out, i = bytearray(), 1
    while i < len(b) - 1:
        c = b[i]
        if c == 0x5C:
            n = b[i + 1]
            out.append({0x6E: 10, 0x72: 13, 0x74: 9}.get(n, n))
            i += 2
        else:
            out.append(c)
            i += 1
    return bytes(out)


def decode_winansi(b):
    return "".join(bytes([c]).decode("cp1252", errors="replace") for c in b)


def pdf_pages(path):
    data = open(path, "rb").read()
    objs, trailer = pdf_objects(data)
    root = ref(trailer, b"Root")
    pages = ref(objs[root][0], b"Pages")
    kids = [int(k) for k in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids\[(.*?)\]", objs[pages][0]).group(1))]
    out = []
    for kid in kids:
        content = objs[ref(objs[kid][0], b"Contents")][1]
        fonts = {}
        for fname, fid in re.findall(rb"/(F\d+) (\d+) 0 R", re.search(rb"/Font<<(.*?)>>", objs[kid][0]).group(1)):
            fd = objs[int(fid)][0]
            first = int(re.search(rb"/FirstChar (\d+)", fd).group(1))
            wobj = objs[ref(fd, b"Widths")][0]
            fonts[fname] = (first, [int(v) for v in re.findall(rb"\d+", wobj)])
        lines, cur, cur_y = [], [], None
        stack, x, y = [], 0.0, 0.0
        font, size, tw, end_x = None, 0.0, 0.0, None
        pos = 0
        while pos < len(content):
            m = TOKEN.match(content, pos)
            if not m:
                break
            pos = m.end()
            tok = m.group(1)
            if tok in (b"BT", b"ET", b"q", b"Q", b"g", b"G", b"rg", b"RG", b"re", b"f*", b"n", b"W*", b"m", b"l",
                       b"S", b"w", b"gs", b"Tf", b"Tw", b"BDC", b"BMC", b"EMC", b"Tm", b"Td", b"TJ", b"Tj"):
                if tok == b"Tf":
                    font, size = fonts[stack[-2][1:]], float(stack[-1])
                elif tok == b"Tw":
                    tw = float(stack[-1])
                elif tok == b"Tm":
                    x, y = float(stack[-2]), float(stack[-1])
                elif tok == b"Td":
                    x, y = x + float(stack[-2]), y + float(stack[-1])
                elif tok in (b"TJ", b"Tj"):
                    raw = b"".join(unescape(s) for s in stack if s.startswith(b"("))
                    kern = sum(float(s) for s in stack if not s.startswith((b"(", b"[", b"]")))
                    text = decode_winansi(raw)
                    if cur_y is None or abs(y - cur_y) > 0.5:
                        if cur:
                            lines.append("".join(cur))
                        cur = []
                    elif end_x is not None and x - end_x > 0.15 * size and not cur[-1].endswith(" "):
                        cur.append(" ")  # a visible gap on the same baseline reads as a space
                    cur.append(text)
                    cur_y = y
                    first, widths = font
                    wsum = sum(widths[c - first] if 0 <= c - first < len(widths) else 0 for c in raw)
                    end_x = x + (wsum - kern) * size / 1000.0 + tw * raw.count(b" ")
                stack = []
            else:
                stack.append(tok)
        if cur:
            lines.append("".join(cur))
        out.append(lines)
    return out, objs, data


# ------------------------------------------------------------------------------------ HTML
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


def gdocs_html(path):
    with zipfile.ZipFile(path) as z:
        name = [n for n in z.namelist() if n.endswith(".html")][0]
        return z.read(name).decode("utf-8"), z.namelist(), z


# ------------------------------------------------------------------------------------ MD
MD_PREFIX = [re.compile(p) for p in (r"^#{1,6}\s+", r"^>\s*", r"^[-*+]\s+\[[ xX]\]\s+", r"^[-*+]\s+",
                                     r"^\d+\.\s+", r"^\[\^\d+\]:\s*")]


def md_units(path):
    text = open(path, encoding="utf-8").read()
    fm, body = re.match(r"^---\n(.*?)\n---\n\n(.*)$", text, re.S).groups()
    units = [re.search(r"^title: (.*)$", fm, re.M).group(1)]
    for line in body.split("\n"):
        s = line.strip()
        if not s or re.match(r"^\|?\s*-{3,}", s):
            continue
        if s.startswith("|"):
            units.extend(ws(c) for c in s.strip("|").split("|") if c.strip())
            continue
        for p in MD_PREFIX:
            s = p.sub("", s, count=1)
        if ws(s):
            units.append(ws(s))
    return units


def units_of(name):
    path = os.path.join(ROOT, DOCS[name][0])
    if path.endswith(".pdf"):
        pages, _, _ = pdf_pages(path)
        return [ws(l) for pg in pages for l in pg if ws(l)]
    if path.endswith(".md"):
        return md_units(path)
    p = Blocks()
    p.feed(gdocs_html(path)[0])
    p.flush()
    return p.units


# ------------------------------------------------------------------------------------ marks
def check_pdf(units, problems):
    path = os.path.join(ROOT, DOCS["pratibimb-ca-march-2025-nuclear-energy"][0])
    pages, objs, data = pdf_pages(path)
    raw = b"".join((d or b"") for d, _ in objs.values())
    streams = b"".join((s or b"") for _, s in objs.values())
    info = objs[ref(data[data.rindex(b"trailer"):], b"Info")][0]
    needs = [
        (data.startswith(b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5"), "Word's PDF header and binary comment"),
        (b"\xfe\xff" + "Microsoft\u00ae Word for Microsoft 365".encode("utf-16-be") in info, "Producer/Creator Microsoft Word (UTF-16)"),
        (b"/StructTreeRoot" in raw and b"/MarkInfo<</Marked true>>" in raw, "tagged PDF (StructTreeRoot, MarkInfo)"),
        (b"/S/H1" in raw and b"/S/LBody" in raw and b"/S/Textbox" in raw, "structure elements H1, LBody, Textbox"),
        (b"/Type/Metadata/Subtype/XML" in raw and b"xmpmeta" in streams, "XMP metadata packet"),
        (b"/BaseFont/Arial/Encoding/WinAnsiEncoding" in raw and b"/BaseFont/Arial,Bold" in raw, "non-embedded Arial fonts"),
        (b"/Artifact <</Attached [/Top]/Type /Pagination /Subtype /Header>>BDC" in streams, "header marked as artifact"),
        (b"/P <</MCID" in streams and b"] TJ" in streams, "marked-content paragraphs and TJ arrays"),
        (b" re\nf*" in streams, "shaded box rectangles"),
    ]
    for ok, what in needs:
        if not ok:
            problems.append("pdf: no %s" % what)
    for i, pg in enumerate(pages):
        if not (pg and "MARCH 2025" in pg[0]):
            problems.append("pdf: page %d has no header with the month" % (i + 1))
        if not (pg and pg[-1].startswith("www.pratibimbias.in") and pg[-1].rstrip().endswith(str(38 + i))):
            problems.append("pdf: page %d has no footer with website and page number" % (i + 1))
    xs = set(re.findall(rb"1 0 0 1 ([\d.]+) [\d.]+ Tm", streams))
    if not any(float(x) > 300 for x in xs) or not any(float(x) < 60 for x in xs):
        problems.append("pdf: text is not in two columns")
    for box in ("VALUE ADDITION", "MAINS PRACTICE QUESTION"):
        if not any(u.startswith(box) for u in units):
            problems.append("pdf: no %s box" % box)


def check_md(units, problems):
    text = open(os.path.join(ROOT, DOCS["joplin-three-stage-programme-pfbr"][0]), encoding="utf-8").read()
    needs = [
        (re.match(r"^---\ntitle: .+\nupdated: \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ\ncreated: \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ\ntags:\n(  - .+\n)+---\n\n", text), "Joplin front matter (title, updated, created, tags)"),
        (re.search(r"^## ", text, re.M) and re.search(r"^### ", text, re.M), "headings"),
        (re.search(r"^\| --- \|", text, re.M), "a Markdown table"),
        ("![](../_resources/" in text, "an embedded resource link ![](../_resources/...)"),
        (re.search(r"\[\^1\]", text) and re.search(r"^\[\^1\]: ", text, re.M), "footnotes"),
        ("- [ ] " in text and "- [x] " in text, "checkboxes"),
        (not text.endswith("\n"), "body saved without a final newline"),
    ]
    for ok, what in needs:
        if not ok:
            problems.append("md: no %s" % what)


def check_gdocs(units, problems):
    html_text, names, _ = gdocs_html(os.path.join(ROOT, DOCS["gdocs-clnda-smr-group-notes"][0]))
    needs = [
        ("images/" in names and "images/image1.png" in names, "images/ folder entry and images/image1.png"),
        (html_text.startswith('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'), "Google Docs head"),
        ("\n" not in html_text, "single-line HTML"),
        ('doc-content"' in html_text and "li.li-bullet-0:before" in html_text and "lst-kix_" in html_text, "Google list CSS and doc-content body"),
        ('<p class="c20 title"' in html_text and 'subtitle"' in html_text, "Title and Subtitle paragraphs"),
        (re.search(r'<h1 class="c\d+" id="h\.[a-z0-9]{12}">', html_text), "h1 with h. ids"),
        (re.search(r'<a id="t\.[0-9a-f]{40}"></a><a id="t\.0"></a><table', html_text), "table anchors"),
        ('id="ftnt_ref1"' in html_text and 'id="cmnt_ref1"' in html_text, "footnote and comment markers"),
        ("https://www.google.com/url?q=" in html_text and "&amp;sa=D&amp;source=editors&amp;ust=" in html_text, "Google redirect links"),
        ('src="images/image1.png"' in html_text, "inline image"),
        ("&rsquo;" in html_text and "&ndash;" in html_text and "&#8377;" in html_text, "entity-encoded typography"),
    ]
    for ok, what in needs:
        if not ok:
            problems.append("gdocs: no %s" % what)
    with zipfile.ZipFile(os.path.join(ROOT, DOCS["gdocs-clnda-smr-group-notes"][0])) as z:
        if not z.read("images/image1.png").startswith(b"\x89PNG\r\n\x1a\n"):
            problems.append("gdocs: image1.png is not a PNG")


def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", script), out], check=True)
            a = hashlib.sha256(open(os.path.join(ROOT, path), "rb").read()).hexdigest()
            b = hashlib.sha256(open(out, "rb").read()).hexdigest()
            if a != b:
                problems.append("%s: tools/%s does not re-make it byte for byte" % (path, script))


def nwords(units):
    return sum(1 for u in units for t in u.split() if re.search(r"\w", t))


def main():
    if len(sys.argv) > 2 and sys.argv[1] == "--dump":
        for u in units_of(sys.argv[2]):
            print(u)
        return 0
    problems = []
    units = {k: units_of(k) for k in DOCS}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = nwords(u)
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    check_pdf(units["pratibimb-ca-march-2025-nuclear-energy"], problems)
    check_md(units["joplin-three-stage-programme-pfbr"], problems)
    check_gdocs(units["gdocs-clnda-smr-group-notes"], problems)
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
    sys.exit(main())
