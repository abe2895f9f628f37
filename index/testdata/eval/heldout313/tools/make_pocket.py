#!/usr/bin/python3
"""Make docs/india-maldives-reset-pocket.html from tools/india-maldives-reset-pocket.txt.

The document is Pocket's web reader (getpocket.com/read/<item id>) saved from Chrome with
"Save page as > Webpage, Complete" in June 2025, a month before Mozilla closed Pocket: the
"saved from url" comment, the head of a Next.js page (charset, viewport, title ending in
"| Pocket", preloaded fonts, a stylesheet and the chunk scripts pointing into the page's
"_files" folder, which the set does not keep, and an inline style element of hashed class
names); in the body the __next root holding the shut-down banner Pocket showed from May 2025,
the reader's top bar (Back to Saves, and icon buttons whose labels are only visually-hidden
spans), the hidden highlights sidebar (a copy of each highlight with the note typed on it and
its date), the article header (h1, byline with author, domain link and reading time, a line of
site name, published and saved dates, "View Original", tag links) and the article as Pocket's
parser keeps it (a div lang="en" with RIL_container / RIL_body, the image in a "RIL_IMG" div
with its figcaption, the dek as an em paragraph, p, h2, blockquote with cite, ul lists, the
student's highlights as span class="highlight" with an annotation id, curly quotes); the end
controls ("Archive", "Add Tags", "Share") and the footer; then the __NEXT_DATA__ script with
the saved item's JSON (ids, timestamps, word count, the highlights).

Run from anywhere: /usr/bin/python3 tools/make_pocket.py   (standard library only; the output
is the same byte for byte every run: ids come from hashes of the text, times are fixed)
"""
import calendar
import hashlib
import html
import json
import math
import os
import re
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "india-maldives-reset-pocket.txt")
OUT = os.path.join(HERE, "..", "docs", "india-maldives-reset-pocket.html")
FILES = "./From ‘India Out’ to a Currency Swap_ How Delhi and Malé Patched Things Up _ Pocket_files"
BUILD = "pocket-web-2f9c1e7a4b"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def curly(s):
    s = re.sub(r'(^|[\s(\[])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(^|[\s(\[])'", "\\1\u2018", s)
    return s.replace("'", "\u2019")


def uid(*parts):
    h = hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()
    return "%s-%s-4%s-a%s-%s" % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])


def parse():
    head, blocks, notes = {}, [], {}
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("# "):
                continue
            if line.startswith("@note "):
                n, text = line[6:].split(" ", 1)
                notes[int(n)] = text
            elif line.startswith("@"):
                k, _, v = line[1:].partition(" ")
                head[k] = v
            elif line.strip():
                blocks.append(line.strip())
    return head, blocks, notes


class Highlights:
    def __init__(self, saved_ts):
        self.items = []
        self.saved_ts = saved_ts

    def span(self, m):
        text = m.group(1)
        n = len(self.items) + 1
        hid = uid("highlight", text)
        self.items.append((n, hid, text))
        return '<span class="highlight" annotation_id="%s" data-testid="highlight">%s</span>' % (
            hid, text)


def inline(s, hl):
    s = html.escape(curly(s), quote=False)
    s = re.sub(r"\*([^*]+)\*", r"<em>\1</em>", s)
    s = re.sub(r"==(.+?)==", hl.span, s)
    return s


def date_ts(text, hour, minute):
    mon, day, year = text.replace(",", "").split()
    return calendar.timegm((int(year), MONTHS.index(mon) + 1, int(day), hour, minute, 0))


def short(text):
    mon, rest = text.split(" ", 1)
    return mon[:3] + " " + rest


def main():
    head, blocks, notes = parse()
    saved_ts = date_ts(head["saved"], 4, 52)
    hl = Highlights(saved_ts)
    shown = [head["title"], head["dek"]] + [re.sub(r"^(## |>- |> |- )", "", b) for b in blocks
                                            if not b.startswith("[img]")]
    words = len(re.sub(r"==|\*", " ", " ".join(shown)).split())
    minutes = int(math.ceil(words / 220.0))
    title = curly(head["title"])
    domain = re.match(r"https?://(?:www\.)?([^/]+)/", head["url"]).group(1)

    body = ['<div class="RIL_IMG" id="RIL_IMG_0" hidden=""></div>']
    body.append('<p><em>%s</em></p>' % inline(head["dek"], hl))
    i, n_img = 0, 0
    while i < len(blocks):
        b = blocks[i]
        if b.startswith("[img] "):
            n_img += 1
            src, alt, cap = [x.strip() for x in b[6:].split("|")]
            body.append('<div class="RIL_IMG" id="RIL_IMG_%d"><figure><img src="%s/%s" alt="%s" '
                        'loading="lazy" width="1200" height="675"><figcaption>%s</figcaption>'
                        '</figure></div>' % (n_img, FILES, src, html.escape(alt),
                                             inline(cap, hl)))
        elif b.startswith("## "):
            body.append("<h2>%s</h2>" % inline(b[3:], hl))
        elif b.startswith("> "):
            parts = ["<p>%s</p>" % inline(b[2:], hl)]
            while i + 1 < len(blocks) and blocks[i + 1].startswith(">"):
                i += 1
                nb = blocks[i]
                if nb.startswith(">- "):
                    parts.append("<cite>%s</cite>" % inline(nb[3:], hl))
                else:
                    parts.append("<p>%s</p>" % inline(nb[2:], hl))
            body.append("<blockquote>%s</blockquote>" % "".join(parts))
        elif b.startswith("- "):
            items = [b]
            while i + 1 < len(blocks) and blocks[i + 1].startswith("- "):
                i += 1
                items.append(blocks[i])
            body.append("<ul>%s</ul>" % "".join("<li>%s</li>" % inline(x[2:], hl) for x in items))
        else:
            body.append("<p>%s</p>" % inline(b, hl))
        i += 1

    side = []
    for n, hid, text in hl.items:
        note = notes.get(n)
        side.append(
            '<li class="c1q0u8k7 highlight-card" data-annotation="%s"><blockquote class="quote">%s'
            '</blockquote>%s<footer><span class="created">%s</span><button type="button" '
            'class="menu" aria-label="Highlight options"><span class="visually-hidden">Highlight '
            'options</span></button></footer></li>' % (
                hid, html.escape(curly(text), quote=False),
                '<p class="note">%s</p>' % html.escape(note, quote=False) if note else "",
                short(head["saved"])))

    tags = [t.strip() for t in head["tags"].split(",")]
    next_data = {
        "props": {
            "pageProps": {
                "locale": "en",
                "itemId": head["item"],
                "savedItem": {
                    "id": head["item"],
                    "status": "UNREAD",
                    "isFavorite": False,
                    "isArchived": False,
                    "_createdAt": saved_ts,
                    "_updatedAt": saved_ts + 1260,
                    "tags": [{"name": t, "id": uid("tag", t)} for t in tags],
                    "annotations": {"highlights": [
                        {"id": hid, "quote": curly(text), "patch": "", "version": 2,
                         "note": notes.get(n), "_createdAt": saved_ts + 300 * n,
                         "_updatedAt": saved_ts + 300 * n} for n, hid, text in hl.items]},
                    "item": {
                        "itemId": head["item"],
                        "givenUrl": head["url"],
                        "resolvedUrl": head["url"],
                        "title": title,
                        "excerpt": curly(head["dek"]),
                        "domainMetadata": {"name": head["site"], "logo": None},
                        "authors": [{"id": uid("author", head["author"]),
                                     "name": head["author"], "url": ""}],
                        "datePublished": time.strftime(
                            "%Y-%m-%d %H:%M:%S", time.gmtime(date_ts(head["published"], 0, 0))),
                        "wordCount": words,
                        "timeToRead": minutes,
                        "hasImage": "HAS_IMAGES",
                        "hasVideo": "NO_VIDEOS",
                        "isArticle": True,
                        "language": "en",
                    },
                },
            },
            "__N_SSP": True,
        },
        "page": "/read/[slug]",
        "query": {"slug": head["item"]},
        "buildId": BUILD,
        "isFallback": False,
        "gssp": True,
        "locale": "en",
        "locales": ["en", "de", "es", "fr", "it", "ja", "ko", "nl", "pl", "pt-BR", "ru",
                    "zh-CN", "zh-TW"],
        "defaultLocale": "en",
        "scriptLoader": [],
    }
    nd = json.dumps(next_data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")

    url_len = len("https://getpocket.com/read/" + head["item"])
    out = []
    w = out.append
    w("<!DOCTYPE html>")
    w("<!-- saved from url=(%04d)https://getpocket.com/read/%s -->" % (url_len, head["item"]))
    w('<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
      '<meta name="viewport" content="width=device-width, initial-scale=1">'
      '<title>%s | Pocket</title>' % html.escape(title, quote=False))
    w('<meta name="description" content="%s">' % html.escape(curly(head["dek"])))
    w('<meta name="robots" content="noindex">')
    w('<link rel="icon" href="%s/favicon.ico">' % FILES)
    w('<link rel="preload" href="%s/graphik-regular-web.woff2" as="font" type="font/woff2" '
      'crossorigin="anonymous">' % FILES)
    w('<link rel="preload" href="%s/blanco-regular.woff2" as="font" type="font/woff2" '
      'crossorigin="anonymous">' % FILES)
    w('<link rel="stylesheet" href="%s/7c0e5b2d91a4f3e8.css" data-n-g="">' % FILES)
    for chunk in ("polyfills-c67a75d1b6f99dc8.js", "webpack-5d8e1f0c3b7a2964.js",
                  "framework-ecc4130bc7a58a64.js", "main-0a4d2f6c9e1b7385.js",
                  "_app-3b9e7d1c5a2f8064.js", "[slug]-8f2a6c4e1d9b0735.js",
                  "_buildManifest.js", "_ssgManifest.js"):
        extra = ' nomodule=""' if chunk.startswith("polyfills") else ' defer=""'
        w('<script src="%s/%s"%s></script>' % (FILES, chunk, extra))
    w('<style data-linaria="reader">.c1w5hq6u{--color-canvas:#fff;--color-textPrimary:#1a1a1a;'
      'font-family:"Graphik Web",sans-serif}.c19b9w7q{max-width:718px;margin:0 auto;'
      'padding:0 16px}.c19b9w7q h1{font-family:"Blanco OSF",serif;font-size:2.5rem;'
      'line-height:1.22}.c19b9w7q .article-content{font-family:"Blanco OSF",serif;'
      'font-size:1.1875rem;line-height:1.6}.highlight{background:#fcf0a6;cursor:pointer}'
      '.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;'
      'clip:rect(0 0 0 0)}.c8bq1x3r{background:#fdf0e8;border-bottom:1px solid #ef4056;'
      'padding:12px 16px}</style>')
    w("</head>")
    w('<body><div id="__next"><div class="c1w5hq6u page-reader colormode-light" '
      'data-testid="reader-page">')
    w('<div class="c8bq1x3r goodbye-banner" role="status"><p><strong>Pocket is saying '
      'goodbye.</strong> Pocket will no longer be available after July 8, 2025. You can export '
      'your saves until October 8, 2025.</p><a href="https://support.mozilla.org/kb/'
      'future-of-pocket" target="_blank" rel="noopener noreferrer">Learn more</a>'
      '<button type="button" class="dismiss" aria-label="Dismiss"><span class="visually-hidden">'
      'Dismiss</span></button></div>')
    w('<header class="c11wjqz2 reader-nav" data-testid="reader-nav"><nav class="nav-inner">'
      '<a class="back" href="https://getpocket.com/saves" data-testid="back-to-saves">'
      '<svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24"><path d="M15 18l-6-6 '
      '6-6"></path></svg><span class="visually-hidden">Back to Saves</span></a>'
      '<div class="actions">')
    for label, test in (("Highlights", "highlights"), ("Display settings", "display-settings"),
                        ("Tag", "tag"), ("Favorite", "favorite"), ("Archive", "archive"),
                        ("Delete", "delete"), ("Share", "share")):
        w('<button type="button" class="icon-button" data-testid="%s" aria-label="%s">'
          '<svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24"></svg>'
          '<span class="visually-hidden">%s</span></button>' % (test, label, label))
    w("</div></nav></header>")
    w('<main class="reader" id="reader">')
    w('<aside class="highlights-sidebar" data-testid="highlights-sidebar" hidden="" '
      'aria-hidden="true"><h3>Highlights <span class="count">(%d)</span></h3>'
      '<ul class="highlight-list">%s</ul></aside>' % (len(hl.items), "".join(side)))
    w('<article class="c19b9w7q reader-article" data-testid="article">')
    w('<header class="article-header"><h1 class="title" data-testid="article-title">%s</h1>'
      % html.escape(title, quote=False))
    w('<div class="byline" data-testid="byline"><span class="authors">by <span class="name">'
      '%s</span></span> <span class="divider">|</span> <a class="domain" href="%s" '
      'target="_blank" rel="noopener noreferrer">%s</a> <span class="divider">\u00b7</span> '
      '<span class="readTime" data-testid="read-time">%d min</span></div>' % (
          head["author"], html.escape(head["url"]), domain, minutes))
    w('<div class="item-meta"><span class="site-name">%s</span> \u00b7 <span class="published">'
      'Published %s</span> \u00b7 <span class="saved" data-testid="saved-date">Saved %s</span>'
      '</div>' % (head["site"], head["published"], head["saved"]))
    w('<a class="view-original" href="%s" target="_blank" rel="noopener noreferrer" '
      'data-testid="view-original">View Original</a>' % html.escape(head["url"]))
    w('<div class="tags" data-testid="tags">%s</div></header>' % "".join(
        '<a class="tag" href="https://getpocket.com/saves/tags/%s">%s</a>' % (t, t) for t in tags))
    w('<div class="article-content" data-testid="article-content"><div lang="en">'
      '<div id="RIL_container"><div id="RIL_body">')
    for b in body:
        w(b)
    w("</div></div></div></div>")
    w('<footer class="article-end"><button type="button" class="archive-article">Archive'
      '</button><button type="button" class="add-tags">Add Tags</button><button type="button" '
      'class="share-article">Share</button></footer>')
    w("</article></main>")
    w('<footer class="global-footer"><nav><a href="https://getpocket.com/about">About</a>'
      '<a href="https://help.getpocket.com/">Help</a><a href="https://getpocket.com/privacy">'
      'Privacy</a><a href="https://getpocket.com/tos">Terms of Service</a></nav>'
      '<p class="copyright">\u00a9 2025 Read It Later, Inc., a subsidiary of Mozilla '
      'Corporation</p></footer>')
    w("</div></div>")
    w('<script id="__NEXT_DATA__" type="application/json">%s</script>' % nd)
    w("</body></html>")
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
