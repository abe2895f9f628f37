#!/usr/bin/python3
"""Re-make docs/bhoodan-decline-lecture.vtt from tools/bhoodan-decline-lecture.txt.

Run from anywhere: /usr/bin/python3 tools/make_vtt.py [OUT]
The source holds the corrected lecture transcript one caption cue a line (`K|text`, K a
speaker key), in the order spoken; the teacher's sentences run on from cue to cue. This
script lays it out as a WebVTT caption file: the `WEBVTT` line with its `Kind:`/`Language:`
header lines, NOTE blocks, a STYLE block, numbered cue identifiers (`L14-001` ...),
timings from the speaking rate (teacher about 2.5 words a second, students a little slower,
a short gap when the speaker changes, longer gaps at `@pause`), every cue opened with a
`<v Speaker>` voice tag, cue text wrapped at 42 characters a line, `&` escaped as `&amp;`,
and `@speaker_settings` cue settings on the cues after it. Output is byte for byte the same on
every run (standard library only).
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "bhoodan-decline-lecture.txt")
OUT = os.path.join(HERE, "..", "docs", "bhoodan-decline-lecture.vtt")
WIDTH = 42
START_MS = 4200


def stamp(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d.%03d" % (h, m, s, ms)


def visible(s):
    return len(re.sub(r"<[^>]*>", "", s))


def wrap(text):
    lines, cur = [], ""
    for w in text.split(" "):
        cand = w if not cur else cur + " " + w
        if cur and visible(cand) > WIDTH:
            lines.append(cur)
            cur = w
        else:
            cur = cand
    lines.append(cur)
    return lines


def build(out_path=OUT):
    with open(SRC, encoding="utf-8") as f:
        src = [l.rstrip("\n") for l in f.read().split("\n")]
    header, blocks, speakers = [], [], {}
    t, n, last_key, settings = START_MS, 0, None, ""
    i = 0
    while i < len(src):
        line = src[i]
        i += 1
        if not line.strip():
            continue
        if line.startswith("@header "):
            header.append(line[8:])
        elif line.startswith("@speaker "):
            k, name = line[9:].split("=", 1)
            speakers[k.strip()] = name.strip()
        elif line.startswith("@speaker_settings"):
            settings = line[len("@speaker_settings"):].strip()
        elif line.startswith("@pause "):
            t += int(float(line[7:]) * 1000)
        elif line.startswith("@note "):
            note = ["NOTE " + line[6:]]
            while i < len(src) and src[i].strip() and not src[i].startswith("@") \
                    and not re.match(r"^[A-Z]\|", src[i]):
                note.append(src[i])
                i += 1
            blocks.append("\n".join(note))
        elif line == "@style":
            css = []
            while src[i] != "@endstyle":
                css.append(src[i])
                i += 1
            i += 1
            blocks.append("STYLE\n" + "\n".join(css))
        else:
            key, text = line.split("|", 1)
            if last_key is not None and key != last_key:
                t += 800
            words = len(re.sub(r"<[^>]*>", "", text).split())
            rate = 2.5 if key == "T" else 2.3
            dur = max(1500, int(round(words / rate * 1000 / 10.0)) * 10)
            n += 1
            text = text.replace("&", "&amp;")
            lines = wrap("<v %s>%s" % (speakers[key], text))
            timing = "%s --> %s" % (stamp(t), stamp(t + dur))
            if settings:
                timing += " " + settings
            blocks.append("L14-%03d\n%s\n%s" % (n, timing, "\n".join(lines)))
            t += dur
            last_key = key
    out = "WEBVTT\n" + "".join(h + "\n" for h in header) + "\n" + "\n\n".join(blocks) + "\n"
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(out)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
