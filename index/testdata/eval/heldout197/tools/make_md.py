#!/usr/bin/python3
"""Re-make docs/later-vedic-age.md (an MkDocs Material page) from tools/later-vedic-age.txt.

The page source is kept as written in the site's docs/ folder: UTF-8, LF line ends,
one trailing newline. Run: /usr/bin/python3 tools/make_md.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "later-vedic-age.txt")
OUT = os.path.join(HERE, "..", "docs", "later-vedic-age.md")

text = open(SRC, encoding="utf-8").read()
text = text.replace("\r\n", "\n").rstrip("\n") + "\n"
with open(OUT, "wb") as f:
    f.write(text.encode("utf-8"))
