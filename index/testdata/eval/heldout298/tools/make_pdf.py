#!/usr/bin/python3
"""Re-make docs/DPI_Research_Note_4_final.pdf from tools/DPI_Research_Note_4_final.txt.

Run: /usr/bin/python3 tools/make_pdf.py [OUTPUT]
Needs reportlab (canvas made with invariant=1, so the output is the same byte for byte on every
run). The PDF imitates a Word report saved with File > Save As > PDF while the review pane was
set to "All Markup": Word then shrinks every page (here to 77 per cent, centred top to bottom)
and prints the comment balloons in a markup area down the right-hand side, each joined to its
commented text by a dotted line, with the commented words shaded in the reviewer's colour.

What the page itself carries, as Word lays it out: a cover page in the style of Word's built-in
cover pages with no header or footer (Different First Page); a "Contents" page made by a TOC
field (numbered entries, dot leaders, right-aligned page numbers, each entry a link); Heading 1
and Heading 2 numbered "1" and "1.1" by a multilevel list, the number set apart from the text by
a tab; a running header (two texts and a rule under them) and a "Page x of y" footer from page 2;
footnotes at the foot of the page that calls them, under Word's short separator rule; tables in
the "Grid Table 4 - Accent 1" look with a blue header row, banded rows and a caption above; a
floating text box with square wrapping that the paragraphs beside it flow around; PDF bookmarks
made from the headings. Liberation Sans stands in for Calibri.

Layout is done in passes: pages of footnotes, headings and comments are recorded while drawing,
and the document is laid out again (footnote space reserved on the right pages, the contents
page filled in, the page count known) until nothing changes.
"""
import io
import os
import re
import sys

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, ImageAndFlowables, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)
from reportlab.platypus.flowables import CondPageBreak, KeepTogether
from reportlab.lib.fonts import addMapping
from reportlab.platypus import paragraph as rl_paragraph

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "DPI_Research_Note_4_final.txt")
OUT = os.path.join(HERE, "..", "docs", "DPI_Research_Note_4_final.pdf")

PW, PH = A4
S = 0.77                      # Word's shrink factor when it prints the markup area
OX, OY = 0.0, (PH - PH * S) / 2.0
MARGIN = 72.0
TEXT_W = PW - 2 * MARGIN
BLUE = colors.HexColor("#2F5496")
ACCENT = colors.HexColor("#4472C4")
BAND = colors.HexColor("#D9E2F3")
GRIDC = colors.HexColor("#8EAADB")
GREY = colors.HexColor("#595959")
AUTHORS = {"Rahul Sharma": (colors.HexColor("#C0504D"), colors.HexColor("#F2DCDB")),
           "Kavya Menon": (colors.HexColor("#4F81BD"), colors.HexColor("#DBE5F1"))}

FONT_DIR = "/usr/share/fonts/truetype/liberation"
for name, fn in (("Body", "LiberationSans-Regular.ttf"), ("Body-Bold", "LiberationSans-Bold.ttf"),
                 ("Body-Italic", "LiberationSans-Italic.ttf"),
                 ("Body-BoldItalic", "LiberationSans-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fn)))
addMapping("Body", 0, 0, "Body")
addMapping("Body", 1, 0, "Body-Bold")
addMapping("Body", 0, 1, "Body-Italic")
addMapping("Body", 1, 1, "Body-BoldItalic")

ST = {
    "body": ParagraphStyle("body", fontName="Body", fontSize=11, leading=14.2, spaceAfter=8,
                           alignment=TA_JUSTIFY),
    "bullet": ParagraphStyle("bullet", fontName="Body", fontSize=11, leading=14.2, spaceAfter=3,
                             leftIndent=18, bulletIndent=4, bulletFontName="Body",
                             alignment=TA_LEFT),
    "h1": ParagraphStyle("h1", fontName="Body", fontSize=16, leading=19.5, textColor=BLUE),
    "h2": ParagraphStyle("h2", fontName="Body", fontSize=13, leading=16, textColor=BLUE),
    "cell": ParagraphStyle("cell", fontName="Body", fontSize=10, leading=12.2),
    "cellh": ParagraphStyle("cellh", fontName="Body-Bold", fontSize=10, leading=12.2,
                            textColor=colors.white),
    "caption": ParagraphStyle("caption", fontName="Body-Italic", fontSize=9, leading=11,
                              textColor=colors.HexColor("#44546A"), spaceBefore=4,
                              spaceAfter=3),
    "fn": ParagraphStyle("fn", fontName="Body", fontSize=10, leading=12),
    "tocT": ParagraphStyle("tocT", fontName="Body", fontSize=16, leading=19.5, textColor=BLUE,
                           spaceAfter=10),
    "box": ParagraphStyle("box", fontName="Body", fontSize=10, leading=12.5),
    "boxT": ParagraphStyle("boxT", fontName="Body-Bold", fontSize=10.5, leading=13,
                           textColor=BLUE, spaceAfter=3),
    "balloon": ParagraphStyle("balloon", fontName="Body", fontSize=7.5, leading=9),
    "hdr": ParagraphStyle("hdr", fontName="Body", fontSize=9, leading=11, textColor=GREY),
}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def inline(s):
    """Source inline marks -> reportlab paragraph markup with draw-time callbacks."""
    out, pos = [], 0
    for m in re.finditer(r"\[\^(\d+)\]|\{(\w+)>(.*?)<\}", s):
        out.append(esc(s[pos:m.start()]))
        if m.group(1):
            out.append('<onDraw name="fnref" label="%s"/><super>%s</super>'
                       % (m.group(1), m.group(1)))
        else:
            cid = m.group(2)
            out.append('<onDraw name="cstart" label="%s"/>%s<onDraw name="cend" label="%s"/>'
                       % (cid, esc(m.group(3)), cid))
        pos = m.end()
    out.append(esc(s[pos:]))
    return "".join(out)


def parse(text):
    meta, blocks, fns, comments = {}, [], {}, []
    lines = [l for l in text.split("\n") if l.strip() and not l.startswith("%%")]
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.startswith("@table "):
            cap, widths = [x.strip() for x in line[7:].split("|")]
            rows = []
            while lines[i] != "@endtable":
                rows.append([c.strip() for c in lines[i].split(" | ")])
                i += 1
            i += 1
            blocks.append(("table", cap, [float(w) for w in widths.split(",")], rows))
        elif line.startswith("@textbox "):
            body = []
            while lines[i] != "@endtextbox":
                body.append(lines[i])
                i += 1
            i += 1
            blocks.append(("textbox", line[9:], body))
        elif line == "@endwrap":
            blocks.append(("endwrap",))
        elif line == "@toc":
            blocks.append(("toc",))
        elif line.startswith("@fn "):
            n, t = line[4:].split(" ", 1)
            fns[n] = t
        elif line.startswith("@comment "):
            cid, author, t = [x.strip() for x in line[9:].split("|", 2)]
            comments.append((cid, author, t))
        elif line.startswith("@h1 ") or line.startswith("@h2 "):
            blocks.append((line[1:3], line[4:]))
        elif line.startswith("@bullet "):
            blocks.append(("bullet", line[8:]))
        elif line.startswith("@"):
            k, v = line[1:].split(" ", 1)
            meta[k] = v
        else:
            blocks.append(("p", line))
    return meta, blocks, fns, comments


class State:
    """What one layout pass learnt, fed to the next."""

    def __init__(self):
        self.fn_page = {}          # footnote number -> page
        self.head_page = {}        # heading key -> page
        self.pages = 1
        self.marks = {}            # page -> list of (kind, label, x, y) in page space

    def key(self):
        return (tuple(sorted(self.fn_page.items())), tuple(sorted(self.head_page.items())),
                self.pages)


_putFragLine = rl_paragraph._putFragLine


def _put_frag_line(cur_x, tx, line, last, pKind):
    tx._word_line = line          # let the <onDraw> callbacks see the line being set
    return _putFragLine(cur_x, tx, line, last, pKind)


rl_paragraph._putFragLine = _put_frag_line


class WordCanvas(pdfcanvas.Canvas):
    """Canvas with the callbacks the paragraphs' <onDraw> marks call."""
    doc_state = None

    def _mark(self, kind, label):
        info = self._curr_tx_info
        tx = info["tx"]
        # In a justified line the word spaces are stretched by the PDF's word spacing, which
        # the callback's x does not include: add it for the spaces before the mark.
        spaces = 0
        for w in getattr(tx, "_word_line", None).words:
            cb = getattr(w, "cbDefn", None)
            if cb is not None and getattr(cb, "label", None) == label:
                break
            if cb is None:
                spaces += w.text.count(" ")
        cur_x = info["cur_x"] + spaces * getattr(tx, "_wordSpace", 0)
        x, y = self.absolutePosition(cur_x, info["cur_y"])
        self.doc_state.marks.setdefault(self.getPageNumber(), []).append((kind, label, x, y))

    def fnref(self, canv, kind, label):
        self._mark("fn", label)
        self.doc_state.fn_page.setdefault(label, self.getPageNumber())

    def cstart(self, canv, kind, label):
        self._mark("cs", label)

    def cend(self, canv, kind, label):
        self._mark("ce", label)


class NumHeading(Flowable):
    """A numbered Word heading: the list number, a tab, then the heading text."""

    def __init__(self, level, number, text, key, state):
        Flowable.__init__(self)
        self.level, self.number, self.text, self.key, self.state = level, number, text, key, state
        self.style = ST["h1" if level == 1 else "h2"]
        self.indent = 21.6 if level == 1 else 28.8
        self.para = Paragraph(esc(text), self.style)
        self.spaceBefore = 16 if level == 1 else 8
        self.spaceAfter = 6 if level == 1 else 4
        self.keepWithNext = 1                       # Word's "Keep with next" on headings

    def wrap(self, aw, ah):
        w, h = self.para.wrap(aw - self.indent, ah)
        self.height = h
        return aw, h

    def draw(self):
        c = self.canv
        c.setFont(self.style.fontName, self.style.fontSize)
        c.setFillColor(self.style.textColor)
        c.drawString(0, self.height - self.style.fontSize, self.number)
        self.para.drawOn(c, self.indent, 0)
        c.bookmarkHorizontal(self.key, 0, self.height + 2)
        c.addOutlineEntry("%s %s" % (self.number, self.text), self.key, self.level - 1)
        self.state.head_page[self.key] = c.getPageNumber()


class TocLine(Flowable):
    """One TOC field line: number, tab, text, a dot leader and the page number."""

    def __init__(self, level, number, text, key, state):
        Flowable.__init__(self)
        self.level, self.number, self.text, self.key, self.state = level, number, text, key, state
        self.height = 16 if level == 1 else 14.5

    def wrap(self, aw, ah):
        self.width = aw
        return aw, self.height

    def draw(self):
        c = self.canv
        size = 11
        x0 = 0 if self.level == 1 else 11
        tx = x0 + (22 if self.level == 1 else 28.8)
        page = str(self.state.head_page.get(self.key, 0))
        y = 4
        c.setFont("Body", size)
        c.setFillColor(colors.black)
        c.drawString(x0, y, self.number)
        c.drawString(tx, y, self.text)
        tw = c.stringWidth(self.text, "Body", size)
        pw = c.stringWidth(page, "Body", size)
        c.drawRightString(self.width, y, page)
        dot = c.stringWidth(".", "Body", size)
        start, end = tx + tw + 4, self.width - pw - 3
        n = int((end - start) // dot)
        if n > 0:
            c.drawString(end - n * dot, y, "." * n)
        c.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


class WordDoc(BaseDocTemplate):
    """One page template per page number, so each page can keep its own footnote space."""

    def handle_pageBegin(self):
        self.pageTemplate = self.pageTemplates[self.page]
        BaseDocTemplate.handle_pageBegin(self)


class TextBox(Table):
    """A Word text box: a one-cell table that ImageAndFlowables can wrap text around."""

    def _restrictSize(self, aw, ah):
        return self.wrap(aw, ah)

    def _unRestrictSize(self):
        pass


def cover(c, meta):
    c.setFillColor(colors.HexColor("#1F3864"))
    c.rect(0, PH - 330, PW, 330, stroke=0, fill=1)
    c.setFillColor(ACCENT)
    c.rect(0, PH - 338, PW, 8, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Body-Bold", 11)
    c.drawString(MARGIN, PH - 110, meta["kicker"])
    p = Paragraph(esc(meta["title"]), ParagraphStyle("ct", fontName="Body", fontSize=34,
                                                     leading=40, textColor=colors.white))
    w, h = p.wrap(TEXT_W, 200)
    p.drawOn(c, MARGIN, PH - 150 - h)
    p = Paragraph(esc(meta["subtitle"]), ParagraphStyle("cs", fontName="Body", fontSize=14,
                                                        leading=18, textColor=BLUE))
    w, h = p.wrap(TEXT_W, 200)
    p.drawOn(c, MARGIN, PH - 370 - h)
    abstract = Paragraph("<b>Abstract.</b> " + esc(meta["abstract"]),
                         ParagraphStyle("ca", fontName="Body", fontSize=10.5, leading=14,
                                        textColor=GREY, alignment=TA_JUSTIFY))
    w, h = abstract.wrap(TEXT_W - 40, 300)
    abstract.drawOn(c, MARGIN + 20, PH - 470 - h)
    y = 170
    c.setStrokeColor(ACCENT)
    c.setLineWidth(1.5)
    c.line(MARGIN, y + 26, MARGIN + 160, y + 26)
    for label, key, font in (("Prepared by", "author", "Body-Bold"),
                             ("Reviewed by", "reviewer", "Body"), ("", "date", "Body"),
                             ("", "version", "Body-Italic")):
        c.setFillColor(colors.black if key == "author" else GREY)
        c.setFont(font, 11 if key != "version" else 9.5)
        c.drawString(MARGIN, y, (label + ": " if label else "") + meta[key])
        y -= 17


def build_pass(meta, blocks, fns, comments, state, out):
    new = State()
    new.fn_page = {}
    WordCanvas.doc_state = new
    fn_height = {}
    for n, t in fns.items():
        p = Paragraph("<super>%s</super> %s" % (n, esc(t)), ST["fn"])
        fn_height[n] = p.wrap(TEXT_W, 200)[1] + 2

    def page_fn(pg):
        return [n for n, p in sorted(state.fn_page.items(), key=lambda x: int(x[0])) if p == pg]

    def on_page(c, doc):
        shade_comments(c, c.getPageNumber(), state, comments)
        c.saveState()
        c.translate(OX, OY)
        c.scale(S, S)
        c.setFillColor(colors.white)
        pg = c.getPageNumber()
        if pg == 1:
            cover(c, meta)
            return
        c.setFont("Body", 9)
        c.setFillColor(GREY)
        c.drawString(MARGIN, PH - 50, meta["header_left"])
        c.drawRightString(PW - MARGIN, PH - 50, meta["header_right"])
        c.setStrokeColor(colors.HexColor("#BFBFBF"))
        c.setLineWidth(0.5)
        c.line(MARGIN, PH - 55, PW - MARGIN, PH - 55)
        c.setFont("Body", 9)
        c.drawCentredString(PW / 2, 38, "Page %d of %d" % (pg, state.pages))

    def on_page_end(c, doc):
        pg = c.getPageNumber()
        notes = page_fn(pg)
        if notes:
            y = MARGIN + sum(fn_height[n] for n in notes) + 8
            c.setStrokeColor(colors.black)
            c.setLineWidth(0.5)
            c.line(MARGIN, y, MARGIN + 144, y)
            y -= 4
            for n in notes:
                p = Paragraph("<super>%s</super> %s" % (n, esc(fns[n])), ST["fn"])
                w, h = p.wrap(TEXT_W, 200)
                p.drawOn(c, MARGIN, y - h)
                y -= h + 2
        c.restoreState()
        draw_markup(c, pg, new, comments)

    templates = []
    for pg in range(1, 31):
        reserve = sum(fn_height[n] for n in page_fn(pg)) + (12 if page_fn(pg) else 0)
        frame = Frame(MARGIN, MARGIN + reserve, TEXT_W, PH - 2 * MARGIN - reserve,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0,
                      id="f%d" % pg)
        t = PageTemplate(id="p%d" % pg, frames=[frame], onPage=on_page, onPageEnd=on_page_end,
                         pagesize=A4)
        templates.append(t)
    doc = WordDoc(out, pagesize=A4, invariant=1, title=meta["title"], author=meta["author"],
                  subject="", keywords="", creator="Microsoft\u00ae Word for Microsoft 365",
                  producer="Microsoft\u00ae Word for Microsoft 365")
    doc.addPageTemplates(templates)

    story = [Spacer(1, 1), PageBreak()]
    n1 = n2 = 0
    heads = []
    for b in blocks:
        if b[0] == "h1":
            n1, n2 = n1 + 1, 0
            heads.append((1, "%d" % n1, b[1], "h%d" % n1))
        elif b[0] == "h2":
            n2 += 1
            heads.append((2, "%d.%d" % (n1, n2), b[1], "h%d_%d" % (n1, n2)))
    hi = 0
    wrap_box, wrap_items = None, None
    held = []
    for b in blocks:
        items = []
        if b[0] == "toc":
            items.append(Paragraph("Contents", ST["tocT"]))
            for lv, num, text, key in heads:
                items.append(TocLine(lv, num, text, key, state))
            items.append(PageBreak())
        elif b[0] in ("h1", "h2"):
            lv, num, text, key = heads[hi]
            hi += 1
            items.append(NumHeading(lv, num, text, key, new))
        elif b[0] == "p":
            items.append(Paragraph(inline(b[1]), ST["body"]))
        elif b[0] == "bullet":
            items.append(Paragraph(inline(b[1]), ST["bullet"], bulletText="\u2022"))
        elif b[0] == "table":
            cap, widths, rows = b[1], b[2], b[3]
            data = [[Paragraph(inline(c), ST["cellh"] if r == 0 else ST["cell"]) for c in row]
                    for r, row in enumerate(rows)]
            t = Table(data, colWidths=[w * TEXT_W for w in widths], repeatRows=1)
            style = [("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                     ("GRID", (0, 0), (-1, -1), 0.5, GRIDC),
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 5.4),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 5.4),
                     ("TOPPADDING", (0, 0), (-1, -1), 2),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            for r in range(1, len(rows), 2):
                style.append(("BACKGROUND", (0, r), (-1, r), BAND))
            t.setStyle(TableStyle(style))
            # The caption keeps with the table; a table that does not fit breaks between rows
            # and repeats its header row on the next page, as Word does.
            items.append(KeepTogether([Paragraph(esc(cap), ST["caption"]), t], maxHeight=110))
            items.append(Spacer(1, 9))
        elif b[0] == "textbox":
            inner = [Paragraph(esc(b[1]), ST["boxT"])]
            inner += [Paragraph(esc(l), ST["box"]) for l in b[2]]
            box = TextBox([[inner]], colWidths=[178])
            box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.75, ACCENT),
                                     ("BACKGROUND", (0, 0), (-1, -1),
                                      colors.HexColor("#EAF0F8")),
                                     ("LEFTPADDING", (0, 0), (-1, -1), 7.2),
                                     ("RIGHTPADDING", (0, 0), (-1, -1), 7.2),
                                     ("TOPPADDING", (0, 0), (-1, -1), 3.6),
                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
            wrap_box, wrap_items = box, []
            continue
        elif b[0] == "endwrap":
            story.append(ImageAndFlowables(wrap_box, wrap_items, imageLeftPadding=12,
                                           imageRightPadding=0, imageTopPadding=4,
                                           imageBottomPadding=6, imageSide="right"))
            wrap_box, wrap_items = None, None
            continue
        if len(items) == 1 and isinstance(items[0], NumHeading) and wrap_items is None:
            held.append(items[0])                # Keep with next: wait for what follows
            continue
        if held:
            if b[0] == "table":                  # heading, caption and a first row or two
                group = [CondPageBreak(190), KeepTogether(held + items[:1], maxHeight=160)]
            else:
                group = [KeepTogether(held + items[:1])]
            items = group + items[1:]
            held = []
        if wrap_items is not None:
            wrap_items.extend(items)
        else:
            story.extend(items)
    doc.build(story, canvasmaker=WordCanvas)
    new.pages = doc.page
    return new


def shade_comments(c, pg, st, comments):
    """The commented words shaded in the reviewer's colour, drawn under the text (their place
    is known from the previous layout pass, which the final pass repeats exactly)."""
    marks = st.marks.get(pg, [])
    ends = {lab: (x, y) for kind, lab, x, y in marks if kind == "ce"}
    for kind, lab, x0, y0 in marks:
        if kind != "cs":
            continue
        author = [a for cid, a, t in comments if cid == lab][0]
        x1, y1 = ends.get(lab, (x0, y0))
        c.saveState()
        c.setFillColor(AUTHORS[author][1])
        left, right = OX + MARGIN * S, OX + (MARGIN + TEXT_W) * S
        y = y0
        while y > y1 + 1:                        # a range running over several lines
            c.rect(x0 if y == y0 else left, y - 2.6, right - (x0 if y == y0 else left),
                   11 * S + 1.2, stroke=0, fill=1)
            y -= ST["body"].leading * S
        c.rect(x0 if abs(y1 - y0) < 1 else left, y1 - 2.6,
               x1 - (x0 if abs(y1 - y0) < 1 else left), 11 * S + 1.2, stroke=0, fill=1)
        c.restoreState()


def draw_markup(c, pg, st, comments):
    """The markup area: one balloon per comment anchored on this page, replies under it."""
    marks = st.marks.get(pg, [])
    starts = {(lab): (x, y) for kind, lab, x, y in marks if kind == "cs"}
    left = PW * S + 6
    width = PW - left - 6
    prev_bottom = PH - 20
    for lab, (x0, y0) in sorted(starts.items(), key=lambda kv: -kv[1][1]):
        group = [(cid, a, t) for cid, a, t in comments
                 if cid == lab or re.fullmatch(r"[A-Z]+\d+R%s" % re.sub(r"\D", "", lab), cid)]
        top = min(y0 + 8, prev_bottom - 4)
        first = True
        for cid, author, text in group:
            edge, fill = AUTHORS[author]
            indent = 0 if first else 8
            p = Paragraph("<b>Commented [%s]:</b> %s" % (cid, esc(text)), ST["balloon"])
            w, h = p.wrap(width - indent - 8, 200)
            c.saveState()
            c.setStrokeColor(edge)
            c.setFillColor(fill)
            c.setLineWidth(0.75)
            c.rect(left + indent, top - h - 6, width - indent, h + 6, stroke=1, fill=1)
            c.restoreState()
            p.drawOn(c, left + indent + 4, top - h - 3)
            if first:
                c.saveState()
                c.setStrokeColor(edge)
                c.setLineWidth(0.5)
                c.setDash(1, 1.5)
                c.line(x0, y0 - 2, PW * S - 4, y0 - 2)
                c.line(PW * S - 4, y0 - 2, left, top - (h + 6) / 2)
                c.restoreState()
            top = top - h - 6 - 3
            first = False
        prev_bottom = top


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        meta, blocks, fns, comments = parse(f.read())
    state = State()
    for _ in range(10):
        buf = io.BytesIO()
        new = build_pass(meta, blocks, fns, comments, state, buf)
        if new.key() == state.key():
            break
        state = new
    else:
        raise SystemExit("layout did not settle")
    data = buf.getvalue()
    with open(out, "wb") as f:
        f.write(data)


# Word's document properties in the PDF's Info dictionary.
_orig_init = WordCanvas.__init__


def _init(self, *a, **k):
    _orig_init(self, *a, **k)
    self._doc.info._dateFormatter = lambda *d: "D:20251019221407+05'30'"


WordCanvas.__init__ = _init

if __name__ == "__main__":
    main()
