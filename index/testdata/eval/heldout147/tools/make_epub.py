#!/usr/bin/python3
"""Re-make docs/basel-accords-ebook.epub from tools/basel-accords-ebook.txt.

Run from anywhere: /usr/bin/python3 tools/make_epub.py
Standard library only. The output is byte-for-byte reproducible: fixed zip timestamps, fixed
member order, `mimetype` first and stored (uncompressed), everything else deflated.

Source markup: `@book`/`@creator`/... metadata lines; `@chapter <file> <id>` starts an XHTML
chapter; `# `, `## `, `### ` headings; `- ` bullets; `1. ` numbered items; `@aside <title>` ...
`@endaside` (a definition box); `@tip <text>`; `@table <caption>` rows with `|` `@endtable`;
`**bold**` and `*italic*`; blank lines separate paragraphs.
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "basel-accords-ebook.txt")
OUT = os.path.join(HERE, "..", "docs", "basel-accords-ebook.epub")
DATE = (2025, 7, 14, 10, 0, 0)

CSS = """body { font-family: Georgia, serif; line-height: 1.5; margin: 0 5%; }
h1 { font-size: 1.6em; margin: 1.5em 0 0.8em; }
h2 { font-size: 1.25em; margin-top: 1.4em; color: #1f3a5f; }
h3 { font-size: 1.05em; margin-top: 1.1em; }
aside.definition-box { border: 1px solid #1f3a5f; background: #eef3f8; padding: 0.6em 1em; margin: 1em 0; }
aside.definition-box p.box-title { font-weight: bold; margin-top: 0; }
p.formula { text-align: center; font-family: monospace; }
p.tip { border-left: 4px solid #c0392b; padding-left: 0.6em; font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; font-size: 0.9em; }
caption { font-weight: bold; margin-bottom: 0.3em; }
th, td { border: 1px solid #777; padding: 0.25em 0.4em; text-align: left; vertical-align: top; }
th { background: #dde6ef; }
section.review ol li { margin-bottom: 0.4em; }
"""


def inline(text):
    t = escape(text)
    t = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", t)
    t = re.sub(r"\*(.+?)\*", r"<em>\1</em>", t)
    return t


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def parse():
    meta, chapters = {}, []
    cur = None
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for line in lines:
        if line.startswith("@chapter "):
            _, fn, cid = line.split()
            cur = {"file": fn, "id": cid, "lines": []}
            chapters.append(cur)
        elif cur is None and line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
        elif cur is not None:
            cur["lines"].append(line)
    return meta, chapters


def render(ch):
    out, heads = [], []
    para, lst, in_aside, table, in_review = [], None, False, None, False
    title = ""

    def flush_para():
        if para:
            text = " ".join(para)
            cls = ' class="formula"' if in_aside and "=" in text and "/" in text else ""
            out.append("<p%s>%s</p>" % (cls, inline(text)))
            para.clear()

    def close_list():
        nonlocal lst
        if lst:
            out.append("</%s>" % lst)
            lst = None

    for line in ch["lines"]:
        s = line.strip()
        if table is not None:
            if s == "@endtable":
                out.append("<table>")
                out.append("<caption>%s</caption>" % inline(table[0]))
                rows = table[1:]
                out.append("<thead>")
                out.append("<tr>" + "".join("<th>%s</th>" % inline(c.strip())
                                            for c in rows[0].split("|")) + "</tr>")
                out.append("</thead>")
                out.append("<tbody>")
                for r in rows[1:]:
                    out.append("<tr>" + "".join("<td>%s</td>" % inline(c.strip())
                                                for c in r.split("|")) + "</tr>")
                out.append("</tbody>")
                out.append("</table>")
                table = None
            elif s:
                table.append(s)
            continue
        if not s:
            flush_para()
            close_list()
            continue
        if s.startswith("@table "):
            flush_para()
            close_list()
            table = [s[7:]]
        elif s.startswith("@aside "):
            flush_para()
            close_list()
            in_aside = True
            out.append('<aside epub:type="sidebar" class="definition-box">')
            out.append('<p class="box-title">%s</p>' % inline(s[7:]))
        elif s == "@endaside":
            flush_para()
            close_list()
            in_aside = False
            out.append("</aside>")
        elif s.startswith("@tip "):
            flush_para()
            close_list()
            label, _, rest = s[5:].partition(": ")
            out.append('<p class="tip"><strong>%s:</strong> %s</p>' % (escape(label), inline(rest)))
        elif s.startswith("### "):
            flush_para()
            close_list()
            hid = slug(s[4:])
            out.append('<h3 id="%s">%s</h3>' % (hid, inline(s[4:])))
        elif s.startswith("## "):
            flush_para()
            close_list()
            if in_review:
                out.append("</section>")
                in_review = False
            text = s[3:]
            hid = "s" + slug(text.split(" ")[0]) if text[0].isdigit() else slug(text)
            if text.startswith("Review"):
                out.append('<section class="review" epub:type="bodymatter">')
                in_review = True
            out.append('<h2 id="%s">%s</h2>' % (hid, inline(text)))
            heads.append((hid, text))
        elif s.startswith("# "):
            title = s[2:]
            out.append("<h1>%s</h1>" % inline(title))
        elif s.startswith("- "):
            flush_para()
            if lst != "ul":
                close_list()
                out.append("<ul>")
                lst = "ul"
            out.append("<li>%s</li>" % inline(s[2:]))
        elif re.match(r"\d+\. ", s):
            flush_para()
            if lst != "ol":
                close_list()
                out.append("<ol>")
                lst = "ol"
            out.append("<li>%s</li>" % inline(s.split(". ", 1)[1]))
        else:
            para.append(s)
    flush_para()
    close_list()
    if in_review:
        out.append("</section>")
    body = "\n".join(out)
    doc = ('<?xml version="1.0" encoding="utf-8"?>\n'
           "<!DOCTYPE html>\n"
           '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
           'xml:lang="en" lang="en">\n'
           "<head>\n"
           '<meta charset="utf-8"/>\n'
           "<title>%s</title>\n"
           '<link rel="stylesheet" type="text/css" href="styles.css"/>\n'
           "</head>\n"
           "<body>\n"
           '<section epub:type="chapter" id="%s">\n'
           "%s\n"
           "</section>\n"
           "</body>\n"
           "</html>\n") % (escape(title), ch["id"], body)
    return title, heads, doc


def build():
    meta, chapters = parse()
    rendered = [(ch,) + render(ch) for ch in chapters]

    container = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                 '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n'
                 "  <rootfiles>\n"
                 '    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>\n'
                 "  </rootfiles>\n"
                 "</container>\n")

    items = ['    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
             '    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>',
             '    <item id="css" href="styles.css" media-type="text/css"/>']
    spine = []
    for ch, title, heads, doc in rendered:
        items.append('    <item id="%s" href="%s" media-type="application/xhtml+xml"/>'
                     % (ch["id"], ch["file"]))
        spine.append('    <itemref idref="%s"/>' % ch["id"])
    opf = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
           'unique-identifier="bookid" xml:lang="en">\n'
           '  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
           '    <dc:identifier id="bookid">%s</dc:identifier>\n'
           "    <dc:title>%s</dc:title>\n"
           "    <dc:creator>%s</dc:creator>\n"
           "    <dc:publisher>%s</dc:publisher>\n"
           "    <dc:subject>%s</dc:subject>\n"
           "    <dc:language>en</dc:language>\n"
           "    <dc:date>%s</dc:date>\n"
           '    <meta property="dcterms:modified">%s</meta>\n'
           "  </metadata>\n"
           "  <manifest>\n%s\n  </manifest>\n"
           '  <spine toc="ncx">\n%s\n  </spine>\n'
           "</package>\n") % (escape(meta["identifier"]), escape(meta["book"]),
                              escape(meta["creator"]), escape(meta["publisher"]),
                              escape(meta["subject"]), meta["date"], meta["modified"],
                              "\n".join(items), "\n".join(spine))

    nav_items, ncx_points, order = [], [], 0
    for ch, title, heads, doc in rendered:
        sub = "".join('\n          <li><a href="%s#%s">%s</a></li>' % (ch["file"], hid, escape(t))
                      for hid, t in heads)
        nav_items.append('      <li><a href="%s">%s</a>\n        <ol>%s\n        </ol>\n      </li>'
                         % (ch["file"], escape(title), sub))
        order += 1
        pts = []
        for hid, t in heads:
            order += 1
            pts.append('      <navPoint id="np-%d" playOrder="%d"><navLabel><text>%s</text></navLabel>'
                       '<content src="%s#%s"/></navPoint>' % (order, order, escape(t), ch["file"], hid))
        start = order - len(heads)
        ncx_points.append('    <navPoint id="np-%d" playOrder="%d"><navLabel><text>%s</text></navLabel>'
                          '<content src="%s"/>\n%s\n    </navPoint>'
                          % (start, start, escape(title), ch["file"], "\n".join(pts)))
    nav = ('<?xml version="1.0" encoding="utf-8"?>\n'
           "<!DOCTYPE html>\n"
           '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
           'xml:lang="en" lang="en">\n'
           "<head>\n<meta charset=\"utf-8\"/>\n<title>Contents</title>\n"
           '<link rel="stylesheet" type="text/css" href="styles.css"/>\n</head>\n<body>\n'
           '  <nav epub:type="toc" id="toc">\n    <h1>Contents</h1>\n    <ol>\n%s\n    </ol>\n  </nav>\n'
           '  <nav epub:type="landmarks" hidden="">\n    <ol>\n'
           '      <li><a epub:type="bodymatter" href="%s">Start of content</a></li>\n'
           "    </ol>\n  </nav>\n</body>\n</html>\n") % ("\n".join(nav_items), rendered[0][0]["file"])
    ncx = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">\n'
           '  <head>\n    <meta name="dtb:uid" content="%s"/>\n    <meta name="dtb:depth" content="2"/>\n'
           '    <meta name="dtb:totalPageCount" content="0"/>\n    <meta name="dtb:maxPageNumber" content="0"/>\n'
           "  </head>\n  <docTitle><text>%s</text></docTitle>\n  <navMap>\n%s\n  </navMap>\n</ncx>\n"
           ) % (escape(meta["identifier"]), escape(meta["book"]), "\n".join(ncx_points))

    members = [("mimetype", "application/epub+zip", zipfile.ZIP_STORED),
               ("META-INF/container.xml", container, zipfile.ZIP_DEFLATED),
               ("OEBPS/content.opf", opf, zipfile.ZIP_DEFLATED),
               ("OEBPS/nav.xhtml", nav, zipfile.ZIP_DEFLATED),
               ("OEBPS/toc.ncx", ncx, zipfile.ZIP_DEFLATED),
               ("OEBPS/styles.css", CSS, zipfile.ZIP_DEFLATED)]
    for ch, title, heads, doc in rendered:
        members.append(("OEBPS/" + ch["file"], doc, zipfile.ZIP_DEFLATED))
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data, comp in members:
            info = zipfile.ZipInfo(name, date_time=DATE)
            info.compress_type = comp
            info.external_attr = 0o644 << 16
            info.create_system = 3
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    build()
