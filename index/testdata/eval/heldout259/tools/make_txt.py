#!/usr/bin/python3
"""Re-make docs/mjo-breaks-phone-notes.txt from tools/mjo-breaks-phone-notes.txt.

Run: /usr/bin/python3 tools/make_txt.py [OUTPUT]
Standard library only. The note was typed in a phone's notes app and shared from there as a
text file: UTF-8 without a byte-order mark, LF line ends and no line break after the last line
(the app does not add one). The source keeps a final newline so that it is easy to edit; this
script drops it and checks that nothing else needs changing (no tabs, no CR, no BOM).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "mjo-breaks-phone-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "mjo-breaks-phone-notes.txt")


def build(out):
    with open(SRC, encoding="utf-8", newline="") as f:
        text = f.read()
    if "\r" in text or "\t" in text or text.startswith("\ufeff"):
        raise ValueError("the phone app writes neither CR, tabs nor a BOM")
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(text.rstrip("\n"))


def main():
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)


if __name__ == "__main__":
    main()
