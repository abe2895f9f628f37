#!/usr/bin/python3
"""Re-make docs/whatsapp-heatwave-revision-chat.txt byte for byte from tools/whatsapp-heatwave-revision-chat.txt.

The file is a WhatsApp group chat as WhatsApp for Android (2025, English (India) locale) exports it
with "Export chat > Without media": UTF-8 without a byte-order mark, LF line ends, one line per
message "dd/mm/yy, h:mm am - Name: text" where the space before am/pm is a narrow no-break space
(U+202F), as Android's ICU time format writes it; system lines ("Messages and calls are
end-to-end encrypted...", "... created group", "... added ...") have no "Name:"; the later lines
of a multi-line message follow with no prefix at all; media left out of the export read
"<Media omitted>", deleted messages "This message was deleted", polls "POLL:" with "OPTION: ...
(n votes)" lines, and edited messages end with "<This message was edited>".
Source marks: "%key value" metadata; "@ dd/mm/yy HH:MM | Name | text" starts a message (an empty
name is a system line); other lines continue the message above.
Deterministic: no randomness.
Run: /usr/bin/python3 tools/make_whatsapp.py [output path]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "whatsapp-heatwave-revision-chat.txt")
OUT = os.path.join(ROOT, "docs", "whatsapp-heatwave-revision-chat.txt")
NNBSP = "\u202f"


def stamp(date, hm):
    h, m = (int(x) for x in hm.split(":"))
    suffix = "am" if h < 12 else "pm"
    h12 = h % 12 or 12
    return "%s, %d:%02d%s%s" % (date, h12, m, NNBSP, suffix)


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    out = []
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if line.startswith("%"):
            continue
        if line.startswith("@ "):
            m = re.match(r"^@ (\S+) (\S+) \|(.*?)\| (.*)$", line)
            date, hm, name, text = m.group(1), m.group(2), m.group(3).strip(), m.group(4)
            if name:
                out.append("%s - %s: %s" % (stamp(date, hm), name, text))
            else:
                out.append("%s - %s" % (stamp(date, hm), text))
        else:
            out.append(line)
    while out and out[-1] == "":
        out.pop()
    with open(out_path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
