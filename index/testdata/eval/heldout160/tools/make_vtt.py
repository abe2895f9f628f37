#!/usr/bin/python3
"""Re-make docs/mpc-lecture.vtt from tools/mpc-lecture.txt.

Run from anywhere: /usr/bin/python3 tools/make_vtt.py
Standard library only. One source line = one caption cue (so sentences run on across cues, as
lecture captions do); a "## Chapter" line becomes a NOTE block carrying the replay player's
chapter marker; "<v Student>" marks a student's question. Timings follow the words spoken, so
the output is byte-for-byte reproducible.
"""
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "mpc-lecture.txt")
OUT = os.path.join(HERE, "..", "docs", "mpc-lecture.vtt")


def ts(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d.%03d" % (h, m, s, ms)


def wrap(text):
    if len(text) <= 42:
        return [text]
    words = text.split(" ")
    best = None
    for i in range(1, len(words)):
        a, b = " ".join(words[:i]), " ".join(words[i:])
        score = max(len(a), len(b))
        if best is None or score < best[0]:
            best = (score, a, b)
    return [best[1], best[2]]


def build():
    meta = {}
    out = ["WEBVTT", "Kind: captions", "Language: en-IN", ""]
    t = 1200
    n = 0
    with open(SRC, encoding="utf-8") as f:
        lines = [l.rstrip() for l in f.read().split("\n") if l.strip()]
    for line in lines:
        if line.startswith("@"):
            k, _, v = line[1:].partition(" ")
            meta[k] = v
            if k == "note":
                out += ["NOTE", meta["title"], v, ""]
            continue
        if line.startswith("## "):
            out += ["NOTE " + line[3:], ""]
            t += 1500
            continue
        n += 1
        words = len(line.replace("<v Student>", "").split())
        if line.startswith("[") and line.endswith("]"):
            dur = 4000
        else:
            dur = 900 + 355 * words
        if line.startswith("<v Student>"):
            t += 800
        start, end = t, t + dur
        out += [str(n), "%s --> %s" % (ts(start), ts(end))] + wrap(line) + [""]
        t = end + 120
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    build()
