#!/usr/bin/python3
"""Make "docs/Restless Ranges-Notebook.html" from "tools/Restless Ranges-Notebook.txt".

The file imitates the HTML that the Kindle app's "Export Notebook" writes (here from Kindle
for Android, with the APA citation style chosen): an XML declaration and an XHTML 1.0 Strict
doctype, an html element in the wrong namespace, both an http-equiv and an HTML5 charset meta,
the app's fixed style sheet, an empty script and an empty title; then a bodyContainer holding
"Notebook for", the book title, the authors and the citation, an hr, and for each chapter a
sectionHeading followed by noteHeading / noteText pairs. A highlight's heading reads
"Highlight (<span class="highlight_yellow">yellow</span>) - <subsection> &gt; Page N · Location M"
(the subsection part only where the book has one); a typed note's reads "Note - …". Text sits
on its own line between the div tags, with the book's typography kept.

Run from anywhere: /usr/bin/python3 tools/make_kindle.py [output path]
The output is byte-for-byte reproducible.
"""
import os
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "Restless Ranges-Notebook"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".html")

STYLE = """.bodyContainer {
    font-family: Arial, Helvetica, sans-serif;
    text-align: center;
    padding-left: 32px;
    padding-right: 32px;
}

.notebookFor {
    font-size: 18px;
    font-weight: 700;
    text-align: center;
    color: rgb(119, 119, 119);
    margin: 24px 0px 0px;
    padding: 0px;
}

.bookTitle {
    font-size: 32px;
    font-weight: 700;
    text-align: center;
    color: #333333;
    margin-top: 22px;
    padding: 0px;
}

.authors {
    font-size: 13px;
    font-weight: 700;
    text-align: center;
    color: rgb(119, 119, 119);
    margin-top: 22px;
    margin-bottom: 24px;
    padding: 0px;
}

.citation {
    font-size: 16px;
    font-weight: 500;
    text-align: center;
    color: #333333;
    margin-top: 22px;
    margin-bottom: 24px;
    padding: 0px;
}

.sectionHeading {
    font-size: 24px;
    font-weight: 700;
    text-align: left;
    color: #333333;
    margin-top: 24px;
    padding: 0px;
}

.noteHeading {
    font-size: 18px;
    font-weight: 700;
    text-align: left;
    color: #333333;
    margin-top: 20px;
    padding: 0px;
}

.noteText {
    font-size: 18px;
    font-weight: 500;
    text-align: left;
    color: #333333;
    margin: 2px 0px 0px;
    padding: 0px;
}

.highlight_blue {
    color: rgb(178, 205, 251);
}

.highlight_orange {
    color: #ffd7ae;
}

.highlight_pink {
    color: rgb(255, 191, 206);
}

.highlight_yellow {
    color: rgb(247, 206, 0);
}

.notebookGraphic {
    margin-top: 10px;
    text-align: left;
}

.notebookGraphic img {
    -o-box-shadow:      0px 0px 5px #888;
    -icab-box-shadow:   0px 0px 5px #888;
    -khtml-box-shadow:  0px 0px 5px #888;
    -moz-box-shadow:    0px 0px 5px #888;
    -webkit-box-shadow: 0px 0px 5px #888;
    box-shadow:         0px 0px 5px #888;
    max-width: 100%;
    height: auto;
}

hr {
    border: 0px none;
    height: 1px;
    background: none repeat scroll 0% 0% rgb(221, 221, 221);
}
"""

HEAD = """<?xml version="1.0" encoding="UTF-8" ?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
                              "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd" >
<html xmlns="http://www.w3.org/TR/1999/REC-html-in-xml" xml:lang="en"
\tlang="en">
\t<head>
                <meta http-equiv="Content-Type" content="application/xhtml+xml; charset=UTF-8" />
                <!-- HTML5 -->
                <meta charset="UTF-8"/>
\t\t<style type="text/css">
                    """ + STYLE + """
\t\t</style>
\t\t<script type="text/javascript">

\t\t</script>
\t\t<title></title>
\t</head>
    <body>
        <div class="bodyContainer">
            """

TAIL = """
        </div>
    </body>
</html>
"""


def read_source():
    front, items = {}, []
    with open(SRC, encoding="utf-8") as f:
        lines = [l for l in f.read().split("\n") if not l.startswith("%")]
    cur = None
    for line in lines:
        if line.startswith("== "):
            items.append(("section", line[3:]))
            cur = None
        elif line.startswith("# "):
            kind, path, page, loc = [x.strip() for x in line[2:].split("|")]
            cur = ["entry", kind, path, page, loc, []]
            items.append(cur)
        elif line.startswith("@") and not items:
            k, _, v = line[1:].partition(" ")
            front[k] = v
        elif line.strip() and cur is not None:
            cur[5].append(line.strip())
    return front, items


def div(cls, inner):
    return '<div class="%s">\n%s\n</div>\n' % (cls, inner)


def build():
    front, items = read_source()
    out = [div("notebookFor", "Notebook for"),
           div("bookTitle", escape(front["title"])),
           div("authors", escape(front["authors"])),
           div("citation", front["citation"]),  # the app writes the <i> element as is
           "<hr />\n\n"]
    for it in items:
        if it[0] == "section":
            out.append(div("sectionHeading", escape(it[1])))
            continue
        _, kind, path, page, loc, text = it
        where = ("%s &gt; " % escape(path) if path else "") + "Page %s \u00b7 Location %s" % (
            page, loc)
        if kind == "note":
            head = "Note - " + where
        else:
            head = 'Highlight (<span class="highlight_%s">%s</span>) - %s' % (kind, kind, where)
        out.append(div("noteHeading", head))
        out.append(div("noteText", escape(" ".join(text))))
    return HEAD + "".join(out) + TAIL


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(build())
