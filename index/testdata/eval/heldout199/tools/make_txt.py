#!/usr/bin/python3
"""Re-make docs/arctic-geopolitics-nsr-notes.txt from tools/arctic-geopolitics-nsr-notes.txt.

The doc is what a phone notes app gives on "Share > Text file": the note as
typed, UTF-8 without BOM, LF line ends, no newline after the last line.
In the source a line ending in " \\" runs on into the next one (so long
paragraphs can be kept wrapped here); in the export each paragraph is one line.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "arctic-geopolitics-nsr-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "arctic-geopolitics-nsr-notes.txt")


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out, cur = [], None
    for ln in lines:
        if cur is not None:
            ln = cur + ln.lstrip()
            cur = None
        if ln.endswith(" \\"):
            cur = ln[:-1]
            continue
        out.append(ln)
    text = "\n".join(out).rstrip("\n")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as f:
        f.write(text.encode("utf-8"))


if __name__ == "__main__":
    main()
