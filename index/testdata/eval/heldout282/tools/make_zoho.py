#!/usr/bin/python3
"""Make docs/gsgjk7c1e0f3a9b2d48e6a5f0c83d17e92b4a.html from the source text of the same name.

The file is one note card as Zoho Notebook's "Export as HTML" writes it, named after the card's
internal id: the whole page on a single line with no newline at the end; a head holding only a
charset meta and the title; the body carrying the notebook's and the card's metadata as JSON in
data-notebook and data-notecard attributes, HTML-entity encoded (&quot;); the note itself inside
the non-standard <content> tag, here nested twice as some exports do. The editor's markup is kept
as it leaves it: every line a <div>; headings as a bold span with an inline font size; empty
lines as <div><br></div> and bold spacers as <div><b><br></b></div>; list items wrapping a <div>;
a nested list placed straight inside its parent <ul>; a <br class="rte-ignore-br"> inside a
paragraph; a checklist as <div class="checklist"> of divs holding <input type="checkbox"> (with
checked="true" when ticked) and a span; tables with inline border styles; highlights as
<span class="highlight" style=...>; a note link as <a class="rte-link editor-note-link" href="#">;
a bare zohonotebook://notes/ link whose text is just "link"; an inline photo by its attachment id;
&nbsp; where the source asks for it.

Run from anywhere: /usr/bin/python3 tools/make_zoho.py [output path]
"""
import json
import os
import re
import sys
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "gsgjk7c1e0f3a9b2d48e6a5f0c83d17e92b4a"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".html")

TD = "border: 1px solid rgb(204, 204, 204); padding: 4px 8px; vertical-align: top;"


def inline(s):
    s = escape(s, quote=False)
    s = s.replace("{nbsp}", "&nbsp;").replace("{br}", '<br class="rte-ignore-br">')
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"<i>\1</i>", s)
    s = re.sub(r"==(.+?)==",
               r'<span class="highlight" style="background-color: rgb(255, 241, 118);">\1</span>', s)
    s = re.sub(r"\[\[(.+?)\]\]", r'<a class="rte-link editor-note-link" href="#">\1</a>', s)
    s = re.sub(r"\{\{link:(\w+)\}\}", r'<a href="zohonotebook://notes/\1">link</a>', s)
    s = re.sub(r"\[([^\]]+)\]\((https?://[^)]+)\)",
               r'<a href="\2" target="_blank" rel="noopener noreferrer">\1</a>', s)
    return s


def attr_json(d):
    return escape(json.dumps(d, ensure_ascii=False, separators=(",", ":")), quote=True)


def build(out):
    meta, body = {}, []
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if not l.startswith("%") and l.strip()]
    i = 0

    def take(prefix):
        nonlocal i
        items = []
        while i < len(lines) and lines[i].startswith(prefix):
            items.append(lines[i])
            i += 1
        return items

    while i < len(lines):
        line = lines[i]
        if line.startswith("@"):
            k, v = line[1:].split(" ", 1)
            meta[k] = v
            i += 1
        elif line.startswith("H "):
            body.append('<div><span style="font-size: 18px;"><b>%s</b></span></div>' % inline(line[2:]))
            i += 1
        elif line.startswith("P "):
            body.append("<div>%s</div>" % inline(line[2:]))
            i += 1
        elif line == "SP":
            body.append("<div><b><br></b></div>")
            i += 1
        elif line == "BR":
            body.append("<div><br></div>")
            i += 1
        elif line.startswith("IMG "):
            _, src, w = line.split()
            body.append('<div><img src="%s" width="%s" style="max-width: 100%%;"></div>' % (src, w))
            i += 1
        elif line.startswith("- "):
            items = take("-")
            h = ["<ul>"]
            nested = False
            for it in items:
                if it.startswith("-- "):
                    if not nested:
                        h.append("<ul>")
                        nested = True
                    h.append("<li><div>%s</div></li>" % inline(it[3:]))
                else:
                    if nested:
                        h.append("</ul>")
                        nested = False
                    h.append("<li><div>%s</div></li>" % inline(it[2:]))
            if nested:
                h.append("</ul>")
            h.append("</ul>")
            body.append("".join(h))
        elif line.startswith("# "):
            items = take("# ")
            body.append("<ol>%s</ol>" % "".join("<li><div>%s</div></li>" % inline(it[2:])
                                                 for it in items))
        elif line.startswith("["):
            items = take("[")
            h = ['<div class="checklist">']
            for it in items:
                chk = ' checked="true"' if it.startswith("[x]") else ""
                h.append('<div><input type="checkbox"%s><span>%s</span></div>' % (chk, inline(it[4:])))
            h.append("</div>")
            body.append("".join(h))
        elif line.startswith("| "):
            rows = take("| ")
            h = ['<table style="border-collapse: collapse; width: 100%;"><tbody>']
            for r, row in enumerate(rows):
                cells = [c.strip() for c in row.strip().strip("|").split("|")]
                tds = "".join('<td style="%s">%s</td>' % (TD, ("<b>%s</b>" % inline(c)) if r == 0 else inline(c))
                              for c in cells)
                h.append("<tr>%s</tr>" % tds)
            h.append("</tbody></table>")
            body.append("".join(h))
        elif line.startswith("> "):
            items = take("> ")
            body.append("<blockquote>%s</blockquote>" % "".join("<div>%s</div>" % inline(it[2:])
                                                                 for it in items))
        else:
            raise SystemExit("bad line: %r" % line)

    notebook = {"name": meta["notebook"], "cover_id": meta["cover"], "is_private": False,
                "created_date": meta["nb_created"], "modified_date": meta["modified"]}
    notecard = {"color": meta["color"], "name": meta["title"], "created_date": meta["created"],
                "modified_date": meta["modified"]}
    page = ('<html><head><meta charset="UTF-8"><title>%s</title></head>'
            '<body data-notebook="%s" data-notecard="%s"><content><content>%s</content></content>'
            '</body></html>') % (escape(meta["title"], quote=False), attr_json(notebook),
                                 attr_json(notecard), "".join(body))
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(page)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
