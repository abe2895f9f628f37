#!/usr/bin/python3
"""Re-make docs/waqf-amendment-whatsapp-notes.txt from tools/waqf-amendment-whatsapp-notes.txt.

The notes are one long WhatsApp message that a friend forwarded, copied from WhatsApp Web and
pasted into Windows Notepad: the "Forwarded many times" label the copier typed above it, the
"[date, time] sender:" prefix WhatsApp puts on a copied message (with a narrow no-break space
before "pm"), the message's own *bold*, _italic_ and emoji marks left as typed, CRLF line ends,
UTF-8 without a byte-order mark and no newline after the last line.
Usage: make_whatsapp.py [output path]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "waqf-amendment-whatsapp-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "waqf-amendment-whatsapp-notes.txt")


def build():
    lines = open(SRC, encoding="utf-8").read().rstrip("\n").split("\n")
    out, prefix = [], ""
    for l in lines:
        if l.startswith("@forwarded "):
            out.append(l[len("@forwarded "):])
        elif l.startswith("@sender "):
            prefix = l[len("@sender "):].replace(" pm]", "\u202fpm]") + " "
        else:
            out.append(prefix + l)
            prefix = ""
    return "\r\n".join(out).encode("utf-8")


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "wb") as f:
        f.write(build())
