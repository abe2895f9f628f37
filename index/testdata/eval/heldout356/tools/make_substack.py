#!/usr/bin/python3
"""Re-make docs/wafer-thin-ten-units-one-fab.html from tools/wafer-thin-ten-units-one-fab.txt.

The page is a Substack post as Chrome's "Save page as > Webpage, Complete" writes it: the
server-rendered React markup of the post page (navbar, post header with the UFI row, the
"body markup" div with subscribe widgets, captioned images, footnote anchors and Share buttons,
the post footer, the "Ready for more?" box, the comments teaser and the publication footer),
with Chrome's "saved from url" comment and resources pointed into the "..._files" folder.
Deterministic: no clock, no randomness.  Usage: make_substack.py [output path]
"""
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SRC = os.path.join(HERE, "wafer-thin-ten-units-one-fab.txt")
OUT = os.path.join(ROOT, "docs", "wafer-thin-ten-units-one-fab.html")

SVG_HEART = ('<svg role="img" style="height:20px;width:20px" width="20" height="20" viewBox="0 0 24 24" '
             'fill="none" stroke-width="2" stroke="#000" xmlns="http://www.w3.org/2000/svg">'
             '<g><title></title><path d="M19 14c1.49-1.46 3-3.21 3-5.5A5.5 5.5 0 0 0 16.5 3c-1.76 0-3 .5-4.5 '
             '2-1.5-1.5-2.74-2-4.5-2A5.5 5.5 0 0 0 2 8.5c0 2.3 1.5 4.05 3 5.5l7 7Z"></path></g></svg>')
SVG_COMMENT = ('<svg role="img" style="height:20px;width:20px" width="20" height="20" viewBox="0 0 24 24" '
               'fill="none" stroke-width="2" stroke="#000" xmlns="http://www.w3.org/2000/svg">'
               '<g><title></title><path d="M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z">'
               '</path></g></svg>')
SVG_RESTACK = ('<svg role="img" style="height:20px;width:20px" width="20" height="20" viewBox="0 0 24 24" '
               'fill="none" stroke-width="2" stroke="#000" xmlns="http://www.w3.org/2000/svg">'
               '<g><title></title><path d="M2.53 7.82L5.28 5.07L8.03 7.82"></path><path d="M5.28 '
               '5.07V13.32C5.28 15.84 7.33 17.89 9.86 17.89H13.53"></path><path d="M21.47 16.18L18.72 '
               '18.93L15.97 16.18"></path><path d="M18.72 18.93V10.68C18.72 8.16 16.67 6.11 14.14 '
               '6.11H10.47"></path></g></svg>')
SVG_SHARE = ('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 24 24" fill="none" '
             'stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" '
             'class="lucide lucide-share"><path d="M4 12v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8"></path>'
             '<polyline points="16 6 12 2 8 6"></polyline><line x1="12" x2="12" y1="2" y2="15"></line></svg>')
SVG_LINK = ('<svg xmlns="http://www.w3.org/2000/svg" width="18" height="18" viewBox="0 0 24 24" fill="none" '
            'stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" '
            'class="lucide lucide-link"><path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 '
            '1.71"></path><path d="M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71"></path></svg>')
SVG_EXPAND = ('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 24 24" fill="none" '
              'stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" '
              'class="lucide lucide-maximize2"><polyline points="15 3 21 3 21 9"></polyline><polyline '
              'points="9 21 3 21 3 15"></polyline><line x1="21" x2="14" y1="3" y2="10"></line><line x1="3" '
              'x2="10" y1="21" y2="14"></line></svg>')


def read_source():
    text = open(SRC, encoding="utf-8").read()
    head, body = text.split("\n===\n", 1)
    meta = {}
    for line in head.split("\n"):
        k, v = line.split(": ", 1)
        meta[k] = v
    return meta, body


def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True).replace("&#x27;", "'")


def inline(s):
    s = esc(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)
    s = re.sub(r"\*(.+?)\*", r"<em>\1</em>", s)
    s = re.sub(r"\[\^(\d+)\]", lambda m: ('<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" '
                                          'id="footnote-anchor-%s" href="#footnote-%s" target="_self">%s</a>'
                                          % (m.group(1), m.group(1), m.group(1))), s)
    return s


def anchor_id(text):
    s = text.lower().replace("’", "").replace("'", "")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


class Page:
    def __init__(self, meta):
        self.m = meta
        self.base = "https://%s" % meta["host"]
        self.url = "%s/p/%s" % (self.base, meta["slug"])
        self.title = "%s - by %s - %s" % (meta["title"], meta["author"], meta["publication"])
        files = self.title.replace(":", "_").replace("|", "_").replace("?", "_").replace('"', "_")
        self.files = "./%s_files" % files

    # --- body blocks -------------------------------------------------------------------
    def subscribe(self):
        m = self.m
        data = json.dumps({"url": "%s/subscribe?" % self.base, "text": "Subscribe", "language": "en"},
                          separators=(",", ":"))
        return ('<div class="subscription-widget-wrap-editor" data-attrs="%s" '
                'data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe">'
                '<div class="preamble"><p class="cta-caption">Thanks for reading %s! Subscribe for free to '
                'receive new posts and support my work.</p></div><form class="subscription-widget-subscribe">'
                '<input type="email" class="email-input" name="email" placeholder="Type your email…" '
                'tabindex="-1"><input type="submit" class="button primary" value="Subscribe"><div '
                'class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div>'
                '</div></form></div></div>' % (attr(data), esc(m["publication"])))

    def share(self, pub=False):
        if pub:
            url = "%s/?utm_source=substack&utm_medium=email&utm_content=share&action=share" % self.base
            text = "Share %s" % self.m["publication"]
        else:
            url = "%s?utm_source=substack&utm_medium=email&utm_content=share&action=share" % self.url
            text = "Share"
        data = json.dumps({"url": url, "text": text, "action": None, "class": None}, separators=(",", ":"),
                          ensure_ascii=False)
        return ('<p class="button-wrapper" data-attrs="%s" data-component-name="ButtonCreateButton">'
                '<a class="button primary" href="%s"><span>%s</span></a></p>'
                % (attr(data), attr(url), esc(text)))

    def image(self, name, w, h, size, caption, first):
        s3 = "https://substack-post-media.s3.amazonaws.com/public/images/%s" % name
        enc = s3.replace(":", "%3A").replace("/", "%2F")
        cdn = "https://substackcdn.com/image/fetch/$s_!%s!," % name[:4].upper()
        full = cdn + "f_auto,q_auto:good,fl_progressive:steep/" + enc
        srcset = ", ".join("%sw_%d,c_limit,f_webp,q_auto:good,fl_progressive:steep/%s %dw" % (cdn, x, enc, x)
                           for x in (424, 848, 1272, 1456))
        srcset_jpg = ", ".join("%sw_%d,c_limit,f_auto,q_auto:good,fl_progressive:steep/%s %dw" % (cdn, x, enc, x)
                               for x in (424, 848, 1272, 1456))
        data = json.dumps({"src": s3, "srcNoWatermark": None, "fullscreen": None, "imageSize": None,
                           "height": int(h), "width": int(w), "resizeWidth": None, "bytes": int(size),
                           "alt": None, "title": None, "type": "image/jpeg", "href": None,
                           "belowTheFold": not first, "topImage": first, "internalRedirect": None,
                           "isProcessed": True, "align": None, "offset": False}, separators=(",", ":"))
        lazy = ' fetchpriority="high"' if first else ' loading="lazy"'
        return ('<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" '
                'target="_blank" href="%s" data-component-name="Image2ToDOM"><div class="image2-inset">'
                '<picture><source type="image/webp" srcset="%s" sizes="100vw"><img src="%s/%s" width="1456" '
                'height="%d" data-attrs="%s" class="sizing-normal" alt="" srcset="%s" sizes="100vw"%s>'
                '</picture><div class="image-link-expand"><div class="pencraft pc-display-flex pc-gap-8 '
                'pc-reset"><button tabindex="0" type="button" class="pencraft pc-reset pencraft icon-container '
                'restack-image">%s</button><button tabindex="0" type="button" class="pencraft pc-reset pencraft '
                'icon-container view-image">%s</button></div></div></div></a><figcaption class="image-caption">'
                '%s</figcaption></figure></div>'
                % (attr(full), attr(srcset), self.files, name, int(h) * 1456 // int(w), attr(data),
                   attr(srcset_jpg), lazy, SVG_RESTACK, SVG_EXPAND, inline(caption)))

    def heading(self, level, text):
        aid = anchor_id(text)
        return ('<h%d class="header-anchor-post">%s<div class="pencraft pc-display-flex pc-alignItems-center '
                'pc-position-absolute pc-reset header-anchor-parent"><div class="pencraft pc-display-contents '
                'pc-reset pubTheme-yiXxQA"><div id="§%s" class="pencraft pc-reset header-anchor offset-top">'
                '</div><button tabindex="0" type="button" aria-label="Link" data-href="%s/i/%s/%s" '
                'class="pencraft pc-reset pencraft copyButton-Lz8Tvo">%s</button></div></div></h%d>'
                % (level, inline(text), attr(aid), self.base, self.m["post_id"], aid, SVG_LINK, level))

    def body(self, src):
        blocks = [b for b in src.strip("\n").split("\n\n")]
        out, notes = [], []
        first_img = True
        for b in blocks:
            lines = b.split("\n")
            if lines[0].startswith("[^"):
                for l in lines:
                    m = re.match(r"\[\^(\d+)\]: (.*)", l)
                    notes.append((m.group(1), m.group(2)))
            elif b == "@subscribe":
                out.append(self.subscribe())
            elif b == "@share":
                out.append(self.share(pub=len([o for o in out if "ButtonCreateButton" in o]) > 0))
            elif b.startswith("## "):
                out.append(self.heading(2, b[3:]))
            elif b.startswith("!image|"):
                _, name, w, h, size, cap = b.split("|", 5)
                out.append(self.image(name, w, h, size, cap, first_img))
                first_img = False
            elif lines[0].startswith("- "):
                out.append("<ul>" + "".join("<li><p>%s</p></li>" % inline(l[2:]) for l in lines) + "</ul>")
            elif re.match(r"\d+\. ", lines[0]):
                out.append("<ol>" + "".join("<li><p>%s</p></li>" % inline(l.split(". ", 1)[1])
                                            for l in lines) + "</ol>")
            else:
                out.append("<p>%s</p>" % inline(" ".join(lines)))
        for n, t in notes:
            out.append('<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-%s" '
                       'href="#footnote-anchor-%s" class="footnote-number" contenteditable="false" '
                       'target="_self">%s</a><div class="footnote-content"><p>%s</p></div></div>'
                       % (n, n, n, inline(t)))
        return "".join(out)

    # --- page chrome -------------------------------------------------------------------
    def ufi(self, where):
        m = self.m
        return ('<div class="pencraft pc-display-flex pc-gap-16 pc-paddingTop-16 pc-paddingBottom-16 '
                'pc-justifyContent-space-between pc-alignItems-center pc-reset flex-grow-rzmknG post-ufi '
                'style-%s"><div class="pencraft pc-display-flex pc-gap-8 pc-reset"><div class="like-button-'
                'container post-ufi-button style-button"><button tabindex="0" type="button" aria-label="Like '
                '(%s)" aria-pressed="false" class="pencraft pc-reset pencraft post-ufi-button style-button '
                'has-label with-border">%s<div class="label">%s</div></button></div><a role="button" '
                'href="%s/comments" aria-label="View comments (%s)" class="pencraft pc-reset pencraft '
                'post-ufi-button style-button post-ufi-comment-button has-label with-border">%s<div '
                'class="label">%s</div></a><button tabindex="0" type="button" aria-label="View repost options"'
                ' class="pencraft pc-reset pencraft post-ufi-button style-button has-label with-border">%s<div '
                'class="label">%s</div></button></div><div class="pencraft pc-display-flex pc-gap-8 pc-reset">'
                '<button tabindex="0" type="button" aria-label="Share" class="pencraft pc-reset pencraft '
                'post-ufi-button style-button has-label with-border">%s<div class="label">Share</div></button>'
                '</div></div>'
                % (where, m["likes"], SVG_HEART, m["likes"], self.url, m["comments"], SVG_COMMENT,
                   m["comments"], SVG_RESTACK, m["restacks"], SVG_SHARE))

    def comments(self):
        m = self.m
        people = [
            ("148902117", "Rohit Menon", "rohitmenon", "2025-09-08T06:02:41.205Z", "Sep 8", 12,
             ["Good stock-take. Sanand is practically a suburb now, so \u201cpackaging town\u201d is about "
              "right."]),
            ("148917760", "Ananya Krishnan", "ananyakrishnan", "2025-09-08T07:40:09.881Z", "Sep 8", 5,
             ["Ha, fair. I went back and forth on the headline for that section."]),
            ("148966203", "S. Venkat", "svenkat", "2025-09-08T13:15:52.037Z", "Sep 8", 9,
             ["Would love a follow-up just on water and power at Dholera. Nobody at the expo wanted to "
              "talk about it."]),
        ]
        items = []
        for cid, name, handle, iso, shown, likes, paras in people:
            items.append(
                '<div class="comment" id="comment-%s"><div class="pencraft pc-display-flex pc-gap-12 pc-reset">'
                '<a href="https://substack.com/profile/%s" class="pencraft pc-reset"><div class="pencraft '
                'pc-display-flex pc-width-32 pc-height-32 pc-justifyContent-center pc-alignItems-center '
                'pc-position-relative pc-reset bg-secondary-UUD3_J outline-detail-vcQLyr pc-borderRadius-full '
                'overflow-hidden-WdpwT6 container-TAtrWj"><img src="%s/%s.jpeg" width="32" height="32" alt="" '
                'class="img-OACg1c"></div></a><div class="comment-content"><div class="pencraft pc-display-flex '
                'pc-gap-4 pc-alignItems-baseline pc-reset comment-meta"><a class="comment-user-name" '
                'href="https://substack.com/profile/%s">%s</a><a class="comment-date" href="%s/comment/%s">'
                '<time datetime="%s">%s</time></a></div><div class="comment-body">%s</div><div class="pencraft '
                'pc-display-flex pc-gap-16 pc-reset comment-actions"><button type="button" aria-label="Like (%d)" '
                'class="pencraft pc-reset pencraft like-button">%s<span class="label">%d</span></button><button '
                'type="button" class="pencraft pc-reset pencraft comment-action">Reply</button><button type="button"'
                ' class="pencraft pc-reset pencraft comment-action">Share</button></div></div></div></div>'
                % (cid, handle, self.files, handle, handle, esc(name), self.url, cid, iso, shown,
                   "".join("<p>%s</p>" % esc(p) for p in paras), likes, SVG_HEART, likes))
        return ('<div id="discussion" class="comments-section"><div class="container"><div class="pencraft '
                'pc-display-flex pc-justifyContent-space-between pc-alignItems-center pc-reset '
                'comments-section-header"><h4 class="pencraft pc-reset color-pub-primary-text-NyXPlw '
                'line-height-24-jnGwiv font-display-nhmvtD size-20-P_cSRT weight-bold-DmI9lw">Discussion about '
                'this post</h4></div><div role="tablist" class="pencraft pc-display-flex pc-gap-8 pc-reset tabs">'
                '<button role="tab" aria-selected="true" class="pencraft pc-reset pencraft tab selected">'
                'Comments</button><button role="tab" aria-selected="false" class="pencraft pc-reset pencraft '
                'tab">Restacks</button></div><div class="comment-input-row"><form class="form comment-input">'
                '<textarea name="body" placeholder="Write a comment..." aria-label="Write a comment..." '
                'rows="1"></textarea></form></div><div class="comment-list"><div class="comment-list-items">'
                '%s</div><a href="%s/comments" class="more-comments button">%d more comments...</a></div>'
                '</div></div>' % ("".join(items), self.url, int(m["comments"]) - len(people)))

    def preloads(self, wordcount):
        m = self.m
        post = {"id": int(m["post_id"]), "publication_id": 2318841, "type": "newsletter",
                "title": m["title"], "social_title": None, "search_engine_title": None,
                "search_engine_description": None, "slug": m["slug"], "post_date": m["iso"],
                "audience": "everyone", "canonical_url": self.url, "reactions": {"\u2764": int(m["likes"])},
                "subtitle": m["subtitle"], "cover_image": None, "description": m["subtitle"],
                "body_json": None, "truncated_body_text": None, "wordcount": wordcount,
                "comment_count": int(m["comments"]), "restacks": int(m["restacks"]),
                "section_id": None, "hidden": False, "explicit": False, "publishedBylines":
                [{"id": 98765432, "name": m["author"], "handle": m["handle"], "previous_name": None,
                  "bio": "Writes about chips, factories and industrial policy in India.", "is_guest": False}]}
        pre = {"isEU": False, "language": "en", "country": "IN", "userLocale": {"language": "en",
               "region": "IN", "source": "accept-language"}, "base_url": self.base,
               "stripe_publishable_key": "pk_live_51QfnARLDuHqKy7mMIeVj", "captcha_site_key":
               "6LdYbsYZAAAAAIFIRh8X_16GoFRLIReh-e-q6qSa", "pub": {"id": 2318841, "name": m["publication"],
               "subdomain": m["host"].split(".")[0], "custom_domain": None, "language": "en",
               "author_name": m["author"], "copyright": m["author"], "theme_var_background_pop": "#E8631C"},
               "confirmedLogin": False, "hide_intro_popup": False, "block_auto_login": False,
               "domainInfo": {"isSubstack": True, "customDomain": None}, "post": post,
               "canonicalUrl": self.url, "inlineComments": False, "readerIsSearchCrawler": False}
        s = json.dumps(pre, ensure_ascii=False, separators=(",", ":"))
        return json.dumps(s, ensure_ascii=False)

    def render(self, src):
        m = self.m
        body = self.body(src)
        text_words = len(re.sub(r"<[^>]+>", " ", body).split())
        desc = attr(m["subtitle"])
        og_img = ("https://substackcdn.com/image/fetch/$s_!9C1E!,w_1200,h_600,c_fill,f_jpg,q_auto:good,"
                  "fl_progressive:steep,g_auto/https%3A%2F%2Fsubstack-post-media.s3.amazonaws.com%2Fpublic%2F"
                  "images%2F9c1e4d27-5b0a-4f3e-8a61-2f7d0b9e6c15_1456x971.jpeg")
        ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "url": self.url,
                         "mainEntityOfPage": self.url, "headline": m["title"], "description": m["subtitle"],
                         "image": [{"@type": "ImageObject", "url": og_img}], "datePublished": m["iso"],
                         "dateModified": m["iso"], "isAccessibleForFree": True,
                         "author": [{"@type": "Person", "name": m["author"],
                                     "url": "https://substack.com/@%s" % m["handle"]}],
                         "publisher": {"@type": "Organization", "name": m["publication"], "url": self.base}},
                        ensure_ascii=False, separators=(",", ":"))
        f = self.files
        head = (
            '<!DOCTYPE html>\n'
            '<!-- saved from url=(%04d)%s -->\n'
            '<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, '
            'user-scalable=0, viewport-fit=cover"><meta name="theme-color" content="#ffffff">'
            '<title>%s</title><link rel="preconnect" href="https://substackcdn.com/">'
            '<meta property="og:type" content="article"><meta property="og:title" content="%s">'
            '<meta name="twitter:title" content="%s"><meta name="description" content="%s">'
            '<meta property="og:description" content="%s"><meta name="twitter:description" content="%s">'
            '<meta property="og:image" content="%s"><meta name="twitter:image" content="%s">'
            '<meta name="twitter:card" content="summary_large_image"><meta name="author" content="%s">'
            '<meta property="article:published_time" content="%s"><link rel="canonical" href="%s">'
            '<link rel="alternate" type="application/rss+xml" href="%s/feed" title="%s">'
            '<link rel="shortcut icon" href="%s/favicon.ico">'
            '<link rel="stylesheet" type="text/css" href="%s/main-9d2a6f1e.css">'
            '<link rel="stylesheet" type="text/css" href="%s/reader2-4f07c3b1.css">'
            '<style>:root{--background_pop:#E8631C;--cover_bg_color:#FFFFFF;--background_pop_darken:'
            '#d0571a;--print_on_pop:#ffffff;--print_pop:#e8631c;--border_subtle:#f5eee9;--background_subtle:'
            'rgba(248, 244, 241, 0.4);--print_secondary_on_pop:rgba(255, 255, 255, 0.8);--web_bg_color:'
            '#ffffff;--font_family_headings:Lora,sans-serif;--font_family_body:Lora,sans-serif}</style>'
            '<script type="application/ld+json">%s</script>'
            '</head>\n'
            % (len(self.url), self.url, esc(self.title), attr(m["title"]), attr(m["title"]), desc, desc, desc,
               og_img, og_img, attr(m["author"]), m["iso"], self.url, self.base, esc(m["publication"]), f, f, f,
               ld))
        navbar = (
            '<div data-testid="navbar" class="main-menu"><div class="pencraft pc-display-flex pc-paddingLeft-20 '
            'pc-paddingRight-20 pc-justifyContent-space-between pc-alignItems-center pc-reset bg-primary-zk6FDl '
            'border-bottom-detail-k1F6C4 topBar-pIF0J1"><div class="pencraft pc-display-flex pc-gap-12 '
            'pc-alignItems-center pc-reset"><div class="navbar-logo-container"><a href="%s/" '
            'native="true"><img class="navbar-logo" width="40" height="40" src="%s/logo_256.png" '
            'alt="%s"></a></div><h1 class="pencraft pc-reset font-pub-headings-FE5byy reset-IxiVJZ '
            'navbar-title"><a class="navbar-title-link" href="%s/">%s</a></h1></div><div class="pencraft '
            'pc-display-flex pc-gap-8 pc-alignItems-center pc-reset navbar-buttons"><a href="%s/subscribe?'
            'simple=true&amp;next=%s&amp;utm_source=paywall&amp;utm_medium=web&amp;utm_content=navbar" '
            'class="pencraft pc-reset pencraft buttonBase-GK1x3M buttonStyle-r7yGCK size_sm-G3LciD '
            'priority_primary-RfbeYt">Subscribe</a><a href="https://substack.com/sign-in?redirect=%%2Fp%%2F%s'
            '&amp;for_pub=%s" class="pencraft pc-reset pencraft buttonBase-GK1x3M buttonStyle-r7yGCK '
            'size_sm-G3LciD priority_tertiary-rlke8z">Sign in</a></div></div></div>'
            % (self.base, f, attr(m["publication"]), self.base, esc(m["publication"]), self.base,
               self.url.replace(":", "%3A").replace("/", "%2F"), m["slug"], m["host"].split(".")[0]))
        post_header = (
            '<div class="post-header" role="region" aria-label="Post header"><h1 dir="auto" class="post-title '
            'published title-X77sOw">%s</h1><h3 dir="auto" class="subtitle subtitle-HEEcLo">%s</h3><div '
            'class="pencraft pc-display-flex pc-flexDirection-column pc-paddingBottom-16 pc-reset"><div '
            'class="pencraft pc-display-flex pc-gap-12 pc-alignItems-center pc-reset byline-wrapper"><div '
            'class="pencraft pc-display-flex pc-reset"><a href="https://substack.com/@%s" '
            'aria-label="View %s\'s profile" class="pencraft pc-reset"><img src="%s/%s.jpeg" width="36" '
            'height="36" alt="%s\'s avatar" class="img-OACg1c"></a></div><div class="pencraft '
            'pc-display-flex pc-flexDirection-column pc-reset"><div class="pencraft pc-reset '
            'color-pub-primary-text-NyXPlw line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx '
            'weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA"><span '
            'class="profile-hover-card-target"><a href="https://substack.com/@%s" class="pencraft pc-reset '
            'decoration-hover-underline-ClDVRM reset-IxiVJZ">%s</a></span></div><div class="pencraft '
            'pc-display-flex pc-gap-4 pc-reset"><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T '
            'line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC '
            'transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">%s</div></div></div></div>%s</div></div>'
            % (esc(m["title"]), esc(m["subtitle"]), m["handle"], attr(m["author"]), f, m["handle"],
               attr(m["author"]), m["handle"], esc(m["author"]), m["date"], self.ufi("top")))
        ready = (
            '<div class="subscribe-footer"><div class="pencraft pc-display-flex pc-flexDirection-column '
            'pc-gap-12 pc-alignItems-center pc-reset"><div class="pencraft pc-reset '
            'color-pub-primary-text-NyXPlw line-height-24-jnGwiv font-display-nhmvtD size-20-P_cSRT '
            'weight-bold-DmI9lw reset-IxiVJZ">Ready for more?</div><form action="%s/api/v1/free?'
            'nojs=true" method="post" class="form subscription-widget-subscribe"><input type="email" '
            'class="email-input" name="email" placeholder="Type your email…"><button tabindex="0" '
            'type="submit" class="pencraft pc-reset pencraft subscribe-btn">Subscribe</button></form></div>'
            '</div>' % self.base)
        footer = (
            '<div class="footer-wrap publication-footer"><div class="visibility-check"></div><div '
            'class="footer themed-background"><div class="container"><div class="footer-terms"><span '
            'class="copyright">© 2025 %s</span><span class="footer-links"><a href="https://substack.com/'
            'privacy" target="_blank" rel="noopener">Privacy</a> ∙ <a href="https://substack.com/tos" '
            'target="_blank" rel="noopener">Terms</a> ∙ <a href="https://substack.com/ccpa#personal-data-'
            'collected" target="_blank" rel="noopener">Collection notice</a></span></div><div class="pencraft '
            'pc-display-flex pc-gap-8 pc-justifyContent-center pc-reset footer-buttons"><a href="https://'
            'substack.com/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer" class="pencraft '
            'pc-reset pencraft buttonBase-GK1x3M buttonStyle-r7yGCK size_md-gCDS3o priority_secondary-S63h9o">'
            'Start writing</a><a href="https://substack.com/app/app-store-redirect?utm_campaign=app-marketing'
            '&amp;utm_content=web-footer-button" class="pencraft pc-reset pencraft buttonBase-GK1x3M '
            'buttonStyle-r7yGCK size_md-gCDS3o priority_secondary-S63h9o">Get the app</a></div><div '
            'class="pencraft pc-reset color-secondary-ls1g8s line-height-20-t4M0El font-text-qe4AeH '
            'size-13-hZTUKr reset-IxiVJZ footer-substack-cta"><a href="https://substack.com/" target="_blank" '
            'rel="noopener">Substack</a> is the home for great culture</div></div></div></div>'
            % esc(m["author"]))
        page = (
            head
            + '<body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">'
            '<div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA">' + navbar
            + '<div class="single-post-container"><div class="container"><div class="single-post"><div '
            'class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><article class="typography '
            'newsletter-post post">' + post_header
            + '<div class="available-content"><div dir="auto" class="body markup">' + body + '</div></div>'
            '<div class="visibility-check"></div><div class="post-footer use-separators">' + self.ufi("bottom")
            + '</div></article></div>' + ready + self.comments()
            + '</div></div></div>' + footer + '</div></div></div>\n'
            '<script>window._preloads        = JSON.parse(' + self.preloads(text_words) + ')</script>\n'
            '<script>window._analyticsConfig = JSON.parse("{\\"properties\\":{\\"subdomain\\":\\"'
            + m["host"].split(".")[0] + '\\",\\"publication_id\\":2318841,\\"post_id\\":' + m["post_id"]
            + '}}")</script>\n'
            '<script src="' + f + '/main-c81f3b02.js" charset="utf-8"></script>\n'
            '<script src="' + f + '/reader2-7a44e0d9.js" charset="utf-8"></script>\n'
            '<div id="portal-root"></div><iframe name="__privateStripeMetricsController8810" frameborder="0" '
            'allowtransparency="true" scrolling="no" role="presentation" allow="payment *" src="' + f
            + '/m-outer-3437aaddcdf6922d623e172c2d6f9278.html" aria-hidden="true" tabindex="-1" '
            'style="border: none !important; margin: 0px !important; padding: 0px !important; width: 1px '
            '!important; min-width: 100% !important; overflow: hidden !important; display: block !important; '
            'visibility: hidden !important; position: fixed !important; height: 1px !important; '
            'pointer-events: none !important; user-select: none !important;"></iframe></body></html>'
        )
        return page


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else OUT
    meta, src = read_source()
    page = Page(meta).render(src)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        fh.write(page)


if __name__ == "__main__":
    main()
