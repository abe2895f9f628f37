#!/usr/bin/python3
"""Re-make docs/legal-aid-nalsa-lok-adalat-notes.txt from tools/legal-aid-nalsa-lok-adalat-notes.txt.

The notes were typed in Windows Notepad, which saves UTF-8 without a byte-order mark and ends
every line with CRLF; the last line has no line break after it. The source text holds the same
lines with LF endings (trailing spaces and tabs, the '=' and '-' underlines and the few pasted
curly quotes and en dashes are kept as typed). Deterministic.
Usage: make_notepad.py [output.txt]   (default: docs/legal-aid-nalsa-lok-adalat-notes.txt)
"""
import os
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
SLUG = "legal-aid-nalsa-lok-adalat-notes"
SRC = os.path.join(ROOT, "tools", SLUG + ".txt")
OUT = os.path.join(ROOT, "docs", SLUG + ".txt")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8", newline="") as f:
        text = f.read()
    text = text.rstrip("\n").replace("\r\n", "\n").replace("\n", "\r\n")
    with open(out, "wb") as f:
        f.write(text.encode("utf-8"))


if __name__ == "__main__":
    main()
