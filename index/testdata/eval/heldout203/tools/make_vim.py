#!/usr/bin/python3
"""Make docs/rti-exemptions-dpdp-vim.txt from tools/rti-exemptions-dpdp-vim.txt.

The output is what a student gets typing notes in Vim with 'textwidth' 72 and formatting with
gq: every paragraph and list item hard-wrapped at 72 columns (never breaking a word or at a
hyphen), bullets with a two-space hanging indent, numbered and "(a)" items indented under their
text as 'formatoptions' n does, nested bullets indented by two more, the title and headings
underlined with "=" and subheadings with "-" to their own length, verbatim lines (the quoted old
clause, the header lines, the modeline) kept exactly as typed, and a final newline.

Run from anywhere: /usr/bin/python3 tools/make_vim.py (standard library only).
"""
import os
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "rti-exemptions-dpdp-vim.txt")
OUT = os.path.join(HERE, "..", "docs", "rti-exemptions-dpdp-vim.txt")
if len(sys.argv) > 1:  # check.py writes a fresh copy elsewhere to compare
    OUT = sys.argv[1]
TW = 72


def wrap(text, first, rest):
    w = textwrap.TextWrapper(width=TW, initial_indent=first, subsequent_indent=rest,
                             break_long_words=False, break_on_hyphens=False)
    return w.wrap(text)


def main():
    out = []
    with open(SRC, encoding="utf-8") as f:
        src = [l.rstrip("\n") for l in f if not l.startswith("#")]
    for line in src:
        if not line.strip():
            continue
        if line == "~":
            out.append("")
        elif line.startswith("= "):
            t = line[2:]
            out += [t, "=" * len(t)]
        elif line.startswith("== "):
            t = line[3:]
            out += [t, "=" * len(t)]
        elif line.startswith("-- "):
            t = line[3:]
            out += [t, "-" * len(t)]
        elif line.startswith(". "):
            out += wrap(line[2:], "", "")
        elif line.startswith("| "):
            out.append(line[2:])
        elif line.startswith("  - "):
            out += wrap(line[4:], "    - ", "      ")
        elif line.startswith("- "):
            out += wrap(line[2:], "- ", "  ")
        else:
            m = re.match(r"(\d+\.|\([a-z]\)) ", line)
            if not m:
                raise SystemExit("unknown line: %r" % line)
            lead = m.group(0)
            out += wrap(line[len(lead):], lead, " " * len(lead))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
