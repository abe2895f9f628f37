#!/usr/bin/python3
"""Re-make docs/gupta-art-lecture.srt from tools/gupta-art-lecture.txt.

Run from anywhere: /usr/bin/python3 tools/make_srt.py [output path]
Standard library only; byte-for-byte reproducible (the timings are computed, not random).

Each line of the source is one caption cue, as YouTube's automatic captions cut them: lower
case, no punctuation, sentences running on from one cue into the next, "[Music]" for the
intro jingle. Cue timing follows the speaking rate (about 0.36 s a word) with a small fixed
wobble and a short pause now and then, the way the downloaded .srt of an auto-captioned
lecture looks: numbered cues, "HH:MM:SS,mmm --> HH:MM:SS,mmm", one text line, a blank line.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gupta-art-lecture.txt")
OUT = os.path.join(HERE, "..", "docs", "gupta-art-lecture.srt")


def stamp(ms):
    h, rest = divmod(ms, 3600000)
    m, rest = divmod(rest, 60000)
    s, ms = divmod(rest, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def build(out_path=OUT):
    with open(SRC, encoding="utf-8") as f:
        cues = [l.strip() for l in f.read().split("\n") if l.strip()]
    out, start = [], 0
    for i, text in enumerate(cues, 1):
        if text == "[Music]":
            dur = 6240
        else:
            dur = 900 + 360 * len(text.split()) + ((i * 7919) % 13) * 50
        end = start + dur
        out.append("%d\n%s --> %s\n%s\n" % (i, stamp(start), stamp(end), text))
        start = end + (480 if i % 9 == 0 else 0)
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
