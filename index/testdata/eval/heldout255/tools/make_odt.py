#!/usr/bin/python3
"""Re-make docs/rti-commissions-2019-amendment.odt from tools/rti-commissions-2019-amendment.txt.

Run: /usr/bin/python3 tools/make_odt.py [output path]
Standard library only; the output is byte for byte the same on every run (fixed zip timestamps,
fixed entry order, fixed rsids and ids).

The file is a Writer document as Collabora Online 24.04 (LibreOffice core, served through
Nextcloud Office / WOPI) stores it after three people edited it in the browser:
  - zip: "mimetype" first and stored, then the empty Configurations2/ folders, manifest.rdf,
    meta.xml, settings.xml, content.xml, Thumbnails/thumbnail.png, styles.xml and
    META-INF/manifest.xml (listed in that order in the manifest too);
  - every XML part is one long line after the XML declaration (ODF 1.3 with LibreOffice's
    namespace list), meta.xml names the generator "Collabora_Office/24.04...";
  - content.xml starts with the tracked changes (text:tracked-changes, track-changes on) whose
    regions hold one deletion and two insertions by co-editors; comments are office:annotation
    elements with office:annotation-end ranges (one marked resolved); automatic styles P1..Pn
    and T1..Tn carry officeooo rsids; soft page breaks as Writer's layout left them;
  - styles.xml has the master page with a header line and a "Page N of M" footer.
"""
import os
import re
import struct
import sys
import zipfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "rti-commissions-2019-amendment.txt")
OUT = os.path.join(HERE, "..", "docs", "rti-commissions-2019-amendment.odt")
ZIP_DATE = (2025, 9, 16, 17, 44, 52)   # server clock (UTC) when the last save went through WOPI

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
      'xmlns:c="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" '
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
      'xmlns:field="urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"')

XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'

FONTS = ('<office:font-face-decls>'
         '<style:font-face style:name="Carlito" svg:font-family="Carlito" '
         'style:font-family-generic="swiss" style:font-pitch="variable"/>'
         '<style:font-face style:name="DejaVu Sans" svg:font-family="&apos;DejaVu Sans&apos;" '
         'style:font-family-generic="system" style:font-pitch="variable"/>'
         '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" '
         'style:font-family-generic="swiss" style:font-pitch="variable"/>'
         '<style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" '
         'style:font-family-generic="roman" style:font-pitch="variable"/>'
         '<style:font-face style:name="Noto Sans CJK SC" svg:font-family="&apos;Noto Sans CJK SC&apos;" '
         'style:font-family-generic="system" style:font-pitch="variable"/>'
         '<style:font-face style:name="Noto Sans Devanagari" '
         'svg:font-family="&apos;Noto Sans Devanagari&apos;" style:font-family-generic="system" '
         'style:font-pitch="variable"/>'
         '<style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol" '
         'style:font-charset="x-symbol"/>'
         '</office:font-face-decls>')

# --------------------------------------------------------------------------- text helpers


def autocorrect(s, before=" "):
    """Writer's AutoCorrect while typing: typographic quotes, en dash, arrow. `before` is the
    character typed just before this run (quotes open or close depending on it)."""
    s = s.replace(" - ", " \u2013 ").replace("->", "\u2192")
    out = []
    for i, ch in enumerate(s):
        prev = s[i - 1] if i else before
        if ch == '"':
            out.append("\u201c" if prev in " (\u2013/" else "\u201d")
        elif ch == "'":
            out.append("\u2018" if prev in " (" else "\u2019")
        else:
            out.append(ch)
    return "".join(out)


def esc(s):
    s = escape(s)
    return re.sub(r"  +", lambda m: " <text:s/>" if len(m.group()) == 2 else
                  ' <text:s text:c="%d"/>' % (len(m.group()) - 1), s)


class Doc:
    def __init__(self):
        self.changes = []        # (id, kind, author, date, deleted_xml)
        self.ann = 0
        self.list_no = 0
        self.pstyles = []        # automatic paragraph styles, in order of first use
        self.tstyles = []

    # automatic styles are named in order of first use, as Writer does when saving
    def pstyle(self, key):
        if key not in self.pstyles:
            self.pstyles.append(key)
        return "P%d" % (self.pstyles.index(key) + 1)

    def tstyle(self, key):
        if key not in self.tstyles:
            self.tstyles.append(key)
        return "T%d" % (self.tstyles.index(key) + 1)

    def change_id(self):
        return "ct%d" % (94873351239040 + 167 * 16 * (len(self.changes) + 1) + 48)

    def inline(self, s, para_style):
        parts = re.split(r"(\*\*.+?\*\*|\{\+.+?\+\}|\{-.+?-\}|\[\[.+?\]\])", s)
        out = []
        prev = " "
        for p in parts:
            if not p:
                continue
            if p.startswith("**"):
                out.append('<text:span text:style-name="%s">%s</text:span>'
                           % (self.tstyle("bold"), esc(autocorrect(p[2:-2]))))
            elif p.startswith("{+"):
                text, author, date = p[2:-2].split("|")
                cid = self.change_id()
                self.changes.append((cid, "insertion", author, date, ""))
                out.append('<text:change-start text:change-id="%s"/>%s<text:change-end text:change-id="%s"/>'
                           % (cid, esc(autocorrect(text)), cid))
            elif p.startswith("{-"):
                text, author, date = p[2:-2].split("|")
                cid = self.change_id()
                self.changes.append((cid, "deletion", author, date,
                                     '<text:p text:style-name="%s">%s</text:p>'
                                     % (para_style, esc(autocorrect(text)))))
                out.append('<text:change text:change-id="%s"/>' % cid)
            elif p.startswith("[["):
                text, author, initials, date, comment = p[2:-2].split("|")
                self.ann += 1
                name = "__Annotation__%d_%d" % (52 + self.ann * 11, 1829304751 + self.ann * 2741)
                resolved = ' loext:resolved="true"' if initials == "JM" else ""
                out.append('<office:annotation office:name="%s"%s><dc:creator>%s</dc:creator>'
                           '<dc:date>%s.%09d</dc:date><meta:creator-initials>%s</meta:creator-initials>'
                           '<text:p text:style-name="%s"><text:span text:style-name="%s">%s</text:span>'
                           '</text:p></office:annotation>%s<office:annotation-end office:name="%s"/>'
                           % (name, resolved, esc(author), date, 318000000 + self.ann * 104729000,
                              initials, self.pstyle("comment"), self.tstyle("comment"),
                              esc(autocorrect(comment)), esc(autocorrect(text)), name))
            else:
                out.append(esc(autocorrect(p, prev)))
            if p.startswith("**"):
                shown = p[2:-2]
            elif p.startswith(("{+", "{-", "[[")):
                shown = p[2:-2].split("|")[0]
            else:
                shown = p
            prev = shown[-1:] or prev
        return "".join(out)

    # ----------------------------------------------------------------------- blocks
    def para(self, key, text, soft=False):
        st = self.pstyle(key)
        return '<text:p text:style-name="%s">%s%s</text:p>' % (
            st, "<text:soft-page-break/>" if soft else "", self.inline(text, st))

    def list_xml(self, items, numbered, soft_at=None):
        self.list_no += 1
        key = "num" if numbered else "bullet"
        st = self.pstyle(key)
        lid = "list%d" % (2398716254 + self.list_no * 104723)
        attrs = ' xml:id="%s" text:style-name="%s"' % (lid, "L2" if numbered else "L1")
        body = []
        for i, it in enumerate(items):
            sp = "<text:soft-page-break/>" if soft_at == i else ""
            body.append('<text:list-item><text:p text:style-name="%s">%s%s</text:p></text:list-item>'
                        % (st, sp, self.inline(it, st)))
        return "<text:list%s>%s</text:list>" % (attrs, "".join(body))

    def table_xml(self, rows):
        cols = ('<table:table-column table:style-name="Table1.A"/>'
                '<table:table-column table:style-name="Table1.B"/>'
                '<table:table-column table:style-name="Table1.C"/>')
        out = ['<table:table table:name="Table1" table:style-name="Table1">', cols]
        for r, row in enumerate(rows):
            cells = [c.strip() for c in row.split(" | ")]
            x = ["<table:table-row>"]
            for c, text in enumerate(cells):
                cst = "Table1.%s%d" % ("C" if c == 2 else "A", 1 if r == 0 else 2)
                pst = self.pstyle("th") if r == 0 else self.pstyle("td")
                x.append('<table:table-cell table:style-name="%s" office:value-type="string">'
                         '<text:p text:style-name="%s">%s</text:p></table:table-cell>'
                         % (cst, pst, self.inline(text, pst)))
            x.append("</table:table-row>")
            if r == 0:
                out.append("<table:table-header-rows>%s</table:table-header-rows>" % "".join(x))
            else:
                out.append("".join(x))
        out.append("</table:table>")
        return "".join(out)


# soft page breaks where Writer's layout put the page ends (A4, 2 cm margins, 12 pt)
SOFT_BEFORE = {"Tenure, salary and removal - the 2005 scheme": "heading",
               "The 2019 Rules": "heading"}
SOFT_IN_LIST = {"Sec 18 complaints": 0, "Some State Commissions": 0}


def body(lines, d):
    out = []
    i = 0
    while i < len(lines):
        s = lines[i].rstrip()
        if not s or s.startswith("%"):
            i += 1
            continue
        if s.startswith("@title "):
            out.append(d.para("title", s[7:]))
        elif s.startswith("@byline "):
            out.append(d.para("byline", s[8:]))
        elif s.startswith("@p "):
            out.append(d.para("body", s[3:]))
        elif s.startswith("@note "):
            out.append(d.para("note", s[6:]))
        elif s.startswith("## ") or s.startswith("# "):
            lvl = 2 if s.startswith("## ") else 1
            text = s[lvl + 1:]
            st = d.pstyle("h%d" % lvl)
            soft = "<text:soft-page-break/>" if text in SOFT_BEFORE else ""
            out.append('<text:h text:style-name="%s" text:outline-level="%d">%s%s</text:h>'
                       % (st, lvl, soft, d.inline(text, st)))
        elif s.startswith("- ") or re.match(r"\d+\. ", s):
            numbered = not s.startswith("- ")
            items = []
            while i < len(lines) and (lines[i].startswith("- ") if not numbered
                                      else re.match(r"\d+\. ", lines[i])):
                items.append(lines[i].rstrip().split(" ", 1)[1])
                i += 1
            soft = None
            for k, it in enumerate(items):
                for key, _ in SOFT_IN_LIST.items():
                    if it.startswith(key):
                        soft = k
            out.append(d.list_xml(items, numbered, soft))
            continue
        elif s == "@table":
            rows = []
            i += 1
            while lines[i].rstrip() != "@endtable":
                rows.append(lines[i].rstrip())
                i += 1
            out.append(d.table_xml(rows))
        else:
            raise SystemExit("unknown line: %r" % s)
        i += 1
    return "".join(out)


RSID = {"title": "0001c2f1", "byline": "0001c2f1", "body": "00035a77", "note": "0004b1d0",
        "h1": "0001c2f1", "h2": "00062e19", "bullet": "00035a77", "num": "0008f3a2",
        "th": "00051d4c", "td": "00051d4c", "comment": "0009a7e5"}


def pstyle_xml(key, name):
    r = RSID[key]
    rs = ' officeooo:paragraph-rsid="%s"' % r
    if key == "title":
        return ('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Title">'
                '<style:text-properties officeooo:rsid="%s"%s/></style:style>' % (name, r, rs))
    if key == "byline":
        return ('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard">'
                '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.353cm" '
                'style:contextual-spacing="false" fo:text-align="center" style:justify-single-word="false"/>'
                '<style:text-properties fo:color="#666666" fo:font-size="9pt" officeooo:rsid="%s"%s '
                'style:font-size-asian="9pt" style:font-size-complex="9pt"/></style:style>' % (name, r, rs))
    if key == "body":
        return ('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Text_20_body">'
                '<style:paragraph-properties fo:text-align="justify" style:justify-single-word="false"/>'
                '<style:text-properties officeooo:rsid="%s"%s/></style:style>' % (name, r, rs))
    if key == "note":
        return ('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Text_20_body">'
                '<style:paragraph-properties fo:margin-left="0.5cm" fo:margin-right="0cm" fo:text-indent="0cm" '
                'style:auto-text-indent="false" fo:background-color="#fff5ce" fo:padding="0.101cm" '
                'fo:border-left="2.26pt solid #ff8000" fo:border-right="none" fo:border-top="none" '
                'fo:border-bottom="none" style:shadow="none"><style:background-image/>'
                '</style:paragraph-properties><style:text-properties fo:font-size="11pt" '
                'officeooo:rsid="%s"%s style:font-size-asian="11pt" style:font-size-complex="11pt"/>'
                '</style:style>' % (name, r, rs))
    if key in ("h1", "h2"):
        return ('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Heading_20_%s">'
                '<style:text-properties officeooo:rsid="%s"%s/></style:style>' % (name, key[1], r, rs))
    if key in ("bullet", "num"):
        return ('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Text_20_body" '
                'style:list-style-name="%s"><style:paragraph-properties fo:margin-top="0cm" '
                'fo:margin-bottom="0.106cm" style:contextual-spacing="false"/>'
                '<style:text-properties officeooo:rsid="%s"%s/></style:style>'
                % (name, "L2" if key == "num" else "L1", r, rs))
    if key == "th":
        return ('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Table_20_Heading">'
                '<style:text-properties fo:font-size="10pt" officeooo:rsid="%s"%s style:font-size-asian="10pt" '
                'style:font-size-complex="10pt"/></style:style>' % (name, r, rs))
    if key == "td":
        return ('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Table_20_Contents">'
                '<style:text-properties fo:font-size="10pt" officeooo:rsid="%s"%s style:font-size-asian="10pt" '
                'style:font-size-complex="10pt"/></style:style>' % (name, r, rs))
    if key == "comment":
        return ('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard">'
                '<style:text-properties officeooo:rsid="%s"%s/></style:style>' % (name, r, rs))
    raise KeyError(key)


def tstyle_xml(key, name):
    if key == "bold":
        return ('<style:style style:name="%s" style:family="text"><style:text-properties fo:font-weight="bold" '
                'officeooo:rsid="0004b1d0" style:font-weight-asian="bold" style:font-weight-complex="bold"/>'
                '</style:style>' % name)
    if key == "comment":
        return ('<style:style style:name="%s" style:family="text"><style:text-properties fo:font-size="9pt" '
                'style:font-name="Carlito" style:font-size-asian="9pt" style:font-size-complex="9pt"/>'
                '</style:style>' % name)
    raise KeyError(key)


def list_style(name, numbered):
    out = ['<text:list-style style:name="%s">' % name]
    for lv in range(1, 11):
        pos = 0.635 * (lv + 1) if numbered else 0.635 * lv + 0.635
        props = ('<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
                 '<style:list-level-label-alignment text:label-followed-by="listtab" '
                 'text:list-tab-stop-position="%scm" fo:text-indent="-0.635cm" fo:margin-left="%scm"/>'
                 '</style:list-level-properties>' % (fmt(pos), fmt(pos)))
        if numbered:
            out.append('<text:list-level-style-number text:level="%d" text:style-name="Numbering_20_Symbols" '
                       'loext:num-list-format="%%%d%%." style:num-suffix="." style:num-format="1">%s'
                       '</text:list-level-style-number>' % (lv, lv, props))
        else:
            out.append('<text:list-level-style-bullet text:level="%d" text:style-name="Bullet_20_Symbols" '
                       'loext:num-list-format="%%%d%%." style:num-suffix="." text:bullet-char="%s">%s'
                       '</text:list-level-style-bullet>'
                       % (lv, lv, "\u2022\u25e6\u25aa"[(lv - 1) % 3], props))
    out.append("</text:list-style>")
    return "".join(out)


def fmt(x):
    s = ("%.3f" % x).rstrip("0").rstrip(".")
    return s


TABLE_STYLES = (
    '<style:style style:name="Table1" style:family="table"><style:table-properties style:width="17cm" '
    'table:align="margins"/></style:style>'
    '<style:style style:name="Table1.A" style:family="table-column"><style:table-column-properties '
    'style:column-width="3.969cm" style:rel-column-width="15327*"/></style:style>'
    '<style:style style:name="Table1.B" style:family="table-column"><style:table-column-properties '
    'style:column-width="5.556cm" style:rel-column-width="21451*"/></style:style>'
    '<style:style style:name="Table1.C" style:family="table-column"><style:table-column-properties '
    'style:column-width="7.475cm" style:rel-column-width="28757*"/></style:style>'
    '<style:style style:name="Table1.A1" style:family="table-cell"><style:table-cell-properties '
    'fo:background-color="#dee6ef" fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" '
    'fo:border-right="none" fo:border-top="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000">'
    '<style:background-image/></style:table-cell-properties></style:style>'
    '<style:style style:name="Table1.C1" style:family="table-cell"><style:table-cell-properties '
    'fo:background-color="#dee6ef" fo:padding="0.097cm" fo:border="0.5pt solid #000000">'
    '<style:background-image/></style:table-cell-properties></style:style>'
    '<style:style style:name="Table1.A2" style:family="table-cell"><style:table-cell-properties '
    'fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" fo:border-right="none" '
    'fo:border-top="none" fo:border-bottom="0.5pt solid #000000"/></style:style>'
    '<style:style style:name="Table1.C2" style:family="table-cell"><style:table-cell-properties '
    'fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" fo:border-right="0.5pt solid #000000" '
    'fo:border-top="none" fo:border-bottom="0.5pt solid #000000"/></style:style>')

SEQ = ('<text:sequence-decls>'
       '<text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
       '<text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
       '<text:sequence-decl text:display-outline-level="0" text:name="Text"/>'
       '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/>'
       '<text:sequence-decl text:display-outline-level="0" text:name="Figure"/>'
       '</text:sequence-decls>')


def content_xml():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    d = Doc()
    text = body(lines, d)
    regions = []
    for cid, kind, author, date, deleted in d.changes:
        info = ('<office:change-info><dc:creator>%s</dc:creator><dc:date>%s</dc:date></office:change-info>'
                % (escape(author), date))
        regions.append('<text:changed-region xml:id="%s" text:id="%s"><text:%s>%s%s</text:%s>'
                       '</text:changed-region>' % (cid, cid, kind, info, deleted, kind))
    tracked = '<text:tracked-changes text:track-changes="true">%s</text:tracked-changes>' % "".join(regions)
    auto = ['<office:automatic-styles>', TABLE_STYLES]
    auto += [pstyle_xml(k, "P%d" % (n + 1)) for n, k in enumerate(d.pstyles)]
    auto += [tstyle_xml(k, "T%d" % (n + 1)) for n, k in enumerate(d.tstyles)]
    auto += [list_style("L1", False), list_style("L2", True), '</office:automatic-styles>']
    return (XML_HEAD + '<office:document-content ' + NS + ' office:version="1.3">'
            '<office:scripts/>' + FONTS + "".join(auto) +
            '<office:body><office:text>' + tracked + SEQ + text +
            '</office:text></office:body></office:document-content>')


# --------------------------------------------------------------------------- styles.xml


def pdef(name, display, parent, nxt, klass, inner):
    a = '<style:style style:name="%s"' % name
    if display:
        a += ' style:display-name="%s"' % display
    a += ' style:family="paragraph"'
    if parent:
        a += ' style:parent-style-name="%s"' % parent
    if nxt:
        a += ' style:next-style-name="%s"' % nxt
    return a + ' style:class="%s">%s</style:style>' % (klass, inner)


STYLES_XML = (
    XML_HEAD + '<office:document-styles ' + NS + ' office:version="1.3">' + FONTS +
    '<office:styles>'
    '<draw:gradient draw:name="gradient" draw:style="linear" draw:start-color="#000000" '
    'draw:end-color="#ffffff" draw:start-intensity="100%" draw:end-intensity="100%" draw:angle="0deg" '
    'draw:border="0%"/>'
    '<draw:hatch draw:name="hatch" draw:style="single" draw:color="#3465a4" draw:distance="0.02cm" '
    'draw:rotation="0"/>'
    '<style:default-style style:family="graphic"><style:graphic-properties svg:stroke-color="#3465a4" '
    'draw:fill-color="#729fcf" fo:wrap-option="no-wrap" draw:shadow-offset-x="0.3cm" '
    'draw:shadow-offset-y="0.3cm" draw:start-line-spacing-horizontal="0.283cm" '
    'draw:start-line-spacing-vertical="0.283cm" draw:end-line-spacing-horizontal="0.283cm" '
    'draw:end-line-spacing-vertical="0.283cm" style:flow-with-text="false"/><style:paragraph-properties '
    'style:text-autospace="ideograph-alpha" style:line-break="strict" loext:tab-stop-distance="0cm" '
    'style:writing-mode="lr-tb" style:font-independent-line-spacing="false"><style:tab-stops/>'
    '</style:paragraph-properties><style:text-properties style:use-window-font-color="true" '
    'loext:opacity="0%" style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="en" '
    'fo:country="IN" style:letter-kerning="true" style:font-name-asian="Noto Sans CJK SC" '
    'style:font-size-asian="10.5pt" style:language-asian="zh" style:country-asian="CN" '
    'style:font-name-complex="Noto Sans Devanagari" style:font-size-complex="12pt" '
    'style:language-complex="hi" style:country-complex="IN"/></style:default-style>'
    '<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" '
    'fo:widows="2" fo:hyphenation-ladder-count="no-limit" fo:hyphenation-keep="auto" '
    'loext:hyphenation-keep-type="column" style:text-autospace="ideograph-alpha" '
    'style:punctuation-wrap="hanging" style:line-break="strict" style:tab-stop-distance="1.251cm" '
    'style:writing-mode="page"/><style:text-properties style:use-window-font-color="true" '
    'style:font-name="Liberation Serif" fo:font-size="12pt" fo:language="en" fo:country="IN" '
    'style:letter-kerning="true" style:font-name-asian="Noto Sans CJK SC" style:font-size-asian="10.5pt" '
    'style:language-asian="zh" style:country-asian="CN" style:font-name-complex="Noto Sans Devanagari" '
    'style:font-size-complex="12pt" style:language-complex="hi" style:country-complex="IN" '
    'fo:hyphenate="false" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2" '
    'loext:hyphenation-no-caps="false" loext:hyphenation-no-last-word="false" '
    'loext:hyphenation-word-char-count="5" loext:hyphenation-zone="no-limit"/></style:default-style>'
    '<style:default-style style:family="table"><style:table-properties table:border-model="collapsing"/>'
    '</style:default-style>'
    '<style:default-style style:family="table-row"><style:table-row-properties fo:keep-together="auto"/>'
    '</style:default-style>'
    '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
    + pdef("Heading", None, "Standard", "Text_20_body", "text",
           '<style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" '
           'style:contextual-spacing="false" fo:keep-with-next="always"/><style:text-properties '
           'style:font-name="Liberation Sans" fo:font-family="&apos;Liberation Sans&apos;" '
           'style:font-family-generic="swiss" style:font-pitch="variable" fo:font-size="14pt" '
           'style:font-name-asian="Noto Sans CJK SC" style:font-family-asian="&apos;Noto Sans CJK SC&apos;" '
           'style:font-family-generic-asian="system" style:font-pitch-asian="variable" '
           'style:font-size-asian="14pt" style:font-name-complex="Noto Sans Devanagari" '
           'style:font-family-complex="&apos;Noto Sans Devanagari&apos;" '
           'style:font-family-generic-complex="system" style:font-pitch-complex="variable" '
           'style:font-size-complex="14pt"/>')
    + pdef("Text_20_body", "Body Text", "Standard", None, "text",
           '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.247cm" '
           'style:contextual-spacing="false" fo:line-height="115%"/>')
    + pdef("List", None, "Text_20_body", None, "list",
           '<style:text-properties style:font-size-asian="12pt" '
           'style:font-name-complex="Noto Sans Devanagari" '
           'style:font-family-complex="&apos;Noto Sans Devanagari&apos;" '
           'style:font-family-generic-complex="system" style:font-pitch-complex="variable"/>')
    + pdef("Caption", None, "Standard", None, "extra",
           '<style:paragraph-properties fo:margin-top="0.212cm" fo:margin-bottom="0.212cm" '
           'style:contextual-spacing="false" text:number-lines="false" text:line-number="0"/>'
           '<style:text-properties fo:font-size="12pt" fo:font-style="italic" style:font-size-asian="12pt" '
           'style:font-style-asian="italic" style:font-size-complex="12pt" style:font-style-complex="italic"/>')
    + pdef("Index", None, "Standard", None, "index",
           '<style:paragraph-properties text:number-lines="false" text:line-number="0"/>')
    + pdef("Title", None, "Heading", "Subtitle", "chapter",
           '<style:paragraph-properties fo:text-align="center" style:justify-single-word="false"/>'
           '<style:text-properties fo:font-size="28pt" fo:font-weight="bold" style:font-size-asian="28pt" '
           'style:font-weight-asian="bold" style:font-size-complex="28pt" style:font-weight-complex="bold"/>')
    + '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" '
      'style:parent-style-name="Heading" style:next-style-name="Text_20_body" '
      'style:default-outline-level="1" style:class="text"><style:paragraph-properties '
      'fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" style:contextual-spacing="false"/>'
      '<style:text-properties fo:font-size="130%" fo:font-weight="bold" style:font-size-asian="130%" '
      'style:font-weight-asian="bold" style:font-size-complex="130%" style:font-weight-complex="bold"/>'
      '</style:style>'
      '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" '
      'style:parent-style-name="Heading" style:next-style-name="Text_20_body" '
      'style:default-outline-level="2" style:class="text"><style:paragraph-properties '
      'fo:margin-top="0.353cm" fo:margin-bottom="0.212cm" style:contextual-spacing="false"/>'
      '<style:text-properties fo:font-size="115%" fo:font-weight="bold" style:font-size-asian="115%" '
      'style:font-weight-asian="bold" style:font-size-complex="115%" style:font-weight-complex="bold"/>'
      '</style:style>'
    + pdef("Header_20_and_20_Footer", "Header and Footer", "Standard", None, "extra",
           '<style:paragraph-properties text:number-lines="false" text:line-number="0">'
           '<style:tab-stops><style:tab-stop style:position="8.5cm" style:type="center"/>'
           '<style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops>'
           '</style:paragraph-properties>')
    + pdef("Header", None, "Header_20_and_20_Footer", None, "extra",
           '<style:paragraph-properties text:number-lines="false" text:line-number="0">'
           '<style:tab-stops><style:tab-stop style:position="8.5cm" style:type="center"/>'
           '<style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops>'
           '</style:paragraph-properties><style:text-properties fo:color="#808080" fo:font-size="9pt" '
           'style:font-size-asian="9pt" style:font-size-complex="9pt"/>')
    + pdef("Footer", None, "Header_20_and_20_Footer", None, "extra",
           '<style:paragraph-properties fo:text-align="center" style:justify-single-word="false" '
           'text:number-lines="false" text:line-number="0"><style:tab-stops>'
           '<style:tab-stop style:position="8.5cm" style:type="center"/>'
           '<style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops>'
           '</style:paragraph-properties><style:text-properties fo:font-size="9pt" '
           'style:font-size-asian="9pt" style:font-size-complex="9pt"/>')
    + pdef("Table_20_Contents", "Table Contents", "Standard", None, "extra",
           '<style:paragraph-properties fo:orphans="0" fo:widows="0" text:number-lines="false" '
           'text:line-number="0"/>')
    + pdef("Table_20_Heading", "Table Heading", "Table_20_Contents", None, "extra",
           '<style:paragraph-properties fo:text-align="center" style:justify-single-word="false" '
           'text:number-lines="false" text:line-number="0"/><style:text-properties fo:font-weight="bold" '
           'style:font-weight-asian="bold" style:font-weight-complex="bold"/>')
    + '<style:style style:name="Bullet_20_Symbols" style:display-name="Bullet Symbols" style:family="text">'
      '<style:text-properties style:font-name="OpenSymbol" fo:font-family="OpenSymbol" '
      'style:font-charset="x-symbol" style:font-name-asian="OpenSymbol" style:font-family-asian="OpenSymbol" '
      'style:font-charset-asian="x-symbol" style:font-name-complex="OpenSymbol" '
      'style:font-family-complex="OpenSymbol" style:font-charset-complex="x-symbol"/></style:style>'
      '<style:style style:name="Numbering_20_Symbols" style:display-name="Numbering Symbols" '
      'style:family="text"/>'
    + '<text:outline-style style:name="Outline">' + "".join(
        '<text:outline-level-style text:level="%d" loext:num-list-format="" style:num-format="">'
        '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        '<style:list-level-label-alignment text:label-followed-by="listtab"/></style:list-level-properties>'
        '</text:outline-level-style>' % lv for lv in range(1, 11)) + '</text:outline-style>'
    '<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" '
    'text:footnotes-position="page" text:start-numbering-at="document"/>'
    '<text:notes-configuration text:note-class="endnote" style:num-format="i" text:start-value="0"/>'
    '<text:linenumbering-configuration text:number-lines="false" text:offset="0.499cm" '
    'style:num-format="1" text:number-position="left" text:increment="5"/>'
    '<loext:theme loext:name="Office"><loext:theme-colors loext:name="LibreOffice">'
    '<loext:color loext:name="dark1" loext:color="#000000"/><loext:color loext:name="light1" '
    'loext:color="#ffffff"/><loext:color loext:name="dark2" loext:color="#000000"/>'
    '<loext:color loext:name="light2" loext:color="#ffffff"/><loext:color loext:name="accent1" '
    'loext:color="#18a303"/><loext:color loext:name="accent2" loext:color="#0369a3"/>'
    '<loext:color loext:name="accent3" loext:color="#a33e03"/><loext:color loext:name="accent4" '
    'loext:color="#8e03a3"/><loext:color loext:name="accent5" loext:color="#c99c00"/>'
    '<loext:color loext:name="accent6" loext:color="#c9211e"/><loext:color loext:name="hyperlink" '
    'loext:color="#000080"/><loext:color loext:name="followed-hyperlink" loext:color="#800000"/>'
    '</loext:theme-colors></loext:theme>'
    '</office:styles>'
    '<office:automatic-styles>'
    '<style:style style:name="MP1" style:family="paragraph" style:parent-style-name="Header">'
    '<style:text-properties officeooo:paragraph-rsid="0001c2f1"/></style:style>'
    '<style:style style:name="MP2" style:family="paragraph" style:parent-style-name="Footer">'
    '<style:text-properties officeooo:paragraph-rsid="0001c2f1"/></style:style>'
    '<style:page-layout style:name="Mpm1"><style:page-layout-properties fo:page-width="21.001cm" '
    'fo:page-height="29.7cm" style:num-format="1" style:print-orientation="portrait" fo:margin-top="2cm" '
    'fo:margin-bottom="2cm" fo:margin-left="2cm" fo:margin-right="2cm" style:writing-mode="lr-tb" '
    'style:footnote-max-height="0cm" loext:margin-gutter="0cm"><style:footnote-sep style:width="0.018cm" '
    'style:distance-before-sep="0.101cm" style:distance-after-sep="0.101cm" style:line-style="solid" '
    'style:adjustment="left" style:rel-width="25%" style:color="#000000"/></style:page-layout-properties>'
    '<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-left="0cm" '
    'fo:margin-right="0cm" fo:margin-bottom="0.499cm"/></style:header-style>'
    '<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-left="0cm" '
    'fo:margin-right="0cm" fo:margin-top="0.499cm"/></style:footer-style></style:page-layout>'
    '<style:style style:name="Mdp1" style:family="drawing-page"><style:drawing-page-properties '
    'draw:background-size="full"/></style:style>'
    '</office:automatic-styles>'
    '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Mpm1" '
    'draw:style-name="Mdp1"><style:header><text:p text:style-name="MP1">RTI notes (shared) '
    '\u2013 Nextcloud/GS2<text:tab/><text:tab/>last edit: 16 Sep 2025</text:p></style:header>'
    '<style:footer><text:p text:style-name="MP2">Page <text:page-number text:select-page="current">1'
    '</text:page-number> of <text:page-count style:num-format="1">4</text:page-count></text:p>'
    '</style:footer></style:master-page></office:master-styles></office:document-styles>')

MANIFEST_RDF = (
    '<?xml version="1.0" encoding="utf-8"?>\n'
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
    '  <rdf:Description rdf:about="content.xml">\n'
    '    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/odf#ContentFile"/>\n'
    '  </rdf:Description>\n'
    '  <rdf:Description rdf:about="">\n'
    '    <ns0:hasPart xmlns:ns0="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#" rdf:resource="content.xml"/>\n'
    '  </rdf:Description>\n'
    '  <rdf:Description rdf:about="styles.xml">\n'
    '    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/odf#StylesFile"/>\n'
    '  </rdf:Description>\n'
    '  <rdf:Description rdf:about="">\n'
    '    <ns0:hasPart xmlns:ns0="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#" rdf:resource="styles.xml"/>\n'
    '  </rdf:Description>\n'
    '  <rdf:Description rdf:about="">\n'
    '    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#Document"/>\n'
    '  </rdf:Description>\n'
    '</rdf:RDF>\n')

CONFIG_DIRS = ["Configurations2/accelerator/", "Configurations2/images/Bitmaps/",
               "Configurations2/toolpanel/", "Configurations2/floater/", "Configurations2/statusbar/",
               "Configurations2/toolbar/", "Configurations2/progressbar/", "Configurations2/popupmenu/",
               "Configurations2/menubar/"]

MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'manifest:version="1.3" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0">\n'
    ' <manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
    'manifest:media-type="application/vnd.oasis.opendocument.text"/>\n'
    ' <manifest:file-entry manifest:full-path="Configurations2/" '
    'manifest:media-type="application/vnd.sun.xml.ui.configuration"/>\n'
    ' <manifest:file-entry manifest:full-path="manifest.rdf" manifest:media-type="application/rdf+xml"/>\n'
    ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
    ' <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>\n'
    ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
    ' <manifest:file-entry manifest:full-path="Thumbnails/thumbnail.png" manifest:media-type="image/png"/>\n'
    ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
    '</manifest:manifest>\n')


def ci(name, typ, value):
    if value == "":
        return '<config:config-item config:name="%s" config:type="%s"/>' % (name, typ)
    return '<config:config-item config:name="%s" config:type="%s">%s</config:config-item>' % (name, typ, value)


CONF = [("PrintProspectRTL", "boolean", "false"), ("PrintLeftPages", "boolean", "true"),
        ("PrintTables", "boolean", "true"), ("PrintControls", "boolean", "true"),
        ("PrintPageBackground", "boolean", "true"), ("PrintDrawings", "boolean", "true"),
        ("PrintBlackFonts", "boolean", "false"), ("PrintAnnotationMode", "short", "0"),
        ("PrintTextPlaceholder", "boolean", "false"), ("ProtectFields", "boolean", "false"),
        ("ProtectBookmarks", "boolean", "false"), ("EmptyDbFieldHidesPara", "boolean", "true"),
        ("DisableOffPagePositioning", "boolean", "false"), ("SubtractFlysAnchoredAtFlys", "boolean", "false"),
        ("PropLineSpacingShrinksFirstLine", "boolean", "true"), ("ApplyParagraphMarkFormatToNumbering", "boolean", "true"),
        ("GutterAtTop", "boolean", "false"), ("TreatSingleColumnBreakAsPageBreak", "boolean", "false"),
        ("EmbedSystemFonts", "boolean", "false"), ("TabOverSpacing", "boolean", "false"),
        ("EmbedAsianScriptFonts", "boolean", "true"), ("EmbedLatinScriptFonts", "boolean", "true"),
        ("EmbedOnlyUsedFonts", "boolean", "false"), ("ContinuousEndnotes", "boolean", "false"),
        ("EmbedComplexScriptFonts", "boolean", "true"), ("ClippedPictures", "boolean", "false"),
        ("FloattableNomargins", "boolean", "false"), ("UnbreakableNumberings", "boolean", "false"),
        ("HeaderSpacingBelowLastPara", "boolean", "false"), ("AllowPrintJobCancel", "boolean", "true"),
        ("UseOldPrinterMetrics", "boolean", "false"), ("TabOverMargin", "boolean", "false"),
        ("TabsRelativeToIndent", "boolean", "true"), ("UseOldNumbering", "boolean", "false"),
        ("InvertBorderSpacing", "boolean", "false"), ("PrintPaperFromSetup", "boolean", "false"),
        ("UpdateFromTemplate", "boolean", "true"), ("CurrentDatabaseCommandType", "int", "0"),
        ("LinkUpdateMode", "short", "1"), ("AddParaSpacingToTableCells", "boolean", "true"),
        ("FrameAutowidthWithMorePara", "boolean", "false"), ("CurrentDatabaseCommand", "string", ""),
        ("PrinterIndependentLayout", "string", "high-resolution"), ("ApplyUserData", "boolean", "true"),
        ("PrintFaxName", "string", ""), ("CurrentDatabaseDataSource", "string", ""),
        ("ClipAsCharacterAnchoredWriterFlyFrames", "boolean", "false"), ("IsKernAsianPunctuation", "boolean", "false"),
        ("SaveThumbnail", "boolean", "true"), ("UseFormerTextWrapping", "boolean", "false"),
        ("AddExternalLeading", "boolean", "true"), ("AddParaTableSpacing", "boolean", "true"),
        ("StylesNoDefault", "boolean", "false"), ("ChartAutoUpdate", "boolean", "true"),
        ("PrinterSetup", "base64Binary", ""), ("AddParaTableSpacingAtStart", "boolean", "true"),
        ("Rsid", "int", "633765"), ("EmbeddedDatabaseName", "string", ""),
        ("FieldAutoUpdate", "boolean", "true"), ("OutlineLevelYieldsNumbering", "boolean", "false"),
        ("FootnoteInColumnToPageEnd", "boolean", "true"), ("AlignTabStopPosition", "boolean", "true"),
        ("CharacterCompressionType", "short", "0"), ("PrinterName", "string", ""),
        ("SaveGlobalDocumentLinks", "boolean", "false"), ("PrinterPaperFromSetup", "boolean", "false"),
        ("UseFormerLineSpacing", "boolean", "false"), ("AddParaLineSpacingToTableCells", "boolean", "true"),
        ("UseFormerObjectPositioning", "boolean", "false"), ("PrintGraphics", "boolean", "true"),
        ("SurroundTextWrapSmall", "boolean", "false"), ("ConsiderTextWrapOnObjPos", "boolean", "false"),
        ("MsWordCompTrailingBlanks", "boolean", "false"), ("TabAtLeftIndentForParagraphsInList", "boolean", "false"),
        ("PrintRightPages", "boolean", "true"), ("IgnoreTabsAndBlanksForLineCalculation", "boolean", "false"),
        ("UseVariableWidthNBSP", "boolean", "false"), ("NoNumberingShowFollowBy", "boolean", "false"),
        ("RedlineProtectionKey", "base64Binary", ""), ("DoNotJustifyLinesWithManualBreak", "boolean", "false"),
        ("PrintProspect", "boolean", "false"), ("PrintEmptyPages", "boolean", "false"),
        ("DoNotResetParaAttrsForNumFont", "boolean", "false"), ("PrintHiddenText", "boolean", "false"),
        ("RsidRoot", "int", "115441"), ("PrintSingleJobs", "boolean", "false"),
        ("BackgroundParaOverDrawings", "boolean", "false"), ("HyphenateURLs", "boolean", "false"),
        ("ProtectForm", "boolean", "false"), ("PrintReversed", "boolean", "false"),
        ("EmbedFonts", "boolean", "false"), ("IsLabelDocument", "boolean", "false")]

SETTINGS = (
    XML_HEAD + '<office:document-settings xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:ooo="http://openoffice.org/2004/office" office:version="1.3"><office:settings>'
    '<config:config-item-set config:name="ooo:view-settings">'
    + ci("ViewAreaTop", "long", "44632") + ci("ViewAreaLeft", "long", "0")
    + ci("ViewAreaWidth", "long", "33126") + ci("ViewAreaHeight", "long", "16482")
    + ci("ShowRedlineChanges", "boolean", "true") + ci("InBrowseMode", "boolean", "false")
    + '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
    + ci("ViewId", "string", "view2") + ci("ViewLeft", "long", "3002") + ci("ViewTop", "long", "52116")
    + ci("VisibleLeft", "long", "0") + ci("VisibleTop", "long", "44632")
    + ci("VisibleRight", "long", "33124") + ci("VisibleBottom", "long", "61112")
    + ci("ZoomType", "short", "0") + ci("ViewLayoutColumns", "short", "1")
    + ci("ViewLayoutBookMode", "boolean", "false") + ci("ZoomFactor", "short", "100")
    + ci("IsSelectedFrame", "boolean", "false") + ci("KeepRatio", "boolean", "false")
    + ci("AnchoredTextOverflowLegacy", "boolean", "false") + ci("LegacySingleLineFontwork", "boolean", "false")
    + ci("ConnectorUseSnapRect", "boolean", "false") + ci("IgnoreBreakAfterMultilineField", "boolean", "false")
    + '</config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set>'
    '<config:config-item-set config:name="ooo:configuration-settings">'
    + "".join(ci(n, t, v) for n, t, v in CONF)
    + '</config:config-item-set></office:settings></office:document-settings>')


def shown_stats(content):
    """Counts for meta:document-statistic from the text Writer shows (deletions left out)."""
    c = re.sub(r"<text:tracked-changes.*?</text:tracked-changes>", "", content)
    c = re.sub(r"<office:annotation .*?</office:annotation>", "", c)
    paras = len(re.findall(r"<text:(?:p|h) ", c.split("<office:body>")[1]))
    text = re.sub(r"<[^>]+>", " ", c.split("<office:body>")[1])
    text = text.replace("&quot;", '"').replace("&amp;", "&").replace("&apos;", "'")
    text = text.replace("&lt;", "<").replace("&gt;", ">")
    words = len(text.split())
    chars = len(re.sub(r"\s+", " ", text).strip())
    nonws = len(re.sub(r"\s+", "", text))
    return paras, words, chars, nonws


def meta_xml(content):
    paras, words, chars, nonws = shown_stats(content)
    return (XML_HEAD + '<office:document-meta xmlns:grddl="http://www.w3.org/2003/g/data-view#" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:ooo="http://openoffice.org/2004/office" xmlns:xlink="http://www.w3.org/1999/xlink" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"><office:meta>'
            '<meta:initial-creator>Nikita Rawat</meta:initial-creator>'
            '<meta:creation-date>2025-09-06T19:12:44.215388120</meta:creation-date>'
            '<dc:date>2025-09-16T23:14:52.734106992</dc:date>'
            '<dc:creator>Nikita Rawat</dc:creator>'
            '<meta:editing-duration>PT6H41M12S</meta:editing-duration>'
            '<meta:editing-cycles>37</meta:editing-cycles>'
            '<meta:document-statistic meta:table-count="1" meta:image-count="0" meta:object-count="0" '
            'meta:page-count="4" meta:paragraph-count="%d" meta:word-count="%d" meta:character-count="%d" '
            'meta:non-whitespace-character-count="%d"/>'
            '<meta:generator>Collabora_Office/24.04.13.2$Linux_X86_64 '
            'LibreOffice_project/5d2a1f1c77e8b0f4e6a9c3d2b1f08e7a6c5d4e3f</meta:generator>'
            '</office:meta></office:document-meta>' % (paras, words, chars, nonws))


# --------------------------------------------------------------------------- thumbnail


def thumbnail():
    """A 181x256 page preview: white page, a bold title bar, grey text lines, one table."""
    w, h = 181, 256
    rows = []
    for y in range(h):
        row = bytearray([255] * (w * 3))

        def shade(x0, x1, v):
            for x in range(max(0, x0), min(w, x1)):
                row[x * 3:x * 3 + 3] = bytes((v, v, v))
        if 14 <= y <= 19:
            shade(38, 143, 40)
        elif 23 <= y <= 24:
            shade(50, 131, 150)
        elif 30 <= y < 150 and (y - 30) % 5 in (0, 1):
            k = (y - 30) // 5
            if k in (0, 8, 16):
                shade(17, 90, 60)
            else:
                shade(17, 164 - (k * 37) % 40, 165)
        elif 156 <= y <= 205:
            if y in (156, 166, 176, 186, 196, 205):
                shade(17, 164, 90)
            elif (y - 156) % 10 in (3, 4, 6, 7):
                shade(21, 50, 170)
                shade(57, 95, 170)
                shade(104, 158, 170)
            for x in (17, 53, 100, 163):
                if x < w:
                    row[x * 3:x * 3 + 3] = bytes((90, 90, 90))
        elif 211 <= y < 245 and (y - 211) % 5 in (0, 1):
            shade(25, 160 - (y * 13) % 30, 165)
        rows.append(b"\x00" + bytes(row))
    raw = b"".join(rows)

    def chunk(t, data):
        return struct.pack(">I", len(data)) + t + data + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def build(out):
    content = content_xml()
    entries = [("mimetype", b"application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)]
    entries += [(d, b"", zipfile.ZIP_STORED) for d in CONFIG_DIRS]
    entries += [
        ("manifest.rdf", MANIFEST_RDF.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("meta.xml", meta_xml(content).encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("settings.xml", SETTINGS.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("content.xml", content.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("Thumbnails/thumbnail.png", thumbnail(), zipfile.ZIP_DEFLATED),
        ("styles.xml", STYLES_XML.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("META-INF/manifest.xml", MANIFEST.encode("utf-8"), zipfile.ZIP_DEFLATED),
    ]
    with zipfile.ZipFile(out, "w") as z:
        for name, data, method in entries:
            info = zipfile.ZipInfo(name, ZIP_DATE)
            info.compress_type = method
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, data, compress_type=method, compresslevel=6)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
