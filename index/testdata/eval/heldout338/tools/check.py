#!/usr/bin/python3
"""Check the heldout338 evaluation set.

Extracts each document's text as a reader sees it, with the standard library only:
  - Sphinx / Read the Docs .html (saved from Chrome): one unit per block element's visible text
    (script, style and svg skipped; the sidebar, breadcrumbs, footer and flyout count, as their
    text is in the page; the "¶" header links stay glued to the headings);
  - Docusaurus .mdx: one unit per line of the body (front matter, import lines, the closing
    export and {/* */} comments dropped; JSX tags, heading ids {#…}, list and heading marks,
    **, * and ` removed; a pipe-table row gives one unit per cell; the :::tip[Title] and
    <summary> titles stay as text);
  - Google Docs .pdf: every page's content stream inflated and its text operators replayed
    (cm / q / Q, Tf, Tm, TJ with kerning adjustments), glyph ids turned into text through each
    font's ToUnicode CMap, runs on the same baseline joined left to right into one line (a space
    where there is a gap), one unit per printed line.
Then checks that:
  - each document has 1,300 to 1,800 words as extracted, and its format's marks are there
    (listed in check_marks below);
  - every line of q-*.jsonl and oos.jsonl parses; in-scope lines have exactly q, accept (one or
    two strings) and section (a non-empty list of strings); oos lines have only q;
  - there are 25 questions per document and 12 out-of-scope ones;
  - every accept string is ASCII, 5 to 12 words long, lies inside one unit of its own document,
    and occurs exactly once (case-insensitive, whitespace collapsed) across the three documents'
    extracted text;
  - at least one section name of every question occurs in its own document's text;
  - tools/make_sphinx.py, tools/make_mdx.py and tools/make_gdocs_pdf.py re-make the documents
    byte for byte (each is run into a temporary file, the committed file is never touched).
Run: /usr/bin/python3 tools/check.py        (add --units to print every document's units)
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
    "indiaai-mission-sphinx-notes": ("docs/indiaai-mission-sphinx-notes.html", "make_sphinx.py"),
    "dpdp-act-rules-docusaurus": ("docs/dpdp-act-rules-docusaurus.mdx", "make_mdx.py"),
    "deepfakes-it-rules-eu-ai-act-handout": ("docs/deepfakes-it-rules-eu-ai-act-handout.pdf",
                                             "make_gdocs_pdf.py"),
}
BLOCK = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "div", "ul", "ol",
         "table", "tr", "thead", "tbody", "header", "footer", "nav", "main", "article", "section",
         "body", "html", "head", "dt", "dd", "dl", "br", "summary", "details", "aside", "form",
         "button", "label", "figure", "figcaption", "caption", "hr", "small"}
SKIP = {"script", "style", "svg", "noscript"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


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

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip -= 1
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)


def html_units(text):
    p = Blocks()
    p.feed(text)
    p.flush()
    return p.units


# ------------------------------------------------------------------ MDX
def mdx_units(text):
    lines = text.split("\n")
    if lines and lines[0] == "---":
        end = lines.index("---", 1)
        lines = lines[end + 1:]
    out = []
    in_export = False
    for line in lines:
        if line.startswith("import "):
            continue
        if line.startswith("export "):
            in_export = True
        if in_export:
            continue
        line = re.sub(r"\{/\*.*?\*/\}", "", line)
        if re.match(r"^\s*\|?[-:| ]+\|?\s*$", line) and "-" in line:
            continue  # table delimiter row
        if line.strip().startswith("```"):
            continue
        if line.strip() == ":::":
            continue
        for attr_text in re.findall(r'<(?:TabItem|Admonition)\b[^>]*?\b(?:label|title)="([^"]*)"', line):
            out.append(ws(attr_text))  # a tab's label and an Admonition's title are shown as text
        line = re.sub(r"</?[A-Za-z][^>]*>", " ", line)
        line = re.sub(r"\s*\{#[a-z0-9-]+\}\s*$", "", line)
        line = re.sub(r"^:::\w+(\[(.*)\])?$", r"\2", line.strip())
        line = re.sub(r"^#{1,6}\s+", "", line)
        line = re.sub(r"^[-*]\s+", "", line)
        line = line.replace("**", "").replace("`", "")
        line = re.sub(r"(?<!\w)\*(.+?)\*(?!\w)", r"\1", line)
        line = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", line)
        if line.strip().startswith("|"):
            for cell in line.strip().strip("|").split("|"):
                if ws(cell):
                    out.append(ws(cell))
            continue
        if ws(line):
            out.append(ws(line))
    return out


# ------------------------------------------------------------------ PDF
def pdf_objects(data):
    objs = {}
    for m in re.finditer(rb"(\d+) 0 obj\n(.*?)\nendobj\n", data, re.S):
        body = m.group(2)
        stream = None
        k = body.find(b">> stream\n")
        if k >= 0:
            head = body[:k + 2]
            raw = body[k + len(b">> stream\n"):]
            raw = raw[:raw.rfind(b"\nendstream")]
            if b"/FlateDecode" in head:
                raw = zlib.decompress(raw)
            stream = raw
            body = head
        objs[int(m.group(1))] = (body.decode("latin-1"), stream)
    return objs


TOKEN = re.compile(r"\s*(?:(<[0-9A-Fa-f\s]*>)|(\[)|(\])|(/[^\s/\[\]<>()]+)|(-?\d*\.?\d+)|(\((?:\\.|[^\\)])*\))|([A-Za-z'\"*]+))")


def tokens(s):
    pos = 0
    while True:
        m = TOKEN.match(s, pos)
        if not m:
            break
        pos = m.end()
        if m.group(1):
            yield ("hex", re.sub(r"\s", "", m.group(1)[1:-1]))
        elif m.group(2):
            yield ("[", None)
        elif m.group(3):
            yield ("]", None)
        elif m.group(4):
            yield ("name", m.group(4)[1:])
        elif m.group(5):
            yield ("num", float(m.group(5)))
        elif m.group(6):
            yield ("str", m.group(6)[1:-1])
        else:
            yield ("op", m.group(7))


def cmap_of(text):
    m = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", text, re.S):
        for a, b in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            m[int(a, 16)] = bytes.fromhex(b).decode("utf-16-be")
    for block in re.findall(r"beginbfrange(.*?)endbfrange", text, re.S):
        for a, b, c in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            base = int(c, 16)
            for k in range(int(a, 16), int(b, 16) + 1):
                m[k] = chr(base + k - int(a, 16))
    return m


def widths_of(w):
    out = {}
    toks = list(tokens(w))
    i = 0
    while i < len(toks):
        if toks[i][0] == "num" and i + 1 < len(toks) and toks[i + 1][0] == "[":
            g = int(toks[i][1])
            i += 2
            while toks[i][0] != "]":
                out[g] = toks[i][1]
                g += 1
                i += 1
            i += 1
        elif toks[i][0] == "num":
            a, b, v = int(toks[i][1]), int(toks[i + 1][1]), toks[i + 2][1]
            for g in range(a, b + 1):
                out[g] = v
            i += 3
        else:
            i += 1
    return out


def ref(text, key):
    m = re.search(r"/%s (\d+) 0 R" % key, text)
    return int(m.group(1)) if m else None


def mul(a, b):
    return [a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]]


def pdf_pages(data):
    """Lines of text per page, as a reader extracts them."""
    objs = pdf_objects(data)
    root = [n for n, (b, _) in objs.items() if "/Type /Catalog" in b][0]
    pages_obj = ref(objs[root][0], "Pages")
    kids = [int(k) for k in re.findall(r"(\d+) 0 R", re.search(r"/Kids \[(.*?)\]", objs[pages_obj][0]).group(1))]
    fonts = {}
    out = []
    for pn in kids:
        pb = objs[pn][0]
        fdict = re.search(r"/Font <<(.*?)>>", pb, re.S).group(1)
        res = {name: int(num) for name, num in re.findall(r"/(\w+) (\d+) 0 R", fdict)}
        for name, num in res.items():
            if num not in fonts:
                t0 = objs[num][0]
                tu = cmap_of(objs[ref(t0, "ToUnicode")][1].decode("latin-1"))
                cid = objs[int(re.search(r"/DescendantFonts \[(\d+) 0 R\]", t0).group(1))][0]
                w = widths_of(re.search(r"/W (\[.*\])\n", cid, re.S).group(1))
                fonts[num] = (tu, w)
        content = objs[ref(pb, "Contents")][1].decode("latin-1")
        ctm = [1, 0, 0, 1, 0, 0]
        stack = []
        operands = []
        arr = None
        font, size, tm = None, 0, [1, 0, 0, 1, 0, 0]
        runs = []
        for kind, val in tokens(content):
            if kind == "[":
                arr = []
                continue
            if kind == "]":
                operands.append(arr)
                arr = None
                continue
            if arr is not None:
                arr.append((kind, val))
                continue
            if kind != "op":
                operands.append(val)
                continue
            op = val
            if op == "q":
                stack.append(ctm[:])
            elif op == "Q":
                ctm = stack.pop()
            elif op == "cm":
                ctm = mul([float(x) for x in operands[-6:]], ctm)
            elif op == "BT":
                tm = [1, 0, 0, 1, 0, 0]
            elif op == "Tf":
                font, size = fonts[res[operands[-2]]], float(operands[-1])
            elif op == "Tm":
                tm = [float(x) for x in operands[-6:]]
            elif op == "Td":
                tm = mul([1, 0, 0, 1, float(operands[-2]), float(operands[-1])], tm)
            elif op in ("TJ", "Tj"):
                items = operands[-1] if op == "TJ" else [("hex", operands[-1])]
                tu, w = font
                x0 = None
                adv = 0.0
                text = []
                for k, v in items:
                    if k == "num":
                        adv -= v / 1000.0 * size
                    elif k == "hex":
                        for i in range(0, len(v), 4):
                            g = int(v[i:i + 4], 16)
                            text.append(tu.get(g, ""))
                            adv += w.get(g, 0) / 1000.0 * size
                m = mul(tm, ctm)
                x, y = m[4], m[5]
                scale = abs(m[0]) or 1
                runs.append((round(y, 1), x, x + adv * scale, "".join(text), size * scale))
            operands = []
        lines = {}
        for y, x1, x2, t, sz in runs:
            key = None
            for k in lines:
                if abs(k - y) < 1.0:
                    key = k
            lines.setdefault(key if key is not None else y, []).append((x1, x2, t, sz))
        page_lines = []
        for y in sorted(lines, reverse=True):
            parts = sorted(lines[y])
            s = ""
            end = None
            for x1, x2, t, sz in parts:
                if end is not None and x1 - end > sz * 0.2 and not s.endswith(" "):
                    s += " "
                s += t
                end = x2
            if ws(s):
                page_lines.append(ws(s))
        out.append(page_lines)
    return out


def units_of(path):
    full = os.path.join(ROOT, path)
    if path.endswith(".pdf"):
        return [l for page in pdf_pages(open(full, "rb").read()) for l in page]
    text = open(full, encoding="utf-8").read()
    if path.endswith(".html"):
        return html_units(text)
    return mdx_units(text)


# ------------------------------------------------------------------ marks
def check_marks(units, problems):
    page = open(os.path.join(ROOT, DOCS["indiaai-mission-sphinx-notes"][0]), encoding="utf-8").read()
    for mark, what in (("<!-- saved from url=(", "Chrome's saved-from comment"),
                       ('<meta name="generator" content="Docutils', "docutils generator meta"),
                       ('class="wy-side-nav-search"', "RTD sidebar search block"),
                       ('id="rtd-search-form"', "search box"),
                       ('<p class="caption" role="heading"><span class="caption-text">', "toctree captions"),
                       ('class="toctree-l2 current"><a class="current reference internal"', "current page expanded"),
                       ('class="toctree-expand"', "theme.js expand buttons"),
                       ('class="wy-breadcrumbs"', "breadcrumbs"), (" Edit on GitHub</a>", "Edit on GitHub"),
                       ('class="headerlink"', "headerlinks"), ('title="Link to this heading">\u00b6</a>', "heading pilcrows"),
                       ('<div class="admonition note">', "note"), ('<div class="admonition warning">', "warning"),
                       ('<div class="admonition tip">', "tip"), ('<dl class="simple">', "definition list"),
                       ('<dl class="simple glossary">', "glossary"), ('<table class="docutils align-default"', "docutils table"),
                       ('class="citation-list"', "citation list"), ('role="doc-biblioentry"', "citations"),
                       ('class="rst-footer-buttons"', "prev/next buttons"), ('accesskey="p" rel="prev"', "prev"),
                       ('accesskey="n" rel="next"', "next"),
                       ('class="rst-versions"', "RTD version flyout"), ('class="rtd-current-item"', "flyout versions")):
        if mark not in page:
            problems.append("sphinx: no %s (%r)" % (what, mark))
    shown = " ".join(units["indiaai-mission-sphinx-notes"])
    if "Built with Sphinx using a theme provided by Read the Docs." not in shown:
        problems.append("sphinx: no 'Built with Sphinx' footer line")

    mdx = open(os.path.join(ROOT, DOCS["dpdp-act-rules-docusaurus"][0]), encoding="utf-8").read()
    fm = mdx.split("---\n")[1] if mdx.startswith("---\n") else ""
    for key in ("id:", "title:", "sidebar_position:", "tags:"):
        if not re.search(r"^%s" % key, fm, re.M):
            problems.append("mdx: front matter lacks %s" % key)
    for mark, what in (("import Tabs from '@theme/Tabs';", "Tabs import"), ("import TabItem from '@theme/TabItem';", "TabItem import"),
                       ("<Tabs groupId=", "Tabs"), ("<TabItem value=", "TabItem"), ('label="', "TabItem label"),
                       ("<details>", "details"), ("<summary>", "summary"), ('<Admonition type="', "Admonition"),
                       (":::tip", ":::tip"), (":::caution[", ":::caution[Title]"), ("{#", "explicit heading ids"),
                       ("|---|", "pipe table"), ('```text title="', "code fence with title"), ("{/*", "MDX comment"),
                       ("\nexport const ", "export const")):
        if mark not in mdx:
            problems.append("mdx: no %s" % what)
    if not mdx.rstrip().endswith(");"):
        problems.append("mdx: the export const is not at the end")

    data = open(os.path.join(ROOT, DOCS["deepfakes-it-rules-eu-ai-act-handout"][0]), "rb").read()
    for mark, what in ((b"%PDF-1.4\n%\xe2\xe3\xcf\xd3", "PDF 1.4 header"), (b"Google Docs Renderer", "Skia / Google Docs producer"),
                       (b"/BaseFont /AAAAAA+ArialMT", "AAAAAA+ArialMT"), (b"/BaseFont /BAAAAA+Arial-BoldMT", "BAAAAA+Arial-BoldMT"),
                       (b"/Subtype /Type0", "Type0 fonts"), (b"/Encoding /Identity-H", "Identity-H"),
                       (b"/Subtype /CIDFontType2", "CIDFontType2"), (b"/ToUnicode", "ToUnicode CMaps"),
                       (b"/FontFile2", "embedded TrueType"), (b"/Subtype /Link", "link annotations"),
                       (b"/MediaBox [0 0 596 842]", "A4 page"), (b"/ExtGState <</G3 3 0 R>>", "Skia resource names")):
        if mark not in data:
            problems.append("pdf: no %s" % what)
    objs = pdf_objects(data)
    streams = "".join(s.decode("latin-1") for b, s in objs.values() if s is not None and "/Length1" not in b)
    for mark, what in (("] TJ", "TJ arrays"), ("1 0 0 -1 0 842 cm", "flipped page"), (".75 0 0 .75 0 0 cm", "px-to-pt scale"),
                       ("beginbfrange", "ToUnicode ranges"), (" re\nf", "filled rectangles (underlines, shading)"),
                       (" l\nS", "stroked table borders"), ("<25CF>", "bullet glyph in the CMap")):
        if mark not in streams:
            problems.append("pdf: no %s" % what)
    pages = pdf_pages(data)
    for n, lines in enumerate(pages, 1):
        if not lines or lines[-1] != str(n):
            problems.append("pdf: page %d does not end with its page number alone" % n)
    shown = units["deepfakes-it-rules-eu-ai-act-handout"]
    if not any(u.startswith("\u25cf ") for u in shown) or not any(re.match(r"^\d\. ", u) for u in shown):
        problems.append("pdf: bullets or list numbers not drawn as separate runs")


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
            print("=== %s" % k)
            for x in u:
                print(x)
        return 0
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
