#!/usr/bin/python3
"""Make "docs/WhatsApp Chat with Env Sprint UPSC 2026.txt" from the .txt of the same name here.

The file is what WhatsApp for Android writes with More > Export chat > Without media on a phone
set to English (United States): the name "WhatsApp Chat with <group>.txt", UTF-8 without a
byte-order mark, LF line ends and a final LF; every message line "M/D/YY, h:mm AM - Name: text"
with the narrow no-break space (U+202F) that Android's clock format puts before AM/PM; system
lines with no sender; later lines of a multi-line message with no stamp; an @-mention wrapped in
the first-strong and pop-directional isolates (U+2068 ... U+2069). The source text is written
with an ordinary space before AM/PM and mentions as "@{Name}" so that it stays easy to edit.

Run from anywhere: /usr/bin/python3 tools/make_whatsapp.py  (the output is byte-for-byte stable;
an optional argument names another output path)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "WhatsApp Chat with Env Sprint UPSC 2026"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".txt")
if len(sys.argv) > 1:  # tools/check.py re-makes the file into a scratch path
    OUT = sys.argv[1]
STAMP = re.compile(r"^(\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2}) (AM|PM) - ", re.M)


def build():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    text = STAMP.sub("\\1\u202f\\2 - ", text)
    text = re.sub(r"@\{([^}]+)\}", "@\u2068\\1\u2069", text)
    return text.rstrip("\n") + "\n"


def main():
    data = build().encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote %s (%d bytes)" % (OUT, len(data)))


if __name__ == "__main__":
    main()
