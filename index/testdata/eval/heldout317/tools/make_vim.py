#!/usr/bin/python3
"""Make docs/gs2-l14-ayushman-bharat.txt from tools/gs2-l14-ayushman-bharat.txt.

The output is a student's lecture notes as typed in Vim with the settings of its own modeline
(ft=text fdm=marker ts=8 sw=4 sts=4 noet tw=78) and formatted with gq:

  - every paragraph and list item hard-wrapped at 78 display columns (tabs count to the next
    multiple of 8), never inside a word or at a hyphen; list items ("- ", "* ", "1. ", "->")
    hang their continuation lines under their text, as 'formatoptions' n and autoindent do;
  - with 'noexpandtab', ts=8 and sw=4, indents are written as Vim writes them: 4 columns as four
    spaces, 8 as a tab, 10 or 12 as a tab and two or four spaces (so tabs and spaces mix);
    one pasted quotation keeps the plain spaces it came with;
  - the title is underlined with "="; each section heading carries a fold marker "{{{1" pushed
    out with tabs and is underlined with "=", each subheading "{{{2" and "-"; the underline is
    as long as the heading text; a last "TODO / doubts" fold and an explicit "{{{ ... }}}" block;
  - verbatim lines (the `:r !date` stamp, the header, a tab-aligned current-affairs list, two
    lines with trailing blanks, the modeline as the last line) are kept exactly; a final newline.

Run from anywhere: /usr/bin/python3 tools/make_vim.py (standard library only).
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "gs2-l14-ayushman-bharat.txt")
OUT = os.path.join(HERE, "..", "docs", "gs2-l14-ayushman-bharat.txt")
TW = 78
TS = 8
MARK_COL = 64
ITEM = re.compile(r"(- |\* |\d+\. |-> |[a-z]\) )")


def vim_indent(width, spaces_only=False):
    if spaces_only:
        return " " * width
    return "\t" * (width // TS) + " " * (width % TS)


def wrap(text, first_w, rest_w):
    words = text.split(" ")
    lines, cur, width = [], [], first_w
    for w in words:
        cand = " ".join(cur + [w])
        if cur and width + len(cand) > TW:
            lines.append(" ".join(cur))
            cur, width = [w], rest_w
        else:
            cur.append(w)
    if cur:
        lines.append(" ".join(cur))
    return lines


def marker_line(text, level):
    col = len(text)
    pad = ""
    while col < MARK_COL:
        pad += "\t"
        col = (col // TS + 1) * TS
    return text + (pad or " ") + "{{{%d" % level


def render(line):
    if line.startswith("| "):
        return [line[2:].replace("<TAB>", "\t").replace("<SP>", " ")]
    if line.startswith("|"):
        return [line[1:].replace("<TAB>", "\t").replace("<SP>", " ")]
    if line.startswith("=T "):
        t = line[3:]
        return [t, "=" * len(t)]
    if line.startswith("=H "):
        t = line[3:]
        return [marker_line(t, 1), "=" * len(t)]
    if line.startswith("-H "):
        t = line[3:]
        return [marker_line(t, 2), "-" * len(t)]
    spaces_only = line.startswith("~ ")
    if spaces_only:
        line = line[2:]
    ind = len(line) - len(line.lstrip(" "))
    body = line[ind:]
    m = ITEM.match(body)
    hang = ind + (len(m.group(1)) if m else 0)
    parts = wrap(body, ind, hang)
    out = [vim_indent(ind, spaces_only) + parts[0]]
    out += [vim_indent(hang, spaces_only) + p for p in parts[1:]]
    return out


def main():
    out = []
    with open(SRC, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if line.startswith(";;"):
                continue
            if not line.strip():
                out.append("")
                continue
            out.extend(render(line))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
