#!/usr/bin/python3
"""Re-make docs/keep-parali-stubble-burning-checklist.html from its source text.

The source (tools/keep-parali-stubble-burning-checklist.txt) has a few "key: value" header
lines (title, color, pinned, edited, labels) and then one checklist item a line, "[x] " for a
ticked item and "[ ] " for an open one. The output is the single .html file Google Takeout
writes for one Keep list note: an XHTML 1.0 Strict doctype after an XML declaration, Keep's
inline style sheet, the note div with its colour class, the heading (meta icons, then the
edited time with a narrow no-break space before "PM"), the title, the content as one
<ul class="list"> of <li class="listitem"> items (ticked ones "listitem checked" with the
&#9745; bullet, open ones &#9744;) whose text sits in <span class="text">, and the label chips.
Takeout drops Keep's item indentation, so every item is written at the same level.

Run: /usr/bin/python3 tools/make_keep.py [OUT]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "keep-parali-stubble-burning-checklist.txt")
OUT = os.path.join(HERE, "..", "docs", "keep-parali-stubble-burning-checklist.html")

CSS = """body {
  background-color: #f1f1f1;
  font-family: 'Roboto Condensed', arial, sans-serif;
}

.note {
  background-color: #fff;
  border-radius: 2px;
  box-shadow: 0 2px 1px rgba(0,0,0,0.2);
  margin: 0 auto 10px;
  max-width: 550px;
  padding: 15px 20px;
  word-wrap: break-word;
}

.note .heading {
  color: #999;
  font-size: 15px;
  padding-bottom: 10px;
}

.note .meta-icons {
  float: right;
}

.note .meta-icons span {
  background-position: center;
  background-repeat: no-repeat;
  background-size: contain;
  display: inline-block;
  height: 20px;
  margin-left: 5px;
  width: 20px;
}

.note .title {
  color: #333;
  font-size: 20px;
  font-weight: bold;
  margin-bottom: 10px;
}

.note .content {
  color: #333;
  font-size: 16px;
  white-space: pre-wrap;
}

.note .list {
  list-style-type: none;
  padding-left: 0;
}

.note .listitem .bullet {
  padding-right: 10px;
}

.note .listitem.checked .text {
  text-decoration: line-through;
}

.note .attachments {
  margin-top: 10px;
}

.note .attachments img {
  max-width: 100%;
}

.note .annotations {
  border-top: 1px solid #e0e0e0;
  margin-top: 15px;
  padding-top: 10px;
}

.note .chips {
  margin-top: 15px;
}

.note .chip {
  background-color: rgba(0,0,0,0.1);
  border-radius: 2px;
  display: inline-block;
  font-size: 11px;
  margin-right: 5px;
  padding: 3px 5px;
}

.note .sharees {
  margin-top: 10px;
}

.note.RED { background-color: #ff8a80; }
.note.ORANGE { background-color: #ffd180; }
.note.YELLOW { background-color: #ffff8d; }
.note.GREEN { background-color: #ccff90; }
.note.TEAL { background-color: #a7ffeb; }
.note.BLUE { background-color: #80d8ff; }
.note.CERULEAN { background-color: #82b1ff; }
.note.PURPLE { background-color: #b388ff; }
.note.PINK { background-color: #f8bbd0; }
.note.BROWN { background-color: #d7ccc8; }
.note.GRAY { background-color: #cfd8dc; }
"""


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


def read_source():
    head, items = {}, []
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if not line.strip():
                continue
            if line.startswith("[x] ") or line.startswith("[ ] "):
                items.append((line[1] == "x", line[4:]))
            else:
                key, _, value = line.partition(": ")
                head[key] = value
    return head, items


def build():
    head, items = read_source()
    title = esc(head["title"])
    # Takeout's time format: "Nov 30, 2025, 11:42:07\u202fPM" (ICU puts U+202F before PM)
    edited = head["edited"].replace(" PM", "\u202fPM").replace(" AM", "\u202fAM")
    icons = ""
    if head.get("pinned") == "yes":
        icons = '<span class="pinned" title="Note pinned"></span>\n'
    out = []
    out.append('<?xml version="1.0" encoding="UTF-8" ?><!DOCTYPE html PUBLIC '
               '"-//W3C//DTD XHTML 1.0 Strict//EN" '
               '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">'
               '<html xmlns="http://www.w3.org/1999/xhtml"><head>'
               '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
               '<title>%s</title><style type="text/css">\n' % title)
    out.append(CSS)
    out.append('</style></head><body><div class="note %s"><div class="heading">'
               '<div class="meta-icons">\n%s</div>\n%s</div>\n' % (head["color"], icons, edited))
    out.append('<div class="title">%s</div>\n\n' % title)
    out.append('<div class="content"><ul class="list">')
    for checked, text in items:
        if checked:
            out.append('<li class="listitem checked"><span class="bullet">&#9745;</span>\n')
        else:
            out.append('<li class="listitem"><span class="bullet">&#9744;</span>\n')
        out.append('<span class="text">%s</span>\n</li>' % esc(text))
    out.append('</ul></div>\n\n\n<div class="chips">')
    for label in head["labels"].split(" | "):
        out.append('<span class="chip label"><span class="label-name">%s</span></span>'
                   % esc(label))
    out.append('</div>\n</div></body></html>\n')
    return "".join(out)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    data = build().encode("utf-8")
    with open(out, "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
