#!/usr/bin/python3
"""Re-make docs/how-courts-read-dpsp-zoom.vtt from tools/how-courts-read-dpsp-zoom.txt.

The file is written the way Zoom writes the audio transcript of a webinar's cloud recording
(the "Audio transcript" file downloaded from the recording page): a bare "WEBVTT" line and a
blank line, then numbered cues, each an "hh:mm:ss.mmm --> hh:mm:ss.mmm" line and one
unwrapped text line, a blank line after every cue. A cue spoken by a participant Zoom knows
starts with the display name as it was set in Zoom and a colon ("Arjun (TA) PolityPlus:",
"Irfan Q:"); audio Zoom could not tie to anyone - here a news clip played through the host's
screen share - comes with no name at all. No voice tags, NOTE or STYLE blocks, cue settings
or chapter marks.

Source: one cue a line, exactly as the cue text will read. Timings are worked out, not
stored: a cue lasts about 0.38 s a word plus a jitter (at least 1.1 s); the pause before the
next cue comes from a fixed linear congruential sequence, short when the same voice carries
on and longer when the speaker changes, so every run writes the same bytes.
Run from anywhere: /usr/bin/python3 tools/make_vtt.py (byte-for-byte reproducible).
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "how-courts-read-dpsp-zoom.txt")
OUT = os.path.join(HERE, "..", "docs", "how-courts-read-dpsp-zoom.vtt")
SPEAKERS = ("Dr. Meenakshi Rao", "Arjun (TA) PolityPlus", "Harpreet Kaur", "Sai Kiran M",
            "Tanvi Deshpande", "Irfan Q")


def stamp(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d.%03d" % (h, m, s, ms)


def main():
    with open(SRC, encoding="utf-8") as f:
        cues = [l.rstrip("\n") for l in f if l.strip()]
    seed = 20250209
    t = 2417
    out = ["WEBVTT", ""]
    prev = None
    for i, line in enumerate(cues, 1):
        seed = (seed * 1103515245 + 12345) % 2147483648
        m = re.match(r"(%s): " % "|".join(re.escape(s) for s in SPEAKERS), line)
        name = m.group(1) if m else None
        text = line[m.end():] if m else line
        words = len(text.split())
        dur = max(1100, words * 380 + seed % 900)
        out += [str(i), "%s --> %s" % (stamp(t), stamp(t + dur)), line, ""]
        gap = (seed >> 9) % 450 + (40 if name == prev else 610)
        t += dur + gap
        prev = name
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    main()
