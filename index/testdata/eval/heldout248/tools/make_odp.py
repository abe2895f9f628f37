#!/usr/bin/python3
"""Re-make docs/repo-rate-policy-toolkit.odp from tools/repo-rate-policy-toolkit.txt.

Run: /usr/bin/python3 tools/make_odp.py [OUTPUT]
Standard library only. Writes an OpenDocument presentation the way LibreOffice Impress 25.2 on
Windows saves a deck started from its "Focus" template: a stored `mimetype` first, an empty
Configurations2/ folder entry, then content.xml, styles.xml, meta.xml, manifest.rdf,
settings.xml, Thumbnails/thumbnail.png and META-INF/manifest.xml, all deflated, with fixed
timestamps and a fixed order, so the output is the same byte for byte on every run.

What the deck holds that a plain outline deck does not: slide transitions set in the
drawing-page styles, a hidden backup slide (presentation:visibility="hidden" on its page
style), a flowchart slide drawn with draw:custom-shape boxes joined by draw:connector lines and
an on-click "Appear" entrance animation for every box, free text boxes, a table:table in a
draw:frame, officeooo:annotation comments from two reviewers, a footer and a fixed date
declared once (presentation:footer-decl / date-time-decl) and used by every page, and speaker
notes (presentation:notes) on every slide.

Source format: see the comment at the top of the source text. "**...**" marks a bold run.
"""
import hashlib
import os
import re
import struct
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "repo-rate-policy-toolkit.txt")
OUT = os.path.join(HERE, "..", "docs", "repo-rate-policy-toolkit.odp")

STAMP = (2025, 8, 23, 8, 16, 40)
GENERATOR = ("LibreOffice/25.2.5.2$Windows_X86_64 "
             "LibreOffice_project/03d19516eb2e1dd5d4ccd751a0d6f35f35e08022")
MIME = b"application/vnd.oasis.opendocument.presentation"
MASTER = "Focus"
FOOTER = "GS-III Economy · Study Circle"
DATE = "23/08/25"

NS_LIST = [
    ("office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"),
    ("style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"),
    ("text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"),
    ("table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"),
    ("draw", "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"),
    ("fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"),
    ("xlink", "http://www.w3.org/1999/xlink"),
    ("dc", "http://purl.org/dc/elements/1.1/"),
    ("meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
    ("number", "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"),
    ("presentation", "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"),
    ("svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"),
    ("chart", "urn:oasis:names:tc:opendocument:xmlns:chart:1.0"),
    ("dr3d", "urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0"),
    ("math", "http://www.w3.org/1998/Math/MathML"),
    ("form", "urn:oasis:names:tc:opendocument:xmlns:form:1.0"),
    ("script", "urn:oasis:names:tc:opendocument:xmlns:script:1.0"),
    ("ooo", "http://openoffice.org/2004/office"),
    ("ooow", "http://openoffice.org/2004/writer"),
    ("oooc", "http://openoffice.org/2004/calc"),
    ("dom", "http://www.w3.org/2001/xml-events"),
    ("smil", "urn:oasis:names:tc:opendocument:xmlns:smil-compatible:1.0"),
    ("anim", "urn:oasis:names:tc:opendocument:xmlns:animation:1.0"),
    ("rpt", "http://openoffice.org/2005/report"),
    ("of", "urn:oasis:names:tc:opendocument:xmlns:of:1.2"),
    ("xhtml", "http://www.w3.org/1999/xhtml"),
    ("grddl", "http://www.w3.org/2003/g/data-view#"),
    ("officeooo", "http://openoffice.org/2009/office"),
    ("tableooo", "http://openoffice.org/2009/table"),
    ("drawooo", "http://openoffice.org/2010/draw"),
    ("calcext", "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"),
    ("loext", "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"),
    ("field", "urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0"),
    ("css3t", "http://www.w3.org/TR/css3-text/"),
]
NS = "".join(' xmlns:%s="%s"' % p for p in NS_LIST)
DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'

FONTS = ('<office:font-face-decls>'
         '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;"'
         ' style:font-family-generic="roman" style:font-pitch="variable"/>'
         '<style:font-face style:name="Noto Sans" svg:font-family="&apos;Noto Sans&apos;"'
         ' style:font-family-generic="swiss" style:font-pitch="variable"/>'
         '<style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol"'
         ' style:font-charset="x-symbol"/>'
         '<style:font-face style:name="Segoe UI" svg:font-family="&apos;Segoe UI&apos;"'
         ' style:font-family-generic="system" style:font-pitch="variable"/>'
         '</office:font-face-decls>')


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def runs(text):
    """Text with **bold** runs as LibreOffice writes them (a T1 span)."""
    out = []
    for i, part in enumerate(text.split("**")):
        if not part:
            continue
        out.append('<text:span text:style-name="T1">%s</text:span>' % esc(part) if i % 2
                   else esc(part))
    return "".join(out)


def para(text, style=None):
    attr = ' text:style-name="%s"' % style if style else ""
    return "<text:p%s>%s</text:p>" % (attr, runs(text))


# ------------------------------------------------------------------ source
def parse():
    slides, cur = [], None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("#") or not line.strip():
                continue
            if line.startswith("@slide"):
                kind = line[6:].strip() or "content"
                cur = {"kind": kind, "title": "", "sub": [], "bullets": [], "table": [],
                       "boxes": [], "flow": [], "comments": [], "notes": []}
                slides.append(cur)
            elif line.startswith("T: "):
                cur["title"] = line[3:]
            elif line.startswith("S: "):
                cur["sub"].append(line[3:])
            elif line.startswith("N: "):
                cur["notes"].append(line[3:])
            elif line.startswith("BOX: "):
                cur["boxes"].append(line[5:])
            elif line.startswith("FLOW: "):
                cur["flow"].append(line[6:])
            elif line.startswith("C: "):
                cur["comments"].append(line[3:].split("|", 3))
            elif line.startswith("|"):
                cur["table"].append(line[1:].split("|"))
            elif line.startswith("  - "):
                cur["bullets"].append((2, line[4:]))
            elif line.startswith("- "):
                cur["bullets"].append((1, line[2:]))
            else:
                raise ValueError("unknown line: %r" % line)
    return slides


# ------------------------------------------------------------------ content.xml
AUTO = (
    '<office:automatic-styles>'
    '<style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties'
    ' presentation:background-visible="true" presentation:background-objects-visible="true"'
    ' presentation:display-footer="false" presentation:display-page-number="false"'
    ' presentation:display-date-time="false" smil:type="fade" smil:subtype="crossfade"'
    ' presentation:transition-speed="slow"/></style:style>'
    '<style:style style:name="dp2" style:family="drawing-page"><style:drawing-page-properties'
    ' presentation:background-visible="true" presentation:background-objects-visible="true"'
    ' presentation:display-footer="true" presentation:display-page-number="true"'
    ' presentation:display-date-time="true" smil:type="pushWipe" smil:subtype="fromRight"'
    ' presentation:transition-speed="medium"/></style:style>'
    '<style:style style:name="dp3" style:family="drawing-page"><style:drawing-page-properties'
    ' presentation:background-visible="true" presentation:background-objects-visible="true"'
    ' presentation:display-footer="true" presentation:display-page-number="true"'
    ' presentation:display-date-time="true" presentation:visibility="hidden"/></style:style>'
    '<style:style style:name="dp4" style:family="drawing-page"><style:drawing-page-properties'
    ' presentation:display-header="true" presentation:display-footer="true"'
    ' presentation:display-page-number="false" presentation:display-date-time="true"/>'
    '</style:style>'
    '<style:style style:name="gr1" style:family="graphic"><style:graphic-properties'
    ' style:protect="size"/></style:style>'
    '<style:style style:name="gr2" style:family="graphic" style:parent-style-name="standard">'
    '<style:graphic-properties draw:stroke="none" draw:fill="none" draw:textarea-horizontal-align="justify"'
    ' fo:min-height="1.1cm" fo:min-width="0cm"/></style:style>'
    '<style:style style:name="gr3" style:family="graphic" style:parent-style-name="Object_20_with_20_no_20_fill_20_and_20_no_20_line">'
    '<style:graphic-properties draw:stroke="solid" svg:stroke-color="#18a303" draw:fill="solid"'
    ' draw:fill-color="#e8f2a1" draw:textarea-vertical-align="middle" fo:padding-top="0.125cm"'
    ' fo:padding-bottom="0.125cm" fo:padding-left="0.25cm" fo:padding-right="0.25cm"'
    ' draw:shadow="hidden"/></style:style>'
    '<style:style style:name="gr4" style:family="graphic" style:parent-style-name="objectwithoutfill">'
    '<style:graphic-properties draw:marker-end="Arrow" draw:marker-end-width="0.3cm"'
    ' svg:stroke-width="0.05cm" svg:stroke-color="#3465a4"/></style:style>'
    '<style:style style:name="gr5" style:family="graphic" style:parent-style-name="standard">'
    '<style:graphic-properties draw:stroke="none" svg:stroke-color="#000000" draw:fill="solid"'
    ' draw:fill-color="#ffffd7" draw:textarea-horizontal-align="justify" fo:min-height="1cm"'
    ' fo:padding-top="0.2cm" fo:padding-bottom="0.2cm" fo:padding-left="0.3cm"'
    ' fo:padding-right="0.3cm"/></style:style>'
    '<style:style style:name="gr6" style:family="graphic" style:parent-style-name="standard">'
    '<style:graphic-properties draw:stroke="none" draw:fill="none"/></style:style>'
    '<style:style style:name="pr1" style:family="presentation" style:parent-style-name="Focus-title">'
    '<style:graphic-properties fo:min-height="3.506cm"/></style:style>'
    '<style:style style:name="pr2" style:family="presentation" style:parent-style-name="Focus-subtitle">'
    '<style:graphic-properties draw:fill-color="#ffffff" fo:min-height="6.743cm"/></style:style>'
    '<style:style style:name="pr3" style:family="presentation" style:parent-style-name="Focus-notes">'
    '<style:graphic-properties draw:fill-color="#ffffff" draw:auto-grow-height="true"'
    ' fo:min-height="13.364cm"/></style:style>'
    '<style:style style:name="pr4" style:family="presentation" style:parent-style-name="Focus-title">'
    '<style:graphic-properties fo:min-height="2.629cm"/></style:style>'
    '<style:style style:name="pr5" style:family="presentation" style:parent-style-name="Focus-outline1">'
    '<style:graphic-properties draw:fill-color="#ffffff" fo:min-height="10.2cm"/></style:style>'
    '<style:style style:name="pr6" style:family="presentation" style:parent-style-name="Focus-outline1">'
    '<style:graphic-properties draw:fill-color="#ffffff" draw:auto-grow-height="false"'
    ' fo:min-height="10.2cm"/><style:paragraph-properties style:writing-mode="lr-tb"/>'
    '<style:text-properties fo:font-size="18pt"/></style:style>'
    '<style:style style:name="co1" style:family="table-column"><style:table-column-properties'
    ' style:column-width="4.2cm"/></style:style>'
    '<style:style style:name="co2" style:family="table-column"><style:table-column-properties'
    ' style:column-width="11.5cm"/></style:style>'
    '<style:style style:name="co3" style:family="table-column"><style:table-column-properties'
    ' style:column-width="9.5cm"/></style:style>'
    '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties'
    ' style:row-height="1.46cm"/></style:style>'
    '<style:style style:name="ce1" style:family="table-cell"><style:graphic-properties'
    ' draw:fill="solid" draw:fill-color="#dee6ef" draw:textarea-vertical-align="middle"/>'
    '<style:paragraph-properties fo:border="0.03pt solid #ffffff"/>'
    '<style:text-properties fo:font-size="14pt"/></style:style>'
    '<style:style style:name="ce2" style:family="table-cell"><style:graphic-properties'
    ' draw:fill="solid" draw:fill-color="#18a303"/><style:paragraph-properties'
    ' fo:border="0.03pt solid #ffffff"/><style:text-properties fo:color="#ffffff"'
    ' fo:font-size="14pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="P1" style:family="paragraph"><loext:graphic-properties'
    ' draw:fill-color="#ffffff"/><style:paragraph-properties fo:text-align="center"/></style:style>'
    '<style:style style:name="P2" style:family="paragraph"><loext:graphic-properties'
    ' draw:fill-color="#ffffff"/></style:style>'
    '<style:style style:name="P3" style:family="paragraph"><style:paragraph-properties'
    ' fo:text-align="center"/><style:text-properties fo:font-size="15pt"/></style:style>'
    '<style:style style:name="P4" style:family="paragraph"><style:paragraph-properties'
    ' fo:text-align="center"/><style:text-properties fo:font-size="16pt"'
    ' fo:font-style="italic"/></style:style>'
    '<style:style style:name="P5" style:family="paragraph"><style:text-properties'
    ' fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"'
    ' style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>'
    '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="●">'
    '<style:list-level-properties text:space-before="0.3cm" text:min-label-width="0.9cm"/>'
    '<style:text-properties fo:font-family="OpenSymbol" style:use-window-font-color="true"'
    ' fo:font-size="45%"/></text:list-level-style-bullet>'
    '<text:list-level-style-bullet text:level="2" text:bullet-char="–">'
    '<style:list-level-properties text:space-before="1.6cm" text:min-label-width="0.8cm"/>'
    '<style:text-properties fo:font-family="OpenSymbol" style:use-window-font-color="true"'
    ' fo:font-size="75%"/></text:list-level-style-bullet></text:list-style>'
    '</office:automatic-styles>')


def title_frame(text, style="pr4", y="0.628cm"):
    return ('<draw:frame presentation:style-name="%s" draw:layer="layout" svg:width="25.199cm"'
            ' svg:height="2.629cm" svg:x="1.4cm" svg:y="%s" presentation:class="title"'
            ' presentation:user-transformed="true"><draw:text-box>%s</draw:text-box></draw:frame>'
            % (style, y, para(text)))


def outline_frame(bullets, style="pr5", height="10.2cm"):
    out, open_sub = ['<text:list text:style-name="L1">'], False
    for i, (lv, text) in enumerate(bullets):
        nxt = bullets[i + 1][0] if i + 1 < len(bullets) else 1
        item = "<text:list-item>%s" % para(text, "P2")
        if lv == 1 and nxt == 2:
            out.append(item + "<text:list>")
        elif lv == 2 and nxt == 1:
            out.append(item + "</text:list-item></text:list></text:list-item>")
        else:
            out.append(item + "</text:list-item>")
    out.append("</text:list>")
    return ('<draw:frame presentation:style-name="%s" draw:layer="layout" svg:width="25.199cm"'
            ' svg:height="%s" svg:x="1.4cm" svg:y="3.4cm" presentation:class="outline"'
            ' presentation:user-transformed="true"><draw:text-box>%s</draw:text-box></draw:frame>'
            % (style, height, "".join(out)))


def table_frame(rows):
    cols = "".join('<table:table-column table:style-name="%s"/>' % c for c in ("co1", "co2", "co3"))
    body = []
    for r, row in enumerate(rows):
        cells = "".join('<table:table-cell%s>%s</table:table-cell>'
                        % (' table:style-name="ce2"' if r == 0 else "", para(c.strip()))
                        for c in row)
        body.append('<table:table-row table:style-name="ro1" table:default-cell-style-name="ce1">'
                    '%s</table:table-row>' % cells)
    return ('<draw:frame draw:style-name="standard" draw:layer="layout" svg:width="25.2cm"'
            ' svg:height="%.2fcm" svg:x="1.4cm" svg:y="3.6cm"><table:table'
            ' table:template-name="default" table:use-first-row-styles="true"'
            ' table:use-banding-rows-styles="true">%s%s</table:table><svg:title/><svg:desc/>'
            '</draw:frame>' % (1.46 * len(rows), cols, "".join(body)))


def box_frame(text, y, style="gr5", pstyle="P4"):
    return ('<draw:frame draw:style-name="%s" draw:text-style-name="%s" draw:layer="layout"'
            ' svg:width="25.2cm" svg:height="1.2cm" svg:x="1.4cm" svg:y="%s"><draw:text-box>'
            '%s</draw:text-box></draw:frame>' % (style, pstyle, y, para(text, pstyle)))


FLOW_POS = [(1.4, 3.6), (10.2, 3.6), (19.0, 3.6), (19.0, 8.2), (10.2, 8.2), (1.4, 8.2)]
FLOW_W, FLOW_H = 7.6, 3.2
GEOMETRY = ('<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:type="flowchart-process"'
            ' draw:text-areas="0 0 21600 21600"'
            ' draw:enhanced-path="M 0 0 L 21600 0 21600 21600 0 21600 0 0 Z N"/>')


def glue(i, side):
    x, y = FLOW_POS[i]
    return {"top": (x + FLOW_W / 2, y), "left": (x, y + FLOW_H / 2),
            "bottom": (x + FLOW_W / 2, y + FLOW_H), "right": (x + FLOW_W, y + FLOW_H / 2)}[side]


GLUE_NO = {"top": 0, "left": 3, "bottom": 2, "right": 1}


def flow_shapes(steps, first_id):
    shapes, links, ids = [], [], []
    for i, text in enumerate(steps):
        x, y = FLOW_POS[i]
        sid = "id%d" % (first_id + i)
        ids.append(sid)
        shapes.append('<draw:custom-shape draw:style-name="gr3" draw:text-style-name="P3"'
                      ' xml:id="%s" draw:id="%s" draw:layer="layout" svg:width="%.1fcm"'
                      ' svg:height="%.1fcm" svg:x="%.1fcm" svg:y="%.1fcm">%s%s</draw:custom-shape>'
                      % (sid, sid, FLOW_W, FLOW_H, x, y, para(text, "P3"), GEOMETRY))
    for i in range(len(steps) - 1):
        if i in (0, 1):
            a, b = "right", "left"
        elif i == 2:
            a, b = "bottom", "top"
        else:
            a, b = "left", "right"
        (x1, y1), (x2, y2) = glue(i, a), glue(i + 1, b)
        links.append('<draw:connector draw:style-name="gr4" draw:layer="layout" draw:type="standard"'
                     ' svg:x1="%.1fcm" svg:y1="%.1fcm" svg:x2="%.1fcm" svg:y2="%.1fcm"'
                     ' draw:start-shape="%s" draw:start-glue-point="%d" draw:end-shape="%s"'
                     ' draw:end-glue-point="%d" svg:d="M%d %dL%d %d" svg:viewBox="%d %d %d %d">'
                     '<text:p/></draw:connector>'
                     % (x1, y1, x2, y2, ids[i], GLUE_NO[a], ids[i + 1], GLUE_NO[b],
                        round(x1 * 1000), round(y1 * 1000), round(x2 * 1000), round(y2 * 1000),
                        round(min(x1, x2) * 1000), round(min(y1, y2) * 1000),
                        round(abs(x2 - x1) * 1000) + 1, round(abs(y2 - y1) * 1000) + 1))
    return "".join(shapes) + "".join(links), ids


def appear_animation(ids):
    clicks = []
    for sid in ids:
        clicks.append('<anim:par smil:begin="indefinite"><anim:par smil:begin="0s"><anim:par'
                      ' smil:begin="0s" smil:fill="hold" presentation:node-type="on-click"'
                      ' presentation:preset-class="entrance" presentation:preset-id="ooo-entrance-appear">'
                      '<anim:set smil:begin="0s" smil:dur="0.001s" smil:fill="hold"'
                      ' smil:targetElement="%s" smil:attributeName="visibility"'
                      ' smil:to="visible"/></anim:par></anim:par></anim:par>' % sid)
    return ('<anim:par presentation:node-type="timing-root"><anim:seq'
            ' presentation:node-type="main-sequence">%s</anim:seq></anim:par>' % "".join(clicks))


def annotation(author, initials, date, text, k):
    return ('<officeooo:annotation svg:x="%.2fcm" svg:y="%.2fcm" svg:width="0.6cm"'
            ' svg:height="0.6cm"><dc:creator>%s</dc:creator><dc:date>%s.000000000</dc:date>'
            '<meta:creator-initials>%s</meta:creator-initials>%s</officeooo:annotation>'
            % (26.9, 0.4 + 0.8 * k, esc(author), date, esc(initials), para(text)))


def notes_page(n, paras):
    thumb = ('<draw:page-thumbnail draw:style-name="gr1" draw:layer="layout" svg:width="14.848cm"'
             ' svg:height="8.35cm" svg:x="3.076cm" svg:y="2.257cm" draw:page-number="%d"'
             ' presentation:class="page"/>' % n)
    inner = "".join(para(p) for p in paras)
    frame = ('<draw:frame presentation:style-name="pr3" draw:text-style-name="P2" draw:layer="layout"'
             ' svg:width="16.799cm" svg:height="13.364cm" svg:x="2.1cm" svg:y="11.702cm"'
             ' presentation:class="notes" presentation:placeholder="%s"><draw:text-box%s</draw:frame>'
             % ("false" if inner else "true", ">%s</draw:text-box>" % inner if inner else "/>"))
    return '<presentation:notes draw:style-name="dp4">%s%s</presentation:notes>' % (thumb, frame)


def page(n, s):
    kind = s["kind"]
    style = {"title": "dp1", "hidden": "dp3"}.get(kind, "dp2")
    layout = "AL1T0" if kind == "title" else ("AL3T19" if s["flow"] or s["table"] else "AL2T1")
    parts = []
    anim = ""
    if kind == "title":
        parts.append(title_frame(s["title"], "pr1", "1.8cm"))
        parts.append('<draw:frame presentation:style-name="pr2" draw:text-style-name="P1"'
                     ' draw:layer="layout" svg:width="25.199cm" svg:height="6.743cm" svg:x="1.4cm"'
                     ' svg:y="6.2cm" presentation:class="subtitle" presentation:user-transformed="true">'
                     '<draw:text-box>%s</draw:text-box></draw:frame>'
                     % "".join(para(p, "P1") for p in s["sub"]))
    else:
        parts.append(title_frame(s["title"]))
        if s["bullets"]:
            parts.append(outline_frame(s["bullets"], "pr6" if s["boxes"] else "pr5",
                                       "8.6cm" if s["boxes"] else "10.2cm"))
        if s["table"]:
            parts.append(table_frame(s["table"]))
        if s["flow"]:
            shapes, ids = flow_shapes(s["flow"], 1)
            parts.append(shapes)
            anim = appear_animation(ids)
        for box in s["boxes"]:
            parts.append(box_frame(box, "12.6cm" if s["flow"] else "12.4cm"))
    for k, c in enumerate(s["comments"]):
        parts.append(annotation(c[0], c[1], c[2], c[3], k))
    parts.append(anim)
    parts.append(notes_page(n, s["notes"]))
    return ('<draw:page draw:name="page%d" draw:style-name="%s" draw:master-page-name="%s"'
            ' presentation:presentation-page-layout-name="%s" presentation:use-footer-name="ftr1"'
            ' presentation:use-date-time-name="dtd1">%s</draw:page>'
            % (n, style, MASTER, layout, "".join(parts)))


def content_xml(slides):
    pages = "".join(page(i + 1, s) for i, s in enumerate(slides))
    return (DECL + '<office:document-content%s office:version="1.3"><office:scripts/>%s%s'
            '<office:body><office:presentation><presentation:footer-decl presentation:name="ftr1">'
            '%s</presentation:footer-decl><presentation:date-time-decl presentation:name="dtd1"'
            ' presentation:source="fixed" style:data-style-name="D3">%s</presentation:date-time-decl>'
            '%s<presentation:settings presentation:mouse-visible="false"/></office:presentation>'
            '</office:body></office:document-content>'
            % (NS, FONTS, AUTO, esc(FOOTER), DATE, pages))


# ------------------------------------------------------------------ styles.xml
def pres_style(name, size, bold=False, color="#1c1c1c", extra=""):
    weight = ' fo:font-weight="bold"' if bold else ""
    return ('<style:style style:name="%s-%s" style:family="presentation">%s<style:text-properties'
            ' style:font-name="Noto Sans" fo:font-size="%s" fo:color="%s"%s/></style:style>'
            % (MASTER, name, extra, size, color, weight))


def styles_xml():
    office_styles = (
        '<office:styles>'
        '<draw:marker draw:name="Arrow" svg:viewBox="0 0 20 30" svg:d="M10 0l-10 30h20z"/>'
        '<number:date-style style:name="D3"><number:day number:style="long"/><number:text>/</number:text>'
        '<number:month number:style="long"/><number:text>/</number:text><number:year/></number:date-style>'
        '<style:default-style style:family="graphic"><style:graphic-properties svg:stroke-color="#3465a4"'
        ' draw:fill-color="#729fcf" fo:wrap-option="no-wrap"/><style:paragraph-properties'
        ' style:text-autospace="ideograph-alpha" style:punctuation-wrap="simple"'
        ' style:line-break="strict" style:writing-mode="lr-tb" style:font-independent-line-spacing="false">'
        '<style:tab-stops/></style:paragraph-properties><style:text-properties style:use-window-font-color="true"'
        ' loext:opacity="0%" style:font-name="Liberation Sans" fo:font-size="24pt" fo:language="en"'
        ' fo:country="IN" style:font-name-asian="Segoe UI" style:font-size-asian="24pt"'
        ' style:language-asian="zh" style:country-asian="CN" style:font-name-complex="Segoe UI"'
        ' style:font-size-complex="24pt" style:language-complex="hi" style:country-complex="IN"/>'
        '</style:default-style>'
        '<style:style style:name="standard" style:family="graphic"><style:graphic-properties'
        ' draw:stroke="solid" svg:stroke-width="0cm" svg:stroke-color="#3465a4" draw:fill="solid"'
        ' draw:fill-color="#729fcf" fo:padding-top="0.125cm" fo:padding-bottom="0.125cm"'
        ' fo:padding-left="0.25cm" fo:padding-right="0.25cm"/><style:text-properties'
        ' style:font-name="Liberation Sans" fo:font-size="18pt"/></style:style>'
        '<style:style style:name="objectwithoutfill" style:family="graphic" style:parent-style-name="standard">'
        '<style:graphic-properties draw:fill="none"/></style:style>'
        '<style:style style:name="Object_20_with_20_no_20_fill_20_and_20_no_20_line"'
        ' style:display-name="Object with no fill and no line" style:family="graphic"'
        ' style:parent-style-name="standard"><style:graphic-properties draw:stroke="none"'
        ' draw:fill="none"/></style:style>'
        '<style:presentation-page-layout style:name="AL1T0"><presentation:placeholder'
        ' presentation:object="title" svg:x="1.4cm" svg:y="0.628cm" svg:width="25.199cm"'
        ' svg:height="2.629cm"/><presentation:placeholder presentation:object="subtitle"'
        ' svg:x="1.4cm" svg:y="3.685cm" svg:width="25.199cm" svg:height="9.134cm"/>'
        '</style:presentation-page-layout>'
        '<style:presentation-page-layout style:name="AL2T1"><presentation:placeholder'
        ' presentation:object="title" svg:x="1.4cm" svg:y="0.628cm" svg:width="25.199cm"'
        ' svg:height="2.629cm"/><presentation:placeholder presentation:object="outline"'
        ' svg:x="1.4cm" svg:y="3.685cm" svg:width="25.199cm" svg:height="9.134cm"/>'
        '</style:presentation-page-layout>'
        '<style:presentation-page-layout style:name="AL3T19"><presentation:placeholder'
        ' presentation:object="title" svg:x="1.4cm" svg:y="0.628cm" svg:width="25.199cm"'
        ' svg:height="2.629cm"/></style:presentation-page-layout>'
        + pres_style("background", "18pt", extra='<style:graphic-properties draw:stroke="none"'
                     ' draw:fill="none"/>')
        + pres_style("backgroundobjects", "18pt")
        + pres_style("notes", "20pt")
        + pres_style("outline1", "24pt", extra='<style:graphic-properties draw:stroke="none"'
                     ' draw:fill="none"/><style:paragraph-properties fo:margin-top="0.3cm"'
                     ' fo:margin-bottom="0.2cm"/>')
        + pres_style("outline2", "20pt")
        + pres_style("subtitle", "24pt", color="#18a303")
        + pres_style("title", "36pt", bold=True, color="#18a303")
        + '</office:styles>')
    auto = ('<office:automatic-styles>'
            '<style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0cm"'
            ' fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm"'
            ' fo:page-width="28cm" fo:page-height="15.75cm" style:print-orientation="landscape"/>'
            '</style:page-layout>'
            '<style:page-layout style:name="PM2"><style:page-layout-properties fo:margin-top="0cm"'
            ' fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm"'
            ' fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"/>'
            '</style:page-layout>'
            '<style:style style:name="Mdp1" style:family="drawing-page"><style:drawing-page-properties'
            ' draw:background-size="full" draw:fill="solid" draw:fill-color="#ffffff"/></style:style>'
            '<style:style style:name="Mgr1" style:family="graphic"><style:graphic-properties'
            ' draw:stroke="none" draw:fill="solid" draw:fill-color="#18a303"/></style:style>'
            '<style:style style:name="MP1" style:family="paragraph"><style:paragraph-properties'
            ' fo:text-align="end"/><style:text-properties fo:font-size="12pt" fo:color="#666666"/>'
            '</style:style>'
            '</office:automatic-styles>')
    field = ('<draw:frame presentation:style-name="%s-backgroundobjects" draw:text-style-name="MP1"'
             ' draw:layer="backgroundobjects" svg:width="%s" svg:height="0.9cm" svg:x="%s"'
             ' svg:y="14.6cm" presentation:class="%s"><draw:text-box><text:p text:style-name="MP1">'
             '%s</text:p></draw:text-box></draw:frame>')
    master = (
        '<office:master-styles>'
        '<draw:layer-set><draw:layer draw:name="layout"/><draw:layer draw:name="background"/>'
        '<draw:layer draw:name="backgroundobjects"/><draw:layer draw:name="controls"/>'
        '<draw:layer draw:name="measurelines"/></draw:layer-set>'
        '<style:master-page style:name="%s" style:page-layout-name="PM1" draw:style-name="Mdp1">'
        '<draw:rect draw:style-name="Mgr1" draw:layer="backgroundobjects" svg:width="28cm"'
        ' svg:height="0.35cm" svg:x="0cm" svg:y="0cm"/>'
        % MASTER
        + field % (MASTER, "6.2cm", "1.4cm", "date-time",
                   '<presentation:date-time/>')
        + field % (MASTER, "12.6cm", "7.7cm", "footer", '<presentation:footer/>')
        + field % (MASTER, "6.2cm", "20.4cm", "page-number",
                   '<text:page-number>&lt;number&gt;</text:page-number>')
        + '<presentation:notes style:page-layout-name="PM2"><draw:page-thumbnail'
          ' presentation:style-name="%s-title" draw:layer="backgroundobjects" svg:width="14.848cm"'
          ' svg:height="8.35cm" svg:x="3.076cm" svg:y="2.257cm" presentation:class="page"/>'
          '<draw:frame presentation:style-name="%s-notes" draw:layer="backgroundobjects"'
          ' svg:width="16.799cm" svg:height="13.364cm" svg:x="2.1cm" svg:y="11.702cm"'
          ' presentation:class="notes" presentation:placeholder="true"><draw:text-box/></draw:frame>'
          '</presentation:notes></style:master-page></office:master-styles>' % (MASTER, MASTER))
    return (DECL + '<office:document-styles%s office:version="1.3">%s%s%s%s</office:document-styles>'
            % (NS, FONTS, office_styles, auto, master))


# ------------------------------------------------------------------ other parts
def meta_xml(slides):
    objects = 0
    for s in slides:
        objects += 2 + len(s["flow"]) * 2 + len(s["boxes"]) + (1 if s["table"] else 0)
    return (DECL + '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
            ' xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/"'
            ' xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
            ' xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"'
            ' xmlns:ooo="http://openoffice.org/2004/office" xmlns:smil="urn:oasis:names:tc:opendocument:xmlns:smil-compatible:1.0"'
            ' xmlns:anim="urn:oasis:names:tc:opendocument:xmlns:animation:1.0"'
            ' xmlns:grddl="http://www.w3.org/2003/g/data-view#"'
            ' xmlns:officeooo="http://openoffice.org/2009/office"'
            ' xmlns:drawooo="http://openoffice.org/2010/draw" office:version="1.3"><office:meta>'
            '<meta:creation-date>2025-08-17T19:22:05.412339871</meta:creation-date>'
            '<dc:date>2025-08-23T08:16:40.118205773</dc:date>'
            '<meta:editing-duration>PT5H47M12S</meta:editing-duration>'
            '<meta:editing-cycles>23</meta:editing-cycles>'
            '<meta:generator>%s</meta:generator>'
            '<dc:title>%s</dc:title>'
            '<meta:template xlink:type="simple" xlink:actuate="onRequest" xlink:title="Focus"'
            ' xlink:href="../../../../Program%%20Files/LibreOffice/share/template/common/presnt/Focus.otp"'
            ' meta:date="2025-08-17T19:22:05.000000000"/>'
            '<dc:creator>Ritika Sharma</dc:creator>'
            '<meta:document-statistic meta:object-count="%d"/></office:meta></office:document-meta>'
            % (GENERATOR, esc(slides[0]["title"]), objects))


SETTINGS = (DECL + '<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
            ' xmlns:xlink="http://www.w3.org/1999/xlink"'
            ' xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"'
            ' xmlns:ooo="http://openoffice.org/2004/office" office:version="1.3"><office:settings>'
            '<config:config-item-set config:name="ooo:view-settings">'
            '<config:config-item config:name="VisibleAreaTop" config:type="int">-3929</config:config-item>'
            '<config:config-item config:name="VisibleAreaLeft" config:type="int">-1108</config:config-item>'
            '<config:config-item config:name="VisibleAreaWidth" config:type="int">30217</config:config-item>'
            '<config:config-item config:name="VisibleAreaHeight" config:type="int">23580</config:config-item>'
            '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
            '<config:config-item config:name="ViewId" config:type="string">view1</config:config-item>'
            '<config:config-item config:name="GridIsVisible" config:type="boolean">false</config:config-item>'
            '<config:config-item config:name="IsSnapToGrid" config:type="boolean">true</config:config-item>'
            '<config:config-item config:name="SelectedPage" config:type="short">7</config:config-item>'
            '<config:config-item config:name="PageKind" config:type="short">0</config:config-item>'
            '<config:config-item config:name="IsLayerMode" config:type="boolean">false</config:config-item>'
            '<config:config-item config:name="EditMode" config:type="int">0</config:config-item>'
            '<config:config-item config:name="ZoomOnPage" config:type="boolean">true</config:config-item>'
            '</config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set>'
            '<config:config-item-set config:name="ooo:configuration-settings">'
            '<config:config-item config:name="ApplyUserData" config:type="boolean">true</config:config-item>'
            '<config:config-item config:name="DefaultTabStop" config:type="int">1270</config:config-item>'
            '<config:config-item config:name="IsPrintHiddenPages" config:type="boolean">false</config:config-item>'
            '<config:config-item config:name="IsPrintNotes" config:type="boolean">true</config:config-item>'
            '<config:config-item config:name="PageNumberFormat" config:type="int">4</config:config-item>'
            '<config:config-item config:name="PrinterName" config:type="string">Microsoft Print to PDF</config:config-item>'
            '<config:config-item config:name="SlidesPerHandout" config:type="short">6</config:config-item>'
            '</config:config-item-set></office:settings></office:document-settings>')

MANIFEST_RDF = (DECL + '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
                '  <rdf:Description rdf:about="content.xml">\n'
                '    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/odf#ContentFile"/>\n'
                '  </rdf:Description>\n'
                '  <rdf:Description rdf:about="styles.xml">\n'
                '    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/odf#StylesFile"/>\n'
                '  </rdf:Description>\n'
                '  <rdf:Description rdf:about="">\n'
                '    <ns0:hasPart xmlns:ns0="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#" rdf:resource="content.xml"/>\n'
                '  </rdf:Description>\n'
                '  <rdf:Description rdf:about="">\n'
                '    <ns0:hasPart xmlns:ns0="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#" rdf:resource="styles.xml"/>\n'
                '  </rdf:Description>\n'
                '  <rdf:Description rdf:about="">\n'
                '    <rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/pkg#Document"/>\n'
                '  </rdf:Description>\n'
                '</rdf:RDF>\n')

MANIFEST = (DECL + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
            ' manifest:version="1.3" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0">\n'
            ' <manifest:file-entry manifest:full-path="/" manifest:version="1.3"'
            ' manifest:media-type="application/vnd.oasis.opendocument.presentation"/>\n'
            ' <manifest:file-entry manifest:full-path="Configurations2/" manifest:media-type="application/vnd.sun.xml.ui.configuration"/>\n'
            ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="manifest.rdf" manifest:media-type="application/rdf+xml"/>\n'
            ' <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="Thumbnails/thumbnail.png" manifest:media-type="image/png"/>\n'
            '</manifest:manifest>\n')


def thumbnail():
    """A 256x144 PNG of the title slide: white, a green top rule, grey bars for the text."""
    w, h = 256, 144
    rows = []
    for y in range(h):
        row = bytearray()
        for x in range(w):
            if y < 3:
                px = (0x18, 0xa3, 0x03)
            elif 24 <= y < 34 and 40 <= x < 216:
                px = (0x18, 0xa3, 0x03)
            elif (62 <= y < 66 and 52 <= x < 204) or (76 <= y < 79 and 64 <= x < 192) or \
                    (88 <= y < 91 and 72 <= x < 184):
                px = (0x99, 0x99, 0x99)
            elif 136 <= y < 139 and 100 <= x < 156:
                px = (0xcc, 0xcc, 0xcc)
            else:
                px = (0xff, 0xff, 0xff)
            row += bytes(px)
        rows.append(b"\x00" + bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def build(out):
    slides = parse()
    members = [
        ("mimetype", MIME, zipfile.ZIP_STORED),
        ("Configurations2/", b"", zipfile.ZIP_STORED),
        ("content.xml", content_xml(slides).encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("styles.xml", styles_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("meta.xml", meta_xml(slides).encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("manifest.rdf", MANIFEST_RDF.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("settings.xml", SETTINGS.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("Thumbnails/thumbnail.png", thumbnail(), zipfile.ZIP_DEFLATED),
        ("META-INF/manifest.xml", MANIFEST.encode("utf-8"), zipfile.ZIP_DEFLATED),
    ]
    with zipfile.ZipFile(out, "w") as z:
        for name, data, method in members:
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = method
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, data)


def main():
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)


if __name__ == "__main__":
    main()
