#!/usr/bin/python3
"""Make docs/round-table-conferences-substack.html from tools/round-table-conferences-substack.txt.

The file is a Substack post as Firefox's "Save Page As > Web Page, complete" writes it (the
reader renamed the file when saving, so the asset folder is round-table-conferences-substack_files):
no "saved from" comment but Firefox's own <meta http-equiv="content-type"> as the first child of
<head>; the server's head kept with its newlines and indentation (meta, og and twitter tags,
canonical, RSS, a :root theme style block, an ld+json block, the window._preloads JSON.parse blob)
with every saved resource rewritten to "./round-table-conferences-substack_files/..."; then the
live, hydrated DOM serialised on long lines: Grammarly's data-new-gr-c-s-check-loaded and
data-gr-ext-installed attributes on <body>; the navbar; the post header (h1, h3 subtitle, avatar,
byline, date) and the like/comment/restack/share bar top and bottom; the body markup: <p>, a
hand-made "In this issue" list of §-anchor links, h2/h3 headings with header-anchor divs and
hidden link buttons, ul/ol lists whose li wrap a p, strong/em, a blockquote, a pullquote, a
captioned image, a poll embed with its results, a SubscribeWidget, footnote anchors glued to the
text and footnote divs; the comments section (tabs, a comment box, nested comments with "Author"
badges, Like (n) / Reply / Share, "16 more comments..."); the "Ready for more?" box, the footer,
and the deferred script tags.

Source markup: "@meta" key: value lines up to "---"; paragraphs; "## " h2, "### " h3; "- " and
"1. " lists; "> " blockquote; "@pull", "@subscribe", "@image file|caption",
"@poll question|option:pct|...|footer", "@toc label"; **strong**, *em*, [^N] footnote anchors;
"@footnotes" with "[^N]: text"; "@comments" with "* name | date | likes | text" (two-space
indent = a reply).

Run: /usr/bin/python3 tools/make_substack.py [OUT]   (output is byte-for-byte stable)
"""
import hashlib
import json
import os
import re
import sys
from html import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "round-table-conferences-substack.txt")
OUT = os.path.join(HERE, "..", "docs", "round-table-conferences-substack.html")
FILES = "./round-table-conferences-substack_files/"
CDN = "https://substackcdn.com/image/fetch/"
BTN = ("pencraft pc-reset pencraft iconButton-mndGmL iconButtonBase-dJGZgB buttonBase-GK1x3M "
       "buttonStyle-r7yGCK size_sm-G3LciD priority_secondary-S63h9o")
SVG_LINK = ('<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" viewBox="0 0 24 24" '
            'fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" '
            'stroke-linejoin="round" class="lucide lucide-link"><path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 '
            '5 0 0 0-7.07-7.07l-1.72 1.71"></path><path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 '
            '7.07 7.07l1.71-1.71"></path></svg>')
SVG_HEART = ('<svg role="img" width="20" height="20" viewBox="0 0 24 24" fill="none" '
             'stroke-width="2" stroke="#000" xmlns="http://www.w3.org/2000/svg"><g><title></title>'
             '<path d="M19.5 12.572L12 20L4.5 12.572C4.0053 12.0907 3.61564 11.5123 3.35554 '
             '10.8734C3.09545 10.2345 2.97056 9.54894 2.98873 8.85941"></path></g></svg>')
SVG_COMMENT = ('<svg role="img" width="20" height="20" viewBox="0 0 24 24" fill="none" '
               'stroke-width="2" stroke="#000" xmlns="http://www.w3.org/2000/svg"><g><title></title>'
               '<path d="M21 11.5C21.0034 12.8199 20.6951 14.1219 20.1 15.3C19.3944 16.7118 '
               '18.3098 17.8992 16.9674 18.7293"></path></g></svg>')
SVG_RESTACK = ('<svg role="img" width="20" height="20" viewBox="0 0 24 24" fill="none" '
               'stroke-width="2" stroke="#000" xmlns="http://www.w3.org/2000/svg"><g><title></title>'
               '<path d="M21 3V8M21 8H16M21 8L18 5.29962C16.7056 4.14183 15.1038 3.38328 '
               '13.3879 3.11547"></path></g></svg>')
SVG_SHARE = ('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 24 24" '
             'fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" '
             'stroke-linejoin="round" class="lucide lucide-share"><path d="M4 12v8a2 2 0 0 0 2 2h12a2 '
             '2 0 0 0 2-2v-8"></path><polyline points="16 6 12 2 8 6"></polyline><line x1="12" '
             'x2="12" y1="2" y2="15"></line></svg>')


def parse():
    with open(SRC, encoding="utf-8") as f:
        text = f.read()
    head, rest = text.split("\n---\n", 1)
    meta = dict(l.split(": ", 1) for l in head.split("\n")[1:])
    body, rest = rest.split("@footnotes\n", 1)
    notes, comments = rest.split("@comments\n", 1)
    return meta, body.rstrip("\n").split("\n"), notes.strip("\n").split("\n"), \
        comments.rstrip("\n").split("\n")


def anchor_id(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def build(out_path):
    meta, body, notes, comments = parse()
    pid = meta["post_id"]
    base = "https://%s.substack.com" % meta["subdomain"]
    url = "%s/p/%s" % (base, meta["slug"])

    def inline(s):
        s = escape(s, quote=False)
        s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
        s = re.sub(r"(?<![\w*])\*(.+?)\*(?![\w*])", r"<em>\1</em>", s)
        s = re.sub(r"\[\^(\d+)\]", lambda m: (
            '<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" '
            'id="footnote-anchor-%s-%s" href="%s#footnote-%s-%s" target="_self" rel="">%s</a>'
            % (m.group(1), pid, url, m.group(1), pid, m.group(1))), s)
        return s

    def heading(level, text):
        aid = anchor_id(text)
        return ('<h%d class="header-anchor-post">%s<div class="pencraft pc-display-flex '
                'pc-alignItems-center pc-position-absolute pc-reset header-anchor-parent">'
                '<div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA">'
                '<div id="§%s" class="pencraft pc-reset header-anchor offset-top"></div>'
                '<button tabindex="0" type="button" aria-label="Link" data-href="%s/i/%s/%s" '
                'class="%s" style="display:none">%s</button></div></div></h%d>'
                % (level, inline(text), aid, base, pid, aid, BTN, SVG_LINK, level))

    h2s = [l[3:] for l in body if l.startswith("## ")]
    out = []
    i = 0
    while i < len(body):
        line = body[i]
        if line.startswith("## "):
            out.append(heading(2, line[3:]))
            i += 1
        elif line.startswith("### "):
            out.append(heading(3, line[4:]))
            i += 1
        elif line.startswith("- ") or re.match(r"\d+\. ", line):
            kind = "ul" if line.startswith("- ") else "ol"
            items = []
            while i < len(body) and (body[i].startswith("- ") if kind == "ul"
                                     else re.match(r"\d+\. ", body[i])):
                items.append(body[i].split(" ", 1)[1])
                i += 1
            out.append("<%s>%s</%s>" % (kind, "".join("<li><p>%s</p></li>" % inline(t)
                                                      for t in items), kind))
        elif line.startswith("> "):
            out.append("<blockquote><p>%s</p></blockquote>" % inline(line[2:]))
            i += 1
        elif line.startswith("@toc "):
            items = "".join('<li><p><a href="%s/i/%s/%s" rel="">%s</a></p></li>'
                            % (base, pid, anchor_id(h), inline(re.sub(r"^\d+\. ", "", h)))
                            for h in h2s)
            out.append("<p><strong>%s</strong></p><ol>%s</ol>" % (inline(line[5:]), items))
            i += 1
        elif line.startswith("@pull "):
            out.append('<div class="pullquote"><p>%s</p></div>' % inline(line[6:]))
            i += 1
        elif line == "@subscribe":
            out.append(
                '<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:'
                '&quot;%s/subscribe?&quot;,&quot;text&quot;:&quot;Subscribe&quot;,&quot;language'
                '&quot;:&quot;en&quot;}" data-component-name="SubscribeWidgetToDOM"><div '
                'class="subscription-widget show-subscribe"><div class="preamble"><p '
                'class="cta-caption">%s is a reader-supported publication. To receive new posts '
                'and support my work, consider becoming a free or paid subscriber.</p></div><form '
                'class="subscription-widget-subscribe"><input type="email" class="email-input" '
                'name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" '
                'class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div '
                'class="fake-input"></div><div class="fake-button"></div></div></form></div></div>'
                % (base, escape(meta["publication"])))
            i += 1
        elif line.startswith("@image "):
            name, caption = line[7:].split("|")
            src = CDN + "$s_!Xq7w!,w_1456,c_limit,f_auto,q_auto:good,fl_progressive:steep/" \
                "https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2F" + name
            attrs = escape(json.dumps({"src": "https://substack-post-media.s3.amazonaws.com/"
                                              "public/images/" + name, "srcNoWatermark": None,
                                       "fullscreen": None, "imageSize": None, "height": 860,
                                       "width": 1200, "resizeWidth": None, "bytes": 214377,
                                       "alt": None, "title": None, "type": "image/jpeg",
                                       "href": None, "belowTheFold": True, "topImage": False,
                                       "internalRedirect": None, "isProcessing": False,
                                       "align": None, "offset": False},
                                      separators=(",", ":")))
            out.append(
                '<div class="captioned-image-container"><figure><a class="image-link image2 '
                'is-viewable-img" target="_blank" href="%s" data-component-name="Image2ToDOM">'
                '<div class="image2-inset"><picture><source type="image/webp" srcset="%s 424w, '
                '%s 848w, %s 1456w" sizes="100vw"><img src="%s%s" width="1200" height="860" '
                'data-attrs="%s" class="sizing-normal" alt="" sizes="100vw" loading="lazy">'
                '</picture><div class="image-link-expand"><div class="pencraft pc-display-flex '
                'pc-gap-8 pc-reset"><button tabindex="0" type="button" class="%s">%s</button>'
                '</div></div></div></a><figcaption class="image-caption">%s</figcaption></figure>'
                '</div>' % (src, src.replace("w_1456", "w_424"), src.replace("w_1456", "w_848"),
                            src, FILES, name, attrs, BTN, SVG_SHARE, inline(caption)))
            i += 1
        elif line.startswith("@poll "):
            parts = line[6:].split("|")
            opts = []
            for p in parts[1:-1]:
                label, pct = p.rsplit(":", 1)
                opts.append('<div class="poll-option poll-option-voted"><div class="poll-option-bar" '
                            'style="width: %s%%;"></div><span class="poll-option-label">%s</span>'
                            '<span class="poll-option-percent">%s%%</span></div>'
                            % (pct, inline(label), pct))
            out.append('<div class="poll-embed" data-attrs="{&quot;id&quot;:301245}" '
                       'data-component-name="PollToDOM"><div class="poll-wrapper"><div '
                       'class="poll-question">%s</div><div class="poll-options">%s</div><div '
                       'class="poll-footer">%s</div></div></div>'
                       % (inline(parts[0]), "".join(opts), inline(parts[-1])))
            i += 1
        elif not line.strip():
            i += 1
        else:
            out.append("<p>%s</p>" % inline(line))
            i += 1
    for n in notes:
        m = re.match(r"\[\^(\d+)\]: (.*)", n)
        k = m.group(1)
        out.append('<div class="footnote" data-component-name="FootnoteToDOM"><a '
                   'id="footnote-%s-%s" href="%s#footnote-anchor-%s-%s" class="footnote-number" '
                   'contenteditable="false" target="_self" rel="">%s</a><div '
                   'class="footnote-content"><p>%s</p></div></div>'
                   % (k, pid, url, k, pid, k, inline(m.group(2))))
    post_body = "".join(out)

    def avatar(name, size):
        h = hashlib.md5(name.encode("utf-8")).hexdigest()
        return ('<img src="%s%s_%d.jpeg" sizes="100vw" alt="" width="%d" height="%d" '
                'class="img-OACg1c pencraft pc-reset" style="width:%dpx;height:%dpx;">'
                % (FILES, h[:12], size, size, size, size, size))

    def ufi(where):
        return ('<div class="post-ufi style-button %s"><div class="like-button-container '
                'post-ufi-button style-button"><a role="button" class="post-ufi-button '
                'style-button has-label with-border">%s<div class="label">%s</div></a></div>'
                '<a role="button" href="%s/comments" class="post-ufi-button style-button '
                'post-ufi-comment-button has-label with-border">%s<div class="label">%s</div></a>'
                '<a role="button" class="post-ufi-button style-button has-label with-border">%s'
                '<div class="label">%s</div></a><div class="post-ufi-button style-button '
                'no-icon has-label with-border"><a role="button" class="share-button">%s<div '
                'class="label">Share</div></a></div></div>'
                % (where, SVG_HEART, meta["likes"], url, SVG_COMMENT, meta["comments"],
                   SVG_RESTACK, meta["restacks"], SVG_SHARE))

    cmts, stack = [], []
    cid = 129384756
    for line in comments:
        depth = (len(line) - len(line.lstrip(" "))) // 2
        name, date, likes, text = [p.strip() for p in line.strip()[2:].split(" | ", 3)]
        cid += 7919
        badge = ('<span class="pencraft pc-reset commentBadge-CqgtdC">Author</span>'
                 if name == meta["author"] else "")
        prof = "https://substack.com/profile/%d-%s" % (cid % 100000000, anchor_id(name))
        html = ('<div class="comment" id="comment-%d"><div class="comment-anchor"></div>'
                '<div class="comment-content"><div class="comment-head"><a '
                'class="profile-img-wrap" href="%s">%s</a><div class="comment-meta"><span '
                'class="commenter-name"><a href="%s">%s</a>%s</span><a class="comment-date" '
                'href="%s/comment/%d" title="%s, 2025">%s</a></div></div><div '
                'class="comment-body"><p><span>%s</span></p></div><div class="comment-actions">'
                '<button class="like-button">Like (%s)</button><button '
                'class="reply-button">Reply</button><button class="share-button">Share</button>'
                '</div></div>' % (cid, prof, avatar(name, 32), prof, escape(name), badge, url,
                                  cid, date, date, escape(text, quote=False), likes))
        while len(stack) > depth:
            stack.pop()
            cmts.append("</div></div>")
        cmts.append(html + '<div class="comment-list-items">')
        stack.append(depth)
    while stack:
        stack.pop()
        cmts.append("</div></div>")

    preloads = json.dumps({
        "isEU": False, "language": "en", "base_url": base, "stripe_publishable_key": None,
        "pub": {"id": 2311874, "name": meta["publication"], "subdomain": meta["subdomain"],
                "author_name": meta["author"], "type": "newsletter", "language": "en",
                "theme_var_background_pop": "#8A3B12"},
        "post": {"id": int(pid), "title": meta["title"], "subtitle": meta["subtitle"],
                 "slug": meta["slug"], "post_date": meta["iso"], "audience": "everyone",
                 "type": "newsletter", "reaction_count": int(meta["likes"]),
                 "comment_count": int(meta["comments"]), "restacks": int(meta["restacks"]),
                 "wordcount": 1489, "canonical_url": url},
        "canonicalUrl": url, "features": {"web_poll_embeds": True, "comment_sort": "best"}},
        ensure_ascii=False, separators=(",", ":"))
    preloads_js = preloads.replace("\\", "\\\\").replace('"', '\\"')
    title_full = "%s - by %s" % (meta["title"], meta["author"])
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "url": url,
                     "mainEntityOfPage": url, "headline": meta["title"],
                     "description": meta["subtitle"], "datePublished": meta["iso"],
                     "dateModified": meta["iso"], "isAccessibleForFree": True,
                     "author": [{"@type": "Person", "name": meta["author"],
                                 "url": "https://substack.com/@" + meta["handle"]}],
                     "publisher": {"@type": "Organization", "name": meta["publication"],
                                   "url": base}}, ensure_ascii=False, separators=(",", ":"))
    og_img = CDN + "w_1200,h_600,c_fill,f_jpg,q_auto:good,fl_progressive:steep,g_auto/" \
        "https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2Fdarwen-1931.jpeg"
    head = [
        '<!DOCTYPE html>',
        '<html lang="en" class=""><head><meta http-equiv="content-type" content="text/html; '
        'charset=UTF-8">',
        '        ',
        '        <meta name="norton-safeweb-site-verification" '
        'content="24usqpep0ejc5w6hod3dulxwciwp0djs6c6ufp96av3t4whuxovj72wfkdjxu82yacb7430qjm8adb'
        'd5ezlt4592dq4zrvadcn9j9n-0btgdzpiojfzno16-fnsnu7xd">',
        '        ',
        '        <link rel="preconnect" href="https://substackcdn.com/">',
        '        ',
        '        <title>%s</title>' % escape(title_full, quote=False),
        '        ',
        '            ',
        '                <meta property="og:type" content="article">',
        '            ',
        '                <meta property="og:title" content="%s">' % escape(meta["title"]),
        '            ',
        '                <meta name="twitter:title" content="%s">' % escape(meta["title"]),
        '            ',
        '                <meta name="description" content="%s">' % escape(meta["subtitle"]),
        '            ',
        '                <meta property="og:description" content="%s">' % escape(meta["subtitle"]),
        '            ',
        '                <meta name="twitter:description" content="%s">' % escape(meta["subtitle"]),
        '            ',
        '                <meta property="og:image" content="%s">' % og_img,
        '            ',
        '                <meta name="twitter:image" content="%s">' % og_img,
        '            ',
        '                <meta name="twitter:card" content="summary_large_image">',
        '            ',
        '                <meta property="og:url" content="%s">' % url,
        '            ',
        '                <meta name="author" content="%s">' % meta["author"],
        '            ',
        '        ',
        '        <meta name="viewport" content="width=device-width, initial-scale=1, '
        'maximum-scale=1, user-scalable=0, viewport-fit=cover">',
        '        <link rel="canonical" href="%s">' % url,
        '        <link rel="alternate" type="application/rss+xml" href="%s/feed" title="%s">'
        % (base, escape(meta["publication"])),
        '        <link rel="icon" href="%sfavicon.ico" sizes="any">' % FILES,
        '        <link rel="stylesheet" type="text/css" href="%smain.9b3c4d1e.css">' % FILES,
        '        <link rel="stylesheet" type="text/css" href="%sreader2-post.e07a55f2.css">' % FILES,
        '        <style>',
        '          :root {',
        '            --color_theme_bg_pop: #8A3B12;',
        '            --background_pop: #8A3B12;',
        '            --color_theme_bg_web: #FFFDF8;',
        '            --cover_bg_color: #FFFDF8;',
        '            --print_on_pop: #ffffff;',
        '            --web_bg_color: #FFFDF8;',
        '            --font_family_headings: Spectral;',
        '            --font_family_body: Spectral;',
        '          }',
        '        </style>',
        '        <script type="application/ld+json">%s</script>' % ld,
        '        <script>window._preloads        = JSON.parse("%s")</script>' % preloads_js,
        '        <script src="%sfree-email-form.1d2f6a.js" charset="utf-8"></script>' % FILES,
        '    </head>',
        '',
    ]
    body_html = (
        '    <body class="pc-root" data-new-gr-c-s-check-loaded="14.1251.0" '
        'data-gr-ext-installed="">'
        '<div id="entry"><div id="main" class="main typography use-theme-bg">'
        '<div class="main-menu-content"><div class="topBar-pIF0J1 pencraft pc-display-flex '
        'pc-reset"><div class="navbar-left"><a href="%s/" class="logo-container"><img '
        'src="%slogo_256.png" alt="%s" width="40" height="40" class="navbar-logo"></a></div>'
        '<h1 class="navbar-title"><a class="navbar-title-link" href="%s/">%s</a></h1>'
        '<div class="navbar-buttons"><button tabindex="0" type="button" class="pencraft '
        'pc-reset pencraft buttonBase-GK1x3M buttonText-X0uSmG buttonStyle-r7yGCK '
        'priority_primary-RfbeYt size_sm-G3LciD">Subscribe</button><button tabindex="0" '
        'type="button" class="pencraft pc-reset pencraft buttonBase-GK1x3M buttonText-X0uSmG '
        'buttonStyle-r7yGCK priority_tertiary-rlke8z size_sm-G3LciD">Sign in</button></div>'
        '</div></div>'
        '<div class="single-post-container"><div class="container"><div class="single-post">'
        '<div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><article '
        'class="typography newsletter-post post"><div role="region" aria-label="Post header" '
        'class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">%s</h1>'
        '<h3 dir="auto" class="subtitle subtitle-HEEcLo">%s</h3><div class="pencraft '
        'pc-display-flex pc-gap-12 pc-alignItems-center pc-reset byline-wrapper"><div '
        'class="profile-hover-card-target">%s</div><div class="pencraft pc-display-flex '
        'pc-flexDirection-column pc-reset"><div class="pencraft pc-reset '
        'color-pub-primary-text-NyXPlw line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx '
        'weight-medium-fw81nC transform-uppercase-yKDgcq"><a href="https://substack.com/@%s" '
        'class="pencraft pc-reset decoration-hover-underline-ClDVRM">%s</a></div><div '
        'class="pencraft pc-reset color-pub-secondary-text-hGQ02T meta-EgzBVA">%s</div></div>'
        '</div>%s</div><div class="available-content"><div dir="auto" class="body markup">'
        '%s</div></div>%s'
        '<div class="subscribe-footer"><h3 class="subscribe-footer-title">Ready for more?</h3>'
        '<form class="subscribe-footer-form"><input type="email" name="email" '
        'placeholder="Type your email…"><button type="submit" class="button primary">'
        'Subscribe</button></form></div>'
        '</article><div id="discussion" class="comments-section"><div '
        'class="comments-section-header"><h4 class="comments-heading">Discussion about this '
        'post</h4><div class="comments-tabs"><button class="tab selected">Comments</button>'
        '<button class="tab">Restacks</button></div></div><div class="comment-input-wrap">%s'
        '<form class="form-CrbeVK"><textarea name="body" placeholder="Write a comment..." '
        'rows="1" aria-label="Write a comment"></textarea></form></div><div '
        'class="comments-list">%s</div><a href="%s/comments" class="more-comments">%d more '
        'comments...</a></div></div></div></div></div>'
        '<div class="footer-wrap publication-footer"><div class="visibility-check"></div><div '
        'class="footer"><div class="container"><div class="footer-terms"><span '
        'class="copyright">© 2025 %s</span> · <a href="https://substack.com/privacy">'
        'Privacy</a> ∙ <a href="https://substack.com/tos">Terms</a> ∙ <a '
        'href="https://substack.com/ccpa#personal-data-collected">Collection notice</a></div>'
        '<div class="footer-buttons"><a href="https://substack.com/signup?utm_source=substack'
        '&amp;utm_medium=web&amp;utm_content=footer" class="button">Start writing</a><a '
        'href="https://substack.com/app/app-store-redirect?utm_campaign=app-marketing&amp;'
        'utm_content=web-footer-button" class="button">Get the app</a></div><div '
        'class="footer-slogan-container"><a href="https://substack.com/" class="footer-logo">'
        'Substack</a> is the home for great culture</div></div></div></div>'
        '</div></div><div id="portal-root"></div>'
        % (base, FILES, escape(meta["publication"]), base, escape(meta["publication"]),
           escape(meta["title"], quote=False), escape(meta["subtitle"], quote=False),
           avatar(meta["author"], 36), meta["handle"], escape(meta["author"]), meta["date"],
           ufi("post-ufi-top"), post_body, ufi("post-ufi-bottom"), avatar("reader", 32),
           "".join(cmts), url, int(meta["comments"]) - len(comments), escape(meta["author"])))
    tail = [
        '',
        '',
        '        <script>window._analyticsConfig = JSON.parse("{\\"properties\\":{\\"subdomain\\":'
        '\\"%s\\",\\"publication_id\\":2311874,\\"post_id\\":%s,\\"section_id\\":null}}")'
        '</script>' % (meta["subdomain"], pid),
        '        <script src="%svendor.0c8e7d1b.js" charset="utf-8"></script>' % FILES,
        '        <script src="%sreader2-post.2f4b9a77.js" charset="utf-8"></script>' % FILES,
        '        <script src="%scustom_fonts.3a1e0c.js" charset="utf-8"></script>' % FILES,
        '    ',
        '',
        '</body></html>',
    ]
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(head) + "\n" + body_html + "\n".join(tail))


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else OUT)
