#!/usr/bin/python3
"""Re-make docs/moon-and-sun-missions.epub from tools/moon-and-sun-missions.txt.

Run from anywhere: /usr/bin/python3 tools/make_epub.py
Standard library only. The output is byte-for-byte reproducible: fixed zip timestamps,
fixed member order, `mimetype` first and stored (not deflated), the rest deflated.

Source markup (one paragraph a line): `@meta key: value`; `@chapter id | nav title`;
`# ` h1, `## ` h2; `- ` bullet, `1. ` numbered item; `> Label: text` a tip box;
`@table caption` ... `@endtable` (cells split on `|`, first row the header);
`@aside title` ... `@endaside` (a 'Did you know?' box); `**bold**`, `*italic*` inline.
"""
import os
import re
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "moon-and-sun-missions.txt")
OUT = os.path.join(HERE, "..", "docs", "moon-and-sun-missions.epub")
STAMP = (2025, 6, 14, 10, 0, 0)

CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
    <rootfiles>
        <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
   </rootfiles>
</container>
"""

CSS = """body {
  font-family: "Georgia", serif;
  line-height: 1.45;
  margin: 0 4%;
}
h1 {
  font-family: "Helvetica", sans-serif;
  color: #8a1c1c;
  font-size: 1.6em;
  border-bottom: 2px solid #8a1c1c;
  padding-bottom: 0.2em;
}
h2 {
  font-family: "Helvetica", sans-serif;
  color: #1c3f8a;
  font-size: 1.2em;
  margin-top: 1.4em;
}
aside.didyouknow {
  border: 1px solid #e0b000;
  background-color: #fff7d6;
  padding: 0.4em 0.8em;
  margin: 1em 0;
}
aside.didyouknow h3 {
  font-size: 1em;
  margin: 0.2em 0;
}
p.tip {
  border-left: 4px solid #1c3f8a;
  background-color: #eef2fb;
  padding: 0.3em 0.6em;
}
table.data {
  border-collapse: collapse;
  width: 100%;
  font-size: 0.9em;
}
table.data th, table.data td {
  border: 1px solid #999999;
  padding: 0.25em 0.4em;
  vertical-align: top;
}
table.data th {
  background-color: #dde4f2;
}
caption {
  font-weight: bold;
  text-align: left;
  padding-bottom: 0.3em;
}
"""

HEAD = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>

<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">
<head>
  <title>%s</title>
  <link href="../Styles/style.css" type="text/css" rel="stylesheet"/>
</head>

<body>
"""


def inline(s):
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"\*(.+?)\*", r"<em>\1</em>", s)
    return s


def parse():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    meta, chapters, ch = {}, [], None
    mode, buf, arg = None, [], ""
    for line in lines:
        s = line.rstrip()
        if s.startswith("@meta "):
            k, v = s[6:].split(":", 1)
            meta[k.strip()] = v.strip()
        elif s.startswith("@chapter "):
            cid, nav = [x.strip() for x in s[9:].split("|", 1)]
            ch = {"id": cid, "nav": nav, "blocks": []}
            chapters.append(ch)
        elif s.startswith("@table ") or s.startswith("@aside "):
            mode, arg, buf = s[1:6], s[7:], []
        elif s in ("@endtable", "@endaside"):
            ch["blocks"].append((mode, arg, buf))
            mode = None
        elif mode:
            if s:
                buf.append(s)
        elif s:
            ch["blocks"].append(("line", s, None))
    return meta, chapters


def render(ch):
    out, lst = [], None
    h1 = ""
    sec = 0

    def close():
        nonlocal lst
        if lst:
            out.append("  </%s>\n\n" % lst)
            lst = None

    toc = []
    for kind, s, rows in ch["blocks"]:
        want = None
        if kind == "line" and s.startswith("- "):
            want = "ul"
        elif kind == "line" and re.match(r"\d+\. ", s):
            want = "ol"
        if want != lst:
            close()
            if want:
                out.append("  <%s>\n" % want)
                lst = want
        if kind == "table":
            head, body = rows[0], rows[1:]
            out.append('  <table class="data">\n    <caption>%s</caption>\n    <thead>\n      <tr>\n' % inline(s))
            for c in head.split("|"):
                out.append("        <th>%s</th>\n" % inline(c.strip()))
            out.append("      </tr>\n    </thead>\n    <tbody>\n")
            for r in body:
                out.append("      <tr>\n")
                for c in r.split("|"):
                    out.append("        <td>%s</td>\n" % inline(c.strip()))
                out.append("      </tr>\n")
            out.append("    </tbody>\n  </table>\n\n")
        elif kind == "aside":
            out.append('  <aside class="didyouknow" epub:type="sidebar">\n    <h3>%s</h3>\n' % inline(s))
            for r in rows:
                out.append("    <p>%s</p>\n" % inline(r))
            out.append("  </aside>\n\n")
        elif s.startswith("## "):
            sec += 1
            anchor = "%s-s%d" % (ch["id"], sec)
            toc.append((anchor, s[3:]))
            out.append('  <h2 id="%s">%s</h2>\n\n' % (anchor, inline(s[3:])))
        elif s.startswith("# "):
            h1 = s[2:]
            out.append('  <h1 id="%s">%s</h1>\n\n' % (ch["id"], inline(h1)))
        elif want == "ul":
            out.append("    <li>%s</li>\n" % inline(s[2:]))
        elif want == "ol":
            out.append("    <li>%s</li>\n" % inline(s.split(". ", 1)[1]))
        elif s.startswith("> "):
            label, rest = s[2:].split(":", 1)
            out.append('  <p class="tip"><strong>%s:</strong>%s</p>\n\n' % (inline(label), inline(rest)))
        else:
            out.append("  <p>%s</p>\n\n" % inline(s))
    close()
    xhtml = HEAD % escape(h1) + "".join(out).rstrip("\n") + "\n</body>\n</html>\n"
    return xhtml, toc


def nav_doc(chapters, tocs):
    items = []
    for ch, toc in zip(chapters, tocs):
        items.append('      <li><a href="%s.xhtml">%s</a>\n        <ol>\n' % (ch["id"], escape(ch["nav"])))
        for anchor, title in toc:
            items.append('          <li><a href="%s.xhtml#%s">%s</a></li>\n'
                         % (ch["id"], anchor, escape(re.sub(r"\*", "", title))))
        items.append("        </ol>\n      </li>\n")
    return ("""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>

<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="en" xml:lang="en">
<head>
  <title>Contents</title>
  <meta charset="utf-8"/>
</head>

<body epub:type="frontmatter">
  <nav epub:type="toc" id="toc" role="doc-toc">
    <h1>Contents</h1>

    <ol>
""" + "".join(items) + """    </ol>
  </nav>
</body>
</html>
""")


def opf(meta, chapters):
    manifest = ['    <item id="nav" href="Text/nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>\n',
                '    <item id="style.css" href="Styles/style.css" media-type="text/css"/>\n']
    spine = ['    <itemref idref="nav" linear="no"/>\n']
    for ch in chapters:
        manifest.append('    <item id="%s.xhtml" href="Text/%s.xhtml" media-type="application/xhtml+xml"/>\n'
                        % (ch["id"], ch["id"]))
        spine.append('    <itemref idref="%s.xhtml"/>\n' % ch["id"])
    return ("""<?xml version="1.0" encoding="utf-8"?>
<package version="3.0" unique-identifier="BookId" xmlns="http://www.idpf.org/2007/opf">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
    <dc:identifier id="BookId">%(identifier)s</dc:identifier>
    <dc:title>%(title)s</dc:title>
    <dc:creator id="cre">%(creator)s</dc:creator>
    <meta refines="#cre" property="role" scheme="marc:relators">aut</meta>
    <dc:publisher>%(publisher)s</dc:publisher>
    <dc:language>en</dc:language>
    <dc:date>%(date)s</dc:date>
    <dc:subject>%(subject)s</dc:subject>
    <dc:description>%(description)s</dc:description>
    <meta property="dcterms:modified">%(modified)s</meta>
    <meta name="Sigil version" content="2.1.0"/>
  </metadata>
  <manifest>
""" % {k: escape(v) for k, v in meta.items()}) + "".join(manifest) + "  </manifest>\n  <spine>\n" + \
        "".join(spine) + "  </spine>\n</package>\n"


def add(z, name, data, stored=False):
    zi = zipfile.ZipInfo(name, date_time=STAMP)
    zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    zi.create_system = 3
    zi.external_attr = 0o644 << 16
    z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)


def build():
    meta, chapters = parse()
    rendered = [render(ch) for ch in chapters]
    with zipfile.ZipFile(OUT, "w") as z:
        add(z, "mimetype", "application/epub+zip", stored=True)
        add(z, "META-INF/container.xml", CONTAINER)
        add(z, "OEBPS/content.opf", opf(meta, chapters))
        add(z, "OEBPS/Styles/style.css", CSS)
        add(z, "OEBPS/Text/nav.xhtml", nav_doc(chapters, [t for _, t in rendered]))
        for ch, (xhtml, _) in zip(chapters, rendered):
            add(z, "OEBPS/Text/%s.xhtml" % ch["id"], xhtml)


if __name__ == "__main__":
    build()
