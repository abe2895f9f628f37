#!/usr/bin/python3
"""Make docs/green-hydrogen-basics-evernote.html from tools/green-hydrogen-basics-evernote.txt.

The file is written the way Evernote 10 for Windows saves one note with "Export > HTML": an
HTML5 page whose head holds the charset, exporter-version and application metas and the long
inline stylesheet of Evernote's "peso" editor theme (dark-mode rules, --en-* custom properties);
the body is a single <en-note class="peso"> holding the note's metadata as itemprop metas (title,
created, updated, one per tag) and a <note-attributes> block, an <icons> block of inline SVG
symbols the export always carries, the title as <h1 class="noteTitle html-note"> with a bold
inner <b>, then the content: <div class="para"> paragraphs, <div class="para"><br></div> for
blank lines, <h2>/<h3> headings, <ul>/<ol> lists of <li><div class="para">, a table wrapped in a
--en-table div with a <colgroup>, a yellow --en-highlight span, a web clip of a PIB release kept
in a --en-clipped-content:article div with PIB's own markup (its "innner" class name, Bookman
Old Style spans, &nbsp;, the Posted On line, Release ID and Visitor Counter), a --en-callout
block with an emoji, a --en-codeblock div, and a --en-todo checklist (--en-checked true/false).

Source markup: "key: value" header lines up to "---"; then "## " / "### " headings, "- " and
"  - " bullets, "1. " numbered items, "| a | b |" table rows (first row is the header),
"[x] " / "[ ] " to-dos, "@clip URL|TITLE" ... "@endclip" (inside: "!h", "!h2", "!meta", "!end"
lines and plain paragraphs), "@callout EMOJI" ... "@endcallout", "@code" ... "@endcode";
**bold**, ==highlight==; a blank line is an empty paragraph.

Run from anywhere: /usr/bin/python3 tools/make_html.py [--out PATH]  (byte-for-byte stable)
"""
import os
import re
import sys
from html import escape as _esc

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "green-hydrogen-basics-evernote.txt")
OUT = os.path.join(HERE, "..", "docs", "green-hydrogen-basics-evernote.html")

TITLE_STYLE = ("font-family: Source Sans Pro,-apple-system,system-ui,Segoe UI,Roboto, Oxygen,"
               "Ubuntu,Cantarell,Fira Sans,Droid Sans,Helvetica Neue,sans-serif; margin-top: 21px;"
               " margin-bottom: 21px; font-size: 32px;")
HL = '<span style="--en-highlight:yellow;background-color: #ffef9e;">'
WIDTHS = [110, 300, 250]
CELL = "border: 1px solid rgb(204, 204, 204); padding: 10px; width: %dpx;"

CSS = """      :root{--en-font-family:Source Sans Pro,-apple-system,system-ui,Segoe UI,Roboto,Oxygen,Ubuntu,Cantarell,Fira Sans,Droid Sans,Helvetica Neue,sans-serif;--en-font-size:16px;--en-line-height:1.5;--color-text-fill-primary:#333;--color-background-fill-primary:#fff;--color-surface-fill-tertiary-enabled:#f2f2f2}
      body{margin:0;padding:0;background-color:var(--color-background-fill-primary)}
      en-note.peso{display:block;box-sizing:border-box;max-width:960px;margin:0 auto;padding:0 48px 48px 48px;font-family:var(--en-font-family);font-size:var(--en-font-size);line-height:var(--en-line-height);color:var(--color-text-fill-primary);word-wrap:break-word;background-color:var(--color-background-fill-primary)}
      body.darkMode en-note.peso{background-color:#262626;color:#e6e6e6}
      en-note.peso h1{font-size:28px;font-weight:700;line-height:1.2;margin:24px 0 8px}
      en-note.peso h2{font-size:24px;font-weight:700;line-height:1.25;margin:20px 0 6px}
      en-note.peso h3{font-size:19px;font-weight:700;line-height:1.3;margin:16px 0 4px}
      en-note.peso .para{margin:0;min-height:1.5em}
      en-note.peso ul,en-note.peso ol{margin:0;padding-left:24px}
      en-note.peso li>div.para{margin:0}
      en-note.peso ul[style*="--en-todo:true"]{list-style:none;padding-left:4px}
      en-note.peso ul[style*="--en-todo:true"]>li{position:relative;padding-left:28px}
      en-note.peso ul[style*="--en-todo:true"]>li::before{content:"";position:absolute;left:0;top:4px;width:16px;height:16px;border:1.5px solid #737373;border-radius:3px}
      en-note.peso ul[style*="--en-todo:true"]>li[style*="--en-checked:true"]::before{background:#00a82d url("#icon-check") center no-repeat;border-color:#00a82d}
      en-note.peso ul[style*="--en-todo:true"]>li[style*="--en-checked:true"]>div{text-decoration:line-through;color:#737373}
      en-note.peso div[style*="--en-table:true"]{overflow-x:auto;margin:8px 0}
      en-note.peso table{border-collapse:collapse;table-layout:fixed}
      en-note.peso td{vertical-align:top}
      en-note.peso div[style*="--en-callout:true"]{border-radius:8px;padding:12px 16px 12px 48px;margin:8px 0;position:relative}
      en-note.peso div[style*="--en-callout:true"]::before{content:attr(data-emoji);position:absolute;left:16px;top:12px}
      en-note.peso div[style*="--en-codeblock:true"]{font-family:Monaco,Menlo,Consolas,Courier New,monospace;font-size:12px}
      en-note.peso div[style*="--en-clipped-content"]{border-left:3px solid #00a82d;padding-left:12px;margin:8px 0}
      en-note.peso a{color:#0f6fc6;text-decoration:underline}
      en-note.peso hr{border:0;border-top:1px solid #ccc}
      icons{display:none}
      @media print{en-note.peso{padding:0}.noteTitle{margin-top:0!important}}"""

ICONS = ('<icons><svg xmlns="http://www.w3.org/2000/svg" style="display:none;">'
         '<symbol id="icon-check" viewBox="0 0 16 16"><path d="M6.3 11.3 2.7 7.7l1.1-1.1 2.5 2.5'
         ' 5.9-5.9 1.1 1.1z" fill="#fff"></path></symbol>'
         '<symbol id="icon-unchecked" viewBox="0 0 16 16"><rect x="1" y="1" width="14"'
         ' height="14" rx="3" fill="none" stroke="#737373"></rect></symbol>'
         '<symbol id="icon-attachment" viewBox="0 0 24 24"><path d="M16.5 6v11.5a4 4 0 0 1-8 0V5a2.5'
         ' 2.5 0 0 1 5 0v10.5a1 1 0 0 1-2 0V6H10v9.5a2.5 2.5 0 0 0 5 0V5a4 4 0 0 0-8 0v12.5a5.5'
         ' 5.5 0 0 0 11 0V6h-1.5z" fill="#737373"></path></symbol></svg></icons>')

PIB_SPAN = ('<span style="font-family:&quot;Bookman Old Style&quot;,serif">'
            '<span style="font-size:12.0pt">%s</span></span>')


def esc(s):
    return _esc(s, quote=False)


def inline(s):
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    s = re.sub(r"==(.+?)==", HL + r"\1</span>", s)
    return s


def para(html):
    return '<div class="para">%s</div>' % html


def clip(url, title, lines):
    style = ("--en-clipped-content:article; --en-clipped-source-url:%s; "
             "--en-clipped-source-title:%s;" % (url, esc(title)))
    out = ['<div style="%s">' % style,
           '<div class="innner-page-main-about-us-content-right-part">']
    for l in lines:
        if l.startswith("!h2 "):
            out.append('<h3 style="text-align:center"><span style="font-size:14px">'
                       '<i>%s</i></span></h3>' % esc(l[4:]))
        elif l.startswith("!h "):
            out.append('<h2 style="text-align:center"><span style="font-size:22px">%s</span></h2>'
                       % esc(l[3:]))
        elif l.startswith("!meta "):
            out.append('<div class="ReleaseDateSubHeaddateTime text-center pt-20">%s</div>'
                       % esc(l[6:]).replace(": ", ":&nbsp;", 1))
        elif l.startswith("!end "):
            out.append('<p style="text-align:center">%s</p>' % esc(l[5:]))
        else:
            text = esc(l).replace("Shri ", "Shri&nbsp;")
            out.append('<p style="text-align:justify">%s</p>' % (PIB_SPAN % text))
    out.append("</div></div>")
    return "".join(out)


def content(lines):
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("### "):
            out.append("<h3>%s</h3>" % inline(line[4:]))
            i += 1
        elif line.startswith("## "):
            out.append("<h2>%s</h2>" % inline(line[3:]))
            i += 1
        elif not line.strip():
            out.append(para("<br>"))
            i += 1
        elif line.startswith("@clip "):
            url, title = line[6:].split("|", 1)
            j = lines.index("@endclip", i)
            out.append(clip(url, title, lines[i + 1:j]))
            i = j + 1
        elif line.startswith("@callout "):
            emoji = line[9:]
            j = lines.index("@endcallout", i)
            body = "".join(para(inline(l)) for l in lines[i + 1:j])
            out.append('<div style="--en-callout:true; --en-emoji:%s; background-color:'
                       ' rgb(255, 248, 214);" data-emoji="%s">%s</div>' % (emoji, emoji, body))
            i = j + 1
        elif line == "@code":
            j = lines.index("@endcode", i)
            body = "".join("<div>%s</div>" % esc(l) for l in lines[i + 1:j])
            out.append('<div style="box-sizing: border-box; padding: 8px; font-family: Monaco, '
                       'Menlo, Consolas, &quot;Courier New&quot;, monospace; font-size: 12px; '
                       'color: rgb(51, 51, 51); border-radius: 4px; background-color: '
                       'rgb(251, 250, 248); border: 1px solid rgba(0, 0, 0, 0.15);'
                       '--en-codeblock:true;">%s</div>' % body)
            i = j + 1
        elif line.startswith("[x] ") or line.startswith("[ ] "):
            items = []
            while i < len(lines) and (lines[i].startswith("[x] ") or lines[i].startswith("[ ] ")):
                items.append('<li style="--en-checked:%s;">%s</li>'
                             % ("true" if lines[i][1] == "x" else "false",
                                para(inline(lines[i][4:]))))
                i += 1
            out.append('<ul style="--en-todo:true;">%s</ul>' % "".join(items))
        elif line.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i].strip().strip("|").split("|")])
                i += 1
            t = ['<div style="--en-table:true;"><table style="border-collapse: collapse; '
                 'min-width: 100%;"><colgroup>']
            t += ['<col style="width: %dpx;"></col>' % w for w in WIDTHS[:len(rows[0])]]
            t.append("</colgroup><tbody>")
            for r, row in enumerate(rows):
                t.append("<tr>")
                for c, text in enumerate(row):
                    cell = "<b>%s</b>" % inline(text) if r == 0 else inline(text)
                    bg = " background-color: rgb(239, 239, 239);" if r == 0 else ""
                    t.append('<td style="%s%s">%s</td>' % (CELL % WIDTHS[c], bg, para(cell)))
                t.append("</tr>")
            t.append("</tbody></table></div>")
            out.append("".join(t))
        elif line.startswith("- ") or re.match(r"\d+\. ", line):
            kind = "ul" if line.startswith("- ") else "ol"
            items = []
            while i < len(lines) and (lines[i].startswith("  - ") or
                                      (kind == "ul" and lines[i].startswith("- ")) or
                                      (kind == "ol" and re.match(r"\d+\. ", lines[i]))):
                l = lines[i]
                if l.startswith("  - "):
                    items[-1][1].append(l[4:])
                else:
                    items.append([l[2:] if kind == "ul" else l.split(". ", 1)[1], []])
                i += 1
            parts = ["<%s>" % kind]
            for text, subs in items:
                parts.append("<li>%s" % para(inline(text)))
                if subs:
                    parts.append("<ul>%s</ul>" % "".join("<li>%s</li>" % para(inline(s))
                                                       for s in subs))
                parts.append("</li>")
            parts.append("</%s>" % kind)
            out.append("".join(parts))
        else:
            out.append(para(inline(line)))
            i += 1
    return "\n".join(out)


def build(out_path):
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    head, body = text.split("---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.strip().split("\n"))
    lines = body.rstrip("\n").split("\n")
    out = ["<!DOCTYPE html>",
           "<html>",
           "  <head>",
           '    <meta charset="UTF-8">',
           '    <meta name="exporter-version" content="%s">' % esc(meta["exported"]),
           '    <meta itemprop="application" content="Evernote">',
           "    <style>",
           CSS,
           "    </style>",
           "  </head>",
           "  <body>",
           '<en-note class="peso" style="white-space: inherit;">',
           '<meta itemprop="title" content="%s">' % _esc(meta["title"]),
           '<meta itemprop="created" content="%s">' % meta["created"],
           '<meta itemprop="updated" content="%s">' % meta["updated"]]
    for tag in meta["tags"].split(", "):
        out.append('<meta itemprop="tag" content="%s">' % _esc(tag))
    out += ["<note-attributes>",
            '<meta itemprop="author" content="%s">' % esc(meta["author"]),
            '<meta itemprop="source" content="%s">' % esc(meta["source"]),
            "</note-attributes>",
            ICONS,
            '<h1 class="noteTitle html-note" style="%s"><b>%s</b></h1>'
            % (TITLE_STYLE, esc(meta["title"])),
            content(lines),
            "</en-note>",
            "  </body>",
            "</html>"]
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    path = OUT
    if len(sys.argv) == 3 and sys.argv[1] == "--out":
        path = sys.argv[2]
    build(path)
