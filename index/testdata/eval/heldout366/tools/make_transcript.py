#!/usr/bin/python3
"""Re-make docs/pm-vishwakarma-youtube-transcript.txt from tools/pm-vishwakarma-youtube-transcript.txt.

The output is what a student gets by opening "Show transcript" under a YouTube video, selecting
the whole panel and pasting it into Windows Notepad: every chapter title on a line of its own,
then for each caption a timestamp line (m:ss) followed by the caption text, CRLF line ends,
UTF-8 without a BOM and no newline after the last line.  The source holds the chapter titles
("# " lines) and one caption per line; timestamps are worked out from the number of words
spoken (about two words a second, a short pause per caption, five seconds per [Music] cue),
so the file is re-made byte for byte.
Run: /usr/bin/python3 tools/make_transcript.py [output path]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pm-vishwakarma-youtube-transcript.txt")
OUT = os.path.join(HERE, "..", "docs", "pm-vishwakarma-youtube-transcript.txt")


def stamp(sec):
    sec = int(sec)
    if sec >= 3600:
        return "%d:%02d:%02d" % (sec // 3600, sec % 3600 // 60, sec % 60)
    return "%d:%02d" % (sec // 60, sec % 60)


def build(src):
    lines = open(src, encoding="utf-8").read().split("\n")
    out, t = [], 0.0
    for line in lines:
        if not line.strip():
            continue
        if line.startswith("# "):
            out.append(line[2:].strip())
            continue
        out.append(stamp(t))
        out.append(line.strip())
        if line.strip() == "[Music]":
            t += 5.2
        else:
            n = len(line.split())
            t += n / 1.95 + 0.45 + (0.9 if line.rstrip().endswith(("?", ".")) else 0.0)
    return "\r\n".join(out).encode("utf-8")


def main():
    dest = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(dest, "wb") as f:
        f.write(build(SRC))


if __name__ == "__main__":
    main()
