#!/usr/bin/python3
"""Make docs/mishti-scheme-webclip.enex from tools/mishti-scheme-webclip.txt.

The file is what Evernote 10 exports (File > Export > ENEX) for one note made with the Evernote
Web Clipper in "Full page" mode from a coaching site's current-affairs page:

  - the en-export root (evernote-export4.dtd, export-date, application, version) with one note:
    title (the page's <title>), created, updated, tags, note-attributes (author, source
    "web.clip7", source-url), the content as a CDATA section holding an ENML document on one
    line, and two <resource>s (the site logo and the article's picture) with base64 data,
    mime, width, height and resource-attributes (source-url, file-name);
  - a line the student typed above the clip, then the clip itself: one wrapper div whose style
    carries --en-clipped-content:fullPage, --en-clipped-source-url and
    --en-clipped-source-title, and inside it the whole page as the clipper serialises it -
    every element with the computed styles inlined, the page's header/nav/aside/footer/button
    elements turned into divs (ENML allows none of them), no ids or classes, images replaced
    by <en-media> whose hash is the MD5 of the resource data;
  - site clutter kept: the offer bar, logo, menu, breadcrumb, byline, share row, tag pills,
    syllabus box, the "Table of Contents [hide]" box, a "Remember" callout, a hidden-answer
    button, FAQ accordion items (question div + answer div), sources, download, previous/next,
    related posts, three comments, sidebar widgets, footer and the cookie bar.

Source markup: "@key value" header lines up to "---", then one item a line (see the .txt):
TOPBAR, LOGO, NAV, CRUMB, H1, META, SHARE, TAGS, HERO, BOX, TOC, NOTE, H2, P, "- " bullet,
"1. " numbered item, TABLE row (first is the header), SPOILER, FAQ, SOURCES, DOWNLOAD,
PREVNEXT, RELATED, COMMENTS, COMMENT, SIDEBAR, FOOTER, FOOTLINKS, COPYRIGHT, COOKIE; fields
split on " | "; **bold** inline.

Run from anywhere: /usr/bin/python3 tools/make_enex.py [OUT]  (output is byte-for-byte stable:
pictures are drawn with zlib from fixed formulas)
"""
import base64
import hashlib
import os
import re
import struct
import sys
import zlib
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "mishti-scheme-webclip.txt")
OUT = os.path.join(HERE, "..", "docs", "mishti-scheme-webclip.enex")
SITE = "https://www.civilscompass.in"

FONT = "font-family: Poppins, &quot;Segoe UI&quot;, Roboto, Arial, sans-serif;"
BASE = "box-sizing: border-box; " + FONT
STY = {
    "page": BASE + " margin: 0px; padding: 0px; color: rgb(33, 37, 41); font-size: 16px;"
            " line-height: 1.6; background-color: rgb(255, 255, 255);",
    "topbar": BASE + " padding: 6px 0px; background-color: rgb(11, 61, 145); color: rgb(255,"
              " 255, 255); font-size: 13px; text-align: center;",
    "topbar_a": "box-sizing: border-box; color: rgb(255, 214, 0); text-decoration: none;"
                " margin-left: 12px;",
    "header": BASE + " display: flex; align-items: center; justify-content: space-between;"
              " padding: 10px 24px; border-bottom: 1px solid rgb(229, 231, 235);",
    "nav_ul": BASE + " display: flex; list-style: none; margin: 0px; padding: 0px;",
    "nav_li": BASE + " margin: 0px 0px 0px 18px; font-size: 14.5px; font-weight: 500;",
    "nav_a": "box-sizing: border-box; color: rgb(31, 41, 55); text-decoration: none;",
    "wrap": BASE + " display: flex; max-width: 1180px; margin: 0px auto; padding: 20px 16px;",
    "main": BASE + " flex: 0 0 70%; max-width: 70%; padding-right: 28px;",
    "aside": BASE + " flex: 0 0 30%; max-width: 30%;",
    "crumb": BASE + " font-size: 13px; color: rgb(107, 114, 128); margin-bottom: 10px;",
    "crumb_a": "box-sizing: border-box; color: rgb(11, 61, 145); text-decoration: none;",
    "h1": BASE + " font-size: 30px; line-height: 1.25; font-weight: 700; color: rgb(17, 24,"
          " 39); margin: 0px 0px 10px;",
    "meta": BASE + " font-size: 13.5px; color: rgb(107, 114, 128); margin-bottom: 12px;",
    "share": BASE + " display: flex; gap: 8px; font-size: 13px; margin-bottom: 12px;",
    "share_a": "box-sizing: border-box; padding: 4px 10px; border-radius: 4px;"
               " background-color: rgb(243, 244, 246); color: rgb(55, 65, 81);"
               " text-decoration: none;",
    "pill": "box-sizing: border-box; display: inline-block; margin: 0px 6px 6px 0px;"
            " padding: 2px 10px; border-radius: 999px; font-size: 12.5px;"
            " background-color: rgb(224, 236, 255); color: rgb(11, 61, 145);",
    "fig": BASE + " margin: 14px 0px;",
    "figcap": BASE + " font-size: 13px; color: rgb(107, 114, 128); text-align: center;"
              " margin-top: 6px;",
    "box": BASE + " border-left: 4px solid rgb(11, 61, 145); background-color: rgb(239, 246,"
           " 255); padding: 10px 14px; margin: 14px 0px; font-size: 15px;",
    "toc": BASE + " border: 1px solid rgb(209, 213, 219); background-color: rgb(249, 250,"
           " 251); padding: 12px 16px; margin: 16px 0px; width: fit-content;",
    "toc_title": BASE + " font-weight: 700; font-size: 15px;",
    "toc_toggle": "box-sizing: border-box; font-weight: 400; font-size: 13px; color: rgb(11,"
                  " 61, 145); margin-left: 6px;",
    "toc_ol": BASE + " margin: 6px 0px 0px; padding-left: 22px; font-size: 14.5px;",
    "toc_a": "box-sizing: border-box; color: rgb(11, 61, 145); text-decoration: none;",
    "content": BASE + " font-size: 16.5px; line-height: 1.75; color: rgb(33, 37, 41);",
    "h2": BASE + " font-size: 23px; font-weight: 700; color: rgb(11, 61, 145); margin: 26px"
          " 0px 10px; padding-bottom: 4px; border-bottom: 2px solid rgb(224, 236, 255);",
    "p": BASE + " margin: 0px 0px 14px;",
    "ul": BASE + " margin: 0px 0px 14px; padding-left: 24px;",
    "li": BASE + " margin-bottom: 6px;",
    "note": BASE + " background-color: rgb(255, 251, 235); border: 1px dashed rgb(245, 158,"
            " 11); padding: 10px 14px; margin: 14px 0px; font-size: 15px;",
    "table": "box-sizing: border-box; width: 100%; border-collapse: collapse; margin: 10px"
             " 0px 16px; font-size: 15px;",
    "th": "box-sizing: border-box; border: 1px solid rgb(209, 213, 219); padding: 8px 10px;"
          " background-color: rgb(11, 61, 145); color: rgb(255, 255, 255); text-align: left;",
    "td": "box-sizing: border-box; border: 1px solid rgb(209, 213, 219); padding: 8px 10px;",
    "spoiler_btn": BASE + " display: inline-block; padding: 6px 14px; border-radius: 4px;"
                   " background-color: rgb(16, 185, 129); color: rgb(255, 255, 255);"
                   " font-size: 14px; font-weight: 600;",
    "spoiler": BASE + " margin: 8px 0px 14px; padding: 8px 12px; background-color: rgb(236,"
               " 253, 245); font-size: 15px;",
    "faq_q": BASE + " font-weight: 600; font-size: 16px; padding: 10px 14px;"
             " background-color: rgb(243, 244, 246); border: 1px solid rgb(229, 231, 235);"
             " margin-top: 8px;",
    "faq_a": BASE + " padding: 10px 14px; border: 1px solid rgb(229, 231, 235); border-top:"
             " none; font-size: 15.5px;",
    "small": BASE + " font-size: 13.5px; color: rgb(107, 114, 128); margin: 12px 0px;",
    "btn": BASE + " display: inline-block; margin: 10px 0px; padding: 8px 16px;"
           " border-radius: 6px; background-color: rgb(11, 61, 145); color: rgb(255, 255,"
           " 255); font-weight: 600; font-size: 14.5px;",
    "prevnext": BASE + " display: flex; justify-content: space-between; font-size: 14px;"
                " border-top: 1px solid rgb(229, 231, 235); border-bottom: 1px solid rgb(229,"
                " 231, 235); padding: 10px 0px; margin: 16px 0px;",
    "widget": BASE + " border: 1px solid rgb(229, 231, 235); border-radius: 6px; padding:"
              " 14px; margin-bottom: 18px; font-size: 14.5px;",
    "widget_h": BASE + " font-size: 17px; font-weight: 700; margin: 0px 0px 8px;",
    "comment": BASE + " border-bottom: 1px solid rgb(243, 244, 246); padding: 10px 0px;"
               " font-size: 14.5px;",
    "comment_by": BASE + " font-weight: 600; font-size: 14px;",
    "comment_date": BASE + " font-size: 12.5px; color: rgb(156, 163, 175);",
    "footer": BASE + " background-color: rgb(17, 24, 39); color: rgb(209, 213, 219);"
              " padding: 24px; font-size: 14px; text-align: center;",
    "footer_a": "box-sizing: border-box; color: rgb(209, 213, 219); text-decoration: none;"
                " margin: 0px 8px;",
    "cookie": BASE + " position: fixed; bottom: 0px; left: 0px; right: 0px; padding: 10px"
              " 16px; background-color: rgb(31, 41, 55); color: rgb(255, 255, 255);"
              " font-size: 13.5px;",
}


def png(width, height, pixel):
    """A plain RGB PNG written with zlib (filter 0 on every row)."""
    raw = b"".join(b"\x00" + bytes(c for x in range(width) for c in pixel(x, y))
                   for y in range(height))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2,
                                                            0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def logo_pixel(x, y):
    # a navy compass disc with a yellow needle on the left, white elsewhere
    dx, dy = x - 20, y - 20
    if dx * dx + dy * dy <= 17 * 17:
        if abs(dx + dy) <= 2 and dy < 0 < -dx or abs(dx + dy) <= 2 and dx < 0 < -dy:
            return (255, 214, 0)
        return (11, 61, 145)
    if 48 <= x <= 172 and 14 <= y <= 26 and (x // 6) % 2 == 0:
        return (17, 24, 39)
    return (255, 255, 255)


def hero_pixel(x, y):
    # sky, water and rows of green saplings, scaled down from the 640x360 original
    if y < 40:
        return (190 - y, 215 - y // 2, 240)
    if y < 70:
        return (70, 120 + (x % 40) // 4, 140)
    band = (x + 3 * y) % 28
    g = 110 + (y * 3) % 60
    return (40, g, 50) if band < 9 else (110, 90 + (y % 20), 60)


def inline(s):
    s = escape(s)
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)


def slug(s):
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return s


def d(style, inner, tag="div"):
    return '<%s style="%s">%s</%s>' % (tag, STY[style], inner, tag)


def a(href, text, style):
    return '<a href="%s" style="%s">%s</a>' % (escape(href), STY[style], inline(text))


def read():
    with open(SRC, encoding="utf-8") as f:
        head, body = f.read().split("---\n", 1)
    meta = {}
    for line in head.strip().split("\n"):
        k, v = line[1:].split(" ", 1)
        meta[k] = v
    items = []
    for line in body.rstrip("\n").split("\n"):
        if line.startswith("- "):
            items.append(("-", line[2:]))
        elif re.match(r"\d+\. ", line):
            items.append(("1.", line.split(". ", 1)[1]))
        else:
            k, _, v = line.partition(" ")
            items.append((k, v))
    return meta, items


def build_page(meta, items, media):
    """Return the clipped page as ENML, plus the page title used in the wrapper style."""
    top, main, aside, bottom = [], [], [], []
    content = []
    i = 0
    while i < len(items):
        k, v = items[i]
        f = [x.strip() for x in v.split(" | ")]
        if k == "TOPBAR":
            top.append(d("topbar", inline(f[0]) + "".join(
                a(SITE + "/" + slug(x) + "/", x, "topbar_a") for x in f[1:])))
        elif k == "LOGO":
            logo = media["logo"]
            nav = "".join('<li style="%s">%s</li>' % (STY["nav_li"],
                          a(SITE + "/" if x == "Home" else SITE + "/" + slug(x) + "/", x,
                            "nav_a")) for x in items[i + 1][1].split(" | "))
            top.append(d("header", '<div style="%s"><a href="%s/">%s</a></div>'
                         % (BASE, SITE, logo) + d("page", '<ul style="%s">%s</ul>'
                                                  % (STY["nav_ul"], nav))))
            i += 1  # NAV consumed
        elif k == "CRUMB":
            parts = v.split(" › ")
            links = [a(SITE + "/" if p == "Home" else SITE + "/" + slug(p) + "/", p, "crumb_a")
                     for p in parts[:-1]]
            main.append(d("crumb", " › ".join(links + ['<span style="%s">%s</span>'
                                                         % (BASE, inline(parts[-1]))])))
        elif k == "H1":
            main.append(d("h1", inline(v), "h1"))
        elif k == "META":
            main.append(d("meta", " | ".join('<span style="%s">%s</span>' % (BASE, inline(x))
                                              for x in f)))
        elif k == "SHARE":
            main.append(d("share", '<span style="%s">%s</span>' % (BASE, inline(f[0])) + "".join(
                a("https://share.example/" + slug(x), x, "share_a") for x in f[1:])))
        elif k == "TAGS":
            main.append(d("page", "".join(a(SITE + "/tag/" + slug(x) + "/", x, "pill")
                                          for x in f)))
        elif k == "HERO":
            main.append(d("fig", media["hero"] + d("figcap", inline(f[1]))))
        elif k == "BOX":
            main.append(d("box", "<b>%s:</b> %s" % (inline(f[0]), inline(f[1]))))
        elif k == "TOC":
            lis = "".join('<li style="%s">%s</li>' % (STY["li"], a("#" + slug(x), x, "toc_a"))
                          for x in f)
            main.append(d("toc", d("toc_title", "Table of Contents" + '<span style="%s">[hide]'
                                                                      '</span>' % STY["toc_toggle"])
                              + '<ol style="%s">%s</ol>' % (STY["toc_ol"], lis)))
        elif k in ("H2", "P", "-", "1.", "TABLE", "NOTE", "SPOILER", "FAQ"):
            # the article body: gather consecutive body items
            if k == "H2":
                content.append(d("h2", inline(v), "h2"))
            elif k == "P":
                content.append(d("p", inline(v), "p"))
            elif k == "NOTE":
                content.append(d("note", "<b>%s:</b> %s" % (inline(f[0]), inline(f[1]))))
            elif k == "SPOILER":
                content.append(d("spoiler_btn", inline(f[0])) + d("spoiler", inline(f[1])))
            elif k == "FAQ":
                content.append(d("faq_q", inline(f[0])) + d("faq_a", inline(f[1])))
            elif k in ("-", "1."):
                kind = "ul" if k == "-" else "ol"
                lis = []
                while i < len(items) and items[i][0] == k:
                    lis.append('<li style="%s">%s</li>' % (STY["li"], inline(items[i][1])))
                    i += 1
                content.append('<%s style="%s">%s</%s>' % (kind, STY["ul"], "".join(lis), kind))
                continue
            elif k == "TABLE":
                rows = []
                while i < len(items) and items[i][0] == "TABLE":
                    cells = [x.strip() for x in items[i][1].split(" | ")]
                    tag = "th" if not rows else "td"
                    rows.append("<tr>" + "".join('<%s style="%s">%s</%s>'
                                                 % (tag, STY[tag], inline(c), tag)
                                                 for c in cells) + "</tr>")
                    i += 1
                content.append('<div style="%s"><table style="%s"><thead>%s</thead><tbody>%s'
                               '</tbody></table></div>' % (BASE + " overflow-x: auto;",
                                                           STY["table"], rows[0],
                                                           "".join(rows[1:])))
                continue
        elif k == "SOURCES":
            main.append(d("content", "".join(content)))
            content = []
            main.append(d("small", inline(v)))
        elif k == "DOWNLOAD":
            main.append(d("btn", inline(v)))
        elif k == "PREVNEXT":
            main.append(d("prevnext", "".join(a(SITE + "/current-affairs/" + slug(x) + "/", x,
                                                "crumb_a") for x in f)))
        elif k == "RELATED":
            lis = "".join('<li style="%s">%s</li>' % (STY["li"],
                          a(SITE + "/current-affairs/" + slug(x) + "/", x, "crumb_a"))
                          for x in f[1:])
            main.append(d("widget", d("widget_h", inline(f[0]), "h3")
                          + '<ul style="%s">%s</ul>' % (STY["ul"], lis)))
        elif k == "COMMENTS":
            main.append(d("widget_h", inline(v), "h3"))
        elif k == "COMMENT":
            main.append(d("comment", d("comment_by", inline(f[0])) + d("comment_date",
                          inline(f[1])) + d("p", inline(f[2]), "p")
                          + '<div style="%s">Reply</div>' % STY["comment_date"]))
        elif k == "SIDEBAR":
            body = d("widget_h", inline(f[0]), "h3")
            if len(f) == 2:
                body += d("btn", inline(f[1]))
            else:
                body += "".join(a(SITE + "/tag/" + slug(x) + "/", x, "pill") for x in f[1:])
            aside.append(d("widget", body))
        elif k == "FOOTER":
            bottom.append(d("p", "<b>%s</b>" % inline(v)))
        elif k == "FOOTLINKS":
            bottom[-1] += d("p", "".join(a(SITE + "/" + slug(x) + "/", x, "footer_a")
                                         for x in f))
        elif k == "COPYRIGHT":
            bottom[-1] += d("p", inline(v))
        elif k == "COOKIE":
            cookie = d("cookie", inline(f[0]) + "".join(
                '<span style="%s">%s</span>' % (STY["share_a"], inline(x)) for x in f[1:]))
        else:
            raise ValueError("bad item %r" % k)
        i += 1
    page = ("".join(top) + d("wrap", d("main", "".join(main)) + d("aside", "".join(aside)))
            + d("footer", "".join(bottom)) + cookie)
    return d("page", page)


def build(out_path):
    meta, items = read()
    logo = png(180, 40, logo_pixel)
    hero = png(320, 180, hero_pixel)
    # (key, data, stored width, height, width and height shown on the page, url, file name)
    res = [("logo", logo, 180, 40, 180, 40,
            SITE + "/wp-content/uploads/2024/03/civilscompass-logo.png", "civilscompass-logo.png"),
           ("hero", hero, 320, 180, 640, 360,
            SITE + "/wp-content/uploads/2025/10/mishti-nursery-640x360.png",
            "mishti-nursery-640x360.png")]
    media = {}
    for key, data, w, h, sw, sh, url, name in res:
        style = ("box-sizing: border-box; max-width: 100%; height: auto;" if key == "hero"
                 else "box-sizing: border-box; display: block; height: 40px; width: 180px;")
        media[key] = '<en-media hash="%s" type="image/png" width="%d" height="%d" style="%s"/>' % (
            hashlib.md5(data).hexdigest(), sw, sh, style)
    page = build_page(meta, items, media)
    wrapper = ('<div style="--en-clipped-content:fullPage; --en-clipped-source-url:%s;'
               ' --en-clipped-source-title:%s;">' % (escape(meta["url"]), escape(meta["title"])))
    enml = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">\n'
            "<en-note><div>%s</div><div><br/></div>%s%s</div></en-note>"
            % (inline(meta["usernote"]), wrapper, page))
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="no"?>',
           '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">',
           '<en-export export-date="%s" application="Evernote" version="10.152.4">'
           % meta["export"],
           "  <note>",
           "    <title>%s</title>" % escape(meta["title"]),
           "    <created>%s</created>" % meta["created"],
           "    <updated>%s</updated>" % meta["updated"]]
    out += ["    <tag>%s</tag>" % escape(t) for t in meta["tags"].split(", ")]
    out += ["    <note-attributes>",
            "      <author>%s</author>" % escape(meta["author"]),
            "      <source>web.clip7</source>",
            "      <source-url>%s</source-url>" % escape(meta["url"]),
            "    </note-attributes>",
            "    <content>",
            "      <![CDATA[%s      ]]>" % enml,
            "    </content>"]
    for key, data, w, h, sw, sh, url, name in res:
        b64 = base64.b64encode(data).decode("ascii")
        lines = [b64[j:j + 76] for j in range(0, len(b64), 76)]
        out += ["    <resource>",
                '      <data encoding="base64">',
                "\n".join("        " + l for l in lines),
                "      </data>",
                "      <mime>image/png</mime>",
                "      <width>%d</width>" % w,
                "      <height>%d</height>" % h,
                "      <resource-attributes>",
                "        <source-url>%s</source-url>" % escape(url),
                "        <file-name>%s</file-name>" % name,
                "      </resource-attributes>",
                "    </resource>"]
    out += ["  </note>", "</en-export>"]
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
