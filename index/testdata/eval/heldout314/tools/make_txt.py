#!/usr/bin/python3
"""Make docs/tribal-health-voice-notes.txt from tools/tribal-health-voice-notes.txt.

The note imitates dictation into a phone's notes app with the keyboard's voice typing, shared
as a plain-text file: the first line is the note's title; every later line is one dictation
burst, which the keyboard starts with a capital letter (auto-capitalisation at the start of a
paragraph) and otherwise leaves as heard - run-on, almost without punctuation, spoken
commands such as "full stop", "comma" and "next point" written out as words, digits and "%"
where the recogniser chose them, misheard names left in. No blank lines (the sessions follow
one another with no gap), UTF-8 without a byte-order mark, LF line ends and no line break
after the last line, as the app's "share as text file" writes it.

Run from anywhere: /usr/bin/python3 tools/make_txt.py (byte-for-byte reproducible).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "tribal-health-voice-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "tribal-health-voice-notes.txt")


def main():
    lines = []
    for raw in open(SRC, encoding="utf-8").read().split("\n"):
        if not raw.strip() or raw.startswith("%") or raw.startswith("@session"):
            continue
        if lines:
            raw = raw[0].upper() + raw[1:]
        lines.append(raw.rstrip())
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
