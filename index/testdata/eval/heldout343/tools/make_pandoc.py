#!/usr/bin/python3
"""Re-make docs/constitution-129th-amendment-bill-pandoc-notes.html from its source text.

The source (tools/constitution-129th-amendment-bill-pandoc-notes.txt) is the Pandoc Markdown the
notes were written in. The document is what

    pandoc -s --toc --number-sections -o constitution-129th-amendment-bill-pandoc-notes.html \\
        constitution-129th-amendment-bill-pandoc-notes.md

writes with Pandoc 3.7 and its default HTML5 template: the head with the generator, author and
dcterms.date metas and the default style block, the title block header, the TOC nav with
toc-section-number spans, h1/h2 headings with data-number and header-section-number spans,
smart quotes and dashes, footnote references and the footnotes section at the end, and the
HTML wrapped at 72 columns the way Pandoc's layout engine (doclayout) breaks lines: at spaces
in text and between a tag's attributes, never inside an unbreakable run.
This is a small re-implementation of exactly the Markdown this source uses, not a general one.
Usage: make_pandoc.py [output path]
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "constitution-129th-amendment-bill-pandoc-notes"
SRC = os.path.join(HERE, SLUG + ".txt")
OUT = os.path.join(HERE, "..", "docs", SLUG + ".html")
COLUMNS = 72
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

STYLE = r'''  <style>
    html {
      color: #1a1a1a;
      background-color: #fdfdfd;
    }
    body {
      margin: 0 auto;
      max-width: 36em;
      padding-left: 50px;
      padding-right: 50px;
      padding-top: 50px;
      padding-bottom: 50px;
      hyphens: auto;
      overflow-wrap: break-word;
      text-rendering: optimizeLegibility;
      font-kerning: normal;
    }
    @media (max-width: 600px) {
      body {
        font-size: 0.9em;
        padding: 12px;
      }
      h1 {
        font-size: 1.8em;
      }
    }
    @media print {
      html {
        background-color: white;
      }
      body {
        background-color: transparent;
        color: black;
        font-size: 12pt;
      }
      p, h2, h3 {
        orphans: 3;
        widows: 3;
      }
      h2, h3, h4 {
        page-break-after: avoid;
      }
    }
    p {
      margin: 1em 0;
    }
    a {
      color: #1a1a1a;
    }
    a:visited {
      color: #1a1a1a;
    }
    img {
      max-width: 100%;
    }
    svg {
      height: auto;
      max-width: 100%;
    }
    h1, h2, h3, h4, h5, h6 {
      margin-top: 1.4em;
    }
    h5, h6 {
      font-size: 1em;
      font-style: italic;
    }
    h6 {
      font-weight: normal;
    }
    ol, ul {
      padding-left: 1.7em;
      margin-top: 1em;
    }
    li > ol, li > ul {
      margin-top: 0;
    }
    blockquote {
      margin: 1em 0 1em 1.7em;
      padding-left: 1em;
      border-left: 2px solid #e6e6e6;
      color: #606060;
    }
    code {
      font-family: Menlo, Monaco, Consolas, 'Lucida Console', monospace;
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
      border: none;
      border-top: 1px solid #1a1a1a;
      height: 1px;
      margin: 1em 0;
    }
    table {
      margin: 1em 0;
      border-collapse: collapse;
      width: 100%;
      overflow-x: auto;
      display: block;
      font-variant-numeric: lining-nums tabular-nums;
    }
    table caption {
      margin-bottom: 0.75em;
    }
    tbody {
      margin-top: 0.5em;
      border-top: 1px solid #1a1a1a;
      border-bottom: 1px solid #1a1a1a;
    }
    th {
      border-top: 1px solid #1a1a1a;
      padding: 0.25em 0.5em 0.25em 0.5em;
    }
    td {
      padding: 0.125em 0.5em 0.25em 0.5em;
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
    code{white-space: pre-wrap;}
    span.smallcaps{font-variant: small-caps;}
    div.columns{display: flex; gap: min(4vw, 1.5em);}
    div.column{flex: auto; overflow-x: auto;}
    div.hanging-indent{margin-left: 1.5em; text-indent: -1.5em;}
    /* The extra [class] is a hack that increases specificity enough to
       override a similar rule in reveal.js */
    ul.task-list[class]{list-style: none;}
    ul.task-list li input[type="checkbox"] {
      font-size: inherit;
      width: 0.8em;
      margin: 0 0.8em 0.2em -1.6em;
      vertical-align: middle;
    }
  </style>'''

# ---------------------------------------------------------------- layout (doclayout)
LIT, SP, NL = 0, 1, 2


def width(s):
    n = 0
    for ch in s:
        if unicodedata.combining(ch) or 0xFE00 <= ord(ch) <= 0xFE0F:
            continue
        n += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return n


def render(toks):
    # normalise: drop spaces next to newlines and repeated spaces
    norm = []
    for t in toks:
        if t[0] == SP and (not norm or norm[-1][0] in (SP, NL)):
            continue
        if t[0] == NL and norm and norm[-1][0] == SP:
            norm.pop()
        norm.append(t)
    while norm and norm[-1][0] == SP:
        norm.pop()
    out, col = [], 0
    for i, t in enumerate(norm):
        if t[0] == LIT:
            out.append(t[1])
            col += width(t[1])
        elif t[0] == NL:
            out.append("\n")
            col = 0
        else:
            off = 0
            for u in norm[i + 1:]:
                if u[0] != LIT:
                    break
                off += width(u[1])
            if col + 1 + off > COLUMNS:
                out.append("\n")
                col = 0
            elif col > 0:
                out.append(" ")
                col += 1
    return "".join(out)


def lit(s):
    return [(LIT, s)]


def words(s):
    toks = []
    for i, part in enumerate(s.split(" ")):
        if i:
            toks.append((SP,))
        if part:
            toks.append((LIT, part))
    return toks


def tag(name, attrs=(), close=">"):
    toks = [(LIT, "<" + name)]
    for k, v in attrs:
        toks += [(SP,), (LIT, '%s="%s"' % (k, v))]
    toks.append((LIT, close))
    return toks


# ---------------------------------------------------------------- inlines
def smart(s):
    s = s.replace("---", "\u2014").replace("--", "\u2013")
    out = []
    for i, ch in enumerate(s):
        prev = s[i - 1] if i else " "
        if ch == '"':
            out.append("\u201c" if prev in " ([\u2014\u2013" else "\u201d")
        elif ch == "'":
            out.append("\u2019" if prev.isalnum() or prev in ".,)" else "\u2018")
        else:
            out.append(ch)
    return "".join(out)


def escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Notes:
    def __init__(self, defs):
        self.defs, self.order = defs, []

    def number(self, key):
        if key not in self.order:
            self.order.append(key)
        return self.order.index(key) + 1


def inlines(text, notes):
    """Pandoc-ish inline parse of **strong**, *em* and [^note] into layout tokens."""
    toks = []
    pos = 0
    pattern = re.compile(r"\*\*(.+?)\*\*|\*(.+?)\*|\[\^([A-Za-z0-9]+)\]")
    for m in pattern.finditer(text):
        toks += words(escape(smart(text[pos:m.start()])))
        if m.group(1) is not None:
            toks += lit("<strong>") + inlines(m.group(1), notes) + lit("</strong>")
        elif m.group(2) is not None:
            toks += lit("<em>") + inlines(m.group(2), notes) + lit("</em>")
        else:
            n = notes.number(m.group(3))
            toks += tag("a", [("href", "#fn%d" % n), ("class", "footnote-ref"), ("id", "fnref%d" % n),
                              ("role", "doc-noteref")]) + lit("<sup>%d</sup></a>" % n)
        pos = m.end()
    toks += words(escape(smart(text[pos:])))
    return toks


def plain(text):
    """The text as Pandoc's stringify gives it (smart punctuation, no markup)."""
    text = re.sub(r"\[\^[A-Za-z0-9]+\]", "", text)
    text = re.sub(r"\*\*(.+?)\*\*", r"\1", text)
    text = re.sub(r"\*(.+?)\*", r"\1", text)
    return smart(text)


def ident(text):
    s = plain(text).lower()
    s = "".join(c for c in s if c.isspace() or c.isalnum() or c in "_-.")
    s = "-".join(s.split())
    while s and not s[0].isalpha():
        s = s[1:]
    return s


# ---------------------------------------------------------------- blocks
def parse(src):
    text = open(src, encoding="utf-8").read()
    _, yaml, body = text.split("---\n", 2)
    meta = {}
    for line in yaml.strip().split("\n"):
        k, v = line.split(": ", 1)
        if v.startswith('"') and v.endswith('"'):
            v = v[1:-1]
        meta[k] = v
    blocks, defs = [], {}
    for chunk in body.strip("\n").split("\n\n"):
        lines = chunk.split("\n")
        m = re.match(r"\[\^([A-Za-z0-9]+)\]: (.*)", chunk, re.S)
        if m:
            defs[m.group(1)] = " ".join(m.group(2).split("\n"))
        elif lines[0].startswith("#"):
            hashes, title = lines[0].split(" ", 1)
            blocks.append(("h", len(hashes), title))
        elif lines[0].startswith("|"):
            rows = [[c.strip() for c in l.strip().strip("|").split("|")] for l in lines]
            seps = [len(c) for c in lines[1].strip().strip("|").split("|")]
            blocks.append(("table", rows[0], rows[2:], seps, max(len(l) for l in lines)))
        elif re.match(r"\d+\. ", lines[0]):
            blocks.append(("ol", items(lines, r"\d+\. ")))
        elif lines[0].startswith("- "):
            blocks.append(("ul", items(lines, r"- ")))
        else:
            blocks.append(("p", " ".join(lines)))
    return meta, blocks, defs


def items(lines, marker):
    out = []
    for l in lines:
        if re.match(marker, l):
            out.append(re.sub("^" + marker, "", l))
        else:
            out[-1] += " " + l.strip()
    return out


def number_headings(blocks):
    counters, secs = [0, 0, 0], []
    for b in blocks:
        if b[0] != "h":
            continue
        lev = b[1]
        counters[lev - 1] += 1
        for j in range(lev, 3):
            counters[j] = 0
        secs.append((lev, ".".join(str(c) for c in counters[:lev]), ident(b[2]), b[2]))
    return secs


def body_tokens(blocks, secs, notes):
    toks, hi = [], 0
    for b in blocks:
        if toks:
            toks.append((NL,))
        kind = b[0]
        if kind == "p":
            toks += lit("<p>") + inlines(b[1], notes) + lit("</p>")
        elif kind == "h":
            lev, num, hid, title = secs[hi]
            hi += 1
            toks += tag("h%d" % lev, [("data-number", num), ("id", hid)])
            toks += tag("span", [("class", "header-section-number")]) + lit(num + "</span>") + [(SP,)]
            toks += inlines(title, notes) + lit("</h%d>" % lev)
        elif kind in ("ol", "ul"):
            toks += lit('<ol type="1">' if kind == "ol" else "<ul>") + [(NL,)]
            for it in b[1]:
                toks += lit("<li>") + inlines(it, notes) + lit("</li>") + [(NL,)]
            toks += lit("</%s>" % kind)
        elif kind == "table":
            head, rows, seps, maxlen = b[1], b[2], b[3], b[4]
            ncols = len(seps)
            if maxlen > COLUMNS:
                widths = [s / sum(seps) for s in seps]
            else:
                widths = [0.0] * ncols
            total = sum(widths)
            attrs = [("style", "width:%d%%;" % round(total * 100))] if 0 < total < 1 else []
            toks += tag("table", attrs) + [(NL,)]
            if any(widths):
                toks += lit("<colgroup>") + [(NL,)]
                for wd in widths:
                    toks += tag("col", [("style", "width: %d%%" % int(100 * wd))], " />") + [(NL,)]
                toks += lit("</colgroup>") + [(NL,)]
            toks += lit("<thead>") + [(NL,)] + lit("<tr>") + [(NL,)]
            for c in head:
                toks += lit("<th>") + inlines(c, notes) + lit("</th>") + [(NL,)]
            toks += lit("</tr>") + [(NL,)] + lit("</thead>") + [(NL,)] + lit("<tbody>") + [(NL,)]
            for r in rows:
                toks += lit("<tr>") + [(NL,)]
                for c in r:
                    toks += lit("<td>") + inlines(c, notes) + lit("</td>") + [(NL,)]
                toks += lit("</tr>") + [(NL,)]
            toks += lit("</tbody>") + [(NL,)] + lit("</table>")
    if notes.order:
        toks += [(NL,)]
        toks += tag("section", [("id", "footnotes"), ("class", "footnotes footnotes-end-of-document"),
                                ("role", "doc-endnotes")]) + [(NL,)]
        toks += lit("<hr />") + [(NL,)] + lit("<ol>") + [(NL,)]
        for n, key in enumerate(notes.order, 1):
            toks += tag("li", [("id", "fn%d" % n)]) + lit("<p>") + inlines(notes.defs[key], notes)
            toks += tag("a", [("href", "#fnref%d" % n), ("class", "footnote-back"), ("role", "doc-backlink")])
            toks += lit("\u21a9\ufe0e</a></p></li>") + [(NL,)]
        toks += lit("</ol>") + [(NL,)] + lit("</section>")
    return toks


def toc_tokens(secs):
    # nest level-2 entries under their level-1 entry
    tree = []
    for lev, num, hid, title in secs:
        if lev == 1:
            tree.append(((num, hid, title), []))
        else:
            tree[-1][1].append((num, hid, title))

    def entry(num, hid, title):
        return (tag("a", [("href", "#" + hid), ("id", "toc-" + hid)])
                + tag("span", [("class", "toc-section-number")]) + lit(num + "</span>") + [(SP,)]
                + inlines(title, Notes({})) + lit("</a>"))

    toks = lit("<ul>") + [(NL,)]
    for (num, hid, title), kids in tree:
        toks += lit("<li>") + entry(num, hid, title)
        if kids:
            toks += [(NL,)] + lit("<ul>") + [(NL,)]
            for k in kids:
                toks += lit("<li>") + entry(*k) + lit("</li>") + [(NL,)]
            toks += lit("</ul>")
        toks += lit("</li>") + [(NL,)]
    toks += lit("</ul>")
    return toks


def iso_date(d):
    day, month, year = d.split()
    return "%s-%02d-%02d" % (year, MONTHS.index(month) + 1, int(day))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, blocks, defs = parse(SRC)
    secs = number_headings(blocks)
    notes = Notes(defs)
    body = render(body_tokens(blocks, secs, notes))
    toc = render(toc_tokens(secs))
    title_toks = lit('<h1 class="title">') + inlines(meta["title"], Notes({})) + lit("</h1>")
    sub_toks = lit('<p class="subtitle">') + inlines(meta["subtitle"], Notes({})) + lit("</p>")
    parts = [
        "<!DOCTYPE html>",
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="" xml:lang="">',
        "<head>",
        '  <meta charset="utf-8" />',
        '  <meta name="generator" content="pandoc" />',
        '  <meta name="viewport" content="width=device-width, initial-scale=1.0, user-scalable=yes" />',
        '  <meta name="author" content="%s" />' % meta["author"],
        '  <meta name="dcterms.date" content="%s" />' % iso_date(meta["date"]),
        "  <title>%s</title>" % escape(plain(meta["title"])),
        STYLE.rstrip("\n"),
        "</head>",
        "<body>",
        '<header id="title-block-header">',
        render(title_toks),
        render(sub_toks),
        '<p class="author">%s</p>' % meta["author"],
        '<p class="date">%s</p>' % meta["date"],
        "</header>",
        '<nav id="TOC" role="doc-toc">',
        '<h2 id="toc-title">%s</h2>' % meta["toc-title"],
        toc,
        "</nav>",
        body,
        "</body>",
        "</html>",
    ]
    with open(out, "wb") as f:
        f.write(("\n".join(parts) + "\n").encode("utf-8"))


if __name__ == "__main__":
    main()
