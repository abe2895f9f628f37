#!/usr/bin/python3
"""Check the heldout355 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - law-journal PDF: the xref table, objects and Flate streams are parsed, each page's content
    stream is run (BT/ET, Tf, Td, TD, Tm, TJ, Tj) with the fonts' /Widths and ToUnicode CMaps;
    one unit per text line, a new line starting when the baseline moves by more than 5 bp (so a
    raised footnote mark stays on its line), a space read wherever the pen jumps by more than
    0.15 em (pdfTeX writes no space glyphs: interword glue is a TJ displacement or a Td move);
  - Drupal page saved by Chrome (.html): one unit per block element's visible text (script,
    style, svg and noscript skipped; the cookie banner, menus and footer count, as they are in
    the page);
  - phone notes (.txt): one unit per line.
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the PDF's pdfTeX header and info, A4 pages, Computer Modern Type 1 fonts with ToUnicode
    CMaps, TJ text without space glyphs, two columns, running heads with the journal's name and
    page numbers 57-59, footnote rules, abstract, keywords, numbered headings, bookmarks and
    page labels; the page's saved-from-url mark, Drupal 10 generator and settings JSON, the
    "_files" folder links, menus, breadcrumb, share buttons, Also Read boxes, h2/h3 subheadings,
    the dated timeline, the Simplenews form, the EU Cookie Compliance banner and the footer;
    the notes' lower-case headings with colons, emoji bullets, "->" arrows, abbreviations, the
    pyqs part, the news part with dated lines, curly apostrophes and no final newline);
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
PDFDOC, HTMLDOC, TXTDOC = ("uniform-civil-code-law-journal", "uttarakhand-ucc-news-explainer",
                           "ucc-article-44-phone-notes")
DOCS = {
    PDFDOC: ("docs/uniform-civil-code-law-journal.pdf", "make_pdf.py"),
    HTMLDOC: ("docs/uttarakhand-ucc-news-explainer.html", "make_html.py"),
    TXTDOC: ("docs/ucc-article-44-phone-notes.txt", "make_txt.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- PDF reading
WS = b" \t\r\n\f\x00"
DELIM = b"()<>[]{}/%"


class Ref:
    def __init__(self, n):
        self.n = n


class Lexer:
    def __init__(self, data, pos=0):
        self.d, self.p = data, pos

    def skip(self):
        d = self.d
        while self.p < len(d):
            c = d[self.p:self.p + 1]
            if c in (b" ", b"\t", b"\r", b"\n", b"\f", b"\x00"):
                self.p += 1
            elif c == b"%":
                while self.p < len(d) and d[self.p:self.p + 1] not in (b"\r", b"\n"):
                    self.p += 1
            else:
                break

    def token(self):
        self.skip()
        d = self.d
        if self.p >= len(d):
            return None
        c = d[self.p:self.p + 1]
        if c == b"(":
            depth, out, i = 1, bytearray(), self.p + 1
            while True:
                ch = d[i]
                if ch == 0x5C:
                    nx = d[i + 1:i + 2]
                    esc = {b"n": 10, b"r": 13, b"t": 9, b"b": 8, b"f": 12}
                    if nx in esc:
                        out.append(esc[nx]); i += 2
                    elif nx.isdigit():
                        m = re.match(rb"[0-7]{1,3}", d[i + 1:i + 4])
                        out.append(int(m.group(0), 8) & 255); i += 1 + len(m.group(0))
                    elif nx in (b"\r", b"\n"):
                        i += 2
                    else:
                        out += nx; i += 2
                    continue
                if ch == 0x28:
                    depth += 1
                elif ch == 0x29:
                    depth -= 1
                    if depth == 0:
                        break
                out.append(ch); i += 1
            self.p = i + 1
            return ("str", bytes(out))
        if c == b"<":
            if d[self.p + 1:self.p + 2] == b"<":
                self.p += 2
                return ("<<",)
            j = d.index(b">", self.p)
            h = re.sub(rb"\s", b"", d[self.p + 1:j])
            if len(h) % 2:
                h += b"0"
            self.p = j + 1
            return ("str", bytes.fromhex(h.decode()))
        if c == b">" and d[self.p + 1:self.p + 2] == b">":
            self.p += 2
            return (">>",)
        if c in (b"[", b"]", b"{", b"}"):
            self.p += 1
            return (c.decode(),)
        if c == b"/":
            m = re.compile(rb"/[^\s()<>\[\]{}/%]*").match(d, self.p)
            self.p = m.end()
            return ("name", m.group(0)[1:].decode("latin-1"))
        m = re.compile(rb"[^\s()<>\[\]{}/%]+").match(d, self.p)
        self.p = m.end()
        w = m.group(0)
        if re.fullmatch(rb"[+-]?(\d+\.?\d*|\.\d+)", w):
            return ("num", float(w) if b"." in w else int(w))
        return ("kw", w.decode("latin-1"))


def parse_obj(lx, tok=None):
    t = tok or lx.token()
    k = t[0]
    if k == "<<":
        dct = {}
        while True:
            t = lx.token()
            if t[0] == ">>":
                return dct
            dct[t[1]] = parse_obj(lx)
    if k == "[":
        arr = []
        while True:
            t = lx.token()
            if t[0] == "]":
                return arr
            arr.append(parse_obj(lx, t))
    if k == "num" and isinstance(t[1], int):
        save = lx.p
        t2 = lx.token()
        if t2 and t2[0] == "num":
            t3 = lx.token()
            if t3 and t3 == ("kw", "R"):
                return Ref(t[1])
        lx.p = save
        return t[1]
    if k in ("num", "str", "name"):
        return t[1] if k != "name" else ("/" + t[1])
    return t[1]


class PDF:
    def __init__(self, data):
        self.d = data
        sx = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
        lx = Lexer(data, sx)
        assert lx.token() == ("kw", "xref")
        self.off = {}
        while True:
            t = lx.token()
            if t == ("kw", "trailer"):
                break
            start, count = t[1], lx.token()[1]
            lx.skip()
            for i in range(count):
                line = data[lx.p:lx.p + 20]
                lx.p += 20
                o, g, f = line.split()[:3]
                if f == b"n":
                    self.off[start + i] = int(o)
        self.trailer = parse_obj(lx)

    def get(self, x):
        while isinstance(x, Ref):
            lx = Lexer(self.d, self.off[x.n])
            lx.token(); lx.token(); lx.token()
            obj = parse_obj(lx)
            save = lx.p
            t = lx.token()
            if t == ("kw", "stream"):
                p = lx.p
                if self.d[p:p + 2] == b"\r\n":
                    p += 2
                elif self.d[p:p + 1] == b"\n":
                    p += 1
                n = self.get(obj["Length"])
                raw = self.d[p:p + n]
                if obj.get("Filter") == "/FlateDecode":
                    raw = zlib.decompress(raw)
                obj = dict(obj)
                obj["_stream"] = raw
            x = obj
        return x

    def pages(self):
        out = []

        def walk(node):
            node = self.get(node)
            if node.get("Type") == "/Pages":
                for k in node["Kids"]:
                    walk(k)
            else:
                out.append(node)
        walk(self.get(self.trailer["Root"])["Pages"])
        return out


def tounicode(stream):
    m = {}
    txt = stream.decode("latin-1")
    for blk in re.findall(r"beginbfchar(.*?)endbfchar", txt, re.S):
        for a, b in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", blk):
            m[int(a, 16)] = bytes.fromhex(b).decode("utf-16-be")
    for blk in re.findall(r"beginbfrange(.*?)endbfrange", txt, re.S):
        for a, b, c in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", blk):
            base = int(c, 16)
            for i, code in enumerate(range(int(a, 16), int(b, 16) + 1)):
                m[code] = chr(base + i)
    return m


class Font:
    def __init__(self, pdf, obj):
        f = pdf.get(obj)
        self.first = f.get("FirstChar", 0)
        self.widths = pdf.get(f.get("Widths", [])) or []
        self.map = tounicode(pdf.get(f["ToUnicode"])["_stream"]) if "ToUnicode" in f else {}

    def width(self, c):
        i = c - self.first
        return self.widths[i] if 0 <= i < len(self.widths) else 500

    def text(self, c):
        return self.map.get(c, chr(c))




def page_lines(pdf, page):
    """(text, x, y) lines of a page in content-stream order."""
    res = pdf.get(page["Resources"])
    fonts = {k: Font(pdf, v) for k, v in pdf.get(res.get("Font", {})).items()}
    cont = page["Contents"]
    cont = cont if isinstance(cont, list) else [cont]
    data = b"".join(pdf.get(c)["_stream"] for c in cont)
    lx = Lexer(data)
    stack, lines = [], []
    st = {"cur": None, "x0": 0.0, "base": None, "end": None}
    font, fsize = None, 10.0
    tlm = [0.0, 0.0]
    x = y = 0.0

    def put(text, startx, endx, yy):
        if st["cur"] is None or abs(yy - st["base"]) > 5:
            if st["cur"] is not None:
                lines.append((st["cur"], st["x0"], st["base"]))
            st["cur"], st["x0"], st["base"] = "", startx, yy
        elif st["end"] is not None and startx - st["end"] > 0.15 * fsize:
            if not st["cur"].endswith(" "):
                st["cur"] += " "
        st["cur"] += text
        st["end"] = endx

    while True:
        t = lx.token()
        if t is None:
            break
        if t[0] != "kw":
            if t[0] in ("<<", "["):
                stack.append(parse_obj(lx, t))
            else:
                stack.append(t[1] if t[0] != "name" else "/" + t[1])
            continue
        op = t[1]
        if op == "BT":
            tlm = [0.0, 0.0]
            x, y = 0.0, 0.0
        elif op == "Tf":
            font, fsize = fonts.get(stack[-2].lstrip("/")), stack[-1]
        elif op in ("Td", "TD"):
            tlm = [tlm[0] + stack[-2], tlm[1] + stack[-1]]
            x, y = tlm
        elif op == "Tm":
            tlm = [stack[-2], stack[-1]]
            x, y = tlm
        elif op in ("TJ", "Tj"):
            arr = stack[-1] if op == "TJ" else [stack[-1]]
            for it in arr:
                if isinstance(it, (int, float)):
                    x -= it / 1000 * fsize
                    continue
                for c in it:
                    w = font.width(c) / 1000 * fsize
                    put(font.text(c), x, x + w, y)
                    x += w
        stack = []
    if st["cur"] is not None:
        lines.append((st["cur"], st["x0"], st["base"]))
    return [(ws(t), x0, yy) for t, x0, yy in lines if t.strip()]


def pdf_pages(path):
    pdf = PDF(open(path, "rb").read())
    return pdf, [page_lines(pdf, pg) for pg in pdf.pages()]


# ---------------------------------------------------------------- HTML and text
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


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return [t for page in pdf_pages(full)[1] for (t, x0, y) in page]
    text = open(full, encoding="utf-8").read()
    if path.endswith(".html"):
        p = Blocks()
        p.feed(text)
        p.flush()
        return p.units
    return [ws(l) for l in text.split("\n") if l.strip()]


# ---------------------------------------------------------------- format marks
def check_pdf(problems):
    full = os.path.join(ROOT, DOCS[PDFDOC][0])
    raw = open(full, "rb").read()
    pdf, pages = pdf_pages(full)
    info = pdf.get(pdf.trailer["Info"])
    cat = pdf.get(pdf.trailer["Root"])
    needs = [(raw.startswith(b"%PDF-1.5\n%\xd0\xd4\xc5\xd8\n"), "pdfTeX file header"),
             (info.get("Producer", b"").startswith(b"pdfTeX-"), "Producer pdfTeX"),
             (info.get("Creator") == b"LaTeX with hyperref", "Creator LaTeX with hyperref"),
             ("PTEX.Fullbanner" in info, "PTEX.Fullbanner"),
             (len(pages) == 3, "three pages"),
             ("Outlines" in cat and pdf.get(cat["Outlines"]).get("Count") == 8, "eight bookmarks"),
             ("PageLabels" in cat, "page labels")]
    fontnames = set()
    plist = pdf.pages()
    for pi, pg in enumerate(plist):
        mb = [round(v, 2) for v in pg["MediaBox"]]
        if mb != [0, 0, 595.28, 841.89]:
            problems.append("pdf: page is not A4: %r" % mb)
        for k, v in pdf.get(pdf.get(pg["Resources"])["Font"]).items():
            f = pdf.get(v)
            fontnames.add(f["BaseFont"])
            if f.get("Subtype") != "/Type1" or "ToUnicode" not in f or "Widths" not in f:
                problems.append("pdf: font %s is not a Type1 font with Widths and ToUnicode" % k)
        data = b"".join(pdf.get(c)["_stream"] for c in (pg["Contents"] if isinstance(pg["Contents"], list) else [pg["Contents"]]))
        for s in re.findall(rb"\[(.*?)\]TJ", data):
            if re.search(rb"\((?:[^)\\]|\\.)* (?:[^)\\]|\\.)*\)", s):
                problems.append("pdf: a space glyph in a TJ string")
                break
        if data.count(b" 0 l S") < (2 if pi + 1 < len(plist) else 1):
            problems.append("pdf: page without head rule and footnote rule")
    for f in ("/CMR10", "/CMBX10", "/CMTI10", "/CMR8", "/CMR9", "/CMBX12"):
        needs.append((f in fontnames, "font %s" % f[1:]))
    firsts = [p[0][0] for p in pages]
    needs += [("Indian Journal of Constitutional and Family Law" in firsts[0] and "pp. 57" in firsts[0],
               "first-page head with journal, issue and pages"),
              (firsts[1].startswith("58 Indian Journal of Constitutional and Family Law"), "even-page running head"),
              (firsts[2].startswith("2025] Between Directive and Code") and firsts[2].endswith("59"), "odd-page running head"),
              (any(t == "57" for t, x0, y in pages[0]), "first-page folio")]
    texts = [t for p in pages for (t, x0, y) in p]
    for h in ("Abstract", "I. Introduction", "II. The Directive and Its Drafting",
              "III. Personal Laws Before the Courts", "IV. Goa\u2019s Civil Code",
              "V. The Law Commission Reports", "VI. The Uttarakhand Code, 2024",
              "VII. Developments, 2023\u20132025", "VIII. Conclusion"):
        needs.append((h in texts, "heading line %r" % h))
    needs.append((any(t.startswith("Keywords:") for t in texts), "keywords line"))
    needs.append((sum(1 for t in texts if re.match(r"^\d{1,2}[A-Z(]", t)) >= 10, "footnotes"))
    for i, p in enumerate(pages[:2]):   # the last page is short: its text ends in column one
        xs = {round(x0) for t, x0, y in p if 90 < y < 760}
        if not ({65, 66} & xs and {305, 306} & xs):
            problems.append("pdf: page %d does not show two columns" % (i + 1))
    for ok, what in needs:
        if not ok:
            problems.append("pdf: no %s" % what)


def check_html(units, problems):
    page = open(os.path.join(ROOT, DOCS[HTMLDOC][0]), encoding="utf-8").read()
    marks = ["<!-- saved from url=(", '<meta name="Generator" content="Drupal 10',
             'data-drupal-selector="drupal-settings-json"', "_files/css_", "_files/js_",
             'class="menu menu--level-1"', 'class="breadcrumb"', "data-history-node-id=",
             "field--name-body", 'class="social-share"', 'class="also-read"', "<h2 id=", "<h3 id=",
             '<ul class="timeline">', "simplenews-subscriber-form", 'name="form_build_id"',
             "eu-cookie-compliance-banner", 'class="site-footer"', "application/ld+json",
             'rel="shortlink"', "&nbsp;"]
    for m in marks:
        if m not in page:
            problems.append("html: no %s" % m)
    if page.count('class="also-read"') < 3:
        problems.append("html: fewer than three Also Read boxes")
    if len(re.findall(r"<li><strong>[A-Z][a-z]+ \d{1,2}, 20(?:22|23|24|25):</strong>", page)) < 8:
        problems.append("html: timeline lines are not dated")
    for u in ("Also Read", "Key Highlights", "Tags", "Accept", "No, thanks", "Copy link",
              "Latest in Explained"):
        if u not in units:
            problems.append("html: no %r unit" % u)


def check_txt(problems):
    raw = open(os.path.join(ROOT, DOCS[TXTDOC][0]), "rb").read()
    txt = raw.decode("utf-8")
    lines = txt.split("\n")
    heads = [l for l in lines if re.fullmatch(r"[a-z0-9 +&().'/-]+(?: [^\x00-\x7f]+)?:", l)]
    emoji = [l for l in lines if l and ord(l[0]) > 0x2000]
    dated = [l for l in lines if re.match(r"^\d{1,2} [a-z]{3} 20\d\d \u2013 ", l)]
    needs = [(len(heads) >= 10, "lower-case headings with colons"),
             (len(emoji) >= 60, "emoji bullets"),
             (txt.count("->") >= 30, "arrows"),
             ("pyqs:" in lines, "pyqs part"),
             (any(l.startswith("news (") for l in lines), "news part"),
             (len(dated) >= 10, "dated news lines"),
             ("\u2019" in txt and "\u201c" in txt, "smart punctuation"),
             ('"' in txt, "a pasted line with straight quotes"),
             (not raw.endswith(b"\n"), "missing final newline"),
             (any(l.endswith(" ") for l in lines), "trailing spaces"),
             (all(a in txt for a in ("govt", "regn", "u/s", "w/", "secy", "yrs", "fwd", "concl",
                                     " LC ", " HC ", " UK ", " STs ")), "abbreviations")]
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
    check_html(units[HTMLDOC], problems)
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
