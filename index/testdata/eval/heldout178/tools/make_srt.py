#!/usr/bin/python3
"""Re-make docs/lecture-14-harsha-xuanzang-and-culture.srt from
tools/lecture-14-harsha-xuanzang-and-culture.txt.

One source line = one caption cue, as a lecture's automatic captions cut them (sentences run on
from cue to cue). The SubRip file gets numbered cues, "HH:MM:SS,mmm --> HH:MM:SS,mmm" timings
worked out from the number of words (a longer pause before each "topic ..." cue), cue text
wrapped at 42 characters (wider where needed to keep two lines), CRLF line ends and a blank line after every cue, UTF-8 without BOM.

Run from anywhere: /usr/bin/python3 tools/make_srt.py  (standard library only; byte for byte)
"""
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "lecture-14-harsha-xuanzang-and-culture.txt")
OUT = os.path.join(HERE, "..", "docs", "lecture-14-harsha-xuanzang-and-culture.srt")


def stamp(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def build():
    with open(SRC, encoding="utf-8") as f:
        cues = [l.strip() for l in f.read().split("\n") if l.strip()]
    out = []
    t = 1200
    for i, text in enumerate(cues, 1):
        words = len(text.split())
        if text.startswith("[") and text.endswith("]"):
            dur = 3400
        else:
            dur = 900 + 340 * words + (37 * i) % 200
        if text.lower().startswith(("topic ", "moving on. topic", "okay, quick revision")):
            t += 2150
        width = 42
        lines = textwrap.wrap(text, width, break_on_hyphens=False)
        while len(lines) > 2:
            width += 2
            lines = textwrap.wrap(text, width, break_on_hyphens=False)
        out.append("%d\r\n%s --> %s\r\n%s\r\n\r\n" % (i, stamp(t), stamp(t + dur), "\r\n".join(lines)))
        t += dur + 40 + (53 * i) % 160
    with open(OUT, "wb") as f:
        f.write("".join(out).encode("utf-8"))


if __name__ == "__main__":
    build()
