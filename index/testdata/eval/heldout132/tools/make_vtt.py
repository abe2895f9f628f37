#!/usr/bin/python3
"""Re-make docs/nuclear-disarmament-lecture.vtt from tools/nuclear-disarmament-lecture.txt.

The source holds one caption cue per block (blocks are separated by blank lines; a block's
lines are the cue's lines as YouTube shows them). The timings are worked out from the words,
so the file is the same byte for byte on every run. The output imitates a YouTube Studio
download of an auto-generated English track: a `WEBVTT` header with `Kind: captions` and
`Language: en`, no cue identifiers, contiguous cues, lower-case unpunctuated text with the
speech recogniser's sound tags ([Music], [Applause]) as cues of their own.
Run from anywhere: /usr/bin/python3 tools/make_vtt.py
Standard library only.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "nuclear-disarmament-lecture.txt")
OUT = os.path.join(HERE, "..", "docs", "nuclear-disarmament-lecture.vtt")


def stamp(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d.%03d" % (h, m, s, ms)


def build():
    with open(SRC, encoding="utf-8") as f:
        blocks = [b.strip("\n") for b in f.read().split("\n\n") if b.strip()]
    out = ["WEBVTT", "Kind: captions", "Language: en", ""]
    t = 0
    for i, block in enumerate(blocks):
        lines = [l.strip() for l in block.split("\n")]
        text = " ".join(lines)
        if text.startswith("[") and text.endswith("]"):
            dur = 2960 + (i % 4) * 730 if i else 5280
        else:
            dur = 380 * len(text.split()) + 240 + (sum(map(ord, text)) % 11) * 41
        if i == 0:
            t = 0
        start, end = t, t + dur
        out.append("%s --> %s" % (stamp(start), stamp(end)))
        out.extend(lines)
        out.append("")
        t = end
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    build()
