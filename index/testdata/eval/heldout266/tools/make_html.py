#!/usr/bin/python3
"""Make docs/101st-amendment-gst-notes.html from tools/101st-amendment-gst-notes.txt.

The file is an Apple Notes note as a small AppleScript/JXA exporter writes it: a bare
<html><head> with a charset meta, the note's name as <title>, its creation and modification
dates (AppleScript's long date format for an Indian-English Mac), folder and account as meta
tags, then the note's own `body` HTML unchanged inside <body>. That body is what Notes itself
produces: one block per line, the title as <div><h1>, Heading and Subheading styles as
<div><h2> and <div><h3>, body lines as <div>, empty lines as <div><br></div>, bulleted lists
as <ul>, dashed lists as <ul class="Apple-dash-list">, numbered lists as <ol>, nested items
as a <ul> placed as a sibling after the parent <li> (not inside it), checklists as a bare <ul>
(the ticks are lost), Monostyled text as <font face="Courier"><tt>, a table wrapped in
<object> with Apple's inline cell styles and a <div> in every cell, text pasted from a web page
keeping its inline <span style> and a no-break space, an attached picture inlined as a
data: URI, <b>, <i> and <strike>, raw UTF-8 for curly quotes, dashes, arrows and emoji.

Source markup: "@key value" header lines; "# " title, "## " heading, "### " subheading,
"- " bullet, "  - " nested bullet, "-- " dashed item, "1. " numbered item, "[] " checklist
item, "| a | b" table row, "`" monostyled line, ">paste|site|text" pasted web text, "!img" the
picture, **bold**, *italic*, ~~strike~~; a blank line is an empty paragraph.

Run from anywhere: /usr/bin/python3 tools/make_html.py [output path]   (byte-for-byte stable)
"""
import base64
import datetime
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "101st-amendment-gst-notes.txt")
OUT = os.path.join(HERE, "..", "docs", "101st-amendment-gst-notes.html")
TD = ('<td valign="top" style="border-style: solid; border-width: 1.0px 1.0px 1.0px 1.0px; '
      'border-color: #ccc; padding: 3.0px 5.0px 3.0px 5.0px; min-width: 70px">')
PASTE = ('<span style="caret-color: rgb(51, 51, 51); color: rgb(51, 51, 51); font-family: '
         '&quot;Open Sans&quot;, Arial, sans-serif; font-size: 14px; background-color: '
         'rgb(255, 255, 255);">')


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def inline(s):
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<i>\1</i>", s)
    s = re.sub(r"~~(.+?)~~", r"<strike>\1</strike>", s)
    return s


def applescript_date(stamp):
    d = datetime.datetime.strptime(stamp[:19], "%Y-%m-%d %H:%M:%S")
    hour = d.hour % 12 or 12
    return "%s, %d %s %d at %d:%02d:%02d %s" % (
        d.strftime("%A"), d.day, d.strftime("%B"), d.year, hour, d.minute, d.second,
        "PM" if d.hour >= 12 else "AM")


def picture():
    """A 180x96 PNG: two boxes (List I, List II) with arrows, as a phone screenshot crop."""
    w, h = 180, 96
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            px = (250, 250, 250)
            for x0, col in ((8, (66, 133, 244)), (100, (234, 67, 53))):
                if x0 <= x < x0 + 72 and 10 <= y < 86:
                    edge = x in (x0, x0 + 71) or y in (10, 85)
                    px = col if edge else ((232, 240, 254) if x0 == 8 else (252, 232, 230))
                    if not edge and 22 <= y < 80 and (y - 22) % 9 < 2 and x0 + 8 <= x < x0 + 60:
                        px = (120, 120, 120)
                    if not edge and 14 <= y < 19 and x0 + 8 <= x < x0 + 40:
                        px = col
            if 82 <= x < 98 and y in (40, 41, 60, 61):
                px = (60, 60, 60)
            raw += bytes(px)

    def chunk(kind, data):
        return (struct.pack(">I", len(data)) + kind + data +
                struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))
    return base64.b64encode(png).decode("ascii")


def body(lines):
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("# "):
            out.append("<div><h1>%s</h1></div>" % inline(line[2:]))
            i += 1
        elif line.startswith("## "):
            out.append("<div><h2>%s</h2></div>" % inline(line[3:]))
            i += 1
        elif line.startswith("### "):
            out.append("<div><h3>%s</h3></div>" % inline(line[4:]))
            i += 1
        elif not line.strip():
            out.append("<div><br></div>")
            i += 1
        elif line == "!img":
            out.append('<div><img src="data:image/png;base64,%s"><br></div>' % picture())
            i += 1
        elif line.startswith("`"):
            out.append('<div><font face="Courier"><tt>%s</tt></font></div>' % esc(line[1:]))
            i += 1
        elif line.startswith(">paste|"):
            _, _site, text = line.split("|", 2)
            text = esc(text).replace("(1) of", "(1)&nbsp;of")
            out.append("<div>%s%s</span></div>" % (PASTE, text))
            i += 1
        elif line.startswith("| "):
            out.append('<div><object><table cellspacing="0" cellpadding="0" '
                       'style="border-collapse: collapse; direction: ltr">')
            out.append("<tbody>")
            while i < len(lines) and lines[i].startswith("| "):
                cells = [c.strip() for c in lines[i][2:].split(" | ")]
                out.append("<tr>")
                for c in cells:
                    out.append("%s<div>%s</div></td>" % (TD, inline(c)))
                out.append("</tr>")
                i += 1
            out.append("</tbody>")
            out.append("</table></object><br></div>")
        elif line.startswith("-- "):
            out.append('<ul class="Apple-dash-list">')
            while i < len(lines) and lines[i].startswith("-- "):
                out.append("<li>%s</li>" % inline(lines[i][3:]))
                i += 1
            out.append("</ul>")
        elif line.startswith("[] "):
            out.append("<ul>")
            while i < len(lines) and lines[i].startswith("[] "):
                out.append("<li>%s</li>" % inline(lines[i][3:]))
                i += 1
            out.append("</ul>")
        elif re.match(r"\d+\. ", line):
            out.append("<ol>")
            while i < len(lines) and re.match(r"\d+\. ", lines[i]):
                out.append("<li>%s</li>" % inline(lines[i].split(". ", 1)[1]))
                i += 1
            out.append("</ol>")
        elif line.startswith("- "):
            out.append("<ul>")
            while i < len(lines) and (lines[i].startswith("- ") or lines[i].startswith("  - ")):
                if lines[i].startswith("  - "):
                    out.append("<ul>")
                    while i < len(lines) and lines[i].startswith("  - "):
                        out.append("<li>%s</li>" % inline(lines[i][4:]))
                        i += 1
                    out.append("</ul>")
                else:
                    out.append("<li>%s</li>" % inline(lines[i][2:]))
                    i += 1
            out.append("</ul>")
        else:
            out.append("<div>%s</div>" % inline(line))
            i += 1
    return "\n".join(out)


def build(path):
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().rstrip("\n").split("\n")
    head = {}
    while lines and lines[0].startswith("@"):
        k, v = lines.pop(0)[1:].split(" ", 1)
        head[k] = v
    account, folder = head["folder"].split(" › ", 1)
    doc = ("<html>\n<head>\n"
           '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
           "<title>%s</title>\n"
           '<meta name="created" content="%s">\n'
           '<meta name="modified" content="%s">\n'
           '<meta name="folder" content="%s">\n'
           '<meta name="account" content="%s">\n'
           "</head>\n<body>\n%s\n</body>\n</html>\n"
           % (esc(head["title"]), applescript_date(head["created"]),
              applescript_date(head["modified"]), esc(folder), esc(account), body(lines)))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(doc)


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
