#!/usr/bin/python3
"""Make docs/ocean-currents-climate-fisheries.ctd from tools/ocean-currents-climate-fisheries.txt.

The output is a CherryTree notebook saved as XML (.ctd), as CherryTree 1.x writes it: an XML
declaration, a <cherrytree> root with <bookmarks list="..."/>, then nested <node> elements
(name, unique_id, prog_lang="custom-colors", tags, readonly, nosearch_me, nosearch_ch,
custom_icon_id, is_bold, foreground, ts_creation, ts_lastsave) indented two spaces a level.
A node's text is a run of <rich_text> elements, one per stretch of text with the same tags
(scale="h1"/"h2" headings, weight="heavy", foreground/background colours in 12-digit hex,
family="monospace", link="webs URL" / link="node ID"); plain runs carry their newlines, so one
element often holds the end of one paragraph and the start of the next. Typed "•" bullets,
"1." items and "☐ ☑ ☒" to-do boxes are plain characters. Tables and code boxes are anchored
widgets: an empty <rich_text justification="left"></rich_text> stands where each sits in the
text, and the <table>/<codebox> element itself comes after the node's text with its
char_offset; a table's header row is written as the LAST <row>, as CherryTree does.

Source markup: "@bookmarks: ids"; "@node DEPTH ID | name | tags | created | saved [| bold=1
fg=#rrggbb]"; "h1: " / "h2: " heading lines; **bold**; !!red!!; ==highlight==; ``mono``;
[label](url) and [label](node:ID) links; "TABLE widths" ... "| a | b |" rows (header first) ...
"ENDTABLE"; "CODE syntax width height" ... "ENDCODE".

Run: /usr/bin/python3 tools/make_ctd.py [output path]   (byte-for-byte stable)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ocean-currents-climate-fisheries.txt")
OUT = os.path.join(HERE, "..", "docs", "ocean-currents-climate-fisheries.ctd")
RED = "#ffff00000000"
YELLOW = "#ffffffff0000"
INLINE = re.compile(r"\*\*(.+?)\*\*|!!(.+?)!!|==(.+?)==|``(.+?)``|\[([^\]]+)\]\(([^)]+)\)")


def esc_text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def esc_attr(s):
    return esc_text(s).replace('"', "&quot;")


def segments(line):
    """(attrs, text) pieces of one source line; attrs is a tuple of (name, value), sorted."""
    out, pos = [], 0
    for m in INLINE.finditer(line):
        if m.start() > pos:
            out.append(((), line[pos:m.start()]))
        if m.group(1):
            out.append(((("weight", "heavy"),), m.group(1)))
        elif m.group(2):
            out.append(((("foreground", RED), ("weight", "heavy")), m.group(2)))
        elif m.group(3):
            out.append(((("background", YELLOW),), m.group(3)))
        elif m.group(4):
            out.append(((("family", "monospace"),), m.group(4)))
        else:
            target = m.group(6)
            link = "node " + target[5:] if target.startswith("node:") else "webs " + target
            out.append(((("link", link),), m.group(5)))
        pos = m.end()
    if pos < len(line):
        out.append(((), line[pos:]))
    return out


class Node:
    def __init__(self, depth, uid, name, tags, created, saved, extra):
        self.depth, self.uid, self.name, self.tags = depth, uid, name, tags
        self.created, self.saved = created, saved
        self.bold = "1" if "bold=1" in extra else "0"
        m = re.search(r"fg=(#\w+)", extra)
        self.fg = m.group(1) if m else ""
        self.runs = []      # [attrs, text]; attrs None marks a widget anchor
        self.widgets = []   # (offset, kind, data)
        self.children = []
        self.offset = 0

    def add(self, attrs, text):
        if self.runs and self.runs[-1][0] == attrs and attrs is not None:
            self.runs[-1][1] += text
        else:
            self.runs.append([attrs, text])
        self.offset += len(text)

    def anchor(self, kind, data):
        self.widgets.append((self.offset, kind, data))
        self.runs.append([None, ""])
        self.offset += 1


def parse():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    bookmarks = lines[0].split(": ", 1)[1]
    roots, stack, node = [], [], None
    i = 1
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.startswith("@node "):
            head, name, tags, created, saved, *extra = line[6:].split(" | ")
            depth, uid = (int(x) for x in head.split())
            node = Node(depth, uid, name, tags, created, saved, " ".join(extra))
            stack = stack[:depth]
            (stack[-1].children if stack else roots).append(node)
            stack.append(node)
            first = True
            continue
        if not first:
            node.add((), "\n")
        first = False
        if line.startswith("TABLE "):
            widths = line[6:]
            rows = []
            while not lines[i].startswith("ENDTABLE"):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            i += 1
            node.anchor("table", (widths, rows))
        elif line.startswith("CODE "):
            syntax, w, h = line[5:].split()
            code = []
            while not lines[i].startswith("ENDCODE"):
                code.append(lines[i])
                i += 1
            i += 1
            node.anchor("codebox", (syntax, w, h, "\n".join(code)))
        elif line.startswith("h1: ") or line.startswith("h2: "):
            node.add((("scale", line[:2]),), line[4:])
        else:
            for attrs, text in segments(line):
                node.add(attrs, text)
    return bookmarks, roots


def node_xml(node, out):
    ind = "  " * (node.depth + 1)
    out.append(
        '%s<node name="%s" unique_id="%d" prog_lang="custom-colors" tags="%s" readonly="0" '
        'nosearch_me="0" nosearch_ch="0" custom_icon_id="0" is_bold="%s" foreground="%s" '
        'ts_creation="%s" ts_lastsave="%s">'
        % (ind, esc_attr(node.name), node.uid, esc_attr(node.tags), node.bold, node.fg,
           node.created, node.saved))
    for attrs, text in node.runs:
        if attrs is None:
            out.append('%s  <rich_text justification="left"></rich_text>' % ind)
        else:
            a = "".join(' %s="%s"' % (k, esc_attr(v)) for k, v in attrs)
            out.append("%s  <rich_text%s>%s</rich_text>" % (ind, a, esc_text(text)))
    for offset, kind, data in node.widgets:
        if kind == "table":
            widths, rows = data
            out.append('%s  <table char_offset="%d" justification="left" col_min="40" '
                       'col_max="400" col_widths="%s">' % (ind, offset, widths))
            for row in rows[1:] + rows[:1]:   # CherryTree keeps the header row last
                out.append("%s    <row>" % ind)
                for cell in row:
                    out.append("%s      <cell>%s</cell>" % (ind, esc_text(cell)))
                out.append("%s    </row>" % ind)
            out.append("%s  </table>" % ind)
        else:
            syntax, w, h, code = data
            out.append('%s  <codebox char_offset="%d" justification="left" frame_width="%s" '
                       'frame_height="%s" width_in_pixels="1" syntax_highlighting="%s" '
                       'highlight_brackets="1" show_line_numbers="1">%s</codebox>'
                       % (ind, offset, w, h, syntax, esc_text(code)))
    for child in node.children:
        node_xml(child, out)
    out.append("%s</node>" % ind)


def build(out_path=OUT):
    bookmarks, roots = parse()
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<cherrytree>",
           '  <bookmarks list="%s"/>' % bookmarks]
    for node in roots:
        node_xml(node, out)
    out.append("</cherrytree>")
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
