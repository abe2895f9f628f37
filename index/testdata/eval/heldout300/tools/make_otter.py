#!/usr/bin/python3
"""Make docs/gs3-cyber-doubt-session-otter.txt from tools/gs3-cyber-doubt-session-otter.txt.

The output is laid out as Otter.ai writes "Export > Text" with the AI summary included: the
conversation title and the "Sat, Jun 14, 2025 7:32PM • 13:06" date-and-length line, then
"Keywords:" with Otter's lower-case keyword line, "Summary", "Action Items" as "[ ]" boxes,
"Outline" with each chapter title (and its start time) over "•" bullets, and then the
transcript: one block per speaker turn, "Name  m:ss" (two spaces) on one line, the whole
paragraph on the next line, a blank line between blocks, and Otter's closing line
"Transcribed by https://otter.ai".  UTF-8 without BOM, LF line ends.

Run from anywhere: /usr/bin/python3 tools/make_otter.py (byte-for-byte reproducible).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gs3-cyber-doubt-session-otter.txt")
OUT = os.path.join(HERE, "..", "docs", "gs3-cyber-doubt-session-otter.txt")


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("%")]
    meta, actions, chapters, turns = {}, [], [], []
    for line in lines:
        if not line.strip():
            continue
        if line.startswith("@chapter "):
            time, title = [x.strip() for x in line[9:].split("|", 1)]
            chapters.append((time, title, []))
        elif line.startswith("@action "):
            actions.append(line[8:].strip())
        elif line.startswith("@"):
            key, _, val = line.partition(" ")
            meta[key[1:]] = val.strip()
        elif line.startswith("* "):
            chapters[-1][2].append(line[2:].strip())
        elif line.startswith("> "):
            name, time, text = [x.strip() for x in line[2:].split("|", 2)]
            turns.append((name, time, text))
        else:
            raise SystemExit("unrecognised source line: %r" % line)
    out = [meta["title"], meta["date"], "", "Keywords:", meta["keywords"], "",
           "Summary", meta["summary"], "", "Action Items"]
    out += ["[ ] " + a for a in actions]
    out += ["", "Outline"]
    for time, title, bullets in chapters:
        out.append("%s (%s)" % (title, time))
        out += ["\u2022 " + b for b in bullets]
        out.append("")
    for name, time, text in turns:
        out += ["%s  %s" % (name, time), text, ""]
    out.append("Transcribed by https://otter.ai")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build()
