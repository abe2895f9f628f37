#!/usr/bin/python3
"""Make docs/sangam-literature-notes.tex from tools/sangam-literature-notes.txt.

The output is a student's LaTeX source for class notes as kept in Overleaf: a "% !TEX program"
magic comment and a few header comments, \\documentclass[11pt,a4paper]{article} with geometry,
fontspec, a commented-out polyglossia block for Tamil script (never got working), booktabs,
array, enumitem, xcolor, hyperref and fancyhdr; two home-made macros (\\imp for red bold
"important" text, \\tn for Tamil words in italics); \\title/\\author/\\date, \\maketitle and
\\tableofcontents; a bold run-in "What is ...?" opening before the first \\section; numbered
\\section and \\subsection headings with \\label{sec:...}, one \\section*; itemize / enumerate
lists (one with (a) labels from enumitem); booktabs tables in table floats with \\caption and
\\label, referred to with Table~\\ref; \\footnote{...}; `` '' quotes, -- dashes, ~ ties, "c.~",
"e.g.\\ "; whole-line and end-of-line % comments (the student's reminders, a mnemonic verse
in Tamil script, commented-out lines).

Run from anywhere: /usr/bin/python3 tools/make_tex.py [output.tex]
Standard library only; the same bytes every time.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sangam-literature-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "sangam-literature-notes.tex")

PREAMBLE = r"""% !TEX program = xelatex
% sangam-literature-notes.tex -- GS1 Ancient History, Lec 9: Sangam Age (1) Literature
% compile twice (toc + refs). needs xelatex or lualatex because of fontspec.
\documentclass[11pt,a4paper]{article}
\usepackage[margin=2.2cm]{geometry}
\usepackage{fontspec}
%\usepackage{polyglossia}            % TODO Tamil script -- kept failing on Overleaf
%\setotherlanguage{tamil}
%\newfontfamily\tamilfont[Script=Tamil]{Noto Sans Tamil}
\usepackage{booktabs}
\usepackage{array}
\usepackage{enumitem}
\usepackage{xcolor}
\usepackage[hidelinks]{hyperref}
\usepackage{fancyhdr}
\pagestyle{fancy}
\fancyhf{}
\lhead{\small GS1 -- Ancient History}
\rhead{\small Lec 9: Sangam literature}
\cfoot{\thepage}
\setlist{noitemsep,topsep=3pt}
\setlength{\parindent}{0pt}
\setlength{\parskip}{4pt}

\newcommand{\imp}[1]{\textcolor{red}{\textbf{#1}}}  % prelims-important
\newcommand{\tn}[1]{\textit{#1}}                    % Tamil word
%\newcommand{\pyq}{\textsuperscript{\,[PYQ]}}        % not using this any more

"""


def text(s):
    """Inline markup of the source to LaTeX."""
    notes = []

    def keep(m):
        notes.append(m.group(1))
        return "\x00%d\x00" % (len(notes) - 1)

    s = re.sub(r"\[\^(.+?)\]", keep, s)
    out = inline(s)
    return re.sub(r"\x00(\d+)\x00", lambda m: "\\footnote{%s}" % inline(notes[int(m.group(1))]),
                  out)


def inline(s):
    s = s.replace("\\\\", "\x01")
    for ch in "&%#$_":
        s = s.replace(ch, "\\" + ch)
    s = re.sub(r'"([^"]+)"', r"``\1''", s)
    s = s.replace("->", r"$\rightarrow$")
    s = s.replace("~", r"$\sim$")
    s = s.replace("...", r"\ldots{}")
    s = re.sub(r"(?<![A-Za-z])c\. ", "c.~", s)
    s = s.replace("e.g. ", "e.g.\\ ").replace("i.e. ", "i.e.\\ ")
    s = re.sub(r"@ref\{([^}]+)\}", r"Table~\\ref{\1}", s)
    s = re.sub(r"\*\*(.+?)\*\*", r"\\textbf{\1}", s)
    s = re.sub(r"!!(.+?)!!", r"\\imp{\1}", s)
    s = re.sub(r"//(.+?)//", r"\\tn{\1}", s)
    s = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"\\emph{\1}", s)
    return s.replace("\x01", "\\\\")


def heading(cmd, rest):
    m = re.match(r"(.*?)(?: \{([\w:]+)\})?$", rest)
    out = "\\%s{%s}" % (cmd, inline(m.group(1)))
    if cmd == "section*":
        out += "\n\\addcontentsline{toc}{section}{%s}" % inline(m.group(1))
    if m.group(2):
        out += "\\label{%s}" % m.group(2)
    return out


def build():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    front, body = {}, []
    lists = []            # stack of open list environments
    table = None

    def close_lists(depth=0):
        while len(lists) > depth:
            body.append("  " * (len(lists) - 1) + "\\end{%s}" % lists.pop())

    for raw in lines:
        if raw.startswith("%%"):
            continue
        if table is not None:
            if raw == "@endtable":
                spec, cap, lab = table[0]
                rows = table[1:]
                body.append("\\begin{table}[h]")
                body.append("\\centering\\small")
                body.append("\\begin{tabular}{%s}" % spec)
                body.append("\\toprule")
                for i, r in enumerate(rows):
                    cells = [inline(c) for c in r.split(" | ")]
                    if i == 0:
                        cells = ["\\textbf{%s}" % c for c in cells]
                    body.append(" & ".join(cells) + " \\\\")
                    if i == 0:
                        body.append("\\midrule")
                body.append("\\bottomrule")
                body.append("\\end{tabular}")
                body.append("\\caption{%s}\\label{%s}" % (inline(cap), lab))
                body.append("\\end{table}")
                table = None
            else:
                table.append(raw)
            continue
        trail = ""
        if "  %% " in raw:
            raw, note = raw.split("  %% ", 1)
            trail = "  % " + note
        s = raw
        if s.startswith("@title ") or s.startswith("@author ") or s.startswith("@date "):
            k, v = s.split(" ", 1)
            front[k[1:]] = v
            continue
        if s.startswith("@table"):
            close_lists()
            m = re.match(r"@table\{(.+?)\}\{(.+?)\}\{(.+?)\}$", s)
            table = [(m.group(1), m.group(2), m.group(3))]
            if body and body[-1] != "":
                body.append("")
            continue
        if s.startswith("%"):
            body.append(("  " * len(lists)) + s if lists and s.startswith("%-") else s)
            continue
        if s.startswith("@@ "):
            close_lists()
            body.append(s[3:])
            continue
        m = re.match(r"^(#\*|##|#) (.*)$", s)
        if m:
            close_lists()
            cmd = {"#": "section", "#*": "section*", "##": "subsection"}[m.group(1)]
            body.append(heading(cmd, m.group(2)) + trail)
            continue
        m = re.match(r"^( *)(- |\d+\. |\([a-z]\) )(.*)$", s)
        if m:
            depth = len(m.group(1)) // 2 + 1
            kind = "itemize" if m.group(2) == "- " else "enumerate"
            close_lists(depth)
            if len(lists) < depth:
                if kind == "enumerate" and m.group(2).startswith("("):
                    body.append("  " * (depth - 1) + "\\begin{enumerate}[label=(\\alph*)]")
                else:
                    body.append("  " * (depth - 1) + "\\begin{%s}" % kind)
                lists.append(kind)
            body.append("  " * depth + "\\item " + text(m.group(3)) + trail)
            continue
        if not s.strip():
            close_lists()
            body.append("")
            continue
        close_lists()
        body.append(text(s) + trail)
    close_lists()
    while body and body[0] == "":
        body.pop(0)
    while body and body[-1] == "":
        body.pop()
    head = PREAMBLE + "\\title{%s}\n\\author{%s}\n\\date{%s}\n\n" % (
        inline(front["title"]), inline(front["author"]), inline(front["date"]))
    doc = head + "\\begin{document}\n\\maketitle\n\\tableofcontents\n\\bigskip\n\n"
    doc += "\n".join(body) + "\n\n\\end{document}\n"
    doc = re.sub(r"\n{3,}", "\n\n", doc)
    return doc


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(build())


if __name__ == "__main__":
    main()
