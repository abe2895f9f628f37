#!/usr/bin/python3
"""Make docs/pib-ncmm-release.pdf from tools/pib-ncmm-release.txt.

The PDF is a PIB press release as a student saves it from the browser (the release's Print view,
then Chrome's "Save as PDF" with headers and footers on): the print date and time at the top
left and the page title in the middle of every page, the release's address at the bottom left
and "n/N" at the bottom right; on page 1 the PIB letterhead - the Hindi name of the office
(पत्र सूचना कार्यालय / भारत सरकार) on the left, the State Emblem with सत्यमेव जयते in the middle
and "Press Information Bureau / Government of India" on the right, over a navy double rule -
then the "Read this release in" line, the Ministry, the bold title, an italic lead line, the
"Posted On" line, a shaded "Key Takeaways" box, bold navy headings, bold-italic sub-heads,
bullets with bold lead-ins, a numbered list, a ruled two-column table with a shaded header and
bold total rows, a list of reference links, and the closing *** / initials / Release ID /
Visitor Counter lines.

The Devanagari is shaped with HarfBuzz (libharfbuzz.so.0, called through ctypes) and drawn glyph
by glyph from the bundled Lohit Devanagari font (tools/fonts/, SIL OFL); each Hindi line is
wrapped in an /ActualText span so that text extraction gives the words in logical order, as
browsers' PDFs do. The emblem is a small greyscale picture drawn with PIL.

Run from anywhere: /usr/bin/python3 tools/make_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import ctypes
import io
import math
import os
import re
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1

from PIL import Image, ImageDraw
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, KeepTogether, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pib-ncmm-release.txt")
OUT = os.path.join(HERE, "..", "docs", "pib-ncmm-release.pdf")
DEVA_TTF = os.path.join(HERE, "fonts", "Lohit-Devanagari.ttf")

PW, PH = A4
LM = RM = 14 * mm
TM = 16 * mm
BM = 15 * mm
TW = PW - LM - RM
NAVY = colors.HexColor("#1F3C6E")
GREY = colors.HexColor("#555555")
LINK = colors.HexColor("#0B57D0")

# ---------------------------------------------------------------- Devanagari (HarfBuzz + ActualText)


class _Info(ctypes.Structure):
    _fields_ = [("codepoint", ctypes.c_uint32), ("mask", ctypes.c_uint32),
                ("cluster", ctypes.c_uint32), ("var1", ctypes.c_uint32), ("var2", ctypes.c_uint32)]


class _Pos(ctypes.Structure):
    _fields_ = [("x_advance", ctypes.c_int32), ("y_advance", ctypes.c_int32),
                ("x_offset", ctypes.c_int32), ("y_offset", ctypes.c_int32),
                ("var", ctypes.c_uint32)]


class Shaper:
    def __init__(self, path):
        hb = self.hb = ctypes.CDLL("libharfbuzz.so.0")
        vp = ctypes.c_void_p
        hb.hb_blob_create_from_file.restype = vp
        hb.hb_blob_create_from_file.argtypes = [ctypes.c_char_p]
        hb.hb_face_create.restype = vp
        hb.hb_face_create.argtypes = [vp, ctypes.c_uint]
        hb.hb_face_get_upem.restype = ctypes.c_uint
        hb.hb_face_get_upem.argtypes = [vp]
        hb.hb_font_create.restype = vp
        hb.hb_font_create.argtypes = [vp]
        hb.hb_font_set_scale.argtypes = [vp, ctypes.c_int, ctypes.c_int]
        hb.hb_buffer_create.restype = vp
        hb.hb_buffer_add_utf8.argtypes = [vp, ctypes.c_char_p, ctypes.c_int, ctypes.c_uint,
                                          ctypes.c_int]
        hb.hb_buffer_guess_segment_properties.argtypes = [vp]
        hb.hb_shape.argtypes = [vp, vp, vp, ctypes.c_uint]
        hb.hb_buffer_get_glyph_infos.restype = ctypes.POINTER(_Info)
        hb.hb_buffer_get_glyph_infos.argtypes = [vp, ctypes.POINTER(ctypes.c_uint)]
        hb.hb_buffer_get_glyph_positions.restype = ctypes.POINTER(_Pos)
        hb.hb_buffer_get_glyph_positions.argtypes = [vp, ctypes.POINTER(ctypes.c_uint)]
        hb.hb_buffer_destroy.argtypes = [vp]
        face = hb.hb_face_create(hb.hb_blob_create_from_file(path.encode()), 0)
        self.upem = hb.hb_face_get_upem(face)
        self.font = hb.hb_font_create(face)
        hb.hb_font_set_scale(self.font, self.upem, self.upem)

    def shape(self, text):
        hb = self.hb
        buf = hb.hb_buffer_create()
        data = text.encode("utf-8")
        hb.hb_buffer_add_utf8(buf, data, len(data), 0, -1)
        hb.hb_buffer_guess_segment_properties(buf)
        hb.hb_shape(self.font, buf, None, 0)
        n = ctypes.c_uint()
        infos = hb.hb_buffer_get_glyph_infos(buf, ctypes.byref(n))
        poss = hb.hb_buffer_get_glyph_positions(buf, ctypes.byref(n))
        out = [(infos[i].codepoint, poss[i].x_advance, poss[i].x_offset, poss[i].y_offset)
               for i in range(n.value)]
        hb.hb_buffer_destroy(buf)
        return out


PUA = 0xE000
DEVA = "LohitDevanagari"
_shaper = None
_revcmap = {}


def _tounicode(fontname, subset):
    """ToUnicode CMap in which a glyph drawn through its private-use code maps back to the
    character it stands for where the font's cmap names one (the ActualText span carries the
    real text in any case)."""
    cmap = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
            "/CIDSystemInfo", "<< /Registry (%s)" % fontname, "/Ordering (%s)" % fontname,
            "/Supplement 0", ">> def", "/CMapName /%s def" % fontname, "/CMapType 2 def",
            "1 begincodespacerange", "<00> <%02X>" % (len(subset) - 1), "endcodespacerange",
            "%d beginbfchar" % len(subset)]
    for i, v in enumerate(subset):
        if v >= PUA and v - PUA in _revcmap:
            v = _revcmap[v - PUA]
        cmap.append("<%02X> <%04X>" % (i, v))
    cmap += ["endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end",
             "end"]
    return "\n".join(cmap)


def setup_devanagari():
    global _shaper
    _shaper = Shaper(DEVA_TTF)
    font = ttfonts.TTFont(DEVA, DEVA_TTF)
    face = font.face
    for ch, gid in sorted(face.charToGlyph.items()):
        if 0x0900 <= ch <= 0x097F and gid not in _revcmap:
            _revcmap[gid] = ch
    pdfmetrics.registerFont(font)
    ttfonts.makeToUnicodeCMap = _tounicode
    return font


def deva_glyphs(text, size):
    """Shaped glyphs as (pua_char, dx, dy) with the advance of the run in points."""
    face = pdfmetrics.getFont(DEVA).face
    scale = size / _shaper.upem
    x, out = 0.0, []
    for gid, adv, xo, yo in _shaper.shape(text):
        code = PUA + gid
        if code not in face.charToGlyph:
            face.charToGlyph[code] = gid
            face.charWidths[code] = int(round(adv * 1000.0 / _shaper.upem))
        out.append((chr(code), x + xo * scale, yo * scale))
        x += adv * scale
    return out, x


def deva_width(text, size):
    return deva_glyphs(text, size)[1]


def draw_deva(canv, text, x, y, size, color=colors.black):
    glyphs, _ = deva_glyphs(text, size)
    actual = "FEFF" + text.encode("utf-16-be").hex().upper()
    canv.saveState()
    canv.setFillColor(color)
    canv._code.append("/Span <</ActualText <%s>>> BDC" % actual)
    t = canv.beginText()
    t.setFont(DEVA, size)
    for ch, dx, dy in glyphs:
        t.setTextOrigin(x + dx, y + dy)
        t.textOut(ch)
    canv.drawText(t)
    canv._code.append("EMC")
    canv.restoreState()


# ---------------------------------------------------------------- emblem picture


def emblem_image():
    """A small greyscale stand-in for the State Emblem (lion capital on its abacus)."""
    w, h = 84, 104
    im = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(im)
    ink = 60
    # three lions seen from the front: heads, manes and bodies
    for cx in (24, 42, 60):
        d.ellipse([cx - 11, 12, cx + 11, 36], fill=ink)
        d.ellipse([cx - 6, 18, cx + 6, 30], fill=140)
        d.rectangle([cx - 9, 34, cx + 9, 58], fill=ink)
    d.polygon([(14, 8), (42, 2), (70, 8), (66, 16), (18, 16)], fill=ink)
    # abacus with the wheel and the animals
    d.rectangle([8, 60, 76, 74], fill=ink)
    d.ellipse([35, 61, 49, 73], fill=230)
    for k in range(12):
        a = math.pi * k / 6
        d.line([(42, 67), (42 + 6 * math.cos(a), 67 + 6 * math.sin(a))], fill=ink, width=1)
    d.rectangle([14, 64, 28, 70], fill=200)
    d.rectangle([56, 64, 70, 70], fill=200)
    # bell-shaped lotus base
    d.polygon([(14, 76), (70, 76), (62, 96), (22, 96)], fill=ink)
    for k in range(6):
        d.line([(22 + 8 * k, 78), (24 + 7 * k, 95)], fill=170, width=1)
    return ImageReader(im)


# ---------------------------------------------------------------- source


def inline(s):
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<i>\1</i>", s)
    s = s.replace("'", "\u2019")
    return s


def read_source():
    meta, body = {}, []
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("# "):
                continue
            m = re.match(r"@(printed|pagetitle|url|ministry|title|lead|posted) (.*)", line)
            if m:
                meta[m.group(1)] = m.group(2)
            else:
                body.append(line)
    return meta, body


# ---------------------------------------------------------------- styles

body_st = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=15,
                         alignment=TA_LEFT, spaceAfter=7, textColor=colors.HexColor("#222222"))
bullet_st = ParagraphStyle("bullet", parent=body_st, leftIndent=18, bulletIndent=6, spaceAfter=4)
num_st = ParagraphStyle("num", parent=bullet_st, leftIndent=20, bulletIndent=4)
head_st = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=12.5, leading=16,
                         textColor=NAVY, spaceBefore=9, spaceAfter=6)
sub_st = ParagraphStyle("sub", fontName="Helvetica-BoldOblique", fontSize=10.5, leading=14,
                        textColor=colors.HexColor("#222222"), spaceBefore=4, spaceAfter=4)
ministry_st = ParagraphStyle("ministry", fontName="Helvetica-Bold", fontSize=11, leading=14,
                             alignment=TA_CENTER, spaceBefore=2, spaceAfter=6)
title_st = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=15, leading=19,
                          alignment=TA_CENTER, textColor=NAVY, spaceAfter=6)
lead_st = ParagraphStyle("lead", fontName="Helvetica-Oblique", fontSize=10.5, leading=14,
                         alignment=TA_CENTER, textColor=colors.HexColor("#B22222"), spaceAfter=6)
posted_st = ParagraphStyle("posted", fontName="Helvetica-Oblique", fontSize=9, leading=12,
                           alignment=TA_CENTER, textColor=GREY, spaceAfter=10)
readin_st = ParagraphStyle("readin", fontName="Helvetica", fontSize=8.5, leading=11,
                           alignment=TA_RIGHT, textColor=GREY, spaceAfter=4)
box_head = ParagraphStyle("boxhead", fontName="Helvetica-Bold", fontSize=11, leading=14,
                          textColor=NAVY, spaceAfter=3)
box_item = ParagraphStyle("boxitem", parent=body_st, fontSize=10, leading=13.5, leftIndent=14,
                          bulletIndent=3, spaceAfter=3)
cell_st = ParagraphStyle("cell", fontName="Helvetica", fontSize=9.5, leading=12)
cellb_st = ParagraphStyle("cellb", parent=cell_st, fontName="Helvetica-Bold")
cap_st = ParagraphStyle("cap", fontName="Helvetica-Bold", fontSize=9.5, leading=12,
                        alignment=TA_CENTER, spaceBefore=4, spaceAfter=4)
ref_st = ParagraphStyle("ref", fontName="Helvetica", fontSize=9, leading=12.5, textColor=LINK,
                        leftIndent=18, bulletIndent=6, spaceAfter=2)
foot_st = ParagraphStyle("foot", fontName="Helvetica", fontSize=9.5, leading=13, spaceAfter=2)
star_st = ParagraphStyle("star", parent=foot_st, alignment=TA_CENTER, spaceBefore=6)


class Letterhead(Flowable):
    """PIB letterhead: Hindi left, emblem centre, English right, navy double rule."""

    def __init__(self):
        Flowable.__init__(self)
        self.width, self.height = TW, 78

    def draw(self):
        c = self.canv
        h = self.height
        c.drawImage(EMBLEM, TW / 2 - 17, h - 48, width=34, height=42)
        draw_deva(c, "\u0938\u0924\u094d\u092f\u092e\u0947\u0935 \u091c\u092f\u0924\u0947",
                  TW / 2 - deva_width("\u0938\u0924\u094d\u092f\u092e\u0947\u0935 "
                                      "\u091c\u092f\u0924\u0947", 6.5) / 2, h - 57, 6.5)
        draw_deva(c, "\u092a\u0924\u094d\u0930 \u0938\u0942\u091a\u0928\u093e "
                     "\u0915\u093e\u0930\u094d\u092f\u093e\u0932\u092f", 4, h - 24, 15, NAVY)
        draw_deva(c, "\u092d\u093e\u0930\u0924 \u0938\u0930\u0915\u093e\u0930", 4, h - 42, 11.5,
                  NAVY)
        c.setFillColor(NAVY)
        c.setFont("Helvetica-Bold", 14.5)
        c.drawRightString(TW - 4, h - 22, "Press Information Bureau")
        c.setFont("Helvetica", 11)
        c.drawRightString(TW - 4, h - 40, "Government of India")
        c.setStrokeColor(NAVY)
        c.setLineWidth(2.2)
        c.line(0, 10, TW, 10)
        c.setLineWidth(0.6)
        c.line(0, 6, TW, 6)


def takeaways_box(title, items):
    rows = [[Paragraph(inline(title), box_head)]]
    rows += [[Paragraph(inline(t), box_item, bulletText="\u2022")] for t in items]
    t = Table(rows, colWidths=[TW])
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#EAF1FB")),
        ("LINEBEFORE", (0, 0), (0, -1), 3, NAVY),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, 0), 7),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
    ]))
    return [t, Spacer(1, 10)]


def data_table(caption, rows):
    data, bold_rows = [], []
    for i, r in enumerate(rows):
        bold = r.startswith("!")
        cells = r.lstrip("!").split(" | ")
        if bold:
            bold_rows.append(i)
        st = cellb_st if i == 0 or bold else cell_st
        data.append([Paragraph(inline(cells[0]), st),
                     Paragraph(inline(cells[1]), ParagraphStyle("r", parent=st,
                                                                alignment=TA_RIGHT))])
    t = Table(data, colWidths=[TW * 0.68, TW * 0.22])
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#8A8A8A")),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#D9E2F1")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    for i in bold_rows:
        style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F2F2F2")))
    t.setStyle(TableStyle(style))
    t.hAlign = "CENTER"
    return [KeepTogether([Paragraph(inline(caption), cap_st), t]), Spacer(1, 9)]


def story_from(meta, lines):
    story = [Letterhead(), Spacer(1, 4),
             Paragraph("Read this release in: Hindi , Urdu , Telugu", readin_st),
             Paragraph(inline(meta["ministry"]), ministry_st),
             Paragraph(inline(meta["title"]), title_st),
             Paragraph(inline(meta["lead"]), lead_st),
             Paragraph(inline(meta["posted"]), posted_st)]
    para = []
    i = 0

    def flush():
        if para:
            story.append(Paragraph(inline(" ".join(para)), body_st))
            para.clear()

    while i < len(lines):
        s = lines[i].rstrip()
        if s.startswith("@takeaways "):
            flush()
            title, items = s[len("@takeaways "):], []
            i += 1
            while lines[i].strip() != "@end":
                items.append(lines[i].strip()[2:])
                i += 1
            story.extend(takeaways_box(title, items))
        elif s.startswith("@table "):
            flush()
            caption, rows = s[len("@table "):], []
            i += 1
            while lines[i].strip() != "@endtable":
                if lines[i].strip():
                    rows.append(lines[i].strip())
                i += 1
            story.extend(data_table(caption, rows))
        elif s.startswith("@refs "):
            flush()
            story.append(Paragraph(inline(s[len("@refs "):]), head_st))
            i += 1
            while lines[i].strip() != "@end":
                u = lines[i].strip()
                story.append(Paragraph('<u><a href="%s" color="#0B57D0">%s</a></u>'
                                       % (escape(u), escape(u)), ref_st, bulletText="\u2022"))
                i += 1
        elif s == "@foot":
            flush()
            i += 1
            first = True
            while lines[i].strip() != "@end":
                story.append(Paragraph(escape(lines[i].strip()), star_st if first else foot_st))
                first = False
                i += 1
        elif s.startswith("### "):
            flush()
            story.append(Paragraph(inline(s[4:]), sub_st))
        elif s.startswith("## "):
            flush()
            story.append(Paragraph(inline(s[3:]), head_st))
        elif s.startswith("- "):
            flush()
            story.append(Paragraph(inline(s[2:]), bullet_st, bulletText="\u2022"))
        elif re.match(r"\d+\. ", s):
            flush()
            n, text = s.split(". ", 1)
            story.append(Paragraph(inline(text), num_st, bulletText=n + "."))
        elif not s.strip():
            flush()
        else:
            para.append(s.strip())
        i += 1
    flush()
    return story


class Chrome:
    meta = {}
    total = 0


def on_page(canv, doc):
    m = Chrome.meta
    canv.saveState()
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.black)
    canv.drawString(9 * mm, PH - 7 * mm, m["printed"])
    canv.drawCentredString(PW / 2, PH - 7 * mm, m["pagetitle"])
    canv.drawString(9 * mm, 6 * mm, m["url"])
    canv.drawRightString(PW - 9 * mm, 6 * mm, "%d/%d" % (doc.page, Chrome.total or 1))
    canv.restoreState()


def build_once(out):
    meta, lines = read_source()
    Chrome.meta = meta
    doc = BaseDocTemplate(out, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=TM,
                          bottomMargin=BM, title=meta["pagetitle"], author="", subject="",
                          creator="Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
                                  "(KHTML, like Gecko) Chrome/139.0.0.0 Safari/537.36",
                          producer="Skia/PDF m139", invariant=1)
    frame = Frame(LM, BM, TW, PH - TM - BM, leftPadding=0, rightPadding=0, topPadding=0,
                  bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])
    doc.build(story_from(meta, lines))
    return doc.page


EMBLEM = None


def build():
    global EMBLEM
    setup_devanagari()
    EMBLEM = emblem_image()
    Chrome.total = 0
    n = build_once(io.BytesIO())
    Chrome.total = n
    build_once(OUT)


if __name__ == "__main__":
    build()
