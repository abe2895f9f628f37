#!/usr/bin/python3
"""Re-make docs/mauryan-economy-lecture.vtt from tools/mauryan-economy-lecture.txt.

Run from anywhere: /usr/bin/python3 tools/make_vtt.py
Standard library only; the output is byte-for-byte reproducible (timings are computed from
word counts, not from a clock).

Source format: lines starting "# " are comments; "## <title>" opens a chapter (written as a
NOTE block); "T: <text>" is said by the teacher and "S: <text>" by a student; *word* is set
in italics (<i>). Each utterance is cut into cues of at most two lines of 42 characters, so
sentences run on from one cue into the next, as in real lecture captions.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "mauryan-economy-lecture.txt")
OUT = os.path.join(HERE, "..", "docs", "mauryan-economy-lecture.vtt")

LINE = 42
WORDS_PER_SEC = 2.6
VOICE = {"T": "Teacher", "S": "Student"}

HEAD = """WEBVTT
Kind: captions
Language: en

NOTE
Lecture 14 - Mauryan economy (GS-I Ancient History), evening batch.
Auto-captioned, corrected by hand. Chapters are marked with NOTE lines.

STYLE
::cue(v[voice="Student"]) {
  color: #ffe066;
}
"""


def stamp(t):
    ms = int(round(t * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d.%03d" % (h, m, s, ms)


def shown(word):
    return word.replace("*", "")


def markup(word):
    return re.sub(r"\*([^*]+)\*", r"<i>\1</i>", word)


def cues_of(text):
    """Greedy split into cues of up to two lines of LINE shown characters."""
    out, lines, cur = [], [], []
    for w in text.split():
        if cur and len(" ".join(shown(x) for x in cur + [w])) > LINE:
            lines.append(cur)
            cur = []
            if len(lines) == 2:
                out.append(lines)
                lines = []
        cur.append(w)
    if cur:
        lines.append(cur)
    if lines:
        out.append(lines)
    return out


def build():
    with open(SRC, encoding="utf-8") as f:
        src = f.read().split("\n")
    parts = [HEAD]
    t, n = 4.0, 0
    for line in src:
        s = line.strip()
        if not s or (s.startswith("# ")):
            continue
        if s.startswith("## "):
            parts.append("NOTE %s\n" % s[3:])
            t += 1.5
            continue
        who, text = s.split(": ", 1)
        for cue in cues_of(text):
            n += 1
            words = sum(len(l) for l in cue)
            dur = max(1.4, words / WORDS_PER_SEC)
            body = "\n".join(" ".join(markup(w) for w in l) for l in cue)
            parts.append("%d\n%s --> %s\n<v %s>%s</v>\n" % (n, stamp(t), stamp(t + dur),
                                                          VOICE[who], body))
            t += dur + 0.08
        t += 0.6
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(parts))


if __name__ == "__main__":
    build()
