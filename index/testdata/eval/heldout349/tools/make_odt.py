#!/usr/bin/python3
"""Re-make docs/industrial-disaster-law-notes.odt from tools/industrial-disaster-law-notes.txt.

The file imitates a text document saved by LibreOffice Writer 24.8 on Windows: a zip whose first
entry is an uncompressed "mimetype", then the empty Configurations2/ folders, manifest.rdf,
meta.xml, settings.xml, content.xml, Thumbnails/thumbnail.png, styles.xml and
META-INF/manifest.xml last, all stamped with the save time. content.xml is written on one line
as LibreOffice does, with automatic styles (P1.., T1.., L1.., Table1) carrying officeooo:rsid
attributes, headings as text:h with text:outline-level, the numbered and bulleted lists as
text:list (the numbers live in the list style, not in the text), one table, a footnote
(text:note) and two comments (office:annotation), and text:soft-page-break marks where the
pages broke on screen.

Usage: make_odt.py [OUT]   (default: ../docs/industrial-disaster-law-notes.odt)
Standard library only; deterministic (fixed timestamps, no randomness).
"""
import os
import re
import struct
import sys
import zipfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "industrial-disaster-law-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "industrial-disaster-law-notes.odt")

SAVED = (2025, 10, 14, 21, 47, 12)
GENERATOR = "LibreOffice/24.8.4.2$Windows_X86_64 LibreOffice_project/bb3cfa12c7b1bf994ecc5649a80400d06cd71002"

NS = ('xmlns:officeooo="http://openoffice.org/2009/office" '
      'xmlns:css3t="http://www.w3.org/TR/css3-text/" '
      'xmlns:grddl="http://www.w3.org/2003/g/data-view#" '
      'xmlns:xhtml="http://www.w3.org/1999/xhtml" '
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
      'xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
      'xmlns:xforms="http://www.w3.org/2002/xforms" '
      'xmlns:dom="http://www.w3.org/2001/xml-events" '
      'xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" '
      'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
      'xmlns:math="http://www.w3.org/1998/Math/MathML" '
      'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:ooo="http://openoffice.org/2004/office" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:ooow="http://openoffice.org/2004/writer" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:drawooo="http://openoffice.org/2010/draw" '
      'xmlns:oooc="http://openoffice.org/2004/calc" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
      'xmlns:tableooo="http://openoffice.org/2009/table" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:dr3d="urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0" '
      'xmlns:rpt="http://openoffice.org/2005/report" '
      'xmlns:formx="urn:openoffice:names:experimental:ooxml-odf-interop:xmlns:form:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:field="urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0"')

FONT_DECLS = ('<office:font-face-decls>'
              '<style:font-face style:name="Calibri" svg:font-family="Calibri" style:font-family-generic="swiss" style:font-pitch="variable"/>'
              '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/>'
              '<style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" style:font-family-generic="roman" style:font-pitch="variable"/>'
              '<style:font-face style:name="Lucida Sans1" svg:font-family="&apos;Lucida Sans&apos;" style:font-family-generic="swiss"/>'
              '<style:font-face style:name="Microsoft YaHei" svg:font-family="&apos;Microsoft YaHei&apos;" style:font-family-generic="system" style:font-pitch="variable"/>'
              '<style:font-face style:name="Segoe UI" svg:font-family="&apos;Segoe UI&apos;" style:font-family-generic="system" style:font-pitch="variable"/>'
              '<style:font-face style:name="SimSun" svg:font-family="SimSun" style:font-family-generic="system" style:font-pitch="variable"/>'
              '</office:font-face-decls>')


# ------------------------------------------------------------------ source

def parse(src):
    """-> meta, blocks. Blocks: ('h', level, text) ('p', text) ('list', kind, items) ('table', rows)."""
    meta, blocks = {}, []
    for line in src.rstrip("\n").split("\n"):
        m = re.match(r"@(\w+) (.*)", line)
        if m:
            meta[m.group(1)] = m.group(2)
            continue
        if line.startswith("#"):
            lvl = len(line) - len(line.lstrip("#"))
            blocks.append(("h", lvl, line.lstrip("#").strip()))
        elif re.match(r"\s*(- |1\. )", line):
            ind = (len(line) - len(line.lstrip(" "))) // 2
            kind = "num" if line.strip().startswith("1. ") else "bul"
            text = line.strip()[3:] if kind == "num" else line.strip()[2:]
            if blocks and blocks[-1][0] == "list" and (ind > 0 or blocks[-1][1] == kind):
                blocks[-1][2].append((ind, text))
            else:
                blocks.append(("list", kind, [(ind, text)]))
        elif line.startswith("| "):
            cells = [c.strip() for c in line[2:].split(" | ")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        elif line.strip():
            blocks.append(("p", line))
    return meta, blocks


# ------------------------------------------------------------------ inline

class Ctx:
    def __init__(self):
        self.notes = 0
        self.comments = 0
        self.pages = 1


def spaces(s):
    """Escape text and turn runs of spaces into text:s as Writer does."""
    s = escape(s)
    s = re.sub(r"  +", lambda m: " <text:s text:c=\"%d\"/>" % (len(m.group(0)) - 1)
               if len(m.group(0)) > 2 else " <text:s/>", s)
    return s


def inline(s, ctx):
    out = []
    pos = 0
    tok = re.compile(r"\*\*(.+?)\*\*|\[\^(.+?)\]|\{comment:([^:]+):(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d):(.+?)\}")
    for m in tok.finditer(s):
        out.append(spaces(s[pos:m.start()]))
        if m.group(1) is not None:
            out.append('<text:span text:style-name="T1">%s</text:span>' % spaces(m.group(1)))
        elif m.group(2) is not None:
            ctx.notes += 1
            n = ctx.notes
            out.append('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d'
                       '</text:note-citation><text:note-body><text:p text:style-name="P17">%s</text:p>'
                       '</text:note-body></text:note>' % (n, n, spaces(m.group(2))))
        else:
            ctx.comments += 1
            who, when, what = m.group(3), m.group(4), m.group(5)
            initials = "".join(w[0] for w in who.split())
            frac = ("%09d" % (ctx.comments * 318000000 % 1000000000))
            out.append('<office:annotation loext:resolved="false"><dc:creator>%s</dc:creator>'
                       '<dc:date>%s.%s</dc:date><meta:creator-initials>%s</meta:creator-initials>'
                       '<text:p text:style-name="P18"><text:span text:style-name="T3">%s</text:span>'
                       '</text:p></office:annotation>' % (escape(who), when, frac, initials, spaces(what)))
        pos = m.end()
    out.append(spaces(s[pos:]))
    return "".join(out)


def words_of(s):
    s = re.sub(r"\[\^.+?\]|\{comment:.+?\}", " ", s).replace("**", "")
    return s.split()


# ------------------------------------------------------------------ content

def cm(v):
    return ("%.3f" % v).rstrip("0").rstrip(".")


def content_xml(meta, blocks):
    ctx = Ctx()
    body = ['<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
            '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
            '<text:sequence-decl text:display-outline-level="0" text:name="Text"/>'
            '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/>'
            '<text:sequence-decl text:display-outline-level="0" text:name="Figure"/></text:sequence-decls>']
    body.append('<text:p text:style-name="P1">%s</text:p>' % escape(meta["title"]))
    body.append('<text:p text:style-name="P2">%s</text:p>' % escape(meta["subtitle"]))
    # where Writer broke the pages (lines counted roughly: 88 characters a line, 50 lines a page)
    budget = [8.0]
    page_lines = 50.0

    def account(text, extra=0.4):
        budget[0] += max(1, -(-len(text) // 88)) + extra
        if budget[0] > page_lines:
            budget[0] -= page_lines
            ctx.pages += 1
            return True
        return False

    list_n = 0
    hstyle = {1: "P3", 2: "P4", 3: "P5"}
    for b in blocks:
        if b[0] == "h":
            brk = account(b[2], 1.6)
            if brk:
                body.append("<text:soft-page-break/>")
            body.append('<text:h text:style-name="%s" text:outline-level="%d">%s</text:h>'
                        % (hstyle[b[1]], b[1], inline(b[2], ctx)))
        elif b[0] == "p":
            if account(b[1]):
                body.append("<text:soft-page-break/>")
            style = "P6" if not b[1].startswith("Note:") else "P7"
            body.append('<text:p text:style-name="%s">%s</text:p>' % (style, inline(b[1], ctx)))
        elif b[0] == "list":
            list_n += 1
            lst = "L1" if b[1] == "num" else "L2"
            pst = "P8" if b[1] == "num" else "P9"
            xml_id = "list%d" % (1871043200 + 97531 * list_n)
            out = ['<text:list xml:id="%s" text:style-name="%s">' % (xml_id, lst)]
            items = b[2]
            i = 0
            while i < len(items):
                ind, text = items[i]
                brk = account(text, 0.2)
                item = ('<text:list-item>%s<text:p text:style-name="%s">%s</text:p>'
                        % ("<text:soft-page-break/>" if brk else "", pst, inline(text, ctx)))
                subs = []
                while i + 1 < len(items) and items[i + 1][0] > ind:
                    i += 1
                    brk = account(items[i][1], 0.2)
                    subs.append('<text:list-item>%s<text:p text:style-name="P10">%s</text:p></text:list-item>'
                                % ("<text:soft-page-break/>" if brk else "", inline(items[i][1], ctx)))
                if subs:
                    item += '<text:list>%s</text:list>' % "".join(subs)
                out.append(item + "</text:list-item>")
                i += 1
            out.append("</text:list>")
            body.append("".join(out))
        elif b[0] == "table":
            rows = b[1]
            t = ['<table:table table:name="Table1" table:style-name="Table1">'
                 '<table:table-column table:style-name="Table1.A"/>'
                 '<table:table-column table:style-name="Table1.B"/>'
                 '<table:table-column table:style-name="Table1.C"/>']
            for r, cells in enumerate(rows):
                account(" ".join(cells), 0.6)
                if r == 0:
                    t.append("<table:table-header-rows>")
                t.append("<table:table-row>")
                for c, cell in enumerate(cells):
                    cs = "Table1.%s%d" % ("ABC"[c], 1 if r == 0 else 2)
                    if c == 2:
                        cs = "Table1.C1" if r == 0 else "Table1.C2"
                    ps = "P11" if r == 0 else ("P12" if c == 0 else "P13")
                    t.append('<table:table-cell table:style-name="%s" office:value-type="string">'
                             '<text:p text:style-name="%s">%s</text:p></table:table-cell>'
                             % (cs, ps, inline(cell, ctx)))
                t.append("</table:table-row>")
                if r == 0:
                    t.append("</table:table-header-rows>")
            t.append("</table:table>")
            body.append("".join(t))
    body.append('<text:p text:style-name="P6"/>')
    auto = (
        '<office:automatic-styles>'
        '<style:style style:name="Table1" style:family="table"><style:table-properties style:width="17.006cm" table:align="margins"/></style:style>'
        '<style:style style:name="Table1.A" style:family="table-column"><style:table-column-properties style:column-width="3.2cm" style:rel-column-width="12345*"/></style:style>'
        '<style:style style:name="Table1.B" style:family="table-column"><style:table-column-properties style:column-width="6.5cm" style:rel-column-width="25077*"/></style:style>'
        '<style:style style:name="Table1.C" style:family="table-column"><style:table-column-properties style:column-width="7.306cm" style:rel-column-width="28113*"/></style:style>'
        '<style:style style:name="Table1.A1" style:family="table-cell"><style:table-cell-properties fo:background-color="#dee6ef" fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" fo:border-right="none" fo:border-top="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000"><style:background-image/></style:table-cell-properties></style:style>'
        '<style:style style:name="Table1.B1" style:family="table-cell"><style:table-cell-properties fo:background-color="#dee6ef" fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" fo:border-right="none" fo:border-top="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000"><style:background-image/></style:table-cell-properties></style:style>'
        '<style:style style:name="Table1.C1" style:family="table-cell"><style:table-cell-properties fo:background-color="#dee6ef" fo:padding="0.097cm" fo:border="0.5pt solid #000000"><style:background-image/></style:table-cell-properties></style:style>'
        '<style:style style:name="Table1.A2" style:family="table-cell"><style:table-cell-properties fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" fo:border-right="none" fo:border-top="none" fo:border-bottom="0.5pt solid #000000"/></style:style>'
        '<style:style style:name="Table1.B2" style:family="table-cell"><style:table-cell-properties fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" fo:border-right="none" fo:border-top="none" fo:border-bottom="0.5pt solid #000000"/></style:style>'
        '<style:style style:name="Table1.C2" style:family="table-cell"><style:table-cell-properties fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" fo:border-right="0.5pt solid #000000" fo:border-top="none" fo:border-bottom="0.5pt solid #000000"/></style:style>'
        '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"><style:text-properties officeooo:rsid="0004b1e2" officeooo:paragraph-rsid="0004b1e2"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Subtitle"><style:text-properties fo:font-size="11pt" officeooo:rsid="0004b1e2" officeooo:paragraph-rsid="0004b1e2" style:font-size-asian="11pt" style:font-size-complex="11pt"/></style:style>'
        '<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Heading_20_1"><style:text-properties officeooo:rsid="0004b1e2" officeooo:paragraph-rsid="0004b1e2"/></style:style>'
        '<style:style style:name="P4" style:family="paragraph" style:parent-style-name="Heading_20_2"><style:text-properties officeooo:rsid="000a7c31" officeooo:paragraph-rsid="000a7c31"/></style:style>'
        '<style:style style:name="P5" style:family="paragraph" style:parent-style-name="Heading_20_3"><style:text-properties officeooo:rsid="000a7c31" officeooo:paragraph-rsid="000a7c31"/></style:style>'
        '<style:style style:name="P6" style:family="paragraph" style:parent-style-name="Text_20_body"><style:text-properties officeooo:rsid="0004b1e2" officeooo:paragraph-rsid="0004b1e2"/></style:style>'
        '<style:style style:name="P7" style:family="paragraph" style:parent-style-name="Text_20_body"><style:paragraph-properties fo:background-color="#fff5ce"><style:background-image/></style:paragraph-properties><style:text-properties fo:font-style="italic" officeooo:rsid="0011f3a5" officeooo:paragraph-rsid="0011f3a5" style:font-style-asian="italic" style:font-style-complex="italic"/></style:style>'
        '<style:style style:name="P8" style:family="paragraph" style:parent-style-name="List_20_Paragraph" style:list-style-name="L1"><style:text-properties officeooo:rsid="0004b1e2" officeooo:paragraph-rsid="0004b1e2"/></style:style>'
        '<style:style style:name="P9" style:family="paragraph" style:parent-style-name="List_20_Paragraph" style:list-style-name="L2"><style:text-properties officeooo:rsid="000a7c31" officeooo:paragraph-rsid="000a7c31"/></style:style>'
        '<style:style style:name="P10" style:family="paragraph" style:parent-style-name="List_20_Paragraph" style:list-style-name="L2"><style:text-properties fo:font-size="10.5pt" officeooo:rsid="0011f3a5" officeooo:paragraph-rsid="0011f3a5" style:font-size-asian="10.5pt" style:font-size-complex="10.5pt"/></style:style>'
        '<style:style style:name="P11" style:family="paragraph" style:parent-style-name="Table_20_Heading"><style:text-properties officeooo:rsid="0011f3a5" officeooo:paragraph-rsid="0011f3a5"/></style:style>'
        '<style:style style:name="P12" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold" officeooo:rsid="0011f3a5" officeooo:paragraph-rsid="0011f3a5" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>'
        '<style:style style:name="P13" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties officeooo:rsid="0011f3a5" officeooo:paragraph-rsid="0011f3a5"/></style:style>'
        '<style:style style:name="P17" style:family="paragraph" style:parent-style-name="Footnote"><style:text-properties officeooo:rsid="0011f3a5" officeooo:paragraph-rsid="0011f3a5"/></style:style>'
        '<style:style style:name="P18" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties officeooo:rsid="0013d0c9" officeooo:paragraph-rsid="0013d0c9"/></style:style>'
        '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>'
        '<style:style style:name="T2" style:family="text"><style:text-properties officeooo:rsid="000a7c31"/></style:style>'
        '<style:style style:name="T3" style:family="text"><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt" style:font-size-complex="9pt"/></style:style>'
        '<text:list-style style:name="L1">'
        + "".join('<text:list-level-style-number text:level="%d" text:style-name="Numbering_20_Symbols" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="%scm" fo:text-indent="-0.635cm" fo:margin-left="%scm"/></style:list-level-properties></text:list-level-style-number>'
                  % (lv, cm(0.635 * lv), cm(0.635 * lv)) for lv in range(1, 11))
        + '</text:list-style>'
        '<text:list-style style:name="L2">'
        + "".join('<text:list-level-style-bullet text:level="%d" text:style-name="Bullet_20_Symbols" loext:num-list-format="%%%d%%" style:num-suffix="%s" text:bullet-char="%s"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="%scm" fo:text-indent="-0.635cm" fo:margin-left="%scm"/></style:list-level-properties></text:list-level-style-bullet>'
                  % (lv, lv, "•◦▪"[(lv - 1) % 3], "•◦▪"[(lv - 1) % 3], cm(0.635 * lv), cm(0.635 * lv)) for lv in range(1, 11))
        + '</text:list-style>'
        '</office:automatic-styles>')
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<office:document-content %s office:version="1.3">'
           '<office:scripts/>%s%s<office:body><office:text>%s</office:text></office:body>'
           '</office:document-content>' % (NS, FONT_DECLS, auto, "".join(body)))
    return xml, ctx


def styles_xml():
    def pstyle(name, display, parent, cls, extra_p="", extra_t="", nxt=None, outline=None):
        a = '<style:style style:name="%s"%s style:family="paragraph"%s%s style:class="%s"%s>' % (
            name, (' style:display-name="%s"' % display) if display else "",
            (' style:parent-style-name="%s"' % parent) if parent else "",
            (' style:next-style-name="%s"' % nxt) if nxt else "", cls,
            (' style:default-outline-level="%d"' % outline) if outline else "")
        return a + extra_p + extra_t + "</style:style>"

    s = ['<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles %s office:version="1.3">' % NS,
         FONT_DECLS, "<office:styles>",
         '<style:default-style style:family="graphic"><style:graphic-properties svg:stroke-color="#3465a4" draw:fill-color="#729fcf" fo:wrap-option="no-wrap" draw:shadow-offset-x="0.3cm" draw:shadow-offset-y="0.3cm" draw:start-line-spacing-horizontal="0.283cm" draw:start-line-spacing-vertical="0.283cm" draw:end-line-spacing-horizontal="0.283cm" draw:end-line-spacing-vertical="0.283cm" style:flow-with-text="false"/><style:paragraph-properties style:text-autospace="ideograph-alpha" style:line-break="strict" loext:tab-stop-distance="0cm" style:writing-mode="lr-tb" style:font-independent-line-spacing="false"><style:tab-stops/></style:paragraph-properties><style:text-properties style:use-window-font-color="true" loext:opacity="0%" style:font-name="Calibri" fo:font-size="11pt" fo:language="en" fo:country="IN" style:letter-kerning="true" style:font-name-asian="SimSun" style:font-size-asian="10.5pt" style:language-asian="zh" style:country-asian="CN" style:font-name-complex="Lucida Sans1" style:font-size-complex="12pt" style:language-complex="hi" style:country-complex="IN"/></style:default-style>',
         '<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" fo:widows="2" fo:hyphenation-ladder-count="no-limit" fo:hyphenation-keep="auto" loext:hyphenation-keep-type="column" style:text-autospace="ideograph-alpha" style:punctuation-wrap="hanging" style:line-break="strict" style:tab-stop-distance="1.251cm" style:writing-mode="page"/><style:text-properties style:use-window-font-color="true" loext:opacity="0%" style:font-name="Calibri" fo:font-size="11pt" fo:language="en" fo:country="IN" style:letter-kerning="true" style:font-name-asian="SimSun" style:font-size-asian="10.5pt" style:language-asian="zh" style:country-asian="CN" style:font-name-complex="Lucida Sans1" style:font-size-complex="12pt" style:language-complex="hi" style:country-complex="IN" fo:hyphenate="false" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2" loext:hyphenation-no-caps="false" loext:hyphenation-no-last-word="false" loext:hyphenation-word-char-count="5" loext:hyphenation-zone="no-limit"/></style:default-style>',
         '<style:default-style style:family="table"><style:table-properties table:border-model="collapsing"/></style:default-style>',
         '<style:default-style style:family="table-row"><style:table-row-properties fo:keep-together="auto"/></style:default-style>',
         pstyle("Standard", None, None, "text"),
         pstyle("Heading", None, "Standard", "text", '<style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" style:contextual-spacing="false" fo:keep-with-next="always"/>',
                '<style:text-properties style:font-name="Liberation Sans" fo:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable" fo:font-size="14pt" style:font-name-asian="Microsoft YaHei" style:font-family-asian="&apos;Microsoft YaHei&apos;" style:font-family-generic-asian="system" style:font-pitch-asian="variable" style:font-size-asian="14pt" style:font-name-complex="Lucida Sans1" style:font-family-complex="&apos;Lucida Sans&apos;" style:font-family-generic-complex="swiss" style:font-size-complex="14pt"/>', nxt="Text_20_body"),
         pstyle("Text_20_body", "Body Text", "Standard", "text", '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.247cm" style:contextual-spacing="false" fo:line-height="115%"/>'),
         pstyle("List", None, "Text_20_body", "list", "", '<style:text-properties style:font-size-asian="12pt" style:font-name-complex="Lucida Sans1" style:font-family-complex="&apos;Lucida Sans&apos;" style:font-family-generic-complex="swiss"/>'),
         pstyle("Caption", None, "Standard", "extra", '<style:paragraph-properties fo:margin-top="0.212cm" fo:margin-bottom="0.212cm" style:contextual-spacing="false" text:number-lines="false" text:line-number="0"/>', '<style:text-properties fo:font-size="12pt" fo:font-style="italic" style:font-size-asian="12pt" style:font-style-asian="italic" style:font-name-complex="Lucida Sans1" style:font-family-complex="&apos;Lucida Sans&apos;" style:font-family-generic-complex="swiss" style:font-size-complex="12pt" style:font-style-complex="italic"/>'),
         pstyle("Index", None, "Standard", "index", '<style:paragraph-properties text:number-lines="false" text:line-number="0"/>', '<style:text-properties style:font-size-asian="12pt" style:font-name-complex="Lucida Sans1" style:font-family-complex="&apos;Lucida Sans&apos;" style:font-family-generic-complex="swiss"/>'),
         pstyle("Title", None, "Heading", "chapter", '<style:paragraph-properties fo:text-align="center" style:justify-single-word="false"/>', '<style:text-properties fo:font-size="28pt" fo:font-weight="bold" style:font-size-asian="28pt" style:font-weight-asian="bold" style:font-size-complex="28pt" style:font-weight-complex="bold"/>', nxt="Subtitle"),
         pstyle("Subtitle", None, "Heading", "chapter", '<style:paragraph-properties fo:margin-top="0.106cm" fo:margin-bottom="0.212cm" style:contextual-spacing="false" fo:text-align="center" style:justify-single-word="false"/>', '<style:text-properties fo:font-size="18pt" style:font-size-asian="18pt" style:font-size-complex="18pt"/>', nxt="Text_20_body"),
         pstyle("Heading_20_1", "Heading 1", "Heading", "text", '<style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" style:contextual-spacing="false"/>', '<style:text-properties fo:color="#1e4e79" loext:opacity="100%" fo:font-size="18pt" fo:font-weight="bold" style:font-size-asian="18pt" style:font-weight-asian="bold" style:font-size-complex="18pt" style:font-weight-complex="bold"/>', nxt="Text_20_body", outline=1),
         pstyle("Heading_20_2", "Heading 2", "Heading", "text", '<style:paragraph-properties fo:margin-top="0.353cm" fo:margin-bottom="0.212cm" style:contextual-spacing="false"/>', '<style:text-properties fo:color="#2e75b6" loext:opacity="100%" fo:font-size="14pt" fo:font-weight="bold" style:font-size-asian="14pt" style:font-weight-asian="bold" style:font-size-complex="14pt" style:font-weight-complex="bold"/>', nxt="Text_20_body", outline=2),
         pstyle("Heading_20_3", "Heading 3", "Heading", "text", '<style:paragraph-properties fo:margin-top="0.247cm" fo:margin-bottom="0.212cm" style:contextual-spacing="false"/>', '<style:text-properties fo:font-size="12pt" fo:font-weight="bold" style:font-size-asian="12pt" style:font-weight-asian="bold" style:font-size-complex="12pt" style:font-weight-complex="bold"/>', nxt="Text_20_body", outline=3),
         pstyle("List_20_Paragraph", "List Paragraph", "Standard", "text", '<style:paragraph-properties fo:margin-left="1.27cm" fo:margin-right="0cm" fo:margin-top="0cm" fo:margin-bottom="0.141cm" style:contextual-spacing="true" fo:text-indent="0cm" style:auto-text-indent="false"/>'),
         pstyle("Table_20_Contents", "Table Contents", "Standard", "extra", '<style:paragraph-properties fo:orphans="0" fo:widows="0" text:number-lines="false" text:line-number="0"/>', '<style:text-properties fo:font-size="10pt" style:font-size-asian="10pt" style:font-size-complex="10pt"/>'),
         pstyle("Table_20_Heading", "Table Heading", "Table_20_Contents", "extra", '<style:paragraph-properties fo:text-align="center" style:justify-single-word="false" text:number-lines="false" text:line-number="0"/>', '<style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/>'),
         pstyle("Footnote", None, "Standard", "extra", '<style:paragraph-properties fo:margin-left="0.598cm" fo:margin-right="0cm" fo:text-indent="-0.598cm" style:auto-text-indent="false" text:number-lines="false" text:line-number="0"/>', '<style:text-properties fo:font-size="10pt" style:font-size-asian="10pt" style:font-size-complex="10pt"/>'),
         pstyle("Header_20_and_20_Footer", "Header and Footer", "Standard", "extra", '<style:paragraph-properties text:number-lines="false" text:line-number="0"><style:tab-stops><style:tab-stop style:position="8.5cm" style:type="center"/><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops></style:paragraph-properties>'),
         pstyle("Footer", None, "Header_20_and_20_Footer", "extra", '<style:paragraph-properties text:number-lines="false" text:line-number="0"><style:tab-stops><style:tab-stop style:position="8.5cm" style:type="center"/><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops></style:paragraph-properties>', '<style:text-properties fo:color="#808080" loext:opacity="100%" fo:font-size="9pt" style:font-size-asian="9pt" style:font-size-complex="9pt"/>'),
         '<style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"/>',
         '<style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>',
         '<style:style style:name="Numbering_20_Symbols" style:display-name="Numbering Symbols" style:family="text"/>',
         '<style:style style:name="Bullet_20_Symbols" style:display-name="Bullet Symbols" style:family="text"><style:text-properties style:font-name="OpenSymbol" fo:font-family="OpenSymbol" style:font-charset="x-symbol" style:font-name-asian="OpenSymbol" style:font-family-asian="OpenSymbol" style:font-charset-asian="x-symbol" style:font-name-complex="OpenSymbol" style:font-family-complex="OpenSymbol" style:font-charset-complex="x-symbol"/></style:style>',
         '<text:outline-style style:name="Outline">'
         + "".join('<text:outline-level-style text:level="%d" loext:num-list-format="" style:num-format=""><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab"/></style:list-level-properties></text:outline-level-style>' % lv for lv in range(1, 11))
         + '</text:outline-style>',
         '<text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>',
         '<text:notes-configuration text:note-class="endnote" style:num-format="i" text:start-value="0"/>',
         '<text:linenumbering-configuration text:number-lines="false" text:offset="0.499cm" style:num-format="1" text:number-position="left" text:increment="5"/>',
         "</office:styles>",
         '<office:automatic-styles><style:style style:name="MP1" style:family="paragraph" style:parent-style-name="Footer"><style:text-properties officeooo:rsid="000a7c31" officeooo:paragraph-rsid="000a7c31"/></style:style>'
         '<style:page-layout style:name="Mpm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" style:num-format="1" style:print-orientation="portrait" fo:margin-top="2cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm" style:writing-mode="lr-tb" style:footnote-max-height="0cm" loext:margin-gutter="0cm"><style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.101cm" style:distance-after-sep="0.101cm" style:line-style="solid" style:adjustment="left" style:rel-width="25%" style:color="#000000"/></style:page-layout-properties><style:header-style/><style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.499cm"/></style:footer-style></style:page-layout></office:automatic-styles>',
         '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Mpm1"><style:footer><text:p text:style-name="MP1">Meera – GS III notes<text:tab/>Industrial disasters &amp; the law<text:tab/><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer></style:master-page></office:master-styles>',
         "</office:document-styles>"]
    return "".join(s)


def meta_xml(meta, stats):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'xmlns:ooo="http://openoffice.org/2004/office" '
            'xmlns:grddl="http://www.w3.org/2003/g/data-view#" office:version="1.3"><office:meta>'
            '<meta:initial-creator>Meera Iyer</meta:initial-creator>'
            '<meta:creation-date>2025-08-19T18:32:11.874000000</meta:creation-date>'
            '<dc:date>2025-10-14T21:47:12.503000000</dc:date><dc:creator>Meera Iyer</dc:creator>'
            '<meta:editing-duration>PT6H41M18S</meta:editing-duration><meta:editing-cycles>23</meta:editing-cycles>'
            '<meta:generator>%s</meta:generator>'
            '<dc:title>%s</dc:title>'
            '<meta:document-statistic meta:table-count="1" meta:image-count="0" meta:object-count="0" '
            'meta:page-count="%d" meta:paragraph-count="%d" meta:word-count="%d" meta:character-count="%d" '
            'meta:non-whitespace-character-count="%d"/></office:meta></office:document-meta>'
            % (GENERATOR, escape(meta["title"]), stats["pages"], stats["paras"], stats["words"],
               stats["chars"], stats["nonws"]))


def settings_xml():
    def item(name, typ, val):
        return '<config:config-item config:name="%s" config:type="%s">%s</config:config-item>' % (name, typ, val)
    view = "".join([item("ViewAreaTop", "long", "41169"), item("ViewAreaLeft", "long", "0"),
                    item("ViewAreaWidth", "long", "40217"), item("ViewAreaHeight", "long", "18732"),
                    item("ShowRedlineChanges", "boolean", "true"), item("InBrowseMode", "boolean", "false")])
    v2 = "".join([item("ViewId", "string", "view2"), item("ViewLeft", "long", "11943"),
                  item("ViewTop", "long", "52217"), item("VisibleLeft", "long", "0"),
                  item("VisibleTop", "long", "41169"), item("VisibleRight", "long", "40216"),
                  item("VisibleBottom", "long", "59900"), item("ZoomType", "short", "0"),
                  item("ViewLayoutColumns", "short", "1"), item("ViewLayoutBookMode", "boolean", "false"),
                  item("ZoomFactor", "short", "110"), item("IsSelectedFrame", "boolean", "false"),
                  item("KeepRatio", "boolean", "false"), item("AnchoredTextOverflowLegacy", "boolean", "false"),
                  item("LegacySingleLineFontwork", "boolean", "false"),
                  item("ConnectorUseSnapRect", "boolean", "false"),
                  item("IgnoreBreakAfterMultilineField", "boolean", "false")])
    conf = [("PrintProspect", "boolean", "false"), ("PrintLeftPages", "boolean", "true"),
            ("PrintTables", "boolean", "true"), ("PrintControls", "boolean", "true"),
            ("PrintPageBackground", "boolean", "true"), ("PrintDrawings", "boolean", "true"),
            ("PrintBlackFonts", "boolean", "false"), ("PrintAnnotationMode", "short", "0"),
            ("PrintTextPlaceholder", "boolean", "false"), ("ProtectFields", "boolean", "false"),
            ("ProtectBookmarks", "boolean", "false"), ("EmptyDbFieldHidesPara", "boolean", "true"),
            ("DisableOffPagePositioning", "boolean", "false"), ("SubtractFlysAnchoredAtFlys", "boolean", "false"),
            ("PropLineSpacingShrinksFirstLine", "boolean", "true"), ("ApplyParagraphMarkFormatToNumbering", "boolean", "false"),
            ("GutterAtTop", "boolean", "false"), ("TreatSingleColumnBreakAsPageBreak", "boolean", "false"),
            ("EmbedSystemFonts", "boolean", "false"), ("TabOverMargin", "boolean", "false"),
            ("TabOverSpacing", "boolean", "false"), ("HyphenateURLs", "boolean", "false"),
            ("PrinterName", "string", "HP LaserJet M1136 MFP"), ("EmbedOnlyUsedFonts", "boolean", "false"),
            ("ContinuousEndnotes", "boolean", "false"), ("PrinterIndependentLayout", "string", "high-resolution"),
            ("SurroundTextWrapSmall", "boolean", "false"), ("MsWordCompTrailingBlanks", "boolean", "false"),
            ("MsWordCompMinLineHeightByFly", "boolean", "false"), ("ClipAsCharacterAnchoredWriterFlyFrames", "boolean", "false"),
            ("UnbreakableNumberings", "boolean", "false"), ("AllowPrintJobCancel", "boolean", "true"),
            ("UseFormerLineSpacing", "boolean", "false"), ("AddParaSpacingToTableCells", "boolean", "true"),
            ("AddParaLineSpacingToTableCells", "boolean", "true"), ("UseFormerObjectPositioning", "boolean", "false"),
            ("PrintRightPages", "boolean", "true"), ("IsLabelDocument", "boolean", "false"),
            ("AddFrameOffsets", "boolean", "false"), ("AddExternalLeading", "boolean", "true"),
            ("UseOldNumbering", "boolean", "false"), ("OutlineLevelYieldsNumbering", "boolean", "false"),
            ("DoNotCaptureDrawObjsOnPage", "boolean", "false"), ("SaveVersionOnClose", "boolean", "false"),
            ("PrintEmptyPages", "boolean", "false"), ("PrintSingleJobs", "boolean", "false"),
            ("AllowPrintJobCancel", "boolean", "true"), ("CharacterCompressionType", "short", "0"),
            ("PrintFaxName", "string", ""), ("ChartAutoUpdate", "boolean", "true"),
            ("IsKernAsianPunctuation", "boolean", "false"), ("AlignTabStopPosition", "boolean", "true"),
            ("CurrentDatabaseDataSource", "string", ""), ("UpdateFromTemplate", "boolean", "true"),
            ("RedlineProtectionKey", "base64Binary", ""), ("RsidRoot", "int", "310754"),
            ("Rsid", "int", "1298633"), ("SaveThumbnail", "boolean", "true")]
    confxml = "".join(item(n, t, escape(v)) for n, t, v in conf)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-settings xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:ooo="http://openoffice.org/2004/office" office:version="1.3"><office:settings>'
            '<config:config-item-set config:name="ooo:view-settings">%s'
            '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>%s'
            '</config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set>'
            '<config:config-item-set config:name="ooo:configuration-settings">%s</config:config-item-set>'
            '</office:settings></office:document-settings>' % (view, v2, confxml))


MANIFEST_RDF = ('<?xml version="1.0" encoding="utf-8"?>\n'
                '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
                '  <rdf:Description rdf:about="styles.xml">\n'
                '    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/odf#StylesFile"/>\n'
                '  </rdf:Description>\n'
                '  <rdf:Description rdf:about="">\n'
                '    <ns0:hasPart xmlns:ns0="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#" rdf:resource="styles.xml"/>\n'
                '  </rdf:Description>\n'
                '  <rdf:Description rdf:about="content.xml">\n'
                '    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/odf#ContentFile"/>\n'
                '  </rdf:Description>\n'
                '  <rdf:Description rdf:about="">\n'
                '    <ns0:hasPart xmlns:ns0="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#" rdf:resource="content.xml"/>\n'
                '  </rdf:Description>\n'
                '  <rdf:Description rdf:about="">\n'
                '    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#Document"/>\n'
                '  </rdf:Description>\n'
                '</rdf:RDF>\n')

MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3" '
            'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0">\n'
            ' <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.text"/>\n'
            ' <manifest:file-entry manifest:full-path="Configurations2/" manifest:media-type="application/vnd.sun.xml.ui.configuration"/>\n'
            ' <manifest:file-entry manifest:full-path="manifest.rdf" manifest:media-type="application/rdf+xml"/>\n'
            ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="Thumbnails/thumbnail.png" manifest:media-type="image/png"/>\n'
            ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
            '</manifest:manifest>')


def thumbnail(blocks, meta):
    """A 181x256 PNG of page 1: white page, grey bars for lines, darker bars for headings."""
    w, h = 181, 256
    px = [[255] * w for _ in range(h)]

    def bar(y, x0, x1, shade, thick=2):
        for yy in range(y, min(h, y + thick)):
            for xx in range(max(0, x0), min(w, x1)):
                px[yy][xx] = shade

    y = 20
    bar(y, 40, 141, 60, 5)
    y += 10
    bar(y, 30, 151, 150, 2)
    y += 10
    for b in blocks:
        if y > h - 20:
            break
        if b[0] == "h":
            bar(y, 17, 17 + min(140, len(b[2]) * 3), 90 if b[1] == 1 else 110, 3)
            y += 8
        elif b[0] == "p":
            n = max(1, len(b[1]) // 88 + 1)
            for i in range(n):
                bar(y, 17, 164 if i < n - 1 else 17 + (len(b[1]) % 88) * 147 // 88, 180)
                y += 4
            y += 3
        elif b[0] == "list":
            for ind, t in b[2]:
                n = max(1, len(t) // 80 + 1)
                bar(y, 24 + 4 * ind, 26 + 4 * ind, 120)
                for i in range(n):
                    bar(y, 30 + 4 * ind, 164 if i < n - 1 else 30 + (len(t) % 80) * 134 // 80, 180)
                    y += 4
                y += 1
            y += 3
    raw = b"".join(b"\0" + bytes(v for p in row for v in (p, p, p)) for row in px)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def stats_of(meta, blocks, ctx):
    words = len(meta["title"].split()) + len(meta["subtitle"].split())
    chars = len(meta["title"]) + len(meta["subtitle"])
    nonws = len(re.sub(r"\s", "", meta["title"] + meta["subtitle"]))
    paras = 2
    texts = []
    for b in blocks:
        if b[0] == "h":
            texts.append(b[2])
        elif b[0] == "p":
            texts.append(b[1])
        elif b[0] == "list":
            texts.extend(t for _, t in b[2])
        else:
            texts.extend(c for r in b[1] for c in r)
    for t in texts:
        plain = re.sub(r"\{comment:.+?\}", "", t)
        plain = re.sub(r"\[\^(.+?)\]", r" \1", plain).replace("**", "")
        words += len(plain.split())
        chars += len(plain)
        nonws += len(re.sub(r"\s", "", plain))
        paras += 1
    return {"pages": ctx.pages, "paras": paras, "words": words, "chars": chars, "nonws": nonws}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, blocks = parse(open(SRC, encoding="utf-8").read())
    content, ctx = content_xml(meta, blocks)
    stats = stats_of(meta, blocks, ctx)
    entries = [("mimetype", b"application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)]
    for d in ("Configurations2/toolpanel/", "Configurations2/menubar/", "Configurations2/popupmenu/",
              "Configurations2/floater/", "Configurations2/toolbar/", "Configurations2/progressbar/",
              "Configurations2/images/Bitmaps/", "Configurations2/statusbar/", "Configurations2/accelerator/"):
        entries.append((d, b"", zipfile.ZIP_STORED))
    entries += [("manifest.rdf", MANIFEST_RDF.encode("utf-8"), zipfile.ZIP_DEFLATED),
                ("meta.xml", meta_xml(meta, stats).encode("utf-8"), zipfile.ZIP_DEFLATED),
                ("settings.xml", settings_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
                ("content.xml", content.encode("utf-8"), zipfile.ZIP_DEFLATED),
                ("Thumbnails/thumbnail.png", thumbnail(blocks, meta), zipfile.ZIP_DEFLATED),
                ("styles.xml", styles_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
                ("META-INF/manifest.xml", MANIFEST.encode("utf-8"), zipfile.ZIP_DEFLATED)]
    with zipfile.ZipFile(out, "w") as z:
        for name, data, comp in entries:
            zi = zipfile.ZipInfo(name, date_time=SAVED)
            zi.compress_type = comp
            zi.create_system = 0
            zi.create_version = 20
            zi.extract_version = 20
            if name.endswith("/"):
                zi.external_attr = 0x10
            z.writestr(zi, data)


if __name__ == "__main__":
    main()
