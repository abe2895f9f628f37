#!/usr/bin/python3
"""Make docs/ramsar-convention-wetland-laws.enex from tools/ramsar-convention-wetland-laws.txt.

The file is laid out the way legacy Evernote for Mac (7.14) exports a notebook of three notes
with File > Export Notes as .enex: the evernote-export3.dtd DOCTYPE, an <en-export> root with
export-date, application "Evernote" and the Mac version string, and one <note> per line with
its children in DTD order (title, content, created, updated, tags, note-attributes, resource).
Each content is a CDATA section holding an ENML document on one line after its own XML
declaration and enml2.dtd DOCTYPE.

The three notes come from three sources, and their ENML shows it:
  - a note typed in the Mac editor (source desktop.mac, with latitude/longitude/altitude):
    <div> per line, <div><br/></div> for blank lines, headings as a bold 18px span, lists of
    <li><div>, a fixed-width table with a <colgroup>, the editor's indent-blockquote
    (margin: 0 0 0 40px), legacy highlight spans (-evernote-highlight:true);
  - a newsletter forwarded from Gmail to the Evernote e-mail address (source mail.smtp): the
    note-to-self line, Gmail's "---------- Forwarded message ---------" header with <br/>
    lines, then the e-mail's nested layout tables with inline styles (classes and ids stripped,
    as ENML requires), a logo as <en-media> with its PNG <resource>, <h2>, <p>, <ol>/<ul>;
  - a note from Evernote for Android (source mobile.android, reminder-order and reminder-time):
    bold-div headings, nested lists, en-todo checkboxes.

Run from anywhere: /usr/bin/python3 tools/make_enex.py  (output is byte-for-byte stable)
"""
import base64
import hashlib
import os
import re
import struct
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "ramsar-convention-wetland-laws.txt")
OUT = os.path.join(HERE, "..", "docs", "ramsar-convention-wetland-laws.enex")
EXPORT_DATE = "20250814T054410Z"
VERSION = "Evernote Mac 7.14 (458244)"
HL = '<span style="background-color: rgb(255, 250, 165);-evernote-highlight:true;">'
CELL = "border: 1px solid rgb(204, 204, 204); width: %dpx; padding: 8px;"
WIDTHS = [170, 90, 300]


def png(width, height):
    """A small logo stand-in: dark green with a pale band, as an 8-bit RGB PNG."""
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if 14 <= y < 26 and 10 <= x < 150:
                row += bytes((217, 232, 224))
            elif (x - 20) ** 2 + (y - 20) ** 2 < 100:
                row += bytes((201, 162, 39))
            else:
                row += bytes((27, 77, 62))
        rows.append(bytes(row))

    def chunk(tag, data):
        return (struct.pack(">I", len(data)) + tag + data +
                struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))
    return (b"\x89PNG\r\n\x1a\n" +
            chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def inline(s):
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"==(.+?)==", HL + r"\1</span>", s)
    return s


def lists(lines, i, item_wrap):
    """A run of "- " / "  - " or "1. " lines -> (html, next index)."""
    kind = "ul" if lines[i].startswith("- ") else "ol"
    items = []
    while i < len(lines):
        l = lines[i]
        if l.startswith("  - ") and items:
            items[-1][1].append(l[4:])
        elif kind == "ul" and l.startswith("- "):
            items.append([l[2:], []])
        elif kind == "ol" and re.match(r"\d+\. ", l):
            items.append([l.split(". ", 1)[1], []])
        else:
            break
        i += 1
    out = ["<%s>" % kind]
    for text, subs in items:
        out.append("<li>" + item_wrap(inline(text)))
        if subs:
            out.append("<ul>" + "".join("<li>%s</li>" % item_wrap(inline(s)) for s in subs) + "</ul>")
        out.append("</li>")
    out.append("</%s>" % kind)
    return "".join(out), i


def enml_typed(lines, android=False):
    out = []
    i = 0
    div = lambda t: "<div>%s</div>" % t
    while i < len(lines):
        line = lines[i]
        if line.startswith("# "):
            if android:
                out.append("<div><b>%s</b></div>" % inline(line[2:]))
            else:
                out.append('<div><span style="font-size: 18px;"><b>%s</b></span></div>'
                           % inline(line[2:]))
            i += 1
        elif not line.strip():
            out.append("<div><br/></div>")
            i += 1
        elif line.startswith("[x] ") or line.startswith("[ ] "):
            out.append('<div><en-todo checked="%s"/>%s</div>'
                       % ("true" if line[1] == "x" else "false", inline(line[4:])))
            i += 1
        elif line.startswith("> "):
            out.append('<blockquote style="margin: 0 0 0 40px; border: none; padding: 0px;">'
                       "<div>%s</div></blockquote>" % inline(line[2:]))
            i += 1
        elif line.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            t = ['<table style="border-collapse: collapse; min-width: 100%;"><colgroup>']
            t += ['<col style="width: %dpx;"></col>' % w for w in WIDTHS]
            t.append("</colgroup><tbody>")
            for r, row in enumerate(rows):
                t.append("<tr>")
                for c, text in enumerate(row):
                    body = "<b>%s</b>" % inline(text) if r == 0 else inline(text)
                    t.append('<td style="%s"><div>%s</div></td>' % (CELL % WIDTHS[c], body))
                t.append("</tr>")
            t.append("</tbody></table>")
            out.append("".join(t))
        elif line.startswith("- ") or re.match(r"\d+\. ", line):
            html, i = lists(lines, i, div)
            out.append(html)
        else:
            out.append(div(inline(line)))
            i += 1
    return "".join(out)


def enml_mail(lines, resources):
    note_to_self, fwd, body, small = "", [], [], []
    masthead = logo = None
    for line in lines:
        if line.startswith("@note-to-self "):
            note_to_self = line.split(" ", 1)[1]
        elif line.startswith("@fwd "):
            fwd.append(line[5:])
        elif line.startswith("@masthead "):
            masthead = [c.strip() for c in line[10:].split("|")]
        elif line.startswith("@logo "):
            _, name, size = line.split()
            w, h = (int(v) for v in size.split("x"))
            data = png(w, h)
            logo = (name, w, h, data)
            resources.append(logo)
        elif line.startswith("@small "):
            small.append(line[7:])
        else:
            body.append(line)
    hdr = ["---------- Forwarded message ---------<br/>"]
    for f in fwd:
        key, val = f.split(": ", 1)
        if key == "From":
            m = re.match(r"(.*) <(.*)>", val)
            hdr.append('From: <b dir="auto">%s</b> <span dir="auto">&lt;%s&gt;</span><br/>'
                       % (escape(m.group(1)), escape(m.group(2))))
        else:
            hdr.append("%s: %s<br/>" % (key, escape(val)))
    p = '<p style="margin: 0 0 12px;">%s</p>'
    li = lambda t: t
    content = []
    i = 0
    while i < len(body):
        line = body[i]
        if line.startswith("# "):
            content.append('<h2 style="font-size: 19px; color: #1b4d3e; margin: 22px 0 8px;">%s</h2>'
                           % inline(line[2:]))
            i += 1
        elif line.startswith("- ") or re.match(r"\d+\. ", line):
            html, i = lists(body, i, li)
            html = html.replace("<ol>", '<ol style="padding-left: 22px; margin: 0 0 12px;">')
            html = html.replace("<ul>", '<ul style="padding-left: 22px; margin: 0 0 12px;">')
            html = html.replace("<li>", '<li style="margin-bottom: 6px;">')
            content.append(html)
        elif line.strip():
            content.append(p % inline(line))
            i += 1
        else:
            i += 1
    name, w, h, data = logo
    md5 = hashlib.md5(data).hexdigest()
    mast = ('<tr><td style="background-color: #1b4d3e; padding: 16px 20px;">'
            '<table border="0" cellpadding="0" cellspacing="0" width="100%%"><tbody><tr>'
            '<td width="%d" valign="middle"><en-media hash="%s" type="image/png" width="%d" '
            'height="%d"/></td>'
            '<td valign="middle" style="color: #ffffff; font-size: 22px; font-weight: bold; '
            'letter-spacing: 2px; padding-left: 12px;">%s</td>'
            '<td valign="middle" style="color: #d9e8e0; font-size: 12px; text-align: right;">'
            '%s<br/>%s</td></tr></tbody></table></td></tr>'
            % (w, md5, w, h, escape(masthead[0]), escape(masthead[1]), escape(masthead[2])))
    mail = ('<div><table align="center" border="0" cellpadding="0" cellspacing="0" width="100%" '
            'style="border-collapse: collapse; background-color: #f4f1ea;"><tbody><tr>'
            '<td align="center" valign="top" style="padding: 18px 10px;">'
            '<table border="0" cellpadding="0" cellspacing="0" width="600" style="border-collapse: '
            'collapse; background-color: #ffffff; max-width: 600px;"><tbody>'
            '<tr><td style="padding: 8px 20px; font-size: 11px; color: #7a7a7a; text-align: right;">'
            '<a href="https://ecoprepias.in/wetland-watch/37" style="color: #7a7a7a;">View this email '
            'in your browser</a></td></tr>' + mast +
            '<tr><td style="padding: 20px; font-family: Georgia, serif; font-size: 16px; '
            'line-height: 1.5; color: #222222;">' + "".join(content) + "</td></tr>"
            '<tr><td style="padding: 14px 20px; font-size: 11px; line-height: 1.4; color: #8a8a8a; '
            'text-align: center; border-top: 1px solid #e2ded4;">' +
            "".join('<p style="margin: 0 0 6px;">%s</p>' % escape(s) for s in small) +
            "</td></tr></tbody></table></td></tr></tbody></table></div>")
    return ('<div dir="ltr"><div>%s</div><br/><div><div dir="ltr">%s</div><br/><br/>%s</div></div>'
            % (escape(note_to_self), "".join(hdr), mail))


def notes():
    with open(SRC, encoding="utf-8") as f:
        text = "\n".join(l for l in f.read().split("\n") if not l.startswith(";"))
    for chunk in text.split("@note\n")[1:]:
        head, body = chunk.split("---\n", 1)
        meta = dict(l.split(": ", 1) for l in head.strip().split("\n"))
        yield meta, body.rstrip("\n").split("\n")


def build():
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export3.dtd">',
           '<en-export export-date="%s" application="Evernote" version="%s">'
           % (EXPORT_DATE, VERSION)]
    for meta, body in notes():
        resources = []
        if meta["kind"] == "mail":
            en = enml_mail(body, resources)
        else:
            en = enml_typed(body, android=meta["kind"] == "android")
        enml = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
                '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">\n'
                "<en-note>%s</en-note>\n" % en)
        parts = ["<note><title>%s</title>" % escape(meta["title"]),
                 "<content><![CDATA[%s]]></content>" % enml,
                 "<created>%s</created><updated>%s</updated>" % (meta["created"], meta["updated"])]
        parts += ["<tag>%s</tag>" % escape(t) for t in meta["tags"].split(", ")]
        parts.append("<note-attributes>")
        for key in ("latitude", "longitude", "altitude", "author", "source", "reminder-order",
                    "reminder-time"):
            if key in meta:
                parts.append("<%s>%s</%s>" % (key, escape(meta[key]), key))
        parts.append("</note-attributes>")
        for name, w, h, data in resources:
            b64 = base64.b64encode(data).decode()
            b64 = "\n".join(b64[k:k + 76] for k in range(0, len(b64), 76))
            parts.append('<resource><data encoding="base64">\n%s\n</data><mime>image/png</mime>'
                         "<width>%d</width><height>%d</height><resource-attributes>"
                         "<file-name>%s</file-name></resource-attributes></resource>"
                         % (b64, w, h, escape(name)))
        parts.append("</note>")
        out.append("".join(parts))
    out.append("</en-export>")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build()
