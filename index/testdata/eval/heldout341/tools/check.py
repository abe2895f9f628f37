#!/usr/bin/python3
"""Check the heldout341 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Omnivore Markdown .md: the YAML front matter set aside, one unit per non-empty line, with
    the Markdown marks taken off (headings' #, "> " quotes, "-   " / "1.  " list markers,
    **bold**, _italics_, ==highlights==, images dropped, [text](url) read as its text);
  - Jekyll/Minima .html saved by Chrome: one unit per block element's visible text (script,
    style and svg skipped);
  - Safari / Quartz .pdf: the file's objects read through its xref table, content streams
    inflated, each run's character codes mapped through its font's ToUnicode CMap and placed by
    its text matrix; runs on one baseline that follow each other closely make one line, so the
    right-hand rail and the article column stay apart; one unit per line.
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the .md's front matter keys, #Omnivore header, Read on Omnivore / Read Original links,
    "# Full Content: ", ==highlights==, the "## Highlights" list with ⤴️ links and ^ids, the
    image-cache proxy and "-   " list markers; the .html's "saved from url" comment, Minima's
    site header and nav, post meta with dt-published and dt-modified, kramdown footnotes,
    the footer with the feed "Subscribe" link, jekyll-seo-tag, the "…_files" stylesheet; the
    .pdf's Quartz header and producer, Letter pages, subset TrueType fonts with ToUnicode and
    FontFile2, image XObjects, URI link annotations, no header/footer line on any page, and the
    RELATED STORIES rail in the right-hand column);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_omnivore.py, tools/make_jekyll.py and tools/make_safari_pdf.py re-make the
    documents byte for byte (each is run into a temporary file; the committed file is never
    touched).
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
    "bpalm-drug-resistant-tb-omnivore": ("docs/bpalm-drug-resistant-tb-omnivore.md", "make_omnivore.py"),
    "tb-mukt-bharat-100-day-campaign-jekyll": ("docs/tb-mukt-bharat-100-day-campaign-jekyll.html",
                                               "make_jekyll.py"),
    "global-tb-report-2025-india-safari": ("docs/global-tb-report-2025-india-safari.pdf", "make_safari_pdf.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "blockquote"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- Markdown
def md_units(text):
    m = re.match(r"---\n.*?\n---\n", text, re.S)
    body = text[m.end():] if m else text
    out = []
    for line in body.split("\n"):
        s = line.strip()
        if not s or re.fullmatch(r"-{3,}", s):
            continue
        s = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", s)
        s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
        s = re.sub(r"^#+\s*", "", s)
        s = re.sub(r"^>\s?", "", s)
        s = re.sub(r"^(?:-|\*|\d+\.)\s+", "", s)
        s = s.replace("==", "").replace("**", "")
        s = re.sub(r"(?<!\w)_(.+?)_(?!\w)", r"\1", s)
        s = ws(s)
        if s:
            out.append(s)
    return out


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


# ---------------------------------------------------------------- PDF
class Ref(tuple):
    pass


class Name(str):
    pass


class Op(str):
    pass


DELIM = b"()<>[]{}/%"
WSP = b" \t\r\n\f\0"


class Lexer:
    def __init__(self, data, pos=0):
        self.d, self.p = data, pos

    def skip(self):
        d = self.d
        while self.p < len(d):
            c = d[self.p]
            if c in WSP:
                self.p += 1
            elif c == 0x25:
                while self.p < len(d) and d[self.p] not in b"\r\n":
                    self.p += 1
            else:
                break

    def token(self):
        self.skip()
        d = self.d
        if self.p >= len(d):
            return None
        c = d[self.p]
        if c == 0x2F:  # name
            e = self.p + 1
            while e < len(d) and d[e] not in WSP and d[e] not in DELIM:
                e += 1
            t = Name(d[self.p + 1:e].decode("latin-1"))
            self.p = e
            return t
        if c == 0x28:  # literal string
            depth, e, out = 1, self.p + 1, bytearray()
            while depth:
                ch = d[e]
                if ch == 0x5C:
                    n = d[e + 1]
                    if 0x30 <= n <= 0x37:
                        k = e + 1
                        while k < e + 4 and 0x30 <= d[k] <= 0x37:
                            k += 1
                        out.append(int(d[e + 1:k], 8) & 255)
                        e = k
                        continue
                    out += {0x6E: b"\n", 0x72: b"\r", 0x74: b"\t", 0x62: b"\b", 0x66: b"\f"}.get(n, bytes([n]))
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
            self.p = e + 1
            return bytes(out)
        if c == 0x3C:
            if d[self.p + 1] == 0x3C:
                self.p += 2
                return "<<"
            e = d.index(b">", self.p)
            h = re.sub(rb"\s", b"", d[self.p + 1:e])
            self.p = e + 1
            return bytes.fromhex((h + b"0" * (len(h) % 2)).decode())
        if c == 0x3E and d[self.p + 1] == 0x3E:
            self.p += 2
            return ">>"
        if c in b"[]{}":
            self.p += 1
            return chr(c)
        e = self.p
        while e < len(d) and d[e] not in WSP and d[e] not in DELIM:
            e += 1
        w = d[self.p:e].decode("latin-1")
        self.p = e
        if re.fullmatch(r"[+-]?(\d+\.?\d*|\.\d+)", w):
            return float(w) if "." in w else int(w)
        return Op(w)

    def obj(self, tok=None):
        t = self.token() if tok is None else tok
        if t == "<<":
            dct = {}
            while True:
                k = self.token()
                if k == ">>":
                    return dct
                dct[k] = self.obj()
        if t == "[":
            arr = []
            while True:
                k = self.token()
                if k == "]":
                    return arr
                arr.append(self.obj(k))
        if isinstance(t, int):
            save = self.p
            t2 = self.token()
            if isinstance(t2, int):
                t3 = self.token()
                if t3 == "R":
                    return Ref((t, t2))
            self.p = save
        return t


class PDF:
    def __init__(self, data):
        self.d = data
        sx = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
        lx = Lexer(data, sx)
        assert lx.token() == "xref"
        self.off = {}
        while True:
            t = lx.token()
            if t == "trailer":
                break
            start, count = t, lx.token()
            for i in range(count):
                o, g, kind = lx.token(), lx.token(), lx.token()
                if kind == "n":
                    self.off[start + i] = o
        self.trailer = lx.obj()
        self.cache = {}

    def get(self, x):
        while isinstance(x, Ref):
            x = self.load(x[0])
        return x

    def load(self, n):
        if n in self.cache:
            return self.cache[n]
        lx = Lexer(self.d, self.off[n])
        lx.token(), lx.token(), lx.token()
        o = lx.obj()
        save = lx.p
        if lx.token() == "stream":
            p = lx.p
            if self.d[p:p + 2] == b"\r\n":
                p += 2
            elif self.d[p:p + 1] == b"\n":
                p += 1
            ln = self.get(o["Length"])
            raw = self.d[p:p + ln]
            o = dict(o)
            o["_data"] = zlib.decompress(raw) if o.get("Filter") == "FlateDecode" else raw
        else:
            lx.p = save
        self.cache[n] = o
        return o

    def pages(self):
        out = []

        def walk(node):
            node = self.get(node)
            if node.get("Type") == "Pages":
                for k in node["Kids"]:
                    walk(k)
            else:
                out.append(node)
        walk(self.get(self.trailer["Root"])["Pages"])
        return out


def cmap_of(data):
    m = {}
    text = data.decode("latin-1")
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for a, b in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            m[int(a, 16)] = bytes.fromhex(b).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for a, b, c in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            base = int(c, 16)
            for k in range(int(a, 16), int(b, 16) + 1):
                m[k] = chr(base + k - int(a, 16))
    return m


def pdf_lines(pdf):
    """Lines of text per page: [(page, y, x0, text)], runs joined when on one baseline and close."""
    result = []
    for pno, page in enumerate(pdf.pages(), 1):
        res = pdf.get(page["Resources"])
        fonts = {}
        for name, ref in pdf.get(res.get("Font", {})).items():
            f = pdf.get(ref)
            fonts[name] = (cmap_of(pdf.get(f["ToUnicode"])["_data"]), f.get("FirstChar", 0),
                           [pdf.get(w) for w in pdf.get(f.get("Widths", []))])
        data = pdf.get(page["Contents"])["_data"]
        lx = Lexer(data)
        stack, runs = [], []
        font, fsize, tm = None, 1.0, [1, 0, 0, 1, 0, 0]
        while True:
            t = lx.token()
            if t is None:
                break
            if isinstance(t, Op) and t not in ("<<", ">>", "[", "]"):
                args, stack = stack, []
                if t == "Tf":
                    font, fsize = fonts[args[0]], args[1]
                elif t == "Tm":
                    tm = list(args)
                elif t == "Td":
                    tm[4] += args[0] * tm[0]
                    tm[5] += args[1] * tm[3]
                elif t in ("Tj", "TJ"):
                    items = args[0] if t == "TJ" else [args[0]]
                    cm, first, widths = font
                    size = abs(fsize * tm[3])
                    x = tm[4]
                    text = ""
                    for it in items:
                        if isinstance(it, bytes):
                            for c in it:
                                text += cm.get(c, "")
                                k = c - first
                                x += (widths[k] if 0 <= k < len(widths) else 500) / 1000.0 * fsize * tm[0]
                        else:
                            x -= it / 1000.0 * fsize * tm[0]
                    runs.append((round(tm[5], 1), tm[4], x, size, text))
                    tm[4] = x
            else:
                stack.append(lx.obj(t))
        runs.sort(key=lambda r: (r[0], r[1]))
        cur = None
        for y, x0, x1, size, text in runs:
            if cur and abs(cur[0] - y) < 1 and -1 <= x0 - cur[2] < 1.5 * size:
                gap = x0 - cur[2] > 0.15 * size and not cur[3].endswith(" ") and not text.startswith(" ")
                cur[3] += (" " if gap else "") + text
                cur[2] = x1
            else:
                if cur:
                    result.append((pno, cur[0], cur[1], cur[3]))
                cur = [y, x0, x1, text]
        if cur:
            result.append((pno, cur[0], cur[1], cur[3]))
    return result


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return [ws(t) for _, _, _, t in pdf_lines(PDF(open(full, "rb").read())) if ws(t)]
    text = open(full, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.flush()
        return p.units
    return md_units(text)


# ---------------------------------------------------------------- format marks
def check_marks(units, problems):
    md = open(os.path.join(ROOT, DOCS["bpalm-drug-resistant-tb-omnivore"][0]), encoding="utf-8").read()
    fm = re.match(r"---\n(.*?)\n---\n", md, re.S)
    if not fm:
        problems.append("omnivore: no YAML front matter")
    else:
        for key in ("id", "title", "author", "tags", "date_saved", "date_published"):
            if not re.search(r"^%s:" % key, fm.group(1), re.M):
                problems.append("omnivore: front matter lacks %s" % key)
    for mark, what in (("\n#Omnivore\n", "#Omnivore tag line"),
                       ("[Read on Omnivore](https://omnivore.app/me/", "Read on Omnivore link"),
                       ("[Read Original](", "Read Original link"), ("\n# Full Content: \n", "Full Content heading"),
                       ("\n## Highlights\n", "Highlights section"), ("[⤴️](https://omnivore.app/me/", "highlight links"),
                       ("proxy-prod.omnivore-image-cache.app", "image-cache proxy"), ("\n-   ", "turndown list markers")):
        if mark not in md:
            problems.append("omnivore: no %s" % what)
    if len(re.findall(r"==[^=\n]+==", md)) < 3 or len(re.findall(r" \^[0-9a-f]{8}\n", md)) < 3:
        problems.append("omnivore: highlights are not marked inline and listed with ids")

    page = open(os.path.join(ROOT, DOCS["tb-mukt-bharat-100-day-campaign-jekyll"][0]), encoding="utf-8").read()
    for mark in ("<!-- saved from url=(", '<header class="site-header">', '<nav class="site-nav">',
                 'class="nav-item"', 'class="post-meta"', 'class="dt-published"', 'class="dt-modified"',
                 'role="doc-noteref"', '<div class="footnotes" role="doc-endnotes">', 'class="reversefootnote"',
                 '<footer class="site-footer h-card">', 'class="feed-subscribe"', "/feed.xml",
                 "<!-- Begin Jekyll SEO tag", '_files/style.css"', "<table>"):
        if mark not in page:
            problems.append("jekyll: no %s" % mark)
    shown = units["tb-mukt-bharat-100-day-campaign-jekyll"]
    for unit in ("Subscribe", "Room 14 Notes", "Comments have been disabled for this post."):
        if unit not in shown:
            problems.append("jekyll: no %r unit" % unit)

    data = open(os.path.join(ROOT, DOCS["global-tb-report-2025-india-safari"][0]), "rb").read()
    if not data.startswith(b"%PDF-1.3\n%\xc4\xe5\xf2\xe5\xeb\xa7\xf3\xa0\xd0\xc4\xc6\n"):
        problems.append("pdf: not a Quartz PDFContext header")
    pdf = PDF(data)
    info = pdf.get(pdf.trailer["Info"])
    if b"Quartz PDFContext" not in info.get("Producer", b""):
        problems.append("pdf: producer is not Quartz PDFContext")
    pages = pdf.pages()
    if len(pages) < 2 or any(pdf.get(p.get("MediaBox", pdf.get(p["Parent"]).get("MediaBox"))) != [0, 0, 612, 792]
                             for p in pages):
        problems.append("pdf: pages are not US Letter (612 x 792)")
    fonts, annots, images = set(), 0, 0
    for p in pages:
        res = pdf.get(p["Resources"])
        for ref in pdf.get(res.get("Font", {})).values():
            f = pdf.get(ref)
            d = pdf.get(f["FontDescriptor"])
            if (f.get("Subtype") == "TrueType" and re.match(r"[A-Z]{6}\+", f["BaseFont"]) and "ToUnicode" in f
                    and "FontFile2" in d):
                fonts.add(f["BaseFont"])
        images += len(pdf.get(res.get("XObject", {})))
        for a in pdf.get(p.get("Annots", [])):
            a = pdf.get(a)
            if a.get("Subtype") == "Link" and pdf.get(a["A"]).get("S") == "URI":
                annots += 1
    if len(fonts) < 4:
        problems.append("pdf: fewer than four subset TrueType fonts with ToUnicode and FontFile2")
    if not images:
        problems.append("pdf: no image XObjects")
    if not annots:
        problems.append("pdf: no URI link annotations")
    lines = pdf_lines(pdf)
    for pno, y, x, t in lines:
        if re.fullmatch(r"\s*(Page )?\d+( of \d+)?\s*|.*https?://.*|\d+/\d+/\d+,? \d+:\d+.*", t):
            problems.append("pdf: page %d has a header/footer-like line %r" % (pno, t))
    rail = [l for l in lines if l[2] > 400]
    if not any(t == "RELATED STORIES" for _, _, _, t in rail) or len(rail) < 8:
        problems.append("pdf: no RELATED STORIES rail in the right-hand column")


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
    check_marks(units, problems)
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
