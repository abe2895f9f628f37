#!/usr/bin/python3
"""Make docs/sewer-deaths-supreme-court-substack.html from tools/sewer-deaths-supreme-court-substack.txt.

The file imitates a Substack post as the Wayback Machine replays it, saved from the browser
with "Save page as > Webpage, HTML only": the replay page's own head (Wayback's playback and
wombat scripts, __wm.init / __wm.wombat, the banner stylesheets, "End Wayback Rewrite JS
Include"), then Substack's server-rendered page with every URL rewritten into the archive
(/web/<timestamp>/..., im_ for images, cs_ for stylesheets, js_ for scripts), the Wayback
toolbar insert right after <body> (wm-ipp-base, wm-ipp-print, __wm.bt) and the archive's
trailing comments (FILE ARCHIVED ON ..., playback timings).

Source mark-up (one paragraph a line): "@key value" header lines; "## " h2 headings; "- "
bullet items; "1. " numbered items; "> " a blockquote; @subscribe (Substack's subscribe widget);
@button TEXT (a "Subscribe now" button); @share (the share button); @image CAPTION|FILE|W|H;
@footnote N TEXT; @comment NAME|DATE|LIKES|TEXT and @reply (a reply to the comment above).
Inline: **bold**, *italic*, [^N] a footnote anchor.

Run from anywhere: /usr/bin/python3 tools/make_substack.py
Standard library only; the output is the same bytes on every run.
"""
import html
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "sewer-deaths-supreme-court-substack.txt")
OUT = os.path.join(HERE, "..", "docs", "sewer-deaths-supreme-court-substack.html")

SVG_HEART = ('<svg role="img" style="height:20px;width:20px" width="20" height="20" viewBox="0 0 24 24" '
             'fill="none" stroke-width="2" stroke="#000" xmlns="http://www.w3.org/2000/svg"><g>'
             '<title></title><path d="M19 14c1.49-1.46 3-3.21 3-5.5A5.5 5.5 0 0 0 16.5 3c-1.76 0-3 .5-4.5 '
             '2-1.5-1.5-2.74-2-4.5-2A5.5 5.5 0 0 0 2 8.5c0 2.3 1.5 4.05 3 5.5l7 7Z"></path></g></svg>')
SVG_COMMENT = ('<svg role="img" style="height:20px;width:20px" width="20" height="20" viewBox="0 0 24 24" '
               'fill="none" stroke-width="2" stroke="#000" xmlns="http://www.w3.org/2000/svg"><g>'
               '<title></title><path d="M21 11.5a8.38 8.38 0 0 1-.9 3.8 8.5 8.5 0 0 1-7.6 4.7 8.38 8.38 '
               '0 0 1-3.8-.9L3 21l1.9-5.7a8.38 8.38 0 0 1-.9-3.8 8.5 8.5 0 0 1 4.7-7.6 8.38 8.38 0 0 1 '
               '3.8-.9h.5a8.48 8.48 0 0 1 8 8v.5z"></path></g></svg>')
SVG_RESTACK = ('<svg role="img" style="height:20px;width:20px" width="20" height="20" viewBox="0 0 24 24" '
               'fill="none" stroke-width="2" stroke="#000" xmlns="http://www.w3.org/2000/svg"><g>'
               '<title></title><path d="M21 3V8M21 8H16M21 8L18 5.29168C16.4077 3.86656 14.3051 3 12 3C7.02944 '
               '3 3 7.02944 3 12C3 16.9706 7.02944 21 12 21C16.2832 21 19.8675 18.008 20.777 14"></path>'
               '</g></svg>')
SVG_SHARE = ('<svg role="img" style="height:20px;width:20px" width="20" height="20" viewBox="0 0 24 24" '
             'fill="none" stroke-width="2" stroke="#000" xmlns="http://www.w3.org/2000/svg"><g>'
             '<title></title><path d="M4 12v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8"></path>'
             '<polyline points="16 6 12 2 8 6"></polyline><line x1="12" y1="2" x2="12" y2="15"></line>'
             '</g></svg>')
SVG_LINK = ('<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" viewBox="0 0 24 24" fill="none" '
            'stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" '
            'class="lucide lucide-link"><path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71">'
            '</path><path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71"></path></svg>')
SVG_EXPAND = ('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 24 24" fill="none" '
              'stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" '
              'class="lucide lucide-maximize2"><polyline points="15 3 21 3 21 9"></polyline>'
              '<polyline points="9 21 3 21 3 15"></polyline><line x1="21" x2="14" y1="3" y2="10"></line>'
              '<line x1="3" x2="10" y1="21" y2="14"></line></svg>')


def read_source():
    meta, body = {}, []
    with open(SRC, encoding="utf-8") as f:
        for line in f.read().split("\n"):
            m = re.match(r"@(pub|pubdesc|host|slug|postid|author|handle|date|iso|capture|retrieved|likes|"
                         r"comments|restacks|title|subtitle) (.*)$", line)
            if m:
                meta[m.group(1)] = m.group(2)
            elif line.strip():
                body.append(line)
    return meta, body


def smart(text):
    """Substack's editor turns typed apostrophes into curly ones."""
    return re.sub(r"(?<=\w)'|'(?=\w)", "\u2019", text)


def inline(text):
    text = html.escape(smart(text), quote=True).replace("&#x27;", "\u2019")
    text = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", text)
    text = re.sub(r"\*(.+?)\*", r"<em>\1</em>", text)
    text = re.sub(r"\[\^(\d+)\]",
                  r'<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" '
                  r'id="footnote-anchor-\1" href="#footnote-\1" target="_self">\1</a>', text)
    return text


def slugify(text):
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return s


def build():
    meta, body = read_source()
    ts = meta["capture"]
    host = meta["host"]
    post_url = "https://%s/p/%s" % (host, meta["slug"])
    wb = "/web/%s/" % ts
    wbi = "/web/%sim_/" % ts
    wbc = "/web/%scs_/" % ts
    wbj = "/web/%sjs_/" % ts
    pub_url = "https://%s/" % host
    sub_url = "https://%s/subscribe" % host
    epoch = "1752658215"
    cdn = "https://substackcdn.com/"
    avatar = (cdn + "image/fetch/$s_!Qx3v!,w_64,h_64,c_fill,f_auto,q_auto:good,fl_progressive:steep/"
              "https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2F5b1e0c7a-2f8d-4c1e-"
              "9a51-7f3e2b6c9d10_400x400.jpeg")
    logo = (cdn + "image/fetch/$s_!kP2d!,w_80,h_80,c_fill,f_auto,q_auto:good,fl_progressive:steep/"
            "https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2Fimages%2F0d7c4e1b-8a2f-49e3-"
            "b6c0-3a9f1e5d2c47_256x256.png")
    title = meta["title"]
    subtitle = meta["subtitle"]
    esc = lambda s: html.escape(smart(s), quote=True).replace("&#x27;", "\u2019")

    out = []
    w = out.append
    # ---- the Wayback replay head -------------------------------------------------------------
    w('<!DOCTYPE html>\n<html lang="en"><head><script type="text/javascript" '
      'src="https://web-static.archive.org/_static/js/bundle-playback.js?v=t1Bf4PY_" charset="utf-8">'
      '</script>\n<script type="text/javascript" src="https://web-static.archive.org/_static/js/'
      'wombat.js?v=txqj7nKC" charset="utf-8"></script>\n<script>window.RufflePlayer=window.RufflePlayer||'
      '{};window.RufflePlayer.config={"autoplay":"on","unmuteOverlay":"hidden","showSwfDownload":true};'
      '</script>\n<script type="text/javascript" src="https://web-static.archive.org/_static/js/ruffle/'
      'ruffle.js"></script>\n<script type="text/javascript">\n    __wm.init("https://web.archive.org/web");\n'
      '  __wm.wombat("%s","%s","https://web.archive.org/","web","https://web-static.archive.org/_static/",\n'
      '\t      "%s");\n</script>\n<link rel="stylesheet" type="text/css" href="https://web-static.archive.org/'
      '_static/css/banner-styles.css?v=p7PEIJWi" />\n<link rel="stylesheet" type="text/css" '
      'href="https://web-static.archive.org/_static/css/iconochive.css?v=3PDvdIFv" />\n'
      '<!-- End Wayback Rewrite JS Include -->\n' % (post_url, ts, epoch))
    # ---- Substack's head ----------------------------------------------------------------------
    desc = esc(subtitle)
    w('<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, '
      'maximum-scale=1"><meta name="theme-color" content="#ffffff"><title>%s - by %s</title>'
      '<meta name="description" content="%s"><meta name="author" content="%s">'
      '<link rel="canonical" href="%s%s">'
      '<meta property="og:url" content="%s"><meta property="og:type" content="article">'
      '<meta property="og:title" content="%s"><meta property="og:description" content="%s">'
      '<meta property="og:image" content="%s%sogimage-%s.jpg"><meta property="og:site_name" content="%s">'
      '<meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="%s">'
      '<meta name="twitter:description" content="%s"><meta name="twitter:label1" content="Likes">'
      '<meta name="twitter:data1" content="%s"><meta name="twitter:label2" content="Replies">'
      '<meta name="twitter:data2" content="%s"><meta name="twitter:label3" content="Restacks">'
      '<meta name="twitter:data3" content="%s"><meta name="robots" content="max-image-preview:large">'
      '<link rel="alternate" type="application/rss+xml" href="%s%sfeed" title="%s">'
      '<link rel="icon" type="image/png" href="%s%s">'
      '<link rel="preconnect" href="https://substackcdn.com">'
      '<link rel="stylesheet" type="text/css" href="%s%sbundle/theme/main.3e8f1c0a2b7d.css">'
      '<link rel="stylesheet" type="text/css" href="%s%sbundle/theme/color_links.c9b1f07e4d21.css">'
      '<style>:root{--print_on_web_bg_color:#ffffff;--web_bg_color:#ffffff;--background_pop:#0f766e;'
      '--cover_bg_color:#ffffff;--background_pop_darken:#0c5f58;--print_secondary_on_web_bg_color:#6b6b6b;'
      '--border_subtle:rgba(15,118,110,.1)}</style>'
      % (esc(title), meta["author"], desc, meta["author"], wb, post_url, post_url, esc(title), desc,
         wbi, cdn, meta["postid"], esc(meta["pub"]), esc(title), desc, meta["likes"], meta["comments"],
         meta["restacks"], wb, pub_url, esc(meta["pub"]), wbi, logo, wbc, cdn, wbc, cdn))
    preload = {
        "isEU": False, "language": "en", "base_url": pub_url.rstrip("/"),
        "pub": {"id": 2140573, "name": meta["pub"], "subdomain": host.split(".")[0],
                "hero_text": meta["pubdesc"], "author_name": meta["author"], "language": "en",
                "theme_var_background_pop": "#0F766E", "payments_state": "disabled"},
        "post": {"id": int(meta["postid"]), "title": title, "social_title": title,
                 "subtitle": subtitle, "slug": meta["slug"], "post_date": meta["iso"],
                 "audience": "everyone", "type": "newsletter", "write_comment_permissions": "everyone",
                 "reaction_count": int(meta["likes"]), "comment_count": int(meta["comments"]),
                 "restacks": int(meta["restacks"]), "wordcount": 1639,
                 "canonical_url": post_url, "section_id": None, "hidden": False},
        "canonicalUrl": post_url, "features": {}, "abTestingVariant": None,
    }
    pre = json.dumps(json.dumps(preload, ensure_ascii=True, separators=(",", ":")), ensure_ascii=True)
    w('<script>window._preloads        = JSON.parse(%s)</script>' % pre)
    w('<script>window._analyticsConfig = JSON.parse("{\\"properties\\":{\\"subdomain\\":\\"%s\\",'
      '\\"publication_id\\":2140573,\\"section_id\\":null},\\"localGaPixelId\\":null}")</script>'
      % host.split(".")[0])
    w('</head>\n')
    # ---- body start and the Wayback toolbar insert --------------------------------------------
    w('<body class="pc-root"><!-- BEGIN WAYBACK TOOLBAR INSERT -->\n<script>__wm.rw(0);</script>\n'
      '<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">\n</div>\n'
      '<div id="wm-ipp-print">The Wayback Machine - https://web.archive.org/web/%s/%s</div>\n'
      '<script type="text/javascript">//<![CDATA[\n__wm.bt(750,27,25,2,"web","%s","%s",1996,'
      '"https://web-static.archive.org/_static/",["https://web-static.archive.org/_static/css/'
      'banner-styles.css?v=p7PEIJWi","https://web-static.archive.org/_static/css/iconochive.css?v=3PDvdIFv"],'
      ' false);\n  var wmCaptureUrl = "https://web.archive.org/save/%s";\n  var wmDebugHeaders = false;\n'
      '//]]></script>\n<!-- END WAYBACK TOOLBAR INSERT -->\n ' % (ts, post_url, post_url, ts, post_url))
    # navbar
    w('<div id="entry"><div id="main" class="main typography use-theme-bg"><div class="main-menu">'
      '<div class="pencraft pc-display-flex pc-justifyContent-space-between pc-alignItems-center '
      'pc-reset topbar-content"><div class="pencraft pc-display-flex pc-gap-12 pc-alignItems-center '
      'pc-reset"><a href="%s%s" class="navbar-logo-container"><div class="pencraft pc-display-flex '
      'pc-reset"><img src="%s%s" width="40" height="40" alt="" class="navbar-logo"></div></a>'
      '<h1 class="navbar-title"><a class="navbar-title-link" href="%s%s">%s</a></h1></div>'
      '<div class="pencraft pc-display-flex pc-gap-8 pc-alignItems-center pc-reset navbar-buttons">'
      '<button tabindex="0" type="button" class="pencraft pc-reset pencraft buttonBase-GK1x3M '
      'buttonStyle-r7yGCK priority_primary-RfbeYt size_md-gCDS3o">Subscribe</button>'
      '<button tabindex="0" type="button" class="pencraft pc-reset pencraft buttonBase-GK1x3M '
      'buttonStyle-r7yGCK priority_tertiary-rlke8z size_md-gCDS3o">Sign in</button></div></div></div>'
      % (wb, pub_url, wbi, logo, wb, pub_url, esc(meta["pub"])))

    def ufi(where):
        return ('<div class="pencraft pc-display-flex pc-gap-16 pc-paddingTop-16 pc-paddingBottom-16 '
                'pc-justifyContent-space-between pc-alignItems-center pc-reset flex-grow-rzmknG '
                'border-top-detail-themed-k9TZAY border-bottom-detail-themed-Ua9186 post-ufi %s">'
                '<div class="pencraft pc-display-flex pc-gap-8 pc-alignItems-center pc-reset">'
                '<div class="like-button-container post-ufi-button style-button"><button tabindex="0" '
                'type="button" aria-label="Like (%s)" aria-pressed="false" class="pencraft pc-reset '
                'pencraft post-ufi-button style-button has-label with-border">%s<div class="label">%s</div>'
                '</button></div><a role="button" href="%s%s/comments" aria-label="View comments (%s)" '
                'class="pencraft pc-reset pencraft post-ufi-button style-button post-ufi-comment-button '
                'has-label with-border">%s<div class="label">%s</div></a><button tabindex="0" type="button" '
                'aria-label="Restack (%s)" class="pencraft pc-reset pencraft post-ufi-button style-button '
                'has-label with-border">%s<div class="label">%s</div></button></div>'
                '<button tabindex="0" type="button" class="pencraft pc-reset pencraft post-ufi-button '
                'style-button has-label with-border">%s<div class="label">Share</div></button></div>'
                % (where, meta["likes"], SVG_HEART, meta["likes"], wb, post_url, meta["comments"],
                   SVG_COMMENT, meta["comments"], meta["restacks"], SVG_RESTACK, meta["restacks"], SVG_SHARE))

    author_url = "https://substack.com/@%s" % meta["handle"]
    w('<div class="single-post-container"><div class="container"><div class="single-post">'
      '<div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><article class="typography '
      'newsletter-post post"><div role="region" aria-label="Post header" class="post-header">'
      '<h1 dir="auto" class="post-title published title-X77sOw">%s</h1><h3 dir="auto" '
      'class="subtitle subtitle-HEEcLo">%s</h3><div class="pencraft pc-display-flex pc-gap-12 '
      'pc-paddingTop-16 pc-paddingBottom-16 pc-alignItems-center pc-reset byline-wrapper">'
      '<div class="pencraft pc-display-flex pc-reset"><a href="%s%s" aria-label="View %s\u2019s profile" '
      'class="pencraft pc-reset"><img src="%s%s" width="36" height="36" alt="%s" class="img-OACg1c '
      'avatar-u8q6xB"></a></div><div class="pencraft pc-display-flex pc-flexDirection-column pc-reset">'
      '<div class="pencraft pc-reset color-pub-primary-text-NyXPlw line-height-20-t4M0El font-meta-MWBumP '
      'size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">'
      '<span class="pencraft pc-reset decoration-hover-underline-ClDVps reset-IxiVJZ"><a href="%s%s" '
      'class="pencraft pc-reset">%s</a></span></div><div class="pencraft pc-display-flex pc-gap-4 '
      'pc-reset"><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El '
      'font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ '
      'meta-EgzBVA">%s</div></div></div></div>%s</div>'
      % (esc(title), esc(subtitle), wb, author_url, meta["author"], wbi, avatar, meta["author"],
         wb, author_url, meta["author"], meta["date"], ufi("post-ufi-top")))

    # ---- post body ----------------------------------------------------------------------------
    w('<div class="available-content"><div dir="auto" class="body markup">')
    footnotes, comments = [], []
    i = 0
    n_sub = 0
    while i < len(body):
        line = body[i]
        if line.startswith("@footnote "):
            n, text = line[10:].split(" ", 1)
            footnotes.append((n, text))
        elif line.startswith("@comment ") or line.startswith("@reply "):
            kind, rest = line.split(" ", 1)
            comments.append((kind[1:],) + tuple(rest.split("|", 3)))
        elif line == "@subscribe":
            n_sub += 1
            w('<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;%s'
              'subscribe?&quot;,&quot;text&quot;:&quot;Subscribe&quot;,&quot;language&quot;:&quot;en&quot;}" '
              'data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe">'
              '<div class="preamble"><p class="cta-caption">%s is a reader-supported publication. To '
              'receive new posts and support my work, consider becoming a free or paid subscriber.</p>'
              '</div><form class="subscription-widget-subscribe"><input type="email" class="email-input" '
              'name="email" placeholder="Type your email\u2026" tabindex="-1"><input type="submit" '
              'class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div '
              'class="fake-input"></div><div class="fake-button"></div></div></form></div></div>'
              % (pub_url, esc(meta["pub"])))
        elif line.startswith("@button "):
            text = line[8:]
            w('<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;%s?&quot;,&quot;text&quot;:'
              '&quot;%s&quot;,&quot;action&quot;:null,&quot;class&quot;:null}" '
              'data-component-name="ButtonCreateButton"><a class="button primary" href="%s%s?"><span>%s'
              '</span></a></p>' % (sub_url, text, wb, sub_url, text))
        elif line == "@share":
            w('<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;%s?utm_source=substack&amp;'
              'utm_medium=email&amp;utm_content=share&amp;action=share&quot;,&quot;text&quot;:&quot;Share'
              '&quot;,&quot;action&quot;:null,&quot;class&quot;:null}" data-component-name="ButtonCreateButton">'
              '<a class="button primary" href="%s%s?utm_source=substack&amp;utm_medium=email&amp;'
              'utm_content=share&amp;action=share"><span>Share</span></a></p>' % (post_url, wb, post_url))
        elif line.startswith("@image "):
            cap, fn, wd, ht = line[7:].split("|")
            raw = "https%%3A%%2F%%2Fsubstack-post-media.s3.amazonaws.com%%2Fpublic%%2Fimages%%2F%s" % fn
            src = cdn + "image/fetch/$s_!Vb7Q!,w_1456,c_limit,f_auto,q_auto:good,fl_progressive:steep/" + raw
            webp = cdn + "image/fetch/$s_!Vb7Q!,w_1456,c_limit,f_webp,q_auto:good,fl_progressive:steep/" + raw
            attrs = json.dumps({"src": "https://substack-post-media.s3.amazonaws.com/public/images/" + fn,
                                "height": int(ht), "width": int(wd), "resizeWidth": None, "bytes": 214733,
                                "alt": None, "title": None, "type": "image/jpeg", "href": None,
                                "belowTheFold": True, "internalRedirect": None}, separators=(",", ":"))
            w('<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" '
              'target="_blank" href="%s%s" data-component-name="Image2ToDOM"><div class="image2-inset">'
              '<picture><source type="image/webp" srcset="%s%s 1456w" sizes="100vw"><img src="%s%s" '
              'width="%s" height="%s" data-attrs="%s" class="sizing-normal" alt="" srcset="%s%s 1456w" '
              'sizes="100vw" loading="lazy"></picture><div class="image-link-expand"><div class="pencraft '
              'pc-display-flex pc-gap-8 pc-reset"><button tabindex="0" type="button" class="pencraft '
              'pc-reset pencraft icon-container view-image">%s</button></div></div></div></a>'
              '<figcaption class="image-caption">%s</figcaption></figure></div>'
              % (wbi, src, wbi, webp, wbi, src, wd, ht, html.escape(attrs, quote=True), wbi, src,
                 SVG_EXPAND, inline(cap)))
        elif line.startswith("## "):
            text = line[3:]
            anchor = "\u00a7" + slugify(text)
            w('<h2 class="header-anchor-post">%s<div class="pencraft pc-display-flex pc-alignItems-center '
              'pc-position-absolute pc-reset header-anchor-parent"><div class="pencraft pc-display-contents '
              'pc-reset pubTheme-yiXxQA"><div id="%s" class="pencraft pc-reset header-anchor offset-top">'
              '</div><button tabindex="0" type="button" aria-label="Link" class="pencraft pc-reset pencraft '
              'copyLinkButton-Xh0aJc">%s</button></div></div></h2>' % (inline(text), anchor, SVG_LINK))
        elif line.startswith("- "):
            items = []
            while i < len(body) and body[i].startswith("- "):
                items.append('<li><p>%s</p></li>' % inline(body[i][2:]))
                i += 1
            w('<ul>%s</ul>' % "".join(items))
            continue
        elif re.match(r"\d+\. ", line):
            items = []
            while i < len(body) and re.match(r"\d+\. ", body[i]):
                items.append('<li><p>%s</p></li>' % inline(body[i].split(". ", 1)[1]))
                i += 1
            w('<ol>%s</ol>' % "".join(items))
            continue
        elif line.startswith("> "):
            w('<blockquote><p>%s</p></blockquote>' % inline(line[2:]))
        else:
            w('<p>%s</p>' % inline(line))
        i += 1
    for n, text in footnotes:
        w('<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-%s" '
          'href="#footnote-anchor-%s" class="footnote-number" contenteditable="false" target="_self">%s</a>'
          '<div class="footnote-content"><p>%s</p></div></div>' % (n, n, n, inline(text)))
    w('</div></div>')
    # ---- post footer: UFI, subscribe box, comments --------------------------------------------
    w('<div class="visibility-check"></div><div class="post-footer use-separators">%s</div>'
      % ufi("post-ufi-bottom"))
    w('<div class="pencraft pc-display-flex pc-flexDirection-column pc-gap-16 pc-padding-24 pc-reset '
      'subscribe-footer"><div class="pencraft pc-reset color-primary-zABazT line-height-24-jnGwiv '
      'font-text-qe4AeH size-17-JHHggF weight-bold-DmI9lw reset-IxiVJZ">Ready for more?</div>'
      '<form action="%s%sapi/v1/free?nojs=true" method="post" class="form"><input type="email" '
      'name="email" placeholder="Type your email\u2026"><button tabindex="0" type="submit" class="pencraft '
      'pc-reset pencraft buttonBase-GK1x3M">Subscribe</button></form></div>' % (wb, pub_url))
    w('</article></div></div></div>')
    w('<div id="discussion" class="comments-page"><div class="container"><div class="pencraft '
      'pc-display-flex pc-flexDirection-column pc-gap-16 pc-reset"><h4 class="pencraft pc-reset '
      'color-primary-zABazT line-height-24-jnGwiv font-text-qe4AeH size-17-JHHggF weight-bold-DmI9lw '
      'reset-IxiVJZ">Discussion about this post</h4><div role="tablist" class="pencraft pc-display-flex '
      'pc-gap-8 pc-reset"><button role="tab" aria-selected="true" type="button" class="pencraft pc-reset '
      'pencraft tab-active">Comments</button><button role="tab" aria-selected="false" type="button" '
      'class="pencraft pc-reset pencraft">Restacks</button></div><div class="comment-input-wrap">'
      '<textarea placeholder="Write a comment..." class="comment-input" rows="1"></textarea></div>'
      '<div class="comment-list"><div class="comment-list-items">')
    open_thread = False
    for kind, name, date, likes, text in comments:
        cid = 121884000 + len(name) * 7 + int(likes) * 13 + len(text)
        item = ('<div class="comment" id="comment-%d"><div class="comment-content"><div class="pencraft '
                'pc-display-flex pc-gap-12 pc-reset"><a href="%shttps://substack.com/profile/%d" '
                'class="pencraft pc-reset"><img src="%s%simage/fetch/w_32,h_32,c_fill/https%%3A%%2F%%2F'
                'substack.com%%2Fimg%%2Favatars%%2Fdefault-light.png" width="32" height="32" alt="" '
                'class="img-OACg1c avatar-u8q6xB"></a><div class="pencraft pc-display-flex '
                'pc-flexDirection-column pc-reset comment-main"><div class="comment-meta"><span '
                'class="commenter-name"><a href="%shttps://substack.com/profile/%d">%s</a></span>%s'
                '<a class="comment-date" href="%s%s/comment/%d">%s</a></div><div class="comment-body">'
                '<p><span>%s</span></p></div><div class="comment-actions"><button type="button" '
                'class="pencraft pc-reset pencraft comment-like">%s<span class="label">%s</span></button>'
                '<button type="button" class="pencraft pc-reset pencraft">Reply</button><button '
                'type="button" class="pencraft pc-reset pencraft">Share</button></div></div></div></div>'
                % (cid, wb, cid * 3, wbi, cdn, wb, cid * 3, esc(name),
                   '<span class="post-author-badge">Author</span>' if name == meta["author"] else "",
                   wb, post_url, cid, date, inline(text), SVG_HEART, likes))
        if kind == "comment":
            if open_thread:
                w('</div></div>')
            w('<div class="comment-thread">' + item + '<div class="comment-children">')
            open_thread = True
        else:
            w(item)
    if open_thread:
        w('</div></div>')
    w('</div><button type="button" class="pencraft pc-reset pencraft button-more-comments">'
      '%d more comments...</button></div></div></div></div>' % (int(meta["comments"]) - len(comments)))
    # ---- site footer ------------------------------------------------------------------------------
    w('<div class="footer-wrap publication-footer"><div class="visibility-check"></div><div class="footer">'
      '<div class="container"><div class="footer-terms"><span class="copyright">\u00a9 2025 %s</span>'
      '<span class="footer-links"><a href="%shttps://substack.com/privacy" target="_blank">Privacy</a> '
      '\u2219 <a href="%shttps://substack.com/tos" target="_blank">Terms</a> \u2219 <a href="%shttps://'
      'substack.com/ccpa#personal-data-collected" target="_blank">Collection notice</a></span></div>'
      '<div class="footer-buttons"><a href="%shttps://substack.com/signup?utm_source=substack&amp;'
      'utm_medium=web&amp;utm_content=footer" class="footer-substack-cta">Start writing</a><a '
      'href="%shttps://substack.com/app/app-store-redirect?utm_campaign=app-marketing&amp;'
      'utm_content=web-footer-button" class="footer-substack-cta">Get the app</a></div>'
      '<div class="footer-slogan"><a href="%shttps://substack.com" target="_blank">Substack</a> is the '
      'home for great culture</div></div></div></div></div></div>'
      % (meta["author"], wb, wb, wb, wb, wb, wb))
    w('<script src="%s%sbundle/static/js/sentry.b9f3a1c2.js" charset="utf-8"></script>'
      '<script src="%s%sbundle/static/js/main.7d2e61b9.js" charset="utf-8" async></script>'
      '<script>window.__APP_STARTED = Date.now();if (window.performance) {window.__TTFB = '
      'window.performance.timing.responseStart - window.performance.timing.requestStart;}</script>'
      % (wbj, cdn, wbj, cdn))
    w('</body></html>\n')
    retrieved = meta["retrieved"]
    archived = "09:30:15 Jul 16, 2025"
    w('<!--\n     FILE ARCHIVED ON %s AND RETRIEVED FROM THE\n     INTERNET ARCHIVE ON %s.\n'
      '     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.\n\n'
      '     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.\n'
      '     SECTION 108(a)(3)).\n-->\n<!--\nplayback timings (ms):\n  captures_list: 0.51\n'
      '  exclusion.robots: 0.018\n  exclusion.robots.policy: 0.008\n  esindex: 0.011\n'
      '  cdx.remote: 28.418\n  LoadShardBlock: 139.212 (3)\n  PetaboxLoader3.datanode: 173.65 (4)\n'
      '  PetaboxLoader3.resolve: 96.406\n  load_resource: 140.783\n-->' % (archived, retrieved))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(out))


if __name__ == "__main__":
    build()
