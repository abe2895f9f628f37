#!/usr/bin/python3
"""Re-make docs/gs3-disinvestment-lic-nmp-notes.md from tools/gs3-disinvestment-lic-nmp-notes.txt.

The note is a plain Markdown note as Simplenote / Standard Notes keep it:
the first line is the title (no '#'), headings are typed with trailing
hashes ("LIC IPO - the big one ###") or as **bold** lines, '+' bullets,
'1)' numbered lists and a hand-typed pipe table.  The source text is the
note itself; it is written out unchanged with LF line endings and no
trailing newline (the apps do not add one).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gs3-disinvestment-lic-nmp-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "gs3-disinvestment-lic-nmp-notes.md")


def main():
    with open(SRC, encoding="utf-8", newline="") as f:
        text = f.read()
    text = text.replace("\r\n", "\n").rstrip("\n")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
