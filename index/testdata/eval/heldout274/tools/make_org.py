#!/usr/bin/python3
"""Make docs/cpi-wpi-base-years.org from tools/cpi-wpi-base-years.txt.

The .org file is a student's literate (org-babel) notebook as Emacs 29 / Org 9.6 saves it. The
source is the file as typed; this script does what Emacs does on save-and-tidy:
  - fills paragraphs, list items and footnote definitions to fill-column 70 (M-q), list items
    with a hanging indent under the bullet's text;
  - aligns tables as org-table-align does (column widths from the widest cell, columns of mostly
    numbers right-aligned, "|---+---|" rules);
  - computes the cells a "#+TBLFM:" line names (vsum over @I..@II, column differences, an
    optional printf format) as C-c C-c on the formula line would;
  - pushes heading tags out to end at column 77 (org-tags-column -77).
Source blocks, #+RESULTS: output, drawers, planning lines and keywords are copied as they are.

Run from anywhere: /usr/bin/python3 tools/make_org.py [output.org]
Standard library only; the output is byte for byte the same on every run (UTF-8, LF).
"""
import os
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "cpi-wpi-base-years.txt")
OUT = os.path.join(HERE, "..", "docs", "cpi-wpi-base-years.org")
FILL = 70
TAGS_COL = 77
# org-table-number-regexp (Org 9.6 default): decides which columns are right-aligned
NUM = re.compile(r"^([<>]?[-+^.0-9]*[0-9][-+^.0-9eEdDx()%:]*|[<>]?[-+]?0[xX][0-9a-fA-F.]+"
                 r"|[<>]?[-+]?[0-9]+#[0-9a-zA-Z.]+|nan|[-+u]?inf)$")


def fill(text, first, rest):
    return textwrap.fill(text, width=FILL, initial_indent=first, subsequent_indent=rest,
                         break_long_words=False, break_on_hyphens=False)


def heading(line):
    m = re.match(r"^(\*+ .*?)\s+(:[\w:@]+:)\s*$", line)
    if not m:
        return line.rstrip()
    title, tags = m.group(1), m.group(2)
    pad = max(1, TAGS_COL - len(title) - len(tags))
    return title + " " * pad + tags


def parse_rows(rows):
    out = []
    for r in rows:
        if re.match(r"^\|-", r):
            out.append(None)
        else:
            out.append([c.strip() for c in r.strip().strip("|").split("|")])
    return out


def fmt(v, f):
    if f:
        return f % v
    if abs(v - round(v)) < 1e-9:
        return str(int(round(v)))
    return repr(v)


def num(c):
    return float(c) if re.match(r"^[-+]?\d+(\.\d*)?$", c or "") else 0.0


def apply_tblfm(rows, tblfm):
    hl = [i for i, r in enumerate(rows) if r is None]
    data = [i for i, r in enumerate(rows) if r is not None]
    last = data[-1]
    for f in tblfm.split("::"):
        lhs, rhs = f.split("=", 1)
        rhs, _, pf = rhs.partition(";")
        m = re.match(r"@>\$(\d+)(?:\.\.@>\$(\d+))?$", lhs)
        if m:
            c1 = int(m.group(1))
            c2 = int(m.group(2) or c1)
            assert rhs == "vsum(@I..@II)"
            for c in range(c1, c2 + 1):
                tot = sum(num(rows[i][c - 1]) for i in range(hl[0] + 1, hl[1]))
                rows[last][c - 1] = fmt(tot, pf)
            continue
        m = re.match(r"\$(\d+)$", lhs)
        rm = re.match(r"\$(\d+)-\$(\d+)$", rhs)
        assert m and rm
        tgt, a, b = int(m.group(1)), int(rm.group(1)), int(rm.group(2))
        for i in range(hl[0] + 1, len(rows)):
            if rows[i] is not None:
                rows[i][tgt - 1] = fmt(num(rows[i][a - 1]) - num(rows[i][b - 1]), pf)
    return rows


def align(rows):
    ncol = max(len(r) for r in rows if r is not None)
    for r in rows:
        if r is not None:
            r.extend([""] * (ncol - len(r)))
    widths, right = [], []
    for c in range(ncol):
        cells = [r[c] for r in rows if r is not None]
        widths.append(max(len(x) for x in cells))
        filled = [x for x in cells if x]
        right.append(sum(1 for x in filled if NUM.match(x)) > 0.5 * len(filled))
    out = []
    for r in rows:
        if r is None:
            out.append("|" + "+".join("-" * (w + 2) for w in widths) + "|")
        else:
            cells = [(x.rjust(w) if rt else x.ljust(w)) for x, w, rt in zip(r, widths, right)]
            out.append("| " + " | ".join(cells) + " |")
    return out


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if not l.startswith("%%")]
    out, i, in_src = [], 0, False
    while i < len(lines):
        line = lines[i]
        s = line.strip()
        if in_src:
            out.append(line)
            if s.lower() == "#+end_src":
                in_src = False
            i += 1
            continue
        if s.lower().startswith("#+begin_src"):
            in_src = True
            out.append(line)
        elif s.startswith("|"):
            block = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                block.append(lines[i])
                i += 1
            rows = parse_rows(block)
            if i < len(lines) and lines[i].startswith("#+TBLFM:"):
                rows = apply_tblfm(rows, lines[i][len("#+TBLFM:"):].strip())
            out.extend(align(rows))
            continue
        elif s.startswith("*") and re.match(r"^\*+ ", line):
            out.append(heading(line))
        elif (not s or s.startswith("#") or s.startswith(":") or
              re.match(r"^(CLOSED|SCHEDULED|DEADLINE):", s)):
            out.append(line.rstrip())
        elif s.startswith("- "):
            out.append(fill(s[2:], "- ", "  "))
        elif re.match(r"^\d+\. ", s):
            lab = s.split(" ", 1)[0] + " "
            out.append(fill(s[len(lab):], lab, " " * len(lab)))
        else:
            out.append(fill(s, "", ""))
        i += 1
    text = "\n".join(out).rstrip("\n") + "\n"
    return text


if __name__ == "__main__":
    dest = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(dest, "w", encoding="utf-8", newline="\n") as f:
        f.write(build())
