#!/usr/bin/python3
"""Re-make docs/prez-election-2022.enex from tools/prez-election-2022.txt.

Run from anywhere: /usr/bin/python3 tools/make_enex.py
Standard library only; the output is byte-for-byte reproducible (fixed dates, no randomness).

It writes what the legacy Evernote for Windows (6.x) exporter writes: an <en-export> file
(evernote-export3.dtd) holding one <note> whose <content> is an ENML document in a CDATA
section, all on one line, with every line of the note as a <div>, empty lines as <div><br/></div>,
headings as bold spans in a bigger font size, lists whose nested <ul> sits beside the <li>
rather than inside it, highlights as -evernote-highlight spans, a checklist of <en-todo/>
boxes, a fixed-layout table, <hr/> rules, and the note's tags and note-attributes (author,
source, source-url) after the content, in DTD order.

Source mark-up: `!! ` heading, `- ` bullet (`  - ` nested bullet), `1. ` numbered item,
`[x] `/`[ ] ` checklist item, `@table` ... `@endtable` (first row bold), `---` rule; inline
`**bold**`, `==highlight==`, `{red}...{/red}`, `{green}...{/green}`, `[text](url)`.
"""
import os
import re
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "prez-election-2022.txt")
OUT = os.path.join(HERE, "..", "docs", "prez-election-2022.enex")

TITLE = "Prez election - value of vote, nomination, 2022 poll (GS2 polity)"
EXPORT_DATE = "20250914T101502Z"
CREATED = "20220721T163512Z"
UPDATED = "20250913T054210Z"
TAGS = ["polity", "GS2", "president", "revision", "current-affairs-2025"]
AUTHOR = "ananya.k"
SOURCE = "web.clip"
SOURCE_URL = "https://en.wikipedia.org/wiki/2022_Indian_presidential_election"

TD = ("border-style:solid;border-width:1px;border-color:rgb(211,211,211);"
      "padding:10px;margin:0px;width:%s;")


def inline(text):
    links = []

    def keep(m):
        links.append('<a href=%s>%s</a>' % (quoteattr(m.group(2)), escape(m.group(1))))
        return "\x00%d\x00" % (len(links) - 1)

    text = re.sub(r"\[([^\]]+)\]\((https?://[^)]+)\)", keep, text)
    text = escape(text)
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"==(.+?)==",
                  r'<span style="background-color: rgb(255, 250, 165); -evernote-highlight: true;">\1</span>',
                  text)
    text = re.sub(r"\{red\}(.+?)\{/red\}", r'<span style="color: rgb(227, 0, 0);"><b>\1</b></span>',
                  text)
    text = re.sub(r"\{green\}(.+?)\{/green\}", r'<span style="color: rgb(0, 138, 0);">\1</span>',
                  text)
    return re.sub(r"\x00(\d+)\x00", lambda m: links[int(m.group(1))], text)


def enml(lines):
    out = []
    lst = None            # "ul"/"ol" while a list is open
    nested = False        # a nested <ul> open beside the last <li>
    table = None

    def close_list():
        nonlocal lst, nested
        if nested:
            out.append("</ul>")
            nested = False
        if lst:
            out.append("</%s>" % lst)
            lst = None

    for line in lines:
        if table is not None:
            if line.strip() == "@endtable":
                ncol = len(table[0].split("|"))
                width = "%d%%" % (100 // ncol) if ncol > 2 else None
                out.append('<table style="-evernote-table:true;border-collapse:collapse;'
                           'width:100%;table-layout:fixed;margin-left:0px;">')
                for i, row in enumerate(table):
                    cells = [c.strip() for c in row.split("|")]
                    tds = []
                    for j, c in enumerate(cells):
                        w = width or ("35%" if j == 0 else "65%")
                        body = inline(c)
                        if i == 0:
                            body = "<b>%s</b>" % body
                        tds.append('<td style="%s"><div>%s</div></td>' % (TD % w, body))
                    out.append("<tr>%s</tr>" % "".join(tds))
                out.append("</table>")
                table = None
            elif line.strip():
                table.append(line.strip())
            continue
        if line.strip() == "@table":
            close_list()
            table = []
        elif line.startswith("!! "):
            close_list()
            out.append('<div><span style="font-size: 14pt;"><b>%s</b></span></div>'
                       % inline(line[3:]))
        elif line.startswith("  - "):
            if not nested:
                out.append("<ul>")
                nested = True
            out.append("<li>%s</li>" % inline(line[4:]))
        elif line.startswith("- "):
            if nested:
                out.append("</ul>")
                nested = False
            if lst != "ul":
                close_list()
                out.append("<ul>")
                lst = "ul"
            out.append("<li>%s</li>" % inline(line[2:]))
        elif re.match(r"\d+\. ", line):
            if lst != "ol":
                close_list()
                out.append("<ol>")
                lst = "ol"
            out.append("<li>%s</li>" % inline(line.split(" ", 1)[1]))
        elif line.startswith("[x] ") or line.startswith("[ ] "):
            close_list()
            out.append('<div><en-todo checked="%s"/>%s</div>'
                       % ("true" if line[1] == "x" else "false", inline(line[4:])))
        elif line.strip() == "---":
            close_list()
            out.append("<hr/>")
        elif not line.strip():
            close_list()
            out.append("<div><br/></div>")
        else:
            close_list()
            out.append("<div>%s</div>" % inline(line))
    close_list()
    while out and out[-1] == "<div><br/></div>":
        out.pop()
    return "".join(out)


def document():
    with open(SRC, encoding="utf-8") as f:
        lines = f.read().split("\n")
    content = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
               '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">\n\n'
               "<en-note>%s</en-note>" % enml(lines))
    tags = "".join("<tag>%s</tag>" % escape(t) for t in TAGS)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export3.dtd">\n'
            '<en-export export-date="%s" application="Evernote/Windows" version="6.x">\n'
            "<note><title>%s</title><content><![CDATA[%s]]></content>"
            "<created>%s</created><updated>%s</updated>%s"
            "<note-attributes><author>%s</author><source>%s</source>"
            "<source-url>%s</source-url></note-attributes></note>\n"
            "</en-export>\n"
            % (EXPORT_DATE, escape(TITLE), content, CREATED, UPDATED, tags, escape(AUTHOR),
               escape(SOURCE), escape(SOURCE_URL)))


def build(path=OUT):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(document())


if __name__ == "__main__":
    build()
