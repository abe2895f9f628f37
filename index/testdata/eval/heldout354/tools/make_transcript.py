#!/usr/bin/python3
"""Re-make docs/startup-india-budget-2025-youtube-transcript.txt from
tools/startup-india-budget-2025-youtube-transcript.txt.

The document is what a student gets by opening a YouTube video's "Show transcript" panel,
selecting everything and pasting it into Windows Notepad under a few lines of their own: the
video title, channel and link and some notes at the top, then the panel's chapter titles each on
a line of its own and, for every caption, its timestamp ("0:00", "10:05") on one line and the
auto-generated caption text on the next. Saved as UTF-8 without a BOM and with CRLF line ends,
as Notepad does.

Source marks: "@seed" (for the caption timings), "@header" (the student's lines, verbatim),
"@transcript" (then "## " chapter titles and one caption a line). Each caption's start time is
derived from the running word count with a small hash-based jitter, so the output is fixed.
Usage: make_transcript.py [OUT]
"""
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "startup-india-budget-2025-youtube-transcript.txt")
OUT = os.path.join(HERE, "..", "docs", "startup-india-budget-2025-youtube-transcript.txt")


def stamp(sec):
    sec = int(sec)
    if sec >= 3600:
        return "%d:%02d:%02d" % (sec // 3600, sec % 3600 // 60, sec % 60)
    return "%d:%02d" % (sec // 60, sec % 60)


def build(src):
    lines = src.split("\n")
    seed = lines[0].split(" ", 1)[1]
    hi = lines.index("@header")
    ti = lines.index("@transcript")
    header = lines[hi + 1:ti]
    out = list(header)
    t = 0.0
    for n, line in enumerate(lines[ti + 1:]):
        if not line.strip():
            continue
        if line.startswith("## "):
            out.append(line[3:])
            continue
        out.append(stamp(t))
        out.append(line)
        jitter = int(hashlib.md5(("%s:%d" % (seed, n)).encode()).hexdigest()[:4], 16) / 65535.0
        if line.startswith("["):
            t += 4.0 + 2.0 * jitter
        else:
            t += len(line.split()) * 0.36 + 0.3 + 0.9 * jitter
    return "\r\n".join(out) + "\r\n"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    text = build(open(SRC, encoding="utf-8").read())
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(text)


if __name__ == "__main__":
    main()
