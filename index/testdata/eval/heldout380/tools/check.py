#!/usr/bin/python3
"""Check the heldout380 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Word PDF: the cross-reference table is read, each page's content stream inflated and its text
    operators run (Tf, Tm, Td, TJ, Tj, with WinAnsi bytes decoded as cp1252 and glyph widths taken
    from each font's /Widths); consecutive text pieces in stream order that sit on one baseline
    (within 4 pt, so superscript footnote numbers join their line) and follow on from each other
    make one line, so a table cell's lines stay apart from the next cell's; one unit per line,
    page headers, footers and footnotes included;
  - legal news .html: one unit per block element's visible text (script, style, svg skipped);
  - Samsung Notes .txt: one unit per line.
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the PDF's Word Info and XMP, tags, subset TrueType fonts, footer page numbers on every page,
    the two boxes, three tables with a header row repeated on a new page, superscript footnote
    numbers and the footnotes; the page's Open Graph and article metas, JSON-LD, by-line time,
    advertisement slots, Also Read boxes, tag list and newsletter form; the note's ALL CAPS
    headings, emoji bullets, "->" and "=>" arrows, abbreviations, LF endings and trailing spaces);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_pdf.py, tools/make_html.py and tools/make_txt.py re-make the documents byte for
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
import zlib

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
DOCS = {
    "new-criminal-laws-legislative-brief": ("docs/new-criminal-laws-legislative-brief.pdf", "make_pdf.py"),
    "new-criminal-laws-one-year-lexdiary": ("docs/new-criminal-laws-one-year-lexdiary.html", "make_html.py"),
    "new-criminal-laws-samsung-notes": ("docs/new-criminal-laws-samsung-notes.txt", "make_txt.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption"}
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

class PDF:
    def __init__(self, data):
        self.data = data
        sx = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
        m = re.match(rb"xref\s+(\d+) (\d+)\s+", data[sx:])
        first, count = int(m.group(1)), int(m.group(2))
        p = sx + m.end()
        self.offsets = {}
        for i in range(count):
            ent = data[p + 20 * i:p + 20 * i + 20]
            if ent[17:18] == b"n":
                self.offsets[first + i] = int(ent[:10])
        t = data.index(b"trailer", p)
        self.trailer = data[t:data.index(b"startxref", t)]

    def obj(self, n):
        """-> (dictionary text, stream bytes or None)"""
        p = self.offsets[n]
        m = re.match(rb"(\d+) 0 obj\s*", self.data[p:])
        assert int(m.group(1)) == n, "xref offset of object %d is wrong" % n
        p += m.end()
        end = self.data.index(b"endobj", p)
        s = self.data.index(b"stream", p) if b"stream" in self.data[p:end] else -1
        if s < 0:
            return self.data[p:end].strip(), None
        head = self.data[p:s]
        length = int(re.search(rb"/Length (\d+)", head).group(1))
        q = s + len(b"stream")
        q += 2 if self.data[q:q + 2] == b"\r\n" else 1
        raw = self.data[q:q + length]
        if b"/FlateDecode" in head:
            raw = zlib.decompress(raw)
        return head, raw

    @staticmethod
    def ref(d, key):
        m = re.search(rb"/" + key + rb"\s*(\d+) 0 R", d)
        return int(m.group(1)) if m else None

    def pages(self):
        cat = self.obj(self.ref(self.trailer, b"Root"))[0]
        kids = self.obj(self.ref(cat, b"Pages"))[0]
        return [int(x) for x in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids\s*\[(.*?)\]", kids).group(1))]

    def fonts(self, page):
        d = self.obj(page)[0]
        out = {}
        for name, n in re.findall(rb"/(F\d+) (\d+) 0 R", re.search(rb"/Font\s*<<(.*?)>>", d).group(1)):
            fd = self.obj(int(n))[0]
            fc = int(re.search(rb"/FirstChar (\d+)", fd).group(1))
            wd = self.obj(self.ref(fd, b"Widths"))[0]
            out[name.decode()] = (fc, [float(x) for x in re.findall(rb"-?[\d.]+", wd)])
        return out


TOKEN = re.compile(rb"\s*(\((?:\\.|[^\\()]|\((?:\\.|[^\\()])*\))*\)|<<|>>|\[|\]|/[^\s/\[\]()<>]+|-?[\d.]+|[A-Za-z'\"*]+)",
                   re.S)


def pdf_string(tok):
    s = tok[1:-1]
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5C:
            i += 1
            e = s[i:i + 1]
            if e in b"()\\":
                out += e
            elif e == b"n":
                out += b"\n"
            elif e == b"r":
                out += b"\r"
            elif e == b"t":
                out += b"\t"
            elif e.isdigit():
                j = i
                while j < len(s) and j < i + 3 and s[j:j + 1].isdigit():
                    j += 1
                out.append(int(s[i:j], 8) & 0xFF)
                i = j - 1
        else:
            out.append(c)
        i += 1
    return bytes(out)


def pdf_page_items(content, fonts):
    items = []
    stack = []
    font, size, x, y = None, 10.0, 0.0, 0.0
    lx, ly = 0.0, 0.0
    for m in TOKEN.finditer(content):
        t = m.group(1)
        if t[:1] == b"(" or t[:1] == b"/" or t in (b"[", b"]", b"<<", b">>") or re.match(rb"-?[\d.]+$", t):
            stack.append(t)
            continue
        op = t
        if op == b"Tf":
            font, size = stack[-2][1:].decode(), float(stack[-1])
        elif op == b"Tm":
            x, y = float(stack[-2]), float(stack[-1])
            lx, ly = x, y
        elif op == b"Td":
            lx += float(stack[-2])
            ly += float(stack[-1])
            x, y = lx, ly
        elif op in (b"TJ", b"Tj"):
            fc, widths = fonts[font]
            text, adv = "", 0.0
            for s in stack:
                if s[:1] == b"(":
                    b = pdf_string(s)
                    text += b.decode("cp1252", errors="replace")
                    adv += sum(widths[c - fc] if 0 <= c - fc < len(widths) else 0 for c in b) * size / 1000
                elif re.match(rb"-?[\d.]+$", s) and op == b"TJ":
                    adv -= float(s) * size / 1000
            items.append((x, y, x + adv, text))
            x += adv
        stack = []
    return items


def pdf_pages(full):
    pdf = PDF(open(full, "rb").read())
    out = []
    for page in pdf.pages():
        d = pdf.obj(page)[0]
        content = pdf.obj(pdf.ref(d, b"Contents"))[1]
        items = pdf_page_items(content, pdf.fonts(page))
        lines, cur = [], None
        for x, y, end, text in items:
            if cur and abs(y - cur["y"]) < 4 and -0.5 <= x - cur["end"] < 1.0:
                cur["text"] += text
                cur["end"] = end
            else:
                cur = {"y": y, "end": end, "text": text}
                lines.append(cur)
        out.append([ws(l["text"]) for l in lines if ws(l["text"])])
    return pdf, out


# ----------------------------------------------------------------------------- units

def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return [u for page in pdf_pages(full)[1] for u in page]
    text = open(full, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.flush()
        return p.units
    return [ws(l) for l in text.split("\n") if l.strip()]


def check_pdf(problems):
    full = os.path.join(ROOT, DOCS["new-criminal-laws-legislative-brief"][0])
    data = open(full, "rb").read()
    pdf, pages = pdf_pages(full)
    info = pdf.obj(pdf.ref(pdf.trailer, b"Info"))[0]
    cat = pdf.obj(pdf.ref(pdf.trailer, b"Root"))[0]
    word = "Microsoft\u00ae Word".encode("utf-16-be")
    units = [u for p in pages for u in p]
    n = len(pages)
    repeated = [i for i, p in enumerate(pages) if any(u.startswith("Stage") and "BNSS, 2023" in u or u == "Stage"
                                                      for u in p)]
    needs = [(data.startswith(b"%PDF-1.7\r\n%\xb5\xb5\xb5\xb5\r\n") and data.endswith(b"%%EOF\r\n"),
              "Word's PDF header and trailer"),
             (word in info and b"/Producer" in info and b"/CreationDate(D:2025" in info, "Word Info dictionary"),
             (b"/StructTreeRoot" in cat and b"/MarkInfo<</Marked true>>" in cat and b"/Lang(en-IN)" in cat,
              "tagged-PDF catalog"),
             (b"/Subtype/XML" in data and b"xmp:CreatorTool" in data, "XMP metadata"),
             (len(re.findall(rb"/Subtype/TrueType/Name/F\d/BaseFont/[A-Z]{6}\+Arial", data)) == 3
              and data.count(b"/FontFile2") == 3 and b"/Encoding/WinAnsiEncoding" in data, "subset TrueType fonts"),
             (all(any(u.endswith("Page %d of %d" % (i + 1, n)) for u in p) for i, p in enumerate(pages)),
              "a 'Page n of N' footer on every page"),
             ("Highlights" in units and "Key Issues and Analysis" in units, "the Highlights and Key Issues boxes"),
             (all(any(u.startswith("Table %d:" % k) for u in units) for k in (1, 2, 3)), "three tables"),
             (len(repeated) >= 2, "a table header row repeated on a new page"),
             (any(re.search(r"[a-z.,)]\d$", u) for u in units) and any(re.match(r"\d [A-Z]", u) for u in units),
              "superscript footnote numbers and footnotes"),
             (n >= 3, "three or more pages")]
    for ok, what in needs:
        if not ok:
            problems.append("pdf: no %s" % what)
    for p in pdf.pages():
        c = pdf.obj(pdf.ref(pdf.obj(p)[0], b"Contents"))[1]
        if b"/Subtype/Footer>> BDC" not in c or b"/Artifact BMC" not in c:
            problems.append("pdf: page object %d has no footer or drawing artifacts" % p)


def check_html(units, problems):
    page = open(os.path.join(ROOT, DOCS["new-criminal-laws-one-year-lexdiary"][0]), encoding="utf-8").read()
    for mark in ('property="og:title"', 'property="og:type" content="article"', 'property="og:image"',
                 'property="article:published_time"', 'name="twitter:card"', '"@type": "NewsArticle"',
                 'rel="canonical"', '<time class="publish-time" datetime=', 'class="ad-container in-article"',
                 "googletag.display(", 'class="also-read"', 'class="tags-list"', 'class="newsletter-box"',
                 'type="email"', "&rsquo;", "&nbsp;"):
        if mark not in page:
            problems.append("html: no %s" % mark)
    if sum(1 for u in units if u == "Advertisement") < 2:
        problems.append("html: fewer than two 'Advertisement' slots in the text")
    if sum(1 for u in units if u.startswith("Also Read")) < 2:
        problems.append("html: fewer than two 'Also Read' boxes")
    for u in ("Tags", "Next Story", "Top Stories"):
        if not any(x.startswith(u) for x in units):
            problems.append("html: no %r line" % u)


def check_txt(problems):
    raw = open(os.path.join(ROOT, DOCS["new-criminal-laws-samsung-notes"][0]), "rb").read()
    txt = raw.decode("utf-8")
    heads = re.findall(r"^\U0001F537 ([A-Z0-9 ()\-]+?)(?: \S+)?$", txt, re.M)
    needs = [(not raw.startswith(b"\xef\xbb\xbf") and b"\r" not in raw and not raw.endswith(b"\n"),
              "UTF-8 without BOM, LF endings, no final newline"),
             (len(heads) >= 8, "ALL CAPS headings (%d)" % len(heads)),
             (len(re.findall(r"^[\U0001F300-\U0001FAFF\u2600-\u27BF]", txt, re.M)) >= 60, "emoji bullets"),
             ("\ufe0f" in txt, "emoji variation selectors"),
             ("->" in txt and "=>" in txt, "-> and => arrows"),
             (all(a in txt for a in ("govt", "w.r.t", "sec.", "w/o", "b4", "cmte")), "abbreviations"),
             (re.search(r" \n", txt) is not None, "trailing spaces before line breaks")]
    for ok, what in needs:
        if not ok:
            problems.append("txt: no %s" % what)


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
    check_pdf(problems)
    check_html(units["new-criminal-laws-one-year-lexdiary"], problems)
    check_txt(problems)
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
    sys.exit(main())
