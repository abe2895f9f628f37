#!/usr/bin/python3
"""Re-make docs/permanent-settlement.srt from tools/permanent-settlement.txt.

Run from anywhere: /usr/bin/python3 tools/make_srt.py
Standard library only; the output is byte-for-byte reproducible. It is written the way
Subtitle Edit saves SubRip on Windows: UTF-8 with a byte-order mark, CRLF line ends,
cues numbered from 1, "HH:MM:SS,mmm --> HH:MM:SS,mmm" times, at most two lines of
42 characters a cue, a blank line after every cue.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "permanent-settlement.txt")
OUT = os.path.join(HERE, "..", "docs", "permanent-settlement.srt")

WIDTH = 42
WORDS_PER_SEC = 2.7   # a lecturer's pace
MIN_MS, MAX_MS = 1200, 6500
GAP_MS = 80           # two frames between cues


def stamp(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def wrap(text):
    """One line if it fits; otherwise two lines balanced in length, as a caption editor
    breaks them (never three)."""
    if len(text) <= WIDTH:
        return [text]
    words = text.split()
    for limit in (WIDTH, WIDTH + 6):
        best = None
        for i in range(1, len(words)):
            a, b = " ".join(words[:i]), " ".join(words[i:])
            if len(a) <= limit and len(b) <= limit:
                score = abs(len(a) - len(b))
                if best is None or score < best[0]:
                    best = (score, [a, b])
        if best:
            return best[1]
    raise SystemExit("cue too long for two lines: %r" % text)


def build():
    with open(SRC, encoding="utf-8") as f:
        src = f.read().split("\n")
    t = 0
    cues = []
    for line in src:
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if s.startswith("@at "):
            h, m, sec = s[4:].split(":")
            t = (int(h) * 3600 + int(m) * 60 + int(sec)) * 1000
            continue
        if s.startswith("@gap "):
            t += int(float(s[5:]) * 1000)
            continue
        n = len(s.split())
        if s.startswith("["):
            dur = 2500
        else:
            dur = int(n / WORDS_PER_SEC * 1000)
            dur = max(MIN_MS, min(MAX_MS, dur))
            dur -= dur % 10
        cues.append((t, t + dur, wrap(s)))
        t += dur + GAP_MS
    out = []
    for i, (a, b, lines) in enumerate(cues, 1):
        out.append(str(i))
        out.append("%s --> %s" % (stamp(a), stamp(b)))
        out.extend(lines)
        out.append("")
    data = "\ufeff" + "\r\n".join(out) + "\r\n"
    with open(OUT, "wb") as f:
        f.write(data.encode("utf-8"))


if __name__ == "__main__":
    build()
