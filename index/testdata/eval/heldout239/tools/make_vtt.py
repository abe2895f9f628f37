#!/usr/bin/python3
"""Re-make docs/hunter-committee-zoom-transcript.vtt from tools/hunter-committee-zoom-transcript.txt.

The file is written the way Zoom's cloud recording writes its audio transcript
("GMT..._Recording.transcript.vtt" as downloaded from the recording page): a bare "WEBVTT" line
and a blank line, then numbered cues, each an "hh:mm:ss.mmm --> hh:mm:ss.mmm" line and one
unwrapped text line that starts with the speaker's Zoom display name and a colon, a blank line
after every cue; Zoom cuts a long turn into several cues, each again led by the name. No voice
tags, NOTE blocks, STYLE blocks or cue settings.

Source: one cue per line, "Display Name: text". The timings are not in the source: each cue
lasts about 0.36 s a word (at least 1 s) and the gaps between cues come from a fixed
pseudo-random sequence, so the output is the same on every run.
Run from anywhere: /usr/bin/python3 tools/make_vtt.py (byte-for-byte reproducible).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "hunter-committee-zoom-transcript.txt")
OUT = os.path.join(HERE, "..", "docs", "hunter-committee-zoom-transcript.vtt")


def stamp(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d.%03d" % (h, m, s, ms)


def main():
    with open(SRC, encoding="utf-8") as f:
        cues = [l.rstrip() for l in f if l.strip()]
    seed = 20250420
    t = 1870
    out = ["WEBVTT", ""]
    prev = None
    for i, line in enumerate(cues, 1):
        seed = (seed * 1103515245 + 12345) % 2147483648
        name, text = line.split(": ", 1)
        words = len(text.split())
        dur = max(1000, words * 360 + seed % 700)
        out += [str(i), "%s --> %s" % (stamp(t), stamp(t + dur)), line, ""]
        # same speaker carrying on: a short pause; a new speaker: a longer one
        gap = (seed >> 8) % 400 + (60 if name == prev else 520)
        t += dur + gap
        prev = name
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
