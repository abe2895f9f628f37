#!/usr/bin/python3
"""Check the heldout336 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - exam-portal .html (Chrome "Webpage, Complete"): one unit per block element's visible text
    (script, style, svg, noscript and iframe skipped; the hidden MCQ answers and the collapsed
    FAQ answers count, as their text is in the page);
  - magazine .pdf (LibreOffice export): the PDF is parsed from its xref table, content streams
    inflated and every text-showing operator decoded through its font's ToUnicode CMap
    (ligature glyphs come out as "fi" / "fl"); one unit per printed line: consecutive runs on
    the same baseline join into one line (a space where the gap between them is wider than a
    fifth of the font size), and a new baseline starts a new unit, so each column line, box
    line, flowchart row, header and footer is a unit of its own;
  - Hugo .md: the front matter's title, summary, tags and categories, then one unit per line of
    the body with markdown and shortcode syntax stripped: headings without #, list items
    without markers, table rows split into cells (the |---| row dropped), footnote definitions
    as their text, footnote references and <!--more--> removed, links reduced to their text,
    the figure's caption and the details title kept, other shortcode lines dropped.
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (the page's saved-from comment, _files links, top bar, mega-menu, login, app banner,
    Table of Contents box, Also Read boxes, MCQs with hidden answers, FAQ accordion and FAQPage
    JSON-LD, share buttons, author box with "Published On", comments, footer, sticky ad, table;
    the PDF's header band text, page numbers, copyright footer, numbered headings, Key facts and
    Way forward panels, flowchart, two columns, subset fonts with ToUnicode maps and ligature
    glyphs, outlines; the post's TOML front matter, <!--more-->, figure, notice, details and
    youtube shortcodes, relref link, table and footnotes);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_portal.py, tools/make_pdf.py and tools/make_hugo.py re-make the documents byte
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
DOCS = {
    "single-use-plastic-ban-current-affairs": ("docs/single-use-plastic-ban-current-affairs.html", "make_portal.py"),
    "global-plastics-treaty-microplastics-magazine": ("docs/global-plastics-treaty-microplastics-magazine.pdf",
                                                      "make_pdf.py"),
    "epr-plastic-packaging-hugo-post": ("docs/epr-plastic-packaging-hugo-post.md", "make_hugo.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "cite", "small"}
SKIP = {"script", "style", "svg", "noscript", "iframe"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- HTML

class Blocks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.units, self.buf, self.skip = [], [], 0
        self.jsonld = []
        self._ld = None

    def flush(self):
        t = ws("".join(self.buf))
        if t:
            self.units.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag == "script" and ("type", "application/ld+json") in attrs:
            self._ld = []
        if tag in SKIP:
            self.skip += 1
        if tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if tag == "script" and self._ld is not None:
            self.jsonld.append("".join(self._ld))
            self._ld = None
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if self._ld is not None:
            self._ld.append(data)
        if not self.skip:
            self.buf.append(data)


def html_parse(full):
    p = Blocks()
    p.feed(open(full, encoding="utf-8").read())
    p.flush()
    return p


# ---------------------------------------------------------------- PDF

TOKEN = re.compile(rb"\s*(?:(\[)|(\])|<<|>>|<([0-9A-Fa-f\s]*)>|\(((?:\\.|[^\\)])*)\)|(/[^\s/\[\]()<>]+)"
                   rb"|([-+]?(?:\d+\.?\d*|\.\d+))|([A-Za-z'\"*]+))", re.S)


class PDF:
    def __init__(self, data):
        self.data = data
        sx = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
        m = re.compile(rb"xref\s+(\d+)\s+(\d+)\s+").match(data, sx)
        start, count = int(m.group(1)), int(m.group(2))
        self.offsets = {}
        p = m.end()
        for k in range(count):
            ent = data[p + 20 * k:p + 20 * k + 20]
            off, _gen, kind = ent[:10], ent[11:16], ent[17:18]
            if kind == b"n":
                self.offsets[start + k] = int(off)
        tr = data.index(b"trailer", p)
        self.trailer = self._dict_at(data.index(b"<<", tr))[0]

    def _dict_at(self, p):
        depth, q = 0, p
        while True:
            if self.data.startswith(b"<<", q):
                depth += 1
                q += 2
            elif self.data.startswith(b">>", q):
                depth -= 1
                q += 2
                if depth == 0:
                    return self.data[p:q].decode("latin-1"), q
            else:
                q += 1

    def obj(self, n):
        p = self.offsets[n]
        m = re.compile(rb"\d+\s+\d+\s+obj\s*").match(self.data, p)
        q = m.end()
        if self.data.startswith(b"<<", q):
            d, e = self._dict_at(q)
            s = re.compile(rb"\s*stream\r?\n").match(self.data, e)
            if s:
                ln = re.search(r"/Length\s+(\d+)(\s+0\s+R)?", d)
                length = int(ln.group(1)) if not ln.group(2) else int(self.obj(int(ln.group(1))).strip())
                raw = self.data[s.end():s.end() + length]
                if "/FlateDecode" in d:
                    raw = zlib.decompress(raw)
                return d, raw
            return d
        e = self.data.index(b"endobj", q)
        return self.data[q:e].decode("latin-1")

    @staticmethod
    def ref(d, key):
        m = re.search(r"/%s\s+(\d+)\s+0\s+R" % key, d)
        return int(m.group(1)) if m else None

    def pages(self):
        root = self.obj(self.ref(self.trailer, "Root"))
        out = []

        def walk(n, inherited):
            d = self.obj(n)
            res = self.ref(d, "Resources") or inherited
            if re.search(r"/Type\s*/Pages", d):
                kids = re.search(r"/Kids\s*\[([^\]]*)\]", d).group(1)
                for k in re.findall(r"(\d+)\s+0\s+R", kids):
                    walk(int(k), res)
            else:
                out.append((d, res))
        walk(self.ref(root, "Pages"), None)
        return out

    def fonts(self, res):
        d = self.obj(res)
        fd = self.ref(d, "Font")
        fdict = self.obj(fd) if fd else re.search(r"/Font\s*(<<.*?>>)", d, re.S).group(1)
        out = {}
        for name, n in re.findall(r"/([A-Za-z0-9_.+-]+)\s+(\d+)\s+0\s+R", fdict):
            fo = self.obj(int(n))
            cmap = {}
            tu = self.ref(fo, "ToUnicode")
            if tu:
                _, raw = self.obj(tu)
                txt = raw.decode("latin-1")
                for block in re.findall(r"beginbfchar(.*?)endbfchar", txt, re.S):
                    for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                        cmap[int(src, 16)] = "".join(chr(int(dst[i:i + 4], 16)) for i in range(0, len(dst), 4))
                for block in re.findall(r"beginbfrange(.*?)endbfrange", txt, re.S):
                    for a, b, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
                        for k in range(int(a, 16), int(b, 16) + 1):
                            cmap[k] = chr(int(dst, 16) + k - int(a, 16))
            fc = re.search(r"/FirstChar\s+(\d+)", fo)
            wm = re.search(r"/Widths\s*\[([^\]]*)\]", fo)
            widths = {}
            if fc and wm:
                for k, v in enumerate(wm.group(1).split()):
                    widths[int(fc.group(1)) + k] = float(v)
            out[name] = (cmap, widths)
        return out


def pdf_runs(pdf):
    runs = []
    for pno, (pd, res) in enumerate(pdf.pages()):
        fonts = pdf.fonts(res)
        cont = re.search(r"/Contents\s*(\[[^\]]*\]|\d+\s+0\s+R)", pd).group(1)
        data = b"".join(pdf.obj(int(n))[1] for n in re.findall(r"(\d+)\s+0\s+R", cont))
        stack, arr = [], None
        font, size, lx, ly, lead = None, 10.0, 0.0, 0.0, 0.0
        pos = 0
        while pos < len(data):
            m = TOKEN.match(data, pos)
            if not m or m.end() == pos:
                pos += 1
                continue
            pos = m.end()
            ob, cb, hx, lit, name, number, op = m.groups()
            if ob:
                arr = []
                continue
            if cb:
                stack.append(arr)
                arr = None
                continue
            if hx is not None:
                v = ("hex", bytes.fromhex(hx.decode().replace(" ", "").replace("\n", "")))
            elif lit is not None:
                v = ("lit", re.sub(rb"\\(.)", rb"\1", lit))
            elif name:
                v = name.decode("latin-1")[1:]
            elif number:
                v = float(number)
            elif op:
                o = op.decode()
                args, stack = stack, []
                if o == "BT":
                    lx = ly = 0.0
                elif o == "Tf":
                    font, size = args[0], args[1]
                elif o in ("Td", "TD"):
                    lx += args[0]
                    ly += args[1]
                    if o == "TD":
                        lead = -args[1]
                elif o == "Tm":
                    lx, ly = args[4], args[5]
                elif o == "TL":
                    lead = args[0]
                elif o == "T*":
                    ly -= lead
                elif o in ("Tj", "TJ", "'", '"'):
                    if o in ("'", '"'):
                        ly -= lead
                    items = args[-1] if o == "TJ" else [args[-1]]
                    cmap, widths = fonts.get(font, ({}, {}))
                    text, adv = [], 0.0
                    for it in items:
                        if isinstance(it, float):
                            adv -= it / 1000.0 * size
                            continue
                        for c in it[1]:
                            text.append(cmap.get(c, chr(c) if c >= 32 else ""))
                            adv += widths.get(c, 500.0) / 1000.0 * size
                    runs.append((pno, round(ly, 2), lx, lx + adv, size, "".join(text)))
                    lx += adv
                continue
            if arr is not None:
                arr.append(v)
            else:
                stack.append(v)
    return runs


def pdf_units(full):
    pdf = PDF(open(full, "rb").read())
    units, cur, prev = [], "", None
    for pno, y, x0, x1, size, text in pdf_runs(pdf):
        if prev and prev[0] == pno and abs(prev[1] - y) < 0.5 and x0 >= prev[3] - 1.0:
            if x0 - prev[3] > 0.2 * size and not cur.endswith(" "):
                cur += " "
            cur += text
        else:
            if ws(cur):
                units.append(ws(cur))
            cur = text
        prev = (pno, y, x0, x1)
    if ws(cur):
        units.append(ws(cur))
    return units, pdf


# ---------------------------------------------------------------- Hugo markdown

def md_inline(s):
    s = re.sub(r"\[\^\d+\]", "", s)
    s = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"\*\*([^*]+)\*\*", r"\1", s)
    s = re.sub(r"(?<![\w*])\*([^*]+)\*(?!\w)", r"\1", s)
    s = s.replace("`", "")
    return s


def md_units(full):
    text = open(full, encoding="utf-8").read()
    m = re.match(r"\+\+\+\n(.*?)\n\+\+\+\n", text, re.S)
    fm, body = m.group(1), text[m.end():]
    units = []
    for key in ("title", "summary"):
        v = re.search(r'^%s = "((?:\\.|[^"\\])*)"' % key, fm, re.M)
        units.append(ws(v.group(1).replace('\\"', '"')))
    for key in ("tags", "categories"):
        v = re.search(r"^%s = \[(.*)\]" % key, fm, re.M)
        units.append(ws(", ".join(re.findall(r'"([^"]*)"', v.group(1)))))
    for line in body.split("\n"):
        s = line.strip()
        if not s or s == "<!--more-->" or re.fullmatch(r"\|(?:\s*:?-+:?\s*\|)+", s):
            continue
        sc = re.match(r"\{\{[<%]\s*(/?)(\w+)(.*?)[>%]\}\}$", s)
        if sc:
            name, args = sc.group(2), sc.group(3)
            if name == "figure":
                cap = re.search(r'caption="([^"]*)"', args)
                if cap:
                    units.append(ws(cap.group(1)))
            elif name == "details" and not sc.group(1):
                t = re.search(r'title="([^"]*)"', args)
                if t:
                    units.append(ws(t.group(1)))
            continue
        s = re.sub(r"\{\{<\s*relref\s+\"[^\"]*\"\s*>\}\}", "", s)
        if s.startswith("|"):
            for cell in s.strip("|").split("|"):
                if ws(cell):
                    units.append(ws(md_inline(cell)))
            continue
        s = re.sub(r"^#{1,6}\s+", "", s)
        s = re.sub(r"^(?:[-*+]|\d+\.)\s+", "", s)
        s = re.sub(r"^\[\^\d+\]:\s*", "", s)
        if ws(md_inline(s)):
            units.append(ws(md_inline(s)))
    return units


# ---------------------------------------------------------------- format marks

def check_portal(problems, units):
    full = os.path.join(ROOT, DOCS["single-use-plastic-ban-current-affairs"][0])
    page = open(full, encoding="utf-8").read()
    p = html_parse(full)
    if not re.match(r"<!DOCTYPE html>\n<!-- saved from url=\(\d{4}\)https://", page):
        problems.append("portal: no Chrome 'saved from url' comment")
    marks = [("_files/", "links into the _files folder"), ('class="top-bar', "top bar with exam categories"),
             ('class="sub-menu"', "mega-menu"), (">Login</a>", "login button"), ("pn-app-banner", "app-download banner"),
             ("sticky-course", "sticky course ad"), ('id="ez-toc-container"', "Table of Contents box"),
             ("pn-also-read", "Also Read boxes"), ('class="pn-quiz"', "Practice MCQs"),
             ('class="pn-answer" style="display: none;"', "hidden MCQ answer"), ("pn-share-btn", "share buttons"),
             ("pn-author-box", "author box"), ('id="comments"', "comment section"), ("site-footer", "footer"),
             ('id="rank-math-faq"', "FAQ accordion"), ("<table", "a table"), ('<h3 class="wp-block-heading">', "h3 headings"),
             ("rank-math-breadcrumb", "breadcrumbs")]
    for mark, what in marks:
        if mark not in page:
            problems.append("portal: no %s" % what)
    types = []
    for ld in p.jsonld:
        obj = json.loads(ld)
        types.append(obj.get("@type"))
        for g in obj.get("@graph", []):
            types.append(g.get("@type"))
    if "FAQPage" not in types:
        problems.append("portal: no FAQPage JSON-LD")
    for unit in ("Table of Contents", "Also Read", "Practice MCQs", "FAQs", "Published On", "View Answer"):
        if not any(unit in u for u in units):
            problems.append("portal: no %r in the text" % unit)
    if len([u for u in units if u == "Also Read"]) < 3:
        problems.append("portal: fewer than three Also Read boxes")


def check_pdf(problems, units, pdf):
    raw = pdf.data
    if not raw.startswith(b"%PDF-1.6\n%"):
        problems.append("pdf: no PDF-1.6 header with binary comment")
    pages = pdf.pages()
    if len(pages) < 3:
        problems.append("pdf: fewer than three pages")
    if b"595.303937007874 841.889763779528" not in raw:
        problems.append("pdf: pages are not A4")
    for mark, what in ((b"/FontFile2", "embedded TrueType fonts"), (b"/ToUnicode", "ToUnicode maps"),
                       (b"BAAAAA+DejaVuSans", "subset font names"), (b"/Outlines", "outlines"),
                       (b"/FlateDecode", "deflated streams"), (b"Producer<FEFF", "UTF-16 Info strings")):
        if mark not in raw:
            problems.append("pdf: no %s" % what)
    ligs = 0
    for n in pdf.offsets:
        o = pdf.obj(n)
        if isinstance(o, tuple) and b"beginbfchar" in o[1]:
            ligs += len(re.findall(rb"<[0-9A-F]{2}> <00660069>|<[0-9A-F]{2}> <0066006C>", o[1]))
    if ligs < 2:
        problems.append("pdf: no fi / fl ligature glyphs in the ToUnicode maps")
    if sum(1 for u in units if u.startswith("ENVIRONMENT")) != len(pages):
        problems.append("pdf: the header band is not on every page")
    if sum(1 for u in units if "Anveshan IAS" in u) != len(pages):
        problems.append("pdf: the copyright footer is not on every page")
    for k in range(len(pages)):
        if not any(re.search(r"\b%d\b" % (57 + k), u) for u in units if "anveshanias" in u):
            problems.append("pdf: no page number %d in the footer" % (57 + k))
    for unit in ("5.3. GLOBAL PLASTICS TREATY", "5.3.1. Journey of the negotiations", "5.4.4. Challenges",
                 "Key facts", "Way forward", "How microplastics reach our plate", "Why in News?"):
        if not any(u.startswith(unit) for u in units):
            problems.append("pdf: no %r line" % unit)
    xs = set()
    for run in pdf_runs(pdf):
        if run[1] < 780:
            xs.add(round(run[2]) // 100)
    if not (0 in xs and 3 in xs):
        problems.append("pdf: body text is not in two columns")


def check_md(problems, units):
    text = open(os.path.join(ROOT, DOCS["epr-plastic-packaging-hugo-post"][0]), encoding="utf-8").read()
    fm = re.match(r"\+\+\+\n(.*?)\n\+\+\+\n", text, re.S)
    if not fm:
        problems.append("md: no TOML front matter between +++ lines")
    else:
        for key in ("title", "date", "draft", "tags", "categories", "summary"):
            if not re.search(r"^%s = " % key, fm.group(1), re.M):
                problems.append("md: front matter lacks %s" % key)
    for mark in ("<!--more-->", "{{< figure ", "{{< notice info >}}", "{{< /notice >}}", '{{% details title="',
                 "{{% /details %}}", "{{< youtube ", "{{< relref ", "|---|", "[^1]:", "\n## ", "\n### "):
        if mark not in text:
            problems.append("md: no %r" % mark)


# ---------------------------------------------------------------- main

def check_remake(problems):
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, script) in DOCS.items():
            out = os.path.join(tmp, os.path.basename(path))
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "tools", script), out], check=True)
            a = hashlib.sha256(open(os.path.join(ROOT, path), "rb").read()).hexdigest()
            b = hashlib.sha256(open(out, "rb").read()).hexdigest()
            if a != b:
                problems.append("%s: tools/%s does not re-make it byte for byte" % (path, script))


def all_units():
    units = {}
    units["single-use-plastic-ban-current-affairs"] = html_parse(
        os.path.join(ROOT, DOCS["single-use-plastic-ban-current-affairs"][0])).units
    u, pdf = pdf_units(os.path.join(ROOT, DOCS["global-plastics-treaty-microplastics-magazine"][0]))
    units["global-plastics-treaty-microplastics-magazine"] = u
    units["epr-plastic-packaging-hugo-post"] = md_units(os.path.join(ROOT, DOCS["epr-plastic-packaging-hugo-post"][0]))
    return units, pdf


def main():
    problems = []
    units, pdf = all_units()
    if len(sys.argv) > 1 and sys.argv[1] == "--dump":
        for u in units[sys.argv[2]]:
            print(u)
        return 0
    joined = {k: ws(" ".join(u)).lower() for k, u in units.items()}
    for k, u in units.items():
        n = sum(len(x.split()) for x in u)
        print("%s: %d words as extracted" % (DOCS[k][0], n))
        if not 1300 <= n <= 1800:
            problems.append("%s: %d words, expected 1,300-1,800" % (DOCS[k][0], n))
    check_portal(problems, units["single-use-plastic-ban-current-affairs"])
    check_pdf(problems, units["global-plastics-treaty-microplastics-magazine"], pdf)
    check_md(problems, units["epr-plastic-packaging-hugo-post"])
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
