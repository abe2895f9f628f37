#!/usr/bin/python3
"""Re-make docs/forest-fires-in-india.epub from tools/forest-fires-in-india.txt.

Run from anywhere: /usr/bin/python3 tools/make_epub.py
Standard library only. The output is byte-for-byte reproducible: fixed zip timestamps, fixed
member order, mimetype first and stored, everything else deflated at level 9.

The book is laid out the way Sigil writes an EPUB 3: OEBPS/ with Text/, Styles/ and Images/,
an OPF with dcterms:modified and a "Sigil version" meta, a nav.xhtml plus a toc.ncx for old
readers.
"""
import io
import os
import re
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "forest-fires-in-india.txt")
OUT = os.path.join(HERE, "..", "docs", "forest-fires-in-india.epub")

BOOK_TITLE = "Environment and Ecology for Civil Services"
UUID = "urn:uuid:6f1d3c2a-8e4b-4c1e-9a57-3b2d0f7e9c41"
MODIFIED = "2025-03-14T09:30:00Z"
DATE_TIME = (2025, 3, 14, 9, 30, 0)

XHTML_HEAD = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>

<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">
<head>
  <title>%s</title>
  <link href="../Styles/stylesheet.css" type="text/css" rel="stylesheet"/>
</head>

<body>
"""

CSS = """@charset "utf-8";
/* Environment and Ecology for Civil Services - chapter styles */
body { font-family: "Georgia", serif; line-height: 1.45; margin: 0 3%; }
h1.chapter-title { font-family: sans-serif; font-size: 1.8em; color: #1b5e20; margin: 1.5em 0 0.8em; }
h1.chapter-title .chapter-number { display: block; font-size: 0.55em; letter-spacing: 0.15em; text-transform: uppercase; color: #6d4c41; }
h2 { font-family: sans-serif; font-size: 1.3em; color: #1b5e20; border-bottom: 1px solid #a5d6a7; margin-top: 1.6em; }
h3 { font-family: sans-serif; font-size: 1.05em; color: #33691e; margin-top: 1.2em; }
p { margin: 0.4em 0; text-align: justify; }
p.lead { font-style: italic; color: #4e342e; border-left: 4px solid #ffb300; padding-left: 0.8em; }
ul.bullets li { margin-bottom: 0.3em; }
table.data-table { border-collapse: collapse; width: 100%; margin: 1em 0; font-size: 0.9em; }
table.data-table caption { caption-side: top; font-weight: bold; text-align: left; padding-bottom: 0.3em; }
table.data-table th { background: #e8f5e9; border: 1px solid #81c784; padding: 0.3em; text-align: left; }
table.data-table td { border: 1px solid #a5d6a7; padding: 0.3em; vertical-align: top; }
figure.figure { margin: 1.2em 0; text-align: center; }
figure.figure img { max-width: 100%; }
figure.figure figcaption { font-size: 0.85em; font-style: italic; text-align: left; }
figure.figure figcaption .fig-num { font-style: normal; font-weight: bold; }
aside.box { background: #fff8e1; border: 1px solid #ffb300; border-radius: 4px; padding: 0.6em 0.9em; margin: 1.2em 0; }
aside.box p.box-title { font-family: sans-serif; font-weight: bold; color: #e65100; margin-top: 0; }
section.exercises { border-top: 3px double #1b5e20; margin-top: 2em; }
section.exercises p.option { margin-left: 1.2em; text-align: left; }
section.exercises p.answers { font-size: 0.85em; color: #555; }
nav#landmarks { display: none; }
"""


def inline(text):
    s = escape(text)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"\*(.+?)\*", r"<em>\1</em>", s)
    return s


def png_bytes(width=240, height=160):
    """A small placeholder 'photograph': sky, pine trunks and a needle-covered floor."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if y < 40:
                r, g, b = 196 - y, 220 - y // 2, 235
            elif y < 120:
                trunk = (x // 6) % 7 == 0
                if trunk:
                    r, g, b = 92, 64, 51
                else:
                    shade = (x * 7 + y * 3) % 40
                    r, g, b = 46 + shade // 2, 94 + shade, 50 + shade // 3
            else:
                shade = (x * 13 + y * 5) % 50
                r, g, b = 150 + shade, 104 + shade // 2, 52 + shade // 4
            row += bytes((r, g, b))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def parse(path):
    """Return a list of files: dict(name, title, body_lines, toc=[(level, id, text)])."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    files = []
    cur = None
    out = None
    para = []
    state = {"list": None, "table": None, "box": None, "eoc": False, "qol": False,
             "qli": False, "qnum": 0}

    def flush_para():
        if para:
            text = " ".join(para)
            out.append("  <p>%s</p>" % inline(text))
            para.clear()

    def close_list():
        if state["list"]:
            out.append("  </%s>" % state["list"])
            state["list"] = None

    def close_q():
        if state["qli"]:
            out.append("      </li>")
            state["qli"] = False
        if state["qol"]:
            out.append("    </ol>")
            state["qol"] = False

    def heading_id(text):
        m = re.match(r"(\d+)\.(\d+)(?:\.(\d+))?\s", text)
        if m:
            return "sec" + "-".join(g for g in m.groups() if g)
        return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")

    for line in lines:
        s = line.rstrip()
        if s.startswith("@file "):
            if cur:
                flush_para(); close_list()
            name, title = [p.strip() for p in s[6:].split("|", 1)]
            cur = {"name": name, "title": title, "body": [], "toc": []}
            files.append(cur)
            out = cur["body"]
            continue
        if state["table"] is not None:
            if s == "@end":
                caption, rows = state["table"]
                out.append('  <table class="data-table">')
                out.append("    <caption>%s</caption>" % inline(caption))
                head, body = rows[0], rows[1:]
                out.append("    <thead>")
                out.append("      <tr>%s</tr>" % "".join("<th>%s</th>" % inline(c) for c in head))
                out.append("    </thead>")
                out.append("    <tbody>")
                for r in body:
                    out.append("      <tr>%s</tr>" % "".join("<td>%s</td>" % inline(c) for c in r))
                out.append("    </tbody>")
                out.append("  </table>")
                state["table"] = None
            elif s.strip():
                state["table"][1].append([c.strip() for c in s.split("|")])
            continue
        if state["box"] is not None:
            if s == "@end":
                out.append('  <aside class="box did-you-know" epub:type="sidebar">')
                out.append('    <p class="box-title">%s</p>' % inline(state["box"][0]))
                for p in state["box"][1]:
                    out.append("    <p>%s</p>" % inline(p))
                out.append("  </aside>")
                state["box"] = None
            elif s.strip():
                state["box"][1].append(s.strip())
            continue
        if state["eoc"]:
            if s == "@end":
                close_q()
                out.append("  </section>")
                state["eoc"] = False
            elif s.startswith("### "):
                close_q()
                out.append("    <h3>%s</h3>" % inline(s[4:]))
            elif re.match(r"\d+\. ", s):
                n, text = s.split(". ", 1)
                if state["qli"]:
                    out.append("      </li>")
                if not state["qol"]:
                    start = "" if int(n) == 1 else ' start="%s"' % n
                    out.append('    <ol class="questions"%s>' % start)
                    state["qol"] = True
                out.append("      <li>")
                out.append("        <p>%s</p>" % inline(text))
                state["qli"] = True
            elif s.startswith("@opt "):
                out.append('        <p class="option">%s</p>' % inline(s[5:]))
            elif s.startswith("@answers "):
                close_q()
                out.append('    <p class="answers">%s</p>' % inline(s[9:]))
            continue
        if s.startswith("@table "):
            flush_para(); close_list()
            state["table"] = (s[7:], [])
        elif s.startswith("@box "):
            flush_para(); close_list()
            state["box"] = (s[5:], [])
        elif s.startswith("@eoc "):
            flush_para(); close_list()
            title = s[5:]
            out.append('  <section class="exercises" epub:type="assessments" id="exercises">')
            out.append('    <h2 id="exercises-title">%s</h2>' % inline(title))
            cur["toc"].append((2, "exercises", title))
            state["eoc"] = True
        elif s.startswith("@lead "):
            flush_para(); close_list()
            out.append('  <p class="lead">%s</p>' % inline(s[6:]))
        elif s.startswith("@figure "):
            flush_para(); close_list()
            img, num, cap = [p.strip() for p in s[8:].split("|", 2)]
            fid = "fig" + num.split()[-1].replace(".", "-")
            out.append('  <figure class="figure" id="%s">' % fid)
            out.append('    <img alt="Chir pine forest with dry needles on the ground" src="../Images/%s"/>' % img)
            out.append('    <figcaption><span class="fig-num">%s</span> %s</figcaption>' % (inline(num), inline(cap)))
            out.append("  </figure>")
        elif s.startswith("# "):
            flush_para(); close_list()
            label, text = [p.strip() for p in s[2:].split("|", 1)]
            out.append('  <h1 class="chapter-title" id="ch09"><span class="chapter-number">%s</span> %s</h1>'
                       % (inline(label), inline(text)))
            cur["toc"].append((1, "ch09", "%s: %s" % (label, text)))
        elif s.startswith("### "):
            flush_para(); close_list()
            hid = heading_id(s[4:])
            out.append('  <h3 id="%s">%s</h3>' % (hid, inline(s[4:])))
            cur["toc"].append((3, hid, s[4:]))
        elif s.startswith("## "):
            flush_para(); close_list()
            hid = heading_id(s[3:])
            out.append('  <h2 id="%s">%s</h2>' % (hid, inline(s[3:])))
            cur["toc"].append((2, hid, s[3:]))
        elif s.startswith("- "):
            flush_para()
            if state["list"] != "ul":
                close_list()
                out.append('  <ul class="bullets">')
                state["list"] = "ul"
            out.append("    <li>%s</li>" % inline(s[2:]))
        elif not s.strip():
            flush_para(); close_list()
        else:
            close_list()
            para.append(s.strip())
    if cur:
        flush_para(); close_list()
    return files


def chapter_xhtml(f, first):
    parts = [XHTML_HEAD % escape(f["title"])]
    sid = "chapter9" if first else "chapter9-continued"
    parts.append('<section epub:type="chapter" role="doc-chapter" id="%s">\n' % sid)
    parts.append("\n".join(f["body"]) + "\n")
    parts.append("</section>\n</body>\n</html>\n")
    return "".join(parts)


def nav_xhtml(files):
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE html>", "",
         '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">',
         "<head>", '  <meta charset="utf-8" />', "  <title>Contents</title>",
         '  <link href="../Styles/stylesheet.css" type="text/css" rel="stylesheet"/>',
         "</head>", '<body epub:type="frontmatter">',
         '  <nav epub:type="toc" id="toc" role="doc-toc">', "    <h1>Contents</h1>", "    <ol>"]
    top = files[0]["toc"][0]
    L.append('      <li><a href="%s">%s</a>' % (files[0]["name"], escape(top[2])))
    L.append("        <ol>")
    for f in files:
        for level, hid, text in f["toc"]:
            if level == 2:
                L.append('          <li><a href="%s#%s">%s</a></li>' % (f["name"], hid, escape(text)))
    L += ["        </ol>", "      </li>", "    </ol>", "  </nav>",
          '  <nav epub:type="landmarks" id="landmarks" hidden="">', "    <h1>Landmarks</h1>", "    <ol>",
          '      <li><a epub:type="toc" href="nav.xhtml">Table of Contents</a></li>',
          '      <li><a epub:type="bodymatter" href="%s">Start of Content</a></li>' % files[0]["name"],
          "    </ol>", "  </nav>", "</body>", "</html>", ""]
    return "\n".join(L)


def toc_ncx(files):
    L = ['<?xml version="1.0" encoding="utf-8" ?>',
         '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">', "<head>",
         '  <meta name="dtb:uid" content="%s" />' % UUID, '  <meta name="dtb:depth" content="2" />',
         '  <meta name="dtb:totalPageCount" content="0" />', '  <meta name="dtb:maxPageNumber" content="0" />',
         "</head>", "<docTitle>", "  <text>%s</text>" % escape(BOOK_TITLE), "</docTitle>", "<navMap>"]
    n = 1
    top = files[0]["toc"][0]
    L.append('  <navPoint id="navPoint%d">' % n)
    L.append("    <navLabel>\n      <text>%s</text>\n    </navLabel>" % escape(top[2]))
    L.append('    <content src="Text/%s" />' % files[0]["name"])
    for f in files:
        for level, hid, text in f["toc"]:
            if level != 2:
                continue
            n += 1
            L.append('    <navPoint id="navPoint%d">' % n)
            L.append("      <navLabel>\n        <text>%s</text>\n      </navLabel>" % escape(text))
            L.append('      <content src="Text/%s#%s" />' % (f["name"], hid))
            L.append("    </navPoint>")
    L += ["  </navPoint>", "</navMap>", "</ncx>", ""]
    return "\n".join(L)


def content_opf(files):
    items = ['    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>',
             '    <item id="nav.xhtml" href="Text/nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>']
    for f in files:
        items.append('    <item id="%s" href="Text/%s" media-type="application/xhtml+xml"/>' % (f["name"], f["name"]))
    items.append('    <item id="stylesheet.css" href="Styles/stylesheet.css" media-type="text/css"/>')
    items.append('    <item id="fig9_1.png" href="Images/fig9_1.png" media-type="image/png"/>')
    spine = ['    <itemref idref="%s"/>' % f["name"] for f in files]
    spine.append('    <itemref idref="nav.xhtml" linear="no"/>')
    return """<?xml version="1.0" encoding="utf-8"?>
<package version="3.0" unique-identifier="BookId" xmlns="http://www.idpf.org/2007/opf">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
    <dc:identifier id="BookId">%s</dc:identifier>
    <dc:language>en</dc:language>
    <dc:title>%s - Chapter 9: Forest Fires</dc:title>
    <dc:creator id="cre">GS Environment Study Team</dc:creator>
    <meta refines="#cre" property="role" scheme="marc:relators">aut</meta>
    <dc:subject>Environment</dc:subject>
    <dc:subject>Disaster Management</dc:subject>
    <dc:date>2025-03-14</dc:date>
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
""" % (UUID, escape(BOOK_TITLE), MODIFIED, "\n".join(items), "\n".join(spine))


CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
    <rootfiles>
        <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
   </rootfiles>
</container>
"""


def build_bytes():
    files = parse(SRC)
    members = [("mimetype", b"application/epub+zip", zipfile.ZIP_STORED),
               ("META-INF/container.xml", CONTAINER.encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("OEBPS/content.opf", content_opf(files).encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("OEBPS/toc.ncx", toc_ncx(files).encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("OEBPS/Text/nav.xhtml", nav_xhtml(files).encode("utf-8"), zipfile.ZIP_DEFLATED)]
    for i, f in enumerate(files):
        members.append(("OEBPS/Text/" + f["name"], chapter_xhtml(f, i == 0).encode("utf-8"),
                        zipfile.ZIP_DEFLATED))
    members.append(("OEBPS/Styles/stylesheet.css", CSS.encode("utf-8"), zipfile.ZIP_DEFLATED))
    members.append(("OEBPS/Images/fig9_1.png", png_bytes(), zipfile.ZIP_DEFLATED))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, method in members:
            info = zipfile.ZipInfo(name, date_time=DATE_TIME)
            info.compress_type = method
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            if method == zipfile.ZIP_DEFLATED:
                z.writestr(info, data, compress_type=method, compresslevel=9)
            else:
                z.writestr(info, data, compress_type=method)
    return buf.getvalue()


def build():
    data = build_bytes()
    with open(OUT, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    build()
