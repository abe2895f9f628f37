#!/usr/bin/python3
"""Re-make docs/wetlands-rules-2017-class-notebook.txt from tools/wetlands-rules-2017-class-notebook.txt.

The document is what an OCR engine (Tesseract-style plain-text output) gives for seven
scanned pages of a ruled class notebook: every line left-aligned with runs of spaces
collapsed to one, the notebook's printed "Page No." / "Date" boxes read as the first line of
each page, underlined headings read as a line of underscores below the words, the double
underline under the class title read as "=" signs, a blank line after each page's text and a
form feed (U+000C) ending every page, as Tesseract writes it. The misread letters ("rn" for
"m", "0" for "o"), struck-out words (read as ~~word~~), arrows and abbreviations are in the
source as the OCR produced them.

Source markup: "@page N DD/MM/YYYY" starts a page, "@end" ends it, "@h text" is an
underlined heading, "@dh" double-underlines the line before it; any other line is copied
(stripped, inner spaces collapsed).
Run from anywhere: /usr/bin/python3 tools/make_ocr.py (byte-for-byte reproducible);
an optional argument writes the file elsewhere, as tools/check.py does.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "wetlands-rules-2017-class-notebook.txt")
OUT = (sys.argv[1] if len(sys.argv) > 1
       else os.path.join(HERE, "..", "docs", "wetlands-rules-2017-class-notebook.txt"))


def clean(line):
    return re.sub(r" {2,}", " ", line.strip())


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    out = []
    n_head = 0
    for line in lines:
        if line.startswith("@page "):
            _, num, date = line.split()
            out.append("Page No. %s Date: %s" % (num, date))
            out.append("")
        elif line == "@end":
            out.append("")
            out.append("\f")
        elif line.startswith("@h "):
            text = clean(line[3:])
            n_head += 1
            # a hand-drawn underline rarely matches the words: a few strokes short or long
            width = len(text) + (n_head * 7) % 6 - 2
            if out and out[-1] not in ("",):
                out.append("")
            out.append(text)
            out.append("_" * width)
        elif line == "@dh":
            out.append("=" * (len(out[-1]) - 3))
            out.append("")
        else:
            out.append(clean(line))
    # the form feed that ends a page is followed directly by the next page's first line
    text = "\n".join(out).replace("\f\n", "\f")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
