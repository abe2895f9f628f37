#!/usr/bin/python3
"""Re-make docs/gi-tags-state-wise-sheet.pdf from tools/gi-tags-state-wise-sheet.txt.

The PDF is an Excel worksheet printed with File > Save as PDF, as Excel lays it out: A4 landscape,
"Normal" margins (0.7 in left and right, 0.75 in top and bottom, header and footer 0.3 in),
"Fit All Columns on One Page" (Arial 10 scaled to 90 %), gridlines printed, rows 1-2 (title and
note) on the first page only with their text running over the empty cells to the right, row 3
(the header row: bold, wrapped, on a light-blue fill with a medium bottom border) repeated at the
top of every page as a print title, Product and Notes set to wrap text, every cell aligned to the
bottom of its row as Excel does by default, numbers right-aligned and the two years typed as text
("2004-05") left-aligned, rows never split across pages; the page header holds the file name
(&[File]) and the footer the sheet name (&[Tab]) on the left and "Page &[Page] of &[Pages]" on
the right. Arial is embedded as a subset (Liberation Sans, metric-compatible, under Arial's
PostScript names); the document information names Excel as creator and producer.

Source: "@file F", "@sheet S", "@title T", "@subtitle T", then one row a line with cells split
on " | " (the first of these lines is the header row), and "@total LABEL", a bold row under the
list whose Year cell holds the count of products (a COUNTA formula's cached value).
Run: /usr/bin/python3 tools/make_pdf.py [OUT]   (reportlab invariant=1, byte-for-byte reproducible)
"""
import os
import re
import sys

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gi-tags-state-wise-sheet.txt")
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "docs", "gi-tags-state-wise-sheet.pdf")
LIB = "/usr/share/fonts/truetype/liberation/"

for name, fn in [("ArialMT", "LiberationSans-Regular.ttf"), ("Arial-BoldMT", "LiberationSans-Bold.ttf"),
                 ("Arial-ItalicMT", "LiberationSans-Italic.ttf")]:
    f = TTFont(name, LIB + fn)
    f.face.name = name.encode("ascii")
    pdfmetrics.registerFont(f)

PAGE_W, PAGE_H = landscape(A4)
IN = 72.0
LEFT, TOP, BOTTOM = 0.7 * IN, 0.75 * IN, 0.75 * IN
HDR, FTR = 0.3 * IN, 0.3 * IN
SCALE = 0.9
FS = 10 * SCALE                 # Arial 10 at 90 %
LH = 12.75 * SCALE              # Excel's default row height for Arial 10
PAD = 2.7 * SCALE
COLS = [84.0, 140.0, 70.0, 58.0, 386.0]
WRAP = [False, True, False, True, True]
GRID = 0.55


def wrap(text, font, size, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        t = w if not cur else cur + " " + w
        if pdfmetrics.stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def is_number(s):
    return re.fullmatch(r"\d+", s) is not None


def row_layout(cells, font):
    out = []
    for c, text in enumerate(cells):
        if WRAP[c]:
            out.append(wrap(text, font, FS, COLS[c] - 2 * PAD))
        else:
            out.append([text])
    n = max(len(x) for x in out)
    return out, max(LH, n * (FS * 1.15) + 3.4)


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip()]
    meta = {}
    rows = []
    for l in lines:
        m = re.match(r"@(\w+) (.*)", l)
        if m:
            meta[m.group(1)] = m.group(2)
        else:
            rows.append(l.split(" | "))
    header, data = rows[0], rows[1:]
    hdr_cells, hdr_h = row_layout(header, "Arial-BoldMT")
    laid = [(r,) + row_layout(r, "ArialMT") + (False,) for r in data]
    if "total" in meta:
        # the COUNTA formula under the list, printed with its cached value, in bold
        tot = ["", meta["total"], "", str(len(data)), ""]
        laid.append((tot,) + row_layout(tot, "Arial-BoldMT") + (True,))
    title_h, sub_h = 18.0 * SCALE + 2, LH
    avail = PAGE_H - TOP - BOTTOM

    # paginate: rows never split, the header row repeats
    pages, cur, used = [], [], title_h + sub_h + hdr_h
    for item in laid:
        if used + item[2] > avail and cur:
            pages.append(cur)
            cur, used = [], hdr_h
        cur.append(item)
        used += item[2]
    pages.append(cur)

    c = canvas.Canvas(OUT, pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1)
    c.setTitle(meta["file"].rsplit(".", 1)[0])
    c.setAuthor("Ritika Sharma")
    c.setCreator("Microsoft\u00ae Excel\u00ae for Microsoft 365")
    c.setProducer("Microsoft\u00ae Excel\u00ae for Microsoft 365")
    xs = [LEFT]
    for w in COLS:
        xs.append(xs[-1] + w)
    total = len(pages)
    for pno, prows in enumerate(pages, 1):
        y = PAGE_H - TOP
        # page header and footer
        c.setFont("ArialMT", 11 * SCALE)
        c.setFillGray(0)
        c.drawCentredString(PAGE_W / 2, PAGE_H - HDR - 11 * SCALE, meta["file"])
        c.drawString(LEFT, FTR, meta["sheet"])
        c.drawRightString(PAGE_W - LEFT, FTR, "Page %d of %d" % (pno, total))
        c.setLineWidth(0.25)
        c.setStrokeGray(GRID)
        if pno == 1:
            # rows 1-2: the text runs over empty cells, so no inner gridlines are drawn there
            for text, h, font, size, grey in [(meta["title"], title_h, "Arial-BoldMT", 14 * SCALE, 0),
                                              (meta["subtitle"], sub_h, "Arial-ItalicMT", FS, 0.4)]:
                c.setFillGray(grey)
                c.setFont(font, size)
                c.drawString(xs[0] + PAD, y - h + 3.2, text)
                c.setStrokeGray(GRID)
                c.line(xs[0], y, xs[-1], y)
                c.line(xs[0], y - h, xs[-1], y - h)
                c.line(xs[0], y, xs[0], y - h)
                c.line(xs[-1], y, xs[-1], y - h)
                y -= h
        # header row (print title)
        c.setFillColorRGB(0.851, 0.882, 0.949)
        c.rect(xs[0], y - hdr_h, xs[-1] - xs[0], hdr_h, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Arial-BoldMT", FS)
        for k, cell_lines in enumerate(hdr_cells):
            n = len(cell_lines)
            top = y - (hdr_h - n * FS * 1.15) / 2
            for j, t in enumerate(cell_lines):
                c.drawCentredString((xs[k] + xs[k + 1]) / 2, top - (j + 1) * FS * 1.15 + 2.2, t)
        c.setStrokeGray(GRID)
        for k in range(len(xs)):
            c.line(xs[k], y, xs[k], y - hdr_h)
        c.line(xs[0], y, xs[-1], y)
        c.setStrokeGray(0)
        c.setLineWidth(1.0)
        c.line(xs[0], y - hdr_h, xs[-1], y - hdr_h)
        c.setLineWidth(0.25)
        c.setStrokeGray(GRID)
        y -= hdr_h
        # data rows, bottom-aligned as Excel does by default
        for cells, cell_lines, h, bold in prows:
            c.setFont("Arial-BoldMT" if bold else "ArialMT", FS)
            for k, cl in enumerate(cell_lines):
                n = len(cl)
                for j, t in enumerate(cl):
                    base = y - h + 3.0 + (n - 1 - j) * FS * 1.15
                    if k == 3 and is_number(cells[k]):
                        c.drawRightString(xs[k + 1] - PAD, base, t)
                    else:
                        c.drawString(xs[k] + PAD, base, t)
            for k in range(len(xs)):
                c.line(xs[k], y, xs[k], y - h)
            c.line(xs[0], y - h, xs[-1], y - h)
            y -= h
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()
