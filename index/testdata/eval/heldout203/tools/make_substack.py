#!/usr/bin/python3
"""Make docs/information-commissions-substack.html from tools/information-commissions-substack.txt.

The page imitates a Substack post saved from the browser with "Save Page As > Webpage, Complete":
the "saved from url" comment, a head full of meta/og/twitter tags, preloads and stylesheet links
into the "_files" folder (which the set does not hold), the window._preloads JSON blob, the
publication navbar, the post header (title, subtitle, byline, date, the like / comment / restack
UFI), the body markup as Substack renders it (p, h2/h3 with header anchors, ul/ol with each item
wrapped in a <p>, a blockquote, a captioned image, the subscription widget, footnote anchors and
footnotes), the post footer UFI, the "Discussion about this post" comment list with replies,
the "Ready for more?" box, the footer, and the "Discover more from ..." modal left in the DOM.

Text is typeset as the Substack editor does it: straight quotes become curly ones and "--"
becomes an em dash.

Run from anywhere: /usr/bin/python3 tools/make_substack.py (standard library only; the output
is the same bytes every run).
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "information-commissions-substack.txt")
OUT = os.path.join(HERE, "..", "docs", "information-commissions-substack.html")
if len(sys.argv) > 1:  # check.py writes a fresh copy elsewhere to compare
    OUT = sys.argv[1]

ANCHOR_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" viewBox="0 0 24 24" '
              'fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" '
              'stroke-linejoin="round" class="lucide lucide-link"><path d="M10 13a5 5 0 0 0 7.54.54l3'
              '-3a5 5 0 0 0-7.07-7.07l-1.72 1.71"></path><path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0'
              ' 0 0 7.07 7.07l1.71-1.71"></path></svg>')
HEART_SVG = ('<svg role="img" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke-width="2"'
             ' stroke="currentColor" xmlns="http://www.w3.org/2000/svg"><g><title></title><path d="M'
             '19 14c1.49-1.46 3-3.21 3-5.5A5.5 5.5 0 0 0 16.5 3c-1.76 0-3 .5-4.5 2-1.5-1.5-2.74-2-4.5'
             '-2A5.5 5.5 0 0 0 2 8.5c0 2.3 1.5 4.05 3 5.5l7 7Z"></path></g></svg>')
BUBBLE_SVG = ('<svg role="img" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke-width="2"'
              ' stroke="currentColor" xmlns="http://www.w3.org/2000/svg"><g><title></title><path d="M'
              '21 11.5a8.38 8.38 0 0 1-.9 3.8 8.5 8.5 0 0 1-7.6 4.7 8.38 8.38 0 0 1-3.8-.9L3 21l1.9-5.'
              '7a8.38 8.38 0 0 1-.9-3.8 8.5 8.5 0 0 1 4.7-7.6 8.38 8.38 0 0 1 3.8-.9h.5a8.48 8.48 0 0 '
              '1 8 8v.5z"></path></g></svg>')
RESTACK_SVG = ('<svg role="img" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke-width="2"'
               ' stroke="currentColor" xmlns="http://www.w3.org/2000/svg"><g><title></title><path d="M'
               '21 3V8M21 8H16M21 8L18 5.29C16.4 3.87 14.3 3 12 3C7.03 3 3 7.03 3 12C3 16.97 7.03 21 12 '
               '21C16.28 21 19.87 18.01 20.78 14"></path></g></svg>')
SHARE_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 24 24" '
             'fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" '
             'stroke-linejoin="round" class="lucide lucide-share"><path d="M4 12v8a2 2 0 0 0 2 2h12a2 '
             '2 0 0 0 2-2v-8"></path><polyline points="16 6 12 2 8 6"></polyline><line x1="12" x2="12"'
             ' y1="2" y2="15"></line></svg>')


def smart(s):
    """Substack editor typography: curly quotes, apostrophes, em dash."""
    s = s.replace("--", "\u2014")
    s = re.sub(r'(^|[\s(\[\u2014])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(^|[\s(\[\u2014])'", "\\1\u2018", s)
    s = s.replace("'", "\u2019")
    return s


def inline(text, pid):
    """Source inline markup to Substack body HTML."""
    out = html.escape(smart(text), quote=False)
    out = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)
    out = re.sub(r"\*(.+?)\*", r"<em>\1</em>", out)
    out = re.sub(r"\[([^\]^]+)\]\(([^)]+)\)",
                 r'<a href="\2" rel="">\1</a>', out)
    out = re.sub(r"\[\^(\d+)\]",
                 lambda m: ('<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM"'
                            ' id="footnote-anchor-%s-%s" href="#footnote-%s-%s" target="_self">%s</a>'
                            % (m.group(1), pid, m.group(1), pid, m.group(1))), out)
    return out


def anchor_id(text):
    t = smart(text).lower()
    t = re.sub(r"[^a-z0-9\u2014 -]", "", t)
    return "\u00a7" + re.sub(r"\s+", "-", t.strip())


def heading(level, text, pid):
    return ('<h%d class="header-anchor-post">%s<div class="pencraft pc-display-flex '
            'pc-alignItems-center pc-position-absolute pc-reset header-anchor-parent"><div '
            'class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div id="%s" '
            'class="pencraft pc-reset header-anchor offset-top"></div><button tabindex="0" '
            'type="button" aria-label="Link" data-href="https://%s.substack.com/i/%s/%s" '
            'class="pencraft pc-reset pc-display-flex pc-alignItems-center pc-justifyContent-center'
            ' iconButton-mq_Et5 iconButtonBase-dJGHgN buttonBase-GK1x3M buttonStyle-r7yGCK '
            'size_sm-G3LciD priority_secondary-S63h9o" style="margin-left: 8px;">%s</button></div>'
            '</div></h%d>' % (level, inline(text, pid), html.escape(anchor_id(text)), META["pubslug"],
                              pid, html.escape(anchor_id(text)), ANCHOR_SVG, level))


def ufi(where):
    likes, comments, restacks = META["likes"], META["comments"], META["restacks"]
    url = "https://%s.substack.com/p/%s" % (META["pubslug"], META["slug"])
    return (
        '<div class="post-ufi style-%s"><div class="like-button-container post-ufi-button '
        'style-button"><a role="button" aria-label="Like (%s)" aria-pressed="false" class="post-ufi'
        '-button style-button has-label with-border">%s<div class="label">%s</div></a></div><a '
        'role="button" href="%s/comments" aria-label="View comments (%s)" class="post-ufi-button '
        'style-button post-ufi-comment-button has-label with-border">%s<div class="label">%s</div>'
        '</a><a role="button" aria-label="Restack (%s)" class="post-ufi-button style-button '
        'has-label with-border">%s<div class="label">%s</div></a><div class="post-ufi-button '
        'style-button no-label with-border"><button tabindex="0" type="button" aria-label="Share" '
        'class="pencraft pc-reset">%s</button></div></div>'
        % (where, likes, HEART_SVG, likes, url, comments, BUBBLE_SVG, comments, restacks,
           RESTACK_SVG, restacks, SHARE_SVG))


def subscribe_widget():
    attrs = json.dumps({"url": "https://%s.substack.com/subscribe?" % META["pubslug"],
                        "text": "Subscribe", "language": "en"}, separators=(",", ":"))
    return (
        '<div class="subscription-widget-wrap-editor" data-attrs="%s" data-component-name='
        '"SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class='
        '"preamble"><p class="cta-caption">%s is a reader-supported publication. To receive new '
        'posts and support my work, consider becoming a free or paid subscriber.</p></div><form '
        'class="subscription-widget-subscribe"><input type="email" class="email-input" name='
        '"email" placeholder="Type your email\u2026" tabindex="-1"><input type="submit" class='
        '"button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-'
        'input"></div><div class="fake-button"></div></div></form></div></div>'
        % (html.escape(attrs), html.escape(META["pub"])))


def image(caption, n):
    name = "f3a9c2d1-5b7e-4c0a-9e61-2b8d7f4a%04d_1456x819.png" % n
    cdn = ("https://substackcdn.com/image/fetch/$s_!Qx7v!,f_auto,q_auto:good,fl_progressive:steep/"
           "https%%3A%%2F%%2Fsubstack-post-media.s3.amazonaws.com%%2Fpublic%%2Fimages%%2F%s" % name)
    attrs = json.dumps({"src": "https://substack-post-media.s3.amazonaws.com/public/images/" + name,
                        "srcNoWatermark": None, "fullscreen": None, "imageSize": None,
                        "height": 819, "width": 1456, "resizeWidth": None, "bytes": 84213,
                        "alt": None, "title": None, "type": "image/png", "href": None,
                        "belowTheFold": True, "topImage": False, "internalRedirect": None,
                        "isProcessing": False, "align": None, "offset": False},
                       separators=(",", ":"))
    local = "./%s_files/%s" % (html.escape(META["title"].rstrip("?")), name)
    return (
        '<div class="captioned-image-container"><figure><a class="image-link image2 '
        'is-viewable-img" target="_blank" href="%s" data-component-name="Image2ToDOM"><div '
        'class="image2-inset"><picture><source type="image/webp" srcset="%s 424w, %s 848w, %s '
        '1272w, %s 1456w" sizes="100vw"><img src="%s" width="1456" height="819" data-attrs="%s" '
        'class="sizing-normal" alt="" title="" srcset="%s 424w, %s 848w" sizes="100vw" loading='
        '"lazy"></picture><div class="image-link-expand"><div class="pencraft pc-display-flex '
        'pc-gap-8 pc-reset"><button tabindex="0" type="button" class="pencraft pc-reset '
        'pencraft icon-container restack-image">%s</button></div></div></div></a><figcaption '
        'class="image-caption">%s</figcaption></figure></div>'
        % (cdn, cdn, cdn, cdn, cdn, local, html.escape(attrs), cdn, cdn, RESTACK_SVG,
           inline(caption, META["postid"])))


def comment_html(c, replies, pid):
    def one(name, date, likes, text, cid, author):
        badge = ('<span class="commenter-badge">Author</span>' if author else "")
        slug = re.sub(r"[^a-z0-9]+", "", name.lower())[:12]
        return (
            '<div id="comment-%s" class="comment-anchor"></div><div class="comment-content">'
            '<div class="comment-head"><a href="https://substack.com/@%s" class="comment-user-'
            'head"><div class="user-head"><img src="./%s_files/%s.jpg" width="32" height="32" '
            'alt=""></div></a></div><div class="comment-rest"><div class="comment-meta"><span '
            'class="commenter-name"><a href="https://substack.com/@%s">%s</a>%s</span><a class='
            '"comment-date" href="https://%s.substack.com/p/%s/comment/%s"><span>%s</span></a>'
            '</div><div class="comment-body"><p><span>%s</span></p></div><div class="comment-'
            'actions"><button class="like-button"><span class="like-count">%s</span></button>'
            '<button class="reply-button">Reply</button><button class="share-button">Share'
            '</button></div></div></div>'
            % (cid, slug, html.escape(META["title"].rstrip("?")), slug, slug, html.escape(name),
               badge, META["pubslug"], META["slug"], cid, html.escape(date),
               html.escape(smart(text), quote=False), likes))

    name, date, likes, text, cid = c
    out = '<div class="comment">' + one(name, date, likes, text, cid, name == META["author"])
    if replies:
        out += '<div class="comment-list-items">'
        for r in replies:
            out += '<div class="comment">%s</div>' % one(*r, r[0] == META["author"])
        out += "</div>"
    return out + "</div>"


META = {}


def main():
    blocks, fns, comments = [], [], []
    with open(SRC, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if not l.startswith("#")]
    cid = 118470221
    for line in lines:
        if not line.strip():
            continue
        if line.startswith("- "):
            blocks[-1][2].append(line[2:])
            continue
        kind, _, rest = line[1:].partition(" ")
        if kind == "meta":
            k, v = rest.split("|", 1)
            META[k] = v
        elif kind == "fn":
            n, t = rest.split("|", 1)
            fns.append((n, t))
        elif kind in ("comment", "reply"):
            name, date, likes, text = rest.split("|", 3)
            cid += 7919
            if kind == "comment":
                comments.append([(name, date, likes, text, cid), []])
            else:
                comments[-1][1].append((name, date, likes, text, cid))
        else:
            blocks.append((kind, rest, []))
    pid = META["postid"]
    pub, title = META["pub"], META["title"]
    url = "https://%s.substack.com/p/%s" % (META["pubslug"], META["slug"])
    files = "./%s_files" % title.rstrip("?")

    body = []
    n_img = 0
    for kind, rest, items in blocks:
        if kind == "p":
            body.append("<p>%s</p>" % inline(rest, pid))
        elif kind == "h2":
            body.append(heading(2, rest, pid))
        elif kind == "h3":
            body.append(heading(3, rest, pid))
        elif kind in ("ul", "ol"):
            body.append("<%s>%s</%s>" % (kind, "".join("<li><p>%s</p></li>" % inline(i, pid)
                                                       for i in items), kind))
        elif kind == "quote":
            body.append("<blockquote><p>%s</p></blockquote>" % inline(rest, pid))
        elif kind == "image":
            n_img += 1
            body.append(image(rest, n_img))
        elif kind == "subscribe":
            body.append(subscribe_widget())
        else:
            raise SystemExit("unknown block @%s" % kind)
    for n, t in fns:
        body.append('<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-%s-%s"'
                    ' href="#footnote-anchor-%s-%s" class="footnote-number" contenteditable="false"'
                    ' target="_self">%s</a><div class="footnote-content"><p>%s</p></div></div>'
                    % (n, pid, n, pid, n, inline(t, pid)))

    preloads = {
        "isEU": False, "language": "en", "country": "IN", "base_url": url,
        "pub": {"id": 2318874, "name": pub, "subdomain": META["pubslug"],
                "hero_text": META["pubdesc"], "author_name": META["author"],
                "copyright": META["author"], "theme_var_background_pop": "#E1381F",
                "community_enabled": True, "payments_state": "enabled",
                "language": "en", "logo_url": "https://substackcdn.com/image/fetch/w_256/logo.png"},
        "post": {"id": int(pid), "publication_id": 2318874, "title": title,
                 "subtitle": smart(META["subtitle"]), "slug": META["slug"], "post_date": META["iso"],
                 "audience": "everyone", "type": "newsletter", "reactions": {"\u2764": int(META["likes"])},
                 "comment_count": int(META["comments"]), "restacks": int(META["restacks"]),
                 "wordcount": 1540, "canonical_url": url,
                 "publishedBylines": [{"id": 98331742, "name": META["author"],
                                       "handle": META["handle"]}]},
        "canonicalUrl": url, "inboxPost": False, "isSubscribed": False, "features": {},
        "userSettings": {}, "experimentsAndFeatureFlags": {"web_post_ufi_v2": True},
    }
    preload_js = json.dumps(json.dumps(preloads, separators=(",", ":"), ensure_ascii=True))

    esc = html.escape
    head = (
        '<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n<html lang="en"><head><meta http-equiv='
        '"Content-Type" content="text/html; charset=UTF-8">\n        \n        <meta name="viewport"'
        ' content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, '
        'viewport-fit=cover">\n        <meta name="theme-color" content="#ffffff">\n        <title>%s'
        ' - by %s</title>\n        <meta name="description" content="%s">\n        <link rel='
        '"canonical" href="%s">\n        <meta property="og:url" content="%s">\n        <meta '
        'property="og:type" content="article">\n        <meta property="og:title" content="%s">\n'
        '        <meta property="og:description" content="%s">\n        <meta property="og:image" '
        'content="https://substackcdn.com/image/fetch/w_1200,h_600,c_fill/post_preview.jpg">\n'
        '        <meta name="twitter:card" content="summary_large_image">\n        <meta name='
        '"twitter:title" content="%s">\n        <meta name="author" content="%s">\n        <meta '
        'name="article:published_time" content="%s">\n        <link rel="preconnect" href="https:'
        '//substackcdn.com">\n        <link rel="stylesheet" type="text/css" href="%s/main.DxT8'
        'k2Q9.css">\n        <link rel="stylesheet" type="text/css" href="%s/reader2.Bq4mWcZl.css">'
        '\n        <link rel="alternate" type="application/rss+xml" href="https://%s.substack.com/'
        'feed" title="%s">\n        <style>:root{--color_theme_bg_pop:#E1381F;--background_pop:'
        '#E1381F;--color_theme_bg_web:#ffffff;--cover_bg_color:#FFFFFF;--color_theme_detail:'
        '#e6e6e6;--web_bg_color:#ffffff;--print_on_web_bg_color:#363737;--print_secondary_on_'
        'web_bg_color:#868787;--font_family_headings:Spectral,serif;--font_family_body:Lora,'
        'sans-serif}</style>\n        <script>window._preloads        = JSON.parse(%s)</script>\n'
        '        <script>window._analyticsConfig = JSON.parse("{\\"properties\\":{\\"subdomain\\":'
        '\\"%s\\",\\"publication_id\\":2318874,\\"has_plans\\":true,\\"pub_community_enabled\\":'
        'true,\\"is_personal_publication\\":false}}")</script>\n    </head>\n'
        % (len(url), url, esc(title), esc(META["author"]), esc(smart(META["subtitle"])), url, url,
           esc(title), esc(smart(META["subtitle"])), esc(title), esc(META["author"]), META["iso"],
           esc(files), esc(files), META["pubslug"], esc(pub), preload_js, META["pubslug"]))

    nav = (
        '<div class="main-menu-content"><div class="topBar-pIF0J1 topBarAutoHide-Xc1u4C"><div '
        'class="pencraft pc-display-flex pc-paddingLeft-20 pc-paddingRight-20 pc-justifyContent-'
        'space-between pc-alignItems-center pc-reset navbar-content"><div class="navbar-left"><a '
        'href="https://%s.substack.com/" class="navbar-logo-container"><img class="navbar-logo" '
        'src="%s/logo_256.png" width="40" height="40" alt=""></a><h1 class="navbar-title"><a '
        'class="navbar-title-link" href="https://%s.substack.com/">%s</a></h1></div><div class='
        '"navbar-buttons"><button tabindex="0" type="button" class="pencraft pc-reset button '
        'primary subscribe-btn">Subscribe</button><button tabindex="0" type="button" class='
        '"pencraft pc-reset button sign-in-link">Sign in</button></div></div></div></div>'
        % (META["pubslug"], esc(files), META["pubslug"], esc(pub)))

    header = (
        '<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">%s'
        '</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">%s</h3><div class="pencraft '
        'pc-display-flex pc-gap-16 pc-paddingTop-16 pc-paddingBottom-16 pc-justifyContent-space-'
        'between pc-alignItems-center pc-reset byline-wrapper"><div class="pencraft pc-display-'
        'flex pc-gap-12 pc-alignItems-center pc-reset"><div class="pencraft pc-display-flex pc-'
        'flexDirection-row pc-reset"><a href="https://substack.com/@%s" class="pencraft pc-display'
        '-contents pc-reset"><div class="pencraft pc-reset user-avatar"><img src="%s/%s_64.jpg" '
        'width="36" height="36" alt="%s"></div></a></div><div class="pencraft pc-display-flex '
        'pc-flexDirection-column pc-reset"><div class="pencraft pc-reset color-pub-primary-text-'
        'NyXPlw line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC '
        'transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA"><span data-state="closed"><a href='
        '"https://substack.com/@%s" class="pencraft pc-reset decoration-hover-underline-ClDVRM '
        'reset-IxiVJZ">%s</a></span></div><div class="pencraft pc-display-flex pc-gap-4 pc-reset">'
        '<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El '
        'font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-'
        'IxiVJZ meta-EgzBVA">%s</div></div></div></div></div>%s</div>'
        % (esc(title), esc(smart(META["subtitle"])), META["handle"], esc(files), META["handle"],
           esc(META["author"]), META["handle"], esc(META["author"]), esc(META["date"]),
           ufi("top")))

    comm = ['<div class="comments-section-wrapper"><div class="comments-section" id="comments">'
            '<div class="comments-page"><div class="container"><div class="comments-heading"><h4 '
            'class="comments-heading-title">Discussion about this post</h4><div class="pencraft '
            'pc-display-flex pc-gap-8 pc-reset comments-tabs"><button class="tab selected">'
            'Comments</button><button class="tab">Restacks</button></div></div><div class="comment-'
            'input-wrapper"><form class="comment-input form"><div class="comment-input-head"><div '
            'class="user-head"><img src="%s/default_avatar.png" width="32" height="32" alt=""></div>'
            '</div><textarea name="body" placeholder="Write a comment..." class="comment-input-'
            'textarea"></textarea></form></div><div class="comment-list"><div class="comment-list-'
            'items">' % esc(files)]
    for c, replies in comments:
        comm.append(comment_html(c, replies, pid))
    shown = len(comments) + sum(len(r) for _, r in comments)
    comm.append('</div><button class="more-comments button">%d more comments...</button></div>'
                '</div></div></div></div>' % (int(META["comments"]) - shown))

    footer = (
        '<div class="footer-wrap publication-footer"><div class="subscribe-footer"><h2 class='
        '"subscribe-footer-title">Ready for more?</h2><form class="form subscribe-footer-form" '
        'action="/api/v1/free" method="post"><input type="email" name="email" placeholder="Type '
        'your email\u2026"><button type="submit" class="button primary">Subscribe</button></form>'
        '</div><div class="footer"><div class="container"><div class="footer-terms"><span class='
        '"copyright">\u00a9 2025 %s</span><span class="footer-links"><a href="https://%s.substack'
        '.com/privacy" rel="">Privacy</a> \u2219 <a href="https://substack.com/tos" rel="">Terms'
        '</a> \u2219 <a href="https://substack.com/ccpa#personal-data-collected" rel="">Collection '
        'notice</a></span></div><div class="footer-buttons"><a href="https://substack.com/signup?'
        'utm_source=substack&amp;utm_medium=web&amp;utm_content=footer" class="button">Start '
        'writing</a><a href="https://substack.com/app/app-store-redirect?utm_campaign=app-'
        'marketing&amp;utm_content=web-footer-button" class="button">Get the app</a></div><div '
        'class="footer-slogan"><a href="https://substack.com/" rel="">Substack</a> is the home for'
        ' great culture</div></div></div></div>' % (esc(META["author"]), META["pubslug"]))

    modal = (
        '<div role="dialog" class="modal typography out gone popup-modal-wrapper"><div class='
        '"modal-table"><div class="modal-row"><div class="modal-cell modal-content no-fullscreen">'
        '<div class="container"><button tabindex="0" type="button" aria-label="Close" class='
        '"pencraft pc-reset modal-exit-btn">\u00d7</button><div class="pencraft pc-display-flex '
        'pc-flexDirection-column pc-alignItems-center pc-reset"><img src="%s/logo_256.png" width='
        '"64" height="64" alt=""><h3 class="pencraft pc-reset">Discover more from %s</h3><div '
        'class="pencraft pc-reset">%s</div><div class="pencraft pc-reset">%s</div><form class='
        '"subscribe-form"><input type="email" placeholder="Type your email\u2026"><button type='
        '"submit" class="button primary">Subscribe</button></form><div class="pencraft pc-reset '
        'continue-reading"><a href="%s">Continue reading</a></div><div class="pencraft pc-reset '
        'sign-in-prompt">Already have an account? <a href="https://substack.com/sign-in">Sign in'
        '</a></div></div></div></div></div></div></div>'
        % (esc(files), esc(pub), esc(META["pubdesc"]), esc(META["subscribers"]), url))

    page = (
        head + '<body class="pc-root"><div id="entry"><div id="main" class="main typography '
        'use-theme-bg">' + nav + '<div class="container"><div class="single-post-container">'
        '<div class="container"><div class="single-post"><div class="pencraft pc-display-'
        'contents pc-reset pubTheme-yiXxQA"><article class="typography newsletter-post post">'
        + header + '<div class="available-content"><div dir="auto" class="body markup">'
        + "".join(body) + '</div></div><div class="visibility-check"></div><div class="post-'
        'footer">' + ufi("bottom") + '</div></article></div></div></div></div>'
        + "".join(comm) + '</div>' + footer + '</div></div>' + modal
        + '<script src="%s/main.CmV3t1Tn.js" charset="utf-8" defer=""></script>\n<script>'
        'window._webpackChunksubstack=window._webpackChunksubstack||[];</script>\n'
        '<div id="global-modal-root"></div><div id="toast-root"></div>\n</body></html>'
        % esc(files))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(page)


if __name__ == "__main__":
    main()
