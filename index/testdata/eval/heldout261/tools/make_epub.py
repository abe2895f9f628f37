#!/usr/bin/python3
"""Make docs/ashoka-edicts-pressbooks.epub from tools/ashoka-edicts-pressbooks.txt.

The file is an EPUB 3 as Pressbooks writes it (Export > EPUB) for a small course-pack book
with one part and one chapter, on the McLuhan theme, made with the standard library:
  - the zip: mimetype first and stored, then the rest deflated in the order the export
    folder is walked (META-INF, OEBPS with its assets, then book.opf, toc.ncx, toc.xhtml at
    the root); every entry stamped with the export time;
  - META-INF/container.xml pointing at book.opf (at the root, not in OEBPS) and Apple's
    com.apple.ibooks.display-options.xml;
  - book.opf as the Blade template renders it (tab indents, the identifier on its own lines,
    the book URL as identifier because there is no ISBN, dc:creator refined by a marc:relators
    role, dc:rights with the licence sentence, a cover meta with no cover, schema.org
    accessibility metas, every spine itemref linear="yes");
  - toc.xhtml (the EPUB 3 nav) and toc.ncx (for old readers), both listing the part with the
    chapter nested in it;
  - OEBPS/title-page.xhtml, copyright.xhtml (licence text and the "produced using
    Pressbooks.com" notice), table-of-contents.xhtml, part-001-<slug>.xhtml and
    chapter-001-<slug>.xhtml, each an XHTML page from the html.blade.php template (title
    "<post title> -- <book title>", an empty EPB-UUID meta, the stylesheet link after
    Blade's stray indentation, a <section> wrapper);
  - the chapter markup Pressbooks produces: div.chapter with the title wrap (h3 number, h2
    title, h2 subtitle and author), div.ugc with the post content, textboxes
    (textbox--learning-objectives, textbox--key-takeaways, textbox--exercises with
    header/p.textbox__title and div.textbox__content; a "textbox shaded" box with an h3), a
    WordPress caption figure, a captioned grid table with a shaded header row, footnote
    links ("[1]" in sup) and the footnotes list with "↵" return links, then the section
    licence block;
  - WordPress's texturizing of the text: curly quotes and apostrophes, " – " for " - ",
    "…" for "...".
Source markup: "=== part | slug | title" and "=== chapter | slug | title | subtitle" start a
page; "## " h2 headings; "- " and "1. " list items; "| a | b |" rows after a "Table: caption"
line; "![alt | file | w | h | id | caption]" a figure; "[box kind | title]" ... "[/box]" and
"[shaded | title]" ... "[/shaded]" boxes; "[^n]" footnote marks and "[^n]: text" notes.
Run: /usr/bin/python3 tools/make_epub.py [OUT]   (OUT defaults to docs/ashoka-edicts-pressbooks.epub)
"""
import os
import re
import struct
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ashoka-edicts-pressbooks.txt")
OUT = os.path.join(HERE, "..", "docs", "ashoka-edicts-pressbooks.epub")
STAMP = (2025, 7, 14, 10, 32, 48)
BOOK = "Readings in Early Indian History"
SUBTITLE = "A Course Pack for GS Paper I"
AUTHOR = "Meera Iyengar"
PUBLISHER = "Open Textbook Collective"
CITY = "Pune"
URL = "https://opentextcollective.pressbooks.pub/earlyindiareader"
LICENSE_NAME = "Creative Commons Attribution-NonCommercial 4.0 International License"
LICENSE_URL = "https://creativecommons.org/licenses/by-nc/4.0/"
STYLESHEET = "mcluhan.css"
POST_ID = 287

CSS = """@charset "UTF-8";
/* McLuhan 2.19.2 - EPUB stylesheet compiled by Pressbooks */
body { font-family: "Cormorant Garamond", serif; line-height: 1.4; }
h1, h2, h3, h4, h5, h6 { font-family: "Barlow", sans-serif; font-weight: 600; }
#title-page { text-align: center; page-break-after: always; }
#title-page .title { font-size: 2em; margin: 2em 0 0.5em; }
#copyright-page { font-size: 0.8em; page-break-after: always; }
#toc ul { list-style: none; padding: 0; }
#toc li.part { font-weight: 600; margin-top: 1em; }
.part-title-wrap, .chapter-title-wrap { text-align: center; margin-bottom: 2em; }
.part-number, .chapter-number { font-size: 1em; letter-spacing: 0.2em; }
.chapter-subtitle { font-style: italic; font-weight: 400; }
.chapter-author { font-size: 0.9em; font-weight: 400; }
.textbox { border: 1px solid #b3b3b3; padding: 1em; margin: 1.5em 0; }
.textbox.shaded { background-color: #f2f2f2; }
.textbox__header { background-color: #8f2b1f; color: #fff; margin: -1em -1em 1em; padding: 0.5em 1em; }
.textbox__title { font-family: "Barlow", sans-serif; font-weight: 600; margin: 0; }
.textbox--key-takeaways .textbox__header { background-color: #2a6f5c; }
.textbox--exercises .textbox__header { background-color: #45556b; }
table.grid { border-collapse: collapse; width: 100%; }
table.grid td, table.grid th { border: 1px solid #b3b3b3; padding: 0.3em; vertical-align: top; }
tr.shaded { background-color: #f2f2f2; }
.wp-caption { margin: 1em auto; text-align: center; }
.wp-caption-text { font-size: 0.85em; font-style: italic; }
sup.footnote { font-size: 0.75em; }
hr.before-footnotes { width: 30%; margin: 2em 0 1em; }
.footnotes { font-size: 0.85em; }
.licensing { font-size: 0.8em; border-top: 1px solid #b3b3b3; margin-top: 2em; padding-top: 0.5em; }
"""


def png(width, height, pixel):
    raw = b"".join(b"\x00" + bytes(c for x in range(width) for c in pixel(x, y))
                   for y in range(height))

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def rock(x, y):
    base = 120 + (x * 7 + y * 3) % 40
    letter = (y // 6) % 3 == 1 and (x // 4 + y // 6) % 5 < 3 and 40 < x < 560 and 60 < y < 330
    shade = base - 55 if letter else base
    return (shade + 10, shade + 6, shade - 4)


def badge(x, y):
    if x < 30:
        return (171, 177, 170)
    return (0, 0, 0) if (x // 6 + y // 6) % 4 == 0 else (255, 255, 255)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def texturize(s):
    s = s.replace("...", "\u2026").replace(" - ", " \u2013 ")
    s = re.sub(r'(^|[\s(\[])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(^|[\s(\[])'", "\\1\u2018", s)
    s = s.replace("'", "\u2019")
    return s


def inline(s, notes):
    s = texturize(esc(s))

    def mark(m):
        n = m.group(1)
        title = esc(texturize(notes[n]))
        return ('<a class="footnote" title="%s" id="return-footnote-%d-%s" href="#footnote-%d-%s" '
                'aria-label="Footnote %s"><sup class="footnote">[%s]</sup></a>'
                % (title, POST_ID, n, POST_ID, n, n, n))
    return re.sub(r"\[\^(\d+)\]", mark, s)


def blocks(lines, notes):
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
        elif line.startswith("## "):
            out.append("<h2>%s</h2>" % inline(line[3:], notes))
            i += 1
        elif line.startswith("[box "):
            kind, title = [x.strip() for x in line[5:-1].split("|")]
            j = lines.index("[/box]", i)
            out.append('<div class="textbox %s"><header class="textbox__header">\n'
                       '<p class="textbox__title">%s</p>\n</header>\n<div class="textbox__content">\n%s\n'
                       '</div>\n</div>' % (kind, inline(title, notes), blocks(lines[i + 1:j], notes)))
            i = j + 1
        elif line.startswith("[shaded "):
            title = line[8:-1].split("|")[1].strip()
            j = lines.index("[/shaded]", i)
            out.append('<div class="textbox shaded">\n<h3>%s</h3>\n%s\n</div>'
                       % (inline(title, notes), blocks(lines[i + 1:j], notes)))
            i = j + 1
        elif line.startswith("!["):
            alt, fn, w, h, aid, cap = [x.strip() for x in line[2:-1].split("|")]
            out.append('<figure id="attachment_%s" aria-describedby="caption-attachment-%s" '
                       'style="width: %spx" class="wp-caption aligncenter"><img class="wp-image-%s size-full" '
                       'src="assets/%s" alt="%s" width="%s" height="%s" /><figcaption id="caption-attachment-%s" '
                       'class="wp-caption-text">%s</figcaption></figure>'
                       % (aid, aid, w, aid, fn, esc(texturize(alt)), w, h, aid, inline(cap, notes)))
            i += 1
        elif line.startswith("Table: "):
            caption = line[7:]
            rows = []
            i += 1
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            t = ['<table class="grid" style="border-collapse: collapse; width: 100%%;"><caption>%s</caption>'
                 % inline(caption, notes)]
            t.append('<thead><tr class="shaded">' + "".join(
                '<th scope="col">%s</th>' % inline(c, notes) for c in rows[0]) + "</tr></thead>")
            t.append("<tbody>")
            for r in rows[1:]:
                t.append("<tr>" + "".join('<td>%s</td>' % inline(c, notes) for c in r) + "</tr>")
            t.append("</tbody></table>")
            out.append("\n".join(t))
        elif line.startswith("- ") or re.match(r"\d+\. ", line):
            kind = "ul" if line.startswith("- ") else "ol"
            items = []
            while i < len(lines) and (lines[i].startswith("- ") if kind == "ul"
                                      else re.match(r"\d+\. ", lines[i])):
                items.append(lines[i].split(" ", 1)[1])
                i += 1
            out.append("<%s>\n%s\n</%s>" % (kind, "\n".join(
                "<li>%s</li>" % inline(x, notes) for x in items), kind))
        else:
            out.append("<p>%s</p>" % inline(line, notes))
            i += 1
    return "\n".join(out)


def page(title, body):
    return ('<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
            'xml:lang="en" lang="en">\n\t<head>\n\t\t<title>%s -- %s</title>\n'
            '\t\t<meta name="EPB-UUID" content="" />\n\n'
            '        \t\t\t<link rel="stylesheet" href="%s" type="text/css" />\n'
            '        \t</head>\n\t<body>\n\t\t<section>\n\t\t\t%s\n\t\t</section>\n\t</body>\n</html>\n'
            % (esc(title), esc(BOOK), STYLESHEET, body))


def licence_par(title):
    return ('<p><span>%s</span> Copyright &#169; 2025 by %s is licensed under a <a rel="license" '
            'href="%s">%s</a>, except where otherwise noted.</p>' % (esc(title), AUTHOR, LICENSE_URL, LICENSE_NAME))


def parse(text):
    pages = []
    for chunk in text.split("=== ")[1:]:
        head, _, body = chunk.partition("\n")
        fields = [x.strip() for x in head.split("|")]
        lines = body.rstrip("\n").split("\n")
        notes = {}
        keep = []
        for l in lines:
            m = re.match(r"^\[\^(\d+)\]: (.*)$", l)
            if m:
                notes[m.group(1)] = m.group(2)
            else:
                keep.append(l)
        pages.append((fields, keep, notes))
    return pages


def build():
    with open(SRC, encoding="utf-8") as f:
        pages = parse(f.read())
    files = []  # (name, data) in manifest order
    manifest = []  # (id, filename, title)

    title_html = ('<div id="title-page"><h1 class="title">%s</h1><h2 class="subtitle">%s</h2>'
                  '<h3 class="author">%s</h3><h4 class="publisher">%s</h4>'
                  '<h5 class="publisher-city">%s</h5></div>\n'
                  % (esc(BOOK), esc(SUBTITLE), AUTHOR, esc(PUBLISHER), CITY))
    files.append(("OEBPS/title-page.xhtml", page("Title Page", title_html)))
    manifest.append(("title-page", "title-page.xhtml", "Title Page"))

    copy_html = ('<div id="copyright-page"><div class="ugc"><div class="license-attribution">'
                 '<p><img src="assets/by-nc.png" alt="Icon for the %s" /></p>%s</div>'
                 '<p>This book was produced using <a href="http://pressbooks.com/">Pressbooks.com</a>.</p>'
                 '</div></div>\n' % (LICENSE_NAME, licence_par(BOOK)))
    files.append(("OEBPS/copyright.xhtml", page("Copyright", copy_html)))
    manifest.append(("copyright", "copyright.xhtml", "Copyright"))

    toc_items = []
    body_files = []
    for fields, lines, notes in pages:
        if fields[0] == "part":
            _, slug, title = fields
            fn = "part-001-%s.xhtml" % slug
            html = ('<div class="part " id="part-%s"><div class="part-title-wrap"><h3 class="part-number">I</h3>'
                    '<h1 class="part-title">%s</h1></div><div class="ugc part-ugc">%s</div></div>'
                    % (slug, esc(title), blocks(lines, notes)))
            body_files.append(("OEBPS/" + fn, page(title, html)))
            manifest.append(("part-001", fn, title))
            toc_items.append('<li class="part"><a href="%s"><span class="toc-chapter-title">%s</span></a></li>\n'
                             % (fn, esc(title)))
        else:
            _, slug, title, subtitle = fields
            fn = "chapter-001-%s.xhtml" % slug
            content = blocks(lines, notes)
            foot = "".join(
                '<li id="footnote-%d-%s">%s <a href="#return-footnote-%d-%s" class="return-footnote" '
                'aria-label="Return to footnote %s">\u21b5</a></li>'
                % (POST_ID, n, texturize(esc(t)), POST_ID, n, n) for n, t in notes.items())
            html = ('<div class="chapter standard with-subtitle" id="%s"><div class="chapter-title-wrap">'
                    '<h3 class="chapter-number">1</h3><h2 class="chapter-title">%s</h2>'
                    '<h2 class="chapter-subtitle">%s</h2><h2 class="chapter-author">%s</h2></div>'
                    '<div class="ugc chapter-ugc">%s\n<hr class="before-footnotes clear" />'
                    '<div class="footnotes"><ol>%s</ol></div></div>'
                    '<div class="licensing"><div class="license-attribution">%s</div></div></div>'
                    % (slug, esc(texturize(title)), esc(texturize(subtitle)), AUTHOR, content, foot,
                       licence_par(texturize(title))))
            body_files.append(("OEBPS/" + fn, page(title, html)))
            manifest.append(("chapter-001", fn, title))
            toc_items.append('<li class="chapter standard"><a href="%s"><span class="toc-chapter-title">%s</span> '
                             '<span class="chapter-subtitle">%s</span> <span class="chapter-author">%s</span></a></li>\n'
                             % (fn, esc(texturize(title)), esc(texturize(subtitle)), AUTHOR))

    toc_html = '<div id="toc"><h1>Contents</h1><ul>%s</ul></div>\n' % "".join(toc_items)
    files.append(("OEBPS/table-of-contents.xhtml", page("Table Of Contents", toc_html)))
    manifest.insert(2, ("table-of-contents", "table-of-contents.xhtml", "Table Of Contents"))
    files.extend(body_files)

    assets = [("OEBPS/assets/girnar-edict-rock.png", png(600, 400, rock)),
              ("OEBPS/assets/by-nc.png", png(88, 31, badge))]

    items = "".join('<item id="%s" href="OEBPS/%s" media-type="application/xhtml+xml" />\n\t\t' % (k, fn)
                    for k, fn, _ in manifest)
    media = "".join('<item id="media-%s" href="%s" media-type="image/png" />\n\t\t'
                    % (os.path.basename(n)[:-4], n) for n, _ in assets)
    spine = "".join('\t\t\t<itemref idref="%s" linear="yes" />\n' % k for k, _, _ in manifest)
    opf = ('<?xml version="1.0" encoding="UTF-8" ?>\n'
           '<package version="3.0" xmlns="http://www.idpf.org/2007/opf" unique-identifier="pub-identifier">\n'
           '\t<metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">\n'
           '\t\t<dc:title id="pub-title">%s</dc:title>\n'
           '\t\t<dc:language id="pub-language">en</dc:language>\n'
           '\t\t<meta property="dcterms:modified">2025-07-14T05:02:48Z</meta>\n'
           '\t\t<dc:identifier id="pub-identifier">\n\t\t\t\t\t\t\t\t%s\n\t\t\t\t\t</dc:identifier>\n'
           '\t\t\t\t\t<dc:description>Short readings with boxes and exercises for the Ancient India '
           'part of GS Paper I.</dc:description>\n\t\t\n\t\t\n\t\t\n'
           '\t\t\t\t\t\t\t\t\t<dc:creator id="creator-01">%s</dc:creator>\n'
           '<meta refines="#creator-01" property="role" scheme="marc:relators">aut</meta>\n\n'
           '\t\t\t\t\t\t\t\t\t\t\n\t\t\n\t\t\n\t\t\n\t\t\n\t\t\n'
           '\t\t\t\t\t<dc:rights>\n\t\t\t\tCopyright &#169;\n\t\t\t\t\t\t\t\t\t2025\n\t\t\t\t\n'
           '\t\t\t\t\t\t\t\t\tby %s\n\t\t\t\t\n\t\t\t\t%s by %s is licensed under a %s, except where '
           'otherwise noted.\n\t\t\t</dc:rights>\n\t\t\n'
           '\t\t\t\t\t\t\t\t\t\t\t\t<dc:publisher>%s</dc:publisher>\n'
           '\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<dc:date>2025-07-01</dc:date>\n'
           '\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<dc:subject>HIS017000</dc:subject>\n'
           '\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\n\t\t<meta name="cover" content="cover-image"/>\n'
           '\t\t<!-- TODO: figure out way to add visual, auditory access mode details if book content includes images/audio -->\n'
           '\t\t<meta property="schema:accessMode">textual</meta>\n'
           '\t\t<meta property="schema:accessModeSufficient">textual, visual</meta>\n'
           '\t\t<meta property="schema:accessibilityFeature">structuralNavigation</meta>\n'
           '\t\t<meta property="schema:accessibilityFeature">alternativeText</meta>\n'
           '\t\t<!-- TODO: if book has long description or MathML, display extra info in meta -->\n'
           '\t\t<meta property="schema:accessibilityFeature">MathML</meta>\n'
           '\t\t<meta property="schema:accessibilityFeature">longDescription</meta>\n'
           '\t\t<meta property="schema:accessibilityHazard">noFlashingHazard</meta>\n'
           '\t\t<meta property="schema:accessibilityHazard">noMotionSimulationHazard</meta>\n'
           '\t\t<meta property="schema:accessibilityHazard">noSoundHazard</meta>\n'
           '\t\t<!-- TODO: Allow creators to add accessibility info/summary in book info and display it here -->\n'
           '\t\t<meta property="schema:accessibilitySummary">This publication conforms to the EPUB '
           'Accessibility specification at WCAG level A.</meta>\n'
           '\t</metadata>\n\n\t<manifest>\n\t\t%s%s<item id="toc" properties="nav" href="toc.xhtml" '
           'media-type="application/xhtml+xml"></item>\n'
           '\t\t\t\t\t<item id="stylesheet" href="OEBPS/%s"  media-type="text/css"></item>\n'
           '\t\t\t</manifest>\n\n\t<spine>\n%s\t\t\t</spine>\n</package>\n'
           % (esc(BOOK), URL, AUTHOR, AUTHOR, esc(BOOK), AUTHOR, LICENSE_NAME, esc(PUBLISHER),
              items, media, STYLESHEET, spine))

    nav_items = ('\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<li><a href="OEBPS/title-page.xhtml">Title Page</a></li>\n'
                 '\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<li><a href="OEBPS/copyright.xhtml">Copyright</a></li>\n'
                 '\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<li><a href="OEBPS/table-of-contents.xhtml">Table Of Contents</a></li>\n')
    part_fn = manifest[3][1]
    chap_fn = manifest[4][1]
    nav_items += ('\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<li><a href="OEBPS/%s">%s</a><ol>\n'
                  '\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<li><a href="OEBPS/%s">%s</a></li>\n'
                  '\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t</ol></li>\n'
                  % (part_fn, esc(manifest[3][2]), chap_fn, esc(manifest[4][2])))
    nav = ('<?xml version="1.0" encoding="UTF-8" ?>\n'
           '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" '
           'xml:lang="en" lang="en">\n\t<head>\n'
           '\t\t<meta http-equiv="default-style" content="text/html; charset=utf-8"/>\n'
           '\t\t<title>%s</title>\n\t\t\t\t\t<link rel="stylesheet" href="OEBPS/%s" type="text/css" />\n'
           '\t\t\t</head>\n\t<body>\n\t\t<nav epub:type="toc">\n'
           '\t\t\t<h1 class="title">Table of Contents</h1>\n\t\t\t<ol epub:type="list">\n'
           '\t\t\t\t\t\t%s\t\t\t\t\t\t</ol>\n\t\t</nav>\n\t</body>\n</html>\n'
           % (esc(BOOK), STYLESHEET, nav_items))

    points = []
    order = 1
    for k, fn, title in manifest[:3]:
        points.append('\n\t\t\t\t\t<navPoint id="%s" playOrder="%d">\n\t\t\t\t\t<navLabel><text>%s</text></navLabel>'
                      '\n\t\t\t\t\t<content src="OEBPS/%s" />\n\t\t\t\t\t</navPoint>' % (k, order, esc(title), fn))
        order += 1
    points.append('\n\t\t\t\t\t<navPoint id="part-001" playOrder="4">\n\t\t\t\t\t<navLabel><text>%s</text></navLabel>'
                  '\n\t\t\t\t\t<content src="OEBPS/%s" />\n\t\t\t\t\t' % (esc(manifest[3][2]), part_fn))
    points.append('\n\t\t\t\t\t<navPoint id="chapter-001" playOrder="5">\n\t\t\t\t\t<navLabel><text>%s</text></navLabel>'
                  '\n\t\t\t\t\t<content src="OEBPS/%s" />\n\t\t\t\t\t</navPoint></navPoint>'
                  % (esc(manifest[4][2]), chap_fn))
    ncx = ('<?xml version="1.0" encoding="UTF-8" ?>\n'
           '<ncx version="2005-1" xml:lang="en" xmlns="http://www.daisy.org/z3986/2005/ncx/">\n\n\t<head>\n'
           '\t\t<!-- The following four metadata items are required for all NCX documents,\n'
           '\t\tincluding those conforming to the relaxed constraints of OPS 2.0 -->\n\n'
           '\t\t<meta name="dtb:uid" content="%s" /> <!-- same as in .opf -->\n'
           '\t\t<meta name="dtb:depth" content="2"/> <!-- 1 or higher -->\n'
           '\t\t<meta name="dtb:totalPageCount" content="0"/> <!-- must be 0 -->\n'
           '\t\t<meta name="dtb:maxPageNumber" content="0"/> <!-- must be 0 -->\n\t</head>\n\n'
           '\t<docTitle>\n\t\t<text>%s</text>\n\t</docTitle>\n\n\t\n\t<navMap>\n\t\t%s\t</navMap>\n</ncx>\n'
           % (URL, esc(BOOK), "".join(points)))

    container = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                 '<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n'
                 '\t<rootfiles>\n\t\t<rootfile full-path="book.opf" media-type="application/oebps-package+xml" />\n'
                 '\t</rootfiles>\n</container>\n')
    ibooks = ('<display_options>\n\t<platform name="*">\n\t\t<option name="specified-fonts">true</option>\n'
              '\t</platform>\n</display_options>\n')

    entries = [("META-INF/container.xml", container),
               ("META-INF/com.apple.ibooks.display-options.xml", ibooks),
               ("OEBPS/" + STYLESHEET, CSS)]
    entries += files[:2] + [files[2]] + files[3:]
    entries += assets
    entries += [("book.opf", opf), ("toc.ncx", ncx), ("toc.xhtml", nav)]
    return entries


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    entries = build()
    with zipfile.ZipFile(out, "w") as z:
        info = zipfile.ZipInfo("mimetype", STAMP)
        info.compress_type = zipfile.ZIP_STORED
        info.external_attr = 0o644 << 16
        z.writestr(info, b"application/epub+zip")
        for name, data in entries:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


if __name__ == "__main__":
    main()
