#!/usr/bin/python3
"""Make docs/target-6-invasive-species-substack.html from tools/target-6-invasive-species-substack.txt.

The output is a Substack post page as the SingleFile browser extension saves it with its default
options: the doctype and the html start tag followed at once by SingleFile's comment (url and
saved date), no head or body start tags, scripts removed, hidden elements removed, the page's
stylesheets pruned into one inline style block, images inlined as base64 data: URIs, attribute
quotes dropped where HTML allows it, and the DOM written on a few very long lines.

The post itself is Substack's markup: the navbar, the post header (h1.post-title, h3.subtitle,
byline with avatar and date), the like / comment / restack / share bar, the "body markup" div
with p, h2.header-anchor-post (each with its header-anchor div and link button), blockquote,
pullquote, ol/ul lists whose li hold p, a captioned image, a subscribe widget, footnote anchors
and FootnoteToDOM footnotes; then the bottom bar, "Discussion about this post" with comments and
replies, the "Ready for more?" box and the footer.

Run from anywhere: /usr/bin/python3 tools/make_substack.py  (the output is byte-for-byte stable;
an optional argument names another output path)
"""
import base64
import html
import os
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "target-6-invasive-species-substack"
SRC = os.path.join(HERE, NAME + ".txt")
OUT = os.path.join(HERE, "..", "docs", NAME + ".html")
if len(sys.argv) > 1:  # tools/check.py re-makes the file into a scratch path
    OUT = sys.argv[1]


def png(w, h, rgb):
    """A tiny solid-colour PNG as a data: URI (what SingleFile inlines for each image)."""
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(tag, data):
        c = tag + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xFFFFFFFF)

    data = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


def av(value):
    """An attribute value the way SingleFile writes it: unquoted when HTML allows."""
    if value == "":
        return '""'
    if re.fullmatch(r"[^\s\"'`=<>]+", value):
        return value.replace("&", "&amp;")
    return '"' + value.replace("&", "&amp;").replace('"', "&quot;") + '"'


def tag(name, attrs=(), body=None):
    s = "<" + name + "".join(" %s=%s" % (k, av(v)) if v is not None else " " + k
                             for k, v in attrs) + ">"
    if body is None:
        return s
    return s + body + "</%s>" % name


def esc(s):
    return html.escape(s, quote=False)


def read():
    meta, body, notes, comments = {}, [], {}, []
    part = None
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            if line.startswith("# ") or not line.strip():
                continue
            if line.startswith("="):
                part = line[1:]
                continue
            if part is None and line.startswith("@"):
                k, _, v = line[1:].partition(" ")
                meta[k] = v
            elif part == "body":
                body.append(line)
            elif part == "footnotes":
                n, _, t = line.partition(" ")
                notes[n] = t
            elif part == "comments":
                comments.append(line.split("|", 5))
    return meta, body, notes, comments


def slugify(text):
    s = text.lower().replace("–", "-")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


SVG = {
    "like": '<svg role=img style=height:20px;width:20px width=20 height=20 viewBox="0 0 24 24" fill=none stroke-width=2 stroke=#000 xmlns=http://www.w3.org/2000/svg><g><title></title><path d="M19 14c1.49-1.46 3-3.21 3-5.5A5.5 5.5 0 0 0 16.5 3c-1.76 0-3 .5-4.5 2-1.5-1.5-2.74-2-4.5-2A5.5 5.5 0 0 0 2 8.5c0 2.3 1.5 4.05 3 5.5l7 7Z"></path></g></svg>',
    "comment": '<svg role=img style=height:20px;width:20px width=20 height=20 viewBox="0 0 24 24" fill=none stroke-width=2 stroke=#000 xmlns=http://www.w3.org/2000/svg><g><title></title><path d="M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z"></path></g></svg>',
    "restack": '<svg role=img style=height:20px;width:20px width=20 height=20 viewBox="0 0 24 24" fill=none stroke-width=2 stroke=#000 xmlns=http://www.w3.org/2000/svg><g><title></title><path d="M21 3V8M21 8H16M21 8L18 5.29962C16.7056 4.14183 15.0125 3.5 13.2578 3.5C9.25 3.5 6 6.75 6 10.7578V11M3 21V16M3 16H8M3 16L6 18.7004C7.29439 19.8582 8.98746 20.5 10.7422 20.5C14.75 20.5 18 17.25 18 13.2422V13"></path></g></svg>',
    "share": '<svg xmlns=http://www.w3.org/2000/svg width=20 height=20 viewBox="0 0 24 24" fill=none stroke=currentColor stroke-width=2 stroke-linecap=round stroke-linejoin=round class="lucide lucide-share"><path d="M4 12v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8"></path><polyline points="16 6 12 2 8 6"></polyline><line x1=12 x2=12 y1=2 y2=15></line></svg>',
    "link": '<svg xmlns=http://www.w3.org/2000/svg width=18 height=18 viewBox="0 0 24 24" fill=none stroke=currentColor stroke-width=2 stroke-linecap=round stroke-linejoin=round class="lucide lucide-link"><path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71"></path><path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71"></path></svg>',
}

CSS = (":root{--web_bg_color:#ffffff;--background_pop:#2f7d4a;--cover_bg_color:#ffffff;"
       "--background_pop_darken:#286b3f;--print_on_pop:#ffffff;--border_subtle:rgba(0,0,0,.1)}"
       "body{margin:0;font-family:var(--font_family_body,'Spectral',Georgia,serif);color:#363737;"
       "background:var(--web_bg_color)}.main-menu{position:sticky;top:0;z-index:2;background:#fff;"
       "border-bottom:1px solid var(--border_subtle)}.topbar-content{display:flex;align-items:center;"
       "justify-content:space-between;height:64px;padding:0 16px}.navbar-title{font-size:24px;"
       "margin:0}.navbar-title-link{color:#363737;text-decoration:none}.button{border-radius:8px;"
       "padding:10px 20px;font-weight:600;border:0;cursor:pointer}.button.primary{background:"
       "var(--background_pop);color:var(--print_on_pop)}.single-post-container{padding:32px 16px}"
       ".single-post{max-width:728px;margin:0 auto}.post-title{font-size:32px;line-height:1.2;"
       "margin:0 0 8px}.subtitle{font-weight:400;color:#777;font-size:20px;margin:0}"
       ".post-ufi{display:flex;gap:8px;border-top:1px solid var(--border_subtle);border-bottom:1px "
       "solid var(--border_subtle);padding:8px 0}.post-ufi-button{display:flex;align-items:center;"
       "gap:4px;background:none;border:0;color:inherit;text-decoration:none}.body.markup{font-size:"
       "19px;line-height:1.6}.body.markup h2{font-size:1.4em;position:relative}.header-anchor-parent"
       "{left:-40px;top:0}.pullquote{border-top:2px solid var(--background_pop);border-bottom:2px "
       "solid var(--background_pop);font-size:1.2em;font-style:italic;margin:32px 0;padding:8px 0}"
       "blockquote{border-left:4px solid var(--background_pop);margin:0;padding-left:20px}"
       ".footnote-anchor{vertical-align:super;font-size:.7em;text-decoration:none;color:"
       "var(--background_pop)}.footnote{display:flex;gap:8px;font-size:.85em}.captioned-image-"
       "container figcaption{text-align:center;font-size:14px;color:#777}.subscription-widget{"
       "text-align:center;border:1px solid var(--border_subtle);border-radius:8px;padding:24px}"
       ".email-input{border:1px solid var(--border_subtle);padding:10px;width:60%}.comments-section"
       "{max-width:728px;margin:0 auto}.comment{display:flex;gap:12px;margin:16px 0}.comment-"
       "children{margin-left:48px}.comment-meta{font-size:13px;color:#777}.comment-actions{display:"
       "flex;gap:12px;font-size:13px;color:#777}.footer{border-top:1px solid var(--border_subtle);"
       "padding:24px 16px;text-align:center;font-size:13px;color:#777}.sf-hidden{display:none"
       "!important}")

# Substack user ids of the commenters (the author's comes from the source's @userid line)
USER_IDS = {"rahulk": "203517748", "snehap": "96120435", "aspirant2026": "251870062"}

PENCRAFT_BTN = ("pencraft pc-reset pc-display-flex pc-alignItems-center pc-justifyContent-center "
                "iconButton-mq_Et5 iconButtonBase-dJGHgN buttonBase-GK1x3M buttonStyle-r7yGCK "
                "size_sm-G3LciD priority_quaternary-kpMibu")


def inline(text, postid, counter):
    """Markdown-ish inline marks to Substack's inline HTML."""
    out = esc(text)
    out = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)
    out = re.sub(r"(?<![\w*])\*([^*]+?)\*(?![\w*])", r"<em>\1</em>", out)
    out = re.sub(r"\[([^\]^]+)\]\((https?://[^)]+)\)",
                 lambda m: tag("a", [("href", m.group(2)), ("rel", None)], m.group(1)), out)

    def anchor(m):
        n = m.group(1)
        counter.append(n)
        return tag("a", [("class", "footnote-anchor"), ("data-component-name", "FootnoteAnchorToDOM"),
                         ("id", "footnote-anchor-%s-%s" % (n, postid)),
                         ("href", "#footnote-%s-%s" % (n, postid)), ("target", "_self")], n)

    return re.sub(r"\[\^(\d+)\]", anchor, out)


def heading(text, meta):
    anchor = "§" + slugify(text)
    link = "https://%s/i/%s/%s" % (meta["host"], meta["postid"], slugify(text))
    return ("<h2 class=header-anchor-post>" + esc(text)
            + '<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute '
              'pc-reset header-anchor-parent"><div class="pencraft pc-display-contents pc-reset '
              'pubTheme-yiXxQA">'
            + tag("div", [("id", anchor), ("class", "pencraft pc-reset header-anchor offset-top")], "")
            + tag("button", [("tabindex", "0"), ("type", "button"), ("aria-label", "Link"),
                             ("data-href", link), ("class", PENCRAFT_BTN)], SVG["link"])
            + "</div></div></h2>")


def ufi(meta, where):
    post = "https://%s/p/%s" % (meta["host"], meta["slug"])
    cls = "post-ufi style-button" + (" no-border" if where == "bottom" else "")
    return (tag("div", [("class", cls)])
            + '<div class="like-button-container post-ufi-button style-button">'
            + tag("button", [("tabindex", "0"), ("type", "button"),
                             ("aria-label", "Like (%s)" % meta["likes"]), ("aria-pressed", "false"),
                             ("class", "post-ufi-button style-button has-label with-border")],
                  SVG["like"] + "<div class=label>%s</div>" % meta["likes"])
            + "</div>"
            + tag("a", [("role", "button"), ("href", post + "/comments"),
                        ("class", "post-ufi-button style-button post-ufi-comment-button has-label with-border")],
                  SVG["comment"] + "<div class=label>%s</div>" % meta["comments"])
            + tag("a", [("role", "button"), ("class", "post-ufi-button style-button has-label with-border")],
                  SVG["restack"] + "<div class=label>%s</div>" % meta["restacks"])
            + tag("div", [("class", "post-ufi-button style-button share-button no-label with-border")],
                  SVG["share"] + "<div class=label>Share</div>")
            + "</div>")


def subscribe_widget(meta):
    attrs = ('{"url":"https://%s/subscribe?","text":"Subscribe","language":"en"}' % meta["host"])
    return (tag("div", [("class", "subscription-widget-wrap-editor"), ("data-attrs", attrs),
                        ("data-component-name", "SubscribeWidgetToDOM")])
            + '<div class="subscription-widget show-subscribe"><div class=preamble>'
            + "<p class=cta-caption>%s is a reader-supported publication. To receive new posts and "
              "support my work, consider becoming a free or paid subscriber.</p></div>" % esc(meta["pub"])
            + "<form class=subscription-widget-subscribe>"
            + '<input type=email class=email-input name=email placeholder="Type your email…" tabindex=-1>'
            + '<input type=submit class="button primary" value=Subscribe>'
            + "<div class=fake-input-wrapper><div class=fake-input></div><div class=fake-button></div>"
              "</div></form></div></div>")


def figure(img):
    return ('<div class=captioned-image-container><figure>'
            + tag("a", [("class", "image-link image2 is-viewable-img"), ("target", "_blank"),
                        ("href", "https://substackcdn.com/image/fetch/f_auto,q_auto:good,fl_progressive:steep/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2F4b1f0c2e-9a7d-4e55-b2c1-7d3f6a0e8c41_1600x1067.jpeg")])
            + '<div class=image2-inset>'
            + tag("img", [("src", img), ("width", "1456"), ("height", "971"),
                          ("alt", "Water hyacinth mat on a lake"), ("title", None),
                          ("class", "sizing-normal"), ("loading", "lazy")])
            + "</div></a><figcaption class=image-caption>Water hyacinth mats on a lake in Bengaluru, "
              "March 2025. Photo: the author.</figcaption></figure></div>")


def body_html(meta, lines, notes):
    parts, counter = [], []
    i = 0
    pid = meta["postid"]
    while i < len(lines):
        line = lines[i]
        if line.startswith("## "):
            parts.append(heading(line[3:], meta))
            if line[3:].startswith("4."):
                # the subscribe widget the author dropped in after section 3
                parts.insert(len(parts) - 1, subscribe_widget(meta))
            i += 1
        elif line.startswith("> "):
            parts.append("<blockquote><p>%s</p></blockquote>" % inline(line[2:], pid, counter))
            i += 1
        elif line.startswith('" '):
            parts.append("<div class=pullquote><p>%s</p></div>" % inline(line[2:], pid, counter))
            i += 1
        elif re.match(r"\d+\. ", line) or line.startswith("- "):
            ordered = not line.startswith("- ")
            items = []
            while i < len(lines) and (re.match(r"\d+\. ", lines[i]) if ordered
                                      else lines[i].startswith("- ")):
                text = re.sub(r"^(\d+\. |- )", "", lines[i])
                items.append("<li><p>%s</p></li>" % inline(text, pid, counter))
                i += 1
            parts.append(("<ol>%s</ol>" if ordered else "<ul>%s</ul>") % "".join(items))
            if not ordered and items and "37,000" in items[0]:
                parts.append(figure(png(4, 3, (74, 120, 60))))
        else:
            parts.append("<p>%s</p>" % inline(line, pid, counter))
            i += 1
    for n in sorted(notes, key=int):
        parts.append(tag("div", [("class", "footnote"), ("data-component-name", "FootnoteToDOM")])
                     + tag("a", [("id", "footnote-%s-%s" % (n, pid)),
                                 ("href", "#footnote-anchor-%s-%s" % (n, pid)),
                                 ("class", "footnote-number"), ("contenteditable", "false"),
                                 ("target", "_self")], n)
                     + "<div class=footnote-content><p>%s</p></div></div>" % esc(notes[n]))
    return "".join(parts)


def comment_html(c, meta, cid, avatar, children=""):
    kind, name, handle, date, likes, text = c
    uid = meta["userid"] if handle == meta["handle"] else USER_IDS[handle]
    profile = "https://substack.com/profile/%s-%s" % (uid, handle)
    link = "https://%s/p/%s/comment/%d" % (meta["host"], meta["slug"], cid)
    badge = ('<span class="pencraft pc-reset color-accent-themed-ua2sZp reset-IxiVJZ">Author</span>'
             if handle == meta["handle"] else "")
    return (tag("div", [("class", "comment-list-item"), ("data-testid", "comment")])
            + tag("div", [("class", "comment"), ("id", "comment-%d" % cid)])
            + tag("a", [("class", "comment-avatar"), ("href", profile)],
                  tag("img", [("src", avatar), ("width", "32"), ("height", "32"),
                              ("alt", ""), ("class", "img-OACg1c pc-reset")]))
            + "<div class=comment-main><div class=comment-meta>"
            + tag("span", [("class", "commenter-name")], tag("a", [("href", profile)], esc(name)))
            + badge
            + "<span class=comment-publication-name-separator>·</span>"
            + tag("a", [("class", "comment-date"), ("href", link)], esc(date))
            + "</div><div class=comment-body><p><span>%s</span></p></div>" % esc(text)
            + "<div class=comment-actions>"
            + tag("button", [("class", "comment-action like-button"), ("aria-label", "Like (%s)" % likes)],
                  SVG["like"] + "<span class=like-count>%s</span>" % likes)
            + "<button class=comment-action>Reply</button>"
            + "<button class=comment-action>Share</button>"
            + "</div></div></div>"
            + (("<div class=comment-children>" + children + "</div>") if children else "")
            + "</div>")


def comments_html(meta, comments):
    avatars = {}
    colours = [(205, 120, 90), (90, 140, 200), (150, 110, 190), (60, 150, 120)]
    items, tops = [], []
    for c in comments:
        if c[2] not in avatars:
            avatars[c[2]] = png(2, 2, colours[len(avatars) % len(colours)])
        if c[0] == "C":
            tops.append([c, []])
        else:
            tops[-1][1].append(c)
    cid = 152004311
    for c, replies in tops:
        own = cid
        kids = ""
        for r in replies:
            cid += 29
            kids += comment_html(r, meta, cid, avatars[r[2]])
        items.append(comment_html(c, meta, own, avatars[c[2]], kids))
        cid += 417
    more = int(meta["comments"]) - len(comments)
    return ('<div id=discussion class="pencraft pc-display-flex pc-flexDirection-column pc-reset '
            'comments-section"><div class=comments-section-header>'
            '<h4 class="pencraft pc-reset color-pub-primary-text-NyXPlw font-display-nhmvtD '
            'size-20-P_cSRT weight-bold-DmI9lw reset-IxiVJZ">Discussion about this post</h4></div>'
            '<div role=tablist class="pencraft pc-display-flex pc-gap-8 pc-reset tabs">'
            '<button role=tab aria-selected=true class="pencraft pc-reset tab-active">Comments</button>'
            '<button role=tab aria-selected=false class="pencraft pc-reset">Restacks</button></div>'
            '<div class=comment-input-wrapper><div class=comment-input>'
            '<textarea name=body placeholder="Write a comment..." aria-label="Write a comment" '
            'class=comment-input-textarea></textarea></div></div>'
            "<div class=comment-list><div class=comment-list-items>" + "".join(items) + "</div>"
            + tag("a", [("class", "more-comments"),
                        ("href", "https://%s/p/%s/comments" % (meta["host"], meta["slug"]))],
                  "%d more comments..." % more)
            + "</div></div>")


def page(meta, body, notes, comments):
    post = "https://%s/p/%s" % (meta["host"], meta["slug"])
    title = "%s - by %s - %s" % (meta["title"], meta["author"], meta["pub"])
    og_img = ("https://substackcdn.com/image/fetch/w_1200,h_600,c_fill,f_jpg,q_auto:good,"
              "fl_progressive:steep,g_auto/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com"
              "%2Fpublic%2Fimages%2F4b1f0c2e-9a7d-4e55-b2c1-7d3f6a0e8c41_1600x1067.jpeg")
    logo = png(2, 2, (47, 125, 74))
    head = [
        "<!DOCTYPE html> <html lang=en><!--\n Page saved with SingleFile \n url: %s \n saved date: %s\n-->"
        % (post, meta["saved"]),
        "<meta charset=utf-8>",
        "<title>%s</title>" % esc(title),
        tag("meta", [("name", "viewport"),
                     ("content", "width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover")]),
        "".join([
            tag("meta", [("name", "theme-color"), ("content", "#ffffff")]),
            tag("meta", [("property", "og:type"), ("content", "article")]),
            tag("meta", [("property", "og:title"), ("content", meta["title"])]),
            tag("meta", [("name", "twitter:title"), ("content", meta["title"])]),
            tag("meta", [("name", "description"), ("content", meta["subtitle"])]),
            tag("meta", [("property", "og:description"), ("content", meta["subtitle"])]),
            tag("meta", [("name", "twitter:description"), ("content", meta["subtitle"])]),
            tag("meta", [("property", "og:image"), ("content", og_img)]),
            tag("meta", [("name", "twitter:image"), ("content", og_img)]),
            tag("meta", [("name", "twitter:card"), ("content", "summary_large_image")]),
            tag("meta", [("property", "og:url"), ("content", post)]),
            tag("meta", [("name", "author"), ("content", meta["author"])]),
            tag("meta", [("property", "article:published_time"), ("content", meta["iso"])]),
            tag("meta", [("name", "robots"), ("content", "max-image-preview:large")]),
            tag("meta", [("name", "generator"), ("content", "Substack")]),
        ]),
        tag("link", [("rel", "canonical"), ("href", post)])
        + tag("link", [("rel", "alternate"), ("type", "application/rss+xml"),
                       ("href", "https://%s/feed" % meta["host"]), ("title", meta["pub"])])
        + tag("link", [("rel", "icon"), ("type", "image/png"), ("href", logo)]),
        '<meta http-equiv=content-security-policy content="default-src \'none\'; font-src \'self\' '
        "data:; img-src 'self' data:; style-src 'unsafe-inline'; media-src 'self' data:; script-src "
        "'unsafe-inline' data:; object-src 'self' data:; frame-src 'self' data:;\">"
        '<style>img[src="data:,"],source[src="data:,"]{display:none!important}</style>',
        "<style>" + CSS + "</style>",
        '<meta name=referrer content=no-referrer>',
    ]
    nav = ('<div id=entry><div id=main class="main typography use-theme-bg">'
           '<div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA">'
           '<div data-testid=navbar class=main-menu><div class=main-menu-content>'
           '<div class=topbar-content><div class=navbar-left-container>'
           + tag("a", [("href", "https://%s/" % meta["host"]), ("class", "navbar-logo-container")],
                 tag("img", [("class", "navbar-logo"), ("src", logo), ("alt", meta["pub"]),
                             ("width", "40"), ("height", "40")]))
           + '<h1 class=navbar-title>'
           + tag("a", [("class", "navbar-title-link"), ("href", "https://%s" % meta["host"])],
                 esc(meta["pub"]))
           + "</h1></div><div class=navbar-buttons>"
           + '<a href=https://%s/subscribe?simple=true&amp;next=%s>'
             '<button tabindex=0 type=button class="button primary subscribe-btn">Subscribe</button></a>'
             % (meta["host"], post.replace(":", "%3A").replace("/", "%2F"))
           + '<a href=https://substack.com/sign-in?redirect=%2Fp%2F' + meta["slug"]
           + '&amp;for_pub=terranotes><button tabindex=0 type=button class="button sign-in-link">'
             "Sign in</button></a>"
           + "</div></div></div></div>")
    avatar = png(3, 3, (120, 80, 160))
    byline = ('<div class="pencraft pc-display-flex pc-gap-16 pc-paddingTop-16 pc-paddingBottom-16 '
              'pc-justifyContent-space-between pc-alignItems-center pc-reset byline-wrapper--swap">'
              '<div class="pencraft pc-display-flex pc-flexDirection-row pc-gap-12 pc-alignItems-center pc-reset">'
              + tag("a", [("href", "https://substack.com/@%s" % meta["handle"]), ("aria-label", meta["author"]),
                          ("class", "pencraft pc-reset")],
                    tag("img", [("src", avatar), ("width", "36"), ("height", "36"),
                                ("alt", meta["author"] + "\u2019s avatar"), ("class", "img-OACg1c pc-reset")]))
              + '<div class="pencraft pc-display-flex pc-flexDirection-column pc-reset">'
              '<div class="pencraft pc-reset color-pub-primary-text-NyXPlw line-height-20-t4M0El '
              'font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq '
              'reset-IxiVJZ meta-EgzBVA"><span class="pencraft pc-reset decoration-hover-underline-ClDVRM reset-IxiVJZ">'
              + tag("a", [("href", "https://substack.com/@%s" % meta["handle"]),
                          ("class", "pencraft pc-reset decoration-hover-underline-ClDVRM reset-IxiVJZ")],
                    esc(meta["author"]))
              + '</span></div><div class="pencraft pc-display-flex pc-gap-4 pc-reset">'
              '<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El '
              'font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq '
              'reset-IxiVJZ meta-EgzBVA">' + esc(meta["date"]) + "</div></div></div></div></div>")
    header = ('<div class=single-post-container><div class=container><div class=single-post>'
              '<div class=post><article class="typography newsletter-post post">'
              '<div role=region aria-label="Post header" class=post-header>'
              + tag("h1", [("dir", "auto"), ("class", "post-title published title-X77sOw")], esc(meta["title"]))
              + tag("h3", [("dir", "auto"), ("class", "subtitle subtitle-HEEcLo")], esc(meta["subtitle"]))
              + byline + ufi(meta, "top") + "</div>")
    content = ('<div class=available-content><div dir=auto class="body markup">'
               + body_html(meta, body, notes) + "</div></div>")
    footer_bar = ('<div class="post-footer use-separators">' + ufi(meta, "bottom") + "</div>"
                  "</article></div></div></div></div>")
    more = ('<div class="pencraft pc-reset ready-for-more"><h3 class="pencraft pc-reset">Ready for more?</h3>'
            '<form class="subscription-widget-subscribe"><input type=email class=email-input name=email '
            'placeholder="Type your email…" tabindex=-1><input type=submit class="button primary" '
            'value=Subscribe></form></div>')
    footer = ('<div class=footer-wrap><div class=footer><div class=container><div class=footer-terms>'
              '<span class=copyright>© 2025 %s</span>' % esc(meta["author"])
              + '<a href=https://substack.com/privacy target=_blank rel=noopener>Privacy</a> ∙ '
              '<a href=https://substack.com/tos target=_blank rel=noopener>Terms</a> ∙ '
              '<a href=https://substack.com/ccpa#personal-data-collected target=_blank rel=noopener>'
              "Collection notice</a></div><div class=footer-buttons>"
              '<a class="button footer-substack-cta" href=https://substack.com/signup?utm_source=substack&amp;'
              'utm_medium=web&amp;utm_content=footer>Start your Substack</a>'
              '<a class=button href=https://substack.com/app/app-store-redirect?utm_campaign=app-marketing&amp;'
              'utm_content=web-footer-button>Get the app</a></div>'
              '<div class=footer-slogan-container><a href=https://substack.com target=_blank rel=noopener>'
              "Substack</a> is the home for great culture</div></div></div></div>"
              '<div class="pencraft pc-reset toast-container sf-hidden"></div>'
              "</div></div></div>")
    return (head[0] + "\n".join(head[1:]) + "\n" + nav + header + content + footer_bar
            + comments_html(meta, comments) + more + footer + "\n")


def build():
    meta, body, notes, comments = read()
    return page(meta, body, notes, comments)


def main():
    data = build().encode("utf-8")
    with open(OUT, "wb") as f:
        f.write(data)
    print("wrote %s (%d bytes)" % (OUT, len(data)))


if __name__ == "__main__":
    main()
