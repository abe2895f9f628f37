#!/usr/bin/python3
"""Re-make docs/basel-norms-lecture.srt from tools/basel-norms-lecture.txt.

Run from anywhere: /usr/bin/python3 tools/make_srt.py
Standard library only. One source line = one cue, as YouTube's auto-captions cut a lecture: no
punctuation, mostly lower case, numbers as spoken, sentences running on into the next cue,
`[Music]` cues for the jingle. Times are worked out from the words spoken (integer milliseconds),
so the output is byte-for-byte reproducible. SubRip layout: counter, `HH:MM:SS,mmm -->
HH:MM:SS,mmm`, text, blank line; UTF-8, LF line ends.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "basel-norms-lecture.txt")
OUT = os.path.join(HERE, "..", "docs", "basel-norms-lecture.srt")


def ts(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def build():
    with open(SRC, encoding="utf-8") as f:
        cues = [l.strip() for l in f.read().split("\n") if l.strip()]
    out, t = [], 0
    for i, text in enumerate(cues, 1):
        if text == "[Music]":
            dur = 4200 if i == 1 else 3100
        else:
            n = len(text.split())
            dur = 760 + 355 * n + (37 * i) % 230
        out.append("%d\n%s --> %s\n%s\n" % (i, ts(t), ts(t + dur), text))
        t += dur + (0 if text != "[Music]" else 240)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    build()
