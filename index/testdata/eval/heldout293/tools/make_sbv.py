#!/usr/bin/python3
"""Re-make docs/tughlaq-token-currency-capital-shift.sbv from tools/tughlaq-token-currency-capital-shift.txt.

Run from anywhere: /usr/bin/python3 tools/make_sbv.py [output path]
Standard library only; byte-for-byte reproducible (the timings are computed, not measured).

The output is a SubViewer (.sbv) caption file as YouTube Studio downloads it: for each cue a
"H:MM:SS.mmm,H:MM:SS.mmm" line, one or two text lines, then a blank line; LF line ends. Each
source line is one cue. A cue's length follows the speaking rate (about 0.33 s a word plus a
fixed wobble); cues follow one another without a gap, as automatic captions do, except after a
"## " part marker in the source, where the teacher pauses. "[Music]" cues run for a jingle's
length. Cue text longer than 42 characters is broken into two lines at the space nearest the
middle.
"""
import os
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "tughlaq-token-currency-capital-shift.txt")
OUT = os.path.join(HERE, "..", "docs", "tughlaq-token-currency-capital-shift.sbv")


def stamp(ms):
    h, rest = divmod(ms, 3600000)
    m, rest = divmod(rest, 60000)
    s, ms = divmod(rest, 1000)
    return "%d:%02d:%02d.%03d" % (h, m, s, ms)


def split_lines(text):
    if len(text) <= 42:
        return [text]
    mid = len(text) / 2
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    cut = min(spaces, key=lambda i: (abs(i - mid), i))
    return [text[:cut], text[cut + 1:]]


def build(out_path=OUT):
    with open(SRC, encoding="utf-8") as f:
        lines = [l.rstrip() for l in f.read().split("\n")]
    cues, pause = [], False
    for line in lines:
        if not line.strip():
            continue
        if line.startswith("# "):
            continue
        if line.startswith("## "):
            pause = True
            continue
        cues.append((line.strip(), pause))
        pause = False
    out, start = [], 0
    for i, (text, paused) in enumerate(cues):
        crc = zlib.crc32(text.encode("utf-8"))
        if paused and i:
            start += 700 + crc % 900
        if text == "[Music]":
            dur = 4000 + crc % 2500
        else:
            dur = 600 + 330 * len(text.split()) + crc % 400
        end = start + dur
        out.append("%s,%s\n%s\n" % (stamp(start), stamp(end), "\n".join(split_lines(text))))
        start = end
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
