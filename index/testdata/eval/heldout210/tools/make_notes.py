#!/usr/bin/python3
"""Re-make docs/ivc-trade-lothal-hinglish.txt from tools/ivc-trade-lothal-hinglish.txt.

Run from anywhere: /usr/bin/python3 tools/make_notes.py [OUTPUT]
(OUTPUT defaults to the file in docs/). Standard library only; the same bytes on every run.

The notes were typed by hand in Windows Notepad while watching a recorded lecture and saved
with the encoding "UTF-8 with BOM": so the file starts with the byte-order mark EF BB BF, lines
end in CR LF, and there is no line break after the last line. Sub-points were indented with
the Tab key (the source writes them with four spaces, turned into one tab here), and a "␣" at
the end of a source line stands for a stray trailing space that Notepad kept. Emoji are stored
as typed (four-byte UTF-8).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ivc-trade-lothal-hinglish.txt"
SRC = os.path.join(HERE, NAME)
OUT = os.path.join(HERE, "..", "docs", NAME)


def build(out=OUT):
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    while lines and lines[-1] == "":
        lines.pop()
    outl = []
    for line in lines:
        if line.startswith("    "):
            line = "\t" + line[4:]
        if line.endswith("\u2423"):
            line = line[:-1] + " "
        outl.append(line)
    data = "\ufeff" + "\r\n".join(outl)
    with open(out, "wb") as f:
        f.write(data.encode("utf-8"))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
