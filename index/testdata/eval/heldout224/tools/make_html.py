#!/usr/bin/python3
"""Re-make docs/wetland-rules-2017-amrit-dharohar.html from tools/wetland-rules-2017-amrit-dharohar.txt.

The page is a WordPress post on a coaching blog ("PrepKaro IAS", tagDiv's Newspaper theme) as the
SingleFile browser extension saves it: the "Page saved with SingleFile" comment right after the
<html> tag, no <head>/<body> start tags where they carry nothing, attribute values unquoted where
HTML allows it, scripts removed, images turned into data: URIs, SingleFile's
content-security-policy meta and its img[src="data:,"] rule. The post body carries the plugins'
markup: Table of Contents Plus (toc_container with its [hide] toggle and span ids inside the
headings), a TablePress table (its name as an h2 above it, row-N and column-N classes), an Easy
Accordion FAQ (h3 headers, the first panel open), a Shortcodes Ultimate spoiler opened before
saving, the theme's "- Advertisement -" slots, share buttons above and below, tags, previous /
next links, an author box, related posts, wpDiscuz comments (with votes and an author reply), the
right sidebar and the footer, and the Cookie Notice bar. WordPress's wptexturize has already
turned quotes, apostrophes and " - " into curly quotes and dashes.

Run: /usr/bin/python3 tools/make_html.py [OUT]
"""
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "wetland-rules-2017-amrit-dharohar.txt")
OUT = os.path.join(HERE, "..", "docs", "wetland-rules-2017-amrit-dharohar.html")
URL = "https://www.prepkaroias.in/wetlands-conservation-management-rules-2017-amrit-dharohar/"
SITE = "https://www.prepkaroias.in"
PIX = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
LOGO = ("data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSIy"
        "NzIiIGhlaWdodD0iOTAiPjxyZWN0IHdpZHRoPSIyNzIiIGhlaWdodD0iOTAiIGZpbGw9IiMwYjVlNDIiLz48L3N2Zz4=")


def texturize(s):
    """wptexturize, roughly: curly quotes and apostrophes, en dashes."""
    s = s.replace(" - ", " \u2013 ")
    s = re.sub(r'(^|[\s(\[>])"', "\\1\u201c", s)
    s = s.replace('"', "\u201d")
    s = re.sub(r"(\w)'(\w)", "\\1\u2019\\2", s)
    s = re.sub(r"(^|[\s(\[>])'", "\\1\u2018", s)
    return s.replace("'", "\u2019")


def inline(s):
    s = html.escape(texturize(s), quote=False)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"\*(.+?)\*", r"<em>\1</em>", s)
    return s


def slug(s):
    s = re.sub(r"[^A-Za-z0-9 ]", "", s.replace("(", "").replace(")", ""))
    return "_".join(s.split())


def attr(v):
    """SingleFile's minifier drops the quotes where HTML allows it."""
    if v and re.fullmatch(r"[A-Za-z0-9_\-.:/#?=&%+,;@]+", v) and not v.endswith("/"):
        return v
    return '"%s"' % v.replace('"', "&quot;")


def tag(name, **kw):
    parts = [name]
    for k, v in kw.items():
        k = k.rstrip("_").replace("__", ":").replace("_", "-")
        parts.append(k if v is True else "%s=%s" % (k, attr(v)))
    return "<%s>" % " ".join(parts)


def parse(path):
    meta, items = {}, []
    for ln in open(path, encoding="utf-8").read().split("\n"):
        if not ln.strip():
            continue
        if ln.startswith("@") and ln[1:].split(" ", 1)[0] in ("title", "desc", "why"):
            k, v = ln[1:].split(" ", 1)
            meta[k] = v
        else:
            items.append(ln)
    return meta, items


def article(meta, items):
    heads = [l for l in items if l.startswith("## ") or l.startswith("### ")]
    out = []
    out.append('<div class="td-a-rec td-a-rec-id-content_top"><span class=td-adspot-title>- Advertisement -</span>'
               '<ins class=adsbygoogle style="display:block" data-ad-client=ca-pub-3912260771042157 '
               'data-ad-slot=5573019620 data-ad-format=auto></ins></div>')
    out.append('<div class=why-in-news><h4>Why in News?</h4><p>%s</p></div>' % inline(meta["why"]))
    i = 0
    faq_open = False
    faq_n = 0
    while i < len(items):
        ln = items[i]
        if ln == "@toc":
            toc = ['<div id=toc_container class="toc_light_blue no_bullets"><p class=toc_title>Contents '
                   '<span class=toc_toggle>[<a href=#>hide</a>]</span></p><ul class=toc_list>']
            a = b = 0
            open_sub = False
            for h in heads:
                if h.startswith("## "):
                    if open_sub:
                        toc.append("</ul></li>")
                        open_sub = False
                    elif a:
                        toc.append("</li>")
                    a += 1
                    b = 0
                    t = h[3:]
                    toc.append('<li><a href=#%s><span class="toc_number toc_depth_1">%d</span> %s</a>'
                               % (slug(t), a, inline(t)))
                else:
                    if not open_sub:
                        toc.append("<ul>")
                        open_sub = True
                    b += 1
                    t = h[4:]
                    toc.append('<li><a href=#%s><span class="toc_number toc_depth_2">%d.%d</span> %s</a></li>'
                               % (slug(t), a, b, inline(t)))
            toc.append("</ul></li>" if open_sub else "</li>")
            toc.append("</ul></div>")
            out.append("".join(toc))
        elif ln.startswith("## "):
            t = ln[3:]
            out.append('<h2><span id=%s>%s</span></h2>' % (slug(t), inline(t)))
            if t == "Frequently Asked Questions":
                faq_open = True
                out.append('<div id=sp-ea-18410 class="sp-ea-one sp-easy-accordion" data-ex-icon=fa-minus '
                           'data-col-icon=fa-plus data-ea-active=ea-click data-ea-mode=vertical '
                           'data-preloader data-scroll-active-item data-offset-to-scroll=0>')
        elif ln.startswith("### "):
            t = ln[4:]
            out.append('<h3><span id=%s>%s</span></h3>' % (slug(t), inline(t)))
        elif ln.startswith("P "):
            out.append("<p>%s</p>" % inline(ln[2:]))
        elif ln.startswith("- "):
            out.append('<ul>')
            while i < len(items) and items[i].startswith("- "):
                out.append("<li>%s</li>" % inline(items[i][2:]))
                i += 1
            out.append("</ul>")
            continue
        elif re.match(r"\d+\. ", ln):
            out.append('<ol>')
            while i < len(items) and re.match(r"\d+\. ", items[i]):
                out.append("<li>%s</li>" % inline(re.sub(r"^\d+\. ", "", items[i])))
                i += 1
            out.append("</ol>")
            continue
        elif ln.startswith("@table "):
            name = ln[7:]
            rows = []
            i += 1
            while i < len(items) and items[i].startswith("| "):
                rows.append([c.strip() for c in items[i].strip().strip("|").split(" | ")])
                i += 1
            t = ['<h2 class="tablepress-table-name tablepress-table-name-id-7">%s</h2>' % inline(name),
                 '<table id=tablepress-7 class="tablepress tablepress-id-7"><thead><tr class=row-1>']
            for c, cell in enumerate(rows[0], 1):
                t.append('<th class=column-%d>%s</th>' % (c, inline(cell)))
            t.append('</tr></thead><tbody class=row-striping>')
            for r, row in enumerate(rows[1:], 2):
                t.append('<tr class=row-%d>' % r)
                for c, cell in enumerate(row, 1):
                    t.append('<td class=column-%d>%s</td>' % (c, inline(cell)))
                t.append('</tr>')
            t.append('</tbody></table>')
            t.append('<div class="td-a-rec td-a-rec-id-content_inline"><span class=td-adspot-title>'
                     '- Advertisement -</span><ins class=adsbygoogle style="display:block" '
                     'data-ad-client=ca-pub-3912260771042157 data-ad-slot=8102457731 data-ad-format=fluid '
                     'data-ad-layout=in-article></ins></div>')
            out.append("".join(t))
            continue
        elif ln.startswith("@pointer "):
            out.append('<div class=prelims-pointer><p><strong>Prelims Pointer:</strong> %s</p></div>'
                       % inline(ln[9:]))
        elif ln.startswith("@faq "):
            q, a = ln[5:].split(" ::: ")
            faq_n += 1
            first = faq_n == 1
            cid = "collapse18410%d" % (faq_n - 1)
            out.append('<div class="ea-card%s sp-ea-single"><h3 class=ea-header><a class=%s data-sptoggle=spcollapse '
                       'data-sptarget=#%s href="javascript:void(0)" aria-expanded=%s tabindex=0>'
                       '<i aria-hidden=true role=presentation class="ea-expand-icon eap-icon-ea-expand-%s"></i> %s</a></h3>'
                       '<div class="sp-collapse spcollapse%s" id=%s data-parent=#sp-ea-18410><div class=ea-body>'
                       '<p>%s</p></div></div></div>'
                       % (" ea-expand" if first else "", "" if first else "collapsed", cid,
                          "true" if first else "false", "minus" if first else "plus", inline(q),
                          " collapsed show" if first else "", cid, inline(a)))
            if i + 1 >= len(items) or not items[i + 1].startswith("@faq "):
                out.append("</div>")
                faq_open = False
        elif ln.startswith("@mcq "):
            out.append('<div class=mcq-box><p><strong>Prelims Practice Question</strong></p><p>%s</p>'
                       % inline(ln[5:]))
        elif ln.startswith("@answer "):
            out.append('<div class="su-spoiler su-spoiler-style-fancy su-spoiler-icon-plus" data-scroll-offset=0 '
                       'data-anchor-in-url=no><div class=su-spoiler-title tabindex=0 role=button>'
                       '<span class=su-spoiler-icon></span>Show Answer</div><div class="su-spoiler-content '
                       'su-u-clearfix su-u-trim">%s</div></div></div>' % inline(ln[8:]))
        elif ln.startswith("@mains "):
            label, q = ln[7:].split(": ", 1)
            out.append('<div class=mains-box><p><strong>Mains Practice Question</strong></p><p>%s</p></div>'
                       % inline(q))
        elif ln.startswith("@comment ") or ln.startswith("@reply "):
            pass
        else:
            raise SystemExit("bad line %r" % ln)
        i += 1
    return "".join(out)


def share(where):
    nets = [("facebook", "Facebook", "https://www.facebook.com/sharer.php?u=" + URL),
            ("twitter", "Twitter", "https://twitter.com/intent/tweet?url=" + URL),
            ("whatsapp", "WhatsApp", "https://api.whatsapp.com/send?text=" + URL),
            ("telegram", "Telegram", "https://t.me/share/url?url=" + URL),
            ("linkedin", "Linkedin", "https://www.linkedin.com/shareArticle?mini=true&url=" + URL),
            ("copy", "Copy URL", "#")]
    b = ['<div class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1 td-post-sharing-%s">'
         '<div class=td-post-sharing-visible>' % where]
    if where == "bottom":
        b.append('<div class="td-social-sharing-button td-social-sharing-button-js td-social-handler '
                 'td-social-share-text"><div class=td-social-but-icon><i class=td-icon-share></i></div>'
                 '<div class=td-social-but-text>Share</div></div>')
    for key, label, href in nets:
        b.append('<a class="td-social-sharing-button td-social-sharing-button-js td-social-network '
                 'td-social-%s" href=%s title=%s><div class=td-social-but-icon><i class=td-icon-%s></i>'
                 '</div><div class=td-social-but-text>%s</div></a>'
                 % (key, attr(html.escape(href)), attr(label), key, label))
    b.append("</div></div>")
    return "".join(b)


def comments(items):
    cs = []
    for ln in items:
        if ln.startswith("@comment ") or ln.startswith("@reply "):
            kind, rest = ln[1:].split(" ", 1)
            who, when, votes, text = rest.split("|")
            cs.append((kind, who, when, votes, text))
    ids = iter(range(4312, 4400, 7))
    out = ['<div class=wpdiscuz_top_clearing></div><div id=comments class=comments-area>'
           '<div id=respond style=width:0;height:0;clear:both;margin:0;padding:0></div>'
           '<div id=wpdcom class="wpdiscuz_unauth wpd-default wpd-layout-2 wpd-comments-open">'
           '<div class=wc_social_plugin_wrapper></div><div class=wpd-form-wrap><div class=wpd-form-head>'
           '<div class=wpd-sbs-toggle><i class="far fa-envelope"></i> <span class=wpd-sbs-title>Subscribe</span> '
           '<i class="fas fa-caret-down"></i></div><div class=wpd-auth><div class=wpd-login>'
           '<a rel=nofollow href=%s/wp-login.php><i class="fas fa-sign-in-alt"></i> Login</a></div></div></div>'
           '<div class="wpd-form wpd-form-wrapper wpd-main-form-wrapper" id=wpd-main-form-wrapper-0_0>'
           '<form method=post enctype=multipart/form-data data-uploading=false class=wpd_comm_form>'
           '<div class=wpd-field-comment><div class=wpdiscuz-item><textarea id=wc-textarea-0_0 '
           'placeholder="Would love your thoughts, please comment." name=wc_comment class=wc_comment></textarea>'
           '</div></div></form></div></div>' % SITE,
           '<div id=wpd-threads class=wpd-thread-wrapper><div class=wpd-thread-head><div class=wpd-thread-info '
           'data-comments-count=%d><span class=wpdtc title=%d>%d</span> Comments</div><div class=wpd-space></div>'
           '<div class=wpd-thread-filter><div class="wpd-filter wpdf-reacted wpd_not_clicked" '
           'title="Most reacted comment"><i class="fas fa-bolt"></i></div><div class="wpd-filter wpdf-hottest '
           'wpd_not_clicked" title="Hottest comment thread"><i class="fas fa-fire"></i></div>'
           '<div class=wpd-filter-view-all><span>Inline Feedbacks</span><span>View all comments</span></div>'
           '<div class=wpdiscuz-sort-buttons><span class="wpdiscuz-sort-button wpdiscuz-date-sort-desc '
           'wpdiscuz-sort-button-active" data-sorting=newest>Newest</span><span class="wpdiscuz-sort-button '
           'wpdiscuz-date-sort-asc" data-sorting=oldest>Oldest</span><span class="wpdiscuz-sort-button '
           'wpdiscuz-vote-sort-up" data-sorting=by_vote>Most Voted</span></div></div></div>'
           '<div class=wpd-comment-info-bar></div><div class=wpd-thread-list>'
           % (len(cs), len(cs), len(cs))]
    open_parent = False
    for kind, who, when, votes, text in cs:
        cid = next(ids)
        if kind == "comment" and open_parent:
            out.append("</div>")
            open_parent = False
        level = 1 if kind == "comment" else 2
        author_cls = "wpd-blog-post_author" if who.startswith("Team ") else "wpd-blog-guest"
        label = ('<div class="wpd-comment-label" wpd-tooltip=Author wpd-tooltip-position=top>'
                 '<span>Author</span></div>' if who.startswith("Team ") else "")
        out.append('<div id=wpd-comm-%d_0 class="wpd-comment%s wpd_comment_level-%d">'
                   '<div class="wpd-comment-wrap %s"><div class=wpd-avatar><img alt=%s src=%s class="avatar '
                   'avatar-64 photo" height=64 width=64 loading=lazy decoding=async></div>'
                   '<div class=wpd-comment-right><div class=wpd-comment-header><div class=wpd-comment-author>%s</div>'
                   '%s<div class=wpd-space></div><div class=wpd-comment-date title="%s"><i class="far fa-clock" '
                   'aria-hidden=true></i> %s</div></div><div class=wpd-comment-text><p>%s</p></div>'
                   '<div class=wpd-comment-footer><div class=wpd-vote><div class="wpd-vote-up wpd_not_clicked">'
                   '<svg aria-hidden=true focusable=false data-prefix=fas data-icon=plus class=svg-inline--fa '
                   'role=img viewBox="0 0 448 512"><path d="M416 208H272V64c0-17.67-14.33-32-32-32h-32c-17.67 '
                   '0-32 14.33-32 32v144H32c-17.67 0-32 14.33-32 32v32c0 17.67 14.33 32 32 32h144v144c0 17.67 '
                   '14.33 32 32 32h32c17.67 0 32-14.33 32-32V304h144c17.67 0 32-14.33 32-32v-32c0-17.67-14.33-32-32-32z">'
                   '</path></svg></div><div class=wpd-vote-result title=%s>%s</div><div class="wpd-vote-down '
                   'wpd_not_clicked"></div></div><div class=wpd-reply-button><svg xmlns=http://www.w3.org/2000/svg '
                   'viewBox="0 0 24 24"><path d="M10 9V5l-7 7 7 7v-4.1c5 0 8.5 1.6 11 5.1-1-5-4-10-11-11z"></path>'
                   '</svg><span>Reply</span></div><div class=wpd-space></div></div></div></div>'
                   % (cid, "" if kind == "comment" else " wpd-reply", level, author_cls, attr(who), PIX,
                      html.escape(who), label, {"2 months ago": "August 9, 2025 8:14 pm",
                                                 "3 weeks ago": "September 23, 2025 11:02 pm"}[when],
                      when, inline(text), votes, votes))
        if kind == "comment":
            open_parent = True
        else:
            out.append("</div>")
    if open_parent:
        out.append("</div>")
    out.append('</div><div class=wpdiscuz-comment-pagination></div></div></div></div>'
               '<div id=wpdiscuz-loading-bar class=wpdiscuz-loading-bar-unauth></div>'
               '<div id=wpdiscuz-comment-message class=wpdiscuz-comment-message-unauth></div>')
    return "".join(out)


CSS = ("body{margin:0;font-family:Verdana,Geneva,sans-serif;color:#111;background:#fff}"
       ".td-container{width:1068px;margin:0 auto}.td-header-top-menu{background:#0b5e42;color:#fff;font-size:11px;"
       "line-height:28px}.td-header-top-menu a{color:#fff;margin-right:14px}.td-header-sp-logo img{max-height:90px}"
       ".td-header-main-menu{background:#222}.sf-menu>li>a{color:#fff;font:700 14px/48px Roboto,sans-serif;"
       "padding:0 14px;text-transform:uppercase}.sf-menu{list-style:none;margin:0;padding:0;display:flex}"
       ".entry-crumbs{font-size:12px;color:#c3c3c3}.td-category a{background:#0b5e42;color:#fff;font-size:10px;"
       "padding:3px 6px}.entry-title{font:500 41px/50px Roboto,sans-serif}.td-post-content{font:15px/26px Verdana,"
       "Geneva,sans-serif}.td-pb-span8{width:66.66%;float:left}.td-pb-span4{width:33.33%;float:right}"
       ".why-in-news{background:#eef7f2;border-left:4px solid #0b5e42;padding:10px 16px}"
       "#toc_container{background:#f9f9f9;border:1px solid #aaa;padding:10px;display:table}"
       "#toc_container p.toc_title{font-weight:700;text-align:center}.toc_number{margin-right:6px}"
       ".tablepress{border-collapse:collapse;width:100%}.tablepress td,.tablepress th{border:1px solid #ddd;"
       "padding:8px;vertical-align:top}.tablepress thead th{background:#d9edf7}"
       ".tablepress .row-striping tr:nth-child(odd) td{background:#f9f9f9}"
       ".prelims-pointer{background:#fff8e1;border:1px dashed #f0a500;padding:10px 14px}"
       ".mcq-box,.mains-box{background:#f4f4f4;border:1px solid #ddd;padding:10px 14px;margin:16px 0}"
       ".ea-card{border:1px solid #e2e2e2;margin-bottom:6px}.ea-header{font-size:15px;margin:0}"
       ".ea-header a{display:block;padding:10px 15px;color:#444}.ea-body{padding:0 15px 10px}"
       ".sp-collapse:not(.show){display:none}.su-spoiler-title{cursor:pointer;font-weight:700}"
       ".td-adspot-title{display:block;font-size:10px;color:#b7b7b7;text-align:center}"
       ".td-social-sharing-button{display:inline-block;margin:0 4px 4px 0;color:#fff;padding:0 12px;"
       "line-height:40px}.td-social-facebook{background:#516eab}.td-social-twitter{background:#29c5f6}"
       ".td-social-whatsapp{background:#7bbf6a}.td-social-telegram{background:#179cde}"
       ".td-social-linkedin{background:#0266a0}.td-social-copy{background:#c1c1c1}"
       ".td-tags li{display:inline-block;margin-right:6px}.wpd-comment{margin:12px 0}"
       ".wpd_comment_level-2{margin-left:40px}.wpd-comment-author{font-weight:600}"
       ".wpd-comment-label{background:#00b38f;color:#fff;font-size:11px;padding:0 6px}"
       ".block-title{border-bottom:2px solid #0b5e42;font:700 14px/1 Roboto,sans-serif}"
       ".td-footer-wrapper{background:#111;color:#ccc;padding:30px 0}.td-sub-footer-container{background:#0d0d0d;"
       "color:#ccc;font-size:12px}#cookie-notice{position:fixed;bottom:0;width:100%;background:#32323a;"
       "color:#fff;font-size:13px;line-height:20px;padding:10px;z-index:100000}.cn-button{background:#00a99d;"
       "color:#fff;padding:8px 10px;border-radius:3px;margin-left:10px}")


def page(meta, items):
    title = meta["title"]
    h = []
    h.append('<!DOCTYPE html> <html lang=en-US><!--\n Page saved with SingleFile \n url: %s \n '
             'saved date: Tue Oct 14 2025 21:32:10 GMT+0530 (India Standard Time)\n-->' % URL)
    h.append('<meta charset=utf-8>\n<title>%s | PrepKaro IAS</title>\n' % html.escape(texturize(title), quote=False))
    h.append('<meta name=viewport content="width=device-width, initial-scale=1.0">\n')
    h.append('<meta name=robots content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">\n')
    h.append('<meta name=description content="%s">\n' % html.escape(meta["desc"]))
    h.append('<link rel=canonical href=%s>\n' % URL)
    h.append('<meta property=og:locale content=en_US>\n<meta property=og:type content=article>\n')
    h.append('<meta property=og:title content="%s">\n' % html.escape(title))
    h.append('<meta property=og:url content=%s>\n<meta property=og:site_name content="PrepKaro IAS">\n' % URL)
    h.append('<meta property=article:published_time content=2025-10-14T09:30:00+05:30>\n')
    h.append('<meta property=article:modified_time content=2025-10-14T12:05:41+05:30>\n')
    h.append('<meta name=author content="Team PrepKaro">\n<meta name=twitter:card content=summary_large_image>\n')
    h.append('<meta name=generator content="WordPress 6.8.3">\n')
    h.append('<link rel=icon href="%s" sizes=32x32>\n' % PIX)
    h.append('<style>%s</style>\n' % CSS)
    h.append('<meta http-equiv=content-security-policy content="default-src \'none\'; font-src \'self\' data:; '
             'img-src \'self\' data:; style-src \'unsafe-inline\'; media-src \'self\' data:; script-src '
             '\'unsafe-inline\' data:; object-src \'self\' data:; frame-src \'self\' data:;">'
             '<style>img[src="data:,"],source[src="data:,"]{display:none!important}</style>\n')
    h.append('<body class="post-template-default single single-post postid-18342 single-format-standard '
             'td-standard-pack global-block-template-1 td-magazine single_template_2 td-full-layout" '
             'itemscope=itemscope itemtype=https://schema.org/WebPage>\n')
    h.append('<div class="td-scroll-up td-hide-scroll-up-on-mob" style=display:none><i class=td-icon-menu-up></i></div>')
    h.append('<div id=td-outer-wrap class=td-theme-wrap>')
    # top bar
    h.append('<div class="td-header-wrap td-header-style-1"><div class="td-header-top-menu-full td-container-wrap">'
             '<div class="td-container td-header-row td-header-top-menu"><div class=top-bar-style-1>'
             '<div class=td-header-sp-top-menu><div class="td_data_time"><div>Tuesday, October 14, 2025</div></div>'
             '<div class=menu-top-container><ul id=menu-top-menu class=top-header-menu>'
             '<li class="menu-item td-menu-item td-normal-menu"><a href=https://t.me/prepkaroias>Telegram Channel</a></li>'
             '<li class="menu-item td-menu-item td-normal-menu"><a href=%s/test-series/>Test Series</a></li>'
             '</ul></div><ul class=top-header-menu td_ul_login><li class=menu-item><a class=td-login-modal-js '
             'data-effect=mpf-td-login-effect href=#login-form>Sign in / Join</a></li></ul></div></div></div></div>'
             % SITE)
    h.append('<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap"><div class="td-container '
             'td-header-row td-header-header"><div class=td-header-sp-logo><a class=td-main-logo href=%s/>'
             '<img class=td-retina-data src="%s" alt="PrepKaro IAS" title="PrepKaro IAS" width=272 height=90>'
             '<span class=td-visual-hidden>PrepKaro IAS</span></a></div><div class=td-header-sp-recs>'
             '<div class=td-header-rec-wrap><div class="td-a-rec td-a-rec-id-header"><span '
             'class=td-adspot-title>- Advertisement -</span><ins class=adsbygoogle style="display:inline-block;'
             'width:728px;height:90px" data-ad-client=ca-pub-3912260771042157 data-ad-slot=2215946613></ins>'
             '</div></div></div></div></div>' % (SITE, LOGO))
    menu = [("Home", "/"), ("Daily Current Affairs", "/category/current-affairs/"),
            ("UPSC Notes", "/category/upsc-notes/"), ("Environment", "/category/upsc-notes/environment/"),
            ("Test Series", "/test-series/"), ("Mains Answer Writing", "/mains-answer-writing/")]
    h.append('<div class="td-header-menu-wrap-full td-container-wrap"><div class="td-header-menu-wrap '
             'td-header-gradient"><div class="td-container td-header-row td-header-main-menu">'
             '<div id=td-header-menu role=navigation><div id=td-top-mobile-toggle><a href=#>'
             '<i class="td-icon-font td-icon-mobile"></i></a></div><div class=menu-main-menu-container>'
             '<ul id=menu-main-menu class=sf-menu>')
    for label, path in menu:
        cls = "menu-item td-menu-item td-normal-menu"
        if label == "UPSC Notes":
            cls += " current-post-ancestor current-menu-parent"
        h.append('<li class="%s"><a href=%s%s>%s</a></li>' % (cls, SITE, path, html.escape(label)))
    h.append('</ul></div></div><div class=header-search-wrap><div class=td-search-btns-wrap>'
             '<a id=td-header-search-button href=# aria-label=Search role=button class=dropdown-toggle>'
             '<i class=td-icon-search></i></a></div></div></div></div></div></div>')
    # content
    h.append('<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-2">'
             '<article id=post-18342 class="post-18342 post type-post status-publish format-standard '
             'has-post-thumbnail category-environment category-upsc-notes tag-amrit-dharohar tag-ramsar-sites '
             'tag-wetlands" itemscope itemtype=https://schema.org/Article><div class=td-pb-row>'
             '<div class="td-pb-span12"><div class=td-post-header>')
    h.append('<div class=entry-crumbs><span><a title="" class=entry-crumb href=%s/>Home</a></span> '
             '<i class="td-icon-right td-bread-sep"></i> <span><a title="View all posts in UPSC Notes" '
             'class=entry-crumb href=%s/category/upsc-notes/>UPSC Notes</a></span> <i class="td-icon-right '
             'td-bread-sep"></i> <span><a title="View all posts in Environment" class=entry-crumb '
             'href=%s/category/upsc-notes/environment/>Environment</a></span> <i class="td-icon-right '
             'td-bread-sep td-bred-no-url-last"></i> <span class=td-bred-no-url-last>%s</span></div>'
             % (SITE, SITE, SITE, html.escape(texturize(title), quote=False)))
    h.append('<ul class=td-category><li class=entry-category><a href=%s/category/upsc-notes/environment/>'
             'Environment</a></li><li class=entry-category><a href=%s/category/upsc-notes/>UPSC Notes</a></li></ul>'
             % (SITE, SITE))
    h.append('<header class=td-post-title><h1 class=entry-title>%s</h1><div class=td-module-meta-info>'
             '<div class=td-post-author-name><div class=td-author-by>By</div> <a href=%s/author/team-prepkaro/>'
             'Team PrepKaro</a><div class=td-author-line> - </div></div><span class=td-post-date>'
             '<time class="entry-date updated td-module-date" datetime=2025-10-14T09:30:00+05:30>October 14, 2025'
             '</time></span><div class=td-post-views><i class=td-icon-views></i><span class=td-nr-views-18342>1,284'
             '</span></div><div class=td-post-comments><a href=#comments><i class=td-icon-comments></i>3</a></div>'
             '</div></header></div></div></div>' % (inline(title), SITE))
    h.append('<div class=td-pb-row><div class="td-pb-span8 td-main-content" role=main><div class=td-ss-main-content>')
    h.append(share("top"))
    h.append('<div class=td-post-featured-image><figure><img width=696 height=392 class=entry-thumb src="%s" '
             'alt="Sirpur Lake, Indore" title="Sirpur Lake, Indore"><figcaption class=wp-caption-text>'
             'Sirpur Lake, Indore (representative image)</figcaption></figure></div>' % PIX)
    h.append('<div class="td-post-content tagdiv-type">')
    h.append(article(meta, items))
    h.append('</div><footer><div class=td-post-source-tags><ul class=td-tags><li><span>TAGS</span></li>'
             '<li><a href=%s/tag/amrit-dharohar/>Amrit Dharohar</a></li><li><a href=%s/tag/gs-paper-3/>GS Paper 3'
             '</a></li><li><a href=%s/tag/ramsar-sites/>Ramsar sites</a></li><li><a href=%s/tag/wetlands/>'
             'Wetlands</a></li></ul></div>' % (SITE, SITE, SITE, SITE))
    h.append(share("bottom"))
    h.append('<div class="td-block-row td-post-next-prev"><div class="td-block-span6 td-post-prev-post">'
             '<div class=td-post-next-prev-content><span>Previous article</span><a href=%s/mission-amrit-sarovar/>'
             'Mission Amrit Sarovar: Progress and Concerns</a></div></div><div class=td-next-prev-separator></div>'
             '<div class="td-block-span6 td-post-next-prev"><div class=td-post-next-prev-content><span>Next article'
             '</span><a href=%s/ramsar-cop15-victoria-falls/>Ramsar COP15 at Victoria Falls: What It Means for India'
             '</a></div></div></div>' % (SITE, SITE))
    h.append('<div class=td-author-name-wrap><div class=author-box-wrap><a href=%s/author/team-prepkaro/>'
             '<img alt="Team PrepKaro" src="%s" class="avatar avatar-96 photo" height=96 width=96></a>'
             '<div class=desc><div class="td-author-name vcard author"><span class=fn><a href=%s/author/'
             'team-prepkaro/>Team PrepKaro</a></span></div><div class=td-author-description>Ex-aspirants writing free '
             'GS Paper 3 notes.</div></div></div></div>'
             '</footer>' % (SITE, PIX, SITE))
    related = [("Ramsar COP15 at Victoria Falls: What It Means for India", "Oct 9, 2025"),
               ("MISHTI Scheme for Mangroves: All You Need to Know", "Sep 28, 2025"),
               ("National Plan for Conservation of Aquatic Ecosystems (NPCA)", "Sep 17, 2025")]
    h.append('<div class="td_block_wrap td_block_related_posts tdi_58 td_with_ajax_pagination td-pb-border-top '
             'td_block_template_1"><h4 class=td-related-title><a class="td-related-left td-cur-simple-item" '
             'href=#>RELATED ARTICLES</a><a class=td-related-right href=#>MORE FROM AUTHOR</a></h4>'
             '<div class="td_block_inner td-column-3"><div class=td-related-row>')
    for t, d in related:
        h.append('<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack '
                 'td_mod_related_posts"><div class=td-module-image><div class=td-module-thumb><a href=%s/ '
                 'rel=bookmark class=td-image-wrap title="%s"><img class=entry-thumb src="%s" alt="" width=218 '
                 'height=150></a></div></div><div class=item-details><h3 class="entry-title td-module-title">'
                 '<a href=%s/ rel=bookmark>%s</a></h3><span class="td-post-date"><time class="entry-date updated '
                 'td-module-date">%s</time></span></div></div></div>'
                 % (SITE, html.escape(t), PIX, SITE, html.escape(t), d))
    h.append('</div></div></div>')
    h.append(comments(items))
    h.append('</div></div>')
    # sidebar
    h.append('<div class="td-pb-span4 td-main-sidebar" role=complementary><div class=td-ss-main-sidebar>'
             '<aside class="td_block_template_1 widget widget_search"><form method=get class=td-search-form-widget '
             'action=%s/><div role=search><input class=td-widget-search-input type=text value="" name=s '
             'placeholder=Search><input class="wpb_button wpb_btn-inverse btn" type=submit value=Search></div>'
             '</form></aside>' % SITE)
    h.append('<aside class="td_block_template_1 widget widget_media_image"><a href=%s/test-series/>'
             '<img width=300 height=250 src="%s" class="image wp-image-17220 attachment-full size-full" '
             'alt="UPSC Prelims 2026 Test Series - Enroll now"></a></aside>' % (SITE, PIX))
    popular = ["Ramsar Sites in India: State-wise List (2025)",
               "National Green Tribunal: Powers and Issues",
               "Coastal Regulation Zone Notification 2019"]
    h.append('<aside class="td_block_template_1 widget widget_recent_entries"><h4 class=block-title>'
             '<span>Popular Posts</span></h4><ul>')
    for t in popular:
        h.append('<li><a href=%s/%s/>%s</a></li>' % (SITE, slug(t).lower().replace("_", "-"), html.escape(t)))
    h.append('</ul></aside>')
    cats = [("Daily Current Affairs", 1432), ("Environment", 287), ("GS Paper 3", 512)]
    h.append('<aside class="td_block_template_1 widget widget_categories"><h4 class=block-title>'
             '<span>Categories</span></h4><ul>')
    for t, n in cats:
        h.append('<li class="cat-item"><a href=%s/category/%s/>%s</a> (%d)</li>'
                 % (SITE, slug(t).lower().replace("_", "-"), html.escape(t), n))
    h.append('</ul></aside>')
    h.append('</div></div></div></article></div></div>')
    # footer
    h.append('<div class="td-footer-wrapper td-container-wrap"><div class=td-container><div class=td-pb-row>'
             '<div class=td-pb-span12><div class=footer-logo-wrap><a href=%s/><img class=td-retina-data src="%s" '
             'alt="PrepKaro IAS" width=272 height=90></a></div><div class=footer-text-wrap>Free UPSC notes and '
             'daily current affairs.<div '
             'class=footer-email-wrap>Contact us: <a href=mailto:info@prepkaroias.in>info@prepkaroias.in</a></div>'
             '</div></div></div></div></div>' % (SITE, LOGO))
    h.append('<div class="td-sub-footer-container td-container-wrap"><div class=td-container><div class=td-pb-row>'
             '<div class="td-pb-span7 td-sub-footer-menu"><ul id=menu-footer-menu class=td-subfooter-menu>'
             '<li class="menu-item td-menu-item td-normal-menu"><a href=%s/about-us/>About Us</a></li>'
             '<li class="menu-item td-menu-item td-normal-menu"><a href=%s/privacy-policy/>Privacy Policy</a></li>'
             '</ul></div><div class="td-pb-span5 td-sub-footer-copy">&copy; PrepKaro IAS 2025. All rights reserved.'
             '</div></div></div></div></div>' % (SITE, SITE))
    h.append('<div id=cookie-notice role=dialog class="cookie-revoke-hidden cn-position-bottom cn-effect-fade '
             'cookie-notice-visible" aria-label="Cookie Notice" style=background-color:rgba(50,50,58,1)>'
             '<div class=cookie-notice-container style=color:#fff><span id=cn-notice-text '
             'class=cn-text-container>We use cookies to ensure that we give you the best experience on our '
             'website. If you continue to use this site we will assume that you are happy with it.</span>'
             '<span id=cn-notice-buttons class=cn-buttons-container><a href=# id=cn-accept-cookie '
             'data-cookie-set=accept class="cn-set-cookie cn-button" aria-label=Ok style=background-color:#00a99d>'
             'Ok</a></span><span id=cn-close-notice data-cookie-set=accept class=cn-close-icon '
             'title=No></span></div></div>')
    return "".join(h)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, items = parse(SRC)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(page(meta, items))


if __name__ == "__main__":
    main()
