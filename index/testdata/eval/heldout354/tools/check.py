#!/usr/bin/python3
"""Check the heldout354 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Notion HTML export: one unit per block element's visible text (style and svg skipped), so a
    paragraph, list item, callout, toggle summary, to-do, table cell, property name or value,
    table-of-contents entry and database cell is each a unit;
  - Google Slides PDF: the xref table is read, each page's Flate content stream decoded, the
    hex glyph ids of every Tj mapped to text through the font's ToUnicode CMap and placed with
    its Tm and the /W widths; runs on one baseline that touch (a bullet and its text) are joined,
    so one unit is one visual line of a text box (the two columns of a slide stay apart);
  - YouTube transcript .txt: one unit per line (CRLF line ends).
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (Notion: the export's head and style, the page icon and properties table, callouts with an
    emoji icon, toggles as details/summary, checked and unchecked to-do blocks, a simple table,
    a flattened database view with its title cells, the table of contents, a link to a sub-page
    and a bookmark; the PDF: PDF 1.4 from Skia's Google Docs renderer, 720 x 405 pt pages,
    Identity-H Type0 fonts with ToUnicode and an embedded TrueType subset, a title slide without
    a number and a slide number bottom right on every other page, no line repeated at the top of
    the pages, two-column slides and chart labels as text; the transcript: CRLF and no BOM, the
    title, channel and link at the top, the student's notes, timestamps on lines of their own
    each followed by a caption line, rising timestamps, chapter titles, [Music] tags);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_notion.py, tools/make_slides.py and tools/make_transcript.py re-make the documents
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
import zlib

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "startup-india-notion-notes": ("docs/startup-india-notion-notes.html", "make_notion.py"),
    "startup-ecosystem-funding-slides": ("docs/startup-ecosystem-funding-slides.pdf", "make_slides.py"),
    "startup-india-budget-2025-youtube-transcript": (
        "docs/startup-india-budget-2025-youtube-transcript.txt", "make_transcript.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "blockquote", "hr", "pre"}
SKIP = {"script", "style", "svg", "noscript"}
TIMESTAMP = re.compile(r"^\d{1,2}:\d{2}(:\d{2})?$")


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


# ---------------------------------------------------------------- PDF
class Pdf:
    def __init__(self, data):
        self.data = data
        sx = int(re.search(rb"startxref\s+(\d+)", data[-64:]).group(1))
        m = re.match(rb"xref\s+0 (\d+)\s+", data[sx:])
        n = int(m.group(1))
        pos = sx + m.end()
        self.offsets = {}
        for k in range(n):
            entry = data[pos + 20 * k:pos + 20 * k + 20]
            if entry[17:18] == b"n":
                self.offsets[k] = int(entry[:10])
        self.trailer = data[data.rindex(b"trailer"):]

    def obj(self, k):
        """(dictionary text, decoded stream bytes or None)"""
        start = self.offsets[k]
        head = re.match(rb"\d+ 0 obj\n", self.data[start:])
        body = start + head.end()
        sm = self.data.find(b">> stream\n", body)
        em = self.data.find(b"\nendobj", body)
        if sm != -1 and sm < em:
            d = self.data[body:sm + 2].decode("latin-1")
            ln = int(re.search(r"/Length (\d+)", d).group(1))
            raw = self.data[sm + 10:sm + 10 + ln]
            if "/FlateDecode" in d:
                raw = zlib.decompress(raw)
            return d, raw
        return self.data[body:em].decode("latin-1"), None

    @staticmethod
    def ref(d, key):
        m = re.search(r"/%s (\d+) 0 R" % key, d)
        return int(m.group(1)) if m else None

    def pages(self):
        root = self.ref(self.trailer.decode("latin-1"), "Root")
        pages = self.ref(self.obj(root)[0], "Pages")
        kids = re.search(r"/Kids \[([^\]]*)\]", self.obj(pages)[0]).group(1)
        return [int(x) for x in re.findall(r"(\d+) 0 R", kids)]

    def font(self, k):
        d = self.obj(k)[0]
        cmap = {}
        tu = self.obj(self.ref(d, "ToUnicode"))[1].decode("latin-1")
        for block in re.findall(r"beginbfchar(.*?)endbfchar", tu, re.S):
            for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                cmap[int(src, 16)] = bytes.fromhex(dst).decode("utf-16-be")
        for block in re.findall(r"beginbfrange(.*?)endbfrange", tu, re.S):
            for a, b, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                for i, g in enumerate(range(int(a, 16), int(b, 16) + 1)):
                    cmap[g] = chr(int(dst, 16) + i)
        desc = int(re.search(r"/DescendantFonts \[(\d+) 0 R\]", d).group(1))
        dd = self.obj(desc)[0]
        widths = {}
        toks = re.findall(r"\[|\]|-?[\d.]+", dd[dd.index("/W ") + 3:])
        i, depth = 1, 1  # skip the opening bracket
        while i < len(toks) and depth:
            if toks[i] == "]":
                break
            first = int(toks[i])
            assert toks[i + 1] == "["
            j = i + 2
            g = first
            while toks[j] != "]":
                widths[g] = float(toks[j])
                g += 1
                j += 1
            i = j + 1
        return {"cmap": cmap, "widths": widths, "desc": dd, "dict": d}

    def runs(self, page):
        d = self.obj(page)[0]
        fonts = {name: self.font(int(k)) for name, k in re.findall(r"/(F\d+) (\d+) 0 R", d)}
        content = self.obj(self.ref(d, "Contents"))[1].decode("latin-1")
        toks = re.findall(r"<[0-9A-Fa-f]*>|/[^\s/\[\]<>()]+|\[|\]|-?\d*\.?\d+|[A-Za-z*'\"]+", content)
        stack, font, size, tm, out = [], None, 0.0, (0, 0), []
        for t in toks:
            if t == "Tf":
                font, size = fonts[stack[-2][1:]], float(stack[-1])
            elif t == "Tm":
                tm = (float(stack[-2]), float(stack[-1]))
            elif t == "Tj":
                hexs = stack[-1][1:-1]
                gids = [int(hexs[i:i + 4], 16) for i in range(0, len(hexs), 4)]
                text = "".join(font["cmap"].get(g, "\ufffd") for g in gids)
                width = sum(font["widths"].get(g, 0) for g in gids) * size / 1000
                out.append((tm[0], tm[1], tm[0] + width, size, text))
            if re.match(r"[A-Za-z*'\"]+$", t):
                stack = []
            else:
                stack.append(t)
        return out


def pdf_lines(pdf, page):
    lines = []
    for x, y, xend, size, text in pdf.runs(page):
        if lines:
            lx, ly, lend, lsize, ltext = lines[-1]
            gap = x - lend
            if abs(y - ly) < 1 and -1 < gap < size * 1.2:
                lines[-1] = (lx, ly, xend, lsize, ltext + (" " if gap > size * 0.15 else "") + text)
                continue
        lines.append((x, y, xend, size, text))
    return lines


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        pdf = Pdf(open(full, "rb").read())
        return [ws(l[4]) for p in pdf.pages() for l in pdf_lines(pdf, p) if ws(l[4])]
    text = open(full, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.flush()
        return p.units
    return [ws(l) for l in text.split("\n") if l.strip()]


# ---------------------------------------------------------------- format marks
def check_notion(units, problems):
    page = open(os.path.join(ROOT, DOCS["startup-india-notion-notes"][0]), encoding="utf-8").read()
    marks = [
        ('<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>', "the export's meta charset"),
        ("/* cspell:disable-file */", "the export's style block"),
        ('<article id="', "the page article"),
        ('class="page sans"', "the page font class"),
        ('<div class="page-header-icon undefined"><span class="icon">', "the page icon"),
        ('<table class="properties">', "the properties table"),
        ("property-row-multi_select", "a multi-select property"),
        ("property-row-status", "a status property"),
        ("property-row-created_time", "a created-time property"),
        ('class="block-color-gray_background callout"', "a callout"),
        ('<details open=""><summary>', "a toggle"),
        ('class="to-do-list"', "to-do blocks"),
        ("checkbox checkbox-on", "a checked to-do"),
        ("to-do-children-unchecked", "an unchecked to-do"),
        ('class="simple-table"', "a simple table"),
        ('<div id="', "block ids"),
        ('class="collection-content"', "a flattened database view"),
        ('<td class="cell-title"><a href="', "database title cells linking to row pages"),
        ("table_of_contents-link", "the table of contents block"),
        ('class="link-to-page"', "a link to a sub-page"),
        ('class="bookmark source"', "a bookmark"),
        ('<span class="sans" style="font-size:14px;padding-top:2em"></span></body></html>', "the closing span"),
    ]
    for mark, what in marks:
        if mark not in page:
            problems.append("notion: no %s" % what)
    if not re.search(r'id="1[0-9a-f]{7}-[0-9a-f]{4}-80[0-9a-f]{2}-[0-9a-f]{4}-[0-9a-f]{12}"', page):
        problems.append("notion: block ids are not Notion-shaped UUIDs")
    body = page[page.index("</style>"):]
    if body.count("\n") != body.count('class="">\n</p>'):
        problems.append("notion: the body is not on one line (newlines only in empty text blocks)")
    if not any(u.startswith("@") for u in units):
        problems.append("notion: no @date property values")


def check_pdf(problems):
    data = open(os.path.join(ROOT, DOCS["startup-ecosystem-funding-slides"][0]), "rb").read()
    if not data.startswith(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"):
        problems.append("pdf: not a PDF 1.4 file with the binary comment line")
    if b"/Producer (Skia/PDF" not in data or b"Google Docs Renderer" not in data:
        problems.append("pdf: producer is not Skia's Google Docs renderer")
    pdf = Pdf(data)
    pages = pdf.pages()
    firsts = []
    numbered = 0
    two_col = 0
    for n, p in enumerate(pages, 1):
        d = pdf.obj(p)[0]
        if "/MediaBox [0 0 720 405]" not in d:
            problems.append("pdf: page %d is not 720 x 405 pt (16:9)" % n)
        lines = pdf_lines(pdf, p)
        firsts.append(lines[0][4])
        nums = [l for l in lines if l[4] == str(n) and l[1] > 500 and l[0] > 850]
        if n == 1 and nums:
            problems.append("pdf: the title slide carries a slide number")
        if n > 1:
            if nums:
                numbered += 1
            else:
                problems.append("pdf: page %d has no slide number bottom right" % n)
        ys = {}
        for l in lines:
            ys.setdefault(round(l[1], 1), []).append(l[0])
        if any(min(xs) < 300 and max(xs) > 480 and len(xs) >= 2 for y, xs in ys.items() if y > 150):
            two_col += 1
    if len(set(firsts)) != len(firsts):
        problems.append("pdf: a line repeats at the top of pages (running header)")
    if two_col < 3:
        problems.append("pdf: fewer than three two-column slides (%d)" % two_col)
    fonts = re.findall(rb"/Subtype /Type0", data)
    if len(fonts) < 2 or data.count(b"/Encoding /Identity-H") < 2 or data.count(b"/ToUnicode") < 2 \
            or data.count(b"/FontFile2") < 2 or b"/BaseFont /AAAAAA+" not in data:
        problems.append("pdf: fonts are not embedded Identity-H Type0 subsets with ToUnicode")
    units = units_of(DOCS["startup-ecosystem-funding-slides"][0])
    for label in ("~42", "~7", "2021", "2024", "40"):
        if label not in units:
            problems.append("pdf: chart label %r is not a line of its own" % label)
    return len(pages), numbered


def check_transcript(problems):
    raw = open(os.path.join(ROOT, DOCS["startup-india-budget-2025-youtube-transcript"][0]), "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append("transcript: has a BOM")
    if raw.count(b"\r\n") != raw.count(b"\n") or not raw.endswith(b"\r\n"):
        problems.append("transcript: line ends are not all CRLF")
    lines = raw.decode("utf-8").split("\r\n")[:-1]
    if "|" not in lines[0] or not lines[2].startswith("https://www.youtube.com/watch?v="):
        problems.append("transcript: no video title / channel / link at the top")
    if not any(l.startswith("my notes") for l in lines[:12]):
        problems.append("transcript: no student's notes at the top")
    first = next(i for i, l in enumerate(lines) if TIMESTAMP.match(l))
    secs, chapters = [], 0
    for i in range(first, len(lines)):
        l = lines[i]
        if TIMESTAMP.match(l):
            parts = [int(x) for x in l.split(":")]
            s = parts[-1] + 60 * parts[-2] + (3600 * parts[0] if len(parts) == 3 else 0)
            secs.append(s)
            if i + 1 >= len(lines) or TIMESTAMP.match(lines[i + 1]) or not lines[i + 1].strip():
                problems.append("transcript: timestamp on line %d has no caption after it" % (i + 1))
        elif not TIMESTAMP.match(lines[i - 1]):
            chapters += 1
    if secs != sorted(secs):
        problems.append("transcript: timestamps do not rise")
    if chapters < 5:
        problems.append("transcript: fewer than five chapter titles (%d)" % chapters)
    if lines.count("[Music]") < 2:
        problems.append("transcript: no [Music] tags")
    return len(secs), chapters


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
        print("%s: %d words as extracted, %d units" % (DOCS[k][0], n, len(u)))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    check_notion(units["startup-india-notion-notes"], problems)
    npages, numbered = check_pdf(problems)
    ncaps, nchap = check_transcript(problems)
    print("slides: %d pages, %d numbered; transcript: %d captions, %d chapters" % (npages, numbered, ncaps, nchap))
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
