#!/usr/bin/python3
"""Make docs/whatsapp-wari-wale-gs1.txt from tools/whatsapp-wari-wale-gs1.txt.

The document is a WhatsApp group chat as WhatsApp for Android writes it with
Export chat > Include media on a phone set to English (India): "dd/mm/yy, h:mm am - " before
every message, with the narrow no-break space (U+202F) that Android puts before "am"/"pm";
UTF-8 without a byte-order mark, LF line ends and a final LF. The source keeps an ordinary
space there so that it can be edited; everything else is copied as it is.

Run from anywhere: /usr/bin/python3 tools/make_whatsapp.py [output path]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "whatsapp-wari-wale-gs1.txt")
OUT = os.path.join(HERE, "..", "docs", "whatsapp-wari-wale-gs1.txt")

STAMP = re.compile(r"^(\d\d/\d\d/\d\d, \d{1,2}:\d\d) (am|pm) - ")


def build(out_path):
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    out = [STAMP.sub("\\1\u202f\\2 - ", line) for line in lines]
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
