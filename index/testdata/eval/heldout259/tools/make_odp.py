#!/usr/bin/python3
"""Re-make docs/monsoon-itcz-tibet-deck.odp from tools/monsoon-itcz-tibet-deck.txt.

Run: /usr/bin/python3 tools/make_odp.py [OUTPUT]
Standard library only. Writes an OpenDocument presentation the way LibreOffice Impress 24.2
(the Ubuntu build) saves a deck begun as a blank presentation on the "Default" master: a stored
`mimetype` first, an empty Configurations2/ folder entry, two pasted pictures kept stored (not
deflated) under Pictures/ with Impress's 40-hex-digit names, then content.xml, styles.xml,
meta.xml, manifest.rdf, settings.xml, Thumbnails/thumbnail.png and META-INF/manifest.xml, with
fixed timestamps and a fixed order so the output is the same byte for byte on every run.

What this deck holds: slides renamed in the Navigator next to ones left as "pageN"; a title
slide whose subtitle has a Shift+Enter line break (text:line-break); outline frames on the
"Title, Content" layout, two of them narrowed beside a pasted picture (draw:image with alt
text in svg:title / svg:desc); a "Title, 2 Content" slide whose two boxes open with an
un-bulleted heading paragraph (text:list-header); a table:table on a "Title Only" slide; an
outline frame set to shrink text on overflow; the "Summary Slide" Impress makes from the
titles of the slides before it; speaker notes on every slide, some with bulleted lists and a
hyperlink (text:a); a footer and slide numbers from the master.
"""
import hashlib
import os
import struct
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "monsoon-itcz-tibet-deck.txt")
OUT = os.path.join(HERE, "..", "docs", "monsoon-itcz-tibet-deck.odp")

STAMP = (2025, 9, 14, 8, 41, 18)
GENERATOR = "LibreOffice/24.2.7.2$Linux_X86_64 LibreOffice_project/420$Build-2"
MIME = b"application/vnd.oasis.opendocument.presentation"
FOOTER = "GS-I Geography · Monsoon dynamics"

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
         '<style:font-face style:name="DejaVu Sans" svg:font-family="&apos;DejaVu Sans&apos;"'
         ' style:font-family-generic="system" style:font-pitch="variable"/>'
         '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;"'
         ' style:font-family-generic="roman" style:font-pitch="variable"/>'
         '<style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;"'
         ' style:font-family-generic="roman" style:font-pitch="variable"/>'
         '<style:font-face style:name="Noto Sans CJK SC" svg:font-family="&apos;Noto Sans CJK SC&apos;"'
         ' style:font-family-generic="system" style:font-pitch="variable"/>'
         '<style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol"'
         ' style:font-charset="x-symbol"/>'
         '</office:font-face-decls>')


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def inline(text):
    """**bold** as a T1 span, [[url|label]] as text:a, " // " as text:line-break."""
    out = []
    for k, chunk in enumerate(text.split(" // ")):
        if k:
            out.append("<text:line-break/>")
        pos = 0
        while pos < len(chunk):
            b = chunk.find("**", pos)
            l = chunk.find("[[", pos)
            cands = [c for c in (b, l) if c >= 0]
            if not cands:
                out.append(esc(chunk[pos:]))
                break
            nxt = min(cands)
            out.append(esc(chunk[pos:nxt]))
            if nxt == b:
                end = chunk.index("**", b + 2)
                out.append('<text:span text:style-name="T1">%s</text:span>' % esc(chunk[b + 2:end]))
                pos = end + 2
            else:
                end = chunk.index("]]", l)
                url, label = chunk[l + 2:end].split("|", 1)
                out.append('<text:a xlink:type="simple" xlink:href="%s">%s</text:a>'
                           % (esc(url), esc(label)))
                pos = end + 2
    return "".join(out)


def para(text, style=None):
    attr = ' text:style-name="%s"' % style if style else ""
    body = inline(text)
    return "<text:p%s>%s</text:p>" % (attr, body) if body else "<text:p%s/>" % attr


# ------------------------------------------------------------------ source
def parse():
    slides, cur, side = [], None, None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("#") or not line.strip():
                continue
            if line.startswith("@slide "):
                kind, name = line[7:].split(" ", 1)
                cur = {"kind": kind, "name": name, "title": "", "sub": [], "bullets": [],
                       "left": [], "right": [], "lhead": "", "rhead": "", "table": [],
                       "img": None, "notes": []}
                side = None
                slides.append(cur)
            elif line.startswith("T: "):
                cur["title"] = line[3:]
            elif line.startswith("S: "):
                cur["sub"].append(line[3:])
            elif line.startswith("L: "):
                cur["lhead"], side = line[3:], "left"
            elif line.startswith("R: "):
                cur["rhead"], side = line[3:], "right"
            elif line.startswith("IMG: "):
                cur["img"] = line[5:]
            elif line.startswith("N: "):
                cur["notes"].append(("p", line[3:]))
            elif line.startswith("N- "):
                cur["notes"].append(("li", line[3:]))
            elif line.startswith("| "):
                cur["table"].append([c.strip() for c in line[2:].split(" | ")])
            elif line.startswith("  - "):
                (cur[side] if side else cur["bullets"]).append((2, line[4:]))
            elif line.startswith("- "):
                (cur[side] if side else cur["bullets"]).append((1, line[2:]))
            else:
                raise ValueError("unknown line: %r" % line)
    # Impress's Summary Slide: one bullet per title of the slides before it (title slide left out)
    for s in slides:
        if s["kind"] == "summary":
            idx = slides.index(s)
            s["bullets"] = [(1, t["title"]) for t in slides[1:idx]]
    return slides


# ------------------------------------------------------------------ pictures
def png(w, h, pixel):
    rows = []
    for y in range(h):
        row = bytearray()
        for x in range(w):
            row += bytes(pixel(x, y))
        rows.append(b"\x00" + bytes(row))
    raw = zlib.compress(b"".join(rows), 6)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def itcz_pixel(x, y):
    """A crude map: sea, the peninsula and the plains, the ITCZ in January and in July."""
    sea, land, hill = (176, 212, 238), (226, 206, 158), (170, 140, 100)
    # land north of y=120, plus a peninsula narrowing towards y=230
    on_land = y < 120 or (y < 230 and abs(x - 200) < (230 - y) * 0.9)
    if y < 40 and 150 < x < 330:
        px = hill
    else:
        px = land if on_land else sea
    if 255 < y < 258 and (x // 8) % 2 == 0:          # the equator, dashed grey
        px = (120, 120, 120)
    if abs(y - (95 + (x - 200) * (x - 200) // 900)) < 2 and 40 < x < 380:   # July ITCZ, red
        px = (200, 30, 30)
    if abs(y - 285 - (x % 40) // 10) < 2 and (x // 6) % 2 == 0:             # January ITCZ, blue
        px = (30, 60, 200)
    return px


def tibet_pixel(x, y):
    """A north-south section: sky, the plateau block, arrows of rising air and the jets."""
    sky = (232 - y // 6, 240 - y // 8, 255)
    ground = 230 if x < 150 else (120 if x < 330 else 200)
    if y > ground:
        return (150, 110, 70) if 150 <= x < 330 else (110, 150, 90)
    if 150 <= x < 330 and 50 < y < 120 and abs(x - 240) < (y - 50) * 1.2:
        return (230, 120, 40)                           # the warm rising column
    if 25 < y < 31 and 30 < x < 450 and (x // 10) % 3 != 0:
        return (40, 90, 200)                            # the easterly jet aloft
    return sky


PICTURES = {
    # key: (pixel function, width, height, svg:title, svg:desc, frame size and place)
    "itcz": (itcz_pixel, 420, 320, "ITCZ in January and July",
             "Map: red line, ITCZ in July over north India; blue line, ITCZ in January south of the equator",
             ("9.3cm", "7.085cm", "17.8cm", "4.1cm")),
    "tibet": (tibet_pixel, 480, 300, "Tibet as an elevated heat source",
              "Cross-section from the Indian Ocean to Tibet: rising warm air over the plateau, easterly jet aloft",
              ("9.3cm", "5.813cm", "17.8cm", "4.6cm")),
}


def picture_name(data, w, h):
    # Impress names a pasted picture by flags, width, height and a hash of its data
    return "Pictures/10000001%08X%08X%s.png" % (w, h, hashlib.md5(data).hexdigest()[:16].upper())


def build_pictures():
    out = {}
    for key, (fn, w, h, title, desc, place) in PICTURES.items():
        data = png(w, h, fn)
        out[key] = (picture_name(data, w, h), data, title, desc, place)
    return out


# ------------------------------------------------------------------ content.xml
def auto_styles():
    dp = ('<style:style style:name="%s" style:family="drawing-page"><style:drawing-page-properties'
          ' presentation:background-visible="true" presentation:background-objects-visible="true"'
          ' presentation:display-footer="%s" presentation:display-page-number="%s"'
          ' presentation:display-date-time="false"/></style:style>')
    return (
        '<office:automatic-styles>'
        + dp % ("dp1", "false", "false")
        + dp % ("dp2", "true", "true")
        + '<style:style style:name="dp3" style:family="drawing-page"><style:drawing-page-properties'
          ' presentation:display-header="true" presentation:display-footer="true"'
          ' presentation:display-page-number="false" presentation:display-date-time="true"/>'
          '</style:style>'
        '<style:style style:name="gr1" style:family="graphic"><style:graphic-properties'
        ' style:protect="size"/></style:style>'
        '<style:style style:name="gr2" style:family="graphic" style:parent-style-name="standard">'
        '<style:graphic-properties draw:stroke="none" draw:fill="none" draw:textarea-horizontal-align="center"'
        ' draw:textarea-vertical-align="middle" draw:color-mode="standard" draw:luminance="0%"'
        ' draw:contrast="0%" draw:gamma="100%" draw:red="0%" draw:green="0%" draw:blue="0%"'
        ' fo:clip="rect(0cm, 0cm, 0cm, 0cm)" draw:image-opacity="100%" style:mirror="none"/>'
        '</style:style>'
        '<style:style style:name="pr1" style:family="presentation" style:parent-style-name="Default-title">'
        '<style:graphic-properties fo:min-height="3.507cm"/></style:style>'
        '<style:style style:name="pr2" style:family="presentation" style:parent-style-name="Default-subtitle">'
        '<style:graphic-properties draw:fill-color="#ffffff" fo:min-height="6.922cm"/></style:style>'
        '<style:style style:name="pr3" style:family="presentation" style:parent-style-name="Default-notes">'
        '<style:graphic-properties draw:fill-color="#ffffff" draw:auto-grow-height="true"'
        ' fo:min-height="13.364cm"/></style:style>'
        '<style:style style:name="pr4" style:family="presentation" style:parent-style-name="Default-title">'
        '<style:graphic-properties fo:min-height="2.629cm"/></style:style>'
        '<style:style style:name="pr5" style:family="presentation" style:parent-style-name="Default-outline1">'
        '<style:graphic-properties draw:fill-color="#ffffff" fo:min-height="9.134cm"/></style:style>'
        '<style:style style:name="pr6" style:family="presentation" style:parent-style-name="Default-outline1">'
        '<style:graphic-properties draw:fill-color="#ffffff" draw:auto-grow-height="false"'
        ' draw:fit-to-size="shrink-to-fit" fo:min-height="9.134cm"/></style:style>'
        '<style:style style:name="pr7" style:family="presentation" style:parent-style-name="Default-outline1">'
        '<style:graphic-properties draw:fill-color="#ffffff" fo:min-height="9.134cm"/>'
        '<style:text-properties fo:font-size="20pt"/></style:style>'
        '<style:style style:name="co1" style:family="table-column"><style:table-column-properties'
        ' style:column-width="10.2cm"/></style:style>'
        '<style:style style:name="co2" style:family="table-column"><style:table-column-properties'
        ' style:column-width="7.5cm"/></style:style>'
        '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties'
        ' style:row-height="1.3cm"/></style:style>'
        '<style:style style:name="ce1" style:family="table-cell"><style:graphic-properties'
        ' draw:fill="solid" draw:fill-color="#e8f0fe"/><style:paragraph-properties'
        ' fo:border="0.03pt solid #ffffff"/><style:text-properties fo:font-size="16pt"/></style:style>'
        '<style:style style:name="ce2" style:family="table-cell"><style:graphic-properties'
        ' draw:fill="solid" draw:fill-color="#2a6099"/><style:paragraph-properties'
        ' fo:border="0.03pt solid #ffffff"/><style:text-properties fo:color="#ffffff"'
        ' fo:font-size="16pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="P1" style:family="paragraph"><loext:graphic-properties'
        ' draw:fill-color="#ffffff"/><style:paragraph-properties fo:text-align="center"/></style:style>'
        '<style:style style:name="P2" style:family="paragraph"><loext:graphic-properties'
        ' draw:fill-color="#ffffff"/></style:style>'
        '<style:style style:name="P3" style:family="paragraph"><style:paragraph-properties'
        ' fo:margin-left="0cm" fo:margin-right="0cm" fo:text-indent="0cm"/><style:text-properties'
        ' fo:font-size="20pt" fo:font-weight="bold"/></style:style>'
        '<style:style style:name="P4" style:family="paragraph"><style:paragraph-properties'
        ' fo:margin-left="0.6cm" fo:text-indent="-0.6cm"/></style:style>'
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
        '<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="•">'
        '<style:list-level-properties text:space-before="0.2cm" text:min-label-width="0.6cm"/>'
        '<style:text-properties fo:font-family="OpenSymbol" style:use-window-font-color="true"'
        ' fo:font-size="100%"/></text:list-level-style-bullet></text:list-style>'
        '</office:automatic-styles>')


def frame(pstyle, cls, box, inner, tstyle=None, transformed=True):
    w, h, x, y = box
    ts = ' draw:text-style-name="%s"' % tstyle if tstyle else ""
    ut = ' presentation:user-transformed="true"' if transformed else ""
    return ('<draw:frame presentation:style-name="%s"%s draw:layer="layout" svg:width="%s"'
            ' svg:height="%s" svg:x="%s" svg:y="%s" presentation:class="%s"%s><draw:text-box>%s'
            '</draw:text-box></draw:frame>' % (pstyle, ts, w, h, x, y, cls, ut, inner))


def outline_list(bullets, head=None):
    out = ['<text:list text:style-name="L1">']
    if head:
        out.append('<text:list-header>%s</text:list-header>' % para(head, "P3"))
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
    return "".join(out)


def table_frame(rows):
    cols = ('<table:table-column table:style-name="co1"/>'
            '<table:table-column table:style-name="co2" table:number-columns-repeated="2"/>')
    body = []
    for r, row in enumerate(rows):
        cells = "".join('<table:table-cell%s>%s</table:table-cell>'
                        % (' table:style-name="ce2"' if r == 0 else "", para(c)) for c in row)
        body.append('<table:table-row table:style-name="ro1" table:default-cell-style-name="ce1">'
                    '%s</table:table-row>' % cells)
    return ('<draw:frame draw:style-name="standard" draw:layer="layout" svg:width="25.2cm"'
            ' svg:height="%.3fcm" svg:x="1.4cm" svg:y="3.685cm"><table:table'
            ' table:template-name="default" table:use-first-row-styles="true"'
            ' table:use-banding-rows-styles="true">%s%s</table:table><svg:title/><svg:desc/>'
            '</draw:frame>' % (1.3 * len(rows), cols, "".join(body)))


def image_frame(pic, n):
    name, data, title, desc, (w, h, x, y) = pic
    return ('<draw:frame draw:style-name="gr2" draw:text-style-name="P1" draw:name="Image %d"'
            ' draw:layer="layout" svg:width="%s" svg:height="%s" svg:x="%s" svg:y="%s">'
            '<draw:image xlink:href="%s" xlink:type="simple" xlink:show="embed"'
            ' xlink:actuate="onLoad" draw:mime-type="image/png"><text:p/></draw:image>'
            '<svg:title>%s</svg:title><svg:desc>%s</svg:desc></draw:frame>'
            % (n, w, h, x, y, name, esc(title), esc(desc)))


def notes_page(n, notes):
    thumb = ('<draw:page-thumbnail draw:style-name="gr1" draw:layer="layout" svg:width="14.848cm"'
             ' svg:height="8.35cm" svg:x="3.075cm" svg:y="2.257cm" draw:page-number="%d"'
             ' presentation:class="page"/>' % n)
    inner, open_list = [], False
    for kind, text in notes:
        if kind == "li" and not open_list:
            inner.append('<text:list text:style-name="L2">')
            open_list = True
        if kind == "p" and open_list:
            inner.append("</text:list>")
            open_list = False
        if kind == "li":
            inner.append("<text:list-item>%s</text:list-item>" % para(text, "P4"))
        else:
            inner.append(para(text, "P2"))
    if open_list:
        inner.append("</text:list>")
    fr = ('<draw:frame presentation:style-name="pr3" draw:text-style-name="P2" draw:layer="layout"'
          ' svg:width="16.799cm" svg:height="13.364cm" svg:x="2.1cm" svg:y="11.698cm"'
          ' presentation:class="notes" presentation:placeholder="false"><draw:text-box>%s'
          '</draw:text-box></draw:frame>' % "".join(inner))
    return '<presentation:notes draw:style-name="dp3">%s%s</presentation:notes>' % (thumb, fr)


TITLE_BOX = ("25.199cm", "2.629cm", "1.4cm", "0.628cm")
FULL_BOX = ("25.199cm", "9.134cm", "1.4cm", "3.685cm")
NARROW_BOX = ("15.8cm", "9.134cm", "1.4cm", "3.685cm")
LEFT_BOX = ("12.297cm", "9.134cm", "1.4cm", "3.685cm")
RIGHT_BOX = ("12.297cm", "9.134cm", "14.311cm", "3.685cm")
LAYOUT = {"title": "AL1T0", "content": "AL2T1", "picture": "AL2T1", "summary": "AL2T1",
          "two": "AL3T3", "table": "AL4T19"}


def page(n, s, pics):
    kind = s["kind"]
    parts = []
    if kind == "title":
        parts.append(frame("pr1", "title", ("25.199cm", "3.507cm", "1.4cm", "2.1cm"),
                           para(s["title"]), transformed=True))
        parts.append(frame("pr2", "subtitle", ("25.199cm", "6.922cm", "1.4cm", "6.0cm"),
                           "".join(para(p, "P1") for p in s["sub"]), tstyle="P1"))
    else:
        parts.append(frame("pr4", "title", TITLE_BOX, para(s["title"]), transformed=False))
        if kind in ("content", "summary"):
            style = "pr6" if len(s["bullets"]) > 7 else "pr5"
            parts.append(frame(style, "outline", FULL_BOX, outline_list(s["bullets"]),
                               tstyle="P2", transformed=False))
        elif kind == "picture":
            parts.append(frame("pr7", "outline", NARROW_BOX, outline_list(s["bullets"]),
                               tstyle="P2"))
            parts.append(image_frame(pics[s["img"]], 1))
        elif kind == "two":
            parts.append(frame("pr5", "outline", LEFT_BOX, outline_list(s["left"], s["lhead"]),
                               tstyle="P2", transformed=False))
            parts.append(frame("pr5", "outline", RIGHT_BOX, outline_list(s["right"], s["rhead"]),
                               tstyle="P2", transformed=False))
        elif kind == "table":
            parts.append(table_frame(s["table"]))
    parts.append(notes_page(n, s["notes"]))
    name = s["name"] if s["name"] != "-" else "page%d" % n
    return ('<draw:page draw:name="%s" draw:style-name="%s" draw:master-page-name="Default"'
            ' presentation:presentation-page-layout-name="%s" presentation:use-footer-name="ftr1">'
            '%s</draw:page>' % (esc(name), "dp1" if kind == "title" else "dp2", LAYOUT[kind],
                                "".join(parts)))


def content_xml(slides, pics):
    pages = "".join(page(i + 1, s, pics) for i, s in enumerate(slides))
    return (DECL + '<office:document-content%s office:version="1.3"><office:scripts/>%s%s'
            '<office:body><office:presentation><presentation:footer-decl presentation:name="ftr1">'
            '%s</presentation:footer-decl>%s<presentation:settings presentation:mouse-visible="false"/>'
            '</office:presentation></office:body></office:document-content>'
            % (NS, FONTS, auto_styles(), esc(FOOTER), pages))


# ------------------------------------------------------------------ styles.xml
def pres_style(name, size, extra="", bold=False, color=None):
    props = ' fo:font-size="%s"' % size
    if bold:
        props += ' fo:font-weight="bold"'
    if color:
        props += ' fo:color="%s"' % color
    return ('<style:style style:name="Default-%s" style:family="presentation">%s'
            '<style:text-properties style:font-name="Liberation Sans"%s/></style:style>'
            % (name, extra, props))


def layout(name, objects):
    ph = "".join('<presentation:placeholder presentation:object="%s" svg:x="%s" svg:y="%s"'
                 ' svg:width="%s" svg:height="%s"/>' % o for o in objects)
    return '<style:presentation-page-layout style:name="%s">%s</style:presentation-page-layout>' % (
        name, ph)


def styles_xml():
    title = ("title", "1.4cm", "0.628cm", "25.199cm", "2.629cm")
    office_styles = (
        '<office:styles>'
        '<draw:marker draw:name="Arrow" svg:viewBox="0 0 20 30" svg:d="M10 0l-10 30h20z"/>'
        '<style:default-style style:family="graphic"><style:graphic-properties svg:stroke-color="#3465a4"'
        ' draw:fill-color="#729fcf" fo:wrap-option="no-wrap"/><style:paragraph-properties'
        ' style:text-autospace="ideograph-alpha" style:punctuation-wrap="simple"'
        ' style:line-break="strict" style:writing-mode="lr-tb" style:font-independent-line-spacing="false">'
        '<style:tab-stops/></style:paragraph-properties><style:text-properties style:use-window-font-color="true"'
        ' loext:opacity="0%" style:font-name="Liberation Serif" fo:font-size="24pt" fo:language="en"'
        ' fo:country="IN" style:letter-kerning="true" style:font-name-asian="Noto Sans CJK SC"'
        ' style:font-size-asian="24pt" style:language-asian="zh" style:country-asian="CN"'
        ' style:font-name-complex="DejaVu Sans" style:font-size-complex="24pt"'
        ' style:language-complex="hi" style:country-complex="IN"/></style:default-style>'
        '<style:style style:name="standard" style:family="graphic"><style:graphic-properties'
        ' draw:stroke="solid" svg:stroke-width="0cm" svg:stroke-color="#3465a4" draw:fill="solid"'
        ' draw:fill-color="#729fcf" fo:padding-top="0.125cm" fo:padding-bottom="0.125cm"'
        ' fo:padding-left="0.25cm" fo:padding-right="0.25cm"/><style:text-properties'
        ' style:font-name="Liberation Sans" fo:font-size="18pt"/></style:style>'
        '<style:style style:name="objectwithoutfill" style:family="graphic" style:parent-style-name="standard">'
        '<style:graphic-properties draw:fill="none"/></style:style>'
        + layout("AL1T0", [title, ("subtitle", "1.4cm", "3.685cm", "25.199cm", "9.134cm")])
        + layout("AL2T1", [title, ("outline", "1.4cm", "3.685cm", "25.199cm", "9.134cm")])
        + layout("AL3T3", [title, ("outline", "1.4cm", "3.685cm", "12.297cm", "9.134cm"),
                           ("outline", "14.311cm", "3.685cm", "12.297cm", "9.134cm")])
        + layout("AL4T19", [title])
        + pres_style("background", "18pt", '<style:graphic-properties draw:stroke="none" draw:fill="none"/>')
        + pres_style("backgroundobjects", "18pt")
        + pres_style("notes", "20pt", '<style:paragraph-properties fo:margin-left="0.6cm"'
                     ' fo:text-indent="-0.6cm"/>')
        + pres_style("outline1", "32pt", '<style:graphic-properties draw:stroke="none" draw:fill="none"/>'
                     '<style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0cm"/>')
        + pres_style("outline2", "28pt", '<style:paragraph-properties fo:margin-top="0.4cm"'
                     ' fo:margin-bottom="0cm"/>')
        + pres_style("subtitle", "32pt", '<style:graphic-properties draw:stroke="none" draw:fill="none"'
                     ' draw:textarea-vertical-align="middle"/><style:paragraph-properties'
                     ' fo:text-align="center"/>')
        + pres_style("title", "44pt", '<style:graphic-properties draw:stroke="none" draw:fill="none"'
                     ' draw:textarea-vertical-align="middle"/><style:paragraph-properties'
                     ' fo:text-align="center"/>')
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
            ' draw:background-size="full"/></style:style>'
            '<style:style style:name="MP1" style:family="paragraph"><style:paragraph-properties'
            ' fo:text-align="center"/><style:text-properties fo:font-size="14pt"/></style:style>'
            '<style:style style:name="MP2" style:family="paragraph"><style:paragraph-properties'
            ' fo:text-align="end"/><style:text-properties fo:font-size="14pt"/></style:style>'
            '</office:automatic-styles>')
    field = ('<draw:frame presentation:style-name="Default-backgroundobjects" draw:text-style-name="%s"'
             ' draw:layer="backgroundobjects" svg:width="%s" svg:height="1.085cm" svg:x="%s"'
             ' svg:y="14.348cm" presentation:class="%s"><draw:text-box><text:p text:style-name="%s">'
             '%s</text:p></draw:text-box></draw:frame>')
    master = (
        '<office:master-styles>'
        '<draw:layer-set><draw:layer draw:name="layout"/><draw:layer draw:name="background"/>'
        '<draw:layer draw:name="backgroundobjects"/><draw:layer draw:name="controls"/>'
        '<draw:layer draw:name="measurelines"/></draw:layer-set>'
        '<style:master-page style:name="Default" style:page-layout-name="PM1" draw:style-name="Mdp1">'
        + field % ("MP1", "8.9cm", "9.55cm", "footer", "MP1", '<presentation:footer/>')
        + field % ("MP2", "6.3cm", "20.3cm", "page-number", "MP2",
                   '<text:page-number>&lt;number&gt;</text:page-number>')
        + '<presentation:notes style:page-layout-name="PM2"><draw:page-thumbnail'
          ' presentation:style-name="Default-title" draw:layer="backgroundobjects" svg:width="14.848cm"'
          ' svg:height="8.35cm" svg:x="3.075cm" svg:y="2.257cm" presentation:class="page"/>'
          '<draw:frame presentation:style-name="Default-notes" draw:layer="backgroundobjects"'
          ' svg:width="16.799cm" svg:height="13.364cm" svg:x="2.1cm" svg:y="11.698cm"'
          ' presentation:class="notes" presentation:placeholder="true"><draw:text-box/></draw:frame>'
          '</presentation:notes></style:master-page></office:master-styles>')
    return (DECL + '<office:document-styles%s office:version="1.3">%s%s%s%s</office:document-styles>'
            % (NS, FONTS, office_styles, auto, master))


# ------------------------------------------------------------------ other parts
def meta_xml(slides):
    objects = 0
    for s in slides:
        objects += 2 + (1 if s["img"] else 0) + (1 if s["kind"] == "two" else 0)
    return (DECL + '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
            ' xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/"'
            ' xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
            ' xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"'
            ' xmlns:ooo="http://openoffice.org/2004/office" xmlns:smil="urn:oasis:names:tc:opendocument:xmlns:smil-compatible:1.0"'
            ' xmlns:anim="urn:oasis:names:tc:opendocument:xmlns:animation:1.0"'
            ' xmlns:grddl="http://www.w3.org/2003/g/data-view#"'
            ' xmlns:officeooo="http://openoffice.org/2009/office"'
            ' xmlns:drawooo="http://openoffice.org/2010/draw" office:version="1.3"><office:meta>'
            '<meta:creation-date>2025-09-10T21:03:44.512077218</meta:creation-date>'
            '<dc:date>2025-09-14T08:41:18.274660395</dc:date>'
            '<meta:editing-duration>PT4H12M37S</meta:editing-duration>'
            '<meta:editing-cycles>17</meta:editing-cycles>'
            '<meta:generator>%s</meta:generator>'
            '<dc:title>%s</dc:title>'
            '<meta:initial-creator>Aditi Rao</meta:initial-creator>'
            '<dc:creator>Aditi Rao</dc:creator>'
            '<meta:document-statistic meta:object-count="%d"/></office:meta></office:document-meta>'
            % (GENERATOR, esc(slides[0]["title"]), objects))


SETTINGS = (DECL + '<office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
            ' xmlns:xlink="http://www.w3.org/1999/xlink"'
            ' xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"'
            ' xmlns:ooo="http://openoffice.org/2004/office" office:version="1.3"><office:settings>'
            '<config:config-item-set config:name="ooo:view-settings">'
            '<config:config-item config:name="VisibleAreaTop" config:type="int">-5106</config:config-item>'
            '<config:config-item config:name="VisibleAreaLeft" config:type="int">-946</config:config-item>'
            '<config:config-item config:name="VisibleAreaWidth" config:type="int">29893</config:config-item>'
            '<config:config-item config:name="VisibleAreaHeight" config:type="int">25961</config:config-item>'
            '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
            '<config:config-item config:name="ViewId" config:type="string">view1</config:config-item>'
            '<config:config-item config:name="GridIsVisible" config:type="boolean">false</config:config-item>'
            '<config:config-item config:name="IsSnapToGrid" config:type="boolean">true</config:config-item>'
            '<config:config-item config:name="SelectedPage" config:type="short">12</config:config-item>'
            '<config:config-item config:name="PageKind" config:type="short">1</config:config-item>'
            '<config:config-item config:name="IsLayerMode" config:type="boolean">false</config:config-item>'
            '<config:config-item config:name="EditMode" config:type="int">0</config:config-item>'
            '<config:config-item config:name="ZoomOnPage" config:type="boolean">true</config:config-item>'
            '</config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set>'
            '<config:config-item-set config:name="ooo:configuration-settings">'
            '<config:config-item config:name="ApplyUserData" config:type="boolean">true</config:config-item>'
            '<config:config-item config:name="DefaultTabStop" config:type="int">1250</config:config-item>'
            '<config:config-item config:name="IsPrintNotes" config:type="boolean">true</config:config-item>'
            '<config:config-item config:name="PageNumberFormat" config:type="int">4</config:config-item>'
            '<config:config-item config:name="PrinterName" config:type="string">HP_LaserJet_M1136_MFP</config:config-item>'
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


def manifest(pic_names):
    pics = "".join(' <manifest:file-entry manifest:full-path="%s" manifest:media-type="image/png"/>\n'
                   % n for n in pic_names)
    return (DECL + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
            ' manifest:version="1.3" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0">\n'
            ' <manifest:file-entry manifest:full-path="/" manifest:version="1.3"'
            ' manifest:media-type="application/vnd.oasis.opendocument.presentation"/>\n'
            ' <manifest:file-entry manifest:full-path="Configurations2/" manifest:media-type="application/vnd.sun.xml.ui.configuration"/>\n'
            + pics +
            ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="manifest.rdf" manifest:media-type="application/rdf+xml"/>\n'
            ' <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>\n'
            ' <manifest:file-entry manifest:full-path="Thumbnails/thumbnail.png" manifest:media-type="image/png"/>\n'
            '</manifest:manifest>\n')


def thumb_pixel(x, y):
    """256x144 thumbnail of the title slide: white, dark title bars, grey subtitle bars."""
    if 38 <= y < 48 and 30 <= x < 226:
        return (20, 20, 20)
    if 52 <= y < 60 and 60 <= x < 196:
        return (20, 20, 20)
    if (84 <= y < 88 and 76 <= x < 180) or (94 <= y < 98 and 90 <= x < 166) or \
            (106 <= y < 110 and 70 <= x < 186):
        return (90, 90, 90)
    return (255, 255, 255)


def build(out):
    slides = parse()
    pics = build_pictures()
    names = [pics[k][0] for k in ("itcz", "tibet")]
    members = [
        ("mimetype", MIME, zipfile.ZIP_STORED),
        ("Configurations2/", b"", zipfile.ZIP_STORED),
    ]
    for k in ("itcz", "tibet"):
        members.append((pics[k][0], pics[k][1], zipfile.ZIP_STORED))
    members += [
        ("content.xml", content_xml(slides, pics).encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("styles.xml", styles_xml().encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("meta.xml", meta_xml(slides).encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("manifest.rdf", MANIFEST_RDF.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("settings.xml", SETTINGS.encode("utf-8"), zipfile.ZIP_DEFLATED),
        ("Thumbnails/thumbnail.png", png(256, 144, thumb_pixel), zipfile.ZIP_DEFLATED),
        ("META-INF/manifest.xml", manifest(names).encode("utf-8"), zipfile.ZIP_DEFLATED),
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
