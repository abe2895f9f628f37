#!/usr/bin/python3
"""Make docs/gulf-of-mannar-mnp-wikipedia-mobile.pdf from tools/gulf-of-mannar-mnp-wikipedia-mobile.txt.

The PDF is the *mobile* English Wikipedia page (en.m.wikipedia.org, Minerva skin) printed from
desktop Chrome on Windows with "Save as PDF" (A4, default margins, "Headers and footers" ticked):
on every page Chrome's header line (print date and time left, the tab title centred) and footer
(the m. address left, "N/M" right). Inside it the page as Minerva's print stylesheet lays it out,
which differs from the desktop (Vector) print:
  - the Minerva header's "Wikipedia" wordmark is an SVG and prints as a picture (no text);
  - the serif title with the Wikidata short description under it in grey (no "From Wikipedia,
    the free encyclopedia" line), then the grey rule of the hidden page-actions bar;
  - the first lead paragraph is moved above the infobox (MobileFrontend does this), and the
    infobox is a full-width table, not floated, with the picture centred in it;
  - h2 headings in serif with a light rule under them (the collapsed sections print expanded),
    h3 in bold sans; left-aligned body text with a tall line height;
  - a full-width thumbnail with its caption under it, a wikitable with a caption;
  - no navboxes, no categories and no "Retrieved from" line (the mobile site drops them);
  - at the end Minerva's "Last edited ... ago by ..." bar, the wordmark again, the licence line
    "Content is available under CC BY-SA 4.0 unless otherwise noted." and the footer links.

Source markup is described at the top of the .txt file.
Run from anywhere: /usr/bin/python3 tools/make_pdf.py [OUT]  (output is byte-for-byte stable;
reportlab invariant=1, pictures drawn with PIL from fixed parameters)
"""
import io
import os
import re
import sys

from PIL import Image, ImageDraw, ImageFont

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Flowable, Frame, KeepTogether,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gulf-of-mannar-mnp-wikipedia-mobile.txt")
OUT = os.path.join(HERE, "..", "docs", "gulf-of-mannar-mnp-wikipedia-mobile.pdf")
LIB = "/usr/share/fonts/truetype/liberation"
DJV = "/usr/share/fonts/truetype/dejavu"

# Chrome on Windows prints Minerva's sans stack in Arial and its serif headings in Georgia;
# Liberation Sans stands in for Arial and DejaVu Serif for Georgia.
for name, fn in (("Arial", LIB + "/LiberationSans-Regular.ttf"),
                 ("Arial-Bold", LIB + "/LiberationSans-Bold.ttf"),
                 ("Arial-Italic", LIB + "/LiberationSans-Italic.ttf"),
                 ("Arial-BoldItalic", LIB + "/LiberationSans-BoldItalic.ttf"),
                 ("Georgia", DJV + "/DejaVuSerif.ttf")):
    pdfmetrics.registerFont(TTFont(name, fn))
pdfmetrics.registerFontFamily("Arial", normal="Arial", bold="Arial-Bold", italic="Arial-Italic",
                              boldItalic="Arial-BoldItalic")

PAGE_W, PAGE_H = A4
LEFT = RIGHT = 40
TOP = 46
BOTTOM = 42
BODY_W = PAGE_W - LEFT - RIGHT
INK = colors.HexColor("#202122")
GREY = colors.HexColor("#54595d")
RULE = colors.HexColor("#c8ccd1")
LIGHT = colors.HexColor("#eaecf0")
TABLE_RULE = colors.HexColor("#a2a9b1")

ST = {
    "h1": ParagraphStyle("h1", fontName="Georgia", fontSize=21, leading=27, textColor=INK),
    "short": ParagraphStyle("short", fontName="Arial", fontSize=9.5, leading=13,
                            textColor=GREY, spaceBefore=2, spaceAfter=8),
    "hat": ParagraphStyle("hat", fontName="Arial-Italic", fontSize=9.8, leading=15,
                          leftIndent=14, spaceAfter=8, textColor=GREY),
    "p": ParagraphStyle("p", fontName="Arial", fontSize=10.6, leading=16.4, spaceAfter=8,
                        textColor=INK),
    "h2": ParagraphStyle("h2", fontName="Georgia", fontSize=16, leading=21, spaceBefore=10,
                         spaceAfter=7, textColor=INK),
    "h3": ParagraphStyle("h3", fontName="Arial-Bold", fontSize=11.2, leading=15,
                         spaceBefore=4, spaceAfter=4, textColor=INK),
    "li": ParagraphStyle("li", fontName="Arial", fontSize=10.6, leading=16, leftIndent=18,
                         bulletIndent=6, bulletFontName="Arial", bulletFontSize=9,
                         textColor=INK),
    "ref": ParagraphStyle("ref", fontName="Arial", fontSize=8.8, leading=12.6, leftIndent=20,
                          bulletIndent=0, bulletFontName="Arial", bulletFontSize=8.8,
                          spaceAfter=2.5, textColor=INK),
    "cap": ParagraphStyle("cap", fontName="Arial", fontSize=9, leading=12.5, textColor=GREY,
                          spaceBefore=3, spaceAfter=10),
    "tcap": ParagraphStyle("tcap", fontName="Arial-Bold", fontSize=9.6, leading=13,
                           alignment=TA_CENTER, textColor=INK, spaceAfter=3),
    "th": ParagraphStyle("th", fontName="Arial-Bold", fontSize=9.3, leading=12.4,
                         alignment=TA_CENTER, textColor=INK),
    "td": ParagraphStyle("td", fontName="Arial", fontSize=9.3, leading=12.4, textColor=INK),
    "ibt": ParagraphStyle("ibt", fontName="Arial-Bold", fontSize=11.5, leading=15,
                          alignment=TA_CENTER, textColor=INK),
    "ibcap": ParagraphStyle("ibcap", fontName="Arial", fontSize=8.8, leading=11.5,
                            alignment=TA_CENTER, textColor=INK),
    "ibl": ParagraphStyle("ibl", fontName="Arial-Bold", fontSize=9.3, leading=12.4,
                          textColor=INK),
    "ibv": ParagraphStyle("ibv", fontName="Arial", fontSize=9.3, leading=12.4, textColor=INK),
    "edited": ParagraphStyle("edited", fontName="Arial", fontSize=9.6, leading=13,
                             textColor=GREY),
    "foot": ParagraphStyle("foot", fontName="Arial", fontSize=8.8, leading=12.5,
                           textColor=GREY, spaceAfter=4),
}


def wordmark_png(scale):
    """Minerva's "Wikipedia" wordmark (an SVG on the site, so it prints as a picture)."""
    font = ImageFont.truetype(DJV + "/DejaVuSerif.ttf", 30 * scale)
    small = ImageFont.truetype(DJV + "/DejaVuSerif.ttf", 21 * scale)
    img = Image.new("L", (190 * scale, 40 * scale), 255)
    d = ImageDraw.Draw(img)
    x = 0
    for i, ch in enumerate("WIKIPEDIA"):
        f = font if i in (0, 8) else small
        y = 2 * scale if f is font else 11 * scale
        d.text((x, y), ch, font=f, fill=0)
        x += d.textlength(ch, font=f) + 2 * scale
    return img.crop((0, 0, x, 40 * scale)).convert("RGB")


def photo_png(kind):
    """A fixed stand-in for a photograph: soft bands of sea, seagrass and sand."""
    w, h = 360, 200
    img = Image.new("RGB", (w, h), (0, 0, 0))
    d = ImageDraw.Draw(img)
    for y in range(h):
        t = y / h
        if kind == "reef":
            col = (int(40 + 90 * t), int(120 + 70 * t), int(150 - 40 * t))
        else:
            col = (int(30 + 60 * t), int(90 + 80 * t), int(110 - 30 * t))
        d.line([(0, y), (w, y)], fill=col)
    for i in range(24):
        x = (i * 53) % w
        top = 120 + (i * 17) % 50
        d.line([(x, h), (x + 6 - (i % 5) * 3, top)], fill=(40, 110 + (i * 7) % 60, 60), width=3)
    if kind == "dugong":
        d.ellipse([110, 70, 270, 120], fill=(120, 120, 125))
        d.polygon([(260, 95), (300, 75), (300, 115)], fill=(110, 110, 115))
    else:
        for i in range(9):
            cx, cy = 40 + i * 38, 150 - (i % 3) * 14
            d.ellipse([cx - 16, cy - 12, cx + 16, cy + 12], fill=(200, 170 - i * 6, 150))
    return img


class Picture(Flowable):
    def __init__(self, img, w, h, align="CENTER"):
        Flowable.__init__(self)
        self.img, self.w, self.h = img, w, h
        self.hAlign = align

    def wrap(self, aW, aH):
        return self.w, self.h

    def draw(self):
        self.canv.drawImage(ImageReader(self.img), 0, 0, self.w, self.h)


class Rule(Flowable):
    def __init__(self, color, width=0.7, space=0):
        Flowable.__init__(self)
        self.color, self.lw, self.space = color, width, space

    def wrap(self, aW, aH):
        self.width = aW
        return aW, self.lw + self.space

    def draw(self):
        self.canv.saveState()
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.lw)
        self.canv.line(0, self.space, self.width, self.space)
        self.canv.restoreState()


class Heading2(Paragraph):
    """Minerva's serif h2 with a light rule under it across the column."""

    def wrap(self, aW, aH):
        w, h = Paragraph.wrap(self, aW, aH)
        self._rule_w = aW
        return w, h + 4

    def draw(self):
        self.canv.saveState()
        self.canv.translate(0, 4)
        Paragraph.draw(self)
        self.canv.restoreState()
        c = self.canv
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.7)
        c.line(0, 0.5, self._rule_w, 0.5)
        c.restoreState()


def inline(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = re.sub(r"''(.+?)''", r"<b>\1</b>", s)
    return re.sub(r"\{(\d+)\}", r'<super><font size="7" color="#3366cc">[\1]</font></super>', s)


def read_source():
    meta, items = {}, []
    with open(SRC, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("%"):
                continue
            if line.startswith("@"):
                k, v = line[1:].split(" ", 1)
                meta[k] = v
                continue
            tag, _, rest = line.partition(" ")
            items.append((tag, rest))
    return meta, items


def infobox(items):
    rows, style = [], [
        ("BOX", (0, 0), (-1, -1), 0.7, TABLE_RULE),
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f8f9fa")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for tag, rest in items:
        r = len(rows)
        if tag == "IT":
            rows.append([Paragraph(inline(rest), ST["ibt"]), ""])
            style += [("SPAN", (0, r), (1, r)), ("TOPPADDING", (0, r), (-1, r), 6)]
        elif tag == "IMG":
            rows.append([Picture(photo_png("reef"), 216, 120), ""])
            rows.append([Paragraph(inline(rest), ST["ibcap"]), ""])
            style += [("SPAN", (0, r), (1, r)), ("ALIGN", (0, r), (1, r), "CENTER"),
                      ("SPAN", (0, r + 1), (1, r + 1)), ("TOPPADDING", (0, r), (-1, r), 4),
                      ("BOTTOMPADDING", (0, r + 1), (-1, r + 1), 6)]
        elif tag == "I":
            label, value = [x.strip() for x in rest.split("|", 1)]
            rows.append([Paragraph(inline(label), ST["ibl"]),
                         Paragraph(inline(value), ST["ibv"])])
            style.append(("LINEABOVE", (0, r), (-1, r), 0.4, LIGHT))
    t = Table(rows, colWidths=[128, BODY_W - 128])
    t.setStyle(TableStyle(style))
    return [Spacer(1, 2), t, Spacer(1, 10)]


def wikitable(caption, rows):
    data = []
    for i, (tag, rest) in enumerate(rows):
        cells = [c.strip() for c in rest.split("|")]
        data.append([Paragraph(inline(c), ST["th"] if tag == "TH" else ST["td"]) for c in cells])
    t = Table(data, colWidths=[98, 190, BODY_W - 288], repeatRows=1)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, TABLE_RULE),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
        ("BACKGROUND", (0, 1), (-1, -1), colors.HexColor("#f8f9fa")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return KeepTogether([Paragraph(inline(caption), ST["tcap"]), t, Spacer(1, 10)])


def story(meta, items):
    out = [Picture(wordmark_png(4), 95, 20, align="LEFT"), Spacer(1, 12),
           Paragraph(inline(meta["title"]), ST["h1"]),
           Paragraph(inline(meta["short"]), ST["short"]),
           Rule(RULE, 0.7), Spacer(1, 10)]
    box = [it for it in items if it[0] in ("IT", "IMG", "I")]
    body = [it for it in items if it[0] not in ("IT", "IMG", "I")]
    first_p = True
    n_ref = 0
    table_rows, table_cap = [], None
    for tag, rest in body:
        if tag not in ("TH", "TR") and table_rows:
            out.append(wikitable(table_cap, table_rows))
            table_rows = []
        if tag == "~":
            out.append(Paragraph(inline(rest), ST["hat"]))
        elif tag == "P":
            out.append(Paragraph(inline(rest), ST["p"]))
            if first_p:
                out.extend(infobox(box))
                first_p = False
        elif tag == "==":
            out.append(CondPageBreak(70))
            out.append(Heading2(inline(rest), ST["h2"]))
        elif tag == "===":
            out.append(CondPageBreak(50))
            out.append(Paragraph(inline(rest), ST["h3"]))
        elif tag == "*":
            out.append(Paragraph(inline(rest), ST["li"], bulletText="\u2022"))
        elif tag == "FIG":
            out.append(KeepTogether([Spacer(1, 2), Picture(photo_png("dugong"), 300, 167),
                                     Paragraph(inline(rest), ST["cap"])]))
        elif tag == "TC":
            table_cap = rest
        elif tag in ("TH", "TR"):
            table_rows.append((tag, rest))
        elif tag == "R":
            n_ref += 1
            out.append(Paragraph(inline(rest), ST["ref"], bulletText="%d." % n_ref))
        else:
            raise ValueError("bad item: %r" % ((tag, rest),))
    # Minerva's page footer: the last-modified bar, the wordmark again, licence and links.
    bar = Table([[Paragraph(inline(meta["edited"]) + " \u203a", ST["edited"])]],
                colWidths=[BODY_W])
    bar.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                             ("LEFTPADDING", (0, 0), (-1, -1), 10),
                             ("TOPPADDING", (0, 0), (-1, -1), 7),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    out += [Spacer(1, 14),
            KeepTogether([bar, Spacer(1, 16), Picture(wordmark_png(4), 76, 16, align="LEFT"),
                          Spacer(1, 8),
                          Paragraph("Content is available under CC BY-SA 4.0 unless otherwise "
                                    "noted.", ST["foot"]),
                          Paragraph("Privacy policy \u2022 Terms of Use \u2022 Desktop",
                                    ST["foot"])])]
    return out


def build(meta, items, total):
    buf = io.BytesIO()
    title = meta["title"] + " - Wikipedia"

    def on_page(c, doc):
        c.saveState()
        c.setFont("Arial", 8)
        c.setFillColor(colors.black)
        c.drawString(20, PAGE_H - 20, meta["printed"])
        c.drawCentredString(PAGE_W / 2, PAGE_H - 20, title)
        c.drawString(20, 14, meta["url"])
        c.drawRightString(PAGE_W - 20, 14, "%d/%d" % (doc.page, total))
        c.restoreState()

    doc = BaseDocTemplate(
        buf, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
        bottomMargin=BOTTOM, invariant=1, title=title,
        creator="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like "
                "Gecko) Chrome/139.0.0.0 Safari/537.36",
        producer="Skia/PDF m139", author="", subject="")
    frame = Frame(LEFT, BOTTOM, BODY_W, PAGE_H - TOP - BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    doc.build(story(meta, items))
    return buf.getvalue(), doc.page


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, items = read_source()
    _, pages = build(meta, items, 0)
    data, pages2 = build(meta, items, pages)
    assert pages == pages2
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
