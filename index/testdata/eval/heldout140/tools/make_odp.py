#!/usr/bin/python3
"""Re-make docs/harappan-lecture.odp from tools/harappan-lecture.txt.

Run from anywhere: /usr/bin/python3 tools/make_odp.py [output path]
The package is laid out the way LibreOffice Impress saves it: "mimetype" first and stored,
then content.xml (one draw:page per slide: a title frame, an outline frame or a table,
speaker notes in presentation:notes), styles.xml (presentation styles, page layouts and the
"Default" master page), meta.xml and META-INF/manifest.xml. Only the standard library is used
and the zip entries carry a fixed timestamp, so the output is byte-for-byte reproducible.
"""
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "harappan-lecture.txt")
OUT = os.path.join(HERE, "..", "docs", "harappan-lecture.odp")
STAMP = (2025, 8, 12, 23, 41, 52)

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:chart="urn:oasis:names:tc:opendocument:xmlns:chart:1.0" '
      'xmlns:dr3d="urn:oasis:names:tc:opendocument:xmlns:dr3d:1.0" '
      'xmlns:math="http://www.w3.org/1998/Math/MathML" '
      'xmlns:form="urn:oasis:names:tc:opendocument:xmlns:form:1.0" '
      'xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" '
      'xmlns:ooo="http://openoffice.org/2004/office" xmlns:ooow="http://openoffice.org/2004/writer" '
      'xmlns:oooc="http://openoffice.org/2004/calc" xmlns:dom="http://www.w3.org/2001/xml-events" '
      'xmlns:smil="urn:oasis:names:tc:opendocument:xmlns:smil-compatible:1.0" '
      'xmlns:anim="urn:oasis:names:tc:opendocument:xmlns:animation:1.0" '
      'xmlns:xhtml="http://www.w3.org/1999/xhtml" '
      'xmlns:officeooo="http://openoffice.org/2009/office" '
      'xmlns:drawooo="http://openoffice.org/2010/draw" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')


def esc(s):
    """Escape character data the way LibreOffice writes it."""
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def parse():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    slides, cur, mode = [], None, None
    for line in lines:
        if line.startswith("#"):
            continue
        s = line.strip()
        if s.startswith("@slide "):
            cur = {"title": s[7:], "subtitle": None, "items": [], "table": [], "notes": []}
            slides.append(cur)
            mode = "body"
        elif s.startswith("@subtitle "):
            cur["subtitle"] = s[10:]
        elif s == "@table":
            mode = "table"
        elif s == "@endtable":
            mode = "body"
        elif s == "@notes":
            mode = "notes"
        elif not s:
            continue
        elif mode == "table":
            cur["table"].append([c.strip() for c in s.split(" | ")])
        elif mode == "notes":
            cur["notes"].append(s)
        elif line.startswith("  - "):
            cur["items"].append((2, s[2:]))
        elif line.startswith("- "):
            cur["items"].append((1, s[2:]))
        else:
            raise SystemExit("cannot parse line: %r" % line)
    return slides


def outline_xml(items):
    out, i = ['<text:list text:style-name="L2">'], 0
    while i < len(items):
        level, text = items[i]
        out.append('<text:list-item><text:p text:style-name="P2">%s</text:p>' % esc(text))
        j = i + 1
        subs = []
        while j < len(items) and items[j][0] == 2:
            subs.append(items[j][1])
            j += 1
        if subs:
            out.append('</text:list-item><text:list-item><text:list>')
            out.extend('<text:list-item><text:p text:style-name="P3">%s</text:p></text:list-item>'
                       % esc(t) for t in subs)
            out.append('</text:list>')
        out.append('</text:list-item>')
        i = j
    out.append('</text:list>')
    return "".join(out)


def table_xml(rows):
    widths = ["3.2cm", "4.4cm", "4.6cm", "5.8cm", "7.2cm"]
    out = ['<draw:frame draw:style-name="gr2" draw:layer="layout" svg:width="25.2cm" '
           'svg:height="10.6cm" svg:x="1.4cm" svg:y="3.4cm">'
           '<table:table table:template-name="default" table:use-first-row-styles="true" '
           'table:use-banding-rows-styles="true">']
    out.extend('<table:table-column table:style-name="co%d"/>' % (k + 1) for k in range(len(widths)))
    for r, row in enumerate(rows):
        out.append('<table:table-row table:style-name="ro%d" table:default-cell-style-name="ce1">'
                   % (1 if r == 0 else 2))
        for cell in row:
            out.append('<table:table-cell><text:p text:style-name="P%d">%s</text:p></table:table-cell>'
                       % (6 if r == 0 else 7, esc(cell)))
        out.append('</table:table-row>')
    out.append('</table:table></draw:frame>')
    return "".join(out)


def notes_xml(n, notes):
    thumb = ('<draw:page-thumbnail draw:style-name="gr1" draw:layer="layout" svg:width="13.968cm" '
             'svg:height="7.856cm" svg:x="3.519cm" svg:y="2.657cm" draw:page-number="%d" '
             'presentation:class="page"/>' % n)
    frame = ('<draw:frame presentation:style-name="pr3" draw:text-style-name="P4" draw:layer="layout" '
             'svg:width="16.799cm" svg:height="13.364cm" svg:x="2.1cm" svg:y="11.288cm" '
             'presentation:class="notes" presentation:placeholder="%s">')
    if notes:
        body = "".join('<text:p text:style-name="P4">%s</text:p>' % esc(p) for p in notes)
        frame = frame % "false" + '<draw:text-box>%s</draw:text-box></draw:frame>' % body
    else:
        frame = frame % "true" + '<draw:text-box/></draw:frame>'
    return '<presentation:notes draw:style-name="dp2">%s%s</presentation:notes>' % (thumb, frame)


def content_xml(slides):
    auto = (
        '<office:automatic-styles>'
        '<style:style style:name="dp1" style:family="drawing-page">'
        '<style:drawing-page-properties presentation:background-visible="true" '
        'presentation:background-objects-visible="true" presentation:display-footer="true" '
        'presentation:display-page-number="false" presentation:display-date-time="true"/></style:style>'
        '<style:style style:name="dp2" style:family="drawing-page">'
        '<style:drawing-page-properties presentation:display-header="true" '
        'presentation:display-footer="true" presentation:display-page-number="false" '
        'presentation:display-date-time="true"/></style:style>'
        '<style:style style:name="gr1" style:family="graphic">'
        '<style:graphic-properties style:protect="size"/></style:style>'
        '<style:style style:name="gr2" style:family="graphic">'
        '<style:graphic-properties draw:stroke="none" svg:stroke-color="#000000" draw:fill="none" '
        'draw:fill-color="#ffffff" fo:min-height="0cm"/></style:style>'
        '<style:style style:name="pr1" style:family="presentation" style:parent-style-name="Default-title">'
        '<style:graphic-properties fo:min-height="2.629cm"/></style:style>'
        '<style:style style:name="pr2" style:family="presentation" style:parent-style-name="Default-outline1">'
        '<style:graphic-properties fo:min-height="9.134cm"/></style:style>'
        '<style:style style:name="pr3" style:family="presentation" style:parent-style-name="Default-notes">'
        '<style:graphic-properties draw:fill-color="#ffffff" fo:min-height="13.364cm"/></style:style>'
        '<style:style style:name="pr4" style:family="presentation" style:parent-style-name="Default-subtitle">'
        '<style:graphic-properties draw:fill-color="#ffffff" fo:min-height="6.962cm"/></style:style>'
        '<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>'
        '<style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="4.4cm"/></style:style>'
        '<style:style style:name="co3" style:family="table-column"><style:table-column-properties style:column-width="4.6cm"/></style:style>'
        '<style:style style:name="co4" style:family="table-column"><style:table-column-properties style:column-width="5.8cm"/></style:style>'
        '<style:style style:name="co5" style:family="table-column"><style:table-column-properties style:column-width="7.2cm"/></style:style>'
        '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="1.1cm"/></style:style>'
        '<style:style style:name="ro2" style:family="table-row"><style:table-row-properties style:row-height="1.05cm"/></style:style>'
        '<style:style style:name="ce1" style:family="table-cell">'
        '<style:graphic-properties draw:fill="solid" draw:fill-color="#dde8cb"/>'
        '<style:paragraph-properties fo:border="0.03pt solid #ffffff"/>'
        '<style:text-properties fo:font-size="12pt"/></style:style>'
        '<style:style style:name="P1" style:family="paragraph"><loext:graphic-properties draw:fill-color="#ffffff"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph"><style:paragraph-properties fo:margin-left="0cm" fo:margin-top="0.25cm" fo:text-indent="0cm"/></style:style>'
        '<style:style style:name="P3" style:family="paragraph"><style:paragraph-properties fo:margin-left="1.2cm" fo:text-indent="0cm"/><style:text-properties fo:font-size="20pt"/></style:style>'
        '<style:style style:name="P4" style:family="paragraph"><loext:graphic-properties draw:fill-color="#ffffff"/></style:style>'
        '<style:style style:name="P5" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/></style:style>'
        '<style:style style:name="P6" style:family="paragraph"><style:text-properties fo:font-size="12pt" fo:font-weight="bold" style:font-weight-complex="bold"/></style:style>'
        '<style:style style:name="P7" style:family="paragraph"><style:text-properties fo:font-size="12pt"/></style:style>'
        '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="\u25cf">'
        '<style:list-level-properties/><style:text-properties fo:font-family="OpenSymbol" style:use-window-font-color="true" fo:font-size="45%"/>'
        '</text:list-level-style-bullet></text:list-style>'
        '<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="\u25cf">'
        '<style:list-level-properties text:space-before="0.3cm" text:min-label-width="0.9cm"/>'
        '<style:text-properties fo:font-family="OpenSymbol" style:use-window-font-color="true" fo:font-size="45%"/>'
        '</text:list-level-style-bullet><text:list-level-style-bullet text:level="2" text:bullet-char="\u2013">'
        '<style:list-level-properties text:space-before="1.6cm" text:min-label-width="0.8cm"/>'
        '<style:text-properties fo:font-family="OpenSymbol" style:use-window-font-color="true" fo:font-size="75%"/>'
        '</text:list-level-style-bullet></text:list-style>'
        '</office:automatic-styles>')
    pages = []
    for n, sl in enumerate(slides, 1):
        if sl["subtitle"] is not None:
            layout = "AL1T0"
        elif sl["table"]:
            layout = "AL3T19"
        else:
            layout = "AL2T1"
        p = ['<draw:page draw:name="page%d" draw:style-name="dp1" draw:master-page-name="Default" '
             'presentation:presentation-page-layout-name="%s">' % (n, layout)]
        p.append('<draw:frame presentation:style-name="pr1" draw:layer="layout" svg:width="25.199cm" '
                 'svg:height="2.629cm" svg:x="1.4cm" svg:y="0.628cm" presentation:class="title" '
                 'presentation:user-transformed="true"><draw:text-box><text:p>%s</text:p>'
                 '</draw:text-box></draw:frame>' % esc(sl["title"]))
        if sl["subtitle"] is not None:
            p.append('<draw:frame presentation:style-name="pr4" draw:text-style-name="P5" draw:layer="layout" '
                     'svg:width="25.199cm" svg:height="6.962cm" svg:x="1.4cm" svg:y="3.685cm" '
                     'presentation:class="subtitle"><draw:text-box><text:p text:style-name="P5">%s</text:p>'
                     '</draw:text-box></draw:frame>' % esc(sl["subtitle"]))
        if sl["items"]:
            p.append('<draw:frame presentation:style-name="pr2" draw:layer="layout" svg:width="25.199cm" '
                     'svg:height="9.134cm" svg:x="1.4cm" svg:y="3.685cm" presentation:class="outline" '
                     'presentation:user-transformed="true"><draw:text-box>%s</draw:text-box></draw:frame>'
                     % outline_xml(sl["items"]))
        if sl["table"]:
            p.append(table_xml(sl["table"]))
        p.append(notes_xml(n, sl["notes"]))
        p.append('</draw:page>')
        pages.append("".join(p))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-content %s office:version="1.3"><office:scripts/>'
            '<office:font-face-decls><style:font-face style:name="Liberation Sans" '
            'svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="roman" '
            'style:font-pitch="variable"/></office:font-face-decls>%s'
            '<office:body><office:presentation>%s'
            '<presentation:settings presentation:mouse-visible="false"/>'
            '</office:presentation></office:body></office:document-content>'
            % (NS, auto, "".join(pages)))


def styles_xml():
    def pstyle(name, parent, size, extra=""):
        par = ' style:parent-style-name="%s"' % parent if parent else ""
        return ('<style:style style:name="%s" style:family="presentation"%s>%s'
                '<style:text-properties fo:font-size="%s"/></style:style>' % (name, par, extra, size))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-styles %s office:version="1.3">'
            '<office:font-face-decls><style:font-face style:name="Liberation Sans" '
            'svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="roman" '
            'style:font-pitch="variable"/><style:font-face style:name="OpenSymbol" '
            'svg:font-family="OpenSymbol" style:font-charset="x-symbol"/></office:font-face-decls>'
            '<office:styles>'
            '<draw:marker draw:name="Arrow" svg:viewBox="0 0 20 30" svg:d="M10 0l-10 30h20z"/>'
            '<style:default-style style:family="graphic"><style:graphic-properties '
            'svg:stroke-color="#3465a4" draw:fill-color="#729fcf" fo:wrap-option="no-wrap"/>'
            '<style:paragraph-properties style:text-autospace="ideograph-alpha" style:writing-mode="lr-tb"/>'
            '<style:text-properties style:font-name="Liberation Sans" fo:font-size="18pt" '
            'fo:language="en" fo:country="IN"/></style:default-style>'
            '<style:style style:name="standard" style:family="graphic"><style:graphic-properties '
            'draw:stroke="solid" svg:stroke-width="0cm" svg:stroke-color="#3465a4" draw:fill="solid" '
            'draw:fill-color="#729fcf"/><style:text-properties style:font-name="Liberation Sans" '
            'fo:font-size="18pt"/></style:style>'
            '<style:style style:name="objectwithoutfill" style:family="graphic" style:parent-style-name="standard">'
            '<style:graphic-properties draw:fill="none"/></style:style>'
            '<style:presentation-page-layout style:name="AL1T0">'
            '<presentation:placeholder presentation:object="title" svg:x="1.4cm" svg:y="0.628cm" svg:width="25.199cm" svg:height="2.629cm"/>'
            '<presentation:placeholder presentation:object="subtitle" svg:x="1.4cm" svg:y="3.685cm" svg:width="25.199cm" svg:height="9.134cm"/>'
            '</style:presentation-page-layout>'
            '<style:presentation-page-layout style:name="AL2T1">'
            '<presentation:placeholder presentation:object="title" svg:x="1.4cm" svg:y="0.628cm" svg:width="25.199cm" svg:height="2.629cm"/>'
            '<presentation:placeholder presentation:object="outline" svg:x="1.4cm" svg:y="3.685cm" svg:width="25.199cm" svg:height="9.134cm"/>'
            '</style:presentation-page-layout>'
            '<style:presentation-page-layout style:name="AL3T19">'
            '<presentation:placeholder presentation:object="title" svg:x="1.4cm" svg:y="0.628cm" svg:width="25.199cm" svg:height="2.629cm"/>'
            '</style:presentation-page-layout>'
            '</office:styles>'
            '<office:automatic-styles>'
            '<style:page-layout style:name="PM0"><style:page-layout-properties fo:margin-top="0cm" '
            'fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="21.001cm" '
            'fo:page-height="29.7cm" style:print-orientation="portrait"/></style:page-layout>'
            '<style:page-layout style:name="PM1"><style:page-layout-properties fo:margin-top="0cm" '
            'fo:margin-bottom="0cm" fo:margin-left="0cm" fo:margin-right="0cm" fo:page-width="28cm" '
            'fo:page-height="15.75cm" style:print-orientation="landscape"/></style:page-layout>'
            '<style:style style:name="Mdp1" style:family="drawing-page"><style:drawing-page-properties '
            'draw:background-size="full" draw:fill="none"/></style:style>'
            '<style:style style:name="Mdp2" style:family="drawing-page"><style:drawing-page-properties '
            'presentation:display-header="true" presentation:display-footer="true" '
            'presentation:display-page-number="false" presentation:display-date-time="true"/></style:style>'
            '%s%s%s%s%s%s'
            '</office:automatic-styles>'
            '<office:master-styles>'
            '<draw:layer-set><draw:layer draw:name="layout"/><draw:layer draw:name="background"/>'
            '<draw:layer draw:name="backgroundobjects"/><draw:layer draw:name="controls"/>'
            '<draw:layer draw:name="measurelines"/></draw:layer-set>'
            '<style:handout-master presentation:presentation-page-layout-name="AL0T26" '
            'style:page-layout-name="PM0" draw:style-name="Mdp2"/>'
            '<style:master-page style:name="Default" style:page-layout-name="PM1" draw:style-name="Mdp1">'
            '<draw:frame presentation:style-name="Default-title" draw:layer="backgroundobjects" '
            'svg:width="25.199cm" svg:height="2.629cm" svg:x="1.4cm" svg:y="0.628cm" '
            'presentation:class="title" presentation:placeholder="true"><draw:text-box/></draw:frame>'
            '<draw:frame presentation:style-name="Default-outline1" draw:layer="backgroundobjects" '
            'svg:width="25.199cm" svg:height="9.134cm" svg:x="1.4cm" svg:y="3.685cm" '
            'presentation:class="outline" presentation:placeholder="true"><draw:text-box/></draw:frame>'
            '<presentation:notes style:page-layout-name="PM0">'
            '<draw:page-thumbnail presentation:style-name="Default-title" draw:layer="backgroundobjects" '
            'svg:width="13.968cm" svg:height="7.856cm" svg:x="3.519cm" svg:y="2.657cm" '
            'presentation:class="page"/>'
            '<draw:frame presentation:style-name="Default-notes" draw:layer="backgroundobjects" '
            'svg:width="16.799cm" svg:height="13.364cm" svg:x="2.1cm" svg:y="11.288cm" '
            'presentation:class="notes" presentation:placeholder="true"><draw:text-box/></draw:frame>'
            '</presentation:notes></style:master-page>'
            '</office:master-styles></office:document-styles>'
            % (NS,
               pstyle("Default-background", None, "18pt"),
               pstyle("Default-title", None, "44pt",
                      '<style:paragraph-properties fo:text-align="center"/>'),
               pstyle("Default-subtitle", None, "32pt",
                      '<style:paragraph-properties fo:text-align="center"/>'),
               pstyle("Default-outline1", None, "28pt",
                      '<style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0cm"/>'),
               pstyle("Default-outline2", "Default-outline1", "24pt"),
               pstyle("Default-notes", None, "20pt",
                      '<style:paragraph-properties fo:margin-left="0.6cm" fo:text-indent="-0.6cm"/>')))


def meta_xml(title):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'xmlns:ooo="http://openoffice.org/2004/office" '
            'xmlns:grddl="http://www.w3.org/2003/g/data-view#" office:version="1.3"><office:meta>'
            '<meta:creation-date>2025-08-09T18:02:11.418000000</meta:creation-date>'
            '<dc:date>2025-08-12T23:41:52.096000000</dc:date>'
            '<meta:editing-duration>PT3H12M40S</meta:editing-duration>'
            '<meta:editing-cycles>7</meta:editing-cycles>'
            '<meta:generator>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</meta:generator>'
            '<dc:title>%s</dc:title>'
            '</office:meta></office:document-meta>' % esc(title))


MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
            'manifest:version="1.3">\n'
            ' <manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
            'manifest:media-type="application/vnd.oasis.opendocument.presentation"/>\n'
            ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
            '</manifest:manifest>\n')


def build(out=OUT):
    slides = parse()
    entries = [("mimetype", b"application/vnd.oasis.opendocument.presentation", zipfile.ZIP_STORED),
               ("content.xml", content_xml(slides).encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("styles.xml", styles_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("meta.xml", meta_xml(slides[0]["title"]).encode("utf-8"), zipfile.ZIP_DEFLATED),
               ("META-INF/manifest.xml", MANIFEST.encode("utf-8"), zipfile.ZIP_DEFLATED)]
    with zipfile.ZipFile(out, "w") as z:
        for name, data, how in entries:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = how
            info.external_attr = 0o644 << 16
            info.create_system = 0
            z.writestr(info, data)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
