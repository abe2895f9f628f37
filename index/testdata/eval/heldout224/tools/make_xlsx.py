#!/usr/bin/python3
"""Re-make docs/ramsar-india-site-tracker.xlsx from tools/ramsar-india-site-tracker.txt.

The workbook is written with openpyxl, as a student's revision tracker would be when built
from a script and then opened in Excel: three sheets, merged title and note rows, a styled
header row frozen under the title, Alt+Enter-free wrapped cells, real dates for exact days and
text for months ("Jun-2024"), formulas without cached values, an AutoFilter, cell notes
(comments), one hyperlink, yellow highlights and red-font cells.

openpyxl stamps the current time in docProps/core.xml and in every zip entry, so this script
fixes both: the properties are set to one saved moment and the archive is re-written entry by
entry, in openpyxl's order and with its compression, dated to that moment.

Run: /usr/bin/python3 tools/make_xlsx.py [OUT]
"""
import datetime
import io
import os
import re
import sys
import zipfile

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ramsar-india-site-tracker.txt")
OUT = os.path.join(HERE, "..", "docs", "ramsar-india-site-tracker.xlsx")
SAVED = datetime.datetime(2025, 10, 19, 22, 41, 6)
CREATED = datetime.datetime(2024, 2, 3, 9, 12, 40)
AUTHOR = "Ishita Rao"

THIN = Side(style="thin", color="A6A6A6")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
HEAD_FILL = PatternFill("solid", fgColor="1F4E79")
SUB_FILL = PatternFill("solid", fgColor="D9E1F2")
BAND_FILL = PatternFill("solid", fgColor="E2EFDA")
YELLOW = PatternFill("solid", fgColor="FFFF00")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")


def parse(path):
    sheets, cur = [], None
    for raw in open(path, encoding="utf-8").read().split("\n"):
        if not raw.strip():
            continue
        if raw.startswith("@sheet "):
            cur = {"name": raw[7:], "items": []}
            sheets.append(cur)
            continue
        if raw.startswith("@"):
            key, _, rest = raw[1:].partition(" ")
            cur["items"].append((key, rest))
        else:
            cur["items"].append(("row", raw))
    return sheets


def put(ws, row, col, value, r_first, r_last):
    """Write one source cell; returns the cell."""
    cell = ws.cell(row=row, column=col)
    fill = font = None
    if value.startswith("hl:"):
        value, fill = value[3:], YELLOW
    if value.startswith("red:"):
        value, font = value[4:], Font(color="C00000")
    value = (value.replace("{r}", str(row)).replace("{p}", str(row - 1))
             .replace("{first}", str(r_first)).replace("{last}", str(r_last)))
    if value.startswith("d:"):
        y, m, d = (int(x) for x in value[2:].split("-"))
        cell.value = datetime.datetime(y, m, d)
        cell.number_format = "dd-mmm-yyyy"
    elif re.fullmatch(r"-?\d+", value):
        cell.value = int(value)
    elif value:
        cell.value = value
    cell.alignment = WRAP
    cell.border = BOX
    if fill:
        cell.fill = fill
    if font:
        cell.font = font
    return cell


def build(sheet, ws):
    items = sheet["items"]
    ncols = 1
    widths = {}
    for key, rest in items:
        if key == "widths":
            for part in rest.split():
                col, w = part.split("=")
                widths[col] = float(w)
            ncols = len(widths)
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    last_col = chr(ord("A") + ncols - 1)
    row = 0
    first_data = None
    block_rows = []
    for key, rest in items:
        if key == "tab":
            ws.sheet_properties.tabColor = rest
        elif key == "title":
            row += 1
            ws.cell(row=row, column=1, value=rest).font = Font(bold=True, size=14, color="1F4E79")
            ws.merge_cells("A%d:%s%d" % (row, last_col, row))
            ws.row_dimensions[row].height = 24
        elif key == "note":
            row += 1
            c = ws.cell(row=row, column=1, value=rest)
            c.font = Font(italic=True, size=9, color="595959")
            c.alignment = Alignment(wrap_text=True, vertical="top")
            ws.merge_cells("A%d:%s%d" % (row, last_col, row))
            ws.row_dimensions[row].height = 30
        elif key in ("header", "subheader"):
            row += 1
            for i, v in enumerate(rest.split("\t"), 1):
                c = ws.cell(row=row, column=i, value=v)
                if key == "header":
                    c.font = Font(bold=True, color="FFFFFF")
                    c.fill = HEAD_FILL
                else:
                    c.font = Font(bold=True)
                    c.fill = SUB_FILL
                c.alignment = CENTRE
                c.border = BOX
            if key == "header":
                ws.freeze_panes = "A%d" % (row + 1)
            block_rows = []
        elif key == "band":
            row += 1
            c = ws.cell(row=row, column=1, value=rest)
            c.font = Font(bold=True, color="375623")
            c.fill = BAND_FILL
            ws.merge_cells("A%d:%s%d" % (row, last_col, row))
            block_rows = []
        elif key == "row":
            row += 1
            block_rows.append(row)
            for i, v in enumerate(rest.split("\t"), 1):
                put(ws, row, i, v, 0, 0)
        elif key == "total":
            row += 1
            r_first, r_last = block_rows[0], block_rows[-1]
            for i, v in enumerate(rest.split("\t"), 1):
                c = put(ws, row, i, v, r_first, r_last)
                c.font = Font(bold=True)
                c.fill = TOTAL_FILL
            for i in range(len(rest.split("\t")) + 1, ncols + 1):
                c = ws.cell(row=row, column=i)
                c.border = BOX
                c.fill = TOTAL_FILL
        elif key == "comment":
            ref, _, text = rest.partition(" ")
            cm = Comment(text, AUTHOR)
            cm.width, cm.height = 220, 90
            ws[ref].comment = cm
        elif key == "link":
            ref, _, url = rest.partition(" ")
            ws[ref].hyperlink = url
            ws[ref].font = Font(color="0563C1", underline="single")
        elif key == "filter":
            ws.auto_filter.ref = rest
    ws.sheet_view.zoomScale = 90
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.print_title_rows = "3:3"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    wb = Workbook()
    wb.remove(wb.active)
    for sheet in parse(SRC):
        build(sheet, wb.create_sheet(sheet["name"]))
    wb.active = 0
    p = wb.properties
    p.creator = AUTHOR
    p.lastModifiedBy = AUTHOR
    p.title = "Ramsar sites - India tracker"
    p.created = CREATED
    p.modified = SAVED
    buf = io.BytesIO()
    wb.save(buf)
    # re-write the archive with one fixed date (openpyxl stamps the time of saving)
    stamp = SAVED.timetuple()[:6]
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = info.compress_type
            zi.external_attr = info.external_attr
            zi.create_system = info.create_system
            zout.writestr(zi, zin.read(info.filename))


if __name__ == "__main__":
    main()
