#!/usr/bin/python3
"""Re-makes docs/heatwave-health-economy-notes.md from
tools/heatwave-health-economy-notes.txt.

The note is a Markdown file as Typora saves it: UTF-8 without a BOM, LF line
endings, YAML front matter with Typora's image settings, [toc], inline HTML
(<mark>, <br>, <span style>), $...$ and $$...$$ math, pipe tables with
alignment rows, task lists, a footnote and emoji. The source text is the note
itself; this script only checks it and writes it out byte for byte.
"""
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "heatwave-health-economy-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "heatwave-health-economy-notes.md")

with open(SRC, "rb") as f:
    raw = f.read()
text = raw.decode("utf-8")
assert not text.startswith("\ufeff"), "Typora writes no BOM"
assert "\r" not in text, "LF line endings only"
assert unicodedata.normalize("NFC", text) == text
assert text.endswith("\n")
with open(OUT, "wb") as f:
    f.write(raw)
print("wrote", os.path.normpath(OUT), len(raw), "bytes")
