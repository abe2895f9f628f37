#!/usr/bin/python3
"""Re-make docs/earthquakes-and-seismic-waves.vtt from tools/earthquakes-and-seismic-waves.txt.

Run from anywhere: /usr/bin/python3 tools/make_vtt.py [output-path]
Standard library only; the output is byte-for-byte reproducible (timings are computed from the
word counts, not from a clock).

Source format: one caption cue a line, "T: " (teacher) or "S: " (student) first; "CHAPTER n: title"
starts a chapter (written as a NOTE block with the chapter's start time, after a pause); "NOTE"
followed by "> " lines is a free NOTE block. Cue text is wrapped at 44 columns like a caption
editor does, so a sentence runs on across cues and lines.
"""
import os
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "earthquakes-and-seismic-waves.txt")
OUT = os.path.join(HERE, "..", "docs", "earthquakes-and-seismic-waves.vtt")

VOICES = {"T": "Teacher", "S": "Student"}
SETTINGS = {"T": "align:start position:10% line:84%", "S": "align:start position:10% line:8%"}
STYLE = ["STYLE", "::cue {", "  font-family: Arial, sans-serif;", "  background-color: rgba(0,0,0,0.8);",
         "}", "::cue(v[voice=\"Student\"]) {", "  color: #ffd75e;", "}"]


def stamp(ms):
    h, rest = divmod(ms, 3600000)
    m, rest = divmod(rest, 60000)
    s, ms = divmod(rest, 1000)
    return "%02d:%02d:%02d.%03d" % (h, m, s, ms)


def short(ms):
    m, s = divmod(ms // 1000, 60)
    return "%02d:%02d" % (m, s)


def escape(text):
    return text.replace("&", "&amp;")


def build(out_path):
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    out = ["WEBVTT", "Kind: captions", "Language: en", ""]
    t = 2400
    n = 0
    prev = None
    pending_note = None
    styled = False
    for line in lines:
        if line.startswith("> ") and pending_note is not None:
            pending_note.append(line[2:])
            continue
        if pending_note is not None:
            out.extend(pending_note + [""])
            pending_note = None
            if not styled:
                out.extend(STYLE + [""])
                styled = True
        s = line.strip()
        if not s:
            continue
        if s == "NOTE":
            pending_note = ["NOTE"]
            continue
        if s.startswith("CHAPTER "):
            t += 3000
            num, title = s[8:].split(": ", 1)
            out.extend(["NOTE Chapter %s: %s (%s)" % (num, title, short(t)), ""])
            prev = None
            continue
        who, text = s.split(": ", 1)
        if prev is not None and who != prev:
            t += 700
        words = len(text.split())
        dur = 900 + 330 * words
        dur -= dur % 10
        n += 1
        wrapped = textwrap.wrap(escape(text), width=44, break_long_words=False,
                                break_on_hyphens=False)
        wrapped[0] = "<v %s>%s" % (VOICES[who], wrapped[0])
        out.append(str(n))
        out.append("%s --> %s %s" % (stamp(t), stamp(t + dur), SETTINGS[who]))
        out.extend(wrapped)
        out.append("")
        t += dur + 120
        prev = who
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
