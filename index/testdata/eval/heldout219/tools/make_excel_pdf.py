#!/usr/bin/python3
"""Make docs/electronics-pli-tracker.pdf from tools/electronics-pli-tracker.txt.

The PDF imitates what Excel for Microsoft 365 writes with File > Export > Create PDF/XPS and
"Entire workbook": one tab after another, each with its own Page Setup --

  * A4, Excel's "Normal" margins (0.7" left/right, 0.75" top/bottom, header and footer 0.3"
    from the edge); landscape or portrait per tab;
  * "Fit All Columns on One Page" (a whole-percent scale worked out from the column widths, so
    fonts shrink on wide tabs) or 100% with the columns that do not fit printed on later pages,
    page order "Down, then over";
  * Gridlines and Row and column headings printed (Sheet Options > Print): the grey column
    letters over the sheet and the row numbers down its left side, including the gaps left by
    a hidden column and by a row the table filter hides;
  * Print Titles: the table's header row (row 3) repeated at the top of every page;
  * custom header (left: the course line, centre: &[Tab] in bold, right: "Printed &[Date]") and
    footer (left: &[Path]&[File], right: "Page &[Page] of &[Pages]", counted through the whole
    workbook), scaled with the document;
  * Excel's look: a Title-style A1 and an italic note in A2 that spill over the empty cells to
    their right, a formatted table (Table Style Medium 2: bold white header on blue, banded
    rows), text wrapped inside its cell and sitting at the bottom of tall rows (Excel's default
    vertical alignment), numbers and dates pushed right, "########" for a date too wide for its
    column, a bold totals row with a thin top and a double bottom border.

Helvetica stands in for Calibri. Run from anywhere: /usr/bin/python3 tools/make_excel_pdf.py
The output is byte-for-byte reproducible (reportlab invariant=1).
"""
import datetime
import math
import os
import re

from reportlab import rl_config
rl_config.invariant = 1

from reportlab.lib.colors import HexColor, white, black
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "electronics-pli-tracker.txt")
OUT = os.path.join(HERE, "..", "docs", "electronics-pli-tracker.pdf")

IN = 72.0
MARGIN_LR, MARGIN_TB, HF = 0.7 * IN, 0.75 * IN, 0.3 * IN
FONT, BOLD, ITAL = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
SIZE = 10.0              # Calibri 11 stand-in
LINE = 15.0              # Excel's default row height for Calibri 11, in points
PAD = 2.25               # cell padding left and right
HEAD_W = 24.0            # width of the printed row-number column at 100%
TITLE_SIZE, TITLE_ROW = 16.0, 21.0
GRID = HexColor("#A6A6A6")
HEADING_TXT = HexColor("#404040")
TABLE_HEAD = HexColor("#4472C4")
BAND = HexColor("#D9E1F2")
TITLE_COL = HexColor("#44546A")
NOTE_COL = HexColor("#595959")
HEADER_LEFT = "GS3 Economy - Electronics & PLI (Ishita)"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def width_pt(chars):
    """Excel column width in characters -> points (7-pixel digit, 5 pixels of padding)."""
    return math.floor(chars * 7 + 5) * 0.75


def parse(path):
    book = {"sheets": []}
    sheet = None
    for raw in open(path, encoding="utf-8").read().split("\n"):
        if not raw.strip() or raw.startswith("%"):
            continue
        if raw.startswith("@"):
            key, _, val = raw.partition(" ")
            key = key[1:]
            if key in ("file", "path", "author", "printed"):
                book[key] = val
            elif key == "sheet":
                sheet = {"name": val, "rows": [], "orient": "portrait", "fit": "width",
                         "datefmt": "dd-mmm-yy"}
                book["sheets"].append(sheet)
            elif key in ("orient", "fit", "datefmt"):
                sheet[key] = val
            elif key == "widths":
                ws, hidden = [], []
                for w in val.split("|"):
                    hidden.append(w.startswith("["))
                    ws.append(float(w.strip("[]")))
                sheet["widths"], sheet["hidden_cols"] = ws, hidden
            elif key == "align":
                sheet["align"] = val.split("|")
            elif key == "title":
                sheet["title"] = val
            elif key == "note":
                sheet["note"] = val
            elif key == "header":
                sheet["header"] = val.split("|")
            elif key == "hidden":
                sheet["rows"].append({"kind": "hidden", "cells": split_cells(val)})
            elif key == "total":
                sheet["rows"].append({"kind": "blank", "cells": []})
                sheet["rows"].append({"kind": "total", "cells": split_cells(val)})
            else:
                raise ValueError("unknown directive " + key)
            continue
        sheet["rows"].append({"kind": "data", "cells": split_cells(raw)})
    return book


def split_cells(line):
    return [c.strip().replace("\\n", "\n") for c in line.split("|")]


DATE_RE = re.compile(r"^(\{long\})?(\d{4})-(\d{2})-(\d{2})$")
NUM_RE = re.compile(r"^-?[\d,]+(\.\d+)?%?$")


def shown(value, fmt):
    """What Excel shows for a typed value: (text, is_number, long_date)."""
    m = DATE_RE.match(value)
    if m:
        d = datetime.date(int(m.group(2)), int(m.group(3)), int(m.group(4)))
        if m.group(1):
            return "%s, %02d %s %d" % (DAYS[d.weekday()], d.day, MONTHS[d.month - 1], d.year), True, True
        if fmt == "dd-mmm-yy":
            return "%02d-%s-%02d" % (d.day, MONTHS[d.month - 1][:3], d.year % 100), True, False
        return "%02d-%02d-%04d" % (d.day, d.month, d.year), True, False
    if NUM_RE.match(value) and value not in ("-",):
        return value, True, False
    return value, False, False


def wrap(text, font, size, width):
    lines = []
    for para in text.split("\n"):
        words = para.split(" ")
        cur = ""
        for w in words:
            trial = w if not cur else cur + " " + w
            if stringWidth(trial, font, size) <= width or not cur and stringWidth(w, font, size) <= width:
                cur = trial
                continue
            if cur:
                lines.append(cur)
                cur = ""
            # a word longer than the cell is broken between letters, as Excel does
            while stringWidth(w, font, size) > width:
                k = len(w)
                while k > 1 and stringWidth(w[:k], font, size) > width:
                    k -= 1
                lines.append(w[:k])
                w = w[k:]
            cur = w
        lines.append(cur)
    return lines


class Sheet:
    def __init__(self, spec):
        self.spec = spec
        self.name = spec["name"]
        self.ncols = len(spec["widths"])
        self.vis = [i for i in range(self.ncols) if not spec["hidden_cols"][i]]
        self.colw = [width_pt(w) for w in spec["widths"]]
        self.rows = []           # (excel_row_number, kind, cells)
        self.rows.append((1, "title", [spec.get("title", "")]))
        self.rows.append((2, "note", [spec.get("note", "")]))
        self.rows.append((3, "header", spec["header"]))
        n = 4
        band = 0
        for r in spec["rows"]:
            kind = r["kind"]
            if kind == "data":
                kind = "band" if band % 2 == 0 else "data"
                band += 1
            self.rows.append((n, kind, r["cells"]))
            n += 1
        self.heights = {}
        for num, kind, cells in self.rows:
            self.heights[num] = self.row_height(kind, cells)

    def cell_font(self, kind):
        if kind in ("header", "total"):
            return BOLD
        return FONT

    def row_height(self, kind, cells):
        if kind == "title":
            return TITLE_ROW
        if kind in ("note", "blank", "hidden"):
            return LINE
        best = 1
        for i, c in enumerate(cells):
            if i >= self.ncols or self.spec["hidden_cols"][i] or not c:
                continue
            text, is_num, _ = shown(c, self.spec["datefmt"])
            if is_num or kind == "total":
                continue
            lines = wrap(text, self.cell_font(kind), SIZE, self.colw[i] - 2 * PAD)
            best = max(best, len(lines))
        return best * LINE


def layout(book):
    """Split every tab into pages; returns a list of (sheet, scale, col_group, row_list, first)."""
    pages = []
    for spec in book["sheets"]:
        sh = Sheet(spec)
        pw, ph = landscape(A4) if spec["orient"] == "landscape" else A4
        avail_w = pw - 2 * MARGIN_LR
        avail_h = ph - 2 * MARGIN_TB
        total_w = HEAD_W + sum(sh.colw[i] for i in sh.vis)
        if spec["fit"] == "width":
            scale = min(100, math.floor(avail_w / total_w * 100)) / 100.0
            groups = [sh.vis]
        else:
            scale = 1.0
            groups, cur, used = [], [], HEAD_W
            for i in sh.vis:
                if cur and used + sh.colw[i] > avail_w:
                    groups.append(cur)
                    cur, used = [], HEAD_W
                cur.append(i)
                used += sh.colw[i]
            groups.append(cur)
        # rows per page (the same for every column group), header row repeated
        inner_h = avail_h / scale
        row_pages, cur, used = [], [], LINE
        header = [r for r in sh.rows if r[1] == "header"][0]
        for r in sh.rows:
            if r[1] == "hidden":
                continue
            h = sh.heights[r[0]]
            if cur and used + h > inner_h:
                row_pages.append(cur)
                cur = [header]
                used = LINE + sh.heights[header[0]]
            cur.append(r)
            used += h
        row_pages.append(cur)
        for g in groups:                      # "Down, then over"
            for k, rp in enumerate(row_pages):
                pages.append((sh, (pw, ph), scale, g, rp))
    return pages


def spill_bounds(sh, kind, cells, group, xs):
    """Right edges of the columns that a spilling label (title, note, totals label) covers."""
    if kind not in ("title", "note", "total") or not cells or not cells[0]:
        return set()
    if group[0] != 0:
        return set()
    font, size = {"title": (FONT, TITLE_SIZE), "note": (ITAL, SIZE),
                  "total": (BOLD, SIZE)}[kind]
    end = xs[0] + PAD + stringWidth(cells[0], font, size)
    covered = set()
    for i in group[1:]:
        if i < len(cells) and cells[i]:
            break
        if xs[i] < end:
            covered.add(xs[i])
    return covered


def draw_text(c, x, y, text, font, size, color=black):
    c.setFillColor(color)
    c.setFont(font, size)
    c.drawString(x, y, text)


def render(book, out):
    pages = layout(book)
    c = canvas.Canvas(out, pagesize=A4, invariant=1, pageCompression=1)
    c.setAuthor(book["author"])
    c.setTitle("")
    c.setCreator("Microsoft\u00ae Excel\u00ae for Microsoft 365")
    c.setProducer("Microsoft\u00ae Excel\u00ae for Microsoft 365")
    c.setSubject("")
    total = len(pages)
    for pno, (sh, (pw, ph), s, group, rows) in enumerate(pages, 1):
        c.setPageSize((pw, ph))
        spec = sh.spec
        # header and footer, scaled with the document
        hs = 9.0 * max(s, 0.8)
        hy = ph - HF - hs
        draw_text(c, MARGIN_LR, hy, HEADER_LEFT, FONT, hs)
        tw = stringWidth(sh.name, BOLD, hs)
        draw_text(c, (pw - tw) / 2, hy, sh.name, BOLD, hs)
        right = "Printed " + book["printed"]
        draw_text(c, pw - MARGIN_LR - stringWidth(right, FONT, hs), hy, right, FONT, hs)
        fy = HF
        draw_text(c, MARGIN_LR, fy, book["path"] + book["file"], FONT, hs)
        pg = "Page %d of %d" % (pno, total)
        draw_text(c, pw - MARGIN_LR - stringWidth(pg, FONT, hs), fy, pg, FONT, hs)

        c.saveState()
        c.translate(MARGIN_LR, ph - MARGIN_TB)
        c.scale(s, s)
        xs, x = {}, HEAD_W
        for i in group:
            xs[i] = x
            x += sh.colw[i]
        right_edge = x
        # column headings
        y = -LINE
        c.setLineWidth(0.5)
        c.setStrokeColor(GRID)
        c.rect(0, y, HEAD_W, LINE, stroke=1, fill=0)
        for i in group:
            c.rect(xs[i], y, sh.colw[i], LINE, stroke=1, fill=0)
            L = col_letter(i)
            draw_text(c, xs[i] + (sh.colw[i] - stringWidth(L, FONT, SIZE)) / 2, y + 4, L,
                      FONT, SIZE, HEADING_TXT)
        for num, kind, cells in rows:
            h = sh.heights[num]
            y -= h
            # fills
            if kind == "header":
                c.setFillColor(TABLE_HEAD)
                c.rect(HEAD_W, y, right_edge - HEAD_W, h, stroke=0, fill=1)
            elif kind == "band":
                c.setFillColor(BAND)
                c.rect(HEAD_W, y, right_edge - HEAD_W, h, stroke=0, fill=1)
            # gridlines and the row number; text spilling over empty cells hides the
            # gridlines it crosses, as on screen
            c.setStrokeColor(GRID)
            c.setLineWidth(0.5)
            c.rect(0, y, HEAD_W, h, stroke=1, fill=0)
            skip = spill_bounds(sh, kind, cells, group, xs)
            c.line(HEAD_W, y, right_edge, y)
            c.line(HEAD_W, y + h, right_edge, y + h)
            for i in group:
                if xs[i] + sh.colw[i] not in skip:
                    c.line(xs[i] + sh.colw[i], y, xs[i] + sh.colw[i], y + h)
            rn = str(num)
            draw_text(c, (HEAD_W - stringWidth(rn, FONT, SIZE)) / 2, y + 4, rn, FONT, SIZE,
                      HEADING_TXT)
            if kind in ("title", "note"):
                if group[0] == 0 and cells[0]:
                    font, size, col = (FONT, TITLE_SIZE, TITLE_COL) if kind == "title" else \
                        (ITAL, SIZE, NOTE_COL)
                    text = cells[0]
                    room = right_edge - xs[0] - PAD
                    while stringWidth(text, font, size) > room:      # clipped at the print area
                        text = text[:-1]
                    draw_text(c, xs[0] + PAD, y + 4.5, text, font, size, col)
                continue
            if kind == "total":
                c.setStrokeColor(TABLE_HEAD)
                c.setLineWidth(0.75)
                c.line(HEAD_W, y + h, right_edge, y + h)
                c.line(HEAD_W, y + 1.2, right_edge, y + 1.2)
                c.line(HEAD_W, y - 0.3, right_edge, y - 0.3)
            font = sh.cell_font(kind)
            color = white if kind == "header" else black
            aligns = spec["align"]
            spill = {}
            for i in group:
                if i >= len(cells) or not cells[i]:
                    continue
                text, is_num, long_date = shown(cells[i], spec["datefmt"])
                cw = sh.colw[i] - 2 * PAD
                if kind == "total" and not is_num:
                    # the label of the totals row spills over the empty cells to its right
                    draw_text(c, xs[i] + PAD, y + 4, text, font, SIZE, color)
                    continue
                if is_num:
                    if long_date and stringWidth(text, font, SIZE) > cw:
                        text = "#" * int(cw // stringWidth("#", font, SIZE))
                    tw = stringWidth(text, font, SIZE)
                    x0 = xs[i] + sh.colw[i] - PAD - tw
                    if aligns[i] == "c":
                        x0 = xs[i] + (sh.colw[i] - tw) / 2
                    draw_text(c, x0, y + 4, text, font, SIZE, color)
                    continue
                lines = wrap(text, font, SIZE, cw)
                # bottom vertical alignment: the last line sits on the row's foot
                for k, ln in enumerate(lines):
                    ly = y + 4 + (len(lines) - 1 - k) * LINE
                    tw = stringWidth(ln, font, SIZE)
                    if aligns[i] == "r":
                        x0 = xs[i] + sh.colw[i] - PAD - tw
                    elif aligns[i] == "c":
                        x0 = xs[i] + (sh.colw[i] - tw) / 2
                    else:
                        x0 = xs[i] + PAD
                    draw_text(c, x0, ly, ln, font, SIZE, color)
        c.restoreState()
        c.showPage()
    c.save()


def main():
    book = parse(SRC)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    render(book, OUT)


if __name__ == "__main__":
    main()
