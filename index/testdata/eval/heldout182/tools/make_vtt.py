#!/usr/bin/python3
"""Re-make docs/islands-yt-lecture.vtt from tools/islands-yt-lecture.txt.

Run from anywhere: /usr/bin/python3 tools/make_vtt.py
Standard library only; the timings are computed from the words, so the output is byte-for-byte
the same on every run. The layout is that of YouTube's auto-generated English captions as
downloaded (WEBVTT header with Kind and Language; every cue "align:start position:0%"; rolling
two-line cues where the new line carries word-level <hh:mm:ss.mmm><c> word</c> timings, each
followed by a 10 ms cue holding the finished line over a blank line; [Music] tags without timings).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "islands-yt-lecture.txt")
OUT = os.path.join(HERE, "..", "docs", "islands-yt-lecture.vtt")
POS = " align:start position:0%"


def ts(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d.%03d" % (h, m, s, ms)


def word_ms(word, n):
    return 120 + 55 * len(word) + (len(word) * 37 + n * 13) % 60


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = [l.rstrip() for l in f.read().split("\n")]
    cues = []
    t, prev, n = 0, " ", 0
    for line in lines:
        if not line or line.startswith("#"):
            continue
        if line.startswith("@pause "):
            t += int(float(line[7:]) * 1000)
            continue
        start = t
        if line.startswith("["):
            shown = line
            t += 2860 + 10 * len(cues) % 90
        else:
            words = line.split()
            parts = []
            for i, w in enumerate(words):
                if i == 0:
                    parts.append(w)
                else:
                    parts.append("<%s><c> %s</c>" % (ts(t), w))
                t += word_ms(w, n)
                n += 1
            shown = "".join(parts)
        cues.append((start, t, prev, shown, line))
        prev = line
    out = ["WEBVTT\nKind: captions\nLanguage: en\n"]
    for k, (start, end, before, shown, plain) in enumerate(cues):
        nxt = cues[k + 1][0] if k + 1 < len(cues) else end + 10
        out.append("%s --> %s%s\n%s\n%s\n" % (ts(start), ts(nxt - 10), POS, before, shown))
        out.append("%s --> %s%s\n%s\n \n" % (ts(nxt - 10), ts(nxt), POS, plain))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    build()
