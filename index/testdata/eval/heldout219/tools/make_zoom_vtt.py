#!/usr/bin/python3
"""Make docs/zoom-mentor-session-electronics-pli.vtt from tools/zoom-mentor-session-electronics-pli.txt.

Zoom's cloud-recording audio transcript, as Recordings > Audio transcript > Download writes it:
a bare "WEBVTT" line, then numbered cues, each with an "hh:mm:ss.mmm --> hh:mm:ss.mmm" line and
one line of text that starts with the speaker's Zoom display name and a colon (no <v> voice tags,
no NOTE, STYLE or cue settings, no line wrapping), a blank line after every cue, LF line ends.

Timings are worked out from the words in each cue (the mentor speaks a little faster than the
students), with a short pause between cues, a longer one when the speaker changes, and the
extra silences marked "@gap" in the source. A crc32 of the cue text gives the small jitter, so
the file is the same on every run. Standard library only.
Run from anywhere: /usr/bin/python3 tools/make_zoom_vtt.py
"""
import os
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "zoom-mentor-session-electronics-pli.txt")
OUT = os.path.join(HERE, "..", "docs", "zoom-mentor-session-electronics-pli.vtt")
MENTOR = "Meera Iyer (Mentor)"


def stamp(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d.%03d" % (h, m, s, ms)


def main():
    t, prev, gap = 0.0, None, 0.0
    cues = []
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if not line.strip() or line.startswith("%"):
            continue
        if line.startswith("@start "):
            t = float(line.split()[1])
            continue
        if line.startswith("@gap "):
            gap += float(line.split()[1])
            continue
        speaker, _, text = line.partition(": ")
        jitter = zlib.crc32(line.encode("utf-8")) % 1000 / 1000.0
        if cues:
            t += 0.25 + 0.7 * jitter + gap + (0.8 if speaker != prev else 0.0)
        words = len(text.split())
        rate = 2.45 if speaker == MENTOR else 2.2
        dur = max(1.1, words / rate + 0.25 + 0.4 * jitter)
        cues.append((t, t + dur, line))
        t += dur
        prev, gap = speaker, 0.0
    out = ["WEBVTT", ""]
    for k, (a, b, text) in enumerate(cues, 1):
        out += [str(k), "%s --> %s" % (stamp(a), stamp(b)), text, ""]
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
