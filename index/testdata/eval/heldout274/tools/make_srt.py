#!/usr/bin/python3
"""Make docs/inflation-targeting-lecture.hi-en.srt from tools/inflation-targeting-lecture.hi-en.txt.

The file is the channel's own Hindi-English subtitle track of a YouTube lecture, as YouTube
Studio gives it back with Subtitles > Download > .srt: cues numbered from 1, "HH:MM:SS,mmm -->
HH:MM:SS,mmm" timings running back to back (a cue ends where the next starts, except where the
speaker pauses), one or two lines a cue split near the middle once a cue passes 42 characters, a
blank line after every cue, UTF-8 without a byte-order mark, LF line ends. The text is typed as
Hindi captioners type code-mixed speech: Hindi in Devanagari (with the danda), English words
and whole English sentences in Latin script. "[संगीत]" cues open and close it; the opening title
card and the slide titles that appear on screen are cues of their own, in yellow
(<font color="#ffff00">, the title card also bold).

Timing: each cue lasts 0.36 s a word plus 0.5 s (at least 1.4 s), with a fixed pseudo-random
jitter of up to 0.25 s; "@gap" lines add silence.

Run from anywhere: /usr/bin/python3 tools/make_srt.py [output.srt]
Standard library only; byte-for-byte reproducible.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "inflation-targeting-lecture.hi-en.txt")
OUT = os.path.join(HERE, "..", "docs", "inflation-targeting-lecture.hi-en.srt")
WRAP = 42


def stamp(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def split_lines(text):
    if len(text) <= WRAP:
        return [text]
    mid = len(text) // 2
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    cut = min(spaces, key=lambda i: (abs(i - mid), i))
    return [text[:cut], text[cut + 1:]]


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = [l.strip() for l in f.read().split("\n")]
    cues, t, seed = [], 0, 274
    for line in lines:
        if not line or line.startswith("%%"):
            continue
        if line.startswith("@gap "):
            t += int(round(float(line.split()[1]) * 1000))
            continue
        seed = (seed * 1103515245 + 12345) % 2147483648
        jitter = seed % 250
        if line == "@music":
            body, dur = ["[संगीत]"], 3800 + jitter
        elif line.startswith("@title "):
            parts = split_lines(line[7:])
            body = ['<font color="#ffff00"><b>' + parts[0]] + parts[1:]
            body[-1] += "</b></font>"
            dur = 4200 + jitter
        elif line.startswith("@slide "):
            body, dur = ['<font color="#ffff00">' + line[7:] + "</font>"], 2600 + jitter
        else:
            words = len(line.split())
            body = split_lines(line)
            dur = max(1400, 360 * words + 500) + jitter
        cues.append((t, t + dur, body))
        t += dur
    out = []
    for n, (a, b, body) in enumerate(cues, 1):
        out.append("%d\n%s --> %s\n%s\n" % (n, stamp(a), stamp(b), "\n".join(body)))
    return "\n".join(out)


if __name__ == "__main__":
    dest = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(dest, "w", encoding="utf-8", newline="\n") as f:
        f.write(build())
