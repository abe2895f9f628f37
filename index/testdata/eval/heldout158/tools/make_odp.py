#!/usr/bin/python3
"""Re-make docs/swaran-singh-to-enforcement.odp from tools/swaran-singh-to-enforcement.txt.

Run from anywhere: /usr/bin/python3 tools/make_odp.py
Standard library only. Writes an OpenDocument presentation the way LibreOffice Impress saves
one: `mimetype` first and stored, then content.xml and styles.xml on a single line after the
XML declaration, meta.xml, settings.xml, manifest.rdf, Thumbnails/thumbnail.png and
META-INF/manifest.xml, all deflated, with fixed timestamps and order, so the output is
byte-for-byte reproducible.

Source format: "@slide" (or "@slide title" for the title slide) starts a slide; "T: " is its
title, "S: " a subtitle paragraph, "- " an outline bullet ("  - " one level down), "|a|b" a
table row (the first row is the header), "N: " one paragraph of speaker notes.
"""
import os
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "swaran-singh-to-enforcement.txt")
OUT = os.path.join(HERE, "..", "docs", "swaran-singh-to-enforcement.odp")

STAMP = (2025, 10, 11, 8, 41, 52)
GENERATOR = "LibreOffice/24.8.4.2$Linux_X86_64 LibreOffice_project/480$Build-2"
MIME = "application/vnd.oasis.opendocument.presentation"

NS = (' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
      ' xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'
      ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
      ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
      ' xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
      ' xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"'
      ' xmlns:xlink="http://www.w3.org/1999/xlink"'
      ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
      ' xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
      ' xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"'
      ' xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"'
      ' xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
      ' xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0"'
      ' xmlns:dr3d="urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0"'
      ' xmlns:math="http://www.w3.org/1998/Math/MathML"'
      ' xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0"'
      ' xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0"'
      ' xmlns:ooo="http://openoffice.org/2004/office"'
      ' xmlns:ooow="http://openoffice.org/2004/writer"'
      ' xmlns:oooc="http://openoffice.org/2004/calc"'
      ' xmlns:dom="http://www.w3.org/2001/xml-events"'
      ' xmlns:smil="urn:oasis:names:tc:opendocument:xmlns:smil-compatible:1.0"'
      ' xmlns:anim="urn:oasis:names:tc:opendocument:xmlns:animation:1.0"'
      ' xmlns:rpt="http://openoffice.org/2005/report"'
      ' xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"'
      ' xmlns:xhtml="http://www.w3.org/1999/xhtml"'
      ' xmlns:grddl="http://www.w3.org/2003/g/data-view#"'
      ' xmlns:officeooo="http://openoffice.org/2009/office"'
      ' xmlns:tableooo="http://openoffice.org/2009/table"'
      ' xmlns:drawooo="http://openoffice.org/2010/draw"'
      ' xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"'
      ' xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"'
      ' xmlns:field="urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0"'
      ' xmlns:css3t="http://www.w3.org/TR/css3-text/"'
      ' office:version="1.3"')

FORMS = '<office:forms form:automatic-focus="false" form:apply-design-mode="false"/>'

AUTO_STYLES = (
    '<office:automatic-styles>'
    '<style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties'
    ' presentation:background-visible="true" presentation:background-objects-visible="true"'
    ' presentation:display-footer="true" presentation:display-page-number="false"'
    ' presentation:display-date-time="true"/></style:style>'
    '<style:style style:name="dp2" style:family="drawing-page"><style:drawing-page-properties'
    ' presentation:display-header="true" presentation:display-footer="true"'
    ' presentation:display-page-number="false" presentation:display-date-time="true"/></style:style>'
    '<style:style style:name="gr1" style:family="graphic"><style:graphic-properties'
    ' style:protect="size"/></style:style>'
    '<style:style style:name="gr2" style:family="graphic" style:parent-style-name="standard">'
    '<style:graphic-properties draw:stroke="none" draw:fill="none" fo:min-height="0cm"/></style:style>'
    '<style:style style:name="pr1" style:family="presentation" style:parent-style-name="Default-title">'
    '<style:graphic-properties fo:min-height="3.506cm"/></style:style>'
    '<style:style style:name="pr2" style:family="presentation" style:parent-style-name="Default-subtitle">'
    '<style:graphic-properties draw:fill-color="#ffffff" fo:min-height="6.743cm"/></style:style>'
    '<style:style style:name="pr3" style:family="presentation" style:parent-style-name="Default-notes">'
    '<style:graphic-properties draw:fill-color="#ffffff" draw:auto-grow-height="true"'
    ' fo:min-height="13.364cm"/></style:style>'
    '<style:style style:name="pr4" style:family="presentation" style:parent-style-name="Default-title">'
    '<style:graphic-properties fo:min-height="2.629cm"/></style:style>'
    '<style:style style:name="pr5" style:family="presentation" style:parent-style-name="Default-outline1">'
    '<style:graphic-properties fo:min-height="9.134cm"/></style:style>'
    '<style:style style:name="co1" style:family="table-column"><style:table-column-properties'
    ' style:column-width="%s"/></style:style>'
    '<style:style style:name="co2" style:family="table-column"><style:table-column-properties'
    ' style:column-width="%s"/></style:style>'
    '<style:style style:name="co3" style:family="table-column"><style:table-column-properties'
    ' style:column-width="%s"/></style:style>'
    '<style:style style:name="co4" style:family="table-column"><style:table-column-properties'
    ' style:column-width="12.6cm"/></style:style>'
    '<style:style style:name="co5" style:family="table-column"><style:table-column-properties'
    ' style:column-width="12.599cm"/></style:style>'
    '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties'
    ' style:row-height="1.1cm"/></style:style>'
    '<style:style style:name="ce1" style:family="table-cell"><style:graphic-properties'
    ' draw:fill="solid" draw:fill-color="#dde8cb"/><style:paragraph-properties fo:border="0.03pt solid #ffffff"/>'
    '<style:text-properties fo:font-size="16pt"/></style:style>'
    '<style:style style:name="ce2" style:family="table-cell"><style:graphic-properties'
    ' draw:fill="solid" draw:fill-color="#729fcf"/><style:paragraph-properties fo:border="0.03pt solid #ffffff"/>'
    '<style:text-properties fo:color="#ffffff" fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="P1" style:family="paragraph"><loext:graphic-properties'
    ' draw:fill-color="#ffffff"/><style:paragraph-properties fo:text-align="center"/></style:style>'
    '<style:style style:name="P2" style:family="paragraph"><loext:graphic-properties'
    ' draw:fill-color="#ffffff"/></style:style>'
    '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"'
    ' style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>'
    '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="●">'
    '<style:list-level-properties text:space-before="0.3cm" text:min-label-width="0.9cm"/>'
    '<style:text-properties fo:font-family="OpenSymbol" style:use-window-font-color="true"'
    ' fo:font-size="45%%"/></text:list-level-style-bullet>'
    '<text:list-level-style-bullet text:level="2" text:bullet-char="–">'
    '<style:list-level-properties text:space-before="1.6cm" text:min-label-width="0.8cm"/>'
    '<style:text-properties fo:font-family="OpenSymbol" style:use-window-font-color="true"'
    ' fo:font-size="75%%"/></text:list-level-style-bullet></text:list-style>'
    '</office:automatic-styles>')

BOLD_PREFIXES = ("FOR:", "AGAINST:", "Q1.", "Q2.", "Q3.", "Q4.", "Chair:", "Task:", "Law:",
                 "Courts:", "Awareness:")


def para(text, style=None, bold_prefix=False):
    attr = ' text:style-name="%s"' % style if style else ""
    if bold_prefix:
        for pre in BOLD_PREFIXES:
            if text.startswith(pre):
                return ('<text:p%s><text:span text:style-name="T1">%s</text:span>%s</text:p>'
                        % (attr, escape(pre), escape(text[len(pre):])))
    return "<text:p%s>%s</text:p>" % (attr, escape(text))


def parse():
    slides, cur = [], None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("@slide"):
                cur = {"kind": "title" if line.strip() == "@slide title" else "content",
                       "title": "", "sub": [], "bullets": [], "table": [], "notes": []}
                slides.append(cur)
            elif line.startswith("T: "):
                cur["title"] = line[3:]
            elif line.startswith("S: "):
                cur["sub"].append(line[3:])
            elif line.startswith("N: "):
                cur["notes"].append(line[3:])
            elif line.startswith("|"):
                cur["table"].append(line[1:].split("|"))
            elif line.startswith("  - "):
                cur["bullets"].append((2, line[4:]))
            elif line.startswith("- "):
                cur["bullets"].append((1, line[2:]))
            elif line.strip():
                raise ValueError("unknown line: %r" % line)
    return slides


def outline(bullets):
    out, level = ['<text:list text:style-name="L1">'], 1
    for i, (lv, text) in enumerate(bullets):
        item = '<text:list-item>%s' % para(text, "P2", True)
        nxt = bullets[i + 1][0] if i + 1 < len(bullets) else 1
        if lv == 1 and nxt == 2:
            out.append(item + "<text:list>")
        elif lv == 2 and nxt == 1:
            out.append(item + "</text:list-item></text:list></text:list-item>")
        else:
            out.append(item + "</text:list-item>")
    out.append("</text:list>")
    return "".join(out)


def table(rows):
    ncol = len(rows[0])
    names = ("co4", "co5") if ncol == 2 else ("co1", "co2", "co3")
    cols = "".join('<table:table-column table:style-name="%s"/>' % n for n in names)
    body = []
    for r, row in enumerate(rows):
        cells = "".join('<table:table-cell table:style-name="%s">%s</table:table-cell>'
                        % ("ce2" if r == 0 else "ce1", para(c.strip())) for c in row)
        body.append('<table:table-row table:style-name="ro1" table:default-cell-style-name="ce1">%s'
                    '</table:table-row>' % cells)
    height = 1.1 * len(rows)
    return ('<draw:frame draw:style-name="gr2" draw:layer="layout" svg:width="25.199cm"'
            ' svg:height="%.3fcm" svg:x="1.4cm" svg:y="3.6cm"><table:table table:template-name="default"'
            ' table:use-first-row-styles="true" table:use-banding-rows-styles="true">%s%s</table:table>'
            '</draw:frame>' % (height, cols, "".join(body)))


def notes(n, paras):
    inner = "".join(para(p) for p in paras)
    if inner:
        frame = ('<draw:frame presentation:style-name="pr3" draw:text-style-name="P2" draw:layer="layout"'
                 ' svg:width="16.799cm" svg:height="13.364cm" svg:x="2.1cm" svg:y="14.107cm"'
                 ' presentation:class="notes"><draw:text-box>%s</draw:text-box></draw:frame>' % inner)
    else:
        frame = ('<draw:frame presentation:style-name="pr3" draw:layer="layout" svg:width="16.799cm"'
                 ' svg:height="13.364cm" svg:x="2.1cm" svg:y="14.107cm" presentation:class="notes"'
                 ' presentation:placeholder="true"><draw:text-box/></draw:frame>')
    return ('<presentation:notes draw:style-name="dp2">%s<draw:page-thumbnail draw:style-name="gr1"'
            ' draw:layer="layout" svg:width="14.848cm" svg:height="8.352cm" svg:x="3.075cm"'
            ' svg:y="2.257cm" draw:page-number="%d" presentation:class="page"/>%s</presentation:notes>'
            % (FORMS, n, frame))


def page(n, s):
    if s["kind"] == "title":
        layout = "AL1T0"
        frames = ('<draw:frame presentation:style-name="pr1" draw:layer="layout" svg:width="25.199cm"'
                  ' svg:height="3.506cm" svg:x="1.4cm" svg:y="1.8cm" presentation:class="title">'
                  '<draw:text-box>%s</draw:text-box></draw:frame>'
                  '<draw:frame presentation:style-name="pr2" draw:text-style-name="P1" draw:layer="layout"'
                  ' svg:width="25.199cm" svg:height="6.743cm" svg:x="1.4cm" svg:y="6.2cm"'
                  ' presentation:class="subtitle"><draw:text-box>%s</draw:text-box></draw:frame>'
                  % (para(s["title"]), "".join(para(x, "P1") for x in s["sub"])))
    else:
        layout = "AL2T1" if s["bullets"] else "AL3T19"
        frames = ('<draw:frame presentation:style-name="pr4" draw:layer="layout" svg:width="25.199cm"'
                  ' svg:height="2.629cm" svg:x="1.4cm" svg:y="0.628cm" presentation:class="title"'
                  ' presentation:user-transformed="true"><draw:text-box>%s</draw:text-box></draw:frame>'
                  % para(s["title"]))
        if s["bullets"]:
            frames += ('<draw:frame presentation:style-name="pr5" draw:layer="layout" svg:width="25.199cm"'
                       ' svg:height="9.134cm" svg:x="1.4cm" svg:y="3.685cm" presentation:class="outline"'
                       ' presentation:user-transformed="true"><draw:text-box>%s</draw:text-box></draw:frame>'
                       % outline(s["bullets"]))
        if s["table"]:
            frames += table(s["table"])
    return ('<draw:page draw:name="page%d" draw:style-name="dp1" draw:master-page-name="Default"'
            ' presentation:presentation-page-layout-name="%s">%s%s%s</draw:page>'
            % (n, layout, FORMS, frames, notes(n, s["notes"])))


def content_xml(slides):
    widths = ("9.5cm", "7.0cm", "8.699cm")
    pages = "".join(page(i + 1, s) for i, s in enumerate(slides))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content%s>'
            '<office:scripts/><office:font-face-decls><style:font-face style:name="Liberation Sans"'
            ' svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="roman"'
            ' style:font-pitch="variable"/><style:font-face style:name="Noto Sans"'
            ' svg:font-family="&apos;Noto Sans&apos;" style:font-family-generic="system"'
            ' style:font-pitch="variable"/></office:font-face-decls>%s'
            '<office:body><office:presentation>%s<presentation:settings'
            ' presentation:mouse-visible="false"/></office:presentation></office:body>'
            '</office:document-content>' % (NS, AUTO_STYLES % widths, pages))


def styles_xml():
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles%s>'
            '<office:font-face-decls><style:font-face style:name="Liberation Sans"'
            ' svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="roman"'
            ' style:font-pitch="variable"/></office:font-face-decls>'
            '<office:styles>'
            '<draw:marker draw:name="Arrow" svg:viewBox="0 0 20 30" svg:d="M10 0l-10 30h20z"/>'
            '<style:default-style style:family="graphic"><style:graphic-properties svg:stroke-color="#3465a4"'
            ' draw:fill-color="#729fcf" fo:wrap-option="no-wrap"/><style:paragraph-properties'
            ' style:text-autospace="ideograph-alpha" style:punctuation-wrap="simple"'
            ' style:line-break="strict" style:writing-mode="lr-tb" style:font-independent-line-spacing="false">'
            '<style:tab-stops/></style:paragraph-properties><style:text-properties style:use-window-font-color="true"'
            ' style:font-name="Liberation Sans" fo:font-size="24pt" fo:language="en" fo:country="IN"/>'
            '</style:default-style>'
            '<style:style style:name="standard" style:family="graphic"><style:graphic-properties'
            ' draw:stroke="solid" svg:stroke-width="0cm" svg:stroke-color="#3465a4" draw:fill="solid"'
            ' draw:fill-color="#729fcf" fo:padding-top="0.125cm" fo:padding-bottom="0.125cm"'
            ' fo:padding-left="0.25cm" fo:padding-right="0.25cm"/><style:text-properties'
            ' style:font-name="Liberation Sans" fo:font-size="18pt"/></style:style>'
            '<style:style style:name="objectwithoutfill" style:family="graphic" style:parent-style-name="standard">'
            '<style:graphic-properties draw:fill="none"/></style:style>'
            '<table:table-template table:name="default"><table:first-row table:style-name="ce2"/>'
            '<table:body table:style-name="ce1"/></table:table-template>'
            '</office:styles>'
            '<office:automatic-styles>'
            '<style:page-layout style:name="PM0"><style:page-layout-properties fo:margin-top="0cm"'
            ' fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="21.001cm"'
            ' fo:page-height="29.7cm" style:print-orientation="portrait"/></style:page-layout>'
            '<style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0cm"'
            ' fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="28cm"'
            ' fo:page-height="15.75cm" style:print-orientation="landscape"/></style:page-layout>'
            '<style:style style:name="Mdp1" style:family="drawing-page"><style:drawing-page-properties'
            ' draw:background-size="full" draw:fill="solid" draw:fill-color="#ffffff"/></style:style>'
            '<style:style style:name="Mdp2" style:family="drawing-page"><style:drawing-page-properties'
            ' presentation:display-header="true" presentation:display-footer="true"'
            ' presentation:display-page-number="false" presentation:display-date-time="true"/></style:style>'
            '<style:style style:name="Default-title" style:family="presentation"><style:graphic-properties'
            ' draw:stroke="none" draw:fill="none" draw:textarea-vertical-align="middle"/>'
            '<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:color="#1f3a93"'
            ' style:font-name="Liberation Sans" fo:font-size="40pt" fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Default-subtitle" style:family="presentation"><style:graphic-properties'
            ' draw:stroke="none" draw:fill="none" draw:textarea-vertical-align="middle"/>'
            '<style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="28pt"/>'
            '</style:style>'
            '<style:style style:name="Default-outline1" style:family="presentation"><style:graphic-properties'
            ' draw:stroke="none" draw:fill="none"/><style:paragraph-properties fo:margin-top="0.5cm"'
            ' fo:margin-bottom="0cm"/><style:text-properties fo:font-size="28pt"/></style:style>'
            '<style:style style:name="Default-notes" style:family="presentation"><style:graphic-properties'
            ' draw:stroke="none" draw:fill="none"/><style:paragraph-properties fo:margin-left="0.6cm"'
            ' fo:text-indent="-0.6cm"/><style:text-properties fo:font-size="20pt"/></style:style>'
            '<style:style style:name="Default-background" style:family="presentation"><style:graphic-properties'
            ' draw:stroke="none" draw:fill="none"/></style:style>'
            '<style:style style:name="Default-backgroundobjects" style:family="presentation">'
            '<style:graphic-properties draw:shadow="hidden"/></style:style>'
            '</office:automatic-styles>'
            '<office:master-styles>'
            '<draw:layer-set><draw:layer draw:name="layout"/><draw:layer draw:name="background"/>'
            '<draw:layer draw:name="backgroundobjects"/><draw:layer draw:name="controls"/>'
            '<draw:layer draw:name="measurelines"/></draw:layer-set>'
            '<style:master-page style:name="Default" style:page-layout-name="PM1" draw:style-name="Mdp1">'
            '<draw:frame presentation:style-name="Default-title" draw:layer="backgroundobjects"'
            ' svg:width="25.199cm" svg:height="2.629cm" svg:x="1.4cm" svg:y="0.628cm"'
            ' presentation:class="title" presentation:placeholder="true"><draw:text-box/></draw:frame>'
            '<draw:frame presentation:style-name="Default-outline1" draw:layer="backgroundobjects"'
            ' svg:width="25.199cm" svg:height="9.134cm" svg:x="1.4cm" svg:y="3.685cm"'
            ' presentation:class="outline" presentation:placeholder="true"><draw:text-box/></draw:frame>'
            '<presentation:notes style:page-layout-name="PM0"><draw:page-thumbnail'
            ' presentation:style-name="Default-title" draw:layer="backgroundobjects" svg:width="14.848cm"'
            ' svg:height="8.352cm" svg:x="3.075cm" svg:y="2.257cm" presentation:class="page"/>'
            '<draw:frame presentation:style-name="Default-notes" draw:layer="backgroundobjects"'
            ' svg:width="16.799cm" svg:height="13.364cm" svg:x="2.1cm" svg:y="14.107cm"'
            ' presentation:class="notes" presentation:placeholder="true"><draw:text-box/></draw:frame>'
            '</presentation:notes></style:master-page></office:master-styles>'
            '</office:document-styles>' % NS)


def meta_xml(title):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta'
            ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
            ' xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/"'
            ' xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
            ' xmlns:ooo="http://openoffice.org/2004/office" xmlns:grddl="http://www.w3.org/2003/g/data-view#"'
            ' office:version="1.3"><office:meta><meta:creation-date>2025-10-08T22:14:03.117000000</meta:creation-date>'
            '<dc:title>%s</dc:title><meta:editing-duration>PT3H12M47S</meta:editing-duration>'
            '<meta:editing-cycles>19</meta:editing-cycles><meta:generator>%s</meta:generator>'
            '<dc:date>2025-10-11T08:41:52.402000000</dc:date>'
            '<meta:initial-creator>Ritika</meta:initial-creator><dc:creator>Ritika</dc:creator>'
            '<meta:document-statistic meta:object-count="%d"/></office:meta></office:document-meta>'
            % (escape(title), escape(GENERATOR), OBJECTS[0]))


OBJECTS = [0]

SETTINGS = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-settings'
            ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
            ' xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"'
            ' xmlns:ooo="http://openoffice.org/2004/office" office:version="1.3"><office:settings>'
            '<config:config-item-set config:name="ooo:view-settings">'
            '<config:config-item config:name="VisibleAreaTop" config:type="int">-453</config:config-item>'
            '<config:config-item config:name="VisibleAreaLeft" config:type="int">-796</config:config-item>'
            '<config:config-item config:name="VisibleAreaWidth" config:type="int">29593</config:config-item>'
            '<config:config-item config:name="VisibleAreaHeight" config:type="int">16656</config:config-item>'
            '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
            '<config:config-item config:name="ViewId" config:type="string">view1</config:config-item>'
            '<config:config-item config:name="PageKind" config:type="short">1</config:config-item>'
            '<config:config-item config:name="SelectedPage" config:type="short">9</config:config-item>'
            '<config:config-item config:name="IsLayerMode" config:type="boolean">false</config:config-item>'
            '<config:config-item config:name="EditMode" config:type="short">0</config:config-item>'
            '</config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set>'
            '<config:config-item-set config:name="ooo:configuration-settings">'
            '<config:config-item config:name="IsPrintNotes" config:type="boolean">true</config:config-item>'
            '<config:config-item config:name="PrinterIndependentLayout" config:type="string">low-resolution'
            '</config:config-item><config:config-item config:name="SlidesPerHandout" config:type="short">6'
            '</config:config-item></config:config-item-set></office:settings></office:document-settings>')

MANIFEST_RDF = """<?xml version="1.0" encoding="utf-8"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="content.xml">
    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/odf#ContentFile"/>
  </rdf:Description>
  <rdf:Description rdf:about="">
    <ns0:hasPart xmlns:ns0="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#" rdf:resource="content.xml"/>
  </rdf:Description>
  <rdf:Description rdf:about="">
    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#Document"/>
  </rdf:Description>
  <rdf:Description rdf:about="styles.xml">
    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/odf#StylesFile"/>
  </rdf:Description>
  <rdf:Description rdf:about="">
    <ns0:hasPart xmlns:ns0="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#" rdf:resource="styles.xml"/>
  </rdf:Description>
</rdf:RDF>
"""

MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.presentation"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="manifest.rdf" manifest:media-type="application/rdf+xml"/>
 <manifest:file-entry manifest:full-path="Thumbnails/thumbnail.png" manifest:media-type="image/png"/>
</manifest:manifest>
"""


def thumbnail():
    """A 256x144 PNG of the title slide: white page, a blue title band, grey subtitle lines."""
    w, h = 256, 144
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if 30 <= y < 52 and 20 <= x < 236:
                px = (0x1F, 0x3A, 0x93)
            elif (70 <= y < 76 and 60 <= x < 196) or (84 <= y < 90 and 80 <= x < 176):
                px = (0x99, 0x99, 0x99)
            else:
                px = (0xFF, 0xFF, 0xFF)
            row.extend(px)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def build():
    slides = parse()
    OBJECTS[0] = sum(1 + (1 if s["sub"] or s["bullets"] else 0) + (1 if s["table"] else 0)
                     for s in slides)
    entries = [
        ("mimetype", MIME.encode("ascii"), zipfile.ZIP_STORED),
        ("content.xml", content_xml(slides).encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("styles.xml", styles_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("meta.xml", meta_xml(slides[0]["title"]).encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("settings.xml", SETTINGS.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("manifest.rdf", MANIFEST_RDF.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("Thumbnails/thumbnail.png", thumbnail(), zipfile.ZIP_DEFLATED),
        ("META-INF/manifest.xml", MANIFEST.encode("utf-8"), zipfile.ZIP_DEFLATED),
    ]
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data, method in entries:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = method
            info.external_attr = 0o644 << 16
            info.create_system = 0
            z.writestr(info, data, compresslevel=6 if method else None)


if __name__ == "__main__":
    build()
