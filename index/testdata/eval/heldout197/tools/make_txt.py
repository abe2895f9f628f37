#!/usr/bin/python3
"""Re-make docs/vedic-religion-whatsapp-forward.txt from tools/vedic-religion-whatsapp-forward.txt.

The student pasted the forwarded WhatsApp message into Notepad on Windows and saved it:
UTF-8 without BOM, CRLF line ends, no newline after the last line.
Run: /usr/bin/python3 tools/make_txt.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "vedic-religion-whatsapp-forward.txt")
OUT = os.path.join(HERE, "..", "docs", "vedic-religion-whatsapp-forward.txt")

text = open(SRC, encoding="utf-8").read().replace("\r\n", "\n").rstrip("\n")
with open(OUT, "wb") as f:
    f.write(text.replace("\n", "\r\n").encode("utf-8"))
