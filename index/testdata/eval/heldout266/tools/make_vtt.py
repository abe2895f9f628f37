#!/usr/bin/python3
"""Make docs/compensation-cess-gst-2-live.en.vtt from tools/compensation-cess-gst-2-live.txt.

The file is YouTube's auto-generated English caption track of a live-class replay as yt-dlp
saves it (--write-auto-subs --sub-langs en): "WEBVTT", "Kind: captions", "Language: en" and a
blank line; no cue numbers, NOTE, STYLE or voice tags; every timing line
"hh:mm:ss.mmm --> hh:mm:ss.mmm align:start position:0%". Each caption line is shown as a
rolling two-line cue - the line before on top (a lone space in the very first cue), the new
line below with word timings (each word after the first as an inline <hh:mm:ss.mmm> timestamp
followed by a <c> span with its leading space) - and then a 10 ms cue holding the finished
line over a line of one space, so every spoken line appears three times. Sound cues
([Music], [Laughter]) carry no word timings. Timings are worked out from the words (190 ms
plus 52 ms a letter) with the silences given in the source.

Run from anywhere: /usr/bin/python3 tools/make_vtt.py [output path]   (byte-for-byte stable)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "compensation-cess-gst-2-live.txt")
OUT = os.path.join(HERE, "..", "docs", "compensation-cess-gst-2-live.en.vtt")
SETTINGS = " align:start position:0%"


def ts(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d.%03d" % (h, m, s, ms)


def word_ms(w):
    return 190 + 52 * len(w)


def parse():
    items = []   # (kind, text, pause_before_ms)
    start = 0
    pause = 0
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line.strip() or line.startswith("# "):
                continue
            if line.startswith("@start "):
                start = round(float(line[7:]) * 1000)
            elif line.startswith("@pause "):
                pause += round(float(line[7:]) * 1000)
            elif line.startswith("["):
                items.append(("sound", line, pause))
                pause = 0
            else:
                items.append(("speech", line, pause))
                pause = 0
    return start, items


def build(path):
    start, items = parse()
    # times: each line's start, its words' starts, and its natural end
    t = start
    lines = []
    for kind, text, pause in items:
        t += pause
        if kind == "sound":
            lines.append((kind, text, t, [t], t + 1200))
            t += 1200 + 60
        else:
            words = text.split()
            starts, cur = [], t
            for w in words:
                starts.append(cur)
                cur += word_ms(w)
            lines.append((kind, text, t, starts, cur))
            t = cur + 60
    # the opening [Music] lasts until the first words; the last one runs 4.2 s
    cues = []
    prev_text = " "
    for i, (kind, text, s, starts, end) in enumerate(lines):
        nxt = lines[i + 1][2] if i + 1 < len(lines) else None
        if kind == "sound":
            shown = text
        else:
            words = text.split()
            shown = words[0] + "".join("<%s><c> %s</c>" % (ts(st), w)
                                       for st, w in zip(starts[1:], words[1:]))
        if nxt is None:
            cues.append("%s --> %s%s\n%s\n%s" % (ts(s), ts(s + 4200), SETTINGS, prev_text,
                                                  shown))
            break
        cues.append("%s --> %s%s\n%s\n%s" % (ts(s), ts(nxt - 10), SETTINGS, prev_text, shown))
        cues.append("%s --> %s%s\n%s\n " % (ts(nxt - 10), ts(nxt), SETTINGS, text))
        prev_text = text
    doc = "WEBVTT\nKind: captions\nLanguage: en\n\n" + "\n\n".join(cues) + "\n\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(doc)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
