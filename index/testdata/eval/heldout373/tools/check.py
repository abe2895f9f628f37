#!/usr/bin/python3
"""Check the heldout373 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - PowerPoint PDF: the xref table is followed to the page tree, each page's content stream is
    inflated and read; one unit per BT/ET text object (PowerPoint writes one a line: a slide
    title, one wrapped line of a bullet, a bullet glyph, a chart label, the footer, the slide
    number), TJ strings joined, kerning numbers below -250 read as a space, WinAnsi decoded;
  - Medium .html: one unit per block element's visible text (script, style, svg and noscript
    skipped; buttons, figures and captions are blocks);
  - Notion .md: one unit per line with Markdown marks taken off (heading hashes, bullet dashes,
    list numbers, the four-space toggle indent, bold/italic stars, link targets), <aside> lines
    and the table's "---" row skipped, and one unit per table cell.
Then checks that:
  - each document has 1,300 to 1,800 words as extracted (a word: a token with a letter or digit);
  - each format's marks are there: the PDF's header, PowerPoint Creator/Producer, 960 x 540
    pages, tagged structure (StructTreeRoot, MarkInfo, Lang, RoleMap with Slide), embedded
    ArialMT subsets with WinAnsiEncoding, artifacts, a large-font title on every slide, a
    footer and slide number on every slide but the first and last, an agenda, bullets and
    sub-bullets, a chart Figure with labels; the Medium page's saved-from comment, story title,
    subtitle, author name, Follow button, read time, clap and response counts, figures with
    captions, a pull quote, h3 subheads, "More from" list, footer links and Apollo state; the
    Notion export's 32-hex id in the file name, title, Created:/Tags: property lines, toggles
    exported as bullets with indented children, <aside> callouts, a pipe table, an "Updates"
    section of dated "@Month D, YYYY" bullets and no final newline;
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_pdf.py, tools/make_medium.py and tools/make_notion.py re-make the documents byte
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
NOTION = "sickle-cell-mission-nscaem-2b6f0e9c41d780a3b9e5c7d21f4a8e06"
DOCS = {
    "nscaem-study-circle-deck": ("docs/nscaem-study-circle-deck.pdf", "make_pdf.py"),
    "sickle-cell-gene-therapy-medium": ("docs/sickle-cell-gene-therapy-medium.html", "make_medium.py"),
    NOTION: ("docs/%s.md" % NOTION, "make_notion.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "blockquote", "picture", "input"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def nwords(units):
    return sum(1 for u in units for t in u.split() if re.search(r"[A-Za-z0-9]", t))


# ------------------------------------------------------------------ PDF
class PDF:
    def __init__(self, data):
        self.data = data
        sx = int(re.findall(rb"startxref\r?\n(\d+)", data)[-1])
        m = re.match(rb"xref\r?\n0 (\d+)\r?\n", data[sx:])
        n = int(m.group(1))
        p = sx + m.end()
        self.off = {}
        for i in range(n):
            ent = data[p + 20 * i:p + 20 * i + 18]
            if ent.endswith(b"n"):
                self.off[i] = int(ent[:10])
        tr = data[p + 20 * n:]
        self.trailer = tr[:tr.index(b"startxref")]

    def obj(self, num):
        p = self.off[num]
        m = re.match(rb"%d 0 obj\r?\n" % num, self.data[p:])
        start = p + m.end()
        end = self.data.index(b"endobj", start)
        body = self.data[start:end]
        if b"stream\r\n" in body[:body.find(b">>\r\nstream") + 12] and b">>\r\nstream\r\n" in body:
            head = body[:body.index(b">>\r\nstream\r\n") + 2]
            ln = int(re.search(rb"/Length (\d+)", head).group(1))
            s0 = start + body.index(b">>\r\nstream\r\n") + len(b">>\r\nstream\r\n")
            return head, self.data[s0:s0 + ln]
        return body.strip(), None

    def ref(self, head, key):
        m = re.search(rb"/" + key + rb" (\d+) 0 R", head)
        return int(m.group(1)) if m else None

    def pages(self):
        root = int(re.search(rb"/Root (\d+) 0 R", self.trailer).group(1))
        cat, _ = self.obj(root)
        pages, _ = self.obj(self.ref(cat, b"Pages"))
        kids = [int(x) for x in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids\[([^\]]*)\]", pages).group(1))]
        out = []
        for k in kids:
            head, _ = self.obj(k)
            chead, cdata = self.obj(self.ref(head, b"Contents"))
            if b"/FlateDecode" in chead:
                cdata = zlib.decompress(cdata)
            out.append((head, cdata))
        return cat, out


TOKEN = re.compile(rb"\s*(?:(\()|(\[)|(\])|(<<)|(>>)|(/[^\s/\[\]()<>]+)|([-+]?\d*\.?\d+)|([A-Za-z'\"*]+))")


def read_string(buf, i):
    depth, out = 1, bytearray()
    while True:
        c = buf[i]
        i += 1
        if c == 0x5C:  # backslash
            nx = buf[i]
            if 0x30 <= nx <= 0x37:
                j = i
                while j < i + 3 and 0x30 <= buf[j] <= 0x37:
                    j += 1
                out.append(int(buf[i:j], 8) & 0xFF)
                i = j
            else:
                out.append({0x6E: 10, 0x72: 13, 0x74: 9}.get(nx, nx))
                i += 1
        elif c == 0x28:
            depth += 1
            out.append(c)
        elif c == 0x29:
            depth -= 1
            if not depth:
                return bytes(out), i
            out.append(c)
        else:
            out.append(c)


def pdf_lines(content):
    """One unit per BT/ET text object, in content order."""
    units, i, stack, cur, in_bt = [], 0, [], [], False
    while i < len(content):
        m = TOKEN.match(content, i)
        if not m:
            i += 1
            continue
        i = m.end()
        if m.group(1):
            s, i = read_string(content, i)
            stack.append(s)
        elif m.group(2):
            stack.append("[")
        elif m.group(3):
            arr = []
            while stack and stack[-1] != "[":
                arr.insert(0, stack.pop())
            if stack:
                stack.pop()
            stack.append(arr)
        elif m.group(7):
            stack.append(float(m.group(7)))
        elif m.group(8):
            op = m.group(8)
            if op == b"BT":
                in_bt, cur = True, []
            elif op == b"ET":
                t = ws("".join(cur))
                if t:
                    units.append(t)
                in_bt = False
            elif op == b"TJ" and in_bt and stack and isinstance(stack[-1], list):
                for el in stack[-1]:
                    if isinstance(el, bytes):
                        cur.append(el.decode("cp1252"))
                    elif el < -250:
                        cur.append(" ")
            elif op in (b"Tj", b"'", b'"') and in_bt and stack and isinstance(stack[-1], bytes):
                cur.append(stack[-1].decode("cp1252"))
            stack = []
    return units


def pdf_units(full):
    _cat, pages = PDF(open(full, "rb").read()).pages()
    return [pdf_lines(c) for _h, c in pages]


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
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


# ------------------------------------------------------------------ Markdown
def md_units(text):
    out = []
    for line in text.split("\n"):
        s = line.strip()
        if not s or s in ("<aside>", "</aside>") or re.match(r"^\|\s*-{3}", s):
            continue
        if s.startswith("|"):
            cells = [c.strip() for c in s.strip("|").split("|")]
        else:
            s = re.sub(r"^(#{1,6}\s+|[-*]\s+|\d+\.\s+|>\s+)", "", s)
            cells = [s]
        for c in cells:
            c = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", c)
            c = re.sub(r"\*\*(.+?)\*\*", r"\1", c)
            c = re.sub(r"(?<![\w*])\*(\S.*?)\*(?![\w*])", r"\1", c)
            c = ws(c)
            if c:
                out.append(c)
    return out


def units_of(name):
    path = os.path.join(ROOT, DOCS[name][0])
    if path.endswith(".pdf"):
        return [u for page in pdf_units(path) for u in page]
    text = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.flush()
        return p.units
    return md_units(text)


# ------------------------------------------------------------------ format marks
def check_pdf(problems):
    full = os.path.join(ROOT, DOCS["nscaem-study-circle-deck"][0])
    data = open(full, "rb").read()
    pdf = PDF(data)
    cat, pages = pdf.pages()
    info = pdf.obj(int(re.search(rb"/Info (\d+) 0 R", pdf.trailer).group(1)))[0]
    creator = "Microsoft\u00ae PowerPoint\u00ae for Microsoft 365".encode("utf-16-be")
    needs = [(data.startswith(b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5"), "PDF 1.7 header with binary comment"),
             (b"\xfe\xff" + creator in info and info.count(creator) == 2, "PowerPoint Creator and Producer"),
             (b"/StructTreeRoot" in cat and b"/MarkInfo<</Marked true>>" in cat and b"/Lang(en-IN)" in cat,
              "tagged catalog (StructTreeRoot, MarkInfo, Lang)"),
             (b"/Slide/Part" in data and b"/S/Slide" in data, "Office RoleMap with Slide elements"),
             (b"/BaseFont/BCDEEE+ArialMT/Encoding/WinAnsiEncoding" in data and b"/FontFile2" in data,
              "embedded ArialMT subset with WinAnsiEncoding"),
             (b"/S/Figure" in data and b"/Alt(Column chart" in data, "chart Figure with alt text"),
             (b"x:xmptk=\"3.1-701\"" in data, "Office XMP packet"),
             (all(b"/MediaBox[ 0 0 960 540]" in h for h, _c in pages), "16:9 pages of 960 x 540 pt"),
             (all(b"/Artifact BMC" in c for _h, c in pages), "artifacts on every page")]
    for ok, what in needs:
        if not ok:
            problems.append("pdf: no %s" % what)
    per_page = [pdf_lines(c) for _h, c in pages]
    for n, (units, (_h, c)) in enumerate(zip(per_page, pages), 1):
        if not re.search(rb"/F2 (3[0-9]|4[0-9])(\.\d+)? Tf", c):
            problems.append("pdf: slide %d has no large-font title" % n)
        if 1 < n < len(pages):
            if units[-1] != str(n) or not units[-2].startswith("Department of Community Medicine"):
                problems.append("pdf: slide %d lacks its footer and number" % n)
    flat = [u for p in per_page for u in p]
    for unit, what in (("\u2022", "bullets"), ("\u2013", "sub-bullets"), ("1.", "numbered agenda"),
                       ("Agenda", "agenda slide"), ("6.04", "chart data label"), ("Target 2025-26", "chart category")):
        if unit not in flat:
            problems.append("pdf: no %s" % what)


def check_html(units, problems):
    page = open(os.path.join(ROOT, DOCS["sickle-cell-gene-therapy-medium"][0]), encoding="utf-8").read()
    for mark in ("<!-- saved from url=(", 'data-testid="storyTitle"', "pw-subtitle-paragraph",
                 'data-testid="authorName"', 'data-testid="storyReadTime"', 'data-testid="storyPublishDate"',
                 "pw-multi-vote-count", "pw-responses-count", 'data-testid="headerClapButton"', "<figure",
                 "<figcaption", "<blockquote", "<h3", "window.__APOLLO_STATE__", "_files/",
                 'data-fela-type="RULE"', '<meta property="og:title"'):
        if mark not in page:
            problems.append("medium: no %s" % mark)
    for unit in ("Follow", "9 min read", "More from Rohan Meshram", "Text to speech", "Written by Rohan Meshram",
                 "Listen", "Share"):
        if unit not in units:
            problems.append("medium: no %r unit" % unit)


def check_md(problems):
    path = DOCS[NOTION][0]
    if not re.search(r"-[0-9a-f]{32}\.md$", path):
        problems.append("notion: file name lacks a 32-hex id")
    text = open(os.path.join(ROOT, path), encoding="utf-8").read()
    lines = text.split("\n")
    if not lines[0].startswith("# ") or lines[1] != "" or not lines[2].startswith("Created: ") \
            or not lines[3].startswith("Tags: "):
        problems.append("notion: no title with Created:/Tags: property lines under it")
    if not re.search(r"\n- [^\n]+\n    \n    \S", text):
        problems.append("notion: no toggle exported as a bullet with indented children")
    if text.count("<aside>") < 2 or text.count("</aside>") != text.count("<aside>"):
        problems.append("notion: no <aside> callouts")
    if not re.search(r"\n\| --- \| --- \|", text):
        problems.append("notion: no pipe table")
    upd = text.split("\n## Updates\n", 1)
    if len(upd) != 2 or len(re.findall(r"\n- @[A-Z][a-z]+ \d{1,2}, 20\d\d: ", upd[1])) < 5:
        problems.append("notion: no Updates section of dated bullets")
    if text.endswith("\n"):
        problems.append("notion: ends with a newline (Notion's export does not)")


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
    units = {k: units_of(k) for k in DOCS}
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    lowered = {k: [ws(x).lower() for x in u] for k, u in units.items()}
    for k, u in units.items():
        n = nwords(u)
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    check_pdf(problems)
    check_html(units["sickle-cell-gene-therapy-medium"], problems)
    check_md(problems)
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
                la = ws(a).lower()
                if not any(la in u for u in lowered[name]):
                    problems.append("%s: not inside one unit of %s: %r" % (where, name, a))
                total = sum(j.count(la) for j in joined.values())
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
    if len(sys.argv) > 1 and sys.argv[1] == "--units":
        for k in DOCS:
            print("=====", k)
            for u in units_of(k):
                print(u)
        sys.exit(0)
    sys.exit(main())
