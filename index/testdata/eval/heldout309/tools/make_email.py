#!/usr/bin/python3
"""Re-make docs/fwd-5g-rollout-digest.txt from tools/fwd-5g-rollout-digest.txt.

The document is a forwarded Gmail thread as Thunderbird's "Save As > Text File" writes it on
Windows: a block of "Name: <TAB>value" headers, three blank lines, then the body with CRLF line
endings in UTF-8. Inside the body Gmail's "---------- Forwarded message ---------" parts keep
their own From/Date/Subject/To lines, the inline reply quotes the earlier mail with "> " (and the
mail before that with ">> "), re-wrapped at 76 columns as Gmail does for quoted plain text, while
the newer text and the newsletter's text rendering keep one line per paragraph.

Source markup: "@header Name<TAB>value" for the saved-file header block; lines starting with ">"
are quoted paragraphs to be wrapped (a bare ">" is kept as it is); every other line is copied.
Standard library only; the output is the same byte for byte on every run.
Usage: /usr/bin/python3 tools/make_email.py [output.txt]
"""
import os
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "fwd-5g-rollout-digest"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".txt")
WIDTH = 76


def build():
    out, headers = [], []
    for line in open(SRC, encoding="utf-8").read().split("\n"):
        if line.startswith("@header "):
            name, value = line[8:].split("\t", 1)
            headers.append("%s: \t%s" % (name, value))
            continue
        if headers:
            out.extend(headers + ["", ""])
            headers = []
        if line.startswith(">") and line.strip(">").strip():
            depth = len(line) - len(line.lstrip(">"))
            prefix = ">" * depth + " "
            text = line[depth:].strip()
            out.extend(textwrap.wrap(text, WIDTH, initial_indent=prefix, subsequent_indent=prefix,
                                     break_long_words=False, break_on_hyphens=False))
        else:
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\r\n".join(out) + "\r\n\r\n"


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(build())


if __name__ == "__main__":
    main()
