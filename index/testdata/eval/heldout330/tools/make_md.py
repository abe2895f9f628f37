#!/usr/bin/python3
"""Make docs/national-emergency-44th-amendment-notes.md from tools/national-emergency-44th-amendment-notes.txt.

The file imitates what `pandoc -s -f docx+styles -t markdown notes.docx -o notes.md
--extract-media=.` (pandoc 3.x, default 72-column wrapping) writes for a student's Word notes:
  - YAML front matter from the Title, Subtitle, Author and Date paragraphs, keys in alphabetical
    order, the author as a list, the title quoted because it holds a colon;
  - Word's table of contents as one paragraph per entry, each a link whose text holds the
    heading number and a nested link for the page number ([1 Heading [2](#id)](#id));
  - ATX headings with Word's heading numbers dropped; paragraphs wrapped at 72 columns;
  - smart punctuation written back as ASCII ("--" for en dashes, straight quotes), and text
    pasted with straight quotes escaped (\\"); other markdown characters escaped (\\[ \\] \\~ \\|);
  - [text]{.underline} for underlined runs, [text]{.mark} for highlighted ones, ^th^ for Word's
    superscript ordinals, []{#_Hlk... .anchor} for a hidden bookmark, a trailing backslash for a
    Shift+Enter line break;
  - tight bullet lists ("-   ", nested by four spaces) and numbered lists ("1.  ");
  - grid tables with +---+ borders and a +===+ line under the bold header row;
  - a fenced div ::: {custom-style="Exam Tip"} for a paragraph in a custom Word style;
  - the picture as ![alt](media/image1.jpeg){width=... height=...} with Word's automatic alt text;
  - a line block ("| ") for the proclamation's lines;
  - footnotes as [^n] with their text at the end.

Run from anywhere: /usr/bin/python3 tools/make_md.py
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "national-emergency-44th-amendment-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "national-emergency-44th-amendment-notes.md")
WIDTH = 72

# page on which Word's table of contents says each heading starts
PAGES = [1, 1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 5, 6]


def smart(s):
    return (s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'")
            .replace("\u2019", "'").replace("\u2014", "---").replace("\u2013", "--")
            .replace("\u2026", "..."))


def esc_text(s, straight=False):
    out = []
    for ch in s:
        if ch in "\\[]<>$|~_@":
            out.append("\\" + ch)
        elif straight and ch in "\"'":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return smart("".join(out))


TOKEN = re.compile(r"(\*\*|\*|\[\^\d+\]|\^[a-z]+\^|\{[umas]q?:.*?\}|\\n)")


def inline(s):
    parts = TOKEN.split(s)
    out = []
    for i, p in enumerate(parts):
        if i % 2 == 0:
            out.append(esc_text(p))
        elif p.startswith("{u:"):
            out.append("[%s]{.underline}" % inline(p[3:-1]))
        elif p.startswith("{m:"):
            out.append("[%s]{.mark}" % inline(p[3:-1]))
        elif p.startswith("{a:"):
            out.append("[]{#%s .anchor}" % p[3:-1])
        elif p.startswith("{sq:"):
            out.append(esc_text(p[4:-1], straight=True))
        elif p == "\\n":
            out.append("\\\n")
        else:
            out.append(p)
    return "".join(out)


BAD_START = re.compile(r"^(?:[-+*>#|:]|\d+[.)]|=+)$|^(?:#|>|\d+\.$)")


def wrap(text, width, first="", cont=""):
    """Fill like pandoc: break at spaces, never start a line with block syntax."""
    lines_out = []
    for hard in text.split("\n"):
        words = hard.split(" ")
        line = first if not lines_out else cont
        start = len(line)
        for w in words:
            if w == "":
                continue
            if len(line) == start:
                line += w
            elif len(line) + 1 + len(w) <= width:
                line += " " + w
            elif BAD_START.match(w) and " " in line[start:]:
                # the space before a would-be list marker is kept unbreakable
                head, last = line.rsplit(" ", 1)
                lines_out.append(head)
                line = cont + last + " " + w
            else:
                lines_out.append(line)
                line = cont + w
        lines_out.append(line)
    return lines_out


def auto_id(text):
    t = re.sub(r"[^\w\s.-]", "", text.replace("\u2013", "").replace("\u2014", ""))
    t = re.sub(r"\s+", "-", t.strip()).lower()
    t = re.sub(r"^[^a-z]+", "", t)
    return t


def plain(s):
    s = re.sub(r"\{[umas]q?:(.*?)\}", r"\1", s)
    return s.replace("**", "").replace("^", "")


def grid_table(widths, rows):
    def border(ch):
        return "+" + "+".join(ch * w for w in widths) + "+"

    out = [border("-")]
    for ri, row in enumerate(rows):
        cells = [wrap(inline(c), w - 2) for c, w in zip(row, widths)]
        h = max(len(c) for c in cells)
        for li in range(h):
            seg = []
            for c, w in zip(cells, widths):
                t = c[li] if li < len(c) else ""
                seg.append(" " + t.ljust(w - 2) + " ")
            out.append("|" + "|".join(seg) + "|")
        out.append(border("=") if ri == 0 else border("-"))
    return out


def yaml_value(v):
    v = inline(v)
    if ": " in v or v.startswith(("'", '"', "[", "{")):
        return '"%s"' % v.replace('"', '\\"')
    return v


def build():
    lines = [l for l in open(SRC, encoding="utf-8").read().split("\n")
             if l and not l.startswith("#")]
    meta, blocks = {}, []
    i = 0
    while i < len(lines):
        l = lines[i]
        if l.startswith("@"):
            k, v = l[1:].split(" ", 1)
            meta[k] = v
        elif l.startswith("TABLE "):
            widths = [int(x) for x in l.split()[1].split(",")]
            rows = []
            i += 1
            while lines[i] != "END":
                rows.append([c.strip() for c in lines[i].strip().strip("|").split(" | ")])
                i += 1
            blocks.append(("TABLE", widths, rows))
        else:
            key, _, rest = l.partition(" ")
            blocks.append((key, rest))
        i += 1

    out = ["---", "author:", "- " + inline(meta["author"]), "date: " + yaml_value(meta["date"]),
           "subtitle: " + yaml_value(meta["subtitle"]), "title: " + yaml_value(meta["title"]),
           "---", ""]
    # heading numbers as Word shows them in its table of contents
    heads, n1, n2 = [], 0, 0
    for b in blocks:
        if b[0] == "H1":
            n1, n2 = n1 + 1, 0
            heads.append(("%d" % n1, b[1]))
        elif b[0] == "H2":
            n2 += 1
            heads.append(("%d.%d" % (n1, n2), b[1]))
    prev = None
    for b in blocks:
        kind = b[0]
        blank = True
        if kind == "TOC":
            out += ["Contents", ""]
            for (num, text), page in zip(heads, PAGES):
                hid = auto_id(plain(text))
                entry = "[%s %s [%d](#%s)](#%s)" % (num, inline(text), page, hid, hid)
                out += wrap(entry, WIDTH) + [""]
            continue
        if kind in ("H1", "H2"):
            out += [("#" if kind == "H1" else "##") + " " + inline(b[1]), ""]
        elif kind == "P":
            out += wrap(inline(b[1]), WIDTH) + [""]
        elif kind in ("UL", "UL2", "OL"):
            if kind == "UL":
                ls = wrap(inline(b[1]), WIDTH, "-   ", "    ")
            elif kind == "UL2":
                ls = wrap(inline(b[1]), WIDTH, "    -   ", "        ")
            else:
                num = 1
                for pb in reversed(out_blocks):
                    if pb == "OL":
                        num += 1
                    else:
                        break
                ls = wrap(inline(b[1]), WIDTH, "%d.  " % num, "    ")
            if prev in ("UL", "UL2", "OL") and (prev == "OL") == (kind == "OL") and out[-1] == "":
                out.pop()
            out += ls + [""]
        elif kind == "TABLE":
            out += grid_table(b[1], b[2]) + [""]
        elif kind == "DIV":
            out += ['::: {custom-style="%s"}' % b[1]]
        elif kind == "ENDDIV":
            if out[-1] == "":
                out.pop()
            out += [":::", ""]
        elif kind == "LB":
            if prev == "LB" and out[-1] == "":
                out.pop()
            out += ["| " + inline(b[1]), ""]
        elif kind == "IMG":
            alt, src, w, h = [x.strip() for x in b[1].split("|")]
            out += wrap('![%s](%s){width="%s" height="%s"}' % (inline(alt), src, w, h), WIDTH) + [""]
        elif kind == "FN":
            num, text = b[1].split(" ", 1)
            out += wrap(inline(text), WIDTH, "[^%s]: " % num, "    ") + [""]
        out_blocks.append(kind)
        prev = kind
    text = "\n".join(out).rstrip("\n") + "\n"
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


out_blocks = []

if __name__ == "__main__":
    build()
