#!/usr/bin/python3
"""Make "docs/SATAT and CBG - GS3 Energy.html" from "tools/SATAT and CBG - GS3 Energy.txt".

The file is one note exported by legacy Evernote for Mac (7.14) with File > Export Note... >
HTML: an XHTML 1.0 Transitional doctype, a head written on one line (Content-Type meta, the
"Evernote Mac 7.14 (458244)" exporter-version, then altitude, author, created, keywords,
latitude, longitude, source "desktop.mac" and updated metas, the title), and a body carrying
WebKit's note style ("word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break:
after-white-space;") with the ENML of the Mac editor turned into HTML on one line: every
paragraph a <div>, blank lines as <div><br/></div>, headings as a bold span in 18px inside a
div (no h tags), a grey 12px "Src:" line, <ul>/<ol> lists with the text directly in <li>,
legacy highlights (background-color: rgb(255, 250, 165);-evernote-highlight:true;), tables
with a colgroup, fixed layout and inline cell borders and a grey bold header row, checkboxes as
<input type="checkbox"/> (checked="true" for ticked ones), an image pointing into the
"SATAT and CBG - GS3 Energy.resources" folder beside the export (which the set does not hold),
an evernote:///view/... note link in Evernote's green, and a paragraph pasted from PIB in
Bookman Old Style with WebKit's Apple-converted-space span.

Source markup: "key: value" header lines up to "---"; then "# " heading, "- " bullet, "1. "
numbered item, "| a | b |" table rows (first row is the header), "[x] " / "[ ] " to-dos,
"[img name|w|h]", "> " pasted paragraph, [[note link]], **bold**, ==highlight==; a blank line
is an empty paragraph; the first line starting "Src:" is the grey source line.

Run from anywhere: /usr/bin/python3 tools/make_evernote.py [OUT]  (output is byte-for-byte stable)
"""
import os
import re
import sys
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "SATAT and CBG - GS3 Energy"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".html")
HL = '<span style="background-color: rgb(255, 250, 165);-evernote-highlight:true;">'
NOTE_LINK = ("evernote:///view/18427731/s212/5d1c0e2a-4b8f-4f0e-9a61-2f3c7d8e9b10/"
             "5d1c0e2a-4b8f-4f0e-9a61-2f3c7d8e9b10/")
CELL = "border-style: solid; border-width: 1px; border-color: rgb(211, 211, 211); padding: 10px; margin: 0px;"
WIDTHS = {3: [180, 230, 330], 2: [220, 520]}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def inline(s):
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"==(.+?)==", HL + r"\1</span>", s)
    s = re.sub(r"\[\[(.+?)\]\]", r'<a href="%s" style="color: rgb(105, 170, 53);">\1</a>' % NOTE_LINK, s)
    return s


def body(lines):
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("# "):
            out.append('<div><span style="font-size: 18px;"><b>%s</b></span></div>' % inline(line[2:]))
            i += 1
        elif not line.strip():
            out.append("<div><br/></div>")
            i += 1
        elif line.startswith("Src:"):
            out.append('<div><span style="color: rgb(128, 128, 128); font-size: 12px;">%s</span></div>'
                       % inline(line))
            i += 1
        elif line.startswith("[x] ") or line.startswith("[ ] "):
            out.append('<div><input %stype="checkbox"/>%s</div>'
                       % ('checked="true" ' if line[1] == "x" else "", inline(line[4:])))
            i += 1
        elif line.startswith("[img "):
            name, w, h = line[5:-1].split("|")
            src = urllib.parse.quote(NAME + ".resources/" + name)
            out.append('<div><img src="%s" height="%s" width="%s"/><br/></div>' % (src, h, w))
            i += 1
        elif line.startswith("> "):
            label, text = line[2:].split(": ", 1)
            out.append("<div><i>%s:</i></div>" % inline(label))
            out.append('<div style="text-align: justify;"><span style="font-family: \'Bookman Old Style\', '
                       'serif; font-size: 16px; text-align: justify; -webkit-text-size-adjust: auto;">%s</span>'
                       '<span class="Apple-converted-space">&nbsp;</span></div>' % inline(text))
            i += 1
        elif line.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            widths = WIDTHS[len(rows[0])]
            t = ['<div><table style="border-collapse: collapse; table-layout: fixed; width: 100%%;" '
                 'width="100%%"><colgroup>%s</colgroup><tbody>'
                 % "".join('<col style="width: %dpx;"/>' % w for w in widths)]
            for r, row in enumerate(rows):
                t.append("<tr>")
                for c, text in enumerate(row):
                    if r == 0:
                        t.append('<td style="%s width: %dpx; background-color: rgb(242, 242, 242);"><div>'
                                 '<b>%s</b></div></td>' % (CELL, widths[c], inline(text)))
                    else:
                        t.append('<td style="%s width: %dpx;"><div>%s</div></td>'
                                 % (CELL, widths[c], inline(text)))
                t.append("</tr>")
            t.append("</tbody></table></div>")
            out.append("".join(t))
        elif line.startswith("- ") or re.match(r"\d+\. ", line):
            kind = "ul" if line.startswith("- ") else "ol"
            items = []
            while i < len(lines) and ((kind == "ul" and lines[i].startswith("- ")) or
                                      (kind == "ol" and re.match(r"\d+\. ", lines[i]))):
                items.append(lines[i].split(" ", 1)[1])
                i += 1
            out.append("<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % inline(t) for t in items), kind))
        else:
            out.append("<div>%s</div>" % inline(line))
            i += 1
    return "".join(out)


def build(out_path):
    with open(SRC, encoding="utf-8") as f:
        head, text = f.read().split("---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().split("\n"))
    h = ['<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>',
         '<meta name="exporter-version" content="Evernote Mac 7.14 (458244)"/>',
         '<meta name="altitude" content="%s"/>' % meta["altitude"],
         '<meta name="author" content="%s"/>' % esc(meta["author"]),
         '<meta name="created" content="%s"/>' % meta["created"],
         '<meta name="keywords" content="%s"/>' % esc(meta["keywords"]),
         '<meta name="latitude" content="%s"/>' % meta["latitude"],
         '<meta name="longitude" content="%s"/>' % meta["longitude"],
         '<meta name="source" content="desktop.mac"/>',
         '<meta name="updated" content="%s"/>' % meta["updated"],
         "<title>%s</title>" % esc(meta["title"])]
    html = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            "<html><head>%s</head><body style=\"word-wrap: break-word; -webkit-nbsp-mode: space; "
            "-webkit-line-break: after-white-space;\">\n%s\n</body></html>"
            % ("".join(h), body(text.rstrip("\n").split("\n"))))
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
