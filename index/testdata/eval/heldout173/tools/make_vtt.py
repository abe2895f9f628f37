#!/usr/bin/python3
"""Make docs/buddhist-architecture-lecture.vtt from tools/buddhist-architecture-lecture.txt.

The source holds one caption line a row, as YouTube's speech recogniser heard the lecture (lower
case, no punctuation, a few mis-heard words). The output copies the WebVTT that YouTube serves for
auto-generated captions (as yt-dlp saves it): a "Kind: captions" / "Language: en" header, cues
with "align:start position:0%", rolling two-line cues in which the previous line is repeated
above the new one, word timings as inline <hh:mm:ss.mmm><c> word</c> tags, and a 10 ms cue
between two lines that shows the finished line over a line holding one space. Timings come from
a fixed pseudo-random sequence, so the file is re-made byte for byte.

Run from anywhere: /usr/bin/python3 tools/make_vtt.py  (standard library only)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "buddhist-architecture-lecture.txt")
OUT = os.path.join(HERE, "..", "docs", "buddhist-architecture-lecture.vtt")


def ts(ms):
    return "%02d:%02d:%02d.%03d" % (ms // 3600000, ms // 60000 % 60, ms // 1000 % 60, ms % 1000)


class Rand:
    def __init__(self, seed):
        self.x = seed

    def next(self, n):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return (self.x >> 8) % n


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = [l.strip() for l in f.read().split("\n") if l.strip()]
    rnd = Rand(173)
    t = 80
    timed = []  # (start, words with their start times, end)
    for line in lines:
        if line.startswith("["):
            dur = 2200 + rnd.next(1400)
            timed.append((t, [(line, t)], t + dur))
            t += dur
            continue
        words = []
        start = t
        for w in line.split():
            words.append((w, t))
            t += 170 + rnd.next(250)
        end = t
        t += 10 + rnd.next(150)
        timed.append((start, words, end))

    def render(words):
        if words[0][0].startswith("["):
            return words[0][0]
        out = words[0][0]
        for w, wt in words[1:]:
            out += "<%s><c> %s</c>" % (ts(wt), w)
        return out

    cues = []
    prev = " "
    for i, (start, words, end) in enumerate(timed):
        nxt = timed[i + 1][0] if i + 1 < len(timed) else end + 10
        cues.append("%s --> %s align:start position:0%%\n%s\n%s\n" % (ts(start), ts(nxt - 10), prev, render(words)))
        plain = " ".join(w for w, _ in words)
        cues.append("%s --> %s align:start position:0%%\n%s\n \n" % (ts(nxt - 10), ts(nxt), plain))
        prev = plain
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("WEBVTT\nKind: captions\nLanguage: en\n\n" + "\n".join(cues))


if __name__ == "__main__":
    build()
