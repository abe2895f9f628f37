#!/usr/bin/python3
"""Make docs/namaste-scheme-oped-epaper.txt from tools/namaste-scheme-oped-epaper.txt.

The file imitates an op-ed selected in a newspaper's e-paper (the page is a PDF under the
reader) and pasted into a plain-text file: the e-paper's "Clipped from" line, the page's folio
line, the kicker, the headline in capitals broken where the display type broke it, the strapline,
the byline, then the column of text as it comes off the PDF: hard line breaks at the column's
measure of about 60 characters, words hyphenated at line ends, paragraphs run on without blank
lines, the drop cap left as a single letter on a line of its own with the lead-in words in
capitals and the next three lines shorter (they ran beside the drop cap), crossheads in capitals
after a blank line, the pull quote's box pasted in the middle of a paragraph at its own narrower
measure (its sentence also stands in the text), typographic ligatures for fi, fl, ff, ffi as
the PDF's font has them, curly quotes and apostrophes, the writer's bio line at the end and the
e-paper's footer line.

Source mark-up: @clip, @folio, @kicker, @headline, @strap, @byline, @lead CAPS|rest (the first
paragraph: lead-in words and the rest), @crosshead, @pullquote (pasted after the third line of
the next paragraph), @bio, @footer; any other line is a paragraph.

Run from anywhere: /usr/bin/python3 tools/make_oped.py
Standard library only; the output is the same bytes on every run.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "namaste-scheme-oped-epaper.txt")
OUT = os.path.join(HERE, "..", "docs", "namaste-scheme-oped-epaper.txt")

WIDTH = 60          # the column's measure in characters
DROP_WIDTH = 55     # the three lines beside the drop cap
QUOTE_WIDTH = 34    # the pull quote's box
VOWELS = set("aeiouy")
DIGRAPHS = {"th", "sh", "ch", "ph", "wh", "ck", "gh", "qu", "ng"}


def curly(text):
    text = re.sub(r'"(?=\w)', "\u201c", text)
    text = text.replace('"', "\u201d")
    return text.replace("'", "\u2019")


def ligatures(line):
    for a, b in (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02")):
        line = line.replace(a, b)
    return line


def split_points(word):
    """Places where a typesetter could break a plain lower-case word (index into word)."""
    m = re.match(r"^([A-Za-z]+)([^A-Za-z]*)$", word)
    if not m or word.isupper() or word[0].isupper() and len(word) < 8:
        return []
    core = m.group(1).lower()
    pts = []
    for k in range(3, len(core) - 2):
        a, b, c = core[k - 1], core[k], core[k + 1] if k + 1 < len(core) else ""
        if a in VOWELS and b not in VOWELS and c in VOWELS:
            pts.append(k)                       # V-CV
        elif a not in VOWELS and b not in VOWELS and core[k - 2] in VOWELS and a + b not in DIGRAPHS:
            pts.append(k)                       # VC-CV
    return pts


def wrap(text, first_width=WIDTH, first_lines=0):
    """Greedy fill; a word that does not fit is hyphenated where a break point allows."""
    words = text.split()
    lines, cur = [], ""

    def width():
        return first_width if len(lines) < first_lines else WIDTH

    i = 0
    while i < len(words):
        word = words[i]
        cand = word if not cur else cur + " " + word
        if len(cand) <= width():
            cur = cand
            i += 1
            continue
        room = width() - len(cur) - (1 if cur else 0)
        done = False
        if "-" in word.strip("-") and room > 2:
            head, tail = word.split("-", 1)
            if len(head) + 1 <= room and head:
                lines.append((cur + " " if cur else "") + head + "-")
                words[i] = tail
                cur, done = "", True
        if not done and room >= 4:
            for k in reversed(split_points(word)):
                if k + 1 <= room:
                    lines.append((cur + " " if cur else "") + word[:k] + "-")
                    words[i] = word[k:]
                    cur, done = "", True
                    break
        if not done:
            lines.append(cur)
            cur = ""
    if cur:
        lines.append(cur)
    return lines


def build():
    with open(SRC, encoding="utf-8") as f:
        src = [l for l in f.read().split("\n") if l.strip()]
    out = []
    pending_quote = None
    for line in src:
        m = re.match(r"@(\w+) (.*)$", line)
        key, val = (m.group(1), m.group(2)) if m else (None, line)
        if key == "clip":
            out += [val, ""]
        elif key == "folio":
            out.append(val)
        elif key == "kicker":
            out.append(val)
        elif key == "headline":
            words = val.split()
            half = (len(words) + 1) // 2 - 1
            out += [" ".join(words[:half + 1]), " ".join(words[half + 1:])]
        elif key == "strap":
            out += wrap(curly(val))
        elif key == "byline":
            out.append(val)
        elif key == "lead":
            caps, rest = val.split("|", 1)
            body = caps[1:] + rest
            lines = wrap(curly(body), DROP_WIDTH, 3)
            out.append(caps[0])
            out += [ligatures(l) for l in lines]
        elif key == "crosshead":
            out += ["", val]
        elif key == "pullquote":
            pending_quote = val
        elif key == "bio":
            out += [""] + [ligatures(l) for l in wrap(curly(val))]
        elif key == "footer":
            out += ["", val]
        else:
            lines = [ligatures(l) for l in wrap(curly(val))]
            if pending_quote:
                qlines = []
                words = curly(pending_quote).split()
                cur = "\u201c"
                for wd in words:
                    cand = cur + wd if cur == "\u201c" else cur + " " + wd
                    if len(cand) <= QUOTE_WIDTH:
                        cur = cand
                    else:
                        qlines.append(cur)
                        cur = wd
                qlines.append(cur + "\u201d")
                lines = lines[:3] + [""] + [ligatures(l) for l in qlines] + [""] + lines[3:]
                pending_quote = None
            out += lines
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build()
