#!/usr/bin/python3
"""Re-make docs/alauddin-market-reforms.mm from tools/alauddin-market-reforms.txt.

Run from anywhere: /usr/bin/python3 tools/make_mm.py [output path]
Standard library only; the output is byte-for-byte reproducible (node IDs come from a CRC of the
node's path, CREATED/MODIFIED stamps from the dates in the source plus CRC-derived offsets).

The file is written the way Freeplane 1.11 saves a map: the <map version="freeplane 1.11.5">
root and the "To view this file" comment; the root node opening on the same line as its MapStyle
hook (properties and the standard map_styles tree); an AutomaticEdgeColor hook; nested <node>
elements with TEXT, FOLDED, POSITION, ID, CREATED and MODIFIED (epoch milliseconds), LINK,
COLOR, BACKGROUND_COLOR and STYLE attributes; TEXT written with XML entities (&apos; &quot;
&amp;) and every non-ASCII character as a hexadecimal character reference (&#x2013;); <edge>
colours for first-level branches in the automatic edge-colour order; <font>, <cloud> and <icon>
elements; rich node text, DETAILS and NOTE as richcontent holding XHTML as Swing's HTML writer
lays it out (two-space indents, text wrapped at 80 columns, non-ASCII as decimal references);
<attribute_layout> and <attribute> elements (numbers and dates with Freeplane's OBJECT form);
and <arrowlink> elements with a middle label.
"""
import os
import re
import sys
import zlib
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "alauddin-market-reforms.txt")
OUT = os.path.join(HERE, "..", "docs", "alauddin-market-reforms.mm")
IST = timezone(timedelta(hours=5, minutes=30))
EDGE = ["#ff0000", "#0000ff", "#00ff00", "#ff00ff", "#00ffff", "#7c0000", "#00007c", "#007c00",
        "#7c007c", "#007c7c", "#7c7c00"]

MAP_STYLE = """<hook NAME="MapStyle" zoom="0.909">
    <properties edgeColorConfiguration="#808080ff,#ff0000ff,#0000ffff,#00ff00ff,#ff00ffff,#00ffffff,#7c0000ff,#00007cff,#007c00ff,#7c007cff,#007c7cff,#7c7c00ff" show_icon_for_attributes="true" associatedTemplateLocation="template:/standard-1.6.mm" show_note_icons="true" fit_to_viewport="false"/>

<map_styles>
<stylenode LOCALIZED_TEXT="styles.root_node" STYLE="oval" UNIFORM_SHAPE="true" VGAP_QUANTITY="24 pt">
<font SIZE="24"/>
<stylenode LOCALIZED_TEXT="styles.predefined" POSITION="bottom_or_right" STYLE="bubble">
<stylenode LOCALIZED_TEXT="default" ID="ID_271890427" ICON_SIZE="12 pt" COLOR="#000000" STYLE="fork">
<arrowlink SHAPE="CUBIC_CURVE" COLOR="#000000" WIDTH="2" TRANSPARENCY="200" DASH="" FONT_SIZE="9" FONT_FAMILY="SansSerif" DESTINATION="ID_271890427" STARTARROW="NONE" ENDARROW="DEFAULT"/>
<font NAME="SansSerif" SIZE="10" BOLD="false" ITALIC="false"/>
<richcontent TYPE="DETAILS" CONTENT-TYPE="plain/auto"/>
<richcontent TYPE="NOTE" CONTENT-TYPE="plain/auto"/>
</stylenode>
<stylenode LOCALIZED_TEXT="defaultstyle.details"/>
<stylenode LOCALIZED_TEXT="defaultstyle.tags">
<font SIZE="10"/>
</stylenode>
<stylenode LOCALIZED_TEXT="defaultstyle.attributes">
<font SIZE="9"/>
</stylenode>
<stylenode LOCALIZED_TEXT="defaultstyle.note" COLOR="#000000" BACKGROUND_COLOR="#ffffff" TEXT_ALIGN="LEFT"/>
<stylenode LOCALIZED_TEXT="defaultstyle.floating">
<edge STYLE="hide_edge"/>
<cloud COLOR="#f0f0f0" SHAPE="ROUND_RECT"/>
</stylenode>
<stylenode LOCALIZED_TEXT="defaultstyle.selection" BACKGROUND_COLOR="#afd3f7" BORDER_COLOR_LIKE_EDGE="false" BORDER_COLOR="#afd3f7"/>
</stylenode>
<stylenode LOCALIZED_TEXT="styles.user-defined" POSITION="bottom_or_right" STYLE="bubble">
<stylenode LOCALIZED_TEXT="styles.topic" COLOR="#18898b" STYLE="fork">
<font NAME="Liberation Sans" SIZE="10" BOLD="true"/>
</stylenode>
<stylenode LOCALIZED_TEXT="styles.subtopic" COLOR="#cc3300" STYLE="fork">
<font NAME="Liberation Sans" SIZE="10" BOLD="true"/>
</stylenode>
<stylenode LOCALIZED_TEXT="styles.subsubtopic" COLOR="#669900">
<font NAME="Liberation Sans" SIZE="10" BOLD="true"/>
</stylenode>
<stylenode LOCALIZED_TEXT="styles.important" ID="ID_67550811">
<icon BUILTIN="yes"/>
<arrowlink COLOR="#003399" TRANSPARENCY="255" DESTINATION="ID_67550811"/>
</stylenode>
</stylenode>
<stylenode LOCALIZED_TEXT="styles.AutomaticLayout" POSITION="bottom_or_right" STYLE="bubble">
<stylenode LOCALIZED_TEXT="AutomaticLayout.level.root" COLOR="#000000" STYLE="oval" SHAPE_HORIZONTAL_MARGIN="10 pt" SHAPE_VERTICAL_MARGIN="10 pt">
<font SIZE="18"/>
</stylenode>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,1" COLOR="#0033ff">
<font SIZE="16"/>
</stylenode>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,2" COLOR="#00b439">
<font SIZE="14"/>
</stylenode>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,3" COLOR="#990000">
<font SIZE="12"/>
</stylenode>
<stylenode LOCALIZED_TEXT="AutomaticLayout.level,4" COLOR="#111111">
<font SIZE="10"/>
</stylenode>
</stylenode>
</stylenode>
</map_styles>
</hook>"""


def attr_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif ch == "'":
            out.append("&apos;")
        elif o < 32 or o > 126:
            out.append("&#x%x;" % o)
        else:
            out.append(ch)
    return "".join(out)


def html_esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == '"':
            out.append("&quot;")
        elif o > 127:
            out.append("&#%d;" % o)
        else:
            out.append(ch)
    return "".join(out)


def wrap(text, indent, width=80):
    """Swing's HTML writer: words on lines of at most `width` columns after the indent."""
    lines, cur = [], ""
    for word in text.split():
        if cur and len(indent) + len(cur) + 1 + len(word) > width:
            lines.append(indent + cur)
            cur = word
        else:
            cur = cur + " " + word if cur else word
    if cur:
        lines.append(indent + cur)
    return lines


def html_block(paras, rich=False):
    """paras: list of ("p", text) / ("li", text); rich=True means the text is already HTML."""
    out = ["<html>", "  <head>", "    ", "  </head>", "  <body>"]
    i = 0
    while i < len(paras):
        kind, text = paras[i]
        body = text if rich else html_esc(text)
        if kind == "p":
            out.append("    <p>")
            out.extend(wrap(body, "      "))
            out.append("    </p>")
            i += 1
        else:
            out.append("    <ul>")
            while i < len(paras) and paras[i][0] == "li":
                out.append("      <li>")
                out.extend(wrap(html_esc(paras[i][1]), "        "))
                out.append("      </li>")
                i += 1
            out.append("    </ul>")
    out.append("  </body>")
    out.append("</html>")
    return out


def ms(stamp):
    dt = datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=IST)
    return int(dt.timestamp()) * 1000


class Node:
    def __init__(self, text, depth, path):
        self.text, self.depth, self.path = text, depth, path
        self.props, self.icons, self.note, self.details = {}, [], [], []
        self.attrs, self.arrows, self.children, self.html = [], [], [], None
        crc = zlib.crc32(path.encode("utf-8"))
        self.id = "ID_%d" % (crc % 2147483647)
        self.crc = crc


def parse():
    with open(SRC, encoding="utf-8") as f:
        lines = [l.rstrip() for l in f.read().split("\n")]
    stack, root = [], None
    for line in lines:
        if not line.strip() or line.lstrip().startswith("# ") or line.strip() == "#":
            continue
        indent = len(line) - len(line.lstrip(" "))
        s = line.strip()
        if s.startswith("- "):
            depth = indent // 2
            while stack and stack[-1].depth >= depth:
                stack.pop()
            parent = stack[-1] if stack else None
            path = (parent.path + "/" if parent else "") + s[2:]
            node = Node(s[2:], depth, path)
            if parent:
                parent.children.append(node)
            else:
                root = node
            stack.append(node)
            continue
        node = stack[-1]
        if s.startswith("@ "):
            for tok in re.findall(r'(\w+)=("[^"]*"|\S+(?: \d\d:\d\d)?)|(\w+)', s[2:]):
                if tok[2]:
                    node.props[tok[2]] = True
                elif tok[0] == "icon":
                    node.icons.append(tok[1])
                else:
                    node.props[tok[0]] = tok[1].strip('"')
        elif s.startswith(">* "):
            node.note.append(("li", s[3:]))
        elif s.startswith("> "):
            node.note.append(("p", s[2:]))
        elif s.startswith("~ "):
            node.details.append(("p", s[2:]))
        elif s.startswith("= "):
            name, _, value = s[2:].partition(" | ")
            node.attrs.append((name, value))
        elif s.startswith("-> "):
            key, _, label = s[3:].partition(" | ")
            node.arrows.append((key, label))
        elif s.startswith("html: "):
            node.html = s[6:]
        else:
            raise ValueError("bad line: %r" % line)
    return root


def walk(node):
    yield node
    for c in node.children:
        yield from walk(c)


def build(out_path=OUT):
    root = parse()
    keys = {n.props["key"]: n for n in walk(root) if "key" in n.props}
    clock = None
    for n in walk(root):
        if "at" in n.props:
            clock = ms(n.props["at"]) + n.crc % 1000
        else:
            clock += (8 + n.crc % 50) * 1000 + (n.crc >> 8) % 1000
        n.created = clock
        n.modified = ms(n.props["mod"]) + (n.crc >> 4) % 1000 if "mod" in n.props \
            else clock + (n.crc >> 12) % 300000
    out = ['<map version="freeplane 1.11.5">',
           "<!--To view this file, download free mind mapping software Freeplane from "
           "https://www.freeplane.org -->"]
    first_level = {id(c): i for i, c in enumerate(root.children)}

    def emit(n):
        a = []
        if n.html is None:
            a.append('TEXT="%s"' % attr_esc(n.text))
        if n is root:
            a.append('FOLDED="false"')
        elif n.props.get("folded"):
            a.append('FOLDED="true"')
        if "pos" in n.props:
            a.append('POSITION="%s"' % {"right": "bottom_or_right", "left": "top_or_left"}[n.props["pos"]])
        a.append('ID="%s" CREATED="%d" MODIFIED="%d"' % (n.id, n.created, n.modified))
        if "link" in n.props:
            a.append('LINK="%s"' % attr_esc(n.props["link"]))
        if "color" in n.props:
            a.append('COLOR="%s"' % n.props["color"])
        if "bg" in n.props:
            a.append('BACKGROUND_COLOR="%s"' % n.props["bg"])
        if "style" in n.props:
            a.append('STYLE="%s"' % n.props["style"])
        head = "<node %s>" % " ".join(a)
        if n is root:
            out.append(head + MAP_STYLE)
            out.append('<hook NAME="AutomaticEdgeColor" COUNTER="%d" RULE="ON_BRANCH_CREATION"/>'
                       % len(root.children))
        else:
            out.append(head)
        if id(n) in first_level:
            out.append('<edge COLOR="%s"/>' % EDGE[first_level[id(n)] % len(EDGE)])
        if "cloud" in n.props:
            out.append('<cloud COLOR="%s" SHAPE="ARC"/>' % n.props["cloud"])
        if "size" in n.props or "bold" in n.props:
            f = []
            if "size" in n.props:
                f.append('SIZE="%s"' % n.props["size"])
            if "bold" in n.props:
                f.append('BOLD="true"')
            out.append("<font %s/>" % " ".join(f))
        for icon in n.icons:
            out.append('<icon BUILTIN="%s"/>' % icon)
        if n.html is not None:
            out.append('<richcontent TYPE="NODE" CONTENT-TYPE="xml/">')
            block = html_block([("p", n.html)], rich=True)
            out.extend(block[:-1])
            out.append(block[-1] + "</richcontent>")
        for kind, paras in (("DETAILS", n.details), ("NOTE", n.note)):
            if paras:
                out.append('<richcontent TYPE="%s" CONTENT-TYPE="xml/">' % kind)
                block = html_block(paras)
                out.extend(block[:-1])
                out.append(block[-1] + "</richcontent>")
        if n.attrs:
            nw = max(len(k) for k, _ in n.attrs) * 6.75 + 20.25
            vw = max(len(v.split(":", 1)[-1]) for _, v in n.attrs) * 6.75 + 20.25
            out.append('<attribute_layout NAME_WIDTH="%.2f pt" VALUE_WIDTH="%.2f pt"/>'
                       % (nw, vw))
            for name, value in n.attrs:
                if value.startswith("n:"):
                    out.append('<attribute NAME="%s" VALUE="%s" OBJECT="org.freeplane.features.'
                               'format.FormattedNumber|%s"/>' % (attr_esc(name), value[2:], value[2:]))
                elif value.startswith("d:"):
                    out.append('<attribute NAME="%s" VALUE="%s" OBJECT="org.freeplane.features.'
                               'format.FormattedDate|%sT00:00+0530|date"/>'
                               % (attr_esc(name), value[2:], value[2:]))
                else:
                    out.append('<attribute NAME="%s" VALUE="%s"/>' % (attr_esc(name), attr_esc(value)))
        for key, label in n.arrows:
            dest = keys[key]
            si = 40 + n.crc % 60
            ei = 30 + dest.crc % 70
            out.append('<arrowlink SHAPE="CUBIC_CURVE" COLOR="#000000" WIDTH="2" TRANSPARENCY="200" '
                       'DASH="" FONT_SIZE="9" FONT_FAMILY="SansSerif" DESTINATION="%s" '
                       'MIDDLE_LABEL="%s" STARTINSET="%d.25 pt;0 pt;" ENDINSET="%d.5 pt;-%d pt;" '
                       'STARTARROW="NONE" ENDARROW="DEFAULT"/>'
                       % (dest.id, attr_esc(label), si, ei, dest.crc % 20))
        for c in n.children:
            emit(c)
        out.append("</node>")

    emit(root)
    out.append("</map>")
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
