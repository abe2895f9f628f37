#!/usr/bin/python3
"""Make docs/bd-act-2023-amendment-lecture.odp from tools/bd-act-2023-amendment-lecture.txt.

The file is a lecture deck as Microsoft PowerPoint writes it with File > Save As > OpenDocument
Presentation: a zip whose entries are all dated 1980-01-01 and marked as made on MS-DOS (zip
version 4.5), in PowerPoint's order (mimetype stored, content.xml, META-INF/manifest.xml,
settings.xml, styles.xml, meta.xml, Thumbnails/thumbnail.png). Every XML part is one line after
its declaration. PowerPoint's marks are kept: automatic styles named "a0", "a1", ... in the
order they are written (styles.xml first, then content.xml), every text:p with empty
text:class-names and text:cond-style-name, every run in its own text:span, an empty span closing
the last paragraph of each text box, each bullet paragraph in a text:list of its own (a second
level as a list nested in a list item), frames named "Title 1", "Subtitle 2", "Content
Placeholder 2" with draw:id "idN" and inch measures to five places, empty svg:title and svg:desc
after every frame, pages named "Slide1" ... with draw:id "Slide-256" ..., master pages such as
"Master1-Layout2-obj-Title-and-Content", and presentation:notes on every slide with a page
thumbnail and a "Notes Placeholder 2" frame. Run: /usr/bin/python3 tools/make_odp.py [out.odp]
(the output is byte-for-byte stable).
"""
import os
import re
import struct
import sys
import zipfile
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "bd-act-2023-amendment-lecture.txt")
OUT = os.path.join(HERE, "..", "docs", "bd-act-2023-amendment-lecture.odp")

NS = ('xmlns:dom="http://www.w3.org/2001/xml-events" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
      'xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" '
      'xmlns:smil="urn:oasis:names:tc:opendocument:xmlns:smil-compatible:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"')
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
TEXT_TAIL = ('style:text-line-through-type="none" style:text-line-through-style="none" '
             'style:text-line-through-width="auto" style:text-line-through-color="font-color" '
             'style:text-position="0% 100%"')

# Layout geometry of PowerPoint's 16:9 Office Theme (inches).
GEOM = {
    "title": {"title": ("1.66667", "1.22708", "10", "2.61042"),
              "subtitle": ("1.66667", "3.93819", "10", "1.81042")},
    "content": {"title": ("0.91667", "0.39931", "11.5", "1.45139"),
                "body": ("0.91667", "1.99653", "11.5", "4.76042")},
    "table": {"title": ("0.91667", "0.39931", "11.5", "1.45139"),
              "body": ("0.91667", "1.99653", "11.5", "3.70833")},
    "two": {"title": ("0.91667", "0.39931", "11.5", "1.45139"),
            "left": ("0.91667", "1.99653", "5.66667", "4.76042"),
            "right": ("6.75", "1.99653", "5.66667", "4.76042")},
}
MASTER = {"title": ("Master1-Layout1-title-Title-Slide", "Master1-PPL1"),
          "content": ("Master1-Layout2-obj-Title-and-Content", "Master1-PPL2"),
          "table": ("Master1-Layout2-obj-Title-and-Content", "Master1-PPL2"),
          "two": ("Master1-Layout4-twoObj-Two-Content", "Master1-PPL4")}


class Styles:
    """Hands out PowerPoint's running style names a0, a1, ... and keeps their XML."""

    def __init__(self):
        self.n = 0
        self.xml = []

    def new(self):
        name = "a%d" % self.n
        self.n += 1
        return name

    def text(self, size, bold=False, color="#000000", font="Calibri"):
        name = self.new()
        w = "bold" if bold else "normal"
        self.xml.append(
            '<style:style style:family="text" style:name="%s"><style:text-properties '
            'fo:font-variant="normal" fo:text-transform="none" fo:color="%s" %s '
            'fo:font-family="%s" fo:font-size="%sin" style:font-size-asian="%sin" '
            'style:font-size-complex="%sin" fo:letter-spacing="0in" fo:language="en" '
            'fo:country="IN" fo:font-style="normal" style:font-style-asian="normal" '
            'style:font-style-complex="normal" style:text-underline-type="none" '
            'style:text-underline-style="none" style:text-underline-width="auto" '
            'style:text-underline-color="font-color" fo:font-weight="%s" '
            'style:font-weight-asian="%s" style:font-weight-complex="%s" '
            'style:text-underline-mode="continuous" style:letter-kerning="true"/></style:style>'
            % (name, color, TEXT_TAIL, font, size, size, size, w, w, w))
        return name

    def para(self, size, left="0", indent="0", top="0.13889", align="left", lh="90%"):
        name = self.new()
        self.xml.append(
            '<style:style style:family="paragraph" style:name="%s"><style:paragraph-properties '
            'fo:line-height="%s" fo:text-align="%s" style:tab-stop-distance="1in" '
            'fo:margin-left="%sin" fo:margin-right="0in" fo:text-indent="%sin" '
            'fo:margin-top="%sin" fo:margin-bottom="0in" style:punctuation-wrap="hanging" '
            'style:vertical-align="auto" style:writing-mode="lr-tb"><style:tab-stops/>'
            '</style:paragraph-properties><style:text-properties fo:font-variant="normal" '
            'fo:text-transform="none" fo:color="#000000" %s fo:font-size="%sin" '
            'style:font-size-asian="%sin" style:font-size-complex="%sin" fo:letter-spacing="0in" '
            'fo:font-style="normal" style:font-style-asian="normal" '
            'style:font-style-complex="normal" style:text-underline-type="none" '
            'style:text-underline-style="none" style:text-underline-width="auto" '
            'style:text-underline-color="font-color" fo:font-weight="normal" '
            'style:font-weight-asian="normal" style:font-weight-complex="normal" '
            'style:text-underline-mode="continuous" style:letter-kerning="true"/></style:style>'
            % (name, lh, align, left, indent, top, TEXT_TAIL, size, size, size))
        return name

    def bullets(self):
        name = self.new()
        levels = []
        for lvl in range(1, 10):
            levels.append(
                '<text:list-level-style-bullet text:level="%d" text:bullet-char="\u2022">'
                '<style:list-level-properties text:space-before="%sin" '
                'text:min-label-width="0.25in"/><style:text-properties fo:font-family="Arial" '
                'style:font-family-generic="swiss" style:font-pitch="variable" '
                'fo:font-size="100%%"/></text:list-level-style-bullet>'
                % (lvl, fmt(0.5 * (lvl - 1))))
        self.xml.append('<text:list-style style:name="%s">%s</text:list-style>'
                        % (name, "".join(levels)))
        return name

    def frame(self, valign="top", autogrow="false", halign="left"):
        name = self.new()
        self.xml.append(
            '<style:style style:family="presentation" style:name="%s"><style:graphic-properties '
            'fo:wrap-option="wrap" fo:padding-top="0.05in" fo:padding-bottom="0.05in" '
            'fo:padding-left="0.1in" fo:padding-right="0.1in" draw:textarea-vertical-align="%s" '
            'draw:textarea-horizontal-align="%s" draw:fill="none" draw:stroke="none" '
            'draw:auto-grow-width="false" draw:auto-grow-height="%s"/>'
            '<style:paragraph-properties style:font-independent-line-spacing="true" '
            'style:writing-mode="lr-tb"/></style:style>' % (name, valign, halign, autogrow))
        return name

    def page(self):
        name = self.new()
        self.xml.append(
            '<style:style style:family="drawing-page" style:name="%s"><style:drawing-page-properties '
            'draw:fill="solid" draw:fill-color="#ffffff" draw:opacity="100%%" '
            'presentation:visibility="visible" draw:background-size="border" '
            'presentation:background-objects-visible="true" presentation:background-visible="true" '
            'presentation:display-header="false" presentation:display-footer="false" '
            'presentation:display-page-number="false" presentation:display-date-time="false"/>'
            '</style:style>' % name)
        return name

    def raw(self, body):
        name = self.new()
        self.xml.append(body % name)
        return name


def fmt(x):
    s = ("%.5f" % x).rstrip("0").rstrip(".")
    return s or "0"


class Ids:
    def __init__(self):
        self.n = 0

    def new(self):
        s = "id%d" % self.n
        self.n += 1
        return s


def runs(st, text, size, color="#000000", force_bold=False):
    """Split **bold** runs; every run gets its own text style as PowerPoint writes it."""
    out = []
    for i, part in enumerate(re.split(r"\*\*(.+?)\*\*", text)):
        if not part:
            continue
        name = st.text(size, bold=force_bold or i % 2 == 1, color=color)
        out.append('<text:span text:style-name="%s" text:class-names="">%s</text:span>'
                   % (name, escape(part)))
    return "".join(out)


def para_xml(st, text, size, last, pstyle_args, color="#000000", force_bold=False):
    spans = runs(st, text, size, color, force_bold)
    if last:
        spans += '<text:span text:style-name="%s" text:class-names=""/>' % st.text(size, color=color)
    pname = st.para(size, **pstyle_args)
    return ('<text:p text:style-name="%s" text:class-names="" text:cond-style-name="">%s</text:p>'
            % (pname, spans))


def bullets_xml(st, items, size="0.27778"):
    out = []
    for k, (lvl, text) in enumerate(items):
        last = k == len(items) - 1
        lst = st.bullets()
        if lvl == 1:
            p = para_xml(st, text, size, last, {"left": "0.25", "indent": "-0.25"})
            out.append('<text:list text:style-name="%s"><text:list-item>%s</text:list-item>'
                       '</text:list>' % (lst, p))
        else:
            p = para_xml(st, text, "0.25", last, {"left": "0.75", "indent": "-0.25",
                                                  "top": "0.06944"})
            out.append('<text:list text:style-name="%s"><text:list-item><text:list '
                       'text:style-name="%s"><text:list-item>%s</text:list-item></text:list>'
                       '</text:list-item></text:list>' % (lst, lst, p))
    return "".join(out)


def frame_xml(fid, style, name, geom, cls, inner):
    x, y, w, h = geom
    return ('<draw:frame draw:id="%s" presentation:style-name="%s" draw:name="%s" svg:x="%sin" '
            'svg:y="%sin" svg:width="%sin" svg:height="%sin" presentation:class="%s" '
            'presentation:placeholder="false"><draw:text-box>%s</draw:text-box><svg:title/>'
            '<svg:desc/></draw:frame>' % (fid, style, name, x, y, w, h, cls, inner))


def parse():
    meta, slides, cur = {}, [], None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                k, v = line[1:].split(" ", 1)
                meta[k] = v
            elif line.startswith("== slide "):
                cur = {"layout": line.split()[2], "items": []}
                slides.append(cur)
            else:
                tag, text = line.split(": ", 1)
                cur["items"].append((tag, text))
    return meta, slides


# ---------------------------------------------------------------------------- styles.xml

def styles_xml(st, ids):
    layouts = (
        '<style:presentation-page-layout style:name="Master1-PPL1" style:display-name="Title Slide">'
        '<presentation:placeholder presentation:object="title" svg:x="1.66667in" svg:y="1.22708in" '
        'svg:width="10in" svg:height="2.61042in"/><presentation:placeholder '
        'presentation:object="subtitle" svg:x="1.66667in" svg:y="3.93819in" svg:width="10in" '
        'svg:height="1.81042in"/>%s</style:presentation-page-layout>'
        '<style:presentation-page-layout style:name="Master1-PPL2" style:display-name="Title and Content">'
        '<presentation:placeholder presentation:object="title" svg:x="0.91667in" svg:y="0.39931in" '
        'svg:width="11.5in" svg:height="1.45139in"/><presentation:placeholder '
        'presentation:object="object" svg:x="0.91667in" svg:y="1.99653in" svg:width="11.5in" '
        'svg:height="4.76042in"/>%s</style:presentation-page-layout>'
        '<style:presentation-page-layout style:name="Master1-PPL4" style:display-name="Two Content">'
        '<presentation:placeholder presentation:object="title" svg:x="0.91667in" svg:y="0.39931in" '
        'svg:width="11.5in" svg:height="1.45139in"/><presentation:placeholder '
        'presentation:object="object" svg:x="0.91667in" svg:y="1.99653in" svg:width="5.66667in" '
        'svg:height="4.76042in"/><presentation:placeholder presentation:object="object" '
        'svg:x="6.75in" svg:y="1.99653in" svg:width="5.66667in" svg:height="4.76042in"/>%s'
        '</style:presentation-page-layout>')
    foot = ('<presentation:placeholder presentation:object="date-time" svg:x="0.91667in" '
            'svg:y="6.95139in" svg:width="3in" svg:height="0.39931in"/><presentation:placeholder '
            'presentation:object="footer" svg:x="4.41667in" svg:y="6.95139in" svg:width="4.5in" '
            'svg:height="0.39931in"/><presentation:placeholder presentation:object="page-number" '
            'svg:x="9.41667in" svg:y="6.95139in" svg:width="3in" svg:height="0.39931in"/>')
    layouts = layouts % (foot, foot, foot)
    defaults = ('<style:default-style style:family="graphic"><style:graphic-properties '
                'draw:fill="solid" draw:fill-color="#4472c4" draw:opacity="100%" draw:stroke="solid" '
                'svg:stroke-width="0.01389in" svg:stroke-color="#2f528f" svg:stroke-opacity="100%"/>'
                '</style:default-style>')

    def master(mname, pstyle_title, pieces):
        return ('<style:master-page style:name="%s" style:page-layout-name="pageLayout1" '
                'draw:style-name="%s">%s</style:master-page>' % (mname, st.page(), pieces))

    def placeholder_title(geom):
        p = para_xml(st, "Click to edit Master title style", "0.61111", True, {"top": "0"},
                     color="#000000")
        return frame_xml(ids.new(), st.frame("middle"), "Title Placeholder 1", geom, "title", p)

    def placeholder_body(geom, fname="Text Placeholder 2"):
        items = [(1, "Click to edit Master text styles"), (2, "Second level"), (2, "Third level")]
        return frame_xml(ids.new(), st.frame(), fname, geom, "outline", bullets_xml(st, items))

    def notes_master():
        p = para_xml(st, "Click to edit Master text styles", "0.16667", True, {"top": "0"})
        return ('<presentation:notes style:page-layout-name="pageLayout3"><draw:page-thumbnail '
                'draw:id="%s" presentation:style-name="%s" draw:name="Slide Image Placeholder 2" '
                'svg:x="0.41667in" svg:y="1.25in" svg:width="6.66667in" svg:height="3.75in" '
                'presentation:class="page"/>%s</presentation:notes>'
                % (ids.new(), st.frame(), frame_xml(ids.new(), st.frame(), "Notes Placeholder 3",
                                                     ("0.75", "4.8125", "6", "3.9375"), "notes", p)))

    g = GEOM
    masters = []
    masters.append(master("Master1-Office-Theme", None,
                          placeholder_title(g["content"]["title"]) +
                          placeholder_body(g["content"]["body"]) + notes_master()))
    sub = para_xml(st, "Click to edit Master subtitle style", "0.33333", True,
                   {"top": "0.13889", "align": "center"}, color="#595959")
    masters.append(master("Master1-Layout1-title-Title-Slide", None,
                          frame_xml(ids.new(), st.frame("bottom", halign="center"), "Title 1",
                                    g["title"]["title"], "title",
                                    para_xml(st, "Click to edit Master title style", "0.83333",
                                             True, {"top": "0", "align": "center"})) +
                          frame_xml(ids.new(), st.frame(halign="center"), "Subtitle 2",
                                    g["title"]["subtitle"], "subtitle", sub)))
    masters.append(master("Master1-Layout2-obj-Title-and-Content", None,
                          placeholder_title(g["content"]["title"]) +
                          placeholder_body(g["content"]["body"], "Content Placeholder 2")))
    masters.append(master("Master1-Layout4-twoObj-Two-Content", None,
                          placeholder_title(g["two"]["title"]) +
                          placeholder_body(g["two"]["left"], "Content Placeholder 2") +
                          placeholder_body(g["two"]["right"], "Content Placeholder 3")))
    auto = ('<style:page-layout style:name="pageLayout1"><style:page-layout-properties '
            'fo:page-width="13.33333in" fo:page-height="7.5in" style:print-orientation="landscape" '
            'style:register-truth-ref-style-name=""/></style:page-layout>'
            '<style:page-layout style:name="pageLayout3"><style:page-layout-properties '
            'fo:page-width="7.5in" fo:page-height="10in" style:print-orientation="portrait" '
            'style:register-truth-ref-style-name=""/></style:page-layout>')
    body = "".join(masters)
    auto += "".join(st.xml)
    st.xml = []
    return (DECL + '<office:document-styles %s office:version="1.2"><office:font-face-decls>'
            '<style:font-face style:name="Calibri" svg:font-family="Calibri" '
            'style:font-family-generic="swiss" style:font-pitch="variable"/>'
            '<style:font-face style:name="Calibri Light" svg:font-family="&apos;Calibri Light&apos;" '
            'style:font-family-generic="swiss" style:font-pitch="variable"/>'
            '<style:font-face style:name="Arial" svg:font-family="Arial" '
            'style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>'
            '<office:styles>%s%s</office:styles><office:automatic-styles>%s</office:automatic-styles>'
            '<office:master-styles><draw:layer-set><draw:layer draw:name="Master1-bg" '
            'draw:protected="true"/></draw:layer-set>%s</office:master-styles>'
            '</office:document-styles>' % (NS, layouts, defaults, auto, body))


# --------------------------------------------------------------------------- content.xml

def table_xml(st, ids, header, rows, geom):
    ncol = len(header)
    widths = ["2.11111", "5.27778", "4.11111"][:ncol]
    tstyle = st.raw('<style:style style:family="table" style:name="%s"><style:table-properties '
                    'style:width="11.5in" table:align="left"/></style:style>')
    cols = "".join('<table:table-column table:style-name="%s"/>' % st.raw(
        '<style:style style:family="table-column" style:name="%%s"><style:table-column-properties '
        'style:column-width="%sin"/></style:style>' % w) for w in widths)
    out = []
    for r, cells in enumerate([header] + rows):
        rstyle = st.raw('<style:style style:family="table-row" style:name="%s">'
                        '<style:table-row-properties style:row-height="0.5in"/></style:style>')
        tds = []
        for c in cells:
            fill = "#4472c4" if r == 0 else ("#cfd5ea" if r % 2 else "#e9ebf5")
            cstyle = st.raw('<style:style style:family="table-cell" style:name="%%s">'
                            '<style:graphic-properties draw:fill="solid" draw:fill-color="%s" '
                            'fo:padding-top="0.05in" fo:padding-bottom="0.05in" '
                            'fo:padding-left="0.1in" fo:padding-right="0.1in"/>'
                            '<style:paragraph-properties fo:border="0.01389in solid #ffffff"/>'
                            '</style:style>' % fill)
            color = "#ffffff" if r == 0 else "#000000"
            p = para_xml(st, c, "0.25", True, {"top": "0"}, color=color, force_bold=(r == 0))
            tds.append('<table:table-cell table:style-name="%s">%s</table:table-cell>' % (cstyle, p))
        out.append('<table:table-row table:style-name="%s">%s</table:table-row>' % (rstyle, "".join(tds)))
    x, y, w, h = geom
    return ('<draw:frame draw:id="%s" draw:name="Content Placeholder 3" svg:x="%sin" svg:y="%sin" '
            'svg:width="%sin" svg:height="%sin"><table:table table:style-name="%s" '
            'table:use-first-row-styles="true" table:use-banding-rows-styles="true">%s%s'
            '</table:table><svg:title/><svg:desc/></draw:frame>'
            % (ids.new(), x, y, w, h, tstyle, cols, "".join(out)))


def slide_xml(st, ids, num, slide):
    lay = slide["layout"]
    g = GEOM[lay]
    mname, pname = MASTER[lay]
    items = slide["items"]
    title = [t for k, t in items if k == "T"][0]
    notes = [t for k, t in items if k == "N"]
    pstyle = st.page()
    frames = []
    if lay == "title":
        tp = para_xml(st, title, "0.83333", True, {"top": "0", "align": "center"})
        frames.append(frame_xml(ids.new(), st.frame("bottom", halign="center"), "Title 1",
                                g["title"], "title", tp))
        subs = [t for k, t in items if k == "S"]
        sp = "".join(para_xml(st, s, "0.33333", i == len(subs) - 1,
                              {"top": "0.13889", "align": "center"}, color="#595959")
                     for i, s in enumerate(subs))
        frames.append(frame_xml(ids.new(), st.frame(halign="center"), "Subtitle 2",
                                g["subtitle"], "subtitle", sp))
    else:
        tp = para_xml(st, title, "0.61111", True, {"top": "0"})
        frames.append(frame_xml(ids.new(), st.frame("middle"), "Title 1", g["title"], "title", tp))
        if lay == "content":
            bl = [(int(k), t) for k, t in items if k in ("1", "2")]
            frames.append(frame_xml(ids.new(), st.frame(), "Content Placeholder 2", g["body"],
                                    "outline", bullets_xml(st, bl)))
        elif lay == "two":
            left = [(1, t) for k, t in items if k == "L1"]
            right = [(1, t) for k, t in items if k == "R1"]
            frames.append(frame_xml(ids.new(), st.frame(), "Content Placeholder 2", g["left"],
                                    "outline", bullets_xml(st, left, "0.25")))
            frames.append(frame_xml(ids.new(), st.frame(), "Content Placeholder 3", g["right"],
                                    "outline", bullets_xml(st, right, "0.25")))
        elif lay == "table":
            header = [c.strip() for c in [t for k, t in items if k == "H"][0].split(" | ")]
            rows = [[c.strip() for c in t.split(" | ")] for k, t in items if k == "R"]
            frames.append(table_xml(st, ids, header, rows, g["body"]))
    npars = "".join(para_xml(st, n, "0.16667", i == len(notes) - 1, {"top": "0", "lh": "100%"})
                    for i, n in enumerate(notes))
    notes_xml = ('<presentation:notes draw:style-name="%s"><draw:page-thumbnail draw:id="%s" '
                 'presentation:style-name="%s" draw:name="Slide Image Placeholder 1" '
                 'svg:x="0.41667in" svg:y="1.25in" svg:width="6.66667in" svg:height="3.75in" '
                 'draw:page-number="%d" presentation:class="page"/>%s</presentation:notes>'
                 % (st.page(), ids.new(), st.frame(), num, frame_xml(
                     ids.new(), st.frame(), "Notes Placeholder 2", ("0.75", "4.8125", "6", "3.9375"),
                     "notes", npars)))
    return ('<draw:page draw:name="Slide%d" draw:style-name="%s" draw:master-page-name="%s" '
            'presentation:presentation-page-layout-name="%s" draw:id="Slide-%d">%s%s</draw:page>'
            % (num, pstyle, mname, pname, 255 + num, "".join(frames), notes_xml))


def content_xml(st, ids, slides):
    pages = "".join(slide_xml(st, ids, i + 1, s) for i, s in enumerate(slides))
    auto = "".join(st.xml)
    return (DECL + '<office:document-content %s office:version="1.2"><office:automatic-styles>%s'
            '</office:automatic-styles><office:body><office:presentation>%s<presentation:settings/>'
            '</office:presentation></office:body></office:document-content>' % (NS, auto, pages))


# ------------------------------------------------------------------------ other parts

def meta_xml(meta, slides):
    paras = words = 0
    for s in slides:
        for k, t in s["items"]:
            if k in ("N", "@"):
                continue
            cells = t.split(" | ") if k in ("H", "R") else [t]
            paras += len(cells)
            words += sum(len(c.replace("**", "").split()) for c in cells)
    return (DECL + '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xlink="http://www.w3.org/1999/xlink" '
            'office:version="1.2"><office:meta><meta:generator>MicrosoftOffice/16.0 MicrosoftPowerPoint'
            '</meta:generator><dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator>'
            '<dc:creator>%s</dc:creator><meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date>'
            '<meta:template xlink:href="" xlink:type="simple"/><meta:editing-cycles>%s'
            '</meta:editing-cycles><meta:editing-duration>%s</meta:editing-duration>'
            '<meta:document-statistic meta:paragraph-count="%d" meta:word-count="%d"/></office:meta>'
            '</office:document-meta>'
            % (escape(meta["title"]), meta["author"], meta["author"], meta["created"],
               meta["modified"], meta["cycles"], meta["duration"], paras, words))


MANIFEST = (DECL + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
            'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.presentation" manifest:version="1.2"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="Thumbnails/thumbnail.png" manifest:media-type="image/png"/>'
            '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="mimetype" manifest:media-type="text/plain"/>'
            '<manifest:file-entry manifest:full-path="META-INF/manifest.xml" manifest:media-type="text/xml"/>'
            '</manifest:manifest>')
SETTINGS = (DECL + '<office:document-settings xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:version="1.2"/>')


def thumbnail():
    """A 256x144 PNG of the title slide: white page, a dark title band and grey subtitle bars."""
    w, h = 256, 144
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            c = (255, 255, 255)
            if 38 <= y < 62 and 34 <= x < 222:
                c = (38, 38, 38) if (x // 6) % 4 else (255, 255, 255)
            elif 80 <= y < 86 and 64 <= x < 192:
                c = (140, 140, 140)
            elif 92 <= y < 97 and 80 <= x < 176:
                c = (166, 166, 166)
            row += bytes(c)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def build(out):
    meta, slides = parse()
    st, ids = Styles(), Ids()
    styles = styles_xml(st, ids)
    content = content_xml(st, ids, slides)
    parts = [("mimetype", b"application/vnd.oasis.opendocument.presentation", zipfile.ZIP_STORED),
             ("content.xml", content.encode("utf-8"), zipfile.ZIP_DEFLATED),
             ("META-INF/manifest.xml", MANIFEST.encode("utf-8"), zipfile.ZIP_DEFLATED),
             ("settings.xml", SETTINGS.encode("utf-8"), zipfile.ZIP_DEFLATED),
             ("styles.xml", styles.encode("utf-8"), zipfile.ZIP_DEFLATED),
             ("meta.xml", meta_xml(meta, slides).encode("utf-8"), zipfile.ZIP_DEFLATED),
             ("Thumbnails/thumbnail.png", thumbnail(), zipfile.ZIP_DEFLATED)]
    with zipfile.ZipFile(out, "w") as z:
        for name, data, how in parts:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = how
            zi.create_system = 0
            zi.create_version = 45
            zi.extract_version = 10 if how == zipfile.ZIP_STORED else 20
            zi.external_attr = 0
            z.writestr(zi, data, compresslevel=6 if how == zipfile.ZIP_DEFLATED else None)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
