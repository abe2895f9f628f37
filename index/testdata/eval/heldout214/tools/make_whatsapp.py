#!/usr/bin/python3
"""Make docs/whatsapp-gs3-hydrogen-circle.txt from tools/whatsapp-gs3-hydrogen-circle.txt.

The output is a group chat as WhatsApp for Android writes it with "Export chat > Without media"
on a phone set to English (UK) and a 24-hour clock: every message opens "dd/mm/yyyy, HH:MM - ",
then "Name: " for a member's message (the saved contact name, the bare number for a member not
in the contacts, and the exporter's own profile name), or nothing for a system line (the
end-to-end encryption notice, "created group", "added you", "changed the subject from ... to
...", "changed this group's icon"). A message's later lines are written as they are, with no
timestamp. Media, deleted and edited messages keep Android's placeholders ("<Media omitted>",
"This message was deleted", "<This message was edited>"), and a poll is written as "POLL:",
its question and "OPTION: ... (n votes)" lines. UTF-8 without a BOM, LF line ends, a final
newline.

Source markup: "@day dd/mm/yyyy" sets the date; "HH:MM Name: text" is a message; "HH:MM ~ text"
is a system line; other lines continue the message above; "%" lines are comments.

Run from anywhere: /usr/bin/python3 tools/make_whatsapp.py [--out PATH]  (byte-for-byte stable)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "whatsapp-gs3-hydrogen-circle.txt")
OUT = os.path.join(HERE, "..", "docs", "whatsapp-gs3-hydrogen-circle.txt")

MSG = re.compile(r"^(\d\d:\d\d) (~ |[^:~][^:]*: )(.*)$")


def build(out_path):
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    day, out = None, []
    for line in lines:
        if line.startswith("%"):
            continue
        if line.startswith("@day "):
            day = line[5:]
            if not re.match(r"^\d\d/\d\d/\d{4}$", day):
                raise ValueError("bad day: %r" % line)
            continue
        m = MSG.match(line)
        if m:
            hhmm, who, text = m.groups()
            if who == "~ ":
                out.append("%s, %s - %s" % (day, hhmm, text))
            else:
                out.append("%s, %s - %s%s" % (day, hhmm, who, text))
        else:
            if not out:
                raise ValueError("continuation before any message: %r" % line)
            out.append(line)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    path = OUT
    if len(sys.argv) == 3 and sys.argv[1] == "--out":
        path = sys.argv[2]
    build(path)
