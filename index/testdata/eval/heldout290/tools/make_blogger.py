#!/usr/bin/python3
"""Make docs/blog-09-14-2025.xml from tools/blog-09-14-2025.txt.

The file is a Blogger backup as Settings > Back up content (and Takeout) write it today: an Atom
feed in the 2018 Blogger schema (xmlns:blogger='http://schemas.google.com/blogger/2018'), single
quoted attributes, two-space indentation, one <entry> per page, post and comment with
blogger:type (PAGE, POST, COMMENT), blogger:status (LIVE, DRAFT), an author block with its own
blogger:type (BLOGGER, GOOGLE, ANONYMOUS), title, the body as escaped HTML in <content
type='html'>, blogger:created / published / updated stamps, a blogger:location for one post,
label <category> elements, blogger:filename and blogger:metaDescription; comments carry
blogger:parent and blogger:inReplyTo (empty for a top-level comment).

Each post body is written the way its editor made it:
  editor  - the current Blogger editor: <p>, <h2 style="text-align: left;">, lists with a
            text-align style, a bordered table, a captioned image in a tr-caption-container
            table, the <!--more--> jump break;
  gdocs   - text pasted from Google Docs: a <b style="font-weight:normal;" id="docs-internal-guid-...">
            wrapper, <p dir="ltr"> paragraphs with long inline span styles, bold as
            font-weight:700 runs, aria-level list items wrapping a role="presentation" <p>,
            Docs' 13.999999999999998pt Heading 3, a colgroup table, <br /> between blocks,
            curly apostrophes, a separator-div image;
  classic - the old compose editor: a <div dir="ltr" style="text-align: left;" trbidi="on">
            wrapper, lines ended with <br />, <h3> headings, <b> labels.

Source markup: "@blog" and "@entry" start blocks of "key: value" lines; an entry's body
follows "---": "## " h2, "### " h3, "- " bullet, "1. " numbered item, "| a | b |" table rows
(first row is the header), "[img file|caption]" image, "<!--more-->", **bold**, __italic__;
every other line is a paragraph. Comment bodies are plain text.

Run from anywhere: /usr/bin/python3 tools/make_blogger.py [OUT]  (output is byte-for-byte stable)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "blog-09-14-2025.txt")
OUT = os.path.join(HERE, "..", "docs", "blog-09-14-2025.xml")
IMG = "https://blogger.googleusercontent.com/img/b/R29vZ2xl/"
IMG_KEYS = {
    "npb-2018-categories.png": "AVvXsEh3kQ9rT1mZpL0c2yWf8uN4aVbXe6sJd5oGqHt7RkC1wYzEuP9nLmS0iBvA2xDcF4gKjH8lTrUo6eYpNq3sWzXv",
    "panipat-2g-ethanol-plant.jpg": "AVvXsEgT5nP2kLw9cVb8rQx1mZe4yHs7uJd3oFa6gKt0iWpRn2lEcXvB5sYqMh9jNu4tDz8fGrAw1kCe7oLpSbIyUv",
}
DOCS_GUID = "docs-internal-guid-5a8c1f2e-7fff-3b1d-64a0-0c9a1d2b7e51"
SPAN = ("font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;"
        "font-weight:%d;font-style:normal;font-variant:normal;text-decoration:none;"
        "vertical-align:baseline;white-space:pre;white-space:pre-wrap;")
P_DOCS = '<p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"%s>'


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def inline(s):
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"__(.+?)__", r"<i>\1</i>", s)
    return s


def docs_runs(s, size=None, colour="#000000"):
    """Google Docs clipboard runs: one span per bold / plain stretch."""
    s = esc(s).replace("'", "\u2019")
    out = []
    for i, part in enumerate(re.split(r"\*\*(.+?)\*\*", s)):
        if not part:
            continue
        style = SPAN % (700 if i % 2 else 400)
        if size:
            style = style.replace("font-size:11pt", "font-size:%s" % size)
        style = style.replace("color:#000000", "color:%s" % colour)
        out.append('<span style="%s">%s</span>' % (style, part))
    return "".join(out)


def image(name, caption, style):
    key = IMG_KEYS[name]
    big = "%s%s/s1600/%s" % (IMG, key, name)
    small = "%s%s/w400-h225/%s" % (IMG, key, name)
    img = ('<a href="%s" style="margin-left: 1em; margin-right: 1em;"><img border="0" '
           'data-original-height="720" data-original-width="1280" height="225" src="%s" '
           'width="400" /></a>' % (big, small))
    if caption:
        return ('<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" '
                'style="margin-left: auto; margin-right: auto;"><tbody><tr><td style="text-align: '
                'center;">%s</td></tr><tr><td class="tr-caption" style="text-align: center;">%s'
                '</td></tr></tbody></table>' % (img.replace(' style="margin-left: 1em; margin-right: 1em;"',
                                                             ' style="margin-left: auto; margin-right: auto;"'),
                                                inline(caption)))
    return '<div class="separator" style="clear: both; text-align: center;">%s</div>' % img


def blocks(lines):
    """Group body lines into (kind, payload) blocks."""
    out, i = [], 0
    while i < len(lines):
        l = lines[i]
        if l.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            out.append(("table", rows))
            continue
        if l.startswith("- ") or re.match(r"\d+\. ", l):
            kind = "ul" if l.startswith("- ") else "ol"
            items = []
            while i < len(lines) and ((kind == "ul" and lines[i].startswith("- ")) or
                                      (kind == "ol" and re.match(r"\d+\. ", lines[i]))):
                items.append(lines[i].split(" ", 1)[1])
                i += 1
            out.append((kind, items))
            continue
        if l.startswith("### "):
            out.append(("h3", l[4:]))
        elif l.startswith("## "):
            out.append(("h2", l[3:]))
        elif l.startswith("[img "):
            name, caption = l[5:-1].split("|")
            out.append(("img", (name, caption)))
        elif l == "<!--more-->":
            out.append(("more", None))
        elif l.strip():
            out.append(("p", l))
        i += 1
    return out


def html_editor(lines):
    out = []
    for kind, x in blocks(lines):
        if kind == "p":
            out.append("<p>%s</p>" % inline(x))
        elif kind in ("h2", "h3"):
            out.append('<%s style="text-align: left;">%s</%s>' % (kind, inline(x), kind))
        elif kind in ("ul", "ol"):
            out.append('<%s style="text-align: left;">%s</%s>'
                       % (kind, "".join("<li>%s</li>" % inline(t) for t in x), kind))
        elif kind == "table":
            w = "%.4f" % (100.0 / len(x[0]))
            rows = []
            for r, row in enumerate(x):
                cells = "".join('<td style="width: %s%%;">%s</td>'
                                % (w, "<b>%s</b>" % inline(c) if r == 0 else inline(c)) for c in row)
                rows.append("<tr>%s</tr>" % cells)
            out.append('<table border="1" style="border-collapse: collapse; width: 100%%;">'
                       '<tbody>%s</tbody></table>' % "".join(rows))
        elif kind == "img":
            out.append(image(x[0], x[1], "editor"))
        elif kind == "more":
            out.append("<!--more-->")
    return "\n".join(out)


def html_gdocs(lines):
    out = []
    for kind, x in blocks(lines):
        if kind == "p":
            out.append(P_DOCS % "" + docs_runs(x) + "</p>")
        elif kind == "h2":
            out.append('<h2 dir="ltr" style="line-height:1.38;margin-top:18pt;margin-bottom:6pt;">%s</h2>'
                       % docs_runs(x, "16pt"))
        elif kind == "h3":
            out.append('<h3 dir="ltr" style="line-height:1.38;margin-top:16pt;margin-bottom:4pt;">%s</h3>'
                       % docs_runs(x, "13.999999999999998pt", "#434343"))
        elif kind in ("ul", "ol"):
            lst = "disc" if kind == "ul" else "decimal"
            li_style = ("list-style-type:%s;" % lst) + (SPAN % 400).replace("white-space:pre;white-space:pre-wrap;", "white-space:pre;")
            items = "".join('<li dir="ltr" style="%s" aria-level="1">%s%s</p></li>'
                            % (li_style, P_DOCS % ' role="presentation"', docs_runs(t)) for t in x)
            out.append('<%s style="margin-top:0;margin-bottom:0;padding-inline-start:48px;">%s</%s>'
                       % (kind, items, kind))
        elif kind == "table":
            cols = "".join('<col width="%d" />' % w for w in ([136, 240, 248] if len(x[0]) == 3 else [200] * len(x[0])))
            td = ("border-left:solid #000000 1pt;border-right:solid #000000 1pt;border-bottom:solid #000000 1pt;"
                  "border-top:solid #000000 1pt;vertical-align:top;padding:5pt 5pt 5pt 5pt;overflow:hidden;"
                  "overflow-wrap:break-word;")
            rows = []
            for r, row in enumerate(x):
                cells = "".join('<td style="%s"><p dir="ltr" style="line-height:1.2;margin-top:0pt;'
                                'margin-bottom:0pt;">%s</p></td>'
                                % (td, docs_runs("**%s**" % c if r == 0 else c)) for c in row)
                rows.append('<tr style="height:0pt">%s</tr>' % cells)
            out.append('<div dir="ltr" style="margin-left:0pt;" align="left"><table style="border:none;'
                       'border-collapse:collapse;"><colgroup>%s</colgroup><tbody>%s</tbody></table></div>'
                       % (cols, "".join(rows)))
        elif kind == "img":
            out.append(image(x[0], x[1], "gdocs"))
    return '<b style="font-weight:normal;" id="%s">%s</b>' % (DOCS_GUID, "<br />".join(out))


def html_classic(lines):
    out = []
    for kind, x in blocks(lines):
        if kind == "p":
            out.append("%s<br />" % inline(x))
        elif kind in ("h2", "h3"):
            out.append('<%s style="text-align: left;">%s</%s>' % (kind, inline(x), kind))
        elif kind in ("ul", "ol"):
            out.append('<%s style="text-align: left;">\n%s\n</%s>'
                       % (kind, "\n".join("<li>%s</li>" % inline(t) for t in x), kind))
    return '<div dir="ltr" style="text-align: left;" trbidi="on">\n%s</div>' % "\n".join(out)


def comment_html(lines):
    return "<br />".join(esc(l) for l in lines if l.strip())


def parse():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    chunks = re.split(r"^@(blog|entry)\n", text, flags=re.M)[1:]
    blog, entries = None, []
    for kind, chunk in zip(chunks[0::2], chunks[1::2]):
        if kind == "blog":
            blog = dict(l.split(": ", 1) for l in chunk.strip().split("\n"))
            continue
        head, body = chunk.split("---\n", 1)
        meta = dict(l.split(": ", 1) for l in head.strip().split("\n"))
        entries.append((meta, body.rstrip("\n").split("\n")))
    return blog, entries


def build(out_path):
    blog, entries = parse()
    tag = "tag:blogger.com,1999:blog-%s" % blog["id"]
    out = ["<?xml version='1.0' encoding='utf-8'?>",
           "<feed xmlns='http://www.w3.org/2005/Atom' xmlns:blogger='http://schemas.google.com/blogger/2018'>",
           "  <id>%s</id>" % tag,
           "  <title>%s</title>" % esc(blog["title"])]
    for meta, body in entries:
        out.append("  <entry>")
        out.append("    <id>%s.post-%s</id>" % (tag, meta["id"]))
        if meta["type"] == "COMMENT":
            out.append("    <blogger:parent>%s.post-%s</blogger:parent>" % (tag, meta["parent"]))
            if meta.get("inreplyto"):
                out.append("    <blogger:inReplyTo>%s.post-%s</blogger:inReplyTo>" % (tag, meta["inreplyto"]))
            else:
                out.append("    <blogger:inReplyTo/>")
        out.append("    <blogger:type>%s</blogger:type>" % meta["type"])
        out.append("    <blogger:status>%s</blogger:status>" % meta["status"])
        if meta["author"] == "blog":
            name, atype, uri = blog["author"], "BLOGGER", blog["profile"]
        else:
            name, atype, uri = meta["author"].split("|")
        out.append("    <author>")
        out.append("      <name>%s</name>" % esc(name))
        out.append("      <uri>%s</uri>" % uri if uri else "      <uri></uri>")
        out.append("      <blogger:type>%s</blogger:type>" % atype)
        out.append("    </author>")
        if meta["type"] == "COMMENT":
            html = comment_html(body)
        else:
            out.append("    <title>%s</title>" % esc(meta["title"]))
            html = {"editor": html_editor, "gdocs": html_gdocs, "classic": html_classic}[meta["style"]](body)
        out.append("    <content type='html'>%s</content>" % esc(html))
        if meta.get("meta"):
            out.append("    <blogger:metaDescription>%s</blogger:metaDescription>" % esc(meta["meta"]))
        out.append("    <blogger:created>%s</blogger:created>" % meta["created"])
        out.append("    <published>%s</published>" % meta["published"])
        out.append("    <updated>%s</updated>" % meta["updated"])
        if meta.get("filename", "").startswith("/2024/08/"):
            out.append("    <blogger:location>")
            out.append("      <blogger:name>Kochi, Kerala, India</blogger:name>")
            out.append("      <blogger:latitude>9.9312328</blogger:latitude>")
            out.append("      <blogger:longitude>76.26730409999999</blogger:longitude>")
            out.append("      <blogger:span>0.35215837439432893,0.43945312499999994</blogger:span>")
            out.append("    </blogger:location>")
        for label in (meta["labels"].split(", ") if meta.get("labels") else []):
            out.append("    <category scheme='%s' term='%s'/>" % (tag, esc(label)))
        if meta.get("filename"):
            out.append("    <blogger:filename>%s</blogger:filename>" % meta["filename"])
        out.append("  </entry>")
    out.append("</feed>")
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
