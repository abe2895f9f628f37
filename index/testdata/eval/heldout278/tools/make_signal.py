#!/usr/bin/python3
"""Re-make docs/signal-upsc26-modern-history-chat.md byte for byte.

The file is the chat.md that signal-export (2025 releases) writes for one Signal Desktop
conversation, here the group "UPSC 26 - Modern History 📜". Each message is written by
Message.to_md() and then print()ed, so it is followed by an empty line:
  "[YYYY-MM-DD HH:MM:SS] Sender: " + quote + body + "\\n"
where the body has its backticks removed and two spaces added; a reply's quote is
"\\n\\n> quoted text\\n\\n"; reactions follow as "\\n(- Name: emoji, ... -)"; a sticker as
"\\n(( emoji ))"; attachments as "![name](./media/name)  " (no "!" for non-images); mentions
stay as U+FFFC. The messages come from tools/signal-upsc26-modern-history-chat.txt.
Run: /usr/bin/python3 tools/make_signal.py [output path]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "signal-upsc26-modern-history-chat.txt")
OUT = os.path.join(HERE, "..", "docs", "signal-upsc26-modern-history-chat.md")
IMAGES = ("png", "jpg", "jpeg", "gif", "tif", "tiff", "webp", "apng", "svg")


def read_messages(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    msgs, cur = [], None
    for line in lines:
        if line.startswith("@ "):
            stamp, _, sender = line[2:].partition(" | ")
            cur = {"date": stamp, "sender": sender, "quote": [], "body": [], "react": [],
                   "sticker": "", "att": []}
            msgs.append(cur)
        elif cur is None:
            continue  # header comments
        elif line.startswith("> ") and not cur["body"]:
            cur["quote"].append(line[2:])
        elif line.startswith("+react "):
            cur["react"].extend(r.split(": ", 1) for r in line[7:].split(", "))
        elif line.startswith("+sticker "):
            cur["sticker"] = line[9:]
        elif line.startswith("+att "):
            cur["att"].append(line[5:])
        else:
            cur["body"].append(line)
    for m in msgs:
        while m["body"] and m["body"][-1] == "":
            m["body"].pop()
    return msgs


def to_md(m):
    body = "\n".join(m["body"]).replace("{@}", "\ufffc")
    body = body.replace("`", "")  # signal-export: stop md code sections forming
    body += "  "
    quote = ""
    if m["quote"]:
        quote = "\n\n> " + "\n> ".join(m["quote"]) + "\n\n"
    if m["react"]:
        body = body + "\n(- " + ", ".join("%s: %s" % (n, e) for n, e in m["react"]) + " -)"
    if m["sticker"]:
        body = body + "\n(( " + m["sticker"] + " ))"
    for name in m["att"]:
        if name.rsplit(".", 1)[-1] in IMAGES:
            body += "!"
        body += "[%s](./media/%s)  " % (name, name.replace(" ", "%20"))
    return "[%s] %s: %s%s\n" % (m["date"], m["sender"], quote, body)


def main():
    dest = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(dest, "w", encoding="utf-8", newline="") as f:
        for m in read_messages(SRC):
            print(to_md(m), file=f)


if __name__ == "__main__":
    main()
