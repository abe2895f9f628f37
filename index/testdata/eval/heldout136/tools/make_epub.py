#!/usr/bin/python3
"""Re-make docs/cripps-to-quit-india.epub from tools/cripps-to-quit-india.txt.

Run from anywhere: /usr/bin/python3 tools/make_epub.py
Standard library only. The output is byte-for-byte reproducible: fixed member order, fixed
timestamps and attributes, `mimetype` first and stored (uncompressed), the rest deflated.
The layout is the one Sigil writes for an EPUB 3 book with an EPUB 2 NCX kept for older
readers: OEBPS/content.opf, OEBPS/toc.ncx, OEBPS/Text/*.xhtml (nav.xhtml among them),
OEBPS/Styles/stylesheet.css.

Source markup (one paragraph a line):
  === FILE name | title    start a chapter file          @chapnum X   chapter-number line
  # X / ## X               h1 / h2                        > X / >> X   epigraph / its source
  * X / 1. X               bullet / numbered list item    [^n]         endnote reference
  TABLE caption, then | a | b | rows (first is the header) ending at a blank line
  BOX title ... ENDBOX     a sidebar box                  NOTES, then [n] text   endnotes
"""
import html
import os
import re
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "cripps-to-quit-india.txt")
OUT = os.path.join(HERE, "..", "docs", "cripps-to-quit-india.epub")

BOOK_TITLE = "Modern India, 1857\u20131947: A Narrative History (Chapter 14 sample)"
BOOK_ID = "urn:uuid:5b0e7c1a-3f42-4d8e-9a61-2c7d0f4e8b13"
CREATOR = "Lakshya History Series"
MODIFIED = "2025-06-14T09:12:40Z"
STAMP = (2025, 6, 14, 9, 12, 40)

XHTML_HEAD = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>

<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">
<head>
  <title>%s</title>
  <link href="../Styles/stylesheet.css" type="text/css" rel="stylesheet"/>
</head>

<body>
"""
XHTML_TAIL = """</body>
</html>
"""

CSS = """@charset "utf-8";
body { font-family: Georgia, "Times New Roman", serif; line-height: 1.45; margin: 0 5%; }
p { text-indent: 1.2em; margin: 0; text-align: justify; }
h1 + p, h2 + p, blockquote + p, table + p, ol + p, ul + p, aside + p { text-indent: 0; }
p.chapter-number { text-indent: 0; text-align: center; font-variant: small-caps; letter-spacing: 0.1em; margin-top: 3em; }
h1 { text-align: center; font-size: 1.6em; margin: 0.4em 0 1.2em; }
h2 { font-size: 1.2em; margin: 1.4em 0 0.5em; }
blockquote.epigraph { margin: 0 10% 1.6em; font-style: italic; }
blockquote.epigraph p { text-indent: 0; }
p.epigraph-source { text-align: right; font-style: normal; }
sup { font-size: 0.7em; line-height: 0; }
a.noteref { text-decoration: none; }
table { border-collapse: collapse; margin: 1em 0; font-size: 0.9em; }
caption { font-weight: bold; text-align: left; margin-bottom: 0.3em; }
th, td { border: 1px solid #999; padding: 0.2em 0.4em; vertical-align: top; }
aside.box { border: 1px solid #444; background: #f2f2f2; padding: 0.5em 0.8em; margin: 1em 0; }
aside.box p { text-indent: 0; }
p.box-title { font-weight: bold; }
section.endnotes { font-size: 0.85em; margin-top: 2em; border-top: 1px solid #999; }
section.endnotes p { text-indent: 0; }
"""

CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
    <rootfiles>
        <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
   </rootfiles>
</container>
"""


def inline(text, fname):
    text = html.escape(text, quote=False).replace("&lt;cite&gt;", "<cite>").replace(
        "&lt;/cite&gt;", "</cite>")
    return re.sub(r"\[\^(\d+)\]",
                  lambda m: ('<sup><a class="noteref" epub:type="noteref" role="doc-noteref" '
                             'id="ref%s" href="#note%s">%s</a></sup>' % ((m.group(1),) * 3)), text)


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def parse(src):
    files = []
    for block in src.split("=== FILE ")[1:]:
        first, _, body = block.partition("\n")
        name, _, title = [x.strip() for x in first.partition("|")]
        files.append({"name": name, "title": title, "lines": body.split("\n"), "heads": []})
    return files


def render(f):
    out, heads = [], f["heads"]
    lines, i, lst = f["lines"], 0, None
    in_notes = False
    note_start = None

    def close_list():
        nonlocal lst
        if lst:
            out.append("  </%s>" % lst)
            lst = None

    while i < len(lines):
        line = lines[i]
        if not line.strip():
            close_list()
            i += 1
            continue
        if in_notes:
            m = re.match(r"\[(\d+)\] (.*)", line)
            n = m.group(1)
            if note_start is None:
                note_start = n
                out.append('  <section class="endnotes" epub:type="endnotes" role="doc-endnotes">')
                out.append('    <h2 id="notes-%s">Notes</h2>' % f["name"].split(".")[0])
                out.append('    <ol start="%s">' % n if n != "1" else "    <ol>")
            out.append('      <li id="note%s" epub:type="endnote" role="doc-endnote"><p>%s '
                       '<a href="#ref%s" role="doc-backlink">\u21a9\ufe0e</a></p></li>'
                       % (n, inline(m.group(2), f["name"]), n))
            i += 1
            continue
        if line.startswith("@chapnum "):
            out.append('  <p class="chapter-number">%s</p>' % inline(line[9:], f["name"]))
        elif line.startswith("## "):
            close_list()
            t = line[3:]
            hid = "sec-" + slug(t)
            heads.append((2, t, hid))
            out.append('  <h2 id="%s">%s</h2>' % (hid, inline(t, f["name"])))
        elif line.startswith("# "):
            t = line[2:]
            hid = "chap-" + slug(t)
            heads.append((1, t, hid))
            out.append('  <h1 id="%s">%s</h1>' % (hid, inline(t, f["name"])))
        elif line.startswith("> "):
            src = lines[i + 1][3:] if lines[i + 1].startswith(">> ") else None
            out.append('  <blockquote class="epigraph" epub:type="epigraph">')
            out.append("    <p>%s</p>" % inline(line[2:], f["name"]))
            if src:
                out.append('    <p class="epigraph-source">\u2014 %s</p>' % inline(src, f["name"]))
                i += 1
            out.append("  </blockquote>")
        elif line.startswith("* ") or re.match(r"\d+\. ", line):
            kind = "ul" if line.startswith("* ") else "ol"
            if lst != kind:
                close_list()
                out.append("  <%s>" % kind)
                lst = kind
            item = line[2:] if kind == "ul" else line.split(". ", 1)[1]
            out.append("    <li>%s</li>" % inline(item, f["name"]))
        elif line.startswith("TABLE "):
            close_list()
            out.append('  <table class="compare">')
            out.append("    <caption>%s</caption>" % inline(line[6:], f["name"]))
            i += 1
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            out.append("    <thead>")
            out.append("      <tr>%s</tr>" % "".join("<th>%s</th>" % inline(c, f["name"]) for c in rows[0]))
            out.append("    </thead>")
            out.append("    <tbody>")
            for r in rows[1:]:
                out.append("      <tr>%s</tr>" % "".join("<td>%s</td>" % inline(c, f["name"]) for c in r))
            out.append("    </tbody>")
            out.append("  </table>")
            continue
        elif line.startswith("BOX "):
            close_list()
            out.append('  <aside class="box" epub:type="sidebar">')
            out.append('    <p class="box-title">%s</p>' % inline(line[4:], f["name"]))
            i += 1
            while lines[i] != "ENDBOX":
                out.append("    <p>%s</p>" % inline(lines[i], f["name"]))
                i += 1
            out.append("  </aside>")
        elif line == "NOTES":
            close_list()
            in_notes = True
        else:
            close_list()
            out.append("  <p>%s</p>" % inline(line, f["name"]))
        i += 1
    close_list()
    if in_notes:
        out.append("    </ol>")
        out.append("  </section>")
    return XHTML_HEAD % html.escape(f["title"]) + "\n".join(out) + "\n" + XHTML_TAIL


def nav(files):
    items = []
    for f in files:
        h1 = [h for h in f["heads"] if h[0] == 1][0]
        subs = [h for h in f["heads"] if h[0] == 2]
        items.append('        <li><a href="%s#%s">%s</a>' % (f["name"], h1[2], html.escape(h1[1])))
        items.append("          <ol>")
        for _, t, hid in subs:
            items.append('            <li><a href="%s#%s">%s</a></li>' % (f["name"], hid, html.escape(t)))
        items.append("          </ol>")
        items.append("        </li>")
    return (XHTML_HEAD % "Contents"
            + '  <nav epub:type="toc" id="toc" role="doc-toc">\n    <h1>Contents</h1>\n    <ol>\n'
            + "\n".join(items) + "\n    </ol>\n  </nav>\n" + XHTML_TAIL)


def ncx(files):
    pts, n = [], 0
    for f in files:
        h1 = [h for h in f["heads"] if h[0] == 1][0]
        n += 1
        pts.append('    <navPoint id="navPoint%d">\n      <navLabel>\n        <text>%s</text>\n'
                   '      </navLabel>\n      <content src="Text/%s"/>' % (n, html.escape(h1[1]), f["name"]))
        for _, t, hid in [h for h in f["heads"] if h[0] == 2]:
            n += 1
            pts.append('      <navPoint id="navPoint%d">\n        <navLabel>\n          <text>%s</text>\n'
                       '        </navLabel>\n        <content src="Text/%s#%s"/>\n      </navPoint>'
                       % (n, html.escape(t), f["name"], hid))
        pts.append("    </navPoint>")
    return ("""<?xml version="1.0" encoding="utf-8"?>
<ncx version="2005-1" xmlns="http://www.daisy.org/z3986/2005/ncx/">
  <head>
    <meta name="dtb:uid" content="%s"/>
    <meta name="dtb:depth" content="2"/>
    <meta name="dtb:totalPageCount" content="0"/>
    <meta name="dtb:maxPageNumber" content="0"/>
  </head>
  <docTitle>
    <text>%s</text>
  </docTitle>
  <navMap>
%s
  </navMap>
</ncx>
""" % (BOOK_ID, html.escape(BOOK_TITLE), "\n".join(pts)))


def opf(files):
    man = ['    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>',
           '    <item id="nav.xhtml" href="Text/nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
           '    <item id="stylesheet.css" href="Styles/stylesheet.css" media-type="text/css"/>']
    spine = []
    for f in files:
        man.append('    <item id="%s" href="Text/%s" media-type="application/xhtml+xml"/>' % (f["name"], f["name"]))
        spine.append('    <itemref idref="%s"/>' % f["name"])
    spine.append('    <itemref idref="nav.xhtml" linear="no"/>')
    return ("""<?xml version="1.0" encoding="utf-8"?>
<package version="3.0" unique-identifier="BookId" prefix="rendition: http://www.idpf.org/vocab/rendition/#" xmlns="http://www.idpf.org/2007/opf">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
    <dc:identifier id="BookId">%s</dc:identifier>
    <dc:language>en</dc:language>
    <dc:title>%s</dc:title>
    <dc:creator id="cre">%s</dc:creator>
    <dc:subject>History / Asia / India &amp; South Asia</dc:subject>
    <dc:date>2025-06-14</dc:date>
    <meta property="dcterms:modified">%s</meta>
    <meta name="Sigil version" content="2.1.0"/>
  </metadata>
  <manifest>
%s
  </manifest>
  <spine toc="ncx">
%s
  </spine>
</package>
""" % (BOOK_ID, html.escape(BOOK_TITLE), CREATOR, MODIFIED, "\n".join(man), "\n".join(spine)))


def member(z, name, data, compress=True):
    zi = zipfile.ZipInfo(name, date_time=STAMP)
    zi.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    zi.create_system = 3
    zi.external_attr = 0o100644 << 16
    z.writestr(zi, data.encode("utf-8"))


def main():
    files = parse(open(SRC, encoding="utf-8").read())
    chapters = [(f["name"], render(f)) for f in files]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with zipfile.ZipFile(OUT, "w") as z:
        member(z, "mimetype", "application/epub+zip", compress=False)
        member(z, "META-INF/container.xml", CONTAINER)
        member(z, "OEBPS/content.opf", opf(files))
        member(z, "OEBPS/toc.ncx", ncx(files))
        member(z, "OEBPS/Styles/stylesheet.css", CSS)
        member(z, "OEBPS/Text/nav.xhtml", nav(files))
        for name, text in chapters:
            member(z, "OEBPS/Text/" + name, text)
    print("wrote", os.path.normpath(OUT))


if __name__ == "__main__":
    main()
