#!/usr/bin/python3
"""Re-make docs/kusum-suryaghar-onepager.txt from tools/kusum-suryaghar-onepager.txt.

The student typed the one-pager in Windows Notepad, so the saved file is UTF-8
(no byte-order mark) with CRLF line ends and no trailing spaces. The source in
tools/ is kept with LF line ends; this script only converts them.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "kusum-suryaghar-onepager.txt")
OUT = os.path.join(HERE, "..", "docs", "kusum-suryaghar-onepager.txt")

with open(SRC, encoding="utf-8") as f:
    lines = [l.rstrip("\n").rstrip(" ") for l in f]
while lines and not lines[-1]:
    lines.pop()
with open(OUT, "wb") as f:
    f.write(("\r\n".join(lines) + "\r\n").encode("utf-8"))
