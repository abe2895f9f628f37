#!/usr/bin/python3
"""Re-make docs/ibc-cirp.rst, a Sphinx source page, from tools/ibc-cirp.txt.

Run: /usr/bin/python3 tools/make_rst.py [OUTPUT]
Standard library only. The source holds one paragraph, list item, table cell or
footnote a line; this script does what the author's editor did (vim, tw=79): it
wraps every text line at 79 columns, hanging continuation lines under the text
of a bullet ("- ", "* - ", "#. ", "1. ") or footnote (".. [#x] "), and never
starts a continuation line with something reStructuredText could take for a
list marker, a field or an explicit markup start. A one-line admonition
(".. tip:: text") is wrapped with its content indented three spaces. Section titles are written
"@# Title" (over- and underlined with #), "@= Title" (underlined with =) and
"@- Title" (underlined with -); the adornment is as long as the title. Lines
starting with "%%" are notes on the source and are left out. Explicit markup
(directives, options, comments, targets, substitution definitions) is copied
as it is. Output is UTF-8 with LF line ends and one final newline.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ibc-cirp.txt")
OUT = os.path.join(HERE, "..", "docs", "ibc-cirp.rst")
WIDTH = 79
MARKER = re.compile(r"^( *)(\* - |- |\* |#\. |\d+\. |\.\. \[#\w*\] |:[^:`]+: |"
                    r"\.\. (?:tip|note|seealso|important)::)")
ADMONITION = re.compile(r"^ *\.\. (?:tip|note|seealso|important):: ")
RISKY = re.compile(r"^(-+|\*|\+|#\.|\d+[.)]|\.\..*|\|.*|:.*|=+|\[.*)$")


def wrap(line):
    m = MARKER.match(line)
    if m:
        first = m.group(1) + m.group(2)
        if m.group(2).startswith((":", "..")):
            hang = m.group(1) + "   "
        else:
            hang = " " * len(first)
    else:
        first = line[:len(line) - len(line.lstrip(" "))]
        hang = first
    words = line[len(first):].lstrip(" ").split(" ")
    if m and m.group(2).endswith("::"):
        first += " "
    lines, cur, prefix = [], [], first
    i = 0
    while i < len(words):
        w = words[i]
        trial = prefix + " ".join(cur + [w])
        if cur and len(trial) > WIDTH:
            # break before w; if w could be misread at the start of a line,
            # carry the previous word down with it
            if RISKY.match(w) and len(cur) > 1:
                i -= 1
                cur.pop()
            lines.append(prefix + " ".join(cur))
            cur, prefix = [], hang
            continue
        cur.append(w)
        i += 1
    lines.append(prefix + " ".join(cur))
    return lines


def build(text):
    out = []
    for line in text.split("\n"):
        if line.startswith("%%"):
            continue
        m = re.match(r"^@([#=-]) (.+)$", line)
        if m:
            bar = m.group(1) * len(m.group(2))
            if m.group(1) == "#":
                out.append(bar)
            out.extend([m.group(2), bar])
            continue
        s = line.strip()
        if len(line) > WIDTH and ADMONITION.match(line):
            out.extend(wrap(line.rstrip()))
        elif not s or (s.startswith("..") and not s.startswith(".. [#")):
            out.append(line.rstrip())
        elif line.startswith(" ") and re.match(r"^:[\w-]+:( |$)", s):
            out.append(line.rstrip())          # directive option
        elif len(line) <= WIDTH:
            out.append(line.rstrip())
        else:
            out.extend(wrap(line.rstrip()))
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(SRC, encoding="utf-8") as f:
        data = build(f.read()).encode("utf-8")
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
