#!/usr/bin/python3
"""Make docs/nam-origins-telegram-notes.md from tools/nam-origins-telegram-notes.txt.

The .md is what a student gets by saving a coaching channel bot's post (two Telegram
messages, the second a "Part 2/2") into a Markdown notes app: Telegram's **bold** title lines
with emoji, '▪️' / '➡️' bullets, numbered facts, ||spoiler|| answers in the PYQ corner, and the
channel footer the bot appends to every message (channel name, join link, hashtags).
Messages in the source are separated by a line "%%msg%%".

Run from anywhere: /usr/bin/python3 tools/make_md.py  (output is byte-for-byte stable)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "nam-origins-telegram-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "nam-origins-telegram-notes.md")

FOOTER = (
    "━━━━━━━━━━━━━━━\n"
    "📢 **UPSC Mitra – IR & Polity** | daily notes @ 7 AM\n"
    "👉 Join: https://t.me/+Qx7ZrN4fLm02YjE1\n"
    "🔁 Share with your study group 🙏\n"
    "#NAM #Panchsheel #Bandung #GS2 #UPSC2026\n"
)


def main():
    with open(SRC, encoding="utf-8") as f:
        src = f.read()
    msgs = [m.strip("\n") for m in src.split("%%msg%%\n")]
    out = []
    for m in msgs:
        # Telegram keeps the trailing spaces some lines were typed with; the notes app keeps
        # them too, and writes each message followed by the bot's footer.
        out.append(m + "\n\n" + FOOTER)
    data = "\n\n".join(out)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)


if __name__ == "__main__":
    main()
