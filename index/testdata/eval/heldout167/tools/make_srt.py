#!/usr/bin/python3
"""Re-make docs/abs-nagoya-kmgbf-lecture.srt from tools/abs-nagoya-kmgbf-lecture.txt.

Run from anywhere: /usr/bin/python3 tools/make_srt.py
The source holds one caption cue per line, in order. Each cue is wrapped onto at most two
lines of about 42 characters (the way YouTube's caption editor lays out a SubRip download),
numbered from 1 and timed from its length: [Music] cues last 3.5 seconds (the first, over the
intro, 5 seconds); speech cues last 0.6 s plus 0.36 s a word, with 120 ms between cues.
Output is UTF-8, LF line endings, a blank line after every cue; the same source always gives
the same bytes.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "abs-nagoya-kmgbf-lecture.txt")
OUT = os.path.join(HERE, "..", "docs", "abs-nagoya-kmgbf-lecture.srt")
WIDTH = 42


def wrap(text):
    words = text.split()
    if len(text) <= WIDTH:
        return [text]
    # two lines, split at the word boundary that best balances them
    best, best_cost = 1, None
    for i in range(1, len(words)):
        a, b = " ".join(words[:i]), " ".join(words[i:])
        cost = max(len(a), len(b))
        if best_cost is None or cost < best_cost:
            best, best_cost = i, cost
    return [" ".join(words[:best]), " ".join(words[best:])]


def stamp(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def render():
    """Return the whole .srt file as a string."""
    with open(SRC, encoding="utf-8") as f:
        cues = [l.strip() for l in f.read().split("\n") if l.strip()]
    out, t = [], 0
    for n, text in enumerate(cues, 1):
        if text == "[Music]":
            dur = 5000 if n == 1 else 3500
        else:
            dur = 600 + 360 * len(text.split())
        out.append("%d\n%s --> %s\n%s\n" % (n, stamp(t), stamp(t + dur), "\n".join(wrap(text))))
        t += dur + 120
    return "\n".join(out)


def build():
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(render())


if __name__ == "__main__":
    build()
