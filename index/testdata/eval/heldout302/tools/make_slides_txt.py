#!/usr/bin/python3
"""Make "docs/Tides and Tidal Energy - GS1 Geography.txt" from the source of the same name in tools/.

The output is what Google Slides writes for File > Download > Plain text (.txt): the text of every
text box and table on every slide, one paragraph a line, slides one after another with an empty
line between them and no slide numbers; a UTF-8 byte-order mark at the start and CRLF line ends;
list bullets are not written (only the text of each item), table cells come one per line in row
order, a soft line break (Shift+Enter) inside a paragraph is kept as a vertical-tab character, and
the footer box the authors pasted on each content slide is written out every time.

Source markup: "@footer: text"; "@@ slide" starts a slide ("@@ slide nofooter" for one without
the footer box); "| a | b |" table rows; "{VT}" marks a soft line break.

Run: /usr/bin/python3 tools/make_slides_txt.py [output path]   (byte-for-byte stable)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "Tides and Tidal Energy - GS1 Geography.txt"
SRC = os.path.join(HERE, NAME)
OUT = os.path.join(HERE, "..", "docs", NAME)


def build(out_path=OUT):
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    footer = lines[0].split(": ", 1)[1]
    slides = []
    for line in lines[1:]:
        if line.startswith("@@ slide"):
            slides.append({"footer": "nofooter" not in line, "lines": []})
        elif line.startswith("| "):
            slides[-1]["lines"].extend(c.strip() for c in line.strip().strip("|").split("|"))
        else:
            slides[-1]["lines"].append(line.replace("{VT}", "\x0b"))
    out = []
    for s in slides:
        block = list(s["lines"])
        if s["footer"]:
            block.append(footer)
        out.append("\r\n".join(block))
    with open(out_path, "w", encoding="utf-8", newline="") as f:
        f.write("\ufeff" + "\r\n\r\n".join(out) + "\r\n")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
