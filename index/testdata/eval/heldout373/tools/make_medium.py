#!/usr/bin/python3
"""Re-make docs/sickle-cell-gene-therapy-medium.html from tools/sickle-cell-gene-therapy-medium.txt.

The file is a Medium story page (the 2025 React/Fela renderer) saved with Chrome's
"Webpage, Complete": the "saved from url" comment, Chrome's charset meta first in <head>, the
title "… | by Author | Mon, YYYY | Medium", Medium's app, Open Graph, Twitter and article metas,
a JSON-LD NewsArticle block, Fela's STATIC and RULE style blocks of atomic one- and two-letter
classes, stylesheet/script/image links rewritten into the "…_files" folder Chrome makes (named
after the title with ":" and "|" turned into "_"; scripts saved with a ".download" suffix), the
top bar (logo, search, Write, Sign up, Sign in), the story header (h1 data-testid="storyTitle",
h2 pw-subtitle-paragraph, author photo and name, Follow button, read time and date), the clap /
responses / bookmark / Listen / Share bar, body paragraphs, h3 subheads, lists, two figures with
picture/srcset and figcaption, a blockquote pull quote, tags, the footer clap bar, "Written by"
card with followers, responses block, "More from <author>" cards, "Recommended from Medium",
the site footer links, and the __APOLLO_STATE__ / __PRELOADED_STATE__ scripts that repeat the
story's paragraphs. Deterministic: ids and class names derive from the text.
Usage: make_medium.py [output-path]
"""
import hashlib
import html
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SRC = os.path.join(HERE, "sickle-cell-gene-therapy-medium.txt")
OUT = os.path.join(ROOT, "docs", "sickle-cell-gene-therapy-medium.html")


def parse(path):
    meta, blocks, more = {}, [], []
    for raw in open(path, encoding="utf-8").read().split("\n"):
        line = raw.rstrip()
        if not line:
            continue
        if line.startswith("@"):
            k, v = line[1:].split(":", 1)
            meta[k.strip()] = v.strip()
            continue
        kind, text = line.split(": ", 1)
        if kind == "MORE":
            more.append([x.strip() for x in text.split("|")])
        else:
            blocks.append((kind, text))
    return meta, blocks, more


def pid(text, salt=""):
    return hashlib.md5((salt + text).encode("utf-8")).hexdigest()[:4]


class Classes:
    """Fela-style atomic class names: a, b, ... z, ab, ac, ... in order of first use."""

    def __init__(self):
        self.n = 0
        self.names = []

    def name(self, i):
        letters = "abcdefghijklmnopqrstuvwxyz"
        if i < 26:
            return letters[i]
        i -= 26
        if i < 26 * 25:
            return letters[i // 25] + letters[1 + i % 25]
        i -= 26 * 25
        return letters[i // 650 % 26] + letters[i // 25 % 26] + letters[1 + i % 25]

    def take(self, k):
        out = [self.name(self.n + j) for j in range(k)]
        self.n += k
        self.names += out
        return " ".join(out)


DECLS = ["display:block", "position:relative", "font-weight:400", "background-color:rgba(255, 255, 255, 1)",
         "display:flex", "align-items:center", "box-sizing:border-box", "max-width:680px", "min-width:0",
         "width:100%", "color:rgba(36, 36, 36, 1)", "color:rgba(107, 107, 107, 1)", "font-size:14px",
         "line-height:20px", "margin-top:0", "word-break:break-word", "font-family:source-serif-pro, Georgia, Cambria, \"Times New Roman\", Times, serif",
         "font-family:sohne, \"Helvetica Neue\", Helvetica, Arial, sans-serif", "letter-spacing:-0.003em",
         "font-size:20px", "line-height:32px", "margin-bottom:-0.46em", "font-style:normal", "fill:rgba(36, 36, 36, 1)",
         "justify-content:space-between", "padding:0px 24px", "height:57px", "border-bottom:solid 1px #F2F2F2",
         "cursor:pointer", "text-decoration:none", "border-radius:99em", "margin-left:auto", "flex:1 1 auto",
         "font-size:42px", "line-height:52px", "letter-spacing:-0.011em", "font-weight:700", "font-size:22px",
         "line-height:28px", "margin-top:1.72em", "padding-top:5px", "overflow:hidden", "outline:none",
         "margin-top:32px", "margin-right:auto", "text-align:center", "border:inherit", "opacity:1", "padding:0"]


def build(meta, blocks, more):
    C = Classes()
    title, sub, author, handle = meta["title"], meta["subtitle"], meta["author"], meta["handle"]
    mon = meta["date"].split()[0] + ", " + meta["date"].split()[-1]
    page_title = "%s | by %s | %s | Medium" % (title, author, mon)
    url = "https://medium.com/@%s/%s-%s" % (handle, meta["slug"], meta["postid"])
    files = "./" + page_title.replace(":", "_").replace("|", "_") + "_files"
    src = "post_page---byline--%s---------------------------------------" % meta["postid"]
    e = html.escape
    desc = blocks[0][1][:140].rsplit(" ", 1)[0] + "…"
    out = []
    w = out.append
    w("<!DOCTYPE html>\n<!-- saved from url=(%04d)%s -->\n" % (len(url), url))
    w('<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    w("<title>%s</title>" % e(page_title))
    w('<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1">'
      '<meta name="theme-color" content="#000000"><meta property="twitter:app:name:iphone" content="Medium">'
      '<meta property="twitter:app:id:iphone" content="828256236"><meta property="al:ios:app_name" content="Medium">'
      '<meta property="al:ios:app_store_id" content="828256236"><meta property="al:android:package" content="com.medium.reader">'
      '<meta property="fb:app_id" content="542599432471018"><meta property="og:site_name" content="Medium">'
      '<meta name="apple-itunes-app" content="app-id=828256236, app-argument=/@%s/%s-%s, affiliate-data=pt=698524&amp;ct=smart_app_banner&amp;mt=8">'
      % (handle, meta["slug"], meta["postid"]))
    w('<meta property="og:type" content="article"><meta property="article:published_time" content="%s">' % meta["iso"])
    w('<meta name="title" content="%s"><meta property="og:title" content="%s">' % (e(page_title), e(title)))
    w('<meta property="al:android:url" content="medium://p/%s"><meta property="al:ios:url" content="medium://p/%s">'
      '<meta property="al:android:app_name" content="Medium">' % (meta["postid"], meta["postid"]))
    w('<meta name="description" content="%s"><meta property="og:description" content="%s">' % (e(desc), e(desc)))
    w('<meta property="og:url" content="%s"><meta property="al:web:url" content="%s">' % (url, url))
    w('<meta property="og:image" content="https://miro.medium.com/v2/resize:fit:1200/%s">' % blocks_fig(blocks)[0])
    w('<meta property="article:author" content="https://medium.com/@%s"><meta name="author" content="%s">'
      '<meta name="robots" content="index,noarchive,follow,max-image-preview:large"><meta name="referrer" content="unsafe-url">'
      % (handle, e(author)))
    w('<meta property="twitter:title" content="%s"><meta name="twitter:site" content="@Medium">'
      '<meta name="twitter:app:url:iphone" content="medium://p/%s"><meta property="twitter:description" content="%s">'
      '<meta name="twitter:image:src" content="https://miro.medium.com/v2/resize:fit:1200/%s">'
      '<meta name="twitter:card" content="summary_large_image"><meta name="twitter:label1" content="Reading time">'
      '<meta name="twitter:data1" content="%s">' % (e(title), meta["postid"], e(desc), blocks_fig(blocks)[0], meta["read"]))
    w('<link rel="icon" href="https://miro.medium.com/v2/5d8de952517e8160e40ef9841c781cdc14a5db313057fa3c3de41c6f5b494b19">'
      '<link rel="search" type="application/opensearchdescription+xml" title="Medium" href="https://medium.com/osd.xml">'
      '<link rel="apple-touch-icon" sizes="152x152" href="https://miro.medium.com/v2/resize:fill:304:304/10fd5c419ac61637245384e7099e131627900034828f4f386bdaa47a74eae156">'
      '<link rel="author" href="https://medium.com/@%s"><link rel="canonical" href="%s">'
      '<link rel="alternate" href="android-app://com.medium.reader/https/medium.com/p/%s">' % (handle, url, meta["postid"]))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "image": ["https://miro.medium.com/v2/resize:fit:1200/" + blocks_fig(blocks)[0]],
          "url": url, "dateCreated": meta["iso"], "datePublished": meta["iso"], "dateModified": meta["iso"],
          "headline": title, "name": title, "description": desc, "identifier": meta["postid"],
          "author": {"@type": "Person", "name": author, "url": "https://medium.com/@" + handle},
          "creator": [author], "publisher": {"@type": "Organization", "name": "Medium", "url": "https://medium.com/",
                                             "logo": {"@type": "ImageObject", "width": 500, "height": 110,
                                                      "url": "https://miro.medium.com/v2/resize:fit:500/7%2AV1_7XP4snlmqrc_0Njontw.png"}},
          "mainEntityOfPage": url, "isAccessibleForFree": True}
    w('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False, separators=(",", ":")).replace("/", "\\u002F"))
    w('<link rel="stylesheet" href="%s/m2.css">' % files)
    styles_at = len(out)
    w(None)  # styles go here once the classes are known
    w('<link rel="preload" href="%s/sohne-400.woff2" as="font" type="font/woff2" crossorigin="">' % files)
    w('</head><body><div id="root"><div class="%s"><div class="%s"></div>' % (C.take(3), C.take(8)))
    w('<script>document.domain = document.domain;</script>')
    # ---- top bar
    w('<div class="%s"><div class="%s"><div class="%s"><div class="%s"></div><div class="%s">'
      % (C.take(2), C.take(2), C.take(16), C.take(6), C.take(2)))
    w('<a class="%s" href="https://medium.com/?source=post_page---top_nav_layout_nav-----------------------------------------" '
      'aria-label="Homepage" data-testid="headerMediumLogo" rel="noopener follow"><svg xmlns="http://www.w3.org/2000/svg" '
      'width="719" height="160" fill="none" aria-labelledby="wordmark-medium-desc" viewBox="0 0 719 160" class="%s">'
      '<desc id="wordmark-medium-desc">Medium Logo</desc><path fill="#242424" d="m174.104 9.734.215-.047V8.02H130.39L89.6 '
      '103.89 48.81 8.021H1.472v1.666l.212.047c8.018 1.81 12.09 4.509 12.09 14.242V137.93c0 9.734-4.087 12.433-12.106 '
      '14.243l-.212.047v1.671h32.118v-1.665l-.213-.048c-8.018-1.809-12.089-4.509-12.089-14.242V30.586l52.399 123.305h2.972'
      'l53.925-126.743V140.75c-.687 7.688-4.721 10.062-11.982 11.701l-.215.05v1.652h55.948v-1.652l-.215-.05c-7.269-1.639'
      '-11.4-4.013-12.087-11.701l-.037-116.774h.037c0-9.733 4.071-12.432 12.087-14.242"></path></svg></a>'
      % (C.take(2), C.take(2)))
    w('<div class="%s"><div class="%s"><div class="%s"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" '
      'fill="none" viewBox="0 0 24 24"><path fill="currentColor" fill-rule="evenodd" d="M4.092 11.06a6.95 6.95 0 1 1 '
      '13.9 0 6.95 6.95 0 0 1-13.9 0m6.95-8.05a8.05 8.05 0 1 0 5.13 14.26l3.75 3.75a.56.56 0 1 0 .79-.79l-3.73-3.73A8.05 '
      '8.05 0 0 0 11.042 3z" clip-rule="evenodd"></path></svg></div><input role="combobox" aria-controls="search-results" '
      'aria-expanded="false" aria-label="search" data-testid="headerSearchInput" tabindex="0" class="%s" placeholder="Search" '
      'value="" autocomplete="off"></div></div></div>' % (C.take(2), C.take(10), C.take(3), C.take(14)))
    w('<div class="%s"><div class="%s"><div class="%s"><a class="%s" data-testid="headerWriteButton" '
      'href="https://medium.com/m/signin?operation=register&amp;redirect=https%%3A%%2F%%2Fmedium.com%%2Fnew-story&amp;source=---top_nav_layout_nav-----------------------new_post_topnav------------------" '
      'rel="noopener follow"><div class="%s"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="none" '
      'viewBox="0 0 24 24" aria-label="Write"><path fill="currentColor" d="M14 4a.5.5 0 0 0 0-1zm7 6a.5.5 0 0 0-1 0zm-7-7H4v1h10z'
      'M3 4v16h1V4zm1 17h16v-1H4zm17-1V10h-1v10zm-1 1a1 1 0 0 0 1-1h-1zM3 20a1 1 0 0 0 1 1v-1zM4 3a1 1 0 0 0-1 1h1z">'
      '</path></svg><div class="%s">Write</div></div></a></div></div>'
      % (C.take(4), C.take(2), C.take(3), C.take(6), C.take(8), C.take(2)))
    w('<div class="%s"><div class="%s"><span><a class="%s" data-testid="headerRegisterButton" '
      'href="https://medium.com/m/signin?operation=register&amp;redirect=%s&amp;source=post_page---top_nav_layout_nav-----------------------global_nav------------------" '
      'rel="noopener follow">Sign up</a></span></div><div class="%s"><span><a class="%s" data-testid="headerSignInButton" '
      'href="https://medium.com/m/signin?operation=login&amp;redirect=%s&amp;source=post_page---top_nav_layout_nav-----------------------global_nav------------------" '
      'rel="noopener follow">Sign in</a></span></div></div></div></div></div></div>'
      % (C.take(2), C.take(3), C.take(18), quote(url), C.take(3), C.take(18), quote(url)))
    # ---- article header
    body_cls = C.take(27)
    li_cls = C.take(3)
    h3_cls = C.take(24)
    w('<div class="%s"><div class="%s"><div class="%s"><article><div class="l"><div class="l"><span class="l"></span>'
      '<section><div><div class="%s"></div><div class="%s"><div class="ab cb"><div class="%s">'
      % (C.take(6), C.take(4), C.take(3), C.take(5), C.take(5), C.take(6)))
    w('<div><h1 id="%s" class="pw-post-title %s" data-testid="storyTitle" data-selectable-paragraph="">%s</h1></div>'
      % (pid(title), C.take(28), e(title)))
    w('<div><h2 id="%s" class="pw-subtitle-paragraph %s" data-selectable-paragraph="">%s</h2>'
      % (pid(sub), C.take(20), e(sub)))
    w('<div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="%s"><div><div class="%s">'
      '<div><div class="bm" aria-hidden="false"><a href="https://medium.com/@%s?source=%s" rel="noopener follow">'
      '<div class="%s"><div class="l ed"><img alt="%s" class="%s" src="%s/1_c7Yp0qLrT3w9mA2sKeXb4Q.jpeg" width="32" '
      'height="32" loading="lazy" data-testid="authorPhoto"><div class="%s"></div></div></div></a></div></div></div></div>'
      % (C.take(5), C.take(2), handle, src, C.take(5), e(author), C.take(6), files, C.take(8)))
    w('<div class="bn bh l"><div class="ab"><div style="flex:1"><span class="%s"><div class="%s"><div class="%s">'
      '<div class="ab q"><div><div class="bm" aria-hidden="false"><p class="%s"><a class="%s" data-testid="authorName" '
      'href="https://medium.com/@%s?source=%s" rel="noopener follow">%s</a></p></div></div></div>'
      '<span class="%s" aria-hidden="true"><span class="bf b bg z dx">·</span></span><p class="%s"><button class="%s">Follow</button></p>'
      '</div></div></span></div></div>'
      % (C.take(5), C.take(3), C.take(3), C.take(4), C.take(14), handle, src, e(author), C.take(2), C.take(4), C.take(16)))
    w('<div class="l %s"><span class="bf b bg z dx"><div class="%s"><span class="bf b bg z dx"><div class="ab ae">'
      '<span data-testid="storyReadTime">%s</span><div class="%s" aria-hidden="true"><span class="l" aria-hidden="true">'
      '<span class="bf b bg z dx">·</span></span></div><span data-testid="storyPublishDate">%s</span></div></span></div>'
      '</span></div></div></div>' % (C.take(1), C.take(5), meta["read"], C.take(3), meta["date"]))
    w(clap_bar(C, meta, "header"))
    w('</div></div>')
    # ---- body
    figs = 0
    open_list = None
    for kind, text in blocks:
        if kind in ("UL", "OL"):
            tag = kind.lower()
            if open_list != tag:
                if open_list:
                    w("</%s>" % open_list)
                w('<%s class="">' % tag)
                open_list = tag
            w('<li id="%s" class="%s %s" data-selectable-paragraph="">%s</li>'
              % (pid(text), body_cls, li_cls.split()[0 if tag == "ul" else 1], e(text)))
            continue
        if open_list:
            w("</%s>" % open_list)
            open_list = None
        if kind == "P":
            w('<p id="%s" class="pw-post-body-paragraph %s" data-selectable-paragraph="">%s</p>' % (pid(text), body_cls, e(text)))
        elif kind == "H":
            w('<h3 id="%s" class="%s" data-selectable-paragraph="">%s</h3>' % (pid(text), h3_cls, e(text)))
        elif kind == "Q":
            w('<blockquote class="%s"><p id="%s" class="%s" data-selectable-paragraph="">%s</p></blockquote>'
              % (C.take(3), pid(text), C.take(12), e(text)))
        elif kind == "FIG":
            name, fw, fh, cap = [x.strip() for x in text.split("|")]
            figs += 1
            ss = ", ".join("https://miro.medium.com/v2/resize:fit:%d/format:webp/%s %dw" % (px, name, px)
                           for px in (640, 720, 750, 786, 828, 1100, 1400))
            ss2 = ", ".join("https://miro.medium.com/v2/resize:fit:%d/%s %dw" % (px, name, px)
                            for px in (640, 720, 750, 786, 828, 1100, 1400))
            sizes = ("(min-resolution: 4dppx) and (max-width: 700px) 50vw, (-webkit-min-device-pixel-ratio: 4) and "
                     "(max-width: 700px) 50vw, (min-resolution: 3dppx) and (max-width: 700px) 67vw, "
                     "(-webkit-min-device-pixel-ratio: 3) and (max-width: 700px) 65vw, (min-resolution: 2.5dppx) and "
                     "(max-width: 700px) 80vw, (-webkit-min-device-pixel-ratio: 2.5) and (max-width: 700px) 80vw, "
                     "(min-resolution: 2dppx) and (max-width: 700px) 100vw, (-webkit-min-device-pixel-ratio: 2) and "
                     "(max-width: 700px) 100vw, 700px")
            w('<figure class="%s paragraph-image"><div role="button" tabindex="0" class="%s"><div class="%s"><picture>'
              '<source srcset="%s" sizes="%s" type="image/webp"><source data-testid="og" srcset="%s" sizes="%s">'
              '<img alt="" class="%s" width="%s" height="%s" loading="%s" role="presentation" src="%s/%s"></picture>'
              '</div></div><figcaption class="%s" data-selectable-paragraph="">%s</figcaption></figure>'
              % (C.take(8), C.take(6), C.take(3), ss, sizes, ss2, sizes, C.take(4), fw, fh,
                 "eager" if figs == 1 else "lazy", files, name.replace("*", "_"), C.take(10), e(cap)))
    if open_list:
        w("</%s>" % open_list)
    w('</div></div></div></div></section></div></div></article></div>')
    # ---- tags, footer bar, written by
    w('<div class="ab cb"><div class="%s"><div class="%s"><div class="%s">' % (C.take(6), C.take(4), C.take(2)))
    for tag in [t.strip() for t in meta["tags"].split("|")]:
        w('<div class="%s"><a class="%s" href="https://medium.com/tag/%s?source=post_page-----%s---------------------------------------" '
          'rel="noopener follow"><div class="%s">%s</div></a></div>'
          % (C.take(2), C.take(4), tag.lower().replace(" ", "-"), meta["postid"], C.take(12), e(tag)))
    w('</div></div></div></div>')
    w(clap_bar(C, meta, "footer"))
    w('<div class="%s"><div class="%s"><div class="%s"><div class="%s"><a href="https://medium.com/@%s?source=post_page---post_author_info--%s---------------------------------------" '
      'rel="noopener follow"><div class="%s"><img alt="%s" class="%s" src="%s/1_c7Yp0qLrT3w9mA2sKeXb4Q(1).jpeg" width="48" '
      'height="48" loading="lazy"></div></a></div>' % (C.take(4), C.take(3), C.take(5), C.take(3), handle, meta["postid"],
                                                        C.take(4), e(author), C.take(6), files))
    w('<div class="%s"><div class="%s"><a class="%s" href="https://medium.com/@%s?source=post_page---post_author_info--%s---------------------------------------" '
      'rel="noopener follow"><h2 class="%s"><span class="%s">Written by %s</span></h2></a></div>'
      % (C.take(2), C.take(3), C.take(12), handle, meta["postid"], C.take(8), C.take(2), e(author)))
    w('<div class="%s"><span class="%s"><a class="%s" href="https://medium.com/@%s/followers?source=post_page---post_author_info--%s---------------------------------------" '
      'rel="noopener follow">%s followers</a></span><span class="%s"><span class="bf b bg z dx">·</span></span>'
      '<span class="%s"><a class="%s" href="https://medium.com/@%s/following?source=post_page---post_author_info--%s---------------------------------------" '
      'rel="noopener follow">%s following</a></span></div>'
      % (C.take(3), C.take(4), C.take(12), handle, meta["postid"], meta["followers"], C.take(2), C.take(4), C.take(12),
         handle, meta["postid"], meta["following"]))
    w('<div class="%s"><p class="%s"><span class="%s">%s</span></p></div></div>'
      % (C.take(2), C.take(5), C.take(2), e(meta["bio"])))
    w('<div class="%s"><button class="%s">Follow</button></div></div></div></div>' % (C.take(3), C.take(16)))
    # ---- responses
    w('<div class="%s"><div class="%s"><h2 class="%s">Responses (%s)</h2></div><div class="%s"><div class="%s">'
      '<div class="%s"><img alt="" class="%s" src="%s/1_dmbNkD5D-u45r44go_cf0g.png" width="32" height="32" loading="lazy"></div>'
      '<div role="textbox" aria-label="What are your thoughts?" class="%s"><p class="%s">What are your thoughts?</p></div></div></div>'
      '<div class="%s"><button class="%s">See all responses</button></div></div>'
      % (C.take(3), C.take(3), C.take(7), meta["responses"], C.take(2), C.take(4), C.take(2), C.take(5), files,
         C.take(6), C.take(4), C.take(2), C.take(14)))
    # ---- more from the author
    w('<div class="%s"><div class="%s"><h2 class="%s"><a class="%s" href="https://medium.com/@%s?source=post_page-----%s---------------------------------------" '
      'rel="noopener follow">More from %s</a></h2></div><div class="%s">'
      % (C.take(4), C.take(3), C.take(8), C.take(12), handle, meta["postid"], e(author), C.take(4)))
    card = C.take(6)
    for t, d, claps, resp in more:
        slug = "-".join("".join(ch for ch in t.lower() if ch.isalnum() or ch == " ").split())
        mid = hashlib.md5(t.encode("utf-8")).hexdigest()[:12]
        w('<div class="%s"><div role="link" tabindex="0" data-href="https://medium.com/@%s/%s-%s" class="%s">'
          '<a class="%s" href="https://medium.com/@%s/%s-%s?source=post_page---author_recirc--%s----0---------------------%s--------------" rel="noopener follow">'
          '<h2 class="%s">%s</h2></a><div class="%s"><div class="%s"><span>%s</span></div><div class="%s"><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" fill="none" viewBox="0 0 16 16" aria-label="clap"></svg><span>%s</span></div>'
          '<div class="%s"><svg xmlns="http://www.w3.org/2000/svg" width="16" height="16" fill="none" viewBox="0 0 16 16" aria-label="responses"></svg><span>%s</span></div></div></div></div>'
          % (card, handle, slug, mid, C.take(2), C.take(3), handle, slug, mid, meta["postid"], mid, C.take(9), e(t),
             C.take(3), C.take(2), d, C.take(2), claps, C.take(2), resp))
    w('</div><div class="%s"><a class="%s" href="https://medium.com/@%s?source=post_page-----%s---------------------------------------" '
      'rel="noopener follow"><p class="%s">See all from %s</p></a></div></div>'
      % (C.take(3), C.take(12), handle, meta["postid"], C.take(4), e(author)))
    # ---- recommended
    w('<div class="%s"><h2 class="%s">Recommended from Medium</h2><div class="%s">' % (C.take(3), C.take(8), C.take(4)))
    for t, a, d in (("The Quiet Revolution in Indian Diagnostics", "Healthcare Today India", "Sep 3, 2025"),
                    ("I Read Every Economic Survey Since 2015. Here Is What Changed.", "Arjun Varma", "Jul 28, 2025")):
        w('<div class="%s"><div class="%s"><p class="%s">%s</p></div><h2 class="%s">%s</h2><div class="%s"><span>%s</span></div></div>'
          % (card, C.take(2), C.take(4), e(a), C.take(9), e(t), C.take(3), d))
    w('</div></div>')
    # ---- site footer
    w('<div class="%s"><div class="%s"><div class="%s">' % (C.take(4), C.take(3), C.take(6)))
    for label, href in (("Help", "https://help.medium.com/hc/en-us"), ("Status", "https://medium.statuspage.io/"),
                        ("About", "https://medium.com/about?autoplay=1"),
                        ("Careers", "https://medium.com/jobs-at-medium/work-at-medium-959d1a85284e"),
                        ("Press", "mailto:pressinquiries@medium.com"), ("Blog", "https://blog.medium.com/"),
                        ("Privacy", "https://policy.medium.com/medium-privacy-policy-f03bf92035c9"),
                        ("Rules", "https://policy.medium.com/medium-rules-30e5502c4eb4"),
                        ("Terms", "https://policy.medium.com/medium-terms-of-service-9db0094a1e0f"),
                        ("Text to speech", "https://speechify.com/medium")):
        w('<div class="%s"><a class="%s" href="%s?source=post_page-----%s---------------------------------------" rel="noopener follow">'
          '<p class="%s">%s</p></a></div>' % (C.take(2), C.take(10), href, meta["postid"], C.take(4), label))
    w('</div></div></div></div></div></div></div>')
    # ---- scripts
    apollo = {"ROOT_QUERY": {"__typename": "Query", "viewer": None,
                             'postResult({"id":"%s"})' % meta["postid"]: {"__ref": "Post:" + meta["postid"]}},
              "User:" + hashlib.md5(handle.encode()).hexdigest()[:12]: {
                  "__typename": "User", "id": hashlib.md5(handle.encode()).hexdigest()[:12], "name": author,
                  "username": handle, "bio": meta["bio"], "mediumMemberAt": 0},
              "Post:" + meta["postid"]: {"__typename": "Post", "id": meta["postid"], "title": title,
                                         "firstPublishedAt": 1763962938730, "readingTime": 9.06,
                                         "clapCount": int(meta["claps"]), "postResponses": {"__typename": "PostResponses", "count": int(meta["responses"])},
                                         "previewContent": {"__typename": "PreviewContent", "subtitle": sub},
                                         "isLocked": False, "visibility": "PUBLIC",
                                         "content({})": {"__typename": "PostViewerEdgeContent", "bodyModel": {
                                             "__typename": "RichText", "paragraphs": [{"__ref": "Paragraph:%s_%d" % (pid(t), i)}
                                                                                      for i, (_k, t) in enumerate(blocks)]}}}}
    typemap = {"P": "P", "H": "H3", "UL": "ULI", "OL": "OLI", "Q": "PQ", "FIG": "IMG"}
    for i, (k, t) in enumerate(blocks):
        apollo["Paragraph:%s_%d" % (pid(t), i)] = {"__typename": "Paragraph", "id": "%s_%d" % (pid(t), i), "name": pid(t),
                                                   "type": typemap[k], "text": t.split("|")[-1].strip() if k == "FIG" else t,
                                                   "markups": []}
    js = lambda o: json.dumps(o, ensure_ascii=False, separators=(",", ":")).replace("/", "\\u002F")
    w('<script>window.__BUILD_ID__="main-20251121-174409-9c1f3b2a7e"</script>')
    w('<script>window.__GRAPHQL_URI__ = "https://medium.com/_/graphql"</script>')
    w('<script>window.__PRELOADED_STATE__ = %s</script>' % js({"algolia": {"queries": {}}, "cache": {"experimentGroupSet": True, "reason": "", "group": "enabled", "tags": ["group-edgeCachePosts", "post-%s" % meta["postid"], "user-%s" % hashlib.md5(handle.encode()).hexdigest()[:12]], "serverVariantState": "", "middlewareEnabled": True, "cacheStatus": "DYNAMIC", "shouldUseCache": True, "vary": [], "pubFeaturingPostPageLabelEnabled": False, "shouldFollowPostQueryEnabled": False, "newBylinesEnabled": True}, "client": {"hydrated": False, "isUs": False, "isNativeMedium": False, "isSafariMobile": False, "isSafari": False, "isFirefox": False, "routingEntity": {"type": "DEFAULT", "explicit": False}, "viewerIsBot": False}, "debug": {"requestId": hashlib.md5(url.encode()).hexdigest()[:8] + "-6b1c-4a4e-9d0f-" + hashlib.md5(title.encode()).hexdigest()[:12], "requestTag": "", "hybridDevServices": [], "originalSpanCarrier": {"traceparent": "00-%s-%s-01" % (hashlib.md5(title.encode()).hexdigest(), hashlib.md5(sub.encode()).hexdigest()[:16])}}, "multiVote": {"clapsPerPost": {}}, "navigation": {"branch": {"show": None, "hasRendered": None, "blockedByCTA": False}, "hideGoogleOneTap": False, "hasRenderedAlternateUserBanner": None, "currentLocation": url, "host": "medium.com", "hostname": "medium.com", "referrer": "", "hasSetReferrer": False, "susiModal": {"step": None, "operation": "register"}, "postRead": False, "partnerProgram": {"selectedCountryCode": None}, "queryString": ""}, "config": {"nodeEnv": "production", "version": "main-20251121-174409-9c1f3b2a7e", "target": "production", "productName": "Medium", "publicUrl": "https:\u002F\u002Fcdn-client.medium.com\u002Flite", "authDomain": "medium.com", "authGoogleClientId": "216296035834-k1k6qe060s2tp2a2jam4ljdcms00sttg.apps.googleusercontent.com", "favicon": "production", "iosAppId": "828256236", "mediumOwnedAndOperatedCollectionIds": ["8a9336e5bb4", "b7e45b22fec3", "193b68bd4fba"]}}))
    w('<script>window.__APOLLO_STATE__ = %s</script>' % js(apollo))
    w('<script>window.__MIDDLEWARE_STATE__={"session":{"xsrf":""},"cache":{"cacheStatus":"HIT"}}</script>')
    for name in ("manifest.5c8a1e2f.js", "9865.1496d74a.js", "main.4d6f2a31.js", "instrumentation.7f1d2c9b.chunk.js",
                 "reporting.851fdaca.chunk.js", "6068.4a1d5b2c.chunk.js", "PostPage.MainContent.3e9b7a0d.chunk.js"):
        w('<script src="%s/%s.download"></script>' % (files, name))
    w('<script>window.main();</script>')
    w('<script defer="" src="%s/beacon.min.js.download" integrity="sha512-ZpsOmlRQV6y907TI0dKBHq9Md29nnaEIPlkf84rnaERnq6zvWvPUqr2ft8M1aS28oN72PdrCzSjY4U6VaAw1EQ==" '
      'data-cf-beacon=\'{"rayId":"9a3c51d2e8f47b10","version":"2025.9.1","r":1,"serverTiming":{"name":{"cfExtPri":true,"cfEdge":true,'
      '"cfOrigin":true,"cfL4":true,"cfSpeedBrain":true,"cfCacheStatus":true}},"token":"0b5f24cdc1b4480fb2c7c3d1dcbd7c2b","b":1}\' '
      'crossorigin="anonymous"></script>' % files)
    w('\n</body></html>')
    out[styles_at] = styles(C)
    return "".join(out)


def blocks_fig(blocks):
    return [t.split("|")[0].strip() for k, t in blocks if k == "FIG"]


def quote(u):
    return u.replace(":", "%3A").replace("/", "%2F").replace("@", "%40")


def clap_bar(C, meta, where):
    return ('<div class="%s"><div class="%s"><div class="%s"><div class="pw-multi-vote-icon %s"><div class="">'
            '<div class="%s"><button data-testid="%sClapButton" class="%s" aria-label="clap"><svg xmlns="http://www.w3.org/2000/svg" '
            'width="24" height="24" fill="none" viewBox="0 0 24 24" aria-label="clap"><path fill="currentColor" fill-rule="evenodd" '
            'd="M11.37.828 12 3.282l.63-2.454zm-2.27 2.15.46-.885-.75-.74zm6.13-.885.46.885.29-1.625zM13.158 7.14l1.45 1.61c.49.54.5 '
            '1.33.02 1.88l-.64.72c-.08.09-.2.1-.29.02-.03-.03-.05-.06-.06-.1l-.24-1.15a2 2 0 0 0-.35-.76L9.65 5.05a.75.75 0 0 0-1.06 '
            '0 .75.75 0 0 0-.04 1.04l2.34 2.63" clip-rule="evenodd"></path></svg></button></div></div></div>'
            '<div class="pw-multi-vote-count %s"><p class="%s"><button class="%s">%s</button></p></div></div></div>'
            '<div class="%s"><div class="bm" aria-hidden="false"><button class="%s" aria-label="responses"><svg xmlns="http://www.w3.org/2000/svg" '
            'width="24" height="24" fill="none" viewBox="0 0 24 24" class="%s"><path d="M18.006 16.803c1.533-1.456 2.234-3.325 '
            '2.234-5.321C20.24 7.357 16.709 4 12.191 4S4 7.357 4 11.482c0 4.126 3.674 7.482 8.191 7.482.817 0 1.622-.111 '
            '2.393-.327.231.2.48.391.744.559 1.06.693 2.203 1.044 3.399 1.044.224-.008.4-.112.486-.287a.49.49 0 0 0-.042-.518c'
            '-.495-.67-.845-1.364-1.04-2.057a4 4 0 0 1-.125-.598z"></path></svg><p class="%s"><span class="pw-responses-count %s">%s</span></p>'
            '</button></div></div><div class="%s"><div class="bm" aria-hidden="false"><button aria-controls="addToCatalogBookmarkButton" '
            'aria-expanded="false" aria-label="Add to list bookmark button" data-testid="%sBookmarkButton" class="%s"><svg xmlns="http://www.w3.org/2000/svg" '
            'width="25" height="25" fill="none" viewBox="0 0 25 25" class="%s"><path fill="currentColor" d="M18 2.5a.5.5 0 0 1 1 0V5h2.5a.5.5 0 0 1 0 '
            '1H19v2.5a.5.5 0 1 1-1 0V6h-2.5a.5.5 0 0 1 0-1H18zM7 7a1 1 0 0 1 1-1h3.5a.5.5 0 0 0 0-1H8a2 2 0 0 0-2 2v14a.5.5 0 0 0 '
            '.805.396L12.5 17l5.695 4.396A.5.5 0 0 0 19 21v-8.5a.5.5 0 0 0-1 0v7.485l-5.195-4.012a.5.5 0 0 0-.61 0L7 19.985z"></path></svg></button></div></div>'
            '%s<div class="%s"><div class="bm" aria-hidden="false"><button aria-controls="postFooterSocialMenu" aria-expanded="false" '
            'aria-label="Share Post" data-testid="%sSocialShareButton" class="%s"><div class="ab q"><svg xmlns="http://www.w3.org/2000/svg" '
            'width="24" height="24" fill="none" viewBox="0 0 24 24"><path fill="currentColor" fill-rule="evenodd" d="M15.218 4.931a.4.4 0 0 1-.118.132l.012.006a.45.45 0 0 1-.292.074.5.5 0 0 1-.3-.13l-2.02-2.02v7.07c0 .28-.23.5-.5.5s-.5-.22-.5-.5v-7.04l-2 2a.45.45 0 0 1-.57.04h-.02a.4.4 0 0 1-.16-.3.4.4 0 0 1 .1-.32l2.8-2.8a.5.5 0 0 1 .7 0l2.8 2.79a.42.42 0 0 1 .068.498" clip-rule="evenodd"></path></svg>'
            '%s</div></button></div></div></div>'
            % (C.take(6), C.take(3), C.take(3), C.take(5), C.take(11), where, C.take(9), C.take(7), C.take(5), C.take(9),
               meta["claps"], C.take(2), C.take(9), C.take(1), C.take(5), C.take(2), meta["responses"], C.take(2), where,
               C.take(12), C.take(1),
               ('<div class="%s"><div class="bm" aria-hidden="false"><button aria-label="Listen" data-testid="audioPlayButton" '
                'class="%s"><div class="ab q"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="none" viewBox="0 0 24 24">'
                '<path fill="currentColor" fill-rule="evenodd" d="M3 12a9 9 0 1 1 18 0 9 9 0 0 1-18 0m9-10C6.477 2 2 6.477 2 12s4.477 10 10 10 '
                '10-4.477 10-10S17.523 2 12 2m3.376 10.416-4.599 3.066a.5.5 0 0 1-.777-.416V8.934a.5.5 0 0 1 .777-.416l4.599 3.066a.5.5 0 0 1 0 .832" '
                'clip-rule="evenodd"></path></svg><div class="j i d"><p class="bf b bg z dx">Listen</p></div></div></button></div></div>'
                % (C.take(2), C.take(20))) if where == "header" else "",
               C.take(2), where, C.take(14), '<div class="j i d"><p class="bf b bg z dx">Share</p></div>' if where == "header" else ""))


def styles(C):
    static = ('<style type="text/css" data-fela-rehydration="%d" data-fela-type="STATIC">html{box-sizing:border-box;'
              '-webkit-text-size-adjust:100%%}*, *:before, *:after{box-sizing:inherit}body{margin:0;padding:0;'
              'text-rendering:optimizeLegibility;-webkit-font-smoothing:antialiased;color:rgba(0,0,0,0.8);position:relative;'
              'min-height:100vh}h1, h2, h3, h4, h5, h6, dl, dd, ol, ul, menu, figure, blockquote, p, pre, form{margin:0}'
              'menu, ol, ul{padding:0;list-style:none;list-style-image:none}main{display:block}a{color:inherit;'
              'text-decoration:none}a, button, input{-webkit-tap-highlight-color:transparent}img, svg{vertical-align:middle}'
              'button{background:transparent;overflow:visible}button, input, optgroup, select, textarea{margin:0}'
              ':root{--reach-tabs:1;--reach-menu-button:1}#speechify-root{font-family:Sohne, sans-serif}'
              'div[data-popper-reference-hidden="true"]{visibility:hidden;pointer-events:none}.grecaptcha-badge'
              '{visibility:hidden}\n@font-face{font-family:sohne;font-style:normal;font-weight:400;font-display:swap;'
              'src:url("https://glyph.medium.com/font/b4d7a4a/0-3j_4g_6bu_6c4_6c8_6c9_6cc_6cd_6ci_6cm/sohne-400.woff") format("woff")}'
              '@font-face{font-family:source-serif-pro;font-weight:400;font-style:normal;font-display:swap;'
              'src:url("https://glyph.medium.com/font/55c99a4/0-3j_4g_6bu_6c4_6c8_6c9_6cc_6cd_6ci_6cm/source-serif-pro-400-normal.woff") format("woff")}'
              '</style>' % len(C.names))
    rules = []
    for i, name in enumerate(C.names):
        d = DECLS[int(hashlib.md5(name.encode()).hexdigest(), 16) % len(DECLS)]
        rules.append(".%s{%s}" % (name, d))
    rule = ('<style type="text/css" data-fela-rehydration="%d" data-fela-type="RULE">%s</style>'
            % (len(C.names), "".join(rules)))
    media = ('<style type="text/css" data-fela-rehydration="%d" data-fela-type="RULE" media="all and (max-width: 551.98px)">%s</style>'
             % (len(C.names), "".join(".%s{%s}" % (n, DECLS[(i * 7) % len(DECLS)]) for i, n in enumerate(C.names[::9]))))
    return static + rule + media


def make(out_path):
    meta, blocks, more = parse(SRC)
    page = build(meta, blocks, more)
    with open(out_path, "w", encoding="utf-8", newline="") as f:
        f.write(page)


if __name__ == "__main__":
    make(sys.argv[1] if len(sys.argv) > 1 else OUT)
