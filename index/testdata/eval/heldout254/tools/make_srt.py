#!/usr/bin/python3
"""Re-make docs/building-codes-earthquake-safety-lec9.hi-en.srt from its source text.

The source (tools/building-codes-earthquake-safety-lec9.hi-en.txt) holds one cue a line. Cues
are numbered from 1; each is timed from its length (about 0.34 s a word plus 0.6 s, at least
1.4 s and at most 7 s) with a 0.12 s gap, and "+N " before a cue adds N seconds of silence.
A caption line is at most about 42 characters: longer cues are broken once near the middle
(tags such as <i> and {\\an8} are not counted), unless "|" in the source fixes the break.
Written as SubRip: UTF-8 with a byte-order mark, CRLF line ends, a blank line after each cue,
as the captioning editor used for this channel saves it.
Run: /usr/bin/python3 tools/make_srt.py [OUT]
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "building-codes-earthquake-safety-lec9.hi-en.txt")
OUT = os.path.join(HERE, "..", "docs", "building-codes-earthquake-safety-lec9.hi-en.srt")
TAG = re.compile(r"<[^>]+>|\{\\[^}]*\}")


def shown_len(s):
    return len(TAG.sub("", s))


def split_lines(text):
    if "|" in text:
        return [p.strip() for p in text.split("|")]
    if shown_len(text) <= 42:
        return [text]
    mid = shown_len(text) / 2.0
    best = None
    for m in re.finditer(" ", text):
        left = text[:m.start()]
        if left.count("<") != left.count(">") or left.count("{") != left.count("}"):
            continue
        if left.count("<i>") != left.count("</i>"):
            continue
        d = abs(shown_len(left) - mid)
        if best is None or d < best[0]:
            best = (d, m.start())
    return [text[:best[1]], text[best[1] + 1:]]


def stamp(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d,%03d" % (h, m, s, ms)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        rows = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    t = 400
    blocks = []
    for n, row in enumerate(rows, 1):
        m = re.match(r"\+(\d+(?:\.\d+)?) (.*)$", row)
        if m:
            t += int(float(m.group(1)) * 1000)
            row = m.group(2)
        words = len(TAG.sub("", row).replace("|", " ").split())
        if row.startswith("[") and row.endswith("]") and words <= 3:
            dur = 3200
        else:
            dur = int(round(min(7.0, max(1.4, 0.6 + 0.34 * words)) * 1000))
        lines = split_lines(row)
        blocks.append("%d\r\n%s --> %s\r\n%s\r\n" % (n, stamp(t), stamp(t + dur),
                                                     "\r\n".join(lines)))
        t += dur + 120
    data = "\ufeff" + "\r\n".join(blocks) + "\r\n"
    with open(out, "wb") as f:
        f.write(data.encode("utf-8"))


if __name__ == "__main__":
    main()
