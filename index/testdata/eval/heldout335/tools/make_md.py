#!/usr/bin/python3
"""Re-make docs/natya-shastra-rasa-ia-writer.md from its source text.

The source is the note as typed, with straight quotes and "--"; iA Writer (7.x, macOS) with
Smart Quotes and Smart Dashes on turns them into curly quotes, "—" (and "–" between figures)
as they are typed, so this script does the same, leaving alone what iA Writer's syntax needs
as it is: content-block lines (a line that is only "/file.ext" with an optional (title)), the
"---" section breaks and the table's rule line. iA Writer keeps paragraphs as single lines
(soft wrap), writes UTF-8 with LF line ends and, with Authorship on, appends its Markdown
Annotations block: "---", the hash annotation over the text (the last newline left out,
SHA-256 truncated to 32 hex digits), one author line, and "...".
Usage: make_md.py [OUTPUT]
"""
import hashlib
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "natya-shastra-rasa-ia-writer.txt")
OUT = os.path.join(HERE, "..", "docs", "natya-shastra-rasa-ia-writer.md")
AUTHOR = "Ishita Nair"

OPENERS = set(" \t([{—–/")


def smart_quotes(line):
    out = []
    for i, ch in enumerate(line):
        prev = line[i - 1] if i else " "
        if ch == '"':
            out.append("“" if prev in OPENERS else "”")
        elif ch == "'":
            out.append("‘" if prev in OPENERS else "’")
        else:
            out.append(ch)
    return "".join(out)


def smart_dashes(line):
    line = re.sub(r"(?<=\d)--(?=\d)", "–", line)
    line = re.sub(r"(?<!-)--(?!-)", "—", line)
    return line


def typeset(line):
    if line.strip() == "---" or re.fullmatch(r"\|(---\|)+", line.strip()):
        return line
    if line.startswith("/"):
        return smart_dashes(line)
    return smart_quotes(smart_dashes(line))


def build():
    src = open(SRC, encoding="utf-8").read()
    body = "\n".join(typeset(l) for l in src.split("\n"))
    if not body.endswith("\n"):
        body += "\n"
    text = body[:-1]  # the hash range leaves out the last newline
    n = len(text)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
    block = "\n---\nAnnotations: 0,%d SHA-256 %s  \n@%s: 0,%d  \n...\n" % (n, digest, AUTHOR, n)
    return body + block


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "wb") as f:
        f.write(build().encode("utf-8"))


if __name__ == "__main__":
    main()
