#!/usr/bin/python3
"""Re-make docs/street-vendors-act-keep-note.html from tools/street-vendors-act-keep-note.txt.

The document is one Google Keep note as Google Takeout exports it (Takeout/Keep/<title>.html):
an XHTML 1.0 Strict file with Keep's own stylesheet (the icons as base64 SVG data URIs), a
heading with the meta icons (pinned) and the note's last-edited time, the title, the note text
with its line breaks as <br>, and the chips (labels and the web-link annotation Keep made for the
URL in the note). Text is escaped as Takeout does (&, <, >, " and ' as &#39;); characters outside
the Basic Multilingual Plane (the emoji) are written as numeric character references.
Deterministic, standard library only.
Run: /usr/bin/python3 tools/make_keep.py [output path]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "street-vendors-act-keep-note.txt")
OUT = os.path.join(HERE, "..", "docs", "street-vendors-act-keep-note.html")

KEEP_CSS = '         body {\n  font-family: \'Roboto Condensed\',\'Droid Sans\',arial,sans-serif;\n  font-size: 15px;\n  color: rgba(0,0,0,0.8);\n  word-wrap: break-word;\n  background-color: #e8e8e8;\n}\n\nhr {\n    display: block;\n    margin-top: 10px;\n    margin-bottom: 10px;\n    margin-left: 5px;\n    margin-right: 5px;\n    border-style: inset dashed;\n    border-width: 1px;\n}\n\n.note {\n  outline: none;\n  box-shadow: 0 2px 1px rgba(0,0,0,0.08);\n  box-sizing: border-box;\n\n  max-width: 600px;\n  min-width: 240px;\n  margin: 20px;\n\n  background-color: rgb(255, 255, 255);\n}\n\n.note .heading {\n  font-size: 12px;\n  padding: 15px 15px 0 15px;\n  color: rgba(100,100,100,0.8);\n}\n\n.note .title {\n  font-size: 17px;\n  font-weight: bold;\n  padding: 15px 15px 0 15px;\n  min-height: 28px;\n}\n\n.note .content {\n  padding: 12px 15px 15px 15px;\n  font-family: \'Roboto Slab\',\'Times New Roman\',serif;\n  font-size: 14px;\n}\n\n.note .attachments {\n  padding: 0 15px 15px 15px;\n}\n\n.attachments ul {\n  padding: 0;\n  margin: 0;\n}\n\n.attachments li {\n  list-style-type: none;\n  margin-top: 12px;\n}\n\n.attachments li img {\n  max-width: 100%;\n}\n\n.attachments .audio {\n  background-image: url(data:image/svg+xml;base64,PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiIHN0YW5kYWxvbmU9Im5vIj8+CjwhLS0gR2VuZXJhdG9yOiBBZG9iZSBJbGx1c3RyYXRvciAxOC4wLjAsIFNWRyBFeHBvcnQgUGx1Zy1JbiAuIFNWRyBWZXJzaW9uOiA2LjAwIEJ1aWxkIDApICAtLT4KPCFET0NUWVBFIHN2ZyAgUFVCTElDICctLy9XM0MvL0RURCBTVkcgMS4xLy9FTicgICdodHRwOi8vd3d3LnczLm9yZy9HcmFwaGljcy9TVkcvMS4xL0RURC9zdmcxMS5kdGQnPgo8c3ZnIGlkPSJMYXllcl8xIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHhtbDpzcGFjZT0icHJlc2VydmUiIHZpZXdCb3g9IjAgMCAyMCAyMCIgdmVyc2lvbj0iMS4xIiB5PSIwcHgiIHg9IjBweCIgeG1sbnM6eGxpbms9Imh0dHA6Ly93d3cudzMub3JnLzE5OTkveGxpbmsiIGVuYWJsZS1iYWNrZ3JvdW5kPSJuZXcgMCAwIDIwIDIwIj4KPHBhdGggZD0ibTEgN3Y2aDRsNSA1di0xNmwtNSA1aC00em0xMy41IDNjMC0xLjgtMS0zLjMtMi41LTR2OGMxLjUtMC43IDIuNS0yLjIgMi41LTR6bS0yLjUtOC44djIuMWMyLjkgMC45IDUgMy41IDUgNi43cy0yLjEgNS44LTUgNi43djIuMWM0LTAuOSA3LTQuNSA3LTguOHMtMy03LjktNy04Ljh6Ii8+Cjwvc3ZnPgo=);\n  background-size: 18px 18px;\n  background-repeat: no-repeat;\n  background-position: center;\n  width: 22px;\n  height: 22px;\n  display: block;\n}\n\n.note .list {\n  list-style: none;\n  padding: 0;\n  margin: 0;\n}\n\n.note .listitem {\n}\n\n.note .listitem .bullet {\n  position: absolute;\n}\n\n.note .listitem .text {\n  margin-left: 20px;\n}\n\n.note .identifier {\n  color: rgba(0, 0, 0, 0.5);\n}\n.note .identifier:before {\n  content: "(";\n}\n.note .identifier:after {\n  content: ")";\n}\n\n/* Only show identifiers when the element is hovered. */\n.note .listitem .identifier,\n.note .chip .identifier {\n  display: none;\n}\n\n.note .listitem:hover .identifier,\n.note .chip:hover .identifier {\n  display: inline;\n}\n\n.note .chips {\n  padding: 12px 15px 15px 15px;\n}\n\n.note .chip {\n  display: inline-block;\n  max-width: 198px;\n  margin: 2px 4px 2px 0;\n  padding: 2px 5px;\n  background: rgba(0, 0, 0, 0.1);\n  border-radius: 2px;\n  color: rgba(0, 0, 0, 0.7);\n  font-size: 11px;\n  font-family: \'Roboto\',\'Droid Sans\',arial,sans-serif;\n  white-space: nowrap;\n  text-overflow: ellipsis;\n}\n\n.note .chip a {\n  text-decoration: none;\n  color: inherit;\n}\n\n.chip-icon {\n  display: inline-block;\n  width: 14px;\n  height: 14px;\n  background-size: 100%;\n  margin-right: 5px;\n  vertical-align: middle;\n}\n\n.annotation.CALENDAR .chip-icon {\n  background-image: url(data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNHB4IiBoZWlnaHQ9IjI0cHgiIHZpZXdCb3g9IjAgMCAyNCAyNCIgZmlsbD0iIzAwMDAwMCI+CiAgICA8cGF0aCBkPSJNMTcgMTJoLTV2NWg1di01ek0xNiAxdjJIOFYxSDZ2Mkg1Yy0xLjExIDAtMS45OS45LTEuOTkgMkwzIDE5YzAgMS4xLjg5IDIgMiAyaDE0YzEuMSAwIDItLjkgMi0yVjVjMC0xLjEtLjktMi0yLTJoLTFWMWgtMnptMyAxOEg1VjhoMTR2MTF6Ii8+CiAgICA8cGF0aCBkPSJNMCAwaDI0djI0SDB6IiBmaWxsPSJub25lIi8+Cjwvc3ZnPgo=);\n}\n\n.annotation.DOCS .chip-icon {\n  background-image: url(data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNHB4IiBoZWlnaHQ9IjI0cHgiIHZpZXdCb3g9IjAgMCAyNCAyNCIgZmlsbD0iIzAwMDAwMCI+CiAgICA8cGF0aCBkPSJNMCAwaDI0djI0SDB6IiBmaWxsPSJub25lIi8+CiAgICA8cGF0aCBkPSJNMTkgM0g1Yy0xLjEgMC0yIC45LTIgMnYxNGMwIDEuMS45IDIgMiAyaDE0YzEuMSAwIDItLjkgMi0yVjVjMC0xLjEtLjktMi0yLTJ6bS0xLjk5IDZIN1Y3aDEwLjAxdjJ6bTAgNEg3di0yaDEwLjAxdjJ6bS0zIDRIN3YtMmg3LjAxdjJ6Ii8+Cjwvc3ZnPgo=);\n}\n\n.annotation.GMAIL .chip-icon {\n  background-image: url(data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNHB4IiBoZWlnaHQ9IjI0cHgiIHZpZXdCb3g9IjAgMCAyNCAyNCIgZmlsbD0iIzAwMDAwMCI+CiAgICA8cGF0aCBmaWxsPSJub25lIiBkPSJNLTYxOC0yMTA0SDc4MnYzNjAwSC02MTh6TTAgMGgyNHYyNEgweiIvPgogICAgPHBhdGggZD0iTTIwIDRINGMtMS4xIDAtMiAuOS0yIDJ2MTJjMCAxLjEuOSAyIDIgMmgxNmMxLjEgMCAyLS45IDItMlY2YzAtMS4xLS45LTItMi0yem0wIDE0aC0yVjkuMkwxMiAxMyA2IDkuMlYxOEg0VjZoMS4ybDYuOCA0LjJMMTguOCA2SDIwdjEyeiIvPgo8L3N2Zz4K);\n}\n\n.annotation.SHEETS .chip-icon {\n  background-image: url(data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNHB4IiBoZWlnaHQ9IjI0cHgiIHZpZXdCb3g9IjAgMCAyNCAyNCIgZmlsbD0iIzAwMDAwMCI+CiAgICA8cGF0aCBkPSJNMCAwaDI0djI0SDB6IiBmaWxsPSJub25lIi8+CiAgICA8cGF0aCBkPSJNMTkgM0g1Yy0xLjEgMC0xLjk5LjktMS45OSAyTDMgOHYxMWMwIDEuMS45IDIgMiAyaDE0YzEuMSAwIDItLjkgMi0yVjVjMC0xLjEtLjktMi0yLTJ6bTAgOGgtOHY4SDl2LThINVY5aDRWNWgydjRoOHYyeiIvPgo8L3N2Zz4K);\n}\n\n.annotation.SLIDES .chip-icon {\n  background-image: url(data:image/svg+xml;base64,PHN2ZyB3aWR0aD0iMjRweCIgaGVpZ2h0PSIyNHB4IiB2aWV3Qm94PSIwIDAgMjQgMjQiIHhtbG5zPSJodHRwOi8vd3d3LnczLm9yZy8yMDAwL3N2ZyIgZmlsbD0iIzAwMDAwMCI+CiAgICA8cGF0aCBkPSJNMCAwaDI0djI0SDB6IiBmaWxsPSJub25lIi8+CiAgICA8cGF0aCBkPSJNMTkgM0g1Yy0xLjEgMC0xLjk5LjktMS45OSAydjE0YzAgMS4xLjg5IDIgMS45OSAyaDE0YzEuMSAwIDItLjkgMi0yVjVjMC0xLjEtLjktMi0yLTJ6bTAgMTNINVY4aDE0djh6Ii8+Cjwvc3ZnPgo=);\n}\n\n.annotation.WEBLINK .chip-icon {\n  background-image: url(data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNHB4IiBoZWlnaHQ9IjI0cHgiIHZpZXdCb3g9IjAgMCAyNCAyNCIgZmlsbD0iIzAwMDAwMCI+CiAgICA8cGF0aCBkPSJNMTkgNEg1Yy0xLjExIDAtMiAuOS0yIDJ2MTJjMCAxLjEuODkgMiAyIDJoMTRjMS4xIDAgMi0uOSAyLTJWNmMwLTEuMS0uODktMi0yLTJ6bTAgMTRINVY4aDE0djEweiIvPgogICAgPHBhdGggZmlsbD0ibm9uZSIgZD0iTTAgMGgyNHYyNEgweiIvPgo8L3N2Zz4K);\n}\n\n.sharees h2 {\n  display: none;\n}\n\n.sharees ul {\n  list-style: none;\n  margin: 0;\n  padding: 0 15px 15px 15px;\n}\n\n.sharees li {\n  display: inline-block;\n  width: 22px;\n  height: 22px;\n  text-indent: 100%;\n  white-space: nowrap;\n  overflow: hidden;\n  background-image: url(data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNHB4IiBoZWlnaHQ9IjI0cHgiIHZpZXdCb3g9IjAgMCAyNCAyNCIgZmlsbD0iIzAwMDAwMCI+CiAgICA8cGF0aCBkPSJNMTIgMkM2LjQ4IDIgMiA2LjQ4IDIgMTJzNC40OCAxMCAxMCAxMCAxMC00LjQ4IDEwLTEwUzE3LjUyIDIgMTIgMnptMCAzYzEuNjYgMCAzIDEuMzQgMyAzcy0xLjM0IDMtMyAzLTMtMS4zNC0zLTMgMS4zNC0zIDMtM3ptMCAxNC4yYy0yLjUgMC00LjcxLTEuMjgtNi0zLjIyLjAzLTEuOTkgNC0zLjA4IDYtMy4wOCAxLjk5IDAgNS45NyAxLjA5IDYgMy4wOC0xLjI5IDEuOTQtMy41IDMuMjItNiAzLjIyeiIvPgogICAgPHBhdGggZD0iTTAgMGgyNHYyNEgweiIgZmlsbD0ibm9uZSIvPgo8L3N2Zz4K);\n  background-size: 18px 18px;\n  background-repeat: no-repeat;\n  background-position: center;\n}\n\n.sharees li.group {\n  background-image: url(data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyNHB4IiBoZWlnaHQ9IjI0cHgiIHZpZXdCb3g9IjAgMCAyNCAyNCIgZmlsbD0iIzAwMDAwMCI+CiAgICA8cGF0aCBkPSJNMCAwaDI0djI0SDB6IiBmaWxsPSJub25lIi8+CiAgICA8cGF0aCBkPSJNMTYgMTFjMS42NiAwIDIuOTktMS4zNCAyLjk5LTNTMTcuNjYgNSAxNiA1Yy0xLjY2IDAtMyAxLjM0LTMgM3MxLjM0IDMgMyAzem0tOCAwYzEuNjYgMCAyLjk5LTEuMzQgMi45OS0zUzkuNjYgNSA4IDVDNi4zNCA1IDUgNi4zNCA1IDhzMS4zNCAzIDMgM3ptMCAyYy0yLjMzIDAtNyAxLjE3LTcgMy41VjE5aDE0di0yLjVjMC0yLjMzLTQuNjctMy41LTctMy41em04IDBjLS4yOSAwLS42Mi4wMi0uOTcuMDUgMS4xNi44NCAxLjk3IDEuOTcgMS45NyAzLjQ1VjE5aDZ2LTIuNWMwLTIuMzMtNC42Ny0zLjUtNy0zLjV6Ii8+Cjwvc3ZnPgo=);\n}\n\n.note .meta-icons {\n  float: right;\n}\n\n.note .meta-icons span {\n  display: inline-block;\n  background-size: 18px 18px;\n  background-repeat: no-repeat;\n  background-position: center;\n  width: 22px;\n  height: 22px;\n  padding-left: 4px;\n}\n\n.meta-icons .pinned {\n  background-image: url(data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIyMHB4IiBoZWlnaHQ9IjIwcHgiIHZpZXdCb3g9IjAgMCAyNCAyNCIgZmlsbD0iIzQyODVmNCI+DQogICAgPHBhdGggZD0iTTE2IDVoLjk5TDE3IDNIN3YyaDF2N2wtMiAydjJoNXY2bDEgMSAxLTF2LTZoNXYtMmwtMi0yVjV6Ii8+DQogICAgPHBhdGggZmlsbD0ibm9uZSIgZD0iTTAgMGgyNHYyNEgweiIvPg0KPC9zdmc+);\n}\n\n.meta-icons .archived {\n  background-image: url(data:image/svg+xml;base64,PD94bWwgdmVyc2lvbj0iMS4wIiBlbmNvZGluZz0iVVRGLTgiIHN0YW5kYWxvbmU9Im5vIj8+CjwhLS0gR2VuZXJhdG9yOiBBZG9iZSBJbGx1c3RyYXRvciAxOC4wLjAsIFNWRyBFeHBvcnQgUGx1Zy1JbiAuIFNWRyBWZXJzaW9uOiA2LjAwIEJ1aWxkIDApICAtLT4KPCFET0NUWVBFIHN2ZyAgUFVCTElDICctLy9XM0MvL0RURCBTVkcgMS4xLy9FTicgICdodHRwOi8vd3d3LnczLm9yZy9HcmFwaGljcy9TVkcvMS4xL0RURC9zdmcxMS5kdGQnPgo8c3ZnIGlkPSJMYXllcl8xIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHhtbDpzcGFjZT0icHJlc2VydmUiIHZpZXdCb3g9IjAgMCAxOCAxOCIgdmVyc2lvbj0iMS4xIiB5PSIwcHgiIHg9IjBweCIgeG1sbnM6eGxpbms9Imh0dHA6Ly93d3cudzMub3JnLzE5OTkveGxpbmsiIGVuYWJsZS1iYWNrZ3JvdW5kPSJuZXcgMCAwIDE4IDE4Ij4KPHBhdGggZD0ibTE2LjYgM2wtMS4yLTEuNWMtMC4yLTAuMy0wLjYtMC41LTEtMC41aC0xMC43Yy0wLjQgMC0wLjggMC4yLTEgMC41bC0xLjMgMS41Yy0wLjIgMC4zLTAuNCAwLjctMC40IDEuMXYxMS4xYzAgMSAwLjggMS44IDEuOCAxLjhoMTIuNGMxIDAgMS44LTAuOCAxLjgtMS44di0xMS4xYzAtMC40LTAuMi0wLjgtMC40LTEuMXptLTcuNiAxMC45bC00LjktNC45aDMuMXYtMS44aDMuNnYxLjhoMy4xbC00LjkgNC45em0tNi4xLTExLjFsMC43LTAuOWgxMC43bDAuOCAwLjloLTEyLjJ6Ii8+Cjwvc3ZnPgo=);\n}\n\n.meta-icons .trashed {\n  background-image: url(data:image/svg+xml;base64,PHN2ZyBoZWlnaHQ9IjE4cHgiIHdpZHRoPSIxOHB4IiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCA0OCA0OCIgZmlsbD0iIzAwMDAwMCI+DQogPHBhdGggZD0ibTEyIDM4YzAgMi4yMSAxLjc5IDQgNCA0aDE2YzIuMjEgMCA0LTEuNzkgNC00di0yNGgtMjR2MjR6bTI2LTMwaC03bC0yLTJoLTEwbC0yIDJoLTd2NGgyOHYtNHoiLz4NCiA8cGF0aCBkPSJtMCAwaDQ4djQ4aC00OHoiIGZpbGw9Im5vbmUiLz4NCjwvc3ZnPg==);\n}\n\n.checked {\n  text-decoration: line-through;\n}\n\n.RED {\n  background-color: rgb(255, 109, 63) !important;\n}\n.ORANGE {\n  background-color: rgb(255, 155, 0) !important;\n}\n.YELLOW {\n  background-color: rgb(255, 218, 0) !important;\n}\n.GREEN {\n  background-color: rgb(149, 214, 65) !important;\n}\n.TEAL {\n  background-color: rgb(28, 232, 181) !important;\n}\n.BLUE {\n  background-color: rgb(63, 195, 255) !important;\n}\n.GRAY {\n  background-color: rgb(184, 196, 201) !important;\n}\n\n/* go/keep-more-colors-eng */\n.CERULEAN {\n  background-color: rgb(130, 177, 255) !important;\n}\n.PURPLE {\n  background-color: rgb(179, 136, 255) !important;\n}\n.PINK {\n  background-color: rgb(248, 187, 208) !important;\n}\n.BROWN {\n  background-color: rgb(215, 204, 200) !important;\n}\n\n      '


def esc(text):
    out = (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
           .replace('"', "&quot;").replace("'", "&#39;"))
    return "".join("&#%d;" % ord(ch) if ord(ch) > 0xFFFF else ch for ch in out)


def read_source():
    meta, _, text = open(SRC, encoding="utf-8").read().partition("\n---\n")
    fields = {}
    for line in meta.split("\n"):
        key, _, value = line.partition(": ")
        fields[key] = value
    return fields, text.rstrip("\n")


def build():
    f, text = read_source()
    pinned = '<span class="pinned" title="Pinned"></span>' if f.get("pinned") == "yes" else ""
    labels = [l.strip() for l in f["labels"].split("|")]
    link_url, _, link_title = [s.strip() for s in f["weblink"].partition("|")]
    chips = "".join('<span class="chip label"><span class="label-name">%s</span></span>' % esc(l)
                    for l in labels)
    chips += ('<span class="chip annotation WEBLINK"><a href="%s"><span class="chip-icon"></span>%s</a></span>'
              % (esc(link_url), esc(link_title)))
    content = "<br>".join(esc(line) for line in text.split("\n"))
    color = f.get("color", "DEFAULT")
    out = ('<?xml version="1.0" ?>\n'
           '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">'
           '<html xmlns="http://www.w3.org/1999/xhtml"><head>'
           '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />\n'
           '<title>%s</title>\n'
           '<style type="text/css">\n%s</style></head>\n'
           '<body><div class="note %s"><div class="heading"><div class="meta-icons">\n'
           '%s\n'
           '</div>\n'
           '%s</div>\n'
           '<div class="title">%s</div>\n'
           '<div class="content">%s</div>\n'
           '\n'
           '\n'
           '<div class="chips">%s</div>\n'
           '</div></body></html>'
           % (esc(f["title"]), KEEP_CSS, color, pinned, esc(f["edited"]), esc(f["title"]), content, chips))
    return out.encode("utf-8")


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(path, "wb") as fh:
        fh.write(build())


if __name__ == "__main__":
    main()
