#!/usr/bin/python3
"""Re-make docs/punjab-groundwater-crisis-draft.odt from tools/punjab-groundwater-crisis-draft.txt.

Run: /usr/bin/python3 tools/make_odt.py [OUT]
Standard library only; every run gives the same bytes (fixed zip times, entry order and ids).

The file is a Writer document as desktop LibreOffice 24.8 on Windows saves it after a student
and her mentor worked on it with Edit > Track Changes > Record on:
  - zip: "mimetype" first and stored, the empty Configurations2/ folders, manifest.rdf,
    meta.xml, settings.xml, content.xml, Thumbnails/thumbnail.png, styles.xml and
    META-INF/manifest.xml, all stamped with the local time of the last save;
  - each XML part is one line after the XML declaration (ODF 1.3, LibreOffice's namespaces);
  - content.xml opens with text:tracked-changes (recording on): deletions keep their text only
    inside the changed region (the body has a text:change mark), insertions are marked with
    text:change-start / text:change-end in the body, one insertion is a whole new list item
    (its change-start sits at the end of the item before it), and one change is a tracked
    attribute change (text:format-change, the run made bold);
  - a Table of Contents index (protected section, entry templates for ten levels, an index body
    with one linked entry per heading, a dotted tab and the page number), headings carrying
    __RefHeading___Toc bookmarks, a table with a "Table 1:" caption made with a sequence field,
    footnotes (text:note), a hyperlink, a bordered "box" paragraph, bullet and numbered lists,
    comments (office:annotation ... office:annotation-end) and a reply (loext:parent-name),
    soft page breaks where the layout put them;
  - styles.xml carries the page layout with a header and a "Page N" footer.
"""
import os
import re
import struct
import sys
import zipfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "punjab-groundwater-crisis-draft.txt")
OUT = os.path.join(HERE, "..", "docs", "punjab-groundwater-crisis-draft.odt")
ZIP_DATE = (2025, 12, 7, 23, 2, 52)    # local time (IST) of the last save

NS = ('xmlns:css3t="http://www.w3.org/TR/css3-text/" '
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
      'xmlns:officeooo="http://openoffice.org/2009/office" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:field="urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0"')

XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
GENERATOR = ("LibreOffice/24.8.3.2$Windows_X86_64 "
             "LibreOffice_project/48a6bac9e7e268aeb4c3483fcf825c94556d9f92")

FONTS = ('<office:font-face-decls>'
         '<style:font-face style:name="Calibri" svg:font-family="Calibri" '
         'style:font-family-generic="swiss" style:font-pitch="variable"/>'
         '<style:font-face style:name="Cambria" svg:font-family="Cambria" '
         'style:font-family-generic="roman" style:font-pitch="variable"/>'
         '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" '
         'style:font-family-generic="swiss" style:font-pitch="variable"/>'
         '<style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" '
         'style:font-family-generic="roman" style:font-pitch="variable"/>'
         '<style:font-face style:name="Lucida Sans1" svg:font-family="&apos;Lucida Sans&apos;" '
         'style:font-family-generic="swiss"/>'
         '<style:font-face style:name="Mangal" svg:font-family="Mangal" '
         'style:font-family-generic="system" style:font-pitch="variable"/>'
         '<style:font-face style:name="Microsoft YaHei" svg:font-family="&apos;Microsoft YaHei&apos;" '
         'style:font-family-generic="system" style:font-pitch="variable"/>'
         '<style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol" '
         'style:font-charset="x-symbol"/>'
         '<style:font-face style:name="Segoe UI" svg:font-family="&apos;Segoe UI&apos;" '
         'style:font-family-generic="swiss" style:font-pitch="variable"/>'
         '</office:font-face-decls>')

AUTHORS = {"G": ("Gurleen Kaur Sandhu", "GS"), "R": ("Rajat Bhardwaj", "RB")}
PAGE_WORDS = 430          # words Writer fits on one A4 page of this document (used for the TOC
                          # page numbers, the soft page breaks and meta:page-count)


def esc(s):
    s = escape(s)
    return re.sub(r"  +", lambda m: " <text:s/>" if len(m.group()) == 2 else
                  ' <text:s text:c="%d"/>' % (len(m.group()) - 1), s)


def nanos(date, k):
    return "%s.%09d" % (date, (318000000 + k * 104729017) % 1000000000)


class Doc:
    def __init__(self):
        self.regions = []        # (id, kind, author, date, deleted_xml)
        self.ann = 0
        self.notes = 0
        self.lists = 0
        self.pstyles = []
        self.tstyles = []
        self.words = 0           # running count of shown words, to place page breaks
        self.next_break = PAGE_WORDS
        self.heading_pages = []
        self.bookmarks = 0
        self.breaks = 0

    def pstyle(self, key):
        if key not in self.pstyles:
            self.pstyles.append(key)
        return "P%d" % (self.pstyles.index(key) + 1)

    def tstyle(self, key):
        if key not in self.tstyles:
            self.tstyles.append(key)
        return "T%d" % (self.tstyles.index(key) + 1)

    def new_change(self, kind, who, date, deleted=""):
        cid = "ct%d" % (2187316094576 + 368 * len(self.regions) + 16 * (len(self.regions) % 5))
        name, _ = AUTHORS[who]
        self.regions.append((cid, kind, name, date, deleted))
        return cid

    def annotation(self, who, date, text, parent=None):
        self.ann += 1
        name = "__Annotation__%d_%d" % (317 + self.ann * 23, 1804289383 + self.ann * 846930886 % 999983)
        author, initials = AUTHORS[who]
        extra = ' loext:parent-name="%s"' % parent if parent else ""
        xml = ('<office:annotation office:name="%s"%s><dc:creator>%s</dc:creator>'
               '<dc:date>%s</dc:date><meta:creator-initials>%s</meta:creator-initials>'
               '<text:p text:style-name="%s"><text:span text:style-name="%s">%s</text:span>'
               '</text:p></office:annotation>'
               % (name, extra, escape(author), nanos(date, self.ann), initials,
                  self.pstyle("comment"), self.tstyle("comment"), esc(text)))
        return name, xml

    def inline(self, s, pst):
        """Inline markup to ODF; returns (xml, shown text)."""
        pat = (r"(\*\*.+?\*\*|\{\+.+?\+\}|\{-.+?-\}|\{!.+?!\}|\[\[\^.+?\]\]|\[\[.+?\]\]"
               r"|\(\(.+?\)\)|<<.+?>>)")
        out, shown = [], []
        parent_at, parent_name = None, None
        for p in re.split(pat, s):
            if not p:
                continue
            if p.startswith("**"):
                out.append('<text:span text:style-name="%s">%s</text:span>'
                           % (self.tstyle("bold"), esc(p[2:-2])))
                shown.append(p[2:-2])
            elif p.startswith("{+"):
                head, text = p[2:-2].split("|", 1)
                who, date = head.split(" ")
                cid = self.new_change("insertion", who, date)
                out.append('<text:change-start text:change-id="%s"/>%s'
                           '<text:change-end text:change-id="%s"/>' % (cid, esc(text), cid))
                shown.append(text)
            elif p.startswith("{-"):
                head, text = p[2:-2].split("|", 1)
                who, date = head.split(" ")
                deleted = '<text:p text:style-name="%s">%s</text:p>' % (pst, esc(text))
                cid = self.new_change("deletion", who, date, deleted)
                out.append('<text:change text:change-id="%s"/>' % cid)
            elif p.startswith("{!"):
                head, text = p[2:-2].split("|", 1)
                who, date = head.split(" ")
                cid = self.new_change("format-change", who, date)
                out.append('<text:change-start text:change-id="%s"/><text:span text:style-name="%s">'
                           '%s</text:span><text:change-end text:change-id="%s"/>'
                           % (cid, self.tstyle("bold"), esc(text), cid))
                shown.append(text)
            elif p.startswith("[[^"):
                # a reply is anchored where its parent starts: right after the parent's
                # office:annotation element, before the parent's anchored text
                head, text = p[3:-2].split("|", 1)
                who, date = head.split(" ")
                _, xml = self.annotation(who, date, text, parent=parent_name)
                out.insert(parent_at + 1, xml)
            elif p.startswith("[["):
                head, text, anchor = p[2:-2].split("|", 2)
                who, date = head.split(" ")
                name, xml = self.annotation(who, date, text)
                parent_at, parent_name = len(out), name
                out.append(xml)
                out.append(esc(anchor))
                out.append('<office:annotation-end office:name="%s"/>' % name)
                shown.append(anchor)
            elif p.startswith("(("):
                self.notes += 1
                out.append('<text:note text:id="ftn%d" text:note-class="footnote">'
                           '<text:note-citation>%d</text:note-citation><text:note-body>'
                           '<text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
                           % (self.notes, self.notes, esc(p[2:-2])))
                shown.append("%d" % self.notes)
            elif p.startswith("<<"):
                url, text = p[2:-2].split("|", 1)
                out.append('<text:a xlink:type="simple" xlink:href="%s" text:style-name="Internet_20_link" '
                           'text:visited-style-name="Visited_20_Internet_20_Link">%s</text:a>'
                           % (escape(url), esc(text)))
                shown.append(text)
            else:
                out.append(esc(p))
                shown.append(p)
        return "".join(out), "".join(shown)

    def soft_break(self, text):
        """Writer's layout leaves a soft page break at the top of the paragraph that starts a
        new page; count words to find where the pages end."""
        brk = ""
        if self.words >= self.next_break:
            brk = "<text:soft-page-break/>"
            self.next_break += PAGE_WORDS
            self.breaks += 1
        self.words += len(text.split())
        return brk

    def page(self):
        return self.breaks + 1


def parse(lines):
    blocks = []
    meta = {}
    i = 0
    while i < len(lines):
        s = lines[i].rstrip("\n")
        i += 1
        if not s.strip() or s.startswith("%"):
            continue
        inserted = None
        m = re.match(r"\+([GR]) (\S+) (.*)$", s)
        if m:
            inserted = (m.group(1), m.group(2))
            s = m.group(3)
        if s.startswith("@") and " " in s and s.split(" ", 1)[0][1:] in (
                "initial-creator", "creator", "created", "modified", "cycles", "duration",
                "doc-title", "subject", "keywords"):
            k, v = s[1:].split(" ", 1)
            meta[k] = v
        elif s.startswith("@title "):
            blocks.append(("title", s[7:], inserted))
        elif s.startswith("@subtitle "):
            blocks.append(("subtitle", s[10:], inserted))
        elif s.startswith("@p "):
            blocks.append(("p", s[3:], inserted))
        elif s.startswith("@box "):
            blocks.append(("box", s[5:], inserted))
        elif s == "@toc":
            blocks.append(("toc", "", None))
        elif s.startswith("## "):
            blocks.append(("h2", s[3:], inserted))
        elif s.startswith("# "):
            blocks.append(("h1", s[2:], inserted))
        elif s.startswith("- "):
            blocks.append(("bullet", s[2:], inserted))
        elif s.startswith("[[^"):
            blocks.append(("reply", s, None))
        elif re.match(r"\d+\. ", s):
            blocks.append(("num", s.split(" ", 1)[1], inserted))
        elif s.startswith("@table "):
            rows = []
            while lines[i].rstrip("\n") != "@endtable":
                rows.append([c.strip() for c in lines[i].rstrip("\n").split(" | ")])
                i += 1
            i += 1
            blocks.append(("table", (s[7:], rows), None))
        else:
            raise SystemExit("unknown line: %r" % s)
    # a reply line belongs to the paragraph above it
    merged = []
    for b in blocks:
        if b[0] == "reply":
            kind, text, ins = merged[-1]
            merged[-1] = (kind, text + b[1], ins)
        else:
            merged.append(b)
    return meta, merged


def build_body(blocks, d):
    """Returns (body xml without the toc, list of headings, toc position)."""
    parts = []
    headings = []
    toc_at = None
    k = 0
    pending_start = None      # (index in parts, change id) of an inserted paragraph's start mark
    while k < len(blocks):
        kind, text, ins = blocks[k]
        if kind == "toc":
            toc_at = len(parts)
            parts.append(None)
            k += 1
            continue
        if kind in ("bullet", "num"):
            st = d.pstyle(kind)
            d.lists += 1
            lid = "list%d" % (1427598214 + d.lists * 293791)
            items = []
            while k < len(blocks) and blocks[k][0] == kind:
                _, t, ins2 = blocks[k]
                xml, shown = d.inline(t, st)
                brk = d.soft_break(shown)
                if ins2:
                    cid = d.new_change("insertion", ins2[0], ins2[1])
                    # the paragraph break before the new item is part of the insertion
                    items[-1] = items[-1].replace("</text:p></text:list-item>",
                                                  '<text:change-start text:change-id="%s"/>'
                                                  '</text:p></text:list-item>' % cid)
                    xml = xml + '<text:change-end text:change-id="%s"/>' % cid
                items.append('<text:list-item><text:p text:style-name="%s">%s%s</text:p></text:list-item>'
                             % (st, brk, xml))
                k += 1
            parts.append('<text:list xml:id="%s" text:style-name="%s">%s</text:list>'
                         % (lid, "L2" if kind == "num" else "L1", "".join(items)))
            continue
        if kind == "table":
            caption, rows = text
            pst = d.pstyle("caption")
            brk = d.soft_break("Table 1: " + caption)
            parts.append('<text:p text:style-name="%s">%sTable <text:sequence text:ref-name="refTable0" '
                         'text:name="Table" text:formula="ooow:Table+1" style:num-format="1">1'
                         '</text:sequence>: %s</text:p>' % (pst, brk, esc(caption)))
            x = ['<table:table table:name="Table1" table:style-name="Table1">'
                 '<table:table-column table:style-name="Table1.A"/>'
                 '<table:table-column table:style-name="Table1.B"/>'
                 '<table:table-column table:style-name="Table1.C"/>']
            for r, row in enumerate(rows):
                cells = []
                for c, cell in enumerate(row):
                    cst = "Table1.%s%d" % ("C" if c == 2 else "A", 1 if r == 0 else 2)
                    pst = d.pstyle("th" if r == 0 else "td")
                    xml, shown = d.inline(cell, pst)
                    d.words += len(shown.split())
                    cells.append('<table:table-cell table:style-name="%s" office:value-type="string">'
                                 '<text:p text:style-name="%s">%s</text:p></table:table-cell>'
                                 % (cst, pst, xml))
                row_xml = "<table:table-row>%s</table:table-row>" % "".join(cells)
                if r == 0:
                    x.append("<table:table-header-rows>%s</table:table-header-rows>" % row_xml)
                else:
                    x.append(row_xml)
            x.append("</table:table>")
            parts.append("".join(x))
            k += 1
            continue
        if kind in ("h1", "h2"):
            st = d.pstyle(kind)
            xml, shown = d.inline(text, st)
            brk = d.soft_break(shown)
            d.bookmarks += 1
            bm = "__RefHeading___Toc%d_%d" % (1204 + d.bookmarks * 6, 2416031542)
            headings.append((int(kind[1]), shown, bm, d.page()))
            parts.append('<text:h text:style-name="%s" text:outline-level="%s">%s'
                         '<text:bookmark-start text:name="%s"/>%s<text:bookmark-end text:name="%s"/>'
                         '</text:h>' % (st, kind[1], brk, bm, xml, bm))
            k += 1
            continue
        key = {"title": "title", "subtitle": "subtitle", "p": "body", "box": "box"}[kind]
        st = d.pstyle(key)
        xml, shown = d.inline(text, st)
        brk = d.soft_break(shown)
        parts.append('<text:p text:style-name="%s">%s%s</text:p>' % (st, brk, xml))
        k += 1
    return parts, headings, toc_at


def toc_xml(headings, d):
    tmpl = []
    for lv in range(1, 11):
        tmpl.append('<text:table-of-content-entry-template text:outline-level="%d" '
                    'text:style-name="Contents_20_%d"><text:index-entry-link-start '
                    'text:style-name="Index_20_Link"/><text:index-entry-chapter/><text:index-entry-text/>'
                    '<text:index-entry-tab-stop style:type="right" style:leader-char="."/>'
                    '<text:index-entry-page-number/><text:index-entry-link-end/>'
                    '</text:table-of-content-entry-template>' % (lv, lv))
    head_st = d.pstyle("toc-head")
    entries = []
    for lv, text, bm, page in headings:
        st = d.pstyle("toc%d" % lv)
        entries.append('<text:p text:style-name="%s"><text:a xlink:type="simple" xlink:href="#%s" '
                       'text:style-name="Index_20_Link" text:visited-style-name="Index_20_Link">%s'
                       '<text:tab/>%d</text:a></text:p>' % (st, bm, esc(text), page))
    return ('<text:table-of-content text:style-name="Sect1" text:protected="true" '
            'text:name="Table of Contents1"><text:table-of-content-source text:outline-level="10">'
            '<text:index-title-template text:style-name="Contents_20_Heading">Contents'
            '</text:index-title-template>' + "".join(tmpl) + '</text:table-of-content-source>'
            '<text:index-body><text:index-title text:style-name="Sect1" text:name="Table of Contents1_Head">'
            '<text:p text:style-name="%s">Contents</text:p></text:index-title>' % head_st
            + "".join(entries) + '</text:index-body></text:table-of-content>')


RSID = {"title": "0002a41c", "subtitle": "0002a41c", "body": "0004f7d3", "box": "0009c1e2",
        "h1": "0002a41c", "h2": "0002a41c", "bullet": "0004f7d3", "num": "00067b90",
        "th": "00071e05", "td": "00071e05", "caption": "00071e05", "comment": "000b3f66",
        "toc-head": "000a0d51", "toc1": "000a0d51", "toc2": "000a0d51"}


def pstyle_xml(key, name):
    r = RSID[key]
    rs = 'officeooo:rsid="%s" officeooo:paragraph-rsid="%s"' % (r, r)
    simple = {"title": "Title", "subtitle": "Subtitle", "h1": "Heading_20_1", "h2": "Heading_20_2",
              "th": "Table_20_Heading", "td": "Table_20_Contents", "caption": "Table",
              "toc-head": "Contents_20_Heading", "toc1": "Contents_20_1", "toc2": "Contents_20_2"}
    if key in simple:
        return ('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="%s">'
                '<style:text-properties %s/></style:style>' % (name, simple[key], rs))
    if key == "body":
        return ('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Text_20_body">'
                '<style:paragraph-properties fo:text-align="justify" style:justify-single-word="false"/>'
                '<style:text-properties %s/></style:style>' % (name, rs))
    if key == "box":
        return ('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Text_20_body">'
                '<style:paragraph-properties fo:margin-left="0.4cm" fo:margin-right="0.4cm" '
                'fo:text-indent="0cm" style:auto-text-indent="false" fo:background-color="#e8f2a1" '
                'fo:padding="0.15cm" fo:border="0.51pt solid #729fcf" style:shadow="none">'
                '<style:background-image/></style:paragraph-properties><style:text-properties %s/>'
                '</style:style>' % (name, rs))
    if key in ("bullet", "num"):
        return ('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="List_20_Paragraph" '
                'style:list-style-name="%s"><style:paragraph-properties fo:margin-top="0cm" '
                'fo:margin-bottom="0.106cm" style:contextual-spacing="false"/>'
                '<style:text-properties %s/></style:style>' % (name, "L2" if key == "num" else "L1", rs))
    if key == "comment":
        return ('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard">'
                '<style:text-properties %s/></style:style>' % (name, rs))
    raise KeyError(key)


def tstyle_xml(key, name):
    if key == "bold":
        return ('<style:style style:name="%s" style:family="text"><style:text-properties fo:font-weight="bold" '
                'officeooo:rsid="0009c1e2" style:font-weight-asian="bold" style:font-weight-complex="bold"/>'
                '</style:style>' % name)
    if key == "comment":
        return ('<style:style style:name="%s" style:family="text"><style:text-properties '
                'style:font-name="Segoe UI" fo:font-size="9pt" style:font-size-asian="9pt" '
                'style:font-size-complex="9pt"/></style:style>' % name)
    raise KeyError(key)


def fmt(x):
    return ("%.3f" % x).rstrip("0").rstrip(".")


def list_style(name, numbered):
    out = ['<text:list-style style:name="%s">' % name]
    for lv in range(1, 11):
        pos = 0.635 * lv + 0.635
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
                       '</text:list-level-style-bullet>' % (lv, lv, "\u2022\u25e6\u25aa"[(lv - 1) % 3], props))
    out.append("</text:list-style>")
    return "".join(out)


TABLE_STYLES = (
    '<style:style style:name="Sect1" style:family="section"><style:section-properties '
    'style:editable="false"><style:columns fo:column-count="1" fo:column-gap="0cm"/>'
    '</style:section-properties></style:style>'
    '<style:style style:name="Table1" style:family="table"><style:table-properties style:width="16.51cm" '
    'table:align="margins" style:may-break-between-rows="true"/></style:style>'
    '<style:style style:name="Table1.A" style:family="table-column"><style:table-column-properties '
    'style:column-width="4.128cm" style:rel-column-width="16383*"/></style:style>'
    '<style:style style:name="Table1.B" style:family="table-column"><style:table-column-properties '
    'style:column-width="4.128cm" style:rel-column-width="16383*"/></style:style>'
    '<style:style style:name="Table1.C" style:family="table-column"><style:table-column-properties '
    'style:column-width="8.254cm" style:rel-column-width="32769*"/></style:style>'
    '<style:style style:name="Table1.A1" style:family="table-cell"><style:table-cell-properties '
    'fo:background-color="#b4c7dc" fo:padding="0.097cm" fo:border-left="0.5pt solid #000000" '
    'fo:border-right="none" fo:border-top="0.5pt solid #000000" fo:border-bottom="0.5pt solid #000000">'
    '<style:background-image/></style:table-cell-properties></style:style>'
    '<style:style style:name="Table1.C1" style:family="table-cell"><style:table-cell-properties '
    'fo:background-color="#b4c7dc" fo:padding="0.097cm" fo:border="0.5pt solid #000000">'
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


def build_content():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    meta, blocks = parse(lines)
    d = Doc()
    # the TOC takes space on page 1: one line per heading plus its title
    toc_words = sum(len(t.split()) + 1 for k, t, _ in blocks if k in ("h1", "h2")) + 1
    parts, headings, toc_at = build_body_with_toc(blocks, d, toc_words)
    parts[toc_at] = toc_xml(headings, d)
    regions = []
    for cid, kind, author, date, deleted in d.regions:
        info = ('<office:change-info><dc:creator>%s</dc:creator><dc:date>%s</dc:date></office:change-info>'
                % (escape(author), date))
        regions.append('<text:changed-region xml:id="%s" text:id="%s"><text:%s>%s%s</text:%s>'
                       '</text:changed-region>' % (cid, cid, kind, info, deleted, kind))
    tracked = '<text:tracked-changes text:track-changes="true">%s</text:tracked-changes>' % "".join(regions)
    auto = ['<office:automatic-styles>', TABLE_STYLES]
    auto += [pstyle_xml(k, "P%d" % (n + 1)) for n, k in enumerate(d.pstyles)]
    auto += [tstyle_xml(k, "T%d" % (n + 1)) for n, k in enumerate(d.tstyles)]
    auto += [list_style("L1", False), list_style("L2", True), '</office:automatic-styles>']
    xml = (XML_HEAD + '<office:document-content ' + NS + ' office:version="1.3">'
           '<office:scripts/>' + FONTS + "".join(auto) +
           '<office:body><office:text text:use-soft-page-breaks="true">' + tracked + SEQ + "".join(parts) +
           '</office:text></office:body></office:document-content>')
    return meta, xml, d


def build_body_with_toc(blocks, d, toc_words):
    """build_body, but the TOC's words are counted where the TOC stands."""
    k = [b[0] for b in blocks].index("toc")
    head = blocks[:k]
    tail = blocks[k + 1:]
    parts1, h1, _ = build_body(head, d)
    d.words += toc_words
    parts2, h2, _ = build_body(tail, d)
    return parts1 + [None] + parts2, h1 + h2, len(parts1)


# --------------------------------------------------------------------------- styles.xml


def pdef(name, display, parent, nxt, klass, inner, extra=""):
    a = '<style:style style:name="%s"' % name
    if display:
        a += ' style:display-name="%s"' % display
    a += ' style:family="paragraph"'
    if parent:
        a += ' style:parent-style-name="%s"' % parent
    if nxt:
        a += ' style:next-style-name="%s"' % nxt
    return a + extra + ' style:class="%s">%s</style:style>' % (klass, inner)


def contents_style(lv):
    indent = fmt(0.499 * (lv - 1))
    stop = fmt(16.51 - 0.499 * (lv - 1))
    return pdef("Contents_20_%d" % lv, "Contents %d" % lv, "Index", None, "index",
                '<style:paragraph-properties fo:margin-left="%scm" fo:margin-right="0cm" '
                'fo:text-indent="0cm" style:auto-text-indent="false"><style:tab-stops>'
                '<style:tab-stop style:position="%scm" style:type="right" style:leader-style="dotted" '
                'style:leader-text="."/></style:tab-stops></style:paragraph-properties>' % (indent, stop))


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
    'loext:opacity="0%" style:font-name="Calibri" fo:font-size="11pt" fo:language="en" '
    'fo:country="IN" style:letter-kerning="true" style:font-name-asian="Microsoft YaHei" '
    'style:font-size-asian="11pt" style:language-asian="zh" style:country-asian="CN" '
    'style:font-name-complex="Mangal" style:font-size-complex="11pt" '
    'style:language-complex="hi" style:country-complex="IN"/></style:default-style>'
    '<style:default-style style:family="paragraph"><style:paragraph-properties fo:orphans="2" '
    'fo:widows="2" fo:hyphenation-ladder-count="no-limit" fo:hyphenation-keep="auto" '
    'loext:hyphenation-keep-type="column" style:text-autospace="ideograph-alpha" '
    'style:punctuation-wrap="hanging" style:line-break="strict" style:tab-stop-distance="1.251cm" '
    'style:writing-mode="page"/><style:text-properties style:use-window-font-color="true" '
    'style:font-name="Calibri" fo:font-size="11pt" fo:language="en" fo:country="IN" '
    'style:letter-kerning="true" style:font-name-asian="Microsoft YaHei" style:font-size-asian="11pt" '
    'style:language-asian="zh" style:country-asian="CN" style:font-name-complex="Mangal" '
    'style:font-size-complex="11pt" style:language-complex="hi" style:country-complex="IN" '
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
           'style:font-name="Cambria" fo:font-family="Cambria" style:font-family-generic="roman" '
           'style:font-pitch="variable" fo:font-size="14pt" style:font-name-asian="Microsoft YaHei" '
           'style:font-family-asian="&apos;Microsoft YaHei&apos;" style:font-family-generic-asian="system" '
           'style:font-pitch-asian="variable" style:font-size-asian="14pt" style:font-name-complex="Mangal" '
           'style:font-family-complex="Mangal" style:font-family-generic-complex="system" '
           'style:font-pitch-complex="variable" style:font-size-complex="14pt"/>')
    + pdef("Text_20_body", "Body Text", "Standard", None, "text",
           '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.247cm" '
           'style:contextual-spacing="false" fo:line-height="115%"/>')
    + pdef("List", None, "Text_20_body", None, "list",
           '<style:text-properties style:font-size-asian="12pt" style:font-name-complex="Lucida Sans1" '
           'style:font-family-complex="&apos;Lucida Sans&apos;" style:font-family-generic-complex="swiss"/>')
    + pdef("List_20_Paragraph", "List Paragraph", "Standard", None, "text",
           '<style:paragraph-properties fo:margin-left="1.27cm" fo:margin-right="0cm" fo:margin-top="0cm" '
           'fo:margin-bottom="0.353cm" style:contextual-spacing="true" fo:text-indent="0cm" '
           'style:auto-text-indent="false"/>')
    + pdef("Caption", None, "Standard", None, "extra",
           '<style:paragraph-properties fo:margin-top="0.212cm" fo:margin-bottom="0.212cm" '
           'style:contextual-spacing="false" text:number-lines="false" text:line-number="0"/>'
           '<style:text-properties fo:font-size="12pt" fo:font-style="italic" style:font-size-asian="12pt" '
           'style:font-style-asian="italic" style:font-size-complex="12pt" style:font-style-complex="italic"/>')
    + pdef("Table", None, "Caption", None, "extra", "")
    + pdef("Index", None, "Standard", None, "index",
           '<style:paragraph-properties text:number-lines="false" text:line-number="0"/>')
    + pdef("Title", None, "Heading", "Subtitle", "chapter",
           '<style:paragraph-properties fo:text-align="center" style:justify-single-word="false"/>'
           '<style:text-properties fo:font-size="24pt" fo:font-weight="bold" style:font-size-asian="24pt" '
           'style:font-weight-asian="bold" style:font-size-complex="24pt" style:font-weight-complex="bold"/>')
    + pdef("Subtitle", None, "Heading", "Text_20_body", "chapter",
           '<style:paragraph-properties fo:margin-top="0.106cm" fo:margin-bottom="0.212cm" '
           'style:contextual-spacing="false" fo:text-align="center" style:justify-single-word="false"/>'
           '<style:text-properties fo:color="#595959" loext:opacity="100%" fo:font-size="12pt" '
           'style:font-size-asian="12pt" style:font-size-complex="12pt"/>')
    + pdef("Heading_20_1", "Heading 1", "Heading", "Text_20_body", "text",
           '<style:paragraph-properties fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" '
           'style:contextual-spacing="false"/><style:text-properties fo:color="#1e6a39" loext:opacity="100%" '
           'fo:font-size="130%" fo:font-weight="bold" style:font-size-asian="130%" '
           'style:font-weight-asian="bold" style:font-size-complex="130%" style:font-weight-complex="bold"/>',
           ' style:default-outline-level="1"')
    + pdef("Heading_20_2", "Heading 2", "Heading", "Text_20_body", "text",
           '<style:paragraph-properties fo:margin-top="0.353cm" fo:margin-bottom="0.212cm" '
           'style:contextual-spacing="false"/><style:text-properties fo:font-size="115%" fo:font-weight="bold" '
           'style:font-size-asian="115%" style:font-weight-asian="bold" style:font-size-complex="115%" '
           'style:font-weight-complex="bold"/>', ' style:default-outline-level="2"')
    + pdef("Contents_20_Heading", "Contents Heading", "Heading", None, "index",
           '<style:paragraph-properties fo:margin-left="0cm" fo:margin-right="0cm" fo:text-indent="0cm" '
           'style:auto-text-indent="false" text:number-lines="false" text:line-number="0"/>'
           '<style:text-properties fo:font-size="16pt" fo:font-weight="bold" style:font-size-asian="16pt" '
           'style:font-weight-asian="bold" style:font-size-complex="16pt" style:font-weight-complex="bold"/>')
    + contents_style(1) + contents_style(2)
    + pdef("Table_20_Contents", "Table Contents", "Standard", None, "extra",
           '<style:paragraph-properties fo:orphans="0" fo:widows="0" text:number-lines="false" '
           'text:line-number="0"/><style:text-properties fo:font-size="10pt" style:font-size-asian="10pt" '
           'style:font-size-complex="10pt"/>')
    + pdef("Table_20_Heading", "Table Heading", "Table_20_Contents", None, "extra",
           '<style:paragraph-properties fo:text-align="center" style:justify-single-word="false" '
           'text:number-lines="false" text:line-number="0"/><style:text-properties fo:font-weight="bold" '
           'style:font-weight-asian="bold" style:font-weight-complex="bold"/>')
    + pdef("Footnote", None, "Standard", None, "extra",
           '<style:paragraph-properties fo:margin-left="0.599cm" fo:margin-right="0cm" '
           'fo:text-indent="-0.599cm" style:auto-text-indent="false" text:number-lines="false" '
           'text:line-number="0"/><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt" '
           'style:font-size-complex="9pt"/>')
    + pdef("Header_20_and_20_Footer", "Header and Footer", "Standard", None, "extra",
           '<style:paragraph-properties text:number-lines="false" text:line-number="0"><style:tab-stops>'
           '<style:tab-stop style:position="8.255cm" style:type="center"/>'
           '<style:tab-stop style:position="16.51cm" style:type="right"/></style:tab-stops>'
           '</style:paragraph-properties>')
    + pdef("Header", None, "Header_20_and_20_Footer", None, "extra",
           '<style:text-properties fo:color="#808080" loext:opacity="100%" fo:font-size="9pt" '
           'style:font-size-asian="9pt" style:font-size-complex="9pt"/>')
    + pdef("Footer", None, "Header_20_and_20_Footer", None, "extra",
           '<style:paragraph-properties fo:text-align="center" style:justify-single-word="false"/>'
           '<style:text-properties fo:font-size="9pt" style:font-size-asian="9pt" '
           'style:font-size-complex="9pt"/>')
    + '<style:style style:name="Index_20_Link" style:display-name="Index Link" style:family="text"/>'
      '<style:style style:name="Internet_20_link" style:display-name="Internet Link" style:family="text">'
      '<style:text-properties fo:color="#000080" loext:opacity="100%" style:text-underline-style="solid" '
      'style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>'
      '<style:style style:name="Visited_20_Internet_20_Link" style:display-name="Visited Internet Link" '
      'style:family="text"><style:text-properties fo:color="#800000" loext:opacity="100%" '
      'style:text-underline-style="solid" style:text-underline-width="auto" '
      'style:text-underline-color="font-color"/></style:style>'
      '<style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"/>'
      '<style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">'
      '<style:text-properties style:text-position="super 58%"/></style:style>'
      '<style:style style:name="Bullet_20_Symbols" style:display-name="Bullet Symbols" style:family="text">'
      '<style:text-properties style:font-name="OpenSymbol" fo:font-family="OpenSymbol" '
      'style:font-charset="x-symbol" style:font-name-asian="OpenSymbol" '
      'style:font-family-asian="OpenSymbol" style:font-charset-asian="x-symbol" '
      'style:font-name-complex="OpenSymbol" style:font-family-complex="OpenSymbol" '
      'style:font-charset-complex="x-symbol"/></style:style>'
      '<style:style style:name="Numbering_20_Symbols" style:display-name="Numbering Symbols" '
      'style:family="text"/>'
      '<text:outline-style style:name="Outline">'
    + "".join('<text:outline-level-style text:level="%d" loext:num-list-format="" style:num-format="">'
              '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
              '<style:list-level-label-alignment text:label-followed-by="listtab"/>'
              '</style:list-level-properties></text:outline-level-style>' % lv for lv in range(1, 11))
    + '</text:outline-style>'
      '<text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" '
      'text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" '
      'text:footnotes-position="page" text:start-numbering-at="document"/>'
      '<text:notes-configuration text:note-class="endnote" style:num-format="i" text:start-value="0"/>'
      '<text:linenumbering-configuration text:number-lines="false" text:offset="0.499cm" '
      'style:num-format="1" text:number-position="left" text:increment="5"/>'
      '<loext:theme loext:name="Office"><loext:theme-colors loext:name="LibreOffice">'
      '<loext:color loext:name="dark1" loext:color="#000000"/>'
      '<loext:color loext:name="light1" loext:color="#ffffff"/>'
      '<loext:color loext:name="dark2" loext:color="#000000"/>'
      '<loext:color loext:name="light2" loext:color="#ffffff"/>'
      '<loext:color loext:name="accent1" loext:color="#18a303"/>'
      '<loext:color loext:name="accent2" loext:color="#0369a3"/>'
      '<loext:color loext:name="accent3" loext:color="#a33e03"/>'
      '<loext:color loext:name="accent4" loext:color="#8e03a3"/>'
      '<loext:color loext:name="accent5" loext:color="#c99c00"/>'
      '<loext:color loext:name="accent6" loext:color="#c9211e"/>'
      '<loext:color loext:name="hyperlink" loext:color="#000080"/>'
      '<loext:color loext:name="followed-hyperlink" loext:color="#800000"/>'
      '</loext:theme-colors></loext:theme>'
      '</office:styles>'
      '<office:automatic-styles>'
      '<style:style style:name="MP1" style:family="paragraph" style:parent-style-name="Header">'
      '<style:text-properties officeooo:rsid="0002a41c" officeooo:paragraph-rsid="0002a41c"/></style:style>'
      '<style:style style:name="MP2" style:family="paragraph" style:parent-style-name="Footer">'
      '<style:text-properties officeooo:rsid="0002a41c" officeooo:paragraph-rsid="0002a41c"/></style:style>'
      '<style:page-layout style:name="Mpm1"><style:page-layout-properties fo:page-width="21.001cm" '
      'fo:page-height="29.7cm" style:num-format="1" style:print-orientation="portrait" fo:margin-top="1.27cm" '
      'fo:margin-bottom="1.27cm" fo:margin-left="2.245cm" fo:margin-right="2.245cm" '
      'style:writing-mode="lr-tb" style:footnote-max-height="0cm" loext:margin-gutter="0cm">'
      '<style:footnote-sep style:width="0.018cm" style:distance-before-sep="0.101cm" '
      'style:distance-after-sep="0.101cm" style:line-style="solid" style:adjustment="left" '
      'style:rel-width="25%" style:color="#000000"/></style:page-layout-properties>'
      '<style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-left="0cm" '
      'fo:margin-right="0cm" fo:margin-bottom="0.499cm" fo:border-bottom="0.51pt solid #b4c7dc" '
      'fo:padding="0cm" style:dynamic-spacing="false"/></style:header-style>'
      '<style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-left="0cm" '
      'fo:margin-right="0cm" fo:margin-top="0.499cm" style:dynamic-spacing="false"/></style:footer-style>'
      '</style:page-layout>'
      '<style:style style:name="Mdp1" style:family="drawing-page"><style:drawing-page-properties '
      'draw:background-size="full"/></style:style>'
      '</office:automatic-styles>'
      '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Mpm1" '
      'draw:style-name="Mdp1"><style:header><text:p text:style-name="MP1">Gurleen – GS3 notes · '
      'Punjab groundwater (draft v3)<text:tab/><text:tab/>Agri + Water</text:p></style:header>'
      '<style:footer><text:p text:style-name="MP2">Page <text:page-number text:select-page="current">1'
      '</text:page-number></text:p></style:footer></style:master-page></office:master-styles>'
      '</office:document-styles>')


# --------------------------------------------------------------------------- other parts


def meta_xml(meta, stats):
    return (XML_HEAD + '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'xmlns:ooo="http://openoffice.org/2004/office" '
            'xmlns:grddl="http://www.w3.org/2003/g/data-view#" office:version="1.3"><office:meta>'
            '<meta:initial-creator>%s</meta:initial-creator><meta:creation-date>%s</meta:creation-date>'
            '<dc:date>%s</dc:date><dc:creator>%s</dc:creator><meta:editing-duration>%s</meta:editing-duration>'
            '<meta:editing-cycles>%s</meta:editing-cycles><meta:generator>%s</meta:generator>'
            '<dc:title>%s</dc:title><dc:subject>%s</dc:subject>%s'
            '<meta:document-statistic meta:table-count="1" meta:image-count="0" meta:object-count="0" '
            'meta:page-count="%d" meta:paragraph-count="%d" meta:word-count="%d" meta:character-count="%d" '
            'meta:non-whitespace-character-count="%d"/></office:meta></office:document-meta>'
            % (escape(meta["initial-creator"]), meta["created"], meta["modified"], escape(meta["creator"]),
               meta["duration"], meta["cycles"], GENERATOR, escape(meta["doc-title"]),
               escape(meta["subject"]),
               "".join("<meta:keyword>%s</meta:keyword>" % escape(k.strip())
                       for k in meta["keywords"].split(",")),
               stats["pages"], stats["paras"], stats["words"], stats["chars"], stats["nonws"]))


SETTINGS_ITEMS = [
    ("AddParaTableSpacing", "boolean", "true"), ("AddParaTableSpacingAtStart", "boolean", "true"),
    ("AddVerticalFrameOffsets", "boolean", "false"), ("AddExternalLeading", "boolean", "true"),
    ("AlignTabStopPosition", "boolean", "true"), ("AllowPrintJobCancel", "boolean", "true"),
    ("ApplyUserData", "boolean", "true"), ("ApplyParagraphMarkFormatToNumbering", "boolean", "true"),
    ("BackgroundParaOverDrawings", "boolean", "false"), ("ChartAutoUpdate", "boolean", "true"),
    ("ClipAsCharacterAnchoredWriterFlyFrames", "boolean", "false"),
    ("CollapseEmptyCellPara", "boolean", "true"), ("ConsiderTextWrapOnObjPos", "boolean", "false"),
    ("CurrentDatabaseCommand", "string", ""), ("CurrentDatabaseCommandType", "int", "0"),
    ("CurrentDatabaseDataSource", "string", ""), ("DoNotCaptureDrawObjsOnPage", "boolean", "false"),
    ("DoNotJustifyLinesWithManualBreak", "boolean", "false"),
    ("DoNotResetParaAttrsForNumFont", "boolean", "false"), ("EmbedAsianScriptFonts", "boolean", "true"),
    ("EmbedComplexScriptFonts", "boolean", "true"), ("EmbedFonts", "boolean", "false"),
    ("EmbedLatinScriptFonts", "boolean", "true"), ("EmbedOnlyUsedFonts", "boolean", "false"),
    ("EmbedSystemFonts", "boolean", "false"), ("EmptyDbFieldHidesPara", "boolean", "true"),
    ("FieldAutoUpdate", "boolean", "true"), ("FloattableNomargins", "boolean", "false"),
    ("FootnoteInColumnToPageEnd", "boolean", "true"), ("FrameAutowidthWithMorePara", "boolean", "false"),
    ("GutterAtTop", "boolean", "false"), ("HeaderSpacingBelowLastPara", "boolean", "false"),
    ("HyphenateURLs", "boolean", "false"), ("IgnoreFirstLineIndentInNumbering", "boolean", "false"),
    ("IgnoreTabsAndBlanksForLineCalculation", "boolean", "false"),
    ("InvertBorderSpacing", "boolean", "false"), ("IsKernAsianPunctuation", "boolean", "false"),
    ("IsLabelDocument", "boolean", "false"), ("LinkUpdateMode", "short", "1"),
    ("LoadReadonly", "boolean", "false"), ("MathBaselineAlignment", "boolean", "true"),
    ("MsWordCompTrailingBlanks", "boolean", "false"), ("NoGapAfterNoteNumber", "boolean", "false"),
    ("OutlineLevelYieldsNumbering", "boolean", "false"), ("PrintAnnotationMode", "short", "0"),
    ("PrintBlackFonts", "boolean", "false"), ("PrintControls", "boolean", "true"),
    ("PrintDrawings", "boolean", "true"), ("PrintEmptyPages", "boolean", "false"),
    ("PrintFaxName", "string", ""), ("PrintGraphics", "boolean", "true"),
    ("PrintHiddenText", "boolean", "false"), ("PrintLeftPages", "boolean", "true"),
    ("PrintPageBackground", "boolean", "true"), ("PrintProspect", "boolean", "false"),
    ("PrintReversed", "boolean", "false"), ("PrintRightPages", "boolean", "true"),
    ("PrintSingleJobs", "boolean", "false"), ("PrintTables", "boolean", "true"),
    ("PrintTextPlaceholder", "boolean", "false"), ("PrinterIndependentLayout", "string", "high-resolution"),
    ("PrinterName", "string", ""), ("PrinterPaperFromSetup", "boolean", "false"),
    ("ProtectBookmarks", "boolean", "false"), ("ProtectFields", "boolean", "false"),
    ("RecordChanges", "boolean", "true"), ("RedlineProtectionKey", "base64Binary", ""),
    ("Rsid", "int", "1137508"), ("RsidRoot", "int", "172060"),
    ("SaveThumbnail", "boolean", "true"), ("SaveVersionOnClose", "boolean", "false"),
    ("SmallCapsPercentage66", "boolean", "false"), ("SubtractFlysAnchoredAtFlys", "boolean", "true"),
    ("TabAtLeftIndentForParagraphsInList", "boolean", "false"), ("TabOverMargin", "boolean", "false"),
    ("TabOverflow", "boolean", "true"), ("TabsRelativeToIndent", "boolean", "true"),
    ("UnbreakableNumberings", "boolean", "false"), ("UpdateFromTemplate", "boolean", "true"),
    ("UseFormerLineSpacing", "boolean", "false"), ("UseFormerObjectPositioning", "boolean", "false"),
    ("UseFormerTextWrapping", "boolean", "false"), ("UseOldNumbering", "boolean", "false"),
    ("UseOldPrinterMetrics", "boolean", "false"), ("UseVariableWidthNBSP", "boolean", "false"),
]


def settings_xml():
    view = ('<config:config-item-set config:name="ooo:view-settings">'
            '<config:config-item config:name="ViewAreaTop" config:type="long">0</config:config-item>'
            '<config:config-item config:name="ViewAreaLeft" config:type="long">0</config:config-item>'
            '<config:config-item config:name="ViewAreaWidth" config:type="long">41275</config:config-item>'
            '<config:config-item config:name="ViewAreaHeight" config:type="long">20532</config:config-item>'
            '<config:config-item config:name="ShowRedlineChanges" config:type="boolean">true</config:config-item>'
            '<config:config-item config:name="InBrowseMode" config:type="boolean">false</config:config-item>'
            '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
            '<config:config-item config:name="ViewId" config:type="string">view2</config:config-item>'
            '<config:config-item config:name="ViewLeft" config:type="long">19604</config:config-item>'
            '<config:config-item config:name="ViewTop" config:type="long">61738</config:config-item>'
            '<config:config-item config:name="VisibleLeft" config:type="long">0</config:config-item>'
            '<config:config-item config:name="VisibleTop" config:type="long">0</config:config-item>'
            '<config:config-item config:name="VisibleRight" config:type="long">41273</config:config-item>'
            '<config:config-item config:name="VisibleBottom" config:type="long">20530</config:config-item>'
            '<config:config-item config:name="ZoomType" config:type="short">0</config:config-item>'
            '<config:config-item config:name="ViewLayoutColumns" config:type="short">1</config:config-item>'
            '<config:config-item config:name="ViewLayoutBookMode" config:type="boolean">false</config:config-item>'
            '<config:config-item config:name="ZoomFactor" config:type="short">110</config:config-item>'
            '<config:config-item config:name="IsSelectedFrame" config:type="boolean">false</config:config-item>'
            '<config:config-item config:name="KeepRatio" config:type="boolean">false</config:config-item>'
            '<config:config-item config:name="AnchoredTextOverflowLegacy" config:type="boolean">false'
            '</config:config-item></config:config-item-map-entry></config:config-item-map-indexed>'
            '</config:config-item-set>')
    conf = ['<config:config-item-set config:name="ooo:configuration-settings">']
    for name, typ, val in SETTINGS_ITEMS:
        if typ == "base64Binary" and not val:
            conf.append('<config:config-item config:name="%s" config:type="%s"/>' % (name, typ))
        else:
            conf.append('<config:config-item config:name="%s" config:type="%s">%s</config:config-item>'
                        % (name, typ, val))
    conf.append('</config:config-item-set>')
    return (XML_HEAD + '<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:ooo="http://openoffice.org/2004/office" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
            'office:version="1.3"><office:settings>' + view + "".join(conf) +
            '</office:settings></office:document-settings>')


MANIFEST_RDF = (XML_HEAD + '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
                '  <rdf:Description rdf:about="content.xml">\n'
                '    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/odf#ContentFile"/>\n'
                '  </rdf:Description>\n'
                '  <rdf:Description rdf:about="">\n'
                '    <ns0:hasPart xmlns:ns0="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#" rdf:resource="content.xml"/>\n'
                '  </rdf:Description>\n'
                '  <rdf:Description rdf:about="">\n'
                '    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#Document"/>\n'
                '  </rdf:Description>\n'
                '  <rdf:Description rdf:about="styles.xml">\n'
                '    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/odf#StylesFile"/>\n'
                '  </rdf:Description>\n'
                '  <rdf:Description rdf:about="">\n'
                '    <ns0:hasPart xmlns:ns0="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#" rdf:resource="styles.xml"/>\n'
                '  </rdf:Description>\n'
                '</rdf:RDF>\n')

MANIFEST = (XML_HEAD + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
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

CONFIG_DIRS = ["Configurations2/accelerator/", "Configurations2/images/Bitmaps/",
               "Configurations2/toolpanel/", "Configurations2/floater/", "Configurations2/statusbar/",
               "Configurations2/toolbar/", "Configurations2/progressbar/", "Configurations2/popupmenu/",
               "Configurations2/menubar/"]


def png(width, height, rows):
    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff)
    raw = b"".join(b"\x00" + r for r in rows)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def thumbnail():
    """A 181x256 picture of page 1: title, subtitle, the opening paragraph and the contents."""
    w, h = 181, 256
    rows = []
    for y in range(h):
        row = bytearray(b"\xff" * (w * 3))
        def bar(x0, x1, shade):
            for x in range(x0, x1):
                row[3 * x:3 * x + 3] = bytes(shade)
        if 10 <= y < 12:
            bar(16, 165, (0xb4, 0xc7, 0xdc))          # header rule
        elif 22 <= y < 28:
            bar(34, 147, (0x40, 0x40, 0x40))          # title
        elif 32 <= y < 36:
            bar(30, 151, (0x88, 0x88, 0x88))          # subtitle
        elif 44 <= y < 90 and (y - 44) % 6 < 3:
            bar(16, 165 if y < 86 else 98, (0x9a, 0x9a, 0x9a))
        elif 98 <= y < 103:
            bar(16, 60, (0x50, 0x50, 0x50))           # "Contents"
        elif 108 <= y < 160 and (y - 108) % 7 < 3:
            bar(16, 120 - (y % 5) * 6, (0x9a, 0x9a, 0x9a))
            bar(124, 160, (0xc8, 0xc8, 0xc8))
        elif 168 <= y < 173:
            bar(16, 110, (0x1e, 0x6a, 0x39))          # first heading
        elif 180 <= y < 240 and (y - 180) % 6 < 3:
            bar(16, 165, (0x9a, 0x9a, 0x9a))
        elif 246 <= y < 249:
            bar(84, 97, (0x9a, 0x9a, 0x9a))           # page number
        rows.append(bytes(row))
    return png(w, h, rows)


def shown_stats(content):
    """Writer's statistics: paragraphs and words of the text as shown (changes accepted)."""
    import xml.etree.ElementTree as ET
    T = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
    root = ET.fromstring(content)
    for parent in root.iter():
        for ch in list(parent):
            if ch.tag == T + "tracked-changes":
                parent.remove(ch)
    texts = []

    def walk(el, acc):
        for ch in el:
            if ch.tag in (T + "tracked-changes", O + "annotation", T + "note"):
                if ch.tag == T + "note":
                    acc.append(ch.findtext(T + "note-citation") or "")
                continue
            if ch.tag == T + "s":
                acc.append(" " * int(ch.get(T + "c", "1")))
            elif ch.tag == T + "tab":
                acc.append("\t")
            else:
                if ch.text:
                    acc.append(ch.text)
                walk(ch, acc)
            if ch.tail:
                acc.append(ch.tail)

    for p in root.iter():
        if p.tag in (T + "p", T + "h"):
            acc = []
            if p.text:
                acc.append(p.text)
            walk(p, acc)
            texts.append("".join(acc))
    texts = [t for t in texts if t.strip()]
    words = sum(len(t.split()) for t in texts)
    chars = sum(len(t) for t in texts)
    nonws = sum(len("".join(t.split())) for t in texts)
    return {"paras": len(texts), "words": words, "chars": chars, "nonws": nonws}


def zinfo(name, compress):
    zi = zipfile.ZipInfo(name, ZIP_DATE)
    zi.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    zi.create_system = 0
    zi.create_version = 20
    zi.extract_version = 20
    return zi


def build(out):
    meta, content, d = build_content()
    stats = shown_stats(content)
    stats["pages"] = d.page()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zinfo("mimetype", False), b"application/vnd.oasis.opendocument.text")
        for name in CONFIG_DIRS:
            z.writestr(zinfo(name, False), b"")
        z.writestr(zinfo("manifest.rdf", True), MANIFEST_RDF.encode("utf-8"))
        z.writestr(zinfo("meta.xml", True), meta_xml(meta, stats).encode("utf-8"))
        z.writestr(zinfo("settings.xml", True), settings_xml().encode("utf-8"))
        z.writestr(zinfo("content.xml", True), content.encode("utf-8"))
        z.writestr(zinfo("Thumbnails/thumbnail.png", True), thumbnail())
        z.writestr(zinfo("styles.xml", True), STYLES_XML.encode("utf-8"))
        z.writestr(zinfo("META-INF/manifest.xml", True), MANIFEST.encode("utf-8"))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
