#!/usr/bin/python3
"""Re-make docs/santhal-hul-lecture.srt from tools/santhal-hul-lecture.txt.

The source holds one caption cue per line, as YouTube's automatic captions cut the lecture
(sentences run on across cues; "[Music]" lines are the music cues). Timings are computed from
each cue's word count with a fixed pseudo-random jitter, so the output is byte-for-byte the same
on every run. Long cues are broken into two lines near the middle, as YouTube does.
Run from anywhere: /usr/bin/python3 tools/make_srt.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "santhal-hul-lecture.txt")
OUT = os.path.join(HERE, "..", "docs", "santhal-hul-lecture.srt")


def stamp(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def wrap(text, width=42):
    if len(text) <= width:
        return [text]
    mid = len(text) // 2
    spaces = [i for i, c in enumerate(text) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - mid))
    return [text[:cut], text[cut + 1:]]


def build():
    with open(SRC, encoding="utf-8") as f:
        cues = [l.strip() for l in f.read().split("\n") if l.strip()]
    seed = 1855
    t = 0
    out = []
    for n, text in enumerate(cues, 1):
        seed = (seed * 1103515245 + 12345) % 2147483648
        jitter = seed % 700
        if text == "[Music]":
            start = t + 120
            end = start + 2600 + jitter * 3
        else:
            start = t + (seed >> 8) % 3 * 30
            end = start + 330 * len(text.split()) + jitter
        out.append("%d\n%s --> %s\n%s\n" % (n, stamp(start), stamp(end), "\n".join(wrap(text))))
        t = end
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    build()
