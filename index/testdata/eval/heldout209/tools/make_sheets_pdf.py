#!/usr/bin/python3
"""Make docs/coss-2020-revision-sheet.pdf from tools/coss-2020-revision-sheet.txt.

The PDF imitates a Google Sheets workbook downloaded with File > Download > PDF, "Workbook" as
the export range, A4 landscape, scale "Fit to width", normal margins (0.75 in top and bottom,
0.7 in left and right), gridlines shown, frozen rows repeated on every page, and the headers and
footers Sheets offers ticked: workbook title and export date/time at the top, sheet name and
page number at the foot. Each tab starts on a new page; the fit-to-width scale is worked out per
tab from its column widths (Sheets pixels), so the font size differs a little between tabs.

Sheets' look is kept: Arial-like text (Helvetica), cells wrapped word by word (a word longer than
the cell is broken between letters), Sheets' default *bottom* vertical alignment (short cells sit
at the foot of tall rows), in-cell line breaks, numbers and dates right-aligned, a bold header row
with a fill, merged group rows across the whole width with their own fill, checkboxes drawn as
boxes (ticked ones filled), links in blue with an underline and a link annotation, conditional
formatting on the Status column, alternating row colours on the news tab, light-grey gridlines
drawn over the fills. A row is never split across pages; the header row is drawn again at the
top of every page of its tab.

Run from anywhere: /usr/bin/python3 tools/make_sheets_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import os
import re

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib.colors import HexColor, white, black
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "coss-2020-revision-sheet.txt")
OUT = os.path.join(HERE, "..", "docs", "coss-2020-revision-sheet.pdf")

PW, PH = landscape(A4)
LM = RM = 0.7 * 72
TM = BM = 0.75 * 72
AVAIL = PW - LM - RM
PX = 0.75                      # one Sheets pixel in points at 100 %
FONT, BOLD = "Helvetica", "Helvetica-Bold"
GRID = HexColor("#c0c0c0")
LINK = HexColor("#1155cc")
HEAD_FILL = HexColor("#cfe2f3")
GROUP_FILL = HexColor("#fff2cc")
BAND_HEAD = HexColor("#4285f4")
BAND_ODD = HexColor("#ffffff")
BAND_EVEN = HexColor("#e8f0fe")
STATUS = {"Done": "#b7e1cd", "In force": "#b7e1cd", "Rules pending": "#f4cccc",
          "Rolling out": "#fce8b2"}
DATE = re.compile(r"^\d\d/\d\d/\d{4}$")


def read_source():
    book = {"sheets": []}
    sheet = None
    with open(SRC, encoding="utf-8") as f:
        for raw in f.read().split("\n"):
            line = raw.rstrip()
            if not line or line.startswith("%"):
                continue
            if line.startswith("@"):
                key, _, val = line.partition(" ")
                if key == "@sheet":
                    sheet = {"name": val, "rows": []}
                    book["sheets"].append(sheet)
                elif key == "@widths":
                    sheet["widths"] = [int(w) for w in val.split("|")]
                elif key == "@align":
                    sheet["align"] = val.split("|")
                elif key == "@header":
                    sheet["header"] = val.split("|")
                elif key == "@group":
                    sheet["rows"].append(("group", val))
                else:
                    book[key[1:]] = val
            else:
                sheet["rows"].append(("row", [c.strip() for c in line.split(" | ")]))
    return book


def wrap(text, font, size, width):
    """Sheets-style wrapping: words, then letters for a word wider than the cell."""
    lines = []
    for para in text.split("\\n"):
        cur = ""
        for word in para.split(" "):
            trial = word if not cur else cur + " " + word
            if stringWidth(trial, font, size) <= width:
                cur = trial
                continue
            if cur:
                lines.append(cur)
                cur = ""
            while stringWidth(word, font, size) > width:
                cut = len(word)
                while cut > 1 and stringWidth(word[:cut], font, size) > width:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
            cur = word
        lines.append(cur)
    return lines


class Sheet:
    def __init__(self, spec):
        self.spec = spec
        self.name = spec["name"]
        total = sum(spec["widths"]) * PX
        self.scale = min(1.0, AVAIL / total)
        self.cols = [w * PX * self.scale for w in spec["widths"]]
        self.fs = round(10 * self.scale, 2)
        self.lead = round(self.fs * 1.3, 2)
        self.hpad = 3 * PX * self.scale
        self.vpad = 2.5 * PX * self.scale
        self.minh = 21 * PX * self.scale
        self.banded = self.name.startswith("News")

    def cell_lines(self, text, col, bold=False):
        if text in ("[x]", "[ ]"):
            return []
        return wrap(text, BOLD if bold else FONT, self.fs, self.cols[col] - 2 * self.hpad)

    def row_height(self, cells, bold=False):
        n = max(len(self.cell_lines(c, i, bold)) for i, c in enumerate(cells))
        return max(self.minh, n * self.lead + 2 * self.vpad)


class Book:
    def __init__(self, spec):
        self.spec = spec
        self.sheets = [Sheet(s) for s in spec["sheets"]]
        self.pages = []        # (sheet, [rows]) laid out per page

    def paginate(self):
        top = PH - TM
        for sh in self.sheets:
            head_h = sh.row_height(sh.spec["header"], bold=True)
            page, y = [], top - head_h
            for kind, val in sh.spec["rows"]:
                h = sh.minh if kind == "group" else sh.row_height(val)
                if y - h < BM and page:
                    self.pages.append((sh, page))
                    page, y = [], top - head_h
                page.append((kind, val, h))
                y -= h
            self.pages.append((sh, page))

    def draw(self, out):
        c = canvas.Canvas(out, pagesize=(PW, PH), invariant=1, pageCompression=1)
        c.setTitle(self.spec["workbook"])
        c.setCreator("Google Sheets")
        c.setProducer("Skia/PDF m131 Google Docs Renderer")
        total = len(self.pages)
        for n, (sh, rows) in enumerate(self.pages, 1):
            self.draw_page(c, sh, rows, n, total)
            c.showPage()
        c.save()

    def draw_page(self, c, sh, rows, n, total):
        # headers and footers as Sheets prints them
        c.setFillColor(black)
        c.setFont(FONT, 8)
        c.drawString(LM, PH - TM + 20, self.spec["workbook"])
        c.drawRightString(PW - RM, PH - TM + 20, self.spec["exported"])
        c.drawString(LM, BM - 28, sh.name)
        c.drawRightString(PW - RM, BM - 28, str(n))
        y = PH - TM
        head_h = sh.row_height(sh.spec["header"], bold=True)
        self.draw_row(c, sh, sh.spec["header"], y, head_h, header=True)
        y -= head_h
        band = 0
        for kind, val, h in rows:
            if kind == "group":
                self.draw_group(c, sh, val, y, h)
            else:
                band += 1
                self.draw_row(c, sh, val, y, h, band=band)
            y -= h
        # frozen-row divider: Sheets prints the freeze line as a thicker grey rule
        c.setStrokeColor(HexColor("#9e9e9e"))
        c.setLineWidth(1.2)
        c.line(LM, PH - TM - head_h, LM + sum(sh.cols), PH - TM - head_h)

    def draw_group(self, c, sh, text, top, h):
        width = sum(sh.cols)
        c.setFillColor(GROUP_FILL)
        c.rect(LM, top - h, width, h, stroke=0, fill=1)
        c.setStrokeColor(GRID)
        c.setLineWidth(0.5)
        c.rect(LM, top - h, width, h, stroke=1, fill=0)
        c.setFillColor(black)
        c.setFont(BOLD, sh.fs)
        c.drawString(LM + sh.hpad, top - h + sh.vpad + sh.fs * 0.22, text)

    def draw_row(self, c, sh, cells, top, h, header=False, band=0):
        x = LM
        for i, text in enumerate(cells):
            w = sh.cols[i]
            fill = None
            if header:
                fill = BAND_HEAD if sh.banded else HEAD_FILL
            elif sh.banded:
                fill = BAND_EVEN if band % 2 == 0 else BAND_ODD
            if not header and sh.spec["header"][i] == "Status" and text in STATUS:
                fill = HexColor(STATUS[text])
            if fill is not None:
                c.setFillColor(fill)
                c.rect(x, top - h, w, h, stroke=0, fill=1)
            x += w
        # gridlines over the fills
        c.setStrokeColor(GRID)
        c.setLineWidth(0.5)
        x = LM
        for w in sh.cols:
            c.rect(x, top - h, w, h, stroke=1, fill=0)
            x += w
        x = LM
        for i, text in enumerate(cells):
            w = sh.cols[i]
            self.draw_text(c, sh, text, i, x, top, h, w, header)
            x += w

    def draw_text(self, c, sh, text, i, x, top, h, w, header):
        if text in ("[x]", "[ ]"):
            s = 9 * PX * sh.scale * 1.2
            bx, by = x + (w - s) / 2, top - h + sh.vpad + 1
            if text == "[x]":
                c.setFillColor(HexColor("#1a73e8"))
                c.roundRect(bx, by, s, s, 1.2, stroke=0, fill=1)
                c.setStrokeColor(white)
                c.setLineWidth(1.1)
                p = c.beginPath()
                p.moveTo(bx + s * 0.2, by + s * 0.52)
                p.lineTo(bx + s * 0.42, by + s * 0.28)
                p.lineTo(bx + s * 0.8, by + s * 0.72)
                c.drawPath(p, stroke=1, fill=0)
            else:
                c.setStrokeColor(HexColor("#5f6368"))
                c.setLineWidth(0.8)
                c.roundRect(bx, by, s, s, 1.2, stroke=1, fill=0)
            return
        font = BOLD if header else FONT
        lines = sh.cell_lines(text, i, header)
        is_link = text.startswith("http")
        colour = white if (header and sh.banded) else (LINK if is_link else black)
        align = sh.spec["align"][i]
        if not header and DATE.match(text):
            align = "r"
        if header:
            align = "l" if align == "r" else align
        base = top - h + sh.vpad + sh.fs * 0.22 + (len(lines) - 1) * sh.lead
        c.setFillColor(colour)
        c.setFont(font, sh.fs)
        for ln in lines:
            lw = stringWidth(ln, font, sh.fs)
            if align == "r":
                lx = x + w - sh.hpad - lw
            elif align == "c":
                lx = x + (w - lw) / 2
            else:
                lx = x + sh.hpad
            c.drawString(lx, base, ln)
            if is_link:
                c.setStrokeColor(LINK)
                c.setLineWidth(0.5)
                c.line(lx, base - 1.2, lx + lw, base - 1.2)
            base -= sh.lead
        if is_link:
            c.linkURL(text, (x, top - h, x + w, top), relative=0, thickness=0)


def build():
    book = Book(read_source())
    book.paginate()
    book.draw(OUT)


if __name__ == "__main__":
    build()
