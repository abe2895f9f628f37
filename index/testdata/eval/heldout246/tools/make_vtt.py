#!/usr/bin/python3
"""Re-make docs/rooftop-solar-net-metering-class.en.vtt from tools/rooftop-solar-net-metering-class.txt.

The lecture was given in Hindi; YouTube made Hindi auto-captions for it, and the file is the
English auto-translation of that track as yt-dlp saves it (--write-auto-subs --sub-langs en):
a "WEBVTT" line, "Kind: captions" and "Language: en"; no cue numbers, no NOTE, STYLE or voice
tags; every timing line ending in "align:start position:0%"; one line of machine-translated
text a cue, because a translated track keeps the recogniser's caption windows but loses the
word timings (so no inline timestamp or c tags and no rolling repeat of the line above); and
the windows overlap as the recogniser's do - each cue is still on screen when the next one
starts. Timings come from the words (about 2.4 English words a second, with a fixed
pseudo-random wobble), "[Music]" cues at both ends.

Source: one cue a line, exactly as shown.
Run from anywhere: /usr/bin/python3 tools/make_vtt.py [OUTPUT]
(OUTPUT defaults to docs/rooftop-solar-net-metering-class.en.vtt; the output is byte-for-byte stable.)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "rooftop-solar-net-metering-class.txt")
OUT = os.path.join(HERE, "..", "docs", "rooftop-solar-net-metering-class.en.vtt")


class Wobble:
    def __init__(self, seed):
        self.x = seed

    def unit(self):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return (self.x >> 8) / float(1 << 23)


def stamp(ms):
    h, rest = divmod(ms, 3600000)
    m, rest = divmod(rest, 60000)
    s, ms = divmod(rest, 1000)
    return "%02d:%02d:%02d.%03d" % (h, m, s, ms)


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        cues = [l.rstrip() for l in f.read().split("\n") if l.strip()]
    w = Wobble(246)
    starts, t = [], 0
    for text in cues:
        starts.append(t)
        if text == "[Music]":
            dur = 3200 + int(w.unit() * 1800)
        else:
            dur = int(len(text.split()) / 2.4 * 1000 * (0.88 + 0.24 * w.unit()))
            if text.endswith((".", "?", "!")):
                dur += int(180 + 420 * w.unit())
        t += max(dur, 1400) // 10 * 10 + int(w.unit() * 9)
    out = ["WEBVTT", "Kind: captions", "Language: en", ""]
    for i, text in enumerate(cues):
        start = starts[i]
        if i + 1 < len(starts):
            nxt = starts[i + 1]
            after = starts[i + 2] if i + 2 < len(starts) else nxt + 3000
            end = nxt + int((after - nxt) * (0.35 + 0.5 * w.unit()))
        else:
            end = start + 3870
        out.append("%s --> %s align:start position:0%%" % (stamp(start), stamp(end)))
        out.append(text)
        out.append("")
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
