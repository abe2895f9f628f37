#!/usr/bin/python3
"""Make docs/mop-and-recent-controversies-lecture.srt from tools/mop-and-recent-controversies-lecture.txt.

The file imitates what WhisperX writes for a classroom recording transcribed with speaker
diarization: SubRip cues numbered from 1, "HH:MM:SS,mmm --> HH:MM:SS,mmm" timings that follow
the speech (a cue is one Whisper segment, so cues are long, one line each, not wrapped), a
"[SPEAKER_00]: " label in front of every cue's text (the teacher is SPEAKER_00, two students
SPEAKER_01 and SPEAKER_02), short silences between segments and longer ones where the speaker
paused, Whisper's punctuation and casing, numbers as digits, dates as "March 14th, 2025", a few
names as Whisper mis-hears them, and the "Thank you." segments Whisper repeats on the silence
at the end. UTF-8, LF line ends, a blank line after every cue.

Source: one cue a line, "S<n>|text"; "@start <s>" sets the first start, "@gap <s>" a pause.
Timings come from each cue's word count with a fixed pseudo-random jitter.

Run from anywhere: /usr/bin/python3 tools/make_srt.py [OUT]  (output is byte-for-byte stable)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "mop-and-recent-controversies-lecture.txt")
OUT = os.path.join(HERE, "..", "docs", "mop-and-recent-controversies-lecture.srt")


def stamp(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def jitter(n):
    """A fixed pseudo-random number in [0, 1) for cue n (a small LCG, no state)."""
    x = (1103515245 * (n + 7919) + 12345) % 2147483648
    return x / 2147483648.0


def build(out_path):
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if l.strip() and not l.startswith("#")]
    t = 0.0
    gap = 0.0
    cues = []
    for line in lines:
        if line.startswith("@start "):
            t = float(line.split()[1])
            continue
        if line.startswith("@gap "):
            gap += float(line.split()[1])
            continue
        spk, text = line.split("|", 1)
        n = len(cues)
        t += gap
        gap = 0.0
        words = len(text.split())
        rate = 2.55 + 0.5 * jitter(n)            # words a second
        dur = max(0.9, words / rate)
        if text == "Thank you.":
            dur = 1.0 + 1.6 * jitter(n)          # Whisper's filler on the trailing silence
        start, end = t, t + dur
        cues.append((start, end, "[SPEAKER_%02d]: %s" % (int(spk[1:]), text)))
        t = end + 0.08 + 0.55 * jitter(n + 101)  # the breath between segments
    out = []
    for i, (start, end, text) in enumerate(cues, 1):
        out.append("%d\n%s --> %s\n%s\n" % (i, stamp(start), stamp(end), text))
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
