#!/usr/bin/python3
"""Re-make docs/monsoon-mechanism-lecture.vtt from tools/monsoon-mechanism-lecture.txt.

The source is the lecture as spoken (lower case, no punctuation, the recogniser's mishearings
kept); a line holding only [Music] is a music cue. The output imitates YouTube's auto-generated
captions as yt-dlp saves them: a WEBVTT header with Kind and Language, every cue with
"align:start position:0%", rolling two-line cues (the new line carries word timings in <c> tags,
the line before it is repeated above), and a 10 ms cue between them that holds the finished line.
Timings come from a fixed pseudo-random sequence, so the file is the same byte for byte each run.
Run from anywhere: /usr/bin/python3 tools/make_vtt.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "monsoon-mechanism-lecture.txt")
OUT = os.path.join(HERE, "..", "docs", "monsoon-mechanism-lecture.vtt")


class LCG:
    def __init__(self, seed):
        self.x = seed

    def next(self):
        self.x = (self.x * 1103515245 + 12345) % 2147483648
        return self.x / 2147483648.0


def ts(ms):
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d.%03d" % (h, m, s, ms)


def build():
    rnd = LCG(153)
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    # tokens: words, "[Music]", and "\n\n" paragraph pauses
    items = []
    for para in text.split("\n\n"):
        para = para.strip()
        if not para:
            continue
        if para == "[Music]":
            items.append(("music", None))
        else:
            items.append(("words", para.split()))
    # break the spoken words into caption lines of irregular length, as the recogniser does
    lines = []  # (kind, words, pause_before_ms)
    for kind, words in items:
        if kind == "music":
            lines.append(("music", ["[Music]"], 0))
            continue
        i, first = 0, True
        while i < len(words):
            limit = 26 + int(rnd.next() * 20)
            n, width = 0, 0
            while i + n < len(words):
                w = len(words[i + n]) + (1 if n else 0)
                if n and width + w > limit:
                    break
                width += w
                n += 1
            lines.append(("words", words[i:i + n], 700 if first else 0))
            first = False
            i += n
    out = ["WEBVTT", "Kind: captions", "Language: en", ""]
    t = 0
    prev = " "
    for kind, words, pause in lines:
        t += pause
        if kind == "music":
            end = t + 3000 + int(rnd.next() * 3000)
            body = "[Music]"
            shown = "[Music]"
        else:
            starts = []
            cur = t
            for w in words:
                starts.append(cur)
                cur += 180 + 40 * len(w) // 3 + int(rnd.next() * 150)
            end = cur
            body = words[0] + "".join("<%s><c> %s</c>" % (ts(s), w)
                                      for s, w in zip(starts[1:], words[1:]))
            shown = " ".join(words)
        out.append("%s --> %s align:start position:0%%" % (ts(t), ts(end)))
        out.append(prev)
        out.append(body)
        out.append("")
        out.append("%s --> %s align:start position:0%%" % (ts(end), ts(end + 10)))
        out.append(shown)
        out.append(" ")
        out.append("")
        prev = shown
        t = end + 10
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    build()
