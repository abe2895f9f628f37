#!/usr/bin/python3
"""Make docs/neighbourhood-first-maldives-live-transcript.txt from
tools/neighbourhood-first-maldives-live-transcript.txt.

The document is what a student gets by opening "Show transcript" under the replay of a
two-hour live class, selecting from the first chapter title after the one-hour mark down to the
last caption, and pasting it under three header lines of their own in Windows Notepad (UTF-8,
CRLF line ends): the video's title, its address (with the &t= start the student had reached),
and a note. The panel shows each chapter title on a line of its own (an empty line before it)
and under it one caption segment a line, each with its start time on the line above it. The
stream is past the hour, so times are h:mm:ss ("1:02:08"); a minute-and-seconds time would
never occur in this part.

Times are computed, not typed: each segment lasts as long as its words take at a speaking rate
that wavers between about 2.3 and 3.0 words a second (a fixed linear congruential sequence), a
"[Music]" cue lasts 4 s (55 s during the break), and a chapter change adds a pause of 1 to 3 s.

Run from anywhere: /usr/bin/python3 tools/make_transcript.py   (standard library only; the
output is the same byte for byte every run)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "neighbourhood-first-maldives-live-transcript.txt")
OUT = os.path.join(HERE, "..", "docs", "neighbourhood-first-maldives-live-transcript.txt")


class Rand:
    """A small LCG so the times never depend on Python's random module."""

    def __init__(self, seed):
        self.s = seed

    def next(self):
        self.s = (self.s * 1103515245 + 12345) % (2 ** 31)
        return self.s / float(2 ** 31)


def stamp(sec):
    sec = int(sec)
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    if h:
        return "%d:%02d:%02d" % (h, m, s)
    return "%d:%02d" % (m, s)


def main():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    head, body = {}, []
    for line in lines:
        if line.startswith("# ") or line == "#":
            continue
        if line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            head[k] = v
        elif line.strip():
            body.append(line.strip())
    rnd = Rand(313)
    t = float(head["start"])
    out = [head["title"], head["url"], head["note"]]
    chapter = ""
    first = True
    for line in body:
        if line.startswith("## "):
            chapter = line[3:]
            if not first:
                t += 1 + 2 * rnd.next()
            first = False
            out.append("")
            out.append(chapter)
            continue
        out.append(stamp(t))
        out.append(line)
        if line == "[Music]":
            t += 55 if chapter == "Short break" else 4
        else:
            rate = 2.3 + 0.7 * rnd.next()
            t += len(line.split()) / rate + 0.2
    text = "\r\n".join(out) + "\r\n"
    with open(OUT, "wb") as f:
        f.write(text.encode("utf-8"))


if __name__ == "__main__":
    main()
