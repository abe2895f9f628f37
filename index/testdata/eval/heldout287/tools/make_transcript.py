#!/usr/bin/python3
"""Make docs/ncm-course-1921-youtube-transcript.txt from
tools/ncm-course-1921-youtube-transcript.txt.

The document is what a student gets by opening "Show transcript" under a YouTube lecture,
selecting the whole transcript panel and pasting it into a plain-text note, with three lines of
their own on top (the video's title, its address, and a line saying what was copied and when).
The panel shows YouTube's English auto-generated captions: one caption segment per line,
lower case apart from the proper nouns and "I" the recogniser capitalises, no full stops or
commas, numbers as digits, "[Music]" cues, Hindi words in Latin letters and a few misheard
words left as heard. Each segment's start time sits on its own line above it ("0:00",
"4:07", "10:15" - minutes without a leading zero, as the panel prints them). The video has
chapters, so the panel groups the segments under the chapter titles; each title comes out on
a line of its own, after an empty line, with no time of its own.

Source mark-up: "@head text" lines are the student's header (an empty "@head" is an empty
line); "# title" starts a chapter; every other line is one caption segment. The times are
computed, not typed: each segment lasts as long as its words take at a speaking rate that
wavers a little from segment to segment (a fixed pseudo-random sequence), "[Music]" lasts a few
seconds, and there is a short pause before each new chapter.

Run from anywhere: /usr/bin/python3 tools/make_transcript.py
Standard library only; the output is byte for byte the same on every run.
"""
import hashlib
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ncm-course-1921-youtube-transcript.txt")
OUT = os.path.join(HERE, "..", "docs", "ncm-course-1921-youtube-transcript.txt")


def jitter(key, lo, hi):
    h = int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) / 0xffffffff
    return lo + (hi - lo) * h


def stamp(seconds):
    s = int(seconds)
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return "%d:%02d:%02d" % (h, m, sec) if h else "%d:%02d" % (m, sec)


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    out = []
    t = 0.0
    first_chapter = True
    for i, line in enumerate(lines):
        if line.startswith("@head"):
            out.append(line[6:])
            continue
        if line.startswith("# "):
            if not first_chapter:
                out.append("")
                t += jitter("gap%d" % i, 0.6, 1.8)
            first_chapter = False
            out.append(line[2:])
            continue
        out.append(stamp(t))
        out.append(line)
        if line == "[Music]":
            t += jitter("music%d" % i, 3.2, 5.4)
        else:
            words = len(line.split())
            rate = jitter("rate%d" % i, 2.45, 3.15)  # words per second
            t += words / rate + jitter("pause%d" % i, 0.15, 0.9)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
