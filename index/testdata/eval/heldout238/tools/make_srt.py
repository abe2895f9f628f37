#!/usr/bin/python3
"""Make docs/constituent-assembly-composition-lecture.srt from
tools/constituent-assembly-composition-lecture.txt.

The file imitates YouTube's automatic (speech-recognised) English captions as yt-dlp saves them
with --write-auto-subs --convert-subs srt: YouTube sends "rolling" captions, so every caption
line is written three times -- as the second line of the cue in which it is spoken (under the
line before it), then alone over a line holding a single space in a 10 ms cue, then as the
first line of the next cue. The very first cue has the single-space line on top. Cues are
numbered from 1 with "HH:MM:SS,mmm --> HH:MM:SS,mmm" timings that run back to back; text is
lower case and unpunctuated, numbers are digits, "[Music]" marks the jingle. UTF-8, LF line
ends, a blank line after every cue.

Source: one caption line a line; "@gap S" adds S seconds of silence to the line before it.
Timings come from each line's word count with a fixed pseudo-random jitter.
Run: /usr/bin/python3 tools/make_srt.py [OUT]  (output is byte-for-byte stable)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "constituent-assembly-composition-lecture.txt")
OUT = os.path.join(HERE, "..", "docs", "constituent-assembly-composition-lecture.srt")


def stamp(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def jitter(n):
    """A fixed pseudo-random number in [0, 1) for line n (a small LCG, no state)."""
    x = (1103515245 * (n + 4241) + 12345) % 2147483648
    return x / 2147483648.0


def build(out_path):
    with open(SRC, encoding="utf-8") as f:
        raw = [l for l in f.read().split("\n") if l.strip() and not l.startswith("#")]
    lines = []                                   # [text, seconds]
    for l in raw:
        if l.startswith("@gap "):
            lines[-1][1] += float(l.split()[1])
            continue
        n = len(lines)
        words = len(l.split())
        if l == "[Music]":
            dur = 3.2 + 2.0 * jitter(n)
        else:
            dur = words / (2.45 + 0.7 * jitter(n)) + 0.25 * jitter(n + 77)
        lines.append([l, dur])
    t = 0.08 + 0.4 * jitter(999)
    cues = []
    prev = " "
    for i, (text, dur) in enumerate(lines):
        start, end = t, t + dur
        cues.append((start, end, prev + "\n" + text))
        cues.append((end, end + 0.010, text + "\n "))
        prev = text
        t = end + 0.010
    out = []
    for i, (start, end, text) in enumerate(cues, 1):
        out.append("%d\n%s --> %s\n%s\n" % (i, stamp(start), stamp(end), text))
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
