#!/usr/bin/python3
"""Re-make docs/mbt-five-experiments.json from tools/mbt-five-experiments.txt.

Run from anywhere: /usr/bin/python3 tools/make_keep.py
Standard library only; the output is byte-for-byte reproducible.

The file is one note as Google Takeout exports it from Google Keep (Takeout/Keep/<title>.json):
a single line of JSON with the keys in Takeout's order - color, isTrashed, isPinned, isArchived,
annotations (link previews Keep attached for the URLs in the note), textContent (the note's
plain text, lines separated by \\n), title, userEditedTimestampUsec and createdTimestampUsec
(microseconds since the epoch), textContentHtml (Keep's HTML rendering: one <p dir="ltr"> with a
styled <span> per line, <br> for a blank line) and labels. Non-ASCII text (emoji, dashes) is kept
as UTF-8, not escaped.
"""
import html
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "mbt-five-experiments.txt")
OUT = os.path.join(HERE, "..", "docs", "mbt-five-experiments.json")

TITLE = "MBT \u2013 5 experiments + agri (revise!!)"
CREATED = 1736608633512000   # 11 Jan 2025, 20:47:13 IST
EDITED = 1755452141208000    # 17 Aug 2025, 23:05:41 IST
LABELS = ["UPSC", "GS1 Medieval", "Revision"]
ANNOTATIONS = [
    {"description": "Five experiments of the Tughlaq Sultan, Ibn Battuta's account, the Diwan-i-Kohi "
                    "and taccavi loans, and a comparison with the Khalji market reforms.",
     "source": "WEBLINK",
     "title": "Why Did Muhammad bin Tughlaq\u2019s Experiments Fail? | Sultanates & Sufis",
     "url": "https://www.sultanatesandsufis.in/2025/04/why-muhammad-bin-tughlaq-experiments-failed/"},
    {"description": "",
     "source": "WEBLINK",
     "title": "Muhammad bin Tughluq - Wikipedia",
     "url": "https://en.wikipedia.org/wiki/Muhammad_bin_Tughluq"},
]

P_OPEN = '<p dir="ltr" style="line-height:1.38;margin-top:0.0pt;margin-bottom:0.0pt;">'
SPAN_OPEN = ('<span style="font-size:7.2pt;font-family:\'Google Sans\';color:#000000;'
             'background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;'
             'text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">')


def to_html(text):
    out = []
    for line in text.split("\n"):
        if line:
            out.append(P_OPEN + SPAN_OPEN + html.escape(line, quote=False) + "</span></p>")
        else:
            out.append("<br>")
    return "".join(out)


def build():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    if text.endswith("\n"):
        text = text[:-1]
    note = {
        "color": "YELLOW",
        "isTrashed": False,
        "isPinned": True,
        "isArchived": False,
        "annotations": ANNOTATIONS,
        "textContent": text,
        "title": TITLE,
        "userEditedTimestampUsec": EDITED,
        "createdTimestampUsec": CREATED,
        "textContentHtml": to_html(text),
        "labels": [{"name": n} for n in LABELS],
    }
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(json.dumps(note, ensure_ascii=False, separators=(",", ":")))


if __name__ == "__main__":
    build()
