#!/usr/bin/python3
"""Make docs/ranade-economic-critique-lens.txt from tools/ranade-economic-critique-lens.txt.

The document is what a student gets by photographing five printed pages of a coaching handout
and using Google Lens "Copy text" on each photo, pasting the results one after another into a
plain-text note: one output line per printed line (hard-wrapped, words split with a hyphen
where the print split them), the institute's running head and the handout line at the top of
every page, the page number and the "private circulation" footer at the bottom, the table of
page 4 read out cell by cell, one cell a line, and the usual OCR misreadings.

Source mark-up: "@note TEXT" is the line the student typed at the top; "@page N" starts a
printed page; "{printed|read}" writes what Lens read where it differs from the print (rn read
as m, I as l, o as c, i as l, B as 8, bullets as "e", arrows as "->", a handwritten star as
"*"). Everything else is copied as it is. Per-page head and foot lines below are also given
as Lens read them (the head is misread differently on some pages). Lines end in LF, the
file ends with one newline.

Run from anywhere: /usr/bin/python3 tools/make_lens.py [OUT]
(OUT defaults to docs/ranade-economic-critique-lens.txt.)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ranade-economic-critique-lens.txt")
OUT = os.path.join(HERE, "..", "docs", "ranade-economic-critique-lens.txt")

HEAD = {
    1: ["PRAGATI IAS ACADEMY", "Modern India | Handout 12 | Economic Critique of Colonial Rule"],
    2: ["PRAGATI IAS ACADEMY", "Modern lndia | Handout 12 | Economic Critique of Colonial Rule"],
    3: ["PRAGATl IAS ACADEMY", "Modern India | Handout 12 | Economic Critique of Colonial Rule"],
    4: ["PRAGATI IAS ACADEMY", "Modern India | Handout 12 | Economic Critique of Colonia! Rule"],
    5: ["PRAGATI IAS ACADEMY", "Modern India | Handout 12 | Economic Critique of Colonial Rule"],
}
FOOT = {
    1: ["1", "For private circulation only"],
    2: ["2", "For private circulation only"],
    3: ["3", "For private circulatlon only"],
    4: ["4", "For private circulation only"],
    5: ["5", "For private circulation only"],
}
OCR = re.compile(r"\{([^{}|]*)\|([^{}|]*)\}")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        src = f.read().rstrip("\n").split("\n")
    lines, page = [], None
    for raw in src:
        if raw.startswith("@note "):
            lines.append(raw[6:])
            lines.append("")
            continue
        m = re.match(r"@page (\d+)$", raw)
        if m:
            if page is not None:
                lines += FOOT[page]
                lines.append("")
            page = int(m.group(1))
            lines += HEAD[page]
            continue
        lines.append(OCR.sub(lambda g: g.group(2), raw))
    lines += FOOT[page]
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
