#!/usr/bin/python3
"""Make docs/ocean-acidification-ebook.epub from tools/ocean-acidification-ebook.txt.

The source is the student's Markdown (YAML metadata block, # chapters, ## sections, footnotes,
a pipe table with a caption, a $$ display equation, a definition list, a task list). This script
writes the EPUB the way pandoc 3.8.2.1 does for

    pandoc ocean-acidification-ebook.md --toc -o ocean-acidification-ebook.epub

with `cover-image: cover.png` in the metadata: an EPUB 3 zip (zip-archive layout: version
needed 2.0, flags 0x0802, no extra fields, the stored mimetype first) holding
META-INF/container.xml, META-INF/com.apple.ibooks.display-options.xml, EPUB/content.opf
(accessibility metadata, mathml and svg item properties, a guide), EPUB/toc.ncx, EPUB/nav.xhtml
(one-line toc nav plus a hidden landmarks nav), EPUB/text/title_page.xhtml, pandoc's default
epub.css as EPUB/styles/stylesheet1.css, the cover image renamed EPUB/media/file0.png with
EPUB/text/cover.xhtml (an SVG wrapper), and one EPUB/text/chNNN.xhtml per level-1 heading with
its footnotes as <aside epub:type="footnote"> elements in a section at the end of that chapter
(numbering restarts in every chapter) and the equation as texmath's pretty-printed MathML.
The cover picture (a plain blue gradient) is drawn here with zlib.

Run from anywhere: /usr/bin/python3 tools/make_epub.py
Standard library only; fixed UUID and timestamp, so the output is byte for byte the same.
"""
import os
import re
import struct
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ocean-acidification-ebook.txt")
OUT = os.path.join(HERE, "..", "docs", "ocean-acidification-ebook.epub")

UUID = "urn:uuid:3f1c9a52-7d4e-4b8a-9e21-6c05d7a8b413"
MODIFIED = "2025-10-12T16:47:31Z"
ZIPTIME = (2025, 10, 12, 16, 47, 31)
COVER_W, COVER_H = 600, 900

EPUB_CSS = r'''/* This defines styles and classes used in the book */
@page {
  margin: 10px;
}
html, body, div, span, applet, object, iframe, h1, h2, h3, h4, h5, h6, p,
blockquote, pre, a, abbr, acronym, address, big, cite, code, del, dfn, em, img,
ins, kbd, q, s, samp, small, strike, strong, sub, sup, tt, var, b, u, i, center,
fieldset, form, label, legend, table, caption, tbody, tfoot, thead, tr, th, td,
article, aside, canvas, details, embed, figure, figcaption, footer, header,
hgroup, menu, nav, output, ruby, section, summary, time, mark, audio, video, ol,
ul, li, dl, dt, dd {
  margin: 0;
  padding: 0;
  border: 0;
  font-size: 100%;
  vertical-align: baseline;
}
html {
  line-height: 1.2;
  font-family: Georgia, serif;
  color: #1a1a1a;
}
p {
  text-indent: 0;
  margin: 1em 0;
  widows: 2;
  orphans: 2;
}
img {
  max-width: 100%;
}
sup {
  vertical-align: super;
  font-size: smaller;
}
sub {
  vertical-align: sub;
  font-size: smaller;
}
h1 {
  margin: 3em 0 0 0;
  font-size: 2em;
  page-break-before: always;
  line-height: 150%;
}
h2 {
  margin: 1.5em 0 0 0;
  font-size: 1.5em;
  line-height: 135%;
}
h3 {
  margin: 1.3em 0 0 0;
  font-size: 1.3em;
}
h4 {
  margin: 1.2em 0 0 0;
  font-size: 1.2em;
}
h5 {
  margin: 1.1em 0 0 0;
  font-size: 1.1em;
}
h6 {
  font-size: 1em;
}
h1, h2, h3, h4, h5, h6 {
  text-indent: 0;
  text-align: left;
  font-weight: bold;
  page-break-after: avoid;
  page-break-inside: avoid;
}

ol, ul {
  margin: 1em 0 0 1.7em;
}
li > ol, li > ul {
  margin-top: 0;
}
blockquote {
  margin: 1em 0 1em 1.7em;
}
code {
  font-family: Menlo, Monaco, 'Lucida Console', Consolas, monospace;
  font-size: 85%;
  margin: 0;
  hyphens: manual;
}
pre {
  margin: 1em 0;
  overflow: auto;
}
pre code {
  padding: 0;
  overflow: visible;
  overflow-wrap: normal;
}
.sourceCode {
  background-color: transparent;
  overflow: visible;
}
hr {
  background-color: #1a1a1a;
  border: none;
  height: 1px;
  margin: 1em 0;
}
table {
  margin: 1em 0;
  border-collapse: collapse;
  width: 100%;
  overflow-x: auto;
  display: block;
}
table caption {
  margin-bottom: 0.75em;
}
tbody {
  margin-top: 0.5em;
  border-top: 1px solid #1a1a1a;
  border-bottom: 1px solid #1a1a1a;
}
th, td {
  padding: 0.25em 0.5em 0.25em 0.5em;
}
th {
  border-top: 1px solid #1a1a1a;
}
header {
  margin-bottom: 4em;
  text-align: center;
}
#TOC li {
  list-style: none;
}
#TOC ul {
  padding-left: 1.3em;
}
#TOC > ul {
  padding-left: 0;
}
#TOC a:not(:hover) {
  text-decoration: none;
}
code {
  white-space: pre-wrap;
}
span.smallcaps {
  font-variant: small-caps;
}

/* This is the most compatible CSS, but it only allows two columns: */
div.column {
  display: inline-block;
  vertical-align: top;
  width: 50%;
}
/* If you can rely on CSS3 support, use this instead: */
/* div.columns {
  display: flex;
  gap: min(4vw, 1.5em);
}
div.column {
  flex: auto;
  overflow-x: auto;
} */

div.hanging-indent {
  margin-left: 1.5em;
  text-indent: -1.5em;
}
ul.task-list {
  list-style: none;
}
ul.task-list li input[type="checkbox"] {
  width: 0.8em;
  margin: 0 0.8em 0.2em -1.6em;
  vertical-align: middle;
}
.display.math {
  display: block;
  text-align: center;
  margin: 0.5rem auto;
}

/* For title, author, and date on the cover page */
h1.title { }
p.author { }
p.date { }

nav#toc ol, nav#landmarks ol {
  padding: 0;
  margin-left: 1em;
}
nav#toc ol li, nav#landmarks ol li {
  list-style-type: none;
  margin: 0;
  padding: 0;
}
a.footnote-ref {
  vertical-align: super;
}
em, em em em, em em em em em {
  font-style: italic;
}
em em, em em em em {
  font-style: normal;
}
q {
  quotes: "“" "”" "‘" "’";
}
@media screen { /* Workaround for iBooks issue; see #6242 */
  .sourceCode {
    overflow: visible !important;
    white-space: pre-wrap !important;
  }
}
'''


# ---------------------------------------------------------------- Markdown source

def read_source():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    lines = text.split("\n")
    assert lines[0] == "---"
    end = lines.index("---", 1)
    meta, key = {}, None
    for l in lines[1:end]:
        if l.startswith("- ") and key:
            meta.setdefault(key, []).append(l[2:])
        else:
            key, val = l.split(":", 1)
            val = val.strip()
            if val:
                meta[key] = val
    return meta, lines[end + 1:]


def parse_blocks(lines):
    """Return (blocks, notes). Blocks are tuples; notes maps id -> text."""
    blocks, notes = [], {}
    i, n = 0, len(lines)

    def is_start(l):
        return (l.startswith("#") or l.startswith("- ") or l.startswith("> ")
                or l.startswith("|") or l.startswith("$$") or l.startswith("[^")
                or re.match(r"\d+\. ", l))

    while i < n:
        l = lines[i]
        if not l.strip():
            i += 1
            continue
        m = re.match(r"(#{1,6}) (.*)$", l)
        if m:
            blocks.append(("header", len(m.group(1)), m.group(2)))
            i += 1
            continue
        m = re.match(r"\[\^([\w-]+)\]: (.*)$", l)
        if m:
            notes[m.group(1)] = m.group(2)
            i += 1
            continue
        if l.startswith("$$"):
            blocks.append(("math", l[2:-2]))
            i += 1
            continue
        if l.startswith("> "):
            q = []
            while i < n and lines[i].startswith(">"):
                q.append(lines[i][2:])
                i += 1
            blocks.append(("quote", " ".join(q)))
            continue
        if l.startswith("|"):
            rows = []
            while i < n and lines[i].startswith("|"):
                rows.append(lines[i])
                i += 1
            blocks.append(("table", rows, None))
            continue
        if l.startswith("Table: ") and blocks and blocks[-1][0] == "table":
            blocks[-1] = ("table", blocks[-1][1], l[7:])
            i += 1
            continue
        if l.startswith("- [x] ") or l.startswith("- [ ] "):
            items = []
            while i < n and (lines[i].startswith("- [x] ") or lines[i].startswith("- [ ] ")):
                items.append((lines[i][3] == "x", lines[i][6:]))
                i += 1
            blocks.append(("tasks", items))
            continue
        if l.startswith("- "):
            items = []
            while i < n and lines[i].startswith("- "):
                items.append(lines[i][2:])
                i += 1
            blocks.append(("bullets", items))
            continue
        if re.match(r"\d+\. ", l):
            items = []
            while i < n and re.match(r"\d+\. ", lines[i]):
                items.append(lines[i].split(". ", 1)[1])
                i += 1
            blocks.append(("ordered", items))
            continue
        if i + 1 < n and lines[i + 1].startswith(":   "):
            items = []
            while i + 1 < n and lines[i + 1].startswith(":   "):
                items.append((lines[i], lines[i + 1][4:]))
                i += 2
                while i < n and not lines[i].strip():
                    i += 1
            blocks.append(("deflist", items))
            continue
        para = []
        while i < n and lines[i].strip() and not (para and is_start(lines[i])):
            para.append(lines[i])
            i += 1
        blocks.append(("para", " ".join(para)))
    return blocks, notes


# ---------------------------------------------------------------- identifiers

def identifier(text, used):
    t = re.sub(r"\*\*|\*|~|\^", "", text).lower()
    t = "".join(c for c in t if c.isspace() or c.isalnum() or c in "_-.")
    t = "-".join(t.split())
    while t and not t[0].isalpha():
        t = t[1:]
    base, k = t or "section", 1
    while t in used:
        t = "%s-%d" % (base, k)
        k += 1
    used.add(t)
    return t


# ---------------------------------------------------------------- inlines

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attr_esc(s):
    return esc(s).replace('"', "&quot;")


TOKEN = re.compile(r"\[\^([\w-]+)\]|\[([^\]]+)\]\(([^)\s]+)\)|\*\*(.+?)\*\*|\*(.+?)\*"
                   r"|~([^~\s]+)~|\^([^\^\s]+)\^|\$\$(.+?)\$\$")


class Ctx:
    def __init__(self, notes):
        self.notes = notes
        self.emitted = []      # rendered note bodies, in order

    def inline(self, s):
        out, pos = [], 0
        for m in TOKEN.finditer(s):
            out.append(esc(s[pos:m.start()]))
            pos = m.end()
            if m.group(1):
                num = len(self.emitted) + 1
                self.emitted.append(None)
                body = self.inline(self.notes[m.group(1)])
                self.emitted[num - 1] = (
                    '<p><a href="#fnref%d" class="footnote-back" role="doc-backlink">%d</a>. %s</p>'
                    % (num, num, body))
                out.append('<a href="#fn%d" class="footnote-ref" id="fnref%d" epub:type="noteref" '
                           'role="doc-noteref">%d</a>' % (num, num, num))
            elif m.group(2):
                out.append('<a href="%s">%s</a>' % (attr_esc(m.group(3)), self.inline(m.group(2))))
            elif m.group(4):
                out.append("<strong>%s</strong>" % self.inline(m.group(4)))
            elif m.group(5):
                out.append("<em>%s</em>" % self.inline(m.group(5)))
            elif m.group(6):
                out.append("<sub>%s</sub>" % self.inline(m.group(6)))
            elif m.group(7):
                out.append("<sup>%s</sup>" % self.inline(m.group(7)))
            else:
                out.append(mathml(m.group(8)))
        out.append(esc(s[pos:]))
        return "".join(out)


# ---------------------------------------------------------------- texmath's MathML

def mathml(tex):
    """Display equation as texmath writes MathML (subset: \\text{}, _, ^, +, -, \\rightleftharpoons)."""
    toks = re.findall(r"\\text\{[^}]*\}|\\rightleftharpoons|[_^]|[+\-]|\d|\s+", tex)
    assert "".join(toks) == tex, tex
    toks = [t for t in toks if not t.isspace()]
    items, i = [], 0

    def atom(t):
        if t.startswith("\\text{"):
            return ("mtext", t[6:-1])
        if t.isdigit():
            return ("mn", t)
        if t == "-":
            return ("mo", "\u2212")
        if t == "+":
            return ("mo", "+")
        return ("mo", "\u21cc")

    while i < len(toks):
        base = atom(toks[i])
        i += 1
        sub = sup = None
        while i < len(toks) and toks[i] in "_^":
            if toks[i] == "_":
                sub = atom(toks[i + 1])
            else:
                sup = atom(toks[i + 1])
            i += 2
        if sub and sup:
            items.append(("msubsup", [base, sub, sup]))
        elif sub:
            items.append(("msub", [base, sub]))
        elif sup:
            items.append(("msup", [base, sup]))
        else:
            items.append(base)

    def pp(node, depth):
        ind = "  " * depth
        tag, val = node
        if isinstance(val, list):
            return ("%s<%s>\n" % (ind, tag) + "".join(pp(c, depth + 1) for c in val)
                    + "%s</%s>\n" % (ind, tag))
        att = ' mathvariant="normal"' if tag == "mtext" else ""
        return "%s<%s%s>%s</%s>\n" % (ind, tag, att, esc(val), tag)

    body = pp(("mrow", items), 2)
    return ('<math display="block" xmlns="http://www.w3.org/1998/Math/MathML">\n  <semantics>\n'
            + body + '    <annotation encoding="application/x-tex">%s</annotation>\n'
            '  </semantics>\n</math>' % esc(tex))


# ---------------------------------------------------------------- blocks to XHTML

def table_html(ctx, rows, caption):
    def cells(row):
        row = row.strip()
        return [c.strip() for c in row.strip("|").split("|")]
    head, sep, body = cells(rows[0]), cells(rows[1]), [cells(r) for r in rows[2:]]
    seplens = [len(s) for s in sep]
    line_widths = [sum(len(c) for c in r) for r in [head] + body]
    out = ["<table>"]
    if caption:
        out.append("<caption>%s</caption>" % ctx.inline(caption))
    if max([sum(seplens)] + line_widths) + len(sep) + 1 > 72:
        widths = [l / sum(seplens) for l in seplens]
        out.append("<colgroup>")
        out += ['<col style="width: %d%%" />' % int(100 * w) for w in widths]
        out.append("</colgroup>")
        total = sum(widths)
        if 0 < total < 1:
            out[0] = '<table style="width:%d%%;">' % round(total * 100)
    out.append("<thead>")
    out.append("<tr>")
    out += ["<th>%s</th>" % ctx.inline(c) for c in head]
    out.append("</tr>")
    out.append("</thead>")
    out.append("<tbody>")
    for r in body:
        out.append("<tr>")
        out += ["<td>%s</td>" % ctx.inline(c) for c in r]
        out.append("</tr>")
    out.append("</tbody>")
    out.append("</table>")
    return "\n".join(out)


def block_html(ctx, b):
    kind = b[0]
    if kind == "para":
        return "<p>%s</p>" % ctx.inline(b[1])
    if kind == "math":
        return "<p>%s</p>" % mathml(b[1])
    if kind == "quote":
        return "<blockquote>\n<p>%s</p>\n</blockquote>" % ctx.inline(b[1])
    if kind == "bullets":
        return "<ul>\n%s\n</ul>" % "\n".join("<li>%s</li>" % ctx.inline(t) for t in b[1])
    if kind == "ordered":
        return '<ol type="1">\n%s\n</ol>' % "\n".join("<li>%s</li>" % ctx.inline(t) for t in b[1])
    if kind == "tasks":
        return '<ul class="task-list">\n%s\n</ul>' % "\n".join(
            '<li><label><input type="checkbox"%s />%s</label></li>'
            % (' checked=""' if c else "", ctx.inline(t)) for c, t in b[1])
    if kind == "deflist":
        parts = []
        for term, d in b[1]:
            parts.append("\n<dt>%s</dt>\n<dd>\n%s\n</dd>" % (ctx.inline(term), ctx.inline(d)))
        return "<dl>%s\n</dl>" % "".join(parts)
    if kind == "table":
        return table_html(ctx, b[1], b[2])
    raise ValueError(kind)


def sectionize(blocks, used):
    """Nest blocks under headers: ('section', level, title, id, children)."""
    root = []
    stack = [(0, root)]
    for b in blocks:
        if b[0] == "header":
            level = b[1]
            while stack[-1][0] >= level:
                stack.pop()
            sec = ("section", level, b[2], identifier(b[2], used), [])
            stack[-1][1].append(sec)
            stack.append((level, sec[4]))
        else:
            stack[-1][1].append(b)
    return root


def render(ctx, b):
    if b[0] != "section":
        return block_html(ctx, b)
    _, level, title, ident, children = b
    head = "<h%d>%s</h%d>" % (level, ctx.inline(title), level)
    inner = "\n".join(render(ctx, c) for c in children)
    return ('<section id="%s" class="level%d">\n%s\n%s</section>'
            % (ident, level, head, inner + "\n" if inner else ""))


# ---------------------------------------------------------------- page templates

def page(title, body, body_attr, css_prefix, lang):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
            'lang="%s" xml:lang="%s">\n<head>\n  <meta charset="utf-8" />\n'
            '  <meta name="generator" content="pandoc" />\n  <title>%s</title>\n'
            '  <style>\n  </style>\n'
            '  <link rel="stylesheet" type="text/css" href="%sstyles/stylesheet1.css" />\n'
            '</head>\n<body%s>\n%s\n</body>\n</html>\n'
            % (lang, lang, title, css_prefix, body_attr, body))


def xml_pp(node, depth=0):
    """Pretty-print (tag, attrs, children-or-text) the way pandoc's XML.Light does."""
    tag, attrs, kids = node
    ind = "  " * depth
    a = "".join(' %s="%s"' % (k, attr_esc(v)) for k, v in attrs)
    if kids is None or kids == []:
        return "%s<%s%s />\n" % (ind, tag, a)
    if isinstance(kids, str):
        return "%s<%s%s>%s</%s>\n" % (ind, tag, a, esc(kids), tag)
    return ("%s<%s%s>\n" % (ind, tag, a) + "".join(xml_pp(k, depth + 1) for k in kids)
            + "%s</%s>\n" % (ind, tag))


def xml_doc(node):
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + xml_pp(node)


def xml_line(node):
    tag, attrs, kids = node
    a = "".join(' %s="%s"' % (k, attr_esc(v)) for k, v in attrs)
    if isinstance(kids, str):
        return "<%s%s>%s</%s>" % (tag, a, kids, tag)
    return "<%s%s>%s</%s>" % (tag, a, "".join(xml_line(k) for k in kids), tag)


# ---------------------------------------------------------------- cover picture

def cover_png():
    rows = []
    for y in range(COVER_H):
        f = y / (COVER_H - 1)
        r, g, b = int(11 + 9 * f), int(61 + 60 * f), int(92 + 48 * f)
        if 540 <= y < 552:
            r, g, b = 233, 196, 106
        rows.append(b"\x00" + bytes((r, g, b)) * COVER_W)
    raw = b"".join(rows)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", COVER_W, COVER_H, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------- zip (zip-archive layout)

def write_zip(path, entries):
    y, mo, d, h, mi, s = ZIPTIME
    dtime = (h << 11) | (mi << 5) | (s // 2)
    ddate = ((y - 1980) << 9) | (mo << 5) | d
    local, central, offset = [], [], 0
    for name, data in entries:
        nb = name.encode("utf-8")
        co = zlib.compressobj(9, zlib.DEFLATED, -15)
        comp = co.compress(data) + co.flush()
        method = 8
        if len(comp) >= len(data):
            comp, method = data, 0
        crc = zlib.crc32(data) & 0xFFFFFFFF
        hdr = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x0802, method, dtime, ddate, crc,
                          len(comp), len(data), len(nb), 0) + nb
        local.append(hdr + comp)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 0, 20, 0x0802, method, dtime,
                                   ddate, crc, len(comp), len(data), len(nb), 0, 0, 0, 0, 0, offset)
                       + nb)
        offset += len(hdr) + len(comp)
    cd = b"".join(central)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(cd), offset, 0)
    with open(path, "wb") as f:
        f.write(b"".join(local) + cd + end)


# ---------------------------------------------------------------- book

def build():
    meta, lines = read_source()
    lang = meta["lang"]
    title = meta["title"]
    blocks, notes = parse_blocks(lines)
    used = set()
    tree = sectionize(blocks, used)
    chapters = [s for s in tree if s[0] == "section"]

    # chapters
    chapter_files, toc = [], []
    for k, ch in enumerate(chapters, 1):
        fname = "ch%03d.xhtml" % k
        ctx = Ctx(notes)
        body = render(ctx, ch)
        if ctx.emitted:
            body += ('\n<section id="footnotes" class="footnotes footnotes-end-of-document" '
                     'epub:type="footnotes">\n<hr />\n'
                     + "".join('<aside epub:type="footnote" role="doc-footnote" id="fn%d">\n%s\n'
                               '</aside>\n' % (i, t) for i, t in enumerate(ctx.emitted, 1))
                     + "</section>")
        chapter_files.append((fname, page(fname, body, ' epub:type="bodymatter"', "../", lang)))
        subs = [(s[2], fname + "#" + s[3]) for s in ch[4] if s[0] == "section"]
        toc.append((ch[2], fname + "#" + ch[3], subs))

    plain = lambda t: re.sub(r"\*\*|\*", "", t)

    # title page and cover page
    tp_body = ('<section epub:type="titlepage" class="titlepage">\n'
               '  <h1 class="title">%s</h1>\n  <p class="subtitle">%s</p>\n'
               '  <p class="author">%s</p>\n  <p class="date">%s</p>\n'
               '  <div class="rights">%s</div>\n</section>'
               % (esc(title), esc(meta["subtitle"]), esc(meta["author"]), esc(meta["date"]),
                  esc(meta["rights"])))
    title_page = page(esc(title), tp_body, ' epub:type="frontmatter"', "../", lang)
    cover_body = ('<div id="cover-image">\n<svg xmlns="http://www.w3.org/2000/svg" '
                  'xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="100%%" '
                  'height="100%%" viewBox="0 0 %d %d" preserveAspectRatio="xMidYMid">\n'
                  '<image width="%d" height="%d" xlink:href="../media/file0.png" />\n</svg>\n</div>'
                  % (COVER_W, COVER_H, COVER_W, COVER_H))
    cover_page = page(esc(title), cover_body, ' id="cover"', "../", lang)

    # nav.xhtml
    n = 0
    lis = []
    for t, href, subs in toc:
        n += 1
        my = n
        sub_lis = []
        for st, shref in subs:
            n += 1
            sub_lis.append(("li", [("id", "toc-li-%d" % n)],
                            [("a", [("href", "text/" + shref)], esc(plain(st)))]))
        kids = [("a", [("href", "text/" + href)], esc(plain(t)))]
        if sub_lis:
            kids.append(("ol", [("class", "toc")], sub_lis))
        lis.append(("li", [("id", "toc-li-%d" % my)], kids))
    nav = xml_line(("nav", [("epub:type", "toc"), ("role", "doc-toc"), ("id", "toc")],
                    [("h1", [("id", "toc-title")], esc(title)), ("ol", [("class", "toc")], lis)]))
    landmarks = xml_pp(("nav", [("epub:type", "landmarks"), ("id", "landmarks"), ("hidden", "hidden")],
                        [("ol", [], [
                            ("li", [], [("a", [("href", "text/title_page.xhtml"),
                                               ("epub:type", "titlepage")], "Title Page")]),
                            ("li", [], [("a", [("href", "text/cover.xhtml"), ("epub:type", "cover")],
                                         "Cover")]),
                            ("li", [], [("a", [("href", "#toc"), ("epub:type", "toc")],
                                         "Table of Contents")])])])).rstrip("\n")
    nav_page = page(esc(title), nav + "\n" + landmarks, ' epub:type="frontmatter"', "", lang)

    # toc.ncx
    counter = [0]

    def navpoint(t, href, subs):
        counter[0] += 1
        me = counter[0]
        kids = [("navLabel", [], [("text", [], plain(t))]), ("content", [("src", "text/" + href)], None)]
        for st, shref in subs:
            kids.append(navpoint(st, shref, []))
        return ("navPoint", [("id", "navPoint-%d" % me)], kids)
    points = []
    for t, href, subs in toc:
        points.append(navpoint(t, href, subs))
    ncx = xml_doc(("ncx", [("version", "2005-1"), ("xmlns", "http://www.daisy.org/z3986/2005/ncx/")], [
        ("head", [], [("meta", [("name", "dtb:uid"), ("content", UUID)], None),
                      ("meta", [("name", "dtb:depth"), ("content", "1")], None),
                      ("meta", [("name", "dtb:totalPageCount"), ("content", "0")], None),
                      ("meta", [("name", "dtb:maxPageNumber"), ("content", "0")], None),
                      ("meta", [("name", "cover"), ("content", "cover_png")], None)]),
        ("docTitle", [], [("text", [], title)]),
        ("navMap", [], [("navPoint", [("id", "navPoint-0")],
                         [("navLabel", [], [("text", [], title)]),
                          ("content", [("src", "text/title_page.xhtml")], None)])] + points)]))

    # content.opf
    md = [("dc:identifier", [("id", "epub-id-1")], UUID),
          ("dc:title", [("id", "epub-title-1")], title),
          ("dc:date", [("id", "epub-date")], meta["date"]),
          ("dc:language", [], lang),
          ("dc:creator", [("id", "epub-creator-1")], meta["author"]),
          ("meta", [("refines", "#epub-creator-1"), ("property", "role"),
                    ("scheme", "marc:relators")], "aut")]
    md += [("dc:subject", [("id", "subject-%d" % i)], s) for i, s in enumerate(meta["subject"], 1)]
    md += [("dc:description", [], meta["description"]), ("dc:rights", [], meta["rights"]),
           ("meta", [("property", "dcterms:modified")], MODIFIED),
           ("meta", [("property", "schema:accessMode")], "textual"),
           ("meta", [("property", "schema:accessModeSufficient")], "textual")]
    md += [("meta", [("property", "schema:accessibilityFeature")], f)
           for f in ("alternativeText", "readingOrder", "structuralNavigation", "tableOfContents")]
    md += [("meta", [("property", "schema:accessibilityHazard")], "none")]

    def item(path, content):
        props = (["mathml"] if "<math" in content else []) + (["svg"] if "<svg" in content else [])
        attrs = [("id", re.sub(r"[^A-Za-z0-9_-]", "_", os.path.basename(path))), ("href", path),
                 ("media-type", "application/xhtml+xml")]
        if props:
            attrs.append(("properties", " ".join(props)))
        return ("item", attrs, None)
    manifest = [("item", [("id", "ncx"), ("href", "toc.ncx"), ("media-type", "application/x-dtbncx+xml")], None),
                ("item", [("id", "nav"), ("href", "nav.xhtml"), ("media-type", "application/xhtml+xml"),
                          ("properties", "nav")], None),
                ("item", [("id", "stylesheet1"), ("href", "styles/stylesheet1.css"),
                          ("media-type", "text/css")], None),
                item("text/cover.xhtml", cover_page), item("text/title_page.xhtml", title_page)]
    manifest += [item("text/" + f, c) for f, c in chapter_files]
    manifest.append(("item", [("properties", "cover-image"), ("id", "file0_png"),
                              ("href", "media/file0.png"), ("media-type", "image/png")], None))
    spine = [("itemref", [("idref", "cover_xhtml")], None),
             ("itemref", [("idref", "title_page_xhtml"), ("linear", "yes")], None),
             ("itemref", [("idref", "nav")], None)]
    spine += [("itemref", [("idref", f.replace(".", "_"))], None) for f, _ in chapter_files]
    opf = xml_doc(("package", [("version", "3.0"), ("xmlns", "http://www.idpf.org/2007/opf"),
                               ("xml:lang", lang), ("unique-identifier", "epub-id-1"),
                               ("prefix", "ibooks: http://vocabulary.itunes.apple.com/rdf/ibooks/"
                                          "vocabulary-extensions-1.0/")], [
        ("metadata", [("xmlns:dc", "http://purl.org/dc/elements/1.1/"),
                      ("xmlns:opf", "http://www.idpf.org/2007/opf")], md),
        ("manifest", [], manifest),
        ("spine", [("toc", "ncx")], spine),
        ("guide", [], [("reference", [("type", "toc"), ("title", title), ("href", "nav.xhtml")], None),
                       ("reference", [("type", "cover"), ("title", "Cover"),
                                      ("href", "text/cover.xhtml")], None)])]))

    container = xml_doc(("container", [("version", "1.0"),
                                       ("xmlns", "urn:oasis:names:tc:opendocument:xmlns:container")],
                         [("rootfiles", [], [("rootfile", [("full-path", "EPUB/content.opf"),
                                                           ("media-type", "application/oebps-package+xml")],
                                              None)])]))
    apple = xml_doc(("display_options", [], [("platform", [("name", "*")],
                                              [("option", [("name", "specified-fonts")], "true")])]))

    entries = [("mimetype", b"application/epub+zip"),
               ("META-INF/container.xml", container.encode()),
               ("META-INF/com.apple.ibooks.display-options.xml", apple.encode()),
               ("EPUB/content.opf", opf.encode()),
               ("EPUB/toc.ncx", ncx.encode()),
               ("EPUB/nav.xhtml", nav_page.encode()),
               ("EPUB/text/title_page.xhtml", title_page.encode()),
               ("EPUB/styles/stylesheet1.css", EPUB_CSS.encode()),
               ("EPUB/media/file0.png", cover_png()),
               ("EPUB/text/cover.xhtml", cover_page.encode())]
    entries += [("EPUB/text/" + f, c.encode()) for f, c in chapter_files]
    write_zip(OUT, entries)


if __name__ == "__main__":
    build()
