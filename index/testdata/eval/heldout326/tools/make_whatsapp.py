#!/usr/bin/python3
"""Make docs/amrut-notes-whatsapp-forward.txt from tools/amrut-notes-whatsapp-forward.txt.

The document is a long WhatsApp forward of a channel's notes, copied out of WhatsApp Desktop on
Windows and pasted into Notepad, then saved as UTF-8 (no BOM): CRLF line endings and no newline
after the last line. WhatsApp's own markers stay in the text as typed (*bold*, _italic_,
~strike~), the headings are bold lines led by keycap emoji numbers (1️⃣ ... 🔟, then 1️⃣1️⃣
for eleven and on), numbered lists use keycaps too, bullets are "➡️ ", news items start with
"📅 " and a bold date, and the channel's signature closes the message.

Run from anywhere: /usr/bin/python3 tools/make_whatsapp.py [output path]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "amrut-notes-whatsapp-forward.txt")
OUT = os.path.join(HERE, "..", "docs", "amrut-notes-whatsapp-forward.txt")

KEYCAP = "\ufe0f\u20e3"
ARROW = "\u27a1\ufe0f "
CAL = "\U0001f4c5 "


def keycap(n):
    if n == 10:
        return "\U0001f51f"
    return "".join(d + KEYCAP for d in str(n))


def render(line):
    m = re.match(r"## (\d+) (.*)$", line)
    if m:
        return "*%s %s*" % (keycap(int(m.group(1))), m.group(2))
    if line.startswith("- "):
        return ARROW + line[2:]
    m = re.match(r"(\d+)\) (.*)$", line)
    if m:
        return "%s %s" % (keycap(int(m.group(1))), m.group(2))
    if line.startswith("@ "):
        date, _, text = line[2:].partition(" | ")
        return "%s*%s* \u2013 %s" % (CAL, date, text)
    return line


def build(out=OUT):
    lines = []
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if line.startswith("%"):
            continue
        lines.append(render(line))
    while lines and not lines[-1].strip():
        lines.pop()
    data = "\r\n".join(lines).encode("utf-8")
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
