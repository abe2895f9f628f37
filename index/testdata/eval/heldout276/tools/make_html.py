#!/usr/bin/python3
"""Make docs/muvendar-polity-instapaper.html from tools/muvendar-polity-instapaper.txt.

The page is an article as Instapaper's web reader shows it (www.instapaper.com/read/<id>),
saved from the browser with "Save Page As > Webpage, Complete": the "saved from url" comment,
the charset meta the browser puts first, stylesheet and script links into the page's "_files"
folder (which the set does not keep), the reader's text-settings <style> and a bootstrap
<script> with the bookmark's state; the top bar (logo, Home / Liked / Archive / Highlights,
account menu); the reader toolbar of icon buttons with their labels; the hidden text-settings
popover (fonts, size, spacing, width, themes); the title bar (h1 and the origin line: site
link, author, date, minutes to read); the story as Instapaper's parser keeps it (the dek as
an italic first paragraph, p / h2 / h3 / ul / blockquote / figure with figcaption / a table,
an "Also read" link, the author's bio and a correction note left in); the reader's highlights
as <span class="highlight" data-highlight-id=...> inside the text, and the hidden highlights
sidebar repeating each highlight with the note typed on it; the end-of-article controls and
the site footer; a closing script.

Run from anywhere: /usr/bin/python3 tools/make_html.py [output.html]
Standard library only; the same bytes every time.
"""
import html
import math
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "muvendar-polity-instapaper.txt")
OUT = os.path.join(HERE, "..", "docs", "muvendar-polity-instapaper.html")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def curly(s):
    s = re.sub(r'(^|[\s(\[*])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(^|[\s(\[*])'", "\\1\u2018", s)
    return s.replace("'", "\u2019")


class Inline:
    def __init__(self, hls):
        self.hls = hls
        self.n = 0

    def __call__(self, s):
        s = s.replace(" -- ", " \u2014 ")
        s = curly(s)
        links = []

        def keep(m):
            links.append((m.group(1), m.group(2)))
            return "\x00%d\x00" % (len(links) - 1)

        s = re.sub(r"\[([^\[\]]+)\]\((https?://[^)]+)\)", keep, s)
        s = html.escape(s, quote=False)
        s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
        s = re.sub(r"(?<![\w*])\*([^*]+)\*(?![\w*])", r"<em>\1</em>", s)

        def hl(m):
            hid = self.hls[self.n][0]
            self.n += 1
            return '<span class="highlight" data-highlight-id="%s">%s</span>' % (hid, m.group(1))

        s = re.sub(r"\[\[(.+?)\]\]", hl, s)
        return re.sub(r"\x00(\d+)\x00", lambda m: '<a href="%s">%s</a>' % (
            html.escape(links[int(m.group(1))][1]), html.escape(links[int(m.group(1))][0])), s)


def plain(s):
    s = re.sub(r"\[\[(.+?)\]\]", r"\1", s)
    s = re.sub(r"\[([^\[\]]+)\]\([^)]+\)", r"\1", s)
    s = s.replace("**", "").replace("*", "")
    return curly(s.replace(" -- ", " \u2014 "))


def read_source():
    meta, hls, body = {}, [], []
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("## ") and not body and "@bookmark" not in meta:
                continue
            if line.startswith("@hl "):
                hid, note = line[4:].split("|", 1)
                hls.append((hid, note))
            elif line.startswith("@") and not line.startswith(("@figure", "@table", "@endtable")):
                k, v = line[1:].split(" ", 1)
                meta[k] = v
            else:
                body.append(line)
    return meta, hls, body


def story(meta, hls, body, files):
    inl = Inline(hls)
    out = ['<p><em>%s</em></p>' % html.escape(curly(meta["dek"]), quote=False)]
    lst, table, quote = None, None, []
    hl_texts = []
    for line in body + [""]:
        for m in re.finditer(r"\[\[(.+?)\]\]", line):
            hl_texts.append(plain(m.group(1)))
        if table is not None:
            if line == "@endtable":
                cap, rows = table[0], table[1:]
                out.append('<figure class="table_wrapper"><table>')
                out.append("<thead><tr>%s</tr></thead>" % "".join(
                    "<th>%s</th>" % inl(c) for c in rows[0].split(" | ")))
                out.append("<tbody>")
                for r in rows[1:]:
                    out.append("<tr>%s</tr>" % "".join("<td>%s</td>" % inl(c)
                                                       for c in r.split(" | ")))
                out.append("</tbody></table>")
                out.append("<figcaption>%s</figcaption></figure>" % inl(cap))
                table = None
            else:
                table.append(line)
            continue
        if not line.startswith("- ") and lst:
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % i for i in lst))
            lst = None
        if not line.startswith(">") and quote:
            out.append("<blockquote>%s</blockquote>" % "".join(quote))
            quote = []
        if not line.strip():
            continue
        if line.startswith("@table "):
            table = [line[7:]]
        elif line.startswith("@figure "):
            src, alt, cap = line[8:].split("|")
            src = "%s/%s" % (files, src)
            out.append('<figure><img src="%s" alt="%s" loading="lazy"><figcaption>%s'
                       '</figcaption></figure>' % (html.escape(src), html.escape(alt),
                                                   inl(cap)))
        elif line.startswith("=== "):
            out.append("<h3>%s</h3>" % inl(line[4:]))
        elif line.startswith("== "):
            out.append("<h2>%s</h2>" % inl(line[3:]))
        elif line.startswith("- "):
            lst = (lst or []) + [inl(line[2:])]
        elif line.startswith(">-- "):
            quote.append("<cite>\u2014 %s</cite>" % inl(line[4:]))
        elif line.startswith("> "):
            quote.append("<p>%s</p>" % inl(line[2:]))
        else:
            out.append("<p>%s</p>" % inl(line))
    return out, hl_texts


def build():
    meta, hls, body = read_source()
    title = curly(meta["title"])
    files = "./%s_files" % title.replace(":", "_")
    parts, hl_texts = story(meta, hls, body, files)
    words = len(re.sub(r"<[^>]+>", " ", " ".join(parts)).split())
    minutes = int(math.ceil(words / 230.0))
    bid = meta["bookmark"]
    t = html.escape(title, quote=False)
    d, mon, y = meta["published"].split()
    iso = "%s-%02d-%02d" % (y, MONTHS.index(mon) + 1, int(d))
    shown_date = "%s %s, %s" % (mon[:3], d, y)
    saved = meta["saved"]
    out = []
    w = out.append
    w("<!DOCTYPE html>")
    w("<!-- saved from url=(%04d)https://www.instapaper.com/read/%s -->"
      % (len("https://www.instapaper.com/read/" + bid), bid))
    w('<html lang="en" class="js no-touch"><head><meta http-equiv="Content-Type" '
      'content="text/html; charset=UTF-8">')
    w('<meta name="viewport" content="width=device-width, initial-scale=1, '
      'viewport-fit=cover">')
    w('<meta name="apple-itunes-app" content="app-id=288545208">')
    w("<title>%s</title>" % t)
    w('<link rel="icon" type="image/png" href="https://www.instapaper.com/images/favicon-32.png">')
    w('<link rel="stylesheet" href="%s/base.css">' % html.escape(files))
    w('<link rel="stylesheet" href="%s/reader.css">' % html.escape(files))
    w('<link rel="stylesheet" href="%s/fonts.css">' % html.escape(files))
    w('<style id="text_style">#story,#titlebar{max-width:640px}#story{font-family:"Lyon Text",'
      'Georgia,serif;font-size:20px;line-height:1.65}#story .highlight{background:#fff3a8;'
      'border-bottom:2px solid #f5d90a}#highlights_sidebar.hidden,#text_controls.hidden'
      '{display:none}</style>')
    w('<script>window.INSTAPAPER={"bookmark_id":%s,"folder":"unread","progress":0.0,'
      '"progress_timestamp":0,"time":"%s","url":"%s","hash":"b3Q8dKx1",'
      '"highlights_count":%d,"user":{"premium":false,"font":"lyon","fontsize":4,'
      '"linespacing":3,"width":2,"mode":"light"}};</script>'
      % (bid, saved, meta["url"].replace("/", "\\/"), len(hls)))
    w('<script src="%s/jquery-3.7.1.min.js"></script>' % html.escape(files))
    w('<script src="%s/reader.js" defer=""></script>' % html.escape(files))
    w("</head>")
    w('<body class="reader light lyon fontsize_4 width_2 not_premium" '
      'data-bookmark-id="%s">' % bid)
    w('<a class="skip_link" href="https://www.instapaper.com/read/%s#story">Skip to article'
      '</a>' % bid)
    w('<header id="top_nav" class="top_nav" role="banner">')
    w('<a class="logo" href="https://www.instapaper.com/u" aria-label="Instapaper home">'
      '<span class="logo_text">Instapaper</span></a>')
    w('<nav class="top_nav_links" aria-label="Folders">')
    for label, href in (("Home", "/u"), ("Liked", "/liked"), ("Archive", "/archive"),
                        ("Highlights", "/notes")):
        w('<a class="top_nav_link" href="https://www.instapaper.com%s">%s</a>' % (href, label))
    w("</nav>")
    w('<div class="account_menu"><button type="button" class="account_button" '
      'aria-haspopup="true" aria-expanded="false"><span class="avatar">N</span></button>'
      '</div>')
    w("</header>")
    w('<div id="reader_toolbar" class="reader_toolbar" role="toolbar" '
      'aria-label="Article actions">')
    for cls, label in (("back", "Back"), ("text_settings", "Aa"),
                       ("highlights", "Highlights (%d)" % len(hls)), ("speak", "Listen"),
                       ("share", "Share"), ("move", "Move"), ("like", "Like"),
                       ("archive", "Archive"), ("delete", "Delete")):
        w('<button type="button" class="toolbar_button %s" title="%s"><span class="icon '
          'icon_%s"></span><span class="label">%s</span></button>'
          % (cls, label.split(" (")[0], cls, label))
    w("</div>")
    w('<div id="text_controls" class="popover hidden" role="dialog" '
      'aria-label="Text settings">')
    w('<div class="control_group fonts"><span class="control_label">Font</span>'
      + "".join('<button type="button" class="font_button%s" data-font="%s">%s</button>'
                % (" selected" if f == "Lyon" else "", f.lower().replace(" ", "_"), f)
                for f in ("Lyon", "Tiempos", "Georgia", "Graphik", "Atkinson", "Mono"))
      + "</div>")
    w('<div class="control_group"><span class="control_label">Size</span><button '
      'type="button" class="decrease">A\u2212</button><button type="button" '
      'class="increase">A+</button></div>')
    w('<div class="control_group"><span class="control_label">Line spacing</span>'
      '<input type="range" min="1" max="6" value="3"></div>')
    w('<div class="control_group"><span class="control_label">Width</span>'
      '<input type="range" min="1" max="4" value="2"></div>')
    w('<div class="control_group modes">' + "".join(
        '<button type="button" class="mode_button %s%s">%s</button>'
        % (m.lower(), " selected" if m == "Light" else "", m)
        for m in ("Light", "Sepia", "Dark", "Storm")) + "</div>")
    w("</div>")
    w('<main id="reader_main" class="reader_main">')
    w('<div id="titlebar" class="titlebar">')
    w('<h1 id="title" class="title" dir="auto">%s</h1>' % t)
    w('<div class="origin_line"><a class="original" href="%s" target="_blank" '
      'rel="noopener">%s</a><span class="sep">\u00b7</span><span class="author">%s</span>'
      '<span class="sep">\u00b7</span><time datetime="%s">%s</time><span class="sep">'
      '\u00b7</span><span class="reading_time">%d min</span></div>'
      % (html.escape(meta["url"]), meta["site"], html.escape(meta["author"]), iso,
         shown_date, minutes))
    w("</div>")
    w('<div id="story" class="story" dir="auto">')
    out.extend(parts)
    w("</div>")
    w('<div id="bottom_controls" class="bottom_controls">')
    w('<button type="button" class="bottom_button archive">Archive this article</button>')
    w('<a class="bottom_button original" href="%s" target="_blank" rel="noopener">View '
      'original</a>' % html.escape(meta["url"]))
    w('<p class="report_problem">Problem with this article? <a href="https://www.instapaper.'
      'com/report/%s">Let us know</a>.</p>' % bid)
    w("</div>")
    w("</main>")
    w('<aside id="highlights_sidebar" class="sidebar hidden" aria-label="Highlights and '
      'notes">')
    w('<div class="sidebar_header"><span class="sidebar_title">Highlights</span>'
      '<button type="button" class="close" aria-label="Close">\u00d7</button></div>')
    w('<ol class="highlight_list">')
    for (hid, note), text in zip(hls, hl_texts):
        item = '<li class="highlight_item" data-highlight-id="%s"><blockquote>%s</blockquote>' \
               % (hid, html.escape(text, quote=False))
        if note:
            item += '<div class="highlight_note">%s</div>' % html.escape(note, quote=False)
        item += '<span class="highlight_date">Aug 9</span></li>'
        w(item)
    w("</ol>")
    w("</aside>")
    w('<footer id="footer" class="footer">')
    w('<a href="https://www.instapaper.com/apps">Apps</a> <a href="https://www.instapaper.com/'
      'extras">Extras</a> <a href="https://help.instapaper.com/">Help</a> <a href="https://'
      'www.instapaper.com/privacy">Privacy</a> <a href="https://www.instapaper.com/terms">'
      'Terms</a> <span class="copyright">\u00a9 2025 Instant Paper, Inc.</span>')
    w("</footer>")
    w('<script>document.addEventListener("DOMContentLoaded",function(){if(window.Reader)'
      '{Reader.init(window.INSTAPAPER);Reader.restoreProgress();}});</script>')
    w("</body></html>")
    return "\n".join(out) + "\n"


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(build())


if __name__ == "__main__":
    main()
