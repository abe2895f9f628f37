#!/usr/bin/python3
"""Re-make docs/groundwater-depletion-booklet-ocr.txt from tools/groundwater-depletion-booklet-ocr.txt.

The document is what Tesseract 5 (`tesseract scan.tif out -l eng`, default page segmentation)
prints for a three-page scan of a two-column coaching booklet chapter (pages 61-63):
  * one output line per printed line, the booklet's ragged column measure (about 50
    characters), with the typesetter's end-of-line hyphens left in;
  * blocks (headings, paragraphs, list items, the table, the running head) separated by a
    blank line, and a form feed after every page, as Tesseract's text renderer writes them;
  * the columns read one after the other, so a paragraph that runs from the foot of the left
    column to the top of the right one (or onto the next page, under the running head) is
    broken by a blank line;
  * the full-width table floated to the top of the next page and read row by row, cells
    joined by single spaces, a ruled line read as "|" here and there;
  * the framed box read inside its column, its top rule read as a line of underscores and
    its bullets as "e";
  * running heads on pages 62 and 63 (page number at the outer edge), a bare "61" at the
    foot of the first page;
  * a handful of misreadings ("rn" for "m", "l" for "I", "tbe", "arid"), listed in SLIPS.
Deterministic; standard library only.
Run: /usr/bin/python3 tools/make_ocr.py
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "groundwater-depletion-booklet-ocr.txt")
OUT = os.path.join(HERE, "..", "docs", "groundwater-depletion-booklet-ocr.txt")

COL = 50            # characters in a column line (the ragged right edge of the scan)
COL_LINES = 62      # printed lines in a column
TOP_LINES = 11      # lines of each column taken by the title block on page 61
FIRST_PAGE = 61
HEAD_EVEN = "{n} GEOGRAPHY & ENVIRONMENT : BOOKLET 9"
HEAD_ODD = "GROUNDWATER DEPLETION IN INDIA {n}"

# Hyphenation points the typesetter used (only these words are ever broken).
HYPH = {
    "groundwater": ["ground", "water"], "extraction": ["extrac", "tion"],
    "assessment": ["assess", "ment"], "depletion": ["deple", "tion"],
    "irrigation": ["irriga", "tion"], "Brahmaputra": ["Brahma", "putra"],
    "procurement": ["procure", "ment"], "traditional": ["tradi", "tional"],
    "electricity": ["electri", "city"], "connections": ["connec", "tions"],
    "submersible": ["submers", "ible"], "encroached": ["en", "croached"],
    "Maharashtra": ["Maha", "rashtra"], "participation": ["partici", "pation"],
    "Interconnected": ["Intercon", "nected"], "preservation": ["preserva", "tion"],
    "management": ["manage", "ment"], "methodology": ["methodo", "logy"],
    "categories": ["cate", "gories"], "conservation": ["conser", "vation"],
    "subsidence": ["subsi", "dence"], "extractable": ["extract", "able"],
    "properties": ["proper", "ties"], "seasonal": ["sea", "sonal"],
    "percentage": ["percent", "age"], "distribution": ["distri", "bution"],
    "independent": ["inde", "pendent"], "productive": ["produc", "tive"],
    "Telangana": ["Telan", "gana"], "Saurashtra": ["Saurash", "tra"],
    "Marathwada": ["Marath", "wada"], "structures": ["struc", "tures"],
    "harvesting": ["harvest", "ing"], "incentive": ["incen", "tive"],
    "agencies": ["agen", "cies"], "Commission": ["Commis", "sion"],
    "statements": ["state", "ments"], "tubewells": ["tube", "wells"],
    "borewells": ["bore", "wells"], "Programme": ["Pro", "gramme"],
    "unconfined": ["uncon", "fined"], "fluctuation": ["fluctu", "ation"],
    "Rajasthan": ["Rajas", "than"], "satellites": ["satel", "lites"],
    "kilometres": ["kilo", "metres"], "reservoir": ["reser", "voir"],
    "reservoirs": ["reser", "voirs"],
    "subsidised": ["subsi", "dised"], "neighbour’s": ["neigh", "bour’s"],
    "property": ["pro", "perty"], "wetlands": ["wet", "lands"],
    "transplanting": ["trans", "planting"], "Sustainable": ["Sustain", "able"],
    "drinking": ["drink", "ing"], "agriculture": ["agri", "culture"],
    "pressure": ["pres", "sure"], "monsoon": ["mon", "soon"],
    "continues": ["con", "tinues"], "sediment": ["sedi", "ment"],
    "Authority’s": ["Autho", "rity’s"], "community-led": ["community-", "led"],
    "restored": ["re", "stored"], "recharged": ["re", "charged"],
    "University": ["Univer", "sity"], "depletion.": ["deple", "tion."],
    "groundwater.": ["ground", "water."], "groundwater,": ["ground", "water,"],
}

# OCR misreadings: (page, exact word as set, occurrence on that page counted from 1, reading).
SLIPS = [
    (1, "monsoon.", 1, "rnonsoon."),
    (1, "India", 2, "lndia"),
    (1, "the", 9, "tbe"),
    (2, "management", 1, "rnanagement"),
    (2, "and", 14, "arid"),
    (2, "Bengaluru", 1, "Bengalurn"),
    (2, "demand-side", 1, "dernand-side"),
    (3, "limit", 1, "lirnit"),
    (3, "the", 4, "tbe"),
    (3, "Interconnected", 1, "lnterconnected"),
    (3, "INDIA", 1, "lNDIA"),
]


def parse():
    top, flow = [], []
    cur = None
    with open(SRC, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            tag, _, rest = line.partition(" ")
            if tag == "@top":
                top.append(rest)
            elif tag in ("@p", "@h1", "@h2", "@b", "@q"):
                flow.append({"kind": tag[1:], "text": rest})
            elif tag == "@table":
                cur = {"kind": "table", "caption": rest, "rows": []}
            elif tag == "@row":
                cur["rows"].append([c.strip() for c in rest.split("|")])
            elif tag == "@endtable":
                flow.append(cur)
                cur = None
            elif tag == "@box":
                flow.append({"kind": "boxstart", "text": rest})
            elif tag == "@endbox":
                flow.append({"kind": "boxend"})
            else:
                raise SystemExit("bad line: %r" % line)
    return top, flow


def wrap(text, width):
    """Greedy wrap with the typesetter's hyphenation; returns printed lines."""
    words = text.split()
    lines, cur = [], ""
    for w in words:
        cand = w if not cur else cur + " " + w
        if len(cand) <= width:
            cur = cand
            continue
        parts = HYPH.get(w)
        if parts and cur:
            head = cur + " " + parts[0] + ("" if parts[0].endswith("-") else "-")
            if len(head) <= width:
                lines.append(head)
                cur = parts[1]
                continue
        lines.append(cur)
        cur = w
    if cur:
        lines.append(cur)
    return lines


def blocks_of(flow):
    """Each flow item as a list of printed lines (bullets without their indent, as read)."""
    out = []
    in_box = False
    for item in flow:
        k = item["kind"]
        if k == "table":
            out.append(("table", item))
            continue
        if k == "boxstart":
            in_box = True
            out.append(("text", ["_" * 19], 1))
            out.append(("text", [item["text"]], 1))
            continue
        if k == "boxend":
            in_box = False
            continue
        if k == "b":
            mark = "e " if in_box else "• "
            lines = wrap(mark + item["text"], COL)
            out.append(("text", lines, 0))
        elif k in ("h1", "h2"):
            out.append(("text", wrap(item["text"], COL), 1))
        else:
            out.append(("text", wrap(item["text"], COL), 0))
    return out


def table_lines(t):
    lines = [t["caption"]]
    for i, row in enumerate(t["rows"]):
        cells = [c for c in row if c]
        line = " ".join(cells)
        if i in (0, 4):
            line = "| " + line
        lines.append(line)
    return lines


def layout(top, flow):
    """Fill columns page by page; returns pages as lists of blocks (lists of lines)."""
    pages = []
    page = {"blocks": [], "col": 0, "used": TOP_LINES, "float": None}
    pending_float = None
    cols = [[], []]

    def cap():
        return COL_LINES

    def new_page():
        nonlocal page, cols, pending_float
        page["cols"] = cols
        pages.append(page)
        page = {"blocks": [], "col": 0, "used": 0, "float": None}
        cols = [[], []]
        if pending_float is not None:
            page["float"] = pending_float
            page["used"] = len(table_lines(pending_float)) + 2
            pending_float = None

    def next_col():
        if page["col"] == 0:
            page["col"] = 1
            page["used"] = len(table_lines(page["float"])) + 2 if page["float"] else (
                TOP_LINES if not pages else 0)
        else:
            new_page()

    for blk in blocks_of(flow):
        if blk[0] == "table":
            pending_float = blk[1]
            continue
        _, lines, space = blk
        if space and page["used"] + space + len(lines) + 2 > cap():
            next_col()
        if page["used"] and space:
            page["used"] += space
        piece = []
        for ln in lines:
            if page["used"] >= cap():
                if piece:
                    cols[page["col"]].append(piece)
                piece = []
                next_col()
            piece.append(ln)
            page["used"] += 1
        if piece:
            cols[page["col"]].append(piece)
    page["cols"] = cols
    pages.append(page)
    return pages


def apply_slips(pages_text):
    out = []
    for pno, text in enumerate(pages_text, 1):
        for (p, word, occ, reading) in SLIPS:
            if p != pno:
                continue
            n = 0

            def sub(m):
                nonlocal n
                n += 1
                return reading if n == occ else m.group(0)
            text, k = re.subn(r"(?<![\w’-])" + re.escape(word) + r"(?![\w’-])", sub, text)
            if n < occ:
                raise SystemExit("slip not found: %r" % ((p, word, occ),))
        out.append(text)
    return out


def main():
    top, flow = parse()
    pages = layout(top, flow)
    texts = []
    for i, pg in enumerate(pages):
        n = FIRST_PAGE + i
        blocks = []
        if i == 0:
            blocks.append([top[0]])
            blocks.append(top[1:4])
            blocks.append(wrap(top[4], 2 * COL + 4))
        else:
            blocks.append([(HEAD_EVEN if n % 2 == 0 else HEAD_ODD).format(n=n)])
        if pg["float"] is not None:
            blocks.append(table_lines(pg["float"]))
        for col in pg["cols"]:
            blocks.extend(col)
        if i == 0:
            blocks.append([str(n)])
        texts.append("\n\n".join("\n".join(b) for b in blocks) + "\n")
    texts = apply_slips(texts)
    data = "".join(t + "\f" for t in texts)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    main()
