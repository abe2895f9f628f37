#!/usr/bin/python3
"""Re-make docs/amr-lecture.srt from tools/amr-lecture.txt.

The source holds one caption cue a line, as YouTube's automatic captions cut the lecture
(lower case, no punctuation, sentences running across cues, [Music] cues, mis-heard drug
names). This script numbers the cues, gives them back-to-back comma-millisecond timings from
their word counts and breaks a long cue into two lines, the way YouTube's .srt download does.
Standard library only; byte for byte reproducible.
Run from anywhere: /usr/bin/python3 tools/make_srt.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "amr-lecture.txt")
OUT = os.path.join(HERE, "..", "docs", "amr-lecture.srt")

MUSIC_MS = [4560, 3240, 5120]


def stamp(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def wrap(text):
    if len(text) <= 42:
        return [text]
    words = text.split()
    best = None
    for i in range(1, len(words)):
        a, b = " ".join(words[:i]), " ".join(words[i:])
        score = max(len(a), len(b))
        if best is None or score < best[0]:
            best = (score, a, b)
    return [best[1], best[2]]


def build():
    with open(SRC, encoding="utf-8") as f:
        cues = [l.strip() for l in f.read().split("\n") if l.strip()]
    out, t, music = [], 0, 0
    for i, cue in enumerate(cues, 1):
        if cue == "[Music]":
            dur = MUSIC_MS[min(music, len(MUSIC_MS) - 1)]
            music += 1
        else:
            n = len(cue.split())
            dur = 380 * n + 420 + (i * 37) % 23 * 10
        out.append("%d\n%s --> %s\n%s\n" % (i, stamp(t), stamp(t + dur), "\n".join(wrap(cue))))
        t += dur
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    build()
