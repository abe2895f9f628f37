#!/usr/bin/python3
"""Make docs/soil-health-card-flashcards.txt from tools/soil-health-card-flashcards.txt.

The file imitates a student's flash-card deck typed in Windows Notepad: CRLF line endings, a
header boxed between "=" rules (title, version / date / card count line, how-to-use lines), the
cards grouped under lines like "### SOIL TYPES ###" with blank lines around them, each card a
"Q12." question line (some ending in a Leitner-box tag such as "[box 2]") with the answer on the
following indented lines (four spaces; every seventh card indented with a tab instead, as
typed), sub-points "a)", "b)" on lines of their own, "->" arrows, "--" dashes and "&" for
"and", and a closing "--- end of deck ---" line with a to-do note.

Source mark-up: @title, @line (header lines; {N} becomes the card count), @group NAME, "Q "
question line, two-space-indented answer lines.

Run: /usr/bin/python3 tools/make_txt.py [output.txt]
Standard library only; the output is the same byte for byte on every run.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "soil-health-card-flashcards.txt")
OUT = os.path.join(HERE, "..", "docs", "soil-health-card-flashcards.txt")
RULE = "=" * 72


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    n_cards = sum(1 for l in lines if l.startswith("Q "))
    out = [RULE]
    card = 0
    indent = "    "
    started = False
    for line in lines:
        if line.startswith("@title "):
            out.append(" " + line[7:])
        elif line.startswith("@line "):
            out.append(" " + line[6:].replace("{N}", str(n_cards)))
        elif line.startswith("@group "):
            if not started:
                out.append(RULE)
                started = True
            out += ["", "", "### %s ###" % line[7:], ""]
        elif line.startswith("Q "):
            card += 1
            if out[-1] != "":
                out.append("")
            out.append("Q%d. %s" % (card, line[2:]))
            indent = "\t" if card % 7 == 0 else "    "
        elif line.startswith("  "):
            out.append(indent + line[2:])
        else:
            raise ValueError("unknown source line: %r" % line)
    out += ["", "", "--- end of deck (%d cards) ---" % n_cards,
            "TODO: make cards for erosion & conservation (Vidyastra page) + check worksheet 9 answers", ""]
    return "\r\n".join(out)


def main(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(build())


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else OUT)
